use serde_json::{Value, json};

use super::*;
use crate::error::Error;

/// The (code, message) of a failed parse.
fn refuse(content: &str, format: DocFormat, doc_type: &str) -> (String, String) {
    match parse(content, format, doc_type) {
        Ok(_) => panic!("accepted:\n{content}"),
        Err(Error::Service { code, message }) => (code, message),
        Err(other) => panic!("not a service error: {other:?}"),
    }
}

fn refuse_json(doc: Value) -> (String, String) {
    refuse(&doc.to_string(), DocFormat::Json, "Command")
}

fn command_22() -> Value {
    json!({
        "schemaVersion": "2.2",
        "description": "Install and report",
        "parameters": {
            "Package": {"type": "String", "default": "nginx", "allowedPattern": "^[a-z0-9-]+$"},
            "Mode": {"type": "String", "default": "a", "allowedValues": ["a", "b"]},
            "Message": {"type": "String", "default": "hi", "interpolationType": "ENV_VAR"},
            "Token": {"type": "String", "default": "", "noEcho": true}
        },
        "mainSteps": [
            {
                "action": "aws:runShellScript",
                "name": "install",
                "precondition": {"StringEquals": ["platformType", "Linux"]},
                "inputs": {
                    "runCommand": ["apt-get install -y {{ Package }}", "echo {{Mode}} {{ssm:/app/flag}}"],
                    "timeoutSeconds": 60
                }
            },
            {
                "action": "aws:runPowerShellScript",
                "name": "report.windows",
                "precondition": {"StringEquals": ["platformType", "Windows"]},
                "inputs": {"runCommand": "Write-Output $env:SSM_Message", "onFailure": "exit"}
            }
        ]
    })
}

#[test]
fn good_22_json_document() {
    let doc = parse(&command_22().to_string(), DocFormat::Json, "Command").unwrap();
    assert_eq!(doc.schema_version, "2.2");
    assert_eq!(doc.description.as_deref(), Some("Install and report"));
    let names: Vec<_> = doc.parameters.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Package", "Mode", "Message", "Token"]);
    assert!(doc.parameter("Message").unwrap().env_var);
    assert!(doc.parameter("Token").unwrap().no_echo);
    assert_eq!(doc.steps.len(), 2);
    assert_eq!(doc.steps[0].name, "install");
    assert_eq!(doc.steps[0].action, "aws:runShellScript");
    assert_eq!(doc.steps[0].precondition_platform(), Some("Linux"));
    assert_eq!(doc.steps[1].inputs["runCommand"], "Write-Output $env:SSM_Message");
    assert_eq!(doc.platform_types, ["Windows", "Linux", "MacOS"]);
    assert_eq!(doc.body, command_22());
}

#[test]
fn good_22_yaml_document() {
    let yaml = r#"
schemaVersion: "2.2"
description: Say hello
parameters:
  Name:
    type: String
    default: world
mainSteps:
  - action: aws:runShellScript
    name: hello
    inputs:
      runCommand:
        - echo hello {{ Name }}
        - docker inspect --format '{{.State.Status}}' web
"#;
    let doc = parse(yaml, DocFormat::Yaml, "Command").unwrap();
    assert_eq!(doc.steps[0].name, "hello");
    assert_eq!(doc.platform_types, ["Linux", "MacOS"]);
    assert_eq!(doc.parameters[0].default, Some(json!("world")));
}

#[test]
fn unquoted_yaml_schema_version_is_read_as_text() {
    let yaml = "schemaVersion: 2.2\nmainSteps:\n  - action: aws:runShellScript\n    name: a\n    inputs: {runCommand: [date]}\n";
    assert_eq!(parse(yaml, DocFormat::Yaml, "Command").unwrap().schema_version, "2.2");
}

#[test]
fn good_20_document_without_precondition() {
    let doc = json!({"schemaVersion": "2.0", "mainSteps": [
        {"action": "aws:runShellScript", "name": "a", "inputs": {"runCommand": ["uptime"]}}
    ]});
    let parsed = parse(&doc.to_string(), DocFormat::Json, "Command").unwrap();
    assert_eq!(parsed.schema_version, "2.0");
    let mut with_precondition = doc.clone();
    with_precondition["mainSteps"][0]["precondition"] = json!({"StringEquals": ["platformType", "Linux"]});
    let (_, msg) = refuse_json(with_precondition);
    assert_eq!(msg, "mainSteps[0].precondition: only supported in schemaVersion 2.2 documents");
}

