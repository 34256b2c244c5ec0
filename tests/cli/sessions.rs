//! Session Manager on a real sshd fleet: a shell driven through a real terminal (tmux),
//! a command in a pipe with its exact output and exit status, terminate-session from
//! another process, idle timeout (a shortened minute), a restricted InteractiveCommands
//! document, port forwarding with concurrent connections, and the tick closing a session
//! whose process was killed; shells kept in tmux that outlive their connection and are
//! resumed, ended by terminate-session or the tick; input recorded except hidden lines.

use crate::fleet;
use crate::support::Env;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn params(v: Value) -> String {
    v.to_string()
}

/// The one session of History with this id.
fn history(env: &Env, id: &str) -> Value {
    let filter = format!("key=SessionId,value={id}");
    let r = env.ok(&["describe-sessions", "--state", "History", "--filters", &filter]).json();
    let list = r["Sessions"].as_array().unwrap().clone();
    assert_eq!(list.len(), 1, "{r}");
    list[0].clone()
}

fn only_session(env: &Env, state: &str) -> Value {
    let r = env.ok(&["describe-sessions", "--state", state]).json();
    let list = r["Sessions"].as_array().unwrap().clone();
    assert_eq!(list.len(), 1, "{r}");
    list[0].clone()
}

fn wait_for(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < Duration::from_secs(secs), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The session id in the banner on stderr.
fn session_id(stderr: &str) -> String {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("Starting session with SessionId: "))
        .unwrap_or_else(|| panic!("no banner in: {stderr}"))
        .trim()
        .to_string()
}

fn recording_of(session: &Value) -> String {
    session["OutputUrl"]["S3OutputUrl"].as_str().unwrap().strip_prefix("file://").unwrap().to_string()
}

fn final_hash_of(session: &Value) -> String {
    let d = session["Details"].as_str().unwrap();
    d.split("recording chain ends ").nth(1).unwrap_or_else(|| panic!("no hash in {d}")).trim().to_string()
}

#[test]
fn a_command_in_a_pipe_gives_its_exact_stdout_and_exit_status() {
    let (env, _fleet) = fleet::with_env(2);
    let script = "printf 'one\\ntwo\\n'; echo to-stderr >&2; exit 7";
    let r = env.run(&[
        "start-session",
        "--target",
        "node-2",
        "--document-name",
        "AWS-StartNonInteractiveCommand",
        "--reason",
        "pipe test",
        "--parameters",
        &params(json!({"command": [script]})),
    ]);
    assert_eq!(r.code, 7, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stdout, "one\ntwo\n", "stdout holds only the session's bytes");
    assert!(r.stderr.contains("to-stderr"), "{}", r.stderr);
    let id = session_id(&r.stderr);
    let (user, hex) = id.rsplit_once('-').unwrap();
    assert!(!user.is_empty() && hex.len() == 17 && hex.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    let s = history(&env, &id);
    assert_eq!(s["Status"], "Terminated");
    assert_eq!(s["Target"], "node-2");
    assert_eq!(s["DocumentName"], "AWS-StartNonInteractiveCommand");
    assert_eq!(s["Reason"], "pipe test");
    assert!(s["StartDate"].is_string() && s["EndDate"].is_string(), "{s}");
    assert!(s["Details"].as_str().unwrap().contains("exit status 7"), "{s}");
    // The recording verifies against the hash the store keeps, and holds the output.
    let rec = recording_of(&s);
    let hash = final_hash_of(&s);
    env.ok(&["session-recording", "verify", &rec, "--final-hash", &hash]);
    let played = env.ok(&["session-recording", "play", &rec, "--instant"]).stdout;
    assert!(played.contains("one\ntwo\n"), "{played}");
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(Path::new(&rec)), 0o600, "only its owner reads a recording");
    assert_eq!(mode(Path::new(&rec).parent().unwrap()), 0o700);
    // Nothing is active once it ended.
    let active = env.ok(&["describe-sessions", "--state", "Active"]).json();
    assert_eq!(active["Sessions"].as_array().unwrap().len(), 0, "{active}");
}

