//! Entry points for the fuzz targets in `fuzz/` and for the corpus replay test: one function
//! per parser of user input. Each takes arbitrary bytes, must never panic on them, and checks
//! properties that hold for every input the parser accepts (a panic here is a finding).

use crate::document::{self, DocFormat};
use crate::error::Error;
use crate::exec::plan;
use crate::inventory::Inventory;
use crate::ops::parameters::{self, Selector};
use crate::ops::{Ctx, dispatch};
use crate::schedule::Schedule;
use crate::store::Store;
use crate::targets::{self, Target};
use chrono::{DateTime, Utc};
use indexmap::IndexMap;
use serde_json::{Value, json};
use std::cell::RefCell;
use std::path::Path;
use std::sync::{OnceLock, mpsc};

/// One fuzz target: arbitrary bytes in, a panic when a property fails.
pub type FuzzFn = fn(&[u8]);

/// The fuzz targets by name, for the replay test (`fuzz/corpus/<name>/`).
pub const TARGETS: &[(&str, FuzzFn)] = &[
    ("document", document),
    ("shorthand", shorthand),
    ("schedule", schedule),
    ("inventory", inventory),
    ("interpolation", interpolation),
    ("parameter_name", parameter_name),
];

/// Runs `target` on a thread with a 2 MiB stack (what Rust gives a spawned thread) instead of
/// libFuzzer's 8 MiB main thread, so that deep recursion shows as a crash while fuzzing: the
/// one crash found so far was of that kind, and only a debug replay on such a thread saw it.
/// The thread is spawned once and kept: a thread per input grew the fuzzer's RSS by about
/// 500 bytes an input under AddressSanitizer (and rebuilt the interpolation world each time).
pub fn on_small_stack(data: &[u8], target: FuzzFn) {
    type Job = (Vec<u8>, FuzzFn, mpsc::Sender<std::thread::Result<()>>);
    static WORKER: OnceLock<mpsc::Sender<Job>> = OnceLock::new();
    let worker = WORKER.get_or_init(|| {
        let (jobs, next) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("fuzz-2MiB".into())
            .stack_size(2 << 20)
            .spawn(move || {
                for (data, target, done) in next {
                    let _ = done.send(std::panic::catch_unwind(|| target(&data)));
                }
            })
            .expect("spawn the fuzz thread");
        jobs
    });
    let (done, result) = mpsc::channel();
    worker.send((data.to_vec(), target, done)).expect("the fuzz thread is running");
    if let Err(panic) = result.recv().expect("the fuzz thread answers") {
        std::panic::resume_unwind(panic);
    }
}

/// Document content (JSON or YAML, Command or Automation, chosen by the first byte) through
/// parsing and validation. A valid document converts to the other format and is still valid,
/// with the same parameters and steps; a Command document with defaults for every parameter
/// plans its steps.
pub fn document(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let format = if flags & 1 == 0 { DocFormat::Json } else { DocFormat::Yaml };
    let other = if flags & 1 == 0 { DocFormat::Yaml } else { DocFormat::Json };
    let kind = if flags & 2 == 0 { "Command" } else { "Automation" };
    let _ = document::guess_format(text);
    let Ok(doc) = document::parse(text, format, kind) else { return };
    let converted = document::convert(text, format, other).expect("a valid document converts");
    let again = document::parse(&converted, other, kind)
        .unwrap_or_else(|e| panic!("the converted document is refused: {e:?}\n{converted}"));
    let names = |d: &document::ParsedDocument| d.parameters.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&doc), names(&again));
    assert_eq!(doc.steps.len(), again.steps.len());
    assert_eq!(doc.schema_version, again.schema_version);
    if kind == "Command"
        && let Ok(resolved) = plan::resolve_parameters(&doc, &IndexMap::new(), None)
    {
        let _ = plan::build(&doc, &resolved);
    }
}

/// AWS CLI shorthand (`Key=a,Values=b,c`, `[..]`, `{..}`, quotes) as a whole argument and as
/// one value. A parsed argument is a JSON object.
pub fn shorthand(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(v) = crate::cli::shorthand::parse(text) {
        assert!(v.is_object(), "shorthand {text:?} gave {v}");
    }
    let _ = crate::cli::shorthand::parse_value(text);
}

