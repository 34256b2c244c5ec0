//! Typed shapes of Maintenance Windows: the window, its targets and tasks as stored and
//! shown, and the requests that make and change them.

use super::commands::Parameters;
use crate::targets::Target;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A registered task (GetMaintenanceWindowTaskResult's members), stored whole as JSON and
/// snapshotted into each window execution at its fire time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TaskRecord {
    pub window_id: String,
    pub window_task_id: String,
    #[serde(default)]
    pub targets: Vec<Target>,
    pub task_arn: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_role_arn: Option<String>,
    pub task_type: String,
    /// The deprecated TaskParameters map, kept as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_parameters: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_invocation_parameters: Option<TaskInvocationParameters>,
    pub priority: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logging_info: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub cutoff_behavior: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alarm_configuration: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TaskInvocationParameters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_command: Option<RunCommandParameters>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automation: Option<AutomationParameters>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step_functions: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lambda: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RunCommandParameters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_watch_output_config: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_hash: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_hash_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_config: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_s3_bucket_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_s3_key_prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Parameters::is_empty")]
    pub parameters: Parameters,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_role_arn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AutomationParameters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_version: Option<String>,
    #[serde(default, skip_serializing_if = "Parameters::is_empty")]
    pub parameters: Parameters,
}

/// A registered target (the model's MaintenanceWindowTarget).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TargetRecord {
    pub window_id: String,
    pub window_target_id: String,
    pub resource_type: String,
    pub targets: Vec<Target>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_information: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

// ------------------------------------------------------------------ window operations

/// CreateMaintenanceWindow. Serialised (without ClientToken) for the idempotency check.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateMaintenanceWindowRequest {
    pub name: String,
    pub description: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub schedule: String,
    pub schedule_timezone: Option<String>,
    pub schedule_offset: Option<i64>,
    pub duration: i64,
    pub cutoff: i64,
    pub allow_unassociated_targets: bool,
    #[serde(skip_serializing)]
    pub client_token: Option<String>,
    #[serde(default)]
    pub tags: Vec<crate::model::tags::Tag>,
}

/// CreateMaintenanceWindow's and DeleteMaintenanceWindow's result.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct WindowIdResult {
    pub window_id: String,
}

/// GetMaintenanceWindow and DeleteMaintenanceWindow.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WindowIdRequest {
    pub window_id: String,
}

/// Every member but the id is optional: absent keeps the stored value, unless `Replace`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateMaintenanceWindowRequest {
    pub window_id: String,
    pub name: Option<String>,
    pub description: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub schedule: Option<String>,
    pub schedule_timezone: Option<String>,
    pub schedule_offset: Option<i64>,
    pub duration: Option<i64>,
    pub cutoff: Option<i64>,
    pub allow_unassociated_targets: Option<bool>,
    pub enabled: Option<bool>,
    pub replace: Option<bool>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateMaintenanceWindowResult {
    pub window_id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    pub schedule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_timezone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
    pub duration: i64,
    pub cutoff: i64,
    pub allow_unassociated_targets: bool,
    pub enabled: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetMaintenanceWindowResult {
    pub window_id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    pub schedule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_timezone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_execution_time: Option<String>,
    pub duration: i64,
    pub cutoff: i64,
    pub allow_unassociated_targets: bool,
    pub enabled: bool,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
}

/// The model's MaintenanceWindowFilter: `{Key, Values}`, for every maintenance window describe.
/// Serialized too: a request's JSON is the hash a ClientToken is held to.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MaintenanceWindowFilter {
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub values: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowsRequest {
    #[serde(default)]
    pub filters: Vec<MaintenanceWindowFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MaintenanceWindowIdentity {
    pub window_id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub enabled: bool,
    pub duration: i64,
    pub cutoff: i64,
    pub schedule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_timezone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_execution_time: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowsResult {
    pub window_identities: Vec<MaintenanceWindowIdentity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowScheduleRequest {
    pub window_id: Option<String>,
    pub targets: Option<Vec<Target>>,
    pub resource_type: Option<String>,
    #[serde(default)]
    pub filters: Vec<crate::model::patch::PatchOrchestratorFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ScheduledWindowExecution {
    pub window_id: String,
    pub name: String,
    pub execution_time: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowScheduleResult {
    pub scheduled_window_executions: Vec<ScheduledWindowExecution>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowsForTargetRequest {
    pub targets: Vec<Target>,
    pub resource_type: String,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MaintenanceWindowIdentityForTarget {
    pub window_id: String,
    pub name: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowsForTargetResult {
    pub window_identities: Vec<MaintenanceWindowIdentityForTarget>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
