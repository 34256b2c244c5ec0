//! Run Command end to end: the real binary against a fleet of real sshd daemons.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::{Value, json};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn setup(n: usize) -> (Env, Fleet, String) {
    let fleet = Fleet::start(n);
    let env = Env::new();
    let inv = fleet.write_inventory();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    let inv = inv.to_string_lossy().into_owned();
    (env, fleet, inv)
}

fn send(env: &Env, args: &[&str]) -> (i32, Value) {
    let mut a = vec!["send-command"];
    a.extend_from_slice(args);
    let r = env.run(&a);
    assert!(r.code == 0 || r.code == 254 || r.code == 130, "send-command {args:?}: exit {}: {}", r.code, r.stderr);
    (r.code, r.json()["Command"].clone())
}

fn invocations(env: &Env, command_id: &str) -> Vec<Value> {
    let v = env.ok(&["list-command-invocations", "--command-id", command_id, "--details"]).json();
    v["CommandInvocations"].as_array().unwrap().clone()
}

fn status_of(invs: &[Value]) -> Vec<(String, String, String)> {
    invs.iter()
        .map(|i| {
            (
                i["InstanceId"].as_str().unwrap().to_string(),
                i["Status"].as_str().unwrap().to_string(),
                i["StatusDetails"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn success_on_tagged_hosts_with_output_and_instance_facts() {
    let (env, _fleet, _) = setup(5);
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:Role,Values=web",
            "--parameters",
            "commands=[\"echo hi from $(hostname)\",\"echo to-stderr >&2\"]",
        ],
    );
    assert_eq!(code, 0, "{cmd}");
    assert_eq!(cmd["Status"], "Success");
    assert_eq!(
        (cmd["TargetCount"].as_i64(), cmd["CompletedCount"].as_i64(), cmd["ErrorCount"].as_i64()),
        (Some(3), Some(3), Some(0))
    );
    let id = cmd["CommandId"].as_str().unwrap();
    let invs = invocations(&env, id);
    let hosts: Vec<String> = status_of(&invs).into_iter().map(|(h, s, _)| format!("{h}:{s}")).collect();
    assert_eq!(hosts, ["node-1:Success", "node-3:Success", "node-5:Success"]);
    let out = env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", "node-3"]).json();
    assert!(out["StandardOutputContent"].as_str().unwrap().starts_with("hi from "), "{out}");
    assert_eq!(out["StandardErrorContent"], "to-stderr\n");
    assert_eq!(out["ResponseCode"], 0);
    assert_eq!(out["PluginName"], "aws:runShellScript");
    let plugin = env
        .ok(&[
            "get-command-invocation",
            "--command-id",
            id,
            "--instance-id",
            "node-3",
            "--plugin-name",
            "aws:runShellScript",
        ])
        .json();
    assert_eq!(plugin["Status"], "Success");
    let line = env.fails(
        &["get-command-invocation", "--command-id", id, "--instance-id", "node-3", "--plugin-name", "nope"],
        254,
    );
    assert!(line.contains("(InvalidPluginName)"), "{line}");
    let line = env.fails(&["get-command-invocation", "--command-id", id, "--instance-id", "node-2"], 254);
    assert!(line.contains("(InvocationDoesNotExist)"), "{line}");

    let info = env.ok(&["describe-instance-information"]).json();
    let list = info["InstanceInformationList"].as_array().unwrap();
    assert_eq!(list.len(), 5);
    let by_id = |id: &str| list.iter().find(|i| i["InstanceId"] == id).unwrap().clone();
    assert_eq!(by_id("node-1")["PingStatus"], "Online");
    assert!(by_id("node-1")["PlatformName"].is_string(), "{}", by_id("node-1"));
    assert!(by_id("node-1")["ComputerName"].is_string());
    assert_eq!(by_id("node-2")["PingStatus"], "Inactive", "never contacted");
    let online = env
        .ok(&[
            "describe-instance-information",
            "--filters",
            "Key=PingStatus,Values=Online",
            "--query",
            "InstanceInformationList[].InstanceId",
        ])
        .json();
    assert_eq!(online, json!(["node-1", "node-3", "node-5"]));
    let db = env
        .ok(&[
            "describe-instance-information",
            "--instance-information-filter-list",
            "key=InstanceIds,valueSet=node-2",
            "--query",
            "InstanceInformationList[].InstanceId",
        ])
        .json();
    assert_eq!(db, json!(["node-2"]));
    let tagged = env
        .ok(&[
            "describe-instance-information",
            "--filters",
            "Key=tag:Role,Values=db",
            "--query",
            "InstanceInformationList[].InstanceId",
        ])
        .json();
    assert_eq!(tagged, json!(["node-2", "node-4"]));
    env.ok(&["wait", "command-executed", "--command-id", id, "--instance-id", "node-1"]);
    let listed = env.ok(&["list-commands", "--query", "Commands[].CommandId"]).json();
    assert_eq!(listed, json!([id]));
}

#[test]
fn non_zero_exit_keeps_its_response_code_and_fails_the_command() {
    let (env, _fleet, _) = setup(2);
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "node-1",
            "node-2",
            "--max-errors",
            "2",
            "--parameters",
            "commands=[\"echo before\",\"exit 7\"]",
        ],
    );
    assert_eq!(code, 254, "a failed command is a non-zero exit for CI");
    assert_eq!(cmd["Status"], "Failed");
    let id = cmd["CommandId"].as_str().unwrap();
    let out = env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", "node-2"]).json();
    assert_eq!((out["Status"].as_str(), out["ResponseCode"].as_i64()), (Some("Failed"), Some(7)));
    assert_eq!(out["StandardOutputContent"], "before\n");
    let line = env.run(&["wait", "command-executed", "--command-id", id, "--instance-id", "node-2"]);
    assert_eq!(line.code, 255, "{}", line.stderr);
    assert!(line.stderr.contains("terminal failure state"), "{}", line.stderr);

    // A script whose whole session is killed on the host has no exit status: Failed, -1, and
    // a line saying so (the soak's chaos loop does this by stopping sshd mid-script).
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "node-1",
            "--parameters",
            "commands=[\"echo doomed\",\"kill -KILL 0\"]",
        ],
    );
    assert_eq!(code, 254);
    let id = cmd["CommandId"].as_str().unwrap();
    let out = env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", "node-1"]).json();
    assert_eq!((out["Status"].as_str(), out["ResponseCode"].as_i64()), (Some("Failed"), Some(-1)), "{out}");
    let err = out["StandardErrorContent"].as_str().unwrap();
    assert!(err.contains("ended without an exit status"), "{err}");

    // A script ending in a command that does not exist exits 127, as the shell says, and
    // its output is the script's: not a lost connection.
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "node-2",
            "--parameters",
            "commands=[\"echo first\",\"no-such-command-here\"]",
        ],
    );
    assert_eq!(code, 254);
    let id = cmd["CommandId"].as_str().unwrap();
    let out = env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", "node-2"]).json();
    assert_eq!((out["Status"].as_str(), out["ResponseCode"].as_i64()), (Some("Failed"), Some(127)), "{out}");
    assert_eq!(out["StandardOutputContent"], "first\n");
    let err = out["StandardErrorContent"].as_str().unwrap();
    assert!(err.contains("no-such-command-here: not found") && !err.contains("ssmctl:"), "{err}");
}

