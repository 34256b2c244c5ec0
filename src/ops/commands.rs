//! Run Command: send-command (blocks until every invocation ends), list-commands,
//! list-command-invocations, get-command-invocation, cancel-command.

use super::{Ctx, Empty, decode_token, encode_token, page_limit};
use crate::document::{self, DocFormat};
use crate::error::{Error, Result};
use crate::exec::{self, plan, rate, transport};
use crate::model::commands::*;
use crate::model::time;
use crate::store::commands::{self as rows, CommandRow, InvocationRow, PluginRow};
use crate::targets::{self, Target};
use chrono::{DateTime, Utc};
use rusqlite::Connection;

/// AWS's limits on shown output.
const STDOUT_SHOWN: usize = 24_000;
const STDERR_SHOWN: usize = 8_000;
const PLUGIN_OUTPUT_SHOWN: usize = 2_500;

pub fn send(ctx: &mut Ctx, req: SendCommandRequest) -> Result<SendCommandResult> {
    send_as(ctx, req, uuid::Uuid::new_v4().to_string())
}

/// [`send`] with the CommandId chosen by the caller, who recorded it before the command
/// existed (a maintenance window invocation), so that a crash leaves a trace to settle.
pub fn send_as(ctx: &mut Ctx, req: SendCommandRequest, command_id: String) -> Result<SendCommandResult> {
    refuse_aws_only(&req)?;
    if req.instance_ids.is_empty() && req.targets.is_empty() {
        return Err(Error::service("ValidationException", "Give the hosts to run on: --instance-ids or --targets."));
    }
    if !req.instance_ids.is_empty() && !req.targets.is_empty() {
        return Err(Error::service("ValidationException", "Give either --instance-ids or --targets, not both."));
    }
    targets::validate(&req.targets)?;
    let inventory = ctx.inventory()?;
    let hosts: Vec<crate::inventory::Host> =
        targets::resolve(&inventory, &req.instance_ids, &req.targets)?.into_iter().cloned().collect();

    let deadline = ctx.command_deadline;
    let store = ctx.store()?;
    let (doc, version, _) =
        store.read(|tx| super::documents::resolve(tx, &req.document_name, req.document_version.as_deref(), None))?;
    if let Some(h) = &req.document_hash {
        let hash_type = req.document_hash_type.as_deref().unwrap_or("Sha256");
        if hash_type != "Sha256" || !h.eq_ignore_ascii_case(&version.hash) {
            return Err(Error::service(
                "InvalidDocument",
                format!("DocumentHash does not match version {} of {} ({hash_type}).", version.version, doc.name),
            ));
        }
    }
    if doc.document_type != "Command" {
        return Err(Error::service(
            "InvalidDocument",
            format!("{} is a {} document; send-command runs Command documents.", doc.name, doc.document_type),
        ));
    }
    let format = DocFormat::from_model(&version.format).unwrap_or(DocFormat::Json);
    let parsed = document::parse(&version.content, format, &doc.document_type)?;
    // Parameter Store references resolve now, at execution (rotating a parameter needs no
    // change here); their values travel to hosts on stdin only.
    let steps = store.read(|tx| {
        let resolve = |text: &str| super::parameters::resolve_references(tx, text).map(|(v, _)| v);
        let resolved = plan::resolve_parameters(&parsed, &req.parameters, Some(&resolve))?;
        let load = |name: &str| load_command_document(tx, name);
        plan::build_with(&parsed, &resolved, &plan::Sources { load: &load, resolver: Some(&resolve) })
    })?;

    let max_concurrency = req.max_concurrency.clone().unwrap_or_else(|| "50".into());
    let max_errors = req.max_errors.clone().unwrap_or_else(|| "0".into());
    let job = exec::Job {
        command_id,
        max_concurrency: rate::concurrency(&max_concurrency, hosts.len())?,
        max_errors: rate::errors(&max_errors, hosts.len())?,
        hosts,
        steps,
        output_cap: transport::DEFAULT_OUTPUT_CAP,
        deadline,
    };
    let row = CommandRow {
        command_id: job.command_id.clone(),
        document_name: doc.name.clone(),
        document_version: version.version.to_string(),
        comment: req.comment.clone(),
        parameters: serde_json::to_string(&plan::shown_parameters(&parsed, &req.parameters))?,
        instance_ids: serde_json::to_string(&job.hosts.iter().map(|h| h.id.clone()).collect::<Vec<_>>())?,
        targets: serde_json::to_string(&req.targets)?,
        requested: time::now(),
        status: "Pending".into(),
        status_details: "Pending".into(),
        max_concurrency,
        max_errors,
        timeout_seconds: req.timeout_seconds.unwrap_or(3600),
        target_count: job.hosts.len() as i64,
        completed_count: 0,
        error_count: 0,
        delivery_timed_out_count: 0,
        owner_pid: Some(std::process::id() as i64),
        cancel_requested: false,
        service_role: req.service_role_arn.clone(),
    };
    let host_ids: Vec<String> = job.hosts.iter().map(|h| h.id.clone()).collect();
    let plugin_names: Vec<String> = job.steps.iter().map(|s| s.name.clone()).collect();
    let refresh: Vec<(String, Vec<String>)> =
        job.steps.iter().filter_map(|s| Some((s.name.clone(), s.refresh_associations.clone()?))).collect();
    // The plan lands before any host is contacted.
    store.write(|tx| {
        settle_orphans(tx)?;
        rows::insert_plan(tx, &row, &host_ids, &plugin_names)
    })?;
    let inventory_steps = crate::software_inventory::store::steps_of(&job.steps);
    let patch_steps = crate::patch::results::steps_of(&job.steps);
    store.read(|tx| crate::patch::prepare(tx, &job.command_id, &job.hosts, &job.steps))?;
    let summary = exec::run(store, job)?;
    crate::software_inventory::store::store_results(store, &row.command_id, &inventory_steps)?;
    crate::patch::results::store_results(store, &row.command_id, &patch_steps)?;
    // After the command, outside exec::run: association runs are commands of their own.
    if !summary.interrupted {
        for (step, ids) in &refresh {
            refresh_associations(ctx, &row.command_id, step, ids)?;
        }
    }
    let store = ctx.store()?;
    let command = store.read(|tx| command_of(tx, &row.command_id))?;
    if summary.interrupted || summary.status != "Success" {
        // For CI: the Command is printed, and the exit code and one stderr line say it did not
        // succeed, and where.
        let invocations = store.read(|tx| rows::invocations(tx, &row.command_id))?;
        let why = not_succeeded(&invocations);
        let (code, what) = if summary.interrupted { (130, "was interrupted") } else { (254, "did not succeed") };
        ctx.finish_with(
            code,
            format!("ssmctl: send-command: command {} {what} ({}): {why}", row.command_id, summary.status),
        );
    }
    Ok(SendCommandResult { command })
}

