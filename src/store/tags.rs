//! Tags of any resource, keyed by (resource type, resource id).

use crate::error::Result;
use crate::model::tags::Tag;
use rusqlite::{Connection, params};
use std::collections::HashMap;

pub fn list(conn: &Connection, resource_type: &str, resource_id: &str) -> Result<Vec<Tag>> {
    let mut st =
        conn.prepare_cached("SELECT key, value FROM tags WHERE resource_type = ?1 AND resource_id = ?2 ORDER BY key")?;
    let rows = st.query_map(params![resource_type, resource_id], |r| Ok(Tag { key: r.get(0)?, value: r.get(1)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn put(conn: &Connection, resource_type: &str, resource_id: &str, tags: &[Tag]) -> Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO tags (resource_type, resource_id, key, value) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (resource_type, resource_id, key) DO UPDATE SET value = excluded.value",
    )?;
    for t in tags {
        st.execute(params![resource_type, resource_id, t.key, t.value])?;
    }
    Ok(())
}

pub fn remove(conn: &Connection, resource_type: &str, resource_id: &str, keys: &[String]) -> Result<()> {
    let mut st = conn.prepare_cached("DELETE FROM tags WHERE resource_type = ?1 AND resource_id = ?2 AND key = ?3")?;
    for k in keys {
        st.execute(params![resource_type, resource_id, k])?;
    }
    Ok(())
}

pub fn remove_all(conn: &Connection, resource_type: &str, resource_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM tags WHERE resource_type = ?1 AND resource_id = ?2",
        params![resource_type, resource_id],
    )?;
    Ok(())
}

/// Tags of every resource whose id is within `first..=last`, by resource id: one query
/// for a page of a listing instead of one per item.
pub fn list_range(
    conn: &Connection,
    resource_type: &str,
    first: &str,
    last: &str,
) -> Result<HashMap<String, Vec<Tag>>> {
    let mut st = conn.prepare_cached(
        "SELECT resource_id, key, value FROM tags WHERE resource_type = ?1 AND resource_id >= ?2 AND resource_id <= ?3 \
         ORDER BY resource_id, key",
    )?;
    let mut out: HashMap<String, Vec<Tag>> = HashMap::new();
    let rows = st.query_map(params![resource_type, first, last], |r| {
        Ok((r.get::<_, String>(0)?, Tag { key: r.get(1)?, value: r.get(2)? }))
    })?;
    for row in rows {
        let (id, tag) = row?;
        out.entry(id).or_default().push(tag);
    }
    Ok(out)
}
