// The independent client of the end-to-end run (scripts/e2e-geth.sh): a wallet-side program that knows tribe
// only through its HTTP API and the public contract interface, written with ethers v6 and
// @openzeppelin/merkle-tree — no tribe code, no tribe ABI files (the ABI fragments below are written from the
// brief). It claims against a real Ethereum node (geth --dev) and checks every token that arrives.
//
// Input: E2E_STATE names a JSON file written by the script:
//   { api, rpc, token, distributor, campaign, platform_token, service,
//     fans: { fan1: {address, key_file}, fan2: {...}, fan3: {...} }, awarded: { fan1: "…", fan2: "…" } }
// Output: one line per step; exit status 1 with a message at the first mismatch.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { Contract, Interface, JsonRpcProvider, getAddress, verifyTypedData } from 'ethers';
import { siweLogin } from './siwe.mjs';
import { script, wallet as steadyWallet } from './client.mjs';

const { fail, check, sleep, secs, step, until, api: apiClient } = script('claim.mjs', Number(process.env.E2E_CLAIM_TIMEOUT || 300));

const state = JSON.parse(readFileSync(process.env.E2E_STATE || fail('E2E_STATE is not set'), 'utf8'));
for (const k of ['api', 'rpc', 'token', 'distributor', 'campaign', 'platform_token', 'service', 'fans', 'awarded']) {
  if (!state[k]) fail(`${process.env.E2E_STATE} has no "${k}"`);
}
const api = state.api.replace(/\/$/, '');

// --- the public interface, from the brief ---------------------------------------------------------------
const distributorABI = [
  'function claimWithVoucher(address account, address token, uint256 cumulativeAmount, uint256 deadline, bytes signature)',
  'function claim(address account, address token, uint256 cumulativeAmount, bytes32[] proof)',
  'function claimed(address token, address account) view returns (uint256)',
  'function activeRoot() view returns (bytes32)',
  'function epoch() view returns (uint64)',
  'function isSigner(address signer) view returns (bool)',
  'event Claimed(address indexed account, address indexed token, uint256 amount, uint256 cumulativeAmount)',
  'error NothingToClaim(address account, address token, uint256 cumulativeAmount, uint256 claimed)',
  'error InvalidProof()',
  'error NoActiveRoot()',
  'error UnknownSigner(address signer)',
  'error VoucherExpired(uint256 deadline)',
  'error PayoutLimitExceeded(address token, uint256 available, uint256 resetsAt)',
  'error ClaimsPaused()',
  'error NotMinter(address caller)',
];
const tokenABI = ['function balanceOf(address) view returns (uint256)', 'function symbol() view returns (string)'];
const iface = new Interface(distributorABI);

// --- HTTP -----------------------------------------------------------------------------------------------
const http = apiClient(api);
const getClaim = async (addr) => (await http('GET', `/v1/accounts/${addr}/claims/${state.token}`)).json;


// --- chain ----------------------------------------------------------------------------------------------
const provider = new JsonRpcProvider(state.rpc, undefined, { staticNetwork: true, pollingInterval: 250, cacheTimeout: -1 });
const distributor = new Contract(state.distributor, distributorABI, provider);
const erc20 = new Contract(state.token, tokenABI, provider);
const wallet = (name) => steadyWallet(readFileSync(state.fans[name].key_file, 'utf8').trim(), provider);

function revertReason(e) {
  const data = e?.data ?? e?.info?.error?.data ?? e?.error?.data;
  if (typeof data === 'string' && data.length >= 10) {
    try {
      const err = iface.parseError(data);
      if (err) return `${err.name}(${err.args.join(', ')})`;
    } catch { /* not one of ours */ }
  }
  return e?.shortMessage ?? e?.message ?? String(e);
}

// send submits calldata from the fan's own wallet (ethers estimates gas and fees) and waits for the receipt.
async function send(w, to, data, what) {
  let tx;
  try {
    tx = await w.sendTransaction({ to, data });
  } catch (e) {
    fail(`${what}: the node refuses the transaction: ${revertReason(e)}`);
  }
  const r = await tx.wait(1, 60_000).catch((e) => fail(`${what}: tx ${tx.hash}: ${revertReason(e)}`));
  check(r && r.status === 1, `${what}: tx ${tx.hash} failed`);
  return r;
}

// claimedEvents decodes the distributor's Claimed events of a receipt.
function claimedEvents(r) {
  return r.logs
    .filter((l) => getAddress(l.address) === getAddress(state.distributor))
    .map((l) => iface.parseLog(l))
    .filter((ev) => ev && ev.name === 'Claimed');
}