#[test]
fn mistakes_are_one_line_errors_and_leave_no_session() {
    let (env, _fleet) = fleet::with_env(1);
    let line = env.fails(&["start-session", "--target", "nowhere"], 254);
    assert!(line.contains("(TargetNotConnected)"), "{line}");
    let line = env.fails(&["start-session", "--target", "node-1", "--document-name", "AWS-RunShellScript"], 254);
    assert!(line.contains("(InvalidDocument)"), "{line}");
    let line = env.fails(&["start-session", "--target", "node-1", "--document-name", "NoSuchDoc"], 254);
    assert!(line.contains("(InvalidDocument)"), "{line}");
    let bad = params(json!({"nope": ["x"]}));
    let line = env.fails(
        &[
            "start-session",
            "--target",
            "node-1",
            "--document-name",
            "AWS-StartNonInteractiveCommand",
            "--parameters",
            &bad,
        ],
        254,
    );
    assert!(line.contains("(InvalidDocument)"), "{line}");
    let line = env.fails(&["describe-sessions", "--state", "History", "--filters", "key=Status,value=Bogus"], 254);
    assert!(line.contains("Bogus"), "{line}");
    let line =
        env.fails(&["describe-sessions", "--state", "History", "--filters", "key=InvokedAfter,value=yesterday"], 254);
    assert!(line.contains("InvokedAfter"), "{line}");
    let line = env.fails(&["describe-sessions", "--state", "History", "--next-token", "garbage!"], 254);
    assert!(line.contains("(InvalidNextToken)"), "{line}");
    for state in ["Active", "History"] {
        let r = env.ok(&["describe-sessions", "--state", state]).json();
        assert_eq!(r["Sessions"].as_array().unwrap().len(), 0, "{r}");
    }
    // Session documents are checked when stored.
    let s3 = json!({"schemaVersion": "1.0", "sessionType": "Standard_Stream", "inputs": {"s3BucketName": "logs"}});
    let line = env.fails(
        &["create-document", "--name", "Prefs", "--document-type", "Session", "--content", &s3.to_string()],
        254,
    );
    assert!(line.contains("(InvalidDocumentContent)") && line.contains("s3BucketName"), "{line}");
    let wrong = json!({"schemaVersion": "1.0", "sessionType": "Port", "properties": {"portNumber": "80"}});
    let line = env.fails(
        &[
            "create-document",
            "--name",
            "SSM-SessionManagerRunShell",
            "--document-type",
            "Session",
            "--content",
            &wrong.to_string(),
        ],
        254,
    );
    assert!(line.contains("Standard_Stream"), "{line}");
    let v2 = json!({"schemaVersion": "2.2", "sessionType": "Standard_Stream"});
    let line = env.fails(
        &["create-document", "--name", "Prefs", "--document-type", "Session", "--content", &v2.to_string()],
        254,
    );
    assert!(line.contains("1.0"), "{line}");
    // terminate-session always succeeds, as AWS's.
    let r = env.ok(&["terminate-session", "--session-id", "someone-0123456789abcdef0"]).json();
    assert_eq!(r["SessionId"], "someone-0123456789abcdef0");
    let line = env.fails(&["resume-session", "--session-id", "someone-0123456789abcdef0"], 254);
    assert!(line.contains("(DoesNotExistException)"), "{line}");
}

fn spawn_session(env: &Env, args: &[&str]) -> Child {
    let mut full = vec!["start-session"];
    full.extend_from_slice(args);
    env.command(&full).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn ssmctl")
}

/// AWS-StartNonInteractiveCommand on node-1, in the background.
fn spawn_command(env: &Env, command: &str) -> Child {
    let p = params(json!({"command": [command]}));
    spawn_session(env, &["--target", "node-1", "--document-name", "AWS-StartNonInteractiveCommand", "--parameters", &p])
}

fn active_id(env: &Env) -> String {
    let mut id = String::new();
    wait_for("a Connected session", 20, || {
        let r = env.ok(&["describe-sessions", "--state", "Active", "--filters", "key=Status,value=Connected"]).json();
        match r["Sessions"].as_array().unwrap().first() {
            Some(s) => {
                id = s["SessionId"].as_str().unwrap().to_string();
                true
            }
            None => false,
        }
    });
    id
}

