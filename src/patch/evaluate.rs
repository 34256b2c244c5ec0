//! A baseline applied to what a scan saw: which updates are approved (at which exact version)
//! and the state of every installed package, as AWS names them. Pure: no host, no store.
//!
//! Order (as AWS): global filters, then the approval rules (a rule approves security updates
//! only unless it enables non-security ones), then the explicitly approved patches, then the
//! rejected ones removed; the newest approved version wins. Decisions are memoised in the
//! operation's snapshot, so every host of one operation gets the same versions.

use super::scan::{Installed, Scan, Update};
use crate::model::patch::{BaselineRules, PatchFilter};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// One approved update, as the snapshot fixes it for every host of the operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Approved {
    pub version: String,
    pub security: bool,
    pub compliance_level: String,
}

/// Per `name.arch`: the approved update, or None for "not approved" (also fixed).
pub type ProductSnapshot = BTreeMap<String, Option<Approved>>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PatchRow {
    #[serde(rename = "KBId")]
    pub kb_id: String,
    pub title: String,
    pub classification: String,
    /// The package manager's own severity (apt: the priority).
    pub severity: String,
    pub state: String,
    /// RFC 3339; AWS shows 1970-01-01 for a patch not installed.
    pub installed_time: String,
    pub compliance_level: String,
}

pub const NOT_INSTALLED_TIME: &str = "1970-01-01T00:00:00Z";

pub struct Inputs<'a> {
    pub rules: &'a BaselineRules,
    pub product: &'a str,
    pub scan: &'a Scan,
    /// Names (`name.arch`) ssmctl installed on this host since its current boot.
    pub installed_this_boot: &'a [String],
    /// `name.arch` this operation tried to install (what is still missing of them failed).
    pub attempted: &'a [String],
    /// Install override list: these ids (globs) and nothing else are installed.
    pub override_list: Option<&'a [String]>,
}

pub struct Evaluation {
    pub patches: Vec<PatchRow>,
    /// `name=version` to install for the approved missing set.
    pub to_install: Vec<String>,
}

/// The host's package manager's version ordering.
fn ordering(manager: &str) -> fn(&str, &str) -> Ordering {
    if manager == "dnf" { crate::package_version::rpm } else { crate::package_version::dpkg }
}

pub fn evaluate(i: &Inputs, snapshot: &mut ProductSnapshot) -> Evaluation {
    let r = i.rules;
    let cmp = ordering(&i.scan.manager);
    let block = r.rejected_patches_action.as_deref() == Some("BLOCK");
    let mut patches = Vec::new();
    let mut to_install = Vec::new();
    for p in &i.scan.installed {
        let kb = format!("{}.{}", p.name, p.arch);
        let update = i.scan.updates.iter().find(|u| u.name == p.name && u.installed == p.version);
        let rejected = listed(&r.rejected_patches, p, update);
        let row = |state: &str, version: &str, level: &str, security: bool, installed: bool| PatchRow {
            kb_id: kb.clone(),
            title: format!("{kb}:{version}"),
            classification: match update {
                Some(u) if !u.classification.is_empty() && !installed => u.classification.clone(),
                _ if security => "Security".into(),
                _ => String::new(),
            },
            severity: match update {
                Some(u) if !u.severity.is_empty() => u.severity.clone(),
                _ => capitalised(&p.priority),
            },
            state: state.into(),
            installed_time: match (installed, p.installed_at.and_then(|t| chrono::DateTime::from_timestamp(t, 0))) {
                (true, Some(t)) => crate::model::time::to_seconds_z(&t),
                _ => NOT_INSTALLED_TIME.into(),
            },
            compliance_level: level.into(),
        };
        if rejected {
            let state = if block { "InstalledRejected" } else { "InstalledOther" };
            patches.push(row(state, &p.version, "UNSPECIFIED", false, true));
            continue;
        }
        if let Some(ids) = i.override_list {
            match update.filter(|_| ids.iter().any(|pat| glob(pat, &kb) || glob(pat, &p.name))) {
                Some(u) => {
                    to_install.push(format!("{}={}", p.name, u.version));
                    let state = if i.attempted.contains(&kb) { "Failed" } else { "Missing" };
                    patches.push(row(state, &u.version, "UNSPECIFIED", u.security, false));
                }
                None => patches.push(row("InstalledOther", &p.version, "UNSPECIFIED", false, true)),
            }
            continue;
        }
        let decided = match update {
            Some(u) => snapshot.entry(kb.clone()).or_insert_with(|| approve(r, i.product, p, u, cmp)).clone(),
            None => snapshot.get(&kb).cloned().flatten(),
        };
        match decided {
            Some(a) if cmp(&a.version, &p.version) == Ordering::Greater => {
                to_install.push(format!("{}={}", p.name, a.version));
                let state = if i.attempted.contains(&kb) { "Failed" } else { "Missing" };
                patches.push(row(state, &a.version, &a.compliance_level, a.security, false));
            }
            decided => {
                let covered = decided.is_some() || covers(r, i.product, p);
                let level = decided.as_ref().map_or("UNSPECIFIED", |a| a.compliance_level.as_str()).to_string();
                let state = if i.installed_this_boot.contains(&kb) && i.scan.reboot_required {
                    "InstalledPendingReboot"
                } else if covered {
                    "Installed"
                } else {
                    "InstalledOther"
                };
                let security = decided.as_ref().is_some_and(|a| a.security);
                patches.push(row(state, &p.version, &level, security, true));
            }
        }
    }
    Evaluation { patches, to_install }
}

