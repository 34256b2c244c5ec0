//! The runner of the Automation action `aws:executeScript`.
//!
//! AWS runs these scripts in a managed, Lambda-like sandbox; ssmctl runs them on the controller
//! (never on a host): Python runtimes with the local `python3`, PowerShell runtimes with `pwsh`.
//! Each run gets a fresh temporary working directory and its own process group, so a timeout or
//! a cancel kills the script and everything it started, and nothing is left behind.
//!
//! Python: a small shim (given on `-c`) reads `{script, handler, module, events, context}` as
//! JSON from stdin, runs the script in a fresh module namespace, calls `handler(events,
//! context)` and writes the outcome to a result file in the temporary directory, so that
//! whatever the script prints stays in the logs and never mixes with the payload.
//!
//! PowerShell: AWS gives the script no handler; it reads its input from `$env:InputPayload`.
//! ssmctl takes the script's *last* output object, converted with `ConvertTo-Json`, as the
//! payload (AWS documents no rule for this; the last object is what a PowerShell function's
//! `return` yields, and earlier objects are kept in the logs).

use std::io::{Read, Write};
use std::os::unix::fs::DirBuilderExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// The largest payload AWS returns from one `aws:executeScript` step.
pub const MAX_PAYLOAD_BYTES: usize = 100 * 1024;
/// The longest an `aws:executeScript` step may run.
pub const MAX_SECONDS: u64 = 600;
/// How much of the script's own output (stdout and stderr together) is kept.
const MAX_LOG_BYTES: usize = 100 * 1024;
/// How often the runner looks at the child, the deadline and the cancel flag.
const POLL: Duration = Duration::from_millis(50);

/// One `aws:executeScript` step, resolved by the engine.
pub struct ScriptRun<'a> {
    /// `python3.N` runs the local `python3`; `PowerShell …` runs `pwsh`.
    pub runtime: &'a str,
    /// The Python function to call; in the `module.func` form the part after the last dot.
    pub handler: &'a str,
    pub script: &'a str,
    /// InputPayload, already resolved.
    pub events: &'a serde_json::Value,
    pub context: &'a serde_json::Value,
    /// Capped at [`MAX_SECONDS`].
    pub timeout: Duration,
    /// Set by Ctrl-C or stop-automation-execution: the script is killed at once.
    pub cancel: &'a AtomicBool,
}

#[derive(Debug)]
pub enum ScriptOutcome {
    /// `payload` is the handler's return value (`None` becomes `null`).
    Success {
        payload: serde_json::Value,
        logs: String,
    },
    Failed {
        message: String,
        logs: String,
    },
    TimedOut {
        logs: String,
    },
    Cancelled {
        logs: String,
    },
}

/// Runs the script to its end, its timeout or its cancel, whichever comes first.
pub fn run(r: &ScriptRun) -> ScriptOutcome {
    let failed = |message: String| ScriptOutcome::Failed { message, logs: String::new() };
    let runtime = match Runtime::of(r.runtime) {
        Some(rt) => rt,
        None => {
            return failed(format!(
                "unsupported runtime {:?}: aws:executeScript takes python3.x or PowerShell",
                r.runtime
            ));
        }
    };
    let dir = match TempDir::new() {
        Ok(d) => d,
        Err(e) => return failed(format!("cannot create a working directory for the script: {e}")),
    };
    let result_path = dir.path.join("result");
    let prepared = match runtime {
        Runtime::Python => prepare_python(r, &result_path),
        Runtime::PowerShell => prepare_pwsh(r, &dir.path, &result_path),
    };
    let (mut cmd, input) = match prepared {
        Ok(p) => p,
        Err(message) => return failed(message),
    };
    cmd.current_dir(&dir.path);
    let timeout = r.timeout.min(Duration::from_secs(MAX_SECONDS));
    let ended = match supervise(cmd, input, timeout, r.cancel) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return failed(format!(
                "runtime {} needs {} on the controller; it is not installed",
                r.runtime,
                runtime.program()
            ));
        }
        Err(e) => return failed(format!("cannot start {}: {e}", runtime.program())),
    };
    let logs = ended.logs;
    match ended.how {
        End::TimedOut => ScriptOutcome::TimedOut { logs },
        End::Cancelled => ScriptOutcome::Cancelled { logs },
        End::Exited(status) => match read_result(&result_path) {
            Ok(Some(payload)) => ScriptOutcome::Success { payload, logs },
            Ok(None) => ScriptOutcome::Failed {
                message: format!("{} ended ({status}) before the script returned", runtime.program()),
                logs,
            },
            Err(message) => ScriptOutcome::Failed { message, logs },
        },
    }
}

