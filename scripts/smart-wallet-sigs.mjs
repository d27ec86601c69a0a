#!/usr/bin/env node
// Signs for smart-contract wallets with viem, and checks each signature with viem's own verifiers against
// a running chain, for the Go tests of internal/walletsig and internal/api (run at test time: the chain,
// and so the wallets' addresses and code, exist only while a test runs).
//
// Input (stdin, JSON):
//   { rpcUrl, chainId, keys: { <name>: <private key> }, cases: [case] }
//   case = { name, sign: "message" | "typed" | "siwe", key: <name of the signing key>,
//            address: <the wallet>,              // the account viem verifies for
//            wrap?: { factory, data },           // ERC-6492-wrap the signature with this deployment call
//            message?: <string>,                 // sign: "message"
//            typedData?: { domain, types, primaryType, message },   // sign: "typed" (eth_signTypedData_v4 shape)
//            siwe?: { domain, uri, nonce, chainId, issuedAt, expirationTime, statement? } }  // sign: "siwe"
// Output (stdout, JSON): [{ name, signature, message?, viemValid }]
//
// A contract wallet here (contracts/test/MockERC1271Wallet.sol) accepts its owner's ECDSA signature of the
// hash itself, so the signature is viem's account.sign({ hash }) of the EIP-191 (personal_sign) or EIP-712
// hash, ERC-6492-wrapped with viem's serializeErc6492Signature for a wallet not deployed yet. viemValid is
// what viem's verifyMessage / verifyTypedData / verifySiweMessage say of it on that chain.

import { createPublicClient, defineChain, hashMessage, hashTypedData, http, serializeErc6492Signature } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { createSiweMessage } from "viem/siwe";

const input = JSON.parse(await new Promise((resolve, reject) => {
  let s = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (d) => (s += d));
  process.stdin.on("end", () => resolve(s));
  process.stdin.on("error", reject);
}));

const chain = defineChain({
  id: Number(input.chainId),
  name: "tribe-test",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [input.rpcUrl] } },
});
const client = createPublicClient({ chain, transport: http(input.rpcUrl, { retryCount: 0 }) });

// typedForViem turns eth_signTypedData_v4 JSON (uint256 as decimal strings, EIP712Domain among the types)
// into what viem takes: bigint integers, the domain type derived from the domain.
function typedForViem(td) {
  const { EIP712Domain, ...types } = td.types;
  const domain = { ...td.domain };
  if (domain.chainId !== undefined) domain.chainId = BigInt(domain.chainId);
  const message = { ...td.message };
  for (const f of types[td.primaryType]) {
    if (/^u?int\d*$/.test(f.type)) message[f.name] = BigInt(message[f.name]);
  }
  return { domain, types, primaryType: td.primaryType, message };
}

const out = [];
for (const c of input.cases) {
  const account = privateKeyToAccount(input.keys[c.key]);
  let hash, message, typed;
  switch (c.sign) {
    case "message":
      message = c.message;
      hash = hashMessage(message);
      break;
    case "siwe":
      message = createSiweMessage({
        address: c.address, chainId: Number(c.siwe.chainId), domain: c.siwe.domain, nonce: c.siwe.nonce,
        uri: c.siwe.uri, version: "1", issuedAt: new Date(c.siwe.issuedAt),
        expirationTime: new Date(c.siwe.expirationTime), statement: c.siwe.statement,
      });
      hash = hashMessage(message);
      break;
    case "typed":
      typed = typedForViem(c.typedData);
      hash = hashTypedData(typed);
      break;
    default:
      throw new Error(`unknown sign ${c.sign}`);
  }
  let signature = await account.sign({ hash });
  if (c.wrap) signature = serializeErc6492Signature({ address: c.wrap.factory, data: c.wrap.data, signature });

  let viemValid;
  switch (c.sign) {
    case "message":
      viemValid = await client.verifyMessage({ address: c.address, message, signature });
      break;
    case "siwe":
      viemValid = await client.verifySiweMessage({
        message, signature, domain: c.siwe.domain, nonce: c.siwe.nonce, time: new Date(c.siwe.issuedAt),
      });
      break;
    case "typed":
      viemValid = await client.verifyTypedData({ address: c.address, ...typed, signature });
      break;
  }
  out.push({ name: c.name, signature, ...(message !== undefined ? { message } : {}), viemValid });
}
process.stdout.write(JSON.stringify(out, null, 2) + "\n");
