use serde_json::{Value, json};

use super::runbook::*;
use super::*;
use crate::error::Error;

/// A runbook with one String parameter `Target` and these steps.
fn doc(steps: Value) -> Value {
    json!({"schemaVersion": "0.3", "parameters": {"Target": {"type": "String"}}, "mainSteps": steps})
}

fn sleep(name: &str) -> Value {
    json!({"name": name, "action": "aws:sleep", "inputs": {"Duration": "PT1S"}})
}

fn accept(d: &Value) -> Runbook {
    let parsed = match parse(&d.to_string(), DocFormat::Json, "Automation") {
        Ok(p) => p,
        Err(e) => panic!("refused: {e:?}\n{d}"),
    };
    parse_runbook(&parsed.body, &parsed.parameters).unwrap()
}

/// The message of a refused runbook, after checking it is one InvalidDocumentContent line.
fn refuse(d: &Value) -> String {
    match parse(&d.to_string(), DocFormat::Json, "Automation") {
        Ok(_) => panic!("accepted:\n{d}"),
        Err(Error::Service { code, message }) => {
            assert_eq!(code, INVALID_CONTENT, "{message}");
            assert!(!message.contains('\n'), "{message}");
            message
        }
        Err(other) => panic!("not a service error: {other:?}"),
    }
}

/// Refuses one step with these inputs.
fn refuse_step(action: &str, inputs: Value) -> String {
    refuse(&doc(json!([{"name": "s", "action": action, "inputs": inputs}])))
}

#[test]
fn typed_steps_with_aws_defaults() {
    let d = json!({
        "schemaVersion": "0.3",
        "assumeRole": "{{ Role }}",
        "parameters": {"Role": {"type": "String", "default": ""}, "Hosts": {"type": "StringList"}},
        "mainSteps": [
            {"name": "run", "action": "aws:runCommand", "maxAttempts": 3, "timeoutSeconds": 60,
             "onFailure": "step:report", "onCancel": "step:report",
             "inputs": {"DocumentName": "AWS-RunShellScript", "InstanceIds": "{{ Hosts }}"}},
            {"name": "script", "action": "aws:executeScript", "onFailure": "Continue",
             "inputs": {"Runtime": "python3.11", "Handler": "h", "Script": "def h(e, c): return {}",
                        "InputPayload": {"out": "{{ run.Output }}"}},
             "outputs": [{"Name": "Count", "Selector": "$.Payload.count", "Type": "Integer"}]},
            {"name": "each", "action": "aws:loop", "inputs": {"Iterators": "{{ Hosts }}", "MaxIterations": 5,
             "Steps": [{"name": "nap", "action": "aws:sleep", "inputs": {"Duration": "PT{{ script.Count }}S"},
                        "nextStep": "again"},
                       {"name": "again", "action": "aws:pause", "isEnd": true,
                        "inputs": {}}]}},
            {"name": "report", "action": "aws:executeAwsApi", "isCritical": false, "isEnd": true,
             "inputs": {"Service": "ssm", "Api": "GetParameter", "Name": "/report"}}
        ],
        "outputs": ["script.Count", "run.CommandId", "each.CurrentIteration"]
    });
    let rb = accept(&d);
    assert_eq!(rb.assume_role.as_deref(), Some("{{ Role }}"));
    assert_eq!(rb.outputs, ["script.Count", "run.CommandId", "each.CurrentIteration"]);
    let [run, script, each, report] = rb.steps.as_slice() else { panic!("{:?}", rb.steps) };
    assert_eq!((run.max_attempts, run.timeout_seconds), (3, Some(60)));
    assert_eq!(run.on_failure, Flow::Step("report".into()));
    assert_eq!(run.on_cancel, Flow::Step("report".into()));
    assert!(run.is_critical && !run.is_end);
    assert_eq!(run.inputs["DocumentName"], "AWS-RunShellScript");
    // onFailure Continue makes a step non-critical unless it says otherwise.
    assert_eq!(script.on_failure, Flow::Continue);
    assert!(!script.is_critical);
    assert_eq!(script.max_attempts, 1);
    assert_eq!(script.timeout_seconds, None);
    assert_eq!(script.outputs.len(), 1);
    assert_eq!(
        (script.outputs[0].name.as_str(), script.outputs[0].selector.as_str(), script.outputs[0].type_.as_str()),
        ("Count", "$.Payload.count", "Integer")
    );
    assert_eq!(each.loop_steps.len(), 2);
    assert_eq!(each.loop_steps[0].next_step.as_deref(), Some("again"));
    assert!(each.loop_steps[1].is_end);
    assert_eq!(each.on_cancel, Flow::Abort);
    assert!(report.is_end && !report.is_critical);
    assert!(run.loop_steps.is_empty());
}

