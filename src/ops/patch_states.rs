//! What patch operations found, in AWS's shapes: describe-instance-patch-states (by host or
//! by patch group), describe-instance-patches and describe-patch-group-state. Each reads the
//! hosts' latest reports (src/patch, stored by results.rs); no host is contacted.

use super::{Ctx, decode_number, encode_token};
use crate::error::{Error, Result};
use crate::model::patch_states::*;
use crate::model::time;
use crate::patch::Report;
use crate::store::patches::{self as rows, StateRow};

fn report_of(row: &StateRow) -> Option<Report> {
    serde_json::from_str(&row.report).ok()
}

fn cli_time(s: &str) -> String {
    time::parse_cli_str(s).map(|t| time::to_cli(&t)).unwrap_or_else(|| s.to_string())
}

fn state_of(row: &StateRow, r: &Report) -> InstancePatchState {
    let non_compliant: Vec<_> = r.non_compliant().collect();
    let critical = non_compliant.iter().filter(|p| p.compliance_level == "CRITICAL").count() as i64;
    let security = non_compliant.iter().filter(|p| p.classification == "Security").count() as i64;
    let other =
        non_compliant.iter().filter(|p| p.compliance_level != "CRITICAL" && p.classification != "Security").count()
            as i64;
    InstancePatchState {
        instance_id: row.instance_id.clone(),
        patch_group: r.patch_group.clone(),
        baseline_id: r.baseline_id.clone(),
        snapshot_id: r.snapshot_id.clone(),
        install_override_list: r.install_override_list.clone(),
        owner_information: None,
        installed_count: r.count("Installed"),
        installed_other_count: r.count("InstalledOther"),
        installed_pending_reboot_count: r.count("InstalledPendingReboot"),
        installed_rejected_count: r.count("InstalledRejected"),
        missing_count: r.count("Missing"),
        failed_count: r.count("Failed"),
        // Not-applicable patches (approved, not installed) are not listed on Linux here.
        unreported_not_applicable_count: 0,
        not_applicable_count: r.count("NotApplicable"),
        // Windows only in AWS.
        available_security_update_count: 0,
        operation_start_time: cli_time(&r.start),
        operation_end_time: cli_time(&r.end),
        operation: r.operation.clone(),
        last_no_reboot_install_operation_time: row.last_no_reboot_install.as_ref().map(time::to_cli),
        reboot_option: r.reboot_option.clone(),
        critical_non_compliant_count: critical,
        security_non_compliant_count: security,
        other_non_compliant_count: other,
    }
}

/// One page of `items` from the offset in `token`.
pub fn page<T: Clone>(
    items: &[T],
    token: Option<&str>,
    max: Option<i64>,
    default: i64,
) -> Result<(Vec<T>, Option<String>)> {
    let start: usize = decode_number(token)?;
    let limit = max.unwrap_or(default).max(1) as usize;
    let end = (start + limit).min(items.len());
    let next = (end < items.len()).then(|| encode_token(&end.to_string()));
    Ok((items.get(start..end).unwrap_or(&[]).to_vec(), next))
}

pub fn describe_states(
    ctx: &mut Ctx,
    req: DescribeInstancePatchStatesRequest,
) -> Result<DescribeInstancePatchStatesResult> {
    let store = ctx.store()?;
    let states = store.read(|tx| {
        let mut out = Vec::new();
        for id in &req.instance_ids {
            if let Some(row) = rows::state(tx, id)?
                && let Some(r) = report_of(&row)
            {
                out.push(state_of(&row, &r));
            }
        }
        Ok(out)
    })?;
    let (instance_patch_states, next_token) = page(&states, req.next_token.as_deref(), req.max_results, 50)?;
    Ok(DescribeInstancePatchStatesResult { instance_patch_states, next_token })
}

const COUNT_KEYS: &[&str] = &[
    "InstalledCount",
    "InstalledOtherCount",
    "InstalledPendingRebootCount",
    "InstalledRejectedCount",
    "MissingCount",
    "FailedCount",
    "UnreportedNotApplicableCount",
    "NotApplicableCount",
];

fn count_of(s: &InstancePatchState, key: &str) -> i64 {
    match key {
        "InstalledCount" => s.installed_count,
        "InstalledOtherCount" => s.installed_other_count,
        "InstalledPendingRebootCount" => s.installed_pending_reboot_count,
        "InstalledRejectedCount" => s.installed_rejected_count,
        "MissingCount" => s.missing_count,
        "FailedCount" => s.failed_count,
        "UnreportedNotApplicableCount" => s.unreported_not_applicable_count,
        _ => s.not_applicable_count,
    }
}

fn group_states(ctx: &mut Ctx, group: &str) -> Result<Vec<InstancePatchState>> {
    let store = ctx.store()?;
    let all = store.read(|tx| rows::states(tx))?;
    Ok(all
        .iter()
        .filter_map(|row| Some((row, report_of(row)?)))
        .filter(|(_, r)| r.patch_group == group)
        .map(|(row, r)| state_of(row, &r))
        .collect())
}

