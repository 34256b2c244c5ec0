//! Maintenance Windows' window operations (SPEC §19): create, get, update, delete and
//! describe windows, the schedule of their upcoming fires, and the windows that reach
//! given hosts. Targets and tasks have their own operations; the tick fires windows.

use super::{Ctx, decode_token, encode_token, page_limit};
use crate::error::{Error, Result};
use crate::inventory::Inventory;
use crate::maintenance::schedule::{self as sched, WindowSchedule};
use crate::maintenance::targets as reach;
use crate::model::maintenance_windows::*;
use crate::model::time;
use crate::store::maintenance_windows::{self as rows, WindowRow};
use crate::store::tags as tag_rows;
use crate::targets::{self, Target};
use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

pub const RESOURCE_TYPE: &str = "MaintenanceWindow";

/// AWS's default quota of windows per account and Region.
const MAX_WINDOWS: i64 = 50;

/// How far ahead describe-maintenance-window-schedule looks without ScheduledBefore: the
/// listing must end somewhere (the CLI pages until it does), and a year shows the next
/// run of any monthly or quarterly window.
fn schedule_horizon() -> Duration {
    Duration::days(366)
}

pub(crate) fn invalid(message: impl Into<String>) -> Error {
    Error::service("ValidationException", message)
}

fn not_found(id: &str) -> Error {
    Error::service("DoesNotExistException", format!("Maintenance window {id} does not exist."))
}

/// The window, or DoesNotExistException: for every operation that names one.
pub(crate) fn require(conn: &Connection, id: &str) -> Result<WindowRow> {
    rows::get_window(conn, id)?.ok_or_else(|| not_found(id))
}

/// The hash a ClientToken holds a request to: its JSON.
pub(crate) fn hash_of(req: &impl serde::Serialize) -> Result<String> {
    Ok(hex::encode(Sha256::digest(serde_json::to_string(req)?.as_bytes())))
}

/// For tagging: the window must exist.
pub fn check_taggable(conn: &Connection, id: &str) -> Result<()> {
    match rows::get_window(conn, id)? {
        Some(_) => Ok(()),
        None => Err(Error::service("InvalidResourceId", format!("Maintenance window {id} does not exist."))),
    }
}

fn new_id() -> String {
    format!("mw-{}", &uuid::Uuid::new_v4().simple().to_string()[..17])
}

/// The next fire time as the window's clocks read it; shown only for enabled windows.
fn next_execution(w: &WindowRow, now: DateTime<Utc>) -> Option<String> {
    if !w.enabled {
        return None;
    }
    let s = WindowSchedule::of(w).ok()?;
    s.next_after(now).map(|t| sched::shown(t, w))
}

pub fn create(ctx: &mut Ctx, req: CreateMaintenanceWindowRequest) -> Result<WindowIdResult> {
    let now = time::now();
    let hash = hash_of(&req)?;
    let row = WindowRow {
        window_id: new_id(),
        name: req.name.clone(),
        description: req.description.clone(),
        start_date: req.start_date.clone(),
        end_date: req.end_date.clone(),
        schedule: req.schedule.clone(),
        schedule_timezone: req.schedule_timezone.clone(),
        schedule_offset: req.schedule_offset,
        duration: req.duration,
        cutoff: req.cutoff,
        allow_unassociated_targets: req.allow_unassociated_targets,
        enabled: true,
        created: now,
        modified: now,
        last_fire: None,
        client_token: req.client_token.clone(),
        request_hash: Some(hash.clone()),
    };
    sched::validate(&row, now, row.end_date.is_some())?;
    super::tags::check_new(&req.tags)?;
    ctx.store()?.write(|tx| {
        if let Some(token) = &req.client_token
            && let Some(existing) = rows::window_by_token(tx, token)?
        {
            if existing.request_hash.as_deref() == Some(hash.as_str()) {
                return Ok(WindowIdResult { window_id: existing.window_id });
            }
            return Err(Error::service(
                "IdempotentParameterMismatch",
                format!(
                    "ClientToken {token} was used with different parameters to create maintenance window {}.",
                    existing.window_id
                ),
            ));
        }
        if rows::count_windows(tx)? >= MAX_WINDOWS {
            return Err(Error::service(
                "ResourceLimitExceededException",
                format!("There are already {MAX_WINDOWS} maintenance windows, the most an account can have."),
            ));
        }
        rows::insert_window(tx, &row)?;
        tag_rows::put(tx, RESOURCE_TYPE, &row.window_id, &req.tags)?;
        Ok(WindowIdResult { window_id: row.window_id.clone() })
    })
}

