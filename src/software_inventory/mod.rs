//! The `aws:softwareInventory` plugin (AWS-GatherSoftwareInventory): one shell script that
//! gathers every enabled type with the host's own tools in one round trip, and the parser
//! that turns its output into inventory items on the controller. Nothing is installed on the
//! host; a gatherer whose tool is missing yields nothing for its type and says so.

mod parse;
pub mod report;
pub mod store;

pub use parse::parse;

use crate::error::{Error, Result};
use crate::exec::script::quote;
use serde::Deserialize;

/// The section mark the script prints before each gatherer's output.
pub const MARK: &str = "\u{1e}SSMCTL-INV\t";

/// AWS's caps on the `files` gatherer.
pub const MAX_FILES: usize = 500;
const DEFAULT_DIR_SCAN_LIMIT: u64 = 5000;

/// What the document's parameters turn on (`Enabled` / `Disabled`, as AWS).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    pub applications: bool,
    pub aws_components: bool,
    pub network_config: bool,
    pub instance_detailed_information: bool,
    pub services: bool,
    pub custom_inventory: bool,
    pub billing_info: bool,
    pub windows_updates: bool,
    pub windows_roles: bool,
    pub windows_registry: bool,
    pub files: Vec<FileFilter>,
}

/// One entry of the `files` parameter: `[{"Path":"/etc","Pattern":["*.conf"],"Recursive":false}]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct FileFilter {
    pub path: String,
    pub pattern: Vec<String>,
    #[serde(default)]
    pub recursive: bool,
    #[serde(default)]
    pub dir_scan_limit: Option<u64>,
}

impl Options {
    /// From the step's resolved parameters (name → value).
    pub fn from_parameters(get: impl Fn(&str) -> Option<String>) -> Result<Options> {
        let on = |name: &str| -> Result<bool> {
            match get(name).as_deref().unwrap_or("Enabled") {
                "Enabled" | "" => Ok(true),
                "Disabled" => Ok(false),
                other => Err(Error::service(
                    "InvalidParameters",
                    format!("Parameter {name}: {other:?} is not Enabled or Disabled"),
                )),
            }
        };
        let files = match get("files").as_deref().map(str::trim) {
            None | Some("") => vec![],
            Some(json) => serde_json::from_str::<Vec<FileFilter>>(json).map_err(|e| {
                Error::service("InvalidParameters", format!("Parameter files is not a list of file filters: {e}"))
            })?,
        };
        for f in &files {
            if !f.path.starts_with('/') && !f.path.starts_with('$') {
                return Err(Error::service(
                    "InvalidParameters",
                    format!("Parameter files: Path {:?} is not absolute", f.path),
                ));
            }
            if f.pattern.is_empty() {
                return Err(Error::service("InvalidParameters", "Parameter files: a filter has no Pattern"));
            }
            expand_path(&f.path)?;
        }
        let registry = get("windowsRegistry").is_some_and(|v| !v.trim().is_empty());
        Ok(Options {
            applications: on("applications")?,
            aws_components: on("awsComponents")?,
            network_config: on("networkConfig")?,
            instance_detailed_information: on("instanceDetailedInformation")?,
            services: on("services")?,
            custom_inventory: on("customInventory")?,
            billing_info: on("billingInfo")?,
            windows_updates: on("windowsUpdates")?,
            windows_roles: on("windowsRoles")?,
            windows_registry: registry,
            files,
        })
    }
}

/// A Path as a shell word: literal text single-quoted, `$NAME` / `${NAME}` expanded by the
/// host's shell (AWS expands environment variables in Path); nothing else is evaluated.
fn expand_path(path: &str) -> Result<String> {
    let bad =
        || Error::service("InvalidParameters", format!("Parameter files: Path {path:?} has a malformed variable"));
    let mut out = String::new();
    let mut literal = String::new();
    let mut rest = path;
    while let Some(i) = rest.find('$') {
        literal.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        let (name, after) = if let Some(r) = rest.strip_prefix('{') {
            let end = r.find('}').ok_or_else(bad)?;
            (&r[..end], &r[end + 1..])
        } else {
            let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        };
        let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid {
            return Err(bad());
        }
        if !literal.is_empty() {
            out.push_str(&quote(&literal));
            literal.clear();
        }
        out.push_str(&format!("\"${{{name}}}\""));
        rest = after;
    }
    literal.push_str(rest);
    if !literal.is_empty() || out.is_empty() {
        out.push_str(&quote(&literal));
    }
    Ok(out)
}

