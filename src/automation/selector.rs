//! Step output selectors (the JSONPath subset AWS documents for `outputs[].Selector`), the
//! declared output types, and the string lists of `StepExecution.Outputs`.
//!
//! Supported: `$` (the whole document), `.name`, `['name']` / `["name"]` (any key, spaces
//! included), `[n]` (index; negative counts from the end), `*` / `[*]` (every child) and `..`
//! (deep scan: the next segment applied to the node and all its descendants, in document
//! order). A selector with `..` or `*` yields a list, even of one match, as AWS says for `$..key`.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Key(String),
    Index(i64),
    Wildcard,
    /// Applies the inner segment to every descendant-or-self node.
    Deep(Box<Segment>),
}

/// `$`, `$.a.b`, `$.a[0].b`, `$['a b']`, `$..key` (deep scan: always an array). None when
/// nothing matches or the selector is not valid ([`check`] says why).
pub fn select(doc: &Value, selector: &str) -> Option<Value> {
    let segments = parse(selector).ok()?;
    let many = segments.iter().any(|s| matches!(s, Segment::Deep(_) | Segment::Wildcard));
    let mut nodes = vec![doc];
    for seg in &segments {
        let mut next = Vec::new();
        for node in nodes {
            apply(seg, node, &mut next);
        }
        nodes = next;
    }
    match (many, nodes.as_slice()) {
        (_, []) => None,
        (false, [one]) => Some((*one).clone()),
        _ => Some(Value::Array(nodes.into_iter().cloned().collect())),
    }
}

/// Whether `selector` is in the supported subset; the message says what is wrong.
pub fn check(selector: &str) -> Result<(), String> {
    parse(selector).map(|_| ())
}

fn apply<'v>(seg: &Segment, node: &'v Value, out: &mut Vec<&'v Value>) {
    match seg {
        Segment::Key(k) => out.extend(node.as_object().and_then(|m| m.get(k))),
        Segment::Index(i) => {
            if let Value::Array(items) = node {
                let at = if *i < 0 { i.checked_add(items.len() as i64) } else { Some(*i) };
                out.extend(at.and_then(|a| usize::try_from(a).ok()).and_then(|a| items.get(a)));
            }
        }
        Segment::Wildcard => match node {
            Value::Array(items) => out.extend(items),
            Value::Object(m) => out.extend(m.values()),
            _ => {}
        },
        Segment::Deep(inner) => {
            // Explicit stack instead of recursion: selected documents can be deep.
            let mut stack = vec![node];
            while let Some(n) = stack.pop() {
                apply(inner, n, out);
                match n {
                    Value::Array(items) => stack.extend(items.iter().rev()),
                    Value::Object(m) => stack.extend(m.values().rev()),
                    _ => {}
                }
            }
        }
    }
}

fn parse(selector: &str) -> Result<Vec<Segment>, String> {
    let bad = |why: &str| Err(format!("selector \"{selector}\": {why}"));
    let Some(mut rest) = selector.strip_prefix('$') else { return bad("must start with $") };
    let mut segments = Vec::new();
    while !rest.is_empty() {
        let deep = rest.starts_with("..");
        let seg;
        if let Some(after) = rest.strip_prefix("..").or_else(|| rest.strip_prefix('.')) {
            if after.starts_with('[') {
                if !deep {
                    return bad("'.' followed by '['");
                }
                (seg, rest) = match bracket(after) {
                    Ok(v) => v,
                    Err(why) => return bad(&why),
                };
            } else {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let name = &after[..end];
                if name.is_empty() {
                    return bad("empty name after '.'");
                }
                seg = if name == "*" { Segment::Wildcard } else { Segment::Key(name.to_string()) };
                rest = &after[end..];
            }
        } else if rest.starts_with('[') {
            (seg, rest) = match bracket(rest) {
                Ok(v) => v,
                Err(why) => return bad(&why),
            };
        } else {
            return bad("expected '.', '..' or '[' after $");
        }
        segments.push(if deep { Segment::Deep(Box::new(seg)) } else { seg });
    }
    Ok(segments)
}