pub fn get(ctx: &mut Ctx, req: WindowIdRequest) -> Result<GetMaintenanceWindowResult> {
    let now = time::now();
    let w = ctx.store()?.read(|tx| require(tx, &req.window_id))?;
    Ok(GetMaintenanceWindowResult {
        next_execution_time: next_execution(&w, now),
        window_id: w.window_id,
        name: w.name,
        description: w.description,
        start_date: w.start_date,
        end_date: w.end_date,
        schedule: w.schedule,
        schedule_timezone: w.schedule_timezone,
        schedule_offset: w.schedule_offset,
        duration: w.duration,
        cutoff: w.cutoff,
        allow_unassociated_targets: w.allow_unassociated_targets,
        enabled: w.enabled,
        created_date: Some(w.created),
        modified_date: Some(w.modified),
    })
}

pub fn update(ctx: &mut Ctx, req: UpdateMaintenanceWindowRequest) -> Result<UpdateMaintenanceWindowResult> {
    let replace = req.replace.unwrap_or(false);
    if replace {
        let missing: Vec<&str> = [
            ("Name", req.name.is_none()),
            ("Schedule", req.schedule.is_none()),
            ("Duration", req.duration.is_none()),
            ("Cutoff", req.cutoff.is_none()),
            ("AllowUnassociatedTargets", req.allow_unassociated_targets.is_none()),
        ]
        .iter()
        .filter(|(_, absent)| *absent)
        .map(|(m, _)| *m)
        .collect();
        if !missing.is_empty() {
            return Err(invalid(format!(
                "Replace is true: {} required, as for CreateMaintenanceWindow.",
                match missing.len() {
                    1 => format!("{} is", missing[0]),
                    _ => format!("{} are", missing.join(", ")),
                }
            )));
        }
    }
    let now = time::now();
    ctx.store()?.write(|tx| {
        let old = require(tx, &req.window_id)?;
        // With Replace an absent optional member is cleared; without it, kept.
        let pick = |new: &Option<String>, old: &Option<String>| match new {
            Some(v) => Some(v.clone()),
            None if replace => None,
            None => old.clone(),
        };
        let mut w = old.clone();
        w.name = req.name.clone().unwrap_or(old.name.clone());
        w.description = pick(&req.description, &old.description);
        w.start_date = pick(&req.start_date, &old.start_date);
        w.end_date = pick(&req.end_date, &old.end_date);
        w.schedule = req.schedule.clone().unwrap_or(old.schedule.clone());
        w.schedule_timezone = pick(&req.schedule_timezone, &old.schedule_timezone);
        w.schedule_offset = match req.schedule_offset {
            Some(v) => Some(v),
            None if replace => None,
            None => old.schedule_offset,
        };
        w.duration = req.duration.unwrap_or(old.duration);
        w.cutoff = req.cutoff.unwrap_or(old.cutoff);
        w.allow_unassociated_targets = req.allow_unassociated_targets.unwrap_or(old.allow_unassociated_targets);
        // Enabled is not a create member, so Replace leaves it as it was.
        w.enabled = req.enabled.unwrap_or(old.enabled);
        sched::validate(&w, now, req.end_date.is_some())?;
        w.modified = now;
        // A new schedule, or a window enabled again, starts from now: no fire time before
        // the change is caught up by the next tick.
        let rescheduled = w.schedule != old.schedule
            || w.schedule_timezone != old.schedule_timezone
            || w.schedule_offset != old.schedule_offset
            || w.start_date != old.start_date;
        if rescheduled || (!old.enabled && w.enabled) {
            w.last_fire = Some(old.last_fire.map_or(now, |l| l.max(now)));
        }
        rows::save_window(tx, &w)?;
        Ok(UpdateMaintenanceWindowResult {
            window_id: w.window_id,
            name: w.name,
            description: w.description,
            start_date: w.start_date,
            end_date: w.end_date,
            schedule: w.schedule,
            schedule_timezone: w.schedule_timezone,
            schedule_offset: w.schedule_offset,
            duration: w.duration,
            cutoff: w.cutoff,
            allow_unassociated_targets: w.allow_unassociated_targets,
            enabled: w.enabled,
        })
    })
}