#[test]
fn terminate_session_from_another_process_ends_it_within_a_second_and_pagination_works() {
    let (env, _fleet) = fleet::with_env(1);
    // A sleep no other test runs, to look for on the host afterwards.
    let sleeper = format!("sleep 60.{}", std::process::id());
    let mut child = spawn_command(&env, &sleeper);
    let id = active_id(&env);
    let s = only_session(&env, "Active");
    assert_eq!(s["Status"], "Connected");
    let asked = Instant::now();
    env.ok(&["terminate-session", "--session-id", &id]);
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        assert!(asked.elapsed() < Duration::from_secs(5), "the session did not end");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(asked.elapsed() < Duration::from_millis(1500), "ended after {:?}", asked.elapsed());
    assert_eq!(status.code(), Some(0));
    // The command itself is gone from the host, not left running without its session.
    wait_for("the remote command to end", 5, || {
        !Command::new("pgrep").args(["-f", &sleeper]).stdout(Stdio::null()).status().unwrap().success()
    });
    let s = history(&env, &id);
    assert_eq!(s["Status"], "Terminated");
    assert!(s["Details"].as_str().unwrap().contains("terminated by terminate-session"), "{s}");
    // Terminating again is a success that changes nothing.
    env.ok(&["terminate-session", "--session-id", &id]);
    assert_eq!(history(&env, &id)["Details"], s["Details"]);

    // Two more, to page through History one at a time.
    for n in 0..2 {
        let cmd = params(json!({"command": [format!("echo {n}")]}));
        env.ok(&[
            "start-session",
            "--target",
            "node-1",
            "--document-name",
            "AWS-StartNonInteractiveCommand",
            "--parameters",
            &cmd,
        ]);
    }
    let page = env.ok(&["describe-sessions", "--state", "History", "--max-results", "1", "--no-paginate"]).json();
    assert_eq!(page["Sessions"].as_array().unwrap().len(), 1);
    assert!(page["NextToken"].is_string(), "{page}");
    let all = env.ok(&["describe-sessions", "--state", "History", "--page-size", "1"]).json();
    assert_eq!(all["Sessions"].as_array().unwrap().len(), 3, "{all}");
    let owner = s["Owner"].as_str().unwrap().to_string();
    let by_owner = env
        .ok(&[
            "describe-sessions",
            "--state",
            "History",
            "--filters",
            &format!("key=Owner,value={owner}"),
            "key=Target,value=node-1",
        ])
        .json();
    assert_eq!(by_owner["Sessions"].as_array().unwrap().len(), 3);
    let none = env.ok(&["describe-sessions", "--state", "History", "--filters", "key=Target,value=node-9"]).json();
    assert_eq!(none["Sessions"].as_array().unwrap().len(), 0);
    let later = (chrono::Utc::now() + chrono::Duration::hours(1)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let after = env
        .ok(&["describe-sessions", "--state", "History", "--filters", &format!("key=InvokedAfter,value={later}")])
        .json();
    assert_eq!(after["Sessions"].as_array().unwrap().len(), 0);
    let before = env
        .ok(&["describe-sessions", "--state", "History", "--filters", &format!("key=InvokedBefore,value={later}")])
        .json();
    assert_eq!(before["Sessions"].as_array().unwrap().len(), 3);
}

/// A preferences document of the user's own (it wins over the built-in one).
fn own_preferences(env: &Env, description: &str, inputs: Value) {
    let prefs = json!({
        "schemaVersion": "1.0",
        "description": description,
        "sessionType": "Standard_Stream",
        "inputs": inputs
    });
    env.ok(&[
        "create-document",
        "--name",
        "SSM-SessionManagerRunShell",
        "--document-type",
        "Session",
        "--content",
        &prefs.to_string(),
    ]);
}

/// A preferences document of the user's own: idle timeout 2 "minutes", each minute a second.
fn short_idle(env: &Env) {
    own_preferences(env, "short idle timeout for the test", json!({"idleSessionTimeout": "2"}));
    env.var("SSMCTL_SESSION_MINUTE", "1");
}

#[test]
fn idle_timeout_ends_a_silent_session_but_not_one_that_keeps_printing() {
    let (env, _fleet) = fleet::with_env(1);
    short_idle(&env);
    // The user's preferences stand in for the built-in: one row, theirs.
    let listed = env.ok(&["list-documents", "--filters", "Key=Name,Values=SSM-SessionManagerRunShell"]).json();
    let rows = listed["DocumentIdentifiers"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{listed}");
    assert_eq!(
        rows[0]["Owner"],
        env.ok(&["describe-document", "--name", "SSM-SessionManagerRunShell"]).json()["Document"]["Owner"]
    );
    assert_ne!(rows[0]["Owner"], "Amazon", "{listed}");
    let started = Instant::now();
    let silent = params(json!({"command": ["sleep 30"]}));
    let r = env.run(&[
        "start-session",
        "--target",
        "node-1",
        "--document-name",
        "AWS-StartNonInteractiveCommand",
        "--parameters",
        &silent,
    ]);
    assert_eq!(r.code, 254, "{}", r.stderr);
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
    assert!(r.stderr.contains("idle timeout"), "{}", r.stderr);
    let s = history(&env, &session_id(&r.stderr));
    assert!(s["Details"].as_str().unwrap().contains("idle timeout"), "{s}");

    let busy = params(json!({"command": ["for i in 1 2 3 4 5 6 7 8; do echo tick $i; sleep 0.5; done"]}));
    let r = env.run(&[
        "start-session",
        "--target",
        "node-1",
        "--document-name",
        "AWS-StartNonInteractiveCommand",
        "--parameters",
        &busy,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("tick 8"), "{}", r.stdout);
}

#[test]
fn an_interactive_commands_document_runs_only_its_command() {
    let (env, _fleet) = fleet::with_env(1);
    let doc = json!({
        "schemaVersion": "1.0",
        "description": "Show one log file",
        "sessionType": "InteractiveCommands",
        "parameters": {"logpath": {"type": "String", "allowedPattern": "^[A-Za-z0-9/._' ;$()#-]+$"}},
        "properties": {"linux": {"commands": "echo showing {{ logpath }}; cat {{ logpath }}", "runAsElevated": false}}
    });
    env.ok(&["create-document", "--name", "ShowLog", "--document-type", "Session", "--content", &doc.to_string()]);
    let file = env.path().join("app.log");
    std::fs::write(&file, "line 1\n").unwrap();
    let p = params(json!({"logpath": [file.to_str().unwrap()]}));
    let r = env.run(&["start-session", "--target", "node-1", "--document-name", "ShowLog", "--parameters", &p]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("line 1"), "{}", r.stdout);
    // A hostile value is one argument: the marker is never made.
    let marker = env.path().join("pwned");
    let hostile = format!("x; touch {} #", marker.display());
    let p = params(json!({"logpath": [hostile]}));
    let r = env.run(&["start-session", "--target", "node-1", "--document-name", "ShowLog", "--parameters", &p]);
    assert!(r.stdout.contains(&format!("showing {hostile}")), "{}", r.stdout);
    assert!(!marker.exists(), "a parameter value was run as a command");
    let hostile = format!("$(touch {})", marker.display());
    let p = params(json!({"logpath": [hostile]}));
    env.run(&["start-session", "--target", "node-1", "--document-name", "ShowLog", "--parameters", &p]);
    assert!(!marker.exists(), "a parameter value was expanded");
    // allowedPattern refuses before anything runs.
    let p = params(json!({"logpath": ["a|b"]}));
    let line =
        env.fails(&["start-session", "--target", "node-1", "--document-name", "ShowLog", "--parameters", &p], 254);
    assert!(line.contains("logpath"), "{line}");
    let r = env.ok(&["describe-sessions", "--state", "History"]).json();
    assert_eq!(r["Sessions"].as_array().unwrap().len(), 3, "the refused one never started: {r}");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A child killed when the test ends, passed or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A plain HTTP server on the host (the fleet's hosts are this machine's loopback).
fn http_server(dir: &Path, port: u16) -> Server {
    std::fs::write(dir.join("index.html"), "hello through the tunnel\n").unwrap();
    let c = Command::new("python3")
        .args(["-m", "http.server", &port.to_string(), "--bind", "127.0.0.1", "--directory", dir.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 -m http.server (scripts/test.sh installs python3)");
    let c = Server(c);
    wait_for("the HTTP server", 20, || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
    c
}

fn get(port: u16) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect to the forward");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(b"GET /index.html HTTP/1.0\r\nHost: x\r\n\r\n").unwrap();
    let mut body = String::new();
    s.read_to_string(&mut body).unwrap();
    body
}

#[test]
fn port_forwarding_serves_concurrent_connections_on_several_forwards() {
    let (env, _fleet) = fleet::with_env(1);
    let (web1, web2) = (env.path().join("w1"), env.path().join("w2"));
    std::fs::create_dir_all(&web1).unwrap();
    std::fs::create_dir_all(&web2).unwrap();
    let (p1, p2) = (free_port(), free_port());
    let _s1 = http_server(&web1, p1);
    let _s2 = http_server(&web2, p2);
    let (l1, l2) = (free_port(), free_port());
    let p = params(
        json!({"portNumber": [p1.to_string(), p2.to_string()], "localPortNumber": [l1.to_string(), l2.to_string()]}),
    );
    let mut child = spawn_session(
        &env,
        &["--target", "node-1", "--document-name", "AWS-StartPortForwardingSession", "--parameters", &p],
    );
    wait_for("the forward", 20, || std::net::TcpStream::connect(("127.0.0.1", l2)).is_ok());
    let threads: Vec<_> = (0..20).map(|_| std::thread::spawn(move || get(l1))).collect();
    for t in threads {
        let body = t.join().unwrap();
        assert!(body.starts_with("HTTP/1.0 200"), "{body}");
        assert!(body.contains("hello through the tunnel"), "{body}");
    }
    assert!(get(l2).contains("hello through the tunnel"));
    let id = active_id(&env);
    let asked = Instant::now();
    env.ok(&["terminate-session", "--session-id", &id]);
    wait_for("the session's end", 5, || child.try_wait().unwrap().is_some());
    assert!(asked.elapsed() < Duration::from_millis(1500), "{:?}", asked.elapsed());
    let s = history(&env, &id);
    let d = s["Details"].as_str().unwrap();
    assert!(d.contains("terminated by terminate-session") && d.contains("bytes to the host"), "{d}");
    let rec = recording_of(&s);
    env.ok(&["session-recording", "verify", &rec, "--final-hash", &final_hash_of(&s)]);
    let text = std::fs::read_to_string(&rec).unwrap();
    // 20 requests, one to the second forward, and the readiness probe's connection.
    assert_eq!(text.matches("closed:").count(), 22, "every connection is in the recording");
}

#[test]
fn the_tick_closes_a_session_whose_process_was_killed() {
    let (env, _fleet) = fleet::with_env(1);
    let mut child = spawn_command(&env, "echo started; sleep 60");
    let id = active_id(&env);
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(only_session(&env, "Active")["SessionId"], id.as_str());
    let dry = env.ok(&["apply-due", "--dry-run"]).json();
    assert_eq!(dry["Sessions"]["Ended"], json!([id]));
    assert_eq!(only_session(&env, "Active")["SessionId"], id.as_str(), "a dry run changes nothing");
    let r = env.ok(&["apply-due"]).json();
    assert_eq!(r["Sessions"]["Ended"], json!([id]));
    let s = history(&env, &id);
    assert!(s["Details"].as_str().unwrap().contains("process that streamed it is gone"), "{s}");
    // The recording the killed process left verifies as far as it goes.
    let rec = recording_of(&s);
    env.ok(&["session-recording", "verify", &rec, "--final-hash", &final_hash_of(&s)]);
}

/// A real terminal: a tmux pane of the test's own tmux server running `program` with the
/// test's environment (and nothing of the caller's).
struct Term {
    sock: std::path::PathBuf,
}

impl Term {
    fn new(env: &Env, name: &str, program: &str) -> Term {
        let mut line = String::from("env -i");
        for (k, v) in env.command(&[]).get_envs() {
            if let Some(v) = v {
                line.push_str(&format!(" {}='{}'", k.to_string_lossy(), v.to_string_lossy()));
            }
        }
        line.push_str(&format!(" TERM=xterm-256color {program}"));
        let t = Term { sock: env.path().join(format!("{name}.tmux")) };
        t.tmux(&["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", &line]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.sock)
            .args(args)
            .output()
            .expect("tmux (scripts/test.sh installs it)");
        assert!(out.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "t"])
    }

    /// Types a line and presses Enter (a carriage return, as a keyboard does).
    fn line(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "t", "-l", text]);
        self.tmux(&["send-keys", "-t", "t", "Enter"]);
    }

    fn wait(&self, what: &str, needle: &str) {
        let start = Instant::now();
        loop {
            let shown = self.screen();
            if shown.contains(needle) {
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {what}; the screen:\n{shown}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-S").arg(&self.sock).args(["kill-server"]).status();
    }
}

/// The number in a file a shell wrote with `echo $? > FILE`, once it is there.
fn wait_number(path: &Path) -> i32 {
    wait_for("an exit status in a file", 20, || std::fs::read_to_string(path).is_ok_and(|s| s.ends_with('\n')));
    let n = std::fs::read_to_string(path).unwrap().trim().parse().unwrap();
    std::fs::remove_file(path).unwrap();
    n
}

/// Whether the host's tmux (the one ssmctl keeps shells in) still has the session's shell.
fn kept_on_host(id: &str) -> bool {
    Command::new("tmux")
        .args(["-L", "ssmctl", "has-session", "-t", &format!("=ssmctl-{id}")])
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success()
}

/// The shell typed into through a real terminal.
#[test]
fn an_interactive_shell_in_a_real_terminal() {
    let (env, _fleet) = fleet::with_env(1);
    let rc = env.path().join("rc");
    let program = format!(
        "sh -c '{} start-session --target node-1; echo $? > {}; sleep 30'",
        crate::support::bin(),
        rc.display()
    );
    let term = Term::new(&env, "shell", &program);
    let id = active_id(&env);
    term.line("echo product-$((6*7))");
    term.wait("the command's output", "product-42");
    term.line("cd /tmp && pwd");
    wait_for("pwd", 20, || term.screen().lines().any(|l| l.trim() == "/tmp"));
    // The screen while the session is on (a shell kept in tmux on the host leaves the
    // alternate screen when it ends).
    let shown = term.screen();
    term.line("exit 3");
    assert_eq!(wait_number(&rc), 3);
    drop(term);
    let s = history(&env, &id);
    assert_eq!(s["Status"], "Terminated");
    assert!(s["StartDate"].is_string() && s["EndDate"].is_string());
    assert!(s["Details"].as_str().unwrap().contains("exit status 3"), "{s}");
    assert!(!kept_on_host(&id), "the shell's tmux session outlived it");
    // The recording plays back what the screen showed, and one edited byte breaks it.
    let rec = recording_of(&s);
    let hash = final_hash_of(&s);
    env.ok(&["session-recording", "verify", &rec, "--final-hash", &hash]);
    let played = env.ok(&["session-recording", "play", &rec, "--instant"]).stdout;
    assert!(played.contains("product-42") && shown.contains("product-42"), "{played:?}");
    assert!(played.contains("/tmp"));
    let mut bytes = std::fs::read(&rec).unwrap();
    let at = String::from_utf8_lossy(&bytes).find("product-42").unwrap();
    bytes[at] = b'P';
    std::fs::write(&rec, &bytes).unwrap();
    let r = env.run(&["session-recording", "verify", &rec, "--final-hash", &hash]);
    assert_ne!(r.code, 0, "an edited recording verified");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

/// Starts a shell session from the terminal's shell, its ssmctl's pid in `pid`, its exit
/// status in `rc`; waits until it is Connected and returns its id.
fn start_in(term: &Term, env: &Env, pid: &Path, rc: &Path) -> String {
    term.line(&format!(
        "sh -c 'echo $$ > {}; exec {} start-session --target node-1'; echo $? > {}",
        pid.display(),
        crate::support::bin(),
        rc.display()
    ));
    active_id(env)
}

/// Kills the ssmctl process whose pid is in the file, as a closed laptop or a crash would,
/// and puts the terminal it left raw back to normal.
fn kill_ssmctl(term: &Term, pid: &Path, rc: &Path) {
    let pid: i32 = std::fs::read_to_string(pid).unwrap().trim().parse().unwrap();
    unsafe { libc::kill(pid, libc::SIGKILL) };
    std::thread::sleep(Duration::from_millis(300));
    // Raw mode has no carriage-return translation: a line feed ends this line.
    term.tmux(&["send-keys", "-t", "t", "-l", "stty sane; printf '\\033[?1049l'; clear"]);
    term.tmux(&["send-keys", "-t", "t", "C-j"]);
    assert_eq!(wait_number(rc), 128 + libc::SIGKILL);
}

/// A shell kept in tmux on the host outlives its ssmctl process and its connection:
/// the tick marks it Disconnected, resume-session reattaches the same shell, and its exit
/// status is still ssmctl's at the end.
#[test]
fn a_shell_survives_a_dropped_connection_and_resume_session_reattaches_it() {
    let (env, _fleet) = fleet::with_env(1);
    let (pid, rc) = (env.path().join("pid"), env.path().join("rc"));
    let term = Term::new(&env, "resume", "sh");
    let id = start_in(&term, &env, &pid, &rc);
    term.line("KEPT=kept-$((6*7)); echo set-$KEPT");
    term.wait("the shell", "set-kept-42");
    assert!(kept_on_host(&id));

    // The ssmctl process dies: the tick finds the shell alive and the session Disconnected.
    kill_ssmctl(&term, &pid, &rc);
    let r = env.ok(&["apply-due"]).json();
    assert_eq!(r["Sessions"]["Disconnected"], json!([id]), "{r}");
    let s = only_session(&env, "Active");
    assert_eq!(s["Status"], "Disconnected");
    assert!(s["Details"].as_str().unwrap().contains("resume-session"), "{s}");
    assert!(kept_on_host(&id));

    // Reattached: the same shell, with what it had.
    let resume = format!("{} resume-session --session-id {id}; echo $? > {}", crate::support::bin(), rc.display());
    term.line(&resume);
    wait_for("Connected again", 20, || only_session(&env, "Active")["Status"] == "Connected");
    term.line("echo again-$KEPT");
    term.wait("the kept variable", "again-kept-42");

    // The connection drops under a live ssmctl: it says so and exits 255, the shell stays.
    for sock in std::fs::read_dir(env.control_dir()).unwrap() {
        let sock = sock.unwrap().path();
        let _ =
            Command::new("ssh").args(["-o", "ControlPath=none", "-S"]).arg(&sock).args(["-O", "exit", "x"]).output();
    }
    assert_eq!(wait_number(&rc), 255);
    let s = only_session(&env, "Active");
    assert_eq!(s["Status"], "Disconnected", "{s}");
    assert!(kept_on_host(&id));

    term.line(&resume);
    wait_for("Connected a third time", 20, || only_session(&env, "Active")["Status"] == "Connected");
    term.line("echo third-$KEPT");
    term.wait("the kept variable", "third-kept-42");
    // tmux's own detach leaves the shell on purpose: exit 0, Disconnected.
    term.tmux(&["send-keys", "-t", "t", "C-b", "d"]);
    assert_eq!(wait_number(&rc), 0);
    let s = only_session(&env, "Active");
    assert_eq!(s["Status"], "Disconnected", "{s}");
    assert!(s["Details"].as_str().unwrap().contains("detached"), "{s}");

    term.line(&resume);
    wait_for("Connected a fourth time", 20, || only_session(&env, "Active")["Status"] == "Connected");
    term.line("exit 4");
    assert_eq!(wait_number(&rc), 4);
    let s = history(&env, &id);
    assert_eq!(s["Status"], "Terminated");
    assert!(s["Details"].as_str().unwrap().contains("exit status 4"), "{s}");
    assert!(!kept_on_host(&id));

    // One recording across the three connections, one chain, the breaks marked.
    let rec = recording_of(&s);
    env.ok(&["session-recording", "verify", &rec, "--final-hash", &final_hash_of(&s)]);
    let text = std::fs::read_to_string(&rec).unwrap();
    assert!(text.contains("resumed by process"), "{text}");
    assert!(text.contains("disconnected: "), "{text}");
    let played = env.ok(&["session-recording", "play", &rec, "--instant"]).stdout;
    for seen in ["set-kept-42", "again-kept-42", "third-kept-42"] {
        assert!(played.contains(seen), "{seen} not in {played:?}");
    }
    // An ended session cannot be resumed.
    let line = env.fails(&["resume-session", "--session-id", &id], 254);
    assert!(line.contains("(DoesNotExistException)") && line.contains("Terminated"), "{line}");
}

/// A disconnected shell ends by terminate-session or by its idle timeout in the tick, and
/// either way its tmux session on the host goes with it; a command session cannot be resumed.
#[test]
fn disconnected_shells_end_by_terminate_session_or_the_tick() {
    let (env, _fleet) = fleet::with_env(1);
    let (pid, rc) = (env.path().join("pid"), env.path().join("rc"));
    let term = Term::new(&env, "ends", "sh");
    let first = start_in(&term, &env, &pid, &rc);
    term.line("echo first-$((1+1))");
    term.wait("the first shell", "first-2");
    kill_ssmctl(&term, &pid, &rc);
    assert_eq!(env.ok(&["apply-due"]).json()["Sessions"]["Disconnected"], json!([first]));
    env.ok(&["terminate-session", "--session-id", &first]);
    let s = history(&env, &first);
    assert_eq!(s["Status"], "Terminated", "{s}");
    assert!(!kept_on_host(&first), "terminate-session left the shell on the host");

    let second = start_in(&term, &env, &pid, &rc);
    term.line("echo second-$((2+2))");
    term.wait("the second shell", "second-4");
    kill_ssmctl(&term, &pid, &rc);
    // Within the default idle timeout (20 minutes) it stays; an hour on, the tick ends it.
    assert_eq!(env.ok(&["apply-due"]).json()["Sessions"]["Disconnected"], json!([second]));
    let later = (chrono::Utc::now() + chrono::Duration::hours(1)).format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let r = env.ok(&["apply-due", "--at", &later]).json();
    assert_eq!(r["Sessions"]["Ended"], json!([second]), "{r}");
    let s = history(&env, &second);
    assert!(s["Details"].as_str().unwrap().contains("idle"), "{s}");
    assert!(!kept_on_host(&second), "the idle timeout left the shell on the host");

    // A command session has no shell to go back to.
    let mut child = spawn_command(&env, "sleep 30");
    let cmd = active_id(&env);
    let line = env.fails(&["resume-session", "--session-id", &cmd], 254);
    assert!(line.contains("(DoesNotExistException)") && line.contains("cannot be resumed"), "{line}");
    env.ok(&["terminate-session", "--session-id", &cmd]);
    child.wait().unwrap();
}

/// With `resumable: false` a shell is plain SSH's: a killed ssmctl takes the shell and what
/// runs in it along, the tick ends the session, and resume-session says why it cannot.
#[test]
fn a_shell_that_is_not_resumable_ends_with_its_connection() {
    let (env, _fleet) = fleet::with_env(1);
    own_preferences(&env, "shells end with their connection", json!({"resumable": false}));
    let (pid, rc) = (env.path().join("pid"), env.path().join("rc"));
    let term = Term::new(&env, "plain", "sh");
    let id = start_in(&term, &env, &pid, &rc);
    assert!(!kept_on_host(&id));
    let sleeper = format!("sleep 300.{}", std::process::id());
    term.line(&format!("echo plain-$((3*3)); {sleeper}"));
    term.wait("the shell", "plain-9");
    wait_for("the sleep", 10, || Command::new("pgrep").args(["-f", &sleeper]).output().unwrap().status.success());
    kill_ssmctl(&term, &pid, &rc);
    wait_for("the shell's command to end with its connection", 5, || {
        !Command::new("pgrep").args(["-f", &sleeper]).stdout(Stdio::null()).status().unwrap().success()
    });
    let r = env.ok(&["apply-due"]).json();
    assert_eq!(r["Sessions"]["Ended"], json!([id]), "{r}");
    let line = env.fails(&["resume-session", "--session-id", &id], 254);
    assert!(line.contains("(DoesNotExistException)"), "{line}");
}

/// With recordInput the keys typed are in the recording, except while the terminal's echo
/// is off (a password prompt); the recording marks where input was left out.
#[test]
fn input_is_recorded_when_asked_but_never_while_echo_is_off() {
    let (env, _fleet) = fleet::with_env(1);
    own_preferences(&env, "record what is typed", json!({"recordInput": true}));
    let rc = env.path().join("rc");
    let program =
        format!("sh -c '{} start-session --target node-1; echo $? > {}'", crate::support::bin(), rc.display());
    let term = Term::new(&env, "input", &program);
    let id = active_id(&env);
    // Keys typed before the host's shell has its terminal are not recorded (not known hidden or not).
    term.line("echo ready-$((1+1))");
    term.wait("the shell", "ready-2");
    // A prompt that reads keys one at a time (readline) echoes them itself: recorded.
    term.line("echo visible-$((40+2))");
    term.wait("the echoed command", "visible-42");
    term.line("stty -echo; printf 'secret? '; read -r s; stty echo; echo; echo got-${#s}");
    term.wait("the prompt", "secret? ");
    term.line("hunter2-secret");
    term.wait("the length of what was read", "got-14");
    term.line("exit");
    assert_eq!(wait_number(&rc), 0);
    let s = history(&env, &id);
    let rec = recording_of(&s);
    env.ok(&["session-recording", "verify", &rec, "--final-hash", &final_hash_of(&s)]);
    let text = std::fs::read_to_string(&rec).unwrap();
    let mut typed = String::new();
    for line in text.lines().skip(1) {
        let ev: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        if ev[1] == "i" {
            typed.push_str(ev[2].as_str().unwrap());
        }
    }
    assert!(typed.contains("echo visible-$((40+2))"), "input events: {typed:?} in {text}");
    assert!(!text.contains("hunter2"), "a secret typed with echo off is in the recording");
    assert!(text.contains("input not recorded"), "{text}");
}

/// Plain `ssh` and `scp` reach an inventory host by id through `ssmctl ssh-proxy`, and the
/// tunnel is a session in History with its bytes.
#[test]
fn ssh_and_scp_reach_hosts_by_id_through_ssh_proxy() {
    let (env, fleet) = fleet::with_env(2);
    let proxy = format!("ProxyCommand={} ssh-proxy %h", crate::support::bin());
    let user_ssh = |program: &str| {
        let mut c = Command::new(program);
        for (k, v) in env.command(&[]).get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c.args(["-F", "/dev/null", "-i"]).arg(fleet.identity_file());
        c.args(["-o", "UserKnownHostsFile=/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "BatchMode=yes"]);
        c.args(["-o", "LogLevel=ERROR", "-o", &proxy]);
        c.stdin(Stdio::null());
        c
    };
    let out =
        user_ssh("ssh").args(["-l", fleet.user(), "node-2", "echo", "port", "${SSH_CONNECTION##* }"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("port {}", fleet.port("node-2")));
    let src = env.path().join("payload.bin");
    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&src, &data).unwrap();
    let dest = env.path().join("copied.bin");
    let out = user_ssh("scp").arg(&src).arg(format!("{}@node-1:{}", fleet.user(), dest.display())).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(&dest).unwrap(), data);
    // ssh does not wait for its ProxyCommand to finish writing the session's end.
    let mut r = Value::Null;
    wait_for("the tunnel's session in History", 10, || {
        r = env.ok(&["describe-sessions", "--state", "History", "--filters", "key=Target,value=node-1"]).json();
        r["Sessions"].as_array().is_some_and(|l| !l.is_empty())
    });
    let s = &r["Sessions"][0];
    assert_eq!(s["DocumentName"], "AWS-StartSSHSession");
    let d = s["Details"].as_str().unwrap();
    let to_host: u64 = d.split("tunnel closed: ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!(to_host > 200_000, "the copy's bytes are counted: {d}");
    env.ok(&["session-recording", "verify", &recording_of(s), "--final-hash", &final_hash_of(s)]);
}
