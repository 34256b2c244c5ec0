//! Parser for the AWS CLI "shorthand syntax" (`Key=a,Values=b,c`).
//!
//! The result is built from objects, arrays and strings only: shorthand
//! carries no type information, so numbers and booleans stay strings and the
//! caller coerces them using the API model, exactly as the AWS CLI does.
//!
//! Grammar (following the AWS CLI v2 parser):
//!
//! ```text
//! parameter     = keyval *("," keyval)
//! keyval        = key "=" [values]
//! key           = 1*(ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":")
//! values        = explicit-list / hash / csv-value
//! csv-value     = first-value *("," second-value)   ; >1 item => list
//! explicit-list = "[" [item *("," item)] [","] "]"
//! hash          = "{" [key "=" item *("," key "=" item)] [","] "}"
//! item          = explicit-list / hash / first-value
//! ```
//!
//! Whitespace around `=`, `,` and brackets is ignored and trailing whitespace
//! of unquoted values is trimmed. Quoted values (`'...'` or `"..."`) accept
//! `\\` and an escaped quote; unquoted values accept `\,` for a literal comma.

use serde_json::{Map, Value};
use std::fmt;

/// A syntax error; `position` is a char (not byte) offset into the input.
#[derive(Debug, Clone, PartialEq)]
pub struct ShorthandError {
    pub position: usize,
    pub message: String,
}

impl fmt::Display for ShorthandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at position {}", self.message, self.position)
    }
}

impl std::error::Error for ShorthandError {}

/// Parses a full shorthand expression (`key=value[,key=value...]`) into an
/// object whose keys keep their input order.
pub fn parse(input: &str) -> Result<Value, ShorthandError> {
    let mut p = Parser::new(input);
    p.skip_ws();
    p.parameter().map(Value::Object)
}

/// Parses a bare value, i.e. what may follow `key=`: `[a,b]`, `{k=v}`,
/// `'quoted'`, `a,b,c` (a list) or a plain string.
pub fn parse_value(input: &str) -> Result<Value, ShorthandError> {
    let mut p = Parser::new(input);
    p.skip_ws();
    let value = p.values(false)?;
    p.skip_ws();
    if p.peek().is_some() {
        return Err(p.expected("end of input"));
    }
    Ok(value)
}

/// Guards the recursive descent against stack exhaustion on inputs like
/// `[[[[...`; real arguments never come close.
const MAX_DEPTH: usize = 64;

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '#' | '/' | ':')
}

