#!/usr/bin/env bash
# cluster.sh — three tribed replicas on a Redis Cluster and one chain (issue 5, "Reliability": scale-out).
#
#   scripts/reliability/cluster.sh [--epoch-interval 5s] [--dispute-window 2s]
#
# Starts a real Redis Cluster of three masters (AOF on; redis-cli --cluster create, no replicas), geth --dev
# (blocks every second; built once into .cache/bin like scripts/e2e-geth.sh), deploys the contracts with
# `tribectl deploy` from a deployer keystore, gives each replica its own service key (funded; voucher signer
# and ROOT_PROPOSER_ROLE granted by the admin with `reltool grant`: they must not share a nonce or a txmgr
# journal), and starts three tribed replicas in production mode against
# --redis-url redis://h:p1?addr=h:p2&addr=h:p3. Then it checks, with reltool as a round-robin client:
#   (a) the same award (same Idempotency-Key and body) sent concurrently many times through every replica:
#       one award in the ledger, every response carries the same award id;
#   (b) concurrent awards through all replicas asking more than a campaign's budget: the journal holds
#       exactly what was accepted (2xx), never more than the budget; the rest get 422 budget_exhausted;
#   (c) settlement with a short --epoch-interval: epochs proceed, each root proposed once on-chain
#       (RootProposed events, epoch()), consecutive; which replica proposed each (its key) and holds the lease;
#   (d) kill -9 of the replica holding the settlement lease: another takes over within the lease TTL (30 s)
#       and epochs continue, none skipped or doubled.
# Exit status 0 only if every check passed. Every process started is stopped on exit; the work directory is
# kept on failure (or with KEEP=1).
set -euo pipefail

EPOCH=5s
WINDOW=2s
LEASE_TTL=30 # settle.DefaultLeaseTTL, seconds (tribed has no flag for it)
GETH_VERSION=1.16.9
usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
	case "$1" in
	--epoch-interval) EPOCH=$2; shift 2 ;;
	--dispute-window) WINDOW=$2; shift 2 ;;
	-h | --help) usage; exit 0 ;;
	*) echo "cluster: unknown argument $1" >&2; usage >&2; exit 2 ;;
	esac
done
for bin in redis-server redis-cli curl jq go; do
	command -v "$bin" >/dev/null || { echo "cluster: $bin not found" >&2; exit 2; }
done

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
GETH=${GETH:-$ROOT/.cache/bin/geth}
WORK=$(mktemp -d -t tribe-cluster.XXXXXX)
T0=$SECONDS
PIDS=()
NAMES=()

log() { printf '[cluster %3ss] %s\n' "$((SECONDS - T0))" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }
cleanup() {
	local rc=$? i pid
	trap - EXIT INT TERM
	for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill -TERM "${PIDS[i]}" 2>/dev/null || true; done
	for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
		pid=${PIDS[i]}
		for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	if [[ $rc -ne 0 ]]; then
		for f in "$WORK"/tribed-*.log "$WORK"/geth.log; do
			[[ -s "$f" ]] && { echo "--- last lines of $f ---" >&2; tail -n 15 "$f" >&2; }
		done
		echo "cluster: FAILED (exit $rc) after $((SECONDS - T0))s; work directory kept: $WORK" >&2
	elif [[ -n "${KEEP:-}" ]]; then
		echo "cluster: work directory kept: $WORK" >&2
	else
		rm -rf "$WORK"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start() { # start NAME LOGFILE CMD...: in the background, stopped on exit; sets LAST_PID
	local name=$1 logfile=$2
	shift 2
	"$@" >"$logfile" 2>&1 &
	LAST_PID=$!
	PIDS+=("$LAST_PID")
	NAMES+=("$name")
}
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
	local secs=$1 what=$2; shift 2
	local end=$((SECONDS + secs))
	until "$@" >/dev/null 2>&1; do
		((SECONDS < end)) || die "timed out after ${secs}s waiting for $what"
		sleep 0.2
	done
}

[[ "$("$GETH" version 2>/dev/null)" == *"Version: ${GETH_VERSION}-"* ]] ||
	die "geth $GETH_VERSION not found at $GETH (run scripts/e2e-geth.sh once, or: GOBIN=$ROOT/.cache/bin go install github.com/ethereum/go-ethereum/cmd/geth@v$GETH_VERSION)"
