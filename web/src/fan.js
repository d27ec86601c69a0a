// The fan page: rewards per token and per sponsor pool (what is claimable, what is still pending and until
// when, any debt a refund left), claims from the wallet (one source, or all at once in one claimMany) or
// through the relay, and award history with each award's status (pending, claimable, rejected, reversed and
// why).
import { $, el, status, short, fmt, guard, setup, tokenInfo, erc20Abi, distributorAbi, api, download } from './common.js';
import { reasonText, when } from './review.js';

const { wallet, info, region } = await setup('fan');
const distributor = info.contracts.distributor;
const rewardsBox = $('#rewards');
const historyBox = $('#history');
const linksBox = $('#links');
const linksSection = $('#links-section');
const refreshBtn = $('#refresh');
const claimAllBtn = $('#claim-all');
const claimAllOut = $('#claim-all-progress');

wallet.onChange(() => { if (wallet.token) load(); else clear(); });
refreshBtn.addEventListener('click', () => load());
const exportBtn = $('#history-export');
exportBtn.addEventListener('click', async () => {
  const out = $('#history-export-progress');
  exportBtn.disabled = true;
  status(out, 'Preparing the file…');
  const name = await guard(out, () => download(`/v1/accounts/${wallet.address}/awards.csv`, wallet.token, 'awards.csv'));
  if (name) status(out, `Saved ${name}.`, 'ok');
  exportBtn.disabled = false;
});
claimAllBtn.addEventListener('click', () => claimAll());

function clear() {
  rewardsBox.replaceChildren(el('p', { class: 'muted', text: 'Sign in to see what you have earned.' }));
  historyBox.replaceChildren();
  linksBox.replaceChildren();
  linksSection.hidden = true;
  refreshBtn.hidden = exportBtn.hidden = true;
  claimAllBtn.hidden = $('#claim-all-hint').hidden = true;
}
clear();

async function load() {
  await guard(region, async () => {
    refreshBtn.hidden = exportBtn.hidden = false;
    const [rewards, history] = await Promise.all([
      wallet.api('GET', `/v1/accounts/${wallet.address}/rewards`),
      wallet.api('GET', `/v1/accounts/${wallet.address}/awards?limit=20`),
    ]);
    await renderRewards(rewards.tokens);
    await renderHistory(history.awards);
    await renderLinks(history.awards);
  });
}

// chainState reads what the chain says for one payout source (a token, or a sponsor pool standing in its
// place): the distributor's claimed amount (fresher than the indexer's) and the wallet's balance of the ERC-20.
async function chainState(source, token) {
  const [claimed, balance] = await Promise.all([
    wallet.read(distributor, distributorAbi, 'claimed', [source, wallet.address]),
    wallet.read(token, erc20Abi, 'balanceOf', [wallet.address]),
  ]);
  return { claimed, balance };
}

async function renderRewards(tokens) {
  if (!tokens.length) {
    rewardsBox.replaceChildren(el('p', { class: 'muted', text: 'No rewards yet. Awards appear here as soon as a platform records them.' }));
    claimAllBtn.hidden = $('#claim-all-hint').hidden = true;
    return;
  }
  const cards = await Promise.all(tokens.map(tokenCard));
  rewardsBox.replaceChildren(...cards);
  claimAllBtn.hidden = $('#claim-all-hint').hidden = false;
  claimAllBtn.disabled = !cards.some((c) => c.dataset.claimable !== '0');
}

