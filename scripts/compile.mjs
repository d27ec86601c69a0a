// Compiles contracts/ with the solc version pinned in package-lock.json and writes, for every contract,
// contracts/out/<Name>.abi and contracts/out/<Name>.bin, plus contracts/out/build-info.json with the
// compiler version and settings. Source unit names are repository-relative ("contracts/...",
// "@openzeppelin/..."), so metadata and bytecode do not depend on where the checkout lives.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const solc = require('solc');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'contracts', 'out');

// Keep in step with the README ("Contracts") — changing any of these changes every bytecode and gas figure.
const settings = {
  evmVersion: 'cancun',
  viaIR: true,
  optimizer: { enabled: true, runs: 10000 },
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'out' ? [] : walk(p);
    return e.name.endsWith('.sol') ? [p] : [];
  });
}

const sources = {};
for (const file of walk(path.join(root, 'contracts')).sort()) {
  sources[path.relative(root, file).split(path.sep).join('/')] = { content: fs.readFileSync(file, 'utf8') };
}

function findImports(name) {
  const file = path.join(root, 'node_modules', name);
  if (!name.startsWith('@openzeppelin/') || !fs.existsSync(file)) return { error: `not found: ${name}` };
  return { contents: fs.readFileSync(file, 'utf8') };
}

const output = JSON.parse(
  solc.compile(JSON.stringify({ language: 'Solidity', sources, settings }), { import: findImports }),
);
const errors = (output.errors || []).filter((e) => e.severity === 'error');
// Print errors, and warnings about our own sources; OpenZeppelin's (its transient-storage notice) are known.
for (const e of output.errors || []) {
  if (e.severity === 'error' || e.sourceLocation?.file?.startsWith('contracts/')) console.error(e.formattedMessage);
}
if (errors.length) process.exit(1);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const contracts = [];
for (const [unit, byName] of Object.entries(output.contracts)) {
  if (!unit.startsWith('contracts/')) continue;
  for (const [name, c] of Object.entries(byName)) {
    if (!c.evm.bytecode.object) continue; // interfaces
    fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object + '\n');
    contracts.push({
      name,
      source: unit,
      initcodeBytes: c.evm.bytecode.object.length / 2,
      runtimeBytes: c.evm.deployedBytecode.object.length / 2,
    });
  }
}
const info = { compiler: solc.version(), settings: { ...settings, outputSelection: undefined }, contracts };
fs.writeFileSync(path.join(outDir, 'build-info.json'), JSON.stringify(info, null, 2) + '\n');
for (const c of contracts) console.log(`${c.name.padEnd(22)} runtime ${c.runtimeBytes} bytes`);
