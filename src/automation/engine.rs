//! Runs an execution as far as it can go now: step after step until it ends or parks on a
//! wait. Only the holder of the execution's lease runs it, and every step attempt is
//! written as started before it runs: a process that dies mid-step leaves an attempt the
//! next holder counts as failed (and retries if maxAttempts allows), never one it runs
//! twice. Everything another process may say (signals, stop requests, a child's end)
//! arrives through the store and wakes the execution.

use super::actions::{self, Outcome};
use super::state::{ExecState, LoopState};
use super::{rate, vars};
use crate::document::runbook::{Flow, Runbook, RunbookStep, parse_runbook};
use crate::document::{self, DocFormat};
use crate::error::Result;
use crate::model::automation::{FailureDetails, ParentStepDetails};
use crate::model::time::{self, Clock};
use crate::ops::Ctx;
use crate::store::automation::{self as rows, ExecutionRow, SignalRow, StepRow};
use crate::store::leases;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

pub const LEASE: &str = "automation";

/// A foreground process waits out a wait this short itself instead of leaving it to the
/// next tick (polling waits, short sleeps).
const FOREGROUND_WAIT: chrono::Duration = chrono::Duration::seconds(10);

/// How long the onCancel steps of a cancelled execution may run (AWS: 2 minutes).
const CANCEL_WINDOW: chrono::Duration = chrono::Duration::minutes(2);

#[derive(Debug, PartialEq, Eq)]
pub enum Advance {
    /// Another live process holds it.
    Busy,
    /// Waiting for a time or a signal.
    Parked,
    /// Ended with this status.
    Ended(String),
}

pub fn is_terminal(status: &str) -> bool {
    matches!(status, "Success" | "Failed" | "TimedOut" | "Cancelled")
}

/// Takes the execution's lease and runs it as far as it goes now. `foreground`: a user's
/// process (start, signal), which also waits out short waits and answers Ctrl-C.
pub fn advance(ctx: &mut Ctx, id: &str, clock: Clock, foreground: bool) -> Result<Advance> {
    let taken = ctx.store()?.write(|tx| leases::take(tx, LEASE, id))?;
    if !taken {
        return Ok(Advance::Busy);
    }
    leases::keep_renewed(ctx.db_path());
    let result = drive(ctx, id, clock, foreground);
    // Parking and ending release the lease in their own transaction; this covers errors.
    let released = ctx.store()?.write(|tx| leases::release(tx, LEASE, id));
    let advance = result?;
    released?;
    Ok(advance)
}

pub fn runbook_of(ex: &ExecutionRow) -> Result<Runbook> {
    Ok(parsed_runbook(ex)?.1)
}

/// The runbook an execution runs, with its parameter declarations.
pub fn parsed_runbook(ex: &ExecutionRow) -> Result<(document::ParsedDocument, Runbook)> {
    let parsed = document::parse(&ex.runbook, DocFormat::Json, "Automation")?;
    let runbook = parse_runbook(&parsed.body, &parsed.parameters)?;
    Ok((parsed, runbook))
}

/// The step named `name`: a main step, or one of a loop's steps.
pub fn find<'a>(runbook: &'a Runbook, name: &str) -> Option<(&'a RunbookStep, &'a [RunbookStep])> {
    if let Some(s) = runbook.steps.iter().find(|s| s.name == name) {
        return Some((s, &runbook.steps));
    }
    runbook.steps.iter().find_map(|l| l.loop_steps.iter().find(|s| s.name == name).map(|s| (s, &l.loop_steps[..])))
}

