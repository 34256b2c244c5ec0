//! Documents: create/get/describe/list/update/delete, versions, built-ins, tags, validation.

use crate::support::{Env, fixture, golden, mask};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

#[test]
fn create_document_prints_the_create_document_output_shape() {
    let env = Env::new();
    let out = env.create("Custom-UpdatePassword", "documents/update-password.yaml", "YAML");
    let d = &out["DocumentDescription"];
    let content = std::fs::read(fixture("documents/update-password.yaml")).unwrap();
    assert_eq!(d["Hash"], json!(hex::encode(Sha256::digest(&content))));
    let created = d["CreatedDate"].as_str().unwrap();
    let re = regex::Regex::new(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$").unwrap();
    assert!(re.is_match(created), "CreatedDate {created}");
    let mut masked = out.clone();
    mask(&mut masked);
    golden("create-document.json", &masked);
}

#[test]
fn get_document_returns_content_byte_for_byte_and_converted() {
    let env = Env::new();
    env.create("Custom-UpdatePassword", "documents/update-password.yaml", "YAML");
    env.create("Hello", "documents/hello.json", "JSON");
    let yaml_text = std::fs::read_to_string(fixture("documents/update-password.yaml")).unwrap();
    let json_text = std::fs::read_to_string(fixture("documents/hello.json")).unwrap();

    let got = env.ok(&["get-document", "--name", "Custom-UpdatePassword"]).json();
    assert_eq!(got["Content"].as_str().unwrap(), yaml_text);
    assert_eq!(got["DocumentFormat"], "YAML");
    assert_eq!(got["Status"], "Active");
    assert_eq!(got["DocumentVersion"], "1");

    let as_json = env.ok(&["get-document", "--name", "Custom-UpdatePassword", "--document-format", "JSON"]).json();
    assert_eq!(as_json["DocumentFormat"], "JSON");
    let converted: Value = serde_json::from_str(as_json["Content"].as_str().unwrap()).unwrap();
    let original: Value = serde_yaml_ng::from_str(&yaml_text).unwrap();
    assert_eq!(converted, original);

    let got = env.ok(&["get-document", "--name", "Hello"]).json();
    assert_eq!(got["Content"].as_str().unwrap(), json_text);
    let as_yaml = env.ok(&["get-document", "--name", "Hello", "--document-format", "YAML"]).json();
    let converted: Value = serde_yaml_ng::from_str(as_yaml["Content"].as_str().unwrap()).unwrap();
    assert_eq!(converted, serde_json::from_str::<Value>(&json_text).unwrap());
}

fn self_documents(env: &Env) -> Value {
    env.ok(&["list-documents", "--filters", "Key=Owner,Values=Self", "--query", "DocumentIdentifiers[].Name"]).json()
}

#[test]
fn bad_documents_are_refused_with_one_line_naming_the_field_and_store_nothing() {
    let env = Env::new();
    let cases = [
        ("documents/bad-unknown-plugin.yaml", "InvalidDocumentContent", "install"),
        ("documents/bad-unknown-plugin.yaml", "InvalidDocumentContent", "aws:installTheWorld"),
        ("documents/bad-schema-3.0.yaml", "InvalidDocumentSchemaVersion", "schemaVersion"),
        ("documents/bad-missing-mainsteps.yaml", "InvalidDocumentContent", "mainSteps"),
        ("documents/bad-default.yaml", "InvalidDocumentContent", "Mode"),
        ("documents/bad-default.yaml", "InvalidDocumentContent", "allowedValues"),
        ("documents/bad-yaml-syntax.yaml", "InvalidDocumentContent", "line"),
    ];
    for (file, code, needle) in cases {
        let content = format!("file://{}", fixture(file));
        let line = env.fails(
            &[
                "create-document",
                "--name",
                "Bad-Doc",
                "--content",
                &content,
                "--document-format",
                "YAML",
                "--document-type",
                "Command",
            ],
            254,
        );
        let prefix = format!("An error occurred ({code}) when calling the CreateDocument operation: ");
        assert!(line.starts_with(&prefix), "{file}: {line}");
        assert!(line.contains(needle), "{file}: message should name {needle}: {line}");
    }
    // 100 MB of content: refused by size, before anything is parsed or stored.
    let big = env.path().join("big.yaml");
    let mut text = String::from("schemaVersion: '2.2'\ndescription: '");
    text.push_str(&"x".repeat(100 * 1024 * 1024));
    text.push_str("'\n");
    std::fs::write(&big, text).unwrap();
    let content = format!("file://{}", big.display());
    let line =
        env.fails(&["create-document", "--name", "Bad-Doc", "--content", &content, "--document-format", "YAML"], 254);
    assert!(
        line.starts_with("An error occurred (MaxDocumentSizeExceeded) when calling the CreateDocument operation:"),
        "{line}"
    );
    assert!(line.contains("Content"), "{line}");
    assert_eq!(self_documents(&env), json!([]));
    env.fails(&["describe-document", "--name", "Bad-Doc"], 254);
}

#[test]
fn yaml_content_without_document_format_says_json_is_the_default() {
    let env = Env::new();
    let content = format!("file://{}", fixture("documents/update-password.yaml"));
    let line = env.fails(&["create-document", "--name", "Pwd", "--content", &content], 254);
    assert!(line.contains("(InvalidDocumentContent)") && line.contains("--document-format YAML"), "{line}");
}

#[test]
fn versions_default_latest_version_names_and_deletion() {
    let env = Env::new();
    let v1 = format!("file://{}", fixture("documents/hello.json"));
    env.ok(&["create-document", "--name", "Hello", "--content", &v1, "--version-name", "first"]);
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("documents/hello.json")).unwrap()).unwrap();
    doc["description"] = json!("Second version.");
    let v2 = doc.to_string();

    let line =
        env.fails(&["update-document", "--name", "Hello", "--content", &v1, "--document-version", "$LATEST"], 254);
    assert!(line.contains("(DuplicateDocumentContent)"), "{line}");
    let line = env.fails(&["update-document", "--name", "Hello", "--content", &v2, "--version-name", "first"], 254);
    assert!(line.contains("(DuplicateDocumentVersionName)"), "{line}");
    let line = env.fails(&["update-document", "--name", "Hello", "--content", &v2, "--document-version", "7"], 254);
    assert!(line.contains("(InvalidDocumentVersion)"), "{line}");

    let d = env
        .ok(&[
            "update-document",
            "--name",
            "Hello",
            "--content",
            &v2,
            "--document-version",
            "$LATEST",
            "--version-name",
            "second",
        ])
        .json();
    let d = &d["DocumentDescription"];
    assert_eq!(
        (d["DocumentVersion"].as_str(), d["LatestVersion"].as_str(), d["DefaultVersion"].as_str()),
        (Some("2"), Some("2"), Some("1"))
    );
    assert_eq!(d["Description"], "Second version.");

    let get = |args: &[&str]| {
        let mut a = vec!["get-document", "--name", "Hello"];
        a.extend_from_slice(args);
        env.ok(&a).json()["DocumentVersion"].as_str().unwrap().to_string()
    };
    assert_eq!(get(&[]), "1");
    assert_eq!(get(&["--document-version", "$DEFAULT"]), "1");
    assert_eq!(get(&["--document-version", "$LATEST"]), "2");
    assert_eq!(get(&["--version-name", "second"]), "2");
    assert_eq!(get(&["--version-name", "second", "--document-version", "2"]), "2");
    env.fails(&["get-document", "--name", "Hello", "--version-name", "second", "--document-version", "1"], 254);
    env.fails(&["get-document", "--name", "Hello", "--document-version", "3"], 254);

    let out = env.ok(&["update-document-default-version", "--name", "Hello", "--document-version", "2"]).json();
    assert_eq!(out, json!({"Description": {"Name": "Hello", "DefaultVersion": "2", "DefaultVersionName": "second"}}));
    let versions = env.ok(&["list-document-versions", "--name", "Hello"]).json();
    let flags: Vec<(String, bool)> = versions["DocumentVersions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["DocumentVersion"].as_str().unwrap().to_string(), v["IsDefaultVersion"].as_bool().unwrap()))
        .collect();
    assert_eq!(flags, vec![("1".to_string(), false), ("2".to_string(), true)]);
    let listed = env.ok(&["list-documents", "--filters", "Key=Owner,Values=Self"]).json();
    assert_eq!(listed["DocumentIdentifiers"][0]["DocumentVersion"], "2");

    let line = env.fails(&["delete-document", "--name", "Hello", "--document-version", "2"], 254);
    assert!(line.contains("(InvalidDocumentOperation)"), "{line}");
    let r = env.ok(&["delete-document", "--name", "Hello", "--document-version", "1"]);
    assert_eq!(r.stdout, "", "an empty output shape prints nothing");
    env.fails(&["get-document", "--name", "Hello", "--document-version", "1"], 254);
    env.ok(&["delete-document", "--name", "Hello"]);
    let line = env.fails(&["describe-document", "--name", "Hello"], 254);
    assert_eq!(
        line,
        "An error occurred (InvalidDocument) when calling the DescribeDocument operation: Document with name Hello does not exist."
    );
}

