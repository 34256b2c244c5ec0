//! SecureString values at rest (SPEC §12, §14): each value is sealed with XChaCha20-Poly1305
//! (RustCrypto's `chacha20poly1305`) under a local 32-byte data key, with a random 24-byte
//! nonce per value. The parameter's name, version and key name are the associated data, so
//! a sealed value moved to another parameter, version or key name does not open.
//!
//! Stored text: `v1:<key name>:<base64(nonce | ciphertext and tag)>`. It is also what
//! `get-parameter` shows without `--with-decryption`, as AWS shows its ciphertext.
//!
//! Keys are named as AWS KMS keys are in `--key-id` (`alias/aws/ssm` is the default). Key
//! material, looked up in this order:
//! - the environment: `SSMCTL_KEY` for the default key, `SSMCTL_KEY_<NAME>` for another
//!   (NAME upper-cased, every other character than A-Z and 0-9 made `_`: `alias/app-db` →
//!   `SSMCTL_KEY_ALIAS_APP_DB`), base64 of 32 bytes — for CI and for controllers sharing keys;
//! - a file under `$XDG_CONFIG_HOME/ssmctl/keys/` (`~/.config/ssmctl/keys/`) at the key's
//!   name (`keys/alias/aws/ssm`), mode 0600, holding the same base64 text. The default key's
//!   file is created (directories 0700) the first time a value is sealed with it; any other
//!   key must exist beforehand (`InvalidKeyId`).
//!
//! A key that is present but unreadable or malformed is an environment error (exit 253); a
//! value sealed with a key this machine does not have, or with other material under the same
//! name, is `InvalidKeyId` (254). Neither ever yields garbage.

use crate::error::{Error, Result};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

/// The key a SecureString gets without `--key-id`, named as AWS names its default key.
pub const DEFAULT_KEY: &str = "alias/aws/ssm";
const FORMAT: &str = "v1";
const NONCE_LEN: usize = 24;
const KEY_LEN: usize = 32;

/// A data key and where it came from (for messages).
pub struct DataKey {
    name: String,
    bytes: [u8; KEY_LEN],
    source: String,
}

/// Keys read in this process, by name: a listing of many SecureStrings reads each key once.
static KEYS: LazyLock<Mutex<HashMap<String, Arc<DataKey>>>> = LazyLock::new(Default::default);

/// The environment variable that holds key `name`.
pub fn env_var(name: &str) -> String {
    if name == DEFAULT_KEY {
        return "SSMCTL_KEY".into();
    }
    let suffix: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    format!("SSMCTL_KEY_{suffix}")
}

/// The folder of key files: `$XDG_CONFIG_HOME/ssmctl/keys`, else `$HOME/.config/ssmctl/keys`.
pub fn keys_dir() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_CONFIG_HOME").filter(|p| !p.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => {
            let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).ok_or_else(|| {
                Error::config("cannot find the key directory: neither XDG_CONFIG_HOME nor HOME is set")
            })?;
            PathBuf::from(home).join(".config")
        }
    };
    Ok(base.join("ssmctl").join("keys"))
}

/// The key file of key `name` (its `/`-separated parts become folders).
pub fn key_file(name: &str) -> Result<PathBuf> {
    check_name(name)?;
    let mut path = keys_dir()?;
    for part in name.split('/') {
        path.push(part);
    }
    Ok(path)
}

/// Key names are what `--key-id` accepts (`[a-zA-Z0-9:/_-]+`, checked by the model); as a
/// file path each `/`-separated part must be non-empty.
fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '_' | '-'))
        && name.split('/').all(|p| !p.is_empty());
    if ok {
        Ok(())
    } else {
        Err(Error::service(
            "InvalidKeyId",
            format!("Key {name}: a key name is parts of letters, digits, ':', '_' and '-' separated by single '/'."),
        ))
    }
}

