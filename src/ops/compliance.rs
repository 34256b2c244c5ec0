//! Compliance (SPEC §13): put-compliance-items, list-compliance-items,
//! list-compliance-summaries, list-resource-compliance-summaries.
//!
//! Items are kept per (ResourceType, ResourceId, ComplianceType, Id). Association runs write
//! the `Association` items (store::compliance::record_association); users put `Custom:<name>`
//! types on hosts of the inventory. Choices where AWS is silent or has no local meaning:
//! - ResourceType is `ManagedInstance` only; the ResourceId of a put must be a host of the
//!   inventory. Listing does not read the inventory: items of a host removed from it stay
//!   listed (they are history), and an id with no items lists nothing.
//! - put-compliance-items takes `Custom:<name>` types only. `Association` is written by
//!   ssmctl from association runs, and `Patch` needs Patch Manager, which ssmctl does not have.
//! - UploadType COMPLETE (the default) replaces all the host's items of the type (an empty
//!   Items list removes the type from the host); PARTIAL (AWS: association compliance only)
//!   adds or replaces the given Ids and keeps the others, for Custom types too. Each item
//!   put carries the request's ExecutionSummary.
//! - An item without an Id gets a generated one (a UUID) under COMPLETE; under PARTIAL an Id is
//!   required, since it names the item to replace. One Id twice in a put is refused.
//! - ItemContentHash is accepted and not compared: every put is applied.
//! - Limits: 10,000 items per put (the model) and per host and type, 10 Custom types per
//!   host (ComplianceTypeCountLimitExceededException), 200 KiB per item
//!   (ItemSizeLimitExceededException), 10 MiB per put (TotalSizeLimitExceededException).
//! - ExecutionTime: ISO 8601 with an offset or `Z` (none means UTC), a date alone (midnight
//!   UTC), or epoch seconds; anything else is a usage error, as the AWS CLI's timestamp parsing.
//! - Summaries count resources: a resource is COMPLIANT for a type when all its items of that
//!   type are COMPLIANT. Its severity (OverallSeverity, and the bucket it is counted in by
//!   list-compliance-summaries) is the highest severity of its NON_COMPLIANT items, or of
//!   all its items when it is compliant. ExecutionSummary is that of the latest item.
//! - Filters (`Key`, `Values`, `Type`): EQUAL (the default) matches any value, NOT_EQUAL none,
//!   BEGIN_WITH a prefix; LESS_THAN and GREATER_THAN compare ExecutionTime (as times) and
//!   Severity/OverallSeverity (by rank: UNSPECIFIED < INFORMATIONAL < LOW < MEDIUM < HIGH <
//!   CRITICAL); several filters must all match. Unknown keys are InvalidFilter.

use super::{Ctx, Empty, decode_token, encode_token, page_limit};
use crate::error::{Error, Result};
use crate::model::compliance::*;
use crate::model::time;
use crate::store::compliance::{
    self as rows, ASSOCIATION, Aggregate, COMPLIANT, ItemRow, MANAGED_INSTANCE, NON_COMPLIANT, SEVERITIES,
};
use chrono::{DateTime, Utc};
use regex::Regex;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

const CUSTOM_PREFIX: &str = "Custom:";
const MAX_ITEMS_PER_TYPE: i64 = 10_000;
const MAX_CUSTOM_TYPES: usize = 10;
const MAX_ITEM_BYTES: usize = 200 * 1024;
const MAX_PUT_BYTES: usize = 10 * 1024 * 1024;
const MAX_TITLE_CHARS: usize = 500;
const MAX_ATTRIBUTE_NAME_CHARS: usize = 64;
const MAX_ATTRIBUTE_VALUE_CHARS: usize = 4096;
/// Rows read per query while a listing walks the table.
const BATCH: i64 = 500;

/// The model's ComplianceTypeName pattern; AWS matches it against the whole name.
const TYPE_PATTERN: &str = r"[A-Za-z0-9_\-]\w+|Custom:[a-zA-Z0-9_\-]\w+";
static TYPE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Za-z0-9_\-][A-Za-z0-9_]+|Custom:[a-zA-Z0-9_\-][A-Za-z0-9_]+)$").expect("valid regex")
});

