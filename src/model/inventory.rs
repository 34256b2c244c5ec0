//! Typed shapes of PutInventory and ListInventoryEntries.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub type Entry = Map<String, Value>;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryItem {
    pub type_name: String,
    pub schema_version: String,
    pub capture_time: String,
    pub content_hash: Option<String>,
    #[serde(default)]
    pub content: Vec<Entry>,
    pub context: Option<Map<String, Value>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutInventoryRequest {
    pub instance_id: String,
    pub items: Vec<InventoryItem>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutInventoryResult {
    pub message: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryFilter {
    pub key: String,
    pub values: Vec<String>,
    #[serde(rename = "Type")]
    pub type_: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListInventoryEntriesRequest {
    pub instance_id: String,
    pub type_name: String,
    #[serde(default)]
    pub filters: Vec<InventoryFilter>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListInventoryEntriesResult {
    pub type_name: String,
    pub instance_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_time: Option<String>,
    pub entries: Vec<Entry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteInventoryRequest {
    pub type_name: String,
    pub schema_delete_option: Option<String>,
    #[serde(default)]
    pub dry_run: bool,
    pub client_token: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletionSummaryItem {
    pub version: String,
    pub count: i64,
    pub remaining_count: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletionSummary {
    pub total_count: i64,
    pub remaining_count: i64,
    pub summary_items: Vec<DeletionSummaryItem>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteInventoryResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_id: Option<String>,
    pub type_name: String,
    pub deletion_summary: DeletionSummary,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInventoryDeletionsRequest {
    pub deletion_id: Option<String>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryDeletionStatusItem {
    pub deletion_id: String,
    pub type_name: String,
    #[serde(with = "super::time::cli_opt")]
    pub deletion_start_time: Option<chrono::DateTime<chrono::Utc>>,
    pub last_status: String,
    pub last_status_message: String,
    pub deletion_summary: DeletionSummary,
    #[serde(with = "super::time::cli_opt")]
    pub last_status_update_time: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInventoryDeletionsResult {
    pub inventory_deletions: Vec<InventoryDeletionStatusItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetInventorySchemaRequest {
    pub type_name: Option<String>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
    // `Aggregator` is taken and changes nothing: every attribute may be aggregated on.
    #[serde(default)]
    pub sub_type: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryItemAttribute {
    pub name: String,
    pub data_type: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryItemSchema {
    pub type_name: String,
    pub version: String,
    pub attributes: Vec<InventoryItemAttribute>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetInventorySchemaResult {
    pub schemas: Vec<InventoryItemSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryGroup {
    pub name: String,
    pub filters: Vec<InventoryFilter>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryAggregator {
    pub expression: Option<String>,
    #[serde(default)]
    pub aggregators: Vec<InventoryAggregator>,
    #[serde(default)]
    pub groups: Vec<InventoryGroup>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResultAttribute {
    pub type_name: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetInventoryRequest {
    #[serde(default)]
    pub filters: Vec<InventoryFilter>,
    #[serde(default)]
    pub aggregators: Vec<InventoryAggregator>,
    #[serde(default)]
    pub result_attributes: Vec<ResultAttribute>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryResultItem {
    pub type_name: String,
    pub schema_version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_hash: Option<String>,
    pub content: Vec<Entry>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InventoryResultEntity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub data: indexmap::IndexMap<String, InventoryResultItem>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetInventoryResult {
    pub entities: Vec<InventoryResultEntity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
