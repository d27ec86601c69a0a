#!/usr/bin/env bash
# End-to-end run against a real Ethereum node: geth --dev (blocks every second), a Redis with AOF, the
# contracts deployed with `tribectl deploy` from an encrypted keystore, tribed in production mode, and the flow
# driven as users would (tribectl for the operator, creator and platform; ethers for wallets). The claims are
# made by scripts/e2e/claim.mjs, an independent client (ethers v6 + @openzeppelin/merkle-tree, no tribe code):
# voucher claims from the fan's wallet, a Merkle claim against an active epoch root, the epoch tree dump
# against activeRoot(), and a gasless relayed claim after Sign-In with Ethereum. Then scripts/e2e/sponsor.mjs
# (the same kind of client) runs the sponsor flow: two brands fund pools in one ERC-20 from their own wallets, a
# brand grants a creator's campaign a budget after Sign-In with Ethereum, a fan claims from the pool (voucher and
# claimMany) while the other pool stays untouched, the brand withdraws the unowed rest after its notice, and a
# second creator's campaign naming the first creator's token is refused. Then scripts/e2e/refunds.mjs: a
# held revenue share claimed on-chain and then refunded (debt), another refunded in part while held, and the
# debt netted against the next shares, every figure checked against the chain with ethers. Then
# scripts/e2e/link.mjs: a platform awards its user before the user has a wallet, issues a link token, the fan
# redeems it after Sign-In with Ethereum, and claims on-chain; balanceOf and claimed checked with ethers.
#
# Needs only Go, Node with the npm dependencies installed (npm ci) and redis-server. geth is built once with
# `go install` into .cache/bin (git-ignored) and reused while it reports the pinned version.
#
#   bash scripts/e2e-geth.sh              # exit status 0 only if every step passed
#   E2E_KEEP=1 bash scripts/e2e-geth.sh   # keep the work directory (logs, keys, datadirs) even on success
#
# Every process it starts is stopped on exit (trap); every wait is bounded.
set -euo pipefail

GETH_VERSION=1.16.9
GETH_BUILD_TIMEOUT=${E2E_GETH_BUILD_TIMEOUT:-1800} # seconds; a cold build takes minutes on 2 cores
EPOCH_INTERVAL=10s
DISPUTE_WINDOW=5s
WITHDRAWAL_NOTICE=20s # at least the dispute window plus the epoch interval: the last root commits every award

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
T0=$(date +%s)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tribe-e2e.XXXXXX")
BIN=$WORK/bin
GETH=$ROOT/.cache/bin/geth
TOOL=(timeout 120 node "$ROOT/scripts/e2e/tool.mjs") # each helper bounds its own waits too
PIDS=()  # every background process started here, stopped in reverse order on exit
NAMES=()

log() { printf '[e2e %4ss] %s\n' "$(($(date +%s) - T0))" "$*"; }
die() {
  log "FAIL: $*"
  exit 1
}

