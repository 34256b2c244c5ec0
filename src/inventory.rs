//! The inventory file (SPEC §7): the managed instances, keyed by id, and how to reach them.
//!
//! The file is read with hand-written serde seeds rather than into a `Value` tree: that way
//! every problem is raised while serde_yaml_ng still knows where it is, so each error names
//! the file, the line and column, and the key path. The whole file is checked before an
//! `Inventory` is returned, so nothing ever runs against a half-read fleet.

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use indexmap::IndexMap;
use regex::Regex;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    Ssh,
    Local,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Host {
    pub id: String,
    /// Defaults to the id, so `~/.ssh/config` Host aliases work.
    pub address: String,
    pub user: Option<String>,
    pub port: Option<u16>,
    /// `~` expanded with `$HOME`; a relative path is taken from the inventory's directory.
    pub identity_file: Option<PathBuf>,
    /// Defaults merged under the host's (one entry per option, compared as ssh does, without
    /// case); booleans are written `yes`/`no` as ssh expects.
    pub ssh_options: IndexMap<String, String>,
    /// `Linux` | `MacOS` | `Windows`.
    pub platform: String,
    pub tags: IndexMap<String, String>,
    pub groups: Vec<String>,
    pub connection: Connection,
}

#[derive(Debug, Clone)]
pub struct Inventory {
    /// `None` for the implicit inventory.
    pub path: Option<PathBuf>,
    /// In file order.
    pub hosts: Vec<Host>,
}

const PLATFORMS: [&str; 3] = ["Linux", "MacOS", "Windows"];
const TOP_KEYS: [&str; 2] = ["defaults", "hosts"];
const HOST_KEYS: [&str; 9] =
    ["address", "user", "port", "identity_file", "ssh_options", "platform", "connection", "tags", "groups"];
/// Keys that describe one machine and so make no sense in `defaults`.
const HOST_ONLY_KEYS: [&str; 2] = ["address", "groups"];

static HOST_ID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$").unwrap());
static SSH_OPTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[A-Za-z][A-Za-z0-9]*$").unwrap());

/// The platform of the machine ssmctl runs on, as a PlatformType.
fn local_platform() -> &'static str {
    if cfg!(target_os = "macos") {
        "MacOS"
    } else if cfg!(windows) {
        "Windows"
    } else {
        "Linux"
    }
}

impl Inventory {
    /// One host, `localhost`, run on this machine: a fresh install can run a document at once.
    pub fn implicit() -> Inventory {
        Inventory {
            path: None,
            hosts: vec![Host {
                id: "localhost".into(),
                address: "localhost".into(),
                user: None,
                port: None,
                identity_file: None,
                ssh_options: IndexMap::new(),
                platform: local_platform().into(),
                tags: IndexMap::new(),
                groups: Vec::new(),
                connection: Connection::Local,
            }],
        }
    }

    /// Parses and checks inventory text; `path` is where it came from, for messages and for
    /// relative identity files.
    pub fn parse(text: &str, path: &Path) -> Result<Inventory> {
        let home = std::env::var("HOME").ok().filter(|h| !h.is_empty());
        parse_with_home(text, path, home.as_deref())
    }

    /// `--inventory`, else `SSMCTL_INVENTORY`, else the XDG config file if it exists, else the
    /// implicit inventory.
    pub fn load(explicit: Option<&Path>) -> Result<Inventory> {
        let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        let chosen =
            choose_path(explicit, env("SSMCTL_INVENTORY"), env("XDG_CONFIG_HOME"), env("HOME"), |p| p.exists());
        let Some(path) = chosen else {
            return Ok(Inventory::implicit());
        };
        let bytes = std::fs::read(&path)
            .map_err(|e| Error::config(format!("inventory {}: cannot read: {e}", path.display())))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            Error::config(format!(
                "inventory {}: not UTF-8 text (byte {})",
                path.display(),
                e.utf8_error().valid_up_to()
            ))
        })?;
        Inventory::parse(&text, &path)
    }

    pub fn get(&self, id: &str) -> Option<&Host> {
        self.hosts.iter().find(|h| h.id == id)
    }
}

/// Which file `load` reads, if any. An explicit path or `SSMCTL_INVENTORY` is returned whether
/// or not it exists (reading it then fails loudly); the XDG default only when it exists.
fn choose_path(
    explicit: Option<&Path>,
    env_inventory: Option<PathBuf>,
    xdg_config_home: Option<PathBuf>,
    home: Option<PathBuf>,
    exists: impl Fn(&Path) -> bool,
) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = env_inventory {
        return Some(p);
    }
    // The XDG spec says a relative XDG_CONFIG_HOME is to be ignored.
    let config = xdg_config_home.filter(|p| p.is_absolute()).or_else(|| home.map(|h| h.join(".config")))?;
    let default = config.join("ssmctl").join("inventory.yaml");
    exists(&default).then_some(default)
}

