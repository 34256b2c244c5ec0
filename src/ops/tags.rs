//! Tags on resources: documents, associations, parameters, patch baselines, automation
//! executions and maintenance windows; managed
//! instances join as their operations arrive.

use super::documents::RESOURCE_TYPE as DOCUMENT;
use super::{Ctx, Empty};
use crate::error::{Error, Result};
use crate::model::tags::*;
use crate::store::{documents as doc_rows, tags as rows};
use rusqlite::Connection;

const MAX_TAGS: usize = 50;

/// The tags a create operation is given (`--tags`): at most 50, no `aws:` keys.
pub fn check_new(tags: &[Tag]) -> Result<()> {
    if tags.len() > MAX_TAGS {
        return Err(Error::service(
            "TooManyTagsError",
            format!("{} tags given; a resource can have at most {MAX_TAGS}.", tags.len()),
        ));
    }
    if let Some(t) = tags.iter().find(|t| t.key.to_ascii_lowercase().starts_with("aws:")) {
        return Err(Error::service("ValidationException", format!("Tag key {}: the prefix aws: is reserved.", t.key)));
    }
    Ok(())
}

fn check_resource(conn: &Connection, resource_type: &str, id: &str) -> Result<()> {
    match resource_type {
        DOCUMENT => {
            if crate::document::builtin(id).is_some() {
                return Err(Error::service(
                    "InvalidResourceId",
                    format!("{id} is owned by Amazon and can't be tagged."),
                ));
            }
            if doc_rows::get(conn, id)?.is_none() {
                return Err(Error::service("InvalidResourceId", format!("Document {id} does not exist.")));
            }
            Ok(())
        }
        super::associations::RESOURCE_TYPE => {
            if crate::store::associations::get(conn, id)?.is_none() {
                return Err(Error::service("InvalidResourceId", format!("Association {id} does not exist.")));
            }
            Ok(())
        }
        super::parameters::RESOURCE_TYPE => super::parameters::check_taggable(conn, id),
        super::patch_baselines::RESOURCE_TYPE => super::patch_baselines::check_taggable(conn, id),
        super::automation::RESOURCE_TYPE => {
            if crate::store::automation::get(conn, id)?.is_none() {
                return Err(Error::service("InvalidResourceId", format!("Automation execution {id} does not exist.")));
            }
            Ok(())
        }
        super::maintenance_windows::RESOURCE_TYPE => super::maintenance_windows::check_taggable(conn, id),
        other => Err(Error::service(
            "InvalidResourceType",
            format!(
                "ResourceType {other} is not taggable in ssmctl; taggable: Document, Association, Parameter, PatchBaseline, Automation, MaintenanceWindow."
            ),
        )),
    }
}

pub fn add(ctx: &mut Ctx, req: AddTagsToResourceRequest) -> Result<Empty> {
    if let Some(t) = req.tags.iter().find(|t| t.key.to_ascii_lowercase().starts_with("aws:")) {
        return Err(Error::service("ValidationException", format!("Tag key {}: the prefix aws: is reserved.", t.key)));
    }
    ctx.store()?.write(|tx| {
        check_resource(tx, &req.resource_type, &req.resource_id)?;
        let existing = rows::list(tx, &req.resource_type, &req.resource_id)?;
        let new_keys = req.tags.iter().filter(|t| !existing.iter().any(|e| e.key == t.key)).count();
        if existing.len() + new_keys > MAX_TAGS {
            return Err(Error::service(
                "TooManyTagsError",
                format!("{} would have {} tags; the limit is {MAX_TAGS}.", req.resource_id, existing.len() + new_keys),
            ));
        }
        rows::put(tx, &req.resource_type, &req.resource_id, &req.tags)?;
        Ok(Empty {})
    })
}

pub fn remove(ctx: &mut Ctx, req: RemoveTagsFromResourceRequest) -> Result<Empty> {
    ctx.store()?.write(|tx| {
        check_resource(tx, &req.resource_type, &req.resource_id)?;
        rows::remove(tx, &req.resource_type, &req.resource_id, &req.tag_keys)?;
        Ok(Empty {})
    })
}

pub fn list(ctx: &mut Ctx, req: ListTagsForResourceRequest) -> Result<ListTagsForResourceResult> {
    ctx.store()?.read(|tx| {
        check_resource(tx, &req.resource_type, &req.resource_id)?;
        Ok(ListTagsForResourceResult { tag_list: rows::list(tx, &req.resource_type, &req.resource_id)? })
    })
}