/// The key to seal with. The default key is created on first use; any other key must exist.
pub fn key_for_sealing(name: &str) -> Result<Arc<DataKey>> {
    if let Some(k) = find(name)? {
        return Ok(k);
    }
    if name != DEFAULT_KEY {
        return Err(Error::service(
            "InvalidKeyId",
            format!(
                "Key {name} does not exist here: set {} to the base64 of 32 random bytes, or create the file {} \
                 (mode 0600) holding it, e.g. `head -c 32 /dev/urandom | base64`.",
                env_var(name),
                key_file(name)?.display()
            ),
        ));
    }
    let k = Arc::new(create_default()?);
    KEYS.lock().unwrap_or_else(|e| e.into_inner()).insert(name.to_string(), k.clone());
    Ok(k)
}

/// The key `name` from the environment or its file, if this machine has it.
/// The default key's bytes when one is configured (never created here): what session
/// recordings derive their chain key from.
pub fn existing_default_key() -> Option<[u8; KEY_LEN]> {
    find(DEFAULT_KEY).ok().flatten().map(|k| k.bytes)
}

fn find(name: &str) -> Result<Option<Arc<DataKey>>> {
    check_name(name)?;
    if let Some(k) = KEYS.lock().unwrap_or_else(|e| e.into_inner()).get(name) {
        return Ok(Some(k.clone()));
    }
    let var = env_var(name);
    let key = match std::env::var(&var) {
        Ok(text) if !text.is_empty() => {
            let bytes = decode_key(&text).map_err(|why| Error::config(format!("{var}: {why}")))?;
            Some(DataKey { name: name.to_string(), bytes, source: var })
        }
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err(Error::config(format!("{var}: not base64 text")));
        }
        _ => {
            let path = key_file(name)?;
            read_key_file(&path)?.map(|bytes| DataKey { name: name.to_string(), bytes, source: path_text(&path) })
        }
    };
    let Some(key) = key else { return Ok(None) };
    let key = Arc::new(key);
    KEYS.lock().unwrap_or_else(|e| e.into_inner()).insert(name.to_string(), key.clone());
    Ok(Some(key))
}

fn path_text(p: &Path) -> String {
    format!("key file {}", p.display())
}

fn decode_key(text: &str) -> std::result::Result<[u8; KEY_LEN], String> {
    let bytes = B64
        .decode(text.trim())
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(text.trim()))
        .map_err(|_| "not base64 text (expected the base64 of 32 bytes)".to_string())?;
    bytes.try_into().map_err(|b: Vec<u8>| format!("holds {} bytes; a key is 32 bytes (base64)", b.len()))
}

/// Reads a key file; `None` when there is none. A file that others can read, that is not a
/// regular file, or that does not hold a key is an environment error.
fn read_key_file(path: &Path) -> Result<Option<[u8; KEY_LEN]>> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::config(format!("{}: {e}", path_text(path)))),
    };
    if !meta.is_file() {
        return Err(Error::config(format!("{} is not a regular file", path_text(path))));
    }
    if meta.mode() & 0o077 != 0 {
        return Err(Error::config(format!(
            "{} is accessible by other users (mode {:o}); run: chmod 600 {}",
            path_text(path),
            meta.mode() & 0o777,
            path.display()
        )));
    }
    let text = fs::read_to_string(path).map_err(|e| Error::config(format!("{}: {e}", path_text(path))))?;
    decode_key(&text).map(Some).map_err(|why| Error::config(format!("{}: {why}", path_text(path))))
}

