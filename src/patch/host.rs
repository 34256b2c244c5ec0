//! One host's patch operation, run by the engine as the aws:runPatchBaseline step: scan, decide
//! with the host's baseline and the operation's snapshot, install the approved set at its exact
//! versions, scan again, reboot when the host says it needs one and wait until it is back,
//! scan again. The step's output ends with the report the controller stores (results.rs).

use super::evaluate::{self, Inputs};
use super::scan::{self, LOCKED_EXIT, Request, Scan};
use super::{Operation, PatchPlan, REPORT_MARK, Report};
use crate::exec::plan::StepPlan;
use crate::exec::reboot;
use crate::exec::transport::{self, Conn, Ending, StepResult, Stop};
use crate::inventory::Host;
use crate::model::time;
use std::path::Path;
use tokio::sync::watch;

/// Seconds a script waits for the package manager's lock before it gives up:
/// `SSMCTL_PATCH_LOCK_TIMEOUT`, else 600.
fn package_lock_timeout() -> u64 {
    std::env::var("SSMCTL_PATCH_LOCK_TIMEOUT").ok().and_then(|v| v.parse().ok()).unwrap_or(600)
}

/// Whether the first scan refreshes the package indexes: `SSMCTL_PATCH_REFRESH=never` decides
/// on the indexes the host already has (a host whose indexes another job keeps fresh).
fn refresh_indexes() -> bool {
    std::env::var("SSMCTL_PATCH_REFRESH").map_or(true, |v| v != "never")
}

pub async fn run(
    conn: &mut Conn,
    host: &Host,
    dir: Option<&Path>,
    step: &StepPlan,
    plan: &PatchPlan,
    cap: usize,
    stop: watch::Receiver<Stop>,
) -> StepResult {
    let mut log: Vec<String> = Vec::new();
    match operate(conn, host, dir, step, plan, cap, stop, &mut log).await {
        Ok((report, failed)) => {
            let summary = report.summary();
            log.extend(summary);
            let json = serde_json::to_string(&report).unwrap_or_default();
            StepResult {
                ending: Ending::Exited(if failed { 1 } else { 0 }),
                stdout: format!("{}\n{REPORT_MARK}{json}\n", log.join("\n")),
                stderr: String::new(),
                facts: None,
            }
        }
        Err((ending, why)) => {
            StepResult { ending, stdout: log.join("\n") + "\n", stderr: format!("{why}\n"), facts: None }
        }
    }
}

type Failure = (Ending, String);

