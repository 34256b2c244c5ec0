//! The `parameters` section: declarations, checking values against them, turning the API's
//! string values into typed values, and finding `{{ ... }}` references in text.

use serde_json::{Map, Value};

use super::{ParamDecl, content_error as err};
use crate::error::Result;

/// The six parameter types documents may declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    String,
    StringList,
    Boolean,
    Integer,
    StringMap,
    MapList,
}

impl ParamType {
    pub const ALL: [ParamType; 6] = [
        ParamType::String,
        ParamType::StringList,
        ParamType::Boolean,
        ParamType::Integer,
        ParamType::StringMap,
        ParamType::MapList,
    ];

    pub fn from_name(s: &str) -> Option<ParamType> {
        ParamType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            ParamType::String => "String",
            ParamType::StringList => "StringList",
            ParamType::Boolean => "Boolean",
            ParamType::Integer => "Integer",
            ParamType::StringMap => "StringMap",
            ParamType::MapList => "MapList",
        }
    }

    /// Types whose values are lists (minItems/maxItems apply).
    fn is_list(self) -> bool {
        matches!(self, ParamType::StringList | ParamType::MapList)
    }

    /// Types whose values are made of strings (minChars/maxChars apply).
    fn has_chars(self) -> bool {
        matches!(self, ParamType::String | ParamType::StringList)
    }
}

const DECL_KEYS: &[&str] = &[
    "type",
    "description",
    "default",
    "allowedValues",
    "allowedPattern",
    "displayType",
    "minItems",
    "maxItems",
    "minChars",
    "maxChars",
    "interpolationType",
    // Not an AWS field: ssmctl's way to mark a value to be masked in output (SPEC §12).
    "noEcho",
];

/// Reads the `parameters` section (absent means none).
pub(crate) fn parse_decls(section: Option<&Value>) -> Result<Vec<ParamDecl>> {
    let entries = match section {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return Err(err("parameters", "must be a mapping of parameter name to declaration"));
        }
    };
    entries.iter().map(|(name, decl)| parse_decl(name, decl)).collect()
}

fn is_param_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn parse_decl(name: &str, decl: &Value) -> Result<ParamDecl> {
    let path = format!("parameters.{name}");
    if !is_param_name(name) {
        return Err(err(&path, "parameter names may contain only letters, digits and _"));
    }
    let Value::Object(m) = decl else {
        return Err(err(&path, "declaration must be a mapping"));
    };
    if let Some(key) = m.keys().find(|k| !DECL_KEYS.contains(&k.as_str())) {
        return Err(err(&format!("{path}.{key}"), format!("unknown key (allowed: {})", DECL_KEYS.join(", "))));
    }
    let ty = match m.get("type") {
        None => return Err(err(&format!("{path}.type"), "required")),
        Some(Value::String(s)) => ParamType::from_name(s).ok_or_else(|| {
            let names: Vec<_> = ParamType::ALL.iter().map(|t| t.as_str()).collect();
            err(&format!("{path}.type"), format!("\"{s}\" is not a parameter type ({})", names.join(", ")))
        })?,
        Some(_) => return Err(err(&format!("{path}.type"), "must be a string")),
    };
    let field = |key: &str| format!("{path}.{key}");

    let allowed_values = match m.get("allowedValues") {
        None => Vec::new(),
        Some(Value::Array(v)) if !v.is_empty() => v.clone(),
        Some(_) => return Err(err(&field("allowedValues"), "must be a non-empty list")),
    };
    let allowed_pattern = opt_string(m, "allowedPattern", &path)?;
    if let Some(p) = &allowed_pattern {
        compile_pattern(p).map_err(|e| err(&field("allowedPattern"), e))?;
    }
    if let Some(d) = opt_string(m, "displayType", &path)?
        && d != "textfield"
        && d != "textarea"
    {
        return Err(err(&field("displayType"), format!("\"{d}\" is not one of textfield, textarea")));
    }
    let env_var = match opt_string(m, "interpolationType", &path)?.as_deref() {
        None => false,
        Some("ENV_VAR") if ty == ParamType::String => true,
        // The variable carries one string; lists and maps have no single spelling for it.
        Some("ENV_VAR") => {
            return Err(err(&field("interpolationType"), "ENV_VAR is only supported for String parameters"));
        }
        Some(other) => {
            return Err(err(&field("interpolationType"), format!("\"{other}\" is not supported (only ENV_VAR)")));
        }
    };
    let no_echo = match m.get("noEcho") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(err(&field("noEcho"), "must be true or false")),
    };

    let (min_items, max_items) = bounds(m, "minItems", "maxItems", &path)?;
    if (min_items.is_some() || max_items.is_some()) && !ty.is_list() {
        let key = if min_items.is_some() { "minItems" } else { "maxItems" };
        return Err(err(&field(key), "only allowed for StringList and MapList parameters"));
    }
    let (min_chars, max_chars) = bounds(m, "minChars", "maxChars", &path)?;
    if (min_chars.is_some() || max_chars.is_some()) && !ty.has_chars() {
        let key = if min_chars.is_some() { "minChars" } else { "maxChars" };
        return Err(err(&field(key), "only allowed for String and StringList parameters"));
    }

    let decl = ParamDecl {
        name: name.to_string(),
        type_: ty.as_str().to_string(),
        description: opt_string(m, "description", &path)?,
        default: m.get("default").cloned(),
        allowed_values,
        allowed_pattern,
        min_items,
        max_items,
        min_chars,
        max_chars,
        no_echo,
        env_var,
    };
    if let Some(default) = &decl.default {
        decl.check_value(default).map_err(|e| err(&field("default"), e))?;
    }
    Ok(decl)
}

