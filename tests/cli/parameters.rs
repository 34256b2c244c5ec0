//! Parameter Store: put/get/by path/describe/delete/history/labels, AWS's rules and errors,
//! SecureString at rest and its keys, pagination over 1,000 parameters.

use crate::support::Env;
use base64::Engine;
use serde_json::{Value, json};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

fn put(env: &Env, name: &str, value: &str, more: &[&str]) -> Value {
    let value = format!("--value={value}");
    let mut args = vec!["put-parameter", "--name", name, &value];
    args.extend_from_slice(more);
    env.ok(&args).json()
}

/// The one error line of a refused command: its AWS code with exit 254.
fn refused(env: &Env, args: &[&str], code: &str) -> String {
    let line = env.fails(args, 254);
    assert!(line.contains(&format!("({code})")), "{args:?}: expected {code}, got: {line}");
    line
}

fn get(env: &Env, name: &str, more: &[&str]) -> Value {
    let mut args = vec!["get-parameter", "--name", name];
    args.extend_from_slice(more);
    env.ok(&args).json()["Parameter"].clone()
}

fn names(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|p| p["Name"].as_str().unwrap().to_string()).collect()
}

fn key_file(env: &Env) -> PathBuf {
    env.path().join(".config/ssmctl/keys/alias/aws/ssm")
}

