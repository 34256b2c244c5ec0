//! ssmctl: AWS Systems Manager's `aws ssm` command surface for fleets AWS does not run.
//!
//! The crate is a binary first; this library exists so that the binary (`src/main.rs`), the
//! fuzz targets (`fuzz/`) and the corpus replay test reach the same code. Its modules stay
//! private: `run` and `fuzzing` are the whole public face.

// stderr is written by `error::eprint_line` only (a closed stderr is not a panic), stdout by
// `output` only.
#![deny(clippy::print_stderr)]

mod app;
mod automation;
mod cli;
mod doctor;
mod document;
mod error;
mod exec;
mod extensions;
mod interrupt;
mod inventory;
mod log;
mod maintenance;
mod model;
mod ops;
mod output;
mod package_version;
mod paginate;
mod patch;
mod query;
mod schedule;
mod secrets;
mod session;
mod software_inventory;
mod store;
mod targets;
mod tick;

#[doc(hidden)]
pub mod fuzzing;

/// Runs one ssmctl command line (argv including the program name) and returns its exit code.
pub fn run(args: Vec<std::ffi::OsString>) -> i32 {
    app::run(args)
}
