//! The one bounded reader for what a flag names by path (`file://`, `fileb://`,
//! `--cli-input-json|yaml file://…`): at most the member's limit plus one byte is read, so a
//! huge file, a device such as /dev/zero or a FIFO with an endless writer is refused in
//! bounded time and memory instead of being read whole.

use crate::error::{Error, Result};
use std::io::Read;

/// How much a member may hold, and what exceeding it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Document content: 64 KiB, `MaxDocumentSizeExceeded` as the service answers.
    DocumentContent,
    /// A parameter value: 8 KiB (Advanced tier; the Standard tier's 4 KiB is checked by
    /// put-parameter), `ParameterMaxLengthExceeded`.
    ParameterValue,
    /// Any other member: its model length (in UTF-8 bytes at most 4 per character), else
    /// 1 MiB; a usage error naming the flag.
    Bytes(usize),
}

pub const DOCUMENT_CONTENT_MAX: usize = 64 * 1024;
pub const PARAMETER_VALUE_MAX: usize = 8 * 1024;
/// Members without a length in the model; `--cli-input-*` requests, which may carry up to
/// the 10 MiB AWS takes in one request (put-compliance-items), escaped.
pub const DEFAULT_MAX: usize = 1024 * 1024;
pub const CLI_INPUT_MAX: usize = 16 * 1024 * 1024;

impl Limit {
    /// The limit of a member of the model's shape `shape_name`.
    pub fn of_shape(shape_name: &str) -> Limit {
        match shape_name {
            "DocumentContent" => Limit::DocumentContent,
            "PSParameterValue" => Limit::ParameterValue,
            other => match crate::model::model().shapes.get(other).and_then(|s| s.max) {
                Some(max) if crate::model::model().shape(other).kind == "string" => {
                    Limit::Bytes((max as usize).saturating_mul(4).max(1))
                }
                _ => Limit::Bytes(DEFAULT_MAX),
            },
        }
    }

    pub fn bytes(self) -> usize {
        match self {
            Limit::DocumentContent => DOCUMENT_CONTENT_MAX,
            Limit::ParameterValue => PARAMETER_VALUE_MAX,
            Limit::Bytes(n) => n,
        }
    }

    fn exceeded(self, flag: &str, raw: &str) -> Error {
        let n = self.bytes();
        match self {
            Limit::DocumentContent => Error::service(
                "MaxDocumentSizeExceeded",
                format!("Content from {raw} (--{flag}) is larger than the document size limit of {n} bytes."),
            ),
            Limit::ParameterValue => Error::service(
                "ParameterMaxLengthExceeded",
                format!("The value in {raw} (--{flag}) is longer than {n} bytes, the limit of an Advanced parameter."),
            ),
            Limit::Bytes(_) => Error::usage(format!(
                "Error parsing parameter '--{flag}': paramfile {raw} is larger than {n} bytes, more than this member can hold"
            )),
        }
    }
}

/// Reads `path` (from `raw`, the value as given) up to `limit`: more is refused with the
/// member's error; a read error is a usage error naming the flag.
pub fn read_bounded(flag: &str, raw: &str, path: &str, limit: Limit) -> Result<Vec<u8>> {
    let unable = |e: std::io::Error| {
        Error::usage(format!("Error parsing parameter '--{flag}': Unable to load paramfile {raw}: {e}"))
    };
    let file = std::fs::File::open(path).map_err(unable)?;
    let cap = limit.bytes();
    // Reserved whole up front: pages never written stay out of memory, and the buffer is
    // never copied while it grows.
    let mut bytes = Vec::with_capacity(cap + 1);
    file.take(cap as u64 + 1).read_to_end(&mut bytes).map_err(unable)?;
    if bytes.len() > cap {
        return Err(limit.exceeded(flag, raw));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_come_from_the_member() {
        assert_eq!(Limit::of_shape("DocumentContent").bytes(), 65536);
        assert_eq!(Limit::of_shape("PSParameterValue").bytes(), 8192);
        assert_eq!(Limit::of_shape("ParameterPolicies"), Limit::Bytes(4096 * 4));
        assert_eq!(Limit::of_shape("Parameters"), Limit::Bytes(DEFAULT_MAX));
    }

    #[test]
    fn at_the_limit_is_read_one_more_byte_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v");
        std::fs::write(&p, vec![b'x'; 8192]).unwrap();
        let path = p.to_str().unwrap();
        assert_eq!(read_bounded("value", "file://v", path, Limit::ParameterValue).unwrap().len(), 8192);
        std::fs::write(&p, vec![b'x'; 8193]).unwrap();
        let e = read_bounded("value", "file://v", path, Limit::ParameterValue).unwrap_err();
        assert!(e.render(Some("PutParameter")).contains("(ParameterMaxLengthExceeded)"));
        let e = read_bounded("content", "file:///dev/zero", "/dev/zero", Limit::DocumentContent).unwrap_err();
        assert!(e.render(Some("CreateDocument")).contains("(MaxDocumentSizeExceeded)"));
        let e = read_bounded("parameters", "file:///dev/zero", "/dev/zero", Limit::Bytes(10)).unwrap_err();
        assert_eq!(e.exit_code(), 252);
        assert!(e.render(None).contains("--parameters"));
    }
}
