//! `start-automation-execution --dry-run` (ssmctl's own): walks the runbook with the given
//! parameters and says which steps would run, with their inputs resolved as far as they
//! can be before anything runs, and where the path depends on what a step will output.
//! Nothing is written and no host is contacted.

use super::engine::text;
use super::vars;
use crate::document::runbook::{Flow, RunbookStep};
use crate::error::Result;
use crate::model::automation::StartAutomationExecutionRequest;
use crate::ops::Ctx;
use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};

pub fn walk(ctx: &mut Ctx, req: &StartAutomationExecutionRequest) -> Result<Value> {
    let inventory = ctx.inventory()?;
    let (loaded, values) = ctx.store()?.read(|tx| {
        let loaded = super::start::load(tx, &req.document_name, req.document_version.as_deref())?;
        let values = super::start::typed_parameters(tx, &loaded.parsed, &req.parameters)?;
        Ok((loaded, values))
    })?;
    let outputs: HashMap<String, Value> = HashMap::new();
    let scope = vars::Scope {
        parameters: &values,
        outputs: &outputs,
        execution_id: "(dry run)",
        now: crate::model::time::now(),
        account_id: super::ACCOUNT_ID,
        region: super::REGION,
        partition: "aws",
    };
    let steps = &loaded.runbook.steps;
    let mut shown = vec![];
    let mut seen = HashSet::new();
    let mut at = steps.first();
    let mut note = "The run would end after the last step shown.".to_string();
    while let Some(step) = at {
        if !seen.insert(step.name.clone()) {
            break;
        }
        let inputs = resolve_partly(&Value::Object(step.inputs.clone()), &scope);
        let mut entry = json!({"StepName": step.name, "Action": step.action, "Inputs": inputs});
        if step.action == "aws:runCommand" {
            let ids: Vec<String> = match inputs.get("InstanceIds") {
                Some(Value::Array(a)) => a.iter().map(text).collect(),
                Some(Value::String(s)) => vec![s.clone()],
                _ => vec![],
            };
            let targets: Vec<crate::targets::Target> =
                inputs.get("Targets").and_then(|t| serde_json::from_value(t.clone()).ok()).unwrap_or_default();
            if let Ok(hosts) = crate::targets::resolve(&inventory, &ids, &targets) {
                entry["Hosts"] = json!(hosts.iter().map(|h| h.id.clone()).collect::<Vec<_>>());
            }
        }
        let next = if step.is_end {
            None
        } else if step.action == "aws:branch" {
            let resolve = |v: &Value| vars::resolve(v, &scope);
            match super::branch::choose(&step.inputs, &resolve) {
                Ok(Some(n)) => {
                    entry["Branch"] = json!(format!("chooses {n}"));
                    find(steps, &n)
                }
                Ok(None) => sequential(steps, step),
                Err(_) => {
                    let mut choices: Vec<String> = step
                        .inputs
                        .get("Choices")
                        .and_then(Value::as_array)
                        .map(|c| c.iter().filter_map(|c| c.get("NextStep").map(text)).collect())
                        .unwrap_or_default();
                    if let Some(d) = step.inputs.get("Default") {
                        choices.push(format!("{} (Default)", text(d)));
                    }
                    entry["Branch"] =
                        json!(format!("depends on outputs of earlier steps: one of {}", choices.join(", ")));
                    note = format!("The path after {} is decided when the run gets there.", step.name);
                    shown.push(entry);
                    break;
                }
            }
        } else if let Some(n) = &step.next_step {
            find(steps, n)
        } else {
            sequential(steps, step)
        };
        if let Flow::Step(x) = &step.on_failure {
            entry["OnFailure"] = json!(format!("step:{x}"));
        }
        shown.push(entry);
        at = next;
    }
    let mut out = Map::new();
    out.insert("DryRun".into(), json!(true));
    out.insert("DocumentName".into(), json!(loaded.name));
    out.insert("DocumentVersion".into(), json!(loaded.version));
    out.insert("Parameters".into(), Value::Object(values.clone()));
    if !req.targets.is_empty() || !req.target_maps.is_empty() {
        out.insert(
            "RateControl".into(),
            json!({
                "TargetParameterName": req.target_parameter_name,
                "Targets": req.targets,
                "TargetMaps": req.target_maps,
                "MaxConcurrency": req.max_concurrency.clone().unwrap_or_else(|| "10".into()),
                "MaxErrors": req.max_errors.clone().unwrap_or_else(|| "0".into()),
                "Note": "each target value would get a child execution running the steps below",
            }),
        );
    }
    out.insert("Steps".into(), Value::Array(shown));
    out.insert("Note".into(), json!(note));
    Ok(Value::Object(out))
}

/// Resolves what can be resolved now; a string whose references need step outputs stays
/// as written.
fn resolve_partly(v: &Value, scope: &vars::Scope) -> Value {
    match v {
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), resolve_partly(v, scope))).collect()),
        Value::Array(a) => Value::Array(a.iter().map(|v| resolve_partly(v, scope)).collect()),
        other => vars::resolve(other, scope).unwrap_or_else(|_| other.clone()),
    }
}

fn find<'a>(steps: &'a [RunbookStep], name: &str) -> Option<&'a RunbookStep> {
    steps.iter().find(|s| s.name == name)
}

fn sequential<'a>(steps: &'a [RunbookStep], step: &RunbookStep) -> Option<&'a RunbookStep> {
    let i = steps.iter().position(|s| s.name == step.name)?;
    steps.get(i + 1)
}