#[test]
fn good_12_document() {
    let doc = json!({
        "schemaVersion": "1.2",
        "description": "legacy",
        "parameters": {"commands": {"type": "StringList"}},
        "runtimeConfig": {
            "aws:runShellScript": {
                "properties": {"runCommand": "{{ commands }}", "workingDirectory": "/tmp"}
            }
        }
    });
    let parsed = parse(&doc.to_string(), DocFormat::Json, "Command").unwrap();
    assert_eq!(parsed.steps.len(), 1);
    assert_eq!(parsed.steps[0].name, "aws:runShellScript");
    assert_eq!(parsed.steps[0].inputs["workingDirectory"], "/tmp");
    assert!(parsed.steps[0].precondition.is_none());
    assert_eq!(parsed.platform_types, ["Linux", "MacOS"]);
}

#[test]
fn schema_12_several_entries_are_named_by_id() {
    let doc = json!({"schemaVersion": "1.2", "runtimeConfig": {"aws:runShellScript": {"properties": [
        {"id": "first", "runCommand": ["a"]},
        {"runCommand": ["b"]}
    ]}}});
    let parsed = parse(&doc.to_string(), DocFormat::Json, "Command").unwrap();
    let names: Vec<_> = parsed.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["first", "1.aws:runShellScript"]);
}

#[test]
fn schema_12_needs_runtime_config() {
    let (code, msg) = refuse_json(json!({"schemaVersion": "1.2"}));
    assert_eq!(code, INVALID_CONTENT);
    assert_eq!(msg, "runtimeConfig: required for schemaVersion 1.2");
    let (_, msg) = refuse_json(json!({"schemaVersion": "1.2", "mainSteps": []}));
    assert!(msg.starts_with("mainSteps: unknown top-level key for schemaVersion 1.2"), "{msg}");
}

#[test]
fn good_03_automation_document() {
    let yaml = r#"
schemaVersion: '0.3'
description: Restart an instance
assumeRole: '{{ AutomationAssumeRole }}'
parameters:
  InstanceId:
    type: String
  AutomationAssumeRole:
    type: String
    default: ''
mainSteps:
  - name: stop
    action: aws:runCommand
    onFailure: Abort
    inputs:
      DocumentName: AWS-RunShellScript
      InstanceIds: ['{{ InstanceId }}']
      Parameters: {commands: [systemctl stop app]}
  - name: wait
    action: aws:sleep
    inputs: {Duration: PT1M}
  - name: script
    action: aws:executeScript
    inputs: {Runtime: python3.11, Handler: handler, Script: 'def handler(e, c): return {}'}
outputs:
  - stop.CommandId
"#;
    let doc = parse(yaml, DocFormat::Yaml, "Automation").unwrap();
    assert_eq!(doc.schema_version, "0.3");
    assert_eq!(doc.steps.len(), 3);
    assert_eq!(doc.steps[1].action, "aws:sleep");
    assert_eq!(doc.platform_types, ["Windows", "Linux", "MacOS"]);
}

#[test]
fn automation_unknown_action_is_refused() {
    let doc = json!({"schemaVersion": "0.3", "mainSteps": [
        {"name": "x", "action": "aws:runShellScript", "inputs": {}}
    ]});
    let (code, msg) = refuse(&doc.to_string(), DocFormat::Json, "Automation");
    assert_eq!(code, INVALID_CONTENT);
    assert_eq!(msg, "mainSteps[0].action: unknown action \"aws:runShellScript\" in step \"x\"");
}

#[test]
fn unknown_plugin_names_the_step() {
    let mut doc = command_22();
    doc["mainSteps"][1]["action"] = json!("aws:foo");
    let (code, msg) = refuse_json(doc);
    assert_eq!(code, INVALID_CONTENT);
    assert!(msg.starts_with("mainSteps[1].action: unknown plugin \"aws:foo\" in step \"report.windows\""), "{msg}");
}

