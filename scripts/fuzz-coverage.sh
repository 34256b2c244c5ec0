#!/usr/bin/env bash
# Which code a fuzz corpus reaches, by crate: covered edges / edges of the functions linked in.
#   scripts/fuzz-coverage.sh TARGET [CORPUS_DIR]   (default fuzz/corpus/TARGET)
# Runs the target's fuzz binary (built by scripts/fuzz.sh) once over the corpus with
# libFuzzer's -print_coverage=1. A target's total keeps growing for hours inside large
# dependencies (the regex compiler behind allowedPattern, the YAML parser); the `ssmctl`
# line is ssmctl's own code, and is what "has stopped finding coverage" is judged on.
# Generic code is counted where it is written (serde's, for a derive).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz-coverage.sh TARGET [CORPUS_DIR]}
corpus=${2:-fuzz/corpus/$target}
bin=fuzz/target/x86_64-unknown-linux-gnu/release/$target
[ -x "$bin" ] || { echo "no $bin: run scripts/fuzz.sh (or cargo +nightly fuzz build -O) first" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" -runs=0 -print_coverage=1 "$corpus" >"$out" 2>&1
python3 - "$out" "$PWD/src/" <<'PY'
import collections, re, sys
covered, total = collections.Counter(), collections.Counter()
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"(?:UN)?COVERED_FUNC: hits: \d+ edges: (\d+)/(\d+) .* (\S+):\d+$", line.rstrip())
    if not m:
        continue
    path = m.group(3)
    if path.startswith(sys.argv[2]):
        who = "ssmctl"
    elif "/registry/src/" in path:
        who = path.split("/registry/src/")[1].split("/")[1].rsplit("-", 1)[0]
    elif path.startswith("/rustc/"):
        who = "std"
    else:
        who = "other"
    covered[who] += int(m.group(1))
    total[who] += int(m.group(2))
print(f"{'code':<20} {'covered':>8} {'of':>8}")
for who, n in sorted(covered.items(), key=lambda kv: (kv[0] != "ssmctl", -kv[1])):
    print(f"{who:<20} {n:>8} {total[who]:>8}")
print(f"{'all':<20} {sum(covered.values()):>8} {sum(total.values()):>8}")
PY
