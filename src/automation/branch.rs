//! `aws:branch`: picks the next step from `Choices` (each a `NextStep` plus one condition) or
//! `Default`.
//!
//! A condition is `Variable` with one operator, or `And`/`Or` (lists of conditions) or `Not`
//! (one condition). References are resolved only when a condition is evaluated, and `And`/`Or`
//! stop at the first deciding member, so a Variable naming a step that did not run is an
//! error only where it is actually needed.
//!
//! Comparison rules:
//! - A Variable (or operand) that is a list of one scalar compares as that scalar: aws:runCommand's
//!   `Output` and other single-value outputs are StringLists.
//! - String operators take strings; numbers and booleans compare by their JSON text. Contains
//!   on a list (of other than one item) asks whether an item equals the operand.
//! - Numeric operators take numbers or numeric strings; surrounding whitespace is ignored, so a
//!   command's `"3\n"` output counts as 3. Integers compare exactly, others as floats.
//! - BooleanEquals takes booleans or the strings "true"/"false" (any case, whitespace ignored).

use super::selector::kind;
use std::cmp::Ordering;

use serde_json::{Map, Value};

type Resolve<'r> = &'r dyn Fn(&Value) -> Result<Value, String>;

const STRING_OPS: &[&str] = &["StringEquals", "EqualsIgnoreCase", "StartsWith", "EndsWith", "Contains"];
const NUMERIC_OPS: &[&str] =
    &["NumericEquals", "NumericGreater", "NumericLesser", "NumericGreaterOrEquals", "NumericLesserOrEquals"];
const BOOLEAN_OPS: &[&str] = &["BooleanEquals"];

/// `inputs` is the step's inputs with references NOT yet resolved; `resolve` resolves one value
/// (the engine passes vars::resolve with its scope). Returns the NextStep of the first Choice
/// that matches, else `Default`, else None. Err(message) for a Variable that does not resolve
/// or a value of the wrong kind.
pub fn choose(inputs: &Map<String, Value>, resolve: Resolve) -> Result<Option<String>, String> {
    let choices = match inputs.get("Choices") {
        Some(Value::Array(c)) => c,
        None => return Err("Choices: required".to_string()),
        Some(_) => return Err("Choices: must be a list".to_string()),
    };
    for (i, choice) in choices.iter().enumerate() {
        let path = format!("Choices[{i}]");
        let Value::Object(m) = choice else { return Err(format!("{path}: must be a mapping")) };
        let next = match m.get("NextStep") {
            Some(Value::String(s)) if !s.is_empty() => s,
            _ => return Err(format!("{path}.NextStep: required step name")),
        };
        if holds_at(m, resolve, &path)? {
            return Ok(Some(next.clone()));
        }
    }
    match inputs.get("Default") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
        Some(_) => Err("Default: must be a step name".to_string()),
    }
}

/// One condition (a Choice without NextStep, or an And/Or/Not member). A `NextStep` key, if
/// present, is ignored.
pub fn holds(cond: &Map<String, Value>, resolve: Resolve) -> Result<bool, String> {
    holds_at(cond, resolve, "")
}

