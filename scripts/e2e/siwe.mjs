// Sign-In with Ethereum (EIP-4361) for the independent clients of the end-to-end run: the message is written
// here from the spec, not by tribe code. Shared by claim.mjs (the relayed claim) and sponsor.mjs (the brands).

// siweMessage is the EIP-4361 message with which `address` signs in to the API at `api` on `chainId`, valid for
// ten minutes from now.
export function siweMessage(api, address, chainId, nonce, statement = 'Sign in to tribe.') {
  const u = new URL(api);
  const now = new Date();
  return [
    `${u.host} wants you to sign in with your Ethereum account:`,
    address,
    '',
    statement,
    '',
    `URI: ${u.origin}`,
    'Version: 1',
    `Chain ID: ${chainId}`,
    `Nonce: ${nonce}`,
    `Issued At: ${now.toISOString()}`,
    `Expiration Time: ${new Date(now.getTime() + 10 * 60_000).toISOString()}`,
  ].join('\n');
}

// siweLogin signs in `wallet` (an ethers Signer) through `post(path, body)`, which returns the parsed JSON of a
// 2xx answer and fails otherwise; it returns {message, signature, login} (login: {token, address, expires_at}).
export async function siweLogin(post, api, wallet, chainId, statement) {
  const { nonce } = await post('/v1/auth/nonce');
  const message = siweMessage(api, wallet.address, chainId, nonce, statement);
  const signature = await wallet.signMessage(message);
  const login = await post('/v1/auth/login', { message, signature });
  return { message, signature, login };
}
