//! The ssmctl binary: everything lives in the library (src/lib.rs).

fn main() {
    std::process::exit(ssmctl::run(std::env::args_os().collect()));
}
