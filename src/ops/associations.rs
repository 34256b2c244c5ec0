//! State Manager's association operations. A change makes a new AssociationVersion (all
//! kept); runs happen in `apply-due` (src/ops/apply_due.rs), on the execution engine.

use super::{Ctx, Empty, encode_token, page_limit};
use crate::document::{self, DocFormat};
use crate::error::{Error, Result};
use crate::exec::plan;
use crate::model::associations::*;
use crate::model::time;
use crate::schedule::{self, Schedule};
use crate::store::associations::{self as rows, AssociationRow};
use crate::store::tags as tag_rows;
use crate::targets::{self, Target};
use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

pub const RESOURCE_TYPE: &str = "Association";

/// Checks a request and turns it into the settings of a version. Everything is checked
/// against the document and the inventory before anything is stored.
pub fn settings_of(ctx: &mut Ctx, req: &AssociationRequest, name: String) -> Result<Settings> {
    // `--association-dispatch-assume-role` only grants AWS permissions: kept and shown.
    let refused = [
        (
            req.output_location.is_some(),
            "--output-location asks for S3 output, which ssmctl does not write; every run's output is kept in \
             the state database (describe-association-execution-targets, then get-command-invocation)",
        ),
        (
            req.target_maps.is_some(),
            "--target-maps is not supported for associations; give --targets with \
             --automation-target-parameter-name, or start-automation-execution --target-maps",
        ),
        (
            req.calendar_names.is_some(),
            "--calendar-names asks for AWS Change Calendar, which ssmctl does not use; a --schedule-expression \
             with --apply-only-at-cron-interval limits when an association runs",
        ),
        (
            req.target_locations.is_some(),
            "--target-locations asks for other AWS accounts and Regions; one ssmctl state file is one fleet",
        ),
        (
            req.duration.is_some(),
            "--duration (a cutoff for runs) is not supported by ssmctl; runs are bounded by the document's \
             executionTimeout",
        ),
        (
            req.alarm_configuration.is_some(),
            "--alarm-configuration asks for CloudWatch alarms, which ssmctl does not use; --max-errors stops a run \
             when too many hosts fail",
        ),
    ];
    if let Some((_, why)) = refused.iter().find(|(given, _)| *given) {
        return Err(Error::usage(why.to_string()));
    }
    let mut targets_list = req.targets.clone();
    if let Some(id) = &req.instance_id {
        if !targets_list.is_empty() {
            return Err(Error::service("InvalidTarget", "Give either --instance-id or --targets, not both."));
        }
        targets_list = vec![Target { key: "InstanceIds".into(), values: vec![id.clone()] }];
    }
    let runbook = ctx.store()?.read(|tx| {
        let (doc, _, _) = super::documents::resolve(tx, &name, req.document_version.as_deref(), None)?;
        Ok(doc.document_type == "Automation")
    })?;
    // A runbook may run once per schedule without targets; with targets, each target's id
    // goes to AutomationTargetParameterName.
    if targets_list.is_empty() && (!runbook || req.automation_target_parameter_name.is_some()) {
        return Err(Error::service("InvalidTarget", "An association needs targets: --targets or --instance-id."));
    }
    if runbook && !targets_list.is_empty() && req.automation_target_parameter_name.is_none() {
        return Err(Error::service(
            "InvalidParameters",
            "An association of an Automation runbook with targets needs --automation-target-parameter-name (the \
             runbook parameter each target's id goes to).",
        ));
    }
    if !runbook && req.automation_target_parameter_name.is_some() {
        return Err(Error::service(
            "InvalidParameters",
            "--automation-target-parameter-name is for Automation runbooks; this is a Command document.",
        ));
    }
    if !targets_list.is_empty() {
        targets::validate(&targets_list)?;
        let inventory = ctx.inventory()?;
        // Unknown instance ids are refused now; tag targets may match hosts added later.
        targets::resolve(&inventory, &[], &targets_list)?;
    }

    let sched = req.schedule_expression.as_deref().map(Schedule::parse).transpose()?;
    schedule::check_offset(sched.as_ref(), req.schedule_offset)?;
    let apply_only = req.apply_only_at_cron_interval.unwrap_or(false);
    if apply_only && !sched.as_ref().is_some_and(|s| s.is_cron()) {
        return Err(Error::service(
            "InvalidSchedule",
            "ApplyOnlyAtCronInterval: needs a cron() ScheduleExpression (not rate() or none).",
        ));
    }
    if req.schedule_offset.is_some() && !apply_only {
        return Err(Error::service("InvalidSchedule", "ScheduleOffset: needs --apply-only-at-cron-interval."));
    }
    if let Some(m) = &req.max_concurrency {
        crate::exec::rate::concurrency(m, 1)?;
    }
    if let Some(m) = &req.max_errors {
        crate::exec::rate::errors(m, 1)?;
    }
    // The document, its version and the parameters, as send-command checks them.
    let store = ctx.store()?;
    let (doc, version, _) =
        store.read(|tx| super::documents::resolve(tx, &name, req.document_version.as_deref(), None))?;
    if doc.document_type != "Command" && doc.document_type != "Automation" {
        return Err(Error::service(
            "InvalidDocument",
            format!("{name} is a {} document; associations run Command and Automation documents.", doc.document_type),
        ));
    }
    let parsed = document::parse(
        &version.content,
        DocFormat::from_model(&version.format).unwrap_or(DocFormat::Json),
        &doc.document_type,
    )?;
    if let Some(p) = &req.automation_target_parameter_name {
        if parsed.parameter(p).is_none() {
            return Err(Error::service(
                "InvalidParameters",
                format!("AutomationTargetParameterName {p} is not a parameter of {name}."),
            ));
        }
        // Each run gives the target parameter its target's id; the rest is checked now.
        let mut rest = parsed.clone();
        rest.parameters.retain(|d| &d.name != p);
        plan::resolve_parameters(&rest, &req.parameters, None)?;
    } else {
        plan::resolve_parameters(&parsed, &req.parameters, None)?;
    }
    // noEcho values given literally are kept sealed, like SecureStrings: never plain in the db.
    let mut parameters = req.parameters.clone();
    for (name, values) in parameters.iter_mut() {
        if parsed.parameters.iter().any(|d| &d.name == name && d.no_echo) {
            for v in values.iter_mut() {
                if !v.starts_with(SEALED) && !crate::document::params::is_parameter_store_reference(v) {
                    *v = seal_value(name, v)?;
                }
            }
        }
    }
    Ok(Settings {
        name,
        document_version: req.document_version.clone(),
        instance_id: req.instance_id.clone(),
        parameters,
        targets: if req.instance_id.is_some() { vec![] } else { targets_list },
        schedule_expression: req.schedule_expression.clone(),
        association_name: req.association_name.clone(),
        max_errors: req.max_errors.clone(),
        max_concurrency: req.max_concurrency.clone(),
        compliance_severity: req.compliance_severity.clone(),
        sync_compliance: req.sync_compliance.clone(),
        apply_only_at_cron_interval: apply_only,
        schedule_offset: req.schedule_offset,
        association_dispatch_assume_role: req.association_dispatch_assume_role.clone(),
        automation_target_parameter_name: req.automation_target_parameter_name.clone(),
    })
}

