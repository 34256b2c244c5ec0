//! Parameter policies (`put-parameter --policies`): AWS's three types, checked as AWS
//! checks them, and where each stands for describe-parameters and the history.
//!
//! - `Expiration` `{"Timestamp": ISO 8601 with Z or an offset}`: the parameter is deleted at
//!   that instant (src/store/parameters.rs leaves it out of every read from then on; the
//!   tick deletes the rows).
//! - `ExpirationNotification` `{"Before": n, "Unit": "Days"|"Hours"}` and
//!   `NoChangeNotification` `{"After": n, "Unit": …}`: AWS sends EventBridge events; ssmctl
//!   has none, so these are kept and reported, and notify nothing.
//!
//! At most 10 policies, `Version` "1.0", one Expiration. `[]` or `[{}]` removes them all.

use crate::error::{Error, Result};
use crate::model::parameters::ParameterInlinePolicy;
use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, TimeZone, Utc};
use serde_json::{Map, Value};

pub const MAX_POLICIES: usize = 10;
pub const EXPIRATION: &str = "Expiration";
pub const EXPIRATION_NOTIFICATION: &str = "ExpirationNotification";
pub const NO_CHANGE_NOTIFICATION: &str = "NoChangeNotification";
const VERSION: &str = "1.0";
/// Ten years of hours or days is far more than any rotation needs, and keeps the
/// arithmetic on instants from overflowing.
const MAX_PERIOD: i64 = 87_600;

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Expiration { at: DateTime<Utc> },
    ExpirationNotification { before: Duration },
    NoChangeNotification { after: Duration },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub kind: Kind,
    /// The policy object as given, compact: what PolicyText shows.
    pub text: String,
}

impl Policy {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            Kind::Expiration { .. } => EXPIRATION,
            Kind::ExpirationNotification { .. } => EXPIRATION_NOTIFICATION,
            Kind::NoChangeNotification { .. } => NO_CHANGE_NOTIFICATION,
        }
    }
}

fn validation(msg: String) -> Error {
    Error::service("ValidationException", msg)
}

/// Parses the `--policies` text: the policies it gives, none for `[]` / `[{}]`. Instants
/// are not compared with now here (stored policies are parsed again at every read); see
/// `check_new`.
pub fn parse(text: &str) -> Result<Vec<Policy>> {
    let shape = "Policies is a JSON array of policies such as \
                 [{\"Type\":\"Expiration\",\"Version\":\"1.0\",\"Attributes\":{\"Timestamp\":\"2030-01-01T00:00:00Z\"}}]";
    let value: Value =
        serde_json::from_str(text).map_err(|e| validation(format!("Policies is not valid JSON ({e}). {shape}.")))?;
    let Value::Array(items) = value else {
        return Err(validation(format!("{shape}; this is not an array.")));
    };
    // An empty policy is how AWS removes a parameter's policies.
    if items.is_empty() || (items.len() == 1 && items[0].as_object().is_some_and(Map::is_empty)) {
        return Ok(vec![]);
    }
    if items.len() > MAX_POLICIES {
        return Err(Error::service(
            "PoliciesLimitExceededException",
            format!("{} policies given; a parameter can have at most {MAX_POLICIES}.", items.len()),
        ));
    }
    let mut out: Vec<Policy> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let policy = parse_one(i + 1, item, shape)?;
        if policy.type_name() == EXPIRATION && out.iter().any(|p| p.type_name() == EXPIRATION) {
            return Err(Error::service(
                "IncompatiblePolicyException",
                format!("Policy {}: a parameter can have only one Expiration policy.", i + 1),
            ));
        }
        out.push(policy);
    }
    Ok(out)
}

