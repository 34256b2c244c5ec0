#!/usr/bin/env bash
# Soak test for ssmctl's State Manager (not part of the default test run).
#
# A loopback fleet of SOAK_HOSTS sshd daemons on 127.0.0.1, SOAK_ASSOCIATIONS associations with
# mixed schedules, two overlapping `apply-due` loops, interactive send-command/update-association,
# random `kill -9` of apply-due and random sshd stop/start, for SOAK_SECONDS. Then it checks:
#   1. no (association, host, due time) ran twice   2. every execution/invocation is terminal
#   3. PRAGMA integrity_check is ok                  4. no stray ssh/sshd processes or sockets
#   5. the peak RSS ssmctl logs with --debug       6. maintenance windows: each invocation ran once
#   7. automation: executions started (and some killed with -9) under the same chaos each ran
#      every step at most once, on its host, and all ended
# and prints one `PASS|FAIL name: detail` line per invariant; exit 1 on any FAIL.
#
#   scripts/soak.sh                                            # 50 hosts, 100 associations, 600 s
#   SOAK_SECONDS=60 SOAK_HOSTS=10 SOAK_ASSOCIATIONS=20 scripts/soak.sh
#
# Env: SOAK_HOSTS (50), SOAK_ASSOCIATIONS (100), SOAK_WINDOWS (3), SOAK_AUTOMATION (1: 0 leaves it out), SOAK_SECONDS (600), SSMCTL (target/release/ssmctl,
# built with `cargo build --release --locked -q` when missing), SOAK_KEEP=1 keeps the soak dir even
# when everything passes (it is always kept on failure). Needs /usr/sbin/sshd, ssh-keygen, and
# sqlite3 or python3. Run as a user that sshd lets log in with a key (root in a container is fine).
set -uo pipefail

HOSTS=${SOAK_HOSTS:-50}
ASSOCS=${SOAK_ASSOCIATIONS:-100}
SECONDS_TOTAL=${SOAK_SECONDS:-600}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SSMCTL=${SSMCTL:-$ROOT/target/release/ssmctl}
SSHD=/usr/sbin/sshd

