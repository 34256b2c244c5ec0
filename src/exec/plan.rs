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
    /// aws:refreshAssociation: after the command, the controller applies these associations
    /// (empty: every association that targets the host). The step's own script is trivial.
    pub refresh_associations: Option<Vec<String>>,
    /// aws:softwareInventory: the gatherers on; the controller stores what the step printed
    /// (src/software_inventory/store.rs).
    pub inventory: Option<crate::software_inventory::Options>,
    /// aws:runPatchBaseline: the operation; the controller runs it on the host (src/patch).
    pub patch: Option<crate::patch::PatchPlan>,
}

/// How deep aws:runDocument may nest documents. AWS documents no number we could find; 3
/// levels stop a document that runs itself long before it costs anything.
pub const MAX_DOCUMENT_NESTING: usize = 3;

/// What planning may need beyond the document: the documents aws:runDocument names (stored or
/// built-in, Command type, parsed) and the Parameter Store resolver for their parameters.
pub struct Sources<'a> {
    pub load: &'a dyn Fn(&str) -> Result<ParsedDocument>,
    pub resolver: Option<Resolver<'a>>,
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

/// Plans with only the built-in documents reachable by aws:runDocument.
pub fn build(doc: &ParsedDocument, params: &Resolved) -> Result<Vec<StepPlan>> {
    let load = |name: &str| -> Result<ParsedDocument> {
        let b = crate::document::builtin(name).ok_or_else(|| {
            Error::service("InvalidDocument", format!("Document {name} does not exist (aws:runDocument)."))
        })?;
        crate::document::parse(b.content, crate::document::DocFormat::Json, b.document_type)
    };
    build_with(doc, params, &Sources { load: &load, resolver: None })
}

/// Plans every step; an aws:runDocument step is replaced by the steps of the document it names,
/// planned here on the controller, so they run on the same host in the same invocation.
pub fn build_with(doc: &ParsedDocument, params: &Resolved, src: &Sources) -> Result<Vec<StepPlan>> {
    plan_steps(doc, params, src, &mut Vec::new(), "")
}

fn plan_steps(
    doc: &ParsedDocument,
    params: &Resolved,
    src: &Sources,
    chain: &mut Vec<String>,
    prefix: &str,
) -> Result<Vec<StepPlan>> {
    let mut out = Vec::new();
    for step in &doc.steps {
        if step.action == "aws:runDocument" {
            out.extend(run_document(step, params, src, chain, prefix)?);
        } else {
            let mut p = step_plan(doc, step, params)?;
            p.name = format!("{prefix}{}", p.name);
            out.push(p);
        }
    }
    Ok(out)
}