#[derive(Clone, Copy)]
enum Runtime {
    Python,
    PowerShell,
}

impl Runtime {
    /// Any `python3.N` (AWS has offered 3.6 to 3.12) runs on the local python3; the version
    /// is not checked, as a controller has one python3.
    fn of(name: &str) -> Option<Runtime> {
        let minor = name.strip_prefix("python3.");
        if minor.is_some_and(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit())) {
            Some(Runtime::Python)
        } else if name.starts_with("PowerShell ") {
            Some(Runtime::PowerShell)
        } else {
            None
        }
    }

    fn program(self) -> &'static str {
        match self {
            Runtime::Python => "python3",
            Runtime::PowerShell => "pwsh",
        }
    }
}

/// Reads the shim's result file: `ok` + the payload's JSON, or `error` + a message.
/// `Ok(None)` when the runtime ended without writing one.
fn read_result(path: &Path) -> Result<Option<serde_json::Value>, String> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read the script's result: {e}")),
    };
    // The head line is short; reading one byte past the cap is enough to know the payload
    // is too large without loading all of it.
    let mut text = Vec::new();
    let cap = (MAX_PAYLOAD_BYTES + 64) as u64;
    if let Err(e) = (&mut file).take(cap).read_to_end(&mut text) {
        return Err(format!("cannot read the script's result: {e}"));
    }
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    let split = text.iter().position(|&b| b == b'\n').unwrap_or(text.len());
    let (head, body) = (&text[..split], text.get(split + 1..).unwrap_or(&[]));
    match head {
        b"ok" => {
            let size = total.saturating_sub(split as u64 + 1);
            if size > MAX_PAYLOAD_BYTES as u64 {
                return Err(format!(
                    "the script's return value is {size} bytes of JSON; aws:executeScript \
                     returns at most {MAX_PAYLOAD_BYTES} bytes (100 KB)"
                ));
            }
            let body = std::str::from_utf8(body).unwrap_or("").trim();
            if body.is_empty() {
                return Ok(Some(serde_json::Value::Null));
            }
            serde_json::from_str(body)
                .map(Some)
                .map_err(|e| format!("the script's return value is not valid JSON: {e}"))
        }
        b"error" => Err(String::from_utf8_lossy(body).trim().to_string()),
        _ => Err("the script's result file is damaged (did the script write to it?)".into()),
    }
}

/// Runs the script with a shim that keeps the payload out of stdout; see the module doc.
const PYTHON_SHIM: &str = r#"
import json, sys, traceback, types

def _ssmctl_main(result_path):
    def finish(head, text):
        with open(result_path, "w", encoding="utf-8") as f:
            f.write(head + "\n" + text)

    def report(e):
        # The full traceback goes to the logs; the message names the exception and where the
        # script raised it (the script's last frame, as the last traceback line shows it).
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != "<script>":
            tb = tb.tb_next  # the shim's own frames mean nothing to the script's author
        traceback.print_exception(type(e), e, tb)
        message = type(e).__name__ + (": " + str(e) if str(e) else "")
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == "<script>"]
        if frames:
            message += " (script line %d, in %s)" % (frames[-1].lineno, frames[-1].name)
        finish("error", message)

    req = json.loads(sys.stdin.buffer.read())
    name = req["handler"]
    module = types.ModuleType(req["module"])
    module.__file__ = "<script>"
    sys.modules[req["module"]] = module
    try:
        exec(compile(req["script"], "<script>", "exec"), module.__dict__)
    except BaseException as e:
        report(e)
        return
    handler = module.__dict__.get(name)
    if handler is None:
        finish("error", "handler %r is not defined in the script" % name)
        return
    if not callable(handler):
        finish("error", "handler %r is a %s, not a function" % (name, type(handler).__name__))
        return
    try:
        result = handler(req["events"], req["context"])
    except BaseException as e:
        report(e)
        return
    try:
        text = json.dumps(result, separators=(",", ":"), allow_nan=False, ensure_ascii=False)
        text.encode("utf-8")
    except (TypeError, ValueError) as e:
        finish("error", "the handler's return value (a %s) is not JSON: %s" % (type(result).__name__, e))
        return
    sys.stdout.flush()
    sys.stderr.flush()
    finish("ok", text)

