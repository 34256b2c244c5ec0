//! Document operations: create, get, describe, list, update, delete, versions, default
//! version. Built-in documents (Owner `Amazon`) come from src/document/builtin.rs and are
//! read-only; user documents (Owner `Self`) live in the store.

use super::{Ctx, Empty, decode_token, encode_token, page_limit};
use crate::document::{self, DocFormat, ParsedDocument};
use crate::error::{Error, Result};
use crate::model::documents::*;
use crate::model::tags::Tag;
use crate::model::time;
use crate::store::documents::{self as rows, DocumentRow, VersionRow};
use crate::store::tags as tag_rows;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// AWS's limit on versions of one document.
const MAX_VERSIONS: i64 = 1000;
pub const RESOURCE_TYPE: &str = "Document";
const OWNER_SELF: &str = "Self";
const OWNER_AMAZON: &str = "Amazon";
/// ssmctl's own built-in runbooks (`SSMCTL-…`): read-only like AWS's, but not AWS's.
const OWNER_SSMCTL: &str = "ssmctl";

fn builtin_owner(name: &str) -> &'static str {
    if name.starts_with("SSMCTL-") { OWNER_SSMCTL } else { OWNER_AMAZON }
}

pub fn create(ctx: &mut Ctx, req: CreateDocumentRequest) -> Result<DocumentDescriptionResult> {
    check_not_reserved(&req.name)?;
    let document_type = req.document_type.clone().unwrap_or_else(|| "Command".into());
    let format = request_format(req.document_format.as_deref(), DocFormat::Json, &document_type)?;
    let parsed = parse_content(&req.content, format, &document_type, req.document_format.is_none())?;
    if req.name == super::sessions::PREFERENCES
        && (document_type != "Session"
            || parsed.body.get("sessionType").and_then(|v| v.as_str()) != Some("Standard_Stream"))
    {
        return Err(Error::service(
            "ValidationException",
            format!(
                "{} holds the session preferences: it must be a Session document of sessionType Standard_Stream.",
                req.name
            ),
        ));
    }
    super::tags::check_new(&req.tags)?;
    let now = time::now();
    let doc =
        DocumentRow { name: req.name.clone(), document_type, default_version: 1, latest_version: 1, created_date: now };
    let version = version_row(
        &req.name,
        1,
        &req.content,
        format,
        &parsed,
        now,
        req.version_name,
        req.display_name,
        req.target_type,
    )?;
    ctx.store()?.write(|tx| {
        if rows::get(tx, &req.name)?.is_some() {
            return Err(Error::service(
                "DocumentAlreadyExists",
                format!("Document with name {} already exists.", req.name),
            ));
        }
        rows::insert_document(tx, &doc)?;
        rows::insert_version(tx, &version)?;
        tag_rows::put(tx, RESOURCE_TYPE, &req.name, &req.tags)?;
        Ok(())
    })?;
    let store = ctx.store()?;
    Ok(DocumentDescriptionResult { document_description: description(store.conn(), &doc, &version, OWNER_SELF)? })
}

pub fn get(ctx: &mut Ctx, req: DocumentSelector) -> Result<GetDocumentResult> {
    let store = ctx.store()?;
    let (doc, v, _) =
        store.read(|tx| resolve(tx, &req.name, req.document_version.as_deref(), req.version_name.as_deref()))?;
    let stored = DocFormat::from_model(&v.format).unwrap_or(DocFormat::Json);
    let (content, format) = match req.document_format.as_deref() {
        None => (v.content.clone(), stored),
        Some("TEXT") => {
            return Err(Error::service(
                "InvalidDocument",
                "DocumentFormat TEXT is not available for this document type.",
            ));
        }
        Some(f) => {
            let want = DocFormat::from_model(f).unwrap_or(stored);
            if want == stored {
                (v.content.clone(), stored)
            } else {
                (document::convert(&v.content, stored, want)?, want)
            }
        }
    };
    Ok(GetDocumentResult {
        name: doc.name,
        created_date: Some(v.created_date),
        display_name: v.display_name,
        version_name: v.version_name,
        document_version: v.version.to_string(),
        status: "Active".into(),
        content,
        document_type: doc.document_type,
        document_format: format.as_model().into(),
    })
}

