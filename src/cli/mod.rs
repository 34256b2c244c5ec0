//! The command surface, built from the service model: one subcommand per operation, one
//! flag per input member (kebab-case), plus the AWS CLI's global and paging options and
//! ssmctl's own commands. Nothing here runs an operation.

mod about;
pub mod read;
pub mod request;
pub mod shorthand;
pub mod skeleton;
pub mod values;

use crate::model::{Shape, kebab, model};
use clap::{Arg, ArgAction, Command};

/// Ids of the options that every operation accepts.
pub mod ids {
    pub const OUTPUT: &str = "g.output";
    pub const QUERY: &str = "g.query";
    pub const DB: &str = "g.db";
    pub const INVENTORY: &str = "g.inventory";
    pub const DEBUG: &str = "g.debug";
    pub const COLOR: &str = "g.color";
    pub const CLI_INPUT_JSON: &str = "o.cli-input-json";
    pub const CLI_INPUT_YAML: &str = "o.cli-input-yaml";
    pub const SKELETON: &str = "o.generate-cli-skeleton";
    pub const STARTING_TOKEN: &str = "p.starting-token";
    pub const PAGE_SIZE: &str = "p.page-size";
    pub const MAX_ITEMS: &str = "p.max-items";
    pub const NO_PAGINATE: &str = "p.no-paginate";
    /// start-automation-execution --dry-run (ssmctl's own).
    pub const DRY_RUN: &str = "x.dry-run";
    /// Prefix of the `--no-…` form of a boolean member's flag.
    pub const NO_PREFIX: &str = "no.";
}

/// Accepted and ignored so that scripts written for `aws ssm` keep working (SPEC §1).
const IGNORED_WITH_VALUE: &[&str] = &["region", "profile", "cli-read-timeout", "cli-connect-timeout"];
const IGNORED_FLAGS: &[&str] = &["no-cli-pager"];

