// The sponsor page: a brand's (any wallet's) sponsor pools on the distributor. Create one for an ERC-20, fund
// it, grant campaigns budgets from it, announce a withdrawal and, once the notice is over, withdraw what no
// campaign is owed. Pools are found from the distributor's logs; their grants come from the API. The
// campaigns the pools pay have a panel each: their figures and chart, the review queue and blocks.
import { formatUnits, getAddress, isAddress, parseSignature, toHex } from 'viem';
import {
  $, el, status, short, fmt, units, setup, tokenInfo, fundingAbi, poolAbi, randomKey, api, ApiError, rulesSummary,
} from './common.js';
import { lineChart, flowChart } from './chart.js';
import { reviewQueue, blockList, lifecycleTiles } from './review.js';

const { wallet, info, region } = await setup('sponsor');
const distributor = info.contracts.distributor;
const poolsBox = $('#pools');
const event = (name) => poolAbi.find((x) => x.type === 'event' && x.name === name);
let chainOffset = 0; // chain time (latest block) minus this browser's clock, in seconds
let notice = null; // the distributor's withdrawal notice, in seconds

wallet.onChange(() => {
  document.querySelectorAll('.needs-auth').forEach((s) => { s.hidden = !wallet.token; });
  if (wallet.token) loadPools();
});
document.querySelectorAll('.needs-auth').forEach((s) => { s.hidden = true; });
$('#refresh').addEventListener('click', () => loadPools());

const chainNow = () => Math.floor(Date.now() / 1000 + chainOffset);
async function syncClock() {
  const b = await wallet.client.getBlock();
  chainOffset = Number(b.timestamp) - Date.now() / 1000;
}

// ---- errors in words ----

const apiText = {
  not_pool_owner: 'Only the wallet that owns this pool can grant from it. Switch to that wallet and sign in again.',
  campaign_not_pooled: 'That campaign is not paid by this pool: its creator has to create it naming this pool’s address.',
  grant_exceeds_deposits: 'All grants together would be more than was deposited in this pool. Deposit more first, or grant less.',
  pool_closing: 'A withdrawal is announced, so the pool grants nothing more. Cancel the withdrawal to grant again.',
  too_many_grants: 'This pool has as many grants as it may have.',
  unknown_pool: 'The distributor knows no such pool.',
  unauthorized: 'Your session ended: sign in again.',
  invalid_token: 'Your session ended: sign in again.',
  token_expired: 'Your session ended: sign in again.',
  rate_limited: 'Too many requests: wait a moment and try again.',
  chain_unavailable: 'The service cannot reach the chain right now; try again shortly.',
  unavailable: 'The service is busy or down; try again shortly.',
};
const chainText = {
  WithdrawalNotDue: () => 'The withdrawal notice is not over yet.',
  WithdrawalTooLarge: (a, m) => `At most ${fmt(a[1], m.decimals)} ${m.symbol} can be withdrawn now; campaigns are owed the rest.`,
  WithdrawalAlreadyAnnounced: () => 'A withdrawal is already announced for this pool.',
  NoWithdrawalAnnounced: () => 'No withdrawal is announced for this pool.',
  NotPoolOwner: () => 'This wallet does not own the pool.',
  UnknownPool: () => 'The distributor knows no such pool.',
  PoolExists: () => 'That pool exists already; try again.',
  NotAContract: () => 'There is no contract at that token address.',
  ERC20InsufficientBalance: (a, m) => `Your wallet holds only ${fmt(a[1], m.decimals)} ${m.symbol}.`,
  ERC20InsufficientAllowance: () => 'The distributor may not move that much of your token: the approval or permit did not cover it.',
  ClaimsPaused: () => 'The distributor is paused by its guardian; withdrawals wait until it resumes.',
  ZeroAmount: () => 'Enter more than 0.',
  AmountTooLarge: () => 'That amount is too large for a pool.',
};

// explain turns an API error, a contract revert or a wallet refusal into a sentence; meta is the pool's token.
function explain(e, meta = { decimals: 18, symbol: '' }) {
  if (e instanceof ApiError) return apiText[e.code] ? `${apiText[e.code]} (${e.code})` : e.message;
  const reverted = e?.walk?.((x) => x?.data?.errorName);
  if (reverted && chainText[reverted.data.errorName]) return chainText[reverted.data.errorName](reverted.data.args ?? [], meta);
  if (e?.code === 4001 || e?.cause?.code === 4001) return 'You declined in your wallet.';
  return e?.shortMessage ?? e?.message ?? String(e);
}

