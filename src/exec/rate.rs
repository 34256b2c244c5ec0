//! `--max-concurrency` and `--max-errors` (SPEC §10): a number, or a percentage of the
//! targets, floor(P·T/100), at least 1 for concurrency.

use crate::error::{Error, Result};

pub fn concurrency(spec: &str, targets: usize) -> Result<usize> {
    Ok(parse(spec, targets, "MaxConcurrency")?.max(1))
}

pub fn errors(spec: &str, targets: usize) -> Result<usize> {
    parse(spec, targets, "MaxErrors")
}

fn parse(spec: &str, targets: usize, what: &str) -> Result<usize> {
    let bad = || Error::service("ValidationException", format!("{what} {spec} is not a number or a percentage"));
    match spec.strip_suffix('%') {
        Some(p) => {
            let p: usize = p.parse().map_err(|_| bad())?;
            if p > 100 {
                return Err(bad());
            }
            Ok(p * targets / 100)
        }
        None => spec.parse().map_err(|_| bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_percentages() {
        assert_eq!(concurrency("10", 3).unwrap(), 10);
        assert_eq!(concurrency("50%", 3).unwrap(), 1);
        assert_eq!(concurrency("1%", 10).unwrap(), 1, "at least one at a time");
        assert_eq!(errors("0", 10).unwrap(), 0);
        assert_eq!(errors("10%", 25).unwrap(), 2);
        assert_eq!(errors("100%", 7).unwrap(), 7);
        assert!(errors("x", 7).is_err());
        assert!(concurrency("101%", 7).is_err());
    }
}
