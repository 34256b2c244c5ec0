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
    /// Shells kept in tmux whose ssmctl process is gone: resumable until their limits.
    pub disconnected: Vec<String>,
}

/// Sessions still marked live whose streaming process is gone: a dead process cannot
/// enforce its own limits, so the tick does. A shell kept in tmux on its host stays
/// Disconnected (resume-session reattaches it) until its idle timeout or maximum duration
/// from the tick's clock, then its tmux session is ended; anything else is closed.
pub fn tick(ctx: &mut Ctx, clock: Clock, dry_run: bool) -> Result<Report> {
    let mut report = Report::default();
    let orphans: Vec<SessionRow> = ctx
        .store()?
        .read(|tx| rows::with_status(tx, &ACTIVE))?
        .into_iter()
        .filter(|s| !s.pid.is_some_and(crate::ops::process_alive))
        .collect();
    let (kept, plain): (Vec<SessionRow>, Vec<SessionRow>) =
        orphans.into_iter().partition(|s| s.remote_name.is_some() && s.status != "Connecting");
    ctx.store()?.write(|tx| {
        for mut s in plain {
            let resuming = s.remote_name.is_some();
            if resuming { &mut report.disconnected } else { &mut report.ended }.push(s.session_id.clone());
            if dry_run {
                continue;
            }
            let (status, why) = if s.status == "Connecting" {
                ("Failed", "the ssmctl process that started it ended before it connected")
            } else {
                ("Terminated", "ended by the tick: the ssmctl process that streamed it is gone")
            };
            // A resume that died before connecting leaves its shell as it was.
            if resuming {
                s.status = "Disconnected".into();
                rows::update(tx, &s)?;
                continue;
            }
            end(tx, &mut s, status, why)?;
        }
        Ok(())
    })?;
    if kept.is_empty() {
        return Ok(report);
    }
    let inv = ctx.inventory()?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| crate::error::Error::internal(format!("runtime: {e}")))?;
    let now = clock.now();
    for mut s in kept {
        let minute = chrono::Duration::from_std(super::run::minute()).unwrap_or_default();
        let since = s.last_activity.unwrap_or(s.start_date);
        let over = if s.status == "Terminating" {
            Some("terminated by terminate-session".to_string())
        } else if now - since >= minute * s.idle_timeout as i32 {
            Some(format!("idle timeout while disconnected: no input or output for {} minutes", s.idle_timeout))
        } else {
            s.max_duration
                .filter(|m| now - s.start_date >= minute * *m as i32)
                .map(|m| format!("maximum session duration of {m} minutes reached while disconnected"))
        };
        if dry_run {
            if over.is_some() { &mut report.ended } else { &mut report.disconnected }.push(s.session_id.clone());
            continue;
        }
        let Some(host) = inv.get(&s.target).cloned() else {
            ctx.store()?.write(|tx| {
                end(tx, &mut s, "Terminated", "its host is no longer in the inventory (its tmux session was not ended)")
            })?;
            report.ended.push(s.session_id.clone());
            continue;
        };
        let id = s.session_id.clone();
        let limit = crate::exec::masters::connect_timeout() + std::time::Duration::from_secs(5);
        let result = match &over {
            Some(why) => {
                rt.block_on(super::remote::run(&host, &super::remote::kill(&id), limit)).map(|_| Some(why.clone()))
            }
            None => rt.block_on(super::remote::shell_state(&host, &id)).map(|state| match state {
                super::remote::Shell::Alive => None,
                super::remote::Shell::Ended(rc) => {
                    s.exit_code = rc.map(i64::from);
                    Some("the shell exited while disconnected".into())
                }
                super::remote::Shell::Gone => Some("the shell is no longer on its host".into()),
            }),
        };
        ctx.store()?.write(|tx| {
            match result {
                Ok(Some(why)) => {
                    report.ended.push(id.clone());
                    end(tx, &mut s, "Terminated", &why)?;
                }
                Ok(None) => {
                    report.disconnected.push(id.clone());
                    if s.status != "Disconnected" {
                        s.status = "Disconnected".into();
                        s.details = Some(format!(
                            "the ssmctl process that streamed it is gone; the shell lives on in tmux on the host: \
                             ssmctl resume-session --session-id {id}"
                        ));
                        rows::update(tx, &s)?;
                    }
                }
                // The host did not answer: the next tick asks again.
                Err(e) => {
                    report.disconnected.push(id.clone());
                    if over.is_some() {
                        s.status = "Terminating".into();
                    } else if s.status == "Connected" {
                        s.status = "Disconnected".into();
                    }
                    let note = format!("the tick could not reach the host ({e}) and asks again at the next");
                    s.details = Some(match &over {
                        Some(why) => format!("{why}; {note}"),
                        None => note,
                    });
                    rows::update(tx, &s)?;
                }
            }
            Ok(())
        })?;
    }
    Ok(report)
}
