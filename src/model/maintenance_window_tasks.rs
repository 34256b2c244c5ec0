//! Typed shapes of a maintenance window's targets and tasks: the requests that register,
//! describe, update and deregister them, and what they answer.

pub use super::maintenance_windows::MaintenanceWindowFilter;
use super::maintenance_windows::{TargetRecord, TaskInvocationParameters};
use crate::targets::Target;
use serde::{Deserialize, Serialize};
use serde_json::Value;

// ------------------------------------------------------------------ targets

/// Serialized too: its JSON is the request hash a ClientToken is held to.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RegisterTargetRequest {
    pub window_id: String,
    pub resource_type: String,
    #[serde(default)]
    pub targets: Vec<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_information: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing)]
    pub client_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RegisterTargetResult {
    pub window_target_id: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRequest {
    pub window_id: String,
    #[serde(default)]
    pub filters: Vec<MaintenanceWindowFilter>,
    #[serde(default)]
    pub max_results: Option<i64>,
    #[serde(default)]
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTargetsResult {
    pub targets: Vec<TargetRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateTargetRequest {
    pub window_id: String,
    pub window_target_id: String,
    #[serde(default)]
    pub targets: Option<Vec<Target>>,
    #[serde(default)]
    pub owner_information: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub replace: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeregisterTargetRequest {
    pub window_id: String,
    pub window_target_id: String,
    #[serde(default)]
    pub safe: Option<bool>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeregisterTargetResult {
    pub window_id: String,
    pub window_target_id: String,
}

// ------------------------------------------------------------------ tasks

/// RegisterTaskWithMaintenanceWindow's members; serialized for the ClientToken's hash.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RegisterTaskRequest {
    pub window_id: String,
    #[serde(default)]
    pub targets: Vec<Target>,
    pub task_arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_role_arn: Option<String>,
    pub task_type: String,
    /// The deprecated `{name: {Values: [...]}}` map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_parameters: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_invocation_parameters: Option<TaskInvocationParameters>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logging_info: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing)]
    pub client_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cutoff_behavior: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_configuration: Option<Value>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RegisterTaskResult {
    pub window_task_id: String,
}

/// An item of DescribeMaintenanceWindowTasks: the model's MaintenanceWindowTask (`Type`, and
/// no TaskInvocationParameters).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MaintenanceWindowTask {
    pub window_id: String,
    pub window_task_id: String,
    pub task_arn: String,
    #[serde(rename = "Type")]
    pub task_type: String,
    pub targets: Vec<Target>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_parameters: Option<Value>,
    pub priority: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logging_info: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_role_arn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub cutoff_behavior: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alarm_configuration: Option<Value>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTasksResult {
    pub tasks: Vec<MaintenanceWindowTask>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// GetMaintenanceWindowTask's and DeregisterTaskFromMaintenanceWindow's request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TaskIdRequest {
    pub window_id: String,
    pub window_task_id: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TaskIdResult {
    pub window_id: String,
    pub window_task_id: String,
}

/// UpdateMaintenanceWindowTask's members: None is "not given" (kept, or reset with Replace).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateTaskRequest {
    pub window_id: String,
    pub window_task_id: String,
    #[serde(default)]
    pub targets: Option<Vec<Target>>,
    #[serde(default)]
    pub task_arn: Option<String>,
    #[serde(default)]
    pub service_role_arn: Option<String>,
    #[serde(default)]
    pub task_parameters: Option<Value>,
    #[serde(default)]
    pub task_invocation_parameters: Option<TaskInvocationParameters>,
    #[serde(default)]
    pub priority: Option<i64>,
    #[serde(default)]
    pub max_concurrency: Option<String>,
    #[serde(default)]
    pub max_errors: Option<String>,
    #[serde(default)]
    pub logging_info: Option<Value>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub replace: Option<bool>,
    #[serde(default)]
    pub cutoff_behavior: Option<String>,
    #[serde(default)]
    pub alarm_configuration: Option<Value>,
}
