//! Port-forwarding and SSH sessions: ssmctl carries bytes it cannot read (the user's own
//! ssh encrypts an SSH session end to end), so what is recorded is what can honestly be:
//! who, when, where to, each connection, and the bytes each way.

use super::forward::{self, Event};
use super::recording::{Header, Recorder};
use crate::document::session::SessionPlan;
use crate::error::{Error, Result};
use crate::inventory::Host;
use crate::store::Store;
use crate::store::sessions::{self as rows, SessionRow};
use std::path::Path;
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};

fn recorder(row: &SessionRow, path: &Path, what: String) -> Result<Recorder> {
    let header = Header {
        width: 80,
        height: 24,
        timestamp: row.start_date.timestamp(),
        command: Some(what),
        title: Some(format!("{} on {} ({})", row.session_id, row.target, row.document_name)),
        env: vec![],
    };
    Recorder::create(path, &header).map_err(|e| Error::config(format!("recording {}: {e}", path.display())))
}

fn rec_err(e: std::io::Error) -> Error {
    Error::config(format!("recording: {e}"))
}

/// Forwards until terminate-session, Ctrl-C, SIGTERM or the session's limits end it.
pub async fn ports(
    store: &mut Store,
    row: &mut SessionRow,
    host: &Host,
    plan: &SessionPlan,
    path: &Path,
) -> Result<i32> {
    let forwards: Vec<forward::Forward> = plan
        .forwards
        .iter()
        .map(|f| forward::Forward { local_port: f.local_port, host: f.host.clone(), port: f.port })
        .collect();
    let what = forwards
        .iter()
        .map(|f| format!("{} -> {}:{}", f.local_port, f.host.as_deref().unwrap_or("localhost"), f.port))
        .collect::<Vec<_>>()
        .join(", ");
    let mut rec = recorder(row, path, format!("port forwarding {what}"))?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let (ev_tx, mut ev_rx) = mpsc::unbounded_channel();
    let serve_host = host.clone();
    let mut serving = tokio::spawn(async move { forward::serve(&serve_host, &forwards, stop_rx, ev_tx).await });
    let started = Instant::now();
    let limits = Limits::of(row);
    let mut last = Instant::now();
    let mut open: usize = 0;
    let (mut to_host, mut from_host) = (0u64, 0u64);
    use tokio::signal::unix::{SignalKind, signal};
    let sig = |k| signal(k).map_err(|e| Error::internal(format!("signal: {e}")));
    let (mut term, mut int, mut hup) =
        (sig(SignalKind::terminate())?, sig(SignalKind::interrupt())?, sig(SignalKind::hangup())?);
    let mut poll = tokio::time::interval(Duration::from_millis(200));
    let mut why: Option<String> = None;
    let mut code = 0;
    let result = loop {
        tokio::select! {
            r = &mut serving => break r.map_err(|e| Error::internal(format!("forwarding: {e}"))).and_then(|r| r),
            ev = ev_rx.recv() => {
                let Some(ev) = ev else { continue };
                let at = started.elapsed().as_secs_f64();
                last = Instant::now();
                match ev {
                    Event::Listening { forward, local, dest } => {
                        crate::error::eprint_line(&format!("Port {} opened for sessionId {} (to {dest}).", local.port(), row.session_id));
                        rec.marker(at, &format!("forward {forward}: listening on {local}, to {dest}")).map_err(rec_err)?;
                    }
                    Event::Opened { conn, forward, peer } => {
                        open += 1;
                        rec.marker(at, &format!("connection {conn} on forward {forward} from {peer}")).map_err(rec_err)?;
                    }
                    Event::Closed { conn, bytes_to_host, bytes_from_host, error } => {
                        open = open.saturating_sub(1);
                        to_host += bytes_to_host;
                        from_host += bytes_from_host;
                        let err = error.map(|e| format!(" ({e})")).unwrap_or_default();
                        rec.marker(at, &format!("connection {conn} closed: {bytes_to_host} bytes to the host, {bytes_from_host} from it{err}")).map_err(rec_err)?;
                    }
                }
            }
            _ = term.recv() => {
                // terminate-session marks the row before it signals.
                let asked = rows::status(store.conn(), &row.session_id).ok().flatten().as_deref() == Some("Terminating");
                why.get_or_insert(if asked { "terminated by terminate-session" } else { "ended by SIGTERM" }.into());
                let _ = stop_tx.send(true);
            }
            _ = int.recv() => { why.get_or_insert("ended by Ctrl-C".into()); let _ = stop_tx.send(true); }
            _ = hup.recv() => { why.get_or_insert("ended by SIGHUP".into()); let _ = stop_tx.send(true); }
            _ = poll.tick() => {
                if why.is_none() {
                    // An open connection is activity: a quiet tunnel in use is not idle.
                    if open > 0 { last = Instant::now(); }
                    if let Some(w) = limits.exceeded(started, last) {
                        why = Some(w);
                        code = 254;
                    } else if rows::status(store.conn(), &row.session_id).ok().flatten().as_deref() == Some("Terminating") {
                        why = Some("terminated by terminate-session".into());
                    }
                    if why.is_some() { let _ = stop_tx.send(true); }
                }
            }
        }
    };
    while let Ok(ev) = ev_rx.try_recv() {
        if let Event::Closed { bytes_to_host, bytes_from_host, .. } = ev {
            to_host += bytes_to_host;
            from_host += bytes_from_host;
        }
    }
    row.bytes_in = to_host as i64;
    row.bytes_out = from_host as i64;
    let why = match (&result, why) {
        (Err(e), _) => {
            code = e.exit_code();
            format!("forwarding failed: {}", e.render(None))
        }
        (Ok(()), Some(w)) => w,
        (Ok(()), None) => "forwarding ended".into(),
    };
    rec.marker(started.elapsed().as_secs_f64(), &why).map_err(rec_err)?;
    row.final_hash = Some(rec.finish().map_err(rec_err)?);
    store.write(|tx| super::settle::end(tx, row, "Terminated", &why))?;
    result?;
    if code != 0 {
        crate::error::eprint_line(&format!("ssmctl: session {} {why}", row.session_id));
    }
    Ok(code)
}

