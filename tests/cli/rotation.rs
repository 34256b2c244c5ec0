//! The seeds' password rotation with Parameter Store, end to end on the sshd fleet, and
//! the secret's hygiene: never in the db, its WAL, logs, or any process's argv.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::json;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Every process's command line, sampled until `stop`; returns those containing `needle`.
fn watch_argv(needle: &'static str, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<(usize, Vec<String>)> {
    std::thread::spawn(move || {
        let mut samples = 0;
        let mut hits = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
                if let Ok(raw) = std::fs::read(entry.path().join("cmdline")) {
                    let line = String::from_utf8_lossy(&raw).replace('\0', " ");
                    if line.contains(needle) {
                        hits.push(line);
                    }
                }
            }
            samples += 1;
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        (samples, hits)
    })
}

fn contains(path: &std::path::Path, needle: &str) -> bool {
    std::fs::read(path).map(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes())).unwrap_or(false)
}

#[test]
fn rotation_with_a_secure_string_reaches_the_host_and_nowhere_else() {
    const FIRST: &str = "Rotated-Secret-One-7f3a";
    const SECOND: &str = "Rotated-Secret-Two-91bc";
    let fleet = Fleet::start(1);
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    env.var("XDG_CONFIG_HOME", env.path().join("config").to_str().unwrap());
    let out = env.path().join("shadow");
    let doc = format!(
        "schemaVersion: '2.2'\nparameters:\n  UserName:\n    type: String\n    default: webuser\n  NewPassword:\n    type: String\n    noEcho: true\n    interpolationType: ENV_VAR\nmainSteps:\n  - action: aws:runShellScript\n    name: setPassword\n    inputs:\n      runCommand:\n        - printf '%s:%s\\n' '{{{{ UserName }}}}' \"$SSM_NewPassword\" > {}\n",
        out.display()
    );
    env.ok(&["create-document", "--name", "Custom-UpdatePassword", "--document-format", "YAML", "--content", &doc]);
    let value_file = env.path().join("value");
    std::fs::write(&value_file, FIRST).unwrap();
    let value_arg = format!("file://{}", value_file.display());
    env.ok(&["put-parameter", "--name", "/app/webuser/password", "--type", "SecureString", "--value", &value_arg]);
    let id = env
        .ok(&[
            "create-association",
            "--name",
            "Custom-UpdatePassword",
            "--targets",
            "Key=InstanceIds,Values=node-1",
            "--schedule-expression",
            "cron(0 2 1 * ? *)",
            "--parameters",
            "NewPassword={{ssm-secure:/app/webuser/password}}",
        ])
        .json()["AssociationDescription"]["AssociationId"]
        .as_str()
        .unwrap()
        .to_string();

    let stop = Arc::new(AtomicBool::new(false));
    let watcher = watch_argv(FIRST, stop.clone());
    let r = env.run(&["apply-due", "--debug"]);
    stop.store(true, Ordering::Relaxed);
    let (samples, hits) = watcher.join().unwrap();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), format!("webuser:{FIRST}\n"), "the host received the value");
    assert!(samples > 3, "argv was sampled during the run");
    assert_eq!(hits, Vec::<String>::new(), "the secret was in a process's argv");
    assert!(!r.stderr.contains(FIRST) && !r.stdout.contains(FIRST), "the secret reached ssmctl's output or logs");

    // Rotate: a new value, start-associations-once; the association itself is not updated.
    std::fs::write(&value_file, SECOND).unwrap();
    env.ok(&[
        "put-parameter",
        "--name",
        "/app/webuser/password",
        "--type",
        "SecureString",
        "--overwrite",
        "--value",
        &value_arg,
    ]);
    env.ok(&["start-associations-once", "--association-ids", &id]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), format!("webuser:{SECOND}\n"));
    let d = env.ok(&["describe-association", "--association-id", &id]).json();
    assert_eq!(d["AssociationDescription"]["AssociationVersion"], "1");
    assert_eq!(d["AssociationDescription"]["Parameters"]["NewPassword"], json!(["****"]),);

    // Nowhere in the state: the db, its WAL, every output that lists runs.
    for f in [env.db.clone(), env.db.with_extension("db-wal")] {
        assert!(!contains(&f, FIRST) && !contains(&f, SECOND), "{} holds the secret", f.display());
    }
    for args in [
        vec!["list-commands"],
        vec!["list-command-invocations", "--details"],
        vec!["list-association-versions", "--association-id", id.as_str()],
        vec!["describe-association-executions", "--association-id", id.as_str()],
        vec!["get-parameter", "--name", "/app/webuser/password"],
        vec!["get-parameter-history", "--name", "/app/webuser/password"],
    ] {
        let r = env.ok(&args);
        assert!(!r.stdout.contains(FIRST) && !r.stdout.contains(SECOND), "{args:?} shows the secret");
    }
    let shown = env.ok(&[
        "get-parameter",
        "--name",
        "/app/webuser/password",
        "--with-decryption",
        "--query",
        "Parameter.Value",
        "--output",
        "text",
    ]);
    assert_eq!(shown.stdout.trim(), SECOND, "only --with-decryption shows it");

    // A missing parameter fails the run, with a clear reason, and runs nothing.
    env.ok(&["delete-parameter", "--name", "/app/webuser/password"]);
    std::fs::remove_file(&out).unwrap();
    let r = env.run(&["start-associations-once", "--association-ids", &id]);
    assert_eq!(r.code, 254, "{}", r.stderr);
    assert!(!out.exists(), "the script ran without its parameter");
    let execs = env.ok(&["describe-association-executions", "--association-id", &id]).json();
    let last = &execs["AssociationExecutions"][0];
    assert_eq!((last["Status"].as_str(), last["DetailedStatus"].as_str()), (Some("Failed"), Some("InvalidParameters")));
    let eid = last["ExecutionId"].as_str().unwrap();
    let t = env.ok(&["describe-association-execution-targets", "--association-id", &id, "--execution-id", eid]).json();
    let cid = t["AssociationExecutionTargets"][0]["OutputSource"]["OutputSourceId"].as_str().unwrap().to_string();
    let inv = env.ok(&["get-command-invocation", "--command-id", &cid, "--instance-id", "node-1"]).json();
    assert!(inv["StandardErrorContent"].as_str().unwrap().contains("/app/webuser/password"), "{inv}");
}

