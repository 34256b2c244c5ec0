//! What ssmctl knows of patches: only what scans saw. There is no AWS catalogue here, so
//! describe-patch-properties and describe-effective-patches-for-patch-baseline answer from
//! the updates the hosts' package managers offered at their last patch operation.

use super::Ctx;
use crate::error::Result;
use crate::model::patch_states::*;
use crate::patch::Report;
use crate::patch::evaluate::{capitalised, deployment_status};
use crate::patch::scan::{Installed, Update};
use std::collections::{BTreeMap, BTreeSet};

fn reports(ctx: &mut Ctx) -> Result<Vec<Report>> {
    let store = ctx.store()?;
    let rows = store.read(|tx| crate::store::patches::states(tx))?;
    Ok(rows.iter().filter_map(|r| serde_json::from_str(&r.report).ok()).collect())
}

/// The family a product belongs to, as AWS names product families.
fn family_of(os: &str) -> &'static str {
    match os {
        "DEBIAN" => "Debian",
        "UBUNTU" => "Ubuntu",
        "RASPBIAN" => "Raspbian",
        "REDHAT_ENTERPRISE_LINUX" => "RedHatEnterpriseLinux",
        "CENTOS" => "CentOS",
        "ROCKY_LINUX" => "RockyLinux",
        "ALMA_LINUX" => "AlmaLinux",
        "ORACLE_LINUX" => "OracleLinux",
        "SUSE" => "Suse",
        _ => "AmazonLinux",
    }
}

pub fn describe_properties(
    ctx: &mut Ctx,
    req: DescribePatchPropertiesRequest,
) -> Result<DescribePatchPropertiesResult> {
    let mut values: BTreeSet<String> = BTreeSet::new();
    // Application patches are Windows'.
    let os_set = req.patch_set.as_deref().is_none_or(|s| s == "OS");
    for r in reports(ctx)?.iter().filter(|r| os_set && r.operating_system == req.operating_system) {
        match req.property.as_str() {
            "PRODUCT" => {
                values.insert(r.product.clone());
            }
            "PRODUCT_FAMILY" => {
                values.insert(family_of(&r.operating_system).into());
            }
            "CLASSIFICATION" => {
                values.extend(r.patches.iter().map(|p| p.classification.clone()).filter(|c| !c.is_empty()))
            }
            "PRIORITY" => values.extend(r.offered.iter().map(|o| capitalised(&o.priority)).filter(|s| !s.is_empty())),
            "SEVERITY" => values.extend(r.offered.iter().map(|o| o.severity.clone()).filter(|s| !s.is_empty())),
            // MSRC severities are Windows'.
            _ => {}
        }
    }
    let all: Vec<BTreeMap<String, String>> =
        values.into_iter().map(|v| BTreeMap::from([("Name".to_string(), v)])).collect();
    let (properties, next_token) = super::patch_states::page(&all, req.next_token.as_deref(), req.max_results, 50)?;
    Ok(DescribePatchPropertiesResult { properties, next_token })
}

pub fn describe_effective(
    ctx: &mut Ctx,
    req: DescribeEffectivePatchesRequest,
) -> Result<DescribeEffectivePatchesResult> {
    let baseline = {
        let store = ctx.store()?;
        store.read(|tx| super::patch_baselines::require(tx, &req.baseline_id))?
    };
    let rules = &baseline.rules;
    let mut seen: BTreeMap<String, EffectivePatch> = BTreeMap::new();
    for r in reports(ctx)?.iter().filter(|r| r.operating_system == rules.operating_system) {
        for o in &r.offered {
            let p = Installed {
                name: o.name.clone(),
                arch: o.arch.clone(),
                version: o.installed.clone(),
                priority: o.priority.clone(),
                section: o.section.clone(),
                installed_at: None,
            };
            let u = Update {
                name: o.name.clone(),
                arch: o.arch.clone(),
                installed: o.installed.clone(),
                version: o.version.clone(),
                security: o.security,
                repository: o.repository.clone(),
                security_version: o.security_version.clone(),
                classification: if o.classification.is_empty() && o.security {
                    "Security".into()
                } else {
                    o.classification.clone()
                },
                severity: o.severity.clone(),
                released: o.released.and_then(|t| chrono::DateTime::from_timestamp(t, 0)),
            };
            let (status, level) = deployment_status(rules, &r.product, &p, &u, &o.manager);
            let id = format!("{}.{}:{}", o.name, o.arch, o.version);
            let approved = matches!(status, "APPROVED" | "EXPLICIT_APPROVED");
            seen.entry(id.clone()).or_insert_with(|| EffectivePatch {
                patch: Patch {
                    id: id.clone(),
                    title: id,
                    product: r.product.clone(),
                    product_family: family_of(&r.operating_system).into(),
                    classification: u.classification.clone(),
                    severity: if o.severity.is_empty() { o.priority.clone() } else { o.severity.clone() },
                    name: o.name.clone(),
                    version: o.version.clone(),
                    arch: o.arch.clone(),
                    repository: o.repository.clone(),
                },
                patch_status: PatchStatus {
                    deployment_status: status.into(),
                    compliance_level: level,
                    // Debian-family rules approve at once: approved when the scan saw it.
                    approval_date: approved
                        .then(|| crate::model::time::parse_cli_str(&r.start))
                        .flatten()
                        .map(|t| crate::model::time::to_cli(&t)),
                },
            });
        }
    }
    let all: Vec<EffectivePatch> = seen.into_values().collect();
    let (effective_patches, next_token) =
        super::patch_states::page(&all, req.next_token.as_deref(), req.max_results, 100)?;
    Ok(DescribeEffectivePatchesResult { effective_patches, next_token })
}
