//! Maintenance windows fired by the tick on a real sshd fleet: the seeds' patch window (a
//! patch group, AWS-RunPatchBaseline then a script, in priority order), the cutoff (a group
//! that never starts, CANCEL_TASK cancelling a running command), exactly-once invocations
//! across a killed tick and two ticks at once, and what AWS leaves unsaid: late runs,
//! missed fire times and SKIPPED_OVERLAPPING, with an Automation task that waits for an
//! approval, and cancellation.

use crate::fleet::Fleet;
use crate::support::Env;
use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc};
use serde_json::{Value, json};
use std::process::Stdio;

fn at(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn time_of(v: &Value) -> DateTime<Utc> {
    let s = v.as_str().unwrap_or_else(|| panic!("not a time: {v}"));
    DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%:z").unwrap().with_timezone(&Utc)
}

/// The next whole hour (UTC) at least a day from now: a fire time after the window's creation.
fn next_hour_tomorrow() -> DateTime<Utc> {
    let t = Utc::now() + Duration::days(1);
    Utc.with_ymd_and_hms(t.year(), t.month(), t.day(), t.hour(), 0, 0).unwrap()
}

/// A one-shot schedule at `t` (UTC): the window fires once, whenever the test ticks.
fn once(t: DateTime<Utc>) -> String {
    t.format("at(%Y-%m-%dT%H:%M:%S)").to_string()
}

fn create_window(env: &Env, name: &str, schedule: &str, extra: &[&str]) -> String {
    let mut a = vec![
        "create-maintenance-window",
        "--name",
        name,
        "--schedule",
        schedule,
        "--duration",
        "2",
        "--cutoff",
        "1",
        "--allow-unassociated-targets",
    ];
    a.extend_from_slice(extra);
    env.ok(&a).json()["WindowId"].as_str().unwrap().to_string()
}

fn register_target(env: &Env, window: &str, targets: Value, owner: &str) -> String {
    let t = targets.to_string();
    let r = env.ok(&[
        "register-target-with-maintenance-window",
        "--window-id",
        window,
        "--resource-type",
        "INSTANCE",
        "--targets",
        &t,
        "--owner-information",
        owner,
    ]);
    r.json()["WindowTargetId"].as_str().unwrap().to_string()
}

/// A RUN_COMMAND task of AWS-RunShellScript on a registered target.
fn shell_task(env: &Env, window: &str, target: &str, priority: &str, commands: &[&str], extra: &[&str]) -> String {
    let tip = json!({"RunCommand": {"Parameters": {"commands": commands}}}).to_string();
    let targets = format!("Key=WindowTargetIds,Values={target}");
    let mut a = vec![
        "register-task-with-maintenance-window",
        "--window-id",
        window,
        "--targets",
        &targets,
        "--task-arn",
        "AWS-RunShellScript",
        "--task-type",
        "RUN_COMMAND",
        "--priority",
        priority,
        "--max-concurrency",
        "10",
        "--max-errors",
        "10",
        "--task-invocation-parameters",
        &tip,
    ];
    a.extend_from_slice(extra);
    env.ok(&a).json()["WindowTaskId"].as_str().unwrap().to_string()
}

fn executions(env: &Env, window: &str) -> Vec<Value> {
    let v = env.ok(&["describe-maintenance-window-executions", "--window-id", window]).json();
    v["WindowExecutions"].as_array().unwrap().clone()
}

fn tasks(env: &Env, ex: &str) -> Vec<Value> {
    let v = env.ok(&["describe-maintenance-window-execution-tasks", "--window-execution-id", ex]).json();
    v["WindowExecutionTaskIdentities"].as_array().unwrap().clone()
}

fn invocations(env: &Env, ex: &str, task: &str) -> Vec<Value> {
    let v = env
        .ok(&["describe-maintenance-window-execution-task-invocations", "--window-execution-id", ex, "--task-id", task])
        .json();
    v["WindowExecutionTaskInvocationIdentities"].as_array().unwrap().clone()
}

fn output_of(env: &Env, command_id: &str, host: &str) -> String {
    let v = env.ok(&["get-command-invocation", "--command-id", command_id, "--instance-id", host]).json();
    v["StandardOutputContent"].as_str().unwrap().to_string()
}

/// The task execution whose task ran `arn` (task ids are per execution).
fn task_by_arn<'a>(list: &'a [Value], arn: &str) -> &'a Value {
    list.iter().find(|t| t["TaskArn"] == arn).unwrap_or_else(|| panic!("no task {arn} in {list:?}"))
}