/// `path` locates the condition for messages (`Choices[0].And[1]`).
fn holds_at(cond: &Map<String, Value>, resolve: Resolve, path: &str) -> Result<bool, String> {
    let at = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    let keys: Vec<&str> = cond.keys().map(String::as_str).filter(|k| *k != "NextStep").collect();

    if let Some(combinator) = keys.iter().copied().find(|k| matches!(*k, "And" | "Or" | "Not")) {
        if keys.len() > 1 {
            let where_ = if path.is_empty() { "condition".to_string() } else { path.to_string() };
            return Err(format!("{where_}: {combinator} cannot be combined with {}", others(&keys, combinator)));
        }
        let value = &cond[combinator];
        if combinator == "Not" {
            let Value::Object(inner) = value else { return Err(format!("{}: must be one condition", at("Not"))) };
            return Ok(!holds_at(inner, resolve, &at("Not"))?);
        }
        let members = match value {
            Value::Array(m) if !m.is_empty() => m,
            _ => return Err(format!("{}: must be a non-empty list of conditions", at(combinator))),
        };
        let want_all = combinator == "And";
        for (i, member) in members.iter().enumerate() {
            let member_path = format!("{}[{i}]", at(combinator));
            let Value::Object(m) = member else { return Err(format!("{member_path}: must be a condition")) };
            // And stops at the first false, Or at the first true.
            if holds_at(m, resolve, &member_path)? != want_all {
                return Ok(!want_all);
            }
        }
        return Ok(want_all);
    }

    let Some(variable) = cond.get("Variable") else { return Err(format!("{}: required", at("Variable"))) };
    let ops: Vec<&str> = keys.iter().copied().filter(|k| *k != "Variable").collect();
    let op = match ops.as_slice() {
        [op] => *op,
        [] => return Err(format!("{}: no operator next to Variable", at("Variable"))),
        [first, ..] => return Err(format!("{}: one operator per condition (also {})", at(first), others(&ops, first))),
    };
    if !(STRING_OPS.contains(&op) || NUMERIC_OPS.contains(&op) || BOOLEAN_OPS.contains(&op)) {
        return Err(format!(
            "{}: unknown operator (operators: {}, {}, {}, And, Or, Not)",
            at(op),
            STRING_OPS.join(", "),
            NUMERIC_OPS.join(", "),
            BOOLEAN_OPS.join(", ")
        ));
    }
    let var = single(resolve(variable).map_err(|e| format!("{}: {e}", at("Variable")))?);
    let operand = single(resolve(&cond[op]).map_err(|e| format!("{}: {e}", at(op)))?);
    let shown = show_raw(variable);

    if STRING_OPS.contains(&op) {
        let want = text(&operand).ok_or_else(|| format!("{}: is {}, not a string", at(op), kind(&operand)))?;
        if op == "Contains"
            && let Value::Array(items) = &var
        {
            return Ok(items.iter().any(|item| text(item).is_some_and(|t| t == want)));
        }
        let got = text(&var)
            .ok_or_else(|| format!("{}: Variable {shown} is {}, not a string ({op})", at("Variable"), kind(&var)))?;
        return Ok(match op {
            "StringEquals" => got == want,
            "EqualsIgnoreCase" => got.to_lowercase() == want.to_lowercase(),
            "StartsWith" => got.starts_with(&want),
            "EndsWith" => got.ends_with(&want),
            _ => got.contains(&want),
        });
    }

    if NUMERIC_OPS.contains(&op) {
        let want = number(&operand).ok_or_else(|| format!("{}: {} is not a number", at(op), show_value(&operand)))?;
        let got = number(&var).ok_or_else(|| {
            format!("{}: Variable {shown} is {}, not a number ({op})", at("Variable"), show_value(&var))
        })?;
        let Some(ord) = got.compare(&want) else { return Ok(false) };
        return Ok(match op {
            "NumericEquals" => ord == Ordering::Equal,
            "NumericGreater" => ord == Ordering::Greater,
            "NumericLesser" => ord == Ordering::Less,
            "NumericGreaterOrEquals" => ord != Ordering::Less,
            _ => ord != Ordering::Greater,
        });
    }

    let want = boolean(&operand).ok_or_else(|| format!("{}: {} is not true or false", at(op), show_value(&operand)))?;
    let got = boolean(&var).ok_or_else(|| {
        format!("{}: Variable {shown} is {}, not true or false ({op})", at("Variable"), show_value(&var))
    })?;
    Ok(got == want)
}

fn others(keys: &[&str], but: &str) -> String {
    keys.iter().copied().filter(|k| *k != but).collect::<Vec<_>>().join(", ")
}

/// A list of one scalar stands for that scalar.
fn single(v: Value) -> Value {
    match v {
        Value::Array(mut items) if items.len() == 1 && !items[0].is_array() && !items[0].is_object() => {
            items.pop().unwrap_or(Value::Null)
        }
        other => other,
    }
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(_) | Value::Bool(_) => Some(v.to_string()),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
}

impl Num {
    fn compare(&self, other: &Num) -> Option<Ordering> {
        match (*self, *other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (a, b) => a.as_f64().partial_cmp(&b.as_f64()),
        }
    }

    fn as_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

fn number(v: &Value) -> Option<Num> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .map(|i| Num::Int(i.into()))
            .or_else(|| n.as_u64().map(|u| Num::Int(u.into())))
            .or_else(|| n.as_f64().map(Num::Float)),
        Value::String(s) => {
            let t = s.trim();
            if let Ok(i) = t.parse::<i128>() {
                return Some(Num::Int(i));
            }
            // Rust also parses "inf" and "NaN"; those are not numbers a runbook means.
            t.parse::<f64>().ok().filter(|f| f.is_finite()).map(Num::Float)
        }
        _ => None,
    }
}

