//! Rows of Maintenance Windows (migration 15): windows, their targets and tasks, and the
//! executions, task executions and invocations the tick records.

use crate::error::Result;
use crate::model::maintenance_windows::{TargetRecord, TaskRecord};
use crate::model::time;
use crate::targets::Target;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

fn t(r: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    Ok(r.get::<_, Option<String>>(i)?.map(|s| time::from_db(&s)))
}

fn db(t: &Option<DateTime<Utc>>) -> Option<String> {
    t.as_ref().map(time::to_db)
}

fn next_seq(conn: &Connection, table: &str) -> Result<i64> {
    Ok(conn.query_row(&format!("SELECT coalesce(max(seq), 0) + 1 FROM {table}"), [], |r| r.get(0))?)
}

// ------------------------------------------------------------------ windows

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WindowRow {
    pub window_id: String,
    pub name: String,
    pub description: Option<String>,
    /// StartDate and EndDate as given (ISO 8601 text, shown back as given).
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub schedule: String,
    pub schedule_timezone: Option<String>,
    pub schedule_offset: Option<i64>,
    pub duration: i64,
    pub cutoff: i64,
    pub allow_unassociated_targets: bool,
    pub enabled: bool,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
    /// The latest fire time a tick has dealt with (run, skipped or recorded as missed).
    pub last_fire: Option<DateTime<Utc>>,
    pub client_token: Option<String>,
    pub request_hash: Option<String>,
}

const WINDOW_COLS: &str = "window_id, name, description, start_date, end_date, schedule, schedule_timezone, \
    schedule_offset, duration, cutoff, allow_unassociated_targets, enabled, created, modified, last_fire, \
    client_token, request_hash";

fn window(r: &Row) -> rusqlite::Result<WindowRow> {
    Ok(WindowRow {
        window_id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        start_date: r.get(3)?,
        end_date: r.get(4)?,
        schedule: r.get(5)?,
        schedule_timezone: r.get(6)?,
        schedule_offset: r.get(7)?,
        duration: r.get(8)?,
        cutoff: r.get(9)?,
        allow_unassociated_targets: r.get(10)?,
        enabled: r.get(11)?,
        created: time::from_db(&r.get::<_, String>(12)?),
        modified: time::from_db(&r.get::<_, String>(13)?),
        last_fire: t(r, 14)?,
        client_token: r.get(15)?,
        request_hash: r.get(16)?,
    })
}

pub fn insert_window(conn: &Connection, w: &WindowRow) -> Result<()> {
    let seq = next_seq(conn, "mw_windows")?;
    conn.execute(
        &format!("INSERT INTO mw_windows (seq, {WINDOW_COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)"),
        params![
            seq,
            w.window_id,
            w.name,
            w.description,
            w.start_date,
            w.end_date,
            w.schedule,
            w.schedule_timezone,
            w.schedule_offset,
            w.duration,
            w.cutoff,
            w.allow_unassociated_targets,
            w.enabled,
            time::to_db(&w.created),
            time::to_db(&w.modified),
            db(&w.last_fire),
            w.client_token,
            w.request_hash,
        ],
    )?;
    Ok(())
}

/// Writes every member of an existing window (update-maintenance-window, the tick's last_fire).
pub fn save_window(conn: &Connection, w: &WindowRow) -> Result<()> {
    conn.execute(
        "UPDATE mw_windows SET name = ?2, description = ?3, start_date = ?4, end_date = ?5, schedule = ?6, \
         schedule_timezone = ?7, schedule_offset = ?8, duration = ?9, cutoff = ?10, allow_unassociated_targets = ?11, \
         enabled = ?12, modified = ?13, last_fire = ?14 WHERE window_id = ?1",
        params![
            w.window_id,
            w.name,
            w.description,
            w.start_date,
            w.end_date,
            w.schedule,
            w.schedule_timezone,
            w.schedule_offset,
            w.duration,
            w.cutoff,
            w.allow_unassociated_targets,
            w.enabled,
            time::to_db(&w.modified),
            db(&w.last_fire),
        ],
    )?;
    Ok(())
}

pub fn get_window(conn: &Connection, window_id: &str) -> Result<Option<WindowRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {WINDOW_COLS} FROM mw_windows WHERE window_id = ?1"))?
        .query_row([window_id], window)
        .optional()?)
}

