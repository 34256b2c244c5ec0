//! Parameter policies (Expiration enforced, notifications kept and reported) and parameter
//! ARNs on every operation that names a parameter. Instants come from now.

use crate::support::Env;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn expiration(at: DateTime<Utc>) -> String {
    format!(r#"{{"Type":"Expiration","Version":"1.0","Attributes":{{"Timestamp":"{}"}}}}"#, iso(at))
}

const NOTE_15_DAYS: &str =
    r#"{"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":"15","Unit":"Days"}}"#;
const NOTE_2_HOURS: &str =
    r#"{"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":"2","Unit":"Hours"}}"#;
const NO_CHANGE_20_DAYS: &str =
    r#"{"Type":"NoChangeNotification","Version":"1.0","Attributes":{"After":"20","Unit":"Days"}}"#;

fn put(env: &Env, args: &[&str]) -> Value {
    let mut a = vec!["put-parameter"];
    a.extend_from_slice(args);
    env.ok(&a).json()
}

/// The one error line of a refused command: its AWS code with exit 254.
fn refused(env: &Env, args: &[&str], code: &str) -> String {
    let line = env.fails(args, 254);
    assert!(line.contains(&format!("({code})")), "{args:?}: expected {code}, got: {line}");
    line
}

fn described(env: &Env, name: &str) -> Option<Value> {
    let filter = format!("Key=Name,Values={name}");
    let r = env.ok(&["describe-parameters", "--parameter-filters", &filter]).json();
    r["Parameters"].as_array().unwrap().first().cloned()
}

/// (PolicyType, PolicyStatus, PolicyText) of a Policies list.
fn policies(list: &Value) -> Vec<(String, String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap().to_string();
            (s("PolicyType"), s("PolicyStatus"), s("PolicyText"))
        })
        .collect()
}

fn history(env: &Env, name: &str) -> Vec<Value> {
    env.ok(&["get-parameter-history", "--name", name]).json()["Parameters"].as_array().unwrap().clone()
}

#[test]
fn every_policy_type_is_taken_reported_kept_replaced_and_removed() {
    let env = Env::new();
    let expires = Utc::now() + Duration::days(30);
    let all = format!("[{},{NOTE_15_DAYS},{NOTE_2_HOURS},{NO_CHANGE_20_DAYS}]", expiration(expires));
    let r = put(
        &env,
        &["--name", "/pol/db", "--value", "pw1", "--type", "SecureString", "--tier", "Advanced", "--policies", &all],
    );
    assert_eq!(r, json!({"Version": 1, "Tier": "Advanced"}));
    let m = described(&env, "/pol/db").unwrap();
    assert_eq!(m["Tier"], "Advanced");
    assert_eq!(
        policies(&m["Policies"]),
        vec![
            ("Expiration".into(), "Pending".into(), expiration(expires)),
            ("ExpirationNotification".into(), "Pending".into(), NOTE_15_DAYS.into()),
            ("ExpirationNotification".into(), "Pending".into(), NOTE_2_HOURS.into()),
            ("NoChangeNotification".into(), "Pending".into(), NO_CHANGE_20_DAYS.into()),
        ]
    );
    // The parameter reads as any other until it expires.
    let p = env.ok(&["get-parameter", "--name", "/pol/db", "--with-decryption"]).json();
    assert_eq!(p["Parameter"]["Value"], "pw1");

    // An overwrite without --policies keeps them (and the expiration), as AWS does.
    put(&env, &["--name", "/pol/db", "--value", "pw2", "--overwrite"]);
    let m = described(&env, "/pol/db").unwrap();
    assert_eq!((m["Version"].clone(), m["Tier"].clone()), (json!(2), json!("Advanced")));
    assert_eq!(policies(&m["Policies"]).len(), 4);
    // Given policies replace them.
    let one = format!("[{NO_CHANGE_20_DAYS}]");
    put(&env, &["--name", "/pol/db", "--value", "pw3", "--overwrite", "--policies", &one]);
    let m = described(&env, "/pol/db").unwrap();
    assert_eq!(
        policies(&m["Policies"]),
        vec![("NoChangeNotification".into(), "Pending".into(), NO_CHANGE_20_DAYS.into())]
    );
    // An empty policy removes them all; the parameter stays Advanced.
    put(&env, &["--name", "/pol/db", "--value", "pw4", "--overwrite", "--policies", "[{}]"]);
    let m = described(&env, "/pol/db").unwrap();
    assert_eq!((m["Policies"].clone(), m["Tier"].clone()), (json!([]), json!("Advanced")));
    put(&env, &["--name", "/pol/db", "--value", "pw5", "--overwrite", "--policies", &one]);
    put(&env, &["--name", "/pol/db", "--value", "pw6", "--overwrite", "--policies", "[]"]);
    assert_eq!(described(&env, "/pol/db").unwrap()["Policies"], json!([]));

    // The history shows each version's own policies.
    let h = history(&env, "/pol/db");
    let counts: Vec<usize> = h.iter().map(|v| v["Policies"].as_array().unwrap().len()).collect();
    assert_eq!(counts, vec![4, 4, 1, 0, 1, 0]);
    assert_eq!(policies(&h[0]["Policies"])[0], ("Expiration".into(), "Pending".into(), expiration(expires)));
    assert_eq!(h[2]["Policies"][0]["PolicyType"], "NoChangeNotification");

    // Intelligent-Tiering picks Advanced for a parameter with policies, as AWS does.
    let note = format!("[{NOTE_2_HOURS}]");
    let r = put(
        &env,
        &[
            "--name",
            "/pol/auto",
            "--value",
            "x",
            "--type",
            "String",
            "--tier",
            "Intelligent-Tiering",
            "--policies",
            &note,
        ],
    );
    assert_eq!(r["Tier"], "Advanced");
    // Without policies it keeps a small value Standard; policies added later need Advanced.
    let r = put(&env, &["--name", "/pol/std", "--value", "x", "--type", "String", "--tier", "Intelligent-Tiering"]);
    assert_eq!(r["Tier"], "Standard");
    let r =
        put(&env, &["--name", "/pol/std", "--value", "y", "--overwrite", "--tier", "Advanced", "--policies", &note]);
    assert_eq!(r, json!({"Version": 2, "Tier": "Advanced"}));
    // Advanced itself: values up to 8 KB.
    let big = "b".repeat(8192);
    let r = put(&env, &["--name", "/pol/big", "--value", &big, "--type", "String", "--tier", "Advanced"]);
    assert_eq!(r["Tier"], "Advanced");
    // A request file, as scripts send it, takes the same string.
    let req = json!({"Name": "/pol/file", "Value": "v", "Type": "String", "Tier": "Advanced", "Policies": one});
    let r = env.ok(&["put-parameter", "--cli-input-json", &req.to_string()]).json();
    assert_eq!(r["Tier"], "Advanced");
    assert_eq!(described(&env, "/pol/file").unwrap()["Policies"][0]["PolicyType"], "NoChangeNotification");
}

