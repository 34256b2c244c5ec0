//! ssmctl: AWS Systems Manager's `aws ssm` command surface for fleets AWS does not run.

mod app;
mod cli;
mod document;
mod error;
mod log;
mod model;
mod ops;
mod output;
mod paginate;
mod query;
mod store;

fn main() {
    std::process::exit(app::run(std::env::args_os().collect()));
}
