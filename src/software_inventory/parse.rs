//! The gatherer script's output → inventory items, with AWS's type names, schema versions
//! and attribute names. Every value is a string, as in AWS's inventory content.

use super::{MARK, MAX_FILES, Options};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One type's content for one host.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub type_name: String,
    pub schema_version: String,
    pub content: Vec<Map<String, Value>>,
}

/// What one run gathered on one host, and what it could not (one line each, for the run's
/// output).
#[derive(Debug, Default)]
pub struct Gathered {
    pub items: Vec<Item>,
    pub notes: Vec<String>,
}

fn entry(pairs: &[(&str, String)]) -> Map<String, Value> {
    pairs.iter().map(|(k, v)| (k.to_string(), Value::String(v.clone()))).collect()
}

/// Splits the output into sections by the script's marks.
fn sections(out: &str) -> BTreeMap<&str, Vec<&str>> {
    let mut map: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut current: Option<&str> = None;
    for line in out.lines() {
        if let Some(name) = line.strip_prefix(MARK) {
            current = Some(name.trim());
            map.entry(name.trim()).or_default();
        } else if let Some(c) = current {
            map.entry(c).or_default().push(line);
        }
    }
    map
}

/// Sub-parts of a section: `@name` lines start one.
fn parts<'a>(lines: &[&'a str]) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for l in lines {
        if let Some(name) = l.strip_prefix('@') {
            out.push((name, Vec::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push(l);
        }
    }
    out
}

pub fn parse(out: &str, o: &Options, host_id: &str, now: DateTime<Utc>) -> Gathered {
    let secs = sections(out);
    let mut g = Gathered::default();
    let missing = |g: &mut Gathered, type_name: &str, parts: &[(&str, Vec<&str>)]| {
        for (p, _) in parts {
            if let Some(tool) = p.strip_prefix("missing ") {
                g.notes.push(format!("{type_name}: not collected, the host has no {tool}"));
            }
        }
    };
    let instance = instance_information(secs.get("instance").map_or(&[][..], |v| v), host_id);
    g.items.push(instance);
    if let Some(lines) = secs.get("applications") {
        let p = parts(lines);
        missing(&mut g, "AWS:Application", &p);
        let apps = applications(&p, now);
        if o.aws_components {
            let aws: Vec<Map<String, Value>> = apps.iter().filter(|a| is_aws_component(a)).cloned().collect();
            g.items.push(Item { type_name: "AWS:AWSComponent".into(), schema_version: "1.0".into(), content: aws });
        }
        if o.applications {
            g.items.push(Item { type_name: "AWS:Application".into(), schema_version: "1.1".into(), content: apps });
        }
    }
    if let Some(lines) = secs.get("network") {
        let p = parts(lines);
        missing(&mut g, "AWS:Network", &p);
        if !p.iter().any(|(n, _)| n.starts_with("missing")) {
            g.items.push(Item { type_name: "AWS:Network".into(), schema_version: "1.0".into(), content: network(&p) });
        }
    }
    if let Some(lines) = secs.get("detailed") {
        let p = parts(lines);
        missing(&mut g, "AWS:InstanceDetailedInformation", &p);
        if !p.iter().any(|(n, _)| n.starts_with("missing")) {
            g.items.push(Item {
                type_name: "AWS:InstanceDetailedInformation".into(),
                schema_version: "1.0".into(),
                content: vec![detailed(&p)],
            });
        }
    }
    if let Some(lines) = secs.get("services") {
        let p = parts(lines);
        missing(&mut g, "AWS:Service", &p);
        if let Some((_, l)) = p.iter().find(|(n, _)| *n == "systemd") {
            g.items.push(Item { type_name: "AWS:Service".into(), schema_version: "1.0".into(), content: services(l) });
        }
    }
    if let Some(lines) = secs.get("files") {
        let (files, notes) = files(&parts(lines), o);
        g.notes.extend(notes);
        g.items.push(Item { type_name: "AWS:File".into(), schema_version: "1.0".into(), content: files });
    }
    if let Some(lines) = secs.get("custom") {
        custom(&parts(lines), &mut g);
    }
    if o.billing_info {
        g.notes.push("AWS:BillingInfo: not collected, it describes EC2 billing products".into());
    }
    for (on, t) in [
        (o.windows_updates, "AWS:WindowsUpdate"),
        (o.windows_roles, "AWS:WindowsRole"),
        (o.windows_registry, "AWS:WindowsRegistry"),
    ] {
        if on {
            g.notes.push(format!("{t}: not collected, Windows only"));
        }
    }
    g
}

fn kv<'a>(lines: &[&'a str]) -> BTreeMap<&'a str, &'a str> {
    lines.iter().filter_map(|l| l.split_once('=')).collect()
}

