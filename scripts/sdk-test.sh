#!/usr/bin/env bash
# Tests of the TypeScript SDK (sdk/, the committed sdk/dist) with node:test: unit tests, then the whole flow
# against a real `tribed --dev` started here on free ports (--listen and --dev-rpc on port 0; the URLs, dev
# accounts and admin token come from --dev-info), as scripts/web-e2e.sh does. Everything started here is
# stopped on exit; every wait is bounded.
#
#   bash scripts/sdk-test.sh              # exit status 0 only if every test passed
#   SDK_TEST_KEEP=1 bash scripts/sdk-test.sh   # keep the work directory (tribed's log) even on success
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tribe-sdk-test.XXXXXX")
PID=""
cleanup() {
  status=$?
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  if [[ $status -ne 0 ]]; then
    echo "sdk-test: FAIL; tribed log follows ($WORK/tribed.log)" >&2
    tail -n 40 "$WORK/tribed.log" >&2 || true
  elif [[ -z "${SDK_TEST_KEEP:-}" ]]; then
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

[[ -d node_modules/openapi-fetch && -d node_modules/viem ]] || { echo "sdk-test: node_modules missing: npm ci" >&2; exit 1; }
[[ -f sdk/dist/index.js ]] || { echo "sdk-test: sdk/dist missing: make sdk" >&2; exit 1; }

echo "sdk-test: building tribed"
go build -o "$WORK/tribed" ./cmd/tribed

"$WORK/tribed" --dev --listen 127.0.0.1:0 --dev-rpc 127.0.0.1:0 --dev-info "$WORK/dev.json" >"$WORK/tribed.log" 2>&1 &
PID=$!
for _ in $(seq 600); do
  [[ -s "$WORK/dev.json" ]] && break
  kill -0 "$PID" 2>/dev/null || { echo "sdk-test: tribed exited" >&2; exit 1; }
  sleep 0.1
done
[[ -s "$WORK/dev.json" ]] || { echo "sdk-test: tribed did not start within 60 s" >&2; exit 1; }
API=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).api_url)' "$WORK/dev.json")
for _ in $(seq 300); do
  curl -fsS "$API/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done
echo "sdk-test: tribed --dev at $API"

TRIBE_DEV_INFO="$WORK/dev.json" timeout 120 node --test --test-timeout=90000 sdk/test/
