//! The command surface, built from the service model: one subcommand per operation, one
//! flag per input member (kebab-case), plus the AWS CLI's global and paging options and
//! ssmctl's own commands. Nothing here runs an operation.

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
    let mut cmd =
        Command::new(kebab(name)).about(format!("AWS SSM {name}")).infer_long_args(true).next_line_help(false);
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
