import { getAddress } from 'viem';
import { createClient } from './client.js';
import { unwrap } from './errors.js';
/**
 * siweMessage renders the EIP-4361 text exactly as tribe's internal/auth parses it: LF line ends, no
 * trailing LF, the statement block only when there is a statement, RFC 3339 UTC times.
 */
export function siweMessage(f) {
    const lines = [`${f.domain} wants you to sign in with your Ethereum account:`, getAddress(f.address), ''];
    if (f.statement)
        lines.push(f.statement, '');
    lines.push(`URI: ${f.uri}`, 'Version: 1', `Chain ID: ${f.chainId.toString()}`, `Nonce: ${f.nonce}`, `Issued At: ${f.issuedAt.toISOString()}`, `Expiration Time: ${f.expirationTime.toISOString()}`);
    return lines.join('\n');
}
/**
 * signIn signs in with Ethereum: it takes a nonce (POST /v1/auth/nonce), has the wallet sign the EIP-4361
 * message with personal_sign, and exchanges it for a wallet token (POST /v1/auth/login). It throws
 * TribeError (401 `invalid_login` for a wrong domain, URI, chain, expiry or signature).
 */
export async function signIn(opts) {
    const { baseUrl, walletClient, statement = 'Sign in to tribe.', expiresInMs = 8 * 3600_000 } = opts;
    const anon = createClient({ baseUrl, fetch: opts.fetch });
    const origin = new URL(baseUrl, globalThis.location?.href);
    const account = opts.account ?? walletClient.account ?? (await walletClient.getAddresses())[0];
    if (!account)
        throw new Error('signIn: the wallet client has no account');
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
