#!/usr/bin/env bash
# State Manager at scale: creating 10,000 associations, and `apply-due` when nothing is due
# over those 10,000 associations and a 1,000-host inventory (what cron pays every minute).
# Usage: bench/apply_due.sh [RUNS]   (default 30). Needs python3. No SSH: the hosts are
# `connection: local` and nothing runs on them (every association waits for one weekly cron
# time three days from now, computed when the bench starts, so any date measures the same).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
cargo build --release --locked -q
bin=$PWD/target/release/ssmctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SSMCTL_DB=$work/state.db SSMCTL_INVENTORY=$work/inventory.yaml

python3 - "$work" <<'PY'
import datetime, json, sys
work = sys.argv[1]
due = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
day = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"][due.weekday()]
with open(f"{work}/due", "w") as f:
    f.write(due.strftime("%Y-%m-%dT%H:00:30Z"))
with open(f"{work}/inventory.yaml", "w") as f:
    f.write("hosts:\n")
    for i in range(1000):
        f.write(f"  host-{i:04d}: {{connection: local, tags: {{Role: r{i % 10}}}}}\n")
entries = [{
    "Name": "AWS-RunShellScript",
    "Targets": [{"Key": "tag:Role", "Values": [f"r{i % 10}"]}],
    "ScheduleExpression": f"cron(0 {due.hour} ? * {day} *)",
    "ApplyOnlyAtCronInterval": True,
    "Parameters": {"commands": ["true"]},
} for i in range(10000)]
for b in range(0, 10000, 100):
    with open(f"{work}/batch-{b // 100:03d}.json", "w") as f:
        json.dump({"Entries": entries[b:b + 100]}, f)
PY

"$bin" list-documents --max-items 1 >/dev/null   # creates the db
t0=$(date +%s.%N)
for f in "$work"/batch-*.json; do
  "$bin" create-association-batch --cli-input-json "file://$f" --query 'length(Failed)' --output text
done | sort | uniq -c | sed 's/^/failed per batch (count, failed): /' >&2
t1=$(date +%s.%N)
count=$("$bin" list-associations --query 'length(Associations)')
echo "associations: $count" >&2

python3 - "$bin" "$runs" "$t0" "$t1" "$(cat "$work/due")" <<'PY'
import os, statistics, subprocess, sys, time
bin, runs, due = sys.argv[1], int(sys.argv[2]), sys.argv[5]
created = float(sys.argv[4]) - float(sys.argv[3])
def measure(args):
    times = []
    for _ in range(runs + 2):
        t = time.perf_counter()
        out = subprocess.run([bin] + args, stdout=subprocess.PIPE, check=True).stdout
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times[2:]), min(times[2:]), max(times[2:]), out.decode().strip()
print("| what | median | min-max |")
print("|---|---|---|")
print(f"| create 10,000 associations (100 batches of 100, create-association-batch) | {created:.1f} s total | |")
med, lo, hi, out = measure(["apply-due", "--query", "length(Runs)", "--output", "text"])
assert out == "0", f"something ran: {out}"
print(f"| apply-due, nothing due, 10,000 associations x 1,000 hosts | {med:.1f} ms | {lo:.1f}-{hi:.1f} ms |")
med, lo, hi, _ = measure(["apply-due", "--dry-run", "--at", due, "--query", "length(Runs)", "--output", "text"])
assert _ == "10000", f"not all due at {due}: {_}"
print(f"| apply-due --dry-run at a due time (all 10,000 due, targets resolved) | {med:.1f} ms | {lo:.1f}-{hi:.1f} ms |")
PY
