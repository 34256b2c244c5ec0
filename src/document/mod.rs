//! SSM documents: parsing and validation (Command schema 1.2/2.0/2.2, Automation 0.3), parameter
//! declarations, JSON ⇄ YAML conversion and the built-in `AWS-*` documents (SPEC §9).
//!
//! Everything here is pure: text in, typed document or a service error out. A document that
//! passes [`parse`] is safe to store; the execution engine relies on the checks made here
//! (only the shell plugins, every `{{ name }}` declared, defaults that fit their declarations).

mod builtin;
pub(crate) mod load;
pub mod params;
pub mod runbook;
pub mod session;
mod steps;
mod validate;

#[cfg(test)]
mod runbook_tests;
#[cfg(test)]
mod tests;

// The module's API; not every caller needs every name.
#[allow(unused_imports)]
pub use builtin::{Builtin, builtin, builtins};
#[allow(unused_imports)]
pub use params::{ParamType, Reference, braces, compile_pattern, is_parameter_store_reference, references};

use crate::error::{Error, Result};

/// Error codes from the service model.
pub const INVALID_CONTENT: &str = "InvalidDocumentContent";
pub const INVALID_SCHEMA_VERSION: &str = "InvalidDocumentSchemaVersion";
pub const MAX_SIZE_EXCEEDED: &str = "MaxDocumentSizeExceeded";

/// An `InvalidDocumentContent` error for the field at `path` (`mainSteps[1].action: ...`).
pub(crate) fn content_error(path: &str, msg: impl std::fmt::Display) -> Error {
    Error::service(INVALID_CONTENT, format!("{path}: {msg}"))
}

/// AWS's size limit for document content (64 KB); also bounds the work done on hostile input.
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    Json,
    Yaml,
}

impl DocFormat {
    /// The model's `DocumentFormat` value. `TEXT` (for non-SSM document types) is not supported.
    pub fn from_model(s: &str) -> Option<DocFormat> {
        match s {
            "JSON" => Some(DocFormat::Json),
            "YAML" => Some(DocFormat::Yaml),
            _ => None,
        }
    }

    pub fn as_model(&self) -> &'static str {
        match self {
            DocFormat::Json => "JSON",
            DocFormat::Yaml => "YAML",
        }
    }
}

/// One entry of a document's `parameters` section.
#[derive(Debug, Clone)]
pub struct ParamDecl {
    pub name: String,
    /// One of String, StringList, Boolean, Integer, StringMap, MapList (see [`ParamType`]).
    pub type_: String,
    pub description: Option<String>,
    pub default: Option<serde_json::Value>,
    pub allowed_values: Vec<serde_json::Value>,
    pub allowed_pattern: Option<String>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub min_chars: Option<u64>,
    pub max_chars: Option<u64>,
    /// `noEcho: true`: the value is masked in every output (SPEC §12).
    pub no_echo: bool,
    /// `interpolationType: ENV_VAR`: the value reaches the script as `SSM_<name>`.
    #[allow(dead_code)] // read by the execution engine (Run Command)
    pub env_var: bool,
}

/// One step to run (Command) or store (Automation).
#[derive(Debug, Clone)]
pub struct Step {
    pub name: String,
    /// The plugin (`aws:runShellScript`) or Automation action.
    pub action: String,
    /// Always a mapping; `{{ name }}` references are left in place for the engine to substitute.
    pub inputs: serde_json::Value,
    /// Only `{"StringEquals": ["platformType", "<PlatformType>"]}` (schema 2.2).
    #[allow(dead_code)] // read by the execution engine (Run Command)
    pub precondition: Option<serde_json::Value>,
}

impl Step {
    /// The platform a 2.2 precondition restricts this step to, if any.
    #[allow(dead_code)] // read by the execution engine (Run Command)
    pub fn precondition_platform(&self) -> Option<&str> {
        self.precondition.as_ref()?.get("StringEquals")?.get(1)?.as_str()
    }
}

#[derive(Debug, Clone)]
pub struct ParsedDocument {
    pub schema_version: String,
    pub description: Option<String>,
    /// In document order.
    pub parameters: Vec<ParamDecl>,
    /// In run order. Schema 1.2 `runtimeConfig` entries become steps named after their plugin.
    #[allow(dead_code)] // read by the execution engine (Run Command)
    pub steps: Vec<Step>,
    /// The model's PlatformType values, in the order Windows, Linux, MacOS.
    pub platform_types: Vec<String>,
    /// The whole document as parsed, for storage and conversion.
    #[allow(dead_code)] // read by the execution engine (Run Command)
    pub body: serde_json::Value,
}

impl ParsedDocument {
    #[allow(dead_code)] // read by the execution engine (Run Command)
    pub fn parameter(&self, name: &str) -> Option<&ParamDecl> {
        self.parameters.iter().find(|p| p.name == name)
    }
}

/// Parses and validates. `document_type` is the model's DocumentType: "Command",
/// "Automation" or "Session".
pub fn parse(content: &str, format: DocFormat, document_type: &str) -> Result<ParsedDocument> {
    if content.len() > MAX_DOCUMENT_BYTES {
        return Err(Error::service(
            MAX_SIZE_EXCEEDED,
            format!("Content is {} bytes; the maximum document size is {MAX_DOCUMENT_BYTES} bytes", content.len()),
        ));
    }
    let kind = validate::DocKind::from_model(document_type)?;
    if content.trim().is_empty() {
        return Err(Error::service(INVALID_CONTENT, "document content is empty"));
    }
    let body = load::load(content, format).map_err(|m| Error::service(INVALID_CONTENT, m))?;
    if kind == validate::DocKind::Session {
        return session::document(body);
    }
    let doc = validate::document(body, kind)?;
    // Runbooks are run, so everything the engine relies on is checked before one is stored.
    if kind == validate::DocKind::Automation {
        runbook::parse_runbook(&doc.body, &doc.parameters)?;
    }
    Ok(doc)
}

/// Converts document content between JSON and YAML; the content is expected to be valid already
/// (it came from the store). Equal formats return the text unchanged, so a stored document reads
/// back byte for byte.
///
/// JSON output is pretty-printed with a 2-space indent. AWS's own converter (behind
/// `get-document --document-format JSON` for a YAML document) also pretty-prints; its spacing
/// differs in small ways (`"key" : value`), which no JSON reader notices, so we keep serde_json's
/// standard layout rather than imitate it.
pub fn convert(content: &str, from: DocFormat, to: DocFormat) -> Result<String> {
    if from == to {
        return Ok(content.to_string());
    }
    let value = load::load(content, from).map_err(|m| Error::service(INVALID_CONTENT, m))?;
    match to {
        DocFormat::Json => load::to_json(&value),
        DocFormat::Yaml => load::to_yaml(&value),
    }
    .map_err(Error::internal)
}

/// Guesses the format when the user gave none. AWS's default DocumentFormat is JSON, so content
/// that parses as JSON is JSON; anything else is treated as YAML (and its errors reported as YAML
/// errors, which is what a user who forgot `--document-format YAML` needs to see).
pub fn guess_format(content: &str) -> DocFormat {
    if serde_json::from_str::<serde::de::IgnoredAny>(content).is_ok() { DocFormat::Json } else { DocFormat::Yaml }
}
