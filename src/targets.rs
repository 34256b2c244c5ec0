//! Targets (SPEC §8): which inventory hosts a command or an association addresses.
//!
//! Resolution happens at run time against the current inventory, so a host added later with a
//! matching tag is picked up by the next run.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::inventory::{Host, Inventory};

/// The model's Target shape, `{Key, Values}`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Target {
    pub key: String,
    #[serde(default)]
    pub values: Vec<String>,
}

/// AWS's limits: the Targets list and TargetValues shapes.
const MAX_KEYS: usize = 5;
const MAX_VALUES: usize = 50;
const MAX_TAG_KEY: usize = 128;

/// The form of a target key.
enum Form<'a> {
    InstanceIds,
    Tag(&'a str),
    TagKey,
    ResourceGroup,
    ResourceTypes,
}

/// The resource type of every inventory host, as AWS names the type of a managed node that is
/// not an EC2 instance (`resource-groups:ResourceTypeFilters` values).
pub const HOST_RESOURCE_TYPE: &str = "AWS::SSM::ManagedInstance";

/// AWS matches the fixed key words whatever their case (its own examples write both
/// `InstanceIds` and `instanceids`); what follows `tag:` is a tag name and keeps its case.
fn form_of(key: &str) -> Result<Form<'_>> {
    let invalid = |why: &str| Error::service("InvalidTarget", format!("Target key {key:?} {why}"));
    let lower = key.to_ascii_lowercase();
    match lower.as_str() {
        "instanceids" => return Ok(Form::InstanceIds),
        "tag-key" => return Ok(Form::TagKey),
        "resource-groups:name" => return Ok(Form::ResourceGroup),
        "resource-groups:resourcetypefilters" => return Ok(Form::ResourceTypes),
        "parametervalues" | "resourcegroup" => {
            return Err(invalid("is for Automation rate control (start-automation-execution --target-parameter-name)"));
        }
        "windowtargetids" => return Err(invalid("is for maintenance window tasks")),
        _ => {}
    }
    match lower.starts_with("tag:").then(|| &key[4..]) {
        Some("") => Err(invalid("names no tag (use tag:NAME)")),
        Some(name) if name.chars().count() > MAX_TAG_KEY => Err(invalid("names a tag longer than 128 characters")),
        Some(name) => Ok(Form::Tag(name)),
        None => Err(invalid(
            "is not supported (InstanceIds, tag:NAME, tag-key, resource-groups:Name or \
             resource-groups:ResourceTypeFilters)",
        )),
    }
}

/// Whether a target key is `InstanceIds` in any of the cases AWS takes.
pub fn is_instance_ids(key: &str) -> bool {
    key.eq_ignore_ascii_case("InstanceIds")
}

/// Checks AWS's rules: at most 5 keys, at most 50 values per key, known key forms, non-empty
/// values. Errors are `InvalidTarget`, naming the key.
pub fn validate(targets: &[Target]) -> Result<()> {
    if targets.len() > MAX_KEYS {
        return Err(Error::service(
            "InvalidTarget",
            format!("At most {MAX_KEYS} targets are allowed; {} were given", targets.len()),
        ));
    }
    for t in targets {
        form_of(&t.key)?;
        let invalid = |why: String| Error::service("InvalidTarget", format!("Target key {:?} {why}", t.key));
        if t.values.is_empty() {
            return Err(invalid("has no values".into()));
        }
        if t.values.len() > MAX_VALUES {
            return Err(invalid(format!("has {} values; at most {MAX_VALUES} are allowed", t.values.len())));
        }
        if t.values.iter().any(|v| v.is_empty()) {
            return Err(invalid("has an empty value".into()));
        }
    }
    Ok(())
}

