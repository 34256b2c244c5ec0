//! After a command with an aws:softwareInventory step has run: each host's gathered output
//! becomes inventory snapshots (a type whose content did not change is not rewritten), and the
//! step's stored output becomes a summary of what was collected and what was not.

use super::{Options, parse};
use crate::error::Result;
use crate::model::time;
use crate::store::Store;
use crate::store::commands as command_rows;
use crate::store::inventory::{self as rows, Snapshot};

/// The aws:softwareInventory steps of a plan: (step name, its gatherers).
pub type Steps = Vec<(String, Options)>;

pub fn steps_of(plan: &[crate::exec::plan::StepPlan]) -> Steps {
    plan.iter().filter_map(|s| Some((s.name.clone(), s.inventory.clone()?))).collect()
}

pub fn store_results(store: &mut Store, command_id: &str, steps: &Steps) -> Result<()> {
    if steps.is_empty() {
        return Ok(());
    }
    store.write(|tx| {
        for inv in command_rows::invocations(tx, command_id)? {
            for mut p in command_rows::plugins(tx, command_id, &inv.instance_id)? {
                let Some((_, options)) = steps.iter().find(|(name, _)| *name == p.name) else { continue };
                if p.status != "Success" {
                    continue;
                }
                let at = p.end.unwrap_or_else(time::now);
                let g = parse(&p.stdout, options, &inv.instance_id, at);
                let capture_time = time::to_seconds_z(&at);
                let mut lines = Vec::new();
                for item in g.items {
                    let n = item.content.len();
                    let s = Snapshot {
                        instance_id: inv.instance_id.clone(),
                        type_name: item.type_name.clone(),
                        schema_version: item.schema_version,
                        capture_time: capture_time.clone(),
                        content_hash: rows::content_hash(&item.content),
                        content: item.content,
                    };
                    let written = rows::put_snapshot(tx, &s, &at)?;
                    lines.push(format!(
                        "{}: {n} entries, {}",
                        item.type_name,
                        if written { "stored" } else { "unchanged" }
                    ));
                }
                lines.extend(g.notes);
                p.stdout = lines.join("\n") + "\n";
                command_rows::set_plugin(tx, command_id, &inv.instance_id, &p)?;
            }
        }
        Ok(())
    })
}
