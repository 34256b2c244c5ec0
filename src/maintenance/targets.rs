//! Which hosts a window's registered targets and a task's targets reach, resolved against
//! the inventory when they are needed (a task at its start), as AWS resolves them.

use crate::error::Result;
use crate::inventory::Inventory;
use crate::model::maintenance_windows::{TargetRecord, TaskRecord};
use crate::store::maintenance_windows::ResolvedTarget;
use crate::targets::{self, Target};

/// The key of a task target that names registered window targets.
pub const WINDOW_TARGET_IDS: &str = "WindowTargetIds";

pub fn is_window_target_ids(key: &str) -> bool {
    key.eq_ignore_ascii_case(WINDOW_TARGET_IDS)
}

/// The hosts one registered target reaches, and the ids it names that the inventory no
/// longer has (reported, never fatal: the rest still run).
pub fn hosts_of(inv: &Inventory, target: &TargetRecord) -> Result<(Vec<String>, Vec<String>)> {
    hosts_of_targets(inv, &target.targets)
}

/// Like [`hosts_of`] for a plain Targets list (InstanceIds, tag:, tag-key, resource-groups:Name).
pub fn hosts_of_targets(inv: &Inventory, list: &[Target]) -> Result<(Vec<String>, Vec<String>)> {
    let mut missing = vec![];
    let mut kept: Vec<Target> = vec![];
    for t in list {
        if targets::is_instance_ids(&t.key) {
            let (known, gone): (Vec<String>, Vec<String>) =
                t.values.iter().cloned().partition(|v| v == "*" || inv.get(v).is_some());
            missing.extend(gone);
            kept.push(Target { key: t.key.clone(), values: known });
        } else {
            kept.push(t.clone());
        }
    }
    let hosts = if kept.iter().any(|t| targets::is_instance_ids(&t.key) && t.values.is_empty()) {
        vec![]
    } else {
        targets::resolve(inv, &[], &kept)?.into_iter().map(|h| h.id.clone()).collect()
    };
    Ok((hosts, missing))
}

/// The hosts a task runs on: the registered targets it names (each host once, with the
/// first target's OwnerInformation), or the instance ids it names directly. Also the ids
/// that are no longer in the inventory.
pub fn resolve_task(
    inv: &Inventory,
    task: &TaskRecord,
    registered: &[TargetRecord],
) -> Result<(Vec<ResolvedTarget>, Vec<String>)> {
    let mut out: Vec<ResolvedTarget> = vec![];
    let mut missing = vec![];
    for t in &task.targets {
        if is_window_target_ids(&t.key) {
            for id in &t.values {
                let Some(r) = registered.iter().find(|r| &r.window_target_id == id) else {
                    missing.push(format!("window target {id}"));
                    continue;
                };
                let (hosts, gone) = hosts_of(inv, r)?;
                missing.extend(gone);
                for h in hosts {
                    if !out.iter().any(|o| o.resource_id == h) {
                        out.push(ResolvedTarget {
                            resource_id: h,
                            window_target_id: Some(r.window_target_id.clone()),
                            owner_information: r.owner_information.clone(),
                        });
                    }
                }
            }
        } else {
            let (hosts, gone) = hosts_of_targets(inv, std::slice::from_ref(t))?;
            missing.extend(gone);
            for h in hosts {
                if !out.iter().any(|o| o.resource_id == h) {
                    out.push(ResolvedTarget { resource_id: h, window_target_id: None, owner_information: None });
                }
            }
        }
    }
    Ok((out, missing))
}
