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
