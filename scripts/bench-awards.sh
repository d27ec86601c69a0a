#!/usr/bin/env bash
# bench-awards.sh — awards per second over HTTP (JWT-authenticated, idempotent, durable) against
# redis-benchmark of the same Redis in the same run (BRIEF §5).
#
#   scripts/bench-awards.sh [--fsync everysec|always] [--conns 64] [--requests 20000]
#                           [--batch-requests 200] [--batch 1000] [--batch-conns 8] [--warmup 1000]
#                           [--epoch-interval 1h] [--log-level info] [--loadgen go|wrk] [--duration 20s]
#
# It starts a throwaway redis-server (AOF on, appendfsync <mode>, no RDB) on a free port, tribed --dev against
# it (chain embedded, rate limit raised so it does not throttle), creates a platform, a community and a
# campaign with tribectl, then runs scripts/loadgen for single awards (POST /v1/awards) and batches
# (POST /v1/awards/batch), and redis-benchmark -t set without pipelining and with -P 16. Prints a table.
# --loadgen wrk drives the single awards with Debian's wrk (scripts/wrk/awards.lua, --duration long) instead —
# an independent load generator. The table also gives Redis time in commands, Redis memory (used_memory) and
# tribed CPU (utime + stime) per award of the single-award phase.
# Everything started is stopped, and the temporary directory removed, on exit.
#
# tribed, tribectl and loadgen are built once with `go build` into the temporary directory and run from
# there (equivalent to `go run`, but the trap then stops the real processes by pid, not a `go run` wrapper).
# --epoch-interval defaults to 1h so the dev-mode 10s settlement does not run during the measurement.
set -euo pipefail

FSYNC=everysec
CONNS=64
REQUESTS=20000
BATCH_REQUESTS=200
BATCH=1000
BATCH_CONNS=8
WARMUP=1000
EPOCH=1h
LOGLEVEL=info
LOADGEN_KIND=go
DURATION=20s
usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
	case "$1" in
	--fsync) FSYNC=$2; shift 2 ;;
	--conns) CONNS=$2; shift 2 ;;
	--requests) REQUESTS=$2; shift 2 ;;
	--batch-requests) BATCH_REQUESTS=$2; shift 2 ;;
	--batch) BATCH=$2; shift 2 ;;
	--batch-conns) BATCH_CONNS=$2; shift 2 ;;
	--warmup) WARMUP=$2; shift 2 ;;
	--epoch-interval) EPOCH=$2; shift 2 ;;
	--log-level) LOGLEVEL=$2; shift 2 ;;
	--loadgen) LOADGEN_KIND=$2; shift 2 ;;
	--duration) DURATION=$2; shift 2 ;;
	-h | --help) usage; exit 0 ;;
	*) echo "bench-awards: unknown argument $1" >&2; usage >&2; exit 2 ;;
	esac
done
case "$FSYNC" in everysec | always) ;; *) echo "bench-awards: --fsync must be everysec or always" >&2; exit 2 ;; esac
case "$LOADGEN_KIND" in go) ;; wrk) command -v wrk >/dev/null || { echo "bench-awards: wrk not found (apt-get install wrk)" >&2; exit 2; } ;;
	*) echo "bench-awards: --loadgen must be go or wrk" >&2; exit 2 ;; esac
for n in "$CONNS" "$REQUESTS" "$BATCH_REQUESTS" "$BATCH" "$BATCH_CONNS" "$WARMUP"; do
	[[ "$n" =~ ^[0-9]+$ ]] || { echo "bench-awards: not a number: $n" >&2; exit 2; }
done
for bin in redis-server redis-cli redis-benchmark curl jq go; do
	command -v "$bin" >/dev/null || { echo "bench-awards: $bin not found" >&2; exit 2; }
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TMP=$(mktemp -d -t bench-awards.XXXXXX)
REDIS_PID=
TRIBED_PID=
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [[ -n "$TRIBED_PID" ]] && kill -0 "$TRIBED_PID" 2>/dev/null; then
		kill -TERM "$TRIBED_PID" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$TRIBED_PID" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$TRIBED_PID" 2>/dev/null || true
	fi
	if [[ -n "$REDIS_PID" ]] && kill -0 "$REDIS_PID" 2>/dev/null; then
		kill -TERM "$REDIS_PID" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$REDIS_PID" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$REDIS_PID" 2>/dev/null || true
	fi
	if [[ $rc -ne 0 && -f "$TMP/tribed.log" ]]; then
		echo "--- last lines of tribed.log ---" >&2
		tail -n 30 "$TMP/tribed.log" >&2 || true
	fi
	rm -rf "$TMP"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '[bench-awards %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# wait_for SECONDS DESCRIPTION COMMAND...: retry COMMAND every 0.2s until it succeeds or SECONDS pass.
