//! Rows of `associations`, `association_versions`, `association_executions` and
//! `association_hosts`.

use crate::error::Result;
use crate::model::associations::Settings;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone)]
pub struct AssociationRow {
    pub association_id: String,
    pub version: i64,
    pub settings: Settings,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// Why the next apply-due must run it on every target (Created, Updated, Requested).
    pub run_requested: Option<String>,
    /// The schedule time of the last scheduled run.
    pub last_due: Option<DateTime<Utc>>,
    /// The next schedule time after `last_due` (or creation): apply-due's cheap filter.
    pub next_due: Option<DateTime<Utc>>,
    /// The inventory fingerprint and the version when targets were last resolved.
    pub seen_inventory: Option<String>,
    pub seen_version: Option<i64>,
    pub claim_owner: Option<i64>,
    pub claim_expires: Option<DateTime<Utc>>,
    pub last_execution: Option<DateTime<Utc>>,
    pub last_success: Option<DateTime<Utc>>,
    pub status: String,
    pub detailed_status: String,
}

fn t(r: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    Ok(r.get::<_, Option<String>>(i)?.map(|s| time::from_db(&s)))
}

const COLS: &str = "association_id, version, settings, created, updated, run_requested, last_due, next_due, \
    seen_inventory, seen_version, claim_owner, claim_expires, last_execution, last_success, status, detailed_status, apply_only";

fn row(r: &Row) -> rusqlite::Result<AssociationRow> {
    let settings: String = r.get(2)?;
    Ok(AssociationRow {
        association_id: r.get(0)?,
        version: r.get(1)?,
        settings: serde_json::from_str(&settings).unwrap_or_default(),
        created: time::from_db(&r.get::<_, String>(3)?),
        updated: time::from_db(&r.get::<_, String>(4)?),
        run_requested: r.get(5)?,
        last_due: t(r, 6)?,
        next_due: t(r, 7)?,
        seen_inventory: r.get(8)?,
        seen_version: r.get(9)?,
        claim_owner: r.get(10)?,
        claim_expires: t(r, 11)?,
        last_execution: t(r, 12)?,
        last_success: t(r, 13)?,
        status: r.get(14)?,
        detailed_status: r.get(15)?,
    })
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<AssociationRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM associations WHERE association_id = ?1"))?
        .query_row([id], row)
        .optional()?)
}

pub fn all(conn: &Connection) -> Result<Vec<AssociationRow>> {
    let mut st = conn.prepare_cached(&format!("SELECT {COLS} FROM associations ORDER BY created, association_id"))?;
    let rows = st.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(conn: &Connection, a: &AssociationRow) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO associations ({COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)"
        ),
        params![
            a.association_id,
            a.version,
            serde_json::to_string(&a.settings)?,
            time::to_db(&a.created),
            time::to_db(&a.updated),
            a.run_requested,
            a.last_due.as_ref().map(time::to_db),
            a.next_due.as_ref().map(time::to_db),
            a.seen_inventory,
            a.seen_version,
            a.claim_owner,
            a.claim_expires.as_ref().map(time::to_db),
            a.last_execution.as_ref().map(time::to_db),
            a.last_success.as_ref().map(time::to_db),
            a.status,
            a.detailed_status,
            a.settings.apply_only_at_cron_interval
        ],
    )?;
    insert_version(conn, &a.association_id, a.version, &a.updated, &a.settings)
}

pub fn insert_version(conn: &Connection, id: &str, version: i64, at: &DateTime<Utc>, s: &Settings) -> Result<()> {
    conn.execute(
        "INSERT INTO association_versions (association_id, version, created, settings) VALUES (?1, ?2, ?3, ?4)",
        params![id, version, time::to_db(at), serde_json::to_string(s)?],
    )?;
    Ok(())
}

/// A new version: settings replaced, a run requested unless only the schedule runs it.
pub fn update_settings(
    conn: &Connection,
    id: &str,
    version: i64,
    at: &DateTime<Utc>,
    s: &Settings,
    request: Option<&str>,
    next_due: Option<&DateTime<Utc>>,
) -> Result<()> {
    conn.execute(
        "UPDATE associations SET version = ?2, settings = ?3, updated = ?4, run_requested = ?5, last_due = NULL, \
         next_due = ?6, apply_only = ?7 WHERE association_id = ?1",
        params![
            id,
            version,
            serde_json::to_string(s)?,
            time::to_db(at),
            request,
            next_due.map(time::to_db),
            s.apply_only_at_cron_interval
        ],
    )?;
    insert_version(conn, id, version, at, s)
}

