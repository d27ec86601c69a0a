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
NAME=web-e2e KEEP=${WEB_E2E_KEEP:-}
source scripts/lib/tribed-dev.sh

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[[ -x "$CHROMIUM" ]] || { echo "web-e2e: $CHROMIUM is missing: apt-get install -y chromium" >&2; exit 1; }
[[ -d node_modules/playwright-core ]] || { echo "web-e2e: node_modules missing: npm ci" >&2; exit 1; }

start_tribed_dev

TRIBE_DEV_INFO="$WORK/dev.json" CHROMIUM="$CHROMIUM" timeout 600 node web/e2e/app.test.mjs
