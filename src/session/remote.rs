//! What a session runs on its host around the document's command, and how ssmctl reaches
//! it again. The wrapper leaves small files in `~/.cache/ssmctl/` on the host: the
//! session's process id (so that a cut can end a command that neither reads nor writes),
//! its terminal (so that input is recorded only while the terminal echoes), and for a
//! shell kept in tmux its exit status (tmux does not pass it on). A shell in tmux
//! (`tmux -L ssmctl`, session `ssmctl-<id>`) outlives a dropped connection, which is what
//! resume-session reattaches.

use crate::error::{Error, Result};
use crate::exec::masters;
use crate::inventory::{Connection, Host};
use std::time::Duration;

use super::run::quote;

/// The tmux server ssmctl's sessions live in, apart from the user's own.
const TMUX: &str = "tmux -L ssmctl";

/// The wrapper's exit status when the tmux client left but the shell did not (a detach).
pub const DETACHED: i32 = 222;

/// The host's tmux session of session `id`.
pub fn tmux_name(id: &str) -> String {
    format!("ssmctl-{id}")
}

/// Runs `script` with /bin/sh whatever the login shell is.
fn sh(script: &str) -> String {
    format!("exec /bin/sh -c {}", quote(script))
}

/// Sets `$d` and `$f`, and sweeps the files of sessions whose wrapper is gone: one killed
/// by a dropped connection (SIGHUP) never reaches its own clean-up.
fn files(id: &str) -> String {
    format!(
        "d=\"$HOME/.cache/ssmctl\"; f=\"$d/{id}\"; mkdir -p -m 700 \"$d\" 2>/dev/null\n\
         for q in \"$d\"/*.pid; do [ -f \"$q\" ] || continue; kill -0 \"$(cat \"$q\")\" 2>/dev/null || rm -f \"$q\" \"${{q%.pid}}.tty\"; done\n"
    )
}

/// The command run directly: its process group is the wrapper's, whose pid is written
/// down for a cut to end it; the files go when it ends by itself.
pub fn plain(id: &str, inner: &str, tty: bool) -> String {
    let tty_line = if tty { "{ tty > \"$f.tty\"; } 2>/dev/null\n" } else { "" };
    sh(&format!(
        "{}{{ echo $$ > \"$f.pid\"; }} 2>/dev/null\n{tty_line}( {inner}\n)\nrc=$?\nrm -f \"$f.pid\" \"$f.tty\"\nexit $rc",
        files(id)
    ))
}

/// The shell kept in tmux: created (or, on resume, only attached), with its exit status
/// carried out through a file. Without the file the client left a live shell: DETACHED.
pub fn in_tmux(id: &str, inner: &str, resume: bool, cols: u16, rows: u16) -> String {
    let name = tmux_name(id);
    // The pane's environment is the tmux server's, so everything it needs is literal.
    let pane = format!(
        "f=\"$HOME/.cache/ssmctl/{id}\"; {{ tty > \"$f.tty\"; }} 2>/dev/null\n( {inner}\n)\necho $? > \"$f.status\""
    );
    let start = if resume {
        format!("{TMUX} attach-session -t ={name}")
    } else {
        // Made detached first so that it is set up before it is drawn: no status line, no
        // config of the user's, Escape not held back; then attached.
        format!(
            "{TMUX} -f /dev/null new-session -d -s {name} -x {cols} -y {rows} {} \\; set-option -t ={name}: status off \\; \
             set-option -s escape-time 0 \\; attach-session -t ={name}",
            quote(&format!("exec /bin/sh -c {}", quote(&pane)))
        )
    };
    sh(&format!(
        "{}unset TMUX\n{start}\nif [ -f \"$f.status\" ]; then rc=$(cat \"$f.status\"); rm -f \"$f.status\" \"$f.tty\"; exit \"$rc\"; fi\nexit {DETACHED}",
        files(id)
    ))
}