fn drive(ctx: &mut Ctx, id: &str, clock: Clock, foreground: bool) -> Result<Advance> {
    let Some(mut ex) = ctx.store()?.read(|tx| rows::get(tx, id))? else { return Ok(Advance::Ended("Deleted".into())) };
    if ex.ended.is_some() {
        return Ok(Advance::Ended(ex.status.clone()));
    }
    if ex.state.is_parent() {
        return rate::drive_parent(ctx, ex, clock, foreground);
    }
    let runbook = match runbook_of(&ex) {
        Ok(r) => r,
        Err(e) => {
            ex.state.failure = Some(("Failed".into(), e.render(None)));
            return finish(ctx, &mut ex, &[], clock);
        }
    };
    if ex.status == "Pending" {
        ex.status = if ex.state.held { "Waiting".into() } else { "InProgress".into() };
    }
    loop {
        let signals = ctx.store()?.read(|tx| rows::open_signals(tx, id))?;
        ex.state.seen_signal = signals.iter().map(|s| s.seq).max().unwrap_or(ex.state.seen_signal);
        for s in signals.iter().filter(|s| s.signal_type.starts_with("Stop:")) {
            if ex.state.stop.is_none() {
                ex.state.stop = Some(s.signal_type.trim_start_matches("Stop:").to_string());
            }
            ctx.store()?.write(|tx| rows::consume_signal(tx, s.seq))?;
        }
        if foreground && crate::interrupt::requested() && ex.state.stop.is_none() {
            ex.state.stop = Some("Cancel".into());
        }
        if let Some(stop) = ex.state.stop.clone()
            && !ex.state.cancelling
        {
            if let Some(advance) = stop_now(ctx, &mut ex, &runbook, &stop, clock)? {
                return Ok(advance);
            }
            continue;
        }
        if ex.state.cancelling
            && ex.state.cancel_started.as_deref().is_some_and(|t| clock.now() > time::from_db(t) + CANCEL_WINDOW)
        {
            ex.state.next = None;
            ex.state.current = None;
            ex.state.in_loop = None;
        }
        let signals: Vec<SignalRow> = signals.into_iter().filter(|s| !s.signal_type.starts_with("Stop:")).collect();
        if ex.state.held && ex.state.current.is_none() && ex.state.next.is_some() {
            match hold(ctx, &mut ex, &runbook, &signals)? {
                true => continue,
                false => match park(ctx, &mut ex, "Waiting", None, clock, foreground)? {
                    Some(advance) => return Ok(advance),
                    None => continue,
                },
            }
        }
        if let Some(cur) = ex.state.current.clone() {
            let Some(row) = ctx.store()?.read(|tx| rows::step(tx, &cur))? else {
                ex.state.current = None;
                continue;
            };
            match run_step(ctx, &mut ex, &runbook, row, &signals, clock, foreground)? {
                Some(advance) => return Ok(advance),
                None => continue,
            }
        }
        // Inside an aws:loop: its next inner step, or the next pass.
        if let Some(l) = ex.state.in_loop.clone() {
            match l.inner_next.clone() {
                Some(inner) => {
                    let row = new_inner_row(ctx, &ex, &runbook, &l, &inner)?;
                    ex.state.current = Some(row.step_execution_id.clone());
                    continue;
                }
                None => {
                    next_pass(ctx, &mut ex, &runbook, clock)?;
                    continue;
                }
            }
        }
        match ex.state.next.clone() {
            Some(name) => {
                let Some(row) = ctx.store()?.read(|tx| main_row(tx, &ex.execution_id, &name))? else {
                    ex.state.failure = Some(("Failed".into(), format!("step {name} is not in the runbook")));
                    ex.state.next = None;
                    continue;
                };
                ex.state.current = Some(row.step_execution_id.clone());
                ex.state.next = None;
                ex.state.begun = true;
            }
            None => return finish(ctx, &mut ex, &runbook.outputs, clock),
        }
    }
}

/// The record of main step `name` (its Pending record until it runs).
fn main_row(conn: &rusqlite::Connection, execution_id: &str, name: &str) -> Result<Option<StepRow>> {
    Ok(rows::steps(conn, execution_id)?
        .into_iter()
        .find(|r| r.record.step_name == name && r.record.parent_step_details.is_none()))
}

/// Interactive mode between steps: StartStep picks the step to run, Resume runs the next one.
fn hold(ctx: &mut Ctx, ex: &mut ExecutionRow, runbook: &Runbook, signals: &[SignalRow]) -> Result<bool> {
    for s in signals {
        let step = s.payload.get("StepName").and_then(|v| v.first()).cloned();
        let known = |n: &String| runbook.steps.iter().any(|r| &r.name == n);
        let go = match s.signal_type.as_str() {
            "StartStep" => step.filter(known).map(Some),
            "Resume" => Some(step.filter(known)),
            _ => None,
        };
        ctx.store()?.write(|tx| rows::consume_signal(tx, s.seq))?;
        if let Some(choice) = go {
            if let Some(n) = choice {
                ex.state.next = Some(n);
            }
            ex.state.held = false;
            ex.status = "InProgress".into();
            return Ok(true);
        }
    }
    Ok(false)
}

