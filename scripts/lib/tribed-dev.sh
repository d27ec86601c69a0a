# Sourced by the scripts that test against a real `tribed --dev` (web-e2e.sh, sdk-test.sh): builds tribed,
# starts it on free ports (the OS picks them: --listen and --dev-rpc on port 0; the real URLs, dev accounts
# and admin token come from --dev-info) and waits until it is ready. Every wait is bounded; tribed is stopped
# on exit, and on failure its log's tail is printed.
#
#   NAME=web-e2e KEEP=${WEB_E2E_KEEP:-}; source scripts/lib/tribed-dev.sh; start_tribed_dev
#
# Sets WORK (a fresh work directory, removed on success unless KEEP is set), PID and API, and the EXIT trap.

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tribe-$NAME.XXXXXX")
PID=""
cleanup() {
  status=$?
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  if [[ $status -ne 0 ]]; then
    echo "$NAME: FAIL; tribed log follows ($WORK/tribed.log)" >&2
    tail -n 40 "$WORK/tribed.log" >&2 || true
  elif [[ -z "${KEEP:-}" ]]; then
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

start_tribed_dev() {
  echo "$NAME: building tribed"
  go build -o "$WORK/tribed" ./cmd/tribed
  "$WORK/tribed" --dev --listen 127.0.0.1:0 --dev-rpc 127.0.0.1:0 --dev-info "$WORK/dev.json" >"$WORK/tribed.log" 2>&1 &
  PID=$!
  for _ in $(seq 600); do
    [[ -s "$WORK/dev.json" ]] && break
    kill -0 "$PID" 2>/dev/null || { echo "$NAME: tribed exited" >&2; exit 1; }
    sleep 0.1
  done
  [[ -s "$WORK/dev.json" ]] || { echo "$NAME: tribed did not start within 60 s" >&2; exit 1; }
  API=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).api_url)' "$WORK/dev.json")
  for _ in $(seq 300); do
    curl -fsS "$API/readyz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "$NAME: tribed --dev at $API"
}
