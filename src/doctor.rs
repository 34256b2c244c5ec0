//! `ssmctl doctor`: a self-check of what ssmctl depends on — SQLite, the state file and its
//! permissions and integrity, the inventory, the ssh client, the SecureString key, the
//! control directory — and, with `--hosts`, which hosts answer. A missing state file or
//! key is reported, not made (only the private control directory is created if absent).

use crate::error::Result;
use crate::inventory::{Connection, Inventory};
use serde::Serialize;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Check {
    pub check: String,
    /// OK, WARN or FAIL.
    pub status: String,
    pub detail: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    pub checks: Vec<Check>,
}

impl Report {
    fn push(&mut self, check: &str, status: &str, detail: impl Into<String>) {
        self.checks.push(Check { check: check.into(), status: status.into(), detail: detail.into() });
    }

    pub fn failed(&self) -> bool {
        self.checks.iter().any(|c| c.status == "FAIL")
    }
}

fn mode(path: &Path) -> Option<u32> {
    std::fs::metadata(path).ok().map(|m| m.permissions().mode() & 0o777)
}

pub fn run(db: &Path, inventory: Option<&Path>, hosts: bool) -> Result<Report> {
    let mut r = Report { checks: vec![] };
    r.push("sqlite", "OK", format!("SQLite {} (bundled)", rusqlite::version()));
    state(&mut r, db);
    let inv = match Inventory::load(inventory) {
        Ok(inv) => {
            let from =
                inv.path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "implicit (localhost)".into());
            r.push("inventory", "OK", format!("{from}: {} hosts", inv.hosts.len()));
            Some(inv)
        }
        Err(e) => {
            r.push("inventory", "FAIL", e.render(None));
            None
        }
    };
    let needs_ssh = inv.as_ref().is_some_and(|i| i.hosts.iter().any(|h| h.connection == Connection::Ssh));
    match std::process::Command::new("ssh").arg("-V").output() {
        Ok(o) => {
            let v = String::from_utf8_lossy(&o.stderr).trim().to_string();
            r.push("ssh", "OK", v);
        }
        Err(e) => r.push("ssh", if needs_ssh { "FAIL" } else { "WARN" }, format!("no ssh client: {e}")),
    }
    key(&mut r);
    match crate::exec::masters::control_dir() {
        Ok(d) => {
            let live = std::fs::read_dir(&d)
                .map(|rd| {
                    rd.filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "sock"))).count()
                })
                .unwrap_or(0);
            r.push("control-dir", "OK", format!("{} (0700), {live} master socket(s)", d.display()));
        }
        Err(e) => r.push("control-dir", if needs_ssh { "FAIL" } else { "WARN" }, e.render(None)),
    }
    if hosts && let Some(inv) = &inv {
        reachability(&mut r, inv)?;
    }
    Ok(r)
}

fn state(r: &mut Report, db: &Path) {
    if !db.exists() {
        r.push("state", "WARN", format!("{} does not exist yet (made on first use)", db.display()));
        return;
    }
    let (file, dir) = (mode(db), db.parent().and_then(mode));
    let loose = file.is_some_and(|m| m & 0o077 != 0) || dir.is_some_and(|m| m & 0o077 != 0);
    let perms = format!("file {:o}, directory {:o}", file.unwrap_or(0), dir.unwrap_or(0));
    if loose {
        r.push("state", "WARN", format!("{}: {perms}; others can read it (want 0600 in 0700)", db.display()));
    } else {
        r.push("state", "OK", format!("{}: {perms}", db.display()));
    }
    let opened = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY);
    let check = opened.and_then(|c| {
        let v: i64 = c.query_row("PRAGMA user_version", [], |x| x.get(0))?;
        let ok: String = c.query_row("PRAGMA integrity_check", [], |x| x.get(0))?;
        Ok((v, ok))
    });
    match check {
        Ok((v, ok)) if ok == "ok" && v <= crate::store::LATEST => {
            r.push("database", "OK", format!("integrity ok, schema {v} (this ssmctl: {})", crate::store::LATEST))
        }
        Ok((v, ok)) if ok == "ok" => r.push(
            "database",
            "FAIL",
            format!("schema {v} is newer than this ssmctl ({}); upgrade", crate::store::LATEST),
        ),
        Ok((_, ok)) => r.push("database", "FAIL", format!("integrity_check: {ok}")),
        Err(e) => r.push("database", "FAIL", format!("{e}")),
    }
}

fn key(r: &mut Report) {
    let var = crate::secrets::env_var(crate::secrets::DEFAULT_KEY);
    if std::env::var_os(&var).is_some_and(|v| !v.is_empty()) {
        r.push("key", "OK", format!("SecureString key from ${var}"));
        return;
    }
    match crate::secrets::key_file(crate::secrets::DEFAULT_KEY) {
        Ok(p) if p.exists() => match mode(&p) {
            Some(m) if m & 0o077 == 0 => r.push("key", "OK", format!("{} ({m:o})", p.display())),
            Some(m) => r.push("key", "FAIL", format!("{} is {m:o}: others can read it; chmod 600", p.display())),
            None => r.push("key", "FAIL", format!("{} cannot be read", p.display())),
        },
        Ok(p) => r.push("key", "OK", format!("{} not made yet (made on the first SecureString)", p.display())),
        Err(e) => r.push("key", "WARN", e.render(None)),
    }
}

/// Opens (or reuses) a master to every SSH host, as a run would, and says which answer.
fn reachability(r: &mut Report, inv: &Inventory) -> Result<()> {
    let dir = crate::exec::masters::control_dir()?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| crate::error::Error::internal(format!("async runtime: {e}")))?;
    let local = tokio::task::LocalSet::new();
    let results = local.block_on(&rt, async {
        let handles: Vec<_> = inv
            .hosts
            .iter()
            .cloned()
            .map(|h| {
                let dir = dir.clone();
                tokio::task::spawn_local(async move {
                    let res = match h.connection {
                        Connection::Local => Ok("local: runs here, without SSH"),
                        Connection::Ssh => crate::exec::masters::session(&dir, &h)
                            .await
                            .map(|(_, warm)| if warm { "answers (master already open)" } else { "answers" }),
                    };
                    (h.id, res)
                })
            })
            .collect();
        let mut out = Vec::new();
        for handle in handles {
            if let Ok(r) = handle.await {
                out.push(r);
            }
        }
        out
    });
    for (id, res) in results {
        match res {
            Ok(what) => r.push(&format!("host {id}"), "OK", what),
            Err(u) => r.push(&format!("host {id}"), "FAIL", format!("{}: {}", u.details, u.message)),
        }
    }
    if !crate::exec::masters::keep_after_run() {
        let hosts: Vec<_> = inv.hosts.iter().filter(|h| h.connection == Connection::Ssh).collect();
        rt.block_on(crate::exec::masters::close(&dir, Some(&hosts)));
    }
    Ok(())
}