#[test]
fn step_keys_and_their_types() {
    let with = |key: &str, value: Value| {
        let mut step = sleep("s");
        step[key] = value;
        refuse(&doc(json!([step])))
    };
    assert_eq!(
        with("onSuccess", json!("x")),
        "mainSteps[0].onSuccess: step \"s\": unknown key (allowed: name, action, inputs, onFailure, onCancel, \
         isEnd, nextStep, isCritical, maxAttempts, timeoutSeconds, outputs, description)"
    );
    assert_eq!(with("isEnd", json!("yes")), "mainSteps[0].isEnd: step \"s\": isEnd must be true or false");
    assert_eq!(with("isCritical", json!(1)), "mainSteps[0].isCritical: step \"s\": isCritical must be true or false");
    assert_eq!(
        with("maxAttempts", json!(0)),
        "mainSteps[0].maxAttempts: step \"s\": maxAttempts must be a whole number of at least 1"
    );
    assert_eq!(
        with("timeoutSeconds", json!(0)),
        "mainSteps[0].timeoutSeconds: step \"s\": timeoutSeconds must be a whole number of at least 1"
    );
    assert_eq!(
        with("timeoutSeconds", json!("60")),
        "mainSteps[0].timeoutSeconds: step \"s\": timeoutSeconds must be a whole number of at least 1"
    );
    assert_eq!(with("nextStep", json!(3)), "mainSteps[0].nextStep: step \"s\": nextStep must be a step name");
    assert_eq!(with("description", json!([])), "mainSteps[0].description: step \"s\": description must be a string");
    assert_eq!(
        with("onFailure", json!("Retry")),
        "mainSteps[0].onFailure: step \"s\": \"Retry\" is not Abort, Continue or step:<name>"
    );
    assert_eq!(
        with("onCancel", json!("Continue")),
        "mainSteps[0].onCancel: step \"s\": onCancel cannot be Continue (use Abort or step:<name>)"
    );
    assert_eq!(
        with("onFailure", json!("step:")),
        "mainSteps[0].onFailure: step \"s\": \"step:\" is not Abort, Continue or step:<name>"
    );
    assert_eq!(
        with("outputs", json!({})),
        "mainSteps[0].outputs: step \"s\": outputs must be a list of {Name, Selector, Type}"
    );
    assert_eq!(
        with("outputs", json!([{"Name": "a", "Selector": "$.a", "Type": "Float"}])),
        "mainSteps[0].outputs[0].Type: step \"s\": \"Float\" is not an output type \
         (String, Integer, Boolean, StringList, StringMap, MapList)"
    );
    assert_eq!(
        with("outputs", json!([{"Name": "a", "Type": "String"}])),
        "mainSteps[0].outputs[0].Selector: step \"s\": Selector is required"
    );
    assert_eq!(
        with("outputs", json!([{"Name": "a", "Selector": "Payload.a", "Type": "String"}])),
        "mainSteps[0].outputs[0].Selector: step \"s\": \"Payload.a\" is not a JSONPath selector such as \
         $.Payload.key: selector \"Payload.a\": must start with $"
    );
    assert_eq!(with("name", json!("a-b")), "mainSteps[0].name: \"a-b\" must be 1-128 letters, digits or _");
}

#[test]
fn actions_on_other_aws_services_are_refused() {
    for action in [
        "aws:changeInstanceState",
        "aws:createImage",
        "aws:copyImage",
        "aws:deleteImage",
        "aws:runInstances",
        "aws:createTags",
        "aws:createStack",
        "aws:deleteStack",
        "aws:invokeLambdaFunction",
        "aws:executeStateMachine",
        "aws:invokeWebhook",
        "aws:updateVariable",
    ] {
        let msg = refuse(&doc(json!([sleep("first"), {"name": "x", "action": action, "inputs": {}}])));
        let prefix = format!("mainSteps[1].action: step \"x\": {action} needs an AWS service (");
        assert!(msg.starts_with(&prefix) && msg.ends_with("), which ssmctl does not have"), "{msg}");
    }
    let msg = refuse_step("aws:changeInstanceState", json!({}));
    assert_eq!(
        msg,
        "mainSteps[0].action: step \"s\": aws:changeInstanceState needs an AWS service (EC2), which ssmctl does not have"
    );
}

