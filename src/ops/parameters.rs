//! Parameter Store: put, get (by name, `name:version`, `name:label`, by path), describe,
//! delete, history, labels; tags through the tagging operations (ResourceType `Parameter`);
//! and `{{ssm:…}}` / `{{ssm-secure:…}}` references for the execution engine.
//!
//! Every version is kept (up to AWS's 100, the oldest unlabelled one dropped first).
//! SecureString values are sealed by src/secrets.rs before they reach the store and opened
//! only for `--with-decryption` and `{{ssm-secure:…}}`. Policies (Advanced tier only) are
//! checked in src/ops/parameter_policies.rs; an expired parameter is gone from every read
//! (src/store/parameters.rs) and is deleted by the next write of its name or by the tick.
//!
//! Names: as in AWS, GetParameter, GetParameters and GetParameterHistory (and `{{ssm:…}}`)
//! take a name or an ARN (`find`); the others take the name itself (`plain_name`).

use super::parameter_policies as policies;
use super::{Ctx, Empty, decode_token, encode_token};
use crate::document::params::{self, Reference};
use crate::error::{Error, Result};
use crate::model::parameters::*;
use crate::model::tags::Tag;
use crate::model::time;
use crate::secrets;
use crate::store::parameters::{self as rows, Scope, VersionRow};
use crate::store::tags as tag_rows;
use rusqlite::Connection;
use std::collections::{HashMap, HashSet};

pub const RESOURCE_TYPE: &str = "Parameter";
/// AWS counts 1011 characters for a name (its 2048 include the ARN and internal use).
const MAX_NAME_LEN: usize = 1011;
const MAX_LEVELS: usize = 15;
const MAX_VERSIONS: i64 = 100;
const MAX_LABELS_PER_VERSION: usize = 10;
const MAX_LABEL_LEN: usize = 100;
const STANDARD_MAX_BYTES: usize = 4096;
const ADVANCED_MAX_BYTES: usize = 8192;
const MAX_TAGS: usize = 50;
/// There is no AWS account or region here: ARNs name a fixed pseudo-account.
const ARN_PREFIX: &str = "arn:aws:ssm:local:000000000000:parameter";

const STRING: &str = "String";
const STRING_LIST: &str = "StringList";
const SECURE_STRING: &str = "SecureString";
const STANDARD: &str = "Standard";
const ADVANCED: &str = "Advanced";
const INTELLIGENT_TIERING: &str = "Intelligent-Tiering";
const TEXT: &str = "text";

// ---------------------------------------------------------------------------------------------
// put-parameter

pub fn put(ctx: &mut Ctx, req: PutParameterRequest) -> Result<PutParameterResult> {
    // AWS removes spaces at either end of a name.
    let name = plain_name(&req.name)?;
    check_name(&name)?;
    check_value(&req.value)?;
    let overwrite = req.overwrite.unwrap_or(false);
    if overwrite && !req.tags.is_empty() {
        return Err(Error::service(
            "ValidationException",
            "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please \
             remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or \
             RemoveTagsFromResource.",
        ));
    }
    check_tags(&req.tags)?;
    if let Some(dt) = req.data_type.as_deref().filter(|d| *d != TEXT) {
        return Err(Error::service(
            "ValidationException",
            if dt.starts_with("aws:") {
                format!(
                    "DataType {dt} needs AWS (it validates values against AWS resources); ssmctl supports DataType \
                     text only."
                )
            } else {
                format!("The following data type is not supported: {dt}. ssmctl supports DataType text only.")
            },
        ));
    }
    if let Some(p) = req.allowed_pattern.as_deref().filter(|p| !p.is_empty()) {
        crate::document::compile_pattern(p)
            .map_err(|why| Error::service("InvalidAllowedPatternException", format!("AllowedPattern {p}: {why}")))?;
    }
    if let (Some(t), Some(_)) = (req.type_.as_deref(), req.key_id.as_ref())
        && t != SECURE_STRING
    {
        return Err(key_id_not_secure());
    }
    let user = current_user();
    let now = time::now();
    // Given policies replace the parameter's; none given keeps them (AWS keeps them until
    // new ones or an empty `[{}]` come), and with them the expiration.
    let given_policies = match req.policies.as_deref() {
        Some(text) => {
            let p = policies::parse(text)?;
            policies::check_new(&p, now)?;
            Some(p)
        }
        None => None,
    };
    ctx.store()?.write(|tx| {
        // An expired parameter is gone: this put makes a new one (version 1, the request's tags).
        purge_if_expired(tx, &name)?;
        let existing = rows::latest(tx, &name)?;
        if existing.is_some() && !overwrite {
            return Err(Error::service(
                "ParameterAlreadyExists",
                "The parameter already exists. To overwrite this value, set the overwrite option in the request to \
                 true.",
            ));
        }
        let prev = existing.as_ref();
        let type_ = match (req.type_.as_deref(), prev) {
            (Some(t), _) => t.to_string(),
            (None, Some(p)) => p.type_.clone(),
            (None, None) => {
                return Err(Error::service(
                    "ValidationException",
                    "A parameter type is required when you create a parameter.",
                ));
            }
        };
        let key_id = if type_ == SECURE_STRING {
            let kept = prev.filter(|p| p.type_ == SECURE_STRING).and_then(|p| p.key_id.clone());
            Some(req.key_id.clone().or(kept).unwrap_or_else(|| secrets::DEFAULT_KEY.to_string()))
        } else if req.key_id.is_some() {
            return Err(key_id_not_secure());
        } else {
            None
        };
        // What the request does not give is kept from the latest version; an empty
        // description or pattern clears it.
        let description = given_or_kept(req.description.as_deref(), prev.and_then(|p| p.description.clone()));
        let allowed_pattern =
            given_or_kept(req.allowed_pattern.as_deref(), prev.and_then(|p| p.allowed_pattern.clone()));
        if let Some(p) = &allowed_pattern {
            let re = crate::document::compile_pattern(p).map_err(|why| {
                Error::service("InvalidAllowedPatternException", format!("AllowedPattern {p}: {why}"))
            })?;
            if !re.is_match(&req.value) {
                return Err(Error::service(
                    "ParameterPatternMismatchException",
                    format!("Parameter value, cannot be validated against allowedPattern: {p}"),
                ));
            }
        }
        let (policies, expires) = match &given_policies {
            Some(p) => (policies::to_stored(p), policies::expiration(p)),
            None => (prev.and_then(|p| p.policies.clone()), prev.and_then(|p| p.expires)),
        };
        let tier = tier_for(req.tier.as_deref(), prev.map(|p| p.tier.as_str()), req.value.len(), policies.is_some())?;
        let data_type = req.data_type.clone().or_else(|| prev.map(|p| p.data_type.clone())).unwrap_or(TEXT.into());
        let version = prev.map_or(1, |p| p.version + 1);
        let (count, oldest) = rows::version_span(tx, &name)?;
        if count >= MAX_VERSIONS {
            if !rows::labels_of(tx, &name, oldest)?.is_empty() {
                return Err(Error::service(
                    "ParameterMaxVersionLimitExceeded",
                    format!(
                        "You attempted to create a new version of {name} by calling the PutParameter API with the \
                         overwrite flag. Version {oldest}, the oldest version, can't be deleted because it has a \
                         label associated with it. Move the label to another version of the parameter, and try again."
                    ),
                ));
            }
            rows::delete_version(tx, &name, oldest)?;
        }
        let value = match &key_id {
            Some(k) => secrets::seal(&*secrets::key_for_sealing(k)?, &name, version, &req.value)?,
            None => req.value.clone(),
        };
        rows::put_version(
            tx,
            &VersionRow {
                name: name.clone(),
                version,
                type_,
                value,
                description,
                allowed_pattern,
                key_id,
                tier: tier.to_string(),
                data_type,
                modified: now,
                user: user.clone(),
                policies,
                expires,
            },
        )?;
        if prev.is_none() {
            // A new parameter starts with the request's tags and no others.
            tag_rows::remove_all(tx, RESOURCE_TYPE, &name)?;
            tag_rows::put(tx, RESOURCE_TYPE, &name, &req.tags)?;
        }
        Ok(PutParameterResult { version, tier: tier.to_string() })
    })
}