fn parse_with_home(text: &str, path: &Path, home: Option<&str>) -> Result<Inventory> {
    let ctx = Ctx {
        key_error: RefCell::new(None),
        home: home.map(str::to_string),
        base_dir: path.parent().map(Path::to_path_buf),
    };
    let de = serde_yaml_ng::Deserializer::from_str(text);
    let file = TopSeed { ctx: &ctx }.deserialize(de).map_err(|e| {
        let loc = e.location();
        let msg = match ctx.key_error.borrow_mut().take() {
            Some(m) => m,
            None => match &loc {
                // The location is printed once, in front, not again at the end.
                Some(l) => e.to_string().replacen(&format!(" at line {} column {}", l.line(), l.column()), "", 1),
                None => e.to_string(),
            },
        };
        let at = loc.map(|l| format!("line {}, column {}: ", l.line(), l.column())).unwrap_or_default();
        Error::config(format!("inventory {}: {at}{msg}", path.display()))
    })?;
    Ok(Inventory { path: Some(path.to_path_buf()), hosts: file.build() })
}

/// Settings as written, for `defaults` or one host; `None` = not given.
#[derive(Default)]
struct Settings {
    address: Option<String>,
    user: Option<String>,
    port: Option<u16>,
    identity_file: Option<PathBuf>,
    ssh_options: Option<IndexMap<String, String>>,
    platform: Option<String>,
    connection: Option<Connection>,
    tags: Option<IndexMap<String, String>>,
    groups: Option<Vec<String>>,
}

struct File {
    defaults: Settings,
    hosts: Vec<(String, Settings)>,
}

impl File {
    /// Merges `defaults` under each host. Everything was checked while reading.
    fn build(self) -> Vec<Host> {
        let d = self.defaults;
        self.hosts
            .into_iter()
            .map(|(id, h)| {
                let connection = h.connection.or(d.connection).unwrap_or(Connection::Ssh);
                let platform = h.platform.or_else(|| d.platform.clone()).unwrap_or_else(|| {
                    // A local host is this machine; a remote one is Linux unless told.
                    match connection {
                        Connection::Local => local_platform().into(),
                        Connection::Ssh => "Linux".into(),
                    }
                });
                let mut ssh_options = d.ssh_options.clone().unwrap_or_default();
                for (k, v) in h.ssh_options.unwrap_or_default() {
                    ssh_options.retain(|dk, _| !dk.eq_ignore_ascii_case(&k));
                    ssh_options.insert(k, v);
                }
                let mut tags = d.tags.clone().unwrap_or_default();
                tags.extend(h.tags.unwrap_or_default());
                Host {
                    address: h.address.unwrap_or_else(|| id.clone()),
                    id,
                    user: h.user.or_else(|| d.user.clone()),
                    port: h.port.or(d.port),
                    identity_file: h.identity_file.or_else(|| d.identity_file.clone()),
                    ssh_options,
                    platform,
                    tags,
                    groups: h.groups.unwrap_or_default(),
                    connection,
                }
            })
            .collect()
    }
}

/// Shared by all seeds of one parse.
struct Ctx {
    /// serde_yaml_ng marks an error raised on a key with the key's line but the enclosing
    /// mapping's path, so errors about keys record their own full `path: message` here.
    key_error: RefCell<Option<String>>,
    home: Option<String>,
    base_dir: Option<PathBuf>,
}

impl Ctx {
    fn key_error(&self, path: &str, msg: impl fmt::Display) -> String {
        let text = format!("{path}: {msg}");
        *self.key_error.borrow_mut() = Some(text.clone());
        text
    }

