//! A maintenance window's targets: register (checked against the inventory now, so that a
//! mistyped host id is found at registration rather than at 2 AM), describe, update and
//! deregister.

use super::maintenance_windows::{hash_of, invalid, require as window_of};
use super::patch_states::page;
use super::{Ctx, named_list};
use crate::error::{Error, Result};
use crate::inventory::Inventory;
use crate::model::maintenance_window_tasks::*;
use crate::model::maintenance_windows::TargetRecord;
use crate::store::maintenance_windows as rows;
use crate::targets::{self, Target};
use rusqlite::Connection;

/// AWS's limit of registered targets per window.
pub const MAX_TARGETS_PER_WINDOW: usize = 100;

fn target_of(conn: &Connection, window_id: &str, target_id: &str) -> Result<TargetRecord> {
    rows::get_target(conn, window_id, target_id)?.ok_or_else(|| {
        Error::service(
            "DoesNotExistException",
            format!("Maintenance window target {target_id} does not exist in window {window_id}."),
        )
    })
}

/// Targets as any request gives them (registration, or the hosts a schedule or for-target
/// query names): at least one, keys that agree with ResourceType (instances by id or tag,
/// or resource groups = inventory groups by name), and AWS's general target rules.
pub(crate) fn check_shape(list: &[Target], resource_type: &str) -> Result<()> {
    if list.is_empty() {
        return Err(invalid(
            "Targets: give at least one target (Key=InstanceIds,Values=web-1, Key=tag:NAME,Values=...).",
        ));
    }
    for t in list {
        let group_key = t.key.to_ascii_lowercase().starts_with("resource-groups:");
        match resource_type {
            "INSTANCE" if group_key => {
                return Err(invalid(format!(
                    "Target key {} is for ResourceType RESOURCE_GROUP; INSTANCE takes InstanceIds, tag:NAME or tag-key.",
                    t.key
                )));
            }
            "RESOURCE_GROUP" if !group_key => {
                return Err(invalid(format!(
                    "Target key {} is for ResourceType INSTANCE; RESOURCE_GROUP takes resource-groups:Name (an \
                     inventory group) and resource-groups:ResourceTypeFilters.",
                    t.key
                )));
            }
            _ => {}
        }
    }
    targets::validate(list).map_err(|e| match e {
        Error::Service { message, .. } => invalid(message),
        e => e,
    })
}

/// A registration's targets: their shape, a group named for RESOURCE_GROUP, then the
/// inventory: every instance id and every group named must be there now (tags may be set
/// later, so they are not checked).
fn check_targets(inv: &Inventory, resource_type: &str, list: &[Target]) -> Result<()> {
    check_shape(list, resource_type)?;
    if resource_type == "RESOURCE_GROUP" && !list.iter().any(|t| t.key.eq_ignore_ascii_case("resource-groups:Name")) {
        return Err(invalid(
            "ResourceType RESOURCE_GROUP needs a resource-groups:Name target naming an inventory group.",
        ));
    }
    let mut unknown_ids: Vec<String> = vec![];
    let mut unknown_groups: Vec<String> = vec![];
    for t in list {
        if targets::is_instance_ids(&t.key) {
            for v in &t.values {
                if v != "*" && inv.get(v).is_none() && !unknown_ids.contains(v) {
                    unknown_ids.push(v.clone());
                }
            }
        } else if t.key.eq_ignore_ascii_case("resource-groups:Name") {
            for v in &t.values {
                if !inv.hosts.iter().any(|h| h.groups.contains(v)) && !unknown_groups.contains(v) {
                    unknown_groups.push(v.clone());
                }
            }
        }
    }
    if !unknown_ids.is_empty() {
        return Err(invalid(format!("Instance ids not in the inventory: {}.", named_list(&unknown_ids, 5))));
    }
    if !unknown_groups.is_empty() {
        return Err(invalid(format!(
            "Resource groups that no inventory host belongs to: {}.",
            named_list(&unknown_groups, 5)
        )));
    }
    Ok(())
}

pub fn register(ctx: &mut Ctx, req: RegisterTargetRequest) -> Result<RegisterTargetResult> {
    let inv = ctx.inventory()?;
    let hash = hash_of(&req)?;
    ctx.store()?.write(|tx| {
        if let Some(token) = &req.client_token
            && let Some((existing, existing_hash)) = rows::target_by_token(tx, token)?
        {
            if existing_hash.as_deref() == Some(hash.as_str()) {
                return Ok(RegisterTargetResult { window_target_id: existing.window_target_id });
            }
            return Err(Error::service(
                "IdempotentParameterMismatch",
                format!(
                    "ClientToken {token} was used with different parameters to register target {}.",
                    existing.window_target_id
                ),
            ));
        }
        window_of(tx, &req.window_id)?;
        check_targets(&inv, &req.resource_type, &req.targets)?;
        if rows::targets(tx, &req.window_id)?.len() >= MAX_TARGETS_PER_WINDOW {
            return Err(Error::service(
                "ResourceLimitExceededException",
                format!(
                    "Maintenance window {} has {MAX_TARGETS_PER_WINDOW} targets already, the most a window can have.",
                    req.window_id
                ),
            ));
        }
        let record = TargetRecord {
            window_id: req.window_id.clone(),
            window_target_id: uuid::Uuid::new_v4().to_string(),
            resource_type: req.resource_type.clone(),
            targets: req.targets.clone(),
            owner_information: req.owner_information.clone(),
            name: req.name.clone(),
            description: req.description.clone(),
        };
        rows::insert_target(tx, &record, req.client_token.as_deref(), Some(&hash))?;
        Ok(RegisterTargetResult { window_target_id: record.window_target_id })
    })
}

