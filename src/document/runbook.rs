//! Automation runbooks (schemaVersion 0.3) as the engine runs them: typed steps with AWS's
//! defaults filled in, checked when the document is created so that a stored runbook never
//! fails half-way on something its text already showed (SPEC §18; anchors A.2-A.5).

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::params::{braces, for_each_string};
use super::{INVALID_CONTENT, ParamDecl, content_error as err};
use crate::error::{Error, Result};

#[derive(Debug, Clone)]
#[allow(dead_code)] // read by the Automation engine
pub struct Runbook {
    pub assume_role: Option<String>,
    pub steps: Vec<RunbookStep>,
    /// Top-level `outputs`: `step.Output` names, in document order.
    pub outputs: Vec<String>,
}

#[derive(Debug, Clone)]
#[allow(dead_code)] // read by the Automation engine
pub struct RunbookStep {
    pub name: String,
    pub action: String,
    pub inputs: Map<String, Value>,
    /// Default Abort.
    pub on_failure: Flow,
    /// Default Abort; never Continue.
    pub on_cancel: Flow,
    pub is_end: bool,
    pub next_step: Option<String>,
    /// The explicit value, else false when on_failure is Continue, else true (AWS's rule).
    pub is_critical: bool,
    /// Default 1.
    pub max_attempts: u32,
    pub timeout_seconds: Option<u64>,
    pub outputs: Vec<OutputDecl>,
    /// aws:loop's `inputs.Steps`; empty for every other action.
    pub loop_steps: Vec<RunbookStep>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flow {
    Abort,
    Continue,
    Step(String),
}

#[derive(Debug, Clone)]
#[allow(dead_code)] // read by the Automation engine
pub struct OutputDecl {
    pub name: String,
    pub selector: String,
    pub type_: String,
}

/// The actions ssmctl runs.
pub const RUN_ACTIONS: &[&str] = &[
    "aws:approve",
    "aws:assertAwsResourceProperty",
    "aws:branch",
    "aws:executeAutomation",
    "aws:executeAwsApi",
    "aws:executeScript",
    "aws:loop",
    "aws:pause",
    "aws:runCommand",
    "aws:sleep",
    "aws:waitForAwsResourceProperty",
];

/// AWS's actions that act on another AWS service, with that service for the message.
const AWS_SERVICE_ACTIONS: &[(&str, &str)] = &[
    ("aws:changeInstanceState", "EC2"),
    ("aws:copyImage", "EC2"),
    ("aws:createImage", "EC2"),
    ("aws:createStack", "CloudFormation"),
    ("aws:createTags", "EC2"),
    ("aws:deleteImage", "EC2"),
    ("aws:deleteStack", "CloudFormation"),
    ("aws:executeStateMachine", "Step Functions"),
    ("aws:invokeLambdaFunction", "Lambda"),
    ("aws:invokeWebhook", "Automation integrations"),
    ("aws:runInstances", "EC2"),
    ("aws:updateVariable", "Automation variables"),
];

const STEP_KEYS: &[&str] = &[
    "name",
    "action",
    "inputs",
    "onFailure",
    "onCancel",
    "isEnd",
    "nextStep",
    "isCritical",
    "maxAttempts",
    "timeoutSeconds",
    "outputs",
    "description",
];

const OUTPUT_TYPES: &[&str] = &["String", "Integer", "Boolean", "StringList", "StringMap", "MapList"];

const STRING_OPERATORS: &[&str] = &["StringEquals", "EqualsIgnoreCase", "StartsWith", "EndsWith", "Contains"];
const NUMERIC_OPERATORS: &[&str] =
    &["NumericEquals", "NumericGreater", "NumericLesser", "NumericGreaterOrEquals", "NumericLesserOrEquals"];
const BOOLEAN_OPERATOR: &str = "BooleanEquals";

const RUNTIMES: &[&str] = &[
    "python3.6",
    "python3.7",
    "python3.8",
    "python3.9",
    "python3.10",
    "python3.11",
    "python3.12",
    "PowerShell Core 6.0",
    "PowerShell 7.0",
    "PowerShell 7.2",
    "PowerShell 7.4",
];

const GLOBAL_VARIABLES: &[&str] = &["ACCOUNT_ID", "REGION", "DATE", "DATE_TIME", "AWS_PARTITION"];

/// aws:sleep's limit (just under 7 days).
const MAX_SLEEP_SECONDS: i64 = 604_799;
const MAX_APPROVERS: usize = 10;
const MAX_APPROVE_MESSAGE_CHARS: usize = 4096;
const MAX_LOOP_ITERATIONS: u64 = 100;

/// Steps a cancel workflow cannot go to: they wait, and the cancel workflow has two minutes.
const WAITING_ACTIONS: &[&str] = &["aws:approve", "aws:pause", "aws:sleep"];

/// Outputs every step of `action` has without declaring them (aws:runCommand: CommandId, Status,
/// ResponseCode, Output; aws:executeScript: Payload; aws:approve: ApprovalStatus,
/// ApproverDecisions; aws:executeAutomation: ExecutionId, Status, Output; aws:loop:
/// CurrentIteratorValue, CurrentIteration).
pub fn builtin_outputs(action: &str) -> &'static [&'static str] {
    match action {
        "aws:runCommand" => &["CommandId", "Status", "ResponseCode", "Output"],
        "aws:executeScript" => &["Payload"],
        "aws:approve" => &["ApprovalStatus", "ApproverDecisions"],
        "aws:executeAutomation" => &["ExecutionId", "Status", "Output"],
        "aws:loop" => &["CurrentIteratorValue", "CurrentIteration"],
        _ => &[],
    }
}

