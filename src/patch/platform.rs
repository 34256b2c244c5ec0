//! Which baseline OS and which product a host is, from its /etc/os-release: `ID` first, then
//! each `ID_LIKE` word, so a derivative is patched as what it derives from. No allowlist of
//! versions: a release AWS has not heard of yet is patched like its family.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platform {
    /// The baseline OperatingSystem (`DEBIAN`, `REDHAT_ENTERPRISE_LINUX`, …).
    pub operating_system: String,
    /// AWS's product name (`Debian12`, `Ubuntu22.04`, `RedhatEnterpriseLinux9.4`, …).
    pub product: String,
}

/// `KEY=value` lines of os-release, quotes removed.
pub fn os_release(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().trim_matches('"').trim_matches('\'').to_string()))
        .collect()
}

pub fn detect(os: &BTreeMap<String, String>) -> Option<Platform> {
    let version = os.get("VERSION_ID").cloned().unwrap_or_default();
    let id = os.get("ID").map(|s| s.to_lowercase()).unwrap_or_default();
    let like = os.get("ID_LIKE").map(|s| s.to_lowercase()).unwrap_or_default();
    std::iter::once(id.as_str()).chain(like.split_whitespace()).find_map(|word| family(word, &version))
}

fn family(id: &str, version: &str) -> Option<Platform> {
    let p = |os: &str, product: String| Some(Platform { operating_system: os.into(), product });
    match id {
        "debian" => p("DEBIAN", format!("Debian{}", major(version))),
        "ubuntu" => p("UBUNTU", format!("Ubuntu{version}")),
        "raspbian" => p("RASPBIAN", format!("Raspbian{}", major(version))),
        "rhel" | "redhat" => p("REDHAT_ENTERPRISE_LINUX", format!("RedhatEnterpriseLinux{version}")),
        "centos" => p("CENTOS", format!("CentOS{version}")),
        "rocky" => p("ROCKY_LINUX", format!("RockyLinux{version}")),
        "almalinux" => p("ALMA_LINUX", format!("AlmaLinux{version}")),
        "ol" | "oracle" => p("ORACLE_LINUX", format!("OracleLinux{version}")),
        "fedora" => p("REDHAT_ENTERPRISE_LINUX", format!("Fedora{version}")),
        "amzn" => match major(version) {
            "2" => p("AMAZON_LINUX_2", "AmazonLinux2".into()),
            "2022" => p("AMAZON_LINUX_2022", "AmazonLinux2022".into()),
            "2023" => p("AMAZON_LINUX_2023", "AmazonLinux2023".into()),
            _ => p("AMAZON_LINUX", format!("AmazonLinux{version}")),
        },
        "sles" | "suse" | "opensuse" | "opensuse-leap" => p("SUSE", format!("Suse{version}")),
        _ => None,
    }
}

fn major(version: &str) -> &str {
    version.split('.').next().unwrap_or(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Option<Platform> {
        detect(&os_release(text))
    }

    #[test]
    fn families_products_and_derivatives() {
        let d = of("ID=debian\nVERSION_ID=\"12\"\n").unwrap();
        assert_eq!((d.operating_system.as_str(), d.product.as_str()), ("DEBIAN", "Debian12"));
        assert_eq!(of("ID=ubuntu\nVERSION_ID=\"22.04\"\nID_LIKE=debian\n").unwrap().product, "Ubuntu22.04");
        // A derivative AWS never heard of is patched as its family.
        let mint = of("ID=linuxmint\nID_LIKE=\"ubuntu debian\"\nVERSION_ID=\"21.3\"\n").unwrap();
        assert_eq!(mint.operating_system, "UBUNTU");
        let repack = of("ID=\"acme\"\nID_LIKE=\"rhel centos fedora\"\nVERSION_ID=\"8.6\"\n").unwrap();
        assert_eq!(repack.operating_system, "REDHAT_ENTERPRISE_LINUX");
        assert_eq!(of("ID=amzn\nVERSION_ID=\"2023\"\n").unwrap().operating_system, "AMAZON_LINUX_2023");
        assert_eq!(of("ID=rocky\nVERSION_ID=\"9.4\"\n").unwrap().product, "RockyLinux9.4");
        assert!(of("ID=plan9\n").is_none());
    }
}
