//! Answers to the questions inventory is kept for, on the collected AWS:Application entries:
//! which hosts have a package below / at / above a version (compared as the host's package
//! manager compares, unlike get-inventory's string comparison), and one host's applications
//! as a CycloneDX SBOM.

use crate::package_version::Scheme;
use serde_json::{Map, Value, json};
use sha2::Digest;
use std::cmp::Ordering;

/// How a package's version must compare with the one asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Below,
    At,
    Above,
}

fn text<'a>(a: &'a Map<String, Value>, k: &str) -> &'a str {
    a.get(k).and_then(Value::as_str).unwrap_or("")
}

/// An entry's full version as its package manager writes it: dpkg's Version already has
/// the epoch and revision; rpm's is `[epoch:]version-release`.
pub fn full_version(a: &Map<String, Value>) -> (Scheme, String) {
    let scheme = Scheme::of_package_id(text(a, "PackageId"));
    let v = match scheme {
        Scheme::Dpkg => text(a, "Version").to_string(),
        Scheme::Rpm => {
            let epoch = match text(a, "Epoch") {
                "" | "0" => String::new(),
                e => format!("{e}:"),
            };
            match text(a, "Release") {
                "" => format!("{epoch}{}", text(a, "Version")),
                r => format!("{epoch}{}-{r}", text(a, "Version")),
            }
        }
    };
    (scheme, v)
}

/// The installed versions of `name` among `apps` that stand in `relation` to `version`.
pub fn matching(apps: &[Map<String, Value>], name: &str, relation: Relation, version: &str) -> Vec<String> {
    apps.iter()
        .filter(|a| text(a, "Name") == name)
        .filter_map(|a| {
            let (scheme, v) = full_version(a);
            let ord = scheme.compare(&v, version);
            let ok = match relation {
                Relation::Below => ord == Ordering::Less,
                Relation::At => ord == Ordering::Equal,
                Relation::Above => ord == Ordering::Greater,
            };
            ok.then_some(v)
        })
        .collect()
}

/// Percent-encodes a purl segment (RFC 3986 unreserved characters stay).
fn purl_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The package URL of an entry; `distro` is the OS's id (`debian`, `rocky`, …).
pub fn purl(a: &Map<String, Value>, distro: &str) -> Option<String> {
    let id = text(a, "PackageId");
    let name = purl_encode(text(a, "Name"));
    let arch = text(a, "Architecture");
    let ns = purl_encode(distro);
    if id.ends_with(".deb") {
        let arch = match arch {
            "x86_64" => "amd64",
            "i386" => "i386",
            "aarch64" => "arm64",
            other => other,
        };
        Some(format!("pkg:deb/{ns}/{name}@{}?arch={}", purl_encode(text(a, "Version")), purl_encode(arch)))
    } else if id.ends_with(".rpm") {
        let vr = match text(a, "Release") {
            "" => text(a, "Version").to_string(),
            r => format!("{}-{r}", text(a, "Version")),
        };
        let epoch = match text(a, "Epoch") {
            "" => String::new(),
            e => format!("&epoch={}", purl_encode(e)),
        };
        Some(format!("pkg:rpm/{ns}/{name}@{}?arch={}{epoch}", purl_encode(&vr), purl_encode(arch)))
    } else if id.ends_with(".apk") {
        Some(format!("pkg:apk/{ns}/{name}@{}?arch={}", purl_encode(text(a, "Version")), purl_encode(arch)))
    } else {
        None
    }
}

