// The creator page: communities (token creation, minter, payout limit), campaigns and their dashboard.
import {
  $, el, status, short, fmt, units, guard, setup, tokenInfo, tokenAbi, distributorAbi, poolAbi, randomKey, api, ApiError, rulesSummary, download,
} from './common.js';
import { getAddress, isAddress } from 'viem';
import { lineChart, barChart, flowChart } from './chart.js';
import { reviewQueue, blockList, lifecycleTiles, holdSeconds } from './review.js';

const { wallet, info, region } = await setup('creator');
const distributor = info.contracts.distributor;
let current = null; // the community being managed
let campaign = null; // the campaign on the dashboard

wallet.onChange(() => {
  document.querySelectorAll('.needs-auth').forEach((s) => { s.hidden = !wallet.token; });
  if (wallet.token) loadCommunities();
  else { $('#manage').hidden = true; $('#dashboard').hidden = true; }
});
document.querySelectorAll('.needs-auth').forEach((s) => { s.hidden = true; });

// Endpoints that list what a creator owns may be missing on an older server: then the page remembers what
// it created in this browser.
const remembered = (kind) => JSON.parse(localStorage.getItem(`tribe.${kind}.${wallet.address}`) ?? '[]');
const remember = (kind, id) => {
  const ids = remembered(kind);
  if (!ids.includes(id)) localStorage.setItem(`tribe.${kind}.${wallet.address}`, JSON.stringify([...ids, id]));
};
const missingEndpoint = (e) => e instanceof ApiError && e.status === 404 && /no such endpoint/.test(e.message);