async function tokenCard(t) {
  const source = t.pool ?? t.token; // what the distributor, vouchers and relays name
  const meta = await tokenInfo(wallet, t.token);
  const { claimed: onchain, balance } = await chainState(source, t.token);
  const earned = BigInt(t.earned);
  const pending = BigInt(t.pending ?? '0');
  const debt = BigInt(t.debt ?? '0');
  // What vouchers cover is the cumulative total; the chain's claimed amount may be fresher than the indexer's.
  const cumulative = BigInt(t.cumulative ?? t.earned);
  const claimed = onchain > BigInt(t.claimed) ? onchain : BigInt(t.claimed);
  const claimable = cumulative > claimed ? cumulative - claimed : 0n;
  const show = (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`;
  const amount = (v, key, field = key.toLowerCase()) => el('div', { class: 'figure' },
    el('dt', { text: key }), el('dd', { 'data-field': field, 'data-raw': v.toString(), text: show(v) }));
  const notes = [];
  if (pending > 0n) {
    notes.push(el('p', { class: 'pending-note', 'data-field': 'pending-until', 'data-at': t.pending_until ?? '' },
      `${show(pending)} pending: `,
      t.pending_until
        ? el('strong', { text: `the earliest hold ends ${when.format(new Date(t.pending_until))} UTC` })
        : el('strong', { text: 'waiting for approval' }),
      '. A pending award becomes claimable when its hold ends (and, in a campaign that approves awards by hand, once approved); the history below says which wait for what.'));
  }
  if (debt > 0n) {
    notes.push(el('p', { class: 'debt-note', text: `A refund took back ${show(debt)} you could already claim: your next awards from this source pay that off first.` }));
  }
  const progress = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const id = `src-${source.slice(2, 10)}`;
  const claimBtn = el('button', { type: 'button', class: 'primary', 'data-action': 'claim', disabled: claimable === 0n, 'aria-describedby': id, text: 'Claim from wallet' });
  const relayBtn = el('button', { type: 'button', 'data-action': 'relay', disabled: claimable === 0n, 'aria-describedby': id, text: 'Claim without gas' });
  const card = el('article', { class: 'card token', 'data-token': t.token, 'data-pool': t.pool, 'data-source': source, 'data-claimable': claimable.toString() },
    el('header', {},
      el('h3', { id, text: `${meta.name} (${meta.symbol})` }),
      el('code', { class: 'addr', title: t.token, text: short(t.token) })),
    t.pool ? el('p', { class: 'from-pool', title: t.pool }, `${meta.symbol} from pool `, el('code', { class: 'addr', text: short(t.pool) }), ', paid by a sponsor') : null,
    el('dl', { class: 'figures' },
      amount(earned, 'Earned'), amount(pending, 'Pending'), amount(claimable, 'Claimable'), amount(claimed, 'Claimed'),
      amount(balance, 'Balance'), debt > 0n ? amount(debt, 'Debt') : null),
    notes,
    el('div', { class: 'actions' }, claimBtn, relayBtn),
    progress);
  const busy = (b) => { claimBtn.disabled = relayBtn.disabled = b; };
  claimBtn.addEventListener('click', () => claim(source, t.token, meta, progress, busy, false));
  relayBtn.addEventListener('click', () => claim(source, t.token, meta, progress, busy, true));
  return card;
}

// claim pays out what is claimable of one source: the wallet sends claimWithVoucher itself, or the service
// relays it.
async function claim(source, token, meta, progress, busy, relayed) {
  busy(true);
  progress.dataset.kind = 'info';
  const done = await guard(progress, async () => {
    let hash;
    if (relayed) {
      progress.textContent = 'Asking the service to send your claim…';
      const r = await wallet.api('POST', '/v1/claims/relay', { body: { token: source } });
      hash = r.tx_hash;
    } else {
      progress.textContent = 'Preparing the claim…';
      const c = await api('GET', `/v1/accounts/${wallet.address}/claims/${source}`);
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
  const fresh = rewardsBox.querySelector(`[data-source="${source}"] .progress`);
  if (fresh) {
    status(fresh, done.message, 'ok');
    fresh.dataset.tx = done.hash;
    fresh.tabIndex = -1; // keyboard focus stays with the claim's outcome, not lost with the old card
    fresh.focus();
  }
}

// claimAll sends one claimMany paying every token and pool with something to claim, then shows the balances
// it left.
async function claimAll() {
  claimAllBtn.disabled = true;
  const done = await guard(claimAllOut, async () => {
    status(claimAllOut, 'Preparing one claim for everything…');
    const c = await api('GET', `/v1/accounts/${wallet.address}/claims`);
    if (!c.calldata) {
      status(claimAllOut, 'Nothing to claim: everything you earned is paid out.', 'ok');
      return null;
    }
    status(claimAllOut, `Confirm the transaction in your wallet: it claims ${c.claims.length} reward${c.claims.length === 1 ? '' : 's'} at once…`);
    const hash = await wallet.send(c.to, c.calldata);
    status(claimAllOut, `Sent ${short(hash)}; waiting for confirmation…`);
    const receipt = await wallet.wait(hash);
    const tokens = [...new Set(c.claims.map((x) => x.token))];
    const balances = await Promise.all(tokens.map(async (token) => {
      const [meta, balance] = await Promise.all([tokenInfo(wallet, token), wallet.read(token, erc20Abi, 'balanceOf', [wallet.address])]);
      return `${fmt(balance, meta.decimals)} ${meta.symbol}`;
    }));
    return { hash, message: `Claimed everything in block ${receipt.blockNumber}. Your balances: ${balances.join(', ')}.` };
  });
  if (done === undefined) { claimAllBtn.disabled = false; return; }
  await load();
  if (done) {
    status(claimAllOut, done.message, 'ok');
    claimAllOut.dataset.tx = done.hash;
    claimAllOut.tabIndex = -1;
    claimAllOut.focus();
  }
}

const campaignTokens = new Map();
function campaignToken(id) {
  if (!campaignTokens.has(id)) campaignTokens.set(id, api('GET', `/v1/campaigns/${id}`).then((c) => c.reward_token).catch(() => null));
  return campaignTokens.get(id);
}

// statusCell shows an award's status as a badge, with when a pending one matures and why a rejected or
// (partly) reversed one was taken back.
function statusCell(a, show) {
  const badge = (cls, text) => el('span', { class: `badge ${cls}`, 'data-status': a.status, text });
  const why = a.note ? el('span', { class: 'why', text: a.note }) : null;
  switch (a.status) {
    case 'pending': {
      const until = a.claimable_at ? `claimable ${when.format(new Date(a.claimable_at))} UTC` : null;
      return el('td', { class: 'status-cell' }, badge('pending', 'pending'), ' ',
        el('span', { class: 'why', text: a.awaiting_approval ? `awaiting approval${until ? `; hold ends ${when.format(new Date(a.claimable_at))} UTC` : ''}` : until ?? '' }),
        a.reversed ? el('span', { class: 'why', text: `${show(a.reversed)} reversed${a.note ? `: ${a.note}` : ''}` }) : null);
    }
    case 'rejected':
      return el('td', { class: 'status-cell' }, badge('failed', 'rejected'), ' ', why);
    case 'reversed':
      return el('td', { class: 'status-cell' }, badge('failed', 'reversed'), ' ', why);
    default:
      return el('td', { class: 'status-cell' }, badge('active', a.status ?? 'claimable'),
        a.reversed ? el('span', { class: 'why', text: `${show(a.reversed)} reversed${a.note ? `: ${a.note}` : ''}` }) : null);
  }
}

async function renderHistory(awards) {
  if (!awards.length) {
    historyBox.replaceChildren(el('p', { class: 'muted', text: 'No awards yet.' }));
    return;
  }
  const rows = await Promise.all(awards.map(async (a) => {
    const token = await campaignToken(a.campaign_id);
    const meta = token ? await tokenInfo(wallet, token) : { symbol: '', decimals: 18 };
    const show = (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`;
    const struck = a.status === 'rejected' || a.status === 'reversed';
    return el('tr', { 'data-award': a.id, 'data-status': a.status },
      el('td', { class: 'when', text: when.format(new Date(a.at)) }),
      el('td', { text: reasonText(a) + (a.capped ? ' (cut to the daily cap)' : '') }),
      statusCell(a, show),
      el('td', { class: `num${struck ? ' struck' : ''}`, text: show(a.amount) }));
  }));
  historyBox.replaceChildren(el('div', { class: 'scroll' }, el('table', { class: 'history' },
    el('caption', { class: 'sr-only', text: 'Your latest awards' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'When (UTC)' }), el('th', { scope: 'col', text: 'Why' }),
      el('th', { scope: 'col', text: 'Status' }), el('th', { scope: 'col', class: 'num', text: 'Amount' }))),
    el('tbody', {}, rows))));
}

