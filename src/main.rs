//! ssmctl: AWS Systems Manager's `aws ssm` command surface for fleets AWS does not run.

mod app;
mod cli;
mod doctor;
mod document;
mod error;
mod exec;
mod extensions;
mod inventory;
mod log;
mod model;
mod ops;
mod output;
mod paginate;
mod query;
mod schedule;
mod secrets;
mod store;
mod targets;

fn main() {
    std::process::exit(app::run(std::env::args_os().collect()));
}