/// The whitespace the AWS CLI skips between tokens (Python's `string.whitespace`).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn new(input: &str) -> Self {
        Parser { chars: input.chars().collect(), pos: 0, depth: 0 }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_next(&self) -> Option<char> {
        self.chars.get(self.pos + 1).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
    }

    /// "Expected: X, received: Y" for the current position.
    fn expected(&self, what: &str) -> ShorthandError {
        let found = match self.peek() {
            None => "EOF".to_string(),
            Some(c) if c.is_control() => c.escape_default().to_string(),
            Some(c) => c.to_string(),
        };
        ShorthandError { position: self.pos, message: format!("Expected: {what}, received: '{found}'") }
    }

    /// Consumes `c`, ignoring whitespace on both sides.
    fn expect(&mut self, c: char) -> Result<(), ShorthandError> {
        self.skip_ws();
        if self.peek() != Some(c) {
            return Err(self.expected(&format!("'{c}'")));
        }
        self.pos += 1;
        self.skip_ws();
        Ok(())
    }

    fn enter(&mut self) -> Result<(), ShorthandError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ShorthandError {
                position: self.pos,
                message: format!("Nesting deeper than {MAX_DEPTH} levels"),
            });
        }
        Ok(())
    }

    fn parameter(&mut self) -> Result<Map<String, Value>, ShorthandError> {
        let mut map = Map::new();
        loop {
            let key_pos = self.pos;
            let key = self.key()?;
            self.expect('=')?;
            let value = self.values(true)?;
            // AWS rejects a repeated top-level key: it usually means a ','
            // was typed where a space (a new list element) was meant.
            if map.contains_key(&key) {
                return Err(ShorthandError {
                    position: key_pos,
                    message: format!(
                        "Second instance of key \"{key}\" encountered \
                         (often a ',' was used instead of a space)"
                    ),
                });
            }
            map.insert(key, value);
            self.skip_ws();
            if self.peek().is_none() {
                return Ok(map);
            }
            self.expect(',')?;
        }
    }

    fn key(&mut self) -> Result<String, ShorthandError> {
        let start = self.pos;
        while self.peek().is_some_and(is_key_char) {
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.expected("'<key>'"));
        }
        Ok(self.chars[start..self.pos].iter().collect())
    }

    /// The right-hand side of a top-level `key=`. `keys_follow` says whether
    /// another `key=...` may come after it (false for `parse_value`).
    fn values(&mut self, keys_follow: bool) -> Result<Value, ShorthandError> {
        match self.peek() {
            None => Ok(Value::String(String::new())),
            Some('[') => self.list(),
            // `{{ssm:/x}}` is a parameter reference, not a hash: SSM values use it often.
            Some('{') if self.peek_next() != Some('{') => self.hash(),
            Some(_) => self.csv(keys_follow),
        }
    }

    /// A value inside `[...]` or `{...}`: no implicit lists there.
    fn item(&mut self) -> Result<Value, ShorthandError> {
        match self.peek() {
            Some('[') => self.list(),
            Some('{') if self.peek_next() != Some('{') => self.hash(),
            _ => self.first_value(true).map(Value::String),
        }
    }

    /// `a` stays a string; `a,b,c` becomes a list. Items after the first
    /// continue the list until one turns out to be the next `key=`, in which
    /// case we rewind to the comma before it and let the caller go on.
    fn csv(&mut self, keys_follow: bool) -> Result<Value, ShorthandError> {
        let first = self.first_value(false)?;
        self.skip_ws();
        let mut rest = Vec::new();
        while self.peek() == Some(',') {
            let comma = self.pos;
            self.pos += 1;
            self.skip_ws();
            if self.peek().is_none() {
                // A trailing comma is an error in AWS too.
                return Err(self.expected("'<value>'"));
            }
            let Some(item) = self.second_value()? else {
                if keys_follow {
                    self.pos = comma;
                    break;
                }
                return Err(self.expected("'<value>'"));
            };
            self.skip_ws();
            match self.peek() {
                None | Some(',') => rest.push(Value::String(item)),
                Some(_) if keys_follow => {
                    self.pos = comma;
                    break;
                }
                Some(_) => return Err(self.expected("','")),
            }
        }
        if rest.is_empty() {
            return Ok(Value::String(first));
        }
        rest.insert(0, Value::String(first));
        Ok(Value::Array(rest))
    }

    /// A scalar that starts a value. May be empty (`k=,` or `[,]`).
    /// Unquoted, it ends at `,`, and inside brackets also at `]` or `}`.
    /// At top level AWS also stops at `]`/`}` (then fails); we keep them, so
    /// `cmd=echo {{ x }}` works.
    fn first_value(&mut self, nested: bool) -> Result<String, ShorthandError> {
        match self.peek() {
            Some(q @ ('"' | '\'')) => self.quoted(q),
            // AWS never starts a bare value with '=', so `k==v` is an error.
            None | Some('=') => Ok(String::new()),
            _ => Ok(self.unquoted(|c| c == ',' || (nested && matches!(c, ']' | '}')))),
        }
    }

    /// A candidate implicit-list item after a comma. `None` means it cannot
    /// be one (it starts like something else). Unquoted items stop at `=` so
    /// that `b,c=d` is recognised as the start of the next key.
    fn second_value(&mut self) -> Result<Option<String>, ShorthandError> {
        match self.peek() {
            Some(q @ ('"' | '\'')) => self.quoted(q).map(Some),
            None | Some('=' | ',' | '[' | '{') => Ok(None),
            _ => Ok(Some(self.unquoted(|c| c == ',' || c == '='))),
        }
    }

    /// Reads up to an unescaped stop char, turning `\,` into `,` (other
    /// backslashes are literal) and trimming trailing whitespace.
    fn unquoted(&mut self, stop: impl Fn(char) -> bool) -> String {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            // A `{{ ... }}` template is kept whole, whatever it contains.
            if c == '{' && self.peek_next() == Some('{') {
                let rest: String = self.chars[self.pos..].iter().collect();
                if let Some(end) = rest.find("}}") {
                    let len = rest[..end + 2].chars().count();
                    out.extend(&self.chars[self.pos..self.pos + len]);
                    self.pos += len;
                    continue;
                }
            }
            if c == '\\' && self.peek_next() == Some(',') {
                out.push(',');
                self.pos += 2;
                continue;
            }
            if stop(c) {
                break;
            }
            out.push(c);
            self.pos += 1;
        }
        out.truncate(out.trim_end().len());
        out
    }

    /// A `'...'` or `"..."` string; `\\` and a backslash before the same
    /// quote are escapes, any other backslash is literal.
    fn quoted(&mut self, quote: char) -> Result<String, ShorthandError> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        // Where the last escaped quote started, and the output length then.
        let mut last_escape = None;
        while let Some(c) = self.peek() {
            let next = self.peek_next();
            if c == quote {
                self.pos += 1;
                return Ok(out);
            } else if c == '\\' && next == Some('\\') {
                out.push('\\');
                self.pos += 2;
            } else if c == '\\' && next == Some(quote) {
                last_escape = Some((self.pos, out.len()));
                out.push(quote);
                self.pos += 2;
            } else {
                out.push(c);
                self.pos += 1;
            }
        }
        // Unterminated. AWS matches quotes with a backtracking regex, which
        // then reads the last `\"` as a literal backslash plus the closing
        // quote (so `"C:\dir\"` gives `C:\dir\`); do the same.
        if let Some((at, len)) = last_escape {
            out.truncate(len);
            out.push('\\');
            self.pos = at + 2;
            return Ok(out);
        }
        Err(ShorthandError {
            position: self.pos,
            message: format!(
                "Expected: '{quote}' to close the string opened at position {open}, \
                 received: 'EOF'"
            ),
        })
    }

    /// `[a, b, {k=v}, [c]]`; a trailing comma before `]` is accepted like AWS.
    fn list(&mut self) -> Result<Value, ShorthandError> {
        self.enter()?;
        self.pos += 1;
        self.skip_ws();
        let mut items = Vec::new();
        loop {
            match self.peek() {
                Some(']') => break,
                None => return Err(self.expected("']'")),
                Some(_) => {}
            }
            items.push(self.item()?);
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                Some(']') => {}
                None => return Err(self.expected("']'")),
                Some(_) => return Err(self.expected("',' or ']'")),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    /// `{k=v, k2=[a,b]}`; a trailing comma before `}` is accepted like AWS.
    fn hash(&mut self) -> Result<Value, ShorthandError> {
        self.enter()?;
        self.pos += 1;
        self.skip_ws();
        let mut map = Map::new();
        loop {
            match self.peek() {
                Some('}') => break,
                None => return Err(self.expected("'}'")),
                Some(_) => {}
            }
            let key = self.key()?;
            self.expect('=')?;
            let value = self.item()?;
            // Unlike the top level, AWS lets a repeated key here overwrite.
            map.insert(key, value);
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                Some('}') => {}
                None => return Err(self.expected("'}'")),
                Some(_) => return Err(self.expected("',' or '}'")),
            }
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ok(input: &str) -> Value {
        parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"))
    }

    fn err(input: &str) -> ShorthandError {
        match parse(input) {
            Ok(v) => panic!("{input:?} parsed to {v}"),
            Err(e) => e,
        }
    }

    #[test]
    fn implicit_list_after_value() {
        assert_eq!(ok("Key=tag:Role,Values=WebServer,Db"), json!({"Key": "tag:Role", "Values": ["WebServer", "Db"]}));
        assert_eq!(ok("foo=a,b,bar=c,d"), json!({"foo": ["a", "b"], "bar": ["c", "d"]}));
        assert_eq!(ok("a=b,c=d"), json!({"a": "b", "c": "d"}));
    }

    #[test]
    fn explicit_lists() {
        assert_eq!(ok("Key=a,Values=[x,y]"), json!({"Key": "a", "Values": ["x", "y"]}));
        assert_eq!(ok("Values=[]"), json!({"Values": []}));
        assert_eq!(ok("Values=[ ]"), json!({"Values": []}));
        assert_eq!(ok("foo=[a=b,c=d]"), json!({"foo": ["a=b", "c=d"]}));
        assert_eq!(ok("foo=[a,]"), json!({"foo": ["a"]}));
        assert_eq!(ok("foo=[,,]"), json!({"foo": ["", ""]}));
        assert_eq!(ok("foo=[[a],[b,c]]"), json!({"foo": [["a"], ["b", "c"]]}));
    }

    #[test]
    fn quoted_strings_and_escapes() {
        assert_eq!(ok(r#"commands=["echo hi","uptime"]"#), json!({"commands": ["echo hi", "uptime"]}));
        assert_eq!(ok("commands=['echo a,b', 'x=y']"), json!({"commands": ["echo a,b", "x=y"]}));
        assert_eq!(ok(r#"a="say \"hi\"""#), json!({"a": "say \"hi\""}));
        assert_eq!(ok(r"a='it\'s'"), json!({"a": "it's"}));
        assert_eq!(ok(r#"a="back\\slash""#), json!({"a": "back\\slash"}));
        // Other backslashes inside quotes are kept as they are.
        assert_eq!(ok(r#"a="x\n\,y""#), json!({"a": "x\\n\\,y"}));
        assert_eq!(ok(r#"a="b","c""#), json!({"a": ["b", "c"]}));
        assert_eq!(ok("a=b,'c=d'"), json!({"a": ["b", "c=d"]}));
        // AWS's backtracking quirk: a final `\"` closes the string.
        assert_eq!(ok(r#"p="C:\dir\""#), json!({"p": "C:\\dir\\"}));
    }

    #[test]
    fn escaped_comma_outside_quotes() {
        assert_eq!(ok(r"foo=a\,b"), json!({"foo": "a,b"}));
        assert_eq!(ok(r"foo=\,"), json!({"foo": ","}));
        assert_eq!(ok(r"foo=a,b\,c"), json!({"foo": ["a", "b,c"]}));
        assert_eq!(ok(r"foo=a,\,bc"), json!({"foo": ["a", ",bc"]}));
        assert_eq!(ok(r"foo=[a\,b]"), json!({"foo": ["a,b"]}));
        // Only `\,` is an escape outside quotes.
        assert_eq!(ok(r"foo=a\b"), json!({"foo": "a\\b"}));
    }

    #[test]
    fn values_with_special_characters() {
        assert_eq!(ok("NewPassword=SecurePass123!"), json!({"NewPassword": "SecurePass123!"}));
        assert_eq!(ok("a=b=c:d/e*f$g"), json!({"a": "b=c:d/e*f$g"}));
        assert_eq!(ok("a=b c"), json!({"a": "b c"}));
        assert_eq!(ok("cmd=echo {{ ssm:param }} done"), json!({"cmd": "echo {{ ssm:param }} done"}));
        assert_eq!(ok("a=b]"), json!({"a": "b]"}));
        assert_eq!(ok("a=it's"), json!({"a": "it's"}));
        assert_eq!(ok("name=héllo ✓ 🚀"), json!({"name": "héllo ✓ 🚀"}));
        assert_eq!(ok("foo=\u{2713},\u{2713}"), json!({"foo": ["✓", "✓"]}));
    }

    #[test]
    fn empty_values() {
        assert_eq!(ok("Key=k,Value="), json!({"Key": "k", "Value": ""}));
        assert_eq!(ok("foo=,bar="), json!({"foo": "", "bar": ""}));
        assert_eq!(ok("foo = "), json!({"foo": ""}));
        assert_eq!(ok("a={b=}"), json!({"a": {"b": ""}}));
    }

    #[test]
    fn nested_hashes() {
        assert_eq!(ok("a={b=1,c=[x,y]},d=2"), json!({"a": {"b": "1", "c": ["x", "y"]}, "d": "2"}));
        assert_eq!(ok("a=[{b=1},{b=2}]"), json!({"a": [{"b": "1"}, {"b": "2"}]}));
        assert_eq!(ok("a={b={c=d,e=f},g=h}"), json!({"a": {"b": {"c": "d", "e": "f"}, "g": "h"}}));
        assert_eq!(ok("a={}"), json!({"a": {}}));
        assert_eq!(ok("a={b=1,}"), json!({"a": {"b": "1"}}));
    }

    #[test]
    fn key_characters_and_order() {
        assert_eq!(
            ok("with-dash=1,with_under=2,with.dot=3,#hash=4,some/thing=5"),
            json!({"with-dash": "1", "with_under": "2", "with.dot": "3",
                   "#hash": "4", "some/thing": "5"})
        );
        assert_eq!(
            ok("resource-groups:Name=resource-groups:Name"),
            json!({"resource-groups:Name": "resource-groups:Name"})
        );
        // Key order is the input order, not sorted.
        let v = ok("z=1,a=2,m=3");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["z", "a", "m"]);
        // '@' is not a key character (AWS uses `@=` for file loading, which
        // is not supported here).
        assert_eq!(err("a@=b").position, 1);
    }

    #[test]
    fn whitespace_is_trimmed() {
        assert_eq!(ok("foo  =   bar"), json!({"foo": "bar"}));
        assert_eq!(ok("a = b,  c = d , e = f"), json!({"a": "b", "c": "d", "e": "f"}));
        assert_eq!(ok("Name=foo,Values=  a  ,  b  ,  c  "), json!({"Name": "foo", "Values": ["a", "b", "c"]}));
        assert_eq!(ok("foo=[ a , b  , c  ]"), json!({"foo": ["a", "b", "c"]}));
        assert_eq!(ok("A=b,\nC=d,\nE=f\n"), json!({"A": "b", "C": "d", "E": "f"}));
        assert_eq!(ok("a={ b = 1 , c = [ x ] }"), json!({"a": {"b": "1", "c": ["x"]}}));
        assert_eq!(ok("  a=[x]  "), json!({"a": ["x"]}));
    }

    #[test]
    fn duplicate_keys() {
        let e = err("foo=bar,foo=qux");
        assert_eq!(e.position, 8);
        assert!(e.message.contains("Second instance of key \"foo\""), "{e}");
        // Inside braces AWS keeps the last one.
        assert_eq!(ok("a={b=1,b=2}"), json!({"a": {"b": "2"}}));
    }

    #[test]
    fn errors_report_expectation_and_position() {
        let e = err("Key");
        assert_eq!(e.position, 3);
        assert_eq!(e.to_string(), "Expected: '=', received: 'EOF' at position 3");

        let e = err("Key=[a,b");
        assert_eq!((e.position, e.message.as_str()), (8, "Expected: ']', received: 'EOF'"));

        let e = err("Key=[a b");
        assert_eq!(e.position, 8);

        let e = err("a={b=1");
        assert_eq!((e.position, e.message.as_str()), (6, "Expected: '}', received: 'EOF'"));

        // Like AWS, an unquoted value runs to the next ',' or '}' ...
        assert_eq!(ok("a={b=1 c=2}"), json!({"a": {"b": "1 c=2"}}));
        // ... but after a list or quoted string one of them must follow.
        let e = err("a={b=[x] c=2}");
        assert_eq!(e.position, 9);
        assert!(e.message.contains("Expected: ',' or '}'"), "{e}");

        let e = err("a=\"unterminated");
        assert_eq!(e.position, 15);
        assert!(e.message.starts_with("Expected: '\"'"), "{e}");
        assert!(e.message.ends_with("received: 'EOF'"), "{e}");

        let e = parse_value("\"unterminated").unwrap_err();
        assert_eq!(e.position, 13);

        let e = err("=value");
        assert_eq!(e.to_string(), "Expected: '<key>', received: '=' at position 0");

        assert_eq!(err("\"unterminated").position, 0);
        assert_eq!(err("foo=bar,").position, 8);
        assert_eq!(err("foo==bar,\nbar=baz").position, 4);
        assert_eq!(err("foo={bar}").position, 8);
        assert_eq!(err("a=\"x\"y").position, 5);
        assert_eq!(err("").position, 0);
        let e = err("a=[x]\u{1}");
        assert!(e.message.contains("\\u{1}"), "{e}");
    }

    #[test]
    fn bare_values() {
        assert_eq!(parse_value("[a,b]").unwrap(), json!(["a", "b"]));
        assert_eq!(parse_value("a,b,c").unwrap(), json!(["a", "b", "c"]));
        assert_eq!(parse_value("'quoted, value'").unwrap(), json!("quoted, value"));
        assert_eq!(parse_value("{k=v}").unwrap(), json!({"k": "v"}));
        assert_eq!(parse_value(" plain text ").unwrap(), json!("plain text"));
        assert_eq!(parse_value("a=b").unwrap(), json!("a=b"));
        assert_eq!(parse_value("").unwrap(), json!(""));
        assert_eq!(parse_value("a,b=c").unwrap_err().position, 3);
        assert_eq!(parse_value("[a] x").unwrap_err().position, 4);
        assert_eq!(parse_value("a,").unwrap_err().position, 2);
    }

    #[test]
    fn parameter_store_references_are_values_not_hashes() {
        assert_eq!(
            parse("NewPassword={{ssm-secure:/app/pw}}").unwrap(),
            json!({"NewPassword": "{{ssm-secure:/app/pw}}"})
        );
        assert_eq!(
            parse("commands=[echo {{ssm:/a,b}},x],k=v").unwrap(),
            json!({"commands": ["echo {{ssm:/a,b}}", "x"], "k": "v"})
        );
        assert_eq!(parse("a={b=1}").unwrap(), json!({"a": {"b": "1"}}));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("a={}", "[".repeat(10_000));
        assert!(err(&deep).message.contains("Nesting"));
    }

    #[test]
    fn random_inputs_never_panic() {
        const ALPHABET: &[char] = &['a', '=', ',', '[', ']', '{', '}', '"', '\'', '\\', ' ', 'x', 'é', '\n'];
        // xorshift: deterministic and dependency-free.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..5000 {
            let len = (next() % 24) as usize;
            let s: String = (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect();
            let n = s.chars().count();
            for result in [parse(&s), parse_value(&s)] {
                match result {
                    Ok(v) => assert!(v.is_object() || v.is_array() || v.is_string()),
                    Err(e) => assert!(e.position <= n, "{s:?}: {e}"),
                }
            }
        }
    }
}