log "building tribed, tribectl, reltool"
timeout 600 go build -o "$WORK/bin/" ./cmd/tribed ./cmd/tribectl ./scripts/reliability/reltool
BIN=$WORK/bin
REL=$BIN/reltool
T_BUILT=$SECONDS

# --- 1. Redis Cluster: three masters ----------------------------------------------------------------------
RPORTS=()
for i in 1 2 3; do
	p=$("$REL" freeport)
	RPORTS+=("$p")
	mkdir -p "$WORK/redis-$p"
	start "redis-$p" "$WORK/redis-$p/redis.log" redis-server --bind 127.0.0.1 --port "$p" --dir "$WORK/redis-$p" \
		--cluster-enabled yes --cluster-config-file "$WORK/redis-$p/nodes.conf" --cluster-node-timeout 5000 \
		--appendonly yes --appendfsync everysec --save "" --daemonize no
done
for p in "${RPORTS[@]}"; do wait_for 30 "redis $p" redis-cli -p "$p" ping; done
redis-cli --cluster create "127.0.0.1:${RPORTS[0]}" "127.0.0.1:${RPORTS[1]}" "127.0.0.1:${RPORTS[2]}" \
	--cluster-replicas 0 --cluster-yes >"$WORK/cluster-create.log" 2>&1 || { cat "$WORK/cluster-create.log" >&2; die "cluster create"; }
cluster_ok() { for p in "${RPORTS[@]}"; do redis-cli -p "$p" cluster info | grep -q 'cluster_state:ok' || return 1; done; }
wait_for 30 "cluster_state:ok" cluster_ok
REDIS_URL="redis://127.0.0.1:${RPORTS[0]}?addr=127.0.0.1:${RPORTS[1]}&addr=127.0.0.1:${RPORTS[2]}"
REDIS_ADDRS="127.0.0.1:${RPORTS[0]},127.0.0.1:${RPORTS[1]},127.0.0.1:${RPORTS[2]}"
log "Redis Cluster of 3 masters on ports ${RPORTS[*]} (cluster_state:ok)"

# --- 2. geth --dev and keys -------------------------------------------------------------------------------
GETH_PORT=$("$REL" freeport)
RPC=http://127.0.0.1:$GETH_PORT
start geth "$WORK/geth.log" "$GETH" --dev --dev.period 1 --datadir "$WORK/geth" --http --http.addr 127.0.0.1 \
	--http.port "$GETH_PORT" --http.api eth,net,web3 --authrpc.port "$("$REL" freeport)" --ipcdisable --nodiscover \
	--maxpeers 0 --port 0 --verbosity 2
rpc_up() { curl -fsS -m 2 -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "$RPC" | grep -q result; }
wait_for 60 "geth RPC" rpc_up
"$REL" keygen "$WORK/keys" deployer r1 r2 r3 creator >"$WORK/keys.txt"
addr() { tr -d '\n' <"$WORK/keys/$1.address"; }
timeout 120 "$REL" fund -rpc "$RPC" -eth 100 "$(addr deployer)" "$(addr r1)" "$(addr r2)" "$(addr r3)" "$(addr creator)"
log "geth --dev at $RPC; funded deployer and replica keys r1 $(addr r1), r2 $(addr r2), r3 $(addr r3)"

# --- 3. deploy; each replica's key is a voucher signer and root proposer ----------------------------------
timeout 180 "$BIN/tribectl" deploy --rpc-url "$RPC" --keystore "$WORK/keys/deployer.keystore.json" \
	--keystore-password-file "$WORK/keys/deployer.password" --signer "$(addr r1)" --proposer "$(addr r1)" \
	--guardian "$(addr deployer)" --dispute-window "$WINDOW" --out "$WORK/deployment.json" >"$WORK/deploy.out"
timeout 120 "$REL" grant -rpc "$RPC" -keystore "$WORK/keys/deployer.keystore.json" \
	-password-file "$WORK/keys/deployer.password" -deployment "$WORK/deployment.json" "$(addr r2)" "$(addr r3)" >"$WORK/grant.out"
log "deployed (distributor $(jq -r .distributor "$WORK/deployment.json")); r1 by deploy, r2 and r3 by grant: signer + ROOT_PROPOSER_ROLE"

