//! The patch baseline shapes Patch Manager's operations and the patching engine share, as the
//! AWS model names them (PascalCase on the wire).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchFilter {
    pub key: String,
    #[serde(default)]
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchFilterGroup {
    #[serde(default)]
    pub patch_filters: Vec<PatchFilter>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchRule {
    pub patch_filter_group: PatchFilterGroup,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compliance_level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approve_after_days: Option<i64>,
    /// `YYYY-MM-DD`: patches released on or before it are approved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approve_until_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_non_security: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchRuleGroup {
    #[serde(default)]
    pub patch_rules: Vec<PatchRule>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchSource {
    pub name: String,
    #[serde(default)]
    pub products: Vec<String>,
    pub configuration: String,
}

/// What decides which updates a host gets: a baseline's rules, whoever owns it. The
/// operations add the bookkeeping members (id, name, dates, groups) around it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BaselineRules {
    pub operating_system: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_filters: Option<PatchFilterGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_rules: Option<PatchRuleGroup>,
    #[serde(default)]
    pub approved_patches: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_patches_compliance_level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_patches_enable_non_security: Option<bool>,
    #[serde(default)]
    pub rejected_patches: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected_patches_action: Option<String>,
    #[serde(default)]
    pub sources: Vec<PatchSource>,
}

// ---- Requests and results of the baseline and patch-group operations ----

use super::tags::Tag;
use chrono::{DateTime, Utc};

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePatchBaselineRequest {
    pub operating_system: Option<String>,
    pub name: String,
    pub global_filters: Option<PatchFilterGroup>,
    pub approval_rules: Option<PatchRuleGroup>,
    #[serde(default)]
    pub approved_patches: Vec<String>,
    pub approved_patches_compliance_level: Option<String>,
    pub approved_patches_enable_non_security: Option<bool>,
    #[serde(default)]
    pub rejected_patches: Vec<String>,
    pub rejected_patches_action: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub sources: Vec<PatchSource>,
    pub available_security_updates_compliance_status: Option<String>,
    /// Not part of the idempotency comparison (serialised for it without this member).
    #[serde(skip_serializing)]
    pub client_token: Option<String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

/// Every member but the id is optional: absent keeps the stored value, unless `Replace`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdatePatchBaselineRequest {
    pub baseline_id: String,
    pub name: Option<String>,
    pub global_filters: Option<PatchFilterGroup>,
    pub approval_rules: Option<PatchRuleGroup>,
    pub approved_patches: Option<Vec<String>>,
    pub approved_patches_compliance_level: Option<String>,
    pub approved_patches_enable_non_security: Option<bool>,
    pub rejected_patches: Option<Vec<String>>,
    pub rejected_patches_action: Option<String>,
    pub description: Option<String>,
    pub sources: Option<Vec<PatchSource>>,
    pub available_security_updates_compliance_status: Option<String>,
    pub replace: Option<bool>,
}

/// GetPatchBaseline, DeletePatchBaseline, RegisterDefaultPatchBaseline.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BaselineIdRequest {
    pub baseline_id: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct BaselineIdResult {
    pub baseline_id: String,
}

/// GetPatchBaseline's result; UpdatePatchBaseline's is the same without `PatchGroups`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchBaselineResult {
    pub baseline_id: String,
    pub name: String,
    pub operating_system: String,
    pub global_filters: PatchFilterGroup,
    pub approval_rules: PatchRuleGroup,
    pub approved_patches: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_patches_compliance_level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_patches_enable_non_security: Option<bool>,
    pub rejected_patches: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rejected_patches_action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patch_groups: Option<Vec<String>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub sources: Vec<PatchSource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_security_updates_compliance_status: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchOrchestratorFilter {
    pub key: Option<String>,
    #[serde(default)]
    pub values: Vec<String>,
}

/// DescribePatchBaselines and DescribePatchGroups.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePatchRequest {
    #[serde(default)]
    pub filters: Vec<PatchOrchestratorFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchBaselineIdentity {
    pub baseline_id: String,
    pub baseline_name: String,
    pub operating_system: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_description: Option<String>,
    pub default_baseline: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePatchBaselinesResult {
    pub baseline_identities: Vec<PatchBaselineIdentity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetDefaultPatchBaselineRequest {
    pub operating_system: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DefaultPatchBaselineResult {
    pub baseline_id: String,
    pub operating_system: String,
}

/// Register… and Deregister…PatchBaselineForPatchGroup share request and result.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchGroupRegistration {
    pub baseline_id: String,
    pub patch_group: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetPatchBaselineForPatchGroupRequest {
    pub patch_group: String,
    pub operating_system: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetPatchBaselineForPatchGroupResult {
    pub baseline_id: String,
    pub patch_group: String,
    pub operating_system: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchGroupPatchBaselineMapping {
    pub patch_group: String,
    pub baseline_identity: PatchBaselineIdentity,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePatchGroupsResult {
    pub mappings: Vec<PatchGroupPatchBaselineMapping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