_ssmctl_main(sys.argv[1])
"#;

type Prepared = (Command, Vec<u8>);

fn prepare_python(r: &ScriptRun, result_path: &Path) -> Result<Prepared, String> {
    let handler = r.handler.rsplit('.').next().unwrap_or("").trim();
    if handler.is_empty() {
        return Err(format!("runtime {} needs a Handler (the function to call)", r.runtime));
    }
    // In the `module.func` form the module part names the script's module, as AWS's
    // attachment form does; else "script".
    let module = match r.handler.rsplit_once('.') {
        Some((m, _)) if !m.is_empty() => m,
        _ => "script",
    };
    let input = serde_json::json!({
        "script": r.script,
        "handler": handler,
        "module": module,
        "events": r.events,
        "context": r.context,
    });
    let mut cmd = Command::new("python3");
    cmd.arg("-u")
        .arg("-c")
        .arg(PYTHON_SHIM)
        .arg(result_path)
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    Ok((cmd, input.to_string().into_bytes()))
}

/// Runs the script file and writes the last output object as JSON (see the module doc).
const PWSH_WRAPPER: &str = r#"
param([string]$ScriptPath, [string]$ResultPath)
# The script keeps PowerShell's default error preference: a terminating error fails the
# step, a non-terminating one is only logged.
try {
    $out = @(& $ScriptPath)
    if ($out.Count -gt 1) { $out[0..($out.Count - 2)] | Out-String | Write-Host }
    $last = if ($out.Count -gt 0) { $out[-1] } else { $null }
    $json = ConvertTo-Json -InputObject $last -Depth 100 -Compress
    [System.IO.File]::WriteAllText($ResultPath, "ok`n" + $json)
} catch {
    $_ | Out-String | Write-Host
    $e = $_.Exception
    [System.IO.File]::WriteAllText($ResultPath, "error`n" + $e.GetType().Name + ": " + $e.Message)
}
"#;

fn prepare_pwsh(r: &ScriptRun, dir: &Path, result_path: &Path) -> Result<Prepared, String> {
    let script_path = dir.join("script.ps1");
    let wrapper_path = dir.join("ssmctl-wrapper.ps1");
    let write = |p: &Path, text: &str| std::fs::write(p, text).map_err(|e| format!("cannot write the script: {e}"));
    write(&script_path, r.script)?;
    write(&wrapper_path, PWSH_WRAPPER)?;
    let mut cmd = Command::new("pwsh");
    cmd.args(["-NoLogo", "-NoProfile", "-NonInteractive", "-File"])
        .arg(&wrapper_path)
        .arg(&script_path)
        .arg(result_path)
        .env("InputPayload", r.events.to_string());
    Ok((cmd, Vec::new()))
}

enum End {
    Exited(std::process::ExitStatus),
    TimedOut,
    Cancelled,
}

struct Ended {
    how: End,
    logs: String,
}

