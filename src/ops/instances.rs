//! describe-instance-information: the inventory's hosts with what their last contact
//! told (PingStatus, platform, hostname, address). No extra connection is made for it.

use super::{Ctx, decode_token, encode_token};
use crate::error::{Error, Result};
use crate::inventory::Host;
use crate::model::instances::*;
use crate::store::instances::{self as rows, InstanceRow};

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
        let known = ["InstanceIds", "PingStatus", "PlatformTypes", "ResourceType", "AssociationStatus"];
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
        let mut out = Vec::new();
        let mut started = after.is_none();
        for host in &inventory.hosts {
            if !started {
                started = after.as_deref() == Some(host.id.as_str());
                continue;
            }
            let facts = rows::get(tx, &host.id)?;
            let mut info = information(host, facts.as_ref());
            association_status(tx, &mut info)?;
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
        last_association_execution_date: None,
        last_successful_association_execution_date: None,
        source_id: Some(host.id.clone()),
    }
}

/// The host's association status: Failed if any association's last run failed there,
/// Success if all succeeded, absent when no association ran there.
fn association_status(conn: &rusqlite::Connection, info: &mut InstanceInformation) -> Result<()> {
    let rows = crate::store::associations::by_instance(conn, &info.instance_id)?;
    if rows.is_empty() {
        return Ok(());
    }
    let failed = rows.iter().any(|r| r.status != "Success");
    info.association_status = Some(if failed { "Failed" } else { "Success" }.into());
    info.last_association_execution_date = rows.iter().filter_map(|r| r.execution_date).max();
    info.last_successful_association_execution_date =
        rows.iter().filter(|r| r.status == "Success").filter_map(|r| r.execution_date).max();
    Ok(())
}

fn matches(host: &Host, info: &InstanceInformation, key: &str, values: &[String]) -> bool {
    let any = |f: &dyn Fn(&str) -> bool| values.iter().any(|v| f(v));
    match key {
        "InstanceIds" => any(&|v| v == host.id),
        "PingStatus" => any(&|v| v == info.ping_status),
        "PlatformTypes" => any(&|v| v == host.platform),
        "ResourceType" => any(&|v| v == "ManagedInstance"),
        "AssociationStatus" => info.association_status.as_ref().is_some_and(|s| values.contains(s)),
        "tag-key" => any(&|v| host.tags.contains_key(v)),
        k => {
            let tag = k.trim_start_matches("tag:");
            any(&|v| host.tags.get(tag).is_some_and(|t| t == v))
        }
    }
}
