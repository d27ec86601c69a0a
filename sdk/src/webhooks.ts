// Verifying tribe's webhooks. Deliveries follow the Standard Webhooks specification: headers webhook-id,
// webhook-timestamp (Unix seconds) and webhook-signature (space-separated "v1,<base64 HMAC-SHA256 of
// `${id}.${timestamp}.${body}`>", several while a secret is being rotated), keyed with the secret's bytes
// (the base64 after "whsec_"). WebCrypto only: Node ≥ 20 and browsers alike.

/** The body of a delivery: the event. */
export interface WebhookEvent<D = Record<string, unknown>> {
  id: string;
  type: string;
  timestamp: string;
  campaign_id?: string;
  data: D;
}

/** A delivery that does not verify: answer it 400 and do not act on it. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

export interface VerifyWebhookOptions {
  /** The endpoint's signing secret, as POST /v1/webhooks answered it ("whsec_…"). */
  secret: string;
  /** The request's headers: a Headers object (fetch, Next.js) or a plain object (Node's req.headers). */
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The raw request body, exactly as received: verify before parsing it. */
  body: string | Uint8Array;
  /** How far webhook-timestamp may be from now, in seconds (default 300, the spec's): replays are refused. */
  toleranceSeconds?: number;
  /** Now, for tests. */
  now?: Date;
}

const enc = new TextEncoder();

function header(h: VerifyWebhookOptions['headers'], name: string): string {
  if (typeof (h as Headers).get === 'function') return (h as Headers).get(name) ?? '';
  const rec = h as Record<string, string | string[] | undefined>;
  const key = Object.keys(rec).find((k) => k.toLowerCase() === name);
  const v = key === undefined ? undefined : rec[key];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** equal compares two byte strings in time that depends only on their lengths. */
function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] as number) ^ (b[i] as number);
  return d === 0;
}

/**
 * verifyWebhook checks a delivery's signature and timestamp and returns its event. It throws
 * WebhookVerificationError when a header is missing, the timestamp is outside the tolerance, or no signature
 * matches the secret. Dedupe on the event's id: delivery is at least once.
 *
 *     app.post('/tribe', express.raw({ type: 'application/json' }), async (req, res) => {
 *       const event = await verifyWebhook({ secret, headers: req.headers, body: req.body });
 *       ...
 */
export async function verifyWebhook<D = Record<string, unknown>>(opts: VerifyWebhookOptions): Promise<WebhookEvent<D>> {
  const { secret, headers, body, toleranceSeconds = 300, now = new Date() } = opts;
  const id = header(headers, 'webhook-id');
  const ts = header(headers, 'webhook-timestamp');
  const sigs = header(headers, 'webhook-signature');
  if (!id || !ts || !sigs) throw new WebhookVerificationError('missing webhook-id, webhook-timestamp or webhook-signature');
  if (!/^\d{1,12}$/.test(ts)) throw new WebhookVerificationError('webhook-timestamp is not Unix seconds');
  const skew = Math.abs(now.getTime() / 1000 - Number(ts));
  if (skew > toleranceSeconds) throw new WebhookVerificationError(`webhook-timestamp is ${Math.round(skew)} s from now`);
  if (!secret.startsWith('whsec_')) throw new WebhookVerificationError('the secret must start with whsec_');
  let keyBytes: Uint8Array;
  try {
    keyBytes = fromBase64(secret.slice('whsec_'.length));
  } catch {
    throw new WebhookVerificationError('the secret is not base64 after whsec_');
  }
  const raw = typeof body === 'string' ? enc.encode(body) : body;
  const prefix = enc.encode(`${id}.${ts}.`);
  const signed = new Uint8Array(prefix.length + raw.length);
  signed.set(prefix);
  signed.set(raw, prefix.length);
  const key = await crypto.subtle.importKey('raw', keyBytes as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const want = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed as BufferSource));
  let ok = false;
  for (const part of sigs.split(' ')) {
    const [version, sig] = part.split(',', 2);
    if (version !== 'v1' || !sig) continue;
    let got: Uint8Array;
    try {
      got = fromBase64(sig);
    } catch {
      continue;
    }
    if (equal(got, want)) ok = true; // no early exit: every signature is looked at
  }
  if (!ok) throw new WebhookVerificationError('no signature matches the secret');
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  let event: WebhookEvent<D>;
  try {
    event = JSON.parse(text) as WebhookEvent<D>;
  } catch {
    throw new WebhookVerificationError('the body is not JSON');
  }
  if (event.id !== id) throw new WebhookVerificationError('the body is for another event than webhook-id');
  return event;
}
