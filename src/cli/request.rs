//! From parsed argv to the request JSON of an operation: `--cli-input-json|yaml` first,
//! flags over it (as the AWS CLI), then the model's checks — the client-side ones
//! (required, unknown, type, minimum: usage errors, 252) and the service-side ones
//! (maximum, pattern, enum: `ValidationException`, 254).

use super::{ids, values};
use crate::error::{Error, Result};
use crate::model::{Shape, kebab, model};
use clap::ArgMatches;
use serde_json::{Map, Value};

pub fn build(op_name: &str, m: &ArgMatches) -> Result<Value> {
    let model = model();
    let op = &model.operations[op_name];
    let input = model.shape(&op.input);
    let mut req = match (m.get_one::<String>(ids::CLI_INPUT_JSON), m.get_one::<String>(ids::CLI_INPUT_YAML)) {
        (Some(raw), _) => {
            let text =
                values::load_param_file("cli-input-json", raw, super::read::Limit::Bytes(super::read::CLI_INPUT_MAX))?;
            let v: Value = serde_json::from_str(&text)
                .map_err(|e| Error::usage(format!("Error parsing parameter '--cli-input-json': Invalid JSON: {e}")))?;
            input_object(v, "--cli-input-json")?
        }
        (None, Some(raw)) => {
            let text =
                values::load_param_file("cli-input-yaml", raw, super::read::Limit::Bytes(super::read::CLI_INPUT_MAX))?;
            let v: Value = serde_yaml_ng::from_str(&text)
                .map_err(|e| Error::usage(format!("Error parsing parameter '--cli-input-yaml': Invalid YAML: {e}")))?;
            input_object(v, "--cli-input-yaml")?
        }
        _ => Map::new(),
    };
    let from_input_file = !req.is_empty();
    for (member, r) in &input.members {
        let shape = model.shape(&r.shape);
        if shape.kind == "boolean" {
            if m.get_flag(member) {
                req.insert(member.clone(), Value::Bool(true));
            } else if m.get_flag(&format!("{}{member}", ids::NO_PREFIX)) {
                req.insert(member.clone(), Value::Bool(false));
            }
            continue;
        }
        if let Some(raws) = m.get_many::<String>(member) {
            let raws: Vec<String> = raws.cloned().collect();
            let v = values::from_flag(&kebab(member), &r.shape, &raws)?;
            req.insert(member.clone(), v);
        }
    }
    // Without a request file, missing flags are reported as argparse does; with one,
    // botocore's validation below reports them together with any other problem.
    if !from_input_file {
        let missing: Vec<String> =
            input.required.iter().filter(|r| !req.contains_key(*r)).map(|r| format!("--{}", kebab(r))).collect();
        if !missing.is_empty() {
            return Err(Error::usage(format!("the following arguments are required: {}", missing.join(", "))));
        }
    }
    let req = Value::Object(req);
    let mut problems = Vec::new();
    check_client(&req, &op.input, "", &mut problems);
    if !problems.is_empty() {
        return Err(Error::usage(format!("Parameter validation failed: {}", problems.join("; "))));
    }
    Ok(req)
}

