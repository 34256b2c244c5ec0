//! What one round trip tells about a host's packages: the script (the host's own tools only;
//! nothing installed) and its parse. The script also takes the host's patch lock, so that two
//! patch operations never run on one host at once, whichever controller started them.

use super::platform::{self, Platform};
use super::{apt, dnf};
use crate::exec::script::quote;
use std::collections::BTreeMap;

/// The section mark the scripts print before each part of their output.
pub const MARK: &str = "\u{1e}SSMCTL-PATCH\t";

/// The exit code of a script that found the host's patch lock held by another operation.
pub const LOCKED_EXIT: i32 = 75;

/// How long a patch lock may stand before another operation takes it over (a controller that
/// died mid-operation). /run is emptied at boot, so a reboot frees it too.
const LOCK_STALE_SECONDS: u64 = 4 * 3600;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Installed {
    pub name: String,
    pub arch: String,
    pub version: String,
    pub priority: String,
    pub section: String,
    /// When dpkg last unpacked it (seconds since the epoch), when known.
    pub installed_at: Option<i64>,
}

/// An update the host's package manager offers for an installed package.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Update {
    pub name: String,
    pub arch: String,
    pub installed: String,
    /// The version the package manager would install (its candidate).
    pub version: String,
    pub security: bool,
    /// Where it comes from, as the package manager names it (`Debian-Security:12/stable-security`).
    pub repository: String,
    /// When the candidate is not a security update: the newest security version newer than
    /// the installed one, if a security archive has one.
    pub security_version: Option<String>,
    /// The advisory's type (rpm: Security, Bugfix, Enhancement, Newpackage); apt: Security or
    /// nothing.
    pub classification: String,
    /// The advisory's severity (rpm: Critical, Important, Moderate, Low); apt: none.
    pub severity: String,
    /// When the advisory was last updated (or issued): what ApproveAfterDays counts from.
    pub released: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub os: BTreeMap<String, String>,
    pub platform: Option<Platform>,
    pub boot_id: String,
    pub reboot_required: bool,
    /// `apt`, or `none` when no package manager ssmctl drives was found.
    pub manager: String,
    /// The index refresh failed: why, with the lock holder when a lock was the cause.
    pub refresh_error: Option<String>,
    pub installed: Vec<Installed>,
    pub updates: Vec<Update>,
    /// The install part's outcome, when the script installed.
    pub install: Option<InstallOutcome>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct InstallOutcome {
    pub ok: bool,
    /// Rejected packages (BLOCK) the install would have pulled in: nothing was installed.
    pub blocked: Vec<String>,
    pub message: String,
}

/// What a script is asked to do besides scanning.
pub struct Request<'a> {
    /// The operation's id: the lock's owner.
    pub owner: &'a str,
    /// Packages to install first, as `name=version`, with the rejected names BLOCK keeps out.
    pub install: Option<(&'a [String], &'a [String])>,
    /// Seconds to wait for the package manager's lock.
    pub lock_timeout: u64,
    /// Release the patch lock at the end (the operation's last script).
    pub release: bool,
    /// Refresh the package indexes (the first scan of an operation).
    pub refresh: bool,
}

pub fn script(r: &Request) -> String {
    let mut s = String::new();
    s.push_str("export LC_ALL=C DEBIAN_FRONTEND=noninteractive\n");
    s.push_str(&format!(
        "sec() {{ printf '{}%s\\n' \"$1\"; }}\n",
        MARK.replace('\u{1e}', "\\036").replace('\t', "\\t")
    ));
    s.push_str(&format!("OWNER={}\nLOCK_TIMEOUT={}\n", quote(r.owner), r.lock_timeout));
    s.push_str(LOCK);
    s.push_str(&format!("take_lock {LOCK_STALE_SECONDS} || exit {LOCKED_EXIT}\n"));
    s.push_str(HOLDER);
    // The RHEL family by os-release (a host may have both tools): dnf; else apt.
    s.push_str("family=$(. /etc/os-release 2>/dev/null; echo \" $ID $ID_LIKE \")\n");
    s.push_str("case \"$family\" in *\" rhel \"*|*\" fedora \"*|*\" centos \"*|*\" amzn \"*|*\" rocky \"*|*\" almalinux \"*|*\" ol \"*) rpmfamily=1;; *) rpmfamily=0;; esac\n");
    s.push_str("if [ $rpmfamily = 1 ] && command -v dnf >/dev/null 2>&1 && command -v rpm >/dev/null 2>&1; then\n");
    if let Some((packages, rejected)) = r.install {
        s.push_str(&dnf::install_script(packages, rejected));
    }
    s.push_str(&dnf::scan_script(r.refresh));
    s.push_str("elif command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then\n");
    if let Some((packages, rejected)) = r.install {
        s.push_str(&apt::install_script(packages, rejected));
    }
    s.push_str(&apt::scan_script(r.refresh));
    s.push_str("else\n  sec manager\n  echo none\nfi\n");
    s.push_str("sec os\ncat /etc/os-release 2>/dev/null\n");
    s.push_str("sec boot\ncat /proc/sys/kernel/random/boot_id\n[ -e /run/reboot-required ] && echo reboot-required\n");
    if r.release {
        s.push_str("rm -rf /run/lock/ssmctl-patch\n");
    }
    s.push_str("exit 0\n");
    s
}

