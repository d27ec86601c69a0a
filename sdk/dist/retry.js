import { TribeError, unwrap } from './errors.js';
/** newIdempotencyKey returns 128 random bits as 32 hex digits (Web Crypto: Node ≥ 20 and browsers). */
export function newIdempotencyKey() {
    const b = new Uint8Array(16);
    globalThis.crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
/**
 * withIdempotency makes one logical write: it calls `fn(key)` with one Idempotency-Key and, on a
 * retryable failure (5xx, 429, no response, or 409 `in_progress` — the first attempt still running),
 * calls it again with the same key, so the server applies the write at most once and a retry returns
 * the first result. It waits `Retry-After` when the server sends one, else an exponential backoff with
 * jitter. Other 4xx are thrown at once, as TribeError. `fn` returns an openapi-fetch result (or the
 * data itself, throwing TribeError on refusal).
 *
 * ```ts
 * const { awards } = await withIdempotency((key) => client.POST('/v1/awards', {
 *   params: { header: { 'Idempotency-Key': key } },
 *   body: { campaign_id, account, amount: '100', reason: 'signup' },
 * }), { key: `signup:${userId}` });
 * ```
 */
export async function withIdempotency(fn, { key = newIdempotencyKey(), retries = 4, baseDelayMs = 250, maxDelayMs = 10_000, signal } = {}) {
    for (let attempt = 0;; attempt++) {
        signal?.throwIfAborted();
        try {
            const result = await fn(key);
            return isFetchResult(result) ? unwrap(result) : result;
        }
        catch (err) {
            if (!(err instanceof TribeError) || !err.retryable || attempt >= retries)
                throw err;
            const backoff = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
            const wait = err.retryAfter !== undefined ? err.retryAfter * 1000 : backoff;
            if (wait > maxDelayMs)
                throw err;
            await sleep(wait, signal);
        }
    }
}
function isFetchResult(v) {
    return typeof v === 'object' && v !== null && 'response' in v && v.response instanceof Response;
}
/** sleep waits ms, or rejects when signal aborts. */
export function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
        const onAbort = () => { clearTimeout(t); reject(signal?.reason); };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