    fn expand(&self, file: &str) -> PathBuf {
        let expanded = match (file.strip_prefix('~'), &self.home) {
            (Some(""), Some(home)) => PathBuf::from(home),
            (Some(rest), Some(home)) if rest.starts_with('/') => PathBuf::from(home).join(rest.trim_start_matches('/')),
            _ => PathBuf::from(file),
        };
        match &self.base_dir {
            Some(dir) if expanded.is_relative() && !file.starts_with('~') => dir.join(expanded),
            _ => expanded,
        }
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") }
}

/// The closest known key, for "did you mean".
fn suggest(key: &str, known: &[&str]) -> String {
    let lower = key.to_ascii_lowercase();
    match known.iter().map(|k| (edit_distance(&lower, k), *k)).min() {
        Some((d, k)) if d <= 2 || lower.replace('-', "_") == k => format!(" (did you mean `{k}`?)"),
        _ => format!(" (known keys: {})", known.join(", ")),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Plain scalars that YAML reads as null; a raw-text read sees them as these strings.
fn is_null(s: &str) -> bool {
    matches!(s, "" | "~" | "null" | "Null" | "NULL")
}

/// One scalar read as the text written (so `1.10` stays `1.10` and `0x1F` stays `0x1F`),
/// checked inside the visit: only errors raised there get the scalar's line.
struct Scalar<F> {
    expecting: &'static str,
    check: F,
}

fn scalar<T, F: FnOnce(&str) -> Result<T, String>>(expecting: &'static str, check: F) -> Scalar<F> {
    Scalar { expecting, check }
}

impl<'de, T, F: FnOnce(&str) -> Result<T, String>> DeserializeSeed<'de> for Scalar<F> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, T, F: FnOnce(&str) -> Result<T, String>> Visitor<'de> for Scalar<F> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.check)(v).map_err(E::custom)
    }
}

/// A word ssh receives as one argument: no blanks or control characters, and no leading `-`
/// that ssh could take for an option.
fn word(what: &str, v: &str) -> Result<String, String> {
    if is_null(v) {
        Err(format!("{what} needs a value"))
    } else if v.starts_with('-') || v.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Err(format!("{v:?} is not a valid {what} (no blanks, no leading '-')"))
    } else {
        Ok(v.to_string())
    }
}

fn port(v: &str) -> Result<u16, String> {
    match v.parse::<u64>() {
        Ok(p) if (1..=65535).contains(&p) => Ok(p as u16),
        _ => Err(format!("{v} is not a port (1-65535)")),
    }
}

fn one_of<T: Copy>(v: &str, choices: &[(&str, T)]) -> Result<T, String> {
    choices.iter().find(|(name, _)| name.eq_ignore_ascii_case(v)).map(|(_, t)| *t).ok_or_else(|| {
        let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
        format!("{v:?} is not one of {}", names.join(", "))
    })
}

struct TopSeed<'c> {
    ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for TopSeed<'_> {
    type Value = File;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<File, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopSeed<'_> {
    type Value = File;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping with `hosts` (and optionally `defaults`)")
    }
    fn visit_unit<E: de::Error>(self) -> Result<File, E> {
        Err(E::custom("the inventory is empty; expected a mapping with `hosts`"))
    }
    /// An empty document.
    fn visit_none<E: de::Error>(self) -> Result<File, E> {
        self.visit_unit()
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<File, A::Error> {
        let ctx = self.ctx;
        let mut seen: Vec<String> = Vec::new();
        let mut file = File { defaults: Settings::default(), hosts: Vec::new() };
        while let Some(key) = map.next_key_seed(scalar("a key", |k| {
            if !TOP_KEYS.contains(&k) {
                Err(ctx.key_error(k, format!("unknown key{}", suggest(k, &TOP_KEYS))))
            } else if seen.iter().any(|s| s == k) {
                Err(ctx.key_error(k, "duplicate key"))
            } else {
                Ok(k.to_string())
            }
        }))? {
            seen.push(key.clone());
            if key == "defaults" {
                file.defaults = map.next_value_seed(SettingsSeed { ctx, path: "defaults".into(), defaults: true })?;
            } else {
                file.hosts = map.next_value_seed(HostsSeed { ctx })?;
            }
        }
        if !seen.iter().any(|k| k == "hosts") {
            return Err(de::Error::custom("missing key `hosts` (a mapping of host id to settings)"));
        }
        Ok(file)
    }
}

struct HostsSeed<'c> {
    ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for HostsSeed<'_> {
    type Value = Vec<(String, Settings)>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for HostsSeed<'_> {
    type Value = Vec<(String, Settings)>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping of host id to host settings")
    }
    /// `hosts:` with nothing under it: a fleet of none.
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut hosts: Vec<(String, Settings)> = Vec::new();
        while let Some(id) = map.next_key_seed(scalar("a host id", |k| {
            let path = join("hosts", k);
            if k.is_empty() {
                Err(ctx.key_error("hosts", "empty host id"))
            } else if !HOST_ID.is_match(k) {
                Err(ctx.key_error(
                    &path,
                    "not a valid host id (letters, digits and _ . : @ -, starting with a letter \
                     or digit, at most 128)",
                ))
            } else if hosts.iter().any(|(id, _)| id == k) {
                Err(ctx.key_error(&path, "duplicate host id"))
            } else {
                Ok(k.to_string())
            }
        }))? {
            let path = join("hosts", &id);
            let settings = map.next_value_seed(SettingsSeed { ctx, path, defaults: false })?;
            hosts.push((id, settings));
        }
        Ok(hosts)
    }
}

