//! Rows of `compliance_items`: one per (resource type, resource id, compliance type, item id).
//! `put-compliance-items` writes Custom types; the association engine writes `Association`
//! items through [`record_association`] and [`remove_association`].

use crate::error::Result;
use crate::model::compliance::{Details, SeveritySummary};
use crate::model::time;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, params, params_from_iter};

/// The one resource type compliance is kept for (AWS: "ManagedInstance is currently the only
/// supported resource type").
pub const MANAGED_INSTANCE: &str = "ManagedInstance";
/// The compliance type of association runs.
pub const ASSOCIATION: &str = "Association";
pub const COMPLIANT: &str = "COMPLIANT";
pub const NON_COMPLIANT: &str = "NON_COMPLIANT";
/// ComplianceSeverity values, highest first.
pub const SEVERITIES: [&str; 6] = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNSPECIFIED"];

#[derive(Debug, Clone, PartialEq)]
pub struct ItemRow {
    pub resource_type: String,
    pub resource_id: String,
    pub compliance_type: String,
    pub item_id: String,
    pub title: Option<String>,
    pub status: String,
    pub severity: String,
    pub details: Details,
    pub execution_id: Option<String>,
    pub execution_type: Option<String>,
    pub execution_time: DateTime<Utc>,
}

impl ItemRow {
    /// The row's primary key, for page tokens.
    pub fn key(&self) -> [String; 4] {
        [self.resource_type.clone(), self.resource_id.clone(), self.compliance_type.clone(), self.item_id.clone()]
    }
}

/// Everything about one resource's items of one compliance type, counted.
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregate {
    pub resource_type: String,
    pub resource_id: String,
    pub compliance_type: String,
    /// COMPLIANT items by severity.
    pub compliant: SeveritySummary,
    /// NON_COMPLIANT items by severity.
    pub non_compliant: SeveritySummary,
    /// The execution summary of the item with the latest ExecutionTime.
    pub execution_time: DateTime<Utc>,
    pub execution_id: Option<String>,
    pub execution_type: Option<String>,
}

impl Aggregate {
    pub fn key(&self) -> [String; 3] {
        [self.resource_type.clone(), self.resource_id.clone(), self.compliance_type.clone()]
    }
}

const ITEM_COLS: &str = "resource_type, resource_id, compliance_type, item_id, title, status, severity, details, \
     execution_id, execution_type, execution_time";

fn item_row(r: &Row) -> rusqlite::Result<ItemRow> {
    let details: String = r.get(7)?;
    Ok(ItemRow {
        resource_type: r.get(0)?,
        resource_id: r.get(1)?,
        compliance_type: r.get(2)?,
        item_id: r.get(3)?,
        title: r.get(4)?,
        status: r.get(5)?,
        severity: r.get(6)?,
        // Written by this module from a Details map; anything else reads as no details.
        details: serde_json::from_str(&details).unwrap_or_default(),
        execution_id: r.get(8)?,
        execution_type: r.get(9)?,
        execution_time: time::from_db(&r.get::<_, String>(10)?),
    })
}

/// Inserts the rows, replacing any row with the same key.
pub fn upsert(conn: &Connection, rows: &[ItemRow]) -> Result<()> {
    let mut st = conn.prepare_cached(&format!(
        "INSERT INTO compliance_items ({ITEM_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) \
         ON CONFLICT (resource_type, resource_id, compliance_type, item_id) DO UPDATE SET \
         title = excluded.title, status = excluded.status, severity = excluded.severity, details = excluded.details, \
         execution_id = excluded.execution_id, execution_type = excluded.execution_type, \
         execution_time = excluded.execution_time"
    ))?;
    for r in rows {
        st.execute(params![
            r.resource_type,
            r.resource_id,
            r.compliance_type,
            r.item_id,
            r.title,
            r.status,
            r.severity,
            serde_json::to_string(&r.details)?,
            r.execution_id,
            r.execution_type,
            time::to_db(&r.execution_time),
        ])?;
    }
    Ok(())
}

/// Removes every item of one resource's compliance type.
pub fn clear(conn: &Connection, resource_type: &str, resource_id: &str, compliance_type: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM compliance_items WHERE resource_type = ?1 AND resource_id = ?2 AND compliance_type = ?3",
        params![resource_type, resource_id, compliance_type],
    )?;
    Ok(())
}

