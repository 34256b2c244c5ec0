//! Operations: typed requests in, typed AWS-shaped responses out. No clap, no printing.

pub mod apply_due;
pub mod association_history;
pub mod associations;
pub mod automation;
pub mod commands;
pub mod compliance;
pub mod documents;
pub mod instances;
pub mod inventory;
pub mod inventory_answers;
pub mod inventory_query;
pub mod inventory_schema;
pub mod maintenance_window_executions;
pub mod maintenance_window_targets;
pub mod maintenance_window_tasks;
pub mod maintenance_windows;
pub mod parameter_policies;
pub mod parameters;
pub mod patch_baselines;
pub mod patch_catalogue;
pub mod patch_groups;
pub mod patch_states;
pub mod sessions;
pub mod tags;

use crate::error::{Error, Result};
use crate::inventory::Inventory;
use crate::store::Store;
use base64::Engine;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::path::PathBuf;

/// What an operation may use: the state store, opened on first use so that commands
/// which never touch it (skeletons, completions) never create it.
pub struct Ctx {
    db_path: PathBuf,
    store: Option<Store>,
    inventory_path: Option<PathBuf>,
    inventory: Option<std::rc::Rc<Inventory>>,
    /// Set by an operation whose result is printed but whose exit code is not 0
    /// (send-command that did not succeed, or was interrupted).
    pub exit_code: Option<i32>,
    /// With a non-zero `exit_code`: the one stderr line that says why (every non-zero exit
    /// says so, even when stdout holds a result).
    pub exit_message: Option<String>,
    /// A deadline for the commands this context sends (an Automation step's timeoutSeconds).
    pub command_deadline: Option<std::time::Instant>,
}

impl Ctx {
    pub fn new(db_path: PathBuf, inventory_path: Option<PathBuf>) -> Ctx {
        Ctx {
            db_path,
            store: None,
            inventory_path,
            inventory: None,
            exit_code: None,
            exit_message: None,
            command_deadline: None,
        }
    }

    /// A context over a store already open (fuzzing uses an in-memory one).
    pub fn with_store(store: Store) -> Ctx {
        Ctx {
            db_path: PathBuf::new(),
            store: Some(store),
            inventory_path: None,
            inventory: None,
            exit_code: None,
            exit_message: None,
            command_deadline: None,
        }
    }

    pub fn db_path(&self) -> &std::path::Path {
        &self.db_path
    }

    /// The store and inventory files, for a context of its own in another thread.
    pub fn paths(&self) -> (PathBuf, Option<PathBuf>) {
        (self.db_path.clone(), self.inventory_path.clone())
    }

    /// The inventory, read and validated whole on first use.
    pub fn inventory(&mut self) -> Result<std::rc::Rc<Inventory>> {
        if self.inventory.is_none() {
            let inv = Inventory::load(self.inventory_path.as_deref())?;
            crate::log::debug(|| match &inv.path {
                Some(p) => format!("inventory {} ({} hosts)", p.display(), inv.hosts.len()),
                None => "implicit inventory (localhost)".to_string(),
            });
            self.inventory = Some(std::rc::Rc::new(inv));
        }
        Ok(self.inventory.clone().expect("loaded above"))
    }

    /// A printed result whose exit is not 0, and the line that says why.
    pub fn finish_with(&mut self, code: i32, message: String) {
        self.exit_code = Some(code);
        self.exit_message = Some(message);
    }

    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            self.store = Some(Store::open(&self.db_path)?);
        }
        Ok(self.store.as_mut().expect("opened above"))
    }
}

type OpFn = fn(&mut Ctx, Value) -> Result<Value>;

