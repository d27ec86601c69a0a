#!/usr/bin/env bash
# bench-merkle.sh — tribe's Merkle tree against @openzeppelin/merkle-tree on the same leaves, in the same run
# (BRIEF §5): root plus every proof, roots compared, time and peak memory of each.
#
#   scripts/bench-merkle.sh [--leaves 1000000]
#
# Writes the leaves once (scripts/merklebench -gen), then runs the Go build (scripts/merklebench -in) and the
# JavaScript one (scripts/bench-merkle.mjs) on that file, each under /usr/bin/time for its peak RSS. Both
# processes also parse the same JSON leaves file, which is part of their peak memory; times cover the tree
# and the proofs only. Fails if the roots or the number of proof hashes differ.
set -euo pipefail
LEAVES=1000000
while [[ $# -gt 0 ]]; do
	case "$1" in
	--leaves) LEAVES=$2; shift 2 ;;
	-h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench-merkle: unknown argument $1" >&2; exit 2 ;;
	esac
done
[[ "$LEAVES" =~ ^[0-9]+$ && "$LEAVES" -gt 0 ]] || { echo "bench-merkle: --leaves must be a positive number" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench-merkle: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[[ -d node_modules/@openzeppelin/merkle-tree ]] || npm ci --no-audit --no-fund >/dev/null
TMP=$(mktemp -d -t bench-merkle.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
log() { printf '[bench-merkle %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

go build -o "$TMP/merklebench" ./scripts/merklebench
log "writing $LEAVES leaves"
"$TMP/merklebench" -gen "$LEAVES" -out "$TMP/leaves.json"

log "Go (internal/merkle)"
/usr/bin/time -f 'MAXRSS_KB %M' -o "$TMP/go.time" "$TMP/merklebench" -in "$TMP/leaves.json" >"$TMP/go.out"
log "JavaScript (@openzeppelin/merkle-tree $(node -p 'require("@openzeppelin/merkle-tree/package.json").version'))"
/usr/bin/time -f 'MAXRSS_KB %M' -o "$TMP/js.time" node --max-old-space-size=20000 scripts/bench-merkle.mjs "$TMP/leaves.json" >"$TMP/js.out"

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" "$2" | tail -n1; }
rss() { awk '/MAXRSS_KB/ {print $2}' "$1"; }
GO_ROOT=$(field root "$TMP/go.out"); JS_ROOT=$(field root "$TMP/js.out")
GO_H=$(field proof_hashes "$TMP/go.out"); JS_H=$(field proof_hashes "$TMP/js.out")
[[ -n "$GO_ROOT" && "$GO_ROOT" == "$JS_ROOT" ]] || { echo "bench-merkle: roots differ: go $GO_ROOT js $JS_ROOT" >&2; exit 1; }
[[ "$GO_H" == "$JS_H" ]] || { echo "bench-merkle: proof hash counts differ: go $GO_H js $JS_H" >&2; exit 1; }
GO_B=$(field build_s "$TMP/go.out"); GO_P=$(field proofs_s "$TMP/go.out")
JS_B=$(field build_s "$TMP/js.out"); JS_P=$(field proofs_s "$TMP/js.out")
GO_M=$(rss "$TMP/go.time"); JS_M=$(rss "$TMP/js.time")

echo
echo "Merkle tree, $LEAVES leaves [address, address, uint256], root + every proof — $(nproc) CPUs"
printf '%-34s %10s %10s %10s %12s\n' "implementation" "build s" "proofs s" "total s" "peak RSS MB"
row() { awk -v n="$1" -v b="$2" -v p="$3" -v m="$4" 'BEGIN { printf "%-34s %10.3f %10.3f %10.3f %12.0f\n", n, b, p, b + p, m / 1024 }'; }
row "tribe internal/merkle (Go)" "$GO_B" "$GO_P" "$GO_M"
row "@openzeppelin/merkle-tree (JS)" "$JS_B" "$JS_P" "$JS_M"
awk -v gb="$GO_B" -v gp="$GO_P" -v jb="$JS_B" -v jp="$JS_P" -v gm="$GO_M" -v jm="$JS_M" 'BEGIN {
	printf "Go is %.0fx faster (root + proofs) and uses %.2f of the JS peak memory; roots equal: %s\n",
		(jb + jp) / (gb + gp), gm / jm, "'"$GO_ROOT"'" }'
