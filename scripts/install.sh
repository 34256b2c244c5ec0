#!/usr/bin/env bash
# Builds and installs ssmctl with cargo (into ~/.cargo/bin). On a fresh Debian machine as
# root it first installs the C compiler that bundled SQLite needs.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cc >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/install.sh: no C compiler; install gcc (as root: apt-get install gcc)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "scripts/install.sh: cargo not found; install the Rust toolchain with rustup (Rust >= 1.89)" >&2
  exit 1
fi
cargo install --locked --quiet --path . --force
bindir="${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin"
case ":$PATH:" in *":$bindir:"*) ;; *) echo "scripts/install.sh: add $bindir to PATH" >&2 ;; esac
echo "installed: $("$bindir/ssmctl" --version)" >&2