#[test]
fn aws_api_steps_only_reach_ssmctl_operations() {
    for action in ["aws:executeAwsApi", "aws:waitForAwsResourceProperty", "aws:assertAwsResourceProperty"] {
        let msg = refuse_step(action, json!({"Service": "ec2", "Api": "StopInstances", "InstanceIds": ["i-1"]}));
        assert_eq!(
            msg,
            "mainSteps[0].inputs.Service: step \"s\": ec2 StopInstances calls an AWS service ssmctl does not have \
             (only Service: ssm)"
        );
        let msg = refuse_step(action, json!({"Service": "ssm", "Api": "DescribeNothing"}));
        assert_eq!(msg, "mainSteps[0].inputs.Api: step \"s\": ssm DescribeNothing is not an operation ssmctl has");
    }
    let ok = json!({"Service": "ssm", "Api": "GetParameter", "Name": "/a"});
    accept(&doc(json!([{"name": "get", "action": "aws:executeAwsApi", "inputs": ok,
        "outputs": [{"Name": "Value", "Selector": "$.Parameter.Value", "Type": "String"}]}])));
    let wait = json!({"Service": "ssm", "Api": "DescribeInstanceInformation",
        "PropertySelector": "$.InstanceInformationList[0].PingStatus", "DesiredValues": ["Online"]});
    accept(&doc(json!([{"name": "w", "action": "aws:waitForAwsResourceProperty", "inputs": wait}])));
    let msg =
        refuse_step("aws:assertAwsResourceProperty", json!({"Service": "ssm", "Api": "DescribeInstanceInformation"}));
    assert_eq!(msg, "mainSteps[0].inputs.PropertySelector: step \"s\": PropertySelector is required");
    let msg = refuse_step("aws:executeAwsApi", json!({"Api": "GetParameter"}));
    assert_eq!(msg, "mainSteps[0].inputs.Service: step \"s\": Service is required");
}

#[test]
fn flow_targets_must_exist() {
    let mut a = sleep("a");
    a["nextStep"] = json!("nowhere");
    assert_eq!(
        refuse(&doc(json!([a, sleep("b")]))),
        "mainSteps[0].nextStep: step \"a\": there is no step \"nowhere\" in mainSteps"
    );
    let mut b = sleep("b");
    b["onFailure"] = json!("step:gone");
    assert_eq!(
        refuse(&doc(json!([sleep("a"), b]))),
        "mainSteps[1].onFailure: step \"b\": there is no step \"gone\" in mainSteps"
    );
    let mut c = sleep("c");
    c["onCancel"] = json!("step:gone");
    assert_eq!(refuse(&doc(json!([c]))), "mainSteps[0].onCancel: step \"c\": there is no step \"gone\" in mainSteps");
    let branch = |choices: Value, default: Option<&str>| {
        let mut inputs = json!({"Choices": choices});
        if let Some(d) = default {
            inputs["Default"] = json!(d);
        }
        doc(json!([{"name": "pick", "action": "aws:branch", "inputs": inputs}, sleep("a")]))
    };
    let choice = json!([{"NextStep": "gone", "Variable": "{{ Target }}", "StringEquals": "x"}]);
    assert_eq!(
        refuse(&branch(choice, None)),
        "mainSteps[0].inputs.Choices[0].NextStep: step \"pick\": there is no step \"gone\" in mainSteps"
    );
    let choice = json!([{"NextStep": "a", "Variable": "{{ Target }}", "StringEquals": "x"}]);
    assert_eq!(
        refuse(&branch(choice, Some("gone"))),
        "mainSteps[0].inputs.Default: step \"pick\": there is no step \"gone\" in mainSteps"
    );
    // Inside a loop the targets are the loop's own steps.
    let mut inner = sleep("inner");
    inner["nextStep"] = json!("after");
    let d = doc(json!([
        {"name": "each", "action": "aws:loop", "inputs": {"Iterators": ["1"], "Steps": [inner]}},
        sleep("after")
    ]));
    assert_eq!(
        refuse(&d),
        "mainSteps[0].inputs.Steps[0].nextStep: step \"inner\": there is no step \"after\" among this aws:loop's Steps"
    );
}

#[test]
fn on_cancel_cannot_go_to_a_waiting_step() {
    for action in ["aws:sleep", "aws:pause", "aws:approve"] {
        let inputs = match action {
            "aws:sleep" => json!({"Duration": "PT1S"}),
            "aws:pause" => json!({}),
            _ => json!({"Approvers": ["alice"]}),
        };
        let d = doc(json!([
            {"name": "a", "action": "aws:pause", "onCancel": "step:cleanup", "isEnd": true},
            {"name": "cleanup", "action": action, "inputs": inputs}
        ]));
        assert_eq!(
            refuse(&d),
            format!(
                "mainSteps[0].onCancel: step \"a\": onCancel cannot go to \"cleanup\", an {action} step \
                 (a cancel workflow cannot wait)"
            )
        );
    }
}

