import { type FetchResult } from './errors.js';
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
export declare function newIdempotencyKey(): string;
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
export declare function withIdempotency<T>(fn: (key: string) => Promise<FetchResult<T> | T>, { key, retries, baseDelayMs, maxDelayMs, signal }?: IdempotencyOptions): Promise<T>;
/** sleep waits ms, or rejects when signal aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
