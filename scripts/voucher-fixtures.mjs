#!/usr/bin/env node
// Generates the EIP-712 reference fixtures for internal/voucher with ethers v6:
//
//   internal/voucher/testdata/vouchers.json      Voucher (RewardsDistributor)
//   internal/voucher/testdata/create_token.json  CreateToken (CreatorTokenFactory)
//
// For every case it records the domain separator, struct hash and digest
// computed by ethers' TypedDataEncoder, and the signature from
// wallet.signTypedData. Everything is deterministic (fixed keys, RFC 6979
// nonces), so rerunning the script reproduces the files byte for byte; the Go
// tests check that.
//
// Usage (from the repository root, after `npm ci`):
//   node scripts/voucher-fixtures.mjs               # writes internal/voucher/testdata
//   node scripts/voucher-fixtures.mjs --out <dir>   # writes <dir> instead

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  Signature,
  TypedDataEncoder,
  Wallet,
  getAddress,
  id,
  keccak256,
  recoverAddress,
  toUtf8Bytes,
  version as ethersVersion,
} from "ethers";

// --- the two signed types; keep in sync with internal/voucher and the contracts.
export const VOUCHER_TYPES = {
  Voucher: [
    { name: "account", type: "address" },
    { name: "token", type: "address" },
    { name: "cumulativeAmount", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
};
export const CREATE_TOKEN_TYPES = {
  CreateToken: [
    { name: "creator", type: "address" },
    { name: "name", type: "string" },
    { name: "symbol", type: "string" },
    { name: "maxSupply", type: "uint256" },
    { name: "creatorAllocation", type: "uint256" },
    { name: "salt", type: "bytes32" },
    { name: "deadline", type: "uint256" },
  ],
};
export const REWARDS_DOMAIN_NAME = "TribeRewards";
export const FACTORY_DOMAIN_NAME = "TribeTokenFactory";
export const DOMAIN_VERSION = "1";

const MAX_UINT256 = (1n << 256n) - 1n;

// Hardhat / Anvil development keys 0 and 1 (public knowledge; never fund them).
const KEYS = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
];

// (chainId, contract) pairs: mainnet, a local dev chain, Base. The local chain
// uses the zero address and Base the all-ones address to cover the extremes.
const DISTRIBUTORS = [
  { chainId: 1n, verifyingContract: "0x5FbDB2315678afecb367f032d93F642f64180aa3" },
  { chainId: 1337n, verifyingContract: "0x0000000000000000000000000000000000000000" },
  { chainId: 8453n, verifyingContract: "0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF" },
];
const FACTORIES = [
  { chainId: 1n, verifyingContract: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" },
  { chainId: 1337n, verifyingContract: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0" },
  { chainId: 8453n, verifyingContract: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9" },
];

const VOUCHERS = [
  {
    label: "zero amount, zero deadline",
    account: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    token: "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
    cumulativeAmount: 0n,
    deadline: 0n,
  },
  {
    label: "amount 1, deadline 1",
    account: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    token: "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
    cumulativeAmount: 1n,
    deadline: 1n,
  },
  {
    label: "typical 18-decimal amount",
    account: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
    token: "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707",
    cumulativeAmount: 123456789012345678901n,
    deadline: 1767225600n,
  },
  {
    label: "max uint256 everywhere, extreme addresses",
    account: "0xFFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF",
    token: "0x0000000000000000000000000000000000000000",
    cumulativeAmount: MAX_UINT256,
    deadline: MAX_UINT256,
  },
  {
    label: "2^128 amount, 2^64-1 deadline",
    account: "0x0000000000000000000000000000000000000001",
    token: "0x8000000000000000000000000000000000000000",
    cumulativeAmount: 1n << 128n,
    deadline: (1n << 64n) - 1n,
  },
  {
    label: "amount with high byte set",
    account: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
    token: "0xa513E6E4b8f2a923D98304ec87F64353C4D5C853",
    cumulativeAmount: 0xff00000000000000000000000000000000000000000000000000000000000001n,
    deadline: 4102444800n,
  },
];

// creator: null means "the signing wallet" (the normal case: the creator consents).
const CREATE_TOKENS = [
  {
    label: "empty name and symbol, zero supply, zero salt",
    creator: null,
    name: "",
    symbol: "",
    maxSupply: 0n,
    creatorAllocation: 0n,
    salt: "0x" + "00".repeat(32),
    deadline: 0n,
  },
  {
    label: "one-character strings, ones",
    creator: null,
    name: "A",
    symbol: "A",
    maxSupply: 1n,
    creatorAllocation: 1n,
    salt: "0x" + "00".repeat(31) + "01",
    deadline: 1n,
  },
  {
    label: "typical token",
    creator: null,
    name: "Tribe Creator Token",
    symbol: "TRIBE",
    maxSupply: 1000000n * 10n ** 18n,
    creatorAllocation: 100000n * 10n ** 18n,
    salt: id("tribe"),
    deadline: 1767225600n,
  },
  {
    label: "unicode (multi-byte and astral), max uint256, all-ones salt",
    creator: null,
    name: "Ünïcødé Tøkén 🚀",
    symbol: "€🦄",
    maxSupply: MAX_UINT256,
    creatorAllocation: MAX_UINT256,
    salt: "0x" + "ff".repeat(32),
    deadline: MAX_UINT256,
  },
  {
    label: "long name (more than one keccak block), CJK symbol, decomposed accent (no NFC normalisation)",
    creator: null,
    name: "Long name ".repeat(20) + "Cafe\u0301",
    symbol: "日本語",
    maxSupply: 21000000n * 10n ** 8n,
    creatorAllocation: 0n,
    salt: keccak256(toUtf8Bytes("salt-2")),
    deadline: 4102444800n,
  },
  {
    label: "control characters, creator differs from signer",
    creator: "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
    name: "tab\tquote\"backslash\\newline\nnul\u0000end",
    symbol: "x\u0000",
    maxSupply: 42n,
    creatorAllocation: 41n,
    salt: "0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
    deadline: 1n << 255n,
  },
];

function domainFor(name, d) {
  return { name, version: DOMAIN_VERSION, chainId: d.chainId, verifyingContract: getAddress(d.verifyingContract) };
}

// JSON cannot hold bigints: write every uint256 as a decimal string.
function jsonify(value) {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

async function buildCases(domainName, domains, types, primaryType, messages, fillMessage) {
  const encoder = TypedDataEncoder.from(types);
  const cases = [];
  for (const key of KEYS) {
    const wallet = new Wallet(key);
    for (const d of domains) {
      const domain = domainFor(domainName, d);
      for (const m of messages) {
        const { label, ...rest } = m;
        const message = fillMessage(rest, wallet);
        const digest = TypedDataEncoder.hash(domain, types, message);
        const signature = await wallet.signTypedData(domain, types, message);
        // Sanity checks on the reference itself.
        if (recoverAddress(digest, signature) !== wallet.address) throw new Error(`${label}: recover mismatch`);
        const sig = Signature.from(signature);
        if (sig.v !== 27 && sig.v !== 28) throw new Error(`${label}: unexpected v ${sig.v}`);
        cases.push(
          jsonify({
            label: `${label} | chain ${d.chainId} | signer ${wallet.address}`,
            privateKey: key,
            signer: wallet.address,
            chainId: d.chainId,
            verifyingContract: domain.verifyingContract,
            domainSeparator: TypedDataEncoder.hashDomain(domain),
            message,
            structHash: encoder.hashStruct(primaryType, message),
            digest,
            signature,
          }),
        );
      }
    }
  }
  return {
    generator: "scripts/voucher-fixtures.mjs",
    ethers: ethersVersion,
    domainName,
    domainVersion: DOMAIN_VERSION,
    primaryType,
    encodeType: encoder.encodeType(primaryType),
    typeHash: id(encoder.encodeType(primaryType)),
    cases,
  };
}

async function main() {
  const args = process.argv.slice(2);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  let out = join(root, "internal", "voucher", "testdata");
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out" && i + 1 < args.length) out = resolve(args[++i]);
    else throw new Error(`usage: node scripts/voucher-fixtures.mjs [--out <dir>] (got ${args[i]})`);
  }

  const vouchers = await buildCases(REWARDS_DOMAIN_NAME, DISTRIBUTORS, VOUCHER_TYPES, "Voucher", VOUCHERS, (m) => ({
    ...m,
    account: getAddress(m.account),
    token: getAddress(m.token),
  }));
  const createTokens = await buildCases(
    FACTORY_DOMAIN_NAME,
    FACTORIES,
    CREATE_TOKEN_TYPES,
    "CreateToken",
    CREATE_TOKENS,
    (m, wallet) => ({ ...m, creator: getAddress(m.creator ?? wallet.address) }),
  );

  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "vouchers.json"), JSON.stringify(vouchers, null, 2) + "\n");
  writeFileSync(join(out, "create_token.json"), JSON.stringify(createTokens, null, 2) + "\n");
  console.error(`wrote ${vouchers.cases.length} vouchers and ${createTokens.cases.length} create-token requests to ${out}`);
}

// Run only when executed directly, so scripts/voucher-verify.mjs can import the types.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