/// Creates the default key's file (0600, folders 0700) with 32 random bytes. Two processes
/// doing it at once agree: the file appears whole through a hard link, and the loser reads
/// the winner's key.
fn create_default() -> Result<DataKey> {
    let path = key_file(DEFAULT_KEY)?;
    let dir = path.parent().ok_or_else(|| Error::internal("key file without a folder"))?;
    let env_err = |e: std::io::Error| Error::config(format!("cannot create {}: {e}", path_text(&path)));
    fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(env_err)?;
    let key = chacha20poly1305::Key::try_generate()
        .map_err(|e| Error::internal(format!("no randomness from the operating system: {e}")))?;
    let tmp = dir.join(format!(".new-{}", uuid::Uuid::new_v4()));
    {
        let mut f = fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp).map_err(env_err)?;
        f.write_all(format!("{}\n", B64.encode(key.as_slice())).as_bytes()).map_err(env_err)?;
        f.sync_all().map_err(env_err)?;
    }
    let linked = fs::hard_link(&tmp, &path);
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => {
            crate::log::debug(|| format!("created the default SecureString key at {}", path.display()));
            let mut bytes = [0u8; KEY_LEN];
            bytes.copy_from_slice(key.as_slice());
            Ok(DataKey { name: DEFAULT_KEY.into(), bytes, source: path_text(&path) })
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let bytes = read_key_file(&path)?.ok_or_else(|| Error::config(format!("{} vanished", path_text(&path))))?;
            Ok(DataKey { name: DEFAULT_KEY.into(), bytes, source: path_text(&path) })
        }
        Err(e) => Err(env_err(e)),
    }
}

fn nonce_bytes() -> Result<XNonce> {
    XNonce::try_generate().map_err(|e| Error::internal(format!("no randomness from the operating system: {e}")))
}

fn associated_data(parameter: &str, version: i64, key_name: &str) -> Vec<u8> {
    format!("ssmctl/parameter\0{parameter}\0{version}\0{key_name}").into_bytes()
}

/// Seals `plaintext` as version `version` of `parameter`.
pub fn seal(key: &DataKey, parameter: &str, version: i64, plaintext: &str) -> Result<String> {
    let cipher = XChaCha20Poly1305::new(&key.bytes.into());
    let nonce = nonce_bytes()?;
    let aad = associated_data(parameter, version, &key.name);
    let sealed = cipher
        .encrypt(&nonce, Payload { msg: plaintext.as_bytes(), aad: &aad })
        .map_err(|_| Error::internal("encryption failed"))?;
    let mut blob = Vec::with_capacity(NONCE_LEN + sealed.len());
    blob.extend_from_slice(nonce.as_slice());
    blob.extend_from_slice(&sealed);
    Ok(format!("{FORMAT}:{}:{}", key.name, B64.encode(blob)))
}

/// Opens version `version` of `parameter`. Errors name the key and say what to do; they
/// never contain the value.
pub fn open(parameter: &str, version: i64, sealed: &str) -> Result<String> {
    let damaged = || {
        Error::service(
            "InvalidKeyId",
            format!(
                "The stored value of {parameter} (version {version}) is not a sealed SecureString; it was altered."
            ),
        )
    };
    let rest = sealed.strip_prefix(FORMAT).and_then(|r| r.strip_prefix(':')).ok_or_else(damaged)?;
    let (name, blob) = rest.rsplit_once(':').ok_or_else(damaged)?;
    let blob = B64.decode(blob).map_err(|_| damaged())?;
    if blob.len() < NONCE_LEN {
        return Err(damaged());
    }
    let key = find(name)?.ok_or_else(|| {
        let file = key_file(name).map(|p| p.display().to_string()).unwrap_or_default();
        Error::service(
            "InvalidKeyId",
            format!(
                "{parameter} was sealed with key {name}, which this machine does not have: set {} to that key \
                 (base64), or copy its key file to {file}.",
                env_var(name)
            ),
        )
    })?;
    let (nonce, ciphertext) = blob.split_at(NONCE_LEN);
    let nonce = XNonce::try_from(nonce).map_err(|_| damaged())?;
    let cipher = XChaCha20Poly1305::new(&key.bytes.into());
    let aad = associated_data(parameter, version, name);
    let plain = cipher.decrypt(&nonce, Payload { msg: ciphertext, aad: &aad }).map_err(|_| {
        Error::service(
            "InvalidKeyId",
            format!(
                "{parameter} (version {version}) does not open with key {name} from {}: it was sealed with other key \
                 material under that name, or the stored value was altered.",
                key.source
            ),
        )
    })?;
    String::from_utf8(plain).map_err(|_| damaged())
}

