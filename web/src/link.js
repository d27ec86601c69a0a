// The link page: a platform's link URL (/app/link?token=…) opens it. It shows what waits for the platform's
// user (POST /v1/identities/link-preview, no sign-in needed), then the fan connects any EIP-1193 wallet
// (smart wallets included), signs in with Ethereum and confirms once: POST /v1/identities/link moves it all
// to that wallet, where the fan page shows it claimable (or pending) like any other reward.
import { $, el, status, short, fmt, guard, setup, tokenInfo, api, randomKey } from './common.js';
import { when } from './review.js';

const { wallet, region } = await setup('link');
const token = new URLSearchParams(location.search).get('token') ?? '';
const linkBtn = $('#link');
const out = $('#link-progress');
let preview = null;

async function show() {
  await guard(region, async () => {
    if (!token) throw new Error('This page needs the link your platform gave you (…/app/link?token=…).');
    try {
      preview = await api('POST', '/v1/identities/link-preview', { body: { token } });
    } catch (e) {
      if (e.code === 'unknown_link_token') throw new Error('This link is not valid. Ask the platform for a new one.');
      if (e.code === 'link_token_expired') throw new Error('This link has expired. Ask the platform for a new one.');
      throw e;
    }
    $('#link-from').replaceChildren('From ', el('strong', { 'data-field': 'platform', text: preview.platform_name }),
      `, for the account you have there. This link works until ${when.format(new Date(preview.expires_at))} UTC.`);
    if (preview.status === 'used') {
      $('#waiting').replaceChildren(el('p', { 'data-field': 'used', text: `Already linked to ${short(preview.account)}.` }));
      linkBtn.hidden = true;
      $('#link-done').hidden = false;
      return;
    }
    if (!preview.tokens.length) {
      $('#waiting').replaceChildren(el('p', { class: 'muted', text: 'Nothing waits yet; what you earn there later will come to the wallet you link.' }));
    } else {
      const rows = await Promise.all(preview.tokens.map(async (t) => {
        const meta = await tokenInfo(wallet, t.token);
        const amount = (v) => `${fmt(v, meta.decimals)} ${meta.symbol}`;
        const parts = [el('strong', { 'data-field': 'held', 'data-raw': t.held, text: amount(t.held) }), ' ready to claim'];
        if (t.pending !== '0') {
          parts.push(', and ', el('strong', { 'data-field': 'pending', 'data-raw': t.pending, text: amount(t.pending) }),
            ' pending', t.pending_until ? ` (the first from ${when.format(new Date(t.pending_until))} UTC)` : '');
        }
        return el('li', { 'data-token': t.token, ...(t.pool ? { 'data-pool': t.pool } : {}) },
          el('span', { text: `${meta.name}: ` }), ...parts, t.pool ? ` — paid by sponsor pool ${short(t.pool)}` : '');
      }));
      $('#waiting').replaceChildren(el('ul', { class: 'waiting' }, rows));
    }
    render();
  });
}

function render() {
  const open = preview?.status === 'open';
  linkBtn.hidden = !open || !wallet.token;
  if (open && wallet.token) linkBtn.textContent = `Link to ${short(wallet.address)}`;
  if (open && !wallet.token) status(out, wallet.address ? 'Sign in with the wallet you want your rewards in.' : 'Connect the wallet you want your rewards in.');
}
wallet.onChange(render);

linkBtn.addEventListener('click', () => {
  linkBtn.disabled = true;
  guard(out, async () => {
    status(out, 'Linking…');
    try {
      await wallet.api('POST', '/v1/identities/link', { body: { token }, idempotencyKey: randomKey() });
    } catch (e) {
      if (e.code === 'link_token_used') throw new Error('Another wallet already used this link.');
      if (e.code === 'already_linked') throw new Error('Your account there is already linked to another wallet.');
      throw e;
    }
    preview = { ...preview, status: 'used', account: wallet.address };
    $('#waiting-h').textContent = 'Moved to your wallet';
    linkBtn.hidden = true;
    $('#link-done').hidden = false;
    status(out, `Linked: your rewards are now in ${short(wallet.address)}.`, 'ok');
  }).finally(() => { linkBtn.disabled = false; });
});

show();
