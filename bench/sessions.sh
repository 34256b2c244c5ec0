#!/usr/bin/env bash
# Session Manager benchmark on one loopback sshd host (../shared/bench/fleet-up):
#  1. latency of one `echo hi` session: start-session AWS-StartNonInteractiveCommand over
#     ssmctl's warm master, beside plain `ssh host echo hi` (a new connection each time),
#     `ssh` through a ControlMaster opened beforehand (the floor) and send-command;
#  2. port forwarding: one 256 MiB download, then 20 concurrent 16 MiB downloads, from a TCP
#     server on the host through AWS-StartPortForwardingSession, beside `ssh -N -L` to the
#     same server in the same run.
#
# Usage: bench/sessions.sh     Env: RUNS=20 (latency runs), MIB=256 (single download)
# Output: a markdown table on stdout, appended to bench/results/sessions-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SHARED=$REPO/../shared/bench
if [[ ! -x $SHARED/fleet-up || ! -x $SHARED/fleet-down ]]; then
  echo "this benchmark needs the shared bench fleet scripts (fleet-up, fleet-down) in $SHARED" >&2
  exit 1
fi
RUNS=${RUNS:-20}
MIB=${MIB:-256}
cargo build --release --locked -q
BIN=$REPO/target/release/ssmctl
WORK=$(mktemp -d /tmp/sesb.XXXX)
CTL=$(mktemp -d /tmp/sesc.XXXX)
export SSMCTL_DB=$WORK/state.db SSMCTL_CONTROL_DIR=$CTL SSMCTL_CONTROL_PERSIST=600
unset SSMCTL_OUTPUT SSMCTL_LOG
pids=()
cleanup() {
  set +e
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  ssh -F "$WORK/fleet/ssh_config" -o ControlPath="$WORK/cm" -O exit node-001 2>/dev/null
  "$BIN" close-connections >/dev/null 2>&1
  [[ -d $WORK/fleet/pids ]] && "$SHARED/fleet-down" "$WORK/fleet" >&2
  rm -rf "$WORK" "$CTL"
}
trap cleanup EXIT
"$SHARED/fleet-up" 1 "$WORK/fleet" >&2
export SSMCTL_INVENTORY=$WORK/fleet/inventory.yaml
CFG=$WORK/fleet/ssh_config
ID=$("$BIN" describe-instance-information --query 'InstanceInformationList[0].InstanceId' --output text)

# A TCP server on the host (loopback fleet: this machine) that sends the number of MiB the
# client asks for, and a client that times downloads, one or many at once.
cat >"$WORK/tcp.py" <<'EOF'
import socket, sys, threading, time
def serve(port):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port)); s.listen(128)
    chunk = b"x" * (1 << 20)
    def one(c):
        with c:
            ask = c.recv(16).decode()
            if not ask:  # a readiness probe
                return
            n = int(ask)
            for _ in range(n):
                c.sendall(chunk)
    while True:
        c, _ = s.accept()
        threading.Thread(target=one, args=(c,), daemon=True).start()
def fetch(port, mib, out, i):
    c = socket.create_connection(("127.0.0.1", port)); c.sendall(str(mib).encode())
    got = 0
    while True:
        b = c.recv(1 << 20)
        if not b:
            break
        got += len(b)
    out[i] = got
def get(port, mib, conns):
    out = [0] * conns
    t = time.monotonic()
    ts = [threading.Thread(target=fetch, args=(port, mib, out, i)) for i in range(conns)]
    for x in ts: x.start()
    for x in ts: x.join()
    dt = time.monotonic() - t
    want = mib << 20
    bad = sum(1 for g in out if g != want)
    if bad:
        sys.exit(f"{bad} of {conns} downloads short")
    print(f"{conns * mib / dt:.0f}")
def wait(port):
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port)).close(); return
        except OSError:
            time.sleep(0.05)
    sys.exit(f"nothing listens on {port}")
if sys.argv[1] == "serve": serve(int(sys.argv[2]))
elif sys.argv[1] == "wait": wait(int(sys.argv[2]))
else: get(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
EOF
stat() { python3 -c 'import statistics, sys; v=sorted(map(float, sys.argv[1:])); print(f"{statistics.median(v):.1f} ({v[0]:.1f}-{v[-1]:.1f})")' "$@"; }
ms() { # ms CMD... : milliseconds of one run, output discarded
  local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); awk -v d=$((t1 - t0)) 'BEGIN { printf "%.1f\n", d / 1e6 }'
}
session() { "$BIN" start-session --target "$ID" --document-name AWS-StartNonInteractiveCommand --parameters '{"command":["echo hi"]}'; }
ssh_new() { ssh -F "$CFG" node-001 echo hi; }
ssh_mux() { ssh -F "$CFG" -o ControlPath="$WORK/cm" node-001 echo hi; }
send() { "$BIN" send-command --instance-ids "$ID" --document-name AWS-RunShellScript --parameters commands='echo hi'; }

[[ $(session 2>/dev/null) == hi ]] || { echo "warm-up session did not print hi" >&2; exit 1; }
ssh -F "$CFG" -o ControlMaster=yes -o ControlPath="$WORK/cm" -o ControlPersist=600 -fN node-001
rows=()
for what in session ssh_new ssh_mux send; do
  t=(); for _ in $(seq "$RUNS"); do t+=("$(ms "$what")"); done
  rows+=("| $what | $(stat "${t[@]}") |")
done

# Forwarding: the same server, through ssmctl and through ssh -L, one after the other.
SRV=18200; LS=18201; LL=18202
python3 "$WORK/tcp.py" serve $SRV & pids+=($!)
python3 "$WORK/tcp.py" wait $SRV
"$BIN" start-session --target "$ID" --document-name AWS-StartPortForwardingSession \
  --parameters "{\"portNumber\":[\"$SRV\"],\"localPortNumber\":[\"$LS\"]}" >/dev/null 2>&1 & fwd=$!; pids+=($fwd)
ssh -F "$CFG" -o ControlPath=none -N -L $LL:127.0.0.1:$SRV node-001 & pids+=($!)
python3 "$WORK/tcp.py" wait $LS; python3 "$WORK/tcp.py" wait $LL
fw=()
for port in $LS $LL; do
  one=(); many=()
  for _ in 1 2 3; do
    one+=("$(python3 "$WORK/tcp.py" get $port "$MIB" 1)")
    many+=("$(python3 "$WORK/tcp.py" get $port 16 20)")
  done
  fw+=("$(stat "${one[@]}")" "$(stat "${many[@]}")")
done
kill -INT $fwd; wait $fwd || true
status=$("$BIN" describe-sessions --state History --max-items 1 --query 'Sessions[0].[Status,Details]' --output text)

{
  echo "## $(date -u +%F) — 1 loopback sshd host, $(nproc) cores, $(ssh -V 2>&1 | cut -d, -f1)"
  echo
  echo "One \`echo hi\`, ms over $RUNS runs:"
  echo
  echo "| what | median ms (min-max) |"
  echo "|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Port forwarding, MiB/s (median of 3, min-max), same server, same run:"
  echo
  echo "| through | one ${MIB} MiB download | 20 concurrent 16 MiB downloads |"
  echo "|---|---|---|"
  echo "| ssmctl AWS-StartPortForwardingSession | ${fw[0]} | ${fw[1]} |"
  echo "| ssh -N -L (own connection) | ${fw[2]} | ${fw[3]} |"
  echo
  echo "The forwarding session after Ctrl-C: $status"
  echo
} | tee -a "bench/results/sessions-$(date -u +%F).md"
