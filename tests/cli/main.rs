//! The one integration-test binary: every test runs the real `ssmctl` binary against its
//! own state database in a temporary directory.

mod associations;
mod automation_flow;
mod automation_scale;
mod automation_tick;
mod bounded;
mod builtins;
mod compliance;
mod conventions;
mod doctor;
mod documents;
mod fidelity;
mod fleet;
mod inventory_collect;
mod inventory_ops;
mod maintenance_runs;
mod maintenance_window_tasks;
mod maintenance_windows;
mod parameter_policies;
mod parameters;
mod patch_baselines;
mod patching;
mod patching_dnf;
mod rotation;
mod run_command;
mod sessions;
mod store;
mod support;
mod surface;
