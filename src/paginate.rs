//! The AWS CLI's pagination over any operation that paginators-1.json marks paginated:
//! `--max-items`, `--starting-token`, `--page-size`, `--no-paginate`. The operation pages
//! with its own NextToken/MaxResults; this layer merges pages and issues resume tokens.

use crate::error::{Error, Result};
use crate::model::Paginator;
use base64::Engine;
use serde_json::{Map, Value, json};

#[derive(Debug, Default)]
pub struct Options {
    pub starting_token: Option<String>,
    pub page_size: Option<i64>,
    pub max_items: Option<i64>,
    pub no_paginate: bool,
}

pub struct Paged {
    /// The pages as the operation returned them (after a resume skip), result lists
    /// included; the operation's own output token removed when this layer paginated.
    pages: Vec<Value>,
    /// The list member that pages share, when this layer paginated.
    result_key: Option<String>,
    /// The resume token for `--starting-token`, when items remain.
    resume: Option<String>,
}

impl Paged {
    /// The output of an operation that was called once.
    pub fn single(out: Value) -> Paged {
        Paged { pages: vec![out], result_key: None, resume: None }
    }

    /// One output: the result lists of all pages joined (moved, not copied), NextToken
    /// when items remain.
    pub fn into_merged(self) -> Value {
        let Some(key) = self.result_key else {
            return self.pages.into_iter().next().unwrap_or(Value::Null);
        };
        let mut merged = Map::new();
        let mut items = Vec::new();
        for (i, page) in self.pages.into_iter().enumerate() {
            let Value::Object(mut page) = page else { continue };
            if let Some(Value::Array(a)) = page.remove(&key) {
                items.extend(a);
            }
            if i == 0 {
                merged = page;
            }
        }
        merged.insert(key, Value::Array(items));
        if let Some(t) = self.resume {
            merged.insert("NextToken".into(), json!(t));
        }
        Value::Object(merged)
    }

    /// The pages one by one (yaml-stream), the resume token on the last.
    pub fn into_pages(self) -> Vec<Value> {
        let mut pages = self.pages;
        if let (Some(t), Some(Value::Object(last))) = (self.resume, pages.last_mut()) {
            last.insert("NextToken".into(), json!(t));
        }
        pages
    }
}

/// A resume token, as botocore makes them: the operation's token for the page to resume
/// from, and how many items of that page were already returned.
fn encode(service_token: Option<&str>, skip: usize) -> String {
    let v = json!({"NextToken": service_token, "boto_truncate_amount": skip});
    base64::engine::general_purpose::STANDARD.encode(v.to_string())
}

fn decode(token: &str) -> Result<(Option<String>, usize)> {
    let bad = || Error::usage(format!("Bad value for --starting-token: {token}"));
    let bytes = base64::engine::general_purpose::STANDARD.decode(token).map_err(|_| bad())?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    let svc = v.get("NextToken").and_then(Value::as_str).map(str::to_string);
    let skip = v.get("boto_truncate_amount").and_then(Value::as_u64).unwrap_or(0) as usize;
    Ok((svc, skip))
}

