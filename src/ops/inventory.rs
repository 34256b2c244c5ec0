//! Inventory: put-inventory, list-inventory-entries, delete-inventory and
//! describe-inventory-deletions over the snapshots the
//! AWS-GatherSoftwareInventory collector and put-inventory store (src/store/inventory.rs).
//! `AWS:Tag` and `AWS:ResourceGroup` are the inventory file's tags and groups, read live.

use super::{Ctx, decode_number, encode_token};
use crate::error::{Error, Result};
use crate::inventory::Host;
use crate::model::inventory::*;
use crate::model::time;
use crate::store::inventory::{self as rows, Snapshot};
use serde_json::Value;

/// The AWS types that take content (AWS:Tag and AWS:ResourceGroup come from the inventory
/// file instead).
pub const AWS_TYPES: &[&str] = &[
    "AWS:Application",
    "AWS:AWSComponent",
    "AWS:BillingInfo",
    "AWS:ComplianceItem",
    "AWS:ComplianceSummary",
    "AWS:File",
    "AWS:InstanceDetailedInformation",
    "AWS:InstanceInformation",
    "AWS:Network",
    "AWS:PatchSummary",
    "AWS:Service",
    "AWS:WindowsRegistry",
    "AWS:WindowsRole",
    "AWS:WindowsUpdate",
];
const FROM_INVENTORY_FILE: &[&str] = &["AWS:Tag", "AWS:ResourceGroup"];

/// AWS's limits (the agent's and the service's).
const MAX_CUSTOM_TYPES: i64 = 20;
const MAX_ATTRIBUTES: usize = 50;
const MAX_ATTRIBUTE_NAME: usize = 64;
const MAX_ATTRIBUTE_VALUE: usize = 4096;
const MAX_ITEM_BYTES: usize = 3072 * 1024;
const MAX_TOTAL_BYTES: usize = 10240 * 1024;

fn invalid_type(t: &str, why: &str) -> Error {
    Error::service("InvalidTypeNameException", format!("TypeName {t} {why}"))
}

/// `Custom:` then a name of letters, digits, `_`, `-`, `.`; the prefix exactly so.
fn check_custom_name(t: &str) -> Result<()> {
    let name = t.strip_prefix("Custom:").ok_or_else(|| invalid_type(t, "must begin with Custom: or AWS:"))?;
    let ok = name.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    if ok { Ok(()) } else { Err(invalid_type(t, "has no valid name after Custom: (letters, digits, _ - .)")) }
}

pub(super) fn check_type_for_reading(t: &str) -> Result<()> {
    if t.starts_with("Custom:") {
        return check_custom_name(t);
    }
    if AWS_TYPES.contains(&t) || FROM_INVENTORY_FILE.contains(&t) {
        return Ok(());
    }
    Err(invalid_type(t, "is not an AWS inventory type or Custom:NAME"))
}

pub(super) fn known_host(ctx: &mut Ctx, id: &str) -> Result<Host> {
    let inv = ctx.inventory()?;
    inv.get(id)
        .cloned()
        .ok_or_else(|| Error::service("InvalidInstanceId", format!("Instance id {id} is not in the inventory.")))
}

