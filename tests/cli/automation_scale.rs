//! Automation at scale: rate control over many target values and hosts, and concurrent
//! ticks over many parked executions. The real binary against a fleet of real sshd daemons.

use crate::support::Env;
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Stdio;

fn children(env: &Env, parent: &str) -> Vec<Value> {
    let f = format!("Key=ParentExecutionId,Values={parent}");
    let v = env.ok(&["describe-automation-executions", "--filters", &f]).json();
    v["AutomationExecutionMetadataList"].as_array().unwrap().clone()
}

fn id_of(stdout: &str) -> String {
    let v: Value = serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    v["AutomationExecutionId"].as_str().unwrap().to_string()
}

const RATE: &str = r#"schemaVersion: '0.3'
parameters:
  Value:
    type: String
mainSteps:
  - name: work
    action: aws:executeScript
    inputs:
      Runtime: python3.11
      Handler: handler
      InputPayload:
        v: '{{ Value }}'
      Script: |-
        import select
        def handler(events, context):
            v = int(events['v'])
            if 21 <= v <= 26:
                raise Exception('bad value %d' % v)
            # select, not time.sleep: under libfaketime with the monotonic clock left
            # alone (scripts/test-future.sh) python's time.sleep fails with EINVAL.
            select.select([], [], [], 1)
            return {'v': v}
"#;

#[test]
fn max_errors_five_stops_starting_after_the_sixth_failure_and_running_children_finish() {
    let env = Env::new();
    env.runbook("Rate", RATE);
    let values: Vec<String> = (1..=50).map(|i| i.to_string()).collect();
    let targets = format!("Key=ParameterValues,Values={}", values.join(","));
    let r = env.run(&[
        "start-automation-execution",
        "--document-name",
        "Rate",
        "--target-parameter-name",
        "Value",
        "--targets",
        &targets,
        "--max-concurrency",
        "10",
        "--max-errors",
        "5",
    ]);
    assert_eq!(r.code, 254, "the parent fails: {}{}", r.stdout, r.stderr);
    let parent = id_of(&r.stdout);
    let p = env.automation(&parent);
    assert_eq!(p["AutomationExecutionStatus"], "Failed", "{p}");
    // How many children start before the parent sees the sixth failure depends on how fast
    // the failing ones (21..26) end under load: at least 26 (the sixth failure must start),
    // at most 35 (26 and the nine slots beside it). The starts are a prefix, in order.
    let kids = children(&env, &parent);
    let k = kids.len() as i64;
    assert!((26..=35).contains(&k), "values 1..k ran, 26 <= k <= 35: {kids:?}");
    let mut seen: Vec<i64> = kids.iter().map(|k| k["Target"].as_str().unwrap().parse().unwrap()).collect();
    seen.sort();
    assert_eq!(seen, (1..=k).collect::<Vec<_>>(), "the started values are 1..{k}");
    let c = &p["ProgressCounters"];
    assert_eq!(
        (c["TotalSteps"].as_i64(), c["SuccessSteps"].as_i64(), c["FailedSteps"].as_i64()),
        (Some(50), Some(k - 6), Some(6)),
        "{p}"
    );
    let message = p["FailureMessage"].as_str().unwrap_or_default();
    assert!(message.contains(&format!("{} of 50 targets were not started", 50 - k)), "{message}");
    assert!(kids.iter().all(|k| k["ExecutionEndTime"].is_string()), "every child ended: {kids:?}");
    let failed: Vec<i64> = kids
        .iter()
        .filter(|k| k["AutomationExecutionStatus"] == "Failed")
        .map(|k| k["Target"].as_str().unwrap().parse().unwrap())
        .collect();
    let mut failed = failed;
    failed.sort();
    assert_eq!(failed, (21..=26).collect::<Vec<_>>(), "exactly the six bad values failed");
}

const ON_HOST: &str = r#"schemaVersion: '0.3'
parameters:
  Host:
    type: String
  Word:
    type: String
    default: none
mainSteps:
  - name: run
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: ["{{ Host }}"]
      Parameters:
        commands: ["echo {{ Host }} {{ Word }}"]
"#;