#[test]
fn branch_choices_and_operators() {
    let with = |choices: Value| refuse_step("aws:branch", json!({"Choices": choices, "Default": "s"}));
    assert_eq!(
        refuse_step("aws:branch", json!({"Choices": []})),
        "mainSteps[0].inputs.Choices: step \"s\": Choices must be a non-empty list of choices"
    );
    assert_eq!(refuse_step("aws:branch", json!({})), "mainSteps[0].inputs.Choices: step \"s\": Choices is required");
    assert_eq!(
        refuse_step("aws:branch", json!({"Choices": [], "Otherwise": "s"})),
        "mainSteps[0].inputs.Otherwise: step \"s\": unknown input for aws:branch (allowed: Choices, Default)"
    );
    assert_eq!(
        with(json!([{"Variable": "{{ Target }}", "StringEquals": "a"}])),
        "mainSteps[0].inputs.Choices[0]: step \"s\": the choice needs a NextStep"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Variable": "{{ Target }}", "StringMatches": "a"}])),
        "mainSteps[0].inputs.Choices[0].StringMatches: step \"s\": unknown operator \"StringMatches\" (allowed: \
         StringEquals, EqualsIgnoreCase, StartsWith, EndsWith, Contains, NumericEquals, NumericGreater, \
         NumericLesser, NumericGreaterOrEquals, NumericLesserOrEquals, BooleanEquals)"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Variable": "{{ Target }}", "StringEquals": "a", "Contains": "b"}])),
        "mainSteps[0].inputs.Choices[0]: step \"s\": one operator per condition; found StringEquals, Contains"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Variable": "{{ Target }}"}])),
        "mainSteps[0].inputs.Choices[0]: step \"s\": Variable needs an operator such as StringEquals"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "StringEquals": "a"}])),
        "mainSteps[0].inputs.Choices[0]: step \"s\": a condition is Variable with one operator, or And, Or or Not"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Variable": "{{ Target }}", "NumericGreater": "five"}])),
        "mainSteps[0].inputs.Choices[0].NumericGreater: step \"s\": NumericGreater needs a number, found \"five\""
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Variable": "{{ Target }}", "BooleanEquals": "true"}])),
        "mainSteps[0].inputs.Choices[0].BooleanEquals: step \"s\": BooleanEquals needs true or false, found \"true\""
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "And": []}])),
        "mainSteps[0].inputs.Choices[0].And: step \"s\": And must be a non-empty list of conditions"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Not": [{"Variable": "{{ Target }}", "StringEquals": "a"}]}])),
        "mainSteps[0].inputs.Choices[0].Not: step \"s\": Not must be one condition (a mapping)"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Variable": "{{ Target }}", "StringEquals": "a", "Or": []}])),
        "mainSteps[0].inputs.Choices[0]: step \"s\": a condition is Variable with one operator, or And, Or or Not; \
         found Variable, StringEquals, Or"
    );
    assert_eq!(
        with(json!([{"NextStep": "s", "Or": [{"Variable": "{{ Target }}", "Near": 1}]}])),
        "mainSteps[0].inputs.Choices[0].Or[0].Near: step \"s\": unknown operator \"Near\" (allowed: StringEquals, \
         EqualsIgnoreCase, StartsWith, EndsWith, Contains, NumericEquals, NumericGreater, NumericLesser, \
         NumericGreaterOrEquals, NumericLesserOrEquals, BooleanEquals)"
    );
    // Every form together, numbers and booleans as references too.
    let choices = json!([
        {"NextStep": "big", "And": [
            {"Variable": "{{ Target }}", "NumericGreater": 5},
            {"Not": {"Variable": "{{ Target }}", "BooleanEquals": false}},
            {"Or": [{"Variable": "{{ Target }}", "StartsWith": "a"},
                    {"Variable": "{{ Target }}", "NumericLesserOrEquals": "{{ Target }}"}]}
        ]},
        {"NextStep": "small", "Variable": "{{ Target }}", "EqualsIgnoreCase": "small"}
    ]);
    let rb = accept(&doc(json!([
        {"name": "pick", "action": "aws:branch", "inputs": {"Choices": choices, "Default": "small"}},
        {"name": "big", "action": "aws:sleep", "inputs": {"Duration": "PT1S"}, "isEnd": true},
        sleep("small")
    ])));
    assert_eq!(rb.steps[0].action, "aws:branch");
}

