// Checks a fan's pending proof the way a fan would, with @openzeppelin/merkle-tree only:
//   node check-pending.js <claim dump> <pending dump> <pending proof (JSON)>
// The proof file is GET /v1/accounts/{a}/pending-proof/{token}'s body. Prints, as JSON, what it found.
// Run from the repository (node_modules is found by walking up from this file).
const fs = require('fs');
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

const read = (path) => JSON.parse(fs.readFileSync(path, 'utf8'));
const [claimPath, pendingPath, proofPath] = process.argv.slice(2);
const claimTree = StandardMerkleTree.load(read(claimPath));
const pendingTree = StandardMerkleTree.load(read(pendingPath));
const p = read(proofPath);
const zero = '0x0000000000000000000000000000000000000000';
const hex32 = (v) => '0x' + BigInt(v).toString(16).padStart(64, '0');

// The marker leaf: the claim tree's (0x0, 0x0, cumulative) entry; its value is the pending root.
const markers = [];
for (const [, [account, token, cumulative]] of claimTree.entries()) {
  if (BigInt(account) === 0n && BigInt(token) === 0n) markers.push(hex32(cumulative));
}
const leaf = [p.leaf.account, p.leaf.source, p.leaf.pending, p.leaf.earliest_maturity];
process.stdout.write(JSON.stringify({
  claimRoot: claimTree.root,
  pendingRoot: pendingTree.root,
  markers,
  // leaf → pending root, as the README shows it
  leafVerifies: StandardMerkleTree.verify(p.pending_root, p.leaf_encoding, leaf, p.proof),
  // marker → claim root: the served marker leaf, and the one rebuilt from the pending root
  markerVerifies: StandardMerkleTree.verify(p.root, ['address', 'address', 'uint256'], p.marker_leaf, p.marker_proof) &&
    StandardMerkleTree.verify(p.root, ['address', 'address', 'uint256'], [zero, zero, BigInt(p.pending_root)], p.marker_proof),
  // the fan's leaf is one of the dump's values
  leafInDump: [...pendingTree.entries()].some(([, v]) => v.every((x, i) => String(x).toLowerCase() === String(leaf[i]).toLowerCase())),
}));