pub fn put(ctx: &mut Ctx, req: PutInventoryRequest) -> Result<PutInventoryResult> {
    known_host(ctx, &req.instance_id)?;
    let content_error =
        |i: usize, why: String| Error::service("InvalidItemContentException", format!("Items[{i}]: {why}"));
    let mut total = 0;
    let mut snapshots = Vec::new();
    for (i, item) in req.items.iter().enumerate() {
        let t = item.type_name.as_str();
        if FROM_INVENTORY_FILE.contains(&t) {
            return Err(invalid_type(t, "comes from the inventory file's tags and groups; it is not put"));
        }
        if t.starts_with("AWS:") {
            if !AWS_TYPES.contains(&t) {
                return Err(invalid_type(t, "is not an AWS inventory type"));
            }
        } else {
            check_custom_name(t)?;
        }
        if item.context.is_some() && t != "AWS:ComplianceItem" {
            return Err(Error::service(
                "UnsupportedInventoryItemContextException",
                format!("Items[{i}]: Context is taken for AWS:ComplianceItem only, not {t}"),
            ));
        }
        if req.items[..i].iter().any(|o| o.type_name == t) {
            return Err(content_error(i, format!("{t} is given twice in one request")));
        }
        let size = serde_json::to_string(&item.content)?.len();
        if size > MAX_ITEM_BYTES {
            return Err(Error::service(
                "ItemSizeLimitExceededException",
                format!("Items[{i}] ({t}) is {size} bytes; one type holds at most {MAX_ITEM_BYTES}"),
            ));
        }
        total += size;
        // Every entry: attributes of string values within AWS's limits, the same names in
        // every entry of the item.
        let mut names: Option<Vec<String>> = None;
        for (j, e) in item.content.iter().enumerate() {
            if e.len() > MAX_ATTRIBUTES {
                return Err(content_error(
                    i,
                    format!("Content[{j}] has {} attributes; at most {MAX_ATTRIBUTES}", e.len()),
                ));
            }
            for (k, v) in e {
                if k.is_empty() || k.chars().count() > MAX_ATTRIBUTE_NAME {
                    return Err(content_error(
                        i,
                        format!("Content[{j}]: attribute name {k:?} is not 1 to 64 characters"),
                    ));
                }
                match v {
                    Value::String(s) if s.chars().count() <= MAX_ATTRIBUTE_VALUE => {}
                    Value::String(_) => {
                        return Err(content_error(
                            i,
                            format!("Content[{j}].{k} is longer than {MAX_ATTRIBUTE_VALUE} characters"),
                        ));
                    }
                    _ => return Err(content_error(i, format!("Content[{j}].{k} is not a string"))),
                }
            }
            let mut these: Vec<String> = e.keys().cloned().collect();
            these.sort();
            match &names {
                None => names = Some(these),
                Some(n) if *n != these => {
                    return Err(Error::service(
                        "ItemContentMismatchException",
                        format!("Items[{i}] ({t}): Content[{j}] has other attribute names than Content[0]"),
                    ));
                }
                Some(_) => {}
            }
        }
        // As AWS: a given ContentHash decides whether the content changed; without one,
        // ssmctl's own hash of the content does.
        let hash = match item.content_hash.as_deref() {
            Some(h) if !h.is_empty() => h.to_string(),
            _ => rows::content_hash(&item.content),
        };
        snapshots.push((
            Snapshot {
                instance_id: req.instance_id.clone(),
                type_name: t.to_string(),
                schema_version: item.schema_version.clone(),
                capture_time: item.capture_time.clone(),
                content_hash: hash,
                content: item.content.clone(),
            },
            names.unwrap_or_default(),
        ));
    }
    if total > MAX_TOTAL_BYTES {
        return Err(Error::service(
            "TotalSizeLimitExceededException",
            format!("The items are {total} bytes; one put-inventory holds at most {MAX_TOTAL_BYTES}"),
        ));
    }
    let now = time::now();
    let (written, given) = ctx.store()?.write(|tx| {
        let mut written = 0;
        for (s, names) in &snapshots {
            if s.type_name.starts_with("Custom:") {
                match rows::custom_schema(tx, &s.type_name)? {
                    None => {
                        if rows::custom_type_count(tx)? >= MAX_CUSTOM_TYPES {
                            return Err(Error::service(
                                "CustomSchemaCountLimitExceededException",
                                format!(
                                    "{} would be custom type {}; at most {MAX_CUSTOM_TYPES}",
                                    s.type_name,
                                    MAX_CUSTOM_TYPES + 1
                                ),
                            ));
                        }
                        rows::put_custom_schema(tx, &s.type_name, &s.schema_version, names)?;
                    }
                    Some((version, known)) => {
                        if let Some(disabled) = rows::disabled_version(tx, &s.type_name)?
                            && version_number(&s.schema_version) <= version_number(&disabled)
                        {
                            return Err(Error::service(
                                "UnsupportedInventorySchemaVersionException",
                                format!(
                                    "{} is disabled at schema version {disabled} and lower; put a higher version",
                                    s.type_name
                                ),
                            ));
                        }
                        let newer = version_number(&s.schema_version) > version_number(&version);
                        if version_number(&s.schema_version) < version_number(&version) {
                            return Err(Error::service(
                                "UnsupportedInventorySchemaVersionException",
                                format!(
                                    "{} is at schema version {version}; {} is older",
                                    s.type_name, s.schema_version
                                ),
                            ));
                        }
                        if newer {
                            rows::put_custom_schema(tx, &s.type_name, &s.schema_version, names)?;
                        } else if !names.is_empty() && !known.is_empty() && known != *names {
                            return Err(Error::service(
                                "ItemContentMismatchException",
                                format!(
                                    "{} has the attributes {}; a new set needs a higher SchemaVersion",
                                    s.type_name,
                                    known.join(", ")
                                ),
                            ));
                        }
                    }
                }
            }
            if rows::put_snapshot(tx, s, &now)? {
                written += 1;
            }
        }
        Ok((written, snapshots.len()))
    })?;
    Ok(PutInventoryResult { message: format!("{given} items taken: {written} stored, {} unchanged", given - written) })
}

