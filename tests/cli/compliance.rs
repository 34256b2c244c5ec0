//! Compliance: put-compliance-items, list-compliance-items, list-compliance-summaries and
//! list-resource-compliance-summaries, against an inventory of local hosts (no SSH needed).

use crate::support::Env;
use serde_json::{Value, json};

const INVENTORY: &str = "hosts:
  web-1: {connection: local}
  web-2: {connection: local}
  db-1: {connection: local}
";

fn env() -> Env {
    let env = Env::new();
    let inv = env.path().join("inventory.yaml");
    std::fs::write(&inv, INVENTORY).unwrap();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    env
}

/// put-compliance-items on `host`, type `ctype`, at `time`, with shorthand `items` and any
/// `extra` flags; requires success and no output, as the AWS CLI prints nothing.
fn put(env: &Env, host: &str, ctype: &str, time: &str, items: &[&str], extra: &[&str]) {
    let summary = format!("ExecutionTime={time}");
    let mut args = vec![
        "put-compliance-items",
        "--resource-id",
        host,
        "--resource-type",
        "ManagedInstance",
        "--compliance-type",
        ctype,
        "--execution-summary",
        &summary,
        "--items",
    ];
    args.extend_from_slice(items);
    args.extend_from_slice(extra);
    let r = env.ok(&args);
    assert_eq!(r.stdout, "", "put-compliance-items prints nothing");
}

/// A put that must fail with `code` (exit 254); returns the error line.
fn put_fails(env: &Env, args: &[&str], code: &str) -> String {
    let mut a = vec!["put-compliance-items"];
    a.extend_from_slice(args);
    let line = env.fails(&a, 254);
    assert!(
        line.starts_with(&format!("An error occurred ({code}) when calling the PutComplianceItems operation: ")),
        "{line}"
    );
    line
}

fn items(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut a = vec!["list-compliance-items"];
    a.extend_from_slice(args);
    env.ok(&a).json()["ComplianceItems"].as_array().unwrap().clone()
}

