//! Session Manager operations: start-session records a session and resolves what it runs
//! (the streaming itself is `session::run`, as the AWS CLI hands a started session to its
//! plugin); terminate-session ends one from any process; describe-sessions lists them;
//! resume-session reattaches a shell that survived a dropped connection.

use super::{Ctx, decode_number, encode_token, page_limit};
use crate::document::session::{self as doc_session, Preferences, SessionKind, SessionPlan};
use crate::error::{Error, Result};
use crate::model::sessions::*;
use crate::model::time;
use crate::store::documents as doc_rows;
use crate::store::sessions::{self as rows, ACTIVE, SessionRow};
use rusqlite::Connection;

/// The preferences document of every session (AWS's magic name; a user's own copy wins).
pub const PREFERENCES: &str = "SSM-SessionManagerRunShell";

/// How far back History reaches, as AWS's (30 days).
const HISTORY_DAYS: i64 = 30;

/// A session's document resolved into what to run, with the preferences that bound it.
pub struct Resolved {
    pub plan: SessionPlan,
    pub prefs: Preferences,
}

pub fn start(ctx: &mut Ctx, req: StartSessionRequest) -> Result<StartSessionResponse> {
    let inv = ctx.inventory()?;
    if inv.get(&req.target).is_none() {
        return Err(not_connected(&req.target));
    }
    if let Some(r) = &req.reason
        && r.chars().any(|c| c == '\n' || c == '\r')
    {
        return Err(Error::service("ValidationException", "Reason must be one line (1 to 256 characters)."));
    }
    let document_name = req.document_name.clone().unwrap_or_else(|| PREFERENCES.to_string());
    let parameters = serde_json::to_string(&req.parameters)?;
    let owner = crate::automation::start::whoami();
    let session_id = new_id(&owner);
    let token = new_token();
    ctx.store()?.write(|tx| {
        let resolved = resolve(tx, &document_name, &req.parameters)?;
        let row = SessionRow {
            session_id: session_id.clone(),
            target: req.target.clone(),
            document_name: document_name.clone(),
            owner: owner.clone(),
            reason: req.reason.clone(),
            kind: kind_name(&resolved.plan).into(),
            parameters: parameters.clone(),
            status: "Connecting".into(),
            start_date: time::now(),
            idle_timeout: resolved.prefs.idle_timeout_minutes as i64,
            max_duration: resolved.prefs.max_duration_minutes.map(i64::from),
            pid: Some(std::process::id() as i64),
            token: token.clone(),
            ..Default::default()
        };
        rows::insert(tx, &row)
    })?;
    Ok(StartSessionResponse { stream_url: stream_url(&session_id), session_id, token_value: token })
}

/// Always succeeds, as AWS's: an unknown or ended session is left as it is. A live one is
/// marked Terminating and its process told; one whose process is gone ends here.
pub fn terminate(ctx: &mut Ctx, req: SessionIdRequest) -> Result<TerminateSessionResponse> {
    let id = req.session_id.clone();
    enum Then {
        Nothing,
        Signal(i64),
        /// A shell left in tmux with no ssmctl process: its tmux session is ended here.
        EndRemote(Box<SessionRow>),
    }
    let then = ctx.store()?.write(|tx| {
        let Some(mut s) = rows::get(tx, &id)? else { return Ok(Then::Nothing) };
        if !ACTIVE.contains(&s.status.as_str()) {
            return Ok(Then::Nothing);
        }
        let alive = s.pid.filter(|p| *p as u32 != std::process::id()).is_some_and(super::process_alive);
        if alive || s.remote_name.is_some() {
            s.status = "Terminating".into();
            s.details = Some("terminated by terminate-session".into());
            rows::update(tx, &s)?;
            Ok(match (alive, s.pid) {
                (true, Some(pid)) => Then::Signal(pid),
                _ => Then::EndRemote(Box::new(s)),
            })
        } else if s.pid.is_some_and(|p| p as u32 == std::process::id()) {
            Ok(Then::Nothing)
        } else {
            crate::session::settle::end(tx, &mut s, "Terminated", "terminated by terminate-session")?;
            Ok(Then::Nothing)
        }
    })?;
    match then {
        Then::Nothing => {}
        // The streaming process also polls its status; the signal makes it prompt.
        Then::Signal(pid) => unsafe {
            libc::kill(pid as i32, libc::SIGTERM);
        },
        Then::EndRemote(mut s) => {
            let host = ctx.inventory()?.get(&s.target).cloned();
            let ended = match host {
                None => true,
                Some(h) => {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .map_err(|e| Error::internal(format!("runtime: {e}")))?;
                    let limit = crate::exec::masters::connect_timeout() + std::time::Duration::from_secs(5);
                    let script = crate::session::remote::kill(&s.session_id);
                    rt.block_on(crate::session::remote::run(&h, &script, limit)).is_ok()
                }
            };
            // A host that does not answer: Terminating, and the tick ends it when it can.
            if ended {
                ctx.store()?.write(|tx| {
                    crate::session::settle::end(tx, &mut s, "Terminated", "terminated by terminate-session")
                })?;
            }
        }
    }
    Ok(TerminateSessionResponse { session_id: id })
}

