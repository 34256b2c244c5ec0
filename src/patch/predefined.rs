//! The AWS-owned baselines of the Linux OSes, with AWS's rules: read-only, Owner AWS, each the
//! default of its OS until another is registered. Their compliance level is UNSPECIFIED, as
//! AWS ships them.

use crate::model::patch::{BaselineRules, PatchFilter, PatchFilterGroup, PatchRule, PatchRuleGroup};
use sha2::{Digest, Sha256};

pub struct Predefined {
    pub name: &'static str,
    pub operating_system: &'static str,
    pub description: &'static str,
    kind: Kind,
}

enum Kind {
    /// Security updates of the given severities and every bug fix, 7 days after release.
    SecurityAndBugfix(&'static [&'static str]),
    /// Security updates of the given severities only, 7 days after release.
    Security(&'static [&'static str]),
    /// Every update, security or not, 7 days after release.
    Everything,
    /// Updates from a security archive of any priority, at once.
    DebianSecurity,
}

pub const BASELINES: &[Predefined] = &[
    Predefined {
        name: "AWS-AmazonLinuxDefaultPatchBaseline",
        operating_system: "AMAZON_LINUX",
        description: "Default Patch Baseline for Amazon Linux Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-AmazonLinux2DefaultPatchBaseline",
        operating_system: "AMAZON_LINUX_2",
        description: "Default Patch Baseline for Amazon Linux 2 Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-AmazonLinux2022DefaultPatchBaseline",
        operating_system: "AMAZON_LINUX_2022",
        description: "Default Patch Baseline for Amazon Linux 2022 Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-AmazonLinux2023DefaultPatchBaseline",
        operating_system: "AMAZON_LINUX_2023",
        description: "Default Patch Baseline for Amazon Linux 2023 Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-RedHatDefaultPatchBaseline",
        operating_system: "REDHAT_ENTERPRISE_LINUX",
        description: "Default Patch Baseline for Redhat Enterprise Linux Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-RockyLinuxDefaultPatchBaseline",
        operating_system: "ROCKY_LINUX",
        description: "Default Patch Baseline for Rocky Linux Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-AlmaLinuxDefaultPatchBaseline",
        operating_system: "ALMA_LINUX",
        description: "Default Patch Baseline for Alma Linux Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-OracleLinuxDefaultPatchBaseline",
        operating_system: "ORACLE_LINUX",
        description: "Default Patch Baseline for Oracle Linux Provided by AWS.",
        kind: Kind::SecurityAndBugfix(&["Important", "Moderate"]),
    },
    Predefined {
        name: "AWS-SuseDefaultPatchBaseline",
        operating_system: "SUSE",
        description: "Default Patch Baseline for Suse Provided by AWS.",
        kind: Kind::Security(&["Critical", "Important"]),
    },
    Predefined {
        name: "AWS-CentOSDefaultPatchBaseline",
        operating_system: "CENTOS",
        description: "Default Patch Baseline for CentOS Provided by AWS.",
        kind: Kind::Everything,
    },
    Predefined {
        name: "AWS-DebianDefaultPatchBaseline",
        operating_system: "DEBIAN",
        description: "Default Patch Baseline for Debian Provided by AWS.",
        kind: Kind::DebianSecurity,
    },
    Predefined {
        name: "AWS-UbuntuDefaultPatchBaseline",
        operating_system: "UBUNTU",
        description: "Default Patch Baseline for Ubuntu Provided by AWS.",
        kind: Kind::DebianSecurity,
    },
    Predefined {
        name: "AWS-DefaultRaspbianPatchBaseline",
        operating_system: "RASPBIAN",
        description: "Default Patch Baseline for Raspbian Provided by AWS.",
        kind: Kind::DebianSecurity,
    },
];

impl Predefined {
    /// A stable `pb-` id of 17 hex digits, the same in every store.
    pub fn baseline_id(&self) -> String {
        let hash = Sha256::digest(self.name.as_bytes());
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        format!("pb-{}", &hex[..17])
    }

    pub fn rules(&self) -> BaselineRules {
        let f = |key: &str, values: &[&str]| PatchFilter {
            key: key.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
        };
        let rule = |filters: Vec<PatchFilter>, days: Option<i64>, non_security: bool| PatchRule {
            patch_filter_group: PatchFilterGroup { patch_filters: filters },
            compliance_level: Some("UNSPECIFIED".into()),
            approve_after_days: days,
            approve_until_date: None,
            enable_non_security: Some(non_security),
        };
        let security = |sev: &[&str]| {
            rule(vec![f("PRODUCT", &["*"]), f("CLASSIFICATION", &["Security"]), f("SEVERITY", sev)], Some(7), false)
        };
        let bugfix = || rule(vec![f("PRODUCT", &["*"]), f("CLASSIFICATION", &["Bugfix"])], Some(7), false);
        let rules = match self.kind {
            Kind::SecurityAndBugfix(sev) => vec![security(sev), bugfix()],
            Kind::Security(sev) => vec![security(sev)],
            Kind::Everything => vec![rule(vec![f("PRODUCT", &["*"])], Some(7), true)],
            Kind::DebianSecurity => vec![rule(
                vec![f("PRODUCT", &["*"]), f("PRIORITY", &["Required", "Important", "Standard", "Optional", "Extra"])],
                // Debian-family releases carry no dates: approved at once, no delay allowed.
                None,
                false,
            )],
        };
        BaselineRules {
            operating_system: self.operating_system.into(),
            approval_rules: Some(PatchRuleGroup { patch_rules: rules }),
            rejected_patches_action: Some("ALLOW_AS_DEPENDENCY".into()),
            approved_patches_compliance_level: Some("UNSPECIFIED".into()),
            approved_patches_enable_non_security: Some(false),
            ..Default::default()
        }
    }
}

/// The predefined baseline of an OS (its default until another is registered).
pub fn for_os(os: &str) -> Option<&'static Predefined> {
    BASELINES.iter().find(|b| b.operating_system == os)
}

/// A predefined baseline by id or name.
pub fn find(id_or_name: &str) -> Option<&'static Predefined> {
    BASELINES.iter().find(|b| b.name == id_or_name || b.baseline_id() == id_or_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_linux_os_has_one_predefined_baseline_with_a_distinct_id() {
        let mut ids: Vec<String> = BASELINES.iter().map(|b| b.baseline_id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), BASELINES.len());
        for os in ["DEBIAN", "UBUNTU", "REDHAT_ENTERPRISE_LINUX", "AMAZON_LINUX_2023", "ROCKY_LINUX"] {
            assert!(for_os(os).is_some(), "{os}");
        }
        let d = for_os("DEBIAN").unwrap();
        assert_eq!(find(&d.baseline_id()).unwrap().name, "AWS-DebianDefaultPatchBaseline");
        assert_eq!(d.rules().approval_rules.unwrap().patch_rules[0].approve_after_days, None);
    }
}
