//! SSH masters that outlive one ssmctl process. Each host gets one ControlMaster socket
//! in a private directory, named by a hash of how the host is reached; the master stays
//! up for the persist window after its last use (`ControlPersist`), so the next run — cron
//! calls `apply-due` every minute — finds the host warm and opens a channel on it with
//! no new handshake and no `ssh` process. A dead master leaves a socket that no longer
//! answers: it is removed and replaced. ssh removes the socket itself when the window
//! closes, so nothing is left behind.

use crate::error::{Error, Result};
use crate::inventory::Host;
use openssh::Session;
use sha2::{Digest, Sha256};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

/// How long an idle master stays up (`SSMCTL_CONTROL_PERSIST`, seconds). Five minutes
/// keeps cron's minutely runs warm.
pub fn persist_window() -> Duration {
    let secs = std::env::var("SSMCTL_CONTROL_PERSIST").ok().and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(300);
    Duration::from_secs(secs)
}

/// A master always gets at least this long, so that it cannot expire between its start
/// and the run's first channel on a loaded machine.
const MIN_PERSIST: Duration = Duration::from_secs(10);

/// Whether masters outlive the run. Windows shorter than MIN_PERSIST (0 included) mean
/// "close them at the end of the run".
pub fn keep_after_run() -> bool {
    persist_window() >= MIN_PERSIST
}

/// `SSMCTL_CONNECT_TIMEOUT` seconds (default 10): TCP connect plus the SSH handshake.
pub fn connect_timeout() -> Duration {
    let secs = std::env::var("SSMCTL_CONNECT_TIMEOUT").ok().and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(10);
    Duration::from_secs(secs.max(1))
}

/// The private directory of control sockets: short, because a Unix socket path must fit
/// in about 104 bytes.
pub fn control_dir() -> Result<PathBuf> {
    let dir = match std::env::var_os("SSMCTL_CONTROL_DIR").filter(|v| !v.is_empty()) {
        Some(d) => PathBuf::from(d),
        None => match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
            Some(r) => PathBuf::from(r).join("ssmctl"),
            None => PathBuf::from(format!("/tmp/ssmctl-{}", unsafe { libc::geteuid() })),
        },
    };
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| Error::config(format!("cannot create control directory {}: {e}", dir.display())))?;
    }
    let meta = std::fs::symlink_metadata(&dir)
        .map_err(|e| Error::config(format!("control directory {}: {e}", dir.display())))?;
    // Someone else's directory, or one others can write to, could hand us their sockets.
    if !meta.is_dir() || meta.uid() != unsafe { libc::geteuid() } || meta.permissions().mode() & 0o077 != 0 {
        return Err(Error::config(format!(
            "control directory {} must be a directory owned by you with mode 0700",
            dir.display()
        )));
    }
    Ok(dir)
}

/// The socket of a host's master: a hash of everything that decides where and how ssh
/// connects, so a changed inventory entry gets a new master.
pub fn socket_for(dir: &Path, host: &Host) -> PathBuf {
    let mut h = Sha256::new();
    h.update(host.address.as_bytes());
    h.update([0]);
    h.update(host.user.as_deref().unwrap_or("").as_bytes());
    h.update([0]);
    h.update(host.port.map(|p| p.to_string()).unwrap_or_default().as_bytes());
    h.update([0]);
    if let Some(k) = &host.identity_file {
        h.update(k.as_os_str().as_encoded_bytes());
    }
    for (k, v) in &host.ssh_options {
        h.update([0]);
        h.update(k.as_bytes());
        h.update(b"=");
        h.update(v.as_bytes());
    }
    let digest = hex::encode(h.finalize());
    dir.join(format!("{}.sock", &digest[..20]))
}

/// Why a host could not be reached: (StatusDetails, message).
#[derive(Debug, Clone)]
pub struct Unreachable {
    pub details: &'static str,
    pub message: String,
}

/// A live session on the host's master: reused when one answers, started otherwise.
pub async fn session(dir: &Path, host: &Host) -> std::result::Result<(Session, bool), Unreachable> {
    let sock = socket_for(dir, host);
    if sock.exists() {
        let s = Session::resume_mux(sock.clone().into_boxed_path(), None);
        if s.check().await.is_ok() {
            return Ok((s, true));
        }
        // A socket whose master is gone: clear it so a new master can bind.
        let _ = std::fs::remove_file(&sock);
    }
    let _lock = HostLock::acquire(&sock).await;
    // Another process may have started the master while we waited for the lock.
    if sock.exists() {
        let s = Session::resume_mux(sock.clone().into_boxed_path(), None);
        if s.check().await.is_ok() {
            return Ok((s, true));
        }
        let _ = std::fs::remove_file(&sock);
    }
    launch(&sock, host).await?;
    let s = Session::resume_mux(sock.clone().into_boxed_path(), None);
    s.check()
        .await
        .map_err(|e| Unreachable { details: "Undeliverable", message: format!("new master does not answer: {e}") })?;
    Ok((s, false))
}