fn instance_information(lines: &[&str], host_id: &str) -> Item {
    let m = kv(lines);
    let get = |k: &str| m.get(k).map(|v| v.to_string()).unwrap_or_default();
    // `ip route get` names the source address of the default route: the host's address.
    let ip = m
        .get("ROUTE")
        .and_then(|r| r.split_whitespace().skip_while(|w| *w != "src").nth(1))
        .map(str::to_string)
        .unwrap_or_default();
    let platform_type = match get("KERNEL").as_str() {
        "Darwin" => "MacOS",
        _ => "Linux",
    };
    Item {
        type_name: "AWS:InstanceInformation".into(),
        schema_version: "1.0".into(),
        content: vec![entry(&[
            ("AgentType", "ssmctl".into()),
            ("AgentVersion", env!("CARGO_PKG_VERSION").into()),
            ("ComputerName", get("FQDN")),
            ("InstanceId", host_id.into()),
            ("IpAddress", ip),
            ("PlatformName", get("NAME")),
            ("PlatformType", platform_type.into()),
            ("PlatformVersion", get("VERSION_ID")),
            ("ResourceType", "ManagedInstance".into()),
            ("AgentStatus", "Active".into()),
            ("InstanceStatus", "Active".into()),
        ])],
    }
}

/// AWS's architecture names.
fn arch(a: &str) -> String {
    match a {
        "amd64" => "x86_64".into(),
        "386" | "i686" => "i386".into(),
        "arm64" => "aarch64".into(),
        other => other.into(),
    }
}

fn applications(parts: &[(&str, Vec<&str>)], _now: DateTime<Utc>) -> Vec<Map<String, Value>> {
    let mut out = Vec::new();
    for (kind, lines) in parts {
        match *kind {
            "dpkg" => {
                for l in lines {
                    let f: Vec<&str> = l.split('\t').collect();
                    if f.len() < 8 || !dpkg_installed(f[0]) {
                        continue;
                    }
                    out.push(entry(&[
                        ("Name", f[1].into()),
                        ("ApplicationType", f[5].into()),
                        ("Publisher", f[4].into()),
                        ("Version", f[2].into()),
                        ("Architecture", arch(f[3])),
                        ("URL", f[6].into()),
                        ("Summary", f[7].into()),
                        ("PackageId", format!("{}_{}_{}.deb", f[1], f[2].replace(':', "%3a"), f[3])),
                    ]));
                }
            }
            "rpm" => {
                for l in lines {
                    let f: Vec<&str> = l.split('\t').collect();
                    if f.len() < 11 {
                        continue;
                    }
                    let none = |v: &str| if v == "(none)" { String::new() } else { v.to_string() };
                    let installed = f[6]
                        .parse::<i64>()
                        .ok()
                        .and_then(|t| DateTime::from_timestamp(t, 0))
                        .map(|t| crate::model::time::to_seconds_z(&t))
                        .unwrap_or_default();
                    out.push(entry(&[
                        ("Name", f[0].into()),
                        ("ApplicationType", none(f[7])),
                        ("Publisher", none(f[5])),
                        ("Version", f[1].into()),
                        ("Release", f[2].into()),
                        ("Epoch", none(f[3])),
                        ("InstalledTime", installed),
                        ("Architecture", arch(f[4])),
                        ("URL", none(f[8])),
                        ("Summary", none(f[9])),
                        ("PackageId", none(f[10])),
                    ]));
                }
            }
            "apk" => {
                // `name-version-rN arch {origin} (license) [installed]`
                for l in lines {
                    let mut w = l.split_whitespace();
                    let (Some(nv), Some(a)) = (w.next(), w.next()) else { continue };
                    let Some((name, version)) = split_apk(nv) else { continue };
                    out.push(entry(&[
                        ("Name", name.into()),
                        ("Version", version.into()),
                        ("Architecture", arch(a)),
                        ("PackageId", format!("{nv}.apk")),
                    ]));
                }
            }
            "snap" => {
                // `Name Version Rev Tracking Publisher Notes`, after a header line.
                for l in lines.iter().skip(1) {
                    let w: Vec<&str> = l.split_whitespace().collect();
                    if w.len() < 5 {
                        continue;
                    }
                    let publisher = w[4].trim_end_matches('✓').trim_end_matches('*');
                    out.push(entry(&[
                        ("Name", w[0].into()),
                        ("ApplicationType", "snap".into()),
                        ("Publisher", publisher.into()),
                        ("Version", w[1].into()),
                        ("PackageId", format!("pkg:snap/{publisher}/{}@{}", w[0], w[1])),
                    ]));
                }
            }
            _ => {}
        }
    }
    out
}

