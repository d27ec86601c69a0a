// The award lifecycle as the creator and the sponsor page show it: the review queue (pending awards,
// approved or rejected several at a time, with a reason), the campaign's blocked accounts, the lifecycle
// tiles, and the words for holds and statuses. Every part is drawn into a container the page gives.
import { getAddress, isAddress } from 'viem';
import { el, status, short, fmt, guard } from './common.js';

export const MAX_HOLD_SECONDS = 400 * 24 * 3600;

export const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

// holdSeconds reads a hold typed in a form: empty is undefined (no hold of its own), else a whole number of
// seconds from 0 to 400 days; it throws a readable error.
export function holdSeconds(text, what) {
  const t = String(text ?? '').trim();
  if (t === '') return undefined;
  if (!/^\d+$/.test(t)) throw new Error(`${what}: enter a whole number of seconds, 0 or more (3600 is an hour).`);
  const n = Number(t);
  if (n > MAX_HOLD_SECONDS) throw new Error(`${what}: at most ${MAX_HOLD_SECONDS} seconds (400 days).`);
  return n;
}

// awaitText says why a pending award waits: for review, or for its hold to end (and until when).
export function awaitText(a) {
  const until = a.claimable_at ? when.format(new Date(a.claimable_at)) : null;
  if (a.awaiting_approval) return until ? `awaits approval · hold ends ${until} UTC` : 'awaits approval';
  return until ? `approved · held until ${until} UTC` : 'approved';
}

// reasonText says why an award was given, in words, from the fan's side (you) or another's (who).
export function reasonText(a, you = true) {
  const who = a.counterparty ? short(a.counterparty) : 'someone';
  const [kind, detail] = [a.reason.split(':')[0], a.reason.slice(a.reason.indexOf(':') + 1)];
  if (a.reason === 'referral:referrer') return you ? `Referral: you brought in ${who}` : `Referral: brought in ${who}`;
  if (a.reason === 'referral:referee') return you ? `Welcome reward: you joined through ${who}` : `Welcome reward: joined through ${who}`;
  if (kind === 'contribution') return `Contribution: ${detail}`;
  if (kind === 'revenue_share') return `Revenue share on a purchase by ${who}`;
  if (kind === 'direct') return `Award: ${detail}`;
  return a.reason;
}

// lifecycleTiles are the dashboard tiles for what waits and what was taken back.
export function lifecycleTiles(stats, meta) {
  const show = (v) => `${fmt(v ?? '0', meta.decimals)} ${meta.symbol}`;
  const tile = (label, value, key, title) => el('div', { class: 'tile', title }, el('dt', { text: label }), el('dd', { 'data-stat': key, 'data-raw': value ?? '0', text: show(value) }));
  return [
    tile('Pending', stats.pending, 'pending', 'Held, or waiting for approval: not claimable yet'),
    tile('Reversed', stats.reversed, 'reversed', 'Taken back by refunds'),
    tile('Rejected', stats.rejected, 'rejected', 'Rejected in review or by a block'),
    tile('Debt', stats.debt, 'debt', 'Reversed after fans could claim it; their next awards pay it off'),
    ...(stats.expired && stats.expired !== '0'
      ? [tile('Expired', stats.expired, 'expired', 'Earned by platform users who never linked a wallet in time: back in the budget')] : []),
  ];
}

const outcomeWords = {
  approved: 'approved (claimable when the hold ends)', claimable: 'approved and claimable now', rejected: 'rejected',
  not_pending: 'no longer pending (unchanged)', not_found: 'not found (unchanged)',
};

