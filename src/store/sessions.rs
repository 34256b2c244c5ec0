//! Rows of Session Manager (migration 16): one per session, written when it starts and
//! as it ends, by the process that streams it, by terminate-session and by the tick.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionRow {
    pub session_id: String,
    pub target: String,
    pub document_name: String,
    pub owner: String,
    pub reason: Option<String>,
    /// Shell | Interactive | NonInteractive | Port | SSH.
    pub kind: String,
    /// The StartSession Parameters as JSON.
    pub parameters: String,
    pub status: String,
    pub details: Option<String>,
    pub start_date: DateTime<Utc>,
    pub end_date: Option<DateTime<Utc>>,
    /// Minutes.
    pub idle_timeout: i64,
    pub max_duration: Option<i64>,
    pub pid: Option<i64>,
    pub last_activity: Option<DateTime<Utc>>,
    pub recording: Option<String>,
    pub final_hash: Option<String>,
    pub bytes_in: i64,
    pub bytes_out: i64,
    pub exit_code: Option<i64>,
    /// The tmux session on the host that keeps a resumable shell alive.
    pub remote_name: Option<String>,
    pub token: String,
}

/// Statuses of the Active state (describe-sessions): the session still holds the host.
pub const ACTIVE: [&str; 4] = ["Connecting", "Connected", "Disconnected", "Terminating"];

const COLS: &str = "session_id, target, document_name, owner, reason, kind, parameters, status, details, \
    start_date, end_date, idle_timeout, max_duration, pid, last_activity, recording, final_hash, bytes_in, \
    bytes_out, exit_code, remote_name, token";

fn t(r: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    Ok(r.get::<_, Option<String>>(i)?.map(|s| time::from_db(&s)))
}

fn row(r: &Row) -> rusqlite::Result<SessionRow> {
    Ok(SessionRow {
        session_id: r.get(0)?,
        target: r.get(1)?,
        document_name: r.get(2)?,
        owner: r.get(3)?,
        reason: r.get(4)?,
        kind: r.get(5)?,
        parameters: r.get(6)?,
        status: r.get(7)?,
        details: r.get(8)?,
        start_date: t(r, 9)?.unwrap_or_default(),
        end_date: t(r, 10)?,
        idle_timeout: r.get(11)?,
        max_duration: r.get(12)?,
        pid: r.get(13)?,
        last_activity: t(r, 14)?,
        recording: r.get(15)?,
        final_hash: r.get(16)?,
        bytes_in: r.get(17)?,
        bytes_out: r.get(18)?,
        exit_code: r.get(19)?,
        remote_name: r.get(20)?,
        token: r.get(21)?,
    })
}

pub fn insert(conn: &Connection, s: &SessionRow) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO sessions ({COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"),
        params![
            s.session_id,
            s.target,
            s.document_name,
            s.owner,
            s.reason,
            s.kind,
            s.parameters,
            s.status,
            s.details,
            time::to_db(&s.start_date),
            s.end_date.as_ref().map(time::to_db),
            s.idle_timeout,
            s.max_duration,
            s.pid,
            s.last_activity.as_ref().map(time::to_db),
            s.recording,
            s.final_hash,
            s.bytes_in,
            s.bytes_out,
            s.exit_code,
            s.remote_name,
            s.token,
        ],
    )?;
    Ok(())
}

/// Writes every changing column back (the identity columns never change).
pub fn update(conn: &Connection, s: &SessionRow) -> Result<()> {
    conn.execute(
        "UPDATE sessions SET status = ?2, details = ?3, end_date = ?4, pid = ?5, last_activity = ?6, recording = ?7, \
         final_hash = ?8, bytes_in = ?9, bytes_out = ?10, exit_code = ?11, remote_name = ?12, token = ?13 \
         WHERE session_id = ?1",
        params![
            s.session_id,
            s.status,
            s.details,
            s.end_date.as_ref().map(time::to_db),
            s.pid,
            s.last_activity.as_ref().map(time::to_db),
            s.recording,
            s.final_hash,
            s.bytes_in,
            s.bytes_out,
            s.exit_code,
            s.remote_name,
            s.token,
        ],
    )?;
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<SessionRow>> {
    Ok(conn.query_row(&format!("SELECT {COLS} FROM sessions WHERE session_id = ?1"), [id], row).optional()?)
}

/// Every session in one of `statuses`, newest first.
pub fn with_status(conn: &Connection, statuses: &[&str]) -> Result<Vec<SessionRow>> {
    let list = statuses.iter().map(|s| format!("'{}'", s.replace('\'', "''"))).collect::<Vec<_>>().join(", ");
    let mut st = conn
        .prepare(&format!("SELECT {COLS} FROM sessions WHERE status IN ({list}) ORDER BY start_date DESC, seq DESC"))?;
    let rows = st.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Only the status, for the streaming process's poll (terminate-session from elsewhere).
pub fn status(conn: &Connection, id: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT status FROM sessions WHERE session_id = ?1", [id], |r| r.get(0)).optional()?)
}

/// Only the last activity, which a streaming process writes now and then.
pub fn set_activity(conn: &Connection, id: &str, at: DateTime<Utc>) -> Result<()> {
    conn.execute("UPDATE sessions SET last_activity = ?2 WHERE session_id = ?1", params![id, time::to_db(&at)])?;
    Ok(())
}