#[test]
fn put_and_get_each_type_with_versions() {
    let env = Env::new();
    assert_eq!(put(&env, "/app/db/host", "db.local", &["--type", "String"]), json!({"Version": 1, "Tier": "Standard"}));
    put(&env, "/app/hosts", "web-1,web-2", &["--type", "StringList", "--description", "the web hosts"]);
    put(&env, "flag", "on", &["--type", "String"]);

    let p = get(&env, "/app/db/host", &[]);
    assert_eq!(p["Name"], "/app/db/host");
    assert_eq!(p["Type"], "String");
    assert_eq!(p["Value"], "db.local");
    assert_eq!(p["Version"], 1);
    assert_eq!(p["DataType"], "text");
    assert_eq!(p["ARN"], "arn:aws:ssm:local:000000000000:parameter/app/db/host");
    assert!(p.get("Selector").is_none());
    let date = p["LastModifiedDate"].as_str().unwrap();
    let re = regex::Regex::new(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$").unwrap();
    assert!(re.is_match(date), "{date}");
    assert_eq!(get(&env, "flag", &[])["ARN"], "arn:aws:ssm:local:000000000000:parameter/flag");
    assert_eq!(get(&env, "/app/hosts", &[])["Value"], "web-1,web-2");
    // An ARN, as the output shows it, names the parameter too.
    assert_eq!(get(&env, "arn:aws:ssm:local:000000000000:parameter/flag", &[])["Value"], "on");

    // Without --overwrite an existing name is refused; with it, a new version.
    let line = refused(
        &env,
        &["put-parameter", "--name", "/app/db/host", "--value", "x", "--type", "String"],
        "ParameterAlreadyExists",
    );
    assert!(line.contains("overwrite"), "{line}");
    refused(
        &env,
        &["put-parameter", "--name", "/app/db/host", "--value", "x", "--type", "String", "--no-overwrite"],
        "ParameterAlreadyExists",
    );
    assert_eq!(put(&env, "/app/db/host", "db2.local", &["--overwrite"])["Version"], 2);
    assert_eq!(put(&env, "/app/db/host", "db3.local", &["--overwrite", "--type", "String"])["Version"], 3);
    let p = get(&env, "/app/db/host", &[]);
    assert_eq!((p["Value"].clone(), p["Version"].clone()), (json!("db3.local"), json!(3)));
    // The description is kept by an overwrite that does not give one.
    put(&env, "/app/hosts", "web-1", &["--overwrite"]);
    let d = env.ok(&["describe-parameters", "--parameter-filters", "Key=Name,Values=/app/hosts"]).json();
    assert_eq!(d["Parameters"][0]["Description"], "the web hosts");
    assert_eq!(d["Parameters"][0]["Version"], 2);
    let user = d["Parameters"][0]["LastModifiedUser"].as_str().unwrap();
    assert!(user.starts_with("ssmctl:") && user.len() > 7, "{user}");

    // A type is needed to create, not to overwrite.
    let line = refused(&env, &["put-parameter", "--name", "/new", "--value", "x"], "ValidationException");
    assert!(line.contains("type is required"), "{line}");
    // Names lose spaces at either end, as AWS trims them.
    put(&env, " /app/trimmed ", "t", &["--type", "String"]);
    assert_eq!(get(&env, "/app/trimmed", &[])["Value"], "t");
    // Text output, as scripts use it.
    let r = env.ok(&["get-parameter", "--name", "/app/db/host", "--query", "Parameter.Value", "--output", "text"]);
    assert_eq!(r.stdout, "db3.local\n");
}

#[test]
fn selectors_get_parameters_and_not_found() {
    let env = Env::new();
    put(&env, "/app/v", "one", &["--type", "String"]);
    put(&env, "/app/v", "two", &["--overwrite"]);
    put(&env, "/app/v", "three", &["--overwrite"]);
    env.ok(&["label-parameter-version", "--name", "/app/v", "--parameter-version", "2", "--labels", "prod"]);

    let p = get(&env, "/app/v:1", &[]);
    assert_eq!(
        (p["Value"].clone(), p["Version"].clone(), p["Selector"].clone()),
        (json!("one"), json!(1), json!(":1"))
    );
    assert_eq!(p["Name"], "/app/v");
    let p = get(&env, "/app/v:prod", &[]);
    assert_eq!((p["Value"].clone(), p["Selector"].clone()), (json!("two"), json!(":prod")));
    assert_eq!(get(&env, "/app/v", &[])["Value"], "three");

    let line = refused(&env, &["get-parameter", "--name", "/app/v:9"], "ParameterVersionNotFound");
    assert!(line.contains("version 9"), "{line}");
    refused(&env, &["get-parameter", "--name", "/app/v:staging"], "ParameterNotFound");
    let line = refused(&env, &["get-parameter", "--name", "/app/nope"], "ParameterNotFound");
    assert!(line.contains("GetParameter operation"), "{line}");

    let r = env
        .ok(&["get-parameters", "--names", "/app/v", "/app/nope", "/app/v:1", "/app/v:9", "/app/v:prod", "/app/v"])
        .json();
    assert_eq!(r["InvalidParameters"], json!(["/app/nope", "/app/v:9"]));
    let got: Vec<(String, i64)> = r["Parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["Value"].as_str().unwrap().to_string(), p["Version"].as_i64().unwrap()))
        .collect();
    assert_eq!(got, vec![("three".into(), 3), ("one".into(), 1), ("two".into(), 2)]);
    // At most 10 names, as the model says.
    let many: Vec<String> = (0..11).map(|i| format!("/n{i}")).collect();
    let mut args = vec!["get-parameters", "--names"];
    args.extend(many.iter().map(String::as_str));
    refused(&env, &args, "ValidationException");
}

#[test]
fn name_rules_are_aws_rules() {
    let env = Env::new();
    let put_args = |name: &str| -> Vec<String> {
        ["put-parameter", "--name", name, "--value", "v", "--type", "String"].iter().map(|s| s.to_string()).collect()
    };
    let try_put = |name: &str, code: &str| -> String {
        let args = put_args(name);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&env, &args, code)
    };
    for bad in ["app/db", "/app//db", "/app/db/", "/app/d b", "/app/db$", "/app/ü"] {
        try_put(bad, "ValidationException");
    }
    for reserved in ["aws-x", "/aws/x", "AWS", "/Aws/db", "ssm", "/ssm/x", "SsmThing", "/SSM"] {
        let line = try_put(reserved, "ValidationException");
        assert!(line.contains("\"aws\" or \"ssm\""), "{reserved}: {line}");
    }
    let long = format!("/{}", "a".repeat(1011));
    let line = try_put(&long, "ValidationException");
    assert!(line.contains("1011"), "{line}");
    put(&env, &format!("/{}", "a".repeat(1010)), "v", &["--type", "String"]);
    let deep: String = (1..=16).map(|i| format!("/l{i}")).collect();
    let line = try_put(&deep, "HierarchyLevelLimitExceededException");
    assert!(line.contains("15"), "{line}");
    let fifteen: String = (1..=15).map(|i| format!("/l{i}")).collect();
    put(&env, &fifteen, "v", &["--type", "String"]);
    // Names that are fine elsewhere in a path.
    put(&env, "/app/aws/ssm", "v", &["--type", "String"]);
    put(&env, "My_Param.v-1", "v", &["--type", "String"]);
}

#[test]
fn values_tiers_patterns_types_and_refused_options() {
    let env = Env::new();
    // Size by tier: Standard 4 KB, Advanced 8 KB (bytes of the value).
    let four_k = "x".repeat(4096);
    let over_four = "x".repeat(4097);
    let over_eight = "x".repeat(8193);
    assert_eq!(put(&env, "/v/std", &four_k, &["--type", "String"])["Tier"], "Standard");
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/big", "--value", &over_four, "--type", "String"],
        "ValidationException",
    );
    assert!(line.contains("value") && line.contains("4096"), "{line}");
    assert_eq!(put(&env, "/v/big", &over_four, &["--type", "String", "--tier", "Advanced"])["Tier"], "Advanced");
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/huge", "--value", &over_eight, "--type", "String", "--tier", "Advanced"],
        "ValidationException",
    );
    assert!(line.contains("value") && line.contains("8192"), "{line}");
    let it = put(&env, "/v/auto", &over_four, &["--type", "SecureString", "--tier", "Intelligent-Tiering"]);
    assert_eq!(it["Tier"], "Advanced");
    assert_eq!(
        put(&env, "/v/auto2", "small", &["--type", "String", "--tier", "Intelligent-Tiering"])["Tier"],
        "Standard"
    );
    // An Advanced parameter stays Advanced and can't go back.
    assert_eq!(put(&env, "/v/big", "small now", &["--overwrite"])["Tier"], "Advanced");
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/big", "--value", "x", "--overwrite", "--tier", "Standard"],
        "ValidationException",
    );
    assert!(line.contains("downgrade"), "{line}");
    // Empty values and nested references.
    refused(&env, &["put-parameter", "--name", "/v/e", "--value", "", "--type", "String"], "ValidationException");
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/n", "--value", "a {{ssm:/v/std}} b", "--type", "String"],
        "ValidationException",
    );
    assert!(line.contains("{{}}"), "{line}");

    // allowedPattern: enforced on put, kept on overwrite, an invalid one refused.
    put(&env, "/v/port", "8080", &["--type", "String", "--allowed-pattern", "^\\d+$"]);
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/port", "--value", "http", "--overwrite"],
        "ParameterPatternMismatchException",
    );
    assert!(!line.contains("http"), "the value is not echoed: {line}");
    put(&env, "/v/port", "9090", &["--overwrite"]);
    refused(
        &env,
        &["put-parameter", "--name", "/v/p2", "--value", "x", "--type", "String", "--allowed-pattern", "(unclosed"],
        "InvalidAllowedPatternException",
    );
    refused(
        &env,
        &["put-parameter", "--name", "/v/p3", "--value", "abc1", "--type", "String", "--allowed-pattern", "[a-z]+"],
        "ParameterPatternMismatchException",
    );

    // Changing the type on overwrite is allowed (String → SecureString → String).
    put(&env, "/v/t", "plain", &["--type", "String"]);
    put(&env, "/v/t", "hidden", &["--type", "SecureString", "--overwrite"]);
    let p = get(&env, "/v/t", &[]);
    assert_eq!(p["Type"], "SecureString");
    assert!(p["Value"].as_str().unwrap().starts_with("v1:alias/aws/ssm:"), "{p}");
    put(&env, "/v/t", "plain again", &["--type", "StringList", "--overwrite"]);
    assert_eq!(get(&env, "/v/t", &[])["Value"], "plain again");

    // Options AWS refuses, and the ones that need AWS.
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/k", "--value", "x", "--type", "String", "--key-id", "alias/aws/ssm"],
        "ValidationException",
    );
    assert!(line.contains("SecureString"), "{line}");
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/t", "--value", "x", "--overwrite", "--tags", "Key=a,Value=b"],
        "ValidationException",
    );
    assert!(line.contains("tags and overwrite"), "{line}");
    // No policies at all is fine on Standard (tests/cli/parameter_policies.rs has the rest).
    put(&env, "/v/pol", "x", &["--type", "String", "--policies", "[]"]);
    let line = refused(
        &env,
        &["put-parameter", "--name", "/v/ami", "--value", "ami-1", "--type", "String", "--data-type", "aws:ec2:image"],
        "ValidationException",
    );
    assert!(line.contains("aws:ec2:image"), "{line}");
    put(&env, "/v/txt", "x", &["--type", "String", "--data-type", "text"]);
    refused(&env, &["put-parameter", "--name", "/v/bad", "--value", "x", "--type", "Number"], "ValidationException");
    refused(
        &env,
        &["put-parameter", "--name", "/v/bad", "--value", "x", "--type", "String", "--tags", "Key=aws:x,Value=1"],
        "ValidationException",
    );
    assert!(env.run(&["get-parameter", "--name", "/v/bad"]).code == 254);
}

