//! State Manager end to end: associations, apply-due, history, versions, compliance,
//! against a fleet of real sshd daemons.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::{Value, json};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn setup(n: usize) -> (Env, Fleet) {
    let fleet = Fleet::start(n);
    let env = Env::new();
    let inv = fleet.write_inventory();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    (env, fleet)
}

fn create(env: &Env, args: &[&str]) -> String {
    let mut a = vec!["create-association"];
    a.extend_from_slice(args);
    let out = env.ok(&a).json();
    out["AssociationDescription"]["AssociationId"].as_str().unwrap().to_string()
}

fn apply_due(env: &Env, at: &str) -> (i32, Value) {
    let r = env.run(&["apply-due", "--at", at]);
    assert!(r.code == 0 || r.code == 254, "apply-due exit {}: {}", r.code, r.stderr);
    (r.code, r.json())
}

fn describe(env: &Env, id: &str) -> Value {
    env.ok(&["describe-association", "--association-id", id]).json()["AssociationDescription"].clone()
}

/// 02:00 UTC on the first 1st of a month strictly after `t` (cron(0 2 1 * ? *)'s next time).
fn first_of_a_month_at_2_after(t: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    use chrono::{Datelike, TimeZone};
    let (y, m) = if t.month() == 12 { (t.year() + 1, 1) } else { (t.year(), t.month() + 1) };
    let this_month = chrono::Utc.with_ymd_and_hms(t.year(), t.month(), 1, 2, 0, 0).unwrap();
    if this_month > t { this_month } else { chrono::Utc.with_ymd_and_hms(y, m, 1, 2, 0, 0).unwrap() }
}

fn lines(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path).unwrap_or_default().lines().map(str::to_string).collect()
}