pub fn describe_states_for_group(
    ctx: &mut Ctx,
    req: DescribeInstancePatchStatesForPatchGroupRequest,
) -> Result<DescribeInstancePatchStatesResult> {
    let mut checks: Vec<(String, i64, String)> = Vec::new();
    for f in &req.filters {
        if !COUNT_KEYS.contains(&f.key.as_str()) {
            return Err(Error::service(
                "InvalidFilter",
                format!("Filter key {} is not valid; use one of {}.", f.key, COUNT_KEYS.join(", ")),
            ));
        }
        let [v] = f.values.as_slice() else {
            return Err(Error::service("InvalidFilter", format!("Filter {} takes exactly one value.", f.key)));
        };
        let n: i64 = v.trim().parse().ok().filter(|n| *n >= 0).ok_or_else(|| {
            Error::service("InvalidFilter", format!("Filter {} value {v} is not an integer of 0 or more.", f.key))
        })?;
        checks.push((f.key.clone(), n, f.type_.clone()));
    }
    let states: Vec<InstancePatchState> = group_states(ctx, &req.patch_group)?
        .into_iter()
        .filter(|s| {
            checks.iter().all(|(k, n, t)| {
                let c = count_of(s, k);
                match t.as_str() {
                    "Equal" => c == *n,
                    "NotEqual" => c != *n,
                    "LessThan" => c < *n,
                    _ => c > *n,
                }
            })
        })
        .collect();
    let (instance_patch_states, next_token) = page(&states, req.next_token.as_deref(), req.max_results, 50)?;
    Ok(DescribeInstancePatchStatesResult { instance_patch_states, next_token })
}

const PATCH_FILTER_KEYS: &[&str] = &["Classification", "KBId", "Severity", "State"];

pub fn describe_patches(ctx: &mut Ctx, req: DescribeInstancePatchesRequest) -> Result<DescribeInstancePatchesResult> {
    let inventory = ctx.inventory()?;
    if !inventory.hosts.iter().any(|h| h.id == req.instance_id) {
        return Err(Error::service(
            "InvalidInstanceId",
            format!("Instance {} is not in the inventory.", req.instance_id),
        ));
    }
    for f in &req.filters {
        let key = f.key.as_deref().unwrap_or("");
        if !PATCH_FILTER_KEYS.contains(&key) {
            return Err(Error::service(
                "InvalidFilter",
                format!("Filter key {key:?} is not valid; use one of {}.", PATCH_FILTER_KEYS.join(", ")),
            ));
        }
    }
    let store = ctx.store()?;
    let report = store.read(|tx| Ok(rows::state(tx, &req.instance_id)?.as_ref().and_then(report_of)))?;
    let patches: Vec<PatchComplianceData> = report
        .map(|r| r.patches)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| {
            req.filters.iter().all(|f| {
                let v = match f.key.as_deref() {
                    Some("Classification") => &p.classification,
                    Some("KBId") => &p.kb_id,
                    Some("Severity") => &p.severity,
                    _ => &p.state,
                };
                f.values.is_empty() || f.values.contains(v)
            })
        })
        .map(|p| PatchComplianceData {
            title: p.title,
            kb_id: p.kb_id,
            classification: p.classification,
            severity: p.severity,
            state: p.state,
            installed_time: cli_time(&p.installed_time),
            cve_ids: None,
        })
        .collect();
    let (patches, next_token) = page(&patches, req.next_token.as_deref(), req.max_results, 50)?;
    Ok(DescribeInstancePatchesResult { patches, next_token })
}

pub fn describe_group_state(
    ctx: &mut Ctx,
    req: DescribePatchGroupStateRequest,
) -> Result<DescribePatchGroupStateResult> {
    let states = group_states(ctx, &req.patch_group)?;
    let with = |f: &dyn Fn(&InstancePatchState) -> i64| states.iter().filter(|s| f(s) > 0).count() as i64;
    Ok(DescribePatchGroupStateResult {
        instances: states.len() as i64,
        instances_with_installed_patches: with(&|s| s.installed_count),
        instances_with_installed_other_patches: with(&|s| s.installed_other_count),
        instances_with_installed_pending_reboot_patches: with(&|s| s.installed_pending_reboot_count),
        instances_with_installed_rejected_patches: with(&|s| s.installed_rejected_count),
        instances_with_missing_patches: with(&|s| s.missing_count),
        instances_with_failed_patches: with(&|s| s.failed_count),
        instances_with_not_applicable_patches: with(&|s| s.not_applicable_count),
        instances_with_unreported_not_applicable_patches: with(&|s| s.unreported_not_applicable_count),
        instances_with_critical_non_compliant_patches: with(&|s| s.critical_non_compliant_count),
        instances_with_security_non_compliant_patches: with(&|s| s.security_non_compliant_count),
        instances_with_other_non_compliant_patches: with(&|s| s.other_non_compliant_count),
        instances_with_available_security_updates: with(&|s| s.available_security_update_count),
    })
}