/// Deletes the window with its targets, tasks, execution history and tags. A window that
/// does not exist is not an error: the model lists no DoesNotExistException here, and AWS
/// answers with the id.
pub fn delete(ctx: &mut Ctx, req: WindowIdRequest) -> Result<WindowIdResult> {
    ctx.store()?.write(|tx| {
        rows::delete_window(tx, &req.window_id)?;
        Ok(WindowIdResult { window_id: req.window_id.clone() })
    })
}

/// Windows in creation order; the page token is this key of the last one shown.
fn window_key(w: &WindowRow) -> String {
    format!("{}\u{1f}{}", time::to_db(&w.created), w.window_id)
}

/// One page of `items` (already in key order) after `token`.
fn page_after<T>(
    items: Vec<T>,
    key: impl Fn(&T) -> String,
    token: Option<&str>,
    limit: usize,
) -> Result<(Vec<T>, Option<String>)> {
    let after = decode_token(token)?;
    let mut out: Vec<T> = items.into_iter().filter(|i| after.as_ref().is_none_or(|a| key(i) > *a)).collect();
    let next = if out.len() > limit {
        out.truncate(limit);
        out.last().map(|i| encode_token(&key(i)))
    } else {
        None
    };
    Ok((out, next))
}

pub fn describe(ctx: &mut Ctx, req: DescribeMaintenanceWindowsRequest) -> Result<DescribeMaintenanceWindowsResult> {
    // Name matches windows whose name begins with a value (the User Guide's "names that
    // start with a certain prefix"); Enabled is true or false. Values of one key are
    // alternatives; keys must all match.
    let filters = WindowFilters::new(&req.filters)?;
    let now = time::now();
    let limit = page_limit(req.max_results, 50) as usize;
    let all = ctx.store()?.read(|tx| rows::windows(tx))?;
    let mut all: Vec<WindowRow> = all.into_iter().filter(|w| filters.matches(w)).collect();
    all.sort_by_key(window_key);
    let (page, next_token) = page_after(all, window_key, req.next_token.as_deref(), limit)?;
    Ok(DescribeMaintenanceWindowsResult {
        window_identities: page.iter().map(|w| identity(w, now)).collect(),
        next_token,
    })
}

/// describe-maintenance-windows' filters, checked.
struct WindowFilters {
    /// Each inner list: the alternatives of one filter.
    names: Vec<Vec<String>>,
    enabled: Vec<Vec<bool>>,
}

impl WindowFilters {
    fn new(filters: &[MaintenanceWindowFilter]) -> Result<WindowFilters> {
        let mut out = WindowFilters { names: vec![], enabled: vec![] };
        for f in filters {
            let key = f.key.as_deref().unwrap_or("");
            if f.values.is_empty() {
                return Err(invalid(format!("Filter {key}: give at least one value.")));
            }
            match key {
                "Name" => out.names.push(f.values.clone()),
                "Enabled" => {
                    let values = f
                        .values
                        .iter()
                        .map(|v| match v.to_ascii_lowercase().as_str() {
                            "true" => Ok(true),
                            "false" => Ok(false),
                            _ => Err(invalid(format!("Filter Enabled: {v} is not true or false."))),
                        })
                        .collect::<Result<Vec<bool>>>()?;
                    out.enabled.push(values);
                }
                _ => return Err(invalid(format!("Filter key {key:?} is not valid here; valid keys: Name, Enabled."))),
            }
        }
        Ok(out)
    }

