//! argv → typed request → operation → output. The one path every operation takes.

use crate::cli::{self, ids, request, skeleton};
use crate::error::{Error, Result};
use crate::model::{kebab, model};
use crate::ops::{self, Ctx};
use crate::output::{self, Format};
use crate::query::Query;
use crate::{extensions, log, paginate, store};
use clap::ArgMatches;
use clap::error::ErrorKind;
use serde_json::Value;
use std::ffi::OsString;
use std::path::PathBuf;

/// Runs one invocation and returns the process exit code; errors are printed here, once.
pub fn run(args: Vec<OsString>) -> i32 {
    let mut operation = None;
    let code = match run_inner(args, &mut operation) {
        Ok(code) => code,
        Err(e) => {
            crate::error::eprint_line(&e.render(operation.as_deref()));
            e.exit_code()
        }
    };
    log::debug(|| format!("exit {code}, peak RSS {}", peak_rss()));
    code
}

fn run_inner(args: Vec<OsString>, operation: &mut Option<String>) -> Result<i32> {
    let matches = match cli::command().color(color_choice(&args)).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return clap_error(e).map(|()| 0),
    };
    let (sub, sm) = matches.subcommand().ok_or_else(|| Error::usage("a command is required"))?;
    log::init(sm.get_flag(ids::DEBUG));
    if sub == "completion" {
        let shell = sm.get_one::<String>("shell").map(String::as_str).unwrap_or("bash");
        return output::emit(&completion(shell)).map(|()| 0);
    }
    if let Some(code) = extensions::run(sub, sm, operation)? {
        return Ok(code);
    }
    let op_name = model()
        .operations
        .keys()
        .find(|name| kebab(name) == sub)
        .cloned()
        .ok_or_else(|| Error::usage(format!("unknown command {sub}")))?;
    *operation = Some(op_name.clone());
    let format = output_format(sm)?;
    let op = &model().operations[&op_name];

    if let Some(kind) = sm.get_one::<String>(ids::SKELETON) {
        let text = match kind.as_str() {
            // The request skeleton keeps the model's member order, as the AWS CLI's does.
            "yaml-input" => serde_yaml_ng::to_string(&skeleton::skeleton(&op.input))
                .map_err(|e| Error::internal(format!("skeleton: {e}")))?,
            "output" => output::render(&skeleton::skeleton(&op.output), Format::Json, &op_name),
            _ => output::render(&skeleton::skeleton(&op.input), Format::Json, &op_name),
        };
        return output::emit(if text.is_empty() { "{}\n" } else { &text }).map(|()| 0);
    }

    let req = request::build(&op_name, sm)?;
    request::check_service(&op_name, &req)?;
    log::debug(|| format!("{op_name} request members: {:?}", req.as_object().map(|o| o.keys().collect::<Vec<_>>())));
    let query = sm.get_one::<String>(ids::QUERY).map(|q| Query::compile(q)).transpose()?;

    let mut ctx = Ctx::new(db_path(sm)?, inventory_path(sm));
    if op_name == "StartAutomationExecution" && sm.get_flag(ids::DRY_RUN) {
        let walked = ops::automation::dry_run(&mut ctx, req)?;
        let shown = match &query {
            Some(q) => q.apply(&walked)?,
            None => walked,
        };
        return output::emit(&output::render(&shown, format, &op_name)).map(|()| 0);
    }
    if matches!(op_name.as_str(), "StartSession" | "ResumeSession") {
        // As the AWS CLI hands a started session to its plugin: the session's own bytes
        // are all that stdout holds, and its exit status is ours.
        let started = ops::dispatch(&mut ctx, &op_name, req)?;
        let id = started["SessionId"].as_str().unwrap_or_default().to_string();
        return crate::session::run::run(&mut ctx, &id);
    }
    let started = std::time::Instant::now();
    let paged = match &op.paginator {
        Some(p) => {
            let opts = paginate::Options {
                starting_token: sm.get_one::<String>(ids::STARTING_TOKEN).cloned(),
                page_size: sm.get_one::<i64>(ids::PAGE_SIZE).copied(),
                max_items: sm.get_one::<i64>(ids::MAX_ITEMS).copied(),
                no_paginate: sm.get_flag(ids::NO_PAGINATE),
            };
            paginate::run(|r| ops::dispatch(&mut ctx, &op_name, r), req, p, &opts)?
        }
        None => paginate::Paged::single(ops::dispatch(&mut ctx, &op_name, req)?),
    };
    log::debug(|| format!("{op_name} took {:?}", started.elapsed()));

    let apply = |v: Value| -> Result<Value> {
        match &query {
            None => Ok(v),
            Some(q) => q.apply(&v),
        }
    };
    let text = if format == Format::YamlStream {
        let pages = paged.into_pages().into_iter().map(apply).collect::<Result<Vec<_>>>()?;
        output::render_pages_yaml_stream(&pages)
    } else {
        output::render(&apply(paged.into_merged())?, format, &op_name)
    };
    output::emit(&text)?;
    if let Some(m) = &ctx.exit_message {
        crate::error::eprint_line(m);
    }
    Ok(ctx.exit_code.unwrap_or(0))
}

/// clap's own errors: help and version are successes; anything else is a usage error on
/// one line.
fn clap_error(e: clap::Error) -> Result<()> {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => output::emit(&e.render().to_string()),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            crate::error::eprint_text(&e.render().to_string());
            Err(Error::usage("a command is required"))
        }
        _ => {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            let tip = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("tip: "))
                .map(|t| format!(" ({t})"))
                .unwrap_or_default();
            Err(Error::usage(format!("{first}{tip}")))
        }
    }
}

/// `--color on|off|auto` (SPEC §2) and `NO_COLOR`, read before parsing because they
/// colour clap's own help and error rendering.
fn color_choice(args: &[OsString]) -> clap::ColorChoice {
    let mut choice = None;
    for (i, a) in args.iter().enumerate() {
        let a = a.to_string_lossy();
        let value = match a.strip_prefix("--color") {
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_string()),
            Some("") => args.get(i + 1).map(|v| v.to_string_lossy().into_owned()),
            _ => None,
        };
        if value.is_some() {
            choice = value;
        }
    }
    match choice.as_deref() {
        Some("on") => clap::ColorChoice::Always,
        Some("off") => clap::ColorChoice::Never,
        _ if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => clap::ColorChoice::Never,
        _ => clap::ColorChoice::Auto,
    }
}

pub fn output_format(m: &ArgMatches) -> Result<Format> {
    match m.get_one::<String>(ids::OUTPUT) {
        Some(f) => f.parse().map_err(Error::usage),
        None => match std::env::var("SSMCTL_OUTPUT") {
            Ok(f) if !f.is_empty() => f.parse().map_err(|e| Error::usage(format!("SSMCTL_OUTPUT: {e}"))),
            _ => Ok(Format::Json),
        },
    }
}

pub fn inventory_path(m: &ArgMatches) -> Option<PathBuf> {
    m.get_one::<String>(ids::INVENTORY).map(PathBuf::from)
}

pub fn db_path(m: &ArgMatches) -> Result<PathBuf> {
    match m.get_one::<String>(ids::DB) {
        Some(p) => Ok(PathBuf::from(p)),
        None => store::default_path(),
    }
}

pub fn completion(shell: &str) -> String {
    let shell = match shell {
        "zsh" => clap_complete::Shell::Zsh,
        "fish" => clap_complete::Shell::Fish,
        _ => clap_complete::Shell::Bash,
    };
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cli::command(), "ssmctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// This process's peak resident memory since it started (Linux VmHWM), for `--debug`.
fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l["VmHWM:".len()..].trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}