pub fn versions(conn: &Connection, id: &str) -> Result<Vec<(i64, DateTime<Utc>, Settings)>> {
    let mut st = conn.prepare_cached(
        "SELECT version, created, settings FROM association_versions WHERE association_id = ?1 ORDER BY version",
    )?;
    let rows = st.query_map([id], |r| {
        let s: String = r.get(2)?;
        Ok((r.get(0)?, time::from_db(&r.get::<_, String>(1)?), serde_json::from_str(&s).unwrap_or_default()))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.execute("DELETE FROM associations WHERE association_id = ?1", [id])?;
    Ok(())
}

pub fn request_run(conn: &Connection, id: &str, why: &str) -> Result<()> {
    conn.execute("UPDATE associations SET run_requested = ?2 WHERE association_id = ?1", params![id, why])?;
    Ok(())
}

/// Takes the association for one run: the claim, and the schedule time it answers.
/// `satisfied`: the schedule is done up to this time, and `next_due` is what follows it
/// (both unchanged when None: a run for new targets only).
#[allow(clippy::too_many_arguments)]
pub fn claim(
    conn: &Connection,
    id: &str,
    owner: i64,
    expires: &DateTime<Utc>,
    satisfied: Option<(&DateTime<Utc>, Option<&DateTime<Utc>>)>,
    seen_inventory: &str,
    seen_version: i64,
) -> Result<()> {
    let (last_due, next_due) = match satisfied {
        Some((l, n)) => (Some(time::to_db(l)), n.map(time::to_db)),
        None => (None, None),
    };
    conn.execute(
        "UPDATE associations SET claim_owner = ?2, claim_expires = ?3, \
         next_due = CASE WHEN ?4 IS NULL THEN next_due ELSE ?5 END, last_due = COALESCE(?4, last_due), \
         run_requested = NULL, seen_inventory = ?6, seen_version = ?7, status = 'Pending', detailed_status = 'InProgress' \
         WHERE association_id = ?1",
        params![id, owner, time::to_db(expires), last_due, next_due, seen_inventory, seen_version],
    )?;
    Ok(())
}

pub fn set_seen(conn: &Connection, id: &str, seen_inventory: &str, seen_version: i64) -> Result<()> {
    conn.execute(
        "UPDATE associations SET seen_inventory = ?2, seen_version = ?3 WHERE association_id = ?1",
        params![id, seen_inventory, seen_version],
    )?;
    Ok(())
}

/// The associations apply-due must look at, at `now` with this inventory: a run was
/// requested, a schedule time has come, or targets may have changed. Everything else is
/// certainly not due, and is not even read.
pub fn candidates(conn: &Connection, now: &DateTime<Utc>, inventory: &str) -> Result<Vec<AssociationRow>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM associations WHERE run_requested IS NOT NULL OR next_due <= ?1 \
         OR (apply_only = 0 AND (seen_inventory IS NOT ?2 OR seen_version IS NOT version)) \
         ORDER BY created, association_id"
    ))?;
    let rows = st.query_map(params![time::to_db(now), inventory], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ends a run: the claim released, the overview and dates updated.
pub fn finish(
    conn: &Connection,
    id: &str,
    status: &str,
    detailed: &str,
    at: &DateTime<Utc>,
    success: bool,
) -> Result<()> {
    conn.execute(
        "UPDATE associations SET claim_owner = NULL, claim_expires = NULL, status = ?2, detailed_status = ?3, \
         last_execution = ?4, last_success = CASE WHEN ?5 THEN ?4 ELSE last_success END WHERE association_id = ?1",
        params![id, status, detailed, time::to_db(at), success],
    )?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct ExecutionRow {
    pub execution_id: String,
    pub association_id: String,
    pub version: i64,
    pub command_id: Option<String>,
    pub due: Option<DateTime<Utc>>,
    pub reason: String,
    pub owner_pid: Option<i64>,
    pub status: String,
    pub detailed_status: String,
    pub created: DateTime<Utc>,
    pub finished: Option<DateTime<Utc>>,
    pub resource_counts: String,
}

const EXEC_COLS: &str = "execution_id, association_id, version, command_id, due, reason, owner_pid, status, \
    detailed_status, created, finished, resource_counts";

fn exec_row(r: &Row) -> rusqlite::Result<ExecutionRow> {
    Ok(ExecutionRow {
        execution_id: r.get(0)?,
        association_id: r.get(1)?,
        version: r.get(2)?,
        command_id: r.get(3)?,
        due: t(r, 4)?,
        reason: r.get(5)?,
        owner_pid: r.get(6)?,
        status: r.get(7)?,
        detailed_status: r.get(8)?,
        created: time::from_db(&r.get::<_, String>(9)?),
        finished: t(r, 10)?,
        resource_counts: r.get(11)?,
    })
}

pub fn insert_execution(conn: &Connection, e: &ExecutionRow) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO association_executions ({EXEC_COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"),
        params![
            e.execution_id,
            e.association_id,
            e.version,
            e.command_id,
            e.due.as_ref().map(time::to_db),
            e.reason,
            e.owner_pid,
            e.status,
            e.detailed_status,
            time::to_db(&e.created),
            e.finished.as_ref().map(time::to_db),
            e.resource_counts
        ],
    )?;
    Ok(())
}

pub fn finish_execution(
    conn: &Connection,
    id: &str,
    status: &str,
    detailed: &str,
    at: &DateTime<Utc>,
    counts: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE association_executions SET status = ?2, detailed_status = ?3, finished = ?4, resource_counts = ?5 \
         WHERE execution_id = ?1",
        params![id, status, detailed, time::to_db(at), counts],
    )?;
    Ok(())
}

pub fn executions(conn: &Connection, association_id: &str) -> Result<Vec<ExecutionRow>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {EXEC_COLS} FROM association_executions WHERE association_id = ?1 ORDER BY created DESC, execution_id DESC"
    ))?;
    let rows = st.query_map([association_id], exec_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn execution(conn: &Connection, execution_id: &str) -> Result<Option<ExecutionRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {EXEC_COLS} FROM association_executions WHERE execution_id = ?1"))?
        .query_row([execution_id], exec_row)
        .optional()?)
}