pub fn window_by_token(conn: &Connection, token: &str) -> Result<Option<WindowRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {WINDOW_COLS} FROM mw_windows WHERE client_token = ?1"))?
        .query_row([token], window)
        .optional()?)
}

/// Every window, oldest first.
pub fn windows(conn: &Connection) -> Result<Vec<WindowRow>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {WINDOW_COLS} FROM mw_windows ORDER BY seq"))?;
    let rows = stmt.query_map([], window)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn count_windows(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM mw_windows", [], |r| r.get(0))?)
}

/// Deletes a window with its targets, tasks and history; false when there was none.
pub fn delete_window(conn: &Connection, window_id: &str) -> Result<bool> {
    conn.execute("DELETE FROM tags WHERE resource_type = 'MaintenanceWindow' AND resource_id = ?1", [window_id])?;
    Ok(conn.execute("DELETE FROM mw_windows WHERE window_id = ?1", [window_id])? > 0)
}

// ------------------------------------------------------------------ targets

pub fn insert_target(conn: &Connection, t: &TargetRecord, client_token: Option<&str>, hash: Option<&str>) -> Result<()> {
    let seq = next_seq(conn, "mw_targets")?;
    conn.execute(
        "INSERT INTO mw_targets (window_target_id, window_id, seq, resource_type, targets, owner_information, name, \
         description, client_token, request_hash) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
        params![
            t.window_target_id,
            t.window_id,
            seq,
            t.resource_type,
            serde_json::to_string(&t.targets)?,
            t.owner_information,
            t.name,
            t.description,
            client_token,
            hash,
        ],
    )?;
    Ok(())
}

pub fn save_target(conn: &Connection, t: &TargetRecord) -> Result<()> {
    conn.execute(
        "UPDATE mw_targets SET targets = ?2, owner_information = ?3, name = ?4, description = ?5 \
         WHERE window_target_id = ?1",
        params![t.window_target_id, serde_json::to_string(&t.targets)?, t.owner_information, t.name, t.description],
    )?;
    Ok(())
}

const TARGET_COLS: &str =
    "window_id, window_target_id, resource_type, targets, owner_information, name, description, request_hash";

fn target(r: &Row) -> rusqlite::Result<(TargetRecord, Option<String>)> {
    let targets: String = r.get(3)?;
    Ok((
        TargetRecord {
            window_id: r.get(0)?,
            window_target_id: r.get(1)?,
            resource_type: r.get(2)?,
            targets: serde_json::from_str(&targets).unwrap_or_default(),
            owner_information: r.get(4)?,
            name: r.get(5)?,
            description: r.get(6)?,
        },
        r.get(7)?,
    ))
}

pub fn get_target(conn: &Connection, window_id: &str, target_id: &str) -> Result<Option<TargetRecord>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {TARGET_COLS} FROM mw_targets WHERE window_id = ?1 AND window_target_id = ?2"))?
        .query_row([window_id, target_id], target)
        .optional()?
        .map(|(t, _)| t))
}

/// The target a ClientToken made, and the hash of the request that made it.
pub fn target_by_token(conn: &Connection, token: &str) -> Result<Option<(TargetRecord, Option<String>)>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {TARGET_COLS} FROM mw_targets WHERE client_token = ?1"))?
        .query_row([token], target)
        .optional()?)
}

/// A window's targets in registration order.
pub fn targets(conn: &Connection, window_id: &str) -> Result<Vec<TargetRecord>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {TARGET_COLS} FROM mw_targets WHERE window_id = ?1 ORDER BY seq"))?;
    let rows = stmt.query_map([window_id], target)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().map(|(t, _)| t).collect())
}

pub fn delete_target(conn: &Connection, window_id: &str, target_id: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM mw_targets WHERE window_id = ?1 AND window_target_id = ?2", [window_id, target_id])?
        > 0)
}

// ------------------------------------------------------------------ tasks

pub fn insert_task(conn: &Connection, t: &TaskRecord, client_token: Option<&str>, hash: Option<&str>) -> Result<()> {
    let seq = next_seq(conn, "mw_tasks")?;
    conn.execute(
        "INSERT INTO mw_tasks (window_task_id, window_id, seq, body, client_token, request_hash) \
         VALUES (?1,?2,?3,?4,?5,?6)",
        params![t.window_task_id, t.window_id, seq, serde_json::to_string(t)?, client_token, hash],
    )?;
    Ok(())
}

