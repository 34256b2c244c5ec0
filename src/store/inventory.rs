//! Inventory snapshots: per host and type, every capture whose content changed (history, not
//! only the latest as AWS keeps), and the attribute names of each custom type.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

pub type Entry = Map<String, Value>;

#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub instance_id: String,
    pub type_name: String,
    pub schema_version: String,
    /// As given (`2026-11-23T13:15:02Z`), as list-inventory-entries prints it back.
    pub capture_time: String,
    pub content_hash: String,
    pub content: Vec<Entry>,
}

/// The one content hash: SHA-256 of the content's JSON (entries and keys in their order).
pub fn content_hash(content: &[Entry]) -> String {
    hex::encode(Sha256::digest(serde_json::to_string(content).unwrap_or_default()))
}

/// Stores a snapshot unless the latest of its (instance, type) has the same content hash;
/// says whether it wrote.
pub fn put_snapshot(conn: &Connection, s: &Snapshot, stored: &DateTime<Utc>) -> Result<bool> {
    if latest(conn, &s.instance_id, &s.type_name)?.is_some_and(|l| l.content_hash == s.content_hash) {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO inventory_snapshots (instance_id, type_name, stored, schema_version, capture_time, content_hash, content) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            s.instance_id,
            s.type_name,
            time::to_db(stored),
            s.schema_version,
            s.capture_time,
            s.content_hash,
            serde_json::to_string(&s.content)?
        ],
    )?;
    index_names(conn, &s.instance_id, &s.type_name, &s.content)?;
    Ok(true)
}

/// Replaces the Name index of a host's type with the names of `content` (its latest capture).
fn index_names(conn: &Connection, instance_id: &str, type_name: &str, content: &[Entry]) -> Result<()> {
    conn.execute("DELETE FROM inventory_names WHERE instance_id = ?1 AND type_name = ?2", [instance_id, type_name])?;
    let mut ins = conn
        .prepare_cached("INSERT OR IGNORE INTO inventory_names (type_name, name, instance_id) VALUES (?1, ?2, ?3)")?;
    for e in content {
        if let Some(name) = e.get("Name").and_then(Value::as_str) {
            ins.execute(params![type_name, name, instance_id])?;
        }
    }
    Ok(())
}

/// Rebuilds a type's Name index from the latest captures (after captures were deleted).
fn reindex_type(conn: &Connection, type_name: &str) -> Result<()> {
    conn.execute("DELETE FROM inventory_names WHERE type_name = ?1", [type_name])?;
    for s in latest_of_type(conn, type_name)? {
        index_names(conn, &s.instance_id, type_name, &s.content)?;
    }
    Ok(())
}

/// The hosts whose latest capture of a type has an entry named one of `names` (or, with
/// `prefix`, whose name begins with one of them).
pub fn hosts_with_name(conn: &Connection, type_name: &str, names: &[String], prefix: bool) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for n in names {
        let mut st = if prefix {
            // `>= n AND < n + U+10FFFF` keeps the prefix search on the index.
            conn.prepare_cached(
                "SELECT DISTINCT instance_id FROM inventory_names WHERE type_name = ?1 AND name >= ?2 AND name < ?2 || char(1114111)",
            )?
        } else {
            conn.prepare_cached("SELECT instance_id FROM inventory_names WHERE type_name = ?1 AND name = ?2")?
        };
        let rows = st.query_map(params![type_name, n], |r| r.get::<_, String>(0))?;
        for r in rows {
            out.push(r?);
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn snapshot(r: &rusqlite::Row) -> rusqlite::Result<(Snapshot, String)> {
    let content: String = r.get(5)?;
    Ok((
        Snapshot {
            instance_id: r.get(0)?,
            type_name: r.get(1)?,
            schema_version: r.get(2)?,
            capture_time: r.get(3)?,
            content_hash: r.get(4)?,
            content: serde_json::from_str(&content).unwrap_or_default(),
        },
        r.get(6)?,
    ))
}

const COLS: &str = "instance_id, type_name, schema_version, capture_time, content_hash, content, stored";

pub fn latest(conn: &Connection, instance_id: &str, type_name: &str) -> Result<Option<Snapshot>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLS} FROM inventory_snapshots WHERE instance_id = ?1 AND type_name = ?2 ORDER BY stored DESC LIMIT 1"
        ))?
        .query_row([instance_id, type_name], snapshot)
        .optional()?
        .map(|(s, _)| s))
}

/// The attribute names a custom type was first given with, and its schema version.
pub fn custom_schema(conn: &Connection, type_name: &str) -> Result<Option<(String, Vec<String>)>> {
    Ok(conn
        .prepare_cached("SELECT version, attributes FROM inventory_schemas WHERE type_name = ?1")?
        .query_row([type_name], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .optional()?
        .map(|(v, a)| (v, serde_json::from_str(&a).unwrap_or_default())))
}

pub fn put_custom_schema(conn: &Connection, type_name: &str, version: &str, attributes: &[String]) -> Result<()> {
    conn.execute(
        "INSERT INTO inventory_schemas (type_name, version, attributes) VALUES (?1, ?2, ?3) \
         ON CONFLICT (type_name) DO UPDATE SET version = excluded.version, attributes = excluded.attributes",
        params![type_name, version, serde_json::to_string(attributes)?],
    )?;
    Ok(())
}

pub fn custom_type_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM inventory_schemas", [], |r| r.get(0))?)
}

