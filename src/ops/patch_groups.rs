//! Patch groups: which baseline the hosts of a group (their `Patch Group` / `PatchGroup`
//! tag) get, one baseline per group and OS, the OS being the baseline's.

use super::patch_baselines::{self as baselines, DEFAULT_OS, Filters};
use super::{Ctx, decode_token, encode_token, page_limit};
use crate::error::{Error, Result};
use crate::model::patch::*;
use crate::store::patch_baselines as rows;

/// AWS's quota of patch groups per patch baseline.
const MAX_GROUPS_PER_BASELINE: usize = 25;

pub fn register(ctx: &mut Ctx, req: PatchGroupRegistration) -> Result<PatchGroupRegistration> {
    ctx.store()?.write(|tx| {
        let b = baselines::require(tx, &req.baseline_id)?;
        let os = &b.rules.operating_system;
        if let Some(existing) = rows::group_baseline(tx, &req.patch_group, os)? {
            let what = if existing == b.id { "this baseline".to_string() } else { format!("baseline {existing}") };
            return Err(Error::service(
                "AlreadyExistsException",
                format!(
                    "Patch Group {} is already registered with {what} for {os}; deregister it first.",
                    req.patch_group
                ),
            ));
        }
        if rows::groups_of(tx, &b.id)?.len() >= MAX_GROUPS_PER_BASELINE {
            return Err(Error::service(
                "ResourceLimitExceededException",
                format!(
                    "Patch baseline {} already has {MAX_GROUPS_PER_BASELINE} patch groups, the most it can have.",
                    b.id
                ),
            ));
        }
        rows::register_group(tx, &req.patch_group, os, &b.id)?;
        Ok(PatchGroupRegistration { baseline_id: b.id, patch_group: req.patch_group.clone() })
    })
}

pub fn deregister(ctx: &mut Ctx, req: PatchGroupRegistration) -> Result<PatchGroupRegistration> {
    ctx.store()?.write(|tx| {
        let b = baselines::require(tx, &req.baseline_id)?;
        if !rows::deregister_group(tx, &req.patch_group, &b.id)? {
            return Err(Error::service(
                "InvalidResourceId",
                format!("Patch Group {} is not registered with patch baseline {}.", req.patch_group, b.id),
            ));
        }
        Ok(PatchGroupRegistration { baseline_id: b.id, patch_group: req.patch_group.clone() })
    })
}

/// The group's baseline for the OS, else the OS's default (what its hosts get).
pub fn get_for_group(
    ctx: &mut Ctx,
    req: GetPatchBaselineForPatchGroupRequest,
) -> Result<GetPatchBaselineForPatchGroupResult> {
    let os = req.operating_system.unwrap_or_else(|| DEFAULT_OS.into());
    ctx.store()?.read(|tx| {
        let id = match rows::group_baseline(tx, &req.patch_group, &os)? {
            Some(id) => id,
            None => baselines::default_id(tx, &os)?.ok_or_else(|| baselines::no_default(&os))?,
        };
        Ok(GetPatchBaselineForPatchGroupResult {
            baseline_id: id,
            patch_group: req.patch_group.clone(),
            operating_system: os,
        })
    })
}

pub fn describe(ctx: &mut Ctx, req: DescribePatchRequest) -> Result<DescribePatchGroupsResult> {
    let filters = Filters::new(&req.filters, &["NAME_PREFIX", "OPERATING_SYSTEM"])?;
    let limit = page_limit(req.max_results, 100) as usize;
    let after = decode_token(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        let mut mappings = Vec::new();
        let (mut next_token, mut last_key) = (None, None);
        // Group order, then OS: the page token is that key.
        for (group, os, id) in rows::registrations(tx)? {
            let key = format!("{group}\u{1f}{os}");
            if after.as_ref().is_some_and(|a| key <= *a)
                || !filters.matches("NAME_PREFIX", |p| group.starts_with(p))
                || !filters.matches("OPERATING_SYSTEM", |o| o == os)
            {
                continue;
            }
            if mappings.len() == limit {
                next_token = last_key.as_deref().map(encode_token);
                break;
            }
            let b = baselines::lookup(tx, &id)?
                .ok_or_else(|| Error::internal(format!("patch group {group} names baseline {id}, not in the store")))?;
            mappings.push(PatchGroupPatchBaselineMapping {
                patch_group: group,
                baseline_identity: baselines::identity(tx, &b)?,
            });
            last_key = Some(key);
        }
        Ok(DescribePatchGroupsResult { mappings, next_token })
    })
}
