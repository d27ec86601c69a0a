#!/usr/bin/env node
// The JavaScript side of scripts/bench-merkle.sh: @openzeppelin/merkle-tree's StandardMerkleTree over the
// same leaves file as scripts/merklebench, with the leaf encoding tribe's contracts use, then every proof.
//
//   node scripts/bench-merkle.mjs leaves.json   → RESULT impl=js leaves=… root=… build_s=… proofs_s=…
import { readFileSync } from 'node:fs';
import merkleTree from '@openzeppelin/merkle-tree';

const { StandardMerkleTree } = merkleTree;
const values = JSON.parse(readFileSync(process.argv[2], 'utf8'));

let t = process.hrtime.bigint();
const tree = StandardMerkleTree.of(values, ['address', 'address', 'uint256']);
const built = Number(process.hrtime.bigint() - t) / 1e9;

t = process.hrtime.bigint();
let hashes = 0;
for (let i = 0; i < values.length; i++) hashes += tree.getProof(i).length;
const proved = Number(process.hrtime.bigint() - t) / 1e9;

console.log(`RESULT impl=js leaves=${values.length} root=${tree.root} build_s=${built.toFixed(3)} proofs_s=${proved.toFixed(3)} proof_hashes=${hashes}`);
