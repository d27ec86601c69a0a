// The sponsor flow of the end-to-end run (scripts/e2e-geth.sh), driven like claim.mjs by an independent client
// (ethers v6, no tribe code; the distributor's ABI fragments below are written from the brief, only the plain
// ERC-20 a brand pays in is deployed from contracts/out/MockERC20 — it stands for a brand's USDC).
//
// Two brands each create and fund a sponsor pool in the SAME ERC-20 from their own wallets; the creator makes a
// campaign paid from brand 1's pool, brand 1 signs in with Ethereum and grants it a budget; a platform awards a
// fan, who claims from its own wallet (a voucher, then claimMany); brand 2's pool is never touched. Brand 1
// then announces a withdrawal, and once the notice is over and a root commits the pool's awards, withdraws
// exactly what is not owed. Meanwhile (during the notice) a second creator tries to make a campaign pay the
// first creator's token.
//
// Input: E2E_STATE names a JSON file written by the script:
//   { api, rpc, distributor, platform_id, platform_token, token, creator_token, community,
//     creator2_token, community2, withdrawal_notice (seconds),
//     keys: { brand1, brand2, fan } (key files) }
// Output: one line per step; exit status 1 with a message at the first mismatch.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Contract, ContractFactory, Interface, JsonRpcProvider, getAddress, hexlify, verifyTypedData,
} from 'ethers';
import { siweLogin } from './siwe.mjs';
import { j, script, wallet as steadyWallet } from './client.mjs';

const { fail, check, sleep, secs, step, until, api: apiClient } = script('sponsor.mjs', Number(process.env.E2E_SPONSOR_TIMEOUT || 240));

const state = JSON.parse(readFileSync(process.env.E2E_STATE || fail('E2E_STATE is not set'), 'utf8'));
for (const k of ['api', 'rpc', 'distributor', 'platform_id', 'platform_token', 'token', 'creator_token', 'community',
  'creator2_token', 'community2', 'withdrawal_notice', 'keys']) {
  if (!state[k]) fail(`${process.env.E2E_STATE} has no "${k}"`);
}
const api = state.api.replace(/\/$/, '');

// --- the public interface, from the brief ---------------------------------------------------------------
const distributorABI = [
  'function claimWithVoucher(address account, address token, uint256 cumulativeAmount, uint256 deadline, bytes signature)',
  'function claimMany((address account, address token, uint256 cumulativeAmount, uint256 deadline, bytes signature, bytes32[] proof)[] claims) returns (uint256 count)',
  'function claimed(address token, address account) view returns (uint256)',
  'function isSigner(address signer) view returns (bool)',
  'function predictPoolAddress(address owner, address token, bytes32 salt) view returns (address)',
  'function createPool(address token, bytes32 salt) returns (address pool)',
  'function fundPool(address pool, uint256 amount)',
  'function setPayoutLimit(address token, uint256 limit, uint32 period)',
  'function payoutLimit(address token) view returns (uint256 limit, uint32 period, uint256 paidInPeriod, uint256 periodEndsAt)',
  'function announceWithdrawal(address pool)',
  'function withdraw(address pool, address to, uint256 amount)',
  'function withdrawable(address pool) view returns (uint256)',
  'function withdrawalNotice() view returns (uint32)',
  'function committedOf(address pool) view returns (uint256 active, uint256 pending)',
  'function poolInfo(address pool) view returns (address token, address owner, uint256 balance, uint256 paid, uint256 committed, uint256 withdrawableAt)',
  'event Claimed(address indexed account, address indexed token, uint256 amount, uint256 cumulativeAmount)',
  'event PoolCreated(address indexed pool, address indexed token, address indexed owner)',
  'event PoolFunded(address indexed pool, address indexed from, uint256 amount)',
  'event WithdrawalAnnounced(address indexed pool, uint256 withdrawableAt)',
  'event PoolWithdrawn(address indexed pool, address indexed to, uint256 amount)',
  'error NothingToClaim(address account, address token, uint256 cumulativeAmount, uint256 claimed)',
  'error PayoutLimitExceeded(address token, uint256 available, uint256 resetsAt)',
  'error InsufficientPool(address pool, uint256 available, uint256 needed)',
  'error UnknownPool(address pool)',
  'error NotPoolOwner(address pool, address caller)',
  'error NotPayoutManager(address token, address caller)',
  'error WithdrawalNotDue(address pool, uint256 withdrawableAt)',
  'error WithdrawalTooLarge(address pool, uint256 withdrawable, uint256 amount)',
  'error UnknownSigner(address signer)',
  'error VoucherExpired(uint256 deadline)',
  'error ClaimsPaused()',
];
const erc20ABI = [
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function approve(address spender, uint256 amount) returns (bool)',
  'function mint(address to, uint256 amount)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
];
const iface = new Interface(distributorABI);
const erc20Iface = new Interface(erc20ABI);