#[test]
fn execution_timeout_kills_the_remote_process() {
    let (env, _fleet, _) = setup(2);
    let marker = format!("ssmctl-timeout-{}", std::process::id());
    let started = Instant::now();
    let (_, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "node-1",
            "node-2",
            "--max-errors",
            "2",
            "--parameters",
            &format!("commands=[\"sleep 300 # {marker}\"],executionTimeout=2"),
        ],
    );
    assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
    assert_eq!(cmd["Status"], "TimedOut");
    let invs = invocations(&env, cmd["CommandId"].as_str().unwrap());
    for (_, s, d) in status_of(&invs) {
        assert_eq!((s.as_str(), d.as_str()), ("TimedOut", "ExecutionTimedOut"));
    }
    assert_eq!(lingering(&marker), "", "the remote sleep survived");
}

#[test]
fn unreachable_hosts_are_undeliverable_and_the_run_goes_on() {
    let (env, mut fleet, _) = setup(2);
    env.var("SSMCTL_CONNECT_TIMEOUT", "3");
    fleet.add_refused("refused");
    fleet.add_silent("silent");
    fleet.add_wrong_host_key("wrongkey");
    fleet.add_auth_refused("noauth");
    fleet.write_inventory();
    let started = Instant::now();
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:Env,Values=test",
            "--parameters",
            "commands=echo ok",
        ],
    );
    let took = started.elapsed();
    assert!(took < Duration::from_secs(15), "a silent host must fail within the connect timeout (3 s here): {took:?}");
    assert_eq!(code, 254);
    assert_eq!(cmd["TargetCount"], 6);
    assert_eq!(cmd["ErrorCount"], 0, "undeliverable hosts are not errors");
    let invs = invocations(&env, cmd["CommandId"].as_str().unwrap());
    let got = status_of(&invs);
    let find = |id: &str| got.iter().find(|(h, _, _)| h == id).cloned().unwrap();
    assert_eq!(find("node-1").1, "Success");
    assert_eq!(find("node-2").1, "Success");
    assert_eq!(find("refused").2, "Undeliverable");
    assert_eq!(find("silent").2, "DeliveryTimedOut");
    assert_eq!(find("wrongkey").2, "Undeliverable");
    assert_eq!(find("noauth").2, "Undeliverable");
    let id = cmd["CommandId"].as_str().unwrap();
    let err = |h: &str| {
        env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", h]).json()["StandardErrorContent"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(err("wrongkey").contains("host key"), "{}", err("wrongkey"));
    assert!(err("noauth").contains("Permission denied"), "{}", err("noauth"));
    assert!(err("refused").contains("refused"), "{}", err("refused"));
    let info = env
        .ok(&[
            "describe-instance-information",
            "--filters",
            "Key=PingStatus,Values=ConnectionLost",
            "--query",
            "InstanceInformationList[].InstanceId",
        ])
        .json();
    assert_eq!(info, json!(["refused", "silent", "wrongkey", "noauth"]));
}