fn key_id_not_secure() -> Error {
    Error::service("ValidationException", "KeyId is required for SecureString type parameter only.")
}

fn given_or_kept(given: Option<&str>, kept: Option<String>) -> Option<String> {
    match given {
        Some("") => None,
        Some(g) => Some(g.to_string()),
        None => kept,
    }
}

/// The tier a version gets: the requested one (Intelligent-Tiering picks Standard while the
/// value fits, there are no policies and the parameter is not Advanced already), else the
/// parameter's, else Standard. An Advanced parameter stays Advanced, as in AWS; policies
/// need Advanced.
fn tier_for(
    requested: Option<&str>,
    current: Option<&str>,
    value_bytes: usize,
    with_policies: bool,
) -> Result<&'static str> {
    let tier = match requested {
        Some(INTELLIGENT_TIERING) => {
            if current == Some(ADVANCED) || value_bytes > STANDARD_MAX_BYTES || with_policies {
                ADVANCED
            } else {
                STANDARD
            }
        }
        Some(ADVANCED) => ADVANCED,
        Some(_) if current == Some(ADVANCED) => {
            return Err(Error::service(
                "ValidationException",
                "This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the \
                 advanced-parameter tier to the standard-parameter tier. If necessary, you can delete the advanced \
                 parameter and recreate it as a new standard parameter.",
            ));
        }
        Some(_) => STANDARD,
        None if current == Some(ADVANCED) => ADVANCED,
        None => STANDARD,
    };
    if tier == STANDARD && with_policies {
        return Err(Error::service(
            "ValidationException",
            "Parameter policies need the advanced-parameter tier; Standard tier parameters can't have policies. Give \
             --tier Advanced (or Intelligent-Tiering, which picks Advanced for a parameter with policies).",
        ));
    }
    let max = if tier == ADVANCED { ADVANCED_MAX_BYTES } else { STANDARD_MAX_BYTES };
    if value_bytes > max {
        let hint = if tier == STANDARD {
            " To store a larger value, use --tier Advanced (8 KB) or Intelligent-Tiering."
        } else {
            ""
        };
        return Err(Error::service(
            "ValidationException",
            format!(
                "{tier} tier parameters support a maximum parameter value of {max} bytes ({} KB); this value has \
                 {value_bytes} bytes.{hint}",
                max / 1024
            ),
        ));
    }
    Ok(tier)
}

/// AWS's name rules: letters, digits, `_ . -`, and `/` between the parts of a hierarchy, which
/// then begins with `/`; no `aws`/`ssm` prefix; at most 1011 characters and 15 levels.
pub fn check_name(name: &str) -> Result<()> {
    let bad = |why: &str| Error::service("ValidationException", format!("Parameter name {name}: {why}"));
    if name.is_empty() {
        return Err(bad("a name can't be empty."));
    }
    let lower = name.trim_start_matches('/').to_ascii_lowercase();
    if lower.starts_with("aws") || lower.starts_with("ssm") {
        return Err(Error::service(
            "ValidationException",
            format!("Parameter name {name}: can't be prefixed with \"aws\" or \"ssm\" (case-insensitive)."),
        ));
    }
    if let Some(c) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/'))) {
        let what = if c.is_whitespace() { "a space".to_string() } else { format!("{c:?}") };
        return Err(bad(&format!(
            "{what} is not allowed; a name uses only letters, numbers and the symbols . - _, with / between the \
             parts of a hierarchy."
        )));
    }
    if name.contains('/') {
        if !name.starts_with('/') {
            return Err(bad("a name in a hierarchy must begin with a forward slash (/Dev/App/Name)."));
        }
        if name.contains("//") || name.ends_with('/') {
            return Err(bad("every part of a hierarchy needs a name (no // and no / at the end)."));
        }
    }
    if name.chars().count() > MAX_NAME_LEN {
        return Err(bad(&format!("a name has at most {MAX_NAME_LEN} characters; this one has {}.", name.len())));
    }
    let levels = name.matches('/').count().max(1);
    if levels > MAX_LEVELS {
        return Err(Error::service(
            "HierarchyLevelLimitExceededException",
            format!(
                "Parameter name {name} has {levels} levels; a hierarchy can have a maximum of {MAX_LEVELS} levels."
            ),
        ));
    }
    Ok(())
}

fn check_value(value: &str) -> Result<()> {
    if value.is_empty() {
        return Err(Error::service(
            "ValidationException",
            "1 validation error detected: Value '' at 'value' failed to satisfy constraint: Member must have length \
             greater than or equal to 1.",
        ));
    }
    if let Some(open) = value.find("{{")
        && value[open..].contains("}}")
    {
        return Err(Error::service(
            "ValidationException",
            "Parameter value can't nest another parameter. Do not use \"{{}}\" in the value.",
        ));
    }
    Ok(())
}

fn check_tags(tags: &[Tag]) -> Result<()> {
    if let Some(t) = tags.iter().find(|t| t.key.to_ascii_lowercase().starts_with("aws:")) {
        return Err(Error::service("ValidationException", format!("Tag key {}: the prefix aws: is reserved.", t.key)));
    }
    if tags.len() > MAX_TAGS {
        return Err(Error::service(
            "ValidationException",
            format!("{} tags given; a parameter can have at most {MAX_TAGS}.", tags.len()),
        ));
    }
    Ok(())
}