#[test]
fn other_aws_plugins_are_not_supported() {
    let mut doc = command_22();
    doc["mainSteps"][0]["action"] = json!("aws:configurePackage");
    let (_, msg) = refuse_json(doc);
    assert!(msg.contains("plugin \"aws:configurePackage\" in step \"install\" is not supported by ssmctl"), "{msg}");
    let legacy = json!({"schemaVersion": "1.2", "runtimeConfig": {"aws:domainJoin": {"properties": {}}}});
    let (_, msg) = refuse_json(legacy);
    assert!(msg.starts_with("runtimeConfig.aws:domainJoin: plugin"), "{msg}");
}

#[test]
fn schema_version_errors() {
    let mut doc = command_22();
    doc["schemaVersion"] = json!("3.0");
    let (code, msg) = refuse_json(doc.clone());
    assert_eq!(code, INVALID_SCHEMA_VERSION);
    assert!(msg.starts_with("schemaVersion: \"3.0\" is not supported"), "{msg}");

    doc["schemaVersion"] = json!("0.3");
    let (code, msg) = refuse_json(doc.clone());
    assert_eq!(code, INVALID_SCHEMA_VERSION);
    assert!(msg.contains("not valid for Command documents"), "{msg}");

    doc["schemaVersion"] = json!("2.2");
    let (code, msg) = refuse(&doc.to_string(), DocFormat::Json, "Automation");
    assert_eq!(code, INVALID_SCHEMA_VERSION);
    assert!(msg.contains("not valid for Automation documents"), "{msg}");

    doc.as_object_mut().unwrap().remove("schemaVersion");
    assert_eq!(refuse_json(doc.clone()).1, "schemaVersion: required");

    doc["schemaVersion"] = json!(["2.2"]);
    assert_eq!(refuse_json(doc).0, INVALID_CONTENT);
}

#[test]
fn unsupported_document_type() {
    let (code, msg) = refuse(&command_22().to_string(), DocFormat::Json, "Policy");
    assert_eq!(code, INVALID_CONTENT);
    assert!(msg.contains("\"Policy\""), "{msg}");
}

#[test]
fn missing_or_empty_main_steps() {
    let (code, msg) = refuse_json(json!({"schemaVersion": "2.2"}));
    assert_eq!(code, INVALID_CONTENT);
    assert_eq!(msg, "mainSteps: required for schemaVersion 2.2");
    let (_, msg) = refuse_json(json!({"schemaVersion": "2.2", "mainSteps": []}));
    assert_eq!(msg, "mainSteps: must be a non-empty list of steps");
}

#[test]
fn unknown_top_level_key() {
    let mut doc = command_22();
    doc["mainStep"] = json!([]);
    let (_, msg) = refuse_json(doc);
    assert!(msg.starts_with("mainStep: unknown top-level key"), "{msg}");
}

#[test]
fn step_names_are_checked() {
    let mut doc = command_22();
    doc["mainSteps"][1]["name"] = json!("install");
    assert_eq!(refuse_json(doc.clone()).1, "mainSteps[1].name: duplicate step name \"install\"");
    doc["mainSteps"][1]["name"] = json!("has space");
    assert!(refuse_json(doc.clone()).1.starts_with("mainSteps[1].name: \"has space\""));
    doc["mainSteps"][1].as_object_mut().unwrap().remove("name");
    assert_eq!(refuse_json(doc).1, "mainSteps[1].name: required");
}

#[test]
fn shell_inputs_are_checked() {
    let mut doc = command_22();
    doc["mainSteps"][0]["inputs"] = json!({"commands": ["ls"]});
    assert!(refuse_json(doc.clone()).1.starts_with("mainSteps[0].inputs.commands: unknown input"));
    doc["mainSteps"][0]["inputs"] = json!({"workingDirectory": "/"});
    assert_eq!(refuse_json(doc.clone()).1, "mainSteps[0].inputs.runCommand: required");
    doc["mainSteps"][0]["inputs"] = json!({"runCommand": ["ls", 3]});
    assert_eq!(refuse_json(doc.clone()).1, "mainSteps[0].inputs.runCommand[1]: must be a string");
    doc["mainSteps"][0]["inputs"] = json!({"runCommand": ["ls"], "timeoutSeconds": 999999});
    assert!(refuse_json(doc.clone()).1.starts_with("mainSteps[0].inputs.timeoutSeconds:"));
    doc["mainSteps"][0]["inputs"] = json!(["ls"]);
    assert!(refuse_json(doc.clone()).1.starts_with("mainSteps[0].inputs: step \"install\""));
    doc["mainSteps"][0].as_object_mut().unwrap().remove("inputs");
    assert!(refuse_json(doc).1.starts_with("mainSteps[0].inputs:"));
}

