//! What runs on a host. The ssh command line is a fixed bootstrap that holds nothing
//! secret; the payload (environment, the script, the facts probe) travels on stdin.
//!
//! The bootstrap reads the payload up to a random end line with the shell's `read`
//! (which never reads past a line on a pipe), so the rest of stdin stays open. A monitor
//! in the payload waits for that stdin to close: ssmctl closes it to cancel or time out a
//! step, and the channel closes it when ssmctl dies. The monitor then kills the process
//! group — sshd starts every command in a session of its own, so that is the script and
//! everything it started — with TERM, then KILL.

use super::plan::{Interpreter, StepPlan};

/// The facts line the payload prints first on stdout (and ssmctl strips).
pub const FACTS_MARK: &str = "\u{1e}SSMCTL-FACTS\t";

/// The remote command line. `end` is the random end-of-payload line.
pub fn bootstrap(end: &str) -> String {
    let inner = format!(
        "e='{end}'; s=''; while IFS= read -r l; do [ \"$l\" = \"$e\" ] && break; s=\"$s$l\n\"; done; eval \"$s\""
    );
    format!("exec /bin/sh -c {}", quote(&inner))
}

/// The payload for one step, ended by the `end` line. `probe` adds the facts line (OS,
/// hostname, address) that describe-instance-information shows; it costs a few processes,
/// so it is sent on a host's first contact and then hourly, not on every run.
pub fn payload(step: &StepPlan, end: &str, probe: bool) -> String {
    let mut p = String::new();
    p.push_str("trap 'exit 143' TERM INT HUP\n");
    if probe {
        // One subshell, so that os-release's variables never reach the script.
        p.push_str(concat!(
            "( . /etc/os-release 2>/dev/null; [ -n \"${NAME:-}\" ] || { NAME=$(sw_vers -productName 2>/dev/null); ",
            "VERSION_ID=$(sw_vers -productVersion 2>/dev/null); }; ",
            "printf '\\036SSMCTL-FACTS\\t%s\\t%s\\t%s\\t%s\\t%s\\n' \"$(uname -s 2>/dev/null)\" \"${NAME:-}\" ",
            "\"${VERSION_ID:-}\" \"$(hostname 2>/dev/null || uname -n)\" \"$(hostname -I 2>/dev/null | cut -d' ' -f1)\" )\n",
        ));
    }
    for (k, v) in &step.env {
        p.push_str(&format!("export {k}={}\n", quote(v)));
    }
    if !step.working_directory.is_empty() {
        let wd = quote(&step.working_directory);
        p.push_str(&format!(
            "cd -- {wd} 2>/dev/null || {{ echo \"ssmctl: working directory {} does not exist\" >&2; exit 1; }}\n",
            step.working_directory.replace(['"', '`', '$', '\\'], "_")
        ));
    }
    let run = match step.interpreter {
        // The script is data in a shell variable and runs in a subshell: no temporary
        // file and no extra processes on the host.
        Interpreter::Shell => {
            p.push_str(&format!("__s={}\n", quote(&step.script)));
            "eval \"$__s\"".to_string()
        }
        // pwsh needs a file.
        Interpreter::PowerShell => {
            p.push_str("__d=$(mktemp -d \"${TMPDIR:-/tmp}/ssmctl.XXXXXX\") || { echo 'ssmctl: cannot create a temporary directory' >&2; exit 125; }\n");
            p.push_str("trap 'rm -rf \"$__d\"' EXIT\n");
            p.push_str(&format!("printf '%s' {} > \"$__d/script.ps1\"\n", quote(&step.script)));
            "if command -v pwsh >/dev/null 2>&1; then pwsh -NoLogo -NoProfile -NonInteractive -File \"$__d/script.ps1\"; \
             else echo 'ssmctl: pwsh (PowerShell) is not installed on this host' >&2; exit 127; fi"
                .to_string()
        }
    };
    // An asynchronous list's stdin is /dev/null before its own redirections, so the
    // channel's stdin is kept on fd 3 for the monitor; the script does not get it.
    p.push_str("exec 3<&0\n");
    p.push_str(&format!("( {run} ) </dev/null 3<&- &\n__p=$!\n"));
    p.push_str("( trap '' TERM; while IFS= read -r _; do :; done; kill -TERM 0; sleep 2; kill -KILL 0 ) <&3 >/dev/null 2>&1 &\n");
    p.push_str("__m=$!\nwait \"$__p\"; __rc=$?\nkill -KILL \"$__m\" 2>/dev/null\nexit $__rc\n");
    p.push_str(end);
    p.push('\n');
    p
}

/// A single-quoted shell word.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// A random token for end lines and heredoc delimiters.
pub fn token() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::process::{Command, Stdio};

    fn step(script: &str) -> StepPlan {
        StepPlan {
            name: "t".into(),
            interpreter: Interpreter::Shell,
            script: script.into(),
            working_directory: String::new(),
            timeout: std::time::Duration::from_secs(5),
            platform: None,
            env: vec![("SSM_x".into(), "x'; touch /tmp/pwned-ssmctl-unit; '".into())],
            refresh_associations: None,
            inventory: None,
            patch: None,
        }
    }

    /// Runs the bootstrap locally as sshd would (in a process group of its own), keeping
    /// stdin open until the script ends, as ssmctl does.
    fn run(step: &StepPlan) -> (String, String, Option<i32>) {
        use std::io::Read;
        use std::os::unix::process::CommandExt;
        let end = token();
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(bootstrap(&end))
            .process_group(0)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(payload(step, &end, true).as_bytes()).unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let t = std::thread::spawn(move || {
            let mut e = String::new();
            stderr.read_to_string(&mut e).unwrap();
            e
        });
        let mut out = String::new();
        stdout.read_to_string(&mut out).unwrap();
        let status = child.wait().unwrap();
        drop(stdin);
        (out, t.join().unwrap(), status.code())
    }

    #[test]
    fn env_values_are_data_not_shell_text() {
        let (out, _, code) = run(&step("printf '%s\\n' \"$SSM_x\"\nexit 3\n"));
        assert!(out.contains("x'; touch /tmp/pwned-ssmctl-unit; '"), "{out}");
        assert!(out.starts_with(FACTS_MARK), "{out}");
        assert!(!std::path::Path::new("/tmp/pwned-ssmctl-unit").exists());
        assert_eq!(code, Some(3));
    }

    #[test]
    fn scripts_keep_quotes_dollars_and_heredoc_lookalikes() {
        let s = "cat <<'EOF'\n$HOME `x` 'q' \"d\"\nEOF\necho done\n";
        let (out, err, code) = run(&step(s));
        assert!(out.contains("$HOME `x` 'q' \"d\"\ndone\n"), "{out} {err}");
        assert_eq!(code, Some(0));
    }
}
