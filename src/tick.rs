//! The scheduler's one tick (SPEC §16): what `apply-due` runs, and all that cron needs.
//! Each kind of long-lived work is a [`Work`] that the tick calls in turn with the same
//! clock; the tick itself knows nothing of any kind. Every kind settles what dead
//! processes left (expired leases), then advances what is due.

use crate::error::Result;
use crate::model::time::Clock;
use crate::ops::{Ctx, apply_due};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

pub struct Tick {
    pub at: Option<DateTime<Utc>>,
    pub clock: Clock,
    pub dry_run: bool,
}

/// What one kind did at this tick.
pub struct Part {
    /// Its report; `None` as the key merges it into the top of the summary.
    pub key: Option<&'static str>,
    pub report: Value,
    /// One line per run that did not succeed.
    pub failures: Vec<String>,
}

pub trait Work {
    fn run(&self, ctx: &mut Ctx, tick: &Tick) -> Result<Part>;
}

/// Associations (SPEC §11), whose report is apply-due's own.
struct Associations;

impl Work for Associations {
    fn run(&self, ctx: &mut Ctx, tick: &Tick) -> Result<Part> {
        let summary = apply_due::run(ctx, &apply_due::Options { at: tick.at, dry_run: tick.dry_run, only: None })?;
        let failures = if summary.failed > 0 { vec![summary.failure_line("apply-due")] } else { vec![] };
        Ok(Part { key: None, report: serde_json::to_value(&summary)?, failures })
    }
}

/// Automation executions whose wait is over (SPEC §18).
struct Automation;

impl Work for Automation {
    fn run(&self, ctx: &mut Ctx, tick: &Tick) -> Result<Part> {
        let report = crate::automation::tick::run(ctx, tick.clock, tick.dry_run, apply_due::history_days())?;
        let failures = report
            .advanced
            .iter()
            .filter(|a| !matches!(a.result.as_str(), "Success" | "Parked" | "Due"))
            .map(|a| {
                format!("ssmctl: apply-due: automation execution {} ended {}", a.automation_execution_id, a.result)
            })
            .collect();
        Ok(Part { key: Some("AutomationExecutions"), report: serde_json::to_value(&report)?, failures })
    }
}

/// Maintenance windows (SPEC §19): fire times come, open executions go on.
struct MaintenanceWindows;

impl Work for MaintenanceWindows {
    fn run(&self, ctx: &mut Ctx, tick: &Tick) -> Result<Part> {
        let report = crate::maintenance::tick::run(ctx, tick.clock, tick.dry_run, apply_due::history_days())?;
        let failures = report.failures.clone();
        Ok(Part { key: Some("MaintenanceWindows"), report: serde_json::to_value(&report)?, failures })
    }
}

/// Sessions whose streaming process is gone (SPEC §22).
struct Sessions;

impl Work for Sessions {
    fn run(&self, ctx: &mut Ctx, tick: &Tick) -> Result<Part> {
        let report = crate::session::settle::tick(ctx, tick.clock, tick.dry_run)?;
        Ok(Part { key: Some("Sessions"), report: serde_json::to_value(&report)?, failures: vec![] })
    }
}

/// In SPEC §16's order: windows fire before the associations and automations they may start.
const WORK: [&dyn Work; 4] = [&MaintenanceWindows, &Associations, &Automation, &Sessions];

/// Runs every kind; the summary and the lines of what did not succeed.
pub fn run(ctx: &mut Ctx, tick: &Tick) -> Result<(Value, Vec<String>)> {
    let mut summary = Map::new();
    let mut failures = vec![];
    for work in WORK {
        let part = work.run(ctx, tick)?;
        match (part.key, part.report) {
            (None, Value::Object(m)) => summary.extend(m),
            (Some(k), v) => {
                summary.insert(k.to_string(), v);
            }
            (None, v) => {
                summary.insert("Report".into(), v);
            }
        }
        failures.extend(part.failures);
    }
    Ok((Value::Object(summary), failures))
}
