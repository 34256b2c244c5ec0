//! Automation's operations: start-, get-, stop-automation-execution,
//! describe-automation-executions, describe-automation-step-executions,
//! send-automation-signal. The engine that runs executions is in src/automation/.

use super::Ctx;
use super::patch_states::page;
use crate::automation::engine::{self, Advance, is_terminal};
use crate::automation::{actions, rate, start};
use crate::error::{Error, Result};
use crate::model::automation::*;
use crate::model::time::{self, Clock};
use crate::store::automation::{self as rows, ExecutionRow, SignalRow};
use rusqlite::Connection;

pub const RESOURCE_TYPE: &str = "Automation";

fn not_found(id: &str) -> Error {
    Error::service("AutomationExecutionNotFoundException", format!("Automation execution {id} does not exist."))
}

fn get_row(conn: &Connection, id: &str) -> Result<ExecutionRow> {
    rows::get(conn, id)?.ok_or_else(|| not_found(id))
}

/// `--dry-run`: what the runbook would do with these parameters.
pub fn dry_run(ctx: &mut Ctx, req: serde_json::Value) -> Result<serde_json::Value> {
    let req: StartAutomationExecutionRequest =
        serde_json::from_value(req).map_err(|e| Error::internal(format!("request shape: {e}")))?;
    crate::automation::dry_run::walk(ctx, &req)
}

pub fn start(ctx: &mut Ctx, req: StartAutomationExecutionRequest) -> Result<StartAutomationExecutionResult> {
    crate::interrupt::install();
    let inventory = ctx.inventory()?;
    let id = ctx.store()?.write(|tx| start::create(tx, &inventory, &req, None, None))?;
    // Run it here until it ends or parks (SPEC §16); the tick continues a parked one.
    run_here(ctx, &id, "start-automation-execution")?;
    Ok(StartAutomationExecutionResult { automation_execution_id: id })
}

/// Advances `id` in this process and says on stderr (and in the exit code) how it went:
/// an execution that ended without success exits 254, Ctrl-C exits 130, a parked one says
/// what it waits for.
fn run_here(ctx: &mut Ctx, id: &str, command: &str) -> Result<()> {
    let advance = engine::advance(ctx, id, Clock::wall(), true)?;
    let row = ctx.store()?.read(|tx| get_row(tx, id))?;
    match advance {
        Advance::Ended(status) if status != "Success" => {
            let why = row.state.failure_message.clone().unwrap_or_default();
            let code = if crate::interrupt::requested() { 130 } else { 254 };
            ctx.finish_with(
                code,
                format!("ssmctl: {command}: execution {id} ended {status}: {why}").trim_end_matches(": ").to_string(),
            );
        }
        Advance::Parked => {
            if let Some(line) = waiting_line(ctx, &row)? {
                crate::error::eprint_line(&line);
            }
        }
        _ => {}
    }
    Ok(())
}

/// "execution X waits at step Y for …": what a parked execution needs from people.
fn waiting_line(ctx: &mut Ctx, row: &ExecutionRow) -> Result<Option<String>> {
    let Some(cur) = &row.state.current else {
        if row.state.held {
            return Ok(Some(format!(
                "ssmctl: execution {} (Interactive) waits for StartStep or Resume before step {}",
                row.execution_id,
                row.state.next.clone().unwrap_or_default()
            )));
        }
        return Ok(None);
    };
    let Some(step) = ctx.store()?.read(|tx| rows::step(tx, cur))? else { return Ok(None) };
    let id = &row.execution_id;
    let name = &step.record.step_name;
    let line = match step.record.action.as_str() {
        "aws:approve" => {
            let a = step.private.get("action").cloned().unwrap_or_default();
            let approvers: Vec<String> = a
                .get("approvers")
                .and_then(|v| v.as_array())
                .map(|v| v.iter().filter_map(|x| x.as_str().map(String::from)).collect())
                .unwrap_or_default();
            let message = a.get("message").and_then(|m| m.as_str()).unwrap_or("");
            format!(
                "ssmctl: execution {id} waits at step {name} for approval by {}{}",
                approvers.join(", "),
                if message.is_empty() { String::new() } else { format!(": {message}") }
            )
        }
        "aws:pause" => format!(
            "ssmctl: execution {id} is paused at step {name}; send-automation-signal --signal-type Resume continues it"
        ),
        _ => match row.wake_at {
            Some(t) => format!(
                "ssmctl: execution {id} waits at step {name} until {}; apply-due continues it",
                time::to_cli(&t)
            ),
            None => format!("ssmctl: execution {id} waits at step {name}; apply-due continues it"),
        },
    };
    Ok(Some(line))
}

