//! AWS-RunPatchBaseline with the real dnf and rpm on a RHEL-family test host: a private-root
//! fleet host whose os-release says RHEL, an rpm database of its own, and a local repository
//! the test builds with rpmbuild and createrepo_c, with an updateinfo.xml of a security and a
//! bugfix advisory (classification and severity come from there).

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::json;
use std::path::Path;
use std::process::Command;

fn sh(script: &str) {
    let out = Command::new("sh").arg("-c").arg(script).output().unwrap();
    assert!(
        out.status.success(),
        "{script}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// ssmctl-sec 1.0-1 → 1.1-1 (security advisory, Important, old enough for the 7-day delay),
/// ssmctl-fix 1.0-1 → 1.1-1 (bugfix advisory), ssmctl-plain 1.0-1 → 2.0-1 (no advisory).
fn repo(base: &Path) -> std::path::PathBuf {
    let repo = base.join("rpm-repo");
    let top = base.join("rpmbuild");
    std::fs::create_dir_all(&repo).unwrap();
    for (name, version) in [
        ("ssmctl-sec", "1.0"),
        ("ssmctl-sec", "1.1"),
        ("ssmctl-fix", "1.0"),
        ("ssmctl-fix", "1.1"),
        ("ssmctl-plain", "1.0"),
        ("ssmctl-plain", "2.0"),
    ] {
        let spec = base.join(format!("{name}-{version}.spec"));
        std::fs::write(
            &spec,
            format!("Name: {name}\nVersion: {version}\nRelease: 1\nSummary: ssmctl test\nLicense: MIT\nBuildArch: noarch\n%description\nssmctl patching test package\n%files\n"),
        )
        .unwrap();
        sh(&format!(
            "rpmbuild -bb --define '_topdir {}' --define '_rpmdir {}' {} >/dev/null 2>&1",
            top.display(),
            repo.display(),
            spec.display()
        ));
    }
    sh(&format!("createrepo_c -q {}", repo.display()));
    let advisory = |id: &str, kind: &str, severity: &str, name: &str| {
        format!(
            r#" <update from="tests@example.invalid" status="stable" type="{kind}" version="1">
  <id>{id}</id><title>{name}</title><severity>{severity}</severity>
  <issued date="2020-01-01 00:00:00"/><updated date="2020-01-02 00:00:00"/>
  <pkglist><collection short="t"><name>t</name>
   <package name="{name}" version="1.1" release="1" epoch="0" arch="noarch"><filename>noarch/{name}-1.1-1.noarch.rpm</filename></package>
  </collection></pkglist>
 </update>
"#
        )
    };
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<updates>\n{}{}</updates>\n",
        advisory("TEST-2020:0001", "security", "Important", "ssmctl-sec"),
        advisory("TEST-2020:0002", "bugfix", "", "ssmctl-fix")
    );
    let info = base.join("updateinfo.xml");
    std::fs::write(&info, xml).unwrap();
    sh(&format!("modifyrepo_c {} {}/repodata >/dev/null", info.display(), repo.display()));
    repo
}

#[test]
fn scan_and_install_on_a_dnf_host_with_classification_and_severity_from_updateinfo() {
    let mut fleet = Fleet::start(0);
    fleet.add_private_root("rhel-1");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    let repo = repo(env.path());
    env.run_on(
        "rhel-1",
        &format!(
            "printf 'NAME=\"Red Hat Enterprise Linux\"\\nID=\"rhel\"\\nID_LIKE=\"fedora\"\\nVERSION_ID=\"9.4\"\\n' >/etc/os-release && \
             rm -f /etc/yum.repos.d/* 2>/dev/null; mkdir -p /etc/yum.repos.d && \
             printf '[test]\\nname=test\\nbaseurl=file://{}\\ngpgcheck=0\\nenabled=1\\n' >/etc/yum.repos.d/test.repo && \
             dnf -q -y --releasever=9 install ssmctl-sec-1.0-1.noarch ssmctl-fix-1.0-1.noarch ssmctl-plain-1.0-1.noarch >/dev/null 2>&1",
            repo.display()
        ),
    );
    let installed =
        || env.run_on("rhel-1", "rpm -q ssmctl-sec ssmctl-fix ssmctl-plain | tr '\\n' ' '").trim().to_string();
    assert_eq!(installed(), "ssmctl-sec-1.0-1.noarch ssmctl-fix-1.0-1.noarch ssmctl-plain-1.0-1.noarch");

    let scan = env.run(&[
        "send-command",
        "--document-name",
        "AWS-RunPatchBaseline",
        "--instance-ids",
        "rhel-1",
        "--parameters",
        "Operation=Scan",
    ]);
    assert_eq!(scan.json()["Command"]["Status"], "Success", "{}{}", scan.stdout, scan.stderr);
    let s = env.ok(&["describe-instance-patch-states", "--instance-ids", "rhel-1"]).json()["InstancePatchStates"][0]
        .clone();
    assert_eq!(
        s["BaselineId"],
        env.ok(&["get-default-patch-baseline", "--operating-system", "REDHAT_ENTERPRISE_LINUX"]).json()["BaselineId"]
    );
    assert_eq!(s["MissingCount"], 2, "security Important and bugfix: {s}");
    let missing = env
        .ok(&["describe-instance-patches", "--instance-id", "rhel-1", "--filters", "Key=State,Values=Missing"])
        .json();
    let mut rows: Vec<(String, String, String)> = missing["Patches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["Title"].as_str().unwrap().into(),
                p["Classification"].as_str().unwrap().into(),
                p["Severity"].as_str().unwrap().into(),
            )
        })
        .collect();
    rows.sort();
    assert_eq!(
        rows,
        [
            ("ssmctl-fix.noarch:0:1.1-1".to_string(), "Bugfix".to_string(), String::new()),
            ("ssmctl-sec.noarch:0:1.1-1".to_string(), "Security".to_string(), "Important".to_string())
        ]
    );
    assert_eq!(
        installed(),
        "ssmctl-sec-1.0-1.noarch ssmctl-fix-1.0-1.noarch ssmctl-plain-1.0-1.noarch",
        "Scan installs nothing"
    );
    // What the scan saw, through the RHEL default: both advisories approved, the rest pending.
    let effective = env
        .ok(&["describe-effective-patches-for-patch-baseline", "--baseline-id", "AWS-RedHatDefaultPatchBaseline"])
        .json();
    let mut statuses: Vec<(String, String, String)> = effective["EffectivePatches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["Patch"]["Id"].as_str().unwrap().into(),
                e["Patch"]["Classification"].as_str().unwrap().into(),
                e["PatchStatus"]["DeploymentStatus"].as_str().unwrap().into(),
            )
        })
        .collect();
    statuses.sort();
    let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    assert_eq!(
        statuses,
        [
            t("ssmctl-fix.noarch:0:1.1-1", "Bugfix", "APPROVED"),
            t("ssmctl-plain.noarch:0:2.0-1", "", "PENDING_APPROVAL"),
            t("ssmctl-sec.noarch:0:1.1-1", "Security", "APPROVED")
        ]
    );
    let sev = env
        .ok(&["describe-patch-properties", "--operating-system", "REDHAT_ENTERPRISE_LINUX", "--property", "SEVERITY"])
        .json();
    assert_eq!(sev["Properties"], json!([{"Name": "Important"}]));

    let run = env.run(&[
        "send-command",
        "--document-name",
        "AWS-RunPatchBaseline",
        "--instance-ids",
        "rhel-1",
        "--parameters",
        "Operation=Install,RebootOption=NoReboot",
    ]);
    assert_eq!(run.json()["Command"]["Status"], "Success", "{}{}", run.stdout, run.stderr);
    assert_eq!(
        installed(),
        "ssmctl-sec-1.1-1.noarch ssmctl-fix-1.1-1.noarch ssmctl-plain-1.0-1.noarch",
        "no advisory, not approved"
    );
    let s = env.ok(&["describe-instance-patch-states", "--instance-ids", "rhel-1"]).json()["InstancePatchStates"][0]
        .clone();
    assert_eq!((&s["MissingCount"], &s["FailedCount"]), (&json!(0), &json!(0)), "{s}");
    // A baseline approving everything but rejecting ssmctl-plain with BLOCK: it stays out.
    let file = env.path().join("override.json");
    std::fs::write(
        &file,
        json!({
            "OperatingSystem": "REDHAT_ENTERPRISE_LINUX",
            "ApprovalRules": {"PatchRules": [{
                "PatchFilterGroup": {"PatchFilters": [{"Key": "PRODUCT", "Values": ["*"]}]},
                "ApproveAfterDays": 0,
                "EnableNonSecurity": true
            }]},
            "RejectedPatches": ["ssmctl-plain"],
            "RejectedPatchesAction": "BLOCK"
        })
        .to_string(),
    )
    .unwrap();
    let params = format!("Operation=Install,RebootOption=NoReboot,BaselineOverride={}", file.display());
    let run = env.run(&[
        "send-command",
        "--document-name",
        "AWS-RunPatchBaseline",
        "--instance-ids",
        "rhel-1",
        "--parameters",
        &params,
    ]);
    assert_eq!(run.json()["Command"]["Status"], "Success", "{}{}", run.stdout, run.stderr);
    assert_eq!(installed(), "ssmctl-sec-1.1-1.noarch ssmctl-fix-1.1-1.noarch ssmctl-plain-1.0-1.noarch");
    let s = env.ok(&["describe-instance-patch-states", "--instance-ids", "rhel-1"]).json()["InstancePatchStates"][0]
        .clone();
    assert_eq!(s["InstalledRejectedCount"], 1, "{s}");
    // This machine's rpm database (Debian's rpm keeps it in ~/.rpmdb) never saw them.
    let here = Command::new("rpm").args(["-q", "ssmctl-sec"]).output().unwrap();
    assert!(!here.status.success(), "ssmctl-sec reached this machine's rpm database");
}
