//! Prints an operation's output the way AWS CLI v2 does for `--output json|yaml|yaml-stream|text|table`.
//!
//! json and yaml are written by hand rather than through serde: the AWS CLI formats numbers the
//! way Python does, sorts yaml keys, and quotes and folds yaml strings by libyaml's rules
//! (with ruamel's YAML 1.2 resolver), and neither serde_json nor serde_yaml_ng does that.

mod emit;
mod table;
mod text;

pub use emit::emit;

use serde_json::{Map, Number, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Yaml,
    YamlStream,
    Text,
    Table,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "json" => Ok(Format::Json),
            "yaml" => Ok(Format::Yaml),
            "yaml-stream" => Ok(Format::YamlStream),
            "text" => Ok(Format::Text),
            "table" => Ok(Format::Table),
            _ => Err(format!("Invalid choice '{s}', valid choices are: json | yaml | yaml-stream | text | table")),
        }
    }
}

/// Renders `value` (the operation's output, after any --query) as the AWS CLI v2 would print it.
/// `title` is the operation name (e.g. "ListDocuments") used as the table title.
/// Returns the full text including the trailing newline; returns "" when there is nothing to print.
pub fn render(value: &serde_json::Value, format: Format, title: &str) -> String {
    match format {
        Format::Json if is_empty_object(value) => String::new(),
        Format::Json => {
            let mut out = String::new();
            write_json(&mut out, value, 0);
            out.push('\n');
            out
        }
        Format::Yaml => yaml_document(value),
        Format::YamlStream => render_pages_yaml_stream(std::slice::from_ref(value)),
        Format::Text => text::render(value),
        Format::Table => table::render(value, title),
    }
}

/// yaml-stream: the pages of a paginated result, each page an output object, printed as the AWS CLI's yaml-stream does (a YAML sequence whose items are the pages).
pub fn render_pages_yaml_stream(pages: &[serde_json::Value]) -> String {
    // The CLI dumps each page as its own one-item list; an empty output prints nothing.
    let mut y = Yaml::default();
    for page in pages.iter().filter(|p| !is_empty_object(p)) {
        y.put('-');
        y.after_indicator(page, 0);
        y.put('\n');
    }
    y.out
}

fn is_empty_object(v: &Value) -> bool {
    v.as_object().is_some_and(Map::is_empty)
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

// ---------------------------------------------------------------------------------------------
// Python's view of values, shared by json, text and table.

/// Python's `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16.
fn py_float(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    let (digits, exp) = shortest_digits(f.abs());
    if digits.is_empty() {
        return f.to_string();
    }
    let sign = if f < 0.0 { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{dot}e{exp_sign}{:02}", exp.abs())
    } else if exp < 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize))
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{sign}{digits}{}.0", "0".repeat(int_len - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
        }
    }
}

/// The shortest significant digits that read back as `f` (> 0), and the decimal exponent of the
/// first one. When the value lies exactly halfway between two such candidates, Python picks the
/// even one where Rust rounds up.
fn shortest_digits(f: f64) -> (String, i32) {
    let split = |s: String| -> (Vec<u8>, String) {
        let (m, e) = s.split_once('e').map(|(m, e)| (m.to_string(), e.to_string())).unwrap_or_default();
        (m.bytes().filter(u8::is_ascii_digit).collect(), e)
    };
    let (digits, exp) = split(format!("{f:e}"));
    // 800 digits hold any double's exact decimal expansion.
    let (exact, exact_exp) = split(format!("{f:.800e}"));
    let n = digits.len();
    let mut best = digits.clone();
    if n > 0 && exp == exact_exp && exact.len() > n && exact[n] == b'5' && exact[n + 1..].iter().all(|d| *d == b'0') {
        let mut even = exact[..n].to_vec();
        if (even[n - 1] - b'0') % 2 == 1 {
            // Round the truncation up to the even neighbour; a carry out of the first digit
            // would change the exponent, in which case Rust's answer stands.
            let mut i = n;
            while i > 0 && even[i - 1] == b'9' {
                even[i - 1] = b'0';
                i -= 1;
            }
            if i > 0 {
                even[i - 1] += 1;
            }
        }
        let text = format!("{}.{}e{exp}", even[0] as char, String::from_utf8_lossy(&even[1..]));
        if even[0] != b'0' && text.parse::<f64>() == Ok(f) {
            best = even;
        }
    }
    (String::from_utf8_lossy(&best).into_owned(), exp.parse().unwrap_or(0))
}