/// The approved version of an update, if any rule or the approved list takes it.
fn approve(
    r: &BaselineRules,
    product: &str,
    p: &Installed,
    u: &Update,
    cmp: fn(&str, &str) -> Ordering,
) -> Option<Approved> {
    if let Some(g) = &r.global_filters
        && !g.patch_filters.iter().all(|f| matches(f, product, p, Some(u)))
    {
        return None;
    }
    let security_version = if u.security { Some(u.version.clone()) } else { u.security_version.clone() };
    let mut best: Option<Approved> = None;
    let mut offer = |version: Option<String>, security: bool, level: &Option<String>| {
        let Some(version) = version else { return };
        let level = level.clone().unwrap_or_else(|| "UNSPECIFIED".into());
        if best.as_ref().is_none_or(|b| cmp(&version, &b.version) == Ordering::Greater) {
            best = Some(Approved { version, security, compliance_level: level });
        }
    };
    for rule in r.approval_rules.iter().flat_map(|g| &g.patch_rules) {
        if !rule.patch_filter_group.patch_filters.iter().all(|f| matches(f, product, p, Some(u)))
            || !released_in_time(rule, u)
        {
            continue;
        }
        if rule.enable_non_security == Some(true) {
            offer(Some(u.version.clone()), u.security, &rule.compliance_level);
        } else {
            offer(security_version.clone(), true, &rule.compliance_level);
        }
    }
    if listed(&r.approved_patches, p, Some(u)) {
        if r.approved_patches_enable_non_security == Some(true) {
            offer(Some(u.version.clone()), u.security, &r.approved_patches_compliance_level);
        } else {
            offer(security_version, true, &r.approved_patches_compliance_level);
        }
    }
    best
}

/// How a baseline treats an update (describe-effective-patches-for-patch-baseline): AWS's
/// DeploymentStatus and the compliance level it would have.
pub fn deployment_status(
    r: &BaselineRules,
    product: &str,
    p: &Installed,
    u: &Update,
    manager: &str,
) -> (&'static str, String) {
    if listed(&r.rejected_patches, p, Some(u)) {
        return ("EXPLICIT_REJECTED", "UNSPECIFIED".into());
    }
    if listed(&r.approved_patches, p, Some(u)) {
        let level = r.approved_patches_compliance_level.clone().unwrap_or_else(|| "UNSPECIFIED".into());
        return ("EXPLICIT_APPROVED", level);
    }
    match approve(r, product, p, u, ordering(manager)) {
        Some(a) => ("APPROVED", a.compliance_level),
        None => ("PENDING_APPROVAL", "UNSPECIFIED".into()),
    }
}