#[test]
fn monthly_password_rotation_runs_at_its_cron_time_with_a_secret_parameter() {
    let (env, _fleet) = setup(2);
    let out = env.path().join("passwords");
    std::fs::create_dir(&out).unwrap();
    // The seeds' rotation, writing to a file instead of chpasswd so that a test can run it.
    let doc = format!(
        "schemaVersion: '2.2'\nparameters:\n  UserName:\n    type: String\n    default: webuser\n    allowedPattern: '^[a-z]+$'\n  NewPassword:\n    type: String\n    noEcho: true\n    interpolationType: ENV_VAR\nmainSteps:\n  - action: aws:runShellScript\n    name: setPassword\n    inputs:\n      runCommand:\n        - printf '%s:%s\\n' '{{{{ UserName }}}}' \"$SSM_NewPassword\" >> {}/$(hostname)-$PPID\n",
        out.display()
    );
    env.ok(&["create-document", "--name", "Custom-UpdatePassword", "--document-format", "YAML", "--content", &doc]);
    let id = create(
        &env,
        &[
            "--name",
            "Custom-UpdatePassword",
            "--targets",
            "Key=tag:Role,Values=web",
            "--schedule-expression",
            "cron(0 2 1 * ? *)",
            "--apply-only-at-cron-interval",
            "--parameters",
            "NewPassword=SecurePass123!",
            "--association-name",
            "rotate",
            "--compliance-severity",
            "HIGH",
        ],
    );
    let d = describe(&env, &id);
    assert_eq!(d["Parameters"]["NewPassword"], json!(["****"]), "noEcho values are masked");
    assert_eq!(d["Overview"]["Status"], "Pending");
    // The next two 1sts at 02:00 after the association exists, whatever the date today.
    let first = first_of_a_month_at_2_after(chrono::Utc::now() + chrono::Duration::days(1));
    let second = first_of_a_month_at_2_after(first);
    let at = |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339();
    // Not due before the 1st at 02:00, even though it is new (apply-only-at-cron-interval).
    let (_, s) = apply_due(&env, &at(first - chrono::Duration::hours(3)));
    assert_eq!(s["Runs"], json!([]));
    let (code, s) = apply_due(&env, &at(first + chrono::Duration::seconds(30)));
    assert_eq!(code, 0, "{s}");
    assert_eq!(s["Runs"][0]["Reason"], "Scheduled");
    assert_eq!(s["Runs"][0]["DueTime"], first.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string(), "{s}");
    assert_eq!(s["Runs"][0]["Targets"], json!(["node-1"]));
    // Missed runs collapse: nothing more an hour later, one run on the next 1st.
    assert_eq!(apply_due(&env, &at(first + chrono::Duration::hours(1))).1["Runs"], json!([]));
    assert_eq!(apply_due(&env, &at(second + chrono::Duration::minutes(5))).1["Runs"].as_array().unwrap().len(), 1);
    let d = describe(&env, &id);
    assert_eq!(d["Overview"]["Status"], "Success");
    assert_eq!(d["Overview"]["AssociationStatusAggregatedCount"], json!({"Success": 1}));
    assert!(d["LastSuccessfulExecutionDate"].is_string());
    let all: Vec<String> = std::fs::read_dir(&out).unwrap().flat_map(|e| lines(&e.unwrap().path())).collect();
    assert_eq!(all, ["webuser:SecurePass123!", "webuser:SecurePass123!"]);
    let execs = env.ok(&["describe-association-executions", "--association-id", &id]).json();
    let execs = execs["AssociationExecutions"].as_array().unwrap();
    assert_eq!(execs.len(), 2);
    let filtered = |f: &str| {
        let v = env.ok(&["describe-association-executions", "--association-id", &id, "--filters", f]).json();
        v["AssociationExecutions"].as_array().unwrap().len()
    };
    assert_eq!(filtered("Key=Status,Value=Success,Type=EQUAL"), 2);
    assert_eq!(filtered("Key=Status,Value=Failed,Type=EQUAL"), 0);
    assert_eq!(filtered(&format!("Key=ExecutionId,Value={},Type=EQUAL", execs[1]["ExecutionId"].as_str().unwrap())), 1);
    assert_eq!(filtered("Key=CreatedTime,Value=2000-01-01T00:00:00Z,Type=GREATER_THAN"), 2);
    assert_eq!(filtered("Key=CreatedTime,Value=2000-01-01T00:00:00Z,Type=LESS_THAN"), 0);
    let t = env
        .ok(&[
            "describe-association-execution-targets",
            "--association-id",
            &id,
            "--execution-id",
            execs[0]["ExecutionId"].as_str().unwrap(),
            "--filters",
            "Key=Status,Value=Failed",
        ])
        .json();
    assert_eq!(t["AssociationExecutionTargets"], json!([]));
    assert_eq!(execs[0]["ResourceCountByStatus"], "{Success=1}");
    let eid = execs[0]["ExecutionId"].as_str().unwrap();
    let targets =
        env.ok(&["describe-association-execution-targets", "--association-id", &id, "--execution-id", eid]).json();
    let t = &targets["AssociationExecutionTargets"][0];
    assert_eq!((t["ResourceId"].as_str(), t["Status"].as_str()), (Some("node-1"), Some("Success")));
    let cid = t["OutputSource"]["OutputSourceId"].as_str().unwrap();
    let inv = env.ok(&["get-command-invocation", "--command-id", cid, "--instance-id", "node-1"]).json();
    assert_eq!(inv["Status"], "Success");
    let items =
        env.ok(&["list-compliance-items", "--resource-ids", "node-1", "--resource-types", "ManagedInstance"]).json();
    let item = &items["ComplianceItems"][0];
    assert_eq!(
        (item["ComplianceType"].as_str(), item["Status"].as_str(), item["Severity"].as_str()),
        (Some("Association"), Some("COMPLIANT"), Some("HIGH"))
    );
}

