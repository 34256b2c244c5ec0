#!/usr/bin/env bash
# Parameter Store at 10,000 parameters: the time of 10,000 put-parameter processes
# (xargs -P 4) and the median start-to-exit time of get-parameters-by-path over them,
# whole (1,000 service pages of 10) and --max-items 10, plain and --with-decryption.
# Usage: bench/parameters.sh [RUNS]   (default 30). Builds the release binary; needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
cargo build --release --locked -q
bin=$PWD/target/release/ssmctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SSMCTL_DB=$work/state.db HOME=$work/home XDG_CONFIG_HOME=$work/config
mkdir -p "$HOME"

# /app/svc-NN/param-NNNN: 100 services of 100 parameters, one in ten a SecureString.
echo "putting 10,000 parameters (one process each, 4 at a time)..." >&2
t0=$(date +%s.%N)
seq -w 0 9999 | awk '{ t = ($1 ~ /0$/) ? "SecureString" : "String"
  printf "--name /app/svc-%s/param-%s --value value-%s --type %s\n", substr($1, 1, 2), $1, $1, t }' \
  | xargs -P 4 -L 1 "$bin" put-parameter --output text --query Version >/dev/null
t1=$(date +%s.%N)
count=$("$bin" describe-parameters --query 'length(Parameters)')
echo "parameters: $count" >&2

python3 - "$bin" "$runs" "$t0" "$t1" <<'PY'
import os, statistics, subprocess, sys, time
bin, runs = sys.argv[1], int(sys.argv[2])
put_s = float(sys.argv[4]) - float(sys.argv[3])
def median_ms(args):
    times = []
    for _ in range(runs + 2):
        t = time.perf_counter()
        subprocess.run([bin] + args, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times[2:]), min(times[2:]), max(times[2:])
rows = [
    ("get-parameters-by-path --path /app --recursive (all 10,000, 1,000 pages)", ["get-parameters-by-path", "--path", "/app", "--recursive"]),
    ("the same, --with-decryption (1,000 SecureStrings opened)", ["get-parameters-by-path", "--path", "/app", "--recursive", "--with-decryption"]),
    ("get-parameters-by-path --path /app --recursive --max-items 10", ["get-parameters-by-path", "--path", "/app", "--recursive", "--max-items", "10"]),
    ("get-parameters-by-path --path /app/svc-50 (one level, 100)", ["get-parameters-by-path", "--path", "/app/svc-50"]),
    ("get-parameter --with-decryption (a SecureString)", ["get-parameter", "--name", "/app/svc-50/param-5000", "--with-decryption"]),
    ("describe-parameters (all 10,000, 200 pages)", ["describe-parameters"]),
]
print("| command, 10,000 parameters | median ms | min-max ms |")
print("|---|---|---|")
for label, args in rows:
    med, lo, hi = median_ms(args)
    print(f"| {label} | {med:.1f} | {lo:.1f}-{hi:.1f} |")
print(f"| put-parameter x10,000, xargs -P 4 (whole processes) | {put_s:.1f} s total, {put_s * 1000 / 10000:.1f} ms each | |")

# Paging is checked, not only timed: walk all 10,000 with --max-items 700 and
# --starting-token; every name once, none missing.
import json
seen, token, pages = [], None, 0
while True:
    args = [bin, "get-parameters-by-path", "--path", "/app", "--recursive", "--max-items", "700"]
    if token:
        args += ["--starting-token", token]
    out = json.loads(subprocess.run(args, stdout=subprocess.PIPE, check=True).stdout)
    seen += [p["Name"] for p in out["Parameters"]]
    pages += 1
    token = out.get("NextToken")
    if not token:
        break
assert len(seen) == 10000 and len(set(seen)) == 10000, (len(seen), len(set(seen)))
print(f"paging check: {pages} calls of --max-items 700 returned all 10,000 names once", file=sys.stderr)
PY
