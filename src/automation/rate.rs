//! Rate control: a parent execution runs one child execution per target value, at most
//! MaxConcurrency at a time, and starts no more children once more than MaxErrors of them
//! failed; children already running finish, the rest are never started. Each child runs
//! in its own thread with its own store connection and its own lease, exactly as any
//! execution runs; a child that parks (an approval) keeps its place and wakes the parent
//! when it ends.

use super::engine::{self, Advance, is_terminal};
use crate::document::ParsedDocument;
use crate::document::runbook::Runbook;
use crate::error::Result;
use crate::model::automation::ProgressCounters;
use crate::model::time::Clock;
use crate::ops::Ctx;
use crate::store::automation::{self as rows, ExecutionRow};
use crate::store::leases;
use serde_json::Value;
use std::sync::mpsc;

/// The children's counts, as the parent's ProgressCounters show them.
pub fn counters(children: &[ExecutionRow], total: usize) -> ProgressCounters {
    let count = |s: &str| children.iter().filter(|c| c.status == s).count() as i64;
    ProgressCounters {
        total_steps: total as i64,
        success_steps: count("Success"),
        failed_steps: count("Failed"),
        cancelled_steps: count("Cancelled"),
        timed_out_steps: count("TimedOut"),
    }
}

fn failed(c: &ExecutionRow) -> bool {
    matches!(c.status.as_str(), "Failed" | "TimedOut" | "Cancelled")
}

/// A child for target value `i`: the parent's parameters with the target parameter set
/// (or a TargetMaps entry's values).
fn child_of(parent: &ExecutionRow, i: usize, parsed: &ParsedDocument, runbook: &Runbook) -> Result<ExecutionRow> {
    let value = parent.state.resolved_targets.as_ref().map(|r| r.parameter_values[i].clone()).unwrap_or_default();
    let mut state = parent.state.clone();
    let given: Vec<(String, Vec<String>)> = if state.target_maps.is_empty() {
        vec![(state.target_parameter_name.clone().unwrap_or_default(), vec![value.clone()])]
    } else {
        state.target_maps.get(i).map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect()).unwrap_or_default()
    };
    for (name, values) in given {
        if let Some(decl) = parsed.parameter(&name) {
            let typed = decl.value_from_api(&values).map_err(|m| {
                crate::error::Error::service(super::start::INVALID_PARAMETERS, format!("Parameter {name}: {m}"))
            })?;
            state.values.insert(name.clone(), typed);
            state.parameters.insert(name, values);
        }
    }
    state.target_parameter_name = None;
    state.resolved_targets = None;
    state.targets = vec![];
    state.target_maps = vec![];
    state.max_concurrency = None;
    state.max_errors = None;
    state.children_started = 0;
    state.target = Some(value);
    state.next = runbook.steps.first().map(|s| s.name.clone());
    state.held = false;
    let now = crate::model::time::now();
    Ok(ExecutionRow {
        execution_id: uuid::Uuid::new_v4().to_string(),
        status: "Pending".into(),
        state,
        started: now,
        ended: None,
        parent_id: Some(parent.execution_id.clone()),
        wake_at: Some(now),
        client_token: None,
        request_hash: None,
        ..parent.clone()
    })
}

