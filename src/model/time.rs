//! Timestamps: stored as UTC RFC 3339 text, printed as AWS CLI v2 prints them
//! (ISO 8601, microseconds, offset of the local time zone).

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, SecondsFormat, Utc};
use serde_json::Value;

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

/// `2026-11-23T13:15:02Z`: inventory's CaptureTime and InstalledTime form.
pub fn to_seconds_z(t: &DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `2026-11-23T13:15:02.123000+00:00`
pub fn to_cli(t: &DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%dT%H:%M:%S%.6f%:z").to_string()
}

/// A timestamp as the AWS CLI takes one: ISO 8601 (an offset or `Z`; none means UTC), a
/// date alone (midnight UTC), or epoch seconds (a number or a numeric string).
pub fn parse_cli(v: &Value) -> Option<DateTime<Utc>> {
    match v {
        Value::Number(n) => from_epoch(n.as_f64()?),
        Value::String(s) => parse_cli_str(s),
        _ => None,
    }
}

pub fn parse_cli_str(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-') && s.parse::<f64>().is_ok() {
        return from_epoch(s.parse().ok()?);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    // `Z` as an offset, in the forms chrono's %z does not read (`2026-12-06T02:00Z`, as
    // maintenance window times are shown).
    let zulu = s.strip_suffix('Z').or_else(|| s.strip_suffix('z')).map(|b| format!("{b}+00:00"));
    let s = zulu.as_deref().unwrap_or(s);
    for f in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%z"] {
        if let Ok(t) = DateTime::parse_from_str(s, f) {
            return Some(t.with_timezone(&Utc));
        }
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(t.and_utc());
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc())
}

fn from_epoch(secs: f64) -> Option<DateTime<Utc>> {
    if !secs.is_finite() {
        return None;
    }
    let whole = secs.floor();
    // To the microsecond, the precision times are kept at: 1424421071.939 is .939 exactly,
    // not the binary float's .938999891.
    let micros = (((secs - whole) * 1e6).round() as u32).min(999_999);
    DateTime::from_timestamp(whole as i64, micros * 1000)
}

/// A request member of the model's `timestamp` type, read as the AWS CLI reads it before it
/// sends anything: a value it cannot parse is a usage error naming the member.
pub fn timestamp_arg(member: &str, v: &Value) -> crate::error::Result<DateTime<Utc>> {
    parse_cli(v).ok_or_else(|| {
        let shown = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        crate::error::Error::usage(format!(
            "Parameter validation failed: Invalid timestamp for parameter {member}, value: {shown}: use ISO 8601 \
             (2026-11-23T13:15:02Z) or epoch seconds (1424421071.939)"
        ))
    })
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

/// The one clock a tick's decisions take "now" from (SPEC §16): the wall clock, or, under
/// `apply-due --at T`, T plus the time since the tick began (so that steps run at a pinned
/// time still see time pass).
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pinned: Option<(DateTime<Utc>, std::time::Instant)>,
}

impl Clock {
    pub fn wall() -> Clock {
        Clock { pinned: None }
    }

    pub fn at(t: Option<DateTime<Utc>>) -> Clock {
        Clock { pinned: t.map(|t| (t, std::time::Instant::now())) }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self.pinned {
            Some((t, since)) => t + chrono::Duration::from_std(since.elapsed()).unwrap_or_default(),
            None => now(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minute_times_with_z_or_an_offset_parse_as_shown_by_maintenance_windows() {
        let want = DateTime::parse_from_rfc3339("2027-01-03T01:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(parse_cli_str("2027-01-03T01:00Z"), Some(want));
        assert_eq!(parse_cli_str("2027-01-03T02:00+01:00"), Some(want));
        assert_eq!(parse_cli_str("2027-01-03T01:00:00Z"), Some(want));
        assert_eq!(parse_cli_str("2027-01-03T01:00Zulu"), None);
    }
}