    fn matches(&self, w: &WindowRow) -> bool {
        self.names.iter().all(|alts| alts.iter().any(|p| w.name.starts_with(p.as_str())))
            && self.enabled.iter().all(|alts| alts.contains(&w.enabled))
    }
}

fn identity(w: &WindowRow, now: DateTime<Utc>) -> MaintenanceWindowIdentity {
    MaintenanceWindowIdentity {
        window_id: w.window_id.clone(),
        name: w.name.clone(),
        description: w.description.clone(),
        enabled: w.enabled,
        duration: w.duration,
        cutoff: w.cutoff,
        schedule: w.schedule.clone(),
        schedule_timezone: w.schedule_timezone.clone(),
        schedule_offset: w.schedule_offset,
        end_date: w.end_date.clone(),
        start_date: w.start_date.clone(),
        next_execution_time: next_execution(w, now),
    }
}

/// Whether two target lists name the same instance id or resource group literally (so an id
/// no longer in the inventory is still matched by name).
fn named_alike(a: &[Target], b: &[Target]) -> bool {
    let named = |t: &Target| targets::is_instance_ids(&t.key) || t.key.eq_ignore_ascii_case("resource-groups:Name");
    a.iter().filter(|x| named(x)).any(|x| {
        b.iter()
            .filter(|y| named(y) && y.key.eq_ignore_ascii_case(&x.key))
            .any(|y| x.values.iter().any(|v| v != "*" && y.values.contains(v)))
    })
}

/// The windows, in creation order, whose registered targets, or whose tasks' own
/// InstanceIds targets, reach a host that `wanted` names. ResourceType says what `wanted`
/// names (instances, or resource groups = inventory groups); a window is listed when it
/// reaches one of those hosts, whatever the type of its own targets.
fn windows_reaching(conn: &Connection, inv: &Inventory, wanted: &[Target]) -> Result<Vec<WindowRow>> {
    let (hosts, _) = reach::hosts_of_targets(inv, wanted)?;
    let registered = rows::all_targets(conn)?;
    let mut out = vec![];
    for w in rows::windows(conn)? {
        let mut reaches = false;
        for t in registered.iter().filter(|t| t.window_id == w.window_id) {
            if named_alike(&t.targets, wanted) || reach::hosts_of(inv, t)?.0.iter().any(|h| hosts.contains(h)) {
                reaches = true;
                break;
            }
        }
        if !reaches {
            for task in rows::tasks(conn, &w.window_id)? {
                let direct: Vec<Target> = rows::instance_targets(&task).into_iter().cloned().collect();
                if direct.is_empty() {
                    continue;
                }
                if named_alike(&direct, wanted)
                    || reach::hosts_of_targets(inv, &direct)?.0.iter().any(|h| hosts.contains(h))
                {
                    reaches = true;
                    break;
                }
            }
        }
        if reaches {
            out.push(w);
        }
    }
    Ok(out)
}

pub fn for_target(
    ctx: &mut Ctx,
    req: DescribeMaintenanceWindowsForTargetRequest,
) -> Result<DescribeMaintenanceWindowsForTargetResult> {
    super::maintenance_window_targets::check_shape(&req.targets, &req.resource_type)?;
    let limit = page_limit(req.max_results, 50) as usize;
    let inv = ctx.inventory()?;
    let mut found = ctx.store()?.read(|tx| windows_reaching(tx, &inv, &req.targets))?;
    found.sort_by_key(window_key);
    let (page, next_token) = page_after(found, window_key, req.next_token.as_deref(), limit)?;
    Ok(DescribeMaintenanceWindowsForTargetResult {
        window_identities: page
            .into_iter()
            .map(|w| MaintenanceWindowIdentityForTarget { window_id: w.window_id, name: w.name })
            .collect(),
        next_token,
    })
}