/// dpkg's status abbreviation (`ii `, `rc `, `hi `…): the second letter is the package's
/// state, and only `i` (installed) and the trigger states of an installed package count.
/// `rc` — removed, its configuration files left — is not installed.
fn dpkg_installed(abbrev: &str) -> bool {
    matches!(abbrev.as_bytes().get(1), Some(b'i' | b'W' | b't'))
}

/// `musl-1.2.4-r2` → (`musl`, `1.2.4-r2`): the version starts at the last-but-one `-`.
fn split_apk(nv: &str) -> Option<(&str, &str)> {
    let r = nv.rfind('-')?;
    let v = nv[..r].rfind('-')?;
    Some((&nv[..v], &nv[v + 1..]))
}

fn is_aws_component(a: &Map<String, Value>) -> bool {
    let name = a.get("Name").and_then(Value::as_str).unwrap_or("");
    matches!(name, "amazon-ssm-agent" | "aws-cfn-bootstrap" | "awscli" | "ec2-instance-connect")
        || name.contains("aws-apitools-")
        || name.contains("aws-amitools-")
}

fn v4_mask(prefix: u32) -> String {
    let m: u32 = if prefix == 0 { 0 } else { u32::MAX << (32 - prefix.min(32)) };
    std::net::Ipv4Addr::from(m).to_string()
}

fn v6_mask(prefix: u32) -> String {
    let m: u128 = if prefix == 0 { 0 } else { u128::MAX << (128 - prefix.min(128)) };
    std::net::Ipv6Addr::from(m).to_string()
}

/// One entry per address (AWS keeps only the last address of an interface): the address, its
/// mask, the interface's MAC, the default gateway through that interface, the DNS servers.
fn network(parts: &[(&str, Vec<&str>)]) -> Vec<Map<String, Value>> {
    let part = |n: &str| parts.iter().find(|(p, _)| *p == n).map_or(&[][..], |(_, l)| l.as_slice());
    let mut macs: BTreeMap<String, String> = BTreeMap::new();
    for l in part("link") {
        // `2: eth0: <…> mtu … link/ether 52:54:00:12:34:56 brd …`
        let w: Vec<&str> = l.split_whitespace().collect();
        if w.len() > 1 {
            let name = w[1].trim_end_matches(':').split('@').next().unwrap_or("").to_string();
            let mac = w.iter().position(|x| x.starts_with("link/")).and_then(|i| w.get(i + 1)).unwrap_or(&"");
            macs.insert(name, mac.to_string());
        }
    }
    let mut gateways: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for l in part("route") {
        // `default via 192.0.2.1 dev eth0 …`
        let w: Vec<&str> = l.split_whitespace().collect();
        let via = w.iter().position(|x| *x == "via").and_then(|i| w.get(i + 1));
        let dev = w.iter().position(|x| *x == "dev").and_then(|i| w.get(i + 1));
        if let (Some(via), Some(dev)) = (via, dev) {
            gateways.entry(dev.to_string()).or_default().push(via.to_string());
        }
    }
    let dns: Vec<&str> = part("dns").iter().filter_map(|l| l.split_whitespace().nth(1)).collect();
    let mut out = Vec::new();
    for l in part("addr") {
        // `1: lo    inet 127.0.0.1/8 scope host lo\ …`
        let w: Vec<&str> = l.split_whitespace().collect();
        if w.len() < 4 {
            continue;
        }
        let (name, family, cidr) = (w[1], w[2], w[3]);
        let Some((addr, prefix)) = cidr.split_once('/') else { continue };
        let Ok(prefix) = prefix.parse::<u32>() else { continue };
        let (v4, v6, mask) = match family {
            "inet" => (addr.to_string(), String::new(), v4_mask(prefix)),
            "inet6" => (String::new(), addr.to_string(), v6_mask(prefix)),
            _ => continue,
        };
        out.push(entry(&[
            ("Name", name.into()),
            ("SubnetMask", mask),
            ("Gateway", gateways.get(name).map(|g| g.join(",")).unwrap_or_default()),
            ("DHCPServer", String::new()),
            ("DNSServer", dns.join(",")),
            ("MacAddress", macs.get(name).cloned().unwrap_or_default()),
            ("IPV4", v4),
            ("IPV6", v6),
        ]));
    }
    out
}

