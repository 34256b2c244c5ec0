#!/usr/bin/env bash
# Maintenance window benchmark: a window with one RUN_COMMAND task (AWS-RunShellScript,
# `true`) on every host of a loopback fleet of N sshd hosts, MaxConcurrency N, fired by
# `apply-due --at` its fire time — beside `send-command` of the same script to the same hosts
# (a window runs one command per target, so this is its overhead) and beside the peers that
# an operator would put under cron instead (parallel-ssh, and xargs+ssh over warm
# ControlMasters, from ../shared/bench/peers). ssmctl's masters are warm for both.
#
# Usage: bench/maintenance_window.sh [N]     (default 50)
# Env: RUNS=5 (timed runs of each), PEERS_ONLY=pssh,xargs-ssh-cm (PEERS_ONLY=none: no peers)
# Each window run is a fresh window whose one-shot schedule at(T) is pinned by --at T, T a
# day ahead of now: nothing depends on the date it runs.
# Output: a markdown table on stdout, appended to bench/results/maintenance-window-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SHARED=$REPO/../shared/bench
if [[ ! -x $SHARED/fleet-up || ! -x $SHARED/fleet-down || ! -x $SHARED/peers ]]; then
  echo "this benchmark needs the shared bench fleet scripts (fleet-up, fleet-down, peers) in $SHARED" >&2
  exit 1
fi
N=${1:-50}
[[ $N =~ ^[0-9]+$ ]] && ((N >= 1)) || { echo "usage: $0 [N] (N a positive number)" >&2; exit 2; }
RUNS=${RUNS:-5}
PEERS=${PEERS_ONLY:-pssh,xargs-ssh-cm}

cargo build --release --locked -q
BIN=$REPO/target/release/ssmctl
WORK=$(mktemp -d /tmp/mwb.XXXX)
CTL=$(mktemp -d /tmp/mwc.XXXX)
export SSMCTL_DB=$WORK/state.db SSMCTL_CONTROL_DIR=$CTL SSMCTL_CONTROL_PERSIST=600
unset SSMCTL_OUTPUT SSMCTL_LOG
cleanup() {
  set +e
  "$BIN" close-connections >/dev/null 2>&1
  [[ -d $WORK/fleet/pids ]] && "$SHARED/fleet-down" "$WORK/fleet" >&2
  rm -rf "$WORK" "$CTL"
}
trap cleanup EXIT

"$SHARED/fleet-up" "$N" "$WORK/fleet" >&2
export SSMCTL_INVENTORY=$WORK/fleet/inventory.yaml
send() {
  "$BIN" send-command --document-name AWS-RunShellScript --targets Key=tag-key,Values=Role \
    --parameters commands=true --max-concurrency "$N" --query Command.Status --output text
}
[[ $(send) == Success ]] || { echo "warm-up send-command did not succeed" >&2; exit 1; }

secs() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.3f}")' "$1" "$2"; }
median() { python3 -c 'import statistics, sys; print(f"{statistics.median(map(float, sys.argv[1:])):.3f}")' "$@"; }

window_times=() send_times=()
base=$(date -u -d '+1 day' +%Y-%m-%dT%H:00:00)
for ((i = 1; i <= RUNS; i++)); do
  t=$(date -u -d "$base +$i hour" +%Y-%m-%dT%H:%M:%S)
  w=$("$BIN" create-maintenance-window --name "bench-$i" --schedule "at($t)" --duration 2 --cutoff 1 \
    --no-allow-unassociated-targets --query WindowId --output text)
  tg=$("$BIN" register-target-with-maintenance-window --window-id "$w" --resource-type INSTANCE \
    --targets Key=tag-key,Values=Role --query WindowTargetId --output text)
  "$BIN" register-task-with-maintenance-window --window-id "$w" --task-type RUN_COMMAND \
    --task-arn AWS-RunShellScript --targets "Key=WindowTargetIds,Values=$tg" --max-concurrency "$N" \
    --max-errors 0 --task-invocation-parameters '{"RunCommand":{"Parameters":{"commands":["true"]}}}' >/dev/null
  t0=$(date +%s.%N)
  got=$("$BIN" apply-due --at "${t}Z" --query 'MaintenanceWindows.Advanced[0].Result' --output text)
  t1=$(date +%s.%N)
  [[ $got == SUCCESS ]] || { echo "window run $i ended $got" >&2; exit 1; }
  window_times+=("$(secs "$t0" "$t1")")
  t0=$(date +%s.%N); [[ $(send) == Success ]]; t1=$(date +%s.%N)
  send_times+=("$(secs "$t0" "$t1")")
done
mw=$(median "${window_times[@]}"); sc=$(median "${send_times[@]}")

peer_rows=""
if [[ $PEERS != none ]]; then
  PEERS_ONLY=$PEERS PEERS_RUNS=$RUNS "$SHARED/peers" "$WORK/fleet" "$N" >"$WORK/peers.md"
  peer_rows=$(grep -E '^\| (pssh|xargs-ssh-cm|xargs-ssh|clush|ansible)' "$WORK/peers.md" | awk -F'|' '{gsub(/ /,"",$2); gsub(/ /,"",$5); print $2" "$5}')
fi

MD=$REPO/bench/results/maintenance-window-$(date -u +%F).md
mkdir -p "$(dirname "$MD")"
{
  echo "## maintenance window: N=$N, one task on every host, MaxConcurrency $N, runs=$RUNS ($(nproc) cores, $(date -u +%FT%TZ))"
  echo
  echo "| what | median s | x ssmctl window |"
  echo "|---|---:|---:|"
  echo "| ssmctl apply-due firing the window ($N invocations, one command each) | $mw | 1.00 |"
  echo "| ssmctl send-command, the same script on the same hosts | $sc | $(python3 -c "print(f'{$sc/$mw:.2f}')") |"
  while read -r name med; do
    [[ -n $name ]] || continue
    echo "| peer $name, \`echo hi\` on every host | $med | $(python3 -c "print(f'{$med/$mw:.2f}')") |"
  done <<<"$peer_rows"
  echo
  echo "window runs: ${window_times[*]}; send-command runs: ${send_times[*]}"
} | tee -a "$MD"
