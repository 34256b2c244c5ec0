//! One line of help per operation, in ssmctl's words (the model slice carries no prose).

pub fn about(op: &str) -> Option<&'static str> {
    Some(match op {
        "CreateDocument" => "Create a document (Command or Automation) from JSON or YAML content",
        "GetDocument" => "Print a document's content, in its own format or converted",
        "DescribeDocument" => "Describe a document version: hash, parameters, platforms, versions, tags",
        "ListDocuments" => "List documents, yours (Owner Self) and the built-ins (Owner Amazon)",
        "UpdateDocument" => "Add a new version of a document",
        "DeleteDocument" => "Delete a document, or one version of it",
        "ListDocumentVersions" => "List the versions of a document",
        "UpdateDocumentDefaultVersion" => "Make a version the document's default",
        "AddTagsToResource" => "Add or overwrite tags on a resource",
        "RemoveTagsFromResource" => "Remove tags from a resource",
        "ListTagsForResource" => "List the tags of a resource",
        "SendCommand" => "Run a Command document on hosts over SSH; waits until every host is done",
        "ListCommands" => "List commands, newest first",
        "ListCommandInvocations" => "List the per-host invocations of commands (--details: per-step results)",
        "GetCommandInvocation" => "Show one host's result of a command: status, exit code, output",
        "CancelCommand" => "Cancel a running command, from any process",
        "DescribeInstanceInformation" => "List the inventory's hosts with what their last contact told",
        _ => return None,
    })
}
