//! Typed shapes of the Parameter Store operations (names and member order as in the model).

use super::tags::Tag;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutParameterRequest {
    pub name: String,
    pub description: Option<String>,
    pub value: String,
    #[serde(rename = "Type")]
    pub type_: Option<String>,
    pub key_id: Option<String>,
    pub overwrite: Option<bool>,
    pub allowed_pattern: Option<String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    pub tier: Option<String>,
    /// A JSON array of policies (src/ops/parameter_policies.rs).
    pub policies: Option<String>,
    pub data_type: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutParameterResult {
    pub version: i64,
    pub tier: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParameterRequest {
    pub name: String,
    #[serde(default)]
    pub with_decryption: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Parameter {
    pub name: String,
    #[serde(rename = "Type")]
    pub type_: String,
    pub value: String,
    pub version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<DateTime<Utc>>,
    #[serde(rename = "ARN")]
    pub arn: String,
    pub data_type: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParameterResult {
    pub parameter: Parameter,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParametersRequest {
    pub names: Vec<String>,
    #[serde(default)]
    pub with_decryption: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParametersResult {
    pub parameters: Vec<Parameter>,
    pub invalid_parameters: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParameterStringFilter {
    pub key: String,
    pub option: Option<String>,
    pub values: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParametersByPathRequest {
    pub path: String,
    #[serde(default)]
    pub recursive: bool,
    #[serde(default)]
    pub parameter_filters: Vec<ParameterStringFilter>,
    #[serde(default)]
    pub with_decryption: bool,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParametersByPathResult {
    pub parameters: Vec<Parameter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParametersFilter {
    pub key: String,
    pub values: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeParametersRequest {
    #[serde(default)]
    pub filters: Vec<ParametersFilter>,
    #[serde(default)]
    pub parameter_filters: Vec<ParameterStringFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
    #[serde(default)]
    pub shared: bool,
}

/// ParameterInlinePolicy: one policy of a parameter (src/ops/parameter_policies.rs).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParameterInlinePolicy {
    pub policy_text: String,
    pub policy_type: String,
    pub policy_status: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParameterMetadata {
    pub name: String,
    #[serde(rename = "ARN")]
    pub arn: String,
    #[serde(rename = "Type")]
    pub type_: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<DateTime<Utc>>,
    pub last_modified_user: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_pattern: Option<String>,
    pub version: i64,
    pub tier: String,
    pub policies: Vec<ParameterInlinePolicy>,
    pub data_type: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeParametersResult {
    pub parameters: Vec<ParameterMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteParameterRequest {
    pub name: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteParametersRequest {
    pub names: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteParametersResult {
    pub deleted_parameters: Vec<String>,
    pub invalid_parameters: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParameterHistoryRequest {
    pub name: String,
    #[serde(default)]
    pub with_decryption: bool,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParameterHistory {
    pub name: String,
    #[serde(rename = "Type")]
    pub type_: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<DateTime<Utc>>,
    pub last_modified_user: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_pattern: Option<String>,
    pub version: i64,
    pub labels: Vec<String>,
    pub tier: String,
    pub policies: Vec<ParameterInlinePolicy>,
    pub data_type: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParameterHistoryResult {
    pub parameters: Vec<ParameterHistory>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LabelParameterVersionRequest {
    pub name: String,
    pub parameter_version: Option<i64>,
    pub labels: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct LabelParameterVersionResult {
    pub invalid_labels: Vec<String>,
    pub parameter_version: i64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnlabelParameterVersionRequest {
    pub name: String,
    pub parameter_version: i64,
    pub labels: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnlabelParameterVersionResult {
    pub removed_labels: Vec<String>,
    pub invalid_labels: Vec<String>,
}