/// aws:refreshAssociation (SPEC §17): the associations that target the hosts where the step
/// succeeded (or the given IDs) are started now, as start-associations-once starts them: each
/// runs on all of its targets. What was started is appended to the step's output.
fn refresh_associations(ctx: &mut Ctx, command_id: &str, step: &str, ids: &[String]) -> Result<()> {
    use crate::store::associations as assoc_rows;
    let inventory = ctx.inventory()?;
    let store = ctx.store()?;
    let (hosts, all) = store.read(|tx| {
        let mut hosts = Vec::new();
        for inv in rows::invocations(tx, command_id)? {
            let ok = rows::plugins(tx, command_id, &inv.instance_id)?
                .iter()
                .any(|p| p.name == step && p.status == "Success");
            if ok {
                hosts.push(inv.instance_id);
            }
        }
        Ok((hosts, assoc_rows::all(tx)?))
    })?;
    if hosts.is_empty() {
        return Ok(());
    }
    let chosen: Vec<&assoc_rows::AssociationRow> = all
        .iter()
        .filter(|a| {
            if !ids.is_empty() {
                return ids.contains(&a.association_id);
            }
            let targets = super::associations::targets_of(&a.settings);
            targets::resolve(&inventory, &[], &targets).is_ok_and(|t| t.iter().any(|h| hosts.contains(&h.id)))
        })
        .collect();
    let unknown: Vec<&String> = ids.iter().filter(|id| !all.iter().any(|a| &a.association_id == *id)).collect();
    let chosen_ids: Vec<String> = chosen.iter().map(|a| a.association_id.clone()).collect();
    let mut text = String::new();
    if !chosen_ids.is_empty() {
        store.write(|tx| {
            for id in &chosen_ids {
                assoc_rows::request_run(tx, id, "Requested")?;
            }
            Ok(())
        })?;
        let opts = super::apply_due::Options { only: Some(chosen_ids.clone()), ..Default::default() };
        let ran = super::apply_due::run(ctx, &opts)?;
        for r in &ran.runs {
            text.push_str(&format!(
                "ssmctl: association {} ({}) started: execution {} {} on {}\n",
                r.association_id,
                r.association_name.as_deref().unwrap_or("no name"),
                r.execution_id.as_deref().unwrap_or("-"),
                r.status.as_deref().unwrap_or("-"),
                r.targets.join(", ")
            ));
        }
    } else {
        text.push_str("ssmctl: no association targets this host; nothing to apply\n");
    }
    if !unknown.is_empty() {
        let names: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
        text.push_str(&format!("ssmctl: no such association: {}\n", names.join(", ")));
    }
    ctx.store()?.write(|tx| {
        for host in &hosts {
            for mut p in rows::plugins(tx, command_id, host)? {
                if p.name == step {
                    p.stdout.push_str(&text);
                    rows::set_plugin(tx, command_id, host, &p)?;
                }
            }
        }
        Ok(())
    })
}

