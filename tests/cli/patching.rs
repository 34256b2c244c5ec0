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

struct Repos {
    main: PathBuf,
    security: PathBuf,
}

impl Repos {
    /// ssmctl-sec 1.0-1 (and its security update 1.1-1, which asks for a reboot) and
    /// ssmctl-plain 1.0-1 and 2.0-1, a normal update.
    fn new(base: &Path) -> Repos {
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

fn run_on(env: &Env, host: &str, script: &str) -> String {
    let params = json!({"commands": [script]}).to_string();
    let r = env.run(&[
        "send-command",
        "--document-name",
        "AWS-RunShellScript",
        "--instance-ids",
        host,
        "--parameters",
        &params,
    ]);
    let cid = r.json()["Command"]["CommandId"].as_str().map(str::to_string);
    let Some(cid) = cid else { panic!("{script}: {}{}", r.stdout, r.stderr) };
    let out = env.ok(&["get-command-invocation", "--command-id", &cid, "--instance-id", host]).json();
    assert_eq!(out["Status"], "Success", "{script}: {out}");
    out["StandardOutputContent"].as_str().unwrap().to_string()
}

/// Points the host's apt at the two test repositories only, and installs the old versions.
fn provision(env: &Env, host: &str, repos: &Repos) {
    run_on(
        env,
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

fn installed(env: &Env, host: &str) -> String {
    run_on(env, host, "dpkg-query -W -f='${Package}=${Version} ' ssmctl-sec ssmctl-plain").trim().to_string()
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
    let before = run_on(&env, "deb-1", "cat /proc/sys/kernel/random/boot_id");
    let (inv, _) = patch(&env, "deb-1", &["Operation=Install"]);
    assert_eq!(inv["Status"], "Success", "{inv}");
    let after = run_on(&env, "deb-1", "cat /proc/sys/kernel/random/boot_id; cat /var/log/ssmctl-test-reboots");
    assert_ne!(before.trim(), after.lines().next().unwrap().trim(), "rebooted: {after}");
    assert_eq!(
        item_states(&env, "deb-1"),
        [s3("ssmctl-plain.all", "Installed", "COMPLIANT"), s3("ssmctl-sec.all", "Installed", "COMPLIANT")]
    );
}