/// AWS-StartSSHSession: this process's stdin and stdout are the tunnel (ssh's
/// ProxyCommand), to the port on the host itself.
pub async fn ssh(store: &mut Store, row: &mut SessionRow, host: &Host, plan: &SessionPlan, path: &Path) -> Result<i32> {
    let port = plan.forwards.first().map(|f| f.port).unwrap_or(22);
    let mut rec = recorder(row, path, format!("SSH tunnel to localhost:{port}"))?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let started = Instant::now();
    let pipe = forward::pipe_stdio(host, "localhost", port, stop_rx);
    tokio::pin!(pipe);
    use tokio::signal::unix::{SignalKind, signal};
    let sig = |k| signal(k).map_err(|e| Error::internal(format!("signal: {e}")));
    let (mut term, mut hup) = (sig(SignalKind::terminate())?, sig(SignalKind::hangup())?);
    // ssh signals its ProxyCommand when it is done with it: the tunnel ends cleanly then.
    let result = loop {
        tokio::select! {
            r = &mut pipe => break r,
            _ = term.recv() => { let _ = stop_tx.send(true); }
            _ = hup.recv() => { let _ = stop_tx.send(true); }
        }
    };
    let why = match &result {
        Ok((i, o)) => {
            row.bytes_in = *i as i64;
            row.bytes_out = *o as i64;
            format!("tunnel closed: {i} bytes to the host, {o} from it")
        }
        Err(e) => format!("tunnel failed: {}", e.render(None)),
    };
    rec.marker(started.elapsed().as_secs_f64(), &why).map_err(rec_err)?;
    row.final_hash = Some(rec.finish().map_err(rec_err)?);
    store.write(|tx| super::settle::end(tx, row, "Terminated", &why))?;
    result.map(|_| 0)
}

/// Idle timeout and maximum duration, in the session's minutes.
pub struct Limits {
    idle: Duration,
    idle_minutes: i64,
    max: Option<(Duration, i64)>,
}

impl Limits {
    pub fn of(row: &SessionRow) -> Limits {
        let minute = super::run::minute();
        Limits {
            idle: minute * row.idle_timeout.max(1) as u32,
            idle_minutes: row.idle_timeout,
            max: row.max_duration.map(|m| (minute * m.max(1) as u32, m)),
        }
    }

    pub fn exceeded(&self, started: Instant, last: Instant) -> Option<String> {
        if last.elapsed() >= self.idle {
            return Some(format!("idle timeout: no input or output for {} minutes", self.idle_minutes));
        }
        match self.max {
            Some((d, m)) if started.elapsed() >= d => Some(format!("maximum session duration of {m} minutes reached")),
            _ => None,
        }
    }
}
