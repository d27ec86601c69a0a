import { type Client } from 'openapi-fetch';
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
export declare function createClient({ baseUrl, token, fetch, headers }: ClientOptions): TribeClient;
