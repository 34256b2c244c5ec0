//! The built-in documents beyond the shell ones (SPEC §17): AWS-UpdateSSMAgent,
//! AWS-RunDocument and AWS-RefreshAssociation, run on a fleet of real sshd daemons.

use crate::fleet::Fleet;
use crate::support::Env;
use serde_json::Value;

fn setup(n: usize) -> (Env, Fleet) {
    let fleet = Fleet::start(n);
    let env = Env::new();
    let inv = fleet.write_inventory();
    env.var("SSMCTL_INVENTORY", inv.to_str().unwrap());
    (env, fleet)
}

fn send(env: &Env, args: &[&str]) -> Value {
    let mut a = vec!["send-command"];
    a.extend_from_slice(args);
    env.ok(&a).json()["Command"].clone()
}

fn stdout_of(env: &Env, cmd: &Value, host: &str) -> String {
    let id = cmd["CommandId"].as_str().unwrap();
    let out = env.ok(&["get-command-invocation", "--command-id", id, "--instance-id", host]).json();
    assert_eq!(out["Status"], "Success", "{out}");
    out["StandardOutputContent"].as_str().unwrap().to_string()
}

const HELLO: &str = r#"{"schemaVersion":"2.2","description":"greets",
  "parameters":{"who":{"type":"String","default":"world"}},
  "mainSteps":[{"action":"aws:runShellScript","name":"greet","inputs":{"runCommand":["echo hello {{ who }}"]}}]}"#;

#[test]
fn update_ssm_agent_is_described_and_checks_the_host() {
    let (env, _fleet) = setup(2);
    let d = env.ok(&["describe-document", "--name", "AWS-UpdateSSMAgent"]).json();
    let params: Vec<&str> =
        d["Document"]["Parameters"].as_array().unwrap().iter().map(|p| p["Name"].as_str().unwrap()).collect();
    assert_eq!(params, ["version", "allowDowngrade"]);
    assert_eq!(d["Document"]["Owner"], "Amazon");
    let cmd = send(
        &env,
        &[
            "--document-name",
            "AWS-UpdateSSMAgent",
            "--instance-ids",
            "node-1",
            "node-2",
            "--parameters",
            "version=3.3.0.0",
        ],
    );
    assert_eq!(cmd["Status"], "Success", "{cmd}");
    let out = stdout_of(&env, &cmd, "node-2");
    assert!(out.contains("ssmctl: no agent to update"), "{out}");
    assert!(out.contains("sleep") && out.contains("all present"), "{out}");
    assert!(out.contains("amazon-ssm-agent 3.3.0.0, allowDowngrade false"), "{out}");
    let bad = env.fails(
        &[
            "send-command",
            "--document-name",
            "AWS-UpdateSSMAgent",
            "--instance-ids",
            "node-1",
            "--parameters",
            "allowDowngrade=maybe",
        ],
        254,
    );
    assert!(bad.contains("InvalidParameters") && bad.contains("allowDowngrade"), "{bad}");
}

