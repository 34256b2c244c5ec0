//! `{{ ... }}` substitution in runbook step inputs: parameters, step outputs and the system
//! variables (`global:*`, `automation:EXECUTION_ID`).
//!
//! References are found with `crate::document::braces`, the same scanner the document
//! validator and the Command interpolator use, so all of them agree on what is a reference.
//!
//! The forms:
//! - `{{ Name }}` (letters, digits, `_`): a runbook parameter.
//! - `{{ step.Output }}`: a step output. Step names may contain letters, digits, `_`, `-` and
//!   `.`, so the text is looked up whole in [`Scope::outputs`] (keyed `"step.Output"`); only
//!   messages split it, at the first dot, into step and output.
//! - `{{global:ACCOUNT_ID}}`, `{{global:REGION}}`, `{{global:AWS_PARTITION}}`,
//!   `{{global:DATE}}` (yyyy-MM-dd), `{{global:DATE_TIME}}` (yyyy-MM-dd_HH.mm.ss),
//!   `{{automation:EXECUTION_ID}}`.
//!
//! Anything else between braces (`{{.State.Status}}`, `{{ssm:/path}}`, text with spaces) is not
//! a reference and stays as written. Substituted text is never scanned again: AWS has no
//! multi-level expansion.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::document::braces;

/// What references resolve against while one step is evaluated.
pub struct Scope<'a> {
    /// Typed values: String → string, StringList → array, Integer → number, Boolean → bool,
    /// StringMap → object, MapList → array of objects.
    pub parameters: &'a Map<String, Value>,
    /// `"step.Output"` → typed value.
    pub outputs: &'a HashMap<String, Value>,
    pub execution_id: &'a str,
    /// AWS takes the time when each step is evaluated, so DATE/DATE_TIME differ between steps.
    pub now: DateTime<Utc>,
    pub account_id: &'a str,
    pub region: &'a str,
    pub partition: &'a str,
}

/// Substitutes every reference in `value` (recursively in arrays and object values, not keys).
///
/// A string that is exactly one reference (`"{{ x }}"`, spaces allowed inside the braces)
/// becomes the referenced value with its type. References inside longer text are replaced by
/// their text form: strings as they are, numbers and booleans as JSON, lists and maps as JSON.
/// Whitespace around a lone reference counts as "longer text" only when the value is a string
/// (the whitespace is kept); a list or number keeps its type, as a YAML block scalar's trailing
/// newline should not turn a StringList into text. Brace text that is not a reference is left
/// as it is. `Err(message)` names the undefined reference.
pub fn resolve(value: &Value, scope: &Scope) -> Result<Value, String> {
    match value {
        Value::String(s) => resolve_str(s, scope),
        Value::Array(items) => items.iter().map(|v| resolve(v, scope)).collect::<Result<_, _>>().map(Value::Array),
        Value::Object(m) => {
            let mut out = Map::with_capacity(m.len());
            for (k, v) in m {
                out.insert(k.clone(), resolve(v, scope)?);
            }
            Ok(Value::Object(out))
        }
        other => Ok(other.clone()),
    }
}

