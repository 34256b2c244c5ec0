//! Session documents (DocumentType Session, schema 1.0): checked when stored, and resolved
//! into what a session runs when one starts. Standard_Stream documents hold preferences
//! (SSM-SessionManagerRunShell); InteractiveCommands and NonInteractiveCommands run one
//! command; Port documents forward ports.

use super::params::{self, Reference};
use super::{INVALID_CONTENT, ParamDecl, ParsedDocument, content_error as err};
use crate::error::{Error, Result};
use indexmap::IndexMap;
use serde_json::{Map, Value};

const TOP_KEYS: [&str; 6] = ["schemaVersion", "description", "sessionType", "inputs", "parameters", "properties"];
const TYPES: [&str; 4] = ["Standard_Stream", "InteractiveCommands", "NonInteractiveCommands", "Port"];
/// AWS's preferences, then ssmctl's two (README "Session Manager"): `recordInput` and
/// `resumable`.
const INPUTS: [&str; 7] = [
    "idleSessionTimeout",
    "maxSessionDuration",
    "shellProfile",
    "runAsEnabled",
    "runAsDefaultUser",
    "recordInput",
    "resumable",
];
/// AWS's logging and encryption preferences: they would send the recording elsewhere, and
/// ssmctl keeps it on the controller. Empty or false values (what the console writes) pass.
const AWS_ONLY_INPUTS: [&str; 7] = [
    "s3BucketName",
    "s3KeyPrefix",
    "s3EncryptionEnabled",
    "cloudWatchLogGroupName",
    "cloudWatchEncryptionEnabled",
    "cloudWatchStreamingEnabled",
    "kmsKeyId",
];
const PLATFORMS: [&str; 3] = ["linux", "macos", "windows"];

/// Checks a Session document as create-document and update-document store it.
pub(crate) fn document(body: Value) -> Result<ParsedDocument> {
    let Value::Object(top) = &body else {
        return Err(Error::service(INVALID_CONTENT, "document content must be a mapping at the top level"));
    };
    if let Some(k) = top.keys().find(|k| !TOP_KEYS.contains(&k.as_str())) {
        return Err(err(k, format!("unknown top-level key for a Session document (allowed: {})", TOP_KEYS.join(", "))));
    }
    let version = match top.get("schemaVersion") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        None => return Err(err("schemaVersion", "required")),
        Some(_) => return Err(err("schemaVersion", "must be a string such as \"1.0\"")),
    };
    if version != "1.0" && version != "1" {
        return Err(Error::service(
            super::INVALID_SCHEMA_VERSION,
            format!("schemaVersion: \"{version}\" is not valid for Session documents (use 1.0)"),
        ));
    }
    let description = match top.get("description") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(err("description", "must be a string")),
    };
    let session_type = match top.get("sessionType") {
        Some(Value::String(s)) if TYPES.contains(&s.as_str()) => s.clone(),
        Some(v) => return Err(err("sessionType", format!("{v} is not one of {}", TYPES.join(", ")))),
        None => return Err(err("sessionType", format!("required: one of {}", TYPES.join(", ")))),
    };
    let parameters = params::parse_decls(top.get("parameters"))?;
    match top.get("inputs") {
        None => {}
        Some(_) if session_type != "Standard_Stream" => {
            return Err(err("inputs", "preferences belong in a Standard_Stream document"));
        }
        Some(Value::Object(inputs)) => {
            check_inputs(inputs)?;
        }
        Some(_) => return Err(err("inputs", "must be a mapping")),
    }
    match (session_type.as_str(), top.get("properties")) {
        ("Standard_Stream", None) => {}
        ("Standard_Stream", Some(_)) => return Err(err("properties", "a Standard_Stream document has no properties")),
        (_, None) => return Err(err("properties", format!("required for a {session_type} document"))),
        (_, Some(Value::Object(p))) => check_properties(&session_type, p, &parameters)?,
        (_, Some(_)) => return Err(err("properties", "must be a mapping")),
    }
    Ok(ParsedDocument {
        schema_version: "1.0".into(),
        description,
        parameters,
        steps: vec![],
        platform_types: vec!["Windows".into(), "Linux".into(), "MacOS".into()],
        body,
    })
}

