//! The AWS CLI conventions every operation shares: flags, values, outputs, errors.

use crate::support::{Env, fixture};
use serde_json::{Value, json};

fn two_documents() -> Env {
    let env = Env::new();
    env.create("Doc-A", "documents/hello.json", "JSON");
    env.create("Doc-B", "documents/update-password.yaml", "YAML");
    env
}

#[test]
fn query_with_text_output_prints_tab_separated_names() {
    let env = two_documents();
    let r = env.ok(&["list-documents", "--query", "DocumentIdentifiers[?Owner==`Self`].Name", "--output", "text"]);
    assert_eq!(r.stdout, "Doc-A\tDoc-B\n");
    let r = env.ok(&["list-documents", "--query", "DocumentIdentifiers[?Owner==`Self`].Name"]);
    assert_eq!(r.stdout, "[\n    \"Doc-A\",\n    \"Doc-B\"\n]\n", "JSON is indented by 4 as the AWS CLI");
}

#[test]
fn text_output_of_a_whole_result_uses_identifiers_and_sorted_scalars() {
    let env = two_documents();
    let r = env.ok(&["list-documents", "--filters", "Key=Name,Values=Doc-A", "--output", "text"]);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].starts_with("DOCUMENTIDENTIFIERS\t"), "{}", r.stdout);
    // Sorted scalar keys: CreatedDate, DocumentFormat, DocumentType, DocumentVersion, Name, Owner, SchemaVersion
    let fields: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(&fields[2..], &["JSON", "Command", "1", "Doc-A", "Self", "2.2"]);
    assert_eq!(lines[1], "PLATFORMTYPES\tLinux");
    assert_eq!(lines[2], "PLATFORMTYPES\tMacOS");
}

#[test]
fn table_and_yaml_outputs() {
    let env = two_documents();
    let r = env.ok(&["list-documents", "--filters", "Key=Owner,Values=Self", "--output", "table"]);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[1].contains("ListDocuments"), "title row: {}", r.stdout);
    assert!(
        r.stdout.contains("||") && r.stdout.contains("DocumentIdentifiers") && r.stdout.contains("Doc-B"),
        "{}",
        r.stdout
    );
    let widths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "every table line has the same width: {widths:?}");

    let json_out = env.ok(&["list-documents"]).json();
    let yaml = env.ok(&["list-documents", "--output", "yaml"]);
    assert!(yaml.stdout.starts_with("DocumentIdentifiers:\n- "), "{}", yaml.stdout);
    let back: Value = serde_yaml_ng::from_str(&yaml.stdout).unwrap();
    assert_eq!(back, json_out);
    let stream = env.ok(&["list-documents", "--output", "yaml-stream"]);
    let pages: Value = serde_yaml_ng::from_str(&stream.stdout).unwrap();
    assert_eq!(pages[0]["DocumentIdentifiers"], json_out["DocumentIdentifiers"]);

    let r = env.command(&["list-documents"]).env("SSMCTL_OUTPUT", "yaml").output().unwrap();
    assert!(String::from_utf8_lossy(&r.stdout).starts_with("DocumentIdentifiers:"));
    env.fails(&["list-documents", "--output", "xml"], 252);
}

#[test]
fn unknown_flags_bad_values_and_missing_arguments_are_usage_errors() {
    let env = Env::new();
    let line = env.fails(&["list-documents", "--colour", "red"], 252);
    assert!(line.contains("--colour"), "{line}");
    let line = env.fails(&["list-documents", "--filters", "Key"], 252);
    assert!(line.contains("--filters") && line.contains("position 3"), "{line}");
    let line = env.fails(&["list-documents", "--filters", "Key=Owner,Values=[Self"], 252);
    assert!(line.contains("--filters") && line.contains("position"), "{line}");
    let line = env.fails(&["list-documents", "--filters", "{\"Key\": "], 252);
    assert!(line.contains("--filters") && line.contains("JSON"), "{line}");
    let line = env.fails(&["list-documents", "--filters", "Key=Owner,Valuez=Self"], 252);
    assert!(line.contains("Valuez"), "{line}");
    let line = env.fails(&["create-document", "--name", "X-1"], 252);
    assert!(line.contains("--content"), "{line}");
    let line = env.fails(&["list-documents", "--max-results", "many"], 252);
    assert!(line.contains("--max-results"), "{line}");
    let line = env.fails(&["get-document", "--name", "x", "--document-version", "1", "2"], 252);
    assert!(line.contains("'2'") || line.contains("2"), "{line}");
    env.fails(&["list-documents", "--query", "DocumentIdentifiers[?"], 252);
    env.fails(&["no-such-operation"], 252);
    env.fails(&["list-documents", "--content", "file:///nonexistent"], 252);
    let line = env.fails(&["create-document", "--name", "X-1", "--content", "file:///nonexistent/doc.json"], 252);
    assert!(line.contains("/nonexistent/doc.json"), "{line}");
    assert!(!env.db.exists(), "usage errors must not create the state database");
}

#[test]
fn service_side_constraints_are_validation_exceptions() {
    let env = Env::new();
    let c = format!("file://{}", fixture("documents/hello.json"));
    let line = env.fails(&["create-document", "--name", "bad name!", "--content", &c], 254);
    assert!(
        line.starts_with("An error occurred (ValidationException) when calling the CreateDocument operation:"),
        "{line}"
    );
    assert!(line.contains("'name'"), "{line}");
    let line = env.fails(&["create-document", "--name", "Good", "--content", &c, "--document-type", "Nonsense"], 254);
    assert!(line.contains("enum value set"), "{line}");
    let line = env.fails(&["list-documents", "--max-results", "51", "--no-paginate"], 254);
    assert!(line.contains("less than or equal to 50"), "{line}");
}