/// A Command document (stored or built-in, its default version) for aws:runDocument.
pub(super) fn load_command_document(tx: &Connection, name: &str) -> Result<document::ParsedDocument> {
    let (doc, version, _) = super::documents::resolve(tx, name, None, None)?;
    if doc.document_type != "Command" {
        return Err(Error::service(
            "InvalidDocument",
            format!("{} is a {} document; aws:runDocument runs Command documents.", doc.name, doc.document_type),
        ));
    }
    document::parse(&version.content, DocFormat::from_model(&version.format).unwrap_or(DocFormat::Json), "Command")
}

/// The hosts whose invocation did not succeed, with their statuses; at most 10 named, so the
/// line stays short on a big fleet.
fn not_succeeded(invocations: &[InvocationRow]) -> String {
    let bad: Vec<String> = invocations
        .iter()
        .filter(|i| i.status != "Success")
        .map(|i| format!("{} {}", i.instance_id, i.status_details))
        .collect();
    format!("{} of {} hosts not Success: {}", bad.len(), invocations.len(), super::named_list(&bad, 10))
}

fn refuse_aws_only(req: &SendCommandRequest) -> Result<()> {
    // `--service-role-arn` only grants AWS permissions: kept and shown as ServiceRole.
    const OUTPUT: &str = "ssmctl keeps every invocation's output in its state database: get-command-invocation, \
                          list-command-invocations --details";
    let cloud_watch = req.cloud_watch_output_config.as_ref().is_some_and(|c| {
        c.get("CloudWatchOutputEnabled").and_then(|v| v.as_bool()).unwrap_or(false)
            || c.get("CloudWatchLogGroupName").is_some()
    });
    let refused = [
        (req.output_s3_bucket_name.is_some(), "--output-s3-bucket-name", "S3", OUTPUT),
        (req.output_s3_key_prefix.is_some(), "--output-s3-key-prefix", "S3", OUTPUT),
        (req.output_s3_region.is_some(), "--output-s3-region", "S3", OUTPUT),
        (cloud_watch, "--cloud-watch-output-config", "CloudWatch Logs", OUTPUT),
        (
            req.notification_config.is_some(),
            "--notification-config",
            "SNS",
            "send-command waits for the command and exits non-zero when it did not succeed; \
             `ssmctl wait command-executed` or list-commands follow one from elsewhere",
        ),
        (
            req.alarm_configuration.is_some(),
            "--alarm-configuration",
            "CloudWatch alarms",
            "--max-errors stops a run when too many hosts fail",
        ),
    ];
    match refused.iter().find(|(given, ..)| *given) {
        Some((_, flag, service, instead)) => {
            Err(Error::usage(format!("{flag} asks for {service}, which ssmctl does not use; {instead}")))
        }
        None => Ok(()),
    }
}

pub fn command_of(conn: &Connection, command_id: &str) -> Result<Command> {
    let row = rows::get(conn, command_id)?.ok_or_else(|| bad_command(command_id))?;
    to_command(&row)
}

fn bad_command(id: &str) -> Error {
    Error::service("InvalidCommandId", format!("Command {id} does not exist."))
}

