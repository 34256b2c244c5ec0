//! The one place that writes to stdout. A reader that closes the pipe early
//! (`ssmctl list-documents | head`) is not an error: ssmctl stops writing and succeeds.

use crate::error::{Error, Result};
use std::io::{ErrorKind, Write};

pub fn emit(text: &str) -> Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::internal(format!("cannot write output: {e}"))),
    }
}