#[test]
fn sleep_inputs() {
    assert_eq!(
        refuse_step("aws:sleep", json!({"Duration": "PT1S", "Timestamp": "2026-01-01T00:00:00Z"})),
        "mainSteps[0].inputs: step \"s\": aws:sleep takes Duration or Timestamp, not both"
    );
    assert_eq!(
        refuse_step("aws:sleep", json!({})),
        "mainSteps[0].inputs: step \"s\": aws:sleep needs Duration (ISO-8601, such as PT10M) or Timestamp (RFC 3339)"
    );
    assert_eq!(
        refuse_step("aws:sleep", json!({"Duration": "10 minutes"})),
        "mainSteps[0].inputs.Duration: step \"s\": \"10 minutes\" is not an ISO-8601 duration such as PT10M or PT1H30M"
    );
    assert_eq!(
        refuse_step("aws:sleep", json!({"Duration": "P7D"})),
        "mainSteps[0].inputs.Duration: step \"s\": P7D is longer than aws:sleep's maximum of 604799 seconds"
    );
    assert_eq!(
        refuse_step("aws:sleep", json!({"Timestamp": "tomorrow"})),
        "mainSteps[0].inputs.Timestamp: step \"s\": \"tomorrow\" is not an RFC 3339 timestamp such as 2026-01-31T12:00:00Z"
    );
    assert_eq!(
        refuse_step("aws:sleep", json!({"Duration": "PT1S", "Until": "x"})),
        "mainSteps[0].inputs.Until: step \"s\": unknown input for aws:sleep (allowed: Duration, Timestamp)"
    );
    for inputs in [
        json!({"Duration": "PT604799S"}),
        json!({"Duration": "P6DT23H59M59S"}),
        json!({"Duration": "{{ Target }}"}),
        json!({"Timestamp": "{{ Target }}"}),
        json!({"Timestamp": "2026-01-31T12:00:00+02:00"}),
    ] {
        accept(&doc(json!([{"name": "s", "action": "aws:sleep", "inputs": inputs}])));
    }
}

#[test]
fn parse_duration_reads_iso_8601() {
    let secs = |s: &str| parse_duration(s).map(|d| d.num_milliseconds());
    assert_eq!(secs("PT10M"), Some(600_000));
    assert_eq!(secs("PT1H30M"), Some(5_400_000));
    assert_eq!(secs("P1D"), Some(86_400_000));
    assert_eq!(secs("P1W"), Some(604_800_000));
    assert_eq!(secs("P1DT2H"), Some(93_600_000));
    assert_eq!(secs("PT0S"), Some(0));
    assert_eq!(secs("PT1.5S"), Some(1_500));
    assert_eq!(secs("PT0,25S"), Some(250));
    assert_eq!(secs("PT0.5M"), Some(30_000));
    for bad in
        ["", "P", "PT", "P1DT", "10M", "PT10", "PT-1S", "PT1M1H", "PT1.5M1S", "P1Y", "P1M", "PT1.S", "pt1s", "PT1S2"]
    {
        assert_eq!(parse_duration(bad), None, "{bad}");
    }
    assert_eq!(parse_duration("PT99999999999999999999S"), None);
}

#[test]
fn approve_inputs() {
    assert_eq!(
        refuse_step("aws:approve", json!({})),
        "mainSteps[0].inputs.Approvers: step \"s\": Approvers is required"
    );
    let eleven: Vec<String> = (0..11).map(|i| format!("user{i}")).collect();
    for approvers in [json!([]), json!(eleven), json!([1])] {
        assert_eq!(
            refuse_step("aws:approve", json!({"Approvers": approvers})),
            "mainSteps[0].inputs.Approvers: step \"s\": Approvers must be a list of 1 to 10 user or role names"
        );
    }
    assert_eq!(
        refuse_step("aws:approve", json!({"Approvers": ["a", "b"], "MinRequiredApprovals": 3})),
        "mainSteps[0].inputs.MinRequiredApprovals: step \"s\": MinRequiredApprovals must be a whole number from 1 to 2 \
         (the number of Approvers)"
    );
    assert_eq!(
        refuse_step("aws:approve", json!({"Approvers": ["a"], "Message": "x".repeat(4097)})),
        "mainSteps[0].inputs.Message: step \"s\": Message is longer than 4096 characters"
    );
    accept(&doc(json!([{"name": "ok", "action": "aws:approve",
        "inputs": {"Approvers": ["a", "b"], "MinRequiredApprovals": 2, "Message": "x".repeat(4096)}}])));
    accept(&doc(json!([{"name": "ok", "action": "aws:approve", "inputs": {"Approvers": "{{ Target }}"}}])));
}

