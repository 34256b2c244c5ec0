//! Typed shapes of the compliance operations: PutComplianceItems, ListComplianceItems,
//! ListComplianceSummaries, ListResourceComplianceSummaries.

use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// `ComplianceItemDetails`: attribute name → value, in the order given.
pub type Details = IndexMap<String, String>;

/// The request's ComplianceExecutionSummary. ExecutionTime stays as given (an ISO 8601
/// string or epoch seconds, as the AWS CLI accepts timestamps) until the operation parses it.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ExecutionSummaryInput {
    pub execution_time: serde_json::Value,
    pub execution_id: Option<String>,
    pub execution_type: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ComplianceItemEntry {
    pub id: Option<String>,
    pub title: Option<String>,
    pub severity: String,
    pub status: String,
    #[serde(default)]
    pub details: Details,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutComplianceItemsRequest {
    pub resource_id: String,
    pub resource_type: String,
    pub compliance_type: String,
    pub execution_summary: ExecutionSummaryInput,
    #[serde(default)]
    pub items: Vec<ComplianceItemEntry>,
    pub upload_type: Option<String>,
    // ItemContentHash is accepted and not read: every put is applied (src/ops/compliance.rs).
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ComplianceStringFilter {
    pub key: Option<String>,
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(rename = "Type")]
    pub type_: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListComplianceItemsRequest {
    #[serde(default)]
    pub filters: Vec<ComplianceStringFilter>,
    #[serde(default)]
    pub resource_ids: Vec<String>,
    #[serde(default)]
    pub resource_types: Vec<String>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

/// ListComplianceSummaries and ListResourceComplianceSummaries take the same request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListSummariesRequest {
    #[serde(default)]
    pub filters: Vec<ComplianceStringFilter>,
    pub next_token: Option<String>,
    pub max_results: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ComplianceExecutionSummary {
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub execution_time: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_type: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ComplianceItem {
    pub compliance_type: String,
    pub resource_type: String,
    pub resource_id: String,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub status: String,
    pub severity: String,
    pub execution_summary: ComplianceExecutionSummary,
    pub details: Details,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListComplianceItemsResult {
    pub compliance_items: Vec<ComplianceItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SeveritySummary {
    pub critical_count: i64,
    pub high_count: i64,
    pub medium_count: i64,
    pub low_count: i64,
    pub informational_count: i64,
    pub unspecified_count: i64,
}

impl SeveritySummary {
    /// Counts one more of `severity` (a ComplianceSeverity value).
    pub fn add(&mut self, severity: &str, n: i64) {
        match severity {
            "CRITICAL" => self.critical_count += n,
            "HIGH" => self.high_count += n,
            "MEDIUM" => self.medium_count += n,
            "LOW" => self.low_count += n,
            "INFORMATIONAL" => self.informational_count += n,
            _ => self.unspecified_count += n,
        }
    }

    pub fn total(&self) -> i64 {
        self.critical_count
            + self.high_count
            + self.medium_count
            + self.low_count
            + self.informational_count
            + self.unspecified_count
    }

    /// The highest severity counted, if any was.
    pub fn highest(&self) -> Option<&'static str> {
        [
            ("CRITICAL", self.critical_count),
            ("HIGH", self.high_count),
            ("MEDIUM", self.medium_count),
            ("LOW", self.low_count),
            ("INFORMATIONAL", self.informational_count),
            ("UNSPECIFIED", self.unspecified_count),
        ]
        .into_iter()
        .find(|(_, n)| *n > 0)
        .map(|(s, _)| s)
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CompliantSummary {
    pub compliant_count: i64,
    pub severity_summary: SeveritySummary,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NonCompliantSummary {
    pub non_compliant_count: i64,
    pub severity_summary: SeveritySummary,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ComplianceSummaryItem {
    pub compliance_type: String,
    pub compliant_summary: CompliantSummary,
    pub non_compliant_summary: NonCompliantSummary,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListComplianceSummariesResult {
    pub compliance_summary_items: Vec<ComplianceSummaryItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceComplianceSummaryItem {
    pub compliance_type: String,
    pub resource_type: String,
    pub resource_id: String,
    pub status: String,
    pub overall_severity: String,
    pub execution_summary: ComplianceExecutionSummary,
    pub compliant_summary: CompliantSummary,
    pub non_compliant_summary: NonCompliantSummary,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListResourceComplianceSummariesResult {
    pub resource_compliance_summary_items: Vec<ResourceComplianceSummaryItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
