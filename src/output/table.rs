//! `--output table`: the AWS CLI's layout of titled sections, nested ones framed by one more `|`
//! on each side per level, all padded to the same width. The value is first turned into
//! sections exactly as the AWS CLI's table formatter does; comfy-table then draws each
//! section's cells, with the column widths the AWS CLI would give them.

use std::collections::BTreeSet;

use comfy_table::{Cell, ColumnConstraint, ContentArrangement, ContentLineStyle, LineStyle, Table, TableStyle, Width};
use serde_json::{Map, Value};

use super::{is_scalar, py_str};

/// Past this total width, single-row sections are turned into key/value rows. The AWS CLI uses
/// the terminal's width, or 80 when stdout is not a terminal.
const TERMINAL_WIDTH: usize = 80;

const STYLE: TableStyle = TableStyle::new()
    .top_border(LineStyle::new('+', '-', '+', '+'))
    .header_lines(ContentLineStyle::new('|', '|', '|'))
    .header_separator(LineStyle::new('+', '-', '+', '+'))
    .content_lines(ContentLineStyle::new('|', '|', '|'))
    .bottom_border(LineStyle::new('+', '-', '+', '+'));

#[derive(Default)]
struct Section {
    title: Option<String>,
    indent: usize,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

pub(super) fn render(value: &Value, title: &str) -> String {
    let mut b = Builder::default();
    if !b.build(Some(title), value, 0) {
        return String::new();
    }
    draw(b.sections)
}

fn falsy(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
    }
}

#[derive(Default)]
struct Builder {
    sections: Vec<Section>,
}

impl Builder {
    fn current(&mut self) -> &mut Section {
        if self.sections.is_empty() {
            self.sections.push(Section::default());
        }
        let last = self.sections.len() - 1;
        &mut self.sections[last]
    }

    fn open(&mut self, title: Option<&str>, indent: usize) {
        let title = title.map(str::to_string);
        self.sections.push(Section { title, indent, ..Section::default() });
    }

    /// Returns false (and adds nothing) for empty or false-like values, which the CLI skips.
    fn build(&mut self, title: Option<&str>, v: &Value, indent: usize) -> bool {
        if falsy(v) {
            return false;
        }
        if title.is_some() {
            self.open(title, indent);
        }
        match v {
            Value::Array(items) if items[0].is_object() => self.objects(items, title, indent),
            Value::Array(items) => items.iter().for_each(|item| self.list_item(item)),
            Value::Object(m) => self.object(m, indent),
            // A bare scalar shows as its title alone, as in the CLI.
            _ => {}
        }
        true
    }

    fn list_item(&mut self, item: &Value) {
        match item {
            Value::Array(a) if a.iter().all(is_scalar) => {
                self.current().rows.push(a.iter().map(py_str).collect());
            }
            // The CLI iterates a dict here as a list of its (scalar) keys.
            Value::Object(m) => self.current().rows.push(m.keys().cloned().collect()),
            // Nested without a title, at the top level's indentation, as the CLI does.
            Value::Array(_) => {
                self.build(None, item, 0);
            }
            _ => self.current().rows.push(vec![py_str(item)]),
        }
    }

    fn object(&mut self, m: &Map<String, Value>, indent: usize) {
        let mut keys: Vec<&String> = m.keys().collect();
        keys.sort();
        let (scalars, nested): (Vec<&String>, Vec<&String>) = keys.into_iter().partition(|k| is_scalar(&m[k.as_str()]));
        let section = self.current();
        if let [key] = scalars[..] {
            section.rows.push(vec![key.clone(), py_str(&m[key])]);
        } else if !scalars.is_empty() {
            section.headers = scalars.iter().map(|k| k.to_string()).collect();
            section.rows.push(scalars.iter().map(|k| py_str(&m[k.as_str()])).collect());
        }
        for k in nested {
            self.build(Some(k), &m[k], indent + 1);
        }
    }