#[test]
fn history_keeps_every_version_with_labels_and_pages() {
    let env = Env::new();
    put(&env, "/h/p", "v1", &["--type", "String", "--description", "first"]);
    for i in 2..=7 {
        put(&env, "/h/p", &format!("v{i}"), &["--overwrite"]);
    }
    env.ok(&["label-parameter-version", "--name", "/h/p", "--parameter-version", "3", "--labels", "blue", "green"]);
    let h = env.ok(&["get-parameter-history", "--name", "/h/p"]).json();
    let list = h["Parameters"].as_array().unwrap();
    assert_eq!(list.len(), 7);
    let versions: Vec<i64> = list.iter().map(|p| p["Version"].as_i64().unwrap()).collect();
    assert_eq!(versions, (1..=7).collect::<Vec<_>>());
    assert_eq!(list[0]["Value"], "v1");
    assert_eq!(list[0]["Description"], "first");
    assert_eq!(list[2]["Labels"], json!(["blue", "green"]));
    assert_eq!(list[3]["Labels"], json!([]));
    assert_eq!(list[0]["Policies"], json!([]));
    assert!(list[0]["LastModifiedUser"].as_str().unwrap().starts_with("ssmctl:"));

    let page = env.ok(&["get-parameter-history", "--name", "/h/p", "--max-items", "3"]).json();
    assert_eq!(page["Parameters"].as_array().unwrap().len(), 3);
    let token = page["NextToken"].as_str().unwrap();
    let rest = env.ok(&["get-parameter-history", "--name", "/h/p", "--starting-token", token]).json();
    let versions: Vec<i64> =
        rest["Parameters"].as_array().unwrap().iter().map(|p| p["Version"].as_i64().unwrap()).collect();
    assert_eq!(versions, vec![4, 5, 6, 7]);
    refused(&env, &["get-parameter-history", "--name", "/h/none"], "ParameterNotFound");
}