/// ScheduleExpression (`cron(...)`, `rate(...)`, `at(...)`) and the offset. For an accepted
/// expression, from several instants: the next due time is later, and the latest due time up
/// to it, counted from the instant, is that same time (the two computations agree).
pub fn schedule(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let Ok(s) = Schedule::parse(text) else { return };
    let offset = if s.is_cron() { u32::from(flags % 7) } else { 0 };
    let _ = crate::schedule::check_offset(Some(&s), Some(i64::from(offset)));
    let at = |t: &str| t.parse::<DateTime<Utc>>().expect("fixed instant");
    let anchors = [at("2024-02-29T12:34:56Z"), at("2026-12-31T23:59:00Z")];
    let instants = [at("2024-02-29T12:34:56Z"), at("2024-03-01T00:00:30Z"), at("2027-01-01T00:00:00Z")];
    for anchor in anchors {
        for after in instants {
            let Some(next) = s.next_after(after, anchor, offset) else { continue };
            assert!(next > after, "{text}: next {next} is not after {after}");
            assert_eq!(
                s.latest_due(after, next, anchor, offset),
                Some(next),
                "{text}: after {after} (anchor {anchor}, offset {offset}) next is {next}"
            );
        }
    }
}

/// Inventory YAML. An accepted inventory has hosts with distinct ids, each found by its id,
/// and targeting every id (`InstanceIds=*`) picks every host once, in order.
pub fn inventory(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(inv) = Inventory::parse(text, Path::new("/nonexistent/fuzz/inventory.yaml")) else { return };
    for h in &inv.hosts {
        assert!(std::ptr::eq(inv.get(&h.id).expect("host by id"), h), "host id {} is not unique", h.id);
    }
    let all = vec![Target { key: "InstanceIds".into(), values: vec!["*".into()] }];
    let picked = targets::resolve(&inv, &[], &all).expect("InstanceIds=* resolves");
    let ids = |hs: &[&crate::inventory::Host]| hs.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&picked), ids(&inv.hosts.iter().collect::<Vec<_>>()));
    for h in &inv.hosts {
        for (k, v) in &h.tags {
            let by_tag = vec![Target { key: format!("tag:{k}"), values: vec![v.clone()] }];
            if let Ok(found) = targets::resolve(&inv, &[], &by_tag) {
                assert!(found.iter().any(|f| f.id == h.id), "tag:{k}={v} misses {}", h.id);
            }
        }
    }
}

const SECRET: &str = "fuzz-secret-value-7f3a";

/// A document with a parameter of each type, an ENV_VAR one and a noEcho one; a store with
/// String, StringList and SecureString parameters, versions and a label.
struct InterpolationWorld {
    doc: document::ParsedDocument,
    ctx: Ctx,
}

thread_local! {
    static WORLD: RefCell<Option<InterpolationWorld>> = const { RefCell::new(None) };
}

fn world() -> InterpolationWorld {
    let content = json!({
        "schemaVersion": "2.2",
        "description": "fuzz",
        "parameters": {
            "text": {"type": "String", "default": "plain", "allowedPattern": "^[^;]*$"},
            "list": {"type": "StringList", "default": ["a", "b"]},
            "count": {"type": "Integer", "default": 3},
            "flag": {"type": "Boolean", "default": true},
            "map": {"type": "StringMap", "default": {}},
            "maps": {"type": "MapList", "default": []},
            "env": {"type": "String", "default": "e", "interpolationType": "ENV_VAR"},
            "hidden": {"type": "String", "default": "h", "noEcho": true},
            "choice": {"type": "String", "default": "x", "allowedValues": ["x", "y", "{{ssm:/fuzz/plain}}"]}
        },
        "mainSteps": [{
            "action": "aws:runShellScript",
            "name": "run",
            "inputs": {
                "runCommand": ["echo {{text}} {{ count }} {{flag}} {{env}} {{hidden}} {{choice}}", "{{list}}",
                               "{{map}} {{maps}} {{ {{text}} }} {{ssm:/fuzz/plain}}"],
                "workingDirectory": "/tmp/{{text}}"
            }
        }]
    });
    let doc = document::parse(&content.to_string(), DocFormat::Json, "Command").expect("the fuzz document is valid");
    crate::secrets::insert_test_key(crate::secrets::DEFAULT_KEY, 7);
    let mut ctx = Ctx::with_store(Store::in_memory().expect("in-memory store"));
    for put in [
        json!({"Name": "/fuzz/plain", "Value": "first", "Type": "String"}),
        json!({"Name": "/fuzz/plain", "Value": "second", "Type": "String", "Overwrite": true}),
        json!({"Name": "/fuzz/list", "Value": "a,b,c", "Type": "StringList"}),
        json!({"Name": "/fuzz/secret", "Value": SECRET, "Type": "SecureString"}),
    ] {
        dispatch(&mut ctx, "PutParameter", put).expect("fuzz parameter");
    }
    dispatch(
        &mut ctx,
        "LabelParameterVersion",
        json!({"Name": "/fuzz/plain", "ParameterVersion": 1, "Labels": ["prod"]}),
    )
    .expect("fuzz label");
    InterpolationWorld { doc, ctx }
}