/// mkdir is atomic: the directory is the lock, its `owner` file says whose and since when.
const LOCK: &str = r#"take_lock() {
  mkdir -p /run/lock 2>/dev/null
  if mkdir /run/lock/ssmctl-patch 2>/dev/null; then
    echo "$OWNER $(date +%s)" >/run/lock/ssmctl-patch/owner
    return 0
  fi
  # The holder writes its owner line just after its mkdir: give it a moment.
  n=0
  while [ ! -s /run/lock/ssmctl-patch/owner ] && [ $n -lt 20 ]; do sleep 0.05; n=$((n + 1)); done
  set -- "$1" $(cat /run/lock/ssmctl-patch/owner 2>/dev/null)
  if [ "$2" = "$OWNER" ]; then return 0; fi
  if [ -n "$3" ] && [ $(( $(date +%s) - $3 )) -gt "$1" ]; then
    echo "$OWNER $(date +%s)" >/run/lock/ssmctl-patch/owner
    return 0
  fi
  echo "ssmctl: another patch operation ($2, since $(date -u -d "@${3:-0}" +%FT%TZ 2>/dev/null || echo "${3:-?}")) holds this host's patch lock" >&2
  return 1
}
"#;

/// Names the processes holding the package manager's locks (for the message when waiting for
/// them timed out).
const HOLDER: &str = r#"holders() {
  for f in /proc/[0-9]*/fd/*; do
    case "$(readlink "$f" 2>/dev/null)" in
      /var/lib/dpkg/lock*|/var/lib/apt/lists/lock|/var/cache/apt/archives/lock)
        p=${f#/proc/}; p=${p%%/*}
        echo "pid $p ($(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | cut -c1-80))";;
    esac
  done | sort -u | head -n 5 | tr '\n' ';'
}
"#;

pub fn parse(stdout: &str) -> Scan {
    let mut scan = Scan::default();
    for (section, body) in sections(stdout) {
        match section {
            "os" => scan.os = platform::os_release(body),
            "boot" => {
                let mut lines = body.lines();
                scan.boot_id = lines.next().unwrap_or("").trim().to_string();
                scan.reboot_required = lines.any(|l| l.trim() == "reboot-required");
            }
            "manager" => scan.manager = body.trim().to_string(),
            "refresh" => {
                let body = body.trim();
                if body != "ok" {
                    scan.refresh_error = Some(body.replace('\n', " "));
                }
            }
            "installed" => scan.installed = apt::parse_installed(body),
            "rpm-installed" => scan.installed = dnf::parse_installed(body),
            "rpm-upgradable" => scan.updates = dnf::parse_upgradable(body, &scan.installed),
            "rpm-advisories" => dnf::apply_advisories(body, &mut scan.updates),
            "rpm-advisory-dates" => dnf::apply_dates(body, &mut scan.updates),
            "rpm-install" => scan.install = Some(apt::parse_install(body)),
            "times" => {
                let times = apt::parse_times(body);
                for p in &mut scan.installed {
                    p.installed_at = times.get(&p.name).copied();
                }
            }
            "upgradable" => scan.updates = apt::parse_upgradable(body, &scan.installed),
            "policy" => apt::apply_policy(body, &mut scan.updates),
            "install" => scan.install = Some(apt::parse_install(body)),
            _ => {}
        }
    }
    scan.platform = platform::detect(&scan.os);
    scan
}

fn sections(stdout: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = stdout;
    while let Some(at) = rest.find(MARK) {
        let after = &rest[at + MARK.len()..];
        let (name, body_start) = match after.find('\n') {
            Some(nl) => (&after[..nl], &after[nl + 1..]),
            None => (after, ""),
        };
        let end = body_start.find(MARK).unwrap_or(body_start.len());
        out.push((name.trim(), &body_start[..end]));
        rest = &body_start[end..];
    }
    out
}
