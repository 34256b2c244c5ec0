//! The one execution engine (SPEC §10): Run Command and association runs alike. The plan
//! is already committed when `run` starts; hosts are contacted under the rate limits,
//! and every result is written in a short transaction of its own. No transaction is held
//! while a host works.

pub mod masters;
pub mod plan;
pub mod rate;
pub mod reboot;
pub mod script;
pub mod transport;

use crate::error::{Error, Result};
use crate::inventory::{Connection, Host};
use crate::model::time;
use crate::store::Store;
use crate::store::commands::{self as rows, InvocationRow, PluginRow};
use crate::store::instances::{self, InstanceRow};
use plan::StepPlan;
use std::io::IsTerminal;
use std::rc::Rc;
use std::time::Duration;
use tokio::sync::{mpsc, watch};
use transport::{Conn, Ending, Stop};

pub struct Job {
    pub command_id: String,
    pub hosts: Vec<Host>,
    pub steps: Vec<StepPlan>,
    pub max_concurrency: usize,
    /// Stop starting targets once errors exceed this.
    pub max_errors: usize,
    pub output_cap: usize,
    /// When the whole command must stop (an Automation step's timeoutSeconds): what still
    /// runs is cancelled, as by cancel-command.
    pub deadline: Option<std::time::Instant>,
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub status: String,
    /// True when the user interrupted the run (Ctrl-C).
    pub interrupted: bool,
}

enum Event {
    Started(usize),
    Plugin(usize, PluginRow),
    Done(usize, InvocationRow, Contact),
}

enum Contact {
    /// Reached, with fresh facts.
    Online(transport::Facts),
    /// Reached; facts not asked this time.
    Ping,
    Lost(String),
}

/// Runs the job to its end and returns the command's final status.
pub fn run(store: &mut Store, job: Job) -> Result<Summary> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("async runtime: {e}")))?;
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, drive(store, job))
}