// act runs an action, reporting its failure in region in words; it returns the action's result.
async function act(region, fn, meta) {
  try {
    return await fn();
  } catch (e) {
    status(region, explain(e, meta), 'error');
    return undefined;
  }
}

async function mined(out, hash) {
  status(out, `Sent ${short(hash)}; waiting for confirmation…`);
  return wallet.wait(hash);
}

// ---- the pools ----

// myPools are the pools this wallet created or took over that it still owns, from the distributor's logs.
// They are read from the block the contracts were deployed in (/v1/info), not from genesis.
async function myPools() {
  const fromBlock = BigInt(info.deployment_block ?? 0);
  const [created, taken] = await Promise.all([
    wallet.client.getLogs({ address: distributor, event: event('PoolCreated'), args: { owner: wallet.address }, fromBlock }),
    wallet.client.getLogs({ address: distributor, event: event('PoolOwnershipTransferred'), args: { newOwner: wallet.address }, fromBlock }),
  ]);
  return [...new Set([...created, ...taken].map((l) => getAddress(l.args.pool)))];
}

// poolState is what the chain and the service say of a pool now.
async function poolState(pool) {
  const [[token, owner, balance, paid, committed, withdrawableAt], withdrawable, service] = await Promise.all([
    wallet.read(distributor, poolAbi, 'poolInfo', [pool]),
    wallet.read(distributor, poolAbi, 'withdrawable', [pool]),
    api('GET', `/v1/pools/${pool}`),
  ]);
  const meta = await tokenInfo(wallet, token);
  return {
    pool, token, owner, balance, paid, committed, withdrawableAt: Number(withdrawableAt), withdrawable, meta,
    granted: BigInt(service.granted), grants: service.grants,
    remaining: BigInt(service.remaining ?? '0'), lowBalance: BigInt(service.low_balance ?? '0'), low: !!service.low,
  };
}

async function loadPools() {
  await act(region, async () => {
    await syncClock();
    notice ??= Number(await wallet.read(distributor, poolAbi, 'withdrawalNotice'));
    const states = await Promise.all((await myPools()).map(poolState));
    const mine = states.filter((p) => p.owner === wallet.address);
    await renderSponsored(mine);
    if (!mine.length) {
      poolsBox.replaceChildren(el('p', { class: 'muted', text: 'No pool yet: create one below.' }));
      $('#new-pool').open = true;
      return;
    }
    poolsBox.replaceChildren(...mine.map(poolCard));
  });
}

// refreshPool draws one pool's card again from fresh figures and shows message (if any) in it, with focus.
async function refreshPool(pool, message, kind = 'ok') {
  await syncClock();
  const card = poolCard(await poolState(pool));
  const old = poolsBox.querySelector(`[data-pool="${pool}"]`);
  if (old) old.replaceWith(card);
  else {
    poolsBox.querySelector('p.muted')?.remove();
    poolsBox.append(card);
  }
  if (message) {
    const out = card.querySelector('.progress');
    status(out, message, kind);
    out.tabIndex = -1; // focus stays with the outcome, not lost with the old card
    out.focus();
  }
  return card;
}

const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit' });

function duration(s) {
  s = Math.max(0, s);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h ? `${h} h ${String(m).padStart(2, '0')} min` : `${m}:${r}`;
}

