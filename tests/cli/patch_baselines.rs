//! Patch Manager's baselines and patch groups: create/get/update/describe/delete, AWS's
//! predefined baselines (listed, read-only), the default baseline per OS, patch-group
//! registrations, tags, pagination, and every refusal with its AWS code. No fleet needed.

use crate::support::Env;
use serde_json::{Value, json};

/// The one error line of a refused command: its AWS code with exit 254.
fn refused(env: &Env, args: &[&str], code: &str) -> String {
    let line = env.fails(args, 254);
    assert!(line.contains(&format!("({code})")), "{args:?}: expected {code}, got: {line}");
    line
}

const UBUNTU_RULES: &str = r#"{"PatchRules":[{"PatchFilterGroup":{"PatchFilters":[{"Key":"PRIORITY","Values":["Required","Important"]},{"Key":"SECTION","Values":["*"]}]}}]}"#;
const RHEL_RULES: &str = r#"{"PatchRules":[{"PatchFilterGroup":{"PatchFilters":[{"Key":"CLASSIFICATION","Values":["Security"]},{"Key":"SEVERITY","Values":["Critical"]}]},"ApproveAfterDays":3,"ComplianceLevel":"HIGH"}]}"#;

fn create(env: &Env, name: &str, os: &str, more: &[&str]) -> String {
    let rules = if matches!(os, "UBUNTU" | "DEBIAN") { UBUNTU_RULES } else { RHEL_RULES };
    let mut args = vec!["create-patch-baseline", "--name", name, "--operating-system", os, "--approval-rules", rules];
    args.extend_from_slice(more);
    let id = env.ok(&args).json()["BaselineId"].as_str().unwrap().to_string();
    assert!(regex::Regex::new(r"^pb-[0-9a-f]{17}$").unwrap().is_match(&id), "{id}");
    id
}

fn get(env: &Env, id: &str) -> Value {
    env.ok(&["get-patch-baseline", "--baseline-id", id]).json()
}

fn predefined_id(env: &Env, os: &str) -> String {
    let out = env.ok(&["get-default-patch-baseline", "--operating-system", os]).json();
    out["BaselineId"].as_str().unwrap().to_string()
}

fn ids(list: &Value, member: &str) -> Vec<String> {
    list.as_array().unwrap().iter().map(|i| i[member].as_str().unwrap().to_string()).collect()
}