/// The script, the same for every host. Custom inventory is read from ssmctl's folder and
/// from the AWS agent's (`/var/lib/amazon/ssm/<node id>/inventory/custom`, any node id).
pub fn script(o: &Options) -> Result<String> {
    let mut s = String::from("export LC_ALL=C\n");
    let section = |s: &mut String, name: &str| s.push_str(&format!("printf '\\036SSMCTL-INV\\t{name}\\n'\n"));
    let has = |tool: &str| format!("command -v {tool} >/dev/null 2>&1");
    // Always: what AWS:InstanceInformation holds.
    section(&mut s, "instance");
    s.push_str(concat!(
        "( . /etc/os-release 2>/dev/null; printf 'NAME=%s\\nVERSION_ID=%s\\nID=%s\\nID_LIKE=%s\\n' ",
        "\"${NAME:-}\" \"${VERSION_ID:-}\" \"${ID:-}\" \"${ID_LIKE:-}\" )\n",
        "printf 'KERNEL=%s\\nHOSTNAME=%s\\nFQDN=%s\\n' \"$(uname -s)\" \"$(hostname 2>/dev/null || uname -n)\" ",
        "\"$(hostname -f 2>/dev/null || hostname 2>/dev/null || uname -n)\"\n",
        "command -v ip >/dev/null 2>&1 && printf 'ROUTE=%s\\n' \"$(ip route get 1.1.1.1 2>/dev/null | head -n 1)\"\n",
    ));
    if o.applications || o.aws_components {
        section(&mut s, "applications");
        let mut any = Vec::new();
        // Only what is installed: `${db:Status-Abbrev}` is kept to drop removed-but-not-purged
        // packages (status `c`) and half-installed ones on the controller.
        any.push(format!(
            "if {}; then echo '@dpkg'; dpkg-query -W -f='${{db:Status-Abbrev}}\\t${{Package}}\\t${{Version}}\\t${{Architecture}}\\t${{Maintainer}}\\t${{Section}}\\t${{Homepage}}\\t${{binary:Summary}}\\n' 2>/dev/null; fi",
            has("dpkg-query")
        ));
        any.push(format!(
            "if {}; then echo '@rpm'; rpm -qa --queryformat '%{{NAME}}\\t%{{VERSION}}\\t%{{RELEASE}}\\t%{{EPOCH}}\\t%{{ARCH}}\\t%{{VENDOR}}\\t%{{INSTALLTIME}}\\t%{{GROUP}}\\t%{{URL}}\\t%{{SUMMARY}}\\t%{{SOURCERPM}}\\n' 2>/dev/null; fi",
            has("rpm")
        ));
        any.push(format!("if {}; then echo '@apk'; apk list -I 2>/dev/null; fi", has("apk")));
        any.push(format!("if {}; then echo '@snap'; snap list 2>/dev/null; fi", has("snap")));
        for line in any {
            s.push_str(&line);
            s.push('\n');
        }
        s.push_str(&format!(
            "{} || {} || {} || echo '@missing dpkg-query, rpm and apk'\n",
            has("dpkg-query"),
            has("rpm"),
            has("apk")
        ));
    }
    if o.network_config {
        section(&mut s, "network");
        s.push_str(&format!(
            "if {}; then echo '@addr'; ip -o addr show 2>/dev/null; echo '@link'; ip -o link show 2>/dev/null; \
             echo '@route'; ip route show default 2>/dev/null; ip -6 route show default 2>/dev/null; \
             else echo '@missing ip'; fi\necho '@dns'; grep '^nameserver' /etc/resolv.conf 2>/dev/null\n",
            has("ip")
        ));
    }
    if o.instance_detailed_information {
        section(&mut s, "detailed");
        s.push_str(&format!(
            "if {}; then echo '@lscpu'; lscpu 2>/dev/null; else echo '@missing lscpu'; fi\necho '@uname'; uname -r\n",
            has("lscpu")
        ));
    }
    if o.services {
        section(&mut s, "services");
        s.push_str(&format!(
            "if {}; then if systemctl show '*.service' -p Id,Description,ActiveState,SubState,UnitFileState,Type,Requires,RequiredBy \
             >\"${{TMPDIR:-/tmp}}/.ssmctl-svc.$$\" 2>/dev/null; then echo '@systemd'; cat \"${{TMPDIR:-/tmp}}/.ssmctl-svc.$$\"; \
             else echo '@missing a running systemd'; fi; rm -f \"${{TMPDIR:-/tmp}}/.ssmctl-svc.$$\"; \
             else echo '@missing systemctl'; fi\n",
            has("systemctl")
        ));
    }
    if !o.files.is_empty() {
        section(&mut s, "files");
        for (i, f) in o.files.iter().enumerate() {
            let path = expand_path(&f.path)?;
            let names: Vec<String> = f.pattern.iter().map(|p| format!("-name {}", quote(p))).collect();
            let depth = if f.recursive { "" } else { " -maxdepth 1" };
            let limit = f.dir_scan_limit.unwrap_or(DEFAULT_DIR_SCAN_LIMIT);
            // Count the directories first (AWS's DirScanLimit), then list at most one file
            // more than the cap, so an endless tree costs bounded time and output.
            s.push_str(&format!(
                "echo '@filter {i}'; if [ -d {path} ]; then __n=$(find {path}{depth} -type d 2>/dev/null | head -n {} | wc -l); \
                 if [ \"$__n\" -gt {limit} ]; then echo '@dirlimit'; else \
                 find {path}{depth} -type f \\( {} \\) -printf '%f\\t%h\\t%s\\t%T@\\t%A@\\n' 2>/dev/null | head -n {}; fi; \
                 else echo '@nodir'; fi\n",
                limit + 1,
                names.join(" -o "),
                MAX_FILES + 1
            ));
        }
    }
    if o.custom_inventory {
        section(&mut s, "custom");
        // Both folders: ssmctl's own, and the AWS agent's for hosts that come from AWS.
        s.push_str(
            "for __f in /var/lib/ssmctl/inventory/custom/*.json /var/lib/amazon/ssm/*/inventory/custom/*.json; do \
             [ -f \"$__f\" ] || continue; printf '@file %s\\n' \"$__f\"; head -c 3145729 \"$__f\"; echo; done\n",
        );
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> Result<Options> {
        Options::from_parameters(|k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn parameters_as_aws_takes_them() {
        let o = opts(&[]).unwrap();
        assert!(o.applications && o.network_config && o.services && o.custom_inventory && o.files.is_empty());
        let o = opts(&[("applications", "Disabled"), ("files", r#"[{"Path":"/etc","Pattern":["*.conf"]}]"#)]).unwrap();
        assert!(!o.applications);
        assert_eq!(o.files[0].path, "/etc");
        for bad in [
            ("applications", "yes"),
            ("files", "not json"),
            ("files", r#"[{"Path":"etc","Pattern":["*"]}]"#),
            ("files", r#"[{"Path":"/etc","Pattern":[]}]"#),
            ("files", r#"[{"Path":"/etc/${X","Pattern":["*"]}]"#),
            ("files", r#"[{"Path":"/etc","Pattern":["*"],"Bogus":1}]"#),
        ] {
            let e = opts(&[bad]).unwrap_err();
            assert_eq!(e.exit_code(), 254, "{bad:?}");
        }
    }

    #[test]
    fn paths_expand_variables_only() {
        assert_eq!(expand_path("/etc").unwrap(), "'/etc'");
        assert_eq!(expand_path("$HOME/x").unwrap(), "\"${HOME}\"'/x'");
        assert_eq!(expand_path("/a/${USER}_b").unwrap(), "'/a/'\"${USER}\"'_b'");
        assert_eq!(expand_path("/it's").unwrap(), "'/it'\\''s'");
        assert!(expand_path("/a/$(rm -rf /)").is_err());
        assert!(expand_path("/a/$1").is_err());
    }

    #[test]
    fn the_script_runs_only_enabled_gatherers() {
        let all = script(&opts(&[]).unwrap()).unwrap();
        for part in ["\\tinstance", "\\tapplications", "\\tnetwork", "\\tdetailed", "\\tservices", "\\tcustom"] {
            assert!(all.contains(part), "{part}");
        }
        assert!(all.contains("/var/lib/amazon/ssm/*/inventory/custom"));
        let few = script(&opts(&[("applications", "Disabled"), ("awsComponents", "Disabled")]).unwrap()).unwrap();
        assert!(!few.contains("\\tapplications"));
    }

    /// The script on this machine's own /bin/sh and tools, parsed: it reads only.
    #[test]
    fn the_script_runs_here_and_parses() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.conf"), "x").unwrap();
        std::fs::write(dir.path().join("b.txt"), "y").unwrap();
        let files = format!(r#"[{{"Path":"{}","Pattern":["*.conf"]}}]"#, dir.path().display());
        let o = opts(&[("files", &files)]).unwrap();
        let out = std::process::Command::new("/bin/sh").arg("-c").arg(script(&o).unwrap()).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let g = parse(&String::from_utf8_lossy(&out.stdout), &o, "here", chrono::Utc::now());
        let of = |t: &str| g.items.iter().find(|i| i.type_name == t).map(|i| i.content.clone()).unwrap_or_default();
        let apps = of("AWS:Application");
        assert!(apps.iter().any(|a| a["Name"] == "dpkg"), "dpkg is installed here: {} apps", apps.len());
        let net = of("AWS:Network");
        assert!(
            net.iter().any(|n| n["Name"] == "lo" && n["IPV4"] == "127.0.0.1" && n["SubnetMask"] == "255.0.0.0"),
            "{net:?}"
        );
        let files = of("AWS:File");
        assert_eq!(files.len(), 1, "{files:?}");
        assert_eq!(files[0]["Name"], "a.conf");
        assert!(!of("AWS:InstanceDetailedInformation").is_empty());
    }
}
