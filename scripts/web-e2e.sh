#!/usr/bin/env bash
# Browser end-to-end test of the web app (/app/): builds tribed, starts `tribed --dev` on free ports (the OS
# picks them: --listen and --dev-rpc on port 0, the real URLs come from --dev-info), then runs
# web/e2e/app.test.mjs in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core). The test
# writes its screenshots to .cache/screenshots/ (WEB_E2E_SCREENSHOTS=docs/screenshots refreshes the
# committed ones). Everything started here is stopped on exit.
#
#   bash scripts/web-e2e.sh            # exit status 0 only if the test passed
#   WEB_E2E_KEEP=1 bash scripts/web-e2e.sh   # keep the work directory (tribed's log) even on success
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tribe-web-e2e.XXXXXX")
PID=""
cleanup() {
  status=$?
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  if [[ $status -ne 0 ]]; then
    echo "web-e2e: FAIL; tribed log follows ($WORK/tribed.log)" >&2
    tail -n 40 "$WORK/tribed.log" >&2 || true
  elif [[ -z "${WEB_E2E_KEEP:-}" ]]; then
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[[ -x "$CHROMIUM" ]] || { echo "web-e2e: $CHROMIUM is missing: apt-get install -y chromium" >&2; exit 1; }
[[ -d node_modules/playwright-core ]] || { echo "web-e2e: node_modules missing: npm ci" >&2; exit 1; }

echo "web-e2e: building tribed"
go build -o "$WORK/tribed" ./cmd/tribed

"$WORK/tribed" --dev --listen 127.0.0.1:0 --dev-rpc 127.0.0.1:0 --dev-info "$WORK/dev.json" >"$WORK/tribed.log" 2>&1 &
PID=$!
for _ in $(seq 600); do
  [[ -s "$WORK/dev.json" ]] && break
  kill -0 "$PID" 2>/dev/null || { echo "web-e2e: tribed exited" >&2; exit 1; }
  sleep 0.1
done
[[ -s "$WORK/dev.json" ]] || { echo "web-e2e: tribed did not start within 60 s" >&2; exit 1; }
API=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).api_url)' "$WORK/dev.json")
for _ in $(seq 300); do
  curl -fsS "$API/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done
echo "web-e2e: tribed --dev at $API"

TRIBE_DEV_INFO="$WORK/dev.json" CHROMIUM="$CHROMIUM" timeout 600 node web/e2e/app.test.mjs
