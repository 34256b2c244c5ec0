//! get-inventory: hosts by what their latest captures hold (filters on `Type.Attribute`),
//! the data of one type per host, or counts (aggregators, nested aggregators, groups).
//! Comparisons are AWS's: strings, or numbers for number attributes — not package-version
//! ordering (ssmctl's own helpers do that).

use super::inventory::{check_type_for_reading, entry_matches, from_inventory_file};
use super::inventory_schema::attributes;
use super::{Ctx, decode_number, encode_token};
use crate::error::{Error, Result};
use crate::inventory::{Host, Inventory};
use crate::model::inventory::*;
use crate::store::inventory as rows;
use indexmap::IndexMap;
use rusqlite::Connection;
use serde_json::Value;
use std::collections::HashMap;

const INSTANCE_INFORMATION: &str = "AWS:InstanceInformation";

/// A type's latest item on each host, loaded once per request.
struct Data<'a> {
    conn: &'a Connection,
    inventory: &'a Inventory,
    loaded: HashMap<String, HashMap<String, InventoryResultItem>>,
    /// Hosts answered from the Name index, by (type, operator, values).
    by_name: HashMap<(String, String, Vec<String>), Vec<String>>,
}

impl<'a> Data<'a> {
    fn of(&mut self, type_name: &str) -> Result<&HashMap<String, InventoryResultItem>> {
        if !self.loaded.contains_key(type_name) {
            let mut by_host: HashMap<String, InventoryResultItem> = HashMap::new();
            if type_name == "AWS:Tag" || type_name == "AWS:ResourceGroup" {
                for h in &self.inventory.hosts {
                    by_host.insert(h.id.clone(), item(type_name, "1.0", None, from_inventory_file(h, type_name)));
                }
            } else {
                for s in rows::latest_of_type(self.conn, type_name)? {
                    let mut it = item(type_name, &s.schema_version, Some(s.capture_time), s.content);
                    it.content_hash = Some(s.content_hash);
                    by_host.insert(s.instance_id, it);
                }
                if type_name == INSTANCE_INFORMATION {
                    for h in &self.inventory.hosts {
                        if !by_host.contains_key(&h.id) {
                            by_host.insert(h.id.clone(), instance_information(self.conn, h)?);
                        }
                    }
                }
            }
            self.loaded.insert(type_name.to_string(), by_host);
        }
        Ok(&self.loaded[type_name])
    }
}

fn item(type_name: &str, version: &str, capture_time: Option<String>, content: Vec<Entry>) -> InventoryResultItem {
    InventoryResultItem {
        type_name: type_name.to_string(),
        schema_version: version.to_string(),
        capture_time,
        content_hash: None,
        content,
    }
}

/// A host never inventoried still has AWS:InstanceInformation: what its last contact told.
fn instance_information(conn: &Connection, h: &Host) -> Result<InventoryResultItem> {
    let facts = crate::store::instances::get(conn, &h.id)?.unwrap_or_default();
    let s = |v: Option<String>| Value::String(v.unwrap_or_default());
    let mut e = Entry::new();
    e.insert("AgentType".into(), Value::String("ssmctl".into()));
    e.insert("AgentVersion".into(), Value::String(env!("CARGO_PKG_VERSION").into()));
    e.insert("ComputerName".into(), s(facts.computer_name));
    e.insert("InstanceId".into(), Value::String(h.id.clone()));
    e.insert("IpAddress".into(), s(facts.ip_address));
    e.insert("PlatformName".into(), s(facts.platform_name));
    e.insert("PlatformType".into(), Value::String(h.platform.clone()));
    e.insert("PlatformVersion".into(), s(facts.platform_version));
    e.insert("ResourceType".into(), Value::String("ManagedInstance".into()));
    let status = if facts.ping_status == "ConnectionLost" { "ConnectionLost" } else { "Active" };
    e.insert("InstanceStatus".into(), Value::String(status.into()));
    Ok(item(INSTANCE_INFORMATION, "1.0", None, vec![e]))
}