pub fn save_task(conn: &Connection, t: &TaskRecord) -> Result<()> {
    conn.execute(
        "UPDATE mw_tasks SET body = ?2 WHERE window_task_id = ?1",
        params![t.window_task_id, serde_json::to_string(t)?],
    )?;
    Ok(())
}

fn task(r: &Row) -> rusqlite::Result<(TaskRecord, Option<String>)> {
    let body: String = r.get(0)?;
    Ok((serde_json::from_str(&body).unwrap_or_default(), r.get(1)?))
}

pub fn get_task(conn: &Connection, window_id: &str, task_id: &str) -> Result<Option<TaskRecord>> {
    Ok(conn
        .prepare_cached("SELECT body, request_hash FROM mw_tasks WHERE window_id = ?1 AND window_task_id = ?2")?
        .query_row([window_id, task_id], task)
        .optional()?
        .map(|(t, _)| t))
}

pub fn task_by_token(conn: &Connection, token: &str) -> Result<Option<(TaskRecord, Option<String>)>> {
    Ok(conn
        .prepare_cached("SELECT body, request_hash FROM mw_tasks WHERE client_token = ?1")?
        .query_row([token], task)
        .optional()?)
}

/// A window's tasks in registration order.
pub fn tasks(conn: &Connection, window_id: &str) -> Result<Vec<TaskRecord>> {
    let mut stmt = conn.prepare_cached("SELECT body, request_hash FROM mw_tasks WHERE window_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([window_id], task)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().map(|(t, _)| t).collect())
}

pub fn delete_task(conn: &Connection, window_id: &str, task_id: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM mw_tasks WHERE window_id = ?1 AND window_task_id = ?2", [window_id, task_id])? > 0)
}

// ------------------------------------------------------------------ executions

#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionRow {
    pub window_execution_id: String,
    pub window_id: String,
    /// The schedule's fire time this execution is for (unique per window).
    pub fire_time: DateTime<Utc>,
    pub status: String,
    pub status_details: Option<String>,
    pub start_time: Option<DateTime<Utc>>,
    pub end_time: Option<DateTime<Utc>>,
    /// `window_end - Cutoff`: no task starts at or after it.
    pub cutoff_at: DateTime<Utc>,
    /// `fire_time + Duration`.
    pub window_end: DateTime<Utc>,
    /// When a tick must look at it again; None once it ended.
    pub wake_at: Option<DateTime<Utc>>,
}

const EXEC_COLS: &str =
    "window_execution_id, window_id, fire_time, status, status_details, start_time, end_time, cutoff_at, window_end, wake_at";

fn execution(r: &Row) -> rusqlite::Result<ExecutionRow> {
    Ok(ExecutionRow {
        window_execution_id: r.get(0)?,
        window_id: r.get(1)?,
        fire_time: time::from_db(&r.get::<_, String>(2)?),
        status: r.get(3)?,
        status_details: r.get(4)?,
        start_time: t(r, 5)?,
        end_time: t(r, 6)?,
        cutoff_at: time::from_db(&r.get::<_, String>(7)?),
        window_end: time::from_db(&r.get::<_, String>(8)?),
        wake_at: t(r, 9)?,
    })
}

/// Records an execution for a fire time; false when one exists for that fire time already
/// (another tick took it).
pub fn insert_execution(conn: &Connection, e: &ExecutionRow) -> Result<bool> {
    let n = conn.execute(
        &format!("INSERT OR IGNORE INTO mw_executions ({EXEC_COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"),
        params![
            e.window_execution_id,
            e.window_id,
            time::to_db(&e.fire_time),
            e.status,
            e.status_details,
            db(&e.start_time),
            db(&e.end_time),
            time::to_db(&e.cutoff_at),
            time::to_db(&e.window_end),
            db(&e.wake_at),
        ],
    )?;
    Ok(n > 0)
}

pub fn save_execution(conn: &Connection, e: &ExecutionRow) -> Result<()> {
    conn.execute(
        "UPDATE mw_executions SET status = ?2, status_details = ?3, start_time = ?4, end_time = ?5, wake_at = ?6 \
         WHERE window_execution_id = ?1",
        params![e.window_execution_id, e.status, e.status_details, db(&e.start_time), db(&e.end_time), db(&e.wake_at)],
    )?;
    Ok(())
}