/// ScheduledAfter and ScheduledBefore, both inclusive.
struct Bounds {
    after: Option<DateTime<Utc>>,
    before: Option<DateTime<Utc>>,
}

/// The filters' ScheduledAfter and ScheduledBefore, ISO 8601.
fn schedule_bounds(filters: &[crate::model::patch::PatchOrchestratorFilter]) -> Result<Bounds> {
    let (mut after, mut before) = (None, None);
    for f in filters {
        let key = f.key.as_deref().unwrap_or("");
        let slot = match key {
            "ScheduledAfter" => &mut after,
            "ScheduledBefore" => &mut before,
            _ => {
                return Err(invalid(format!(
                    "Filter key {key:?} is not valid here; valid keys: ScheduledBefore, ScheduledAfter."
                )));
            }
        };
        let [value] = f.values.as_slice() else {
            return Err(invalid(format!("Filter {key}: give exactly one date and time, not {}.", f.values.len())));
        };
        let t = time::parse_cli_str(value).ok_or_else(|| {
            invalid(format!("Filter {key}: {value} is not an ISO-8601 date and time (such as 2027-03-01T02:00:00Z)."))
        })?;
        *slot = Some(t);
    }
    Ok(Bounds { after, before })
}

fn fire_key(t: &DateTime<Utc>, window_id: &str) -> String {
    format!("{}\u{1f}{window_id}", time::to_db(t))
}