#[test]
fn labels_move_are_checked_and_limited() {
    let env = Env::new();
    put(&env, "/l/p", "a", &["--type", "String"]);
    put(&env, "/l/p", "b", &["--overwrite"]);
    // Without --parameter-version: the latest version.
    let r = env.ok(&["label-parameter-version", "--name", "/l/p", "--labels", "prod"]).json();
    assert_eq!(r, json!({"InvalidLabels": [], "ParameterVersion": 2}));
    // Invalid labels are listed and not attached; the valid ones are.
    let r = env
        .ok(&[
            "label-parameter-version",
            "--name",
            "/l/p",
            "--parameter-version",
            "1",
            "--labels",
            "1st",
            "aws-x",
            "SSMy",
            "has.dot-and_under",
            "bad/slash",
        ])
        .json();
    assert_eq!(r["InvalidLabels"], json!(["1st", "aws-x", "SSMy", "bad/slash"]));
    assert_eq!(get(&env, "/l/p:has.dot-and_under", &[])["Version"], 1);
    let too_long = "x".repeat(101);
    refused(&env, &["label-parameter-version", "--name", "/l/p", "--labels", &too_long], "ValidationException");
    // A label moves from another version.
    env.ok(&["label-parameter-version", "--name", "/l/p", "--parameter-version", "1", "--labels", "prod"]);
    assert_eq!(get(&env, "/l/p:prod", &[])["Version"], 1);
    let h = env.ok(&["get-parameter-history", "--name", "/l/p"]).json();
    assert_eq!(h["Parameters"][1]["Labels"], json!([]));
    // Ten labels per version.
    let ten: Vec<String> = (0..9).map(|i| format!("l{i}")).collect();
    let mut args = vec!["label-parameter-version", "--name", "/l/p", "--parameter-version", "2", "--labels"];
    args.extend(ten.iter().map(String::as_str));
    env.ok(&args);
    env.ok(&["label-parameter-version", "--name", "/l/p", "--parameter-version", "2", "--labels", "l9"]);
    let line = refused(
        &env,
        &["label-parameter-version", "--name", "/l/p", "--parameter-version", "2", "--labels", "eleventh"],
        "ParameterVersionLabelLimitExceeded",
    );
    assert!(line.contains("10"), "{line}");
    // Re-attaching one it has is no new label.
    env.ok(&["label-parameter-version", "--name", "/l/p", "--parameter-version", "2", "--labels", "l0"]);
    refused(
        &env,
        &["label-parameter-version", "--name", "/l/p", "--parameter-version", "7", "--labels", "x"],
        "ParameterVersionNotFound",
    );
    refused(&env, &["label-parameter-version", "--name", "/l/none", "--labels", "x"], "ParameterNotFound");

    // Unlabel: removed and invalid ones.
    let r = env
        .ok(&[
            "unlabel-parameter-version",
            "--name",
            "/l/p",
            "--parameter-version",
            "2",
            "--labels",
            "l0",
            "prod",
            "zzz",
        ])
        .json();
    assert_eq!(r, json!({"RemovedLabels": ["l0"], "InvalidLabels": ["prod", "zzz"]}));
    refused(
        &env,
        &["unlabel-parameter-version", "--name", "/l/p", "--parameter-version", "9", "--labels", "l1"],
        "ParameterVersionNotFound",
    );
    refused(
        &env,
        &["unlabel-parameter-version", "--name", "/l/none", "--parameter-version", "1", "--labels", "l1"],
        "ParameterNotFound",
    );
}

#[test]
fn the_hundred_and_first_version_drops_the_oldest_unless_it_is_labelled() {
    let env = Env::new();
    put(&env, "/m/p", "1", &["--type", "String"]);
    for i in 2..=100 {
        put(&env, "/m/p", &i.to_string(), &["--overwrite"]);
    }
    env.ok(&["label-parameter-version", "--name", "/m/p", "--parameter-version", "1", "--labels", "keep"]);
    let line = refused(
        &env,
        &["put-parameter", "--name", "/m/p", "--value", "101", "--overwrite"],
        "ParameterMaxVersionLimitExceeded",
    );
    assert!(line.contains("Version 1"), "{line}");
    env.ok(&["label-parameter-version", "--name", "/m/p", "--parameter-version", "50", "--labels", "keep"]);
    assert_eq!(put(&env, "/m/p", "101", &["--overwrite"])["Version"], 101);
    let h = env.ok(&["get-parameter-history", "--name", "/m/p"]).json();
    let list = h["Parameters"].as_array().unwrap();
    assert_eq!(list.len(), 100);
    assert_eq!(list[0]["Version"], 2);
    assert_eq!(list[99]["Version"], 101);
    refused(&env, &["get-parameter", "--name", "/m/p:1"], "ParameterVersionNotFound");
}

#[test]
fn delete_one_and_many() {
    let env = Env::new();
    put(&env, "/d/a", "1", &["--type", "String", "--tags", "Key=Team,Value=Web"]);
    put(&env, "/d/b", "2", &["--type", "String"]);
    put(&env, "/d/c", "3", &["--type", "String"]);
    assert_eq!(env.ok(&["delete-parameter", "--name", "/d/a"]).stdout, "");
    refused(&env, &["get-parameter", "--name", "/d/a"], "ParameterNotFound");
    refused(&env, &["delete-parameter", "--name", "/d/a"], "ParameterNotFound");
    // A new parameter of that name starts again at version 1, without the old tags.
    assert_eq!(put(&env, "/d/a", "new", &["--type", "String"])["Version"], 1);
    let tags = env.ok(&["list-tags-for-resource", "--resource-type", "Parameter", "--resource-id", "/d/a"]).json();
    assert_eq!(tags["TagList"], json!([]));
    let r = env.ok(&["delete-parameters", "--names", "/d/b", "/d/zz", "/d/c"]).json();
    assert_eq!(r, json!({"DeletedParameters": ["/d/b", "/d/c"], "InvalidParameters": ["/d/zz"]}));
    let left = env.ok(&["describe-parameters"]).json();
    assert_eq!(names(&left["Parameters"]), vec!["/d/a"]);
}