fn new_inner_row(ctx: &mut Ctx, ex: &ExecutionRow, runbook: &Runbook, l: &LoopState, inner: &str) -> Result<StepRow> {
    let (step, _) = find(runbook, inner).ok_or_else(|| crate::error::Error::internal(format!("no step {inner}")))?;
    let parent = ctx.store()?.read(|tx| rows::step(tx, &l.step_execution_id))?;
    let loop_seq = parent.as_ref().map(|p| p.seq).unwrap_or_default();
    let idx = runbook
        .steps
        .iter()
        .find(|s| s.name == l.step)
        .and_then(|s| s.loop_steps.iter().position(|x| x.name == inner))
        .unwrap_or_default();
    let mut record = super::start::pending_record(step);
    record.parent_step_details = Some(ParentStepDetails {
        step_execution_id: l.step_execution_id.clone(),
        step_name: l.step.clone(),
        action: "aws:loop".into(),
        iteration: l.iteration as i64 + 1,
        iterator_value: l.values.get(l.iteration).map(text).unwrap_or_default(),
    });
    let row = StepRow {
        step_execution_id: uuid::Uuid::new_v4().to_string(),
        execution_id: ex.execution_id.clone(),
        seq: loop_seq + 1 + (l.iteration as i64) * 100 + idx as i64,
        record,
        private: Value::Null,
    };
    ctx.store()?.write(|tx| rows::put_step(tx, &row))?;
    Ok(row)
}

pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A loop's pass ended: the next one, or the loop step's end.
fn next_pass(ctx: &mut Ctx, ex: &mut ExecutionRow, runbook: &Runbook, clock: Clock) -> Result<()> {
    let Some(mut l) = ex.state.in_loop.clone() else { return Ok(()) };
    let Some((step, _)) = find(runbook, &l.step) else {
        ex.state.in_loop = None;
        return Ok(());
    };
    l.iteration += 1;
    let max = step.inputs.get("MaxIterations").and_then(Value::as_u64).unwrap_or(100) as usize;
    let more = if step.inputs.contains_key("LoopCondition") {
        let cond = step.inputs.get("LoopCondition").and_then(Value::as_object).cloned().unwrap_or_default();
        let scope_state = ex.state.clone();
        let resolve = |v: &Value| vars::resolve(v, &scope(&scope_state, &ex.execution_id, clock));
        l.iteration < max && super::branch::holds(&cond, &resolve).unwrap_or(false)
    } else {
        l.iteration < l.values.len().min(max)
    };
    let loop_row = ctx.store()?.read(|tx| rows::step(tx, &l.step_execution_id))?;
    if more {
        l.inner_next = step.loop_steps.first().map(|s| s.name.clone());
        set_loop_outputs(&mut ex.state, &l);
        ex.state.in_loop = Some(l);
        return Ok(());
    }
    ex.state.in_loop = None;
    if let Some(mut row) = loop_row {
        let outcome = Outcome::success(vec![
            ("CurrentIteration".into(), json!(l.iteration)),
            (
                "CurrentIteratorValue".into(),
                l.values.get(l.iteration.saturating_sub(1)).cloned().unwrap_or(Value::Null),
            ),
        ]);
        ex.state.current = Some(row.step_execution_id.clone());
        row.private = json!({"phase": "done"});
        apply_outcome(ctx, ex, runbook, step, row, outcome, clock)?;
    }
    Ok(())
}

fn set_loop_outputs(state: &mut ExecState, l: &LoopState) {
    state.outputs.insert(format!("{}.CurrentIteration", l.step), json!(l.iteration + 1));
    state
        .outputs
        .insert(format!("{}.CurrentIteratorValue", l.step), l.values.get(l.iteration).cloned().unwrap_or(Value::Null));
}

