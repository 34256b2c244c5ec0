//! A maintenance window's tasks: register, describe, get, update, deregister. Everything a
//! task will need when its window fires is checked when it is registered or updated — its
//! document, the document's parameters (allowedValues, allowedPattern, types, required ones),
//! its targets and its pseudo parameters — so that a mistake is found now, not at 2 AM.

use super::Ctx;
use super::maintenance_window_targets::{check_filters, filter_matches};
use super::maintenance_windows::{hash_of, invalid, require as window_of};
use super::patch_states::page;
use crate::document::{self, DocFormat};
use crate::error::{Error, Result};
use crate::exec::plan;
use crate::inventory::Inventory;
use crate::maintenance::pseudo;
use crate::maintenance::targets::is_window_target_ids;
use crate::model::commands::Parameters;
use crate::model::maintenance_window_tasks::*;
use crate::model::maintenance_windows::{TaskInvocationParameters, TaskRecord};
use crate::store::maintenance_windows::{self as rows, WindowRow};
use crate::targets;
use rusqlite::Connection;
use serde_json::Value;

/// AWS's limit of tasks per window.
pub const MAX_TASKS_PER_WINDOW: usize = 20;
/// AWS documents no default Priority for the API; its console offers 1, and so do we.
pub const DEFAULT_PRIORITY: i64 = 1;
pub const DEFAULT_CUTOFF_BEHAVIOR: &str = "CONTINUE_TASK";
/// AWS's limit of values per target key.
const MAX_TARGET_VALUES: usize = 50;

fn task_of(conn: &Connection, window_id: &str, task_id: &str) -> Result<TaskRecord> {
    rows::get_task(conn, window_id, task_id)?.ok_or_else(|| {
        Error::service(
            "DoesNotExistException",
            format!("Maintenance window task {task_id} does not exist in window {window_id}."),
        )
    })
}

/// The parameters a task runs with, before pseudo parameters are substituted: its
/// TaskInvocationParameters' own (RunCommand or Automation), or, when those give none, the
/// deprecated TaskParameters map.
pub fn run_parameters(task: &TaskRecord) -> Parameters {
    let own = own_parameters(task);
    if !own.is_empty() {
        return own;
    }
    task.task_parameters.as_ref().map(legacy_parameters).unwrap_or_default()
}

fn own_parameters(task: &TaskRecord) -> Parameters {
    let tip = task.task_invocation_parameters.as_ref();
    match task.task_type.as_str() {
        "RUN_COMMAND" => tip.and_then(|t| t.run_command.as_ref()).map(|r| r.parameters.clone()),
        "AUTOMATION" => tip.and_then(|t| t.automation.as_ref()).map(|a| a.parameters.clone()),
        _ => None,
    }
    .unwrap_or_default()
}

/// `{name: {Values: [...]}}` (the model's MaintenanceWindowTaskParameters) as a parameter map.
fn legacy_parameters(v: &Value) -> Parameters {
    let Some(map) = v.as_object() else { return Parameters::new() };
    map.iter()
        .map(|(k, e)| {
            let values = e
                .get("Values")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                .unwrap_or_default();
            (k.clone(), values)
        })
        .collect()
}

/// The document a task's TaskArn names (a name or a document ARN, reduced to the name) and
/// the version asked for: what a run resolves.
pub fn document_of(task: &TaskRecord) -> Result<(String, Option<String>)> {
    let name = super::documents::name_from_arn(&task.task_arn)
        .map_err(|e| match e {
            Error::Service { message, .. } => invalid(format!("TaskArn: {message}")),
            e => e,
        })?
        .unwrap_or_else(|| task.task_arn.clone());
    let tip = task.task_invocation_parameters.as_ref();
    let version = match task.task_type.as_str() {
        "RUN_COMMAND" => tip.and_then(|t| t.run_command.as_ref()).and_then(|r| r.document_version.clone()),
        _ => tip.and_then(|t| t.automation.as_ref()).and_then(|a| a.document_version.clone()),
    };
    Ok((name, version))
}

/// Every check of a task as it would be stored; nothing is written when one fails.
fn check_task(conn: &Connection, inv: &Inventory, window: &WindowRow, task: &TaskRecord) -> Result<()> {
    let ty = task.task_type.as_str();
    if ty == "LAMBDA" || ty == "STEP_FUNCTIONS" {
        return Err(Error::service(
            "FeatureNotAvailableException",
            format!(
                "TaskType {ty} is not available: ssmctl runs no AWS Lambda functions or Step Functions state \
                 machines; register a RUN_COMMAND or AUTOMATION task."
            ),
        ));
    }
    if let Some(tip) = &task.task_invocation_parameters {
        check_sections(ty, tip)?;
    }
    check_targets(conn, inv, window, task)?;
    if task.targets.is_empty() {
        // AWS's own words (its user guide's troubleshooting), which tools match on.
        if task.max_concurrency.is_some() {
            return Err(invalid("Maintenance window tasks without targets don't support MaxConcurrency values."));
        }
        if task.max_errors.is_some() {
            return Err(invalid("Maintenance window tasks without targets don't support MaxErrors values."));
        }
    } else {
        if task.max_concurrency.is_none() {
            return Err(invalid(
                "MaxConcurrency is required for a task with targets (how many targets run at once: 1, 10, 25% ...).",
            ));
        }
        if task.max_errors.is_none() {
            return Err(invalid(
                "MaxErrors is required for a task with targets (how many failures stop it: 0, 1, 10% ...).",
            ));
        }
    }
    check_document(conn, task)
}