/// `AWS:Application.Name` → (type, attribute), both known.
fn split_key(conn: &Connection, key: &str, error: &dyn Fn(String) -> Error) -> Result<(String, String)> {
    let (t, a) = key.rsplit_once('.').ok_or_else(|| error(format!("{key} is not TypeName.Attribute")))?;
    check_type_for_reading(t).map_err(|_| error(format!("{key}: {t} is not an inventory type")))?;
    let known = attributes(conn, t)?.ok_or_else(|| error(format!("{key}: no data of {t} was ever put")))?;
    if !known.iter().any(|k| k == a) {
        return Err(error(format!("{key}: {t} has no attribute {a} (it has {})", known.join(", "))));
    }
    Ok((t.to_string(), a.to_string()))
}

/// Whether a host passes one filter. `TypeName` filters (in groups) ask which types a host
/// has data of.
fn host_matches(
    data: &mut Data,
    conn: &Connection,
    host: &str,
    f: &InventoryFilter,
    error: &dyn Fn(String) -> Error,
) -> Result<bool> {
    let op = f.type_.as_deref().unwrap_or("Equal");
    if f.key == "TypeName" {
        let mut any = false;
        for t in &f.values {
            check_type_for_reading(t).map_err(|_| error(format!("TypeName {t} is not an inventory type")))?;
            any |= data.of(t)?.contains_key(host);
        }
        return Ok(match op {
            "Exists" | "Equal" => any,
            "NotEqual" => !any,
            other => return Err(error(format!("TypeName filters take Exists, Equal or NotEqual, not {other}"))),
        });
    }
    let (t, a) = split_key(conn, &f.key, error)?;
    // `TYPE.Name` Equal / BeginWith — the common question — comes from the Name index, without
    // reading any capture.
    let indexed = a == "Name" && matches!(op, "Equal" | "BeginWith") && t != "AWS:Tag" && t != "AWS:ResourceGroup";
    if indexed {
        let key = (t.clone(), op.to_string(), f.values.clone());
        if !data.by_name.contains_key(&key) {
            let hosts = rows::hosts_with_name(conn, &t, &f.values, op == "BeginWith")?;
            data.by_name.insert(key.clone(), hosts);
        }
        return Ok(data.by_name[&key].binary_search_by(|h| h.as_str().cmp(host)).is_ok());
    }
    let Some(it) = data.of(&t)?.get(host) else { return Ok(false) };
    if op == "Exists" {
        return Ok(it.content.iter().any(|e| e.contains_key(&a)));
    }
    let g = InventoryFilter { key: a, values: f.values.clone(), type_: Some(op.to_string()) };
    for e in &it.content {
        if entry_matches(e, &g).map_err(|_| error(format!("Filter type {op} is not valid")))? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn get(ctx: &mut Ctx, req: GetInventoryRequest) -> Result<GetInventoryResult> {
    let inventory = ctx.inventory()?;
    let limit = req.max_results.unwrap_or(50).clamp(1, 50) as usize;
    let offset: usize = decode_number(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        let mut data = Data { conn: tx, inventory: &inventory, loaded: HashMap::new(), by_name: HashMap::new() };
        let invalid_filter = |m: String| Error::service("InvalidFilter", m);
        let mut hosts: Vec<&Host> = Vec::new();
        for h in &inventory.hosts {
            let mut ok = true;
            for f in &req.filters {
                if f.key == "TypeName" {
                    return Err(invalid_filter("TypeName filters belong to aggregator groups".into()));
                }
                ok &= host_matches(&mut data, tx, &h.id, f, &invalid_filter)?;
            }
            if ok {
                hosts.push(h);
            }
        }
        if !req.aggregators.is_empty() {
            let mut entity = InventoryResultEntity { id: None, data: IndexMap::new() };
            for a in &req.aggregators {
                aggregate(&mut data, tx, &hosts, a, &mut entity.data)?;
            }
            return Ok(GetInventoryResult { entities: vec![entity], next_token: None });
        }
        let result_type = match req.result_attributes.first() {
            Some(r) => {
                check_type_for_reading(&r.type_name).map_err(|_| {
                    Error::service(
                        "InvalidResultAttributeException",
                        format!("{} is not an inventory type", r.type_name),
                    )
                })?;
                r.type_name.clone()
            }
            None => INSTANCE_INFORMATION.to_string(),
        };
        let by_host = data.of(&result_type)?;
        let with_data: Vec<(&Host, &InventoryResultItem)> =
            hosts.iter().filter_map(|h| by_host.get(&h.id).map(|it| (*h, it))).collect();
        let next_token = (with_data.len() > offset + limit).then(|| encode_token(&(offset + limit).to_string()));
        let entities = with_data
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|(h, it)| InventoryResultEntity {
                id: Some(h.id.clone()),
                data: IndexMap::from([(result_type.clone(), it.clone())]),
            })
            .collect();
        Ok(GetInventoryResult { entities, next_token })
    })
}