#[test]
fn a_host_removed_from_the_inventory_is_invalid_and_its_history_stays() {
    let (env, fleet, inv) = setup(3);
    let (_, cmd) = send(
        &env,
        &["--document-name", "AWS-RunShellScript", "--instance-ids", "node-2", "--parameters", "commands=true"],
    );
    let text = fleet.inventory_yaml();
    let cut = text.find("  node-2:").unwrap();
    let end = text[cut..].find("  node-3:").unwrap() + cut;
    std::fs::write(&inv, format!("{}{}", &text[..cut], &text[end..])).unwrap();
    let line = env.fails(
        &[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "node-2",
            "--parameters",
            "commands=true",
        ],
        254,
    );
    assert!(line.contains("(InvalidInstanceId)") && line.contains("node-2"), "{line}");
    let invs = invocations(&env, cmd["CommandId"].as_str().unwrap());
    assert_eq!(status_of(&invs)[0].1, "Success");
    let ids = env.ok(&["describe-instance-information", "--query", "InstanceInformationList[].InstanceId"]).json();
    assert_eq!(ids, json!(["node-1", "node-3"]));
}

/// Runs ssmctl with --debug and returns (exit code, its peak RSS in KiB as it reports it
/// from /proc/self/status VmHWM; wait4's figure would include the test process's memory
/// that a fork copies before exec).
fn run_measured(env: &Env, args: &[&str]) -> (i32, i64) {
    let mut a = args.to_vec();
    a.push("--debug");
    let r = env.run(&a);
    let line =
        r.stderr.lines().find(|l| l.contains("peak RSS")).unwrap_or_else(|| panic!("no peak RSS in: {}", r.stderr));
    let kib: i64 = line.rsplit("peak RSS ").next().unwrap().trim_end_matches(" kB").trim().parse().unwrap();
    (r.code, kib)
}

