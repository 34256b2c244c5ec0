#![no_main]
// See ssmctl::fuzzing::document for what it feeds and which properties it checks.
libfuzzer_sys::fuzz_target!(|data: &[u8]| ssmctl::fuzzing::on_small_stack(data, ssmctl::fuzzing::document));