// reviewQueue draws the campaign's pending awards into box, with check boxes, a reason and the buttons that
// approve or reject the selected ones; onChange runs after a review changed something.
export async function reviewQueue(box, { wallet, campaign, meta, onChange }) {
  const out = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const base = `/v1/campaigns/${encodeURIComponent(campaign.id)}`;
  const awards = [];
  let next = '';
  const page = async () => {
    const r = await wallet.api('GET', `${base}/awards?status=pending&limit=100${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
    awards.push(...r.awards);
    next = r.next ?? '';
  };
  await page();
  const manual = campaign.rules?.approval === 'manual';
  const intro = el('p', { class: 'hint', text: manual
    ? 'This campaign approves awards by hand: nothing below reaches the fan until approved, and each then waits out its hold (if any). Rejecting gives the amount back to the budget.'
    : 'These awards wait for their hold to end. You can still reject one (the amount goes back to the budget) or approve it, which changes nothing until the hold ends.' });
  if (!awards.length) {
    box.replaceChildren(intro, el('p', { class: 'muted', 'data-queue': 'empty', text: 'Nothing waits for review.' }), out);
    return;
  }
  const selectAll = el('input', { type: 'checkbox', 'aria-label': 'Select every award listed' });
  const reason = el('input', { name: 'review_reason', maxlength: 200, autocomplete: 'off', placeholder: 'duplicate account' });
  const approveBtn = el('button', { type: 'button', class: 'primary', 'data-action': 'approve', disabled: true, text: 'Approve selected' });
  const rejectBtn = el('button', { type: 'button', 'data-action': 'reject', disabled: true, text: 'Reject selected' });
  const moreBtn = el('button', { type: 'button', hidden: !next, text: 'Show more' });
  const tbody = el('tbody');
  const boxes = () => [...tbody.querySelectorAll('input[type=checkbox]')];
  const selected = () => boxes().filter((b) => b.checked).map((b) => b.value);
  const sync = () => {
    const n = selected().length;
    approveBtn.disabled = rejectBtn.disabled = n === 0;
    approveBtn.textContent = n ? `Approve ${n} selected` : 'Approve selected';
    rejectBtn.textContent = n ? `Reject ${n} selected` : 'Reject selected';
    selectAll.checked = n > 0 && n === boxes().length;
    selectAll.indeterminate = n > 0 && n < boxes().length;
  };
  const row = (a) => {
    const check = el('input', { type: 'checkbox', value: a.id, 'aria-label': `Select the award of ${fmt(a.amount, meta.decimals)} ${meta.symbol} to ${a.account}` });
    check.addEventListener('change', sync);
    return el('tr', { 'data-award': a.id, 'data-account': a.account },
      el('td', {}, check),
      el('td', {}, el('code', { class: 'addr', title: a.account, text: short(a.account) })),
      el('td', { text: reasonText(a, false) }),
      el('td', {}, el('span', { class: `badge ${a.awaiting_approval ? 'pending' : 'held'}`, 'data-wait': a.awaiting_approval ? 'approval' : 'hold', text: awaitText(a) })),
      el('td', { class: 'when', text: when.format(new Date(a.at)) }),
      el('td', { class: 'num', text: `${fmt(a.amount, meta.decimals)} ${meta.symbol}` }));
  };
  tbody.append(...awards.map(row));
  selectAll.addEventListener('change', () => { boxes().forEach((b) => { b.checked = selectAll.checked; }); sync(); });
  moreBtn.addEventListener('click', () => guard(out, async () => {
    const before = awards.length;
    await page();
    tbody.append(...awards.slice(before).map(row));
    moreBtn.hidden = !next;
    sync();
  }));
  const review = (action) => guard(out, async () => {
    if (!selected().length) return;
    const ids = selected();
    const note = reason.value.trim();
    if (action === 'reject' && !note) throw new Error('Say why in "Reason" before rejecting: the fan sees it.');
    approveBtn.disabled = rejectBtn.disabled = true;
    status(out, `${action === 'approve' ? 'Approving' : 'Rejecting'} ${ids.length} award${ids.length === 1 ? '' : 's'}…`);
    const r = await wallet.api('POST', `${base}/awards/review`, { body: { [action]: ids, reason: note } });
    const counts = {};
    for (const x of r.results) counts[x.outcome] = (counts[x.outcome] ?? 0) + 1;
    const said = Object.entries(counts).map(([k, n]) => `${n} ${outcomeWords[k] ?? k}`).join(', ');
    await onChange?.();
    // The queue is drawn again by onChange (or here); the outcome goes to the fresh one's live region.
    if (!onChange) await reviewQueue(box, { wallet, campaign, meta, onChange });
    const fresh = box.querySelector('.progress');
    status(fresh, `Reviewed: ${said}.`, 'ok');
    fresh.dataset.outcome = action;
  }).finally(() => { if (box.contains(approveBtn)) sync(); });
  approveBtn.addEventListener('click', () => review('approve'));
  rejectBtn.addEventListener('click', () => review('reject'));
  const reasonId = `review-reason-${campaign.id}`;
  reason.id = reasonId;
  box.replaceChildren(intro,
    el('div', { class: 'scroll' }, el('table', { class: 'queue' },
      el('caption', { class: 'sr-only', text: `Awards of ${campaign.id} waiting for review` }),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, selectAll), el('th', { scope: 'col', text: 'Account' }), el('th', { scope: 'col', text: 'Why' }),
        el('th', { scope: 'col', text: 'Waits for' }), el('th', { scope: 'col', text: 'When (UTC)' }), el('th', { scope: 'col', class: 'num', text: 'Amount' }))),
      tbody)),
    moreBtn,
    el('div', { class: 'grid' }, el('label', { for: reasonId }, 'Reason (shown to the fan when rejected)', reason)),
    el('div', { class: 'actions' }, approveBtn, rejectBtn),
    out);
}

// blockList draws the campaign's blocked accounts into box, each with an Unblock button, and the form that
// blocks one; onChange runs after a change (a block rejects the account's pending awards).
export async function blockList(box, { wallet, campaign, onChange }) {
  const base = `/v1/campaigns/${encodeURIComponent(campaign.id)}/blocks`;
  const out = el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const { blocks } = await wallet.api('GET', base);
  const redraw = async (message) => {
    await onChange?.();
    if (!onChange) await blockList(box, { wallet, campaign, onChange });
    if (message) status(box.querySelector('.progress'), message, 'ok');
  };
  const list = blocks.length
    ? el('ul', { class: 'platforms blocks' }, blocks.map((b) => {
      const unblock = el('button', { type: 'button', 'aria-label': `Unblock ${b.account}`, text: 'Unblock' });
      unblock.addEventListener('click', () => {
        unblock.disabled = true;
        guard(out, async () => {
          await wallet.api('DELETE', `${base}/${b.account}`);
          await redraw(`${short(b.account)} is no longer blocked; the awards rejected by the block stay rejected.`);
        }).finally(() => { unblock.disabled = false; });
      });
      return el('li', { 'data-blocked': b.account },
        el('span', {}, el('code', { class: 'addr', title: b.account, text: short(b.account) }), ` — ${b.reason} `,
          el('span', { class: 'muted', text: `(since ${when.format(new Date(b.at))} UTC)` })),
        unblock);
    }))
    : el('p', { class: 'muted', text: 'No account is blocked in this campaign.' });
  const id = `block-${campaign.id}`;
  const account = el('input', { id: `${id}-account`, name: 'block_account', autocomplete: 'off', spellcheck: 'false', placeholder: '0x…' });
  const reason = el('input', { id: `${id}-reason`, name: 'block_reason', maxlength: 200, autocomplete: 'off', placeholder: 'self-referral ring' });
  const submit = el('button', { type: 'submit', text: 'Block' });
  const form = el('form', { class: 'block-form', novalidate: true },
    el('div', { class: 'grid' },
      el('label', { for: account.id }, 'Account to block', account),
      el('label', { for: reason.id }, 'Reason for the block', reason)),
    submit);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    guard(out, async () => {
      const text = account.value.trim();
      if (!isAddress(text, { strict: false })) throw new Error('Account to block: enter a 0x address of 40 hex digits.');
      const note = reason.value.trim();
      if (!note) throw new Error('Reason for the block: say why (at most 200 characters).');
      const r = await wallet.api('POST', base, { body: { account: getAddress(text), reason: note } });
      const n = r.rejected.length;
      await redraw(`Blocked ${short(r.account)}: ${n} pending award${n === 1 ? '' : 's'} rejected; new awards and referrals naming it are refused.`);
    }).finally(() => { submit.disabled = false; });
  });
  box.replaceChildren(
    el('p', { class: 'hint', text: 'A blocked account’s pending awards in this campaign are rejected at once, and awards and referrals naming it are refused until you unblock it.' }),
    list, form, out);
}