/// The seeds' flow: Sunday 02:00 in Berlin, duration 3, cutoff 1; targets by Patch Group;
/// AWS-RunPatchBaseline Install (priority 1) on every target, then a script (priority 2)
/// that sees what the patching installed. Every execution, task and invocation is listed
/// with its command and output.
#[test]
fn the_seeds_patch_window_runs_patching_then_the_script_on_the_patch_group() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("web-a");
    fleet.add_private_root("web-b");
    fleet.tag("web-a", "Patch Group", "web-servers");
    fleet.tag("web-b", "Patch Group", "web-servers");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let repos = crate::patching::Repos::new(env.path());
    crate::patching::provision(&env, "web-a", &repos);
    crate::patching::provision(&env, "web-b", &repos);

    let window = env
        .ok(&[
            "create-maintenance-window",
            "--name",
            "sunday-patching",
            "--schedule",
            "cron(0 2 ? * SUN *)",
            "--schedule-timezone",
            "Europe/Berlin",
            "--duration",
            "3",
            "--cutoff",
            "1",
            "--no-allow-unassociated-targets",
        ])
        .json()["WindowId"]
        .as_str()
        .unwrap()
        .to_string();
    let target =
        register_target(&env, &window, json!([{"Key": "tag:Patch Group", "Values": ["web-servers"]}]), "patching");
    let patch_params = json!({"RunCommand": {"Parameters": {"Operation": ["Install"], "RebootOption": ["NoReboot"]}}});
    let targets = format!("Key=WindowTargetIds,Values={target}");
    env.ok(&[
        "register-task-with-maintenance-window",
        "--window-id",
        &window,
        "--targets",
        &targets,
        "--task-arn",
        "AWS-RunPatchBaseline",
        "--task-type",
        "RUN_COMMAND",
        "--priority",
        "1",
        "--max-concurrency",
        "2",
        "--max-errors",
        "0",
        "--task-invocation-parameters",
        &patch_params.to_string(),
    ]);
    shell_task(
        &env,
        &window,
        &target,
        "2",
        &[
            "dpkg-query -W -f='${Package}=${Version}\\n' ssmctl-sec",
            "echo window={{WINDOW_ID}} target={{WINDOW_TARGET_ID}}",
        ],
        &[],
    );

    // The next Sunday 02:00 as Berlin's clocks read it after now (within the hours before it,
    // that is today's: a clock a day ahead of now got the week after, every Sunday night).
    use chrono_tz::Europe::Berlin;
    let now = Utc::now();
    let mut day = now.with_timezone(&Berlin).date_naive();
    let fire = loop {
        let t = Berlin.from_local_datetime(&day.and_hms_opt(2, 0, 0).unwrap()).earliest().unwrap().with_timezone(&Utc);
        if day.weekday() == chrono::Weekday::Sun && t > now {
            break t;
        }
        day = day.succ_opt().unwrap();
    };
    let w = env.ok(&["get-maintenance-window", "--window-id", &window]).json();
    let shown = fire.with_timezone(&Berlin).format("%Y-%m-%dT%H:%M%:z").to_string();
    assert_eq!(w["NextExecutionTime"], json!(shown), "{w}");

    // --dry-run says the window is due and records nothing; a tick just before does nothing;
    // the tick at the fire time runs the window.
    let dry = env.ok(&["apply-due", "--dry-run", "--at", &at(fire)]).json();
    assert_eq!(dry["MaintenanceWindows"]["Fired"][0]["Status"], "Due", "{dry}");
    let before = env.ok(&["apply-due", "--at", &at(fire - Duration::minutes(1))]);
    assert!(executions(&env, &window).is_empty(), "{}", before.stdout);
    let r = env.run(&["apply-due", "--at", &at(fire)]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);

    let list = executions(&env, &window);
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["Status"], "SUCCESS", "{list:?}");
    let ex = list[0]["WindowExecutionId"].as_str().unwrap();
    let got = env.ok(&["get-maintenance-window-execution", "--window-execution-id", ex]).json();
    assert_eq!(got["TaskIds"].as_array().unwrap().len(), 2, "{got}");
    let ts = tasks(&env, ex);
    let patch = task_by_arn(&ts, "AWS-RunPatchBaseline");
    let script = task_by_arn(&ts, "AWS-RunShellScript");
    assert_eq!((&patch["Status"], &script["Status"]), (&json!("SUCCESS"), &json!("SUCCESS")), "{ts:?}");
    assert!(
        time_of(&patch["EndTime"]) <= time_of(&script["StartTime"]),
        "priority 2 started after priority 1 ended: {ts:?}"
    );

    let task_detail = env
        .ok(&[
            "get-maintenance-window-execution-task",
            "--window-execution-id",
            ex,
            "--task-id",
            patch["TaskExecutionId"].as_str().unwrap(),
        ])
        .json();
    assert_eq!(task_detail["TaskParameters"][0]["Operation"]["Values"], json!(["Install"]), "{task_detail}");
    assert_eq!((&task_detail["Priority"], &task_detail["Type"]), (&json!(1), &json!("RUN_COMMAND")));

    for (task, arn) in [(patch, "AWS-RunPatchBaseline"), (script, "AWS-RunShellScript")] {
        let invs = invocations(&env, ex, task["TaskExecutionId"].as_str().unwrap());
        assert_eq!(invs.len(), 2, "one invocation per target: {invs:?}");
        let mut hosts = vec![];
        for inv in &invs {
            assert_eq!(inv["Status"], "SUCCESS", "{inv}");
            assert_eq!((&inv["OwnerInformation"], &inv["WindowTargetId"]), (&json!("patching"), &json!(target)));
            let params: Value = serde_json::from_str(inv["Parameters"].as_str().unwrap()).unwrap();
            assert_eq!(params["documentName"], arn);
            let host = params["instanceIds"][0].as_str().unwrap().to_string();
            let out = output_of(&env, inv["ExecutionId"].as_str().unwrap(), &host);
            if arn == "AWS-RunShellScript" {
                assert!(out.contains("ssmctl-sec=1.1-1"), "the script saw the patched version: {out}");
                assert!(out.contains(&format!("window={window} target={target}")), "{out}");
            }
            let one = env
                .ok(&[
                    "get-maintenance-window-execution-task-invocation",
                    "--window-execution-id",
                    ex,
                    "--task-id",
                    task["TaskExecutionId"].as_str().unwrap(),
                    "--invocation-id",
                    inv["InvocationId"].as_str().unwrap(),
                ])
                .json();
            assert_eq!(one["ExecutionId"], inv["ExecutionId"]);
            hosts.push(host);
        }
        hosts.sort();
        assert_eq!(hosts, ["web-a", "web-b"]);
    }
    for host in ["web-a", "web-b"] {
        assert_eq!(crate::patching::installed(&env, host), "ssmctl-plain=1.0-1 ssmctl-sec=1.1-1");
    }
    // The fire time is taken once: another tick at the same time runs nothing.
    env.ok(&["apply-due", "--at", &at(fire + Duration::seconds(30))]);
    assert_eq!(executions(&env, &window).len(), 1);
}