pub fn get_execution(conn: &Connection, id: &str) -> Result<Option<ExecutionRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {EXEC_COLS} FROM mw_executions WHERE window_execution_id = ?1"))?
        .query_row([id], execution)
        .optional()?)
}

/// A window's executions, newest fire first.
pub fn executions(conn: &Connection, window_id: &str) -> Result<Vec<ExecutionRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {EXEC_COLS} FROM mw_executions WHERE window_id = ?1 ORDER BY fire_time DESC, window_execution_id"
    ))?;
    let rows = stmt.query_map([window_id], execution)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Executions a tick must look at now.
pub fn due_executions(conn: &Connection, now: &DateTime<Utc>) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT window_execution_id FROM mw_executions WHERE wake_at IS NOT NULL AND wake_at <= ?1 ORDER BY wake_at",
    )?;
    let rows = stmt.query_map([time::to_db(now)], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}

/// Whether a window has an execution that has not ended (for SKIPPED_OVERLAPPING).
pub fn open_execution(conn: &Connection, window_id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT window_execution_id FROM mw_executions WHERE window_id = ?1 \
             AND status IN ('PENDING', 'IN_PROGRESS', 'CANCELLING') LIMIT 1",
        )?
        .query_row([window_id], |r| r.get(0))
        .optional()?)
}

/// Drops ended executions that ended before `cut` (their tasks and invocations go with them).
pub fn prune(conn: &Connection, cut: &DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute("DELETE FROM mw_executions WHERE end_time IS NOT NULL AND end_time < ?1", [time::to_db(cut)])?)
}

// ------------------------------------------------------------------ task executions

/// A host a task runs on, resolved when the task started.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResolvedTarget {
    pub resource_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_target_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_information: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaskExecutionRow {
    pub task_execution_id: String,
    pub window_execution_id: String,
    pub priority: i64,
    /// The task as registered at the fire time.
    pub task: TaskRecord,
    /// None until the task starts.
    pub targets: Option<Vec<ResolvedTarget>>,
    pub status: String,
    pub status_details: Option<String>,
    pub start_time: Option<DateTime<Utc>>,
    pub end_time: Option<DateTime<Utc>>,
}

const TASK_EXEC_COLS: &str =
    "task_execution_id, window_execution_id, priority, task, targets, status, status_details, start_time, end_time";

fn task_execution(r: &Row) -> rusqlite::Result<TaskExecutionRow> {
    let task: String = r.get(3)?;
    let targets: Option<String> = r.get(4)?;
    Ok(TaskExecutionRow {
        task_execution_id: r.get(0)?,
        window_execution_id: r.get(1)?,
        priority: r.get(2)?,
        task: serde_json::from_str(&task).unwrap_or_default(),
        targets: targets.and_then(|t| serde_json::from_str(&t).ok()),
        status: r.get(5)?,
        status_details: r.get(6)?,
        start_time: t(r, 7)?,
        end_time: t(r, 8)?,
    })
}

pub fn insert_task_execution(conn: &Connection, t: &TaskExecutionRow) -> Result<()> {
    let seq: i64 = conn.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM mw_task_executions WHERE window_execution_id = ?1",
        [&t.window_execution_id],
        |r| r.get(0),
    )?;
    conn.execute(
        &format!("INSERT INTO mw_task_executions (seq, {TASK_EXEC_COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"),
        params![
            seq,
            t.task_execution_id,
            t.window_execution_id,
            t.priority,
            serde_json::to_string(&t.task)?,
            t.targets.as_ref().map(serde_json::to_string).transpose()?,
            t.status,
            t.status_details,
            db(&t.start_time),
            db(&t.end_time),
        ],
    )?;
    Ok(())
}

pub fn save_task_execution(conn: &Connection, t: &TaskExecutionRow) -> Result<()> {
    conn.execute(
        "UPDATE mw_task_executions SET targets = ?2, status = ?3, status_details = ?4, start_time = ?5, end_time = ?6 \
         WHERE task_execution_id = ?1",
        params![
            t.task_execution_id,
            t.targets.as_ref().map(serde_json::to_string).transpose()?,
            t.status,
            t.status_details,
            db(&t.start_time),
            db(&t.end_time),
        ],
    )?;
    Ok(())
}

