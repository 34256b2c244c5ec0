#!/usr/bin/env bash
# Median start-to-exit time of `ssmctl list-documents` on an empty state db and on one
# holding 10,000 documents. Usage: bench/startup.sh [RUNS]   (default 30)
# Builds the release binary; needs python3 for the timing loop.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
cargo build --release --locked -q
bin=$PWD/target/release/ssmctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

doc=$PWD/fixtures/documents/hello.json
export SSMCTL_DB=$work/empty.db
"$bin" list-documents >/dev/null

export SSMCTL_DB=$work/full.db
echo "creating 10,000 documents (takes a minute)..." >&2
t0=$(date +%s.%N)
seq -w 1 10000 | xargs -P 4 -I{} "$bin" create-document --name "Bench-{}" --content "file://$doc" --output text --query 'DocumentDescription.Name' >/dev/null
t1=$(date +%s.%N)
count=$("$bin" list-documents --filters Key=Owner,Values=Self --query 'length(DocumentIdentifiers)')
echo "documents in full.db: $count" >&2

python3 - "$bin" "$work" "$runs" "$t0" "$t1" <<'PY'
import os, statistics, subprocess, sys, time
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
created_s = float(sys.argv[5]) - float(sys.argv[4])
def median_ms(db, args):
    env = dict(os.environ, SSMCTL_DB=db)
    times = []
    for _ in range(runs + 2):
        t = time.perf_counter()
        subprocess.run([bin] + args, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times[2:]), min(times[2:]), max(times[2:])
rows = [
    ("list-documents, empty db", f"{work}/empty.db", ["list-documents"]),
    ("list-documents, 10,000 documents (all, 201 pages)", f"{work}/full.db", ["list-documents"]),
    ("list-documents --max-items 50, 10,000 documents", f"{work}/full.db", ["list-documents", "--max-items", "50"]),
    ("describe-document, 10,000 documents", f"{work}/full.db", ["describe-document", "--name", "Bench-05000"]),
]
print(f"| command | median ms | min-max ms |")
print(f"|---|---|---|")
for label, db, args in rows:
    med, lo, hi = median_ms(db, args)
    print(f"| {label} | {med:.1f} | {lo:.1f}-{hi:.1f} |")
print(f"| create-document x10,000, xargs -P 4 (whole processes) | {created_s:.1f} s total, {created_s * 1000 / 10000:.1f} ms each | |")
PY
