//! A small builder for running the real binary in a scratch directory with its own state.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_ssmctl")
}

pub fn fixture(rel: &str) -> String {
    format!("{}/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"))
}

pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    vars: std::cell::RefCell<Vec<(String, String)>>,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("state").join("state.db");
        Env { dir, db, vars: Default::default() }
    }

    /// An environment variable for every later command of this Env.
    pub fn var(&self, k: &str, v: &str) {
        self.vars.borrow_mut().push((k.to_string(), v.to_string()));
    }

    /// The private directory of SSH control sockets of this Env's runs.
    pub fn control_dir(&self) -> PathBuf {
        self.dir.path().join("cm")
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A command with a clean, predictable environment: its own db, HOME and time zone.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(bin());
        c.args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("SSMCTL_DB", &self.db)
            .env("TZ", "UTC")
            // Masters of this test only, closed at the end of each run unless a test says otherwise.
            .env("SSMCTL_CONTROL_DIR", self.control_dir())
            .env("SSMCTL_CONTROL_PERSIST", "0")
            // Generous: the whole suite loads both cores while fleets start; a test of the
            // timeout itself sets a short one.
            .env("SSMCTL_CONNECT_TIMEOUT", "10")
            .stdin(Stdio::null());
        // A suite run under libfaketime (scripts/test-future.sh) keeps its shifted clock in
        // every ssmctl it starts, so the tests and the binary agree on "now".
        for (k, v) in std::env::vars().filter(|(k, _)| k == "LD_PRELOAD" || k.starts_with("FAKETIME")) {
            c.env(k, v);
        }
        for (k, v) in self.vars.borrow().iter() {
            c.env(k, v);
        }
        c
    }

    /// Runs a shell script on one host through send-command (AWS-RunShellScript): its stdout,
    /// or a panic with the invocation when it did not succeed.
    pub fn run_on(&self, host: &str, script: &str) -> String {
        let params = serde_json::json!({"commands": [script]}).to_string();
        let r = self.run(&[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            host,
            "--parameters",
            &params,
        ]);
        assert_eq!(r.code, 0, "{script}: {}{}", r.stdout, r.stderr);
        let cid = r.json()["Command"]["CommandId"].as_str().unwrap().to_string();
        let out = self.ok(&["get-command-invocation", "--command-id", &cid, "--instance-id", host]).json();
        assert_eq!(out["Status"], "Success", "{script}: {out}");
        out["StandardOutputContent"].as_str().unwrap().to_string()
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out: Output = self.command(args).output().expect("run ssmctl");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs and requires exit 0; returns the run.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, 0, "ssmctl {args:?} failed:\nstdout: {}\nstderr: {}", r.stdout, r.stderr);
        r
    }

    /// Runs and requires the given exit code and a single stderr line; returns that line.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let r = self.run(args);
        assert_eq!(r.code, code, "ssmctl {args:?}: expected exit {code}\nstdout: {}\nstderr: {}", r.stdout, r.stderr);
        assert!(r.stdout.is_empty(), "a failing command printed to stdout: {}", r.stdout);
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected exactly one stderr line, got: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "panic: {}", r.stderr);
        lines[0].to_string()
    }

    /// Writes `yaml` to this Env's directory and creates Automation document `name` from it.
    pub fn runbook(&self, name: &str, yaml: &str) {
        self.ok(&self.runbook_args(name, yaml).iter().map(String::as_str).collect::<Vec<_>>());
    }

    /// The create-document command line for runbook `yaml`, written to this Env's directory.
    pub fn runbook_args(&self, name: &str, yaml: &str) -> Vec<String> {
        let file = self.path().join(format!("{name}.yaml"));
        std::fs::write(&file, yaml).unwrap();
        let content = format!("file://{}", file.display());
        ["create-document", "--name", name, "--document-type", "Automation", "--document-format", "YAML", "--content"]
            .iter()
            .map(|s| s.to_string())
            .chain([content])
            .collect()
    }

    /// get-automation-execution's AutomationExecution.
    pub fn automation(&self, id: &str) -> Value {
        self.ok(&["get-automation-execution", "--automation-execution-id", id]).json()["AutomationExecution"].clone()
    }

    pub fn create(&self, name: &str, fixture_rel: &str, format: &str) -> Value {
        let content = format!("file://{}", fixture(fixture_rel));
        self.ok(&[
            "create-document",
            "--name",
            name,
            "--content",
            &content,
            "--document-format",
            format,
            "--document-type",
            "Command",
        ])
        .json()
    }
}

/// Replaces what differs between runs (dates) so outputs compare exactly.
pub fn mask(v: &mut Value) {
    match v {
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if k.ends_with("Date") && x.is_string() {
                    *x = Value::String("<date>".into());
                } else {
                    mask(x);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(mask),
        _ => {}
    }
}

/// Compares a JSON output with fixtures/expected/NAME; `SSMCTL_OVERWRITE=1` rewrites it.
pub fn golden(name: &str, actual: &Value) {
    let path = format!("{}/fixtures/expected/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = serde_json::to_string_pretty(actual).unwrap() + "\n";
    if std::env::var_os("SSMCTL_OVERWRITE").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} missing; run with SSMCTL_OVERWRITE=1"));
    assert_eq!(text, expected, "output differs from {path} (SSMCTL_OVERWRITE=1 rewrites it)");
}
