//! `apply-due` (SPEC §11): what cron calls every minute. Runs every association that is due
//! now — once per association however many intervals were missed — plus new targets, on
//! the execution engine. Overlapping processes are safe: an association is claimed in a
//! write transaction that re-checks it, and the claim is released when its run ends; no
//! transaction is held while hosts work.

use super::Ctx;
use super::associations::{schedule_of, targets_of};
use crate::document::{self, DocFormat};
use crate::error::{Error, Result};
use crate::exec::{self, plan, rate, transport};
use crate::inventory::{Host, Inventory};
use crate::model::time;
use crate::store::associations::{self as rows, AssociationRow, ExecutionRow, HostRow};
use crate::store::commands::{self as command_rows, CommandRow};
use crate::store::leases;
use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use rusqlite::Connection;
use serde::Serialize;
use sha2::{Digest, Sha256};

#[derive(Debug, Default, Clone)]
pub struct Options {
    /// Evaluate schedules at this time instead of now (what-if, tests).
    pub at: Option<DateTime<Utc>>,
    /// Say what would run, and why; change nothing.
    pub dry_run: bool,
    /// Only these associations (start-associations-once).
    pub only: Option<Vec<String>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Run {
    pub association_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub association_name: Option<String>,
    pub association_version: String,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_time: Option<String>,
    pub targets: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automation_execution_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_count_by_status: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Summary {
    pub evaluated_at: String,
    pub dry_run: bool,
    pub associations: usize,
    pub runs: Vec<Run>,
    /// Targets by final status over every run.
    pub counts: IndexMap<String, i64>,
    pub interrupted_runs_settled: usize,
    pub pruned_executions: usize,
    #[serde(skip)]
    pub failed: usize,
}

impl Summary {
    /// The one stderr line of a tick some of whose runs did not succeed.
    pub fn failure_line(&self, command: &str) -> String {
        let bad: Vec<String> = self
            .runs
            .iter()
            .filter_map(|r| match r.status.as_deref() {
                Some("Success" | "Deleted") | None => None,
                Some(s) => Some(format!("{} {s}", r.association_name.as_deref().unwrap_or(&r.association_id))),
            })
            .collect();
        format!(
            "ssmctl: {command}: {} of {} runs did not succeed: {}",
            bad.len(),
            self.runs.len(),
            super::named_list(&bad, 10)
        )
    }
}

/// How long history is kept (`SSMCTL_HISTORY_DAYS`, default 30).
pub fn history_days() -> i64 {
    std::env::var("SSMCTL_HISTORY_DAYS").ok().and_then(|v| v.parse().ok()).unwrap_or(30)
}

/// A decision about one association at one evaluation.
struct Due {
    reason: String,
    due: Option<DateTime<Utc>>,
    hosts: Vec<Host>,
}

pub fn run(ctx: &mut Ctx, opts: &Options) -> Result<Summary> {
    let now = opts.at.unwrap_or_else(time::now);
    let inventory = ctx.inventory()?;
    let inv_fp = inventory_fingerprint(&inventory);
    let me = std::process::id() as i64;
    let mut summary = Summary {
        evaluated_at: time::to_cli(&now),
        dry_run: opts.dry_run,
        associations: 0,
        runs: vec![],
        counts: IndexMap::new(),
        interrupted_runs_settled: 0,
        pruned_executions: 0,
        failed: 0,
    };
    if !opts.dry_run {
        let store = ctx.store()?;
        summary.interrupted_runs_settled = store.write(|tx| settle_interrupted(tx))?;
        let cut = time::now() - chrono::Duration::days(history_days());
        summary.pruned_executions = store.write(|tx| rows::prune(tx, &cut))?;
        // Inventory captures of the same age go too, each host's latest of a type kept.
        store.write(|tx| crate::store::inventory::prune(tx, &cut))?;
        // Expired parameters (reads already leave them out), by the wall clock reads use.
        store.write(|tx| super::parameters::delete_expired(tx))?;
    }
    let all = ctx.store()?.read(|tx| {
        let n: i64 = tx.query_row("SELECT count(*) FROM associations", [], |r| r.get(0))?;
        Ok((n, rows::candidates(tx, &now, &inv_fp)?))
    })?;
    summary.associations = all.0 as usize;
    for a in all.1 {
        if opts.only.as_ref().is_some_and(|o| !o.contains(&a.association_id)) {
            continue;
        }
        let Some(due) = ctx.store()?.read(|tx| decide(tx, &a, now, &inventory, &inv_fp))? else { continue };
        if due.hosts.is_empty() && due.reason == "NewTargets" {
            if !opts.dry_run {
                ctx.store()?.write(|tx| rows::set_seen(tx, &a.association_id, &inv_fp, a.version))?;
            }
            continue;
        }
        let mut report = Run {
            association_id: a.association_id.clone(),
            association_name: a.settings.association_name.clone(),
            association_version: a.version.to_string(),
            reason: due.reason.clone(),
            due_time: due.due.as_ref().map(time::to_cli),
            targets: due.hosts.iter().map(|h| h.id.clone()).collect(),
            execution_id: None,
            command_id: None,
            automation_execution_id: None,
            status: None,
            resource_count_by_status: None,
        };
        if opts.dry_run {
            summary.runs.push(report);
            continue;
        }
        if is_runbook(ctx, &a)? {
            let Some((execution_id, automation_id, status)) = run_runbook(ctx, &a, &due, me, now, &inv_fp)? else {
                continue;
            };
            report.execution_id = Some(execution_id);
            report.automation_execution_id = Some(automation_id);
            if !matches!(status.as_str(), "Success" | "InProgress") {
                summary.failed += 1;
            }
            report.status = Some(status);
            summary.runs.push(report);
            continue;
        }
        // The claim: re-read under the write lock; another process may have taken it.
        let prepared = prepare(ctx, &a, &due, me, now, &inv_fp)?;
        let Some((exec_row, job)) = prepared else { continue };
        report.execution_id = Some(exec_row.execution_id.clone());
        report.command_id = exec_row.command_id.clone();
        let store = ctx.store()?;
        let outcome = match job {
            Some(job) => {
                let inventory_steps = crate::software_inventory::store::steps_of(&job.steps);
                let patch_steps = crate::patch::results::steps_of(&job.steps);
                store.read(|tx| crate::patch::prepare(tx, &job.command_id, &job.hosts, &job.steps))?;
                let run = exec::run(store, job);
                if let (Ok(_), Some(cid)) = (&run, &exec_row.command_id) {
                    crate::software_inventory::store::store_results(store, cid, &inventory_steps)?;
                    crate::patch::results::store_results(store, cid, &patch_steps)?;
                }
                run.map(|s| s.interrupted)
            }
            None => Ok(false),
        };
        let (status, counts) = store.write(|tx| finish(tx, &a, &exec_row))?;
        for (k, v) in &counts {
            *summary.counts.entry(k.clone()).or_default() += v;
        }
        if status != "Success" && status != "Deleted" {
            summary.failed += 1;
        }
        report.status = Some(status);
        report.resource_count_by_status = Some(count_text(&counts));
        summary.runs.push(report);
        if outcome? {
            ctx.finish_with(130, "ssmctl: interrupted; runs not finished are settled by the next apply-due".into());
            break;
        }
    }
    Ok(summary)
}

/// Whether `a` must run now, on which hosts, and why. Cheap when nothing changed: the
/// targets are resolved only when the inventory or the association changed since the
/// last look.
fn decide(
    conn: &Connection,
    a: &AssociationRow,
    now: DateTime<Utc>,
    inv: &Inventory,
    inv_fp: &str,
) -> Result<Option<Due>> {
    if claimed_by_live(conn, a)? {
        return Ok(None);
    }
    let resolve = || -> Vec<Host> {
        crate::targets::resolve(inv, &[], &targets_of(&a.settings))
            .map(|v| v.into_iter().cloned().collect())
            .unwrap_or_default()
    };
    if let Some(why) = &a.run_requested {
        return Ok(Some(Due { reason: why.clone(), due: None, hosts: resolve() }));
    }
    if let Some(s) = schedule_of(&a.settings) {
        let since = a.last_due.unwrap_or(a.updated);
        let offset = a.settings.schedule_offset.unwrap_or(0).max(0) as u32;
        if let Some(due) = s.latest_due(since, now, a.updated, offset) {
            return Ok(Some(Due { reason: "Scheduled".into(), due: Some(due), hosts: resolve() }));
        }
    }
    // With ApplyOnlyAtCronInterval every run waits for a cron time, new hosts included.
    let seen = a.seen_inventory.as_deref() == Some(inv_fp) && a.seen_version == Some(a.version);
    if seen || a.settings.apply_only_at_cron_interval {
        return Ok(None);
    }
    // Hosts that never ran the current version get it now: AWS's "new instances are
    // associated automatically".
    let done: Vec<HostRow> = rows::hosts_of(conn, &a.association_id)?;
    let hosts: Vec<Host> = resolve()
        .into_iter()
        .filter(|h| done.iter().find(|d| d.instance_id == h.id).is_none_or(|d| d.version != a.version))
        .collect();
    Ok(Some(Due { reason: "NewTargets".into(), due: None, hosts }))
}

/// The lease that makes one process at a time run an association (SPEC §16).
const LEASE: &str = "association";

fn claimed_by_live(conn: &Connection, a: &AssociationRow) -> Result<bool> {
    Ok(leases::holder(conn, LEASE, &a.association_id)?.is_some())
}

/// Claims the association and commits the run's plan (execution + command), or returns
/// None when another process got there first.
fn prepare(
    ctx: &mut Ctx,
    a: &AssociationRow,
    due: &Due,
    me: i64,
    evaluated: DateTime<Utc>,
    inv_fp: &str,
) -> Result<Option<(ExecutionRow, Option<exec::Job>)>> {
    let s = &a.settings;
    let store = ctx.store()?;
    // Plan outside the lock: the document and parameters as of now.
    let planned: Result<(String, Vec<plan::StepPlan>, String)> = store.read(|tx| {
        let (doc, v, _) = super::documents::resolve(tx, &s.name, s.document_version.as_deref(), None)?;
        let parsed = document::parse(
            &v.content,
            DocFormat::from_model(&v.format).unwrap_or(DocFormat::Json),
            &doc.document_type,
        )?;
        let resolve = |text: &str| super::parameters::resolve_references(tx, text).map(|(v, _)| v);
        let given = super::associations::unsealed_parameters(s)?;
        let resolved = plan::resolve_parameters(&parsed, &given, Some(&resolve))?;
        let load = |name: &str| super::commands::load_command_document(tx, name);
        let steps = plan::build_with(&parsed, &resolved, &plan::Sources { load: &load, resolver: Some(&resolve) })?;
        Ok((v.version.to_string(), steps, serde_json::to_string(&plan::shown_parameters(&parsed, &s.parameters))?))
    });
    let now = time::now();
    let execution_id = uuid::Uuid::new_v4().to_string();
    let command_id = uuid::Uuid::new_v4().to_string();
    let hosts = due.hosts.clone();
    let claimed = store.write(|tx| {
        let Some(mut e) = claim(tx, a, due, me, evaluated, inv_fp, &execution_id, now)? else { return Ok(None) };
        let job = match &planned {
            Ok((doc_version, steps, shown)) => {
                let max_concurrency = s.max_concurrency.clone().unwrap_or_else(|| "50".into());
                let max_errors = s.max_errors.clone().unwrap_or_else(|| "100%".into());
                let row = CommandRow {
                    command_id: command_id.clone(),
                    document_name: s.name.clone(),
                    document_version: doc_version.clone(),
                    comment: Some(format!("association {} version {} ({})", a.association_id, a.version, due.reason)),
                    parameters: shown.clone(),
                    instance_ids: serde_json::to_string(&hosts.iter().map(|h| h.id.clone()).collect::<Vec<_>>())?,
                    targets: serde_json::to_string(&targets_of(s))?,
                    requested: now,
                    status: "Pending".into(),
                    status_details: "Pending".into(),
                    max_concurrency: max_concurrency.clone(),
                    max_errors: max_errors.clone(),
                    timeout_seconds: 3600,
                    target_count: hosts.len() as i64,
                    completed_count: 0,
                    error_count: 0,
                    delivery_timed_out_count: 0,
                    owner_pid: Some(me),
                    cancel_requested: false,
                    service_role: None,
                };
                let names: Vec<String> = steps.iter().map(|p| p.name.clone()).collect();
                let ids: Vec<String> = hosts.iter().map(|h| h.id.clone()).collect();
                command_rows::insert_plan(tx, &row, &ids, &names)?;
                e.command_id = Some(command_id.clone());
                Some(exec::Job {
                    command_id: command_id.clone(),
                    max_concurrency: rate::concurrency(&max_concurrency, hosts.len())?,
                    max_errors: rate::errors(&max_errors, hosts.len())?,
                    hosts: hosts.clone(),
                    steps: steps.clone(),
                    output_cap: transport::DEFAULT_OUTPUT_CAP,
                    deadline: None,
                })
            }
            Err(err) => {
                // The document or its parameters (a missing {{ssm:}} parameter, say) do not
                // resolve: the run fails on every target, nothing runs, and each target's
                // invocation says why.
                let (code, message) = match err {
                    Error::Service { code, message } => (code.clone(), message.clone()),
                    other => ("Failed".to_string(), other.render(None)),
                };
                let row = CommandRow {
                    command_id: command_id.clone(),
                    document_name: s.name.clone(),
                    document_version: s.document_version.clone().unwrap_or_else(|| "$DEFAULT".into()),
                    comment: Some(format!("association {} version {} ({})", a.association_id, a.version, due.reason)),
                    parameters: "{}".into(),
                    instance_ids: serde_json::to_string(&hosts.iter().map(|h| h.id.clone()).collect::<Vec<_>>())?,
                    targets: serde_json::to_string(&targets_of(s))?,
                    requested: now,
                    status: "Failed".into(),
                    status_details: code.clone(),
                    max_concurrency: s.max_concurrency.clone().unwrap_or_else(|| "50".into()),
                    max_errors: s.max_errors.clone().unwrap_or_else(|| "100%".into()),
                    timeout_seconds: 3600,
                    target_count: hosts.len() as i64,
                    completed_count: hosts.len() as i64,
                    error_count: hosts.len() as i64,
                    delivery_timed_out_count: 0,
                    owner_pid: Some(me),
                    cancel_requested: false,
                    service_role: None,
                };
                let ids: Vec<String> = hosts.iter().map(|h| h.id.clone()).collect();
                command_rows::insert_plan(tx, &row, &ids, &["parameters".to_string()])?;
                for id in &ids {
                    let failed = command_rows::PluginRow {
                        seq: 0,
                        name: "parameters".into(),
                        status: "Failed".into(),
                        status_details: code.clone(),
                        response_code: -1,
                        start: Some(now),
                        end: Some(now),
                        stdout: String::new(),
                        stderr: format!("{message}\n"),
                    };
                    command_rows::set_plugin(tx, &command_id, id, &failed)?;
                    command_rows::finish_invocation(
                        tx,
                        &command_rows::InvocationRow {
                            command_id: command_id.clone(),
                            instance_id: id.clone(),
                            status: "Failed".into(),
                            status_details: code.clone(),
                            response_code: -1,
                            start: Some(now),
                            end: Some(now),
                        },
                    )?;
                }
                e.command_id = Some(command_id.clone());
                None
            }
        };
        rows::insert_execution(tx, &e)?;
        Ok(Some((e, job)))
    })?;
    Ok(claimed)
}

fn is_runbook(ctx: &mut Ctx, a: &AssociationRow) -> Result<bool> {
    let s = &a.settings;
    let found = ctx.store()?.read(|tx| super::documents::resolve(tx, &s.name, s.document_version.as_deref(), None));
    Ok(found.is_ok_and(|(doc, _, _)| doc.document_type == "Automation"))
}

/// An association of an Automation runbook: the run is an automation execution (with rate
/// control over the targets' ids when AutomationTargetParameterName is set), run here until
/// it ends or parks; one that parks ends the association run when it ends
/// ([`automation_ended`]). Returns the association execution, the automation execution
/// and the status so far.
fn run_runbook(
    ctx: &mut Ctx,
    a: &AssociationRow,
    due: &Due,
    me: i64,
    evaluated: DateTime<Utc>,
    inv_fp: &str,
) -> Result<Option<(String, String, String)>> {
    let s = &a.settings;
    let inventory = ctx.inventory()?;
    let now = time::now();
    let execution_id = uuid::Uuid::new_v4().to_string();
    let parameters = super::associations::unsealed_parameters(s)?;
    let mut req = crate::model::automation::StartAutomationExecutionRequest {
        document_name: s.name.clone(),
        document_version: s.document_version.clone(),
        parameters,
        max_concurrency: s.max_concurrency.clone(),
        max_errors: s.max_errors.clone(),
        ..Default::default()
    };
    if let Some(p) = &s.automation_target_parameter_name {
        req.target_parameter_name = Some(p.clone());
        req.targets = vec![crate::targets::Target {
            key: "ParameterValues".into(),
            values: due.hosts.iter().map(|h| h.id.clone()).collect(),
        }];
    }
    let store = ctx.store()?;
    let claimed = store.write(|tx| {
        let Some(mut e) = claim(tx, a, due, me, evaluated, inv_fp, &execution_id, now)? else { return Ok(None) };
        // A runbook that cannot start still leaves a record of why (never nothing).
        let started = crate::automation::start::create(tx, &inventory, &req, None, Some(&a.association_id));
        let automation_id = match started {
            Ok(id) => id,
            Err(err) => {
                let why = err.render(Some("StartAutomationExecution"));
                e.status = "Failed".into();
                e.detailed_status = why.clone();
                rows::insert_execution(tx, &e)?;
                rows::finish_execution(tx, &e.execution_id, "Failed", &why, &now, "{}")?;
                rows::finish(tx, &a.association_id, "Failed", &why, &now, false)?;
                leases::release(tx, LEASE, &a.association_id)?;
                return Ok(Some((e.execution_id, String::new())));
            }
        };
        rows::insert_execution(tx, &e)?;
        rows::set_automation(tx, &e.execution_id, &automation_id)?;
        Ok(Some((e.execution_id, automation_id)))
    })?;
    let Some((execution_id, automation_id)) = claimed else { return Ok(None) };
    if automation_id.is_empty() {
        return Ok(Some((execution_id, automation_id, "Failed".into())));
    }
    let clock = crate::model::time::Clock::at(Some(evaluated));
    let advance = crate::automation::engine::advance(ctx, &automation_id, clock, false)?;
    let status = match advance {
        crate::automation::engine::Advance::Ended(s) => s,
        _ => "InProgress".into(),
    };
    // The association is free for its next run; this run ends with its execution.
    ctx.store()?.write(|tx| leases::release(tx, LEASE, &a.association_id))?;
    Ok(Some((execution_id, automation_id, status)))
}

/// An association's automation execution ended (now or at a later tick): the association
/// run ends with its status.
pub fn automation_ended(conn: &Connection, association_id: &str, automation_id: &str, status: &str) -> Result<()> {
    let Some(execution_id) = rows::execution_for_automation(conn, automation_id)? else { return Ok(()) };
    if rows::get(conn, association_id)?.is_none() {
        return Ok(());
    }
    let now = time::now();
    let ok = status == "Success";
    let (st, detailed) = if ok { ("Success", "Success".to_string()) } else { ("Failed", status.to_string()) };
    rows::finish_execution(conn, &execution_id, st, &detailed, &now, &format!("{{{status}=1}}"))?;
    rows::finish(conn, association_id, st, &detailed, &now, ok)
}

/// The claim on one run, in the caller's write transaction: re-checks under the lock that
/// nothing changed and no live process runs it, records which schedule time the run
/// answers, and returns the execution to insert (None: someone else got there first).
#[allow(clippy::too_many_arguments)]
fn claim(
    tx: &Connection,
    a: &AssociationRow,
    due: &Due,
    me: i64,
    evaluated: DateTime<Utc>,
    inv_fp: &str,
    execution_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<ExecutionRow>> {
    let s = &a.settings;
    let Some(cur) = rows::get(tx, &a.association_id)? else { return Ok(None) };
    let unchanged = cur.version == a.version
        && cur.run_requested == a.run_requested
        && cur.last_due == a.last_due
        && cur.seen_inventory == a.seen_inventory
        && cur.seen_version == a.seen_version;
    // The lease is taken last, so that a changed association leaves it untaken.
    if !unchanged || !leases::take(tx, LEASE, &a.association_id)? {
        return Ok(None);
    }
    let expires = now + chrono::Duration::days(3);
    // A run on every target satisfies the schedule up to now (no second run for a
    // cron time that passed just before); a run for new targets leaves it as it was.
    let satisfied = match due.reason.as_str() {
        "Scheduled" => due.due,
        "NewTargets" => None,
        _ => Some(evaluated),
    };
    let next = satisfied.and_then(|t| {
        schedule_of(s).and_then(|sc| sc.next_after(t, a.updated, s.schedule_offset.unwrap_or(0).max(0) as u32))
    });
    rows::claim(
        tx,
        &a.association_id,
        me,
        &expires,
        satisfied.as_ref().map(|t| (t, next.as_ref())),
        inv_fp,
        a.version,
    )?;
    let e = ExecutionRow {
        execution_id: execution_id.to_string(),
        association_id: a.association_id.clone(),
        version: a.version,
        command_id: None,
        due: due.due,
        reason: due.reason.clone(),
        owner_pid: Some(me),
        status: "InProgress".into(),
        detailed_status: "InProgress".into(),
        created: now,
        finished: None,
        resource_counts: "{}".into(),
    };
    Ok(Some(e))
}

/// AWS's ExecutionSummary of one host's run, counted over its steps:
/// `1 out of 1 plugin processed, 1 success, 0 failed, 0 timedout, 0 skipped. `
fn execution_summary(plugins: &[command_rows::PluginRow]) -> String {
    let count = |f: &dyn Fn(&command_rows::PluginRow) -> bool| plugins.iter().filter(|p| f(p)).count();
    let skipped = count(&|p| p.status == "Success" && p.status_details == "Skipped");
    let success = count(&|p| p.status == "Success") - skipped;
    let failed = count(&|p| p.status == "Failed" || p.status == "Cancelled");
    let timed_out = count(&|p| p.status == "TimedOut");
    let processed = success + skipped + failed + timed_out;
    let noun = if plugins.len() == 1 { "plugin" } else { "plugins" };
    format!(
        "{processed} out of {} {noun} processed, {success} success, {failed} failed, {timed_out} timedout, {skipped} skipped. ",
        plugins.len()
    )
}

/// Records the end of a run: per-host status, the execution, the overview, compliance.
fn finish(conn: &Connection, a: &AssociationRow, e: &ExecutionRow) -> Result<(String, IndexMap<String, i64>)> {
    let now = time::now();
    let mut counts: IndexMap<String, i64> = IndexMap::new();
    if rows::get(conn, &a.association_id)?.is_none() {
        // Deleted while it ran: its history went with it; the command keeps the output.
        leases::release(conn, LEASE, &a.association_id)?;
        return Ok(("Deleted".into(), counts));
    }
    let (status, detailed) = match &e.command_id {
        Some(cid) => {
            let invs = command_rows::invocations(conn, cid)?;
            for inv in &invs {
                *counts.entry(inv.status.clone()).or_default() += 1;
                rows::put_host(
                    conn,
                    &HostRow {
                        association_id: a.association_id.clone(),
                        instance_id: inv.instance_id.clone(),
                        version: a.version,
                        execution_id: Some(e.execution_id.clone()),
                        status: if inv.status == "Success" { "Success".into() } else { "Failed".into() },
                        detailed_status: inv.status_details.clone(),
                        execution_date: inv.end.or(Some(now)),
                        summary: Some(execution_summary(&command_rows::plugins(conn, cid, &inv.instance_id)?)),
                    },
                )?;
                if a.settings.sync_compliance.as_deref().unwrap_or("AUTO") == "AUTO" {
                    crate::store::compliance::record_association(
                        conn,
                        &inv.instance_id,
                        &a.association_id,
                        a.settings.association_name.as_deref().unwrap_or(&a.settings.name),
                        &a.settings.name,
                        a.settings.document_version.as_deref().unwrap_or("$DEFAULT"),
                        a.settings.compliance_severity.as_deref().unwrap_or("UNSPECIFIED"),
                        inv.status == "Success",
                        &e.execution_id,
                        &inv.end.unwrap_or(now),
                    )?;
                }
            }
            let cmd = command_rows::get(conn, cid)?;
            let all_ok = invs.iter().all(|i| i.status == "Success");
            let detailed = match cmd {
                Some(c) if c.status == "Failed" && c.status_details != "Failed" => c.status_details,
                Some(c) => c.status,
                None => "Failed".into(),
            };
            (if all_ok { "Success".to_string() } else { "Failed".to_string() }, detailed)
        }
        None => ("Failed".to_string(), e.detailed_status.clone()),
    };
    let text = count_text(&counts);
    rows::finish_execution(conn, &e.execution_id, &status, &detailed, &now, &text)?;
    rows::finish(conn, &a.association_id, &status, &detailed, &now, status == "Success")?;
    leases::release(conn, LEASE, &a.association_id)?;
    Ok((status, counts))
}

/// AWS's `{Success=2, Failed=1}`.
fn count_text(counts: &IndexMap<String, i64>) -> String {
    let parts: Vec<String> = counts.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{{{}}}", parts.join(", "))
}

/// Runs left InProgress by a process that died: Failed / Interrupted, and due again.
fn settle_interrupted(conn: &Connection) -> Result<usize> {
    let mut settled = 0;
    let now = time::now();
    for e in rows::unfinished_executions(conn)? {
        // Still held by a live process, or a runbook run that goes on in its execution.
        if leases::holder(conn, LEASE, &e.association_id)?.is_some()
            || rows::automation_of(conn, &e.execution_id)?.is_some()
        {
            continue;
        }
        if let Some(cid) = &e.command_id {
            for mut inv in command_rows::invocations(conn, cid)? {
                if matches!(inv.status.as_str(), "Pending" | "InProgress") {
                    inv.status = "Failed".into();
                    inv.status_details = "Interrupted".into();
                    inv.end = Some(now);
                    command_rows::finish_invocation(conn, &inv)?;
                }
            }
            command_rows::set_command_status(conn, cid, "Failed", "Interrupted")?;
        }
        rows::finish_execution(conn, &e.execution_id, "Failed", "Interrupted", &now, &e.resource_counts)?;
        rows::finish(conn, &e.association_id, "Failed", "Interrupted", &now, false)?;
        rows::request_run(conn, &e.association_id, "Interrupted")?;
        settled += 1;
    }
    Ok(settled)
}

/// What target resolution depends on in the inventory: ids, tags and groups.
fn inventory_fingerprint(inv: &Inventory) -> String {
    let mut h = Sha256::new();
    for host in &inv.hosts {
        h.update(host.id.as_bytes());
        h.update([0]);
        for (k, v) in &host.tags {
            h.update(k.as_bytes());
            h.update([1]);
            h.update(v.as_bytes());
            h.update([0]);
        }
        for g in &host.groups {
            h.update(g.as_bytes());
            h.update([2]);
        }
        h.update([3]);
    }
    hex::encode(h.finalize())
}