/// Every operation of the model slice, by model name. A unit test keeps this table and
/// src/model/ssm.json in step.
const OPERATIONS: &[(&str, OpFn)] = &[
    ("CreateDocument", |c, r| call(r, |r| documents::create(c, r))),
    ("GetDocument", |c, r| call(r, |r| documents::get(c, r))),
    ("DescribeDocument", |c, r| call(r, |r| documents::describe(c, r))),
    ("ListDocuments", |c, r| call(r, |r| documents::list(c, r))),
    ("UpdateDocument", |c, r| call(r, |r| documents::update(c, r))),
    ("DeleteDocument", |c, r| call(r, |r| documents::delete(c, r))),
    ("ListDocumentVersions", |c, r| call(r, |r| documents::list_versions(c, r))),
    ("UpdateDocumentDefaultVersion", |c, r| call(r, |r| documents::update_default_version(c, r))),
    ("AddTagsToResource", |c, r| call(r, |r| tags::add(c, r))),
    ("RemoveTagsFromResource", |c, r| call(r, |r| tags::remove(c, r))),
    ("ListTagsForResource", |c, r| call(r, |r| tags::list(c, r))),
    ("SendCommand", |c, r| call(r, |r| commands::send(c, r))),
    ("ListCommands", |c, r| call(r, |r| commands::list(c, r))),
    ("ListCommandInvocations", |c, r| call(r, |r| commands::list_invocations(c, r))),
    ("GetCommandInvocation", |c, r| call(r, |r| commands::get_invocation(c, r))),
    ("CancelCommand", |c, r| call(r, |r| commands::cancel(c, r))),
    ("DescribeInstanceInformation", |c, r| call(r, |r| instances::describe(c, r))),
    ("CreateAssociation", |c, r| call(r, |r| associations::create(c, r))),
    ("CreateAssociationBatch", |c, r| call(r, |r| associations::create_batch(c, r))),
    ("DescribeAssociation", |c, r| call(r, |r| associations::describe(c, r))),
    ("ListAssociations", |c, r| call(r, |r| associations::list(c, r))),
    ("UpdateAssociation", |c, r| call(r, |r| associations::update(c, r))),
    ("DeleteAssociation", |c, r| call(r, |r| associations::delete(c, r))),
    ("ListAssociationVersions", |c, r| call(r, |r| associations::list_versions(c, r))),
    ("StartAssociationsOnce", |c, r| call(r, |r| associations::start_once(c, r))),
    ("DescribeAssociationExecutions", |c, r| call(r, |r| association_history::executions(c, r))),
    ("DescribeAssociationExecutionTargets", |c, r| call(r, |r| association_history::execution_targets(c, r))),
    ("DescribeInstanceAssociationsStatus", |c, r| call(r, |r| association_history::instance_status(c, r))),
    ("DescribeEffectiveInstanceAssociations", |c, r| call(r, |r| association_history::effective(c, r))),
    ("UpdateAssociationStatus", |c, r| call(r, |r| association_history::update_status(c, r))),
    ("PutComplianceItems", |c, r| call(r, |r| compliance::put(c, r))),
    ("ListComplianceItems", |c, r| call(r, |r| compliance::list_items(c, r))),
    ("ListComplianceSummaries", |c, r| call(r, |r| compliance::list_summaries(c, r))),
    ("ListResourceComplianceSummaries", |c, r| call(r, |r| compliance::list_resource_summaries(c, r))),
    ("PutParameter", |c, r| call(r, |r| parameters::put(c, r))),
    ("GetParameter", |c, r| call(r, |r| parameters::get(c, r))),
    ("GetParameters", |c, r| call(r, |r| parameters::get_many(c, r))),
    ("GetParametersByPath", |c, r| call(r, |r| parameters::by_path(c, r))),
    ("DescribeParameters", |c, r| call(r, |r| parameters::describe(c, r))),
    ("DeleteParameter", |c, r| call(r, |r| parameters::delete(c, r))),
    ("DeleteParameters", |c, r| call(r, |r| parameters::delete_many(c, r))),
    ("GetParameterHistory", |c, r| call(r, |r| parameters::history(c, r))),
    ("LabelParameterVersion", |c, r| call(r, |r| parameters::label(c, r))),
    ("UnlabelParameterVersion", |c, r| call(r, |r| parameters::unlabel(c, r))),
    ("PutInventory", |c, r| call(r, |r| inventory::put(c, r))),
    ("ListInventoryEntries", |c, r| call(r, |r| inventory::list_entries(c, r))),
    ("DeleteInventory", |c, r| call(r, |r| inventory::delete(c, r))),
    ("GetInventorySchema", |c, r| call(r, |r| inventory_schema::get(c, r))),
    ("GetInventory", |c, r| call(r, |r| inventory_query::get(c, r))),
    ("DescribeInventoryDeletions", |c, r| call(r, |r| inventory::describe_deletions(c, r))),
    ("DescribeInstancePatchStates", |c, r| call(r, |r| patch_states::describe_states(c, r))),
    ("DescribeInstancePatchStatesForPatchGroup", |c, r| call(r, |r| patch_states::describe_states_for_group(c, r))),
    ("DescribeInstancePatches", |c, r| call(r, |r| patch_states::describe_patches(c, r))),
    ("DescribePatchGroupState", |c, r| call(r, |r| patch_states::describe_group_state(c, r))),
    ("DescribePatchProperties", |c, r| call(r, |r| patch_catalogue::describe_properties(c, r))),
    ("DescribeEffectivePatchesForPatchBaseline", |c, r| call(r, |r| patch_catalogue::describe_effective(c, r))),
    ("CreatePatchBaseline", |c, r| call(r, |r| patch_baselines::create(c, r))),
    ("GetPatchBaseline", |c, r| call(r, |r| patch_baselines::get(c, r))),
    ("UpdatePatchBaseline", |c, r| call(r, |r| patch_baselines::update(c, r))),
    ("DeletePatchBaseline", |c, r| call(r, |r| patch_baselines::delete(c, r))),
    ("DescribePatchBaselines", |c, r| call(r, |r| patch_baselines::describe(c, r))),
    ("RegisterDefaultPatchBaseline", |c, r| call(r, |r| patch_baselines::register_default(c, r))),
    ("GetDefaultPatchBaseline", |c, r| call(r, |r| patch_baselines::get_default(c, r))),
    ("RegisterPatchBaselineForPatchGroup", |c, r| call(r, |r| patch_groups::register(c, r))),
    ("DeregisterPatchBaselineForPatchGroup", |c, r| call(r, |r| patch_groups::deregister(c, r))),
    ("GetPatchBaselineForPatchGroup", |c, r| call(r, |r| patch_groups::get_for_group(c, r))),
    ("DescribePatchGroups", |c, r| call(r, |r| patch_groups::describe(c, r))),
    ("StartAutomationExecution", |c, r| call(r, |r| automation::start(c, r))),
    ("GetAutomationExecution", |c, r| call(r, |r| automation::get(c, r))),
    ("DescribeAutomationExecutions", |c, r| call(r, |r| automation::describe(c, r))),
    ("DescribeAutomationStepExecutions", |c, r| call(r, |r| automation::describe_steps(c, r))),
    ("SendAutomationSignal", |c, r| call(r, |r| automation::signal(c, r))),
    ("StopAutomationExecution", |c, r| call(r, |r| automation::stop(c, r))),
    ("DescribeMaintenanceWindowExecutions", |c, r| {
        call(r, |r| maintenance_window_executions::describe_executions(c, r))
    }),
    ("GetMaintenanceWindowExecution", |c, r| call(r, |r| maintenance_window_executions::get_execution(c, r))),
    ("DescribeMaintenanceWindowExecutionTasks", |c, r| {
        call(r, |r| maintenance_window_executions::describe_tasks(c, r))
    }),
    ("GetMaintenanceWindowExecutionTask", |c, r| call(r, |r| maintenance_window_executions::get_task(c, r))),
    ("DescribeMaintenanceWindowExecutionTaskInvocations", |c, r| {
        call(r, |r| maintenance_window_executions::describe_invocations(c, r))
    }),
    ("GetMaintenanceWindowExecutionTaskInvocation", |c, r| {
        call(r, |r| maintenance_window_executions::get_invocation(c, r))
    }),
    ("CancelMaintenanceWindowExecution", |c, r| call(r, |r| maintenance_window_executions::cancel(c, r))),
    ("RegisterTargetWithMaintenanceWindow", |c, r| call(r, |r| maintenance_window_targets::register(c, r))),
    ("DescribeMaintenanceWindowTargets", |c, r| call(r, |r| maintenance_window_targets::describe(c, r))),
    ("UpdateMaintenanceWindowTarget", |c, r| call(r, |r| maintenance_window_targets::update(c, r))),
    ("DeregisterTargetFromMaintenanceWindow", |c, r| call(r, |r| maintenance_window_targets::deregister(c, r))),
    ("RegisterTaskWithMaintenanceWindow", |c, r| call(r, |r| maintenance_window_tasks::register(c, r))),
    ("DescribeMaintenanceWindowTasks", |c, r| call(r, |r| maintenance_window_tasks::describe(c, r))),
    ("GetMaintenanceWindowTask", |c, r| call(r, |r| maintenance_window_tasks::get(c, r))),
    ("UpdateMaintenanceWindowTask", |c, r| call(r, |r| maintenance_window_tasks::update(c, r))),
    ("DeregisterTaskFromMaintenanceWindow", |c, r| call(r, |r| maintenance_window_tasks::deregister(c, r))),
    ("CreateMaintenanceWindow", |c, r| call(r, |r| maintenance_windows::create(c, r))),
    ("GetMaintenanceWindow", |c, r| call(r, |r| maintenance_windows::get(c, r))),
    ("UpdateMaintenanceWindow", |c, r| call(r, |r| maintenance_windows::update(c, r))),
    ("DeleteMaintenanceWindow", |c, r| call(r, |r| maintenance_windows::delete(c, r))),
    ("DescribeMaintenanceWindows", |c, r| call(r, |r| maintenance_windows::describe(c, r))),
    ("DescribeMaintenanceWindowSchedule", |c, r| call(r, |r| maintenance_windows::schedule(c, r))),
    ("DescribeMaintenanceWindowsForTarget", |c, r| call(r, |r| maintenance_windows::for_target(c, r))),
    ("StartSession", |c, r| call(r, |r| sessions::start(c, r))),
    ("TerminateSession", |c, r| call(r, |r| sessions::terminate(c, r))),
    ("DescribeSessions", |c, r| call(r, |r| sessions::describe(c, r))),
    ("ResumeSession", |c, r| call(r, |r| sessions::resume(c, r))),
];