#[test]
fn pause_run_command_automation_and_script_inputs() {
    assert_eq!(
        refuse_step("aws:pause", json!({"Message": "wait"})),
        "mainSteps[0].inputs.Message: step \"s\": aws:pause takes no inputs (use inputs: {})"
    );
    assert_eq!(
        refuse_step("aws:runCommand", json!({"InstanceIds": ["i-1"]})),
        "mainSteps[0].inputs.DocumentName: step \"s\": DocumentName is required"
    );
    assert_eq!(
        refuse_step("aws:runCommand", json!({"DocumentName": "AWS-RunShellScript"})),
        "mainSteps[0].inputs: step \"s\": aws:runCommand needs InstanceIds or Targets"
    );
    assert_eq!(
        refuse_step("aws:executeAutomation", json!({"DocumentName": ""})),
        "mainSteps[0].inputs.DocumentName: step \"s\": DocumentName must be a non-empty string"
    );
    assert_eq!(
        refuse_step("aws:executeScript", json!({"Runtime": "python2.7", "Handler": "h", "Script": "x"})),
        "mainSteps[0].inputs.Runtime: step \"s\": \"python2.7\" is not a runtime ssmctl runs (python3.6, python3.7, \
         python3.8, python3.9, python3.10, python3.11, python3.12, PowerShell Core 6.0, PowerShell 7.0, \
         PowerShell 7.2, PowerShell 7.4)"
    );
    assert_eq!(
        refuse_step("aws:executeScript", json!({"Runtime": "python3.11", "Script": "x"})),
        "mainSteps[0].inputs.Handler: step \"s\": Handler is required"
    );
    assert_eq!(
        refuse_step("aws:executeScript", json!({"Runtime": "python3.11", "Handler": "h"})),
        "mainSteps[0].inputs.Script: step \"s\": Script is required"
    );
    assert_eq!(
        refuse_step("aws:executeScript", json!({"Runtime": "python3.11", "Handler": "h", "Attachment": "a.py"})),
        "mainSteps[0].inputs.Attachment: step \"s\": Attachment is not supported by ssmctl (put the code in Script)"
    );
    accept(&doc(json!([
        {"name": "ps", "action": "aws:executeScript", "inputs": {"Runtime": "PowerShell 7.4", "Script": "Write-Output 1"}},
        {"name": "child", "action": "aws:executeAutomation", "inputs": {"DocumentName": "Other"}},
        {"name": "cmd", "action": "aws:runCommand", "inputs": {"DocumentName": "AWS-RunShellScript",
            "Targets": [{"Key": "tag:Role", "Values": ["web"]}], "Parameters": {"commands": ["date"]}}},
        {"name": "hold", "action": "aws:pause", "inputs": {}},
        {"name": "hold2", "action": "aws:pause"}
    ])));
}

#[test]
fn loop_inputs_and_steps() {
    let lp = |inputs: Value| refuse(&doc(json!([{"name": "each", "action": "aws:loop", "inputs": inputs}])));
    let steps = json!([sleep("inner")]);
    assert_eq!(
        lp(json!({"Steps": steps})),
        "mainSteps[0].inputs: step \"each\": aws:loop needs Iterators or LoopCondition"
    );
    assert_eq!(
        lp(
            json!({"Iterators": ["a"], "LoopCondition": {"Variable": "{{ Target }}", "StringEquals": "x"}, "Steps": steps})
        ),
        "mainSteps[0].inputs: step \"each\": aws:loop takes Iterators or LoopCondition, not both"
    );
    assert_eq!(
        lp(json!({"Iterators": [], "Steps": steps})),
        "mainSteps[0].inputs.Iterators: step \"each\": Iterators must be a list of 1 to 100 values or a {{ }} reference"
    );
    assert_eq!(
        lp(json!({"LoopCondition": {"Variable": "{{ Target }}", "Matches": "x"}, "Steps": steps})),
        "mainSteps[0].inputs.LoopCondition.Matches: step \"each\": unknown operator \"Matches\" (allowed: StringEquals, \
         EqualsIgnoreCase, StartsWith, EndsWith, Contains, NumericEquals, NumericGreater, NumericLesser, \
         NumericGreaterOrEquals, NumericLesserOrEquals, BooleanEquals)"
    );
    assert_eq!(
        lp(json!({"Iterators": ["a"], "MaxIterations": 101, "Steps": steps})),
        "mainSteps[0].inputs.MaxIterations: step \"each\": MaxIterations must be a whole number from 1 to 100"
    );
    assert_eq!(
        lp(json!({"Iterators": ["a"], "Steps": []})),
        "mainSteps[0].inputs.Steps: step \"each\": Steps must be a non-empty list of steps"
    );
    assert_eq!(
        lp(json!({"Iterators": ["a"], "Steps": [{"name": "inner", "action": "aws:loop",
            "inputs": {"Iterators": ["b"], "Steps": [sleep("deep")]}}]})),
        "mainSteps[0].inputs.Steps[0].action: step \"inner\": an aws:loop cannot be inside another aws:loop"
    );
    assert_eq!(
        lp(json!({"Iterators": ["a"], "Steps": [{"name": "inner", "action": "aws:createImage"}]})),
        "mainSteps[0].inputs.Steps[0].action: step \"inner\": aws:createImage needs an AWS service (EC2), which \
         ssmctl does not have"
    );
    assert_eq!(
        lp(json!({"Iterators": ["a"], "Steps": [sleep("each")]})),
        "mainSteps[0].inputs.Steps[0].name: duplicate step name \"each\""
    );
    let d = doc(json!([{"name": "each", "action": "aws:loop", "onCancel": "Abort",
        "inputs": {"Iterators": ["a"], "Steps": steps}}]));
    assert_eq!(refuse(&d), "mainSteps[0].onCancel: step \"each\": onCancel is not allowed on an aws:loop step");
    let rb = accept(&doc(json!([{"name": "each", "action": "aws:loop", "inputs": {
        "LoopCondition": {"Variable": "{{ each.CurrentIteration }}", "NumericLesser": 3},
        "IteratorDataType": "String", "Steps": steps}}])));
    assert_eq!(rb.steps[0].loop_steps[0].name, "inner");
}

