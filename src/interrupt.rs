//! Ctrl-C for work that runs outside the execution engine's own loop (a runbook's steps):
//! a flag that SIGINT sets. The engine's loop keeps its own handling; both are called,
//! since the registry chains every action registered for a signal.

use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

static FLAG: AtomicBool = AtomicBool::new(false);

/// Installs the handler (once per process).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Safety: the action only stores to an atomic, which is async-signal-safe.
        let _ = unsafe { signal_hook_registry::register(libc::SIGINT, || FLAG.store(true, Ordering::SeqCst)) };
    });
}

pub fn flag() -> &'static AtomicBool {
    &FLAG
}

pub fn requested() -> bool {
    FLAG.load(Ordering::SeqCst)
}