function checkClaimedEvent(r, account, amount, cumulative, what) {
  const evs = claimedEvents(r);
  check(evs.length === 1, `${what}: ${evs.length} Claimed events in tx ${r.hash}, want 1`);
  const [acc, tok, amt, cum] = evs[0].args;
  check(acc === account && tok === getAddress(state.token) && amt === amount && cum === cumulative,
    `${what}: Claimed(${acc}, ${tok}, ${amt}, ${cum}), want Claimed(${account}, ${state.token}, ${amount}, ${cumulative})`);
}

const balance = (a) => erc20.balanceOf(a);

// treeLeaves maps "account/token" to the cumulative amount of each leaf of a StandardMerkleTree dump.
const treeLeaves = (tree) => new Map([...tree.entries()].map(([, v]) => [`${getAddress(v[0])}/${getAddress(v[1])}`, BigInt(v[2])]));
const leafKey = (account) => `${getAddress(account)}/${getAddress(state.token)}`;

// --- the run --------------------------------------------------------------------------------------------
const info = (await http('GET', '/v1/info')).json;
const net = await provider.getNetwork();
check(info.chain_id === net.chainId.toString(), `/v1/info chain_id ${info.chain_id}, the node says ${net.chainId}`);
check(getAddress(info.contracts.distributor) === getAddress(state.distributor),
  `/v1/info distributor ${info.contracts.distributor}, deployment ${state.distributor}`);
const chainId = net.chainId;
const domain = { name: 'TribeRewards', version: '1', chainId, verifyingContract: getAddress(state.distributor) };
const voucherTypes = {
  Voucher: [
    { name: 'account', type: 'address' }, { name: 'token', type: 'address' },
    { name: 'cumulativeAmount', type: 'uint256' }, { name: 'deadline', type: 'uint256' },
  ],
};
step(`API ${api} serves chain ${chainId}, distributor ${info.contracts.distributor}, signers ${info.signers.join(',')}`);

// checkVoucher verifies the API's voucher offline (EIP-712 recovery by ethers, signer known on-chain) and that
// the API's calldata is exactly claimWithVoucher(account, token, cumulative, deadline, signature).
async function checkVoucher(d, account) {
  const cum = BigInt(d.cumulative_amount);
  const msg = { account, token: getAddress(state.token), cumulativeAmount: cum, deadline: BigInt(d.voucher.deadline) };
  const signer = verifyTypedData(domain, voucherTypes, msg, d.voucher.signature);
  check(info.signers.map(getAddress).includes(signer), `voucher signed by ${signer}, not one of /v1/info's signers ${info.signers}`);
  check(await distributor.isSigner(signer), `voucher signer ${signer} is not a signer of the distributor`);
  const block = await provider.getBlock('latest');
  check(msg.deadline > BigInt(block.timestamp), `voucher deadline ${msg.deadline} is not after the chain's time ${block.timestamp}`);
  const calldata = iface.encodeFunctionData('claimWithVoucher', [account, state.token, cum, msg.deadline, d.voucher.signature]);
  check(calldata === d.calldata.toLowerCase(), `the API's calldata differs from claimWithVoucher built here:\n api  ${d.calldata}\n here ${calldata}`);
  check(getAddress(d.to) === getAddress(state.distributor), `claim "to" ${d.to}, want the distributor ${state.distributor}`);
  return { cum, calldata, signer };
}

const fan1 = wallet('fan1'), fan2 = wallet('fan2'), fan3 = wallet('fan3');
check(fan1.address === state.fans.fan1.address && fan2.address === state.fans.fan2.address && fan3.address === state.fans.fan3.address,
  'fan key files do not match their addresses');

// 1. Fan 1 claims its first awards with a voucher, from its own wallet.
{
  const want = BigInt(state.awarded.fan1);
  const d = await getClaim(fan1.address);
  check(BigInt(d.cumulative_amount) === want && BigInt(d.claimable) === want,
    `fan1 claim data: cumulative ${d.cumulative_amount}, claimable ${d.claimable}; want ${want} awarded`);
  const { cum, calldata, signer } = await checkVoucher(d, fan1.address);
  check((await balance(fan1.address)) === 0n, 'fan1 holds tokens before claiming');
  const r = await send(fan1, d.to, calldata, 'fan1 voucher claim');
  checkClaimedEvent(r, fan1.address, cum, cum, 'fan1 voucher claim');
  const b = await balance(fan1.address);
  check(b === cum, `fan1 balance ${b} after the voucher claim, want ${cum}`);
  check((await distributor.claimed(state.token, fan1.address)) === cum, 'claimed(token, fan1) is not the cumulative amount');
  step(`voucher claim (fan1 ${fan1.address}): +${cum} ${await erc20.symbol()}, balance ${b} = cumulative; signer ${signer}; tx ${r.hash}, gas ${r.gasUsed}`);
}