pub fn put(ctx: &mut Ctx, req: PutComplianceItemsRequest) -> Result<Empty> {
    // The AWS CLI parses timestamps before sending anything: a bad one is a usage error.
    let at = time::timestamp_arg("ExecutionSummary.ExecutionTime", &req.execution_summary.execution_time)?;
    check_resource_type(&req.resource_type)?;
    let inventory = ctx.inventory()?;
    if inventory.get(&req.resource_id).is_none() {
        return Err(Error::service(
            "InvalidResourceId",
            format!("ResourceId {} is not a host of the inventory.", req.resource_id),
        ));
    }
    if req.compliance_type == ASSOCIATION {
        check_manual_association_items(ctx, &req)?;
    } else {
        check_put_type(&req.compliance_type)?;
    }
    let partial = match req.upload_type.as_deref() {
        None | Some("COMPLETE") => false,
        Some("PARTIAL") => true,
        Some(other) => {
            return Err(Error::service(
                "ValidationException",
                format!("UploadType {other} is not valid; use COMPLETE or PARTIAL."),
            ));
        }
    };
    let items = item_rows(&req, partial, at)?;
    let (rt, id, ct) = (MANAGED_INSTANCE, req.resource_id.as_str(), req.compliance_type.as_str());
    ctx.store()?.write(|tx| {
        if !partial {
            rows::clear(tx, rt, id, ct)?;
        }
        rows::upsert(tx, &items)?;
        let n = rows::count(tx, rt, id, ct)?;
        if n > MAX_ITEMS_PER_TYPE {
            return Err(Error::service(
                "TotalSizeLimitExceededException",
                format!(
                    "{id} would have {n} items of {ct}; a resource can have at most {MAX_ITEMS_PER_TYPE} of one type."
                ),
            ));
        }
        let custom: Vec<String> =
            rows::types_of(tx, rt, id)?.into_iter().filter(|t| t.starts_with(CUSTOM_PREFIX)).collect();
        if custom.len() > MAX_CUSTOM_TYPES {
            return Err(Error::service(
                "ComplianceTypeCountLimitExceededException",
                format!(
                    "{id} already has {} Custom compliance types ({}); a resource can have at most {MAX_CUSTOM_TYPES}.",
                    custom.len() - 1,
                    custom.iter().filter(|t| t.as_str() != ct).cloned().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        Ok(Empty {})
    })
}

pub fn list_items(ctx: &mut Ctx, req: ListComplianceItemsRequest) -> Result<ListComplianceItemsResult> {
    for t in &req.resource_types {
        check_resource_type(t)?;
    }
    let filters = Filters::parse(&req.filters, ITEM_KEYS)?;
    let limit = page_limit(req.max_results, 50) as usize;
    let mut after: [String; 4] = decode_key(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        let mut out: Vec<ComplianceItem> = Vec::new();
        let mut last_key = None;
        loop {
            let batch = rows::items_after(tx, &after, &req.resource_ids, BATCH)?;
            let done = (batch.len() as i64) < BATCH;
            for row in batch {
                after = row.key();
                if !filters.matches(&row) {
                    continue;
                }
                if out.len() == limit {
                    return Ok(ListComplianceItemsResult { compliance_items: out, next_token: last_key });
                }
                last_key = Some(encode_key(&row.key()));
                out.push(item(row));
            }
            if done {
                return Ok(ListComplianceItemsResult { compliance_items: out, next_token: None });
            }
        }
    })
}

pub fn list_summaries(ctx: &mut Ctx, req: ListSummariesRequest) -> Result<ListComplianceSummariesResult> {
    let filters = Filters::parse(&req.filters, SUMMARY_KEYS)?;
    let limit = page_limit(req.max_results, 50) as usize;
    let after = decode_token(req.next_token.as_deref())?;
    let mut by_type: BTreeMap<String, ComplianceSummaryItem> = BTreeMap::new();
    ctx.store()?.read(|tx| {
        walk_aggregates(tx, &["".into(), "".into(), "".into()], |a| {
            if a.compliance_type.as_str() <= after.as_deref().unwrap_or("") || !filters.matches(&a) {
                return Ok(true);
            }
            let s = by_type.entry(a.compliance_type.clone()).or_insert_with(|| ComplianceSummaryItem {
                compliance_type: a.compliance_type.clone(),
                compliant_summary: CompliantSummary::default(),
                non_compliant_summary: NonCompliantSummary::default(),
            });
            if status(&a) == COMPLIANT {
                s.compliant_summary.compliant_count += 1;
                s.compliant_summary.severity_summary.add(overall_severity(&a), 1);
            } else {
                s.non_compliant_summary.non_compliant_count += 1;
                s.non_compliant_summary.severity_summary.add(overall_severity(&a), 1);
            }
            Ok(true)
        })
    })?;
    let mut items: Vec<ComplianceSummaryItem> = by_type.into_values().collect();
    let next_token = if items.len() > limit {
        items.truncate(limit);
        items.last().map(|s| encode_token(&s.compliance_type))
    } else {
        None
    };
    Ok(ListComplianceSummariesResult { compliance_summary_items: items, next_token })
}

pub fn list_resource_summaries(
    ctx: &mut Ctx,
    req: ListSummariesRequest,
) -> Result<ListResourceComplianceSummariesResult> {
    let filters = Filters::parse(&req.filters, SUMMARY_KEYS)?;
    let limit = page_limit(req.max_results, 50) as usize;
    let after: [String; 3] = decode_key(req.next_token.as_deref())?;
    let mut out: Vec<ResourceComplianceSummaryItem> = Vec::new();
    let mut next_token = None;
    ctx.store()?.read(|tx| {
        walk_aggregates(tx, &after, |a| {
            if !filters.matches(&a) {
                return Ok(true);
            }
            if out.len() == limit {
                next_token = out
                    .last()
                    .map(|l| encode_key(&[l.resource_type.clone(), l.resource_id.clone(), l.compliance_type.clone()]));
                return Ok(false);
            }
            out.push(resource_summary(a));
            Ok(true)
        })
    })?;
    Ok(ListResourceComplianceSummariesResult { resource_compliance_summary_items: out, next_token })
}

/// Calls `f` with each aggregate after `after` in key order until it returns false.
fn walk_aggregates(
    conn: &rusqlite::Connection,
    after: &[String; 3],
    mut f: impl FnMut(Aggregate) -> Result<bool>,
) -> Result<()> {
    let mut after = after.clone();
    loop {
        let batch = rows::aggregates_after(conn, &after, BATCH)?;
        let done = (batch.len() as i64) < BATCH;
        for a in batch {
            after = a.key();
            if !f(a)? {
                return Ok(());
            }
        }
        if done {
            return Ok(());
        }
    }
}

fn check_resource_type(t: &str) -> Result<()> {
    if t != MANAGED_INSTANCE {
        return Err(Error::service(
            "InvalidResourceType",
            format!("ResourceType {t} is not valid; compliance is kept for {MANAGED_INSTANCE} resources only."),
        ));
    }
    Ok(())
}

/// The ComplianceType of a put: AWS's pattern over the whole name, then Custom types only.
/// SyncCompliance MANUAL (SPEC §13): the user reports an association's compliance, as
/// with AWS, by a PARTIAL put of type Association whose item Ids are MANUAL associations.
fn check_manual_association_items(ctx: &mut Ctx, req: &PutComplianceItemsRequest) -> Result<()> {
    if req.upload_type.as_deref() != Some("PARTIAL") {
        return Err(Error::service(
            "InvalidItemContentException",
            "ComplianceType Association is reported with --upload-type PARTIAL, one item per association.",
        ));
    }
    let ids: Vec<String> = req.items.iter().map(|i| i.id.clone().unwrap_or_default()).collect();
    ctx.store()?.read(|tx| {
        for id in &ids {
            let manual = crate::store::associations::get(tx, id)?
                .is_some_and(|a| a.settings.sync_compliance.as_deref() == Some("MANUAL"));
            if !manual {
                return Err(Error::service(
                    "InvalidItemContentException",
                    format!(
                        "Item Id {id:?} is not an association with SyncCompliance MANUAL; the compliance of AUTO \
                         associations is written by their runs."
                    ),
                ));
            }
        }
        Ok(())
    })
}

fn check_put_type(t: &str) -> Result<()> {
    if !TYPE_NAME.is_match(t) {
        return Err(Error::service(
            "ValidationException",
            format!(
                "1 validation error detected: Value '{t}' at 'complianceType' failed to satisfy constraint: \
                 Member must satisfy regular expression pattern: {TYPE_PATTERN}"
            ),
        ));
    }
    if t.starts_with(CUSTOM_PREFIX) {
        return Ok(());
    }
    let why = match t {
        ASSOCIATION => "is written by ssmctl from association runs".to_string(),
        "Patch" => "needs Patch Manager, which ssmctl does not have".to_string(),
        _ => format!("is not a type ssmctl keeps (a type of your own is Custom:{t})"),
    };
    Err(Error::service(
        "InvalidItemContentException",
        format!("ComplianceType {t} {why}; put-compliance-items reports Custom:<name> types."),
    ))
}

fn item_rows(req: &PutComplianceItemsRequest, partial: bool, at: DateTime<Utc>) -> Result<Vec<ItemRow>> {
    let mut seen = HashSet::new();
    let mut total = 0usize;
    let mut out = Vec::with_capacity(req.items.len());
    for (i, it) in req.items.iter().enumerate() {
        let invalid = |msg: String| Error::service("InvalidItemContentException", format!("Items[{i}]: {msg}"));
        let id = match it.id.as_deref().filter(|s| !s.is_empty()) {
            Some(id) => id.to_string(),
            None if partial => {
                return Err(invalid(
                    "no Id; with UploadType PARTIAL every item needs the Id of the item it adds or replaces.".into(),
                ));
            }
            None => uuid::Uuid::new_v4().to_string(),
        };
        if !seen.insert(id.clone()) {
            return Err(invalid(format!("Id {id} is given twice; each item of a put needs its own Id.")));
        }
        // The model's enums and lengths are checked before the operation runs; these keep
        // the store consistent whatever the caller.
        if !SEVERITIES.contains(&it.severity.as_str()) {
            return Err(invalid(format!("Severity {} is not one of {}.", it.severity, SEVERITIES.join(", "))));
        }
        if it.status != COMPLIANT && it.status != NON_COMPLIANT {
            return Err(invalid(format!("Status {} is not COMPLIANT or NON_COMPLIANT.", it.status)));
        }
        let validation = |msg: String| Error::service("ValidationException", format!("Items[{i}]: {msg}"));
        if let Some(t) = &it.title
            && t.chars().count() > MAX_TITLE_CHARS
        {
            return Err(validation(format!("Title is longer than {MAX_TITLE_CHARS} characters.")));
        }
        let mut size = id.len() + it.title.as_ref().map_or(0, String::len);
        for (k, v) in &it.details {
            let n = k.chars().count();
            if n == 0 || n > MAX_ATTRIBUTE_NAME_CHARS {
                return Err(validation(format!(
                    "Details attribute name '{k}' must be 1 to {MAX_ATTRIBUTE_NAME_CHARS} characters."
                )));
            }
            if v.chars().count() > MAX_ATTRIBUTE_VALUE_CHARS {
                return Err(validation(format!(
                    "Details value of {k} is longer than {MAX_ATTRIBUTE_VALUE_CHARS} characters."
                )));
            }
            size += k.len() + v.len();
        }
        if size > MAX_ITEM_BYTES {
            return Err(Error::service(
                "ItemSizeLimitExceededException",
                format!("Items[{i}] (Id {id}) is {size} bytes; an item can be at most {MAX_ITEM_BYTES} bytes."),
            ));
        }
        total += size;
        out.push(ItemRow {
            resource_type: MANAGED_INSTANCE.into(),
            resource_id: req.resource_id.clone(),
            compliance_type: req.compliance_type.clone(),
            item_id: id,
            title: it.title.clone(),
            status: it.status.clone(),
            severity: it.severity.clone(),
            details: it.details.clone(),
            execution_id: req.execution_summary.execution_id.clone(),
            execution_type: req.execution_summary.execution_type.clone(),
            execution_time: at,
        });
    }
    if total > MAX_PUT_BYTES {
        return Err(Error::service(
            "TotalSizeLimitExceededException",
            format!("The items of this put are {total} bytes; one put can be at most {MAX_PUT_BYTES} bytes."),
        ));
    }
    Ok(out)
}

fn item(r: ItemRow) -> ComplianceItem {
    ComplianceItem {
        compliance_type: r.compliance_type,
        resource_type: r.resource_type,
        resource_id: r.resource_id,
        id: r.item_id,
        title: r.title,
        status: r.status,
        severity: r.severity,
        execution_summary: ComplianceExecutionSummary {
            execution_time: Some(r.execution_time),
            execution_id: r.execution_id,
            execution_type: r.execution_type,
        },
        details: r.details,
    }
}

fn status(a: &Aggregate) -> &'static str {
    if a.non_compliant.total() > 0 { NON_COMPLIANT } else { COMPLIANT }
}

/// The highest severity of the NON_COMPLIANT items, else of all items.
fn overall_severity(a: &Aggregate) -> &'static str {
    a.non_compliant.highest().or_else(|| a.compliant.highest()).unwrap_or("UNSPECIFIED")
}

fn resource_summary(a: Aggregate) -> ResourceComplianceSummaryItem {
    ResourceComplianceSummaryItem {
        status: status(&a).into(),
        overall_severity: overall_severity(&a).into(),
        execution_summary: ComplianceExecutionSummary {
            execution_time: Some(a.execution_time),
            execution_id: a.execution_id,
            execution_type: a.execution_type,
        },
        compliant_summary: CompliantSummary { compliant_count: a.compliant.total(), severity_summary: a.compliant },
        non_compliant_summary: NonCompliantSummary {
            non_compliant_count: a.non_compliant.total(),
            severity_summary: a.non_compliant,
        },
        compliance_type: a.compliance_type,
        resource_type: a.resource_type,
        resource_id: a.resource_id,
    }
}

/// Page tokens of composite keys: the key of the last item returned, as a JSON array.
fn encode_key(key: &[String]) -> String {
    encode_token(&serde_json::to_string(key).unwrap_or_default())
}

/// The key after which a page starts: all empty (before every row) without a token.
fn decode_key<const N: usize>(token: Option<&str>) -> Result<[String; N]> {
    let Some(raw) = decode_token(token)? else {
        return Ok(std::array::from_fn(|_| String::new()));
    };
    serde_json::from_str::<Vec<String>>(&raw)
        .ok()
        .and_then(|v| <[String; N]>::try_from(v).ok())
        .ok_or_else(|| Error::service("InvalidNextToken", "The specified token isn't valid."))
}

/// How a filter key's values compare.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Text,
    /// A ComplianceSeverity: LESS_THAN/GREATER_THAN compare ranks.
    Severity,
    /// ExecutionTime: values are times.
    Time,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Equal,
    NotEqual,
    BeginWith,
    LessThan,
    GreaterThan,
}

