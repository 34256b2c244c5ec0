//! One error type for the whole program. Each variant knows its exit code (SPEC §5) and
//! how it is printed; `main` prints it once, at the edge.

use std::fmt;

#[derive(Debug)]
pub enum Error {
    /// 252: the command line or the request body could not be understood.
    Usage(String),
    /// 253: the environment is wrong (state dir, db schema, inventory, key file).
    Config(String),
    /// 254: the operation was understood and refused. `code` is a model error shape name.
    Service { code: String, message: String },
    /// 255: anything else.
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn service(code: &str, message: impl Into<String>) -> Error {
        Error::Service { code: code.to_string(), message: message.into() }
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage(message.into())
    }

    pub fn config(message: impl Into<String>) -> Error {
        Error::Config(message.into())
    }

    pub fn internal(message: impl Into<String>) -> Error {
        Error::Internal(message.into())
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 252,
            Error::Config(_) => 253,
            Error::Service { .. } => 254,
            Error::Internal(_) => 255,
        }
    }

    /// The single line printed on stderr. `operation` is the model operation name
    /// (`CreateDocument`) when the error came from an operation.
    pub fn render(&self, operation: Option<&str>) -> String {
        let one_line = |s: &str| s.replace('\n', " ");
        match self {
            Error::Service { code, message } => format!(
                "An error occurred ({code}) when calling the {} operation: {}",
                operation.unwrap_or("unknown"),
                one_line(message)
            ),
            Error::Usage(m) => format!("ssmctl: error: {}", one_line(m)),
            Error::Config(m) => format!("ssmctl: error: {}", one_line(m)),
            Error::Internal(m) => format!("ssmctl: internal error: {}", one_line(m)),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(None))
    }
}

impl std::error::Error for Error {}

/// What to tell a user about a SQLite error the environment caused (disk full, read-only,
/// I/O), or None when it is not one of those.
pub fn environment_hint(e: &rusqlite::Error) -> Option<&'static str> {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code()? {
        ErrorCode::DiskFull => Some("the disk is full; nothing was written; free space and run again"),
        ErrorCode::ReadOnly => Some("the file or its directory is read-only; nothing was written"),
        ErrorCode::SystemIoFailure => Some("I/O error: is the disk full or read-only? nothing was written"),
        ErrorCode::CannotOpen => Some("cannot open it: is its directory read-only? nothing was written"),
        _ => None,
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        // The environment, not ssmctl, is at fault: say what to fix (exit 253). The write
        // that failed was one transaction, so nothing of it landed.
        match environment_hint(&e) {
            Some(hint) => Error::Config(format!("state database: {hint}")),
            None => Error::Internal(format!("state database: {e}")),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::Internal(format!("json: {e}"))
    }
}

/// Every line ssmctl writes to stderr goes through here. A write error is ignored: a closed
/// stderr (`… 2>&1 | head -c 100`, or `2>&-`) must not turn an exit code into a panic's.
pub fn eprint_text(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// One line on stderr (see `eprint_text`).
pub fn eprint_line(line: &str) {
    eprint_text(&format!("{line}\n"));
}
