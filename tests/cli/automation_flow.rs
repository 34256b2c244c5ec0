//! Automation runbooks run end to end (SPEC §18): the real binary, runbooks written to the
//! test's directory, aws:runCommand steps on a fleet of real sshd daemons.

use crate::support::{Env, Run};
use serde_json::{Value, json};
use std::path::Path;

fn me() -> String {
    let out = std::process::Command::new("id").arg("-un").output().expect("id -un");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// start-automation-execution; the run and the id it printed.
fn start(env: &Env, args: &[&str]) -> (Run, String) {
    let mut a = vec!["start-automation-execution"];
    a.extend_from_slice(args);
    let r = env.run(&a);
    assert!(r.code == 0 || r.code == 254, "start {args:?}: exit {}: {}{}", r.code, r.stdout, r.stderr);
    let id = r.json()["AutomationExecutionId"].as_str().unwrap().to_string();
    (r, id)
}

fn status(env: &Env, id: &str) -> String {
    env.automation(id)["AutomationExecutionStatus"].as_str().unwrap().to_string()
}

fn steps(env: &Env, id: &str, extra: &[&str]) -> Vec<Value> {
    let mut a = vec!["describe-automation-step-executions", "--automation-execution-id", id];
    a.extend_from_slice(extra);
    env.ok(&a).json()["StepExecutions"].as_array().unwrap().clone()
}

/// (StepName, StepStatus) of every record, in order.
fn step_statuses(env: &Env, id: &str) -> Vec<(String, String)> {
    steps(env, id, &[])
        .iter()
        .map(|s| (s["StepName"].as_str().unwrap().to_string(), s["StepStatus"].as_str().unwrap().to_string()))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn step<'a>(all: &'a [Value], name: &str) -> &'a Value {
    all.iter().find(|s| s["StepName"] == name).unwrap_or_else(|| panic!("no step {name} in {all:?}"))
}

fn signal(env: &Env, id: &str, kind: &str, payload: Option<&str>) -> Run {
    let mut a = vec!["send-automation-signal", "--automation-execution-id", id, "--signal-type", kind];
    if let Some(p) = payload {
        a.extend_from_slice(&["--payload", p]);
    }
    env.run(&a)
}

fn executions(env: &Env, extra: &[&str]) -> Vec<Value> {
    let mut a = vec!["describe-automation-executions"];
    a.extend_from_slice(extra);
    env.ok(&a).json()["AutomationExecutionMetadataList"].as_array().unwrap().clone()
}

fn ids(list: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|e| e["AutomationExecutionId"].as_str().unwrap().to_string()).collect();
    v.sort();
    v
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// A python3 aws:executeScript step returning `ret` (a Python expression over `events`),
/// with output V = $.Payload.v.
fn script_step(name: &str, payload: &str, ret: &str, extra: &str) -> String {
    format!(
        "  - name: {name}
    action: aws:executeScript
{extra}    inputs:
      Runtime: python3.11
      Handler: handler
      Script: |
        def handler(events, context):
          return {ret}
      InputPayload: {payload}
    outputs:
      - Name: V
        Selector: $.Payload.v
        Type: String
"
    )
}

/// The approval runbook: approve → work on the web hosts → branch on its output → a step
/// that fails (exit 3) and falls to rollback → a step the branch skips → rollback.
fn approval_runbook(approvers: &str, fix_extra: &str) -> String {
    format!(
        "schemaVersion: '0.3'
description: Approve, work, branch, fail, roll back.
parameters:
  Dir:
    type: String
    description: Where the hosts leave their marks.
mainSteps:
  - name: approve
    action: aws:approve
    inputs:
      Approvers: {approvers}
      Message: Restart the web tier?
  - name: work
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      Targets:
        - Key: tag:Role
          Values: [web]
      Parameters:
        commands:
          - echo state=degraded
          - echo worked >> {{{{ Dir }}}}/work.log
  - name: decide
    action: aws:branch
    inputs:
      Choices:
        - NextStep: fix
          Variable: '{{{{ work.Output }}}}'
          Contains: degraded
      Default: skipped
  - name: fix
    action: aws:runCommand
    onFailure: step:rollback
{fix_extra}    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: [node-1]
      Parameters:
        commands: ['exit 3']
  - name: skipped
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: [node-1]
      Parameters:
        commands: ['echo skipped >> {{{{ Dir }}}}/skipped.log']
  - name: rollback
    action: aws:runCommand
    inputs:
      DocumentName: AWS-RunShellScript
      Targets:
        - Key: tag:Role
          Values: [web]
      Parameters:
        commands: ['echo rolled-back >> {{{{ Dir }}}}/rollback.log']
"
    )
}

fn dir_param(dir: &Path) -> String {
    json!({"Dir": [dir.to_str().unwrap()]}).to_string()
}

