#!/usr/bin/env node
// Generates the Sign-In with Ethereum (EIP-4361) fixtures for internal/auth
// with ethers v6:
//
//   internal/auth/testdata/siwe.json
//
// Every message is assembled here from the EIP-4361 text layout (buildMessage
// below, written from the spec's ABNF, independently of the Go code) and
// signed with ethers' wallet.signMessage (EIP-191 personal_sign). The file
// holds two lists:
//
//   valid    messages the Go verifier must parse and accept at `verifyAt`,
//            with the fields it must read back (as the strings written here);
//   invalid  correctly signed texts the Go verifier must refuse, with the
//            class of error it must give ("malformed" or "signature").
//
// Signing is deterministic (RFC 6979), so rerunning the script reproduces the
// file byte for byte; the Go tests check that.
//
// Usage (from the repository root, after `npm ci`):
//   node scripts/siwe-fixtures.mjs               # writes internal/auth/testdata
//   node scripts/siwe-fixtures.mjs --out <dir>   # writes <dir> instead

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Wallet, getAddress, verifyMessage, version as ethersVersion } from "ethers";

// Hardhat / Anvil development keys 0 and 1 (public knowledge; never fund them).
const KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const OTHER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

const HEADER_SUFFIX = " wants you to sign in with your Ethereum account:";

// buildMessage renders EIP-4361's message layout:
//
//   [ scheme "://" ] domain " wants you to sign in with your Ethereum account:" LF
//   address LF
//   LF
//   [ statement LF ]
//   LF
//   "URI: " uri LF
//   "Version: " version LF
//   "Chain ID: " chain-id LF
//   "Nonce: " nonce LF
//   "Issued At: " issued-at
//   [ LF "Expiration Time: " expiration-time ]
//   [ LF "Not Before: " not-before ]
//   [ LF "Request ID: " request-id ]
//   [ LF "Resources:" *( LF "- " URI ) ]
//
// Field values are written verbatim (times as RFC 3339 strings), so a case can
// use representations a canonical renderer would not produce.
export function buildMessage(f) {
  const lines = [`${f.scheme ? f.scheme + "://" : ""}${f.domain}${HEADER_SUFFIX}`, f.address, ""];
  if (f.statement !== undefined) lines.push(f.statement);
  lines.push("");
  lines.push(`URI: ${f.uri}`);
  lines.push(`Version: ${f.version}`);
  lines.push(`Chain ID: ${f.chainId}`);
  lines.push(`Nonce: ${f.nonce}`);
  lines.push(`Issued At: ${f.issuedAt}`);
  if (f.expirationTime !== undefined) lines.push(`Expiration Time: ${f.expirationTime}`);
  if (f.notBefore !== undefined) lines.push(`Not Before: ${f.notBefore}`);
  if (f.requestId !== undefined) lines.push(`Request ID: ${f.requestId}`);
  if (f.resources !== undefined) {
    lines.push("Resources:");
    for (const r of f.resources) lines.push(`- ${r}`);
  }
  return lines.join("\n");
}

const BASE = {
  domain: "tribe.example",
  address: ADDRESS,
  uri: "https://tribe.example/login",
  version: "1",
  chainId: 1,
  nonce: "abcdefgh", // exactly the minimum of 8 alphanumerics
  issuedAt: "2025-06-01T12:00:00Z",
};

// Messages the verifier must accept at verifyAt, with Expect built from
// expectDomain / expectUri (defaulting to the message's) and chainId.
const VALID = [
  {
    label: "minimal: no statement, no optional fields",
    fields: { ...BASE },
    verifyAt: "2025-06-01T12:01:00Z",
  },
  {
    label: "statement and expiration, millisecond times as Date.toISOString writes them",
    fields: {
      ...BASE,
      statement: "Sign in to Tribe to see and claim your rewards.",
      chainId: 8453,
      nonce: "Zx3q9TgB7LmP2wKd8YvR4sNc6HjF1aUe",
      issuedAt: "2025-06-01T12:00:00.000Z",
      expirationTime: "2025-06-01T12:10:00.000Z",
    },
    verifyAt: "2025-06-01T12:05:00Z",
  },
  {
    label: "every field: scheme, reserved characters in the statement, not-before, request id, resources",
    fields: {
      ...BASE,
      scheme: "https",
      domain: "app.tribe.example:8443",
      statement: "I accept the Terms of Service: https://tribe.example/tos?v=2#s1 (it's [fine]!) $&*+,;=@~_.-",
      uri: "https://app.tribe.example:8443/login?next=%2Frewards",
      chainId: 10,
      nonce: "32891756",
      issuedAt: "2025-06-01T12:00:00Z",
      expirationTime: "2025-06-02T12:00:00Z",
      notBefore: "2025-06-01T11:59:00Z",
      requestId: "req-42_x~y:z@w!$&'()*+,;=%20",
      resources: [
        "ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/",
        "https://tribe.example/credentials/1",
      ],
    },
    expectDomain: "app.tribe.example:8443",
    expectUri: "https://app.tribe.example:8443",
    verifyAt: "2025-06-01T12:00:30Z",
  },
  {
    label: "resources without statement, localhost with port, dev chain",
    fields: {
      ...BASE,
      domain: "localhost:3000",
      uri: "http://localhost:3000",
      chainId: 31337,
      nonce: "q1w2e3r4t5y6u7i8",
      issuedAt: "2025-06-01T12:00:00Z",
      resources: ["https://tribe.example/terms"],
    },
    verifyAt: "2025-06-01T12:00:00Z",
  },
  {
    label: "time zone offset and fractional seconds with a trailing zero (not the canonical rendering)",
    fields: {
      ...BASE,
      statement: "Sign in to Tribe.",
      chainId: 8453,
      nonce: "ABCDEFGHJKLMNPQRSTUVWXYZ23",
      issuedAt: "2025-06-01T14:00:00.120+02:00",
      expirationTime: "2025-06-01T09:30:00-03:00",
    },
    verifyAt: "2025-06-01T12:00:01Z",
  },
  {
    label: "not-before and request id without expiration, IPv4 host",
    fields: {
      ...BASE,
      domain: "127.0.0.1:8080",
      uri: "http://127.0.0.1:8080/",
      chainId: 11155111,
      nonce: "n0nceN0NCEn0nce0",
      issuedAt: "2025-06-01T12:00:00Z",
      notBefore: "2025-06-01T12:00:00Z",
      requestId: "0f6b6f2e-3a0c-4f37-9c1e-5d7c2b3e1a90",
    },
    verifyAt: "2025-06-01T12:09:59Z",
  },
];

