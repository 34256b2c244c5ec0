//! Patch Manager: baselines (predefined and the user's) and the aws:runPatchBaseline plugin of
//! AWS-RunPatchBaseline. The controller decides (baseline, snapshot, states); the host's own
//! package manager does the work; nothing is installed on the host for it.
//!
//! Around the engine: `prepare` fills what a run needs from the store before hosts are
//! contacted (baselines, patch groups, the snapshot's earlier decisions, what ssmctl installed),
//! host.rs runs each host, results.rs stores each host's report after the run.

pub mod apt;
pub mod dnf;
pub mod evaluate;
pub mod host;
pub mod platform;
pub mod predefined;
pub mod results;
pub mod scan;

use crate::error::{Error, Result};
use crate::exec::plan::StepPlan;
use crate::inventory::Host;
use crate::model::patch::BaselineRules;
use evaluate::{PatchRow, ProductSnapshot};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// What precedes the report in the step's output, so results.rs finds it.
pub const REPORT_MARK: &str = "\u{1e}SSMCTL-PATCH-REPORT\t";

/// The OperatingSystem values a Linux host can be (platform.rs).
const LINUX: &[&str] = &[
    "AMAZON_LINUX",
    "AMAZON_LINUX_2",
    "AMAZON_LINUX_2022",
    "AMAZON_LINUX_2023",
    "UBUNTU",
    "REDHAT_ENTERPRISE_LINUX",
    "SUSE",
    "CENTOS",
    "ORACLE_LINUX",
    "DEBIAN",
    "RASPBIAN",
    "ROCKY_LINUX",
    "ALMA_LINUX",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Scan,
    Install,
}

impl Operation {
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Scan => "Scan",
            Operation::Install => "Install",
        }
    }
}

#[derive(Debug, Clone)]
pub struct PatchPlan {
    pub operation: Operation,
    pub reboot_if_needed: bool,
    pub snapshot_id: Option<String>,
    /// The install override list's patch ids (globs), read from its file at planning.
    pub install_override: Option<Vec<String>>,
    pub install_override_source: Option<String>,
    /// BaselineOverride's baselines by OperatingSystem: (id, rules).
    pub baseline_override: Vec<(String, BaselineRules)>,
    /// Filled by `prepare`, shared by every host of the run (the snapshot is decided once).
    pub context: Rc<RefCell<Context>>,
}

#[derive(Debug, Clone, Default)]
pub struct Context {
    pub command_id: String,
    pub snapshot_id: String,
    /// Host id → its patch group (the `Patch Group` or `PatchGroup` tag).
    pub patch_groups: HashMap<String, String>,
    /// (patch group, OperatingSystem) → (baseline id, rules).
    pub baselines: HashMap<(Option<String>, String), (String, BaselineRules)>,
    /// Host id → (kb id, boot id) of what ssmctl installed there.
    pub installs: HashMap<String, Vec<(String, String)>>,
    /// Product → the snapshot's decisions.
    pub snapshots: BTreeMap<String, ProductSnapshot>,
}

impl Context {
    pub fn baseline(&self, group: Option<&str>, os: &str) -> Option<(String, BaselineRules)> {
        self.baselines.get(&(group.map(str::to_string), os.to_string())).cloned()
    }
}

/// One host's patch operation, as the step reports it and the store keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub operation: String,
    pub baseline_id: String,
    pub patch_group: String,
    pub snapshot_id: String,
    pub operating_system: String,
    pub product: String,
    pub start: String,
    pub end: String,
    pub reboot_option: String,
    pub rebooted: bool,
    pub no_reboot_install: bool,
    pub boot_id: String,
    /// (kb id, version) installed by this operation.
    pub installed_now: Vec<(String, String)>,
    pub install_override_list: Option<String>,
    pub install_message: Option<String>,
    pub patches: Vec<PatchRow>,
    /// The updates the host's package manager offered at the first scan: what
    /// describe-effective-patches-for-patch-baseline and describe-patch-properties know of.
    #[serde(default)]
    pub offered: Vec<Offered>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Offered {
    pub name: String,
    pub arch: String,
    pub installed: String,
    pub version: String,
    pub security: bool,
    pub security_version: Option<String>,
    pub priority: String,
    pub section: String,
    pub repository: String,
    #[serde(default)]
    pub classification: String,
    #[serde(default)]
    pub severity: String,
    /// Seconds since the epoch.
    #[serde(default)]
    pub released: Option<i64>,
    /// The package manager (`apt`, `dnf`): whose version ordering applies.
    #[serde(default)]
    pub manager: String,
}

