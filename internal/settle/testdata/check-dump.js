// Loads each StandardMerkleTree dump named on the command line with @openzeppelin/merkle-tree's
// StandardMerkleTree.load and prints, as JSON, its root and every value with its proof.
// Run from the repository (node_modules is found by walking up from this file).
const fs = require('fs');
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

const out = [];
for (const path of process.argv.slice(2)) {
  const tree = StandardMerkleTree.load(JSON.parse(fs.readFileSync(path, 'utf8')));
  const values = [];
  for (const [i, value] of tree.entries()) {
    values.push({ value, proof: tree.getProof(i) });
  }
  out.push({ root: tree.root, values });
}
process.stdout.write(JSON.stringify(out));
