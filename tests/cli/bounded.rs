//! Bounded reads: a `file://` or `fileb://` of an endless or huge source (/dev/zero, a FIFO
//! with an endless writer) is refused in bounded time and memory with the member's error,
//! and an error printed to a closed stderr keeps its exit code. These runs contact no host.

use crate::support::{Env, bin};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIME: &str = "/usr/bin/time";

struct Measured {
    code: i32,
    stdout: String,
    stderr: String,
    elapsed: Duration,
    peak_rss_kib: u64,
}

/// Runs ssmctl under `/usr/bin/time -f %M`, with the Env's environment.
fn measured(env: &Env, args: &[&str]) -> Measured {
    assert!(std::path::Path::new(TIME).is_file(), "{TIME} missing: install the `time` package (scripts/test.sh does)");
    let rss = env.path().join("rss");
    let template = env.command(args);
    let mut c = Command::new(TIME);
    c.args(["-f", "%M", "-o", rss.to_str().unwrap(), bin()]).args(args).current_dir(env.path()).env_clear();
    for (k, v) in template.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    c.stdin(Stdio::null());
    let start = Instant::now();
    let out = c.output().expect("run /usr/bin/time ssmctl");
    let elapsed = start.elapsed();
    let text = std::fs::read_to_string(&rss).unwrap();
    let peak_rss_kib = text.lines().last().and_then(|l| l.trim().parse().ok()).unwrap_or_else(|| panic!("rss: {text}"));
    Measured {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed,
        peak_rss_kib,
    }
}

fn refused(env: &Env, args: &[&str], code: i32, says: &str) {
    let m = measured(env, args);
    assert_eq!(m.code, code, "{args:?}: {}", m.stderr);
    assert!(m.stdout.is_empty(), "{args:?}: {}", m.stdout);
    let lines: Vec<&str> = m.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{args:?}: one error line: {}", m.stderr);
    assert!(lines[0].contains(says), "{args:?}: {}", lines[0]);
    assert!(m.elapsed < Duration::from_secs(1), "{args:?} took {:?}", m.elapsed);
    assert!(m.peak_rss_kib < 50 * 1024, "{args:?}: peak RSS {} KiB", m.peak_rss_kib);
}

#[test]
fn dev_zero_is_refused_for_content_value_and_parameters_in_bounded_time_and_memory() {
    let env = Env::new();
    for scheme in ["file://", "fileb://"] {
        let zero = format!("{scheme}/dev/zero");
        refused(
            &env,
            &["create-document", "--name", "Zero", "--document-type", "Command", "--content", &zero],
            254,
            "(MaxDocumentSizeExceeded) when calling the CreateDocument operation",
        );
        refused(
            &env,
            &["put-parameter", "--name", "/zero", "--type", "String", "--value", &zero],
            254,
            "(ParameterMaxLengthExceeded) when calling the PutParameter operation",
        );
        refused(
            &env,
            &[
                "send-command",
                "--document-name",
                "AWS-RunShellScript",
                "--instance-ids",
                "localhost",
                "--parameters",
                &zero,
            ],
            252,
            "--parameters",
        );
        refused(
            &env,
            &[
                "create-association",
                "--name",
                "AWS-RunShellScript",
                "--instance-id",
                "localhost",
                "--parameters",
                &zero,
            ],
            252,
            "--parameters",
        );
        refused(&env, &["put-parameter", "--cli-input-json", &zero], 252, "--cli-input-json");
        refused(&env, &["create-document", "--cli-input-yaml", &zero], 252, "--cli-input-yaml");
    }
    refused(
        &env,
        &["put-parameter", "--name", "/rand", "--type", "String", "--value", "file:///dev/urandom"],
        254,
        "ParameterMaxLengthExceeded",
    );
    // Nothing was stored, nothing ran.
    assert_eq!(env.ok(&["describe-parameters", "--query", "length(Parameters)"]).stdout.trim(), "0");
    assert_eq!(env.ok(&["list-commands", "--query", "length(Commands)"]).stdout.trim(), "0");
    assert_eq!(
        env.ok(&["list-documents", "--filters", "Key=Owner,Values=Self", "--query", "length(DocumentIdentifiers)"])
            .stdout
            .trim(),
        "0"
    );
}