/// The mark of a sealed noEcho value in stored settings.
const SEALED: &str = "ssmctl-sealed:";

fn seal_value(parameter: &str, value: &str) -> Result<String> {
    let key = crate::secrets::key_for_sealing(crate::secrets::DEFAULT_KEY)?;
    Ok(format!("{SEALED}{}", crate::secrets::seal(&key, &format!("association-parameter:{parameter}"), 0, value)?))
}

/// The parameters of settings as a run needs them: sealed noEcho values opened.
pub fn unsealed_parameters(s: &Settings) -> Result<Parameters> {
    let mut out = s.parameters.clone();
    for (name, values) in out.iter_mut() {
        for v in values.iter_mut() {
            if let Some(sealed) = v.strip_prefix(SEALED) {
                *v = crate::secrets::open(&format!("association-parameter:{name}"), 0, sealed)?;
            }
        }
    }
    Ok(out)
}

/// The targets of settings: `--instance-id` is the one-host form.
pub fn targets_of(s: &Settings) -> Vec<Target> {
    match &s.instance_id {
        Some(id) => vec![Target { key: "InstanceIds".into(), values: vec![id.clone()] }],
        None => s.targets.clone(),
    }
}

fn not_found(id: &str) -> Error {
    Error::service("AssociationDoesNotExist", format!("Association {id} does not exist."))
}