/// ISO-8601 duration (PT10M, PT1H30M, P1D, PT0S, PT1.5S...) → Duration; None if not one.
/// Years and months have no fixed length and are not accepted; a fraction is allowed on the
/// last component only.
pub fn parse_duration(s: &str) -> Option<chrono::Duration> {
    let rest = s.strip_prefix('P')?;
    let (date, time) = match rest.split_once('T') {
        Some((_, "")) => return None,
        Some((d, t)) => (d, t),
        None => (rest, ""),
    };
    const DAY: i128 = 86_400_000;
    let (date_ms, date_any, date_frac) = duration_part(date, &[('W', 7 * DAY), ('D', DAY)])?;
    let (time_ms, time_any, _) = duration_part(time, &[('H', 3_600_000), ('M', 60_000), ('S', 1000)])?;
    if !date_any && !time_any || (date_frac && time_any) {
        return None;
    }
    chrono::Duration::try_milliseconds(i64::try_from(date_ms + time_ms).ok()?)
}

/// One side of the `T`: numbers with units in `units`' order. Returns the milliseconds, whether
/// anything was there, and whether the last component had a fraction.
fn duration_part(mut text: &str, units: &[(char, i128)]) -> Option<(i128, bool, bool)> {
    let (mut total, mut any, mut frac_seen, mut next) = (0i128, false, false, 0);
    while !text.is_empty() {
        if frac_seen {
            return None;
        }
        let end = text.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
        let (number, after) = text.split_at(end);
        let unit = after.chars().next()?;
        let at = next + units[next..].iter().position(|(u, _)| *u == unit)?;
        next = at + 1;
        let scale = units[at].1;
        let (whole, frac) = match number.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (number, ""),
        };
        if whole.is_empty() || whole.len() > 12 || frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if number.len() > whole.len() {
            if frac.is_empty() {
                return None;
            }
            frac_seen = true;
        }
        total += whole.parse::<i128>().ok()? * scale;
        if !frac.is_empty() {
            total += frac.parse::<i128>().ok()? * scale / 10i128.pow(frac.len() as u32);
        }
        any = true;
        text = &after[unit.len_utf8()..];
    }
    Some((total, any, frac_seen))
}

/// Reads and checks a runbook. `body` is the whole document; `params` its declared parameters.
/// Errors are `InvalidDocumentContent` naming the field (`mainSteps[1].inputs.Duration`) and
/// the step.
pub fn parse_runbook(body: &Value, params: &[ParamDecl]) -> Result<Runbook> {
    let Value::Object(top) = body else {
        return Err(Error::service(INVALID_CONTENT, "document content must be a mapping at the top level"));
    };
    let list = match top.get("mainSteps") {
        Some(Value::Array(list)) if !list.is_empty() => list,
        _ => return Err(err("mainSteps", "must be a non-empty list of steps")),
    };
    let mut names = HashSet::new();
    let steps = parse_list(list, "mainSteps", false, &mut names)?;
    check_scope(&steps, "mainSteps")?;

    let variables: HashSet<&str> = match top.get("variables") {
        Some(Value::Object(m)) => m.keys().map(String::as_str).collect(),
        _ => HashSet::new(),
    };
    let mut by_name = HashMap::new();
    index(&steps, &mut by_name);
    let refs = Refs { params, variables, steps: by_name };
    check_references(&steps, "mainSteps", &refs)?;

    let assume_role = match top.get("assumeRole") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            for b in braces(s) {
                refs.check(b.inner).map_err(|m| err("assumeRole", m))?;
            }
            Some(s.clone())
        }
        Some(_) => return Err(err("assumeRole", "must be a string")),
    };
    let outputs = match top.get("outputs") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let path = format!("outputs[{i}]");
                let text = v.as_str().ok_or_else(|| err(&path, "must be a string (step.Output)"))?;
                let Some((step, output)) = text.split_once('.') else {
                    return Err(err(&path, format!("\"{text}\" must name a step's output as step.Output")));
                };
                refs.output(step, output).map_err(|m| err(&path, m))?;
                Ok(text.to_string())
            })
            .collect::<Result<_>>()?,
        Some(_) => return Err(err("outputs", "must be a list of step.Output names")),
    };
    Ok(Runbook { assume_role, steps, outputs })
}