// --- HTTP -----------------------------------------------------------------------------------------------
const http = apiClient(api);
// refused expects the one error shape with `status` and `code`.
async function refused(method, p, opts, status, code, what) {
  const res = await http(method, p, { ...opts, expect: [status] });
  check(res.json?.error?.code === code, `${what}: HTTP ${res.status} with code ${res.json?.error?.code}, want ${code}: ${res.text}`);
  return res;
}
const award = (campaign, account, amount, reason, expect) => http('POST', '/v1/awards', {
  token: state.platform_token, idem: `e2e-${randomUUID()}`, expect,
  body: { campaign_id: campaign, account, amount: amount.toString(), reason },
});


// --- chain ----------------------------------------------------------------------------------------------
const provider = new JsonRpcProvider(state.rpc, undefined, { staticNetwork: true, pollingInterval: 250, cacheTimeout: -1 });
const wallet = (name) => steadyWallet(readFileSync(state.keys[name], 'utf8').trim(), provider);
const brand1 = wallet('brand1'), brand2 = wallet('brand2'), fan = wallet('fan');
const distributor = new Contract(state.distributor, distributorABI, provider);
const DIST = getAddress(state.distributor);

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

// mined waits for a sent transaction (or a promise of one) and checks it succeeded.
async function mined(txp, what) {
  let tx;
  try {
    tx = await txp;
  } catch (e) {
    fail(`${what}: the node refuses the transaction: ${revertReason(e)}`);
  }
  const r = await tx.wait(1, 60_000).catch((e) => fail(`${what}: tx ${tx.hash}: ${revertReason(e)}`));
  check(r && r.status === 1, `${what}: tx ${tx.hash} failed`);
  return r;
}

// reverts checks that calling fn (a staticCall) reverts with the custom error `name`; returns its args.
async function reverts(fn, name, what) {
  try {
    await fn();
  } catch (e) {
    const reason = revertReason(e);
    check(reason.startsWith(`${name}(`), `${what}: reverted with ${reason}, want ${name}`);
    return reason;
  }
  fail(`${what}: did not revert (want ${name})`);
}

function events(r, contractIface, address, name) {
  return r.logs
    .filter((l) => getAddress(l.address) === getAddress(address))
    .map((l) => { try { return contractIface.parseLog(l); } catch { return null; } })
    .filter((ev) => ev && ev.name === name);
}

// poolState is what the distributor says of a pool, as plain values.
async function poolState(pool) {
  const [token, owner, balance, paid, committed, withdrawableAt] = await distributor.poolInfo(pool);
  return { token, owner, balance, paid, committed, withdrawableAt };
}
const same = (a, b) => a.token === b.token && a.owner === b.owner && a.balance === b.balance && a.paid === b.paid &&
  a.committed === b.committed && a.withdrawableAt === b.withdrawableAt;
const show = (p) => `{balance ${p.balance}, paid ${p.paid}, committed ${p.committed}, withdrawableAt ${p.withdrawableAt}}`;

