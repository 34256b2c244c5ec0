//! Running one step on one host: over an SSH master (native mux: no `ssh` process per
//! command) or through a local shell. Output is captured up to a cap per stream; the
//! rest is read and dropped so memory stays bounded whatever the script prints.

use super::plan::StepPlan;
use super::script::{self, FACTS_MARK};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tokio::sync::watch;

/// Default cap on stored output per stream (SPEC §10: 1 MiB).
pub const DEFAULT_OUTPUT_CAP: usize = 1024 * 1024;

pub enum Conn {
    Ssh(Arc<openssh::Session>),
    Local,
}

#[derive(Debug, Default, Clone)]
pub struct Facts {
    pub platform_type: String,
    pub platform_name: String,
    pub platform_version: String,
    pub computer_name: String,
    pub ip_address: String,
}

#[derive(Debug)]
pub enum Ending {
    Exited(i32),
    /// Killed by a signal, or the channel ended without a status.
    Terminated,
    TimedOut,
    Cancelled,
    /// The command could not be started or the connection broke.
    Lost(String),
}

#[derive(Debug)]
pub struct StepResult {
    pub ending: Ending,
    pub stdout: String,
    pub stderr: String,
    pub facts: Option<Facts>,
}

/// Why a step must stop early: watched by every running step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Run,
    Cancel,
}

pub async fn run_step(
    conn: &Conn,
    step: &StepPlan,
    probe: bool,
    cap: usize,
    mut stop: watch::Receiver<Stop>,
) -> StepResult {
    let end = script::token();
    let boot = script::bootstrap(&end);
    let payload = script::payload(step, &end, probe);
    match conn {
        Conn::Ssh(session) => {
            let spawned = session
                .clone()
                .arc_raw_command(boot)
                .stdin(openssh::Stdio::piped())
                .stdout(openssh::Stdio::piped())
                .stderr(openssh::Stdio::piped())
                .spawn()
                .await;
            let mut child = match spawned {
                Ok(c) => c,
                Err(e) => return lost(format!("cannot start the command: {e}")),
            };
            let stdin = child.stdin().take();
            let stdout = child.stdout().take();
            let stderr = child.stderr().take();
            let (Some(stdin), Some(stdout), Some(stderr)) = (stdin, stdout, stderr) else {
                return lost("the command's pipes were not opened".into());
            };
            let wait = async move {
                match child.wait().await {
                    Ok(status) => match status.code() {
                        Some(c) => Ending::Exited(c),
                        None => Ending::Terminated,
                    },
                    Err(openssh::Error::RemoteProcessTerminated) => Ending::Terminated,
                    // The crate turns exit status 127 into an error; it is the script's status.
                    Err(openssh::Error::Remote(e)) if e.kind() == std::io::ErrorKind::NotFound => Ending::Exited(127),
                    Err(e) => Ending::Lost(format!("{e}")),
                }
            };
            drive(stdin, stdout, stderr, wait, &payload, step.timeout, cap, &mut stop).await
        }
        Conn::Local => {
            let spawned = tokio::process::Command::new("/bin/sh")
                .arg("-c")
                .arg(&boot)
                // Its own process group, as sshd gives a remote command a session of its
                // own: the payload's monitor kills that group on cancel or timeout.
                .process_group(0)
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .kill_on_drop(true)
                .spawn();
            let mut child = match spawned {
                Ok(c) => c,
                Err(e) => return lost(format!("cannot start /bin/sh: {e}")),
            };
            let (Some(stdin), Some(stdout), Some(stderr)) =
                (child.stdin.take(), child.stdout.take(), child.stderr.take())
            else {
                return lost("the command's pipes were not opened".into());
            };
            let wait = async move {
                match child.wait().await {
                    Ok(status) => match status.code() {
                        Some(c) => Ending::Exited(c),
                        None => Ending::Terminated,
                    },
                    Err(e) => Ending::Lost(format!("{e}")),
                }
            };
            drive(stdin, stdout, stderr, wait, &payload, step.timeout, cap, &mut stop).await
        }
    }
}

fn lost(msg: String) -> StepResult {
    StepResult { ending: Ending::Lost(msg), stdout: String::new(), stderr: String::new(), facts: None }
}