fn opt_string(m: &Map<String, Value>, key: &str, path: &str) -> Result<Option<String>> {
    match m.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(err(&format!("{path}.{key}"), "must be a string")),
    }
}

/// Reads a min/max pair of non-negative integers and checks min <= max.
fn bounds(m: &Map<String, Value>, min_key: &str, max_key: &str, path: &str) -> Result<(Option<u64>, Option<u64>)> {
    let read = |key: &str| match m.get(key) {
        None => Ok(None),
        Some(v) => v.as_u64().map(Some).ok_or_else(|| err(&format!("{path}.{key}"), "must be a non-negative integer")),
    };
    let (min, max) = (read(min_key)?, read(max_key)?);
    if let (Some(lo), Some(hi)) = (min, max)
        && lo > hi
    {
        return Err(err(&format!("{path}.{min_key}"), format!("{lo} is greater than {max_key} {hi}")));
    }
    Ok((min, max))
}

/// Deeper than any real allowedPattern (the anchoring group adds one level).
const MAX_PATTERN_NESTING: u32 = 64;

/// Compiles an allowedPattern. AWS checks patterns against the whole value (Java's
/// `String.matches`), which is why AWS-RunShellScript's unanchored executionTimeout pattern still
/// refuses "999999"; anchoring reproduces that. The syntax is Rust's `regex`, which covers what
/// documents use in practice but has no look-around or backreferences. Nesting is capped well
/// below the regex crate's own limit: its compiler recurses once per level, and 170 nested
/// repetitions (`a+++…`, found by fuzzing) overflowed a 2 MiB thread stack.
pub fn compile_pattern(pattern: &str) -> std::result::Result<regex::Regex, String> {
    regex::RegexBuilder::new(&format!("^(?:{pattern})$")).nest_limit(MAX_PATTERN_NESTING).build().map_err(|e| {
        let detail = e.to_string().replace('\n', " ");
        format!(
            "invalid regular expression (ssmctl uses Rust regex syntax: no look-around or backreferences): {detail}"
        )
    })
}

impl ParamDecl {
    /// The declared type; `None` only for a hand-built declaration with an unknown type.
    pub fn param_type(&self) -> Option<ParamType> {
        ParamType::from_name(&self.type_)
    }