#[test]
fn weekly_cleanup_by_rate_and_a_failing_check_every_30_minutes_on_web_servers() {
    let (env, _fleet) = setup(4);
    let dir = env.path().join("scratch");
    std::fs::create_dir(&dir).unwrap();
    let cleanup = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--schedule-expression",
            "rate(7 days)",
            "--parameters",
            &format!("commands=find {} -type f -name '*.tmp' -delete 2>/dev/null || true", dir.display()),
        ],
    );
    let nginx = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:Role,Values=web",
            "--schedule-expression",
            "cron(0/30 * * * ? *)",
            "--parameters",
            "commands=pgrep -x nginx-not-here || { echo nginx is not running; exit 1; }",
            "--association-name",
            "nginx-running",
        ],
    );
    std::fs::write(dir.join("old.tmp"), "x").unwrap();
    // (Every host of this fleet is this machine: the four clean-ups race for one file, hence
    // `|| true` in the command.)
    // First apply-due: both run at once (new associations).
    let (code, s) = apply_due(&env, &chrono::Utc::now().to_rfc3339());
    assert_eq!(code, 254, "the nginx check fails: {s}");
    assert_eq!(s["Runs"].as_array().unwrap().len(), 2);
    assert!(!dir.join("old.tmp").exists(), "the clean-up ran");
    let d = describe(&env, &nginx);
    assert_eq!(d["Overview"]["Status"], "Failed");
    assert_eq!(d["Overview"]["AssociationStatusAggregatedCount"], json!({"Failed": 2}));
    assert_eq!(describe(&env, &cleanup)["Overview"]["AssociationStatusAggregatedCount"], json!({"Success": 4}));
    let nc = env
        .ok(&[
            "list-compliance-items",
            "--resource-ids",
            "node-1",
            "--filters",
            "Key=ComplianceType,Values=Association,Type=EQUAL",
        ])
        .json();
    let statuses: Vec<&str> =
        nc["ComplianceItems"].as_array().unwrap().iter().map(|i| i["Status"].as_str().unwrap()).collect();
    assert!(statuses.contains(&"NON_COMPLIANT") && statuses.contains(&"COMPLIANT"), "{nc}");
    let info = env
        .ok(&["describe-instance-information", "--query", "InstanceInformationList[].[InstanceId,AssociationStatus]"])
        .json();
    assert_eq!(info, json!([["node-1", "Failed"], ["node-2", "Success"], ["node-3", "Failed"], ["node-4", "Success"]]));
    let status = env.ok(&["describe-instance-associations-status", "--instance-id", "node-1"]).json();
    assert_eq!(status["InstanceAssociationStatusInfos"].as_array().unwrap().len(), 2);
    let eff = env.ok(&["describe-effective-instance-associations", "--instance-id", "node-2"]).json();
    assert_eq!(eff["Associations"].as_array().unwrap().len(), 1);
    // Dry run names what would run and why; it changes nothing.
    let later = (chrono::Utc::now() + chrono::Duration::days(8)).to_rfc3339();
    let r = env.ok(&["apply-due", "--dry-run", "--at", &later]).json();
    assert_eq!(r["DryRun"], true);
    let reasons: Vec<&str> = r["Runs"].as_array().unwrap().iter().map(|x| x["Reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["Scheduled", "Scheduled"]);
    assert_eq!(
        env.ok(&[
            "describe-association-executions",
            "--association-id",
            &cleanup,
            "--query",
            "length(AssociationExecutions)"
        ])
        .json(),
        json!(1)
    );
}

#[test]
fn new_and_removed_targets_follow_the_inventory() {
    let (env, mut fleet) = setup(3);
    let id = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:Role,Values=web",
            "--schedule-expression",
            "rate(1 day)",
            "--parameters",
            "commands=true",
        ],
    );
    let now = chrono::Utc::now();
    assert_eq!(apply_due(&env, &now.to_rfc3339()).1["Runs"][0]["Targets"], json!(["node-1", "node-3"]));
    // Nothing is due an hour later.
    assert_eq!(apply_due(&env, &(now + chrono::Duration::hours(1)).to_rfc3339()).1["Runs"], json!([]));
    // A new web host gets it at once, though the schedule is not due.
    fleet.add_auth_refused("placeholder");
    let mut text = fleet.inventory_yaml();
    text = text.replace("  placeholder:", "  node-9:").replace("Fault: auth-refused", "Role: web");
    let inv = fleet.dir().join("inventory2.yaml");
    let node3 = fleet.port("node-3");
    // node-9 is reachable: point it at node-3's daemon.
    let text = text.replace(&format!("port: {}", fleet.port("placeholder")), &format!("port: {node3}"));
    std::fs::write(&inv, &text).unwrap();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    let (_, s) = apply_due(&env, &(now + chrono::Duration::hours(2)).to_rfc3339());
    assert_eq!(s["Runs"][0]["Reason"], "NewTargets");
    assert_eq!(s["Runs"][0]["Targets"], json!(["node-9"]));
    // A host whose tag is removed is no longer targeted.
    let text = text.replace("Role: web, Env: test}\n  node-2", "Role: gone, Env: test}\n  node-2");
    std::fs::write(&inv, &text).unwrap();
    let (_, s) = apply_due(&env, &(now + chrono::Duration::days(2)).to_rfc3339());
    assert_eq!(s["Runs"][0]["Targets"], json!(["node-3", "node-9"]));
    let eff = env.ok(&["describe-effective-instance-associations", "--instance-id", "node-1"]).json();
    assert_eq!(eff["Associations"], json!([]));
    let _ = id;
}