die() { echo "soak: $*" >&2; exit 2; }
log() { printf 'soak: [%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

[[ -x $SSHD ]] || die "$SSHD not found: install openssh-server"
command -v ssh-keygen >/dev/null || die "ssh-keygen not found: install openssh-client"
command -v ssh >/dev/null || die "ssh not found: install openssh-client"
if command -v sqlite3 >/dev/null; then SQL_BACKEND=sqlite3
elif command -v python3 >/dev/null; then SQL_BACKEND=python3
else die "need the sqlite3 CLI or python3 to check the state db"; fi
if [[ ! -x $SSMCTL ]]; then
    log "building $SSMCTL"
    (cd "$ROOT" && cargo build --release --locked -q) || die "cargo build failed"
fi

# Short: unix socket paths (the control dir) must stay under 104 bytes.
SOAK_DIR=$(mktemp -d /tmp/soak.XXXXXX) || die "mktemp failed"
chmod 755 "$SOAK_DIR"
mkdir -p "$SOAK_DIR"/{cfg,pids,logs,runs,winruns,autoruns,ad,cm} && chmod 700 "$SOAK_DIR/cm"
STOP_FLAG=$SOAK_DIR/stop
export SSMCTL_DB=$SOAK_DIR/state.db
export SSMCTL_INVENTORY=$SOAK_DIR/inventory.yaml
export SSMCTL_CONTROL_DIR=$SOAK_DIR/cm
export SSMCTL_CONTROL_PERSIST=60
export SSMCTL_CONNECT_TIMEOUT=5
export SSMCTL_OUTPUT=json
export SSMCTL_KEY=${SSMCTL_KEY:-$(head -c 32 /dev/urandom | base64)}
unset SSMCTL_LOG
log "soak dir: $SOAK_DIR ($HOSTS hosts, $ASSOCS associations, ${SECONDS_TOTAL}s)"

# ---------------------------------------------------------------- sql helper
# sql FILE.db  < script   (read-only use of the state db is done on a copy)
sql() {
    if [[ $SQL_BACKEND == sqlite3 ]]; then
        sqlite3 -batch -noheader -separator ' ' "$1"
    else
        python3 - "$1" 3<&0 <<'PY'
import sqlite3, sys, os
conn = sqlite3.connect(sys.argv[1])
script = os.fdopen(3).read()
# Run statement by statement, printing the rows of SELECTs like `sqlite3 -separator ' '`.
buf = ""
for line in script.splitlines(True):
    buf += line
    if sqlite3.complete_statement(buf):
        for row in conn.execute(buf):
            print(" ".join("" if v is None else str(v) for v in row))
        buf = ""
conn.commit()
PY
    fi
}

# ---------------------------------------------------------------- cleanup
LOOP_PIDS=()
cleanup() {
    local rc=$?
    touch "$STOP_FLAG" 2>/dev/null
    for p in "${LOOP_PIDS[@]}"; do kill "$p" 2>/dev/null; done
    # apply-due / send-command children of the loops
    for f in "$SOAK_DIR"/ad/*.pid; do [[ -f $f ]] && kill -9 "$(cat "$f")" 2>/dev/null; done
    "$SSMCTL" close-connections >/dev/null 2>&1
    for f in "$SOAK_DIR"/pids/*.pid; do [[ -f $f ]] && stop_pid_tree "$(cat "$f")"; done
    if [[ $rc -ne 0 || -n ${SOAK_KEEP:-} ]]; then
        echo "soak: state, logs and run files kept in $SOAK_DIR" >&2
    else
        rm -rf "$SOAK_DIR"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Kills a process and every descendant (sshd and its session processes), by pid.
stop_pid_tree() {
    local pid=$1 sig=${2:-TERM} kids k
    [[ $pid =~ ^[0-9]+$ ]] || return 0
    kids=$(pgrep -P "$pid" 2>/dev/null)
    kill -STOP "$pid" 2>/dev/null   # no new children while we walk the tree
    for k in $kids; do stop_pid_tree "$k" "$sig"; done
    kill -"$sig" "$pid" 2>/dev/null
    kill -CONT "$pid" 2>/dev/null
}

# ---------------------------------------------------------------- keys and config
ssh-keygen -q -t ed25519 -N '' -C soak-host -f "$SOAK_DIR/host_key" || die "ssh-keygen failed"
ssh-keygen -q -t ed25519 -N '' -C soak-client -f "$SOAK_DIR/id_ed25519" || die "ssh-keygen failed"
cp "$SOAK_DIR/id_ed25519.pub" "$SOAK_DIR/authorized_keys"
HOST_PUB=$(cut -d' ' -f1,2 "$SOAK_DIR/host_key.pub")
if [[ ! -d /run/sshd ]]; then mkdir -p /run/sshd && chmod 755 /run/sshd || die "cannot create /run/sshd"; fi
USER_NAME=$(id -un)

free_ports() {  # N distinct free ports on 127.0.0.1
    if command -v python3 >/dev/null; then
        python3 -c '
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))' "$1"
    else
        local used out=() p
        used=$(ss -Htan 2>/dev/null | awk '{print $4}' | sed 's/.*://' | sort -u)
        while ((${#out[@]} < $1)); do
            p=$((20000 + RANDOM % 40000))
            grep -qx "$p" <<<"$used" || [[ " ${out[*]} " == *" $p "* ]] || out+=("$p")
        done
        echo "${out[*]}"
    fi
}

declare -a PORT
read -r -a _ports <<<"$(free_ports "$HOSTS")"
for ((i = 1; i <= HOSTS; i++)); do
    PORT[i]=${_ports[i - 1]}
    cat >"$SOAK_DIR/cfg/node-$i" <<EOF
# generated by scripts/soak.sh
HostKey $SOAK_DIR/host_key
AuthorizedKeysFile $SOAK_DIR/authorized_keys
ListenAddress 127.0.0.1:${PORT[i]}
PidFile $SOAK_DIR/pids/node-$i.pid
StrictModes no
UsePAM no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
MaxStartups 1000:30:1000
MaxSessions 200
LogLevel ERROR
UseDNS no
X11Forwarding no
PrintMotd no
PrintLastLog no
SetEnv SHLVL=1 SOAK_HOST=node-$i SOAK_DIR=$SOAK_DIR
EOF
done
"$SSHD" -t -f "$SOAK_DIR/cfg/node-1" || die "sshd rejects the generated config ($SOAK_DIR/cfg/node-1)"

# Starts node-I's sshd (daemonized, PidFile) and waits for its banner.
start_host() {
    local i=$1 t
    rm -f "$SOAK_DIR/pids/node-$i.pid"
    "$SSHD" -f "$SOAK_DIR/cfg/node-$i" -E "$SOAK_DIR/logs/sshd-node-$i.log" || return 1
    for ((t = 0; t < 100; t++)); do
        if [[ -s $SOAK_DIR/pids/node-$i.pid ]] &&
            timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"${PORT[i]}"'; head -c4 <&3' 2>/dev/null | grep -q SSH-; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}
stop_host() {
    local f=$SOAK_DIR/pids/node-$1.pid
    [[ -s $f ]] && stop_pid_tree "$(cat "$f")" KILL
    rm -f "$f"
}

log "starting $HOSTS sshd daemons"
: >"$SOAK_DIR/known_hosts"
for ((i = 1; i <= HOSTS; i++)); do
    start_host "$i" || die "sshd for node-$i on port ${PORT[i]} did not start; log: $(cat "$SOAK_DIR/logs/sshd-node-$i.log" 2>/dev/null)"
    echo "[127.0.0.1]:${PORT[i]} $HOST_PUB" >>"$SOAK_DIR/known_hosts"
done

{
    echo "# generated by scripts/soak.sh"
    echo "defaults:"
    echo "  user: \"$USER_NAME\""
    echo "  identity_file: \"$SOAK_DIR/id_ed25519\""
    echo "  ssh_options:"
    echo "    UserKnownHostsFile: \"$SOAK_DIR/known_hosts\""
    echo "    StrictHostKeyChecking: \"yes\""
    echo "    GlobalKnownHostsFile: /dev/null"
    echo "    IdentitiesOnly: \"yes\""
    echo "    PasswordAuthentication: \"no\""
    echo "    LogLevel: ERROR"
    echo "hosts:"
    for ((i = 1; i <= HOSTS; i++)); do
        role=web; ((i % 2 == 0)) && role=db
        echo "  node-$i: {address: 127.0.0.1, port: ${PORT[i]}, tags: {Role: $role}}"
    done
} >"$SSMCTL_INVENTORY"

# Smoke: every host reachable before the soak starts.
if ! "$SSMCTL" send-command --document-name AWS-RunShellScript --targets 'Key=InstanceIds,Values=*' \
    --parameters 'commands=["test -n \"$SOAK_HOST\" || { echo SOAK_HOST unset; exit 1; }"]' \
    --query Command.Status --output text >"$SOAK_DIR/logs/smoke.out" 2>&1; then
    die "smoke send-command failed: $(cat "$SOAK_DIR/logs/smoke.out"); see $SOAK_DIR"
fi

# ---------------------------------------------------------------- associations
# The script appends `<association-name> <host> <nonce>` to runs/<host> and prints the nonce; the
# nonce in the stored output ties each file line to its (execution, host) in the state db.
# (The script cannot know its association id before the association exists, so it uses the
# name, soak-NNN, which is mapped to the id from the create output.)
assoc_script() {
    printf 'n=$(date +%%s%%N)-$$; echo "%s $SOAK_HOST $n" >>"$SOAK_DIR/runs/$SOAK_HOST"; echo "SOAKRUN $n"' "$1"
}
schedule_of() {  # index -> schedule ('' = none)
    case $(($1 % 4)) in
        0) echo 'rate(1 minute)' ;;
        1) echo 'cron(0/2 * * * ? *)' ;;
        2) echo 'cron(* * * * ? *)' ;;
        3) echo '' ;;
    esac
}
json_str() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }

log "creating $ASSOCS associations"
: >"$SOAK_DIR/assoc-map"
BATCH=100
for ((start = 1; start <= ASSOCS; start += BATCH)); do
    f=$SOAK_DIR/batch-$start.json
    {
        echo '{"Entries": ['
        for ((i = start; i < start + BATCH && i <= ASSOCS; i++)); do
            name=$(printf 'soak-%03d' "$i")
            if ((i % 2 == 0)); then tgt='{"Key":"tag:Role","Values":["web"]}'; else tgt='{"Key":"InstanceIds","Values":["*"]}'; fi
            sched=$(schedule_of "$i")
            ((i > start)) && echo ','
            printf '{"Name":"AWS-RunShellScript","AssociationName":"%s","Targets":[%s],' "$name" "$tgt"
            [[ -n $sched ]] && printf '"ScheduleExpression":"%s",' "$sched"
            printf '"Parameters":{"commands":[%s]}}\n' "$(json_str "$(assoc_script "$name")")"
        done
        echo ']}'
    } >"$f"
    out=$("$SSMCTL" create-association-batch --cli-input-json "file://$f" \
        --query 'Successful[].[AssociationName,AssociationId]' --output text 2>"$SOAK_DIR/logs/batch.err") ||
        die "create-association-batch failed: $(cat "$SOAK_DIR/logs/batch.err")"
    echo "$out" >>"$SOAK_DIR/assoc-map"
done
created=$(grep -cE '^soak-[0-9]+\s+[0-9a-f-]{36}$' "$SOAK_DIR/assoc-map")
((created == ASSOCS)) || die "created $created of $ASSOCS associations; see $SOAK_DIR/logs/batch.err"

# Maintenance windows firing every minute on the web hosts, one invocation per host, each
# writing its invocation id to the host's window run file.
WINDOWS=${SOAK_WINDOWS:-3}
log "creating $WINDOWS maintenance windows"
for ((i = 1; i <= WINDOWS; i++)); do
    w=$("$SSMCTL" create-maintenance-window --name "soak-window-$i" --schedule 'cron(* * * * ? *)' \
        --duration 1 --cutoff 0 --no-allow-unassociated-targets --query WindowId --output text 2>>"$SOAK_DIR/logs/batch.err") ||
        die "create-maintenance-window failed: $(cat "$SOAK_DIR/logs/batch.err")"
    t=$("$SSMCTL" register-target-with-maintenance-window --window-id "$w" --resource-type INSTANCE \
        --targets Key=tag:Role,Values=web --query WindowTargetId --output text 2>>"$SOAK_DIR/logs/batch.err") ||
        die "register-target-with-maintenance-window failed: $(cat "$SOAK_DIR/logs/batch.err")"
    script='echo "'$i' $SOAK_HOST {{INVOCATION_ID}}" >>"$SOAK_DIR/winruns/$SOAK_HOST"; sleep 1'
    "$SSMCTL" register-task-with-maintenance-window --window-id "$w" --task-type RUN_COMMAND \
        --task-arn AWS-RunShellScript --targets "Key=WindowTargetIds,Values=$t" --max-concurrency 3 --max-errors 100% \
        --task-invocation-parameters "{\"RunCommand\":{\"Parameters\":{\"commands\":[$(json_str "$script")]}}}" \
        >/dev/null 2>>"$SOAK_DIR/logs/batch.err" || die "register-task-with-maintenance-window failed: $(cat "$SOAK_DIR/logs/batch.err")"
done

# A runbook whose two commands run on one host with a parked sleep between them: the sleep
# (over the 10 s a process waits out itself) is continued by whichever apply-due comes next,
# and those are the ones being killed. Each command writes `<step> <execution> <asked host>
# <host it ran on>` to the host's automation run file.
AUTOMATION=${SOAK_AUTOMATION:-1}
if ((AUTOMATION)); then
    log "creating the automation runbook"
    line() { json_str "echo \"$1 {{automation:EXECUTION_ID}} {{ Host }} \$SOAK_HOST\" >>\"\$SOAK_DIR/autoruns/\$SOAK_HOST\""; }
    cat >"$SOAK_DIR/cfg/runbook.json" <<JSON
{"schemaVersion": "0.3",
 "parameters": {"Host": {"type": "String"}},
 "mainSteps": [
  {"name": "first", "action": "aws:runCommand", "inputs": {"DocumentName": "AWS-RunShellScript",
    "InstanceIds": ["{{ Host }}"], "Parameters": {"commands": [$(line A)]}}},
  {"name": "nap", "action": "aws:sleep", "inputs": {"Duration": "PT12S"}},
  {"name": "second", "action": "aws:runCommand", "inputs": {"DocumentName": "AWS-RunShellScript",
    "InstanceIds": ["{{ Host }}"], "Parameters": {"commands": [$(line B)]}}}
 ]}
JSON
    "$SSMCTL" create-document --name soak-runbook --document-type Automation \
        --content "file://$SOAK_DIR/cfg/runbook.json" >/dev/null 2>>"$SOAK_DIR/logs/batch.err" ||
        die "create-document soak-runbook failed: $(cat "$SOAK_DIR/logs/batch.err")"
fi

# ---------------------------------------------------------------- the loops
rand() { echo $(($1 + RANDOM % ($2 - $1 + 1))); }
stopping() { [[ -e $STOP_FLAG ]]; }
# Sleeps up to N seconds, waking early when the soak stops.
nap() { local t=$1; while ((t > 0)) && ! stopping; do sleep 1; t=$((t - 1)); done; }

# One apply-due loop: fires `apply-due --debug` every 2-5 s; its pid in ad/<loop>.pid for the killer.
apply_loop() {
    local name=$1 n=0 pid
    while ! stopping; do
        n=$((n + 1))
        "$SSMCTL" apply-due --debug >"$SOAK_DIR/ad/$name-$n.out" 2>"$SOAK_DIR/ad/$name-$n.err" &
        pid=$!
        echo "$pid" >"$SOAK_DIR/ad/$name.pid"
        wait "$pid" 2>/dev/null
        echo "$name-$n exit $?" >>"$SOAK_DIR/ad/exits"
        rm -f "$SOAK_DIR/ad/$name.pid"
        nap "$(rand 2 5)"
    done
}

# kill -9 of a running apply-due every 3-8 s: after the nap it watches both loops (up to 8 s) for an
# apply-due in flight and kills it a random 0-0.2 s into its run.
killer_loop() {
    local f pid t
    while ! stopping; do
        nap "$(rand 3 8)"
        for ((t = 0; t < 160; t++)); do
            stopping && break
            f=$SOAK_DIR/ad/loop$(rand 1 2).pid
            pid=$(cat "$f" 2>/dev/null)
            if [[ $pid =~ ^[0-9]+$ ]]; then
                sleep "0.$(rand 0 2)"
                if tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q 'apply-due' &&
                    kill -9 "$pid" 2>/dev/null; then
                    echo "$(date -u +%T) kill -9 $pid ($f)" >>"$SOAK_DIR/ad/kills"
                    break
                fi
            fi
            sleep 0.05
        done
    done
}

# Stops a random host's sshd (with its sessions) and starts it again 2-5 s later, every 5-10 s.
chaos_loop() {
    local i
    while ! stopping; do
        nap "$(rand 5 10)"
        stopping && break
        i=$(rand 1 "$HOSTS")
        stop_host "$i"
        echo "$(date -u +%T) stop node-$i" >>"$SOAK_DIR/logs/chaos"
        sleep "$(rand 2 5)"
        start_host "$i" || start_host "$i" || echo "$(date -u +%T) RESTART FAILED node-$i" >>"$SOAK_DIR/logs/chaos"
        echo "$(date -u +%T) start node-$i" >>"$SOAK_DIR/logs/chaos"
    done
}

# send-command and update-association in between, every 2-6 s.
interactive_loop() {
    local i id ver name sched rc k=0
    while ! stopping; do
        nap "$(rand 2 6)"
        stopping && break
        k=$((k + 1))
        if ((RANDOM % 2)); then
            if ((RANDOM % 2)); then tgt='Key=tag:Role,Values=db'; else tgt="Key=InstanceIds,Values=node-$(rand 1 "$HOSTS"),node-$(rand 1 "$HOSTS")"; fi
            "$SSMCTL" send-command --document-name AWS-RunShellScript --targets "$tgt" \
                --parameters 'commands=["echo interactive $SOAK_HOST"]' --query Command.Status --output text \
                >>"$SOAK_DIR/logs/interactive.out" 2>>"$SOAK_DIR/logs/interactive.err"
            rc=$?
            echo "$(date -u +%T) send-command $tgt exit $rc" >>"$SOAK_DIR/logs/interactive"
        else
            i=$(rand 1 "$ASSOCS")
            name=$(printf 'soak-%03d' "$i")
            id=$(awk -v n="$name" '$1 == n {print $2}' "$SOAK_DIR/assoc-map")
            ver=$("$SSMCTL" describe-association --association-id "$id" --query AssociationDescription.AssociationVersion --output text 2>>"$SOAK_DIR/logs/interactive.err")
            sched=$(schedule_of "$i")
            args=(--association-id "$id" --association-version "$ver" --association-name "$name"
                --parameters "{\"commands\":[$(json_str "$(assoc_script "$name")")]}")
            [[ -n $sched ]] && args+=(--schedule-expression "$sched")
            "$SSMCTL" update-association "${args[@]}" --query AssociationDescription.AssociationVersion --output text \
                >>"$SOAK_DIR/logs/interactive.out" 2>>"$SOAK_DIR/logs/interactive.err"
            rc=$?
            echo "$(date -u +%T) update-association $name v$ver exit $rc" >>"$SOAK_DIR/logs/interactive"
        fi
    done
}

# start-automation-execution every 3-7 s on a random host; one in three is killed with -9 a
# random 0-0.4 s into its run (its step is then interrupted, and the next tick settles it).
automation_loop() {
    local pid k=0
    while ! stopping; do
        nap "$(rand 3 7)"
        stopping && break
        k=$((k + 1))
        "$SSMCTL" start-automation-execution --document-name soak-runbook --parameters "Host=node-$(rand 1 "$HOSTS")" \
            --query AutomationExecutionId --output text >>"$SOAK_DIR/logs/automation.out" 2>>"$SOAK_DIR/logs/automation.err" &
        pid=$!
        if ((RANDOM % 3 == 0)); then
            sleep "0.$(rand 0 3)$(rand 0 9)"
            kill -9 "$pid" 2>/dev/null && echo "$(date -u +%T) kill -9 start-automation-execution $k" >>"$SOAK_DIR/logs/automation"
        fi
        wait "$pid" 2>/dev/null
        echo "$(date -u +%T) start-automation-execution $k exit $?" >>"$SOAK_DIR/logs/automation"
    done
}

log "soaking for ${SECONDS_TOTAL}s"
T0=$(date +%s)
apply_loop loop1 & LOOP_PIDS+=($!)
sleep 1
apply_loop loop2 & LOOP_PIDS+=($!)
killer_loop & LOOP_PIDS+=($!)
chaos_loop & LOOP_PIDS+=($!)
interactive_loop & LOOP_PIDS+=($!)
((AUTOMATION)) && { automation_loop & LOOP_PIDS+=($!); }

sleep "$SECONDS_TOTAL"
touch "$STOP_FLAG"
log "stopping the loops"
for p in "${LOOP_PIDS[@]}"; do wait "$p" 2>/dev/null; done
LOOP_PIDS=()

# Every host up again, then the final apply-due that settles interrupted runs.
for ((i = 1; i <= HOSTS; i++)); do
    [[ -s $SOAK_DIR/pids/node-$i.pid ]] && kill -0 "$(cat "$SOAK_DIR/pids/node-$i.pid")" 2>/dev/null || start_host "$i" || log "node-$i did not restart"
done
log "final apply-due"
"$SSMCTL" apply-due --debug >"$SOAK_DIR/ad/final.out" 2>"$SOAK_DIR/ad/final.err"
echo "final exit $?" >>"$SOAK_DIR/ad/exits"
# Executions parked on their 12 s sleep (or left by a killed start) end at later ticks.
for ((t = 0; AUTOMATION && t < 12; t++)); do
    open=$("$SSMCTL" describe-automation-executions --filters Key=ExecutionStatus,Values=Pending,InProgress,Waiting,Cancelling \
        --query 'length(AutomationExecutionMetadataList)' --output text 2>/dev/null)
    [[ $open == 0 ]] && break
    sleep 5
    "$SSMCTL" apply-due --debug >"$SOAK_DIR/ad/final-$t.out" 2>"$SOAK_DIR/ad/final-$t.err"
    echo "final-$t exit $?" >>"$SOAK_DIR/ad/exits"
done
SOAK_ELAPSED=$(($(date +%s) - T0))

# ---------------------------------------------------------------- teardown (for invariant 4)
"$SSMCTL" close-connections >"$SOAK_DIR/logs/close.out" 2>&1
for ((i = 1; i <= HOSTS; i++)); do stop_host "$i"; done
sleep 1

# ---------------------------------------------------------------- invariants
FAILS=0
report() {  # report PASS|FAIL name detail
    echo "$1 $2: $3"
    [[ $1 == FAIL ]] && FAILS=$((FAILS + 1))
    return 0
}

# A copy to query, so the checks never write to the state db.
CHECK_DB=$SOAK_DIR/check.db
rm -f "$CHECK_DB"
if [[ $SQL_BACKEND == sqlite3 ]]; then
    sqlite3 "$SSMCTL_DB" ".backup '$CHECK_DB'"
else
    python3 -c 'import sqlite3,sys; s=sqlite3.connect(sys.argv[1]); d=sqlite3.connect(sys.argv[2]); s.backup(d); d.close()' "$SSMCTL_DB" "$CHECK_DB"
fi

# load_lines TABLE DIR N: the SQL that makes each line of each file in DIR a row of TABLE:
# the line's first N fields, then the file's name (the host that wrote it).
load_lines() {
    local f
    echo "BEGIN;"
    for f in "$2"/*; do
        [[ -f $f ]] || continue
        awk -v t="$1" -v n="$3" -v file="${f##*/}" '{ gsub(/'\''/, ""); s = ""; for (i = 1; i <= n; i++) s = s "'\''" $i "'\'',"
            printf "INSERT INTO %s VALUES (%s'\''%s'\'');\n", t, s, file }' "$f"
    done
    echo "COMMIT;"
}