fn to_command(r: &CommandRow) -> Result<Command> {
    Ok(Command {
        command_id: r.command_id.clone(),
        document_name: r.document_name.clone(),
        document_version: r.document_version.clone(),
        comment: r.comment.clone().unwrap_or_default(),
        expires_after: Some(r.requested + chrono::Duration::seconds(r.timeout_seconds)),
        parameters: serde_json::from_str(&r.parameters)?,
        instance_ids: serde_json::from_str(&r.instance_ids)?,
        targets: serde_json::from_str::<Vec<Target>>(&r.targets)?,
        requested_date_time: Some(r.requested),
        status: r.status.clone(),
        status_details: r.status_details.clone(),
        output_s3_region: String::new(),
        output_s3_bucket_name: String::new(),
        output_s3_key_prefix: String::new(),
        max_concurrency: r.max_concurrency.clone(),
        max_errors: r.max_errors.clone(),
        target_count: r.target_count,
        completed_count: r.completed_count,
        error_count: r.error_count,
        delivery_timed_out_count: r.delivery_timed_out_count,
        service_role: r.service_role.clone().unwrap_or_default(),
        notification_config: Default::default(),
        cloud_watch_output_config: Default::default(),
        timeout_seconds: r.timeout_seconds,
    })
}

/// list-commands / list-command-invocations filters.
struct Filters {
    after: Option<DateTime<Utc>>,
    before: Option<DateTime<Utc>>,
    status: Option<String>,
    document: Option<String>,
    stage: Option<String>,
}

impl Filters {
    fn new(list: &[CommandFilter]) -> Result<Filters> {
        let mut f = Filters { after: None, before: None, status: None, document: None, stage: None };
        let date = |v: &str| {
            time::parse_cli_str(v).ok_or_else(|| {
                Error::service(
                    "InvalidFilterValue",
                    format!("{v} is not a date-time (2026-11-23T13:00:00Z) or epoch seconds"),
                )
            })
        };
        for c in list {
            match c.key.as_str() {
                "InvokedAfter" => f.after = Some(date(&c.value)?),
                "InvokedBefore" => f.before = Some(date(&c.value)?),
                "Status" => f.status = Some(c.value.clone()),
                "DocumentName" => f.document = Some(c.value.clone()),
                "ExecutionStage" => f.stage = Some(c.value.clone()),
                k => return Err(Error::service("InvalidFilterKey", format!("Filter key {k} is not valid."))),
            }
        }
        Ok(f)
    }

    fn matches(&self, c: &CommandRow) -> bool {
        let done = !matches!(c.status.as_str(), "Pending" | "InProgress" | "Cancelling");
        self.after.is_none_or(|a| c.requested >= a)
            && self.before.is_none_or(|b| c.requested <= b)
            && self.status.as_ref().is_none_or(|s| &c.status == s)
            && self.document.as_ref().is_none_or(|d| &c.document_name == d)
            && self.stage.as_ref().is_none_or(|s| (s == "Complete") == done)
    }
}

/// Commands newest first that match, a page at a time; the token is the last one's key.
fn matching_commands(
    conn: &Connection,
    req: &ListCommandsRequest,
    limit: i64,
) -> Result<(Vec<CommandRow>, Option<String>)> {
    let filters = Filters::new(&req.filters)?;
    if let Some(id) = &req.command_id {
        let row = rows::get(conn, id)?.ok_or_else(|| bad_command(id))?;
        let ok = filters.matches(&row)
            && req.instance_id.as_ref().is_none_or(|i| rows::has_instance(conn, id, i).unwrap_or(false));
        return Ok((if ok { vec![row] } else { vec![] }, None));
    }
    let token = decode_token(req.next_token.as_deref())?;
    let mut after: Option<(String, String)> = match token {
        Some(t) => {
            let (a, b) = t
                .split_once('|')
                .ok_or_else(|| Error::service("InvalidNextToken", "The specified token isn't valid."))?;
            Some((a.to_string(), b.to_string()))
        }
        None => None,
    };
    let mut out = Vec::new();
    loop {
        let batch = rows::list(conn, after.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), 200)?;
        let done = batch.len() < 200;
        for c in batch {
            after = Some((time::to_db(&c.requested), c.command_id.clone()));
            if !filters.matches(&c) {
                continue;
            }
            if let Some(i) = &req.instance_id
                && !rows::has_instance(conn, &c.command_id, i)?
            {
                continue;
            }
            if out.len() as i64 == limit {
                let last: &CommandRow = &out[out.len() - 1];
                let token = encode_token(&format!("{}|{}", time::to_db(&last.requested), last.command_id));
                return Ok((out, Some(token)));
            }
            out.push(c);
        }
        if done {
            return Ok((out, None));
        }
    }
}

