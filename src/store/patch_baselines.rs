//! Rows of `patch_baselines` (the user's baselines), `default_patch_baselines` (the default
//! an OS was given) and `patch_group_baselines` (a patch group's baseline per OS).

use crate::error::{Error, Result};
use crate::model::patch::BaselineRules;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone)]
pub struct BaselineRow {
    pub baseline_id: String,
    pub name: String,
    pub description: Option<String>,
    pub rules: BaselineRules,
    /// AvailableSecurityUpdatesComplianceStatus (Windows only in AWS; kept as given).
    pub security_updates_status: Option<String>,
    pub created_date: DateTime<Utc>,
    pub modified_date: DateTime<Utc>,
}

const COLS: &str = "baseline_id, name, description, rules, security_updates_status, created_date, modified_date";

fn baseline_row(r: &Row) -> rusqlite::Result<(BaselineRow, String)> {
    Ok((
        BaselineRow {
            baseline_id: r.get(0)?,
            name: r.get(1)?,
            description: r.get(2)?,
            rules: BaselineRules::default(),
            security_updates_status: r.get(4)?,
            created_date: time::from_db(&r.get::<_, String>(5)?),
            modified_date: time::from_db(&r.get::<_, String>(6)?),
        },
        r.get(3)?,
    ))
}

fn with_rules((mut row, rules): (BaselineRow, String)) -> Result<BaselineRow> {
    row.rules = serde_json::from_str(&rules)
        .map_err(|e| Error::internal(format!("stored rules of patch baseline {}: {e}", row.baseline_id)))?;
    Ok(row)
}

pub fn get(conn: &Connection, baseline_id: &str) -> Result<Option<BaselineRow>> {
    let sql = format!("SELECT {COLS} FROM patch_baselines WHERE baseline_id = ?1");
    conn.prepare_cached(&sql)?.query_row([baseline_id], baseline_row).optional()?.map(with_rules).transpose()
}

pub fn list(conn: &Connection) -> Result<Vec<BaselineRow>> {
    let sql = format!("SELECT {COLS} FROM patch_baselines ORDER BY baseline_id");
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([], baseline_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(with_rules).collect()
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM patch_baselines", [], |r| r.get(0))?)
}

pub fn insert(conn: &Connection, b: &BaselineRow, client_token: Option<&str>, request_hash: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO patch_baselines (baseline_id, name, description, rules, security_updates_status, created_date, \
         modified_date, client_token, request_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            b.baseline_id,
            b.name,
            b.description,
            serde_json::to_string(&b.rules)?,
            b.security_updates_status,
            time::to_db(&b.created_date),
            time::to_db(&b.modified_date),
            client_token,
            request_hash
        ],
    )?;
    Ok(())
}

/// Everything but the id, the creation date and the idempotency token.
pub fn update(conn: &Connection, b: &BaselineRow) -> Result<()> {
    conn.execute(
        "UPDATE patch_baselines SET name = ?2, description = ?3, rules = ?4, security_updates_status = ?5, \
         modified_date = ?6 WHERE baseline_id = ?1",
        params![
            b.baseline_id,
            b.name,
            b.description,
            serde_json::to_string(&b.rules)?,
            b.security_updates_status,
            time::to_db(&b.modified_date)
        ],
    )?;
    Ok(())
}

pub fn delete(conn: &Connection, baseline_id: &str) -> Result<()> {
    conn.execute("DELETE FROM patch_baselines WHERE baseline_id = ?1", [baseline_id])?;
    Ok(())
}

/// The baseline an earlier create with this ClientToken made, and that request's hash.
pub fn by_client_token(conn: &Connection, token: &str) -> Result<Option<(String, String)>> {
    Ok(conn
        .query_row(
            "SELECT baseline_id, coalesce(request_hash, '') FROM patch_baselines WHERE client_token = ?1",
            [token],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// The baseline registered as the default of an OS, if one was.
pub fn default_for(conn: &Connection, os: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT baseline_id FROM default_patch_baselines WHERE operating_system = ?1", [os], |r| r.get(0))
        .optional()?)
}

pub fn set_default(conn: &Connection, os: &str, baseline_id: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO default_patch_baselines (operating_system, baseline_id) VALUES (?1, ?2) \
         ON CONFLICT (operating_system) DO UPDATE SET baseline_id = excluded.baseline_id",
        params![os, baseline_id],
    )?;
    Ok(())
}

/// Back to AWS's predefined baseline as the OS's default.
pub fn clear_default(conn: &Connection, os: &str) -> Result<()> {
    conn.execute("DELETE FROM default_patch_baselines WHERE operating_system = ?1", [os])?;
    Ok(())
}

/// The OSes whose registered default is this baseline.
pub fn default_of(conn: &Connection, baseline_id: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT operating_system FROM default_patch_baselines WHERE baseline_id = ?1 ORDER BY operating_system",
    )?;
    let rows = st.query_map([baseline_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The baseline a patch group uses on an OS.
pub fn group_baseline(conn: &Connection, patch_group: &str, os: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT baseline_id FROM patch_group_baselines WHERE patch_group = ?1 AND operating_system = ?2",
            params![patch_group, os],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn register_group(conn: &Connection, patch_group: &str, os: &str, baseline_id: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO patch_group_baselines (patch_group, operating_system, baseline_id) VALUES (?1, ?2, ?3)",
        params![patch_group, os, baseline_id],
    )?;
    Ok(())
}

/// Whether a registration of the group with that baseline was there to remove.
pub fn deregister_group(conn: &Connection, patch_group: &str, baseline_id: &str) -> Result<bool> {
    let n = conn.execute(
        "DELETE FROM patch_group_baselines WHERE patch_group = ?1 AND baseline_id = ?2",
        params![patch_group, baseline_id],
    )?;
    Ok(n > 0)
}

/// The patch groups a baseline is registered for, by name.
pub fn groups_of(conn: &Connection, baseline_id: &str) -> Result<Vec<String>> {
    let mut st = conn
        .prepare_cached("SELECT patch_group FROM patch_group_baselines WHERE baseline_id = ?1 ORDER BY patch_group")?;
    let rows = st.query_map([baseline_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every registration as (patch group, OS, baseline id), by group then OS.
pub fn registrations(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT patch_group, operating_system, baseline_id FROM patch_group_baselines \
         ORDER BY patch_group, operating_system",
    )?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
