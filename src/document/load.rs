//! Document text → `serde_json::Value`, for both formats, with syntax errors that name the line
//! and column. One loader for JSON and YAML so that everything after it sees the same tree.

use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::DocFormat;

/// Parses `content` in `format`. The error is a complete message ("YAML syntax error at line 3,
/// column 7: ..."); the caller chooses the error code.
pub(crate) fn load(content: &str, format: DocFormat) -> Result<Value, String> {
    match format {
        DocFormat::Json => serde_json::from_str::<Strict>(content).map(|s| s.0).map_err(|e| json_error(&e)),
        DocFormat::Yaml => serde_yaml_ng::from_str::<Strict>(content).map(|s| s.0).map_err(|e| yaml_error(&e)),
    }
}

fn json_error(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we put the position first, in one style for
    // both formats.
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = text.strip_suffix(&suffix).unwrap_or(&text);
    if e.line() == 0 {
        format!("JSON syntax error: {message}")
    } else {
        format!("JSON syntax error at line {}, column {}: {message}", e.line(), e.column())
    }
}

fn yaml_error(e: &serde_yaml_ng::Error) -> String {
    let text = e.to_string();
    match e.location() {
        Some(loc) => {
            // The position may sit mid-message ("... at line 4 column 1, while parsing ...").
            let marker = format!(" at line {} column {}", loc.line(), loc.column());
            let message = text.replacen(&marker, "", 1);
            format!("YAML syntax error at line {}, column {}: {message}", loc.line(), loc.column())
        }
        None => format!("YAML syntax error: {text}"),
    }
}

/// A JSON value built by our own visitor so that a key given twice in one mapping is an error
/// (serde_json and serde_yaml_ng both keep the last one silently, which hides typos) and so that
/// YAML's non-string scalar keys (`1:`, `true:`) become the strings a JSON document would hold.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON-compatible value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom(format!("number {v} cannot be represented in JSON")))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(k) = map.next_key_seed(Key { seen: &out })? {
            let Strict(v) = map.next_value()?;
            out.insert(k, v);
        }
        Ok(Value::Object(out))
    }
}

/// A mapping key: a string, or a scalar YAML allows as a key, spelled as text. The duplicate
/// check happens while the key itself is read, so the error carries the key's position.
struct Key<'a> {
    seen: &'a Map<String, Value>,
}

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }
}

impl Key<'_> {
    fn fresh<E: de::Error>(&self, k: String) -> Result<String, E> {
        if self.seen.contains_key(&k) { Err(E::custom(format!("duplicate key \"{k}\""))) } else { Ok(k) }
    }
}

impl Visitor<'_> for Key<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        self.fresh(v.to_string())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        self.fresh(v)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        self.fresh(v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        self.fresh(v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        self.fresh(v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        self.fresh(v.to_string())
    }
}

/// Renders a value as YAML. serde_yaml_ng keeps the key order (serde_json's `preserve_order`).
pub(crate) fn to_yaml(value: &Value) -> Result<String, String> {
    serde_yaml_ng::to_string(value).map_err(|e| format!("cannot render YAML: {e}"))
}

/// Renders a value as JSON with a 2-space indent.
pub(crate) fn to_json(value: &Value) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot render JSON: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_error_names_line_and_column() {
        let err = load("a: 1\nb:\n  c: [1, 2\n", DocFormat::Yaml).unwrap_err();
        assert!(err.starts_with("YAML syntax error at line 4, column 1: "), "{err}");
        assert!(!err.contains(" at line 4 column 1"), "{err}");
    }

    #[test]
    fn json_error_names_line_and_column() {
        let err = load("{\n  \"a\": 1,\n}", DocFormat::Json).unwrap_err();
        assert_eq!(err, "JSON syntax error at line 3, column 1: trailing comma");
    }

    #[test]
    fn duplicate_keys_are_refused_in_both_formats() {
        let err = load("a: 1\na: 2\n", DocFormat::Yaml).unwrap_err();
        assert!(err.contains("duplicate key \"a\""), "{err}");
        assert!(err.contains("line 2"), "{err}");
        let err = load("{\"a\": 1, \"a\": 2}", DocFormat::Json).unwrap_err();
        assert!(err.contains("duplicate key \"a\""), "{err}");
    }

    #[test]
    fn yaml_scalar_keys_become_strings() {
        let v = load("1: a\ntrue: b\n", DocFormat::Yaml).unwrap();
        assert_eq!(v, serde_json::json!({"1": "a", "true": "b"}));
    }

    #[test]
    fn yaml_oddities_are_errors_not_panics() {
        for text in ["a: .nan\n", "x: !Ref y\n", "---\na: 1\n---\nb: 2\n", "? [a]\n: b\n"] {
            assert!(load(text, DocFormat::Yaml).is_err(), "{text}");
        }
    }
}