#[test]
fn a_literal_no_echo_value_is_sealed_in_the_association() {
    const LITERAL: &str = "Literal-NoEcho-Value-55d1";
    let env = Env::new();
    env.var("XDG_CONFIG_HOME", env.path().join("config").to_str().unwrap());
    let out = env.path().join("got");
    let doc = format!(
        "schemaVersion: '2.2'\nparameters:\n  Pw:\n    type: String\n    noEcho: true\n    interpolationType: ENV_VAR\nmainSteps:\n  - action: aws:runShellScript\n    name: s\n    inputs:\n      runCommand:\n        - printf '%s' \"$SSM_Pw\" > {}\n",
        out.display()
    );
    env.ok(&["create-document", "--name", "NoEcho-Doc", "--document-format", "YAML", "--content", &doc]);
    let v = format!("Pw={LITERAL}");
    let id = env
        .ok(&["create-association", "--name", "NoEcho-Doc", "--instance-id", "localhost", "--parameters", &v])
        .json()["AssociationDescription"]["AssociationId"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&["apply-due"]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), LITERAL);
    for f in [env.db.clone(), env.db.with_extension("db-wal")] {
        assert!(!contains(&f, LITERAL), "{} holds the noEcho value", f.display());
    }
    let diff = env.ok(&["diff-association-versions", "--association-id", &id, "--from-version", "1"]).stdout;
    assert!(!diff.contains(LITERAL));
}