pub fn create(ctx: &mut Ctx, req: AssociationRequest) -> Result<CreateAssociationResult> {
    let name = req.name.clone().ok_or_else(|| Error::usage("the following arguments are required: --name"))?;
    let settings = settings_of(ctx, &req, name)?;
    if req.tags.len() > 50 {
        return Err(Error::service("TooManyTagsError", "An association can have at most 50 tags."));
    }
    let now = time::now();
    let row = AssociationRow {
        association_id: uuid::Uuid::new_v4().to_string(),
        version: 1,
        settings,
        created: now,
        updated: now,
        run_requested: None,
        last_due: None,
        next_due: None,
        seen_inventory: None,
        seen_version: None,
        claim_owner: None,
        claim_expires: None,
        last_execution: None,
        last_success: None,
        status: "Pending".into(),
        detailed_status: "Creating".into(),
    };
    let mut row = row;
    row.next_due = next_due(&row.settings, now);
    // A new association runs at the next apply-due, unless only its cron times may run it.
    if !row.settings.apply_only_at_cron_interval {
        row.run_requested = Some("Created".into());
    }
    let store = ctx.store()?;
    store.write(|tx| {
        rows::insert(tx, &row)?;
        tag_rows::put(tx, RESOURCE_TYPE, &row.association_id, &req.tags)
    })?;
    let d = store.read(|tx| description(tx, &row.association_id, None))?;
    Ok(CreateAssociationResult { association_description: d })
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAssociationResult {
    pub association_description: AssociationDescription,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchRequest {
    pub entries: Vec<serde_json::Value>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchResult {
    pub successful: Vec<AssociationDescription>,
    pub failed: Vec<FailedCreateAssociation>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct FailedCreateAssociation {
    pub entry: serde_json::Value,
    pub message: String,
    pub fault: String,
}

pub fn create_batch(ctx: &mut Ctx, req: BatchRequest) -> Result<BatchResult> {
    let mut out = BatchResult { successful: vec![], failed: vec![] };
    for entry in req.entries {
        let parsed: Result<AssociationRequest> =
            serde_json::from_value(entry.clone()).map_err(|e| Error::usage(format!("entry: {e}")));
        match parsed.and_then(|r| create(ctx, r)) {
            Ok(r) => out.successful.push(r.association_description),
            Err(e) => {
                let message = match &e {
                    Error::Service { code, message } => format!("{code}: {message}"),
                    other => other.render(None),
                };
                let fault = if matches!(e, Error::Internal(_)) { "Server" } else { "Client" };
                out.failed.push(FailedCreateAssociation { entry, message, fault: fault.into() });
            }
        }
    }
    Ok(out)
}

/// Finds the association of a request: by AssociationId, or (the legacy form) by
/// document Name and InstanceId.
fn find(conn: &Connection, id: Option<&str>, name: Option<&str>, instance: Option<&str>) -> Result<AssociationRow> {
    if let Some(id) = id {
        return rows::get(conn, id)?.ok_or_else(|| not_found(id));
    }
    match (name, instance) {
        (Some(n), Some(i)) => {
            // The legacy form names the association made by `--instance-id`; failing that, the
            // one of that document whose targets name that instance id.
            let all = rows::all(conn)?;
            let of_doc = || all.iter().filter(|a| a.settings.name == n);
            of_doc()
                .find(|a| a.settings.instance_id.as_deref() == Some(i))
                .or_else(|| {
                    of_doc().find(|a| {
                        a.settings
                            .targets
                            .iter()
                            .any(|t| targets::is_instance_ids(&t.key) && t.values.iter().any(|v| v == i))
                    })
                })
                .cloned()
                .ok_or_else(|| not_found(&format!("{n} on {i}")))
        }
        _ => Err(Error::service("ValidationException", "Give --association-id, or --name and --instance-id.")),
    }
}

pub fn description(conn: &Connection, id: &str, version: Option<&str>) -> Result<AssociationDescription> {
    let a = rows::get(conn, id)?.ok_or_else(|| not_found(id))?;
    let (ver, settings) = match version {
        None | Some("$LATEST") => (a.version, a.settings.clone()),
        Some(v) => {
            let n: i64 = v.parse().map_err(|_| bad_version(id, v))?;
            let s =
                rows::versions(conn, id)?.into_iter().find(|(x, _, _)| *x == n).ok_or_else(|| bad_version(id, v))?;
            (n, s.2)
        }
    };
    Ok(AssociationDescription {
        name: settings.name.clone(),
        instance_id: settings.instance_id.clone(),
        association_version: ver.to_string(),
        date: Some(a.created),
        last_update_association_date: Some(a.updated),
        overview: overview(conn, &a)?,
        document_version: settings.document_version.clone().unwrap_or_else(|| "$DEFAULT".into()),
        parameters: shown_parameters(conn, &settings),
        association_id: a.association_id.clone(),
        targets: targets_of(&settings),
        schedule_expression: settings.schedule_expression.clone(),
        last_execution_date: a.last_execution,
        last_successful_execution_date: a.last_success,
        association_name: settings.association_name.clone(),
        max_errors: settings.max_errors.clone(),
        max_concurrency: settings.max_concurrency.clone(),
        compliance_severity: settings.compliance_severity.clone().unwrap_or_else(|| "UNSPECIFIED".into()),
        sync_compliance: settings.sync_compliance.clone().unwrap_or_else(|| "AUTO".into()),
        apply_only_at_cron_interval: settings.apply_only_at_cron_interval,
        schedule_offset: settings.schedule_offset,
        association_dispatch_assume_role: settings.association_dispatch_assume_role.clone(),
        automation_target_parameter_name: settings.automation_target_parameter_name.clone(),
    })
}

/// noEcho parameter values are never shown.
fn shown_parameters(conn: &Connection, s: &Settings) -> Parameters {
    let secret: Vec<String> = super::documents::resolve(conn, &s.name, s.document_version.as_deref(), None)
        .ok()
        .and_then(|(_, v, _)| {
            document::parse(&v.content, DocFormat::from_model(&v.format).unwrap_or(DocFormat::Json), "Command").ok()
        })
        .map(|p| p.parameters.iter().filter(|d| d.no_echo).map(|d| d.name.clone()).collect())
        .unwrap_or_default();
    s.parameters
        .iter()
        .map(|(k, v)| (k.clone(), if secret.contains(k) { vec!["****".to_string()] } else { v.clone() }))
        .collect()
}

fn bad_version(id: &str, v: &str) -> Error {
    Error::service("InvalidAssociationVersion", format!("Association {id} has no version {v}."))
}

pub fn overview(conn: &Connection, a: &AssociationRow) -> Result<AssociationOverview> {
    let mut counts: IndexMap<String, i64> = IndexMap::new();
    for h in rows::hosts_of(conn, &a.association_id)? {
        *counts.entry(h.status).or_default() += 1;
    }
    counts.sort_keys();
    Ok(AssociationOverview {
        status: a.status.clone(),
        detailed_status: Some(a.detailed_status.clone()),
        association_status_aggregated_count: counts,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Selector {
    pub association_id: Option<String>,
    pub name: Option<String>,
    pub instance_id: Option<String>,
    pub association_version: Option<String>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAssociationResult {
    pub association_description: AssociationDescription,
}

pub fn describe(ctx: &mut Ctx, req: Selector) -> Result<DescribeAssociationResult> {
    ctx.store()?.read(|tx| {
        let a = find(tx, req.association_id.as_deref(), req.name.as_deref(), req.instance_id.as_deref())?;
        Ok(DescribeAssociationResult {
            association_description: description(tx, &a.association_id, req.association_version.as_deref())?,
        })
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct AssociationFilter {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListRequest {
    #[serde(default)]
    pub association_filter_list: Vec<AssociationFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListResult {
    pub associations: Vec<Association>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

pub fn list(ctx: &mut Ctx, req: ListRequest) -> Result<ListResult> {
    let limit = page_limit(req.max_results, 50) as usize;
    let offset: usize = super::decode_number(req.next_token.as_deref())?;
    let date = |v: &str| -> Result<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(v)
            .map(|d| d.with_timezone(&Utc))
            .map_err(|_| Error::service("InvalidFilterValue", format!("{v} is not a date-time (2026-11-23T13:00:00Z)")))
    };
    ctx.store()?.read(|tx| {
        let mut matching = Vec::new();
        for a in rows::all(tx)? {
            let s = &a.settings;
            let mut ok = true;
            for f in &req.association_filter_list {
                let v = f.value.as_str();
                ok &= match f.key.as_str() {
                    "InstanceId" => {
                        s.instance_id.as_deref() == Some(v)
                            || targets_of(s)
                                .iter()
                                .any(|t| targets::is_instance_ids(&t.key) && t.values.iter().any(|x| x == v))
                    }
                    "Name" => s.name == v,
                    "AssociationId" => a.association_id == v,
                    "AssociationStatusName" => a.status == v,
                    "LastExecutedBefore" => a.last_execution.is_some_and(|d| d < date(v).unwrap_or(d)),
                    "LastExecutedAfter" => a.last_execution.is_some_and(|d| d > date(v).unwrap_or(d)),
                    "AssociationName" => s.association_name.as_deref() == Some(v),
                    "ResourceGroupName" => s
                        .targets
                        .iter()
                        .any(|t| t.key.eq_ignore_ascii_case("resource-groups:Name") && t.values.iter().any(|x| x == v)),
                    k => return Err(Error::service("InvalidFilterKey", format!("Filter key {k} is not valid."))),
                };
                if f.key.starts_with("LastExecuted") {
                    date(v)?;
                }
            }
            if ok {
                matching.push(a);
            }
        }
        let total = matching.len();
        let mut out = Vec::new();
        for a in matching.into_iter().skip(offset).take(limit) {
            out.push(Association {
                name: a.settings.name.clone(),
                instance_id: a.settings.instance_id.clone(),
                association_id: a.association_id.clone(),
                association_version: a.version.to_string(),
                document_version: a.settings.document_version.clone().unwrap_or_else(|| "$DEFAULT".into()),
                targets: targets_of(&a.settings),
                last_execution_date: a.last_execution,
                overview: overview(tx, &a)?,
                schedule_expression: a.settings.schedule_expression.clone(),
                association_name: a.settings.association_name.clone(),
                schedule_offset: a.settings.schedule_offset,
            });
        }
        let next_token = (offset + limit < total).then(|| encode_token(&(offset + limit).to_string()));
        Ok(ListResult { associations: out, next_token })
    })
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateResult {
    pub association_description: AssociationDescription,
}

/// Replace semantics, as AWS: the new version holds what the request gives; the document
/// and the targets stay when not given, everything else is reset.
pub fn update(ctx: &mut Ctx, req: AssociationRequest) -> Result<UpdateResult> {
    let id = req
        .association_id
        .clone()
        .ok_or_else(|| Error::usage("the following arguments are required: --association-id"))?;
    let current = ctx.store()?.read(|tx| rows::get(tx, &id)?.ok_or_else(|| not_found(&id)))?;
    check_expected_version(&current, req.association_version.as_deref())?;
    let mut r = req.clone();
    if r.targets.is_empty() && r.instance_id.is_none() {
        r.targets = current.settings.targets.clone();
        r.instance_id = current.settings.instance_id.clone();
    }
    let name = r.name.clone().unwrap_or_else(|| current.settings.name.clone());
    let settings = settings_of(ctx, &r, name)?;
    let v = apply_new_version(ctx, &id, req.association_version.as_deref(), settings)?;
    let d = ctx.store()?.read(|tx| description(tx, &id, Some(&v.to_string())))?;
    Ok(UpdateResult { association_description: d })
}

fn check_expected_version(a: &AssociationRow, expected: Option<&str>) -> Result<()> {
    match expected {
        None | Some("$LATEST") => Ok(()),
        Some(v) if v == a.version.to_string() => Ok(()),
        Some(v) => Err(Error::service(
            "InvalidAssociationVersion",
            format!(
                "AssociationVersion {v} is not the latest version ({}); describe the association and retry.",
                a.version
            ),
        )),
    }
}

/// Stores settings as the next version, checking again under the write lock that nobody
/// changed the association meanwhile (AssociationVersion is the optimistic check).
pub fn apply_new_version(ctx: &mut Ctx, id: &str, expected: Option<&str>, settings: Settings) -> Result<i64> {
    let now = time::now();
    ctx.store()?.write(|tx| {
        let a = rows::get(tx, id)?.ok_or_else(|| not_found(id))?;
        check_expected_version(&a, expected)?;
        let v = a.version + 1;
        let request = (!settings.apply_only_at_cron_interval).then_some("Updated");
        rows::update_settings(tx, id, v, &now, &settings, request, next_due(&settings, now).as_ref())?;
        Ok(v)
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRequest {
    pub association_id: Option<String>,
    pub name: Option<String>,
    pub instance_id: Option<String>,
}

pub fn delete(ctx: &mut Ctx, req: DeleteRequest) -> Result<Empty> {
    ctx.store()?.write(|tx| {
        let a = find(tx, req.association_id.as_deref(), req.name.as_deref(), req.instance_id.as_deref())?;
        rows::delete(tx, &a.association_id)?;
        tag_rows::remove_all(tx, RESOURCE_TYPE, &a.association_id)?;
        crate::store::compliance::remove_association(tx, &a.association_id)?;
        Ok(Empty {})
    })
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListVersionsResult {
    pub association_versions: Vec<AssociationVersionInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

pub fn list_versions(ctx: &mut Ctx, req: Selector) -> Result<ListVersionsResult> {
    let id = req.association_id.clone().unwrap_or_default();
    let limit = page_limit(req.max_results, 50) as usize;
    let offset: usize = super::decode_number(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        rows::get(tx, &id)?.ok_or_else(|| not_found(&id))?;
        let all = rows::versions(tx, &id)?;
        let total = all.len();
        let page = all
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|(v, at, s)| AssociationVersionInfo {
                association_id: id.clone(),
                association_version: v.to_string(),
                created_date: Some(at),
                name: s.name.clone(),
                document_version: s.document_version.clone(),
                parameters: shown_parameters(tx, &s),
                targets: targets_of(&s),
                schedule_expression: s.schedule_expression.clone(),
                association_name: s.association_name.clone(),
                max_errors: s.max_errors.clone(),
                max_concurrency: s.max_concurrency.clone(),
                compliance_severity: s.compliance_severity.clone(),
                sync_compliance: s.sync_compliance.clone(),
                apply_only_at_cron_interval: s.apply_only_at_cron_interval,
                schedule_offset: s.schedule_offset,
            })
            .collect();
        let next_token = (offset + limit < total).then(|| encode_token(&(offset + limit).to_string()));
        Ok(ListVersionsResult { association_versions: page, next_token })
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartOnceRequest {
    pub association_ids: Vec<String>,
}

/// Runs the named associations now, on all their targets, in this process.
pub fn start_once(ctx: &mut Ctx, req: StartOnceRequest) -> Result<Empty> {
    ctx.store()?.write(|tx| {
        for id in &req.association_ids {
            rows::get(tx, id)?
                .ok_or_else(|| Error::service("InvalidAssociation", format!("Association {id} does not exist.")))?;
        }
        for id in &req.association_ids {
            rows::request_run(tx, id, "Requested")?;
        }
        Ok(())
    })?;
    let opts = super::apply_due::Options { only: Some(req.association_ids.clone()), ..Default::default() };
    let summary = super::apply_due::run(ctx, &opts)?;
    if summary.failed > 0 && ctx.exit_code.is_none() {
        ctx.finish_with(254, summary.failure_line("start-associations-once"));
    }
    Ok(Empty {})
}

/// The first schedule time after `from` (a version's start): apply-due's filter column.
fn next_due(s: &Settings, from: DateTime<Utc>) -> Option<DateTime<Utc>> {
    schedule_of(s).and_then(|sc| sc.next_after(from, from, s.schedule_offset.unwrap_or(0).max(0) as u32))
}

pub fn schedule_of(s: &Settings) -> Option<Schedule> {
    s.schedule_expression.as_deref().and_then(|e| Schedule::parse(e).ok())
}

/// ssmctl's `diff-association-versions`: the settings of two versions as JSON lines,
/// changed lines marked `-` (from) and `+` (to).
pub fn diff_versions(ctx: &mut Ctx, id: &str, from: &str, to: Option<&str>) -> Result<String> {
    let versions = ctx.store()?.read(|tx| {
        rows::get(tx, id)?.ok_or_else(|| not_found(id))?;
        rows::versions(tx, id)
    })?;
    let pick = |v: &str| -> Result<(i64, Settings)> {
        let n: i64 = v.parse().map_err(|_| bad_version(id, v))?;
        versions.iter().find(|(x, _, _)| *x == n).map(|(x, _, s)| (*x, s.clone())).ok_or_else(|| bad_version(id, v))
    };
    let (a_n, a) = pick(from)?;
    let (b_n, b) = match to {
        Some(v) => pick(v)?,
        None => versions.last().map(|(x, _, s)| (*x, s.clone())).ok_or_else(|| not_found(id))?,
    };
    let lines = |s: &Settings| -> Vec<String> {
        serde_json::to_string_pretty(s).unwrap_or_default().lines().map(str::to_string).collect()
    };
    let (x, y) = (lines(&a), lines(&b));
    let mut out = format!("--- association {id} version {a_n}\n+++ association {id} version {b_n}\n");
    for d in diff_lines(&x, &y) {
        out.push_str(&d);
        out.push('\n');
    }
    Ok(out)
}

/// A line diff by longest common subsequence (settings are a few dozen lines).
fn diff_lines(a: &[String], b: &[String]) -> Vec<String> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push(format!("  {}", a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j]) {
            out.push(format!("+ {}", b[j]));
            j += 1;
        } else {
            out.push(format!("- {}", a[i]));
            i += 1;
        }
    }
    out
}

/// ssmctl's `rollback-association`: a new version whose settings equal an old version's.
pub fn rollback(ctx: &mut Ctx, id: &str, version: &str) -> Result<UpdateResult> {
    let n: i64 = version.parse().map_err(|_| bad_version(id, version))?;
    let old = ctx.store()?.read(|tx| {
        rows::get(tx, id)?.ok_or_else(|| not_found(id))?;
        rows::versions(tx, id)?
            .into_iter()
            .find(|(x, _, _)| *x == n)
            .map(|(_, _, s)| s)
            .ok_or_else(|| bad_version(id, version))
    })?;
    let v = apply_new_version(ctx, id, None, old)?;
    let d = ctx.store()?.read(|tx| description(tx, id, Some(&v.to_string())))?;
    Ok(UpdateResult { association_description: d })
}
