//! A new execution: the runbook as of now, its parameters checked and typed, rate control
//! resolved into target values, the row and one Pending record per step written. Nothing
//! runs here; [`super::engine::advance`] runs it.

use super::state::ExecState;
use crate::document::runbook::{Runbook, parse_runbook};
use crate::document::{self, DocFormat, ParsedDocument};
use crate::error::{Error, Result};
use crate::exec::plan;
use crate::inventory::Inventory;
use crate::model::automation::{ResolvedTargets, StartAutomationExecutionRequest, StepExecution};
use crate::model::time;
use crate::store::automation::{self as rows, ExecutionRow, StepRow};
use rusqlite::Connection;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

pub const INVALID_PARAMETERS: &str = "InvalidAutomationExecutionParametersException";

fn invalid(msg: impl Into<String>) -> Error {
    Error::service(INVALID_PARAMETERS, msg)
}

/// How many executions may be unfinished at once (`SSMCTL_AUTOMATION_LIMIT`, default
/// 100,000; AWS's is 100 running per account, with a queue).
fn limit() -> i64 {
    std::env::var("SSMCTL_AUTOMATION_LIMIT").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000)
}

/// The runbook an execution runs: the stored (or built-in) document, as of now.
pub struct Loaded {
    pub name: String,
    pub version: String,
    pub parsed: ParsedDocument,
    pub runbook: Runbook,
}

pub fn load(conn: &Connection, name: &str, version: Option<&str>) -> Result<Loaded> {
    let resolved = crate::ops::documents::resolve(conn, name, version, None);
    let (doc, v, _) = match resolved {
        Ok(r) => r,
        Err(Error::Service { code, message }) if code == "InvalidDocument" => {
            return Err(Error::service("AutomationDefinitionNotFoundException", message));
        }
        Err(Error::Service { code, message }) if code == "InvalidDocumentVersion" => {
            return Err(Error::service("AutomationDefinitionVersionNotFoundException", message));
        }
        Err(e) => return Err(e),
    };
    if doc.document_type != "Automation" {
        return Err(Error::service(
            "AutomationDefinitionNotFoundException",
            format!("{} is a {} document, not an Automation runbook.", doc.name, doc.document_type),
        ));
    }
    let parsed =
        document::parse(&v.content, DocFormat::from_model(&v.format).unwrap_or(DocFormat::Json), &doc.document_type)?;
    let runbook = parse_runbook(&parsed.body, &parsed.parameters)?;
    Ok(Loaded { name: doc.name, version: v.version.to_string(), parsed, runbook })
}

/// The parameters typed by their declarations, defaults applied, `{{ssm:}}` defaults read.
pub fn typed_parameters(
    conn: &Connection,
    parsed: &ParsedDocument,
    given: &crate::model::commands::Parameters,
) -> Result<Map<String, Value>> {
    let resolve = |text: &str| crate::ops::parameters::resolve_references(conn, text).map(|(v, _)| v);
    let resolved = plan::resolve_parameters(parsed, given, Some(&resolve)).map_err(|e| match e {
        Error::Service { code, message } if code == "InvalidParameters" => invalid(message),
        other => other,
    })?;
    Ok(resolved.values.into_iter().map(|(k, (v, _))| (k, v)).collect())
}

/// The OS user running ssmctl: who starts executions and who signals them.
pub fn whoami() -> String {
    let uid = unsafe { libc::geteuid() };
    let pw = unsafe { libc::getpwuid(uid) };
    if !pw.is_null() {
        let name = unsafe { std::ffi::CStr::from_ptr((*pw).pw_name) };
        if let Ok(n) = name.to_str() {
            return n.to_string();
        }
    }
    std::env::var("USER").unwrap_or_else(|_| format!("uid-{uid}"))
}

