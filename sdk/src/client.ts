import createFetchClient, { type Client } from 'openapi-fetch';
import { TribeError } from './errors.js';
import type { paths } from './schema.js';

/** The typed tribe API client: openapi-fetch over the paths of internal/api/openapi.yaml. */
export type TribeClient = Client<paths, 'application/json'>;

/** Options of createClient. */
export interface ClientOptions {
  /** The API's origin, e.g. `https://tribe.example` (no `/v1`). */
  baseUrl: string;
  /** A bearer token: a wallet's (signIn), a platform's (tribectl platform create) or the admin's. */
  token?: string;
  /** A fetch to use instead of globalThis.fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/**
 * createClient returns a typed client of the tribe API that sends `token` as `Authorization: Bearer`.
 * Calls answer `{data, error, response}` (openapi-fetch); pass a result to unwrap() to get the data or a
 * TribeError. A failure to reach the server rejects with a TribeError of code `network`.
 * The client is stateless and safe to share.
 */
export function createClient({ baseUrl, token, fetch, headers }: ClientOptions): TribeClient {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch = fetch ?? globalThis.fetch.bind(globalThis);
  const client = createFetchClient<paths>({
    baseUrl: base,
    headers: { Accept: 'application/json', ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    fetch: async (request: Request) => {
      try {
        return await doFetch(request);
      } catch (err) {
        if ((err as { name?: string })?.name === 'AbortError') throw err;
        throw new TribeError(0, 'network', `${request.method} ${request.url}: ${(err as Error)?.message ?? err}`, undefined, { cause: err });
      }
    },
  });
  return client;
}