// listAll follows a paged listing's next_cursor, 200 entries a page, and returns the entries under key (at
// most 2,000: beyond that the page would be too long to use anyway).
async function listAll(get, path, key) {
  const out = [];
  let cursor = '';
  for (let i = 0; i < 10; i++) {
    const page = await get(`${path}?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page[key]);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return out;
}

// ---- communities ----

async function loadCommunities() {
  await guard(region, async () => {
    let list;
    try {
      list = await listAll((p) => wallet.api('GET', p), `/v1/accounts/${wallet.address}/communities`, 'communities');
    } catch (e) {
      if (!missingEndpoint(e)) throw e;
      list = await Promise.all(remembered('communities').map((id) => api('GET', `/v1/communities/${id}`)));
    }
    const box = $('#communities');
    if (!list.length) {
      box.replaceChildren(el('p', { class: 'muted', text: 'No community yet: create your token below.' }));
      $('#new-community').open = true;
      return;
    }
    box.replaceChildren(...list.map(communityCard));
    if (current) {
      const fresh = list.find((c) => c.id === current.id);
      if (fresh) current = fresh;
    }
  });
}

function communityCard(c) {
  const manage = el('button', { type: 'button', disabled: c.status !== 'active', 'aria-label': `Manage ${c.name}`, text: 'Manage', onclick: () => manageCommunity(c) });
  return el('article', { class: 'card', 'data-community': c.id },
    el('header', {}, el('h3', { text: `${c.name} (${c.symbol})` }), el('span', { class: `badge ${c.status}`, text: c.status })),
    el('p', {}, 'Token ', el('code', { class: 'addr', title: c.token_address, text: c.token_address })),
    c.error ? el('p', { class: 'error', text: c.error }) : null,
    el('div', { class: 'actions' }, manage));
}

// The creator's wallet signs the EIP-712 request; the service relays createTokenFor; the page follows the
// community until its token is live.
$('#community-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = ev.target;
  const out = $('#community-progress');
  const button = f.querySelector('button[type=submit]');
  button.disabled = true;
  guard(out, async () => {
    const body = {
      name: f.name.value.trim(), symbol: f.symbol.value.trim(),
      max_supply: units(f.max_supply.value || '0', 18, 'Maximum supply').toString(),
      creator_allocation: units(f.creator_allocation.value || '0', 18, 'Allocation').toString(),
    };
    if (!body.name || !body.symbol) throw new Error('Give the token a name and a symbol.');
    const req = await wallet.api('POST', '/v1/communities/request', { body });
    status(out, `Your token will live at ${req.token_address}. Sign the request in your wallet…`);
    out.dataset.predicted = req.token_address;
    const signature = await wallet.provider.request({
      method: 'eth_signTypedData_v4', params: [wallet.address, JSON.stringify(req.typed_data)],
    });
    const c = await wallet.api('POST', '/v1/communities', { body: { ...req.request, signature }, idempotencyKey: randomKey() });
    remember('communities', c.id);
    status(out, `Creating ${c.name} at ${c.token_address}… (transaction ${short(c.tx_hash)})`);
    await loadCommunities();
    let now = c;
    for (let i = 0; now.status === 'pending' && i < 240; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      now = await api('GET', `/v1/communities/${c.id}`);
    }
    if (now.status !== 'active') throw new Error(`The token was not created: ${now.error || now.status}`);
    status(out, `${now.name} is live at ${now.token_address}.`, 'ok');
    status(region, `${now.name} is live at ${now.token_address}.`, 'ok');
    f.reset();
    $('#new-community').open = false;
    await loadCommunities();
    await manageCommunity(now);
  }).finally(() => { button.disabled = false; });
});

// ---- one community: minter, payout limit, campaigns ----

async function manageCommunity(c) {
  current = c;
  $('#manage').hidden = false;
  $('#dashboard').hidden = true;
  $('#manage-name').textContent = `${c.name} (${c.symbol})`;
  await Promise.all([refreshToken(), loadCampaigns()]);
  $('#manage-h').scrollIntoView?.({ block: 'start' });
}

async function refreshToken() {
  await guard(region, async () => {
    const token = current.token_address;
    const [minter, limit, meta] = await Promise.all([
      wallet.read(token, tokenAbi, 'isMinter', [distributor]),
      wallet.read(distributor, distributorAbi, 'payoutLimit', [token]),
      tokenInfo(wallet, token),
    ]);
    $('#minter-state').textContent = minter ? 'yes' : 'not yet';
    $('#make-minter').hidden = minter;
    const [amount, period, paid] = limit;
    $('#limit-state').textContent = period === 0
      ? 'no limit'
      : `${fmt(amount, meta.decimals)} ${meta.symbol} per ${periodName(period)} (${fmt(paid, meta.decimals)} ${meta.symbol} paid this period)`;
  });
}

function periodName(s) {
  return { 3600: 'hour', 86400: 'day', 604800: 'week', 2592000: '30 days' }[s] ?? `${s} s`;
}

$('#make-minter').addEventListener('click', (ev) => {
  const out = $('#minter-progress');
  ev.target.disabled = true;
  guard(out, async () => {
    status(out, 'Confirm in your wallet…');
    const hash = await wallet.write(current.token_address, tokenAbi, 'setMinter', [distributor, true]);
    status(out, `Sent ${short(hash)}; waiting for confirmation…`);
    await wallet.wait(hash);
    status(out, 'Done: the distributor mints rewards as fans claim them.', 'ok');
    await refreshToken();
  }).finally(() => { ev.target.disabled = false; });
});

$('#limit-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = ev.target;
  const out = $('#limit-progress');
  guard(out, async () => {
    const meta = await tokenInfo(wallet, current.token_address);
    const limit = units(f.limit.value, meta.decimals, 'Limit');
    if (limit === 0n) throw new Error('Limit: enter more than 0.');
    status(out, 'Confirm in your wallet…');
    const hash = await wallet.write(distributor, distributorAbi, 'setPayoutLimit', [current.token_address, limit, Number(f.period.value)]);
    status(out, `Sent ${short(hash)}; waiting for confirmation…`);
    await wallet.wait(hash);
    status(out, 'Limit set.', 'ok');
    await refreshToken();
  });
});

// ---- campaigns ----

async function loadCampaigns() {
  await guard(region, async () => {
    let list;
    try {
      list = await listAll((p) => api('GET', p), `/v1/communities/${current.id}/campaigns`, 'campaigns');
    } catch (e) {
      if (!missingEndpoint(e)) throw e;
      list = (await Promise.all(remembered('campaigns').map((id) => api('GET', `/v1/campaigns/${id}`))))
        .filter((k) => k.community_id === current.id);
    }
    const box = $('#campaigns');
    if (!list.length) {
      box.replaceChildren(el('p', { class: 'muted', text: 'No campaign yet.' }));
      $('#new-campaign').open = true;
      return;
    }
    // A pooled campaign pays the pool's ERC-20, not the community's token: each shows its own reward token.
    const metas = await Promise.all(list.map((k) => tokenInfo(wallet, k.reward_token)));
    box.replaceChildren(...list.map((k, i) => el('article', { class: 'card', 'data-campaign': k.id },
      el('header', {}, el('h3', { text: k.id }), el('span', { class: 'muted', text: new Date(k.created_at).toISOString().slice(0, 10) })),
      el('p', {}, `${fmt(k.awarded ?? '0', metas[i].decimals)} of ${fmt(k.budget, metas[i].decimals)} ${metas[i].symbol} awarded · ${rulesSummary(k.rules, metas[i])}`),
      k.pool ? el('p', { class: 'hint' }, 'Paid by sponsor pool ', el('code', { class: 'addr', title: k.pool, text: short(k.pool) }), ' within what its owner grants.') : null,
      el('div', { class: 'actions' }, el('button', { type: 'button', 'aria-label': `Open the dashboard of ${k.id}`, text: 'Dashboard', onclick: () => openDashboard(k) })))));
  });
}

function contribRow(kind = '', amount = '') {
  const n = $('#contrib-rows').children.length + 1;
  return el('div', { class: 'grid contrib' },
    el('label', {}, `Kind ${n}`, el('input', { name: 'contrib_kind', value: kind, autocomplete: 'off', placeholder: 'post' })),
    el('label', {}, `Reward for kind ${n}, in tokens`, el('input', { name: 'contrib_amount', value: amount, inputmode: 'decimal' })));
}
$('#contrib-rows').append(contribRow('post', '10'));
$('#contrib-rows').append(contribRow('review', '5'));
$('#add-contrib').addEventListener('click', () => {
  const row = contribRow();
  $('#contrib-rows').append(row);
  row.querySelector('input').focus();
});

const payer = $('#campaign-form').payer;
const showPayer = () => {
  $('#payer-token').hidden = payer.value !== 'token';
  $('#payer-pool').hidden = payer.value !== 'pool';
};
payer.addEventListener('change', showPayer);

// poolToken checks that text is a sponsor pool on the distributor and returns the ERC-20 it pays.
async function poolToken(text) {
  if (!isAddress(text.trim(), { strict: false })) throw new Error('Sponsor pool: enter the 0x address the sponsor gave you.');
  const pool = getAddress(text.trim());
  if (!(await wallet.read(distributor, poolAbi, 'isPool', [pool]))) throw new Error(`There is no sponsor pool at ${pool}: check the address with the sponsor.`);
  const [token, , , , , withdrawableAt] = await wallet.read(distributor, poolAbi, 'poolInfo', [pool]);
  if (withdrawableAt !== 0n) throw new Error('That pool is closing (its owner announced a withdrawal): it pays no new campaign.');
  return { pool, token };
}

$('#campaign-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = ev.target;
  const out = $('#campaign-progress');
  guard(out, async () => {
    const pooled = f.payer.value === 'pool' ? await poolToken(f.pool.value) : null;
    const d = (await tokenInfo(wallet, pooled ? pooled.token : current.token_address)).decimals;
    const rules = {};
    if (f.referral_on.checked) {
      rules.referral = {
        referrer_reward: units(f.referrer_reward.value || '0', d, 'Referrer reward').toString(),
        referee_reward: units(f.referee_reward.value || '0', d, 'Newcomer reward').toString(),
        qualifying_event: f.qualifying_event.value,
      };
    }
    const kinds = [...f.querySelectorAll('[name=contrib_kind]')];
    const amounts = [...f.querySelectorAll('[name=contrib_amount]')];
    kinds.forEach((k, i) => {
      const kind = k.value.trim();
      if (!kind) return;
      rules.contributions ??= {};
      rules.contributions[kind] = units(amounts[i].value, d, `Reward for ${kind}`).toString();
    });
    if (f.revshare_on.checked) {
      rules.revenue_share = { bps: Number(f.bps.value), window_days: Number(f.window_days.value) };
      if (!Number.isInteger(rules.revenue_share.bps) || !Number.isInteger(rules.revenue_share.window_days)) {
        throw new Error('Revenue share: basis points and days are whole numbers.');
      }
    }
    if (f.daily_cap.value.trim()) rules.daily_cap = units(f.daily_cap.value, d, 'Daily cap').toString();
    const hold = holdSeconds(f.hold_seconds.value, 'Hold');
    if (hold) rules.hold_seconds = hold;
    const kindHolds = [
      ['referral_hold_seconds', 'Hold for referral rewards', (h) => { if (rules.referral) rules.referral.hold_seconds = h; }],
      ['revenue_share_hold_seconds', 'Hold for revenue-share awards', (h) => { if (rules.revenue_share) rules.revenue_share.hold_seconds = h; }],
      ['contributions_hold_seconds', 'Hold for contributions', (h) => { if (rules.contributions) rules.contributions_hold_seconds = h; }],
    ];
    for (const [name, what, set] of kindHolds) {
      const h = holdSeconds(f[name].value, what);
      if (h !== undefined && h !== (hold ?? 0)) set(h);
    }
    if (f.approval.value === 'manual') rules.approval = 'manual';
    const body = {
      community_id: current.id, rules,
      platforms: f.platforms.value.split(',').map((s) => s.trim()).filter(Boolean),
    };
    // A pooled campaign names its pool and no budget: the pool's owner grants it one.
    if (pooled) body.pool = pooled.pool;
    else body.budget = units(f.budget.value, d, 'Budget').toString();
    status(out, 'Creating the campaign…');
    const k = await wallet.api('POST', '/v1/campaigns', { body, idempotencyKey: randomKey() });
    remember('campaigns', k.id);
    const created = pooled
      ? `Campaign ${k.id} created. Give its id to the owner of pool ${short(pooled.pool)}: its budget is what they grant it.`
      : `Campaign ${k.id} created.`;
    status(out, created, 'ok');
    status(region, created, 'ok'); // the form (and its progress line) closes now
    out.dataset.campaign = k.id;
    $('#new-campaign').open = false;
    f.reset();
    showPayer();
    await loadCampaigns();
    await openDashboard(k);
  });
});

// ---- dashboard ----

$('#dash-refresh').addEventListener('click', async () => {
  if (!campaign) return;
  await Promise.all([loadCampaigns(), refreshToken()]);
  await openDashboard(campaign);
});

$('#dash-export').addEventListener('click', async (e) => {
  if (!campaign) return;
  const button = e.currentTarget;
  const out = $('#dash-export-progress');
  button.disabled = true;
  status(out, 'Preparing the file…');
  const name = await guard(out, () => download(`/v1/campaigns/${campaign.id}/awards.csv`, wallet.token, `awards-${campaign.id}.csv`));
  if (name) status(out, `Saved ${name}.`, 'ok');
  button.disabled = false;
});

async function openDashboard(k) {
  campaign = k;
  $('#dashboard').hidden = false;
  $('#dash-name').textContent = k.id;
  await guard(region, async () => {
    const meta = await tokenInfo(wallet, k.reward_token);
    let stats;
    try {
      stats = await wallet.api('GET', `/v1/campaigns/${k.id}/stats?days=14`);
    } catch (e) {
      if (!missingEndpoint(e)) throw e;
      const c = await api('GET', `/v1/campaigns/${k.id}`);
      stats = { budget: c.budget, awarded: c.awarded, remaining: c.remaining_budget, awards: c.awards, referrals: c.referrals, holders: c.holders, days: [] };
    }
    const tile = (label, value, key) => el('div', { class: 'tile' }, el('dt', { text: label }), el('dd', { 'data-stat': key, text: value }));
    $('#tiles').replaceChildren(
      tile(k.pool ? 'Granted' : 'Budget', `${fmt(stats.budget, meta.decimals)} ${meta.symbol}`, 'budget'),
      tile('Awarded', `${fmt(stats.awarded, meta.decimals)} ${meta.symbol}`, 'awarded'),
      tile('Remaining', `${fmt(stats.remaining, meta.decimals)} ${meta.symbol}`, 'remaining'),
      tile('Awards', String(stats.awards), 'awards'),
      tile('Referrals', String(stats.referrals), 'referrals'),
      tile('Holders', String(stats.holders), 'holders'),
      ...lifecycleTiles(stats, meta));
    const days = stats.days ?? [];
    const show = (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`;
    $('#chart-flow').replaceChildren(flowChart(days.map((x) => ({ label: x.day.slice(5), day: x.day, awarded: BigInt(x.amount),
      reversed: BigInt(x.reversed ?? '0'), rejected: BigInt(x.rejected ?? '0') })), show));
    $('#chart-budget').replaceChildren(lineChart(days.map((x) => ({ label: x.day.slice(5), value: BigInt(x.awarded_total) })),
      BigInt(stats.budget), (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`));
    $('#chart-days').replaceChildren(barChart(days.map((x) => ({ label: x.day.slice(5), value: x.awards }))));
    const [refs, earned] = await Promise.all([
      wallet.api('GET', `/v1/campaigns/${k.id}/leaderboard?by=referrals&limit=5`),
      wallet.api('GET', `/v1/campaigns/${k.id}/leaderboard?by=earned&limit=5`),
    ]);
    $('#top-referrals').replaceChildren(board(refs.entries, (v) => `${v} referral${v === '1' ? '' : 's'}`, 'referrals'));
    $('#top-earned').replaceChildren(board(earned.entries, (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`, 'earned'));
    const refresh = () => openDashboard(campaign);
    await Promise.all([loadGrants(k, meta, stats), loadPlatforms(), loadEmbed(k),
      reviewQueue($('#review'), { wallet, campaign: k, meta, onChange: refresh }),
      blockList($('#blocks'), { wallet, campaign: k, onChange: refresh })]);
  });
}

function board(entries, show, by) {
  if (!entries.length) return el('p', { class: 'muted', text: 'Nobody yet.' });
  return el('ol', { class: 'board', 'data-board': by }, entries.map((e) => el('li', {},
    el('code', { class: 'addr', title: e.account, text: short(e.account) }), el('span', { class: 'num', text: show(e.value) }))));
}

// loadGrants shows who granted a pooled campaign its budget, and what is left of it.
async function loadGrants(k, meta, stats) {
  $('#grants-card').hidden = !k.pool;
  if (!k.pool) return;
  const g = await api('GET', `/v1/campaigns/${k.id}/grants`);
  const amount = (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`;
  $('#grants-summary').replaceChildren(
    'Paid by sponsor pool ', el('code', { class: 'addr', title: g.pool, text: g.pool }), ': ',
    el('strong', { 'data-field': 'granted', 'data-raw': g.granted, text: amount(g.granted) }), ' granted, ',
    el('strong', { 'data-field': 'remaining', 'data-raw': stats.remaining, text: amount(stats.remaining) }), ' not yet awarded.');
  if (!g.grants.length) {
    $('#grants').replaceChildren(el('p', { class: 'muted', text: 'No grant yet: give the pool\'s owner this campaign\'s id.' }));
    return;
  }
  const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  $('#grants').replaceChildren(el('div', { class: 'scroll' }, el('table', { class: 'grants' },
    el('caption', { class: 'sr-only', text: 'Grants this campaign received' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Sponsor' }), el('th', { scope: 'col', text: 'When (UTC)' }), el('th', { scope: 'col', class: 'num', text: 'Amount' }))),
    el('tbody', {}, g.grants.map((x) => el('tr', { 'data-grant': x.id },
      el('td', {}, el('code', { class: 'addr', title: x.granted_by, text: short(x.granted_by) })),
      el('td', { class: 'when', text: when.format(new Date(x.created_at)) }),
      el('td', { class: 'num', text: amount(x.amount) })))))));
}

// ---- the embeddable fan widget ----

// loadEmbed shows the widget's address, an iframe snippet and the origins allowed to frame it.
async function loadEmbed(k) {
  delete $('#embed-card').dataset.campaign;
  const url = new URL(`/app/embed?campaign=${encodeURIComponent(k.id)}`, location.origin).href;
  $('#embed-url').value = url;
  $('#embed-snippet').value = `<iframe src="${url}" width="380" height="520" style="border:0" allow="clipboard-write"></iframe>`;
  try {
    const r = await api('GET', `/v1/campaigns/${k.id}/embed-origins`);
    $('#embed-origins').value = r.origins.join('\n');
    $('#embed-card').dataset.campaign = k.id; // loaded: what is shown is this campaign's
  } catch (e) {
    if (!missingEndpoint(e)) throw e;
    $('#embed-card').hidden = true;
  }
}

$('#embed-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const out = $('#embed-progress');
  guard(out, async () => {
    const origins = $('#embed-origins').value.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
    for (const o of origins) {
      let u;
      try { u = new URL(o); } catch { throw new Error(`${o} is not an origin: write it as https://fans.example`); }
      if (u.origin !== o.replace(/\/$/, '')) throw new Error(`${o} is not an origin: scheme and host only, no path`);
    }
    const r = await wallet.api('PUT', `/v1/campaigns/${campaign.id}/embed-origins`, { body: { origins: origins.map((o) => o.replace(/\/$/, '')) } });
    $('#embed-origins').value = r.origins.join('\n');
    status(out, r.origins.length ? `Saved: ${r.origins.length} site${r.origins.length === 1 ? '' : 's'} may embed the widget.` : 'Saved: no site may embed the widget.', 'ok');
  });
});