/// The target values of rate control: explicit values, inventory hosts by tag, or the
/// hosts of inventory groups.
fn resolve_targets(req: &StartAutomationExecutionRequest, inv: &Inventory) -> Result<Vec<String>> {
    if req.targets.len() > 1 {
        return Err(Error::service(
            "InvalidTarget",
            "Targets takes one target (ParameterValues, tag:<key> or ResourceGroup).",
        ));
    }
    let Some(t) = req.targets.first() else { return Ok(vec![]) };
    let values: Vec<String> = if t.key == "ParameterValues" {
        t.values.clone()
    } else if let Some(tag) = t.key.strip_prefix("tag:") {
        inv.hosts
            .iter()
            .filter(|h| h.tags.get(tag).is_some_and(|v| t.values.iter().any(|w| w == "*" || w == v)))
            .map(|h| h.id.clone())
            .collect()
    } else if t.key == "ResourceGroup" {
        inv.hosts.iter().filter(|h| h.groups.iter().any(|g| t.values.contains(g))).map(|h| h.id.clone()).collect()
    } else {
        return Err(Error::service(
            "InvalidTarget",
            format!("Target key {} is not supported; use ParameterValues, tag:<key> or ResourceGroup.", t.key),
        ));
    };
    if values.is_empty() {
        return Err(Error::service(
            "InvalidTarget",
            format!("Target {}={} matches nothing.", t.key, t.values.join(",")),
        ));
    }
    Ok(values)
}

fn request_hash(req: &StartAutomationExecutionRequest) -> String {
    let mut r = req.clone();
    r.client_token = None;
    hex::encode(Sha256::digest(serde_json::to_string(&r).unwrap_or_default().as_bytes()))
}

/// Checks `req` and writes the execution; returns its id. An existing ClientToken with the
/// same request returns the execution it started.
pub fn create(
    conn: &Connection,
    inv: &Inventory,
    req: &StartAutomationExecutionRequest,
    parent: Option<&str>,
    association_id: Option<&str>,
) -> Result<String> {
    for (member, set) in [
        ("TargetLocations", req.target_locations.is_some()),
        ("TargetLocationsURL", req.target_locations_url.is_some()),
        ("AlarmConfiguration", req.alarm_configuration.is_some()),
    ] {
        if set {
            return Err(invalid(format!("{member} needs AWS accounts, Regions or CloudWatch; ssmctl has none.")));
        }
    }
    let hash = request_hash(req);
    if let Some(token) = &req.client_token
        && let Some(existing) = rows::by_token(conn, token)?
    {
        if existing.request_hash.as_deref() == Some(hash.as_str()) {
            return Ok(existing.execution_id);
        }
        return Err(Error::service(
            "IdempotentParameterMismatch",
            format!("ClientToken {token} was used with a different request (execution {}).", existing.execution_id),
        ));
    }
    let unfinished: i64 =
        conn.query_row("SELECT count(*) FROM automation_executions WHERE ended IS NULL", [], |r| r.get(0))?;
    if unfinished >= limit() {
        return Err(Error::service(
            "AutomationExecutionLimitExceededException",
            format!("{unfinished} executions are unfinished, the limit (SSMCTL_AUTOMATION_LIMIT) is {}.", limit()),
        ));
    }
    let loaded = load(conn, &req.document_name, req.document_version.as_deref())?;
    // A parent's parameters are checked as its first child receives them: the target
    // parameter (or the TargetMaps keys) comes from the targets, not from Parameters.
    let target_name = req.target_parameter_name.as_ref().filter(|n| loaded.parsed.parameter(n).is_some());
    let target_values = match target_name {
        Some(_) if !req.targets.is_empty() && req.target_maps.is_empty() => Some(resolve_targets(req, inv)?),
        _ => None,
    };
    let mut given = req.parameters.clone();
    if let Some(first) = req.target_maps.first() {
        given.extend(first.iter().map(|(k, v)| (k.clone(), v.clone())));
    } else if let (Some(name), Some(values)) = (target_name, &target_values) {
        given.insert(name.clone(), vec![values.first().cloned().unwrap_or_default()]);
    }
    let mut values = typed_parameters(conn, &loaded.parsed, &given)?;
    // The parent keeps only what was given; each child gets its own target value.
    for k in given.keys().filter(|k| !req.parameters.contains_key(*k)) {
        values.remove(k);
    }
    let mut state = ExecState {
        mode: req.mode.clone().unwrap_or_else(|| "Auto".into()),
        parameters: shown(&loaded.parsed, &values),
        values,
        next: loaded.runbook.steps.first().map(|s| s.name.clone()),
        ..Default::default()
    };
    state.held = state.mode == "Interactive";
    if !req.targets.is_empty() || !req.target_maps.is_empty() {
        if !req.targets.is_empty() && !req.target_maps.is_empty() {
            return Err(invalid("Give Targets or TargetMaps, not both."));
        }
        let values = if req.target_maps.is_empty() {
            let name = req
                .target_parameter_name
                .clone()
                .ok_or_else(|| invalid("TargetParameterName is required with Targets."))?;
            if loaded.parsed.parameter(&name).is_none() {
                return Err(invalid(format!("TargetParameterName {name} is not a parameter of {}.", loaded.name)));
            }
            target_values.unwrap_or_default()
        } else {
            for m in &req.target_maps {
                if let Some(k) = m.keys().find(|k| loaded.parsed.parameter(k).is_none()) {
                    return Err(invalid(format!("TargetMaps names {k}, which is not a parameter of {}.", loaded.name)));
                }
            }
            req.target_maps.iter().map(|m| serde_json::to_string(m).unwrap_or_default()).collect()
        };
        let n = values.len();
        let mc = req.max_concurrency.clone().unwrap_or_else(|| "10".into());
        let me = req.max_errors.clone().unwrap_or_else(|| "0".into());
        crate::exec::rate::concurrency(&mc, n)?;
        crate::exec::rate::errors(&me, n)?;
        state.target_parameter_name = Some(req.target_parameter_name.clone().unwrap_or_default());
        state.targets = req.targets.clone();
        state.target_maps = req.target_maps.clone();
        state.resolved_targets = Some(ResolvedTargets { parameter_values: values, truncated: false });
        state.max_concurrency = Some(mc);
        state.max_errors = Some(me);
        state.next = None;
        state.held = false;
    }
    let id = uuid::Uuid::new_v4().to_string();
    let now = time::now();
    let row = ExecutionRow {
        execution_id: id.clone(),
        document_name: loaded.name.clone(),
        document_version: loaded.version.clone(),
        runbook: serde_json::to_string(&loaded.parsed.body)?,
        status: "Pending".into(),
        state,
        started: now,
        ended: None,
        executed_by: whoami(),
        parent_id: parent.map(String::from),
        association_id: association_id.map(String::from),
        // Due at once: if the process that starts it dies first, a tick runs it.
        wake_at: Some(now),
        client_token: req.client_token.clone(),
        request_hash: Some(hash),
    };
    rows::insert(conn, &row)?;
    if !row.state.is_parent() {
        pending_steps(conn, &id, &loaded.runbook)?;
    }
    crate::ops::tags::check_new(&req.tags)?;
    crate::store::tags::put(conn, crate::ops::automation::RESOURCE_TYPE, &id, &req.tags)?;
    Ok(id)
}