fn py_number(n: &Number) -> String {
    match (n.as_i64(), n.as_u64()) {
        (Some(i), _) => i.to_string(),
        (_, Some(u)) => u.to_string(),
        _ => py_float(n.as_f64().unwrap_or(0.0)),
    }
}

/// Python's `str(value)`, which text and table print for every cell.
fn py_str(v: &Value) -> String {
    match v {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => py_number(n),
        Value::String(s) => s.clone(),
        Value::Array(_) | Value::Object(_) => py_repr(v),
    }
}

/// Python's `repr(value)`: what `str()` shows for a list or dict that lands in a cell.
fn py_repr(v: &Value) -> String {
    match v {
        Value::String(s) => {
            let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
            let mut out = String::from(quote);
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if c == quote => {
                        out.push('\\');
                        out.push(c);
                    }
                    c if c < ' ' || ('\x7f'..'\u{a0}').contains(&c) => out.push_str(&format!("\\x{:02x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push(quote);
            out
        }
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => {
            let items: Vec<String> =
                m.iter().map(|(k, v)| format!("{}: {}", py_repr(&Value::String(k.clone())), py_repr(v))).collect();
            format!("{{{}}}", items.join(", "))
        }
        _ => py_str(v),
    }
}

// ---------------------------------------------------------------------------------------------
// json: Python's json.dump(indent=4, ensure_ascii=False).

fn write_json(out: &mut String, v: &Value, level: usize) {
    let pad = |out: &mut String, level: usize| out.push_str(&" ".repeat(4 * level));
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&py_number(n)),
        Value::String(s) => json_string(out, s),
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                pad(out, level + 1);
                write_json(out, item, level + 1);
            }
            out.push('\n');
            pad(out, level);
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, item)) in m.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                pad(out, level + 1);
                json_string(out, k);
                out.push_str(": ");
                write_json(out, item, level + 1);
            }
            out.push('\n');
            pad(out, level);
            out.push('}');
        }
    }
}

fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------------------------------------
// yaml: ruamel.yaml's safe dumper on libyaml (block style, keys sorted, width 80, YAML 1.2).

/// Column past which libyaml folds a long scalar at its next single space.
const BEST_WIDTH: usize = 80;