/// The settings of one host, or of `defaults`.
struct SettingsSeed<'c> {
    ctx: &'c Ctx,
    path: String,
    defaults: bool,
}

impl<'de> DeserializeSeed<'de> for SettingsSeed<'_> {
    type Value = Settings;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Settings, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SettingsSeed<'_> {
    type Value = Settings;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping of settings")
    }
    /// `web-2:` with nothing under it: a host with the defaults.
    fn visit_unit<E: de::Error>(self) -> Result<Settings, E> {
        Ok(Settings::default())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Settings, A::Error> {
        let (ctx, path) = (self.ctx, &self.path);
        let mut seen: Vec<&'static str> = Vec::new();
        let mut s = Settings::default();
        while let Some(key) = map.next_key_seed(scalar("a setting name", |k| {
            let at = join(path, k);
            match HOST_KEYS.iter().find(|known| **known == k) {
                None => Err(ctx.key_error(&at, format!("unknown key{}", suggest(k, &HOST_KEYS)))),
                Some(known) if self.defaults && HOST_ONLY_KEYS.contains(known) => {
                    Err(ctx.key_error(&at, "not allowed in defaults (it is set per host)"))
                }
                Some(known) if seen.contains(known) => Err(ctx.key_error(&at, "duplicate key")),
                Some(known) => Ok(*known),
            }
        }))? {
            seen.push(key);
            let at = join(path, key);
            match key {
                "address" => s.address = Some(map.next_value_seed(scalar("an address", |v| word("address", v)))?),
                "user" => s.user = Some(map.next_value_seed(scalar("a user name", |v| word("user", v)))?),
                "port" => s.port = Some(map.next_value_seed(scalar("a port number", port))?),
                "identity_file" => {
                    s.identity_file = Some(map.next_value_seed(scalar("a file path", |v| {
                        if is_null(v) || v.chars().any(char::is_control) {
                            Err(format!("{v:?} is not a file path"))
                        } else {
                            Ok(ctx.expand(v))
                        }
                    }))?)
                }
                "platform" => {
                    let choices = PLATFORMS.map(|p| (p, p));
                    let p = map.next_value_seed(scalar("a platform", |v| one_of(v, &choices)))?;
                    s.platform = Some(p.to_string());
                }
                "connection" => {
                    let choices = [("ssh", Connection::Ssh), ("local", Connection::Local)];
                    s.connection = Some(map.next_value_seed(scalar("local or ssh", |v| one_of(v, &choices)))?);
                }
                "ssh_options" => s.ssh_options = Some(map.next_value_seed(PairsSeed { ctx, path: at, ssh: true })?),
                "tags" => s.tags = Some(map.next_value_seed(PairsSeed { ctx, path: at, ssh: false })?),
                _ => s.groups = Some(map.next_value_seed(GroupsSeed)?),
            }
        }
        Ok(s)
    }
}

/// `tags` (AWS tag rules) or `ssh_options` (ssh `-o Name=value` rules): scalar to scalar.
struct PairsSeed<'c> {
    ctx: &'c Ctx,
    path: String,
    ssh: bool,
}

impl<'de> DeserializeSeed<'de> for PairsSeed<'_> {
    type Value = IndexMap<String, String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for PairsSeed<'_> {
    type Value = IndexMap<String, String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping of names to values")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(IndexMap::new())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (ctx, path, ssh) = (self.ctx, &self.path, self.ssh);
        let mut out: IndexMap<String, String> = IndexMap::new();
        while let Some(key) = map.next_key_seed(scalar("a name", |k| {
            let at = join(path, k);
            // ssh option names are case-insensitive; tag keys are not.
            let dup = out.keys().any(|o| if ssh { o.eq_ignore_ascii_case(k) } else { o == k });
            if dup {
                Err(ctx.key_error(&at, "duplicate key"))
            } else if ssh && !SSH_OPTION.is_match(k) {
                Err(ctx.key_error(&at, "not an ssh option name (letters and digits)"))
            } else if !ssh && (k.is_empty() || k.chars().count() > 128) {
                Err(ctx.key_error(&at, "a tag key has 1 to 128 characters"))
            } else {
                Ok(k.to_string())
            }
        }))? {
            let value = if ssh {
                map.next_value_seed(scalar("an ssh option value", |v| match v {
                    "true" | "True" | "TRUE" => Ok("yes".to_string()),
                    "false" | "False" | "FALSE" => Ok("no".to_string()),
                    v if is_null(v) || v.chars().any(char::is_control) => {
                        Err(format!("{v:?} is not an ssh option value"))
                    }
                    v => Ok(v.to_string()),
                }))?
            } else {
                map.next_value_seed(scalar("a tag value", |v| {
                    // AWS allows an empty tag value; YAML's null spellings mean that too.
                    if is_null(v) {
                        Ok(String::new())
                    } else if v.chars().count() > 256 {
                        Err("a tag value has at most 256 characters".to_string())
                    } else {
                        Ok(v.to_string())
                    }
                }))?
            };
            out.insert(key, value);
        }
        Ok(out)
    }
}

