// The platform-user flow of the end-to-end run (scripts/e2e-geth.sh), driven like claim.mjs by an independent
// client (ethers v6, no tribe code; the distributor's ABI fragments are written from the brief).
//
// A platform awards one of its users who has no wallet yet (by its own user id), by a direct award and by a
// contribution event; the ledger holds it under the user's pseudo-account, which cannot claim. The platform
// issues a link token; the fan signs in with Ethereum from its wallet and redeems it; the held balance is the
// wallet's at once, the awards made before linking show in the wallet's history, and the fan claims it all
// on-chain with its voucher. Every figure is checked against ethers' reading of the chain (balanceOf, claimed).
//
// Input: E2E_STATE names a JSON file: { api, rpc, distributor, token, platform_token, creator_token, community,
//   keys: { fan } }. Output: one line per step; exit status 1 at the first mismatch.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Contract, JsonRpcProvider, getAddress } from 'ethers';
import { j, script, wallet as steadyWallet } from './client.mjs';
import { siweLogin } from './siwe.mjs';

const { fail, check, step, until, api } = script('link.mjs', Number(process.env.E2E_LINK_TIMEOUT || 180));

const state = JSON.parse(readFileSync(process.env.E2E_STATE || fail('E2E_STATE is not set'), 'utf8'));
for (const k of ['api', 'rpc', 'distributor', 'token', 'platform_token', 'creator_token', 'community', 'keys']) {
  if (!state[k]) fail(`${process.env.E2E_STATE} has no "${k}"`);
}
const http = api(state.api);
const post = async (p, body) => (await http('POST', p, { body })).json;

const provider = new JsonRpcProvider(state.rpc, undefined, { staticNetwork: true, pollingInterval: 250, cacheTimeout: -1 });
const fan = steadyWallet(readFileSync(state.keys.fan, 'utf8').trim(), provider);
const TOKEN = getAddress(state.token);
const distributor = new Contract(state.distributor, [
  'function claimWithVoucher(address account, address token, uint256 cumulativeAmount, uint256 deadline, bytes signature)',
  'function claimed(address token, address account) view returns (uint256)',
], fan);
const token = new Contract(TOKEN, ['function balanceOf(address) view returns (uint256)'], provider);
const pt = state.platform_token;
const user = `e2e-user-${randomUUID()}`;
const AWARD = 1200n;
const POST = 34n;

// --- a campaign, and the user's awards before it has a wallet ---------------------------------------------
const created = await http('POST', '/v1/campaigns', {
  token: state.creator_token, idem: `e2e-${randomUUID()}`,
  body: { community_id: state.community, budget: '1000000', rules: { contributions: { post: String(POST) }, unlinked_expiry_days: 30 } },
});
const campaign = created.json.id;
check(created.json.rules.unlinked_expiry_days === 30, `campaign rules: ${j(created.json.rules)}`);
const a1 = await http('POST', '/v1/awards', { token: pt, idem: `e2e-${randomUUID()}`,
  body: { campaign_id: campaign, user, amount: String(AWARD), reason: 'welcome' } });
const pseudo = a1.json.awards[0].account;
check(pseudo.toLowerCase().startsWith('0x7472696265'), `the award went to ${pseudo}, not a pseudo-account`);
await http('POST', '/v1/events', { token: pt, idem: `e2e-${randomUUID()}`,
  body: { campaign_id: campaign, kind: 'contribution', contribution_kind: 'post', user } });
const held = (await http('GET', `/v1/platforms/me/users/${encodeURIComponent(user)}/rewards`, { token: pt })).json;
const mine = held.tokens.find((t) => getAddress(t.token) === TOKEN);
check(held.status === 'unlinked' && mine?.held === String(AWARD + POST), `what waits for the user: ${j(held)}`);
await http('GET', `/v1/accounts/${pseudo}/claims/${TOKEN}`, { expect: [404] });
step(`campaign ${campaign}: user ${user} (no wallet) awarded ${AWARD} + a post (${POST}); held ${mine.held} under ${pseudo}, not claimable`);

// --- the link token, redeemed by the fan's wallet after Sign-In with Ethereum ----------------------------
const lt = (await http('POST', '/v1/identities/link-tokens', { token: pt, idem: `e2e-${randomUUID()}`, body: { user } })).json;
check(lt.token && lt.url?.includes(lt.token) && lt.expires_at, `link token: ${j(lt)}`);
const chainId = Number((await provider.getNetwork()).chainId);
const { login } = await siweLogin(post, state.api, fan, chainId, 'Link my rewards.');
check(getAddress(login.address) === fan.address, `signed in as ${login.address}`);
const linked = await http('POST', '/v1/identities/link', { token: login.token, idem: `e2e-${randomUUID()}`, body: { token: lt.token }, expect: [201] });
check(linked.json.status === 'linked' && getAddress(linked.json.account) === fan.address, `link: ${j(linked.json)}`);
const again = await http('POST', '/v1/identities/link', { token: login.token, idem: `e2e-${randomUUID()}`, body: { token: lt.token }, expect: [200] });
check(again.json.status === 'linked', `a repeat of the link: ${j(again.json)}`);
step(`fan ${fan.address} signed in with Ethereum and redeemed the link token (a repeat is 200)`);

// --- the wallet's balance and history, then the claim on-chain --------------------------------------------
const rewards = async () => {
  const r = await http('GET', `/v1/accounts/${fan.address}/rewards`, { token: pt });
  return r.json.tokens.find((x) => getAddress(x.token) === TOKEN && !x.pool) ?? {};
};
const before = await rewards();
const base = BigInt(before.cumulative ?? '0');
check(base === AWARD + POST && before.claimable === String(AWARD + POST), `the wallet after the link: ${j(before)}`);
const hist = (await http('GET', `/v1/accounts/${fan.address}/awards`, { token: login.token })).json;
const pre = hist.awards.filter((a) => a.campaign_id === campaign);
check(pre.length === 2 && pre.every((a) => getAddress(a.account) === fan.address), `the wallet's history: ${j(hist)}`);
const after = (await http('GET', `/v1/platforms/me/users/${encodeURIComponent(user)}/rewards`, { token: pt })).json;
check(after.status === 'linked' && after.tokens.length === 0, `the user after the link: ${j(after)}`);
step(`the wallet holds ${base} claimable; its history shows the ${pre.length} awards made before it was linked`);

const d = (await http('GET', `/v1/accounts/${fan.address}/claims/${TOKEN}`)).json;
check(BigInt(d.cumulative_amount) === base, `the voucher covers ${d.cumulative_amount}`);
const bal0 = await token.balanceOf(fan.address);
const tx = await distributor.claimWithVoucher(fan.address, TOKEN, BigInt(d.cumulative_amount), BigInt(d.voucher.deadline),
  d.voucher.signature).catch((e) => fail(`claim: ${e.shortMessage ?? e.message}`));
const r = await tx.wait(1, 60_000);
check(r.status === 1, `claim: tx ${tx.hash} failed`);
const bal = await token.balanceOf(fan.address);
const claimed = await distributor.claimed(TOKEN, fan.address);
check(bal0 === 0n && bal === AWARD + POST && claimed === AWARD + POST,
  `on-chain: balance ${bal0} -> ${bal}, claimed ${claimed}, want 0 -> ${AWARD + POST}`);
await until('the indexer to see the claim', 60, async () => (await rewards()).claimed === String(AWARD + POST));
step(`the fan claimed on-chain (${tx.hash}, gas ${r.gasUsed}): balanceOf = claimed = ${bal}, the indexer agrees`);
process.exit(0);