    /// Checks a value (a default, or what a caller supplied) against this declaration. The error
    /// is a message without the field path; values of `noEcho` parameters are never quoted in it.
    /// A whole-value Parameter Store reference is accepted as is: it is resolved at execution.
    pub fn check_value(&self, value: &Value) -> std::result::Result<(), String> {
        if value.as_str().is_some_and(is_parameter_store_reference) {
            return Ok(());
        }
        let ty = self.param_type().ok_or_else(|| format!("unknown parameter type \"{}\"", self.type_))?;
        self.check_type(ty, value)?;

        // A StringList's items are checked one by one against allowedValues, allowedPattern and
        // the character limits; other values as a whole. List items that are Parameter Store
        // references are checked once resolved.
        let items: Vec<&Value> = match value {
            Value::Array(items) if ty == ParamType::StringList => {
                items.iter().filter(|v| !v.as_str().is_some_and(is_parameter_store_reference)).collect()
            }
            _ => vec![value],
        };
        if !self.allowed_values.is_empty() {
            for item in &items {
                if !self.allowed_values.iter().any(|a| same_value(a, item)) {
                    return Err(format!(
                        "{} is not one of allowedValues {}",
                        self.show(item),
                        serde_json::to_string(&self.allowed_values).unwrap_or_default()
                    ));
                }
            }
        }
        if let Some(pattern) = &self.allowed_pattern {
            let re = compile_pattern(pattern)?;
            for item in &items {
                if let Some(text) = item.as_str()
                    && !re.is_match(text)
                {
                    return Err(format!("{} does not match allowedPattern {pattern}", self.show(item)));
                }
            }
        }
        if ty.has_chars() {
            for item in &items {
                let n = item.as_str().map_or(0, |s| s.chars().count()) as u64;
                if let Some(min) = self.min_chars
                    && n < min
                {
                    return Err(format!("{} is shorter than minChars {min}", self.show(item)));
                }
                if let Some(max) = self.max_chars
                    && n > max
                {
                    return Err(format!("{} is longer than maxChars {max}", self.show(item)));
                }
            }
        }
        if let Value::Array(list) = value {
            let n = list.len() as u64;
            if let Some(min) = self.min_items
                && n < min
            {
                return Err(format!("{n} item(s) is fewer than minItems {min}"));
            }
            if let Some(max) = self.max_items
                && n > max
            {
                return Err(format!("{n} item(s) is more than maxItems {max}"));
            }
        }
        Ok(())
    }

    fn check_type(&self, ty: ParamType, value: &Value) -> std::result::Result<(), String> {
        let fits = match ty {
            ParamType::String => value.is_string(),
            ParamType::StringList => value.as_array().is_some_and(|v| v.iter().all(Value::is_string)),
            ParamType::Boolean => value.is_boolean(),
            ParamType::Integer => value.is_i64() || value.is_u64(),
            ParamType::StringMap => value.is_object(),
            ParamType::MapList => value.as_array().is_some_and(|v| v.iter().all(Value::is_object)),
        };
        if fits {
            return Ok(());
        }
        let expected = match ty {
            ParamType::String => "a string",
            ParamType::StringList => "a list of strings",
            ParamType::Boolean => "true or false",
            ParamType::Integer => "an integer",
            ParamType::StringMap => "a mapping",
            ParamType::MapList => "a list of mappings",
        };
        Err(format!("{} is not valid for a {} parameter (expected {expected})", self.show(value), ty.as_str()))
    }

    /// Turns the API's values (`Parameters` is a map of name to list of strings) into a typed
    /// value, then checks it. StringMap and MapList values are JSON text, as the AWS CLI takes
    /// them; MapList also accepts one JSON mapping per value.
    #[allow(dead_code)] // used by send-command parameter checks (Run Command)
    pub fn value_from_api(&self, values: &[String]) -> std::result::Result<Value, String> {
        let ty = self.param_type().ok_or_else(|| format!("unknown parameter type \"{}\"", self.type_))?;
        let single = || match values {
            [one] => Ok(one.as_str()),
            _ => Err(format!("a {} parameter takes exactly one value, got {}", ty.as_str(), values.len())),
        };
        let value = match ty {
            ParamType::StringList => Value::from(values.to_vec()),
            _ if values.len() == 1 && is_parameter_store_reference(&values[0]) => Value::from(values[0].clone()),
            ParamType::String => Value::from(single()?),
            ParamType::Boolean => match single()?.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => return Err(format!("{} is not true or false", self.show_str(single()?))),
            },
            ParamType::Integer => {
                let text = single()?;
                text.trim()
                    .parse::<i64>()
                    .map(Value::from)
                    .map_err(|_| format!("{} is not an integer", self.show_str(text)))?
            }
            ParamType::StringMap => {
                serde_json::from_str(single()?).map_err(|e| format!("StringMap value is not JSON: {e}"))?
            }
            ParamType::MapList => match values {
                [one] if one.trim_start().starts_with('[') => {
                    serde_json::from_str(one).map_err(|e| format!("MapList value is not JSON: {e}"))?
                }
                _ => Value::Array(
                    values
                        .iter()
                        .map(|v| serde_json::from_str(v))
                        .collect::<std::result::Result<_, _>>()
                        .map_err(|e| format!("MapList item is not JSON: {e}"))?,
                ),
            },
        };
        self.check_value(&value)?;
        Ok(value)
    }

    /// How a value appears in a message: quoted and shortened, or hidden for noEcho parameters.
    fn show(&self, value: &Value) -> String {
        if self.no_echo {
            return "the value".to_string();
        }
        let text = serde_json::to_string(value).unwrap_or_default();
        shorten(text)
    }

    #[allow(dead_code)] // used by value_from_api
    fn show_str(&self, text: &str) -> String {
        self.show(&Value::from(text))
    }
}

