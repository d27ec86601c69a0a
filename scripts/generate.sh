#!/usr/bin/env bash
# Regenerates everything derived from contracts/: the solc artifacts in contracts/out/ and the abigen v2
# bindings in bindings/ (production contracts) and bindings/mocks/ (test-only contracts).
# CI runs it and fails if the committed files differ.
set -euo pipefail
cd "$(dirname "$0")/.."

node scripts/compile.mjs

bind() { # <Contract> <package dir> [abigen --alias value]
  local name=$1 dir=$2 alias=${3:-} file
  file=$(printf '%s' "$name" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
  mkdir -p "$dir"
  go tool abigen --v2 --abi "contracts/out/$name.abi" --bin "contracts/out/$name.bin" \
    --pkg "$(basename "$dir")" --type "$name" --out "$dir/$file.go" ${alias:+--alias "$alias"}
}

rm -f bindings/*.go bindings/mocks/*.go
# abigen v2 names the result struct of eip712Domain() Eip712DomainOutput in every file of a package; the
# aliases give each contract its own (FactoryEip712DomainOutput, DistributorEip712DomainOutput).
bind CreatorToken bindings
bind CreatorTokenFactory bindings eip712Domain=factoryEip712Domain
bind RewardsDistributor bindings eip712Domain=distributorEip712Domain
bind WalletSigValidator bindings
for c in MockERC20 MockFeeToken ReentrantToken MockERC1271Wallet MockWalletFactory GasGuzzler; do bind "$c" bindings/mocks; done