#[test]
fn builtin_documents_are_amazon_owned_and_read_only() {
    let env = Env::new();
    let d = env.ok(&["describe-document", "--name", "AWS-RunShellScript"]).json();
    let d = &d["Document"];
    assert_eq!(d["Owner"], "Amazon");
    let names: Vec<&str> = d["Parameters"].as_array().unwrap().iter().map(|p| p["Name"].as_str().unwrap()).collect();
    for want in ["commands", "workingDirectory", "executionTimeout"] {
        assert!(names.contains(&want), "{names:?}");
    }
    let get = env.ok(&["get-document", "--name", "AWS-RunShellScript"]).json();
    let content: Value = serde_json::from_str(get["Content"].as_str().unwrap()).unwrap();
    let pattern = content["parameters"]["executionTimeout"]["allowedPattern"].as_str().unwrap();
    assert_eq!(pattern, "([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)");
    env.ok(&["describe-document", "--name", "AWS-RunPowerShellScript"]);

    let c = format!("file://{}", fixture("documents/hello.json"));
    for args in [
        vec!["update-document", "--name", "AWS-RunShellScript", "--content", c.as_str()],
        vec!["delete-document", "--name", "AWS-RunShellScript"],
        vec!["create-document", "--name", "AWS-RunShellScript", "--content", c.as_str()],
        vec!["create-document", "--name", "amazon-thing", "--content", c.as_str()],
    ] {
        env.fails(&args, 254);
    }
    let owners = env
        .ok(&["list-documents", "--filters", "Key=Owner,Values=Amazon", "--query", "DocumentIdentifiers[].Name"])
        .json();
    assert_eq!(
        owners,
        json!([
            "AWS-GatherSoftwareInventory",
            "AWS-RefreshAssociation",
            "AWS-RunDocument",
            "AWS-RunPatchBaseline",
            "AWS-RunPowerShellScript",
            "AWS-RunShellScript",
            "AWS-StartInteractiveCommand",
            "AWS-StartNonInteractiveCommand",
            "AWS-StartPortForwardingSession",
            "AWS-StartPortForwardingSessionToRemoteHost",
            "AWS-StartSSHSession",
            "AWS-UpdateSSMAgent",
            "SSM-SessionManagerRunShell"
        ])
    );
}

