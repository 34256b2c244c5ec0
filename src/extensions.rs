//! ssmctl's own commands beside the AWS operations (SPEC §1): `wait <waiter>`,
//! `get-command-output`, `close-connections`, `find-package-hosts`, `export-sbom`.

use crate::app::{db_path, inventory_path, output_format};
use crate::cli::{ids, request};
use crate::error::{Error, Result};
use crate::model::{kebab, model};
use crate::ops::{self, Ctx, associations, commands};
use crate::output;
use crate::query::Query;
use clap::ArgMatches;

/// Runs `sub` when it is one of ssmctl's own commands; None when it is an operation.
pub fn run(sub: &str, m: &ArgMatches, operation: &mut Option<String>) -> Result<Option<i32>> {
    match sub {
        "wait" => {
            let (name, wm) =
                m.subcommand().ok_or_else(|| Error::usage("wait needs a waiter, e.g. command-executed"))?;
            wait(name, wm, operation).map(Some)
        }
        "get-command-output" => {
            let mut ctx = Ctx::new(db_path(m)?, None);
            let get = |k: &str| m.get_one::<String>(k).cloned().unwrap_or_default();
            let (cid, iid, stream) = (get("command-id"), get("instance-id"), get("stream"));
            let plugin = m.get_one::<String>("plugin-name").cloned();
            *operation = Some("GetCommandInvocation".into());
            let text = ctx.store()?.read(|tx| {
                let (_, _, plugins) = commands::invocation_output(tx, &cid, &iid, plugin.as_deref())?;
                Ok(plugins
                    .iter()
                    .map(|p| if stream == "stderr" { p.stderr.clone() } else { p.stdout.clone() })
                    .collect::<String>())
            })?;
            output::emit(&text).map(|()| Some(0))
        }
        "apply-due" => {
            *operation = Some("ApplyDue".into());
            let format = output_format(m)?;
            let at = match m.get_one::<String>("at") {
                Some(t) => Some(crate::model::time::parse_cli_str(t).ok_or_else(|| {
                    Error::usage(format!(
                        "argument --at: {t} is not a time like 2026-12-01T02:00:00Z (UTC when no offset) or epoch seconds"
                    ))
                })?),
                None => None,
            };
            let tick =
                crate::tick::Tick { at, clock: crate::model::time::Clock::at(at), dry_run: m.get_flag("dry-run") };
            let mut ctx = Ctx::new(db_path(m)?, inventory_path(m));
            let (value, failures) = crate::tick::run(&mut ctx, &tick)?;
            let value = match m.get_one::<String>(ids::QUERY) {
                Some(q) => Query::compile(q)?.apply(&value)?,
                None => value,
            };
            output::emit(&output::render(&value, format, "ApplyDue"))?;
            if !failures.is_empty() && ctx.exit_code.is_none() {
                ctx.finish_with(254, failures.join("; "));
            }
            if let Some(m) = &ctx.exit_message {
                crate::error::eprint_line(m);
            }
            Ok(Some(ctx.exit_code.unwrap_or(0)))
        }
        "find-package-hosts" | "export-sbom" => {
            let format = output_format(m)?;
            let mut ctx = Ctx::new(db_path(m)?, inventory_path(m));
            let value = if sub == "export-sbom" {
                let id = m.get_one::<String>("instance-id").cloned().unwrap_or_default();
                ops::inventory_answers::sbom(&mut ctx, &id)?
            } else {
                use crate::software_inventory::report::Relation;
                let name = m.get_one::<String>("name").cloned().unwrap_or_default();
                let (relation, version) =
                    [("below", Relation::Below), ("at", Relation::At), ("above", Relation::Above)]
                        .into_iter()
                        .find_map(|(flag, r)| m.get_one::<String>(flag).map(|v| (r, v.clone())))
                        .ok_or_else(|| Error::usage("give --below, --at or --above VERSION"))?;
                serde_json::to_value(ops::inventory_answers::package_hosts(&mut ctx, &name, relation, &version)?)?
            };
            let value = match m.get_one::<String>(ids::QUERY) {
                Some(q) => Query::compile(q)?.apply(&value)?,
                None => value,
            };
            output::emit(&output::render(&value, format, sub)).map(|()| Some(0))
        }
        "diff-association-versions" => {
            *operation = Some("ListAssociationVersions".into());
            let get = |k: &str| m.get_one::<String>(k).cloned();
            let mut ctx = Ctx::new(db_path(m)?, None);
            let text = associations::diff_versions(
                &mut ctx,
                &get("association-id").unwrap_or_default(),
                &get("from-version").unwrap_or_default(),
                get("to-version").as_deref(),
            )?;
            output::emit(&text).map(|()| Some(0))
        }
        "rollback-association" => {
            *operation = Some("UpdateAssociation".into());
            let format = output_format(m)?;
            let get = |k: &str| m.get_one::<String>(k).cloned().unwrap_or_default();
            let mut ctx = Ctx::new(db_path(m)?, inventory_path(m));
            let out = associations::rollback(&mut ctx, &get("association-id"), &get("association-version"))?;
            output::emit(&output::render(&serde_json::to_value(&out)?, format, "UpdateAssociation")).map(|()| Some(0))
        }
        "doctor" => {
            let format = output_format(m)?;
            let report = crate::doctor::run(&db_path(m)?, inventory_path(m).as_deref(), m.get_flag("hosts"))?;
            output::emit(&output::render(&serde_json::to_value(&report)?, format, "Doctor"))?;
            Ok(Some(if report.failed() { 253 } else { 0 }))
        }
        "close-connections" => {
            let ids: Vec<String> =
                m.get_many::<String>("instance-ids").map(|v| v.cloned().collect()).unwrap_or_default();
            let closed = crate::exec::close_connections(inventory_path(m).as_deref(), &ids)?;
            output::emit(&format!("{closed}\n")).map(|()| Some(0))
        }
        "session-recording" => session_recording(m, operation).map(Some),
        "ssh-proxy" => ssh_proxy(m, operation).map(Some),
        _ => Ok(None),
    }
}