/// Whether the host has tmux (exit 0 when it does).
pub fn has_tmux() -> String {
    sh("command -v tmux >/dev/null 2>&1")
}

/// What became of a tmux-kept shell: `alive`, `ended <status>` or `gone`.
pub fn probe(id: &str) -> String {
    let name = tmux_name(id);
    sh(&format!(
        "{}if {TMUX} has-session -t ={name} 2>/dev/null; then echo alive\nelif [ -f \"$f.status\" ]; then echo \"ended $(cat \"$f.status\")\"; rm -f \"$f.status\" \"$f.tty\"\nelse echo gone; fi",
        files(id)
    ))
}

/// Ends what the session left running: its tmux session, and the process group of a
/// command that was cut (after checking the pid is still the session's wrapper).
pub fn kill(id: &str) -> String {
    let name = tmux_name(id);
    sh(&format!(
        "{}{TMUX} kill-session -t ={name} 2>/dev/null\n\
         if [ -f \"$f.pid\" ]; then p=$(cat \"$f.pid\")\n\
         if ! command -v ps >/dev/null 2>&1 || ps -o args= -p \"$p\" 2>/dev/null | grep -qF -- {id}; then\n\
         kill -HUP -\"$p\" 2>/dev/null; kill -TERM -\"$p\" 2>/dev/null; i=0\n\
         while kill -0 -\"$p\" 2>/dev/null && [ $i -lt 10 ]; do sleep 0.1; i=$((i+1)); done\n\
         kill -KILL -\"$p\" 2>/dev/null; fi; fi\n\
         rm -f \"$f.pid\" \"$f.tty\" \"$f.status\"\nexit 0",
        files(id)
    ))
}

/// Answers one line per line asked: `off` while the session's terminal reads a hidden line
/// (line mode with echo off: how getpass, sudo, ssh and `read -s` ask for a secret) or is
/// not known yet, else `on`. A program that reads keys one at a time (readline, an editor)
/// turns echo off too, but draws what is typed itself, so its input is recorded.
pub fn echo_watch(id: &str) -> String {
    sh(&format!(
        "f=\"$HOME/.cache/ssmctl/{id}.tty\"\nwhile IFS= read -r _; do t=$(cat \"$f\" 2>/dev/null)\n\
         case \"$t\" in /dev/*) m=$(stty -a < \"$t\" 2>/dev/null | tr ' ;' '\\n\\n')\n\
         if [ -z \"$m\" ]; then echo off\n\
         elif printf '%s\\n' \"$m\" | grep -qx -- -echo && printf '%s\\n' \"$m\" | grep -qx icanon; then echo off\n\
         else echo on; fi ;;\n\
         *) echo off ;; esac; done"
    ))
}

/// The command that runs `script` on the host: through its master, or here for the
/// local-connection host.
pub fn command(host: &Host, script: &str, tty: bool) -> Result<std::process::Command> {
    if host.connection == Connection::Local {
        let mut c = std::process::Command::new("/bin/sh");
        c.arg("-c").arg(script);
        return Ok(c);
    }
    let sock = masters::socket_for(&masters::control_dir()?, host);
    let mut c = std::process::Command::new("ssh");
    c.arg("-S").arg(sock).args(["-o", "ControlMaster=no", "-e", "none", "-q"]);
    c.arg(if tty { "-tt" } else { "-T" }).arg("--").arg(&host.address).arg(script);
    Ok(c)
}