fn counters(
    conn: &Connection,
    row: &ExecutionRow,
    steps: &[crate::store::automation::StepRow],
) -> Result<ProgressCounters> {
    if row.state.is_parent() {
        let children = rows::children(conn, &row.execution_id)?;
        let total = row.state.resolved_targets.as_ref().map(|r| r.parameter_values.len()).unwrap_or(0);
        return Ok(rate::counters(&children, total));
    }
    let count = |s: &str| steps.iter().filter(|r| r.record.step_status == s).count() as i64;
    Ok(ProgressCounters {
        total_steps: steps.iter().filter(|r| r.record.step_status != "Pending").count() as i64,
        success_steps: count("Success"),
        failed_steps: count("Failed"),
        cancelled_steps: count("Cancelled"),
        timed_out_steps: count("TimedOut"),
    })
}

/// The execution as get-automation-execution shows it; without its steps and counters
/// (`with_steps` false) for the metadata of describe-automation-executions.
fn execution_of(conn: &Connection, row: &ExecutionRow, with_steps: bool) -> Result<AutomationExecution> {
    let s = &row.state;
    let steps = if with_steps { rows::steps(conn, &row.execution_id)? } else { vec![] };
    Ok(AutomationExecution {
        automation_execution_id: row.execution_id.clone(),
        document_name: row.document_name.clone(),
        document_version: row.document_version.clone(),
        execution_start_time: Some(row.started),
        execution_end_time: row.ended,
        automation_execution_status: row.status.clone(),
        step_executions: steps.iter().map(|r| r.record.shown()).collect(),
        step_executions_truncated: false,
        parameters: s.parameters.clone(),
        outputs: s.runbook_outputs.clone(),
        failure_message: s.failure_message.clone(),
        mode: s.mode.clone(),
        parent_automation_execution_id: row.parent_id.clone(),
        executed_by: row.executed_by.clone(),
        current_step_name: s.current_step_name.clone(),
        current_action: s.current_action.clone(),
        target_parameter_name: s.target_parameter_name.clone().filter(|n| !n.is_empty()),
        targets: s.targets.clone(),
        target_maps: s.target_maps.clone(),
        resolved_targets: s.resolved_targets.clone(),
        max_concurrency: s.max_concurrency.clone(),
        max_errors: s.max_errors.clone(),
        target: s.target.clone(),
        progress_counters: if with_steps { counters(conn, row, &steps)? } else { ProgressCounters::default() },
        association_id: row.association_id.clone(),
        variables: Default::default(),
    })
}

fn metadata_of(conn: &Connection, row: &ExecutionRow) -> Result<AutomationExecutionMetadata> {
    let e = execution_of(conn, row, false)?;
    Ok(AutomationExecutionMetadata {
        automation_execution_id: e.automation_execution_id,
        document_name: e.document_name,
        document_version: e.document_version,
        automation_execution_status: e.automation_execution_status,
        execution_start_time: e.execution_start_time,
        execution_end_time: e.execution_end_time,
        executed_by: e.executed_by,
        log_file: String::new(),
        outputs: e.outputs,
        mode: e.mode,
        parent_automation_execution_id: e.parent_automation_execution_id,
        current_step_name: e.current_step_name,
        current_action: e.current_action,
        failure_message: e.failure_message,
        target_parameter_name: e.target_parameter_name,
        targets: e.targets,
        target_maps: e.target_maps,
        resolved_targets: e.resolved_targets,
        max_concurrency: e.max_concurrency,
        max_errors: e.max_errors,
        target: e.target,
        automation_type: "Local".into(),
        association_id: e.association_id,
    })
}

pub fn get(ctx: &mut Ctx, req: GetAutomationExecutionRequest) -> Result<GetAutomationExecutionResult> {
    ctx.store()?.read(|tx| {
        let row = get_row(tx, &req.automation_execution_id)?;
        Ok(GetAutomationExecutionResult { automation_execution: execution_of(tx, &row, true)? })
    })
}

fn filter_time(key: &str, v: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    time::parse_cli_str(v).ok_or_else(|| {
        Error::service("InvalidFilterValue", format!("Filter {key} needs a time like 2026-12-01T02:00:00Z, not {v}."))
    })
}

