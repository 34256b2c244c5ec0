#!/usr/bin/env bash
# Fan-out benchmark: `ssmctl send-command` (AWS-RunShellScript, commands=true, on every
# host) against a loopback fleet of N sshd hosts, beside the peer tools of
# ../shared/bench/peers (xargs+ssh, parallel-ssh, ClusterShell, Ansible, warm-mux xargs).
#
# Usage: bench/fanout.sh [N...]          (default: 50 200)
#   cold: every timed run starts with `ssmctl close-connections` (hyperfine --prepare),
#         so each host costs a fresh SSH handshake;
#   warm: masters kept between runs (SSMCTL_CONTROL_PERSIST=600), opened by a warm-up
#         run; the script checks that the timed runs reused exactly those masters.
# Env knobs:
#   RUNS=5 WARMUP=1        hyperfine runs / warm-ups (ssmctl and peers)
#   CONC=50                --max-concurrency, and the peers' concurrency
#   PEERS_ONLY=a,b         only these peer variants (see ../shared/bench/peers);
#                          PEERS_ONLY=none skips the peers
#   PEERS_RUNS=$RUNS       timed runs for the peers
#   CMD_TIMEOUT=600        seconds allowed for one ssmctl run
# Takes ~8 min for N=50 and ~30 min for N=200 with all peers (Ansible dominates).
# Output: a markdown table per N on stdout, appended to bench/results/fanout-<date>.md;
# hyperfine JSON and the peers' files in bench/results/raw/<timestamp>/n<N>-c<C>/.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

SHARED=$REPO/../shared/bench
if [[ ! -x $SHARED/fleet-up || ! -x $SHARED/fleet-down || ! -x $SHARED/peers ]]; then
  echo "this benchmark needs the shared bench fleet scripts (fleet-up, fleet-down, peers) in $SHARED" >&2
  exit 1
fi
SHARED=$(cd "$SHARED" && pwd)

