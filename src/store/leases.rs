//! Leases (SPEC §16): the claim on a piece of long-lived work. A lease names its owner (host
//! name, process id and a per-process nonce) and an expiry the owner keeps renewing while it
//! works; a lease whose expiry passed, or whose owner is a dead process on this host, is
//! free to take. Leases run on the wall clock, never on a tick's `--at`: they are about
//! processes, not schedules. Designed so that controllers on several hosts can share one
//! store: across hosts only the expiry counts.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// Who holds a lease: this process.
#[derive(Debug, Clone)]
pub struct Owner {
    pub id: String,
    pub host: String,
}

pub fn me() -> &'static Owner {
    static ME: OnceLock<Owner> = OnceLock::new();
    ME.get_or_init(|| {
        let host = hostname();
        let pid = std::process::id() as i64;
        let nonce = uuid::Uuid::new_v4().simple().to_string();
        Owner { id: format!("{host}:{pid}:{}", &nonce[..8]), host }
    })
}

fn hostname() -> String {
    let mut buf = [0u8; 256];
    let ok = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0;
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    if ok { String::from_utf8_lossy(&buf[..end]).into_owned() } else { "localhost".into() }
}

/// How long a lease lasts without renewal (`SSMCTL_LEASE_SECONDS`, default 60); the
/// renewer refreshes every third of it.
pub fn ttl() -> Duration {
    let secs = std::env::var("SSMCTL_LEASE_SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(60i64);
    Duration::seconds(secs.max(3))
}

/// Whether the holder `owner` with `expires` still holds its lease.
pub fn live(owner: &str, expires: &DateTime<Utc>) -> bool {
    if *expires <= time::now() {
        return false;
    }
    let mut parts = owner.split(':');
    let (host, pid) = (parts.next().unwrap_or(""), parts.next().and_then(|p| p.parse::<i64>().ok()));
    // A dead process on this host holds nothing, whatever its expiry says.
    !(host == me().host && pid.is_some_and(|p| !crate::ops::process_alive(p)))
}

/// The live holder of a lease, if any.
pub fn holder(conn: &Connection, kind: &str, key: &str) -> Result<Option<String>> {
    let row: Option<(String, String)> = conn
        .prepare_cached("SELECT owner, expires FROM leases WHERE kind = ?1 AND key = ?2")?
        .query_row(params![kind, key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.filter(|(o, e)| live(o, &time::from_db(e))).map(|(o, _)| o))
}

/// Takes the lease for this process, in the caller's write transaction. False when another
/// live owner holds it. Taking a lease this process already holds succeeds.
pub fn take(conn: &Connection, kind: &str, key: &str) -> Result<bool> {
    let me = me();
    if let Some(h) = holder(conn, kind, key)?
        && h != me.id
    {
        return Ok(false);
    }
    conn.prepare_cached(
        "INSERT INTO leases (kind, key, owner, expires) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (kind, key) DO UPDATE SET owner = excluded.owner, expires = excluded.expires",
    )?
    .execute(params![kind, key, me.id, time::to_db(&(time::now() + ttl()))])?;
    Ok(true)
}

/// Gives the lease back (only if this process holds it).
pub fn release(conn: &Connection, kind: &str, key: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM leases WHERE kind = ?1 AND key = ?2 AND owner = ?3")?.execute(params![
        kind,
        key,
        me().id
    ])?;
    Ok(())
}

/// Keeps this process's leases alive while it works: a thread, started on first use, that
/// extends every lease the process holds in `db` each third of the lease time.
pub fn keep_renewed(db: &std::path::Path) {
    static STARTED: OnceLock<Mutex<Vec<PathBuf>>> = OnceLock::new();
    let started = STARTED.get_or_init(|| Mutex::new(Vec::new()));
    let mut dbs = started.lock().unwrap_or_else(|e| e.into_inner());
    if db.as_os_str().is_empty() || dbs.iter().any(|d| d == db) {
        return;
    }
    dbs.push(db.to_path_buf());
    let db = db.to_path_buf();
    std::thread::spawn(move || {
        let every = (ttl() / 3).to_std().unwrap_or(std::time::Duration::from_secs(20));
        loop {
            std::thread::sleep(every);
            if let Ok(mut store) = super::Store::open(&db) {
                let _ = store.write(|tx| {
                    tx.execute(
                        "UPDATE leases SET expires = ?2 WHERE owner = ?1",
                        params![me().id, time::to_db(&(time::now() + ttl()))],
                    )?;
                    Ok(())
                });
            }
        }
    });
}