pub fn describe(ctx: &mut Ctx, req: DescribeAutomationExecutionsRequest) -> Result<DescribeAutomationExecutionsResult> {
    ctx.store()?.read(|tx| {
        let mut all = rows::all(tx)?;
        for f in &req.filters {
            let vals = &f.values;
            if vals.is_empty() {
                return Err(Error::service("InvalidFilterValue", format!("Filter {} needs a value.", f.key)));
            }
            match f.key.as_str() {
                "DocumentNamePrefix" => all.retain(|r| vals.iter().any(|v| r.document_name.starts_with(v.as_str()))),
                "ExecutionStatus" => all.retain(|r| vals.iter().any(|v| v == &r.status)),
                "ExecutionId" => all.retain(|r| vals.contains(&r.execution_id)),
                "ParentExecutionId" => all.retain(|r| r.parent_id.as_ref().is_some_and(|p| vals.contains(p))),
                "CurrentAction" => all.retain(|r| r.state.current_action.as_ref().is_some_and(|a| vals.contains(a))),
                "StartTimeBefore" => {
                    let t = filter_time(&f.key, &vals[0])?;
                    all.retain(|r| r.started < t)
                }
                "StartTimeAfter" => {
                    let t = filter_time(&f.key, &vals[0])?;
                    all.retain(|r| r.started > t)
                }
                "AutomationType" => {
                    if let Some(bad) = vals.iter().find(|v| !matches!(v.as_str(), "Local" | "CrossAccount")) {
                        return Err(Error::service(
                            "InvalidFilterValue",
                            format!("AutomationType is Local or CrossAccount, not {bad}."),
                        ));
                    }
                    if !vals.iter().any(|v| v == "Local") {
                        all.clear();
                    }
                }
                "TagKey" => {
                    let mut keep = Vec::new();
                    for r in all {
                        let tags = crate::store::tags::list(tx, RESOURCE_TYPE, &r.execution_id)?;
                        if tags.iter().any(|t| vals.contains(&t.key)) {
                            keep.push(r);
                        }
                    }
                    all = keep;
                }
                "TargetResourceGroup" => all.retain(|r| {
                    r.state
                        .targets
                        .iter()
                        .any(|t| t.key == "ResourceGroup" && t.values.iter().any(|v| vals.contains(v)))
                }),
                // Change Manager and OpsCenter have nothing here: no execution matches.
                "AutomationSubtype" | "OpsItemId" => all.clear(),
                other => {
                    return Err(Error::service("InvalidFilterKey", format!("Filter key {other} is not supported.")));
                }
            }
        }
        let (rows_page, next_token) = page(&all, req.next_token.as_deref(), req.max_results, 50)?;
        let list = rows_page.iter().map(|r| metadata_of(tx, r)).collect::<Result<Vec<_>>>()?;
        Ok(DescribeAutomationExecutionsResult { automation_execution_metadata_list: list, next_token })
    })
}

pub fn describe_steps(
    ctx: &mut Ctx,
    req: DescribeAutomationStepExecutionsRequest,
) -> Result<DescribeAutomationStepExecutionsResult> {
    ctx.store()?.read(|tx| {
        get_row(tx, &req.automation_execution_id)?;
        let mut steps: Vec<StepExecution> =
            rows::steps(tx, &req.automation_execution_id)?.into_iter().map(|r| r.record).collect();
        for f in &req.filters {
            let vals = &f.values;
            if vals.is_empty() {
                return Err(Error::service("InvalidFilterValue", format!("Filter {} needs a value.", f.key)));
            }
            let parent = |s: &StepExecution| s.parent_step_details.clone();
            match f.key.as_str() {
                "StartTimeBefore" => {
                    let t = filter_time(&f.key, &vals[0])?;
                    steps.retain(|s| s.execution_start_time.is_some_and(|x| x < t))
                }
                "StartTimeAfter" => {
                    let t = filter_time(&f.key, &vals[0])?;
                    steps.retain(|s| s.execution_start_time.is_some_and(|x| x > t))
                }
                "StepExecutionStatus" => steps.retain(|s| vals.contains(&s.step_status)),
                "StepExecutionId" => steps.retain(|s| vals.contains(&s.step_execution_id)),
                "StepName" => steps.retain(|s| vals.contains(&s.step_name)),
                "Action" => steps.retain(|s| vals.contains(&s.action)),
                "ParentStepExecutionId" => {
                    steps.retain(|s| parent(s).is_some_and(|p| vals.contains(&p.step_execution_id)))
                }
                "ParentStepIteration" => {
                    steps.retain(|s| parent(s).is_some_and(|p| vals.contains(&p.iteration.to_string())))
                }
                "ParentStepIteratorValue" => {
                    steps.retain(|s| parent(s).is_some_and(|p| vals.contains(&p.iterator_value)))
                }
                other => {
                    return Err(Error::service("InvalidFilterKey", format!("Filter key {other} is not supported.")));
                }
            }
        }
        if req.reverse_order {
            steps.reverse();
        }
        let (page_items, next_token) = page(&steps, req.next_token.as_deref(), req.max_results, 50)?;
        Ok(DescribeAutomationStepExecutionsResult {
            step_executions: page_items.iter().map(StepExecution::shown).collect(),
            next_token,
        })
    })
}

