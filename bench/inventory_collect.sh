#!/usr/bin/env bash
# Inventory collection benchmark: `ssmctl send-command --document-name
# AWS-GatherSoftwareInventory` on every host of a loopback fleet of N sshd hosts (warm:
# connection masters kept open), beside Ansible gathering the same kind of facts
# (`setup` plus `package_facts`) on the same fleet, in its fastest mode here (ControlPersist
# and pipelining, as ../shared/bench/peers measured).
#
# Usage: bench/inventory_collect.sh [N]     (default 200)
# Env knobs: RUNS=3 WARMUP=1 CONC=50 CMD_TIMEOUT=900
# Output: a markdown table on stdout, appended to bench/results/inventory-collect-<date>.md;
# hyperfine JSON in bench/results/raw/<timestamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SHARED=$REPO/../shared/bench
[[ -x $SHARED/fleet-up && -x $SHARED/fleet-down ]] || {
  echo "this benchmark needs the shared bench fleet scripts (fleet-up, fleet-down) in $SHARED" >&2; exit 1; }
SHARED=$(cd "$SHARED" && pwd)

N=${1:-200}
[[ $N =~ ^[0-9]+$ ]] && ((N >= 1)) || { echo "usage: $0 [N] (N a positive number, got '$N')" >&2; exit 2; }
RUNS=${RUNS:-3}; WARMUP=${WARMUP:-1}; CONC=${CONC:-50}; CMD_TIMEOUT=${CMD_TIMEOUT:-900}
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

WORK=$(mktemp -d /tmp/ic.XXXX); CTL=$(mktemp -d /tmp/icc.XXXX)
export SSMCTL_DB=$WORK/state.db SSMCTL_CONTROL_DIR=$CTL SSMCTL_CONTROL_PERSIST=900
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
RESULTS=$REPO/bench/results; MD=$RESULTS/inventory-collect-$(date -u +%F).md
RAW=$RESULTS/raw/$STAMP; mkdir -p "$RAW"

echo "=== starting $N hosts" >&2
"$SHARED/fleet-up" "$N" "$FLEET" >&2
INV=$FLEET/inventory.yaml

SEND=(send-command --document-name AWS-GatherSoftwareInventory --targets 'Key=InstanceIds,Values=*'
  --max-concurrency "$CONC")
hf_send() { printf '%q ' timeout "$CMD_TIMEOUT" "$BIN" --inventory "$INV" "${SEND[@]}"; }

# Preflight, which also opens the masters the timed runs reuse: every host collected.
pre=$(timeout "$CMD_TIMEOUT" "$BIN" --inventory "$INV" "${SEND[@]}" \
  --query 'Command.[Status,CompletedCount,TargetCount]' --output text)
[[ $pre == $'Success\t'"$N"$'\t'"$N" ]] || { echo "preflight: ssmctl collection did not succeed everywhere: $pre" >&2; exit 1; }
apps=$("$BIN" --inventory "$INV" get-inventory --filters Key=AWS:Application.Name,Values=openssh-server,Type=Equal \
  --query 'length(Entities)' --output text)
[[ $apps == "$N" ]] || { echo "preflight: openssh-server found on $apps of $N hosts" >&2; exit 1; }
echo "preflight ok: $pre; openssh-server on $apps hosts" >&2

echo "=== ssmctl warm" >&2
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$RAW/ssmctl.json" \
  -n ssmctl-inventory "$(hf_send)" >&2
bad=$("$BIN" --inventory "$INV" list-commands --query 'length(Commands[?Status!=`Success`])' --output text)
[[ $bad == 0 ]] || { echo "$bad ssmctl collection(s) did not succeed everywhere" >&2; exit 1; }
"$BIN" close-connections >/dev/null

# Ansible: facts and packages into its own files under $FLEET, nothing else written.
export ANSIBLE_CONFIG=$FLEET/ansible.cfg ANSIBLE_HOME=$FLEET/ansible-home \
  ANSIBLE_LOCAL_TEMP=$FLEET/ansible-tmp ANSIBLE_REMOTE_TEMP=$FLEET/ansible-rtmp \
  ANSIBLE_SSH_CONTROL_PATH_DIR=$FLEET/ansible-cp ANSIBLE_HOST_KEY_CHECKING=False \
  ANSIBLE_NOCOLOR=1 ANSIBLE_DEPRECATION_WARNINGS=False ANSIBLE_PIPELINING=True
: >"$ANSIBLE_CONFIG"
cat >"$FLEET/facts.yml" <<'YML'
- hosts: all
  gather_facts: true
  tasks:
    - package_facts:
        manager: auto
YML
PLAY=$(printf '%q ' timeout "$CMD_TIMEOUT" "$VENV/bin/ansible-playbook" -i "$FLEET/ansible-inventory.ini" -f "$CONC" "$FLEET/facts.yml")
echo "=== ansible setup + package_facts" >&2
out=$($PLAY 2>&1) || { echo "ansible preflight failed:" >&2; tail -20 <<<"$out" >&2; exit 1; }
grep -q "ok=2 .*failed=0" <<<"$out" || { echo "ansible preflight: unexpected recap" >&2; tail -20 <<<"$out" >&2; exit 1; }
hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$RAW/ansible.json" \
  -n ansible-facts "$PLAY" >&2

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
  echo "### Inventory of $N hosts, concurrency $CONC ($STAMP, commit $COMMIT)"
  echo "$(nproc) cores, ${CPU:-unknown CPU}, $(ssh -V 2>&1), $("$VENV/bin/ansible" --version 2>/dev/null | sed -n 1p)"
  echo
  echo "| tool | median s | min-max s |"
  echo "|---|---|---|"
  row "$RAW/ssmctl.json" "ssmctl AWS-GatherSoftwareInventory (warm)"
  row "$RAW/ansible.json" "Ansible setup + package_facts (ControlPersist, pipelining)"
  echo
  echo "Ansible / ssmctl median: ${ratio}x"
})
echo "$table"
{ echo; echo "$table"; } >>"$MD"
