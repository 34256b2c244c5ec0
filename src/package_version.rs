//! Package versions compared as the host's package manager compares them: dpkg's ordering
//! (Debian policy 5.6.12: epoch, upstream, revision; `~` before everything, letters before
//! other symbols) and rpm's (`rpmvercmp`: alphanumeric segments, numbers beat letters, `~`
//! sorts before and `^` after the end). Inventory's helpers use this; get-inventory keeps
//! AWS's plain string comparison.

use std::cmp::Ordering;

/// Which package manager's rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Dpkg,
    Rpm,
}

impl Scheme {
    /// The ordering of an inventory entry's `ApplicationType`/`PackageId`: rpm for rpm
    /// packages, dpkg otherwise (dpkg's and apk's orderings agree on common versions).
    pub fn of_package_id(package_id: &str) -> Scheme {
        if package_id.ends_with(".rpm") { Scheme::Rpm } else { Scheme::Dpkg }
    }

    pub fn compare(self, a: &str, b: &str) -> Ordering {
        match self {
            Scheme::Dpkg => dpkg(a, b),
            Scheme::Rpm => rpm(a, b),
        }
    }
}

/// Splits `[epoch:]version[-release]`; a missing epoch is 0.
fn split_evr(v: &str) -> (u64, &str, Option<&str>) {
    let (epoch, rest) = match v.split_once(':') {
        Some((e, rest)) if !e.is_empty() && e.bytes().all(|c| c.is_ascii_digit()) => {
            (e.parse().unwrap_or(u64::MAX), rest)
        }
        _ => (0, v),
    };
    match rest.rsplit_once('-') {
        Some((version, release)) => (epoch, version, Some(release)),
        None => (epoch, rest, None),
    }
}

/// dpkg's comparison of two whole versions.
pub fn dpkg(a: &str, b: &str) -> Ordering {
    let (ea, va, ra) = split_evr(a.trim());
    let (eb, vb, rb) = split_evr(b.trim());
    ea.cmp(&eb)
        .then_with(|| dpkg_part(va.as_bytes(), vb.as_bytes()))
        // No revision compares as an empty one, as dpkg does.
        .then_with(|| dpkg_part(ra.unwrap_or("").as_bytes(), rb.unwrap_or("").as_bytes()))
}

/// dpkg's weight of a character in a non-digit run: `~` first, then the end of the string,
/// then letters, then everything else.
fn dpkg_order(c: Option<u8>) -> i32 {
    match c {
        None => 0,
        Some(c) if c.is_ascii_digit() => 0,
        Some(c) if c.is_ascii_alphabetic() => c as i32,
        Some(b'~') => -1,
        Some(c) => c as i32 + 256,
    }
}

fn dpkg_part(a: &[u8], b: &[u8]) -> Ordering {
    let (mut i, mut j) = (0, 0);
    let at = |s: &[u8], k: usize| s.get(k).copied();
    while i < a.len() || j < b.len() {
        // The non-digit run, character by character.
        while at(a, i).is_some_and(|c| !c.is_ascii_digit()) || at(b, j).is_some_and(|c| !c.is_ascii_digit()) {
            let (x, y) = (dpkg_order(at(a, i)), dpkg_order(at(b, j)));
            if x != y {
                return x.cmp(&y);
            }
            i += 1;
            j += 1;
        }
        // The digit run, as a number (leading zeros do not count).
        while at(a, i) == Some(b'0') {
            i += 1;
        }
        while at(b, j) == Some(b'0') {
            j += 1;
        }
        let mut first_diff = Ordering::Equal;
        while at(a, i).is_some_and(|c| c.is_ascii_digit()) && at(b, j).is_some_and(|c| c.is_ascii_digit()) {
            if first_diff == Ordering::Equal {
                first_diff = a[i].cmp(&b[j]);
            }
            i += 1;
            j += 1;
        }
        if at(a, i).is_some_and(|c| c.is_ascii_digit()) {
            return Ordering::Greater;
        }
        if at(b, j).is_some_and(|c| c.is_ascii_digit()) {
            return Ordering::Less;
        }
        if first_diff != Ordering::Equal {
            return first_diff;
        }
    }
    Ordering::Equal
}