#[test]
fn tags_on_parameters() {
    let env = Env::new();
    put(&env, "/t/p", "v", &["--type", "String", "--tags", "Key=Team,Value=Web", "Key=Env,Value=Prod"]);
    let list =
        |env: &Env| env.ok(&["list-tags-for-resource", "--resource-type", "Parameter", "--resource-id", "/t/p"]).json();
    assert_eq!(list(&env)["TagList"], json!([{"Key": "Env", "Value": "Prod"}, {"Key": "Team", "Value": "Web"}]));
    env.ok(&[
        "add-tags-to-resource",
        "--resource-type",
        "Parameter",
        "--resource-id",
        "/t/p",
        "--tags",
        "Key=Env,Value=Dev",
    ]);
    env.ok(&[
        "remove-tags-from-resource",
        "--resource-type",
        "Parameter",
        "--resource-id",
        "/t/p",
        "--tag-keys",
        "Team",
    ]);
    assert_eq!(list(&env)["TagList"], json!([{"Key": "Env", "Value": "Dev"}]));
    refused(
        &env,
        &[
            "add-tags-to-resource",
            "--resource-type",
            "Parameter",
            "--resource-id",
            "/t/none",
            "--tags",
            "Key=a,Value=b",
        ],
        "InvalidResourceId",
    );
}

#[test]
fn describe_parameters_filters() {
    let env = Env::new();
    put(&env, "/app/web/url", "u", &["--type", "String"]);
    put(&env, "/app/web/key", "k", &["--type", "SecureString", "--tags", "Key=Team,Value=Web"]);
    put(&env, "/app/db/hosts", "a,b", &["--type", "StringList", "--tags", "Key=Team,Value=Db"]);
    put(&env, "/app/top", "t", &["--type", "String", "--tier", "Advanced"]);
    put(&env, "/other/x", "x", &["--type", "String"]);
    put(&env, "plain", "p", &["--type", "String"]);
    let describe = |filters: &[&str]| -> Vec<String> {
        let mut args = vec!["describe-parameters"];
        if !filters.is_empty() {
            args.push("--parameter-filters");
            args.extend_from_slice(filters);
        }
        names(&env.ok(&args).json()["Parameters"])
    };
    assert_eq!(describe(&[]), vec!["/app/db/hosts", "/app/top", "/app/web/key", "/app/web/url", "/other/x", "plain"]);
    assert_eq!(describe(&["Key=Name,Values=/app/top"]), vec!["/app/top"]);
    assert_eq!(describe(&["Key=Name,Values=plain"]), vec!["plain"]);
    assert_eq!(describe(&["Key=Name,Option=BeginsWith,Values=/app/web"]), vec!["/app/web/key", "/app/web/url"]);
    assert_eq!(describe(&["Key=Name,Option=Contains,Values=host"]), vec!["/app/db/hosts"]);
    assert_eq!(describe(&["Key=Type,Values=SecureString,StringList"]), vec!["/app/db/hosts", "/app/web/key"]);
    assert_eq!(describe(&["Key=KeyId,Values=alias/aws/ssm"]), vec!["/app/web/key"]);
    assert_eq!(describe(&["Key=Path,Values=/app"]), vec!["/app/top"]);
    assert_eq!(describe(&["Key=Path,Values=/app/"]), vec!["/app/top"]);
    assert_eq!(describe(&["Key=Path,Option=OneLevel,Values=/"]), vec!["plain"]);
    assert_eq!(
        describe(&["Key=Path,Option=Recursive,Values=/app"]),
        vec!["/app/db/hosts", "/app/top", "/app/web/key", "/app/web/url"]
    );
    assert_eq!(describe(&["Key=Tier,Values=Advanced"]), vec!["/app/top"]);
    assert_eq!(describe(&["Key=DataType,Values=text"]).len(), 6);
    assert_eq!(describe(&["Key=tag:Team,Values=Web"]), vec!["/app/web/key"]);
    assert_eq!(describe(&["Key=tag:Team"]), vec!["/app/db/hosts", "/app/web/key"]);
    assert_eq!(describe(&["Key=tag:Team,Option=BeginsWith,Values=D"]), vec!["/app/db/hosts"]);
    assert_eq!(
        describe(&["Key=Path,Option=Recursive,Values=/app", "Key=Type,Values=String"]),
        vec!["/app/top", "/app/web/url"]
    );
    // The older Filters.
    let r = env.ok(&["describe-parameters", "--filters", "Key=Name,Values=/app/web"]).json();
    assert_eq!(names(&r["Parameters"]), vec!["/app/web/key", "/app/web/url"]);
    let r = env.ok(&["describe-parameters", "--filters", "Key=Type,Values=StringList"]).json();
    assert_eq!(names(&r["Parameters"]), vec!["/app/db/hosts"]);
    // Metadata without values.
    let r = env.ok(&["describe-parameters", "--parameter-filters", "Key=Name,Values=/app/web/key"]).json();
    let m = &r["Parameters"][0];
    assert!(m.get("Value").is_none());
    assert_eq!(
        (m["KeyId"].clone(), m["Tier"].clone(), m["Policies"].clone()),
        (json!("alias/aws/ssm"), json!("Standard"), json!([]))
    );
    // Shared parameters come from other AWS accounts: none here.
    assert_eq!(env.ok(&["describe-parameters", "--shared"]).json()["Parameters"], json!([]));

    // Mistakes, as AWS names them.
    refused(&env, &["describe-parameters", "--parameter-filters", "Key=Label,Values=x"], "InvalidFilterKey");
    refused(
        &env,
        &["describe-parameters", "--parameter-filters", "Key=Name,Values=a", "Key=Name,Values=b"],
        "InvalidFilterKey",
    );
    refused(
        &env,
        &["describe-parameters", "--parameter-filters", "Key=Type,Option=Contains,Values=String"],
        "InvalidFilterOption",
    );
    refused(
        &env,
        &["describe-parameters", "--parameter-filters", "Key=Path,Option=Equals,Values=/app"],
        "InvalidFilterOption",
    );
    refused(&env, &["describe-parameters", "--parameter-filters", "Key=Type"], "InvalidFilterValue");
    refused(&env, &["describe-parameters", "--parameter-filters", "Key=Type,Values=Number"], "InvalidFilterValue");
    refused(&env, &["describe-parameters", "--parameter-filters", "Key=Path,Values=app"], "ValidationException");
    refused(&env, &["describe-parameters", "--parameter-filters", "Key=Color,Values=red"], "ValidationException");
    let line = refused(
        &env,
        &["describe-parameters", "--filters", "Key=Name,Values=a", "--parameter-filters", "Key=Type,Values=String"],
        "ValidationException",
    );
    assert!(line.contains("either Filters or ParameterFilters"), "{line}");
}

