//! What each host's last contact told: reachability and platform facts.

use crate::error::Result;
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

#[derive(Debug, Clone, Default)]
pub struct InstanceRow {
    pub instance_id: String,
    pub ping_status: String,
    pub last_ping: Option<DateTime<Utc>>,
    pub platform_type: Option<String>,
    pub platform_name: Option<String>,
    pub platform_version: Option<String>,
    pub computer_name: Option<String>,
    pub ip_address: Option<String>,
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<InstanceRow>> {
    Ok(conn
        .prepare_cached(
            "SELECT instance_id, ping_status, last_ping, platform_type, platform_name, platform_version, \
             computer_name, ip_address FROM instances WHERE instance_id = ?1",
        )?
        .query_row([id], |r| {
            Ok(InstanceRow {
                instance_id: r.get(0)?,
                ping_status: r.get(1)?,
                last_ping: r.get::<_, Option<String>>(2)?.map(|s| time::from_db(&s)),
                platform_type: r.get(3)?,
                platform_name: r.get(4)?,
                platform_version: r.get(5)?,
                computer_name: r.get(6)?,
                ip_address: r.get(7)?,
            })
        })
        .optional()?)
}

/// A successful contact: Online, with the facts the host reported.
pub fn record_online(conn: &Connection, row: &InstanceRow) -> Result<()> {
    conn.execute(
        "INSERT INTO instances (instance_id, ping_status, last_ping, last_error, platform_type, platform_name, \
         platform_version, computer_name, ip_address, facts_at) VALUES (?1, 'Online', ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?2) \
         ON CONFLICT (instance_id) DO UPDATE SET ping_status = 'Online', last_ping = excluded.last_ping, last_error = NULL, \
         facts_at = excluded.last_ping, platform_type = excluded.platform_type, platform_name = excluded.platform_name, \
         platform_version = excluded.platform_version, computer_name = excluded.computer_name, \
         ip_address = excluded.ip_address",
        params![
            row.instance_id,
            row.last_ping.as_ref().map(time::to_db),
            row.platform_type,
            row.platform_name,
            row.platform_version,
            row.computer_name,
            row.ip_address
        ],
    )?;
    Ok(())
}

/// A contact without new facts: Online, last ping moved.
pub fn record_ping(conn: &Connection, id: &str, at: Option<&DateTime<Utc>>) -> Result<()> {
    conn.execute(
        "INSERT INTO instances (instance_id, ping_status, last_ping) VALUES (?1, 'Online', ?2) \
         ON CONFLICT (instance_id) DO UPDATE SET ping_status = 'Online', last_ping = excluded.last_ping, last_error = NULL",
        params![id, at.map(time::to_db)],
    )?;
    Ok(())
}

/// Whether the next contact should ask the host for its facts: never asked, or over an
/// hour ago.
pub fn needs_probe(conn: &Connection, id: &str, now: &DateTime<Utc>) -> Result<bool> {
    let at: Option<Option<String>> = conn
        .prepare_cached("SELECT facts_at FROM instances WHERE instance_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(match at.flatten() {
        Some(t) => *now - time::from_db(&t) > chrono::Duration::hours(1),
        None => true,
    })
}

/// A failed contact: ConnectionLost; the facts of the last good contact stay.
pub fn record_lost(conn: &Connection, id: &str, error: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO instances (instance_id, ping_status, last_error) VALUES (?1, 'ConnectionLost', ?2) \
         ON CONFLICT (instance_id) DO UPDATE SET ping_status = 'ConnectionLost', last_error = excluded.last_error",
        params![id, error],
    )?;
    Ok(())
}