    /// A list led by an object: one header row of every element's scalar keys, one row per
    /// element; when elements have nested members, each element gets its own section.
    fn objects(&mut self, items: &[Value], title: Option<&str>, indent: usize) {
        let (mut headers, mut nested) = (BTreeSet::new(), BTreeSet::new());
        for (k, v) in items.iter().filter_map(Value::as_object).flatten() {
            if is_scalar(v) {
                headers.insert(k)
            } else {
                nested.insert(k)
            };
        }
        let headers: Vec<String> = headers.into_iter().cloned().collect();
        self.current().headers = headers.clone();
        for (i, item) in items.iter().enumerate() {
            if i > 0 && !nested.is_empty() {
                self.open(title, indent);
                self.current().headers = headers.clone();
            }
            let Some(m) = item.as_object() else {
                // The CLI fails on such a list; show the element as a plain list item would.
                self.list_item(item);
                continue;
            };
            let row = headers.iter().map(|h| m.get(h).map(py_str).unwrap_or_default()).collect();
            self.current().rows.push(row);
            for &k in &nested {
                if let Some(v) = m.get(k) {
                    self.build(Some(k), v, indent + 1);
                }
            }
        }
    }
}

/// Display width, measured the way comfy-table measures (and so lays out) a cell.
fn width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    let mut probe = Table::new();
    probe.add_row(vec![s]);
    probe.column_max_content_widths().first().map_or(0, |w| usize::from(*w))
}

fn column_count(s: &Section) -> usize {
    s.rows.iter().map(Vec::len).chain([s.headers.len()]).max().unwrap_or(0)
}

