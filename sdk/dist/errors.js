/**
 * TribeError is every refusal of the API, from its one error shape
 * `{"error": {"code", "message", "retry_after"?}}`, with the HTTP status. `code` is `network` when no
 * response arrived (the request may or may not have been applied: retry it with the same Idempotency-Key).
 */
export class TribeError extends Error {
    name = 'TribeError';
    /** The HTTP status; 0 when no response arrived. */
    status;
    /** The API's code (`budget_exhausted`, `rate_limited`...), `network`, or `http_<status>` for a body that is not the API's. */
    code;
    /** Seconds to wait before retrying: the body's `retry_after`, else the `Retry-After` header; undefined when neither. */
    retryAfter;
    constructor(status, code, message, retryAfter, options) {
        super(message, options);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }
    /** Whether a retry of the same request (with the same Idempotency-Key) may succeed: 5xx, 429, network errors, and 409 `in_progress`. */
    get retryable() {
        return this.status === 0 || this.status === 429 || this.status >= 500 || (this.status === 409 && this.code === 'in_progress');
    }
}
/** toTribeError turns an error response (its decoded body, if any) into a TribeError. */
export function toTribeError(response, body) {
    const detail = body?.error;
    const header = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    const retryAfter = typeof detail?.retry_after === 'number' ? detail.retry_after : Number.isFinite(header) && header >= 0 ? header : undefined;
    const code = typeof detail?.code === 'string' ? detail.code : `http_${response.status}`;
    const message = typeof detail?.message === 'string' ? detail.message : `${response.status} ${response.statusText}`.trim();
    return new TribeError(response.status, code, message, retryAfter);
}
/**
 * unwrap returns the data of a successful openapi-fetch call and throws a TribeError for a refused one.
 *
 * ```ts
 * const info = unwrap(await client.GET('/v1/info'));
 * ```
 */
export function unwrap(result) {
    if (result.response.ok && result.error === undefined)
        return result.data;
    throw toTribeError(result.response, result.error);
}
