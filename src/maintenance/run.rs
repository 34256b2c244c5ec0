//! One window execution as a state machine (SPEC §16, §19). Its task executions run in
//! priority groups, lowest number first: a group's tasks run in parallel, and the next
//! group starts once every task of this one ended, whatever its result. No task starts at
//! or after the cutoff. Each task runs one invocation per target, within its
//! MaxConcurrency and MaxErrors; every invocation row is written before its command or
//! automation starts, so a process killed mid-window leaves rows that the next holder
//! settles (never runs again) before it goes on with the targets not yet started.

use super::pseudo::{self, Pseudo};
use crate::error::Result;
use crate::model::automation::StartAutomationExecutionRequest;
use crate::model::commands::SendCommandRequest;
use crate::model::maintenance_windows::TaskRecord;
use crate::model::time::{self, Clock};
use crate::ops::Ctx;
use crate::ops::maintenance_window_tasks::run_parameters;
use crate::store::leases;
use crate::store::maintenance_windows::{self as rows, ExecutionRow, InvocationRow, ResolvedTarget, TaskExecutionRow};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::collections::HashSet;
use std::sync::mpsc;

pub const LEASE: &str = "maintenance-window-execution";

/// Busy (another live process holds it), Parked (its automations wait: the next tick looks
/// again), or Ended with its status: as an automation execution's.
pub use crate::automation::engine::Advance;

pub fn is_terminal(status: &str) -> bool {
    matches!(status, "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLED" | "SKIPPED_OVERLAPPING")
}

/// Takes the execution's lease and runs it as far as it goes now.
pub fn advance(ctx: &mut Ctx, id: &str, clock: Clock) -> Result<Advance> {
    if !ctx.store()?.write(|tx| leases::take(tx, LEASE, id))? {
        return Ok(Advance::Busy);
    }
    leases::keep_renewed(ctx.db_path());
    let result = drive(ctx, id, clock);
    let released = ctx.store()?.write(|tx| leases::release(tx, LEASE, id));
    let advance = result?;
    released?;
    Ok(advance)
}