fn parse_list(list: &[Value], path: &str, in_loop: bool, names: &mut HashSet<String>) -> Result<Vec<RunbookStep>> {
    list.iter().enumerate().map(|(i, raw)| parse_step(raw, &format!("{path}[{i}]"), in_loop, names)).collect()
}

/// An error at `path` (the step's path plus a key) that names the step.
fn fail(path: &str, step: &str, msg: impl std::fmt::Display) -> Error {
    err(path, format!("step \"{step}\": {msg}"))
}

fn is_word(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A string with a `{{ ... }}` in it: its value is only known when the step runs.
fn is_reference(v: &Value) -> bool {
    v.as_str().is_some_and(|s| !braces(s).is_empty())
}

fn parse_step(raw: &Value, path: &str, in_loop: bool, names: &mut HashSet<String>) -> Result<RunbookStep> {
    let Value::Object(m) = raw else {
        return Err(err(path, "each step must be a mapping"));
    };
    let at = |key: &str| format!("{path}.{key}");
    let name = match m.get("name") {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(err(&at("name"), "must be a string")),
        None => return Err(err(&at("name"), "required")),
    };
    // `{{ step.Output }}` splits at the dot, so Automation names are narrower than Command ones.
    if !is_word(name) || name.len() > 128 {
        return Err(err(&at("name"), format!("\"{name}\" must be 1-128 letters, digits or _")));
    }
    if !names.insert(name.to_string()) {
        return Err(err(&at("name"), format!("duplicate step name \"{name}\"")));
    }
    if let Some(key) = m.keys().find(|k| !STEP_KEYS.contains(&k.as_str())) {
        return Err(fail(&at(key), name, format!("unknown key (allowed: {})", STEP_KEYS.join(", "))));
    }
    let action = match m.get("action") {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(fail(&at("action"), name, "action must be a string")),
        None => return Err(fail(&at("action"), name, "action is required")),
    };
    if let Some((_, service)) = AWS_SERVICE_ACTIONS.iter().find(|(a, _)| *a == action) {
        return Err(fail(
            &at("action"),
            name,
            format!("{action} needs an AWS service ({service}), which ssmctl does not have"),
        ));
    }
    if !RUN_ACTIONS.contains(&action) {
        return Err(err(&at("action"), format!("unknown action \"{action}\" in step \"{name}\"")));
    }
    let inputs = match m.get("inputs") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(i)) => i.clone(),
        Some(_) => return Err(fail(&at("inputs"), name, "inputs must be a mapping")),
    };
    let on_failure = flow(m.get("onFailure"), &at("onFailure"), name, true)?;
    let on_cancel = flow(m.get("onCancel"), &at("onCancel"), name, false)?;
    let boolean = |key: &str| match m.get(key) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(fail(&at(key), name, format!("{key} must be true or false"))),
    };
    let is_end = boolean("isEnd")?.unwrap_or(false);
    let is_critical = boolean("isCritical")?.unwrap_or(on_failure != Flow::Continue);
    let next_step = match m.get("nextStep") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(fail(&at("nextStep"), name, "nextStep must be a step name")),
    };
    let max_attempts = match m.get("maxAttempts") {
        None => 1,
        Some(v) => v
            .as_u64()
            .filter(|n| *n >= 1)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| fail(&at("maxAttempts"), name, "maxAttempts must be a whole number of at least 1"))?,
    };
    let timeout_seconds =
        match m.get("timeoutSeconds") {
            None => None,
            Some(v) => Some(v.as_u64().filter(|n| *n >= 1).ok_or_else(|| {
                fail(&at("timeoutSeconds"), name, "timeoutSeconds must be a whole number of at least 1")
            })?),
        };
    if m.get("description").is_some_and(|v| !v.is_string()) {
        return Err(fail(&at("description"), name, "description must be a string"));
    }
    let outputs = output_decls(m.get("outputs"), &at("outputs"), name)?;

    let inputs_path = at("inputs");
    let mut loop_steps = Vec::new();
    if action == "aws:loop" {
        if in_loop {
            return Err(fail(&at("action"), name, "an aws:loop cannot be inside another aws:loop"));
        }
        if m.contains_key("onCancel") {
            return Err(fail(&at("onCancel"), name, "onCancel is not allowed on an aws:loop step"));
        }
        loop_steps = check_loop(&inputs, &inputs_path, name, names)?;
    } else {
        check_inputs(action, &inputs, &inputs_path, name)?;
    }
    Ok(RunbookStep {
        name: name.to_string(),
        action: action.to_string(),
        inputs,
        on_failure,
        on_cancel,
        is_end,
        next_step,
        is_critical,
        max_attempts,
        timeout_seconds,
        outputs,
        loop_steps,
    })
}

