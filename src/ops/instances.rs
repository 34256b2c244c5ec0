//! describe-instance-information: the inventory's hosts with what their last contact
//! told (PingStatus, platform, hostname, address) and where their associations stand. The
//! platform members come from the host's latest collected `AWS:InstanceInformation` when
//! there is one (what inventory saw in /etc/os-release), else from the last contact. No extra
//! connection is made for it.

use super::{Ctx, decode_token, encode_token};
use crate::error::{Error, Result};
use crate::inventory::{Host, Inventory};
use crate::model::instances::*;
use crate::store::instances::{self as rows, InstanceRow};
use indexmap::IndexMap;
use std::collections::HashMap;

pub fn describe(ctx: &mut Ctx, req: DescribeInstanceInformationRequest) -> Result<DescribeInstanceInformationResult> {
    let limit = req.max_results.unwrap_or(50).clamp(5, 50) as usize;
    let mut clauses: Vec<(String, Vec<String>)> = Vec::new();
    for f in &req.instance_information_filter_list {
        clauses.push((f.key.clone(), f.value_set.clone()));
    }
    for f in &req.filters {
        clauses.push((f.key.clone(), f.values.clone()));
    }
    for (key, values) in &clauses {
        let known = [
            "InstanceIds",
            "AgentVersion",
            "PingStatus",
            "PlatformTypes",
            "ActivationIds",
            "IamRole",
            "ResourceType",
            "AssociationStatus",
        ];
        if !(known.contains(&key.as_str()) || key.starts_with("tag:") || key == "tag-key") {
            return Err(Error::service(
                "InvalidFilterKey",
                format!("Filter key {key} is not valid; use one of {}, tag:KEY or tag-key.", known.join(", ")),
            ));
        }
        if values.is_empty() {
            return Err(Error::service(
                "InvalidInstanceInformationFilterValue",
                format!("Filter {key} has no values."),
            ));
        }
    }
    let after = decode_token(req.next_token.as_deref())?;
    let inventory = ctx.inventory()?;
    let store = ctx.store()?;
    store.read(|tx| {
        let targeted = targeted_by(tx, &inventory)?;
        let mut out = Vec::new();
        let mut started = after.is_none();
        for host in &inventory.hosts {
            if !started {
                started = after.as_deref() == Some(host.id.as_str());
                continue;
            }
            let facts = rows::get(tx, &host.id)?;
            let mut info = information(host, facts.as_ref());
            if let Some(snap) = crate::store::inventory::latest(tx, &host.id, "AWS:InstanceInformation")? {
                platform_from_inventory(&mut info, &snap);
            }
            association_status(tx, &mut info, targeted.get(host.id.as_str()).map_or(&[][..], |v| v))?;
            if !clauses.iter().all(|(k, v)| matches(host, &info, k, v)) {
                continue;
            }
            if out.len() == limit {
                let last: &InstanceInformation = &out[limit - 1];
                let token = encode_token(&last.instance_id);
                return Ok(DescribeInstanceInformationResult {
                    instance_information_list: out,
                    next_token: Some(token),
                });
            }
            out.push(info);
        }
        Ok(DescribeInstanceInformationResult { instance_information_list: out, next_token: None })
    })
}

fn information(host: &Host, facts: Option<&InstanceRow>) -> InstanceInformation {
    let f = facts.cloned().unwrap_or_default();
    InstanceInformation {
        instance_id: host.id.clone(),
        // Never contacted yet: Inactive, as AWS shows a registered instance it has not heard from.
        ping_status: if f.ping_status.is_empty() { "Inactive".into() } else { f.ping_status.clone() },
        last_ping_date_time: f.last_ping,
        agent_version: AGENT_VERSION.into(),
        is_latest_version: true,
        platform_type: host.platform.clone(),
        platform_name: f.platform_name.clone(),
        platform_version: f.platform_version.clone(),
        resource_type: "ManagedInstance".into(),
        name: host.tags.get("Name").cloned().unwrap_or_else(|| host.id.clone()),
        ip_address: f
            .ip_address
            .clone()
            .or_else(|| (host.connection == crate::inventory::Connection::Ssh).then(|| host.address.clone())),
        computer_name: f.computer_name.clone(),
        association_status: None,
        association_overview: None,
        last_association_execution_date: None,
        last_successful_association_execution_date: None,
        source_id: host.id.clone(),
        source_type: crate::targets::HOST_RESOURCE_TYPE.into(),
    }
}