pub fn describe(ctx: &mut Ctx, req: DocumentSelector) -> Result<DescribeDocumentResult> {
    let store = ctx.store()?;
    store.read(|tx| {
        let (doc, v, owner) = resolve(tx, &req.name, req.document_version.as_deref(), req.version_name.as_deref())?;
        Ok(DescribeDocumentResult { document: description(tx, &doc, &v, owner)? })
    })
}

pub fn list(ctx: &mut Ctx, req: ListDocumentsRequest) -> Result<ListDocumentsResult> {
    let filter = Filter::new(&req)?;
    let limit = page_limit(req.max_results, 50);
    let mut after = decode_token(req.next_token.as_deref())?.unwrap_or_default();
    let store = ctx.store()?;
    store.read(|tx| {
        let mut out: Vec<DocumentIdentifier> = Vec::new();
        let mut next_token = None;
        // Walk user and built-in documents together in name order, a batch at a time,
        // until the page is full and one more match proves there is a next page.
        let batch_size = limit + 1;
        'walk: loop {
            let batch = rows::list_described_after(tx, &after, batch_size)?;
            let batch_done = (batch.len() as i64) < batch_size;
            let upper = if batch_done { None } else { batch.last().map(|(d, _)| d.name.clone()) };
            let mut tags = match (batch.first(), batch.last()) {
                (Some((first, _)), Some((last, _))) => {
                    tag_rows::list_range(tx, RESOURCE_TYPE, &first.name, &last.name)?
                }
                _ => Default::default(),
            };
            let mut merged: Vec<(&DocumentRow, &VersionRow, &str)> =
                batch.iter().map(|(d, v)| (d, v, OWNER_SELF)).collect();
            for (d, v) in builtin_table() {
                // A user's own SSM-SessionManagerRunShell stands in for the built-in (see
                // resolve), so it is listed once, as theirs.
                let shadowed = batch.iter().any(|(own, _)| own.name == d.name);
                if !shadowed && d.name > after && upper.as_ref().is_none_or(|u| &d.name <= u) {
                    merged.push((d, v, builtin_owner(&d.name)));
                }
            }
            merged.sort_by(|a, b| a.0.name.cmp(&b.0.name));
            for (d, v, owner) in merged {
                after = d.name.clone();
                let doc_tags = if owner == OWNER_SELF { tags.remove(&d.name).unwrap_or_default() } else { vec![] };
                if !filter.matches(d, v, owner, &doc_tags) {
                    continue;
                }
                if out.len() as i64 == limit {
                    next_token = out.last().map(|l: &DocumentIdentifier| encode_token(&l.name));
                    break 'walk;
                }
                out.push(identifier(d, v, owner, doc_tags));
            }
            if batch_done {
                break;
            }
        }
        Ok(ListDocumentsResult { document_identifiers: out, next_token })
    })
}

