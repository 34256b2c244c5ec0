//! Timestamps: stored as UTC RFC 3339 text, printed as AWS CLI v2 prints them
//! (ISO 8601, microseconds, offset of the local time zone).

use chrono::{DateTime, Local, SecondsFormat, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The form kept in the database: sortable text.
pub fn to_db(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

pub fn from_db(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).unwrap_or_default()
}

/// `2026-11-23T13:15:02.123000+00:00`
pub fn to_cli(t: &DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%dT%H:%M:%S%.6f%:z").to_string()
}

/// Serde adapter for `Option<DateTime<Utc>>` response members.
pub mod cli_opt {
    use chrono::{DateTime, Utc};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&super::to_cli(t)),
            None => s.serialize_none(),
        }
    }
}