/// A CycloneDX 1.5 SBOM of one host's applications. `platform_name` is the host's
/// AWS:InstanceInformation PlatformName, whose first word names the distribution in purls.
pub fn cyclonedx(
    host_id: &str,
    platform_name: &str,
    platform_version: &str,
    apps: &[Map<String, Value>],
    at: &str,
) -> Value {
    let distro = platform_name.split_whitespace().next().unwrap_or("linux").to_ascii_lowercase();
    let components: Vec<Value> = apps
        .iter()
        .map(|a| {
            let mut c = json!({
                "type": "application",
                "name": text(a, "Name"),
                "version": full_version(a).1,
            });
            let purl = purl(a, &distro);
            c["bom-ref"] = json!(purl.clone().unwrap_or_else(|| format!("{}@{}", text(a, "Name"), full_version(a).1)));
            if let Some(p) = purl {
                c["purl"] = json!(p);
            }
            if !text(a, "Publisher").is_empty() {
                c["publisher"] = json!(text(a, "Publisher"));
            }
            if !text(a, "Summary").is_empty() {
                c["description"] = json!(text(a, "Summary"));
            }
            if !text(a, "URL").is_empty() {
                c["externalReferences"] = json!([{"type": "website", "url": text(a, "URL")}]);
            }
            c
        })
        .collect();
    // The serial number is derived from the content, so the same inventory gives the same SBOM.
    let digest = hex::encode(sha2::Sha256::digest(serde_json::to_string(&components).unwrap_or_default()));
    let serial = format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &digest[0..8],
        &digest[8..12],
        &digest[12..16],
        &digest[16..20],
        &digest[20..32]
    );
    json!({
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": serial,
        "version": 1,
        "metadata": {
            "timestamp": at,
            "tools": {"components": [{"type": "application", "name": "ssmctl", "version": env!("CARGO_PKG_VERSION")}]},
            "component": {
                "type": "operating-system",
                "bom-ref": format!("host:{host_id}"),
                "name": host_id,
                "description": format!("{platform_name} {platform_version}").trim().to_string(),
            },
        },
        "components": components,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(pairs: &[(&str, &str)]) -> Map<String, Value> {
        pairs.iter().map(|(k, v)| (k.to_string(), json!(v))).collect()
    }

    #[test]
    fn below_at_above_by_the_package_managers_ordering() {
        let apps = vec![
            app(&[("Name", "nginx"), ("Version", "1.22.1-9"), ("PackageId", "nginx_1.22.1-9_amd64.deb")]),
            app(&[("Name", "openssl"), ("Version", "1:3.0.11-1~deb12u2"), ("PackageId", "openssl_x.deb")]),
            app(&[
                ("Name", "bash"),
                ("Version", "5.1.8"),
                ("Release", "6.el9"),
                ("Epoch", ""),
                ("PackageId", "bash-5.1.8-6.el9.src.rpm"),
            ]),
        ];
        assert_eq!(matching(&apps, "nginx", Relation::Below, "1.24"), ["1.22.1-9"]);
        assert!(matching(&apps, "nginx", Relation::Below, "1.22.1-9").is_empty());
        assert_eq!(matching(&apps, "nginx", Relation::At, "1.22.1-9"), ["1.22.1-9"]);
        // The epoch wins over any version without one; `~` is before the release.
        assert_eq!(matching(&apps, "openssl", Relation::Above, "3.1"), ["1:3.0.11-1~deb12u2"]);
        assert_eq!(matching(&apps, "openssl", Relation::Below, "1:3.0.11-1"), ["1:3.0.11-1~deb12u2"]);
        // String comparison would say "5.1.8-6.el9" < "5.10"; rpm says so too, and 5.1.8 > 5.1.
        assert_eq!(matching(&apps, "bash", Relation::Below, "5.10"), ["5.1.8-6.el9"]);
        assert_eq!(matching(&apps, "bash", Relation::Above, "5.1"), ["5.1.8-6.el9"]);
        assert_eq!(matching(&apps, "bash", Relation::At, "5.1.8"), ["5.1.8-6.el9"], "no release asked: any release");
    }

    #[test]
    fn sbom_is_cyclonedx_with_purls() {
        let apps = vec![
            app(&[
                ("Name", "openssh-server"),
                ("Version", "1:9.2p1-2+deb12u3"),
                ("Architecture", "x86_64"),
                ("Publisher", "Debian OpenSSH Maintainers"),
                ("URL", "https://www.openssh.com/"),
                ("Summary", "secure shell (SSH) server"),
                ("PackageId", "openssh-server_1%3a9.2p1-2+deb12u3_amd64.deb"),
            ]),
            app(&[
                ("Name", "bash"),
                ("Version", "5.1.8"),
                ("Release", "6.el9"),
                ("Epoch", "1"),
                ("Architecture", "x86_64"),
                ("PackageId", "bash-5.1.8-6.el9.src.rpm"),
            ]),
        ];
        let bom = cyclonedx("web-1", "Debian GNU/Linux", "12", &apps, "2026-01-01T00:00:00Z");
        assert_eq!(bom["bomFormat"], "CycloneDX");
        assert_eq!(bom["specVersion"], "1.5");
        assert!(bom["serialNumber"].as_str().unwrap().starts_with("urn:uuid:"));
        let c = &bom["components"][0];
        assert_eq!(c["purl"], "pkg:deb/debian/openssh-server@1%3A9.2p1-2%2Bdeb12u3?arch=amd64");
        assert_eq!(c["version"], "1:9.2p1-2+deb12u3");
        assert_eq!(c["externalReferences"][0]["url"], "https://www.openssh.com/");
        assert_eq!(bom["components"][1]["purl"], "pkg:rpm/debian/bash@5.1.8-6.el9?arch=x86_64&epoch=1");
        assert_eq!(bom["components"][1]["version"], "1:5.1.8-6.el9");
        assert_eq!(bom["metadata"]["component"]["name"], "web-1");
        assert_eq!(bom, cyclonedx("web-1", "Debian GNU/Linux", "12", &apps, "2026-01-01T00:00:00Z"), "stable");
    }
}
