//! The SQLite state store (SPEC §6): one file, WAL, a busy timeout long enough that
//! concurrent ssmctl processes wait instead of failing, numbered migrations keyed by
//! `PRAGMA user_version`, and every write in one `BEGIN IMMEDIATE` transaction.

pub mod associations;
pub mod automation;
pub mod commands;
pub mod compliance;
pub mod documents;
pub mod instances;
pub mod inventory;
pub mod leases;
pub mod maintenance_windows;
mod migrations;
pub use migrations::LATEST;
pub mod parameters;
pub mod patch_baselines;
pub mod patches;
pub mod sessions;
pub mod tags;

use crate::error::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::fs;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Long enough for hundreds of processes queued on one file (each write is milliseconds).
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

pub struct Store {
    conn: Connection,
}

/// `--db`, else `SSMCTL_DB`, else `$XDG_STATE_HOME/ssmctl/state.db`.
pub fn default_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("SSMCTL_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let base = match std::env::var_os("XDG_STATE_HOME").filter(|p| !p.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => {
            let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).ok_or_else(|| {
                Error::config("cannot find the state directory: neither SSMCTL_DB, XDG_STATE_HOME nor HOME is set")
            })?;
            PathBuf::from(home).join(".local/state")
        }
    };
    Ok(base.join("ssmctl").join("state.db"))
}

impl Store {
    pub fn open(path: &Path) -> Result<Store> {
        prepare_file(path)?;
        // Anything that fails before the schema is known means the file or its place is
        // wrong (not a database, unreadable, read-only): an environment error.
        let env_err = |e: rusqlite::Error| match crate::error::environment_hint(&e) {
            Some(hint) => Error::config(format!("state database {}: {hint}", path.display())),
            None => Error::config(format!("state database {}: {e}", path.display())),
        };
        let conn = Connection::open(path).map_err(env_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(env_err)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(env_err)?;
        // WAL is persistent in the file: set it once, not on every open (setting it needs a lock).
        // SQLite answers BUSY at once, without the busy handler, when several processes
        // switch a new file to WAL together; retry that for as long as the busy timeout.
        let started = std::time::Instant::now();
        loop {
            let switched = conn.query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0)).and_then(|mode| {
                if mode.eq_ignore_ascii_case("wal") {
                    Ok(())
                } else {
                    conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0)).map(drop)
                }
            });
            match switched {
                Err(e) if is_busy(&e) && started.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(Duration::from_millis(5))
                }
                other => break other.map_err(env_err)?,
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(env_err)?;
        let mut store = Store { conn };
        migrations::migrate(&mut store.conn, path)?;
        Ok(store)
    }

    /// A private in-memory store with the whole schema, for fuzzing: no file, nothing shared.
    pub fn in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations::migrate(&mut conn, Path::new(":memory:"))?;
        Ok(Store { conn })
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one immediate (write-locking) transaction: all of it lands or none.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Reads inside one deferred transaction so that several queries see one snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

/// Creates the directory 0700 and the file 0600 before SQLite touches them, so that no
/// other user can read the state at any moment (SQLite gives -wal/-shm the file's mode).
fn prepare_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::config(format!("cannot create state directory {}: {e}", dir.display())))?;
    }
    if !path.exists() {
        fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
            .map_err(|e| Error::config(format!("cannot create state database {}: {e}", path.display())))?;
    }
    Ok(())
}