/// Feeds the payload, reads both streams, and waits for the end, the timeout or a stop.
/// Closing stdin is how a step is stopped (see script.rs); if the host then does not end
/// the command within a grace period, the channel itself is dropped.
#[allow(clippy::too_many_arguments)]
async fn drive<W, R1, R2>(
    mut stdin: W,
    stdout: R1,
    stderr: R2,
    wait: impl std::future::Future<Output = Ending>,
    payload: &str,
    timeout: Duration,
    cap: usize,
    stop: &mut watch::Receiver<Stop>,
) -> StepResult
where
    W: tokio::io::AsyncWrite + Unpin,
    R1: AsyncRead + Unpin,
    R2: AsyncRead + Unpin,
{
    if let Err(e) = stdin.write_all(payload.as_bytes()).await {
        return lost(format!("cannot send the script: {e}"));
    }
    let _ = stdin.flush().await;
    let mut stdin = Some(stdin);
    let out = capture(stdout, cap);
    let err = capture(stderr, cap);
    // Both streams reach their end before the exit status is read: over a mux, reading the
    // status ends the client's control connection, and the master then drops whatever of
    // the output it still held for our pipes (seen as a 100 MiB stdout ending ~56 KiB short).
    let finished = async {
        let (o, e) = tokio::join!(out, err);
        (wait.await, o, e)
    };
    tokio::pin!(finished);
    let deadline = tokio::time::sleep(timeout);
    tokio::pin!(deadline);
    let mut early: Option<Ending> = None;
    let (ending, stdout, stderr) = loop {
        tokio::select! {
            (ending, o, e) = &mut finished => break (ending, o, e),
            _ = &mut deadline, if early.is_none() => {
                early = Some(Ending::TimedOut);
                stdin.take();
            }
            changed = stop.changed(), if early.is_none() => {
                if changed.is_err() || *stop.borrow() == Stop::Cancel {
                    early = Some(Ending::Cancelled);
                    stdin.take();
                }
            }
            _ = tokio::time::sleep(Duration::from_secs(15)), if early.is_some() => {
                // The host did not end the command after stdin closed: give up on it.
                let why = early.take().unwrap_or(Ending::Cancelled);
                return StepResult { ending: why, stdout: String::new(), stderr: String::new(), facts: None };
            }
        }
    };
    drop(stdin);
    let (facts, stdout) = split_facts(stdout);
    StepResult { ending: early.unwrap_or(ending), stdout, stderr, facts }
}

/// Reads a stream to its end, keeping the first `cap` bytes and counting the rest.
async fn capture<R: AsyncRead + Unpin>(mut r: R, cap: usize) -> String {
    let mut kept: Vec<u8> = Vec::new();
    let mut dropped: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    let mut failed = None;
    loop {
        match r.read(&mut buf).await {
            Ok(0) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                failed = Some(e);
                break;
            }
            Ok(n) => {
                let room = cap.saturating_sub(kept.len());
                let take = room.min(n);
                kept.extend_from_slice(&buf[..take]);
                dropped += (n - take) as u64;
            }
        }
    }
    let mut text = String::from_utf8_lossy(&kept).into_owned();
    if dropped > 0 {
        text.push_str(&format!("\n---Output truncated by ssmctl: {dropped} more bytes were not kept---\n"));
    }
    // A stream that broke off is said to have, never passed off as whole.
    if let Some(e) = failed {
        text.push_str(&format!(
            "\n---Output cut off: reading it failed after {} bytes: {e}---\n",
            kept.len() as u64 + dropped
        ));
    }
    text
}

/// The payload's first stdout line carries the host's facts; the rest is the script's.
fn split_facts(stdout: String) -> (Option<Facts>, String) {
    let Some(rest) = stdout.strip_prefix(FACTS_MARK) else { return (None, stdout) };
    let (line, body) = rest.split_once('\n').unwrap_or((rest, ""));
    let f: Vec<&str> = line.split('\t').collect();
    let get = |i: usize| f.get(i).map(|s| s.trim().to_string()).unwrap_or_default();
    let platform_type = match get(0).as_str() {
        "Darwin" => "MacOS".to_string(),
        "Linux" => "Linux".to_string(),
        other if other.contains("MINGW") || other.contains("CYGWIN") || other.contains("MSYS") => "Windows".to_string(),
        other => other.to_string(),
    };
    let facts = Facts {
        platform_type,
        platform_name: get(1),
        platform_version: get(2),
        computer_name: get(3),
        ip_address: get(4),
    };
    (Some(facts), body.to_string())
}