/// Starts `cmd` in a process group of its own with stdout and stderr on one pipe, feeds it
/// `input`, and waits for its end, the deadline or the cancel flag. The whole group is
/// killed before the child is reaped, so no stray process and no zombie remain.
fn supervise(mut cmd: Command, input: Vec<u8>, timeout: Duration, cancel: &AtomicBool) -> std::io::Result<Ended> {
    let (reader, writer) = std::io::pipe()?;
    cmd.process_group(0).stdin(Stdio::piped()).stdout(writer.try_clone()?).stderr(writer);
    let started = Instant::now();
    let mut child = cmd.spawn()?;
    // The parent's copies of the write end went with `cmd`, so EOF comes when the group ends.
    drop(cmd);
    if let Some(mut stdin) = child.stdin.take() {
        // A thread, so a script that never reads stdin cannot block the runner; an early exit
        // of the child only makes this write fail.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    let (logs, logs_done) = collect_logs(reader);
    let how = loop {
        if has_exited(&child) {
            break None;
        }
        if cancel.load(Ordering::SeqCst) {
            break Some(End::Cancelled);
        }
        if started.elapsed() >= timeout {
            break Some(End::TimedOut);
        }
        std::thread::sleep(POLL);
    };
    kill_group(&child);
    let status = child.wait()?;
    // A process that left the group could hold the pipe open: wait briefly, then take what
    // was read.
    let _ = logs_done.recv_timeout(Duration::from_millis(500));
    let logs = logs.lock().map(|l| l.text()).unwrap_or_default();
    Ok(Ended { how: how.unwrap_or(End::Exited(status)), logs })
}

/// True once the child has ended, without reaping it (its pid, and so its process group id,
/// stays reserved until `wait`).
fn has_exited(child: &Child) -> bool {
    let pid: libc::id_t = child.id();
    // SAFETY: waitid only writes into `info`, which is a valid, zeroed siginfo_t.
    unsafe {
        let mut info: libc::siginfo_t = std::mem::zeroed();
        let rc = libc::waitid(libc::P_PID, pid, &mut info, libc::WEXITED | libc::WNOHANG | libc::WNOWAIT);
        rc != 0 || info.si_pid() != 0
    }
}

fn kill_group(child: &Child) {
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: plain syscall; the group is the child's own (process_group(0)), and the
        // unreaped child keeps its id from being reused.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
}

/// The script's output, capped: the first [`MAX_LOG_BYTES`] and a count of what was dropped.
#[derive(Default)]
struct Logs {
    kept: Vec<u8>,
    dropped: usize,
}

impl Logs {
    fn text(&self) -> String {
        let mut s = String::from_utf8_lossy(&self.kept).into_owned();
        if self.dropped > 0 {
            if !s.ends_with('\n') {
                s.push('\n');
            }
            s.push_str(&format!(
                "[ssmctl: {} more bytes of output dropped; logs keep the first 100 KB]\n",
                self.dropped
            ));
        }
        s
    }
}

fn collect_logs(mut reader: std::io::PipeReader) -> (Arc<Mutex<Logs>>, mpsc::Receiver<()>) {
    let logs = Arc::new(Mutex::new(Logs::default()));
    let (done, done_rx) = mpsc::channel();
    let shared = Arc::clone(&logs);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            let n = match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let Ok(mut l) = shared.lock() else { break };
            let room = MAX_LOG_BYTES.saturating_sub(l.kept.len()).min(n);
            l.kept.extend_from_slice(&buf[..room]);
            l.dropped += n - room;
        }
        let _ = done.send(());
    });
    (logs, done_rx)
}