exec 3>&1 4>&2 # the script's own stdout and stderr, for cleanup: a trap may run inside a redirected call
cleanup() {
  local rc=$? i pid n
  trap - EXIT INT TERM
  exec 1>&3 2>&4
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM "${PIDS[i]}" 2>/dev/null || true
  done
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    pid=${PIDS[i]}
    for ((n = 0; n < 40; n++)); do # up to 20s for a graceful stop
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "${NAMES[i]} (pid $pid) did not stop: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  if [ "$rc" -ne 0 ]; then
    for f in geth-build.log geth.log redis.log tribed.log; do
      if [ -s "$WORK/$f" ]; then
        echo "----- last lines of $WORK/$f"
        tail -n 40 "$WORK/$f"
      fi
    done
    log "FAILED (exit $rc) after $(($(date +%s) - T0))s; logs and state kept in $WORK"
  else
    if [ -n "${E2E_KEEP:-}" ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
    log "PASSED: total $(($(date +%s) - T0))s"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME LOGFILE CMD...: runs CMD in the background, logging to LOGFILE, and remembers it for cleanup.
start() {
  local name=$1 logfile=$2
  shift 2
  "$@" >"$logfile" 2>&1 3>&- 4>&- &
  PIDS+=($!)
  NAMES+=("$name")
}

# wait_up NAME PID TIMEOUT PROBE...: until PROBE succeeds; fails at once if PID exits, or after TIMEOUT s.
wait_up() {
  local name=$1 pid=$2 timeout=$3 end
  shift 3
  end=$(($(date +%s) + timeout))
  until "$@" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || die "$name exited before it was ready"
    [ "$(date +%s)" -lt "$end" ] || die "$name not ready after ${timeout}s"
    sleep 0.5
  done
}

json() { "${TOOL[@]}" json "$@"; }
free_port() { "${TOOL[@]}" free-port; }

for tool in go node redis-server; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (this script needs Go, Node and redis-server)"
done
[ -d node_modules/ethers ] && [ -d node_modules/@openzeppelin/merkle-tree ] || die "node_modules is missing: run npm ci"
log "work directory $WORK"

# --- 1. geth, built once (the slow part: start it first) and tribed/tribectl meanwhile ------------------
geth_ok() { [[ "$("$GETH" version 2>/dev/null)" == *"Version: ${GETH_VERSION}-"* ]]; }
GETH_BUILD_PID=
if geth_ok; then
  log "geth $GETH_VERSION cached at $GETH"
else
  log "building geth $GETH_VERSION into .cache/bin (once; minutes)"
  mkdir -p "$ROOT/.cache/bin"
  start "geth build" "$WORK/geth-build.log" env GOBIN="$ROOT/.cache/bin" \
    timeout "$GETH_BUILD_TIMEOUT" go install "github.com/ethereum/go-ethereum/cmd/geth@v${GETH_VERSION}"
  GETH_BUILD_PID=$!
  GETH_BUILD_T0=$(date +%s)
fi

mkdir -p "$BIN"
go build -o "$BIN/" ./cmd/tribed ./cmd/tribectl || die "go build ./cmd/tribed ./cmd/tribectl failed"
log "built tribed and tribectl"
"${TOOL[@]}" keygen "$WORK/keys" service creator fan1 fan2 fan3 creator2 brand1 brand2 fan4 fan5 fan6 >"$WORK/keys.txt"
addr() { json "$WORK/keys/keys.json" "$1.address"; }
SERVICE=$(addr service) CREATOR=$(addr creator) FAN1=$(addr fan1) FAN2=$(addr fan2) FAN3=$(addr fan3)
BRAND1=$(addr brand1) BRAND2=$(addr brand2) FAN4=$(addr fan4) CREATOR2=$(addr creator2) FAN5=$(addr fan5) FAN6=$(addr fan6)
log "keys: service $SERVICE (encrypted keystore), creator $CREATOR, fans $FAN1 $FAN2 $FAN3"
log "keys for the sponsor flow: brands $BRAND1 $BRAND2, fan $FAN4, second creator $CREATOR2"

if [ -n "$GETH_BUILD_PID" ]; then
  wait "$GETH_BUILD_PID" || die "building geth failed (see $WORK/geth-build.log)"
  geth_ok || die "the geth built does not report version $GETH_VERSION"
  log "geth $GETH_VERSION built in $(($(date +%s) - GETH_BUILD_T0))s"
fi

# --- 2. geth --dev: blocks every second, its dev account prefunded and unlocked inside geth -------------
GETH_PORT=$(free_port)
AUTH_PORT=$(free_port)
RPC=http://127.0.0.1:$GETH_PORT
start geth "$WORK/geth.log" "$GETH" --dev --dev.period 1 --datadir "$WORK/geth" \
  --http --http.addr 127.0.0.1 --http.port "$GETH_PORT" --http.api eth,net,web3 \
  --authrpc.addr 127.0.0.1 --authrpc.port "$AUTH_PORT" --ipcdisable --nodiscover --maxpeers 0 --port 0 --verbosity 2
GETH_PID=$!
wait_up geth "$GETH_PID" 60 "${TOOL[@]}" wait-rpc "$RPC" 0
CHAIN_ID=$("${TOOL[@]}" wait-rpc "$RPC" 5)
log "geth --dev serving $RPC, chain id $CHAIN_ID"
# The dev account exists only inside geth: it pays the others with eth_sendTransaction. fan3 gets nothing:
# its claim is relayed.
"${TOOL[@]}" fund "$RPC" 100 "$SERVICE" >"$WORK/fund.txt"
"${TOOL[@]}" fund "$RPC" 1 "$CREATOR" "$FAN1" "$FAN2" "$BRAND1" "$BRAND2" "$FAN4" "$FAN5" "$FAN6" >>"$WORK/fund.txt"
log "funded service (100 ETH), creator, fan1, fan2, brand1, brand2, fan4, fan5, fan6 (1 ETH each) from geth's dev account; fan3 and creator2 have none"

# --- 3. Redis with AOF, as production runs it -----------------------------------------------------------
REDIS_PORT=$(free_port)
mkdir -p "$WORK/redis"
start redis "$WORK/redis.log" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$WORK/redis" \
  --appendonly yes --appendfsync everysec --save "" --daemonize no
REDIS_PID=$!
wait_up redis "$REDIS_PID" 30 "${TOOL[@]}" wait-redis "127.0.0.1:$REDIS_PORT" 0
log "redis-server on 127.0.0.1:$REDIS_PORT (appendonly yes, appendfsync everysec)"

# --- 4. deploy with tribectl from the encrypted keystore ------------------------------------------------
KS=$WORK/keys/service.keystore.json
PW=$WORK/keys/service.password
timeout 180 "$BIN/tribectl" deploy --rpc-url "$RPC" --keystore "$KS" --keystore-password-file "$PW" \
  --out "$WORK/deployment.json" --dispute-window "$DISPUTE_WINDOW" --withdrawal-notice "$WITHDRAWAL_NOTICE" >"$WORK/deploy.out"
DISTRIBUTOR=$(json "$WORK/deployment.json" distributor)
log "deployed: distributor $DISTRIBUTOR, factory $(json "$WORK/deployment.json" factory) (dispute window $DISPUTE_WINDOW, withdrawal notice $WITHDRAWAL_NOTICE)"

# --- 5. tribed in production mode -----------------------------------------------------------------------
API_PORT=$(free_port)
API=http://127.0.0.1:$API_PORT
JWT_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')
start tribed "$WORK/tribed.log" env TRIBE_JWT_SECRET="$JWT_SECRET" "$BIN/tribed" \
  --rpc-url "$RPC" --redis-url "redis://127.0.0.1:$REDIS_PORT" --keystore "$KS" --keystore-password-file "$PW" \
  --deployment "$WORK/deployment.json" --listen "127.0.0.1:$API_PORT" \
  --epoch-interval "$EPOCH_INTERVAL" --dispute-window "$DISPUTE_WINDOW" --confirmations 1
TRIBED_PID=$!
wait_up tribed "$TRIBED_PID" 60 "${TOOL[@]}" wait-http "$API/readyz" 0
if grep -q 'keeps nothing on disk\|AOF off' "$WORK/tribed.log"; then die "tribed says Redis is not durable"; fi
log "tribed ready at $API (production mode: epoch interval $EPOCH_INTERVAL, confirmations 1)"

# --- 6. operator, creator and platform, through tribectl ------------------------------------------------
ctl() { timeout 180 "$BIN/tribectl" --api "$API" "$@"; } # tribectl gives up after 2 minutes itself
# The operator's admin token, signed with tribed's JWT secret (production prints none).
TRIBE_JWT_SECRET="$JWT_SECRET" "$BIN/tribectl" admin-token --ttl 1h >"$WORK/admin.token"
ctl --token-file "$WORK/admin.token" platform create --name e2e-platform >"$WORK/platform.json"
PLATFORM_ID=$(json "$WORK/platform.json" id)
json "$WORK/platform.json" token >"$WORK/platform.token"
log "platform $PLATFORM_ID created"

ctl login --key-file "$WORK/keys/creator.key" >"$WORK/creator.token"
log "creator signed in with Ethereum"
ctl --token-file "$WORK/creator.token" community create --name "E2E Coin" --symbol E2E \
  --key-file "$WORK/keys/creator.key" >"$WORK/community.json"
COMMUNITY=$(json "$WORK/community.json" id)
TOKEN=$(json "$WORK/community.json" token_address)
[ "$(json "$WORK/community.json" status)" = active ] || die "community not active: $(cat "$WORK/community.json")"
log "community $COMMUNITY active: token $TOKEN (createTokenFor relayed by tribed)"
"${TOOL[@]}" set-minter "$RPC" "$WORK/keys/creator.key" "$TOKEN" "$DISTRIBUTOR" >"$WORK/set-minter.txt"
log "creator made the distributor a minter from its own wallet: $(cat "$WORK/set-minter.txt")"
ctl --token-file "$WORK/creator.token" campaign create --community "$COMMUNITY" --budget 1000000000 \
  --rules '{"contributions":{"post":"10"}}' --platforms "$PLATFORM_ID" >"$WORK/campaign.json"
CAMPAIGN=$(json "$WORK/campaign.json" id)
log "campaign $CAMPAIGN created"

# The second creator, for the sponsor flow's foreign-token attack: its own community (relayed, it holds no ETH).
ctl login --key-file "$WORK/keys/creator2.key" >"$WORK/creator2.token"
ctl --token-file "$WORK/creator2.token" community create --name "Other Coin" --symbol OTH \
  --key-file "$WORK/keys/creator2.key" >"$WORK/community2.json"
COMMUNITY2=$(json "$WORK/community2.json" id)
[ "$(json "$WORK/community2.json" status)" = active ] || die "second community not active: $(cat "$WORK/community2.json")"
log "second creator signed in; community $COMMUNITY2 active: token $(json "$WORK/community2.json" token_address)"

FAN1_AWARD=207
FAN2_AWARD=5000
ctl --token-file "$WORK/platform.token" award --campaign "$CAMPAIGN" --account "$FAN1" --amount "$FAN1_AWARD" \
  --reason launch --idempotency-key e2e-fan1 >"$WORK/award1.json"
ctl --token-file "$WORK/platform.token" award --campaign "$CAMPAIGN" --account "$FAN1" --amount "$FAN1_AWARD" \
  --reason launch --idempotency-key e2e-fan1 >"$WORK/award1-again.json"
cmp -s "$WORK/award1.json" "$WORK/award1-again.json" || die "a repeated award with the same Idempotency-Key answered differently"
ctl --token-file "$WORK/platform.token" award --campaign "$CAMPAIGN" --account "$FAN2" --amount "$FAN2_AWARD" \
  --reason launch --idempotency-key e2e-fan2 >"$WORK/award2.json"
ctl --token-file "$WORK/platform.token" rewards --account "$FAN1" >"$WORK/rewards1.json"
[ "$(json "$WORK/rewards1.json" 0.earned)" = "$FAN1_AWARD" ] || die "fan1 rewards: $(cat "$WORK/rewards1.json")"
log "platform awarded fan1 $FAN1_AWARD (repeat with the same Idempotency-Key credited once) and fan2 $FAN2_AWARD"

# --- 7. the independent client claims -------------------------------------------------------------------
cat >"$WORK/state.json" <<EOF
{
  "api": "$API", "rpc": "$RPC", "token": "$TOKEN", "distributor": "$DISTRIBUTOR", "campaign": "$CAMPAIGN",
  "platform_token": "$(cat "$WORK/platform.token")", "service": "$SERVICE",
  "fans": {
    "fan1": {"address": "$FAN1", "key_file": "$WORK/keys/fan1.key"},
    "fan2": {"address": "$FAN2", "key_file": "$WORK/keys/fan2.key"},
    "fan3": {"address": "$FAN3", "key_file": "$WORK/keys/fan3.key"}
  },
  "awarded": {"fan1": "$FAN1_AWARD", "fan2": "$FAN2_AWARD"}
}
EOF
chmod 600 "$WORK/state.json"
log "scripts/e2e/claim.mjs (ethers + @openzeppelin/merkle-tree only):"
# In the background and waited for, so that a signal reaches the trap (and the cleanup) at once.
E2E_STATE="$WORK/state.json" E2E_CLAIM_TIMEOUT=300 timeout 330 node scripts/e2e/claim.mjs &
PIDS+=($!)
NAMES+=(claim.mjs)
wait "$!" || die "the independent client's checks failed"

# --- 8. sponsor pools, through the same kind of independent client ---------------------------------------
cat >"$WORK/sponsor.json" <<EOF
{
  "api": "$API", "rpc": "$RPC", "distributor": "$DISTRIBUTOR", "token": "$TOKEN",
  "platform_id": "$PLATFORM_ID", "platform_token": "$(cat "$WORK/platform.token")",
  "creator_token": "$(cat "$WORK/creator.token")", "community": "$COMMUNITY",
  "creator2_token": "$(cat "$WORK/creator2.token")", "community2": "$COMMUNITY2",
  "withdrawal_notice": "${WITHDRAWAL_NOTICE%s}",
  "keys": {"brand1": "$WORK/keys/brand1.key", "brand2": "$WORK/keys/brand2.key", "fan": "$WORK/keys/fan4.key"}
}
EOF
chmod 600 "$WORK/sponsor.json"
log "scripts/e2e/sponsor.mjs (ethers only; MockERC20 from contracts/out as the brands' ERC-20):"
E2E_STATE="$WORK/sponsor.json" E2E_SPONSOR_TIMEOUT=240 timeout 270 node scripts/e2e/sponsor.mjs &
PIDS+=($!)
NAMES+=(sponsor.mjs)
wait "$!" || die "the sponsor flow's checks failed"

# --- 8b. refunds before and after the fan claimed, through the same kind of independent client ----------
cat >"$WORK/refunds.json" <<EOF
{
  "api": "$API", "rpc": "$RPC", "distributor": "$DISTRIBUTOR", "token": "$TOKEN",
  "platform_token": "$(cat "$WORK/platform.token")", "creator_token": "$(cat "$WORK/creator.token")",
  "community": "$COMMUNITY", "keys": {"fan": "$WORK/keys/fan5.key"}
}
EOF
chmod 600 "$WORK/refunds.json"
log "scripts/e2e/refunds.mjs (ethers only): held revenue shares, refunds before and after the claim, debt netting:"
E2E_STATE="$WORK/refunds.json" E2E_REFUNDS_TIMEOUT=180 timeout 210 node scripts/e2e/refunds.mjs &
PIDS+=($!)
NAMES+=(refunds.mjs)
wait "$!" || die "the refund flow's checks failed"

# --- 8c. a platform user awarded before it has a wallet, linked by the fan, claimed on-chain --------------
cat >"$WORK/link.json" <<EOF
{
  "api": "$API", "rpc": "$RPC", "distributor": "$DISTRIBUTOR", "token": "$TOKEN",
  "platform_token": "$(cat "$WORK/platform.token")", "creator_token": "$(cat "$WORK/creator.token")",
  "community": "$COMMUNITY", "keys": {"fan": "$WORK/keys/fan6.key"}
}
EOF
chmod 600 "$WORK/link.json"
log "scripts/e2e/link.mjs (ethers only): a user awarded without a wallet, a link token redeemed after SIWE, the claim:"
E2E_STATE="$WORK/link.json" E2E_LINK_TIMEOUT=180 timeout 210 node scripts/e2e/link.mjs &
PIDS+=($!)
NAMES+=(link.mjs)
wait "$!" || die "the platform-user flow's checks failed"

# --- 9. the service is still healthy, and Redis wrote its AOF -------------------------------------------
kill -0 "$TRIBED_PID" 2>/dev/null || die "tribed exited during the run"
"${TOOL[@]}" wait-http "$API/readyz" 5 || die "tribed is not ready after the run"
aof=$(find "$WORK/redis" -name '*.aof' -size +0c | wc -l)
[ "$aof" -gt 0 ] || die "Redis wrote no AOF under $WORK/redis"
errors=$(grep -c 'level=ERROR' "$WORK/tribed.log" || true)
warns=$(grep -c 'level=WARN' "$WORK/tribed.log" || true)
log "tribed healthy after the run ($errors ERROR, $warns WARN log lines); Redis AOF on disk"