fn run_document(
    step: &Step,
    params: &Resolved,
    src: &Sources,
    chain: &mut Vec<String>,
    prefix: &str,
) -> Result<Vec<StepPlan>> {
    let invalid = |m: String| Error::service("InvalidParameters", format!("Step {}: {m}", step.name));
    let text = |key: &str| -> String {
        let raw = step.inputs.get(key).and_then(Value::as_str).unwrap_or_default();
        // Values only: a document's text is never shell text here.
        interpolate(raw, params, &|_: &str| None, Interpreter::Shell).trim().to_string()
    };
    let source_type = text("documentType");
    match source_type.as_str() {
        "" | "SSMDocument" => {}
        other => {
            return Err(invalid(format!(
                "sourceType {other} is not supported: ssmctl reads documents from its own store only \
                 (create-document it first, then run it with sourceType SSMDocument and sourceInfo {{\"name\":\"NAME\"}})."
            )));
        }
    }
    let path = text("documentPath");
    let name = if path.starts_with('{') {
        let v: Value = serde_json::from_str(&path).map_err(|e| invalid(format!("sourceInfo is not JSON: {e}")))?;
        v.get("name").and_then(Value::as_str).map(str::to_string).ok_or_else(|| {
            invalid("sourceInfo needs {\"name\": \"DocumentName\"} for sourceType SSMDocument.".into())
        })?
    } else {
        path
    };
    if name.is_empty() {
        return Err(invalid("no document named to run (sourceInfo {\"name\": \"DocumentName\"}).".into()));
    }
    if chain.len() >= MAX_DOCUMENT_NESTING {
        chain.push(name);
        return Err(Error::service(
            "InvalidDocument",
            format!(
                "Step {}: aws:runDocument nests documents more than {MAX_DOCUMENT_NESTING} levels deep ({}); \
                 does a document run itself?",
                step.name,
                chain.join(" -> ")
            ),
        ));
    }
    let given_map: serde_json::Map<String, Value> = match step.inputs.get("documentParameters") {
        Some(Value::Object(m)) => m.clone(),
        _ => {
            let t = text("documentParameters");
            if t.is_empty() {
                serde_json::Map::new()
            } else {
                match serde_json::from_str(&t) {
                    Ok(Value::Object(m)) => m,
                    _ => return Err(invalid(format!("documentParameters must be a JSON mapping, found {t}"))),
                }
            }
        }
    };
    let as_text = |v: &Value| match v {
        Value::String(s) => interpolate(s, params, &|_: &str| None, Interpreter::Shell),
        other => other.to_string(),
    };
    let given: IndexMap<String, Vec<String>> = given_map
        .iter()
        .map(|(k, v)| {
            let values = match v {
                Value::Array(items) => items.iter().map(as_text).collect(),
                other => vec![as_text(other)],
            };
            (k.clone(), values)
        })
        .collect();
    let inner = (src.load)(&name)?;
    let resolved = resolve_parameters(&inner, &given, src.resolver).map_err(|e| match e {
        Error::Service { code, message } => {
            Error::Service { code, message: format!("Step {} (document {name}): {message}", step.name) }
        }
        other => other,
    })?;
    chain.push(name);
    let mut steps = plan_steps(&inner, &resolved, src, chain, &format!("{prefix}{}.", step.name))?;
    chain.pop();
    let outer = step.precondition_platform();
    for s in &mut steps {
        if s.platform.is_none() {
            s.platform = outer.map(str::to_string);
        }
    }
    Ok(steps)
}

/// The commands ssmctl's payload (src/exec/script.rs) runs on a host; without one of them a
/// step cannot run or be stopped there.
const NEEDED_COMMANDS: &[&str] = &["kill", "sleep", "cut", "uname", "mktemp", "rm"];

/// aws:updateSsmAgent: there is no agent. The step checks what ssmctl needs on the host and
/// reports it, with the requested version; it changes nothing.
fn update_agent_script(step: &Step, params: &Resolved) -> String {
    let input = |key: &str| {
        let raw = step.inputs.get(key).and_then(Value::as_str).unwrap_or_default();
        interpolate(raw, params, &|_: &str| None, Interpreter::Shell)
    };
    let version = input("targetVersion");
    let version = if version.trim().is_empty() { "latest".to_string() } else { version };
    let report = format!(
        "requested: {} {version}, allowDowngrade {}; nothing was installed or changed",
        input("agentName"),
        input("allowDowngrade")
    );
    let needed = NEEDED_COMMANDS.join(" ");
    let listed = NEEDED_COMMANDS.join(", ");
    format!(
        "__missing=''\n\
         [ -x /bin/sh ] || __missing=' /bin/sh'\n\
         for __c in {needed}; do command -v \"$__c\" >/dev/null 2>&1 || __missing=\"$__missing $__c\"; done\n\
         __opt=''\n\
         for __c in hostname pwsh; do if command -v \"$__c\" >/dev/null 2>&1; then __opt=\"$__opt $__c: present;\"; else __opt=\"$__opt $__c: absent;\"; fi; done\n\
         if [ -z \"$__missing\" ]; then\n\
         echo 'ssmctl: no agent to update — ssmctl reaches hosts over SSH (or a local shell), with no agent; checked: /bin/sh, {listed}: all present'\n\
         echo \"ssmctl: optional:$__opt (hostname for facts, pwsh for aws:runPowerShellScript)\"\n\
         printf 'ssmctl: %s\\n' {}\n\
         exit 0\n\
         fi\n\
         echo \"ssmctl: missing on this host:$__missing (ssmctl's steps need: /bin/sh, {listed})\" >&2\n\
         exit 1\n",
        super::script::quote(&report)
    )
}

