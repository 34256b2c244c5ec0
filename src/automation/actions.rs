//! What each Automation action does (SPEC §18). An action gets its resolved inputs and, when
//! it is resumed, the state it left; it answers with an [`Outcome`]. Actions that wait
//! (sleep, approve, pause, a child execution, a property wait) never block a process:
//! they answer Wait with the time to look again.

use super::engine::{self, text};
use super::state::LoopState;
use super::{api, script};
use crate::document::runbook::{RunbookStep, parse_duration};
use crate::error::Result;
use crate::model::automation::StartAutomationExecutionRequest;
use crate::model::commands::{Parameters, SendCommandRequest};
use crate::model::time::{self, Clock};
use crate::ops::Ctx;
use crate::store::automation::{self as rows, ExecutionRow, SignalRow};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

pub enum Outcome {
    Success {
        /// The action's own outputs (CommandId, Payload…), by name.
        outputs: Vec<(String, Value)>,
        /// The document the step's declared output selectors read.
        response: Option<Value>,
        /// aws:branch: the choice made (None: no choice matched and there is no Default).
        branch: Option<Option<String>>,
        response_text: Option<String>,
    },
    Failed {
        status: &'static str,
        message: String,
        /// No further attempt helps (a rejection, a cancel, a bad input).
        final_: bool,
        /// What the step still tells (a command's id and code, a rejection's decisions).
        outputs: Vec<(String, Value)>,
    },
    Wait {
        /// The step's status while it waits: Waiting (for a person) or InProgress (for time).
        status: &'static str,
        until: Option<DateTime<Utc>>,
        private: Value,
    },
    /// aws:loop: its passes begin.
    Loop(LoopState),
}

impl Outcome {
    pub fn success(outputs: Vec<(String, Value)>) -> Outcome {
        Outcome::Success { outputs, response: None, branch: None, response_text: None }
    }

    pub fn failed(status: &'static str, message: &str) -> Outcome {
        Outcome::Failed { status, message: message.to_string(), final_: status == "Cancelled", outputs: vec![] }
    }

    pub fn no_retry(self) -> Outcome {
        match self {
            Outcome::Failed { status, message, outputs, .. } => {
                Outcome::Failed { status, message, final_: true, outputs }
            }
            other => other,
        }
    }

    pub fn is_final(&self) -> bool {
        matches!(self, Outcome::Failed { final_: true, .. })
    }
}

pub struct Call<'a> {
    pub ex: &'a ExecutionRow,
    pub step: &'a RunbookStep,
    pub step_execution_id: &'a str,
    pub inputs: &'a Map<String, Value>,
    /// What this step left when it last waited (Null on its first run).
    pub private: &'a Value,
    pub signals: &'a [SignalRow],
    pub clock: Clock,
    pub started: DateTime<Utc>,
}

/// Actions whose step may be looked at again by another process without running anything
/// twice: they only wait, read, or decide.
pub fn resumable(action: &str) -> bool {
    matches!(
        action,
        "aws:approve"
            | "aws:pause"
            | "aws:sleep"
            | "aws:executeAutomation"
            | "aws:waitForAwsResourceProperty"
            | "aws:branch"
    )
}

/// AWS's default and largest approval wait: 7 and 30 days.
const APPROVE_DEFAULT: i64 = 7 * 24 * 3600;
const APPROVE_MAX: i64 = 30 * 24 * 3600;

