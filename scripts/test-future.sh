#!/usr/bin/env bash
# The test suite with the clock moved ahead (default a year: FUTURE=+365d), to prove that no
# test depends on the date it runs (SPEC §16). libfaketime (Debian's `faketime`) shifts the
# wall clock of the test binaries, of every ssmctl they start (tests/cli/support.rs passes
# LD_PRELOAD and FAKETIME* on) and of the sshd daemons; the monotonic clock is left alone
# so that timeouts keep their length. Installs faketime when missing (as root).
#   bash scripts/test-future.sh            # a year ahead
#   FUTURE=+3650d bash scripts/test-future.sh
set -euo pipefail
cd "$(dirname "$0")/.."
lib=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
if [ ! -e "$lib" ]; then
  lib=$(find /usr/lib -name libfaketimeMT.so.1 2>/dev/null | head -1)
fi
if [ -z "$lib" ] || [ ! -e "$lib" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test-future.sh: libfaketime is missing; run as root or apt-get install faketime" >&2
    exit 1
  fi
  echo "scripts/test-future.sh: installing faketime" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends faketime >/dev/null
  lib=$(find /usr/lib -name libfaketimeMT.so.1 | head -1)
fi
# Build with the true clock (cargo's freshness checks compare file times), then run shifted.
cargo test --locked --no-run
future=${FUTURE:-+365d}
shifted=$(LD_PRELOAD="$lib" FAKETIME="$future" date -u +%FT%TZ)
echo "scripts/test-future.sh: the clock reads $shifted (now $(date -u +%FT%TZ), shift $future)" >&2
LD_PRELOAD="$lib" FAKETIME="$future" FAKETIME_DONT_FAKE_MONOTONIC=1 cargo test --locked "$@"
