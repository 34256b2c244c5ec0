//! How a session's row ends, whoever ends it (its own process, terminate-session, the
//! tick), and the tick's part (SPEC §16): sessions whose process is gone are closed.

use super::recording;
use crate::error::Result;
use crate::model::time::{self, Clock};
use crate::ops::Ctx;
use crate::store::sessions::{self as rows, ACTIVE, SessionRow};
use rusqlite::Connection;
use serde::Serialize;
use std::path::Path;

/// Ends the row: status, end date, why; and the chain's last link when the process that
/// wrote the recording could not say it (the file is read back and its chain checked).
pub fn end(conn: &Connection, s: &mut SessionRow, status: &str, why: &str) -> Result<()> {
    s.status = status.into();
    s.details = Some(why.into());
    s.end_date = Some(time::now());
    if s.final_hash.is_none()
        && let Some(p) = &s.recording
        && let Ok(v) = recording::verify(Path::new(p), None)
    {
        s.final_hash = Some(v.final_hash);
    }
    rows::update(conn, s)
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    pub ended: Vec<String>,
}

/// Sessions still marked live whose streaming process is gone: a dead process cannot
/// enforce its own limits, so the tick closes them.
pub fn tick(ctx: &mut Ctx, _clock: Clock, dry_run: bool) -> Result<Report> {
    let mut report = Report::default();
    ctx.store()?.write(|tx| {
        for mut s in rows::with_status(tx, &ACTIVE)? {
            if s.pid.is_some_and(crate::ops::process_alive) {
                continue;
            }
            report.ended.push(s.session_id.clone());
            if dry_run {
                continue;
            }
            let (status, why) = if s.status == "Connecting" {
                ("Failed", "the ssmctl process that started it ended before it connected")
            } else {
                ("Terminated", "ended by the tick: the ssmctl process that streamed it is gone")
            };
            end(tx, &mut s, status, why)?;
        }
        Ok(())
    })?;
    Ok(report)
}
