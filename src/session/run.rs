//! Streaming one started session: the controller's end of it, as the AWS CLI hands a
//! started session to its plugin. A shell or command runs through the host's SSH master
//! (`ssh -S`, no new handshake); its bytes go to this terminal and into the recording as
//! they come; its exit status becomes ssmctl's. Idle timeout (input or output is
//! activity), maximum duration, terminate-session from another process and the `~.`
//! escape all end it; whichever does is written in the session's Details.

use super::pty::{self, RawMode, Size};
use super::recording::{Header, Recorder};
use crate::document::session::SessionKind;
use crate::error::{Error, Result};
use crate::exec::masters;
use crate::inventory::{Connection, Host};
use crate::model::time;
use crate::ops::{Ctx, sessions};
use crate::store::Store;
use crate::store::sessions::{self as rows, SessionRow};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Seconds in a "minute" of idleSessionTimeout and maxSessionDuration
/// (`SSMCTL_SESSION_MINUTE`, default 60): tests shorten it rather than wait.
pub fn minute() -> Duration {
    let secs = std::env::var("SSMCTL_SESSION_MINUTE").ok().and_then(|v| v.trim().parse::<f64>().ok()).unwrap_or(60.0);
    Duration::from_secs_f64(secs.max(0.1))
}

/// Runs the started session `id` to its end; the exit code is the remote command's.
pub fn run(ctx: &mut Ctx, id: &str) -> Result<i32> {
    let row =
        ctx.store()?.read(|tx| rows::get(tx, id))?.ok_or_else(|| Error::internal(format!("session {id} vanished")))?;
    let inv = ctx.inventory()?;
    let host = inv.get(&row.target).cloned().ok_or_else(|| sessions::not_connected(&row.target))?;
    let params: indexmap::IndexMap<String, Vec<String>> = serde_json::from_str(&row.parameters)?;
    let resolved = ctx.store()?.read(|tx| sessions::resolve(tx, &row.document_name, &params))?;
    let db = ctx.db_path().to_path_buf();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("runtime: {e}")))?;
    let out = rt.block_on(stream(db, row, host, resolved));
    // A read of stdin may still block on its thread: it is not waited for.
    rt.shutdown_background();
    out
}