fn detailed(parts: &[(&str, Vec<&str>)]) -> Map<String, Value> {
    let part = |n: &str| parts.iter().find(|(p, _)| *p == n).map_or(&[][..], |(_, l)| l.as_slice());
    let cpu: BTreeMap<&str, &str> =
        part("lscpu").iter().filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim(), v.trim())).collect();
    let num = |k: &str| cpu.get(k).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    let cores = num("Socket(s)") * num("Core(s) per socket");
    let mhz = cpu.get("CPU MHz").or(cpu.get("CPU max MHz")).map(|v| v.split('.').next().unwrap_or("").to_string());
    entry(&[
        ("CPUModel", cpu.get("Model name").copied().unwrap_or("").into()),
        ("CPUCores", cores.to_string()),
        ("CPUs", num("CPU(s)").to_string()),
        ("CPUSpeedMHz", mhz.unwrap_or_default()),
        ("CPUSockets", num("Socket(s)").to_string()),
        ("CPUHyperThreadEnabled", (num("Thread(s) per core") > 1).to_string()),
        ("OSServicePack", String::new()),
        ("KernelVersion", part("uname").first().copied().unwrap_or("").into()),
    ])
}

/// `systemctl show` blocks (KEY=VALUE lines, blank-line separated) → AWS:Service entries.
fn services(lines: &[&str]) -> Vec<Map<String, Value>> {
    let mut out = Vec::new();
    for block in lines.split(|l| l.trim().is_empty()) {
        let m = kv(block);
        let Some(id) = m.get("Id") else { continue };
        let get = |k: &str| m.get(k).copied().unwrap_or("").to_string();
        let status = match (get("ActiveState").as_str(), get("SubState").as_str()) {
            ("active", "running") => "Running".to_string(),
            ("inactive", _) => "Stopped".to_string(),
            (a, s) => format!("{a}/{s}"),
        };
        out.push(entry(&[
            ("Name", id.trim_end_matches(".service").into()),
            ("DisplayName", get("Description")),
            ("ServiceType", get("Type")),
            ("Status", status),
            ("DependentServices", get("RequiredBy").split_whitespace().collect::<Vec<_>>().join(",")),
            ("ServicesDependedOn", get("Requires").split_whitespace().collect::<Vec<_>>().join(",")),
            ("StartType", get("UnitFileState")),
        ]));
    }
    out
}

fn epoch_text(s: &str) -> String {
    s.split('.')
        .next()
        .and_then(|t| t.parse::<i64>().ok())
        .and_then(|t| DateTime::from_timestamp(t, 0))
        .map(|t| crate::model::time::to_seconds_z(&t))
        .unwrap_or_default()
}

fn files(parts: &[(&str, Vec<&str>)], o: &Options) -> (Vec<Map<String, Value>>, Vec<String>) {
    let (mut out, mut notes) = (Vec::new(), Vec::new());
    for (name, lines) in parts {
        let Some(i) = name.strip_prefix("filter ").and_then(|i| i.parse::<usize>().ok()) else { continue };
        let path = o.files.get(i).map(|f| f.path.as_str()).unwrap_or("?");
        if lines.first() == Some(&"@dirlimit") || lines.contains(&"@dirlimit") {
            notes.push(format!("AWS:File: {path}: Directory Scan Limit Exceeded"));
            continue;
        }
        for l in lines {
            if *l == "@nodir" {
                notes.push(format!("AWS:File: {path}: no such directory"));
                continue;
            }
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            if out.len() == MAX_FILES {
                notes.push(format!("AWS:File: File Count Limit Exceeded ({MAX_FILES} files)"));
                return (out, notes);
            }
            out.push(entry(&[
                ("Name", f[0].into()),
                ("Size", f[2].into()),
                ("Description", String::new()),
                ("FileVersion", String::new()),
                ("InstalledDate", String::new()),
                ("ModificationTime", epoch_text(f[3])),
                ("LastAccessTime", epoch_text(f[4])),
                ("ProductName", String::new()),
                ("InstalledDir", f[1].into()),
                ("ProductLanguage", String::new()),
                ("CompanyName", String::new()),
                ("ProductVersion", String::new()),
            ]));
        }
    }
    (out, notes)
}