pub fn unfinished_executions(conn: &Connection) -> Result<Vec<ExecutionRow>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {EXEC_COLS} FROM association_executions WHERE status IN ('Pending', 'InProgress')"
    ))?;
    let rows = st.query_map([], exec_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone)]
pub struct HostRow {
    pub association_id: String,
    pub instance_id: String,
    pub version: i64,
    pub execution_id: Option<String>,
    pub status: String,
    pub detailed_status: String,
    pub execution_date: Option<DateTime<Utc>>,
    pub summary: Option<String>,
}

fn host_row(r: &Row) -> rusqlite::Result<HostRow> {
    Ok(HostRow {
        association_id: r.get(0)?,
        instance_id: r.get(1)?,
        version: r.get(2)?,
        execution_id: r.get(3)?,
        status: r.get(4)?,
        detailed_status: r.get(5)?,
        execution_date: t(r, 6)?,
        summary: r.get(7)?,
    })
}

const HOST_COLS: &str =
    "association_id, instance_id, version, execution_id, status, detailed_status, execution_date, summary";

pub fn put_host(conn: &Connection, h: &HostRow) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO association_hosts ({HOST_COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8) \
             ON CONFLICT (association_id, instance_id) DO UPDATE SET version = excluded.version, \
             execution_id = excluded.execution_id, status = excluded.status, detailed_status = excluded.detailed_status, \
             execution_date = excluded.execution_date, summary = excluded.summary"
        ),
        params![
            h.association_id,
            h.instance_id,
            h.version,
            h.execution_id,
            h.status,
            h.detailed_status,
            h.execution_date.as_ref().map(time::to_db),
            h.summary
        ],
    )?;
    Ok(())
}

pub fn hosts_of(conn: &Connection, association_id: &str) -> Result<Vec<HostRow>> {
    let mut st =
        conn.prepare_cached(&format!("SELECT {HOST_COLS} FROM association_hosts WHERE association_id = ?1"))?;
    let rows = st.query_map([association_id], host_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn by_instance(conn: &Connection, instance_id: &str) -> Result<Vec<HostRow>> {
    let mut st = conn.prepare_cached(&format!("SELECT {HOST_COLS} FROM association_hosts WHERE instance_id = ?1"))?;
    let rows = st.query_map([instance_id], host_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Drops execution history older than `before` (their commands too).
pub fn prune(conn: &Connection, before: &DateTime<Utc>) -> Result<usize> {
    let cut = time::to_db(before);
    conn.execute(
        "DELETE FROM commands WHERE command_id IN (SELECT command_id FROM association_executions \
         WHERE created < ?1 AND status NOT IN ('Pending', 'InProgress'))",
        [&cut],
    )?;
    let n = conn.execute(
        "DELETE FROM association_executions WHERE created < ?1 AND status NOT IN ('Pending', 'InProgress')",
        [&cut],
    )?;
    conn.execute(
        "DELETE FROM commands WHERE requested_date_time < ?1 AND status NOT IN ('Pending', 'InProgress')",
        [&cut],
    )?;
    Ok(n)
}

/// An association run of an Automation runbook: which execution it is.
pub fn set_automation(conn: &Connection, execution_id: &str, automation_id: &str) -> Result<()> {
    conn.execute(
        "UPDATE association_executions SET automation_id = ?2 WHERE execution_id = ?1",
        params![execution_id, automation_id],
    )?;
    Ok(())
}

pub fn automation_of(conn: &Connection, execution_id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT automation_id FROM association_executions WHERE execution_id = ?1")?
        .query_row([execution_id], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

pub fn execution_for_automation(conn: &Connection, automation_id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT execution_id FROM association_executions WHERE automation_id = ?1")?
        .query_row([automation_id], |r| r.get(0))
        .optional()?)
}
