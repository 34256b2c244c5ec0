//! Patch baselines: create, get, update, delete, describe, and the default baseline of each
//! OS. AWS's predefined baselines (src/patch/predefined.rs) are listed with Owner AWS and
//! are read-only; the user's live in the store. `baseline_for` is what the patching engine
//! asks: which baseline a host of an OS and a patch group gets.

use super::{Ctx, decode_token, encode_token, page_limit};
use crate::error::{Error, Result};
use crate::model::patch::*;
use crate::model::time;
use crate::patch::predefined::{self, Predefined};
use crate::store::patch_baselines::{self as rows, BaselineRow};
use crate::store::tags as tag_rows;
use chrono::{DateTime, NaiveDate, Utc};
use regex::Regex;
use rusqlite::Connection;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

pub const RESOURCE_TYPE: &str = "PatchBaseline";
/// AWS's quota of custom patch baselines per account and Region.
const MAX_BASELINES: i64 = 50;
/// AWS's own operations default to Windows when no OperatingSystem is given.
pub const DEFAULT_OS: &str = "WINDOWS";

/// A baseline, whoever owns it.
pub struct Baseline {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub rules: BaselineRules,
    pub predefined: bool,
    pub security_updates_status: Option<String>,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
}

/// Predefined baselines have no creation in this store: one fixed instant stands for it.
fn predefined_date() -> DateTime<Utc> {
    DateTime::from_timestamp(1_483_228_800, 0).unwrap_or_default() // 2017-01-01T00:00:00Z
}

fn from_predefined(p: &Predefined) -> Baseline {
    Baseline {
        id: p.baseline_id(),
        name: p.name.into(),
        description: Some(p.description.into()),
        rules: p.rules(),
        predefined: true,
        security_updates_status: None,
        created: predefined_date(),
        modified: predefined_date(),
    }
}

fn from_row(r: BaselineRow) -> Baseline {
    Baseline {
        id: r.baseline_id,
        name: r.name,
        description: r.description,
        rules: r.rules,
        predefined: false,
        security_updates_status: r.security_updates_status,
        created: r.created_date,
        modified: r.modified_date,
    }
}

static USER_ID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^pb-[0-9a-f]{17}$").expect("valid regex"));

/// The baseline id a BaselineId member names: a `pb-` id, a baseline ARN
/// (`arn:aws:ssm:REGION:ACCOUNT:patchbaseline/pb-…`), or a predefined baseline's name.
pub fn parse_id(input: &str) -> Result<String> {
    let id = match super::ssm_arn(input) {
        Some((_, resource)) => resource.strip_prefix("patchbaseline/").unwrap_or(""),
        None if input.starts_with("arn:") => "",
        None => input,
    };
    if let Some(p) = predefined::find(id) {
        return Ok(p.baseline_id());
    }
    if !USER_ID.is_match(id) {
        return Err(Error::service(
            "InvalidResourceId",
            format!(
                "{input} is not a patch baseline id (pb- and 17 hex digits, or arn:aws:ssm:REGION:ACCOUNT:patchbaseline/pb-…)"
            ),
        ));
    }
    Ok(id.to_string())
}

fn not_found(id: &str) -> Error {
    Error::service("DoesNotExistException", format!("Patch Baseline {id} does not exist."))
}

/// A baseline by its id, predefined or the user's.
pub fn lookup(conn: &Connection, id: &str) -> Result<Option<Baseline>> {
    if let Some(p) = predefined::find(id) {
        return Ok(Some(from_predefined(p)));
    }
    Ok(rows::get(conn, id)?.map(from_row))
}

/// The baseline a BaselineId member names; DoesNotExistException when there is none.
pub fn require(conn: &Connection, input: &str) -> Result<Baseline> {
    let id = parse_id(input)?;
    lookup(conn, &id)?.ok_or_else(|| not_found(&id))
}

/// The rules of a baseline by id (predefined or the user's).
pub fn rules_of(conn: &Connection, baseline_id: &str) -> Result<Option<BaselineRules>> {
    Ok(lookup(conn, baseline_id)?.map(|b| b.rules))
}