pub fn dispatch(ctx: &mut Ctx, op: &str, req: Value) -> Result<Value> {
    match OPERATIONS.iter().find(|(name, _)| *name == op) {
        Some((_, f)) => f(ctx, documents::names_from_arns(op, req)?),
        None => Err(Error::internal(format!("operation {op} has no implementation"))),
    }
}

/// The typed boundary: the request JSON was validated against the model, so a
/// deserialisation failure here is a defect in ssmctl, not a user mistake.
fn call<Req: DeserializeOwned, Resp: Serialize>(req: Value, f: impl FnOnce(Req) -> Result<Resp>) -> Result<Value> {
    let req: Req = serde_json::from_value(req).map_err(|e| Error::internal(format!("request shape: {e}")))?;
    Ok(serde_json::to_value(f(req)?)?)
}

/// An empty output shape (`DeleteDocumentResult`, …).
#[derive(Serialize)]
pub struct Empty {}

/// Page tokens are opaque to users: the key of the last item returned, base64url.
pub fn encode_token(key: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key)
}

pub fn decode_token(token: Option<&str>) -> Result<Option<String>> {
    let Some(t) = token else { return Ok(None) };
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(t)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .map(Some)
        .ok_or_else(|| Error::service("InvalidNextToken", "The specified token isn't valid."))
}

