//! Pseudo parameters of maintenance window tasks (`{{WINDOW_ID}}` …): checked when a task is
//! registered, replaced in each invocation's parameters when it runs.

use crate::error::{Error, Result};
use crate::model::commands::Parameters;

/// AWS's pseudo parameters, in the order its user guide lists them.
pub const NAMES: [&str; 9] = [
    "WINDOW_ID",
    "WINDOW_TASK_ID",
    "WINDOW_TARGET_ID",
    "WINDOW_EXECUTION_ID",
    "TASK_EXECUTION_ID",
    "INVOCATION_ID",
    "TARGET_TYPE",
    "TARGET_ID",
    "RESOURCE_ID",
];

/// Run Command gets its target from the command itself, so AWS offers these two only to
/// the other task types.
const NOT_FOR_RUN_COMMAND: [&str; 2] = ["TARGET_ID", "RESOURCE_ID"];

/// The values of one invocation. A member that is None (a task given by InstanceIds has no
/// window target) leaves its `{{NAME}}` as written.
// Built by the window run (the tick), which substitutes per invocation.
#[allow(dead_code)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pseudo {
    pub window_id: String,
    pub window_task_id: String,
    pub window_target_id: Option<String>,
    pub window_execution_id: String,
    pub task_execution_id: String,
    pub invocation_id: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub resource_id: Option<String>,
}

#[allow(dead_code)]
impl Pseudo {
    fn value(&self, name: &str) -> Option<&str> {
        match name {
            "WINDOW_ID" => Some(&self.window_id),
            "WINDOW_TASK_ID" => Some(&self.window_task_id),
            "WINDOW_TARGET_ID" => self.window_target_id.as_deref(),
            "WINDOW_EXECUTION_ID" => Some(&self.window_execution_id),
            "TASK_EXECUTION_ID" => Some(&self.task_execution_id),
            "INVOCATION_ID" => Some(&self.invocation_id),
            "TARGET_TYPE" => self.target_type.as_deref(),
            "TARGET_ID" => self.target_id.as_deref(),
            "RESOURCE_ID" => self.resource_id.as_deref(),
            _ => None,
        }
    }
}

/// Every `{{NAME}}` in `text` whose NAME has the form of a pseudo parameter (upper case,
/// digits and `_`, no spaces, as AWS writes them): (start, end, NAME). Document references
/// (`{{ name }}`, `{{ssm:/path}}`) never have that form.
fn occurrences(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = vec![];
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| from + i) {
        let Some(close) = text[open + 2..].find("}}").map(|i| open + 2 + i) else { break };
        let name = &text[open + 2..close];
        let looks = name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if looks {
            out.push((open, close + 2, name));
            from = close + 2;
        } else {
            from = open + 2;
        }
    }
    out
}

/// Whether a value uses any pseudo parameter (such a value is checked by [`check`], not
/// against the document's allowedPattern, as its real value is known only when it runs).
pub fn uses_pseudo(value: &str) -> bool {
    !occurrences(value).is_empty()
}