// Correctly signed texts that are not acceptable messages (malformed) or
// whose signer is not the address the message names (signature).
const INVALID = [
  {
    label: "signed by another key",
    text: buildMessage({ ...BASE, statement: "Sign in to Tribe." }),
    key: OTHER_KEY,
    error: "signature",
  },
  {
    label: "lowercase (non-checksummed) address",
    text: buildMessage({ ...BASE, address: ADDRESS.toLowerCase() }),
    error: "malformed",
  },
  {
    label: "uppercase hex address",
    text: buildMessage({ ...BASE, address: "0x" + ADDRESS.slice(2).toUpperCase() }),
    error: "malformed",
  },
  {
    label: "nonce too short (7 characters)",
    text: buildMessage({ ...BASE, nonce: "abcdefg" }),
    error: "malformed",
  },
  {
    label: "nonce with a non-alphanumeric character",
    text: buildMessage({ ...BASE, nonce: "abcd-efgh" }),
    error: "malformed",
  },
  {
    label: "trailing newline",
    text: buildMessage(BASE) + "\n",
    error: "malformed",
  },
  {
    label: "extra trailing line",
    text: buildMessage(BASE) + "\nExtra: field",
    error: "malformed",
  },
  {
    label: "CRLF line endings",
    text: buildMessage(BASE).replaceAll("\n", "\r\n"),
    error: "malformed",
  },
  {
    label: "version 2",
    text: buildMessage({ ...BASE, version: "2" }),
    error: "malformed",
  },
  {
    label: "missing nonce line",
    text: buildMessage(BASE).replace("\nNonce: abcdefgh", ""),
    error: "malformed",
  },
  {
    label: "optional fields out of order",
    text: buildMessage({ ...BASE, requestId: "r1" }) + "\nExpiration Time: 2025-06-01T13:00:00Z",
    error: "malformed",
  },
  {
    label: "issued-at not RFC 3339 (Date.toString)",
    text: buildMessage({ ...BASE, issuedAt: "Sun Jun 01 2025 12:00:00 GMT+0000" }),
    error: "malformed",
  },
];

async function main() {
  const args = process.argv.slice(2);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  let out = join(root, "internal", "auth", "testdata");
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out" && i + 1 < args.length) out = resolve(args[++i]);
    else throw new Error(`usage: node scripts/siwe-fixtures.mjs [--out <dir>] (got ${args[i]})`);
  }

  const wallet = new Wallet(KEY);
  if (wallet.address !== ADDRESS || getAddress(ADDRESS) !== ADDRESS) throw new Error("unexpected Hardhat address");

  const valid = [];
  for (const c of VALID) {
    const message = buildMessage(c.fields);
    const signature = await wallet.signMessage(message);
    if (verifyMessage(message, signature) !== ADDRESS) throw new Error(`${c.label}: recover mismatch`);
    valid.push({
      label: c.label,
      message,
      signature,
      fields: {
        scheme: c.fields.scheme ?? "",
        domain: c.fields.domain,
        address: c.fields.address,
        statement: c.fields.statement ?? "",
        uri: c.fields.uri,
        version: c.fields.version,
        chainId: c.fields.chainId,
        nonce: c.fields.nonce,
        issuedAt: c.fields.issuedAt,
        expirationTime: c.fields.expirationTime ?? null,
        notBefore: c.fields.notBefore ?? null,
        requestId: c.fields.requestId ?? "",
        resources: c.fields.resources ?? [],
      },
      expect: {
        domain: c.expectDomain ?? c.fields.domain,
        uri: c.expectUri ?? c.fields.uri,
        chainId: c.fields.chainId,
      },
      verifyAt: c.verifyAt,
    });
  }

  const invalid = [];
  for (const c of INVALID) {
    const signer = new Wallet(c.key ?? KEY);
    const signature = await signer.signMessage(c.text);
    if (verifyMessage(c.text, signature) !== signer.address) throw new Error(`${c.label}: recover mismatch`);
    invalid.push({ label: c.label, message: c.text, signature, signer: signer.address, error: c.error });
  }

  const file = {
    generator: "scripts/siwe-fixtures.mjs",
    ethers: ethersVersion,
    privateKey: KEY,
    address: ADDRESS,
    valid,
    invalid,
  };
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "siwe.json"), JSON.stringify(file, null, 2) + "\n");
  console.error(`wrote ${valid.length} valid and ${invalid.length} invalid SIWE messages to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
