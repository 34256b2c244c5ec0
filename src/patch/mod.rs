//! Patch Manager: baselines (predefined and the user's) and, in submodules, what the
//! patching engine needs to decide what a host gets.

pub mod predefined;