fn check_sections(ty: &str, tip: &TaskInvocationParameters) -> Result<()> {
    if tip.lambda.is_some() || tip.step_functions.is_some() {
        return Err(Error::service(
            "FeatureNotAvailableException",
            "TaskInvocationParameters Lambda and StepFunctions are not available: ssmctl runs no AWS Lambda \
             functions or Step Functions state machines.",
        ));
    }
    match ty {
        "RUN_COMMAND" if tip.automation.is_some() => Err(invalid(
            "TaskInvocationParameters.Automation is for AUTOMATION tasks; a RUN_COMMAND task takes \
             TaskInvocationParameters.RunCommand.",
        )),
        "AUTOMATION" if tip.run_command.is_some() => Err(invalid(
            "TaskInvocationParameters.RunCommand is for RUN_COMMAND tasks; an AUTOMATION task takes \
             TaskInvocationParameters.Automation.",
        )),
        _ => Ok(()),
    }
}

/// Targets are the window's registered targets (WindowTargetIds) or, when the window allows
/// unassociated targets, hosts named directly (InstanceIds).
fn check_targets(conn: &Connection, inv: &Inventory, window: &WindowRow, task: &TaskRecord) -> Result<()> {
    if task.targets.is_empty() {
        if task.task_type == "RUN_COMMAND" {
            return Err(invalid(
                "RUN_COMMAND tasks need targets: Key=WindowTargetIds,Values=<window target id> or \
                 Key=InstanceIds,Values=<host id>.",
            ));
        }
        return Ok(());
    }
    let registered = rows::targets(conn, &window.window_id)?;
    for t in &task.targets {
        if t.values.is_empty() || t.values.iter().any(String::is_empty) {
            return Err(invalid(format!("Target key {} has no values (or an empty one).", t.key)));
        }
        if t.values.len() > MAX_TARGET_VALUES {
            return Err(invalid(format!(
                "Target key {} has {} values; at most {MAX_TARGET_VALUES} are allowed.",
                t.key,
                t.values.len()
            )));
        }
        if is_window_target_ids(&t.key) {
            for id in &t.values {
                if uuid::Uuid::try_parse(id).is_err() || id.len() != 36 {
                    return Err(invalid(format!(
                        "WindowTargetIds value {id} is not a window target id (as register-target-with-maintenance-window \
                         prints it)."
                    )));
                }
                if !registered.iter().any(|r| &r.window_target_id == id) {
                    return Err(Error::service(
                        "DoesNotExistException",
                        format!(
                            "Maintenance window target {id} is not registered with window {} \
                             (register-target-with-maintenance-window).",
                            window.window_id
                        ),
                    ));
                }
            }
        } else if targets::is_instance_ids(&t.key) {
            if !window.allow_unassociated_targets {
                return Err(invalid(format!(
                    "Window {} does not allow unassociated targets, so a task cannot name InstanceIds: register \
                     them as a window target and use Key=WindowTargetIds, or update the window with \
                     --allow-unassociated-targets.",
                    window.window_id
                )));
            }
            let unknown: Vec<String> = t.values.iter().filter(|v| inv.get(v).is_none()).cloned().collect();
            if !unknown.is_empty() {
                return Err(invalid(format!("Instance ids not in the inventory: {}.", super::named_list(&unknown, 5))));
            }
        } else {
            return Err(invalid(format!(
                "Target key {}: a task targets Key=WindowTargetIds (registered targets of the window) or \
                 Key=InstanceIds.",
                t.key
            )));
        }
    }
    Ok(())
}

/// The document exists (with the version asked for) and is of the task's kind, and the
/// parameters fit its declarations. A value with a pseudo parameter gets its real value only
/// when it runs, so it is checked for the pseudo parameter alone.
fn check_document(conn: &Connection, task: &TaskRecord) -> Result<()> {
    let (name, version) = document_of(task)?;
    let (doc, v, _) = super::documents::resolve(conn, &name, version.as_deref(), None).map_err(|e| match e {
        Error::Service { message, .. } => invalid(format!("TaskArn {}: {message}", task.task_arn)),
        e => e,
    })?;
    let want = if task.task_type == "RUN_COMMAND" { "Command" } else { "Automation" };
    if doc.document_type != want {
        return Err(invalid(format!(
            "TaskArn {name} is a {} document; {} tasks run {want} documents.",
            doc.document_type, task.task_type
        )));
    }
    if let Some(rc) = task.task_invocation_parameters.as_ref().and_then(|t| t.run_command.as_ref())
        && let Some(h) = &rc.document_hash
    {
        let hash_type = rc.document_hash_type.as_deref().unwrap_or("Sha256");
        if hash_type != "Sha256" || !h.eq_ignore_ascii_case(&v.hash) {
            return Err(invalid(format!(
                "DocumentHash does not match version {} of {} ({hash_type}).",
                v.version, doc.name
            )));
        }
    }
    let parsed =
        document::parse(&v.content, DocFormat::from_model(&v.format).unwrap_or(DocFormat::Json), &doc.document_type)?;
    let params = run_parameters(task);
    pseudo::check(&task.task_type, &params).map_err(|e| match e {
        Error::Service { message, .. } => invalid(format!("{} (document {name})", message.trim_end_matches('.'))),
        e => e,
    })?;
    let (with_pseudo, plain): (Parameters, Parameters) =
        params.into_iter().partition(|(_, vs)| vs.iter().any(|v| pseudo::uses_pseudo(v)));
    let declared: Vec<&str> = parsed.parameters.iter().map(|p| p.name.as_str()).collect();
    for p in with_pseudo.keys() {
        if !declared.contains(&p.as_str()) {
            return Err(invalid(format!(
                "Task parameter {p} is not declared by document {name} (declared: {}).",
                if declared.is_empty() { "none".to_string() } else { declared.join(", ") }
            )));
        }
    }
    let mut rest = parsed.clone();
    rest.parameters.retain(|d| !with_pseudo.contains_key(&d.name));
    plan::resolve_parameters(&rest, &plain, None).map_err(|e| match e {
        Error::Service { code, message } if code == "InvalidParameters" => {
            let message = message.strip_prefix("Parameter ").unwrap_or(&message);
            invalid(format!("Task parameter {} (document {name})", message.trim_end_matches('.')))
        }
        e => e,
    })?;
    Ok(())
}