fn boolean(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.trim().eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.trim().eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// The Variable as written in the runbook (its reference text).
fn show_raw(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    }
}

/// A resolved value in a message, shortened.
fn show_value(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A resolver over a fixed table: `{{ name }}` (exactly) → value; other values as they are.
    fn table(entries: Value) -> impl Fn(&Value) -> Result<Value, String> {
        move |v: &Value| match v.as_str().and_then(|s| s.strip_prefix("{{ ")).and_then(|s| s.strip_suffix(" }}")) {
            Some(name) => entries.get(name).cloned().ok_or_else(|| format!("undefined reference {{{{ {name} }}}}")),
            None => Ok(v.clone()),
        }
    }

    fn vars() -> impl Fn(&Value) -> Result<Value, String> {
        table(json!({
            "Status": "Success",
            "Output": ["Hello World\n"],
            "Lines": ["alpha", "beta"],
            "Count": 3,
            "CountText": " 3\n",
            "Big": 9007199254740993u64,
            "Ratio": 0.5,
            "Flag": true,
            "FlagText": "FALSE",
            "Map": {"k": "v"},
            "Want": "Success",
        }))
    }

    fn obj(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => panic!("not a map"),
        }
    }

    fn check(cond: Value) -> Result<bool, String> {
        holds(&obj(cond), &vars())
    }

    fn is(var: &str, op: &str, operand: Value) -> bool {
        check(json!({"Variable": format!("{{{{ {var} }}}}"), op: operand})).unwrap()
    }

    #[test]
    fn string_equals() {
        assert!(is("Status", "StringEquals", json!("Success")));
        assert!(!is("Status", "StringEquals", json!("success")));
        // The operand may be a reference too.
        assert!(is("Status", "StringEquals", json!("{{ Want }}")));
    }

    #[test]
    fn equals_ignore_case() {
        assert!(is("Status", "EqualsIgnoreCase", json!("SUCCESS")));
        assert!(!is("Status", "EqualsIgnoreCase", json!("Failed")));
    }

    #[test]
    fn starts_and_ends_with() {
        assert!(is("Status", "StartsWith", json!("Succ")));
        assert!(!is("Status", "StartsWith", json!("cess")));
        assert!(is("Status", "EndsWith", json!("cess")));
        assert!(!is("Status", "EndsWith", json!("Succ")));
    }

    #[test]
    fn contains_substring_and_list_item() {
        assert!(is("Status", "Contains", json!("cce")));
        assert!(!is("Status", "Contains", json!("x")));
        assert!(is("Lines", "Contains", json!("beta")));
        assert!(!is("Lines", "Contains", json!("bet")));
    }

    #[test]
    fn one_item_list_compares_as_its_string() {
        assert!(is("Output", "StartsWith", json!("Hello")));
        assert!(is("Output", "Contains", json!("World")));
        assert!(is("Output", "StringEquals", json!("Hello World\n")));
        assert!(!is("Output", "StringEquals", json!("Hello World")));
    }

    #[test]
    fn string_ops_take_numbers_and_booleans_as_text() {
        assert!(is("Count", "StringEquals", json!("3")));
        assert!(is("Flag", "StringEquals", json!("true")));
        assert!(is("Status", "Contains", json!("Success")));
    }

    #[test]
    fn numeric_operators() {
        assert!(is("Count", "NumericEquals", json!(3)));
        assert!(!is("Count", "NumericEquals", json!(4)));
        assert!(is("Count", "NumericGreater", json!(2)));
        assert!(!is("Count", "NumericGreater", json!(3)));
        assert!(is("Count", "NumericLesser", json!(4)));
        assert!(!is("Count", "NumericLesser", json!(3)));
        assert!(is("Count", "NumericGreaterOrEquals", json!(3)));
        assert!(!is("Count", "NumericGreaterOrEquals", json!(4)));
        assert!(is("Count", "NumericLesserOrEquals", json!(3)));
        assert!(!is("Count", "NumericLesserOrEquals", json!(2)));
    }

    #[test]
    fn numeric_strings_and_floats() {
        assert!(is("CountText", "NumericEquals", json!(3)));
        assert!(is("CountText", "NumericEquals", json!("3")));
        assert!(is("Count", "NumericEquals", json!(3.0)));
        assert!(is("Ratio", "NumericLesser", json!(1)));
        assert!(is("Ratio", "NumericEquals", json!("5e-1")));
        // Beyond f64 precision integers still compare exactly.
        assert!(is("Big", "NumericGreater", json!(9007199254740992u64)));
    }

    #[test]
    fn boolean_equals() {
        assert!(is("Flag", "BooleanEquals", json!(true)));
        assert!(!is("Flag", "BooleanEquals", json!(false)));
        assert!(is("FlagText", "BooleanEquals", json!(false)));
        assert!(is("Flag", "BooleanEquals", json!("true")));
        assert!(!is("FlagText", "BooleanEquals", json!("true")));
    }

    #[test]
    fn wrong_kinds_are_errors() {
        let err = check(json!({"Variable": "{{ Status }}", "NumericGreater": 1})).unwrap_err();
        assert!(err.contains("{{ Status }}") && err.contains("not a number"), "{err}");
        let err = check(json!({"Variable": "{{ Status }}", "BooleanEquals": true})).unwrap_err();
        assert!(err.contains("not true or false"), "{err}");
        let err = check(json!({"Variable": "{{ Map }}", "StringEquals": "x"})).unwrap_err();
        assert!(err.contains("a map"), "{err}");
        let err = check(json!({"Variable": "{{ Lines }}", "StartsWith": "a"})).unwrap_err();
        assert!(err.contains("a list"), "{err}");
        let err = check(json!({"Variable": "{{ Count }}", "NumericEquals": "three"})).unwrap_err();
        assert!(err.contains("NumericEquals") && err.contains("\"three\""), "{err}");
        let err = check(json!({"Variable": "{{ Status }}", "StringEquals": ["a", "b"]})).unwrap_err();
        assert!(err.contains("StringEquals"), "{err}");
        for text in ["inf", "NaN", "1x"] {
            let err = check(json!({"Variable": text, "NumericEquals": 1})).unwrap_err();
            assert!(err.contains("not a number"), "{text}: {err}");
        }
    }

    #[test]
    fn malformed_conditions_are_errors() {
        let err = check(json!({"Variable": "{{ Status }}"})).unwrap_err();
        assert!(err.contains("no operator"), "{err}");
        let err = check(json!({"Variable": "{{ Status }}", "StringEquals": "a", "Contains": "b"})).unwrap_err();
        assert!(err.contains("one operator"), "{err}");
        let err = check(json!({"Variable": "{{ Status }}", "StringEqual": "a"})).unwrap_err();
        assert!(err.contains("StringEqual") && err.contains("unknown operator"), "{err}");
        let err = check(json!({"StringEquals": "a"})).unwrap_err();
        assert!(err.contains("Variable: required"), "{err}");
        let err = check(json!({"And": [], })).unwrap_err();
        assert!(err.contains("non-empty list"), "{err}");
        let err = check(json!({"Not": [{"Variable": "x", "StringEquals": "x"}]})).unwrap_err();
        assert!(err.contains("Not: must be one condition"), "{err}");
        let err = check(json!({"And": [{"Variable": "x", "StringEquals": "x"}], "Variable": "x"})).unwrap_err();
        assert!(err.contains("cannot be combined"), "{err}");
        let err = check(json!({"Or": ["x"]})).unwrap_err();
        assert!(err.contains("Or[0]: must be a condition"), "{err}");
    }

    #[test]
    fn undefined_variable_is_an_error_with_its_place() {
        let err = check(json!({"Or": [{"Variable": "{{ Nope }}", "StringEquals": "x"}]})).unwrap_err();
        assert!(err.contains("Or[0].Variable") && err.contains("{{ Nope }}"), "{err}");
    }

    fn eq(var: &str, want: &str) -> Value {
        json!({"Variable": format!("{{{{ {var} }}}}"), "StringEquals": want})
    }

    #[test]
    fn and_or_not() {
        let t = eq("Status", "Success");
        let f = eq("Status", "Failed");
        assert!(check(json!({"And": [t, t]})).unwrap());
        assert!(!check(json!({"And": [t, f]})).unwrap());
        assert!(check(json!({"Or": [f, t]})).unwrap());
        assert!(!check(json!({"Or": [f, f]})).unwrap());
        assert!(check(json!({"Not": f})).unwrap());
        assert!(!check(json!({"Not": t})).unwrap());
    }

    #[test]
    fn nesting() {
        let t = eq("Status", "Success");
        let f = eq("Status", "Failed");
        let cond = json!({"And": [{"Or": [f, {"Not": f}]}, {"Not": {"And": [t, f]}}]});
        assert!(check(cond).unwrap());
        let cond = json!({"Or": [{"And": [t, {"Not": t}]}, {"Not": {"Or": [t, f]}}]});
        assert!(!check(cond).unwrap());
    }

    #[test]
    fn and_or_stop_at_the_deciding_member() {
        let t = eq("Status", "Success");
        let f = eq("Status", "Failed");
        let undefined = eq("Nope", "x");
        assert!(check(json!({"Or": [t, undefined]})).unwrap());
        assert!(!check(json!({"And": [f, undefined]})).unwrap());
        assert!(check(json!({"Or": [f, undefined]})).is_err());
    }

    fn pick(inputs: Value) -> Result<Option<String>, String> {
        choose(&obj(inputs), &vars())
    }

    #[test]
    fn first_matching_choice_wins() {
        let got = pick(json!({
            "Choices": [
                {"NextStep": "failed", "Variable": "{{ Status }}", "StringEquals": "Failed"},
                {"NextStep": "many", "Variable": "{{ Count }}", "NumericGreater": 1},
                {"NextStep": "also", "Variable": "{{ Count }}", "NumericGreater": 0},
            ],
            "Default": "fallback",
        }));
        assert_eq!(got, Ok(Some("many".to_string())));
    }

    #[test]
    fn choice_with_combinators() {
        let got = pick(json!({
            "Choices": [{"NextStep": "both", "And": [eq("Status", "Success"), {"Not": eq("Status", "Failed")}]}],
        }));
        assert_eq!(got, Ok(Some("both".to_string())));
    }

    #[test]
    fn default_when_nothing_matches() {
        let got = pick(json!({
            "Choices": [{"NextStep": "failed", "Variable": "{{ Status }}", "StringEquals": "Failed"}],
            "Default": "fallback",
        }));
        assert_eq!(got, Ok(Some("fallback".to_string())));
    }

    #[test]
    fn none_without_default() {
        let got = pick(json!({
            "Choices": [{"NextStep": "failed", "Variable": "{{ Status }}", "StringEquals": "Failed"}],
        }));
        assert_eq!(got, Ok(None));
    }

    #[test]
    fn later_choices_are_not_evaluated_after_a_match() {
        let got = pick(json!({
            "Choices": [
                {"NextStep": "ok", "Variable": "{{ Status }}", "StringEquals": "Success"},
                {"NextStep": "never", "Variable": "{{ Nope }}", "StringEquals": "x"},
            ],
        }));
        assert_eq!(got, Ok(Some("ok".to_string())));
    }

    #[test]
    fn choose_errors_name_the_choice() {
        let err = pick(json!({"Choices": [
            {"NextStep": "a", "Variable": "{{ Status }}", "StringEquals": "x"},
            {"NextStep": "b", "Variable": "{{ Nope }}", "StringEquals": "x"},
        ]}))
        .unwrap_err();
        assert!(err.starts_with("Choices[1].Variable") && err.contains("{{ Nope }}"), "{err}");
        assert!(pick(json!({})).unwrap_err().contains("Choices: required"));
        assert!(pick(json!({"Choices": "x"})).unwrap_err().contains("must be a list"));
        assert!(pick(json!({"Choices": ["x"]})).unwrap_err().contains("Choices[0]: must be a mapping"));
        let err = pick(json!({"Choices": [{"Variable": "a", "StringEquals": "a"}]})).unwrap_err();
        assert!(err.contains("Choices[0].NextStep"), "{err}");
        let err = pick(json!({"Choices": [], "Default": 3})).unwrap_err();
        assert!(err.contains("Default"), "{err}");
    }

    #[test]
    fn with_the_real_resolver() {
        use crate::automation::vars::{Scope, resolve};
        use std::collections::HashMap;
        let parameters = obj(json!({"Mode": "fast"}));
        let outputs = HashMap::from([("run.Output".to_string(), json!(["42\n"]))]);
        let scope = Scope {
            parameters: &parameters,
            outputs: &outputs,
            execution_id: "x",
            now: chrono::Utc::now(),
            account_id: "1",
            region: "r",
            partition: "aws",
        };
        let r = |v: &Value| resolve(v, &scope);
        let inputs = obj(json!({
            "Choices": [{
                "NextStep": "big",
                "And": [
                    {"Variable": "{{run.Output}}", "NumericGreaterOrEquals": 42},
                    {"Variable": "{{ Mode }}", "EqualsIgnoreCase": "FAST"},
                ],
            }],
            "Default": "small",
        }));
        assert_eq!(choose(&inputs, &r), Ok(Some("big".to_string())));
    }
}
