//! Typed shapes of the patch results operations: instance patch states, instance patches,
//! patch group state.

use super::patch::PatchOrchestratorFilter;
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstancePatchStatesRequest {
    pub instance_ids: Vec<String>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstancePatchStateFilter {
    pub key: String,
    pub values: Vec<String>,
    #[serde(rename = "Type")]
    pub type_: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstancePatchStatesForPatchGroupRequest {
    pub patch_group: String,
    #[serde(default)]
    pub filters: Vec<InstancePatchStateFilter>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstancePatchState {
    pub instance_id: String,
    pub patch_group: String,
    pub baseline_id: String,
    pub snapshot_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_override_list: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_information: Option<String>,
    pub installed_count: i64,
    pub installed_other_count: i64,
    pub installed_pending_reboot_count: i64,
    pub installed_rejected_count: i64,
    pub missing_count: i64,
    pub failed_count: i64,
    pub unreported_not_applicable_count: i64,
    pub not_applicable_count: i64,
    pub available_security_update_count: i64,
    pub operation_start_time: String,
    pub operation_end_time: String,
    pub operation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_no_reboot_install_operation_time: Option<String>,
    pub reboot_option: String,
    pub critical_non_compliant_count: i64,
    pub security_non_compliant_count: i64,
    pub other_non_compliant_count: i64,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstancePatchStatesResult {
    pub instance_patch_states: Vec<InstancePatchState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstancePatchesRequest {
    pub instance_id: String,
    #[serde(default)]
    pub filters: Vec<PatchOrchestratorFilter>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchComplianceData {
    pub title: String,
    #[serde(rename = "KBId")]
    pub kb_id: String,
    pub classification: String,
    pub severity: String,
    pub state: String,
    pub installed_time: String,
    #[serde(rename = "CVEIds", skip_serializing_if = "Option::is_none")]
    pub cve_ids: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstancePatchesResult {
    pub patches: Vec<PatchComplianceData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePatchGroupStateRequest {
    pub patch_group: String,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePatchGroupStateResult {
    pub instances: i64,
    pub instances_with_installed_patches: i64,
    pub instances_with_installed_other_patches: i64,
    pub instances_with_installed_pending_reboot_patches: i64,
    pub instances_with_installed_rejected_patches: i64,
    pub instances_with_missing_patches: i64,
    pub instances_with_failed_patches: i64,
    pub instances_with_not_applicable_patches: i64,
    pub instances_with_unreported_not_applicable_patches: i64,
    pub instances_with_critical_non_compliant_patches: i64,
    pub instances_with_security_non_compliant_patches: i64,
    pub instances_with_other_non_compliant_patches: i64,
    pub instances_with_available_security_updates: i64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePatchPropertiesRequest {
    pub operating_system: String,
    pub property: String,
    pub patch_set: Option<String>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePatchPropertiesResult {
    pub properties: Vec<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeEffectivePatchesRequest {
    pub baseline_id: String,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Patch {
    pub id: String,
    pub title: String,
    pub product: String,
    pub product_family: String,
    pub classification: String,
    pub severity: String,
    pub name: String,
    pub version: String,
    pub arch: String,
    pub repository: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchStatus {
    pub deployment_status: String,
    pub compliance_level: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EffectivePatch {
    pub patch: Patch,
    pub patch_status: PatchStatus,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeEffectivePatchesResult {
    pub effective_patches: Vec<EffectivePatch>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