/// Filters as AWS takes them: each key at most once per value list, values OR, keys AND.
pub(crate) fn check_filters(filters: &[MaintenanceWindowFilter], keys: &[&str]) -> Result<()> {
    for f in filters {
        let key = f.key.as_deref().unwrap_or("");
        if !keys.contains(&key) {
            return Err(invalid(format!("Filter key {key:?} is not valid here; valid keys: {}.", keys.join(", "))));
        }
        if f.values.is_empty() {
            return Err(invalid(format!("Filter {key} needs at least one value.")));
        }
    }
    Ok(())
}

pub(crate) fn filter_matches(filters: &[MaintenanceWindowFilter], key: &str, f: impl Fn(&str) -> bool) -> bool {
    filters.iter().filter(|x| x.key.as_deref() == Some(key)).all(|x| x.values.iter().any(|v| f(v)))
}

pub fn describe(ctx: &mut Ctx, req: DescribeRequest) -> Result<DescribeTargetsResult> {
    check_filters(&req.filters, &["WindowTargetId", "Type", "OwnerInformation"])?;
    ctx.store()?.read(|tx| {
        window_of(tx, &req.window_id)?;
        let f = &req.filters;
        let all: Vec<TargetRecord> = rows::targets(tx, &req.window_id)?
            .into_iter()
            .filter(|t| {
                filter_matches(f, "WindowTargetId", |v| v == t.window_target_id)
                    && filter_matches(f, "Type", |v| v == t.resource_type)
                    && filter_matches(f, "OwnerInformation", |v| t.owner_information.as_deref() == Some(v))
            })
            .collect();
        let (targets, next_token) = page(&all, req.next_token.as_deref(), req.max_results, 100)?;
        Ok(DescribeTargetsResult { targets, next_token })
    })
}

/// Without Replace only the members given change; with it Targets is required and every
/// optional member not given is cleared, as AWS does.
pub fn update(ctx: &mut Ctx, req: UpdateTargetRequest) -> Result<serde_json::Value> {
    let inv = ctx.inventory()?;
    let replace = req.replace.unwrap_or(false);
    ctx.store()?.write(|tx| {
        window_of(tx, &req.window_id)?;
        let mut t = target_of(tx, &req.window_id, &req.window_target_id)?;
        if replace {
            let Some(list) = &req.targets else {
                return Err(invalid(
                    "With --replace, Targets is required (as by register-target-with-maintenance-window).",
                ));
            };
            t.targets = list.clone();
            t.owner_information = req.owner_information.clone();
            t.name = req.name.clone();
            t.description = req.description.clone();
        } else {
            if let Some(list) = &req.targets {
                t.targets = list.clone();
            }
            if req.owner_information.is_some() {
                t.owner_information = req.owner_information.clone();
            }
            if req.name.is_some() {
                t.name = req.name.clone();
            }
            if req.description.is_some() {
                t.description = req.description.clone();
            }
        }
        if req.targets.is_some() {
            check_targets(&inv, &t.resource_type, &t.targets)?;
        }
        rows::save_target(tx, &t)?;
        // UpdateMaintenanceWindowTargetResult has every member of the target but its type.
        let mut shown = serde_json::to_value(&t)?;
        if let Some(m) = shown.as_object_mut() {
            m.remove("ResourceType");
        }
        Ok(shown)
    })
}

/// With Safe, a target that a task of the window names is kept (TargetInUseException);
/// without, it goes and those tasks keep its id, which their runs report as missing.
pub fn deregister(ctx: &mut Ctx, req: DeregisterTargetRequest) -> Result<DeregisterTargetResult> {
    ctx.store()?.write(|tx| {
        window_of(tx, &req.window_id)?;
        target_of(tx, &req.window_id, &req.window_target_id)?;
        if req.safe.unwrap_or(false) {
            let users: Vec<String> = rows::tasks(tx, &req.window_id)?
                .into_iter()
                .filter(|task| {
                    task.targets.iter().any(|t| {
                        crate::maintenance::targets::is_window_target_ids(&t.key)
                            && t.values.contains(&req.window_target_id)
                    })
                })
                .map(|task| task.window_task_id)
                .collect();
            if !users.is_empty() {
                return Err(Error::service(
                    "TargetInUseException",
                    format!(
                        "Target {} is used by {} {} of window {}; deregister or update it first, or leave out --safe.",
                        req.window_target_id,
                        if users.len() == 1 { "task" } else { "tasks" },
                        named_list(&users, 3),
                        req.window_id
                    ),
                ));
            }
        }
        rows::delete_target(tx, &req.window_id, &req.window_target_id)?;
        Ok(DeregisterTargetResult { window_id: req.window_id.clone(), window_target_id: req.window_target_id.clone() })
    })
}
