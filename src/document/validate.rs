//! The document as a whole: schema version, top-level keys, parameter references and the
//! platforms it runs on. Steps are checked in `steps.rs`.

use serde_json::{Map, Value};

use super::params::{self, Reference};
use super::steps::{self, Located, PLATFORMS, RUN_PLUGINS};
use super::{INVALID_CONTENT, INVALID_SCHEMA_VERSION, ParamDecl, ParsedDocument, content_error as err};
use crate::error::{Error, Result};

/// The document types ssmctl can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocKind {
    Command,
    Automation,
    Session,
}

impl DocKind {
    pub(crate) fn from_model(document_type: &str) -> Result<DocKind> {
        match document_type {
            "Command" => Ok(DocKind::Command),
            "Automation" => Ok(DocKind::Automation),
            "Session" => Ok(DocKind::Session),
            other => Err(Error::service(
                INVALID_CONTENT,
                format!("DocumentType \"{other}\" is not supported by ssmctl (Command, Automation or Session)"),
            )),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Schema {
    V1_2,
    V2_0,
    V2_2,
    V0_3,
}

impl Schema {
    fn from_text(s: &str) -> Option<Schema> {
        match s {
            "1.2" => Some(Schema::V1_2),
            "2.0" => Some(Schema::V2_0),
            "2.2" => Some(Schema::V2_2),
            "0.3" => Some(Schema::V0_3),
            _ => None,
        }
    }

    pub(super) fn as_str(self) -> &'static str {
        match self {
            Schema::V1_2 => "1.2",
            Schema::V2_0 => "2.0",
            Schema::V2_2 => "2.2",
            Schema::V0_3 => "0.3",
        }
    }

    pub(super) fn kind(self) -> DocKind {
        match self {
            Schema::V0_3 => DocKind::Automation,
            _ => DocKind::Command,
        }
    }

    fn top_level_keys(self) -> &'static [&'static str] {
        match self {
            Schema::V1_2 => &["schemaVersion", "description", "parameters", "runtimeConfig"],
            Schema::V2_0 | Schema::V2_2 => &["schemaVersion", "description", "parameters", "mainSteps"],
            Schema::V0_3 => &[
                "schemaVersion",
                "description",
                "assumeRole",
                "parameters",
                "variables",
                "mainSteps",
                "outputs",
                "files",
            ],
        }
    }
}

pub(crate) fn document(body: Value, kind: DocKind) -> Result<ParsedDocument> {
    let Value::Object(top) = &body else {
        return Err(Error::service(
            INVALID_CONTENT,
            format!("document content must be a mapping at the top level, found {}", kind_of(&body)),
        ));
    };
    let schema = schema_version(top, kind)?;
    if let Some(key) = top.keys().find(|k| !schema.top_level_keys().contains(&k.as_str())) {
        return Err(err(
            key,
            format!(
                "unknown top-level key for schemaVersion {} (allowed: {})",
                schema.as_str(),
                schema.top_level_keys().join(", ")
            ),
        ));
    }
    let description = match top.get("description") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(err("description", "must be a string")),
    };
    if schema == Schema::V0_3 {
        automation_top_level(top)?;
    }
    let parameters = params::parse_decls(top.get("parameters"))?;
    let steps = match schema {
        Schema::V1_2 => steps::runtime_config(top)?,
        _ => steps::main_steps(top, schema)?,
    };
    if kind == DocKind::Command {
        check_references(&steps, &parameters)?;
    }
    let platform_types = platform_types(kind, &steps);
    Ok(ParsedDocument {
        schema_version: schema.as_str().to_string(),
        description,
        parameters,
        steps: steps.into_iter().map(|l| l.step).collect(),
        platform_types,
        body,
    })
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

fn schema_version(top: &Map<String, Value>, kind: DocKind) -> Result<Schema> {
    let text = match top.get("schemaVersion") {
        None => return Err(err("schemaVersion", "required")),
        Some(Value::String(s)) => s.clone(),
        // AWS's schema types schemaVersion as a string, but YAML reads an unquoted `2.2` as a
        // number. The intent is unambiguous, so the number's text is accepted (the stored body
        // keeps what the author wrote).
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(err("schemaVersion", "must be a string such as \"2.2\"")),
    };
    let schema = Schema::from_text(&text).ok_or_else(|| {
        Error::service(
            INVALID_SCHEMA_VERSION,
            format!("schemaVersion: \"{text}\" is not supported (Command: 1.2, 2.0, 2.2; Automation: 0.3)"),
        )
    })?;
    if schema.kind() != kind {
        let (doc_type, expected) = match kind {
            DocKind::Command => ("Command", "1.2, 2.0 or 2.2"),
            DocKind::Automation => ("Automation", "0.3"),
            DocKind::Session => ("Session", "1.0"),
        };
        return Err(Error::service(
            INVALID_SCHEMA_VERSION,
            format!("schemaVersion: \"{text}\" is not valid for {doc_type} documents (use {expected})"),
        ));
    }
    Ok(schema)
}

/// Shapes of Automation's extra top-level keys; their contents are AWS's business.
fn automation_top_level(top: &Map<String, Value>) -> Result<()> {
    if top.get("assumeRole").is_some_and(|v| !v.is_string()) {
        return Err(err("assumeRole", "must be a string"));
    }
    if let Some(outputs) = top.get("outputs")
        && !outputs.as_array().is_some_and(|v| v.iter().all(Value::is_string))
    {
        return Err(err("outputs", "must be a list of strings"));
    }
    for key in ["files", "variables"] {
        if top.get(key).is_some_and(|v| !v.is_object()) {
            return Err(err(key, "must be a mapping"));
        }
    }
    Ok(())
}

/// Every `{{ name }}` in a Command step's inputs must be a declared parameter (Parameter Store
/// references are resolved at execution).
fn check_references(steps: &[Located], declared: &[ParamDecl]) -> Result<()> {
    for located in steps {
        let mut undeclared = None;
        params::for_each_string(&located.step.inputs, &mut |text| {
            for r in params::references(text) {
                if let Reference::Parameter(name) = r
                    && undeclared.is_none()
                    && !declared.iter().any(|d| d.name == name)
                {
                    undeclared = Some(name);
                }
            }
        });
        if let Some(name) = undeclared {
            return Err(err(
                &located.inputs_path,
                format!("step \"{}\" references undeclared parameter \"{name}\"", located.step.name),
            ));
        }
    }
    Ok(())
}

/// The PlatformType list AWS reports: the union of what each plugin runs on (Automation runs in
/// the service, so all three), in the model's order. Preconditions do not narrow it, as a step
/// skipped on one platform says nothing about the others.
fn platform_types(kind: DocKind, steps: &[Located]) -> Vec<String> {
    let supported: Vec<&str> = match kind {
        DocKind::Automation | DocKind::Session => PLATFORMS.to_vec(),
        DocKind::Command => steps
            .iter()
            .flat_map(|l| {
                RUN_PLUGINS
                    .iter()
                    .filter(|(p, _)| *p == l.step.action)
                    .flat_map(|(_, platforms)| platforms.iter().copied())
            })
            .collect(),
    };
    PLATFORMS.iter().filter(|p| supported.contains(p)).map(|p| p.to_string()).collect()
}