fn yaml_document(value: &Value) -> String {
    match value {
        // The CLI prints bare scalars as JSON to avoid YAML's "..." document end marker.
        _ if is_scalar(value) => {
            let mut out = String::new();
            write_json(&mut out, value, 0);
            out.push('\n');
            out
        }
        _ if is_empty_object(value) => String::new(),
        Value::Array(a) if a.is_empty() => "[]\n".to_string(),
        _ => {
            let mut y = Yaml::default();
            y.block(value, 0, true);
            y.put('\n');
            y.out
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Plain,
    Single,
    Double,
}

#[derive(Default)]
struct Yaml {
    out: String,
    column: usize,
}

impl Yaml {
    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column = if c == '\n' { 0 } else { self.column + 1 };
    }

    fn put_str(&mut self, s: &str) {
        s.chars().for_each(|c| self.put(c));
    }

    fn pad(&mut self, indent: usize) {
        while self.column < indent {
            self.put(' ');
        }
    }

    fn newline(&mut self, indent: usize) {
        self.put('\n');
        self.pad(indent);
    }

    /// Positions an entry of a block collection: on the current line for the first entry of an
    /// inline collection (after `- `, `? `, `: ` or at the start), else on a new line.
    fn block_entry_start(&mut self, indent: usize, inline: bool) {
        if inline { self.pad(indent) } else { self.newline(indent) }
    }

    /// Entries of a non-empty collection whose entries sit at column `indent`.
    fn block(&mut self, v: &Value, indent: usize, inline: bool) {
        match v {
            Value::Object(m) => {
                let mut entries: Vec<_> = m.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                for (i, (k, val)) in entries.into_iter().enumerate() {
                    self.block_entry_start(indent, inline && i == 0);
                    self.entry(k, val, indent);
                }
            }
            Value::Array(a) => {
                for (i, item) in a.iter().enumerate() {
                    self.block_entry_start(indent, inline && i == 0);
                    self.put('-');
                    self.after_indicator(item, indent);
                }
            }
            _ => self.scalar(v, indent + 2, false),
        }
    }

    /// A node after an indicator (`-`, `?`, `:`) written at column `indent`.
    fn after_indicator(&mut self, v: &Value, indent: usize) {
        match v {
            Value::Array(a) if a.is_empty() => self.put_str(" []"),
            Value::Object(m) if m.is_empty() => self.put_str(" {}"),
            Value::Array(_) | Value::Object(_) => self.block(v, indent + 2, true),
            _ => {
                self.put(' ');
                self.scalar(v, indent + 2, false);
            }
        }
    }

    fn entry(&mut self, key: &str, v: &Value, indent: usize) {
        if key.len() > 128 || key.chars().any(is_break) {
            // libyaml's "complex key" form for keys that cannot be simple keys.
            self.put('?');
            self.after_indicator(&Value::String(key.to_string()), indent);
            self.newline(indent);
            self.put(':');
            self.after_indicator(v, indent);
            return;
        }
        self.string(key, indent + 2, true);
        self.put(':');
        match v {
            Value::Array(a) if a.is_empty() => self.put_str(" []"),
            Value::Object(m) if m.is_empty() => self.put_str(" {}"),
            Value::Object(_) => self.block(v, indent + 2, false),
            // Sequences under a key are not indented (`Key:\n- a`).
            Value::Array(_) => self.block(v, indent, false),
            _ => {
                self.put(' ');
                self.scalar(v, indent + 2, false);
            }
        }
    }

    fn scalar(&mut self, v: &Value, indent: usize, simple_key: bool) {
        match v {
            Value::Null => self.put_str("null"),
            Value::Bool(b) => self.put_str(if *b { "true" } else { "false" }),
            Value::Number(n) => self.put_str(&py_number(n).to_lowercase()),
            Value::String(s) => self.string(s, indent, simple_key),
            // Callers only pass scalars.
            Value::Array(_) | Value::Object(_) => self.put_str(&py_repr(v)),
        }
    }

    fn string(&mut self, s: &str, indent: usize, simple_key: bool) {
        let chars: Vec<char> = s.chars().collect();
        let a = analyze(&chars);
        let mut style = if simple_key && a.multiline { Style::Double } else { Style::Plain };
        if style == Style::Plain && (!a.plain || (chars.is_empty() && simple_key) || resolves_to_non_string(s)) {
            style = Style::Single;
        }
        if style == Style::Single && !a.single {
            style = Style::Double;
        }
        let breaks = !simple_key;
        match style {
            Style::Plain => self.plain(&chars, indent, breaks),
            Style::Single => self.single_quoted(&chars, indent, breaks),
            Style::Double => self.double_quoted(&chars, indent, breaks),
        }
    }

    /// True at a lone space where libyaml folds an overlong line.
    fn fold_here(&self, chars: &[char], i: usize, spaces: bool, allow: bool) -> bool {
        allow && !spaces && self.column > BEST_WIDTH && chars.get(i + 1) != Some(&' ')
    }

    fn plain(&mut self, chars: &[char], indent: usize, allow_breaks: bool) {
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' && self.fold_here(chars, i, spaces, allow_breaks) {
                self.newline(indent);
            } else {
                self.put(c);
            }
            spaces = c == ' ';
        }
    }

    fn single_quoted(&mut self, chars: &[char], indent: usize, allow_breaks: bool) {
        self.put('\'');
        let (mut spaces, mut breaks) = (false, false);
        let last = chars.len().saturating_sub(1);
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let inner = i != 0 && i != last;
                if inner && self.fold_here(chars, i, spaces, allow_breaks) {
                    self.newline(indent);
                } else {
                    self.put(' ');
                }
                spaces = true;
            } else if is_break(c) {
                // A line break in a quoted scalar is written as an empty line (folding).
                if !breaks && c == '\n' {
                    self.put('\n');
                }
                self.put(c);
                self.column = 0;
                breaks = true;
            } else {
                if breaks {
                    self.pad(indent);
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                spaces = false;
                breaks = false;
            }
        }
        if breaks {
            self.pad(indent);
        }
        self.put('\'');
    }

    fn double_quoted(&mut self, chars: &[char], indent: usize, allow_breaks: bool) {
        self.put('"');
        let mut spaces = false;
        let last = chars.len().saturating_sub(1);
        for (i, &c) in chars.iter().enumerate() {
            if !printable(c) || c == '\u{feff}' || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                let short = match c {
                    '\0' => Some('0'),
                    '\x07' => Some('a'),
                    '\x08' => Some('b'),
                    '\t' => Some('t'),
                    '\n' => Some('n'),
                    '\x0b' => Some('v'),
                    '\x0c' => Some('f'),
                    '\r' => Some('r'),
                    '\x1b' => Some('e'),
                    '"' => Some('"'),
                    '\\' => Some('\\'),
                    '\u{85}' => Some('N'),
                    '\u{2028}' => Some('L'),
                    '\u{2029}' => Some('P'),
                    _ => None,
                };
                match (short, c as u32) {
                    (Some(e), _) => self.put(e),
                    (None, n) if n <= 0xff => self.put_str(&format!("x{n:02X}")),
                    (None, n) if n <= 0xffff => self.put_str(&format!("u{n:04X}")),
                    (None, n) => self.put_str(&format!("U{n:08X}")),
                }
                spaces = false;
            } else if c == ' ' {
                let inner = i != 0 && i != last;
                if inner && allow_breaks && !spaces && self.column > BEST_WIDTH {
                    self.newline(indent);
                    // A space starting the continuation line would be eaten by folding.
                    if chars.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(' ');
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.put('"');
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank_or_end(c: Option<&char>) -> bool {
    c.is_none_or(|&c| matches!(c, ' ' | '\t' | '\0') || is_break(c))
}

/// libyaml's notion of a printable character (it escapes everything else, astral planes included).
fn printable(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{a0}'..='\u{d7ff}') || (('\u{e000}'..='\u{fffd}').contains(&c) && c != '\u{feff}')
}

struct Analysis {
    multiline: bool,
    plain: bool,
    single: bool,
}

/// libyaml's yaml_emitter_analyze_scalar, reduced to block context.
fn analyze(chars: &[char]) -> Analysis {
    if chars.is_empty() {
        return Analysis { multiline: false, plain: true, single: true };
    }
    let starts = |p: &str| chars.iter().take(3).copied().eq(p.chars());
    let mut indicators = starts("---") || starts("...");
    let (mut line_breaks, mut special) = (false, false);
    let (mut leading, mut trailing) = (false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut prev_space, mut prev_break) = (false, false);
    let mut preceded_by_ws = true;
    let last = chars.len() - 1;
    for (i, &c) in chars.iter().enumerate() {
        let followed_by_ws = is_blank_or_end(chars.get(i + 1));
        if i == 0 {
            indicators |= "#,[]{}&*!|>'\"%@`".contains(c) || (matches!(c, '?' | ':' | '-') && followed_by_ws);
        } else {
            indicators |= (c == ':' && followed_by_ws) || (c == '#' && preceded_by_ws);
        }
        special |= !printable(c);
        if c == ' ' || is_break(c) {
            leading |= i == 0;
            trailing |= i == last;
        }
        if c == ' ' {
            break_space |= prev_break;
        } else if is_break(c) {
            line_breaks = true;
            space_break |= prev_space;
        }
        prev_space = c == ' ';
        prev_break = is_break(c);
        preceded_by_ws = is_blank_or_end(Some(&c));
    }
    Analysis {
        multiline: line_breaks,
        plain: !(leading || trailing || break_space || space_break || special || line_breaks || indicators),
        single: !(break_space || space_break || special),
    }
}

/// Whether ruamel's YAML 1.2 resolver would read `s`, written plain, as something other than a
/// string (null, bool, int, float, timestamp, merge or value key); such strings get quoted.
fn resolves_to_non_string(s: &str) -> bool {
    const NAMED: &[&str] =
        &["", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "<<", "=", "!", "&", "*"];
    if NAMED.contains(&s) {
        return true;
    }
    let b = s.as_bytes();
    (b"-+0123456789".contains(&b[0]) && is_yaml_int(b)) || is_yaml_float(b) || is_yaml_timestamp(b)
}

/// A tiny matcher standing in for the resolver's regular expressions (no backtracking needed:
/// what follows each digit run is never a digit).
#[derive(Clone)]
struct Cursor<'a> {
    t: &'a [u8],
    p: usize,
}

impl Cursor<'_> {
    fn many(&mut self, set: &[u8]) -> usize {
        let n = self.t[self.p..].iter().take_while(|c| set.contains(c)).count();
        self.p += n;
        n
    }

    fn digits(&mut self, min: usize, max: usize) -> bool {
        let n = self.t[self.p..].iter().take(max).take_while(|c| c.is_ascii_digit()).count();
        self.p += n;
        n >= min
    }

    fn eat(&mut self, set: &[u8]) -> bool {
        let hit = self.t.get(self.p).is_some_and(|c| set.contains(c));
        self.p += usize::from(hit);
        hit
    }

    fn starts(&self, prefix: &[u8]) -> bool {
        self.t[self.p..].starts_with(prefix)
    }

    fn done(&self) -> bool {
        self.p == self.t.len()
    }
}

const DEC: &[u8] = b"0123456789_";

/// `[-+]?(0b[01_]+ | 0o?[0-7_]+ | [0-9_]+ | 0x[0-9a-fA-F_]+)`
fn is_yaml_int(t: &[u8]) -> bool {
    let mut c = Cursor { t, p: 0 };
    c.eat(b"-+");
    let set: &[u8] = if c.starts(b"0b") {
        b"01_"
    } else if c.starts(b"0o") {
        b"01234567_"
    } else if c.starts(b"0x") {
        b"0123456789abcdefABCDEF_"
    } else {
        DEC
    };
    if set != DEC {
        c.p += 2;
    }
    c.many(set) > 0 && c.done()
}

/// `[-+]?([0-9][0-9_]*\.[0-9_]*(E)? | [0-9][0-9_]*E | \.[0-9_]+([eE][-+][0-9]+)? | \.inf)`
/// or `\.nan`, where E is `[eE][-+]?[0-9]+`.
fn is_yaml_float(t: &[u8]) -> bool {
    if matches!(t, b".nan" | b".NaN" | b".NAN") {
        return true;
    }
    let mut c = Cursor { t, p: 0 };
    c.eat(b"-+");
    if matches!(&t[c.p..], b".inf" | b".Inf" | b".INF") {
        return true;
    }
    let exponent = |c: &mut Cursor, sign_required: bool| {
        c.eat(b"eE") && (c.eat(b"-+") || !sign_required) && c.digits(1, usize::MAX) && c.done()
    };
    if c.eat(b".") {
        return c.many(DEC) > 0 && (c.done() || exponent(&mut c, true));
    }
    if !c.digits(1, 1) {
        return false;
    }
    c.many(DEC);
    if c.eat(b".") {
        c.many(DEC);
        return c.done() || exponent(&mut c, false);
    }
    exponent(&mut c, false)
}

/// `YYYY-MM-DD`, or `YYYY-M-D` then `T`/blanks, `H:MM:SS`, optional fraction and zone.
fn is_yaml_timestamp(t: &[u8]) -> bool {
    let mut c = Cursor { t, p: 0 };
    if !(c.digits(4, 4) && c.eat(b"-")) {
        return false;
    }
    let mut date_only = c.clone();
    if date_only.digits(2, 2) && date_only.eat(b"-") && date_only.digits(2, 2) && date_only.done() {
        return true;
    }
    if !(c.digits(1, 2) && c.eat(b"-") && c.digits(1, 2) && (c.eat(b"Tt") || c.many(b" \t") > 0)) {
        return false;
    }
    if !(c.digits(1, 2) && c.eat(b":") && c.digits(2, 2) && c.eat(b":") && c.digits(2, 2)) {
        return false;
    }
    if c.eat(b".") {
        c.many(b"0123456789");
    }
    let before_zone = c.p;
    c.many(b" \t");
    if c.eat(b"Z") {
        return c.done();
    }
    if c.eat(b"-+") {
        return c.digits(1, 2) && (!c.eat(b":") || c.digits(2, 2)) && c.done();
    }
    c.p = before_zone;
    c.done()
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::{Format, py_float, render, render_pages_yaml_stream};

    fn yaml(v: &Value) -> String {
        render(v, Format::Yaml, "Op")
    }

    #[test]
    fn format_names() {
        for (name, f) in [
            ("json", Format::Json),
            ("yaml", Format::Yaml),
            ("yaml-stream", Format::YamlStream),
            ("text", Format::Text),
            ("table", Format::Table),
        ] {
            assert_eq!(name.parse::<Format>(), Ok(f));
        }
        let err = "xml".parse::<Format>().unwrap_err();
        assert!(err.contains("json | yaml | yaml-stream | text | table"), "{err}");
    }

    #[test]
    fn json_as_python_prints_it() {
        let v = json!({"Name": "été \"q\" \\ \n\t\u{1}", "N": [1, 1.0, 1e16, 1.5e-7, -0.0, 0.1], "E": {}, "L": [], "B": true, "Z": null});
        assert_eq!(
            render(&v, Format::Json, "Op"),
            "{\n    \"Name\": \"été \\\"q\\\" \\\\ \\n\\t\\u0001\",\n    \"N\": [\n        1,\n        1.0,\n        \
             1e+16,\n        1.5e-07,\n        -0.0,\n        0.1\n    ],\n    \"E\": {},\n    \"L\": [],\n    \
             \"B\": true,\n    \"Z\": null\n}\n"
        );
        assert_eq!(render(&json!({}), Format::Json, "Op"), "");
        assert_eq!(render(&json!(null), Format::Json, "Op"), "null\n");
        assert_eq!(render(&json!("abc"), Format::Json, "Op"), "\"abc\"\n");
        assert_eq!(render(&json!([]), Format::Json, "Op"), "[]\n");
    }

    #[test]
    fn python_float_repr() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.5e300, "1.5e+300"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (123456789.123, "123456789.123"),
            (5e-324, "5e-324"),
            // Exactly halfway between two shortest candidates: Python picks the even digit.
            (620199736719162.0 + 0.25, "620199736719162.2"),
        ];
        for (f, want) in cases {
            assert_eq!(py_float(f), want, "{f:e}");
        }
    }

    #[test]
    fn yaml_quoting_and_order() {
        // Expected text produced by AWS CLI v2's dumper (ruamel.yaml safe + libyaml).
        let v = json!({"Strings": ["yes", "null", "", "  lead", "a: b", "a:b", "#x", "- x", "-x", "1.0",
            "1_000", "0x1F", "2024-01-01", "2026-11-23T13:15:02.123000+00:00", "1.2.3", "it's", "x\ny",
            "x\n y", "tab\tx", "emoji \u{1F600}", "日本語"],
            "Numbers": [1, 1.0, 1e16, 1.5e-7, -0.0, true, false, null],
            "Empty": {"List": [], "Map": {}}, "123": {"zeta": 1, "Alpha": 2}});
        assert_eq!(
            yaml(&v),
            "'123':\n  Alpha: 2\n  zeta: 1\nEmpty:\n  List: []\n  Map: {}\nNumbers:\n- 1\n- 1.0\n- 1e+16\n\
             - 1.5e-07\n- -0.0\n- true\n- false\n- null\nStrings:\n- yes\n- 'null'\n- ''\n- '  lead'\n\
             - 'a: b'\n- a:b\n- '#x'\n- '- x'\n- -x\n- '1.0'\n- '1_000'\n- '0x1F'\n- '2024-01-01'\n\
             - '2026-11-23T13:15:02.123000+00:00'\n- 1.2.3\n- it's\n- 'x\n\n  y'\n- \"x\\n y\"\n\
             - \"tab\\tx\"\n- \"emoji \\U0001F600\"\n- 日本語\n"
        );
    }

    #[test]
    fn yaml_folds_long_lines() {
        let v = json!({
            "Description": "This document runs a shell script on the instance and reports the output back to the service for review",
            "Content": "{\n  \"schemaVersion\": \"2.2\",\n  \"description\": \"Run a shell script on the instance and report what happened back to the service\"\n}",
            "Items": ["This document runs a shell script on the instance and reports the output back to the service"]
        });
        assert_eq!(
            yaml(&v),
            "Content: \"{\\n  \\\"schemaVersion\\\": \\\"2.2\\\",\\n  \\\"description\\\": \\\"Run a shell script\n  \
             on the instance and report what happened back to the service\\\"\\n}\"\n\
             Description: This document runs a shell script on the instance and reports the output\n  \
             back to the service for review\nItems:\n\
             - This document runs a shell script on the instance and reports the output back to\n  the service\n"
        );
    }

    #[test]
    fn yaml_nesting_and_complex_keys() {
        assert_eq!(
            yaml(&json!([[1, [2, {"a": []}]], {"b": {"c": "d"}}])),
            "- - 1\n  - - 2\n    - a: []\n- b:\n    c: d\n"
        );
        let long = "k".repeat(130);
        let v = json!({"multi\nline key": 1, long.clone(): [1]});
        assert_eq!(yaml(&v), format!("? {long}\n: - 1\n? 'multi\n\n  line key'\n: 1\n"));
    }

    #[test]
    fn yaml_top_level_values() {
        assert_eq!(yaml(&json!({})), "");
        assert_eq!(yaml(&json!([])), "[]\n");
        assert_eq!(yaml(&json!("foo")), "\"foo\"\n");
        assert_eq!(yaml(&json!(1.2)), "1.2\n");
        assert_eq!(yaml(&json!(true)), "true\n");
        assert_eq!(yaml(&json!(null)), "null\n");
        assert_eq!(yaml(&json!(["val1", "val2"])), "- val1\n- val2\n");
        assert_eq!(yaml(&json!({"key": "val"})), "key: val\n");
    }

    #[test]
    fn yaml_stream_pages() {
        let pages = [json!({"TableNames": ["MyTable"]}), json!({"TableNames": ["MyTable2"]})];
        assert_eq!(render_pages_yaml_stream(&pages), "- TableNames:\n  - MyTable\n- TableNames:\n  - MyTable2\n");
        assert_eq!(render(&pages[0], Format::YamlStream, "Op"), "- TableNames:\n  - MyTable\n");
        assert_eq!(render(&json!({}), Format::YamlStream, "Op"), "");
        assert_eq!(render_pages_yaml_stream(&[]), "");
    }

    #[test]
    fn yaml_reads_back_as_the_same_value() {
        let samples = json!({
            "Strings": ["plain", "with space", "a: b", "x # y", "'quoted'", "\"dq\"", "back\\slash",
                "line1\nline2\n", "  indented\n  lines", "trailing ", "tab\there", "\u{1}ctl", "~", "-",
                "2024-01-01", "0777", "1e3", ".5", "+1", "true", "Null", "日本語 é",
                "word ".repeat(40), "x".repeat(200)],
            "Nested": [{"A": [[], {}, [1, [2]]], "B": {"C": null}}, 1.5, -3, 12345678901234567u64],
            "  odd key  ": "v", "": "empty key", "k\nk": "multi-line key"
        });
        let text = yaml(&samples);
        let back: Value = serde_yaml_ng::from_str(&text).unwrap();
        assert_eq!(back, samples, "{text}");
    }

    #[test]
    fn no_panics_on_odd_shapes() {
        let odd = [
            json!([]),
            json!([[]]),
            json!([{}]),
            json!([{}, 1, "x", [1, {"a": 1}], null]),
            json!([1, {"a": [1, {"b": 2}]}, [[], [[]]]]),
            json!({"a": [{"b": 1}, "x", [1, 2], {"b": {"c": []}}]}),
            json!({"a": {"b": {"c": {"d": {"e": {"f": [{"g": [[{"h": "deep"}]]}]}}}}}}),
            json!({"k": [{"x": 1}, {"x": [1]}, {"x": {"y": 2}}]}),
            json!(""),
            json!(0),
            json!(-0.0),
            json!("multi\nline\tcell é 日本 \u{1F600}"),
            json!({"m": "multi\nline\tcell", "w": "日本語".repeat(30), "": ""}),
        ];
        for v in &odd {
            for f in [Format::Json, Format::Yaml, Format::YamlStream, Format::Text, Format::Table] {
                let out = render(v, f, "Op");
                assert!(out.is_empty() || out.ends_with('\n'), "{f:?} {v}: {out:?}");
            }
        }
    }
}