/// `ssmctl:<user>`: the Unix user who made a version (AWS shows the IAM identity).
fn current_user() -> String {
    let uid = unsafe { libc::geteuid() };
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 4096];
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: getpwuid_r writes into `pwd` and `buf`, which outlive the call; `found` is
    // either null or points at `pwd`.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut found) };
    let name = (rc == 0 && !found.is_null())
        .then(|| unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) }.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty());
    format!("ssmctl:{}", name.unwrap_or_else(|| format!("uid-{uid}")))
}

// ---------------------------------------------------------------------------------------------
// Reading one parameter: names, selectors, values

/// What follows the name in `name:version` / `name:label`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Selector {
    Latest,
    Version(i64),
    Label(String),
}

impl Selector {
    fn shown(&self) -> Option<String> {
        match self {
            Selector::Latest => None,
            Selector::Version(v) => Some(format!(":{v}")),
            Selector::Label(l) => Some(format!(":{l}")),
        }
    }
}

/// What a parameter ARN names, with any `:version`/`:label` suffix: the resource after
/// `parameter`, as `/app/db` (`arn:PARTITION:ssm:REGION:ACCOUNT:parameter/app/db`). Any
/// region and account are taken: there is one store. None when `input` is no parameter ARN.
fn arn_resource(input: &str) -> Option<&str> {
    let (partition, resource) = super::ssm_arn(input)?;
    let path = resource.strip_prefix("parameter")?;
    (!partition.is_empty() && path.len() > 1 && path.starts_with('/')).then_some(path)
}

/// Does `input` have an ARN's form (`arn:` and five more fields)? `arn` is a valid name,
/// so `arn:12` and `arn:prod` are that name with a selector.
fn is_arn(input: &str) -> bool {
    input.trim_start().strip_prefix("arn:").is_some_and(|rest| rest.matches(':').count() >= 4)
}

/// The name for an operation that, as in AWS, takes the name itself and not an ARN
/// (PutParameter, DeleteParameter(s), Label/UnlabelParameterVersion, tagging).
fn plain_name(input: &str) -> Result<String> {
    let name = input.trim();
    if is_arn(name) {
        return Err(Error::service("ValidationException", arn_not_taken(name)));
    }
    Ok(name.to_string())
}

fn arn_not_taken(input: &str) -> String {
    let hint = match arn_resource(input.trim()) {
        Some(path) if path.matches('/').count() == 1 => format!(": give {} (or {path})", &path[1..]),
        Some(path) => format!(": give {path}"),
        None => String::new(),
    };
    format!(
        "{input}: this operation takes the parameter's name, not its ARN, as in AWS (only GetParameter, GetParameters \
         and GetParameterHistory take an ARN){hint}."
    )
}

/// Splits `name`, `name:3`, `name:label` or an ARN (`arn:aws:ssm:…:parameter/app/db`, as
/// the ARN member shows it) into the name and the selector. Text that begins `arn:` but is
/// no parameter ARN is kept whole (and found by no name).
pub(crate) fn parse_name(input: &str) -> (String, Selector) {
    let input = input.trim();
    let plain = match arn_resource(input) {
        Some(path) => path,
        None if is_arn(input) => return (input.to_string(), Selector::Latest),
        None => input,
    };
    match plain.split_once(':') {
        None => (plain.to_string(), Selector::Latest),
        Some((name, sel)) if !sel.is_empty() && sel.bytes().all(|b| b.is_ascii_digit()) => {
            (name.to_string(), sel.parse().map(Selector::Version).unwrap_or(Selector::Label(sel.to_string())))
        }
        Some((name, sel)) => (name.to_string(), Selector::Label(sel.to_string())),
    }
}

fn not_found(name: &str) -> Error {
    Error::service("ParameterNotFound", format!("Parameter {name} not found."))
}

fn version_not_found(name: &str, version: i64) -> Error {
    Error::service(
        "ParameterVersionNotFound",
        format!("Systems Manager could not find version {version} of {name}. Verify the version and try again."),
    )
}

/// Finds the version a name (with its selector, or as an ARN) refers to.
pub(crate) fn find(conn: &Connection, input: &str) -> Result<(VersionRow, Selector)> {
    if is_arn(input) && arn_resource(input.trim()).is_none() {
        return Err(Error::service(
            "ParameterNotFound",
            format!(
                "Parameter {} not found: it is not a parameter ARN (arn:aws:ssm:REGION:ACCOUNT:parameter/NAME).",
                input.trim()
            ),
        ));
    }
    let (mut name, selector) = parse_name(input);
    // An ARN of a top-level name (`parameter/db`) names `/db` or `db`.
    let arn_top_level = is_arn(input) && name.matches('/').count() == 1;
    let mut latest = rows::latest(conn, &name)?;
    if latest.is_none() && arn_top_level {
        name = name[1..].to_string();
        latest = rows::latest(conn, &name)?;
    }
    let latest = latest.ok_or_else(|| not_found(&name))?;
    let row = match &selector {
        Selector::Latest => latest,
        Selector::Version(v) => rows::version(conn, &name, *v)?.ok_or_else(|| version_not_found(&name, *v))?,
        Selector::Label(l) => {
            let v = rows::version_of_label(conn, &name, l)?.ok_or_else(|| {
                Error::service(
                    "ParameterNotFound",
                    format!("Parameter {name}:{l} not found: no version of {name} has the label {l}."),
                )
            })?;
            rows::version(conn, &name, v)?.ok_or_else(|| version_not_found(&name, v))?
        }
    };
    Ok((row, selector))
}

pub fn arn(name: &str) -> String {
    if name.starts_with('/') { format!("{ARN_PREFIX}{name}") } else { format!("{ARN_PREFIX}/{name}") }
}

/// The value to show: a SecureString's plain text only when asked to decrypt; otherwise its
/// sealed text, as AWS shows the ciphertext.
fn shown_value(row: &VersionRow, decrypt: bool) -> Result<String> {
    if decrypt && row.type_ == SECURE_STRING {
        secrets::open(&row.name, row.version, &row.value)
    } else {
        Ok(row.value.clone())
    }
}

fn parameter(row: &VersionRow, selector: &Selector, decrypt: bool) -> Result<Parameter> {
    Ok(Parameter {
        name: row.name.clone(),
        type_: row.type_.clone(),
        value: shown_value(row, decrypt)?,
        version: row.version,
        selector: selector.shown(),
        last_modified_date: Some(row.modified),
        arn: arn(&row.name),
        data_type: row.data_type.clone(),
    })
}

pub fn get(ctx: &mut Ctx, req: GetParameterRequest) -> Result<GetParameterResult> {
    let (row, selector) = ctx.store()?.read(|tx| find(tx, &req.name))?;
    Ok(GetParameterResult { parameter: parameter(&row, &selector, req.with_decryption)? })
}