#[test]
fn approval_runbook_waits_is_approved_fails_and_rolls_back() {
    let (env, _fleet) = crate::fleet::with_env(3);
    let user = me();
    let dir = env.path().join("marks-a");
    std::fs::create_dir(&dir).unwrap();
    env.runbook("Flow-Approve", &approval_runbook(&format!("[{user}]"), ""));
    let (r, id) = start(&env, &["--document-name", "Flow-Approve", "--parameters", &dir_param(&dir)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr.trim_end(),
        format!("ssmctl: execution {id} waits at step approve for approval by {user}: Restart the web tier?")
    );
    let ex = env.automation(&id);
    assert_eq!(ex["AutomationExecutionStatus"], "Waiting");
    assert_eq!(ex["CurrentStepName"], "approve");
    assert_eq!(ex["CurrentAction"], "aws:approve");
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[
            ("approve", "Waiting"),
            ("work", "Pending"),
            ("decide", "Pending"),
            ("fix", "Pending"),
            ("skipped", "Pending"),
            ("rollback", "Pending")
        ])
    );
    // Nothing ran on the hosts yet.
    assert!(!dir.join("work.log").exists());

    // The approval comes from another process, which runs the rest: fix fails, is critical.
    let r = signal(&env, &id, "Approve", Some(r#"{"Comment": ["ship it"]}"#));
    assert_eq!(r.code, 254, "{}{}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert!(
        lines[0].starts_with(&format!(
            "ssmctl: send-automation-signal: execution {id} ended Failed: Step fix failed: command "
        )),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with("ended Failed: node-1 Failed (exit 3)"), "{}", lines[0]);

    let ex = env.automation(&id);
    assert_eq!(ex["AutomationExecutionStatus"], "Failed");
    assert!(ex.get("CurrentStepName").is_none(), "{ex}");
    assert_eq!(ex["FailureMessage"].as_str().unwrap(), lines[0].split_once(" ended Failed: ").unwrap().1);
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[
            ("approve", "Success"),
            ("work", "Success"),
            ("decide", "Success"),
            ("fix", "Failed"),
            ("skipped", "Pending"),
            ("rollback", "Success")
        ])
    );
    let all = steps(&env, &id, &[]);
    let approve = step(&all, "approve");
    assert_eq!(approve["Outputs"]["ApprovalStatus"], json!(["Approved"]));
    let decisions = approve["Outputs"]["ApproverDecisions"].as_array().unwrap();
    assert_eq!(decisions.len(), 1, "{approve}");
    let d: Value = serde_json::from_str(decisions[0].as_str().unwrap()).unwrap();
    assert_eq!(
        (d["Approver"].as_str(), d["Decision"].as_str(), d["Comment"].as_str()),
        (Some(user.as_str()), Some("Approved"), Some("ship it"))
    );

    let work = step(&all, "work");
    assert_eq!(work["Outputs"]["Status"], json!(["Success"]));
    assert_eq!(work["Outputs"]["ResponseCode"], json!(["0"]));
    assert_eq!(work["Outputs"]["Output"], json!(["state=degraded\nstate=degraded\n"]));
    let cid = work["Outputs"]["CommandId"][0].as_str().unwrap().to_string();
    let invs = env.ok(&["list-command-invocations", "--command-id", &cid]).json();
    let hosts: Vec<&str> =
        invs["CommandInvocations"].as_array().unwrap().iter().map(|i| i["InstanceId"].as_str().unwrap()).collect();
    assert_eq!(sorted(hosts.iter().map(|h| h.to_string()).collect()), ["node-1", "node-3"]);

    let fix = step(&all, "fix");
    assert_eq!(fix["OnFailure"], "step:rollback");
    assert_eq!(fix["IsCritical"], true);
    assert!(fix["FailureMessage"].as_str().unwrap().ends_with("node-1 Failed (exit 3)"), "{fix}");
    // A failed command step still tells which command and how it ended.
    assert_eq!(fix["Outputs"]["Status"], json!(["Failed"]), "{fix}");
    assert_eq!(fix["Outputs"]["ResponseCode"], json!(["3"]), "{fix}");
    assert_eq!(fix["Outputs"]["CommandId"][0].as_str().unwrap().len(), 36, "{fix}");
    assert!(step(&all, "skipped").get("ExecutionStartTime").is_none());
    // Both web hosts rolled back; the skipped step never ran anywhere.
    let d = dir.to_str().unwrap();
    assert_eq!(env.run_on("node-1", &format!("cat {d}/rollback.log")), "rolled-back\nrolled-back\n");
    assert_eq!(env.run_on("node-3", &format!("cat {d}/work.log")), "worked\nworked\n");
    assert_eq!(env.run_on("node-1", &format!("test -e {d}/skipped.log && echo yes || echo no")), "no\n");
    assert_eq!(
        ex["ProgressCounters"],
        json!({"TotalSteps": 5, "SuccessSteps": 4, "FailedSteps": 1, "CancelledSteps": 0, "TimedOutSteps": 0})
    );

    // The same runbook with the failing step not critical: the run succeeds.
    let dir_b = env.path().join("marks-b");
    std::fs::create_dir(&dir_b).unwrap();
    env.runbook("Flow-Approve-Lenient", &approval_runbook(&format!("[{user}]"), "    isCritical: false\n"));
    let (_, id) = start(&env, &["--document-name", "Flow-Approve-Lenient", "--parameters", &dir_param(&dir_b)]);
    let r = signal(&env, &id, "Approve", Some("Comment=fine"));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stderr, "");
    let ex = env.automation(&id);
    assert_eq!(ex["AutomationExecutionStatus"], "Success");
    assert!(ex.get("FailureMessage").is_none(), "{ex}");
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[
            ("approve", "Success"),
            ("work", "Success"),
            ("decide", "Success"),
            ("fix", "Failed"),
            ("skipped", "Pending"),
            ("rollback", "Success")
        ])
    );
    assert_eq!(std::fs::read_to_string(dir_b.join("rollback.log")).unwrap(), "rolled-back\nrolled-back\n");
}