/// Members that ask for an AWS side effect are refused before anything is stored (SPEC §17),
/// as send-command refuses them. ServiceRoleArn only grants permissions: kept, shown, no effect.
fn refuse_aws_only(logging_info: bool, tip: Option<&TaskInvocationParameters>, alarm: bool) -> Result<()> {
    const OUTPUT: &str = "ssmctl keeps every invocation's output in its state database (get-command-invocation)";
    let rc = tip.and_then(|t| t.run_command.as_ref());
    let cloud_watch = rc.and_then(|r| r.cloud_watch_output_config.as_ref()).is_some_and(|c| {
        c.get("CloudWatchOutputEnabled").and_then(|v| v.as_bool()).unwrap_or(false)
            || c.get("CloudWatchLogGroupName").is_some()
    });
    let refused = [
        (logging_info, "LoggingInfo", "S3", OUTPUT),
        (rc.is_some_and(|r| r.output_s3_bucket_name.is_some()), "OutputS3BucketName", "S3", OUTPUT),
        (rc.is_some_and(|r| r.output_s3_key_prefix.is_some()), "OutputS3KeyPrefix", "S3", OUTPUT),
        (cloud_watch, "CloudWatchOutputConfig", "CloudWatch Logs", OUTPUT),
        (
            rc.is_some_and(|r| r.notification_config.is_some()),
            "NotificationConfig",
            "SNS",
            "describe-maintenance-window-executions shows how each run went",
        ),
        (alarm, "AlarmConfiguration", "CloudWatch alarms", "MaxErrors stops a task when too many targets fail"),
    ];
    match refused.iter().find(|(given, ..)| *given) {
        Some((_, member, service, instead)) => {
            Err(Error::usage(format!("{member} asks for {service}, which ssmctl does not use; {instead}.")))
        }
        None => Ok(()),
    }
}

/// The line about the deprecated TaskParameters, when they were given.
fn legacy_warning(task: &TaskRecord, given: bool) -> Option<&'static str> {
    if !given || task.task_parameters.is_none() {
        return None;
    }
    Some(if own_parameters(task).is_empty() {
        "TaskParameters is deprecated; its values are used as the task's parameters (use TaskInvocationParameters)."
    } else {
        "TaskParameters is deprecated and ignored here: TaskInvocationParameters gives the task's parameters."
    })
}

fn warn(lines: &[&str]) {
    for l in lines {
        crate::error::eprint_line(&format!("ssmctl: warning: {l}"));
    }
}

pub fn register(ctx: &mut Ctx, req: RegisterTaskRequest) -> Result<RegisterTaskResult> {
    refuse_aws_only(
        req.logging_info.is_some(),
        req.task_invocation_parameters.as_ref(),
        req.alarm_configuration.is_some(),
    )?;
    let inv = ctx.inventory()?;
    let hash = hash_of(&req)?;
    let task = TaskRecord {
        window_id: req.window_id.clone(),
        window_task_id: uuid::Uuid::new_v4().to_string(),
        targets: req.targets.clone(),
        task_arn: req.task_arn.clone(),
        service_role_arn: req.service_role_arn.clone(),
        task_type: req.task_type.clone(),
        task_parameters: req.task_parameters.clone(),
        task_invocation_parameters: req.task_invocation_parameters.clone(),
        priority: req.priority.unwrap_or(DEFAULT_PRIORITY),
        max_concurrency: req.max_concurrency.clone(),
        max_errors: req.max_errors.clone(),
        logging_info: req.logging_info.clone(),
        name: req.name.clone(),
        description: req.description.clone(),
        cutoff_behavior: req.cutoff_behavior.clone().unwrap_or_else(|| DEFAULT_CUTOFF_BEHAVIOR.into()),
        alarm_configuration: req.alarm_configuration.clone(),
    };
    let id = ctx.store()?.write(|tx| {
        if let Some(token) = &req.client_token
            && let Some((existing, existing_hash)) = rows::task_by_token(tx, token)?
        {
            if existing_hash.as_deref() == Some(hash.as_str()) {
                return Ok(existing.window_task_id);
            }
            return Err(Error::service(
                "IdempotentParameterMismatch",
                format!(
                    "ClientToken {token} was used with different parameters to register task {}.",
                    existing.window_task_id
                ),
            ));
        }
        let window = window_of(tx, &req.window_id)?;
        check_task(tx, &inv, &window, &task)?;
        if rows::tasks(tx, &req.window_id)?.len() >= MAX_TASKS_PER_WINDOW {
            return Err(Error::service(
                "ResourceLimitExceededException",
                format!(
                    "Maintenance window {} has {MAX_TASKS_PER_WINDOW} tasks already, the most a window can have.",
                    req.window_id
                ),
            ));
        }
        rows::insert_task(tx, &task, req.client_token.as_deref(), Some(&hash))?;
        Ok(task.window_task_id.clone())
    })?;
    warn(&legacy_warning(&task, true).into_iter().collect::<Vec<_>>());
    Ok(RegisterTaskResult { window_task_id: id })
}