async fn launch(sock: &Path, host: &Host) -> std::result::Result<(), Unreachable> {
    let log = sock.with_extension("log");
    let _ = std::fs::remove_file(&log);
    let window = persist_window().max(MIN_PERSIST).as_secs();
    let timeout = connect_timeout();
    let mut cmd = tokio::process::Command::new("ssh");
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .arg("-E")
        .arg(&log)
        .arg("-S")
        .arg(sock)
        .args(["-M", "-f", "-N"])
        .arg("-o")
        .arg(format!("ControlPersist={window}s"))
        .args(["-o", "BatchMode=yes"])
        .arg("-o")
        .arg(format!("ConnectTimeout={}", timeout.as_secs()))
        .args(["-o", "ServerAliveInterval=15", "-o", "ServerAliveCountMax=3"]);
    if let Some(p) = host.port {
        cmd.arg("-p").arg(p.to_string());
    }
    if let Some(u) = &host.user {
        cmd.arg("-l").arg(u);
    }
    if let Some(k) = &host.identity_file {
        cmd.arg("-i").arg(k);
    }
    for (k, v) in &host.ssh_options {
        cmd.arg("-o").arg(format!("{k}={v}"));
    }
    // `--` so that an address can never be read as an option.
    cmd.arg("--").arg(&host.address);
    cmd.kill_on_drop(true);
    let mut child =
        cmd.spawn().map_err(|e| Unreachable { details: "Undeliverable", message: format!("cannot run ssh: {e}") })?;
    // ssh forks into the background once authenticated; until then it is ours to wait for.
    let status = match tokio::time::timeout(timeout + Duration::from_secs(5), child.wait()).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => {
            return Err(Unreachable { details: "Undeliverable", message: format!("ssh: {e}") });
        }
        Err(_) => {
            let _ = child.kill().await;
            let _ = std::fs::remove_file(&log);
            return Err(Unreachable {
                details: "DeliveryTimedOut",
                message: format!("no SSH handshake with {} within {} s", host.address, timeout.as_secs()),
            });
        }
    };
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    if status.success() {
        return Ok(());
    }
    let line = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("ssh failed").trim().to_string();
    let details = if text.contains("timed out") || text.contains("Connection timed out") {
        "DeliveryTimedOut"
    } else {
        "Undeliverable"
    };
    let message =
        if text.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") || text.contains("Host key verification failed") {
            format!("host key verification failed for {}: {line}", host.address)
        } else {
            line
        };
    Err(Unreachable { details, message })
}

/// Removes what expired masters leave: lock files whose socket is gone (ssh removes its
/// socket when the persist window closes) and that no process holds.
pub fn sweep(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for path in rd.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_none_or(|x| x != "lock") || path.with_extension("sock").exists() {
            continue;
        }
        let Ok(file) = std::fs::OpenOptions::new().write(true).open(&path) else { continue };
        use std::os::fd::AsRawFd;
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Closes the masters of the given hosts (all in the directory when `hosts` is None) now,
/// as `ssh -O exit` does; returns how many were closed.
pub async fn close(dir: &Path, hosts: Option<&[&Host]>) -> usize {
    let socks: Vec<PathBuf> = match hosts {
        Some(hs) => hs.iter().map(|h| socket_for(dir, h)).collect(),
        None => std::fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "sock"))
                    .collect()
            })
            .unwrap_or_default(),
    };
    let mut closed = 0;
    for sock in socks {
        if !sock.exists() {
            continue;
        }
        let s = Session::resume_mux(sock.clone().into_boxed_path(), None);
        if s.check().await.is_ok() && s.close().await.is_ok() {
            closed += 1;
        }
        let _ = std::fs::remove_file(&sock);
        let _ = std::fs::remove_file(sock.with_extension("lock"));
    }
    closed
}

/// An exclusive lock per host socket, so two processes never start two masters on one
/// socket path (the second would fall back to a plain, unshared connection).
struct HostLock(std::fs::File);

impl HostLock {
    async fn acquire(sock: &Path) -> Option<HostLock> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(sock.with_extension("lock"))
            .ok()?;
        use std::os::fd::AsRawFd;
        let fd = file.as_raw_fd();
        // Non-blocking tries so the async runtime keeps serving the other hosts.
        for _ in 0..600 {
            if unsafe { libc::flock(fd, libc::LOCK_EX | libc::LOCK_NB) } == 0 {
                return Some(HostLock(file));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        None
    }
}

impl Drop for HostLock {
    fn drop(&mut self) {
        use std::os::fd::AsRawFd;
        unsafe { libc::flock(self.0.as_raw_fd(), libc::LOCK_UN) };
    }
}
