// End-to-end test of the web app in headless Chromium against `tribed --dev` (scripts/web-e2e.sh starts it
// and passes its --dev-info file in TRIBE_DEV_INFO). A creator creates a community and a campaign in the
// creator page; a platform records a referral and events over HTTP; the fan signs in, claims from the wallet
// and then without gas. Then a brand deploys an ERC-20, creates and funds a sponsor pool in the sponsor page;
// the creator creates a campaign paid by it; the brand grants it a budget; the fan claims everything at once;
// the brand announces a withdrawal and, after the notice, takes back what nobody is owed. Last the award
// lifecycle: a campaign with holds and manual approval, pending awards on the fan page, bulk review and a
// block and unblock in the creator page, a refund reversed with its reason, the per-day chart's reversals
// and rejections, and the sponsor reading its campaign's figures. The balances the pages show are checked
// against the chain read independently.
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { createPublicClient, createWalletClient, getAddress, http, parseEventLogs, parseUnits } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { installWallet } from './wallet.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Screenshots are artifacts for review: .cache/screenshots by default (CI keeps the folder), or
// WEB_E2E_SCREENSHOTS=docs/screenshots to refresh the committed ones.
const shots = process.env.WEB_E2E_SCREENSHOTS ? join(root, process.env.WEB_E2E_SCREENSHOTS) : join(root, '.cache', 'screenshots');
const dev = JSON.parse(readFileSync(process.env.TRIBE_DEV_INFO, 'utf8'));
const API = dev.api_url;
const chainId = Number(dev.chain_id);
const chain = createPublicClient({ transport: http(dev.rpc_url) });
const [, creator, fan, friend, brand, linker] = dev.accounts;
const T = (n) => parseUnits(String(n), 18);
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const erc20 = [
  { type: 'function', name: 'balanceOf', stateMutability: 'view', inputs: [{ type: 'address' }], outputs: [{ type: 'uint256' }] },
  { type: 'function', name: 'isMinter', stateMutability: 'view', inputs: [{ type: 'address' }], outputs: [{ type: 'bool' }] },
];
const distAbi = [{
  type: 'function', name: 'payoutLimit', stateMutability: 'view', inputs: [{ type: 'address' }],
  outputs: [{ type: 'uint256' }, { type: 'uint32' }, { type: 'uint256' }, { type: 'uint256' }],
}];

const poolAbi = [
  { type: 'function', name: 'poolInfo', stateMutability: 'view', inputs: [{ type: 'address' }],
    outputs: ['token', 'owner', 'balance', 'paid', 'committed', 'withdrawableAt'].map((name, i) => ({ name, type: i < 2 ? 'address' : 'uint256' })) },
  { type: 'function', name: 'isPool', stateMutability: 'view', inputs: [{ type: 'address' }], outputs: [{ type: 'bool' }] },
  { type: 'function', name: 'withdrawable', stateMutability: 'view', inputs: [{ type: 'address' }], outputs: [{ type: 'uint256' }] },
  { type: 'function', name: 'withdrawalNotice', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint32' }] },
  { type: 'event', name: 'Claimed', inputs: [{ name: 'account', type: 'address', indexed: true }, { name: 'token', type: 'address', indexed: true }, { name: 'amount', type: 'uint256' }, { name: 'cumulativeAmount', type: 'uint256' }] },
];
const balanceOf = (token, who) => chain.readContract({ address: token, abi: erc20, functionName: 'balanceOf', args: [who] });

let step = '';
const log = (s) => { step = s; console.log(`--- ${s}`); };

async function http_(method, path, token, body) {
  const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${Math.random().toString(36).slice(2)}` };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(API + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

// raw reads the base-unit amount a token card shows for a field.
const raw = async (page, token, field) => BigInt(await page.locator(`[data-token="${token}"] dd[data-field="${field}"]`).getAttribute('data-raw'));

// unnamedControls lists interactive nodes of the accessibility tree that have no accessible name.
async function unnamedControls(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const roles = new Set(['button', 'textbox', 'combobox', 'checkbox', 'spinbutton', 'link', 'searchbox', 'radio']);
  return nodes.filter((n) => !n.ignored && roles.has(n.role?.value) && !String(n.name?.value ?? '').trim())
    .map((n) => `${n.role.value}#${n.backendDOMNodeId}`);
}

// keyboardReach presses Tab until focus went through every visible, enabled control of the page, and
// returns those never reached.
async function keyboardReach(page) {
  const want = await page.evaluate(() => {
    const els = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
      .filter((e) => !e.disabled && e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }));
    els.forEach((e, i) => { e.dataset.kb = String(i); });
    return els.map((e) => `${e.dataset.kb}:${e.id || e.name || e.textContent.trim().slice(0, 30)}`);
  });
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.locator('body').focus();
  const seen = new Set();
  for (let i = 0; i < want.length + 10; i++) {
    await page.keyboard.press('Tab');
    const k = await page.evaluate(() => document.activeElement?.dataset?.kb ?? null);
    if (k !== null) seen.add(k);
  }
  return want.filter((w) => !seen.has(w.split(':')[0]));
}

async function checkPage(page, name) {
  log(`${name}: labels, keyboard, screenshots`);
  // Nothing secret in committed screenshots: the platform token shown once is replaced.
  await page.evaluate(() => { const t = document.querySelector('#platform-token-value'); if (t) t.value = '(the token is shown here once)'; });
  assert.deepEqual(await unnamedControls(page), [], `${name}: every control has an accessible name`);
  assert.deepEqual(await keyboardReach(page), [], `${name}: every control is reachable with Tab`);
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  const { sw, cw, wide } = await page.evaluate(() => {
    const cw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > cw + 0.5)
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className?.baseVal ?? e.className}`);
    return { sw: document.documentElement.scrollWidth, cw, wide };
  });
  assert.ok(sw <= cw, `${name}: no horizontal scroll at phone width (scrollWidth ${sw} > ${cw}; too wide: ${wide.join(', ')})`);
  await page.screenshot({ path: join(shots, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

// hostSite serves, on a free 127.0.0.1 port (another origin than the API's), a fan site that frames widget
// and records every message it receives in window.__msgs. It resolves to { origin, close }.
function hostSite(widget) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A fan site</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;margin:24px;background:#fff8ee}iframe{border:1px solid #d9dee5;border-radius:12px;background:#fff}</style>
<script>window.__msgs=[];addEventListener('message',(e)=>{window.__msgs.push({origin:e.origin,data:e.data});});</script>
</head><body><h1>The Test Creator fan club</h1><p>Your rewards, right here:</p>
<iframe id="widget" title="tribe rewards" src="${widget}" width="600" height="350"></iframe></body></html>`;
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' ? html : 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({
      origin: `http://127.0.0.1:${server.address().port}`,
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
    }));
  });
}

// messages reads what the site's page received, waiting (bounded) until some message satisfies want.
async function waitMessage(page, type, timeout = 30_000) {
  await page.waitForFunction((t) => window.__msgs.some((m) => m.data?.type === t), type, { timeout });
  return page.evaluate((t) => window.__msgs.find((m) => m.data?.type === t), type);
}

