import { getAddress, type Account, type Address, type WalletClient } from 'viem';
import { createClient, type TribeClient } from './client.js';
import { unwrap } from './errors.js';
import type { components } from './schema.js';

/** The fields of a Sign-In with Ethereum (EIP-4361) message as tribe checks them. */
export interface SiweFields {
  /** The service's SIWE domain: the host (and port) of its public URL, e.g. `tribe.example` or `127.0.0.1:8080`. */
  domain: string;
  /** The signing account; written EIP-55 checksummed. */
  address: Address;
  /** One line for people; optional. */
  statement?: string;
  /** A URI of the service's origin (scheme, host and port are compared, not the path). */
  uri: string;
  chainId: number | bigint;
  /** From POST /v1/auth/nonce; single use. */
  nonce: string;
  issuedAt: Date;
  /** Required by tribe; the wallet token expires no later than this. */
  expirationTime: Date;
}

/**
 * siweMessage renders the EIP-4361 text exactly as tribe's internal/auth parses it: LF line ends, no
 * trailing LF, the statement block only when there is a statement, RFC 3339 UTC times.
 */
export function siweMessage(f: SiweFields): string {
  const lines = [`${f.domain} wants you to sign in with your Ethereum account:`, getAddress(f.address), ''];
  if (f.statement) lines.push(f.statement, '');
  lines.push(
    `URI: ${f.uri}`,
    'Version: 1',
    `Chain ID: ${f.chainId.toString()}`,
    `Nonce: ${f.nonce}`,
    `Issued At: ${f.issuedAt.toISOString()}`,
    `Expiration Time: ${f.expirationTime.toISOString()}`,
  );
  return lines.join('\n');
}

/** Options of signIn. */
export interface SignInOptions {
  /** The API's origin; also the SIWE domain and URI unless `domain`/`uri` are given. */
  baseUrl: string;
  /** A viem wallet client (a local account, or a browser wallet through `custom(window.ethereum)`). */
  walletClient: WalletClient;
  /** The account to sign with; walletClient.account, or its first address, when absent. */
  account?: Account | Address;
  /** The chain id the service runs on; read from GET /v1/info when absent. */
  chainId?: number | bigint;
  /** The service's SIWE domain when it is not baseUrl's host (tribed --siwe-domain / --public-url). */
  domain?: string;
  /** The service's SIWE URI when it is not baseUrl's origin (tribed --siwe-uri / --public-url). */
  uri?: string;
  statement?: string;
  /** How long the sign-in is valid (default 8 h; the service may cut the session shorter). */
  expiresInMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** What signIn returns: the API's Login and a client authenticated with its token. */
export type Session = components['schemas']['Login'] & { client: TribeClient };

/**
 * signIn signs in with Ethereum: it takes a nonce (POST /v1/auth/nonce), has the wallet sign the EIP-4361
 * message with personal_sign, and exchanges it for a wallet token (POST /v1/auth/login). It throws
 * TribeError (401 `invalid_login` for a wrong domain, URI, chain, expiry or signature).
 */
export async function signIn(opts: SignInOptions): Promise<Session> {
  const { baseUrl, walletClient, statement = 'Sign in to tribe.', expiresInMs = 8 * 3600_000 } = opts;
  const anon = createClient({ baseUrl, fetch: opts.fetch });
  const origin = new URL(baseUrl, (globalThis as { location?: { href: string } }).location?.href);
  const account = opts.account ?? walletClient.account ?? (await walletClient.getAddresses())[0];
  if (!account) throw new Error('signIn: the wallet client has no account');
  const address = typeof account === 'string' ? account : account.address;
  const chainId = opts.chainId ?? BigInt(unwrap(await anon.GET('/v1/info')).chain_id);
  const { nonce } = unwrap(await anon.POST('/v1/auth/nonce'));
  const now = new Date();
  const message = siweMessage({
    domain: opts.domain ?? origin.host, address, statement, uri: opts.uri ?? origin.origin, chainId, nonce,
    issuedAt: now, expirationTime: new Date(now.getTime() + expiresInMs),
  });
  const signature = await walletClient.signMessage({ account, message });
  const login = unwrap(await anon.POST('/v1/auth/login', { body: { message, signature } }));
  return { ...login, client: createClient({ baseUrl, token: login.token, fetch: opts.fetch }) };
}
