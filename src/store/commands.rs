//! Rows of `commands`, `invocations` and `invocation_plugins`. The plan of a command is
//! written in one transaction before any host is contacted; each result afterwards in a
//! short transaction of its own.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone)]
pub struct CommandRow {
    pub command_id: String,
    pub document_name: String,
    pub document_version: String,
    pub comment: Option<String>,
    /// JSON of the shown (noEcho-masked) parameters.
    pub parameters: String,
    pub instance_ids: String,
    pub targets: String,
    pub requested: DateTime<Utc>,
    pub status: String,
    pub status_details: String,
    pub max_concurrency: String,
    pub max_errors: String,
    pub timeout_seconds: i64,
    pub target_count: i64,
    pub completed_count: i64,
    pub error_count: i64,
    pub delivery_timed_out_count: i64,
    pub owner_pid: Option<i64>,
    pub cancel_requested: bool,
    /// `--service-role-arn`: kept and shown; it grants nothing here.
    pub service_role: Option<String>,
}

#[derive(Debug, Clone)]
pub struct InvocationRow {
    pub command_id: String,
    pub instance_id: String,
    pub status: String,
    pub status_details: String,
    pub response_code: i64,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub struct PluginRow {
    pub seq: i64,
    pub name: String,
    pub status: String,
    pub status_details: String,
    pub response_code: i64,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    pub stdout: String,
    pub stderr: String,
}

const COMMAND_COLS: &str = "command_id, document_name, document_version, comment, parameters, instance_ids, targets, \
     requested_date_time, status, status_details, max_concurrency, max_errors, timeout_seconds, target_count, \
     completed_count, error_count, delivery_timed_out_count, owner_pid, cancel_requested, service_role";

fn opt_time(r: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    Ok(r.get::<_, Option<String>>(i)?.map(|s| time::from_db(&s)))
}

fn command_row(r: &Row) -> rusqlite::Result<CommandRow> {
    Ok(CommandRow {
        command_id: r.get(0)?,
        document_name: r.get(1)?,
        document_version: r.get(2)?,
        comment: r.get(3)?,
        parameters: r.get(4)?,
        instance_ids: r.get(5)?,
        targets: r.get(6)?,
        requested: time::from_db(&r.get::<_, String>(7)?),
        status: r.get(8)?,
        status_details: r.get(9)?,
        max_concurrency: r.get(10)?,
        max_errors: r.get(11)?,
        timeout_seconds: r.get(12)?,
        target_count: r.get(13)?,
        completed_count: r.get(14)?,
        error_count: r.get(15)?,
        delivery_timed_out_count: r.get(16)?,
        owner_pid: r.get(17)?,
        cancel_requested: r.get::<_, i64>(18)? != 0,
        service_role: r.get(19)?,
    })
}

fn invocation_row(r: &Row) -> rusqlite::Result<InvocationRow> {
    Ok(InvocationRow {
        command_id: r.get(0)?,
        instance_id: r.get(1)?,
        status: r.get(2)?,
        status_details: r.get(3)?,
        response_code: r.get(4)?,
        start: opt_time(r, 5)?,
        end: opt_time(r, 6)?,
    })
}

const INVOCATION_COLS: &str = "command_id, instance_id, status, status_details, response_code, start_time, end_time";

/// The plan: the command, one Pending invocation per host, one Pending plugin per step.
pub fn insert_plan(conn: &Connection, c: &CommandRow, hosts: &[String], plugins: &[String]) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO commands ({COMMAND_COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)"),
        params![
            c.command_id,
            c.document_name,
            c.document_version,
            c.comment,
            c.parameters,
            c.instance_ids,
            c.targets,
            time::to_db(&c.requested),
            c.status,
            c.status_details,
            c.max_concurrency,
            c.max_errors,
            c.timeout_seconds,
            c.target_count,
            c.completed_count,
            c.error_count,
            c.delivery_timed_out_count,
            c.owner_pid,
            c.cancel_requested as i64,
            c.service_role
        ],
    )?;
    let mut inv = conn.prepare_cached(
        "INSERT INTO invocations (command_id, instance_id, seq, status, status_details) VALUES (?1, ?2, ?3, 'Pending', 'Pending')",
    )?;
    let mut plug = conn.prepare_cached(
        "INSERT INTO invocation_plugins (command_id, instance_id, seq, name, status, status_details) \
         VALUES (?1, ?2, ?3, ?4, 'Pending', 'Pending')",
    )?;
    for (i, h) in hosts.iter().enumerate() {
        inv.execute(params![c.command_id, h, i as i64])?;
        for (j, p) in plugins.iter().enumerate() {
            plug.execute(params![c.command_id, h, j as i64, p])?;
        }
    }
    Ok(())
}

pub fn get(conn: &Connection, command_id: &str) -> Result<Option<CommandRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COMMAND_COLS} FROM commands WHERE command_id = ?1"))?
        .query_row([command_id], command_row)
        .optional()?)
}