pub fn update(ctx: &mut Ctx, req: UpdateDocumentRequest) -> Result<DocumentDescriptionResult> {
    if document::builtin(&req.name).is_some() {
        return Err(Error::service(
            "InvalidDocumentOperation",
            format!("{} is owned by Amazon and read-only.", req.name),
        ));
    }
    let store = ctx.store()?;
    let (doc, latest) = store.read(|tx| {
        let doc = rows::get(tx, &req.name)?.ok_or_else(|| not_found(&req.name))?;
        let latest = rows::version(tx, &req.name, doc.latest_version)?.ok_or_else(|| not_found(&req.name))?;
        Ok((doc, latest))
    })?;
    let stored_format = DocFormat::from_model(&latest.format).unwrap_or(DocFormat::Json);
    let format = request_format(req.document_format.as_deref(), stored_format, &doc.document_type)?;
    let parsed = parse_content(&req.content, format, &doc.document_type, false)?;
    let now = time::now();
    // Parsing happened outside the write lock; the version number, the inherited fields
    // and the checks against the latest version are settled inside it, so concurrent
    // updates each make their own version.
    let (doc, version) = store.write(|tx| {
        let mut doc = rows::get(tx, &req.name)?.ok_or_else(|| not_found(&req.name))?;
        if let Some(v) = req.document_version.as_deref()
            && v != "$LATEST"
            && v != doc.latest_version.to_string()
        {
            return Err(Error::service(
                "InvalidDocumentVersion",
                format!(
                    "DocumentVersion {v}: only the latest version ({}) of a document can be updated.",
                    doc.latest_version
                ),
            ));
        }
        let current = rows::version(tx, &req.name, doc.latest_version)?.ok_or_else(|| not_found(&req.name))?;
        let version = version_row(
            &req.name,
            doc.latest_version + 1,
            &req.content,
            format,
            &parsed,
            now,
            req.version_name.clone(),
            req.display_name.clone().or(current.display_name),
            req.target_type.clone().or(current.target_type),
        )?;
        if current.hash == version.hash {
            return Err(Error::service(
                "DuplicateDocumentContent",
                "The content of the document is the same as the latest version's; no new version was made.",
            ));
        }
        if let Some(vn) = &version.version_name
            && rows::version_by_name(tx, &req.name, vn)?.is_some()
        {
            return Err(Error::service(
                "DuplicateDocumentVersionName",
                format!("VersionName {vn} is already used by this document."),
            ));
        }
        if rows::count_versions(tx, &req.name)? >= MAX_VERSIONS {
            return Err(Error::service(
                "DocumentVersionLimitExceeded",
                format!("Document {} has {MAX_VERSIONS} versions; delete old versions first.", req.name),
            ));
        }
        rows::insert_version(tx, &version)?;
        rows::set_versions(tx, &req.name, doc.default_version, version.version)?;
        doc.latest_version = version.version;
        Ok((doc, version))
    })?;
    Ok(DocumentDescriptionResult { document_description: description(store.conn(), &doc, &version, OWNER_SELF)? })
}

