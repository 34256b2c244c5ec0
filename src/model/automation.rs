//! Typed shapes of Automation: StartAutomationExecution, GetAutomationExecution,
//! DescribeAutomationExecutions, DescribeAutomationStepExecutions, SendAutomationSignal,
//! StopAutomationExecution, and the execution and step records they show.

use super::commands::Parameters;
use super::tags::Tag;
use crate::targets::Target;
use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// A TargetMaps entry: parameter name → values.
pub type TargetMap = IndexMap<String, Vec<String>>;

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartAutomationExecutionRequest {
    pub document_name: String,
    pub document_version: Option<String>,
    #[serde(default)]
    pub parameters: Parameters,
    pub client_token: Option<String>,
    pub mode: Option<String>,
    pub target_parameter_name: Option<String>,
    #[serde(default)]
    pub targets: Vec<Target>,
    #[serde(default)]
    pub target_maps: Vec<TargetMap>,
    pub max_concurrency: Option<String>,
    pub max_errors: Option<String>,
    #[serde(default, skip_serializing)]
    pub tags: Vec<Tag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_locations: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_locations_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_configuration: Option<serde_json::Value>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartAutomationExecutionResult {
    pub automation_execution_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetAutomationExecutionRequest {
    pub automation_execution_id: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetAutomationExecutionResult {
    pub automation_execution: AutomationExecution,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    pub key: String,
    #[serde(default)]
    pub values: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAutomationExecutionsRequest {
    #[serde(default)]
    pub filters: Vec<Filter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAutomationExecutionsResult {
    pub automation_execution_metadata_list: Vec<AutomationExecutionMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAutomationStepExecutionsRequest {
    pub automation_execution_id: String,
    #[serde(default)]
    pub filters: Vec<Filter>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
    #[serde(default)]
    pub reverse_order: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAutomationStepExecutionsResult {
    pub step_executions: Vec<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendAutomationSignalRequest {
    pub automation_execution_id: String,
    pub signal_type: String,
    #[serde(default)]
    pub payload: Parameters,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StopAutomationExecutionRequest {
    pub automation_execution_id: String,
    #[serde(rename = "Type")]
    pub type_: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolvedTargets {
    pub parameter_values: Vec<String>,
    pub truncated: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProgressCounters {
    pub total_steps: i64,
    pub success_steps: i64,
    pub failed_steps: i64,
    pub cancelled_steps: i64,
    pub timed_out_steps: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FailureDetails {
    pub failure_stage: String,
    pub failure_type: String,
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub details: Parameters,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ParentStepDetails {
    pub step_execution_id: String,
    pub step_name: String,
    pub action: String,
    pub iteration: i64,
    pub iterator_value: String,
}

/// One step's record as AWS shows it (one per attempt that ran; a step never reached is
/// shown once, Pending). Stored as this JSON; its times are RFC 3339 in the store and
/// printed as the AWS CLI prints them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StepExecution {
    pub step_name: String,
    pub action: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i64>,
    pub on_failure: String,
    pub max_attempts: i64,
    #[serde(default, with = "stored_time", skip_serializing_if = "Option::is_none")]
    pub execution_start_time: Option<DateTime<Utc>>,
    #[serde(default, with = "stored_time", skip_serializing_if = "Option::is_none")]
    pub execution_end_time: Option<DateTime<Utc>>,
    pub step_status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_code: Option<String>,
    /// Values JSON-encoded, as AWS shows them (`"DesiredState": "\"running\""`).
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub inputs: IndexMap<String, String>,
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub outputs: Parameters,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_details: Option<FailureDetails>,
    pub step_execution_id: String,
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub overridden_parameters: Parameters,
    pub is_end: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<String>,
    pub is_critical: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub valid_next_steps: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_step_details: Option<ParentStepDetails>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AutomationExecution {
    pub automation_execution_id: String,
    pub document_name: String,
    pub document_version: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub execution_start_time: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub execution_end_time: Option<DateTime<Utc>>,
    pub automation_execution_status: String,
    /// [`StepExecution::shown`] of each step.
    pub step_executions: Vec<serde_json::Value>,
    pub step_executions_truncated: bool,
    pub parameters: Parameters,
    pub outputs: Parameters,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
    pub mode: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_automation_execution_id: Option<String>,
    pub executed_by: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_step_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_parameter_name: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub target_maps: Vec<TargetMap>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_targets: Option<ResolvedTargets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub progress_counters: ProgressCounters,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_id: Option<String>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    pub variables: Parameters,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AutomationExecutionMetadata {
    pub automation_execution_id: String,
    pub document_name: String,
    pub document_version: String,
    pub automation_execution_status: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub execution_start_time: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub execution_end_time: Option<DateTime<Utc>>,
    pub executed_by: String,
    pub log_file: String,
    pub outputs: Parameters,
    pub mode: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_automation_execution_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_step_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_parameter_name: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub target_maps: Vec<TargetMap>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_targets: Option<ResolvedTargets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_errors: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub automation_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_id: Option<String>,
}

/// Step records are stored as JSON with RFC 3339 times and printed in the CLI's form: the
/// printed form is made by [`StepExecution::shown`].
mod stored_time {
    use chrono::{DateTime, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&super::super::time::to_db(t)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.map(|s| super::super::time::from_db(&s)))
    }
}

impl StepExecution {
    /// The record as the CLI prints it: times in the AWS CLI's form.
    pub fn shown(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        for (key, t) in
            [("ExecutionStartTime", &self.execution_start_time), ("ExecutionEndTime", &self.execution_end_time)]
        {
            if let (Some(t), Some(obj)) = (t, v.as_object_mut()) {
                obj.insert(key.into(), serde_json::Value::String(super::time::to_cli(t)));
            }
        }
        v
    }
}