/// An execution's task executions in the order they were recorded (by priority, then registration).
pub fn task_executions(conn: &Connection, window_execution_id: &str) -> Result<Vec<TaskExecutionRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {TASK_EXEC_COLS} FROM mw_task_executions WHERE window_execution_id = ?1 ORDER BY seq"
    ))?;
    let rows = stmt.query_map([window_execution_id], task_execution)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn get_task_execution(conn: &Connection, window_execution_id: &str, id: &str) -> Result<Option<TaskExecutionRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {TASK_EXEC_COLS} FROM mw_task_executions WHERE window_execution_id = ?1 AND task_execution_id = ?2"
        ))?
        .query_row([window_execution_id, id], task_execution)
        .optional()?)
}

// ------------------------------------------------------------------ invocations

#[derive(Debug, Clone, PartialEq)]
pub struct InvocationRow {
    pub invocation_id: String,
    pub task_execution_id: String,
    pub resource_id: String,
    /// The CommandId (RUN_COMMAND) or AutomationExecutionId (AUTOMATION), set before it starts.
    pub execution_id: Option<String>,
    /// The parameters it ran with, as a JSON string (AWS's form).
    pub parameters: String,
    pub status: String,
    pub status_details: Option<String>,
    pub start_time: Option<DateTime<Utc>>,
    pub end_time: Option<DateTime<Utc>>,
    pub owner_information: Option<String>,
    pub window_target_id: Option<String>,
}

const INV_COLS: &str = "invocation_id, task_execution_id, resource_id, execution_id, parameters, status, \
    status_details, start_time, end_time, owner_information, window_target_id";

fn invocation(r: &Row) -> rusqlite::Result<InvocationRow> {
    Ok(InvocationRow {
        invocation_id: r.get(0)?,
        task_execution_id: r.get(1)?,
        resource_id: r.get(2)?,
        execution_id: r.get(3)?,
        parameters: r.get(4)?,
        status: r.get(5)?,
        status_details: r.get(6)?,
        start_time: t(r, 7)?,
        end_time: t(r, 8)?,
        owner_information: r.get(9)?,
        window_target_id: r.get(10)?,
    })
}

/// Records an invocation; false when the task already has one for that resource (so a
/// target is never run twice by one task execution).
pub fn insert_invocation(conn: &Connection, i: &InvocationRow) -> Result<bool> {
    let seq: i64 = conn.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM mw_invocations WHERE task_execution_id = ?1",
        [&i.task_execution_id],
        |r| r.get(0),
    )?;
    let n = conn.execute(
        &format!("INSERT OR IGNORE INTO mw_invocations (seq, {INV_COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"),
        params![
            seq,
            i.invocation_id,
            i.task_execution_id,
            i.resource_id,
            i.execution_id,
            i.parameters,
            i.status,
            i.status_details,
            db(&i.start_time),
            db(&i.end_time),
            i.owner_information,
            i.window_target_id,
        ],
    )?;
    Ok(n > 0)
}

pub fn save_invocation(conn: &Connection, i: &InvocationRow) -> Result<()> {
    conn.execute(
        "UPDATE mw_invocations SET execution_id = ?2, status = ?3, status_details = ?4, start_time = ?5, end_time = ?6 \
         WHERE invocation_id = ?1",
        params![i.invocation_id, i.execution_id, i.status, i.status_details, db(&i.start_time), db(&i.end_time)],
    )?;
    Ok(())
}

/// A task execution's invocations in the order they started.
pub fn invocations(conn: &Connection, task_execution_id: &str) -> Result<Vec<InvocationRow>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {INV_COLS} FROM mw_invocations WHERE task_execution_id = ?1 ORDER BY seq"))?;
    let rows = stmt.query_map([task_execution_id], invocation)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every registered target of every window, in registration order.
pub fn all_targets(conn: &Connection) -> Result<Vec<TargetRecord>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {TARGET_COLS} FROM mw_targets ORDER BY seq"))?;
    let rows = stmt.query_map([], target)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().map(|(t, _)| t).collect())
}

/// Targets of tasks given by InstanceIds rather than WindowTargetIds.
pub fn instance_targets(t: &TaskRecord) -> Vec<&Target> {
    t.targets.iter().filter(|x| crate::targets::is_instance_ids(&x.key)).collect()
}