pub fn command() -> Command {
    let mut cmd = Command::new("ssmctl")
        .version(env!("CARGO_PKG_VERSION"))
        .about("AWS Systems Manager's `aws ssm` commands for hosts you run yourself, over SSH, with local state")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .infer_long_args(true)
        .args(global_args());
    for (name, op) in &model().operations {
        cmd = cmd.subcommand(operation_command(name, op.paginator.as_ref()));
    }
    let mut wait = Command::new("wait")
        .about("ssmctl: wait until a condition is met (the AWS CLI waiters)")
        .subcommand_required(true)
        .infer_long_args(true);
    for (name, w) in &model().waiters {
        let op = model().operations.get(&w.operation).and_then(|o| o.paginator.as_ref());
        wait = wait.subcommand(operation_command(&w.operation, op).name(kebab(name)).about(format!(
            "Wait until {} reports success (every {} s, {} times at most)",
            w.operation, w.delay, w.max_attempts
        )));
    }
    cmd = cmd.subcommand(wait).subcommand(
        Command::new("get-command-output")
            .about("ssmctl: print the whole stored output of an invocation (get-command-invocation shows 24,000 characters)")
            .infer_long_args(true)
            .arg(Arg::new("command-id").long("command-id").required(true).value_name("ID"))
            .arg(Arg::new("instance-id").long("instance-id").required(true).value_name("ID"))
            .arg(Arg::new("plugin-name").long("plugin-name").value_name("NAME").help("One step; all steps when absent"))
            .arg(
                Arg::new("stream")
                    .long("stream")
                    .value_name("STREAM")
                    .value_parser(["stdout", "stderr"])
                    .default_value("stdout"),
            ),
    );
    cmd = cmd
        .subcommand(
            Command::new("apply-due")
                .about("ssmctl: run every association that is due now (what cron calls every minute)")
                .infer_long_args(true)
                .arg(
                    Arg::new("dry-run")
                        .long("dry-run")
                        .action(ArgAction::SetTrue)
                        .help("Say what would run, on which hosts and why; change nothing"),
                )
                .arg(
                    Arg::new("at")
                        .long("at")
                        .value_name("TIME")
                        .help("Evaluate schedules at this UTC time (2026-12-01T02:00:00Z) instead of now"),
                ),
        )
        .subcommand(
            Command::new("diff-association-versions")
                .about("ssmctl: show what changed between two versions of an association")
                .infer_long_args(true)
                .arg(Arg::new("association-id").long("association-id").required(true).value_name("ID"))
                .arg(Arg::new("from-version").long("from-version").required(true).value_name("N"))
                .arg(Arg::new("to-version").long("to-version").value_name("N").help("Default: the latest")),
        )
        .subcommand(
            Command::new("rollback-association")
                .about("ssmctl: make a new version of an association equal to an old one")
                .infer_long_args(true)
                .arg(Arg::new("association-id").long("association-id").required(true).value_name("ID"))
                .arg(Arg::new("association-version").long("association-version").required(true).value_name("N")),
        );
    cmd = cmd
        .subcommand(
            Command::new("find-package-hosts")
                .about("ssmctl: the hosts whose collected package is below, at or above a version (dpkg/rpm ordering)")
                .infer_long_args(true)
                .arg(Arg::new("name").long("name").required(true).value_name("PACKAGE"))
                .arg(Arg::new("below").long("below").value_name("VERSION"))
                .arg(Arg::new("at").long("at").value_name("VERSION"))
                .arg(Arg::new("above").long("above").value_name("VERSION"))
                .group(clap::ArgGroup::new("relation").args(["below", "at", "above"]).required(true)),
        )
        .subcommand(
            Command::new("export-sbom")
                .about("ssmctl: print a host's collected applications as a CycloneDX 1.5 SBOM")
                .infer_long_args(true)
                .arg(Arg::new("instance-id").long("instance-id").required(true).value_name("ID")),
        );
    cmd = cmd.subcommand(
        Command::new("doctor")
            .about("ssmctl: check SQLite, the state file, the inventory, ssh, the key and (--hosts) which hosts answer")
            .infer_long_args(true)
            .arg(
                Arg::new("hosts")
                    .long("hosts")
                    .action(ArgAction::SetTrue)
                    .help("Also connect to every host of the inventory"),
            ),
    );
    let file =
        || Arg::new("file").required(true).value_name("FILE").help("A recording (sessions/ beside the state database)");
    cmd = cmd
        .subcommand(
            Command::new("session-recording")
                .about("ssmctl: verify a session recording's hash chain, or play it back")
                .subcommand_required(true)
                .infer_long_args(true)
                .subcommand(
                    Command::new("verify")
                        .about("Check the recording's chain: an edited, dropped or added line, or a cut, fails")
                        .arg(file())
                        .arg(
                            Arg::new("final-hash")
                                .long("final-hash")
                                .value_name("HEX")
                                .help("The chain's end as the store keeps it (describe-sessions Details)"),
                        ),
                )
                .subcommand(
                    Command::new("play")
                        .about("Replay the recording's output with its timing, after verifying it")
                        .arg(file())
                        .arg(Arg::new("speed").long("speed").value_name("X").value_parser(clap::value_parser!(f64)))
                        .arg(
                            Arg::new("max-wait")
                                .long("max-wait")
                                .value_name("SECONDS")
                                .value_parser(clap::value_parser!(f64))
                                .help("Cap every pause at this"),
                        )
                        .arg(Arg::new("instant").long("instant").action(ArgAction::SetTrue).help("No pauses"))
                        .arg(
                            Arg::new("no-verify")
                                .long("no-verify")
                                .action(ArgAction::SetTrue)
                                .help("Play even when the chain does not verify"),
                        ),
                ),
        )
        .subcommand(
            Command::new("ssh-proxy")
                .about("ssmctl: ssh's ProxyCommand to inventory hosts by id (ProxyCommand ssmctl ssh-proxy %h %p)")
                .infer_long_args(true)
                .arg(Arg::new("host").required(true).value_name("ID"))
                .arg(
                    Arg::new("port")
                        .value_name("PORT")
                        .value_parser(clap::value_parser!(u16).range(1..))
                        .help("The port on the host (default: the inventory's port for it, else 22)"),
                ),
        );
    cmd = cmd.subcommand(
        Command::new("close-connections")
            .about("ssmctl: close the SSH masters kept open between runs now (as ssh -O exit)")
            .infer_long_args(true)
            .arg(Arg::new("instance-ids").long("instance-ids").num_args(1..).value_name("ID").help("Only these hosts")),
    );
    cmd.subcommand(
        Command::new("completion")
            .about("ssmctl: print the shell completion script for bash, zsh or fish")
            .arg(Arg::new("shell").required(true).value_parser(["bash", "zsh", "fish"])),
    )
}

