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