#[test]
fn get_parameters_by_path_levels_filters_and_decryption() {
    let env = Env::new();
    put(&env, "/app/a", "1", &["--type", "String"]);
    put(&env, "/app/b", "2", &["--type", "SecureString"]);
    put(&env, "/app/sub/c", "3", &["--type", "String"]);
    put(&env, "/app/sub/deeper/d", "4", &["--type", "StringList"]);
    put(&env, "/apple", "5", &["--type", "String"]);
    put(&env, "top", "6", &["--type", "String"]);
    let by_path = |args: &[&str]| -> Value {
        let mut all = vec!["get-parameters-by-path"];
        all.extend_from_slice(args);
        env.ok(&all).json()["Parameters"].clone()
    };
    assert_eq!(names(&by_path(&["--path", "/app"])), vec!["/app/a", "/app/b"]);
    assert_eq!(names(&by_path(&["--path", "/app/"])), vec!["/app/a", "/app/b"]);
    assert_eq!(
        names(&by_path(&["--path", "/app", "--recursive"])),
        vec!["/app/a", "/app/b", "/app/sub/c", "/app/sub/deeper/d"]
    );
    assert_eq!(names(&by_path(&["--path", "/app/sub", "--recursive"])), vec!["/app/sub/c", "/app/sub/deeper/d"]);
    assert_eq!(names(&by_path(&["--path", "/"])), vec!["/apple", "top"]);
    assert_eq!(names(&by_path(&["--path", "/", "--recursive"])).len(), 6);
    assert_eq!(names(&by_path(&["--path", "/nothing", "--recursive"])), Vec::<String>::new());

    let list = by_path(&["--path", "/app"]);
    assert!(list[1]["Value"].as_str().unwrap().starts_with("v1:"), "sealed without --with-decryption");
    let list = by_path(&["--path", "/app", "--with-decryption"]);
    assert_eq!(list[1]["Value"], "2");

    assert_eq!(
        names(&by_path(&["--path", "/app", "--recursive", "--parameter-filters", "Key=Type,Values=String"])),
        vec!["/app/a", "/app/sub/c"]
    );
    assert_eq!(
        names(&by_path(&["--path", "/app", "--parameter-filters", "Key=KeyId,Option=BeginsWith,Values=alias/"])),
        vec!["/app/b"]
    );
    // A Label filter shows the labelled version.
    put(&env, "/app/a", "1b", &["--overwrite"]);
    env.ok(&["label-parameter-version", "--name", "/app/a", "--parameter-version", "1", "--labels", "stable"]);
    let list = by_path(&["--path", "/app", "--recursive", "--parameter-filters", "Key=Label,Values=stable"]);
    assert_eq!(names(&list), vec!["/app/a"]);
    assert_eq!((list[0]["Value"].clone(), list[0]["Version"].clone()), (json!("1"), json!(1)));

    for key in ["Name", "Path", "Tier", "DataType", "tag:Team"] {
        let f = format!("Key={key},Values=x");
        refused(&env, &["get-parameters-by-path", "--path", "/app", "--parameter-filters", &f], "InvalidFilterKey");
    }
    refused(
        &env,
        &["get-parameters-by-path", "--path", "/app", "--parameter-filters", "Key=Label,Option=BeginsWith,Values=s"],
        "InvalidFilterOption",
    );
    refused(&env, &["get-parameters-by-path", "--path", "app"], "ValidationException");
    refused(&env, &["get-parameters-by-path", "--path", "/app", "--max-results", "11"], "ValidationException");
    refused(&env, &["get-parameters-by-path", "--path", "/app", "--next-token", "!!"], "InvalidNextToken");
}