function poolCard(p) {
  const { meta } = p;
  const id = `pool-${p.pool.slice(2, 10)}`;
  const free = p.balance + p.paid > p.granted ? p.balance + p.paid - p.granted : 0n;
  const figure = (label, v, key) => el('div', { class: 'figure' },
    el('dt', { text: label }), el('dd', { 'data-field': key, 'data-raw': v.toString(), text: `${fmt(v, meta.decimals)} ${meta.symbol}` }));
  const progress = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const state = p.withdrawableAt === 0 ? ['open', 'active'] : chainNow() < p.withdrawableAt ? ['withdrawal announced', 'pending'] : ['withdrawable', 'pending'];
  return el('article', { class: 'card pool', 'data-pool': p.pool, 'data-token': p.token, 'aria-labelledby': id },
    el('header', {},
      el('h3', { id, text: `${meta.name} (${meta.symbol}) pool` }),
      el('span', { class: `badge ${state[1]}`, 'data-state': state[0], text: state[0] })),
    el('p', {}, 'Pool ', el('code', { class: 'addr', 'data-field': 'pool', text: p.pool }), el('br'),
      'Token ', el('code', { class: 'addr', title: p.token, text: p.token })),
    el('dl', { class: 'figures' },
      figure('Balance', p.balance, 'balance'), figure('Paid out', p.paid, 'paid'),
      figure('Granted', p.granted, 'granted'), figure('Free to grant', free, 'free')),
    fundForm(p, progress),
    p.withdrawableAt === 0
      ? grantForm(p, progress, free)
      : el('p', { class: 'muted', text: 'No grants while a withdrawal is announced: cancel it to grant campaigns budgets again.' }),
    grantsTable(p),
    alertForm(p, progress),
    withdrawal(p, progress),
    progress);
}

// ---- low-balance alert ----

// alertForm sets the threshold below which a pool.low webhook tells the sponsor its campaigns are running dry.
function alertForm(p, out) {
  const { meta } = p;
  const input = el('input', { name: 'low', inputmode: 'decimal', autocomplete: 'off',
    value: p.lowBalance > 0n ? formatUnits(p.lowBalance, meta.decimals) : '' });
  const button = el('button', { type: 'submit', text: 'Save alert' });
  const state = p.lowBalance === 0n ? 'No alert set.'
    : p.low ? `Low: the campaigns can award ${fmt(p.remaining, meta.decimals)} ${meta.symbol} more, below your alert.`
      : `Alert below ${fmt(p.lowBalance, meta.decimals)} ${meta.symbol}; the campaigns can award ${fmt(p.remaining, meta.decimals)} ${meta.symbol} more.`;
  const form = el('form', { class: 'alert', novalidate: true },
    el('div', { class: 'grid' }, el('label', {}, `Alert me when the campaigns can award less than, in ${meta.symbol}`, input)),
    el('p', { class: 'hint', 'data-field': 'alert', text: `${state} The alert is a pool.low webhook to your endpoints (POST /v1/webhooks). Empty or 0: no alert.` }),
    button);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    button.disabled = true;
    act(out, async () => {
      const low = input.value.trim() === '' ? 0n : units(input.value, meta.decimals, 'Alert');
      await wallet.api('PUT', `/v1/pools/${p.pool}/alert`, { body: { low_balance: low.toString() } });
      await refreshPool(p.pool, low === 0n ? 'Alert turned off.' : `Alert set: below ${fmt(low, meta.decimals)} ${meta.symbol}.`);
    }, meta).finally(() => { button.disabled = false; });
  });
  return form;
}

// ---- funding ----

// permitDomain is the token's EIP-712 domain if it takes EIP-2612 permits (it answers nonces() and ERC-5267's
// eip712Domain() without salt or extensions), else null.
async function permitDomain(token) {
  try {
    const [d] = await Promise.all([
      wallet.read(token, fundingAbi, 'eip712Domain'),
      wallet.read(token, fundingAbi, 'nonces', [wallet.address]),
    ]);
    const [fields, name, version, chainId, verifyingContract, , extensions] = d;
    const bits = Number(fields);
    if (bits & 0x10 || extensions.length) return null;
    const types = [];
    const domain = {};
    if (bits & 1) { types.push({ name: 'name', type: 'string' }); domain.name = name; }
    if (bits & 2) { types.push({ name: 'version', type: 'string' }); domain.version = version; }
    if (bits & 4) { types.push({ name: 'chainId', type: 'uint256' }); domain.chainId = chainId.toString(); }
    if (bits & 8) { types.push({ name: 'verifyingContract', type: 'address' }); domain.verifyingContract = verifyingContract; }
    return { domain, types };
  } catch {
    return null;
  }
}

