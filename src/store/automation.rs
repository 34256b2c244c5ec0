//! Rows of `automation_executions`, `automation_steps` and `automation_signals`.

use crate::automation::state::ExecState;
use crate::error::Result;
use crate::model::automation::StepExecution;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone)]
pub struct ExecutionRow {
    pub execution_id: String,
    pub document_name: String,
    pub document_version: String,
    /// The runbook's body (JSON) as it was when the execution started.
    pub runbook: String,
    pub status: String,
    pub state: ExecState,
    pub started: DateTime<Utc>,
    pub ended: Option<DateTime<Utc>>,
    pub executed_by: String,
    pub parent_id: Option<String>,
    pub association_id: Option<String>,
    pub wake_at: Option<DateTime<Utc>>,
    pub client_token: Option<String>,
    pub request_hash: Option<String>,
}

const COLS: &str = "execution_id, seq, document_name, document_version, runbook, status, state, started, ended, \
    executed_by, parent_id, association_id, wake_at, client_token, request_hash";

fn t(r: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    Ok(r.get::<_, Option<String>>(i)?.map(|s| time::from_db(&s)))
}

fn row(r: &Row) -> rusqlite::Result<ExecutionRow> {
    let state: String = r.get(6)?;
    Ok(ExecutionRow {
        execution_id: r.get(0)?,
        document_name: r.get(2)?,
        document_version: r.get(3)?,
        runbook: r.get(4)?,
        status: r.get(5)?,
        state: serde_json::from_str(&state).unwrap_or_default(),
        started: time::from_db(&r.get::<_, String>(7)?),
        ended: t(r, 8)?,
        executed_by: r.get(9)?,
        parent_id: r.get(10)?,
        association_id: r.get(11)?,
        wake_at: t(r, 12)?,
        client_token: r.get(13)?,
        request_hash: r.get(14)?,
    })
}

pub fn insert(conn: &Connection, e: &ExecutionRow) -> Result<()> {
    let seq: i64 = conn.query_row("SELECT coalesce(max(seq), 0) + 1 FROM automation_executions", [], |r| r.get(0))?;
    conn.execute(
        &format!(
            "INSERT INTO automation_executions ({COLS}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)"
        ),
        params![
            e.execution_id,
            seq,
            e.document_name,
            e.document_version,
            e.runbook,
            e.status,
            serde_json::to_string(&e.state)?,
            time::to_db(&e.started),
            e.ended.as_ref().map(time::to_db),
            e.executed_by,
            e.parent_id,
            e.association_id,
            e.wake_at.as_ref().map(time::to_db),
            e.client_token,
            e.request_hash,
        ],
    )?;
    Ok(())
}

/// Writes what changes as an execution runs: status, state, end, wake time.
pub fn save(conn: &Connection, e: &ExecutionRow) -> Result<()> {
    conn.prepare_cached(
        "UPDATE automation_executions SET status = ?2, state = ?3, ended = ?4, wake_at = ?5 WHERE execution_id = ?1",
    )?
    .execute(params![
        e.execution_id,
        e.status,
        serde_json::to_string(&e.state)?,
        e.ended.as_ref().map(time::to_db),
        e.wake_at.as_ref().map(time::to_db),
    ])?;
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<ExecutionRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM automation_executions WHERE execution_id = ?1"))?
        .query_row([id], row)
        .optional()?)
}

pub fn by_token(conn: &Connection, token: &str) -> Result<Option<ExecutionRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM automation_executions WHERE client_token = ?1"))?
        .query_row([token], row)
        .optional()?)
}

