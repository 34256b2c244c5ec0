//! Streaming one started session: the controller's end of it, as the AWS CLI hands a
//! started session to its plugin. A shell or command runs through the host's SSH master
//! (`ssh -S`, no new handshake); its bytes go to this terminal and into the recording as
//! they come; its exit status becomes ssmctl's. Idle timeout (input or output is
//! activity), maximum duration, terminate-session from another process and the `~.`
//! escape all end it; whichever does is written in the session's Details.

use super::pty::{self, RawMode, Size};
use super::recording::{Header, Recorder};
use super::remote;
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
        if row.remote_name.is_some() {
            // A resume that cannot reach the host leaves the shell where it was.
            row.status = "Disconnected".into();
            store.write(|tx| rows::update(tx, &row))?;
        } else {
            store.write(|tx| super::settle::end(tx, &mut row, "Failed", &u.message))?;
        }
        return Err(Error::service("TargetNotConnected", format!("{} is not connected: {}", row.target, u.message)));
    }
    if local && matches!(resolved.plan.kind, SessionKind::Port) {
        let why = format!("{} is this machine (connection: local): connect to its ports directly", row.target);
        store.write(|tx| super::settle::end(tx, &mut row, "Failed", &why))?;
        return Err(Error::service("TargetNotConnected", why));
    }
    // A resumed session goes on in the recording it began.
    let resume = row.remote_name.is_some();
    let path = match (&row.recording, resume) {
        (Some(p), true) => PathBuf::from(p),
        _ => super::recording::sessions_dir(&db)?.join(format!("{}.cast", row.session_id)),
    };
    row.recording = Some(path.display().to_string());
    row.status = "Connected".into();
    row.last_activity = Some(time::now());
    store.write(|tx| rows::update(tx, &row))?;
    let plan = &resolved.plan;
    // An SSH tunnel's stderr is the user's ssh's terminal: no banners there.
    let banners = !plan.ssh;
    if banners {
        let verb = if resume { "Resuming" } else { "Starting" };
        crate::error::eprint_line(&format!("{verb} session with SessionId: {}", row.session_id));
    }
    let outcome = match plan.kind {
        SessionKind::Port if plan.ssh => super::tunnel::ssh(&mut store, &mut row, &host, plan, &path).await,
        SessionKind::Port => super::tunnel::ports(&mut store, &mut row, &host, plan, &path).await,
        _ => {
            let tty = !matches!(plan.kind, SessionKind::NonInteractive);
            let local_tty = tty && pty::is_tty(0);
            // A shell on a terminal lives in tmux when the host has it, so that it outlives
            // a dropped connection (resume-session).
            let kept = resume
                || (matches!(plan.kind, SessionKind::Shell)
                    && local_tty
                    && resolved.prefs.resumable
                    && matches!(
                        remote::run(&host, &remote::has_tmux(), Duration::from_secs(10)).await,
                        Ok((Some(0), _))
                    ));
            if kept && !resume {
                row.remote_name = Some(remote::tmux_name(&row.session_id));
                store.write(|tx| rows::update(tx, &row))?;
            }
            let inner = remote_command(plan, &resolved.prefs, &row.session_id);
            let script = if kept {
                let size = pty::size_of(0).unwrap_or_default();
                remote::in_tmux(&row.session_id, &inner, resume, size.cols, size.rows)
            } else {
                remote::plain(&row.session_id, &inner, tty)
            };
            let mode = Mode { tty, local_tty, kept, resume, inner: inner.clone() };
            command(&mut store, &mut row, &host, &script, mode, &resolved.prefs, &path).await
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

/// How a command session runs: on a terminal or not, and whether its shell is kept in tmux.
struct Mode {
    tty: bool,
    local_tty: bool,
    kept: bool,
    resume: bool,
    /// What the recording's header names as the command.
    inner: String,
}

/// Asks the host, before each chunk of input goes to it, whether the session's terminal
/// echoes: only then is the input recorded.
struct EchoWatch {
    _child: tokio::process::Child,
    ask: tokio::process::ChildStdin,
    answers: tokio::io::Lines<tokio::io::BufReader<tokio::process::ChildStdout>>,
    broken: bool,
}

impl EchoWatch {
    fn start(host: &Host, id: &str) -> Option<EchoWatch> {
        use std::process::Stdio;
        let cmd = remote::command(host, &remote::echo_watch(id), false).ok()?;
        let mut child = tokio::process::Command::from(cmd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .ok()?;
        use tokio::io::AsyncBufReadExt;
        let ask = child.stdin.take()?;
        let answers = tokio::io::BufReader::new(child.stdout.take()?).lines();
        Some(EchoWatch { _child: child, ask, answers, broken: false })
    }

    /// No answer in time counts as "off": input is then left out of the recording.
    async fn echo_on(&mut self) -> bool {
        use tokio::io::AsyncWriteExt;
        if self.broken {
            return false;
        }
        let asked = async {
            self.ask.write_all(b"?\n").await.ok()?;
            self.ask.flush().await.ok()?;
            self.answers.next_line().await.ok().flatten()
        };
        match tokio::time::timeout(Duration::from_secs(2), asked).await {
            Ok(Some(a)) => a == "on",
            _ => {
                self.broken = true;
                false
            }
        }
    }
}

/// The recording of a session: new, or for a resumed one the one it began (or, when that
/// one no longer verifies, a new file beside it that says so).
fn recorder(row: &mut SessionRow, path: &Path, header: &Header, resume: bool) -> Result<Recorder> {
    let io = |p: &Path, e: std::io::Error| Error::config(format!("recording {}: {e}", p.display()));
    if !resume {
        return Recorder::create(path, header).map_err(|e| io(path, e));
    }
    let broken = match Recorder::reopen(path) {
        Ok(r) => return Ok(r),
        Err(e) => e.to_string(),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let next =
        (1..).map(|k| dir.join(format!("{}.{k}.cast", row.session_id))).find(|p| !p.exists()).expect("a free name");
    let mut r = Recorder::create(&next, header).map_err(|e| io(&next, e))?;
    r.marker(0.0, &format!("resumed; the recording before this one does not verify: {broken}"))
        .map_err(|e| io(&next, e))?;
    row.recording = Some(next.display().to_string());
    Ok(r)
}

/// How a session's streaming ended: over (Terminated, why), or with the shell left
/// running on the host.
enum End {
    Over(String),
    Disconnected(String),
}

async fn command(
    store: &mut Store,
    row: &mut SessionRow,
    host: &Host,
    script: &str,
    mode: Mode,
    prefs: &crate::document::session::Preferences,
    path: &Path,
) -> Result<i32> {
    let local_tty = mode.local_tty;
    let size = if local_tty { pty::size_of(0).unwrap_or_default() } else { Size::default() };
    let mut cmd = remote::command(host, script, mode.tty)?;
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
        // The command holds copies of the terminal's other side: they must go for the
        // end of output to show.
        drop(cmd);
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
        command: Some(mode.inner.lines().last().unwrap_or(&mode.inner).to_string()),
        title: Some(format!("{} on {} ({})", row.session_id, row.target, row.document_name)),
        env: vec![("TERM".into(), std::env::var("TERM").unwrap_or_else(|_| "xterm-256color".into()))],
    };
    let mut rec = recorder(row, path, &header, mode.resume)?;
    // Event times count from the session's start, across resumes.
    let base = (time::now() - row.start_date).num_milliseconds().max(0) as f64 / 1000.0;
    let started = Instant::now();
    let secs = move || base + started.elapsed().as_secs_f64();
    let rec_err = |e: std::io::Error| Error::config(format!("recording: {e}"));
    if mode.resume {
        rec.marker(secs(), &format!("resumed by process {}", std::process::id())).map_err(rec_err)?;
    }
    let mut echo = (prefs.record_input && local_tty).then(|| EchoWatch::start(host, &row.session_id)).flatten();
    let mut unrecorded_noted = false;
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
    let mut last = Instant::now();
    let mut stored_activity = Instant::now();
    let idle = minute() * prefs.idle_timeout_minutes;
    let max = prefs.max_duration_minutes.map(|m| minute() * m);
    // The limits count from the session's start, also for a resumed one.
    let max_left = max.map(|m| m.saturating_sub(Duration::from_secs_f64(base)));
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
                    rec.output(secs(), &bytes).map_err(rec_err)?;
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
                    let (send, end) = if local_tty { escape.feed(&bytes) } else { (bytes.clone(), false) };
                    // The echo is asked before the bytes reach the host: what a program that
                    // turned echo off reads (a password) is never recorded.
                    let record = match echo.as_mut() {
                        Some(w) if !send.is_empty() => w.echo_on().await,
                        _ => false,
                    };
                    if record {
                        rec.count_input(bytes.len() - send.len());
                        rec.input(secs(), &send).map_err(rec_err)?;
                        unrecorded_noted = false;
                    } else {
                        rec.count_input(bytes.len());
                        if echo.is_some() && !send.is_empty() && !unrecorded_noted {
                            rec.marker(secs(), "input not recorded: the terminal's echo is off").map_err(rec_err)?;
                            unrecorded_noted = true;
                        }
                    }
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
                    let _ = rec.resize(secs(), s.cols, s.rows);
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
                    } else if max_left.is_some_and(|m| started.elapsed() >= m) {
                        cut = Some(Cut::MaxDuration(prefs.max_duration_minutes.unwrap_or(0) as u64));
                    } else if rows::status(store.conn(), &row.session_id).ok().flatten().as_deref() == Some("Terminating") {
                        cut = Some(Cut::Terminated);
                    }
                    if cut.is_some() {
                        hang_up(child_pid);
                        killed_at.get_or_insert_with(Instant::now);
                    }
                }
                // The last activity in the store, now and then: the tick times out a kept
                // shell from it if this process dies.
                if mode.kept && last > stored_activity && stored_activity.elapsed() > Duration::from_secs(5) {
                    stored_activity = Instant::now();
                    let at = time::now() - chrono::Duration::from_std(last.elapsed()).unwrap_or_default();
                    let _ = rows::set_activity(store.conn(), &row.session_id, at);
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
    drop(echo);
    let code = status.flatten().and_then(|s| s.code());
    let id = row.session_id.clone();
    // A kept shell whose client left without its status: the host says what became of it.
    let shell = if mode.kept && cut.is_none() && matches!(code, Some(remote::DETACHED) | Some(255) | None) {
        Some(remote::shell_state(host, &id).await)
    } else {
        None
    };
    let detached =
        |why: &str| format!("{why}; the shell lives on in tmux on the host: ssmctl resume-session --session-id {id}");
    let (end, exit): (End, i32) = match (&cut, code, shell) {
        (Some(Cut::Signal(s)), _, _) if mode.kept => (End::Disconnected(detached(&format!("ended by {s}"))), 255),
        (Some(c), _, _) => {
            let why = c.why();
            // What ssmctl cut short goes on the host too: the shell's tmux session, or the
            // process group of a command that neither reads nor writes.
            let script = remote::kill(&id);
            let kill = remote::run(host, &script, Duration::from_secs(3));
            if matches!(c, Cut::Escape) {
                // The host may be what hung: do not wait for it.
                let _ = tokio::time::timeout(Duration::from_millis(300), kill).await;
            } else {
                let _ = kill.await;
            }
            crate::error::eprint_line(&format!("ssmctl: session {id} {why}"));
            let exit = match c {
                Cut::Escape | Cut::Terminated => 0,
                Cut::Signal("SIGINT") => 130,
                _ => 254,
            };
            (End::Over(why), exit)
        }
        (None, _, Some(Ok(remote::Shell::Alive))) if code == Some(remote::DETACHED) => {
            (End::Disconnected(detached("detached")), 0)
        }
        (None, _, Some(Ok(remote::Shell::Alive))) => (End::Disconnected(detached("the SSH connection was lost")), 255),
        (None, _, Some(Err(_))) => {
            (End::Disconnected(detached("the SSH connection was lost and the host does not answer")), 255)
        }
        (None, _, Some(Ok(remote::Shell::Ended(rc)))) => {
            row.exit_code = rc.map(i64::from);
            (End::Over("the shell exited".into()), rc.unwrap_or(255))
        }
        (None, Some(255), _) => (End::Over("the SSH connection was lost".into()), 255),
        (None, Some(c), _) => {
            row.exit_code = Some(c as i64);
            (End::Over("the remote command exited".into()), c)
        }
        (None, None, _) => (End::Over("the remote command was killed by a signal".into()), 255),
    };
    row.bytes_out += rec.bytes_out() as i64;
    row.bytes_in += rec.bytes_in() as i64;
    match end {
        End::Over(why) => {
            row.final_hash = Some(rec.finish().map_err(rec_err)?);
            store.write(|tx| super::settle::end(tx, row, "Terminated", &why))?;
        }
        // Disconnected: the shell and the session go on; resume-session takes them up.
        End::Disconnected(why) => {
            rec.marker(secs(), &format!("disconnected: {why}")).map_err(rec_err)?;
            row.final_hash = Some(rec.finish().map_err(rec_err)?);
            row.status = "Disconnected".into();
            row.details = Some(why.clone());
            row.last_activity = Some(time::now());
            store.write(|tx| rows::update(tx, row))?;
            crate::error::eprint_line(&format!("ssmctl: session {why}"));
        }
    }
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
