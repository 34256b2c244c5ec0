//! `ssmctl doctor`: the self-check.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;

fn checks(v: &Value) -> Vec<(String, String)> {
    v["Checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["Check"].as_str().unwrap().to_string(), c["Status"].as_str().unwrap().to_string()))
        .collect()
}

fn status(v: &Value, check: &str) -> String {
    checks(v).into_iter().find(|(c, _)| c == check).map(|(_, s)| s).unwrap_or_else(|| panic!("no {check} in {v}"))
}

#[test]
fn doctor_reports_state_database_inventory_ssh_key_and_hosts() {
    let mut fleet = Fleet::start(2);
    fleet.add_refused("gone");
    let env = Env::new();
    env.var("XDG_CONFIG_HOME", env.path().join("config").to_str().unwrap());
    let r = env.ok(&["doctor"]).json();
    assert_eq!(status(&r, "state"), "WARN", "no state file yet: {r}");
    assert_eq!(status(&r, "sqlite"), "OK");
    assert_eq!(status(&r, "ssh"), "OK");
    env.ok(&["list-documents"]);
    let r = env.ok(&["doctor"]).json();
    assert_eq!((status(&r, "state"), status(&r, "database")), ("OK".into(), "OK".into()), "{r}");
    // Loose permissions are named.
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = env.ok(&["doctor"]).json();
    assert_eq!(status(&r, "state"), "WARN");
    // A broken inventory fails the check and the exit code (253).
    let bad = env.path().join("bad.yaml");
    std::fs::write(&bad, "hosts:\n  web-1: {port: 70000}\n").unwrap();
    let out = env.run(&["doctor", "--inventory", bad.to_str().unwrap()]);
    assert_eq!(out.code, 253);
    assert_eq!(status(&out.json(), "inventory"), "FAIL");
    // --hosts connects to each host of the inventory.
    let inv = fleet.write_inventory();
    let r = env.run(&["doctor", "--hosts", "--inventory", inv.to_str().unwrap()]);
    assert_eq!(r.code, 253, "a host does not answer");
    let v = r.json();
    assert_eq!(status(&v, "host node-1"), "OK");
    assert_eq!(status(&v, "host node-2"), "OK");
    assert_eq!(status(&v, "host gone"), "FAIL");
}
