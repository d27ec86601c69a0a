// The SDK's whole flow against the real `tribed --dev` that scripts/sdk-test.sh starts (TRIBE_DEV_INFO names
// its --dev-info file): an admin creates a platform, a creator signs in and creates a community and a campaign,
// the platform awards a fan twice with one Idempotency-Key (one award), a 422 is a typed TribeError, and the fan
// signs in and claims everything on-chain, checked by the token balance.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { before, test } from 'node:test';
import { createPublicClient, createWalletClient, defineChain, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import {
  claimAll, createClient, createCommunity, signIn, TribeError, unwrap, verifyWebhook, waitCommunityActive, WebhookVerificationError,
  withIdempotency,
} from '../dist/index.js';

const devFile = process.env.TRIBE_DEV_INFO;
if (!devFile) throw new Error('TRIBE_DEV_INFO is not set: run bash scripts/sdk-test.sh');
const dev = JSON.parse(readFileSync(devFile, 'utf8'));
const baseUrl = dev.api_url;
const chain = defineChain({
  id: Number(dev.chain_id), name: 'tribe dev', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [dev.rpc_url] } },
});
const publicClient = createPublicClient({ chain, transport: http(dev.rpc_url), pollingInterval: 100 });
const wallet = (i) => createWalletClient({ account: privateKeyToAccount(dev.accounts[i].private_key), chain, transport: http(dev.rpc_url), pollingInterval: 100 });
const creator = wallet(1);
const fan = wallet(2);
const erc20 = [
  { type: 'function', name: 'balanceOf', stateMutability: 'view', inputs: [{ name: 'a', type: 'address' }], outputs: [{ type: 'uint256' }] },
  { type: 'function', name: 'setMinter', stateMutability: 'nonpayable', inputs: [{ name: 'minter', type: 'address' }, { name: 'allowed', type: 'bool' }], outputs: [] },
];

const state = {};

before(async () => {
  const admin = createClient({ baseUrl, token: dev.admin_token });
  state.platform = await withIdempotency((key) => admin.POST('/v1/platforms', {
    params: { header: { 'Idempotency-Key': key } }, body: { name: 'sdk-test' },
  }));
  state.platformClient = createClient({ baseUrl, token: state.platform.token });
});

test('a creator signs in, creates a community (waits until active) and a campaign', async () => {
  const session = await signIn({ baseUrl, walletClient: creator, chainId: chain.id });
  assert.equal(session.address, creator.account.address);
  const pending = await createCommunity({ client: session.client, walletClient: creator, draft: { name: 'SDK Coin', symbol: 'SDK' } });
  assert.match(pending.id, /^cmt_/);
  const community = await waitCommunityActive({ client: session.client, id: pending.id, timeoutMs: 30_000, intervalMs: 100 });
  assert.equal(community.status, 'active');
  state.token = community.token_address;
  // Mint mode: the creator makes the distributor a minter of its token (on-chain, from its own wallet).
  const hash = await creator.writeContract({ address: state.token, abi: erc20, functionName: 'setMinter', args: [dev.contracts.distributor, true] });
  assert.equal((await publicClient.waitForTransactionReceipt({ hash, timeout: 30_000 })).status, 'success');
  state.campaign = await withIdempotency((key) => session.client.POST('/v1/campaigns', {
    params: { header: { 'Idempotency-Key': key } },
    body: { community_id: community.id, budget: '1000', rules: { contributions: { post: '10' } } },
  }));
  assert.equal(state.campaign.reward_token, state.token);
});

test('the platform registers a webhook endpoint for its campaign', async () => {
  state.deliveries = [];
  state.receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      state.deliveries.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise((resolve) => state.receiver.listen(0, '127.0.0.1', resolve));
  state.hook = await withIdempotency(() => state.platformClient.POST('/v1/webhooks', {
    body: { url: `http://127.0.0.1:${state.receiver.address().port}/tribe`, events: ['award.created'], campaigns: [state.campaign.id] },
  }));
  assert.match(state.hook.secret, /^whsec_/);
});

test('the platform awards the fan twice with one Idempotency-Key: one award', async () => {
  const account = fan.account.address;
  const award = (key) => state.platformClient.POST('/v1/awards', {
    params: { header: { 'Idempotency-Key': key } },
    body: { campaign_id: state.campaign.id, account, amount: '250', reason: 'signup' },
  });
  const first = await withIdempotency(award, { key: `signup:${account}` });
  const again = await award(`signup:${account}`);
  assert.equal(again.response.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(unwrap(again), first);
  const rewards = unwrap(await state.platformClient.GET('/v1/accounts/{address}/rewards', { params: { path: { address: account } } }));
  assert.deepEqual(rewards.tokens.map((t) => [t.token, t.earned]), [[state.token, '250']]);
});

test('the award.created delivery verifies with verifyWebhook, and a tampered one does not', async () => {
  const deadline = Date.now() + 30_000;
  while (state.deliveries.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  state.receiver.close();
  assert.equal(state.deliveries.length, 1, 'one delivery of the one award');
  const { headers, body } = state.deliveries[0];
  const event = await verifyWebhook({ secret: state.hook.secret, headers, body: new Uint8Array(body) });
  assert.equal(event.type, 'award.created');
  assert.equal(event.campaign_id, state.campaign.id);
  assert.equal(event.data.amount, '250');
  assert.equal(event.id, headers['webhook-id']);
  const tampered = body.toString().replace('"250"', '"2500"');
  await assert.rejects(verifyWebhook({ secret: state.hook.secret, headers, body: tampered }), WebhookVerificationError);
});

test('a rule refusal is a typed 422 TribeError, not retried', async () => {
  let calls = 0;
  await assert.rejects(withIdempotency((key) => {
    calls++;
    return state.platformClient.POST('/v1/awards', {
      params: { header: { 'Idempotency-Key': key } },
      body: { campaign_id: state.campaign.id, account: fan.account.address, amount: '1000000', reason: 'too much' },
    });
  }), (e) => e instanceof TribeError && e.status === 422 && e.code === 'budget_exhausted' && typeof e.message === 'string');
  assert.equal(calls, 1);
});

test('the fan signs in and claimAll claims on-chain', async () => {
  const session = await signIn({ baseUrl, walletClient: fan }); // chain id from /v1/info
  const before = await publicClient.readContract({ address: state.token, abi: erc20, functionName: 'balanceOf', args: [fan.account.address] });
  const res = await claimAll({ client: session.client, walletClient: fan, publicClient, timeoutMs: 30_000 });
  assert.equal(res.receipt.status, 'success');
  assert.deepEqual(res.claims.map((c) => [c.token, c.claimable]), [[state.token, '250']]);
  const after = await publicClient.readContract({ address: state.token, abi: erc20, functionName: 'balanceOf', args: [fan.account.address] });
  assert.equal(after - before, 250n);
  const again = await claimAll({ client: session.client, walletClient: fan, publicClient });
  assert.equal(again.hash, null, 'nothing left to claim: no second transaction');
  // The service's figures follow its indexer: within seconds the claim shows as claimed.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [t] = unwrap(await session.client.GET('/v1/accounts/{address}/rewards', { params: { path: { address: fan.account.address } } })).tokens;
    if (t?.claimed === '250') { assert.equal(t.claimable, '0'); break; }
    assert.ok(Date.now() < deadline, `claimed still ${t?.claimed} after 20 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
});
