/** The body of a delivery: the event. */
export interface WebhookEvent<D = Record<string, unknown>> {
    id: string;
    type: string;
    timestamp: string;
    campaign_id?: string;
    data: D;
}
/** A delivery that does not verify: answer it 400 and do not act on it. */
export declare class WebhookVerificationError extends Error {
    constructor(message: string);
}
export interface VerifyWebhookOptions {
    /** The endpoint's signing secret, as POST /v1/webhooks answered it ("whsec_…"). */
    secret: string;
    /** The request's headers: a Headers object (fetch, Next.js) or a plain object (Node's req.headers). */
    headers: Headers | Record<string, string | string[] | undefined>;
    /** The raw request body, exactly as received: verify before parsing it. */
    body: string | Uint8Array;
    /** How far webhook-timestamp may be from now, in seconds (default 300, the spec's): replays are refused. */
    toleranceSeconds?: number;
    /** Now, for tests. */
    now?: Date;
}
/**
 * verifyWebhook checks a delivery's signature and timestamp and returns its event. It throws
 * WebhookVerificationError when a header is missing, the timestamp is outside the tolerance, or no signature
 * matches the secret. Dedupe on the event's id: delivery is at least once.
 *
 *     app.post('/tribe', express.raw({ type: 'application/json' }), async (req, res) => {
 *       const event = await verifyWebhook({ secret, headers: req.headers, body: req.body });
 *       ...
 */
export declare function verifyWebhook<D = Record<string, unknown>>(opts: VerifyWebhookOptions): Promise<WebhookEvent<D>>;
