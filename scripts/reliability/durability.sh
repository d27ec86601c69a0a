#!/usr/bin/env bash
# durability.sh — are acknowledged awards durable when Redis is killed under load? (issue 5, "Reliability")
#
#   scripts/reliability/durability.sh [--fsync always|everysec|always,everysec] [--awards 3000] [--conns 32]
#                                     [--kill-at 0.4] [--down 3]
#
# For each appendfsync mode: a throwaway redis-server (AOF on, no RDB) on a free port, tribed --dev against it
# (embedded chain, rate limit raised), a platform, community and campaign made with tribectl. Then
# `reltool load` sends --awards single awards (POST /v1/awards), each with its own Idempotency-Key, its own
# new account and a known amount, from --conns concurrent clients, and records every acknowledgement (2xx).
# When --kill-at of them are acknowledged, redis-server is killed with SIGKILL; while it is down the script
# checks that tribed answers an award and /readyz with 503 (never 500, never a hang); after --down seconds
# Redis is restarted on the same port and directory (it replays its AOF). The clients retry whatever was not
# acknowledged with the same key and body (an idempotent retry must not award twice) until all are
# acknowledged. `reltool verify` then checks through the API and by reading Redis: every acknowledged award
# is in the campaign's journal exactly once with the id the API answered, no award twice, every account's
# history (API) holds exactly its acknowledged award, and budget − remaining = the journal's sum.
#
# Exit status 0 only if every check passed. Prints a summary table. Everything started is stopped, and the
# temporary directory removed (kept on failure), on exit. `--fsync always` alone takes about 20-40 s after
# the build on 2 cores: that is the CI run.
set -euo pipefail

MODES=always
AWARDS=3000
CONNS=32
KILL_AT=0.4
DOWN=3
usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
	case "$1" in
	--fsync) MODES=$2; shift 2 ;;
	--awards) AWARDS=$2; shift 2 ;;
	--conns) CONNS=$2; shift 2 ;;
	--kill-at) KILL_AT=$2; shift 2 ;;
	--down) DOWN=$2; shift 2 ;;
	-h | --help) usage; exit 0 ;;
	*) echo "durability: unknown argument $1" >&2; usage >&2; exit 2 ;;
	esac
done
IFS=, read -r -a MODE_LIST <<<"$MODES"
for m in "${MODE_LIST[@]}"; do
	case "$m" in always | everysec) ;; *) echo "durability: --fsync takes always, everysec or both comma-separated" >&2; exit 2 ;; esac