SIZES=("$@"); ((${#SIZES[@]})) || SIZES=(50 200)
for n in "${SIZES[@]}"; do
  [[ $n =~ ^[0-9]+$ ]] && ((n >= 1)) || { echo "usage: $0 [N...] (N a positive number, got '$n')" >&2; exit 2; }
done
RUNS=${RUNS:-5}; WARMUP=${WARMUP:-1}; CONC=${CONC:-50}; CMD_TIMEOUT=${CMD_TIMEOUT:-600}
export PEERS_RUNS=${PEERS_RUNS:-$RUNS} PEERS_WARMUP=${PEERS_WARMUP:-$WARMUP}
[[ -n ${PEERS_ONLY:-} ]] && export PEERS_ONLY

if ! command -v hyperfine >/dev/null; then
  echo "installing hyperfine" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
fi

cargo build --release --locked -q
BIN=$REPO/target/release/ssmctl

# --- private state: its own db, and a short control dir (socket paths < 104 bytes) -------
WORK=$(mktemp -d /tmp/fo.XXXX)           # fleets live here: $WORK/n<N>
CTL=$(mktemp -d /tmp/sbc.XXXX)           # mktemp -d gives 0700, which ssmctl requires
export SSMCTL_DB=$WORK/state.db SSMCTL_CONTROL_DIR=$CTL SSMCTL_CONTROL_PERSIST=600
unset SSMCTL_INVENTORY SSMCTL_OUTPUT SSMCTL_LOG

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$REPO/bench/results; MD=$RESULTS/fanout-$(date -u +%F).md
RAW=$RESULTS/raw/$STAMP
mkdir -p "$RAW"

# --- cleanup: close ssmctl's masters, stop the fleet that is up ------------------------------
FLEET_UP=""
cleanup() {
  set +e
  "$BIN" close-connections >/dev/null 2>&1
  # Any master that did not answer close-connections: end it by its pid (ssh -S $CTL/...).
  local left; left=$(pgrep -f -- "-S $CTL/" | tr '\n' ' ')
  if [[ -n $left ]]; then
    echo "WARNING: ssh masters still running after close-connections: $left (killing them)" >&2
    kill $left 2>/dev/null
  fi
  [[ -n $FLEET_UP ]] && "$SHARED/fleet-down" "$FLEET_UP" >&2
  rm -rf "$CTL" "$WORK"
}
trap cleanup EXIT

# Long steps (hyperfine, peers) run in the background so that Ctrl-C / TERM stops them at
# once: hyperfine ignores SIGINT, and `timeout` puts the timed command in a process group
# of its own, out of reach of the terminal's signal.
CHILD=""
run() { "$@" & CHILD=$!; local rc=0; wait "$CHILD" || rc=$?; CHILD=""; return "$rc"; }
descendants() { local c; for c in $(pgrep -P "$1"); do echo "$c"; descendants "$c"; done; }
on_signal() {
  trap - INT TERM; set +e
  echo "interrupted: stopping the running step and cleaning up" >&2
  if [[ -n $CHILD ]]; then
    kill -STOP "$CHILD" 2>/dev/null          # no new runs while we collect its process tree
    local tree; tree=$(descendants "$CHILD" | tr '\n' ' ')
    kill -TERM "$CHILD" $tree 2>/dev/null; kill -CONT "$CHILD" 2>/dev/null
    wait "$CHILD" 2>/dev/null
    local p alive
    for _ in {1..50}; do                     # up to 5 s for the rest of the tree to go
      alive=0; for p in $tree; do kill -0 "$p" 2>/dev/null && alive=1; done
      ((alive)) || break; sleep 0.1
    done
  fi
  exit 130
}
trap on_signal INT TERM

# The ssmctl invocation under test. run_send runs it here; hf_send is the same command as
# one line for hyperfine -N (no shell: `*` reaches ssmctl as is).
SEND_ARGS=(send-command --document-name AWS-RunShellScript --targets 'Key=InstanceIds,Values=*'
  --max-concurrency "$CONC" --parameters commands=true)
run_send() { timeout "$CMD_TIMEOUT" "$BIN" --inventory "$INV" "${SEND_ARGS[@]}" "$@"; }
hf_send() { printf '%q ' timeout "$CMD_TIMEOUT" "$BIN" --inventory "$INV" "${SEND_ARGS[@]}"; }

# Hosts of the newest command that did not succeed, with the first line of their error.
show_failures() {
  local id; id=$("$BIN" list-commands --max-items 1 --query 'Commands[0].CommandId' --output text 2>/dev/null) || return 0
  echo "newest command $id; hosts that did not succeed:" >&2
  "$BIN" list-command-invocations --command-id "$id" --details --output text \
    --query 'CommandInvocations[?Status!=`Success`].[InstanceId,Status,StatusDetails,CommandPlugins[0].Output]' \
    2>&1 | grep -v '^\s*$' | grep -v -- '-----' | head -20 >&2
}

# "pid pid ..." of the live master behind every socket in $CTL (sorted), to prove reuse.
master_pids() {
  local s
  for s in "$CTL"/*.sock; do
    [[ -S $s ]] && ssh -S "$s" -O check x 2>&1 | sed -n 's/.*pid=\([0-9]*\).*/\1/p'
  done | sort -n | tr '\n' ' '
}

# One table row from a hyperfine JSON: | tool | median s | min-max s |
row_of() { # JSON TOOL
  python3 - "$1" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"| {sys.argv[2]} | {r['median']:.3f} | {r['min']:.3f}-{r['max']:.3f} |")
PY
}

CPU=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
MACHINE="$(nproc) cores, ${CPU:-unknown CPU}, $(ssh -V 2>&1), $(hyperfine --version)"
COMMIT=$(git rev-parse --short HEAD 2>/dev/null) && { git diff --quiet HEAD 2>/dev/null || COMMIT+="+dirty"; } || COMMIT=unknown
TABLES=""

for N in "${SIZES[@]}"; do
  FLEET=$WORK/n$N; OUT=$RAW/n$N-c$CONC; mkdir -p "$OUT"
  echo "=== N=$N: starting the fleet" >&2
  FLEET_UP=$FLEET
  "$SHARED/fleet-up" "$N" "$FLEET" >&2

  # ssmctl runs ssh itself with only the inventory's settings (no -F ssh_config). fleet-up's
  # inventory already points at the pre-seeded known_hosts; the copy checks host keys
  # strictly (accept-new -> yes) and adds the other ssh_config settings the peers get.
  INV=$FLEET/inventory-ssmctl.yaml
  sed 's|^    StrictHostKeyChecking: accept-new$|    StrictHostKeyChecking: "yes"\n    GlobalKnownHostsFile: /dev/null\n    IdentitiesOnly: "yes"\n    CheckHostIP: "no"|' \
    "$FLEET/inventory.yaml" >"$INV"
  grep -q "UserKnownHostsFile: $FLEET/known_hosts" "$INV" && grep -q 'StrictHostKeyChecking: "yes"' "$INV" || {
    echo "fleet-up's inventory.yaml changed shape; cannot set known_hosts/host key checking in $INV" >&2; exit 1; }

  # Preflight: one run by hand must reach every host.
  "$BIN" close-connections >/dev/null
  if ! pre=$(run_send --query 'Command.[Status,CompletedCount,TargetCount]' --output text); then
    echo "preflight: ssmctl send-command failed on the $N-host fleet: $pre" >&2; show_failures; exit 1
  fi
  [[ $pre == $'Success\t'"$N"$'\t'"$N" ]] || { echo "preflight: unexpected result: $pre" >&2; show_failures; exit 1; }
  echo "preflight ok: $pre" >&2

  # Cold: close every master before each run (the prepare step is not timed).
  echo "=== N=$N: ssmctl cold" >&2
  "$BIN" close-connections >/dev/null
  run hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --prepare "$BIN close-connections" \
    --export-json "$OUT/ssmctl-cold.json" -n ssmctl-cold "$(hf_send)" >&2 || { show_failures; exit 1; }

  # Warm: one run opens the masters; timed runs must reuse them (same master pids after).
  echo "=== N=$N: ssmctl warm" >&2
  "$BIN" close-connections >/dev/null
  run_send >/dev/null || { show_failures; exit 1; }
  before=$(master_pids); nb=$(wc -w <<<"$before")
  ((nb == N)) || echo "WARNING: $nb live masters after the warm-up run, expected $N" >&2
  run hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" \
    --export-json "$OUT/ssmctl-warm.json" -n ssmctl-warm "$(hf_send)" >&2 || { show_failures; exit 1; }
  after=$(master_pids)
  [[ $before == "$after" ]] || echo "WARNING: warm runs did not reuse all masters ($nb before, $(wc -w <<<"$after") after, pids changed)" >&2

  # Every command ssmctl ran must have succeeded on every host.
  bad=$("$BIN" list-commands --query 'length(Commands[?Status!=`Success` || CompletedCount!=TargetCount])' --output text)
  [[ $bad == 0 ]] || { echo "WARNING: $bad ssmctl command(s) did not succeed on every host" >&2; show_failures; }
  "$BIN" close-connections >/dev/null   # no idle masters while the peers run

  # Peers on the same fleet (they run `echo hi`; results under $FLEET/results/).
  PEER_SUMMARY=$FLEET/results/n$N-c$CONC/summary.md
  if [[ ${PEERS_ONLY:-} != none ]]; then
    echo "=== N=$N: peers (this takes a while)" >&2
    run "$SHARED/peers" "$FLEET" "$CONC" >&2 || echo "WARNING: peers exited with an error" >&2
    if [[ -d $FLEET/results/n$N-c$CONC ]]; then
      cp -r "$FLEET/results/n$N-c$CONC" "$OUT/peers"; rm -rf "$OUT/peers/bin"
    fi
  fi

  # Table: ssmctl rows, then every peer row (tool, median, min-max) from summary.md.
  table=$({
    echo "### N=$N hosts, concurrency $CONC"
    echo
    echo "| tool | median s | min-max s |"
    echo "|---|---|---|"
    row_of "$OUT/ssmctl-cold.json" "ssmctl cold"
    row_of "$OUT/ssmctl-warm.json" "ssmctl warm"
    if [[ -f $PEER_SUMMARY ]]; then
      awk -F'|' -v n="$N" -v c="$CONC" '
        /^\| / && $2 !~ /tool/ {
          for (i = 2; i <= 8; i++) gsub(/^ +| +$/, "", $i)
          tool = $2
          if ($3 != n || $4 != c) tool = tool " (" $3 " host" ($3 == 1 ? "" : "s") ", conc " $4 ")"
          mm = $6; gsub(/ /, "", mm)
          printf "| %s | %s | %s |\n", tool, $5, mm
        }' "$PEER_SUMMARY"
    fi
  })
  TABLES+="$table"$'\n\n'

  # Down before the next size: every fleet binds the same addresses (127.0.1.x:2222).
  "$SHARED/fleet-down" "$FLEET" >&2; FLEET_UP=""
done

# --- report: machine and date, then the tables; appended to bench/results/fanout-<date>.md ---
REPORT=$({
  echo "## ssmctl fan-out $(date -u +%FT%TZ) (ssmctl $COMMIT)"
  echo
  echo "Machine: $MACHINE."
  echo "ssmctl: \`send-command --document-name AWS-RunShellScript --targets Key=InstanceIds,Values='*' --max-concurrency $CONC --parameters commands=true\`;"
  echo "cold = masters closed before each run, warm = masters kept (SSMCTL_CONTROL_PERSIST=600)."
  echo "Peers (../shared/bench/peers) run \`echo hi\`. hyperfine --warmup $WARMUP --runs $RUNS (peers: $PEERS_RUNS)."
  echo "Raw JSON: bench/results/raw/$STAMP/."
  echo
  printf '%s' "$TABLES"
})
printf '%s\n\n' "$REPORT" | tee -a "$MD"
echo "appended to $MD" >&2
