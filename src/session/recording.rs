//! Session recordings: asciicast v2, written on the controller while the session streams,
//! each line chained by hash in a sidecar file so that a cut, an edit, a dropped or a
//! reordered line shows. The chain is an HMAC-SHA256 under a key derived from ssmctl's
//! key when one is configured (then even someone who can write the files cannot forge a
//! chain), else plain SHA-256 (which shows damage and edits that do not recompute it).
//!
//! `<file>.chain`: a first line `ssmctl-chain 1 hmac-sha256|sha256`, then `<n> <hex>` for
//! line n of the recording (0 is the header): h0 = MAC(header), hn = MAC(h(n-1) || line n);
//! at the end `end <n> <hex>`, the last link, which the store also keeps.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

pub struct Header {
    pub width: u16,
    pub height: u16,
    pub timestamp: i64,
    pub command: Option<String>,
    pub title: Option<String>,
    pub env: Vec<(String, String)>,
}

/// `sessions/` beside the state database, 0700 and ours.
pub fn sessions_dir(db_path: &Path) -> Result<PathBuf> {
    let dir = db_path.parent().unwrap_or(Path::new(".")).join("sessions");
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| Error::config(format!("cannot create {}: {e}", dir.display())))?;
    }
    let meta = std::fs::symlink_metadata(&dir).map_err(|e| Error::config(format!("{}: {e}", dir.display())))?;
    if !meta.is_dir() || meta.uid() != unsafe { libc::geteuid() } || meta.permissions().mode() & 0o077 != 0 {
        return Err(Error::config(format!(
            "session recordings directory {} must be a directory owned by you with mode 0700",
            dir.display()
        )));
    }
    Ok(dir)
}

fn chain_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".chain");
    PathBuf::from(p)
}

/// The chain's MAC: HMAC-SHA256 (RFC 2104) when keyed.
#[derive(Clone)]
struct Mac {
    key: Option<[u8; 32]>,
}

impl Mac {
    fn configured() -> Mac {
        Mac {
            key: crate::secrets::existing_default_key().map(|k| {
                let mut h = Sha256::new();
                h.update(b"ssmctl session recording chain\0");
                h.update(k);
                h.finalize().into()
            }),
        }
    }

    fn name(&self) -> &'static str {
        if self.key.is_some() { "hmac-sha256" } else { "sha256" }
    }

    fn link(&self, prev: Option<&[u8; 32]>, line: &[u8]) -> [u8; 32] {
        let message = |h: &mut Sha256| {
            if let Some(p) = prev {
                h.update(p);
            }
            h.update(line);
        };
        match &self.key {
            None => {
                let mut h = Sha256::new();
                message(&mut h);
                h.finalize().into()
            }
            Some(k) => {
                let (mut ipad, mut opad) = ([0x36u8; 64], [0x5cu8; 64]);
                for i in 0..32 {
                    ipad[i] ^= k[i];
                    opad[i] ^= k[i];
                }
                let mut inner = Sha256::new();
                inner.update(ipad);
                message(&mut inner);
                let inner: [u8; 32] = inner.finalize().into();
                let mut outer = Sha256::new();
                outer.update(opad);
                outer.update(inner);
                outer.finalize().into()
            }
        }
    }
}

pub struct Recorder {
    file: File,
    chain: File,
    mac: Mac,
    head: [u8; 32],
    lines: u64,
    carry: Vec<u8>,
    bytes_in: u64,
    bytes_out: u64,
    replaced: u64,
    last_secs: f64,
}

