//! A fleet of real sshd daemons on 127.0.0.1 for end-to-end tests: every "host" is this machine, reached
//! over SSH on its own port, with its own known_hosts entry and an inventory that points ssmctl at it.
//! Fault hosts (refused, silent, wrong host key, auth refused) sit beside the good ones.
//!
//! Needs /usr/sbin/sshd and ssh-keygen (scripts/test.sh installs them); without them it panics rather
//! than skipping, so a missing package can never look like a passing suite.

// Each test uses a subset of the helpers.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io::{ErrorKind, Read};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, mpsc};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

const SSHD: &str = "/usr/sbin/sshd";
/// Run by `unshare --mount` for a private-root host (add_private_root): $1 the tmpfs mount
/// point for the writes, the rest the sshd command line, which it runs again after each
/// "reboot". Stops (and so the host never answers) if a mount fails.
const PRIVATE_ROOT: &str = r#"set -e
r=$1; shift
mount -t tmpfs ssmctl-test-root "$r"
for d in /etc /usr /var /run /root; do
  n=$(printf %s "$d" | tr / _)
  mkdir -p "$r/up$n" "$r/work$n"
  mount -t overlay ssmctl-test-root -o "lowerdir=$d,upperdir=$r/up$n,workdir=$r/work$n" "$d"
