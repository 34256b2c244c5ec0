//! `--output text`: the AWS CLI's tab-separated lines, one per object (its scalars sorted by
//! key, prefixed by the upper-cased key it sits under), then its nested members recursively.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::{is_scalar, py_str};

pub(super) fn render(value: &Value) -> String {
    let mut out = String::new();
    item(&mut out, value, None, None);
    out
}

/// `columns`: for an object inside a list of objects, the scalar keys of the whole list, so that
/// every element prints the same columns.
fn item(out: &mut String, v: &Value, identifier: Option<&str>, columns: Option<&[&str]>) {
    match v {
        Value::Object(m) => object(out, m, identifier, columns),
        Value::Array(a) => list(out, a, identifier),
        _ => {
            out.push_str(&py_str(v));
            out.push('\n');
        }
    }
}

fn list(out: &mut String, items: &[Value], identifier: Option<&str>) {
    if items.iter().any(Value::is_object) {
        let columns: BTreeSet<&str> = items
            .iter()
            .filter_map(Value::as_object)
            .flat_map(|m| m.iter().filter(|(_, v)| is_scalar(v)).map(|(k, _)| k.as_str()))
            .collect();
        let columns: Vec<&str> = columns.into_iter().collect();
        for el in items {
            item(out, el, identifier, Some(&columns));
        }
    } else if items.iter().any(Value::is_array) {
        let (scalars, lists): (Vec<&Value>, Vec<&Value>) = items.iter().partition(|v| is_scalar(v));
        if !scalars.is_empty() {
            scalar_list(out, &scalars, identifier);
        }
        for l in lists {
            item(out, l, identifier, None);
        }
    } else if !items.is_empty() {
        scalar_list(out, &items.iter().collect::<Vec<_>>(), identifier);
    }
}

fn scalar_list(out: &mut String, items: &[&Value], identifier: Option<&str>) {
    match identifier {
        Some(id) => {
            for v in items {
                out.push_str(&format!("{}\t{}\n", id.to_uppercase(), py_str(v)));
            }
        }
        None => {
            let cells: Vec<String> = items.iter().map(|v| py_str(v)).collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
}

fn object(out: &mut String, m: &Map<String, Value>, identifier: Option<&str>, columns: Option<&[&str]>) {
    let mut entries: Vec<(&String, &Value)> = m.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let (mut cells, nested): (Vec<String>, Vec<(&String, &Value)>) = match columns {
        None => {
            let (scalars, nested): (Vec<_>, Vec<_>) = entries.into_iter().partition(|(_, v)| is_scalar(v));
            (scalars.into_iter().map(|(_, v)| py_str(v)).collect(), nested)
        }
        Some(cols) => (
            cols.iter().map(|k| m.get(*k).map(py_str).unwrap_or_default()).collect(),
            entries.into_iter().filter(|(k, _)| !cols.contains(&k.as_str())).collect(),
        ),
    };
    if !cells.is_empty() {
        if let Some(id) = identifier {
            cells.insert(0, id.to_uppercase());
        }
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    for (k, v) in nested {
        item(out, v, Some(k), None);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::render;

    #[test]
    fn list_documents() {
        let v = json!({"DocumentIdentifiers": [
            {"Name": "a", "Owner": "Amazon", "PlatformTypes": ["Linux", "MacOS"], "DocumentVersion": "1"},
            {"Name": "b", "Owner": "Self", "PlatformTypes": [], "Tags": [{"Key": "k", "Value": "v"}]}
        ], "NextToken": "t"});
        assert_eq!(
            render(&v),
            "t\n\
             DOCUMENTIDENTIFIERS\t1\ta\tAmazon\n\
             PLATFORMTYPES\tLinux\n\
             PLATFORMTYPES\tMacOS\n\
             DOCUMENTIDENTIFIERS\t\tb\tSelf\n\
             TAGS\tk\tv\n"
        );
    }

    #[test]
    fn scalars_and_query_results() {
        assert_eq!(render(&json!(["a", "b"])), "a\tb\n");
        assert_eq!(render(&json!("abc")), "abc\n");
        assert_eq!(render(&json!(null)), "None\n");
        assert_eq!(render(&json!(true)), "True\n");
        assert_eq!(render(&json!(1.0)), "1.0\n");
        assert_eq!(render(&json!(3)), "3\n");
        assert_eq!(render(&json!({})), "");
        assert_eq!(render(&json!([])), "");
        assert_eq!(render(&json!([[]])), "");
        assert_eq!(render(&json!({"A": false, "B": null, "C": 2.5})), "False\tNone\t2.5\n");
    }

    #[test]
    fn nested_and_mixed_lists() {
        assert_eq!(render(&json!([["a", "b"], ["c"]])), "a\tb\nc\n");
        assert_eq!(render(&json!({"L": [1, [2, 3]]})), "L\t1\nL\t2\nL\t3\n");
        // A list mixing scalars and objects: scalars print bare, objects get the shared columns.
        assert_eq!(render(&json!({"L": ["x", {"A": 1}, {"B": 2}]})), "x\nL\t1\t\nL\t\t2\n");
        // A key that is scalar in one element and a list in another shows Python's repr.
        assert_eq!(render(&json!({"L": [{"A": 1}, {"A": ["p", "q's"]}]})), "L\t1\nL\t['p', \"q's\"]\n");
        assert_eq!(render(&json!({"Outer": {"Inner": {"X": "1"}, "Y": "2"}})), "OUTER\t2\nINNER\t1\n");
    }
}