#[test]
fn update_makes_version_two_applied_everywhere_and_rollback_makes_three_equal_to_one() {
    let (env, _fleet) = setup(2);
    let out = env.path().join("applied");
    std::fs::create_dir(&out).unwrap();
    let cmd = |v: &str| format!("commands=echo {v} >> {}/$(hostname)-{v}-$$", out.display());
    let id = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--schedule-expression",
            "rate(1 day)",
            "--parameters",
            &cmd("one"),
        ],
    );
    let now = chrono::Utc::now();
    apply_due(&env, &now.to_rfc3339());
    let line = env.fails(
        &["update-association", "--association-id", &id, "--association-version", "7", "--parameters", &cmd("two")],
        254,
    );
    assert!(line.contains("(InvalidAssociationVersion)"), "{line}");
    let d = env
        .ok(&[
            "update-association",
            "--association-id",
            &id,
            "--association-version",
            "1",
            "--schedule-expression",
            "rate(1 day)",
            "--parameters",
            &cmd("two"),
        ])
        .json();
    assert_eq!(d["AssociationDescription"]["AssociationVersion"], "2");
    let versions = env
        .ok(&[
            "list-association-versions",
            "--association-id",
            &id,
            "--query",
            "AssociationVersions[].AssociationVersion",
        ])
        .json();
    assert_eq!(versions, json!(["1", "2"]));
    let (_, s) = apply_due(&env, &(now + chrono::Duration::minutes(5)).to_rfc3339());
    assert_eq!(s["Runs"][0]["Reason"], "Updated");
    assert_eq!(s["Runs"][0]["Targets"], json!(["node-1", "node-2"]));
    let count = |v: &str| {
        std::fs::read_dir(&out)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains(&format!("-{v}-")))
            .count()
    };
    assert_eq!(count("two"), 2, "version 2 applied on every host");
    let diff = env
        .ok(&["diff-association-versions", "--association-id", &id, "--from-version", "1", "--to-version", "2"])
        .stdout;
    assert!(diff.contains("- ") && diff.contains("two") && diff.contains("one"), "{diff}");
    let r = env.ok(&["rollback-association", "--association-id", &id, "--association-version", "1"]).json();
    assert_eq!(r["AssociationDescription"]["AssociationVersion"], "3");
    let diff = env
        .ok(&["diff-association-versions", "--association-id", &id, "--from-version", "1", "--to-version", "3"])
        .stdout;
    assert!(
        !diff.lines().skip(2).any(|l| l.starts_with("- ") || l.starts_with("+ ")),
        "version 3 equals version 1: {diff}"
    );
}

