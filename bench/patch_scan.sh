#!/usr/bin/env bash
# Patch scan benchmark: `ssmctl send-command --document-name AWS-RunPatchBaseline
# --parameters Operation=Scan` on every host of a loopback fleet of N sshd hosts (warm:
# connection masters kept open), beside the same check with Ansible's `apt` module in check
# mode (`upgrade=dist`, nothing changed) on the same fleet, in its fastest mode here
# (ControlPersist and pipelining). The fleet's hosts are this machine: neither side refreshes
# the package indexes (SSMCTL_PATCH_REFRESH=never; the apt module's update_cache is off), so
# nothing on this machine changes.
#
# Usage: bench/patch_scan.sh [N]     (default 50)
# Env knobs: RUNS=5 WARMUP=1 CONC=50 CMD_TIMEOUT=900
# Output: a markdown table on stdout, appended to bench/results/patch-scan-<date>.md;
# hyperfine JSON in bench/results/raw/<timestamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SHARED=$REPO/../shared/bench
[[ -x $SHARED/fleet-up && -x $SHARED/fleet-down ]] || {
  echo "this benchmark needs the shared bench fleet scripts (fleet-up, fleet-down) in $SHARED" >&2; exit 1; }
SHARED=$(cd "$SHARED" && pwd)

N=${1:-50}
[[ $N =~ ^[0-9]+$ ]] && ((N >= 1)) || { echo "usage: $0 [N] (N a positive number, got '$N')" >&2; exit 2; }
RUNS=${RUNS:-5}; WARMUP=${WARMUP:-1}; CONC=${CONC:-50}; CMD_TIMEOUT=${CMD_TIMEOUT:-900}
VENV=${ANSIBLE_VENV:-/opt/ssmctl-bench-ansible}

if ! command -v hyperfine >/dev/null; then
  echo "installing hyperfine" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
fi
if [[ ! -x $VENV/bin/ansible-playbook ]]; then
  echo "installing ansible-core into $VENV" >&2
  python3 -m venv "$VENV" || { apt-get install -y -qq python3-venv >/dev/null; python3 -m venv "$VENV"; }
  "$VENV/bin/pip" install -q 'ansible-core>=2.17,<2.20'
fi

cargo build --release --locked -q
BIN=$REPO/target/release/ssmctl

WORK=$(mktemp -d /tmp/ps.XXXX); CTL=$(mktemp -d /tmp/psc.XXXX)
export SSMCTL_DB=$WORK/state.db SSMCTL_CONTROL_DIR=$CTL SSMCTL_CONTROL_PERSIST=900 SSMCTL_PATCH_REFRESH=never
unset SSMCTL_INVENTORY SSMCTL_OUTPUT SSMCTL_LOG
FLEET=$WORK/fleet
cleanup() {
  set +e
  "$BIN" close-connections >/dev/null 2>&1
  [[ -d $FLEET/pids ]] && "$SHARED/fleet-down" "$FLEET" >&2
  rm -rf "$CTL" "$WORK"
}
trap cleanup EXIT

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$REPO/bench/results; MD=$RESULTS/patch-scan-$(date -u +%F).md
RAW=$RESULTS/raw/$STAMP; mkdir -p "$RAW"

echo "=== starting $N hosts" >&2
"$SHARED/fleet-up" "$N" "$FLEET" >&2
INV=$FLEET/inventory.yaml

SEND=(send-command --document-name AWS-RunPatchBaseline --targets 'Key=InstanceIds,Values=*'
  --max-concurrency "$CONC" --parameters Operation=Scan)
hf_send() { printf '%q ' timeout "$CMD_TIMEOUT" "$BIN" --inventory "$INV" "${SEND[@]}"; }

# Preflight, which also opens the masters the timed runs reuse: every host scanned.
pre=$(timeout "$CMD_TIMEOUT" "$BIN" --inventory "$INV" "${SEND[@]}" \
  --query 'Command.[Status,CompletedCount,TargetCount]' --output text)
[[ $pre == $'Success\t'"$N"$'\t'"$N" ]] || { echo "preflight: ssmctl scan did not succeed everywhere: $pre" >&2; exit 1; }
states=$("$BIN" --inventory "$INV" describe-instance-patch-states --instance-ids node-001 \
  --query 'InstancePatchStates[0].[Operation,InstalledCount]' --output text)
echo "preflight ok: $pre; node-001: $states" >&2

echo "=== ssmctl warm" >&2
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$RAW/ssmctl.json" \
  -n ssmctl-scan "$(hf_send)" >&2
bad=$("$BIN" --inventory "$INV" list-commands --query 'length(Commands[?Status!=`Success`])' --output text)
[[ $bad == 0 ]] || { echo "$bad ssmctl scan(s) did not succeed everywhere" >&2; exit 1; }
"$BIN" close-connections >/dev/null

# Ansible: every file it writes under $FLEET.
export ANSIBLE_CONFIG=$FLEET/ansible.cfg ANSIBLE_HOME=$FLEET/ansible-home \
  ANSIBLE_LOCAL_TEMP=$FLEET/ansible-tmp ANSIBLE_REMOTE_TEMP=$FLEET/ansible-rtmp \
  ANSIBLE_SSH_CONTROL_PATH_DIR=$FLEET/ansible-cp ANSIBLE_HOST_KEY_CHECKING=False \
  ANSIBLE_NOCOLOR=1 ANSIBLE_DEPRECATION_WARNINGS=False ANSIBLE_PIPELINING=True \
  ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3
: >"$ANSIBLE_CONFIG"
PLAY=$(printf '%q ' timeout "$CMD_TIMEOUT" "$VENV/bin/ansible" all -i "$FLEET/ansible-inventory.ini" -f "$CONC" \
  -m apt -a upgrade=dist --check)
echo "=== ansible apt upgrade=dist --check" >&2
out=$($PLAY 2>&1) || { echo "ansible preflight failed:" >&2; tail -20 <<<"$out" >&2; exit 1; }
ok=$(grep -cE '\| (SUCCESS|CHANGED)' <<<"$out" || true)
[[ $ok == "$N" ]] || { echo "ansible preflight: $ok of $N hosts answered" >&2; tail -20 <<<"$out" >&2; exit 1; }
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$RAW/ansible.json" \
  -n ansible-apt-check "$PLAY" >&2

row() { python3 - "$1" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"| {sys.argv[2]} | {r['median']:.3f} | {r['min']:.3f}-{r['max']:.3f} |")
PY
}
ratio=$(python3 - "$RAW/ssmctl.json" "$RAW/ansible.json" <<'PY'
import json, sys
m = [json.load(open(f))["results"][0]["median"] for f in sys.argv[1:]]
print(f"{m[1] / m[0]:.1f}")
PY
)
CPU=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
table=$({
  echo "### Patch scan of $N hosts, concurrency $CONC ($STAMP, commit $COMMIT)"
  echo "$(nproc) cores, ${CPU:-unknown CPU}, $(ssh -V 2>&1), $("$VENV/bin/ansible" --version 2>/dev/null | sed -n 1p)"
  echo
  echo "| tool | median s | min-max s |"
  echo "|---|---|---|"
  row "$RAW/ssmctl.json" "ssmctl AWS-RunPatchBaseline Operation=Scan (warm)"
  row "$RAW/ansible.json" "Ansible apt upgrade=dist --check (ControlPersist, pipelining)"
  echo
  echo "Ansible / ssmctl median: ${ratio}x"
})
echo "$table"
{ echo; echo "$table"; } >>"$MD"