done
cat /proc/sys/kernel/random/uuid >"$r/boot_id"
mount --bind "$r/boot_id" /proc/sys/kernel/random/boot_id
# Its "reboot" never reaches this machine: a new boot id, /run/reboot-required gone, every
# process of this host (its mount namespace) but the supervisor killed, sshd started again.
cat >"$r/reboot" <<END_OF_REBOOT
#!/bin/sh
echo "\$(cat /proc/sys/kernel/random/boot_id) \$*" >>/var/log/ssmctl-test-reboots
touch $r/rebooting
sup=\$(cat $r/supervisor.pid)
# Again until none is left: a connection accepted meanwhile forks a new process.
for round in 1 2 3 4 5; do
  victims=""
  for p in /proc/[0-9]*; do
    pid=\${p#/proc/}
    [ "\$pid" = "\$\$" ] || [ "\$pid" = "\$sup" ] && continue
    [ \$p/ns/mnt -ef /proc/self/ns/mnt ] && victims="\$victims \$pid"
  done
  [ -z "\$victims" ] && break
  kill -KILL \$victims 2>/dev/null
  sleep 0.1
done
rm -f /run/reboot-required /run/reboot-required.pkgs
touch $r/rebooted
exit 0
END_OF_REBOOT
chmod 755 "$r/reboot"
for b in /usr/sbin/reboot /usr/sbin/shutdown /usr/sbin/poweroff /usr/sbin/halt; do
  rm -f "$b"
  cp "$r/reboot" "$b"
done
echo $$ >"$r/supervisor.pid"
set +e
while :; do
  "$@"
  rc=$?
  [ -e "$r/rebooting" ] || exit $rc
  # Up only once the reboot has killed everything it found.
  n=0
  while [ ! -e "$r/rebooted" ] && [ $n -lt 300 ]; do sleep 0.1; n=$((n + 1)); done
  rm -f "$r/rebooting" "$r/rebooted"
  sleep 1
  # The new boot id only as sshd comes back: nothing of the old boot can report it.
  cat /proc/sys/kernel/random/uuid >"$r/boot_id"
done"#;
/// Generous: many fleets may start at once under a loaded `cargo test`; a healthy sshd answers in ~20 ms.
const READY_TIMEOUT: Duration = Duration::from_secs(30);
/// How often a free port is tried again when another process wins the race for it.
const PORT_ATTEMPTS: usize = 8;

pub struct Fleet {
    hosts: Vec<Host>,
    user: String,
    /// `ssh-ed25519 AAAA…` of the key every good host presents and known_hosts expects.
    host_key_pub: String,
    /// Hosts whose sshd runs in a mount namespace of its own: see add_private_root.
    private_roots: Vec<String>,
    // Last, so it is removed after Drop has killed everything that writes into it.
    dir: tempfile::TempDir,
}

struct Host {
    id: String,
    port: u16,
    tags: Vec<(&'static str, String)>,
    backend: Backend,
}

enum Backend {
    Sshd {
        config: PathBuf,
        child: Option<Child>,
    },
    /// A socket bound but never listening: connects get RST, and no one else can take the port meanwhile.
    Refused {
        _reservation: OwnedFd,
    },
    Silent {
        stop: Arc<AtomicBool>,
        thread: Option<JoinHandle<()>>,
    },
}

enum Wait {
    Ready,
    Died(ExitStatus),
    TimedOut,
}

/// A fleet of `n` hosts and an Env whose inventory is that fleet.
pub fn with_env(n: usize) -> (crate::support::Env, Fleet) {
    let fleet = Fleet::start(n);
    let env = crate::support::Env::new();
    env.var("SSMCTL_INVENTORY", fleet.write_inventory().to_str().unwrap());
    (env, fleet)
}

impl Fleet {
    /// Starts `n` sshd daemons on 127.0.0.1 (free ports found by binding port 0), hosts named node-1..node-n,
    /// tags Role=web for odd, Role=db for even, and Env=test; waits until each answers with an SSH banner.
    pub fn start(n: usize) -> Fleet {
        let mut fleet = Fleet::empty();
        let config = fleet.config("sshd_config", &fleet.path("ssh_host_ed25519_key"), &fleet.path("authorized_keys"));
        // Launch all, then wait: the daemons start in parallel. Each is in `hosts` from the start, so a
        // panic while waiting still has Drop kill them all.
        for i in 1..=n {
            let id = format!("node-{i}");
            let port = free_port();
            let child = fleet.spawn_sshd(&id, &config, port);
            let role = if i % 2 == 1 { "web" } else { "db" };
            let tags = vec![("Role", role.to_string()), ("Env", "test".to_string())];
            let backend = Backend::Sshd { config: config.clone(), child: Some(child) };
            fleet.hosts.push(Host { id, port, tags, backend });
        }
        for i in 0..n {
            let Backend::Sshd { child, .. } = &mut fleet.hosts[i].backend else { unreachable!() };
            let child = child.take().expect("just launched");
            let (id, port) = (fleet.hosts[i].id.clone(), fleet.hosts[i].port);
            let (port, child) = fleet.await_sshd(&id, &config, port, child);
            fleet.hosts[i].port = port;
            fleet.hosts[i].backend = Backend::Sshd { config: config.clone(), child: Some(child) };
        }
        fleet.write_known_hosts();
        fleet
    }

    /// The keys and files, no hosts yet.
    fn empty() -> Fleet {
        assert!(Path::new(SSHD).is_file(), "sshd not found at {SSHD}: install openssh-server (scripts/test.sh does)");
        let dir = tempfile::Builder::new().prefix("ssmctl-fleet-").tempdir().expect("create fleet temp dir");
        fs::create_dir(dir.path().join("logs")).expect("create logs dir");
        // sshd refuses to start without its privilege-separation dir, which a container may lack.
        if !Path::new("/run/sshd").is_dir() {
            fs::create_dir_all("/run/sshd").expect("create /run/sshd");
            fs::set_permissions("/run/sshd", fs::Permissions::from_mode(0o755)).expect("chmod /run/sshd");
        }
        let (host, client) = (dir.path().join("ssh_host_ed25519_key"), dir.path().join("id_ed25519"));
        keygen(&[(&host, "fleet-host"), (&client, "fleet-client")]);
        let read_pub = |key: &Path| {
            let p = key.with_extension("pub");
            fs::read_to_string(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
        };
        let client_pub = read_pub(&client);
        fs::write(dir.path().join("authorized_keys"), &client_pub).expect("write authorized_keys");
        // Drop the comment: known_hosts wants "type base64".
        let host_key_pub = read_pub(&host).split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        Fleet { hosts: Vec::new(), user: current_user(), host_key_pub, private_roots: Vec::new(), dir }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The user every host is logged into: the one running the tests (root under scripts/test.sh).
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The client's private key (0600), the one every good host's authorized_keys holds.
    pub fn identity_file(&self) -> PathBuf {
        self.path("id_ed25519")
    }

    pub fn known_hosts(&self) -> PathBuf {
        self.path("known_hosts")
    }

    /// The ssmctl inventory YAML for every host added so far (in order), with a `defaults:` block giving the
    /// user, the client key and ssh options that make ssh strict and non-interactive.
    pub fn inventory_yaml(&self) -> String {
        let mut y = String::from("# generated by tests/cli/fleet.rs\ndefaults:\n");
        let _ = writeln!(y, "  user: {}", yaml_str(&self.user));
        let _ = writeln!(y, "  identity_file: {}", yaml_str(&self.identity_file().to_string_lossy()));
        y.push_str("  ssh_options:\n");
        for (k, v) in self.ssh_options() {
            let _ = writeln!(y, "    {k}: {}", yaml_str(&v));
        }
        y.push_str("hosts:\n");
        for h in &self.hosts {
            let _ = writeln!(y, "  {}:\n    address: 127.0.0.1\n    port: {}", yaml_str(&h.id), h.port);
            let tags: Vec<String> = h.tags.iter().map(|(k, v)| format!("{k}: {}", yaml_str(v))).collect();
            let _ = writeln!(y, "    tags: {{{}}}", tags.join(", "));
        }
        y
    }

    /// Writes inventory_yaml() to <dir>/inventory.yaml and returns the path.
    pub fn write_inventory(&self) -> PathBuf {
        let path = self.path("inventory.yaml");
        write_atomic(&path, &self.inventory_yaml());
        path
    }

    pub fn host_ids(&self) -> Vec<String> {
        self.hosts.iter().map(|h| h.id.clone()).collect()
    }

    pub fn port(&self, id: &str) -> u16 {
        self.host(id).port
    }

    /// A port nothing listens on: connecting is refused at once.
    pub fn add_refused(&mut self, id: &str) {
        let (port, reservation) = reserve_port();
        self.add(id, port, "refused", Backend::Refused { _reservation: reservation });
    }

    /// A TCP listener that accepts and never sends a byte: ssh hangs waiting for the banner.
    pub fn add_silent(&mut self, id: &str) {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind silent listener");
        let port = listener.local_addr().expect("silent listener address").port();
        // Non-blocking so the thread notices `stop` instead of sitting in accept() forever.
        listener.set_nonblocking(true).expect("set_nonblocking");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = thread::Builder::new()
            .name(format!("fleet-silent-{id}"))
            .spawn(move || {
                let mut held = Vec::new();
                while !flag.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((stream, _)) => held.push(stream),
                        Err(_) => thread::sleep(Duration::from_millis(10)),
                    }
                }
            })
            .expect("spawn silent listener thread");
        self.add(id, port, "silent", Backend::Silent { stop, thread: Some(thread) });
    }

    /// A real sshd presenting a host key other than the one known_hosts has for it.
    pub fn add_wrong_host_key(&mut self, id: &str) {
        let key = self.path("other_host_ed25519_key");
        if !key.exists() {
            keygen(&[(&key, "fleet-other-host")]);
        }
        let config = self.config("sshd_config.wrong-host-key", &key, &self.path("authorized_keys"));
        self.add_sshd(id, "wrong-host-key", config);
    }

    /// A real sshd whose authorized_keys lacks the client key.
    pub fn add_auth_refused(&mut self, id: &str) {
        let keys = self.path("authorized_keys.empty");
        fs::write(&keys, "").expect("write empty authorized_keys");
        let config = self.config("sshd_config.auth-refused", &self.path("ssh_host_ed25519_key"), &keys);
        self.add_sshd(id, "auth-refused", config);
    }

    /// A good sshd host whose system directories are its own: its daemon (and so every session)
    /// runs in a private mount namespace where /etc, /usr, /var, /run and /root are overlays of this
    /// machine's with the writes kept in a tmpfs of that namespace (/root too: Debian's rpm keeps
    /// its database in ~/.rpmdb). A test can install and
    /// remove packages there with the real apt and dpkg, dnf and rpm, and this machine is left unchanged; the
    /// writes vanish with the daemon (a restart starts from this machine's state again). It has
    /// a boot id of its own, and its `reboot` (also `shutdown`, `poweroff`, `halt`) kills every
    /// process of the host, gives it a new boot id and starts its sshd again a second later:
    /// a reboot a test can watch, which never reaches this machine.
    /// Needs root and mount namespaces (scripts/test.sh runs as root); panics otherwise.
    pub fn add_private_root(&mut self, id: &str) {
        self.private_roots.push(id.to_string());
        let config = self.path("sshd_config");
        self.add_sshd(id, "none", config);
        let tags = &mut self.host_mut(id).tags;
        tags.retain(|(k, _)| *k != "Fault");
        tags.push(("Root", "private".into()));
    }

    /// Adds (or replaces) one tag of a host; write_inventory shows it.
    pub fn tag(&mut self, id: &str, key: &'static str, value: &str) {
        let tags = &mut self.host_mut(id).tags;
        tags.retain(|(k, _)| *k != key);
        tags.push((key, value.to_string()));
    }

    /// Kills that host's sshd and every session it is serving; the host stays in the inventory.
    pub fn stop(&mut self, id: &str) {
        match &mut self.host_mut(id).backend {
            Backend::Sshd { child, .. } => {
                if let Some(mut c) = child.take() {
                    kill_daemon(&mut c);
                }
            }
            _ => panic!("fleet: {id} is not an sshd host; only sshd hosts can be stopped"),
        }
    }

    /// Starts a stopped host's sshd again on the same port (a no-op if it is running).
    pub fn restart(&mut self, id: &str) {
        let port = self.port(id);
        let config = match &self.host(id).backend {
            Backend::Sshd { child: Some(_), .. } => return,
            Backend::Sshd { config, child: None } => config.clone(),
            _ => panic!("fleet: {id} is not an sshd host; only sshd hosts can be restarted"),
        };
        let offset = log_len(&self.log_path(id));
        let mut child = self.spawn_sshd(id, &config, port);
        match wait_ready(port, &mut child) {
            Wait::Ready => {}
            outcome => {
                kill_daemon(&mut child);
                panic!(
                    "fleet: {id} did not restart on port {port} ({}); sshd log:\n{}",
                    describe(&outcome),
                    self.log_since(id, offset)
                )
            }
        }
        let Backend::Sshd { child: slot, .. } = &mut self.host_mut(id).backend else { unreachable!() };
        *slot = Some(child);
    }

    /// Runs a shell command as a "remote" host would see things; on this loopback fleet every host is this
    /// machine, so this is just `sh -c` locally — provided so tests read as intent. Returns stdout; panics
    /// (with stderr) if the command fails, so append `|| true` where failure is expected.
    pub fn sh(&self, script: &str) -> String {
        let out = Command::new("sh")
            .arg("-c")
            .arg(script)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("fleet: run sh: {e}"));
        assert!(
            out.status.success(),
            "fleet: sh -c {script:?} failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// An `ssh` command to `id` with the inventory's settings and no ~/.ssh/config, ready for the remote
    /// command to be appended: for checking the fleet itself, independently of ssmctl.
    pub fn ssh(&self, id: &str) -> Command {
        let mut c = Command::new("ssh");
        c.args(["-F", "/dev/null", "-i"]).arg(self.identity_file());
        for (k, v) in self.ssh_options() {
            c.arg("-o").arg(format!("{k}={v}"));
        }
        c.args(["-p", &self.port(id).to_string(), &format!("{}@127.0.0.1", self.user)]).stdin(Stdio::null());
        c
    }

    /// That host's sshd log (stderr of every run of its daemon); empty for non-sshd hosts.
    pub fn log(&self, id: &str) -> String {
        self.log_since(id, 0)
    }

    fn ssh_options(&self) -> Vec<(&'static str, String)> {
        vec![
            ("UserKnownHostsFile", self.known_hosts().to_string_lossy().into_owned()),
            ("StrictHostKeyChecking", "yes".into()),
            ("GlobalKnownHostsFile", "/dev/null".into()),
            ("IdentitiesOnly", "yes".into()),
            ("PasswordAuthentication", "no".into()),
            ("BatchMode", "yes".into()),
            ("LogLevel", "ERROR".into()),
        ]
    }

    fn add_sshd(&mut self, id: &str, fault: &str, config: PathBuf) {
        let port = free_port();
        let child = self.spawn_sshd(id, &config, port);
        let (port, child) = self.await_sshd(id, &config, port, child);
        self.add(id, port, fault, Backend::Sshd { config, child: Some(child) });
    }

    /// Fault hosts carry Env=test and Fault=<kind> but no Role, so Role targets only reach good hosts.
    fn add(&mut self, id: &str, port: u16, fault: &str, backend: Backend) {
        assert!(self.hosts.iter().all(|h| h.id != id), "fleet: host {id} added twice");
        let tags = vec![("Env", "test".to_string()), ("Fault", fault.to_string())];
        self.hosts.push(Host { id: id.to_string(), port, tags, backend });
        self.write_known_hosts();
    }

    /// Every sshd host expects the fleet's key, including the wrong-host-key one: that is the point.
    fn write_known_hosts(&self) {
        let mut text = String::new();
        for h in self.hosts.iter().filter(|h| matches!(h.backend, Backend::Sshd { .. })) {
            let _ = writeln!(text, "[127.0.0.1]:{} {}", h.port, self.host_key_pub);
        }
        write_atomic(&self.known_hosts(), &text);
    }

    fn config(&self, name: &str, host_key: &Path, authorized_keys: &Path) -> PathBuf {
        let path = self.path(name);
        let text = format!(
            "# generated by tests/cli/fleet.rs; address and port are given with -o
HostKey {}
AuthorizedKeysFile {}
# the fleet dir sits under world-writable /tmp, which StrictModes would reject
StrictModes no
UsePAM no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
# tests open many connections at once; sshd's default 10:30:100 would drop some
MaxStartups 1000:30:1000
MaxSessions 100
LogLevel ERROR
UseDNS no
X11Forwarding no
PrintMotd no
PrintLastLog no
# bash reads ~/.bashrc for ssh commands only when SHLVL<2, and root's rc here is slow
SetEnv SHLVL=1
Subsystem sftp internal-sftp
",
            host_key.display(),
            authorized_keys.display()
        );
        fs::write(&path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        path
    }

    /// sshd in the foreground as our child, in its own process group, logging to <dir>/logs/<id>.log.
    fn spawn_sshd(&self, id: &str, config: &Path, port: u16) -> Child {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path(id))
            .unwrap_or_else(|e| panic!("open sshd log for {id}: {e}"));
        let mut cmd = if self.private_roots.iter().any(|h| h == id) {
            let root = self.path(&format!("root-{id}"));
            fs::create_dir_all(&root).unwrap_or_else(|e| panic!("create {}: {e}", root.display()));
            let mut c = Command::new("unshare");
            c.args(["--mount", "--propagation", "private", "sh", "-c", PRIVATE_ROOT, "sh"]).arg(root).arg(SSHD);
            c
        } else {
            Command::new(SSHD)
        };
        cmd.args(["-D", "-e", "-f"])
            .arg(config)
            .arg("-o")
            .arg(format!("ListenAddress=127.0.0.1:{port}"))
            .args(["-o", "PidFile=none"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .process_group(0);
        spawn_from_keeper(cmd).unwrap_or_else(|e| panic!("fleet: start {SSHD} for {id}: {e}"))
    }

    /// Waits for a launched sshd; if it lost the race for its port, starts it again on another one.
    fn await_sshd(&self, id: &str, config: &Path, mut port: u16, mut child: Child) -> (u16, Child) {
        let mut offset = 0;
        for attempt in 1.. {
            let outcome = wait_ready(port, &mut child);
            let log = self.log_since(id, offset);
            match outcome {
                Wait::Ready => return (port, child),
                Wait::Died(_) if attempt < PORT_ATTEMPTS && log.contains("Address already in use") => {
                    offset = log_len(&self.log_path(id));
                    port = free_port();
                    child = self.spawn_sshd(id, config, port);
                }
                outcome => {
                    kill_daemon(&mut child);
                    panic!(
                        "fleet: sshd for {id} on port {port} never became ready ({}); sshd log:\n{log}",
                        describe(&outcome)
                    );
                }
            }
        }
        unreachable!()
    }

    fn host(&self, id: &str) -> &Host {
        self.hosts.iter().find(|h| h.id == id).unwrap_or_else(|| panic!("fleet: no host {id}"))
    }

    fn host_mut(&mut self, id: &str) -> &mut Host {
        self.hosts.iter_mut().find(|h| h.id == id).unwrap_or_else(|| panic!("fleet: no host {id}"))
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn log_path(&self, id: &str) -> PathBuf {
        self.path("logs").join(format!("{id}.log"))
    }

    fn log_since(&self, id: &str, offset: u64) -> String {
        let bytes = fs::read(self.log_path(id)).unwrap_or_default();
        String::from_utf8_lossy(bytes.get(offset as usize..).unwrap_or_default()).into_owned()
    }
}

impl Drop for Fleet {
    fn drop(&mut self) {
        for h in &mut self.hosts {
            match &mut h.backend {
                Backend::Sshd { child: Some(c), .. } => kill_daemon(c),
                Backend::Silent { stop, thread } => {
                    stop.store(true, Ordering::Relaxed);
                    if let Some(t) = thread.take() {
                        let _ = t.join();
                    }
                }
                _ => {}
            }
        }
    }
}

/// Spawns a daemon that dies with the test process, even when Drop never runs (Ctrl-C, a killed test
/// binary). PR_SET_PDEATHSIG fires when the *thread* that forked the child exits, not the process, so every
/// daemon is forked by one keeper thread that lives as long as the process.
fn spawn_from_keeper(mut cmd: Command) -> std::io::Result<Child> {
    type Request = (Command, mpsc::Sender<std::io::Result<Child>>);
    static KEEPER: OnceLock<mpsc::Sender<Request>> = OnceLock::new();
    let keeper = KEEPER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Request>();
        thread::Builder::new()
            .name("fleet-keeper".into())
            .spawn(move || {
                for (mut cmd, reply) in rx {
                    let _ = reply.send(cmd.spawn());
                }
            })
            .expect("spawn fleet keeper thread");
        tx
    });
    // SAFETY: prctl is async-signal-safe and touches no memory of the parent.
    unsafe {
        cmd.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let (tx, rx) = mpsc::channel();
    keeper.send((cmd, tx)).expect("fleet keeper thread is gone");
    rx.recv().expect("fleet keeper thread is gone")
}

/// Readiness is "our child owns a listening socket on the port and it sends an SSH banner": the banner
/// alone could come from another test's daemon that won the race for the port.
fn wait_ready(port: u16, child: &mut Child) -> Wait {
    let deadline = Instant::now() + READY_TIMEOUT;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Wait::Died(status);
        }
        if owns_listener(child.id(), port) && answers_banner(port) {
            return Wait::Ready;
        }
        if Instant::now() > deadline {
            return Wait::TimedOut;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn describe(w: &Wait) -> String {
    match w {
        Wait::Ready => "ready".into(),
        Wait::Died(status) => format!("sshd exited: {status}"),
        Wait::TimedOut => format!("no SSH banner within {READY_TIMEOUT:?}"),
    }
}

fn answers_banner(port: u16) -> bool {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else { return false };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = [0u8; 7];
    s.read_exact(&mut buf).is_ok() && &buf == b"SSH-2.0"
}

/// Whether process `pid` holds a socket listening on 127.0.0.1:`port` (per /proc/net/tcp and its fds).
fn owns_listener(pid: u32, port: u16) -> bool {
    let Ok(table) = fs::read_to_string("/proc/net/tcp") else { return false };
    let wanted = format!(":{port:04X}");
    let inodes: Vec<String> = table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            // local_address is HEXIP:HEXPORT; state 0A is LISTEN; inode is field 9.
            (f.len() > 9 && f[1].ends_with(&wanted) && f[3] == "0A").then(|| format!("socket:[{}]", f[9]))
        })
        .collect();
    if inodes.is_empty() {
        return false;
    }
    // The daemon itself, or under a private-root host's supervisor, its child.
    let mut pids = vec![pid as libc::pid_t];
    pids.extend(children_of(&pids));
    pids.iter().any(|pid| {
        let Ok(fds) = fs::read_dir(format!("/proc/{pid}/fd")) else { return false };
        fds.flatten()
            .any(|fd| fs::read_link(fd.path()).is_ok_and(|l| inodes.iter().any(|i| l.as_os_str() == i.as_str())))
    })
}

/// Kills a daemon and everything under it. sshd puts each connection in a new session (setsid), so its
/// process group alone would miss them: freeze the whole tree first so nothing forks away, then kill it.
fn kill_daemon(child: &mut Child) {
    let root = child.id() as libc::pid_t;
    if let Ok(None) = child.try_wait() {
        let mut tree = vec![root];
        signal(root, libc::SIGSTOP);
        loop {
            let new: Vec<libc::pid_t> = children_of(&tree).into_iter().filter(|p| !tree.contains(p)).collect();
            if new.is_empty() {
                break;
            }
            for &p in &new {
                signal(p, libc::SIGSTOP);
            }
            tree.extend(new);
        }
        for &p in &tree {
            signal(p, libc::SIGKILL);
        }
        // The daemon's own process group (it was started with process_group(0), so pgid == pid).
        signal(-root, libc::SIGKILL);
    }
    let _ = child.wait();
}

fn signal(pid: libc::pid_t, sig: libc::c_int) {
    // SAFETY: kill(2) has no memory-safety preconditions; a vanished pid is just ESRCH.
    unsafe {
        libc::kill(pid, sig);
    }
}

/// Pids whose parent is in `parents`, from /proc/<pid>/stat.
fn children_of(parents: &[libc::pid_t]) -> Vec<libc::pid_t> {
    let Ok(entries) = fs::read_dir("/proc") else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|e| {
            let pid: libc::pid_t = e.file_name().to_str()?.parse().ok()?;
            let stat = fs::read_to_string(e.path().join("stat")).ok()?;
            // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
            let ppid: libc::pid_t = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
            parents.contains(&ppid).then_some(pid)
        })
        .collect()
}

/// A port the kernel just handed out; it may be taken again before sshd binds it (await_sshd retries).
fn free_port() -> u16 {
    let l = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind 127.0.0.1:0");
    l.local_addr().expect("local_addr").port()
}

/// Binds 127.0.0.1:0 without listening: connections are refused, and the port stays ours.
fn reserve_port() -> (u16, OwnedFd) {
    // SAFETY: plain socket calls on a fd we own, with correctly sized sockaddr_in buffers.
    unsafe {
        let raw = libc::socket(libc::AF_INET, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        assert!(raw >= 0, "fleet: socket: {}", std::io::Error::last_os_error());
        let fd = OwnedFd::from_raw_fd(raw);
        let mut addr: libc::sockaddr_in = std::mem::zeroed();
        addr.sin_family = libc::AF_INET as libc::sa_family_t;
        addr.sin_addr.s_addr = u32::from(Ipv4Addr::LOCALHOST).to_be();
        let mut len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        let sa = &mut addr as *mut libc::sockaddr_in as *mut libc::sockaddr;
        assert!(libc::bind(fd.as_raw_fd(), sa, len) == 0, "fleet: bind: {}", std::io::Error::last_os_error());
        assert!(
            libc::getsockname(fd.as_raw_fd(), sa, &mut len) == 0,
            "fleet: getsockname: {}",
            std::io::Error::last_os_error()
        );
        (u16::from_be(addr.sin_port), fd)
    }
}

/// Generates ed25519 keys without passphrases, in parallel.
fn keygen(keys: &[(&Path, &str)]) {
    let children: Vec<Child> = keys
        .iter()
        .map(|(path, comment)| {
            Command::new("ssh-keygen")
                .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
                .arg(path)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| match e.kind() {
                    ErrorKind::NotFound => {
                        panic!("ssh-keygen not found on PATH: install openssh-client (scripts/test.sh does)")
                    }
                    _ => panic!("fleet: run ssh-keygen: {e}"),
                })
        })
        .collect();
    for (mut c, (path, _)) in children.into_iter().zip(keys) {
        let status = c.wait().expect("wait for ssh-keygen");
        assert!(status.success(), "fleet: ssh-keygen for {} failed: {status}", path.display());
    }
}

fn current_user() -> String {
    // SAFETY: getpwuid returns a pointer into static storage or null; we copy the name out at once.
    let name = unsafe {
        let pw = libc::getpwuid(libc::geteuid());
        (!pw.is_null()).then(|| std::ffi::CStr::from_ptr((*pw).pw_name).to_string_lossy().into_owned())
    };
    name.or_else(|| std::env::var("USER").ok()).expect("fleet: cannot tell the current user's name")
}

/// Whole-file replace, so an ssh or ssmctl reading it concurrently never sees half a file.
fn write_atomic(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, text).unwrap_or_else(|e| panic!("write {}: {e}", tmp.display()));
    fs::rename(&tmp, path).unwrap_or_else(|e| panic!("rename to {}: {e}", path.display()));
}

fn log_len(path: &Path) -> u64 {
    fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// A YAML scalar: plain when unambiguous, otherwise double-quoted with YAML escapes.
fn yaml_str(s: &str) -> String {
    let reserved = ["yes", "no", "y", "n", "true", "false", "on", "off", "null", "~"];
    let plain = s.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "_./-".contains(c))
        && !reserved.contains(&s.to_ascii_lowercase().as_str());
    if plain {
        return s.to_string();
    }
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(q, "\\x{:02x}", c as u32);
            }
            c => q.push(c),
        }
    }
    q.push('"');
    q
}
