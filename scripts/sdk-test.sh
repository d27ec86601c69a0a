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
NAME=sdk-test KEEP=${SDK_TEST_KEEP:-}
source scripts/lib/tribed-dev.sh

[[ -d node_modules/openapi-fetch && -d node_modules/viem ]] || { echo "sdk-test: node_modules missing: npm ci" >&2; exit 1; }
[[ -f sdk/dist/index.js ]] || { echo "sdk-test: sdk/dist missing: make sdk" >&2; exit 1; }

start_tribed_dev

TRIBE_DEV_INFO="$WORK/dev.json" timeout 120 node --test --test-timeout=90000 sdk/test/
