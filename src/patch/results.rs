//! After a command with an aws:runPatchBaseline step has run: each host's report becomes its
//! patch state, its `Patch` compliance items and the record of what was installed; the
//! snapshot's decisions are kept for the next operation that names it; the step's stored
//! output keeps the summary and drops the report's JSON.

use super::{PatchPlan, REPORT_MARK, Report};
use crate::error::Result;
use crate::exec::plan::StepPlan;
use crate::model::compliance::Details;
use crate::model::time;
use crate::store::Store;
use crate::store::commands as command_rows;
use crate::store::compliance::{self, COMPLIANT, ItemRow, MANAGED_INSTANCE, NON_COMPLIANT, SEVERITIES};
use crate::store::patches;

/// The compliance type patch operations write.
pub const PATCH: &str = "Patch";

pub fn steps_of(plan: &[StepPlan]) -> Vec<(String, PatchPlan)> {
    plan.iter().filter_map(|s| Some((s.name.clone(), s.patch.clone()?))).collect()
}

pub fn store_results(store: &mut Store, command_id: &str, steps: &[(String, PatchPlan)]) -> Result<()> {
    if steps.is_empty() {
        return Ok(());
    }
    let now = time::now();
    store.write(|tx| {
        for (_, plan) in steps {
            let ctx = plan.context.borrow();
            for (product, decisions) in &ctx.snapshots {
                patches::put_snapshot(tx, &ctx.snapshot_id, product, &serde_json::to_string(decisions)?, &now)?;
            }
        }
        for inv in command_rows::invocations(tx, command_id)? {
            for mut p in command_rows::plugins(tx, command_id, &inv.instance_id)? {
                if !steps.iter().any(|(name, _)| *name == p.name) {
                    continue;
                }
                let Some(at) = p.stdout.find(REPORT_MARK) else { continue };
                let json = p.stdout[at + REPORT_MARK.len()..].trim().to_string();
                p.stdout.truncate(at);
                command_rows::set_plugin(tx, command_id, &inv.instance_id, &p)?;
                let Ok(report) = serde_json::from_str::<Report>(&json) else { continue };
                record(tx, &inv.instance_id, &report, &now)?;
            }
        }
        Ok(())
    })
}

fn record(tx: &rusqlite::Connection, host: &str, r: &Report, now: &chrono::DateTime<chrono::Utc>) -> Result<()> {
    let end = time::parse_cli_str(&r.end).unwrap_or(*now);
    patches::put_state(
        tx,
        &patches::StateRow {
            instance_id: host.to_string(),
            report: serde_json::to_string(r)?,
            last_no_reboot_install: r.no_reboot_install.then_some(end),
        },
        now,
    )?;
    // What was installed before a reboot is no longer pending: its boot is over.
    let boot = if r.rebooted { "" } else { r.boot_id.as_str() };
    for (kb, version) in &r.installed_now {
        patches::record_install(tx, host, kb, version, boot, &end)?;
    }
    compliance::clear(tx, MANAGED_INSTANCE, host, PATCH)?;
    let rows: Vec<ItemRow> = r
        .patches
        .iter()
        .map(|p| {
            let mut details = Details::new();
            details.insert("PatchState".into(), p.state.clone());
            details.insert("PatchGroup".into(), r.patch_group.clone());
            details.insert("PatchBaselineId".into(), r.baseline_id.clone());
            details.insert("Classification".into(), p.classification.clone());
            details.insert("PatchSeverity".into(), p.severity.clone());
            details.insert("InstalledTime".into(), p.installed_time.clone());
            let bad = matches!(p.state.as_str(), "InstalledPendingReboot" | "InstalledRejected" | "Missing" | "Failed");
            ItemRow {
                resource_type: MANAGED_INSTANCE.into(),
                resource_id: host.to_string(),
                compliance_type: PATCH.into(),
                item_id: p.kb_id.clone(),
                title: Some(p.title.clone()),
                status: if bad { NON_COMPLIANT } else { COMPLIANT }.into(),
                severity: if SEVERITIES.contains(&p.compliance_level.as_str()) {
                    p.compliance_level.as_str()
                } else {
                    "UNSPECIFIED"
                }
                .into(),
                details,
                execution_id: Some(r.snapshot_id.clone()),
                execution_type: Some("Command".into()),
                execution_time: end,
            }
        })
        .collect();
    compliance::upsert(tx, &rows)
}