const ITEM_KEYS: &[(&str, Kind)] = &[
    ("ComplianceType", Kind::Text),
    ("ResourceId", Kind::Text),
    ("ResourceType", Kind::Text),
    ("Id", Kind::Text),
    ("Title", Kind::Text),
    ("Status", Kind::Text),
    ("Severity", Kind::Severity),
    ("ExecutionId", Kind::Text),
    ("ExecutionType", Kind::Text),
    ("ExecutionTime", Kind::Time),
    ("DocumentName", Kind::Text),
    ("DocumentVersion", Kind::Text),
];

const SUMMARY_KEYS: &[(&str, Kind)] = &[
    ("ComplianceType", Kind::Text),
    ("ResourceId", Kind::Text),
    ("ResourceType", Kind::Text),
    ("Status", Kind::Text),
    ("OverallSeverity", Kind::Severity),
    ("ExecutionId", Kind::Text),
    ("ExecutionType", Kind::Text),
    ("ExecutionTime", Kind::Time),
];

/// What a filter looks at: an item, or a resource's summary of one type.
trait Fields {
    fn text(&self, key: &str) -> Option<&str>;
    fn time(&self) -> DateTime<Utc>;
}

impl Fields for ItemRow {
    fn text(&self, key: &str) -> Option<&str> {
        match key {
            "ComplianceType" => Some(&self.compliance_type),
            "ResourceId" => Some(&self.resource_id),
            "ResourceType" => Some(&self.resource_type),
            "Id" => Some(&self.item_id),
            "Title" => self.title.as_deref(),
            "Status" => Some(&self.status),
            "Severity" => Some(&self.severity),
            "ExecutionId" => self.execution_id.as_deref(),
            "ExecutionType" => self.execution_type.as_deref(),
            other => self.details.get(other).map(String::as_str),
        }
    }