/// How often aws:waitForAwsResourceProperty looks (`SSMCTL_AUTOMATION_POLL_SECONDS`, 5).
fn poll() -> chrono::Duration {
    chrono::Duration::seconds(
        std::env::var("SSMCTL_AUTOMATION_POLL_SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(5i64).max(1),
    )
}

fn deadline(c: &Call, default: Option<i64>) -> Option<DateTime<Utc>> {
    c.step.timeout_seconds.map(|t| t as i64).or(default).map(|t| c.started + chrono::Duration::seconds(t))
}

/// Runs (or resumes) the step; also says which signals it used.
pub fn run(ctx: &mut Ctx, c: Call) -> Result<(Outcome, Vec<i64>)> {
    let outcome = match c.step.action.as_str() {
        "aws:runCommand" => run_command(ctx, &c)?,
        "aws:executeScript" => execute_script(&c),
        "aws:branch" => branch(&c),
        "aws:sleep" => sleep(&c),
        "aws:approve" => return approve(&c),
        "aws:pause" => return pause(&c),
        "aws:executeAutomation" => execute_automation(ctx, &c)?,
        "aws:executeAwsApi" => match api::call(ctx, c.inputs) {
            Ok(resp) => {
                Outcome::Success { outputs: vec![], response: Some(resp.clone()), branch: None, response_text: None }
            }
            Err(msg) => Outcome::failed("Failed", &msg),
        },
        "aws:assertAwsResourceProperty" => match api::property_matches(ctx, c.inputs) {
            Ok((true, _)) => Outcome::success(vec![]),
            Ok((false, seen)) => Outcome::failed("Failed", &seen),
            Err(msg) => Outcome::failed("Failed", &msg),
        },
        "aws:waitForAwsResourceProperty" => {
            let until = deadline(&c, Some(3600)).unwrap_or_else(|| c.clock.now());
            match api::property_matches(ctx, c.inputs) {
                Ok((true, _)) => Outcome::success(vec![]),
                Ok((false, seen)) if c.clock.now() >= until => {
                    Outcome::failed("TimedOut", &format!("timed out waiting: {seen}"))
                }
                Ok(_) => Outcome::Wait {
                    status: "InProgress",
                    until: Some((c.clock.now() + poll()).min(until)),
                    private: Value::Null,
                },
                Err(msg) => Outcome::failed("Failed", &msg),
            }
        }
        "aws:loop" => begin_loop(&c),
        other => Outcome::failed("Failed", &format!("action {other} is not run by ssmctl")).no_retry(),
    };
    Ok((outcome, vec![]))
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        None | Some(Value::Null) => vec![],
        Some(Value::Array(a)) => a.iter().map(text).collect(),
        Some(other) => vec![text(other)],
    }
}

fn parameters(v: Option<&Value>) -> Parameters {
    match v {
        Some(Value::Object(m)) => m.iter().map(|(k, v)| (k.clone(), strings(Some(v)))).collect(),
        _ => Parameters::new(),
    }
}

fn run_command(ctx: &mut Ctx, c: &Call) -> Result<Outcome> {
    let i = c.inputs;
    let targets = match i.get("Targets") {
        Some(t) => match serde_json::from_value(t.clone()) {
            Ok(t) => t,
            Err(e) => return Ok(Outcome::failed("Failed", &format!("Targets: {e}")).no_retry()),
        },
        None => vec![],
    };
    let req = SendCommandRequest {
        document_name: i.get("DocumentName").map(text).unwrap_or_default(),
        document_version: i.get("DocumentVersion").map(text),
        document_hash: i.get("DocumentHash").map(text),
        document_hash_type: i.get("DocumentHashType").map(text),
        instance_ids: strings(i.get("InstanceIds")),
        targets,
        parameters: parameters(i.get("Parameters")),
        comment: i.get("Comment").map(text),
        timeout_seconds: i.get("TimeoutSeconds").and_then(|v| text(v).parse().ok()),
        max_concurrency: i.get("MaxConcurrency").map(text),
        max_errors: i.get("MaxErrors").map(text),
        ..Default::default()
    };
    let until = deadline(c, None);
    ctx.command_deadline = until.map(|u| {
        let left = (u - c.clock.now()).to_std().unwrap_or_default();
        std::time::Instant::now() + left
    });
    let sent = crate::ops::commands::send(ctx, req);
    ctx.command_deadline = None;
    // A command that did not succeed is this step's failure, not the process's exit.
    ctx.exit_code = None;
    ctx.exit_message = None;
    let command = match sent {
        Ok(r) => r.command,
        Err(e) => return Ok(Outcome::failed("Failed", &e.render(Some("SendCommand")))),
    };
    let cid = command.command_id.clone();
    let (invocations, output) = ctx.store()?.read(|tx| {
        let invs = crate::store::commands::invocations(tx, &cid)?;
        let mut out = String::new();
        for inv in &invs {
            for p in crate::store::commands::plugins(tx, &cid, &inv.instance_id)? {
                out.push_str(&p.stdout);
            }
        }
        Ok((invs, out))
    })?;
    let code = invocations
        .iter()
        .find(|i| i.status != "Success")
        .or(invocations.first())
        .map(|i| i.response_code)
        .unwrap_or(-1);
    let outputs = vec![
        ("CommandId".to_string(), json!(cid)),
        ("Status".to_string(), json!(command.status)),
        ("ResponseCode".to_string(), json!(code.to_string())),
        ("Output".to_string(), json!(output)),
    ];
    if command.status == "Success" {
        return Ok(Outcome::Success { outputs, response: None, branch: None, response_text: None });
    }
    let failed: Vec<String> = invocations
        .iter()
        .filter(|i| i.status != "Success")
        .map(|i| format!("{} {} (exit {})", i.instance_id, i.status, i.response_code))
        .collect();
    let timed_out = until.is_some_and(|u| c.clock.now() >= u) && command.status == "Cancelled";
    let message = format!("command {cid} ended {}: {}", command.status, failed.join(", "));
    if crate::interrupt::requested() {
        return Ok(Outcome::failed("Cancelled", &message));
    }
    let status = if timed_out { "TimedOut" } else { "Failed" };
    Ok(Outcome::Failed { status, message, final_: false, outputs })
}

