import type { components } from './schema.js';

/** The machine-readable error codes of the API (`error.code`), stable across versions. */
export type ErrorCode = components['schemas']['ErrorDetail']['code'];

/**
 * TribeError is every refusal of the API, from its one error shape
 * `{"error": {"code", "message", "retry_after"?}}`, with the HTTP status. `code` is `network` when no
 * response arrived (the request may or may not have been applied: retry it with the same Idempotency-Key).
 */
export class TribeError extends Error {
  override readonly name = 'TribeError';
  /** The HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** The API's code (`budget_exhausted`, `rate_limited`...), `network`, or `http_<status>` for a body that is not the API's. */
  readonly code: ErrorCode | 'network' | `http_${number}`;
  /** Seconds to wait before retrying: the body's `retry_after`, else the `Retry-After` header; undefined when neither. */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: TribeError['code'], message: string, retryAfter?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  /** Whether a retry of the same request (with the same Idempotency-Key) may succeed: 5xx, 429, network errors, and 409 `in_progress`. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500 || (this.status === 409 && this.code === 'in_progress');
  }
}

/** toTribeError turns an error response (its decoded body, if any) into a TribeError. */
export function toTribeError(response: Response, body: unknown): TribeError {
  const detail = (body as { error?: { code?: unknown; message?: unknown; retry_after?: unknown } } | null | undefined)?.error;
  const header = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  const retryAfter = typeof detail?.retry_after === 'number' ? detail.retry_after : Number.isFinite(header) && header >= 0 ? header : undefined;
  const code = typeof detail?.code === 'string' ? (detail.code as ErrorCode) : (`http_${response.status}` as const);
  const message = typeof detail?.message === 'string' ? detail.message : `${response.status} ${response.statusText}`.trim();
  return new TribeError(response.status, code, message, retryAfter);
}

/** The result of an openapi-fetch call. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * unwrap returns the data of a successful openapi-fetch call and throws a TribeError for a refused one.
 *
 * ```ts
 * const info = unwrap(await client.GET('/v1/info'));
 * ```
 */
export function unwrap<T>(result: FetchResult<T>): T {
  if (result.response.ok && result.error === undefined) return result.data as T;
  throw toTribeError(result.response, result.error);
}
