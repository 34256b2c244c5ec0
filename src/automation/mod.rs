//! Automation (SPEC §18): schema 0.3 runbooks run as persisted state machines. `start`
//! writes an execution, `engine` runs it step by step under its lease, `actions` holds what
//! each action does, `rate` runs a parent's children under MaxConcurrency/MaxErrors, `api`
//! answers `Service: ssm` calls with ssmctl's own operations, `tick` advances due
//! executions, and `vars`/`selector`/`branch`/`script` are the pure pieces.

pub mod actions;
pub mod api;
pub mod branch;
pub mod dry_run;
pub mod engine;
pub mod rate;
pub mod script;
pub mod selector;
pub mod start;
pub mod state;
pub mod tick;
pub mod vars;

/// What `{{global:ACCOUNT_ID}}` and `{{global:REGION}}` stand for: one store is one account
/// in one place.
pub const ACCOUNT_ID: &str = "000000000000";
pub const REGION: &str = "local";