/// aws:refreshAssociation's IDs: a list parameter's items, or a comma-separated text.
fn association_ids(step: &Step, params: &Resolved) -> Vec<String> {
    let text = |s: &str| interpolate(s, params, &|_: &str| None, Interpreter::Shell);
    match step.inputs.get("associationIds") {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).map(text).collect(),
        Some(Value::String(s)) => match whole_reference(s).and_then(|n| params.values.get(n)) {
            Some((Value::Array(list), _)) => list.iter().map(scalar_text).collect(),
            _ => text(s).split(',').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect(),
        },
        _ => vec![],
    }
    .into_iter()
    .filter(|x| !x.trim().is_empty())
    .collect()
}

fn step_plan(doc: &ParsedDocument, step: &Step, params: &Resolved) -> Result<StepPlan> {
    let own = |script: String, refresh: Option<Vec<String>>| StepPlan {
        name: step.name.clone(),
        interpreter: Interpreter::Shell,
        script,
        working_directory: String::new(),
        timeout: Duration::from_secs(600),
        platform: step.precondition_platform().map(str::to_string),
        env: vec![],
        refresh_associations: refresh,
        inventory: None,
        patch: None,
    };
    let interpreter = match step.action.as_str() {
        "aws:runShellScript" => Interpreter::Shell,
        "aws:runPowerShellScript" => Interpreter::PowerShell,
        "aws:updateSsmAgent" => return Ok(own(update_agent_script(step, params), None)),
        "aws:softwareInventory" => {
            let text = |key: &str| {
                step.inputs
                    .get(key)
                    .and_then(Value::as_str)
                    .map(|raw| interpolate(raw, params, &|_: &str| None, Interpreter::Shell))
            };
            let options = crate::software_inventory::Options::from_parameters(text)?;
            let script = crate::software_inventory::script(&options)?;
            let mut plan = own(script, None);
            plan.inventory = Some(options);
            return Ok(plan);
        }
        "aws:runPatchBaseline" => {
            let text = |key: &str| {
                step.inputs
                    .get(key)
                    .and_then(Value::as_str)
                    .map(|raw| interpolate(raw, params, &|_: &str| None, Interpreter::Shell))
            };
            let mut plan = own("echo 'ssmctl: aws:runPatchBaseline: run by the controller'\n".into(), None);
            plan.patch = Some(crate::patch::plan_from_parameters(text)?);
            plan.timeout = Duration::from_secs(7200);
            return Ok(plan);
        }
        "aws:refreshAssociation" => {
            let ids = association_ids(step, params);
            let script = "echo 'ssmctl: aws:refreshAssociation: run by send-command, the controller starts the associations after this step'\n";
            return Ok(own(script.to_string(), Some(ids)));
        }
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
        refresh_associations: None,
        inventory: None,
        patch: None,
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
    use crate::document::{DocFormat, builtin, parse};
    use serde_json::json;

    /// AWS-UpdateSSMAgent's check names what is missing and fails; with everything there it
    /// reports and succeeds. Run here with /bin/sh, the PATH narrowed to hide commands.
    #[test]
    fn update_agent_check_names_what_is_missing() {
        let doc = parse(builtin("AWS-UpdateSSMAgent").unwrap().content, DocFormat::Json, "Command").unwrap();
        let given = IndexMap::from([("allowDowngrade".to_string(), vec!["true".to_string()])]);
        let steps = build(&doc, &resolve_parameters(&doc, &given, None).unwrap()).unwrap();
        let run = |path: &str| {
            std::process::Command::new("/bin/sh").arg("-c").arg(&steps[0].script).env("PATH", path).output().unwrap()
        };
        let ok = run(&std::env::var("PATH").unwrap());
        let out = String::from_utf8_lossy(&ok.stdout);
        assert_eq!(ok.status.code(), Some(0), "{out}");
        assert!(out.contains("all present") && out.contains("amazon-ssm-agent latest, allowDowngrade true"), "{out}");
        let empty = tempfile::tempdir().unwrap();
        let bad = run(empty.path().to_str().unwrap());
        let err = String::from_utf8_lossy(&bad.stderr);
        assert_eq!(bad.status.code(), Some(1), "{err}");
        assert!(err.contains("missing on this host:") && err.contains(" sleep"), "{err}");
    }

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
