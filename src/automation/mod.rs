//! Automation (schema 0.3) expression pieces: variable substitution, output selectors, aws:branch.

pub mod branch;
pub mod selector;
pub mod vars;