#[allow(clippy::too_many_arguments)]
async fn operate(
    conn: &mut Conn,
    host: &Host,
    dir: Option<&Path>,
    step: &StepPlan,
    plan: &PatchPlan,
    cap: usize,
    stop: watch::Receiver<Stop>,
    log: &mut Vec<String>,
) -> Result<(Report, bool), Failure> {
    let started = time::now();
    // This host's part of the shared context (not the whole of it, once per host).
    let (owner, snapshot_id, group, installs) = {
        let c = plan.context.borrow();
        (
            c.command_id.clone(),
            c.snapshot_id.clone(),
            c.patch_groups.get(&host.id).cloned(),
            c.installs.get(&host.id).cloned().unwrap_or_default(),
        )
    };
    let install = plan.operation == Operation::Install;
    let request = |install: Option<(&[String], &[String])>, refresh: bool, release: bool| {
        scan::script(&Request { owner: &owner, install, lock_timeout: package_lock_timeout(), release, refresh })
    };
    let first = run_script(conn, step, request(None, refresh_indexes(), !install), cap, stop.clone()).await?;
    let offered: Vec<super::Offered> = first
        .updates
        .iter()
        .map(|u| {
            let p = first.installed.iter().find(|p| p.name == u.name && p.version == u.installed);
            super::Offered {
                name: u.name.clone(),
                arch: u.arch.clone(),
                installed: u.installed.clone(),
                version: u.version.clone(),
                security: u.security,
                security_version: u.security_version.clone(),
                priority: p.map(|p| p.priority.clone()).unwrap_or_default(),
                section: p.map(|p| p.section.clone()).unwrap_or_default(),
                repository: u.repository.clone(),
                classification: u.classification.clone(),
                severity: u.severity.clone(),
                released: u.released.map(|t| t.timestamp()),
                manager: first.manager.clone(),
            }
        })
        .collect();
    let mut scan = first;
    if let Some(e) = &scan.refresh_error {
        log.push(format!("warning: {e} (deciding on the indexes the host already had)"));
    }
    if scan.manager != "apt" && scan.manager != "dnf" {
        release(conn, step, cap, stop.clone()).await;
        return Err((
            Ending::Exited(1),
            "ssmctl: aws:runPatchBaseline: no package manager ssmctl patches with on this host (apt and dpkg on the Debian family, dnf and rpm on the RHEL family)".into(),
        ));
    }
    let Some(platform) = scan.platform.clone() else {
        release(conn, step, cap, stop.clone()).await;
        let id = scan.os.get("ID").cloned().unwrap_or_default();
        return Err((
            Ending::Exited(1),
            format!("ssmctl: aws:runPatchBaseline: /etc/os-release names no OS family ssmctl knows (ID={id})"),
        ));
    };
    let chosen = plan.context.borrow().baseline(group.as_deref(), &platform.operating_system);
    let Some((baseline_id, rules)) = chosen else {
        release(conn, step, cap, stop.clone()).await;
        return Err((
            Ending::Exited(1),
            format!(
                "ssmctl: aws:runPatchBaseline: UnsupportedOperatingSystem: no baseline for {}",
                platform.operating_system
            ),
        ));
    };
    log.push(format!(
        "{} on {} ({}), baseline {baseline_id}{}, snapshot {}",
        plan.operation.as_str(),
        platform.product,
        platform.operating_system,
        group.as_deref().map(|g| format!(", patch group {g}")).unwrap_or_default(),
        snapshot_id
    ));
    let prior: Vec<String> =
        installs.iter().filter(|(_, boot)| *boot == scan.boot_id).map(|(kb, _)| kb.clone()).collect();
    let decide = |scan: &Scan, this_boot: &[String], attempted: &[String]| {
        let mut snapshots = plan.context.borrow_mut();
        let snap = snapshots.snapshots.entry(platform.product.clone()).or_default();
        evaluate::evaluate(
            &Inputs {
                rules: &rules,
                product: &platform.product,
                scan,
                installed_this_boot: this_boot,
                attempted,
                override_list: if install { plan.install_override.as_deref() } else { None },
            },
            snap,
        )
    };
    let mut eval = decide(&scan, &prior, &[]);
    let mut installed_now: Vec<(String, String)> = Vec::new();
    let mut rebooted = false;
    let mut install_message = None;
    if install {
        let mut this_boot = prior.clone();
        if !eval.to_install.is_empty() {
            let rejected: Vec<String> = if rules.rejected_patches_action.as_deref() == Some("BLOCK") {
                rules.rejected_patches.clone()
            } else {
                vec![]
            };
            log.push(format!("installing {}", eval.to_install.join(" ")));
            let attempted: Vec<String> = eval.to_install.iter().map(|s| kb_of(&scan, s)).collect();
            let before = scan.clone();
            scan =
                run_script(conn, step, request(Some((&eval.to_install, &rejected)), false, false), cap, stop.clone())
                    .await?;
            if let Some(o) = &scan.install
                && !o.ok
            {
                log.push(format!("install: {}", o.message));
                install_message = Some(o.message.clone());
            }
            for p in &scan.installed {
                let kb = format!("{}.{}", p.name, p.arch);
                let was = before.installed.iter().find(|b| b.name == p.name && b.arch == p.arch);
                if attempted.contains(&kb) && was.is_some_and(|b| b.version != p.version) {
                    installed_now.push((kb.clone(), p.version.clone()));
                    this_boot.push(kb);
                }
            }
            eval = decide(&scan, &this_boot, &attempted);
        }
        let pending = !this_boot.is_empty();
        if plan.reboot_if_needed && scan.reboot_required && pending {
            log.push("the host needs a reboot: rebooting and waiting until it is back".into());
            let old = scan.boot_id.clone();
            *conn = reboot::reboot_and_wait(conn, host, dir, step, cap, stop.clone(), &old)
                .await
                .map_err(|e| (Ending::Lost(e.clone()), format!("ssmctl: aws:runPatchBaseline: reboot: {e}")))?;
            rebooted = true;
            scan = run_script(conn, step, request(None, false, true), cap, stop.clone()).await?;
            log.push(format!("back with boot id {}", scan.boot_id));
            eval = decide(&scan, &[], &[]);
        } else {
            release(conn, step, cap, stop.clone()).await;
        }
    }
    let failed = eval.patches.iter().any(|p| p.state == "Failed");
    let report = Report {
        operation: plan.operation.as_str().into(),
        baseline_id,
        patch_group: group.unwrap_or_default(),
        snapshot_id,
        operating_system: platform.operating_system.clone(),
        product: platform.product.clone(),
        start: time::to_seconds_z(&started),
        end: time::to_seconds_z(&time::now()),
        reboot_option: if plan.reboot_if_needed { "RebootIfNeeded" } else { "NoReboot" }.into(),
        rebooted,
        no_reboot_install: install && !plan.reboot_if_needed && !installed_now.is_empty(),
        boot_id: scan.boot_id.clone(),
        installed_now,
        install_override_list: plan.install_override_source.clone(),
        install_message,
        patches: eval.patches,
        offered,
    };
    Ok((report, failed))
}

fn kb_of(scan: &Scan, name_version: &str) -> String {
    let name = name_version.split('=').next().unwrap_or(name_version);
    let arch = scan.installed.iter().find(|p| p.name == name).map(|p| p.arch.as_str()).unwrap_or("");
    format!("{name}.{arch}")
}

async fn run_script(
    conn: &Conn,
    step: &StepPlan,
    script: String,
    cap: usize,
    stop: watch::Receiver<Stop>,
) -> Result<Scan, Failure> {
    let mut plan = step.clone();
    plan.script = script;
    plan.patch = None;
    let r = transport::run_step(conn, &plan, false, cap, stop).await;
    match r.ending {
        Ending::Exited(0) => Ok(scan::parse(&r.stdout)),
        Ending::Exited(LOCKED_EXIT) => Err((Ending::Exited(1), r.stderr.trim().to_string())),
        ending => Err((ending, format!("ssmctl: aws:runPatchBaseline: {}", r.stderr.trim()))),
    }
}

/// Frees the host's patch lock when the operation ends without a final scan that does.
async fn release(conn: &Conn, step: &StepPlan, cap: usize, stop: watch::Receiver<Stop>) {
    let mut plan = step.clone();
    plan.script = "rm -rf /run/lock/ssmctl-patch\n".into();
    plan.patch = None;
    let _ = transport::run_step(conn, &plan, false, cap, stop).await;
}