#[test]
fn policy_mistakes_are_refused_with_aws_codes_and_change_nothing() {
    let env = Env::new();
    let soon = Utc::now() + Duration::days(1);
    let p = |policies: &str| -> Vec<String> {
        [
            "put-parameter",
            "--name",
            "/bad/p",
            "--value",
            "x",
            "--type",
            "String",
            "--tier",
            "Advanced",
            "--policies",
            policies,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let check = |policies: &str, code: &str, needle: &str| {
        let args = p(policies);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let line = refused(&env, &args, code);
        assert!(line.contains("PutParameter operation") && line.contains(needle), "{policies}: {line}");
    };
    check("not json", "ValidationException", "not valid JSON");
    check(&expiration(soon), "ValidationException", "not an array");
    check(
        r#"[{"Type":"Rotation","Version":"1.0","Attributes":{}}]"#,
        "InvalidPolicyTypeException",
        "Expiration, ExpirationNotification and NoChangeNotification",
    );
    check(
        &format!(r#"[{{"Type":"Expiration","Version":"2.0","Attributes":{{"Timestamp":"{}"}}}}]"#, iso(soon)),
        "InvalidPolicyAttributeException",
        "Version",
    );
    check(
        r#"[{"Type":"Expiration","Version":"1.0","Attributes":{"Timestamp":"next tuesday"}}]"#,
        "InvalidPolicyAttributeException",
        "ISO 8601",
    );
    check(
        &format!("[{}]", expiration(Utc::now() - Duration::hours(1))),
        "InvalidPolicyAttributeException",
        "not in the future",
    );
    check(
        r#"[{"Type":"ExpirationNotification","Version":"1.0","Attributes":{"Before":"15","Unit":"Weeks"}}]"#,
        "InvalidPolicyAttributeException",
        "Days and Hours",
    );
    check(
        r#"[{"Type":"NoChangeNotification","Version":"1.0","Attributes":{"After":"soon","Unit":"Days"}}]"#,
        "InvalidPolicyAttributeException",
        "After",
    );
    check(
        r#"[{"Type":"NoChangeNotification","Version":"1.0","Attributes":{"Before":"1","Unit":"Days"}}]"#,
        "InvalidPolicyAttributeException",
        "Before",
    );
    check(
        &format!("[{},{}]", expiration(soon), expiration(soon + Duration::days(1))),
        "IncompatiblePolicyException",
        "only one Expiration",
    );
    let eleven = format!("[{}]", [NO_CHANGE_20_DAYS; 11].join(","));
    check(&eleven, "PoliciesLimitExceededException", "at most 10");
    // The model's limit on the Policies text: 4096 characters.
    let long = format!("[{}]", [NO_CHANGE_20_DAYS; 60].join(","));
    check(&long, "ValidationException", "4096");
    // Standard tier parameters can't have policies, whether asked for or the default.
    let note = format!("[{NOTE_15_DAYS}]");
    let line = refused(
        &env,
        &[
            "put-parameter",
            "--name",
            "/bad/p",
            "--value",
            "x",
            "--type",
            "String",
            "--tier",
            "Standard",
            "--policies",
            &note,
        ],
        "ValidationException",
    );
    assert!(line.contains("advanced-parameter tier"), "{line}");
    refused(
        &env,
        &["put-parameter", "--name", "/bad/p", "--value", "x", "--type", "String", "--policies", &note],
        "ValidationException",
    );
    env.ok(&["put-parameter", "--name", "/bad/std", "--value", "x", "--type", "String"]);
    refused(
        &env,
        &["put-parameter", "--name", "/bad/std", "--value", "y", "--overwrite", "--policies", &note],
        "ValidationException",
    );
    // A flag without its value is a usage error.
    let line = env.fails(&["put-parameter", "--name", "/bad/p", "--value", "x", "--type", "String", "--policies"], 252);
    assert!(line.contains("--policies"), "{line}");
    // Nothing was written by any of these.
    refused(&env, &["get-parameter", "--name", "/bad/p"], "ParameterNotFound");
    let m = described(&env, "/bad/std").unwrap();
    assert_eq!((m["Version"].clone(), m["Policies"].clone()), (json!(1), json!([])));
}

/// Every read of a parameter that should be gone: (what, whether it shows the parameter).
fn reads_that_show(env: &Env, name: &str) -> Vec<(&'static str, bool)> {
    let code = |args: &[&str]| env.run(args).code;
    let shown_in = |args: &[&str], list: &str| -> bool {
        let v = env.ok(args).json();
        v[list].as_array().unwrap().iter().any(|p| p["Name"] == name)
    };
    let arn = format!("arn:aws:ssm:us-east-1:123456789012:parameter{name}");
    let label = format!("{name}:old");
    let v1 = format!("{name}:1");
    let tags = ["list-tags-for-resource", "--resource-type", "Parameter", "--resource-id", name];
    let doc = format!("commands=echo {{{{ssm:{name}}}}}");
    let run = env.run(&[
        "send-command",
        "--document-name",
        "AWS-RunShellScript",
        "--instance-ids",
        "localhost",
        "--parameters",
        &doc,
    ]);
    let run_output = if run.code == 0 {
        let id = run.json()["Command"]["CommandId"].as_str().unwrap().to_string();
        let inv = env.ok(&["get-command-invocation", "--command-id", &id, "--instance-id", "localhost"]).json();
        inv["StandardOutputContent"].as_str().unwrap().to_string()
    } else {
        String::new()
    };
    vec![
        ("get-parameter", code(&["get-parameter", "--name", name]) == 0),
        ("get-parameter by ARN", code(&["get-parameter", "--name", &arn]) == 0),
        ("get-parameter name:1", code(&["get-parameter", "--name", &v1]) == 0),
        ("get-parameter name:label", code(&["get-parameter", "--name", &label]) == 0),
        ("get-parameters", shown_in(&["get-parameters", "--names", name, &arn], "Parameters")),
        (
            "get-parameters-by-path",
            shown_in(&["get-parameters-by-path", "--path", "/exp", "--recursive"], "Parameters"),
        ),
        (
            "get-parameters-by-path label",
            shown_in(
                &["get-parameters-by-path", "--path", "/exp", "--parameter-filters", "Key=Label,Values=old"],
                "Parameters",
            ),
        ),
        ("describe-parameters", shown_in(&["describe-parameters"], "Parameters")),
        ("get-parameter-history", code(&["get-parameter-history", "--name", name]) == 0),
        ("label-parameter-version", code(&["label-parameter-version", "--name", name, "--labels", "new"]) == 0),
        (
            "unlabel-parameter-version",
            code(&["unlabel-parameter-version", "--name", name, "--parameter-version", "1", "--labels", "old"]) == 0,
        ),
        ("list-tags-for-resource", code(&tags) == 0),
        ("{{ssm:…}} in a run", run.code == 0 && run_output.contains("expiring")),
    ]
}

fn rows_in_db(env: &Env, name: &str) -> i64 {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row("SELECT count(*) FROM parameter_versions WHERE name = ?1", [name], |r| r.get(0)).unwrap()
}

#[test]
fn an_expired_parameter_is_gone_from_every_read_before_and_after_the_tick() {
    let env = Env::new();
    // Long enough for the puts and the checks below to finish before it.
    let at = Utc::now() + Duration::seconds(10);
    let policy = format!("[{},{NOTE_2_HOURS}]", expiration(at));
    for name in ["/exp/tick", "/exp/deleted", "/exp/again"] {
        put(
            &env,
            &[
                "--name",
                name,
                "--value",
                "expiring",
                "--type",
                "String",
                "--tier",
                "Advanced",
                "--policies",
                &policy,
                "--tags",
                "Key=Team,Value=db",
            ],
        );
        // A second version keeps the policy; version 1 carries a label.
        put(&env, &["--name", name, "--value", "expiring", "--overwrite"]);
        env.ok(&["label-parameter-version", "--name", name, "--parameter-version", "1", "--labels", "old"]);
    }
    // One that lives on, for contrast.
    let later = format!("[{}]", expiration(Utc::now() + Duration::days(1)));
    put(
        &env,
        &["--name", "/exp/kept", "--value", "stays", "--type", "String", "--tier", "Advanced", "--policies", &later],
    );
    let before = reads_that_show(&env, "/exp/tick");
    assert!(Utc::now() < at, "the checks before expiry took too long to prove anything");
    for (what, shown) in &before {
        assert!(shown, "{what} does not show a parameter that has not expired");
    }

    std::thread::sleep((at - Utc::now()).to_std().unwrap_or_default() + std::time::Duration::from_millis(300));
    // The first process after the expiry is a read, and no tick has run.
    let line = refused(&env, &["get-parameter", "--name", "/exp/tick"], "ParameterNotFound");
    assert!(line.contains("/exp/tick"), "{line}");
    for (what, shown) in reads_that_show(&env, "/exp/tick") {
        assert!(!shown, "{what} shows an expired parameter before the tick");
    }
    assert_eq!(rows_in_db(&env, "/exp/tick"), 2, "reads leave the rows to the tick");
    // get-parameters reports it invalid, as a name that never was.
    let r = env.ok(&["get-parameters", "--names", "/exp/tick", "/exp/kept"]).json();
    assert_eq!(r["InvalidParameters"], json!(["/exp/tick"]));
    assert_eq!(r["Parameters"][0]["Name"], "/exp/kept");

    // A delete of an expired parameter finds none; so does a batch delete.
    refused(&env, &["delete-parameter", "--name", "/exp/deleted"], "ParameterNotFound");
    let r = env.ok(&["delete-parameters", "--names", "/exp/deleted", "/exp/tick"]).json();
    assert_eq!(
        (r["DeletedParameters"].clone(), r["InvalidParameters"].clone()),
        (json!([]), json!(["/exp/deleted", "/exp/tick"]))
    );
    assert_eq!(rows_in_db(&env, "/exp/deleted"), 0);

    // A put makes it anew: version 1, no labels, no old tags or policies; Standard is fine.
    let r = put(&env, &["--name", "/exp/again", "--value", "fresh", "--type", "String"]);
    assert_eq!(r, json!({"Version": 1, "Tier": "Standard"}));
    let h = history(&env, "/exp/again");
    assert_eq!(h.len(), 1);
    assert_eq!((h[0]["Labels"].clone(), h[0]["Policies"].clone()), (json!([]), json!([])));
    let tags =
        env.ok(&["list-tags-for-resource", "--resource-type", "Parameter", "--resource-id", "/exp/again"]).json();
    assert_eq!(tags["TagList"], json!([]));

    // The tick deletes what is left; reads stay as they were.
    env.ok(&["apply-due"]);
    assert_eq!(rows_in_db(&env, "/exp/tick"), 0);
    for (what, shown) in reads_that_show(&env, "/exp/tick") {
        assert!(!shown, "{what} shows an expired parameter after the tick");
    }
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let tag_rows: i64 = conn
        .query_row(
            "SELECT count(*) FROM tags WHERE resource_type = 'Parameter' AND resource_id = '/exp/tick'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tag_rows, 0, "the tick removes an expired parameter's tags");
    assert_eq!(env.ok(&["get-parameter", "--name", "/exp/kept"]).json()["Parameter"]["Value"], "stays");
    assert_eq!(described(&env, "/exp/kept").unwrap()["Policies"][0]["PolicyStatus"], "Pending");
}

#[test]
fn arns_where_aws_takes_them_and_a_clear_refusal_where_it_does_not() {
    let env = Env::new();
    put(&env, &["--name", "/app/db", "--value", "one", "--type", "String"]);
    put(&env, &["--name", "/app/db", "--value", "two", "--overwrite"]);
    put(&env, &["--name", "flat", "--value", "f", "--type", "String"]);
    env.ok(&["label-parameter-version", "--name", "/app/db", "--parameter-version", "1", "--labels", "prod"]);
    // The ARN ssmctl prints, and one from AWS's documentation (any region and account).
    let shown =
        env.ok(&["get-parameter", "--name", "/app/db"]).json()["Parameter"]["ARN"].as_str().unwrap().to_string();
    assert_eq!(shown, "arn:aws:ssm:local:000000000000:parameter/app/db");
    let aws = "arn:aws:ssm:us-east-2:123456789012:parameter/app/db";
    let value = |name: &str| env.ok(&["get-parameter", "--name", name]).json()["Parameter"]["Value"].clone();
    for arn in [shown.as_str(), aws] {
        assert_eq!(value(arn), "two");
        assert_eq!(value(&format!("{arn}:1")), "one");
        assert_eq!(value(&format!("{arn}:prod")), "one");
    }
    // A top-level name: parameter/flat is `flat`.
    assert_eq!(value("arn:aws:ssm:us-east-2:123456789012:parameter/flat"), "f");
    let r = env
        .ok(&[
            "get-parameters",
            "--names",
            aws,
            "arn:aws:ssm:eu-west-1:1:parameter/flat",
            "arn:aws:ssm:us-east-2:1:document/x",
        ])
        .json();
    let names: Vec<&str> = r["Parameters"].as_array().unwrap().iter().map(|p| p["Name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["/app/db", "flat"]);
    assert_eq!(r["InvalidParameters"], json!(["arn:aws:ssm:us-east-2:1:document/x"]));
    let h = env.ok(&["get-parameter-history", "--name", aws]).json();
    assert_eq!(h["Parameters"].as_array().unwrap().len(), 2);
    let line = refused(&env, &["get-parameter", "--name", "arn:aws:ssm:us-east-2:1:document/app"], "ParameterNotFound");
    assert!(line.contains("not a parameter ARN"), "{line}");

    // AWS takes the name itself, not the ARN, everywhere else: refused, naming the name.
    let wants_name = |args: &[&str], code: &str, name: &str| {
        let line = refused(&env, args, code);
        assert!(line.contains("not its ARN") && line.contains(&format!("give {name}")), "{args:?}: {line}");
    };
    wants_name(&["put-parameter", "--name", aws, "--value", "x", "--overwrite"], "ValidationException", "/app/db");
    wants_name(&["delete-parameter", "--name", aws], "ValidationException", "/app/db");
    wants_name(&["label-parameter-version", "--name", aws, "--labels", "x"], "ValidationException", "/app/db");
    wants_name(
        &["unlabel-parameter-version", "--name", aws, "--parameter-version", "1", "--labels", "prod"],
        "ValidationException",
        "/app/db",
    );
    let flat = "arn:aws:ssm:us-east-2:123456789012:parameter/flat";
    wants_name(&["delete-parameter", "--name", flat], "ValidationException", "flat (or /flat)");
    for op in [
        vec!["add-tags-to-resource", "--resource-type", "Parameter", "--resource-id", aws, "--tags", "Key=a,Value=b"],
        vec!["remove-tags-from-resource", "--resource-type", "Parameter", "--resource-id", aws, "--tag-keys", "a"],
        vec!["list-tags-for-resource", "--resource-type", "Parameter", "--resource-id", aws],
    ] {
        wants_name(&op, "InvalidResourceId", "/app/db");
    }
    // delete-parameters reports an ARN invalid and deletes nothing.
    let r = env.ok(&["delete-parameters", "--names", aws]).json();
    assert_eq!((r["DeletedParameters"].clone(), r["InvalidParameters"].clone()), (json!([]), json!([aws])));
    assert_eq!(value("/app/db"), "two");
    assert_eq!(value("/app/db:prod"), "one", "the refused unlabel changed nothing");
}