pub fn drive_parent(ctx: &mut Ctx, mut ex: ExecutionRow, clock: Clock, foreground: bool) -> Result<Advance> {
    let total = ex.state.resolved_targets.as_ref().map(|r| r.parameter_values.len()).unwrap_or(0);
    let max_concurrency = crate::exec::rate::concurrency(ex.state.max_concurrency.as_deref().unwrap_or("10"), total)?;
    let max_errors = crate::exec::rate::errors(ex.state.max_errors.as_deref().unwrap_or("0"), total)?;
    let (done_tx, done_rx) = mpsc::channel::<String>();
    let mut running_here = 0usize;
    let id = ex.execution_id.clone();
    ex.status = "InProgress".into();
    let (parsed, runbook) = engine::parsed_runbook(&ex)?;
    loop {
        let signals = ctx.store()?.read(|tx| rows::open_signals(tx, &id))?;
        for s in signals.iter().filter(|s| s.signal_type.starts_with("Stop:")) {
            ex.state.stop = Some(s.signal_type.trim_start_matches("Stop:").to_string());
            ctx.store()?.write(|tx| rows::consume_signal(tx, s.seq))?;
        }
        if foreground && crate::interrupt::requested() {
            ex.state.stop = Some("Cancel".into());
        }
        let children = ctx.store()?.read(|tx| rows::children(tx, &id))?;
        let running = children.iter().filter(|c| !is_terminal(&c.status)).count();
        let errors = children.iter().filter(|c| failed(c)).count();
        let over = errors > max_errors;
        let stopping = ex.state.stop.is_some();
        if stopping && !ex.state.cancelling {
            ex.state.cancelling = ex.state.stop.as_deref() == Some("Cancel");
            let who = super::start::whoami();
            let open: Vec<String> =
                children.iter().filter(|c| !is_terminal(&c.status)).map(|c| c.execution_id.clone()).collect();
            ctx.store()?
                .write(|tx| open.iter().try_for_each(|c| super::actions::request_stop(tx, c, "Cancel", &who)))?;
        }
        // Start what the limits allow.
        let mut started = vec![];
        while !over && !stopping && running + started.len() < max_concurrency && ex.state.children_started < total {
            let child = child_of(&ex, ex.state.children_started, &parsed, &runbook)?;
            ex.state.children_started += 1;
            started.push(child);
        }
        if !started.is_empty() {
            ex.wake_at = Some(clock.now());
            let (e, kids) = (ex.clone(), started.clone());
            ctx.store()?.write(|tx| {
                for k in &kids {
                    rows::insert(tx, k)?;
                    super::start::pending_steps(tx, &k.execution_id, &runbook)?;
                }
                rows::save(tx, &e)
            })?;
            for k in started {
                let (db, inventory) = ctx.paths();
                let tx = done_tx.clone();
                running_here += 1;
                std::thread::spawn(move || {
                    let mut child_ctx = Ctx::new(db, inventory);
                    let _ = engine::advance(&mut child_ctx, &k.execution_id, clock, false);
                    let _ = tx.send(k.execution_id);
                });
            }
            continue;
        }
        if running_here > 0 {
            // Wait for one of this process's children to end or park, then look again.
            let _ = done_rx.recv_timeout(std::time::Duration::from_millis(500)).map(|_| running_here -= 1);
            while done_rx.try_recv().is_ok() {
                running_here -= 1;
            }
            continue;
        }
        if running > 0 {
            // Children parked or run by other processes: each wakes the parent when it ends.
            ex.status = "InProgress".into();
            ex.wake_at = None;
            let e = ex.clone();
            let n_running = running;
            let parked = ctx.store()?.write(|tx| {
                let now_running =
                    rows::children(tx, &e.execution_id)?.iter().filter(|c| !is_terminal(&c.status)).count();
                if now_running != n_running || !rows::open_signals(tx, &e.execution_id)?.is_empty() {
                    return Ok(false);
                }
                rows::save(tx, &e)?;
                leases::release(tx, engine::LEASE, &e.execution_id)?;
                Ok(true)
            })?;
            if parked {
                return Ok(Advance::Parked);
            }
            continue;
        }
        // All done: Failed when the error threshold stopped it, Cancelled when asked.
        if over {
            ex.state.failure = Some((
                "Failed".into(),
                format!(
                    "{errors} child executions failed, more than MaxErrors {} allows; {} of {total} targets were not started",
                    ex.state.max_errors.clone().unwrap_or_default(),
                    total - ex.state.children_started
                ),
            ));
        }
        ex.state.outputs.insert("children".into(), Value::from(children.len()));
        return engine::finish(ctx, &mut ex, &[], clock);
    }
}
