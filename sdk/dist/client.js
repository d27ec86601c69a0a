import createFetchClient, {} from 'openapi-fetch';
import { TribeError } from './errors.js';
/**
 * createClient returns a typed client of the tribe API that sends `token` as `Authorization: Bearer`.
 * Calls answer `{data, error, response}` (openapi-fetch); pass a result to unwrap() to get the data or a
 * TribeError. A failure to reach the server rejects with a TribeError of code `network`.
 * The client is stateless and safe to share.
 */
export function createClient({ baseUrl, token, fetch, headers }) {
    const base = baseUrl.replace(/\/+$/, '');
    const doFetch = fetch ?? globalThis.fetch.bind(globalThis);
    const client = createFetchClient({
        baseUrl: base,
        headers: { Accept: 'application/json', ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        fetch: async (request) => {
            try {
                return await doFetch(request);
            }
            catch (err) {
                if (err?.name === 'AbortError')
                    throw err;
                throw new TribeError(0, 'network', `${request.method} ${request.url}: ${err?.message ?? err}`, undefined, { cause: err });
            }
        },
    });
    return client;
}
