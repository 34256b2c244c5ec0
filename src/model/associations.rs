//! Typed shapes of State Manager: associations, their versions, executions and targets.

use crate::targets::Target;
use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub type Parameters = IndexMap<String, Vec<String>>;

/// An association's settings: what one AssociationVersion holds. Stored as JSON per version.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Settings {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    #[serde(default)]
    pub parameters: Parameters,
    #[serde(default)]
    pub targets: Vec<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub association_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance_severity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_compliance: Option<String>,
    #[serde(default)]
    pub apply_only_at_cron_interval: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
    /// Kept and shown; it grants nothing here (there is no IAM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub association_dispatch_assume_role: Option<String>,
    /// An Automation runbook's parameter that gets each target's instance id (rate control).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automation_target_parameter_name: Option<String>,
}

/// The request members of CreateAssociation (and of a CreateAssociationBatch entry and,
/// with AssociationId/AssociationVersion, of UpdateAssociation).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub association_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub association_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub parameters: Parameters,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub association_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance_severity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_compliance: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_only_at_cron_interval: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<super::tags::Tag>,
    // Members that need AWS services: accepted by the parser, refused by the operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_location: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automation_target_parameter_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_names: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_locations: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_maps: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_configuration: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub association_dispatch_assume_role: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationOverview {
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detailed_status: Option<String>,
    pub association_status_aggregated_count: IndexMap<String, i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationDescription {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    pub association_version: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub date: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_update_association_date: Option<DateTime<Utc>>,
    pub overview: AssociationOverview,
    pub document_version: String,
    pub parameters: Parameters,
    pub association_id: String,
    pub targets: Vec<Target>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_execution_date: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_successful_execution_date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    pub compliance_severity: String,
    pub sync_compliance: String,
    pub apply_only_at_cron_interval: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_dispatch_assume_role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automation_target_parameter_name: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Association {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    pub association_id: String,
    pub association_version: String,
    pub document_version: String,
    pub targets: Vec<Target>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_execution_date: Option<DateTime<Utc>>,
    pub overview: AssociationOverview,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationVersionInfo {
    pub association_id: String,
    pub association_version: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<DateTime<Utc>>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_version: Option<String>,
    pub parameters: Parameters,
    pub targets: Vec<Target>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_expression: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compliance_severity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_compliance: Option<String>,
    pub apply_only_at_cron_interval: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationExecution {
    pub association_id: String,
    pub association_version: String,
    pub execution_id: String,
    pub status: String,
    pub detailed_status: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_time: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_execution_date: Option<DateTime<Utc>>,
    pub resource_count_by_status: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct OutputSource {
    pub output_source_id: String,
    pub output_source_type: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationExecutionTarget {
    pub association_id: String,
    pub association_version: String,
    pub execution_id: String,
    pub resource_id: String,
    pub resource_type: String,
    pub status: String,
    pub detailed_status: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_execution_date: Option<DateTime<Utc>>,
    pub output_source: OutputSource,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceAssociationStatusInfo {
    pub association_id: String,
    pub name: String,
    pub document_version: String,
    pub association_version: String,
    pub instance_id: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub execution_date: Option<DateTime<Utc>>,
    pub status: String,
    pub detailed_status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_name: Option<String>,
}