done
for n in "$AWARDS" "$CONNS" "$DOWN"; do
	[[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "durability: not a positive number: $n" >&2; exit 2; }
done
[[ "$KILL_AT" =~ ^0?\.[0-9]+$ ]] || { echo "durability: --kill-at is a fraction like 0.4" >&2; exit 2; }
for bin in redis-server redis-cli curl jq go; do
	command -v "$bin" >/dev/null || { echo "durability: $bin not found" >&2; exit 2; }
done

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
TMP=$(mktemp -d -t tribe-durability.XXXXXX)
T0=$SECONDS
REDIS_PID=
TRIBED_PID=
LOAD_PID=

stop_pid() { # stop_pid PID: TERM, up to 10 s, then KILL
	local pid=$1
	[[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}
stop_all() {
	stop_pid "$LOAD_PID"; stop_pid "$TRIBED_PID"; stop_pid "$REDIS_PID"
	LOAD_PID= TRIBED_PID= REDIS_PID=
}
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_all
	if [[ $rc -ne 0 ]]; then
		for f in "$TMP"/*/tribed.log "$TMP"/*/redis/redis.log; do
			[[ -s "$f" ]] && { echo "--- last lines of $f ---" >&2; tail -n 20 "$f" >&2; }
		done
		echo "durability: FAILED (exit $rc); work directory kept: $TMP" >&2
	else
		rm -rf "$TMP"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '[durability %3ss] %s\n' "$((SECONDS - T0))" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
	local secs=$1 what=$2; shift 2
	local end=$((SECONDS + secs))
	until "$@" >/dev/null 2>&1; do
		((SECONDS < end)) || die "timed out after ${secs}s waiting for $what"
		sleep 0.1
	done
}

log "building tribed, tribectl, reltool"
timeout 600 go build -o "$TMP/bin/" ./cmd/tribed ./cmd/tribectl ./scripts/reliability/reltool
BIN=$TMP/bin
REL=$BIN/reltool

FAILED=0
ROWS=()

# run_mode MODE: one complete run against a fresh Redis with appendfsync MODE; appends a row to ROWS.
run_mode() {
	local mode=$1 dir=$TMP/$1
	local t_start=$SECONDS
	mkdir -p "$dir/redis"
	local port api_port api
	port=$("$REL" freeport)
	start_redis() {
		redis-server --bind 127.0.0.1 --port "$port" --appendonly yes --appendfsync "$mode" --dir "$dir/redis" \
			--save "" --daemonize no --logfile "$dir/redis/redis.log" &
		REDIS_PID=$!
		wait_for 30 "redis on port $port" redis-cli -h 127.0.0.1 -p "$port" ping
	}
	start_redis
	[[ $(redis-cli -h 127.0.0.1 -p "$port" config get appendfsync | tail -n1) == "$mode" ]] || die "redis appendfsync is not $mode"

	api_port=$("$REL" freeport)
	api=http://127.0.0.1:$api_port
	"$BIN/tribed" --dev --dev-rpc 127.0.0.1:0 --listen "127.0.0.1:$api_port" --redis-url "redis://127.0.0.1:$port" \
		--dev-info "$dir/dev.json" --rate-limit 1000000 --epoch-interval 1h --log-level warn >"$dir/tribed.log" 2>&1 &
	TRIBED_PID=$!
	ready() { kill -0 "$TRIBED_PID" && curl -fsS -m 2 "$api/readyz" && [[ -s "$dir/dev.json" ]]; }
	wait_for 180 "tribed /readyz" ready
	local admin creator
	admin=$(jq -r .admin_token "$dir/dev.json")
	creator=$(jq -r '.accounts[1].private_key' "$dir/dev.json")
	ctl() { timeout 150 "$BIN/tribectl" --api "$api" "$@"; }
	local platform wallet community campaign
	platform=$(TRIBE_TOKEN=$admin ctl platform create --name durability)
	jq -r .token <<<"$platform" >"$dir/platform.token"
	wallet=$(TRIBE_PRIVATE_KEY=$creator ctl login)
	community=$(TRIBE_TOKEN=$wallet TRIBE_PRIVATE_KEY=$creator ctl community create --name "Durable Coin" --symbol DUR | jq -r .id)
	campaign=$(TRIBE_TOKEN=$wallet ctl campaign create --community "$community" --budget 1000000000000 \
		--rules '{"contributions":{"post":"1"}}' | jq -r .id)
	[[ "$campaign" != null && -n "$campaign" ]] || die "setup failed"
	log "[$mode] redis 127.0.0.1:$port (appendfsync $mode), tribed $api, campaign $campaign"

	# Load in the background; the kill happens when --kill-at of it is acknowledged.
	"$REL" load -api "$api" -token-file "$dir/platform.token" -campaign "$campaign" -n "$AWARDS" -conns "$CONNS" \
		-state "$dir/state.json" -progress "$dir/progress" -max-duration 3m >"$dir/load.out" 2>&1 &
	LOAD_PID=$!
	local kill_n acked=0
	kill_n=$(awk -v n="$AWARDS" -v f="$KILL_AT" 'BEGIN { printf "%d", n * f }')
	local end=$((SECONDS + 120))
	while ((acked < kill_n)); do
		kill -0 "$LOAD_PID" 2>/dev/null || { cat "$dir/load.out" >&2; die "[$mode] load ended before the kill"; }
		((SECONDS < end)) || die "[$mode] load too slow: $acked acknowledged in 120s"
		sleep 0.02
		acked=$(cat "$dir/progress" 2>/dev/null || echo 0)
	done
	kill -KILL "$REDIS_PID"
	wait "$REDIS_PID" 2>/dev/null || true
	REDIS_PID=
	local at_kill
	at_kill=$(cat "$dir/progress")
	log "[$mode] redis-server killed (SIGKILL) with $at_kill of $AWARDS awards acknowledged"

	# While Redis is down: an award and /readyz answer 503 quickly (never 500, never a hang).
	sleep 0.3
	local code t probe_award probe_ready
	read -r code t < <(curl -s -o "$dir/down-award.json" -w '%{http_code} %{time_total}\n' -m 15 -X POST "$api/v1/awards" \
		-H "Authorization: Bearer $(cat "$dir/platform.token")" -H 'Content-Type: application/json' \
		-H "Idempotency-Key: probe-$mode" \
		-d "{\"campaign_id\":\"$campaign\",\"account\":\"0x000000000000000000000000000000000000dEaD\",\"amount\":\"1\",\"reason\":\"probe\"}" || echo "000 15")
	probe_award="$code in ${t}s"
	[[ "$code" == 503 ]] || { FAILED=1; log "[$mode] FAIL award while Redis is down answered $code ($(head -c 200 "$dir/down-award.json"))"; }
	read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -m 15 "$api/readyz" || echo "000 15")
	probe_ready="$code in ${t}s"
	[[ "$code" == 503 ]] || { FAILED=1; log "[$mode] FAIL /readyz while Redis is down answered $code"; }
	log "[$mode] Redis down: POST /v1/awards → $probe_award, /readyz → $probe_ready"
	sleep "$DOWN"
	kill -0 "$TRIBED_PID" 2>/dev/null || die "[$mode] tribed exited while Redis was down"
	start_redis
	log "[$mode] redis-server restarted on the same port and directory (AOF replayed)"

	local load_rc=0
	wait "$LOAD_PID" || load_rc=$?
	LOAD_PID=
	cat "$dir/load.out" >&2
	[[ $load_rc -eq 0 ]] || { FAILED=1; log "[$mode] FAIL load checks (exit $load_rc)"; }
	wait_for 30 "tribed ready again" curl -fsS -m 2 "$api/readyz"

	local verify_rc=0
	"$REL" verify -api "$api" -token-file "$dir/platform.token" -campaign "$campaign" -state "$dir/state.json" \
		-redis "127.0.0.1:$port" >"$dir/verify.out" 2>&1 || verify_rc=$?
	cat "$dir/verify.out" >&2
	[[ $verify_rc -eq 0 ]] || { FAILED=1; log "[$mode] FAIL ledger checks (exit $verify_rc)"; }
	if grep -q 'level=ERROR' "$dir/tribed.log"; then log "[$mode] tribed logged $(grep -c 'level=ERROR' "$dir/tribed.log") ERROR lines (Redis down)"; fi

	field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2" | tail -n1; }
	local lr vr
	lr=$(grep '^RESULT' "$dir/load.out" || true)
	vr=$(grep '^RESULT' "$dir/verify.out" || true)
	local status=ok
	[[ $load_rc -eq 0 && $verify_rc -eq 0 && "$probe_award" == 503* && "$probe_ready" == 503* ]] || status=FAIL
	ROWS+=("$(printf '%-9s %7s %7s %7s %6s %6s %8s %8s %9s %-16s %6s %s' "$mode" "$AWARDS" "$(field acked "$lr")" "$at_kill" \
		"$(field lost "$vr")" "$(field doubled "$vr")" "$(field replayed "$lr")" "$(field retries "$lr")" \
		"$(field max503_ms "$lr")" "$probe_award" "$((SECONDS - t_start))s" "$status")")
	stop_all
}

for m in "${MODE_LIST[@]}"; do
	run_mode "$m"
done

echo
echo "Durability: SIGKILL of redis-server under load ($AWARDS single awards, $CONNS clients, killed at ${KILL_AT} acknowledged, down ${DOWN}s), $(redis-server --version | awk '{print $3}'), $(nproc) CPUs"
printf '%-9s %7s %7s %7s %6s %6s %8s %8s %9s %-16s %6s %s\n' fsync awards acked at-kill lost twice replayed retries max503ms "award while down" time result
for r in "${ROWS[@]}"; do echo "$r"; done
echo "lost: acknowledged (2xx) but not in the journal after the restart; twice: an idempotency key with two journal entries;"
echo "replayed: retries answered Idempotent-Replayed (the first attempt was recorded but its answer was lost) — credited once."
[[ $FAILED -eq 0 ]] || exit 1