fn drive(ctx: &mut Ctx, id: &str, clock: Clock) -> Result<Advance> {
    loop {
        let Some(mut ex) = ctx.store()?.read(|tx| rows::get_execution(tx, id))? else {
            // Deleted with its window while it waited.
            return Ok(Advance::Ended("CANCELLED".into()));
        };
        if is_terminal(&ex.status) {
            return Ok(Advance::Ended(ex.status));
        }
        let tasks = ctx.store()?.read(|tx| rows::task_executions(tx, id))?;
        let cancelling = ex.status == "CANCELLING";
        let now = clock.now();
        let open: Vec<&TaskExecutionRow> = tasks.iter().filter(|t| !is_terminal(&t.status)).collect();
        let Some(priority) = open.iter().map(|t| t.priority).min() else {
            return finish(ctx, &mut ex, &tasks, clock);
        };
        // What may not start any more: everything pending once cancelled, and the whole
        // current group when the cutoff has come before it started.
        let never: Vec<TaskExecutionRow> = open
            .iter()
            .filter(|t| t.status == "PENDING" && (cancelling || (t.priority == priority && now >= ex.cutoff_at)))
            .map(|t| {
                let mut t = (*t).clone();
                t.status = if cancelling { "CANCELLED" } else { "TIMED_OUT" }.into();
                t.status_details = Some(if cancelling {
                    "The window execution was cancelled before this task started; it never ran.".into()
                } else {
                    format!(
                        "The window's cutoff ({}) came before this task's priority group could start; it never ran.",
                        time::to_cli(&ex.cutoff_at)
                    )
                });
                t.end_time = Some(now);
                t
            })
            .collect();
        if !never.is_empty() {
            ctx.store()?.write(|tx| never.iter().try_for_each(|t| rows::save_task_execution(tx, t)))?;
            continue;
        }
        // Start the group's pending tasks: their targets are resolved now.
        let group: Vec<TaskExecutionRow> =
            open.iter().filter(|t| t.priority == priority).map(|t| (*t).clone()).collect();
        let starting: Vec<TaskExecutionRow> = group.iter().filter(|t| t.status == "PENDING").cloned().collect();
        if !starting.is_empty() {
            let inventory = ctx.inventory()?;
            let mut started = vec![];
            let registered = ctx.store()?.read(|tx| rows::targets(tx, &ex.window_id))?;
            for mut t in starting {
                let (targets, missing) = super::targets::resolve_task(&inventory, &t.task, &registered)?;
                t.targets = Some(targets);
                t.status = "IN_PROGRESS".into();
                t.start_time = Some(now);
                if !missing.is_empty() {
                    t.status_details = Some(format!(
                        "Not in the inventory or no longer registered: {}",
                        crate::ops::named_list(&missing, 10)
                    ));
                }
                started.push(t);
            }
            if ex.status == "PENDING" {
                ex.status = "IN_PROGRESS".into();
                ex.start_time.get_or_insert(now);
            }
            let e = ex.clone();
            ctx.store()?.write(|tx| {
                started.iter().try_for_each(|t| rows::save_task_execution(tx, t))?;
                rows::save_execution(tx, &e)
            })?;
            continue;
        }
        // Run (or resume) the group, each task in a thread of its own.
        let (db, inventory) = ctx.paths();
        let handles: Vec<_> = group
            .iter()
            .map(|t| {
                let (db, inventory, id, task_id) =
                    (db.clone(), inventory.clone(), id.to_string(), t.task_execution_id.clone());
                std::thread::spawn(move || {
                    let mut c = Ctx::new(db, inventory);
                    run_task(&mut c, &id, &task_id, clock)
                })
            })
            .collect();
        let mut all_ended = true;
        for h in handles {
            match h.join() {
                Ok(r) => all_ended &= r?,
                Err(_) => return Err(crate::error::Error::internal("a maintenance window task thread panicked")),
            }
        }
        if !all_ended {
            // Automations still wait: every later tick looks again (the fire time is before
            // any tick's now, pinned or not).
            ex.wake_at = Some(ex.fire_time);
            let e = ex.clone();
            ctx.store()?.write(|tx| {
                if let Some(mut cur) = rows::get_execution(tx, &e.window_execution_id)? {
                    cur.wake_at = e.wake_at;
                    rows::save_execution(tx, &cur)?;
                }
                Ok(())
            })?;
            return Ok(Advance::Parked);
        }
    }
}

/// The window's status from its tasks': CANCELLED when cancelled, FAILED when a task
/// failed, TIMED_OUT when one timed out (or never started for the cutoff), else SUCCESS.
fn finish(ctx: &mut Ctx, ex: &mut ExecutionRow, tasks: &[TaskExecutionRow], clock: Clock) -> Result<Advance> {
    let count = |s: &str| tasks.iter().filter(|t| t.status == s).count();
    let (failed, timed_out, cancelled, ok) =
        (count("FAILED"), count("TIMED_OUT"), count("CANCELLED"), count("SUCCESS"));
    ex.status = if ex.status == "CANCELLING" {
        "CANCELLED"
    } else if failed > 0 {
        "FAILED"
    } else if timed_out > 0 {
        "TIMED_OUT"
    } else {
        "SUCCESS"
    }
    .into();
    let mut details = if tasks.is_empty() {
        "The window has no tasks.".to_string()
    } else {
        let mut parts = vec![format!("{ok} of {} tasks succeeded", tasks.len())];
        for (n, what) in [(failed, "failed"), (timed_out, "timed out"), (cancelled, "were cancelled")] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        parts.join(", ")
    };
    if let Some(prev) = ex.status_details.as_deref().filter(|d| d.starts_with("Started late")) {
        details = format!("{prev} {details}");
    }
    ex.status_details = Some(details.chars().take(250).collect());
    let now = clock.now();
    ex.start_time.get_or_insert(now);
    ex.end_time = Some(now);
    ex.wake_at = None;
    let e = ex.clone();
    ctx.store()?.write(|tx| rows::save_execution(tx, &e))?;
    Ok(Advance::Ended(ex.status.clone()))
}

