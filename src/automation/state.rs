//! What an execution carries between processes: its parameters, the outputs its steps made,
//! where it is in the runbook, and what was asked of it. Stored as JSON beside the row.

use crate::model::automation::{ResolvedTargets, TargetMap};
use crate::model::commands::Parameters;
use crate::targets::Target;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashMap;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExecState {
    /// Auto | Interactive.
    pub mode: String,
    /// The parameters as given (AWS's map of lists), for display.
    pub parameters: Parameters,
    /// The same, typed by the runbook's declarations and with defaults filled in.
    pub values: Map<String, Value>,
    /// `step.Output` → typed value, as later steps read them.
    pub outputs: HashMap<String, Value>,
    /// The step to run next; None when the run is over (or not begun: see `begun`).
    pub next: Option<String>,
    pub begun: bool,
    /// The step execution in progress or waiting.
    pub current: Option<String>,
    /// A critical step's failure decides the end: (Failed | TimedOut, message).
    pub failure: Option<(String, String)>,
    /// Asked by stop-automation-execution: Cancel | Complete.
    pub stop: Option<String>,
    /// The onCancel step running after a Cancel, and since when.
    pub cancelling: bool,
    pub cancel_started: Option<String>,
    /// The runbook's `outputs`, filled at the end.
    pub runbook_outputs: Parameters,
    /// Interactive mode: waiting for StartStep or Resume before `next`.
    pub held: bool,
    /// Rate control (a parent): the target parameter and the values each child gets.
    pub target_parameter_name: Option<String>,
    pub targets: Vec<Target>,
    pub target_maps: Vec<TargetMap>,
    pub resolved_targets: Option<ResolvedTargets>,
    pub max_concurrency: Option<String>,
    pub max_errors: Option<String>,
    /// Children started so far, in target order.
    pub children_started: usize,
    /// A child of rate control: the target value it got.
    pub target: Option<String>,
    /// An aws:loop in progress: its step execution, the iteration, and the inner step next.
    pub in_loop: Option<LoopState>,
    pub failure_message: Option<String>,
    /// The newest signal the running process has looked at (not stored).
    #[serde(skip)]
    pub seen_signal: i64,
    pub current_step_name: Option<String>,
    pub current_action: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LoopState {
    pub step: String,
    pub step_execution_id: String,
    pub iteration: usize,
    /// The iterator values (Iterators) or empty (LoopCondition).
    pub values: Vec<Value>,
    pub inner_next: Option<String>,
}

impl ExecState {
    pub fn is_parent(&self) -> bool {
        self.target_parameter_name.is_some() && self.resolved_targets.is_some()
    }
}
