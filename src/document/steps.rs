//! Steps: schema 2.x/0.3 `mainSteps`, schema 1.2 `runtimeConfig`, the shell plugins' inputs
//! and 2.2 preconditions.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::validate::{DocKind, Schema};
use super::{Step, content_error as err};
use crate::error::Result;

/// The plugins ssmctl runs (SPEC §9, §17), with the platforms AWS lists for documents using them.
/// The shell plugins run on the host; the others are implemented by ssmctl itself.
pub(super) const RUN_PLUGINS: &[(&str, &[&str])] = &[
    ("aws:runShellScript", &["Linux", "MacOS"]),
    ("aws:runPowerShellScript", &["Windows", "Linux", "MacOS"]),
    ("aws:updateSsmAgent", &["Windows", "Linux", "MacOS"]),
    ("aws:runDocument", &["Windows", "Linux", "MacOS"]),
    ("aws:refreshAssociation", &["Windows", "Linux", "MacOS"]),
    ("aws:softwareInventory", &["Linux", "MacOS"]),
    ("aws:runPatchBaseline", &["Linux"]),
];

/// AWS Command plugins ssmctl does not run; named so the message can say "not supported"
/// rather than "unknown".
const OTHER_AWS_PLUGINS: &[&str] = &[
    "aws:applications",
    "aws:cloudWatch",
    "aws:configureDocker",
    "aws:configurePackage",
    "aws:domainJoin",
    "aws:downloadContent",
    "aws:psModule",
    "aws:runDockerAction",
    "aws:updateAgent",
];

/// AWS's Automation actions. Automation documents are stored and described, never run here.
const AUTOMATION_ACTIONS: &[&str] = &[
    "aws:approve",
    "aws:assertAwsResourceProperty",
    "aws:branch",
    "aws:changeInstanceState",
    "aws:copyImage",
    "aws:createImage",
    "aws:createStack",
    "aws:createTags",
    "aws:deleteImage",
    "aws:deleteStack",
    "aws:executeAutomation",
    "aws:executeAwsApi",
    "aws:executeScript",
    "aws:executeStateMachine",
    "aws:invokeLambdaFunction",
    "aws:invokeWebhook",
    "aws:loop",
    "aws:pause",
    "aws:runCommand",
    "aws:runInstances",
    "aws:sleep",
    "aws:updateVariable",
    "aws:waitForAwsResourceProperty",
];

pub(super) const PLATFORMS: [&str; 3] = ["Windows", "Linux", "MacOS"];

/// AWS's limit on a command plugin's timeoutSeconds (48 hours).
const MAX_TIMEOUT_SECONDS: u64 = 172_800;

/// A step and where it sits in the document, for messages.
pub(super) struct Located {
    pub(super) inputs_path: String,
    pub(super) step: Step,
}

/// Schema 1.2: `runtimeConfig: {plugin: {properties: [entry, ...] | entry}}`. Each entry becomes
/// a step named after its plugin (as AWS names 1.2 plugin results); when a plugin has several
/// entries, each is named by its `id`, or `<index>.<plugin>`.
pub(super) fn runtime_config(top: &Map<String, Value>) -> Result<Vec<Located>> {
    let config = match top.get("runtimeConfig") {
        None => return Err(err("runtimeConfig", "required for schemaVersion 1.2")),
        Some(Value::Object(m)) if !m.is_empty() => m,
        Some(_) => {
            return Err(err("runtimeConfig", "must be a non-empty mapping of plugin name to its configuration"));
        }
    };
    let mut steps = Vec::new();
    let mut names = HashSet::new();
    for (plugin, plugin_config) in config {
        let path = format!("runtimeConfig.{plugin}");
        check_plugin(plugin, &path, None)?;
        let Value::Object(plugin_config) = plugin_config else {
            return Err(err(&path, "must be a mapping with a properties key"));
        };
        if let Some(key) = plugin_config.keys().find(|k| k.as_str() != "properties") {
            return Err(err(&format!("{path}.{key}"), "unknown key (allowed: properties)"));
        }
        let entries: Vec<(String, &Value)> = match plugin_config.get("properties") {
            None => return Err(err(&format!("{path}.properties"), "required")),
            Some(Value::Array(list)) if !list.is_empty() => {
                list.iter().enumerate().map(|(i, v)| (format!("{path}.properties[{i}]"), v)).collect()
            }
            Some(entry @ Value::Object(_)) => vec![(format!("{path}.properties"), entry)],
            Some(_) => {
                return Err(err(&format!("{path}.properties"), "must be a mapping or a non-empty list of mappings"));
            }
        };
        let several = entries.len() > 1;
        for (i, (entry_path, entry)) in entries.into_iter().enumerate() {
            let name = match entry.get("id").and_then(Value::as_str) {
                Some(id) if several => id.to_string(),
                _ if several => format!("{i}.{plugin}"),
                _ => plugin.clone(),
            };
            if !names.insert(name.clone()) {
                return Err(err(&entry_path, format!("duplicate step id \"{name}\"")));
            }
            check_inputs(plugin, Some(entry), &entry_path, &name, true)?;
            steps.push(Located {
                inputs_path: entry_path,
                step: Step { name, action: plugin.clone(), inputs: entry.clone(), precondition: None },
            });
        }
    }
    Ok(steps)
}

