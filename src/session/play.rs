//! `ssmctl session-recording play`: the output of a recording, with its timing, after its
//! chain verified.

use super::recording;
use crate::error::{Error, Result};
use std::io::{BufRead, Write};
use std::path::Path;

pub struct Options {
    pub speed: f64,
    pub max_wait: Option<f64>,
    pub instant: bool,
    pub verify: bool,
}

pub fn play(path: &Path, o: &Options, out: &mut impl Write) -> Result<()> {
    if o.verify {
        recording::verify(path, None)?;
    }
    let file = std::fs::File::open(path).map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
    let mut at = 0.0;
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::usage(format!("{}: {e}", path.display())))?;
        if i == 0 {
            continue;
        }
        let Ok(serde_json::Value::Array(ev)) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if ev.get(1).and_then(|c| c.as_str()) != Some("o") {
            continue;
        }
        let t = ev.first().and_then(|v| v.as_f64()).unwrap_or(at);
        if !o.instant {
            let mut wait = (t - at).max(0.0) / o.speed.max(0.001);
            if let Some(m) = o.max_wait {
                wait = wait.min(m);
            }
            out.flush().ok();
            std::thread::sleep(std::time::Duration::from_secs_f64(wait));
        }
        at = t;
        if let Some(data) = ev.get(2).and_then(|d| d.as_str()) {
            out.write_all(data.as_bytes()).map_err(|e| Error::internal(format!("stdout: {e}")))?;
        }
    }
    out.flush().ok();
    Ok(())
}