wait_for() {
	local secs=$1 what=$2; shift 2
	local end=$((SECONDS + secs))
	until "$@" >/dev/null 2>&1; do
		if ((SECONDS >= end)); then log "timed out after ${secs}s waiting for $what"; return 1; fi
		sleep 0.2
	done
}

log "building tribed, tribectl, loadgen"
timeout 600 go build -o "$TMP/bin/" ./cmd/tribed ./cmd/tribectl ./scripts/loadgen
LOADGEN=$TMP/bin/loadgen
TRIBECTL=$TMP/bin/tribectl

# --- 1. Redis ---------------------------------------------------------------------------------------------
REDIS_PORT=$("$LOADGEN" -freeport)
mkdir -p "$TMP/redis"
log "redis-server on 127.0.0.1:$REDIS_PORT (appendonly yes, appendfsync $FSYNC)"
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --appendonly yes --appendfsync "$FSYNC" \
	--dir "$TMP/redis" --save "" --daemonize no --logfile "$TMP/redis/redis.log" &
REDIS_PID=$!
wait_for 20 "redis" redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
[[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" config get appendfsync | tail -n1) == "$FSYNC" ]] ||
	{ log "redis appendfsync is not $FSYNC"; exit 1; }

# --- 2. tribed --------------------------------------------------------------------------------------------
API_PORT=$("$LOADGEN" -freeport)
API=http://127.0.0.1:$API_PORT
log "tribed --dev on $API against redis://127.0.0.1:$REDIS_PORT"
"$TMP/bin/tribed" --dev --dev-rpc 127.0.0.1:0 --listen "127.0.0.1:$API_PORT" \
	--redis-url "redis://127.0.0.1:$REDIS_PORT" --dev-info "$TMP/dev.json" --rate-limit 1000000 \
	--epoch-interval "$EPOCH" --log-level "$LOGLEVEL" >"$TMP/tribed.log" 2>&1 &
TRIBED_PID=$!
ready() { kill -0 "$TRIBED_PID" && curl -fsS -m 2 "$API/readyz" && [[ -s "$TMP/dev.json" ]]; }
wait_for 180 "tribed /readyz" ready
ADMIN_TOKEN=$(jq -r .admin_token "$TMP/dev.json")
CREATOR_KEY=$(jq -r '.accounts[1].private_key' "$TMP/dev.json")
[[ -n "$ADMIN_TOKEN" && "$ADMIN_TOKEN" != null && -n "$CREATOR_KEY" && "$CREATOR_KEY" != null ]] ||
	{ log "dev.json lacks the admin token or account 1"; exit 1; }

# --- 3. platform, creator, community, campaign ------------------------------------------------------------
ctl() { timeout 150 "$TRIBECTL" --api "$API" "$@"; }
PLATFORM_JSON=$(TRIBE_TOKEN=$ADMIN_TOKEN ctl platform create --name bench)
PLATFORM_TOKEN=$(jq -r .token <<<"$PLATFORM_JSON")
WALLET_TOKEN=$(TRIBE_PRIVATE_KEY=$CREATOR_KEY ctl login)
COMMUNITY_ID=$(TRIBE_TOKEN=$WALLET_TOKEN TRIBE_PRIVATE_KEY=$CREATOR_KEY ctl community create --name "Bench Coin" --symbol BNC | jq -r .id)
CAMPAIGN_ID=$(TRIBE_TOKEN=$WALLET_TOKEN ctl campaign create --community "$COMMUNITY_ID" \
	--budget 1000000000000000000000000000000 --rules '{"contributions":{"post":"1"}}' | jq -r .id)
[[ "$PLATFORM_TOKEN" != null && "$COMMUNITY_ID" != null && "$CAMPAIGN_ID" != null ]] ||
	{ log "setup failed"; exit 1; }
log "platform $(jq -r .id <<<"$PLATFORM_JSON"), community $COMMUNITY_ID, campaign $CAMPAIGN_ID"
printf '%s\n' "$PLATFORM_TOKEN" >"$TMP/platform.token"

# --- 4. load ----------------------------------------------------------------------------------------------
loadgen() { timeout 900 "$LOADGEN" -api "$API" -campaign "$CAMPAIGN_ID" -token-file "$TMP/platform.token" "$@"; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | tail -n1; }

# Redis CPU time per operation, from INFO commandstats (microseconds spent in commands since the last reset).
rcli() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@"; }
redis_usec() { rcli info commandstats | tr -d '\r' | sed -n 's/.*,usec=\([0-9]*\),.*/\1/p' | awk '{ s += $1 } END { print s + 0 }'; }
redis_mem() { rcli info memory | tr -d '\r' | sed -n 's/^used_memory:\([0-9]*\)$/\1/p'; }
# tribed's CPU time so far, in microseconds (utime + stime from /proc, in clock ticks).
tribed_cpu_us() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000000 / hz }' "/proc/$TRIBED_PID/stat"; }
if [[ $LOADGEN_KIND == wrk ]]; then
	log "wrk warm-up: 2s over $CONNS connections"
	timeout 60 wrk -t2 -c"$CONNS" -d2s -s scripts/wrk/awards.lua "$API" -- "$CAMPAIGN_ID" "$PLATFORM_TOKEN" >/dev/null
fi
# The projector's lag histogram (tribe_projection_lag_seconds) as "le count" lines.
lag_buckets() { curl -fsS "$API/metrics" | sed -n 's/^tribe_projection_lag_seconds_bucket{le="\([^"]*\)"} \([0-9.e+]*\)$/\1 \2/p'; }
rcli config resetstat >/dev/null
lag_buckets >"$TMP/lag0"
MEM0=$(redis_mem); CPU0=$(tribed_cpu_us)
if [[ $LOADGEN_KIND == wrk ]]; then
	log "single awards: wrk -t2 -c$CONNS -d$DURATION (scripts/wrk/awards.lua)"
	SINGLE_OUT=$(timeout 900 wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s scripts/wrk/awards.lua "$API" -- "$CAMPAIGN_ID" "$PLATFORM_TOKEN") ||
		{ echo "$SINGLE_OUT" >&2; log "wrk failed"; exit 1; }
	S_AWARDS=$(sed -n 's/^RESULT.* awards=\([0-9]*\).*/\1/p' <<<"$SINGLE_OUT")
else
	log "single awards: $REQUESTS requests over $CONNS connections (warm-up $WARMUP)"
	SINGLE_OUT=$(loadgen -conns "$CONNS" -requests "$REQUESTS" -warmup "$WARMUP") || { echo "$SINGLE_OUT" >&2; log "single-award load failed"; exit 1; }
	S_AWARDS=$((REQUESTS + WARMUP))
fi
S_USEC=$(redis_usec)
rcli info commandstats | tr -d '\r' >"$TMP/commandstats.single"
sleep 1; lag_buckets >"$TMP/lag1"
MEM1=$(redis_mem); CPU1=$(tribed_cpu_us)
rcli config resetstat >/dev/null
echo "$SINGLE_OUT" >&2
SINGLE=$(grep '^RESULT' <<<"$SINGLE_OUT")

BATCH_WARMUP=$(( WARMUP / BATCH > 2 ? WARMUP / BATCH : 2 ))
log "batch awards: $BATCH_REQUESTS requests of $BATCH awards over $BATCH_CONNS connections (warm-up $BATCH_WARMUP requests)"
BATCH_OUT=$(loadgen -conns "$BATCH_CONNS" -requests "$BATCH_REQUESTS" -batch "$BATCH" -warmup "$BATCH_WARMUP") || { echo "$BATCH_OUT" >&2; log "batch load failed"; exit 1; }
echo "$BATCH_OUT" >&2
BATCHR=$(grep '^RESULT' <<<"$BATCH_OUT")
B_USEC=$(redis_usec)

# --- 5. redis-benchmark, same Redis, same run --------------------------------------------------------------
rb() { timeout 600 redis-benchmark -h 127.0.0.1 -p "$REDIS_PORT" -t set -c "$CONNS" -q "$@" 2>&1 | tr '\r' '\n' | grep '^SET:' | tail -n1; }
RB_N=$(( S_AWARDS > REQUESTS ? S_AWARDS : REQUESTS ))
log "redis-benchmark -t set -c $CONNS -n $RB_N (no pipelining)"
rcli config resetstat >/dev/null
RB1=$(rb -n "$RB_N")
SET_USEC=$(rcli info commandstats | tr -d '\r' | sed -n 's/^cmdstat_set:.*usec_per_call=\([0-9.]*\).*/\1/p')
BATCH_AWARDS=$(( BATCH_REQUESTS * BATCH ))
RBN=$(( BATCH_AWARDS > 100000 ? BATCH_AWARDS : 100000 ))
log "redis-benchmark -t set -c $CONNS -n $RBN -P 16"
RB16=$(rb -n "$RBN" -P 16)
echo "$RB1" >&2; echo "$RB16" >&2
rps() { awk '{print $2}' <<<"$1"; }
rp50() { sed -n 's/.*p50=\([0-9.]*\).*/\1/p' <<<"$1"; }
RB1_RPS=$(rps "$RB1"); RB16_RPS=$(rps "$RB16")
[[ -n "$RB1_RPS" && -n "$RB16_RPS" ]] || { log "could not parse redis-benchmark output"; exit 1; }

# --- 6. table ---------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
S_APS=$(field awards_per_s "$SINGLE"); S_P50=$(field p50_ms "$SINGLE"); S_P99=$(field p99_ms "$SINGLE"); S_ERR=$(field errors "$SINGLE")
B_APS=$(field awards_per_s "$BATCHR"); B_P50=$(field p50_ms "$BATCHR"); B_P99=$(field p99_ms "$BATCHR"); B_ERR=$(field errors "$BATCHR")
echo
echo "tribe awards over HTTP vs redis-benchmark — appendfsync $FSYNC, $CONNS connections, $(nproc) CPUs, $(redis-server --version | awk '{print $3}')"
printf '%-34s %12s %10s %10s %14s %8s %7s\n' "mode" "awards/s" "p50 ms" "p99 ms" "redis SET/s" "ratio" "errors"
[[ $LOADGEN_KIND == wrk ]] && S_ERR=$(( $(field non2xx "$SINGLE") + $(field errors "$SINGLE") ))
printf '%-34s %12s %10s %10s %14s %8s %7s\n' "single (POST /v1/awards, $LOADGEN_KIND) n=$S_AWARDS" "$S_APS" "$S_P50" "$S_P99" "$RB1_RPS" "$(ratio "$S_APS" "$RB1_RPS")" "$S_ERR"
printf '%-34s %12s %10s %10s %14s %8s %7s\n' "batch $BATCH (/v1/awards/batch) n=$BATCH_AWARDS" "$B_APS" "$B_P50" "$B_P99" "$RB16_RPS" "$(ratio "$B_APS" "$RB16_RPS")" "$B_ERR"
echo "redis SET/s: redis-benchmark -t set -c $CONNS, single: -n $RB_N no pipelining (p50 $(rp50 "$RB1") ms); batch: -n $RBN -P 16 (p50 $(rp50 "$RB16") ms)"
echo "p50/p99 are per HTTP request (for batch: per request of $BATCH awards)."
# Warm-up requests are counted here too (they are in commandstats): per award = time / (measured + warm-up).
awk -v m0="$MEM0" -v m1="$MEM1" -v c0="$CPU0" -v c1="$CPU1" -v n="$S_AWARDS" 'BEGIN {
	printf "single-award phase, per award: Redis memory +%.0f bytes (used_memory), tribed CPU %.0f us (utime+stime)\n", (m1 - m0) / n, (c1 - c0) / n }'
