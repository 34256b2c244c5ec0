//! What maintenance windows ran: describe-/get-maintenance-window-execution(s), their tasks
//! and invocations, and cancel-maintenance-window-execution.

use super::Ctx;
use super::patch_states::page;
use crate::error::{Error, Result};
use crate::maintenance::run::{self, is_terminal};
use crate::model::maintenance_window_executions::*;
use crate::model::time::{self, Clock};
use crate::store::maintenance_windows::{self as rows, ExecutionRow, InvocationRow, TaskExecutionRow};
use rusqlite::Connection;
use serde_json::{Map, Value, json};

const STATUSES: [&str; 8] =
    ["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED", "SKIPPED_OVERLAPPING"];

fn no_execution(id: &str) -> Error {
    Error::service("DoesNotExistException", format!("Maintenance window execution {id} does not exist."))
}

fn execution(conn: &Connection, id: &str) -> Result<ExecutionRow> {
    rows::get_execution(conn, id)?.ok_or_else(|| no_execution(id))
}

fn task_execution(conn: &Connection, ex_id: &str, task_id: &str) -> Result<TaskExecutionRow> {
    execution(conn, ex_id)?;
    rows::get_task_execution(conn, ex_id, task_id)?.ok_or_else(|| {
        Error::service("DoesNotExistException", format!("Execution {ex_id} has no task execution {task_id}."))
    })
}

/// The STATUS filter of the task and invocation describes (the only key they take).
fn status_filter(filters: &[Filter]) -> Result<Option<Vec<String>>> {
    let mut wanted: Option<Vec<String>> = None;
    for f in filters {
        let key = f.key.as_deref().unwrap_or_default();
        if key != "STATUS" {
            return Err(Error::service(
                "ValidationException",
                format!("Filter key {key:?} is not supported; use STATUS."),
            ));
        }
        if let Some(bad) = f.values.iter().find(|v| !STATUSES.contains(&v.as_str())) {
            return Err(Error::service(
                "ValidationException",
                format!("STATUS {bad} is not one of {}.", STATUSES.join(", ")),
            ));
        }
        wanted.get_or_insert_with(Vec::new).extend(f.values.iter().cloned());
    }
    Ok(wanted)
}

pub fn describe_executions(
    ctx: &mut Ctx,
    req: DescribeMaintenanceWindowExecutionsRequest,
) -> Result<DescribeMaintenanceWindowExecutionsResult> {
    ctx.store()?.read(|tx| {
        let mut all = rows::executions(tx, &req.window_id)?;
        for f in &req.filters {
            let key = f.key.as_deref().unwrap_or_default();
            let [v] = f.values.as_slice() else {
                return Err(Error::service("ValidationException", format!("Filter {key} takes one time.")));
            };
            let t = time::parse_cli_str(v).ok_or_else(|| {
                Error::service("ValidationException", format!("Filter {key} needs an ISO 8601 time, not {v}."))
            })?;
            match key {
                "ExecutedBefore" => all.retain(|e| e.start_time.is_some_and(|s| s < t)),
                "ExecutedAfter" => all.retain(|e| e.start_time.is_some_and(|s| s > t)),
                other => {
                    return Err(Error::service(
                        "ValidationException",
                        format!("Filter key {other} is not supported; use ExecutedBefore or ExecutedAfter."),
                    ));
                }
            }
        }
        let (items, next_token) = page(&all, req.next_token.as_deref(), req.max_results, 50)?;
        let window_executions = items
            .into_iter()
            .map(|e| MaintenanceWindowExecution {
                window_id: e.window_id,
                window_execution_id: e.window_execution_id,
                status: e.status,
                status_details: e.status_details,
                start_time: e.start_time,
                end_time: e.end_time,
            })
            .collect();
        Ok(DescribeMaintenanceWindowExecutionsResult { window_executions, next_token })
    })
}

pub fn get_execution(
    ctx: &mut Ctx,
    req: GetMaintenanceWindowExecutionRequest,
) -> Result<GetMaintenanceWindowExecutionResult> {
    ctx.store()?.read(|tx| {
        let e = execution(tx, &req.window_execution_id)?;
        let task_ids =
            rows::task_executions(tx, &e.window_execution_id)?.into_iter().map(|t| t.task_execution_id).collect();
        Ok(GetMaintenanceWindowExecutionResult {
            window_execution_id: e.window_execution_id,
            task_ids,
            status: e.status,
            status_details: e.status_details,
            start_time: e.start_time,
            end_time: e.end_time,
        })
    })
}

pub fn describe_tasks(
    ctx: &mut Ctx,
    req: DescribeMaintenanceWindowExecutionTasksRequest,
) -> Result<DescribeMaintenanceWindowExecutionTasksResult> {
    ctx.store()?.read(|tx| {
        execution(tx, &req.window_execution_id)?;
        let wanted = status_filter(&req.filters)?;
        let all: Vec<TaskExecutionRow> = rows::task_executions(tx, &req.window_execution_id)?
            .into_iter()
            .filter(|t| wanted.as_ref().is_none_or(|w| w.contains(&t.status)))
            .collect();
        let (items, next_token) = page(&all, req.next_token.as_deref(), req.max_results, 50)?;
        let window_execution_task_identities = items
            .into_iter()
            .map(|t| MaintenanceWindowExecutionTaskIdentity {
                window_execution_id: t.window_execution_id,
                task_execution_id: t.task_execution_id,
                status: t.status,
                status_details: t.status_details,
                start_time: t.start_time,
                end_time: t.end_time,
                task_arn: t.task.task_arn,
                task_type: t.task.task_type,
            })
            .collect();
        Ok(DescribeMaintenanceWindowExecutionTasksResult { window_execution_task_identities, next_token })
    })
}