#[test]
fn bad_preconditions() {
    let cases = [
        (
            json!({"StringEquals": ["platformType", "Solaris"]}),
            "mainSteps[0].precondition.StringEquals[1]: \"Solaris\" is not a platform type",
        ),
        (
            json!({"StringEquals": ["platformName", "Linux"]}),
            "mainSteps[0].precondition.StringEquals[0]: only platformType",
        ),
        (json!({"StringLike": ["platformType", "Linux"]}), "mainSteps[0].precondition.StringLike: unknown operator"),
        (json!({"StringEquals": ["platformType"]}), "mainSteps[0].precondition: must be"),
        (json!("Linux"), "mainSteps[0].precondition: must be"),
    ];
    for (precondition, expected) in cases {
        let mut doc = command_22();
        doc["mainSteps"][0]["precondition"] = precondition;
        let (code, msg) = refuse_json(doc);
        assert_eq!(code, INVALID_CONTENT);
        assert!(msg.starts_with(expected), "{msg}");
    }
}

#[test]
fn undeclared_reference_names_step_and_parameter() {
    let mut doc = command_22();
    doc["mainSteps"][1]["inputs"]["runCommand"] = json!(["echo {{ Nope }}"]);
    let (code, msg) = refuse_json(doc);
    assert_eq!(code, INVALID_CONTENT);
    assert_eq!(msg, "mainSteps[1].inputs: step \"report.windows\" references undeclared parameter \"Nope\"");
    let legacy = json!({"schemaVersion": "1.2", "runtimeConfig": {"aws:runShellScript": {"properties": [
        {"runCommand": "{{ commands }}"}
    ]}}});
    assert_eq!(
        refuse_json(legacy).1,
        "runtimeConfig.aws:runShellScript.properties[0]: step \"aws:runShellScript\" references undeclared parameter \"commands\""
    );
}

#[test]
fn default_outside_allowed_values() {
    let mut doc = command_22();
    doc["parameters"]["Mode"]["default"] = json!("x");
    let (code, msg) = refuse_json(doc);
    assert_eq!(code, INVALID_CONTENT);
    assert_eq!(msg, "parameters.Mode.default: \"x\" is not one of allowedValues [\"a\",\"b\"]");
}

#[test]
fn deeply_nested_patterns_are_refused_not_a_stack_overflow() {
    // Found by the document fuzz target: 170 nested repetitions overflowed a 2 MiB thread
    // stack in the regex compiler (this test runs on such a thread).
    let deep = format!("a{}", "+".repeat(170));
    let (code, msg) = refuse_json(json!({
        "schemaVersion": "2.2",
        "description": "d",
        "parameters": {"P": {"type": "String", "allowedPattern": deep}},
        "mainSteps": [{"action": "aws:runShellScript", "name": "r", "inputs": {"runCommand": ["true"]}}]
    }));
    assert_eq!(code, INVALID_CONTENT);
    assert!(msg.starts_with("parameters.P.allowedPattern: invalid regular expression"), "{msg}");
    // Ordinary nesting still compiles.
    assert!(super::compile_pattern(&format!("{}a{}", "(".repeat(20), ")+".repeat(20))).is_ok());
}