/// Runs a short script on the host (its master started if need be): exit status and stdout.
pub async fn run(host: &Host, script: &str, limit: Duration) -> Result<(Option<i32>, String)> {
    if host.connection != Connection::Local {
        let dir = masters::control_dir()?;
        masters::session(&dir, host).await.map_err(|u| {
            Error::service("TargetNotConnected", format!("{} is not connected: {}", host.id, u.message))
        })?;
    }
    let mut cmd = tokio::process::Command::from(command(host, script, false)?);
    cmd.stdin(std::process::Stdio::null()).stderr(std::process::Stdio::null()).kill_on_drop(true);
    let out = tokio::time::timeout(limit, cmd.output())
        .await
        .map_err(|_| Error::service("TargetNotConnected", format!("{} did not answer within {limit:?}", host.id)))?
        .map_err(|e| Error::internal(format!("cannot run ssh: {e}")))?;
    Ok((out.status.code(), String::from_utf8_lossy(&out.stdout).trim().to_string()))
}

/// What `probe` found.
#[derive(Debug, PartialEq)]
pub enum Shell {
    Alive,
    Ended(Option<i32>),
    Gone,
}

pub async fn shell_state(host: &Host, id: &str) -> Result<Shell> {
    let (_, out) = run(host, &probe(id), masters::connect_timeout() + Duration::from_secs(5)).await?;
    Ok(match out.split_once(' ') {
        _ if out == "alive" => Shell::Alive,
        Some(("ended", rc)) => Shell::Ended(rc.trim().parse().ok()),
        _ => Shell::Gone,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh_out(script: &str, home: &std::path::Path) -> (i32, String) {
        let out = std::process::Command::new("/bin/sh").arg("-c").arg(script).env("HOME", home).output().unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
    }

    #[test]
    fn the_plain_wrapper_keeps_the_status_and_cleans_up() {
        let home = tempfile::tempdir().unwrap();
        let (rc, out) =
            sh_out(&plain("s-1", "echo \"it's\" \"$HOME\" >/dev/null; echo hi; exit 7", false), home.path());
        assert_eq!((rc, out.as_str()), (7, "hi\n"));
        let left: Vec<_> = std::fs::read_dir(home.path().join(".cache/ssmctl")).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn kill_ends_a_cut_command_and_its_children() {
        let home = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("setsid")
            .arg("/bin/sh")
            .arg("-c")
            .arg(plain("s-2", "sleep 300 & sleep 301; wait", false))
            .env("HOME", home.path())
            .spawn()
            .unwrap();
        let pid = home.path().join(".cache/ssmctl/s-2.pid");
        let t = std::time::Instant::now();
        while !pid.exists() && t.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(pid.exists());
        let (rc, _) = sh_out(&kill("s-2"), home.path());
        assert_eq!(rc, 0);
        let status = child.wait().unwrap();
        assert!(!status.success());
        assert!(!pid.exists());
    }

    #[test]
    fn files_of_a_wrapper_that_died_are_swept_by_the_next_session() {
        let home = tempfile::tempdir().unwrap();
        let d = home.path().join(".cache/ssmctl");
        std::fs::create_dir_all(&d).unwrap();
        // A wrapper killed by SIGHUP leaves its files; a live one (this process) keeps them.
        let mut dead = std::process::Command::new("true").spawn().unwrap();
        dead.wait().unwrap();
        std::fs::write(d.join("gone.pid"), format!("{}\n", dead.id())).unwrap();
        std::fs::write(d.join("gone.tty"), "/dev/pts/9\n").unwrap();
        std::fs::write(d.join("live.pid"), format!("{}\n", std::process::id())).unwrap();
        std::fs::write(d.join("live.tty"), "/dev/pts/8\n").unwrap();
        let (rc, _) = sh_out(&plain("s-4", "true", false), home.path());
        assert_eq!(rc, 0);
        let mut left: Vec<String> =
            std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        left.sort();
        assert_eq!(left, ["live.pid", "live.tty"]);
    }

    #[test]
    fn the_echo_watch_says_off_without_a_terminal() {
        let home = tempfile::tempdir().unwrap();
        let out = std::process::Command::new("/bin/sh")
            .arg("-c")
            .arg(format!("printf 'a\\nb\\n' | {}", echo_watch("s-3")))
            .env("HOME", home.path())
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), "off\noff\n");
    }
}