pub fn schedule(
    ctx: &mut Ctx,
    req: DescribeMaintenanceWindowScheduleRequest,
) -> Result<DescribeMaintenanceWindowScheduleResult> {
    let Bounds { after: scheduled_after, before: scheduled_before } = schedule_bounds(&req.filters)?;
    let wanted = req.targets.clone().unwrap_or_default();
    let windows = match (&req.window_id, wanted.is_empty(), &req.resource_type) {
        (Some(_), false, _) | (Some(_), _, Some(_)) => {
            return Err(invalid("Give WindowId, or Targets with ResourceType, not both."));
        }
        (Some(id), true, None) => vec![ctx.store()?.read(|tx| require(tx, id))?],
        (None, false, Some(resource_type)) => {
            super::maintenance_window_targets::check_shape(&wanted, resource_type)?;
            let inv = ctx.inventory()?;
            ctx.store()?.read(|tx| windows_reaching(tx, &inv, &wanted))?
        }
        (None, false, None) => return Err(invalid("Targets need ResourceType (INSTANCE or RESOURCE_GROUP).")),
        (None, true, Some(_)) => return Err(invalid("ResourceType needs Targets.")),
        (None, true, None) => return Err(invalid("Give WindowId, or Targets with ResourceType.")),
    };
    let now = time::now();
    let limit = page_limit(req.max_results, 50) as usize;
    let token = decode_token(req.next_token.as_deref())?;
    let from = scheduled_after.and_then(|a| a.checked_sub_signed(Duration::nanoseconds(1))).map_or(now, |a| a.max(now));
    let until = scheduled_before.unwrap_or(now + schedule_horizon());
    // Resuming: fires at or after the last one shown, then strictly after its key.
    let resume: Option<(DateTime<Utc>, String)> = match &token {
        Some(t) => {
            let (at, id) = t
                .split_once('\u{1f}')
                .ok_or_else(|| Error::service("InvalidNextToken", "The specified token isn't valid."))?;
            let at = DateTime::parse_from_rfc3339(at)
                .map_err(|_| Error::service("InvalidNextToken", "The specified token isn't valid."))?
                .with_timezone(&Utc);
            Some((at, id.to_string()))
        }
        None => None,
    };
    let start = match &resume {
        Some((at, _)) => from.max(*at - Duration::nanoseconds(1)),
        None => from,
    };
    // Each window's next fires in order; a page needs at most limit + 1 of each.
    let mut merged: Vec<(DateTime<Utc>, &WindowRow)> = vec![];
    for w in windows.iter().filter(|w| w.enabled) {
        let s = WindowSchedule::of(w)?;
        let fires = s
            .fires_after(start)
            .take_while(|t| *t <= until)
            .filter(|t| resume.as_ref().is_none_or(|r| fire_key(t, &w.window_id) > fire_key(&r.0, &r.1)))
            .take(limit + 1);
        merged.extend(fires.map(|t| (t, w)));
    }
    merged.sort_by(|a, b| (a.0, &a.1.window_id).cmp(&(b.0, &b.1.window_id)));
    let next_token = if merged.len() > limit {
        merged.truncate(limit);
        merged.last().map(|(t, w)| encode_token(&fire_key(t, &w.window_id)))
    } else {
        None
    };
    Ok(DescribeMaintenanceWindowScheduleResult {
        scheduled_window_executions: merged
            .into_iter()
            .map(|(t, w)| ScheduledWindowExecution {
                window_id: w.window_id.clone(),
                name: w.name.clone(),
                execution_time: sched::shown(t, w),
            })
            .collect(),
        next_token,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::maintenance_windows::{TargetRecord, TaskRecord};
    use crate::store::Store;
    use std::path::Path;
    use std::rc::Rc;

    fn ctx() -> Ctx {
        let mut ctx = Ctx::with_store(Store::in_memory().unwrap());
        let inv = Inventory::parse(
            "hosts:
  web-1: {tags: {Role: Web}, groups: [frontend]}
  web-2: {tags: {Role: Web}, groups: [frontend]}
  db-1:  {tags: {Role: Db}, groups: [backend]}
",
            Path::new("/t/inv.yaml"),
        )
        .unwrap();
        ctx.inventory = Some(Rc::new(inv));
        ctx
    }

    fn t(key: &str, values: &[&str]) -> Target {
        Target { key: key.into(), values: values.iter().map(|v| v.to_string()).collect() }
    }

    fn window(ctx: &mut Ctx, name: &str, schedule: &str) -> String {
        let req = CreateMaintenanceWindowRequest {
            name: name.into(),
            schedule: schedule.into(),
            duration: 2,
            cutoff: 1,
            allow_unassociated_targets: true,
            ..Default::default()
        };
        create(ctx, req).unwrap().window_id
    }

    fn register_target(ctx: &mut Ctx, window_id: &str, resource_type: &str, targets: Vec<Target>) {
        let rec = TargetRecord {
            window_id: window_id.into(),
            window_target_id: uuid::Uuid::new_v4().to_string(),
            resource_type: resource_type.into(),
            targets,
            ..Default::default()
        };
        ctx.store().unwrap().write(|tx| rows::insert_target(tx, &rec, None, None)).unwrap();
    }

    fn register_task(ctx: &mut Ctx, window_id: &str, targets: Vec<Target>) {
        let rec = TaskRecord {
            window_id: window_id.into(),
            window_task_id: uuid::Uuid::new_v4().to_string(),
            targets,
            task_arn: "AWS-RunShellScript".into(),
            task_type: "RUN_COMMAND".into(),
            cutoff_behavior: "CONTINUE_TASK".into(),
            ..Default::default()
        };
        ctx.store().unwrap().write(|tx| rows::insert_task(tx, &rec, None, None)).unwrap();
    }

    fn for_hosts(ctx: &mut Ctx, resource_type: &str, targets: Vec<Target>) -> Vec<String> {
        let req = DescribeMaintenanceWindowsForTargetRequest {
            targets,
            resource_type: resource_type.into(),
            ..Default::default()
        };
        for_target(ctx, req).unwrap().window_identities.into_iter().map(|w| w.name).collect()
    }

    #[test]
    fn windows_for_a_host_by_targets_tags_groups_and_task_instance_ids() {
        let mut ctx = ctx();
        let by_id = window(&mut ctx, "by-id", "cron(0 2 ? * SUN *)");
        let by_tag = window(&mut ctx, "by-tag", "cron(0 3 ? * SUN *)");
        let by_group = window(&mut ctx, "by-group", "rate(1 day)");
        let by_task = window(&mut ctx, "by-task", "cron(0 4 ? * SUN *)");
        let _none = window(&mut ctx, "none", "rate(2 days)");
        register_target(&mut ctx, &by_id, "INSTANCE", vec![t("InstanceIds", &["web-1", "gone-host"])]);
        register_target(&mut ctx, &by_tag, "INSTANCE", vec![t("tag:Role", &["Db"])]);
        register_target(&mut ctx, &by_group, "RESOURCE_GROUP", vec![t("resource-groups:Name", &["frontend"])]);
        register_task(&mut ctx, &by_task, vec![t("instanceids", &["web-2"])]);
        register_task(&mut ctx, &by_tag, vec![t("WindowTargetIds", &["not-a-host"])]);

        assert_eq!(for_hosts(&mut ctx, "INSTANCE", vec![t("InstanceIds", &["web-1"])]), ["by-id", "by-group"]);
        assert_eq!(for_hosts(&mut ctx, "INSTANCE", vec![t("InstanceIds", &["web-2"])]), ["by-group", "by-task"]);
        assert_eq!(for_hosts(&mut ctx, "INSTANCE", vec![t("InstanceIds", &["db-1"])]), ["by-tag"]);
        assert_eq!(for_hosts(&mut ctx, "INSTANCE", vec![t("tag:Role", &["Web"])]), ["by-id", "by-group", "by-task"]);
        assert_eq!(for_hosts(&mut ctx, "RESOURCE_GROUP", vec![t("resource-groups:Name", &["backend"])]), ["by-tag"]);
        // An id the inventory no longer has is still matched by name.
        assert_eq!(for_hosts(&mut ctx, "INSTANCE", vec![t("InstanceIds", &["gone-host"])]), ["by-id"]);
        assert!(for_hosts(&mut ctx, "INSTANCE", vec![t("InstanceIds", &["nobody"])]).is_empty());

        // Pages of one.
        let mut seen = vec![];
        let mut token = None;
        loop {
            let req = DescribeMaintenanceWindowsForTargetRequest {
                targets: vec![t("tag:Role", &["Web"])],
                resource_type: "INSTANCE".into(),
                max_results: Some(1),
                next_token: token.take(),
            };
            let out = for_target(&mut ctx, req).unwrap();
            seen.extend(out.window_identities.into_iter().map(|w| w.name));
            match out.next_token {
                Some(t) => token = Some(t),
                None => break,
            }
        }
        assert_eq!(seen, ["by-id", "by-group", "by-task"]);

        // The schedule of one host merges its windows' fires in time order.
        let req = DescribeMaintenanceWindowScheduleRequest {
            targets: Some(vec![t("InstanceIds", &["web-2"])]),
            resource_type: Some("INSTANCE".into()),
            max_results: Some(5),
            ..Default::default()
        };
        let out = schedule(&mut ctx, req).unwrap();
        let names: Vec<&str> = out.scheduled_window_executions.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names.len(), 5);
        assert!(names.iter().all(|n| *n == "by-group" || *n == "by-task"), "{names:?}");
        assert!(names.contains(&"by-task") || names.iter().all(|n| *n == "by-group"));
        let times: Vec<&str> = out.scheduled_window_executions.iter().map(|e| e.execution_time.as_str()).collect();
        let mut sorted = times.clone();
        sorted.sort();
        assert_eq!(times, sorted);
        assert!(out.next_token.is_some());

        // Bad requests.
        let err = |r: Result<DescribeMaintenanceWindowsForTargetResult>| r.unwrap_err().render(None);
        let e = err(for_target(
            &mut ctx,
            DescribeMaintenanceWindowsForTargetRequest {
                targets: vec![],
                resource_type: "INSTANCE".into(),
                ..Default::default()
            },
        ));
        assert!(e.contains("(ValidationException)") && e.contains("Targets"), "{e}");
        let e = err(for_target(
            &mut ctx,
            DescribeMaintenanceWindowsForTargetRequest {
                targets: vec![t("resource-groups:Name", &["frontend"])],
                resource_type: "INSTANCE".into(),
                ..Default::default()
            },
        ));
        assert!(e.contains("(ValidationException)") && e.contains("is for ResourceType RESOURCE_GROUP"), "{e}");
        let e = err(for_target(
            &mut ctx,
            DescribeMaintenanceWindowsForTargetRequest {
                targets: vec![t("Color", &["blue"])],
                resource_type: "INSTANCE".into(),
                ..Default::default()
            },
        ));
        assert!(e.contains("(ValidationException)") && e.contains("Color"), "{e}");
    }

    #[test]
    fn at_most_fifty_windows() {
        let mut ctx = ctx();
        for i in 0..MAX_WINDOWS {
            window(&mut ctx, &format!("w-{i:02}"), "rate(1 day)");
        }
        let req = CreateMaintenanceWindowRequest {
            name: "one-too-many".into(),
            schedule: "rate(1 day)".into(),
            duration: 2,
            cutoff: 1,
            ..Default::default()
        };
        let e = create(&mut ctx, req).unwrap_err().render(Some("CreateMaintenanceWindow"));
        assert!(e.contains("(ResourceLimitExceededException)") && e.contains("50"), "{e}");
        // Deleting one makes room.
        let first = ctx.store().unwrap().read(|tx| rows::windows(tx)).unwrap()[0].window_id.clone();
        delete(&mut ctx, WindowIdRequest { window_id: first }).unwrap();
        window(&mut ctx, "fits-again", "rate(1 day)");
    }

    #[test]
    fn a_new_schedule_or_enabling_again_starts_from_now() {
        let mut ctx = ctx();
        let id = window(&mut ctx, "resched", "cron(0 2 ? * SUN *)");
        let last = |ctx: &mut Ctx| ctx.store().unwrap().read(|tx| require(tx, &id)).unwrap().last_fire;
        let update_with = |ctx: &mut Ctx, f: &dyn Fn(&mut UpdateMaintenanceWindowRequest)| {
            let mut req = UpdateMaintenanceWindowRequest { window_id: id.clone(), ..Default::default() };
            f(&mut req);
            update(ctx, req).unwrap();
        };
        assert_eq!(last(&mut ctx), None);
        // What does not move the schedule leaves last_fire alone.
        update_with(&mut ctx, &|r| r.description = Some("d".into()));
        update_with(&mut ctx, &|r| r.duration = Some(5));
        update_with(&mut ctx, &|r| r.enabled = Some(false));
        assert_eq!(last(&mut ctx), None);
        let before = time::now();
        update_with(&mut ctx, &|r| r.enabled = Some(true));
        let t1 = last(&mut ctx).expect("enabling again sets last_fire");
        assert!(t1 >= before - Duration::milliseconds(1));
        for change in [
            &(|r: &mut UpdateMaintenanceWindowRequest| r.schedule = Some("cron(0 3 ? * SUN *)".into()))
                as &dyn Fn(&mut UpdateMaintenanceWindowRequest),
            &|r| r.schedule_timezone = Some("Asia/Tokyo".into()),
            &|r| r.schedule_offset = Some(2),
            &|r| r.start_date = Some("2020-01-01T00:00:00Z".into()),
        ] {
            let prev = last(&mut ctx).unwrap();
            update_with(&mut ctx, change);
            assert!(last(&mut ctx).unwrap() > prev);
        }
        // Never moved back (a tick run ahead with --at may have dealt with later fires).
        let ahead = time::from_db(&time::to_db(&(time::now() + Duration::days(3))));
        ctx.store()
            .unwrap()
            .write(|tx| {
                let mut w = require(tx, &id)?;
                w.last_fire = Some(ahead);
                rows::save_window(tx, &w)
            })
            .unwrap();
        update_with(&mut ctx, &|r| r.schedule = Some("cron(0 4 ? * SUN *)".into()));
        assert_eq!(last(&mut ctx), Some(ahead));
    }

    #[test]
    fn ids_have_aws_form() {
        let re = regex::Regex::new(r"^mw-[0-9a-f]{17}$").unwrap();
        for _ in 0..50 {
            assert!(re.is_match(&new_id()));
        }
    }
}