pub fn delete(ctx: &mut Ctx, req: DocumentSelector) -> Result<Empty> {
    if document::builtin(&req.name).is_some() {
        return Err(Error::service(
            "InvalidDocumentOperation",
            format!("{} is owned by Amazon and can't be deleted.", req.name),
        ));
    }
    ctx.store()?.write(|tx| {
        let doc = rows::get(tx, &req.name)?.ok_or_else(|| not_found(&req.name))?;
        if req.document_version.is_none() && req.version_name.is_none() {
            let users: Vec<String> = tx
                .prepare("SELECT association_id FROM associations WHERE json_extract(settings, '$.Name') = ?1")?
                .query_map([&req.name], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if !users.is_empty() {
                return Err(Error::service(
                    "AssociatedInstances",
                    format!("Document {} is used by association(s) {}; delete them first.", req.name, users.join(", ")),
                ));
            }
            rows::delete(tx, &req.name)?;
            tag_rows::remove_all(tx, RESOURCE_TYPE, &req.name)?;
            return Ok(Empty {});
        }
        let (_, v, _) = resolve(tx, &req.name, req.document_version.as_deref(), req.version_name.as_deref())?;
        if v.version == doc.default_version {
            return Err(Error::service(
                "InvalidDocumentOperation",
                format!("Version {} is the default version of {}; make another version the default first, or delete the whole document.", v.version, req.name),
            ));
        }
        rows::delete_version(tx, &req.name, v.version)?;
        let latest = if v.version == doc.latest_version {
            tx.query_row("SELECT max(version) FROM document_versions WHERE name = ?1", [&req.name], |r| r.get(0))?
        } else {
            doc.latest_version
        };
        rows::set_versions(tx, &req.name, doc.default_version, latest)?;
        Ok(Empty {})
    })
}

pub fn list_versions(ctx: &mut Ctx, req: DocumentSelector) -> Result<ListDocumentVersionsResult> {
    let limit = page_limit(req.max_results, 50);
    let after: i64 = super::decode_number(req.next_token.as_deref())?;
    let store = ctx.store()?;
    store.read(|tx| {
        let (doc, versions) = match document::builtin(&req.name) {
            Some(b) => {
                let (d, v) = builtin(b.name)?;
                (d.clone(), if after < 1 { vec![v.clone()] } else { vec![] })
            }
            None => {
                let doc = rows::get(tx, &req.name)?.ok_or_else(|| not_found(&req.name))?;
                let versions = rows::versions_after(tx, &req.name, after, limit + 1)?;
                (doc, versions)
            }
        };
        let more = versions.len() as i64 > limit;
        let shown: Vec<VersionRow> = versions.into_iter().take(limit as usize).collect();
        let next_token = if more { shown.last().map(|v| encode_token(&v.version.to_string())) } else { None };
        Ok(ListDocumentVersionsResult {
            document_versions: shown
                .into_iter()
                .map(|v| DocumentVersionInfo {
                    name: v.name,
                    display_name: v.display_name,
                    document_version: v.version.to_string(),
                    version_name: v.version_name,
                    created_date: Some(v.created_date),
                    is_default_version: v.version == doc.default_version,
                    document_format: v.format,
                    status: "Active".into(),
                })
                .collect(),
            next_token,
        })
    })
}

pub fn update_default_version(
    ctx: &mut Ctx,
    req: UpdateDocumentDefaultVersionRequest,
) -> Result<UpdateDocumentDefaultVersionResult> {
    if document::builtin(&req.name).is_some() {
        return Err(Error::service("InvalidDocument", format!("{} is owned by Amazon and read-only.", req.name)));
    }
    let number: i64 = req.document_version.parse().map_err(|_| bad_version(&req.name, &req.document_version))?;
    ctx.store()?.write(|tx| {
        let doc = rows::get(tx, &req.name)?.ok_or_else(|| not_found(&req.name))?;
        let v = rows::version(tx, &req.name, number)?.ok_or_else(|| bad_version(&req.name, &req.document_version))?;
        rows::set_versions(tx, &req.name, number, doc.latest_version)?;
        Ok(UpdateDocumentDefaultVersionResult {
            description: DocumentDefaultVersionDescription {
                name: req.name.clone(),
                default_version: number.to_string(),
                default_version_name: v.version_name,
            },
        })
    })
}

/// Where the model takes a document as `DocumentARN` (send-command, the association and
/// document reads), AWS takes its name or its ARN, `arn:PARTITION:ssm:REGION:ACCOUNT:document/NAME`.
/// Every store holds one account in no region, so the ARN is reduced to the name once, here,
/// before any operation sees it; what is stored and shown is the name.
pub fn names_from_arns(op: &str, mut req: Value) -> Result<Value> {
    let model = crate::model::model();
    let input = model.shape(&model.operations[op].input);
    for (member, m) in &input.members {
        if m.shape != "DocumentARN" {
            continue;
        }
        if let Some(Value::String(v)) = req.get_mut(member.as_str())
            && let Some(name) = name_from_arn(v)?
        {
            *v = name;
        }
    }
    Ok(req)
}

/// The document name of an ARN; `None` for a plain name.
pub fn name_from_arn(v: &str) -> Result<Option<String>> {
    if !v.starts_with("arn:") {
        return Ok(None);
    }
    let bad = || {
        Error::service(
            "InvalidDocument",
            format!("{v} is not a document ARN (arn:aws:ssm:REGION:ACCOUNT:document/NAME)"),
        )
    };
    let Some((partition, resource)) = super::ssm_arn(v) else { return Err(bad()) };
    if !partition.starts_with("aws") {
        return Err(bad());
    }
    match resource.strip_prefix("document/") {
        Some(name) if !name.is_empty() && !name.contains('/') => Ok(Some(name.to_string())),
        _ => Err(bad()),
    }
}

/// Finds a document (user or built-in) and one of its versions. `$DEFAULT` (or nothing)
/// is the default version, `$LATEST` the newest; a version name must agree with a number.
pub fn resolve(
    conn: &Connection,
    name: &str,
    document_version: Option<&str>,
    version_name: Option<&str>,
) -> Result<(DocumentRow, VersionRow, &'static str)> {
    // The session preferences document is AWS's one built-in name that users create
    // themselves (infrastructure as code does); their copy wins.
    let own_preferences = name == super::sessions::PREFERENCES && rows::get(conn, name)?.is_some();
    if let Some(b) = document::builtin(name).filter(|_| !own_preferences) {
        let (d, v) = builtin(b.name)?;
        let (d, v) = (d.clone(), v.clone());
        let ok_version = matches!(document_version, None | Some("$DEFAULT" | "$LATEST" | "1"));
        if !ok_version || version_name.is_some() {
            return Err(bad_version(name, document_version.or(version_name).unwrap_or("")));
        }
        return Ok((d, v, builtin_owner(name)));
    }
    let doc = rows::get(conn, name)?.ok_or_else(|| not_found(name))?;
    let by_number = match document_version {
        None if version_name.is_some() => None,
        None | Some("$DEFAULT") => Some(doc.default_version),
        Some("$LATEST") => Some(doc.latest_version),
        Some(n) => Some(n.parse::<i64>().map_err(|_| bad_version(name, n))?),
    };
    let v = match (by_number, version_name) {
        (Some(n), None) => rows::version(conn, name, n)?,
        (None, Some(vn)) => rows::version_by_name(conn, name, vn)?,
        (Some(n), Some(vn)) => rows::version_by_name(conn, name, vn)?.filter(|v| v.version == n),
        (None, None) => None,
    };
    let v = v.ok_or_else(|| bad_version(name, document_version.or(version_name).unwrap_or("")))?;
    Ok((doc, v, OWNER_SELF))
}

fn not_found(name: &str) -> Error {
    Error::service("InvalidDocument", format!("Document with name {name} does not exist."))
}

fn bad_version(name: &str, version: &str) -> Error {
    Error::service("InvalidDocumentVersion", format!("Document {name} has no version {version}."))
}

fn check_not_reserved(name: &str) -> Result<()> {
    let lower = name.to_ascii_lowercase();
    if ["aws", "amazon", "amzn"].iter().any(|p| lower.starts_with(p)) {
        return Err(Error::service(
            "ValidationException",
            format!(
                "Name {name}: document names beginning with aws, amazon or amzn are reserved for Amazon-owned documents."
            ),
        ));
    }
    if lower.starts_with("ssmctl-") {
        return Err(Error::service(
            "ValidationException",
            format!("Name {name}: document names beginning with SSMCTL- are reserved for ssmctl's own documents."),
        ));
    }
    Ok(())
}

fn request_format(given: Option<&str>, default: DocFormat, document_type: &str) -> Result<DocFormat> {
    match given {
        None => Ok(default),
        Some(f) => DocFormat::from_model(f).ok_or_else(|| {
            Error::service(
                "InvalidDocumentContent",
                format!("DocumentFormat {f} is not valid for {document_type} documents; use JSON or YAML."),
            )
        }),
    }
}

/// Size, syntax and schema (document::parse checks size first, before any parsing).
fn parse_content(
    content: &str,
    format: DocFormat,
    document_type: &str,
    format_defaulted: bool,
) -> Result<ParsedDocument> {
    document::parse(content, format, document_type).map_err(|e| match e {
        Error::Service { code, message }
            if format_defaulted
                && code == "InvalidDocumentContent"
                && document::guess_format(content) == DocFormat::Yaml =>
        {
            Error::Service {
                code,
                message: format!("{message} (DocumentFormat is JSON unless --document-format YAML is given)"),
            }
        }
        e => e,
    })
}

pub fn hash(content: &str) -> String {
    hex::encode(Sha256::digest(content.as_bytes()))
}

#[allow(clippy::too_many_arguments)]
fn version_row(
    name: &str,
    version: i64,
    content: &str,
    format: DocFormat,
    parsed: &ParsedDocument,
    now: DateTime<Utc>,
    version_name: Option<String>,
    display_name: Option<String>,
    target_type: Option<String>,
) -> Result<VersionRow> {
    let parameters: Vec<DocumentParameter> = parsed
        .parameters
        .iter()
        .map(|p| DocumentParameter {
            name: p.name.clone(),
            type_: p.type_.clone(),
            description: p.description.clone(),
            default_value: p.default.as_ref().map(|d| match d {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            }),
        })
        .collect();
    Ok(VersionRow {
        name: name.to_string(),
        version,
        version_name,
        display_name,
        target_type,
        content: content.to_string(),
        format: format.as_model().to_string(),
        hash: hash(content),
        schema_version: parsed.schema_version.clone(),
        description: parsed.description.clone(),
        parameters: serde_json::to_string(&parameters.iter().map(param_json).collect::<Vec<_>>())?,
        platform_types: serde_json::to_string(&parsed.platform_types)?,
        created_date: now,
    })
}

fn param_json(p: &DocumentParameter) -> serde_json::Value {
    serde_json::to_value(p).unwrap_or_default()
}

fn parameters_of(v: &VersionRow) -> Vec<DocumentParameter> {
    let raw: Vec<serde_json::Value> = serde_json::from_str(&v.parameters).unwrap_or_default();
    raw.into_iter()
        .map(|p| DocumentParameter {
            name: p["Name"].as_str().unwrap_or_default().to_string(),
            type_: p["Type"].as_str().unwrap_or_default().to_string(),
            description: p["Description"].as_str().map(str::to_string),
            default_value: p["DefaultValue"].as_str().map(str::to_string),
        })
        .collect()
}

fn platform_types_of(v: &VersionRow) -> Vec<String> {
    serde_json::from_str(&v.platform_types).unwrap_or_default()
}

/// When built-ins were first made available by this program; a fixed fact, not "now".
const BUILTIN_CREATED: &str = "2026-01-01T00:00:00.000000Z";

/// The built-in documents as rows, parsed once per process.
fn builtin_table() -> &'static [(DocumentRow, VersionRow)] {
    static TABLE: LazyLock<Vec<(DocumentRow, VersionRow)>> = LazyLock::new(|| {
        let created = time::from_db(BUILTIN_CREATED);
        document::builtins()
            .iter()
            .map(|b| {
                // Built-ins are constants that unit tests parse; a failure is a build defect.
                let parsed =
                    document::parse(b.content, DocFormat::Json, b.document_type).expect("built-in document parses");
                let doc = DocumentRow {
                    name: b.name.to_string(),
                    document_type: b.document_type.to_string(),
                    default_version: 1,
                    latest_version: 1,
                    created_date: created,
                };
                let v = version_row(b.name, 1, b.content, DocFormat::Json, &parsed, created, None, None, None)
                    .expect("built-in document rows serialise");
                (doc, v)
            })
            .collect()
    });
    &TABLE
}