/// A task's parameters in GetMaintenanceWindowExecutionTask's form: a list holding one map
/// of name → {Values}.
fn task_parameters(t: &TaskExecutionRow) -> Vec<Map<String, Value>> {
    let params = super::maintenance_window_tasks::run_parameters(&t.task);
    if params.is_empty() {
        return vec![];
    }
    vec![params.into_iter().map(|(k, v)| (k, json!({ "Values": v }))).collect()]
}

pub fn get_task(
    ctx: &mut Ctx,
    req: GetMaintenanceWindowExecutionTaskRequest,
) -> Result<GetMaintenanceWindowExecutionTaskResult> {
    ctx.store()?.read(|tx| {
        let t = task_execution(tx, &req.window_execution_id, &req.task_id)?;
        Ok(GetMaintenanceWindowExecutionTaskResult {
            task_parameters: task_parameters(&t),
            window_execution_id: t.window_execution_id,
            task_execution_id: t.task_execution_id,
            task_arn: t.task.task_arn,
            service_role: t.task.service_role_arn,
            task_type: t.task.task_type,
            priority: t.priority,
            max_concurrency: t.task.max_concurrency,
            max_errors: t.task.max_errors,
            status: t.status,
            status_details: t.status_details,
            start_time: t.start_time,
            end_time: t.end_time,
        })
    })
}

fn invocation_of(ex_id: &str, task_type: &str, i: InvocationRow) -> MaintenanceWindowExecutionTaskInvocationIdentity {
    MaintenanceWindowExecutionTaskInvocationIdentity {
        window_execution_id: ex_id.to_string(),
        task_execution_id: i.task_execution_id,
        invocation_id: i.invocation_id,
        execution_id: i.execution_id,
        task_type: task_type.to_string(),
        parameters: i.parameters,
        status: i.status,
        status_details: i.status_details,
        start_time: i.start_time,
        end_time: i.end_time,
        owner_information: i.owner_information,
        window_target_id: i.window_target_id,
    }
}

pub fn describe_invocations(
    ctx: &mut Ctx,
    req: DescribeMaintenanceWindowExecutionTaskInvocationsRequest,
) -> Result<DescribeMaintenanceWindowExecutionTaskInvocationsResult> {
    ctx.store()?.read(|tx| {
        let t = task_execution(tx, &req.window_execution_id, &req.task_id)?;
        let wanted = status_filter(&req.filters)?;
        let all: Vec<InvocationRow> = rows::invocations(tx, &t.task_execution_id)?
            .into_iter()
            .filter(|i| wanted.as_ref().is_none_or(|w| w.contains(&i.status)))
            .collect();
        let (items, next_token) = page(&all, req.next_token.as_deref(), req.max_results, 50)?;
        let list = items.into_iter().map(|i| invocation_of(&req.window_execution_id, &t.task.task_type, i)).collect();
        Ok(DescribeMaintenanceWindowExecutionTaskInvocationsResult {
            window_execution_task_invocation_identities: list,
            next_token,
        })
    })
}

pub fn get_invocation(
    ctx: &mut Ctx,
    req: GetMaintenanceWindowExecutionTaskInvocationRequest,
) -> Result<MaintenanceWindowExecutionTaskInvocationIdentity> {
    ctx.store()?.read(|tx| {
        let t = task_execution(tx, &req.window_execution_id, &req.task_id)?;
        let i = rows::invocations(tx, &t.task_execution_id)?
            .into_iter()
            .find(|i| i.invocation_id == req.invocation_id)
            .ok_or_else(|| {
                Error::service(
                    "DoesNotExistException",
                    format!("Task execution {} has no invocation {}.", req.task_id, req.invocation_id),
                )
            })?;
        Ok(invocation_of(&req.window_execution_id, &t.task.task_type, i))
    })
}

/// Marks the execution CANCELLING and asks what runs to stop: commands are cancelled on
/// their hosts (by whichever process runs them), automations get a Cancel. Then, when no
/// other process holds it, it is settled here and ends CANCELLED.
pub fn cancel(
    ctx: &mut Ctx,
    req: CancelMaintenanceWindowExecutionRequest,
) -> Result<CancelMaintenanceWindowExecutionResult> {
    let id = req.window_execution_id.clone();
    let who = crate::automation::start::whoami();
    let open = ctx.store()?.write(|tx| {
        let mut e = execution(tx, &id)?;
        if is_terminal(&e.status) {
            return Ok(false);
        }
        e.status = "CANCELLING".into();
        // Due at any tick from now on, pinned or not.
        e.wake_at = Some(e.fire_time);
        rows::save_execution(tx, &e)?;
        for t in rows::task_executions(tx, &id)? {
            for i in rows::invocations(tx, &t.task_execution_id)?.into_iter().filter(|i| !is_terminal(&i.status)) {
                let Some(x) = &i.execution_id else { continue };
                if t.task.task_type == "AUTOMATION" {
                    crate::automation::actions::request_stop(tx, x, "Cancel", &who)?;
                } else if crate::store::commands::get(tx, x)?.is_some() {
                    crate::store::commands::request_cancel(tx, x)?;
                }
            }
        }
        Ok(true)
    })?;
    if open {
        run::advance(ctx, &id, Clock::wall())?;
    }
    Ok(CancelMaintenanceWindowExecutionResult { window_execution_id: id })
}