/// A reference recognised by its form; whether it is defined is decided by `lookup`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ref<'a> {
    Parameter(&'a str),
    /// The whole `step.Output` text.
    Output(&'a str),
    Global(&'a str),
    Automation(&'a str),
}

fn is_word(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn classify(inner: &str) -> Option<Ref<'_>> {
    if let Some(name) = inner.strip_prefix("global:") {
        return is_word(name).then_some(Ref::Global(name));
    }
    if let Some(name) = inner.strip_prefix("automation:") {
        return is_word(name).then_some(Ref::Automation(name));
    }
    if is_word(inner) {
        return Some(Ref::Parameter(inner));
    }
    // step.Output: dot-separated non-empty parts, so `{{.State.Status}}` and `{{ a..b }}` are not
    // references.
    let part_ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (inner.contains('.') && inner.split('.').all(part_ok)).then_some(Ref::Output(inner))
}

fn lookup(r: Ref<'_>, scope: &Scope) -> Result<Value, String> {
    let text = |s: &str| Ok(Value::String(s.to_string()));
    match r {
        Ref::Parameter(name) => scope
            .parameters
            .get(name)
            .cloned()
            .ok_or_else(|| format!("undefined reference {{{{ {name} }}}}: the runbook has no parameter {name}")),
        Ref::Output(full) => scope.outputs.get(full).cloned().ok_or_else(|| {
            let (step, output) = full.split_once('.').unwrap_or((full, ""));
            format!("undefined reference {{{{ {full} }}}}: step {step} has no output {output} (or has not run)")
        }),
        Ref::Global(name) => match name {
            "ACCOUNT_ID" => text(scope.account_id),
            "REGION" => text(scope.region),
            "AWS_PARTITION" => text(scope.partition),
            "DATE" => text(&scope.now.format("%Y-%m-%d").to_string()),
            "DATE_TIME" => text(&scope.now.format("%Y-%m-%d_%H.%M.%S").to_string()),
            _ => Err(format!(
                "undefined reference {{{{global:{name}}}}}: system variables are \
                 ACCOUNT_ID, REGION, AWS_PARTITION, DATE, DATE_TIME"
            )),
        },
        Ref::Automation(name) => match name {
            "EXECUTION_ID" => text(scope.execution_id),
            _ => Err(format!("undefined reference {{{{automation:{name}}}}}: the only one is EXECUTION_ID")),
        },
    }
}

/// The form a value takes inside longer text.
fn text_form(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn resolve_str(s: &str, scope: &Scope) -> Result<Value, String> {
    let found = braces(s);
    // A lone reference keeps its type (a StringList parameter stays a list).
    if let [only] = found.as_slice()
        && s[..only.start].trim().is_empty()
        && s[only.end..].trim().is_empty()
        && let Some(r) = classify(only.inner)
    {
        let v = lookup(r, scope)?;
        let exact = only.start == 0 && only.end == s.len();
        if exact || !v.is_string() {
            return Ok(v);
        }
    }
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for b in found {
        let Some(r) = classify(b.inner) else { continue };
        out.push_str(&s[from..b.start]);
        out.push_str(&text_form(&lookup(r, scope)?));
        from = b.end;
    }
    out.push_str(&s[from..]);
    Ok(Value::String(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use serde_json::json;

    struct Fixture {
        parameters: Map<String, Value>,
        outputs: HashMap<String, Value>,
        now: DateTime<Utc>,
    }

    impl Fixture {
        fn new() -> Fixture {
            let Value::Object(parameters) = json!({
                "Name": "web",
                "Hosts": ["a", "b"],
                "Count": 3,
                "Enabled": true,
                "Tags": {"env": "prod"},
                "Items": [{"k": "v"}],
                "Braces": "{{ Count }}",
            }) else {
                unreachable!()
            };
            let outputs = HashMap::from([
                ("probe.Status".to_string(), json!("Success")),
                ("probe.Lines".to_string(), json!(["x", "y"])),
                ("my-step.v2.Code".to_string(), json!(7)),
            ]);
            Fixture { parameters, outputs, now: Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap() }
        }

        fn scope(&self) -> Scope<'_> {
            Scope {
                parameters: &self.parameters,
                outputs: &self.outputs,
                execution_id: "e1b2c3d4-0000-4000-8000-000000000001",
                now: self.now,
                account_id: "123456789012",
                region: "eu-west-1",
                partition: "aws",
            }
        }

        fn resolve(&self, v: Value) -> Result<Value, String> {
            resolve(&v, &self.scope())
        }
    }

    #[test]
    fn lone_reference_keeps_type() {
        let f = Fixture::new();
        assert_eq!(f.resolve(json!("{{ Hosts }}")).unwrap(), json!(["a", "b"]));
        assert_eq!(f.resolve(json!("{{Count}}")).unwrap(), json!(3));
        assert_eq!(f.resolve(json!("{{  Enabled  }}")).unwrap(), json!(true));
        assert_eq!(f.resolve(json!("{{ Tags }}")).unwrap(), json!({"env": "prod"}));
        assert_eq!(f.resolve(json!("{{ Items }}")).unwrap(), json!([{"k": "v"}]));
        assert_eq!(f.resolve(json!("{{ probe.Lines }}")).unwrap(), json!(["x", "y"]));
        assert_eq!(f.resolve(json!("{{ Name }}")).unwrap(), json!("web"));
    }

    #[test]
    fn lone_reference_with_outer_whitespace() {
        let f = Fixture::new();
        // A list keeps its type; a string keeps the whitespace around it.
        assert_eq!(f.resolve(json!("{{ Hosts }}\n")).unwrap(), json!(["a", "b"]));
        assert_eq!(f.resolve(json!(" {{ Name }}\n")).unwrap(), json!(" web\n"));
    }

    #[test]
    fn references_in_text_take_text_form() {
        let f = Fixture::new();
        let got = f.resolve(json!("n={{ Name }} c={{Count}} e={{ Enabled }} h={{ Hosts }} t={{ Tags }}")).unwrap();
        assert_eq!(got, json!(r#"n=web c=3 e=true h=["a","b"] t={"env":"prod"}"#));
        assert_eq!(f.resolve(json!("{{ Name }}{{ Name }}")).unwrap(), json!("webweb"));
        assert_eq!(f.resolve(json!("status: {{ probe.Status }}")).unwrap(), json!("status: Success"));
    }

    #[test]
    fn recursive_in_arrays_and_object_values_not_keys() {
        let f = Fixture::new();
        let got = f
            .resolve(json!({
                "{{ Name }}": ["{{ Name }}", 5, null, {"deep": "{{ Count }}"}],
                "plain": false,
            }))
            .unwrap();
        assert_eq!(got, json!({"{{ Name }}": ["web", 5, null, {"deep": 3}], "plain": false}));
    }

    #[test]
    fn non_references_are_left_alone() {
        let f = Fixture::new();
        for text in [
            "docker inspect -f '{{.State.Status}}' c",
            "{{ssm:/app/key}}",
            "{{ not a ref }}",
            "{{ a..b }}",
            "{{ .a }}",
            "{{}}",
            "{{ Name",
            "Name }}",
            "no braces",
            "",
        ] {
            assert_eq!(f.resolve(json!(text)).unwrap(), json!(text), "{text}");
        }
        // Mixed: the reference goes, the Go template stays.
        assert_eq!(f.resolve(json!("{{.Name}} {{ Name }}")).unwrap(), json!("{{.Name}} web"));
    }

    #[test]
    fn no_multi_level_expansion() {
        let f = Fixture::new();
        assert_eq!(f.resolve(json!("{{ Braces }}")).unwrap(), json!("{{ Count }}"));
        assert_eq!(f.resolve(json!("x {{ Braces }}")).unwrap(), json!("x {{ Count }}"));
    }

    #[test]
    fn innermost_braces_as_the_document_scanner_sees_them() {
        let f = Fixture::new();
        assert_eq!(f.resolve(json!("{{ {{ Name }}")).unwrap(), json!("{{ web"));
    }

    #[test]
    fn step_outputs_looked_up_whole() {
        let f = Fixture::new();
        assert_eq!(f.resolve(json!("{{ my-step.v2.Code }}")).unwrap(), json!(7));
        let err = f.resolve(json!("{{ probe.Missing }}")).unwrap_err();
        assert!(err.contains("{{ probe.Missing }}") && err.contains("step probe has no output Missing"), "{err}");
        let err = f.resolve(json!("text {{ other.Out }}")).unwrap_err();
        assert!(err.contains("other.Out"), "{err}");
    }

    #[test]
    fn undefined_parameter_is_named() {
        let f = Fixture::new();
        let err = f.resolve(json!(["ok", {"k": "a {{ Nope }} b"}])).unwrap_err();
        assert!(err.contains("{{ Nope }}") && err.contains("no parameter Nope"), "{err}");
    }

    #[test]
    fn system_variables() {
        let f = Fixture::new();
        let got = f
            .resolve(json!([
                "{{global:ACCOUNT_ID}}",
                "{{ global:REGION }}",
                "{{global:AWS_PARTITION}}",
                "{{global:DATE}}",
                "{{global:DATE_TIME}}",
                "{{automation:EXECUTION_ID}}",
                "arn:{{global:AWS_PARTITION}}:ssm:{{global:REGION}}:{{global:ACCOUNT_ID}}:x",
            ]))
            .unwrap();
        assert_eq!(
            got,
            json!([
                "123456789012",
                "eu-west-1",
                "aws",
                "2026-01-02",
                "2026-01-02_03.04.05",
                "e1b2c3d4-0000-4000-8000-000000000001",
                "arn:aws:ssm:eu-west-1:123456789012:x",
            ])
        );
    }

    #[test]
    fn unknown_system_variables_are_errors() {
        let f = Fixture::new();
        let err = f.resolve(json!("{{global:ZONE}}")).unwrap_err();
        assert!(err.contains("global:ZONE"), "{err}");
        let err = f.resolve(json!("x {{automation:STEP}}")).unwrap_err();
        assert!(err.contains("automation:STEP"), "{err}");
    }

    #[test]
    fn scalars_pass_through() {
        let f = Fixture::new();
        for v in [json!(1), json!(2.5), json!(true), json!(null)] {
            assert_eq!(f.resolve(v.clone()).unwrap(), v);
        }
    }
}