// 2. More awards; the next claim pays exactly the difference.
{
  const more = 13n;
  const before = await balance(fan1.address);
  const res = await http('POST', '/v1/awards', {
    token: state.platform_token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: state.campaign, account: fan1.address, amount: more.toString(), reason: 'e2e-second' },
  });
  check(res.status === 201 || res.status === 200, `award: status ${res.status}`);
  const want = BigInt(state.awarded.fan1) + more;
  // The indexer sees the first claim once confirmed: then claimable is exactly the new award.
  const d = await until('fan1 claimable = the new award (indexer saw the first claim)', 60, async () => {
    const x = await getClaim(fan1.address);
    return BigInt(x.cumulative_amount) === want && BigInt(x.claimable) === more ? x : null;
  });
  const { calldata } = await checkVoucher(d, fan1.address);
  const r = await send(fan1, d.to, calldata, 'fan1 second voucher claim');
  checkClaimedEvent(r, fan1.address, more, want, 'fan1 second voucher claim');
  const after = await balance(fan1.address);
  check(after - before === more, `fan1 balance grew by ${after - before}, want exactly ${more}`);
  check(after === want, `fan1 balance ${after}, want cumulative ${want}`);
  await until('GET /v1/accounts/{fan1}/rewards to show claimed = earned', 60, async () => {
    const rw = (await http('GET', `/v1/accounts/${fan1.address}/rewards`, { token: state.platform_token })).json;
    const t = rw.tokens.find((x) => getAddress(x.token) === getAddress(state.token));
    return t && t.earned === want.toString() && t.claimed === want.toString() && t.claimable === '0';
  });
  step(`second voucher claim (fan1): award +${more}, balance ${before} → ${after} (exactly +${more}); rewards endpoint shows claimed ${want}, claimable 0; tx ${r.hash}, gas ${r.gasUsed}`);
}

// 3. Fan 2 has not claimed: once an epoch root is active on-chain, it claims with the Merkle proof.
let proofEpoch;
{
  const want = BigInt(state.awarded.fan2);
  check((await distributor.claimed(state.token, fan2.address)) === 0n, 'fan2 has already claimed');
  const t0 = Date.now();
  // Wait for an active root that commits every total as it is now (fan1's latest award included): no later
  // root can then replace it before this claim is mined, since an unchanged tree is not proposed again.
  const f1 = BigInt(state.awarded.fan1) + 13n;
  const d = await until('an active epoch root holding every current total, with a proof for fan2', 150, async () => {
    const x = await getClaim(fan2.address);
    if (!x.proof) return null;
    const res = await http('GET', `/v1/epochs/${x.proof.epoch}/tree`, { expect: [200, 404] });
    if (res.status !== 200) return null;
    const leaves = treeLeaves(StandardMerkleTree.load(res.json));
    return leaves.get(leafKey(fan1.address)) === f1 ? x : null;
  });
  const p = d.proof;
  proofEpoch = p.epoch;
  const cum = BigInt(p.cumulative_amount);
  check(cum === want && BigInt(d.cumulative_amount) === want, `fan2 proof for ${p.cumulative_amount} (total ${d.cumulative_amount}), want ${want}`);
  const [active, onchainEpoch] = await Promise.all([distributor.activeRoot(), distributor.epoch()]);
  check(active === p.root.toLowerCase(), `proof root ${p.root}, the distributor's activeRoot() is ${active}`);
  check(onchainEpoch === BigInt(p.epoch), `proof epoch ${p.epoch}, the distributor's epoch() is ${onchainEpoch}`);
  check(StandardMerkleTree.verify(p.root, ['address', 'address', 'uint256'], [fan2.address, state.token, cum], p.proof),
    'the proof does not verify with StandardMerkleTree.verify');
  const calldata = iface.encodeFunctionData('claim', [fan2.address, state.token, cum, p.proof]);
  check(calldata === p.calldata.toLowerCase(), `the API's proof calldata differs from claim(...) built here:\n api  ${p.calldata}\n here ${calldata}`);
  const r = await send(fan2, state.distributor, calldata, 'fan2 Merkle claim');
  checkClaimedEvent(r, fan2.address, cum, cum, 'fan2 Merkle claim');
  const b = await balance(fan2.address);
  check(b === cum, `fan2 balance ${b} after the Merkle claim, want ${cum}`);
  step(`Merkle claim (fan2 ${fan2.address}): epoch ${p.epoch} active after ${((Date.now() - t0) / 1000).toFixed(1)}s of polling, ${p.proof.length}-hash proof verified, calldata identical, balance ${b}; tx ${r.hash}, gas ${r.gasUsed}`);
}