#[test]
fn secure_strings_are_sealed_at_rest_and_open_only_with_the_key() {
    let env = Env::new();
    let secret = "correct horse battery staple 9f2c";
    put(&env, "/s/db", secret, &["--type", "SecureString", "--description", "db password"]);
    put(&env, "/s/db", &format!("{secret} v2"), &["--overwrite"]);

    // Not in the database file, its WAL, or any output without --with-decryption.
    for suffix in ["", "-wal", "-shm"] {
        let path = PathBuf::from(format!("{}{suffix}", env.db.display()));
        if let Ok(bytes) = std::fs::read(&path) {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{} holds the secret",
                path.display()
            );
        }
    }
    let p = get(&env, "/s/db", &[]);
    let sealed = p["Value"].as_str().unwrap();
    assert!(sealed.starts_with("v1:alias/aws/ssm:") && !sealed.contains("horse"), "{sealed}");
    let h = env.ok(&["get-parameter-history", "--name", "/s/db"]).json();
    assert!(!h.to_string().contains("horse"));
    let h = env.ok(&["get-parameter-history", "--name", "/s/db", "--with-decryption"]).json();
    assert_eq!(h["Parameters"][0]["Value"], secret);
    assert_eq!(get(&env, "/s/db", &["--with-decryption"])["Value"], format!("{secret} v2"));
    let r = env.ok(&["get-parameters", "--names", "/s/db", "--with-decryption"]).json();
    assert_eq!(r["Parameters"][0]["Value"], format!("{secret} v2"));
    let debug = env.run(&["get-parameter", "--name", "/s/db", "--with-decryption", "--debug"]);
    assert!(!debug.stderr.contains("horse"), "{}", debug.stderr);

    // The default key was made on first use: a 0600 file in 0700 folders.
    let key_path = key_file(&env);
    assert_eq!(std::fs::metadata(&key_path).unwrap().permissions().mode() & 0o777, 0o600);
    let keys_dir = env.path().join(".config/ssmctl/keys");
    assert_eq!(std::fs::metadata(&keys_dir).unwrap().permissions().mode() & 0o777, 0o700);
    let key_text = std::fs::read_to_string(&key_path).unwrap().trim().to_string();
    assert_eq!(base64::engine::general_purpose::STANDARD.decode(&key_text).unwrap().len(), 32);

    // The database elsewhere, with another HOME and no key: a clear refusal, never the value.
    let other = Env::new();
    std::fs::create_dir_all(other.db.parent().unwrap()).unwrap();
    std::fs::copy(&env.db, &other.db).unwrap();
    if let Ok(wal) = std::fs::read(format!("{}-wal", env.db.display())) {
        std::fs::write(format!("{}-wal", other.db.display()), wal).unwrap();
    }
    let line = refused(&other, &["get-parameter", "--name", "/s/db", "--with-decryption"], "InvalidKeyId");
    assert!(line.contains("alias/aws/ssm") && line.contains("SSMCTL_KEY"), "{line}");
    assert!(!line.contains("horse"));
    // Without --with-decryption the sealed text shows, as anywhere.
    assert!(get(&other, "/s/db", &[])["Value"].as_str().unwrap().starts_with("v1:"));
    // With the key in SSMCTL_KEY it opens.
    let ok = other
        .command(&["get-parameter", "--name", "/s/db", "--with-decryption"])
        .env("SSMCTL_KEY", &key_text)
        .output()
        .unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let v: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(v["Parameter"]["Value"], format!("{secret} v2"));
    // Another key under that name: refused (authentication fails), not garbage.
    let wrong = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
    let r = other
        .command(&["get-parameter", "--name", "/s/db", "--with-decryption"])
        .env("SSMCTL_KEY", &wrong)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(254));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("(InvalidKeyId)") && err.contains("other key material"), "{err}");
    assert!(r.stdout.is_empty());
    // A malformed key in the environment, or an unsafe key file: environment errors (253).
    let r = other
        .command(&["get-parameter", "--name", "/s/db", "--with-decryption"])
        .env("SSMCTL_KEY", "short")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(253), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(String::from_utf8_lossy(&r.stderr).contains("SSMCTL_KEY"));
    std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let line = env.fails(&["get-parameter", "--name", "/s/db", "--with-decryption"], 253);
    assert!(line.contains("chmod 600"), "{line}");
    std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::write(&key_path, "not a key\n").unwrap();
    let line = env.fails(&["get-parameter", "--name", "/s/db", "--with-decryption"], 253);
    assert!(line.contains("key file"), "{line}");
}

