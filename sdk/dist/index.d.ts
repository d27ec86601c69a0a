export { createClient, type ClientOptions, type TribeClient } from './client.js';
export { TribeError, toTribeError, unwrap, type ErrorCode, type FetchResult } from './errors.js';
export { withIdempotency, newIdempotencyKey, type IdempotencyOptions } from './retry.js';
export { signIn, siweMessage, type SignInOptions, type SiweFields, type Session } from './siwe.js';
export { claimAll, relay, waitCommunityActive, createCommunity, type ClaimAllOptions, type ClaimAllResult, type RelayOptions, type WaitCommunityOptions, type CreateCommunityOptions, type Community, type Claims, type Relay, } from './actions.js';
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookEvent } from './webhooks.js';
export type { paths, components, operations } from './schema.js';