/// Widest cell of each column, headers included.
fn natural_widths(s: &Section) -> Vec<usize> {
    let mut widths = vec![0; column_count(s)];
    for row in std::iter::once(&s.headers).chain(&s.rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    widths
}

fn total_width(s: &Section) -> usize {
    let cells: usize = natural_widths(s).iter().map(|w| w + 4).sum::<usize>() + 2;
    // The CLI measures a missing title as the string "None".
    let title = s.title.as_deref().map_or(4, width) + 2;
    cells.max(title) + 2 * s.indent
}

/// Stretches the columns (natural width + 4) to fill `total`, rounding as Python's round()
/// does and handing out the remainder one column at a time, as the CLI does.
fn scaled_widths(s: &Section, total: usize) -> Vec<usize> {
    let natural: Vec<usize> = natural_widths(s).iter().map(|w| w + 4).collect();
    let sum: usize = natural.iter().sum();
    if sum == 0 {
        return natural;
    }
    let factor = total as f64 / sum as f64;
    let mut scaled: Vec<i64> = natural.iter().map(|&w| (factor * w as f64).round_ties_even() as i64).collect();
    let mut off = scaled.iter().sum::<i64>() - total as i64;
    while off != 0 {
        let order: Vec<usize> = if off > 0 { (0..scaled.len()).collect() } else { (0..scaled.len()).rev().collect() };
        for i in order {
            scaled[i] -= off.signum();
            off -= off.signum();
            if off == 0 {
                break;
            }
        }
    }
    scaled.into_iter().map(|w| w.max(0) as usize).collect()
}

fn spaces(n: i64) -> String {
    " ".repeat(n.max(0) as usize)
}

/// The CLI's centring: `|`, a left margin of width/2 - len/2 - 1, the text, padding, `|`.
fn centered_title(title: &str, total: usize) -> String {
    let (len, total) = (width(title) as i64, total as i64);
    let left = total / 2 - len / 2 - 1;
    format!("|{}{title}{}|", spaces(left), spaces(total - 2 - left - len))
}

fn draw(mut sections: Vec<Section>) -> String {
    let mut total = sections.iter().map(total_width).max().unwrap_or(0);
    if total > TERMINAL_WIDTH {
        for s in sections.iter_mut().filter(|s| s.rows.len() == 1 && !s.headers.is_empty()) {
            let row = s.rows.remove(0);
            let headers = std::mem::take(&mut s.headers);
            s.rows = headers.into_iter().zip(row).map(|(h, v)| vec![h, v]).collect();
        }
        total = sections.iter().map(total_width).max().unwrap_or(0);
    }
    let mut out = format!("{}\n", "-".repeat(total));
    for s in &sections {
        let frame = "|".repeat(s.indent);
        let inner = total.saturating_sub(2 * s.indent);
        let mut lines = Vec::new();
        if let Some(title) = s.title.as_deref().filter(|t| !t.is_empty()) {
            lines.push(centered_title(title, inner));
            if s.headers.is_empty() && s.rows.is_empty() {
                lines.push(format!("+{}+", "-".repeat(inner.saturating_sub(2))));
            }
        }
        if column_count(s) > 0 {
            lines.extend(cells(s, inner));
        }
        for line in lines {
            out.push_str(&format!("{frame}{line}{frame}\n"));
        }
    }
    out
}

/// The section's header and rows, drawn by comfy-table into columns of the CLI's widths. Each
/// width counts the column's right border, and the first column's left border too; cells are
/// pre-padded as the CLI pads them (headers centred, values after two spaces when they fit).
fn cells(s: &Section, total: usize) -> Vec<String> {
    let widths = scaled_widths(s, total);
    let inner = |i: usize| widths[i].saturating_sub(if i == 0 { 2 } else { 1 });
    let mut table = Table::new();
    table.load_style(STYLE).set_content_arrangement(ContentArrangement::Disabled).force_no_tty();
    if !s.headers.is_empty() {
        table.set_header(s.headers.iter().enumerate().map(|(i, h)| {
            let left = widths[i] as i64 / 2 - width(h) as i64 / 2 - 1;
            Cell::new(format!("{}{h}", spaces(left)))
        }));
    }
    for row in &s.rows {
        table.add_row(row.iter().enumerate().map(|(i, v)| {
            let fits = width(v) + 2 <= inner(i);
            Cell::new(if fits { format!("  {v}") } else { v.clone() })
        }));
    }
    for (i, column) in table.column_iter_mut().enumerate() {
        let w = u16::try_from(inner(i)).unwrap_or(u16::MAX);
        column.set_padding((0, 0)).set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
    }
    table.lines().collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::render;

    #[test]
    fn golden_list_documents() {
        let v = json!({"DocumentIdentifiers": [{
            "Name": "a", "Owner": "Amazon", "PlatformTypes": ["Linux", "MacOS"], "DocumentVersion": "1"
        }]});
        let expected = "\
-----------------------------------------
|             ListDocuments             |
+---------------------------------------+
||         DocumentIdentifiers         ||
|+------------------+-------+----------+|
||  DocumentVersion | Name  |  Owner   ||
|+------------------+-------+----------+|
||  1               |  a    |  Amazon  ||
|+------------------+-------+----------+|
|||           PlatformTypes           |||
||+-----------------------------------+||
|||  Linux                            |||
|||  MacOS                            |||
||+-----------------------------------+||
";
        assert_eq!(render(&v, "ListDocuments"), expected);
    }
    #[test]
    fn wide_single_row_turns_vertical() {
        let v = json!({"Parameter": {"Name": "/app/db", "Type": "SecureString", "Value": "s3cr3t",
            "Version": 3, "LastModifiedDate": "2026-01-01T00:00:00+00:00",
            "ARN": "arn:aws:ssm:us-east-1:123456789012:parameter/app/db", "DataType": "text"}});
        let expected = "\
-------------------------------------------------------------------------------
|                                GetParameter                                 |
+-----------------------------------------------------------------------------+
||                                 Parameter                                 ||
|+-------------------+-------------------------------------------------------+|
||  ARN              |  arn:aws:ssm:us-east-1:123456789012:parameter/app/db  ||
||  DataType         |  text                                                 ||
||  LastModifiedDate |  2026-01-01T00:00:00+00:00                            ||
||  Name             |  /app/db                                              ||
||  Type             |  SecureString                                         ||
||  Value            |  s3cr3t                                               ||
||  Version          |  3                                                    ||
|+-------------------+-------------------------------------------------------+|
";
        assert_eq!(render(&v, "GetParameter"), expected);
    }

    #[test]
    fn query_results() {
        // A bare scalar shows only the title, as the CLI does; false-like values show nothing.
        assert_eq!(render(&json!("abc"), "ListDocuments"), "---------------\n|ListDocuments|\n+-------------+\n");
        assert_eq!(render(&json!(""), "ListDocuments"), "");
        assert_eq!(render(&json!({}), "ListDocuments"), "");
        assert_eq!(render(&json!(null), "ListDocuments"), "");
        assert_eq!(
            render(&json!([["a", "b"], ["c", "d"]]), "ListDocuments"),
            "---------------\n|ListDocuments|\n+-----+-------+\n|  a  |  b    |\n|  c  |  d    |\n+-----+-------+\n"
        );
    }

    #[test]
    fn multi_line_and_wide_cells_keep_the_frame() {
        let out = render(&json!({"Out": "line one\nline two", "Name": "日本語"}), "Op");
        let widths: Vec<usize> = out
            .lines()
            .map(|l| l.chars().map(|c| if c == '日' || c == '本' || c == '語' { 2 } else { 1 }).sum())
            .collect();
        assert!(widths.iter().all(|w| *w == widths[0]), "{out}");
        assert!(out.contains("line one") && out.contains("line two"), "{out}");
    }
}