// ---- platforms of the campaign ----

async function loadPlatforms() {
  const box = $('#platforms');
  let list;
  try {
    list = (await wallet.api('GET', `/v1/campaigns/${campaign.id}/platforms`)).platforms;
  } catch (e) {
    if (!missingEndpoint(e)) throw e;
    box.replaceChildren(el('p', { class: 'muted', text: 'This server cannot list platforms yet.' }));
    return;
  }
  if (!list.length) {
    box.replaceChildren(el('p', { class: 'muted', text: campaign.platforms?.length ? `Allowed: ${campaign.platforms.join(', ')}` : 'Any platform the operator admitted may report for this campaign.' }));
    return;
  }
  box.replaceChildren(el('ul', { class: 'platforms' }, list.map((p) => el('li', { 'data-platform': p.id },
    el('span', {}, el('strong', { text: p.name }), ' ', el('code', { text: p.id })),
    p.revoked
      ? el('span', { class: 'badge failed', text: 'revoked' })
      : el('button', { type: 'button', 'aria-label': `Revoke ${p.name}`, text: 'Revoke', onclick: (ev) => revoke(p, ev.target) })))));
}

async function revoke(p, button) {
  button.disabled = true;
  await guard($('#platform-progress'), async () => {
    await wallet.api('DELETE', `/v1/campaigns/${campaign.id}/platforms/${p.id}`);
    status($('#platform-progress'), `${p.name} can no longer report for this campaign.`, 'ok');
    await loadPlatforms();
  });
  button.disabled = false;
}

$('#platform-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = ev.target;
  const out = $('#platform-progress');
  guard(out, async () => {
    const name = f.name.value.trim();
    if (!name) throw new Error('Give the platform a name.');
    const r = await wallet.api('POST', `/v1/campaigns/${campaign.id}/platforms`, { body: { name }, idempotencyKey: randomKey() });
    $('#platform-token').hidden = false;
    $('#platform-token-value').value = r.token;
    status(out, `${r.platform.name} (${r.platform.id}) added. Give it this token; it is not shown again.`, 'ok');
    f.reset();
    await loadPlatforms();
  });
});