// --- the run --------------------------------------------------------------------------------------------
const chainId = (await provider.getNetwork()).chainId;
const info = (await http('GET', '/v1/info')).json;
check(getAddress(info.contracts.distributor) === DIST, `/v1/info distributor ${info.contracts.distributor}, deployment ${DIST}`);
const domain = { name: 'TribeRewards', version: '1', chainId, verifyingContract: DIST };
const voucherTypes = {
  Voucher: [
    { name: 'account', type: 'address' }, { name: 'token', type: 'address' },
    { name: 'cumulativeAmount', type: 'uint256' }, { name: 'deadline', type: 'uint256' },
  ],
};
const notice = await distributor.withdrawalNotice();
check(notice === BigInt(state.withdrawal_notice), `withdrawalNotice() is ${notice}s, deployed with ${state.withdrawal_notice}s`);
for (const w of [brand1, brand2, fan]) {
  check((await provider.getBalance(w.address)) > 0n, `${w.address} holds no ETH: the script funds brands and the fan`);
}
step(`distributor ${DIST}: withdrawalNotice() ${notice}s as deployed; brand1 ${brand1.address}, brand2 ${brand2.address}, fan ${fan.address}`);

// 1. Brand 1 deploys a plain ERC-20 (a mock of its USDC) and mints to itself and to brand 2.
const DEPOSIT1 = 1_000_000n, DEPOSIT2 = 777_777n, GRANT = 600_000n;
const AWARD1 = 1_234n, AWARD2 = 321n, AWARDED = AWARD1 + AWARD2;
let usd;
{
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'contracts', 'out');
  const abi = JSON.parse(readFileSync(path.join(out, 'MockERC20.abi'), 'utf8'));
  const bin = readFileSync(path.join(out, 'MockERC20.bin'), 'utf8').trim();
  const factory = new ContractFactory(abi, bin.startsWith('0x') ? bin : `0x${bin}`, brand1);
  let c;
  try {
    c = await factory.deploy('Brand USD', 'BUSD');
  } catch (e) {
    fail(`deploying the ERC-20: ${revertReason(e)}`);
  }
  const r = await mined(Promise.resolve(c.deploymentTransaction()), 'deploy the ERC-20');
  usd = new Contract(await c.getAddress(), erc20ABI, provider);
  check((await provider.getCode(usd.target)) !== '0x', `no code at the ERC-20 ${usd.target}`);
  await mined(usd.connect(brand1).mint(brand1.address, DEPOSIT1), 'brand1 mints to itself');
  await mined(usd.connect(brand1).mint(brand2.address, DEPOSIT2), 'brand1 mints to brand2');
  check((await usd.balanceOf(brand1.address)) === DEPOSIT1 && (await usd.balanceOf(brand2.address)) === DEPOSIT2,
    'brand balances after minting');
  step(`brand1 deployed the ERC-20 BUSD ${usd.target} with ethers ContractFactory (gas ${r.gasUsed}), minted ${DEPOSIT1} to itself and ${DEPOSIT2} to brand2`);
}