#[test]
fn values_at_their_limit_still_work() {
    let env = Env::new();
    let p = env.path().join("v4096");
    std::fs::write(&p, "x".repeat(4096)).unwrap();
    env.ok(&["put-parameter", "--name", "/full", "--type", "String", "--value", &format!("file://{}", p.display())]);
    let got = env.ok(&["get-parameter", "--name", "/full", "--query", "length(Parameter.Value)"]);
    assert_eq!(got.stdout.trim(), "4096");
    // One byte more than the Standard tier holds is the service's error, not the reader's.
    std::fs::write(&p, "x".repeat(4097)).unwrap();
    let line = env.fails(
        &["put-parameter", "--name", "/over", "--type", "String", "--value", &format!("file://{}", p.display())],
        254,
    );
    assert!(line.contains("ParameterMaxLengthExceeded") || line.contains("ValidationException"), "{line}");
    // A document of exactly 64 KiB is read whole (and then judged on its content).
    let doc = env.path().join("doc.json");
    let body = r#"{"schemaVersion":"2.2","description":"d","mainSteps":[{"action":"aws:runShellScript","name":"s","inputs":{"runCommand":["true"]}}]}"#;
    let padded = format!("{body}{}", " ".repeat(64 * 1024 - body.len()));
    std::fs::write(&doc, &padded).unwrap();
    env.ok(&[
        "create-document",
        "--name",
        "Full",
        "--document-type",
        "Command",
        "--content",
        &format!("file://{}", doc.display()),
    ]);
    std::fs::write(&doc, format!("{padded} ")).unwrap();
    let line = env.fails(
        &[
            "create-document",
            "--name",
            "Over",
            "--document-type",
            "Command",
            "--content",
            &format!("file://{}", doc.display()),
        ],
        254,
    );
    assert!(line.contains("(MaxDocumentSizeExceeded)"), "{line}");
}

#[test]
fn a_fifo_with_an_endless_writer_is_bounded_too() {
    let env = Env::new();
    let fifo = env.path().join("fifo");
    let ok = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(ok.success());
    // `yes` writes forever; it ends by SIGPIPE once ssmctl closes the FIFO.
    let mut writer =
        Command::new("sh").arg("-c").arg(format!("exec yes > '{}'", fifo.display())).spawn().expect("start the writer");
    refused(
        &env,
        &["put-parameter", "--name", "/fifo", "--type", "String", "--value", &format!("file://{}", fifo.display())],
        254,
        "ParameterMaxLengthExceeded",
    );
    let start = Instant::now();
    while writer.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < Duration::from_secs(5), "the writer did not end");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A pipe whose read end is already closed, as stderr of `… 2>&1 | head -c 0`.
fn closed_pipe() -> Stdio {
    let mut fds = [0; 2];
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    // SAFETY: pipe() just returned these two descriptors, owned by nothing else.
    let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    drop(read);
    Stdio::from(write)
}

#[test]
fn a_closed_stderr_keeps_the_errors_own_exit_code() {
    let env = Env::new();
    for (args, code) in [
        (vec!["get-parameter", "--name", "/nope"], 254),
        (vec!["get-parameter", "--no-such-flag"], 252),
        (vec!["describe-document", "--name", "Nope", "--debug"], 254),
        (vec!["put-parameter", "--name", "/z", "--type", "String", "--value", "file:///dev/zero"], 254),
    ] {
        let status = env.command(&args).stdout(Stdio::null()).stderr(closed_pipe()).status().unwrap();
        assert_eq!(status.code(), Some(code), "{args:?}: {status:?}");
    }
}
