// The fan widget, framed by the sites a campaign's creator lists (GET /v1/campaigns/{id}/embed-origins; the
// server allows only those in frame-ancestors): the signed-in fan's earned, claimable and claimed for the
// campaign's reward source (its pool if pooled, else its reward token), a claim from the wallet and one
// without gas. It tells the host page by postMessage, to the listed origins only:
//   {type: "tribe:ready", campaign}
//   {type: "tribe:signed-in", account}
//   {type: "tribe:claimed", account, source, tx_hash, amount}
// and answers {type: "tribe:refresh"} from the host (a listed origin) by reading the figures again.
import { $, status, short, fmt, guard, setup, tokenInfo, distributorAbi, api } from './common.js';

const campaignId = new URLSearchParams(location.search).get('campaign') ?? '';
const { wallet, info, region } = await setup('widget');
const box = $('#widget');
const claimBtn = $('#claim');
const relayBtn = $('#relay');
const progress = $('#claim-progress');

let campaign = null;
let origins = [];
let meta = null;
const framed = window.parent !== window;

// targets are the origins messages go to: the parent's, when the browser tells it and it is listed, else
// every listed origin (postMessage delivers only to the one the parent has). Never "*".
function targets() {
  if (!framed) return [];
  const parent = location.ancestorOrigins?.[0];
  if (parent) return origins.includes(parent) ? [parent] : [];
  return origins;
}

function post(msg) {
  for (const o of targets()) window.parent.postMessage(msg, o);
}

window.addEventListener('message', (e) => {
  if (e.source !== window.parent || !origins.includes(e.origin)) return; // only the host, from a listed origin
  if (e.data?.type === 'tribe:refresh' && wallet.token) load();
});

const source = () => campaign.pool ?? campaign.reward_token;

function show(field, v) {
  const dd = box.querySelector(`dd[data-field="${field}"]`);
  dd.dataset.raw = v.toString();
  dd.textContent = `${fmt(v, meta.decimals)} ${meta.symbol}`;
}

async function load() {
  await guard(region, async () => {
    const src = source();
    const [rewards, onchain] = await Promise.all([
      wallet.api('GET', `/v1/accounts/${wallet.address}/rewards`),
      wallet.read(info.contracts.distributor, distributorAbi, 'claimed', [src, wallet.address]),
    ]);
    const t = rewards.tokens.find((x) => (x.pool ?? x.token).toLowerCase() === src.toLowerCase());
    const earned = BigInt(t?.earned ?? 0);
    const indexed = BigInt(t?.claimed ?? 0);
    const claimed = onchain > indexed ? onchain : indexed; // the chain is fresher than the indexer
    // Vouchers cover the cumulative total: pending awards (held, or waiting for approval) are earned, not claimable.
    const cumulative = BigInt(t?.cumulative ?? t?.earned ?? 0);
    const claimable = cumulative > claimed ? cumulative - claimed : 0n;
    show('earned', earned);
    show('claimed', claimed);
    show('claimable', claimable);
    box.dataset.claimable = claimable.toString();
    box.hidden = false;
    claimBtn.disabled = relayBtn.disabled = claimable === 0n;
  });
}

async function claim(relayed) {
  claimBtn.disabled = relayBtn.disabled = true;
  const src = source();
  const done = await guard(progress, async () => {
    let hash;
    let amount;
    if (relayed) {
      status(progress, 'Asking the service to send your claim…');
      const r = await wallet.api('POST', '/v1/claims/relay', { body: { token: src } });
      [hash, amount] = [r.tx_hash, r.amount];
    } else {
      status(progress, 'Preparing the claim…');
      const c = await api('GET', `/v1/accounts/${wallet.address}/claims/${src}`);
      status(progress, 'Confirm the transaction in your wallet…');
      hash = await wallet.send(c.to, c.calldata);
      amount = c.claimable;
    }
    status(progress, `Sent ${short(hash)}; waiting for confirmation…`);
    const receipt = await wallet.wait(hash);
    return { hash, amount, block: receipt.blockNumber };
  });
  if (!done) {
    await load();
    return;
  }
  await load();
  status(progress, `Claimed ${fmt(done.amount, meta.decimals)} ${meta.symbol} in block ${done.block}.`, 'ok');
  progress.dataset.tx = done.hash;
  post({ type: 'tribe:claimed', account: wallet.address, source: src, tx_hash: done.hash, amount: done.amount });
}

claimBtn.addEventListener('click', () => claim(false));
relayBtn.addEventListener('click', () => claim(true));

let announced = null; // the account the host was last told of
wallet.onChange(() => {
  if (!campaign) return;
  if (!wallet.token) {
    box.hidden = true;
    announced = null;
    return;
  }
  if (announced !== wallet.address) {
    announced = wallet.address;
    post({ type: 'tribe:signed-in', account: wallet.address });
  }
  load();
});

await guard(region, async () => {
  if (!campaignId) throw new Error('This widget needs a campaign: /app/embed?campaign=<id>.');
  [campaign, { origins }] = await Promise.all([
    api('GET', `/v1/campaigns/${encodeURIComponent(campaignId)}`),
    api('GET', `/v1/campaigns/${encodeURIComponent(campaignId)}/embed-origins`),
  ]);
  meta = await tokenInfo(wallet, campaign.reward_token);
  $('#widget-title').textContent = `Your ${meta.symbol} rewards`;
  document.body.dataset.campaign = campaign.id;
  post({ type: 'tribe:ready', campaign: campaign.id });
});