fn invalid_signal(msg: impl Into<String>) -> Error {
    Error::service("InvalidAutomationSignalException", msg)
}

pub fn signal(ctx: &mut Ctx, req: SendAutomationSignalRequest) -> Result<super::Empty> {
    crate::interrupt::install();
    let id = req.automation_execution_id.clone();
    let who = start::whoami();
    ctx.store()?.write(|tx| {
        let row = get_row(tx, &id)?;
        if is_terminal(&row.status) {
            return Err(invalid_signal(format!("Execution {id} has ended ({}); it takes no signals.", row.status)));
        }
        let current = match &row.state.current {
            Some(c) => rows::step(tx, c)?,
            None => None,
        };
        let waiting = |action: &str| {
            current.as_ref().is_some_and(|c| c.record.action == action && c.record.step_status == "Waiting")
        };
        let step_name = req.payload.get("StepName").and_then(|v| v.first()).cloned();
        let runbook = engine::runbook_of(&row)?;
        let check_step = |name: &Option<String>| -> Result<()> {
            if let Some(n) = name
                && engine::find(&runbook, n).is_none()
            {
                return Err(Error::service(
                    "AutomationStepNotFoundException",
                    format!("Step {n} is not a step of {}.", row.document_name),
                ));
            }
            Ok(())
        };
        match req.signal_type.as_str() {
            "Approve" | "Reject" => {
                let Some(step) = current.as_ref().filter(|_| waiting("aws:approve")) else {
                    return Err(invalid_signal(format!("Execution {id} is not waiting for an approval.")));
                };
                let approvers: Vec<String> = step
                    .private
                    .get("action")
                    .and_then(|a| a.get("approvers"))
                    .and_then(|v| v.as_array())
                    .map(|v| v.iter().filter_map(|x| x.as_str().map(String::from)).collect())
                    .unwrap_or_default();
                if !approvers.iter().any(|a| actions::approver_matches(a, &who)) {
                    return Err(invalid_signal(format!(
                        "User {who} is not an approver of step {} (approvers: {}).",
                        step.record.step_name,
                        approvers.join(", ")
                    )));
                }
            }
            "Resume" => {
                check_step(&step_name)?;
                if !waiting("aws:pause") && !row.state.held {
                    return Err(invalid_signal(format!("Execution {id} is not paused.")));
                }
            }
            "StartStep" => {
                if step_name.is_none() {
                    return Err(invalid_signal("StartStep needs the step's name: --payload StepName=<name>."));
                }
                check_step(&step_name)?;
                if !row.state.held {
                    return Err(invalid_signal(format!(
                        "Execution {id} is not waiting for a step to be started (Interactive mode)."
                    )));
                }
            }
            "StopStep" => {
                let Some(sid) = req.payload.get("StepExecutionId").and_then(|v| v.first()) else {
                    return Err(invalid_signal("StopStep needs --payload StepExecutionId=<id>."));
                };
                if rows::step(tx, sid)?.is_none_or(|s| s.execution_id != id) {
                    return Err(Error::service(
                        "AutomationStepNotFoundException",
                        format!("Step execution {sid} is not part of {id}."),
                    ));
                }
                if row.state.current.as_deref() != Some(sid.as_str()) {
                    return Err(invalid_signal(format!("Step execution {sid} is not running.")));
                }
            }
            other => {
                return Err(invalid_signal(format!(
                    "Signal {other} is for Change Manager and Just-in-time access, which ssmctl does not have."
                )));
            }
        }
        let now = time::now();
        rows::add_signal(
            tx,
            &id,
            &SignalRow {
                seq: 0,
                signal_type: req.signal_type.clone(),
                payload: req.payload.clone(),
                sender: who.clone(),
                at: now,
            },
        )?;
        rows::wake(tx, &id, &now)
    })?;
    run_here(ctx, &id, "send-automation-signal")?;
    Ok(super::Empty {})
}

pub fn stop(ctx: &mut Ctx, req: StopAutomationExecutionRequest) -> Result<super::Empty> {
    let id = req.automation_execution_id.clone();
    let how = req.type_.clone().unwrap_or_else(|| "Cancel".into());
    let who = start::whoami();
    ctx.store()?.write(|tx| {
        let row = get_row(tx, &id)?;
        if is_terminal(&row.status) {
            return Err(Error::service(
                "InvalidAutomationStatusUpdateException",
                format!("Execution {id} has already ended ({}).", row.status),
            ));
        }
        actions::request_stop(tx, &id, &how, &who)
    })?;
    // A parked execution stops now; one that a live process runs stops when that process
    // next looks (between steps, or while it waits).
    engine::advance(ctx, &id, Clock::wall(), false)?;
    Ok(super::Empty {})
}