pub fn list(ctx: &mut Ctx, req: ListCommandsRequest) -> Result<ListCommandsResult> {
    let limit = page_limit(req.max_results, 50);
    ctx.store()?.read(|tx| {
        let (cmds, next_token) = matching_commands(tx, &req, limit)?;
        Ok(ListCommandsResult { commands: cmds.iter().map(to_command).collect::<Result<_>>()?, next_token })
    })
}

pub fn list_invocations(ctx: &mut Ctx, req: ListCommandsRequest) -> Result<ListCommandInvocationsResult> {
    let limit = page_limit(req.max_results, 50) as usize;
    // The token is the number of invocations already shown, in the (stable) order of
    // commands newest first and hosts in plan order.
    let offset: usize = super::decode_number(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        let creq = ListCommandsRequest {
            command_id: req.command_id.clone(),
            instance_id: req.instance_id.clone(),
            max_results: None,
            next_token: None,
            filters: req.filters.iter().map(|f| CommandFilter { key: f.key.clone(), value: f.value.clone() }).collect(),
            details: false,
        };
        let (cmds, _) = matching_commands(tx, &creq, i64::MAX)?;
        let mut seen = 0usize;
        let mut out = Vec::new();
        for c in &cmds {
            for inv in rows::invocations(tx, &c.command_id)? {
                if req.instance_id.as_ref().is_some_and(|i| i != &inv.instance_id) {
                    continue;
                }
                seen += 1;
                if seen <= offset {
                    continue;
                }
                if out.len() == limit {
                    return Ok(ListCommandInvocationsResult {
                        command_invocations: out,
                        next_token: Some(encode_token(&(offset + limit).to_string())),
                    });
                }
                out.push(invocation_of(tx, c, &inv, req.details)?);
            }
        }
        Ok(ListCommandInvocationsResult { command_invocations: out, next_token: None })
    })
}

fn invocation_of(conn: &Connection, c: &CommandRow, inv: &InvocationRow, details: bool) -> Result<CommandInvocation> {
    let plugins = if details {
        rows::plugins(conn, &c.command_id, &inv.instance_id)?.iter().map(plugin_of).collect()
    } else {
        vec![]
    };
    Ok(CommandInvocation {
        command_id: c.command_id.clone(),
        instance_id: inv.instance_id.clone(),
        instance_name: String::new(),
        comment: c.comment.clone().unwrap_or_default(),
        document_name: c.document_name.clone(),
        document_version: c.document_version.clone(),
        requested_date_time: Some(c.requested),
        status: inv.status.clone(),
        status_details: inv.status_details.clone(),
        trace_output: String::new(),
        standard_output_url: String::new(),
        standard_error_url: String::new(),
        command_plugins: plugins,
        service_role: c.service_role.clone().unwrap_or_default(),
        notification_config: Default::default(),
        cloud_watch_output_config: Default::default(),
    })
}

fn plugin_of(p: &PluginRow) -> CommandPlugin {
    let mut output = p.stdout.clone();
    if !p.stderr.is_empty() {
        output.push_str("\n----------ERROR-------\n");
        output.push_str(&p.stderr);
    }
    CommandPlugin {
        name: p.name.clone(),
        status: p.status.clone(),
        status_details: p.status_details.clone(),
        response_code: p.response_code,
        response_start_date_time: p.start,
        response_finish_date_time: p.end,
        output: truncate(&output, PLUGIN_OUTPUT_SHOWN),
        standard_output_url: String::new(),
        standard_error_url: String::new(),
        output_s3_region: String::new(),
        output_s3_bucket_name: String::new(),
        output_s3_key_prefix: String::new(),
    }
}

fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// The invocation of one host, and its plugins (all, or the named one).
pub fn invocation_output(
    conn: &Connection,
    command_id: &str,
    instance_id: &str,
    plugin_name: Option<&str>,
) -> Result<(CommandRow, InvocationRow, Vec<PluginRow>)> {
    let c = rows::get(conn, command_id)?.ok_or_else(|| bad_command(command_id))?;
    let inv = rows::invocation(conn, command_id, instance_id)?.ok_or_else(|| {
        Error::service(
            "InvocationDoesNotExist",
            format!("Command {command_id} has no invocation on instance {instance_id}."),
        )
    })?;
    let mut plugins = rows::plugins(conn, command_id, instance_id)?;
    if let Some(name) = plugin_name {
        plugins.retain(|p| p.name == name);
        if plugins.is_empty() {
            return Err(Error::service("InvalidPluginName", format!("The command has no plugin (step) named {name}.")));
        }
    }
    Ok((c, inv, plugins))
}

