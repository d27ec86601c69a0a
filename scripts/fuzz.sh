#!/usr/bin/env bash
# Runs every Go fuzz target of the module for a bounded time each (default 10s), one
# `go test -run '^$' -fuzz '^Name$' -fuzztime T ./pkg` per target, stopping at the first failure.
#
#   scripts/fuzz.sh                  # every target, 10s each
#   scripts/fuzz.sh --time 30s       # longer
#   scripts/fuzz.sh --list           # print the targets and exit
#   scripts/fuzz.sh Amount Verify    # only targets whose name matches one of these (grep -E) patterns
#
# Seed corpora (f.Add plus testdata/fuzz/<Name>/ files) also run in plain `go test`. A failing input is
# written by go test to <pkg>/testdata/fuzz/<Name>/<hash>: keep it (commit it) once the bug is fixed, so it
# stays a regression test. Tests that need Redis start their own redis-server (see internal/ledger/ledgertest).
set -euo pipefail

cd "$(dirname "$0")/.."

fuzztime=10s
list=0
patterns=()
while [ $# -gt 0 ]; do
	case "$1" in
	--time) fuzztime="$2"; shift 2 ;;
	--time=*) fuzztime="${1#--time=}"; shift ;;
	--list) list=1; shift ;;
	-h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	-*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
	*) patterns+=("$1"); shift ;;
	esac
done

# Every "func FuzzX(f *testing.F)" in a _test.go file, as "./pkg FuzzX".
mapfile -t targets < <(
	grep -rHoE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]+\(' --exclude-dir=node_modules --exclude-dir=.cache . |
		sed -E 's|^(.*)/[^/]+_test\.go:func (Fuzz[A-Za-z0-9_]+)\($|\1 \2|' | sort
)
if [ ${#patterns[@]} -gt 0 ]; then
	re=$(IFS='|'; echo "${patterns[*]}")
	mapfile -t targets < <(printf '%s\n' "${targets[@]}" | grep -E " .*(${re})" || true)
fi
if [ ${#targets[@]} -eq 0 ]; then
	echo "fuzz.sh: no fuzz targets" >&2
	exit 1
fi
if [ $list -eq 1 ]; then
	printf '%s\n' "${targets[@]}"
	exit 0
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
summary=()
start=$SECONDS
for t in "${targets[@]}"; do
	pkg=${t% *}
	name=${t#* }
	t0=$SECONDS
	echo "== $name ($pkg, $fuzztime)"
	ok=0
	for attempt in 1 2; do
		before=$(ls "$pkg/testdata/fuzz/$name" 2>/dev/null | sort || true)
		if go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" >"$log" 2>&1; then
			ok=1
			break
		fi
		# Go ≤ 1.26's fuzz coordinator can report a bare "context deadline exceeded" when -fuzztime ends while a
		# worker is mid-call (golang/go#75804, fixed in Go 1.27): no input failed and none was written. Run such
		# a target once more; a real failure (a written input, a panic, a t.Error) is never retried.
		after=$(ls "$pkg/testdata/fuzz/$name" 2>/dev/null | sort || true)
		if [ $attempt -eq 1 ] && [ "$before" = "$after" ] && grep -q '^    context deadline exceeded$' "$log" &&
			! grep -qE 'Failing input written|panic:|_test\.go:[0-9]+:' "$log"; then
			echo "   (the Go fuzz coordinator's deadline race, golang/go#75804, no failing input: running it again)"
			continue
		fi
		break
	done
	if [ $ok -eq 0 ]; then
		cat "$log"
		echo
		echo "FAIL: $name in $pkg; the failing input is under $pkg/testdata/fuzz/$name/ (rerun it with"
		echo "      go test -run '^${name}\$' $pkg)"
		exit 1
	fi
	execs=$(grep -oE 'execs: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
	summary+=("$(printf '%-40s %-22s %10s execs %4ss' "$name" "$pkg" "$execs" $((SECONDS - t0)))")
done
echo
echo "fuzz targets: ${#targets[@]}, ${fuzztime} each, $((SECONDS - start))s in all — all passed"
printf '  %s\n' "${summary[@]}"