pub(super) fn main_steps(top: &Map<String, Value>, schema: Schema) -> Result<Vec<Located>> {
    let list = match top.get("mainSteps") {
        None => {
            return Err(err("mainSteps", format!("required for schemaVersion {}", schema.as_str())));
        }
        Some(Value::Array(list)) if !list.is_empty() => list,
        Some(_) => return Err(err("mainSteps", "must be a non-empty list of steps")),
    };
    let kind = schema.kind();
    let mut names = HashSet::new();
    let mut steps = Vec::with_capacity(list.len());
    for (i, raw) in list.iter().enumerate() {
        let path = format!("mainSteps[{i}]");
        let Value::Object(m) = raw else {
            return Err(err(&path, "each step must be a mapping"));
        };
        // Command steps are run here, so every key must mean something to us. Automation steps
        // are only stored and carry many action-specific options (onFailure, nextStep, ...);
        // AWS's own schema leaves them open too.
        if kind == DocKind::Command {
            let allowed: &[&str] = if schema == Schema::V2_2 {
                &["action", "name", "inputs", "precondition"]
            } else {
                &["action", "name", "inputs"]
            };
            if let Some(key) = m.keys().find(|k| !allowed.contains(&k.as_str())) {
                let msg = if key == "precondition" {
                    "only supported in schemaVersion 2.2 documents".to_string()
                } else {
                    format!("unknown key (allowed: {})", allowed.join(", "))
                };
                return Err(err(&format!("{path}.{key}"), msg));
            }
        }
        let name = required_str(m, "name", &path)?;
        if !is_step_name(name) {
            return Err(err(&format!("{path}.name"), format!("\"{name}\" must be 1-128 letters, digits, _, - or .")));
        }
        if !names.insert(name) {
            return Err(err(&format!("{path}.name"), format!("duplicate step name \"{name}\"")));
        }
        let action = required_str(m, "action", &path)?;
        let inputs_path = format!("{path}.inputs");
        let inputs = match kind {
            DocKind::Command => {
                check_plugin(action, &format!("{path}.action"), Some(name))?;
                check_inputs(action, m.get("inputs"), &inputs_path, name, false)?;
                m.get("inputs").cloned().unwrap_or_default()
            }
            DocKind::Automation => {
                if !AUTOMATION_ACTIONS.contains(&action) {
                    return Err(err(
                        &format!("{path}.action"),
                        format!("unknown action \"{action}\" in step \"{name}\""),
                    ));
                }
                match m.get("inputs") {
                    None => Value::Object(Map::new()),
                    Some(v @ Value::Object(_)) => v.clone(),
                    Some(_) => return Err(err(&inputs_path, "must be a mapping")),
                }
            }
            // Session documents have no steps (document/session.rs checks them).
            DocKind::Session => return Err(err(&path, "Session documents have no mainSteps")),
        };
        let precondition = match m.get("precondition") {
            Some(p) if kind == DocKind::Command => {
                check_precondition(p, &format!("{path}.precondition"))?;
                Some(p.clone())
            }
            _ => None,
        };
        steps.push(Located {
            inputs_path,
            step: Step { name: name.to_string(), action: action.to_string(), inputs, precondition },
        });
    }
    Ok(steps)
}

fn required_str<'a>(m: &'a Map<String, Value>, key: &str, path: &str) -> Result<&'a str> {
    match m.get(key) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(err(&format!("{path}.{key}"), "must be a string")),
        None => Err(err(&format!("{path}.{key}"), "required")),
    }
}

