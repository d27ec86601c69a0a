#!/usr/bin/env node
// Generates the reference fixtures for internal/merkle from the JavaScript
// library the contracts' tooling uses: @openzeppelin/merkle-tree's
// StandardMerkleTree with leaf encoding ["address", "address", "uint256"].
//
//   node scripts/merkle-fixtures.mjs        (run from the repository root)
//
// Output: internal/merkle/testdata/tree-<n>.json for n in SIZES, and
// internal/merkle/testdata/tree-lowercase-<n>.json, each holding
//
//   { "leaves": [[account, token, amount], ...],   // the values given to .of()
//     "root":   "0x..",                            // tree.root
//     "proofs": [[...], ...],                      // tree.getProof(i) for every input index i
//     "dump":   { ...tree.dump() } }
//
// The output is deterministic: all randomness comes from a seeded PRNG, so
// running the script twice writes byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import merkleTree from '@openzeppelin/merkle-tree';
import { getAddress } from 'ethers';

const { StandardMerkleTree } = merkleTree;

const ENCODING = ['address', 'address', 'uint256'];
const SIZES = [1, 2, 3, 7, 16, 33, 100, 1000];
const LOWERCASE_SIZE = 50;
const MAX_UINT256 = (1n << 256n) - 1n;

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'internal', 'merkle', 'testdata');

// sfc32: small, fast, seedable 32-bit PRNG (no Math.random anywhere).
function sfc32(a, b, c, d) {
  return function next() {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

function makeRng(seed) {
  const next = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0);
  for (let i = 0; i < 20; i++) next(); // warm up
  const int = n => next() % n; // bias is irrelevant for fixtures
  const hex = bytes => {
    let s = '';
    for (let i = 0; i < bytes; i++) s += (next() & 0xff).toString(16).padStart(2, '0');
    return s;
  };
  const bigint = bits => BigInt('0x' + hex(Math.ceil(bits / 8))) & ((1n << BigInt(bits)) - 1n);
  return { int, hex, bigint };
}

// Renders a 20-byte address (40 lowercase hex digits) in one of several cases.
// The JS library never checks EIP-55 checksums, so all of these are valid input.
function renderAddress(rng, hex40, style) {
  switch (style) {
    case 'checksum':
      return getAddress('0x' + hex40);
    case 'lower':
      return '0x' + hex40;
    case 'upper':
      return '0x' + hex40.toUpperCase();
    default: {
      // random per-character case: almost never a valid checksum
      let s = '0x';
      for (const ch of hex40) s += rng.int(2) ? ch.toUpperCase() : ch;
      return s;
    }
  }
}

function randomAmount(rng) {
  switch (rng.int(10)) {
    case 0: return 0n;
    case 1: return 1n;
    case 2: return MAX_UINT256;
    case 3: return MAX_UINT256 - BigInt(rng.int(1000));
    case 4: return 1n << 255n;
    case 5: return rng.bigint(256);
    case 6: return rng.bigint(64);
    case 7: return BigInt(rng.int(1_000_000)) * 10n ** 18n;
    default: return rng.bigint(128);
  }
}

// Builds n leaves. Accounts are drawn from a pool smaller than n, and tokens
// from a pool of 3, so the same account appears with several tokens (and, for
// larger n, the same (account, token) pair appears more than once). For n >= 33
// one value is repeated verbatim: equal leaf hashes exercise the library's
// stable sort (ties keep input order), which fixes each duplicate's proof.
function makeLeaves(n, seed, { lowercase = false } = {}) {
  const rng = makeRng(seed);
  const accountPool = Array.from({ length: Math.max(1, Math.ceil(n * 0.6)) }, () => rng.hex(20));
  const tokenPool = Array.from({ length: 3 }, () => rng.hex(20));
  tokenPool[2] = '00000000000000000000000000000000000000' + rng.hex(1); // a tiny address, leading zeros
  const styles = ['checksum', 'lower', 'upper', 'mixed'];
  const leaves = [];
  for (let i = 0; i < n; i++) {
    const style = lowercase ? 'lower' : styles[rng.int(styles.length)];
    const account = renderAddress(rng, accountPool[rng.int(accountPool.length)], style);
    const token = renderAddress(rng, tokenPool[rng.int(tokenPool.length)], lowercase ? 'lower' : styles[rng.int(styles.length)]);
    const amount = randomAmount(rng);
    let rendered = amount.toString(10);
    if (lowercase) {
      // The library also accepts 0x-hex strings and (safe) JS numbers for
      // uint256; a dump written from such values must still load in Go.
      const k = rng.int(3);
      if (k === 1) rendered = '0x' + amount.toString(16);
      if (k === 2) rendered = Number(amount % 1_000_000_000n);
    }
    leaves.push([account, token, rendered]);
  }
  if (n >= 33) {
    leaves[n - 1] = [...leaves[n >> 1]]; // exact duplicate value
  }
  if (n >= 3) {
    // Pin the edge amounts so every larger fixture contains them.
    leaves[0][2] = lowercase ? 0 : '0';
    leaves[1][2] = lowercase ? '0x1' : '1';
    leaves[2][2] = MAX_UINT256.toString(10);
  }
  return leaves;
}

function fixture(leaves) {
  const tree = StandardMerkleTree.of(leaves, ENCODING);
  const proofs = leaves.map((_, i) => tree.getProof(i));
  const dump = tree.dump();
  // Self-checks: the dump reloads to the same root and every proof verifies.
  const loaded = StandardMerkleTree.load(JSON.parse(JSON.stringify(dump)));
  if (loaded.root !== tree.root) throw new Error('reloaded root differs');
  leaves.forEach((leaf, i) => {
    if (!StandardMerkleTree.verify(tree.root, ENCODING, leaf, proofs[i])) throw new Error(`proof ${i} does not verify`);
  });
  return { leaves, root: tree.root, proofs, dump };
}

function write(name, data) {
  const path = join(outDir, name);
  writeFileSync(path, JSON.stringify(data) + '\n');
  console.log(`${path}: ${data.leaves.length} leaves, root ${data.root}`);
}

mkdirSync(outDir, { recursive: true });
for (const n of SIZES) {
  write(`tree-${n}.json`, fixture(makeLeaves(n, 1000 + n)));
}
write(`tree-lowercase-${LOWERCASE_SIZE}.json`, fixture(makeLeaves(LOWERCASE_SIZE, 7, { lowercase: true })));

// The zero-leaf case: the library refuses to build a tree, and Go's New must
// return an error too. Fail loudly if a library upgrade changes that.
try {
  StandardMerkleTree.of([], ENCODING);
  throw new Error('StandardMerkleTree.of([]) unexpectedly succeeded');
} catch (err) {
  if (!/non-zero number of leaves/.test(err.message)) throw err;
}
