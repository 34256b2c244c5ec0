//! Typed request and response shapes of the document operations (names as in the model).

use super::tags::Tag;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDocumentRequest {
    pub content: String,
    pub name: String,
    pub display_name: Option<String>,
    pub version_name: Option<String>,
    pub document_type: Option<String>,
    pub document_format: Option<String>,
    pub target_type: Option<String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateDocumentRequest {
    pub content: String,
    pub name: String,
    pub display_name: Option<String>,
    pub version_name: Option<String>,
    pub document_version: Option<String>,
    pub document_format: Option<String>,
    pub target_type: Option<String>,
}

/// Get/Describe/Delete/ListVersions share these selectors. DeleteDocument's `Force` only
/// matters for AWS document types ssmctl does not have; it is accepted and has no effect.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentSelector {
    pub name: String,
    pub version_name: Option<String>,
    pub document_version: Option<String>,
    pub document_format: Option<String>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateDocumentDefaultVersionRequest {
    pub name: String,
    pub document_version: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct DocumentFilter {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentKeyValuesFilter {
    pub key: Option<String>,
    #[serde(default)]
    pub values: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListDocumentsRequest {
    #[serde(default)]
    pub document_filter_list: Vec<DocumentFilter>,
    #[serde(default)]
    pub filters: Vec<DocumentKeyValuesFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentParameter {
    pub name: String,
    #[serde(rename = "Type")]
    pub type_: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentDescription {
    pub hash: String,
    pub hash_type: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    pub owner: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<DateTime<Utc>>,
    pub status: String,
    pub document_version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub parameters: Vec<DocumentParameter>,
    pub platform_types: Vec<String>,
    pub document_type: String,
    pub schema_version: String,
    pub latest_version: String,
    pub default_version: String,
    pub document_format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_type: Option<String>,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentDescriptionResult {
    pub document_description: DocumentDescription,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDocumentResult {
    pub document: DocumentDescription,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetDocumentResult {
    pub name: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    pub document_version: String,
    pub status: String,
    pub content: String,
    pub document_type: String,
    pub document_format: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentIdentifier {
    pub name: String,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    pub owner: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    pub platform_types: Vec<String>,
    pub document_version: String,
    pub document_type: String,
    pub schema_version: String,
    pub document_format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_type: Option<String>,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListDocumentsResult {
    pub document_identifiers: Vec<DocumentIdentifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentVersionInfo {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    pub document_version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    #[serde(with = "super::time::cli_opt", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<DateTime<Utc>>,
    pub is_default_version: bool,
    pub document_format: String,
    pub status: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListDocumentVersionsResult {
    pub document_versions: Vec<DocumentVersionInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentDefaultVersionDescription {
    pub name: String,
    pub default_version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_version_name: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateDocumentDefaultVersionResult {
    pub description: DocumentDefaultVersionDescription,
}