async fn drive(store: &mut Store, job: Job) -> Result<Summary> {
    let control_dir = if job.hosts.iter().any(|h| h.connection == Connection::Ssh) {
        let dir = masters::control_dir()?;
        masters::sweep(&dir);
        Some(dir)
    } else {
        None
    };
    let total = job.hosts.len();
    let steps = Rc::new(job.steps);
    let (stop_tx, stop_rx) = watch::channel(Stop::Run);
    let (ev_tx, mut ev_rx) = mpsc::unbounded_channel::<Event>();
    let bar = progress_bar(total);
    let command_id = job.command_id.clone();
    store.write(|tx| rows::set_command_status(tx, &command_id, "InProgress", "InProgress"))?;

    let mut next = 0usize;
    let mut running = 0usize;
    let mut finished = 0usize;
    let mut errors = 0usize;
    let mut delivery_timed_out = 0usize;
    let mut stopped_for_errors = false;
    let mut cancelled = false;
    let mut interrupted = false;
    let mut statuses: Vec<Option<String>> = vec![None; total];
    let mut poll = tokio::time::interval(Duration::from_millis(300));
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);

    loop {
        // Start what the limits allow.
        while running < job.max_concurrency && next < total && !stopped_for_errors && !cancelled {
            let idx = next;
            next += 1;
            running += 1;
            let host = job.hosts[idx].clone();
            let steps = steps.clone();
            let tx = ev_tx.clone();
            let stop = stop_rx.clone();
            let dir = control_dir.clone();
            let cid = command_id.clone();
            let cap = job.output_cap;
            let probe = store.read(|tx| instances::needs_probe(tx, &host.id, &time::now()))?;
            tokio::task::spawn_local(async move {
                on_host(idx, cid, host, steps, dir, cap, probe, stop, tx).await;
            });
        }
        if running == 0 && (next >= total || stopped_for_errors || cancelled) {
            break;
        }
        tokio::select! {
            ev = ev_rx.recv() => {
                let Some(ev) = ev else { break };
                match ev {
                    Event::Started(idx) => {
                        let at = time::now();
                        let id = job.hosts[idx].id.clone();
                        store.write(|tx| rows::start_invocation(tx, &command_id, &id, &at))?;
                    }
                    Event::Plugin(idx, p) => {
                        let id = job.hosts[idx].id.clone();
                        store.write(|tx| rows::set_plugin(tx, &command_id, &id, &p))?;
                    }
                    Event::Done(idx, inv, contact) => {
                        running -= 1;
                        finished += 1;
                        if counts_as_error(&inv) {
                            errors += 1;
                        }
                        if inv.status_details == "DeliveryTimedOut" {
                            delivery_timed_out += 1;
                        }
                        statuses[idx] = Some(inv.status.clone());
                        let host = &job.hosts[idx];
                        store.write(|tx| {
                            rows::finish_invocation(tx, &inv)?;
                            rows::set_counts(tx, &command_id, finished as i64, errors as i64, delivery_timed_out as i64)?;
                            match &contact {
                                Contact::Online(f) => instances::record_online(tx, &facts_row(host, f, &inv)),
                                Contact::Lost(e) => instances::record_lost(tx, &host.id, e),
                                Contact::Ping => instances::record_ping(tx, &host.id, inv.start.or(inv.end).as_ref()),
                            }
                        })?;
                        if let Some(b) = &bar {
                            b.inc(1);
                        }
                        if errors > job.max_errors && !stopped_for_errors {
                            stopped_for_errors = true;
                        }
                    }
                }
            }
            _ = poll.tick() => {
                let late = job.deadline.is_some_and(|d| std::time::Instant::now() >= d);
                if !cancelled && (late || store.read(|tx| rows::cancel_requested(tx, &command_id))?) {
                    cancelled = true;
                    let _ = stop_tx.send(Stop::Cancel);
                }
            }
            _ = &mut ctrl_c, if !interrupted => {
                interrupted = true;
                cancelled = true;
                let _ = stop_tx.send(Stop::Cancel);
            }
        }
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    // Targets never started: cancelled, or terminated by the error threshold.
    let (rest_status, rest_details) = if cancelled { ("Cancelled", "Cancelled") } else { ("Cancelled", "Terminated") };
    let now = time::now();
    store.write(|tx| {
        for host in job.hosts.iter().skip(next) {
            let inv = InvocationRow {
                command_id: command_id.clone(),
                instance_id: host.id.clone(),
                status: rest_status.into(),
                status_details: rest_details.into(),
                response_code: -1,
                start: None,
                end: Some(now),
            };
            rows::finish_invocation(tx, &inv)?;
        }
        Ok(())
    })?;
    for s in statuses.iter_mut().skip(next) {
        *s = Some(rest_status.into());
    }
    let (status, details) = command_status(&statuses, cancelled, stopped_for_errors);
    store.write(|tx| rows::set_command_status(tx, &command_id, &status, &details))?;
    if !masters::keep_after_run()
        && let Some(dir) = &control_dir
    {
        let hosts: Vec<&Host> = job.hosts.iter().filter(|h| h.connection == Connection::Ssh).collect();
        masters::close(dir, Some(&hosts)).await;
    }
    Ok(Summary { status, interrupted })
}

/// Failed and ExecutionTimedOut count as errors; Undeliverable and DeliveryTimedOut don't.
fn counts_as_error(inv: &InvocationRow) -> bool {
    matches!(inv.status.as_str(), "Failed" | "TimedOut")
        && !matches!(inv.status_details.as_str(), "Undeliverable" | "DeliveryTimedOut")
}

/// The command's status from its invocations' (SPEC §10): Cancelled when cancelled, else
/// the worst of them: Failed (any failure or undeliverable host), TimedOut, Success.
fn command_status(statuses: &[Option<String>], cancelled: bool, stopped_for_errors: bool) -> (String, String) {
    let any = |s: &str| statuses.iter().any(|x| x.as_deref() == Some(s));
    if cancelled {
        return ("Cancelled".into(), "Cancelled".into());
    }
    if any("Failed") {
        return ("Failed".into(), "Failed".into());
    }
    if any("TimedOut") {
        return ("TimedOut".into(), "Execution Timed Out".into());
    }
    if stopped_for_errors {
        return ("Failed".into(), "Failed".into());
    }
    if statuses.is_empty() {
        return ("Success".into(), "No Instances In Tag".into());
    }
    ("Success".into(), "Success".into())
}