/// At the cutoff: a CANCEL_TASK command still running is cancelled on its host, a
/// CONTINUE_TASK one finishes, and the next priority group, not started by then, is
/// recorded and never runs.
#[test]
fn the_cutoff_cancels_cancel_task_commands_and_stops_later_groups_from_starting() {
    let (env, _fleet) = crate::fleet::with_env(1);
    let log = env.path().join("cutoff.log");
    let log = log.to_str().unwrap();
    let fire = next_hour_tomorrow();
    let window = create_window(&env, "cutoff", &once(fire), &[]);
    let target = register_target(&env, &window, json!([{"Key": "InstanceIds", "Values": ["node-1"]}]), "o");
    let a = format!("sleep 4; echo continued >> {log}");
    shell_task(&env, &window, &target, "1", &[&a], &[]);
    let c = format!("sleep 30; echo not-cancelled >> {log}");
    shell_task(&env, &window, &target, "1", &[&c], &["--cutoff-behavior", "CANCEL_TASK"]);
    let b = format!("echo late-group >> {log}");
    shell_task(&env, &window, &target, "2", &[&b], &[]);

    // Two seconds before the cutoff (fire + Duration 2 - Cutoff 1 = fire + 1h).
    let started = std::time::Instant::now();
    let r = env.run(&["apply-due", "--at", &at(fire + Duration::hours(1) - Duration::seconds(2))]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(25),
        "the CANCEL_TASK command was cancelled, not waited for"
    );
    assert_ne!(r.code, 0, "the window did not succeed: {}{}", r.stdout, r.stderr);
    let list = executions(&env, &window);
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["Status"], "TIMED_OUT", "{list:?}");
    let ex = list[0]["WindowExecutionId"].as_str().unwrap();
    let ts = tasks(&env, ex);
    let by_status: Vec<(String, String)> = ts
        .iter()
        .map(|t| {
            let id = t["TaskExecutionId"].as_str().unwrap();
            let invs = invocations(&env, ex, id);
            let inv = invs.first().map(|i| i["Status"].as_str().unwrap().to_string()).unwrap_or("none".into());
            (t["Status"].as_str().unwrap().to_string(), inv)
        })
        .collect();
    let mut sorted = by_status.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            ("SUCCESS".into(), "SUCCESS".into()),
            ("TIMED_OUT".into(), "CANCELLED".into()),
            ("TIMED_OUT".into(), "none".into())
        ],
        "{ts:?}"
    );
    let never = ts
        .iter()
        .find(|t| {
            t["Status"] == "TIMED_OUT" && invocations(&env, ex, t["TaskExecutionId"].as_str().unwrap()).is_empty()
        })
        .unwrap();
    assert!(never["StatusDetails"].as_str().unwrap().contains("never ran"), "{never}");
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(std::fs::read_to_string(log).unwrap_or_default(), "continued\n");
}