#[test]
fn schedule_mistakes_are_invalid_schedule_naming_the_field() {
    let env = Env::new();
    for (args, needle) in [
        (vec!["--schedule-expression", "cron(0 2 * * * *)"], "?"),
        (vec!["--schedule-expression", "rate(1 hours)"], "hour"),
        (vec!["--schedule-expression", "rate(0 minutes)"], "rate"),
        (vec!["--schedule-expression", "at(2026-13-01T00:00:00)"], "month"),
        (vec!["--schedule-expression", "rate(1 day)", "--schedule-offset", "2"], "ScheduleOffset"),
        (vec!["--schedule-expression", "rate(1 day)", "--apply-only-at-cron-interval"], "cron"),
    ] {
        let mut a = vec![
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--instance-id",
            "localhost",
            "--parameters",
            "commands=true",
        ];
        a.extend(args.iter());
        let line = env.fails(&a, 254);
        assert!(line.contains("(InvalidSchedule)"), "{args:?}: {line}");
        assert!(line.to_lowercase().contains(&needle.to_lowercase()), "{args:?} should name {needle}: {line}");
    }
    let line = env.fails(
        &[
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--instance-id",
            "localhost",
            "--parameters",
            "commands=true",
            "--output-location",
            "S3Location={OutputS3BucketName=my-bucket}",
        ],
        252,
    );
    assert!(line.contains("--output-location"), "{line}");
    assert_eq!(env.ok(&["list-associations", "--query", "length(Associations)"]).json(), json!(0));
}

#[test]
fn four_apply_due_processes_run_each_association_host_and_due_time_exactly_once() {
    let (env, _fleet) = setup(5);
    env.var("SSMCTL_CONTROL_PERSIST", "60");
    let out = env.path().join("runs");
    std::fs::create_dir(&out).unwrap();
    let mut entries = Vec::new();
    for i in 0..50 {
        entries.push(json!({
            "Name": "AWS-RunShellScript",
            "Targets": [{"Key": "InstanceIds", "Values": ["*"]}],
            "ScheduleExpression": "cron(0 * * * ? *)",
            "ApplyOnlyAtCronInterval": true,
            "AssociationName": format!("assoc-{i}"),
            "Parameters": {"commands": [format!("echo \"$SSMCTL_DUE\" >> {}/a{i}-$(hostname)-$PPID", out.display())]}
        }));
    }
    for chunk in entries.chunks(10) {
        let r = env.ok(&["create-association-batch", "--entries", &serde_json::to_string(chunk).unwrap()]).json();
        assert_eq!(r["Failed"], json!([]), "{r}");
    }
    // Half a minute past an hour that is still to come: every association is due then.
    let hour = chrono::Utc::now() + chrono::Duration::hours(2);
    let at = &hour.format("%Y-%m-%dT%H:00:30Z").to_string();
    let started = Instant::now();
    let kids: Vec<_> = (0..4)
        .map(|_| env.command(&["apply-due", "--at", at]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap())
        .collect();
    let mut ran = 0;
    for k in kids {
        let o = k.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        ran += v["Runs"].as_array().unwrap().len();
    }
    assert_eq!(ran, 50, "each association ran once across the four processes");
    // One line per (association, host): every host runs as this machine, so count files by association.
    let files: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 250, "50 associations x 5 hosts");
    for f in &files {
        assert_eq!(lines(f).len(), 1, "{} ran more than once", f.display());
    }
    // The same due time again: nothing.
    assert_eq!(apply_due(&env, at).1["Runs"], json!([]));
    eprintln!("4 x apply-due over 50 x 5 took {:?}", started.elapsed());
    env.ok(&["close-connections"]);
}

