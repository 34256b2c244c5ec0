//! What associations did: executions, their targets, and the per-host view
//! (describe-instance-associations-status, describe-effective-instance-associations,
//! update-association-status).

use super::associations::targets_of;
use super::{Ctx, encode_token, page_limit};
use crate::error::{Error, Result};
use crate::model::associations::*;
use crate::model::time;
use crate::store::associations::{self as rows, HostRow};
use crate::store::commands as command_rows;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

fn page<T>(all: Vec<T>, offset: usize, limit: usize) -> (Vec<T>, Option<String>) {
    let total = all.len();
    let items = all.into_iter().skip(offset).take(limit).collect();
    (items, (offset + limit < total).then(|| encode_token(&(offset + limit).to_string())))
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ExecutionFilter {
    pub key: String,
    pub value: String,
    #[serde(rename = "Type")]
    pub type_: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ExecutionsRequest {
    pub association_id: String,
    #[serde(default)]
    pub filters: Vec<ExecutionFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ExecutionsResult {
    pub association_executions: Vec<AssociationExecution>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

fn date(v: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(v)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| Error::service("ValidationException", format!("{v} is not a date-time (2026-11-23T13:00:00Z)")))
}

pub fn executions(ctx: &mut Ctx, req: ExecutionsRequest) -> Result<ExecutionsResult> {
    let limit = page_limit(req.max_results, 50) as usize;
    let offset = super::decode_number(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        rows::get(tx, &req.association_id)?.ok_or_else(|| {
            Error::service("AssociationDoesNotExist", format!("Association {} does not exist.", req.association_id))
        })?;
        let mut out = Vec::new();
        for e in rows::executions(tx, &req.association_id)? {
            let mut ok = true;
            for f in &req.filters {
                let cmp = |a: &str, b: &str| match f.type_.as_str() {
                    "LESS_THAN" => a < b,
                    "GREATER_THAN" => a > b,
                    _ => a == b,
                };
                ok &= match f.key.as_str() {
                    "ExecutionId" => cmp(&e.execution_id, &f.value),
                    "Status" => cmp(&e.status, &f.value),
                    "CreatedTime" => {
                        let v = date(&f.value)?;
                        match f.type_.as_str() {
                            "LESS_THAN" => e.created < v,
                            "GREATER_THAN" => e.created > v,
                            _ => e.created == v,
                        }
                    }
                    k => return Err(Error::service("ValidationException", format!("Filter key {k} is not valid."))),
                };
            }
            if ok {
                out.push(AssociationExecution {
                    association_id: e.association_id.clone(),
                    association_version: e.version.to_string(),
                    execution_id: e.execution_id.clone(),
                    status: e.status.clone(),
                    detailed_status: e.detailed_status.clone(),
                    created_time: Some(e.created),
                    last_execution_date: e.finished,
                    resource_count_by_status: e.resource_counts.clone(),
                });
            }
        }
        let (association_executions, next_token) = page(out, offset, limit);
        Ok(ExecutionsResult { association_executions, next_token })
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TargetsFilter {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TargetsRequest {
    pub association_id: String,
    pub execution_id: String,
    #[serde(default)]
    pub filters: Vec<TargetsFilter>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TargetsResult {
    pub association_execution_targets: Vec<AssociationExecutionTarget>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The hosts of one execution: the invocations of its command (OutputSource is that
/// command, so get-command-invocation shows the output).
pub fn execution_targets(ctx: &mut Ctx, req: TargetsRequest) -> Result<TargetsResult> {
    let limit = page_limit(req.max_results, 50) as usize;
    let offset = super::decode_number(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        rows::get(tx, &req.association_id)?.ok_or_else(|| {
            Error::service("AssociationDoesNotExist", format!("Association {} does not exist.", req.association_id))
        })?;
        let e = rows::execution(tx, &req.execution_id)?.filter(|e| e.association_id == req.association_id).ok_or_else(
            || {
                Error::service(
                    "AssociationExecutionDoesNotExist",
                    format!("Execution {} does not exist.", req.execution_id),
                )
            },
        )?;
        let mut out = Vec::new();
        if let Some(cid) = &e.command_id {
            for inv in command_rows::invocations(tx, cid)? {
                let ok = req.filters.iter().all(|f| match f.key.as_str() {
                    "Status" => inv.status == f.value,
                    "ResourceId" => inv.instance_id == f.value,
                    "ResourceType" => f.value == "ManagedInstance",
                    _ => false,
                });
                if let Some(f) =
                    req.filters.iter().find(|f| !["Status", "ResourceId", "ResourceType"].contains(&f.key.as_str()))
                {
                    return Err(Error::service("ValidationException", format!("Filter key {} is not valid.", f.key)));
                }
                if ok {
                    out.push(AssociationExecutionTarget {
                        association_id: e.association_id.clone(),
                        association_version: e.version.to_string(),
                        execution_id: e.execution_id.clone(),
                        resource_id: inv.instance_id.clone(),
                        resource_type: "ManagedInstance".into(),
                        status: inv.status.clone(),
                        detailed_status: inv.status_details.clone(),
                        last_execution_date: inv.end.or(inv.start),
                        output_source: OutputSource {
                            output_source_id: cid.clone(),
                            output_source_type: "RunCommand".into(),
                        },
                    });
                }
            }
        }
        let (association_execution_targets, next_token) = page(out, offset, limit);
        Ok(TargetsResult { association_execution_targets, next_token })
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceRequest {
    pub instance_id: String,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatusResult {
    pub instance_association_status_infos: Vec<InstanceAssociationStatusInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

fn known_instance(ctx: &mut Ctx, id: &str) -> Result<()> {
    if ctx.inventory()?.get(id).is_none() {
        return Err(Error::service("InvalidInstanceId", format!("Instance {id} is not in the inventory.")));
    }
    Ok(())
}

pub fn instance_status(ctx: &mut Ctx, req: InstanceRequest) -> Result<InstanceStatusResult> {
    known_instance(ctx, &req.instance_id)?;
    let limit = page_limit(req.max_results, 50) as usize;
    let offset = super::decode_number(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        let mut out = Vec::new();
        for h in rows::by_instance(tx, &req.instance_id)? {
            let Some(a) = rows::get(tx, &h.association_id)? else { continue };
            out.push(InstanceAssociationStatusInfo {
                association_id: h.association_id.clone(),
                name: a.settings.name.clone(),
                document_version: a.settings.document_version.clone().unwrap_or_else(|| "$DEFAULT".into()),
                association_version: h.version.to_string(),
                instance_id: h.instance_id.clone(),
                execution_date: h.execution_date,
                status: h.status.clone(),
                detailed_status: h.detailed_status.clone(),
                execution_summary: h.summary.clone(),
                error_code: None,
                association_name: a.settings.association_name.clone(),
            });
        }
        let (instance_association_status_infos, next_token) = page(out, offset, limit);
        Ok(InstanceStatusResult { instance_association_status_infos, next_token })
    })
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceAssociation {
    pub association_id: String,
    pub instance_id: String,
    pub content: String,
    pub association_version: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EffectiveResult {
    pub associations: Vec<InstanceAssociation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// The associations that target the host now (resolved against the inventory), with the
/// content of the document version each would run.
pub fn effective(ctx: &mut Ctx, req: InstanceRequest) -> Result<EffectiveResult> {
    known_instance(ctx, &req.instance_id)?;
    let inventory = ctx.inventory()?;
    let limit = page_limit(req.max_results, 50) as usize;
    let offset = super::decode_number(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        let mut out = Vec::new();
        for a in rows::all(tx)? {
            let hosts = crate::targets::resolve(&inventory, &[], &targets_of(&a.settings)).unwrap_or_default();
            if !hosts.iter().any(|h| h.id == req.instance_id) {
                continue;
            }
            let content = super::documents::resolve(tx, &a.settings.name, a.settings.document_version.as_deref(), None)
                .map(|(_, v, _)| v.content)
                .unwrap_or_default();
            out.push(InstanceAssociation {
                association_id: a.association_id.clone(),
                instance_id: req.instance_id.clone(),
                content,
                association_version: a.version.to_string(),
            });
        }
        let (associations, next_token) = page(out, offset, limit);
        Ok(EffectiveResult { associations, next_token })
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StatusBody {
    pub date: serde_json::Value,
    pub name: String,
    pub message: String,
    pub additional_info: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateStatusRequest {
    pub name: String,
    pub instance_id: String,
    pub association_status: StatusBody,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateStatusResult {
    pub association_description: AssociationDescription,
}

/// Sets the status of the association of document `Name` on one host, as an agent would
/// report it (for hosts whose state is managed by hand).
pub fn update_status(ctx: &mut Ctx, req: UpdateStatusRequest) -> Result<UpdateStatusResult> {
    known_instance(ctx, &req.instance_id)?;
    let inventory = ctx.inventory()?;
    let at = time::timestamp_arg("AssociationStatus.Date", &req.association_status.date)?;
    let id = ctx.store()?.write(|tx| {
        let a = rows::all(tx)?
            .into_iter()
            .find(|a| {
                a.settings.name == req.name
                    && crate::targets::resolve(&inventory, &[], &targets_of(&a.settings))
                        .unwrap_or_default()
                        .iter()
                        .any(|h| h.id == req.instance_id)
            })
            .ok_or_else(|| {
                Error::service(
                    "AssociationDoesNotExist",
                    format!("No association of {} targets {}.", req.name, req.instance_id),
                )
            })?;
        let current = rows::hosts_of(tx, &a.association_id)?.into_iter().find(|h| h.instance_id == req.instance_id);
        if current.as_ref().is_some_and(|h| {
            h.status == req.association_status.name && h.summary.as_deref() == Some(&req.association_status.message)
        }) {
            return Err(Error::service("StatusUnchanged", "The association status is unchanged."));
        }
        rows::put_host(
            tx,
            &HostRow {
                association_id: a.association_id.clone(),
                instance_id: req.instance_id.clone(),
                version: a.version,
                execution_id: current.and_then(|h| h.execution_id),
                status: req.association_status.name.clone(),
                detailed_status: req.association_status.name.clone(),
                execution_date: Some(at),
                summary: Some(match &req.association_status.additional_info {
                    Some(more) => format!("{} ({more})", req.association_status.message),
                    None => req.association_status.message.clone(),
                }),
            },
        )?;
        Ok(a.association_id)
    })?;
    let d = ctx.store()?.read(|tx| super::associations::description(tx, &id, None))?;
    Ok(UpdateStatusResult { association_description: d })
}