/// The default baseline of an OS: the one registered for it, else AWS's predefined one.
pub fn default_id(conn: &Connection, os: &str) -> Result<Option<String>> {
    Ok(rows::default_for(conn, os)?.or_else(|| predefined::for_os(os).map(|p| p.baseline_id())))
}

/// Which baseline a host gets: its patch group's for its OS, else the OS's registered
/// default, else the OS's predefined baseline.
pub fn baseline_for(conn: &Connection, os: &str, patch_group: Option<&str>) -> Result<(String, BaselineRules)> {
    let registered = match patch_group {
        Some(g) => rows::group_baseline(conn, g, os)?,
        None => None,
    };
    let id = match registered {
        Some(id) => Some(id),
        None => default_id(conn, os)?,
    };
    let Some(id) = id else {
        return Err(Error::service(
            "UnsupportedOperatingSystem",
            format!(
                "No patch baseline for operating system {os}: ssmctl has no predefined one and none is registered."
            ),
        ));
    };
    let rules = rules_of(conn, &id)?
        .ok_or_else(|| Error::internal(format!("patch baseline {id}, registered for {os}, is not in the store")))?;
    Ok((id, rules))
}

pub fn identity(conn: &Connection, b: &Baseline) -> Result<PatchBaselineIdentity> {
    Ok(PatchBaselineIdentity {
        baseline_id: b.id.clone(),
        baseline_name: b.name.clone(),
        operating_system: b.rules.operating_system.clone(),
        baseline_description: b.description.clone(),
        default_baseline: default_id(conn, &b.rules.operating_system)?.as_deref() == Some(b.id.as_str()),
    })
}

fn result(b: Baseline, patch_groups: Option<Vec<String>>) -> PatchBaselineResult {
    let r = b.rules;
    PatchBaselineResult {
        baseline_id: b.id,
        name: b.name,
        operating_system: r.operating_system,
        global_filters: r.global_filters.unwrap_or_default(),
        approval_rules: r.approval_rules.unwrap_or_default(),
        approved_patches: r.approved_patches,
        approved_patches_compliance_level: r.approved_patches_compliance_level,
        approved_patches_enable_non_security: r.approved_patches_enable_non_security,
        rejected_patches: r.rejected_patches,
        rejected_patches_action: r.rejected_patches_action,
        patch_groups,
        created_date: Some(b.created),
        modified_date: Some(b.modified),
        description: b.description,
        sources: r.sources,
        available_security_updates_compliance_status: b.security_updates_status,
    }
}

pub fn create(ctx: &mut Ctx, req: CreatePatchBaselineRequest) -> Result<BaselineIdResult> {
    let os = req.operating_system.clone().unwrap_or_else(|| DEFAULT_OS.into());
    let rules = with_defaults(BaselineRules {
        operating_system: os,
        global_filters: req.global_filters.clone(),
        approval_rules: req.approval_rules.clone(),
        approved_patches: req.approved_patches.clone(),
        approved_patches_compliance_level: req.approved_patches_compliance_level.clone(),
        approved_patches_enable_non_security: req.approved_patches_enable_non_security,
        rejected_patches: req.rejected_patches.clone(),
        rejected_patches_action: req.rejected_patches_action.clone(),
        sources: req.sources.clone(),
    });
    check_rules(&rules)?;
    super::tags::check_new(&req.tags)?;
    let request_hash = hex::encode(Sha256::digest(serde_json::to_string(&req)?.as_bytes()));
    let now = time::now();
    let row = BaselineRow {
        baseline_id: new_id(),
        name: req.name.clone(),
        description: req.description.clone(),
        rules,
        security_updates_status: req.available_security_updates_compliance_status.clone(),
        created_date: now,
        modified_date: now,
    };
    ctx.store()?.write(|tx| {
        if let Some(token) = &req.client_token
            && let Some((id, hash)) = rows::by_client_token(tx, token)?
        {
            if hash == request_hash {
                return Ok(BaselineIdResult { baseline_id: id });
            }
            return Err(Error::service(
                "IdempotentParameterMismatch",
                format!("ClientToken {token} was used with different parameters to create patch baseline {id}."),
            ));
        }
        if rows::count(tx)? >= MAX_BASELINES {
            return Err(Error::service(
                "ResourceLimitExceededException",
                format!("There are already {MAX_BASELINES} patch baselines, the most an account can have."),
            ));
        }
        rows::insert(tx, &row, req.client_token.as_deref(), &request_hash)?;
        tag_rows::put(tx, RESOURCE_TYPE, &row.baseline_id, &req.tags)?;
        Ok(BaselineIdResult { baseline_id: row.baseline_id.clone() })
    })
}