#[test]
fn kill_9_of_apply_due_is_settled_as_interrupted_and_runs_again() {
    let (env, _fleet) = setup(2);
    let marker = format!("ssmctl-assoc-kill-{}", std::process::id());
    let id = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--parameters",
            &format!("commands=sleep 30 # {marker}"),
        ],
    );
    let mut child = env.command(&["apply-due"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while describe(&env, &id)["Overview"]["DetailedStatus"] != "InProgress" {
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(500));
    child.kill().unwrap();
    child.wait().unwrap();
    // Now make the document quick, and let the next apply-due settle and re-run.
    env.ok(&["update-association", "--association-id", &id, "--parameters", "commands=true"]);
    let (code, s) = apply_due(&env, &chrono::Utc::now().to_rfc3339());
    assert_eq!(code, 0, "{s}");
    assert_eq!(s["InterruptedRunsSettled"], 1);
    let execs = env
        .ok(&[
            "describe-association-executions",
            "--association-id",
            &id,
            "--query",
            "AssociationExecutions[].[Status,DetailedStatus]",
        ])
        .json();
    assert_eq!(execs, json!([["Success", "Success"], ["Failed", "Interrupted"]]));
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = std::process::Command::new("pgrep").args(["-af", &marker]).output().unwrap();
        let ssh =
            std::process::Command::new("pgrep").args(["-af", env.control_dir().to_str().unwrap()]).output().unwrap();
        if left.stdout.is_empty() && ssh.stdout.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "leftovers: {} {}",
            String::from_utf8_lossy(&left.stdout),
            String::from_utf8_lossy(&ssh.stdout)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let socks = std::fs::read_dir(env.control_dir())
        .map(|d| d.filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sock")).count())
        .unwrap_or(0);
    assert_eq!(socks, 0);
}

#[test]
fn association_crud_filters_tags_batch_and_errors() {
    let env = Env::new();
    let id = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--instance-id",
            "localhost",
            "--parameters",
            "commands=true",
            "--association-name",
            "one",
            "--tags",
            "Key=Team,Value=Ops",
        ],
    );
    let listed = env
        .ok(&[
            "list-associations",
            "--association-filter-list",
            "key=AssociationName,value=one",
            "--query",
            "Associations[].AssociationId",
        ])
        .json();
    assert_eq!(listed, json!([id]));
    let tags = env.ok(&["list-tags-for-resource", "--resource-type", "Association", "--resource-id", &id]).json();
    assert_eq!(tags["TagList"], json!([{"Key": "Team", "Value": "Ops"}]));
    let by_legacy =
        env.ok(&["describe-association", "--name", "AWS-RunShellScript", "--instance-id", "localhost"]).json();
    assert_eq!(by_legacy["AssociationDescription"]["AssociationId"], json!(id));
    let batch = env
        .ok(&[
            "create-association-batch",
            "--entries",
            "Name=AWS-RunShellScript,InstanceId=localhost,Parameters={commands=[true]}",
            "Name=No-Such-Doc,InstanceId=localhost",
        ])
        .json();
    assert_eq!(batch["Successful"].as_array().unwrap().len(), 1);
    assert_eq!(batch["Failed"].as_array().unwrap().len(), 1);
    assert!(batch["Failed"][0]["Message"].as_str().unwrap().contains("InvalidDocument"), "{batch}");
    let line = env.fails(
        &[
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--instance-id",
            "web-9",
            "--parameters",
            "commands=true",
        ],
        254,
    );
    assert!(line.contains("(InvalidInstanceId)"), "{line}");
    let line = env.fails(
        &["create-association", "--name", "AWS-RunShellScript", "--instance-id", "localhost", "--parameters", "nope=1"],
        254,
    );
    assert!(line.contains("(InvalidParameters)"), "{line}");
    let line = env.fails(&["describe-association", "--association-id", "00000000-0000-0000-0000-000000000000"], 254);
    assert!(line.contains("(AssociationDoesNotExist)"), "{line}");
    let line =
        env.fails(&["start-associations-once", "--association-ids", "00000000-0000-0000-0000-000000000000"], 254);
    assert!(line.contains("(InvalidAssociation)"), "{line}");
    env.ok(&["start-associations-once", "--association-ids", &id]);
    assert_eq!(describe(&env, &id)["Overview"]["Status"], "Success");
    let r = env
        .ok(&[
            "update-association-status",
            "--name",
            "AWS-RunShellScript",
            "--instance-id",
            "localhost",
            "--association-status",
            "Date=2026-11-23T10:00:00Z,Name=Failed,Message=broken by hand",
        ])
        .json();
    assert_eq!(r["AssociationDescription"]["Overview"]["AssociationStatusAggregatedCount"], json!({"Failed": 1}));
    // SyncCompliance MANUAL: runs write no compliance; the user reports it.
    let manual = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--instance-id",
            "localhost",
            "--parameters",
            "commands=true",
            "--sync-compliance",
            "MANUAL",
        ],
    );
    env.ok(&["start-associations-once", "--association-ids", &manual]);
    let items = || {
        env.ok(&[
            "list-compliance-items",
            "--resource-ids",
            "localhost",
            "--filters",
            &format!("Key=Id,Values={manual}"),
        ])
        .json()["ComplianceItems"]
            .clone()
    };
    assert_eq!(items(), json!([]), "a MANUAL association's run writes no compliance item");
    let put = |id: &str| {
        vec![
            "put-compliance-items".to_string(),
            "--resource-id".into(),
            "localhost".into(),
            "--resource-type".into(),
            "ManagedInstance".into(),
            "--compliance-type".into(),
            "Association".into(),
            "--upload-type".into(),
            "PARTIAL".into(),
            "--execution-summary".into(),
            "ExecutionTime=2026-11-23T10:00:00Z".into(),
            "--items".into(),
            format!("Id={id},Severity=HIGH,Status=NON_COMPLIANT"),
        ]
    };
    let args = put(&manual);
    env.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(items()[0]["Status"], "NON_COMPLIANT");
    let args = put(&id);
    let line = env.fails(&args.iter().map(String::as_str).collect::<Vec<_>>(), 254);
    assert!(line.contains("(InvalidItemContentException)") && line.contains("MANUAL"), "{line}");
    // A document in use by an association can't be deleted.
    let doc = "schemaVersion: '2.2'\nmainSteps:\n  - action: aws:runShellScript\n    name: s\n    inputs:\n      runCommand: ['true']\n";
    env.ok(&["create-document", "--name", "In-Use", "--document-format", "YAML", "--content", doc]);
    let user = create(&env, &["--name", "In-Use", "--instance-id", "localhost"]);
    let line = env.fails(&["delete-document", "--name", "In-Use"], 254);
    assert!(line.contains("(AssociatedInstances)") && line.contains(&user), "{line}");
    env.ok(&["delete-association", "--association-id", &user]);
    env.ok(&["delete-document", "--name", "In-Use"]);
    env.ok(&["delete-association", "--association-id", &id]);
    env.fails(&["describe-association", "--association-id", &id], 254);
}

