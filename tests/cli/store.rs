//! The state store: permissions, schema versions, concurrency and crash safety.

use crate::support::{Env, fixture};
use rusqlite::Connection;
use std::os::unix::fs::PermissionsExt;
use std::process::{Child, Stdio};
use std::time::Duration;

#[test]
fn state_file_is_0600_in_a_0700_directory_under_xdg_state_home() {
    let env = Env::new();
    let r = env
        .command(&["list-documents"])
        .env_remove("SSMCTL_DB")
        .env("XDG_STATE_HOME", env.path().join("xdg"))
        .output()
        .unwrap();
    assert!(r.status.success());
    let db = env.path().join("xdg/ssmctl/state.db");
    assert_eq!(std::fs::metadata(&db).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(db.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
    // --db wins over SSMCTL_DB.
    let other = env.path().join("other.db");
    env.ok(&["list-documents", "--db", other.to_str().unwrap()]);
    assert!(other.exists());
    let mode: String = Connection::open(&other).unwrap().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_newer_schema_or_a_foreign_file_is_refused_with_253_and_left_alone() {
    let env = Env::new();
    env.ok(&["list-documents"]);
    Connection::open(&env.db).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let before = std::fs::read(&env.db).unwrap();
    let line = env.fails(&["list-documents"], 253);
    assert!(line.contains("newer"), "{line}");
    assert_eq!(std::fs::read(&env.db).unwrap(), before);

    let junk = env.path().join("junk.db");
    std::fs::write(&junk, vec![b'j'; 8192]).unwrap();
    env.fails(&["list-documents", "--db", junk.to_str().unwrap()], 253);

    let ro = env.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o500)).unwrap();
    let target = ro.join("sub/state.db");
    // root ignores directory permissions; the check only means something for other users.
    if unsafe { libc::geteuid() } != 0 {
        env.fails(&["list-documents", "--db", target.to_str().unwrap()], 253);
    }
    let file_as_dir = env.path().join("plainfile");
    std::fs::write(&file_as_dir, "x").unwrap();
    let line = env.fails(&["list-documents", "--db", file_as_dir.join("state.db").to_str().unwrap()], 253);
    assert!(line.contains("plainfile"), "{line}");
}

fn spawn(env: &Env, args: &[&str]) -> Child {
    env.command(args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("spawn")
}

#[test]
fn many_processes_creating_one_new_state_file_together_all_succeed() {
    // The first open switches a new file to WAL; SQLite answers that race with an immediate
    // BUSY that no busy timeout covers, so it was once "database is locked" in CI.
    for round in 0..15 {
        let env = Env::new();
        let children: Vec<_> = (0..12).map(|_| spawn(&env, &["list-documents", "--max-items", "1"])).collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", String::from_utf8_lossy(&out.stderr));
        }
        let mode = rusqlite::Connection::open(&env.db)
            .unwrap()
            .query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }
}

#[test]
fn two_hundred_concurrent_processes_lose_nothing_and_never_see_locked() {
    let env = Env::new();
    let c = format!("file://{}", fixture("documents/hello.json"));
    for i in 0..10 {
        env.ok(&["create-document", "--name", &format!("Shared-{i}"), "--content", &c]);
    }
    let base = std::fs::read_to_string(fixture("documents/hello.json")).unwrap();
    let mut children = Vec::new();
    for i in 0..200 {
        let child = match i % 4 {
            0 | 1 => spawn(&env, &["create-document", "--name", &format!("New-{i}"), "--content", &c]),
            2 => {
                // Each update carries distinct content, onto one of ten documents.
                let mut v: serde_json::Value = serde_json::from_str(&base).unwrap();
                v["description"] = serde_json::json!(format!("update {i}"));
                let content = v.to_string();
                spawn(
                    &env,
                    &[
                        "update-document",
                        "--name",
                        &format!("Shared-{}", i % 10),
                        "--content",
                        &content,
                        "--document-version",
                        "$LATEST",
                    ],
                )
            }
            _ => spawn(&env, &["list-documents"]),
        };
        children.push((i, child));
    }
    for (i, child) in children {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.to_lowercase().contains("locked"), "process {i}: {err}");
        assert!(out.status.success(), "process {i} failed: {err}");
    }
    let names = env
        .ok(&["list-documents", "--filters", "Key=Owner,Values=Self", "--query", "DocumentIdentifiers[].Name"])
        .json();
    assert_eq!(names.as_array().unwrap().len(), 10 + 100);
    let conn = Connection::open(&env.db).unwrap();
    let versions: i64 =
        conn.query_row("SELECT count(*) FROM document_versions WHERE name LIKE 'Shared-%'", [], |r| r.get(0)).unwrap();
    assert_eq!(versions, 10 + 50, "every update made exactly one version");
}

