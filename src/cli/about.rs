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
        _ => return None,
    })
}