pub fn describe(ctx: &mut Ctx, req: DescribeSessionsRequest) -> Result<DescribeSessionsResponse> {
    let statuses: &[&str] = match req.state.as_str() {
        "Active" => &ACTIVE,
        "History" => &["Terminated", "Failed"],
        other => {
            return Err(Error::service(
                "ValidationException",
                format!("State {other} is not valid; use Active or History."),
            ));
        }
    };
    let filters = Filters::parse(&req.filters)?;
    let limit = page_limit(req.max_results, 20).min(200) as usize;
    let skip: usize = decode_number(req.next_token.as_deref())?;
    let since = time::now() - chrono::Duration::days(HISTORY_DAYS);
    let all = ctx.store()?.read(|tx| rows::with_status(tx, statuses))?;
    let matching: Vec<&SessionRow> = all
        .iter()
        .filter(|s| req.state == "Active" || s.end_date.is_none_or(|e| e >= since))
        .filter(|s| filters.matches(s))
        .collect();
    let sessions = matching.iter().skip(skip).take(limit).map(|s| shown(s)).collect();
    let next_token = (matching.len() > skip + limit).then(|| encode_token(&(skip + limit).to_string()));
    Ok(DescribeSessionsResponse { sessions, next_token })
}

/// A shell kept by tmux on the host can be reattached; anything else cannot, and says why.
pub fn resume(ctx: &mut Ctx, req: SessionIdRequest) -> Result<StartSessionResponse> {
    let id = req.session_id.clone();
    let token = new_token();
    ctx.store()?.write(|tx| {
        let mut s = rows::get(tx, &id)?.ok_or_else(|| does_not_exist(&id, "no such session"))?;
        if s.remote_name.is_none() {
            return Err(does_not_exist(
                &id,
                "it cannot be resumed: only a shell that ran in tmux on its host outlives its connection \
                 (the host had no tmux, the session was not a shell on a terminal, or its preferences say resumable: false)",
            ));
        }
        if !matches!(s.status.as_str(), "Connected" | "Disconnected") {
            return Err(does_not_exist(&id, &format!("it is {} and cannot be resumed", s.status)));
        }
        if s.pid.is_some_and(|p| p as u32 != std::process::id() && super::process_alive(p)) {
            return Err(does_not_exist(&id, "another ssmctl process is attached to it"));
        }
        s.pid = Some(std::process::id() as i64);
        s.token = token.clone();
        s.status = "Connecting".into();
        rows::update(tx, &s)
    })?;
    Ok(StartSessionResponse { stream_url: stream_url(&id), session_id: id, token_value: token })
}

/// The session document and the preferences: the document's own when it is a
/// Standard_Stream document, else SSM-SessionManagerRunShell's (a user's copy first).
pub fn resolve(conn: &Connection, name: &str, params: &indexmap::IndexMap<String, Vec<String>>) -> Result<Resolved> {
    let (doc, version) = session_document(conn, name)?;
    let body = body_of(&version)?;
    let plan = doc_session::plan(name, &body, params).map_err(as_invalid_document)?;
    let prefs = if matches!(plan.kind, SessionKind::Shell) {
        doc_session::preferences(&body)?
    } else {
        let (_, v) = session_document(conn, PREFERENCES)?;
        doc_session::preferences(&body_of(&v)?)?
    };
    let _ = doc;
    Ok(Resolved { plan, prefs })
}

fn session_document(conn: &Connection, name: &str) -> Result<(doc_rows::DocumentRow, doc_rows::VersionRow)> {
    let (doc, version, _) = super::documents::resolve(conn, name, None, None)?;
    if doc.document_type != "Session" {
        return Err(Error::service(
            "InvalidDocument",
            format!("Document {name} is a {} document; start-session takes a Session document.", doc.document_type),
        ));
    }
    Ok((doc, version))
}

fn body_of(v: &doc_rows::VersionRow) -> Result<serde_json::Value> {
    let format = crate::document::DocFormat::from_model(&v.format).unwrap_or(crate::document::DocFormat::Json);
    crate::document::load::load(&v.content, format).map_err(Error::internal)
}

/// Parameter mistakes of a session document are StartSession's InvalidDocument, the one
/// document error its model lists.
fn as_invalid_document(e: Error) -> Error {
    match e {
        Error::Service { message, .. } => Error::service("InvalidDocument", message),
        e => e,
    }
}

pub fn kind_name(plan: &SessionPlan) -> &'static str {
    match plan.kind {
        SessionKind::Shell => "Shell",
        SessionKind::Interactive => "Interactive",
        SessionKind::NonInteractive => "NonInteractive",
        SessionKind::Port if plan.ssh => "SSH",
        SessionKind::Port => "Port",
    }
}