struct GroupsSeed;

impl<'de> DeserializeSeed<'de> for GroupsSeed {
    type Value = Vec<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<String>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for GroupsSeed {
    type Value = Vec<String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of group names")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Vec<String>, E> {
        Ok(Vec::new())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
        let mut groups: Vec<String> = Vec::new();
        while let Some(g) = seq.next_element_seed(scalar("a group name", |v| {
            if is_null(v) || v.chars().any(char::is_control) {
                Err(format!("{v:?} is not a group name"))
            } else {
                Ok(v.to_string())
            }
        }))? {
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
        Ok(groups)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Inventory> {
        parse_with_home(text, Path::new("/etc/ssmctl/inv.yaml"), Some("/home/ops"))
    }

    /// The message of a config error (exit 253), without the `ssmctl: error:` prefix.
    fn err(text: &str) -> String {
        match parse(text) {
            Ok(inv) => panic!("expected an error, got {inv:?}"),
            Err(e @ Error::Config(_)) => {
                assert_eq!(e.exit_code(), 253);
                let m = e.to_string().trim_start_matches("ssmctl: error: ").to_string();
                assert!(!m.contains('\n'), "{m}");
                assert!(m.starts_with("inventory /etc/ssmctl/inv.yaml: "), "{m}");
                m
            }
            Err(other) => panic!("not a config error: {other:?}"),
        }
    }

    const SPEC_EXAMPLE: &str = "\
defaults:
  user: ops
  port: 22
  identity_file: ~/.ssh/id_ed25519
  ssh_options: {StrictHostKeyChecking: accept-new}
hosts:
  web-1:
    address: 10.0.0.5
    platform: Linux
    tags: {Role: WebServer, Environment: Production}
    groups: [frontend]
  build-box:
    connection: local
";

    #[test]
    fn spec_example() {
        let inv = parse(SPEC_EXAMPLE).unwrap();
        assert_eq!(inv.path.as_deref(), Some(Path::new("/etc/ssmctl/inv.yaml")));
        let ids: Vec<&str> = inv.hosts.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["web-1", "build-box"]);
        let web = inv.get("web-1").unwrap();
        assert_eq!(web.address, "10.0.0.5");
        assert_eq!(web.user.as_deref(), Some("ops"));
        assert_eq!(web.port, Some(22));
        assert_eq!(web.identity_file.as_deref(), Some(Path::new("/home/ops/.ssh/id_ed25519")));
        assert_eq!(web.ssh_options["StrictHostKeyChecking"], "accept-new");
        assert_eq!(web.platform, "Linux");
        assert_eq!(
            web.tags.iter().collect::<Vec<_>>(),
            [(&"Role".into(), &"WebServer".into()), (&"Environment".into(), &"Production".into())]
        );
        assert_eq!(web.groups, ["frontend"]);
        assert_eq!(web.connection, Connection::Ssh);
        let bb = inv.get("build-box").unwrap();
        assert_eq!(bb.address, "build-box");
        assert_eq!(bb.connection, Connection::Local);
        assert_eq!(bb.platform, local_platform());
        assert!(bb.tags.is_empty() && bb.groups.is_empty());
        assert!(inv.get("web-2").is_none());
    }

    #[test]
    fn defaults_merge_host_wins() {
        let inv = parse(
            "defaults:
  user: ops
  platform: Windows
  connection: local
  ssh_options: {StrictHostKeyChecking: accept-new, BatchMode: yes, ConnectTimeout: 5}
  tags: {Env: Prod, Team: Web}
hosts:
  a:
    user: root
    port: 2222
    connection: ssh
    ssh_options: {stricthostkeychecking: no, Compression: true, ForwardAgent: false}
    tags: {Env: Dev, Version: 1.10, Hex: 0x1F, On: true, Empty: }
  b:
",
        )
        .unwrap();
        let a = inv.get("a").unwrap();
        assert_eq!(a.user.as_deref(), Some("root"));
        assert_eq!(a.port, Some(2222));
        assert_eq!(a.platform, "Windows");
        assert_eq!(a.connection, Connection::Ssh);
        let opts: Vec<(&str, &str)> = a.ssh_options.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            opts,
            [
                ("BatchMode", "yes"),
                ("ConnectTimeout", "5"),
                ("stricthostkeychecking", "no"),
                ("Compression", "yes"),
                ("ForwardAgent", "no")
            ]
        );
        // Scalars are kept as written: no float or hex reinterpretation.
        let tags: Vec<(&str, &str)> = a.tags.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            tags,
            [("Env", "Dev"), ("Team", "Web"), ("Version", "1.10"), ("Hex", "0x1F"), ("On", "true"), ("Empty", "")]
        );
        // An empty host body is a host with the defaults.
        let b = inv.get("b").unwrap();
        assert_eq!((b.user.as_deref(), b.port, b.connection), (Some("ops"), None, Connection::Local));
        assert_eq!(b.tags.len(), 2);
        assert_eq!(b.address, "b");
    }

    #[test]
    fn empty_hosts_and_paths() {
        assert!(parse("hosts:\n").unwrap().hosts.is_empty());
        assert!(parse("hosts: {}\ndefaults:\n").unwrap().hosts.is_empty());
        let inv = parse(
            "hosts:\n  i-0abc: {identity_file: keys/id}\n  mi-0123456789abcdef0: {identity_file: ~}\n  x: {identity_file: /k}\n  node-001.example.com: {}\n  u@h:22: {}\n",
        );
        // `~` alone is YAML null, which is not a path.
        assert!(inv.unwrap_err().to_string().contains("line 3"));
        let inv = parse("hosts:\n  i-0abc: {identity_file: keys/id}\n  x: {identity_file: /k}\n  node-001.example.com: {}\n  u@h:22: {}\n").unwrap();
        assert_eq!(inv.hosts[0].identity_file.as_deref(), Some(Path::new("/etc/ssmctl/keys/id")));
        assert_eq!(inv.hosts[1].identity_file.as_deref(), Some(Path::new("/k")));
        assert_eq!(inv.hosts.len(), 4);
    }

    #[test]
    fn line_numbers() {
        let unknown = "hosts:\n  web-1:\n    address: 10.0.0.5\n    adress: 10.0.0.6\n";
        assert_eq!(
            err(unknown),
            "inventory /etc/ssmctl/inv.yaml: line 4, column 5: hosts.web-1.adress: unknown key (did you mean `address`?)"
        );
        let port = "defaults:\n  user: ops\nhosts:\n  web-1:\n    address: 10.0.0.5\n\n    port: 70000\n";
        assert_eq!(
            err(port),
            "inventory /etc/ssmctl/inv.yaml: line 7, column 11: hosts.web-1.port: 70000 is not a port (1-65535)"
        );
        let dup = "hosts:\n  web-1:\n    port: 22\n  web-2: {}\n  web-1:\n    port: 23\n";
        assert_eq!(err(dup), "inventory /etc/ssmctl/inv.yaml: line 5, column 3: hosts.web-1: duplicate host id");
        assert!(
            err("hosts:\n  web-1: {}\n  \"web-1\": {}\n").contains("line 3, column 3: hosts.web-1: duplicate host id")
        );
    }

    #[test]
    fn syntax_errors_have_a_location() {
        let m = err("hosts:\n  web-1:\n    port: 22\n   user: x\n");
        assert!(m.contains("line 4"), "{m}");
        let m = err("hosts: {a: {port: 22}\n");
        assert!(m.contains("line 2"), "{m}");
        let m = err("hosts:\n\tweb-1: {}\n");
        assert!(m.contains("line 2"), "{m}");
        let m = err("hosts:\n  a: *nope\n");
        assert!(m.contains("line 2"), "{m}");
    }

    #[test]
    fn structure_errors() {
        let cases: &[(&str, &str)] = &[
            ("", "the inventory is empty"),
            ("- a\n", "expected a mapping with `hosts`"),
            ("defaults: {}\n", "missing key `hosts`"),
            ("hostz: {}\n", "line 1, column 1: hostz: unknown key (did you mean `hosts`?)"),
            ("hosts: {}\nhosts: {}\n", "line 2, column 1: hosts: duplicate key"),
            ("hosts: [a, b]\n", "hosts: invalid type: sequence"),
            (
                "hosts:\n  a: b\n",
                "line 2, column 6: hosts.a: invalid type: string \"b\", expected a mapping of settings",
            ),
            (
                "defaults:\n  nope: 1\nhosts: {}\n",
                "line 2, column 3: defaults.nope: unknown key (known keys: address, user",
            ),
            ("defaults:\n  address: x\nhosts: {}\n", "line 2, column 3: defaults.address: not allowed in defaults"),
            ("defaults:\n  groups: [x]\nhosts: {}\n", "line 2, column 3: defaults.groups: not allowed in defaults"),
            ("hosts:\n  a:\n    port: 22\n    port: 23\n", "line 4, column 5: hosts.a.port: duplicate key"),
            (
                "hosts:\n  a:\n    identity-file: x\n",
                "hosts.a.identity-file: unknown key (did you mean `identity_file`?)",
            ),
            ("---\nhosts: {}\n---\nhosts: {}\n", "more than one document"),
        ];
        for (text, want) in cases {
            let m = err(text);
            assert!(m.contains(want), "{text:?}: {m}");
        }
    }

    #[test]
    fn value_errors() {
        let cases: &[(&str, &str)] = &[
            ("port: 0", "line 3, column 11: hosts.a.port: 0 is not a port (1-65535)"),
            ("port: 65536", "hosts.a.port: 65536 is not a port"),
            ("port: -1", "hosts.a.port: -1 is not a port"),
            ("port: ssh", "hosts.a.port: ssh is not a port"),
            ("port: 99999999999999999999999", "is not a port"),
            ("port: 22.5", "hosts.a.port: 22.5 is not a port"),
            ("port: [22]", "hosts.a.port: invalid type: sequence, expected a port number"),
            ("platform: Solaris", "hosts.a.platform: \"Solaris\" is not one of Linux, MacOS, Windows"),
            ("connection: telnet", "hosts.a.connection: \"telnet\" is not one of ssh, local"),
            ("tags: [a]", "hosts.a.tags: invalid type: sequence, expected a mapping"),
            ("tags: {a: 1, a: 2}", "line 3, column 18: hosts.a.tags.a: duplicate key"),
            ("tags: {a: {b: c}}", "hosts.a.tags.a: invalid type: map, expected a tag value"),
            ("tags: {a: [b]}", "hosts.a.tags.a: invalid type: sequence, expected a tag value"),
            ("tags: {\"\": x}", "hosts.a.tags.: a tag key has 1 to 128 characters"),
            ("tags: {[k]: v}", "hosts.a.tags: invalid type: sequence, expected a name"),
            ("groups: web", "hosts.a.groups: invalid type: string \"web\", expected a list of group names"),
            ("groups: [[web]]", "hosts.a.groups[0]: invalid type: sequence, expected a group name"),
            ("groups: [web, \"\"]", "hosts.a.groups[1]: \"\" is not a group name"),
            ("ssh_options: [a]", "hosts.a.ssh_options: invalid type: sequence"),
            ("ssh_options: {Port: 22, port: 23}", "hosts.a.ssh_options.port: duplicate key"),
            ("ssh_options: {\"-oProxyCommand\": x}", "hosts.a.ssh_options.-oProxyCommand: not an ssh option name"),
            ("ssh_options: {Foo: {a: b}}", "hosts.a.ssh_options.Foo: invalid type: map"),
            ("ssh_options: {Foo: \"a\\nb\"}", "hosts.a.ssh_options.Foo: \"a\\nb\" is not an ssh option value"),
            ("address: \"-oProxyCommand=evil\"", "hosts.a.address: \"-oProxyCommand=evil\" is not a valid address"),
            ("address: \"a b\"", "is not a valid address"),
            ("address:", "hosts.a.address: address needs a value"),
            ("user: \"\"", "hosts.a.user: user needs a value"),
            ("user: {x: y}", "hosts.a.user: invalid type: map"),
            ("identity_file: \"\"", "hosts.a.identity_file: \"\" is not a file path"),
        ];
        for (body, want) in cases {
            let text = format!("hosts:\n  a:\n    {body}\n");
            let m = err(&text);
            assert!(m.contains(want), "{body:?}: {m}");
        }
    }

    #[test]
    fn host_ids() {
        for ok in ["i-0abc", "mi-0123456789abcdef0", "web-1", "node-001", "a", "1", "h.example.com", "u@h:2", "x_y"] {
            let inv = parse(&format!("hosts:\n  \"{ok}\": {{}}\n")).unwrap();
            assert_eq!(inv.hosts[0].id, ok);
        }
        assert!(err("hosts:\n  \"\": {}\n").contains("line 2, column 3: hosts: empty host id"));
        for bad in ["-x", ".x", "a b", "a/b", "é", "a\\tb", &"a".repeat(129)] {
            let m = err(&format!("hosts:\n  \"{bad}\": {{}}\n"));
            assert!(m.contains("not a valid host id"), "{bad}: {m}");
        }
        assert!(parse(&format!("hosts:\n  {}: {{}}\n", "a".repeat(128))).is_ok());
    }

    #[test]
    fn platform_and_connection_ignore_case() {
        let inv = parse("hosts:\n  a: {platform: macos, connection: LOCAL}\n  b: {platform: windows}\n").unwrap();
        assert_eq!((inv.hosts[0].platform.as_str(), inv.hosts[0].connection), ("MacOS", Connection::Local));
        assert_eq!(inv.hosts[1].platform, "Windows");
    }

    #[test]
    fn anchors_and_aliases() {
        let inv = parse("hosts:\n  a: &base {port: 2200, tags: {Role: Db}}\n  b: *base\n").unwrap();
        assert_eq!(inv.hosts[1].port, Some(2200));
        assert_eq!(inv.hosts[1].tags["Role"], "Db");
    }

    #[test]
    fn never_panics() {
        let nasty = [
            "\0",
            "{",
            "}",
            "[",
            "]",
            ":",
            "- - -",
            "? ",
            "hosts: !!binary aGVsbG8=",
            "hosts: &a [*a]",
            "hosts:\n  a: &x\n    b: *x\n",
            "%YAML 1.1\n---\nhosts: {}",
            "%TAG ! tag:x,2000:\n---\nhosts: {}",
            "hosts: {a: !!str {}}",
            "hosts:\n  a:\n    tags: !!set {x}\n",
            "\u{feff}hosts: {}\n",
            "hosts: !!null",
            "hosts: |\n  a\n",
            "hosts: {a: {groups: !!seq {}}}",
            "'",
            "\"\\u",
            "hosts: {? : }",
            "&a [*a, *a]",
            "hosts: {a: {port: !!int x}}",
            "hosts: {a: {port: !!float 1}}",
        ];
        for text in nasty {
            let _ = parse(text);
        }
        let deep = format!("hosts: {}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse(&deep).is_err());
        let deep = format!("hosts:\n  a:\n    tags: {}{}", "{a: ".repeat(10_000), "}".repeat(10_000));
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn implicit_inventory() {
        let inv = Inventory::implicit();
        assert!(inv.path.is_none());
        let h = inv.get("localhost").unwrap();
        assert_eq!(inv.hosts.len(), 1);
        assert_eq!((h.address.as_str(), h.connection), ("localhost", Connection::Local));
        assert_eq!(h.platform, if cfg!(target_os = "macos") { "MacOS" } else { "Linux" });
    }

    #[test]
    fn which_file_is_loaded() {
        let p = |s: &str| Some(PathBuf::from(s));
        let never = |_: &Path| false;
        let always = |_: &Path| true;
        assert_eq!(choose_path(Some(Path::new("/x.yaml")), p("/env.yaml"), None, p("/h"), never), p("/x.yaml"));
        assert_eq!(choose_path(None, p("/env.yaml"), p("/cfg"), p("/h"), never), p("/env.yaml"));
        assert_eq!(choose_path(None, None, p("/cfg"), p("/h"), always), p("/cfg/ssmctl/inventory.yaml"));
        assert_eq!(choose_path(None, None, p("rel"), p("/h"), always), p("/h/.config/ssmctl/inventory.yaml"));
        assert_eq!(choose_path(None, None, None, p("/h"), always), p("/h/.config/ssmctl/inventory.yaml"));
        assert_eq!(choose_path(None, None, p("/cfg"), p("/h"), never), None);
        assert_eq!(choose_path(None, None, None, None, always), None);
    }

    #[test]
    fn load_reads_files_and_reports_missing_ones() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("inv.yaml");
        std::fs::write(&file, SPEC_EXAMPLE).unwrap();
        let inv = Inventory::load(Some(&file)).unwrap();
        assert_eq!(inv.path.as_deref(), Some(file.as_path()));
        assert_eq!(inv.hosts.len(), 2);

        let missing = dir.path().join("nope.yaml");
        let e = Inventory::load(Some(&missing)).unwrap_err();
        assert_eq!(e.exit_code(), 253);
        assert!(e.to_string().contains(&format!("inventory {}: cannot read", missing.display())), "{e}");

        let e = Inventory::load(Some(dir.path())).unwrap_err();
        assert_eq!(e.exit_code(), 253);

        std::fs::write(&file, b"hosts:\n  \xff: {}\n").unwrap();
        let e = Inventory::load(Some(&file)).unwrap_err();
        assert!(e.to_string().contains("not UTF-8"), "{e}");
    }
}