fn parse_one(n: usize, item: &Value, shape: &str) -> Result<Policy> {
    let Value::Object(obj) = item else {
        return Err(validation(format!("Policy {n} is not a JSON object. {shape}.")));
    };
    let type_name = match obj.get("Type") {
        Some(Value::String(t))
            if [EXPIRATION, EXPIRATION_NOTIFICATION, NO_CHANGE_NOTIFICATION].contains(&t.as_str()) =>
        {
            t.as_str()
        }
        other => {
            let what = match other {
                None => "has no Type".to_string(),
                Some(v) => format!("has Type {v}, which is not supported"),
            };
            return Err(Error::service(
                "InvalidPolicyTypeException",
                format!(
                    "Policy {n} {what}; Parameter Store supports the policy types Expiration, ExpirationNotification \
                     and NoChangeNotification."
                ),
            ));
        }
    };
    let attr_err =
        |why: String| Error::service("InvalidPolicyAttributeException", format!("Policy {n} ({type_name}): {why}"));
    if let Some(k) = obj.keys().find(|k| !matches!(k.as_str(), "Type" | "Version" | "Attributes")) {
        return Err(attr_err(format!("unknown member {k}; a policy has Type, Version and Attributes.")));
    }
    match obj.get("Version") {
        Some(Value::String(v)) if v == VERSION => {}
        None => return Err(attr_err(format!("Version is missing; the policy version is \"{VERSION}\"."))),
        Some(v) => return Err(attr_err(format!("Version {v} is not supported; the policy version is \"{VERSION}\"."))),
    }
    let Some(Value::Object(attrs)) = obj.get("Attributes") else {
        return Err(attr_err("Attributes (an object) is missing.".into()));
    };
    let allowed: &[&str] = match type_name {
        EXPIRATION => &["Timestamp"],
        EXPIRATION_NOTIFICATION => &["Before", "Unit"],
        _ => &["After", "Unit"],
    };
    if let Some(k) = attrs.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(attr_err(format!("unknown attribute {k}; {type_name} takes {}.", allowed.join(" and "))));
    }
    let kind = match type_name {
        EXPIRATION => {
            let ts = match attrs.get("Timestamp") {
                Some(Value::String(s)) => s,
                Some(v) => return Err(attr_err(format!("Timestamp {v} is not a string."))),
                None => return Err(attr_err("the attribute Timestamp is missing.".into())),
            };
            let at = parse_timestamp(ts).ok_or_else(|| {
                attr_err(format!(
                    "Timestamp {ts} is not an ISO 8601 date and time with Z or an offset (2030-01-01T00:00:00.000Z, \
                     2030-01-01T10:30:00+10:30)."
                ))
            })?;
            Kind::Expiration { at }
        }
        EXPIRATION_NOTIFICATION => Kind::ExpirationNotification { before: period(attrs, "Before", &attr_err)? },
        _ => Kind::NoChangeNotification { after: period(attrs, "After", &attr_err)? },
    };
    Ok(Policy { kind, text: item.to_string() })
}

/// `Before`/`After` (a whole number, as a string as AWS shows it, or a JSON number) in
/// `Unit` Days or Hours.
fn period(attrs: &Map<String, Value>, key: &str, attr_err: &dyn Fn(String) -> Error) -> Result<Duration> {
    let n = match attrs.get(key) {
        Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
        Some(Value::Number(n)) => n.as_i64(),
        Some(_) => None,
        None => return Err(attr_err(format!("the attribute {key} is missing."))),
    };
    let Some(n) = n.filter(|n| (1..=MAX_PERIOD).contains(n)) else {
        return Err(attr_err(format!(
            "{key} {} is not a whole number from 1 to {MAX_PERIOD}.",
            attrs.get(key).map(Value::to_string).unwrap_or_default()
        )));
    };
    match attrs.get("Unit") {
        Some(Value::String(u)) if u == "Days" => Ok(Duration::days(n)),
        Some(Value::String(u)) if u == "Hours" => Ok(Duration::hours(n)),
        None => Err(attr_err("the attribute Unit (Days or Hours) is missing.".into())),
        Some(u) => Err(attr_err(format!("Unit {u} is not supported; the units are Days and Hours."))),
    }
}

