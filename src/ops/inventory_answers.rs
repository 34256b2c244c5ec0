//! ssmctl's own answers on collected inventory (SPEC §20): the hosts whose package is below,
//! at or above a version — compared as the host's package manager compares versions, which
//! get-inventory's string comparison cannot — and one host's applications as an SBOM.

use super::Ctx;
use crate::error::{Error, Result};
use crate::software_inventory::report::{self, Relation};
use crate::store::inventory as rows;
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PackageHost {
    pub instance_id: String,
    pub versions: Vec<String>,
    pub capture_time: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PackageHosts {
    pub name: String,
    pub relation: String,
    pub version: String,
    pub hosts: Vec<PackageHost>,
}

pub fn package_hosts(ctx: &mut Ctx, name: &str, relation: Relation, version: &str) -> Result<PackageHosts> {
    let inventory = ctx.inventory()?;
    let latest = ctx.store()?.read(|tx| rows::latest_of_type(tx, "AWS:Application"))?;
    let mut hosts = Vec::new();
    // In inventory order; hosts no longer in the inventory are left out.
    for h in &inventory.hosts {
        let Some(s) = latest.iter().find(|s| s.instance_id == h.id) else { continue };
        let versions = report::matching(&s.content, name, relation, version);
        if !versions.is_empty() {
            hosts.push(PackageHost { instance_id: h.id.clone(), versions, capture_time: s.capture_time.clone() });
        }
    }
    let relation = match relation {
        Relation::Below => "below",
        Relation::At => "at",
        Relation::Above => "above",
    };
    Ok(PackageHosts { name: name.to_string(), relation: relation.into(), version: version.to_string(), hosts })
}

pub fn sbom(ctx: &mut Ctx, instance_id: &str) -> Result<Value> {
    super::inventory::known_host(ctx, instance_id)?;
    let (apps, info) = ctx.store()?.read(|tx| {
        Ok((
            rows::latest(tx, instance_id, "AWS:Application")?,
            rows::latest(tx, instance_id, "AWS:InstanceInformation")?,
        ))
    })?;
    let apps = apps.ok_or_else(|| {
        Error::service(
            "InvalidInstanceId",
            format!("{instance_id} has no AWS:Application inventory yet: run AWS-GatherSoftwareInventory on it first."),
        )
    })?;
    let field = |k: &str| {
        info.as_ref()
            .and_then(|i| i.content.first())
            .and_then(|e| e.get(k))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    Ok(report::cyclonedx(
        instance_id,
        &field("PlatformName"),
        &field("PlatformVersion"),
        &apps.content,
        &apps.capture_time,
    ))
}