/// Values within one key are OR.
fn matches(host: &Host, form: &Form, values: &[String]) -> bool {
    match form {
        Form::InstanceIds => values.iter().any(|v| v == "*" || *v == host.id),
        Form::Tag(name) => host.tags.get(*name).is_some_and(|t| values.contains(t)),
        Form::TagKey => values.iter().any(|v| host.tags.contains_key(v)),
        Form::ResourceGroup => host.groups.iter().any(|g| values.contains(g)),
        Form::ResourceTypes => values.iter().any(|v| v == HOST_RESOURCE_TYPE),
    }
}

/// The hosts a command or association addresses, in inventory order, each once.
///
/// `instance_ids` (`--instance-ids`) and `targets` are alternatives; when both are given the
/// result is their union. Keys are AND: a host must match every target. No match is an empty
/// list, not an error: the caller decides what that means.
pub fn resolve<'a>(inv: &'a Inventory, instance_ids: &[String], targets: &[Target]) -> Result<Vec<&'a Host>> {
    validate(targets)?;
    // Every id named explicitly must exist, whichever way it was given.
    let named = instance_ids
        .iter()
        .chain(targets.iter().filter(|t| is_instance_ids(&t.key)).flat_map(|t| t.values.iter().filter(|v| *v != "*")));
    let mut unknown: Vec<&str> = Vec::new();
    for id in named {
        if inv.get(id).is_none() && !unknown.contains(&id.as_str()) {
            unknown.push(id);
        }
    }
    if !unknown.is_empty() {
        return Err(Error::service(
            "InvalidInstanceId",
            format!("Instance id(s) not in the inventory: {}", unknown.join(", ")),
        ));
    }
    let keys: Vec<(Form, &[String])> =
        targets.iter().map(|t| form_of(&t.key).map(|k| (k, t.values.as_slice()))).collect::<Result<_>>()?;
    // Iterating the inventory gives its order and visits each host once.
    Ok(inv
        .hosts
        .iter()
        .filter(|h| {
            instance_ids.contains(&h.id) || (!keys.is_empty() && keys.iter().all(|(k, values)| matches(h, k, values)))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn inv() -> Inventory {
        Inventory::parse(
            "hosts:
  web-1: {tags: {Role: WebServer, Env: Prod}, groups: [frontend]}
  web-2: {tags: {Role: WebServer, Env: Dev}, groups: [frontend, canary]}
  db-1:  {tags: {Role: Db, Env: Prod, Backup: daily}, groups: [backend]}
  build: {connection: local}
",
            Path::new("/t/inv.yaml"),
        )
        .unwrap()
    }

    fn t(key: &str, values: &[&str]) -> Target {
        Target { key: key.into(), values: values.iter().map(|v| v.to_string()).collect() }
    }

    fn ids(hosts: &[&Host]) -> Vec<String> {
        hosts.iter().map(|h| h.id.clone()).collect()
    }

    fn resolved(instance_ids: &[&str], targets: &[Target]) -> Vec<String> {
        let inv = inv();
        let instance_ids: Vec<String> = instance_ids.iter().map(|s| s.to_string()).collect();
        ids(&resolve(&inv, &instance_ids, targets).unwrap())
    }

    fn error(instance_ids: &[&str], targets: &[Target]) -> (String, String) {
        let instance_ids: Vec<String> = instance_ids.iter().map(|s| s.to_string()).collect();
        match resolve(&inv(), &instance_ids, targets) {
            Err(Error::Service { code, message }) => (code, message),
            other => panic!("expected a service error, got {other:?}"),
        }
    }

    #[test]
    fn values_within_a_key_are_or() {
        assert_eq!(resolved(&[], &[t("tag:Env", &["Dev", "Prod"])]), ["web-1", "web-2", "db-1"]);
        assert_eq!(resolved(&[], &[t("tag:Role", &["Db"])]), ["db-1"]);
        assert_eq!(resolved(&[], &[t("tag-key", &["Backup", "Nope"])]), ["db-1"]);
        assert_eq!(resolved(&[], &[t("resource-groups:Name", &["canary", "backend"])]), ["web-2", "db-1"]);
        assert_eq!(resolved(&[], &[t("InstanceIds", &["db-1", "web-1"])]), ["web-1", "db-1"]);
    }

    #[test]
    fn key_words_in_any_case_tag_names_exact() {
        for key in ["InstanceIds", "instanceids", "INSTANCEIDS", "instanceIds"] {
            assert_eq!(resolved(&[], &[t(key, &["db-1"])]), ["db-1"], "{key}");
        }
        assert_eq!(resolved(&[], &[t("instanceids", &["*"])]).len(), 4);
        assert_eq!(error(&[], &[t("instanceids", &["ghost"])]).0, "InvalidInstanceId");
        assert_eq!(resolved(&[], &[t("Tag-Key", &["Backup"])]), ["db-1"]);
        assert_eq!(resolved(&[], &[t("Resource-Groups:name", &["canary"])]), ["web-2"]);
        assert_eq!(resolved(&[], &[t("Tag:Role", &["Db"])]), ["db-1"]);
        // The tag name is the host's tag name exactly.
        assert!(resolved(&[], &[t("tag:role", &["Db"])]).is_empty());
        assert!(resolved(&[], &[t("tag-key", &["backup"])]).is_empty());
    }

    #[test]
    fn resource_type_filters_narrow_a_group() {
        let group = t("resource-groups:Name", &["frontend"]);
        let managed = t("resource-groups:ResourceTypeFilters", &[HOST_RESOURCE_TYPE]);
        assert_eq!(resolved(&[], &[group.clone(), managed]), ["web-1", "web-2"]);
        let ec2 = t("resource-groups:ResourceTypeFilters", &["AWS::EC2::Instance"]);
        assert!(resolved(&[], &[group, ec2]).is_empty(), "no inventory host is an EC2 instance");
    }

    #[test]
    fn keys_are_and() {
        let both = [t("tag:Role", &["WebServer"]), t("tag:Env", &["Prod"])];
        assert_eq!(resolved(&[], &both), ["web-1"]);
        let three =
            [t("tag-key", &["Role"]), t("resource-groups:Name", &["frontend"]), t("InstanceIds", &["web-2", "db-1"])];
        assert_eq!(resolved(&[], &three), ["web-2"]);
        // No match is an empty list, not an error.
        assert!(resolved(&[], &[t("tag:Role", &["Db"]), t("tag:Env", &["Dev"])]).is_empty());
        assert!(resolved(&[], &[t("tag:Role", &["webserver"])]).is_empty(), "tag values are case-sensitive");
    }

    #[test]
    fn star_is_every_host() {
        assert_eq!(resolved(&[], &[t("InstanceIds", &["*"])]), ["web-1", "web-2", "db-1", "build"]);
        assert_eq!(resolved(&[], &[t("InstanceIds", &["*"]), t("tag:Env", &["Prod"])]), ["web-1", "db-1"]);
        // `*` is only special for InstanceIds.
        assert!(resolved(&[], &[t("tag:Role", &["*"])]).is_empty());
    }

    #[test]
    fn instance_ids_in_inventory_order_once() {
        assert_eq!(resolved(&["build", "web-1", "build", "web-1"], &[]), ["web-1", "build"]);
        // Given both ways, the union, still each once and in inventory order.
        assert_eq!(resolved(&["build", "web-2"], &[t("tag:Role", &["WebServer"])]), ["web-1", "web-2", "build"]);
        assert!(resolved(&[], &[]).is_empty());
    }

    #[test]
    fn unknown_instance_ids() {
        let (code, msg) = error(&["web-1", "i-0abc", "mi-9", "i-0abc"], &[]);
        assert_eq!(code, "InvalidInstanceId");
        assert_eq!(msg, "Instance id(s) not in the inventory: i-0abc, mi-9");
        let (code, msg) = error(&[], &[t("InstanceIds", &["*", "web-1", "ghost"])]);
        assert_eq!((code.as_str(), msg.as_str()), ("InvalidInstanceId", "Instance id(s) not in the inventory: ghost"));
        assert_eq!(
            error(&["ghost"], &[t("InstanceIds", &["ghost2"])]).1,
            "Instance id(s) not in the inventory: ghost, ghost2"
        );
        // `*` is no instance id on its own flag, as in AWS.
        assert_eq!(error(&["*"], &[]).0, "InvalidInstanceId");
        // A tag value naming no host is not an instance id problem.
        assert!(resolved(&[], &[t("tag:Role", &["ghost"])]).is_empty());
    }

    #[test]
    fn limits() {
        let six: Vec<Target> = (0..6).map(|i| t(&format!("tag:K{i}"), &["v"])).collect();
        let (code, msg) = error(&[], &six);
        assert_eq!(code, "InvalidTarget");
        assert!(msg.contains("At most 5 targets"), "{msg}");
        assert!(validate(&six[..5]).is_ok());

        let values: Vec<String> = (0..51).map(|i| format!("v{i}")).collect();
        let refs: Vec<&str> = values.iter().map(String::as_str).collect();
        let (code, msg) = error(&[], &[t("tag:Role", &refs)]);
        assert_eq!(code, "InvalidTarget");
        assert_eq!(msg, "Target key \"tag:Role\" has 51 values; at most 50 are allowed");
        assert!(validate(&[t("tag:Role", &refs[..50])]).is_ok());
    }

    #[test]
    fn bad_keys_and_values() {
        for (target, want) in [
            (t("tag:", &["x"]), "Target key \"tag:\" names no tag"),
            (t("Tags:Role", &["x"]), "Target key \"Tags:Role\" is not supported"),
            (t("InstanceId", &["x"]), "Target key \"InstanceId\" is not supported"),
            (t("ParameterValues", &["x"]), "\"ParameterValues\" is for Automation rate control"),
            (t("WindowTargetIds", &["x"]), "is for maintenance window tasks"),
            (t("", &["x"]), "Target key \"\" is not supported"),
            (t("tag:Role", &[]), "Target key \"tag:Role\" has no values"),
            (t("tag-key", &["a", ""]), "Target key \"tag-key\" has an empty value"),
            (t(&format!("tag:{}", "k".repeat(129)), &["x"]), "longer than 128"),
        ] {
            let (code, msg) = error(&[], std::slice::from_ref(&target));
            assert_eq!(code, "InvalidTarget", "{target:?}");
            assert!(msg.contains(want), "{target:?}: {msg}");
        }
        assert!(validate(&[]).is_ok());
        assert!(validate(&[t(&format!("tag:{}", "k".repeat(128)), &["x"])]).is_ok());
    }

    #[test]
    fn invalid_target_comes_before_unknown_ids() {
        assert_eq!(error(&["ghost"], &[t("bogus", &["x"])]).0, "InvalidTarget");
    }

    #[test]
    fn implicit_inventory_resolves_localhost() {
        let inv = Inventory::implicit();
        let hosts = resolve(&inv, &["localhost".to_string()], &[]).unwrap();
        assert_eq!(ids(&hosts), ["localhost"]);
        let hosts = resolve(&inv, &[], &[t("InstanceIds", &["*"])]).unwrap();
        assert_eq!(ids(&hosts), ["localhost"]);
        assert!(resolve(&inv, &["web-1".to_string()], &[]).is_err());
    }

    #[test]
    fn target_json_shape() {
        let target: Target = serde_json::from_str(r#"{"Key":"tag:Role","Values":["Web","Db"]}"#).unwrap();
        assert_eq!(target, t("tag:Role", &["Web", "Db"]));
        assert_eq!(serde_json::to_string(&target).unwrap(), r#"{"Key":"tag:Role","Values":["Web","Db"]}"#);
        let bare: Target = serde_json::from_str(r#"{"Key":"tag-key"}"#).unwrap();
        assert!(bare.values.is_empty());
    }
}