pub fn get(ctx: &mut Ctx, req: BaselineIdRequest) -> Result<PatchBaselineResult> {
    ctx.store()?.read(|tx| {
        let b = require(tx, &req.baseline_id)?;
        let groups = rows::groups_of(tx, &b.id)?;
        Ok(result(b, Some(groups)))
    })
}

pub fn update(ctx: &mut Ctx, req: UpdatePatchBaselineRequest) -> Result<PatchBaselineResult> {
    let replace = req.replace.unwrap_or(false);
    if replace && req.name.is_none() {
        return Err(Error::service(
            "ValidationException",
            "Replace is true: Name is required, as for CreatePatchBaseline.",
        ));
    }
    ctx.store()?.write(|tx| {
        let b = require(tx, &req.baseline_id)?;
        if b.predefined {
            return Err(read_only(&b));
        }
        let Some(mut row) = rows::get(tx, &b.id)? else { return Err(not_found(&b.id)) };
        // With Replace an absent member is cleared; without it, an absent member is kept.
        fn pick<T: Clone>(new: &Option<T>, old: T, replace: bool, cleared: T) -> T {
            match new {
                Some(v) => v.clone(),
                None if replace => cleared,
                None => old,
            }
        }
        let old = row.rules.clone();
        let rules = BaselineRules {
            operating_system: old.operating_system.clone(),
            global_filters: pick(&req.global_filters.clone().map(Some), old.global_filters, replace, None),
            approval_rules: pick(&req.approval_rules.clone().map(Some), old.approval_rules, replace, None),
            approved_patches: pick(&req.approved_patches, old.approved_patches, replace, vec![]),
            approved_patches_compliance_level: pick(
                &req.approved_patches_compliance_level.clone().map(Some),
                old.approved_patches_compliance_level,
                replace,
                None,
            ),
            approved_patches_enable_non_security: pick(
                &req.approved_patches_enable_non_security.map(Some),
                old.approved_patches_enable_non_security,
                replace,
                None,
            ),
            rejected_patches: pick(&req.rejected_patches, old.rejected_patches, replace, vec![]),
            rejected_patches_action: pick(
                &req.rejected_patches_action.clone().map(Some),
                old.rejected_patches_action,
                replace,
                None,
            ),
            sources: pick(&req.sources, old.sources, replace, vec![]),
        };
        let rules = with_defaults(rules);
        check_rules(&rules)?;
        row.rules = rules;
        row.name = req.name.clone().unwrap_or(row.name);
        row.description = pick(&req.description.clone().map(Some), row.description, replace, None);
        row.security_updates_status = pick(
            &req.available_security_updates_compliance_status.clone().map(Some),
            row.security_updates_status,
            replace,
            None,
        );
        row.modified_date = time::now();
        rows::update(tx, &row)?;
        Ok(result(from_row(row), None))
    })
}