    fn time(&self) -> DateTime<Utc> {
        self.execution_time
    }
}

impl Fields for Aggregate {
    fn text(&self, key: &str) -> Option<&str> {
        match key {
            "ComplianceType" => Some(&self.compliance_type),
            "ResourceId" => Some(&self.resource_id),
            "ResourceType" => Some(&self.resource_type),
            "Status" => Some(status(self)),
            "OverallSeverity" => Some(overall_severity(self)),
            "ExecutionId" => self.execution_id.as_deref(),
            "ExecutionType" => self.execution_type.as_deref(),
            _ => None,
        }
    }

    fn time(&self) -> DateTime<Utc> {
        self.execution_time
    }
}

struct Clause {
    key: String,
    kind: Kind,
    op: Op,
    values: Vec<String>,
    /// The values as times, for ExecutionTime compared as times.
    times: Vec<DateTime<Utc>>,
}

/// ComplianceStringFilters, all of which must match.
struct Filters(Vec<Clause>);

fn severity_rank(s: &str) -> usize {
    SEVERITIES.len() - SEVERITIES.iter().position(|x| *x == s).unwrap_or(SEVERITIES.len() - 1)
}

impl Filters {
    fn parse(filters: &[ComplianceStringFilter], keys: &[(&str, Kind)]) -> Result<Filters> {
        let invalid = |msg: String| Error::service("InvalidFilter", msg);
        let mut clauses = Vec::new();
        for f in filters {
            let key = f.key.clone().unwrap_or_default();
            let Some((_, kind)) = keys.iter().find(|(k, _)| *k == key) else {
                let names: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
                return Err(invalid(format!("Filter key '{key}' is not valid; use one of {}.", names.join(", "))));
            };
            if f.values.is_empty() {
                return Err(invalid(format!("Filter {key} has no values.")));
            }
            let op = match f.type_.as_deref() {
                None | Some("EQUAL") => Op::Equal,
                Some("NOT_EQUAL") => Op::NotEqual,
                Some("BEGIN_WITH") => Op::BeginWith,
                Some("LESS_THAN") => Op::LessThan,
                Some("GREATER_THAN") => Op::GreaterThan,
                Some(other) => {
                    return Err(invalid(format!(
                        "Filter {key}: Type {other} is not valid; use EQUAL, NOT_EQUAL, BEGIN_WITH, LESS_THAN or GREATER_THAN."
                    )));
                }
            };
            let ordered = matches!(op, Op::LessThan | Op::GreaterThan);
            if ordered && *kind == Kind::Text {
                return Err(invalid(format!(
                    "Filter {key}: LESS_THAN and GREATER_THAN compare ExecutionTime and severities only; \
                     use EQUAL, NOT_EQUAL or BEGIN_WITH."
                )));
            }
            if ordered
                && *kind == Kind::Severity
                && let Some(bad) = f.values.iter().find(|v| !SEVERITIES.contains(&v.as_str()))
            {
                return Err(invalid(format!(
                    "Filter {key}: {bad} is not a severity; use one of {}.",
                    SEVERITIES.join(", ")
                )));
            }
            let mut times = Vec::new();
            if *kind == Kind::Time && op != Op::BeginWith {
                for v in &f.values {
                    times.push(crate::model::time::parse_cli_str(v).ok_or_else(|| {
                        invalid(format!(
                            "Filter {key}: {v} is not a time; use ISO 8601 (2026-11-23T13:15:02Z) or epoch seconds."
                        ))
                    })?);
                }
            }
            clauses.push(Clause { key, kind: *kind, op, values: f.values.clone(), times });
        }
        Ok(Filters(clauses))
    }

