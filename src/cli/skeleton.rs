//! `--generate-cli-skeleton`: a request (or a sample output) with every member filled
//! with a placeholder of its type, as the AWS CLI prints it.

use crate::model::model;
use serde_json::{Map, Value};

pub fn skeleton(shape_name: &str) -> Value {
    build(shape_name, 0)
}

fn build(shape_name: &str, depth: usize) -> Value {
    let shape = model().shape(shape_name);
    // Recursive shapes stop at a fixed depth with an empty value of their kind.
    let deep = depth > 6;
    match shape.kind.as_str() {
        "structure" => {
            let mut m = Map::new();
            if !deep {
                for (k, r) in &shape.members {
                    if !r.deprecated {
                        m.insert(k.clone(), build(&r.shape, depth + 1));
                    }
                }
            }
            Value::Object(m)
        }
        "list" => match (&shape.member, deep) {
            (Some(r), false) => Value::Array(vec![build(&r.shape, depth + 1)]),
            _ => Value::Array(vec![]),
        },
        "map" => {
            let mut m = Map::new();
            if let (Some(v), false) = (&shape.value, deep) {
                m.insert("KeyName".into(), build(&v.shape, depth + 1));
            }
            Value::Object(m)
        }
        "string" => Value::String(shape.enum_values.as_ref().and_then(|e| e.first().cloned()).unwrap_or_default()),
        "integer" | "long" => Value::from(0),
        "double" | "float" => serde_json::json!(0.0),
        "boolean" => Value::Bool(true),
        "timestamp" => Value::String("1970-01-01T00:00:00".into()),
        _ => Value::String(String::new()),
    }
}