/// A tick killed with -9 mid-window, then the next tick: the invocation that was running is
/// settled (never run again), the targets not yet started run, each once.
#[test]
fn a_tick_killed_mid_window_is_resumed_and_every_target_runs_once() {
    let (env, fleet) = crate::fleet::with_env(4);
    let log = env.path().join("runs.log");
    let fire = next_hour_tomorrow();
    let window = create_window(&env, "resume", &once(fire), &[]);
    let target = register_target(&env, &window, json!([{"Key": "tag:Env", "Values": ["test"]}]), "o");
    // Each line names the host by its sshd's port (the fleet's hosts share one machine).
    let line = format!("echo \"${{SSH_CONNECTION##* }} {{{{INVOCATION_ID}}}}\" >> {}; sleep 2", log.display());
    let tip = json!({"RunCommand": {"Parameters": {"commands": [line]}}}).to_string();
    let targets = format!("Key=WindowTargetIds,Values={target}");
    env.ok(&[
        "register-task-with-maintenance-window",
        "--window-id",
        &window,
        "--targets",
        &targets,
        "--task-arn",
        "AWS-RunShellScript",
        "--task-type",
        "RUN_COMMAND",
        "--max-concurrency",
        "1",
        "--max-errors",
        "4",
        "--task-invocation-parameters",
        &tip,
    ]);
    let mut child =
        env.command(&["apply-due", "--at", &at(fire)]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let start = std::time::Instant::now();
    while std::fs::read_to_string(&log).unwrap_or_default().lines().count() < 2 {
        assert!(start.elapsed() < std::time::Duration::from_secs(30), "the window did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let r = env.run(&["apply-due", "--at", &at(fire + Duration::minutes(1))]);
    assert_ne!(r.code, 0, "one invocation was interrupted: {}{}", r.stdout, r.stderr);
    let runs = std::fs::read_to_string(&log).unwrap();
    let mut ports: Vec<u16> = runs.lines().map(|l| l.split(' ').next().unwrap().parse().unwrap()).collect();
    ports.sort();
    let mut expected: Vec<u16> = (1..=4).map(|i| fleet.port(&format!("node-{i}"))).collect();
    expected.sort();
    assert_eq!(ports, expected, "every target ran exactly once: {runs}");
    let list = executions(&env, &window);
    assert_eq!(list.len(), 1, "{list:?}");
    let ex = list[0]["WindowExecutionId"].as_str().unwrap();
    let task = &tasks(&env, ex)[0];
    let invs = invocations(&env, ex, task["TaskExecutionId"].as_str().unwrap());
    let mut statuses: Vec<&str> = invs.iter().map(|i| i["Status"].as_str().unwrap()).collect();
    statuses.sort();
    assert_eq!(statuses, ["FAILED", "SUCCESS", "SUCCESS", "SUCCESS"], "{invs:?}");
    let failed = invs.iter().find(|i| i["Status"] == "FAILED").unwrap();
    assert!(failed["StatusDetails"].as_str().unwrap().contains("Interrupted"), "{failed}");
    // Every invocation id written on a host is one of the recorded invocations.
    for l in runs.lines() {
        let id = l.split(' ').nth(1).unwrap();
        assert!(invs.iter().any(|i| i["InvocationId"] == id), "{l} not among {invs:?}");
    }
    assert_eq!(list[0]["Status"], "FAILED");
}

/// Two ticks at once at the fire time: one execution, each target once.
#[test]
fn two_ticks_at_once_fire_the_window_once() {
    let (env, _fleet) = crate::fleet::with_env(3);
    let log = env.path().join("runs.log");
    let fire = next_hour_tomorrow();
    let window = create_window(&env, "twice", &once(fire), &[]);
    let target = register_target(&env, &window, json!([{"Key": "tag:Env", "Values": ["test"]}]), "o");
    let line = format!("echo \"$(hostname)\" >> {}; sleep 1", log.display());
    shell_task(&env, &window, &target, "1", &[&line], &[]);
    let children: Vec<_> = (0..2)
        .map(|_| {
            env.command(&["apply-due", "--at", &at(fire)]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    // A late third tick finds nothing to do.
    env.ok(&["apply-due", "--at", &at(fire + Duration::minutes(2))]);
    assert_eq!(std::fs::read_to_string(&log).unwrap().lines().count(), 3);
    let list = executions(&env, &window);
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["Status"], "SUCCESS");
}

fn me() -> String {
    let out = std::process::Command::new("id").arg("-un").output().expect("id -un");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// An Automation task that waits for an approval keeps its window execution open: the tick
/// after the fire time runs it late; a fire time while it is open is SKIPPED_OVERLAPPING;
/// fire times no tick saw before their cutoff are recorded as missed; once approved, the
/// next tick ends the window SUCCESS. The task's {{RESOURCE_ID}} is each target's host.
#[test]
fn late_runs_missed_fire_times_and_overlaps_are_recorded() {
    let (env, _fleet) = crate::fleet::with_env(1);
    let marks = env.path().join("marks.log");
    env.runbook(
        "Gate",
        &format!(
            r#"schemaVersion: '0.3'
parameters:
  host: {{type: String}}
mainSteps:
  - name: approve
    action: aws:approve
    inputs:
      Approvers: [{user}]
  - name: work
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: ['{{{{ host }}}}']
      Parameters:
        commands: ['echo approved-on-{{{{ host }}}} >> {marks}']
"#,
            user = me(),
            marks = marks.display()
        ),
    );
    let fire = next_hour_tomorrow();
    // Hourly from half an hour before the first fire time that matters.
    let start = (fire - Duration::minutes(30)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let window = create_window(&env, "gated", "cron(0 * * * ? *)", &["--start-date", &start]);
    let target = register_target(&env, &window, json!([{"Key": "InstanceIds", "Values": ["node-1"]}]), "o");
    let targets = format!("Key=WindowTargetIds,Values={target}");
    let tip = json!({"Automation": {"Parameters": {"host": ["{{RESOURCE_ID}}"]}}}).to_string();
    env.ok(&[
        "register-task-with-maintenance-window",
        "--window-id",
        &window,
        "--targets",
        &targets,
        "--task-arn",
        "Gate",
        "--task-type",
        "AUTOMATION",
        "--max-concurrency",
        "1",
        "--max-errors",
        "0",
        "--task-invocation-parameters",
        &tip,
    ]);
    // Ten minutes late, inside the window: it runs, and says it started late.
    env.ok(&["apply-due", "--at", &at(fire + Duration::minutes(10))]);
    let list = executions(&env, &window);
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["Status"], "IN_PROGRESS", "{list:?}");
    assert!(list[0]["StatusDetails"].as_str().unwrap().starts_with("Started late"), "{list:?}");
    let first = list[0]["WindowExecutionId"].as_str().unwrap().to_string();
    // The next hour's fire comes while it waits: skipped as overlapping.
    env.ok(&["apply-due", "--at", &at(fire + Duration::minutes(61))]);
    // No tick for the next two fire times' whole cutoff: both missed; the third overlaps.
    env.ok(&["apply-due", "--at", &at(fire + Duration::hours(4) + Duration::minutes(30))]);
    let list = executions(&env, &window);
    let mut seen: Vec<(DateTime<Utc>, String)> =
        list.iter().map(|e| (time_of(&e["StartTime"]), e["Status"].as_str().unwrap().to_string())).collect();
    seen.sort();
    let statuses: Vec<&str> = seen.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(statuses.len(), 5, "{list:?}");
    assert!(statuses.contains(&"IN_PROGRESS"));
    assert_eq!(list.iter().filter(|e| e["Status"] == "SKIPPED_OVERLAPPING").count(), 2, "{list:?}");
    let missed: Vec<&Value> = list.iter().filter(|e| e["Status"] == "TIMED_OUT").collect();
    assert_eq!(missed.len(), 2, "{list:?}");
    assert!(missed.iter().all(|e| e["StatusDetails"].as_str().unwrap().starts_with("Missed")), "{missed:?}");

    // Approve: the automation runs on the host named by {{RESOURCE_ID}}; the next tick ends the window.
    let ts = tasks(&env, &first);
    let invs = invocations(&env, &first, ts[0]["TaskExecutionId"].as_str().unwrap());
    assert_eq!(invs.len(), 1);
    let automation = invs[0]["ExecutionId"].as_str().unwrap();
    let params: Value = serde_json::from_str(invs[0]["Parameters"].as_str().unwrap()).unwrap();
    assert_eq!(params["parameters"]["host"], json!(["node-1"]), "{params}");
    env.ok(&["send-automation-signal", "--automation-execution-id", automation, "--signal-type", "Approve"]);
    assert_eq!(std::fs::read_to_string(&marks).unwrap(), "approved-on-node-1\n");
    env.ok(&["apply-due", "--at", &at(fire + Duration::hours(4) + Duration::minutes(31))]);
    let done = env.ok(&["get-maintenance-window-execution", "--window-execution-id", &first]).json();
    assert_eq!(done["Status"], "SUCCESS", "{done}");
}

/// cancel-maintenance-window-execution of an execution waiting on an automation: the
/// automation is cancelled and the execution ends CANCELLED.
#[test]
fn cancelling_a_window_execution_cancels_its_automation() {
    let (env, _fleet) = crate::fleet::with_env(1);
    env.runbook(
        "Wait",
        &format!("schemaVersion: '0.3'\nmainSteps:\n  - name: approve\n    action: aws:approve\n    inputs:\n      Approvers: [{}]\n", me()),
    );
    let fire = next_hour_tomorrow();
    let window = create_window(&env, "cancelled", &once(fire), &[]);
    env.ok(&[
        "register-task-with-maintenance-window",
        "--window-id",
        &window,
        "--task-arn",
        "Wait",
        "--task-type",
        "AUTOMATION",
    ]);
    env.ok(&["apply-due", "--at", &at(fire)]);
    let ex = executions(&env, &window)[0]["WindowExecutionId"].as_str().unwrap().to_string();
    let ts = tasks(&env, &ex);
    let invs = invocations(&env, &ex, ts[0]["TaskExecutionId"].as_str().unwrap());
    let automation = invs[0]["ExecutionId"].as_str().unwrap().to_string();
    assert_eq!(env.automation(&automation)["AutomationExecutionStatus"], "Waiting");
    let r = env.ok(&["cancel-maintenance-window-execution", "--window-execution-id", &ex]).json();
    assert_eq!(r["WindowExecutionId"], json!(ex));
    let mut ticks = String::new();
    for _ in 0..3 {
        let r = env.run(&["apply-due", "--at", &at(fire + Duration::minutes(1))]);
        ticks.push_str(&r.stdout);
        ticks.push_str(&r.stderr);
    }
    assert_eq!(env.automation(&automation)["AutomationExecutionStatus"], "Cancelled");
    let got = env.ok(&["get-maintenance-window-execution", "--window-execution-id", &ex]).json();
    assert_eq!(got["Status"], "CANCELLED", "{got} {ticks}");
    // Cancelling what has ended changes nothing.
    env.ok(&["cancel-maintenance-window-execution", "--window-execution-id", &ex]);
    let missing = env.fails(
        &["cancel-maintenance-window-execution", "--window-execution-id", "00000000-0000-0000-0000-000000000000"],
        254,
    );
    assert!(missing.contains("DoesNotExistException"), "{missing}");
}

/// The last Sunday of `month` in the first year whose one is more than a day from now.
fn last_sunday_ahead(month: u32) -> chrono::NaiveDate {
    let soon = (Utc::now() + Duration::days(2)).date_naive();
    let mut year = soon.year();
    loop {
        let first_next = if month == 12 {
            chrono::NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            chrono::NaiveDate::from_ymd_opt(year, month + 1, 1)
        }
        .unwrap();
        let mut d = first_next.pred_opt().unwrap();
        while d.weekday() != chrono::Weekday::Sun {
            d = d.pred_opt().unwrap();
        }
        if d > soon {
            return d;
        }
        year += 1;
    }
}

fn schedule_times(env: &Env, args: &[&str]) -> Vec<String> {
    let mut a = vec!["describe-maintenance-window-schedule"];
    a.extend_from_slice(args);
    let v = env.ok(&a).json();
    v["ScheduledWindowExecutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["ExecutionTime"].as_str().unwrap().to_string())
        .collect()
}

/// A window at 02:30 every day in Berlin: on the spring night 02:30 does not exist and the
/// window fires at 03:30 CEST (the wall time read with the offset before the change); on the
/// autumn night 02:30 happens twice and the window fires once, at the first.
#[test]
fn a_berlin_0230_window_fires_as_berlins_clocks_say_across_both_changes() {
    let env = Env::new();
    let window = create_window(&env, "berlin-0230", "cron(30 2 * * ? *)", &["--schedule-timezone", "Europe/Berlin"]);
    let around = |day: chrono::NaiveDate| {
        let after = format!("{}T00:00:00Z", day.pred_opt().unwrap());
        let before = format!("{}T23:00:00Z", day.succ_opt().unwrap());
        schedule_times(
            &env,
            &[
                "--window-id",
                &window,
                "--filters",
                &format!("Key=ScheduledAfter,Values={after}"),
                &format!("Key=ScheduledBefore,Values={before}"),
            ],
        )
    };
    let spring = last_sunday_ahead(3);
    let (sat, sun, mon) = (spring.pred_opt().unwrap(), spring, spring.succ_opt().unwrap());
    assert_eq!(
        around(spring),
        [format!("{sat}T02:30+01:00"), format!("{sun}T03:30+02:00"), format!("{mon}T02:30+02:00")]
    );
    let autumn = last_sunday_ahead(10);
    let (sat, sun, mon) = (autumn.pred_opt().unwrap(), autumn, autumn.succ_opt().unwrap());
    assert_eq!(
        around(autumn),
        [format!("{sat}T02:30+02:00"), format!("{sun}T02:30+02:00"), format!("{mon}T02:30+01:00")]
    );
}

/// "When is this host next patched?": the next fire times of every window whose targets
/// reach it, in time order, and none of a window that does not.
#[test]
fn the_schedule_of_one_host_lists_its_windows_next_fire_times() {
    let (env, _fleet) = crate::fleet::with_env(2);
    let mk = |name: &str, schedule: &str, targets: Value| {
        let w = create_window(&env, name, schedule, &[]);
        register_target(&env, &w, targets, "o");
        w
    };
    let by_id = mk("by-id", "cron(0 1 * * ? *)", json!([{"Key": "InstanceIds", "Values": ["node-1"]}]));
    let by_tag = mk("by-tag", "cron(0 13 * * ? *)", json!([{"Key": "tag:Role", "Values": ["web"]}]));
    let other = mk("db-only", "cron(0 7 * * ? *)", json!([{"Key": "tag:Role", "Values": ["db"]}]));
    let v = env
        .ok(&[
            "describe-maintenance-window-schedule",
            "--resource-type",
            "INSTANCE",
            "--targets",
            "Key=InstanceIds,Values=node-1",
            "--max-results",
            "4",
        ])
        .json();
    let list = v["ScheduledWindowExecutions"].as_array().unwrap();
    assert_eq!(list.len(), 4, "{v}");
    let ids: Vec<&str> = list.iter().map(|e| e["WindowId"].as_str().unwrap()).collect();
    assert!(ids.iter().all(|i| *i == by_id || *i == by_tag), "{v}");
    assert!(ids.contains(&by_id.as_str()) && ids.contains(&by_tag.as_str()), "{v}");
    assert!(!ids.contains(&other.as_str()));
    let times: Vec<&str> = list.iter().map(|e| e["ExecutionTime"].as_str().unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted, "in time order: {v}");
    // Each is the window's own next fire times: 01:00 and 13:00 UTC alternate.
    let hours: Vec<&str> = times.iter().map(|t| &t[11..16]).collect();
    assert!(hours.windows(2).all(|w| w[0] != w[1]), "{hours:?}");
    let for_target = env
        .ok(&[
            "describe-maintenance-windows-for-target",
            "--resource-type",
            "INSTANCE",
            "--targets",
            "Key=InstanceIds,Values=node-1",
        ])
        .json();
    let mut names: Vec<&str> =
        for_target["WindowIdentities"].as_array().unwrap().iter().map(|w| w["Name"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["by-id", "by-tag"], "{for_target}");
}