# Load the run files and the name->id map into the copy.
{
    echo "CREATE TABLE soak_runs (name TEXT, host TEXT, nonce TEXT, file TEXT);"
    echo "CREATE TABLE soak_map (name TEXT PRIMARY KEY, association_id TEXT);"
    load_lines soak_runs "$SOAK_DIR/runs" 3
    awk '{ printf "INSERT INTO soak_map VALUES ('\''%s'\'','\''%s'\'');\n", $1, $2 }' "$SOAK_DIR/assoc-map"
    # nonce -> the invocation whose stored output printed it
    echo "CREATE TABLE soak_out AS SELECT command_id, instance_id,
            trim(substr(stdout, instr(stdout, 'SOAKRUN ') + 8), char(10) || ' ') AS nonce
          FROM invocation_plugins WHERE instr(stdout, 'SOAKRUN ') > 0;"
    echo "CREATE INDEX soak_out_nonce ON soak_out (nonce);"
    echo "CREATE TABLE soak_join AS SELECT r.name, r.host, r.nonce, r.file, m.association_id AS named_assoc,
            o.instance_id, e.execution_id, e.association_id, e.due, e.reason, e.status, e.detailed_status
          FROM soak_runs r LEFT JOIN soak_map m ON m.name = r.name
          LEFT JOIN soak_out o ON o.nonce = r.nonce
          LEFT JOIN association_executions e ON e.command_id = o.command_id;"
} | sql "$CHECK_DB" || report FAIL setup "could not load the run files into $CHECK_DB"