#[test]
fn bad_parameter_declarations() {
    let cases = [
        (json!({"type": "Strin"}), "parameters.P.type: \"Strin\" is not a parameter type"),
        (json!({"default": "x"}), "parameters.P.type: required"),
        (json!({"type": "String", "allowedPatern": "x"}), "parameters.P.allowedPatern: unknown key"),
        (json!({"type": "Integer", "default": "five"}), "parameters.P.default: \"five\" is not valid for a Integer"),
        (json!({"type": "Integer", "default": 1.5}), "parameters.P.default: 1.5 is not valid"),
        (json!({"type": "Boolean", "default": "true"}), "parameters.P.default: \"true\" is not valid for a Boolean"),
        (json!({"type": "StringList", "default": "a"}), "parameters.P.default: \"a\" is not valid for a StringList"),
        (json!({"type": "StringMap", "default": []}), "parameters.P.default: [] is not valid for a StringMap"),
        (json!({"type": "MapList", "default": [1]}), "parameters.P.default: [1] is not valid for a MapList"),
        (
            json!({"type": "String", "allowedPattern": "(?<=a)b"}),
            "parameters.P.allowedPattern: invalid regular expression",
        ),
        (
            json!({"type": "String", "allowedPattern": "^[a-z]+$", "default": "A1"}),
            "parameters.P.default: \"A1\" does not match allowedPattern",
        ),
        (json!({"type": "String", "minItems": 1}), "parameters.P.minItems: only allowed for StringList and MapList"),
        (json!({"type": "Integer", "maxChars": 3}), "parameters.P.maxChars: only allowed for String and StringList"),
        (
            json!({"type": "StringList", "minItems": 3, "maxItems": 1}),
            "parameters.P.minItems: 3 is greater than maxItems 1",
        ),
        (
            json!({"type": "StringList", "minItems": 2, "default": ["a"]}),
            "parameters.P.default: 1 item(s) is fewer than minItems 2",
        ),
        (
            json!({"type": "String", "maxChars": 2, "default": "abc"}),
            "parameters.P.default: \"abc\" is longer than maxChars 2",
        ),
        (
            json!({"type": "String", "interpolationType": "env_var"}),
            "parameters.P.interpolationType: \"env_var\" is not supported",
        ),
        (
            json!({"type": "StringList", "interpolationType": "ENV_VAR"}),
            "parameters.P.interpolationType: ENV_VAR is only supported for String",
        ),
        (json!({"type": "String", "displayType": "box"}), "parameters.P.displayType:"),
        (json!({"type": "String", "noEcho": "yes"}), "parameters.P.noEcho: must be true or false"),
        (json!({"type": "String", "minChars": -1}), "parameters.P.minChars: must be a non-negative integer"),
        (json!("String"), "parameters.P: declaration must be a mapping"),
    ];
    for (decl, expected) in cases {
        let mut doc = command_22();
        doc["parameters"]["P"] = decl;
        let (code, msg) = refuse_json(doc);
        assert_eq!(code, INVALID_CONTENT);
        assert!(msg.starts_with(expected), "expected {expected:?}, got {msg:?}");
    }
    let mut doc = command_22();
    doc["parameters"]["bad-name"] = json!({"type": "String"});
    assert!(refuse_json(doc).1.starts_with("parameters.bad-name: parameter names"));
}

#[test]
fn good_parameter_defaults_of_every_type() {
    let mut doc = command_22();
    doc["parameters"] = json!({
        "S": {"type": "String", "default": "{{ssm:/app/name}}", "allowedPattern": "[a-z]+"},
        "L": {"type": "StringList", "default": ["a", "b"], "allowedValues": ["a", "b", "c"], "maxItems": 2, "maxChars": 1},
        "B": {"type": "Boolean", "default": false},
        "I": {"type": "Integer", "default": 2, "allowedValues": ["1", "2"]},
        "M": {"type": "StringMap", "default": {"k": "v"}},
        "ML": {"type": "MapList", "default": [{"k": "v"}], "minItems": 1},
        "Package": {"type": "String"}, "Mode": {"type": "String"}
    });
    parse(&doc.to_string(), DocFormat::Json, "Command").unwrap();
}

#[test]
fn yaml_syntax_error_names_its_line() {
    let yaml = "schemaVersion: '2.2'\nmainSteps:\n  - action: [aws:runShellScript\n    name: x\n";
    let (code, msg) = refuse(yaml, DocFormat::Yaml, "Command");
    assert_eq!(code, INVALID_CONTENT);
    assert!(msg.starts_with("YAML syntax error at line "), "{msg}");
    let line: u32 = msg["YAML syntax error at line ".len()..].split(',').next().unwrap().parse().unwrap();
    assert!((3..=5).contains(&line), "{msg}");

    let (_, msg) = refuse("schemaVersion: '2.2'\n  bad: indent\n", DocFormat::Yaml, "Command");
    assert!(msg.starts_with("YAML syntax error at line 2, column "), "{msg}");
}

