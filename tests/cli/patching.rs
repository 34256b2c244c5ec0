//! AWS-RunPatchBaseline with the real apt and dpkg, on fleet hosts whose /etc, /usr, /var and
//! /run are their own (private mount namespaces: this machine is never patched), against local
//! apt repositories the test builds from packages it makes with dpkg-deb: a normal archive and
//! a security archive, with versions before and after.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds `name_version_all.deb` in `dir`; `postinst` runs after it is configured.
fn deb(dir: &Path, name: &str, version: &str, postinst: Option<&str>) -> PathBuf {
    let root = dir.join(format!("build-{name}-{version}"));
    std::fs::create_dir_all(root.join("DEBIAN")).unwrap();
    std::fs::write(
        root.join("DEBIAN/control"),
        format!(
            "Package: {name}\nVersion: {version}\nArchitecture: all\nMaintainer: ssmctl tests <tests@example.invalid>\n\
             Priority: optional\nSection: misc\nDescription: ssmctl patching test package\n"
        ),
    )
    .unwrap();
    if let Some(script) = postinst {
        let p = root.join("DEBIAN/postinst");
        std::fs::write(&p, format!("#!/bin/sh\nset -e\n{script}\n")).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = dir.join(format!("{name}_{version}_all.deb"));
    let st = Command::new("dpkg-deb")
        .args(["--root-owner-group", "--build"])
        .arg(&root)
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("dpkg-deb (this suite runs on Debian)");
    assert!(st.success(), "dpkg-deb --build {name} {version}");
    out
}

/// (Re)writes a flat apt repository in `dir` from the .deb files in it: Packages and a
/// Release naming its suite (a `…-security` suite makes it a security archive).
fn index(dir: &Path, suite: &str, label: &str) {
    let script = format!(
        r#"set -e
cd {dir}
: >Packages
for f in *.deb; do
  dpkg-deb -f "$f" Package Version Architecture Maintainer Priority Section Description >>Packages
  printf 'Filename: ./%s\nSize: %s\nSHA256: %s\n\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)" >>Packages
done
{{
  printf 'Origin: Debian\nLabel: {label}\nSuite: {suite}\nCodename: {suite}\nDate: %s\nSHA256:\n' "$(date -u -R)"
  printf ' %s %s Packages\n' "$(sha256sum Packages | cut -d' ' -f1)" "$(stat -c %s Packages)"
}} >Release
"#,
        dir = dir.display()
    );
    let out = Command::new("sh").arg("-c").arg(&script).output().unwrap();
    assert!(out.status.success(), "index {}: {}", dir.display(), String::from_utf8_lossy(&out.stderr));
}

pub struct Repos {
    main: PathBuf,
    security: PathBuf,
}

impl Repos {
    /// ssmctl-sec 1.0-1 (and its security update 1.1-1, which asks for a reboot) and
    /// ssmctl-plain 1.0-1 and 2.0-1, a normal update.
    pub fn new(base: &Path) -> Repos {
        let main = base.join("repo-main");
        let security = base.join("repo-security");
        std::fs::create_dir_all(&main).unwrap();
        std::fs::create_dir_all(&security).unwrap();
        deb(&main, "ssmctl-sec", "1.0-1", None);
        deb(&main, "ssmctl-plain", "1.0-1", None);
        deb(&main, "ssmctl-plain", "2.0-1", None);
        deb(&security, "ssmctl-sec", "1.1-1", Some("touch /run/reboot-required"));
        index(&main, "stable", "Debian");
        index(&security, "stable-security", "Debian-Security");
        Repos { main, security }
    }
}

/// Points the host's apt at the two test repositories only, and installs the old versions.
pub fn provision(env: &Env, host: &str, repos: &Repos) {
    env.run_on(
        host,
        &format!(
            "rm -f /etc/apt/sources.list /etc/apt/sources.list.d/* && \
             echo 'deb [trusted=yes] file:{} ./' >/etc/apt/sources.list.d/test.list && \
             echo 'deb [trusted=yes] file:{} ./' >>/etc/apt/sources.list.d/test.list && \
             apt-get -q update >/dev/null && \
             DEBIAN_FRONTEND=noninteractive apt-get install -y -q ssmctl-sec=1.0-1 ssmctl-plain=1.0-1 >/dev/null && \
             rm -f /run/reboot-required",
            repos.main.display(),
            repos.security.display()
        ),
    );
}

pub fn installed(env: &Env, host: &str) -> String {
    env.run_on(host, "dpkg-query -W -f='${Package}=${Version} ' ssmctl-sec ssmctl-plain").trim().to_string()
}

fn patch(env: &Env, host: &str, params: &[&str]) -> (Value, String) {
    let mut a = vec!["send-command", "--document-name", "AWS-RunPatchBaseline", "--instance-ids", host, "--parameters"];
    let joined = params.join(",");
    a.push(&joined);
    let r = env.run(&a);
    let cmd = r.json()["Command"].clone();
    let cid = cmd["CommandId"].as_str().unwrap_or_else(|| panic!("{}{}", r.stdout, r.stderr)).to_string();
    let inv = env.ok(&["get-command-invocation", "--command-id", &cid, "--instance-id", host]).json();
    (inv, r.stderr)
}

fn item_states(env: &Env, host: &str) -> Vec<(String, String, String)> {
    let out = env
        .ok(&[
            "list-compliance-items",
            "--resource-ids",
            host,
            "--resource-types",
            "ManagedInstance",
            "--filters",
            "Key=ComplianceType,Values=Patch",
        ])
        .json();
    let mut v: Vec<(String, String, String)> = out["ComplianceItems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["Id"].as_str().unwrap().starts_with("ssmctl-"))
        .map(|i| {
            (
                i["Id"].as_str().unwrap().to_string(),
                i["Details"]["PatchState"].as_str().unwrap().to_string(),
                i["Status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

fn s3(a: &str, b: &str, c: &str) -> (String, String, String) {
    (a.into(), b.into(), c.into())
}

#[test]
fn scan_then_install_with_the_debian_default_baseline() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("deb-1");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let repos = Repos::new(env.path());
    provision(&env, "deb-1", &repos);
    assert_eq!(installed(&env, "deb-1"), "ssmctl-plain=1.0-1 ssmctl-sec=1.0-1");

    let (inv, _) = patch(&env, "deb-1", &["Operation=Scan"]);
    assert_eq!(inv["Status"], "Success", "{inv}");
    assert_eq!(installed(&env, "deb-1"), "ssmctl-plain=1.0-1 ssmctl-sec=1.0-1", "Scan changes nothing");
    assert_eq!(
        item_states(&env, "deb-1"),
        [s3("ssmctl-plain.all", "Installed", "COMPLIANT"), s3("ssmctl-sec.all", "Missing", "NON_COMPLIANT")]
    );

    let (inv, _) = patch(&env, "deb-1", &["Operation=Install", "RebootOption=NoReboot"]);
    assert_eq!(inv["Status"], "Success", "{inv}");
    assert_eq!(installed(&env, "deb-1"), "ssmctl-plain=1.0-1 ssmctl-sec=1.1-1", "only the security update");
    assert_eq!(
        item_states(&env, "deb-1"),
        [
            s3("ssmctl-plain.all", "Installed", "COMPLIANT"),
            s3("ssmctl-sec.all", "InstalledPendingReboot", "NON_COMPLIANT")
        ]
    );
    // The pending reboot is kept for the next operation: RebootIfNeeded reboots for it.
    let before = env.run_on("deb-1", "cat /proc/sys/kernel/random/boot_id");
    let (inv, _) = patch(&env, "deb-1", &["Operation=Install"]);
    assert_eq!(inv["Status"], "Success", "{inv}");
    let after = env.run_on("deb-1", "cat /proc/sys/kernel/random/boot_id; cat /var/log/ssmctl-test-reboots");
    assert_ne!(before.trim(), after.lines().next().unwrap().trim(), "rebooted: {after}");
    assert_eq!(
        item_states(&env, "deb-1"),
        [s3("ssmctl-plain.all", "Installed", "COMPLIANT"), s3("ssmctl-sec.all", "Installed", "COMPLIANT")]
    );
}

fn states(env: &Env, host: &str) -> Value {
    env.ok(&["describe-instance-patch-states", "--instance-ids", host]).json()["InstancePatchStates"][0].clone()
}

fn approve_all_blocking(env: &Env, rejected: &str) -> String {
    let file = env.path().join("override.json");
    std::fs::write(
        &file,
        json!([{
            "BaselineId": "pb-0123456789abcdef0",
            "OperatingSystem": "DEBIAN",
            "ApprovalRules": {"PatchRules": [{
                "PatchFilterGroup": {"PatchFilters": [{"Key": "PRODUCT", "Values": ["*"]}]},
                "ComplianceLevel": "HIGH",
                "EnableNonSecurity": true
            }]},
            "RejectedPatches": [rejected],
            "RejectedPatchesAction": "BLOCK"
        }])
        .to_string(),
    )
    .unwrap();
    file.display().to_string()
}

/// A baseline approving every update (BaselineOverride), with a rejected package kept out
/// (BLOCK); and one SnapshotId giving two hosts the same version although the repository
/// gained a newer one between their operations.
#[test]
fn approve_all_block_a_rejected_package_and_one_snapshot_for_two_hosts() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("deb-a");
    fleet.add_private_root("deb-b");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let repos = Repos::new(env.path());
    provision(&env, "deb-a", &repos);
    provision(&env, "deb-b", &repos);
    let file = approve_all_blocking(&env, "ssmctl-sec");
    let snapshot = "7c4f2d1e-3b5a-4c6d-9e8f-0a1b2c3d4e5f";
    let over = format!("BaselineOverride={file}");
    let snap = format!("SnapshotId={snapshot}");
    let args = ["Operation=Install", "RebootOption=NoReboot", over.as_str(), snap.as_str()];

    let (inv, _) = patch(&env, "deb-a", &args);
    assert_eq!(inv["Status"], "Success", "{inv}");
    assert_eq!(installed(&env, "deb-a"), "ssmctl-plain=2.0-1 ssmctl-sec=1.0-1", "the rejected one kept out");
    let s = states(&env, "deb-a");
    assert_eq!(
        (&s["InstalledRejectedCount"], &s["MissingCount"], &s["SnapshotId"], &s["BaselineId"], &s["Operation"]),
        (&json!(1), &json!(0), &json!(snapshot), &json!("pb-0123456789abcdef0"), &json!("Install")),
        "{s}"
    );
    assert!(s["LastNoRebootInstallOperationTime"].is_string(), "{s}");
    let rejected = env
        .ok(&["describe-instance-patches", "--instance-id", "deb-a", "--filters", "Key=State,Values=InstalledRejected"])
        .json();
    let titles: Vec<&str> =
        rejected["Patches"].as_array().unwrap().iter().map(|p| p["Title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["ssmctl-sec.all:1.0-1"]);

    // The repository gains ssmctl-plain 3.0-1: the snapshot still gives deb-b 2.0-1.
    deb(&repos.main, "ssmctl-plain", "3.0-1", None);
    index(&repos.main, "stable", "Debian");
    let (inv, _) = patch(&env, "deb-b", &args);
    assert_eq!(inv["Status"], "Success", "{inv}");
    assert_eq!(installed(&env, "deb-b"), "ssmctl-plain=2.0-1 ssmctl-sec=1.0-1", "the snapshot's version");
    // A new operation (no SnapshotId) sees the newer version as missing.
    let (inv, _) = patch(&env, "deb-b", &["Operation=Scan", over.as_str()]);
    assert_eq!(inv["Status"], "Success", "{inv}");
    let missing = env
        .ok(&["describe-instance-patches", "--instance-id", "deb-b", "--filters", "Key=State,Values=Missing"])
        .json();
    let titles: Vec<&str> =
        missing["Patches"].as_array().unwrap().iter().map(|p| p["Title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["ssmctl-plain.all:3.0-1"]);
    assert_eq!(missing["Patches"][0]["InstalledTime"].as_str().map(|t| t.starts_with("1970-01-01")), Some(true));
}

/// The seeds' weekly association: `Operation=Install` at its cron time (pinned with --at)
/// leaves every targeted host compliant; the update asks for a reboot, the host reboots,
/// comes back with a new boot id, and the states show Installed, not pending.
#[test]
fn the_weekly_install_association_patches_and_reboots_the_fleet() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("web-a");
    fleet.add_private_root("web-b");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let repos = Repos::new(env.path());
    provision(&env, "web-a", &repos);
    provision(&env, "web-b", &repos);
    let boots: Vec<String> = ["web-a", "web-b"]
        .iter()
        .map(|h| env.run_on(h, "cat /proc/sys/kernel/random/boot_id").trim().to_string())
        .collect();
    env.ok(&[
        "create-association",
        "--name",
        "AWS-RunPatchBaseline",
        "--targets",
        "Key=tag:Root,Values=private",
        "--schedule-expression",
        "cron(0 3 ? * SUN *)",
        "--parameters",
        "Operation=Install",
        "--association-name",
        "weekly-patching",
    ]);
    // The next Sunday 03:00 UTC after now.
    use chrono::{Datelike, Duration, Timelike};
    let now = chrono::Utc::now();
    let mut at = (now + Duration::days(1)).with_hour(3).unwrap().with_minute(0).unwrap().with_second(0).unwrap();
    while at.weekday() != chrono::Weekday::Sun {
        at += Duration::days(1);
    }
    let at = at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let r = env.run(&["apply-due", "--at", &at]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.json()["Runs"][0]["Status"], "Success", "{}", r.stdout);
    for (host, boot) in ["web-a", "web-b"].iter().zip(&boots) {
        assert_eq!(installed(&env, host), "ssmctl-plain=1.0-1 ssmctl-sec=1.1-1");
        let now_boot = env.run_on(host, "cat /proc/sys/kernel/random/boot_id").trim().to_string();
        assert_ne!(&now_boot, boot, "{host} rebooted");
        let s = states(&env, host);
        assert_eq!(
            (&s["MissingCount"], &s["InstalledPendingRebootCount"], &s["FailedCount"], &s["RebootOption"]),
            (&json!(0), &json!(0), &json!(0), &json!("RebootIfNeeded")),
            "{s}"
        );
        assert!(item_states(&env, host).iter().all(|(_, _, status)| status == "COMPLIANT"), "{host}");
    }
    // Nothing more is due until next week.
    let again = env.ok(&["apply-due", "--at", &at]).json();
    assert_eq!(again["Runs"].as_array().map(Vec::len), Some(0), "{again}");
}

/// Two patch operations never run on one host at once, and a package manager lock held by
/// someone else is waited for, then named.
#[test]
fn the_patch_lock_and_the_package_managers_lock() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("deb-l");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let repos = Repos::new(env.path());
    provision(&env, "deb-l", &repos);

    // Another operation (another controller, say) holds the host's patch lock.
    env.run_on(
        "deb-l",
        "mkdir -p /run/lock/ssmctl-patch && echo \"other-op $(date +%s)\" >/run/lock/ssmctl-patch/owner",
    );
    let (inv, _) = patch(&env, "deb-l", &["Operation=Install"]);
    assert_eq!(inv["Status"], "Failed", "{inv}");
    let err = inv["StandardErrorContent"].as_str().unwrap();
    assert!(err.contains("another patch operation (other-op"), "{err}");
    assert_eq!(installed(&env, "deb-l"), "ssmctl-plain=1.0-1 ssmctl-sec=1.0-1", "nothing done");
    env.run_on("deb-l", "rm -rf /run/lock/ssmctl-patch");

    // dpkg's frontend lock held (as apt holds it, a POSIX lock) for longer than ssmctl waits.
    env.run_on("deb-l",
        "nohup python3 -c 'import fcntl,time; f=open(\"/var/lib/dpkg/lock-frontend\",\"w\"); fcntl.lockf(f, fcntl.LOCK_EX); time.sleep(30)' \
         </dev/null >/dev/null 2>&1 & echo $! >/run/lock-holder.pid; sleep 1",
    );
    env.var("SSMCTL_PATCH_LOCK_TIMEOUT", "2");
    let (inv, _) = patch(&env, "deb-l", &["Operation=Install", "RebootOption=NoReboot"]);
    assert_eq!(inv["Status"], "Failed", "{inv}");
    let out = inv["StandardOutputContent"].as_str().unwrap();
    assert!(out.contains("lock held by: pid") && out.contains("python3"), "{out}");
    assert!(out.contains("Failed: ssmctl-sec.all:1.1-1"), "{out}");
    let s = states(&env, "deb-l");
    assert_eq!(s["FailedCount"], 1, "{s}");
    // Released: the next operation runs.
    env.run_on("deb-l", "kill $(cat /run/lock-holder.pid)");
    let (inv, _) = patch(&env, "deb-l", &["Operation=Scan"]);
    assert_eq!(inv["Status"], "Success", "{inv}");
}

/// Run Command's exit code 194: the host reboots (only a private-root test host's reboot
/// here), and the script runs again once it is back.
#[test]
fn exit_194_reboots_and_runs_the_script_again() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("deb-r");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let before = env.run_on("deb-r", "cat /proc/sys/kernel/random/boot_id");
    let script = "if [ -e /var/tmp/ssmctl-194 ]; then echo second run; else touch /var/tmp/ssmctl-194; echo first run; exit 194; fi";
    let out = env.run_on("deb-r", script);
    assert_eq!(out, "first run\nsecond run\n");
    let after = env.run_on("deb-r", "cat /proc/sys/kernel/random/boot_id; wc -l </var/log/ssmctl-test-reboots");
    let mut lines = after.lines();
    assert_ne!(lines.next(), Some(before.trim()));
    assert_eq!(lines.next().map(str::trim), Some("1"), "one reboot");
}

/// The host's `Patch Group` tag picks the baseline registered for that group: one approving
/// every update installs both; the group's state and the hosts' states answer by group.
#[test]
fn a_patch_group_baseline_approving_all_installs_both() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("deb-g");
    fleet.add_private_root("deb-d");
    fleet.tag("deb-g", "Patch Group", "everything");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let repos = Repos::new(env.path());
    provision(&env, "deb-g", &repos);
    provision(&env, "deb-d", &repos);
    let rules = json!({"PatchRules": [{
        "PatchFilterGroup": {"PatchFilters": [{"Key": "PRODUCT", "Values": ["*"]}]},
        "ComplianceLevel": "CRITICAL",
        "EnableNonSecurity": true
    }]})
    .to_string();
    let id = env
        .ok(&[
            "create-patch-baseline",
            "--name",
            "everything",
            "--operating-system",
            "DEBIAN",
            "--approval-rules",
            &rules,
            "--query",
            "BaselineId",
            "--output",
            "text",
        ])
        .stdout
        .trim()
        .to_string();
    env.ok(&["register-patch-baseline-for-patch-group", "--baseline-id", &id, "--patch-group", "everything"]);

    // Scan both: the grouped host misses two critical patches, the other one (its OS default).
    for h in ["deb-g", "deb-d"] {
        assert_eq!(patch(&env, h, &["Operation=Scan"]).0["Status"], "Success");
    }
    let g = states(&env, "deb-g");
    assert_eq!(
        (&g["BaselineId"], &g["PatchGroup"], &g["MissingCount"], &g["CriticalNonCompliantCount"]),
        (&json!(id), &json!("everything"), &json!(2), &json!(2)),
        "{g}"
    );
    assert_eq!(states(&env, "deb-d")["MissingCount"], 1);
    let group = env.ok(&["describe-patch-group-state", "--patch-group", "everything"]).json();
    assert_eq!((&group["Instances"], &group["InstancesWithMissingPatches"]), (&json!(1), &json!(1)), "{group}");
    let missing_two = env
        .ok(&[
            "describe-instance-patch-states-for-patch-group",
            "--patch-group",
            "everything",
            "--filters",
            "Key=MissingCount,Values=1,Type=GreaterThan",
        ])
        .json();
    assert_eq!(missing_two["InstancePatchStates"][0]["InstanceId"], "deb-g");
    let none = env
        .ok(&[
            "describe-instance-patch-states-for-patch-group",
            "--patch-group",
            "everything",
            "--filters",
            "Key=MissingCount,Values=2,Type=GreaterThan",
        ])
        .json();
    assert_eq!(none["InstancePatchStates"], json!([]));
    let bad = env.fails(
        &[
            "describe-instance-patch-states-for-patch-group",
            "--patch-group",
            "everything",
            "--filters",
            "Key=Bogus,Values=1,Type=Equal",
        ],
        254,
    );
    assert!(bad.contains("(InvalidFilter)"), "{bad}");
    let bad = env.fails(&["describe-instance-patches", "--instance-id", "nope"], 254);
    assert!(bad.contains("(InvalidInstanceId)"), "{bad}");

    // What the scans saw, through the baselines: the group's approves both updates, the
    // Debian default only the security one.
    let effective = |baseline: &str| -> Vec<(String, String)> {
        let out = env.ok(&["describe-effective-patches-for-patch-baseline", "--baseline-id", baseline]).json();
        out["EffectivePatches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["Patch"]["Id"].as_str().unwrap().to_string(),
                    e["PatchStatus"]["DeploymentStatus"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(effective(&id), [pair("ssmctl-plain.all:2.0-1", "APPROVED"), pair("ssmctl-sec.all:1.1-1", "APPROVED")]);
    assert_eq!(
        effective("AWS-DebianDefaultPatchBaseline"),
        [pair("ssmctl-plain.all:2.0-1", "PENDING_APPROVAL"), pair("ssmctl-sec.all:1.1-1", "APPROVED")]
    );
    let products =
        env.ok(&["describe-patch-properties", "--operating-system", "DEBIAN", "--property", "PRODUCT"]).json();
    let expected_product = format!("Debian{}", env.run_on("deb-g", ". /etc/os-release; echo ${VERSION_ID%%.*}").trim());
    assert_eq!(products["Properties"], json!([{"Name": expected_product}]));
    let priorities =
        env.ok(&["describe-patch-properties", "--operating-system", "DEBIAN", "--property", "PRIORITY"]).json();
    assert!(priorities["Properties"].as_array().unwrap().contains(&json!({"Name": "Optional"})), "{priorities}");

    assert_eq!(patch(&env, "deb-g", &["Operation=Install", "RebootOption=NoReboot"]).0["Status"], "Success");
    assert_eq!(installed(&env, "deb-g"), "ssmctl-plain=2.0-1 ssmctl-sec=1.1-1", "both installed");
}
