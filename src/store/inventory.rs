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
    Ok(true)
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
