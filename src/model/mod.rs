//! The AWS SSM service model slice that carries the command surface (src/model/ssm.json,
//! written by scripts/trim-model.py), and the serde helpers shared by typed shapes.

pub mod associations;
pub mod automation;
pub mod commands;
pub mod compliance;
pub mod documents;
pub mod instances;
pub mod inventory;
pub mod maintenance_window_executions;
pub mod maintenance_window_tasks;
pub mod maintenance_windows;
pub mod parameters;
pub mod patch;
pub mod patch_states;
pub mod sessions;
pub mod tags;
pub mod time;

use indexmap::IndexMap;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Deserialize)]
pub struct Model {
    pub operations: IndexMap<String, Operation>,
    pub shapes: HashMap<String, Shape>,
    #[serde(default)]
    pub waiters: IndexMap<String, Waiter>,
}

/// An AWS CLI waiter (waiters-2.json): poll `operation` until an acceptor decides.
#[derive(Debug, Deserialize)]
pub struct Waiter {
    pub operation: String,
    pub delay: u64,
    #[serde(rename = "maxAttempts")]
    pub max_attempts: u32,
    pub acceptors: Vec<Acceptor>,
}

#[derive(Debug, Deserialize)]
pub struct Acceptor {
    pub state: String,
    pub matcher: String,
    #[serde(default)]
    pub argument: Option<String>,
    pub expected: serde_json::Value,
}

#[derive(Debug, Deserialize)]
pub struct Operation {
    pub input: String,
    pub output: String,
    pub paginator: Option<Paginator>,
}

#[derive(Debug, Deserialize)]
pub struct Paginator {
    pub input_token: String,
    pub output_token: String,
    pub limit_key: String,
    pub result_key: String,
}

#[derive(Debug, Deserialize)]
pub struct MemberRef {
    pub shape: String,
    #[serde(default)]
    pub deprecated: bool,
}

#[derive(Debug, Deserialize)]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub members: IndexMap<String, MemberRef>,
    #[serde(default)]
    pub required: Vec<String>,
    pub member: Option<MemberRef>,
    pub value: Option<MemberRef>,
    #[serde(rename = "enum")]
    pub enum_values: Option<Vec<String>>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub pattern: Option<String>,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    // The file is part of the binary; a parse failure is a build defect caught by every test.
    serde_json::from_str(include_str!("ssm.json")).expect("embedded src/model/ssm.json is valid")
});

pub fn model() -> &'static Model {
    &MODEL
}

impl Model {
    pub fn shape(&self, name: &str) -> &Shape {
        &self.shapes[name]
    }
}

/// The AWS CLI's name transform: `DescribeDocument` → `describe-document`,
/// `IPAddress` → `ip-address`, `key` → `key`.
pub fn kebab(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            // A capital starts a word after a lower-case letter or digit, or when it is the
            // last capital of a run followed by lower case (IPAddress → ip-address).
            if prev.is_ascii_lowercase() || prev.is_ascii_digit() || (prev.is_ascii_uppercase() && next_lower) {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_matches_the_aws_cli() {
        assert_eq!(kebab("DescribeDocument"), "describe-document");
        assert_eq!(kebab("IPAddress"), "ip-address");
        assert_eq!(kebab("ApplyOnlyAtCronInterval"), "apply-only-at-cron-interval");
        assert_eq!(kebab("InstanceIds"), "instance-ids");
        assert_eq!(kebab("key"), "key");
        assert_eq!(kebab("S3BucketName"), "s3-bucket-name");
        assert_eq!(kebab("DocumentFilterList"), "document-filter-list");
    }

    #[test]
    fn embedded_model_loads_and_is_consistent() {
        let m = model();
        for (name, op) in &m.operations {
            assert!(m.shapes.contains_key(&op.input), "{name} input");
            assert!(m.shapes.contains_key(&op.output), "{name} output");
        }
        for shape in m.shapes.values() {
            for r in shape.members.values().chain(shape.member.iter()) {
                assert!(m.shapes.contains_key(&r.shape), "{}", r.shape);
            }
        }
    }
}