#[test]
fn rejection_and_signals_from_non_approvers() {
    let env = Env::new();
    let user = me();
    let dir = env.path().join("marks");
    std::fs::create_dir(&dir).unwrap();
    // An IAM ARN names the same person by its last path part.
    env.runbook("Flow-Reject", &approval_runbook(&format!("['arn:aws:iam::123456789012:user/{user}']"), ""));
    let (_, id) = start(&env, &["--document-name", "Flow-Reject", "--parameters", &dir_param(&dir)]);
    assert_eq!(status(&env, &id), "Waiting");
    let r = signal(&env, &id, "Reject", Some(r#"{"Comment": ["not during peak"]}"#));
    assert_eq!(r.code, 254, "{}{}", r.stdout, r.stderr);
    let ex = env.automation(&id);
    assert_eq!(ex["AutomationExecutionStatus"], "Failed");
    let want = format!("Step approve failed: rejected by {user}: not during peak");
    assert_eq!(ex["FailureMessage"], want.as_str());
    assert_eq!(r.stderr.trim_end(), format!("ssmctl: send-automation-signal: execution {id} ended Failed: {want}"));
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[
            ("approve", "Failed"),
            ("work", "Pending"),
            ("decide", "Pending"),
            ("fix", "Pending"),
            ("skipped", "Pending"),
            ("rollback", "Pending")
        ])
    );
    assert!(!dir.join("work.log").exists());
    // The rejection stays on record in the step's outputs.
    let approve = step(&steps(&env, &id, &[]), "approve").clone();
    assert_eq!(approve["Outputs"]["ApprovalStatus"], json!(["Rejected"]), "{approve}");
    let decisions = approve["Outputs"]["ApproverDecisions"].as_array().unwrap();
    assert_eq!(decisions.len(), 1, "{approve}");
    let d: Value = serde_json::from_str(decisions[0].as_str().unwrap()).unwrap();
    assert_eq!(
        (d["Approver"].as_str(), d["Decision"].as_str(), d["Comment"].as_str()),
        (Some(user.as_str()), Some("Rejected"), Some("not during peak"))
    );
    // An ended execution takes no signals.
    let line =
        env.fails(&["send-automation-signal", "--automation-execution-id", &id, "--signal-type", "Approve"], 254);
    assert!(line.contains("InvalidAutomationSignalException"), "{line}");

    // Somebody who is not an approver: refused, and nothing is recorded.
    env.runbook("Flow-Others", &approval_runbook("[somebody-else]", ""));
    let (_, id) = start(&env, &["--document-name", "Flow-Others", "--parameters", &dir_param(&dir)]);
    let before = steps(&env, &id, &[]);
    let line = env.fails(
        &[
            "send-automation-signal",
            "--automation-execution-id",
            &id,
            "--signal-type",
            "Approve",
            "--payload",
            "Comment=me",
        ],
        254,
    );
    assert_eq!(
        line,
        format!(
            "An error occurred (InvalidAutomationSignalException) when calling the SendAutomationSignal operation: \
             User {user} is not an approver of step approve (approvers: somebody-else)."
        )
    );
    assert_eq!(steps(&env, &id, &[]), before);
    let ex = env.automation(&id);
    assert_eq!(
        (ex["AutomationExecutionStatus"].as_str(), ex["CurrentStepName"].as_str()),
        (Some("Waiting"), Some("approve"))
    );
    assert!(step(&before, "approve").get("Outputs").is_none(), "{before:?}");
    // A Reject from them is refused the same way.
    let line = env.fails(&["send-automation-signal", "--automation-execution-id", &id, "--signal-type", "Reject"], 254);
    assert!(line.contains("(InvalidAutomationSignalException)") && line.contains("is not an approver"), "{line}");
    assert_eq!(status(&env, &id), "Waiting");
}

