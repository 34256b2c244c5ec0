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
