//! Patch operations' records: each host's latest report, what ssmctl installed on it (and in
//! which boot), and each snapshot's decisions per product.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

pub struct StateRow {
    pub instance_id: String,
    /// The report as JSON (src/patch Report).
    pub report: String,
    pub last_no_reboot_install: Option<DateTime<Utc>>,
}

pub fn put_state(conn: &Connection, row: &StateRow, at: &DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO patch_states (instance_id, report, last_no_reboot_install, updated) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (instance_id) DO UPDATE SET report = excluded.report, \
         last_no_reboot_install = COALESCE(excluded.last_no_reboot_install, patch_states.last_no_reboot_install), \
         updated = excluded.updated",
        params![row.instance_id, row.report, row.last_no_reboot_install.as_ref().map(time::to_db), time::to_db(at)],
    )?;
    Ok(())
}

pub fn state(conn: &Connection, instance_id: &str) -> Result<Option<StateRow>> {
    Ok(conn
        .query_row(
            "SELECT instance_id, report, last_no_reboot_install FROM patch_states WHERE instance_id = ?1",
            [instance_id],
            row,
        )
        .optional()?)
}

pub fn states(conn: &Connection) -> Result<Vec<StateRow>> {
    let mut st =
        conn.prepare("SELECT instance_id, report, last_no_reboot_install FROM patch_states ORDER BY instance_id")?;
    let rows = st.query_map([], row)?.collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<StateRow> {
    Ok(StateRow {
        instance_id: r.get(0)?,
        report: r.get(1)?,
        last_no_reboot_install: r.get::<_, Option<String>>(2)?.map(|s| time::from_db(&s)),
    })
}

pub fn record_install(
    conn: &Connection,
    instance_id: &str,
    kb_id: &str,
    version: &str,
    boot_id: &str,
    at: &DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO patch_installs (instance_id, kb_id, version, boot_id, installed) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT (instance_id, kb_id) DO UPDATE SET version = excluded.version, boot_id = excluded.boot_id, \
         installed = excluded.installed",
        params![instance_id, kb_id, version, boot_id, time::to_db(at)],
    )?;
    Ok(())
}

/// (kb id, boot id) of what ssmctl installed on the host.
pub fn installs(conn: &Connection, instance_id: &str) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached("SELECT kb_id, boot_id FROM patch_installs WHERE instance_id = ?1")?;
    let rows =
        st.query_map([instance_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// (product, decisions JSON) of one snapshot.
pub fn snapshot(conn: &Connection, snapshot_id: &str) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached("SELECT product, decisions FROM patch_snapshots WHERE snapshot_id = ?1")?;
    let rows =
        st.query_map([snapshot_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn put_snapshot(
    conn: &Connection,
    snapshot_id: &str,
    product: &str,
    decisions: &str,
    at: &DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO patch_snapshots (snapshot_id, product, decisions, created) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (snapshot_id, product) DO UPDATE SET decisions = excluded.decisions",
        params![snapshot_id, product, decisions, time::to_db(at)],
    )?;
    Ok(())
}