#[test]
fn rate_control_by_tag_runs_one_child_per_web_host_and_target_maps_one_per_map() {
    let (env, _fleet) = crate::fleet::with_env(5);
    env.runbook("OnHost", ON_HOST);
    let r = env.ok(&[
        "start-automation-execution",
        "--document-name",
        "OnHost",
        "--target-parameter-name",
        "Host",
        "--targets",
        "Key=tag:Role,Values=web",
        "--max-concurrency",
        "2",
    ]);
    let parent = id_of(&r.stdout);
    let p = env.automation(&parent);
    assert_eq!(p["AutomationExecutionStatus"], "Success", "{p}");
    assert_eq!(p["ResolvedTargets"]["ParameterValues"], serde_json::json!(["node-1", "node-3", "node-5"]));
    let kids = children(&env, &parent);
    let hosts: BTreeSet<&str> = kids.iter().map(|k| k["Target"].as_str().unwrap()).collect();
    assert_eq!(hosts, BTreeSet::from(["node-1", "node-3", "node-5"]));
    assert!(kids.iter().all(|k| k["AutomationExecutionStatus"] == "Success"), "{kids:?}");

    let maps = r#"[{"Host":["node-2"],"Word":["two"]},{"Host":["node-4"],"Word":["four"]}]"#;
    let r = env.ok(&["start-automation-execution", "--document-name", "OnHost", "--target-maps", maps]);
    let parent = id_of(&r.stdout);
    assert_eq!(env.automation(&parent)["AutomationExecutionStatus"], "Success");
    let kids = children(&env, &parent);
    assert_eq!(kids.len(), 2, "{kids:?}");
    let mut words = vec![];
    for k in &kids {
        let e = env.automation(k["AutomationExecutionId"].as_str().unwrap());
        assert_eq!(e["AutomationExecutionStatus"], "Success", "{e}");
        words.push(format!("{}:{}", e["Parameters"]["Host"][0], e["Parameters"]["Word"][0]));
    }
    words.sort();
    assert_eq!(words, [r#""node-2":"two""#, r#""node-4":"four""#]);
}

fn sleep_then_append(log: &std::path::Path) -> String {
    format!(
        r#"schemaVersion: '0.3'
mainSteps:
  - name: wait
    action: aws:sleep
    inputs:
      Duration: PT1M
  - name: append
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: ["node-1"]
      Parameters:
        commands: ["echo {{{{automation:EXECUTION_ID}}}} >> {}"]
"#,
        log.display()
    )
}

#[test]
fn two_ticks_at_once_over_200_parked_executions_run_each_once() {
    let (env, _fleet) = crate::fleet::with_env(1);
    // One master for every run of this test: 200 runs on one host.
    env.var("SSMCTL_CONTROL_PERSIST", "120");
    let log = env.path().join("runs.log");
    env.runbook("SleepAppend", &sleep_then_append(&log));
    let started = std::time::Instant::now();
    let mut ids = vec![];
    for _ in 0..200 {
        ids.push(id_of(&env.ok(&["start-automation-execution", "--document-name", "SleepAppend"]).stdout));
    }
    let at = (chrono::Utc::now() + chrono::Duration::minutes(2)).to_rfc3339();
    let ticks: Vec<_> = (0..2)
        .map(|_| {
            env.command(&["apply-due", "--at", &at]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
        })
        .collect();
    for t in ticks {
        let o = t.wait_with_output().unwrap();
        assert!(o.status.success(), "apply-due: {}", String::from_utf8_lossy(&o.stderr));
    }
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 200, "each execution appended once");
    let distinct: BTreeSet<&str> = lines.iter().copied().collect();
    assert_eq!(distinct, ids.iter().map(String::as_str).collect::<BTreeSet<_>>());
    for id in &ids {
        assert_eq!(env.automation(id)["AutomationExecutionStatus"], "Success", "{id}");
    }
    eprintln!("200 executions, two ticks: {:?}", started.elapsed());
    env.ok(&["close-connections"]);
}

#[test]
fn a_tick_before_the_sleep_is_over_does_nothing_and_one_after_continues() {
    let (env, _fleet) = crate::fleet::with_env(1);
    let log = env.path().join("runs.log");
    env.runbook("SleepAppend", &sleep_then_append(&log));
    let id = id_of(&env.ok(&["start-automation-execution", "--document-name", "SleepAppend"]).stdout);
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "InProgress", "{e}");
    let early = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc3339();
    let s = env.ok(&["apply-due", "--at", &early]).json();
    assert_eq!(s["AutomationExecutions"]["Due"], 0, "{s}");
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "InProgress", "{e}");
    assert_eq!(e["CurrentStepName"], "wait", "{e}");
    assert!(!log.exists());
    let late = (chrono::Utc::now() + chrono::Duration::seconds(90)).to_rfc3339();
    let s = env.ok(&["apply-due", "--at", &late]).json();
    assert_eq!(s["AutomationExecutions"]["Due"], 1, "{s}");
    assert_eq!(env.automation(&id)["AutomationExecutionStatus"], "Success");
    assert_eq!(std::fs::read_to_string(&log).unwrap().trim(), id);
}
