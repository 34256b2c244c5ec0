//! Numbered, append-only schema migrations. `PRAGMA user_version` holds the number of the
//! last one applied; a file from a newer ssmctl is refused, never altered.

use crate::error::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;

/// Index i holds migration i+1. Never edit a released entry; append a new one.
const MIGRATIONS: &[&str] = &[
    // 1: documents, their versions, and tags of any resource type.
    "CREATE TABLE documents (
        name            TEXT PRIMARY KEY,
        document_type   TEXT NOT NULL,
        default_version INTEGER NOT NULL,
        latest_version  INTEGER NOT NULL,
        created_date    TEXT NOT NULL
    );
    CREATE TABLE document_versions (
        name           TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
        version        INTEGER NOT NULL,
        version_name   TEXT,
        display_name   TEXT,
        target_type    TEXT,
        content        TEXT NOT NULL,
        format         TEXT NOT NULL,
        hash           TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        description    TEXT,
        parameters     TEXT NOT NULL,
        platform_types TEXT NOT NULL,
        created_date   TEXT NOT NULL,
        PRIMARY KEY (name, version),
        UNIQUE (name, version_name)
    );
    CREATE TABLE tags (
        resource_type TEXT NOT NULL,
        resource_id   TEXT NOT NULL,
        key           TEXT NOT NULL,
        value         TEXT NOT NULL,
        PRIMARY KEY (resource_type, resource_id, key)
    );",
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let version = user_version(conn)?;
    check_not_newer(version, path)?;
    if version == LATEST {
        return Ok(());
    }
    // Re-read under the write lock: another process may have migrated meanwhile.
    let env_err = |e: rusqlite::Error| Error::config(format!("cannot migrate state database {}: {e}", path.display()));
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(env_err)?;
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    check_not_newer(version, path)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql).map_err(env_err)?;
        tx.pragma_update(None, "user_version", i as i64 + 1).map_err(env_err)?;
    }
    tx.commit().map_err(env_err)?;
    Ok(())
}

fn user_version(conn: &Connection) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| Error::config(format!("{e}: is this an ssmctl state database?")))
}

fn check_not_newer(version: i64, path: &Path) -> Result<()> {
    if version > LATEST {
        return Err(Error::config(format!(
            "state database {} has schema version {version}, newer than this ssmctl knows ({LATEST}); upgrade ssmctl",
            path.display()
        )));
    }
    Ok(())
}