/// Puts a key in this process's cache, as if read from the environment (unit tests, fuzzing).
pub fn insert_test_key(name: &str, byte: u8) {
    let key = DataKey { name: name.into(), bytes: [byte; KEY_LEN], source: "a test".into() };
    KEYS.lock().unwrap_or_else(|e| e.into_inner()).insert(name.into(), Arc::new(key));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str, byte: u8) -> DataKey {
        DataKey { name: name.into(), bytes: [byte; KEY_LEN], source: "test".into() }
    }

    fn with_cached(k: DataKey) {
        KEYS.lock().unwrap().insert(k.name.clone(), Arc::new(k));
    }

    #[test]
    fn env_var_names() {
        assert_eq!(env_var(DEFAULT_KEY), "SSMCTL_KEY");
        assert_eq!(env_var("alias/app-db"), "SSMCTL_KEY_ALIAS_APP_DB");
        assert_eq!(env_var("arn:aws:kms:x"), "SSMCTL_KEY_ARN_AWS_KMS_X");
    }

    #[test]
    fn sealed_values_open_only_for_their_parameter_version_and_key() {
        with_cached(key("test/round-trip", 7));
        let k = find("test/round-trip").unwrap().unwrap();
        let sealed = seal(&k, "/app/db", 3, "s3cr3t, with spaces").unwrap();
        assert!(sealed.starts_with("v1:test/round-trip:"), "{sealed}");
        assert!(!sealed.contains("s3cr3t"));
        assert_eq!(open("/app/db", 3, &sealed).unwrap(), "s3cr3t, with spaces");
        // Another parameter or version: the associated data differs.
        assert_eq!(open("/app/other", 3, &sealed).unwrap_err().exit_code(), 254);
        assert_eq!(open("/app/db", 4, &sealed).unwrap_err().exit_code(), 254);
        // Two seals of one value differ (random nonces).
        assert_ne!(seal(&k, "/app/db", 3, "x").unwrap(), seal(&k, "/app/db", 3, "x").unwrap());
        // A flipped byte is refused, not garbage.
        let (head, b64) = sealed.rsplit_once(':').unwrap();
        let mut blob = B64.decode(b64).unwrap();
        let last = blob.len() - 1;
        blob[last] ^= 1;
        let err = open("/app/db", 3, &format!("{head}:{}", B64.encode(blob))).unwrap_err();
        assert!(err.render(None).contains("InvalidKeyId"), "{}", err.render(None));
    }

    #[test]
    fn other_material_under_the_same_name_is_invalid_key_id() {
        with_cached(key("test/swap", 1));
        let sealed = seal(&find("test/swap").unwrap().unwrap(), "/p", 1, "v").unwrap();
        with_cached(key("test/swap", 2));
        let err = open("/p", 1, &sealed).unwrap_err();
        assert_eq!(err.exit_code(), 254);
        assert!(err.render(None).contains("other key material"), "{}", err.render(None));
    }

    #[test]
    fn key_text_must_be_base64_of_32_bytes() {
        assert!(decode_key(&B64.encode([9u8; 32])).is_ok());
        assert!(decode_key(&format!("  {}\n", B64.encode([9u8; 32]))).is_ok());
        assert!(decode_key(&B64.encode([9u8; 16])).unwrap_err().contains("16 bytes"));
        assert!(decode_key("not base64!").is_err());
    }

    #[test]
    fn key_names_become_paths_without_empty_parts() {
        assert!(check_name("alias/aws/ssm").is_ok());
        assert!(check_name("arn:aws:kms:us-east-1:1:key/abc").is_ok());
        for bad in ["", "/x", "x/", "a//b", "a/../b"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