#[test]
fn json_syntax_error_and_non_mapping_top_level() {
    let (code, msg) = refuse("{\n  \"schemaVersion\": \"2.2\",\n}", DocFormat::Json, "Command");
    assert_eq!(code, INVALID_CONTENT);
    assert!(msg.starts_with("JSON syntax error at line 3, column 1"), "{msg}");
    let (_, msg) = refuse("[1, 2]", DocFormat::Json, "Command");
    assert_eq!(msg, "document content must be a mapping at the top level, found a list");
    let (_, msg) = refuse("just text", DocFormat::Yaml, "Command");
    assert!(msg.contains("found a string"), "{msg}");
    assert_eq!(refuse("  \n", DocFormat::Yaml, "Command").1, "document content is empty");
}

#[test]
fn oversized_content_is_refused() {
    let big = format!("{{\"schemaVersion\": \"2.2\", \"description\": \"{}\"}}", "x".repeat(MAX_DOCUMENT_BYTES));
    assert_eq!(refuse(&big, DocFormat::Json, "Command").0, MAX_SIZE_EXCEEDED);
}

#[test]
fn hostile_inputs_do_not_panic() {
    let deep_json = "[".repeat(10_000);
    let deep_yaml = "- ".repeat(5_000) + "x";
    let aliases = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
    let inputs = [
        "",
        "{",
        "}",
        "null",
        "\u{0}",
        "{{",
        "- - -",
        ":",
        "!!binary x",
        "&a *a",
        "\u{feff}{}",
        "{\"schemaVersion\": 2.2}",
        "schemaVersion: [",
        "schemaVersion: '2.2'\nmainSteps: {}\n",
        "schemaVersion: '2.2'\nmainSteps: [null, 1, []]\n",
        "schemaVersion: '1.2'\nruntimeConfig: {x: 1}\n",
        "schemaVersion: '2.2'\nparameters: {p: {type: String, allowedPattern: '('}}\nmainSteps: [{}]\n",
        &deep_json,
        &deep_yaml,
        aliases,
    ];
    for text in inputs {
        for format in [DocFormat::Json, DocFormat::Yaml] {
            for doc_type in ["Command", "Automation", "Session"] {
                let _ = parse(text, format, doc_type);
            }
            let _ = convert(text, format, DocFormat::Json);
            let _ = convert(text, format, DocFormat::Yaml);
        }
        let _ = guess_format(text);
    }
}

#[test]
fn convert_round_trips() {
    let json_text = serde_json::to_string_pretty(&command_22()).unwrap();
    let yaml = convert(&json_text, DocFormat::Json, DocFormat::Yaml).unwrap();
    assert!(yaml.contains("schemaVersion: '2.2'"), "{yaml}");
    let back = convert(&yaml, DocFormat::Yaml, DocFormat::Json).unwrap();
    let a: Value = serde_json::from_str(&json_text).unwrap();
    let b: Value = serde_json::from_str(&back).unwrap();
    assert_eq!(a, b);
    // Key order survives, so the JSON reads like the YAML it came from.
    assert!(back.find("schemaVersion").unwrap() < back.find("mainSteps").unwrap());
    // The converted YAML is itself a valid document.
    parse(&yaml, DocFormat::Yaml, "Command").unwrap();

    let multi = "schemaVersion: '2.2'\nmainSteps:\n- action: aws:runShellScript\n  name: a\n  inputs:\n    runCommand:\n    - |\n      echo one\n      echo two\n";
    let json_out = convert(multi, DocFormat::Yaml, DocFormat::Json).unwrap();
    let again = convert(&json_out, DocFormat::Json, DocFormat::Yaml).unwrap();
    let first: Value = serde_yaml_ng::from_str(multi).unwrap();
    let second: Value = serde_yaml_ng::from_str(&again).unwrap();
    assert_eq!(first, second);
    assert_eq!(convert(multi, DocFormat::Yaml, DocFormat::Yaml).unwrap(), multi);

    // Strings that start with "{{" must come out quoted, or YAML would read a flow mapping.
    for b in builtins() {
        let yaml = convert(b.content, DocFormat::Json, DocFormat::Yaml).unwrap();
        let doc = parse(&yaml, DocFormat::Yaml, b.document_type).unwrap();
        assert_eq!(doc.body, serde_json::from_str::<Value>(b.content).unwrap());
    }
}