#[test]
fn run_document_runs_stored_and_builtin_documents_and_refuses_what_it_cannot() {
    let (env, _fleet) = setup(1);
    env.ok(&["create-document", "--name", "Hello", "--content", HELLO, "--document-type", "Command"]);
    let cmd = send(
        &env,
        &[
            "--document-name",
            "AWS-RunDocument",
            "--instance-ids",
            "node-1",
            "--parameters",
            r#"{"sourceType":["SSMDocument"],"sourceInfo":["{\"name\":\"Hello\"}"],"documentParameters":["{\"who\":\"ops\"}"]}"#,
        ],
    );
    assert_eq!(cmd["Status"], "Success", "{cmd}");
    assert!(stdout_of(&env, &cmd, "node-1").contains("hello ops"));

    let cmd = send(
        &env,
        &[
            "--document-name",
            "AWS-RunDocument",
            "--instance-ids",
            "node-1",
            "--parameters",
            r#"{"sourceType":["SSMDocument"],"sourceInfo":["{\"name\":\"AWS-RunShellScript\"}"],"documentParameters":["{\"commands\":[\"echo built-in ran\"]}"]}"#,
        ],
    );
    assert!(stdout_of(&env, &cmd, "node-1").contains("built-in ran"));

    // AWS's plugin form in a user document: documentType/documentPath, parameters as a mapping.
    let wrapper = r#"{"schemaVersion":"2.2","description":"wraps","mainSteps":[{"action":"aws:runDocument",
      "name":"inner","inputs":{"documentType":"SSMDocument","documentPath":"Hello","documentParameters":{"who":"wrapped"}}}]}"#;
    env.ok(&["create-document", "--name", "Wrapper", "--content", wrapper, "--document-type", "Command"]);
    let cmd = send(&env, &["--document-name", "Wrapper", "--instance-ids", "node-1"]);
    assert!(stdout_of(&env, &cmd, "node-1").contains("hello wrapped"));
    let id = cmd["CommandId"].as_str().unwrap();
    let inv = env.ok(&["list-command-invocations", "--command-id", id, "--details"]).json();
    assert_eq!(inv["CommandInvocations"][0]["CommandPlugins"][0]["Name"], "inner.greet", "{inv}");

    let github = env.fails(
        &[
            "send-command",
            "--document-name",
            "AWS-RunDocument",
            "--instance-ids",
            "node-1",
            "--parameters",
            r#"{"sourceType":["GitHub"],"sourceInfo":["{\"owner\":\"o\",\"repository\":\"r\"}"]}"#,
        ],
        254,
    );
    assert!(
        github.contains("InvalidParameters") && github.contains("GitHub") && github.contains("create-document"),
        "{github}"
    );

    // A document that runs itself stops at the nesting limit, before any host is contacted.
    let selfish = r#"{"schemaVersion":"2.2","description":"runs itself","mainSteps":[{"action":"aws:runDocument",
      "name":"again","inputs":{"documentType":"SSMDocument","documentPath":"Selfish"}}]}"#;
    env.ok(&["create-document", "--name", "Selfish", "--content", selfish, "--document-type", "Command"]);
    let deep = env.fails(&["send-command", "--document-name", "Selfish", "--instance-ids", "node-1"], 254);
    assert!(deep.contains("InvalidDocument") && deep.contains("Selfish -> Selfish"), "{deep}");
    let listed = env.ok(&["list-commands"]).json();
    assert_eq!(listed["Commands"].as_array().unwrap().len(), 3, "{listed}");
}

#[test]
fn refresh_association_applies_the_hosts_associations_now() {
    let (env, _fleet) = setup(2);
    let a = env
        .ok(&[
            "create-association",
            "--name",
            "AWS-RunShellScript",
            "--targets",
            "Key=InstanceIds,Values=node-2",
            "--schedule-expression",
            "rate(7 days)",
            "--parameters",
            "commands=[\"echo refreshed\"]",
        ])
        .json();
    let id = a["AssociationDescription"]["AssociationId"].as_str().unwrap().to_string();
    let before = env.ok(&["describe-association-executions", "--association-id", &id]).json();
    let before = before["AssociationExecutions"].as_array().unwrap().len();

    // node-1 has no association: nothing to apply.
    let cmd = send(&env, &["--document-name", "AWS-RefreshAssociation", "--instance-ids", "node-1"]);
    assert!(stdout_of(&env, &cmd, "node-1").contains("no association targets this host"));

    let cmd = send(&env, &["--document-name", "AWS-RefreshAssociation", "--instance-ids", "node-2"]);
    assert_eq!(cmd["Status"], "Success", "{cmd}");
    let out = stdout_of(&env, &cmd, "node-2");
    assert!(out.contains(&format!("association {id}")) && out.contains("started"), "{out}");
    let after = env.ok(&["describe-association-executions", "--association-id", &id]).json();
    let execs = after["AssociationExecutions"].as_array().unwrap();
    assert_eq!(execs.len(), before + 1, "{after}");
    assert_eq!(execs[0]["Status"], "Success", "{after}");

    // Given IDs: only those start, whichever hosts the command ran on; unknown ones are named.
    let ids = format!("associationIds={id},nope-0000");
    let cmd =
        send(&env, &["--document-name", "AWS-RefreshAssociation", "--instance-ids", "node-1", "--parameters", &ids]);
    let out = stdout_of(&env, &cmd, "node-1");
    assert!(out.contains(&format!("association {id}")) && out.contains("no such association: nope-0000"), "{out}");
    let again = env.ok(&["describe-association-executions", "--association-id", &id]).json();
    assert_eq!(again["AssociationExecutions"].as_array().unwrap().len(), before + 2, "{again}");
}
