#!/usr/bin/env bash
# get-inventory with one filter over 1,000 hosts × 2,000 applications each (2 million
# entries). The data goes in through the ordinary put-inventory path (one --cli-input-json
# call per host, no hidden shortcut), then `get-inventory --filters
# Key=AWS:Application.Name,Values=python3.8,Type=Equal` (50 hosts match) is timed: median of
# RUNS runs of the release build, wall clock of the whole process.
# Usage: bench/inventory_get.sh [RUNS]   (default 9). Needs python3. No SSH: the operations
# contact no host.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
cargo build --release --locked -q
bin=$PWD/target/release/ssmctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SSMCTL_DB=$work/state.db SSMCTL_INVENTORY=$work/inventory.yaml

python3 - "$work" <<'PY'
import datetime, json, sys
work = sys.argv[1]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
with open(f"{work}/inventory.yaml", "w") as f:
    f.write("hosts:\n")
    for i in range(1000):
        f.write(f"  host-{i:04d}: {{connection: local}}\n")
for i in range(1000):
    apps = [{"Name": f"pkg-{j:04d}", "Version": f"1.{(i + j) % 17}", "ApplicationType": "libs",
             "Architecture": "x86_64", "Publisher": "Debian"} for j in range(1999)]
    apps.append({"Name": "python3.8" if i % 20 == 0 else "python3.11", "Version": "3.8.10",
                 "ApplicationType": "interpreters", "Architecture": "x86_64", "Publisher": "Debian"})
    req = {"InstanceId": f"host-{i:04d}",
           "Items": [{"TypeName": "AWS:Application", "SchemaVersion": "1.1", "CaptureTime": now, "Content": apps}]}
    with open(f"{work}/put-{i:04d}.json", "w") as f:
        json.dump(req, f)
PY

start=$(date +%s)
for f in "$work"/put-*.json; do
    "$bin" put-inventory --cli-input-json "file://$f" >/dev/null
done
echo "put-inventory: 1000 hosts x 2000 applications in $(( $(date +%s) - start )) s"

query=(get-inventory --filters Key=AWS:Application.Name,Values=python3.8,Type=Equal --query 'length(Entities)')
test "$("$bin" "${query[@]}")" = 50 || { echo "expected 50 matching hosts" >&2; exit 1; }
python3 - "$bin" "$runs" "${query[@]}" <<'PY'
import statistics, subprocess, sys, time
bin, runs, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run([bin, *args], check=True, stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - t) * 1000)
print(f"get-inventory, one filter, 50 of 1000 hosts match: median {statistics.median(times):.1f} ms "
      f"(min {min(times):.1f}, max {max(times):.1f}, {runs} runs)")
PY
