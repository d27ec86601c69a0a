import { TribeError, unwrap, type FetchResult } from './errors.js';

/** Options of withIdempotency. */
export interface IdempotencyOptions {
  /**
   * The Idempotency-Key of this logical call. Give one derived from your own record (`signup:${userId}`)
   * to make the write happen once even across process restarts; a random one is made when absent.
   */
  key?: string;
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** The first backoff in ms (default 250), doubled per retry with full jitter. */
  baseDelayMs?: number;
  /** The longest wait between attempts in ms (default 10 000). A Retry-After above it is not waited for: the error is thrown. */
  maxDelayMs?: number;
  /** Stops waiting and retrying. */
  signal?: AbortSignal;
}

/** newIdempotencyKey returns 128 random bits as 32 hex digits (Web Crypto: Node ≥ 20 and browsers). */
export function newIdempotencyKey(): string {
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
export async function withIdempotency<T>(
  fn: (key: string) => Promise<FetchResult<T> | T>,
  { key = newIdempotencyKey(), retries = 4, baseDelayMs = 250, maxDelayMs = 10_000, signal }: IdempotencyOptions = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      const result = await fn(key);
      return isFetchResult<T>(result) ? unwrap(result) : result;
    } catch (err) {
      if (!(err instanceof TribeError) || !err.retryable || attempt >= retries) throw err;
      const backoff = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
      const wait = err.retryAfter !== undefined ? err.retryAfter * 1000 : backoff;
      if (wait > maxDelayMs) throw err;
      await sleep(wait, signal);
    }
  }
}

function isFetchResult<T>(v: unknown): v is FetchResult<T> {
  return typeof v === 'object' && v !== null && 'response' in v && (v as { response: unknown }).response instanceof Response;
}

/** sleep waits ms, or rejects when signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(signal?.reason); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