// 2. Each brand creates a pool in the same ERC-20 (at the predicted address, with no code) and funds it.
async function createAndFund(brand, amount, name) {
  const salt = hexlify(randomBytes(32));
  const predicted = await distributor.predictPoolAddress(brand.address, usd.target, salt);
  const d = distributor.connect(brand);
  check((await d.createPool.staticCall(usd.target, salt)) === predicted, `${name}: createPool would not return the predicted address`);
  const rc = await mined(d.createPool(usd.target, salt), `${name} createPool`);
  const created = events(rc, iface, DIST, 'PoolCreated');
  check(created.length === 1 && created[0].args.pool === predicted && created[0].args.token === usd.target &&
    created[0].args.owner === brand.address, `${name}: PoolCreated events ${j(created.map((e) => e.args))}`);
  check((await provider.getCode(predicted)) === '0x', `${name}: the pool ${predicted} has code`);
  await mined(usd.connect(brand).approve(DIST, amount), `${name} approve`);
  const rf = await mined(d.fundPool(predicted, amount), `${name} fundPool`);
  const funded = events(rf, iface, DIST, 'PoolFunded');
  check(funded.length === 1 && funded[0].args.amount === amount, `${name}: PoolFunded ${j(funded.map((e) => e.args))}`);
  const p = await poolState(predicted);
  check(p.token === usd.target && p.owner === brand.address && p.balance === amount && p.paid === 0n &&
    p.committed === 0n && p.withdrawableAt === 0n, `${name}: poolInfo ${show(p)} owner ${p.owner} token ${p.token}`);
  step(`${name} created pool ${predicted} (= predictPoolAddress, no code; gas ${rc.gasUsed}) and funded it with ${amount} (approve + fundPool, gas ${rf.gasUsed}); poolInfo balance ${p.balance}`);
  return predicted;
}
// The brands send from different wallets: their pools are set up side by side.
const [pool1, pool2] = await Promise.all([createAndFund(brand1, DEPOSIT1, 'brand1'), createAndFund(brand2, DEPOSIT2, 'brand2')]);
{
  check(pool1 !== pool2, 'both brands got the same pool');
  const held = await usd.balanceOf(DIST);
  check(held === DEPOSIT1 + DEPOSIT2, `the distributor holds ${held} BUSD, want ${DEPOSIT1 + DEPOSIT2} deposited`);
  // A payout limit on brand 1's pool, set by its owner; brand 2 may not set it.
  await mined(distributor.connect(brand1).setPayoutLimit(pool1, DEPOSIT1, 86_400), 'brand1 setPayoutLimit');
  const [limit, period] = await distributor.payoutLimit(pool1);
  check(limit === DEPOSIT1 && period === 86_400n, `payoutLimit(pool1) ${limit}/${period}s`);
  await reverts(() => distributor.connect(brand2).setPayoutLimit.staticCall(pool1, 1n, 60), 'NotPayoutManager',
    'brand2 setting the limit of brand1\'s pool');
  step(`distributor holds ${held} BUSD = both deposits; brand1 set its pool's payout limit ${limit} per ${period}s (brand2 may not: NotPayoutManager)`);
}
const pool2Before = await poolState(pool2);

// 3. The creator makes a campaign paid from brand 1's pool; brand 1 signs in with Ethereum and grants it.
const post = async (p, body) => (await http('POST', p, { body })).json;
let campaign;
{
  const res = await http('POST', '/v1/campaigns', {
    token: state.creator_token, idem: `e2e-${randomUUID()}`,
    body: { community_id: state.community, pool: pool1.toLowerCase(), rules: { contributions: { post: '10' } },
      platforms: [state.platform_id] },
  });
  campaign = res.json;
  check(res.status === 201 && getAddress(campaign.pool) === pool1 && getAddress(campaign.reward_token) === usd.target &&
    campaign.budget === '0' && campaign.remaining_budget === '0',
  `pooled campaign: ${res.status} ${res.text}`);
  // Nothing is granted yet: an award is refused whole.
  await refused('POST', '/v1/awards', { token: state.platform_token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: campaign.id, account: fan.address, amount: '1', reason: 'e2e-early' } },
  422, 'budget_exhausted', 'an award before any grant');

  const { login: l1 } = await siweLogin(post, api, brand1, chainId, 'Sign in to tribe to fund campaigns.');
  const { login: l2 } = await siweLogin(post, api, brand2, chainId, 'Sign in to tribe to fund campaigns.');
  check(l1.address === brand1.address && l2.address === brand2.address, 'brand logins answered other addresses');
  state.brand1_token = l1.token;
  // Brand 2 cannot grant from brand 1's pool, nor point its own pool at a campaign paid from brand 1's.
  await refused('POST', `/v1/pools/${pool1}/grants`, { token: l2.token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: campaign.id, amount: '1' } }, 403, 'not_pool_owner', 'brand2 granting from brand1\'s pool');
  await refused('POST', `/v1/pools/${pool2}/grants`, { token: l2.token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: campaign.id, amount: '1' } }, 422, 'campaign_not_pooled', 'brand2 granting its pool to brand1\'s campaign');
  // Grants stay within what was deposited.
  await refused('POST', `/v1/pools/${pool1}/grants`, { token: l1.token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: campaign.id, amount: (DEPOSIT1 + 1n).toString() } }, 422, 'grant_exceeds_deposits',
  'a grant above the deposit');
  const g = await http('POST', `/v1/pools/${pool1}/grants`, { token: l1.token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: campaign.id, amount: GRANT.toString() } });
  check(g.status === 201 && g.json.amount === GRANT.toString() && getAddress(g.json.granted_by) === brand1.address &&
    getAddress(g.json.pool) === pool1, `grant: ${g.status} ${g.text}`);
  const cg = (await http('GET', `/v1/campaigns/${campaign.id}/grants`)).json;
  check(cg.granted === GRANT.toString() && cg.grants.length === 1 && getAddress(cg.pool) === pool1, `campaign grants: ${j(cg)}`);
  const c = (await http('GET', `/v1/campaigns/${campaign.id}`)).json;
  check(c.budget === GRANT.toString() && c.remaining_budget === GRANT.toString(), `campaign after the grant: ${j(c)}`);
  const pv = (await http('GET', `/v1/pools/${pool1}`)).json;
  check(getAddress(pv.owner) === brand1.address && pv.balance === DEPOSIT1.toString() && pv.granted === GRANT.toString() &&
    pv.closing === false, `GET /v1/pools/${pool1}: ${j(pv)}`);
  step(`creator's campaign ${campaign.id} pays from pool1 (budget 0: an award → 422 budget_exhausted); brand1 signed in with Ethereum and granted ${GRANT} (brand2 → 403 not_pool_owner / 422 campaign_not_pooled; over the deposit → 422 grant_exceeds_deposits); campaign budget ${c.budget}`);
}