fn builtin(name: &str) -> Result<&'static (DocumentRow, VersionRow)> {
    builtin_table()
        .iter()
        .find(|(d, _)| d.name == name)
        .ok_or_else(|| Error::internal(format!("built-in document {name} missing")))
}

fn description(conn: &Connection, doc: &DocumentRow, v: &VersionRow, owner: &str) -> Result<DocumentDescription> {
    let tags = if owner == OWNER_SELF { tag_rows::list(conn, RESOURCE_TYPE, &doc.name)? } else { vec![] };
    Ok(DocumentDescription {
        hash: v.hash.clone(),
        hash_type: "Sha256".into(),
        name: doc.name.clone(),
        display_name: v.display_name.clone(),
        version_name: v.version_name.clone(),
        owner: owner.into(),
        created_date: Some(v.created_date),
        status: "Active".into(),
        document_version: v.version.to_string(),
        description: v.description.clone(),
        parameters: parameters_of(v),
        platform_types: platform_types_of(v),
        document_type: doc.document_type.clone(),
        schema_version: v.schema_version.clone(),
        latest_version: doc.latest_version.to_string(),
        default_version: doc.default_version.to_string(),
        document_format: v.format.clone(),
        target_type: v.target_type.clone(),
        tags,
    })
}

fn identifier(doc: &DocumentRow, v: &VersionRow, owner: &str, tags: Vec<Tag>) -> DocumentIdentifier {
    DocumentIdentifier {
        name: doc.name.clone(),
        created_date: Some(doc.created_date),
        display_name: v.display_name.clone(),
        owner: owner.into(),
        version_name: v.version_name.clone(),
        platform_types: platform_types_of(v),
        document_version: v.version.to_string(),
        document_type: doc.document_type.clone(),
        schema_version: v.schema_version.clone(),
        document_format: v.format.clone(),
        target_type: v.target_type.clone(),
        tags,
    }
}