/// Runs or resumes one task execution; true when it ended, false when invocations still
/// wait on automations that parked.
fn run_task(ctx: &mut Ctx, ex_id: &str, task_id: &str, clock: Clock) -> Result<bool> {
    // Each invocation thread sends back its row: ended, or still waiting (a parked automation).
    let (done_tx, done_rx) = mpsc::channel::<InvocationRow>();
    let mut running_here: HashSet<String> = HashSet::new();
    let Some(te) = ctx.store()?.read(|tx| rows::get_task_execution(tx, ex_id, task_id))? else { return Ok(true) };
    let task = te.task.clone();
    let targetless = task.targets.is_empty();
    let items: Vec<ResolvedTarget> = if targetless {
        vec![ResolvedTarget { resource_id: String::new(), window_target_id: None, owner_information: None }]
    } else {
        te.targets.clone().unwrap_or_default()
    };
    let n = items.len();
    let max_concurrency = if targetless {
        1
    } else {
        crate::exec::rate::concurrency(task.max_concurrency.as_deref().unwrap_or("1"), n).unwrap_or(1)
    };
    let max_errors = if targetless {
        0
    } else {
        crate::exec::rate::errors(task.max_errors.as_deref().unwrap_or("0"), n).unwrap_or(0)
    };
    let mut stop_asked = false;
    loop {
        let Some(ex) = ctx.store()?.read(|tx| rows::get_execution(tx, ex_id))? else { return Ok(true) };
        let cancelling = ex.status == "CANCELLING";
        let mut invs = ctx.store()?.read(|tx| rows::invocations(tx, task_id))?;
        // Settle what is not running here: left by a dead process, or an automation.
        let mut waiting_elsewhere = 0;
        for inv in invs.iter_mut().filter(|i| !is_terminal(&i.status) && !running_here.contains(&i.invocation_id)) {
            if settle(ctx, &task, inv, cancelling && !stop_asked)? {
                let row = inv.clone();
                ctx.store()?.write(|tx| rows::save_invocation(tx, &row))?;
            } else {
                waiting_elsewhere += 1;
            }
        }
        if cancelling {
            stop_asked = true;
        }
        let errors = invs.iter().filter(|i| matches!(i.status.as_str(), "FAILED" | "TIMED_OUT")).count();
        let over = errors > max_errors;
        let cut = task.cutoff_behavior == "CANCEL_TASK" && clock.now() >= ex.cutoff_at;
        let stopping = over || cut || cancelling;
        // Start what the limits allow.
        let mut started = false;
        while !stopping && running_here.len() + waiting_elsewhere < max_concurrency {
            let Some(target) = items.iter().find(|t| !invs.iter().any(|i| i.resource_id == t.resource_id)) else {
                break;
            };
            let inv = start_invocation(ctx, &ex, &te, &task, target)?;
            invs.push(inv.clone());
            if is_terminal(&inv.status) {
                // Failed to start: count it against MaxErrors before starting more.
                started = true;
                break;
            }
            running_here.insert(inv.invocation_id.clone());
            let (db, inventory) = ctx.paths();
            let (tx, task, ex) = (done_tx.clone(), task.clone(), ex.clone());
            std::thread::spawn(move || {
                let mut c = Ctx::new(db, inventory);
                let row = run_invocation(&mut c, &ex, &task, inv, clock);
                let _ = tx.send(row);
            });
            started = true;
        }
        if started {
            continue;
        }
        if !running_here.is_empty() {
            if let Ok(row) = done_rx.recv_timeout(std::time::Duration::from_millis(500)) {
                running_here.remove(&row.invocation_id);
                ctx.store()?.write(|tx| rows::save_invocation(tx, &row))?;
                while let Ok(row) = done_rx.try_recv() {
                    running_here.remove(&row.invocation_id);
                    ctx.store()?.write(|tx| rows::save_invocation(tx, &row))?;
                }
            }
            continue;
        }
        if waiting_elsewhere > 0 {
            return Ok(false);
        }
        let stop = Stop { cancelling, cut, over, errors };
        end_task(ctx, te, &items, &invs, stop, clock)?;
        return Ok(true);
    }
}