fn execute_script(c: &Call) -> Outcome {
    let i = c.inputs;
    let events = i.get("InputPayload").cloned().unwrap_or_else(|| json!({}));
    let context = json!({
        "automation:EXECUTION_ID": c.ex.execution_id,
        "automation:STEP_NAME": c.step.name,
        "global:ACCOUNT_ID": super::ACCOUNT_ID,
        "global:REGION": super::REGION,
    });
    let secs = c.step.timeout_seconds.unwrap_or(script::MAX_SECONDS).min(script::MAX_SECONDS);
    let (runtime, handler, source) = (
        i.get("Runtime").map(text).unwrap_or_default(),
        i.get("Handler").map(text).unwrap_or_default(),
        i.get("Script").map(text).unwrap_or_default(),
    );
    let run = script::ScriptRun {
        runtime: &runtime,
        handler: &handler,
        script: &source,
        events: &events,
        context: &context,
        timeout: std::time::Duration::from_secs(secs),
        cancel: crate::interrupt::flag(),
    };
    match script::run(&run) {
        script::ScriptOutcome::Success { payload, logs } => Outcome::Success {
            outputs: vec![("Payload".into(), payload.clone())],
            response: Some(json!({ "Payload": payload })),
            branch: None,
            response_text: (!logs.is_empty()).then_some(logs),
        },
        script::ScriptOutcome::Failed { message, logs } => {
            Outcome::failed("Failed", &format!("{message}{}", tail(&logs)))
        }
        script::ScriptOutcome::TimedOut { logs } => {
            Outcome::failed("TimedOut", &format!("the script ran longer than {secs} s{}", tail(&logs)))
        }
        script::ScriptOutcome::Cancelled { logs } => Outcome::failed("Cancelled", &format!("cancelled{}", tail(&logs))),
    }
}

/// A script's output after a failure message, on lines of its own.
fn tail(logs: &str) -> String {
    if logs.is_empty() { String::new() } else { format!("\n{logs}") }
}

fn branch(c: &Call) -> Outcome {
    let state = c.ex.state.clone();
    let sc = engine::scope(&state, &c.ex.execution_id, c.clock);
    let resolve = |v: &Value| super::vars::resolve(v, &sc);
    match super::branch::choose(&c.step.inputs, &resolve) {
        Ok(choice) => Outcome::Success { outputs: vec![], response: None, branch: Some(choice), response_text: None },
        Err(msg) => Outcome::failed("Failed", &msg).no_retry(),
    }
}

fn sleep(c: &Call) -> Outcome {
    let until = match c.private.get("until").and_then(Value::as_str) {
        Some(t) => time::from_db(t),
        None => {
            let i = c.inputs;
            if let Some(d) = i.get("Duration") {
                match parse_duration(&text(d)) {
                    Some(d) => c.started + d,
                    None => {
                        return Outcome::failed("Failed", &format!("Duration {} is not an ISO 8601 duration", text(d)))
                            .no_retry();
                    }
                }
            } else if let Some(t) = i.get("Timestamp") {
                match chrono::DateTime::parse_from_rfc3339(&text(t)) {
                    Ok(t) => t.with_timezone(&Utc),
                    Err(_) => {
                        return Outcome::failed("Failed", &format!("Timestamp {} is not an ISO 8601 time", text(t)))
                            .no_retry();
                    }
                }
            } else {
                return Outcome::failed("Failed", "aws:sleep needs Duration or Timestamp").no_retry();
            }
        }
    };
    if c.clock.now() >= until {
        return Outcome::success(vec![]);
    }
    Outcome::Wait { status: "InProgress", until: Some(until), private: json!({ "until": time::to_db(&until) }) }
}