async function signIn(page) {
  await page.getByRole('button', { name: 'Connect wallet' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('body[data-state="signed-in"]');
}

async function main() {
  mkdirSync(shots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'tribe-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: DESKTOP,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  const errors = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  try {
    // ---- the creator ----
    log('creator signs in');
    const cp = await context.newPage();
    cp.on('console', (m) => { if (m.type() === 'error') errors.push(`creator console: ${m.text()}`); });
    await installWallet(cp, { privateKey: creator.private_key, rpcUrl: dev.rpc_url, chainId });
    const resp = await cp.goto(`${API}/app/creator`);
    assert.match(resp.headers()['content-security-policy'], /connect-src 'self' http:\/\/127\.0\.0\.1:\d+/);
    await signIn(cp);

    log('creator creates a community');
    const cf = cp.locator('#community-form');
    await cf.getByLabel('Name').fill('Test Creator Coin');
    await cf.getByLabel('Symbol').fill('TCC');
    await cf.getByLabel('Maximum supply, in tokens').fill('1000000');
    await cf.getByLabel('Your own allocation, in tokens').fill('1000');
    await cf.getByRole('button', { name: 'Sign and create' }).click();
    const progress = cp.locator('#community-progress');
    await progress.filter({ hasText: 'is live at' }).waitFor({ state: 'attached', timeout: 90_000 });
    const predicted = await progress.getAttribute('data-predicted');
    const token = (await progress.textContent()).match(/0x[0-9a-fA-F]{40}/)[0];
    assert.equal(token, predicted, 'the live token is at the predicted address');
    assert.equal(await chain.readContract({ address: token, abi: erc20, functionName: 'balanceOf', args: [creator.address] }), T(1000));

    log('creator makes the distributor a minter and sets a payout limit');
    await cp.locator('#minter-state', { hasText: 'not yet' }).waitFor();
    await cp.getByRole('button', { name: 'Make the distributor a minter' }).click();
    await cp.locator('#minter-state', { hasText: 'yes' }).waitFor({ timeout: 60_000 });
    assert.equal(await chain.readContract({ address: token, abi: erc20, functionName: 'isMinter', args: [dev.contracts.distributor] }), true);
    await cp.locator('#limit-form').getByLabel('Limit, in tokens').fill('5000');
    await cp.locator('#limit-form').getByLabel('Per').selectOption('86400');
    await cp.getByRole('button', { name: 'Set the limit' }).click();
    await cp.locator('#limit-state', { hasText: '5,000 TCC per day' }).waitFor({ timeout: 60_000 });
    const [limit, period] = await chain.readContract({ address: dev.contracts.distributor, abi: distAbi, functionName: 'payoutLimit', args: [token] });
    assert.equal(limit, T(5000));
    assert.equal(period, 86400);

    log('creator creates a campaign with every rule kind');
    const kf = cp.locator('#campaign-form');
    await kf.getByLabel('Budget, in tokens').fill('100000');
    await kf.getByLabel('Reward to the referrer').fill('100');
    await kf.getByLabel('Reward to the newcomer').fill('50');
    await kf.getByLabel('Paid when the newcomer…').selectOption('signup');
    await kf.getByLabel('Revenue share').check();
    await kf.getByLabel('Share, in basis points').fill('500');
    await kf.getByLabel('For how many days').fill('30');
    await kf.getByLabel('Daily cap per fan, in tokens').fill('1000');
    await kf.getByRole('button', { name: 'Create the campaign' }).click();
    await cp.locator('#campaign-progress[data-campaign]').waitFor({ state: 'attached', timeout: 30_000 });
    const campaignId = await cp.locator('#campaign-progress').getAttribute('data-campaign');
    const camp = (await http_('GET', `/v1/campaigns/${campaignId}`)).body;
    assert.deepEqual(camp.rules, {
      referral: { referrer_reward: T(100).toString(), referee_reward: T(50).toString(), qualifying_event: 'signup' },
      contributions: { post: T(10).toString(), review: T(5).toString() },
      revenue_share: { bps: 500, window_days: 30 },
      daily_cap: T(1000).toString(),
    });
    assert.equal(camp.budget, T(100000).toString());
    assert.equal(camp.reward_token, token);

    log('creator adds a platform to the campaign (token shown once)');
    await cp.locator('#platform-form').getByLabel('New platform name').fill('forum');
    await cp.getByRole('button', { name: 'Add platform' }).click();
    await cp.locator('#platform-token:not([hidden])').waitFor({ timeout: 30_000 });
    const platformToken = await cp.locator('#platform-token-value').inputValue();
    assert.ok(platformToken.length > 20);
    await cp.locator('#platforms li', { hasText: 'forum' }).waitFor();

    // ---- the platform, over HTTP ----
    log('platform records a referral and events');
    const P = (path, body) => http_('POST', path, platformToken, body);
    let r = await P('/v1/referrals', { campaign_id: campaignId, referrer: fan.address, referee: friend.address });
    assert.ok([200, 201].includes(r.status), `referral: ${JSON.stringify(r.body)}`);
    r = await P('/v1/events', { campaign_id: campaignId, kind: 'signup', account: friend.address });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await P('/v1/events', { campaign_id: campaignId, kind: 'contribution', account: fan.address, contribution_kind: 'post' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await P('/v1/events', { campaign_id: campaignId, kind: 'purchase', account: friend.address, value: T(200).toString() });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const earned = T(100) + T(10) + T(10); // referrer reward, a post, 5% of a 200-token purchase

    // ---- the fan ----
    log('fan signs in and sees the amounts');
    const fp = await context.newPage();
    fp.on('console', (m) => { if (m.type() === 'error') errors.push(`fan console: ${m.text()}`); });
    await installWallet(fp, { privateKey: fan.private_key, rpcUrl: dev.rpc_url, chainId });
    await fp.goto(`${API}/app/`);
    await signIn(fp);
    const card = fp.locator(`[data-token="${token}"]`);
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole('heading', { name: 'Test Creator Coin (TCC)' }).waitFor();
    assert.equal(await raw(fp, token, 'earned'), earned);
    assert.equal(await raw(fp, token, 'claimable'), earned);
    assert.equal(await raw(fp, token, 'balance'), 0n);
    const history = fp.locator('#history');
    await history.getByText(`Referral: you brought in ${friend.address.slice(0, 6)}`).waitFor();
    await history.getByText('Contribution: post').waitFor();
    await history.getByText(`Revenue share on a purchase by ${friend.address.slice(0, 6)}`).waitFor();

    log('fan sees its referral link with a QR code, and a platform records a referral by its code');
    const linkCard = fp.locator(`.referral-link[data-campaign="${campaignId}"]`);
    await linkCard.waitFor({ timeout: 30_000 });
    const link = await linkCard.getByLabel('Your link').inputValue();
    const code = await linkCard.getAttribute('data-code');
    assert.match(code, /^[a-z2-7]{13}$/);
    assert.equal(link, `${API}/r/${code}`, 'the link is the service\'s /r/<code>');
    const qr = linkCard.getByRole('img', { name: /QR code of your referral link/ });
    await qr.waitFor();
    await fp.waitForFunction((img) => img.complete && img.naturalWidth === 256, await qr.elementHandle());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: API });
    await linkCard.getByRole('button', { name: 'Copy link' }).click();
    await linkCard.getByText('Link copied.').waitFor();
    assert.equal(await fp.evaluate(() => navigator.clipboard.readText()), link, 'the copied link');
    // The same code, asked again by the fan's token, and used by a platform in place of the referrer.
    const fanSession = await fp.evaluate(() => JSON.parse(sessionStorage.getItem('tribe.session')).token);
    r = await http_('POST', `/v1/campaigns/${campaignId}/referral-codes`, fanSession);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.code, code, 'one stable code per campaign and referrer');
    const newcomer = '0x00000000000000000000000000000000000c0de1';
    r = await P('/v1/referrals', { referrer_code: code, referee: newcomer });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.referrer, fan.address, 'the code names the fan');

    log('fan claims from the wallet, by keyboard');
    await fp.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await fp.keyboard.press('Tab');
      reached = await fp.evaluate(() => document.activeElement?.dataset?.action === 'claim');
    }
    assert.ok(reached, 'the claim button is reachable with Tab');
    await fp.keyboard.press('Enter');
    await card.locator('.progress', { hasText: 'Confirmed in block' }).waitFor({ timeout: 60_000 });
    let onchain = await chain.readContract({ address: token, abi: erc20, functionName: 'balanceOf', args: [fan.address] });
    assert.equal(onchain, earned, 'the wallet claim paid everything earned');
    assert.equal(await raw(fp, token, 'balance'), onchain, 'the page shows the balance on-chain');
    assert.equal(await raw(fp, token, 'claimable'), 0n);
    assert.match(await card.locator('.progress').textContent(), /Your balance: 120 TCC/);

    log('more awards; the fan claims without gas');
    r = await P('/v1/events', { campaign_id: campaignId, kind: 'contribution', account: fan.address, contribution_kind: 'review' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await P('/v1/events', { campaign_id: campaignId, kind: 'contribution', account: fan.address, contribution_kind: 'post' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    await fp.getByRole('button', { name: 'Refresh' }).click();
    await fp.waitForFunction((t) => document.querySelector(`[data-token="${t}"] dd[data-field="claimable"]`)?.dataset.raw === (15n * 10n ** 18n).toString(), token);
    const ethBefore = await chain.getBalance({ address: fan.address });
    await card.getByRole('button', { name: 'Claim without gas' }).click();
    await card.locator('.progress', { hasText: 'Confirmed in block' }).waitFor({ timeout: 60_000 });
    onchain = await chain.readContract({ address: token, abi: erc20, functionName: 'balanceOf', args: [fan.address] });
    assert.equal(onchain, earned + T(15));
    assert.equal(await raw(fp, token, 'balance'), onchain, 'the page shows the balance on-chain after the relay');
    assert.equal(await chain.getBalance({ address: fan.address }), ethBefore, 'the relayed claim cost the fan no gas');
    assert.equal(await raw(fp, token, 'claimable'), 0n);

    // ---- the creator watches the campaign ----
    log('creator dashboard');
    await cp.getByRole('button', { name: 'Refresh', exact: true }).click();
    await cp.locator('[data-stat="referrals"]', { hasText: '2' }).waitFor(); // the friend, and the newcomer by code
    await cp.locator('[data-stat="awards"]', { hasText: '6' }).waitFor();
    await cp.locator('[data-board="referrals"] li', { hasText: fan.address.slice(0, 6) }).first().waitFor();
    await cp.locator('[data-board="earned"] li').first().filter({ hasText: fan.address.slice(0, 6) }).waitFor();
    await cp.locator('#limit-state', { hasText: '(135 TCC paid this period)' }).waitFor(); // both claims minted under the limit
    await cp.locator('#chart-budget polyline').waitFor();
    await cp.locator('#chart-days text.value', { hasText: '6' }).waitFor();
    const stats = (await http_('GET', `/v1/campaigns/${campaignId}/stats?days=14`, platformToken)).body;
    assert.equal(await cp.locator('[data-stat="holders"]').textContent(), String(stats.holders));
    assert.equal(stats.awarded, (T(150) + T(10) + T(10) + T(15)).toString());
    await cp.locator('[data-stat="awarded"]', { hasText: '185 TCC' }).waitFor();

    // ---- a brand sponsors a campaign from a pool ----
    log('brand deploys an ERC-20 (MockERC20, with permit) and mints itself 10,000');
    const brandWallet = createWalletClient({ account: privateKeyToAccount(brand.private_key), transport: http(dev.rpc_url),
      chain: { id: chainId, name: 'dev', nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [dev.rpc_url] } } } });
    const mockAbi = JSON.parse(readFileSync(join(root, 'contracts', 'out', 'MockERC20.abi'), 'utf8'));
    const mockBin = `0x${readFileSync(join(root, 'contracts', 'out', 'MockERC20.bin'), 'utf8').trim().replace(/^0x/, '')}`;
    const deployed = await chain.waitForTransactionReceipt({ hash: await brandWallet.deployContract({ abi: mockAbi, bytecode: mockBin, args: ['Brand Dollar', 'BRD'] }), timeout: 30_000 });
    const brd = getAddress(deployed.contractAddress);
    await chain.waitForTransactionReceipt({ hash: await brandWallet.writeContract({ address: brd, abi: mockAbi, functionName: 'mint', args: [brand.address, T(10000)] }), timeout: 30_000 });
    assert.equal(await balanceOf(brd, brand.address), T(10000));

    log('brand creates a pool in the sponsor page');
    const sp = await context.newPage();
    sp.on('console', (m) => { if (m.type() === 'error') errors.push(`sponsor console: ${m.text()}`); });
    await installWallet(sp, { privateKey: brand.private_key, rpcUrl: dev.rpc_url, chainId });
    const sresp = await sp.goto(`${API}/app/sponsor`);
    assert.match(sresp.headers()['content-security-policy'], /script-src 'self';/);
    await signIn(sp);
    await sp.locator('#pools', { hasText: 'No pool yet' }).waitFor();
    await sp.locator('#pool-form').getByLabel('Token address (ERC-20)').fill(brd.toLowerCase());
    await sp.getByRole('button', { name: 'Create the pool' }).click();
    await sp.locator('#pool-progress[data-pool]').waitFor({ state: 'attached', timeout: 60_000 });
    const pool = await sp.locator('#pool-progress').getAttribute('data-pool');
    assert.equal(pool, await sp.locator('#pool-progress').getAttribute('data-predicted'), 'the pool is at the predicted address');
    assert.equal(await chain.readContract({ address: dev.contracts.distributor, abi: poolAbi, functionName: 'isPool', args: [pool] }), true);
    let info = await chain.readContract({ address: dev.contracts.distributor, abi: poolAbi, functionName: 'poolInfo', args: [pool] });
    assert.deepEqual([info[0], info[1]], [brd, brand.address], 'the pool holds BRD and the brand owns it');
    const pc = sp.locator(`[data-pool="${pool}"]`);
    await pc.getByRole('heading', { name: 'Brand Dollar (BRD) pool' }).waitFor();

    log('brand deposits 1,000 BRD with a permit (one signature, one transaction)');
    await pc.getByLabel('Deposit, in BRD').fill('1000');
    await pc.getByRole('button', { name: 'Deposit' }).click();
    await sp.locator(`[data-pool="${pool}"] .progress`, { hasText: 'Deposited 1,000 BRD' }).waitFor({ timeout: 60_000 });
    info = await chain.readContract({ address: dev.contracts.distributor, abi: poolAbi, functionName: 'poolInfo', args: [pool] });
    assert.equal(info[2], T(1000), 'the pool holds the deposit on-chain');
    assert.equal(await balanceOf(brd, brand.address), T(9000));
    assert.equal(await pc.locator('dd[data-field="balance"]').getAttribute('data-raw'), T(1000).toString());

    log('creator creates a campaign paid by the pool');
    await cp.locator('#new-campaign summary').click();
    await kf.getByLabel('Who pays the rewards').selectOption('pool');
    await kf.getByLabel('Sponsor pool address').fill(pool);
    await kf.getByLabel('Referrals').uncheck();
    await kf.getByLabel('Revenue share').uncheck();
    await kf.getByLabel('Reward for kind 1, in tokens').fill('10'); // post: 10 BRD
    await kf.getByLabel('Daily cap per fan, in tokens').fill('');
    await kf.getByRole('button', { name: 'Create the campaign' }).click();
    await cp.locator('#status', { hasText: 'Give its id to the owner of pool' }).waitFor({ timeout: 30_000 });
    const pooledId = await cp.locator('#campaign-progress').getAttribute('data-campaign');
    const pooled = (await http_('GET', `/v1/campaigns/${pooledId}`)).body;
    assert.equal(pooled.pool, pool);
    assert.equal(pooled.reward_token, brd, 'a pooled campaign pays the pool\'s ERC-20');
    assert.equal(pooled.community_token, token);
    assert.equal(pooled.budget, '0', 'its budget starts at 0, until a grant');
    assert.deepEqual(pooled.rules.contributions, { post: T(10).toString(), review: T(5).toString() });
    await cp.locator('#grants', { hasText: 'No grant yet' }).waitFor();
    await cp.locator('#platform-form').getByLabel('New platform name').fill('brand-forum');
    await cp.getByRole('button', { name: 'Add platform' }).click();
    await cp.locator('#platforms li', { hasText: 'brand-forum' }).waitFor({ timeout: 30_000 });
    const brandPlatform = await cp.locator('#platform-token-value').inputValue();

    log('brand looks the campaign up and grants it 500 BRD; a grant beyond the deposits is refused in words');
    await pc.getByLabel('Campaign id').fill(pooledId);
    await pc.getByRole('button', { name: 'Look up the campaign' }).click();
    await pc.locator('.campaign-preview [data-field="community"]', { hasText: 'Test Creator Coin (TCC)' }).waitFor();
    assert.match(await pc.locator('.campaign-preview [data-field="rules"]').textContent(), /contributions: post 10, review 5/);
    await pc.getByLabel('Budget to grant, in BRD').fill('500');
    await pc.getByRole('button', { name: 'Grant', exact: true }).click();
    await sp.locator(`[data-pool="${pool}"] .progress`, { hasText: `Granted 500 BRD to ${pooledId}` }).waitFor({ timeout: 30_000 });
    await pc.locator('tr[data-grant]', { hasText: pooledId }).waitFor();
    let poolView = (await http_('GET', `/v1/pools/${pool}`)).body;
    assert.equal(poolView.granted, T(500).toString());
    assert.equal((await http_('GET', `/v1/campaigns/${pooledId}`)).body.budget, T(500).toString());
    // 600 more would be 1,100 granted from 1,000 deposited: the server refuses, the page says why.
    await pc.getByLabel('Campaign id').fill(pooledId);
    await pc.getByRole('button', { name: 'Look up the campaign' }).click();
    await pc.locator('.campaign-preview').waitFor();
    await pc.getByLabel('Budget to grant, in BRD').fill('600');
    await pc.getByRole('button', { name: 'Grant', exact: true }).click();
    await sp.locator(`[data-pool="${pool}"] .progress[data-kind="error"]`, { hasText: 'At most 500 BRD is free to grant' }).waitFor();
    assert.equal((await http_('GET', `/v1/pools/${pool}`)).body.granted, T(500).toString());

    log('brand sets a low-balance alert at 450 BRD on the pool');
    await pc.getByLabel('Alert me when the campaigns can award less than, in BRD').fill('450');
    await pc.getByRole('button', { name: 'Save alert' }).click();
    await sp.locator(`[data-pool="${pool}"] .progress`, { hasText: 'Alert set: below 450 BRD.' }).waitFor({ timeout: 30_000 });
    await sp.locator(`[data-pool="${pool}"] [data-field="alert"]`, { hasText: 'Alert below 450 BRD; the campaigns can award 500 BRD more.' }).waitFor();
    assert.equal((await http_('GET', `/v1/pools/${pool}`)).body.low_balance, T(450).toString());

    log('platforms award: 50 BRD to the fan and 25 BRD to a friend from the pool, 10 TCC to the fan');
    const B = (path, body) => http_('POST', path, brandPlatform, body);
    r = await B('/v1/events', { campaign_id: pooledId, kind: 'contribution', account: fan.address, contribution_kind: 'post' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await B('/v1/awards', { campaign_id: pooledId, account: fan.address, amount: T(40).toString(), reason: 'launch' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await B('/v1/awards', { campaign_id: pooledId, account: friend.address, amount: T(25).toString(), reason: 'launch' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await P('/v1/events', { campaign_id: campaignId, kind: 'contribution', account: fan.address, contribution_kind: 'post' });
    assert.equal(r.status, 201, JSON.stringify(r.body));

    log('425 BRD left is below the alert: tribed fires pool.low within seconds, and the pool card says so');
    for (let i = 0; !(await http_('GET', `/v1/pools/${pool}`)).body.low; i++) {
      assert.ok(i < 100, 'pool.low did not fire within 20 s of the pool falling below its alert');
      await new Promise((res) => setTimeout(res, 200));
    }
    await sp.locator('#refresh').click();
    await sp.locator(`[data-pool="${pool}"] [data-field="alert"]`, { hasText: 'Low: the campaigns can award 425 BRD more' }).waitFor({ timeout: 30_000 });

    log('creator dashboard shows the grant and what is left of it');
    await cp.getByRole('button', { name: 'Refresh', exact: true }).click();
    await cp.locator('#grants tr[data-grant]', { hasText: brand.address.slice(0, 6) }).filter({ hasText: '500 BRD' }).waitFor();
    await cp.locator('#grants-summary [data-field="remaining"]', { hasText: '425 BRD' }).waitFor();
    assert.equal(await cp.locator('#grants-summary [data-field="granted"]').getAttribute('data-raw'), T(500).toString());
    await cp.locator('[data-stat="budget"]', { hasText: '500 BRD' }).waitFor();

    log('fan sees the pooled reward and claims everything in one transaction');
    await fp.getByRole('button', { name: 'Refresh' }).click();
    const pooledCard = fp.locator(`[data-pool="${pool}"]`);
    await pooledCard.locator('.from-pool', { hasText: `BRD from pool ${pool.slice(0, 6)}` }).waitFor({ timeout: 30_000 });
    await pooledCard.getByRole('heading', { name: 'Brand Dollar (BRD)' }).waitFor();
    const rawOf = async (card, field) => BigInt(await card.locator(`dd[data-field="${field}"]`).getAttribute('data-raw'));
    assert.equal(await rawOf(pooledCard, 'claimable'), T(50));
    const tokenCard = fp.locator(`[data-source="${token}"]`);
    assert.equal(await rawOf(tokenCard, 'claimable'), T(10));
    const tccBefore = await balanceOf(token, fan.address);
    await fp.getByRole('button', { name: 'Claim all' }).click();
    await fp.locator('#claim-all-progress', { hasText: 'Claimed everything in block' }).waitFor({ timeout: 60_000 });
    const receipt = await chain.getTransactionReceipt({ hash: await fp.locator('#claim-all-progress').getAttribute('data-tx') });
    const claimedLogs = parseEventLogs({ abi: poolAbi, eventName: 'Claimed', logs: receipt.logs });
    assert.deepEqual(claimedLogs.map((l) => [l.args.token, l.args.amount]).sort(), [[pool, T(50)], [token, T(10)]].sort(),
      'one transaction paid the pool and the token');
    const brdOnchain = await balanceOf(brd, fan.address);
    assert.equal(brdOnchain, T(50));
    assert.equal(await rawOf(pooledCard, 'balance'), brdOnchain, 'the page shows the BRD balance on-chain');
    assert.equal(await rawOf(tokenCard, 'balance'), await balanceOf(token, fan.address), 'and the TCC balance');
    assert.equal(await balanceOf(token, fan.address), tccBefore + T(10));
    assert.equal(await rawOf(pooledCard, 'claimable'), 0n);
    assert.match(await fp.locator('#claim-all-progress').textContent(), /Your balances: .*50 BRD/);

    log('brand announces a withdrawal, waits out the notice and takes back what nobody is owed');
    const noticeS = Number(await chain.readContract({ address: dev.contracts.distributor, abi: poolAbi, functionName: 'withdrawalNotice' }));
    assert.ok(noticeS <= 60, `the dev withdrawal notice is short (${noticeS} s)`);
    await sp.getByRole('button', { name: 'Refresh' }).click();
    await pc.getByRole('button', { name: 'Announce a withdrawal' }).click();
    await pc.locator('[data-countdown]').waitFor({ timeout: 30_000 });
    info = await chain.readContract({ address: dev.contracts.distributor, abi: poolAbi, functionName: 'poolInfo', args: [pool] });
    assert.ok(info[5] > 0n, 'the withdrawal is announced on-chain');
    assert.equal((await http_('GET', `/v1/pools/${pool}`)).body.closing, true);
    r = await B('/v1/awards', { campaign_id: pooledId, account: fan.address, amount: T(1).toString(), reason: 'late' });
    assert.equal(r.status, 422, `a closing pool awards nothing more (got ${r.status} ${JSON.stringify(r.body)})`);
    await pc.getByRole('button', { name: 'Withdraw', exact: true }).waitFor({ timeout: (noticeS + 30) * 1000 });
    // The friend's 25 BRD are owed (committed by the root in force, not claimed): they stay in the pool.
    const withdrawable = await chain.readContract({ address: dev.contracts.distributor, abi: poolAbi, functionName: 'withdrawable', args: [pool] });
    assert.equal(withdrawable, T(1000) - T(50) - T(25), 'what the fans earned and did not claim stays withdrawable by nobody');
    assert.equal(await pc.locator('[data-field="withdrawable"]').getAttribute('data-raw'), withdrawable.toString());
    await pc.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await sp.locator(`[data-pool="${pool}"] .progress`, { hasText: 'Withdrew 925 BRD' }).waitFor({ timeout: 60_000 });
    assert.equal(await balanceOf(brd, brand.address), T(9000) + T(925), 'the brand got the unowed rest back');
    info = await chain.readContract({ address: dev.contracts.distributor, abi: poolAbi, functionName: 'poolInfo', args: [pool] });
    assert.equal(info[2], T(25), 'the pool keeps what the friend is owed');
    assert.equal(await pc.locator('dd[data-field="balance"]').getAttribute('data-raw'), T(25).toString());
    poolView = (await http_('GET', `/v1/pools/${pool}`)).body;
    assert.equal(poolView.paid, T(50).toString());

    await checkPage(sp, 'sponsor');
    await checkPage(fp, 'fan');
    await cp.locator('#new-campaign summary').click(); // the campaign form's fields are part of the checks
    await checkPage(cp, 'creator');

    log('creator lists a fan site that may embed the widget of the first campaign');
    const widgetURL = `${API}/app/embed?campaign=${campaignId}`;
    const site = await hostSite(widgetURL);
    const stranger = await hostSite(widgetURL);
    try {
      const creatorToken = await cp.evaluate(() => JSON.parse(sessionStorage.getItem('tribe.session')).token);
      const fanToken = await fp.evaluate(() => JSON.parse(sessionStorage.getItem('tribe.session')).token);
      const origins = `/v1/campaigns/${campaignId}/embed-origins`;
      r = await http_('PUT', origins, creatorToken, { origins: ['http://fans.example'] });
      assert.equal(r.status, 400, `plain http is refused: ${JSON.stringify(r.body)}`);
      r = await http_('PUT', origins, fanToken, { origins: [stranger.origin] });
      assert.equal(r.status, 403, `only the creator lists origins: ${JSON.stringify(r.body)}`);
      // The creator lists the site in the dashboard's widget card.
      await cp.getByRole('button', { name: `Open the dashboard of ${campaignId}` }).click();
      await cp.locator(`#embed-card[data-campaign="${campaignId}"]`).waitFor();
      assert.equal(await cp.locator('#embed-url').inputValue(), widgetURL);
      assert.ok((await cp.locator('#embed-snippet').inputValue()).includes(`src="${widgetURL}"`));
      const originsBox = cp.getByLabel('Sites that may embed it, one origin per line');
      await originsBox.fill(`${site.origin}/fans/page`);
      await cp.getByRole('button', { name: 'Save sites' }).click();
      await cp.locator('#embed-progress', { hasText: 'scheme and host only' }).waitFor();
      await originsBox.fill(`${site.origin}\n`);
      await cp.getByRole('button', { name: 'Save sites' }).click();
      await cp.locator('#embed-progress', { hasText: 'Saved: 1 site may embed the widget.' }).waitFor();
      assert.deepEqual((await http_('GET', origins)).body, { campaign_id: campaignId, origins: [site.origin] });
      await cp.screenshot({ path: join(shots, 'creator-embed-desktop.png') });
      r = await P('/v1/events', { campaign_id: campaignId, kind: 'contribution', account: fan.address, contribution_kind: 'post' });
      assert.equal(r.status, 201, JSON.stringify(r.body));

      log('the fan signs in inside the widget framed by the listed site');
      const hp = await context.newPage();
      hp.on('console', (m) => { if (m.type() === 'error') errors.push(`fan site console: ${m.text()}`); });
      await installWallet(hp, { privateKey: fan.private_key, rpcUrl: dev.rpc_url, chainId });
      const widgetResp = hp.waitForResponse((res) => res.url() === widgetURL, { timeout: 30_000 });
      await hp.goto(`${site.origin}/`);
      assert.equal((await widgetResp).headers()['content-security-policy'].split('; ').pop(), `frame-ancestors ${site.origin}`);
      const ready = await waitMessage(hp, 'tribe:ready');
      assert.deepEqual(ready, { origin: new URL(API).origin, data: { type: 'tribe:ready', campaign: campaignId } });
      const wf = hp.frameLocator('#widget');
      await wf.getByRole('heading', { name: 'Your TCC rewards' }).waitFor();
      await wf.getByRole('button', { name: 'Connect wallet' }).click();
      await wf.getByRole('button', { name: 'Sign in' }).click();
      await wf.locator('body[data-state="signed-in"]').waitFor({ timeout: 30_000 });
      const signedIn = await waitMessage(hp, 'tribe:signed-in');
      assert.deepEqual(signedIn, { origin: new URL(API).origin, data: { type: 'tribe:signed-in', account: fan.address } });
      await wf.locator(`#widget dd[data-field="claimable"][data-raw="${T(10)}"]`).waitFor({ timeout: 30_000 });
      const widgetRaw = async (field) => BigInt(await wf.locator(`#widget dd[data-field="${field}"]`).getAttribute('data-raw'));
      const claimedBefore = await widgetRaw('claimed');
      assert.equal(await widgetRaw('earned'), claimedBefore + T(10));

      log('the fan claims without gas in the widget; the site hears of it');
      const tccBefore = await balanceOf(token, fan.address);
      await wf.getByRole('button', { name: 'Claim without gas' }).click();
      const claimedMsg = await waitMessage(hp, 'tribe:claimed', 60_000);
      assert.equal(claimedMsg.origin, new URL(API).origin);
      const { tx_hash: txHash, ...rest } = claimedMsg.data;
      assert.deepEqual(rest, { type: 'tribe:claimed', account: fan.address, source: token, amount: T(10).toString() });
      const claimReceipt = await chain.getTransactionReceipt({ hash: txHash });
      assert.equal(claimReceipt.status, 'success');
      assert.deepEqual(parseEventLogs({ abi: poolAbi, eventName: 'Claimed', logs: claimReceipt.logs }).map((l) => [l.args.account, l.args.token, l.args.amount]),
        [[fan.address, token, T(10)]], 'the claimed message names the transaction that paid it');
      assert.equal(await balanceOf(token, fan.address), tccBefore + T(10));
      await wf.locator('#claim-progress', { hasText: 'Claimed 10 TCC in block' }).waitFor();
      assert.equal(await widgetRaw('claimable'), 0n);
      assert.equal(await widgetRaw('claimed'), claimedBefore + T(10));
      const all = await hp.evaluate(() => window.__msgs);
      assert.deepEqual(all.map((m) => m.data.type), ['tribe:ready', 'tribe:signed-in', 'tribe:claimed'], 'one message each, nothing else');
      await hp.setViewportSize({ width: 680, height: 500 });
      await hp.screenshot({ path: join(shots, 'embed-host.png') });
      await hp.close();

      log('a site the creator did not list is refused framing');
      const op = await context.newPage();
      const refusals = [];
      op.on('console', (m) => { if (/frame-ancestors/.test(m.text())) refusals.push(m.text()); });
      await installWallet(op, { privateKey: fan.private_key, rpcUrl: dev.rpc_url, chainId });
      const strangerResp = op.waitForResponse((res) => res.url() === widgetURL, { timeout: 30_000 });
      await op.goto(`${stranger.origin}/`);
      assert.equal((await strangerResp).headers()['content-security-policy'].split('; ').pop(), `frame-ancestors ${site.origin}`);
      await op.waitForTimeout(2000); // bounded: a framed widget says tribe:ready well within this
      for (let i = 0; i < 50 && !refusals.length; i++) await op.waitForTimeout(100);
      assert.ok(refusals.length > 0, 'the browser reports the frame-ancestors refusal');
      assert.deepEqual(await op.evaluate(() => window.__msgs), [], 'the refused widget posted nothing');
      const frame = op.frames().find((f) => f !== op.mainFrame());
      assert.ok(!frame || !(await frame.locator('#widget').count().catch(() => 0)), 'the widget did not load in the refused frame');
      await op.close();
    } finally {
      await site.close();
      await stranger.close();
    }

    // ---- the award lifecycle: holds, manual approval, review, blocks, refunds ----
    log('creator creates a campaign with a 1 h hold, a 2 h hold on the revenue share and manual approval');
    if (!(await cp.locator('#new-campaign').evaluate((d) => d.open))) await cp.locator('#new-campaign summary').click();
    await kf.getByLabel('Budget, in tokens').fill('100000');
    await kf.getByLabel('Referrals').check();
    await kf.getByLabel('Revenue share').check();
    await kf.getByLabel('Daily cap per fan, in tokens').fill('');
    await kf.getByLabel('Hold, in seconds').fill('1.5');
    await kf.getByRole('button', { name: 'Create the campaign' }).click();
    await cp.locator('#campaign-progress[data-kind="error"]', { hasText: 'Hold: enter a whole number of seconds, 0 or more' }).waitFor();
    await kf.getByLabel('Hold, in seconds').fill('3600');
    await kf.getByLabel('Hold for revenue-share awards, in seconds').fill('-1');
    await kf.getByRole('button', { name: 'Create the campaign' }).click();
    await cp.locator('#campaign-progress[data-kind="error"]', { hasText: 'Hold for revenue-share awards: enter a whole number' }).waitFor();
    await kf.getByLabel('Hold for revenue-share awards, in seconds').fill('7200');
    await kf.getByLabel('Approval').selectOption('manual');
    await kf.getByRole('button', { name: 'Create the campaign' }).click();
    await cp.locator('#campaign-progress[data-kind="ok"][data-campaign]').waitFor({ state: 'attached', timeout: 30_000 });
    const heldId = await cp.locator('#campaign-progress').getAttribute('data-campaign');
    assert.notEqual(heldId, pooledId);
    const held = (await http_('GET', `/v1/campaigns/${heldId}`)).body;
    assert.equal(held.rules.hold_seconds, 3600);
    assert.equal(held.rules.approval, 'manual');
    assert.equal(held.rules.revenue_share.hold_seconds, 7200);
    assert.equal(held.rules.referral.hold_seconds, undefined, 'an empty per-kind hold is the campaign\'s');
    await cp.locator('#dash-name', { hasText: heldId }).waitFor();
    await cp.locator('#review [data-queue="empty"]', { hasText: 'Nothing waits for review.' }).waitFor();
    await cp.locator('#platform-form').getByLabel('New platform name').fill('shop');
    await cp.getByRole('button', { name: 'Add platform' }).click();
    await cp.locator('#platforms li', { hasText: 'shop' }).waitFor({ timeout: 30_000 });
    const shopToken = await cp.locator('#platform-token-value').inputValue();
    const S = (path, body) => http_('POST', path, shopToken, body);

    log('the shop records a referral, a signup, contributions and a purchase: every award is pending');
    const buyer = '0x00000000000000000000000000000000000c0de2';
    const short = (a) => `${a.slice(0, 6)}…${a.slice(-4)}`; // as the pages write addresses (hasText ignores case)
    r = await S('/v1/referrals', { campaign_id: heldId, referrer: fan.address, referee: buyer });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await S('/v1/events', { campaign_id: heldId, kind: 'signup', account: buyer });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.awards.map((a) => [a.status, a.awaiting_approval]), [['pending', true], ['pending', true]]);
    for (const kind of ['post', 'review']) {
      r = await S('/v1/events', { campaign_id: heldId, kind: 'contribution', account: fan.address, contribution_kind: kind });
      assert.equal(r.status, 201, JSON.stringify(r.body));
    }
    r = await S('/v1/events', { campaign_id: heldId, kind: 'purchase', account: buyer, value: T(200).toString(), event_id: 'order-7' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await S('/v1/events', { campaign_id: heldId, kind: 'contribution', account: friend.address, contribution_kind: 'post' });
    assert.equal(r.status, 201, JSON.stringify(r.body));

    log('fan sees what is pending, when the earliest hold ends, and why each award waits');
    const fanJwt = await fp.evaluate(() => JSON.parse(sessionStorage.getItem('tribe.session')).token);
    const rewardsOf = async () => (await http_('GET', `/v1/accounts/${fan.address}/rewards`, fanJwt)).body.tokens.find((t) => t.token === token && !t.pool);
    let tcc = await rewardsOf();
    assert.equal(tcc.pending, T(125).toString(), 'referrer 100 + post 10 + review 5 + 5% of 200');
    const utc = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    await fp.getByRole('button', { name: 'Refresh' }).click();
    await card.locator(`dd[data-field="pending"][data-raw="${T(125)}"]`).waitFor({ timeout: 30_000 });
    assert.equal(await card.locator('dd[data-field="pending"]').textContent(), '125 TCC');
    const note = await card.locator('[data-field="pending-until"]').textContent();
    assert.ok(note.startsWith(`125 TCC pending: the earliest hold ends ${utc.format(new Date(tcc.pending_until))} UTC.`), note);
    assert.equal(await raw(fp, token, 'claimable'), 0n, 'nothing pending is claimable');
    const fanRow = (text) => fp.locator('#history tr', { hasText: text }).first();
    await fanRow(`Referral: you brought in ${short(buyer)}`).locator('[data-status="pending"]').waitFor();
    assert.match(await fanRow(`Referral: you brought in ${short(buyer)}`).locator('.status-cell').textContent(), /^pending awaiting approval; hold ends \d+ \w+, \d\d:\d\d UTC$/);
    assert.match(await fanRow(`Revenue share on a purchase by ${short(buyer)}`).locator('.status-cell').textContent(), /awaiting approval/);

    log('creator approves two awards and rejects one with a reason, in bulk');
    await cp.getByRole('button', { name: 'Refresh', exact: true }).click();
    const queue = cp.locator('#review table.queue');
    await queue.locator('tbody tr').nth(5).waitFor({ timeout: 30_000 });
    assert.equal(await queue.locator('tbody tr').count(), 6, 'buyer 50, fan 100 + 10 + 5 + 10, friend 10');
    assert.equal(await queue.locator('[data-wait="approval"]').count(), 6);
    const qrow = (text) => queue.locator('tbody tr', { hasText: text });
    await qrow(`Referral: brought in ${short(buyer)}`).getByRole('checkbox').check();
    await qrow('Contribution: post').filter({ hasText: short(fan.address) }).getByRole('checkbox').check();
    await cp.getByRole('button', { name: 'Approve 2 selected' }).click();
    await cp.locator('#review .progress[data-outcome="approve"]', { hasText: 'Reviewed: 2 approved (claimable when the hold ends).' }).waitFor({ timeout: 30_000 });
    // Approved but still held: still in the queue, told apart from those awaiting approval.
    assert.equal(await queue.locator('[data-wait="hold"]').count(), 2);
    assert.match(await qrow(`Referral: brought in ${short(buyer)}`).locator('.badge').textContent(), /^approved · held until \d+ \w+, \d\d:\d\d UTC$/);
    await qrow('Contribution: review').getByRole('checkbox').check();
    await cp.getByRole('button', { name: 'Reject 1 selected' }).click();
    await cp.locator('#review .progress[data-kind="error"]', { hasText: 'Say why in "Reason" before rejecting' }).waitFor();
    await cp.getByLabel('Reason (shown to the fan when rejected)').fill('duplicate review');
    await cp.getByRole('button', { name: 'Reject 1 selected' }).click();
    await cp.locator('#review .progress[data-outcome="reject"]', { hasText: 'Reviewed: 1 rejected.' }).waitFor({ timeout: 30_000 });
    assert.equal(await queue.locator('tbody tr').count(), 5);

    log('creator blocks the friend (its pending award is rejected, new ones refused), then unblocks it');
    const blocks = cp.locator('#blocks');
    await blocks.getByText('No account is blocked in this campaign.').waitFor();
    await blocks.getByLabel('Account to block').fill(friend.address.toLowerCase());
    await blocks.getByLabel('Reason for the block').fill('self-referral ring');
    await blocks.getByRole('button', { name: 'Block', exact: true }).click();
    await cp.locator('#blocks .progress', { hasText: `Blocked ${friend.address.slice(0, 6)}` }).waitFor({ timeout: 30_000 });
    assert.match(await cp.locator('#blocks .progress').textContent(), /1 pending award rejected/);
    await blocks.locator(`li[data-blocked="${friend.address}"]`, { hasText: 'self-referral ring' }).waitFor();
    assert.equal(await queue.locator('tbody tr').count(), 4, 'the block rejected the friend\'s award');
    r = await S('/v1/events', { campaign_id: heldId, kind: 'contribution', account: friend.address, contribution_kind: 'post' });
    assert.equal(r.status, 422, `a blocked account is refused (got ${r.status} ${JSON.stringify(r.body)})`);
    assert.equal(r.body.error.code, 'blocked');
    await blocks.getByRole('button', { name: `Unblock ${friend.address}` }).click();
    await cp.locator('#blocks .progress', { hasText: 'is no longer blocked' }).waitFor({ timeout: 30_000 });
    await blocks.getByText('No account is blocked in this campaign.').waitFor();
    assert.deepEqual((await http_('GET', `/v1/campaigns/${heldId}/blocks`, shopToken)).status, 403, 'the shop has no awards:review');

    log('the shop refunds the purchase: the fan sees the revenue share reversed, and why');
    r = await S('/v1/events', { campaign_id: heldId, kind: 'refund', account: buyer, ref_event_id: 'order-7' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.reversals.map((x) => [x.amount, x.status]), [[T(10).toString(), 'reversed']]);
    tcc = await rewardsOf();
    assert.equal(tcc.pending, T(110).toString(), 'the approved 100 + 10 still held');
    await fp.getByRole('button', { name: 'Refresh' }).click();
    await card.locator(`dd[data-field="pending"][data-raw="${T(110)}"]`).waitFor({ timeout: 30_000 });
    const shareRow = fanRow(`Revenue share on a purchase by ${short(buyer)}`);
    await shareRow.locator('[data-status="reversed"]').waitFor();
    assert.equal(await shareRow.locator('.status-cell').textContent(), 'reversed refund of order-7');
    assert.equal(await fanRow('Contribution: review').locator('.status-cell').textContent(), 'rejected duplicate review');
    assert.match(await fanRow(`Referral: you brought in ${short(buyer)}`).locator('.status-cell').textContent(), /^pending claimable \d+ \w+, \d\d:\d\d UTC$/,
      'approved: only the hold is left');

    log('the campaign\'s chart and tiles show what was reversed and rejected today');
    await cp.getByRole('button', { name: 'Refresh', exact: true }).click();
    const today = new Date().toISOString().slice(0, 10);
    await cp.locator(`#chart-flow rect[data-kind="reversed"][data-day="${today}"][data-raw="${T(10)}"]`).waitFor({ timeout: 30_000 });
    assert.equal(await cp.locator(`#chart-flow rect[data-kind="rejected"][data-day="${today}"]`).getAttribute('data-raw'), T(15).toString());
    assert.match(await cp.locator('#chart-flow .legend').textContent(), /Reversed by refunds: 10 TCC.*Rejected: 15 TCC/);
    await cp.locator('[data-stat="reversed"]', { hasText: '10 TCC' }).waitFor();
    assert.equal(await cp.locator('[data-stat="rejected"]').textContent(), '15 TCC');
    assert.equal(await cp.locator('[data-stat="pending"]').textContent(), '160 TCC', 'fan 110 + buyer 50');
    const creatorJwt = await cp.evaluate(() => JSON.parse(sessionStorage.getItem('tribe.session')).token);
    const heldStats = (await http_('GET', `/v1/campaigns/${heldId}/stats?days=1`, creatorJwt)).body;
    assert.deepEqual([heldStats.reversed, heldStats.rejected, heldStats.pending], [T(10), T(15), T(160)].map(String));
    assert.deepEqual([heldStats.days[0].reversed, heldStats.days[0].rejected], [T(10), T(15)].map(String));

    log('the sponsor reads the figures of the campaign its pool pays');
    await sp.getByRole('button', { name: 'Refresh', exact: true }).click();
    await sp.getByRole('button', { name: `Open the campaign ${pooledId}` }).click();
    await sp.locator('#sp-tiles [data-stat="awarded"]', { hasText: '75 BRD' }).waitFor({ timeout: 30_000 });
    await sp.locator('#sp-review', { hasText: 'Nothing waits for review.' }).waitFor();
    await sp.locator('#sp-blocks', { hasText: 'No account is blocked in this campaign.' }).waitFor();
    await sp.locator(`#sp-chart-flow rect[data-kind="awarded"][data-day="${today}"]`).first().waitFor({ state: 'attached' });

    await checkPage(cp, 'creator-review');
    await checkPage(fp, 'fan-lifecycle');
    await checkPage(sp, 'sponsor-campaign');

    log('a platform user with no wallet earns 12 TCC; the link page moves it to the wallet it signs in with');
    // A platform the operator admitted (its default scopes include identities:write and rewards:read).
    r = await http_('POST', '/v1/platforms', dev.admin_token, { name: 'forum-app' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const appToken = r.body.token;
    const A = (path, body) => http_('POST', path, appToken, body);
    r = await A('/v1/awards', { campaign_id: campaignId, user: 'forum-user-77', amount: T(12).toString(), reason: 'welcome' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    r = await A('/v1/identities/link-tokens', { user: 'forum-user-77' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const linkURL = r.body.url;
    assert.ok(linkURL.startsWith(`${API}/app/link?token=`), linkURL);
    r = await http_('GET', `/v1/accounts/${linker.address}/rewards`, appToken);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const before = r.body.tokens.find((x) => x.token === token);
    const lp = await context.newPage();
    lp.on('console', (m) => { if (m.type() === 'error') errors.push(`link page console: ${m.text()}`); });
    await installWallet(lp, { privateKey: linker.private_key, rpcUrl: dev.rpc_url, chainId });
    await lp.goto(linkURL);
    await lp.locator('[data-field="platform"]', { hasText: 'forum-app' }).waitFor({ timeout: 30_000 });
    await lp.locator(`li[data-token="${token}"] [data-field="held"]`, { hasText: '12 TCC' }).waitFor();
    assert.ok(await lp.getByRole('button', { name: /^Link to/ }).isHidden(), 'no link before signing in');
    await signIn(lp);
    await lp.getByRole('button', { name: `Link to ${linker.address.slice(0, 6)}…${linker.address.slice(-4)}` }).click();
    await lp.locator('#link-progress', { hasText: 'Linked: your rewards are now in' }).waitFor({ timeout: 30_000 });
    await lp.getByRole('link', { name: 'See your rewards and claim them' }).waitFor();
    await checkPage(lp, 'link');
    r = await http_('GET', `/v1/accounts/${linker.address}/rewards`, appToken);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const after = r.body.tokens.find((x) => x.token === token);
    assert.equal(BigInt(after.cumulative) - BigInt(before?.cumulative ?? 0), T(12), 'the 12 TCC moved to the wallet, once');
    r = await http_('POST', '/v1/identities/link-preview', undefined, { token: new URL(linkURL).searchParams.get('token') });
    assert.equal(r.body.status, 'used');
    assert.equal(r.body.account, linker.address);
    // Opened again, the page says the link is done; and the platform sees its user linked.
    await lp.goto(linkURL);
    await lp.locator('[data-field="used"]', { hasText: 'Already linked to' }).waitFor({ timeout: 30_000 });
    assert.equal((await http_('GET', '/v1/platforms/me/users/forum-user-77/rewards', appToken)).body.account, linker.address);

    log('creator revokes the platform; its token stops working for the campaign');
    await cp.getByRole('button', { name: `Open the dashboard of ${campaignId}` }).click();
    await cp.locator('#dash-name', { hasText: campaignId }).waitFor();
    await cp.getByRole('button', { name: 'Revoke forum' }).click();
    await cp.locator('#platforms li', { hasText: 'revoked' }).waitFor({ timeout: 30_000 });
    await new Promise((res) => setTimeout(res, 1500)); // replicas trust a platform record for up to 1 s
    r = await P('/v1/events', { campaign_id: campaignId, kind: 'contribution', account: fan.address, contribution_kind: 'post' });
    assert.ok([401, 403].includes(r.status), `a revoked platform is refused (got ${r.status})`);

    assert.deepEqual(errors, [], 'no page errors');
    console.log('PASS web e2e');
  } catch (e) {
    console.error(`FAIL at step "${step}": ${e.stack ?? e}`);
    if (errors.length) console.error(`page errors:\n${errors.join('\n')}`);
    for (const p of context.pages()) {
      await p.screenshot({ path: join(tmpdir(), `tribe-e2e-fail-${context.pages().indexOf(p)}.png`), fullPage: true }).catch(() => {});
    }
    process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
