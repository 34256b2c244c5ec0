//! dnf and rpm on the RHEL family: the script parts and their parse. An update's
//! classification and severity come from the repositories' updateinfo advisories, as AWS
//! takes them; an update no advisory names is a non-security update.

use super::scan::{Installed, Update};
use crate::exec::script::quote;

pub fn scan_script(refresh: bool) -> String {
    let mut s = String::new();
    if refresh {
        s.push_str(
            r#"  sec refresh
  if out=$(dnf -q -y makecache 2>&1); then echo ok
  else printf 'dnf makecache failed: %s\n' "$(printf %s "$out" | tail -n 3 | tr '\n' ' ')"; fi
"#,
        );
    }
    s.push_str(
        r#"  sec manager
  echo dnf
  sec rpm-installed
  rpm -qa --qf '%{NAME}\t%{ARCH}\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\t%{INSTALLTIME}\n'
  sec rpm-upgradable
  dnf -q -C repoquery --upgrades --qf '%{name}\t%{arch}\t%{epoch}:%{version}-%{release}\t%{repoid}' 2>/dev/null
  sec rpm-advisories
  dnf -q -C updateinfo list --available 2>/dev/null
  sec rpm-advisory-dates
  dnf -q -C updateinfo info --available 2>/dev/null | grep -E '^ *(Update ID|Updated|Issued) *:'
  if command -v needs-restarting >/dev/null 2>&1 && ! needs-restarting -r >/dev/null 2>&1; then
    mkdir -p /run && touch /run/reboot-required
  fi
"#,
    );
    s
}

/// Installs exact NEVRAs in one dnf transaction; rejected names (BLOCK) are excluded, so an
/// update needing one fails rather than bringing it in.
pub fn install_script(packages: &[String], rejected: &[String]) -> String {
    let list: Vec<String> = packages.iter().map(|p| quote(&nevra_of(p))).collect();
    let excludes: Vec<String> = rejected.iter().map(|r| quote(&format!("--exclude={r}"))).collect();
    format!(
        r#"  sec rpm-install
  if out=$(dnf -q -y {excludes} install {list} 2>&1); then echo ok
  else printf 'failed: %s\n' "$(printf %s "$out" | tail -n 3 | tr '\n' ' ')"; fi
"#,
        excludes = excludes.join(" "),
        list = list.join(" ")
    )
}

/// `name=epoch:version-release` (the engine's form) → `name-epoch:version-release`, dnf's.
fn nevra_of(name_version: &str) -> String {
    match name_version.split_once('=') {
        Some((name, version)) => format!("{name}-{version}"),
        None => name_version.to_string(),
    }
}

/// `name\tarch\tepoch:version-release\tinstalltime`
pub fn parse_installed(body: &str) -> Vec<Installed> {
    body.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 4 || f[0] == "gpg-pubkey" {
                return None;
            }
            Some(Installed {
                name: f[0].into(),
                arch: f[1].into(),
                version: f[2].into(),
                priority: String::new(),
                section: String::new(),
                installed_at: f[3].trim().parse().ok(),
            })
        })
        .collect()
}

/// `name\tarch\tepoch:version-release\trepoid` of each available upgrade.
pub fn parse_upgradable(body: &str, installed: &[Installed]) -> Vec<Update> {
    body.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 4 {
                return None;
            }
            let cur = installed.iter().find(|p| p.name == f[0] && p.arch == f[1])?;
            Some(Update {
                name: f[0].into(),
                arch: f[1].into(),
                installed: cur.version.clone(),
                version: f[2].into(),
                repository: f[3].trim().into(),
                ..Default::default()
            })
        })
        .collect()
}

/// `ADVISORY-ID Severity/Type name-version-release.arch`: the updates an advisory names are
/// classified by it (security, bugfix, enhancement, newpackage) with its severity.
pub fn apply_advisories(body: &str, updates: &mut [Update]) {
    for l in body.lines() {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() < 3 {
            continue;
        }
        let (severity, kind) = match f[1].split_once('/') {
            Some((sev, kind)) => (sev, kind),
            None => ("", f[1]),
        };
        let classification = match kind.trim_end_matches('.').to_ascii_lowercase().as_str() {
            "sec" | "security" => "Security",
            "bugfix" => "Bugfix",
            "enhancement" => "Enhancement",
            "newpackage" => "Newpackage",
            _ => "Recommended",
        };
        for u in updates.iter_mut() {
            let (_, vr) = u.version.split_once(':').unwrap_or(("0", &u.version));
            if f[2] == format!("{}-{}.{}", u.name, vr, u.arch) {
                u.security = true;
                u.classification = classification.into();
                u.severity = severity.into();
                u.repository = format!("{} ({})", u.repository, f[0]);
            }
        }
    }
}

/// `Update ID : X`, then `Updated : 2024-01-02 00:00:00` / `Issued : …`: when each
/// advisory's updates were released (Updated, else Issued).
pub fn apply_dates(body: &str, updates: &mut [Update]) {
    let mut current: Option<String> = None;
    let mut dates: Vec<(String, chrono::DateTime<chrono::Utc>, bool)> = Vec::new();
    for l in body.lines() {
        let Some((k, v)) = l.split_once(':') else { continue };
        let v = v.trim();
        match k.trim() {
            "Update ID" => current = Some(v.to_string()),
            key @ ("Updated" | "Issued") => {
                let day = v.split_whitespace().next().unwrap_or("");
                if let (Some(id), Ok(d)) = (&current, chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")) {
                    let t = d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
                    if let Some(t) = t {
                        dates.push((id.clone(), t, key == "Updated"));
                    }
                }
            }
            _ => {}
        }
    }
    for u in updates.iter_mut() {
        let Some(id) = u.repository.rsplit_once(" (").map(|(_, id)| id.trim_end_matches(')').to_string()) else {
            continue;
        };
        let updated = dates.iter().find(|(i, _, upd)| *i == id && *upd);
        let issued = dates.iter().find(|(i, _, upd)| *i == id && !*upd);
        u.released = updated.or(issued).map(|(_, t, _)| *t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_upgrades_advisories_and_dates() {
        let inst =
            parse_installed("ssmctl-sec\tnoarch\t0:1.0-1\t1700000000\nssmctl-plain\tnoarch\t0:1.0-1\t1700000000\n");
        let mut u = parse_upgradable("ssmctl-plain\tnoarch\t0:2.0-1\ttest\nssmctl-sec\tnoarch\t0:1.1-1\ttest\n", &inst);
        apply_advisories("TEST-2026:0001 Important/Sec. ssmctl-sec-1.1-1.noarch\n", &mut u);
        apply_dates(
            "Update ID: TEST-2026:0001\n   Issued: 2020-01-01 00:00:00\n  Updated: 2020-01-02 00:00:00\n",
            &mut u,
        );
        assert!(!u[0].security && u[0].classification.is_empty());
        assert_eq!((u[1].classification.as_str(), u[1].severity.as_str()), ("Security", "Important"));
        assert_eq!(u[1].released.map(|t| t.format("%F").to_string()).as_deref(), Some("2020-01-02"));
        assert_eq!(nevra_of("ssmctl-sec=0:1.1-1"), "ssmctl-sec-0:1.1-1");
    }
}
