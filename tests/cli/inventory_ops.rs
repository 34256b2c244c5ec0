//! Inventory operations on stored data: put-inventory and list-inventory-entries. They
//! contact no host (put-inventory is what a host's collector, or a user, reports), so these
//! tests need an inventory file, not a fleet; the collector's own tests run on the sshd fleet.

use crate::support::Env;
use serde_json::{Value, json};

fn setup() -> Env {
    let env = Env::new();
    let inv = env.path().join("inventory.yaml");
    std::fs::write(
        &inv,
        "hosts:\n  web-1: {tags: {Role: web, Env: prod}, groups: [frontend]}\n  db-1: {tags: {Role: db}}\n",
    )
    .unwrap();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    env
}

fn item(type_name: &str, version: &str, content: Value) -> Value {
    json!({"TypeName": type_name, "SchemaVersion": version, "CaptureTime": "2026-01-02T03:04:05Z", "Content": content})
}

fn put(env: &Env, host: &str, items: Value) -> crate::support::Run {
    let file = env.path().join("put.json");
    std::fs::write(&file, json!({"InstanceId": host, "Items": items}).to_string()).unwrap();
    env.run(&["put-inventory", "--cli-input-json", &format!("file://{}", file.display())])
}

fn put_fails(env: &Env, host: &str, items: Value, code: &str) -> String {
    let r = put(env, host, items);
    assert_eq!(r.code, 254, "{code}: {}{}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert!(lines[0].contains(&format!("({code}) when calling the PutInventory operation")), "{}", lines[0]);
    lines[0].to_string()
}

fn snapshots(env: &Env, host: &str, type_name: &str) -> Vec<String> {
    let db = rusqlite::Connection::open(&env.db).unwrap();
    let mut st = db
        .prepare(
            "SELECT content_hash FROM inventory_snapshots WHERE instance_id = ?1 AND type_name = ?2 ORDER BY stored",
        )
        .unwrap();
    st.query_map([host, type_name], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

#[test]
fn put_then_list_keeps_history_and_rewrites_nothing_unchanged() {
    let env = setup();
    let racks = json!([{"Rack": "A1", "Slot": "7"}, {"Rack": "A2", "Slot": "12"}, {"Rack": "B1", "Slot": "3"}]);
    let r = put(&env, "web-1", json!([item("Custom:RackInfo", "1.0", racks.clone())]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["Message"], "1 items taken: 1 stored, 0 unchanged");
    let out = env.ok(&["list-inventory-entries", "--instance-id", "web-1", "--type-name", "Custom:RackInfo"]).json();
    assert_eq!(out["Entries"], racks);
    assert_eq!(
        (out["SchemaVersion"].as_str(), out["CaptureTime"].as_str()),
        (Some("1.0"), Some("2026-01-02T03:04:05Z"))
    );
    // The same content again: nothing rewritten.
    assert_eq!(
        put(&env, "web-1", json!([item("Custom:RackInfo", "1.0", racks.clone())])).json()["Message"],
        "1 items taken: 0 stored, 1 unchanged"
    );
    assert_eq!(snapshots(&env, "web-1", "Custom:RackInfo").len(), 1);
    // Changed content: a second capture, the first kept as history; reads see the latest.
    let moved = json!([{"Rack": "C9", "Slot": "1"}]);
    put(&env, "web-1", json!([item("Custom:RackInfo", "1.0", moved.clone())]));
    assert_eq!(snapshots(&env, "web-1", "Custom:RackInfo").len(), 2);
    let out = env.ok(&["list-inventory-entries", "--instance-id", "web-1", "--type-name", "Custom:RackInfo"]).json();
    assert_eq!(out["Entries"], moved);
    // A given ContentHash decides, as AWS: the same hash is "unchanged" whatever the content.
    let mut same_hash = item("Custom:RackInfo", "1.0", json!([{"Rack": "Z", "Slot": "0"}]));
    same_hash["ContentHash"] = json!("abc");
    put(&env, "web-1", json!([same_hash.clone()]));
    assert_eq!(put(&env, "web-1", json!([same_hash])).json()["Message"], "1 items taken: 0 stored, 1 unchanged");
    // Nothing collected for a type: no entries, no capture time.
    let out = env.ok(&["list-inventory-entries", "--instance-id", "db-1", "--type-name", "AWS:Application"]).json();
    assert_eq!(out, json!({"TypeName": "AWS:Application", "InstanceId": "db-1", "Entries": []}));
}

#[test]
fn list_filters_pagination_and_the_inventory_files_types() {
    let env = setup();
    let apps = json!([
        {"Name": "nginx", "Version": "1.22.1", "Size": "900"},
        {"Name": "nginx-common", "Version": "1.22.1", "Size": "80"},
        {"Name": "openssh-server", "Version": "9.2p1", "Size": "1500"},
    ]);
    assert_eq!(put(&env, "web-1", json!([item("AWS:Application", "1.1", apps)])).code, 0);
    let names = |filters: &[&str]| -> Vec<String> {
        let mut a = vec![
            "list-inventory-entries",
            "--instance-id",
            "web-1",
            "--type-name",
            "AWS:Application",
            "--query",
            "Entries[].Name",
        ];
        if !filters.is_empty() {
            a.push("--filters");
            a.extend_from_slice(filters);
        }
        env.ok(&a).json().as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&["Key=Name,Values=nginx,Type=Equal"]), ["nginx"]);
    assert_eq!(names(&["Key=Name,Values=nginx,Type=BeginWith"]), ["nginx", "nginx-common"]);
    assert_eq!(names(&["Key=Name,Values=nginx,Type=NotEqual"]), ["nginx-common", "openssh-server"]);
    // Numbers compare as numbers: 900 < 1000 although "900" > "1000" as text.
    assert_eq!(names(&["Key=Size,Values=1000,Type=LessThan"]), ["nginx", "nginx-common"]);
    assert_eq!(names(&["Key=Size,Values=1000,Type=GreaterThan"]), ["openssh-server"]);
    assert_eq!(names(&["Key=Name,Values=nginx,Type=BeginWith", "Key=Size,Values=100,Type=LessThan"]), ["nginx-common"]);
    let line = env.fails(
        &[
            "list-inventory-entries",
            "--instance-id",
            "web-1",
            "--type-name",
            "AWS:Application",
            "--filters",
            "Key=Name,Values=x,Type=Exists",
        ],
        254,
    );
    assert!(line.contains("(InvalidFilter)"), "{line}");
    // Pagination.
    let page = env
        .ok(&[
            "list-inventory-entries",
            "--instance-id",
            "web-1",
            "--type-name",
            "AWS:Application",
            "--max-results",
            "2",
        ])
        .json();
    assert_eq!(page["Entries"].as_array().unwrap().len(), 2);
    let token = page["NextToken"].as_str().unwrap().to_string();
    let rest = env
        .ok(&[
            "list-inventory-entries",
            "--instance-id",
            "web-1",
            "--type-name",
            "AWS:Application",
            "--next-token",
            &token,
        ])
        .json();
    assert_eq!(rest["Entries"][0]["Name"], "openssh-server");
    let line = env.fails(
        &[
            "list-inventory-entries",
            "--instance-id",
            "web-1",
            "--type-name",
            "AWS:Application",
            "--next-token",
            "garbage!",
        ],
        254,
    );
    assert!(line.contains("(InvalidNextToken)"), "{line}");
    // AWS:Tag and AWS:ResourceGroup are the inventory file's.
    let tags = env.ok(&["list-inventory-entries", "--instance-id", "web-1", "--type-name", "AWS:Tag"]).json();
    assert_eq!(tags["Entries"], json!([{"Key": "Role", "Value": "web"}, {"Key": "Env", "Value": "prod"}]));
    let groups =
        env.ok(&["list-inventory-entries", "--instance-id", "web-1", "--type-name", "AWS:ResourceGroup"]).json();
    assert_eq!(groups["Entries"][0]["Name"], "frontend");
    // Reading errors.
    let line = env.fails(&["list-inventory-entries", "--instance-id", "ghost", "--type-name", "AWS:Application"], 254);
    assert!(line.contains("(InvalidInstanceId)"), "{line}");
    let line = env.fails(&["list-inventory-entries", "--instance-id", "web-1", "--type-name", "AWS:Bogus"], 254);
    assert!(line.contains("(InvalidTypeNameException)"), "{line}");
}

#[test]
fn put_inventory_errors_reach_their_aws_codes() {
    let env = setup();
    let one = json!([{"A": "1"}]);
    put_fails(&env, "ghost", json!([item("Custom:X", "1.0", one.clone())]), "InvalidInstanceId");
    // The model's pattern `^(AWS|Custom):.*$` refuses other prefixes before the operation.
    put_fails(&env, "web-1", json!([item("custom:X", "1.0", one.clone())]), "ValidationException");
    for bad in ["Custom:", "Custom:-x", "AWS:Bogus", "AWS:Tag", "AWS:ResourceGroup"] {
        put_fails(&env, "web-1", json!([item(bad, "1.0", one.clone())]), "InvalidTypeNameException");
    }
    let mut with_context = item("Custom:X", "1.0", one.clone());
    with_context["Context"] = json!({"k": "v"});
    put_fails(&env, "web-1", json!([with_context]), "UnsupportedInventoryItemContextException");
    put_fails(
        &env,
        "web-1",
        json!([item("Custom:X", "1.0", json!([{"A": "1"}, {"B": "2"}]))]),
        "ItemContentMismatchException",
    );
    let wide: serde_json::Map<String, Value> = (0..51).map(|i| (format!("a{i}"), json!("v"))).collect();
    let line = put_fails(&env, "web-1", json!([item("Custom:X", "1.0", json!([wide]))]), "InvalidItemContentException");
    assert!(line.contains("51 attributes"), "{line}");
    // A value over 4,096 characters is the model's limit.
    put_fails(&env, "web-1", json!([item("Custom:X", "1.0", json!([{"A": "x".repeat(4097)}]))]), "ValidationException");
    // A value that is no string is the AWS CLI's own refusal, before any request.
    let r = put(&env, "web-1", json!([item("Custom:X", "1.0", json!([{"A": 1}]))]));
    assert_eq!(r.code, 252, "{}", r.stderr);
    put_fails(
        &env,
        "web-1",
        json!([item("Custom:X", "1.0", one.clone()), item("Custom:X", "1.0", one.clone())]),
        "InvalidItemContentException",
    );
    // A type's attributes are fixed per schema version; a higher version may change them,
    // a lower one is refused.
    assert_eq!(put(&env, "web-1", json!([item("Custom:X", "1.0", one.clone())])).code, 0);
    put_fails(&env, "web-1", json!([item("Custom:X", "1.0", json!([{"B": "1"}]))]), "ItemContentMismatchException");
    assert_eq!(put(&env, "web-1", json!([item("Custom:X", "1.10", json!([{"B": "1"}]))])).code, 0);
    put_fails(
        &env,
        "web-1",
        json!([item("Custom:X", "1.9", json!([{"B": "2"}]))]),
        "UnsupportedInventorySchemaVersionException",
    );
    // Sizes: one type over 3,072 KB; one request over 10,240 KB.
    let big =
        |kb: usize| json!((0..kb).map(|i| json!({"K": format!("{i:04}{}", "x".repeat(1020))})).collect::<Vec<_>>());
    put_fails(&env, "web-1", json!([item("Custom:Big", "1.0", big(3100))]), "ItemSizeLimitExceededException");
    put_fails(
        &env,
        "web-1",
        json!([0, 1, 2, 3].iter().map(|i| item(&format!("Custom:Big{i}"), "1.0", big(2900))).collect::<Vec<_>>()),
        "TotalSizeLimitExceededException",
    );
    // At most 20 custom types (Custom:X is the first).
    for i in 1..20 {
        assert_eq!(put(&env, "web-1", json!([item(&format!("Custom:T{i}"), "1.0", one.clone())])).code, 0, "type {i}");
    }
    put_fails(
        &env,
        "web-1",
        json!([item("Custom:T20", "1.0", one.clone())]),
        "CustomSchemaCountLimitExceededException",
    );
    // The model's own limits: at most 30 items.
    let many: Vec<Value> = (0..31).map(|i| item(&format!("Custom:T{i}"), "1.0", one.clone())).collect();
    let r = put(&env, "web-1", json!(many));
    assert_eq!(r.code, 254, "{}", r.stderr);
    assert!(r.stderr.contains("(ValidationException)") && r.stderr.contains("30"), "{}", r.stderr);
    // Nothing of a refused request was stored.
    assert!(snapshots(&env, "web-1", "Custom:T20").is_empty());
    assert!(snapshots(&env, "web-1", "Custom:Big0").is_empty());
}

#[test]
fn delete_inventory_options_dry_run_and_the_deletions_record() {
    let env = setup();
    let one = json!([{"A": "1"}]);
    for host in ["web-1", "db-1"] {
        assert_eq!(put(&env, host, json!([item("Custom:Gone", "1.0", one.clone())])).code, 0);
    }
    // Dry run: the summary, nothing deleted, nothing recorded.
    let dry = env.ok(&["delete-inventory", "--type-name", "Custom:Gone", "--dry-run"]).json();
    assert_eq!(
        dry["DeletionSummary"],
        json!({"TotalCount": 2, "RemainingCount": 2, "SummaryItems": [{"Version": "1.0", "Count": 2, "RemainingCount": 2}]})
    );
    assert!(dry.get("DeletionId").is_none());
    assert_eq!(snapshots(&env, "web-1", "Custom:Gone").len(), 1);
    // DisableSchema: the data goes, data of that version is refused, a higher version is taken.
    let token = "0b5c7a3e-8f5e-4a53-9a4e-2f1d7c6b5a40";
    let d = env
        .ok(&[
            "delete-inventory",
            "--type-name",
            "Custom:Gone",
            "--schema-delete-option",
            "DisableSchema",
            "--client-token",
            token,
        ])
        .json();
    let id = d["DeletionId"].as_str().unwrap().to_string();
    assert_eq!(d["DeletionSummary"]["RemainingCount"], 0);
    assert!(snapshots(&env, "web-1", "Custom:Gone").is_empty());
    let again = env
        .ok(&[
            "delete-inventory",
            "--type-name",
            "Custom:Gone",
            "--schema-delete-option",
            "DisableSchema",
            "--client-token",
            token,
        ])
        .json();
    assert_eq!(again["DeletionId"], json!(id), "the same ClientToken is the same deletion");
    put_fails(
        &env,
        "web-1",
        json!([item("Custom:Gone", "1.0", one.clone())]),
        "UnsupportedInventorySchemaVersionException",
    );
    assert_eq!(put(&env, "web-1", json!([item("Custom:Gone", "2.0", one.clone())])).code, 0);
    // DeleteSchema: the type and its data.
    env.ok(&["delete-inventory", "--type-name", "Custom:Gone", "--schema-delete-option", "DeleteSchema"]);
    assert!(snapshots(&env, "web-1", "Custom:Gone").is_empty());
    assert_eq!(
        put(&env, "web-1", json!([item("Custom:Gone", "1.0", one.clone())])).code,
        0,
        "a deleted type starts over"
    );
    // The record.
    let all = env.ok(&["describe-inventory-deletions"]).json();
    assert_eq!(all["InventoryDeletions"].as_array().unwrap().len(), 2);
    let mine = env.ok(&["describe-inventory-deletions", "--deletion-id", &id]).json();
    let d = &mine["InventoryDeletions"][0];
    assert_eq!((d["TypeName"].as_str(), d["LastStatus"].as_str()), (Some("Custom:Gone"), Some("Complete")));
    assert!(d["LastStatusMessage"].as_str().unwrap().contains("disabled"), "{d}");
    // Errors.
    for (args, code) in [
        (
            vec!["describe-inventory-deletions", "--deletion-id", "0b5c7a3e-8f5e-4a53-9a4e-2f1d7c6b5a41"],
            "InvalidDeletionIdException",
        ),
        (vec!["delete-inventory", "--type-name", "AWS:Application"], "InvalidTypeNameException"),
        (vec!["delete-inventory", "--type-name", "Custom:NeverPut"], "InvalidTypeNameException"),
        (
            vec!["delete-inventory", "--type-name", "Custom:Other", "--client-token", token],
            "InvalidDeleteInventoryParametersException",
        ),
    ] {
        let line = env.fails(&args, 254);
        assert!(line.contains(&format!("({code})")), "{args:?}: {line}");
    }
}

#[test]
fn get_inventory_filters_result_attributes_aggregators_groups_and_schema() {
    let env = setup();
    let app = |name: &str, version: &str| json!({"Name": name, "Version": version});
    put(
        &env,
        "web-1",
        json!([item("AWS:Application", "1.1", json!([app("openssh-server", "9.2"), app("nginx", "1.22")]))]),
    );
    put(
        &env,
        "db-1",
        json!([item("AWS:Application", "1.1", json!([app("openssh-server", "9.2"), app("postgresql", "15")]))]),
    );
    put(
        &env,
        "db-1",
        json!([item(
            "Custom:Disk",
            "1.0",
            json!([{"Mount": "/", "FreeGB": "20"}, {"Mount": "/data", "FreeGB": "300"}])
        )]),
    );
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["get-inventory", "--query", "Entities[].Id"];
        a.extend_from_slice(args);
        env.ok(&a).json().as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(ids(&["--filters", "Key=AWS:Application.Name,Values=openssh-server,Type=Equal"]), ["web-1", "db-1"]);
    assert_eq!(ids(&["--filters", "Key=AWS:Application.Name,Values=nginx"]), ["web-1"]);
    assert_eq!(ids(&["--filters", "Key=AWS:Application.Name,Values=post,Type=BeginWith"]), ["db-1"]);
    assert_eq!(ids(&["--filters", "Key=Custom:Disk.FreeGB,Values=100,Type=GreaterThan"]), ["db-1"]);
    assert_eq!(ids(&["--filters", "Key=AWS:InstanceInformation.InstanceId,Values=db-1"]), ["db-1"]);
    assert_eq!(ids(&["--filters", "Key=AWS:Tag.Value,Values=web"]), ["web-1"]);
    assert_eq!(ids(&[]), ["web-1", "db-1"], "every host has AWS:InstanceInformation");
    // ResultAttributes: the data of that type.
    let r = env.ok(&["get-inventory", "--result-attributes", "TypeName=Custom:Disk"]).json();
    assert_eq!(r["Entities"].as_array().unwrap().len(), 1);
    assert_eq!(r["Entities"][0]["Data"]["Custom:Disk"]["Content"][1]["Mount"], "/data");
    // Aggregators: hosts counted by value; nested ones add attributes of the same type.
    let agg = env.ok(&["get-inventory", "--aggregators", "Expression=AWS:Application.Name"]).json();
    let content = &agg["Entities"][0]["Data"]["AWS:Application"]["Content"];
    assert_eq!(content[0], json!({"Name": "openssh-server", "Count": "2"}));
    assert_eq!(content.as_array().unwrap().len(), 3);
    let nested = env
        .ok(&[
            "get-inventory",
            "--aggregators",
            r#"[{"Expression":"AWS:Application.Name","Aggregators":[{"Expression":"AWS:Application.Version"}]}]"#,
        ])
        .json();
    assert_eq!(
        nested["Entities"][0]["Data"]["AWS:Application"]["Content"][0],
        json!({"Name": "openssh-server", "Version": "9.2", "Count": "2"})
    );
    let groups = env
        .ok(&[
            "get-inventory",
            "--aggregators",
            r#"[{"Groups":[{"Name":"HasDisk","Filters":[{"Key":"TypeName","Values":["Custom:Disk"],"Type":"Exists"}]}]}]"#,
        ])
        .json();
    assert_eq!(
        groups["Entities"][0]["Data"]["Groups"]["Content"][0],
        json!({"Name": "HasDisk", "MatchingCount": "1", "NotMatchingCount": "1"})
    );
    // Pagination.
    let page = env.ok(&["get-inventory", "--max-results", "1", "--no-paginate"]).json();
    assert_eq!(page["Entities"].as_array().unwrap().len(), 1);
    assert!(page["NextToken"].is_string());
    assert_eq!(env.ok(&["get-inventory", "--max-items", "1", "--query", "length(Entities)"]).json(), json!(1));
    // Errors.
    for (args, code) in [
        (vec!["get-inventory", "--filters", "Key=AWS:Application,Values=x"], "InvalidFilter"),
        (vec!["get-inventory", "--filters", "Key=AWS:Application.Colour,Values=x"], "InvalidFilter"),
        (vec!["get-inventory", "--filters", "Key=AWS:Bogus.Name,Values=x"], "InvalidFilter"),
        (vec!["get-inventory", "--aggregators", "Expression=AWS:Application"], "InvalidAggregatorException"),
        (
            vec![
                "get-inventory",
                "--aggregators",
                r#"[{"Expression":"AWS:Application.Name","Aggregators":[{"Expression":"Custom:Disk.Mount"}]}]"#,
            ],
            "InvalidAggregatorException",
        ),
        (
            vec![
                "get-inventory",
                "--aggregators",
                r#"[{"Groups":[{"Name":"G","Filters":[{"Key":"TypeName","Values":["AWS:Nope"],"Type":"Exists"}]}]}]"#,
            ],
            "InvalidInventoryGroupException",
        ),
        (vec!["get-inventory", "--result-attributes", "TypeName=AWS:Nope"], "InvalidResultAttributeException"),
        (vec!["get-inventory", "--next-token", "garbage!"], "InvalidNextToken"),
    ] {
        let line = env.fails(&args, 254);
        assert!(line.contains(&format!("({code})")), "{args:?}: {line}");
    }
    // The schema: AWS's types, the custom ones as put, a prefix.
    let schema = env.ok(&["get-inventory-schema", "--type-name", "Custom:"]).json();
    assert_eq!(
        schema["Schemas"],
        json!([{"TypeName": "Custom:Disk", "Version": "1.0", "Attributes": [{"Name": "FreeGB", "DataType": "STRING"}, {"Name": "Mount", "DataType": "STRING"}]}])
    );
    let file = env.ok(&["get-inventory-schema", "--type-name", "AWS:File"]).json();
    assert!(
        file["Schemas"][0]["Attributes"].as_array().unwrap().contains(&json!({"Name": "Size", "DataType": "NUMBER"}))
    );
    let all = env.ok(&["get-inventory-schema", "--query", "length(Schemas)"]).json();
    assert!(all.as_i64().unwrap() >= 14, "{all}");
    assert_eq!(env.ok(&["get-inventory-schema", "--sub-type", "--query", "length(Schemas)"]).json(), json!(0));
}

#[test]
fn describe_instance_information_takes_platform_members_from_the_latest_capture() {
    let env = setup();
    let before = env.ok(&["describe-instance-information", "--filters", "Key=InstanceIds,Values=db-1"]).json();
    let info = &before["InstanceInformationList"][0];
    assert_eq!(info["InstanceId"], "db-1");
    assert!(info.get("PlatformName").is_none(), "{info}");
    let captured = json!([{
        "AgentType": "ssmctl", "ComputerName": "db-1.example.internal", "InstanceId": "db-1",
        "IpAddress": "10.1.2.3", "PlatformName": "Rocky Linux", "PlatformType": "Linux",
        "PlatformVersion": "9.4", "ResourceType": "ManagedInstance"
    }]);
    assert_eq!(put(&env, "db-1", json!([item("AWS:InstanceInformation", "1.0", captured)])).code, 0);
    let after = env.ok(&["describe-instance-information", "--filters", "Key=InstanceIds,Values=db-1"]).json();
    let info = &after["InstanceInformationList"][0];
    assert_eq!(
        (&info["PlatformName"], &info["PlatformVersion"], &info["ComputerName"], &info["IPAddress"]),
        (&json!("Rocky Linux"), &json!("9.4"), &json!("db-1.example.internal"), &json!("10.1.2.3"))
    );
    // The filter on platform type reads the same member.
    let linux = env.ok(&["describe-instance-information", "--filters", "Key=PlatformTypes,Values=Linux"]).json();
    let ids: Vec<&str> = linux["InstanceInformationList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["InstanceId"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"db-1"), "{ids:?}");
}