awk -v su="$S_USEC" -v sn="$S_AWARDS" -v bu="$B_USEC" -v bn="$(( (BATCH_REQUESTS + BATCH_WARMUP) * BATCH ))" -v set="$SET_USEC" 'BEGIN {
	printf "Redis time in commands per award: single %.1f us, batch %.1f us; per SET: %s us\n", su / sn, bu / bn, set }'
# Where the single-award phase's Redis time went: the commands that took most, per award.
awk -F'[:,=]' -v n="$S_AWARDS" '/^cmdstat_/ { sub("cmdstat_", "", $1); printf "%s %.1f %.2f\n", $1, $5 / n, $3 / n }' \
	"$TMP/commandstats.single" | sort -k2 -n -r | head -n 8 |
	awk 'BEGIN { printf "Redis time per award by command (single):" } { printf " %s %s us (%s calls)", $1, $2, $3 } END { print "" }'
# The projection lag's p50 and p99 over the single-award phase: the upper bounds of the histogram buckets
# that hold them (the difference of the two scrapes).
paste -d' ' "$TMP/lag0" "$TMP/lag1" | awk '{ le[NR] = $1; c[NR] = $4 - $2 } END {
	n = c[NR]; if (n <= 0) { print "projection lag: no folds observed"; exit }
	for (i = 1; i <= NR; i++) { if (!p50 && c[i] >= 0.5 * n) p50 = le[i]; if (!p99 && c[i] >= 0.99 * n) p99 = le[i] }
	printf "projection lag (tribe_projection_lag_seconds, %d folds): p50 <= %s s, p99 <= %s s\n", n, p50, p99 }'