#[test]
fn kill_9_in_the_middle_of_writes_leaves_whole_documents_and_a_sound_file() {
    let env = Env::new();
    let c = format!("file://{}", fixture("documents/hello.json"));
    env.ok(&["create-document", "--name", "Seed", "--content", &c]);
    let base = std::fs::read_to_string(fixture("documents/hello.json")).unwrap();
    let mut rng = 0x2545_f491_u64;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for round in 0..60 {
        let mut kids = Vec::new();
        for k in 0..4 {
            let mut v: serde_json::Value = serde_json::from_str(&base).unwrap();
            v["description"] = serde_json::json!(format!("round {round} kid {k}"));
            let content = v.to_string();
            let child = if k % 2 == 0 {
                spawn(
                    &env,
                    &[
                        "create-document",
                        "--name",
                        &format!("K-{round}-{k}"),
                        "--content",
                        &c,
                        "--tags",
                        "Key=Round,Value=x",
                    ],
                )
            } else {
                spawn(&env, &["update-document", "--name", "Seed", "--content", &content])
            };
            kids.push(child);
        }
        std::thread::sleep(Duration::from_micros(next() % 12_000));
        for kid in &mut kids {
            let _ = kid.kill();
        }
        for mut kid in kids {
            let _ = kid.wait();
        }
    }
    let conn = Connection::open(&env.db).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    // Whole documents only: every document has its default and latest version, and every
    // version up to latest; a created document has its tag.
    let broken: i64 = conn
        .query_row(
            "SELECT count(*) FROM documents d WHERE \
             NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.name = d.name AND v.version = d.latest_version) OR \
             NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.name = d.name AND v.version = d.default_version) OR \
             (SELECT count(*) FROM document_versions v WHERE v.name = d.name) != d.latest_version OR \
             (d.name LIKE 'K-%' AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.resource_id = d.name))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(broken, 0);
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM document_versions v WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.name = v.name)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0);
    // And the store still works.
    env.ok(&["create-document", "--name", "After", "--content", &c]);
}

/// A small tmpfs for the state, unmounted when dropped. Tests run as root (scripts/test.sh).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(dir: std::path::PathBuf, size: &str) -> Tmpfs {
        std::fs::create_dir_all(&dir).unwrap();
        let st = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .status();
        assert!(st.is_ok_and(|s| s.success()), "cannot mount a tmpfs at {} (the tests run as root)", dir.display());
        Tmpfs(dir)
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_or_read_only_disk_is_a_clear_error_that_loses_nothing() {
    let env = Env::new();
    let fs = Tmpfs::mount(env.path().join("small"), "2m");
    let db = fs.0.join("state").join("state.db");
    let db_arg = db.to_str().unwrap();
    let c = format!("file://{}", fixture("documents/hello.json"));
    env.ok(&["create-document", "--name", "Before", "--content", &c, "--db", db_arg]);
    // Fill the disk, then write.
    let fill = fs.0.join("fill");
    let _ = std::process::Command::new("dd")
        .args(["if=/dev/zero", &format!("of={}", fill.display()), "bs=64k"])
        .stderr(Stdio::null())
        .status();
    let line = env.fails(&["create-document", "--name", "During", "--content", &c, "--db", db_arg], 253);
    assert!(line.contains("disk") && line.contains("nothing was written"), "{line}");
    std::fs::remove_file(&fill).unwrap();
    // Space is back: the next run works, and the failed write left nothing.
    env.ok(&["create-document", "--name", "After", "--content", &c, "--db", db_arg]);
    let names = env
        .ok(&[
            "list-documents",
            "--filters",
            "Key=Owner,Values=Self",
            "--query",
            "DocumentIdentifiers[].Name",
            "--db",
            db_arg,
        ])
        .json();
    assert_eq!(names, serde_json::json!(["After", "Before"]));
    let ok: String = Connection::open(&db).unwrap().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    // A read-only state directory.
    let st = std::process::Command::new("mount").args(["-o", "remount,ro"]).arg(&fs.0).status().unwrap();
    assert!(st.success());
    let line = env.fails(&["create-document", "--name", "ReadOnly", "--content", &c, "--db", db_arg], 253);
    assert!(line.contains("read-only") || line.contains("I/O"), "{line}");
}