// deposit funds the pool: with an EIP-2612 permit when the token supports one (one signature and one
// transaction, fundPoolWithPermit), else approve and then fundPool (two transactions); no approval at all
// when the distributor may already move enough.
async function deposit(p, amount, out) {
  const { meta } = p;
  const me = wallet.address;
  const [held, allowance, permit] = await Promise.all([
    wallet.read(p.token, fundingAbi, 'balanceOf', [me]),
    wallet.read(p.token, fundingAbi, 'allowance', [me, distributor]),
    permitDomain(p.token),
  ]);
  if (held < amount) throw new Error(`Your wallet holds only ${fmt(held, meta.decimals)} ${meta.symbol}.`);
  let hash;
  if (allowance >= amount) {
    status(out, 'Confirm the deposit in your wallet…');
    hash = await wallet.writeChecked(distributor, poolAbi, 'fundPool', [p.pool, amount]);
  } else if (permit) {
    const nonce = await wallet.read(p.token, fundingAbi, 'nonces', [me]);
    const deadline = BigInt(chainNow() + 3600);
    const typed = {
      types: {
        EIP712Domain: permit.types,
        Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
          { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }],
      },
      primaryType: 'Permit',
      domain: permit.domain,
      message: { owner: me, spender: distributor, value: amount.toString(), nonce: nonce.toString(), deadline: deadline.toString() },
    };
    status(out, `Sign the permit for ${fmt(amount, meta.decimals)} ${meta.symbol} in your wallet (no gas)…`);
    const sig = await wallet.provider.request({ method: 'eth_signTypedData_v4', params: [me, JSON.stringify(typed)] });
    const { r, s, yParity } = parseSignature(sig);
    status(out, 'Confirm the deposit in your wallet…');
    hash = await wallet.writeChecked(distributor, poolAbi, 'fundPoolWithPermit', [p.pool, amount, deadline, 27 + yParity, r, s]);
  } else {
    status(out, `Step 1 of 2: approve the distributor to move ${fmt(amount, meta.decimals)} ${meta.symbol}…`);
    await mined(out, await wallet.writeChecked(p.token, fundingAbi, 'approve', [distributor, amount]));
    status(out, 'Step 2 of 2: confirm the deposit in your wallet…');
    hash = await wallet.writeChecked(distributor, poolAbi, 'fundPool', [p.pool, amount]);
  }
  await mined(out, hash);
  return hash;
}

function fundForm(p, out) {
  const { meta } = p;
  const input = el('input', { name: 'amount', inputmode: 'decimal', autocomplete: 'off', required: true });
  const button = el('button', { type: 'submit', class: 'primary', text: 'Deposit' });
  const form = el('form', { class: 'fund', novalidate: true },
    el('div', { class: 'grid' }, el('label', {}, `Deposit, in ${meta.symbol}`, input)),
    el('p', { class: 'hint', text: 'Anything deposited can only pay the campaigns you grant from this pool; the rest comes back to you after a withdrawal notice.' }),
    button);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    button.disabled = true;
    act(out, async () => {
      const amount = units(input.value, meta.decimals, 'Deposit');
      if (amount === 0n) throw new Error('Deposit: enter more than 0.');
      const hash = await deposit(p, amount, out);
      await refreshPool(p.pool, `Deposited ${fmt(amount, meta.decimals)} ${meta.symbol} (transaction ${short(hash)}).`);
    }, meta).finally(() => { button.disabled = false; });
  });
  return form;
}

// ---- grants ----