fn create_private(path: &Path) -> std::io::Result<File> {
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

impl Recorder {
    pub fn create(path: &Path, header: &Header) -> std::io::Result<Recorder> {
        let mut env = serde_json::Map::new();
        for (k, v) in &header.env {
            env.insert(k.clone(), v.clone().into());
        }
        let mut h = serde_json::json!({
            "version": 2,
            "width": header.width,
            "height": header.height,
            "timestamp": header.timestamp,
        });
        if let Some(c) = &header.command {
            h["command"] = c.clone().into();
        }
        if let Some(t) = &header.title {
            h["title"] = t.clone().into();
        }
        if !env.is_empty() {
            h["env"] = env.into();
        }
        let file = create_private(path)?;
        let chain = create_private(&chain_path(path))?;
        let mac = Mac::configured();
        let mut r = Recorder {
            file,
            chain,
            head: [0; 32],
            mac,
            lines: 0,
            carry: vec![],
            bytes_in: 0,
            bytes_out: 0,
            replaced: 0,
            last_secs: 0.0,
        };
        writeln!(r.chain, "ssmctl-chain 1 {}", r.mac.name())?;
        let line = h.to_string();
        r.head = r.mac.link(None, line.as_bytes());
        r.write_line(line, false)?;
        Ok(r)
    }

    /// Goes on with a recording (a resumed session) once its chain checks: its `end` line
    /// is taken off and the links continue from its last one.
    pub fn reopen(path: &Path) -> Result<Recorder> {
        let v = verify(path, None)?;
        let cp = chain_path(path);
        let text = std::fs::read_to_string(&cp).map_err(|e| broken(path, e.to_string()))?;
        let mut keep = text.len();
        let mut lines = text.lines().rev();
        let mut last = lines.next().unwrap_or_default();
        if last.starts_with("end ") {
            keep -= last.len() + 1;
            last = lines.next().unwrap_or_default();
        }
        let mac = mac_of(path, text.lines().next().unwrap_or_default())?;
        let (n, hex_head) = last.split_once(' ').ok_or_else(|| broken(path, "its chain is empty".into()))?;
        let mut head = [0u8; 32];
        hex::decode_to_slice(hex_head, &mut head).map_err(|_| broken(path, "its last link is not a hash".into()))?;
        let n: u64 = n.parse().map_err(|_| broken(path, "its last link has no line number".into()))?;
        let io = |e: std::io::Error| Error::config(format!("recording {}: {e}", path.display()));
        let chain = std::fs::OpenOptions::new().write(true).open(&cp).map_err(io)?;
        chain.set_len(keep as u64).map_err(io)?;
        let mut chain = chain;
        use std::io::Seek;
        chain.seek(std::io::SeekFrom::End(0)).map_err(io)?;
        let file = std::fs::OpenOptions::new().append(true).open(path).map_err(io)?;
        Ok(Recorder {
            file,
            chain,
            mac,
            head,
            lines: n + 1,
            carry: vec![],
            bytes_in: 0,
            bytes_out: 0,
            replaced: 0,
            last_secs: v.duration,
        })
    }

    /// Writes one line and its link, both flushed: a killed process leaves a valid prefix.
    fn write_line(&mut self, line: String, link: bool) -> std::io::Result<()> {
        if link {
            self.head = self.mac.link(Some(&self.head), line.as_bytes());
        }
        self.file.write_all(line.as_bytes())?;
        self.file.write_all(b"\n")?;
        self.file.flush()?;
        writeln!(self.chain, "{} {}", self.lines, hex::encode(self.head))?;
        self.chain.flush()?;
        self.lines += 1;
        Ok(())
    }

    fn event(&mut self, secs: f64, code: &str, data: &str) -> std::io::Result<()> {
        // Times never go back, whatever the clock did.
        let secs = secs.max(self.last_secs);
        self.last_secs = secs;
        let line = serde_json::json!([(secs * 1e6).round() / 1e6, code, data]).to_string();
        self.write_line(line, true)
    }

    /// Text from bytes that may end inside a UTF-8 sequence (kept for the next chunk);
    /// invalid bytes become U+FFFD and are counted.
    fn text(&mut self, bytes: &[u8]) -> String {
        let mut all = std::mem::take(&mut self.carry);
        all.extend_from_slice(bytes);
        let mut out = String::new();
        let mut rest: &[u8] = &all;
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    out.push_str(std::str::from_utf8(good).unwrap_or_default());
                    match e.error_len() {
                        Some(n) => {
                            out.push('\u{FFFD}');
                            self.replaced += 1;
                            rest = &bad[n..];
                        }
                        None => {
                            self.carry = bad.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        out
    }

    pub fn output(&mut self, secs: f64, bytes: &[u8]) -> std::io::Result<()> {
        self.bytes_out += bytes.len() as u64;
        let text = self.text(bytes);
        if text.is_empty() { Ok(()) } else { self.event(secs, "o", &text) }
    }

    /// Keystrokes (only when the preferences ask, and only while the host's terminal echoes).
    pub fn input(&mut self, secs: f64, bytes: &[u8]) -> std::io::Result<()> {
        self.bytes_in += bytes.len() as u64;
        let text = String::from_utf8_lossy(bytes).into_owned();
        self.event(secs, "i", &text)
    }

    pub fn count_input(&mut self, n: usize) {
        self.bytes_in += n as u64;
    }

    pub fn resize(&mut self, secs: f64, cols: u16, rows: u16) -> std::io::Result<()> {
        self.event(secs, "r", &format!("{cols}x{rows}"))
    }

    pub fn marker(&mut self, secs: f64, text: &str) -> std::io::Result<()> {
        self.event(secs, "m", text)
    }

    pub fn bytes_in(&self) -> u64 {
        self.bytes_in
    }

    pub fn bytes_out(&self) -> u64 {
        self.bytes_out
    }

    /// Ends the chain; its last link, which the store keeps.
    pub fn finish(mut self) -> std::io::Result<String> {
        if !self.carry.is_empty() {
            let n = self.carry.len() as u64;
            self.carry.clear();
            self.replaced += n;
            let secs = self.last_secs;
            self.event(secs, "o", "\u{FFFD}")?;
        }
        if self.replaced > 0 {
            let secs = self.last_secs;
            let note = format!("{} bytes of output were not UTF-8 and are shown as U+FFFD", self.replaced);
            self.marker(secs, &note)?;
        }
        let last = hex::encode(self.head);
        writeln!(self.chain, "end {} {last}", self.lines)?;
        self.chain.flush()?;
        self.file.sync_all()?;
        self.chain.sync_all()?;
        Ok(last)
    }
}

/// The chain's MAC, as its first line names it.
fn mac_of(path: &Path, first: &str) -> Result<Mac> {
    match first {
        "ssmctl-chain 1 sha256" => Ok(Mac { key: None }),
        "ssmctl-chain 1 hmac-sha256" => {
            let m = Mac::configured();
            if m.key.is_none() {
                return Err(Error::config(format!(
                    "recording {} is chained under ssmctl's key, which is not configured here (SSMCTL_KEY or its key file)",
                    path.display()
                )));
            }
            Ok(m)
        }
        _ => Err(broken(path, "its .chain file has no ssmctl chain header".into())),
    }
}

#[derive(Debug)]
pub struct Verified {
    pub events: usize,
    pub final_hash: String,
    /// The chain was ended by its writer (not cut short by a killed process).
    pub ended: bool,
    pub duration: f64,
}

fn broken(path: &Path, why: String) -> Error {
    Error::service("InvalidRecording", format!("recording {} does not verify: {why}", path.display()))
}

/// Recomputes the chain over the recording; `final_hash`, when given, must be its end.
pub fn verify(path: &Path, final_hash: Option<&str>) -> Result<Verified> {
    let open = |p: &Path| File::open(p).map_err(|e| Error::usage(format!("cannot read {}: {e}", p.display())));
    let rec = BufReader::new(open(path)?);
    let mut chain = BufReader::new(open(&chain_path(path))?).lines();
    let first = chain.next().transpose().map_err(|e| broken(path, e.to_string()))?.unwrap_or_default();
    let mac = mac_of(path, &first)?;
    let mut head: Option<[u8; 32]> = None;
    let mut n: u64 = 0;
    let mut duration = 0.0;
    let mut ended = false;
    let mut chain_lines = chain.peekable();
    for line in rec.split(b'\n') {
        let line = line.map_err(|e| broken(path, e.to_string()))?;
        let link = mac.link(head.as_ref(), &line);
        let expected = chain_lines.next().transpose().map_err(|e| broken(path, e.to_string()))?;
        let Some(expected) = expected else {
            return Err(broken(path, format!("line {} is not in its chain (added, or the chain was cut)", n + 1)));
        };
        if expected.starts_with("end ") {
            return Err(broken(path, format!("line {} was added after the chain ended", n + 1)));
        }
        if expected != format!("{n} {}", hex::encode(link)) {
            return Err(broken(path, format!("line {} was changed, removed or moved", n + 1)));
        }
        if n == 0 {
            let h: serde_json::Value =
                serde_json::from_slice(&line).map_err(|_| broken(path, "line 1 is not an asciicast header".into()))?;
            if h["version"] != 2 {
                return Err(broken(path, "line 1 is not an asciicast v2 header".into()));
            }
        } else if let Ok(serde_json::Value::Array(ev)) = serde_json::from_slice::<serde_json::Value>(&line) {
            duration = ev.first().and_then(|v| v.as_f64()).unwrap_or(duration);
        }
        head = Some(link);
        n += 1;
    }
    let last = hex::encode(head.unwrap_or_default());
    match chain_lines.next().transpose().map_err(|e| broken(path, e.to_string()))? {
        None => {}
        Some(l) if l == format!("end {n} {last}") => ended = true,
        Some(l) if l.starts_with("end ") => {
            return Err(broken(path, "the chain's end does not match the recording".into()));
        }
        Some(_) => return Err(broken(path, format!("the recording was cut short after line {n}"))),
    }
    if let Some(want) = final_hash
        && want != last
    {
        return Err(broken(path, format!("its chain ends {last}, not {want} as the store says")));
    }
    Ok(Verified { events: n.saturating_sub(1) as usize, final_hash: last, ended, duration })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header { width: 80, height: 24, timestamp: 1, command: Some("sh".into()), title: None, env: vec![] }
    }

    fn record(dir: &Path) -> (PathBuf, String) {
        let path = dir.join("s.cast");
        let mut r = Recorder::create(&path, &header()).unwrap();
        r.output(0.1, b"hello ").unwrap();
        // A character split across two reads comes out whole.
        r.output(0.2, &"é".as_bytes()[..1]).unwrap();
        r.output(0.3, &"é".as_bytes()[1..]).unwrap();
        r.output(0.4, b"\xff\n").unwrap();
        r.resize(0.5, 100, 30).unwrap();
        r.marker(0.6, "note").unwrap();
        let h = r.finish().unwrap();
        (path, h)
    }

    #[test]
    fn a_recording_verifies_and_keeps_its_text() {
        let dir = tempfile::tempdir().unwrap();
        let (path, h) = record(dir.path());
        let v = verify(&path, Some(&h)).unwrap();
        assert!(v.ended);
        assert_eq!(v.final_hash, h);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"é\""), "{text}");
        assert!(text.contains("\\ufffd") || text.contains('\u{FFFD}'), "{text}");
        assert!(text.contains("[0.5,\"r\",\"100x30\"]"), "{text}");
        assert!(text.contains("not UTF-8"), "{text}");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn every_change_shows() {
        let dir = tempfile::tempdir().unwrap();
        let (path, h) = record(dir.path());
        let good = std::fs::read(&path).unwrap();
        let lines: Vec<&[u8]> = good.split(|b| *b == b'\n').filter(|l| !l.is_empty()).collect();
        let join = |ls: &[&[u8]]| ls.iter().flat_map(|l| l.iter().copied().chain([b'\n'])).collect::<Vec<u8>>();
        let mut edited = good.clone();
        let at = String::from_utf8_lossy(&good).find("hello").unwrap();
        edited[at] = b'j';
        let mut swapped = lines.clone();
        swapped.swap(1, 2);
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("edited", edited),
            ("dropped", join(&[&lines[..2], &lines[3..]].concat())),
            ("cut", join(&lines[..3])),
            ("reordered", join(&swapped)),
            ("added", [good.clone(), b"[9,\"o\",\"x\"]\n".to_vec()].concat()),
        ];
        for (what, bytes) in cases {
            std::fs::write(&path, &bytes).unwrap();
            assert!(verify(&path, None).is_err(), "{what} verified");
        }
        std::fs::write(&path, &good).unwrap();
        verify(&path, Some(&h)).unwrap();
        assert!(verify(&path, Some(&"0".repeat(64))).is_err(), "a wrong final hash verified");
    }

    #[test]
    fn a_reopened_recording_goes_on_in_one_chain() {
        let dir = tempfile::tempdir().unwrap();
        let (path, first) = record(dir.path());
        let mut r = Recorder::reopen(&path).unwrap();
        r.marker(0.1, "resumed").unwrap();
        r.output(9.0, b"again").unwrap();
        let h = r.finish().unwrap();
        assert_ne!(h, first);
        let v = verify(&path, Some(&h)).unwrap();
        assert!(v.ended);
        assert_eq!(v.duration, 9.0);
        let text = std::fs::read_to_string(&path).unwrap();
        // Times never go back across the resume.
        assert!(text.contains("[0.6,\"m\",\"resumed\"]"), "{text}");
        // An edited recording is not continued.
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, String::from_utf8(bytes).unwrap().replace("again", "agaim")).unwrap();
        assert!(Recorder::reopen(&path).is_err());
    }

    #[test]
    fn a_keyed_chain_differs_from_a_plain_one() {
        let plain = Mac { key: None }.link(None, b"x");
        let keyed = Mac { key: Some([7; 32]) }.link(None, b"x");
        assert_ne!(plain, keyed);
        assert_eq!(keyed, Mac { key: Some([7; 32]) }.link(None, b"x"));
    }
}