pub fn scope<'a>(state: &'a ExecState, id: &'a str, clock: Clock) -> vars::Scope<'a> {
    vars::Scope {
        parameters: &state.values,
        outputs: &state.outputs,
        execution_id: id,
        now: clock.now(),
        account_id: super::ACCOUNT_ID,
        region: super::REGION,
        partition: "aws",
    }
}

/// Starts, resumes or settles the step of `row`. Some(advance) when the execution parked.
fn run_step(
    ctx: &mut Ctx,
    ex: &mut ExecutionRow,
    runbook: &Runbook,
    mut row: StepRow,
    signals: &[SignalRow],
    clock: Clock,
    foreground: bool,
) -> Result<Option<Advance>> {
    let Some((step, _)) = find(runbook, &row.record.step_name) else {
        ex.state.current = None;
        return Ok(None);
    };
    let step = step.clone();
    let phase = row.private.get("phase").and_then(Value::as_str).unwrap_or("").to_string();
    let attempt = row.private.get("attempt").and_then(Value::as_u64).unwrap_or(0) as u32;
    if phase == "running" {
        // The process that ran this attempt is gone: the attempt failed; never run it again.
        let outcome = Outcome::failed("Failed", "the process running this step ended before it finished (interrupted)");
        return settle(ctx, ex, runbook, &step, row, outcome, clock, foreground);
    }
    let resuming = phase == "waiting";
    let attempt = if resuming { attempt } else { attempt + 1 };
    let scope_state = ex.state.clone();
    let sc = scope(&scope_state, &ex.execution_id, clock);
    let mut own_inputs = step.inputs.clone();
    if step.action == "aws:loop" {
        // The inner steps resolve their own inputs on each pass, and the condition after it.
        own_inputs.remove("Steps");
        own_inputs.remove("LoopCondition");
    }
    let inputs = match vars::resolve(&Value::Object(own_inputs), &sc) {
        Ok(Value::Object(m)) => m,
        Ok(_) => Default::default(),
        Err(msg) => {
            let outcome = Outcome::failed("Failed", &format!("input: {msg}"));
            return settle(ctx, ex, runbook, &step, row, outcome.no_retry(), clock, foreground);
        }
    };
    if !resuming {
        // The attempt is on record before anything runs.
        let now = clock.now();
        row.record.step_status = "InProgress".into();
        if row.record.execution_start_time.is_none() {
            row.record.execution_start_time = Some(now);
        }
        row.record.inputs = if step.action == "aws:branch" || step.action == "aws:loop" {
            step.inputs.iter().map(|(k, v)| (k.clone(), v.to_string())).collect()
        } else {
            inputs.iter().map(|(k, v)| (k.clone(), v.to_string())).collect()
        };
        row.private =
            json!({"attempt": attempt, "phase": if actions::resumable(&step.action) { "waiting" } else { "running" }});
        ex.state.current_step_name = Some(step.name.clone());
        ex.state.current_action = Some(step.action.clone());
        ex.status = "InProgress".into();
        ex.wake_at = Some(clock.now());
        let (r, e) = (row.clone(), ex.clone());
        ctx.store()?.write(|tx| {
            rows::put_step(tx, &r)?;
            rows::save(tx, &e)
        })?;
    }
    if let Some(s) = signals.iter().find(|s| {
        s.signal_type == "StopStep"
            && s.payload.get("StepExecutionId").and_then(|v| v.first()) == Some(&row.step_execution_id)
    }) {
        let seq = s.seq;
        ctx.store()?.write(|tx| rows::consume_signal(tx, seq))?;
        let outcome = Outcome::failed("Cancelled", &format!("stopped by {} (StopStep)", s.sender));
        return settle(ctx, ex, runbook, &step, row, outcome, clock, foreground);
    }
    let own = row.private.get("action").cloned().unwrap_or(Value::Null);
    let call = actions::Call {
        ex: &*ex,
        step: &step,
        step_execution_id: &row.step_execution_id,
        inputs: &inputs,
        private: &own,
        signals,
        clock,
        started: row.record.execution_start_time.unwrap_or_else(|| clock.now()),
    };
    let (outcome, consumed) = actions::run(ctx, call)?;
    if !consumed.is_empty() {
        ctx.store()?.write(|tx| consumed.iter().try_for_each(|s| rows::consume_signal(tx, *s)))?;
    }
    if step.action == "aws:loop"
        && let Outcome::Loop(l) = &outcome
    {
        let mut l = l.clone();
        l.step_execution_id = row.step_execution_id.clone();
        set_loop_outputs(&mut ex.state, &l);
        ex.state.in_loop = Some(l);
        ex.state.current = None;
        row.private = json!({"attempt": attempt, "phase": "looping"});
        let (r, e) = (row.clone(), ex.clone());
        ctx.store()?.write(|tx| {
            rows::put_step(tx, &r)?;
            rows::save(tx, &e)
        })?;
        return Ok(None);
    }
    settle(ctx, ex, runbook, &step, row, outcome, clock, foreground)
}

