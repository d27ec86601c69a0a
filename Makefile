# tribe — see README.md. Every target works on a fresh clone after `npm ci` (make deps does it).
GO      ?= go
PKGS    ?= ./...

.PHONY: all deps generate check-generate build test e2e-geth test-race gas lint bench bench-go bench-merkle bench-awards fuzz reliability run clean web check-web e2e-web sdk check-sdk test-sdk

all: build

## deps: install the pinned Node toolchain (solc, OpenZeppelin, and the test-only reference libraries)
deps: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json sdk/package.json
	npm ci --no-audit --no-fund

## generate: compile contracts/ with the pinned solc and regenerate bindings/ with the pinned abigen
generate: deps
	bash scripts/generate.sh

## check-generate: fail if the committed artifacts and bindings differ from what generate produces
check-generate: generate
	@git diff --exit-code -- contracts/out bindings || { echo "generated files are stale: run make generate and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- contracts/out bindings)" || { git status --porcelain -- contracts/out bindings; echo "untracked generated files: run make generate and commit"; exit 1; }

## web: bundle the web app (web/) with the pinned esbuild into internal/web/dist (committed, embedded by tribed)
web: deps
	node web/build.mjs

## check-web: fail if the committed web bundle differs from what web produces
check-web: web
	@git diff --exit-code -- internal/web/dist || { echo "web bundle is stale: run make web and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- internal/web/dist)" || { git status --porcelain -- internal/web/dist; echo "untracked web bundle files: run make web and commit"; exit 1; }

## sdk: regenerate the TypeScript SDK's API types (sdk/src/schema.ts, from internal/api/openapi.yaml) and compile it to sdk/dist (both committed)
sdk: deps
	node sdk/scripts/generate.mjs
	cd sdk && ../node_modules/.bin/tsc -p tsconfig.json

## check-sdk: fail if the committed SDK types or sdk/dist differ from what sdk produces
check-sdk: sdk
	cd sdk && ../node_modules/.bin/tsc -p test/tsconfig.json
	@git diff --exit-code -- sdk/src/schema.ts sdk/dist || { echo "SDK is stale: run make sdk and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- sdk/src/schema.ts sdk/dist)" || { git status --porcelain -- sdk/src/schema.ts sdk/dist; echo "untracked SDK files: run make sdk and commit"; exit 1; }

## test-sdk: the SDK's tests (node:test) against a real tribed --dev
test-sdk: deps
	bash scripts/sdk-test.sh

## e2e-web: the web app in headless Chromium against tribed --dev (screenshots into .cache/screenshots/)
e2e-web: deps
	bash scripts/web-e2e.sh

build:
	$(GO) build $(PKGS)

## test: every test (Node reference implementations included, hence deps), then the end-to-end run against
## a real geth --dev node claimed by an independent ethers client (builds geth v1.16.9 once into .cache/), the browser
## test, and the TypeScript SDK's tests against tribed --dev
test: deps
	$(GO) test -count=1 $(PKGS)
	bash scripts/fuzz.sh --time 5s
	bash scripts/reliability/durability.sh --fsync always
	bash scripts/e2e-geth.sh
	bash scripts/web-e2e.sh
	bash scripts/sdk-test.sh

## fuzz: every Go fuzz target for a bounded time each (FUZZTIME, default 10s)
fuzz:
	bash scripts/fuzz.sh --time $(or $(FUZZTIME),10s)

## reliability: kill -9 Redis under load (always, then everysec), then three replicas on a Redis Cluster
reliability: deps
	bash scripts/reliability/durability.sh --fsync always,everysec
	bash scripts/reliability/cluster.sh

## e2e-geth: only the end-to-end run against geth --dev
e2e-geth: deps
	bash scripts/e2e-geth.sh

## test-race: every test under the race detector
test-race: deps
	$(GO) test -race -count=1 $(PKGS)

## gas: the gas table (full transaction gas per operation), one line per figure
gas:
	@$(GO) test -count=1 -run '^TestGas$$' -v ./contracts/ | grep '^gas '

## lint: formatting and vet
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bindings/')); test -z "$$out" || { echo "gofmt needed:"; echo "$$out"; exit 1; }
	$(GO) vet $(PKGS)

## run: tribed --dev — embedded chain (JSON-RPC on 127.0.0.1:8545), embedded Redis, API on 127.0.0.1:8080
run:
	$(GO) run ./cmd/tribed --dev $(ARGS)

## bench: every benchmark, each against a reference measured in the same run (tens of minutes; README "Benchmarks")
bench: bench-go bench-merkle bench-awards

## bench-go: Go benchmarks of the hot paths (Merkle, voucher signing, ledger, in-process awards, a 1M-account epoch)
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/merkle/ ./internal/voucher/ ./internal/ledger/ ./internal/api/
	$(GO) test -run '^$$' -bench Epoch -benchtime=1x ./internal/settle/ -args -settle.accounts=1000000

## bench-merkle: 1,000,000 leaves, root + every proof, Go against @openzeppelin/merkle-tree (time, peak memory)
bench-merkle: deps
	bash scripts/bench-merkle.sh

## bench-awards: awards over HTTP against redis-benchmark on the same Redis, appendfsync everysec then always
bench-awards:
	bash scripts/bench-awards.sh --fsync everysec
	bash scripts/bench-awards.sh --fsync always

clean:
	rm -rf bin node_modules
