//! Typed shapes of what maintenance windows ran: executions, their task executions and
//! invocations, and CancelMaintenanceWindowExecution.

use super::time::cli_opt;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use super::maintenance_windows::MaintenanceWindowFilter as Filter;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowExecutionsRequest {
    pub window_id: String,
    #[serde(default)]
    pub filters: Vec<Filter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MaintenanceWindowExecution {
    pub window_id: String,
    pub window_execution_id: String,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<String>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowExecutionsResult {
    pub window_executions: Vec<MaintenanceWindowExecution>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetMaintenanceWindowExecutionRequest {
    pub window_execution_id: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetMaintenanceWindowExecutionResult {
    pub window_execution_id: String,
    pub task_ids: Vec<String>,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<String>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowExecutionTasksRequest {
    pub window_execution_id: String,
    #[serde(default)]
    pub filters: Vec<Filter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MaintenanceWindowExecutionTaskIdentity {
    pub window_execution_id: String,
    pub task_execution_id: String,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<String>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
    pub task_arn: String,
    pub task_type: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowExecutionTasksResult {
    pub window_execution_task_identities: Vec<MaintenanceWindowExecutionTaskIdentity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetMaintenanceWindowExecutionTaskRequest {
    pub window_execution_id: String,
    pub task_id: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetMaintenanceWindowExecutionTaskResult {
    pub window_execution_id: String,
    pub task_execution_id: String,
    pub task_arn: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_role: Option<String>,
    #[serde(rename = "Type")]
    pub task_type: String,
    /// AWS's form: one map of parameter name → {Values, …}, in a list.
    pub task_parameters: Vec<serde_json::Map<String, serde_json::Value>>,
    pub priority: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<String>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowExecutionTaskInvocationsRequest {
    pub window_execution_id: String,
    pub task_id: String,
    #[serde(default)]
    pub filters: Vec<Filter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MaintenanceWindowExecutionTaskInvocationIdentity {
    pub window_execution_id: String,
    pub task_execution_id: String,
    pub invocation_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_id: Option<String>,
    pub task_type: String,
    pub parameters: String,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<String>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_information: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_target_id: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMaintenanceWindowExecutionTaskInvocationsResult {
    pub window_execution_task_invocation_identities: Vec<MaintenanceWindowExecutionTaskInvocationIdentity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetMaintenanceWindowExecutionTaskInvocationRequest {
    pub window_execution_id: String,
    pub task_id: String,
    pub invocation_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CancelMaintenanceWindowExecutionRequest {
    pub window_execution_id: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CancelMaintenanceWindowExecutionResult {
    pub window_execution_id: String,
}