// 4. A platform awards the fan; the fan claims from its own wallet: a voucher for the pool, then claimMany.
const gas = {};
async function claimChecks(r, amount, cumulative, before, what) {
  const evs = events(r, iface, DIST, 'Claimed');
  check(evs.length === 1, `${what}: ${evs.length} Claimed events, want 1`);
  const [acc, src, amt, cum] = evs[0].args;
  check(acc === fan.address && src === pool1 && amt === amount && cum === cumulative,
    `${what}: Claimed(${acc}, ${src}, ${amt}, ${cum}), want Claimed(${fan.address}, ${pool1}, ${amount}, ${cumulative})`);
  const tr = events(r, erc20Iface, usd.target, 'Transfer');
  check(tr.length === 1 && tr[0].args.from === DIST && tr[0].args.to === fan.address && tr[0].args.value === amount,
    `${what}: BUSD Transfer events ${j(tr.map((e) => e.args.map(String)))}`);
  const after = { fan: await usd.balanceOf(fan.address), pool1: await poolState(pool1), pool2: await poolState(pool2) };
  check(after.fan - before.fan === amount, `${what}: fan's BUSD rose by ${after.fan - before.fan}, want exactly ${amount}`);
  check(before.pool1.balance - after.pool1.balance === amount && after.pool1.paid - before.pool1.paid === amount,
    `${what}: pool1 ${show(before.pool1)} → ${show(after.pool1)}, want balance −${amount}, paid +${amount}`);
  check(same(after.pool2, pool2Before), `${what}: brand2's pool changed: ${show(pool2Before)} → ${show(after.pool2)}`);
  const held = await usd.balanceOf(DIST);
  check(held === after.pool1.balance + after.pool2.balance,
    `${what}: the distributor holds ${held} BUSD, pools hold ${after.pool1.balance} + ${after.pool2.balance}`);
  check((await distributor.claimed(pool1, fan.address)) === cumulative, `${what}: claimed(pool1, fan) is not ${cumulative}`);
  check((await distributor.claimed(usd.target, fan.address)) === 0n, `${what}: claimed(BUSD, fan) moved: pooled claims name the pool`);
  return `fan +${amount} BUSD, pool1 balance ${before.pool1.balance} → ${after.pool1.balance}, pool2 unchanged at ${after.pool2.balance}, distributor holds ${held} = pool1 + pool2`;
}
async function checkVoucher(account, source, cumulative, v) {
  const msg = { account, token: source, cumulativeAmount: cumulative, deadline: BigInt(v.deadline) };
  const signer = verifyTypedData(domain, voucherTypes, msg, v.signature);
  check(info.signers.map(getAddress).includes(signer) && await distributor.isSigner(signer),
    `voucher for ${source} signed by ${signer}, not a signer`);
}
const snapshot = async () => ({ fan: await usd.balanceOf(fan.address), pool1: await poolState(pool1), pool2: await poolState(pool2) });
{
  check((await usd.balanceOf(fan.address)) === 0n, 'the fan holds BUSD before claiming');
  await award(campaign.id, fan.address, AWARD1, 'e2e-sponsor-1');
  const d = (await http('GET', `/v1/accounts/${fan.address}/claims/${pool1}`)).json;
  check(getAddress(d.token) === pool1 && BigInt(d.cumulative_amount) === AWARD1 && BigInt(d.claimable) === AWARD1,
    `claim data for pool1: ${j(d)}`);
  await checkVoucher(fan.address, pool1, AWARD1, d.voucher);
  const calldata = iface.encodeFunctionData('claimWithVoucher', [fan.address, pool1, AWARD1, BigInt(d.voucher.deadline), d.voucher.signature]);
  check(calldata === d.calldata.toLowerCase() && getAddress(d.to) === DIST, `the API's calldata is not claimWithVoucher(fan, pool1, ${AWARD1}, …) to the distributor`);
  const before = await snapshot();
  const r = await mined(fan.sendTransaction({ to: DIST, data: calldata }), 'fan voucher claim from pool1');
  gas.voucher = r.gasUsed;
  step(`platform awarded the fan ${AWARD1} from pool1; voucher claim names the pool (tx ${r.hash}, gas ${r.gasUsed}): ${await claimChecks(r, AWARD1, AWARD1, before, 'voucher claim')}`);
}
{
  await award(campaign.id, fan.address, AWARD2, 'e2e-sponsor-2');
  const all = await until('GET /v1/accounts/{fan}/claims to list pool1 with the second award claimable', 30, async () => {
    const x = (await http('GET', `/v1/accounts/${fan.address}/claims`)).json;
    const e = x.claims.find((c) => getAddress(c.source) === pool1);
    return e && BigInt(e.cumulative_amount) === AWARDED && BigInt(e.claimable) === AWARD2 ? x : null;
  });
  check(all.claims.length === 1, `the fan has ${all.claims.length} sources to claim, want only pool1: ${j(all.claims)}`);
  const e = all.claims[0];
  check(getAddress(e.token) === usd.target && getAddress(e.pool) === pool1, `claims entry token ${e.token} pool ${e.pool}`);
  await checkVoucher(fan.address, pool1, AWARDED, e.voucher);
  const [entries] = iface.decodeFunctionData('claimMany', all.calldata);
  check(entries.length === 1 && entries[0].account === fan.address && entries[0].token === pool1 &&
    entries[0].cumulativeAmount === AWARDED && entries[0].signature === e.voucher.signature && entries[0].proof.length === 0,
  `claimMany calldata: ${j(entries.map((x) => x.map(String)))}`);
  check(getAddress(all.to) === DIST, `claims "to" ${all.to}`);
  const before = await snapshot();
  const r = await mined(fan.sendTransaction({ to: DIST, data: all.calldata }), 'fan claimMany from pool1');
  gas.claimMany = r.gasUsed;
  step(`second award ${AWARD2}; GET /v1/accounts/{fan}/claims: one entry (pool1, cumulative ${AWARDED}), claimMany sent as is (tx ${r.hash}, gas ${r.gasUsed}): ${await claimChecks(r, AWARD2, AWARDED, before, 'claimMany')}`);
}

