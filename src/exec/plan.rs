//! From a document and the request's parameters to the steps a host runs: parameters
//! checked against their declarations (before anything runs), `{{ name }}` interpolated,
//! ENV_VAR parameters turned into environment variables instead of shell text.

use crate::document::params::{Reference, braces, references};
use crate::document::{ParamDecl, ParsedDocument, Step};
use crate::error::{Error, Result};
use indexmap::IndexMap;
use serde_json::Value;
use std::time::Duration;

/// AWS's default `executionTimeout`.
pub const DEFAULT_STEP_TIMEOUT: Duration = Duration::from_secs(3600);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interpreter {
    Shell,
    PowerShell,
}

#[derive(Debug, Clone)]
pub struct StepPlan {
    /// The plugin name AWS reports: the step name (schema 2.x) or the plugin (1.2).
    pub name: String,
    pub interpreter: Interpreter,
    pub script: String,
    pub working_directory: String,
    pub timeout: Duration,
    /// A `precondition` platformType: the step is skipped on other platforms.
    pub platform: Option<String>,
    /// Environment for the script (`SSM_<name>` of ENV_VAR parameters); travels on stdin.
    pub env: Vec<(String, String)>,
}

/// The parameters with every value typed and checked, defaults applied. `secret` marks
/// the noEcho ones.
pub struct Resolved {
    pub values: IndexMap<String, (Value, bool)>,
}

/// Resolves `{{ssm:…}}` / `{{ssm-secure:…}}` references in one text, at execution time.
pub type Resolver<'a> = &'a dyn Fn(&str) -> Result<String>;

/// Types and checks every parameter against its declaration, defaults applied. With a
/// `resolver` (at execution) Parameter Store references are resolved first and the real
/// values are checked; without one (at create/update time) a value that is one reference
/// is accepted as it is, to be resolved when it runs.
pub fn resolve_parameters(
    doc: &ParsedDocument,
    given: &IndexMap<String, Vec<String>>,
    resolver: Option<Resolver>,
) -> Result<Resolved> {
    let invalid = |m: String| Error::service("InvalidParameters", m);
    for name in given.keys() {
        if !doc.parameters.iter().any(|p| &p.name == name) {
            let known: Vec<&str> = doc.parameters.iter().map(|p| p.name.as_str()).collect();
            return Err(invalid(format!(
                "Parameter {name} is not declared by the document (declared: {}).",
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            )));
        }
    }
    let has_reference =
        |s: &str| references(s).iter().any(|r| matches!(r, Reference::Ssm(_) | Reference::SsmSecure(_)));
    let mut values = IndexMap::new();
    for decl in &doc.parameters {
        let given_values: Option<Vec<String>> = match given.get(&decl.name) {
            Some(v) => Some(v.clone()),
            None => match &decl.default {
                Some(Value::String(s)) if has_reference(s) => Some(vec![s.clone()]),
                _ => None,
            },
        };
        let value = match given_values {
            Some(v) => {
                let v: Vec<String> = match resolver {
                    Some(r) => {
                        v.iter().map(|x| if has_reference(x) { r(x) } else { Ok(x.clone()) }).collect::<Result<_>>()?
                    }
                    None => v,
                };
                decl.value_from_api(&v).map_err(|m| invalid(format!("Parameter {}: {m}", decl.name)))?
            }
            None => match &decl.default {
                Some(d) => d.clone(),
                None => return Err(invalid(format!("Parameter {} is required and has no default.", decl.name))),
            },
        };
        values.insert(decl.name.clone(), (value, decl.no_echo));
    }
    Ok(Resolved { values })
}

/// The request's parameters as stored and shown: noEcho values masked.
pub fn shown_parameters(doc: &ParsedDocument, given: &IndexMap<String, Vec<String>>) -> IndexMap<String, Vec<String>> {
    given
        .iter()
        .map(|(k, v)| {
            let secret = doc.parameters.iter().any(|p| &p.name == k && p.no_echo);
            (k.clone(), if secret { vec!["****".to_string()] } else { v.clone() })
        })
        .collect()
}

pub fn build(doc: &ParsedDocument, params: &Resolved) -> Result<Vec<StepPlan>> {
    doc.steps.iter().map(|s| step_plan(doc, s, params)).collect()
}