pub fn get_many(ctx: &mut Ctx, req: GetParametersRequest) -> Result<GetParametersResult> {
    let store = ctx.store()?;
    let found = store.read(|tx| {
        let mut seen = HashSet::new();
        let mut found = Vec::new();
        let mut invalid = Vec::new();
        for input in &req.names {
            if !seen.insert(input.clone()) {
                continue;
            }
            match find(tx, input) {
                Ok(hit) => found.push(hit),
                Err(Error::Service { code, .. })
                    if code == "ParameterNotFound" || code == "ParameterVersionNotFound" =>
                {
                    invalid.push(input.clone())
                }
                Err(e) => return Err(e),
            }
        }
        Ok((found, invalid))
    })?;
    let (found, invalid_parameters) = found;
    let parameters =
        found.iter().map(|(row, sel)| parameter(row, sel, req.with_decryption)).collect::<Result<Vec<_>>>()?;
    Ok(GetParametersResult { parameters, invalid_parameters })
}

// ---------------------------------------------------------------------------------------------
// Filters (ParameterStringFilter) of get-parameters-by-path and describe-parameters

#[derive(Debug, Clone, PartialEq)]
enum FilterKey {
    Name,
    Type,
    KeyId,
    Path,
    Tier,
    DataType,
    Label,
    Tag(String),
}

#[derive(Debug, Clone)]
struct StringFilter {
    key: FilterKey,
    option: String,
    values: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum FilterUse {
    ByPath,
    Describe,
}

fn parse_filters(filters: &[ParameterStringFilter], usage: FilterUse) -> Result<Vec<StringFilter>> {
    let mut out: Vec<StringFilter> = Vec::new();
    let mut keys_seen: HashSet<String> = HashSet::new();
    for f in filters {
        let key = match f.key.as_str() {
            "Name" => FilterKey::Name,
            "Type" => FilterKey::Type,
            "KeyId" => FilterKey::KeyId,
            "Path" => FilterKey::Path,
            "Tier" => FilterKey::Tier,
            "DataType" => FilterKey::DataType,
            "Label" => FilterKey::Label,
            k => match k.strip_prefix("tag:") {
                Some(t) if !t.is_empty() => FilterKey::Tag(t.to_string()),
                _ => {
                    return Err(Error::service(
                        "InvalidFilterKey",
                        format!(
                            "The following filter key is not valid: {k}. Valid filter keys include: [Name, Type, \
                             KeyId, Path, Tier, DataType, Label, tag:<key>]."
                        ),
                    ));
                }
            },
        };
        let allowed_here = match usage {
            FilterUse::ByPath => matches!(key, FilterKey::Type | FilterKey::KeyId | FilterKey::Label),
            FilterUse::Describe => key != FilterKey::Label,
        };
        if !allowed_here {
            let valid = match usage {
                FilterUse::ByPath => "[Type, KeyId, Label]",
                FilterUse::Describe => "[Name, Type, KeyId, Path, Tier, DataType, tag:<key>]",
            };
            return Err(Error::service(
                "InvalidFilterKey",
                format!("The following filter key is not valid: {}. Valid filter keys include: {valid}.", f.key),
            ));
        }
        if !keys_seen.insert(f.key.clone()) {
            return Err(Error::service(
                "InvalidFilterKey",
                format!(
                    "The following filter is duplicated in the request: {}. A request can contain only one \
                     occurrence of a specific filter.",
                    f.key
                ),
            ));
        }
        let default_option = if key == FilterKey::Path { "OneLevel" } else { "Equals" };
        let option = f.option.clone().unwrap_or_else(|| default_option.to_string());
        let options: &[&str] = match (&key, usage) {
            (FilterKey::Path, _) => &["Recursive", "OneLevel"],
            (FilterKey::Label, _) => &["Equals"],
            (FilterKey::Name, FilterUse::Describe) => &["Equals", "BeginsWith", "Contains"],
            _ => &["Equals", "BeginsWith"],
        };
        if !options.contains(&option.as_str()) {
            return Err(Error::service(
                "InvalidFilterOption",
                format!(
                    "The following filter option is not valid: {option}. Valid options include: [{}].",
                    options.join(", ")
                ),
            ));
        }
        let values = f.values.clone().unwrap_or_default();
        if values.is_empty() && !matches!(key, FilterKey::Tag(_)) {
            return Err(Error::service(
                "InvalidFilterValue",
                format!("The following filter values are missing : null for filter key {}.", f.key),
            ));
        }
        let enum_values: Option<&[&str]> = match key {
            FilterKey::Type => Some(&[STRING, STRING_LIST, SECURE_STRING]),
            FilterKey::Tier => Some(&[STANDARD, ADVANCED, INTELLIGENT_TIERING]),
            _ => None,
        };
        if let Some(valid) = enum_values
            && option == "Equals"
            && let Some(v) = values.iter().find(|v| !valid.contains(&v.as_str()))
        {
            return Err(Error::service(
                "InvalidFilterValue",
                format!("The following filter value is not valid: {v}. Valid values include: [{}].", valid.join(", ")),
            ));
        }
        let values = if key == FilterKey::Path {
            values.iter().map(|v| check_path(v)).collect::<Result<Vec<_>>>()?
        } else {
            values
        };
        out.push(StringFilter { key, option, values });
    }
    Ok(out)
}

/// A path as `get-parameters-by-path --path` and the Path filter take it: `/` or `/a/b`
/// (a trailing `/` is dropped), with a name's characters, at most 15 levels.
fn check_path(path: &str) -> Result<String> {
    let bad = |why: &str| Error::service("ValidationException", format!("Path {path}: {why}"));
    if !path.starts_with('/') {
        return Err(bad("a path begins with a forward slash (/Dev/App)."));
    }
    if let Some(c) = path.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/'))) {
        return Err(bad(&format!("{c:?} is not allowed; a path uses letters, numbers, . - _ and /.")));
    }
    if path.contains("//") {
        return Err(bad("every part of a path needs a name (no //)."));
    }
    let trimmed = if path.len() > 1 { path.trim_end_matches('/') } else { path };
    if trimmed.matches('/').count() > MAX_LEVELS {
        return Err(Error::service(
            "HierarchyLevelLimitExceededException",
            format!("Path {path}: a hierarchy can have a maximum of {MAX_LEVELS} levels."),
        ));
    }
    Ok(trimmed.to_string())
}

/// The hierarchy a name is in: `/a/b/c` → `/a/b`, `/a` and `a` → `/`.
fn parent(name: &str) -> &str {
    match name.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &name[..i],
    }
}

/// A name with its leading slash, as the Name filter compares them (`a` and `/a` alike).
fn slashed(name: &str) -> String {
    format!("/{}", name.trim_start_matches('/'))
}