#[test]
fn references_must_resolve() {
    let with_input = |value: Value| {
        refuse(&doc(json!([
            {"name": "first", "action": "aws:executeScript", "inputs": {"Runtime": "python3.11", "Handler": "h", "Script": "x"},
             "outputs": [{"Name": "Count", "Selector": "$.Payload.n", "Type": "Integer"}]},
            {"name": "use", "action": "aws:executeAutomation", "inputs": {"DocumentName": "D", "RuntimeParameters": value}}
        ])))
    };
    let at = "mainSteps[1].inputs.RuntimeParameters: step \"use\": ";
    assert_eq!(with_input(json!({"a": "{{ Missing }}"})), format!("{at}{{{{ Missing }}}} is not a declared parameter"));
    assert_eq!(
        with_input(json!({"a": ["{{ nobody.Count }}"]})),
        format!("{at}{{{{ nobody.Count }}}}: there is no step \"nobody\" in the runbook")
    );
    assert_eq!(
        with_input(json!({"a": "{{ first.Total }}"})),
        format!("{at}{{{{ first.Total }}}}: step \"first\" has no output \"Total\" (it has: Count, Payload)")
    );
    assert_eq!(
        with_input(json!({"a": "{{ssm:/db/host}}"})),
        format!(
            "{at}{{{{ssm:/db/host}}}} is not allowed in a runbook step; put the Parameter Store reference in a parameter's default"
        )
    );
    assert_eq!(
        with_input(json!({"a": "x {{ ssm-secure:/db/pw }}"})),
        format!(
            "{at}{{{{ssm-secure:/db/pw}}}} is not allowed in a runbook step; put the Parameter Store reference in a parameter's default"
        )
    );
    assert_eq!(
        with_input(json!({"a": "{{global:ACCOUNT}}"})),
        format!(
            "{at}{{{{global:ACCOUNT}}}} is not a variable (global: ACCOUNT_ID, REGION, DATE, DATE_TIME, AWS_PARTITION)"
        )
    );
    assert_eq!(
        with_input(json!({"a": "{{automation:ID}}"})),
        format!("{at}{{{{automation:ID}}}} is not a variable (automation: EXECUTION_ID)")
    );
    // The branch Variable is an input like any other.
    let d = doc(json!([{"name": "pick", "action": "aws:branch", "inputs": {"Default": "a",
        "Choices": [{"NextStep": "a", "Variable": "{{ Nope }}", "StringEquals": "x"}]}}, sleep("a")]));
    assert_eq!(refuse(&d), "mainSteps[0].inputs.Choices: step \"pick\": {{ Nope }} is not a declared parameter");
    // Everything a runbook may name, and brace text that is not a reference.
    accept(&doc(json!([
        {"name": "first", "action": "aws:executeScript", "inputs": {"Runtime": "python3.11", "Handler": "h", "Script": "x"},
         "outputs": [{"Name": "Count", "Selector": "$.Payload.n", "Type": "Integer"}]},
        {"name": "use", "action": "aws:executeAutomation", "inputs": {"DocumentName": "D", "RuntimeParameters": {
            "a": "{{ Target }} {{first.Count}} {{ first.Payload }} {{ later.CommandId }} {{ later.Status }}",
            "b": ["{{global:ACCOUNT_ID}}", "{{global:REGION}}", "{{global:DATE}}", "{{global:DATE_TIME}}",
                  "{{global:AWS_PARTITION}}", "{{automation:EXECUTION_ID}}", "{{.State.Status}}"]}}},
        {"name": "later", "action": "aws:runCommand", "inputs": {"DocumentName": "AWS-RunShellScript", "InstanceIds": ["i-1"]}}
    ])));
    // assumeRole is no place for a Parameter Store reference either.
    let mut d = doc(json!([sleep("a")]));
    d["assumeRole"] = json!("{{ssm:/role}}");
    assert_eq!(
        refuse(&d),
        "assumeRole: {{ssm:/role}} is not allowed in a runbook step; put the Parameter Store reference in a parameter's default"
    );
}