// The foreign-token attack: a second creator names the first creator's token (or the brands' ERC-20 without a
// grant) in its campaign. Refused before anything is stored; nothing is minted or paid. Run during the notice.
async function foreignToken() {
  const token = new Contract(state.token, erc20ABI, provider);
  const supply = await token.totalSupply();
  const listBefore = (await http('GET', `/v1/communities/${state.community2}/campaigns`)).json.campaigns;
  for (const [rewardToken, what] of [[state.token, 'the first creator\'s token'], [usd.target, 'the brands\' ERC-20, without a pool']]) {
    await refused('POST', '/v1/campaigns', { token: state.creator2_token, idem: `e2e-${randomUUID()}`,
      body: { community_id: state.community2, reward_token: rewardToken, budget: '1000000', rules: { contributions: { post: '10' } } } },
    422, 'reward_token_not_allowed', `a second creator's campaign paying ${what}`);
  }
  const listAfter = (await http('GET', `/v1/communities/${state.community2}/campaigns`)).json.campaigns;
  check(listAfter.length === listBefore.length, `the refused campaigns were stored: ${j(listAfter)}`);
  // Naming brand 2's pool is allowed, but without brand 2's grant it pays nothing.
  const c = await http('POST', '/v1/campaigns', { token: state.creator2_token, idem: `e2e-${randomUUID()}`,
    body: { community_id: state.community2, pool: pool2, rules: { contributions: { post: '10' } } } });
  check(c.status === 201 && c.json.budget === '0', `second creator's campaign on pool2: ${c.status} ${c.text}`);
  await refused('POST', '/v1/awards', { token: state.platform_token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: c.json.id, account: fan.address, amount: '1', reason: 'e2e-ungranted' } },
  422, 'budget_exhausted', 'an award from a pool its owner granted nothing');
  await sleep(1500); // a block or so: anything sent by mistake would be mined by now
  check((await token.totalSupply()) === supply, `the first creator's token supply moved: ${supply} → ${await token.totalSupply()}`);
  check(same(await poolState(pool2), pool2Before), 'brand2\'s pool changed');
  step(`second creator: a campaign paying the first creator's token or the bare ERC-20 → 422 reward_token_not_allowed, nothing stored, supply of ${state.token} unchanged at ${supply}; naming pool2 without brand2's grant → award 422 budget_exhausted, pool2 untouched`);
}