// renderLinks shows the fan's referral link, with a copy button and its QR code, for every campaign it has
// awards in and the one the page's ?campaign= names (a creator's shared link to this page).
async function renderLinks(awards) {
  const ids = new Set(awards.map((a) => a.campaign_id));
  const named = new URLSearchParams(location.search).get('campaign');
  if (named) ids.add(named);
  const cards = (await Promise.all([...ids].map(linkCard))).filter(Boolean);
  linksBox.replaceChildren(...cards);
  linksSection.hidden = cards.length === 0;
}

async function linkCard(campaignId) {
  let code, campaign;
  try {
    [code, campaign] = await Promise.all([
      wallet.api('POST', `/v1/campaigns/${encodeURIComponent(campaignId)}/referral-codes`),
      api('GET', `/v1/campaigns/${encodeURIComponent(campaignId)}`),
    ]);
  } catch {
    return null; // a campaign that is gone, or a named one that never existed: no link to show
  }
  const meta = await tokenInfo(wallet, campaign.reward_token);
  const id = `link-${code.code}`;
  const out = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const input = el('input', { id, type: 'text', readonly: true, value: code.url, 'data-field': 'referral-url', spellcheck: 'false' });
  const copyBtn = el('button', { type: 'button', 'data-action': 'copy-link', text: 'Copy link' });
  copyBtn.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.url);
    } catch {
      input.select(); // no clipboard permission: leave it selected for Ctrl+C
      status(out, 'Press Ctrl+C (⌘C) to copy the selected link.');
      return;
    }
    status(out, 'Link copied.', 'ok');
  });
  return el('article', { class: 'card referral-link', 'data-campaign': campaignId, 'data-code': code.code },
    el('header', {}, el('h3', { text: `${meta.symbol} campaign` }), el('code', { class: 'addr', text: campaignId })),
    campaign.landing_url ? null : el('p', { class: 'hint', text: `This campaign has no landing page for links to open; platforms can still record referrals by your code, ${code.code}.` }),
    el('label', { for: id, text: 'Your link' }),
    el('div', { class: 'actions' }, input, copyBtn),
    out,
    el('img', { class: 'qr', src: `/v1/referral-codes/${code.code}/qr.png`, width: 160, height: 160, alt: `QR code of your referral link for the ${meta.symbol} campaign` }));
}