fn shorten(text: String) -> String {
    const LIMIT: usize = 80;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text,
    }
}

/// allowedValues are usually written as strings even for Integer and Boolean parameters
/// (`allowedValues: ["1", "2"]`), so scalars compare by their text.
fn same_value(a: &Value, b: &Value) -> bool {
    fn text(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }
    a == b || matches!((text(a), text(b)), (Some(x), Some(y)) if x == y)
}

/// A `{{ ... }}` reference found in document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// `{{ name }}`: a document parameter.
    Parameter(String),
    /// `{{ssm:/path}}`: a Parameter Store String/StringList, resolved at execution.
    Ssm(String),
    /// `{{ssm-secure:/path}}`: a SecureString, resolved at execution.
    SsmSecure(String),
}

/// One `{{ ... }}` in text: `start..end` runs from the innermost opening braces to the
/// closing ones, `inner` is the trimmed text between them. Every reader of references (the
/// validator, the interpolator, Parameter Store resolution) scans with this, so they agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Braces<'a> {
    pub start: usize,
    pub end: usize,
    pub inner: &'a str,
}

/// Every `{{ ... }}` in `text`, in order; in "{{ {{x}}" the braces open at the innermost `{{`.
pub fn braces(text: &str) -> Vec<Braces<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|p| from + p) {
        let Some(close) = text[open + 2..].find("}}").map(|p| open + 2 + p) else { break };
        let start = text[open..close].rfind("{{").map_or(open, |p| open + p);
        found.push(Braces { start, end: close + 2, inner: text[start + 2..close].trim() });
        from = close + 2;
    }
    found
}

/// Finds the references in `text`, in order. Only `{{ word }}` (letters, digits, _) and the
/// `ssm:`/`ssm-secure:` forms are references; other brace text (a Go template's
/// `{{.State.Status}}` in a script) is left alone, as the agent leaves it.
pub fn references(text: &str) -> Vec<Reference> {
    braces(text).into_iter().filter_map(|b| classify(b.inner)).collect()
}

pub fn classify(inner: &str) -> Option<Reference> {
    let store_path = |p: &str| !p.is_empty() && !p.chars().any(char::is_whitespace);
    if let Some(path) = inner.strip_prefix("ssm-secure:") {
        return store_path(path).then(|| Reference::SsmSecure(path.to_string()));
    }
    if let Some(path) = inner.strip_prefix("ssm:") {
        return store_path(path).then(|| Reference::Ssm(path.to_string()));
    }
    is_param_name(inner).then(|| Reference::Parameter(inner.to_string()))
}

/// True when the whole of `s` is one `{{ssm:...}}` or `{{ssm-secure:...}}` reference.
pub fn is_parameter_store_reference(s: &str) -> bool {
    let t = s.trim();
    t.starts_with("{{")
        && t.ends_with("}}")
        && t.matches("{{").count() == 1
        && matches!(references(t).as_slice(), [Reference::Ssm(_) | Reference::SsmSecure(_)])
}

/// Calls `f` on every string inside `value` (not on mapping keys).
pub(crate) fn for_each_string(value: &Value, f: &mut impl FnMut(&str)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter().for_each(|v| for_each_string(v, f)),
        Value::Object(m) => m.values().for_each(|v| for_each_string(v, f)),
        _ => {}
    }
}