// 5. Brand 1 announces a withdrawal; nothing more is granted from the pool; once the notice is over and a root
// commits the pool's awards, brand 1 withdraws exactly the unowed rest (deposit − awarded: the fan claimed all).
{
  const ra = await mined(distributor.connect(brand1).announceWithdrawal(pool1), 'brand1 announceWithdrawal');
  const ann = events(ra, iface, DIST, 'WithdrawalAnnounced');
  const at = (await provider.getBlock(ra.blockNumber)).timestamp;
  check(ann.length === 1 && ann[0].args.withdrawableAt === BigInt(at) + notice,
    `WithdrawalAnnounced ${ann.map((x) => x.args.withdrawableAt)}, want block time ${at} + ${notice}`);
  const due = ann[0].args.withdrawableAt;
  await reverts(() => distributor.connect(brand1).withdraw.staticCall(pool1, brand1.address, 1n), 'WithdrawalNotDue',
    'a withdrawal before the notice is over');
  const pv = (await http('GET', `/v1/pools/${pool1}`)).json;
  check(pv.closing === true, `GET /v1/pools/${pool1} closing ${pv.closing} after the announcement`);
  await refused('POST', `/v1/pools/${pool1}/grants`, { token: state.brand1_token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: campaign.id, amount: '1' } }, 422, 'pool_closing', 'a grant from a pool under notice');
  step(`brand1 announced a withdrawal (gas ${ra.gasUsed}), due at ${due} (block time + ${notice}s); withdraw before → WithdrawalNotDue; GET /v1/pools shows closing; a grant → 422 pool_closing`);

  const t0 = Date.now();
  await foreignToken();
  // The notice (≥ dispute window + epoch interval) leaves time for the next epoch's root, which commits the
  // pool's total, to be proposed and to activate.
  const bound = Number(notice) + 60;
  await until(`the notice to pass and a root committing ${AWARDED} from pool1 to be active (bound ${bound}s)`, bound, async () => {
    const [block, [active]] = await Promise.all([provider.getBlock('latest'), distributor.committedOf(pool1)]);
    check(active <= AWARDED, `committedOf(pool1).active ${active} exceeds what was awarded (${AWARDED})`);
    return BigInt(block.timestamp) >= due && active === AWARDED;
  });
  step(`after ${((Date.now() - t0) / 1000).toFixed(1)}s: the notice is over and committedOf(pool1).active = ${AWARDED} (the root committing every award is active)`);

  await refused('POST', '/v1/awards', { token: state.platform_token, idem: `e2e-${randomUUID()}`,
    body: { campaign_id: campaign.id, account: fan.address, amount: '1', reason: 'e2e-closing' } },
  422, 'pool_closing', 'an award from a pool under notice');
  const d = (await http('GET', `/v1/accounts/${fan.address}/claims/${pool1}`)).json;
  check(BigInt(d.cumulative_amount) === AWARDED, `the refused award was credited: cumulative ${d.cumulative_amount}`);

  const p = await poolState(pool1);
  const w = await distributor.withdrawable(pool1);
  check(w === DEPOSIT1 - AWARDED && p.balance === w && p.paid === AWARDED && p.committed === AWARDED,
    `withdrawable(pool1) ${w}, poolInfo ${show(p)}; want ${DEPOSIT1 - AWARDED} = deposit ${DEPOSIT1} − awarded ${AWARDED}`);
  const tooMuch = await reverts(() => distributor.connect(brand1).withdraw.staticCall(pool1, brand1.address, w + 1n),
    'WithdrawalTooLarge', 'withdrawing one unit more than withdrawable');
  await reverts(() => distributor.connect(brand2).withdraw.staticCall(pool1, brand2.address, 1n), 'NotPoolOwner',
    'brand2 withdrawing from brand1\'s pool');
  const b0 = await usd.balanceOf(brand1.address);
  const r = await mined(distributor.connect(brand1).withdraw(pool1, brand1.address, w), 'brand1 withdraw');
  gas.withdraw = r.gasUsed;
  const wd = events(r, iface, DIST, 'PoolWithdrawn');
  check(wd.length === 1 && wd[0].args.pool === pool1 && wd[0].args.to === brand1.address && wd[0].args.amount === w,
    `PoolWithdrawn ${j(wd.map((x) => x.args.map(String)))}`);
  const b1 = await usd.balanceOf(brand1.address);
  check(b1 - b0 === w, `brand1's BUSD rose by ${b1 - b0}, want ${w}`);
  const after = await poolState(pool1);
  check(after.balance === 0n && (await distributor.withdrawable(pool1)) === 0n, `pool1 after the withdrawal: ${show(after)}`);
  const p2 = await poolState(pool2);
  check(same(p2, pool2Before), `brand2's pool changed: ${show(pool2Before)} → ${show(p2)}`);
  const held = await usd.balanceOf(DIST);
  check(held === p2.balance && held === DEPOSIT2, `the distributor holds ${held} BUSD after the withdrawal, want brand2's ${DEPOSIT2}`);
  const pv2 = (await http('GET', `/v1/pools/${pool1}`)).json;
  check(pv2.balance === '0' && pv2.paid === AWARDED.toString(), `GET /v1/pools/${pool1} after: ${j(pv2)}`);
  step(`an award → 422 pool_closing (nothing credited); withdrawable ${w} = ${DEPOSIT1} − ${AWARDED}; +1 → ${tooMuch}; brand2 → NotPoolOwner; brand1 withdrew ${w} (tx ${r.hash}, gas ${r.gasUsed}); pool1 empty, pool2 untouched ${show(p2)}, distributor holds ${held}`);
}

console.log(`sponsor.mjs: all checks passed in ${secs()}; gas (receipt gasUsed): pool voucher claim ${gas.voucher}, pool claimMany ${gas.claimMany}, withdraw ${gas.withdraw}`);
provider.destroy();
process.exit(0);