#[test]
fn list_documents_filters() {
    let env = Env::new();
    env.create("Custom-UpdatePassword", "documents/update-password.yaml", "YAML");
    env.create("Hello", "documents/hello.json", "JSON");
    env.ok(&[
        "add-tags-to-resource",
        "--resource-type",
        "Document",
        "--resource-id",
        "Hello",
        "--tags",
        "Key=Team,Value=Web",
    ]);
    let names = |args: &[&str]| {
        let mut a = vec!["list-documents", "--query", "DocumentIdentifiers[].Name"];
        a.extend_from_slice(args);
        env.ok(&a).json()
    };
    assert_eq!(
        names(&[]),
        json!([
            "AWS-GatherSoftwareInventory",
            "AWS-RefreshAssociation",
            "AWS-RunDocument",
            "AWS-RunPatchBaseline",
            "AWS-RunPowerShellScript",
            "AWS-RunShellScript",
            "AWS-StartInteractiveCommand",
            "AWS-StartNonInteractiveCommand",
            "AWS-StartPortForwardingSession",
            "AWS-StartPortForwardingSessionToRemoteHost",
            "AWS-StartSSHSession",
            "AWS-UpdateSSMAgent",
            "Custom-UpdatePassword",
            "Hello",
            "SSM-SessionManagerRunShell",
            "SSMCTL-RestartHost"
        ])
    );
    assert_eq!(names(&["--filters", "Key=Owner,Values=All"]).as_array().unwrap().len(), 16);
    // ssmctl's own runbooks are read-only like AWS's, and not AWS's.
    assert_eq!(names(&["--filters", "Key=Owner,Values=ssmctl"]), json!(["SSMCTL-RestartHost"]));
    assert_eq!(names(&["--filters", "Key=Owner,Values=Self"]), json!(["Custom-UpdatePassword", "Hello"]));
    assert_eq!(names(&["--filters", "Key=tag:Team,Values=Web"]), json!(["Hello"]));
    assert_eq!(names(&["--filters", "Key=tag-key,Values=Team"]), json!(["Hello"]));
    assert_eq!(names(&["--filters", "Key=Name,Values=Custom"]), json!(["Custom-UpdatePassword"]));
    assert_eq!(
        names(&["--filters", "Key=SearchKeyword,Values=shell"]),
        json!(["AWS-RunPowerShellScript", "AWS-RunShellScript", "SSM-SessionManagerRunShell"])
    );
    assert_eq!(
        names(&["--filters", "Key=SearchKeyword,Values=update"]),
        json!(["AWS-UpdateSSMAgent", "Custom-UpdatePassword"])
    );
    assert_eq!(
        names(&["--filters", "Key=Owner,Values=Self", "Key=DocumentType,Values=Command"]).as_array().unwrap().len(),
        2
    );
    assert_eq!(
        names(&["--filters", "Key=PlatformTypes,Values=Windows"]),
        // Runbooks run on the controller and name every platform, as AWS's do.
        json!([
            "AWS-RefreshAssociation",
            "AWS-RunDocument",
            "AWS-RunPowerShellScript",
            "AWS-StartInteractiveCommand",
            "AWS-StartNonInteractiveCommand",
            "AWS-StartPortForwardingSession",
            "AWS-StartPortForwardingSessionToRemoteHost",
            "AWS-StartSSHSession",
            "AWS-UpdateSSMAgent",
            "SSM-SessionManagerRunShell",
            "SSMCTL-RestartHost"
        ])
    );
    assert_eq!(
        names(&["--document-filter-list", "key=Owner,value=Amazon"]),
        json!([
            "AWS-GatherSoftwareInventory",
            "AWS-RefreshAssociation",
            "AWS-RunDocument",
            "AWS-RunPatchBaseline",
            "AWS-RunPowerShellScript",
            "AWS-RunShellScript",
            "AWS-StartInteractiveCommand",
            "AWS-StartNonInteractiveCommand",
            "AWS-StartPortForwardingSession",
            "AWS-StartPortForwardingSessionToRemoteHost",
            "AWS-StartSSHSession",
            "AWS-UpdateSSMAgent",
            "SSM-SessionManagerRunShell"
        ])
    );
    let line = env.fails(&["list-documents", "--filters", "Key=Colour,Values=Red"], 254);
    assert!(line.contains("(InvalidFilterKey)") && line.contains("Colour"), "{line}");
}