pub fn describe(ctx: &mut Ctx, req: DescribeRequest) -> Result<DescribeTasksResult> {
    check_filters(&req.filters, &["WindowTaskId", "TaskArn", "Priority", "TaskType"])?;
    ctx.store()?.read(|tx| {
        window_of(tx, &req.window_id)?;
        let f = &req.filters;
        let all: Vec<MaintenanceWindowTask> = rows::tasks(tx, &req.window_id)?
            .into_iter()
            .filter(|t| {
                filter_matches(f, "WindowTaskId", |v| v == t.window_task_id)
                    && filter_matches(f, "TaskArn", |v| v == t.task_arn)
                    && filter_matches(f, "Priority", |v| v.trim().parse::<i64>().ok() == Some(t.priority))
                    && filter_matches(f, "TaskType", |v| v == t.task_type)
            })
            .map(item)
            .collect();
        let (tasks, next_token) = page(&all, req.next_token.as_deref(), req.max_results, 100)?;
        Ok(DescribeTasksResult { tasks, next_token })
    })
}

fn item(t: TaskRecord) -> MaintenanceWindowTask {
    MaintenanceWindowTask {
        window_id: t.window_id,
        window_task_id: t.window_task_id,
        task_arn: t.task_arn,
        task_type: t.task_type,
        targets: t.targets,
        task_parameters: t.task_parameters,
        priority: t.priority,
        logging_info: t.logging_info,
        service_role_arn: t.service_role_arn,
        max_concurrency: t.max_concurrency,
        max_errors: t.max_errors,
        name: t.name,
        description: t.description,
        cutoff_behavior: t.cutoff_behavior,
        alarm_configuration: t.alarm_configuration,
    }
}

pub fn get(ctx: &mut Ctx, req: TaskIdRequest) -> Result<TaskRecord> {
    ctx.store()?.read(|tx| {
        window_of(tx, &req.window_id)?;
        task_of(tx, &req.window_id, &req.window_task_id)
    })
}

/// Without Replace only the members given change (TaskInvocationParameters as a whole, as AWS
/// says: what is not given again is removed); with it TaskArn is required and every optional
/// member not given is cleared. The task is then checked as at registration.
pub fn update(ctx: &mut Ctx, req: UpdateTaskRequest) -> Result<Value> {
    refuse_aws_only(
        req.logging_info.is_some(),
        req.task_invocation_parameters.as_ref(),
        req.alarm_configuration.is_some(),
    )?;
    let inv = ctx.inventory()?;
    let replace = req.replace.unwrap_or(false);
    let task = ctx.store()?.write(|tx| {
        let window = window_of(tx, &req.window_id)?;
        let old = task_of(tx, &req.window_id, &req.window_task_id)?;
        let t = if replace {
            let Some(arn) = &req.task_arn else {
                return Err(invalid(
                    "With --replace, TaskArn is required (as by register-task-with-maintenance-window).",
                ));
            };
            TaskRecord {
                window_id: old.window_id,
                window_task_id: old.window_task_id,
                targets: req.targets.clone().unwrap_or_default(),
                task_arn: arn.clone(),
                service_role_arn: req.service_role_arn.clone(),
                task_type: old.task_type,
                task_parameters: req.task_parameters.clone(),
                task_invocation_parameters: req.task_invocation_parameters.clone(),
                priority: req.priority.unwrap_or(DEFAULT_PRIORITY),
                max_concurrency: req.max_concurrency.clone(),
                max_errors: req.max_errors.clone(),
                logging_info: req.logging_info.clone(),
                name: req.name.clone(),
                description: req.description.clone(),
                cutoff_behavior: req.cutoff_behavior.clone().unwrap_or_else(|| DEFAULT_CUTOFF_BEHAVIOR.into()),
                alarm_configuration: req.alarm_configuration.clone(),
            }
        } else {
            let mut t = old;
            if let Some(list) = &req.targets {
                t.targets = list.clone();
                if list.is_empty() {
                    // A task made targetless drops the rate controls it had; only new ones are refused.
                    t.max_concurrency = None;
                    t.max_errors = None;
                }
            }
            macro_rules! set {
                ($($field:ident),*) => { $( if req.$field.is_some() { t.$field = req.$field.clone(); } )* };
            }
            set!(service_role_arn, task_parameters, task_invocation_parameters, max_concurrency, max_errors);
            set!(logging_info, name, description, alarm_configuration);
            if let Some(arn) = &req.task_arn {
                t.task_arn = arn.clone();
            }
            if let Some(p) = req.priority {
                t.priority = p;
            }
            if let Some(c) = &req.cutoff_behavior {
                t.cutoff_behavior = c.clone();
            }
            t
        };
        check_task(tx, &inv, &window, &t)?;
        rows::save_task(tx, &t)?;
        Ok(t)
    })?;
    warn(&legacy_warning(&task, req.task_parameters.is_some()).into_iter().collect::<Vec<_>>());
    // UpdateMaintenanceWindowTaskResult has every member of the task but its type.
    let mut shown = serde_json::to_value(&task)?;
    if let Some(m) = shown.as_object_mut() {
        m.remove("TaskType");
    }
    Ok(shown)
}