/// (ResourceId, ComplianceType, Id) of each item.
fn keys(items: &[Value]) -> Vec<(String, String, String)> {
    items
        .iter()
        .map(|i| {
            (
                i["ResourceId"].as_str().unwrap().to_string(),
                i["ComplianceType"].as_str().unwrap().to_string(),
                i["Id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn ids(items: &[Value]) -> Vec<String> {
    items.iter().map(|i| i["Id"].as_str().unwrap().to_string()).collect()
}

fn key(r: &str, t: &str, id: &str) -> (String, String, String) {
    (r.to_string(), t.to_string(), id.to_string())
}

#[test]
fn put_complete_then_partial_replaces_and_upserts() {
    let env = env();
    put(
        &env,
        "web-1",
        "Custom:AVCheck",
        "2026-03-01T10:00:00Z",
        &[
            "Id=a,Title=Engine,Severity=HIGH,Status=COMPLIANT",
            "Id=b,Severity=LOW,Status=NON_COMPLIANT,Details={Engine=2.1,Signatures=old}",
            "Id=c,Severity=CRITICAL,Status=COMPLIANT",
        ],
        &[],
    );
    put(&env, "web-1", "Custom:Disk", "2026-03-01T10:00:00Z", &["Id=root,Severity=MEDIUM,Status=COMPLIANT"], &[]);
    put(&env, "web-2", "Custom:AVCheck", "2026-03-01T10:00:00Z", &["Id=a,Severity=HIGH,Status=COMPLIANT"], &[]);

    let got = items(&env, &["--resource-ids", "web-1", "--resource-types", "ManagedInstance"]);
    assert_eq!(
        keys(&got),
        [
            key("web-1", "Custom:AVCheck", "a"),
            key("web-1", "Custom:AVCheck", "b"),
            key("web-1", "Custom:AVCheck", "c"),
            key("web-1", "Custom:Disk", "root"),
        ]
    );
    assert_eq!(
        got[0],
        json!({
            "ComplianceType": "Custom:AVCheck",
            "ResourceType": "ManagedInstance",
            "ResourceId": "web-1",
            "Id": "a",
            "Title": "Engine",
            "Status": "COMPLIANT",
            "Severity": "HIGH",
            "ExecutionSummary": {"ExecutionTime": "2026-03-01T10:00:00.000000+00:00"},
            "Details": {}
        })
    );
    // Absent members are omitted; details keep their order.
    assert!(got[1].get("Title").is_none());
    assert_eq!(got[1]["Details"], json!({"Engine": "2.1", "Signatures": "old"}));
    assert_eq!(serde_json::to_string(&got[1]["Details"]).unwrap(), r#"{"Engine":"2.1","Signatures":"old"}"#);

    // PARTIAL: b replaced, d added, a and c kept with their own execution summary.
    put(
        &env,
        "web-1",
        "Custom:AVCheck",
        "2026-03-02T08:30:00+02:00",
        &["Id=b,Severity=LOW,Status=COMPLIANT", "Id=d,Severity=INFORMATIONAL,Status=NON_COMPLIANT"],
        &["--upload-type", "PARTIAL"],
    );
    // The execution summary may also be JSON, with an id and a type.
    let got = items(&env, &["--resource-ids", "web-1", "--filters", "Key=ComplianceType,Values=Custom:AVCheck"]);
    assert_eq!(ids(&got), ["a", "b", "c", "d"]);
    assert_eq!(got[0]["ExecutionSummary"]["ExecutionTime"], "2026-03-01T10:00:00.000000+00:00");
    assert_eq!(got[1]["Status"], "COMPLIANT");
    assert_eq!(got[1]["Details"], json!({}), "a replaced item keeps nothing of the old one");
    assert_eq!(got[1]["ExecutionSummary"]["ExecutionTime"], "2026-03-02T06:30:00.000000+00:00");
    assert_eq!(got[3]["Severity"], "INFORMATIONAL");

    // COMPLETE (the default, and explicit): everything of that host and type replaced, nothing else.
    env.ok(&[
        "put-compliance-items",
        "--resource-id",
        "web-1",
        "--resource-type",
        "ManagedInstance",
        "--compliance-type",
        "Custom:AVCheck",
        "--execution-summary",
        r#"{"ExecutionTime": 1772445600, "ExecutionId": "scan-42", "ExecutionType": "Scanner"}"#,
        "--items",
        "Id=e,Severity=MEDIUM,Status=NON_COMPLIANT",
        "--upload-type",
        "COMPLETE",
    ]);
    let got = items(&env, &[]);
    assert_eq!(
        keys(&got),
        [key("web-1", "Custom:AVCheck", "e"), key("web-1", "Custom:Disk", "root"), key("web-2", "Custom:AVCheck", "a"),]
    );
    assert_eq!(
        got[0]["ExecutionSummary"],
        json!({"ExecutionTime": "2026-03-02T10:00:00.000000+00:00", "ExecutionId": "scan-42", "ExecutionType": "Scanner"})
    );

    // Without an Id (COMPLETE only) an item gets a generated one.
    put(&env, "web-2", "Custom:AVCheck", "2026-03-03", &["Severity=LOW,Status=COMPLIANT,Title=No id"], &[]);
    let got = items(&env, &["--resource-ids", "web-2"]);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["Id"].as_str().unwrap().len(), 36, "a UUID: {}", got[0]["Id"]);
    assert_eq!(got[0]["ExecutionSummary"]["ExecutionTime"], "2026-03-03T00:00:00.000000+00:00");

    // An empty COMPLETE put removes the type from the host.
    put(&env, "web-2", "Custom:AVCheck", "2026-03-04T00:00:00Z", &["[]"], &[]);
    assert!(items(&env, &["--resource-ids", "web-2"]).is_empty());
    assert_eq!(items(&env, &[]).len(), 2);
}

/// The arguments of a put on `id`, `rtype`, `ctype` at a fixed time, then `more`.
fn req(id: &str, rtype: &str, ctype: &str, more: &[&str]) -> Vec<String> {
    let mut a: Vec<String> = [
        "--resource-id",
        id,
        "--resource-type",
        rtype,
        "--compliance-type",
        ctype,
        "--execution-summary",
        "ExecutionTime=2026-03-05T00:00:00Z",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    a.extend(more.iter().map(|s| s.to_string()));
    a
}

fn refs(a: &[String]) -> Vec<&str> {
    a.iter().map(String::as_str).collect()
}

#[test]
fn put_errors_reach_their_aws_codes() {
    let env = env();
    put(&env, "web-1", "Custom:AV", "2026-03-01T10:00:00Z", &["Id=a,Severity=HIGH,Status=COMPLIANT"], &[]);
    let fails = |a: Vec<String>, code: &str| put_fails(&env, &refs(&a), code);
    let ok_item = ["--items", "Id=z,Severity=LOW,Status=COMPLIANT"];

    let line = fails(req("web-1", "Document", "Custom:AV", &ok_item), "InvalidResourceType");
    assert!(line.contains("Document"), "{line}");
    let line = fails(req("web-9", "ManagedInstance", "Custom:AV", &ok_item), "InvalidResourceId");
    assert!(line.contains("web-9"), "{line}");
    for t in ["Association", "Patch", "Antivirus"] {
        let line = fails(req("web-1", "ManagedInstance", t, &ok_item), "InvalidItemContentException");
        assert!(line.contains(&format!("ComplianceType {t} ")), "{line}");
    }
    // AWS's pattern over the whole name: at least two word characters after Custom:.
    for t in ["Custom:a", "Custom:AV-Check", "Custom:"] {
        let line = fails(req("web-1", "ManagedInstance", t, &ok_item), "ValidationException");
        assert!(line.contains("'complianceType'"), "{line}");
    }
    let av = |more: &[&str]| req("web-1", "ManagedInstance", "Custom:AV", more);
    let line = fails(av(&["--items", "Id=z,Severity=SEVERE,Status=COMPLIANT"]), "ValidationException");
    assert!(line.contains("SEVERE"), "{line}");
    let line = fails(av(&["--items", "Id=z,Severity=LOW,Status=BROKEN"]), "ValidationException");
    assert!(line.contains("BROKEN"), "{line}");
    let long_title = format!("Id=z,Severity=LOW,Status=COMPLIANT,Title={}", "t".repeat(501));
    let line = fails(av(&["--items", &long_title]), "ValidationException");
    assert!(line.contains("items.1.title"), "{line}");
    fails(av(&["--items", "Id=z,Severity=LOW,Status=COMPLIANT", "--upload-type", "SOME"]), "ValidationException");
    let line = fails(
        av(&["--items", "Severity=LOW,Status=COMPLIANT", "--upload-type", "PARTIAL"]),
        "InvalidItemContentException",
    );
    assert!(line.contains("Items[0]") && line.contains("PARTIAL"), "{line}");
    let line = fails(
        av(&["--items", "Id=z,Severity=LOW,Status=COMPLIANT", "Id=z,Severity=HIGH,Status=COMPLIANT"]),
        "InvalidItemContentException",
    );
    assert!(line.contains("Items[1]") && line.contains("Id z"), "{line}");
    let long_key = format!("Id=z,Severity=LOW,Status=COMPLIANT,Details={{{}=v}}", "k".repeat(65));
    fails(av(&["--items", &long_key]), "ValidationException");

    // Sizes: one item over 200 KiB; one put over 10 MiB.
    let details = |n: usize| -> serde_json::Map<String, Value> {
        (0..n).map(|i| (format!("k{i}"), Value::String("v".repeat(4000)))).collect()
    };
    let request = |n: usize, per_item: usize| {
        json!({
            "ResourceId": "web-1", "ResourceType": "ManagedInstance", "ComplianceType": "Custom:AV",
            "ExecutionSummary": {"ExecutionTime": "2026-03-05T00:00:00Z"},
            "Items": (0..n)
                .map(|i| json!({"Id": format!("i{i}"), "Severity": "LOW", "Status": "COMPLIANT", "Details": details(per_item)}))
                .collect::<Vec<_>>()
        })
    };
    let file = env.path().join("request.json");
    let from_file = vec!["--cli-input-json".to_string(), format!("file://{}", file.display())];
    std::fs::write(&file, request(1, 60).to_string()).unwrap();
    let line = fails(from_file.clone(), "ItemSizeLimitExceededException");
    assert!(line.contains("Items[0]"), "{line}");
    std::fs::write(&file, request(60, 45).to_string()).unwrap();
    fails(from_file.clone(), "TotalSizeLimitExceededException");

    // At most 10,000 items of one type on a host, PARTIAL puts included; a refused put changes nothing.
    let many = json!({
        "ResourceId": "web-2", "ResourceType": "ManagedInstance", "ComplianceType": "Custom:Many",
        "ExecutionSummary": {"ExecutionTime": "2026-03-05T00:00:00Z"},
        "Items": (0..10_000)
            .map(|i| json!({"Id": format!("{i:05}"), "Severity": "LOW", "Status": "COMPLIANT"}))
            .collect::<Vec<_>>()
    });
    std::fs::write(&file, many.to_string()).unwrap();
    let mut a = vec!["put-compliance-items"];
    a.extend(refs(&from_file));
    env.ok(&a);
    let line = fails(
        req(
            "web-2",
            "ManagedInstance",
            "Custom:Many",
            &["--items", "Id=x,Severity=LOW,Status=COMPLIANT", "--upload-type", "PARTIAL"],
        ),
        "TotalSizeLimitExceededException",
    );
    assert!(line.contains("10000"), "{line}");
    let count = env.ok(&["list-compliance-items", "--resource-ids", "web-2", "--query", "length(ComplianceItems)"]);
    assert_eq!(count.stdout.trim(), "10000");

    // At most 10 Custom types on one host; putting one of them again is fine.
    for i in 1..10 {
        let t = format!("Custom:Check{i}");
        put(&env, "web-1", &t, "2026-03-05T00:00:00Z", &["Id=a,Severity=LOW,Status=COMPLIANT"], &[]);
    }
    let line =
        fails(req("web-1", "ManagedInstance", "Custom:Check10", &ok_item), "ComplianceTypeCountLimitExceededException");
    assert!(line.contains("10"), "{line}");
    put(&env, "web-1", "Custom:Check9", "2026-03-06T00:00:00Z", &["Id=b,Severity=LOW,Status=COMPLIANT"], &[]);
    // Another host has its own 10.
    put(&env, "db-1", "Custom:Check10", "2026-03-06T00:00:00Z", &["Id=b,Severity=LOW,Status=COMPLIANT"], &[]);

    // A timestamp that is not one, or none, is a usage error, as in the AWS CLI.
    let base = ["put-compliance-items", "--resource-id", "web-1", "--resource-type", "ManagedInstance"];
    let mut a = base.to_vec();
    a.extend(["--compliance-type", "Custom:AV", "--execution-summary", "ExecutionTime=yesterday"]);
    a.extend(ok_item);
    let line = env.fails(&a, 252);
    assert!(line.contains("ExecutionTime") && line.contains("yesterday"), "{line}");
    let mut a = base.to_vec();
    a.extend(["--compliance-type", "Custom:AV", "--execution-summary", "ExecutionId=x"]);
    a.extend(ok_item);
    env.fails(&a, 252);

    // None of the refused puts touched the first item.
    let got = items(&env, &["--resource-ids", "web-1", "--filters", "Key=ComplianceType,Values=Custom:AV"]);
    assert_eq!(ids(&got), ["a"]);
    assert_eq!(got[0]["ExecutionSummary"]["ExecutionTime"], "2026-03-01T10:00:00.000000+00:00");
}

/// Items on three hosts for the filter and summary tests.
fn fleet_items(env: &Env) {
    put(
        env,
        "web-1",
        "Custom:AV",
        "2026-03-01T10:00:00Z",
        &[
            "Id=engine,Title=Engine up,Severity=HIGH,Status=COMPLIANT",
            "Id=sigs,Title=Signatures,Severity=LOW,Status=COMPLIANT",
        ],
        &[],
    );
    put(
        env,
        "web-2",
        "Custom:AV",
        "2026-03-02T10:00:00Z",
        &[
            "Id=engine,Title=Engine up,Severity=CRITICAL,Status=COMPLIANT",
            "Id=sigs,Title=Signatures,Severity=MEDIUM,Status=NON_COMPLIANT,Details={DocumentName=Scan}",
        ],
        &[],
    );
    put(env, "db-1", "Custom:AV", "2026-03-03T10:00:00Z", &["Id=engine,Severity=CRITICAL,Status=NON_COMPLIANT"], &[]);
    put(env, "web-1", "Custom:Disk", "2026-03-04T10:00:00Z", &["Id=root,Severity=UNSPECIFIED,Status=COMPLIANT"], &[]);
}

#[test]
fn list_compliance_items_filters() {
    let env = env();
    fleet_items(&env);
    let all = keys(&items(&env, &[]));
    assert_eq!(
        all,
        [
            key("db-1", "Custom:AV", "engine"),
            key("web-1", "Custom:AV", "engine"),
            key("web-1", "Custom:AV", "sigs"),
            key("web-1", "Custom:Disk", "root"),
            key("web-2", "Custom:AV", "engine"),
            key("web-2", "Custom:AV", "sigs"),
        ]
    );
    let sel = |args: &[&str]| keys(&items(&env, args));
    assert_eq!(
        sel(&["--filters", "Key=ComplianceType,Values=Custom:Disk,Type=EQUAL"]),
        [key("web-1", "Custom:Disk", "root")]
    );
    assert_eq!(
        sel(&["--filters", "Key=Status,Values=NON_COMPLIANT"]),
        [key("db-1", "Custom:AV", "engine"), key("web-2", "Custom:AV", "sigs")]
    );
    assert_eq!(
        sel(&["--filters", "Key=Status,Values=COMPLIANT,Type=NOT_EQUAL"]),
        sel(&["--filters", "Key=Status,Values=NON_COMPLIANT"])
    );
    assert_eq!(
        sel(&["--filters", "Key=Severity,Values=HIGH,Type=GREATER_THAN"]),
        [key("db-1", "Custom:AV", "engine"), key("web-2", "Custom:AV", "engine")]
    );
    assert_eq!(sel(&["--filters", "Key=Severity,Values=LOW,Type=LESS_THAN"]), [key("web-1", "Custom:Disk", "root")]);
    assert_eq!(
        sel(&["--filters", "Key=Severity,Values=CRITICAL,HIGH"]),
        [key("db-1", "Custom:AV", "engine"), key("web-1", "Custom:AV", "engine"), key("web-2", "Custom:AV", "engine")]
    );
    assert_eq!(sel(&["--filters", "Key=Title,Values=Sig,Type=BEGIN_WITH"]).len(), 2);
    assert_eq!(sel(&["--filters", "Key=DocumentName,Values=Scan"]), [key("web-2", "Custom:AV", "sigs")]);
    assert_eq!(
        sel(&["--filters", "Key=ExecutionTime,Values=2026-03-02T12:00:00Z,Type=GREATER_THAN"]),
        [key("db-1", "Custom:AV", "engine"), key("web-1", "Custom:Disk", "root")]
    );
    assert_eq!(
        sel(&["--filters", "Key=ExecutionTime,Values=2026-03-02T00:00:00Z,Type=LESS_THAN"]).len(),
        2,
        "web-1's Custom:AV items"
    );
    // Several filters: all must match; --resource-ids selects hosts.
    assert_eq!(
        sel(&[
            "--filters",
            "Key=ComplianceType,Values=Custom:AV",
            "Key=Id,Values=eng,Type=BEGIN_WITH",
            "Key=Status,Values=COMPLIANT"
        ]),
        [key("web-1", "Custom:AV", "engine"), key("web-2", "Custom:AV", "engine")]
    );
    assert_eq!(sel(&["--resource-ids", "web-2", "db-1"]).len(), 3);
    assert_eq!(
        sel(&["--resource-ids", "web-2", "--filters", "Key=Id,Values=sigs"]),
        [key("web-2", "Custom:AV", "sigs")]
    );
    assert!(sel(&["--resource-ids", "nowhere"]).is_empty());
    assert_eq!(sel(&["--resource-types", "ManagedInstance"]), all);

    let fails = |args: &[&str], code: &str| {
        let mut a = vec!["list-compliance-items"];
        a.extend_from_slice(args);
        let line = env.fails(&a, 254);
        assert!(
            line.starts_with(&format!("An error occurred ({code}) when calling the ListComplianceItems operation")),
            "{line}"
        );
        line
    };
    fails(&["--resource-types", "Document"], "InvalidResourceType");
    let line = fails(&["--filters", "Key=Colour,Values=red"], "InvalidFilter");
    assert!(line.contains("Colour"), "{line}");
    fails(&["--filters", "Key=Status"], "InvalidFilter");
    fails(&["--filters", "Key=Status,Values=COMPLIANT,Type=LESS_THAN"], "InvalidFilter");
    fails(&["--filters", "Key=Severity,Values=SEVERE,Type=GREATER_THAN"], "InvalidFilter");
    fails(&["--filters", "Key=ExecutionTime,Values=soon,Type=GREATER_THAN"], "InvalidFilter");
    fails(&["--filters", "Key=Status,Values=COMPLIANT,Type=LIKE"], "ValidationException");
}

fn summaries(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut a = vec!["list-compliance-summaries"];
    a.extend_from_slice(args);
    env.ok(&a).json()["ComplianceSummaryItems"].as_array().unwrap().clone()
}

fn resource_summaries(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut a = vec!["list-resource-compliance-summaries"];
    a.extend_from_slice(args);
    env.ok(&a).json()["ResourceComplianceSummaryItems"].as_array().unwrap().clone()
}

fn severities(c: i64, h: i64, m: i64, l: i64, i: i64, u: i64) -> Value {
    json!({"CriticalCount": c, "HighCount": h, "MediumCount": m, "LowCount": l, "InformationalCount": i, "UnspecifiedCount": u})
}

#[test]
fn summaries_count_resources_and_items() {
    let env = env();
    assert!(summaries(&env, &[]).is_empty());
    assert!(resource_summaries(&env, &[]).is_empty());
    fleet_items(&env);

    // Per type, resources: web-1 compliant (highest HIGH); web-2 non-compliant (its
    // non-compliant item is MEDIUM, though a compliant one is CRITICAL); db-1 CRITICAL.
    assert_eq!(
        summaries(&env, &[]),
        [
            json!({
                "ComplianceType": "Custom:AV",
                "CompliantSummary": {"CompliantCount": 1, "SeveritySummary": severities(0, 1, 0, 0, 0, 0)},
                "NonCompliantSummary": {"NonCompliantCount": 2, "SeveritySummary": severities(1, 0, 1, 0, 0, 0)}
            }),
            json!({
                "ComplianceType": "Custom:Disk",
                "CompliantSummary": {"CompliantCount": 1, "SeveritySummary": severities(0, 0, 0, 0, 0, 1)},
                "NonCompliantSummary": {"NonCompliantCount": 0, "SeveritySummary": severities(0, 0, 0, 0, 0, 0)}
            }),
        ]
    );
    let only = summaries(&env, &["--filters", "Key=ComplianceType,Values=Custom:Disk,Type=EQUAL"]);
    assert_eq!(only.len(), 1);
    assert_eq!(only[0]["ComplianceType"], "Custom:Disk");
    let web = summaries(
        &env,
        &["--filters", "Key=ResourceId,Values=web,Type=BEGIN_WITH", "Key=ComplianceType,Values=Custom:AV"],
    );
    assert_eq!(web[0]["CompliantSummary"]["CompliantCount"], 1);
    assert_eq!(web[0]["NonCompliantSummary"]["NonCompliantCount"], 1);
    assert_eq!(web[0]["NonCompliantSummary"]["SeveritySummary"], severities(0, 0, 1, 0, 0, 0));

    // Per resource and type: item counts.
    let all = resource_summaries(&env, &[]);
    let rows: Vec<(&str, &str, &str, &str)> = all
        .iter()
        .map(|r| {
            (
                r["ResourceId"].as_str().unwrap(),
                r["ComplianceType"].as_str().unwrap(),
                r["Status"].as_str().unwrap(),
                r["OverallSeverity"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("db-1", "Custom:AV", "NON_COMPLIANT", "CRITICAL"),
            ("web-1", "Custom:AV", "COMPLIANT", "HIGH"),
            ("web-1", "Custom:Disk", "COMPLIANT", "UNSPECIFIED"),
            ("web-2", "Custom:AV", "NON_COMPLIANT", "MEDIUM"),
        ]
    );
    assert_eq!(
        all[3],
        json!({
            "ComplianceType": "Custom:AV",
            "ResourceType": "ManagedInstance",
            "ResourceId": "web-2",
            "Status": "NON_COMPLIANT",
            "OverallSeverity": "MEDIUM",
            "ExecutionSummary": {"ExecutionTime": "2026-03-02T10:00:00.000000+00:00"},
            "CompliantSummary": {"CompliantCount": 1, "SeveritySummary": severities(1, 0, 0, 0, 0, 0)},
            "NonCompliantSummary": {"NonCompliantCount": 1, "SeveritySummary": severities(0, 0, 1, 0, 0, 0)}
        })
    );
    assert_eq!(all[1]["CompliantSummary"]["CompliantCount"], 2);

    // The execution summary is the latest item's: a PARTIAL put fixes web-2's signatures.
    env.ok(&[
        "put-compliance-items",
        "--resource-id",
        "web-2",
        "--resource-type",
        "ManagedInstance",
        "--compliance-type",
        "Custom:AV",
        "--execution-summary",
        "ExecutionTime=2026-03-05T09:00:00Z,ExecutionId=fix-1,ExecutionType=Manual",
        "--items",
        "Id=sigs,Severity=MEDIUM,Status=COMPLIANT",
        "--upload-type",
        "PARTIAL",
    ]);
    let web2 = resource_summaries(&env, &["--filters", "Key=ResourceId,Values=web-2"]);
    assert_eq!(web2.len(), 1);
    assert_eq!(web2[0]["Status"], "COMPLIANT");
    assert_eq!(web2[0]["OverallSeverity"], "CRITICAL");
    assert_eq!(
        web2[0]["ExecutionSummary"],
        json!({"ExecutionTime": "2026-03-05T09:00:00.000000+00:00", "ExecutionId": "fix-1", "ExecutionType": "Manual"})
    );
    assert_eq!(web2[0]["CompliantSummary"]["SeveritySummary"], severities(1, 0, 1, 0, 0, 0));
    let av = &summaries(&env, &["--filters", "Key=ComplianceType,Values=Custom:AV"])[0];
    assert_eq!(av["CompliantSummary"], json!({"CompliantCount": 2, "SeveritySummary": severities(1, 1, 0, 0, 0, 0)}));
    assert_eq!(
        av["NonCompliantSummary"],
        json!({"NonCompliantCount": 1, "SeveritySummary": severities(1, 0, 0, 0, 0, 0)})
    );

    // Filters of the resource summaries.
    let ids = |args: &[&str]| -> Vec<String> {
        resource_summaries(&env, args)
            .iter()
            .map(|r| format!("{}/{}", r["ResourceId"].as_str().unwrap(), r["ComplianceType"].as_str().unwrap()))
            .collect()
    };
    assert_eq!(ids(&["--filters", "Key=Status,Values=NON_COMPLIANT"]), ["db-1/Custom:AV"]);
    assert_eq!(
        ids(&["--filters", "Key=OverallSeverity,Values=HIGH,Type=GREATER_THAN"]),
        ["db-1/Custom:AV", "web-2/Custom:AV"]
    );
    assert_eq!(
        ids(&[
            "--filters",
            "Key=OverallSeverity,Values=CRITICAL,Type=NOT_EQUAL",
            "Key=ComplianceType,Values=Custom:AV"
        ]),
        ["web-1/Custom:AV"]
    );
    assert_eq!(ids(&["--filters", "Key=ComplianceType,Values=Custom:D,Type=BEGIN_WITH"]), ["web-1/Custom:Disk"]);
    assert_eq!(
        ids(&["--filters", "Key=ExecutionTime,Values=2026-03-03T12:00:00Z,Type=GREATER_THAN"]),
        ["web-1/Custom:Disk", "web-2/Custom:AV"]
    );
    assert_eq!(ids(&["--filters", "Key=ExecutionId,Values=fix-1"]), ["web-2/Custom:AV"]);

    for op in ["list-compliance-summaries", "list-resource-compliance-summaries"] {
        let line = env.fails(&[op, "--filters", "Key=Severity,Values=HIGH"], 254);
        assert!(line.contains("(InvalidFilter)"), "{line}");
        let line = env.fails(&[op, "--filters", "Key=Status,Values=COMPLIANT,Type=GREATER_THAN"], 254);
        assert!(line.contains("(InvalidFilter)"), "{line}");
        let line = env.fails(&[op, "--next-token", "garbage!"], 254);
        assert!(line.contains("(InvalidNextToken)"), "{line}");
    }
}

/// Pages through `op` with --max-items/--starting-token and returns the items of `list`.
fn paged(env: &Env, op: &str, list: &str, max_items: &str) -> (Vec<Value>, usize) {
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut args = vec![op, "--max-items", max_items];
        if let Some(t) = &token {
            args.extend_from_slice(&["--starting-token", t]);
        }
        let page = env.ok(&args).json();
        pages += 1;
        seen.extend(page[list].as_array().unwrap().iter().cloned());
        match page.get("NextToken").and_then(Value::as_str) {
            Some(t) => token = Some(t.to_string()),
            None => return (seen, pages),
        }
    }
}

#[test]
fn the_three_listings_paginate() {
    let env = env();
    fleet_items(&env);
    for t in ["Custom:Boot", "Custom:Clock", "Custom:Users"] {
        put(&env, "db-1", t, "2026-03-06T00:00:00Z", &["Id=x,Severity=LOW,Status=COMPLIANT"], &[]);
    }
    for (op, list, total) in [
        ("list-compliance-items", "ComplianceItems", 9),
        ("list-resource-compliance-summaries", "ResourceComplianceSummaryItems", 7),
        ("list-compliance-summaries", "ComplianceSummaryItems", 5),
    ] {
        let all = env.ok(&[op]).json()[list].as_array().unwrap().clone();
        assert_eq!(all.len(), total, "{op}");
        let (seen, pages) = paged(&env, op, list, "2");
        assert_eq!(seen, all, "{op} with --max-items 2");
        assert_eq!(pages, total.div_ceil(2), "{op}");
        let small = env.ok(&[op, "--page-size", "1"]).json();
        assert_eq!(small[list].as_array().unwrap(), &all, "{op} with --page-size 1");
        assert!(small.get("NextToken").is_none());
        // The service's own pages: MaxResults and NextToken.
        let one = env.ok(&[op, "--no-paginate", "--max-results", "3"]).json();
        assert_eq!(one[list].as_array().unwrap()[..], all[..3], "{op}");
        let token = one["NextToken"].as_str().expect("NextToken").to_string();
        let rest = env.ok(&[op, "--no-paginate", "--max-results", "50", "--next-token", &token]).json();
        assert_eq!(rest[list].as_array().unwrap()[..], all[3..], "{op}");
        assert!(rest.get("NextToken").is_none());
    }
    // Filters and pages together.
    let mut args =
        vec!["list-compliance-items", "--filters", "Key=ComplianceType,Values=Custom:AV", "--max-items", "4"];
    let first = env.ok(&args).json();
    assert_eq!(first["ComplianceItems"].as_array().unwrap().len(), 4);
    let token = first["NextToken"].as_str().unwrap().to_string();
    args.extend_from_slice(&["--starting-token", &token]);
    let second = env.ok(&args).json();
    assert_eq!(keys(second["ComplianceItems"].as_array().unwrap()), [key("web-2", "Custom:AV", "sigs")]);
    let line = env.fails(&["list-compliance-items", "--next-token", "garbage!"], 254);
    assert!(line.contains("(InvalidNextToken)"), "{line}");
}