pub fn get_invocation(ctx: &mut Ctx, req: GetCommandInvocationRequest) -> Result<GetCommandInvocationResult> {
    ctx.store()?.read(|tx| {
        let (c, inv, plugins) = invocation_output(tx, &req.command_id, &req.instance_id, req.plugin_name.as_deref())?;
        let one = (plugins.len() == 1).then(|| &plugins[0]);
        let stdout: String = plugins.iter().map(|p| p.stdout.as_str()).collect();
        let stderr: String = plugins.iter().map(|p| p.stderr.as_str()).collect();
        let (status, details, code, start, end) = match one {
            Some(p) => (p.status.clone(), p.status_details.clone(), p.response_code, p.start, p.end),
            None => (inv.status.clone(), inv.status_details.clone(), inv.response_code, inv.start, inv.end),
        };
        let stamp =
            |t: Option<DateTime<Utc>>| t.map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()).unwrap_or_default();
        let elapsed = match (start, end) {
            (Some(s), Some(e)) => format!("PT{:.3}S", (e - s).num_milliseconds().max(0) as f64 / 1000.0),
            _ => String::new(),
        };
        Ok(GetCommandInvocationResult {
            command_id: c.command_id.clone(),
            instance_id: inv.instance_id.clone(),
            comment: c.comment.clone().unwrap_or_default(),
            document_name: c.document_name.clone(),
            document_version: c.document_version.clone(),
            plugin_name: one
                .map(|p| p.name.clone())
                .unwrap_or_else(|| plugins.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(",")),
            response_code: code,
            execution_start_date_time: stamp(start),
            execution_elapsed_time: elapsed,
            execution_end_date_time: stamp(end),
            status,
            status_details: details,
            standard_output_content: truncate(&stdout, STDOUT_SHOWN),
            standard_output_url: String::new(),
            standard_error_content: truncate(&stderr, STDERR_SHOWN),
            standard_error_url: String::new(),
            cloud_watch_output_config: Default::default(),
        })
    })
}

pub fn cancel(ctx: &mut Ctx, req: CancelCommandRequest) -> Result<Empty> {
    let store = ctx.store()?;
    store.write(|tx| {
        let c = rows::get(tx, &req.command_id)?.ok_or_else(|| bad_command(&req.command_id))?;
        for i in &req.instance_ids {
            if !rows::has_instance(tx, &req.command_id, i)? {
                return Err(Error::service(
                    "InvalidInstanceId",
                    format!("Command {} does not run on {i}.", req.command_id),
                ));
            }
        }
        if !matches!(c.status.as_str(), "Pending" | "InProgress") {
            return Ok(());
        }
        rows::request_cancel(tx, &req.command_id)?;
        // Nobody is running it any more (the sender died): settle it here.
        if !c.owner_pid.is_some_and(super::process_alive) {
            let now = time::now();
            for mut inv in rows::invocations(tx, &req.command_id)? {
                if matches!(inv.status.as_str(), "Pending" | "InProgress") {
                    inv.status = "Cancelled".into();
                    inv.status_details = "Cancelled".into();
                    inv.end = Some(now);
                    rows::finish_invocation(tx, &inv)?;
                }
            }
            rows::set_command_status(tx, &req.command_id, "Cancelled", "Cancelled")?;
        }
        Ok(())
    })?;
    Ok(Empty {})
}

/// Commands whose sending process died (kill -9, a crash) stay InProgress in the db:
/// they are settled as Failed / Interrupted, their unfinished invocations too.
pub fn settle_orphans(conn: &Connection) -> Result<()> {
    let orphans: Vec<(String, Option<i64>)> = {
        let mut st = conn
            .prepare_cached("SELECT command_id, owner_pid FROM commands WHERE status IN ('Pending', 'InProgress')")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let now = time::now();
    for (id, pid) in orphans {
        if pid.is_some_and(super::process_alive) {
            continue;
        }
        for mut inv in rows::invocations(conn, &id)? {
            if matches!(inv.status.as_str(), "Pending" | "InProgress") {
                inv.status = "Failed".into();
                inv.status_details = "Interrupted".into();
                inv.end = Some(now);
                rows::finish_invocation(conn, &inv)?;
            }
        }
        rows::set_command_status(conn, &id, "Failed", "Interrupted")?;
    }
    Ok(())
}