/// rpm's comparison of two whole versions (`[epoch:]version[-release]`).
pub fn rpm(a: &str, b: &str) -> Ordering {
    let (ea, va, ra) = split_evr(a.trim());
    let (eb, vb, rb) = split_evr(b.trim());
    ea.cmp(&eb).then_with(|| rpmvercmp(va.as_bytes(), vb.as_bytes())).then_with(|| match (ra, rb) {
        // rpm compares releases only when both sides have one.
        (Some(x), Some(y)) => rpmvercmp(x.as_bytes(), y.as_bytes()),
        _ => Ordering::Equal,
    })
}

fn rpmvercmp(a: &[u8], b: &[u8]) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (mut i, mut j) = (0, 0);
    let at = |s: &[u8], k: usize| s.get(k).copied();
    let separator = |c: Option<u8>| c.is_some_and(|c| !c.is_ascii_alphanumeric() && c != b'~' && c != b'^');
    loop {
        while separator(at(a, i)) {
            i += 1;
        }
        while separator(at(b, j)) {
            j += 1;
        }
        // `~` sorts before anything, even the end.
        if at(a, i) == Some(b'~') || at(b, j) == Some(b'~') {
            if at(a, i) != Some(b'~') {
                return Ordering::Greater;
            }
            if at(b, j) != Some(b'~') {
                return Ordering::Less;
            }
            i += 1;
            j += 1;
            continue;
        }
        // `^` sorts after the end but before anything else.
        if at(a, i) == Some(b'^') || at(b, j) == Some(b'^') {
            if at(a, i).is_none() {
                return Ordering::Less;
            }
            if at(b, j).is_none() {
                return Ordering::Greater;
            }
            if at(a, i) != Some(b'^') {
                return Ordering::Greater;
            }
            if at(b, j) != Some(b'^') {
                return Ordering::Less;
            }
            i += 1;
            j += 1;
            continue;
        }
        if at(a, i).is_none() || at(b, j).is_none() {
            break;
        }
        let numeric = a[i].is_ascii_digit();
        let take = |s: &[u8], mut k: usize| {
            let start = k;
            while at(s, k).is_some_and(|c| if numeric { c.is_ascii_digit() } else { c.is_ascii_alphabetic() }) {
                k += 1;
            }
            (start, k)
        };
        let (sa, ea) = take(a, i);
        let (sb, eb) = take(b, j);
        // Segments of different kinds: a number is newer than letters.
        if sb == eb {
            return if numeric { Ordering::Greater } else { Ordering::Less };
        }
        let (mut x, mut y) = (&a[sa..ea], &b[sb..eb]);
        if numeric {
            while x.first() == Some(&b'0') {
                x = &x[1..];
            }
            while y.first() == Some(&b'0') {
                y = &y[1..];
            }
            if x.len() != y.len() {
                return x.len().cmp(&y.len());
            }
        }
        match x.cmp(y) {
            Ordering::Equal => {}
            other => return other,
        }
        i = ea;
        j = eb;
    }
    match (at(a, i).is_none(), at(b, j).is_none()) {
        (true, true) => Ordering::Equal,
        (false, _) => Ordering::Greater,
        _ => Ordering::Less,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Ordering::*;

    #[test]
    fn dpkg_ordering() {
        for (a, b, want) in [
            ("1:1.0", "2.0", Greater),
            ("1.0~rc1", "1.0", Less),
            ("1.0-10", "1.0-9", Greater),
            ("1.0", "1.0-0", Equal),
            ("1.0", "1.00", Equal),
            ("1.0a", "1.0", Greater),
            ("1.0a", "1.0+", Less),
            ("1.0~~", "1.0~", Less),
            ("1.0~", "1.0", Less),
            ("2.30-1ubuntu2", "2.30-1ubuntu10", Less),
            ("1:9.2p1-2+deb12u3", "1:9.2p1-2+deb12u2", Greater),
            ("0:1.2", "1.2", Equal),
            ("7.88.1-10+deb12u5", "7.88.1-10+deb12u12", Less),
        ] {
            assert_eq!(dpkg(a, b), want, "{a} vs {b}");
            assert_eq!(dpkg(b, a), want.reverse(), "{b} vs {a}");
        }
    }

    #[test]
    fn rpm_ordering() {
        for (a, b, want) in [
            ("1:1.0", "2.0", Greater),
            ("1.0~rc1", "1.0", Less),
            ("1.0-10", "1.0-9", Greater),
            ("1.0", "1.0", Equal),
            ("1.0", "1.0.0", Less),
            ("1.0a", "1.0", Greater),
            ("1.0", "1.0a", Less),
            ("1.a", "1.1", Less),
            ("1.0^", "1.0", Greater),
            ("1.0^git1", "1.0.1", Less),
            ("1.0~rc1", "1.0~rc2", Less),
            ("5.14.0-362.8.1.el9_3", "5.14.0-362.24.1.el9_3", Less),
            ("1.0-1", "1.0", Equal),
            ("001", "1", Equal),
        ] {
            assert_eq!(rpm(a, b), want, "{a} vs {b}");
            assert_eq!(rpm(b, a), want.reverse(), "{b} vs {a}");
        }
    }

    /// Versions from pieces that exercise every rule: epochs, `~`, `^`, `+`, letters,
    /// leading zeros, revisions.
    fn samples() -> Vec<String> {
        let pieces =
            ["0", "1", "01", "2", "10", "a", "b", "rc1", "~", "~rc", "^", "^git1", "+", ".", "p1", "-1", "-10", "-2"];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut out =
            vec!["1.0".to_string(), "1:1.0".into(), "2.0".into(), "1.0~rc1".into(), "1.0-10".into(), "1.0-9".into()];
        for _ in 0..300 {
            let mut v = String::new();
            if next() % 5 == 0 {
                v.push_str(&format!("{}:", next() % 3));
            }
            v.push(char::from(b'0' + (next() % 10) as u8));
            for _ in 0..(next() % 5) {
                v.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            out.push(v);
        }
        out
    }

    /// Our dpkg ordering against `dpkg --compare-versions` itself (dpkg is on every Debian
    /// machine the suite runs on; its absence is a failure, not a skip).
    #[test]
    fn dpkg_agrees_with_dpkg_compare_versions() {
        // `^` is rpm's; dpkg refuses it.
        let v: Vec<String> = samples().into_iter().filter(|s| !s.contains('^')).collect();
        for pair in v.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let lt = std::process::Command::new("dpkg")
                .args(["--compare-versions", a, "lt", b])
                .status()
                .expect("dpkg --compare-versions (install dpkg)");
            let eq = std::process::Command::new("dpkg").args(["--compare-versions", a, "eq", b]).status().unwrap();
            let theirs = if lt.success() {
                Less
            } else if eq.success() {
                Equal
            } else {
                Greater
            };
            assert_eq!(dpkg(a, b), theirs, "{a} vs {b}");
        }
    }

    /// Our rpm ordering against rpm's own `rpm.vercmp` (scripts/test.sh installs rpm), on
    /// pairs where both sides have a release or neither has: where only one has, rpm.vercmp
    /// counts the release, while rpm's dependency matching (`foo >= 1.0` is met by 1.0-3),
    /// which is what "hosts below 1.0" means, ignores it, as `rpm` here does.
    #[test]
    fn rpm_agrees_with_rpm_vercmp() {
        let v = samples();
        let has_release = |s: &str| s.contains('-');
        let pairs: Vec<(&String, &String)> =
            v.iter().zip(v.iter().skip(1)).filter(|(a, b)| has_release(a) == has_release(b)).collect();
        assert!(pairs.len() > 100, "enough pairs: {}", pairs.len());
        let lua: String =
            pairs.iter().map(|(a, b)| format!("print(rpm.vercmp(\"{a}\", \"{b}\") .. \" \")\n")).collect();
        let out = std::process::Command::new("rpm")
            .arg("--eval")
            .arg(format!("%{{lua:\n{lua}}}"))
            .output()
            .expect("rpm (scripts/test.sh installs it: apt-get install rpm)");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let theirs: Vec<i32> =
            String::from_utf8_lossy(&out.stdout).split_whitespace().map(|x| x.parse().unwrap()).collect();
        assert_eq!(theirs.len(), pairs.len());
        for ((a, b), t) in pairs.iter().zip(theirs) {
            assert_eq!(rpm(a, b), t.cmp(&0), "{a} vs {b}");
        }
    }

    #[test]
    fn the_scheme_follows_the_package() {
        assert_eq!(Scheme::of_package_id("bash-5.1.8-6.el9.src.rpm"), Scheme::Rpm);
        assert_eq!(Scheme::of_package_id("bash_5.2.15-2+b2_amd64.deb"), Scheme::Dpkg);
        assert_eq!(Scheme::Rpm.compare("1.0", "1.0.0"), Less);
    }
}