pub fn delete(ctx: &mut Ctx, req: BaselineIdRequest) -> Result<BaselineIdResult> {
    ctx.store()?.write(|tx| {
        let b = require(tx, &req.baseline_id)?;
        if b.predefined {
            return Err(read_only(&b));
        }
        let groups = rows::groups_of(tx, &b.id)?;
        if !groups.is_empty() {
            return Err(Error::service(
                "ResourceInUseException",
                format!(
                    "PatchBaseline to be deleted is used for Patch Group: {}; deregister it first.",
                    super::named_list(&groups, 5)
                ),
            ));
        }
        let defaults = rows::default_of(tx, &b.id)?;
        if !defaults.is_empty() {
            return Err(Error::service(
                "ResourceInUseException",
                format!(
                    "PatchBaseline {} is the default baseline of {}; register another default first.",
                    b.id,
                    defaults.join(", ")
                ),
            ));
        }
        rows::delete(tx, &b.id)?;
        tag_rows::remove_all(tx, RESOURCE_TYPE, &b.id)?;
        Ok(BaselineIdResult { baseline_id: b.id })
    })
}

pub fn describe(ctx: &mut Ctx, req: DescribePatchRequest) -> Result<DescribePatchBaselinesResult> {
    let filters = Filters::new(&req.filters, &["NAME_PREFIX", "OWNER", "OPERATING_SYSTEM"])?;
    let limit = page_limit(req.max_results, 100) as usize;
    let after = decode_token(req.next_token.as_deref())?;
    ctx.store()?.read(|tx| {
        let mut all: Vec<Baseline> = predefined::BASELINES.iter().map(from_predefined).collect();
        all.extend(rows::list(tx)?.into_iter().map(from_row));
        // Name order, then id (names need not be unique): the page token is that key.
        let key = |b: &Baseline| format!("{}\u{1f}{}", b.name, b.id);
        all.sort_by_key(key);
        let mut out = Vec::new();
        let (mut next_token, mut last_key) = (None, None);
        for b in all.iter().filter(|b| after.as_ref().is_none_or(|a| key(b) > *a)) {
            let owner = if b.predefined { "AWS" } else { "Self" };
            if !filters.matches("NAME_PREFIX", |p| b.name.starts_with(p))
                || !filters.matches("OWNER", |o| o == owner)
                || !filters.matches("OPERATING_SYSTEM", |os| os == b.rules.operating_system)
            {
                continue;
            }
            if out.len() == limit {
                next_token = last_key.as_deref().map(encode_token);
                break;
            }
            out.push(identity(tx, b)?);
            last_key = Some(key(b));
        }
        Ok(DescribePatchBaselinesResult { baseline_identities: out, next_token })
    })
}

pub fn register_default(ctx: &mut Ctx, req: BaselineIdRequest) -> Result<BaselineIdResult> {
    ctx.store()?.write(|tx| {
        let b = require(tx, &req.baseline_id)?;
        let os = &b.rules.operating_system;
        // The predefined baseline is the default when none is registered: registering it
        // removes the registration rather than storing a second way to say the same.
        if predefined::for_os(os).is_some_and(|p| p.baseline_id() == b.id) {
            rows::clear_default(tx, os)?;
        } else {
            rows::set_default(tx, os, &b.id)?;
        }
        Ok(BaselineIdResult { baseline_id: b.id })
    })
}

pub fn get_default(ctx: &mut Ctx, req: GetDefaultPatchBaselineRequest) -> Result<DefaultPatchBaselineResult> {
    let os = req.operating_system.unwrap_or_else(|| DEFAULT_OS.into());
    ctx.store()?.read(|tx| match default_id(tx, &os)? {
        Some(baseline_id) => Ok(DefaultPatchBaselineResult { baseline_id, operating_system: os }),
        None => Err(no_default(&os)),
    })
}

pub fn no_default(os: &str) -> Error {
    let hint = if os == DEFAULT_OS { " (WINDOWS is the default when --operating-system is not given)" } else { "" };
    Error::service(
        "DoesNotExistException",
        format!(
            "No default patch baseline for {os}{hint}: ssmctl ships predefined baselines for Linux only; register one \
             with register-default-patch-baseline."
        ),
    )
}

fn read_only(b: &Baseline) -> Error {
    Error::service(
        "InvalidResourceId",
        format!("{} ({}) is a predefined baseline, owned by AWS and read-only.", b.name, b.id),
    )
}

