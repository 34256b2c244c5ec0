//! Reboot a host and wait until it is back: the one primitive behind RebootIfNeeded and the
//! Run Command convention of exit code 194. "Back" means it answers over SSH with a boot id
//! other than the one it had; until then a lost connection is the reboot, not an error.

use super::masters;
use super::plan::StepPlan;
use super::transport::{self, Conn, Ending, Stop};
use crate::inventory::Host;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// The exit code by which a Run Command script asks for a reboot, after which it runs again.
pub const REBOOT_EXIT: i32 = 194;

/// A script that asks again after each reboot is stopped after this many.
pub const MAX_REBOOTS_PER_STEP: usize = 3;

/// How long a host may take to come back. `SSMCTL_REBOOT_TIMEOUT` (seconds) changes it.
pub fn timeout() -> Duration {
    std::env::var("SSMCTL_REBOOT_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(Duration::from_secs(900), Duration::from_secs)
}

/// The host's boot id, or None when it does not answer.
pub async fn boot_id(conn: &Conn, step: &StepPlan, cap: usize, stop: watch::Receiver<Stop>) -> Option<String> {
    let mut plan = step.clone();
    plan.script = "cat /proc/sys/kernel/random/boot_id\n".into();
    plan.patch = None;
    plan.timeout = Duration::from_secs(30);
    let r = transport::run_step(conn, &plan, false, cap, stop).await;
    match r.ending {
        Ending::Exited(0) => Some(r.stdout.trim().to_string()).filter(|s| !s.is_empty()),
        _ => None,
    }
}

pub async fn reboot_and_wait(
    conn: &Conn,
    host: &Host,
    dir: Option<&std::path::Path>,
    step: &StepPlan,
    cap: usize,
    stop: watch::Receiver<Stop>,
    old_boot_id: &str,
) -> Result<Conn, String> {
    let (Conn::Ssh(_), Some(dir)) = (conn, dir) else {
        return Err("a `connection: local` host is the controller itself: ssmctl never reboots it".into());
    };
    let mut plan = step.clone();
    // Detached, a second later, so the command returns before the connection goes.
    plan.script = "nohup sh -c 'sleep 1; reboot' </dev/null >/dev/null 2>&1 &\n".into();
    plan.patch = None;
    let r = transport::run_step(conn, &plan, false, cap, stop.clone()).await;
    if let Ending::Exited(c) = r.ending
        && c != 0
    {
        return Err(format!("reboot exited {c}: {}", r.stderr.trim()));
    }
    let deadline = Instant::now() + timeout();
    loop {
        if *stop.borrow() == Stop::Cancel {
            return Err("cancelled while waiting for the host to come back".into());
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        // The old master may still look alive for a moment: drop it and dial afresh.
        masters::close(dir, Some(&[host])).await;
        if let Ok((s, _)) = masters::session(dir, host).await {
            let c = Conn::Ssh(Arc::new(s));
            if let Some(id) = boot_id(&c, step, cap, stop.clone()).await
                && id != old_boot_id
            {
                return Ok(c);
            }
        }
        if Instant::now() > deadline {
            return Err(format!("the host did not come back with a new boot id within {:?}", timeout()));
        }
    }
}