fn approve(c: &Call) -> Result<(Outcome, Vec<i64>)> {
    let approvers = strings(c.inputs.get("Approvers"));
    let min = c.inputs.get("MinRequiredApprovals").and_then(|v| text(v).parse::<usize>().ok()).unwrap_or(1);
    let timeout = c.step.timeout_seconds.map(|t| (t as i64).min(APPROVE_MAX)).unwrap_or(APPROVE_DEFAULT);
    let until = c.started + chrono::Duration::seconds(timeout);
    let mut decisions: Vec<Value> = c.private.get("decisions").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut used = vec![];
    for s in c.signals.iter().filter(|s| matches!(s.signal_type.as_str(), "Approve" | "Reject")) {
        used.push(s.seq);
        let decided = decisions.iter().any(|d| d.get("Approver").and_then(Value::as_str) == Some(s.sender.as_str()));
        if decided || !approvers.iter().any(|a| approver_matches(a, &s.sender)) {
            continue;
        }
        decisions.push(json!({
            "Approver": s.sender,
            "Decision": if s.signal_type == "Approve" { "Approved" } else { "Rejected" },
            "Comment": s.payload.get("Comment").and_then(|c| c.first()).cloned().unwrap_or_default(),
            "DecisionTime": time::to_seconds_z(&s.at),
        }));
    }
    let outputs = |status: &str| {
        vec![
            ("ApprovalStatus".to_string(), json!(status)),
            ("ApproverDecisions".to_string(), Value::Array(decisions.clone())),
        ]
    };
    if let Some(r) = decisions.iter().find(|d| d.get("Decision").and_then(Value::as_str) == Some("Rejected")) {
        let who = r.get("Approver").and_then(Value::as_str).unwrap_or("");
        let comment = r.get("Comment").and_then(Value::as_str).unwrap_or("");
        let message =
            if comment.is_empty() { format!("rejected by {who}") } else { format!("rejected by {who}: {comment}") };
        // The decisions stay visible on a rejected step, as on an approved one.
        let outputs = outputs("Rejected");
        return Ok((Outcome::Failed { status: "Failed", message, final_: true, outputs }, used));
    }
    let approvals = decisions.iter().filter(|d| d.get("Decision").and_then(Value::as_str) == Some("Approved")).count();
    if approvals >= min {
        return Ok((Outcome::success(outputs("Approved")), used));
    }
    if c.clock.now() >= until {
        return Ok((Outcome::failed("TimedOut", "no decision before the step's timeout").no_retry(), used));
    }
    let message = c.inputs.get("Message").map(text).unwrap_or_default();
    Ok((
        Outcome::Wait {
            status: "Waiting",
            until: Some(until),
            private: json!({ "decisions": decisions, "approvers": approvers, "message": message }),
        },
        used,
    ))
}

/// An approver is a local user name; an IAM ARN's last path part counts as one too, so
/// runbooks written for AWS (`arn:aws:iam::123:user/alice`) name the same person.
pub fn approver_matches(approver: &str, user: &str) -> bool {
    approver == user || approver.rsplit('/').next() == Some(user)
}

fn pause(c: &Call) -> Result<(Outcome, Vec<i64>)> {
    if let Some(s) = c.signals.iter().find(|s| s.signal_type == "Resume") {
        return Ok((Outcome::success(vec![]), vec![s.seq]));
    }
    if let Some(until) = deadline(c, None)
        && c.clock.now() >= until
    {
        return Ok((Outcome::failed("TimedOut", "not resumed before the step's timeout").no_retry(), vec![]));
    }
    Ok((Outcome::Wait { status: "Waiting", until: deadline(c, None), private: Value::Null }, vec![]))
}