fn is_step_name(s: &str) -> bool {
    (1..=128).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

fn check_plugin(action: &str, path: &str, step: Option<&str>) -> Result<()> {
    if RUN_PLUGINS.iter().any(|(p, _)| *p == action) {
        return Ok(());
    }
    let in_step = step.map(|s| format!(" in step \"{s}\"")).unwrap_or_default();
    let names: Vec<&str> = RUN_PLUGINS.iter().map(|(p, _)| *p).collect();
    let supported = format!("supported: {}", names.join(", "));
    let msg = if OTHER_AWS_PLUGINS.contains(&action) {
        format!("plugin \"{action}\"{in_step} is not supported by ssmctl ({supported})")
    } else {
        format!("unknown plugin \"{action}\"{in_step} ({supported})")
    };
    Err(err(path, msg))
}

fn check_inputs(plugin: &str, inputs: Option<&Value>, path: &str, step: &str, legacy: bool) -> Result<()> {
    let Some(Value::Object(m)) = inputs else {
        if matches!(plugin, "aws:runShellScript" | "aws:runPowerShellScript") {
            return Err(err(path, format!("step \"{step}\" needs a mapping with runCommand")));
        }
        return Err(err(path, format!("step \"{step}\" needs a mapping of {plugin}'s inputs")));
    };
    let flow: &[&str] = if legacy { &["id"] } else { &["onFailure", "onSuccess", "finallyStep", "timeoutSeconds"] };
    let (own, strings): (&[&str], &[&str]) = match plugin {
        "aws:updateSsmAgent" => (
            &["agentName", "source", "allowDowngrade", "targetVersion"],
            &["agentName", "source", "allowDowngrade", "targetVersion"],
        ),
        "aws:runDocument" => {
            (&["documentType", "documentPath", "documentParameters"], &["documentType", "documentPath"])
        }
        "aws:refreshAssociation" => (&["associationIds"], &[]),
        "aws:softwareInventory" => (INVENTORY_INPUTS, INVENTORY_INPUTS),
        "aws:runPatchBaseline" => (PATCH_INPUTS, PATCH_INPUTS),
        _ => return check_shell_inputs(inputs, path, step, legacy),
    };
    if let Some(key) = m.keys().find(|k| !own.contains(&k.as_str()) && !flow.contains(&k.as_str())) {
        let allowed: Vec<&str> = own.iter().chain(flow).copied().collect();
        return Err(err(&format!("{path}.{key}"), format!("unknown input (allowed: {})", allowed.join(", "))));
    }
    for key in strings.iter().chain(if legacy { &["id"][..] } else { &[][..] }) {
        if m.get(*key).is_some_and(|v| !v.is_string()) {
            return Err(err(&format!("{path}.{key}"), "must be a string"));
        }
    }
    match plugin {
        "aws:runDocument" => {
            if !m.get("documentPath").is_some_and(Value::is_string) {
                return Err(err(&format!("{path}.documentPath"), "required: the document to run"));
            }
            if m.get("documentParameters").is_some_and(|v| !v.is_string() && !v.is_object()) {
                return Err(err(&format!("{path}.documentParameters"), "must be a mapping or its JSON text"));
            }
        }
        "aws:refreshAssociation" => {
            let ok = match m.get("associationIds") {
                None | Some(Value::String(_)) => true,
                Some(Value::Array(ids)) => ids.iter().all(Value::is_string),
                _ => false,
            };
            if !ok {
                return Err(err(&format!("{path}.associationIds"), "must be a list of association IDs"));
            }
        }
        _ => {}
    }
    Ok(())
}

/// aws:runPatchBaseline's inputs (AWS-RunPatchBaseline's parameters).
const PATCH_INPUTS: &[&str] =
    &["Operation", "SnapshotId", "InstallOverrideList", "BaselineOverride", "RebootOption", "AssociationId"];

/// aws:softwareInventory's inputs, one per gatherer (AWS-GatherSoftwareInventory's parameters).
const INVENTORY_INPUTS: &[&str] = &[
    "applications",
    "awsComponents",
    "files",
    "networkConfig",
    "windowsUpdates",
    "instanceDetailedInformation",
    "services",
    "windowsRoles",
    "customInventory",
    "billingInfo",
    "windowsRegistry",
];

/// Inputs of aws:runShellScript / aws:runPowerShellScript. `legacy` is a schema 1.2 properties
/// entry, which has an `id` and none of 2.x's flow-control inputs.
fn check_shell_inputs(inputs: Option<&Value>, path: &str, step: &str, legacy: bool) -> Result<()> {
    let Some(Value::Object(m)) = inputs else {
        return Err(err(path, format!("step \"{step}\" needs a mapping with runCommand")));
    };
    let allowed: &[&str] = if legacy {
        &["id", "runCommand", "workingDirectory", "timeoutSeconds"]
    } else {
        &["runCommand", "workingDirectory", "timeoutSeconds", "onFailure", "onSuccess", "finallyStep"]
    };
    if let Some(key) = m.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(err(&format!("{path}.{key}"), format!("unknown input (allowed: {})", allowed.join(", "))));
    }
    let field = |key: &str| format!("{path}.{key}");
    match m.get("runCommand") {
        None => return Err(err(&field("runCommand"), "required")),
        // One string: a `{{ commands }}` reference or a single command line.
        Some(Value::String(_)) => {}
        Some(Value::Array(lines)) if lines.is_empty() => {
            return Err(err(&field("runCommand"), "must not be empty"));
        }
        Some(Value::Array(lines)) => {
            if let Some(i) = lines.iter().position(|l| !l.is_string()) {
                return Err(err(&format!("{path}.runCommand[{i}]"), "must be a string"));
            }
        }
        Some(_) => {
            return Err(err(&field("runCommand"), "must be a list of strings or a string"));
        }
    }
    for key in ["id", "workingDirectory"] {
        if m.get(key).is_some_and(|v| !v.is_string()) {
            return Err(err(&field(key), "must be a string"));
        }
    }
    if let Some(t) = m.get("timeoutSeconds") {
        let ok = match t {
            Value::Number(n) => n.as_u64().is_some_and(valid_timeout),
            // A reference (`{{ executionTimeout }}`) is checked by its parameter's pattern.
            Value::String(s) if s.contains("{{") => true,
            Value::String(s) => s.trim().parse::<u64>().is_ok_and(valid_timeout),
            _ => false,
        };
        if !ok {
            return Err(err(
                &field("timeoutSeconds"),
                format!("must be a number of seconds from 1 to {MAX_TIMEOUT_SECONDS}"),
            ));
        }
    }
    let one_of = |key: &str, allowed: &[&str]| match m.get(key) {
        None => Ok(()),
        Some(Value::String(s)) if allowed.contains(&s.as_str()) => Ok(()),
        Some(_) => Err(err(&field(key), format!("must be one of {}", allowed.join(", ")))),
    };
    one_of("onFailure", &["exit", "successAndExit"])?;
    one_of("onSuccess", &["exit"])?;
    if m.get("finallyStep").is_some_and(|v| !v.is_boolean()) {
        return Err(err(&field("finallyStep"), "must be true or false"));
    }
    Ok(())
}

