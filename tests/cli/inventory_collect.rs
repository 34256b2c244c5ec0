//! AWS-GatherSoftwareInventory on the sshd fleet: collected with the host's own tools, stored
//! per host and type, asked the AWS way. The fleet's hosts are this machine, so what the
//! collector reports is compared with this machine's own dpkg-query.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::{Value, json};
use std::collections::BTreeSet;

fn setup(n: usize) -> (Env, Fleet) {
    let fleet = Fleet::start(n);
    let env = Env::new();
    let inv = fleet.write_inventory();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    (env, fleet)
}

/// What dpkg says is installed here: state `i` (or an installed package's trigger states).
fn dpkg_installed() -> BTreeSet<String> {
    let out = std::process::Command::new("dpkg-query")
        .args(["-W", "-f=${db:Status-Abbrev}\t${Package}\n"])
        .output()
        .expect("dpkg-query (this suite runs on Debian)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(|(abbrev, _)| matches!(abbrev.as_bytes().get(1), Some(b'i' | b'W' | b't')))
        .map(|(_, name)| name.to_string())
        .collect()
}

fn captures(env: &Env) -> Vec<(String, String, String)> {
    let db = rusqlite::Connection::open(&env.db).unwrap();
    let mut st = db
        .prepare("SELECT instance_id, type_name, content_hash FROM inventory_snapshots ORDER BY instance_id, type_name, stored")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
}

#[test]
fn an_inventory_association_collects_what_dpkg_says_and_get_inventory_finds_it() {
    let (env, _fleet) = setup(2);
    let d = env.ok(&["describe-document", "--name", "AWS-GatherSoftwareInventory"]).json();
    let params: Vec<&str> =
        d["Document"]["Parameters"].as_array().unwrap().iter().map(|p| p["Name"].as_str().unwrap()).collect();
    for p in [
        "applications",
        "awsComponents",
        "files",
        "networkConfig",
        "instanceDetailedInformation",
        "services",
        "customInventory",
    ] {
        assert!(params.contains(&p), "{p}: {params:?}");
    }
    env.ok(&[
        "create-association",
        "--name",
        "AWS-GatherSoftwareInventory",
        "--targets",
        "Key=InstanceIds,Values=*",
        "--schedule-expression",
        "rate(1 day)",
        "--association-name",
        "inventory",
    ]);
    let r = env.run(&["apply-due"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.json()["Runs"][0]["Status"], "Success");

    // list-inventory-entries has no paginator in AWS's model: follow NextToken by hand.
    let mut names: BTreeSet<String> = BTreeSet::new();
    let mut token: Option<String> = None;
    loop {
        let mut a = vec!["list-inventory-entries", "--instance-id", "node-1", "--type-name", "AWS:Application"];
        if let Some(t) = &token {
            a.extend(["--next-token", t.as_str()]);
        }
        let page = env.ok(&a).json();
        names.extend(page["Entries"].as_array().unwrap().iter().map(|e| e["Name"].as_str().unwrap().to_string()));
        match page["NextToken"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(names, dpkg_installed(), "exactly what dpkg-query reports installed");
    let hosts = env
        .ok(&[
            "get-inventory",
            "--filters",
            "Key=AWS:Application.Name,Values=openssh-server,Type=Equal",
            "--query",
            "Entities[].Id",
        ])
        .json();
    assert_eq!(hosts, json!(["node-1", "node-2"]));
    let agg = env.ok(&["get-inventory", "--aggregators", "Expression=AWS:Application.Name"]).json();
    let content = agg["Entities"][0]["Data"]["AWS:Application"]["Content"].as_array().unwrap().clone();
    assert!(content.contains(&json!({"Name": "openssh-server", "Count": "2"})), "{content:?}");
    let net = env.ok(&["list-inventory-entries", "--instance-id", "node-2", "--type-name", "AWS:Network"]).json();
    let lo: Vec<&Value> = net["Entries"].as_array().unwrap().iter().filter(|e| e["Name"] == "lo").collect();
    assert!(lo.iter().any(|e| e["IPV4"] == "127.0.0.1" && e["SubnetMask"] == "255.0.0.0"), "{net}");
    assert!(
        lo.iter().any(|e| e["IPV6"] == "::1" && e["SubnetMask"] == "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        "{net}"
    );
    let info =
        env.ok(&["list-inventory-entries", "--instance-id", "node-1", "--type-name", "AWS:InstanceInformation"]).json();
    assert_eq!(info["Entries"][0]["InstanceId"], "node-1");
    assert_eq!(info["Entries"][0]["AgentType"], "ssmctl");
    // The run's output says what was collected, not the raw data.
    let ex =
        env.ok(&["list-commands", "--query", "Commands[0].CommandId", "--output", "text"]).stdout.trim().to_string();
    let out = env.ok(&["get-command-invocation", "--command-id", &ex, "--instance-id", "node-1"]).json();
    let text = out["StandardOutputContent"].as_str().unwrap();
    assert!(text.contains(&format!("AWS:Application: {} entries, stored", names.len())), "{text}");

    // ssmctl's own answers: versions compared as dpkg compares them.
    let installed =
        std::process::Command::new("dpkg-query").args(["-W", "-f=${Version}", "openssh-server"]).output().unwrap();
    let version = String::from_utf8_lossy(&installed.stdout).to_string();
    let hosts_of = |relation: &str, v: &str| {
        env.ok(&["find-package-hosts", "--name", "openssh-server", relation, v, "--query", "Hosts[].InstanceId"]).json()
    };
    assert_eq!(hosts_of("--at", &version), json!(["node-1", "node-2"]));
    // An epoch beats any version without one; `~` sorts before the release.
    assert_eq!(hosts_of("--below", "99:0"), json!(["node-1", "node-2"]));
    assert_eq!(hosts_of("--above", "99:0"), json!([]));
    assert_eq!(hosts_of("--above", &format!("{version}~")), json!(["node-1", "node-2"]));
    let line = env.fails(&["find-package-hosts", "--name", "openssh-server"], 252);
    assert!(line.contains("--below") || line.contains("required"), "{line}");
    let bom = env.ok(&["export-sbom", "--instance-id", "node-1"]).json();
    assert_eq!((bom["bomFormat"].as_str(), bom["specVersion"].as_str()), (Some("CycloneDX"), Some("1.5")));
    let components = bom["components"].as_array().unwrap();
    assert_eq!(components.len(), names.len());
    let ssh = components.iter().find(|c| c["name"] == "openssh-server").unwrap();
    assert!(ssh["purl"].as_str().unwrap().starts_with("pkg:deb/debian/openssh-server@"), "{ssh}");
    let line = env.fails(&["export-sbom", "--instance-id", "ghost"], 254);
    assert!(line.contains("(InvalidInstanceId)"), "{line}");

    // Nothing changed: a second run rewrites no snapshot.
    let before = captures(&env);
    let id = env
        .ok(&["list-associations", "--query", "Associations[0].AssociationId", "--output", "text"])
        .stdout
        .trim()
        .to_string();
    env.ok(&["start-associations-once", "--association-ids", &id]);
    assert_eq!(captures(&env), before, "an unchanged second run stores nothing");

    // On demand, by send-command: recorded like any other run, with a gatherer turned off.
    let r = env.run(&[
        "send-command",
        "--document-name",
        "AWS-GatherSoftwareInventory",
        "--instance-ids",
        "node-1",
        "--parameters",
        "applications=Disabled,awsComponents=Disabled,services=Disabled",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let cid = r.json()["Command"]["CommandId"].as_str().unwrap().to_string();
    let out = env.ok(&["get-command-invocation", "--command-id", &cid, "--instance-id", "node-1"]).json();
    let text = out["StandardOutputContent"].as_str().unwrap();
    assert!(!text.contains("AWS:Application") && text.contains("AWS:Network"), "{text}");
}

fn collect_applications(env: &Env, host: &str) {
    let r = env.run(&["send-command", "--document-name", "AWS-GatherSoftwareInventory", "--instance-ids", host]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.json()["Command"]["Status"], "Success", "{}", r.stdout);
}

fn probe_entries(env: &Env, host: &str) -> Vec<Value> {
    let out = env
        .ok(&[
            "list-inventory-entries",
            "--instance-id",
            host,
            "--type-name",
            "AWS:Application",
            "--filters",
            "Key=Name,Values=ssmctl-probe,Type=Equal",
        ])
        .json();
    out["Entries"].as_array().unwrap().clone()
}

/// The seeds' false-positive: a Debian package removed but not purged (dpkg state `rc`, its
/// conffile left) is not installed, so it leaves AWS:Application. Done with the real dpkg on a
/// host whose /etc and dpkg database are its own (a private mount namespace).
#[test]
fn a_package_removed_but_not_purged_leaves_the_inventory() {
    let mut fleet = Fleet::start(1);
    fleet.add_private_root("own-1");
    let env = Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());

    // A package with one conffile, built here (dpkg-deb writes only into the test's dir).
    let pkg = env.path().join("pkg");
    std::fs::create_dir_all(pkg.join("DEBIAN")).unwrap();
    std::fs::create_dir_all(pkg.join("etc")).unwrap();
    std::fs::write(
        pkg.join("DEBIAN/control"),
        "Package: ssmctl-probe\nVersion: 1.0-1\nArchitecture: all\nMaintainer: ssmctl tests <tests@example.invalid>\n\
         Description: ssmctl inventory test package\n",
    )
    .unwrap();
    std::fs::write(pkg.join("DEBIAN/conffiles"), "/etc/ssmctl-probe.conf\n").unwrap();
    std::fs::write(pkg.join("etc/ssmctl-probe.conf"), "probe=1\n").unwrap();
    let deb = env.path().join("ssmctl-probe.deb");
    let st = std::process::Command::new("dpkg-deb")
        .args(["--root-owner-group", "--build"])
        .arg(&pkg)
        .arg(&deb)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("dpkg-deb (this suite runs on Debian)");
    assert!(st.success(), "dpkg-deb --build failed");

    env.run_on("own-1", &format!("dpkg -i {} >/dev/null", deb.display()));
    collect_applications(&env, "own-1");
    let installed = probe_entries(&env, "own-1");
    assert_eq!(installed.len(), 1, "{installed:?}");
    assert_eq!((&installed[0]["Version"], &installed[0]["Architecture"]), (&json!("1.0-1"), &json!("all")));

    // Removed, not purged: the host's dpkg still knows it (rc), inventory does not list it.
    let state = env.run_on("own-1",
        "dpkg -r ssmctl-probe >/dev/null && dpkg-query -W -f='${db:Status-Abbrev}' ssmctl-probe && test -f /etc/ssmctl-probe.conf && echo conffile-kept",
    );
    assert_eq!(state.trim_end(), "rc conffile-kept");
    collect_applications(&env, "own-1");
    assert_eq!(probe_entries(&env, "own-1"), Vec::<Value>::new());
    let db = rusqlite::Connection::open(&env.db).unwrap();
    let apps: i64 = db
        .query_row(
            "SELECT count(*) FROM inventory_snapshots WHERE instance_id = 'own-1' AND type_name = 'AWS:Application'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(apps, 2, "the removal is a new capture; the first is kept as history");

    // This machine never saw any of it, and neither did the fleet's other host.
    let here = std::process::Command::new("dpkg-query").args(["-W", "ssmctl-probe"]).output().unwrap();
    assert!(!here.status.success(), "ssmctl-probe reached this machine's dpkg database");
    assert!(!std::path::Path::new("/etc/ssmctl-probe.conf").exists());
    assert_eq!(env.run_on("node-1", "dpkg-query -W ssmctl-probe 2>&1 || echo unknown").lines().last(), Some("unknown"));
}