fn execute_automation(ctx: &mut Ctx, c: &Call) -> Result<Outcome> {
    let child = match c.private.get("child").and_then(Value::as_str) {
        Some(id) => id.to_string(),
        None => {
            let i = c.inputs;
            let req = StartAutomationExecutionRequest {
                document_name: i.get("DocumentName").map(text).unwrap_or_default(),
                document_version: i.get("DocumentVersion").map(text),
                parameters: parameters(i.get("RuntimeParameters")),
                target_parameter_name: i.get("TargetParameterName").map(text),
                targets: i.get("Targets").and_then(|t| serde_json::from_value(t.clone()).ok()).unwrap_or_default(),
                target_maps: i
                    .get("TargetMaps")
                    .and_then(|t| serde_json::from_value(t.clone()).ok())
                    .unwrap_or_default(),
                max_concurrency: i.get("MaxConcurrency").map(text),
                max_errors: i.get("MaxErrors").map(text),
                ..Default::default()
            };
            let inv = ctx.inventory()?;
            let parent = c.ex.execution_id.clone();
            let created = ctx.store()?.write(|tx| super::start::create(tx, &inv, &req, Some(&parent), None));
            let id = match created {
                Ok(id) => id,
                Err(e) => return Ok(Outcome::failed("Failed", &e.render(Some("StartAutomationExecution"))).no_retry()),
            };
            // The child is on record before it runs: a resumed step finds it.
            let step_id = c.step_execution_id.to_string();
            let private = json!({"child": id});
            ctx.store()?.write(|tx| {
                if let Some(mut row) = rows::step(tx, &step_id)? {
                    let attempt = row.private.get("attempt").cloned().unwrap_or(json!(1));
                    row.private = json!({"attempt": attempt, "phase": "waiting", "action": private});
                    rows::put_step(tx, &row)?;
                }
                Ok(())
            })?;
            engine::advance(ctx, &id, c.clock, false)?;
            id
        }
    };
    let row = ctx.store()?.read(|tx| rows::get(tx, &child))?;
    let Some(row) = row else { return Ok(Outcome::failed("Failed", &format!("child execution {child} is gone"))) };
    if row.ended.is_none() {
        if let Some(until) = deadline(c, None)
            && c.clock.now() >= until
        {
            return Ok(Outcome::failed("TimedOut", &format!("child execution {child} did not end in time")).no_retry());
        }
        return Ok(Outcome::Wait { status: "InProgress", until: deadline(c, None), private: json!({"child": child}) });
    }
    let output: Vec<Value> = row.state.runbook_outputs.values().flat_map(|v| v.iter().map(|s| json!(s))).collect();
    let outputs = vec![
        ("ExecutionId".to_string(), json!(child)),
        ("Status".to_string(), json!(row.status)),
        ("Output".to_string(), Value::Array(output)),
    ];
    if row.status == "Success" {
        Ok(Outcome::Success { outputs, response: None, branch: None, response_text: None })
    } else {
        Ok(Outcome::failed("Failed", &format!("child execution {child} ended {}", row.status)).no_retry())
    }
}

fn begin_loop(c: &Call) -> Outcome {
    let values: Vec<Value> = match c.inputs.get("Iterators") {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::String(s)) => match serde_json::from_str::<Vec<Value>>(s) {
            Ok(v) => v,
            Err(_) => vec![Value::String(s.clone())],
        },
        Some(other) => vec![other.clone()],
        None => vec![],
    };
    if c.inputs.contains_key("Iterators") && values.is_empty() {
        return Outcome::success(vec![("CurrentIteration".into(), json!(0))]);
    }
    Outcome::Loop(LoopState {
        step: c.step.name.clone(),
        step_execution_id: c.step_execution_id.to_string(),
        iteration: 0,
        values,
        inner_next: c.step.loop_steps.first().map(|s| s.name.clone()),
    })
}

/// A cancelled step that waits on something of its own (a child execution) cancels that too.
pub fn cancel_waiting(ctx: &mut Ctx, step: &RunbookStep, private: &Value) -> Result<()> {
    if step.action == "aws:executeAutomation"
        && let Some(child) = private.get("action").and_then(|a| a.get("child")).and_then(Value::as_str)
    {
        let child = child.to_string();
        ctx.store()?.write(|tx| request_stop(tx, &child, "Cancel", &super::start::whoami()))?;
    }
    Ok(())
}

/// Asks an execution to stop (Cancel | Complete); its holder or the next tick acts on it.
pub fn request_stop(conn: &rusqlite::Connection, id: &str, how: &str, who: &str) -> Result<()> {
    let now = time::now();
    rows::add_signal(
        conn,
        id,
        &SignalRow {
            seq: 0,
            signal_type: format!("Stop:{how}"),
            payload: Default::default(),
            sender: who.into(),
            at: now,
        },
    )?;
    rows::wake(conn, id, &now)
}