fn abcd_runbook() -> String {
    let mut y = String::from("schemaVersion: '0.3'\nmainSteps:\n");
    for n in ["a", "b", "c", "d"] {
        y.push_str(&script_step(n, &format!("{{name: {n}}}"), r#"{"v": events["name"]}"#, ""));
    }
    y
}

#[test]
fn interactive_mode_runs_the_steps_it_is_told_to() {
    let env = Env::new();
    env.runbook("Flow-Interactive", &abcd_runbook());
    let (r, id) = start(&env, &["--document-name", "Flow-Interactive", "--mode", "Interactive"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr.trim_end(),
        format!("ssmctl: execution {id} (Interactive) waits for StartStep or Resume before step a")
    );
    let ex = env.automation(&id);
    assert_eq!((ex["AutomationExecutionStatus"].as_str(), ex["Mode"].as_str()), (Some("Waiting"), Some("Interactive")));
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[("a", "Pending"), ("b", "Pending"), ("c", "Pending"), ("d", "Pending")])
    );

    let r = signal(&env, &id, "StartStep", Some("StepName=b"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(status(&env, &id), "Waiting");
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[("a", "Pending"), ("b", "Success"), ("c", "Pending"), ("d", "Pending")])
    );
    assert_eq!(step(&steps(&env, &id, &[]), "b")["Outputs"]["V"], json!(["b"]));

    let r = signal(&env, &id, "Resume", None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(status(&env, &id), "Waiting");
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[("a", "Pending"), ("b", "Success"), ("c", "Success"), ("d", "Pending")])
    );

    let line = env.fails(
        &[
            "send-automation-signal",
            "--automation-execution-id",
            &id,
            "--signal-type",
            "StartStep",
            "--payload",
            "StepName=nope",
        ],
        254,
    );
    assert_eq!(
        line,
        "An error occurred (AutomationStepNotFoundException) when calling the SendAutomationSignal operation: \
         Step nope is not a step of Flow-Interactive."
    );
    assert_eq!(status(&env, &id), "Waiting");

    let r = signal(&env, &id, "Resume", None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(status(&env, &id), "Success");
    assert_eq!(
        step_statuses(&env, &id),
        pairs(&[("a", "Pending"), ("b", "Success"), ("c", "Success"), ("d", "Success")])
    );
}

fn pause_runbook(mark: &Path) -> String {
    format!(
        "schemaVersion: '0.3'
mainSteps:
  - name: hold
    action: aws:pause
    onCancel: step:cleanup
    inputs: {{}}
{after}{cleanup}",
        after = script_step("after", "{x: 1}", r#"{"v": "after"}"#, "    isEnd: true\n"),
        cleanup = script_step(
            "cleanup",
            &format!("{{path: '{}'}}", mark.display()),
            r#"(open(events["path"], "a").write("cleaned\n"), {"v": "cleaned"})[1]"#,
            ""
        ),
    )
}

#[test]
fn pause_resume_cancel_with_on_cancel_and_complete() {
    let env = Env::new();
    let mark = env.path().join("cleanup.log");
    env.runbook("Flow-Pause", &pause_runbook(&mark));

    let (r, id) = start(&env, &["--document-name", "Flow-Pause"]);
    assert_eq!(
        r.stderr.trim_end(),
        format!(
            "ssmctl: execution {id} is paused at step hold; send-automation-signal --signal-type Resume continues it"
        )
    );
    let ex = env.automation(&id);
    assert_eq!(
        (ex["AutomationExecutionStatus"].as_str(), ex["CurrentAction"].as_str()),
        (Some("Waiting"), Some("aws:pause"))
    );
    // Approve is for approvals only.
    let line =
        env.fails(&["send-automation-signal", "--automation-execution-id", &id, "--signal-type", "Approve"], 254);
    assert!(line.ends_with(&format!("Execution {id} is not waiting for an approval.")), "{line}");
    let r = signal(&env, &id, "Resume", None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(status(&env, &id), "Success");
    assert_eq!(step_statuses(&env, &id), pairs(&[("hold", "Success"), ("after", "Success"), ("cleanup", "Pending")]));
    assert!(!mark.exists());
    let line = env.fails(&["stop-automation-execution", "--automation-execution-id", &id], 254);
    assert_eq!(
        line,
        format!(
            "An error occurred (InvalidAutomationStatusUpdateException) when calling the StopAutomationExecution \
             operation: Execution {id} has already ended (Success)."
        )
    );

    // Cancel while paused: the paused step's onCancel step runs, then the run is Cancelled.
    let (_, id) = start(&env, &["--document-name", "Flow-Pause"]);
    env.ok(&["stop-automation-execution", "--automation-execution-id", &id, "--type", "Cancel"]);
    let ex = env.automation(&id);
    assert_eq!(ex["AutomationExecutionStatus"], "Cancelled", "{ex}");
    assert_eq!(step_statuses(&env, &id), pairs(&[("hold", "Cancelled"), ("after", "Pending"), ("cleanup", "Success")]));
    assert_eq!(std::fs::read_to_string(&mark).unwrap(), "cleaned\n");
    assert_eq!(ex["ProgressCounters"]["CancelledSteps"], 1);
    let line = env.fails(&["stop-automation-execution", "--automation-execution-id", &id, "--type", "Cancel"], 254);
    assert!(
        line.contains("(InvalidAutomationStatusUpdateException)") && line.ends_with("has already ended (Cancelled)."),
        "{line}"
    );

    // Complete: the run ends now as far as it got; the waiting step is cancelled, no
    // onCancel step runs, and nothing failed, so the run is a Success.
    let (_, id) = start(&env, &["--document-name", "Flow-Pause"]);
    env.ok(&["stop-automation-execution", "--automation-execution-id", &id, "--type", "Complete"]);
    let ex = env.automation(&id);
    assert_eq!(ex["AutomationExecutionStatus"], "Success", "{ex}");
    assert!(ex["ExecutionEndTime"].is_string());
    assert_eq!(step_statuses(&env, &id), pairs(&[("hold", "Cancelled"), ("after", "Pending"), ("cleanup", "Pending")]));
    assert_eq!(std::fs::read_to_string(&mark).unwrap(), "cleaned\n");
    let line = env.fails(&["send-automation-signal", "--automation-execution-id", &id, "--signal-type", "Resume"], 254);
    assert!(line.contains("(InvalidAutomationSignalException)"), "{line}");
}

fn params_runbook() -> String {
    format!(
        "schemaVersion: '0.3'
parameters:
  Name:
    type: String
  Stage:
    type: String
    default: dev
    allowedValues: [dev, prod]
mainSteps:
{}",
        script_step("echo", "{name: '{{ Name }}'}", r#"{"v": events["name"]}"#, "")
    )
}

#[test]
fn client_tokens_and_start_errors() {
    let env = Env::new();
    env.runbook("Flow-Params", &params_runbook());
    let token = uuid::Uuid::new_v4().to_string();
    let (r, id) =
        start(&env, &["--document-name", "Flow-Params", "--parameters", "Name=alpha", "--client-token", &token]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(status(&env, &id), "Success");
    let (_, again) =
        start(&env, &["--document-name", "Flow-Params", "--parameters", "Name=alpha", "--client-token", &token]);
    assert_eq!(again, id);
    assert_eq!(ids(&executions(&env, &[])), vec![id.clone()]);
    let line = env.fails(
        &[
            "start-automation-execution",
            "--document-name",
            "Flow-Params",
            "--parameters",
            "Name=beta",
            "--client-token",
            &token,
        ],
        254,
    );
    assert_eq!(
        line,
        format!(
            "An error occurred (IdempotentParameterMismatch) when calling the StartAutomationExecution operation: \
             ClientToken {token} was used with a different request (execution {id})."
        )
    );

    let start_fails = |args: &[&str]| {
        let mut a = vec!["start-automation-execution"];
        a.extend_from_slice(args);
        env.fails(&a, 254)
    };
    let invalid = "An error occurred (InvalidAutomationExecutionParametersException) when calling the \
                   StartAutomationExecution operation: ";
    for (params, why) in [("Name=a,Color=red", "Color"), ("Stage=prod", "Name"), ("Name=a,Stage=staging", "staging")] {
        let line = start_fails(&["--document-name", "Flow-Params", "--parameters", params]);
        assert!(line.starts_with(invalid), "{params}: {line}");
        assert!(line.contains(why), "{params}: {line}");
    }
    let line = start_fails(&["--document-name", "Flow-Params", "--parameters", "Name=a,Stage=Prod"]);
    assert_eq!(line, format!("{invalid}Parameter Stage: \"Prod\" is not one of allowedValues [\"dev\",\"prod\"]"));

    let line = start_fails(&["--document-name", "Flow-Nowhere"]);
    assert!(line.starts_with("An error occurred (AutomationDefinitionNotFoundException) when calling the StartAutomationExecution operation: "), "{line}");
    let line = start_fails(&["--document-name", "AWS-RunShellScript"]);
    assert_eq!(
        line,
        "An error occurred (AutomationDefinitionNotFoundException) when calling the StartAutomationExecution operation: \
         AWS-RunShellScript is a Command document, not an Automation runbook."
    );
    let unknown = uuid::Uuid::new_v4().to_string();
    let line = env.fails(&["get-automation-execution", "--automation-execution-id", &unknown], 254);
    assert_eq!(
        line,
        format!(
            "An error occurred (AutomationExecutionNotFoundException) when calling the GetAutomationExecution operation: \
             Automation execution {unknown} does not exist."
        )
    );
    // No refused start left anything behind.
    assert_eq!(ids(&executions(&env, &[])), [id]);
}

fn pause_only() -> &'static str {
    "schemaVersion: '0.3'\nmainSteps:\n  - name: hold\n    action: aws:pause\n    inputs: {}\n"
}

#[test]
fn describe_filters_and_paging() {
    let env = Env::new();
    env.runbook(
        "FlowAlpha",
        &format!("schemaVersion: '0.3'\nmainSteps:\n{}", script_step("one", "{}", r#"{"v": "1"}"#, "")),
    );
    env.runbook("FlowBeta", pause_only());
    let (_, alpha) = start(&env, &["--document-name", "FlowAlpha", "--tags", "Key=team,Value=blue"]);
    let (_, beta1) = start(&env, &["--document-name", "FlowBeta"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let mid = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let (_, beta2) = start(&env, &["--document-name", "FlowBeta"]);

    let f = |spec: &str| ids(&executions(&env, &["--filters", spec]));
    assert_eq!(f("Key=DocumentNamePrefix,Values=FlowA"), vec![alpha.clone()]);
    assert_eq!(f("Key=DocumentNamePrefix,Values=Flow"), sorted(vec![alpha.clone(), beta1.clone(), beta2.clone()]));
    assert_eq!(f("Key=ExecutionStatus,Values=Waiting"), sorted(vec![beta1.clone(), beta2.clone()]));
    assert_eq!(f("Key=ExecutionStatus,Values=Success"), vec![alpha.clone()]);
    assert_eq!(f(&format!("Key=ExecutionId,Values={beta1}")), vec![beta1.clone()]);
    assert_eq!(f(&format!("Key=StartTimeAfter,Values={mid}")), vec![beta2.clone()]);
    let hour_ago = (chrono::Utc::now() - chrono::Duration::hours(1)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    assert_eq!(f(&format!("Key=StartTimeAfter,Values={hour_ago}")).len(), 3);
    assert_eq!(f("Key=TagKey,Values=team"), vec![alpha.clone()]);
    assert_eq!(f("Key=CurrentAction,Values=aws:pause"), sorted(vec![beta1.clone(), beta2.clone()]));
    let line = env.fails(&["describe-automation-executions", "--filters", "Key=Colour,Values=x"], 254);
    // As on AWS, a key outside the model's enum fails the request's validation first.
    assert!(
        line.starts_with(
            "An error occurred (ValidationException) when calling the DescribeAutomationExecutions operation: \
             1 validation error detected: Value 'Colour' at 'filters.1.key' failed to satisfy constraint: \
             Member must satisfy enum value set: [DocumentNamePrefix, "
        ),
        "{line}"
    );

    // Paging: one at a time, each once.
    let first = env.ok(&["describe-automation-executions", "--max-items", "1"]).json();
    assert_eq!(first["AutomationExecutionMetadataList"].as_array().unwrap().len(), 1);
    let mut seen = ids(first["AutomationExecutionMetadataList"].as_array().unwrap());
    let mut token = first["NextToken"].as_str().expect("NextToken after the first page").to_string();
    loop {
        let page = env.ok(&["describe-automation-executions", "--max-items", "1", "--starting-token", &token]).json();
        let list = page["AutomationExecutionMetadataList"].as_array().unwrap();
        assert_eq!(list.len(), 1, "{page}");
        seen.extend(ids(list));
        match page["NextToken"].as_str() {
            Some(t) => token = t.to_string(),
            None => break,
        }
    }
    assert_eq!(sorted(seen), sorted(vec![alpha, beta1.clone(), beta2]));

    // Step filters on a run with steps of several states and actions.
    env.runbook(
        "FlowSteps",
        &format!(
            "schemaVersion: '0.3'\nmainSteps:\n{}{}  - name: hold\n    action: aws:pause\n    inputs: {{}}\n{}",
            script_step("s1", "{}", r#"{"v": "1"}"#, ""),
            script_step("s2", "{}", r#"{"v": "2"}"#, ""),
            script_step("s3", "{}", r#"{"v": "3"}"#, ""),
        ),
    );
    let (_, id) = start(&env, &["--document-name", "FlowSteps"]);
    let names = |extra: &[&str]| -> Vec<String> {
        steps(&env, &id, extra).iter().map(|s| s["StepName"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&[]), ["s1", "s2", "hold", "s3"]);
    assert_eq!(names(&["--reverse-order"]), ["s3", "hold", "s2", "s1"]);
    assert_eq!(names(&["--filters", "Key=StepName,Values=s2,hold"]), ["s2", "hold"]);
    assert_eq!(names(&["--filters", "Key=StepExecutionStatus,Values=Success"]), ["s1", "s2"]);
    assert_eq!(names(&["--filters", "Key=StepExecutionStatus,Values=Pending"]), ["s3"]);
    assert_eq!(names(&["--filters", "Key=Action,Values=aws:pause"]), ["hold"]);
    assert_eq!(names(&["--filters", "Key=Action,Values=aws:executeScript", "--reverse-order"]), ["s3", "s2", "s1"]);
    let s2 = step(&steps(&env, &id, &[]), "s2")["StepExecutionId"].as_str().unwrap().to_string();
    assert_eq!(s2.len(), 36, "a step execution id: {s2}");
    assert_eq!(names(&["--filters", &format!("Key=StepExecutionId,Values={s2}")]), ["s2"]);
    let line = env.fails(
        &["describe-automation-step-executions", "--automation-execution-id", &id, "--filters", "Key=Colour,Values=x"],
        254,
    );
    assert!(line.contains("(ValidationException)") && line.contains("Value 'Colour'"), "{line}");
    let line = env.fails(
        &["describe-automation-step-executions", "--automation-execution-id", &uuid::Uuid::new_v4().to_string()],
        254,
    );
    assert!(line.contains("(AutomationExecutionNotFoundException)"), "{line}");
}

#[test]
fn loop_over_iterators_records_each_pass() {
    let env = Env::new();
    env.runbook(
        "Flow-Loop",
        "schemaVersion: '0.3'
mainSteps:
  - name: loopStep
    action: aws:loop
    inputs:
      Iterators: [a, b, c]
      Steps:
        - name: inner
          action: aws:executeScript
          inputs:
            Runtime: python3.11
            Handler: handler
            Script: |
              def handler(events, context):
                return {\"v\": events[\"item\"]}
            InputPayload:
              item: '{{ loopStep.CurrentIteratorValue }}'
          outputs:
            - Name: V
              Selector: $.Payload.v
              Type: String
  - name: after
    action: aws:sleep
    inputs:
      Duration: PT0S
",
    );
    let (r, id) = start(&env, &["--document-name", "Flow-Loop"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(status(&env, &id), "Success");
    let all = steps(&env, &id, &[]);
    let shape: Vec<(String, String)> = all
        .iter()
        .map(|s| (s["StepName"].as_str().unwrap().to_string(), s["StepStatus"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        shape,
        pairs(&[
            ("loopStep", "Success"),
            ("inner", "Success"),
            ("inner", "Success"),
            ("inner", "Success"),
            ("after", "Success")
        ])
    );
    let loop_id = all[0]["StepExecutionId"].as_str().unwrap();
    for (i, v) in ["a", "b", "c"].iter().enumerate() {
        let inner = &all[i + 1];
        assert_eq!(
            inner["ParentStepDetails"],
            json!({"StepExecutionId": loop_id, "StepName": "loopStep", "Action": "aws:loop", "Iteration": i + 1, "IteratorValue": v}),
            "{inner}"
        );
        assert_eq!(inner["Outputs"]["V"], json!([v]));
    }
    assert_eq!(all[0]["Outputs"]["CurrentIteration"], json!(["3"]));
    let second = steps(&env, &id, &["--filters", "Key=ParentStepIteration,Values=2"]);
    assert_eq!(second.len(), 1, "{second:?}");
    assert_eq!(second[0]["Outputs"]["V"], json!(["b"]));
    let by_value = steps(&env, &id, &["--filters", "Key=ParentStepIteratorValue,Values=c"]);
    assert_eq!(by_value.len(), 1);
    assert_eq!(by_value[0]["ParentStepDetails"]["Iteration"], 3);
    let by_parent = steps(&env, &id, &["--filters", &format!("Key=ParentStepExecutionId,Values={loop_id}")]);
    assert_eq!(by_parent.len(), 3);
}

#[test]
fn execute_automation_starts_a_child() {
    let env = Env::new();
    env.runbook(
        "Flow-Child",
        &format!(
            "schemaVersion: '0.3'\nparameters:\n  Word:\n    type: String\nmainSteps:\n{}outputs: [echo.V]\n",
            script_step("echo", "{word: '{{ Word }}'}", r#"{"v": events["word"]}"#, "")
        ),
    );
    env.runbook(
        "Flow-BadChild",
        &format!(
            "schemaVersion: '0.3'\nparameters:\n  Word:\n    type: String\nmainSteps:\n{}",
            script_step("boom", "{}", r#"1 / 0"#, "")
        ),
    );
    let parent_yaml = |child: &str| {
        format!(
            "schemaVersion: '0.3'
mainSteps:
  - name: run
    action: aws:executeAutomation
    inputs:
      DocumentName: {child}
      RuntimeParameters:
        Word: [hello]
outputs: [run.Output]
"
        )
    };
    env.runbook("Flow-Parent", &parent_yaml("Flow-Child"));
    let (r, parent) = start(&env, &["--document-name", "Flow-Parent"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ex = env.automation(&parent);
    assert_eq!(ex["AutomationExecutionStatus"], "Success", "{ex}");
    let children = executions(&env, &["--filters", &format!("Key=ParentExecutionId,Values={parent}")]);
    assert_eq!(children.len(), 1, "{children:?}");
    let child = children[0]["AutomationExecutionId"].as_str().unwrap().to_string();
    let c = env.automation(&child);
    assert_eq!(c["ParentAutomationExecutionId"], parent.as_str());
    assert_eq!(c["DocumentName"], "Flow-Child");
    assert_eq!(c["AutomationExecutionStatus"], "Success");
    assert_eq!(c["Outputs"], json!({"echo.V": ["hello"]}));
    let run = &steps(&env, &parent, &[])[0];
    assert_eq!(run["StepStatus"], "Success");
    assert_eq!(run["Outputs"]["ExecutionId"], json!([child]));
    assert_eq!(run["Outputs"]["Status"], json!(["Success"]));
    assert_eq!(run["Outputs"]["Output"], json!(["hello"]));
    assert_eq!(ex["Outputs"], json!({"run.Output": ["hello"]}));

    // A child that fails fails the step, and the parent with it.
    env.runbook("Flow-BadParent", &parent_yaml("Flow-BadChild"));
    let (r, parent) = start(&env, &["--document-name", "Flow-BadParent"]);
    assert_eq!(r.code, 254);
    let ex = env.automation(&parent);
    assert_eq!(ex["AutomationExecutionStatus"], "Failed");
    let children = executions(&env, &["--filters", &format!("Key=ParentExecutionId,Values={parent}")]);
    assert_eq!(children.len(), 1);
    let child = children[0]["AutomationExecutionId"].as_str().unwrap().to_string();
    assert_eq!(status(&env, &child), "Failed");
    let run = &steps(&env, &parent, &[])[0];
    assert_eq!(run["StepStatus"], "Failed");
    assert_eq!(run["FailureMessage"], format!("child execution {child} ended Failed").as_str());
    assert_eq!(ex["FailureMessage"], format!("Step run failed: child execution {child} ended Failed").as_str());
    assert_eq!(
        r.stderr.trim_end(),
        format!(
            "ssmctl: start-automation-execution: execution {parent} ended Failed: Step run failed: child execution {child} ended Failed"
        )
    );
}

#[test]
fn dry_run_walks_without_running() {
    let env = Env::new();
    // Hosts nothing listens on: a dry run contacts none.
    let inv = env.path().join("inventory.yaml");
    std::fs::write(
        &inv,
        "hosts:\n  node-1:\n    address: 127.0.0.1\n    port: 1\n    tags: {Role: web}\n  node-2:\n    address: 127.0.0.1\n    port: 1\n    tags: {Role: db}\n  node-3:\n    address: 127.0.0.1\n    port: 1\n    tags: {Role: web}\n",
    )
    .unwrap();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    env.runbook("Flow-Dry", &approval_runbook(&format!("[{}]", me()), ""));
    let out = env
        .ok(&["start-automation-execution", "--document-name", "Flow-Dry", "--parameters", "Dir=/tmp/x", "--dry-run"])
        .json();
    assert_eq!(out["DryRun"], true);
    assert_eq!(out["DocumentName"], "Flow-Dry");
    assert_eq!(out["Parameters"], json!({"Dir": "/tmp/x"}));
    let names: Vec<&str> = out["Steps"].as_array().unwrap().iter().map(|s| s["StepName"].as_str().unwrap()).collect();
    assert_eq!(names, ["approve", "work", "decide"]);
    let work = &out["Steps"][1];
    assert_eq!(work["Hosts"], json!(["node-1", "node-3"]));
    assert_eq!(work["Inputs"]["Parameters"]["commands"][1], "echo worked >> /tmp/x/work.log");
    assert_eq!(out["Steps"][2]["Branch"], "depends on outputs of earlier steps: one of fix, skipped (Default)");
    assert_eq!(out["Note"], "The path after decide is decided when the run gets there.");
    assert!(executions(&env, &[]).is_empty());
}
