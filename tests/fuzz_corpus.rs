//! Replays the committed fuzz inputs on the stable toolchain: every file under
//! `fuzz/seeds/<target>/`, `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` goes
//! through the same function the cargo-fuzz target calls (`ssmctl::fuzzing`), so a parser
//! change that panics on an input the fuzzer once found fails `cargo test`. The inputs run on
//! the test harness's 2 MiB thread in a debug build: stricter than the binary's main thread.

use std::path::Path;

fn inputs(target: &str) -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for kind in ["seeds", "corpus", "regressions"] {
        let Ok(dir) = std::fs::read_dir(root.join(kind).join(target)) else { continue };
        files.extend(dir.map(|e| e.expect("corpus entry").path()).filter(|p| p.is_file()));
    }
    files.sort();
    files
}

#[test]
fn every_committed_fuzz_input_passes_its_target() {
    // A stack overflow aborts the process without naming the input: SSMCTL_FUZZ_TRACE=1
    // prints each file before it runs.
    let trace = std::env::var_os("SSMCTL_FUZZ_TRACE").is_some();
    let mut counts = Vec::new();
    for (name, target) in ssmctl::fuzzing::TARGETS {
        let files = inputs(name);
        assert!(!files.is_empty(), "no committed inputs for fuzz target {name}");
        for file in &files {
            let data = std::fs::read(file).expect("read corpus file");
            if trace {
                eprintln!("{}", file.display());
            }
            if std::panic::catch_unwind(|| target(&data)).is_err() {
                panic!("fuzz target {name} fails on {}", file.display());
            }
        }
        counts.push(format!("{name}: {}", files.len()));
    }
    eprintln!("replayed {}", counts.join(", "));
}

#[test]
fn every_fuzz_target_has_a_cargo_fuzz_binary() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/fuzz_targets");
    for (name, _) in ssmctl::fuzzing::TARGETS {
        let src = std::fs::read_to_string(dir.join(format!("{name}.rs")))
            .unwrap_or_else(|e| panic!("fuzz/fuzz_targets/{name}.rs: {e}"));
        assert!(
            src.contains(&format!("ssmctl::fuzzing::{name})")),
            "fuzz/fuzz_targets/{name}.rs calls another function"
        );
    }
    let files = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(files, ssmctl::fuzzing::TARGETS.len(), "a fuzz target missing from ssmctl::fuzzing::TARGETS");
}

#[test]
fn the_small_stack_thread_runs_each_input_and_passes_a_panic_on() {
    fn on_the_fuzz_thread(data: &[u8]) {
        assert_eq!(std::thread::current().name(), Some("fuzz-2MiB"));
        assert!(data.is_empty(), "a finding");
    }
    ssmctl::fuzzing::on_small_stack(b"", on_the_fuzz_thread);
    let found = std::panic::catch_unwind(|| ssmctl::fuzzing::on_small_stack(b"x", on_the_fuzz_thread));
    let message = found.expect_err("the panic reaches the caller");
    assert_eq!(message.downcast_ref::<&str>(), Some(&"a finding"));
    // The same thread goes on after a finding.
    ssmctl::fuzzing::on_small_stack(b"", on_the_fuzz_thread);
}