#[test]
fn apply_due_prunes_history_older_than_the_kept_days() {
    let env = Env::new();
    let id = create(
        &env,
        &[
            "--name",
            "AWS-RunShellScript",
            "--instance-id",
            "localhost",
            "--parameters",
            "commands=true",
            "--schedule-expression",
            "rate(1 minute)",
        ],
    );
    let now = chrono::Utc::now();
    apply_due(&env, &now.to_rfc3339());
    apply_due(&env, &(now + chrono::Duration::minutes(2)).to_rfc3339());
    let count = || {
        env.ok(&[
            "describe-association-executions",
            "--association-id",
            &id,
            "--query",
            "length(AssociationExecutions)",
        ])
        .json()
    };
    assert_eq!(count(), json!(2));
    assert_eq!(env.ok(&["list-commands", "--query", "length(Commands)"]).json(), json!(2));
    // Keep 0 days: the next apply-due drops every finished execution and its command.
    env.var("SSMCTL_HISTORY_DAYS", "0");
    std::thread::sleep(Duration::from_millis(20));
    let (_, s) = apply_due(&env, &(now + chrono::Duration::minutes(2)).to_rfc3339());
    assert_eq!(s["PrunedExecutions"], 2);
    assert_eq!(count(), json!(0));
    assert_eq!(env.ok(&["list-commands", "--query", "length(Commands)"]).json(), json!(0));
}

#[test]
fn an_association_deleted_while_it_runs_ends_cleanly() {
    let env = Env::new();
    let id = create(
        &env,
        &["--name", "AWS-RunShellScript", "--instance-id", "localhost", "--parameters", "commands=sleep 2"],
    );
    let child = env.command(&["apply-due"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while describe(&env, &id)["Overview"]["DetailedStatus"] != "InProgress" {
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(50));
    }
    env.ok(&["delete-association", "--association-id", &id]);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["Runs"][0]["Status"], "Deleted");
    assert_eq!(env.ok(&["list-associations", "--query", "length(Associations)"]).json(), json!(0));
}