#[allow(clippy::too_many_arguments)]
fn settle(
    ctx: &mut Ctx,
    ex: &mut ExecutionRow,
    runbook: &Runbook,
    step: &RunbookStep,
    mut row: StepRow,
    outcome: Outcome,
    clock: Clock,
    foreground: bool,
) -> Result<Option<Advance>> {
    if let Outcome::Wait { status, until, private } = outcome {
        let attempt = row.private.get("attempt").cloned().unwrap_or(json!(1));
        row.record.step_status = status.to_string();
        row.private = json!({"attempt": attempt, "phase": "waiting", "action": private});
        ctx.store()?.write(|tx| rows::put_step(tx, &row))?;
        let exec_status = if status == "Waiting" { "Waiting" } else { "InProgress" };
        return park(ctx, ex, exec_status, until, clock, foreground);
    }
    if matches!(outcome, Outcome::Failed { .. }) {
        // Another attempt when one is left: the record shows the step still in progress.
        let attempt = row.private.get("attempt").and_then(Value::as_u64).unwrap_or(1) as u32;
        if attempt < step.max_attempts && !outcome.is_final() {
            row.private = json!({"attempt": attempt, "phase": "retry"});
            ctx.store()?.write(|tx| rows::put_step(tx, &row))?;
            return Ok(None);
        }
    }
    apply_outcome(ctx, ex, runbook, step, row, outcome, clock)?;
    Ok(None)
}