fn minutes(v: &Value, key: &str, max: u32) -> Result<Option<u32>> {
    let text = match v {
        Value::String(s) if s.trim().is_empty() => return Ok(None),
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return Err(err(&format!("inputs.{key}"), "must be a number of minutes")),
    };
    match text.parse::<u32>() {
        Ok(m) if (1..=max).contains(&m) => Ok(Some(m)),
        _ => Err(err(&format!("inputs.{key}"), format!("{text} is not a number of minutes from 1 to {max}"))),
    }
}

fn check_inputs(inputs: &Map<String, Value>) -> Result<()> {
    for (k, v) in inputs {
        if AWS_ONLY_INPUTS.contains(&k.as_str()) {
            let empty = matches!(v, Value::Null | Value::Bool(false)) || v.as_str().is_some_and(|s| s.is_empty());
            if !empty {
                return Err(err(
                    &format!("inputs.{k}"),
                    "is AWS's logging or encryption setting: ssmctl records every session on the controller \
                     (sessions/ beside the state database) and SSH encrypts it; leave it out",
                ));
            }
        } else if !INPUTS.contains(&k.as_str()) {
            return Err(err(&format!("inputs.{k}"), format!("unknown preference (known: {})", INPUTS.join(", "))));
        }
    }
    if let Some(v) = inputs.get("idleSessionTimeout") {
        minutes(v, "idleSessionTimeout", 60)?;
    }
    if let Some(v) = inputs.get("maxSessionDuration") {
        minutes(v, "maxSessionDuration", 1440)?;
    }
    for key in ["runAsEnabled", "recordInput", "resumable"] {
        if inputs.get(key).is_some_and(|v| !v.is_boolean()) {
            return Err(err(&format!("inputs.{key}"), "must be true or false"));
        }
    }
    if let Some(u) = inputs.get("runAsDefaultUser") {
        let ok = u.as_str().is_some_and(|s| {
            s.is_empty()
                || (s.len() <= 32
                    && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
                    && !s.starts_with('-'))
        });
        if !ok {
            return Err(err("inputs.runAsDefaultUser", "must be a user name (letters, digits, _ - .)"));
        }
    }
    match inputs.get("shellProfile") {
        None => {}
        Some(Value::Object(p)) => {
            for (k, v) in p {
                if !PLATFORMS.contains(&k.as_str()) || !v.is_string() {
                    return Err(err(&format!("inputs.shellProfile.{k}"), "must be linux, macos or windows: a string"));
                }
            }
        }
        Some(_) => return Err(err("inputs.shellProfile", "must be a mapping of linux/windows to commands")),
    }
    Ok(())
}