/// A private (0700) working directory, removed with everything in it when dropped.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        let name = format!("ssmctl-script-{}", uuid::Uuid::new_v4().simple());
        let path = std::env::temp_dir().join(name);
        std::fs::DirBuilder::new().mode(0o700).create(&path)?;
        Ok(TempDir { path })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn python(script: &str, events: Value, timeout: Duration, cancel: &AtomicBool) -> ScriptOutcome {
        let context = json!({"automation:EXECUTION_ID": "exec-1", "automation:STEP_NAME": "s1"});
        run(&ScriptRun {
            runtime: "python3.11",
            handler: "script_handler",
            script,
            events: &events,
            context: &context,
            timeout,
            cancel,
        })
    }

    fn quick(script: &str) -> ScriptOutcome {
        python(script, json!({}), Duration::from_secs(30), &AtomicBool::new(false))
    }

    fn payload(o: ScriptOutcome) -> (Value, String) {
        match o {
            ScriptOutcome::Success { payload, logs } => (payload, logs),
            other => panic!("expected Success, got {other:?}"),
        }
    }

    fn failure(o: ScriptOutcome) -> (String, String) {
        match o {
            ScriptOutcome::Failed { message, logs } => (message, logs),
            other => panic!("expected Failed, got {other:?}"),
        }
    }

    #[test]
    fn returned_dict_is_the_payload() {
        let (p, _) =
            payload(quick("def script_handler(events, context):\n    return {'a': 1, 'b': [True, None, 'x']}\n"));
        assert_eq!(p, json!({"a": 1, "b": [true, null, "x"]}));
    }

    #[test]
    fn none_return_is_null() {
        let (p, _) = payload(quick("def script_handler(events, context):\n    pass\n"));
        assert_eq!(p, Value::Null);
    }

    #[test]
    fn events_reach_the_handler() {
        let events = json!({"InstanceId": "mi-0123", "Count": 3, "Name": "café"});
        let out = python(
            "def script_handler(events, context):\n    \
             return {'id': events['InstanceId'], 'twice': events['Count'] * 2, 'n': events['Name']}\n",
            events,
            Duration::from_secs(30),
            &AtomicBool::new(false),
        );
        assert_eq!(payload(out).0, json!({"id": "mi-0123", "twice": 6, "n": "café"}));
    }

    #[test]
    fn context_reaches_the_handler() {
        let (p, _) =
            payload(quick("def script_handler(events, context):\n    return context['automation:EXECUTION_ID']\n"));
        assert_eq!(p, json!("exec-1"));
    }

    #[test]
    fn module_dot_function_handler_calls_the_function() {
        let events = json!({});
        let context = json!({});
        let out = run(&ScriptRun {
            runtime: "python3.8",
            handler: "tools.main",
            script: "def main(events, context):\n    return __name__\n",
            events: &events,
            context: &context,
            timeout: Duration::from_secs(30),
            cancel: &AtomicBool::new(false),
        });
        assert_eq!(payload(out).0, json!("tools"));
    }

    #[test]
    fn print_goes_to_logs_not_the_payload() {
        let (p, logs) = payload(quick(
            "import sys\nprint('top level')\n\
             def script_handler(events, context):\n    \
             print('hello from the script')\n    \
             print('to stderr', file=sys.stderr)\n    \
             return 7\n",
        ));
        assert_eq!(p, json!(7));
        assert!(logs.contains("top level\n"), "{logs}");
        assert!(logs.contains("hello from the script\n"), "{logs}");
        assert!(logs.contains("to stderr\n"), "{logs}");
    }

    #[test]
    fn exception_fails_with_type_text_and_line() {
        let (message, logs) = failure(quick(
            "def script_handler(events, context):\n    print('before')\n    raise ValueError('bad input')\n",
        ));
        assert!(message.starts_with("ValueError: bad input"), "{message}");
        assert!(message.contains("line 3, in script_handler"), "{message}");
        assert!(logs.contains("before\n"), "{logs}");
        assert!(logs.contains("Traceback"), "{logs}");
    }

    #[test]
    fn syntax_error_fails() {
        let (message, _) = failure(quick("def script_handler(events, context)\n    return 1\n"));
        assert!(message.starts_with("SyntaxError"), "{message}");
    }

    #[test]
    fn missing_handler_fails_naming_it() {
        let (message, _) = failure(quick("def other(events, context):\n    return 1\n"));
        assert!(message.contains("'script_handler'"), "{message}");
        assert!(message.contains("not defined"), "{message}");
    }

    #[test]
    fn non_json_return_fails_naming_the_type() {
        let (message, _) = failure(quick("def script_handler(events, context):\n    return {1, 2}\n"));
        assert!(message.contains("a set"), "{message}");
        assert!(message.contains("not JSON"), "{message}");
    }

    #[test]
    fn payload_over_100_kb_fails() {
        let (message, _) = failure(quick("def script_handler(events, context):\n    return 'x' * (100 * 1024)\n"));
        assert!(message.contains("at most 102400 bytes"), "{message}");
        // Just under the cap is fine: the quotes count.
        let (p, _) = payload(quick("def script_handler(events, context):\n    return 'x' * (100 * 1024 - 2)\n"));
        assert_eq!(p.as_str().map(str::len), Some(100 * 1024 - 2));
    }

    #[test]
    fn timeout_kills_the_script() {
        let started = Instant::now();
        let out = python(
            "import time\ndef script_handler(events, context):\n    \
             print('sleeping', flush=True)\n    time.sleep(10)\n",
            json!({}),
            Duration::from_secs(1),
            &AtomicBool::new(false),
        );
        let took = started.elapsed();
        match out {
            ScriptOutcome::TimedOut { logs } => assert!(logs.contains("sleeping"), "{logs}"),
            other => panic!("expected TimedOut, got {other:?}"),
        }
        assert!(took < Duration::from_millis(2500), "{took:?}");
    }

    #[test]
    fn timeout_kills_the_whole_process_group() {
        let marker = std::env::temp_dir().join(format!("ssmctl-orphan-{}", uuid::Uuid::new_v4()));
        let script = format!(
            "import subprocess, time\ndef script_handler(events, context):\n    \
             subprocess.Popen(['sh', '-c', 'sleep 2; touch {}'])\n    time.sleep(10)\n",
            marker.display()
        );
        let out = python(&script, json!({}), Duration::from_millis(500), &AtomicBool::new(false));
        assert!(matches!(out, ScriptOutcome::TimedOut { .. }), "{out:?}");
        std::thread::sleep(Duration::from_millis(2500));
        assert!(!marker.exists(), "a process of the script outlived the timeout");
    }

    #[test]
    fn cancel_flag_stops_the_script_promptly() {
        let cancel = Arc::new(AtomicBool::new(false));
        let setter = Arc::clone(&cancel);
        let events = json!({});
        let context = json!({});
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            setter.store(true, Ordering::SeqCst);
        });
        let started = Instant::now();
        let out = run(&ScriptRun {
            runtime: "python3.12",
            handler: "script_handler",
            script: "import time\ndef script_handler(events, context):\n    time.sleep(30)\n",
            events: &events,
            context: &context,
            timeout: Duration::from_secs(60),
            cancel: &cancel,
        });
        assert!(matches!(out, ScriptOutcome::Cancelled { .. }), "{out:?}");
        assert!(started.elapsed() < Duration::from_millis(1500), "{:?}", started.elapsed());
    }

    #[test]
    fn logs_are_capped() {
        let (p, logs) =
            payload(quick("def script_handler(events, context):\n    print('y' * (300 * 1024))\n    return 1\n"));
        assert_eq!(p, json!(1));
        assert!(logs.len() < MAX_LOG_BYTES + 200, "{}", logs.len());
        assert!(logs.contains("more bytes of output dropped"), "{}", &logs[logs.len() - 100..]);
    }

    #[test]
    fn working_directory_is_clean_and_removed() {
        let (p, _) = payload(quick(
            "import os\ndef script_handler(events, context):\n    \
             open('left.txt', 'w').write('x')\n    return os.getcwd()\n",
        ));
        let dir = PathBuf::from(p.as_str().unwrap());
        assert!(dir.starts_with(std::env::temp_dir()), "{dir:?}");
        assert!(!dir.exists(), "{dir:?} was left behind");
    }

    #[test]
    fn exit_without_result_fails() {
        let (message, _) = failure(quick("import os\ndef script_handler(events, context):\n    os._exit(3)\n"));
        assert!(message.contains("python3 ended"), "{message}");
        assert!(message.contains('3'), "{message}");
    }

    #[test]
    fn unknown_runtime_fails() {
        let events = json!({});
        let out = run(&ScriptRun {
            runtime: "nodejs18.x",
            handler: "h",
            script: "",
            events: &events,
            context: &events,
            timeout: Duration::from_secs(5),
            cancel: &AtomicBool::new(false),
        });
        let (message, _) = failure(out);
        assert!(message.contains("unsupported runtime \"nodejs18.x\""), "{message}");
    }

    /// Real pwsh when the controller has it; otherwise the clear missing-runtime error.
    #[test]
    fn powershell_runs_with_pwsh_or_says_it_is_missing() {
        let has_pwsh = std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join("pwsh").is_file()));
        let events = json!({"Name": "web-1"});
        let context = json!({});
        let out = run(&ScriptRun {
            runtime: "PowerShell 7.0",
            handler: "",
            script: "$in = $env:InputPayload | ConvertFrom-Json\nWrite-Host 'log line'\n\
                     @{ Greeting = 'hi ' + $in.Name }\n",
            events: &events,
            context: &context,
            timeout: Duration::from_secs(60),
            cancel: &AtomicBool::new(false),
        });
        if has_pwsh {
            let (p, logs) = payload(out);
            assert_eq!(p, json!({"Greeting": "hi web-1"}));
            assert!(logs.contains("log line"), "{logs}");
        } else {
            let (message, _) = failure(out);
            assert_eq!(message, "runtime PowerShell 7.0 needs pwsh on the controller; it is not installed");
        }
    }
}