/// Records a step's end and decides what comes next.
fn apply_outcome(
    ctx: &mut Ctx,
    ex: &mut ExecutionRow,
    runbook: &Runbook,
    step: &RunbookStep,
    mut row: StepRow,
    outcome: Outcome,
    clock: Clock,
) -> Result<()> {
    let now = clock.now();
    row.record.execution_end_time = Some(now);
    if row.record.execution_start_time.is_none() {
        row.record.execution_start_time = Some(now);
    }
    let siblings: &[RunbookStep] = find(runbook, &step.name).map(|(_, s)| s).unwrap_or(&runbook.steps);
    let in_loop = row.record.parent_step_details.is_some();
    let next = match outcome {
        Outcome::Success { outputs, response, branch, response_text } => {
            row.record.step_status = "Success".into();
            for (k, v) in &outputs {
                row.record.outputs.insert(k.clone(), super::selector::output_strings(v));
                ex.state.outputs.insert(format!("{}.{k}", step.name), v.clone());
            }
            if let Some(doc) = &response {
                for o in &step.outputs {
                    if let Some(v) = super::selector::select(doc, &o.selector) {
                        match super::selector::typed(v, &o.type_) {
                            Ok(v) => {
                                row.record.outputs.insert(o.name.clone(), super::selector::output_strings(&v));
                                ex.state.outputs.insert(format!("{}.{}", step.name, o.name), v);
                            }
                            Err(msg) => {
                                row.record.outputs.insert(o.name.clone(), vec![]);
                                row.record.failure_message = Some(format!("output {}: {msg}", o.name));
                            }
                        }
                    }
                }
            }
            row.record.response = response_text;
            if step.is_end {
                None
            } else if let Some(choice) = branch {
                match choice {
                    Some(target) => Some(target),
                    None => sequential(siblings, &step.name),
                }
            } else if let Some(n) = &step.next_step {
                Some(n.clone())
            } else {
                sequential(siblings, &step.name)
            }
        }
        Outcome::Failed { status, message, outputs, .. } => {
            row.record.step_status = status.to_string();
            for (k, v) in &outputs {
                row.record.outputs.insert(k.clone(), super::selector::output_strings(v));
            }
            row.record.failure_message = Some(message.clone());
            row.record.failure_details = Some(FailureDetails {
                failure_stage: "Execution".into(),
                failure_type: match status {
                    "TimedOut" => "Timeout".into(),
                    "Cancelled" => "Cancelled".into(),
                    _ => "Verification".into(),
                },
                details: Default::default(),
            });
            let critical = step.is_critical || step.on_failure == Flow::Abort;
            if critical && ex.state.failure.is_none() && !ex.state.cancelling {
                ex.state.failure = Some((
                    if status == "TimedOut" { "TimedOut".into() } else { "Failed".into() },
                    format!("Step {} {}: {message}", step.name, status.to_lowercase()),
                ));
            }
            match &step.on_failure {
                Flow::Abort => {
                    if in_loop {
                        // The loop fails with its inner step.
                        ex.state.in_loop = None;
                    }
                    ex.state.next = None;
                    None
                }
                Flow::Continue if step.is_end => None,
                Flow::Continue => sequential(siblings, &step.name),
                Flow::Step(x) => Some(x.clone()),
            }
        }
        Outcome::Wait { .. } | Outcome::Loop(_) => None,
    };
    let aborted = matches!(row.record.step_status.as_str(), "Failed" | "TimedOut" | "Cancelled")
        && step.on_failure == Flow::Abort;
    row.private = json!({"attempt": row.private.get("attempt").cloned().unwrap_or(json!(1)), "phase": "done"});
    ex.state.current = None;
    if in_loop {
        if aborted {
            // An inner step aborted: the loop step fails, and the loop's own onFailure decides.
            let loop_name = row.record.parent_step_details.as_ref().map(|p| p.step_execution_id.clone());
            ctx.store()?.write(|tx| rows::put_step(tx, &row))?;
            ex.state.in_loop = None;
            if let Some(lid) = loop_name
                && let Some(lrow) = ctx.store()?.read(|tx| rows::step(tx, &lid))?
                && let Some((lstep, _)) = find(runbook, &lrow.record.step_name)
            {
                let lstep = lstep.clone();
                let msg = format!("step {} of iteration failed", step.name);
                ex.state.failure = None;
                return apply_outcome(ctx, ex, runbook, &lstep, lrow, Outcome::failed("Failed", &msg), clock);
            }
            return Ok(());
        }
        if let Some(l) = ex.state.in_loop.as_mut() {
            l.inner_next = next;
        }
    } else {
        ex.state.next = next;
        // Interactive: each next step waits to be asked for.
        ex.state.held = ex.state.mode == "Interactive" && !ex.state.cancelling;
    }
    let (r, e) = (row, ex.clone());
    ctx.store()?.write(|tx| {
        rows::put_step(tx, &r)?;
        rows::save(tx, &e)
    })?;
    Ok(())
}

fn sequential(siblings: &[RunbookStep], name: &str) -> Option<String> {
    let i = siblings.iter().position(|s| s.name == name)?;
    siblings.get(i + 1).map(|s| s.name.clone())
}