fn input_object(v: Value, flag: &str) -> Result<Map<String, Value>> {
    match v {
        Value::Object(o) => Ok(o),
        _ => Err(Error::usage(format!("Error parsing parameter '{flag}': the request must be an object"))),
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

/// botocore's client-side validation: unknown members, types, required members of nested
/// structures, and minimum lengths/values.
fn check_client(v: &Value, shape_name: &str, path: &str, out: &mut Vec<String>) {
    let shape = model().shape(shape_name);
    let name = if path.is_empty() { "input" } else { path };
    let bad_type = |out: &mut Vec<String>, valid: &str| {
        out.push(format!("Invalid type for parameter {name}, value: {v}, type: {}, valid types: {valid}", type_name(v)))
    };
    match shape.kind.as_str() {
        "structure" => {
            let Value::Object(obj) = v else { return bad_type(out, "object") };
            for r in &shape.required {
                if !obj.contains_key(r) {
                    out.push(format!("Missing required parameter in {name}: \"{r}\""));
                }
            }
            for (k, mv) in obj {
                match shape.members.get(k) {
                    Some(mr) => check_client(mv, &mr.shape, &join(path, k), out),
                    None => {
                        let names: Vec<&str> = shape.members.keys().map(String::as_str).collect();
                        out.push(format!("Unknown parameter in {name}: \"{k}\", must be one of: {}", names.join(", ")));
                    }
                }
            }
        }
        "list" => {
            let Value::Array(items) = v else { return bad_type(out, "list") };
            check_min(shape, items.len() as f64, name, "length", out);
            let elem = shape.member.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            for (i, item) in items.iter().enumerate() {
                check_client(item, elem, &format!("{name}[{i}]"), out);
            }
        }
        "map" => {
            let Value::Object(obj) = v else { return bad_type(out, "object") };
            let vshape = shape.value.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            for (k, mv) in obj {
                check_client(mv, vshape, &format!("{name}.{k}"), out);
            }
        }
        "string" => match v {
            Value::String(s) => check_min(shape, s.chars().count() as f64, name, "length", out),
            _ => bad_type(out, "string"),
        },
        "integer" | "long" => match v.as_i64() {
            Some(n) => check_min(shape, n as f64, name, "value", out),
            None => bad_type(out, "integer"),
        },
        "double" | "float" if !v.is_number() => bad_type(out, "number"),
        "boolean" if !v.is_boolean() => bad_type(out, "boolean"),
        "timestamp" if !(v.is_string() || v.is_number()) => bad_type(out, "timestamp"),
        _ => {}
    }
}

fn check_min(shape: &Shape, n: f64, name: &str, what: &str, out: &mut Vec<String>) {
    if let Some(min) = shape.min
        && n < min
    {
        out.push(format!("Invalid {what} for parameter {name}, value: {n}, valid min {what}: {min}"));
    }
}

fn join(path: &str, k: &str) -> String {
    if path.is_empty() { k.to_string() } else { format!("{path}.{k}") }
}

/// The service's own validation of an accepted request: maximum lengths and values,
/// patterns and enums. Reported as AWS does, with the member path in camelCase.
pub fn check_service(op_name: &str, req: &Value) -> Result<()> {
    let op = &model().operations[op_name];
    let mut problems = Vec::new();
    check_constraints(req, &op.input, "", &mut problems);
    if problems.is_empty() {
        return Ok(());
    }
    let n = problems.len();
    Err(Error::service(
        "ValidationException",
        format!("{n} validation error{} detected: {}", if n == 1 { "" } else { "s" }, problems.join("; ")),
    ))
}

fn camel(member: &str) -> String {
    let mut c = member.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn check_constraints(v: &Value, shape_name: &str, path: &str, out: &mut Vec<String>) {
    let shape = model().shape(shape_name);
    match (shape.kind.as_str(), v) {
        ("structure", Value::Object(obj)) => {
            for (k, mv) in obj {
                if let Some(mr) = shape.members.get(k) {
                    let p = if path.is_empty() { camel(k) } else { format!("{path}.{}", camel(k)) };
                    check_constraints(mv, &mr.shape, &p, out);
                }
            }
        }
        ("list", Value::Array(items)) => {
            if let Some(max) = shape.max
                && items.len() as f64 > max
            {
                out.push(format!(
                        "Value at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max}"
                    ));
            }
            let elem = shape.member.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            for (i, item) in items.iter().enumerate() {
                check_constraints(item, elem, &format!("{path}.{}", i + 1), out);
            }
        }
        ("map", Value::Object(obj)) => {
            let vshape = shape.value.as_ref().map(|m| m.shape.as_str()).unwrap_or("String");
            for (k, mv) in obj {
                check_constraints(mv, vshape, &format!("{path}.{k}"), out);
            }
        }
        ("string", Value::String(s)) => {
            let shown = if s.chars().count() > 80 {
                format!("{}…", s.chars().take(80).collect::<String>())
            } else {
                s.clone()
            };
            if let Some(max) = shape.max
                && s.chars().count() as f64 > max
            {
                out.push(format!(
                        "Value '{shown}' at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max}"
                    ));
            }
            if let Some(values) = &shape.enum_values
                && !values.iter().any(|e| e == s)
            {
                out.push(format!(
                        "Value '{shown}' at '{path}' failed to satisfy constraint: Member must satisfy enum value set: [{}]",
                        values.join(", ")
                    ));
            }
            if let Some(p) = &shape.pattern {
                // The model's patterns are Java regexes; the few that this engine cannot
                // compile are left to the operation's own checks.
                if let Ok(re) = regex::Regex::new(p)
                    && !re.is_match(s)
                {
                    out.push(format!(
                            "Value '{shown}' at '{path}' failed to satisfy constraint: Member must satisfy regular expression pattern: {p}"
                        ));
                }
            }
        }
        ("integer" | "long", v) => {
            if let (Some(n), Some(max)) = (v.as_i64(), shape.max)
                && n as f64 > max
            {
                out.push(format!(
                        "Value '{n}' at '{path}' failed to satisfy constraint: Member must have value less than or equal to {max}"
                    ));
            }
        }
        _ => {}
    }
}