/// `1.10` after `1.9`: schema versions compare as numbers, part by part.
fn version_number(v: &str) -> (u64, u64) {
    let (a, b) = v.split_once('.').unwrap_or((v, "0"));
    (a.parse().unwrap_or(0), b.parse().unwrap_or(0))
}

/// One filter of list-inventory-entries, on an attribute of the entries.
pub(super) fn entry_matches(e: &Entry, f: &InventoryFilter) -> Result<bool> {
    let v = e.get(&f.key).and_then(Value::as_str);
    let op = f.type_.as_deref().unwrap_or("Equal");
    let num = |s: &str| s.trim().parse::<f64>().ok();
    Ok(match op {
        "Equal" => v.is_some_and(|v| f.values.iter().any(|x| x == v)),
        "NotEqual" => v.is_some_and(|v| f.values.iter().all(|x| x != v)),
        "BeginWith" => v.is_some_and(|v| f.values.iter().any(|x| v.starts_with(x.as_str()))),
        // AWS compares as numbers when both sides are numbers, else as strings.
        "LessThan" | "GreaterThan" => v.is_some_and(|v| {
            f.values.iter().any(|x| {
                let ord = match (num(v), num(x)) {
                    (Some(a), Some(b)) => a.partial_cmp(&b),
                    _ => Some(v.cmp(x.as_str())),
                };
                ord == Some(if op == "LessThan" { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater })
            })
        }),
        other => {
            return Err(Error::service(
                "InvalidFilter",
                format!(
                    "Filter type {other} is not taken by list-inventory-entries (Equal, NotEqual, BeginWith, LessThan, GreaterThan)"
                ),
            ));
        }
    })
}

/// The live AWS:Tag / AWS:ResourceGroup content of a host.
pub(super) fn from_inventory_file(host: &Host, t: &str) -> Vec<Entry> {
    let entry = |pairs: &[(&str, &str)]| -> Entry {
        pairs.iter().map(|(k, v)| (k.to_string(), Value::String(v.to_string()))).collect()
    };
    if t == "AWS:Tag" {
        host.tags.iter().map(|(k, v)| entry(&[("Key", k), ("Value", v)])).collect()
    } else {
        host.groups.iter().map(|g| entry(&[("Name", g), ("Arn", "")])).collect()
    }
}

pub fn list_entries(ctx: &mut Ctx, req: ListInventoryEntriesRequest) -> Result<ListInventoryEntriesResult> {
    let host = known_host(ctx, &req.instance_id)?;
    check_type_for_reading(&req.type_name)?;
    let limit = req.max_results.unwrap_or(50).clamp(1, 50) as usize;
    let offset: usize = decode_number(req.next_token.as_deref())?;
    let (schema_version, capture_time, content) = if FROM_INVENTORY_FILE.contains(&req.type_name.as_str()) {
        let now = time::to_seconds_z(&time::now());
        (Some("1.0".to_string()), Some(now), from_inventory_file(&host, &req.type_name))
    } else {
        match ctx.store()?.read(|tx| rows::latest(tx, &req.instance_id, &req.type_name))? {
            Some(s) => (Some(s.schema_version), Some(s.capture_time), s.content),
            None => (None, None, vec![]),
        }
    };
    let mut matching = Vec::new();
    for e in content {
        let mut ok = true;
        for f in &req.filters {
            ok &= entry_matches(&e, f)?;
        }
        if ok {
            matching.push(e);
        }
    }
    let next_token = (matching.len() > offset + limit).then(|| encode_token(&(offset + limit).to_string()));
    let entries = matching.into_iter().skip(offset).take(limit).collect();
    Ok(ListInventoryEntriesResult {
        type_name: req.type_name,
        instance_id: req.instance_id,
        schema_version,
        capture_time,
        entries,
        next_token,
    })
}