/// ISO 8601 as AWS takes it (Java's ISO_INSTANT and ISO_OFFSET_DATE_TIME): a date, a time
/// with or without seconds and fraction, and `Z` or an offset `+HH:MM` (or `+HH:MM:SS`).
pub fn parse_timestamp(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let (local, offset_secs) = if let Some(l) = s.strip_suffix('Z') {
        (l, 0)
    } else {
        let at = s.rfind(['+', '-']).filter(|&i| i > 10)?;
        let (l, off) = s.split_at(at);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let parts: Vec<&str> = off[1..].split(':').collect();
        if !(2..=3).contains(&parts.len())
            || parts.iter().any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let nums: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(99)).collect();
        if nums[0] > 18 || nums[1] > 59 || nums.get(2).is_some_and(|s| *s > 59) {
            return None;
        }
        (l, sign * (nums[0] * 3600 + nums[1] * 60 + nums.get(2).copied().unwrap_or(0)))
    };
    let naive =
        ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"].iter().find_map(|f| NaiveDateTime::parse_from_str(local, f).ok())?;
    let offset = FixedOffset::east_opt(offset_secs)?;
    offset.from_local_datetime(&naive).single().map(|t| t.with_timezone(&Utc))
}

/// What a put adds on top of `parse`: an Expiration must lie ahead.
pub fn check_new(policies: &[Policy], now: DateTime<Utc>) -> Result<()> {
    for p in policies {
        if let Kind::Expiration { at } = p.kind
            && at <= now
        {
            return Err(Error::service(
                "InvalidPolicyAttributeException",
                format!(
                    "Expiration Timestamp {} is not in the future (now is {}).",
                    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                    now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
                ),
            ));
        }
    }
    Ok(())
}

/// The stored form: a JSON array of the policy objects; None for no policies.
pub fn to_stored(policies: &[Policy]) -> Option<String> {
    (!policies.is_empty())
        .then(|| format!("[{}]", policies.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(",")))
}

pub fn expiration(policies: &[Policy]) -> Option<DateTime<Utc>> {
    policies.iter().find_map(|p| match p.kind {
        Kind::Expiration { at } => Some(at),
        _ => None,
    })
}

