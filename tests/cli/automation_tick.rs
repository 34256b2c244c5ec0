//! Automation executions across processes and ticks, on a real sshd fleet: a process killed
//! mid-step, Ctrl-C, runbook data flowing between steps (executeScript payloads, ssm API
//! calls answered by ssmctl itself), create-time refusals, SSMCTL-RestartHost on a host whose
//! reboot the test watches, and associations of Automation runbooks.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::{Value, json};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

fn steps(env: &Env, id: &str) -> Vec<Value> {
    let v = env.ok(&["describe-automation-step-executions", "--automation-execution-id", id]).json();
    v["StepExecutions"].as_array().unwrap().clone()
}

fn statuses(env: &Env, id: &str) -> Vec<(String, String)> {
    steps(env, id)
        .iter()
        .map(|s| (s["StepName"].as_str().unwrap().to_string(), s["StepStatus"].as_str().unwrap().to_string()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).unwrap_or_default().lines().map(String::from).collect()
}

fn wait_for(what: &str, limit: Duration, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn only_execution(env: &Env) -> String {
    let v = env.ok(&["describe-automation-executions"]).json();
    let list = v["AutomationExecutionMetadataList"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{v}");
    list[0]["AutomationExecutionId"].as_str().unwrap().to_string()
}

/// kill -9 while a step runs on a host: the attempt is on record as started, so the next
/// tick counts it failed and, with maxAttempts 2, runs the second attempt — once. The host
/// log counts the runs.
#[test]
fn a_process_killed_mid_step_is_settled_by_the_tick_and_retried_once() {
    let (env, _fleet) = crate::fleet::with_env(1);
    let log = env.path().join("runs.log");
    env.runbook(
        "Retry",
        &format!(
            r#"schemaVersion: '0.3'
mainSteps:
  - name: work
    action: aws:runCommand
    maxAttempts: 2
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: [node-1]
      Parameters:
        commands:
          - echo run >> {log}
          - if [ "$(wc -l < {log})" -eq 1 ]; then sleep 20; fi
          - echo done
  - name: after
    action: aws:sleep
    inputs: {{Duration: PT0S}}
"#,
            log = log.display()
        ),
    );
    let mut child = env
        .command(&["start-automation-execution", "--document-name", "Retry"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for("the first attempt to start on the host", Duration::from_secs(30), || lines(&log).len() == 1);
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    let id = only_execution(&env);
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "InProgress", "{e}");
    assert_eq!(statuses(&env, &id), pairs(&[("work", "InProgress"), ("after", "Pending")]));

    let tick = env.ok(&["apply-due"]).json();
    assert_eq!(tick["AutomationExecutions"]["Advanced"], json!([{"AutomationExecutionId": id, "Result": "Success"}]));
    assert_eq!(lines(&log), ["run", "run"], "one retry, run once");
    assert_eq!(statuses(&env, &id), pairs(&[("work", "Success"), ("after", "Success")]));
    let work = &steps(&env, &id)[0];
    assert_eq!(work["Outputs"]["Output"], json!(["done\n"]), "{work}");
    assert_eq!(work["MaxAttempts"], 2);

    // Nothing is due any more: a second tick runs nothing.
    let tick = env.ok(&["apply-due"]).json();
    assert_eq!(tick["AutomationExecutions"]["Due"], 0, "{tick}");
    assert_eq!(lines(&log).len(), 2);
}

/// With one attempt, the interrupted attempt fails the step, and the run, for good.
#[test]
fn a_killed_step_without_attempts_left_fails_the_execution() {
    let (env, _fleet) = crate::fleet::with_env(1);
    let log = env.path().join("once.log");
    env.runbook(
        "Once",
        &format!(
            r#"schemaVersion: '0.3'
mainSteps:
  - name: work
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: [node-1]
      Parameters: {{commands: ["echo run >> {log}", "sleep 20"]}}
"#,
            log = log.display()
        ),
    );
    let mut child = env
        .command(&["start-automation-execution", "--document-name", "Once"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for("the step to start on the host", Duration::from_secs(30), || lines(&log).len() == 1);
    child.kill().unwrap();
    child.wait().unwrap();
    let id = only_execution(&env);
    let r = env.run(&["apply-due"]);
    assert_eq!(r.code, 254, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains(&format!("automation execution {id} ended Failed")), "{}", r.stderr);
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "Failed");
    let work = &steps(&env, &id)[0];
    assert_eq!(work["StepStatus"], "Failed");
    assert!(work["FailureMessage"].as_str().unwrap().contains("interrupted"), "{work}");
    assert_eq!(lines(&log).len(), 1, "never run again");
}

/// Ctrl-C in start-automation-execution cancels the command on the host and the execution.
#[test]
fn ctrl_c_cancels_the_running_step_and_the_execution() {
    let (env, _fleet) = crate::fleet::with_env(1);
    let mark = env.path().join("started");
    env.runbook(
        "Long",
        &format!(
            r#"schemaVersion: '0.3'
mainSteps:
  - name: long
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: [node-1]
      Parameters: {{commands: ["touch {mark}", "sleep 30"]}}
  - name: later
    action: aws:sleep
    inputs: {{Duration: PT0S}}
"#,
            mark = mark.display()
        ),
    );
    let child = env
        .command(&["start-automation-execution", "--document-name", "Long"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("the step to start on the host", Duration::from_secs(30), || mark.exists());
    let started = Instant::now();
    let st = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(st.success());
    let out = child.wait_with_output().unwrap();
    assert!(started.elapsed() < Duration::from_secs(10), "Ctrl-C took {:?}", started.elapsed());
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    let id = only_execution(&env);
    assert_eq!(env.automation(&id)["AutomationExecutionStatus"], "Cancelled");
    assert_eq!(statuses(&env, &id), pairs(&[("long", "Cancelled"), ("later", "Pending")]));
}

/// A payload from aws:executeScript feeds later steps through its output selectors;
/// aws:executeAwsApi and aws:assertAwsResourceProperty with Service ssm are answered by
/// ssmctl's own GetParameter; the runbook's outputs collect what it declared.
#[test]
fn script_payloads_and_ssm_api_calls_feed_later_steps() {
    let (env, _fleet) = crate::fleet::with_env(1);
    env.ok(&["put-parameter", "--name", "/app/colour", "--value", "blue", "--type", "String"]);
    env.runbook(
        "Flow",
        r#"schemaVersion: '0.3'
parameters:
  Who: {type: String}
mainSteps:
  - name: compute
    action: aws:executeScript
    inputs:
      Runtime: python3.11
      Handler: handler
      Script: |-
        def handler(events, context):
            print("computing for", events["who"])
            return {"greeting": "hello " + events["who"], "n": 3, "id": context["automation:EXECUTION_ID"]}
      InputPayload: {who: "{{ Who }}"}
    outputs:
      - {Name: greeting, Selector: $.Payload.greeting, Type: String}
      - {Name: n, Selector: $.Payload.n, Type: Integer}
      - {Name: id, Selector: $.Payload.id, Type: String}
  - name: read
    action: aws:executeAwsApi
    inputs: {Service: ssm, Api: GetParameter, Name: /app/colour}
    outputs:
      - {Name: colour, Selector: $.Parameter.Value, Type: String}
  - name: check
    action: aws:assertAwsResourceProperty
    inputs: {Service: ssm, Api: GetParameter, Name: /app/colour, PropertySelector: $.Parameter.Value, DesiredValues: [blue]}
  - name: use
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: [node-1]
      Parameters: {commands: ["echo '{{ compute.greeting }} {{ read.colour }} x{{ compute.n }}'"]}
outputs: [use.Output, compute.greeting]
"#,
    );
    let r = env.ok(&["start-automation-execution", "--document-name", "Flow", "--parameters", "Who=Ada"]);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "Success", "{e}");
    assert_eq!(e["Outputs"], json!({"use.Output": ["hello Ada blue x3\n"], "compute.greeting": ["hello Ada"]}));
    let all = steps(&env, &id);
    assert_eq!(all[0]["Outputs"]["id"], json!([id]), "the context names the execution");
    assert_eq!(all[0]["Outputs"]["n"], json!(["3"]));
    assert!(all[0]["Response"].as_str().unwrap().contains("computing for Ada"), "{}", all[0]);
    assert_eq!(all[1]["Outputs"]["colour"], json!(["blue"]));
    // Inputs are shown JSON-encoded, as AWS shows them.
    assert_eq!(all[1]["Inputs"]["Name"], json!("\"/app/colour\""));

    // The assertion fails when the value is not wanted; the API's own errors fail the step.
    env.ok(&["put-parameter", "--name", "/app/colour", "--value", "red", "--type", "String", "--overwrite"]);
    let r = env.run(&["start-automation-execution", "--document-name", "Flow", "--parameters", "Who=Bo"]);
    assert_eq!(r.code, 254, "{}", r.stderr);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    let s = steps(&env, &id);
    assert_eq!(s[2]["StepStatus"], "Failed");
    assert!(s[2]["FailureMessage"].as_str().unwrap().contains("$.Parameter.Value is \"red\""), "{}", s[2]);
    assert_eq!(s[3]["StepStatus"], "Pending");
    env.ok(&["delete-parameter", "--name", "/app/colour"]);
    let r = env.run(&["start-automation-execution", "--document-name", "Flow", "--parameters", "Who=Cy"]);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    let s = steps(&env, &id);
    assert!(
        s[1]["FailureMessage"].as_str().unwrap().contains("(ParameterNotFound) when calling the GetParameter"),
        "{}",
        s[1]
    );
}

/// aws:waitForAwsResourceProperty polls until the value comes, or times out.
#[test]
fn a_property_wait_polls_until_the_value_comes_or_times_out() {
    let env = Env::new();
    env.var("SSMCTL_AUTOMATION_POLL_SECONDS", "1");
    env.ok(&["put-parameter", "--name", "/gate", "--value", "closed", "--type", "String"]);
    env.runbook(
        "Wait",
        r#"schemaVersion: '0.3'
mainSteps:
  - name: open
    action: aws:waitForAwsResourceProperty
    timeoutSeconds: 30
    inputs: {Service: ssm, Api: GetParameter, Name: /gate, PropertySelector: $.Parameter.Value, DesiredValues: [open]}
"#,
    );
    let child = env
        .command(&["start-automation-execution", "--document-name", "Wait"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    env.ok(&["put-parameter", "--name", "/gate", "--value", "open", "--type", "String", "--overwrite"]);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let id: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = id["AutomationExecutionId"].as_str().unwrap();
    assert_eq!(env.automation(id)["AutomationExecutionStatus"], "Success");

    env.runbook(
        "Never",
        r#"schemaVersion: '0.3'
mainSteps:
  - name: open
    action: aws:waitForAwsResourceProperty
    timeoutSeconds: 2
    inputs: {Service: ssm, Api: GetParameter, Name: /gate, PropertySelector: $.Parameter.Value, DesiredValues: [never]}
"#,
    );
    let r = env.run(&["start-automation-execution", "--document-name", "Never"]);
    assert_eq!(r.code, 254, "{}", r.stderr);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    assert_eq!(env.automation(&id)["AutomationExecutionStatus"], "TimedOut");
}

/// Runbooks that would need AWS, or that loop, are refused when they are created.
#[test]
fn runbooks_needing_aws_or_looping_are_refused_at_create_document() {
    let env = Env::new();
    let create = |name: &str, yaml: &str| {
        let args = env.runbook_args(name, yaml);
        env.fails(&args.iter().map(String::as_str).collect::<Vec<_>>(), 254)
    };
    let line = create(
        "Stop",
        "schemaVersion: '0.3'\nmainSteps:\n  - name: stopIt\n    action: aws:executeAwsApi\n    inputs: {Service: ec2, Api: StopInstances, InstanceIds: [i-1]}\n",
    );
    assert!(line.contains("(InvalidDocumentContent)") && line.contains("stopIt") && line.contains("ec2"), "{line}");
    let line = create(
        "Loop",
        "schemaVersion: '0.3'\nmainSteps:\n  - name: a\n    action: aws:sleep\n    nextStep: b\n    inputs: {Duration: PT1S}\n  - name: b\n    action: aws:sleep\n    nextStep: a\n    inputs: {Duration: PT1S}\n",
    );
    assert!(line.contains("(InvalidDocumentContent)") && line.contains("a → b → a"), "{line}");
    let line = create(
        "Image",
        "schemaVersion: '0.3'\nmainSteps:\n  - name: snap\n    action: aws:createImage\n    inputs: {InstanceId: i-1, ImageName: x}\n",
    );
    assert!(line.contains("snap") && line.contains("aws:createImage"), "{line}");
    let none = env.ok(&["list-documents", "--filters", "Key=Owner,Values=Self"]).json();
    assert_eq!(none["DocumentIdentifiers"], json!([]), "nothing stored");
}

/// SSMCTL-RestartHost on a host whose reboot the test watches: Success only once the host
/// is back with a new boot id and the health command passed; a failing health command
/// fails it.
#[test]
fn restart_host_reboots_waits_for_a_new_boot_id_and_checks_health() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("deb-r");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let boot = |env: &Env| env.run_on("deb-r", "cat /proc/sys/kernel/random/boot_id").trim().to_string();
    let before = boot(&env);
    let params =
        json!({"InstanceId": ["deb-r"], "HealthCommand": ["test -s /etc/hostname && echo healthy"]}).to_string();
    let r = env.ok(&["start-automation-execution", "--document-name", "SSMCTL-RestartHost", "--parameters", &params]);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "Success", "{e}");
    let after = boot(&env);
    assert_ne!(before, after, "a new boot id");
    let output = e["Outputs"]["RestartAndCheck.Output"][0].as_str().unwrap().to_string();
    assert!(output.contains(&format!("restarted: boot id {before} -> {after}")), "{output}");
    assert!(output.trim_end().ends_with("healthy"), "{output}");
    assert_eq!(env.run_on("deb-r", "wc -l </var/log/ssmctl-test-reboots").trim(), "1");

    let params = json!({"InstanceId": ["deb-r"], "HealthCommand": ["echo sick >&2; exit 4"]}).to_string();
    let r = env.run(&["start-automation-execution", "--document-name", "SSMCTL-RestartHost", "--parameters", &params]);
    assert_eq!(r.code, 254, "{}", r.stderr);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    assert_eq!(env.automation(&id)["AutomationExecutionStatus"], "Failed");
    assert_ne!(boot(&env), after, "it rebooted again before the health check failed");
    assert_eq!(env.run_on("deb-r", "wc -l </var/log/ssmctl-test-reboots").trim(), "2");
}

/// An association of an Automation runbook: each target's id goes to
/// AutomationTargetParameterName, one child execution per host; a run that parks ends the
/// association's run when a later tick ends it.
#[test]
fn associations_run_automation_runbooks_on_their_targets() {
    let (env, _fleet) = crate::fleet::with_env(3);
    let log = env.path().join("touched.log");
    env.runbook(
        "Touch",
        &format!(
            r#"schemaVersion: '0.3'
parameters:
  Host: {{type: String}}
  Nap: {{type: String, default: PT0S}}
mainSteps:
  - name: nap
    action: aws:sleep
    inputs: {{Duration: "{{{{ Nap }}}}"}}
  - name: touch
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: ["{{{{ Host }}}}"]
      Parameters: {{commands: ["echo {{{{ Host }}}} >> {log}"]}}
"#,
            log = log.display()
        ),
    );
    let line = env.fails(&["create-association", "--name", "Touch", "--targets", "Key=tag:Role,Values=web"], 254);
    assert!(line.contains("(InvalidParameters)") && line.contains("--automation-target-parameter-name"), "{line}");
    let line = env.fails(
        &[
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:Role,Values=web",
            "--automation-target-parameter-name",
            "Host",
            "--parameters",
            "commands=true",
        ],
        254,
    );
    assert!(line.contains("for Automation runbooks"), "{line}");
    let aid = env
        .ok(&[
            "create-association",
            "--name",
            "Touch",
            "--targets",
            "Key=tag:Role,Values=web",
            "--automation-target-parameter-name",
            "Host",
            "--schedule-expression",
            "rate(1 day)",
            "--query",
            "AssociationDescription.AssociationId",
            "--output",
            "text",
        ])
        .stdout
        .trim()
        .to_string();
    let d = env.ok(&["describe-association", "--association-id", &aid]).json();
    assert_eq!(d["AssociationDescription"]["AutomationTargetParameterName"], "Host");
    let tick = env.ok(&["apply-due"]).json();
    let run = &tick["Runs"][0];
    assert_eq!(run["Status"], "Success", "{tick}");
    let parent = run["AutomationExecutionId"].as_str().unwrap().to_string();
    let mut touched = lines(&log);
    touched.sort();
    assert_eq!(touched, ["node-1", "node-3"]);
    let e = env.automation(&parent);
    assert_eq!(e["AssociationId"], json!(aid));
    assert_eq!(e["ResolvedTargets"]["ParameterValues"], json!(["node-1", "node-3"]));
    let execs = env.ok(&["describe-association-executions", "--association-id", &aid]).json();
    assert_eq!(execs["AssociationExecutions"][0]["Status"], "Success", "{execs}");

    // A run that waits: InProgress until a later tick ends its execution.
    env.ok(&[
        "update-association",
        "--association-id",
        &aid,
        "--automation-target-parameter-name",
        "Host",
        "--schedule-expression",
        "rate(1 day)",
        "--parameters",
        "Nap=PT1M",
    ]);
    let tick = env.ok(&["apply-due"]).json();
    assert_eq!(tick["Runs"][0]["Status"], "InProgress", "{tick}");
    let execs = env.ok(&["describe-association-executions", "--association-id", &aid]).json();
    assert_eq!(execs["AssociationExecutions"][0]["Status"], "InProgress", "{execs}");
    let later = (chrono_now() + 120).to_string();
    let tick = env.ok(&["apply-due", "--at", &later]).json();
    let ended: Vec<&Value> = tick["AutomationExecutions"]["Advanced"].as_array().unwrap().iter().collect();
    assert_eq!(ended.len(), 3, "two children and their parent: {tick}");
    assert_eq!(lines(&log).len(), 4);
    let execs = env.ok(&["describe-association-executions", "--association-id", &aid]).json();
    assert_eq!(execs["AssociationExecutions"][0]["Status"], "Success", "{execs}");
}

/// Epoch seconds now (apply-due --at takes them).
fn chrono_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

/// An approval nobody gives times out at its timeoutSeconds, at the first tick after it;
/// a parameter default `{{ssm:/name}}` is read when the execution starts.
#[test]
fn an_approval_nobody_gives_times_out_at_the_tick_after_its_timeout() {
    let env = Env::new();
    env.ok(&["put-parameter", "--name", "/team/approver", "--value", "nobody-here", "--type", "String"]);
    env.runbook(
        "Ask",
        r#"schemaVersion: '0.3'
parameters:
  Approver: {type: String, default: "{{ssm:/team/approver}}"}
mainSteps:
  - name: ask
    action: aws:approve
    timeoutSeconds: 60
    inputs: {Approvers: ["{{ Approver }}"], Message: "anyone?"}
  - name: after
    action: aws:sleep
    inputs: {Timestamp: "2000-01-01T00:00:00Z"}
"#,
    );
    let r = env.ok(&["start-automation-execution", "--document-name", "Ask"]);
    assert!(r.stderr.contains("waits at step ask for approval by nobody-here: anyone?"), "{}", r.stderr);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "Waiting");
    assert_eq!(e["Parameters"], json!({"Approver": ["nobody-here"]}), "defaults shown, read from the store");
    let line =
        env.fails(&["send-automation-signal", "--automation-execution-id", &id, "--signal-type", "Approve"], 254);
    assert!(line.contains("(InvalidAutomationSignalException)") && line.contains("nobody-here"), "{line}");

    let soon = (chrono_now() + 30).to_string();
    let tick = env.ok(&["apply-due", "--at", &soon]).json();
    assert_eq!(tick["AutomationExecutions"]["Due"], 0, "{tick}");
    let later = (chrono_now() + 90).to_string();
    let r = env.run(&["apply-due", "--at", &later]);
    assert_eq!(r.code, 254, "{}", r.stderr);
    let e = env.automation(&id);
    assert_eq!(e["AutomationExecutionStatus"], "TimedOut", "{e}");
    assert_eq!(statuses(&env, &id), pairs(&[("ask", "TimedOut"), ("after", "Pending")]));
}
