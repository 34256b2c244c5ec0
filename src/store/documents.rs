//! Rows of `documents` and `document_versions`.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone)]
pub struct DocumentRow {
    pub name: String,
    pub document_type: String,
    pub default_version: i64,
    pub latest_version: i64,
    pub created_date: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct VersionRow {
    pub name: String,
    pub version: i64,
    pub version_name: Option<String>,
    pub display_name: Option<String>,
    pub target_type: Option<String>,
    pub content: String,
    pub format: String,
    pub hash: String,
    pub schema_version: String,
    pub description: Option<String>,
    /// JSON text of the DocumentParameter list.
    pub parameters: String,
    /// JSON text of the PlatformTypes list.
    pub platform_types: String,
    pub created_date: DateTime<Utc>,
}

fn document_row(r: &Row) -> rusqlite::Result<DocumentRow> {
    Ok(DocumentRow {
        name: r.get(0)?,
        document_type: r.get(1)?,
        default_version: r.get(2)?,
        latest_version: r.get(3)?,
        created_date: time::from_db(&r.get::<_, String>(4)?),
    })
}

const VERSION_COLS: &str = "name, version, version_name, display_name, target_type, content, format, hash, \
     schema_version, description, parameters, platform_types, created_date";

fn version_row(r: &Row) -> rusqlite::Result<VersionRow> {
    Ok(VersionRow {
        name: r.get(0)?,
        version: r.get(1)?,
        version_name: r.get(2)?,
        display_name: r.get(3)?,
        target_type: r.get(4)?,
        content: r.get(5)?,
        format: r.get(6)?,
        hash: r.get(7)?,
        schema_version: r.get(8)?,
        description: r.get(9)?,
        parameters: r.get(10)?,
        platform_types: r.get(11)?,
        created_date: time::from_db(&r.get::<_, String>(12)?),
    })
}

pub fn get(conn: &Connection, name: &str) -> Result<Option<DocumentRow>> {
    Ok(conn
        .query_row(
            "SELECT name, document_type, default_version, latest_version, created_date FROM documents WHERE name = ?1",
            [name],
            document_row,
        )
        .optional()?)
}

pub fn version(conn: &Connection, name: &str, version: i64) -> Result<Option<VersionRow>> {
    let sql = format!("SELECT {VERSION_COLS} FROM document_versions WHERE name = ?1 AND version = ?2");
    Ok(conn.prepare_cached(&sql)?.query_row(params![name, version], version_row).optional()?)
}

pub fn version_by_name(conn: &Connection, name: &str, version_name: &str) -> Result<Option<VersionRow>> {
    let sql = format!("SELECT {VERSION_COLS} FROM document_versions WHERE name = ?1 AND version_name = ?2");
    Ok(conn.prepare_cached(&sql)?.query_row(params![name, version_name], version_row).optional()?)
}

pub fn versions_after(conn: &Connection, name: &str, after: i64, limit: i64) -> Result<Vec<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM document_versions WHERE name = ?1 AND version > ?2 ORDER BY version LIMIT ?3"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params![name, after, limit], version_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn count_versions(conn: &Connection, name: &str) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM document_versions WHERE name = ?1", [name], |r| r.get(0))?)
}

pub fn insert_document(conn: &Connection, d: &DocumentRow) -> Result<()> {
    conn.execute(
        "INSERT INTO documents (name, document_type, default_version, latest_version, created_date) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![d.name, d.document_type, d.default_version, d.latest_version, time::to_db(&d.created_date)],
    )?;
    Ok(())
}

pub fn set_versions(conn: &Connection, name: &str, default_version: i64, latest_version: i64) -> Result<()> {
    conn.execute(
        "UPDATE documents SET default_version = ?2, latest_version = ?3 WHERE name = ?1",
        params![name, default_version, latest_version],
    )?;
    Ok(())
}

pub fn insert_version(conn: &Connection, v: &VersionRow) -> Result<()> {
    let sql = format!(
        "INSERT INTO document_versions ({VERSION_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    );
    conn.execute(
        &sql,
        params![
            v.name,
            v.version,
            v.version_name,
            v.display_name,
            v.target_type,
            v.content,
            v.format,
            v.hash,
            v.schema_version,
            v.description,
            v.parameters,
            v.platform_types,
            time::to_db(&v.created_date)
        ],
    )?;
    Ok(())
}

pub fn delete_version(conn: &Connection, name: &str, version: i64) -> Result<()> {
    conn.execute("DELETE FROM document_versions WHERE name = ?1 AND version = ?2", params![name, version])?;
    Ok(())
}

/// Deletes the document and, by cascade, its versions.
pub fn delete(conn: &Connection, name: &str) -> Result<()> {
    conn.execute("DELETE FROM documents WHERE name = ?1", [name])?;
    Ok(())
}

/// Documents after `after` in name order with their default version (content left out:
/// listing never needs it), `limit` at most.
pub fn list_described_after(conn: &Connection, after: &str, limit: i64) -> Result<Vec<(DocumentRow, VersionRow)>> {
    let mut st = conn.prepare_cached(
        "SELECT d.name, d.document_type, d.default_version, d.latest_version, d.created_date, \
                v.name, v.version, v.version_name, v.display_name, v.target_type, '', v.format, v.hash, \
                v.schema_version, v.description, v.parameters, v.platform_types, v.created_date \
         FROM documents d JOIN document_versions v ON v.name = d.name AND v.version = d.default_version \
         WHERE d.name > ?1 ORDER BY d.name LIMIT ?2",
    )?;
    let rows = st.query_map(params![after, limit], |r| {
        let d = document_row(r)?;
        let v = VersionRow {
            name: r.get(5)?,
            version: r.get(6)?,
            version_name: r.get(7)?,
            display_name: r.get(8)?,
            target_type: r.get(9)?,
            content: r.get(10)?,
            format: r.get(11)?,
            hash: r.get(12)?,
            schema_version: r.get(13)?,
            description: r.get(14)?,
            parameters: r.get(15)?,
            platform_types: r.get(16)?,
            created_date: time::from_db(&r.get::<_, String>(17)?),
        };
        Ok((d, v))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