pub fn not_connected(target: &str) -> Error {
    Error::service("TargetNotConnected", format!("{target} is not connected: it is not in the inventory."))
}

fn does_not_exist(id: &str, why: &str) -> Error {
    Error::service("DoesNotExistException", format!("Session {id}: {why}."))
}

/// `<user>-<17 hex>`, as AWS's `John-07a16060613c408b5`.
fn new_id(owner: &str) -> String {
    let user: String =
        owner.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')).take(60).collect();
    let user = if user.is_empty() { "ssmctl".to_string() } else { user };
    format!("{user}-{}", &uuid::Uuid::new_v4().simple().to_string()[..17])
}

fn new_token() -> String {
    format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple())
}

/// Where the session streams: this controller, not an AWS endpoint.
fn stream_url(id: &str) -> String {
    format!("ssmctl://localhost/sessions/{id}")
}

fn shown(s: &SessionRow) -> Session {
    Session {
        session_id: s.session_id.clone(),
        target: s.target.clone(),
        status: s.status.clone(),
        start_date: Some(s.start_date),
        end_date: s.end_date,
        document_name: s.document_name.clone(),
        owner: s.owner.clone(),
        reason: s.reason.clone(),
        details: details(s),
        output_url: s
            .recording
            .as_ref()
            .map(|p| OutputUrl { s3_output_url: Some(format!("file://{p}")), cloud_watch_output_url: None }),
        max_session_duration: s.max_duration.map(|m| m.to_string()),
        access_type: "Standard".into(),
    }
}

/// One line of what the session did: how it ended, its exit status, bytes, the chain's end.
fn details(s: &SessionRow) -> Option<String> {
    let mut parts: Vec<String> = vec![];
    if let Some(d) = &s.details {
        parts.push(d.clone());
    }
    if let Some(c) = s.exit_code {
        parts.push(format!("exit status {c}"));
    }
    if s.bytes_in > 0 || s.bytes_out > 0 {
        parts.push(format!("{} bytes to the host, {} from it", s.bytes_in, s.bytes_out));
    }
    if let Some(h) = &s.final_hash {
        parts.push(format!("recording chain ends {h}"));
    }
    let mut line = parts.join("; ");
    if line.is_empty() {
        return None;
    }
    if line.len() > 1024 {
        let mut cut = 1021;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        line.truncate(cut);
        line.push_str("...");
    }
    Some(line)
}

/// describe-sessions filters: every key at most once, as AWS's (a key given twice keeps the
/// last value, which is what a list of key/value pairs means when read as a map).
struct Filters {
    after: Option<chrono::DateTime<chrono::Utc>>,
    before: Option<chrono::DateTime<chrono::Utc>>,
    target: Option<String>,
    owner: Option<String>,
    status: Option<String>,
    session_id: Option<String>,
    access_type: Option<String>,
}

impl Filters {
    fn parse(list: &[SessionFilter]) -> Result<Filters> {
        if list.len() > 6 {
            return Err(Error::service("ValidationException", "At most 6 filters can be given."));
        }
        let mut f = Filters {
            after: None,
            before: None,
            target: None,
            owner: None,
            status: None,
            session_id: None,
            access_type: None,
        };
        let when = |v: &str, key: &str| {
            time::parse_cli_str(v).ok_or_else(|| {
                Error::service(
                    "ValidationException",
                    format!("Filter {key}: {v} is not a time like 2026-12-01T00:00:00Z."),
                )
            })
        };
        for x in list {
            let v = x.value.clone();
            match x.key.as_str() {
                "InvokedAfter" => f.after = Some(when(&v, "InvokedAfter")?),
                "InvokedBefore" => f.before = Some(when(&v, "InvokedBefore")?),
                "Target" => f.target = Some(v),
                "Owner" => f.owner = Some(v),
                "Status" => {
                    const ALL: [&str; 6] =
                        ["Connected", "Connecting", "Disconnected", "Terminated", "Terminating", "Failed"];
                    if !ALL.contains(&v.as_str()) {
                        return Err(Error::service(
                            "ValidationException",
                            format!("Filter Status: {v} is not a session status ({}).", ALL.join(", ")),
                        ));
                    }
                    f.status = Some(v)
                }
                "SessionId" => f.session_id = Some(v),
                "AccessType" => f.access_type = Some(v),
                other => {
                    return Err(Error::service("InvalidFilterKey", format!("{other} is not a session filter key.")));
                }
            }
        }
        Ok(f)
    }

    fn matches(&self, s: &SessionRow) -> bool {
        self.after.is_none_or(|t| s.start_date >= t)
            && self.before.is_none_or(|t| s.start_date < t)
            && self.target.as_ref().is_none_or(|t| &s.target == t)
            && self.owner.as_ref().is_none_or(|o| &s.owner == o)
            && self.status.as_ref().is_none_or(|x| &s.status == x)
            && self.session_id.as_ref().is_none_or(|x| &s.session_id == x)
            && self.access_type.as_ref().is_none_or(|x| x == "Standard")
    }
}
