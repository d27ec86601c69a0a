import { Wallet } from 'ethers';

// What every independent client of the end-to-end run needs (claim.mjs, sponsor.mjs, refunds.mjs): failing
// with a message, a deadline for the whole script, bounded waits, and HTTP calls to the API. No tribe code.

// script returns the helpers of one script: name prefixes its failure messages, timeoutS bounds its run.
export function script(name, timeoutS) {
  const started = Date.now();
  const fail = (msg) => {
    console.error(`${name}: FAIL: ${msg}`);
    process.exit(1);
  };
  setTimeout(() => fail(`timed out after ${timeoutS}s`), timeoutS * 1000);
  process.on('unhandledRejection', (e) => fail(e?.stack ?? String(e)));
  const check = (cond, msg) => {
    if (!cond) fail(msg);
  };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const secs = () => ((Date.now() - started) / 1000).toFixed(1) + 's';
  const step = (msg) => console.log(`  ok  [${secs()}] ${msg}`);

  // until polls fn every 500 ms until it returns something truthy, for at most timeoutS.
  async function until(what, timeoutS, fn) {
    const end = Date.now() + timeoutS * 1000;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) fail(`timed out after ${timeoutS}s waiting for ${what}`);
      await sleep(500);
    }
  }

  // api returns http(method, path, {body, token, idem, expect}) against the API at base: the status, the
  // parsed JSON (if any) and the text; a status outside expect (default: any below 300) fails the script.
  function api(base) {
    base = base.replace(/\/$/, '');
    return async function http(method, p, { body, token, idem, expect } = {}) {
      const headers = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (token) headers.authorization = `Bearer ${token}`;
      if (idem) headers['idempotency-key'] = idem;
      const res = await fetch(base + p, {
        method, headers, body: body === undefined ? undefined : j(body), signal: AbortSignal.timeout(30_000),
      }).catch((e) => fail(`${method} ${base}${p}: ${e.cause?.message ?? e.message}`));
      const text = await res.text();
      let json;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      if (expect !== undefined ? !expect.includes(res.status) : res.status >= 300) {
        fail(`${method} ${p}: HTTP ${res.status}${expect ? ` (want ${expect.join('|')})` : ''}: ${text.slice(0, 500)}`);
      }
      return { status: res.status, json, text };
    };
  }

  return { fail, check, sleep, secs, step, until, api, started };
}

// j is JSON.stringify for messages and bodies, with bigints as decimal strings (ethers returns bigints).
export const j = (x) => JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? v.toString() : v));

// wallet is an ethers Wallet whose next nonce is the larger of the chain's `latest` and `pending` counts.
// geth --dev updates its pool's pending nonce a moment after it imports a block, so a send right after the
// previous one was mined may otherwise reuse its nonce ("nonce has already been used"); every script here
// waits for each transaction before the next, so the latest count is then right.
export function wallet(key, provider) {
  const w = new Wallet(key, provider);
  w.getNonce = async () => {
    const [latest, pending] = await Promise.all([
      provider.getTransactionCount(w.address, 'latest'), provider.getTransactionCount(w.address, 'pending')]);
    return Math.max(latest, pending);
  };
  return w;
}