/// Drops captures stored before `before`, keeping each (host, type)'s latest.
pub fn prune(conn: &Connection, before: &DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM inventory_snapshots WHERE stored < ?1 AND stored < \
         (SELECT max(s.stored) FROM inventory_snapshots s WHERE s.instance_id = inventory_snapshots.instance_id \
          AND s.type_name = inventory_snapshots.type_name)",
        [time::to_db(before)],
    )?)
}

/// The version at and below which a disabled custom type refuses data.
pub fn disabled_version(conn: &Connection, type_name: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT disabled_version FROM inventory_schemas WHERE type_name = ?1")?
        .query_row([type_name], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

pub fn disable_schema(conn: &Connection, type_name: &str, version: &str) -> Result<()> {
    conn.execute(
        "UPDATE inventory_schemas SET disabled_version = ?2 WHERE type_name = ?1",
        params![type_name, version],
    )?;
    Ok(())
}

pub fn delete_schema(conn: &Connection, type_name: &str) -> Result<()> {
    conn.execute("DELETE FROM inventory_schemas WHERE type_name = ?1", [type_name])?;
    Ok(())
}

/// Each host's latest schema version of a type: (host, version).
pub fn holders(conn: &Connection, type_name: &str) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT instance_id, schema_version FROM inventory_snapshots s WHERE type_name = ?1 AND stored = \
         (SELECT max(stored) FROM inventory_snapshots t WHERE t.instance_id = s.instance_id AND t.type_name = s.type_name) \
         ORDER BY instance_id",
    )?;
    let rows = st.query_map([type_name], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Drops a type's captures on every host; with `up_to`, only those of that schema version
/// and lower (compared by `older_or_equal`).
pub fn delete_data(conn: &Connection, type_name: &str, up_to: Option<&dyn Fn(&str) -> bool>) -> Result<usize> {
    let mut st = conn.prepare_cached("SELECT rowid, schema_version FROM inventory_snapshots WHERE type_name = ?1")?;
    let rows: Vec<(i64, String)> =
        st.query_map([type_name], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    let mut n = 0;
    for (rowid, v) in rows {
        if up_to.is_none_or(|f| f(&v)) {
            n += conn.execute("DELETE FROM inventory_snapshots WHERE rowid = ?1", [rowid])?;
        }
    }
    reindex_type(conn, type_name)?;
    Ok(n)
}

#[derive(Debug, Clone)]
pub struct Deletion {
    pub deletion_id: String,
    pub type_name: String,
    pub started: DateTime<Utc>,
    /// The DeletionSummary as JSON.
    pub summary: String,
    pub message: String,
}

pub fn put_deletion(conn: &Connection, d: &Deletion, client_token: Option<&str>) -> Result<()> {
    conn.execute(
        "INSERT INTO inventory_deletions (deletion_id, type_name, started, summary, message, client_token) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![d.deletion_id, d.type_name, time::to_db(&d.started), d.summary, d.message, client_token],
    )?;
    Ok(())
}

fn deletion_row(r: &rusqlite::Row) -> rusqlite::Result<Deletion> {
    Ok(Deletion {
        deletion_id: r.get(0)?,
        type_name: r.get(1)?,
        started: time::from_db(&r.get::<_, String>(2)?),
        summary: r.get(3)?,
        message: r.get(4)?,
    })
}

pub fn deletion_by_token(conn: &Connection, token: &str) -> Result<Option<Deletion>> {
    Ok(conn
        .prepare_cached(
            "SELECT deletion_id, type_name, started, summary, message FROM inventory_deletions WHERE client_token = ?1",
        )?
        .query_row([token], deletion_row)
        .optional()?)
}

/// Every deletion, newest first.
pub fn deletions(conn: &Connection) -> Result<Vec<Deletion>> {
    let mut st = conn.prepare_cached(
        "SELECT deletion_id, type_name, started, summary, message FROM inventory_deletions ORDER BY started DESC, deletion_id",
    )?;
    let rows = st.query_map([], deletion_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every custom type: (name, version, attribute names), by name.
pub fn custom_schemas(conn: &Connection) -> Result<Vec<(String, String, Vec<String>)>> {
    let mut st =
        conn.prepare_cached("SELECT type_name, version, attributes FROM inventory_schemas ORDER BY type_name")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    Ok(rows
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .map(|(t, v, a)| (t, v, serde_json::from_str(&a).unwrap_or_default()))
        .collect())
}

/// The latest capture of a type on every host that has one.
pub fn latest_of_type(conn: &Connection, type_name: &str) -> Result<Vec<Snapshot>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM inventory_snapshots s WHERE type_name = ?1 AND stored = \
         (SELECT max(stored) FROM inventory_snapshots t WHERE t.instance_id = s.instance_id AND t.type_name = s.type_name)"
    ))?;
    let rows = st.query_map([type_name], snapshot)?;
    Ok(rows.map(|r| r.map(|(s, _)| s)).collect::<rusqlite::Result<_>>()?)
}