#[test]
fn guesses_format() {
    assert_eq!(guess_format("{\"a\": 1}"), DocFormat::Json);
    assert_eq!(guess_format("a: 1\n"), DocFormat::Yaml);
    assert_eq!(guess_format("{a: 1}"), DocFormat::Yaml);
}

#[test]
fn doc_format_model_names() {
    assert_eq!(DocFormat::from_model("JSON"), Some(DocFormat::Json));
    assert_eq!(DocFormat::from_model("YAML"), Some(DocFormat::Yaml));
    assert_eq!(DocFormat::from_model("TEXT"), None);
    assert_eq!(DocFormat::Yaml.as_model(), "YAML");
}

#[test]
fn builtins_parse_with_aws_parameters() {
    assert_eq!(builtins().len(), 14);
    for b in builtins().iter().filter(|b| b.name.ends_with("Script")) {
        let doc = parse(b.content, DocFormat::Json, b.document_type).unwrap();
        assert_eq!(doc.schema_version, "1.2");
        let names: Vec<_> = doc.parameters.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["commands", "workingDirectory", "executionTimeout"]);
        assert_eq!(doc.parameter("commands").unwrap().type_, "StringList");
        assert_eq!(doc.parameter("workingDirectory").unwrap().default, Some(json!("")));
        let timeout = doc.parameter("executionTimeout").unwrap();
        assert_eq!(timeout.default, Some(json!("3600")));
        for ok in ["1", "3600", "99999", "172800"] {
            assert!(timeout.check_value(&json!(ok)).is_ok(), "{ok}");
        }
        for bad in ["0", "172801", "999999", "10; rm -rf /", ""] {
            assert!(timeout.check_value(&json!(bad)).is_err(), "{bad}");
        }
    }
    let shell = parse(builtin("AWS-RunShellScript").unwrap().content, DocFormat::Json, "Command").unwrap();
    assert_eq!(shell.steps[0].name, "aws:runShellScript");
    assert_eq!(shell.platform_types, ["Linux", "MacOS"]);
    let pwsh = parse(builtin("AWS-RunPowerShellScript").unwrap().content, DocFormat::Json, "Command").unwrap();
    assert_eq!(pwsh.steps[0].action, "aws:runPowerShellScript");
    assert_eq!(pwsh.platform_types, ["Windows", "Linux", "MacOS"]);
    assert!(builtin("AWS-Nope").is_none());
    let agent = parse(builtin("AWS-UpdateSSMAgent").unwrap().content, DocFormat::Json, "Command").unwrap();
    assert_eq!(agent.steps[0].action, "aws:updateSsmAgent");
    assert_eq!(agent.parameter("allowDowngrade").unwrap().allowed_values, [json!("true"), json!("false")]);
    let run = parse(builtin("AWS-RunDocument").unwrap().content, DocFormat::Json, "Command").unwrap();
    let names: Vec<_> = run.parameters.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["sourceType", "sourceInfo", "documentParameters"]);
    let refresh = parse(builtin("AWS-RefreshAssociation").unwrap().content, DocFormat::Json, "Command").unwrap();
    assert_eq!(refresh.parameter("associationIds").unwrap().default, Some(json!([])));
}

/// The plugins ssmctl implements take their AWS inputs and refuse others, naming the field.
#[test]
fn ssmctl_plugins_check_their_inputs() {
    let step = |action: &str, inputs: Value| json!({"schemaVersion": "2.2", "mainSteps": [{"action": action, "name": "s", "inputs": inputs}]});
    for (action, inputs) in [
        (
            "aws:runDocument",
            json!({"documentType": "SSMDocument", "documentPath": "X", "documentParameters": {"a": "b"}}),
        ),
        ("aws:refreshAssociation", json!({"associationIds": ["a", "b"]})),
        ("aws:updateSsmAgent", json!({"agentName": "amazon-ssm-agent", "source": "s", "targetVersion": ""})),
    ] {
        parse(&step(action, inputs).to_string(), DocFormat::Json, "Command").unwrap();
    }
    let (_, msg) = refuse_json(step("aws:runDocument", json!({"documentType": "SSMDocument"})));
    assert!(msg.starts_with("mainSteps[0].inputs.documentPath: required"), "{msg}");
    let (_, msg) = refuse_json(step("aws:refreshAssociation", json!({"associationIds": [1]})));
    assert!(msg.starts_with("mainSteps[0].inputs.associationIds:"), "{msg}");
    let (_, msg) = refuse_json(step("aws:updateSsmAgent", json!({"runCommand": ["x"]})));
    assert!(msg.starts_with("mainSteps[0].inputs.runCommand: unknown input"), "{msg}");
}