fn global_args() -> Vec<Arg> {
    let mut args = vec![
        Arg::new(ids::OUTPUT)
            .long("output")
            .global(true)
            .value_name("FORMAT")
            .value_parser(["json", "yaml", "yaml-stream", "text", "table"])
            .help("Output format [env: SSMCTL_OUTPUT] (default json)"),
        Arg::new(ids::QUERY)
            .long("query")
            .global(true)
            .value_name("JMESPATH")
            .help("JMESPath query applied to the output"),
        Arg::new(ids::DB)
            .long("db")
            .global(true)
            .value_name("PATH")
            .help("State database [env: SSMCTL_DB] (default $XDG_STATE_HOME/ssmctl/state.db)"),
        Arg::new(ids::INVENTORY)
            .long("inventory")
            .global(true)
            .value_name("PATH")
            .help("Inventory file [env: SSMCTL_INVENTORY]"),
        Arg::new(ids::DEBUG)
            .long("debug")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Log to stderr [env: SSMCTL_LOG]"),
        Arg::new(ids::COLOR)
            .long("color")
            .global(true)
            .value_name("WHEN")
            .value_parser(["on", "off", "auto"])
            .help("Colour on stderr [env: NO_COLOR] (default auto)"),
    ];
    for name in IGNORED_WITH_VALUE {
        args.push(Arg::new(format!("ignored.{name}")).long(name).global(true).hide(true).value_name("VALUE"));
    }
    for name in IGNORED_FLAGS {
        args.push(Arg::new(format!("ignored.{name}")).long(name).global(true).hide(true).action(ArgAction::SetTrue));
    }
    args
}

fn operation_command(name: &str, paginator: Option<&crate::model::Paginator>) -> Command {
    let m = model();
    let op = &m.operations[name];
    let input = m.shape(&op.input);
    let mut cmd = Command::new(kebab(name))
        .about(about::about(name).map(String::from).unwrap_or_else(|| format!("AWS SSM {name}")))
        .infer_long_args(true)
        .next_line_help(false);
    for (member, r) in &input.members {
        let shape = m.shape(&r.shape);
        let long = kebab(member);
        // AWS CLI hides the raw paging members of paginated operations behind its own options.
        let hidden = paginator.is_some_and(|p| member == &p.input_token || member == &p.limit_key);
        let required = input.required.contains(member);
        let help = member_help(&r.shape, shape, required);
        cmd = cmd.arg(member_arg(member, &long, shape).help(help.clone()).hide(hidden));
        if shape.kind == "boolean" {
            cmd = cmd.arg(
                Arg::new(format!("{}{member}", ids::NO_PREFIX))
                    .long(format!("no-{long}"))
                    .action(ArgAction::SetTrue)
                    .conflicts_with(member.as_str())
                    .hide(hidden)
                    .help(format!("Sets {member} to false")),
            );
        }
    }
    if name == "StartAutomationExecution" {
        cmd = cmd.arg(
            Arg::new(ids::DRY_RUN)
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help("ssmctl: walk the runbook with these parameters and say which steps would run; run nothing"),
        );
    }
    cmd = cmd
        .arg(
            Arg::new(ids::CLI_INPUT_JSON)
                .long("cli-input-json")
                .value_name("JSON")
                .help("Request as JSON (or file://)"),
        )
        .arg(
            Arg::new(ids::CLI_INPUT_YAML)
                .long("cli-input-yaml")
                .value_name("YAML")
                .conflicts_with(ids::CLI_INPUT_JSON)
                .help("Request as YAML (or file://)"),
        )
        .arg(
            Arg::new(ids::SKELETON)
                .long("generate-cli-skeleton")
                .value_name("KIND")
                .num_args(0..=1)
                .default_missing_value("input")
                .value_parser(["input", "yaml-input", "output"])
                .help("Print a request skeleton (input, yaml-input) or a sample output and exit"),
        );
    if paginator.is_some() {
        cmd = cmd
            .arg(
                Arg::new(ids::STARTING_TOKEN)
                    .long("starting-token")
                    .value_name("TOKEN")
                    .help("Token from a previous NextToken"),
            )
            .arg(
                Arg::new(ids::PAGE_SIZE)
                    .long("page-size")
                    .value_name("N")
                    .value_parser(clap::value_parser!(i64).range(1..))
                    .help("Items fetched per call"),
            )
            .arg(
                Arg::new(ids::MAX_ITEMS)
                    .long("max-items")
                    .value_name("N")
                    .value_parser(clap::value_parser!(i64).range(1..))
                    .help("Total items to return; a NextToken is printed when more remain"),
            )
            .arg(
                Arg::new(ids::NO_PAGINATE)
                    .long("no-paginate")
                    .action(ArgAction::SetTrue)
                    .help("Make one call only and print its NextToken"),
            );
    }
    cmd
}

