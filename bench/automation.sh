#!/usr/bin/env bash
# Automation at scale: (a) executions per second of a 10-step aws:branch chain with no
# sleeps (start-automation-execution in a loop, each runs to its end in its own process);
# (b) the tick with 10,000 parked executions (aws:sleep PT1H each) and nothing due: what cron
# pays every minute. Usage: bench/automation.sh [N] (executions per run of (a), default 200).
# No SSH, no hosts. Any date measures the same: nothing depends on the clock's value.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
cargo build --release --locked -q
bin=$PWD/target/release/ssmctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SSMCTL_DB=$work/state.db

# Ten branches on one parameter, each going on to the next; the last ends.
{
  echo "schemaVersion: '0.3'"
  echo "parameters:"
  echo "  Go: {type: String, default: 'yes'}"
  echo "mainSteps:"
  for i in $(seq 1 10); do
    next=$([ "$i" -lt 10 ] && echo "b$((i + 1))" || echo "done")
    echo "  - name: b$i"
    echo "    action: aws:branch"
    echo "    inputs:"
    echo "      Choices:"
    echo "        - {NextStep: $next, Variable: '{{ Go }}', StringEquals: 'yes'}"
    echo "      Default: done"
  done
  echo "  - name: done"
  echo "    action: aws:sleep"
  echo "    inputs: {Duration: PT0S}"
  echo "    isEnd: true"
} >"$work/chain.yaml"
cat >"$work/park.yaml" <<'YAML'
schemaVersion: '0.3'
mainSteps:
  - name: wait
    action: aws:sleep
    inputs: {Duration: PT1H}
YAML
"$bin" create-document --name Chain --content "file://$work/chain.yaml" --document-format YAML \
  --document-type Automation >/dev/null
"$bin" create-document --name Park --content "file://$work/park.yaml" --document-format YAML \
  --document-type Automation >/dev/null

python3 - "$bin" "$n" <<'PY'
import statistics, subprocess, sys, time
bin, n = sys.argv[1], int(sys.argv[2])
rates = []
for _ in range(3):
    t = time.perf_counter()
    for _ in range(n):
        subprocess.run([bin, "start-automation-execution", "--document-name", "Chain"], stdout=subprocess.DEVNULL, check=True)
    rates.append(n / (time.perf_counter() - t))
ok = subprocess.run([bin, "describe-automation-executions", "--filters", "Key=DocumentNamePrefix,Values=Chain",
                     "--query", "length(AutomationExecutionMetadataList[?AutomationExecutionStatus=='Success'])",
                     "--output", "text"], stdout=subprocess.PIPE, check=True).stdout.decode().strip()
assert ok == str(3 * n), f"not all succeeded: {ok}"
print("| what | median | runs |")
print("|---|---|---|")
print(f"| 10-step aws:branch chain, {n} executions in a loop | {statistics.median(rates):.1f} executions/s | "
      + ", ".join(f"{r:.1f}" for r in rates) + " |")
PY

# The peer in the same run: Ansible running the same ten conditions as a playbook on
# localhost (connection local, no fact gathering), one ansible-playbook per execution.
ansible=${ANSIBLE_PLAYBOOK:-/opt/ssmctl-bench-ansible/bin/ansible-playbook}
if [ -x "$ansible" ]; then
  {
    echo "- hosts: localhost"
    echo "  connection: local"
    echo "  gather_facts: false"
    echo "  vars: {go: 'yes'}"
    echo "  tasks:"
    for i in $(seq 1 10); do
      echo "    - {name: b$i, ansible.builtin.set_fact: {at: b$i}, when: go == 'yes'}"
    done
  } >"$work/chain.yml"
  python3 - "$ansible" "$work/chain.yml" <<'PY'
import statistics, subprocess, sys, time
ansible, play = sys.argv[1], sys.argv[2]
n, rates = 10, []
for _ in range(3):
    t = time.perf_counter()
    for _ in range(n):
        subprocess.run([ansible, "-i", "localhost,", play], stdout=subprocess.DEVNULL, check=True)
    rates.append(n / (time.perf_counter() - t))
print(f"| peer: ansible-playbook, the same 10 conditions on localhost, {n} runs in a loop | "
      f"{statistics.median(rates):.2f} runs/s | " + ", ".join(f"{r:.2f}" for r in rates) + " |")
PY
else
  echo "| peer: ansible-playbook not found at $ansible (set ANSIBLE_PLAYBOOK) | | |"
fi
# 10,000 parked executions, started two at a time (one process each).
t0=$(date +%s.%N)
seq 10000 | xargs -P 2 -n 50 sh -c 'for _ in "$@"; do "$0" start-automation-execution --document-name Park >/dev/null 2>&1; done' "$bin"
t1=$(date +%s.%N)

python3 - "$bin" "$t0" "$t1" <<'PY'
import statistics, subprocess, sys, time
bin = sys.argv[1]
created = float(sys.argv[3]) - float(sys.argv[2])
parked = subprocess.run([bin, "describe-automation-executions", "--filters", "Key=DocumentNamePrefix,Values=Park",
                         "Key=ExecutionStatus,Values=InProgress", "--query", "length(AutomationExecutionMetadataList)",
                         "--output", "text"], stdout=subprocess.PIPE, check=True).stdout.decode().strip()
times = []
for _ in range(7):
    t = time.perf_counter()
    out = subprocess.run([bin, "apply-due", "--query", "AutomationExecutions.Due", "--output", "text"],
                         stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    times.append((time.perf_counter() - t) * 1000)
    assert out == "0", f"something was due: {out}"
times = times[2:]
print(f"| start 10,000 parked executions (xargs -P 2, one process each; {parked} InProgress) | {created:.0f} s total | |")
print(f"| apply-due, nothing due, 10,000 parked executions | {statistics.median(times):.1f} ms | "
      f"{min(times):.1f}-{max(times):.1f} ms |")
PY
