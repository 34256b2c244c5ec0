//! Maintenance Windows at run time (SPEC §19): when windows fire (`schedule`), which hosts
//! a window's targets and tasks reach (`targets`), and the tick's part that fires windows
//! and runs their tasks in priority order (`tick`, `run`).

pub mod pseudo;
pub mod schedule;
pub mod targets;
