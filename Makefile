# tribe — see README.md. Every target works on a fresh clone after `npm ci` (make deps does it).
GO      ?= go
PKGS    ?= ./...

.PHONY: all deps generate check-generate build test e2e-geth test-race gas lint bench run clean web check-web e2e-web

all: build

## deps: install the pinned Node toolchain (solc, OpenZeppelin, and the test-only reference libraries)
deps: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
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

## e2e-web: the web app in headless Chromium against tribed --dev (screenshots into .cache/screenshots/)
e2e-web: deps
	bash scripts/web-e2e.sh

build:
	$(GO) build $(PKGS)

## test: every test (Node reference implementations included, hence deps), then the end-to-end run against
## a real geth --dev node claimed by an independent ethers client (builds geth v1.16.9 once into .cache/)
test: deps
	$(GO) test -count=1 $(PKGS)
	bash scripts/e2e-geth.sh
	bash scripts/web-e2e.sh

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

## bench: Go benchmarks of the hot paths (Merkle tree, voucher signing)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/merkle/ ./internal/voucher/

clean:
	rm -rf bin node_modules