/// Tags are only for the user's baselines.
pub fn check_taggable(conn: &Connection, id: &str) -> Result<()> {
    let b = require(conn, id)?;
    if b.predefined {
        return Err(Error::service("InvalidResourceId", format!("{} is owned by AWS and can't be tagged.", b.name)));
    }
    Ok(())
}

fn new_id() -> String {
    format!("pb-{}", &uuid::Uuid::new_v4().simple().to_string()[..17])
}

/// The defaults AWS shows on a baseline that did not set them.
fn with_defaults(mut r: BaselineRules) -> BaselineRules {
    let linux = family(&r.operating_system) != Family::Windows;
    r.approved_patches_compliance_level.get_or_insert_with(|| "UNSPECIFIED".into());
    r.rejected_patches_action.get_or_insert_with(|| "ALLOW_AS_DEPENDENCY".into());
    if linux {
        r.approved_patches_enable_non_security.get_or_insert(false);
    }
    if let Some(group) = &mut r.approval_rules {
        for rule in &mut group.patch_rules {
            rule.compliance_level.get_or_insert_with(|| "UNSPECIFIED".into());
            if linux {
                rule.enable_non_security.get_or_insert(false);
            }
        }
    }
    r
}

// ---- Validation, as AWS's service does it ----

#[derive(Debug, Clone, Copy, PartialEq)]
enum Family {
    /// Debian, Ubuntu, Raspbian: apt, no release dates.
    Apt,
    /// Amazon Linux, RHEL and its rebuilds, Oracle, CentOS: yum/dnf.
    Rpm,
    Suse,
    Windows,
    MacOs,
}

fn family(os: &str) -> Family {
    match os {
        "DEBIAN" | "UBUNTU" | "RASPBIAN" => Family::Apt,
        "SUSE" => Family::Suse,
        "WINDOWS" => Family::Windows,
        "MACOS" => Family::MacOs,
        _ => Family::Rpm,
    }
}

fn filter_keys(f: Family) -> &'static [&'static str] {
    match f {
        Family::Apt => &["PRODUCT", "PRIORITY", "SECTION"],
        Family::Rpm | Family::Suse => &["PRODUCT", "CLASSIFICATION", "SEVERITY"],
        Family::Windows => &["PATCH_SET", "PRODUCT", "PRODUCT_FAMILY", "CLASSIFICATION", "MSRC_SEVERITY", "PATCH_ID"],
        Family::MacOs => &["PRODUCT", "CLASSIFICATION"],
    }
}

const APT_PRIORITIES: &[&str] = &["Required", "Important", "Standard", "Optional", "Extra"];

fn invalid(msg: String) -> Error {
    Error::service("ValidationException", msg)
}

fn check_filters(group: &PatchFilterGroup, where_: &str, os: &str) -> Result<()> {
    let allowed = filter_keys(family(os));
    let mut seen: Vec<&str> = Vec::new();
    for f in &group.patch_filters {
        if !allowed.contains(&f.key.as_str()) {
            return Err(invalid(format!(
                "{where_}: filter key {} is not valid for operating system {os}; valid keys: {}.",
                f.key,
                allowed.join(", ")
            )));
        }
        if seen.contains(&f.key.as_str()) {
            return Err(invalid(format!("{where_}: filter key {} is given more than once.", f.key)));
        }
        seen.push(&f.key);
        if f.key == "PRIORITY"
            && let Some(v) = f.values.iter().find(|v| *v != "*" && !APT_PRIORITIES.contains(&v.as_str()))
        {
            return Err(invalid(format!(
                "{where_}: PRIORITY value {v} is not one of {} (or *).",
                APT_PRIORITIES.join(", ")
            )));
        }
    }
    Ok(())
}

