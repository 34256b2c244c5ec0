//! Flag values → JSON shaped by the model: `file://`/`fileb://`, JSON, AWS shorthand,
//! then coercion of shorthand's strings into the member's types.

use super::shorthand;
use crate::error::{Error, Result};
use crate::model::{Shape, model};
use serde_json::{Map, Value};

/// The JSON value of one member given on the command line as `--flag raw…`.
pub fn from_flag(flag: &str, shape_name: &str, raws: &[String]) -> Result<Value> {
    let shape = model().shape(shape_name);
    // A list's items are each the member's element; one JSON list at most the whole limit.
    let limit = match shape.kind.as_str() {
        "list" => super::read::Limit::Bytes(super::read::DEFAULT_MAX),
        _ => super::read::Limit::of_shape(shape_name),
    };
    let raws: Vec<String> = raws.iter().map(|r| load_param_file(flag, r, limit)).collect::<Result<_>>()?;
    let value = match shape.kind.as_str() {
        "list" => {
            let elem = shape.member.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            if raws.len() == 1 && raws[0].trim_start().starts_with('[') {
                parse_json(flag, &raws[0])?
            } else {
                let elem_shape = model().shape(elem);
                let items =
                    raws.iter().map(|r| scalar_or_structured(flag, elem_shape, r)).collect::<Result<Vec<_>>>()?;
                Value::Array(items)
            }
        }
        _ => {
            if raws.len() != 1 {
                return Err(Error::usage(format!("argument --{flag}: expected one argument")));
            }
            scalar_or_structured(flag, shape, &raws[0])?
        }
    };
    coerce(&format!("--{flag}"), value, shape_name)
}

fn scalar_or_structured(flag: &str, shape: &Shape, raw: &str) -> Result<Value> {
    match shape.kind.as_str() {
        "structure" | "map" => {
            if raw.trim_start().starts_with('{') {
                parse_json(flag, raw)
            } else {
                shorthand::parse(raw)
                    .map_err(|e| Error::usage(format!("Error parsing parameter '--{flag}': {e}, input: {raw}")))
            }
        }
        "list" => {
            if raw.trim_start().starts_with('[') {
                parse_json(flag, raw)
            } else {
                shorthand::parse_value(raw)
                    .map_err(|e| Error::usage(format!("Error parsing parameter '--{flag}': {e}, input: {raw}")))
            }
        }
        _ => Ok(Value::String(raw.to_string())),
    }
}

fn parse_json(flag: &str, raw: &str) -> Result<Value> {
    serde_json::from_str(raw).map_err(|e| {
        Error::usage(format!(
            "Error parsing parameter '--{flag}': Invalid JSON: {e} (line {}, column {})",
            e.line(),
            e.column()
        ))
    })
}

/// `file://path` is read as text, `fileb://path` as bytes (which must be UTF-8 for the
/// text members ssmctl has), either at most up to the member's `limit`; anything else is
/// the value itself.
pub fn load_param_file(flag: &str, raw: &str, limit: super::read::Limit) -> Result<String> {
    let (path, binary) = if let Some(p) = raw.strip_prefix("fileb://") {
        (p, true)
    } else if let Some(p) = raw.strip_prefix("file://") {
        (p, false)
    } else {
        return Ok(raw.to_string());
    };
    let path = expand_home(path);
    let bytes = super::read::read_bounded(flag, raw, &path, limit)?;
    String::from_utf8(bytes).map_err(|_| {
        let what = if binary { "is not UTF-8 text, which this member needs" } else { "is not UTF-8 text" };
        Error::usage(format!("Error parsing parameter '--{flag}': paramfile {raw} {what}"))
    })
}

fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(home)) => format!("{home}/{rest}"),
        _ => path.to_string(),
    }
}

/// Turns shorthand's strings into the member's types (integers, booleans, one-element
/// lists) and refuses unknown structure members, naming where they are.
pub fn coerce(path: &str, value: Value, shape_name: &str) -> Result<Value> {
    let shape = model().shape(shape_name);
    Ok(match (shape.kind.as_str(), value) {
        ("structure", Value::Object(obj)) => {
            let mut out = Map::new();
            for (k, v) in obj {
                let Some(member) = shape.members.get(&k) else {
                    let names: Vec<&str> = shape.members.keys().map(String::as_str).collect();
                    return Err(Error::usage(format!(
                        "Unknown parameter in {path}: \"{k}\", must be one of: {}",
                        names.join(", ")
                    )));
                };
                let v = coerce(&format!("{path}.{k}"), v, &member.shape)?;
                out.insert(k, v);
            }
            Value::Object(out)
        }
        ("list", Value::Array(items)) => {
            let elem = shape.member.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            Value::Array(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| coerce(&format!("{path}[{i}]"), v, elem))
                    .collect::<Result<_>>()?,
            )
        }
        // Shorthand gives a bare value where one list item was meant: `Values=x`.
        ("list", v @ (Value::String(_) | Value::Object(_))) => {
            let elem = shape.member.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            Value::Array(vec![coerce(&format!("{path}[0]"), v, elem)?])
        }
        ("map", Value::Object(obj)) => {
            let vshape = shape.value.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            let mut out = Map::new();
            for (k, v) in obj {
                let v = coerce(&format!("{path}.{k}"), v, vshape)?;
                out.insert(k, v);
            }
            Value::Object(out)
        }
        ("integer" | "long", Value::String(s)) => match s.trim().parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => return Err(Error::usage(format!("Invalid value for {path}: \"{s}\" is not an integer"))),
        },
        ("boolean", Value::String(s)) => match s.to_ascii_lowercase().as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(Error::usage(format!("Invalid value for {path}: \"{s}\" is not true or false"))),
        },
        ("double" | "float", Value::String(s)) => match s.trim().parse::<f64>() {
            Ok(n) => serde_json::json!(n),
            Err(_) => return Err(Error::usage(format!("Invalid value for {path}: \"{s}\" is not a number"))),
        },
        (_, v) => v,
    })
}