/// Reads one `[...]` at the start of `s`: `[n]`, `[*]`, `['key']` or `["key"]`.
fn bracket(s: &str) -> Result<(Segment, &str), String> {
    let body = &s[1..];
    if let Some(q) = body.chars().next().filter(|c| *c == '\'' || *c == '"') {
        // Quoted key; a backslash escapes the quote or itself.
        let mut key = String::new();
        let mut chars = body.char_indices().skip(1);
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some((_, e)) => key.push(e),
                    None => break,
                },
                c if c == q => {
                    let after = &body[i + 1..];
                    return match after.strip_prefix(']') {
                        Some(rest) => Ok((Segment::Key(key), rest)),
                        None => Err("expected ']' after the quoted name".to_string()),
                    };
                }
                c => key.push(c),
            }
        }
        return Err("unterminated quoted name".to_string());
    }
    let Some(close) = body.find(']') else { return Err("missing ']'".to_string()) };
    let inner = body[..close].trim();
    let seg = if inner == "*" {
        Segment::Wildcard
    } else {
        match inner.parse::<i64>() {
            Ok(i) => Segment::Index(i),
            Err(_) => return Err(format!("[{inner}] is not an index, * or a quoted name")),
        }
    };
    Ok((seg, &body[close + 1..]))
}

/// The kind of a JSON value, for messages.
pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// Checks/converts a selected value to a declared output Type.
///
/// What converts: a number or boolean declared String becomes its text; a string of digits
/// ("42") or a whole float (42.0) declared Integer becomes the number; "true"/"false" (any case)
/// declared Boolean becomes the boolean; list items that are numbers or booleans become text in
/// a StringList. What does not: a single value is not wrapped into a one-item StringList, and a
/// one-item list is not unwrapped to a String. AWS checks the JSON kind of what the selector
/// found (its docs tell `$..key` users to declare StringList or MapList because the result is a
/// list), and refusing keeps a wrong selector from passing silently. `Err` names the mismatch.
pub fn typed(value: Value, type_: &str) -> Result<Value, String> {
    let mismatch = |v: &Value, what: &str| Err(format!("selected value is {}, not {what}", kind(v)));
    match type_ {
        "String" => match value {
            Value::String(_) => Ok(value),
            Value::Number(_) | Value::Bool(_) => Ok(Value::String(value.to_string())),
            v => mismatch(&v, "a String"),
        },
        "Integer" => match &value {
            Value::Number(n) if n.is_i64() || n.is_u64() => Ok(value),
            Value::Number(n) => match n.as_f64() {
                Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(Value::from(f as i64)),
                _ => Err(format!("selected value {n} is not an Integer")),
            },
            Value::String(s) => match s.parse::<i64>() {
                Ok(i) => Ok(Value::from(i)),
                Err(_) => Err(format!("selected value \"{}\" is not an Integer", short(s))),
            },
            v => mismatch(v, "an Integer"),
        },
        "Boolean" => match &value {
            Value::Bool(_) => Ok(value),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(Value::Bool(true)),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(Value::Bool(false)),
            Value::String(s) => Err(format!("selected value \"{}\" is not a Boolean (true or false)", short(s))),
            v => mismatch(v, "a Boolean"),
        },
        "StringList" => match value {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| match item {
                    Value::String(_) => Ok(item),
                    Value::Number(_) | Value::Bool(_) => Ok(Value::String(item.to_string())),
                    v => Err(format!("selected list item {i} is {}, not a string (StringList)", kind(&v))),
                })
                .collect::<Result<_, _>>()
                .map(Value::Array),
            v => mismatch(&v, "a StringList"),
        },
        "StringMap" => match value {
            Value::Object(_) => Ok(value),
            v => mismatch(&v, "a StringMap"),
        },
        "MapList" => match value {
            Value::Array(items) => {
                if let Some((i, item)) = items.iter().enumerate().find(|(_, v)| !v.is_object()) {
                    return Err(format!("selected list item {i} is {}, not a map (MapList)", kind(item)));
                }
                Ok(Value::Array(items))
            }
            v => mismatch(&v, "a MapList"),
        },
        other => {
            Err(format!("\"{other}\" is not an output type (String, Integer, Boolean, StringList, StringMap, MapList)"))
        }
    }
}