/// Why the session ended, when it was not the remote command's own exit.
#[derive(Debug, Clone)]
enum Cut {
    Idle(u64),
    MaxDuration(u64),
    Terminated,
    Escape,
    Signal(&'static str),
}

impl Cut {
    fn why(&self) -> String {
        match self {
            Cut::Idle(m) => format!("idle timeout: no input or output for {m} minutes"),
            Cut::MaxDuration(m) => format!("maximum session duration of {m} minutes reached"),
            Cut::Terminated => "terminated by terminate-session".into(),
            Cut::Escape => "ended by the ~. escape".into(),
            Cut::Signal(s) => format!("ended by {s}"),
        }
    }
}

async fn stream(db: PathBuf, mut row: SessionRow, host: Host, resolved: sessions::Resolved) -> Result<i32> {
    let mut store = Store::open(&db)?;
    let dir = masters::control_dir()?;
    let local = host.connection == Connection::Local;
    if !local && let Err(u) = masters::session(&dir, &host).await {
        store.write(|tx| super::settle::end(tx, &mut row, "Failed", &u.message))?;
        return Err(Error::service("TargetNotConnected", format!("{} is not connected: {}", row.target, u.message)));
    }
    if local && matches!(resolved.plan.kind, SessionKind::Port) {
        let why = format!("{} is this machine (connection: local): connect to its ports directly", row.target);
        store.write(|tx| super::settle::end(tx, &mut row, "Failed", &why))?;
        return Err(Error::service("TargetNotConnected", why));
    }
    let sock = masters::socket_for(&dir, &host);
    let path = super::recording::sessions_dir(&db)?.join(format!("{}.cast", row.session_id));
    row.recording = Some(path.display().to_string());
    row.status = "Connected".into();
    row.last_activity = Some(time::now());
    store.write(|tx| rows::update(tx, &row))?;
    let plan = &resolved.plan;
    // An SSH tunnel's stderr is the user's ssh's terminal: no banners there.
    let banners = !plan.ssh;
    if banners {
        crate::error::eprint_line(&format!("Starting session with SessionId: {}", row.session_id));
    }
    let outcome = match plan.kind {
        SessionKind::Port if plan.ssh => super::tunnel::ssh(&mut store, &mut row, &host, plan, &path).await,
        SessionKind::Port => super::tunnel::ports(&mut store, &mut row, &host, plan, &path).await,
        _ => {
            let remote = remote_command(plan, &resolved.prefs, &row.session_id);
            let tty = !matches!(plan.kind, SessionKind::NonInteractive);
            command(&mut store, &mut row, &sock, &host, &remote, tty, &resolved.prefs, &path).await
        }
    };
    if banners {
        crate::error::eprint_line(&format!("\r\nExiting session with sessionId: {}.", row.session_id));
    }
    outcome
}

/// What the host runs: the shell (after the preferences' shell profile, as the run-as
/// user when asked) or the document's command.
pub fn remote_command(
    plan: &crate::document::session::SessionPlan,
    prefs: &crate::document::session::Preferences,
    id: &str,
) -> String {
    let inner = match plan.kind {
        SessionKind::Shell => {
            let profile = prefs.shell_profile.as_deref().map(|p| format!("{p}\n")).unwrap_or_default();
            format!("export SSMCTL_SESSION_ID={id}\n{profile}exec \"${{SHELL:-/bin/sh}}\" -l")
        }
        _ => plan.command.clone().unwrap_or_default(),
    };
    let run_as = match plan.kind {
        SessionKind::Shell => prefs.run_as.clone(),
        _ if plan.run_as_elevated => Some("root".into()),
        _ => None,
    };
    match run_as {
        // The login user's sudo: sessions run as that user, as AWS's runAsDefaultUser.
        Some(user) => format!("exec sudo -n -H -u {} -- sh -c {}", quote(&user), quote(&inner)),
        None => inner,
    }
}

pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

type Writer = Box<dyn Write + Send>;
type Reader = Box<dyn Read + Send>;

enum In {
    Data(Vec<u8>),
    Eof,
}

#[allow(clippy::too_many_arguments)]
async fn command(
    store: &mut Store,
    row: &mut SessionRow,
    sock: &Path,
    host: &Host,
    remote: &str,
    want_tty: bool,
    prefs: &crate::document::session::Preferences,
    path: &Path,
) -> Result<i32> {
    let local_tty = want_tty && pty::is_tty(0);
    let size = if local_tty { pty::size_of(0).unwrap_or_default() } else { Size::default() };
    let mut cmd = if host.connection == Connection::Local {
        // This machine (the implicit inventory's localhost): the same session without ssh.
        let mut c = std::process::Command::new("/bin/sh");
        c.arg("-c").arg(remote);
        c
    } else {
        let mut c = std::process::Command::new("ssh");
        c.arg("-S").arg(sock).args(["-o", "ControlMaster=no", "-e", "none", "-q"]);
        c.arg(if want_tty { "-tt" } else { "-T" }).arg("--").arg(&host.address).arg(remote);
        c
    };
    let mut pair = None;
    let mut child;
    let (mut to_host, from_host, from_host_err): (Writer, Reader, Option<Reader>);
    if local_tty {
        let p = pty::open(size).map_err(|e| Error::internal(format!("cannot open a pseudo-terminal: {e}")))?;
        let dup = |fd: &OwnedFd| fd.try_clone().map(std::process::Stdio::from);
        let io = |e: std::io::Error| Error::internal(format!("pseudo-terminal: {e}"));
        cmd.stdin(dup(&p.slave).map_err(io)?).stdout(dup(&p.slave).map_err(io)?).stderr(dup(&p.slave).map_err(io)?);
        use std::os::unix::process::CommandExt;
        unsafe { cmd.pre_exec(pty::controlling_terminal(&p.slave)) };
        child = cmd.spawn().map_err(|e| Error::internal(format!("cannot run ssh: {e}")))?;
        let m = p.master.try_clone().map_err(io)?;
        to_host = Box::new(std::fs::File::from(p.master.try_clone().map_err(io)?));
        from_host = Box::new(std::fs::File::from(m));
        from_host_err = None;
        pair = Some(p.master);
        drop(p.slave);
    } else {
        use std::process::Stdio;
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        child = cmd.spawn().map_err(|e| Error::internal(format!("cannot run ssh: {e}")))?;
        to_host = Box::new(child.stdin.take().expect("piped"));
        from_host = Box::new(child.stdout.take().expect("piped"));
        from_host_err = Some(Box::new(child.stderr.take().expect("piped")));
    }
    let header = Header {
        width: size.cols,
        height: size.rows,
        timestamp: row.start_date.timestamp(),
        command: Some(remote.lines().last().unwrap_or(remote).to_string()),
        title: Some(format!("{} on {} ({})", row.session_id, row.target, row.document_name)),
        env: vec![("TERM".into(), std::env::var("TERM").unwrap_or_else(|_| "xterm-256color".into()))],
    };
    let mut rec =
        Recorder::create(path, &header).map_err(|e| Error::config(format!("recording {}: {e}", path.display())))?;
    let _raw = if local_tty { RawMode::enter(0).ok() } else { None };

    // Readers on threads: a blocking read of a terminal or pipe is the simple, portable way.
    let (out_tx, mut out_rx) = mpsc::unbounded_channel::<(bool, Vec<u8>)>();
    spawn_reader(from_host, false, out_tx.clone());
    if let Some(e) = from_host_err {
        spawn_reader(e, true, out_tx.clone());
    }
    drop(out_tx);
    let (in_tx, mut in_rx) = mpsc::unbounded_channel::<In>();
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        let mut buf = [0u8; 8192];
        loop {
            match stdin.read(&mut buf) {
                Ok(0) | Err(_) => {
                    let _ = in_tx.send(In::Eof);
                    return;
                }
                Ok(n) => {
                    if in_tx.send(In::Data(buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
            }
        }
    });
    let child_pid = child.id() as i32;
    let (done_tx, mut done_rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let _ = done_tx.send(child.wait());
    });

    use tokio::signal::unix::{SignalKind, signal};
    let mut sigterm = signal(SignalKind::terminate()).map_err(|e| Error::internal(format!("signal: {e}")))?;
    let mut sighup = signal(SignalKind::hangup()).map_err(|e| Error::internal(format!("signal: {e}")))?;
    let mut sigint = signal(SignalKind::interrupt()).map_err(|e| Error::internal(format!("signal: {e}")))?;
    let mut winch = signal(SignalKind::window_change()).map_err(|e| Error::internal(format!("signal: {e}")))?;
    let started = Instant::now();
    let mut last = Instant::now();
    let idle = minute() * prefs.idle_timeout_minutes;
    let max = prefs.max_duration_minutes.map(|m| minute() * m);
    let mut poll = tokio::time::interval(Duration::from_millis(200));
    let mut escape = Escape::default();
    let mut cut: Option<Cut> = None;
    let mut stdout = std::io::stdout();
    let mut input_open = true;
    let mut outputs_open = true;
    let mut status = None;
    let mut killed_at: Option<Instant> = None;
    let mut ended_at: Option<Instant> = None;
    loop {
        tokio::select! {
            chunk = out_rx.recv(), if outputs_open => match chunk {
                Some((is_err, bytes)) => {
                    last = Instant::now();
                    rec.output(started.elapsed().as_secs_f64(), &bytes).map_err(|e| Error::config(format!("recording: {e}")))?;
                    if is_err {
                        let mut e = std::io::stderr();
                        let _ = e.write_all(&bytes);
                        let _ = e.flush();
                    } else {
                        let _ = stdout.write_all(&bytes);
                        let _ = stdout.flush();
                    }
                }
                None => outputs_open = false,
            },
            got = in_rx.recv(), if input_open => match got {
                Some(In::Data(bytes)) => {
                    last = Instant::now();
                    rec.count_input(bytes.len());
                    let (send, end) = if local_tty { escape.feed(&bytes) } else { (bytes, false) };
                    if !send.is_empty() {
                        let _ = to_host.write_all(&send);
                        let _ = to_host.flush();
                    }
                    if end {
                        cut = Some(Cut::Escape);
                        hang_up(child_pid);
                        killed_at.get_or_insert_with(Instant::now);
                    }
                }
                Some(In::Eof) | None => {
                    input_open = false;
                    if !local_tty {
                        // End of input: the remote command sees EOF as with ssh.
                        to_host = Box::new(std::io::sink());
                    }
                }
            },
            st = &mut done_rx, if status.is_none() => {
                status = Some(st.ok().and_then(|s| s.ok()));
            },
            _ = winch.recv(), if local_tty => {
                if let (Some(s), Some(m)) = (pty::size_of(0), &pair) {
                    pty::set_size(m.as_raw_fd(), s);
                    let _ = rec.resize(started.elapsed().as_secs_f64(), s.cols, s.rows);
                }
            },
            _ = sigterm.recv() => {
                // terminate-session marks the row before it signals.
                let asked = rows::status(store.conn(), &row.session_id).ok().flatten().as_deref() == Some("Terminating");
                cut.get_or_insert(if asked { Cut::Terminated } else { Cut::Signal("SIGTERM") });
                hang_up(child_pid);
                killed_at.get_or_insert_with(Instant::now);
            },
            _ = sighup.recv() => { cut.get_or_insert(Cut::Signal("SIGHUP: the terminal closed")); hang_up(child_pid); killed_at.get_or_insert_with(Instant::now); },
            _ = sigint.recv() => { cut.get_or_insert(Cut::Signal("SIGINT")); hang_up(child_pid); killed_at.get_or_insert_with(Instant::now); },
            _ = poll.tick() => {
                if cut.is_none() {
                    if last.elapsed() >= idle {
                        cut = Some(Cut::Idle(prefs.idle_timeout_minutes as u64));
                    } else if max.is_some_and(|m| started.elapsed() >= m) {
                        cut = Some(Cut::MaxDuration(prefs.max_duration_minutes.unwrap_or(0) as u64));
                    } else if rows::status(store.conn(), &row.session_id).ok().flatten().as_deref() == Some("Terminating") {
                        cut = Some(Cut::Terminated);
                    }
                    if cut.is_some() {
                        hang_up(child_pid);
                        killed_at.get_or_insert_with(Instant::now);
                    }
                }
                // A host that ignores the hang-up: the channel itself goes.
                if killed_at.is_some_and(|k| k.elapsed() > Duration::from_secs(2)) {
                    unsafe { libc::kill(child_pid, libc::SIGKILL) };
                }
            },
        }
        if status.is_some() && !outputs_open {
            break;
        }
        // ssh ended but something still holds its output open (the master keeps a mux
        // client's descriptors until the remote side closes): stop waiting for it, at once
        // when ssmctl itself cut the session.
        let grace = if cut.is_some() { Duration::from_millis(200) } else { Duration::from_secs(2) };
        if status.is_some() && ended_at.get_or_insert_with(Instant::now).elapsed() > grace {
            break;
        }
    }
    drop(_raw);
    let code = status.flatten().and_then(|s| s.code());
    row.bytes_out = rec.bytes_out() as i64;
    row.bytes_in = rec.bytes_in() as i64;
    let final_hash = rec.finish().map_err(|e| Error::config(format!("recording: {e}")))?;
    row.final_hash = Some(final_hash);
    let exit = match (&cut, code) {
        (None, Some(255)) => {
            row.exit_code = None;
            store.write(|tx| super::settle::end(tx, row, "Terminated", "the SSH connection was lost"))?;
            255
        }
        (None, Some(c)) => {
            row.exit_code = Some(c as i64);
            store.write(|tx| super::settle::end(tx, row, "Terminated", "the remote command exited"))?;
            c
        }
        (None, None) => {
            store.write(|tx| super::settle::end(tx, row, "Terminated", "the remote command was killed by a signal"))?;
            255
        }
        (Some(c), _) => {
            let why = c.why();
            store.write(|tx| super::settle::end(tx, row, "Terminated", &why))?;
            crate::error::eprint_line(&format!("ssmctl: session {} {why}", row.session_id));
            match c {
                Cut::Escape | Cut::Terminated => 0,
                Cut::Signal("SIGINT") => 130,
                _ => 254,
            }
        }
    };
    Ok(exit)
}

fn hang_up(pid: i32) {
    unsafe { libc::kill(pid, libc::SIGHUP) };
    unsafe { libc::kill(pid, libc::SIGTERM) };
}

fn spawn_reader(mut r: Box<dyn Read + Send>, is_err: bool, tx: mpsc::UnboundedSender<(bool, Vec<u8>)>) {
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            match r.read(&mut buf) {
                Ok(0) => return,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // EIO: the pseudo-terminal's other side closed (ssh ended).
                Err(_) => return,
                Ok(n) => {
                    if tx.send((is_err, buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
            }
        }
    });
}

/// `~.` after a newline ends the session from this side, however the host behaves (as
/// ssh's escape); `~~` sends one `~`; `~?` lists the escapes.
#[derive(Default)]
struct Escape {
    mid_line: bool,
    tilde: bool,
}

impl Escape {
    /// The bytes to send on, and whether the session is to end.
    fn feed(&mut self, bytes: &[u8]) -> (Vec<u8>, bool) {
        let mut out = Vec::with_capacity(bytes.len());
        for &b in bytes {
            if self.tilde {
                self.tilde = false;
                match b {
                    b'.' => return (out, true),
                    b'~' => {
                        out.push(b'~');
                        self.mid_line = true;
                        continue;
                    }
                    b'?' => {
                        crate::error::eprint_text(
                            "\r\nssmctl escapes (after Enter): ~. end the session, ~~ send ~, ~? this help\r\n",
                        );
                        continue;
                    }
                    _ => out.push(b'~'),
                }
            }
            if b == b'~' && !self.mid_line {
                self.tilde = true;
                continue;
            }
            out.push(b);
            self.mid_line = !(b == b'\r' || b == b'\n');
        }
        (out, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_ends_only_at_a_line_start() {
        let mut e = Escape::default();
        assert_eq!(e.feed(b"echo a~.b"), (b"echo a~.b".to_vec(), false));
        assert_eq!(e.feed(b"\r~"), (b"\r".to_vec(), false));
        assert_eq!(e.feed(b"."), (vec![], true));
        let mut e = Escape::default();
        assert_eq!(e.feed(b"~~x"), (b"~x".to_vec(), false));
        let mut e = Escape::default();
        assert_eq!(e.feed(b"~x"), (b"~x".to_vec(), false));
    }

    #[test]
    fn quoting_keeps_values_whole() {
        assert_eq!(quote("it's"), "'it'\\''s'");
    }
}
