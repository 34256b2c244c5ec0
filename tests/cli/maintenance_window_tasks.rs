//! A maintenance window's targets and tasks through the real binary: registration checks
//! everything a task will need when its window fires (the document, its declared parameters,
//! targets, rate controls, pseudo parameters) so that the mistakes otherwise found at 2 AM are
//! refused now, with AWS's error codes, and nothing is stored by a refused call. No fleet: no
//! task runs here.

use crate::support::Env;
use serde_json::{Value, json};

const INVENTORY: &str = "hosts:
  web-1: {address: 127.0.0.1, tags: {Role: web}, groups: [frontend]}
  web-2: {address: 127.0.0.1, tags: {Role: web}, groups: [frontend]}
  db-1: {address: 127.0.0.1, tags: {Role: db}}
";

fn env() -> Env {
    let env = Env::new();
    let inv = env.path().join("inventory.yaml");
    std::fs::write(&inv, INVENTORY).unwrap();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    env
}

/// The one error line of a refused command: its AWS code with exit 254.
fn refused(env: &Env, args: &[&str], code: &str) -> String {
    let line = env.fails(args, 254);
    assert!(line.contains(&format!("({code})")), "{args:?}: expected {code}, got: {line}");
    line
}

/// A window as AWS's CLI creates one.
fn window(env: &Env, allow_unassociated: bool) -> String {
    let allow = if allow_unassociated { "--allow-unassociated-targets" } else { "--no-allow-unassociated-targets" };
    let out = env
        .ok(&[
            "create-maintenance-window",
            "--name",
            "nightly-window",
            "--schedule",
            "cron(0 2 ? * SUN *)",
            "--duration",
            "3",
            "--cutoff",
            "1",
            allow,
        ])
        .json();
    out["WindowId"].as_str().unwrap().to_string()
}