/// Why a task stopped starting invocations, if it did.
struct Stop {
    cancelling: bool,
    cut: bool,
    over: bool,
    errors: usize,
}

/// Records a task's end: its status, and which targets never started and why.
fn end_task(
    ctx: &mut Ctx,
    te: TaskExecutionRow,
    items: &[ResolvedTarget],
    invs: &[InvocationRow],
    stop: Stop,
    clock: Clock,
) -> Result<()> {
    let Stop { cancelling, cut, over, errors } = stop;
    let (ex_id, task_id) = (te.window_execution_id.clone(), te.task_execution_id.clone());
    let task = te.task.clone();
    let n = items.len();
    let not_started: Vec<String> = items
        .iter()
        .filter(|t| !invs.iter().any(|i| i.resource_id == t.resource_id))
        .map(|t| t.resource_id.clone())
        .collect();
    let mut te = ctx.store()?.read(|tx| rows::get_task_execution(tx, &ex_id, &task_id))?.unwrap_or(te);
    let any = |s: &str| invs.iter().any(|i| i.status == s);
    te.status = if cancelling {
        "CANCELLED"
    } else if cut && (any("CANCELLED") || !not_started.is_empty()) {
        "TIMED_OUT"
    } else if over || any("FAILED") || any("TIMED_OUT") {
        "FAILED"
    } else {
        "SUCCESS"
    }
    .into();
    let mut details: Vec<String> = te.status_details.iter().cloned().collect();
    if items.is_empty() {
        details.push("No targets: the task's targets reach no host in the inventory.".into());
    }
    if !not_started.is_empty() {
        let why = if cancelling {
            "the window execution was cancelled".to_string()
        } else if over {
            format!(
                "{errors} invocations failed, more than MaxErrors {} allows",
                task.max_errors.clone().unwrap_or_default()
            )
        } else {
            "the cutoff came (CANCEL_TASK)".to_string()
        };
        details.push(format!(
            "{} of {n} targets were never started because {why}: {}",
            not_started.len(),
            crate::ops::named_list(&not_started, 10)
        ));
    }
    te.status_details = (!details.is_empty()).then(|| details.join("; ").chars().take(250).collect());
    te.end_time = Some(clock.now());
    let t = te.clone();
    ctx.store()?.write(|tx| rows::save_task_execution(tx, &t))
}

/// Looks at an invocation this call did not start. True when it is (now) terminal.
fn settle(ctx: &mut Ctx, task: &TaskRecord, inv: &mut InvocationRow, ask_stop: bool) -> Result<bool> {
    let now = time::now();
    let Some(exec_id) = inv.execution_id.clone() else {
        inv.status = "FAILED".into();
        inv.status_details = Some("Interrupted: the process running it died before it started.".into());
        inv.end_time = Some(now);
        return Ok(true);
    };
    if task.task_type == "AUTOMATION" {
        let row = ctx.store()?.read(|tx| crate::store::automation::get(tx, &exec_id))?;
        let Some(row) = row else {
            inv.status = "FAILED".into();
            inv.status_details = Some(format!("Automation execution {exec_id} no longer exists."));
            inv.end_time = Some(now);
            return Ok(true);
        };
        if crate::automation::engine::is_terminal(&row.status) {
            inv.status = from_aws(&row.status).into();
            inv.status_details = Some(row.status.clone());
            inv.end_time = row.ended.or(Some(now));
            return Ok(true);
        }
        if ask_stop {
            let who = crate::automation::start::whoami();
            ctx.store()?.write(|tx| crate::automation::actions::request_stop(tx, &exec_id, "Cancel", &who))?;
        }
        return Ok(false);
    }
    // A command: nothing of this execution runs elsewhere while we hold its lease, so a
    // command not ended is one whose process died; it is settled, never sent again.
    let status = ctx.store()?.write(|tx| {
        crate::ops::commands::settle_orphans(tx)?;
        Ok(crate::store::commands::get(tx, &exec_id)?.map(|c| (c.status, c.status_details)))
    })?;
    match status {
        Some((s, d)) if !matches!(s.as_str(), "Pending" | "InProgress" | "Cancelling") => {
            inv.status = from_aws(&s).into();
            inv.status_details = Some(if d == "Interrupted" {
                "Interrupted: the process running it died; it is not run again.".into()
            } else {
                d
            });
        }
        _ => {
            inv.status = "FAILED".into();
            inv.status_details = Some("Interrupted: the process running it died before its command started.".into());
        }
    }
    inv.end_time = Some(now);
    Ok(true)
}