fn short(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

/// AWS's StepExecution.Outputs form (`map<string, list<string>>`): a list → each item as text, a
/// scalar → one text, a map → its JSON. Text means strings as they are and anything else as
/// JSON; null (no value) gives no text.
pub fn output_strings(value: &Value) -> Vec<String> {
    fn text(v: &Value) -> String {
        match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
    match value {
        Value::Null => Vec::new(),
        Value::Array(items) => items.iter().map(text).collect(),
        other => vec![text(other)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({
            "Payload": {"count": 2, "name": "web", "ok": true, "list": ["a", "b"], "nested": {"name": "inner"}},
            "Reservations": [
                {"Instances": [{"InstanceId": "i-1", "State": {"Name": "running"}}, {"InstanceId": "i-2"}]},
                {"Instances": [{"InstanceId": "i-3"}]}
            ],
            "a b": {"c.d": 1},
            "it's": 2,
            "empty": [],
            "nothing": null
        })
    }

    #[test]
    fn root_and_children() {
        let d = doc();
        assert_eq!(select(&d, "$"), Some(d.clone()));
        assert_eq!(select(&d, "$.Payload.count"), Some(json!(2)));
        assert_eq!(select(&d, "$.Payload.list"), Some(json!(["a", "b"])));
        assert_eq!(select(&d, "$.Payload.nested.name"), Some(json!("inner")));
        assert_eq!(select(&d, "$.nothing"), Some(json!(null)));
    }

    #[test]
    fn indexes() {
        let d = doc();
        assert_eq!(select(&d, "$.Reservations[0].Instances[1].InstanceId"), Some(json!("i-2")));
        assert_eq!(select(&d, "$.Reservations[1].Instances[0].InstanceId"), Some(json!("i-3")));
        assert_eq!(select(&d, "$.Reservations[-1].Instances[-1].InstanceId"), Some(json!("i-3")));
        assert_eq!(select(&d, "$.Payload.list[ 1 ]"), Some(json!("b")));
        assert_eq!(select(&d, "$.Reservations[5]"), None);
        assert_eq!(select(&d, "$.Reservations[-3]"), None);
        assert_eq!(select(&d, "$.Payload[0]"), None);
        assert_eq!(select(&d, "$.empty[0]"), None);
    }

    #[test]
    fn quoted_names() {
        let d = doc();
        assert_eq!(select(&d, "$['a b']"), Some(json!({"c.d": 1})));
        assert_eq!(select(&d, "$['a b']['c.d']"), Some(json!(1)));
        assert_eq!(select(&d, r#"$["a b"]["c.d"]"#), Some(json!(1)));
        assert_eq!(select(&d, r"$['it\'s']"), Some(json!(2)));
        assert_eq!(select(&d, "$['Payload'].name"), Some(json!("web")));
    }

    #[test]
    fn deep_scan_is_always_a_list() {
        let d = doc();
        assert_eq!(select(&d, "$..InstanceId"), Some(json!(["i-1", "i-2", "i-3"])));
        assert_eq!(select(&d, "$..Instances[0].InstanceId"), Some(json!(["i-1", "i-3"])));
        // One match is still a list.
        assert_eq!(select(&d, "$..State.Name"), Some(json!(["running"])));
        // Nested matches come in document order, outer first.
        assert_eq!(select(&d, "$..name"), Some(json!(["web", "inner"])));
        assert_eq!(select(&d, "$.Payload..name"), Some(json!(["web", "inner"])));
        assert_eq!(select(&d, "$..['c.d']"), Some(json!([1])));
        assert_eq!(select(&d, "$..Missing"), None);
    }

    #[test]
    fn wildcards() {
        let d = doc();
        assert_eq!(select(&d, "$.Reservations[*].Instances[0].InstanceId"), Some(json!(["i-1", "i-3"])));
        assert_eq!(select(&d, "$.Payload.list.*"), Some(json!(["a", "b"])));
        assert_eq!(select(&d, "$.empty[*]"), None);
    }

    #[test]
    fn no_match() {
        let d = doc();
        assert_eq!(select(&d, "$.Missing"), None);
        assert_eq!(select(&d, "$.Payload.count.deeper"), None);
        assert_eq!(select(&json!("text"), "$.a"), None);
    }

    #[test]
    fn invalid_selectors() {
        let d = doc();
        for s in ["", "Payload", "$Payload", "$.", "$..", "$.a.", "$[", "$[x]", "$['a]", "$['a'", "$.[0]", "$['a'x]"] {
            assert_eq!(select(&d, s), None, "{s}");
            assert!(check(s).is_err(), "{s}");
        }
        assert!(check("$..a[0]['b c'].*").is_ok());
        assert!(check("$").is_ok());
        let err = check("$[x]").unwrap_err();
        assert!(err.contains("$[x]") && err.contains("[x]"), "{err}");
    }

    #[test]
    fn typed_string() {
        assert_eq!(typed(json!("x"), "String"), Ok(json!("x")));
        assert_eq!(typed(json!(42), "String"), Ok(json!("42")));
        assert_eq!(typed(json!(1.5), "String"), Ok(json!("1.5")));
        assert_eq!(typed(json!(false), "String"), Ok(json!("false")));
        let err = typed(json!(["x"]), "String").unwrap_err();
        assert!(err.contains("a list") && err.contains("String"), "{err}");
        assert!(typed(json!({"a": 1}), "String").unwrap_err().contains("a map"));
        assert!(typed(json!(null), "String").unwrap_err().contains("null"));
    }

    #[test]
    fn typed_integer() {
        assert_eq!(typed(json!(42), "Integer"), Ok(json!(42)));
        assert_eq!(typed(json!(-3), "Integer"), Ok(json!(-3)));
        assert_eq!(typed(json!("42"), "Integer"), Ok(json!(42)));
        assert_eq!(typed(json!(42.0), "Integer"), Ok(json!(42)));
        assert!(typed(json!(4.5), "Integer").unwrap_err().contains("4.5"));
        assert!(typed(json!("4x"), "Integer").unwrap_err().contains("\"4x\""));
        assert!(typed(json!(true), "Integer").unwrap_err().contains("a boolean"));
        assert!(typed(json!([1]), "Integer").is_err());
    }

    #[test]
    fn typed_boolean() {
        assert_eq!(typed(json!(true), "Boolean"), Ok(json!(true)));
        assert_eq!(typed(json!("True"), "Boolean"), Ok(json!(true)));
        assert_eq!(typed(json!("false"), "Boolean"), Ok(json!(false)));
        assert!(typed(json!("yes"), "Boolean").unwrap_err().contains("\"yes\""));
        assert!(typed(json!(1), "Boolean").unwrap_err().contains("a number"));
    }

    #[test]
    fn typed_string_list() {
        assert_eq!(typed(json!(["a", 1, true]), "StringList"), Ok(json!(["a", "1", "true"])));
        assert_eq!(typed(json!([]), "StringList"), Ok(json!([])));
        // A single value is not wrapped.
        assert!(typed(json!("a"), "StringList").unwrap_err().contains("a string"));
        let err = typed(json!(["a", {"k": 1}]), "StringList").unwrap_err();
        assert!(err.contains("item 1") && err.contains("a map"), "{err}");
    }

    #[test]
    fn typed_maps() {
        assert_eq!(typed(json!({"k": "v", "n": 1}), "StringMap"), Ok(json!({"k": "v", "n": 1})));
        assert!(typed(json!([{"k": "v"}]), "StringMap").unwrap_err().contains("a list"));
        assert_eq!(typed(json!([{"k": "v"}, {}]), "MapList"), Ok(json!([{"k": "v"}, {}])));
        assert_eq!(typed(json!([]), "MapList"), Ok(json!([])));
        let err = typed(json!([{}, "x"]), "MapList").unwrap_err();
        assert!(err.contains("item 1") && err.contains("a string"), "{err}");
        assert!(typed(json!({"k": "v"}), "MapList").unwrap_err().contains("a map"));
    }

    #[test]
    fn typed_unknown_type() {
        let err = typed(json!("x"), "Float").unwrap_err();
        assert!(err.contains("\"Float\"") && err.contains("StringList"), "{err}");
    }

    #[test]
    fn output_strings_forms() {
        assert_eq!(output_strings(&json!("x")), ["x"]);
        assert_eq!(output_strings(&json!(3)), ["3"]);
        assert_eq!(output_strings(&json!(true)), ["true"]);
        assert_eq!(output_strings(&json!(["a", 2, {"k": "v"}])), ["a", "2", r#"{"k":"v"}"#]);
        assert_eq!(output_strings(&json!({"k": ["v"]})), [r#"{"k":["v"]}"#]);
        assert_eq!(output_strings(&json!([])), Vec::<String>::new());
        assert_eq!(output_strings(&json!(null)), Vec::<String>::new());
    }

    #[test]
    fn select_then_type_as_the_engine_does() {
        let d = doc();
        let ids = select(&d, "$..InstanceId").unwrap();
        assert_eq!(typed(ids.clone(), "StringList"), Ok(json!(["i-1", "i-2", "i-3"])));
        assert!(typed(ids, "String").is_err());
        let count = select(&d, "$.Payload.count").unwrap();
        assert_eq!(typed(count, "Integer"), Ok(json!(2)));
    }
}