#[test]
fn create_get_update_replace_describe_delete() {
    let env = Env::new();
    let id = create(
        &env,
        "web-ubuntu",
        "UBUNTU",
        &["--description", "web servers", "--approved-patches", "openssl", "libc6", "--rejected-patches", "telnet*"],
    );
    let b = get(&env, &id);
    assert_eq!(b["BaselineId"], id.as_str());
    assert_eq!(b["Name"], "web-ubuntu");
    assert_eq!(b["OperatingSystem"], "UBUNTU");
    assert_eq!(b["Description"], "web servers");
    assert_eq!(b["ApprovedPatches"], json!(["openssl", "libc6"]));
    assert_eq!(b["RejectedPatches"], json!(["telnet*"]));
    assert_eq!(b["PatchGroups"], json!([]));
    assert_eq!(b["GlobalFilters"], json!({"PatchFilters": []}));
    assert_eq!(b["Sources"], json!([]));
    // AWS's defaults are shown for what the request left out.
    assert_eq!(b["RejectedPatchesAction"], "ALLOW_AS_DEPENDENCY");
    assert_eq!(b["ApprovedPatchesComplianceLevel"], "UNSPECIFIED");
    assert_eq!(b["ApprovedPatchesEnableNonSecurity"], false);
    let rule = &b["ApprovalRules"]["PatchRules"][0];
    assert_eq!(rule["ComplianceLevel"], "UNSPECIFIED");
    assert_eq!(rule["EnableNonSecurity"], false);
    assert!(rule.get("ApproveAfterDays").is_none());
    assert_eq!(rule["PatchFilterGroup"]["PatchFilters"][0]["Values"], json!(["Required", "Important"]));
    let created = b["CreatedDate"].as_str().unwrap().to_string();
    assert!(regex::Regex::new(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$").unwrap().is_match(&created));

    // A partial update keeps what it does not name.
    let u = env
        .ok(&[
            "update-patch-baseline",
            "--baseline-id",
            &id,
            "--description",
            "all web",
            "--rejected-patches-action",
            "BLOCK",
        ])
        .json();
    assert_eq!(u["Description"], "all web");
    assert_eq!(u["RejectedPatchesAction"], "BLOCK");
    assert_eq!(u["ApprovedPatches"], json!(["openssl", "libc6"]));
    assert_eq!(u["ApprovalRules"], b["ApprovalRules"]);
    assert!(u.get("PatchGroups").is_none(), "UpdatePatchBaseline's result has no PatchGroups");
    assert_eq!(u["CreatedDate"].as_str().unwrap(), created);
    assert_eq!(get(&env, &id)["Description"], "all web");

    // --replace: Name required; everything not given is cleared (to AWS's defaults).
    refused(&env, &["update-patch-baseline", "--baseline-id", &id, "--replace"], "ValidationException");
    let r = env.ok(&["update-patch-baseline", "--baseline-id", &id, "--replace", "--name", "web-ubuntu-2"]).json();
    assert_eq!(r["Name"], "web-ubuntu-2");
    assert!(r.get("Description").is_none());
    assert_eq!(r["ApprovedPatches"], json!([]));
    assert_eq!(r["ApprovalRules"], json!({"PatchRules": []}));
    assert_eq!(r["RejectedPatchesAction"], "ALLOW_AS_DEPENDENCY");
    assert_eq!(r["OperatingSystem"], "UBUNTU");

    let mine = env.ok(&["describe-patch-baselines", "--filters", "Key=OWNER,Values=Self"]).json()["BaselineIdentities"]
        .clone();
    assert_eq!(
        mine,
        json!([{"BaselineId": id, "BaselineName": "web-ubuntu-2", "OperatingSystem": "UBUNTU", "DefaultBaseline": false}])
    );

    assert_eq!(env.ok(&["delete-patch-baseline", "--baseline-id", &id]).json(), json!({"BaselineId": id}));
    refused(&env, &["get-patch-baseline", "--baseline-id", &id], "DoesNotExistException");
    refused(&env, &["delete-patch-baseline", "--baseline-id", &id], "DoesNotExistException");
    refused(&env, &["update-patch-baseline", "--baseline-id", &id, "--name", "x-y-z"], "DoesNotExistException");
    let mine = env.ok(&["describe-patch-baselines", "--filters", "Key=OWNER,Values=Self"]).json();
    assert_eq!(mine["BaselineIdentities"], json!([]));
}

#[test]
fn operating_system_defaults_to_windows_and_filters_follow_the_os() {
    let env = Env::new();
    let id = env.ok(&["create-patch-baseline", "--name", "win"]).json()["BaselineId"].as_str().unwrap().to_string();
    let b = get(&env, &id);
    assert_eq!(b["OperatingSystem"], "WINDOWS");
    assert!(b.get("ApprovedPatchesEnableNonSecurity").is_none(), "a Linux-only member");

    let base = ["create-patch-baseline", "--name", "bad-one"];
    let with = |os: &str, rules: &str| {
        let mut a: Vec<String> = base.iter().map(|s| s.to_string()).collect();
        a.extend(["--operating-system".into(), os.into(), "--approval-rules".into(), rules.into()]);
        a
    };
    let rule = |filters: &str, dates: &str| {
        format!(r#"{{"PatchRules":[{{"PatchFilterGroup":{{"PatchFilters":[{filters}]}}{dates}}}]}}"#)
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        // PRIORITY is Debian/Ubuntu's; CLASSIFICATION is not.
        (
            with(
                "REDHAT_ENTERPRISE_LINUX",
                &rule(r#"{"Key":"PRIORITY","Values":["Required"]}"#, r#","ApproveAfterDays":7"#),
            ),
            "PRIORITY",
        ),
        (with("UBUNTU", &rule(r#"{"Key":"CLASSIFICATION","Values":["Security"]}"#, "")), "CLASSIFICATION"),
        (with("UBUNTU", &rule(r#"{"Key":"PRIORITY","Values":["Urgent"]}"#, "")), "Urgent"),
        (
            with(
                "AMAZON_LINUX_2023",
                &rule(
                    r#"{"Key":"SEVERITY","Values":["Critical"]},{"Key":"SEVERITY","Values":["Low"]}"#,
                    r#","ApproveAfterDays":7"#,
                ),
            ),
            "more than once",
        ),
        // Exactly one of ApproveAfterDays / ApproveUntilDate, except on Debian/Ubuntu: neither.
        (
            with(
                "ROCKY_LINUX",
                &rule(
                    r#"{"Key":"PRODUCT","Values":["*"]}"#,
                    r#","ApproveAfterDays":7,"ApproveUntilDate":"2030-01-01""#,
                ),
            ),
            "mutually exclusive",
        ),
        (with("ROCKY_LINUX", &rule(r#"{"Key":"PRODUCT","Values":["*"]}"#, "")), "required"),
        (
            with("UBUNTU", &rule(r#"{"Key":"PRODUCT","Values":["*"]}"#, r#","ApproveAfterDays":7"#)),
            "not supported on UBUNTU",
        ),
        (
            with("DEBIAN", &rule(r#"{"Key":"PRODUCT","Values":["*"]}"#, r#","ApproveUntilDate":"2030-01-01""#)),
            "not supported on DEBIAN",
        ),
        (
            with("CENTOS", &rule(r#"{"Key":"PRODUCT","Values":["*"]}"#, r#","ApproveUntilDate":"2030-13-01""#)),
            "YYYY-MM-DD",
        ),
        (
            with("CENTOS", &rule(r#"{"Key":"PRODUCT","Values":["*"]}"#, r#","ApproveUntilDate":"1/2/2030""#)),
            "YYYY-MM-DD",
        ),
    ];
    for (args, says) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let line = refused(&env, &args, "ValidationException");
        assert!(line.contains(says), "{args:?}: {line}");
    }

    // Approved and rejected patch formats: apt takes bare names; rpm NEVRA, CVE and advisory ids.
    let ok_rpm = [
        "dbus.x86_64",
        "dbus-1:1.12.28-1.amzn2023.0.1.x86_64",
        "dbus-*:1.12.28-1.amzn2023.0.1.x86_64",
        "kernel*",
        "CVE-2018-1234567",
        "RHSA-2017:0864",
        "ALAS-2018-123",
        "1234567",
    ];
    let mut args = vec![
        "create-patch-baseline",
        "--name",
        "rpm-lists",
        "--operating-system",
        "AMAZON_LINUX_2023",
        "--approval-rules",
        RHEL_RULES,
        "--approved-patches",
    ];
    args.extend(ok_rpm);
    env.ok(&args);
    for (os, bad) in [
        ("UBUNTU", "libc6=2.31-0ubuntu9"),
        ("UBUNTU", "LibC6"),
        ("AMAZON_LINUX_2", "CVE-20-1"),
        ("AMAZON_LINUX_2", "two words"),
    ] {
        let line = refused(
            &env,
            &["create-patch-baseline", "--name", "lists", "--operating-system", os, "--rejected-patches", bad],
            "ValidationException",
        );
        assert!(line.contains("RejectedPatches"), "{line}");
    }
    // The model's own checks: an unknown OS, a bad name, a missing name.
    refused(&env, &["create-patch-baseline", "--name", "x-os", "--operating-system", "HAIKU"], "ValidationException");
    refused(&env, &["create-patch-baseline", "--name", "no spaces"], "ValidationException");
    env.fails(&["create-patch-baseline", "--operating-system", "UBUNTU"], 252);
    // Nothing of the refused creates was stored.
    let mine = env.ok(&["describe-patch-baselines", "--filters", "Key=OWNER,Values=Self"]).json();
    assert_eq!(ids(&mine["BaselineIdentities"], "BaselineName"), ["rpm-lists", "win"]);
}

#[test]
fn client_token_makes_create_idempotent() {
    let env = Env::new();
    let a = create(&env, "tok", "UBUNTU", &["--client-token", "t-1"]);
    let b = create(&env, "tok", "UBUNTU", &["--client-token", "t-1"]);
    assert_eq!(a, b);
    let line = refused(
        &env,
        &["create-patch-baseline", "--name", "tok-2", "--operating-system", "UBUNTU", "--client-token", "t-1"],
        "IdempotentParameterMismatch",
    );
    assert!(line.contains(&a), "{line}");
    let c = create(&env, "tok", "UBUNTU", &["--client-token", "t-2"]);
    assert_ne!(a, c);
}

#[test]
fn predefined_baselines_are_listed_gettable_and_read_only() {
    let env = Env::new();
    let aws =
        env.ok(&["describe-patch-baselines", "--filters", "Key=OWNER,Values=AWS"]).json()["BaselineIdentities"].clone();
    let names = ids(&aws, "BaselineName");
    for n in [
        "AWS-UbuntuDefaultPatchBaseline",
        "AWS-DebianDefaultPatchBaseline",
        "AWS-RedHatDefaultPatchBaseline",
        "AWS-AmazonLinux2023DefaultPatchBaseline",
    ] {
        assert!(names.contains(&n.to_string()), "{n} in {names:?}");
    }
    assert!(aws.as_array().unwrap().iter().all(|b| b["DefaultBaseline"] == true), "each is its OS's default");
    let ubuntu = predefined_id(&env, "UBUNTU");
    let b = get(&env, &ubuntu);
    assert_eq!(b["Name"], "AWS-UbuntuDefaultPatchBaseline");
    assert_eq!(b["OperatingSystem"], "UBUNTU");
    assert_eq!(b["ApprovalRules"]["PatchRules"][0]["ComplianceLevel"], "UNSPECIFIED");
    // The ARN and the name say the same baseline.
    let arn = format!("arn:aws:ssm:us-east-2:000000000000:patchbaseline/{ubuntu}");
    assert_eq!(get(&env, &arn)["BaselineId"], ubuntu.as_str());
    assert_eq!(get(&env, "AWS-UbuntuDefaultPatchBaseline")["BaselineId"], ubuntu.as_str());

    let only_os = env
        .ok(&[
            "describe-patch-baselines",
            "--filters",
            "Key=OPERATING_SYSTEM,Values=DEBIAN,UBUNTU",
            "Key=NAME_PREFIX,Values=AWS-U",
        ])
        .json();
    assert_eq!(ids(&only_os["BaselineIdentities"], "BaselineId"), vec![ubuntu.as_str()]);

    for args in [
        vec!["update-patch-baseline", "--baseline-id", &ubuntu, "--description", "mine now"],
        vec!["delete-patch-baseline", "--baseline-id", &ubuntu],
        vec![
            "add-tags-to-resource",
            "--resource-type",
            "PatchBaseline",
            "--resource-id",
            &ubuntu,
            "--tags",
            "Key=a,Value=b",
        ],
    ] {
        let line = refused(&env, &args, "InvalidResourceId");
        assert!(line.contains("AWS"), "{line}");
    }
    assert_eq!(get(&env, &ubuntu)["Description"], "Default Patch Baseline for Ubuntu Provided by AWS.");
}

#[test]
fn malformed_and_unknown_ids() {
    let env = Env::new();
    // Shorter than the model's minimum: a usage error; against its pattern: ValidationException;
    // well formed but not a baseline id: InvalidResourceId; a pb- id nobody has: DoesNotExistException.
    env.fails(&["get-patch-baseline", "--baseline-id", "pb-0123"], 252);
    refused(&env, &["get-patch-baseline", "--baseline-id", "pb-0123456789abcdef0!"], "ValidationException");
    refused(&env, &["get-patch-baseline", "--baseline-id", "baseline-0123456789abc"], "InvalidResourceId");
    refused(&env, &["get-patch-baseline", "--baseline-id", "pb-0123456789abcdef0"], "DoesNotExistException");
    refused(
        &env,
        &["register-default-patch-baseline", "--baseline-id", "pb-0123456789abcdef0"],
        "DoesNotExistException",
    );
    refused(
        &env,
        &["register-default-patch-baseline", "--baseline-id", "arn:aws:ssm:r:1:document/pb-0123456789abcdef0"],
        "InvalidResourceId",
    );
    refused(
        &env,
        &["register-patch-baseline-for-patch-group", "--baseline-id", "pb-0123456789abcdef0", "--patch-group", "web"],
        "DoesNotExistException",
    );
    refused(&env, &["describe-patch-baselines", "--filters", "Key=COLOR,Values=blue"], "ValidationException");
    refused(&env, &["describe-patch-baselines", "--filters", "Key=OWNER,Values=Amazon"], "ValidationException");
    refused(&env, &["describe-patch-groups", "--filters", "Key=OWNER,Values=Self"], "ValidationException");
    refused(&env, &["describe-patch-baselines", "--next-token", "!!"], "InvalidNextToken");
    env.fails(&["get-patch-baseline"], 252);
}

#[test]
fn default_baseline_per_operating_system() {
    let env = Env::new();
    // WINDOWS is the OS when none is named, and ssmctl has no Windows baseline.
    let line = refused(&env, &["get-default-patch-baseline"], "DoesNotExistException");
    assert!(line.contains("WINDOWS"), "{line}");
    refused(&env, &["get-default-patch-baseline", "--operating-system", "MACOS"], "DoesNotExistException");
    let predefined = predefined_id(&env, "UBUNTU");
    assert_ne!(predefined, predefined_id(&env, "DEBIAN"));

    let mine = create(&env, "ubuntu-mine", "UBUNTU", &[]);
    let rhel = create(&env, "rhel-mine", "REDHAT_ENTERPRISE_LINUX", &[]);
    assert_eq!(
        env.ok(&["register-default-patch-baseline", "--baseline-id", &mine]).json(),
        json!({"BaselineId": mine})
    );
    assert_eq!(
        env.ok(&["get-default-patch-baseline", "--operating-system", "UBUNTU"]).json(),
        json!({"BaselineId": mine, "OperatingSystem": "UBUNTU"})
    );
    // Other OSes keep theirs.
    assert_ne!(predefined_id(&env, "REDHAT_ENTERPRISE_LINUX"), rhel);
    let all = env.ok(&["describe-patch-baselines", "--filters", "Key=OPERATING_SYSTEM,Values=UBUNTU"]).json();
    let flags: Vec<(String, bool)> = all["BaselineIdentities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["BaselineId"].as_str().unwrap().to_string(), b["DefaultBaseline"].as_bool().unwrap()))
        .collect();
    assert_eq!(flags, [(predefined.clone(), false), (mine.clone(), true)]);

    let line = refused(&env, &["delete-patch-baseline", "--baseline-id", &mine], "ResourceInUseException");
    assert!(line.contains("default"), "{line}");
    // AWS's way back to the predefined default: register it by ARN.
    let arn = format!("arn:aws:ssm:us-east-2:733109147000:patchbaseline/{predefined}");
    assert_eq!(
        env.ok(&["register-default-patch-baseline", "--baseline-id", &arn]).json()["BaselineId"],
        predefined.as_str()
    );
    assert_eq!(predefined_id(&env, "UBUNTU"), predefined);
    env.ok(&["delete-patch-baseline", "--baseline-id", &mine]);

    // A Windows baseline of the user's can be the Windows default.
    let win = env.ok(&["create-patch-baseline", "--name", "win"]).json()["BaselineId"].as_str().unwrap().to_string();
    env.ok(&["register-default-patch-baseline", "--baseline-id", &win]);
    assert_eq!(
        env.ok(&["get-default-patch-baseline"]).json(),
        json!({"BaselineId": win, "OperatingSystem": "WINDOWS"})
    );
}

#[test]
fn patch_groups_register_get_describe_deregister() {
    let env = Env::new();
    let ubuntu = create(&env, "ubuntu-web", "UBUNTU", &[]);
    let other = create(&env, "ubuntu-other", "UBUNTU", &[]);
    let rhel = create(&env, "rhel-web", "REDHAT_ENTERPRISE_LINUX", &[]);
    let reg = |id: &str, g: &str| {
        env.run(&["register-patch-baseline-for-patch-group", "--baseline-id", id, "--patch-group", g])
    };
    let r = reg(&ubuntu, "web servers");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json(), json!({"BaselineId": ubuntu, "PatchGroup": "web servers"}));
    // One baseline per group and OS: the same again, or another Ubuntu one, is refused.
    for id in [&ubuntu, &other] {
        refused(
            &env,
            &["register-patch-baseline-for-patch-group", "--baseline-id", id, "--patch-group", "web servers"],
            "AlreadyExistsException",
        );
    }
    // Another OS is another slot.
    assert_eq!(reg(&rhel, "web servers").code, 0);
    assert_eq!(reg(&other, "db").code, 0);
    let predefined_debian = predefined_id(&env, "DEBIAN");
    assert_eq!(reg(&predefined_debian, "web servers").code, 0, "a predefined baseline can serve a group");
    refused(
        &env,
        &["register-patch-baseline-for-patch-group", "--baseline-id", &ubuntu, "--patch-group", "bad|group"],
        "ValidationException",
    );

    let for_group = |g: &str, os: &str| {
        env.ok(&["get-patch-baseline-for-patch-group", "--patch-group", g, "--operating-system", os]).json()
    };
    assert_eq!(
        for_group("web servers", "UBUNTU"),
        json!({"BaselineId": ubuntu, "PatchGroup": "web servers", "OperatingSystem": "UBUNTU"})
    );
    assert_eq!(for_group("web servers", "REDHAT_ENTERPRISE_LINUX")["BaselineId"], rhel.as_str());
    // A group without a baseline for the OS gets the OS's default.
    assert_eq!(for_group("nobody", "UBUNTU")["BaselineId"], predefined_id(&env, "UBUNTU").as_str());
    refused(&env, &["get-patch-baseline-for-patch-group", "--patch-group", "web servers"], "DoesNotExistException");

    assert_eq!(get(&env, &ubuntu)["PatchGroups"], json!(["web servers"]));
    let line = refused(&env, &["delete-patch-baseline", "--baseline-id", &ubuntu], "ResourceInUseException");
    assert!(line.contains("web servers"), "{line}");

    let groups = env.ok(&["describe-patch-groups"]).json()["Mappings"].clone();
    let pairs: Vec<(String, String)> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (m["PatchGroup"].as_str().unwrap().into(), m["BaselineIdentity"]["BaselineId"].as_str().unwrap().into())
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("db".to_string(), other.clone()),
            ("web servers".into(), predefined_debian.clone()),
            ("web servers".into(), rhel.clone()),
            ("web servers".into(), ubuntu.clone())
        ]
    );
    assert_eq!(groups[3]["BaselineIdentity"]["BaselineName"], "ubuntu-web");
    assert_eq!(groups[3]["BaselineIdentity"]["OperatingSystem"], "UBUNTU");
    let only = env
        .ok(&["describe-patch-groups", "--filters", "Key=NAME_PREFIX,Values=web", "Key=OPERATING_SYSTEM,Values=UBUNTU"])
        .json();
    assert_eq!(only["Mappings"].as_array().unwrap().len(), 1);
    assert_eq!(only["Mappings"][0]["BaselineIdentity"]["BaselineId"], ubuntu.as_str());

    let dereg = ["deregister-patch-baseline-for-patch-group", "--baseline-id", &ubuntu, "--patch-group", "web servers"];
    assert_eq!(env.ok(&dereg).json(), json!({"BaselineId": ubuntu, "PatchGroup": "web servers"}));
    refused(&env, &dereg, "InvalidResourceId");
    assert_eq!(get(&env, &ubuntu)["PatchGroups"], json!([]));
    assert_eq!(for_group("web servers", "UBUNTU")["BaselineId"], predefined_id(&env, "UBUNTU").as_str());
    env.ok(&["delete-patch-baseline", "--baseline-id", &ubuntu]);
}

#[test]
fn tags_on_patch_baselines() {
    let env = Env::new();
    let id = create(&env, "tagged", "DEBIAN", &["--tags", "Key=env,Value=prod", "Key=team,Value=web"]);
    let list = |env: &Env| {
        env.ok(&["list-tags-for-resource", "--resource-type", "PatchBaseline", "--resource-id", &id]).json()["TagList"]
            .clone()
    };
    assert_eq!(list(&env), json!([{"Key": "env", "Value": "prod"}, {"Key": "team", "Value": "web"}]));
    env.ok(&[
        "add-tags-to-resource",
        "--resource-type",
        "PatchBaseline",
        "--resource-id",
        &id,
        "--tags",
        "Key=env,Value=dev",
    ]);
    env.ok(&[
        "remove-tags-from-resource",
        "--resource-type",
        "PatchBaseline",
        "--resource-id",
        &id,
        "--tag-keys",
        "team",
    ]);
    assert_eq!(list(&env), json!([{"Key": "env", "Value": "dev"}]));
    refused(
        &env,
        &["create-patch-baseline", "--name", "t-two", "--operating-system", "DEBIAN", "--tags", "Key=aws:x,Value=y"],
        "ValidationException",
    );
    env.ok(&["delete-patch-baseline", "--baseline-id", &id]);
    refused(
        &env,
        &["list-tags-for-resource", "--resource-type", "PatchBaseline", "--resource-id", &id],
        "DoesNotExistException",
    );
}

#[test]
fn describe_baselines_and_groups_page() {
    let env = Env::new();
    let made: Vec<String> = (0..7).map(|i| create(&env, &format!("page-{i}"), "UBUNTU", &[])).collect();
    let names = |v: &Value| ids(&v["BaselineIdentities"], "BaselineName");
    let mine = ["describe-patch-baselines", "--filters", "Key=OWNER,Values=Self"];
    let first = env.ok(&[&mine[..], &["--max-items", "3"]].concat()).json();
    assert_eq!(names(&first), ["page-0", "page-1", "page-2"]);
    let token = first["NextToken"].as_str().unwrap().to_string();
    let rest = env.ok(&[&mine[..], &["--starting-token", &token]].concat()).json();
    assert_eq!(names(&rest), ["page-3", "page-4", "page-5", "page-6"]);
    assert!(rest.get("NextToken").is_none());
    // The service's own pages: MaxResults and NextToken.
    let p1 = env.ok(&[&mine[..], &["--no-paginate", "--max-results", "4"]].concat()).json();
    assert_eq!(names(&p1), ["page-0", "page-1", "page-2", "page-3"]);
    let t = p1["NextToken"].as_str().unwrap().to_string();
    let p2 = env.ok(&[&mine[..], &["--no-paginate", "--max-results", "4", "--next-token", &t]].concat()).json();
    assert_eq!(names(&p2), ["page-4", "page-5", "page-6"]);
    assert!(p2.get("NextToken").is_none());
    // Everything: the 13 predefined and the 7.
    let all = env.ok(&["describe-patch-baselines", "--page-size", "2"]).json();
    assert_eq!(all["BaselineIdentities"].as_array().unwrap().len(), 13 + 7);

    for (i, id) in made.iter().enumerate() {
        env.ok(&["register-patch-baseline-for-patch-group", "--baseline-id", id, "--patch-group", &format!("g{i}")]);
    }
    let g = env.ok(&["describe-patch-groups", "--max-results", "2", "--no-paginate"]).json();
    assert_eq!(ids(&g["Mappings"], "PatchGroup"), ["g0", "g1"]);
    let t = g["NextToken"].as_str().unwrap().to_string();
    let g2 = env.ok(&["describe-patch-groups", "--max-results", "2", "--no-paginate", "--next-token", &t]).json();
    assert_eq!(ids(&g2["Mappings"], "PatchGroup"), ["g2", "g3"]);
    let all = env.ok(&["describe-patch-groups", "--page-size", "3"]).json();
    assert_eq!(ids(&all["Mappings"], "PatchGroup"), ["g0", "g1", "g2", "g3", "g4", "g5", "g6"]);
}

#[test]
fn at_most_fifty_baselines() {
    let env = Env::new();
    for i in 0..50 {
        env.ok(&["create-patch-baseline", "--name", &format!("b-{i:02}"), "--operating-system", "DEBIAN"]);
    }
    refused(
        &env,
        &["create-patch-baseline", "--name", "b-50", "--operating-system", "DEBIAN"],
        "ResourceLimitExceededException",
    );
}