// 4. The epoch's tree dump loads with @openzeppelin/merkle-tree and gives the on-chain active root.
{
  for (let attempt = 1; ; attempt++) {
    const head = await provider.getBlockNumber();
    const [n, active] = await Promise.all([distributor.epoch({ blockTag: head }), distributor.activeRoot({ blockTag: head })]);
    const res = await http('GET', `/v1/epochs/${n}/tree`, { expect: [200, 404] });
    if (res.status === 404 && attempt < 3) continue; // pruned between the read and the fetch: read again
    check(res.status === 200, `GET /v1/epochs/${n}/tree: ${res.status} ${res.text.slice(0, 200)}`);
    const tree = StandardMerkleTree.load(res.json);
    tree.validate();
    check(tree.root === active, `tree dump of epoch ${n} has root ${tree.root}, activeRoot() is ${active}`);
    const leaves = treeLeaves(tree);
    const key = leafKey;
    const f1 = BigInt(state.awarded.fan1) + 13n;
    check(leaves.get(key(fan1.address)) === f1, `tree leaf of fan1 is ${leaves.get(key(fan1.address))}, want ${f1}`);
    check(leaves.get(key(fan2.address)) === BigInt(state.awarded.fan2), `tree leaf of fan2 is ${leaves.get(key(fan2.address))}`);
    const ep = (await http('GET', `/v1/epochs/${n}`)).json;
    check(ep.root.toLowerCase() === active, `GET /v1/epochs/${n} root ${ep.root}, activeRoot() ${active}`);
    step(`epoch ${n} tree dump (${tree.length} leaves) loads with StandardMerkleTree.load, validates, root ${tree.root} = activeRoot() at block ${head}`);
    break;
  }
}

// 5. Fan 3 holds no ETH; it signs in with Ethereum and the service relays its claim.
{
  const amount = 60n;
  check((await provider.getBalance(fan3.address)) === 0n, 'fan3 holds ETH: the relay would not prove gaslessness');
  await http('POST', '/v1/awards', {
    token: state.platform_token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: state.campaign, account: fan3.address, amount: amount.toString(), reason: 'e2e-relay' },
  });

  // Sign-In with Ethereum (EIP-4361), the message written from the spec (siwe.mjs).
  const post = async (path, body) => (await http('POST', path, { body })).json;
  const { message, signature, login } = await siweLogin(post, api, fan3, chainId, 'Sign in to tribe to claim my rewards.');
  check(login.address === fan3.address && typeof login.token === 'string', `login answered ${JSON.stringify(login)}`);
  const replay = await http('POST', '/v1/auth/login', { body: { message, signature }, expect: [401] });
  check(replay.json?.error?.code, 'a replayed SIWE message was not refused with an error');

  const rel = await http('POST', '/v1/claims/relay', { token: login.token, body: { token: state.token }, expect: [202] });
  check(/^0x[0-9a-fA-F]{64}$/.test(rel.json.tx_hash) && BigInt(rel.json.amount) === amount,
    `relay answered ${JSON.stringify(rel.json)}`);
  const r = await provider.waitForTransaction(rel.json.tx_hash, 1, 60_000);
  check(r && r.status === 1, `relayed tx ${rel.json.tx_hash} failed`);
  check(getAddress(r.from) === getAddress(state.service), `relayed tx sent by ${r.from}, want the service ${state.service}`);
  checkClaimedEvent(r, fan3.address, amount, amount, 'relayed claim');
  const b = await balance(fan3.address);
  check(b === amount, `fan3 balance ${b} after the relay, want ${amount}`);
  check((await provider.getBalance(fan3.address)) === 0n, 'fan3 paid ETH');
  // A second relay pays nothing more: 422 nothing_to_claim, or the same transaction while it is in flight.
  const again = await http('POST', '/v1/claims/relay', { token: login.token, body: { token: state.token }, expect: [202, 422] });
  check(again.status === 422 ? again.json.error.code === 'nothing_to_claim' : again.json.tx_hash === rel.json.tx_hash,
    `second relay answered ${again.status} ${again.text}`);
  await sleep(2000);
  check((await balance(fan3.address)) === amount, 'fan3 was paid twice');
  step(`relayed claim (fan3 ${fan3.address}, 0 ETH): SIWE login (replay refused), relay tx ${r.hash} from the service, balance ${b}, still 0 ETH; a second relay → ${again.status} ${again.json.error?.code ?? again.json.status}`);
}

console.log(`claim.mjs: all checks passed in ${secs()}`);
provider.destroy();
process.exit(0);
