//! What AWS users type runs unchanged: target keys in AWS's case forms, documents by ARN, the
//! legacy association form, epoch timestamps, the members AWS always prints (against golden
//! files), describe-instance-information complete, refused members refused well, and
//! send-command's failing exit saying why.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::{Value, json};

const DOC_ARN: &str = "arn:aws:ssm:us-east-1:123456789012:document/Fidelity-Echo";

/// A fleet whose inventory also puts node-1 in the group `canary` and every host in `all`.
fn setup(n: usize) -> (Env, Fleet) {
    let fleet = Fleet::start(n);
    let env = Env::new();
    let mut yaml = String::new();
    for line in fleet.inventory_yaml().lines() {
        yaml.push_str(line);
        yaml.push('\n');
        if line.starts_with("    port: ") {
            let groups = if yaml.contains("node-1:") && !yaml.contains("node-2:") { "[all, canary]" } else { "[all]" };
            yaml.push_str(&format!("    groups: {groups}\n"));
        }
    }
    let inv = fleet.dir().join("inventory-groups.yaml");
    std::fs::write(&inv, yaml).unwrap();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    (env, fleet)
}

fn send(env: &Env, args: &[&str]) -> (i32, Value, String) {
    let mut a = vec!["send-command"];
    a.extend_from_slice(args);
    let r = env.run(&a);
    assert!(r.code == 0 || r.code == 254, "send-command {args:?}: exit {}: {}", r.code, r.stderr);
    (r.code, r.json()["Command"].clone(), r.stderr)
}