/// How many items one resource has of one compliance type.
pub fn count(conn: &Connection, resource_type: &str, resource_id: &str, compliance_type: &str) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM compliance_items WHERE resource_type = ?1 AND resource_id = ?2 AND compliance_type = ?3",
        params![resource_type, resource_id, compliance_type],
        |r| r.get(0),
    )?)
}

/// The distinct compliance types one resource has items of, in name order.
pub fn types_of(conn: &Connection, resource_type: &str, resource_id: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT compliance_type FROM compliance_items WHERE resource_type = ?1 AND resource_id = ?2 \
         ORDER BY compliance_type",
    )?;
    let rows = st.query_map(params![resource_type, resource_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Items whose key is after `after` in key order, `limit` at most; only of `resource_ids`
/// when that is not empty.
pub fn items_after(
    conn: &Connection,
    after: &[String; 4],
    resource_ids: &[String],
    limit: i64,
) -> Result<Vec<ItemRow>> {
    let ids = if resource_ids.is_empty() {
        String::new()
    } else {
        format!(" AND resource_id IN ({})", vec!["?"; resource_ids.len()].join(", "))
    };
    let sql = format!(
        "SELECT {ITEM_COLS} FROM compliance_items \
         WHERE (resource_type, resource_id, compliance_type, item_id) > (?, ?, ?, ?){ids} \
         ORDER BY resource_type, resource_id, compliance_type, item_id LIMIT ?"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let limit = limit.to_string();
    let args = after.iter().chain(resource_ids.iter()).chain(std::iter::once(&limit));
    let rows = st.query_map(params_from_iter(args), item_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The per-(resource, compliance type) counts whose key is after `after` in key order,
/// `limit` at most.
pub fn aggregates_after(conn: &Connection, after: &[String; 3], limit: i64) -> Result<Vec<Aggregate>> {
    // One sum per status and severity. With max() the only min/max aggregate, SQLite takes
    // the bare execution_id/execution_type from the row holding the latest execution_time.
    let mut sums = Vec::new();
    for status in [COMPLIANT, NON_COMPLIANT] {
        for sev in SEVERITIES {
            sums.push(format!("sum(status = '{status}' AND severity = '{sev}')"));
        }
    }
    let sql = format!(
        "SELECT resource_type, resource_id, compliance_type, max(execution_time), execution_id, execution_type, {} \
         FROM compliance_items WHERE (resource_type, resource_id, compliance_type) > (?1, ?2, ?3) \
         GROUP BY resource_type, resource_id, compliance_type \
         ORDER BY resource_type, resource_id, compliance_type LIMIT ?4",
        sums.join(", ")
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params![after[0], after[1], after[2], limit], |r| {
        let summary = |first: usize| -> rusqlite::Result<SeveritySummary> {
            Ok(SeveritySummary {
                critical_count: r.get(first)?,
                high_count: r.get(first + 1)?,
                medium_count: r.get(first + 2)?,
                low_count: r.get(first + 3)?,
                informational_count: r.get(first + 4)?,
                unspecified_count: r.get(first + 5)?,
            })
        };
        Ok(Aggregate {
            resource_type: r.get(0)?,
            resource_id: r.get(1)?,
            compliance_type: r.get(2)?,
            execution_time: time::from_db(&r.get::<_, String>(3)?),
            execution_id: r.get(4)?,
            execution_type: r.get(5)?,
            compliant: summary(6)?,
            non_compliant: summary(12)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes the `Association` compliance item of one host for one association run (SyncCompliance AUTO):
/// Id = association id, Title = the association name or the document name, Status COMPLIANT when
/// `succeeded` else NON_COMPLIANT, Severity = the association's ComplianceSeverity (UNSPECIFIED when none),
/// Details {DocumentName, DocumentVersion}, ExecutionSummary {ExecutionTime: at, ExecutionId: execution_id, ExecutionType: "Command"}.
/// Replaces that association's previous item on that host only.
// Until the association engine calls it, only tests do.
#[allow(dead_code, clippy::too_many_arguments)]
pub fn record_association(
    conn: &Connection,
    instance_id: &str,
    association_id: &str,
    title: &str,
    document_name: &str,
    document_version: &str,
    severity: &str,
    succeeded: bool,
    execution_id: &str,
    at: &DateTime<Utc>,
) -> Result<()> {
    let mut details = Details::new();
    details.insert("DocumentName".into(), document_name.to_string());
    details.insert("DocumentVersion".into(), document_version.to_string());
    let row = ItemRow {
        resource_type: MANAGED_INSTANCE.into(),
        resource_id: instance_id.to_string(),
        compliance_type: ASSOCIATION.into(),
        item_id: association_id.to_string(),
        title: Some(title.to_string()).filter(|t| !t.is_empty()),
        status: if succeeded { COMPLIANT } else { NON_COMPLIANT }.into(),
        severity: if SEVERITIES.contains(&severity) { severity } else { "UNSPECIFIED" }.into(),
        details,
        execution_id: Some(execution_id.to_string()).filter(|e| !e.is_empty()),
        execution_type: Some("Command".into()),
        execution_time: *at,
    };
    upsert(conn, &[row])
}

/// Removes the Association items of a deleted association.
pub fn remove_association(conn: &Connection, association_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM compliance_items WHERE compliance_type = ?1 AND item_id = ?2",
        params![ASSOCIATION, association_id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrations::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
        conn
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn all(conn: &Connection) -> Vec<ItemRow> {
        items_after(conn, &Default::default(), &[], 1000).unwrap()
    }

    #[test]
    fn association_runs_replace_their_own_item_only() {
        let conn = db();
        let t1 = at("2026-01-01T00:00:00Z");
        let t2 = at("2026-01-02T00:00:00Z");
        record_association(&conn, "web-1", "assoc-1", "Nightly", "Doc-A", "1", "HIGH", false, "cmd-1", &t1).unwrap();
        record_association(&conn, "web-1", "assoc-2", "Doc-B", "Doc-B", "3", "", true, "cmd-2", &t1).unwrap();
        record_association(&conn, "web-2", "assoc-1", "Nightly", "Doc-A", "1", "HIGH", true, "cmd-3", &t1).unwrap();
        // A later run of assoc-1 on web-1 replaces its item there and nothing else.
        record_association(&conn, "web-1", "assoc-1", "Nightly", "Doc-A", "2", "HIGH", true, "cmd-4", &t2).unwrap();
        let rows = all(&conn);
        assert_eq!(rows.len(), 3);
        let r = &rows[0];
        assert_eq!((r.resource_id.as_str(), r.item_id.as_str()), ("web-1", "assoc-1"));
        assert_eq!((r.status.as_str(), r.severity.as_str()), (COMPLIANT, "HIGH"));
        assert_eq!(r.title.as_deref(), Some("Nightly"));
        assert_eq!(r.details.get("DocumentVersion").map(String::as_str), Some("2"));
        assert_eq!(r.details.keys().collect::<Vec<_>>(), ["DocumentName", "DocumentVersion"]);
        assert_eq!(
            (r.execution_id.as_deref(), r.execution_type.as_deref(), r.execution_time),
            (Some("cmd-4"), Some("Command"), t2)
        );
        // No ComplianceSeverity: UNSPECIFIED.
        assert_eq!(rows[1].severity, "UNSPECIFIED");

        remove_association(&conn, "assoc-1").unwrap();
        let left: Vec<(String, String)> = all(&conn).into_iter().map(|r| (r.resource_id, r.item_id)).collect();
        assert_eq!(left, [("web-1".to_string(), "assoc-2".to_string())]);
    }

    #[test]
    fn aggregates_count_by_status_and_severity_and_keep_the_latest_execution() {
        let conn = db();
        let t1 = at("2026-01-01T00:00:00Z");
        let t2 = at("2026-01-03T00:00:00Z");
        record_association(&conn, "web-1", "a1", "x", "D", "1", "LOW", false, "old", &t1).unwrap();
        record_association(&conn, "web-1", "a2", "x", "D", "1", "CRITICAL", true, "new", &t2).unwrap();
        record_association(&conn, "web-1", "a3", "x", "D", "1", "LOW", true, "mid", &t1).unwrap();
        let aggs = aggregates_after(&conn, &Default::default(), 10).unwrap();
        assert_eq!(aggs.len(), 1);
        let a = &aggs[0];
        assert_eq!(a.compliant, SeveritySummary { critical_count: 1, low_count: 1, ..Default::default() });
        assert_eq!(a.non_compliant, SeveritySummary { low_count: 1, ..Default::default() });
        assert_eq!((a.execution_time, a.execution_id.as_deref()), (t2, Some("new")));
        assert!(aggregates_after(&conn, &a.key(), 10).unwrap().is_empty());
    }
}