/// AWS's Run Command and Automation statuses as window statuses.
fn from_aws(status: &str) -> &'static str {
    match status {
        "Success" => "SUCCESS",
        "TimedOut" => "TIMED_OUT",
        "Cancelled" | "Cancelling" => "CANCELLED",
        _ => "FAILED",
    }
}

fn pseudo_of(
    ex: &ExecutionRow,
    te: &TaskExecutionRow,
    task: &TaskRecord,
    target: &ResolvedTarget,
    invocation_id: &str,
) -> Pseudo {
    let host = (!target.resource_id.is_empty()).then(|| target.resource_id.clone());
    Pseudo {
        window_id: ex.window_id.clone(),
        window_task_id: task.window_task_id.clone(),
        window_target_id: target.window_target_id.clone(),
        window_execution_id: ex.window_execution_id.clone(),
        task_execution_id: te.task_execution_id.clone(),
        invocation_id: invocation_id.to_string(),
        target_type: host.as_ref().map(|_| "INSTANCE".to_string()),
        target_id: host.clone(),
        resource_id: host,
    }
}

/// The task's document name (TaskArn may be an ARN; registration checked it).
fn document_name(task: &TaskRecord) -> String {
    crate::ops::maintenance_window_tasks::document_of(task).map(|(n, _)| n).unwrap_or_else(|_| task.task_arn.clone())
}

/// Records an invocation before anything runs: a command's id is chosen now; an
/// automation execution is created in the same transaction.
fn start_invocation(
    ctx: &mut Ctx,
    ex: &ExecutionRow,
    te: &TaskExecutionRow,
    task: &TaskRecord,
    target: &ResolvedTarget,
) -> Result<InvocationRow> {
    let invocation_id = uuid::Uuid::new_v4().to_string();
    let p = pseudo_of(ex, te, task, target, &invocation_id);
    let tip = task.task_invocation_parameters.clone().unwrap_or_default();
    let mut inv = InvocationRow {
        invocation_id,
        task_execution_id: te.task_execution_id.clone(),
        resource_id: target.resource_id.clone(),
        execution_id: None,
        parameters: String::new(),
        status: "IN_PROGRESS".into(),
        status_details: None,
        start_time: Some(time::now()),
        end_time: None,
        owner_information: target.owner_information.clone(),
        window_target_id: target.window_target_id.clone(),
    };
    if task.task_type == "AUTOMATION" {
        let a = tip.automation.unwrap_or_default();
        let parameters = pseudo::substitute(&run_parameters(task), &p);
        let req = StartAutomationExecutionRequest {
            document_name: document_name(task),
            document_version: a.document_version.clone(),
            parameters: parameters.clone(),
            ..Default::default()
        };
        inv.parameters = json!({"documentName": req.document_name, "documentVersion": req.document_version, "parameters": parameters}).to_string();
        let inventory = ctx.inventory()?;
        let row = inv.clone();
        let created = ctx.store()?.write(|tx| {
            let mut row = row.clone();
            match crate::automation::start::create(tx, &inventory, &req, None, None) {
                Ok(id) => row.execution_id = Some(id),
                Err(e) => {
                    row.status = "FAILED".into();
                    row.status_details = Some(e.render(Some("StartAutomationExecution")).chars().take(250).collect());
                    row.end_time = Some(time::now());
                }
            }
            rows::insert_invocation(tx, &row)?;
            Ok(row)
        })?;
        return Ok(created);
    }
    let rc = tip.run_command.unwrap_or_default();
    let parameters = pseudo::substitute(&run_parameters(task), &p);
    inv.execution_id = Some(uuid::Uuid::new_v4().to_string());
    inv.parameters = json!({
        "comment": rc.comment,
        "documentName": document_name(task),
        "documentVersion": rc.document_version,
        "instanceIds": [target.resource_id],
        "maxConcurrency": "1",
        "maxErrors": "1",
        "parameters": parameters,
        "timeoutSeconds": rc.timeout_seconds,
    })
    .to_string();
    let row = inv.clone();
    ctx.store()?.write(|tx| rows::insert_invocation(tx, &row).map(|_| ()))?;
    Ok(inv)
}