/// Runs `f` on this thread's world (built on first use): the document and the store.
fn with_world(f: impl FnOnce(&document::ParsedDocument, &rusqlite::Connection)) {
    WORLD.with(|w| {
        let mut w = w.borrow_mut();
        let w = w.get_or_insert_with(world);
        f(&w.doc, w.ctx.store().expect("in-memory store").conn())
    })
}

/// Parameter values given to a run (lines of `name=value`, list items split by tabs) with
/// `{{ssm:…}}`/`{{ssm-secure:…}}` references resolved against a real (in-memory) store, then
/// interpolated into the steps. An ENV_VAR parameter's value never shapes the script text,
/// and a resolved secret never appears in what is recorded.
pub fn interpolation(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut given: IndexMap<String, Vec<String>> = IndexMap::new();
    for line in text.lines() {
        let (name, value) = line.split_once('=').unwrap_or((line, ""));
        given.insert(name.to_string(), value.split('\t').map(str::to_string).collect());
    }
    with_world(|doc, conn| {
        let _ = crate::document::params::references(text);
        let resolver = |s: &str| parameters::resolve_references(conn, s).map(|(t, _)| t);
        let unresolved = plan::resolve_parameters(doc, &given, None);
        let Ok(mut resolved) = plan::resolve_parameters(doc, &given, Some(&resolver)) else { return };
        if unresolved.is_err() {
            // Without a resolver only whole references may stand in for checked values.
            return;
        }
        let steps = plan::build(doc, &resolved).expect("a resolved run plans");
        if !text.contains(SECRET) {
            let shown = plan::shown_parameters(doc, &given);
            assert!(!format!("{shown:?}").contains(SECRET), "a secret is recorded: {shown:?}");
        }
        resolved.values.insert("env".into(), (Value::String("other value; rm -rf /".into()), false));
        let again = plan::build(doc, &resolved).expect("plans");
        assert_eq!(steps[0].script, again[0].script, "an ENV_VAR value changed the script");
        assert!(again[0].env.iter().any(|(k, v)| k == "SSM_env" && v == "other value; rm -rf /"));
    });
}

/// Parameter names (with `:version`, `:label` selectors and ARNs) and labels. A valid name
/// with a version or a valid label splits back into that name and selector; looking any
/// text up in a real store answers found or one of AWS's not-found codes.
pub fn parameter_name(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (name, label) = text.split_once('\n').unwrap_or((text, "prod"));
    let _ = parameters::parse_name(name);
    if parameters::check_name(name).is_ok() {
        assert!(!name.contains(':'), "a valid name has no selector colon: {name}");
        assert_eq!(parameters::parse_name(&format!("{name}:12")), (name.to_string(), Selector::Version(12)));
        if parameters::label_is_valid(label) {
            assert_eq!(
                parameters::parse_name(&format!("{name}:{label}")),
                (name.to_string(), Selector::Label(label.into()))
            );
        }
    }
    with_world(|_, conn| match parameters::find(conn, text) {
        Ok(_) => {}
        Err(Error::Service { code, .. }) => {
            assert!(matches!(code.as_str(), "ParameterNotFound" | "ParameterVersionNotFound"), "{code}")
        }
        Err(e) => panic!("{text:?}: {e:?}"),
    });
}