pub fn check_rules(r: &BaselineRules) -> Result<()> {
    let os = r.operating_system.as_str();
    let fam = family(os);
    if let Some(g) = &r.global_filters {
        check_filters(g, "GlobalFilters", os)?;
    }
    for (i, rule) in r.approval_rules.iter().flat_map(|g| g.patch_rules.iter()).enumerate() {
        let where_ = format!("ApprovalRules.PatchRules.{}", i + 1);
        check_filters(&rule.patch_filter_group, &format!("{where_}.PatchFilterGroup"), os)?;
        match (rule.approve_after_days, &rule.approve_until_date) {
            (Some(_), Some(_)) => {
                return Err(invalid(format!(
                    "{where_}: ApproveAfterDays and ApproveUntilDate are mutually exclusive; give one."
                )));
            }
            (Some(_), None) | (None, Some(_)) if fam == Family::Apt => {
                return Err(invalid(format!(
                    "{where_}: ApproveAfterDays and ApproveUntilDate are not supported on {os}: release dates of apt \
                     packages can't be determined reliably."
                )));
            }
            (None, None) if fam != Family::Apt => {
                return Err(invalid(format!("{where_}: one of ApproveAfterDays or ApproveUntilDate is required.")));
            }
            _ => {}
        }
        if let Some(d) = &rule.approve_until_date
            && (d.len() != 10 || NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err())
        {
            return Err(invalid(format!("{where_}: ApproveUntilDate {d} is not a date of the form YYYY-MM-DD.")));
        }
    }
    for (member, list) in [("ApprovedPatches", &r.approved_patches), ("RejectedPatches", &r.rejected_patches)] {
        for p in list {
            check_patch_name(p, fam).map_err(|why| invalid(format!("{member}: {p} is not valid for {os}: {why}.")))?;
        }
    }
    if !r.sources.is_empty() && matches!(fam, Family::Windows | Family::MacOs) {
        return Err(invalid(format!("Sources are supported on Linux only, not on {os}.")));
    }
    let mut names: Vec<&str> = r.sources.iter().map(|s| s.name.as_str()).collect();
    names.sort();
    if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(invalid(format!("Sources: the name {} is given more than once.", w[0])));
    }
    Ok(())
}

static APT_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[a-z0-9*][a-z0-9+.*-]*$").expect("valid regex"));
static CVE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^CVE-\d{4}-\d{4,}$").expect("valid regex"));
/// Package NEVRA forms (name, name.arch, name-version-release.arch, epoch:…) with wildcards,
/// advisory ids (RHSA-2017:0864, ALAS-2018-123), Bugzilla numbers.
static RPM_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_*][A-Za-z0-9_.:+~^*-]*$").expect("valid regex"));

fn check_patch_name(p: &str, fam: Family) -> std::result::Result<(), &'static str> {
    match fam {
        Family::Apt if !APT_NAME.is_match(p) => {
            Err("apt takes bare package names (lower case letters, digits, + - . and the * wildcard)")
        }
        Family::Rpm | Family::Suse if p.to_ascii_uppercase().starts_with("CVE-") && !CVE.is_match(p) => {
            Err("a CVE id has the form CVE-YYYY-NNNN")
        }
        Family::Rpm | Family::Suse if !RPM_NAME.is_match(p) => Err(
            "expected a package (name, name.arch, name-version-release.arch, epoch:…; * wildcards), a CVE id or an advisory id",
        ),
        _ => Ok(()),
    }
}

/// The Key/Values filters of the describe operations: values of one key are alternatives,
/// keys must all match.
pub struct Filters<'a> {
    filters: &'a [PatchOrchestratorFilter],
}

