//! Rows of `parameters` (one per parameter: the latest version's settings),
//! `parameter_versions` (every version kept, with its value; a SecureString's value is the
//! sealed text of src/secrets.rs, never the plain text) and `parameter_labels`.
//!
//! A parameter whose Expiration policy has passed is gone, as in AWS: every read here leaves
//! it out, whichever process comes first after the instant (nothing waits for the tick),
//! and writes delete it first (`delete_if_expired`) so that a put makes it anew.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::HashMap;

/// One version of a parameter with its settings. The `parameters` row of a parameter holds
/// the same fields as its latest version (minus the value).
#[derive(Debug, Clone)]
pub struct VersionRow {
    pub name: String,
    pub version: i64,
    pub type_: String,
    /// Plain text for String/StringList, sealed text for SecureString.
    pub value: String,
    pub description: Option<String>,
    pub allowed_pattern: Option<String>,
    pub key_id: Option<String>,
    pub tier: String,
    pub data_type: String,
    pub modified: DateTime<Utc>,
    pub user: String,
    /// The policies in effect for this version: a JSON array of policy objects.
    pub policies: Option<String>,
    /// When the Expiration policy among them deletes the parameter.
    pub expires: Option<DateTime<Utc>>,
}

const VERSION_COLS: &str = "v.name, v.version, v.type, v.value, v.description, v.allowed_pattern, v.key_id, v.tier, v.data_type, v.modified, v.user, v.policies, v.expires";

/// The condition that the parameter row `p` has not expired at ?1 (now, as stored text).
const LIVE: &str = "(p.expires IS NULL OR p.expires > ?1)";

/// Now, in the stored form, for LIVE. Taken at each read: no caller can forget it.
fn now_db() -> String {
    time::to_db(&time::now())
}

fn version_row(r: &Row) -> rusqlite::Result<VersionRow> {
    Ok(VersionRow {
        name: r.get(0)?,
        version: r.get(1)?,
        type_: r.get(2)?,
        value: r.get(3)?,
        description: r.get(4)?,
        allowed_pattern: r.get(5)?,
        key_id: r.get(6)?,
        tier: r.get(7)?,
        data_type: r.get(8)?,
        modified: time::from_db(&r.get::<_, String>(9)?),
        user: r.get(10)?,
        policies: r.get(11)?,
        expires: r.get::<_, Option<String>>(12)?.map(|t| time::from_db(&t)),
    })
}

/// The latest version of a parameter.
pub fn latest(conn: &Connection, name: &str) -> Result<Option<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM parameters p JOIN parameter_versions v ON v.name = p.name AND v.version = p.version \
         WHERE p.name = ?2 AND {LIVE}"
    );
    Ok(conn.prepare_cached(&sql)?.query_row(params![now_db(), name], version_row).optional()?)
}

pub fn version(conn: &Connection, name: &str, version: i64) -> Result<Option<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM parameter_versions v JOIN parameters p ON p.name = v.name \
         WHERE v.name = ?2 AND v.version = ?3 AND {LIVE}"
    );
    Ok(conn.prepare_cached(&sql)?.query_row(params![now_db(), name, version], version_row).optional()?)
}

/// The version that carries `label`, if any.
pub fn version_of_label(conn: &Connection, name: &str, label: &str) -> Result<Option<i64>> {
    let sql = format!(
        "SELECT l.version FROM parameter_labels l JOIN parameters p ON p.name = l.name \
         WHERE l.name = ?2 AND l.label = ?3 AND {LIVE}"
    );
    Ok(conn.prepare_cached(&sql)?.query_row(params![now_db(), name, label], |r| r.get(0)).optional()?)
}

/// Versions of a parameter after `after`, oldest first.
pub fn versions_after(conn: &Connection, name: &str, after: i64, limit: i64) -> Result<Vec<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM parameter_versions v JOIN parameters p ON p.name = v.name \
         WHERE v.name = ?2 AND v.version > ?3 AND {LIVE} ORDER BY v.version LIMIT ?4"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params![now_db(), name, after, limit], version_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// (number of versions kept, the oldest version number).
pub fn version_span(conn: &Connection, name: &str) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        "SELECT count(*), coalesce(min(version), 0) FROM parameter_versions WHERE name = ?1",
        [name],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Writes a new version and makes it the parameter's latest (creating the parameter row
/// for version 1 or after a delete).
pub fn put_version(conn: &Connection, v: &VersionRow) -> Result<()> {
    let expires = v.expires.as_ref().map(time::to_db);
    conn.execute(
        "INSERT INTO parameters (name, type, version, description, allowed_pattern, key_id, tier, data_type, \
         last_modified, last_user, expires) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) \
         ON CONFLICT (name) DO UPDATE SET type = excluded.type, version = excluded.version, \
         description = excluded.description, allowed_pattern = excluded.allowed_pattern, key_id = excluded.key_id, \
         tier = excluded.tier, data_type = excluded.data_type, last_modified = excluded.last_modified, \
         last_user = excluded.last_user, expires = excluded.expires",
        params![
            v.name,
            v.type_,
            v.version,
            v.description,
            v.allowed_pattern,
            v.key_id,
            v.tier,
            v.data_type,
            time::to_db(&v.modified),
            v.user,
            expires
        ],
    )?;
    conn.execute(
        "INSERT INTO parameter_versions (name, version, type, value, description, allowed_pattern, key_id, tier, \
         data_type, modified, user, policies, expires) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            v.name,
            v.version,
            v.type_,
            v.value,
            v.description,
            v.allowed_pattern,
            v.key_id,
            v.tier,
            v.data_type,
            time::to_db(&v.modified),
            v.user,
            v.policies,
            expires
        ],
    )?;
    Ok(())
}