/// Custom inventory files: `{"SchemaVersion":"1.0","TypeName":"Custom:X","Content":{…} or [...]}`.
fn custom(parts: &[(&str, Vec<&str>)], g: &mut Gathered) {
    for (name, lines) in parts {
        let Some(file) = name.strip_prefix("file ") else { continue };
        let text = lines.join("\n");
        let bad = |why: String| format!("custom inventory {file}: {why}");
        let v: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                g.notes.push(bad(format!("not JSON ({e})")));
                continue;
            }
        };
        let type_name = v.get("TypeName").and_then(Value::as_str).unwrap_or("");
        if !type_name.starts_with("Custom:") || type_name.len() <= 7 {
            g.notes.push(bad(format!("TypeName {type_name:?} is not Custom:NAME")));
            continue;
        }
        if g.items.iter().any(|i| i.type_name == type_name) {
            g.notes.push(bad(format!("{type_name} was already given by another file; this one is ignored")));
            continue;
        }
        let content: Vec<Map<String, Value>> = match v.get("Content") {
            Some(Value::Object(m)) => vec![m.clone()],
            Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_object().cloned()).collect(),
            _ => {
                g.notes.push(bad("has no Content object or list".into()));
                continue;
            }
        };
        // Values are strings in inventory.
        let content = content
            .into_iter()
            .map(|m| {
                m.into_iter()
                    .map(|(k, v)| {
                        let s = match v {
                            Value::String(s) => s,
                            other => other.to_string(),
                        };
                        (k, Value::String(s))
                    })
                    .collect()
            })
            .collect();
        let schema_version = v.get("SchemaVersion").and_then(Value::as_str).unwrap_or("1.0").to_string();
        g.items.push(Item { type_name: type_name.into(), schema_version, content });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUT: &str = "\u{1e}SSMCTL-INV\tinstance