#[test]
fn hundred_mib_of_output_keeps_memory_bounded_and_is_capped_with_a_marker() {
    let (env, _fleet, _) = setup(1);
    let (code, rss_kib) = run_measured(
        &env,
        &[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "node-1",
            "--parameters",
            "commands=[\"head -c 104857600 /dev/zero | tr '\\\\0' a\"]",
        ],
    );
    assert_eq!(code, 0);
    assert!(rss_kib < 100 * 1024, "ssmctl peaked at {rss_kib} KiB");
    let id = env.ok(&["list-commands", "--query", "Commands[0].CommandId"]).json();
    let id = id.as_str().unwrap();
    let full = env.ok(&["get-command-output", "--command-id", id, "--instance-id", "node-1"]).stdout;
    assert!(full.starts_with("aaaa"));
    assert!(full.len() > 1024 * 1024 && full.len() < 1024 * 1024 + 200, "{}", full.len());
    let kept = full.bytes().take_while(|b| *b == b'a').count();
    let marker = format!("Output truncated by ssmctl: {} more bytes", 104_857_600 - kept);
    assert!(full.contains(&marker), "{} / {marker}", &full[full.len() - 120..]);
    let shown = env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", "node-1"]).json();
    assert_eq!(shown["StandardOutputContent"].as_str().unwrap().len(), 24_000, "AWS shows 24,000 characters");
}

fn times(inv: &Value) -> (chrono::DateTime<chrono::FixedOffset>, chrono::DateTime<chrono::FixedOffset>) {
    let p = &inv["CommandPlugins"][0];
    let t = |k: &str| chrono::DateTime::parse_from_rfc3339(p[k].as_str().unwrap()).unwrap();
    (t("ResponseStartDateTime"), t("ResponseFinishDateTime"))
}

#[test]
fn max_concurrency_two_over_six_hosts_never_runs_more_than_two() {
    let (env, _fleet, _) = setup(6);
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--max-concurrency",
            "2",
            "--parameters",
            "commands=sleep 0.7",
        ],
    );
    assert_eq!(code, 0, "{cmd}");
    let invs = invocations(&env, cmd["CommandId"].as_str().unwrap());
    assert_eq!(invs.len(), 6);
    let spans: Vec<_> = invs.iter().map(times).collect();
    let mut most = 0;
    for (s, _) in &spans {
        let overlapping = spans.iter().filter(|(a, b)| a <= s && s < b).count();
        most = most.max(overlapping);
    }
    assert_eq!(most, 2, "{spans:?}");
}

#[test]
fn max_errors_one_stops_after_the_second_failure() {
    let (env, _fleet, _) = setup(6);
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--max-concurrency",
            "1",
            "--max-errors",
            "1",
            "--parameters",
            "commands=exit 1",
        ],
    );
    assert_eq!(code, 254);
    assert_eq!(cmd["Status"], "Failed");
    assert_eq!(cmd["ErrorCount"], 2);
    let got = status_of(&invocations(&env, cmd["CommandId"].as_str().unwrap()));
    let want: Vec<(&str, &str)> = vec![
        ("Failed", "Failed"),
        ("Failed", "Failed"),
        ("Cancelled", "Terminated"),
        ("Cancelled", "Terminated"),
        ("Cancelled", "Terminated"),
        ("Cancelled", "Terminated"),
    ];
    let got: Vec<(&str, &str)> = got.iter().map(|(_, s, d)| (s.as_str(), d.as_str())).collect();
    assert_eq!(got, want);
}

#[test]
fn hostile_parameter_values_never_run_as_shell_text() {
    let (env, _fleet, _) = setup(1);
    let pwned = format!("/tmp/ssmctl-pwned-{}", std::process::id());
    let hostile = format!("x'; touch {pwned}; '");
    let doc = |name: &str, decl: &str, line: &str| {
        let content = format!(
            "schemaVersion: '2.2'\nparameters:\n  Name:\n    type: String\n{decl}mainSteps:\n  - action: aws:runShellScript\n    name: greet\n    inputs:\n      runCommand:\n        - {line}\n"
        );
        env.ok(&["create-document", "--name", name, "--content", &content, "--document-format", "YAML"]);
    };
    doc("Guarded", "    allowedPattern: '^[a-z]+$'\n", "echo '{{ Name }}'");
    doc("EnvVar", "    interpolationType: ENV_VAR\n", "printf '%s\\n' \"{{ Name }}\"");
    let line = env.fails(
        &[
            "send-command",
            "--document-name",
            "Guarded",
            "--instance-ids",
            "node-1",
            "--parameters",
            &format!("Name={hostile}"),
        ],
        254,
    );
    assert!(line.contains("(InvalidParameters)"), "{line}");
    assert_eq!(env.ok(&["list-commands", "--query", "length(Commands)"]).json(), json!(0), "nothing was planned");
    let (code, cmd) = send(
        &env,
        &["--document-name", "EnvVar", "--instance-ids", "node-1", "--parameters", &format!("Name={hostile}")],
    );
    assert_eq!(code, 0, "{cmd}");
    let out = env
        .ok(&["get-command-invocation", "--command-id", cmd["CommandId"].as_str().unwrap(), "--instance-id", "node-1"])
        .json();
    assert_eq!(out["StandardOutputContent"].as_str().unwrap(), format!("{hostile}\n"));
    assert!(!std::path::Path::new(&pwned).exists(), "the value ran as shell text");
}

