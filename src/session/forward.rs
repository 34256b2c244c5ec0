//! Port forwarding through a host's SSH master: ssmctl listens on 127.0.0.1 and carries
//! each accepted connection on a channel of its own (`ssh -S <master> -W dest:port`, which
//! opens a direct-tcpip channel on the live connection, no handshake), so any number of
//! connections run at once, on several forwards, with the master's keepalives; ssmctl
//! counts the bytes each way, which is what a session can honestly record of them.

use crate::error::{Error, Result};
use crate::exec::masters;
use crate::inventory::Host;
use std::net::SocketAddr;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch};

#[derive(Debug, Clone)]
pub struct Forward {
    pub local_port: u16,
    pub host: Option<String>,
    pub port: u16,
}

#[derive(Debug)]
pub enum Event {
    Listening { forward: usize, local: SocketAddr, dest: String },
    Opened { conn: u64, forward: usize, peer: SocketAddr },
    Closed { conn: u64, bytes_to_host: u64, bytes_from_host: u64, error: Option<String> },
}

/// A channel to `dest:port` as the host sees it, as a child whose stdin/stdout are the stream.
async fn channel(host: &Host, dest: &str, port: u16) -> Result<tokio::process::Child> {
    let dir = masters::control_dir()?;
    // The master may have closed while the forward was idle (ControlPersist): reopen it.
    masters::session(&dir, host)
        .await
        .map_err(|u| Error::service("TargetNotConnected", format!("{} is not connected: {}", host.id, u.message)))?;
    let sock = masters::socket_for(&dir, host);
    tokio::process::Command::new("ssh")
        .arg("-S")
        .arg(&sock)
        .args(["-o", "ControlMaster=no", "-q", "-W"])
        .arg(format!("{dest}:{port}"))
        .arg("--")
        .arg(&host.address)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| Error::internal(format!("cannot run ssh: {e}")))
}

async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await.map(|_| ());
}

/// Copies until EOF, passing the EOF on (half-close) so a request can end while its reply
/// still flows; the byte count.
async fn copy_half<R: AsyncRead + Unpin, W: AsyncWrite + Unpin>(
    mut r: R,
    mut w: W,
    n: &AtomicU64,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let got = r.read(&mut buf).await?;
        if got == 0 {
            let _ = w.shutdown().await;
            return Ok(());
        }
        w.write_all(&buf[..got]).await?;
        w.flush().await?;
        n.fetch_add(got as u64, Ordering::Relaxed);
    }
}

/// Both directions of one connection through one channel, until both ends closed or stop.
async fn carry<R, W>(
    host: &Host,
    dest: &str,
    port: u16,
    client_r: R,
    client_w: W,
    mut stop: watch::Receiver<bool>,
) -> (u64, u64, Option<String>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut child = match channel(host, dest, port).await {
        Ok(c) => c,
        Err(e) => return (0, 0, Some(e.render(None))),
    };
    let (Some(to), Some(from), stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take()) else {
        return (0, 0, Some("the channel's pipes were not opened".into()));
    };
    let (sent, got) = (AtomicU64::new(0), AtomicU64::new(0));
    let up = copy_half(client_r, to, &sent);
    let down = copy_half(from, client_w, &got);
    let both = async { tokio::join!(up, down) };
    tokio::pin!(both);
    let counts = || (sent.load(Ordering::Relaxed), got.load(Ordering::Relaxed));
    let (up, down) = tokio::select! {
        r = &mut both => r,
        _ = stopped(&mut stop) => {
            let _ = child.kill().await;
            let (u, d) = counts();
            return (u, d, Some("ended with the session".into()));
        }
    };
    let _ = child.kill().await;
    let mut err_text = String::new();
    if let Some(mut e) = stderr {
        let _ = e.read_to_string(&mut err_text).await;
    }
    let error = match (&up, &down) {
        (Err(e), _) | (_, Err(e)) => Some(e.to_string()),
        _ if !err_text.trim().is_empty() => Some(err_text.trim().lines().last().unwrap_or_default().to_string()),
        _ => None,
    };
    let (u, d) = counts();
    (u, d, error)
}

/// Serves every forward until `stop`; binding is all or nothing.
pub async fn serve(
    host: &Host,
    forwards: &[Forward],
    stop: watch::Receiver<bool>,
    events: mpsc::UnboundedSender<Event>,
) -> Result<()> {
    let mut listeners = vec![];
    for f in forwards {
        let l = TcpListener::bind(("127.0.0.1", f.local_port)).await.map_err(|e| {
            Error::service("ValidationException", format!("cannot listen on 127.0.0.1:{}: {e}", f.local_port))
        })?;
        listeners.push(l);
    }
    let mut tasks = tokio::task::JoinSet::new();
    let next = std::sync::Arc::new(AtomicU64::new(1));
    for (i, (l, f)) in listeners.into_iter().zip(forwards).enumerate() {
        let dest = f.host.clone().unwrap_or_else(|| "localhost".into());
        let local = l.local_addr().map_err(|e| Error::internal(format!("listener: {e}")))?;
        let _ = events.send(Event::Listening { forward: i, local, dest: format!("{dest}:{}", f.port) });
        let (host, events, mut stop, next, port) = (host.clone(), events.clone(), stop.clone(), next.clone(), f.port);
        tasks.spawn(async move {
            let mut conns = tokio::task::JoinSet::new();
            loop {
                tokio::select! {
                    accepted = l.accept() => {
                        let Ok((stream, peer)) = accepted else { continue };
                        let _ = stream.set_nodelay(true);
                        let conn = next.fetch_add(1, Ordering::Relaxed);
                        let _ = events.send(Event::Opened { conn, forward: i, peer });
                        let (host, dest, events, stop) = (host.clone(), dest.clone(), events.clone(), stop.clone());
                        conns.spawn(async move {
                            let (r, w) = stream.into_split();
                            let (up, down, error) = carry(&host, &dest, port, r, w, stop).await;
                            let _ = events.send(Event::Closed { conn, bytes_to_host: up, bytes_from_host: down, error });
                        });
                    }
                    _ = stopped(&mut stop) => break,
                }
            }
            // Each connection sees the stop itself and says its Closed.
            while conns.join_next().await.is_some() {}
        });
    }
    while tasks.join_next().await.is_some() {}
    Ok(())
}

/// This process's stdin and stdout as one channel to `dest:port` (AWS-StartSSHSession, as
/// ssh's ProxyCommand); the bytes each way.
pub async fn pipe_stdio(host: &Host, dest: &str, port: u16, stop: watch::Receiver<bool>) -> Result<(u64, u64)> {
    let (up, down, error) = carry(host, dest, port, tokio::io::stdin(), tokio::io::stdout(), stop).await;
    match error {
        Some(e) if up == 0 && down == 0 => {
            Err(Error::service("TargetNotConnected", format!("tunnel to {dest}:{port}: {e}")))
        }
        _ => Ok((up, down)),
    }
}