fn flow(v: Option<&Value>, path: &str, step: &str, allow_continue: bool) -> Result<Flow> {
    let allowed = if allow_continue { "Abort, Continue or step:<name>" } else { "Abort or step:<name>" };
    let text = match v {
        None => return Ok(Flow::Abort),
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(fail(path, step, format!("must be {allowed}"))),
    };
    match text {
        "Abort" => Ok(Flow::Abort),
        "Continue" if allow_continue => Ok(Flow::Continue),
        "Continue" => Err(fail(path, step, format!("onCancel cannot be Continue (use {allowed})"))),
        _ => match text.strip_prefix("step:").map(str::trim) {
            Some(target) if !target.is_empty() => Ok(Flow::Step(target.to_string())),
            _ => Err(fail(path, step, format!("\"{text}\" is not {allowed}"))),
        },
    }
}

fn output_decls(v: Option<&Value>, path: &str, step: &str) -> Result<Vec<OutputDecl>> {
    let list = match v {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(fail(path, step, "outputs must be a list of {Name, Selector, Type}")),
    };
    let mut decls: Vec<OutputDecl> = Vec::with_capacity(list.len());
    for (i, raw) in list.iter().enumerate() {
        let here = format!("{path}[{i}]");
        let Value::Object(m) = raw else {
            return Err(fail(&here, step, "each output must be a mapping with Name, Selector and Type"));
        };
        if let Some(key) = m.keys().find(|k| !matches!(k.as_str(), "Name" | "Selector" | "Type")) {
            return Err(fail(&format!("{here}.{key}"), step, "unknown key (allowed: Name, Selector, Type)"));
        }
        let field = |key: &str| match m.get(key) {
            Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
            Some(_) => Err(fail(&format!("{here}.{key}"), step, format!("{key} must be a non-empty string"))),
            None => Err(fail(&format!("{here}.{key}"), step, format!("{key} is required"))),
        };
        let (name, selector, type_) = (field("Name")?, field("Selector")?, field("Type")?);
        if let Err(why) = crate::automation::selector::check(&selector) {
            return Err(fail(
                &format!("{here}.Selector"),
                step,
                format!("\"{selector}\" is not a JSONPath selector such as $.Payload.key: {why}"),
            ));
        }
        if !OUTPUT_TYPES.contains(&type_.as_str()) {
            return Err(fail(
                &format!("{here}.Type"),
                step,
                format!("\"{type_}\" is not an output type ({})", OUTPUT_TYPES.join(", ")),
            ));
        }
        if decls.iter().any(|d| d.name == name) {
            return Err(fail(&format!("{here}.Name"), step, format!("duplicate output \"{name}\"")));
        }
        decls.push(OutputDecl { name, selector, type_ });
    }
    Ok(decls)
}

fn only_keys(inputs: &Map<String, Value>, allowed: &[&str], path: &str, step: &str, action: &str) -> Result<()> {
    match inputs.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(key) => Err(fail(
            &format!("{path}.{key}"),
            step,
            format!("unknown input for {action} (allowed: {})", allowed.join(", ")),
        )),
        None => Ok(()),
    }
}

fn required_string<'a>(inputs: &'a Map<String, Value>, key: &str, path: &str, step: &str) -> Result<&'a str> {
    match inputs.get(key) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s),
        Some(_) => Err(fail(&format!("{path}.{key}"), step, format!("{key} must be a non-empty string"))),
        None => Err(fail(&format!("{path}.{key}"), step, format!("{key} is required"))),
    }
}

