// Unit tests of the SDK's pure parts against a fake fetch: errors, retries with one Idempotency-Key, the SIWE text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, siweMessage, TribeError, unwrap, withIdempotency } from '../dist/index.js';

// fakeFetch answers the queued responses in order and records each request's Idempotency-Key.
function fakeFetch(...answers) {
  const keys = [];
  const fetch = async (req) => {
    keys.push(req.headers.get('Idempotency-Key'));
    const a = answers.shift();
    if (a instanceof Error) throw a;
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'Content-Type': 'application/json', ...a.headers } });
  };
  return { fetch, keys };
}
const award = { awards: [{ id: 'awd_1', campaign_id: 'cmp_1', account: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', amount: '5', reason: 'direct:x', at: '2026-01-01T00:00:00Z' }] };
const post = (client) => (key) => client.POST('/v1/awards', {
  params: { header: { 'Idempotency-Key': key } },
  body: { campaign_id: 'cmp_1', account: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', amount: '5', reason: 'x' },
});

test('withIdempotency retries 503, 429 (Retry-After) and a lost response with one key', async () => {
  const f = fakeFetch(
    { status: 503, body: { error: { code: 'unavailable', message: 'redis down' } } },
    new TypeError('fetch failed'),
    { status: 429, body: { error: { code: 'rate_limited', message: 'slow down', retry_after: 1 } }, headers: { 'Retry-After': '1' } },
    { status: 201, body: award },
  );
  const client = createClient({ baseUrl: 'http://tribe.test', token: 't', fetch: f.fetch });
  const t0 = Date.now();
  const data = await withIdempotency(post(client), { key: 'signup:42', baseDelayMs: 1 });
  assert.deepEqual(data, award);
  assert.deepEqual(f.keys, ['signup:42', 'signup:42', 'signup:42', 'signup:42']);
  assert.ok(Date.now() - t0 >= 1000, 'waited Retry-After');
});

test('withIdempotency never retries a 4xx and throws a typed TribeError', async () => {
  const f = fakeFetch({ status: 422, body: { error: { code: 'budget_exhausted', message: 'budget exhausted' } } });
  const client = createClient({ baseUrl: 'http://tribe.test', fetch: f.fetch });
  await assert.rejects(withIdempotency(post(client)), (e) => {
    assert.ok(e instanceof TribeError);
    assert.equal(e.status, 422);
    assert.equal(e.code, 'budget_exhausted');
    assert.equal(e.retryAfter, undefined);
    return true;
  });
  assert.equal(f.keys.length, 1);
  assert.match(f.keys[0], /^[0-9a-f]{32}$/);
});

test('withIdempotency gives up after its retries, and on a Retry-After over maxDelayMs', async () => {
  const e503 = { status: 503, body: { error: { code: 'unavailable', message: 'x' } } };
  let f = fakeFetch(e503, e503, e503);
  await assert.rejects(withIdempotency(post(createClient({ baseUrl: 'http://t', fetch: f.fetch })), { retries: 2, baseDelayMs: 1 }), { status: 503 });
  assert.equal(f.keys.length, 3);
  f = fakeFetch({ status: 503, body: { error: { code: 'relay_budget_exhausted', message: 'x', retry_after: 3600 } }, headers: { 'Retry-After': '3600' } });
  await assert.rejects(withIdempotency(post(createClient({ baseUrl: 'http://t', fetch: f.fetch }))), { code: 'relay_budget_exhausted', retryAfter: 3600 });
  assert.equal(f.keys.length, 1);
});

test('unwrap: a body that is not the API error shape still gives a TribeError', async () => {
  const client = createClient({ baseUrl: 'http://t', fetch: async () => new Response('bad gateway', { status: 502, statusText: 'Bad Gateway' }) });
  assert.throws(() => unwrap({ error: undefined, response: new Response(null, { status: 502 }) }), { status: 502, code: 'http_502' });
  await assert.rejects(withIdempotency(() => client.GET('/v1/info'), { retries: 0 }), { status: 502, code: 'http_502' });
});

test('siweMessage is EIP-4361 as internal/auth parses it', () => {
  const text = siweMessage({
    domain: '127.0.0.1:8080', address: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', statement: 'Sign in to tribe.',
    uri: 'http://127.0.0.1:8080', chainId: 1337n, nonce: 'ABCDEFGH12345678',
    issuedAt: new Date('2026-01-01T00:00:00Z'), expirationTime: new Date('2026-01-01T08:00:00Z'),
  });
  assert.equal(text, [
    '127.0.0.1:8080 wants you to sign in with your Ethereum account:',
    '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    '',
    'Sign in to tribe.',
    '',
    'URI: http://127.0.0.1:8080',
    'Version: 1',
    'Chain ID: 1337',
    'Nonce: ABCDEFGH12345678',
    'Issued At: 2026-01-01T00:00:00.000Z',
    'Expiration Time: 2026-01-01T08:00:00.000Z',
  ].join('\n'));
});

// verifyWebhook against the Standard Webhooks reference library (npm standardwebhooks), which signs here.
test('verifyWebhook accepts what the Standard Webhooks library signs and refuses the rest', async () => {
  const { Webhook } = await import('standardwebhooks');
  const { verifyWebhook, WebhookVerificationError } = await import('../dist/index.js');
  const secret = 'whsec_' + Buffer.from('a tribe endpoint secret, 32 bytes!').toString('base64');
  const other = 'whsec_' + Buffer.from('another secret').toString('base64');
  const at = new Date('2026-12-07T12:00:00Z');
  const event = { id: 'evt_0xabc_1-0', type: 'award.created', timestamp: at.toISOString(), data: { amount: '5' } };
  const body = JSON.stringify(event);
  const sign = (s, b = body, id = event.id, when = at) => ({
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(when.getTime() / 1000)),
    'webhook-signature': new Webhook(s).sign(id, when, b),
  });

  assert.deepEqual(await verifyWebhook({ secret, headers: sign(secret), body, now: at }), event);
  // A Headers object and a byte body work too, and a rotation's two signatures (either secret matches).
  const rotated = { ...sign(secret), 'webhook-signature': `${sign(other)['webhook-signature']} ${sign(secret)['webhook-signature']}` };
  assert.equal((await verifyWebhook({ secret, headers: new Headers(rotated), body: new TextEncoder().encode(body), now: at })).id, event.id);
  assert.equal((await verifyWebhook({ secret: other, headers: rotated, body, now: at })).id, event.id);

  const refused = async (opts, why) => {
    await assert.rejects(verifyWebhook({ secret, body, now: at, ...opts }), WebhookVerificationError, why);
  };
  await refused({ headers: sign(other) }, 'another secret');
  await refused({ headers: sign(secret), body: body.replace('"5"', '"500"') }, 'a changed body');
  await refused({ headers: { ...sign(secret), 'webhook-id': 'evt_other' } }, 'another id');
  await refused({ headers: sign(secret), now: new Date(at.getTime() + 301_000) }, 'a replay after the tolerance');
  await refused({ headers: sign(secret), now: new Date(at.getTime() - 301_000) }, 'a timestamp from the future');
  await refused({ headers: { 'webhook-id': event.id, 'webhook-timestamp': sign(secret)['webhook-timestamp'] } }, 'no signature');
  await refused({ headers: { ...sign(secret), 'webhook-signature': 'v2,' + sign(secret)['webhook-signature'].slice(3) } }, 'an unknown version');
  const forged = JSON.stringify({ ...event, id: 'evt_forged' });
  await refused({ headers: sign(secret, forged), body: forged }, 'a body for another event than its header');
});