/// Whether an approved or rejected list names the package: by name (apt's form), `name.arch`,
/// or for rpm the NEVRA of the installed or offered version (`name-version-release.arch`,
/// with or without the epoch) and the offered update's advisory id; `*` globs.
fn listed(list: &[String], p: &Installed, u: Option<&Update>) -> bool {
    if list.is_empty() {
        return false;
    }
    let mut forms = vec![p.name.clone(), format!("{}.{}", p.name, p.arch)];
    for v in std::iter::once(&p.version).chain(u.map(|u| &u.version)) {
        let bare = v.split_once(':').map_or(v.as_str(), |(_, rest)| rest);
        forms.push(format!("{}-{}.{}", p.name, bare, p.arch));
        forms.push(format!("{}-{}.{}", p.name, v, p.arch));
    }
    if let Some(adv) =
        u.and_then(|u| u.repository.rsplit_once(" (")).map(|(_, id)| id.trim_end_matches(')').to_string())
    {
        forms.push(adv);
    }
    list.iter().any(|pat| forms.iter().any(|f| glob(pat, f)))
}

/// Whether the baseline's rules take this package at all (what makes an up-to-date package
/// Installed rather than InstalledOther).
fn covers(r: &BaselineRules, product: &str, p: &Installed) -> bool {
    let global = r.global_filters.as_ref().is_none_or(|g| g.patch_filters.iter().all(|f| matches(f, product, p, None)));
    global
        && (r
            .approval_rules
            .iter()
            .flat_map(|g| &g.patch_rules)
            .any(|rule| rule.patch_filter_group.patch_filters.iter().all(|f| matches(f, product, p, None)))
            || listed(&r.approved_patches, p, None))
}

/// ApproveAfterDays counts from the advisory's date (no date: no delay, as AWS);
/// ApproveUntilDate takes updates released on or before it.
fn released_in_time(rule: &crate::model::patch::PatchRule, u: &Update) -> bool {
    let Some(released) = u.released else { return true };
    if let Some(days) = rule.approve_after_days
        && released + chrono::Duration::days(days) > crate::model::time::now()
    {
        return false;
    }
    if let Some(until) = rule.approve_until_date.as_deref()
        && let Ok(d) = chrono::NaiveDate::parse_from_str(until, "%Y-%m-%d")
        && released.date_naive() > d
    {
        return false;
    }
    true
}

/// One filter on a package: PRODUCT, NAME; Debian family PRIORITY and SECTION; RHEL family
/// CLASSIFICATION and SEVERITY of the update (without an update, as when asking whether the
/// baseline takes a package at all, those two do not narrow). A key the family has no value
/// for matches nothing.
fn matches(f: &PatchFilter, product: &str, p: &Installed, u: Option<&Update>) -> bool {
    let value = match (f.key.as_str(), u) {
        ("PRODUCT", _) => product.to_string(),
        ("PRIORITY", _) => capitalised(&p.priority),
        ("SECTION", _) => p.section.clone(),
        ("NAME", _) => p.name.clone(),
        ("CLASSIFICATION" | "SEVERITY", None) => return true,
        ("CLASSIFICATION", Some(u)) => u.classification.clone(),
        ("SEVERITY", Some(u)) => u.severity.clone(),
        _ => return false,
    };
    f.values.iter().any(|v| glob(v, &value) || v.eq_ignore_ascii_case(&value))
}

pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `*` matches any run of characters; everything else itself.
pub fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else { return false };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            let Some(at) = rest.find(part) else { return false };
            rest = &rest[at + part.len()..];
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patch::predefined;

    fn scan() -> Scan {
        let pkg = |name: &str, version: &str| Installed {
            name: name.into(),
            arch: "all".into(),
            version: version.into(),
            priority: "optional".into(),
            section: "misc".into(),
            installed_at: None,
        };
        let up = |name: &str, from: &str, to: &str, security: bool| Update {
            name: name.into(),
            arch: "all".into(),
            installed: from.into(),
            version: to.into(),
            security,
            repository: String::new(),
            security_version: None,
            classification: if security { "Security".into() } else { String::new() },
            ..Default::default()
        };
        Scan {
            installed: vec![pkg("sec-pkg", "1.0-1"), pkg("plain-pkg", "1.0-1"), pkg("quiet", "3")],
            updates: vec![up("sec-pkg", "1.0-1", "1.1-1", true), up("plain-pkg", "1.0-1", "2.0-1", false)],
            ..Default::default()
        }
    }

    fn states(e: &Evaluation) -> Vec<(String, String)> {
        e.patches.iter().map(|p| (p.kb_id.clone(), p.state.clone())).collect()
    }

    #[test]
    fn the_debian_default_takes_security_updates_only() {
        let rules = predefined::for_os("DEBIAN").unwrap().rules();
        let s = scan();
        let i = Inputs {
            rules: &rules,
            product: "Debian12",
            scan: &s,
            installed_this_boot: &[],
            attempted: &[],
            override_list: None,
        };
        let mut snap = ProductSnapshot::new();
        let e = evaluate(&i, &mut snap);
        assert_eq!(e.to_install, ["sec-pkg=1.1-1"]);
        assert_eq!(
            states(&e),
            [
                ("sec-pkg.all".into(), "Missing".into()),
                ("plain-pkg.all".into(), "Installed".into()),
                ("quiet.all".into(), "Installed".into())
            ]
        );
        // The snapshot fixes the decision: a newer security version seen later changes nothing.
        let mut later = scan();
        later.updates[0].version = "1.2-1".into();
        let i = Inputs { scan: &later, ..i };
        assert_eq!(evaluate(&i, &mut snap).to_install, ["sec-pkg=1.1-1"]);
    }

    #[test]
    fn non_security_rules_rejections_and_the_override_list() {
        let mut all = predefined::for_os("DEBIAN").unwrap().rules();
        all.approval_rules.as_mut().unwrap().patch_rules[0].enable_non_security = Some(true);
        let mut blocking = all.clone();
        blocking.rejected_patches = vec!["plain-*".into()];
        blocking.rejected_patches_action = Some("BLOCK".into());
        let plain_rules = predefined::for_os("DEBIAN").unwrap().rules();
        let s = scan();
        let only = vec!["plain-pkg.all".to_string()];
        let i = Inputs {
            rules: &all,
            product: "Debian12",
            scan: &s,
            installed_this_boot: &[],
            attempted: &[],
            override_list: None,
        };
        assert_eq!(evaluate(&i, &mut ProductSnapshot::new()).to_install, ["sec-pkg=1.1-1", "plain-pkg=2.0-1"]);
        let i = Inputs { rules: &blocking, ..i };
        let e = evaluate(&i, &mut ProductSnapshot::new());
        assert_eq!(e.to_install, ["sec-pkg=1.1-1"]);
        assert_eq!(states(&e)[1].1, "InstalledRejected");
        let i = Inputs { rules: &plain_rules, override_list: Some(&only), ..i };
        assert_eq!(evaluate(&i, &mut ProductSnapshot::new()).to_install, ["plain-pkg=2.0-1"]);
    }

    #[test]
    fn lists_name_packages_by_name_nevra_and_advisory() {
        let p = Installed {
            name: "kernel".into(),
            arch: "x86_64".into(),
            version: "0:5.14.0-1.el9".into(),
            ..Default::default()
        };
        let u = Update {
            name: "kernel".into(),
            arch: "x86_64".into(),
            version: "0:5.14.0-2.el9".into(),
            repository: "baseos (RHSA-2024:0001)".into(),
            ..Default::default()
        };
        for pat in [
            "kernel",
            "kernel.x86_64",
            "kernel-5.14.0-2.el9.x86_64",
            "kernel-0:5.14.0-1.el9.x86_64",
            "RHSA-2024:0001",
            "kernel-5.14*",
        ] {
            assert!(listed(&[pat.to_string()], &p, Some(&u)), "{pat}");
        }
        assert!(!listed(&["kernel-6*".to_string()], &p, Some(&u)));
    }

    #[test]
    fn globs() {
        assert!(glob("*", "x") && glob("lib*", "libc6") && glob("*-dev", "zlib1g-dev") && glob("a*c*e", "abcde"));
        assert!(!glob("lib*", "glibc") && !glob("a*c", "ab"));
    }
}