/// Commands newest first, after the (requested, id) key of the previous page.
pub fn list(conn: &Connection, after: Option<(&str, &str)>, limit: i64) -> Result<Vec<CommandRow>> {
    let (t, id) = after.unwrap_or(("9999", ""));
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COMMAND_COLS} FROM commands WHERE (requested_date_time, command_id) < (?1, ?2) \
         ORDER BY requested_date_time DESC, command_id DESC LIMIT ?3"
    ))?;
    let rows = st.query_map(params![t, if after.is_some() { id } else { "\u{10ffff}" }, limit], command_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn invocations(conn: &Connection, command_id: &str) -> Result<Vec<InvocationRow>> {
    let mut st =
        conn.prepare_cached(&format!("SELECT {INVOCATION_COLS} FROM invocations WHERE command_id = ?1 ORDER BY seq"))?;
    let rows = st.query_map([command_id], invocation_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn invocation(conn: &Connection, command_id: &str, instance_id: &str) -> Result<Option<InvocationRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {INVOCATION_COLS} FROM invocations WHERE command_id = ?1 AND instance_id = ?2"
        ))?
        .query_row([command_id, instance_id], invocation_row)
        .optional()?)
}

pub fn has_instance(conn: &Connection, command_id: &str, instance_id: &str) -> Result<bool> {
    Ok(invocation(conn, command_id, instance_id)?.is_some())
}

pub fn plugins(conn: &Connection, command_id: &str, instance_id: &str) -> Result<Vec<PluginRow>> {
    let mut st = conn.prepare_cached(
        "SELECT seq, name, status, status_details, response_code, start_time, end_time, stdout, stderr \
         FROM invocation_plugins WHERE command_id = ?1 AND instance_id = ?2 ORDER BY seq",
    )?;
    let rows = st.query_map([command_id, instance_id], |r| {
        Ok(PluginRow {
            seq: r.get(0)?,
            name: r.get(1)?,
            status: r.get(2)?,
            status_details: r.get(3)?,
            response_code: r.get(4)?,
            start: opt_time(r, 5)?,
            end: opt_time(r, 6)?,
            stdout: r.get(7)?,
            stderr: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_command_status(conn: &Connection, command_id: &str, status: &str, details: &str) -> Result<()> {
    conn.execute(
        "UPDATE commands SET status = ?2, status_details = ?3 WHERE command_id = ?1",
        params![command_id, status, details],
    )?;
    Ok(())
}

pub fn set_counts(
    conn: &Connection,
    command_id: &str,
    completed: i64,
    errors: i64,
    delivery_timed_out: i64,
) -> Result<()> {
    conn.execute(
        "UPDATE commands SET completed_count = ?2, error_count = ?3, delivery_timed_out_count = ?4 WHERE command_id = ?1",
        params![command_id, completed, errors, delivery_timed_out],
    )?;
    Ok(())
}

pub fn start_invocation(conn: &Connection, command_id: &str, instance_id: &str, at: &DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE invocations SET status = 'InProgress', status_details = 'InProgress', start_time = ?3 \
         WHERE command_id = ?1 AND instance_id = ?2",
        params![command_id, instance_id, time::to_db(at)],
    )?;
    conn.execute(
        "UPDATE invocation_plugins SET status = 'InProgress', status_details = 'InProgress' \
         WHERE command_id = ?1 AND instance_id = ?2 AND status = 'Pending'",
        params![command_id, instance_id],
    )?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub fn set_plugin(conn: &Connection, command_id: &str, instance_id: &str, p: &PluginRow) -> Result<()> {
    conn.execute(
        "UPDATE invocation_plugins SET status = ?4, status_details = ?5, response_code = ?6, start_time = ?7, \
         end_time = ?8, stdout = ?9, stderr = ?10 WHERE command_id = ?1 AND instance_id = ?2 AND seq = ?3",
        params![
            command_id,
            instance_id,
            p.seq,
            p.status,
            p.status_details,
            p.response_code,
            p.start.as_ref().map(time::to_db),
            p.end.as_ref().map(time::to_db),
            p.stdout,
            p.stderr
        ],
    )?;
    Ok(())
}

/// Ends an invocation; plugins still Pending/InProgress take the same end.
pub fn finish_invocation(conn: &Connection, inv: &InvocationRow) -> Result<()> {
    conn.execute(
        "UPDATE invocations SET status = ?3, status_details = ?4, response_code = ?5, start_time = ?6, end_time = ?7 \
         WHERE command_id = ?1 AND instance_id = ?2",
        params![
            inv.command_id,
            inv.instance_id,
            inv.status,
            inv.status_details,
            inv.response_code,
            inv.start.as_ref().map(time::to_db),
            inv.end.as_ref().map(time::to_db)
        ],
    )?;
    conn.execute(
        "UPDATE invocation_plugins SET status = ?3, status_details = ?4 \
         WHERE command_id = ?1 AND instance_id = ?2 AND status IN ('Pending', 'InProgress')",
        params![inv.command_id, inv.instance_id, inv.status, inv.status_details],
    )?;
    Ok(())
}

pub fn request_cancel(conn: &Connection, command_id: &str) -> Result<()> {
    conn.execute("UPDATE commands SET cancel_requested = 1 WHERE command_id = ?1", [command_id])?;
    Ok(())
}

pub fn cancel_requested(conn: &Connection, command_id: &str) -> Result<bool> {
    Ok(conn.query_row("SELECT cancel_requested FROM commands WHERE command_id = ?1", [command_id], |r| {
        r.get::<_, i64>(0)
    })? != 0)
}