pub fn delete_version(conn: &Connection, name: &str, version: i64) -> Result<()> {
    conn.execute("DELETE FROM parameter_versions WHERE name = ?1 AND version = ?2", params![name, version])?;
    Ok(())
}

/// Deletes a parameter with all its versions and labels; false when it did not exist.
pub fn delete(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM parameters WHERE name = ?1", [name])? > 0)
}

/// Deletes the parameter if its Expiration has passed; true when it did.
pub fn delete_if_expired(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM parameters WHERE name = ?2 AND expires <= ?1", params![now_db(), name])? > 0)
}

/// Deletes every parameter whose Expiration has passed; their names.
pub fn delete_expired(conn: &Connection) -> Result<Vec<String>> {
    let now = now_db();
    let names: Vec<String> = conn
        .prepare_cached("SELECT name FROM parameters WHERE expires <= ?1 ORDER BY name")?
        .query_map([&now], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    conn.execute("DELETE FROM parameters WHERE expires <= ?1", [&now])?;
    Ok(names)
}

pub fn labels_of(conn: &Connection, name: &str, version: i64) -> Result<Vec<String>> {
    let mut st =
        conn.prepare_cached("SELECT label FROM parameter_labels WHERE name = ?1 AND version = ?2 ORDER BY label")?;
    let rows = st.query_map(params![name, version], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every label of a parameter, by version.
pub fn labels_by_version(conn: &Connection, name: &str) -> Result<HashMap<i64, Vec<String>>> {
    let mut st = conn.prepare_cached("SELECT version, label FROM parameter_labels WHERE name = ?1 ORDER BY label")?;
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for row in st.query_map([name], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (v, l) = row?;
        out.entry(v).or_default().push(l);
    }
    Ok(out)
}

/// Attaches `label` to `version`, moving it from another version of the parameter.
pub fn set_label(conn: &Connection, name: &str, version: i64, label: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO parameter_labels (name, version, label) VALUES (?1, ?2, ?3) \
         ON CONFLICT (name, label) DO UPDATE SET version = excluded.version",
        params![name, version, label],
    )?;
    Ok(())
}

/// Removes `label` from `version`; false when that version did not carry it.
pub fn remove_label(conn: &Connection, name: &str, version: i64, label: &str) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM parameter_labels WHERE name = ?1 AND version = ?2 AND label = ?3",
        params![name, version, label],
    )? > 0)
}

/// Which parameters a listing walks, in name order.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Only names strictly between these (`/app/` < name < `/app0`: the names under a path).
    /// Names are ASCII, so "\x7f" is above all of them.
    lo: String,
    hi: String,
    /// Only names with no `/` after this many characters (one level of a path); 0: any.
    one_level_after: usize,
}

impl Scope {
    pub fn all() -> Scope {
        Scope { lo: String::new(), hi: "\x7f".into(), one_level_after: 0 }
    }

    /// The names under `path` ("/" or "/a/b", no trailing slash), all levels or one. Names
    /// without a slash are top level: under "/".
    pub fn under(path: &str, recursive: bool) -> Scope {
        let prefix = if path == "/" { "/".to_string() } else { format!("{path}/") };
        let (lo, hi) = if path == "/" {
            (String::new(), "\x7f".to_string())
        } else {
            // '0' follows '/': the smallest string above every name that starts with the prefix.
            (prefix.clone(), format!("{path}0"))
        };
        Scope { lo, hi, one_level_after: if recursive { 0 } else { prefix.len() } }
    }
}

/// Latest versions of the parameters in `scope` whose names sort after `after`, in name
/// order, at most `limit`.
pub fn list_latest(conn: &Connection, scope: &Scope, after: &str, limit: i64) -> Result<Vec<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM parameters p JOIN parameter_versions v ON v.name = p.name AND v.version = p.version \
         WHERE p.name > ?2 AND p.name < ?3 AND (?4 = 0 OR instr(substr(p.name, ?4 + 1), '/') = 0) AND {LIVE} \
         ORDER BY p.name LIMIT ?5"
    );
    let from = if after > scope.lo.as_str() { after } else { scope.lo.as_str() };
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params![now_db(), from, scope.hi, scope.one_level_after as i64, limit], version_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Labels of every parameter whose name is within `first..=last`, by name and version: one
/// query for a page of a listing.
pub fn labels_range(conn: &Connection, first: &str, last: &str) -> Result<HashMap<String, HashMap<i64, Vec<String>>>> {
    let mut st = conn.prepare_cached(
        "SELECT name, version, label FROM parameter_labels WHERE name >= ?1 AND name <= ?2 ORDER BY name, label",
    )?;
    let mut out: HashMap<String, HashMap<i64, Vec<String>>> = HashMap::new();
    let rows = st.query_map(params![first, last], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?))
    })?;
    for row in rows {
        let (name, version, label) = row?;
        out.entry(name).or_default().entry(version).or_default().push(label);
    }
    Ok(out)
}
