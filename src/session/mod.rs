//! Session Manager's controller side (SPEC §22): streaming a session over the host's SSH
//! master, recording it here, forwarding ports, and closing what a dead process left.

pub mod forward;
pub mod play;
pub mod pty;
pub mod recording;
pub mod remote;
pub mod run;
pub mod settle;
pub mod tunnel;