/// The states AWS counts, in its order.
pub const STATES: [&str; 7] = [
    "Installed",
    "InstalledOther",
    "InstalledPendingReboot",
    "InstalledRejected",
    "Missing",
    "Failed",
    "NotApplicable",
];

impl Report {
    pub fn count(&self, state: &str) -> i64 {
        self.patches.iter().filter(|p| p.state == state).count() as i64
    }

    pub fn non_compliant(&self) -> impl Iterator<Item = &PatchRow> {
        self.patches.iter().filter(|p| {
            matches!(p.state.as_str(), "InstalledPendingReboot" | "InstalledRejected" | "Missing" | "Failed")
        })
    }

    /// Lines for the step's output: the counts, then each patch that is not compliant.
    pub fn summary(&self) -> Vec<String> {
        let counts: Vec<String> = STATES.iter().map(|s| format!("{s}: {}", self.count(s))).collect();
        let mut lines = vec![counts.join(", ")];
        for p in self.non_compliant() {
            lines.push(format!("{}: {} ({})", p.state, p.title, p.compliance_level));
        }
        if self.rebooted {
            lines.push("rebooted".into());
        }
        lines
    }
}

/// The plugin's parameters, checked at planning (before anything runs).
pub fn plan_from_parameters(get: impl Fn(&str) -> Option<String>) -> Result<PatchPlan> {
    let bad = |m: String| Error::service("InvalidParameters", m);
    let operation = match get("Operation").as_deref().map(str::trim) {
        Some("Scan") => Operation::Scan,
        Some("Install") => Operation::Install,
        other => return Err(bad(format!("Operation must be Scan or Install, not {:?}.", other.unwrap_or("")))),
    };
    let reboot_if_needed = match get("RebootOption").as_deref().map(str::trim).unwrap_or("RebootIfNeeded") {
        "RebootIfNeeded" | "" => true,
        "NoReboot" => false,
        other => return Err(bad(format!("RebootOption must be RebootIfNeeded or NoReboot, not {other:?}."))),
    };
    let snapshot_id = get("SnapshotId").map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    if let Some(s) = &snapshot_id
        && uuid::Uuid::parse_str(s.trim_matches(|c| c == '{' || c == '}')).is_err()
    {
        return Err(bad(format!("SnapshotId {s:?} is not a UUID.")));
    }
    let local = |name: &str, raw: &str| -> Result<String> {
        if raw.starts_with("https://") || raw.starts_with("s3://") {
            return Err(bad(format!("{name}: ssmctl reads a local file (a path or file://PATH), not {raw}.")));
        }
        let path = raw.strip_prefix("file://").unwrap_or(raw);
        let bytes = crate::cli::read::read_bounded(name, raw, path, crate::cli::read::Limit::Bytes(1024 * 1024))?;
        String::from_utf8(bytes).map_err(|_| bad(format!("{name}: {path} is not UTF-8 text.")))
    };
    let (install_override, install_override_source) = match get("InstallOverrideList").filter(|s| !s.trim().is_empty())
    {
        Some(raw) => {
            let text = local("InstallOverrideList", raw.trim())?;
            (
                Some(override_ids(&text).map_err(|e| bad(format!("InstallOverrideList: {e}")))?),
                Some(raw.trim().to_string()),
            )
        }
        None => (None, None),
    };
    let baseline_override = match get("BaselineOverride").filter(|s| !s.trim().is_empty()) {
        Some(raw) => {
            baselines_of(&local("BaselineOverride", raw.trim())?).map_err(|e| bad(format!("BaselineOverride: {e}")))?
        }
        None => vec![],
    };
    Ok(PatchPlan {
        operation,
        reboot_if_needed,
        snapshot_id,
        install_override,
        install_override_source,
        baseline_override,
        context: Rc::new(RefCell::new(Context::default())),
    })
}

