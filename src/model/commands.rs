//! Typed shapes of Run Command: SendCommand, ListCommands, ListCommandInvocations,
//! GetCommandInvocation, CancelCommand.

use crate::targets::Target;
use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub type Parameters = IndexMap<String, Vec<String>>;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendCommandRequest {
    #[serde(default)]
    pub instance_ids: Vec<String>,
    #[serde(default)]
    pub targets: Vec<Target>,
    pub document_name: String,
    pub document_version: Option<String>,
    pub document_hash: Option<String>,
    pub document_hash_type: Option<String>,
    pub timeout_seconds: Option<i64>,
    pub comment: Option<String>,
    #[serde(default)]
    pub parameters: Parameters,
    pub output_s3_region: Option<String>,
    pub output_s3_bucket_name: Option<String>,
    pub output_s3_key_prefix: Option<String>,
    pub max_concurrency: Option<String>,
    pub max_errors: Option<String>,
    pub service_role_arn: Option<String>,
    pub notification_config: Option<serde_json::Value>,
    pub cloud_watch_output_config: Option<serde_json::Value>,
    pub alarm_configuration: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Command {
    pub command_id: String,
    pub document_name: String,
    pub document_version: String,
    pub comment: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<DateTime<Utc>>,
    pub parameters: Parameters,
    pub instance_ids: Vec<String>,
    pub targets: Vec<Target>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub requested_date_time: Option<DateTime<Utc>>,
    pub status: String,
    pub status_details: String,
    /// The S3, SNS and CloudWatch members are always printed, as AWS prints them, and always
    /// empty: ssmctl keeps output in its state database and sends no notifications.
    pub output_s3_region: String,
    pub output_s3_bucket_name: String,
    pub output_s3_key_prefix: String,
    pub max_concurrency: String,
    pub max_errors: String,
    pub target_count: i64,
    pub completed_count: i64,
    pub error_count: i64,
    pub delivery_timed_out_count: i64,
    pub service_role: String,
    pub notification_config: NotificationConfig,
    pub cloud_watch_output_config: CloudWatchOutputConfig,
    pub timeout_seconds: i64,
}

/// Always the empty configuration: there is no SNS here.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NotificationConfig {
    pub notification_arn: String,
    pub notification_events: Vec<String>,
    pub notification_type: String,
}

/// Always disabled: there is no CloudWatch here.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CloudWatchOutputConfig {
    pub cloud_watch_log_group_name: String,
    pub cloud_watch_output_enabled: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendCommandResult {
    pub command: Command,
}

#[derive(Debug, Default, Deserialize)]
pub struct CommandFilter {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListCommandsRequest {
    pub command_id: Option<String>,
    pub instance_id: Option<String>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
    #[serde(default)]
    pub filters: Vec<CommandFilter>,
    #[serde(default)]
    pub details: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListCommandsResult {
    pub commands: Vec<Command>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CommandPlugin {
    pub name: String,
    pub status: String,
    pub status_details: String,
    pub response_code: i64,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub response_start_date_time: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub response_finish_date_time: Option<DateTime<Utc>>,
    pub output: String,
    pub standard_output_url: String,
    pub standard_error_url: String,
    pub output_s3_region: String,
    pub output_s3_bucket_name: String,
    pub output_s3_key_prefix: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CommandInvocation {
    pub command_id: String,
    pub instance_id: String,
    pub instance_name: String,
    pub comment: String,
    pub document_name: String,
    pub document_version: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub requested_date_time: Option<DateTime<Utc>>,
    pub status: String,
    pub status_details: String,
    pub trace_output: String,
    pub standard_output_url: String,
    pub standard_error_url: String,
    pub command_plugins: Vec<CommandPlugin>,
    pub service_role: String,
    pub notification_config: NotificationConfig,
    pub cloud_watch_output_config: CloudWatchOutputConfig,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListCommandInvocationsResult {
    pub command_invocations: Vec<CommandInvocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCommandInvocationRequest {
    pub command_id: String,
    pub instance_id: String,
    pub plugin_name: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCommandInvocationResult {
    pub command_id: String,
    pub instance_id: String,
    pub comment: String,
    pub document_name: String,
    pub document_version: String,
    pub plugin_name: String,
    pub response_code: i64,
    pub execution_start_date_time: String,
    pub execution_elapsed_time: String,
    pub execution_end_date_time: String,
    pub status: String,
    pub status_details: String,
    pub standard_output_content: String,
    pub standard_output_url: String,
    pub standard_error_content: String,
    pub standard_error_url: String,
    pub cloud_watch_output_config: CloudWatchOutputConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CancelCommandRequest {
    pub command_id: String,
    #[serde(default)]
    pub instance_ids: Vec<String>,
}
