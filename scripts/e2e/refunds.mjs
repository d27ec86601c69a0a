// The refund flow of the end-to-end run (scripts/e2e-geth.sh), driven like claim.mjs by an independent client
// (ethers v6, no tribe code; the distributor's ABI fragments are written from the brief).
//
// The creator makes a revenue-share campaign whose shares are held a few seconds (the merchant's refund
// window, shortened); a platform records that the fan referred a buyer and reports the buyer's purchases with
// their order ids. Then:
//   1. order-1 matures and the fan claims its share from its own wallet (a voucher): the tokens are minted;
//   2. order-1 is refunded after the claim: the fan keeps what it was paid (it is on-chain), the ledger records
//      it as debt, and the voucher offered now covers nothing more;
//   3. order-2 is refunded in part while still held: only the rest of its share stays pending;
//   4. order-2's rest matures and pays off the debt first — nothing more to claim while the debt exceeds it;
//   5. order-3 matures: what exceeds the debt is claimed on-chain, and the fan's token balance is exactly the
//      shares net of every refund plus what the debt could not take back.
// Every figure is checked against ethers' reading of the chain (balanceOf, claimed).
//
// Input: E2E_STATE names a JSON file: { api, rpc, distributor, token, platform_token, creator_token, community,
//   keys: { fan } }. Output: one line per step; exit status 1 at the first mismatch.
import { randomUUID, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Contract, JsonRpcProvider, getAddress, hexlify } from 'ethers';
import { j, script, wallet as steadyWallet } from './client.mjs';

const { fail, check, step, until, api } = script('refunds.mjs', Number(process.env.E2E_REFUNDS_TIMEOUT || 180));

const state = JSON.parse(readFileSync(process.env.E2E_STATE || fail('E2E_STATE is not set'), 'utf8'));
for (const k of ['api', 'rpc', 'distributor', 'token', 'platform_token', 'creator_token', 'community', 'keys']) {
  if (!state[k]) fail(`${process.env.E2E_STATE} has no "${k}"`);
}
const http = api(state.api);

const provider = new JsonRpcProvider(state.rpc, undefined, { staticNetwork: true, pollingInterval: 250, cacheTimeout: -1 });
const fan = steadyWallet(readFileSync(state.keys.fan, 'utf8').trim(), provider);
const buyer = getAddress(hexlify(randomBytes(20)));
const TOKEN = getAddress(state.token);
const distributor = new Contract(state.distributor, [
  'function claimWithVoucher(address account, address token, uint256 cumulativeAmount, uint256 deadline, bytes signature)',
  'function claimed(address token, address account) view returns (uint256)',
], fan);
const token = new Contract(TOKEN, ['function balanceOf(address) view returns (uint256)'], provider);

const HOLD = 4; // seconds a revenue share is held

// rewards is the fan's entry for the token in GET /v1/accounts/{fan}/rewards (read with its platform token).
async function rewards() {
  const r = await http('GET', `/v1/accounts/${fan.address}/rewards`, { token: state.platform_token });
  const t = r.json.tokens.find((x) => getAddress(x.token) === TOKEN && !x.pool);
  return t ?? { earned: '0', pending: '0', cumulative: '0', claimed: '0', claimable: '0', debt: '0' };
}
function want(r, fields, what) {
  for (const [k, v] of Object.entries(fields)) {
    check(r[k] === String(v), `${what}: ${k} is ${r[k]}, want ${v} (${j(r)})`);
  }
}

async function claim(what) {
  const d = (await http('GET', `/v1/accounts/${fan.address}/claims/${TOKEN}`)).json;
  const paid = await distributor.claimed(TOKEN, fan.address);
  const before = await token.balanceOf(fan.address);
  const tx = await distributor.claimWithVoucher(fan.address, TOKEN, BigInt(d.cumulative_amount), BigInt(d.voucher.deadline),
    d.voucher.signature).catch((e) => fail(`${what}: ${e.shortMessage ?? e.message}`));
  const r = await tx.wait(1, 60_000);
  check(r.status === 1, `${what}: tx ${tx.hash} failed`);
  const after = await token.balanceOf(fan.address);
  check(after - before === BigInt(d.cumulative_amount) - paid,
    `${what}: balance rose by ${after - before}, want ${BigInt(d.cumulative_amount) - paid}`);
  await until(`${what}: the indexer to see the claim`, 60, async () => (await rewards()).claimed === d.cumulative_amount);
  return { cumulative: BigInt(d.cumulative_amount), tx: tx.hash };
}

const purchase = (id, value) => http('POST', '/v1/events', {
  token: state.platform_token, idem: `e2e-${randomUUID()}`,
  body: { campaign_id: campaign, kind: 'purchase', account: buyer, value: String(value), event_id: id },
});
const refund = (id, value) => http('POST', '/v1/events', {
  token: state.platform_token, idem: `e2e-${randomUUID()}`,
  body: { campaign_id: campaign, kind: 'refund', account: buyer, ref_event_id: id, ...(value ? { value: String(value) } : {}) },
  expect: [201],
});