    fn matches(&self, s: &impl Fields) -> bool {
        self.0.iter().all(|c| c.matches(s))
    }
}

impl Clause {
    fn matches(&self, s: &impl Fields) -> bool {
        if self.kind == Kind::Time {
            let t = s.time();
            return match self.op {
                Op::Equal => self.times.contains(&t),
                Op::NotEqual => !self.times.contains(&t),
                Op::BeginWith => {
                    let text = time::to_db(&t);
                    self.values.iter().any(|v| text.starts_with(v.as_str()))
                }
                Op::LessThan => self.times.iter().any(|v| t < *v),
                Op::GreaterThan => self.times.iter().any(|v| t > *v),
            };
        }
        let field = s.text(&self.key);
        let any = |f: &dyn Fn(&str, &str) -> bool| field.is_some_and(|x| self.values.iter().any(|v| f(x, v)));
        match self.op {
            Op::Equal => any(&|x, v| x == v),
            Op::NotEqual => !any(&|x, v| x == v),
            Op::BeginWith => any(&|x, v| x.starts_with(v)),
            Op::LessThan => any(&|x, v| severity_rank(x) < severity_rank(v)),
            Op::GreaterThan => any(&|x, v| severity_rank(x) > severity_rank(v)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn timestamps_are_read_as_the_aws_cli_reads_them() {
        let t = at("2019-02-18T16:00:00Z");
        for v in [
            json!("2019-02-18T16:00:00Z"),
            json!("2019-02-18T16:00:00+00:00"),
            json!("2019-02-18T17:00:00+01:00"),
            json!("2019-02-18T17:00:00+0100"),
            json!("2019-02-18T16:00:00"),
            json!("2019-02-18 16:00:00"),
            json!("2019-02-18T16:00"),
            json!("1550505600"),
            json!(1550505600),
            json!(1550505600.0),
        ] {
            assert_eq!(time::parse_cli(&v), Some(t), "{v}");
        }
        assert_eq!(time::parse_cli(&json!("2019-02-18")), Some(at("2019-02-18T00:00:00Z")));
        assert_eq!(time::parse_cli(&json!("2019-02-18T16:00:00.25Z")), Some(at("2019-02-18T16:00:00.25Z")));
        assert_eq!(time::parse_cli(&json!(1550505600.5)), Some(at("2019-02-18T16:00:00.5Z")));
        assert_eq!(time::parse_cli(&json!("1424421071.939")), Some(at("2015-02-20T08:31:11.939Z")));
        for bad in [json!("yesterday"), json!("2019-13-01"), json!(""), json!(true), json!(null)] {
            assert_eq!(time::parse_cli(&bad), None, "{bad}");
        }
    }

    #[test]
    fn only_custom_types_are_put_and_the_pattern_covers_the_whole_name() {
        assert!(check_put_type("Custom:AVCheck").is_ok());
        assert!(check_put_type("Custom:av_check_2").is_ok());
        for (t, code) in [
            ("Association", "InvalidItemContentException"),
            ("Patch", "InvalidItemContentException"),
            ("Antivirus", "InvalidItemContentException"),
            ("Custom:a", "ValidationException"),
            ("Custom:AV-Check", "ValidationException"),
            ("Custom:", "ValidationException"),
            ("X", "ValidationException"),
        ] {
            let e = check_put_type(t).unwrap_err();
            assert!(e.render(None).contains(&format!("({code})")), "{t}: {}", e.render(None));
        }
    }

    fn row(status: &str, severity: &str, title: Option<&str>) -> ItemRow {
        ItemRow {
            resource_type: MANAGED_INSTANCE.into(),
            resource_id: "web-1".into(),
            compliance_type: "Custom:AV".into(),
            item_id: "a".into(),
            title: title.map(str::to_string),
            status: status.into(),
            severity: severity.into(),
            details: Details::new(),
            execution_id: None,
            execution_type: None,
            execution_time: at("2026-01-02T03:04:05Z"),
        }
    }

    fn filter(key: &str, values: &[&str], type_: Option<&str>) -> ComplianceStringFilter {
        ComplianceStringFilter {
            key: Some(key.into()),
            values: values.iter().map(|v| v.to_string()).collect(),
            type_: type_.map(str::to_string),
        }
    }

    fn check(f: ComplianceStringFilter, r: &ItemRow) -> bool {
        Filters::parse(&[f], ITEM_KEYS).unwrap().matches(r)
    }

    #[test]
    fn filters_compare_text_severities_and_times() {
        let r = row(NON_COMPLIANT, "HIGH", None);
        assert!(check(filter("Status", &["COMPLIANT", "NON_COMPLIANT"], None), &r));
        assert!(!check(filter("Status", &["NON_COMPLIANT"], Some("NOT_EQUAL")), &r));
        assert!(check(filter("ComplianceType", &["Custom:"], Some("BEGIN_WITH")), &r));
        assert!(check(filter("Severity", &["CRITICAL"], Some("LESS_THAN")), &r));
        assert!(!check(filter("Severity", &["HIGH"], Some("LESS_THAN")), &r));
        assert!(check(filter("Severity", &["MEDIUM"], Some("GREATER_THAN")), &r));
        assert!(check(filter("ExecutionTime", &["2026-01-02T00:00:00Z"], Some("GREATER_THAN")), &r));
        assert!(!check(filter("ExecutionTime", &["2026-01-02T00:00:00Z"], Some("LESS_THAN")), &r));
        assert!(check(filter("ExecutionTime", &["2026-01-02T03:04:05Z"], None), &r));
        assert!(check(filter("ExecutionTime", &["2026-01"], Some("BEGIN_WITH")), &r));
        // An absent member equals nothing and differs from everything.
        assert!(!check(filter("Title", &["x"], None), &r));
        assert!(check(filter("Title", &["x"], Some("NOT_EQUAL")), &r));
    }

    #[test]
    fn bad_filters_are_invalid_filter() {
        for f in [
            filter("Colour", &["x"], None),
            filter("Status", &[], None),
            filter("Status", &["COMPLIANT"], Some("LESS_THAN")),
            filter("Severity", &["SEVERE"], Some("GREATER_THAN")),
            filter("ExecutionTime", &["soon"], Some("LESS_THAN")),
        ] {
            let e = Filters::parse(&[f], ITEM_KEYS).err().expect("refused");
            assert!(e.render(None).contains("(InvalidFilter)"), "{}", e.render(None));
        }
        assert!(Filters::parse(&[filter("Severity", &["HIGH"], None)], SUMMARY_KEYS).is_err());
        assert!(Filters::parse(&[filter("OverallSeverity", &["HIGH"], None)], SUMMARY_KEYS).is_ok());
    }

    #[test]
    fn tokens_of_composite_keys_round_trip() {
        let key = ["ManagedInstance".to_string(), "web-1".into(), "Custom:AV".into(), "a\"b".into()];
        let token = encode_key(&key);
        assert_eq!(decode_key::<4>(Some(&token)).unwrap(), key);
        assert!(decode_key::<3>(Some(&token)).is_err());
        assert!(decode_key::<4>(Some(&encode_token("not json"))).is_err());
        assert_eq!(decode_key::<3>(None).unwrap(), [String::new(), String::new(), String::new()]);
    }
}