/// The list-documents filters: legacy `--document-filter-list` (key/value) and
/// `--filters` (Key/Values). Values within a key are OR; keys are AND.
struct Filter {
    clauses: Vec<(String, Vec<String>)>,
}

impl Filter {
    fn new(req: &ListDocumentsRequest) -> Result<Filter> {
        let mut clauses = Vec::new();
        for f in &req.document_filter_list {
            clauses.push((f.key.clone(), vec![f.value.clone()]));
        }
        for f in &req.filters {
            let key = f.key.clone().unwrap_or_default();
            let known = [
                "Name",
                "Owner",
                "PlatformTypes",
                "DocumentType",
                "SearchKeyword",
                "SchemaVersion",
                "TargetType",
                "DocumentFormat",
            ];
            if !(known.contains(&key.as_str()) || key.starts_with("tag:") || key == "tag-key") {
                return Err(Error::service(
                    "InvalidFilterKey",
                    format!("Filter key {key} is not valid; use one of {}, tag:KEY or tag-key.", known.join(", ")),
                ));
            }
            clauses.push((key, f.values.clone()));
        }
        for (key, values) in &clauses {
            if key == "Owner"
                && let Some(bad) = values
                    .iter()
                    .find(|v| !["Self", "Amazon", "ssmctl", "All", "Private", "Public"].contains(&v.as_str()))
            {
                return Err(Error::service(
                    "ValidationException",
                    format!("Owner filter value {bad} is not valid; use Self, Amazon, ssmctl or All."),
                ));
            }
        }
        Ok(Filter { clauses })
    }