/// AWS's override list: YAML `patches: [{id: 'name.arch', title: '…'}]`.
fn override_ids(text: &str) -> std::result::Result<Vec<String>, String> {
    #[derive(Deserialize)]
    struct List {
        patches: Vec<Item>,
    }
    #[derive(Deserialize)]
    struct Item {
        id: String,
    }
    let list: List = serde_yaml_ng::from_str(text).map_err(|e| format!("not a patches list: {e}"))?;
    Ok(list.patches.into_iter().map(|p| p.id).collect())
}

/// BaselineOverride: one baseline object or a list, as get-patch-baseline prints them.
fn baselines_of(text: &str) -> std::result::Result<Vec<(String, BaselineRules)>, String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let items = match v {
        serde_json::Value::Array(a) => a,
        other => vec![other],
    };
    items
        .into_iter()
        .map(|item| {
            let id = item.get("BaselineId").and_then(|v| v.as_str()).unwrap_or("BaselineOverride").to_string();
            let rules: BaselineRules = serde_json::from_value(item).map_err(|e| format!("not a baseline: {e}"))?;
            if !LINUX.contains(&rules.operating_system.as_str()) {
                return Err(format!("OperatingSystem {:?} is not one ssmctl patches", rules.operating_system));
            }
            crate::ops::patch_baselines::check_rules(&rules).map_err(|e| e.render(None))?;
            Ok((id, rules))
        })
        .collect()
}

/// A host's patch group: its `Patch Group` tag, else its `PatchGroup` tag.
pub fn patch_group(host: &Host) -> Option<String> {
    host.tags.get("Patch Group").or_else(|| host.tags.get("PatchGroup")).cloned()
}

/// Before a run: what every patch step needs from the store.
pub fn prepare(conn: &rusqlite::Connection, command_id: &str, hosts: &[Host], steps: &[StepPlan]) -> Result<()> {
    for plan in steps.iter().filter_map(|s| s.patch.as_ref()) {
        let mut ctx = plan.context.borrow_mut();
        ctx.command_id = command_id.to_string();
        ctx.snapshot_id = plan.snapshot_id.clone().unwrap_or_else(|| command_id.to_string());
        for (product, json) in crate::store::patches::snapshot(conn, &ctx.snapshot_id)? {
            ctx.snapshots.insert(product, serde_json::from_str(&json)?);
        }
        let mut groups: Vec<Option<String>> = vec![None];
        for h in hosts {
            if let Some(g) = patch_group(h) {
                ctx.patch_groups.insert(h.id.clone(), g.clone());
                if !groups.contains(&Some(g.clone())) {
                    groups.push(Some(g));
                }
            }
            ctx.installs.insert(h.id.clone(), crate::store::patches::installs(conn, &h.id)?);
        }
        for g in &groups {
            for os in LINUX {
                let chosen = match plan.baseline_override.iter().find(|(_, r)| r.operating_system == *os) {
                    Some(b) => Some(b.clone()),
                    None => baseline_for(conn, os, g.as_deref())?,
                };
                if let Some(b) = chosen {
                    ctx.baselines.insert((g.clone(), os.to_string()), b);
                }
            }
        }
    }
    Ok(())
}

/// The baseline a host of this OS and patch group gets (the group's, else the OS default);
/// None for an OS with none.
fn baseline_for(conn: &rusqlite::Connection, os: &str, group: Option<&str>) -> Result<Option<(String, BaselineRules)>> {
    match crate::ops::patch_baselines::baseline_for(conn, os, group) {
        Ok(b) => Ok(Some(b)),
        Err(crate::error::Error::Service { code, .. }) if code == "UnsupportedOperatingSystem" => Ok(None),
        Err(e) => Err(e),
    }
}