fn facts_row(host: &Host, f: &transport::Facts, inv: &InvocationRow) -> InstanceRow {
    let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
    InstanceRow {
        instance_id: host.id.clone(),
        ping_status: "Online".into(),
        last_ping: inv.start.or(inv.end),
        platform_type: non_empty(&f.platform_type),
        platform_name: non_empty(&f.platform_name),
        platform_version: non_empty(&f.platform_version),
        computer_name: non_empty(&f.computer_name),
        ip_address: non_empty(&f.ip_address).or_else(|| Some(host.address.clone())),
    }
}

fn progress_bar(total: usize) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() || total == 0 {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} hosts {wide_bar} {elapsed}") {
        bar.set_style(style);
    }
    Some(bar)
}

#[allow(clippy::too_many_arguments)]
async fn on_host(
    idx: usize,
    command_id: String,
    host: Host,
    steps: Rc<Vec<StepPlan>>,
    dir: Option<std::path::PathBuf>,
    cap: usize,
    probe: bool,
    stop: watch::Receiver<Stop>,
    tx: mpsc::UnboundedSender<Event>,
) {
    let _ = tx.send(Event::Started(idx));
    let start = time::now();
    let mut inv = InvocationRow {
        command_id,
        instance_id: host.id.clone(),
        status: "InProgress".into(),
        status_details: "InProgress".into(),
        response_code: -1,
        start: Some(start),
        end: None,
    };
    let mut conn = match (&host.connection, &dir) {
        (Connection::Local, _) => Conn::Local,
        (Connection::Ssh, Some(dir)) => match masters::session(dir, &host).await {
            Ok((s, _warm)) => Conn::Ssh(std::sync::Arc::new(s)),
            Err(u) => {
                inv.status = if u.details == "DeliveryTimedOut" { "TimedOut".into() } else { "Failed".into() };
                inv.status_details = u.details.into();
                inv.end = Some(time::now());
                let msg = u.message.clone();
                for (seq, s) in steps.iter().enumerate() {
                    let p = PluginRow {
                        seq: seq as i64,
                        name: s.name.clone(),
                        status: inv.status.clone(),
                        status_details: u.details.into(),
                        response_code: -1,
                        start: Some(start),
                        end: inv.end,
                        stdout: String::new(),
                        stderr: format!("{msg}\n"),
                    };
                    let _ = tx.send(Event::Plugin(idx, p));
                }
                let _ = tx.send(Event::Done(idx, inv, Contact::Lost(msg)));
                return;
            }
        },
        (Connection::Ssh, None) => Conn::Local,
    };
    let mut facts = None;
    let mut worst = 0u8;
    let mut halted: Option<(String, String)> = None;
    for (seq, step) in steps.iter().enumerate() {
        let began = time::now();
        let mut p = PluginRow {
            seq: seq as i64,
            name: step.name.clone(),
            status: String::new(),
            status_details: String::new(),
            response_code: -1,
            start: Some(began),
            end: None,
            stdout: String::new(),
            stderr: String::new(),
        };
        if let Some((status, details)) = &halted {
            p.status = status.clone();
            p.status_details = details.clone();
            p.end = Some(began);
        } else if step.platform.as_deref().is_some_and(|pl| pl != host.platform) {
            p.status = "Success".into();
            p.status_details = "Skipped".into();
            p.response_code = 0;
            p.stdout = format!(
                "Step execution skipped due to unsatisfied preconditions: platformType {} (host is {}). Step name: {}\n",
                step.platform.as_deref().unwrap_or(""),
                host.platform,
                step.name
            );
            p.end = Some(began);
        } else {
            let mut r = match &step.patch {
                Some(p) => crate::patch::host::run(&mut conn, &host, dir.as_deref(), step, p, cap, stop.clone()).await,
                None => transport::run_step(&conn, step, probe && facts.is_none(), cap, stop.clone()).await,
            };
            // Run Command's convention: exit 194 asks for a reboot, then the step runs again.
            let mut reboots = 0;
            while matches!(r.ending, Ending::Exited(reboot::REBOOT_EXIT)) && step.patch.is_none() {
                if reboots == reboot::MAX_REBOOTS_PER_STEP {
                    r.stderr.push_str(&format!(
                        "ssmctl: the step asked for a reboot {} times; not rebooting again\n",
                        reboots + 1
                    ));
                    break;
                }
                let old = reboot::boot_id(&conn, step, cap, stop.clone()).await.unwrap_or_default();
                match reboot::reboot_and_wait(&conn, &host, dir.as_deref(), step, cap, stop.clone(), &old).await {
                    Ok(c) => {
                        conn = c;
                        reboots += 1;
                        let again = transport::run_step(&conn, step, false, cap, stop.clone()).await;
                        r = transport::StepResult {
                            ending: again.ending,
                            stdout: format!("{}{}", r.stdout, again.stdout),
                            stderr: format!("{}{}", r.stderr, again.stderr),
                            facts: r.facts.or(again.facts),
                        };
                    }
                    Err(e) => {
                        r.ending = Ending::Lost(format!("reboot asked by exit 194: {e}"));
                        break;
                    }
                }
            }
            if facts.is_none() {
                facts = r.facts.clone();
            }
            p.stdout = r.stdout;
            p.stderr = r.stderr;
            p.end = Some(time::now());
            let (status, details, code, rank) = match r.ending {
                Ending::Exited(0) => ("Success", "Success", 0, 0),
                Ending::Exited(c) => ("Failed", "Failed", c as i64, 1),
                Ending::Terminated => {
                    p.stderr.push_str("ssmctl: the script ended without an exit status (killed by a signal on the host, or its session closed)\n");
                    ("Failed", "Failed", -1, 1)
                }
                Ending::Lost(m) => {
                    p.stderr.push_str(&format!("ssmctl: {m}\n"));
                    ("Failed", "Failed", -1, 1)
                }
                Ending::TimedOut => ("TimedOut", "ExecutionTimedOut", -1, 2),
                Ending::Cancelled => ("Cancelled", "Cancelled", -1, 3),
            };
            p.status = status.into();
            p.status_details = details.into();
            p.response_code = code;
            if rank > worst || (rank == worst && rank > 0 && inv.response_code == -1) {
                worst = rank;
                inv.status = status.into();
                inv.status_details = details.into();
                inv.response_code = code;
            }
            if rank == 0 && worst == 0 {
                inv.response_code = 0;
            }
            if rank >= 2 {
                halted = Some((status.into(), details.into()));
            }
        }
        let _ = tx.send(Event::Plugin(idx, p));
    }
    if worst == 0 {
        inv.status = "Success".into();
        inv.status_details = "Success".into();
        inv.response_code = 0;
    }
    inv.end = Some(time::now());
    let contact = match facts {
        Some(f) => Contact::Online(f),
        None => Contact::Ping,
    };
    let _ = tx.send(Event::Done(idx, inv, contact));
}

/// `close-connections`: closes the kept masters of the given hosts (all when none given).
pub fn close_connections(inventory: Option<&std::path::Path>, ids: &[String]) -> Result<usize> {
    let dir = masters::control_dir()?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("async runtime: {e}")))?;
    if ids.is_empty() {
        return Ok(rt.block_on(masters::close(&dir, None)));
    }
    let inv = crate::inventory::Inventory::load(inventory)?;
    let hosts: Vec<&Host> = crate::targets::resolve(&inv, ids, &[])?;
    Ok(rt.block_on(masters::close(&dir, Some(&hosts))))
}
