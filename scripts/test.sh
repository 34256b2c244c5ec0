#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this). On a fresh Debian machine as
# root it first installs what the tests need: a C compiler for bundled SQLite,
# openssh-server/openssh-client for the fleet tests that start real sshd daemons, and
# procps (pgrep) with which tests check that no process is left behind, time (peak RSS of
# a run), faketime (the suite once more with the clock a year ahead), rpm (whose own
# version ordering checks ssmctl's; rpmbuild makes the dnf tests' packages), dnf and
# createrepo-c (the RHEL-family patch tests' package manager and repository). It ends with the
# 60-second soak (scripts/soak.sh); the fuzz corpus is replayed by `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v cc >/dev/null 2>&1 || need+=(gcc libc6-dev)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh >/dev/null 2>&1 || need+=(openssh-client)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v pgrep >/dev/null 2>&1 || need+=(procps)
[ -x /usr/bin/time ] || need+=(time)
{ command -v rpm && command -v rpmbuild; } >/dev/null 2>&1 || need+=(rpm)
command -v dnf >/dev/null 2>&1 || need+=(dnf)
command -v createrepo_c >/dev/null 2>&1 || need+=(createrepo-c)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
find /usr/lib -name libfaketimeMT.so.1 2>/dev/null | grep -q . || need+=(faketime)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test.sh: missing ${need[*]}; run as root or install them" >&2
    exit 1
  fi
  echo "scripts/test.sh: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "scripts/test.sh: cargo not found; install the Rust toolchain (rustup, Rust >= 1.89)" >&2
  exit 1
fi

cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked
# No test may depend on the date it runs (SPEC §16): the integration tests again, a year ahead.
bash scripts/test-future.sh --test cli
# The 60-second soak (fleet of 10, 20 associations, kill -9, host restarts) on the debug
# binary `cargo test` just built; the full 10-minute one is `bash scripts/soak.sh`.
SSMCTL="$PWD/target/debug/ssmctl" SOAK_SECONDS=60 SOAK_HOSTS=10 SOAK_ASSOCIATIONS=20 bash scripts/soak.sh