#[test]
fn top_level_outputs_name_step_outputs() {
    let with = |outputs: Value| {
        let mut d = doc(json!([{"name": "cmd", "action": "aws:runCommand",
            "inputs": {"DocumentName": "AWS-RunShellScript", "InstanceIds": ["i-1"]}}]));
        d["outputs"] = outputs;
        d
    };
    assert_eq!(refuse(&with(json!(["cmd"]))), "outputs[0]: \"cmd\" must name a step's output as step.Output");
    assert_eq!(
        refuse(&with(json!(["cmd.Output", "cmd.Result"]))),
        "outputs[1]: step \"cmd\" has no output \"Result\" (it has: CommandId, Status, ResponseCode, Output)"
    );
    assert_eq!(refuse(&with(json!(["other.Output"]))), "outputs[0]: there is no step \"other\" in the runbook");
    assert_eq!(accept(&with(json!(["cmd.ResponseCode"]))).outputs, ["cmd.ResponseCode"]);
}

#[test]
fn cycles_are_refused_naming_them() {
    let mut b = sleep("b");
    b["nextStep"] = json!("a");
    assert_eq!(
        refuse(&doc(json!([sleep("a"), b, sleep("c")]))),
        "mainSteps: the runbook loops: a → b → a (use aws:loop to repeat steps)"
    );
    // onFailure step:X is an edge too.
    let mut c = sleep("c");
    c["onFailure"] = json!("step:b");
    c["isEnd"] = json!(true);
    assert_eq!(
        refuse(&doc(json!([sleep("a"), sleep("b"), c]))),
        "mainSteps: the runbook loops: b → c → b (use aws:loop to repeat steps)"
    );
    // A branch without Default also falls through to the next step.
    let pick = json!({"name": "pick", "action": "aws:branch", "inputs": {
        "Choices": [{"NextStep": "done", "Variable": "{{ Target }}", "StringEquals": "x"}]}});
    let mut retry = sleep("retry");
    retry["nextStep"] = json!("pick");
    let mut done = sleep("done");
    done["isEnd"] = json!(true);
    assert_eq!(
        refuse(&doc(json!([pick, retry, done]))),
        "mainSteps: the runbook loops: pick → retry → pick (use aws:loop to repeat steps)"
    );
    // The same with Default going forward has no way back.
    let mut pick = pick.clone();
    pick["inputs"]["Default"] = json!("done");
    let mut retry = retry.clone();
    retry["nextStep"] = json!("done");
    accept(&doc(json!([pick, retry, done.clone()])));
    // isEnd stops the in-order edge; a nextStep jumping backwards past an end is fine.
    let mut a = sleep("a");
    a["nextStep"] = json!("c");
    let mut b = sleep("b");
    b["isEnd"] = json!(true);
    let mut c = sleep("c");
    c["nextStep"] = json!("b");
    accept(&doc(json!([a, b, c])));
    // A cycle inside a loop's steps is named at the loop.
    let mut y = sleep("y");
    y["nextStep"] = json!("x");
    let d =
        doc(json!([{"name": "each", "action": "aws:loop", "inputs": {"Iterators": ["1"], "Steps": [sleep("x"), y]}}]));
    assert_eq!(refuse(&d), "mainSteps[0].inputs.Steps: the runbook loops: x → y → x (use aws:loop to repeat steps)");
    // A self-loop.
    let mut s = sleep("s");
    s["nextStep"] = json!("s");
    assert_eq!(refuse(&doc(json!([s]))), "mainSteps: the runbook loops: s → s (use aws:loop to repeat steps)");
}

#[test]
fn builtin_outputs_per_action() {
    assert_eq!(builtin_outputs("aws:runCommand"), ["CommandId", "Status", "ResponseCode", "Output"]);
    assert_eq!(builtin_outputs("aws:executeScript"), ["Payload"]);
    assert_eq!(builtin_outputs("aws:approve"), ["ApprovalStatus", "ApproverDecisions"]);
    assert_eq!(builtin_outputs("aws:executeAutomation"), ["ExecutionId", "Status", "Output"]);
    assert_eq!(builtin_outputs("aws:loop"), ["CurrentIteratorValue", "CurrentIteration"]);
    assert!(builtin_outputs("aws:sleep").is_empty());
    assert!(RUN_ACTIONS.iter().all(|a| a.starts_with("aws:")));
}

#[test]
fn long_hostile_runbooks_do_not_overflow() {
    // Many steps in a chain: the cycle search is iterative.
    let steps: Vec<Value> = (0..3000).map(|i| json!({"name": format!("s{i}"), "action": "aws:pause"})).collect();
    let body = doc(json!(steps));
    let rb = parse_runbook(&body, &[]).unwrap();
    assert_eq!(rb.steps.len(), 3000);
}