/// The policies of a stored version as AWS reports them. PolicyStatus is `Pending` until
/// the policy's moment (the expiration; the expiration less Before; the version's last
/// change plus After), `Finished` once it has passed. A notification's moment passing sends
/// nothing here; an ExpirationNotification without an Expiration never comes due.
pub fn reported(stored: Option<&str>, modified: DateTime<Utc>, now: DateTime<Utc>) -> Vec<ParameterInlinePolicy> {
    // Stored text was checked when it was put; a row that no longer parses shows nothing
    // rather than failing every read of the parameter.
    let policies = stored.and_then(|s| parse(s).ok()).unwrap_or_default();
    let expires = expiration(&policies);
    policies
        .iter()
        .map(|p| {
            let moment = match p.kind {
                Kind::Expiration { at } => Some(at),
                Kind::ExpirationNotification { before } => expires.and_then(|e| e.checked_sub_signed(before)),
                Kind::NoChangeNotification { after } => modified.checked_add_signed(after),
            };
            let status = if moment.is_some_and(|m| m <= now) { "Finished" } else { "Pending" };
            ParameterInlinePolicy {
                policy_text: p.text.clone(),
                policy_type: p.type_name().to_string(),
                policy_status: status.to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> String {
        match parse(text) {
            Err(Error::Service { code, .. }) => code,
            other => panic!("{text}: {other:?}"),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_three_types_parse() {
        let text = r#"[{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2030-12-02T21:34:33.000Z"}},
            {"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":"15","Unit":"Days"}},
            {"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":2,"Unit":"Hours"}},
            {"Type":"NoChangeNotification","Version":"1.0","Attributes":{"After":"20","Unit":"Days"}}]"#;
        let p = parse(text).unwrap();
        assert_eq!(p.len(), 4);
        assert_eq!(p[0].kind, Kind::Expiration { at: utc("2030-12-02T21:34:33Z") });
        assert_eq!(p[1].kind, Kind::ExpirationNotification { before: Duration::days(15) });
        assert_eq!(p[2].kind, Kind::ExpirationNotification { before: Duration::hours(2) });
        assert_eq!(p[3].kind, Kind::NoChangeNotification { after: Duration::days(20) });
        // PolicyText is the object as given, compact, in its own key order.
        assert_eq!(
            p[1].text,
            r#"{"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":"15","Unit":"Days"}}"#
        );
        let stored = to_stored(&p).unwrap();
        assert_eq!(parse(&stored).unwrap(), p);
        assert_eq!(expiration(&p), Some(utc("2030-12-02T21:34:33Z")));
    }

    #[test]
    fn empty_policies_remove_them() {
        assert_eq!(parse("[]").unwrap(), vec![]);
        assert_eq!(parse("[{}]").unwrap(), vec![]);
        assert_eq!(parse(" [ { } ] ").unwrap(), vec![]);
        assert_eq!(to_stored(&[]), None);
    }

    #[test]
    fn timestamps_as_aws_takes_them() {
        let want = utc("2030-11-01T11:43:48.870Z");
        assert_eq!(parse_timestamp("2030-11-01T22:13:48.87+10:30:00"), Some(want));
        assert_eq!(parse_timestamp("2030-11-01T22:13:48.87+10:30"), Some(want));
        assert_eq!(parse_timestamp("2030-11-01T11:43:48.870Z"), Some(want));
        assert_eq!(parse_timestamp("2030-11-01T06:43:48.87-05:00"), Some(want));
        assert_eq!(parse_timestamp("2030-11-01T11:43Z"), Some(utc("2030-11-01T11:43:00Z")));
        for bad in
            ["2030-11-01", "2030-11-01T11:43:48", "tomorrow", "2030-13-01T00:00:00Z", "2030-11-01T11:43:48+25:00", ""]
        {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn mistakes_have_aws_codes() {
        let exp = |attrs: &str| format!(r#"[{{"Type":"Expiration","Version":"1.0","Attributes":{attrs}}}]"#);
        let note = |t: &str, attrs: &str| format!(r#"[{{"Type":"{t}","Version":"1.0","Attributes":{attrs}}}]"#);
        assert_eq!(code("not json"), "ValidationException");
        assert_eq!(code(r#"{"Type":"Expiration"}"#), "ValidationException");
        assert_eq!(code(r#"["Expiration"]"#), "ValidationException");
        assert_eq!(code(r#"[{"Type":"Rotation","Version":"1.0","Attributes":{}}]"#), "InvalidPolicyTypeException");
        assert_eq!(code(r#"[{"Version":"1.0","Attributes":{}}]"#), "InvalidPolicyTypeException");
        assert_eq!(code(r#"[{}, {}]"#), "InvalidPolicyTypeException");
        assert_eq!(
            code(r#"[{"Type":"Expiration","Version":"2.0","Attributes":{"Timestamp":"2030-01-01T00:00:00Z"}}]"#),
            "InvalidPolicyAttributeException"
        );
        assert_eq!(
            code(r#"[{"Type":"Expiration","Attributes":{"Timestamp":"2030-01-01T00:00:00Z"}}]"#),
            "InvalidPolicyAttributeException"
        );
        assert_eq!(code(r#"[{"Type":"Expiration","Version":"1.0"}]"#), "InvalidPolicyAttributeException");
        assert_eq!(
            code(r#"[{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2030-01-01T00:00:00Z"},"X":1}]"#),
            "InvalidPolicyAttributeException"
        );
        assert_eq!(code(&exp(r#"{"Timestamp":"next week"}"#)), "InvalidPolicyAttributeException");
        assert_eq!(
            code(&exp(r#"{"Timestamp":"2030-01-01T00:00:00Z","Before":"1"}"#)),
            "InvalidPolicyAttributeException"
        );
        assert_eq!(code(&exp("{}")), "InvalidPolicyAttributeException");
        for t in [EXPIRATION_NOTIFICATION, NO_CHANGE_NOTIFICATION] {
            let k = if t == EXPIRATION_NOTIFICATION { "Before" } else { "After" };
            assert!(parse(&note(t, &format!(r#"{{"{k}":"3","Unit":"Hours"}}"#))).is_ok());
            for bad in [
                format!(r#"{{"{k}":"3","Unit":"Minutes"}}"#),
                format!(r#"{{"{k}":"3","Unit":"days"}}"#),
                format!(r#"{{"{k}":"0","Unit":"Days"}}"#),
                format!(r#"{{"{k}":"-1","Unit":"Days"}}"#),
                format!(r#"{{"{k}":"1.5","Unit":"Days"}}"#),
                format!(r#"{{"{k}":"87601","Unit":"Days"}}"#),
                format!(r#"{{"{k}":"3"}}"#),
                r#"{"Unit":"Days"}"#.to_string(),
            ] {
                assert_eq!(code(&note(t, &bad)), "InvalidPolicyAttributeException", "{t} {bad}");
            }
        }
        let two = r#"[{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2030-01-01T00:00:00Z"}},
                      {"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2031-01-01T00:00:00Z"}}]"#;
        assert_eq!(code(two), "IncompatiblePolicyException");
        let one = r#"{"Type":"NoChangeNotification","Version":"1.0","Attributes":{"After":"1","Unit":"Days"}}"#;
        assert_eq!(parse(&format!("[{}]", [one; 10].join(","))).unwrap().len(), 10);
        assert_eq!(code(&format!("[{}]", [one; 11].join(","))), "PoliciesLimitExceededException");
    }

    #[test]
    fn expiration_must_lie_ahead() {
        let p = parse(r#"[{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2030-01-01T00:00:00Z"}}]"#)
            .unwrap();
        assert!(check_new(&p, utc("2029-12-31T23:59:59Z")).is_ok());
        assert!(check_new(&p, utc("2030-01-01T00:00:00Z")).is_err());
    }

    #[test]
    fn statuses_follow_each_moment() {
        let text = r#"[{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"2030-01-10T00:00:00Z"}},
            {"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":"2","Unit":"Days"}},
            {"Type":"NoChangeNotification","Version":"1.0","Attributes":{"After":"5","Unit":"Hours"}}]"#;
        let stored = to_stored(&parse(text).unwrap()).unwrap();
        let modified = utc("2030-01-01T00:00:00Z");
        let at = |now: &str| -> Vec<String> {
            reported(Some(&stored), modified, utc(now)).into_iter().map(|p| p.policy_status).collect()
        };
        assert_eq!(at("2030-01-01T04:59:59Z"), ["Pending", "Pending", "Pending"]);
        assert_eq!(at("2030-01-01T05:00:00Z"), ["Pending", "Pending", "Finished"]);
        assert_eq!(at("2030-01-08T00:00:00Z"), ["Pending", "Finished", "Finished"]);
        let r = reported(Some(&stored), modified, utc("2030-01-01T00:00:00Z"));
        let types: Vec<&str> = r.iter().map(|p| p.policy_type.as_str()).collect();
        assert_eq!(types, [EXPIRATION, EXPIRATION_NOTIFICATION, NO_CHANGE_NOTIFICATION]);
        assert!(reported(None, modified, modified).is_empty());
        // A notification with no Expiration to count from never comes due.
        let lone = r#"[{"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":"1","Unit":"Hours"}}]"#;
        assert_eq!(reported(Some(lone), modified, utc("2040-01-01T00:00:00Z"))[0].policy_status, "Pending");
    }
}