/// Overlays what the latest inventory capture says; an empty or absent attribute leaves the
/// member as the last contact gave it.
fn platform_from_inventory(info: &mut InstanceInformation, snap: &crate::store::inventory::Snapshot) {
    let Some(entry) = snap.content.first() else { return };
    let get = |k: &str| entry.get(k).and_then(|v| v.as_str()).filter(|v| !v.is_empty()).map(str::to_string);
    let set = |member: &mut Option<String>, k: &str| {
        if let Some(v) = get(k) {
            *member = Some(v);
        }
    };
    set(&mut info.platform_name, "PlatformName");
    set(&mut info.platform_version, "PlatformVersion");
    set(&mut info.computer_name, "ComputerName");
    set(&mut info.ip_address, "IpAddress");
    if let Some(v) = get("PlatformType") {
        info.platform_type = v;
    }
}

/// What AgentVersion shows: see InstanceInformation.
const AGENT_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The associations whose targets take each host now, by host id.
fn targeted_by<'a>(conn: &rusqlite::Connection, inv: &'a Inventory) -> Result<HashMap<&'a str, Vec<String>>> {
    let mut out: HashMap<&str, Vec<String>> = HashMap::new();
    for a in crate::store::associations::all(conn)? {
        let targets = super::associations::targets_of(&a.settings);
        for h in crate::targets::resolve(inv, &[], &targets).unwrap_or_default() {
            out.entry(h.id.as_str()).or_default().push(a.association_id.clone());
        }
    }
    Ok(out)
}

/// Where the host's associations stand, as AWS sums them up: each association's last status
/// on the host (Pending while one that targets it has not run there yet) counted by status;
/// Failed if any failed, else Pending if any is pending, else Success. Absent when no
/// association targets the host.
fn association_status(conn: &rusqlite::Connection, info: &mut InstanceInformation, targeted: &[String]) -> Result<()> {
    let rows: Vec<_> = crate::store::associations::by_instance(conn, &info.instance_id)?
        .into_iter()
        .filter(|r| targeted.contains(&r.association_id))
        .collect();
    if targeted.is_empty() {
        return Ok(());
    }
    let mut counts: IndexMap<String, i64> = IndexMap::new();
    for r in &rows {
        *counts.entry(r.status.clone()).or_default() += 1;
    }
    let pending = targeted.len() - rows.len();
    if pending > 0 {
        *counts.entry("Pending".into()).or_default() += pending as i64;
    }
    let status = if rows.iter().any(|r| r.status == "Failed") {
        "Failed"
    } else if pending > 0 || rows.iter().any(|r| r.status != "Success") {
        "Pending"
    } else {
        "Success"
    };
    counts.sort_keys();
    info.association_status = Some(status.into());
    info.association_overview = Some(AssociationOverview {
        detailed_status: status.into(),
        instance_association_status_aggregated_count: counts,
    });
    info.last_association_execution_date = rows.iter().filter_map(|r| r.execution_date).max();
    info.last_successful_association_execution_date =
        rows.iter().filter(|r| r.status == "Success").filter_map(|r| r.execution_date).max();
    Ok(())
}

fn matches(host: &Host, info: &InstanceInformation, key: &str, values: &[String]) -> bool {
    let any = |f: &dyn Fn(&str) -> bool| values.iter().any(|v| f(v));
    match key {
        "InstanceIds" => any(&|v| v == host.id),
        "AgentVersion" => any(&|v| v == info.agent_version),
        "PingStatus" => any(&|v| v == info.ping_status),
        // No host is registered by an activation or has an IAM role.
        "ActivationIds" | "IamRole" => false,
        "PlatformTypes" => any(&|v| v == info.platform_type),
        "ResourceType" => any(&|v| v == "ManagedInstance"),
        "AssociationStatus" => info.association_status.as_ref().is_some_and(|s| values.contains(s)),
        "tag-key" => any(&|v| host.tags.contains_key(v)),
        k => {
            let tag = k.trim_start_matches("tag:");
            any(&|v| host.tags.get(tag).is_some_and(|t| t == v))
        }
    }
}