/// One aggregator: counts of hosts by an attribute's values (nested aggregators add
/// attributes of the same type to the key), or by group.
fn aggregate(
    data: &mut Data,
    conn: &Connection,
    hosts: &[&Host],
    a: &InventoryAggregator,
    out: &mut IndexMap<String, InventoryResultItem>,
) -> Result<()> {
    let bad = |m: String| Error::service("InvalidAggregatorException", m);
    if !a.groups.is_empty() {
        let group_error = |m: String| Error::service("InvalidInventoryGroupException", m);
        let mut content = Vec::new();
        for g in &a.groups {
            let mut matching = 0;
            for h in hosts {
                let mut ok = true;
                for f in &g.filters {
                    ok &= host_matches(data, conn, &h.id, f, &group_error)?;
                }
                matching += ok as usize;
            }
            let mut e = Entry::new();
            e.insert("Name".into(), Value::String(g.name.clone()));
            e.insert("MatchingCount".into(), Value::String(matching.to_string()));
            e.insert("NotMatchingCount".into(), Value::String((hosts.len() - matching).to_string()));
            content.push(e);
        }
        out.insert("Groups".into(), item(INSTANCE_INFORMATION, "1.0", None, content));
        return Ok(());
    }
    let expr = a.expression.as_deref().ok_or_else(|| bad("An aggregator needs an Expression or Groups".into()))?;
    let (t, first) = split_key(conn, expr, &bad)?;
    let mut attrs = vec![first];
    let mut nested = a.aggregators.clone();
    while let Some(n) = nested.pop() {
        let e = n.expression.as_deref().ok_or_else(|| bad("A nested aggregator needs an Expression".into()))?;
        let (nt, na) = split_key(conn, e, &bad)?;
        if nt != t {
            return Err(bad(format!("Nested aggregator {e} is of another type than {expr}")));
        }
        attrs.push(na);
        nested.extend(n.aggregators);
    }
    // Each host counts once per distinct key.
    let mut counts: IndexMap<Vec<String>, usize> = IndexMap::new();
    let by_host = data.of(&t)?;
    let mut version = String::from("1.0");
    for h in hosts {
        let Some(it) = by_host.get(&h.id) else { continue };
        version = it.schema_version.clone();
        let mut seen: Vec<Vec<String>> = Vec::new();
        for e in &it.content {
            let key: Vec<String> =
                attrs.iter().map(|k| e.get(k).and_then(Value::as_str).unwrap_or("").to_string()).collect();
            if !seen.contains(&key) {
                *counts.entry(key.clone()).or_default() += 1;
                seen.push(key);
            }
        }
    }
    counts.sort_by(|k1, c1, k2, c2| c2.cmp(c1).then_with(|| k1.cmp(k2)));
    let content = counts
        .into_iter()
        .map(|(key, n)| {
            let mut e: Entry = attrs.iter().zip(key).map(|(k, v)| (k.clone(), Value::String(v))).collect();
            e.insert("Count".into(), Value::String(n.to_string()));
            e
        })
        .collect();
    out.insert(t.clone(), item(&t, &version, None, content));
    Ok(())
}