/// Parks: writes the state and the wake time and gives the lease back in one transaction,
/// unless a signal came since the drive loop last looked (None: go on). Signals it looked at
/// and nothing used are spent then, so a signal that came too late cannot hold the
/// execution awake. A foreground process waits out a short wait itself (None: go on).
pub fn park(
    ctx: &mut Ctx,
    ex: &mut ExecutionRow,
    status: &str,
    until: Option<DateTime<Utc>>,
    clock: Clock,
    foreground: bool,
) -> Result<Option<Advance>> {
    ex.status = status.to_string();
    ex.wake_at = until;
    let seen = ex.state.seen_signal;
    let near = until.is_some_and(|t| t - clock.now() <= FOREGROUND_WAIT);
    if foreground && near {
        let e = ex.clone();
        ctx.store()?.write(|tx| rows::save(tx, &e))?;
        while until.is_some_and(|t| clock.now() < t) {
            if crate::interrupt::requested() {
                break;
            }
            let open = ctx.store()?.read(|tx| rows::open_signals(tx, &e.execution_id))?;
            if open.iter().any(|s| s.seq > seen) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        return Ok(None);
    }
    let e = ex.clone();
    let parked = ctx.store()?.write(|tx| {
        let open = rows::open_signals(tx, &e.execution_id)?;
        if open.iter().any(|s| s.seq > seen) {
            return Ok(false);
        }
        for s in &open {
            rows::consume_signal(tx, s.seq)?;
        }
        rows::save(tx, &e)?;
        leases::release(tx, LEASE, &e.execution_id)?;
        Ok(true)
    })?;
    Ok(parked.then_some(Advance::Parked))
}

/// A stop request: Cancel runs the current step's onCancel step (for up to 2 minutes), then
/// ends Cancelled; Complete ends the execution now, as far as it got. None: go on running
/// the cancel steps.
fn stop_now(
    ctx: &mut Ctx,
    ex: &mut ExecutionRow,
    runbook: &Runbook,
    stop: &str,
    clock: Clock,
) -> Result<Option<Advance>> {
    let now = clock.now();
    let mut on_cancel = None;
    if let Some(cur) = ex.state.current.take()
        && let Some(mut row) = ctx.store()?.read(|tx| rows::step(tx, &cur))?
        && !is_terminal(&row.record.step_status)
    {
        if let Some((step, _)) = find(runbook, &row.record.step_name) {
            if let Flow::Step(x) = &step.on_cancel {
                on_cancel = Some(x.clone());
            }
            actions::cancel_waiting(ctx, step, &row.private)?;
        }
        row.record.step_status = "Cancelled".into();
        row.record.execution_end_time = Some(now);
        row.private = json!({"phase": "done"});
        ctx.store()?.write(|tx| rows::put_step(tx, &row))?;
    }
    ex.state.in_loop = None;
    ex.state.held = false;
    if stop == "Cancel"
        && let Some(x) = on_cancel
    {
        ex.state.cancelling = true;
        ex.state.cancel_started = Some(time::to_db(&now));
        ex.state.next = Some(x);
        ex.status = "Cancelling".into();
        let e = ex.clone();
        ctx.store()?.write(|tx| rows::save(tx, &e))?;
        return Ok(None);
    }
    ex.state.next = None;
    if stop == "Cancel" {
        ex.state.cancelling = true;
    }
    finish(ctx, ex, &runbook.outputs, clock).map(Some)
}

/// The end: the status AWS would give, the runbook's outputs, the lease back, and whoever
/// waits for this execution (a parent, an association run) told.
pub fn finish(ctx: &mut Ctx, ex: &mut ExecutionRow, outputs: &[String], clock: Clock) -> Result<Advance> {
    let now = clock.now();
    let status = if ex.state.cancelling {
        "Cancelled".to_string()
    } else if let Some((s, m)) = &ex.state.failure {
        ex.state.failure_message = Some(m.clone());
        s.clone()
    } else {
        "Success".to_string()
    };
    for o in outputs {
        if let Some(v) = ex.state.outputs.get(o) {
            ex.state.runbook_outputs.insert(o.clone(), super::selector::output_strings(v));
        } else {
            ex.state.runbook_outputs.insert(
                o.clone(),
                vec!["No output available yet because the step is not successfully executed".into()],
            );
        }
    }
    ex.status = status.clone();
    ex.ended = Some(now);
    ex.wake_at = None;
    ex.state.current = None;
    ex.state.current_step_name = None;
    ex.state.current_action = None;
    let e = ex.clone();
    ctx.store()?.write(|tx| {
        rows::save(tx, &e)?;
        leases::release(tx, LEASE, &e.execution_id)?;
        if let Some(p) = &e.parent_id {
            rows::wake(tx, p, &time::now())?;
        }
        if let Some(a) = &e.association_id {
            crate::ops::apply_due::automation_ended(tx, a, &e.execution_id, &status)?;
        }
        Ok(())
    })?;
    Ok(Advance::Ended(status))
}
