//! `--debug` / `SSMCTL_LOG`: diagnostics on stderr, never stdout. Messages are built only
//! when logging is on.

use std::sync::atomic::{AtomicBool, Ordering};

static ON: AtomicBool = AtomicBool::new(false);

pub fn init(debug_flag: bool) {
    let env = std::env::var("SSMCTL_LOG").is_ok_and(|v| !v.is_empty() && v != "0" && v != "off");
    ON.store(debug_flag || env, Ordering::Relaxed);
}

pub fn debug(msg: impl FnOnce() -> String) {
    if ON.load(Ordering::Relaxed) {
        crate::error::eprint_line(&format!("ssmctl: debug: {}", msg()));
    }
}