fn hosts_of(command: &Value) -> Vec<String> {
    command["InstanceIds"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
}

fn echo(env: &Env, targets: &str) -> Vec<String> {
    let (code, cmd, _) =
        send(env, &["--document-name", "AWS-RunShellScript", "--targets", targets, "--parameters", "commands=true"]);
    assert_eq!(code, 0, "{targets}: {cmd}");
    hosts_of(&cmd)
}

/// Replaces what differs between runs (ids, times, durations) so outputs compare exactly.
fn mask(v: &mut Value) {
    const VARYING: &[&str] = &[
        "CommandId",
        "AssociationId",
        "ExecutionDate",
        "ExpiresAfter",
        "RequestedDateTime",
        "ResponseStartDateTime",
        "ResponseFinishDateTime",
        "ExecutionStartDateTime",
        "ExecutionEndDateTime",
        "ExecutionElapsedTime",
        "LastPingDateTime",
        "IPAddress",
        "LastAssociationExecutionDate",
        "LastSuccessfulAssociationExecutionDate",
        "AgentVersion",
        "ComputerName",
        "PlatformName",
        "PlatformVersion",
    ];
    match v {
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if VARYING.contains(&k.as_str()) && !x.is_null() {
                    *x = Value::String(format!("<{k}>"));
                } else {
                    mask(x);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(mask),
        _ => {}
    }
}

fn golden(name: &str, actual: &Value) {
    let mut masked = actual.clone();
    mask(&mut masked);
    crate::support::golden(name, &masked);
}

#[test]
fn target_keys_in_aws_case_forms_on_every_operation_that_takes_targets() {
    let (env, _fleet) = setup(3);
    // The seeds' weekly clean-up, as written: `Key=instanceids`, rate(7 days), find -mtime +7.
    let dir = env.path().join("scratch");
    std::fs::create_dir(&dir).unwrap();
    let (old, new) = (dir.join("old.log"), dir.join("new.log"));
    std::fs::write(&old, "x").unwrap();
    std::fs::write(&new, "y").unwrap();
    // Older than a week on any clock: the host's `find` may not share a shifted clock of this
    // test (scripts/test-future.sh), so "now - 10 days" could be in the host's future.
    let long_ago = std::time::UNIX_EPOCH + std::time::Duration::from_secs(86_400);
    std::fs::File::options().write(true).open(&old).unwrap().set_modified(long_ago).unwrap();
    let created = env
        .ok(&[
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=instanceids,Values=node-1",
            "--schedule-expression",
            "rate(7 days)",
            "--parameters",
            &format!(r#"commands=["find {} -type f -mtime +7 -delete"]"#, dir.display()),
        ])
        .json();
    let id = created["AssociationDescription"]["AssociationId"].as_str().unwrap().to_string();
    assert_eq!(created["AssociationDescription"]["Targets"], json!([{"Key": "instanceids", "Values": ["node-1"]}]));
    let r = env.run(&["apply-due"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let runs = r.json()["Runs"].clone();
    assert_eq!(runs.as_array().unwrap().len(), 1, "{runs}");
    assert_eq!(runs[0]["Targets"], json!(["node-1"]));
    assert_eq!(runs[0]["Status"], "Success");
    assert!(!old.exists(), "the file older than a week is gone");
    assert!(new.exists(), "the new file stays");
    // list-associations' InstanceId filter sees the lower-case key too.
    let listed = env.ok(&["list-associations", "--association-filter-list", "key=InstanceId,value=node-1"]).json();
    assert_eq!(listed["Associations"][0]["AssociationId"], json!(id));

    // Every key word in any case; tag names exactly.
    assert_eq!(echo(&env, "Key=INSTANCEIDS,Values=node-2"), ["node-2"]);
    assert_eq!(echo(&env, "Key=InstanceIds,Values=node-1,node-3"), ["node-1", "node-3"]);
    assert_eq!(echo(&env, "Key=tag:Role,Values=web"), ["node-1", "node-3"]);
    assert_eq!(echo(&env, "Key=Tag:Role,Values=db"), ["node-2"]);
    assert_eq!(echo(&env, "Key=tag-key,Values=Env"), ["node-1", "node-2", "node-3"]);
    assert_eq!(echo(&env, "Key=resource-groups:Name,Values=canary"), ["node-1"]);
    let typed =
        "Key=resource-groups:Name,Values=all Key=resource-groups:ResourceTypeFilters,Values=AWS::SSM::ManagedInstance";
    let (code, cmd, _) = send(
        &env,
        &["--document-name", "AWS-RunShellScript", "--parameters", "commands=true", "--targets"]
            .into_iter()
            .chain(typed.split(' '))
            .collect::<Vec<_>>(),
    );
    assert_eq!((code, hosts_of(&cmd)), (0, vec!["node-1".into(), "node-2".into(), "node-3".into()]));
    // A tag name in another case names another tag: nothing matches, as in AWS.
    let (code, cmd, _) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:role,Values=web",
            "--parameters",
            "commands=true",
        ],
    );
    assert_eq!(cmd["TargetCount"], 0, "{code} {cmd}");
    // Unknown ids under any case of the key are still unknown ids.
    let line = env.fails(
        &["send-command", "--document-name", "AWS-RunShellScript", "--targets", "Key=instanceids,Values=ghost"],
        254,
    );
    assert!(line.contains("(InvalidInstanceId)") && line.contains("ghost"), "{line}");
    let line = env.fails(
        &["send-command", "--document-name", "AWS-RunShellScript", "--targets", "Key=ParameterValues,Values=x"],
        254,
    );
    assert!(line.contains("(InvalidTarget)") && line.contains("Automation"), "{line}");

    // update-association and create-association-batch take the same forms.
    let updated = env
        .ok(&[
            "update-association",
            "--association-id",
            &id,
            "--targets",
            "Key=Resource-Groups:Name,Values=canary",
            "--parameters",
            "commands=true",
        ])
        .json();
    assert_eq!(updated["AssociationDescription"]["AssociationVersion"], "2");
    let batch = env
        .ok(&[
            "create-association-batch",
            "--entries",
            r#"[{"Name":"AWS-RunShellScript","Targets":[{"Key":"instanceids","Values":["node-2"]}],"Parameters":{"commands":["true"]}},
                {"Name":"AWS-RunShellScript","Targets":[{"Key":"TAG-KEY","Values":["Role"]}],"Parameters":{"commands":["true"]}}]"#,
        ])
        .json();
    assert_eq!(batch["Successful"].as_array().unwrap().len(), 2, "{batch}");
    assert_eq!(batch["Failed"], json!([]));
}

#[test]
fn documents_by_arn_the_legacy_association_form_and_epoch_timestamps() {
    let (env, _fleet) = setup(2);
    env.ok(&[
        "create-document",
        "--name",
        "Fidelity-Echo",
        "--document-type",
        "Command",
        "--content",
        r#"{"schemaVersion":"2.2","description":"echo","mainSteps":[{"action":"aws:runShellScript","name":"echo","inputs":{"runCommand":["echo by-arn"]}}]}"#,
    ]);
    // send-command with the document given as its ARN runs the document.
    let (code, cmd, _) = send(&env, &["--document-name", DOC_ARN, "--instance-ids", "node-1"]);
    assert_eq!(code, 0, "{cmd}");
    assert_eq!(cmd["DocumentName"], "Fidelity-Echo");
    let out = env
        .ok(&["get-command-invocation", "--command-id", cmd["CommandId"].as_str().unwrap(), "--instance-id", "node-1"])
        .json();
    assert_eq!(out["StandardOutputContent"], "by-arn\n");
    // Epoch seconds wherever a time is taken: list-commands' filters and apply-due --at.
    let epoch = |offset: i64| format!("{:.3}", (chrono::Utc::now().timestamp() + offset) as f64 + 0.25);
    let count = |filter: String| env.ok(&["list-commands", "--filters", &filter, "--query", "length(Commands)"]).json();
    assert_eq!(count(format!("key=InvokedAfter,value={}", epoch(-3600))), json!(1));
    assert_eq!(count(format!("key=InvokedAfter,value={}", epoch(3600))), json!(0));
    assert_eq!(count(format!("key=InvokedBefore,value={}", epoch(3600))), json!(1));
    let r = env.ok(&["apply-due", "--dry-run", "--at", &epoch(0)]).json();
    assert_eq!(r["DryRun"], true);
    let line = env.fails(&["apply-due", "--at", "soon"], 252);
    assert!(line.contains("--at") && line.contains("epoch seconds"), "{line}");
    // Every operation whose model member is a DocumentARN takes it.
    assert_eq!(env.ok(&["describe-document", "--name", DOC_ARN]).json()["Document"]["Name"], "Fidelity-Echo");
    assert_eq!(env.ok(&["get-document", "--name", DOC_ARN]).json()["Name"], "Fidelity-Echo");
    assert_eq!(
        env.ok(&["list-document-versions", "--name", DOC_ARN]).json()["DocumentVersions"][0]["Name"],
        "Fidelity-Echo"
    );
    let builtin = "arn:aws:ssm:eu-west-1:111122223333:document/AWS-RunShellScript";
    assert_eq!(env.ok(&["describe-document", "--name", builtin]).json()["Document"]["Owner"], "Amazon");
    let line = env.fails(&["describe-document", "--name", "arn:aws:ssm:us-east-1:123456789012:parameter/x"], 254);
    assert!(line.contains("(InvalidDocument)") && line.contains("not a document ARN"), "{line}");
    let by_arn =
        env.ok(&["create-association", "--name", DOC_ARN, "--targets", "Key=InstanceIds,Values=node-2"]).json();
    assert_eq!(by_arn["AssociationDescription"]["Name"], "Fidelity-Echo");

    // The legacy form: --instance-id + --name on create, describe, update-association-status
    // and delete, here with AWS-UpdateSSMAgent as in AWS's own examples.
    let legacy = ["--instance-id", "node-1", "--name", "AWS-UpdateSSMAgent"];
    let created = env.ok(&[&["create-association"][..], &legacy].concat()).json();
    let d = &created["AssociationDescription"];
    assert_eq!((d["Name"].as_str(), d["InstanceId"].as_str()), (Some("AWS-UpdateSSMAgent"), Some("node-1")));
    let described = env.ok(&[&["describe-association"][..], &legacy].concat()).json();
    assert_eq!(described["AssociationDescription"]["AssociationId"], d["AssociationId"]);
    // Epoch seconds with a fraction, as AWS's example of this command writes Date.
    let status = env
        .ok(&[
            &["update-association-status"][..],
            &legacy,
            &["--association-status", "Date=1424421071.939,Name=Failed,Message=checked by hand"],
        ]
        .concat())
        .json();
    let s = &status["AssociationDescription"];
    assert_eq!(s["Name"], "AWS-UpdateSSMAgent");
    let infos = env.ok(&["describe-instance-associations-status", "--instance-id", "node-1"]).json();
    let info = infos["InstanceAssociationStatusInfos"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["AssociationId"] == d["AssociationId"])
        .cloned()
        .unwrap_or_else(|| panic!("{infos}"));
    assert_eq!(info["Status"], "Failed");
    assert!(info["ExecutionDate"].as_str().unwrap().starts_with("2015-02-20T08:31:11.939"), "{info}");
    let line = env.fails(
        &[
            &["update-association-status"][..],
            &legacy,
            &["--association-status", "Date=yesterday,Name=Success,Message=m"],
        ]
        .concat(),
        252,
    );
    assert!(line.contains("AssociationStatus.Date") && line.contains("epoch seconds"), "{line}");
    env.ok(&[&["delete-association"][..], &legacy].concat());
    let line = env.fails(&[&["describe-association"][..], &legacy].concat(), 254);
    assert!(line.contains("(AssociationDoesNotExist)"), "{line}");
    // The legacy lookup also finds an association whose targets name the instance id.
    env.ok(&["describe-association", "--name", DOC_ARN, "--instance-id", "node-2"]);
}

#[test]
fn the_members_aws_always_prints_refused_members_and_the_failing_exit() {
    let (env, _fleet) = setup(2);
    let role = "arn:aws:iam::123456789012:role/SSMNotify";
    let (code, cmd, stderr) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "node-1",
            "--parameters",
            "commands=echo golden",
            "--service-role-arn",
            role,
            "--cloud-watch-output-config",
            "CloudWatchOutputEnabled=false",
        ],
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(cmd["ServiceRole"], role, "accepted, stored and shown");
    golden("send-command.json", &json!({ "Command": cmd }));
    let id = cmd["CommandId"].as_str().unwrap();
    golden("list-commands.json", &env.ok(&["list-commands", "--command-id", id]).json());
    golden(
        "list-command-invocations.json",
        &env.ok(&["list-command-invocations", "--command-id", id, "--details"]).json(),
    );
    golden(
        "get-command-invocation.json",
        &env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", "node-1"]).json(),
    );
    // A member is printed even when a query asks for it alone.
    let r =
        env.ok(&["list-commands", "--command-id", id, "--query", "Commands[0].OutputS3BucketName", "--output", "text"]);
    assert_eq!(r.stdout, "\n");

    // Members that ask for an AWS side effect are refused before anything runs, naming the
    // member and where ssmctl keeps that output instead.
    let before = env.ok(&["list-commands", "--query", "length(Commands)"]).json();
    for (flag, value, says) in [
        ("--output-s3-bucket-name", "my-bucket", "state database"),
        ("--output-s3-key-prefix", "runs/", "get-command-invocation"),
        ("--output-s3-region", "us-east-2", "state database"),
        ("--cloud-watch-output-config", "CloudWatchOutputEnabled=true", "state database"),
        (
            "--notification-config",
            "NotificationArn=arn:aws:sns:us-east-1:123456789012:t,NotificationEvents=All,NotificationType=Command",
            "exits non-zero",
        ),
        ("--alarm-configuration", "Alarms=[{Name=cpu}]", "--max-errors"),
    ] {
        let line = env.fails(
            &[
                "send-command",
                "--document-name",
                "AWS-RunShellScript",
                "--instance-ids",
                "node-1",
                "--parameters",
                "commands=touch /nonexistent-dir/ran",
                flag,
                value,
            ],
            252,
        );
        assert!(line.contains(flag) && line.contains(says), "{flag}: {line}");
    }
    assert_eq!(env.ok(&["list-commands", "--query", "length(Commands)"]).json(), before, "nothing ran");
    for (flag, value, says) in [
        ("--output-location", "S3Location={OutputS3BucketName=my-bucket}", "state database"),
        ("--calendar-names", "cal", "Change Calendar"),
        ("--alarm-configuration", "Alarms=[{Name=cpu}]", "--max-errors"),
    ] {
        let line = env.fails(
            &["create-association", "--name", "AWS-RunShellScript", "--instance-id", "node-1", flag, value],
            252,
        );
        assert!(line.contains(flag) && line.contains(says), "{flag}: {line}");
    }
    let a = env
        .ok(&[
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=node-2",
            "--parameters",
            "commands=true",
            "--association-dispatch-assume-role",
            role,
        ])
        .json();
    assert_eq!(a["AssociationDescription"]["AssociationDispatchAssumeRole"], role);
    let id = a["AssociationDescription"]["AssociationId"].as_str().unwrap();
    let d = env.ok(&["describe-association", "--association-id", id]).json();
    assert_eq!(d["AssociationDescription"]["AssociationDispatchAssumeRole"], role);

    // send-command that did not succeed: stdout keeps the Command, exit 254, and one stderr
    // line names the hosts and their statuses.
    let r = env.run(&[
        "send-command",
        "--document-name",
        "AWS-RunShellScript",
        "--targets",
        "Key=InstanceIds,Values=*",
        "--parameters",
        "commands=exit 3",
    ]);
    assert_eq!(r.code, 254, "{}{}", r.stdout, r.stderr);
    let cmd = r.json()["Command"].clone();
    assert_eq!(cmd["Status"], "Failed");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    let line = lines[0];
    assert!(line.starts_with("ssmctl: send-command: command "), "{line}");
    assert!(line.contains(cmd["CommandId"].as_str().unwrap()), "{line}");
    assert!(line.contains("2 of 2 hosts not Success: node-1 Failed, node-2 Failed"), "{line}");
}

#[test]
fn describe_instance_information_is_complete_with_tag_filters() {
    let (env, _fleet) = setup(3);
    // A contact first, so the facts of the last contact are there.
    let (code, _, _) = send(
        &env,
        &[
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=*",
            "--parameters",
            "commands=true",
        ],
    );
    assert_eq!(code, 0);
    let id = env
        .ok(&[
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:Role,Values=web",
            "--parameters",
            "commands=true",
        ])
        .json()["AssociationDescription"]["AssociationId"]
        .as_str()
        .unwrap()
        .to_string();
    // Created, not run yet: Pending on the hosts it targets.
    let info = env.ok(&["describe-instance-information", "--filters", "Key=InstanceIds,Values=node-1"]).json();
    let n1 = &info["InstanceInformationList"][0];
    assert_eq!(n1["AssociationStatus"], "Pending");
    assert_eq!(n1["AssociationOverview"]["InstanceAssociationStatusAggregatedCount"], json!({"Pending": 1}));
    env.ok(&["start-associations-once", "--association-ids", &id]);
    golden(
        "describe-instance-associations-status.json",
        &env.ok(&["describe-instance-associations-status", "--instance-id", "node-1"]).json(),
    );
    let info = env.ok(&["describe-instance-information"]).json();
    let list = info["InstanceInformationList"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    let n1 = &list[0];
    assert_eq!(n1["AgentVersion"], env!("CARGO_PKG_VERSION"));
    assert_eq!(n1["IsLatestVersion"], true);
    assert!(n1["ComputerName"].as_str().is_some_and(|c| !c.is_empty()), "{n1}");
    assert!(n1["LastAssociationExecutionDate"].is_string() && n1["LastSuccessfulAssociationExecutionDate"].is_string());
    golden("describe-instance-information.json", &json!({"InstanceInformationList": [n1]}));
    // node-2 is no web server: no association targets it, so no association members.
    assert!(list[1].get("AssociationStatus").is_none() && list[1].get("AssociationOverview").is_none(), "{}", list[1]);

    let ids = |filters: &[&str]| -> Vec<String> {
        let mut a = vec!["describe-instance-information", "--query", "InstanceInformationList[].InstanceId"];
        a.extend_from_slice(filters);
        env.ok(&a).json().as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(ids(&["--filters", "Key=tag:Role,Values=db"]), ["node-2"]);
    assert_eq!(ids(&["--filters", "Key=tag-key,Values=Role"]), ["node-1", "node-2", "node-3"]);
    assert!(ids(&["--filters", "Key=tag-key,Values=role"]).is_empty(), "tag keys are case-sensitive");
    assert_eq!(
        ids(&["--filters", "Key=tag:Role,Values=web", "Key=AssociationStatus,Values=Success"]),
        ["node-1", "node-3"]
    );
    assert_eq!(ids(&["--filters", &format!("Key=AgentVersion,Values={}", env!("CARGO_PKG_VERSION"))]).len(), 3);
    assert!(ids(&["--filters", "Key=ActivationIds,Values=x"]).is_empty());
    assert_eq!(ids(&["--instance-information-filter-list", "key=PingStatus,valueSet=Online"]).len(), 3);
    let line = env.fails(&["describe-instance-information", "--filters", "Key=Bogus,Values=x"], 254);
    assert!(line.contains("(InvalidFilterKey)"), "{line}");
}