q() { sql "$CHECK_DB" <<<"$1"; }

# 1. no (association, host, due time) ran twice
lines=$(q "SELECT count(*) FROM soak_runs;")
mapped=$(q "SELECT count(*) FROM soak_join WHERE execution_id IS NOT NULL;")
wrong=$(q "SELECT count(*) FROM soak_join WHERE execution_id IS NOT NULL AND (host <> instance_id OR host <> file OR named_assoc IS NOT association_id);")
dup_exec=$(q "SELECT count(*) FROM (SELECT execution_id, host FROM soak_join WHERE execution_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1);")
# hosts that ran an execution: a file line tied to it, or an invocation that reached its end
q "CREATE TABLE soak_ran AS
     SELECT DISTINCT execution_id, association_id, host FROM soak_join WHERE execution_id IS NOT NULL
     UNION SELECT e.execution_id, e.association_id, i.instance_id FROM association_executions e
       JOIN invocations i ON i.command_id = e.command_id
       WHERE i.status IN ('Success', 'Failed', 'TimedOut') AND i.status_details <> 'Interrupted';" >/dev/null
dup_due=$(q "SELECT count(*) FROM association_executions a JOIN association_executions b
     ON a.association_id = b.association_id AND a.due = b.due AND a.execution_id < b.execution_id
     JOIN soak_ran ra ON ra.execution_id = a.execution_id JOIN soak_ran rb ON rb.execution_id = b.execution_id AND rb.host = ra.host
     WHERE a.reason = 'Scheduled' AND b.reason = 'Scheduled' AND a.detailed_status <> 'Interrupted' AND b.detailed_status <> 'Interrupted';")
rerun_due=$(q "SELECT count(*) FROM association_executions a JOIN association_executions b
     ON a.association_id = b.association_id AND a.due = b.due AND a.execution_id < b.execution_id
     JOIN soak_ran ra ON ra.execution_id = a.execution_id JOIN soak_ran rb ON rb.execution_id = b.execution_id AND rb.host = ra.host
     WHERE a.reason = 'Scheduled' AND b.reason = 'Scheduled' AND (a.detailed_status = 'Interrupted' OR b.detailed_status = 'Interrupted');")
# File lines whose output was never stored: only runs cut short may have them, at most one per
# (association, host) invocation that was interrupted by kill -9 of its controller or ended on the
# host without an exit status (the chaos loop stopped that host's sshd mid-script).
unmapped=$(q "SELECT count(*) FROM soak_join WHERE execution_id IS NULL;")
unexplained=$(q "SELECT coalesce(sum(u.n - coalesce(k.n, 0)), 0) FROM
     (SELECT named_assoc, host, count(*) AS n FROM soak_join WHERE execution_id IS NULL GROUP BY 1, 2) u
     LEFT JOIN (SELECT e.association_id, i.instance_id, count(*) AS n FROM association_executions e
                JOIN invocations i ON i.command_id = e.command_id
                WHERE e.detailed_status = 'Interrupted' OR i.status_details = 'Interrupted'
                   OR (i.status_details = 'Failed' AND i.response_code = -1) GROUP BY 1, 2) k
       ON k.association_id = u.named_assoc AND k.instance_id = u.host
     WHERE u.n > coalesce(k.n, 0);")
unknown_host=$(q "SELECT count(*) FROM soak_runs WHERE host NOT LIKE 'node-%' OR host <> file;")
detail="$lines run lines, $mapped tied to an execution; duplicate (execution,host): $dup_exec; same due twice on a host: $dup_due; wrong host/association: $wrong; lines without a stored run: $unmapped ($unexplained not explained by a run cut short); reruns of a due after kill -9: $rerun_due"
if [[ $lines -gt 0 && $dup_exec == 0 && $dup_due == 0 && $wrong == 0 && $unexplained == 0 && $unknown_host == 0 ]]; then
    report PASS no-double-runs "$detail"
else
    report FAIL no-double-runs "$detail${unknown_host:+; lines with a bad host: $unknown_host}"
fi

# 2. everything terminal after the final apply-due
nt_exec=$(q "SELECT count(*) FROM association_executions WHERE status IN ('Pending','InProgress','Delayed','Cancelling');")
nt_cmd=$(q "SELECT count(*) FROM commands WHERE status IN ('Pending','InProgress','Delayed','Cancelling');")
nt_inv=$(q "SELECT count(*) FROM invocations WHERE status IN ('Pending','InProgress','Delayed','Cancelling');")
nt_plg=$(q "SELECT count(*) FROM invocation_plugins WHERE status IN ('Pending','InProgress','Delayed','Cancelling');")
n_exec=$(q "SELECT count(*) FROM association_executions;")
n_inv=$(q "SELECT count(*) FROM invocations;")
statuses=$(q "SELECT status || '/' || detailed_status || '=' || count(*) FROM association_executions GROUP BY status, detailed_status;" | tr '\n' ' ')
detail="$n_exec executions ($statuses), $n_inv invocations; not terminal: executions $nt_exec, commands $nt_cmd, invocations $nt_inv, steps $nt_plg"
if [[ $n_exec -gt 0 && $nt_exec == 0 && $nt_cmd == 0 && $nt_inv == 0 && $nt_plg == 0 ]]; then
    report PASS all-terminal "$detail"
else
    report FAIL all-terminal "$detail"
fi

# 6. maintenance windows: every line a host wrote is one recorded invocation, on that host,
# and no invocation ran twice; every execution, task and invocation ended.
{
    echo "CREATE TABLE soak_win (n TEXT, host TEXT, invocation TEXT, file TEXT);"
    load_lines soak_win "$SOAK_DIR/winruns" 3
} | sql "$CHECK_DB" || report FAIL setup "could not load the window run files into $CHECK_DB"
w_lines=$(q "SELECT count(*) FROM soak_win;")
w_unknown=$(q "SELECT count(*) FROM soak_win w LEFT JOIN mw_invocations i ON i.invocation_id = w.invocation WHERE i.invocation_id IS NULL OR i.resource_id <> w.host;")
w_twice=$(q "SELECT count(*) FROM (SELECT invocation FROM soak_win GROUP BY 1 HAVING count(*) > 1);")
w_exec=$(q "SELECT count(*) FROM mw_executions;")
w_ran=$(q "SELECT count(*) FROM mw_executions WHERE status NOT IN ('SKIPPED_OVERLAPPING') AND NOT (status = 'TIMED_OUT' AND status_details LIKE 'Missed%');")
w_open=$(q "SELECT (SELECT count(*) FROM mw_executions WHERE status IN ('PENDING','IN_PROGRESS','CANCELLING'))
          + (SELECT count(*) FROM mw_task_executions WHERE status IN ('PENDING','IN_PROGRESS','CANCELLING'))
          + (SELECT count(*) FROM mw_invocations WHERE status IN ('PENDING','IN_PROGRESS','CANCELLING'));")
w_statuses=$(q "SELECT status || '=' || count(*) FROM mw_executions GROUP BY status;" | tr '\n' ' ')
w_interrupted=$(q "SELECT count(*) FROM mw_invocations WHERE status_details LIKE 'Interrupted%';")
detail="$w_exec window executions ($w_statuses), $w_lines host lines; lines without their invocation: $w_unknown; invocations run twice: $w_twice; interrupted and settled: $w_interrupted; not ended: $w_open"
if [[ $WINDOWS == 0 || ($w_ran -gt 0 && $w_lines -gt 0 && $w_unknown == 0 && $w_twice == 0 && $w_open == 0) ]]; then
    report PASS windows-once "$detail"
else
    report FAIL windows-once "$detail"
fi

# 7. automation: every step's command ran at most once per execution, on the host asked for;
# every line belongs to a stored execution; a Success ran both; every execution ended.
if ((AUTOMATION)); then
    {
        echo "CREATE TABLE soak_auto (step TEXT, execution TEXT, asked TEXT, host TEXT, file TEXT);"
        load_lines soak_auto "$SOAK_DIR/autoruns" 4
    } | sql "$CHECK_DB" || report FAIL setup "could not load the automation run files into $CHECK_DB"
    a_exec=$(q "SELECT count(*) FROM automation_executions WHERE document_name = 'soak-runbook';")
    a_lines=$(q "SELECT count(*) FROM soak_auto;")
    a_unknown=$(q "SELECT count(*) FROM soak_auto a LEFT JOIN automation_executions e ON e.execution_id = a.execution WHERE e.execution_id IS NULL OR a.asked <> a.host OR a.host <> a.file;")
    a_twice=$(q "SELECT count(*) FROM (SELECT step, execution FROM soak_auto GROUP BY 1, 2 HAVING count(*) > 1);")
    a_b_alone=$(q "SELECT count(*) FROM soak_auto b WHERE b.step = 'B' AND NOT EXISTS (SELECT 1 FROM soak_auto a WHERE a.step = 'A' AND a.execution = b.execution);")
    a_success_short=$(q "SELECT count(*) FROM automation_executions e WHERE e.document_name = 'soak-runbook' AND e.status = 'Success'
         AND (SELECT count(DISTINCT step) FROM soak_auto a WHERE a.execution = e.execution_id) <> 2;")
    a_open=$(q "SELECT count(*) FROM automation_executions WHERE status IN ('Pending','InProgress','Waiting','Cancelling');")
    a_statuses=$(q "SELECT status || '=' || count(*) FROM automation_executions WHERE document_name = 'soak-runbook' GROUP BY status;" | tr '\n' ' ')
    a_kills=$(grep -c 'kill -9' "$SOAK_DIR/logs/automation" 2>/dev/null)
    detail="$a_exec executions ($a_statuses), ${a_kills:-0} starts killed with -9, $a_lines host lines; lines without their execution or on another host: $a_unknown; steps run twice: $a_twice; second step without the first: $a_b_alone; Success without both steps: $a_success_short; not ended: $a_open"
    if [[ $a_exec -gt 0 && $a_lines -gt 0 && $a_unknown == 0 && $a_twice == 0 && $a_b_alone == 0 && $a_success_short == 0 && $a_open == 0 ]]; then
        report PASS automation-once "$detail"
    else
        report FAIL automation-once "$detail"
    fi
fi

# 3. integrity of the state db itself (read-only)
if [[ $SQL_BACKEND == sqlite3 ]]; then
    ic=$(sqlite3 -readonly "$SSMCTL_DB" 'PRAGMA integrity_check;' 2>&1 | tr '\n' ' ')
else
    ic=$(python3 -c 'import sqlite3,sys; print(" ".join(r[0] for r in sqlite3.connect("file:"+sys.argv[1]+"?mode=ro", uri=True).execute("PRAGMA integrity_check")))' "$SSMCTL_DB" 2>&1)
fi
ic=${ic% }
if [[ $ic == ok ]]; then report PASS integrity "PRAGMA integrity_check: ok"; else report FAIL integrity "PRAGMA integrity_check: $ic"; fi

# 4. no stray processes or control sockets (after close-connections and fleet teardown)
stray=$(pgrep -a -f "$SOAK_DIR" 2>/dev/null | grep -v -e "pgrep" -e "soak.sh" || true)
sockets=$(find "$SSMCTL_CONTROL_DIR" -type s 2>/dev/null)
# anything still running on a "host" (a script, a shell) carries SOAK_DIR in its environment
host_procs=$(for e in /proc/[0-9]*/environ; do
    tr '\0' '\n' <"$e" 2>/dev/null | grep -qx "SOAK_DIR=$SOAK_DIR" && { p=${e#/proc/}; echo "${p%/environ}"; }
done 2>/dev/null)
nstray=$(grep -c . <<<"$stray"); nsock=$(grep -c . <<<"$sockets"); nsess=$(grep -c . <<<"$host_procs")
if [[ $nstray == 0 && $nsock == 0 && $nsess == 0 ]]; then
    report PASS no-strays "no ssh/sshd process mentions $SOAK_DIR, no control sockets left"
else
    report FAIL no-strays "$nstray processes, $nsess host processes, $nsock sockets: $(echo "$stray" "$sockets" "$host_procs" | tr '\n' ';' | cut -c1-400)"
fi

# 5. peak RSS logged by apply-due --debug
rss=$(cat "$SOAK_DIR"/ad/*.err 2>/dev/null | sed -n 's/.*peak RSS \([0-9][0-9]*\) kB.*/\1/p' | sort -n)
nrss=$(grep -c . <<<"$rss"); maxrss=$(tail -n1 <<<"$rss")
runs=$(cat "$SOAK_DIR/ad/exits" 2>/dev/null | grep -c .); kills=$(cat "$SOAK_DIR/ad/kills" 2>/dev/null | grep -c .)
if [[ $nrss -gt 0 ]]; then
    report PASS peak-rss "max ${maxrss} kB over $nrss apply-due runs that finished ($runs started, $kills killed with -9)"
else
    report FAIL peak-rss "no 'peak RSS' line in any apply-due --debug log ($runs started, $kills killed)"
fi

stops=$(cat "$SOAK_DIR/logs/chaos" 2>/dev/null | grep -c ' stop '); inter=$(cat "$SOAK_DIR/logs/interactive" 2>/dev/null | grep -c .)
ifail=$(cat "$SOAK_DIR/logs/interactive" 2>/dev/null | grep -vc 'exit 0$')
echo "soak: ${SOAK_ELAPSED}s of load; $stops sshd stop/starts; $inter interactive commands ($ifail not exit 0)"
if ((FAILS > 0)); then exit 1; fi
exit 0