/// The parameters as the execution shows them: every value the run uses, defaults included
/// (as AWS shows them), noEcho ones masked.
fn shown(parsed: &ParsedDocument, values: &Map<String, Value>) -> crate::model::commands::Parameters {
    values
        .iter()
        .map(|(k, v)| {
            let secret = parsed.parameter(k).is_some_and(|d| d.no_echo);
            let list = match v {
                _ if secret => vec!["****".to_string()],
                Value::Array(a) => a.iter().map(super::engine::text).collect(),
                other => vec![super::engine::text(other)],
            };
            (k.clone(), list)
        })
        .collect()
}

/// Space between main steps' sequence numbers, for the records of aws:loop iterations.
pub const STEP_SEQ: i64 = 100_000;

/// One Pending record per main step, in runbook order: a step never reached stays so.
pub fn pending_steps(conn: &Connection, id: &str, runbook: &Runbook) -> Result<()> {
    for (i, s) in runbook.steps.iter().enumerate() {
        rows::put_step(
            conn,
            &StepRow {
                step_execution_id: uuid::Uuid::new_v4().to_string(),
                execution_id: id.to_string(),
                seq: i as i64 * STEP_SEQ,
                record: pending_record(s),
                private: Value::Null,
            },
        )?;
    }
    Ok(())
}

pub fn pending_record(s: &crate::document::runbook::RunbookStep) -> StepExecution {
    use crate::document::runbook::Flow;
    StepExecution {
        step_name: s.name.clone(),
        action: s.action.clone(),
        timeout_seconds: s.timeout_seconds.map(|t| t as i64),
        on_failure: match &s.on_failure {
            Flow::Abort => "Abort".into(),
            Flow::Continue => "Continue".into(),
            Flow::Step(x) => format!("step:{x}"),
        },
        max_attempts: s.max_attempts as i64,
        step_status: "Pending".into(),
        is_end: s.is_end,
        next_step: s.next_step.clone(),
        is_critical: s.is_critical,
        ..Default::default()
    }
}