# --- 4. three tribed replicas -----------------------------------------------------------------------------
JWT_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
APIS=()
TRIBED_PIDS=()
for r in r1 r2 r3; do
	port=$("$REL" freeport)
	APIS+=("http://127.0.0.1:$port")
	start "tribed-$r" "$WORK/tribed-$r.log" env TRIBE_JWT_SECRET="$JWT_SECRET" "$BIN/tribed" --rpc-url "$RPC" \
		--redis-url "$REDIS_URL" --keystore "$WORK/keys/$r.keystore.json" --keystore-password-file "$WORK/keys/$r.password" \
		--deployment "$WORK/deployment.json" --listen "127.0.0.1:$port" --epoch-interval "$EPOCH" \
		--confirmations 1 --rate-limit 1000000
	TRIBED_PIDS+=("$LAST_PID")
done
for i in 0 1 2; do wait_for 90 "tribed r$((i + 1)) ready" curl -fsS -m 2 "${APIS[i]}/readyz"; done
grep -q 'connected to Redis.*cluster=true' "$WORK/tribed-r1.log" ||
	die "tribed r1 did not connect to the Redis Cluster as a cluster: $(grep -m1 'Redis' "$WORK/tribed-r1.log")"
API_LIST=$(IFS=,; echo "${APIS[*]}")
log "tribed replicas r1 r2 r3 at ${APIS[*]} (epoch interval $EPOCH) on the cluster"

# --- 5. platform, creator, community, campaigns (through different replicas) ----------------------------
ctl() { local api=$1; shift; timeout 180 "$BIN/tribectl" --api "$api" "$@"; }
TRIBE_JWT_SECRET="$JWT_SECRET" "$BIN/tribectl" admin-token --ttl 1h >"$WORK/admin.token"
ctl "${APIS[0]}" --token-file "$WORK/admin.token" platform create --name cluster >"$WORK/platform.json"
jq -r .token "$WORK/platform.json" >"$WORK/platform.token"
ctl "${APIS[1]}" login --key-file "$WORK/keys/creator.key" >"$WORK/creator.token"
ctl "${APIS[1]}" --token-file "$WORK/creator.token" community create --name "Cluster Coin" --symbol CLU \
	--key-file "$WORK/keys/creator.key" >"$WORK/community.json"
COMMUNITY=$(jq -r .id "$WORK/community.json")
[[ "$(jq -r .status "$WORK/community.json")" == active ]] || die "community not active: $(cat "$WORK/community.json")"
campaign() { ctl "${APIS[2]}" --token-file "$WORK/creator.token" campaign create --community "$COMMUNITY" --budget "$1" \
	--rules '{"contributions":{"post":"1"}}' | jq -r .id; }
BIG=$(campaign 1000000000000)
SMALL=$(campaign 1000)
log "platform, community $COMMUNITY (token $(jq -r .token_address "$WORK/community.json")), campaigns $BIG and $SMALL (budget 1000)"

FAILED=0
run_check() { # run_check NAME CMD...: runs a reltool check, shows its output, remembers a failure
	local name=$1 rc=0; shift
	"$@" >"$WORK/$name.out" 2>&1 || rc=$?
	cat "$WORK/$name.out" >&2
	[[ $rc -eq 0 ]] || { FAILED=1; log "FAIL: $name (exit $rc)"; }
}

# --- (a) the same award through all replicas at once -------------------------------------------------------
T_A=$SECONDS
run_check same "$REL" same -api "$API_LIST" -token-file "$WORK/platform.token" -campaign "$BIG" -keys 20 -copies 10 -redis "$REDIS_ADDRS"
log "(a) same award: done in $((SECONDS - T_A))s"

# --- (b) over-budget race ---------------------------------------------------------------------------------
T_B=$SECONDS
run_check budget "$REL" budget -api "$API_LIST" -token-file "$WORK/platform.token" -campaign "$SMALL" -n 300 -amount 7 \
	-conns 48 -redis "$REDIS_ADDRS"
log "(b) budget race: done in $((SECONDS - T_B))s"

# --- (c) settlement with the replicas running, (d) kill the lease holder ----------------------------------
EPOCH_S=${EPOCH%s}
"$REL" trickle -api "$API_LIST" -token-file "$WORK/platform.token" -campaign "$BIG" -every 400ms -duration 10m \
	>"$WORK/trickle.out" 2>&1 &
