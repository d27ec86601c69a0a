// @tribe-rewards/sdk: a typed client of the tribe API (generated from internal/api/openapi.yaml) and the
// helpers every integrator otherwise writes. ESM, no Node-only imports: Node ≥ 20 and browsers.
export { createClient } from './client.js';
export { TribeError, toTribeError, unwrap } from './errors.js';
export { withIdempotency, newIdempotencyKey } from './retry.js';
export { signIn, siweMessage } from './siwe.js';
export { claimAll, relay, waitCommunityActive, createCommunity, } from './actions.js';
export { verifyWebhook, WebhookVerificationError } from './webhooks.js';