/// Action-specific inputs of every action but aws:loop.
fn check_inputs(action: &str, inputs: &Map<String, Value>, path: &str, step: &str) -> Result<()> {
    let at = |key: &str| format!("{path}.{key}");
    match action {
        "aws:branch" => {
            only_keys(inputs, &["Choices", "Default"], path, step, action)?;
            let choices = match inputs.get("Choices") {
                Some(Value::Array(c)) if !c.is_empty() => c,
                None => return Err(fail(&at("Choices"), step, "Choices is required")),
                Some(_) => return Err(fail(&at("Choices"), step, "Choices must be a non-empty list of choices")),
            };
            for (i, choice) in choices.iter().enumerate() {
                let here = format!("{path}.Choices[{i}]");
                let Value::Object(c) = choice else {
                    return Err(fail(&here, step, "each choice must be a mapping with NextStep and a condition"));
                };
                match c.get("NextStep") {
                    Some(Value::String(s)) if !s.is_empty() => {}
                    Some(_) => return Err(fail(&format!("{here}.NextStep"), step, "NextStep must be a step name")),
                    None => return Err(fail(&here, step, "the choice needs a NextStep")),
                }
                condition(c, &here, step, true)?;
            }
            if inputs.get("Default").is_some_and(|v| v.as_str().is_none_or(str::is_empty)) {
                return Err(fail(&at("Default"), step, "Default must be a step name"));
            }
        }
        "aws:sleep" => {
            only_keys(inputs, &["Duration", "Timestamp"], path, step, action)?;
            match (inputs.get("Duration"), inputs.get("Timestamp")) {
                (Some(_), Some(_)) => {
                    return Err(fail(path, step, "aws:sleep takes Duration or Timestamp, not both"));
                }
                (None, None) => {
                    return Err(fail(
                        path,
                        step,
                        "aws:sleep needs Duration (ISO-8601, such as PT10M) or Timestamp (RFC 3339)",
                    ));
                }
                (Some(d), None) if !is_reference(d) => {
                    let text = d.as_str().unwrap_or_default();
                    let Some(duration) = parse_duration(text) else {
                        return Err(fail(
                            &at("Duration"),
                            step,
                            format!("{d} is not an ISO-8601 duration such as PT10M or PT1H30M"),
                        ));
                    };
                    if duration.num_milliseconds() > MAX_SLEEP_SECONDS * 1000 {
                        return Err(fail(
                            &at("Duration"),
                            step,
                            format!("{text} is longer than aws:sleep's maximum of {MAX_SLEEP_SECONDS} seconds"),
                        ));
                    }
                }
                (None, Some(t))
                    if !is_reference(t)
                        && t.as_str().is_none_or(|s| chrono::DateTime::parse_from_rfc3339(s).is_err()) =>
                {
                    return Err(fail(
                        &at("Timestamp"),
                        step,
                        format!("{t} is not an RFC 3339 timestamp such as 2026-01-31T12:00:00Z"),
                    ));
                }
                _ => {}
            }
        }
        "aws:approve" => {
            let count = match inputs.get("Approvers") {
                None => return Err(fail(&at("Approvers"), step, "Approvers is required")),
                Some(v) if is_reference(v) => None,
                Some(Value::Array(list))
                    if (1..=MAX_APPROVERS).contains(&list.len()) && list.iter().all(|a| a.is_string()) =>
                {
                    Some(list.len())
                }
                Some(_) => {
                    return Err(fail(
                        &at("Approvers"),
                        step,
                        format!("Approvers must be a list of 1 to {MAX_APPROVERS} user or role names"),
                    ));
                }
            };
            if let Some(v) = inputs.get("MinRequiredApprovals")
                && !is_reference(v)
            {
                let most = count.unwrap_or(MAX_APPROVERS) as u64;
                if !v.as_u64().is_some_and(|n| (1..=most).contains(&n)) {
                    return Err(fail(
                        &at("MinRequiredApprovals"),
                        step,
                        format!(
                            "MinRequiredApprovals must be a whole number from 1 to {most} (the number of Approvers)"
                        ),
                    ));
                }
            }
            match inputs.get("Message") {
                Some(Value::String(s)) if s.chars().count() > MAX_APPROVE_MESSAGE_CHARS => {
                    return Err(fail(
                        &at("Message"),
                        step,
                        format!("Message is longer than {MAX_APPROVE_MESSAGE_CHARS} characters"),
                    ));
                }
                None | Some(Value::String(_)) => {}
                Some(_) => return Err(fail(&at("Message"), step, "Message must be a string")),
            }
        }
        "aws:pause" => {
            if let Some(key) = inputs.keys().next() {
                return Err(fail(&at(key), step, "aws:pause takes no inputs (use inputs: {})"));
            }
        }
        "aws:runCommand" => {
            required_string(inputs, "DocumentName", path, step)?;
            if !inputs.contains_key("InstanceIds") && !inputs.contains_key("Targets") {
                return Err(fail(path, step, "aws:runCommand needs InstanceIds or Targets"));
            }
        }
        "aws:executeAutomation" => {
            required_string(inputs, "DocumentName", path, step)?;
        }
        "aws:executeScript" => {
            if inputs.contains_key("Attachment") {
                return Err(fail(
                    &at("Attachment"),
                    step,
                    "Attachment is not supported by ssmctl (put the code in Script)",
                ));
            }
            let runtime = required_string(inputs, "Runtime", path, step)?;
            if !RUNTIMES.contains(&runtime) {
                return Err(fail(
                    &at("Runtime"),
                    step,
                    format!("\"{runtime}\" is not a runtime ssmctl runs ({})", RUNTIMES.join(", ")),
                ));
            }
            if runtime.starts_with("python") {
                required_string(inputs, "Handler", path, step)?;
            }
            required_string(inputs, "Script", path, step)?;
        }
        "aws:executeAwsApi" | "aws:waitForAwsResourceProperty" | "aws:assertAwsResourceProperty" => {
            let service = required_string(inputs, "Service", path, step)?;
            let api = required_string(inputs, "Api", path, step)?;
            if !service.eq_ignore_ascii_case("ssm") {
                return Err(fail(
                    &at("Service"),
                    step,
                    format!("{service} {api} calls an AWS service ssmctl does not have (only Service: ssm)"),
                ));
            }
            if !crate::model::model().operations.contains_key(api) {
                return Err(fail(&at("Api"), step, format!("ssm {api} is not an operation ssmctl has")));
            }
            if action != "aws:executeAwsApi" {
                required_string(inputs, "PropertySelector", path, step)?;
                match inputs.get("DesiredValues") {
                    Some(Value::Array(v)) if !v.is_empty() => {}
                    Some(v) if is_reference(v) => {}
                    _ => {
                        return Err(fail(&at("DesiredValues"), step, "DesiredValues must be a non-empty list"));
                    }
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// aws:loop's inputs; returns its steps.
fn check_loop(
    inputs: &Map<String, Value>,
    path: &str,
    step: &str,
    names: &mut HashSet<String>,
) -> Result<Vec<RunbookStep>> {
    let at = |key: &str| format!("{path}.{key}");
    only_keys(
        inputs,
        &["Iterators", "IteratorDataType", "LoopCondition", "MaxIterations", "Steps"],
        path,
        step,
        "aws:loop",
    )?;
    match (inputs.get("Iterators"), inputs.get("LoopCondition")) {
        (Some(_), Some(_)) => return Err(fail(path, step, "aws:loop takes Iterators or LoopCondition, not both")),
        (None, None) => return Err(fail(path, step, "aws:loop needs Iterators or LoopCondition")),
        (Some(v), None) => {
            let ok =
                is_reference(v) || v.as_array().is_some_and(|l| !l.is_empty() && l.len() as u64 <= MAX_LOOP_ITERATIONS);
            if !ok {
                return Err(fail(
                    &at("Iterators"),
                    step,
                    format!("Iterators must be a list of 1 to {MAX_LOOP_ITERATIONS} values or a {{{{ }}}} reference"),
                ));
            }
        }
        (None, Some(Value::Object(c))) => condition(c, &at("LoopCondition"), step, false)?,
        (None, Some(_)) => {
            return Err(fail(&at("LoopCondition"), step, "LoopCondition must be a condition (a mapping)"));
        }
    }
    if let Some(t) = inputs.get("IteratorDataType")
        && !t.as_str().is_some_and(|s| ["Boolean", "Integer", "String", "StringMap"].contains(&s))
    {
        return Err(fail(
            &at("IteratorDataType"),
            step,
            "IteratorDataType must be Boolean, Integer, String or StringMap",
        ));
    }
    if let Some(v) = inputs.get("MaxIterations")
        && !is_reference(v)
        && !v.as_u64().is_some_and(|n| (1..=MAX_LOOP_ITERATIONS).contains(&n))
    {
        return Err(fail(
            &at("MaxIterations"),
            step,
            format!("MaxIterations must be a whole number from 1 to {MAX_LOOP_ITERATIONS}"),
        ));
    }
    match inputs.get("Steps") {
        Some(Value::Array(list)) if !list.is_empty() => parse_list(list, &at("Steps"), true, names),
        None => Err(fail(&at("Steps"), step, "Steps is required")),
        Some(_) => Err(fail(&at("Steps"), step, "Steps must be a non-empty list of steps")),
    }
}

/// A branch condition: Variable with exactly one operator, or And/Or (lists of conditions), or
/// Not (one condition). A branch choice also carries NextStep.
fn condition(m: &Map<String, Value>, path: &str, step: &str, is_choice: bool) -> Result<()> {
    let keys: Vec<&str> = m.keys().map(String::as_str).filter(|k| !(is_choice && *k == "NextStep")).collect();
    let shape = "a condition is Variable with one operator, or And, Or or Not";
    if let Some(logical) = keys.iter().find(|k| matches!(**k, "And" | "Or" | "Not")) {
        if keys.len() > 1 {
            return Err(fail(path, step, format!("{shape}; found {}", keys.join(", "))));
        }
        let here = format!("{path}.{logical}");
        return match (*logical, &m[*logical]) {
            ("Not", Value::Object(inner)) => condition(inner, &here, step, false),
            ("Not", _) => Err(fail(&here, step, "Not must be one condition (a mapping)")),
            (_, Value::Array(list)) if !list.is_empty() => {
                for (i, c) in list.iter().enumerate() {
                    let item = format!("{here}[{i}]");
                    let Value::Object(inner) = c else {
                        return Err(fail(&item, step, "each condition must be a mapping"));
                    };
                    condition(inner, &item, step, false)?;
                }
                Ok(())
            }
            _ => Err(fail(&here, step, format!("{logical} must be a non-empty list of conditions"))),
        };
    }
    match m.get("Variable") {
        Some(Value::String(_)) => {}
        Some(_) => return Err(fail(&format!("{path}.Variable"), step, "Variable must be a string")),
        None => return Err(fail(path, step, shape)),
    }
    let operators: Vec<&str> = keys.into_iter().filter(|k| *k != "Variable").collect();
    let known = |op: &str| STRING_OPERATORS.contains(&op) || NUMERIC_OPERATORS.contains(&op) || op == BOOLEAN_OPERATOR;
    if let Some(op) = operators.iter().find(|op| !known(op)) {
        let all: Vec<&str> =
            STRING_OPERATORS.iter().chain(NUMERIC_OPERATORS).copied().chain([BOOLEAN_OPERATOR]).collect();
        return Err(fail(
            &format!("{path}.{op}"),
            step,
            format!("unknown operator \"{op}\" (allowed: {})", all.join(", ")),
        ));
    }
    let op = match operators.as_slice() {
        [op] => *op,
        [] => return Err(fail(path, step, "Variable needs an operator such as StringEquals")),
        _ => return Err(fail(path, step, format!("one operator per condition; found {}", operators.join(", ")))),
    };
    let value = &m[op];
    let (fits, expected) = if NUMERIC_OPERATORS.contains(&op) {
        (value.is_number(), "a number")
    } else if op == BOOLEAN_OPERATOR {
        (value.is_boolean(), "true or false")
    } else {
        (value.is_string(), "a string")
    };
    if !fits && !is_reference(value) {
        return Err(fail(&format!("{path}.{op}"), step, format!("{op} needs {expected}, found {value}")));
    }
    Ok(())
}

/// The steps a step may go to next, as indexes into its list: in order (unless isEnd or the
/// last; a branch only without Default; a step with nextStep only when its failure continues),
/// nextStep, onFailure/onCancel step:X, branch NextStep/Default.
fn successors(steps: &[RunbookStep], i: usize, pos: &HashMap<&str, usize>) -> Vec<usize> {
    let s = &steps[i];
    let mut targets: Vec<&str> = Vec::new();
    if s.action == "aws:branch" {
        if let Some(Value::Array(choices)) = s.inputs.get("Choices") {
            targets.extend(choices.iter().filter_map(|c| c.get("NextStep")?.as_str()));
        }
        targets.extend(s.inputs.get("Default").and_then(Value::as_str));
    }
    targets.extend(s.next_step.as_deref());
    for f in [&s.on_failure, &s.on_cancel] {
        if let Flow::Step(t) = f {
            targets.push(t);
        }
    }
    let mut out: Vec<usize> = targets.iter().filter_map(|t| pos.get(t).copied()).collect();
    let falls_through = if s.action == "aws:branch" {
        !s.inputs.contains_key("Default")
    } else {
        s.next_step.is_none() || s.on_failure == Flow::Continue
    };
    if falls_through && !s.is_end && i + 1 < steps.len() {
        out.push(i + 1);
    }
    out
}

/// Flow targets exist in the same list (mainSteps, or one loop's Steps) and the list has no
/// cycle; then the same for each loop's steps.
fn check_scope(steps: &[RunbookStep], path: &str) -> Result<()> {
    let pos: HashMap<&str, usize> = steps.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
    let missing = |t: &str| {
        if path == "mainSteps" {
            format!("there is no step \"{t}\" in mainSteps")
        } else {
            format!("there is no step \"{t}\" among this aws:loop's Steps")
        }
    };
    for (i, s) in steps.iter().enumerate() {
        let at = |key: &str| format!("{path}[{i}].{key}");
        let mut targets: Vec<(String, &str)> = Vec::new();
        if let Some(t) = &s.next_step {
            targets.push((at("nextStep"), t));
        }
        if let Flow::Step(t) = &s.on_failure {
            targets.push((at("onFailure"), t));
        }
        if let Flow::Step(t) = &s.on_cancel {
            targets.push((at("onCancel"), t));
        }
        if s.action == "aws:branch" {
            if let Some(Value::Array(choices)) = s.inputs.get("Choices") {
                for (j, c) in choices.iter().enumerate() {
                    if let Some(t) = c.get("NextStep").and_then(Value::as_str) {
                        targets.push((at(&format!("inputs.Choices[{j}].NextStep")), t));
                    }
                }
            }
            if let Some(t) = s.inputs.get("Default").and_then(Value::as_str) {
                targets.push((at("inputs.Default"), t));
            }
        }
        for (where_, t) in targets {
            if !pos.contains_key(t) {
                return Err(fail(&where_, &s.name, missing(t)));
            }
        }
        if let Flow::Step(t) = &s.on_cancel {
            let target = &steps[pos[t.as_str()]];
            if WAITING_ACTIONS.contains(&target.action.as_str()) {
                return Err(fail(
                    &at("onCancel"),
                    &s.name,
                    format!("onCancel cannot go to \"{t}\", an {} step (a cancel workflow cannot wait)", target.action),
                ));
            }
        }
    }
    if let Some(cycle) = find_cycle(steps, &pos) {
        let names: Vec<&str> = cycle.iter().map(|&i| steps[i].name.as_str()).collect();
        return Err(err(path, format!("the runbook loops: {} (use aws:loop to repeat steps)", names.join(" → "))));
    }
    for (i, s) in steps.iter().enumerate() {
        if !s.loop_steps.is_empty() {
            check_scope(&s.loop_steps, &format!("{path}[{i}].inputs.Steps"))?;
        }
    }
    Ok(())
}

/// The first cycle found by a depth-first walk in step order, as the steps along it with the
/// first repeated at the end. Iterative, so a long hostile runbook cannot exhaust the stack.
fn find_cycle(steps: &[RunbookStep], pos: &HashMap<&str, usize>) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let next: Vec<Vec<usize>> = (0..steps.len()).map(|i| successors(steps, i, pos)).collect();
    let mut mark = vec![Mark::New; steps.len()];
    for start in 0..steps.len() {
        if mark[start] != Mark::New {
            continue;
        }
        // (step, index of the next successor to visit)
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        mark[start] = Mark::OnPath;
        while let Some(&mut (node, ref mut edge)) = path.last_mut() {
            match next[node].get(*edge).copied() {
                Some(to) => {
                    *edge += 1;
                    match mark[to] {
                        Mark::New => {
                            mark[to] = Mark::OnPath;
                            path.push((to, 0));
                        }
                        Mark::OnPath => {
                            let from = path.iter().position(|(n, _)| *n == to).unwrap_or(0);
                            let mut cycle: Vec<usize> = path[from..].iter().map(|(n, _)| *n).collect();
                            cycle.push(to);
                            return Some(cycle);
                        }
                        Mark::Done => {}
                    }
                }
                None => {
                    mark[node] = Mark::Done;
                    path.pop();
                }
            }
        }
    }
    None
}

fn index<'a>(steps: &'a [RunbookStep], into: &mut HashMap<&'a str, &'a RunbookStep>) {
    for s in steps {
        into.insert(&s.name, s);
        index(&s.loop_steps, into);
    }
}

/// What `{{ ... }}` may name in a runbook.
struct Refs<'a> {
    params: &'a [ParamDecl],
    variables: HashSet<&'a str>,
    steps: HashMap<&'a str, &'a RunbookStep>,
}

impl Refs<'_> {
    /// Checks the text between one pair of braces; other brace text (a template in a script)
    /// passes untouched, as the engine leaves it.
    fn check(&self, inner: &str) -> std::result::Result<(), String> {
        if inner.starts_with("ssm:") || inner.starts_with("ssm-secure:") {
            return Err(format!(
                "{{{{{inner}}}}} is not allowed in a runbook step; put the Parameter Store reference in a parameter's default"
            ));
        }
        if let Some(name) = inner.strip_prefix("global:") {
            return if GLOBAL_VARIABLES.contains(&name) {
                Ok(())
            } else {
                Err(format!("{{{{{inner}}}}} is not a variable (global: {})", GLOBAL_VARIABLES.join(", ")))
            };
        }
        if let Some(name) = inner.strip_prefix("automation:") {
            return if name == "EXECUTION_ID" {
                Ok(())
            } else {
                Err(format!("{{{{{inner}}}}} is not a variable (automation: EXECUTION_ID)"))
            };
        }
        if let Some(name) = inner.strip_prefix("variable:") {
            return if self.variables.contains(name) {
                Ok(())
            } else {
                Err(format!("{{{{{inner}}}}} names a variable the runbook does not declare"))
            };
        }
        if let Some((step, output)) = inner.split_once('.')
            && is_word(step)
            && output.split('.').all(is_word)
        {
            return self.output(step, output).map_err(|m| format!("{{{{ {inner} }}}}: {m}"));
        }
        if is_word(inner) && !self.params.iter().any(|p| p.name == inner) {
            return Err(format!("{{{{ {inner} }}}} is not a declared parameter"));
        }
        Ok(())
    }

    fn output(&self, step: &str, output: &str) -> std::result::Result<(), String> {
        let Some(s) = self.steps.get(step) else {
            return Err(format!("there is no step \"{step}\" in the runbook"));
        };
        let builtin = builtin_outputs(&s.action);
        if s.outputs.iter().any(|o| o.name == output) || builtin.contains(&output) {
            return Ok(());
        }
        let mut has: Vec<&str> = s.outputs.iter().map(|o| o.name.as_str()).chain(builtin.iter().copied()).collect();
        has.dedup();
        let list = if has.is_empty() { "none".to_string() } else { has.join(", ") };
        Err(format!("step \"{step}\" has no output \"{output}\" (it has: {list})"))
    }
}

/// Every step's inputs (a loop's own Steps are checked as steps) only reference what exists.
fn check_references(steps: &[RunbookStep], path: &str, refs: &Refs) -> Result<()> {
    for (i, s) in steps.iter().enumerate() {
        for (key, value) in &s.inputs {
            if s.action == "aws:loop" && key == "Steps" {
                continue;
            }
            let mut bad = None;
            for_each_string(value, &mut |text| {
                for b in braces(text) {
                    if bad.is_none()
                        && let Err(m) = refs.check(b.inner)
                    {
                        bad = Some(m);
                    }
                }
            });
            if let Some(m) = bad {
                return Err(fail(&format!("{path}[{i}].inputs.{key}"), &s.name, m));
            }
        }
        check_references(&s.loop_steps, &format!("{path}[{i}].inputs.Steps"), refs)?;
    }
    Ok(())
}