fn valid_timeout(n: u64) -> bool {
    (1..=MAX_TIMEOUT_SECONDS).contains(&n)
}

/// Schema 2.2 preconditions: only `{"StringEquals": ["platformType", "<PlatformType>"]}`.
fn check_precondition(p: &Value, path: &str) -> Result<()> {
    let shape = || err(path, "must be {\"StringEquals\": [\"platformType\", \"Windows\" | \"Linux\" | \"MacOS\"]}");
    let Value::Object(m) = p else {
        return Err(shape());
    };
    if let Some(key) = m.keys().find(|k| k.as_str() != "StringEquals") {
        return Err(err(&format!("{path}.{key}"), "unknown operator (only StringEquals)"));
    }
    let Some(Value::Array(operands)) = m.get("StringEquals") else {
        return Err(shape());
    };
    let at = |i: usize| format!("{path}.StringEquals[{i}]");
    match operands.as_slice() {
        [Value::String(a), Value::String(b)] => {
            if a != "platformType" {
                Err(err(&at(0), format!("only platformType can be tested, found \"{a}\"")))
            } else if !PLATFORMS.contains(&b.as_str()) {
                Err(err(&at(1), format!("\"{b}\" is not a platform type (Windows, Linux, MacOS)")))
            } else {
                Ok(())
            }
        }
        _ => Err(shape()),
    }
}