    fn matches(&self, d: &DocumentRow, v: &VersionRow, owner: &str, tags: &[Tag]) -> bool {
        self.clauses.iter().all(|(key, values)| {
            let any = |f: &dyn Fn(&str) -> bool| values.iter().any(|x| f(x));
            match key.as_str() {
                "Name" => any(&|x| d.name.starts_with(x)),
                "SearchKeyword" => any(&|x| d.name.to_lowercase().contains(&x.to_lowercase())),
                // Private is AWS's word for the account's own documents.
                "Owner" => any(&|x| x == "All" || x == owner || (x == "Private" && owner == OWNER_SELF)),
                "PlatformTypes" => {
                    let pts = platform_types_of(v);
                    any(&|x| pts.iter().any(|p| p == x))
                }
                "DocumentType" => any(&|x| d.document_type == x),
                "SchemaVersion" => any(&|x| v.schema_version == x),
                "TargetType" => any(&|x| v.target_type.as_deref() == Some(x)),
                "DocumentFormat" => any(&|x| v.format == x),
                "tag-key" => any(&|x| tags.iter().any(|t| t.key == x)),
                k => {
                    let tag = k.trim_start_matches("tag:");
                    any(&|x| tags.iter().any(|t| t.key == tag && t.value == x))
                }
            }
        })
    }
}