pub fn deregister(ctx: &mut Ctx, req: TaskIdRequest) -> Result<TaskIdResult> {
    ctx.store()?.write(|tx| {
        window_of(tx, &req.window_id)?;
        task_of(tx, &req.window_id, &req.window_task_id)?;
        rows::delete_task(tx, &req.window_id, &req.window_task_id)?;
        Ok(TaskIdResult { window_id: req.window_id.clone(), window_task_id: req.window_task_id.clone() })
    })
}

#[cfg(test)]
mod tests {
    use super::super::maintenance_window_targets as targets_op;
    use super::*;
    use crate::inventory::Inventory;
    use crate::model::maintenance_windows::{AutomationParameters, RunCommandParameters};
    use crate::store::Store;
    use crate::targets::Target;

    const W: &str = "mw-0123456789abcdef0";
    const OPEN: &str = "mw-0123456789abcdef1";

    fn ctx() -> Ctx {
        let mut ctx = Ctx::with_store(Store::in_memory().unwrap());
        let inv = Inventory::parse(
            "hosts:\n  web-1: {address: 127.0.0.1, tags: {Role: web}, groups: [frontend]}\n  db-1: {address: 127.0.0.1}\n",
            std::path::Path::new("/nonexistent/inventory.yaml"),
        )
        .unwrap();
        ctx.inventory = Some(std::rc::Rc::new(inv));
        let now = crate::model::time::now();
        ctx.store()
            .unwrap()
            .write(|tx| {
                for (id, open) in [(W, false), (OPEN, true)] {
                    rows::insert_window(
                        tx,
                        &WindowRow {
                            window_id: id.into(),
                            name: "w1".into(),
                            schedule: "cron(0 2 ? * SUN *)".into(),
                            duration: 3,
                            cutoff: 1,
                            allow_unassociated_targets: open,
                            enabled: true,
                            created: now,
                            modified: now,
                            ..Default::default()
                        },
                    )?;
                }
                Ok(())
            })
            .unwrap();
        ctx
    }

    fn target(key: &str, values: &[&str]) -> Target {
        Target { key: key.into(), values: values.iter().map(|s| s.to_string()).collect() }
    }

    fn register_target(ctx: &mut Ctx, window: &str, rt: &str, t: Vec<Target>) -> Result<String> {
        let req = RegisterTargetRequest {
            window_id: window.into(),
            resource_type: rt.into(),
            targets: t,
            ..Default::default()
        };
        targets_op::register(ctx, req).map(|r| r.window_target_id)
    }

    fn params(pairs: &[(&str, &[&str])]) -> Parameters {
        pairs.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect()
    }

    fn run_command(arn: &str, t: Vec<Target>, p: Parameters) -> RegisterTaskRequest {
        RegisterTaskRequest {
            window_id: W.into(),
            targets: t,
            task_arn: arn.into(),
            task_type: "RUN_COMMAND".into(),
            task_invocation_parameters: Some(TaskInvocationParameters {
                run_command: Some(RunCommandParameters { parameters: p, ..Default::default() }),
                ..Default::default()
            }),
            max_concurrency: Some("1".into()),
            max_errors: Some("0".into()),
            ..Default::default()
        }
    }