/// `session-recording verify|play FILE`: a recording's chain checked, or its output replayed.
fn session_recording(m: &ArgMatches, operation: &mut Option<String>) -> Result<i32> {
    let (sub, sm) = m.subcommand().ok_or_else(|| Error::usage("session-recording needs verify or play"))?;
    *operation = Some("SessionRecording".into());
    let file = std::path::PathBuf::from(sm.get_one::<String>("file").cloned().unwrap_or_default());
    match sub {
        "verify" => {
            let v = crate::session::recording::verify(&file, sm.get_one::<String>("final-hash").map(String::as_str))?;
            let value = serde_json::json!({
                "Recording": file.display().to_string(),
                "Events": v.events,
                "Duration": v.duration,
                "FinalHash": v.final_hash,
                "Complete": v.ended,
            });
            output::emit(&output::render(&value, output_format(m)?, "SessionRecording")).map(|()| 0)
        }
        _ => {
            let o = crate::session::play::Options {
                speed: sm.get_one::<f64>("speed").copied().unwrap_or(1.0),
                max_wait: sm.get_one::<f64>("max-wait").copied(),
                instant: sm.get_flag("instant"),
                verify: !sm.get_flag("no-verify"),
            };
            crate::session::play::play(&file, &o, &mut std::io::stdout().lock()).map(|()| 0)
        }
    }
}

/// `ssh-proxy HOST [PORT]`: ssh's ProxyCommand, as AWS-StartSSHSession is used, so plain
/// `ssh web-1` and `scp` reach inventory hosts by id; the tunnel is a recorded session.
fn ssh_proxy(m: &ArgMatches, operation: &mut Option<String>) -> Result<i32> {
    let host = m.get_one::<String>("host").cloned().unwrap_or_default();
    let mut ctx = Ctx::new(db_path(m)?, inventory_path(m));
    // Without a port: the one the inventory reaches the host's sshd on.
    let port = m.get_one::<u16>("port").copied().or_else(|| ctx.inventory().ok()?.get(&host)?.port);
    let mut params = serde_json::Map::new();
    if let Some(p) = port {
        params.insert("portNumber".into(), serde_json::json!([p.to_string()]));
    }
    let req = serde_json::json!({"Target": host, "DocumentName": "AWS-StartSSHSession", "Parameters": params});
    *operation = Some("StartSession".into());
    let started = ops::dispatch(&mut ctx, "StartSession", req)?;
    let id = started["SessionId"].as_str().unwrap_or_default().to_string();
    crate::session::run::run(&mut ctx, &id)
}

/// Polls the waiter's operation as the AWS CLI does: every `delay` seconds, at most
/// `max_attempts` times, until an acceptor says success (exit 0) or failure (exit 255).
/// `SSMCTL_WAITER_DELAY` (seconds) shortens the delay, for tests and impatient people.
fn wait(name: &str, m: &ArgMatches, operation: &mut Option<String>) -> Result<i32> {
    let (wname, waiter) = model()
        .waiters
        .iter()
        .find(|(n, _)| kebab(n) == name)
        .ok_or_else(|| Error::usage(format!("unknown waiter {name}")))?;
    *operation = Some(waiter.operation.clone());
    output_format(m)?;
    let req = request::build(&waiter.operation, m)?;
    request::check_service(&waiter.operation, &req)?;
    let delay =
        std::env::var("SSMCTL_WAITER_DELAY").ok().and_then(|v| v.parse::<f64>().ok()).unwrap_or(waiter.delay as f64);
    let mut ctx = Ctx::new(db_path(m)?, inventory_path(m));
    let _ = m.get_one::<String>(ids::QUERY);
    for attempt in 1..=waiter.max_attempts {
        let result = ops::dispatch(&mut ctx, &waiter.operation, req.clone());
        for a in &waiter.acceptors {
            let hit = match (a.matcher.as_str(), &result) {
                ("path", Ok(out)) => {
                    let path = a.argument.as_deref().unwrap_or("@");
                    Query::compile(path)?.apply(out)? == a.expected
                }
                ("error", Err(Error::Service { code, .. })) => a.expected.as_str() == Some(code.as_str()),
                _ => false,
            };
            if !hit {
                continue;
            }
            match a.state.as_str() {
                "success" => return Ok(0),
                "failure" => {
                    crate::error::eprint_line(&format!(
                        "Waiter {wname} failed: Waiter encountered a terminal failure state: For expression \"{}\" we matched expected path: {}",
                        a.argument.as_deref().unwrap_or(""),
                        a.expected
                    ));
                    return Ok(255);
                }
                _ => break,
            }
        }
        if let Err(e) = &result
            && (!waiter.acceptors.iter().any(|a| a.matcher == "error") || !matches!(e, Error::Service { .. }))
        {
            return Err(result.err().unwrap_or_else(|| Error::internal("waiter")));
        }
        if attempt < waiter.max_attempts {
            std::thread::sleep(std::time::Duration::from_secs_f64(delay.max(0.0)));
        }
    }
    crate::error::eprint_line(&format!("Waiter {wname} failed: Max attempts exceeded"));
    Ok(255)
}
