//! Automation (runbook) actions that ssmctl runs on the controller itself.
pub mod script;