#[test]
fn prefixes_booleans_and_ignored_aws_options() {
    let env = Env::new();
    let c = format!("file://{}", fixture("documents/update-password.yaml"));
    let out = env
        .ok(&[
            "create-document",
            "--nam",
            "Pwd",
            "--cont",
            &c,
            "--document-f",
            "YAML",
            "--region",
            "eu-west-1",
            "--profile",
            "x",
            "--no-cli-pager",
        ])
        .json();
    assert_eq!(out["DocumentDescription"]["Name"], "Pwd");
    let line = env.fails(&["create-document", "--document", "Pwd"], 252);
    assert!(line.contains("--document"), "an ambiguous prefix is refused: {line}");
    env.ok(&["delete-document", "--name", "Pwd", "--no-force"]);
    env.create("Pwd", "documents/update-password.yaml", "YAML");
    env.ok(&["delete-document", "--name", "Pwd", "--force", "--cli-read-timeout", "5", "--cli-connect-timeout", "5"]);
    env.fails(&["delete-document", "--name", "Pwd", "--force", "--no-force"], 252);
}

#[test]
fn cli_input_json_yaml_and_skeletons() {
    let env = Env::new();
    let content = std::fs::read_to_string(fixture("documents/hello.json")).unwrap();
    let input = env.path().join("req.json");
    std::fs::write(&input, json!({"Name": "From-Json", "Content": content, "VersionName": "v-json"}).to_string())
        .unwrap();
    let arg = format!("file://{}", input.display());
    let out = env.ok(&["create-document", "--cli-input-json", &arg, "--version-name", "v-flag"]).json();
    assert_eq!(out["DocumentDescription"]["Name"], "From-Json");
    assert_eq!(out["DocumentDescription"]["VersionName"], "v-flag", "flags override the input file");

    let yaml = format!(
        "Name: From-Yaml\nDocumentFormat: YAML\nContent: |\n{}",
        std::fs::read_to_string(fixture("documents/update-password.yaml"))
            .unwrap()
            .lines()
            .map(|l| format!("  {l}\n"))
            .collect::<String>()
    );
    let out = env.ok(&["create-document", "--cli-input-yaml", &yaml]).json();
    assert_eq!(out["DocumentDescription"]["DocumentFormat"], "YAML");

    let line = env.fails(&["create-document", "--cli-input-json", "{\"Name\": \"X-1\", \"Bogus\": 1}"], 252);
    assert!(line.contains("Bogus"), "{line}");
    let line = env.fails(&["create-document", "--cli-input-json", "{\"Name\": \"X-1\"}"], 252);
    assert!(line.contains("Content"), "{line}");

    let env = Env::new();
    let sk = env.ok(&["create-document", "--generate-cli-skeleton"]).json();
    assert_eq!(sk["Name"], "");
    assert_eq!(sk["Content"], "");
    assert!(sk["Tags"].is_array());
    let sk = env.ok(&["list-documents", "--generate-cli-skeleton", "yaml-input"]);
    let v: Value = serde_yaml_ng::from_str(&sk.stdout).unwrap();
    assert!(v.get("Filters").is_some() && v.get("MaxResults").is_some());
    let sk = env.ok(&["describe-document", "--generate-cli-skeleton", "output"]).json();
    assert!(sk["Document"].get("Hash").is_some());
    assert!(!env.db.exists(), "skeletons never touch the state database");
}

#[test]
fn timestamps_follow_the_local_time_zone() {
    let env = Env::new();
    env.create("Doc-A", "documents/hello.json", "JSON");
    let r = env.command(&["describe-document", "--name", "Doc-A"]).env("TZ", "Asia/Kolkata").output().unwrap();
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert!(v["Document"]["CreatedDate"].as_str().unwrap().ends_with("+05:30"), "{v}");
}

#[test]
fn a_closed_stdout_pipe_is_not_an_error() {
    let env = Env::new();
    let c = format!("file://{}", fixture("documents/hello.json"));
    for i in 0..40 {
        env.ok(&["create-document", "--name", &format!("Doc-{i:02}"), "--content", &c]);
    }
    let script = format!("{} list-documents | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}", crate::support::bin());
    let out = env.command(&[]).output().unwrap();
    assert_ne!(out.status.code(), Some(0), "no command is a usage error");
    let status = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env("SSMCTL_DB", &env.db)
        .env("HOME", env.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn help_and_version_succeed() {
    let env = Env::new();
    let r = env.ok(&["--version"]);
    assert!(r.stdout.starts_with("ssmctl "));
    let r = env.ok(&["create-document", "--help"]);
    assert!(r.stdout.contains("--document-format") && r.stdout.contains("--content"));
}

#[test]
fn fileb_values_and_debug_logging() {
    let env = Env::new();
    let c = format!("fileb://{}", fixture("documents/hello.json"));
    let r = env.ok(&["create-document", "--name", "From-Bytes", "--content", &c, "--debug"]);
    assert_eq!(r.json()["DocumentDescription"]["Name"], "From-Bytes", "stdout holds only the result");
    assert!(r.stderr.contains("ssmctl: debug:"), "--debug logs to stderr: {}", r.stderr);
    let bin = env.path().join("bin.dat");
    std::fs::write(&bin, [0xff, 0xfe, 0x00]).unwrap();
    let line =
        env.fails(&["create-document", "--name", "Bytes-2", "--content", &format!("fileb://{}", bin.display())], 252);
    assert!(line.contains("--content") && line.contains("UTF-8"), "{line}");
}
