// The fan page: rewards per token, claims from the wallet or through the relay, and award history.
import { $, el, status, short, fmt, guard, setup, tokenInfo, erc20Abi, distributorAbi, api } from './common.js';

const { wallet, info, region } = await setup('fan');
const distributor = info.contracts.distributor;
const rewardsBox = $('#rewards');
const historyBox = $('#history');
const refreshBtn = $('#refresh');

wallet.onChange(() => { if (wallet.token) load(); else clear(); });
refreshBtn.addEventListener('click', () => load());

function clear() {
  rewardsBox.replaceChildren(el('p', { class: 'muted', text: 'Sign in to see what you have earned.' }));
  historyBox.replaceChildren();
  refreshBtn.hidden = true;
}
clear();

async function load() {
  await guard(region, async () => {
    refreshBtn.hidden = false;
    const [rewards, history] = await Promise.all([
      wallet.api('GET', `/v1/accounts/${wallet.address}/rewards`),
      wallet.api('GET', `/v1/accounts/${wallet.address}/awards?limit=20`),
    ]);
    await renderRewards(rewards.tokens);
    await renderHistory(history.awards);
  });
}

// row reads what the chain says for one token: the distributor's claimed amount (fresher than the
// indexer's) and the wallet's balance.
async function chainState(token) {
  const [claimed, balance] = await Promise.all([
    wallet.read(distributor, distributorAbi, 'claimed', [token, wallet.address]),
    wallet.read(token, erc20Abi, 'balanceOf', [wallet.address]),
  ]);
  return { claimed, balance };
}

async function renderRewards(tokens) {
  if (!tokens.length) {
    rewardsBox.replaceChildren(el('p', { class: 'muted', text: 'No rewards yet. Awards appear here as soon as a platform records them.' }));
    return;
  }
  const cards = await Promise.all(tokens.map(tokenCard));
  rewardsBox.replaceChildren(...cards);
}

async function tokenCard(t) {
  const meta = await tokenInfo(wallet, t.token);
  const { claimed: onchain, balance } = await chainState(t.token);
  const earned = BigInt(t.earned);
  const claimed = onchain > BigInt(t.claimed) ? onchain : BigInt(t.claimed);
  const claimable = earned > claimed ? earned - claimed : 0n;
  const amount = (v, key) => el('div', { class: 'figure' },
    el('dt', { text: key }), el('dd', { 'data-field': key.toLowerCase(), 'data-raw': v.toString(), text: `${fmt(v, meta.decimals)} ${meta.symbol}` }));
  const progress = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const id = `tok-${t.token.slice(2, 10)}`;
  const claimBtn = el('button', { type: 'button', class: 'primary', 'data-action': 'claim', disabled: claimable === 0n, 'aria-describedby': id, text: 'Claim from wallet' });
  const relayBtn = el('button', { type: 'button', 'data-action': 'relay', disabled: claimable === 0n, 'aria-describedby': id, text: 'Claim without gas' });
  const card = el('article', { class: 'card token', 'data-token': t.token },
    el('header', {},
      el('h3', { id, text: `${meta.name} (${meta.symbol})` }),
      el('code', { class: 'addr', title: t.token, text: short(t.token) })),
    el('dl', { class: 'figures' },
      amount(earned, 'Earned'), amount(claimed, 'Claimed'), amount(claimable, 'Claimable'), amount(balance, 'Balance')),
    el('div', { class: 'actions' }, claimBtn, relayBtn),
    progress);
  const busy = (b) => { claimBtn.disabled = relayBtn.disabled = b; };
  claimBtn.addEventListener('click', () => claim(t.token, meta, progress, busy, false));
  relayBtn.addEventListener('click', () => claim(t.token, meta, progress, busy, true));
  return card;
}

// claim pays out what is claimable: the wallet sends claimWithVoucher itself, or the service relays it.
async function claim(token, meta, progress, busy, relayed) {
  busy(true);
  progress.dataset.kind = 'info';
  const done = await guard(progress, async () => {
    let hash;
    if (relayed) {
      progress.textContent = 'Asking the service to send your claim…';
      const r = await wallet.api('POST', '/v1/claims/relay', { body: { token } });
      hash = r.tx_hash;
    } else {
      progress.textContent = 'Preparing the claim…';
      const c = await api('GET', `/v1/accounts/${wallet.address}/claims/${token}`);
      progress.textContent = 'Confirm the transaction in your wallet…';
      hash = await wallet.send(c.to, c.calldata);
    }
    progress.textContent = `Sent ${short(hash)}; waiting for confirmation…`;
    const receipt = await wallet.wait(hash);
    const balance = await wallet.read(token, erc20Abi, 'balanceOf', [wallet.address]);
    return { hash, message: `Confirmed in block ${receipt.blockNumber}. Your balance: ${fmt(balance, meta.decimals)} ${meta.symbol}.` };
  });
  if (!done) {
    busy(false);
    return;
  }
  // The card is drawn again from fresh figures; the outcome is shown in the new card.
  await load();
  const fresh = rewardsBox.querySelector(`[data-token="${token}"] .progress`);
  if (fresh) {
    status(fresh, done.message, 'ok');
    fresh.dataset.tx = done.hash;
    fresh.tabIndex = -1; // keyboard focus stays with the claim's outcome, not lost with the old card
    fresh.focus();
  }
}

const campaignTokens = new Map();
function campaignToken(id) {
  if (!campaignTokens.has(id)) campaignTokens.set(id, api('GET', `/v1/campaigns/${id}`).then((c) => c.reward_token).catch(() => null));
  return campaignTokens.get(id);
}

// reasonText says why an award was given, in words.
export function reasonText(a) {
  const who = a.counterparty ? short(a.counterparty) : 'someone';
  const [kind, detail] = [a.reason.split(':')[0], a.reason.slice(a.reason.indexOf(':') + 1)];
  if (a.reason === 'referral:referrer') return `Referral: you brought in ${who}`;
  if (a.reason === 'referral:referee') return `Welcome reward: you joined through ${who}`;
  if (kind === 'contribution') return `Contribution: ${detail}`;
  if (kind === 'revenue_share') return `Revenue share on a purchase by ${who}`;
  if (kind === 'direct') return `Award: ${detail}`;
  return a.reason;
}

const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

async function renderHistory(awards) {
  if (!awards.length) {
    historyBox.replaceChildren(el('p', { class: 'muted', text: 'No awards yet.' }));
    return;
  }
  const rows = await Promise.all(awards.map(async (a) => {
    const token = await campaignToken(a.campaign_id);
    const meta = token ? await tokenInfo(wallet, token) : { symbol: '', decimals: 18 };
    return el('tr', {},
      el('td', { class: 'when', text: when.format(new Date(a.at)) }),
      el('td', { text: reasonText(a) + (a.capped ? ' (cut to the daily cap)' : '') }),
      el('td', { class: 'num', text: `${fmt(a.amount, meta.decimals)} ${meta.symbol}` }));
  }));
  historyBox.replaceChildren(el('div', { class: 'scroll' }, el('table', {},
    el('caption', { class: 'sr-only', text: 'Your latest awards' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'When (UTC)' }), el('th', { scope: 'col', text: 'Why' }), el('th', { scope: 'col', class: 'num', text: 'Amount' }))),
    el('tbody', {}, rows))));
}