fn text_matches(option: &str, field: &str, values: &[String]) -> bool {
    match option {
        "BeginsWith" => values.iter().any(|v| field.starts_with(v.as_str())),
        "Contains" => values.iter().any(|v| field.contains(v.as_str())),
        _ => values.iter().any(|v| field == v),
    }
}

/// Does the version match every filter (Label excepted: it picks the version, see by_path)?
fn matches(f: &StringFilter, row: &VersionRow, tags: &[Tag]) -> bool {
    match &f.key {
        FilterKey::Name if f.option == "Contains" => text_matches("Contains", &row.name, &f.values),
        FilterKey::Name => {
            let values: Vec<String> = f.values.iter().map(|v| slashed(v)).collect();
            text_matches(&f.option, &slashed(&row.name), &values)
        }
        FilterKey::Type => text_matches(&f.option, &row.type_, &f.values),
        FilterKey::KeyId => row.key_id.as_deref().is_some_and(|k| text_matches(&f.option, k, &f.values)),
        FilterKey::Tier => text_matches(&f.option, &row.tier, &f.values),
        FilterKey::DataType => text_matches(&f.option, &row.data_type, &f.values),
        FilterKey::Path => {
            let name = slashed(&row.name);
            f.values.iter().any(|p| {
                if f.option == "Recursive" {
                    p == "/" || name.starts_with(&format!("{p}/"))
                } else {
                    parent(&name) == p
                }
            })
        }
        FilterKey::Tag(key) => {
            tags.iter().any(|t| &t.key == key && (f.values.is_empty() || text_matches(&f.option, &t.value, &f.values)))
        }
        FilterKey::Label => true,
    }
}

/// MaxResults within the model's bound; the paginator's --page-size reaches here unchecked.
fn page_size(max_results: Option<i64>, default: i64, max: i64) -> Result<i64> {
    let n = max_results.unwrap_or(default);
    if n > max {
        return Err(Error::service(
            "ValidationException",
            format!(
                "1 validation error detected: Value '{n}' at 'maxResults' failed to satisfy constraint: Member must \
                 have value less than or equal to {max}"
            ),
        ));
    }
    Ok(n.max(1))
}

/// Walks the parameters of `scope` in name order from the token, a batch at a time, until the
/// page is full and one more match proves there is a next page. `pick` turns a latest version
/// (with its labels by version and tags) into what the page shows, or skips it.
fn walk<T>(
    conn: &Connection,
    scope: &Scope,
    token: Option<&str>,
    limit: i64,
    with_tags: bool,
    mut pick: impl FnMut(&Connection, VersionRow, &HashMap<i64, Vec<String>>, &[Tag]) -> Result<Option<T>>,
) -> Result<(Vec<T>, Option<String>)> {
    let mut after = decode_token(token)?.unwrap_or_default();
    let mut out = Vec::new();
    // A page's worth first; more at a time while filters skip rows.
    let mut batch_size = limit + 1;
    loop {
        let batch = rows::list_latest(conn, scope, &after, batch_size)?;
        let done = (batch.len() as i64) < batch_size;
        let (labels, mut tags) = match (batch.first(), batch.last()) {
            (Some(first), Some(last)) => (
                rows::labels_range(conn, &first.name, &last.name)?,
                if with_tags {
                    tag_rows::list_range(conn, RESOURCE_TYPE, &first.name, &last.name)?
                } else {
                    HashMap::new()
                },
            ),
            _ => (HashMap::new(), HashMap::new()),
        };
        let no_labels = HashMap::new();
        for row in batch {
            let name = row.name.clone();
            let row_tags = tags.remove(&name).unwrap_or_default();
            let row_labels = labels.get(&name).unwrap_or(&no_labels);
            let Some(item) = pick(conn, row, row_labels, &row_tags)? else {
                after = name;
                continue;
            };
            if out.len() as i64 == limit {
                return Ok((out, Some(encode_token(&after))));
            }
            out.push(item);
            after = name;
        }
        if done {
            return Ok((out, None));
        }
        batch_size = (batch_size * 2).min(1000);
    }
}

// ---------------------------------------------------------------------------------------------
// get-parameters-by-path, describe-parameters

pub fn by_path(ctx: &mut Ctx, req: GetParametersByPathRequest) -> Result<GetParametersByPathResult> {
    let path = check_path(&req.path)?;
    let filters = parse_filters(&req.parameter_filters, FilterUse::ByPath)?;
    let label_filter = filters.iter().find(|f| f.key == FilterKey::Label).cloned();
    let limit = page_size(req.max_results, 10, 10)?;
    let scope = Scope::under(&path, req.recursive);
    let store = ctx.store()?;
    let (rows_found, next_token) = store.read(|tx| {
        walk(tx, &scope, req.next_token.as_deref(), limit, false, |conn, latest, labels, _| {
            // With a Label filter, the version that carries one of the labels is the one shown.
            let row = match &label_filter {
                None => latest,
                Some(f) => {
                    let labelled =
                        labels.iter().filter(|(_, ls)| ls.iter().any(|l| f.values.contains(l))).map(|(v, _)| *v).max();
                    match labelled {
                        None => return Ok(None),
                        Some(v) if v == latest.version => latest,
                        Some(v) => match rows::version(conn, &latest.name, v)? {
                            Some(r) => r,
                            None => return Ok(None),
                        },
                    }
                }
            };
            Ok(filters.iter().all(|f| matches(f, &row, &[])).then_some(row))
        })
    })?;
    let parameters =
        rows_found.iter().map(|r| parameter(r, &Selector::Latest, req.with_decryption)).collect::<Result<Vec<_>>>()?;
    Ok(GetParametersByPathResult { parameters, next_token })
}

pub fn describe(ctx: &mut Ctx, req: DescribeParametersRequest) -> Result<DescribeParametersResult> {
    if !req.filters.is_empty() && !req.parameter_filters.is_empty() {
        return Err(Error::service(
            "ValidationException",
            "You can use either Filters or ParameterFilters in a single request.",
        ));
    }
    let filters = parse_filters(&req.parameter_filters, FilterUse::Describe)?;
    // The older Filters: Name begins with, Type and KeyId equal.
    let old: Vec<StringFilter> = req
        .filters
        .iter()
        .map(|f| {
            let (key, option) = match f.key.as_str() {
                "Name" => (FilterKey::Name, "BeginsWith"),
                "Type" => (FilterKey::Type, "Equals"),
                _ => (FilterKey::KeyId, "Equals"),
            };
            StringFilter { key, option: option.into(), values: f.values.clone() }
        })
        .collect();
    let limit = page_size(req.max_results, 50, 50)?;
    if req.shared {
        // Parameters shared from other AWS accounts: there are none here.
        return Ok(DescribeParametersResult { parameters: vec![], next_token: None });
    }
    let with_tags = filters.iter().any(|f| matches!(f.key, FilterKey::Tag(_)));
    let scope = Scope::all();
    let (parameters, next_token) = ctx.store()?.read(|tx| {
        walk(tx, &scope, req.next_token.as_deref(), limit, with_tags, |_, row, _, tags| {
            let ok = filters.iter().chain(&old).all(|f| matches(f, &row, tags));
            Ok(ok.then(|| metadata(&row)))
        })
    })?;
    Ok(DescribeParametersResult { parameters, next_token })
}

