// Package auth issues and verifies tribe's bearer tokens and checks
// Sign-In with Ethereum (EIP-4361) messages.
//
// Tokens are JWTs signed with HMAC-SHA256 under one server secret. The
// algorithm is pinned: Verify accepts HS256 only, so "none", RS256/ES256
// tokens and algorithm-confusion tricks are refused before any key is used.
// iss, aud, exp, iat, sub and jti are required. A token carries a Role:
//
//   - RoleWallet: sub is the EIP-55 address of a wallet that signed in with
//     Ethereum; it may act for that wallet only.
//   - RolePlatform: sub is a platform id; Scopes and Campaigns say what the
//     platform may do and on which campaigns ("*" for any).
//   - RoleAdmin: the operator.
//
// Sign-In with Ethereum: ParseMessage reads the exact text a wallet signed
// under EIP-4361's grammar and Message.Verify checks it against what the
// server expects (domain, URI origin, chain id, times) and recovers the
// EIP-191 personal_sign signer. The nonce's single use is the caller's job:
// after Verify succeeds it must consume Message.Nonce atomically (for example
// a Redis GETDEL of the nonce NewNonce issued) and refuse the login if the
// nonce was unknown or already used.
//
// Errors wrap the sentinel errors declared in jwt.go and siwe.go; test them
// with errors.Is. No error or log line of this package contains the secret or
// a token.
package auth