fn member_arg(member: &str, long: &str, shape: &Shape) -> Arg {
    let arg = Arg::new(member.to_string()).long(long.to_string());
    match shape.kind.as_str() {
        "boolean" => arg.action(ArgAction::SetTrue),
        // As the AWS CLI's argparse: a value that starts with `-` is written `--flag=-value`.
        "list" => arg.num_args(1..).action(ArgAction::Append).value_name("VALUE"),
        _ => arg.value_name("VALUE"),
    }
}

fn member_help(shape_name: &str, shape: &Shape, required: bool) -> String {
    let mut help = match shape.kind.as_str() {
        "structure" => format!("{shape_name} (shorthand or JSON)"),
        "list" => {
            let elem = model().shape(shape.member.as_ref().map(|m| m.shape.as_str()).unwrap_or("String"));
            if elem.kind == "structure" {
                format!("{shape_name}: one or more (shorthand or JSON)")
            } else {
                format!("{shape_name}: one or more values")
            }
        }
        "map" => format!("{shape_name} (shorthand or JSON)"),
        k => k.to_string(),
    };
    if let Some(values) = &shape.enum_values {
        let shown: Vec<&str> = values.iter().map(String::as_str).take(8).collect();
        help.push_str(&format!(" [{}{}]", shown.join(", "), if values.len() > 8 { ", …" } else { "" }));
    }
    if required {
        help.push_str(" (required)");
    }
    help
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subcommand with every flag (and whether it takes values, is required or
    /// hidden), one per line: a surface change shows up in review as a diff of
    /// tests/surface.txt. `SSMCTL_OVERWRITE=1 cargo test surface` rewrites it.
    fn surface() -> String {
        let mut out = String::new();
        let mut root = command();
        root.build();
        let line = |a: &Arg| {
            let long = a.get_long().map(|l| format!("--{l}")).unwrap_or_else(|| a.get_id().to_string());
            let takes = match a.get_num_args() {
                Some(r) if r.max_values() > 1 => " <VALUE>...",
                Some(r) if r.takes_values() => " <VALUE>",
                _ => "",
            };
            let choices: Vec<String> = a.get_possible_values().iter().map(|p| p.get_name().to_string()).collect();
            let choices = if choices.is_empty() { String::new() } else { format!(" [{}]", choices.join("|")) };
            let flags = [(a.is_global_set(), " global"), (a.is_hide_set(), " hidden")]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, s)| *s)
                .collect::<String>();
            format!("  {long}{takes}{choices}{flags}\n")
        };
        out.push_str("ssmctl\n");
        for a in root.get_arguments() {
            out.push_str(&line(a));
        }
        for sub in root.get_subcommands() {
            out.push_str(&format!("{}\n", sub.get_name()));
            // Globals are listed once, under ssmctl.
            for a in sub.get_arguments().filter(|a| !a.is_global_set()) {
                out.push_str(&line(a));
            }
            for sub2 in sub.get_subcommands() {
                out.push_str(&format!("{} {}\n", sub.get_name(), sub2.get_name()));
                for a in sub2.get_arguments().filter(|a| !a.is_global_set()) {
                    out.push_str(&line(a));
                }
            }
        }
        out
    }

    #[test]
    fn surface_snapshot_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/surface.txt");
        let now = surface();
        if std::env::var_os("SSMCTL_OVERWRITE").is_some() {
            std::fs::write(path, &now).unwrap();
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(now == on_disk, "the command surface changed; review and rewrite {path} with SSMCTL_OVERWRITE=1");
    }

    #[test]
    fn every_input_member_has_its_flag() {
        let root = command();
        for (name, op) in &model().operations {
            let sub = root.find_subcommand(kebab(name)).unwrap_or_else(|| panic!("{name} has no subcommand"));
            for member in model().shape(&op.input).members.keys() {
                let long = kebab(member);
                assert!(sub.get_arguments().any(|a| a.get_long() == Some(long.as_str())), "{name}: --{long}");
            }
        }
    }

    #[test]
    fn every_operation_has_help() {
        for name in model().operations.keys() {
            assert!(about::about(name).is_some(), "{name} has no about line in src/cli/about.rs");
        }
    }

    #[test]
    fn the_command_tree_is_consistent() {
        command().debug_assert();
    }
}