NAME=Debian GNU/Linux
VERSION_ID=12
ID=debian
ID_LIKE=
KERNEL=Linux
HOSTNAME=web-1
FQDN=web-1.example
ROUTE=1.1.1.1 via 192.0.2.1 dev eth0 src 192.0.2.2 uid 0
\u{1e}SSMCTL-INV\tapplications
@dpkg
ii \topenssh-server\t1:9.2p1-2+deb12u3\tamd64\tDebian OpenSSH Maintainers <x@y>\tnet\thttps://www.openssh.com/\tsecure shell (SSH) server
rc \tnginx\t1.22.1-9\tamd64\tDebian Nginx Maintainers <x@y>\thttpd\thttps://nginx.org\tsmall, powerful web server
ii \tamazon-ssm-agent\t3.3.0\tamd64\tAmazon\tadmin\t\tagent
@missing dpkg-query, rpm and apk
\u{1e}SSMCTL-INV\tnetwork
@addr
1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
1: lo    inet6 ::1/128 scope host \\       valid_lft forever preferred_lft forever
4: eth0    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0\\       valid_lft forever
@link
1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
4: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP\\    link/ether 02:fc:00:00:00:01 brd ff:ff:ff:ff:ff:ff
@route
default via 192.0.2.1 dev eth0
@dns
nameserver 10.255.255.53
\u{1e}SSMCTL-INV\tdetailed
@lscpu
CPU(s):                                  2
Model name:                              AMD EPYC
Thread(s) per core:                      1
Core(s) per socket:                      2
Socket(s):                               1
@uname
6.1.0-18-amd64
\u{1e}SSMCTL-INV\tservices
@missing a running systemd
\u{1e}SSMCTL-INV\tcustom
@file /var/lib/ssmctl/inventory/custom/rack.json
{\"SchemaVersion\":\"1.0\",\"TypeName\":\"Custom:RackInfo\",\"Content\":{\"Rack\":\"A1\",\"Slot\":7}}
@file /var/lib/ssmctl/inventory/custom/again.json
{\"TypeName\":\"Custom:RackInfo\",\"Content\":{}}
";

    fn item<'a>(g: &'a Gathered, t: &str) -> &'a Item {
        g.items.iter().find(|i| i.type_name == t).unwrap_or_else(|| panic!("no {t}: {:?}", g.items))
    }

    #[test]
    fn every_section_parses_to_aws_types() {
        let o = Options::from_parameters(|_| None).unwrap();
        let g = parse(OUT, &o, "web-1", Utc::now());
        let info = &item(&g, "AWS:InstanceInformation").content[0];
        assert_eq!(info["PlatformName"], "Debian GNU/Linux");
        assert_eq!(info["IpAddress"], "192.0.2.2");
        assert_eq!(info["ComputerName"], "web-1.example");
        let apps = &item(&g, "AWS:Application").content;
        let names: Vec<&str> = apps.iter().map(|a| a["Name"].as_str().unwrap()).collect();
        assert_eq!(names, ["openssh-server", "amazon-ssm-agent"], "rc (removed, config kept) is not installed");
        assert_eq!(apps[0]["Architecture"], "x86_64");
        assert_eq!(apps[0]["PackageId"], "openssh-server_1%3a9.2p1-2+deb12u3_amd64.deb");
        assert_eq!(item(&g, "AWS:AWSComponent").content.len(), 1);
        let net = &item(&g, "AWS:Network").content;
        assert_eq!(net.len(), 3);
        assert_eq!(
            (net[0]["Name"].as_str(), net[0]["IPV4"].as_str(), net[0]["SubnetMask"].as_str()),
            (Some("lo"), Some("127.0.0.1"), Some("255.0.0.0"))
        );
        assert_eq!(
            (net[1]["IPV6"].as_str(), net[1]["SubnetMask"].as_str()),
            (Some("::1"), Some("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))
        );
        assert_eq!(net[2]["Gateway"], "192.0.2.1");
        assert_eq!(net[2]["MacAddress"], "02:fc:00:00:00:01");
        assert_eq!(net[2]["DNSServer"], "10.255.255.53");
        let d = &item(&g, "AWS:InstanceDetailedInformation").content[0];
        assert_eq!(
            (d["CPUCores"].as_str(), d["CPUs"].as_str(), d["CPUHyperThreadEnabled"].as_str()),
            (Some("2"), Some("2"), Some("false"))
        );
        assert_eq!(d["KernelVersion"], "6.1.0-18-amd64");
        assert!(g.items.iter().all(|i| i.type_name != "AWS:Service"));
        let custom = &item(&g, "Custom:RackInfo").content[0];
        assert_eq!((custom["Rack"].as_str(), custom["Slot"].as_str()), (Some("A1"), Some("7")));
        for want in [
            "AWS:Service: not collected, the host has no a running systemd",
            "already given by another file",
            "AWS:WindowsUpdate: not collected, Windows only",
            "AWS:BillingInfo",
        ] {
            assert!(g.notes.iter().any(|n| n.contains(want)), "{want}: {:?}", g.notes);
        }
    }

    #[test]
    fn rpm_apk_snap_and_services() {
        let out = "\u{1e}SSMCTL-INV\tapplications
@rpm
bash\t5.1.8\t6.el9\t(none)\tx86_64\tRocky\t1700000000\tSystem Environment/Shells\thttps://www.gnu.org/software/bash\tThe GNU Bourne Again shell\tbash-5.1.8-6.el9.src.rpm
@apk
musl-1.2.4-r2 x86_64 {musl} (MIT) [installed]
@snap
Name    Version   Rev    Tracking       Publisher   Notes
core22  20240111  1122   latest/stable  canonical✓  base
\u{1e}SSMCTL-INV\tservices
@systemd
Id=ssh.service
Description=OpenBSD Secure Shell server
ActiveState=active
SubState=running
UnitFileState=enabled
Type=notify
Requires=system.slice
RequiredBy=

Id=cron.service
Description=Regular background program processing daemon
ActiveState=inactive
SubState=dead
UnitFileState=disabled
Type=simple
";
        let o = Options::from_parameters(|_| None).unwrap();
        let g = parse(out, &o, "h", Utc::now());
        let apps = &item(&g, "AWS:Application").content;
        assert_eq!(apps[0]["Epoch"], "");
        assert_eq!(apps[0]["InstalledTime"], "2023-11-14T22:13:20Z");
        assert_eq!(apps[0]["PackageId"], "bash-5.1.8-6.el9.src.rpm");
        assert_eq!((apps[1]["Name"].as_str(), apps[1]["Version"].as_str()), (Some("musl"), Some("1.2.4-r2")));
        assert_eq!((apps[2]["Name"].as_str(), apps[2]["Publisher"].as_str()), (Some("core22"), Some("canonical")));
        let svc = &item(&g, "AWS:Service").content;
        assert_eq!(
            (svc[0]["Name"].as_str(), svc[0]["Status"].as_str(), svc[0]["StartType"].as_str()),
            (Some("ssh"), Some("Running"), Some("enabled"))
        );
        assert_eq!(svc[1]["Status"], "Stopped");
    }
}