pub fn run(mut call: impl FnMut(Value) -> Result<Value>, req: Value, p: &Paginator, opts: &Options) -> Result<Paged> {
    let user_paged = req.get(&p.input_token).is_some() || req.get(&p.limit_key).is_some();
    if opts.no_paginate || user_paged {
        let mut req = req;
        if let (Some(n), Value::Object(o)) = (opts.page_size, &mut req) {
            o.entry(p.limit_key.clone()).or_insert(json!(n));
        }
        return Ok(Paged::single(call(req)?));
    }
    let (mut svc_token, mut skip) = match &opts.starting_token {
        Some(t) => decode(t)?,
        None => (None, 0),
    };
    let budget = opts.max_items.map(|n| n.max(0) as usize);
    let mut count = 0;
    let mut pages = Vec::new();
    let mut resume = None;
    loop {
        let mut page_req = req.clone();
        if let Value::Object(o) = &mut page_req {
            if let Some(t) = &svc_token {
                o.insert(p.input_token.clone(), json!(t));
            }
            if let Some(n) = opts.page_size {
                o.insert(p.limit_key.clone(), json!(n));
            }
        }
        let Value::Object(mut page) = call(page_req)? else {
            return Err(Error::internal("a paginated operation returned a non-object"));
        };
        let next = page.remove(&p.output_token).and_then(|v| v.as_str().map(str::to_string));
        let mut page_items = match page.remove(&p.result_key) {
            Some(Value::Array(a)) => a,
            _ => vec![],
        };
        let skipped = skip.min(page_items.len());
        page_items.drain(..skipped);
        let room = budget.map(|b| b - count);
        let truncated = room.is_some_and(|r| page_items.len() > r);
        if let Some(r) = room.filter(|_| truncated) {
            page_items.truncate(r);
            resume = Some(encode(svc_token.as_deref(), skip + r));
        }
        count += page_items.len();
        page.insert(p.result_key.clone(), Value::Array(page_items));
        pages.push(Value::Object(page));
        if truncated {
            break;
        }
        match next {
            None => break,
            Some(n) => {
                if budget.is_some_and(|b| count >= b) {
                    resume = Some(encode(Some(&n), 0));
                    break;
                }
                svc_token = Some(n);
                skip = 0;
            }
        }
    }
    Ok(Paged { pages, result_key: Some(p.result_key.clone()), resume })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paginator() -> Paginator {
        Paginator {
            input_token: "NextToken".into(),
            output_token: "NextToken".into(),
            limit_key: "MaxResults".into(),
            result_key: "Items".into(),
        }
    }

    /// A fake operation over the numbers 0..n, pages of MaxResults (default 3).
    fn numbers(n: usize) -> impl FnMut(Value) -> Result<Value> {
        move |req: Value| {
            let start: usize = req.get("NextToken").and_then(Value::as_str).map_or(0, |t| t.parse().unwrap());
            let size = req.get("MaxResults").and_then(Value::as_u64).unwrap_or(3) as usize;
            let end = (start + size).min(n);
            let mut out = json!({"Items": (start..end).collect::<Vec<_>>()});
            if end < n {
                out["NextToken"] = json!(end.to_string());
            }
            Ok(out)
        }
    }

    #[test]
    fn all_pages_are_merged_without_a_token() {
        let got = run(numbers(8), json!({}), &paginator(), &Options::default()).unwrap();
        assert_eq!(got.pages.len(), 3);
        assert_eq!(got.into_merged(), json!({"Items": [0, 1, 2, 3, 4, 5, 6, 7]}));
    }

    #[test]
    fn max_items_cuts_mid_page_and_the_token_resumes_exactly_there() {
        let opts = Options { max_items: Some(4), ..Default::default() };
        let got = run(numbers(8), json!({}), &paginator(), &opts).unwrap().into_merged();
        assert_eq!(got["Items"], json!([0, 1, 2, 3]));
        let token = got["NextToken"].as_str().unwrap().to_string();
        let opts = Options { starting_token: Some(token), max_items: Some(3), ..Default::default() };
        let got = run(numbers(8), json!({}), &paginator(), &opts).unwrap().into_merged();
        assert_eq!(got["Items"], json!([4, 5, 6]));
        let token = got["NextToken"].as_str().unwrap().to_string();
        let opts = Options { starting_token: Some(token), ..Default::default() };
        let got = run(numbers(8), json!({}), &paginator(), &opts).unwrap();
        assert_eq!(got.into_merged(), json!({"Items": [7]}));
    }

    #[test]
    fn max_items_on_a_page_boundary_resumes_on_the_next_page() {
        let opts = Options { max_items: Some(3), ..Default::default() };
        let got = run(numbers(7), json!({}), &paginator(), &opts).unwrap().into_merged();
        assert_eq!(got["Items"], json!([0, 1, 2]));
        let opts = Options { starting_token: got["NextToken"].as_str().map(String::from), ..Default::default() };
        let got = run(numbers(7), json!({}), &paginator(), &opts).unwrap();
        assert_eq!(got.into_merged()["Items"], json!([3, 4, 5, 6]));
    }

    #[test]
    fn page_size_and_no_paginate() {
        let opts = Options { page_size: Some(5), ..Default::default() };
        let got = run(numbers(8), json!({}), &paginator(), &opts).unwrap();
        assert_eq!(got.into_pages().len(), 2);
        let opts = Options { no_paginate: true, ..Default::default() };
        let got = run(numbers(8), json!({}), &paginator(), &opts).unwrap();
        assert_eq!(got.into_merged(), json!({"Items": [0, 1, 2], "NextToken": "3"}));
    }

    #[test]
    fn a_bad_starting_token_is_a_usage_error() {
        let opts = Options { starting_token: Some("nope!".into()), ..Default::default() };
        let err = run(numbers(8), json!({}), &paginator(), &opts).err().unwrap();
        assert_eq!(err.exit_code(), 252);
    }
}