TRICKLE_PID=$!
PIDS+=("$TRICKLE_PID")
NAMES+=(trickle)
epochs_now() { "$REL" epochs -rpc "$RPC" -deployment "$WORK/deployment.json" -min 0 2>/dev/null | sed -n 's/^epochs: \([0-9]*\) RootProposed.*/\1/p'; }
have_epochs() { local n; n=$(epochs_now); [[ -n "$n" && "$n" -ge "$1" ]]; }
wait_for $((EPOCH_S * 6 + 60)) "3 epochs proposed" have_epochs 3
# The lease holder: the lease value is "<owner>:<fencing token>"; the replica that logged that token holds it.
lease_holder() {
	local v tok r
	v=$(redis-cli -c -p "${RPORTS[0]}" get 'tribe:{settle}:lease')
	tok=${v##*:}
	[[ -n "$tok" ]] || return 1
	for r in r1 r2 r3; do
		if grep -q "settlement lease acquired.*fencing_token=$tok\b" "$WORK/tribed-$r.log"; then echo "$r"; return 0; fi
	done
	return 1
}
HOLDER=$(lease_holder) || die "no replica holds the settlement lease"
NAMES_ARG="$(addr r1)=r1,$(addr r2)=r2,$(addr r3)=r3"
BEFORE=$(epochs_now)
log "(c) $BEFORE epochs proposed so far; lease held by $HOLDER"

# (d) kill -9 the lease holder mid-epoch.
idx=$((${HOLDER#r} - 1))
sleep "$(awk -v e="$EPOCH_S" 'BEGIN { print e / 2 }')"
KILLED_AT=$(date +%s)
kill -KILL "${TRIBED_PIDS[idx]}"
wait "${TRIBED_PIDS[idx]}" 2>/dev/null || true
log "(d) killed $HOLDER (SIGKILL) at epoch count $(epochs_now); waiting for another replica to take the lease"
took_over() { local h; h=$(lease_holder) && [[ "$h" != "$HOLDER" ]]; }
wait_for $((LEASE_TTL + 30)) "another replica to take the lease" took_over
NEW_HOLDER=$(lease_holder)
TAKEOVER_S=$(($(date +%s) - KILLED_AT))
log "(d) $NEW_HOLDER took the lease ${TAKEOVER_S}s after the kill (lease TTL ${LEASE_TTL}s)"
AFTER_TARGET=$(($(epochs_now) + 2))
wait_for $((EPOCH_S * 4 + 60)) "2 more epochs after the takeover" have_epochs "$AFTER_TARGET"
kill -TERM "$TRICKLE_PID" 2>/dev/null || true
run_check epochs "$REL" epochs -rpc "$RPC" -deployment "$WORK/deployment.json" -names "$NAMES_ARG" -min "$AFTER_TARGET" \
	-killed-at "$KILLED_AT"
[[ $TAKEOVER_S -le $((LEASE_TTL + EPOCH_S + 5)) ]] || { FAILED=1; log "FAIL: takeover took ${TAKEOVER_S}s"; }
for r in r1 r2 r3; do
	log "tribed-$r: $(grep -c 'settlement lease acquired' "$WORK/tribed-$r.log" || true) settlement lease acquisitions, $(grep -c 'msg="proposing root"' "$WORK/tribed-$r.log" || true) proposeRoot sends (the chain's RootProposed senders are in the table above)"
done

echo
echo "Scale-out on a Redis Cluster: 3 masters, 3 tribed replicas, geth --dev; $(nproc) CPUs, run $((SECONDS - T_BUILT))s after the build"
oks() { echo "$(grep -c '^CHECK.* ok ' "$1" || true)/$(grep -c '^CHECK' "$1" || true) checks ok"; }
printf '%-44s %s\n' "(a) same award ×10 per replica ×3, 20 keys" "$(oks "$WORK/same.out") — $(sed -n 's/^same: //p' "$WORK/same.out")"
printf '%-44s %s\n' "(b) budget 1000, asked 300×7 via 3 replicas" "$(oks "$WORK/budget.out") — $(sed -n 's/^budget: budget [0-9]*, //p' "$WORK/budget.out")"
printf '%-44s %s\n' "(c) epochs proposed, each once, consecutive" "$(oks "$WORK/epochs.out") — $(sed -n 's/^epochs: //p' "$WORK/epochs.out" | head -n1)"
printf '%-44s %s\n' "(d) kill -9 lease holder $HOLDER" "$NEW_HOLDER took over in ${TAKEOVER_S}s; $(sed -n 's/^epochs: first proposal after the kill: //p' "$WORK/epochs.out")"
[[ $FAILED -eq 0 ]] || { echo "RESULT: FAIL"; exit 1; }
echo "RESULT: all checks passed"
