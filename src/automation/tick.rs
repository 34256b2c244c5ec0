//! Automation's part of the tick (SPEC §16): every execution whose wake time has come —
//! a sleep over, a signal sent, an approval timed out, a child ended, or a step whose
//! process died — is advanced by whichever process takes its lease first.

use super::engine::{self, Advance};
use crate::error::Result;
use crate::model::time::{self, Clock};
use crate::ops::Ctx;
use crate::store::automation as rows;
use serde::Serialize;

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    /// Executions due at this tick.
    pub due: usize,
    /// What each one did (ended with a status, parked again, or held by another process).
    pub advanced: Vec<Advanced>,
    pub pruned: usize,
    #[serde(skip)]
    pub failed: usize,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Advanced {
    pub automation_execution_id: String,
    pub result: String,
}

pub fn run(ctx: &mut Ctx, clock: Clock, dry_run: bool, history_days: i64) -> Result<Report> {
    let mut report = Report::default();
    if !dry_run {
        let cut = time::now() - chrono::Duration::days(history_days);
        report.pruned = ctx.store()?.write(|tx| rows::prune(tx, &cut))?;
    }
    // Rounds: what this tick's work wakes (a parent whose last child ended) runs in the
    // same tick. Each execution is looked at once per tick.
    let mut seen = std::collections::HashSet::new();
    loop {
        let now = clock.now();
        let due: Vec<String> =
            ctx.store()?.read(|tx| rows::due(tx, &now))?.into_iter().filter(|id| !seen.contains(id)).collect();
        if due.is_empty() {
            break;
        }
        report.due += due.len();
        for id in due {
            seen.insert(id.clone());
            if dry_run {
                report.advanced.push(Advanced { automation_execution_id: id, result: "Due".into() });
                continue;
            }
            let result = match engine::advance(ctx, &id, clock, false)? {
                Advance::Busy => continue,
                Advance::Parked => "Parked".to_string(),
                Advance::Ended(s) => {
                    if s != "Success" {
                        report.failed += 1;
                    }
                    s
                }
            };
            report.advanced.push(Advanced { automation_execution_id: id, result });
        }
        if dry_run {
            break;
        }
    }
    Ok(report)
}