fn register_target(env: &Env, w: &str, more: &[&str]) -> String {
    let mut args = vec!["register-target-with-maintenance-window", "--window-id", w];
    args.extend_from_slice(more);
    let id = env.ok(&args).json()["WindowTargetId"].as_str().unwrap().to_string();
    assert!(
        regex::Regex::new(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").unwrap().is_match(&id)
    );
    id
}

fn targets(env: &Env, w: &str) -> Vec<Value> {
    env.ok(&["describe-maintenance-window-targets", "--window-id", w]).json()["Targets"].as_array().unwrap().clone()
}

fn tasks(env: &Env, w: &str) -> Vec<Value> {
    env.ok(&["describe-maintenance-window-tasks", "--window-id", w]).json()["Tasks"].as_array().unwrap().clone()
}

fn get_task(env: &Env, w: &str, t: &str) -> Value {
    env.ok(&["get-maintenance-window-task", "--window-id", w, "--window-task-id", t]).json()
}

/// register-task-with-maintenance-window for a RUN_COMMAND task on registered target `target`
/// with these RunCommand parameters (JSON), plus `more`.
fn run_command_args<'a>(w: &'a str, target: &'a str, doc: &'a str, params: &'a str, more: &[&'a str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "register-task-with-maintenance-window",
        "--window-id",
        w,
        "--task-type",
        "RUN_COMMAND",
        "--task-arn",
        doc,
        "--targets",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(format!("Key=WindowTargetIds,Values={target}"));
    args.extend(["--max-concurrency", "1", "--max-errors", "0", "--task-invocation-parameters"].map(String::from));
    args.push(format!(r#"{{"RunCommand":{{"Parameters":{params}}}}}"#));
    args.extend(more.iter().map(|s| s.to_string()));
    args
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn targets_are_checked_against_the_inventory_when_registered() {
    let env = env();
    let w = window(&env, false);
    let t1 = register_target(
        &env,
        &w,
        &[
            "--resource-type",
            "INSTANCE",
            "--targets",
            "Key=InstanceIds,Values=web-1,db-1",
            "--owner-information",
            "ops-team",
            "--name",
            "nightly-hosts",
            "--description",
            "hosts patched at night",
        ],
    );
    register_target(&env, &w, &["--resource-type", "INSTANCE", "--targets", "Key=tag:Role,Values=web"]);
    register_target(
        &env,
        &w,
        &["--resource-type", "RESOURCE_GROUP", "--targets", "Key=resource-groups:Name,Values=frontend"],
    );
    let base = ["register-target-with-maintenance-window", "--window-id", w.as_str()];
    let with = |more: &[&'static str]| -> Vec<&str> { base.iter().copied().chain(more.iter().copied()).collect() };
    // The 2 AM typo, found now.
    let l = refused(
        &env,
        &with(&["--resource-type", "INSTANCE", "--targets", "Key=InstanceIds,Values=web-l"]),
        "ValidationException",
    );
    assert!(l.contains("web-l"), "{l}");
    let l = refused(
        &env,
        &with(&["--resource-type", "RESOURCE_GROUP", "--targets", "Key=resource-groups:Name,Values=backend"]),
        "ValidationException",
    );
    assert!(l.contains("backend"), "{l}");
    refused(
        &env,
        &with(&["--resource-type", "INSTANCE", "--targets", "Key=resource-groups:Name,Values=frontend"]),
        "ValidationException",
    );
    refused(
        &env,
        &with(&["--resource-type", "RESOURCE_GROUP", "--targets", "Key=InstanceIds,Values=web-1"]),
        "ValidationException",
    );
    refused(
        &env,
        &with(&["--resource-type", "INSTANCE", "--targets", "Key=Colour,Values=blue"]),
        "ValidationException",
    );
    refused(
        &env,
        &[
            "register-target-with-maintenance-window",
            "--window-id",
            "mw-0123456789abcdef0",
            "--resource-type",
            "INSTANCE",
            "--targets",
            "Key=InstanceIds,Values=web-1",
        ],
        "DoesNotExistException",
    );
    let all = targets(&env, &w);
    assert_eq!(all.len(), 3, "refused registrations stored nothing: {all:?}");
    assert_eq!(
        all[0],
        json!({
            "WindowId": w, "WindowTargetId": t1, "ResourceType": "INSTANCE",
            "Targets": [{"Key": "InstanceIds", "Values": ["web-1", "db-1"]}],
            "OwnerInformation": "ops-team", "Name": "nightly-hosts", "Description": "hosts patched at night"
        })
    );
    // Filters as AWS names them: Type is the ResourceType.
    let f = |filter: &str| -> usize {
        env.ok(&["describe-maintenance-window-targets", "--window-id", &w, "--filters", filter]).json()["Targets"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(f("Key=Type,Values=RESOURCE_GROUP"), 1);
    assert_eq!(f("Key=OwnerInformation,Values=ops-team"), 1);
    assert_eq!(f(&format!("Key=WindowTargetId,Values={t1}")), 1);
    refused(
        &env,
        &["describe-maintenance-window-targets", "--window-id", &w, "--filters", "Key=Name,Values=x"],
        "ValidationException",
    );
}

#[test]
fn target_client_tokens_are_idempotent_and_update_keeps_or_replaces() {
    let env = env();
    let w = window(&env, false);
    let args = |ids: &str| -> Vec<String> {
        [
            "register-target-with-maintenance-window",
            "--window-id",
            &w,
            "--resource-type",
            "INSTANCE",
            "--client-token",
            "tok-1",
            "--targets",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("Key=InstanceIds,Values={ids}"), "--name".into(), "first".into()])
        .collect()
    };
    let first = env.ok(&strs(&args("web-1"))).json()["WindowTargetId"].clone();
    assert_eq!(env.ok(&strs(&args("web-1"))).json()["WindowTargetId"], first);
    refused(&env, &strs(&args("web-2")), "IdempotentParameterMismatch");
    assert_eq!(targets(&env, &w).len(), 1);
    let t = first.as_str().unwrap();

    // Without --replace only what is given changes.
    let out = env
        .ok(&[
            "update-maintenance-window-target",
            "--window-id",
            &w,
            "--window-target-id",
            t,
            "--owner-information",
            "o2",
        ])
        .json();
    assert_eq!(out["Name"], "first");
    assert_eq!(out["OwnerInformation"], "o2");
    assert!(out.get("ResourceType").is_none(), "{out}");
    let l = refused(
        &env,
        &[
            "update-maintenance-window-target",
            "--window-id",
            &w,
            "--window-target-id",
            t,
            "--targets",
            "Key=InstanceIds,Values=nope-1",
        ],
        "ValidationException",
    );
    assert!(l.contains("nope-1"), "{l}");
    // --replace needs Targets and clears the optional members not given.
    refused(
        &env,
        &["update-maintenance-window-target", "--window-id", &w, "--window-target-id", t, "--replace"],
        "ValidationException",
    );
    let out = env
        .ok(&[
            "update-maintenance-window-target",
            "--window-id",
            &w,
            "--window-target-id",
            t,
            "--replace",
            "--targets",
            "Key=InstanceIds,Values=web-2",
        ])
        .json();
    assert_eq!(out["Targets"], json!([{"Key": "InstanceIds", "Values": ["web-2"]}]));
    assert!(out.get("Name").is_none() && out.get("OwnerInformation").is_none(), "{out}");
    refused(
        &env,
        &[
            "update-maintenance-window-target",
            "--window-id",
            &w,
            "--window-target-id",
            "00000000-0000-0000-0000-000000000000",
            "--name",
            "abc",
        ],
        "DoesNotExistException",
    );
}

#[test]
fn a_window_takes_at_most_100_targets() {
    let env = env();
    let w = window(&env, false);
    let args = [
        "register-target-with-maintenance-window",
        "--window-id",
        &w,
        "--resource-type",
        "INSTANCE",
        "--targets",
        "Key=tag:Role,Values=web",
    ];
    for _ in 0..100 {
        env.ok(&args);
    }
    refused(&env, &args, "ResourceLimitExceededException");
    assert_eq!(
        env.ok(&["describe-maintenance-window-targets", "--window-id", &w, "--max-items", "200"]).json()["Targets"]
            .as_array()
            .unwrap()
            .len(),
        100
    );
}

#[test]
fn task_parameters_are_checked_against_the_document_when_registered() {
    let env = env();
    let w = window(&env, false);
    let t = register_target(&env, &w, &["--resource-type", "INSTANCE", "--targets", "Key=tag:Role,Values=web"]);
    let run = |doc: &str, params: &str| run_command_args(&w, &t, doc, params, &[]);

    // terraform-provider-aws#26390: AWS-RunPatchBaseline values that only failed when the window ran.
    let l = refused(&env, &strs(&run("AWS-RunPatchBaseline", r#"{"Operation":["Scna"]}"#)), "ValidationException");
    assert!(l.contains("Operation") && l.contains("Scna") && l.contains("Scan") && l.contains("Install"), "{l}");
    assert!(l.contains("AWS-RunPatchBaseline"), "{l}");
    let l = refused(
        &env,
        &strs(&run("AWS-RunPatchBaseline", r#"{"Operation":["Install"],"RebootOption":["Sometimes"]}"#)),
        "ValidationException",
    );
    assert!(l.contains("RebootOption") && l.contains("NoReboot"), "{l}");
    let l = refused(
        &env,
        &strs(&run("AWS-RunPatchBaseline", r#"{"Operation":["Scan"],"SnapshotId":["not-a-guid"]}"#)),
        "ValidationException",
    );
    assert!(l.contains("SnapshotId") && l.contains("allowedPattern"), "{l}");
    let l = refused(&env, &strs(&run("AWS-RunShellScript", r#"{"command":["uptime"]}"#)), "ValidationException");
    assert!(l.contains("command") && l.contains("AWS-RunShellScript") && l.contains("commands"), "{l}");
    let l = refused(&env, &strs(&run("AWS-RunShellScript", r#"{"executionTimeout":["soon"]}"#)), "ValidationException");
    assert!(l.contains("commands") && l.contains("required"), "{l}");
    let l = refused(
        &env,
        &strs(&run("AWS-RunShellScript", r#"{"commands":["uptime"],"executionTimeout":["soon"]}"#)),
        "ValidationException",
    );
    assert!(l.contains("executionTimeout"), "{l}");
    // The document itself, and the version asked for.
    refused(&env, &strs(&run("No-Such-Document", r#"{}"#)), "ValidationException");
    let mut versioned = run_command_args(&w, &t, "AWS-RunShellScript", r#"{"commands":["uptime"]}"#, &[]);
    let last = versioned.len() - 1;
    versioned[last] = r#"{"RunCommand":{"DocumentVersion":"9","Parameters":{"commands":["uptime"]}}}"#.into();
    refused(&env, &strs(&versioned), "ValidationException");
    // A document's ARN counts as its name; an Automation runbook is not a Command document.
    refused(&env, &strs(&run("SSMCTL-RestartHost", r#"{"InstanceId":["web-1"]}"#)), "ValidationException");
    assert!(tasks(&env, &w).is_empty(), "refused registrations stored nothing");

    env.ok(&strs(&run("arn:aws:ssm:us-east-1:123456789012:document/AWS-RunShellScript", r#"{"commands":["uptime"]}"#)));
    env.ok(&strs(&run("AWS-RunPatchBaseline", r#"{"Operation":["Install"],"RebootOption":["NoReboot"]}"#)));
    assert_eq!(tasks(&env, &w).len(), 2);
}

#[test]
fn pseudo_parameters_are_checked_for_the_task_type() {
    let env = env();
    let w = window(&env, false);
    let t = register_target(&env, &w, &["--resource-type", "INSTANCE", "--targets", "Key=tag:Role,Values=web"]);
    let run = |params: &str| run_command_args(&w, &t, "AWS-RunShellScript", params, &[]);
    let l = refused(&env, &strs(&run(r#"{"commands":["echo {{TARGET_ID}}"]}"#)), "ValidationException");
    assert!(l.contains("TARGET_ID") && l.contains("RUN_COMMAND"), "{l}");
    let l = refused(&env, &strs(&run(r#"{"commands":["echo {{RESOURCE_ID}}"]}"#)), "ValidationException");
    assert!(l.contains("RESOURCE_ID"), "{l}");
    let l = refused(&env, &strs(&run(r#"{"commands":["echo {{WINDOW_EXECUTIONID}}"]}"#)), "ValidationException");
    assert!(l.contains("WINDOW_EXECUTIONID") && l.contains("pseudo parameter"), "{l}");
    assert!(tasks(&env, &w).is_empty());
    let id = env
        .ok(&strs(&run(r#"{"commands":["echo {{WINDOW_ID}} {{WINDOW_TASK_ID}} {{WINDOW_TARGET_ID}} {{WINDOW_EXECUTION_ID}} {{TASK_EXECUTION_ID}} {{INVOCATION_ID}} {{TARGET_TYPE}}"]}"#)))
        .json()["WindowTaskId"]
        .as_str()
        .unwrap()
        .to_string();
    // Stored as written: the values are put in when it runs.
    let got = get_task(&env, &w, &id);
    assert!(
        got["TaskInvocationParameters"]["RunCommand"]["Parameters"]["commands"][0]
            .as_str()
            .unwrap()
            .contains("{{WINDOW_ID}}")
    );
    // A pseudo parameter stands for a value the pattern sees only at run time (AWS-RunPatchBaseline's
    // SnapshotId from the window execution, the same for every host of one execution).
    env.ok(&strs(&run_command_args(
        &w,
        &t,
        "AWS-RunPatchBaseline",
        r#"{"Operation":["Install"],"SnapshotId":["{{WINDOW_EXECUTION_ID}}"]}"#,
        &[],
    )));
    // Automation tasks get TARGET_ID and RESOURCE_ID.
    env.ok(&[
        "register-task-with-maintenance-window",
        "--window-id",
        &w,
        "--task-type",
        "AUTOMATION",
        "--task-arn",
        "SSMCTL-RestartHost",
        "--targets",
        &format!("Key=WindowTargetIds,Values={t}"),
        "--max-concurrency",
        "1",
        "--max-errors",
        "1",
        "--task-invocation-parameters",
        r#"{"Automation":{"Parameters":{"InstanceId":["{{RESOURCE_ID}}"],"HealthCommand":["echo {{TARGET_ID}}"]}}}"#,
    ]);
    assert_eq!(tasks(&env, &w).len(), 3);
}

#[test]
fn task_targets_and_rate_controls_follow_aws() {
    let env = env();
    let closed = window(&env, false);
    let open = window(&env, true);
    let t =
        register_target(&env, &closed, &["--resource-type", "INSTANCE", "--targets", "Key=InstanceIds,Values=web-1"]);
    let other =
        register_target(&env, &open, &["--resource-type", "INSTANCE", "--targets", "Key=InstanceIds,Values=db-1"]);
    let shell = |w: &str, targets: Option<String>, more: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = [
            "register-task-with-maintenance-window",
            "--window-id",
            w,
            "--task-type",
            "RUN_COMMAND",
            "--task-arn",
            "AWS-RunShellScript",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        if let Some(t) = targets {
            a.extend(["--targets".to_string(), t]);
        }
        a.extend(
            ["--task-invocation-parameters", r#"{"RunCommand":{"Parameters":{"commands":["uptime"]}}}"#]
                .map(String::from),
        );
        a.extend(more.iter().map(|s| s.to_string()));
        a
    };
    let rate = ["--max-concurrency", "1", "--max-errors", "0"];
    let l = refused(&env, &strs(&shell(&closed, None, &[])), "ValidationException");
    assert!(l.contains("RUN_COMMAND") && l.contains("targets"), "{l}");
    let l = refused(
        &env,
        &strs(&shell(&closed, Some("Key=InstanceIds,Values=web-1".into()), &rate)),
        "ValidationException",
    );
    assert!(l.contains("unassociated"), "{l}");
    env.ok(&strs(&shell(&open, Some("Key=InstanceIds,Values=web-1".into()), &rate)));
    let l =
        refused(&env, &strs(&shell(&open, Some("Key=InstanceIds,Values=web-9".into()), &rate)), "ValidationException");
    assert!(l.contains("web-9"), "{l}");
    // A target registered with another window is not this window's.
    refused(
        &env,
        &strs(&shell(&closed, Some(format!("Key=WindowTargetIds,Values={other}")), &rate)),
        "DoesNotExistException",
    );
    refused(&env, &strs(&shell(&closed, Some("Key=tag:Role,Values=web".into()), &rate)), "ValidationException");
    refused(
        &env,
        &strs(&shell(&closed, Some("Key=WindowTargetIds,Values=web-1".into()), &rate)),
        "ValidationException",
    );
    let l = refused(
        &env,
        &strs(&shell(&closed, Some(format!("Key=WindowTargetIds,Values={t}")), &["--max-concurrency", "1"])),
        "ValidationException",
    );
    assert!(l.contains("MaxErrors"), "{l}");
    let l = refused(
        &env,
        &strs(&shell(&closed, Some(format!("Key=WindowTargetIds,Values={t}")), &["--max-errors", "1"])),
        "ValidationException",
    );
    assert!(l.contains("MaxConcurrency"), "{l}");

    // Targetless Automation tasks take no rate controls (terraform-provider-aws#19396).
    let auto = |more: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = [
            "register-task-with-maintenance-window",
            "--window-id",
            &closed,
            "--task-type",
            "AUTOMATION",
            "--task-arn",
            "SSMCTL-RestartHost",
            "--task-invocation-parameters",
            r#"{"Automation":{"Parameters":{"InstanceId":["web-1"]}}}"#,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        a.extend(more.iter().map(|s| s.to_string()));
        a
    };
    let l = refused(&env, &strs(&auto(&["--max-concurrency", "1"])), "ValidationException");
    assert!(l.ends_with("Maintenance window tasks without targets don't support MaxConcurrency values."), "{l}");
    let l = refused(&env, &strs(&auto(&["--max-errors", "1"])), "ValidationException");
    assert!(l.ends_with("Maintenance window tasks without targets don't support MaxErrors values."), "{l}");
    // Lambda and Step Functions are AWS's own services.
    let l = refused(
        &env,
        &[
            "register-task-with-maintenance-window",
            "--window-id",
            &closed,
            "--task-type",
            "LAMBDA",
            "--task-arn",
            "arn:aws:lambda:us-east-1:123456789012:function:f",
        ],
        "FeatureNotAvailableException",
    );
    assert!(l.contains("Lambda"), "{l}");
    refused(
        &env,
        &[
            "register-task-with-maintenance-window",
            "--window-id",
            &closed,
            "--task-type",
            "STEP_FUNCTIONS",
            "--task-arn",
            "arn:aws:states:us-east-1:123456789012:stateMachine:s",
        ],
        "FeatureNotAvailableException",
    );
    refused(
        &env,
        &[
            "register-task-with-maintenance-window",
            "--window-id",
            "mw-0123456789abcdef0",
            "--task-type",
            "AUTOMATION",
            "--task-arn",
            "SSMCTL-RestartHost",
        ],
        "DoesNotExistException",
    );
    assert!(tasks(&env, &closed).is_empty(), "refused registrations stored nothing");

    let id = env.ok(&strs(&auto(&[]))).json()["WindowTaskId"].as_str().unwrap().to_string();
    let got = get_task(&env, &closed, &id);
    assert!(got.get("MaxConcurrency").is_none() && got.get("MaxErrors").is_none(), "{got}");
    assert_eq!(got["Priority"], 1);
    assert_eq!(got["CutoffBehavior"], "CONTINUE_TASK");
    assert_eq!(got["TaskType"], "AUTOMATION");
    let listed = tasks(&env, &closed);
    assert_eq!(listed[0]["Type"], "AUTOMATION");
    assert!(listed[0].get("TaskType").is_none() && listed[0].get("TaskInvocationParameters").is_none());
}

#[test]
fn task_client_tokens_limits_and_ignored_members() {
    let env = env();
    let w = window(&env, false);
    let auto = |token: &str, priority: &str| -> Vec<String> {
        [
            "register-task-with-maintenance-window",
            "--window-id",
            &w,
            "--task-type",
            "AUTOMATION",
            "--task-arn",
            "SSMCTL-RestartHost",
            "--task-invocation-parameters",
            r#"{"Automation":{"Parameters":{"InstanceId":["web-1"]}}}"#,
            "--client-token",
            token,
            "--priority",
            priority,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let first = env.ok(&strs(&auto("a", "2"))).json()["WindowTaskId"].clone();
    assert_eq!(env.ok(&strs(&auto("a", "2"))).json()["WindowTaskId"], first);
    refused(&env, &strs(&auto("a", "3")), "IdempotentParameterMismatch");
    for i in 1..20 {
        env.ok(&strs(&auto(&format!("t{i}"), "1")));
    }
    refused(&env, &strs(&auto("t20", "1")), "ResourceLimitExceededException");
    assert_eq!(tasks(&env, &w).len(), 20);
    let p =
        env.ok(&["describe-maintenance-window-tasks", "--window-id", &w, "--filters", "Key=Priority,Values=2"]).json();
    assert_eq!(p["Tasks"].as_array().unwrap().len(), 1);

    // ServiceRoleArn only grants permissions: kept and shown, no word said. Members that ask
    // for an AWS side effect are refused, naming the member, and nothing is stored.
    let w2 = window(&env, false);
    let t = register_target(&env, &w2, &["--resource-type", "INSTANCE", "--targets", "Key=InstanceIds,Values=web-1"]);
    let role = "arn:aws:iam::123456789012:role/mw";
    let mut args =
        run_command_args(&w2, &t, "AWS-RunShellScript", r#"{"commands":["uptime"]}"#, &["--service-role-arn", role]);
    let r = env.ok(&strs(&args));
    assert_eq!(r.stderr, "", "ServiceRoleArn is accepted silently");
    let shown = tasks(&env, &w2);
    assert_eq!(shown[0]["ServiceRoleArn"], role, "{shown:?}");
    let last = args.len() - 3;
    for (member, tip) in [
        (
            "OutputS3BucketName",
            r#"{"RunCommand":{"Parameters":{"commands":["uptime"]},"OutputS3BucketName":"logs-bucket"}}"#,
        ),
        (
            "NotificationConfig",
            r#"{"RunCommand":{"Parameters":{"commands":["uptime"]},"NotificationConfig":{"NotificationArn":"arn:aws:sns:us-east-1:123456789012:t"}}}"#,
        ),
        (
            "CloudWatchOutputConfig",
            r#"{"RunCommand":{"Parameters":{"commands":["uptime"]},"CloudWatchOutputConfig":{"CloudWatchOutputEnabled":true}}}"#,
        ),
    ] {
        args[last] = tip.into();
        let line = env.fails(&strs(&args), 252);
        assert!(line.contains(member) && line.contains("which ssmctl does not use"), "{line}");
    }
    assert_eq!(tasks(&env, &w2).len(), 1, "nothing stored by a refused registration");

    // The deprecated TaskParameters map: checked, used, and warned about.
    let legacy = |params: &str| -> Vec<String> {
        [
            "register-task-with-maintenance-window",
            "--window-id",
            &w2,
            "--task-type",
            "RUN_COMMAND",
            "--task-arn",
            "AWS-RunShellScript",
            "--targets",
            &format!("Key=WindowTargetIds,Values={t}"),
            "--max-concurrency",
            "1",
            "--max-errors",
            "0",
            "--task-parameters",
            params,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let l = refused(&env, &strs(&legacy(r#"{"commandz":{"Values":["uptime"]}}"#)), "ValidationException");
    assert!(l.contains("commandz"), "{l}");
    let r = env.ok(&strs(&legacy(r#"{"commands":{"Values":["uptime"]}}"#)));
    assert!(r.stderr.contains("TaskParameters is deprecated") && r.stderr.lines().count() == 1, "{}", r.stderr);
}

#[test]
fn update_task_is_checked_as_registration_is() {
    let env = env();
    let w = window(&env, false);
    let t = register_target(&env, &w, &["--resource-type", "INSTANCE", "--targets", "Key=InstanceIds,Values=web-1"]);
    let reg = run_command_args(
        &w,
        &t,
        "AWS-RunShellScript",
        r#"{"commands":["uptime"]}"#,
        &["--name", "nightly", "--priority", "3"],
    );
    let id = env.ok(&strs(&reg)).json()["WindowTaskId"].as_str().unwrap().to_string();
    let upd = |more: &[&str]| -> Vec<String> {
        ["update-maintenance-window-task", "--window-id", &w, "--window-task-id", &id]
            .iter()
            .chain(more.iter())
            .map(|s| s.to_string())
            .collect()
    };
    let out = env.ok(&strs(&upd(&["--description", "every night"]))).json();
    assert_eq!(
        (out["Name"].as_str(), out["Priority"].as_i64(), out["Description"].as_str()),
        (Some("nightly"), Some(3), Some("every night"))
    );
    assert!(out.get("TaskType").is_none(), "{out}");
    let before = get_task(&env, &w, &id);
    let l = refused(
        &env,
        &strs(&upd(&[
            "--task-arn",
            "AWS-RunPatchBaseline",
            "--task-invocation-parameters",
            r#"{"RunCommand":{"Parameters":{"Operation":["Scna"]}}}"#,
        ])),
        "ValidationException",
    );
    assert!(l.contains("Scna"), "{l}");
    refused(
        &env,
        &strs(&upd(&["--targets", "Key=WindowTargetIds,Values=00000000-0000-0000-0000-000000000000"])),
        "DoesNotExistException",
    );
    refused(&env, &strs(&upd(&["--replace", "--name", "abc"])), "ValidationException");
    assert_eq!(get_task(&env, &w, &id), before, "a refused update changed nothing");
    let out = env
        .ok(&strs(&upd(&[
            "--replace",
            "--task-arn",
            "AWS-RunPatchBaseline",
            "--targets",
            &format!("Key=WindowTargetIds,Values={t}"),
            "--max-concurrency",
            "10%",
            "--max-errors",
            "1",
            "--task-invocation-parameters",
            r#"{"RunCommand":{"Parameters":{"Operation":["Scan"]}}}"#,
        ])))
        .json();
    assert!(out.get("Name").is_none() && out.get("Description").is_none(), "{out}");
    assert_eq!(out["Priority"], 1);
    assert_eq!(out["TaskArn"], "AWS-RunPatchBaseline");
    refused(
        &env,
        &[
            "update-maintenance-window-task",
            "--window-id",
            &w,
            "--window-task-id",
            "00000000-0000-0000-0000-000000000000",
            "--priority",
            "1",
        ],
        "DoesNotExistException",
    );
}

#[test]
fn deregister_safe_keeps_a_target_in_use_and_plain_deregister_leaves_the_id() {
    let env = env();
    let w = window(&env, false);
    let t = register_target(&env, &w, &["--resource-type", "INSTANCE", "--targets", "Key=InstanceIds,Values=web-1"]);
    let unused =
        register_target(&env, &w, &["--resource-type", "INSTANCE", "--targets", "Key=InstanceIds,Values=db-1"]);
    let task = env.ok(&strs(&run_command_args(&w, &t, "AWS-RunShellScript", r#"{"commands":["uptime"]}"#, &[]))).json()
        ["WindowTaskId"]
        .as_str()
        .unwrap()
        .to_string();
    let dereg = |id: &str, safe: bool| -> Vec<String> {
        let mut a: Vec<String> =
            ["deregister-target-from-maintenance-window", "--window-id", &w, "--window-target-id", id]
                .iter()
                .map(|s| s.to_string())
                .collect();
        if safe {
            a.push("--safe".into());
        }
        a
    };
    let l = refused(&env, &strs(&dereg(&t, true)), "TargetInUseException");
    assert!(l.contains(&task), "{l}");
    assert_eq!(targets(&env, &w).len(), 2);
    env.ok(&strs(&dereg(&unused, true)));
    let out = env.ok(&strs(&dereg(&t, false))).json();
    assert_eq!(out, json!({"WindowId": w, "WindowTargetId": t}));
    assert!(targets(&env, &w).is_empty());
    refused(&env, &strs(&dereg(&t, false)), "DoesNotExistException");
    // The task keeps the id; its run reports the target as missing.
    assert_eq!(get_task(&env, &w, &task)["Targets"], json!([{"Key": "WindowTargetIds", "Values": [t]}]));

    let out = env.ok(&["deregister-task-from-maintenance-window", "--window-id", &w, "--window-task-id", &task]).json();
    assert_eq!(out, json!({"WindowId": w, "WindowTaskId": task}));
    refused(
        &env,
        &["get-maintenance-window-task", "--window-id", &w, "--window-task-id", &task],
        "DoesNotExistException",
    );
    refused(
        &env,
        &["deregister-task-from-maintenance-window", "--window-id", &w, "--window-task-id", &task],
        "DoesNotExistException",
    );
}
