//! Typed shapes of Session Manager: the requests of StartSession, TerminateSession,
//! DescribeSessions and ResumeSession, and the Session that describe-sessions shows.

use super::time::cli_opt;
use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartSessionRequest {
    pub target: String,
    pub document_name: Option<String>,
    pub reason: Option<String>,
    #[serde(default)]
    pub parameters: IndexMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartSessionResponse {
    pub session_id: String,
    pub token_value: String,
    pub stream_url: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SessionIdRequest {
    pub session_id: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TerminateSessionResponse {
    pub session_id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SessionFilter {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSessionsRequest {
    pub state: String,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
    #[serde(default)]
    pub filters: Vec<SessionFilter>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct OutputUrl {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub s3_output_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_watch_output_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Session {
    pub session_id: String,
    pub target: String,
    pub status: String,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<DateTime<Utc>>,
    #[serde(with = "cli_opt", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<DateTime<Utc>>,
    pub document_name: String,
    pub owner: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_url: Option<OutputUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_session_duration: Option<String>,
    pub access_type: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSessionsResponse {
    pub sessions: Vec<Session>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
