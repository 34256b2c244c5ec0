//! Maintenance Windows' part of the tick (SPEC §16, §19): fire every fire time that came
//! since the last tick — once, whatever ticks overlap — then advance open executions.
//!
//! A fire time is dealt with in one of three ways, and always recorded:
//! - run: an execution starts (late, if the tick came after the fire time but before the
//!   window's cutoff; its StatusDetails say so);
//! - SKIPPED_OVERLAPPING: the window's previous execution had not ended;
//! - missed: no tick came before the cutoff; recorded as TIMED_OUT with StatusDetails
//!   saying so (AWS has no status for it), nothing run.

use super::run::{self, Advance};
use super::schedule::WindowSchedule;
use crate::error::Result;
use crate::model::time::{self, Clock};
use crate::ops::Ctx;
use crate::store::maintenance_windows::{self as rows, ExecutionRow, TaskExecutionRow, WindowRow};
use chrono::Duration;
use serde::Serialize;

/// At most this many fire times are recorded per window per tick; older missed ones are
/// counted in the oldest record's StatusDetails.
const MAX_FIRES_PER_TICK: usize = 100;

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    /// Fire times dealt with at this tick.
    pub fired: Vec<Fired>,
    /// Executions advanced, and how they stand.
    pub advanced: Vec<Advanced>,
    pub pruned: usize,
    #[serde(skip)]
    pub failures: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Fired {
    pub window_id: String,
    pub window_execution_id: String,
    pub fire_time: String,
    pub status: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Advanced {
    pub window_execution_id: String,
    pub result: String,
}

pub fn run(ctx: &mut Ctx, clock: Clock, dry_run: bool, history_days: i64) -> Result<Report> {
    let mut report = Report::default();
    if !dry_run {
        let cut = time::now() - Duration::days(history_days);
        report.pruned = ctx.store()?.write(|tx| rows::prune(tx, &cut))?;
    }
    let windows = ctx.store()?.read(|tx| rows::windows(tx))?;
    for w in windows.iter().filter(|w| w.enabled) {
        match fire(ctx, w, clock, dry_run) {
            Ok(fired) => report.fired.extend(fired),
            Err(e) => report.failures.push(format!("ssmctl: apply-due: window {}: {}", w.window_id, e.render(None))),
        }
    }
    if dry_run {
        return Ok(report);
    }
    let due = ctx.store()?.read(|tx| rows::due_executions(tx, &clock.now()))?;
    for id in due {
        let result = match run::advance(ctx, &id, clock)? {
            Advance::Busy => continue,
            Advance::Parked => "Parked".to_string(),
            Advance::Ended(s) => {
                if s != "SUCCESS" {
                    report.failures.push(format!("ssmctl: apply-due: maintenance window execution {id} ended {s}"));
                }
                s
            }
        };
        report.advanced.push(Advanced { window_execution_id: id, result });
    }
    Ok(report)
}

/// Deals with the window's fire times since its last one, in one transaction.
fn fire(ctx: &mut Ctx, w: &WindowRow, clock: Clock, dry_run: bool) -> Result<Vec<Fired>> {
    let schedule = WindowSchedule::of(w)?;
    let now = clock.now();
    let since = w.last_fire.unwrap_or(w.created);
    if schedule.next_after(since).is_none_or(|f| f > now) {
        return Ok(vec![]);
    }
    ctx.store()?.write(|tx| {
        // Another tick may have dealt with some of them since we looked.
        let Some(mut w) = rows::get_window(tx, &w.window_id)? else { return Ok(vec![]) };
        let since = w.last_fire.unwrap_or(w.created);
        let (fires, dropped) = schedule.fires_between(since, now, MAX_FIRES_PER_TICK);
        let mut out = vec![];
        let tasks = rows::tasks(tx, &w.window_id)?;
        for (i, fire) in fires.iter().enumerate() {
            let window_end = *fire + Duration::hours(w.duration);
            let cutoff_at = window_end - Duration::hours(w.cutoff);
            let mut ex = ExecutionRow {
                window_execution_id: uuid::Uuid::new_v4().to_string(),
                window_id: w.window_id.clone(),
                fire_time: *fire,
                status: String::new(),
                status_details: None,
                start_time: Some(now),
                end_time: Some(now),
                cutoff_at,
                window_end,
                wake_at: None,
            };
            let open = rows::open_execution(tx, &w.window_id)?;
            if now >= cutoff_at {
                ex.status = "TIMED_OUT".into();
                ex.start_time = Some(*fire);
                let earlier = if i == 0 && dropped > 0 {
                    format!(" ({dropped} earlier fire times were missed too.)")
                } else {
                    String::new()
                };
                ex.status_details = Some(format!(
                    "Missed: no apply-due ran between the fire time {} and the cutoff {}; nothing was run.{earlier}",
                    time::to_cli(fire),
                    time::to_cli(&cutoff_at)
                ));
            } else if let Some(open) = open {
                ex.status = "SKIPPED_OVERLAPPING".into();
                ex.status_details = Some(format!("The previous execution {open} had not ended at this fire time."));
            } else {
                ex.status = "PENDING".into();
                ex.end_time = None;
                ex.wake_at = Some(*fire);
                if now - *fire >= Duration::minutes(1) {
                    ex.status_details = Some(format!(
                        "Started late: fire time {}, first apply-due after it at {}.",
                        time::to_cli(fire),
                        time::to_cli(&now)
                    ));
                }
            }
            if dry_run {
                out.push(fired(&ex, if ex.status == "PENDING" { "Due" } else { &ex.status }));
                continue;
            }
            if !rows::insert_execution(tx, &ex)? {
                continue;
            }
            if ex.status == "PENDING" {
                snapshot_tasks(tx, &ex, &tasks)?;
            }
            out.push(fired(&ex, &ex.status));
        }
        if !dry_run && let Some(last) = fires.last() {
            w.last_fire = Some(*last);
            rows::save_window(tx, &w)?;
        }
        Ok(out)
    })
}

/// The window's tasks as they are at the fire time, by priority then registration.
fn snapshot_tasks(
    tx: &rusqlite::Connection,
    ex: &ExecutionRow,
    tasks: &[crate::model::maintenance_windows::TaskRecord],
) -> Result<()> {
    let mut ordered: Vec<_> = tasks.iter().collect();
    ordered.sort_by_key(|t| t.priority);
    for t in ordered {
        rows::insert_task_execution(
            tx,
            &TaskExecutionRow {
                task_execution_id: uuid::Uuid::new_v4().to_string(),
                window_execution_id: ex.window_execution_id.clone(),
                priority: t.priority,
                task: t.clone(),
                targets: None,
                status: "PENDING".into(),
                status_details: None,
                start_time: None,
                end_time: None,
            },
        )?;
    }
    Ok(())
}

fn fired(ex: &ExecutionRow, status: &str) -> Fired {
    Fired {
        window_id: ex.window_id.clone(),
        window_execution_id: ex.window_execution_id.clone(),
        fire_time: time::to_cli(&ex.fire_time),
        status: status.to_string(),
    }
}