function grantForm(p, out, free) {
  const { meta } = p;
  const campaign = el('input', { name: 'campaign', autocomplete: 'off', spellcheck: 'false', placeholder: 'cmp_…', required: true });
  const amount = el('input', { name: 'amount', inputmode: 'decimal', autocomplete: 'off', required: true });
  const lookUp = el('button', { type: 'button', text: 'Look up the campaign' });
  const grant = el('button', { type: 'submit', class: 'primary', disabled: true, text: 'Grant' });
  const preview = el('div', { class: 'preview', 'aria-live': 'polite' });
  let found = null; // the campaign shown, once it is one this pool may pay
  let key = null; // the Idempotency-Key of this grant, kept across retries of the same one
  const reset = () => { found = null; key = null; grant.disabled = true; preview.replaceChildren(); };
  campaign.addEventListener('input', reset);
  amount.addEventListener('input', () => { key = null; });
  lookUp.addEventListener('click', () => act(out, async () => {
    reset();
    const id = campaign.value.trim();
    if (!id) throw new Error('Enter the id of the campaign (cmp_…) its creator gave you.');
    let k;
    try {
      k = await api('GET', `/v1/campaigns/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) throw new Error(`There is no campaign ${id}.`);
      throw e;
    }
    const community = await api('GET', `/v1/communities/${encodeURIComponent(k.community_id)}`).catch(() => null);
    const ours = k.pool === p.pool;
    preview.replaceChildren(el('dl', { class: 'campaign-preview', 'data-campaign': k.id },
      el('dt', { text: 'Campaign' }), el('dd', { text: k.id }),
      el('dt', { text: 'Community' }), el('dd', { 'data-field': 'community', text: community ? `${community.name} (${community.symbol})` : k.community_id }),
      el('dt', { text: 'Creator' }), el('dd', {}, el('code', { class: 'addr', text: k.creator })),
      el('dt', { text: 'Rules' }), el('dd', { 'data-field': 'rules', text: rulesSummary(k.rules, meta) || 'none' }),
      el('dt', { text: 'Budget so far' }), el('dd', { text: `${fmt(k.budget, meta.decimals)} ${meta.symbol} granted, ${fmt(k.awarded, meta.decimals)} ${meta.symbol} awarded` })),
    ours ? null : el('p', { class: 'error', text: k.pool
      ? `This campaign is paid by another pool (${k.pool}); only that pool’s owner can grant it a budget.`
      : 'This campaign pays its community’s own token, not a sponsor pool: it cannot be granted a budget.' }));
    if (!ours) return;
    found = k;
    grant.disabled = false;
    status(out, `Campaign ${k.id} of ${community?.name ?? k.community_id} can be paid from this pool; at most ${fmt(free, meta.decimals)} ${meta.symbol} is free to grant.`);
  }, meta));
  const form = el('form', { class: 'grant', novalidate: true },
    el('h4', { text: 'Grant a campaign a budget' }),
    el('p', { class: 'hint', text: 'The campaign’s creator creates it naming this pool and gives you its id. Its awards are paid from the pool, up to what you grant.' }),
    el('div', { class: 'grid' }, el('label', {}, 'Campaign id', campaign)),
    el('div', { class: 'actions' }, lookUp),
    preview,
    el('div', { class: 'grid' }, el('label', {}, `Budget to grant, in ${meta.symbol}`, amount)),
    grant);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!found) return;
    grant.disabled = true;
    act(out, async () => {
      const value = units(amount.value, meta.decimals, 'Budget');
      if (value === 0n) throw new Error('Budget: enter more than 0.');
      if (value > free) throw new Error(`At most ${fmt(free, meta.decimals)} ${meta.symbol} is free to grant: deposit more first, or grant less.`);
      key ??= randomKey();
      status(out, 'Granting…');
      const g = await wallet.api('POST', `/v1/pools/${p.pool}/grants`, { body: { campaign_id: found.id, amount: value.toString() }, idempotencyKey: key });
      const card = await refreshPool(p.pool, `Granted ${fmt(g.amount, meta.decimals)} ${meta.symbol} to ${g.campaign_id}.`);
      card.querySelector('.progress').dataset.grant = g.id;
    }, meta).finally(() => { grant.disabled = !found; });
  });
  return form;
}

function grantsTable(p) {
  const { meta } = p;
  if (!p.grants.length) return el('p', { class: 'muted', text: 'No grants from this pool yet.' });
  return el('div', { class: 'scroll' }, el('table', { class: 'grants' },
    el('caption', { class: 'sr-only', text: `Grants from the ${meta.symbol} pool` }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Campaign' }), el('th', { scope: 'col', text: 'Granted (UTC)' }), el('th', { scope: 'col', class: 'num', text: 'Amount' }))),
    el('tbody', {}, p.grants.map((g) => el('tr', { 'data-grant': g.id },
      el('td', {}, el('code', { text: g.campaign_id })),
      el('td', { class: 'when', text: when.format(new Date(g.created_at)) }),
      el('td', { class: 'num', text: `${fmt(g.amount, meta.decimals)} ${meta.symbol}` }))))));
}

// ---- withdrawal ----

function withdrawal(p, out) {
  const { meta } = p;
  const box = el('div', { class: 'withdrawal' }, el('h4', { text: 'Taking back what is not owed' }));
  const send = (button, fn, done) => {
    button.disabled = true;
    act(out, async () => {
      status(out, 'Confirm in your wallet…');
      const hash = await fn();
      await mined(out, hash);
      await refreshPool(p.pool, done());
    }, meta).finally(() => { button.disabled = false; });
  };
  const cancel = el('button', { type: 'button', text: 'Cancel the withdrawal' });
  cancel.addEventListener('click', () => send(cancel, () => wallet.writeChecked(distributor, poolAbi, 'cancelWithdrawal', [p.pool]),
    () => 'Withdrawal cancelled: campaigns may be awarded and granted from this pool again.'));
  if (p.withdrawableAt === 0) {
    const announce = el('button', { type: 'button', text: 'Announce a withdrawal' });
    announce.addEventListener('click', () => send(announce, () => wallet.writeChecked(distributor, poolAbi, 'announceWithdrawal', [p.pool]),
      () => 'Withdrawal announced. No more awards or grants from this pool; campaigns keep what they earned.'));
    box.append(
      el('p', { class: 'hint', text: `Announcing stops new awards and grants from this pool at once. After ${duration(notice ?? 0)} of notice you can withdraw everything fans have not earned; what they earned stays theirs to claim. You can cancel meanwhile.` }),
      el('div', { class: 'actions' }, announce));
    return box;
  }
  const at = p.withdrawableAt;
  if (chainNow() < at) {
    box.append(
      el('p', {}, 'You can withdraw in ', el('strong', { 'data-countdown': String(at), text: duration(at - chainNow()) }),
        ` (at ${clock.format(new Date(at * 1000))} UTC).`),
      el('div', { class: 'actions' }, cancel));
    return box;
  }
  const input = el('input', { name: 'amount', inputmode: 'decimal', autocomplete: 'off', value: formatUnits(p.withdrawable, meta.decimals) });
  const button = el('button', { type: 'submit', class: 'primary', disabled: p.withdrawable === 0n, text: 'Withdraw' });
  const form = el('form', { class: 'withdraw', novalidate: true },
    el('p', {}, 'Withdrawable now: ', el('strong', { 'data-field': 'withdrawable', 'data-raw': p.withdrawable.toString(), text: `${fmt(p.withdrawable, meta.decimals)} ${meta.symbol}` }),
      p.balance > p.withdrawable ? ` (${fmt(p.balance - p.withdrawable, meta.decimals)} ${meta.symbol} stays: fans earned it and have not claimed it yet)` : ''),
    el('div', { class: 'grid' }, el('label', {}, `Amount to withdraw, in ${meta.symbol}`, input)),
    el('div', { class: 'actions' }, button, cancel));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    let amount;
    try {
      amount = units(input.value, meta.decimals, 'Amount');
    } catch (e) {
      status(out, e.message, 'error');
      return;
    }
    send(button, () => wallet.writeChecked(distributor, poolAbi, 'withdraw', [p.pool, wallet.address, amount]),
      () => `Withdrew ${fmt(amount, meta.decimals)} ${meta.symbol} to your wallet.`);
  });
  box.append(form);
  return box;
}

// The countdowns tick with this browser's clock, corrected to the chain's; when one is over the pool is read
// again (a fresh block decides whether the notice is really over).
setInterval(() => {
  for (const c of document.querySelectorAll('[data-countdown]')) {
    const left = Number(c.dataset.countdown) - chainNow();
    c.textContent = duration(left);
    if (left <= 0 && !c.dataset.done) {
      c.dataset.done = '1';
      const pool = c.closest('[data-pool]').dataset.pool;
      act(region, () => refreshPool(pool).then((card) => {
        if (card.querySelector('form.withdraw')) status(card.querySelector('.progress'), 'The notice is over: you can withdraw now.', 'ok');
      }));
    }
  }
}, 1000);

// ---- a new pool ----

$('#pool-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = ev.target;
  const out = $('#pool-progress');
  const button = f.querySelector('button[type=submit]');
  button.disabled = true;
  act(out, async () => {
    const text = f.token.value.trim();
    if (!isAddress(text, { strict: false })) throw new Error('Token address: enter a 0x address of 40 hex digits.');
    const token = getAddress(text);
    if (!(await wallet.client.getCode({ address: token }))) throw new Error(`There is no contract at ${token} on this chain.`);
    const meta = await tokenInfo(wallet, token);
    await wallet.read(token, fundingAbi, 'balanceOf', [wallet.address]).catch(() => {
      throw new Error(`${token} does not answer balanceOf: it is not an ERC-20 token.`);
    });
    const salt = toHex(crypto.getRandomValues(new Uint8Array(32)));
    const pool = await wallet.read(distributor, poolAbi, 'predictPoolAddress', [wallet.address, token, salt]);
    out.dataset.predicted = pool;
    status(out, `Your ${meta.symbol} pool will be at ${pool}. Confirm in your wallet…`);
    await mined(out, await wallet.writeChecked(distributor, poolAbi, 'createPool', [token, salt]));
    if (!(await wallet.read(distributor, poolAbi, 'isPool', [pool]))) throw new Error(`The distributor has no pool at ${pool}.`);
    status(out, `Pool created at ${pool}. Deposit into it below.`, 'ok');
    out.dataset.pool = pool;
    f.reset();
    $('#new-pool').open = false;
    const card = await refreshPool(pool, `Your ${meta.name} (${meta.symbol}) pool is ready at ${pool}.`);
    card.querySelector('form.fund input').focus();
  }).finally(() => { button.disabled = false; });
});

// ---- the campaigns the pools pay ----

let openCampaign = null; // the campaign whose panel is shown

// renderSponsored lists the campaigns the wallet's pools granted budgets to.
async function renderSponsored(pools) {
  const byCampaign = new Map();
  for (const p of pools) for (const g of p.grants) if (!byCampaign.has(g.campaign_id)) byCampaign.set(g.campaign_id, p);
  $('#sponsored-section').hidden = byCampaign.size === 0;
  const cards = await Promise.all([...byCampaign].map(async ([id, p]) => {
    const k = await api('GET', `/v1/campaigns/${encodeURIComponent(id)}`);
    const open = el('button', { type: 'button', 'aria-label': `Open the campaign ${id}`, text: 'Figures and review' });
    open.addEventListener('click', () => openSponsored(k, p.meta));
    return el('article', { class: 'card', 'data-campaign': id },
      el('header', {}, el('h3', { text: id }), el('span', { class: 'muted', text: `${p.meta.symbol} pool ${short(p.pool)}` })),
      el('p', { text: `${fmt(k.awarded, p.meta.decimals)} of ${fmt(k.budget, p.meta.decimals)} ${p.meta.symbol} awarded · ${rulesSummary(k.rules, p.meta)}` }),
      BigInt(k.pending ?? '0') > 0n ? el('p', { class: 'hint', text: `${fmt(k.pending, p.meta.decimals)} ${p.meta.symbol} pending.` }) : null,
      el('div', { class: 'actions' }, open));
  }));
  $('#sponsored').replaceChildren(...cards);
}

$('#sp-campaign-refresh').addEventListener('click', () => { if (openCampaign) openSponsored(openCampaign.k, openCampaign.meta); });

// openSponsored shows one campaign's figures (the stats a pool's owner may read), its review queue and blocks.
async function openSponsored(k, meta) {
  openCampaign = { k, meta };
  $('#sp-campaign').hidden = false;
  $('#sp-campaign-name').textContent = k.id;
  const out = $('#sp-campaign-progress');
  await act(out, async () => {
    const stats = await wallet.api('GET', `/v1/campaigns/${encodeURIComponent(k.id)}/stats?days=14`);
    const show = (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`;
    const tile = (label, value, key) => el('div', { class: 'tile' }, el('dt', { text: label }), el('dd', { 'data-stat': key, text: value }));
    $('#sp-tiles').replaceChildren(
      tile('Granted', show(stats.budget), 'budget'), tile('Awarded', show(stats.awarded), 'awarded'),
      tile('Remaining', show(stats.remaining), 'remaining'), tile('Awards', String(stats.awards), 'awards'),
      tile('Referrals', String(stats.referrals), 'referrals'), tile('Holders', String(stats.holders), 'holders'),
      ...lifecycleTiles(stats, meta));
    $('#sp-chart-budget').replaceChildren(lineChart(stats.days.map((x) => ({ label: x.day.slice(5), value: BigInt(x.awarded_total) })), BigInt(stats.budget), show));
    $('#sp-chart-flow').replaceChildren(flowChart(stats.days.map((x) => ({ label: x.day.slice(5), day: x.day, awarded: BigInt(x.amount),
      reversed: BigInt(x.reversed), rejected: BigInt(x.rejected) })), show));
    const refresh = () => openSponsored(k, meta);
    await Promise.all([
      reviewQueue($('#sp-review'), { wallet, campaign: k, meta, onChange: refresh }),
      blockList($('#sp-blocks'), { wallet, campaign: k, onChange: refresh }),
    ]);
    out.textContent = '';
  }, meta);
}