/// A page token that holds a number (an offset, the last version shown); absent is 0.
pub fn decode_number<T: std::str::FromStr + Default>(token: Option<&str>) -> Result<T> {
    match decode_token(token)? {
        Some(t) => t.parse().map_err(|_| Error::service("InvalidNextToken", "The specified token isn't valid.")),
        None => Ok(T::default()),
    }
}

/// Whether a process still runs (the owner of a command or of an association claim).
/// All ssmctl processes sharing a state file run on one machine, so a pid says it.
pub fn process_alive(pid: i64) -> bool {
    let Ok(pid) = i32::try_from(pid) else { return false };
    pid > 0
        && (unsafe { libc::kill(pid, 0) } == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
}

/// The partition and resource of an SSM ARN, `arn:PARTITION:ssm:REGION:ACCOUNT:RESOURCE`
/// (`document/NAME`, `parameter/path`); any region and account, as one store is one account.
/// None when `input` has not that form.
pub fn ssm_arn(input: &str) -> Option<(&str, &str)> {
    let mut parts = input.strip_prefix("arn:")?.splitn(5, ':');
    let (partition, service, _region, _account) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    (service == "ssm").then_some((partition, parts.next()?))
}

/// At most `max` of `items`, comma-joined, then "and N more": a stderr line that stays one
/// short line on a big fleet.
pub fn named_list(items: &[String], max: usize) -> String {
    let mut named: Vec<String> = items.iter().take(max).cloned().collect();
    if items.len() > max {
        named.push(format!("and {} more", items.len() - max));
    }
    named.join(", ")
}

/// MaxResults, defaulted and bounded as the model says.
pub fn page_limit(max_results: Option<i64>, default: i64) -> i64 {
    max_results.unwrap_or(default).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_operation_has_an_implementation_and_no_more() {
        let model_ops: Vec<&str> = crate::model::model().operations.keys().map(String::as_str).collect();
        let ours: Vec<&str> = OPERATIONS.iter().map(|(n, _)| *n).collect();
        for op in &model_ops {
            assert!(ours.contains(op), "{op} is in the model but not implemented");
        }
        for op in &ours {
            assert!(model_ops.contains(op), "{op} is implemented but not in the model");
        }
    }

    #[test]
    fn tokens_round_trip_and_garbage_is_invalid_next_token() {
        assert_eq!(decode_token(Some(&encode_token("Doc-1"))).unwrap().as_deref(), Some("Doc-1"));
        let err = decode_token(Some("!!not base64")).unwrap_err();
        assert_eq!(err.exit_code(), 254);
        assert!(err.render(Some("ListDocuments")).contains("(InvalidNextToken)"));
    }
}