impl<'a> Filters<'a> {
    pub fn new(filters: &'a [PatchOrchestratorFilter], keys: &[&str]) -> Result<Filters<'a>> {
        for f in filters {
            let key = f.key.as_deref().unwrap_or("");
            if !keys.contains(&key) {
                return Err(invalid(format!("Filter key {key:?} is not valid here; valid keys: {}.", keys.join(", "))));
            }
            if f.values.is_empty() {
                return Err(invalid(format!("Filter {key} needs at least one value.")));
            }
            for v in &f.values {
                let ok = match key {
                    "OWNER" => v == "AWS" || v == "Self",
                    "OPERATING_SYSTEM" => {
                        crate::model::model().shape("OperatingSystem").enum_values.iter().flatten().any(|e| e == v)
                    }
                    _ => true,
                };
                if !ok {
                    return Err(invalid(format!("Filter {key}: value {v} is not valid.")));
                }
            }
        }
        Ok(Filters { filters })
    }

    pub fn matches(&self, key: &str, f: impl Fn(&str) -> bool) -> bool {
        self.filters.iter().filter(|x| x.key.as_deref() == Some(key)).all(|x| x.values.iter().any(|v| f(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_baselines_pass_the_checks_users_get() {
        for p in predefined::BASELINES.iter() {
            check_rules(&p.rules()).unwrap_or_else(|e| panic!("{}: {}", p.name, e.render(None)));
        }
    }

    #[test]
    fn ids_arns_and_predefined_names_name_a_baseline() {
        let d = predefined::for_os("DEBIAN").unwrap();
        assert_eq!(parse_id(d.name).unwrap(), d.baseline_id());
        let arn = format!("arn:aws:ssm:us-east-2:733109147000:patchbaseline/{}", d.baseline_id());
        assert_eq!(parse_id(&arn).unwrap(), d.baseline_id());
        assert_eq!(parse_id("pb-0123456789abcdef0").unwrap(), "pb-0123456789abcdef0");
        for bad in ["pb-0123", "arn:aws:ssm:r:1:document/pb-0123456789abcdef0", "xx-0123456789abcdef0"] {
            assert!(parse_id(bad).unwrap_err().render(None).contains("(InvalidResourceId)"), "{bad}");
        }
        assert!(USER_ID.is_match(&new_id()));
    }

    #[test]
    fn baseline_for_takes_the_group_then_the_registered_default_then_the_predefined() {
        let mut ctx = Ctx::with_store(crate::store::Store::in_memory().unwrap());
        let create_ubuntu = |ctx: &mut Ctx, name: &str| {
            let req = CreatePatchBaselineRequest {
                name: name.into(),
                operating_system: Some("UBUNTU".into()),
                approved_patches: vec![name.into()],
                ..Default::default()
            };
            create(ctx, req).unwrap().baseline_id
        };
        let grouped = create_ubuntu(&mut ctx, "grouped");
        let default = create_ubuntu(&mut ctx, "default");
        let predefined = predefined::for_os("UBUNTU").unwrap();
        let at = |ctx: &mut Ctx, group: Option<&str>| {
            let (id, rules) = baseline_for(ctx.store().unwrap().conn(), "UBUNTU", group).unwrap();
            assert_eq!(rules, rules_of(ctx.store().unwrap().conn(), &id).unwrap().unwrap());
            id
        };
        assert_eq!(at(&mut ctx, None), predefined.baseline_id());
        assert_eq!(at(&mut ctx, Some("web")), predefined.baseline_id());
        register_default(&mut ctx, BaselineIdRequest { baseline_id: default.clone() }).unwrap();
        assert_eq!(at(&mut ctx, Some("web")), default);
        let reg = PatchGroupRegistration { baseline_id: grouped.clone(), patch_group: "web".into() };
        crate::ops::patch_groups::register(&mut ctx, reg).unwrap();
        assert_eq!(at(&mut ctx, Some("web")), grouped);
        assert_eq!(at(&mut ctx, Some("db")), default);
        assert_eq!(at(&mut ctx, None), default);
        let rules = rules_of(ctx.store().unwrap().conn(), &grouped).unwrap().unwrap();
        assert_eq!(rules.approved_patches, ["grouped"]);
        // Another OS of the same group is its own slot: Debian's predefined baseline.
        let conn = ctx.store().unwrap().conn();
        let (id, _) = baseline_for(conn, "DEBIAN", Some("web")).unwrap();
        assert_eq!(id, predefined::for_os("DEBIAN").unwrap().baseline_id());
        let err = baseline_for(conn, "WINDOWS", Some("web")).unwrap_err();
        assert!(err.render(None).contains("(UnsupportedOperatingSystem)"));
        assert_eq!(rules_of(conn, "pb-0123456789abcdef0").unwrap(), None);
    }
}