/// Runs one invocation in this thread: a command to its end, an automation until it
/// ends or parks. Returns its row as it then is.
fn run_invocation(
    ctx: &mut Ctx,
    ex: &ExecutionRow,
    task: &TaskRecord,
    mut inv: InvocationRow,
    clock: Clock,
) -> InvocationRow {
    let exec_id = inv.execution_id.clone().unwrap_or_default();
    if task.task_type == "AUTOMATION" {
        match crate::automation::engine::advance(ctx, &exec_id, clock, false) {
            Ok(crate::automation::engine::Advance::Ended(s)) => {
                inv.status = from_aws(&s).into();
                inv.status_details = Some(s);
                inv.end_time = Some(time::now());
            }
            Ok(_) => {}
            Err(e) => {
                inv.status = "FAILED".into();
                inv.status_details = Some(e.render(Some("StartAutomationExecution")).chars().take(250).collect());
                inv.end_time = Some(time::now());
            }
        }
        return inv;
    }
    let rc = task.task_invocation_parameters.clone().unwrap_or_default().run_command.unwrap_or_default();
    let parameters: crate::model::commands::Parameters = serde_json::from_str::<serde_json::Value>(&inv.parameters)
        .ok()
        .and_then(|v| serde_json::from_value(v["parameters"].clone()).ok())
        .unwrap_or_default();
    let req = SendCommandRequest {
        document_name: document_name(task),
        document_version: rc.document_version.clone(),
        document_hash: rc.document_hash.clone(),
        document_hash_type: rc.document_hash_type.clone(),
        instance_ids: vec![inv.resource_id.clone()],
        parameters,
        comment: rc.comment.clone(),
        timeout_seconds: rc.timeout_seconds,
        max_concurrency: Some("1".into()),
        max_errors: Some("1".into()),
        ..Default::default()
    };
    // CANCEL_TASK: a command still running at the cutoff is cancelled then.
    ctx.command_deadline = (task.cutoff_behavior == "CANCEL_TASK").then(|| instant_of(ex.cutoff_at, clock));
    let sent = crate::ops::commands::send_as(ctx, req, exec_id);
    inv.end_time = Some(time::now());
    match sent {
        Ok(r) => {
            inv.status = from_aws(&r.command.status).into();
            inv.status_details = Some(r.command.status_details.clone());
            if r.command.status == "Cancelled" && clock.now() >= ex.cutoff_at {
                inv.status_details = Some("Cancelled at the window's cutoff (CANCEL_TASK)".into());
            }
        }
        Err(e) => {
            inv.status = "FAILED".into();
            inv.status_details = Some(e.render(Some("SendCommand")).chars().take(250).collect());
        }
    }
    inv
}

/// The monotonic instant at which `clock` reads `t`.
fn instant_of(t: DateTime<Utc>, clock: Clock) -> std::time::Instant {
    let left = (t - clock.now()).to_std().unwrap_or_default();
    std::time::Instant::now() + left
}
