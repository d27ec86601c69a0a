#!/usr/bin/env node
// Recovers the signers of EIP-712 Voucher / CreateToken signatures with
// ethers v6 verifyTypedData. Used by internal/voucher's Go tests to prove that
// signatures made in Go verify in ethers.
//
// Usage: node scripts/voucher-verify.mjs <file.json>
//
// Input:
//   { "vouchers":     [{ "chainId": "1", "verifyingContract": "0x..", "message": {..}, "signature": "0x.." }],
//     "createTokens": [ same shape, message is a CreateToken ] }
//   uint256 fields are decimal strings.
// Output (stdout), one entry per input entry, in order:
//   { "vouchers": [{ "address": "0x.." } | { "error": "..." }], "createTokens": [...] }

import { readFileSync } from "node:fs";
import { verifyTypedData } from "ethers";
import {
  CREATE_TOKEN_TYPES,
  DOMAIN_VERSION,
  FACTORY_DOMAIN_NAME,
  REWARDS_DOMAIN_NAME,
  VOUCHER_TYPES,
} from "./voucher-fixtures.mjs";

function verifyAll(entries, name, types) {
  return (entries ?? []).map((e) => {
    try {
      const domain = {
        name,
        version: DOMAIN_VERSION,
        chainId: BigInt(e.chainId),
        verifyingContract: e.verifyingContract,
      };
      return { address: verifyTypedData(domain, types, e.message, e.signature) };
    } catch (err) {
      return { error: String(err?.shortMessage ?? err?.message ?? err) };
    }
  });
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/voucher-verify.mjs <file.json>");
  process.exit(2);
}
const input = JSON.parse(readFileSync(file, "utf8"));
const output = {
  vouchers: verifyAll(input.vouchers, REWARDS_DOMAIN_NAME, VOUCHER_TYPES),
  createTokens: verifyAll(input.createTokens, FACTORY_DOMAIN_NAME, CREATE_TOKEN_TYPES),
};
process.stdout.write(JSON.stringify(output) + "\n");