#[test]
fn named_keys_must_exist_and_come_from_the_environment_or_a_file() {
    let env = Env::new();
    let line = refused(
        &env,
        &["put-parameter", "--name", "/k/a", "--value", "v", "--type", "SecureString", "--key-id", "alias/app"],
        "InvalidKeyId",
    );
    assert!(line.contains("SSMCTL_KEY_ALIAS_APP"), "{line}");
    refused(&env, &["get-parameter", "--name", "/k/a"], "ParameterNotFound");
    let key = base64::engine::general_purpose::STANDARD.encode([42u8; 32]);
    let r = env
        .command(&[
            "put-parameter",
            "--name",
            "/k/a",
            "--value",
            "v",
            "--type",
            "SecureString",
            "--key-id",
            "alias/app",
        ])
        .env("SSMCTL_KEY_ALIAS_APP", &key)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let d = env.ok(&["describe-parameters", "--parameter-filters", "Key=KeyId,Values=alias/app"]).json();
    assert_eq!(names(&d["Parameters"]), vec!["/k/a"]);
    // The same key as a file under the key directory.
    let file = env.path().join(".config/ssmctl/keys/alias/app");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, format!("{key}\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(get(&env, "/k/a", &["--with-decryption"])["Value"], "v");
    // An overwrite keeps the key; no default key was created for it.
    put(&env, "/k/a", "w", &["--overwrite"]);
    assert_eq!(get(&env, "/k/a", &["--with-decryption"])["Value"], "w");
    assert!(!key_file(&env).exists());
    // XDG_CONFIG_HOME moves the key directory.
    let xdg = env.path().join("xdg");
    let r = env
        .command(&["put-parameter", "--name", "/k/b", "--value", "v", "--type", "SecureString"])
        .env("XDG_CONFIG_HOME", &xdg)
        .output()
        .unwrap();
    assert!(r.status.success());
    assert!(xdg.join("ssmctl/keys/alias/aws/ssm").exists());
}

/// 1,000 parameters under /app: a loop of put-parameter processes, 4 at a time.
fn thousand(env: &Env) -> Vec<String> {
    let all: Vec<String> = (0..1000).map(|i| format!("/app/g{}/p{i:04}", i % 7)).collect();
    let mut running: std::collections::VecDeque<(String, std::process::Child)> = Default::default();
    let wait = |(name, child): (String, std::process::Child)| {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    };
    for name in &all {
        if running.len() == 4 {
            wait(running.pop_front().unwrap());
        }
        let child = env
            .command(&["put-parameter", "--name", name, "--value", name, "--type", "String"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        running.push_back((name.clone(), child));
    }
    running.into_iter().for_each(wait);
    let mut sorted = all;
    sorted.sort();
    sorted
}

#[test]
fn get_parameters_by_path_pages_over_a_thousand_parameters() {
    let env = Env::new();
    let all = thousand(&env);
    let whole = env.ok(&["get-parameters-by-path", "--path", "/app", "--recursive"]).json();
    assert_eq!(names(&whole["Parameters"]), all);
    assert!(whole.get("NextToken").is_none());

    // --max-items with --starting-token: every parameter once, in order.
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut args = vec!["get-parameters-by-path", "--path", "/app", "--recursive", "--max-items", "77"];
        if let Some(t) = &token {
            args.extend_from_slice(&["--starting-token", t]);
        }
        let page = env.ok(&args).json();
        seen.extend(names(&page["Parameters"]));
        pages += 1;
        match page.get("NextToken").and_then(Value::as_str) {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(pages, 13);
    assert_eq!(seen, all);
    // The service's own pages: MaxResults 10 at most, NextToken.
    let page = env.ok(&["get-parameters-by-path", "--path", "/app", "--recursive", "--max-results", "10"]).json();
    assert_eq!(page["Parameters"].as_array().unwrap().len(), 10);
    let next = page["NextToken"].as_str().unwrap();
    let page2 = env
        .ok(&["get-parameters-by-path", "--path", "/app", "--recursive", "--max-results", "10", "--next-token", next])
        .json();
    assert_eq!(names(&page2["Parameters"]), all[10..20].to_vec());
    // One level, and describe-parameters pages the same set.
    let g3 = env.ok(&["get-parameters-by-path", "--path", "/app/g3"]).json();
    assert_eq!(names(&g3["Parameters"]), all.iter().filter(|n| n.starts_with("/app/g3/")).cloned().collect::<Vec<_>>());
    let described = env.ok(&["describe-parameters", "--page-size", "50", "--query", "Parameters[].Name"]).json();
    assert_eq!(described, json!(all));
}

#[test]
fn concurrent_first_secure_strings_agree_on_one_default_key() {
    let env = Env::new();
    let children: Vec<_> = (0..8)
        .map(|i| {
            let name = format!("/c/p{i}");
            let value = format!("--value=secret-{i}");
            env.command(&["put-parameter", "--name", &name, &value, "--type", "SecureString"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let r = env.ok(&["get-parameters-by-path", "--path", "/c", "--with-decryption", "--query", "Parameters[].Value"]);
    let values: Vec<String> = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(values, (0..8).map(|i| format!("secret-{i}")).collect::<Vec<_>>());
    let leftovers: Vec<_> = std::fs::read_dir(key_file(&env).parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "only the key file remains: {leftovers:?}");
}
