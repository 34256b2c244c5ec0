//! Typed shapes of DescribeInstanceInformation.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Deserialize)]
pub struct InstanceInformationFilter {
    pub key: String,
    #[serde(rename = "valueSet")]
    pub value_set: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceInformationStringFilter {
    pub key: String,
    pub values: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstanceInformationRequest {
    #[serde(default)]
    pub instance_information_filter_list: Vec<InstanceInformationFilter>,
    #[serde(default)]
    pub filters: Vec<InstanceInformationStringFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceInformation {
    pub instance_id: String,
    pub ping_status: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_ping_date_time: Option<DateTime<Utc>>,
    /// No agent runs on a host: the version of ssmctl, which does the agent's work from the
    /// controller, and so always the latest.
    pub agent_version: String,
    pub is_latest_version: bool,
    pub platform_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    pub resource_type: String,
    pub name: String,
    #[serde(rename = "IPAddress", skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computer_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_overview: Option<AssociationOverview>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_association_execution_date: Option<DateTime<Utc>>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub last_successful_association_execution_date: Option<DateTime<Utc>>,
    pub source_id: String,
    pub source_type: String,
}

/// InstanceAggregatedAssociationOverview.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociationOverview {
    pub detailed_status: String,
    pub instance_association_status_aggregated_count: indexmap::IndexMap<String, i64>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstanceInformationResult {
    pub instance_information_list: Vec<InstanceInformation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