// --- the campaign and the referral ----------------------------------------------------------------------
const created = await http('POST', '/v1/campaigns', {
  token: state.creator_token, idem: `e2e-${randomUUID()}`,
  body: {
    community_id: state.community, budget: '1000000',
    rules: { revenue_share: { bps: 1000, window_days: 30, hold_seconds: HOLD }, contributions: { post: '1' } },
  },
});
const campaign = created.json.id;
await http('POST', '/v1/referrals', { token: state.platform_token, idem: `e2e-${randomUUID()}`,
  body: { campaign_id: campaign, referrer: fan.address, referee: buyer } });
const start = await rewards();
const base = BigInt(start.cumulative); // what the fan had of this token before (none: a fresh fan)
check(base === 0n && BigInt(start.claimed) === 0n, `the refund fan should start with nothing: ${j(start)}`);
step(`campaign ${campaign}: 10% revenue share held ${HOLD}s; fan ${fan.address} referred buyer ${buyer}`);

// 1. order-1 (3000 → 300) matures and is claimed.
const r1 = await purchase('order-1', 3000);
const share1 = r1.json.awards.find((a) => a.reason === 'revenue_share');
check(share1?.status === 'pending' && share1.amount === '300' && share1.claimable_at, `order-1's share: ${j(r1.json)}`);
want(await rewards(), { pending: 300, cumulative: 0 }, 'order-1 while held');
await http('GET', `/v1/accounts/${fan.address}/claims/${TOKEN}`, { expect: [404] });
step('order-1 paid a 300 share, pending: no voucher yet');
await until('order-1 to mature', HOLD + 30, async () => (await rewards()).cumulative === '300');
const c1 = await claim('claim of order-1');
check(c1.cumulative === 300n, `claim of order-1 covered ${c1.cumulative}`);
step(`order-1 matured; the fan claimed 300 on-chain (${c1.tx})`);

// 2. order-1 refunded after the claim: debt.
const f1 = await refund('order-1');
check(f1.json.reversals.length === 1 && f1.json.reversals[0].amount === '300' && f1.json.reversals[0].status === 'reversed',
  `refund of order-1: ${j(f1.json)}`);
want(await rewards(), { cumulative: 300, claimed: 300, claimable: 0, debt: 300, earned: 0 }, 'after refunding a claimed share');
check(await token.balanceOf(fan.address) === 300n, 'the fan keeps what it was paid');
step('order-1 refunded after the claim: the fan keeps its 300 on-chain, the ledger records 300 of debt');

// 3. order-2 (5000 → 500) refunded by 40% while held: 300 stays pending.
const r2 = await purchase('order-2', 5000);
check(r2.json.awards.find((a) => a.reason === 'revenue_share')?.amount === '500', `order-2: ${j(r2.json)}`);
const f2 = await refund('order-2', 2000);
check(f2.json.reversals[0].amount === '200' && f2.json.reversals[0].status === 'pending', `partial refund of order-2: ${j(f2.json)}`);
want(await rewards(), { pending: 300, debt: 300, cumulative: 300 }, 'after a partial refund of a held share');
step('order-2 paid 500, refunded 40% while held: 300 stays pending, nothing claimable');

// 4. order-2's 300 matures and pays off the debt: nothing more to claim.
await until('order-2 to mature', HOLD + 30, async () => (await rewards()).pending === '0');
want(await rewards(), { cumulative: 300, debt: 0, claimable: 0, earned: 300 }, 'after order-2 paid off the debt');
step('order-2 matured and paid off the 300 of debt: the cumulative total did not move');

// 5. order-3 (4000 → 400) matures: claimed on-chain.
await purchase('order-3', 4000);
await until('order-3 to mature', HOLD + 30, async () => (await rewards()).cumulative === '700');
const c3 = await claim('claim of order-3');
check(c3.cumulative === 700n, `claim of order-3 covered ${c3.cumulative}`);
const balance = await token.balanceOf(fan.address);
const claimed = await distributor.claimed(TOKEN, fan.address);
// Shares 300 + 500 + 400, refunds 300 + 200: net 700, all paid — 300 before the refund, 400 now.
check(balance === 700n && claimed === 700n, `on-chain: balance ${balance}, claimed ${claimed}, want 700 and 700`);
want(await rewards(), { cumulative: 700, claimed: 700, claimable: 0, debt: 0, pending: 0, earned: 700 }, 'at the end');
const refusedTooMuch = await http('POST', '/v1/events', {
  token: state.platform_token, body: { campaign_id: campaign, kind: 'refund', account: buyer, ref_event_id: 'order-2', value: '3001' },
  expect: [422],
});
check(refusedTooMuch.json.error.code === 'refund_exceeds_purchase', `refunding more than left: ${refusedTooMuch.text}`);
step(`order-3 matured and was claimed (${c3.tx}): the fan holds 700 = 300 + 500 + 400 − 300 − 200, as the ledger says`);
process.exit(0);
