//! `aws:executeAwsApi`, `aws:assertAwsResourceProperty` and `aws:waitForAwsResourceProperty`
//! with `Service: ssm`: answered by ssmctl's own operations, through the same checks a
//! request from the command line gets. (Other services are refused when the runbook is
//! created.)

use super::engine::text;
use crate::error::Error;
use crate::model::model;
use crate::ops::{self, Ctx};
use serde_json::{Map, Value};

/// The model's operation for `api` (`GetParameter`; boto3's `get_parameter` too).
fn operation(api: &str) -> Option<String> {
    let flat: String = api.chars().filter(|c| *c != '_').collect::<String>().to_ascii_lowercase();
    model().operations.keys().find(|k| k.to_ascii_lowercase() == flat).cloned()
}

/// Calls the operation the step names with the step's other inputs as its request.
pub fn call(ctx: &mut Ctx, inputs: &Map<String, Value>) -> std::result::Result<Value, String> {
    let service = inputs.get("Service").map(text).unwrap_or_default();
    if service != "ssm" {
        return Err(format!("Service {service} is an AWS service ssmctl cannot reach; only ssm is answered here"));
    }
    let api = inputs.get("Api").map(text).unwrap_or_default();
    let op = operation(&api).ok_or_else(|| format!("Api {api} is not an ssm operation ssmctl has"))?;
    let skip = ["Service", "Api", "PropertySelector", "DesiredValues"];
    let req: Map<String, Value> =
        inputs.iter().filter(|(k, _)| !skip.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect();
    let shape = model().shape(&model().operations[&op].input);
    if let Some(missing) = shape.required.iter().find(|m| !req.contains_key(*m)) {
        return Err(format!("{op} needs {missing}"));
    }
    if let Some(unknown) = req.keys().find(|k| !shape.members.contains_key(*k)) {
        return Err(format!("{op} has no member {unknown}"));
    }
    let req = Value::Object(req);
    let render = |e: Error| e.render(Some(&op));
    crate::cli::request::check_service(&op, &req).map_err(render)?;
    let answer = ops::dispatch(ctx, &op, req).map_err(render);
    // An operation's exit code (a command that failed) is this step's business.
    ctx.exit_code = None;
    ctx.exit_message = None;
    answer
}

/// One look at `PropertySelector` of the answer: whether it is one of `DesiredValues`, and
/// what was seen (for the failure message).
pub fn property_matches(ctx: &mut Ctx, inputs: &Map<String, Value>) -> std::result::Result<(bool, String), String> {
    let answer = call(ctx, inputs)?;
    let selector = inputs.get("PropertySelector").map(text).unwrap_or_default();
    let desired: Vec<String> = match inputs.get("DesiredValues") {
        Some(Value::Array(a)) => a.iter().map(text).collect(),
        Some(v) => vec![text(v)],
        None => vec![],
    };
    let seen = super::selector::select(&answer, &selector);
    let values = seen.as_ref().map(super::selector::output_strings).unwrap_or_default();
    let ok = !values.is_empty() && values.iter().all(|v| desired.contains(v));
    let shown = match &seen {
        Some(v) => v.to_string(),
        None => "nothing".to_string(),
    };
    Ok((ok, format!("{selector} is {shown}, not one of {}", desired.join(", "))))
}
