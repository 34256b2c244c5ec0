//! `--query`: real JMESPath (the jmespath crate), with the one compatibility rule the AWS
//! CLI keeps: a backtick literal that is not valid JSON is a string, so the documented
//! `DocumentIdentifiers[?Owner==`Self`]` works as it does with `aws`.

use crate::error::{Error, Result};
use serde_json::Value;

pub struct Query(jmespath::Expression<'static>);

impl Query {
    pub fn compile(expr: &str) -> Result<Query> {
        let fixed = legacy_literals(expr);
        jmespath::compile(&fixed)
            .map(Query)
            .map_err(|e| Error::usage(format!("Bad value for --query {expr}: {}", first_line(&e.to_string()))))
    }

    pub fn apply(&self, v: &Value) -> Result<Value> {
        let found = self
            .0
            .search(v)
            .map_err(|e| Error::usage(format!("Bad value for --query: {}", first_line(&e.to_string()))))?;
        Ok(serde_json::to_value(&*found)?)
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

/// Rewrites each backtick literal whose text is not JSON into a JSON string literal.
/// Raw string literals ('…') and escaped backticks (\`) are left as they are.
fn legacy_literals(expr: &str) -> String {
    let chars: Vec<char> = expr.chars().collect();
    let mut out = String::with_capacity(expr.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\'' => {
                // A raw string: copy through its closing quote, honouring \' escapes.
                out.push('\'');
                i += 1;
                while i < chars.len() && chars[i] != '\'' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        out.push(chars[i]);
                        i += 1;
                    }
                    out.push(chars[i]);
                    i += 1;
                }
                if i < chars.len() {
                    out.push('\'');
                    i += 1;
                }
            }
            '`' => {
                let mut j = i + 1;
                let mut body = String::new();
                while j < chars.len() && chars[j] != '`' {
                    if chars[j] == '\\' && chars.get(j + 1) == Some(&'`') {
                        body.push('`');
                        j += 2;
                        continue;
                    }
                    body.push(chars[j]);
                    j += 1;
                }
                if j >= chars.len() {
                    // Unterminated: leave it for the parser to report.
                    out.extend(&chars[i..]);
                    break;
                }
                if serde_json::from_str::<Value>(&body).is_ok() {
                    out.extend(&chars[i..=j]);
                } else {
                    let quoted = Value::String(body.trim().to_string()).to_string().replace('`', "\\`");
                    out.push('`');
                    out.push_str(&quoted);
                    out.push('`');
                }
                i = j + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bare_word_literals_are_strings_as_in_the_aws_cli() {
        let q = Query::compile("Items[?Owner==`Self`].Name").unwrap();
        let v = json!({"Items": [{"Owner": "Self", "Name": "a"}, {"Owner": "Amazon", "Name": "b"}]});
        assert_eq!(q.apply(&v).unwrap(), json!(["a"]));
    }

    #[test]
    fn json_literals_and_raw_strings_are_untouched() {
        assert_eq!(legacy_literals("a[?n==`1`]"), "a[?n==`1`]");
        assert_eq!(legacy_literals("a[?s==`\"x\"`]"), "a[?s==`\"x\"`]");
        assert_eq!(legacy_literals("a[?s=='`Self`']"), "a[?s=='`Self`']");
        assert_eq!(legacy_literals("a[?s==`Self`]"), "a[?s==`\"Self\"`]");
        let q = Query::compile("length(Items[?n==`2`])").unwrap();
        assert_eq!(q.apply(&json!({"Items": [{"n": 2}, {"n": 3}]})).unwrap(), json!(1));
    }

    #[test]
    fn bad_expressions_are_usage_errors() {
        for bad in ["Items[?", "`unterminated", "foo(", "'unterminated"] {
            let e = Query::compile(bad).err().unwrap_or_else(|| panic!("{bad} compiled"));
            assert_eq!(e.exit_code(), 252, "{bad}");
        }
    }
}