/// delete-inventory: custom types only, done at once (recorded Complete). DisableSchema
/// drops the data of the type's current version and lower and refuses such data later;
/// DeleteSchema drops the data and the type; no option drops the data only.
pub fn delete(ctx: &mut Ctx, req: DeleteInventoryRequest) -> Result<DeleteInventoryResult> {
    let t = req.type_name.as_str();
    if !t.starts_with("Custom:") {
        return Err(invalid_type(t, "is not a custom type; delete-inventory deletes Custom: types only"));
    }
    check_custom_name(t)?;
    let now = time::now();
    ctx.store()?.write(|tx| {
        if let Some(token) = &req.client_token
            && let Some(d) = rows::deletion_by_token(tx, token)?
        {
            if d.type_name != t {
                return Err(Error::service(
                    "InvalidDeleteInventoryParametersException",
                    format!("ClientToken {token} was used for {} already", d.type_name),
                ));
            }
            return Ok(DeleteInventoryResult {
                deletion_id: Some(d.deletion_id),
                type_name: d.type_name,
                deletion_summary: serde_json::from_str(&d.summary).unwrap_or_default(),
            });
        }
        let schema = rows::custom_schema(tx, t)?
            .ok_or_else(|| invalid_type(t, "has no data and no schema: nothing to delete"))?;
        let holders = rows::holders(tx, t)?;
        let mut by_version: Vec<DeletionSummaryItem> = Vec::new();
        for (_, v) in &holders {
            match by_version.iter_mut().find(|i| &i.version == v) {
                Some(i) => i.count += 1,
                None => by_version.push(DeletionSummaryItem { version: v.clone(), count: 1, remaining_count: 0 }),
            }
        }
        let summary = DeletionSummary {
            total_count: holders.len() as i64,
            remaining_count: if req.dry_run { holders.len() as i64 } else { 0 },
            summary_items: by_version
                .into_iter()
                .map(|i| DeletionSummaryItem { remaining_count: if req.dry_run { i.count } else { 0 }, ..i })
                .collect(),
        };
        if req.dry_run {
            return Ok(DeleteInventoryResult { deletion_id: None, type_name: t.to_string(), deletion_summary: summary });
        }
        let message = match req.schema_delete_option.as_deref() {
            Some("DisableSchema") => {
                let up_to = version_number(&schema.0);
                rows::delete_data(tx, t, Some(&|v: &str| version_number(v) <= up_to))?;
                rows::disable_schema(tx, t, &schema.0)?;
                format!("Data of {t} at schema version {} and lower deleted; the type is disabled until a higher version is put.", schema.0)
            }
            Some("DeleteSchema") => {
                rows::delete_data(tx, t, None)?;
                rows::delete_schema(tx, t)?;
                format!("{t} and all of its data deleted.")
            }
            Some(other) => {
                return Err(Error::service("InvalidOptionException", format!("SchemaDeleteOption {other} is not DisableSchema or DeleteSchema")));
            }
            None => {
                rows::delete_data(tx, t, None)?;
                format!("All data of {t} deleted; the type stays.")
            }
        };
        let d = rows::Deletion {
            deletion_id: uuid::Uuid::new_v4().to_string(),
            type_name: t.to_string(),
            started: now,
            summary: serde_json::to_string(&summary)?,
            message,
        };
        rows::put_deletion(tx, &d, req.client_token.as_deref())?;
        Ok(DeleteInventoryResult { deletion_id: Some(d.deletion_id), type_name: d.type_name, deletion_summary: summary })
    })
}

pub fn describe_deletions(
    ctx: &mut Ctx,
    req: DescribeInventoryDeletionsRequest,
) -> Result<DescribeInventoryDeletionsResult> {
    let limit = req.max_results.unwrap_or(50).clamp(1, 50) as usize;
    let offset: usize = decode_number(req.next_token.as_deref())?;
    let all = ctx.store()?.read(|tx| rows::deletions(tx))?;
    let chosen: Vec<rows::Deletion> = match &req.deletion_id {
        Some(id) => {
            let d = all.into_iter().find(|d| &d.deletion_id == id).ok_or_else(|| {
                Error::service("InvalidDeletionIdException", format!("Deletion {id} does not exist."))
            })?;
            vec![d]
        }
        None => all,
    };
    let next_token = (chosen.len() > offset + limit).then(|| encode_token(&(offset + limit).to_string()));
    let inventory_deletions = chosen
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|d| InventoryDeletionStatusItem {
            deletion_id: d.deletion_id,
            type_name: d.type_name,
            deletion_start_time: Some(d.started),
            last_status: "Complete".into(),
            last_status_message: d.message,
            deletion_summary: serde_json::from_str(&d.summary).unwrap_or_default(),
            last_status_update_time: Some(d.started),
        })
        .collect();
    Ok(DescribeInventoryDeletionsResult { inventory_deletions, next_token })
}