fn check_refs(path: &str, text: &str, declared: &[ParamDecl]) -> Result<()> {
    for r in params::references(text) {
        match r {
            Reference::Parameter(name) if !declared.iter().any(|d| d.name == name) => {
                return Err(err(path, format!("{{{{ {name} }}}} is not a declared parameter")));
            }
            Reference::SsmSecure(_) => {
                return Err(err(path, "SecureString references are not allowed in a Session document"));
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_properties(session_type: &str, p: &Map<String, Value>, declared: &[ParamDecl]) -> Result<()> {
    if session_type == "Port" {
        for (k, v) in p {
            if !["portNumber", "localPortNumber", "host", "type"].contains(&k.as_str()) {
                return Err(err(&format!("properties.{k}"), "unknown (portNumber, localPortNumber, host, type)"));
            }
            let Some(s) = v.as_str() else { return Err(err(&format!("properties.{k}"), "must be a string")) };
            check_refs(&format!("properties.{k}"), s, declared)?;
        }
        if !p.contains_key("portNumber") {
            return Err(err("properties.portNumber", "required for a Port document"));
        }
        return Ok(());
    }
    let mut any = false;
    for (k, v) in p {
        if !PLATFORMS.contains(&k.as_str()) {
            return Err(err(&format!("properties.{k}"), "must be linux, macos or windows"));
        }
        let Value::Object(o) = v else { return Err(err(&format!("properties.{k}"), "must be a mapping")) };
        for (key, val) in o {
            match (key.as_str(), val) {
                ("commands", Value::String(s)) => {
                    check_refs(&format!("properties.{k}.commands"), s, declared)?;
                    any |= k != "windows";
                }
                ("runAsElevated", Value::Bool(_)) => {}
                _ => {
                    return Err(err(
                        &format!("properties.{k}.{key}"),
                        "unknown or mistyped (commands: a string, runAsElevated: a boolean)",
                    ));
                }
            }
        }
    }
    if !any {
        return Err(err("properties.linux.commands", "required: the command the document runs"));
    }
    Ok(())
}

// ------------------------------------------------------------------ resolving

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    Shell,
    Interactive,
    NonInteractive,
    Port,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Preferences {
    pub idle_timeout_minutes: u32,
    pub max_duration_minutes: Option<u32>,
    pub shell_profile: Option<String>,
    pub run_as: Option<String>,
    /// Keystrokes as `i` events, never while the host's terminal has echo off.
    pub record_input: bool,
    /// A shell runs inside tmux on a host that has it, so that resume-session can
    /// reattach it after a dropped connection.
    pub resumable: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Forward {
    /// 0: any free port.
    pub local_port: u16,
    /// None: the target itself (its loopback).
    pub host: Option<String>,
    pub port: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SessionPlan {
    pub kind: SessionKind,
    pub command: Option<String>,
    pub run_as_elevated: bool,
    pub forwards: Vec<Forward>,
    /// AWS-StartSSHSession: stdin and stdout are the tunnel.
    pub ssh: bool,
}

/// Preferences from a Standard_Stream body; a document of another type has AWS's defaults.
pub fn preferences(body: &Value) -> Result<Preferences> {
    let empty = Map::new();
    let inputs = body.get("inputs").and_then(Value::as_object).unwrap_or(&empty);
    let idle = match inputs.get("idleSessionTimeout") {
        Some(v) => minutes(v, "idleSessionTimeout", 60)?.unwrap_or(20),
        None => 20,
    };
    let max = match inputs.get("maxSessionDuration") {
        Some(v) => minutes(v, "maxSessionDuration", 1440)?,
        None => None,
    };
    let profile = inputs
        .get("shellProfile")
        .and_then(|p| p.get("linux"))
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(String::from);
    let run_as = (inputs.get("runAsEnabled") == Some(&Value::Bool(true)))
        .then(|| inputs.get("runAsDefaultUser").and_then(Value::as_str).filter(|s| !s.is_empty()).unwrap_or("ssm-user"))
        .map(String::from);
    Ok(Preferences {
        idle_timeout_minutes: idle,
        max_duration_minutes: max,
        shell_profile: profile,
        run_as,
        record_input: inputs.get("recordInput") == Some(&Value::Bool(true)),
        resumable: inputs.get("resumable") != Some(&Value::Bool(false)),
    })
}

fn invalid(msg: impl Into<String>) -> Error {
    Error::service("InvalidDocument", msg)
}

/// The values of every declared parameter, checked: unknown names, missing required ones,
/// types, allowedValues and allowedPattern. Port documents take several values of a
/// String parameter (one forward each), each checked on its own.
fn values(
    decls: &[ParamDecl],
    given: &IndexMap<String, Vec<String>>,
    many: bool,
) -> Result<IndexMap<String, Vec<String>>> {
    if let Some(k) = given.keys().find(|k| !decls.iter().any(|d| &d.name == *k)) {
        let known: Vec<&str> = decls.iter().map(|d| d.name.as_str()).collect();
        return Err(invalid(format!(
            "Parameter {k} is not a parameter of this document (its parameters: {})",
            if known.is_empty() { "none".to_string() } else { known.join(", ") }
        )));
    }
    let mut out = IndexMap::new();
    for d in decls {
        let vals: Vec<String> = match given.get(&d.name) {
            Some(v) => v.clone(),
            None => match &d.default {
                Some(Value::String(s)) => vec![s.clone()],
                Some(Value::Array(a)) => {
                    a.iter().map(|v| v.as_str().map(String::from).unwrap_or(v.to_string())).collect()
                }
                Some(v) => vec![v.to_string()],
                None => return Err(invalid(format!("Parameter {} is required", d.name))),
            },
        };
        let groups: Vec<Vec<String>> = if many && d.type_ == "String" {
            vals.iter().map(|v| vec![v.clone()]).collect()
        } else {
            vec![vals.clone()]
        };
        for g in groups {
            let typed = d.value_from_api(&g).map_err(|m| invalid(format!("Parameter {}: {m}", d.name)))?;
            d.check_value(&typed).map_err(|m| invalid(format!("Parameter {}: {m}", d.name)))?;
        }
        out.insert(d.name.clone(), vals);
    }
    Ok(out)
}

/// Renders a document command: a command that is one reference is that value (the
/// document's purpose is to run what it is given); otherwise each reference becomes a
/// quoted shell variable set before the command, so no value is ever parsed by the shell.
fn render(template: &str, vals: &IndexMap<String, Vec<String>>) -> String {
    let b = params::braces(template);
    if let [one] = b.as_slice()
        && one.start == 0
        && one.end == template.len()
        && let Some(Reference::Parameter(name)) = params::classify(one.inner)
    {
        return vals.get(&name).map(|v| v.join(" ")).unwrap_or_default();
    }
    let mut body = String::new();
    let mut prefix = String::new();
    let mut at = 0;
    for x in b {
        if let Some(Reference::Parameter(name)) = params::classify(x.inner) {
            body.push_str(&template[at..x.start]);
            let var = format!(
                "SSM_{}",
                name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect::<String>()
            );
            body.push_str(&format!("\"${var}\""));
            let value = vals.get(&name).map(|v| v.join(",")).unwrap_or_default();
            let assign = format!("{var}='{}'; ", value.replace('\'', "'\\''"));
            if !prefix.contains(&assign) {
                prefix.push_str(&assign);
            }
            at = x.end;
        }
    }
    body.push_str(&template[at..]);
    format!("{prefix}{body}")
}

fn port_of(text: &str, what: &str, allow_zero: bool) -> Result<u16> {
    match text.trim().parse::<u16>() {
        Ok(p) if p > 0 || allow_zero => Ok(p),
        _ => Err(invalid(format!("{what} {text} is not a port number (1 to 65535)"))),
    }
}

/// What a session of this document runs, with the StartSession Parameters.
pub fn plan(name: &str, body: &Value, given: &IndexMap<String, Vec<String>>) -> Result<SessionPlan> {
    let decls = params::parse_decls(body.get("parameters"))?;
    let session_type = body.get("sessionType").and_then(Value::as_str).unwrap_or("Standard_Stream");
    let vals = values(&decls, given, session_type == "Port")?;
    let props = body.get("properties").cloned().unwrap_or(Value::Null);
    let mut plan = SessionPlan {
        kind: SessionKind::Shell,
        command: None,
        run_as_elevated: false,
        forwards: vec![],
        ssh: name == "AWS-StartSSHSession",
    };
    match session_type {
        "Standard_Stream" => {}
        "InteractiveCommands" | "NonInteractiveCommands" => {
            plan.kind = if session_type == "InteractiveCommands" {
                SessionKind::Interactive
            } else {
                SessionKind::NonInteractive
            };
            let platform = props.get("linux").or_else(|| props.get("macos")).cloned().unwrap_or(Value::Null);
            let template = platform.get("commands").and_then(Value::as_str).unwrap_or_default();
            plan.command = Some(render(template, &vals));
            plan.run_as_elevated = platform.get("runAsElevated") == Some(&Value::Bool(true));
        }
        _ => {
            plan.kind = SessionKind::Port;
            // A property is a literal or one reference, whose values (several: several forwards) it takes.
            let list = |key: &str| -> Vec<String> {
                let Some(text) = props.get(key).and_then(Value::as_str) else { return vec![] };
                match params::references(text).as_slice() {
                    [Reference::Parameter(p)] if text.trim().starts_with("{{") && text.trim().ends_with("}}") => {
                        vals.get(p).cloned().unwrap_or_default()
                    }
                    _ => vec![text.to_string()],
                }
            };
            let (ports, locals, hosts) = (list("portNumber"), list("localPortNumber"), list("host"));
            let n = ports.len().max(locals.len()).max(hosts.len()).max(1);
            for (what, l) in [("portNumber", &ports), ("localPortNumber", &locals), ("host", &hosts)] {
                if l.len() > 1 && l.len() != n {
                    return Err(invalid(format!(
                        "{what} has {} values but another port parameter has {n}: several forwards pair their values in order",
                        l.len()
                    )));
                }
            }
            let pick = |l: &Vec<String>, i: usize| l.get(i).or_else(|| l.first()).cloned();
            for i in 0..n {
                let port = port_of(&pick(&ports, i).unwrap_or_else(|| "80".into()), "portNumber", false)?;
                let local = port_of(&pick(&locals, i).unwrap_or_else(|| "0".into()), "localPortNumber", true)?;
                let host = pick(&hosts, i).filter(|h| !h.is_empty());
                if let Some(h) = &host
                    && (h.starts_with('-') || h.chars().any(|c| c.is_whitespace() || c.is_control()))
                {
                    return Err(invalid(format!("host {h} is not a host name or address")));
                }
                plan.forwards.push(Forward { local_port: local, host, port });
            }
            let mut seen = std::collections::HashSet::new();
            if let Some(f) = plan.forwards.iter().find(|f| f.local_port != 0 && !seen.insert(f.local_port)) {
                return Err(invalid(format!("localPortNumber {} is given twice", f.local_port)));
            }
        }
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::builtin;
    use serde_json::json;

    fn body(name: &str) -> Value {
        serde_json::from_str(builtin::builtin(name).unwrap().content).unwrap()
    }

    fn given(pairs: &[(&str, &[&str])]) -> IndexMap<String, Vec<String>> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect()
    }

    #[test]
    fn every_builtin_session_document_validates() {
        for b in builtin::builtins().iter().filter(|b| b.document_type == "Session") {
            document(serde_json::from_str(b.content).unwrap()).unwrap_or_else(|e| panic!("{}: {e:?}", b.name));
        }
    }

    #[test]
    fn plans_of_the_builtins() {
        let p = plan(
            "AWS-StartNonInteractiveCommand",
            &body("AWS-StartNonInteractiveCommand"),
            &given(&[("command", &["ls -l | wc -l"])]),
        )
        .unwrap();
        assert_eq!(p.kind, SessionKind::NonInteractive);
        assert_eq!(p.command.as_deref(), Some("ls -l | wc -l"));
        let p = plan("AWS-StartPortForwardingSession", &body("AWS-StartPortForwardingSession"), &given(&[])).unwrap();
        assert_eq!(p.forwards, vec![Forward { local_port: 0, host: None, port: 80 }]);
        let p = plan(
            "AWS-StartPortForwardingSession",
            &body("AWS-StartPortForwardingSession"),
            &given(&[("portNumber", &["80", "5432"]), ("localPortNumber", &["8080", "15432"])]),
        )
        .unwrap();
        assert_eq!(p.forwards.len(), 2);
        assert_eq!(p.forwards[1], Forward { local_port: 15432, host: None, port: 5432 });
        let p = plan(
            "AWS-StartPortForwardingSessionToRemoteHost",
            &body("AWS-StartPortForwardingSessionToRemoteHost"),
            &given(&[("host", &["db.internal"]), ("portNumber", &["5432"])]),
        )
        .unwrap();
        assert_eq!(p.forwards, vec![Forward { local_port: 0, host: Some("db.internal".into()), port: 5432 }]);
        let p = plan("AWS-StartSSHSession", &body("AWS-StartSSHSession"), &given(&[])).unwrap();
        assert!(p.ssh && p.forwards[0].port == 22);
        let p = plan("SSM-SessionManagerRunShell", &body("SSM-SessionManagerRunShell"), &given(&[])).unwrap();
        assert_eq!(p.kind, SessionKind::Shell);
        let prefs = preferences(&body("SSM-SessionManagerRunShell")).unwrap();
        assert_eq!(
            prefs,
            Preferences {
                idle_timeout_minutes: 20,
                max_duration_minutes: None,
                shell_profile: None,
                run_as: None,
                record_input: false,
                resumable: true
            }
        );
    }

    #[test]
    fn parameter_mistakes_are_refused() {
        let b = body("AWS-StartPortForwardingSession");
        for bad in [
            given(&[("nope", &["1"])]),
            given(&[("portNumber", &["0"])]),
            given(&[("portNumber", &["99999"])]),
            given(&[("portNumber", &["80", "81"]), ("localPortNumber", &["1", "2", "3"])]),
            given(&[("portNumber", &["80", "81"]), ("localPortNumber", &["9000", "9000"])]),
        ] {
            assert!(plan("AWS-StartPortForwardingSession", &b, &bad).is_err(), "{bad:?}");
        }
        let b = body("AWS-StartInteractiveCommand");
        assert!(plan("AWS-StartInteractiveCommand", &b, &given(&[])).is_err(), "command is required");
    }

    #[test]
    fn values_never_reach_the_shell_as_code() {
        let doc = json!({"schemaVersion": "1.0", "sessionType": "InteractiveCommands",
            "parameters": {"f": {"type": "String"}},
            "properties": {"linux": {"commands": "tail -f {{ f }} {{f}}"}}});
        document(doc.clone()).unwrap();
        let p = plan("x", &doc, &given(&[("f", &["a'; rm -rf / #"])])).unwrap();
        assert_eq!(p.command.as_deref(), Some("SSM_f='a'\\''; rm -rf / #'; tail -f \"$SSM_f\" \"$SSM_f\""));
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(p.command.unwrap().replace("tail -f", "printf '%s|'"))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), "a'; rm -rf / #|a'; rm -rf / #|");
    }

    #[test]
    fn documents_are_checked() {
        let ok = json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream",
            "inputs": {"idleSessionTimeout": "5", "maxSessionDuration": 90, "runAsEnabled": true, "runAsDefaultUser": "ops",
                       "shellProfile": {"linux": "cd /srv"}, "s3BucketName": "", "cloudWatchStreamingEnabled": false,
                       "recordInput": true, "resumable": false}});
        document(ok.clone()).unwrap();
        let p = preferences(&ok).unwrap();
        assert_eq!(
            p,
            Preferences {
                idle_timeout_minutes: 5,
                max_duration_minutes: Some(90),
                shell_profile: Some("cd /srv".into()),
                run_as: Some("ops".into()),
                record_input: true,
                resumable: false
            }
        );
        for bad in [
            json!({"schemaVersion": "2.2", "sessionType": "Standard_Stream"}),
            json!({"schemaVersion": "1.0"}),
            json!({"schemaVersion": "1.0", "sessionType": "Bogus"}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"idleSessionTimeout": "61"}}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"maxSessionDuration": "0"}}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"s3BucketName": "logs"}}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"kmsKeyId": "k"}}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"colour": "red"}}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"runAsDefaultUser": "-x"}}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"recordInput": "yes"}}),
            json!({"schemaVersion": "1.0", "sessionType": "InteractiveCommands", "properties": {"linux": {"commands": "cat {{ x }}"}}}),
            json!({"schemaVersion": "1.0", "sessionType": "InteractiveCommands"}),
            json!({"schemaVersion": "1.0", "sessionType": "Port", "properties": {"type": "LocalPortForwarding"}}),
            json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "mainSteps": []}),
        ] {
            assert!(document(bad.clone()).is_err(), "{bad}");
        }
    }
}