fn ssh_processes(pattern: &str) -> String {
    let out = std::process::Command::new("pgrep").args(["-af", pattern]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Processes matching `pattern` once they had up to 5 s to go away (a master asked to
/// exit, or a killed process group, takes a moment on a loaded machine).
fn lingering(pattern: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = ssh_processes(pattern);
        if left.is_empty() || Instant::now() > deadline {
            return left;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn wait_for_in_progress(env: &Env, n: usize) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let v = env
            .ok(&["list-command-invocations", "--query", "CommandInvocations[?Status==`InProgress`].CommandId"])
            .json();
        if v.as_array().unwrap().len() >= n {
            return v[0].as_str().unwrap().to_string();
        }
        if Instant::now() > deadline {
            let all = env.ok(&["list-command-invocations", "--details"]).stdout;
            panic!("invocations never all started: {all}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn cancel_command_from_another_process_stops_every_host() {
    let (env, _fleet, _) = setup(5);
    let marker = format!("ssmctl-cancel-{}", std::process::id());
    let child = env
        .command(&[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--parameters",
            &format!("commands=sleep 600 # {marker}"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let id = wait_for_in_progress(&env, 5);
    std::thread::sleep(Duration::from_millis(300));
    env.ok(&["cancel-command", "--command-id", &id]);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(254), "{}", String::from_utf8_lossy(&out.stderr));
    let cmd: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cmd["Command"]["Status"], "Cancelled");
    for (_, s, _) in status_of(&invocations(&env, &id)) {
        assert_eq!(s, "Cancelled");
    }
    assert_eq!(lingering(&marker), "", "remote sleeps survived");
    assert_eq!(lingering(env.control_dir().to_str().unwrap()), "", "stray ssh masters");
}

#[test]
fn ctrl_c_records_cancelled_and_exits_130() {
    let (env, _fleet, _) = setup(3);
    let marker = format!("ssmctl-sigint-{}", std::process::id());
    let child = env
        .command(&[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--parameters",
            &format!("commands=sleep 600 # {marker}"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let id = wait_for_in_progress(&env, 3);
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    for (_, s, _) in status_of(&invocations(&env, &id)) {
        assert_eq!(s, "Cancelled");
    }
    assert_eq!(lingering(&marker), "", "remote sleeps survived");
    assert_eq!(lingering(env.control_dir().to_str().unwrap()), "", "stray ssh masters");
}

#[test]
fn masters_persist_between_runs_are_replaced_when_dead_and_close_on_request() {
    let (env, _fleet, _) = setup(3);
    env.var("SSMCTL_CONTROL_PERSIST", "60");
    let all = [
        "--document-name",
        "AWS-RunShellScript",
        "--targets",
        "Key=InstanceIds,Values=*",
        "--parameters",
        "commands=true",
    ];
    assert_eq!(send(&env, &all).0, 0);
    let socks = || {
        std::fs::read_dir(env.control_dir())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sock"))
            .count()
    };
    assert_eq!(socks(), 3, "one master per host, kept");
    let masters = ssh_processes(env.control_dir().to_str().unwrap());
    assert_eq!(masters.lines().count(), 3, "{masters}");
    // A warm run makes no new master.
    assert_eq!(send(&env, &all).0, 0);
    assert_eq!(ssh_processes(env.control_dir().to_str().unwrap()), masters, "the same masters served the second run");
    // A master killed with -9 leaves a dead socket: replaced on the next run.
    let pid: i32 = masters.lines().next().unwrap().split_whitespace().next().unwrap().parse().unwrap();
    unsafe { libc::kill(pid, libc::SIGKILL) };
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(send(&env, &all).0, 0);
    assert_eq!(ssh_processes(env.control_dir().to_str().unwrap()).lines().count(), 3);
    let closed = env.ok(&["close-connections"]).stdout;
    assert_eq!(closed.trim(), "3");
    assert_eq!(lingering(env.control_dir().to_str().unwrap()), "");
    assert_eq!(socks(), 0);
    // A short window (under 10 s) closes the masters at the end of the run; nothing stays.
    env.var("SSMCTL_CONTROL_PERSIST", "1");
    assert_eq!(send(&env, &all).0, 0);
    assert_eq!(lingering(env.control_dir().to_str().unwrap()), "", "masters outlived a 1 s window");
    // A window that closes by itself: the masters exit and ssh removes their sockets.
    env.var("SSMCTL_CONTROL_PERSIST", "10");
    assert_eq!(send(&env, &all).0, 0);
    assert_eq!(ssh_processes(env.control_dir().to_str().unwrap()).lines().count(), 3);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ssh_processes(env.control_dir().to_str().unwrap()).is_empty() {
        assert!(Instant::now() < deadline, "masters outlived their 10 s window");
        std::thread::sleep(Duration::from_millis(250));
    }
    assert_eq!(socks(), 0, "ssh removed its sockets");
    env.var("SSMCTL_CONTROL_PERSIST", "0");
    assert_eq!(
        send(
            &env,
            &["--document-name", "AWS-RunShellScript", "--instance-ids", "node-1", "--parameters", "commands=true"]
        )
        .0,
        0
    );
    let left: Vec<String> = std::fs::read_dir(env.control_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.len() <= 1, "only the lock of the host just used may remain: {left:?}");
}

#[test]
fn the_implicit_inventory_runs_on_localhost_without_ssh() {
    let env = Env::new();
    let (code, cmd) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "localhost",
            "--parameters",
            "commands=echo local $((6*7)) in $(pwd),workingDirectory=/tmp",
        ],
    );
    assert_eq!(code, 0, "{cmd}");
    let out = env
        .ok(&[
            "get-command-invocation",
            "--command-id",
            cmd["CommandId"].as_str().unwrap(),
            "--instance-id",
            "localhost",
        ])
        .json();
    assert_eq!(out["StandardOutputContent"], "local 42 in /tmp\n");
    let line = env.fails(
        &[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "localhost",
            "--parameters",
            "commands=true",
            "--output-s3-bucket-name",
            "my-bucket",
        ],
        252,
    );
    assert!(line.contains("--output-s3-bucket-name"), "{line}");
    let line = env.fails(
        &[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "web-9",
            "--parameters",
            "commands=true",
        ],
        254,
    );
    assert!(line.contains("(InvalidInstanceId)"), "{line}");
    let line = env.fails(
        &[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=color,Values=red",
            "--parameters",
            "commands=true",
        ],
        254,
    );
    assert!(line.contains("(InvalidTarget)"), "{line}");
    let line = env.fails(
        &[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "localhost",
            "--parameters",
            "commands=true,executionTimeout=999999",
        ],
        254,
    );
    assert!(line.contains("(InvalidParameters)"), "{line}");
}

#[test]
fn kill_9_of_send_command_stops_remote_work_and_the_next_send_settles_it() {
    let (env, _fleet, _) = setup(2);
    let marker = format!("ssmctl-kill9-{}", std::process::id());
    let mut child = env
        .command(&[
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--parameters",
            &format!("commands=sleep 600 # {marker}"),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let id = wait_for_in_progress(&env, 2);
    child.kill().unwrap();
    child.wait().unwrap();
    // The channels closed with the process: the hosts' monitors end the scripts.
    assert_eq!(lingering(&marker), "", "remote sleeps survived a killed ssmctl");
    assert_eq!(
        send(
            &env,
            &["--document-name", "AWS-RunShellScript", "--instance-ids", "node-1", "--parameters", "commands=true"]
        )
        .0,
        0
    );
    let cmd = env.ok(&["list-commands", "--command-id", &id, "--query", "Commands[0].[Status,StatusDetails]"]).json();
    assert_eq!(cmd, json!(["Failed", "Interrupted"]));
    for (_, s, d) in status_of(&invocations(&env, &id)) {
        assert_eq!((s.as_str(), d.as_str()), ("Failed", "Interrupted"));
    }
}