/// One value with every available pseudo parameter replaced.
#[allow(dead_code)]
pub fn substitute_text(text: &str, p: &Pseudo) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end, name) in occurrences(text) {
        if let Some(v) = p.value(name) {
            out.push_str(&text[last..start]);
            out.push_str(v);
            last = end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The parameters of one invocation: every `{{NAME}}` replaced; unknown or unavailable ones
/// are left as written.
#[allow(dead_code)]
pub fn substitute(params: &Parameters, p: &Pseudo) -> Parameters {
    params.iter().map(|(k, vs)| (k.clone(), vs.iter().map(|v| substitute_text(v, p)).collect())).collect()
}

/// Refuses a pseudo parameter that does not exist, or that the task type does not offer,
/// naming the task parameter that uses it.
pub fn check(task_type: &str, params: &Parameters) -> Result<()> {
    for (param, values) in params {
        for v in values {
            for (_, _, name) in occurrences(v) {
                if !NAMES.contains(&name) {
                    return Err(Error::service(
                        "ValidationException",
                        format!(
                            "Task parameter {param}: {{{{{name}}}}} is not a pseudo parameter (they are {}).",
                            NAMES.join(", ")
                        ),
                    ));
                }
                if task_type == "RUN_COMMAND" && NOT_FOR_RUN_COMMAND.contains(&name) {
                    return Err(Error::service(
                        "ValidationException",
                        format!(
                            "Task parameter {param}: {{{{{name}}}}} is not available to RUN_COMMAND tasks (only to \
                             AUTOMATION tasks); use {{{{WINDOW_TARGET_ID}}}} or the document's own target."
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &[&str])]) -> Parameters {
        pairs.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect()
    }

    fn pseudo() -> Pseudo {
        Pseudo {
            window_id: "mw-0123456789abcdef0".into(),
            window_task_id: "task".into(),
            window_target_id: Some("target".into()),
            window_execution_id: "exec".into(),
            task_execution_id: "taskexec".into(),
            invocation_id: "inv".into(),
            target_type: Some("INSTANCE".into()),
            target_id: Some("web-1".into()),
            resource_id: Some("web-1".into()),
        }
    }

    #[test]
    fn every_occurrence_is_replaced_and_the_rest_kept() {
        let p = params(&[
            ("commands", &["echo {{WINDOW_ID}} {{WINDOW_ID}}-{{INVOCATION_ID}}", "plain"]),
            ("x", &["{{TARGET_TYPE}}:{{RESOURCE_ID}}{{TARGET_ID}}"]),
        ]);
        let out = substitute(&p, &pseudo());
        assert_eq!(out["commands"], ["echo mw-0123456789abcdef0 mw-0123456789abcdef0-inv", "plain"]);
        assert_eq!(out["x"], ["INSTANCE:web-1web-1"]);
    }

    #[test]
    fn unknown_unavailable_and_document_references_are_left_as_written() {
        let mut p = pseudo();
        p.window_target_id = None;
        let given = params(&[(
            "a",
            &["{{WINDOW_TARGET_ID}} {{NOPE}} {{ ssm:/x }} {{ssm:/y}} {{ name }} {{ {{WINDOW_TASK_ID}}"],
        )]);
        assert_eq!(
            substitute(&given, &p)["a"],
            ["{{WINDOW_TARGET_ID}} {{NOPE}} {{ ssm:/x }} {{ssm:/y}} {{ name }} {{ task"]
        );
        assert_eq!(substitute_text("{{WINDOW_ID", &p), "{{WINDOW_ID");
    }

    #[test]
    fn check_takes_known_names_and_refuses_unknown_ones() {
        assert!(check("RUN_COMMAND", &params(&[("c", &["{{WINDOW_ID}} {{WINDOW_TARGET_ID}} {{ssm:/p}}"])])).is_ok());
        assert!(check("AUTOMATION", &params(&[("i", &["{{RESOURCE_ID}}", "{{TARGET_ID}}"])])).is_ok());
        let e = check("AUTOMATION", &params(&[("i", &["{{WINDOW_IDS}}"])])).unwrap_err();
        let line = e.render(None);
        assert!(
            line.contains("(ValidationException)")
                && line.contains("Task parameter i")
                && line.contains("{{WINDOW_IDS}}"),
            "{line}"
        );
    }

    #[test]
    fn target_and_resource_id_are_not_for_run_command() {
        for name in ["TARGET_ID", "RESOURCE_ID"] {
            let v = format!("echo {{{{{name}}}}}");
            let e = check("RUN_COMMAND", &params(&[("commands", &[v.as_str()])])).unwrap_err();
            let line = e.render(None);
            assert!(
                line.contains("(ValidationException)") && line.contains("RUN_COMMAND") && line.contains(name),
                "{line}"
            );
        }
    }

    #[test]
    fn uses_pseudo_sees_only_pseudo_forms() {
        assert!(uses_pseudo("x-{{WINDOW_ID}}"));
        assert!(uses_pseudo("{{BOGUS}}"));
        assert!(!uses_pseudo("{{ ssm:/a }} {{ssm:/b}} {{ name }} {{lower}}"));
    }
}