/// Every execution, newest first (describe-automation-executions filters these).
pub fn all(conn: &Connection) -> Result<Vec<ExecutionRow>> {
    let mut st = conn.prepare_cached(&format!("SELECT {COLS} FROM automation_executions ORDER BY seq DESC"))?;
    let rows = st.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn children(conn: &Connection, parent: &str) -> Result<Vec<ExecutionRow>> {
    let mut st =
        conn.prepare_cached(&format!("SELECT {COLS} FROM automation_executions WHERE parent_id = ?1 ORDER BY seq"))?;
    let rows = st.query_map([parent], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The executions a tick must look at: woken at or before `now`. Uses the partial index on
/// `wake_at`, so 10,000 parked executions cost nothing until one is due.
pub fn due(conn: &Connection, now: &DateTime<Utc>) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT execution_id FROM automation_executions WHERE wake_at IS NOT NULL AND wake_at <= ?1 ORDER BY wake_at, seq",
    )?;
    let rows = st.query_map([time::to_db(now)], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Makes the next tick (or the process that holds it) look at `id` now.
pub fn wake(conn: &Connection, id: &str, at: &DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "UPDATE automation_executions SET wake_at = ?2 WHERE execution_id = ?1 AND ended IS NULL \
         AND (wake_at IS NULL OR wake_at > ?2)",
    )?
    .execute(params![id, time::to_db(at)])?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct StepRow {
    pub step_execution_id: String,
    pub execution_id: String,
    pub seq: i64,
    pub record: StepExecution,
    /// The action's own state between processes (attempt, wait deadline, approvals…).
    pub private: serde_json::Value,
}

fn step_row(r: &Row) -> rusqlite::Result<StepRow> {
    let record: String = r.get(3)?;
    let private: Option<String> = r.get(4)?;
    let step_execution_id: String = r.get(0)?;
    let mut record: crate::model::automation::StepExecution = serde_json::from_str(&record).unwrap_or_default();
    // The id lives in its column; the record shown to users carries it too.
    record.step_execution_id = step_execution_id.clone();
    Ok(StepRow {
        step_execution_id,
        execution_id: r.get(1)?,
        seq: r.get(2)?,
        record,
        private: private.and_then(|p| serde_json::from_str(&p).ok()).unwrap_or(serde_json::Value::Null),
    })
}

pub fn put_step(conn: &Connection, s: &StepRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO automation_steps (step_execution_id, execution_id, seq, record, private) VALUES (?1,?2,?3,?4,?5) \
         ON CONFLICT (step_execution_id) DO UPDATE SET record = excluded.record, private = excluded.private",
    )?
    .execute(params![
        s.step_execution_id,
        s.execution_id,
        s.seq,
        serde_json::to_string(&s.record)?,
        serde_json::to_string(&s.private)?,
    ])?;
    Ok(())
}

pub fn steps(conn: &Connection, execution_id: &str) -> Result<Vec<StepRow>> {
    let mut st = conn.prepare_cached(
        "SELECT step_execution_id, execution_id, seq, record, private FROM automation_steps \
         WHERE execution_id = ?1 ORDER BY seq",
    )?;
    let rows = st.query_map([execution_id], step_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn step(conn: &Connection, step_execution_id: &str) -> Result<Option<StepRow>> {
    Ok(conn
        .prepare_cached(
            "SELECT step_execution_id, execution_id, seq, record, private FROM automation_steps \
             WHERE step_execution_id = ?1",
        )?
        .query_row([step_execution_id], step_row)
        .optional()?)
}

#[derive(Debug, Clone)]
pub struct SignalRow {
    pub seq: i64,
    pub signal_type: String,
    pub payload: crate::model::commands::Parameters,
    pub sender: String,
    pub at: DateTime<Utc>,
}

pub fn add_signal(conn: &Connection, execution_id: &str, s: &SignalRow) -> Result<()> {
    conn.execute(
        "INSERT INTO automation_signals (execution_id, signal_type, payload, sender, at) VALUES (?1,?2,?3,?4,?5)",
        params![execution_id, s.signal_type, serde_json::to_string(&s.payload)?, s.sender, time::to_db(&s.at)],
    )?;
    Ok(())
}

/// Signals not yet acted on, oldest first.
pub fn open_signals(conn: &Connection, execution_id: &str) -> Result<Vec<SignalRow>> {
    let mut st = conn.prepare_cached(
        "SELECT seq, signal_type, payload, sender, at FROM automation_signals \
         WHERE execution_id = ?1 AND consumed = 0 ORDER BY seq",
    )?;
    let rows = st.query_map([execution_id], |r| {
        let payload: String = r.get(2)?;
        Ok(SignalRow {
            seq: r.get(0)?,
            signal_type: r.get(1)?,
            payload: serde_json::from_str(&payload).unwrap_or_default(),
            sender: r.get(3)?,
            at: time::from_db(&r.get::<_, String>(4)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn consume_signal(conn: &Connection, seq: i64) -> Result<()> {
    conn.prepare_cached("UPDATE automation_signals SET consumed = 1 WHERE seq = ?1")?.execute([seq])?;
    Ok(())
}

/// Ended executions older than `before` go, with their steps and signals.
pub fn prune(conn: &Connection, before: &DateTime<Utc>) -> Result<usize> {
    Ok(conn
        .execute("DELETE FROM automation_executions WHERE ended IS NOT NULL AND ended < ?1", [time::to_db(before)])?)
}