#[test]
fn references_are_found_and_classified() {
    let found = references("a {{ x }} b {{ssm:/p/q}} {{ ssm-secure:/s }} {{.Go}} {{ {{y}} {{ not a ref }}");
    assert_eq!(
        found,
        [
            Reference::Parameter("x".into()),
            Reference::Ssm("/p/q".into()),
            Reference::SsmSecure("/s".into()),
            Reference::Parameter("y".into()),
        ]
    );
    assert!(is_parameter_store_reference("{{ssm:/a}}"));
    assert!(is_parameter_store_reference(" {{ ssm-secure:/a }} "));
    assert!(!is_parameter_store_reference("x{{ssm:/a}}"));
    assert!(!is_parameter_store_reference("{{ssm:/a}}{{ssm:/b}}"));
    assert!(!is_parameter_store_reference("{{ a }}"));
}

#[test]
fn braces_open_at_the_innermost_opening() {
    let text = "{{ {{ a }} {{b}}}} {{{c}}} {{ d";
    let found: Vec<(usize, usize, &str)> = braces(text).iter().map(|b| (b.start, b.end, b.inner)).collect();
    assert_eq!(found, [(3, 10, "a"), (11, 16, "b"), (20, 25, "c")]);
    for b in braces(text) {
        assert!(text[b.start..b.end].starts_with("{{") && text[b.start..b.end].ends_with("}}"));
    }
}

#[test]
fn api_values_become_typed_values() {
    let doc = json!({"schemaVersion": "2.2",
        "parameters": {
            "S": {"type": "String", "allowedValues": ["a", "b"]},
            "L": {"type": "StringList"},
            "B": {"type": "Boolean"},
            "I": {"type": "Integer"},
            "M": {"type": "StringMap"},
            "ML": {"type": "MapList"},
            "Secret": {"type": "String", "noEcho": true, "allowedPattern": "[0-9]+"}
        },
        "mainSteps": [{"action": "aws:runShellScript", "name": "a", "inputs": {"runCommand": ["true"]}}]});
    let doc = parse(&doc.to_string(), DocFormat::Json, "Command").unwrap();
    let p = |n: &str| doc.parameter(n).unwrap();
    let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(p("S").value_from_api(&v(&["a"])).unwrap(), json!("a"));
    assert!(p("S").value_from_api(&v(&["c"])).is_err());
    assert!(p("S").value_from_api(&v(&["a", "b"])).is_err());
    assert_eq!(p("S").value_from_api(&v(&["{{ssm:/x}}"])).unwrap(), json!("{{ssm:/x}}"));
    assert_eq!(p("L").value_from_api(&v(&["x", "y"])).unwrap(), json!(["x", "y"]));
    assert_eq!(p("B").value_from_api(&v(&["True"])).unwrap(), json!(true));
    assert_eq!(p("I").value_from_api(&v(&["42"])).unwrap(), json!(42));
    assert!(p("I").value_from_api(&v(&["4x"])).is_err());
    assert_eq!(p("M").value_from_api(&v(&["{\"k\":\"v\"}"])).unwrap(), json!({"k": "v"}));
    assert_eq!(p("ML").value_from_api(&v(&["[{\"a\":1}]"])).unwrap(), json!([{"a": 1}]));
    assert_eq!(p("ML").value_from_api(&v(&["{\"a\":1}", "{\"b\":2}"])).unwrap(), json!([{"a": 1}, {"b": 2}]));
    // A noEcho value is never quoted back.
    let msg = p("Secret").value_from_api(&v(&["hunter2"])).unwrap_err();
    assert!(!msg.contains("hunter2"), "{msg}");
}