#[test]
fn pagination_max_items_starting_token_page_size() {
    let env = Env::new();
    let c = format!("file://{}", fixture("documents/hello.json"));
    for i in 0..7 {
        env.ok(&["create-document", "--name", &format!("Doc-{i}"), "--content", &c]);
    }
    let all = env
        .ok(&[
            "list-documents",
            "--filters",
            "Key=Owner,Values=Self",
            "--page-size",
            "2",
            "--query",
            "DocumentIdentifiers[].Name",
        ])
        .json();
    assert_eq!(all.as_array().unwrap().len(), 7);
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut args = vec!["list-documents", "--filters", "Key=Owner,Values=Self", "--max-items", "3"];
        if let Some(t) = &token {
            args.extend_from_slice(&["--starting-token", t]);
        }
        let page = env.ok(&args).json();
        for d in page["DocumentIdentifiers"].as_array().unwrap() {
            seen.push(d["Name"].clone());
        }
        match page.get("NextToken").and_then(Value::as_str) {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(Value::Array(seen), all);
    let one =
        env.ok(&["list-documents", "--filters", "Key=Owner,Values=Self", "--no-paginate", "--max-results", "2"]).json();
    assert_eq!(one["DocumentIdentifiers"].as_array().unwrap().len(), 2);
    assert!(one["NextToken"].is_string());
    let line = env.fails(&["list-documents", "--next-token", "garbage!"], 254);
    assert!(line.contains("(InvalidNextToken)"), "{line}");
}

#[test]
fn tags_on_documents() {
    let env = Env::new();
    env.create("Hello", "documents/hello.json", "JSON");
    env.ok(&[
        "add-tags-to-resource",
        "--resource-type",
        "Document",
        "--resource-id",
        "Hello",
        "--tags",
        "Key=Env,Value=Prod",
        "Key=Team,Value=Web",
    ]);
    let tags = env.ok(&["list-tags-for-resource", "--resource-type", "Document", "--resource-id", "Hello"]).json();
    assert_eq!(tags, json!({"TagList": [{"Key": "Env", "Value": "Prod"}, {"Key": "Team", "Value": "Web"}]}));
    env.ok(&[
        "remove-tags-from-resource",
        "--resource-type",
        "Document",
        "--resource-id",
        "Hello",
        "--tag-keys",
        "Env",
    ]);
    let d = env.ok(&["describe-document", "--name", "Hello"]).json();
    assert_eq!(d["Document"]["Tags"], json!([{"Key": "Team", "Value": "Web"}]));
    let line = env.fails(&["list-tags-for-resource", "--resource-type", "Document", "--resource-id", "Nope"], 254);
    assert!(line.contains("(InvalidResourceId)"), "{line}");
    let line = env.fails(&["list-tags-for-resource", "--resource-type", "OpsMetadata", "--resource-id", "Hello"], 254);
    assert!(line.contains("(InvalidResourceType)"), "{line}");
    let many: Vec<String> = (0..51).map(|i| format!("Key=k{i},Value=v")).collect();
    let mut args = vec!["add-tags-to-resource", "--resource-type", "Document", "--resource-id", "Hello", "--tags"];
    args.extend(many.iter().map(String::as_str));
    let line = env.fails(&args, 254);
    assert!(line.contains("(TooManyTagsError)"), "{line}");
    let c = format!("file://{}", fixture("documents/hello.json"));
    let created = env.ok(&["create-document", "--name", "Tagged", "--content", &c, "--tags", "Key=A,Value=1"]).json();
    assert_eq!(created["DocumentDescription"]["Tags"], json!([{"Key": "A", "Value": "1"}]));
    env.ok(&["delete-document", "--name", "Tagged"]);
    env.create("Tagged", "documents/hello.json", "JSON");
    let tags = env.ok(&["list-tags-for-resource", "--resource-type", "Document", "--resource-id", "Tagged"]).json();
    assert_eq!(tags, json!({"TagList": []}), "tags of a deleted document must not come back");
}