fn step_plan(doc: &ParsedDocument, step: &Step, params: &Resolved) -> Result<StepPlan> {
    let interpreter = match step.action.as_str() {
        "aws:runShellScript" => Interpreter::Shell,
        "aws:runPowerShellScript" => Interpreter::PowerShell,
        other => {
            return Err(Error::service(
                "InvalidDocument",
                format!("Step {}: action {other} cannot run on hosts (a {} document).", step.name, doc.schema_version),
            ));
        }
    };
    let decl = |name: &str| doc.parameters.iter().find(|p| p.name == name);
    let mut env = Vec::new();
    for (name, (value, _)) in &params.values {
        if decl(name).is_some_and(|d| d.env_var) {
            env.push((format!("SSM_{name}"), scalar_text(value)));
        }
    }
    let interp = |text: &str| interpolate(text, params, &decl, interpreter);
    let lines: Vec<String> = match step.inputs.get("runCommand") {
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for item in items {
                let text = item.as_str().unwrap_or_default();
                // A line that is exactly one list parameter becomes its items, one per line.
                match whole_reference(text).and_then(|n| params.values.get(n)) {
                    Some((Value::Array(list), _))
                        if !decl(whole_reference(text).unwrap_or("")).is_some_and(|d| d.env_var) =>
                    {
                        out.extend(list.iter().map(scalar_text))
                    }
                    _ => out.push(interp(text)),
                }
            }
            out
        }
        Some(Value::String(s)) => match whole_reference(s).and_then(|n| params.values.get(n)) {
            Some((Value::Array(list), _)) => list.iter().map(scalar_text).collect(),
            _ => vec![interp(s)],
        },
        _ => vec![],
    };
    let working_directory =
        step.inputs.get("workingDirectory").and_then(Value::as_str).map(&interp).unwrap_or_default();
    let timeout = match step.inputs.get("timeoutSeconds") {
        Some(Value::Number(n)) => n.as_u64().map(Duration::from_secs),
        Some(Value::String(s)) => {
            let text = interp(s);
            let text = text.trim();
            if text.is_empty() {
                None
            } else {
                Some(Duration::from_secs(text.parse::<u64>().map_err(|_| {
                    Error::service(
                        "InvalidParameters",
                        format!("Step {}: timeoutSeconds {text} is not a number of seconds.", step.name),
                    )
                })?))
            }
        }
        _ => None,
    }
    .unwrap_or(DEFAULT_STEP_TIMEOUT);
    let mut script = lines.join("\n");
    script.push('\n');
    Ok(StepPlan {
        name: step.name.clone(),
        interpreter,
        script,
        working_directory,
        timeout,
        platform: step.precondition_platform().map(str::to_string),
        env,
    })
}

/// `{{ name }}` when `text` is exactly one parameter reference.
fn whole_reference(text: &str) -> Option<&str> {
    let t = text.trim();
    let inner = t.strip_prefix("{{")?.strip_suffix("}}")?.trim();
    (!inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then_some(inner)
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(scalar_text).collect::<Vec<_>>().join("\n"),
        other => other.to_string(),
    }
}

/// Replaces each `{{ name }}` of a declared parameter. ENV_VAR parameters become a
/// reference to their environment variable, so their value is never shell text.
fn interpolate<'a>(
    text: &str,
    params: &Resolved,
    decl: &impl Fn(&str) -> Option<&'a ParamDecl>,
    interpreter: Interpreter,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for b in braces(text) {
        let name = b.inner;
        let Some((value, _)) = params.values.get(name) else { continue };
        out.push_str(&text[done..b.start]);
        if decl(name).is_some_and(|d| d.env_var) {
            out.push_str(&match interpreter {
                Interpreter::Shell => format!("${{SSM_{name}}}"),
                Interpreter::PowerShell => format!("$env:SSM_{name}"),
            });
        } else {
            out.push_str(&scalar_text(value));
        }
        done = b.end;
    }
    out.push_str(&text[done..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocFormat, parse};
    use serde_json::json;

    /// The interpolator replaces exactly the references the validator found, including the
    /// innermost one of "{{ {{x}}", and leaves other brace text alone.
    #[test]
    fn interpolation_replaces_what_the_validator_finds() {
        let script = "echo {{ {{x}} | {{x}} | {{ x }} | {{.Go}} | {{ not x }} | {{ssm:/p}} | {{x";
        let doc = json!({"schemaVersion": "2.2",
            "parameters": {"x": {"type": "String", "default": "V"}},
            "mainSteps": [{"action": "aws:runShellScript", "name": "a", "inputs": {"runCommand": script}}]});
        let doc = parse(&doc.to_string(), DocFormat::Json, "Command").unwrap();
        assert_eq!(references(script).iter().filter(|r| **r == Reference::Parameter("x".into())).count(), 3);
        let resolved = resolve_parameters(&doc, &IndexMap::new(), None).unwrap();
        let steps = build(&doc, &resolved).unwrap();
        assert_eq!(steps[0].script, "echo {{ V | V | V | {{.Go}} | {{ not x }} | {{ssm:/p}} | {{x\n");
        assert!(references(&steps[0].script).iter().all(|r| !matches!(r, Reference::Parameter(_))));
    }
}
