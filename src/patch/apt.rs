//! apt and dpkg on Debian and its derivatives: the script parts and their parse. An update is
//! a security update when one of its archives is a security archive (`…-security`, or an
//! origin or site named Security), as AWS decides it.

use super::scan::{InstallOutcome, Installed, Update};
use crate::exec::script::quote;
use crate::package_version::dpkg as compare_dpkg;
use std::cmp::Ordering;

/// Refreshes the indexes (optionally), then lists what is installed, apt's upgrade candidates,
/// and for upgrades that are not from a security archive, every version apt knows (a security
/// archive may hold an older update than the candidate).
pub fn scan_script(refresh: bool) -> String {
    let mut s = String::new();
    if refresh {
        s.push_str(
            r#"  sec refresh
  if out=$(apt-get -q -o DPkg::Lock::Timeout="$LOCK_TIMEOUT" -o Acquire::Retries=1 update 2>&1); then echo ok
  else printf 'apt-get update failed: %s\n' "$(printf %s "$out" | grep -E '^(E|W):' | head -n 3 | tr '\n' ' ')"
    case "$out" in *"Could not get lock"*|*"Unable to lock"*) echo "lock held by: $(holders)";; esac
  fi
"#,
        );
    }
    s.push_str(
        r#"  sec manager
  echo apt
  sec installed
  dpkg-query -W -f='${db:Status-Abbrev}\t${Package}\t${Architecture}\t${Version}\t${Priority}\t${Section}\n'
  sec times
  stat -c '%Y %n' /var/lib/dpkg/info/*.list 2>/dev/null
  sec upgradable
  up=$(apt list --upgradable 2>/dev/null | grep 'upgradable from')
  printf '%s\n' "$up"
  plain=$(printf '%s\n' "$up" | awk '{ split($1, a, "/"); if (tolower(a[2]) !~ /security/) print a[1] }')
  if [ -n "$plain" ]; then
    sec policy
    apt-cache policy $plain 2>/dev/null
  fi
"#,
    );
    s
}

/// Installs exact versions (`name=version`), only upgrading what is installed. With rejected
/// names (BLOCK), a simulation first: if apt would bring in a rejected package, nothing is
/// installed.
pub fn install_script(packages: &[String], rejected: &[String]) -> String {
    let list: Vec<String> = packages.iter().map(|p| quote(p)).collect();
    let list = list.join(" ");
    let rejected: Vec<String> = rejected.iter().map(|p| quote(p)).collect();
    let rejected = rejected.join(" ");
    format!(
        r#"  sec install
  blocked=""
  for r in {rejected}; do
    if apt-get -s -o Debug::NoLocking=1 install --only-upgrade {list} 2>/dev/null | grep -q "^Inst $r "; then blocked="$blocked $r"; fi
  done
  if [ -n "$blocked" ]; then
    echo "blocked$blocked"
  elif out=$(apt-get install -y -q --only-upgrade -o DPkg::Lock::Timeout="$LOCK_TIMEOUT" -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold {list} 2>&1); then
    echo ok
  else
    printf 'failed: %s\n' "$(printf %s "$out" | grep -E '^(E|W):' | head -n 3 | tr '\n' ' ')"
    case "$out" in *"Could not get lock"*|*"Unable to lock"*) echo "lock held by: $(holders)";; esac
  fi
"#
    )
}

/// `mtime /var/lib/dpkg/info/NAME[:ARCH].list`: when dpkg last unpacked each package.
pub fn parse_times(body: &str) -> std::collections::HashMap<String, i64> {
    body.lines()
        .filter_map(|l| {
            let (t, path) = l.split_once(' ')?;
            let file = path.rsplit('/').next()?.strip_suffix(".list")?;
            Some((file.split(':').next()?.to_string(), t.parse().ok()?))
        })
        .collect()
}

pub fn parse_install(body: &str) -> InstallOutcome {
    let first = body.lines().next().unwrap_or("").trim();
    if first == "ok" {
        return InstallOutcome { ok: true, blocked: vec![], message: String::new() };
    }
    if let Some(names) = first.strip_prefix("blocked") {
        let blocked: Vec<String> = names.split_whitespace().map(str::to_string).collect();
        let message = format!("not installed: a rejected package would come with it ({})", blocked.join(", "));
        return InstallOutcome { ok: false, blocked, message };
    }
    InstallOutcome { ok: false, blocked: vec![], message: body.trim().replace('\n', " ") }
}

/// `ii\tname\tarch\tversion\tpriority\tsection`: installed means state `i` (and the trigger
/// states of an installed package); `rc` (removed, config files left) is not installed.
pub fn parse_installed(body: &str) -> Vec<Installed> {
    body.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 6 || !matches!(f[0].as_bytes().get(1), Some(b'i' | b'W' | b't')) {
                return None;
            }
            Some(Installed {
                name: f[1].into(),
                arch: f[2].into(),
                version: f[3].into(),
                priority: f[4].into(),
                section: f[5].into(),
                installed_at: None,
            })
        })
        .collect()
}

/// `name/archive[,archive…] candidate arch [upgradable from: installed]`, as `apt list
/// --upgradable` prints the candidates (no dependency resolution: as AWS reads apt's cache).
pub fn parse_upgradable(body: &str, installed: &[Installed]) -> Vec<Update> {
    body.lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let (name, archives) = words.next()?.split_once('/')?;
            let version = words.next()?;
            let arch = words.next()?;
            let cur = l.split_once("[upgradable from: ")?.1.trim_end().trim_end_matches(']');
            let arch = installed
                .iter()
                .find(|p| p.name == name && p.version == cur)
                .map(|p| p.arch.clone())
                .unwrap_or_else(|| arch.to_string());
            Some(Update {
                name: name.into(),
                arch,
                installed: cur.into(),
                version: version.into(),
                security: archives.split(',').any(is_security_origin),
                repository: archives.to_string(),
                security_version: None,
                classification: if archives.split(',').any(is_security_origin) {
                    "Security".into()
                } else {
                    String::new()
                },
                ..Default::default()
            })
        })
        .collect()
}

/// `stable-security`, `jammy-security`, `Debian-Security`.
fn is_security_origin(o: &str) -> bool {
    o.to_ascii_lowercase().contains("security")
}

/// `apt-cache policy` of the non-security upgrades: each version with its sources; a version
/// one of whose sources is a security archive or site is a security version.
pub fn apply_policy(body: &str, updates: &mut [Update]) {
    let mut current: Option<String> = None;
    let mut version: Option<String> = None;
    let mut found: Vec<(String, String)> = Vec::new();
    for line in body.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            current = Some(line.trim_end_matches(':').split(':').next().unwrap_or("").to_string());
            version = None;
            continue;
        }
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if t.starts_with("Installed:") || t.starts_with("Candidate:") || t.starts_with("Version table:") {
            continue;
        }
        if indent <= 5 {
            // " *** 1.2-1 500" or "     1.1-1 500"
            let t = t.trim_start_matches("*** ");
            version = t.split_whitespace().next().map(str::to_string);
        } else if let (Some(pkg), Some(v)) = (&current, &version) {
            let src = t.to_ascii_lowercase();
            let mut words = src.split_whitespace().skip(1);
            let uri = words.next().unwrap_or("");
            let suite = words.next().unwrap_or("");
            if suite.contains("security") || uri.contains("security.") || uri.contains("-security") {
                found.push((pkg.clone(), v.clone()));
            }
        }
    }
    for u in updates.iter_mut().filter(|u| !u.security) {
        let best = found
            .iter()
            .filter(|(p, v)| *p == u.name && compare_dpkg(v, &u.installed) == Ordering::Greater)
            .map(|(_, v)| v.clone())
            .max_by(|a, b| compare_dpkg(a, b));
        u.security_version = best;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_keeps_only_installed_states() {
        let body = "ii \tbash\tamd64\t5.2\trequired\tshells\nrc \told\tall\t1.0\toptional\tmisc\nhi \thalf\tall\t2\toptional\tmisc\n";
        let names: Vec<String> = parse_installed(body).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["bash", "half"]);
    }

    #[test]
    fn upgradable_lines_and_security_origins() {
        let installed = parse_installed(
            "ii \tbase-files\tamd64\t12.4\trequired\tadmin\nii \tlibgcrypt20-dev\tamd64\t1.10.1-3\toptional\tlibdevel\n",
        );
        let body = "base-files/oldstable 12.4+deb12u15 amd64 [upgradable from: 12.4]\n\
                    libgcrypt20-dev/oldstable,oldstable-security 1.10.1-3+deb12u1 amd64 [upgradable from: 1.10.1-3]\n";
        let u = parse_upgradable(body, &installed);
        assert_eq!(u.len(), 2);
        assert_eq!((u[0].name.as_str(), u[0].version.as_str(), u[0].security), ("base-files", "12.4+deb12u15", false));
        assert_eq!((u[1].installed.as_str(), u[1].security, u[1].arch.as_str()), ("1.10.1-3", true, "amd64"));
    }

    #[test]
    fn policy_finds_an_older_security_version_behind_a_newer_candidate() {
        let mut u = vec![Update {
            name: "tool".into(),
            installed: "1.0-1".into(),
            version: "2.0-1".into(),
            ..Default::default()
        }];
        let body = "tool:\n  Installed: 1.0-1\n  Candidate: 2.0-1\n  Version table:\n     2.0-1 500\n        500 file:/srv/main stable/main amd64 Packages\n     1.1-1 500\n        500 file:/srv/sec stable-security/main amd64 Packages\n *** 1.0-1 100\n        100 /var/lib/dpkg/status\n";
        apply_policy(body, &mut u);
        assert_eq!(u[0].security_version.as_deref(), Some("1.1-1"));
    }

    #[test]
    fn install_outcomes() {
        assert!(parse_install("ok\n").ok);
        let b = parse_install("blocked pkg-a pkg-b\n");
        assert_eq!(b.blocked, ["pkg-a", "pkg-b"]);
        assert!(!parse_install("failed: E: Could not get lock\nlock held by: pid 7 (apt-get)\n").ok);
    }
}