    fn automation(arn: &str, p: Parameters) -> RegisterTaskRequest {
        RegisterTaskRequest {
            window_id: W.into(),
            task_arn: arn.into(),
            task_type: "AUTOMATION".into(),
            task_invocation_parameters: Some(TaskInvocationParameters {
                automation: Some(AutomationParameters { parameters: p, ..Default::default() }),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    /// The one line a refusal prints, asserting its code.
    fn refused<T: std::fmt::Debug>(r: Result<T>, code: &str) -> String {
        let e = r.unwrap_err();
        let line = e.render(Some("Op"));
        assert!(line.contains(&format!("({code})")), "{line}");
        assert_eq!(e.exit_code(), 254, "{line}");
        line
    }

    fn task_count(ctx: &mut Ctx) -> usize {
        ctx.store().unwrap().read(|tx| rows::tasks(tx, W)).unwrap().len()
    }

    #[test]
    fn targets_are_checked_against_the_inventory_at_registration() {
        let mut c = ctx();
        register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1", "db-1"])]).unwrap();
        register_target(&mut c, W, "INSTANCE", vec![target("tag:Role", &["nobody-yet"])]).unwrap();
        register_target(&mut c, W, "RESOURCE_GROUP", vec![target("resource-groups:Name", &["frontend"])]).unwrap();
        let l = refused(
            register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-l"])]),
            "ValidationException",
        );
        assert!(l.contains("web-l"), "{l}");
        let l = refused(
            register_target(&mut c, W, "RESOURCE_GROUP", vec![target("resource-groups:Name", &["backend"])]),
            "ValidationException",
        );
        assert!(l.contains("backend"), "{l}");
        refused(
            register_target(&mut c, W, "INSTANCE", vec![target("resource-groups:Name", &["frontend"])]),
            "ValidationException",
        );
        refused(
            register_target(&mut c, W, "RESOURCE_GROUP", vec![target("InstanceIds", &["web-1"])]),
            "ValidationException",
        );
        refused(register_target(&mut c, W, "INSTANCE", vec![target("Bogus", &["x"])]), "ValidationException");
        refused(
            register_target(&mut c, "mw-0123456789abcdef9", "INSTANCE", vec![target("InstanceIds", &["web-1"])]),
            "DoesNotExistException",
        );
        assert_eq!(c.store().unwrap().read(|tx| rows::targets(tx, W)).unwrap().len(), 3);
    }

    #[test]
    fn a_window_takes_at_most_100_targets_and_client_tokens_are_idempotent() {
        let mut c = ctx();
        let req = |token: &str, id: &str| RegisterTargetRequest {
            window_id: W.into(),
            resource_type: "INSTANCE".into(),
            targets: vec![target("InstanceIds", &[id])],
            client_token: Some(token.into()),
            ..Default::default()
        };
        let first = targets_op::register(&mut c, req("t1", "web-1")).unwrap().window_target_id;
        assert_eq!(targets_op::register(&mut c, req("t1", "web-1")).unwrap().window_target_id, first);
        refused(targets_op::register(&mut c, req("t1", "db-1")), "IdempotentParameterMismatch");
        for _ in 1..MAX_TARGETS_PER_WINDOW_FOR_TEST {
            register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["db-1"])]).unwrap();
        }
        refused(
            register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["db-1"])]),
            "ResourceLimitExceededException",
        );
    }

    const MAX_TARGETS_PER_WINDOW_FOR_TEST: usize = targets_op::MAX_TARGETS_PER_WINDOW;

    #[test]
    fn run_command_parameters_are_checked_against_the_document() {
        let mut c = ctx();
        let tid = register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1"])]).unwrap();
        let wt = || vec![target("WindowTargetIds", &[tid.as_str()])];
        register(&mut c, run_command("AWS-RunShellScript", wt(), params(&[("commands", &["uptime"])]))).unwrap();
        let l = refused(
            register(&mut c, run_command("AWS-RunShellScript", wt(), params(&[("command", &["uptime"])]))),
            "ValidationException",
        );
        assert!(l.contains("Task parameter command") && l.contains("AWS-RunShellScript"), "{l}");
        let l = refused(
            register(&mut c, run_command("AWS-RunPatchBaseline", wt(), params(&[("Operation", &["Scna"])]))),
            "ValidationException",
        );
        assert!(l.contains("Operation") && l.contains("Scan") && l.contains("Install"), "{l}");
        let l = refused(register(&mut c, run_command("AWS-RunShellScript", wt(), params(&[]))), "ValidationException");
        assert!(l.contains("commands") && l.contains("required"), "{l}");
        let l = refused(
            register(
                &mut c,
                run_command(
                    "AWS-RunPatchBaseline",
                    wt(),
                    params(&[("Operation", &["Scan"]), ("SnapshotId", &["not-a-guid"])]),
                ),
            ),
            "ValidationException",
        );
        assert!(l.contains("SnapshotId") && l.contains("allowedPattern"), "{l}");
        // A pseudo parameter stands in for a value that must match the pattern at run time.
        register(
            &mut c,
            run_command(
                "AWS-RunPatchBaseline",
                wt(),
                params(&[("Operation", &["Scan"]), ("SnapshotId", &["{{WINDOW_EXECUTION_ID}}"])]),
            ),
        )
        .unwrap();
        refused(register(&mut c, run_command("No-Such-Doc", wt(), params(&[]))), "ValidationException");
        let mut versioned = run_command("AWS-RunShellScript", wt(), params(&[("commands", &["uptime"])]));
        versioned.task_invocation_parameters.as_mut().unwrap().run_command.as_mut().unwrap().document_version =
            Some("7".into());
        refused(register(&mut c, versioned), "ValidationException");
        assert_eq!(task_count(&mut c), 2);
    }

    #[test]
    fn pseudo_parameters_are_checked_for_the_task_type() {
        let mut c = ctx();
        let tid = register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1"])]).unwrap();
        let wt = || vec![target("WindowTargetIds", &[tid.as_str()])];
        let l = refused(
            register(&mut c, run_command("AWS-RunShellScript", wt(), params(&[("commands", &["echo {{TARGET_ID}}"])]))),
            "ValidationException",
        );
        assert!(l.contains("TARGET_ID") && l.contains("RUN_COMMAND"), "{l}");
        let l = refused(
            register(
                &mut c,
                run_command("AWS-RunShellScript", wt(), params(&[("commands", &["echo {{WINDOW_IDD}}"])])),
            ),
            "ValidationException",
        );
        assert!(l.contains("WINDOW_IDD"), "{l}");
        register(
            &mut c,
            run_command("AWS-RunShellScript", wt(), params(&[("commands", &["echo {{WINDOW_ID}} {{INVOCATION_ID}}"])])),
        )
        .unwrap();
        register(&mut c, automation("SSMCTL-RestartHost", params(&[("InstanceId", &["{{RESOURCE_ID}}"])]))).unwrap();
        let l = refused(
            register(&mut c, automation("SSMCTL-RestartHost", params(&[("Nope", &["{{RESOURCE_ID}}"])]))),
            "ValidationException",
        );
        assert!(l.contains("Nope") && l.contains("SSMCTL-RestartHost"), "{l}");
        assert_eq!(task_count(&mut c), 2);
    }

    #[test]
    fn targets_and_rate_controls_of_tasks_follow_aws() {
        let mut c = ctx();
        let tid = register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1"])]).unwrap();
        let shell = |t: Vec<Target>| run_command("AWS-RunShellScript", t, params(&[("commands", &["uptime"])]));
        refused(register(&mut c, shell(vec![])), "ValidationException");
        let l = refused(register(&mut c, shell(vec![target("InstanceIds", &["web-1"])])), "ValidationException");
        assert!(l.contains("allow unassociated targets"), "{l}");
        let mut open = shell(vec![target("InstanceIds", &["web-1"])]);
        open.window_id = OPEN.into();
        register(&mut c, open.clone()).unwrap();
        open.targets = vec![target("InstanceIds", &["web-2"])];
        assert!(refused(register(&mut c, open), "ValidationException").contains("web-2"));
        // A target of another window is not this window's.
        let other = register_target(&mut c, OPEN, "INSTANCE", vec![target("InstanceIds", &["db-1"])]).unwrap();
        refused(register(&mut c, shell(vec![target("WindowTargetIds", &[other.as_str()])])), "DoesNotExistException");
        let mut no_rate = shell(vec![target("WindowTargetIds", &[tid.as_str()])]);
        no_rate.max_errors = None;
        assert!(refused(register(&mut c, no_rate), "ValidationException").contains("MaxErrors"));
        let mut targetless = automation("SSMCTL-RestartHost", params(&[("InstanceId", &["web-1"])]));
        targetless.max_concurrency = Some("1".into());
        let l = refused(register(&mut c, targetless.clone()), "ValidationException");
        assert!(l.contains("Maintenance window tasks without targets don't support MaxConcurrency values"), "{l}");
        targetless.max_concurrency = None;
        targetless.max_errors = Some("1".into());
        assert!(refused(register(&mut c, targetless.clone()), "ValidationException").contains("MaxErrors"));
        targetless.max_errors = None;
        let id = register(&mut c, targetless).unwrap().window_task_id;
        let got = get(&mut c, TaskIdRequest { window_id: W.into(), window_task_id: id }).unwrap();
        assert_eq!((got.max_concurrency, got.max_errors, got.priority), (None, None, DEFAULT_PRIORITY));
        assert_eq!(got.cutoff_behavior, "CONTINUE_TASK");
        let mut lambda = automation("arn:aws:lambda:us-east-1:123456789012:function:f", params(&[]));
        lambda.task_type = "LAMBDA".into();
        lambda.task_invocation_parameters = None;
        refused(register(&mut c, lambda), "FeatureNotAvailableException");
        refused(register(&mut c, automation("AWS-RunShellScript", params(&[]))), "ValidationException");
        assert_eq!(task_count(&mut c), 1);
    }

    #[test]
    fn deprecated_task_parameters_are_checked_and_used_when_nothing_else_gives_parameters() {
        let mut c = ctx();
        let tid = register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1"])]).unwrap();
        let mut req = run_command("AWS-RunShellScript", vec![target("WindowTargetIds", &[tid.as_str()])], params(&[]));
        req.task_invocation_parameters = None;
        req.task_parameters = Some(serde_json::json!({"commands": {"Values": ["uptime"]}}));
        let id = register(&mut c, req.clone()).unwrap().window_task_id;
        let got = get(&mut c, TaskIdRequest { window_id: W.into(), window_task_id: id }).unwrap();
        assert_eq!(run_parameters(&got), params(&[("commands", &["uptime"])]));
        req.task_parameters = Some(serde_json::json!({"commandz": {"Values": ["uptime"]}}));
        refused(register(&mut c, req), "ValidationException");
    }

    #[test]
    fn at_most_20_tasks_and_tokens_are_idempotent() {
        let mut c = ctx();
        let req = |token: &str| {
            let mut r = automation("SSMCTL-RestartHost", params(&[("InstanceId", &["web-1"])]));
            r.client_token = Some(token.into());
            r
        };
        let first = register(&mut c, req("a")).unwrap().window_task_id;
        assert_eq!(register(&mut c, req("a")).unwrap().window_task_id, first);
        let mut other = req("a");
        other.priority = Some(5);
        refused(register(&mut c, other), "IdempotentParameterMismatch");
        for i in 1..MAX_TASKS_PER_WINDOW {
            register(&mut c, req(&format!("t{i}"))).unwrap();
        }
        refused(register(&mut c, req("last")), "ResourceLimitExceededException");
        assert_eq!(task_count(&mut c), MAX_TASKS_PER_WINDOW);
    }

    #[test]
    fn update_keeps_or_replaces_and_checks_as_register_does() {
        let mut c = ctx();
        let tid = register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1"])]).unwrap();
        let mut req = run_command(
            "AWS-RunShellScript",
            vec![target("WindowTargetIds", &[tid.as_str()])],
            params(&[("commands", &["uptime"])]),
        );
        req.name = Some("nightly".into());
        req.priority = Some(3);
        let id = register(&mut c, req).unwrap().window_task_id;
        let upd = |p: UpdateTaskRequest| UpdateTaskRequest { window_id: W.into(), window_task_id: id.clone(), ..p };
        let out =
            update(&mut c, upd(UpdateTaskRequest { description: Some("d".into()), ..Default::default() })).unwrap();
        assert_eq!(out["Name"], "nightly");
        assert_eq!(out["Priority"], 3);
        assert_eq!(out["Description"], "d");
        assert!(out.get("TaskType").is_none());
        let bad = TaskInvocationParameters {
            run_command: Some(RunCommandParameters {
                parameters: params(&[("Operation", &["Scna"])]),
                ..Default::default()
            }),
            ..Default::default()
        };
        let r = update(
            &mut c,
            upd(UpdateTaskRequest {
                task_arn: Some("AWS-RunPatchBaseline".into()),
                task_invocation_parameters: Some(bad),
                ..Default::default()
            }),
        );
        assert!(refused(r, "ValidationException").contains("Scna"));
        refused(
            update(&mut c, upd(UpdateTaskRequest { replace: Some(true), ..Default::default() })),
            "ValidationException",
        );
        let replaced = update(
            &mut c,
            upd(UpdateTaskRequest {
                replace: Some(true),
                task_arn: Some("AWS-RunShellScript".into()),
                targets: Some(vec![target("WindowTargetIds", &[tid.as_str()])]),
                max_concurrency: Some("2".into()),
                max_errors: Some("1".into()),
                task_invocation_parameters: Some(TaskInvocationParameters {
                    run_command: Some(RunCommandParameters {
                        parameters: params(&[("commands", &["id"])]),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        )
        .unwrap();
        assert!(replaced.get("Name").is_none() && replaced.get("Description").is_none(), "{replaced}");
        assert_eq!(replaced["Priority"], DEFAULT_PRIORITY);
        let got = get(&mut c, TaskIdRequest { window_id: W.into(), window_task_id: id.clone() }).unwrap();
        assert_eq!(run_parameters(&got), params(&[("commands", &["id"])]));
    }

    #[test]
    fn deregister_safe_refuses_a_target_in_use_and_plain_deregister_leaves_the_id() {
        let mut c = ctx();
        let tid = register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1"])]).unwrap();
        let task = register(
            &mut c,
            run_command(
                "AWS-RunShellScript",
                vec![target("WindowTargetIds", &[tid.as_str()])],
                params(&[("commands", &["uptime"])]),
            ),
        )
        .unwrap()
        .window_task_id;
        let dereg =
            |safe| DeregisterTargetRequest { window_id: W.into(), window_target_id: tid.clone(), safe: Some(safe) };
        let l = refused(targets_op::deregister(&mut c, dereg(true)), "TargetInUseException");
        assert!(l.contains(&task), "{l}");
        targets_op::deregister(&mut c, dereg(false)).unwrap();
        refused(targets_op::deregister(&mut c, dereg(false)), "DoesNotExistException");
        let got = get(&mut c, TaskIdRequest { window_id: W.into(), window_task_id: task.clone() }).unwrap();
        assert_eq!(got.targets[0].values, std::slice::from_ref(&tid));
        deregister(&mut c, TaskIdRequest { window_id: W.into(), window_task_id: task.clone() }).unwrap();
        refused(get(&mut c, TaskIdRequest { window_id: W.into(), window_task_id: task }), "DoesNotExistException");
    }

    #[test]
    fn describe_filters_and_pages() {
        let mut c = ctx();
        for i in 0..12 {
            let mut r = automation("SSMCTL-RestartHost", params(&[("InstanceId", &["web-1"])]));
            r.priority = Some(i % 3);
            register(&mut c, r).unwrap();
        }
        let d = |filters: Vec<MaintenanceWindowFilter>, max: Option<i64>, token: Option<String>| DescribeRequest {
            window_id: W.into(),
            filters,
            max_results: max,
            next_token: token,
        };
        let f = |k: &str, v: &str| MaintenanceWindowFilter { key: Some(k.into()), values: vec![v.into()] };
        assert_eq!(describe(&mut c, d(vec![f("Priority", "1")], None, None)).unwrap().tasks.len(), 4);
        assert_eq!(describe(&mut c, d(vec![f("TaskType", "RUN_COMMAND")], None, None)).unwrap().tasks.len(), 0);
        let first = describe(&mut c, d(vec![], Some(10), None)).unwrap();
        assert_eq!(first.tasks.len(), 10);
        let rest = describe(&mut c, d(vec![], Some(10), first.next_token)).unwrap();
        assert_eq!((rest.tasks.len(), rest.next_token), (2, None));
        refused(describe(&mut c, d(vec![f("Nope", "1")], None, None)), "ValidationException");
        let shown = serde_json::to_value(&rest.tasks[0]).unwrap();
        assert_eq!(shown["Type"], "AUTOMATION");
        register_target(&mut c, W, "INSTANCE", vec![target("InstanceIds", &["web-1"])]).unwrap();
        let req = DescribeRequest { window_id: W.into(), filters: vec![f("Type", "INSTANCE")], ..Default::default() };
        assert_eq!(targets_op::describe(&mut c, req).unwrap().targets.len(), 1);
    }
}