fn metadata(row: &VersionRow) -> ParameterMetadata {
    ParameterMetadata {
        name: row.name.clone(),
        arn: arn(&row.name),
        type_: row.type_.clone(),
        key_id: row.key_id.clone(),
        last_modified_date: Some(row.modified),
        last_modified_user: row.user.clone(),
        description: row.description.clone(),
        allowed_pattern: row.allowed_pattern.clone(),
        version: row.version,
        tier: row.tier.clone(),
        policies: policies::reported(row.policies.as_deref(), row.modified, time::now()),
        data_type: row.data_type.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// delete, history, labels

/// Deletes an expired parameter (and its tags) that no read shows any more, so that a
/// write of its name finds nothing: a put makes it anew, a delete finds no parameter.
fn purge_if_expired(conn: &Connection, name: &str) -> Result<()> {
    if rows::delete_if_expired(conn, name)? {
        tag_rows::remove_all(conn, RESOURCE_TYPE, name)?;
    }
    Ok(())
}

/// For the tick (src/ops/apply_due.rs): deletes every parameter whose Expiration has
/// passed, with its tags; how many.
pub fn delete_expired(conn: &Connection) -> Result<usize> {
    let names = rows::delete_expired(conn)?;
    for name in &names {
        tag_rows::remove_all(conn, RESOURCE_TYPE, name)?;
    }
    Ok(names.len())
}

pub fn delete(ctx: &mut Ctx, req: DeleteParameterRequest) -> Result<Empty> {
    let name = plain_name(&req.name)?;
    ctx.store()?.write(|tx| {
        purge_if_expired(tx, &name)?;
        if !rows::delete(tx, &name)? {
            return Err(not_found(&name));
        }
        tag_rows::remove_all(tx, RESOURCE_TYPE, &name)?;
        Ok(Empty {})
    })
}

pub fn delete_many(ctx: &mut Ctx, req: DeleteParametersRequest) -> Result<DeleteParametersResult> {
    ctx.store()?.write(|tx| {
        let mut deleted_parameters = Vec::new();
        let mut invalid_parameters = Vec::new();
        for name in &req.names {
            let n = name.trim();
            // An ARN names no parameter here, as in AWS: it is reported invalid.
            let deleted = if is_arn(n) {
                false
            } else {
                purge_if_expired(tx, n)?;
                rows::delete(tx, n)?
            };
            if deleted {
                tag_rows::remove_all(tx, RESOURCE_TYPE, n)?;
                deleted_parameters.push(name.clone());
            } else if !deleted_parameters.contains(name) {
                invalid_parameters.push(name.clone());
            }
        }
        Ok(DeleteParametersResult { deleted_parameters, invalid_parameters })
    })
}

pub fn history(ctx: &mut Ctx, req: GetParameterHistoryRequest) -> Result<GetParameterHistoryResult> {
    let limit = page_size(req.max_results, 50, 50)?;
    let after: i64 = super::decode_number(req.next_token.as_deref())?;
    let (versions, labels) = ctx.store()?.read(|tx| {
        // A name or an ARN, as GetParameter takes them.
        let name = find(tx, &req.name)?.0.name;
        Ok((rows::versions_after(tx, &name, after, limit + 1)?, rows::labels_by_version(tx, &name)?))
    })?;
    let more = versions.len() as i64 > limit;
    let now = time::now();
    let shown: Vec<&VersionRow> = versions.iter().take(limit as usize).collect();
    let next_token = if more { shown.last().map(|v| encode_token(&v.version.to_string())) } else { None };
    let parameters = shown
        .into_iter()
        .map(|v| {
            Ok(ParameterHistory {
                name: v.name.clone(),
                type_: v.type_.clone(),
                key_id: v.key_id.clone(),
                last_modified_date: Some(v.modified),
                last_modified_user: v.user.clone(),
                description: v.description.clone(),
                value: shown_value(v, req.with_decryption)?,
                allowed_pattern: v.allowed_pattern.clone(),
                version: v.version,
                labels: labels.get(&v.version).cloned().unwrap_or_default(),
                tier: v.tier.clone(),
                policies: policies::reported(v.policies.as_deref(), v.modified, now),
                data_type: v.data_type.clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(GetParameterHistoryResult { parameters, next_token })
}

/// AWS's label rules: at most 100 characters of letters, digits, `. - _`; not beginning with
/// a digit, `aws` or `ssm` (any case).
pub(crate) fn label_is_valid(label: &str) -> bool {
    let lower = label.to_ascii_lowercase();
    !label.is_empty()
        && label.len() <= MAX_LABEL_LEN
        && label.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        && !label.starts_with(|c: char| c.is_ascii_digit())
        && !lower.starts_with("aws")
        && !lower.starts_with("ssm")
}

pub fn label(ctx: &mut Ctx, req: LabelParameterVersionRequest) -> Result<LabelParameterVersionResult> {
    let name = plain_name(&req.name)?;
    ctx.store()?.write(|tx| {
        let latest = rows::latest(tx, &name)?.ok_or_else(|| not_found(&name))?;
        let version = req.parameter_version.unwrap_or(latest.version);
        if rows::version(tx, &name, version)?.is_none() {
            return Err(version_not_found(&name, version));
        }
        let mut invalid_labels = Vec::new();
        let mut valid: Vec<&String> = Vec::new();
        for l in &req.labels {
            if !label_is_valid(l) {
                invalid_labels.push(l.clone());
            } else if !valid.contains(&l) {
                valid.push(l);
            }
        }
        let current = rows::labels_of(tx, &name, version)?;
        let added = valid.iter().filter(|l| !current.contains(l)).count();
        if current.len() + added > MAX_LABELS_PER_VERSION {
            return Err(Error::service(
                "ParameterVersionLabelLimitExceeded",
                format!(
                    "A parameter version can have maximum {MAX_LABELS_PER_VERSION} labels; version {version} of {name} \
                     has {} and would have {}. Move one or more labels to another version and try again.",
                    current.len(),
                    current.len() + added
                ),
            ));
        }
        for l in valid {
            rows::set_label(tx, &name, version, l)?;
        }
        Ok(LabelParameterVersionResult { invalid_labels, parameter_version: version })
    })
}

pub fn unlabel(ctx: &mut Ctx, req: UnlabelParameterVersionRequest) -> Result<UnlabelParameterVersionResult> {
    let name = plain_name(&req.name)?;
    ctx.store()?.write(|tx| {
        rows::latest(tx, &name)?.ok_or_else(|| not_found(&name))?;
        if rows::version(tx, &name, req.parameter_version)?.is_none() {
            return Err(version_not_found(&name, req.parameter_version));
        }
        let mut removed_labels = Vec::new();
        let mut invalid_labels = Vec::new();
        for l in &req.labels {
            if rows::remove_label(tx, &name, req.parameter_version, l)? {
                removed_labels.push(l.clone());
            } else if !removed_labels.contains(l) {
                invalid_labels.push(l.clone());
            }
        }
        Ok(UnlabelParameterVersionResult { removed_labels, invalid_labels })
    })
}

/// For src/ops/tags.rs: a parameter can be tagged when it exists (ResourceId is its name,
/// as AWS takes it, not its ARN).
pub fn check_taggable(conn: &Connection, name: &str) -> Result<()> {
    if is_arn(name) {
        return Err(Error::service("InvalidResourceId", arn_not_taken(name)));
    }
    match rows::latest(conn, name)? {
        Some(_) => Ok(()),
        None => Err(Error::service("InvalidResourceId", format!("Parameter {name} does not exist."))),
    }
}

// ---------------------------------------------------------------------------------------------
// {{ssm:…}} and {{ssm-secure:…}} references, for the execution engine

/// Resolves one reference, given as the text inside `{{ }}`: `ssm:/name`, `ssm:/name:3`,
/// `ssm:/name:label` (String and StringList parameters; a StringList gives its
/// comma-separated value) or `ssm-secure:/name…` (SecureString parameters, decrypted). A
/// SecureString through `ssm:`, or anything else through `ssm-secure:`, is refused.
/// Errors are `InvalidParameters` naming the reference (key problems keep their own code).
pub fn resolve_reference(conn: &Connection, reference: &str) -> Result<String> {
    let inner = reference.trim();
    let shown = format!("{{{{{inner}}}}}");
    let invalid = |why: String| Error::service("InvalidParameters", format!("{shown}: {why}"));
    let (secure, spec) = if let Some(s) = inner.strip_prefix("ssm-secure:") {
        (true, s)
    } else if let Some(s) = inner.strip_prefix("ssm:") {
        (false, s)
    } else {
        return Err(invalid("not a Parameter Store reference ({{ssm:/name}} or {{ssm-secure:/name}}).".into()));
    };
    let spec = spec.trim();
    if spec.is_empty() {
        return Err(invalid("no parameter name.".into()));
    }
    let (row, _) = find(conn, spec).map_err(|e| match e {
        Error::Service { code, message } if code == "ParameterNotFound" || code == "ParameterVersionNotFound" => {
            invalid(format!("parameter not found ({message})"))
        }
        other => other,
    })?;
    match (secure, row.type_ == SECURE_STRING) {
        (false, true) => Err(invalid(format!(
            "{} is a SecureString; reference it as {{{{ssm-secure:{spec}}}}} to have it decrypted.",
            row.name
        ))),
        (true, false) => Err(invalid(format!(
            "{} is a {}, not a SecureString; reference it as {{{{ssm:{spec}}}}}.",
            row.name, row.type_
        ))),
        (true, true) => secrets::open(&row.name, row.version, &row.value),
        (false, false) => Ok(row.value),
    }
}

/// Replaces every `{{ssm:…}}` / `{{ssm-secure:…}}` in `text` (other `{{ … }}` text is left
/// alone, as src/document/params.rs finds references). The flag says whether a secret was
/// resolved, so the caller can mask what it records.
pub fn resolve_references(conn: &Connection, text: &str) -> Result<(String, bool)> {
    let mut out = String::with_capacity(text.len());
    let mut secret = false;
    let mut done = 0;
    for b in params::braces(text) {
        secret |= match params::classify(b.inner) {
            Some(Reference::SsmSecure(_)) => true,
            Some(Reference::Ssm(_)) => false,
            _ => continue,
        };
        out.push_str(&text[done..b.start]);
        out.push_str(&resolve_reference(conn, b.inner)?);
        done = b.end;
    }
    out.push_str(&text[done..]);
    Ok((out, secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_aws_rules() {
        for ok in ["db", "/app/db", "/App/DB-1/x_y.z", "a.b-c_d"] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        let code = |n: &str| match check_name(n) {
            Err(Error::Service { code, .. }) => code,
            other => panic!("{n}: {other:?}"),
        };
        for bad in ["app/db", "/app//db", "/app/", "a b", "/a$b", "aws-x", "/AWS/x", "SSM", "/ssmx/y", ""] {
            assert_eq!(code(bad), "ValidationException", "{bad}");
        }
        let deep = "/l".repeat(15);
        assert!(check_name(&deep).is_ok());
        assert_eq!(code(&"/l".repeat(16)), "HierarchyLevelLimitExceededException");
        assert!(check_name(&"a".repeat(1011)).is_ok());
        assert_eq!(code(&"a".repeat(1012)), "ValidationException");
    }

    #[test]
    fn selectors_and_arns() {
        assert_eq!(parse_name("/a/b"), ("/a/b".into(), Selector::Latest));
        assert_eq!(parse_name("/a/b:3"), ("/a/b".into(), Selector::Version(3)));
        assert_eq!(parse_name("/a/b:prod"), ("/a/b".into(), Selector::Label("prod".into())));
        assert_eq!(parse_name(&format!("{}:2", arn("/a/b"))), ("/a/b".into(), Selector::Version(2)));
        // Any partition, region and account; only ssm parameter ARNs.
        assert_eq!(
            parse_name("arn:aws-cn:ssm:cn-north-1:123456789012:parameter/a/b:prod"),
            ("/a/b".into(), Selector::Label("prod".into()))
        );
        assert_eq!(parse_name(" arn:aws:ssm:us-east-1:123456789012:parameter/db "), ("/db".into(), Selector::Latest));
        for not_param in [
            "arn:aws:ssm:us-east-1:123456789012:document/db",
            "arn:aws:s3:us-east-1:123456789012:parameter/db",
            "arn:aws:ssm:us-east-1:123456789012:parameter/",
            "arn:aws:ssm:us-east-1:123456789012:",
        ] {
            assert_eq!(arn_resource(not_param), None, "{not_param}");
            assert_eq!(parse_name(not_param), (not_param.to_string(), Selector::Latest));
        }
        assert!(plain_name("/a/b").is_ok());
        // `arn` is a name like any other.
        assert_eq!(parse_name("arn:12"), ("arn".into(), Selector::Version(12)));
        assert_eq!(parse_name("arn:prod"), ("arn".into(), Selector::Label("prod".into())));
        assert_eq!(plain_name("arn").unwrap(), "arn");
        let msg = |input: &str| match plain_name(input) {
            Err(Error::Service { code, message }) if code == "ValidationException" => message,
            other => panic!("{other:?}"),
        };
        assert!(msg("arn:aws:ssm:us-east-1:1:parameter/a/b").ends_with("give /a/b."));
        assert!(msg("arn:aws:ssm:us-east-1:1:parameter/db").ends_with("give db (or /db)."));
        assert_eq!(arn("db"), "arn:aws:ssm:local:000000000000:parameter/db");
        assert_eq!(arn("/a/db"), "arn:aws:ssm:local:000000000000:parameter/a/db");
    }

    #[test]
    fn labels_follow_aws_rules() {
        for ok in ["prod", "Prod-1.2_x", "a"] {
            assert!(label_is_valid(ok), "{ok}");
        }
        for bad in ["1st", "awsx", "SSM-prod", "has space", "a/b", "", &"x".repeat(101)] {
            assert!(!label_is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn tiers() {
        assert_eq!(tier_for(None, None, 10, false).unwrap(), STANDARD);
        assert_eq!(tier_for(None, Some(ADVANCED), 10, false).unwrap(), ADVANCED);
        assert_eq!(tier_for(Some(INTELLIGENT_TIERING), None, 5000, false).unwrap(), ADVANCED);
        assert_eq!(tier_for(Some(INTELLIGENT_TIERING), None, 4096, false).unwrap(), STANDARD);
        assert!(tier_for(None, None, 4097, false).is_err());
        assert!(tier_for(Some(ADVANCED), None, 8193, false).is_err());
        assert!(tier_for(Some(STANDARD), Some(ADVANCED), 1, false).is_err());
        // Policies need Advanced: Intelligent-Tiering picks it, Standard (given or default) is refused.
        assert_eq!(tier_for(Some(INTELLIGENT_TIERING), None, 10, true).unwrap(), ADVANCED);
        assert_eq!(tier_for(Some(ADVANCED), None, 10, true).unwrap(), ADVANCED);
        assert_eq!(tier_for(None, Some(ADVANCED), 10, true).unwrap(), ADVANCED);
        assert!(tier_for(Some(STANDARD), None, 10, true).is_err());
        assert!(tier_for(None, None, 10, true).is_err());
        assert!(tier_for(None, Some(STANDARD), 10, true).is_err());
    }

    fn store_with(params: &[(&str, &str, &str)]) -> (tempfile::TempDir, Ctx) {
        secrets::insert_test_key("test/references", 3);
        let dir = tempfile::tempdir().unwrap();
        let mut ctx = Ctx::new(dir.path().join("state.db"), None);
        for (name, type_, value) in params {
            let key_id = (*type_ == SECURE_STRING).then(|| "test/references".to_string());
            let req = PutParameterRequest {
                name: name.to_string(),
                value: value.to_string(),
                type_: Some(type_.to_string()),
                key_id,
                overwrite: Some(true),
                ..Default::default()
            };
            put(&mut ctx, req).unwrap();
        }
        (dir, ctx)
    }

    #[test]
    fn references_resolve_by_type_version_and_label() {
        let (_dir, mut ctx) = store_with(&[
            ("/app/host", STRING, "db1"),
            ("/app/host", STRING, "db2"),
            ("/app/list", STRING_LIST, "a,b,c"),
            ("/app/pw", SECURE_STRING, "s3cr3t"),
        ]);
        ctx.store().unwrap().write(|tx| rows::set_label(tx, "/app/host", 1, "old")).unwrap();
        let conn = ctx.store().unwrap().conn();
        assert_eq!(resolve_reference(conn, "ssm:/app/host").unwrap(), "db2");
        assert_eq!(resolve_reference(conn, " ssm:/app/host:1 ").unwrap(), "db1");
        assert_eq!(resolve_reference(conn, "ssm:/app/host:old").unwrap(), "db1");
        assert_eq!(resolve_reference(conn, "ssm:/app/list").unwrap(), "a,b,c");
        assert_eq!(resolve_reference(conn, "ssm-secure:/app/pw").unwrap(), "s3cr3t");

        let err = |r: &str| match resolve_reference(conn, r) {
            Err(Error::Service { code, message }) => (code, message),
            other => panic!("{r}: {other:?}"),
        };
        let (code, msg) = err("ssm:/app/pw");
        assert_eq!(code, "InvalidParameters");
        assert!(msg.contains("{{ssm:/app/pw}}") && msg.contains("ssm-secure") && !msg.contains("s3cr3t"), "{msg}");
        let (code, msg) = err("ssm-secure:/app/host");
        assert_eq!(code, "InvalidParameters");
        assert!(msg.contains("not a SecureString"), "{msg}");
        let (code, msg) = err("ssm:/app/x");
        assert_eq!(code, "InvalidParameters");
        assert!(msg.starts_with("{{ssm:/app/x}}: parameter not found"), "{msg}");
        assert_eq!(err("ssm:/app/host:9").0, "InvalidParameters");
        assert_eq!(err("ssm:/app/host:nolabel").0, "InvalidParameters");
        assert_eq!(err("name").0, "InvalidParameters");
    }

    #[test]
    fn references_are_replaced_in_text() {
        let (_dir, mut ctx) =
            store_with(&[("/app/host", STRING, "db1"), ("/app/pw", SECURE_STRING, "pw"), ("plain", STRING, "p")]);
        let conn = ctx.store().unwrap().conn();
        let (text, secret) =
            resolve_references(conn, "connect {{ssm:/app/host}}:{{ ssm:plain }} keep {{ name }} {{.Go}}").unwrap();
        assert_eq!(text, "connect db1:p keep {{ name }} {{.Go}}");
        assert!(!secret);
        let (text, secret) = resolve_references(conn, "{{ {{ssm-secure:/app/pw}} and {{ssm:/app/host").unwrap();
        assert_eq!(text, "{{ pw and {{ssm:/app/host");
        assert!(secret);
        assert!(resolve_references(conn, "x {{ssm:/missing}}").is_err());
        assert_eq!(resolve_references(conn, "no refs").unwrap(), ("no refs".to_string(), false));
    }

    #[test]
    fn paths_and_parents() {
        assert_eq!(check_path("/app/").unwrap(), "/app");
        assert_eq!(check_path("/").unwrap(), "/");
        assert!(check_path("app").is_err());
        assert!(check_path("/a//b").is_err());
        assert_eq!(parent("/a/b/c"), "/a/b");
        assert_eq!(parent("/a"), "/");
        assert_eq!(parent("a"), "/");
    }
}
