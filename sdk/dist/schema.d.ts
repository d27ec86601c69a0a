export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description 200 while the process serves requests. Needs no token.
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description 200 while the service takes traffic and Redis answers; 503 before start-up is complete,
         *     while shutting down (so a load balancer drains the replica first) and when Redis is down.
         *     Needs no token.
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Prometheus text exposition: `tribe_http_requests_total{route,method,status}`,
         *     `tribe_http_request_duration_seconds{route,method}`, `tribe_awards_total{reason}` and
         *     `tribe_campaign_budget_remaining{campaign}`. Needs no token; expose it on an internal network.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document
         * @description The OpenAPI 3 description of the API, as embedded in the server. Needs no token.
         */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web app (redirect)
         * @description Redirects (301) to `/app/`.
         */
        get: operations["appRedirect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web app
         * @description The fan page (`/app/`), the creator page (`/app/creator`), the sponsor page (`/app/sponsor`) and their scripts and styles, embedded in tribed (internal/web). Needs no token. Strict Content-Security-Policy; no-cache with ETag; 404 for unknown files.
         */
        get: operations["app"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chain and contracts
         * @description The chain id, the contract addresses, the voucher signer addresses and the API version. Needs no token.
         */
        get: operations["getInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/nonce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a sign-in nonce
         * @description Issues a single-use nonce for a Sign-In with Ethereum (EIP-4361) message. It expires after a
         *     few minutes (`expires_at`) and is consumed by the first successful login. Needs no token.
         */
        post: operations["createNonce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with Ethereum
         * @description Exchanges an EIP-4361 message and its EIP-191 `personal_sign` signature for a wallet token.
         *     The message must name this service's domain and URI origin, this chain's id, a nonce from
         *     `POST /v1/auth/nonce` (single use), an `Issued At` within the nonce's lifetime and an
         *     `Expiration Time` in the future; the token expires at the earlier of the message's expiration
         *     and the session lifetime. Needs no token.
         *
         *     Contract wallets sign in too, as EIP-4361 requires: a signature that is not the address's
         *     ECDSA signature is checked on this service's chain with one `eth_call` (2 s timeout) — ERC-1271
         *     `isValidSignature` for a deployed wallet (Safe, ERC-4337 accounts), and ERC-6492 for one not
         *     deployed yet (the wrapped signature's factory call runs inside the `eth_call` only; nothing is
         *     deployed). A wallet that refuses is 401 `invalid_login`; a chain that does not answer is 503
         *     `chain_unavailable` and the nonce stays usable.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a platform and issue its token
         * @description **Role: admin.** Registers a platform and returns its bearer token (shown once; replays of the
         *     same `Idempotency-Key` return it again). Without `scopes` the token gets every scope; without
         *     `campaigns` it may act on any campaign (`*`).
         */
        post: operations["createPlatform"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prepare a community token for the creator to sign
         * @description **Role: wallet (the creator).** Returns the EIP-712 typed data (`CreateToken` under the
         *     `TribeTokenFactory` domain) that the creator's wallet signs with `eth_signTypedData_v4`, and
         *     the token's address, known in advance (CREATE2). The service picks `salt` and `deadline`
         *     (one hour) unless given. Nothing is stored. Send `request` back with the signature to
         *     `POST /v1/communities`. The typed data's `types` include `EIP712Domain`, as
         *     `eth_signTypedData_v4` expects; ethers' `signTypedData(domain, types, message)` refuses that
         *     entry (it derives the domain type itself), so remove `EIP712Domain` from `types` before
         *     calling it.
         */
        post: operations["requestCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a community token
         * @description **Role: wallet (the creator).** Takes the request from `POST /v1/communities/request` with the
         *     creator's EIP-712 signature and relays `createTokenFor` on the creator's behalf (the service
         *     pays the gas; the signature is the creator's consent). Answers 202 once the transaction is
         *     sent: the community is `pending` with its `tx_hash` and becomes `active` when it is mined, or
         *     `failed` with an `error`, or `mismatch` (see `error`) if the token at its address is not the one
         *     requested (another name, symbol, cap or creator). A signature that is not the signed-in
         *     wallet's for exactly this request, factory and chain is a 422 `invalid_signature`. A deployed
         *     contract wallet (a Safe, say) consents with its ERC-1271 signature, checked here with one
         *     `eth_call` and again by the factory on-chain (503 `chain_unavailable` if the chain does not
         *     answer); an ERC-6492-wrapped signature of such a wallet is relayed unwrapped. A wallet not
         *     deployed yet cannot consent on-chain: its valid ERC-6492 signature is a 422
         *     `wallet_not_deployed` (deploy the wallet, then send the same request). A wallet may
         *     create 5 communities per hour (`--limit-communities`); over that: 429 `rate_limited` with
         *     `Retry-After`, and nothing is stored or sent. Every request that is not an idempotent replay
         *     counts, refused ones too.
         */
        post: operations["createCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A community
         * @description A community and the state of its token creation. Needs no token.
         */
        get: operations["getCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a campaign
         * @description **Role: wallet, the creator of the community's token on-chain** (`creator()` read from the
         *     chain; anyone else: 403 `not_token_creator`). The campaign pays either its `budget` of the
         *     community's own token (minted by the distributor), or — when it names a sponsor `pool` — the
         *     pool's ERC-20 within the budget the pool's owner grants it (`POST /v1/pools/{pool}/grants`;
         *     the budget starts at 0 and `budget` must be omitted). A `reward_token` other than the
         *     community's token or the pool's ERC-20 is refused with 422 `reward_token_not_allowed` before
         *     anything is stored. It pays by its `rules`:
         *     - `referral`: when a referee's qualifying event (`signup` unless said otherwise) arrives, the
         *       referee gets `referee_reward` and the referrer `referrer_reward` — once per referee, however
         *       many qualifying events follow.
         *     - `contributions`: a fixed amount per contribution kind (`post`, `review`, ...).
         *     - `revenue_share`: `bps` basis points of a referee's purchase value go to the referrer, for
         *       purchases within `window_days` of the referral.
         *     - `daily_cap`: the most one account can earn from the campaign per UTC day. Awards from events
         *       are cut to what is left (`capped: true`) or dropped at 0; a direct award over it is refused
         *       with 422 `daily_cap_reached`.
         *
         *     `platforms`, if not empty, is an allow-list of the platform ids that may act on the campaign.
         *     When the budget is spent, any request whose awards need more than what remains is refused
         *     whole with 422 `budget_exhausted`. A wallet may create 20 campaigns per hour
         *     (`--limit-campaigns`); over that: 429 `rate_limited` with `Retry-After`, and nothing is stored.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign
         * @description A campaign's definition and running totals (remaining budget, awarded, counts). Needs no token.
         */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign's leaderboard
         * @description **Role: platform with scope `leaderboards:read`, or any wallet.** The campaign's top accounts,
         *     best first: `by=earned` ranks by the amount earned in the campaign (exact), `by=referrals` ranks
         *     referrers by the number of referrals recorded.
         */
        get: operations["getLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign's figures per day
         * @description **Role: wallet, the creator of the campaign's community or the owner on-chain of the sponsor pool
         *     paying it; or a platform allowed on the campaign with scope `leaderboards:read`.** The
         *     campaign's totals (as `GET /v1/campaigns/{id}` reports them, with `pending`, `debt`, `reversed`
         *     and `rejected`) and, for each of the last `days` UTC days (today included), oldest first, days
         *     without awards included: the number of awards, their amount, what refunds `reversed` and review
         *     or blocks `rejected` that day (of awards from any day), and `awarded_total`, what the campaign had
         *     awarded by the end of that day net of rejections and reversals (the series ends at `awarded`;
         *     each earlier day is the next one's less that day's `amount - reversed - rejected`, never below
         *     0). Totals and days are read together, so they agree.
         */
        get: operations["getCampaignStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/awards.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign's awards as CSV
         * @description **Role: wallet, the creator of the campaign's community or the owner on-chain of the sponsor pool
         *     paying it; or a platform allowed on the campaign with scope `leaderboards:read`.** Every award of
         *     the campaign's journal, oldest first.
         *     Columns, in this order: `award_id`, `time` (RFC 3339, UTC, milliseconds), `account`,
         *     `campaign_id`, `token` (the ERC-20 paid), `pool` (the sponsor pool paying it, empty if none),
         *     `amount` (exact, in the token's base units), `amount_tokens` (the same in whole tokens, an exact
         *     decimal by the token's `decimals()` on-chain, 18 for a token without it), `reason`,
         *     `counterparty` (the referee or referrer of a referral or revenue-share award, else empty) and
         *     `platform` (the platform that made the award). RFC 4180: a header row, CRLF line ends, fields
         *     quoted where needed. The file is streamed as it is read from the ledger; an error before the
         *     first byte is answered in the error shape, one after it breaks the transfer off (the file is
         *     then incomplete, never silently short).
         */
        get: operations["exportCampaignAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/platforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The platforms on a campaign
         * @description **Role: wallet, the creator of the campaign's community.** The platforms named by the campaign's
         *     allow-list (`platforms` of the campaign) and those its creator added or removed here, newest
         *     first. `revoked` is true for a platform that may no longer act on the campaign (its token was
         *     revoked, or the creator removed it from the campaign). When the campaign's allow-list is empty,
         *     any platform whose token lists the campaign (or `*`) may also act on it; those are not listed
         *     unless the creator removed one.
         */
        get: operations["listCampaignPlatforms"];
        put?: never;
        /**
         * Add a platform to a campaign
         * @description **Role: wallet, the creator of the campaign's community.** Registers a platform that may act on
         *     this campaign only, allows it on the campaign (even if the campaign's allow-list does not name
         *     it) and returns its bearer token (shown once; replays of the same `Idempotency-Key` return it
         *     again). The platform may act at once, on every replica. `scopes` default to `awards:write`,
         *     `events:write`, `referrals:write` and `leaderboards:read`, the scopes a creator may give;
         *     `rewards:read` (any account's rewards) is for the operator to give (403). A campaign has at most
         *     100 platforms added or removed by its creator (422 `too_many_platforms`). The platforms a creator
         *     adds share one requests-per-second allowance, the creator's (`--rate-limit`): adding more does
         *     not raise it. A wallet may add or remove 20 platforms per hour (`--limit-platforms`, counted with
         *     the removals); over that: 429 `rate_limited` with `Retry-After`, and nothing is stored.
         */
        post: operations["createCampaignPlatform"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/platforms/{platform_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a platform from a campaign
         * @description **Role: wallet, the creator of the campaign's community.** Takes a platform of the campaign (one
         *     listed by `GET /v1/campaigns/{id}/platforms`, or, when the campaign's allow-list is empty, any
         *     platform whose token lists it or `*`) off the campaign; any other platform is a 404. A platform
         *     that may act on this campaign only (as those added here) is revoked outright: its token stops
         *     working everywhere. One that may act on other campaigns too (registered by the operator) is
         *     only taken off this campaign and keeps its token for the others. Either way it can no longer
         *     act on the campaign within a second on every replica. Removing it again answers the same.
         *     Counted with the additions against the wallet's 20 platform changes per hour (429 over it).
         */
        delete: operations["removeCampaignPlatform"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/embed-origins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sites that may embed a campaign's fan widget
         * @description The origins that may frame the campaign's fan widget, `/app/embed?campaign={id}`: the server
         *     names exactly these in the widget's `Content-Security-Policy` `frame-ancestors` (none listed, or
         *     an unknown campaign: `frame-ancestors 'none'`), and the widget posts its messages
         *     (`tribe:ready`, `tribe:signed-in`, `tribe:claimed`) to these origins only. Needs no token: the
         *     list is public, as the widget's policy is.
         */
        get: operations["getEmbedOrigins"];
        /**
         * Set the sites that may embed a campaign's fan widget
         * @description **Role: wallet, the creator of the campaign's community.** Replaces the origins that may frame
         *     the campaign's fan widget. Each is `https://host[:port]`, or `http://localhost[:port]` or
         *     `http://127.0.0.1[:port]` for development: no path, query, user, wildcard or IP v6 literal (400
         *     otherwise). They are stored normalized (lower case, no default port), duplicates once, at most 20
         *     (400 over it); an empty list lets no site frame the widget. Every replica applies the change
         *     within 5 seconds (at once on the one that served it). Counted with the platform changes against
         *     the wallet's 20 per hour (429 over it).
         */
        put: operations["setEmbedOrigins"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities/{id}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A community's campaigns
         * @description The community's campaigns, newest first, each as `GET /v1/campaigns/{id}` returns it, a page at
         *     a time: pass the response's `next_cursor` as `cursor` for the next page (empty when this is the
         *     last). Needs no token.
         */
        get: operations["listCommunityCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The grants a campaign received
         * @description The sponsor grants that make up a pooled campaign's budget, oldest first (none for a campaign
         *     that pays its community's own token). Needs no token: the creator, its fans and the sponsor all
         *     see who pays the campaign.
         */
        get: operations["listCampaignGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{pool}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sponsor pool
         * @description A sponsor pool as the distributor reports it now (token, owner, balance, paid out, whether a
         *     withdrawal was announced) with the grants the service recorded from it. Needs no token.
         */
        get: operations["getPool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{pool}/alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a pool's low-balance alert
         * @description **Role: wallet, the pool's owner on-chain** (anyone else: 403 `not_pool_owner`). When what the
         *     pool's campaigns can still award (the sum of their remaining budgets) falls below `low_balance`, a
         *     `pool.low` webhook event `{pool, token, remaining, threshold}` goes to the owner's endpoints — once
         *     per crossing, checked every few seconds by whichever replica runs the check. The alert re-arms when
         *     the pool is back at or above the threshold (a new grant), and setting it again re-arms it at once.
         *     `"0"` turns it off. Setting the same value again changes nothing but re-arming, so a retry is safe.
         */
        put: operations["setPoolAlert"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pools/{pool}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a campaign a budget from a pool
         * @description **Role: wallet, the pool's owner on-chain** (anyone else: 403 `not_pool_owner`). Adds `amount`
         *     to the budget of a campaign that its community's creator created to be paid from this pool
         *     (else 422 `campaign_not_pooled`). All of a pool's grants together stay within what was
         *     deposited in it (balance + paid out; else 422 `grant_exceeds_deposits`), so every award they
         *     allow can be paid; a pool under withdrawal notice grants nothing (422 `pool_closing`).
         */
        post: operations["createGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{address}/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The communities a wallet created or now owns
         * @description **Role: the wallet itself.** The communities whose `creator` is the wallet, in any status
         *     (`pending`, `active`, `failed`, `mismatch`), newest first, each as `GET /v1/communities/{id}`
         *     returns it, a page at a time: pass the response's `next_cursor` as `cursor` for the next page
         *     (empty when this is the last). An active community's `creator` follows its token's on-chain
         *     ownership (as of the confirmed blocks): after a transfer it is listed for the new owner only, and
         *     once ownership is renounced for no wallet.
         */
        get: operations["listAccountCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a referral
         * @description **Role: platform with scope `referrals:write`, allowed on the campaign** (its token lists the
         *     campaign or `*`, and the campaign's `platforms`, if any, name it). A referral naming an account
         *     blocked in the campaign is a 422 `blocked`. Records that `referrer`
         *     brought `referee` into the campaign. **First touch wins**: a referee has one referrer per
         *     campaign, and a second one is a 409 `already_referred`. A self-referral is a 422
         *     `self_referral`; a referral that would close a cycle (A→B→C→A) is a 422 `referral_cycle`.
         *     Nothing is paid yet: the referral rewards are paid when the referee's qualifying event is
         *     reported to `POST /v1/events`.
         *
         *     The referrer may be named by its `referrer_code` (`POST /v1/campaigns/{id}/referral-codes`,
         *     passed on by a landing page as `tribe_ref`) instead of `referrer`; the code names the campaign
         *     too. An unknown code is a 422 `unknown_referral_code`. A `fingerprint` (the referee's device or
         *     household hash) that is one seen for the referrer — or a fingerprint recorded for the referee that
         *     is — makes the referral a 422 `self_referral`; the referee's fingerprint is recorded with the
         *     referral. Over the campaign's `referral.max_per_day` referrals by the referrer this UTC day: 422
         *     `velocity`. A refused referral records nothing.
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an event
         * @description **Role: platform with scope `events:write`, allowed on the campaign.** Turns an event about
         *     `account` into awards by the campaign's rules, credited atomically:
         *     - `signup`: if `account` was referred and this is the referral's qualifying event, the referee
         *       and the referrer get their referral rewards — once: a second qualifying event pays nothing
         *       (201 with no awards).
         *     - `contribution` (`contribution_kind` required): the campaign's amount for that kind; a kind
         *       the campaign does not reward is a 422 `unknown_contribution`.
         *     - `purchase` (`value` required, in the reward token's base units): the referrer of `account`
         *       gets `revenue_share.bps` of it within the window.
         *
         *     - `refund` (`ref_event_id` required; `account` the purchaser; `value` optional): reverses the
         *       revenue share the purchase `ref_event_id` paid, in proportion to the value refunded (the whole
         *       purchase when `value` is absent). A pending share is taken back and its budget returned; a
         *       claimable one becomes the referrer's `debt`, paid off by its later awards. 422 `unknown_event`
         *       for an event id the campaign has no purchase of `account` for, 422 `refund_exceeds_purchase`
         *       for more than what is left to refund. The response lists the `reversals`.
         *
         *     Event awards are cut to each account's daily cap (`capped: true`) and dropped at 0. If the
         *     campaign's remaining budget cannot pay them all, nothing is credited (422 `budget_exhausted`).
         *     The campaign's holds make awards `pending` until `claimable_at` (and, with `approval: manual`,
         *     until approved). An event about a blocked account is a 422 `blocked`; an award it would pay another
         *     blocked account (a referrer) is dropped. With `event_id`, a repeat returns the first result.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Award an account directly
         * @description **Role: platform with scope `awards:write`, allowed on the campaign.** Credits `amount` to
         *     `account` from the campaign's budget, with `reason` recorded as `direct:<reason>`. An award
         *     over what is left of the account's daily cap is refused whole (422 `daily_cap_reached`), as
         *     is one over the remaining budget (422 `budget_exhausted`), and one to an account blocked in the
         *     campaign (422 `blocked`). The campaign's hold and approval apply (`status: pending`).
         */
        post: operations["createAward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/awards/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Award many accounts at once
         * @description **Role: platform with scope `awards:write`, allowed on every campaign named.** 1 to 1,000
         *     direct awards credited in one atomic step: **all or nothing** — one invalid entry, one award
         *     over a daily cap or a budget that cannot pay them all, and nothing is credited. All awards
         *     must pay the same reward token (400 `mixed_tokens`). Error messages name the failing entry
         *     (`awards[3]: ...`).
         */
        post: operations["createAwardBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a platform's user to a wallet
         * @description **Role: platform with scope `identities:write`.** Links the platform's `user` (named in awards,
         *     events, referrals or referral codes with `user`/`*_user`) to the wallet `account`, and moves
         *     everything the ledger holds for the user — claimable, pending (with its holds and approvals),
         *     debt, earned and leaderboard entries, referrals — to the wallet's totals, in one script per reward
         *     token or pool, exactly once. From then on awards naming the user go to the wallet. 201 when this
         *     call linked it; 200 when it was linked to that wallet already (a link interrupted half way is
         *     finished). 404 `unknown_user` for a user the ledger never saw from this platform (another platform's
         *     user of the same id is another person); 409 `already_linked` when linked to another wallet (an
         *     operator must unlink it first: `DELETE /v1/identities/{platform_id}/{user}`). A referral that
         *     linking turns into a self-referral or a cycle is reversed. Emits `identity.linked` to the
         *     platform's own endpoints.
         */
        post: operations["linkIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/link-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a link token for a platform's user
         * @description **Role: platform with scope `identities:write`.** A short-lived (15 minutes), single-use token by
         *     which the user links a wallet itself: send the user to `url`; the web app signs the wallet in
         *     with Ethereum and, on the fan's confirmation, calls `POST /v1/identities/link`. Only a hash of the
         *     token is stored. 404 `unknown_user`, 409 `already_linked`; at most 1,000 per platform per hour
         *     (429 `rate_limited`).
         */
        post: operations["createLinkToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link the link token's user to the signed-in wallet
         * @description **Role: a wallet (its Sign-In with Ethereum session).** Spends the link token and links its user
         *     to the calling wallet, as `POST /v1/identities` does. A repeat by the same wallet answers 200 with
         *     the link; the token used by another wallet is 409 `link_token_used`; an expired one 422
         *     `link_token_expired`; an unknown one 404 `unknown_link_token`; a user linked to another wallet 409
         *     `already_linked` (the token stays unspent).
         */
        post: operations["redeemLinkToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/link-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a link token would link, before signing in
         * @description **Role: anyone holding the link token** (no bearer token). The page a link URL opens shows the fan
         *     the platform and what waits for its user there before asking it to sign in and confirm. Spends
         *     nothing; the token is in the body so that it is in no access log. 404 `unknown_link_token`, 422
         *     `link_token_expired` (unused past its expiry); a token already redeemed answers `status: used` with
         *     the wallet.
         */
        post: operations["previewLinkToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{platform_id}/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink a platform's user (operator)
         * @description **Role: admin.** Forgets the user's link so that it may be linked to another wallet. Nothing that
         *     moved moves back; what the user earns from now on is held for it again. 404 when the user is
         *     unknown or not linked.
         */
        delete: operations["unlinkIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platforms/me/users/{user}/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What waits for a platform's user
         * @description **Role: platform with scope `rewards:read`.** The calling platform's user: its link status and,
         *     per reward token, what the ledger holds for it — `held` (claimable once linked), `pending` and
         *     `earned` (held + pending). Once linked, `tokens` is empty and `account` names the wallet it all
         *     went to (read that wallet's `/v1/accounts/{address}/rewards`). 404 `unknown_user`.
         */
        get: operations["getUserRewards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{address}/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's rewards per token
         * @description **Role: the wallet itself, or a platform with scope `rewards:read`.** Per reward token:
         *     `cumulative` (the claimable total credited, what vouchers and epochs cover), `claimed` (paid
         *     out on-chain, read from the distributor), `claimable` (cumulative - claimed, never below 0),
         *     `pending` (held; `pending_until` the earliest maturity), `debt` (reversed after it was
         *     claimable, netted against later awards) and `earned` (cumulative - debt + pending), sorted by
         *     token address. Awards whose hold has ended are counted claimable on every read, whichever replica
         *     answers: no job needs to have run.
         */
        get: operations["getAccountRewards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{address}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's latest awards
         * @description **Role: the wallet itself, or a platform with scope `rewards:read`.** The account's most recent
         *     awards across tokens, newest first, with their reasons.
         */
        get: operations["getAccountAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{address}/awards.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's awards as CSV
         * @description **Role: the wallet itself, or a platform with scope `rewards:read`.** The awards the account's
         *     history keeps (its latest 100 per token or pool by default), token by token in address order,
         *     newest first within a token.
         *     Columns, in this order: `award_id`, `time` (RFC 3339, UTC, milliseconds), `account`,
         *     `campaign_id`, `token` (the ERC-20 paid), `pool` (the sponsor pool paying it, empty if none),
         *     `amount` (exact, in the token's base units), `amount_tokens` (the same in whole tokens, an exact
         *     decimal by the token's `decimals()` on-chain, 18 for a token without it), `reason`,
         *     `counterparty` (the referee or referrer of a referral or revenue-share award, else empty) and
         *     `platform` (the platform that made the award). RFC 4180: a header row, CRLF line ends, fields
         *     quoted where needed. The file is streamed as it is read from the ledger; an error before the
         *     first byte is answered in the error shape, one after it breaks the transfer off (the file is
         *     then incomplete, never silently short).
         */
        get: operations["exportAccountAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{address}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Claim everything at once
         * @description Needs no token. Every token and sponsor pool the account has something to claim in, each with a
         *     fresh voucher, and `calldata` of one `claimMany` to `to` that pays them all in one transaction
         *     (empty when there is nothing to claim). An entry already paid when the batch lands is skipped,
         *     not reverted.
         */
        get: operations["getClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{address}/claims/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything a wallet needs to claim
         * @description Needs no token: a voucher only ever pays its account, and the totals are public in the epoch
         *     trees anyway. Returns the account's cumulative total of the token, what the distributor has
         *     paid (`claimed`) and what is left (`claimable`), a fresh EIP-712 voucher for the cumulative
         *     total (valid until `voucher.deadline`), the latest active Merkle proof if an epoch covers the
         *     account (`proof`, else null), and the transaction to send: `to` (the distributor) and
         *     `calldata` (`claimWithVoucher`). A payout is always `cumulative - claimed`, so any of these
         *     authorisations can be used once at most, by either path, in any order. 404 if the account has
         *     earned nothing in the token.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{address}/pending-proof/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check what is pending for an account against the chain
         * @description Needs no token (the trees are public). What the latest epoch commits as pending (held, or
         *     awaiting approval) to the account in `token` — a token, or a sponsor pool for pooled rewards:
         *     the pending-tree leaf `(account, source, pending, earliest_maturity)` of leaf types
         *     `leaf_encoding`, its `proof` to `pending_root`, and the proof (`marker_proof`) of the marker leaf
         *     `marker_leaf` = `(0x0, 0x0, uint256(pending_root))` to the epoch's claim `root`, which is the
         *     distributor's `pendingRoot()` during the dispute window (`status: proposed`) and then its
         *     `activeRoot()`. So a fan verifies leaf → pending root → claim root → chain with
         *     `StandardMerkleTree.verify` alone. `earliest_maturity` is the unix second from which the earliest
         *     pending award may be claimable (a manual campaign's also needs approval; a pending award may still
         *     be rejected or reversed). The marker leaf cannot be claimed. 404 `nothing_pending` when the latest
         *     epoch commits nothing pending to the account in `token`; `not_found` before the first epoch.
         */
        get: operations["getPendingProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/relay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Have the service submit the claim (gasless)
         * @description **Role: wallet (the account itself).** The service sends `claimWithVoucher` for the signed-in
         *     wallet's claimable amount of `token`, paying the gas, and answers 202 with the transaction hash
         *     once it is sent (`status: sent`). While a relay of the same (account, token) is in flight, a
         *     new request returns that transaction (`status: in_flight`, amounts empty) instead of sending
         *     another, or, in the moment before it has a hash, `status: sending` without `tx_hash` (ask again
         *     shortly). A relay whose claim the chain already shows paid is no longer in flight: a request
         *     right after it was mined gets the next claim or `nothing_to_claim`. The service relays only its own payout sources — a CreatorToken made by its factory, or
         *     a sponsor pool — that a campaign pays (else 422 `source_not_relayable`), only claims whose gas
         *     estimate is within the ceiling (`--relay-max-gas`, 150,000 by default; else 422
         *     `relay_gas_ceiling`), sent with a gas limit within it, and only amounts of at least
         *     `--relay-min-amount` (else 422 `below_relay_minimum`). Each relay is charged its gas limit against
         *     the account's and the service's gas budgets per hour before it is sent: over the account's, 429
         *     `relay_account_budget_exhausted`; over the service's, 503 `relay_budget_exhausted`; both with
         *     `Retry-After`. At most `--relay-per-minute` requests per account (429 `rate_limited` with
         *     `Retry-After`). 404 when the account has earned nothing in the token. 422 when there is nothing to
         *     claim (`nothing_to_claim`) or the distributor would refuse the claim (`payout_limit`, with
         *     `Retry-After` when the period resets; `pool_empty`; `not_minter`; `claim_refused`); 503
         *     `claims_paused` while the guardian has paused claims. Nothing is sent on any refusal. This write
         *     de-duplicates by the relay in flight, not by an Idempotency-Key.
         */
        post: operations["relayClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign's pending awards (the review queue)
         * @description **Role: the wallet that is the campaign's community token's `creator()` on-chain, the wallet
         *     that owns its sponsor pool on-chain, or a platform allowed on the campaign with scope
         *     `awards:review`.** The awards that wait — their hold runs, or they wait for approval — newest
         *     first, paginated. `status=pending` is required (the CSV export has every award).
         */
        get: operations["listCampaignAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/awards/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve and reject pending awards
         * @description **Role: as for the review queue.** Approves and rejects pending awards of the campaign, up to
         *     1,000 ids in all; each gets its own outcome: `approved` (claimable when its hold ends),
         *     `claimable` (approved and claimable now), `rejected` (its budget is back, `reason` recorded),
         *     `not_pending` (already claimable, rejected or reversed: unchanged) or `not_found` (no award of
         *     this campaign). Reviewing again changes nothing, so a retry is safe.
         */
        post: operations["reviewCampaignAwards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign's blocked accounts
         * @description **Role: as for the review queue.** Oldest first.
         */
        get: operations["listCampaignBlocks"];
        put?: never;
        /**
         * Block an account in the campaign
         * @description **Role: as for the review queue.** The account's pending awards in the campaign are rejected
         *     (listed in `rejected`), and new awards and referrals naming it are refused with 422 `blocked`.
         *     Its claimable awards stay claimable. Blocking again updates the reason.
         */
        post: operations["blockCampaignAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/blocks/{account}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Lift a block
         * @description **Role: as for the review queue.** Rejected awards stay rejected. 404 if the account was not blocked.
         */
        delete: operations["unblockCampaignAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts an operator blocked everywhere
         * @description **Role: admin.** Oldest first.
         */
        get: operations["listBlocks"];
        put?: never;
        /**
         * Block an account in every campaign
         * @description **Role: admin.** The account's pending awards in every campaign are rejected and every campaign
         *     refuses awards and referrals naming it (422 `blocked`).
         */
        post: operations["blockAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blocks/{account}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Lift an operator's block
         * @description **Role: admin.** Rejected awards stay rejected. 404 if the account was not blocked.
         */
        delete: operations["unblockAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{id}/referral-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A referrer's referral code and link
         * @description **Role: platform with scope `referrals:write`, allowed on the campaign** (its body names the
         *     `referrer`), **or a wallet** (no body, or a body naming the wallet itself: a fan gets its own
         *     code; naming another account is a 403). Returns the referrer's code in the campaign — one stable
         *     code per (campaign, referrer): the first call creates it (201), every later one returns the same
         *     (200). A code is 13 characters of `a-z` and `2-7`. `url` is the shareable link (`GET /r/{code}`),
         *     `qr_url` its QR code image; a platform may pass the code to `POST /v1/referrals` as
         *     `referrer_code`.
         */
        post: operations["createReferralCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referral-codes/{code}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code of a referral link
         * @description A PNG (256×256) QR code of the code's link (`GET /r/{code}`). Needs no token.
         */
        get: operations["referralCodeQR"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/r/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a referral link
         * @description Needs no token. Redirects (302) to the campaign's `landing_url` with `tribe_ref=<code>` added to
         *     its query (its other parameters kept as they are; a `tribe_ref` it had is replaced), so the
         *     landing page — on any platform — can pass the code on as `referrer_code`. An unknown code is a
         *     404 `not_found`; a campaign without a `landing_url` is a 404 `no_landing_url`.
         */
        get: operations["followReferralLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/epochs/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest settled epoch
         * @description Every epoch the service commits every account's cumulative totals as a Merkle root on-chain
         *     (`proposeRoot`), a public audit trail and a second claim path. Needs no token. 404 before the
         *     first epoch, or when this server settles none.
         */
        get: operations["getLatestEpoch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/epochs/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An epoch
         * @description An epoch's root, number of leaves and on-chain status. Needs no token.
         */
        get: operations["getEpoch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/epochs/{n}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An epoch's whole Merkle tree
         * @description The epoch's OpenZeppelin StandardMerkleTree dump (`standard-v1`, leaves of
         *     `["address","address","uint256"]` = account, token, cumulative amount), so anyone can
         *     recompute the root with `StandardMerkleTree.load(dump).root` and check it against the chain.
         *     Needs no token. Streamed; it can be large.
         */
        get: operations["getEpochTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/epochs/{n}/pending-tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An epoch's tree of what is pending
         * @description The StandardMerkleTree dump (`standard-v1`) of the epoch's pending tree, leaves of
         *     `["address","address","uint256","uint64"]` = account, source (token or pool), pending total,
         *     earliest maturity (unix seconds), in (source, account) order. `StandardMerkleTree.load(dump).root`
         *     is the epoch's `pending_root`, which the epoch's claim tree commits as its marker leaf
         *     `(0x0, 0x0, uint256(pending_root))`. Needs no token. 404 `nothing_pending` for an epoch in which
         *     nothing was pending (it has no marker leaf), `epoch_pruned` once its trees were deleted.
         */
        get: operations["getEpochPendingTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's webhook endpoints
         * @description **Role: platform with scope `webhooks:write`, or a wallet.** Every endpoint the caller registered.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description **Role: platform with scope `webhooks:write`, or a wallet.** Registers `url` for the `events`
         *     listed, of the `campaigns` listed (each must be one the caller may see: a platform allowed on it,
         *     the wallet that is its community token's `creator()` on-chain, or the owner of its sponsor pool;
         *     else 403). Events of no campaign (`community.active`, `epoch.*`, `pool.low`) go to endpoints that
         *     list no campaign, and to the owner they concern. `epoch.proposed` (a root's proposal was mined)
         *     and `epoch.active` (its dispute window ended) carry `{epoch, root, leaves, pending_leaves,
         *     pending_root?, tx_hash?}`. The answer carries the signing secret
         *     (`whsec_…`), **shown this once**. Deliveries follow the Standard Webhooks specification:
         *     headers `webhook-id`, `webhook-timestamp`, `webhook-signature` (`v1,<base64 HMAC-SHA256 of
         *     id.timestamp.body>`, space-separated when several secrets sign). In production the URL must be
         *     https on a public address (422 `webhook_target_refused`).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook endpoint
         * @description **Role: its owner.** Anyone else's endpoint is 404. The secret is never shown again.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description **Role: its owner.** Nothing more is sent to it; its queue and log are deleted.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an endpoint's signing secret
         * @description **Role: its owner.** A new secret, shown this once; the previous one keeps signing too (deliveries
         *     carry both signatures) for `grace_seconds` (default 86400, at most 604800).
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-enable a disabled endpoint
         * @description **Role: its owner.** An endpoint that failed for days is disabled (a `webhook.disabled` event goes
         *     to its owner's other endpoints); this turns it back on.
         */
        post: operations["enableWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description **Role: its owner.** Queues a `webhook.test` event for this endpoint only.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log
         * @description **Role: its owner.** The latest attempts (at most 1,000 kept), newest first: event, attempt, outcome,
         *     HTTP status and latency.
         */
        get: operations["webhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{event_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver an event again
         * @description **Role: its owner.** Queues an event this endpoint was sent or attempted (kept 30 days) again, in its
         *     place by event time, with the same `webhook-id`.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A uint256 in base units as a decimal string (no sign, fraction, exponent or leading zeros; at most 2^256-1).
         * @example 1000000000000000000
         */
        Amount: string;
        /**
         * @description An Amount greater than 0.
         * @example 1000000000000000000
         */
        PositiveAmount: string;
        /**
         * @description 0x and 40 hex digits, in any case; a mixed-case address must have a valid EIP-55 checksum.
         * @example 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4
         */
        Address: string;
        /**
         * @description An EIP-55 checksummed address.
         * @example 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4
         */
        ChecksumAddress: string;
        /** @description 0x-prefixed hex bytes. */
        Hex: string;
        /** @description 32 bytes as 0x-prefixed hex. */
        Bytes32: string;
        Error: {
            error: components["schemas"]["ErrorDetail"];
        };
        ErrorDetail: {
            /**
             * @description Machine-readable; stable across versions.
             * @enum {string}
             */
            code: "bad_request" | "invalid_amount" | "invalid_address" | "invalid_campaign" | "invalid_event" | "missing_value" | "mixed_tokens" | "invalid_siwe_message" | "invalid_cursor" | "unauthorized" | "invalid_token" | "token_expired" | "invalid_login" | "forbidden" | "not_found" | "method_not_allowed" | "exists" | "unknown_user" | "unknown_link_token" | "already_linked" | "link_token_used" | "link_token_expired" | "too_many_sources" | "reserved_account" | "invalid_user" | "already_referred" | "idempotency_conflict" | "in_progress" | "too_large" | "self_referral" | "referral_cycle" | "blocked" | "unknown_event" | "refund_exceeds_purchase" | "velocity" | "unknown_referral_code" | "no_landing_url" | "invalid_fingerprint" | "budget_exhausted" | "daily_cap_reached" | "amount_overflow" | "unknown_contribution" | "too_many_platforms" | "allocation_over_cap" | "invalid_signature" | "wallet_not_deployed" | "nothing_to_claim" | "payout_limit" | "pool_empty" | "not_minter" | "claim_refused" | "rate_limited" | "unavailable" | "chain_unavailable" | "claims_paused" | "not_replicated" | "not_token_creator" | "not_pool_owner" | "issuer_not_creator" | "reward_token_not_allowed" | "token_not_live" | "token_renounced" | "unknown_pool" | "pool_closing" | "campaign_not_pooled" | "grant_exceeds_deposits" | "invalid_webhook" | "webhook_target_refused" | "too_many_grants" | "source_not_relayable" | "relay_gas_ceiling" | "below_relay_minimum" | "relay_account_budget_exhausted" | "relay_budget_exhausted" | "nothing_pending" | "epoch_pruned" | "internal";
            /** @description For people; may change. */
            message: string;
            /** @description Seconds to wait before retrying (429; `payout_limit`; `relay_budget_exhausted`). */
            retry_after?: number;
        };
        RateLimitedError: {
            error: {
                /** @enum {string} */
                code: "rate_limited" | "relay_account_budget_exhausted";
                message: string;
                retry_after: number;
            };
        };
        Status: {
            /** @enum {string} */
            status: "ok" | "ready" | "not ready" | "redis unavailable";
        };
        Info: {
            /** @description The block the contracts were deployed in, where reading their logs (PoolCreated, TokenCreated, Claimed) starts. */
            deployment_block: number;
            /**
             * @description The EIP-155 chain id, in decimal.
             * @example 1337
             */
            chain_id: string;
            contracts: {
                factory: components["schemas"]["ChecksumAddress"];
                distributor: components["schemas"]["ChecksumAddress"];
            };
            /** @description The voucher signers the distributor accepts. */
            signers: components["schemas"]["ChecksumAddress"][];
            /** @description A public JSON-RPC URL of the chain, when the service offers one (dev mode). */
            rpc_url?: string;
            /** @example 0.1.0 */
            version: string;
        };
        Nonce: {
            nonce: string;
            /** Format: date-time */
            expires_at: string;
        };
        LoginRequest: {
            /** @description The EIP-4361 message exactly as the wallet signed it (LF line endings). */
            message: string;
            /** @description The 65-byte personal_sign signature. */
            signature: components["schemas"]["Hex"];
        };
        Login: {
            /** @description A wallet bearer token. */
            token: string;
            address: components["schemas"]["ChecksumAddress"];
            /** Format: date-time */
            expires_at: string;
        };
        /**
         * @description A platform token gets every scope but `awards:review` when it asks for none; `awards:review`
         *     (approve and reject pending awards, block accounts) is given only when asked for.
         * @enum {string}
         */
        Scope: "awards:write" | "events:write" | "referrals:write" | "rewards:read" | "leaderboards:read" | "webhooks:write" | "identities:write" | "awards:review";
        PlatformRequest: {
            name: string;
            /** @description The token's scopes; all of them when empty or absent. */
            scopes?: components["schemas"]["Scope"][];
            /** @description The campaign ids the platform may act on; any (`*`) when empty or absent. */
            campaigns?: string[];
        };
        Platform: {
            /** @example plt_8c1f0e2d4b6a7981 */
            id: string;
            name: string;
            scopes: components["schemas"]["Scope"][];
            campaigns: string[];
            /** @description The platform's bearer token. */
            token: string;
            /** Format: date-time */
            expires_at: string;
        };
        CommunityDraft: {
            name: string;
            symbol: string;
            /** @description The token's hard cap, below 2^248; "0" (the default) means uncapped. */
            max_supply?: components["schemas"]["Amount"];
            /** @description Minted to the creator at creation; at most max_supply when capped. */
            creator_allocation?: components["schemas"]["Amount"];
            /** @description The CREATE2 salt; random when absent. */
            salt?: components["schemas"]["Bytes32"];
            /**
             * Format: int64
             * @description Unix time (seconds) until which the signature is valid; in an hour when absent.
             */
            deadline?: number;
        };
        CommunitySigned: {
            name: string;
            symbol: string;
            max_supply?: components["schemas"]["Amount"];
            creator_allocation?: components["schemas"]["Amount"];
            salt: components["schemas"]["Bytes32"];
            /** Format: int64 */
            deadline: number;
            /** @description The creator's 65-byte EIP-712 signature of `typed_data`. */
            signature: components["schemas"]["Hex"];
        };
        CommunityRequest: {
            /** @description The address the token will have. */
            token_address: components["schemas"]["ChecksumAddress"];
            /** @description The request with salt and deadline filled in; post it back with the signature. */
            request: {
                name: string;
                symbol: string;
                max_supply: components["schemas"]["Amount"];
                creator_allocation: components["schemas"]["Amount"];
                salt: components["schemas"]["Bytes32"];
                /** Format: int64 */
                deadline: number;
            };
            typed_data: components["schemas"]["TypedData"];
        };
        /** @description EIP-712 typed data as `eth_signTypedData_v4` takes it. */
        TypedData: {
            types: {
                [key: string]: {
                    name: string;
                    type: string;
                }[];
            };
            /** @enum {string} */
            primaryType: "CreateToken";
            domain: {
                /** @enum {string} */
                name: "TribeTokenFactory";
                version: string;
                chainId: string;
                verifyingContract: components["schemas"]["ChecksumAddress"];
            };
            message: {
                creator: components["schemas"]["ChecksumAddress"];
                name: string;
                symbol: string;
                maxSupply: components["schemas"]["Amount"];
                creatorAllocation: components["schemas"]["Amount"];
                salt: components["schemas"]["Bytes32"];
                deadline: components["schemas"]["Amount"];
            };
        };
        Community: {
            /** @example cmt_0f3a9b2c4d5e6f70 */
            id: string;
            /** @description The wallet that asked for the community; once it is active, its token's owner as of the confirmed blocks (the zero address once ownership is renounced). */
            creator: components["schemas"]["ChecksumAddress"];
            name: string;
            symbol: string;
            max_supply: components["schemas"]["Amount"];
            creator_allocation: components["schemas"]["Amount"];
            token_address: components["schemas"]["ChecksumAddress"];
            /**
             * @description `pending` until the creation transaction is mined, then `active` once the token on-chain is the one requested (name, symbol, max supply, creator); `failed` (see `error`) if it cannot be; `mismatch` (see `error`) if a different token is at the address.
             * @enum {string}
             */
            status: "pending" | "active" | "failed" | "mismatch";
            tx_hash?: string;
            error?: string;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description Seconds an award stays pending before it becomes claimable (0: at once). Typically the
         *     merchant's refund window. At most 400 days.
         */
        HoldSeconds: number;
        /** @description Paid once per referee, when the referee's qualifying event arrives. At least one reward must be above 0. */
        ReferralRule: {
            referrer_reward?: components["schemas"]["Amount"];
            referee_reward?: components["schemas"]["Amount"];
            /**
             * @default signup
             * @enum {string}
             */
            qualifying_event: "signup" | "contribution" | "purchase";
            /** @description Overrides the campaign's hold_seconds for referral rewards. */
            hold_seconds?: components["schemas"]["HoldSeconds"];
            /** @description The most referrals one referrer may record per UTC day; over it, 422 `velocity` (and nothing is recorded). No bound when absent. */
            max_per_day?: number;
        };
        RevenueShareRule: {
            /** @description Share of the referee's purchase value paid to the referrer, in basis points. */
            bps: number;
            /** @description Purchases count for this many days after the referral. */
            window_days: number;
            /** @description Overrides the campaign's hold_seconds for revenue-share awards. */
            hold_seconds?: components["schemas"]["HoldSeconds"];
        };
        /** @description At least one of referral, contributions and revenue_share. */
        Rules: {
            referral?: components["schemas"]["ReferralRule"];
            /**
             * @description Amount per contribution kind; kinds are 1 to 64 of a-z, 0-9, '_', '-', '.'.
             * @example {
             *       "post": "10",
             *       "review": "25"
             *     }
             */
            contributions?: {
                [key: string]: components["schemas"]["PositiveAmount"];
            };
            revenue_share?: components["schemas"]["RevenueShareRule"];
            /** @description The most one account can earn from the campaign per UTC day; no cap when absent. */
            daily_cap?: components["schemas"]["PositiveAmount"];
            /** @description The hold of every award (default 0, claimable at once), unless a kind overrides it. */
            hold_seconds?: components["schemas"]["HoldSeconds"];
            /** @description Overrides hold_seconds for contribution awards. */
            contributions_hold_seconds?: components["schemas"]["HoldSeconds"];
            /**
             * @description `manual`: every award stays pending until the creator, the sponsor or a platform with
             *     `awards:review` approves it (`POST /v1/campaigns/{id}/awards/review`), even after its hold.
             * @default auto
             * @enum {string}
             */
            approval: "auto" | "manual";
            /**
             * @description What an award to a platform user (named by `user`, not yet linked to a wallet) still holds this
             *     many days after it was made goes back to the budget: the award becomes `reversed` with note
             *     `unlinked_expired` (webhook `award.reversed`), and the campaign's `expired` total grows. Linking
             *     before then moves it to the wallet for good. 0 or absent: never.
             * @default 0
             */
            unlinked_expiry_days: number;
        } | unknown | unknown | unknown;
        CampaignRequest: {
            community_id: string;
            /** @description The token paid, if named; it must be the community's token or the pool's ERC-20. */
            reward_token?: components["schemas"]["Address"];
            /** @description The sponsor pool that pays the campaign; its owner grants the budget. */
            pool?: components["schemas"]["Address"];
            /** @description Required (and above 0) for a campaign that pays the community's token; omitted for a pooled one. */
            budget?: components["schemas"]["Amount"];
            rules: components["schemas"]["Rules"];
            /** @description Platform ids allowed to act on the campaign; any platform whose token allows it when empty. */
            platforms?: string[];
            /** @description Where the campaign's referral links (`GET /r/{code}`) send people: an absolute https URL (http only for localhost), at most 2048 bytes, no user info. Set at creation (a campaign's definition does not change). */
            landing_url?: string;
        };
        Campaign: {
            /** @example cmp_1a2b3c4d5e6f7081 */
            id: string;
            community_id: string;
            creator: components["schemas"]["ChecksumAddress"];
            reward_token: components["schemas"]["ChecksumAddress"];
            /** @description The community's token, whose on-chain creator() controls the campaign. */
            community_token?: components["schemas"]["ChecksumAddress"];
            /** @description The sponsor pool paying the campaign (vouchers and proofs name it in place of the token). */
            pool?: components["schemas"]["ChecksumAddress"];
            /** @description What the campaign may award; for a pooled campaign, the sum of its grants. */
            budget: components["schemas"]["Amount"];
            rules: components["schemas"]["Rules"];
            platforms: string[];
            /** Format: date-time */
            created_at: string;
            /** @description Where referral links send people, if set. */
            landing_url?: string;
            remaining_budget: components["schemas"]["Amount"];
            awarded: components["schemas"]["Amount"];
            /** @description Number of awards credited. */
            awards: number;
            /** @description Number of referrals recorded. */
            referrals: number;
            /** @description Number of accounts with awards. */
            holders: number;
            /** @description What the campaign's pending awards hold (spent from the budget, not yet claimable). */
            pending: components["schemas"]["Amount"];
            /**
             * @description Refunds of awards that were already claimable, not yet paid off by those accounts' later awards;
             *     it returns to the remaining budget as it is paid off. budget = remaining_budget + pending +
             *     claimable + debt.
             */
            debt: components["schemas"]["Amount"];
            /** @description Taken back by refunds, in all. */
            reversed: components["schemas"]["Amount"];
            /** @description Rejected by review or blocks, in all (back in the budget). */
            rejected: components["schemas"]["Amount"];
            /**
             * @description Awarded to platform users who were not linked to a wallet within the campaign's
             *     `unlinked_expiry_days`, and so back in the budget, in all.
             */
            expired?: components["schemas"]["Amount"];
        };
        GrantRequest: {
            campaign_id: string;
            amount: components["schemas"]["PositiveAmount"];
        };
        Grant: {
            /** @example grt_1a2b3c4d5e6f7081 */
            id: string;
            pool: components["schemas"]["ChecksumAddress"];
            token: components["schemas"]["ChecksumAddress"];
            campaign_id: string;
            amount: components["schemas"]["Amount"];
            granted_by: components["schemas"]["ChecksumAddress"];
            /** Format: date-time */
            created_at: string;
        };
        CampaignGrants: {
            campaign_id: string;
            pool: components["schemas"]["ChecksumAddress"] | null;
            granted: components["schemas"]["Amount"];
            grants: components["schemas"]["Grant"][];
        };
        Pool: {
            pool: components["schemas"]["ChecksumAddress"];
            token: components["schemas"]["ChecksumAddress"];
            owner: components["schemas"]["ChecksumAddress"];
            balance: components["schemas"]["Amount"];
            paid: components["schemas"]["Amount"];
            granted: components["schemas"]["Amount"];
            /** @description What the active root commits the pool to pay (the sum of its leaves' cumulative totals). */
            committed: components["schemas"]["Amount"];
            /** @description The owner announced a withdrawal; nothing more is awarded or granted from the pool. */
            closing: boolean;
            /** @description Unix seconds from which the owner may withdraw; 0 when no withdrawal was announced. */
            withdrawable_at: number;
            /** @description What the owner may take out once the notice is over — the balance less what the active root still commits (committed − paid). */
            withdrawable: components["schemas"]["Amount"];
            grants: components["schemas"]["Grant"][];
            /** @description What the pool's campaigns can still award — the sum of their remaining budgets. */
            remaining: components["schemas"]["Amount"];
            /** @description The owner's low-balance alert threshold (`PUT /v1/pools/{pool}/alert`); "0" when none is set. */
            low_balance: components["schemas"]["Amount"];
            /** @description The alert fired (`remaining` fell below `low_balance`) and has not re-armed. */
            low: boolean;
        };
        PoolAlertRequest: {
            /** @description Alert when what the pool's campaigns can still award falls below this; "0" turns the alert off. */
            low_balance: components["schemas"]["Amount"];
        };
        PoolAlert: {
            pool: components["schemas"]["ChecksumAddress"];
            low_balance: components["schemas"]["Amount"];
            remaining: components["schemas"]["Amount"];
            low: boolean;
        };
        Campaigns: {
            campaigns: components["schemas"]["Campaign"][];
            /** @description The next page's `cursor`; empty when this is the last page. */
            next_cursor: string;
        };
        Communities: {
            communities: components["schemas"]["Community"][];
            /** @description The next page's `cursor`; empty when this is the last page. */
            next_cursor: string;
        };
        CampaignStats: {
            campaign_id: string;
            budget: components["schemas"]["Amount"];
            awarded: components["schemas"]["Amount"];
            remaining: components["schemas"]["Amount"];
            /** @description Number of awards credited. */
            awards: number;
            /** @description Number of referrals recorded. */
            referrals: number;
            /** @description Number of accounts with awards. */
            holders: number;
            /** @description What the campaign's pending awards hold (held, or waiting for approval). */
            pending: components["schemas"]["Amount"];
            /** @description What refunds took back after maturity that later awards have not yet paid off. */
            debt: components["schemas"]["Amount"];
            /** @description All that refunds took back. */
            reversed: components["schemas"]["Amount"];
            /** @description All that review and blocks rejected. */
            rejected: components["schemas"]["Amount"];
            /** @description All that went back to the budget because platform users stayed unlinked past `unlinked_expiry_days`. */
            expired: components["schemas"]["Amount"];
            /** @description One entry per UTC day of the window, oldest first. */
            days: {
                /**
                 * Format: date
                 * @example 2026-11-22
                 */
                day: string;
                /** @description Awards credited that day. */
                awards: number;
                /** @description Their sum. */
                amount: components["schemas"]["Amount"];
                /** @description What refunds took back that day. */
                reversed: components["schemas"]["Amount"];
                /** @description What review and blocks rejected that day. */
                rejected: components["schemas"]["Amount"];
                /** @description What went back to the budget that day because platform users stayed unlinked too long. */
                expired: components["schemas"]["Amount"];
                /** @description What the campaign had awarded by the end of the day, net of rejections and reversals. */
                awarded_total: components["schemas"]["Amount"];
            }[];
        };
        CampaignPlatform: {
            /** @example plt_8c1f0e2d4b6a7981 */
            id: string;
            name: string;
            scopes: components["schemas"]["Scope"][];
            /** @description The campaigns its token lists (`*` for any). */
            campaigns: string[];
            /** Format: date-time */
            created_at: string;
            /** @description True when the platform may no longer act on this campaign. */
            revoked: boolean;
        };
        EmbedOrigins: {
            campaign_id: string;
            origins: string[];
        };
        EmbedOriginsRequest: {
            /** @description The origins that may frame the widget (an empty list: none). */
            origins: string[];
        };
        CampaignPlatforms: {
            platforms: components["schemas"]["CampaignPlatform"][];
        };
        CampaignPlatformRequest: {
            name: string;
            /** @description The token's scopes; every scope a creator may give when empty or absent. */
            scopes?: ("awards:write" | "events:write" | "referrals:write" | "leaderboards:read")[];
        };
        CampaignPlatformCreated: {
            platform: components["schemas"]["CampaignPlatform"];
            /** @description The platform's bearer token, valid for this campaign only. */
            token: string;
            /** Format: date-time */
            expires_at: string;
        };
        CampaignPlatformResult: {
            platform: components["schemas"]["CampaignPlatform"];
        };
        Leaderboard: {
            campaign_id: string;
            /** @enum {string} */
            by: "earned" | "referrals";
            entries: {
                rank: number;
                account: components["schemas"]["ChecksumAddress"];
                /** @description The amount earned (by=earned) or the number of referrals (by=referrals), in decimal. */
                value: components["schemas"]["Amount"];
            }[];
        };
        /** @description The referrer is named by `referrer` (with `campaign_id`) or by its `referrer_code` (which names the campaign too; a `campaign_id` given with it must be the code's, else 422 `unknown_referral_code`, as for a code that does not exist). */
        ReferralRequest: {
            campaign_id?: string;
            referrer?: components["schemas"]["Address"];
            /** @description The platform's own user as the referrer, in place of `referrer`. */
            referrer_user?: components["schemas"]["PlatformUser"];
            /** @description A code from `POST /v1/campaigns/{id}/referral-codes`. */
            referrer_code?: string;
            referee?: components["schemas"]["Address"];
            /** @description The platform's own user as the referee, in place of `referee`. */
            referee_user?: components["schemas"]["PlatformUser"];
            /** @description The referee's. */
            fingerprint?: components["schemas"]["Fingerprint"];
        } & ((unknown | unknown | unknown) & (unknown | unknown));
        /**
         * @description A platform's own user id, in place of an account (exactly one of the two): 1 to 128 bytes of
         *     UTF-8 without control characters, scoped to the calling platform. The ledger holds what the user
         *     earns until it is linked to a wallet (`POST /v1/identities`); after that it names the wallet.
         *     400 `invalid_user` when too long or holding control characters; giving both the account and the
         *     user is a 400. Wallet addresses starting with `0x7472696265` ("tribe") are kept for users'
         *     pseudo-accounts and refused as accounts (400 `reserved_account`).
         * @example user-4821
         */
        PlatformUser: string;
        IdentityRequest: {
            user: components["schemas"]["PlatformUser"];
            account: components["schemas"]["Address"];
        };
        Identity: {
            platform_id: string;
            user: string;
            /**
             * @description `linking`: the link started and is being finished (a repeat of the link call finishes it).
             * @enum {string}
             */
            status: "unlinked" | "linking" | "linked";
            account?: components["schemas"]["ChecksumAddress"];
            /** Format: date-time */
            linked_at?: string;
        };
        LinkTokenRequest: {
            user: components["schemas"]["PlatformUser"];
        };
        LinkToken: {
            /** @description Single use; give it only to the user it names. */
            token: string;
            /** @description The web app's link page, `<public URL>/app/link?token=<token>`. */
            url: string;
            /** Format: date-time */
            expires_at: string;
        };
        LinkRedeemRequest: {
            token: string;
        };
        LinkPreview: {
            platform_id: string;
            platform_name: string;
            /** Format: date-time */
            expires_at: string;
            /**
             * @description `used`: a wallet (`account`) redeemed the token.
             * @enum {string}
             */
            status: "open" | "used";
            account?: components["schemas"]["ChecksumAddress"];
            /** @description What waits for the platform's user, per reward token (and pool); empty once it is linked. */
            tokens: components["schemas"]["UserReward"][];
        };
        UserRewards: {
            platform_id: string;
            user: string;
            /** @enum {string} */
            status: "unlinked" | "linking" | "linked";
            account?: components["schemas"]["ChecksumAddress"];
            /** Format: date-time */
            linked_at?: string;
            /** @description What waits for the user, per reward token (and pool); empty once it moved to the wallet. */
            tokens: components["schemas"]["UserReward"][];
        };
        UserReward: {
            token: components["schemas"]["ChecksumAddress"];
            pool?: components["schemas"]["ChecksumAddress"];
            earned: components["schemas"]["Amount"];
            pending: components["schemas"]["Amount"];
            /** Format: date-time */
            pending_until?: string;
            /** @description Claimable by the wallet the user is linked to, once it is. */
            held: components["schemas"]["Amount"];
        };
        /** @description A platform's opaque device or household hash (never an IP address in the clear): 1 to 128 printable ASCII characters, no spaces (an empty string is the same as none). tribe keeps only a hash of it per campaign. A referral whose referrer and referee share one is refused as `self_referral`. */
        Fingerprint: string;
        ReferralCodeRequest: {
            /** @description Required for a platform (or `referrer_user`); a wallet may omit it (or name itself). */
            referrer?: components["schemas"]["Address"];
            /** @description A platform's own user as the referrer, in place of `referrer` (platforms only). The code's `referrer` is then the user's pseudo-account (its wallet once linked). */
            referrer_user?: components["schemas"]["PlatformUser"];
        };
        ReferralCode: {
            campaign_id: string;
            referrer: components["schemas"]["ChecksumAddress"];
            code: string;
            /** @description The shareable link, `<public URL>/r/<code>`. */
            url: string;
            /** @description The link's QR code, a PNG. */
            qr_url: string;
        };
        Referral: {
            campaign_id: string;
            referrer: components["schemas"]["ChecksumAddress"];
            referee: components["schemas"]["ChecksumAddress"];
            /** Format: date-time */
            at: string;
        };
        EventRequest: {
            campaign_id: string;
            /** @enum {string} */
            kind: "signup" | "contribution" | "purchase" | "refund";
            user?: components["schemas"]["PlatformUser"];
            /** @description The account the event is about; for a refund, the purchaser. */
            account?: components["schemas"]["Address"];
            /** @description Required for a contribution. */
            contribution_kind?: string;
            /**
             * @description Required for a purchase; in the reward token's base units. For a refund, the part refunded
             *     (the whole purchase, or what is left of it, when absent).
             */
            value?: components["schemas"]["Amount"];
            /**
             * @description The platform's own id of the event (its order id, say): unique per campaign. A repeat with the
             *     same event_id returns the first result, whatever its Idempotency-Key. A purchase needs one to be
             *     refundable.
             */
            event_id?: string;
            /** @description For a refund (required), the event_id of the purchase refunded. */
            ref_event_id?: string;
            /** @description The account's; remembered (hashed, the newest 16 per account and campaign) once the event is accepted. */
            fingerprint?: components["schemas"]["Fingerprint"];
        } & (unknown | unknown);
        AwardRequest: {
            campaign_id: string;
            account?: components["schemas"]["Address"];
            user?: components["schemas"]["PlatformUser"];
            amount: components["schemas"]["PositiveAmount"];
            /** @description Recorded as `direct:<reason>`; at most 200 bytes. */
            reason: string;
        } & (unknown | unknown);
        AwardBatchRequest: {
            awards: components["schemas"]["AwardRequest"][];
        };
        Award: {
            /** @description Unique across the ledger. */
            id: string;
            campaign_id: string;
            account: components["schemas"]["ChecksumAddress"];
            /** @description What was credited (less than the rule's amount if capped). */
            amount: components["schemas"]["PositiveAmount"];
            /** @description `referral:referee`, `referral:referrer`, `contribution:<kind>`, `revenue_share` or `direct:<reason>`. */
            reason: string;
            /** @description The other account of a referral or revenue-share award. */
            counterparty?: components["schemas"]["ChecksumAddress"];
            /** @description Present and true when the daily cap cut the award. */
            capped?: boolean;
            /** Format: date-time */
            at: string;
            /**
             * @description `pending` while its hold runs or it waits for approval; `claimable` once in the cumulative total
             *     vouchers and epochs cover; `rejected` by review or a block (its budget is back); `reversed` when
             *     refunds took all of it back. In the response to a write, the status it was made with.
             * @enum {string}
             */
            status?: "pending" | "claimable" | "rejected" | "reversed";
            /**
             * Format: date-time
             * @description For a pending award, when its hold ends.
             */
            claimable_at?: string;
            /** @description Present and true while a manual campaign's award waits for review. */
            awaiting_approval?: boolean;
            /** @description What refunds took back of it, when any. */
            reversed?: components["schemas"]["Amount"];
            /** @description Why it was rejected or reversed. */
            note?: string;
        };
        Reversal: {
            award_id: string;
            /** @description What this refund took back of the award. */
            amount: components["schemas"]["Amount"];
            /**
             * @description The award's status after the refund.
             * @enum {string}
             */
            status: "pending" | "claimable" | "rejected" | "reversed";
        };
        Awards: {
            awards: components["schemas"]["Award"][];
            /** @description For a refund, what it took back of each award the purchase paid. */
            reversals?: components["schemas"]["Reversal"][];
        };
        PendingAwards: {
            campaign_id: string;
            awards: components["schemas"]["Award"][];
            /** @description The cursor of the next page; absent on the last one. */
            next?: string;
        };
        ReviewRequest: {
            approve?: string[];
            reject?: string[];
            /** @description Recorded with the rejections. */
            reason?: string;
        };
        ReviewResult: {
            campaign_id: string;
            results: {
                id: string;
                /** @enum {string} */
                outcome: "approved" | "claimable" | "rejected" | "not_pending" | "not_found";
            }[];
        };
        BlockRequest: {
            account: components["schemas"]["Address"];
            reason: string;
        };
        BlockResult: {
            campaign_id?: string;
            account: components["schemas"]["ChecksumAddress"];
            /** @description The pending awards the block rejected. */
            rejected: string[];
        };
        Blocks: {
            campaign_id?: string;
            blocks: {
                account: components["schemas"]["ChecksumAddress"];
                reason: string;
                /** Format: date-time */
                at: string;
            }[];
        };
        AccountRewards: {
            account: components["schemas"]["ChecksumAddress"];
            tokens: {
                /** @description The ERC-20 paid. */
                token: components["schemas"]["ChecksumAddress"];
                /**
                 * @description Set for rewards paid from a sponsor pool: the pool, which vouchers, proofs, claims and
                 *     relays name in place of the token. One entry per pool, after the token's own (minted) one.
                 */
                pool?: components["schemas"]["ChecksumAddress"];
                /** @description Every award not rejected or reversed, net of partial reversals (cumulative - debt + pending). */
                earned: components["schemas"]["Amount"];
                /** @description Held by a running hold or waiting for approval; not yet in cumulative. */
                pending: components["schemas"]["Amount"];
                /**
                 * Format: date-time
                 * @description The earliest claimable_at of the pending awards.
                 */
                pending_until?: string;
                /** @description The cumulative claimable total vouchers and epoch leaves cover; it never decreases. */
                cumulative: components["schemas"]["Amount"];
                claimed: components["schemas"]["Amount"];
                /** @description cumulative - claimed (never below 0). */
                claimable: components["schemas"]["Amount"];
                /** @description What refunds took back after it was claimable; the account's later awards in this source pay it off before they add to cumulative. */
                debt: components["schemas"]["Amount"];
            }[];
        };
        AccountAwards: {
            account: components["schemas"]["ChecksumAddress"];
            awards: components["schemas"]["Award"][];
        };
        Claim: {
            account: components["schemas"]["ChecksumAddress"];
            token: components["schemas"]["ChecksumAddress"];
            /** @description Everything the account earned of the token; the voucher authorises payment up to it. */
            cumulative_amount: components["schemas"]["Amount"];
            claimed: components["schemas"]["Amount"];
            claimable: components["schemas"]["Amount"];
            voucher: {
                /** @description Unix time (seconds, decimal) until which the voucher is valid. */
                deadline: string;
                /** @description The service signer's 65-byte EIP-712 signature of Voucher(account, token, cumulativeAmount, deadline). */
                signature: string;
            };
            /** @description The latest active epoch's proof for the account, if any. */
            proof: components["schemas"]["MerkleProof"] | null;
            /** @description The distributor. */
            to: components["schemas"]["ChecksumAddress"];
            /** @description claimWithVoucher(account, token, cumulativeAmount, deadline, signature), ready to send to `to`. */
            calldata: components["schemas"]["Hex"];
            chain_id: string;
        };
        Claims: {
            account: components["schemas"]["ChecksumAddress"];
            to: components["schemas"]["ChecksumAddress"];
            chain_id: string;
            /** @description claimMany over every entry, 0x hex; empty when there is nothing to claim. */
            calldata: string;
            claims: {
                token: components["schemas"]["ChecksumAddress"];
                pool?: components["schemas"]["ChecksumAddress"];
                /** @description What the voucher names (the pool for pooled rewards, else the token). */
                source: components["schemas"]["ChecksumAddress"];
                cumulative_amount: components["schemas"]["Amount"];
                claimed: components["schemas"]["Amount"];
                claimable: components["schemas"]["Amount"];
                voucher: {
                    deadline: string;
                    signature: string;
                };
            }[];
        };
        MerkleProof: {
            /** Format: int64 */
            epoch: number;
            root: string;
            /** @description The total the root commits to (it can be below the current cumulative total). */
            cumulative_amount: components["schemas"]["Amount"];
            proof: string[];
            /** @description claim(account, token, cumulativeAmount, proof), ready to send to the distributor. */
            calldata: components["schemas"]["Hex"];
        };
        RelayRequest: {
            token: components["schemas"]["Address"];
        };
        Relay: {
            /** @description The transaction sent or in flight; absent when `status` is `sending`. */
            tx_hash?: string;
            /** @description The cumulative total claimed; empty unless `status` is `sent`. */
            cumulative_amount: string;
            /** @description What this transaction pays out; empty unless `status` is `sent`. */
            amount: string;
            /**
             * @description `sent`: this request sent the transaction. `in_flight`: one sent earlier is not mined yet.
             *     `sending`: another request is sending one right now and has no hash yet.
             * @enum {string}
             */
            status: "sent" | "in_flight" | "sending";
        };
        Epoch: {
            /** Format: int64 */
            epoch: number;
            root: string;
            /** @description Number of (account, token) leaves, the marker leaf included. */
            leaves: number;
            /**
             * @description `built` (stored; its proposal may be in flight), `proposed` (proposeRoot mined: pending, then active after the dispute window) or `rejected` by the guardian.
             * @enum {string}
             */
            status: "built" | "proposed" | "rejected";
            tx_hash?: string;
            /** Format: date-time */
            created_at: string;
            /**
             * @description Root of the epoch's pending tree (`GET /v1/epochs/{n}/pending-tree`), committed in `root` as
             *     the marker leaf `(0x0, 0x0, uint256(pending_root))`. Absent when nothing was pending (no marker).
             */
            pending_root?: string;
            /** @description Number of (account, source) leaves of the pending tree. */
            pending_leaves?: number;
        };
        PendingProof: {
            /** Format: int64 */
            epoch: number;
            /**
             * @description The epoch's status, as in Epoch.
             * @enum {string}
             */
            status: "built" | "proposed" | "rejected";
            /** @description The epoch's claim root, the one proposed on-chain. */
            root: string;
            pending_root: string;
            /**
             * @example [
             *       "address",
             *       "address",
             *       "uint256",
             *       "uint64"
             *     ]
             */
            leaf_encoding: string[];
            leaf: {
                account: components["schemas"]["ChecksumAddress"];
                source: components["schemas"]["ChecksumAddress"];
                pending: components["schemas"]["Amount"];
                /** @description The leaf's uint64, unix seconds. */
                earliest_maturity: string;
                /**
                 * Format: date-time
                 * @description `earliest_maturity` as a time.
                 */
                matures_at: string;
            };
            /** @description The leaf's proof to `pending_root`. */
            proof: string[];
            /** @description [0x0, 0x0, uint256(pending_root) in decimal]: the claim-tree leaf that commits the pending root. */
            marker_leaf: string[];
            /** @description The marker leaf's proof to `root`. */
            marker_proof: string[];
            to: components["schemas"]["ChecksumAddress"];
            chain_id: string;
        };
        /** @description OpenZeppelin StandardMerkleTree's `tree.dump()` of the pending tree. */
        PendingTreeDump: {
            /** @enum {string} */
            format: "standard-v1";
            leafEncoding: ("address" | "uint256" | "uint64")[];
            tree: string[];
            values: {
                /** @description [account, source, pending, earliest maturity] */
                value: string[];
                treeIndex: number;
            }[];
        };
        /** @description OpenZeppelin StandardMerkleTree's `tree.dump()`. */
        MerkleTreeDump: {
            /** @enum {string} */
            format: "standard-v1";
            /**
             * @example [
             *       "address",
             *       "address",
             *       "uint256"
             *     ]
             */
            leafEncoding: string[];
            tree: string[];
            values: {
                /** @description [account, token, cumulative amount] */
                value: string[];
                treeIndex: number;
            }[];
        };
        /** @enum {string} */
        WebhookEventType: "award.created" | "award.claimable" | "award.reversed" | "award.rejected" | "referral.created" | "claim.paid" | "community.active" | "epoch.proposed" | "epoch.active" | "pool.low" | "webhook.disabled" | "identity.linked";
        WebhookRequest: {
            /** @example https://platform.example/hooks/tribe */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            campaigns?: string[];
        };
        RotateSecretRequest: {
            grace_seconds?: number;
        };
        Webhook: {
            id: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            campaigns: string[];
            /** Format: date-time */
            created_at: string;
            disabled: boolean;
            /** Format: date-time */
            disabled_at?: string;
            /**
             * Format: date-time
             * @description After a rotation, until when the previous secret signs too.
             */
            previous_secret_until?: string;
        };
        WebhookCreated: {
            id: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            campaigns: string[];
            /** Format: date-time */
            created_at: string;
            disabled: boolean;
            /** Format: date-time */
            disabled_at?: string;
            /**
             * Format: date-time
             * @description After a rotation, until when the previous secret signs too.
             */
            previous_secret_until?: string;
            /** @description The signing secret, shown this once. */
            secret: string;
        };
        Webhooks: {
            webhooks: components["schemas"]["Webhook"][];
        };
        WebhookEventQueued: {
            event_id: string;
        };
        WebhookDelivery: {
            event_id: string;
            type: string;
            attempt: number;
            /** @enum {string} */
            outcome: "delivered" | "retrying" | "gave_up" | "disabled";
            /** @description 0 when no HTTP answer came */
            status_code: number;
            latency_ms: number;
            error?: string;
            /** Format: date-time */
            at: string;
        };
        WebhookDeliveries: {
            deliveries: components["schemas"]["WebhookDelivery"][];
        };
    };
    responses: {
        /**
         * @description Bad input: malformed JSON, a wrong type (an amount as a JSON number), an invalid amount or
         *     address, an unknown field, data after the object, an empty body, a missing field, a batch of 0
         *     or more than 1,000 awards, a malformed sign-in message. Codes: `bad_request`,
         *     `invalid_amount`, `invalid_address`, `invalid_campaign`, `invalid_event`, `missing_value`,
         *     `mixed_tokens`, `invalid_siwe_message`, `invalid_cursor`, `invalid_fingerprint`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No token, or a token that is malformed, wrongly signed, expired, or of a revoked or unknown
         *     platform; or a sign-in that fails (wrong signature, domain, URI, chain, expiry, or an
         *     unknown or used nonce). Codes: `unauthorized`, `invalid_token`, `token_expired`, `invalid_login`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The token is valid but may not do this: the wrong role, a missing scope, a platform not allowed
         *     on the campaign, a wallet reading another account, a wallet that is not the community's
         *     creator, a scope a creator may not give. Codes: `forbidden`; `not_token_creator` (the caller is not
         *     the community token's `creator()` on-chain), `not_pool_owner` (not the sponsor pool's owner
         *     on-chain), `issuer_not_creator` (a platform token whose issuing creator no longer controls the
         *     campaign's token).
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such campaign, community, referral code, epoch or route. Code `not_found` (`no_landing_url` for a referral link whose campaign has no landing page; `nothing_pending` when an epoch commits nothing pending to the account, or at all; `epoch_pruned` for an epoch whose trees were deleted). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A conflict: the referee already has a referrer in the campaign (`already_referred`, first
         *     touch wins); the Idempotency-Key was used with another body (`idempotency_conflict`) or its
         *     first request is still running (`in_progress`); the record exists (`exists`); the community's
         *     token is not on-chain yet (`token_not_live`).
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is over the server's limit. Code `too_large`. */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A rule refuses the request, and nothing was changed: `self_referral` (also when the referrer
         *     and the referee share a fingerprint), `referral_cycle`, `velocity` (the referrer is over the
         *     campaign's `referral.max_per_day`), `unknown_referral_code`,
         *     `budget_exhausted`, `daily_cap_reached` (direct awards), `amount_overflow` (a cumulative total
         *     would pass 2^256-1), `unknown_contribution`, `allocation_over_cap`, `invalid_signature`,
         *     `wallet_not_deployed` (a contract wallet's ERC-6492 signature: deploy the wallet first),
         *     `nothing_to_claim`, `payout_limit` (with `retry_after` when the period resets), `pool_empty`,
         *     `not_minter`, `claim_refused`, `too_many_platforms`, `reward_token_not_allowed` (a campaign pays
         *     its community's own token or a sponsor pool's grant, nothing else), `token_renounced`,
         *     `unknown_pool`, `pool_closing` (the sponsor announced a withdrawal), `campaign_not_pooled`,
         *     `grant_exceeds_deposits`, `too_many_grants`; relayed claims: `source_not_relayable` (not a
         *     token of the service's factory or a sponsor pool), `relay_gas_ceiling` (the claim would use more gas
         *     than a relayed claim may), `below_relay_minimum`.
         */
        Unprocessable: {
            headers: {
                /** @description Seconds until the token's payout period resets (`payout_limit` only). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Over a rate limit: the platform's (or its creator's) requests per second, a wallet's limit of
         *     communities, campaigns or platform changes, or its relayed claims per minute (`rate_limited`);
         *     or the account's relay gas budget per hour (`relay_account_budget_exhausted`). Nothing was stored
         *     or sent. Retry after `Retry-After` seconds.
         */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitedError"];
            };
        };
        /** @description A dependency (Redis, the chain) failed; retry later. Code `unavailable` (`chain_unavailable` when the chain's RPC endpoint does not answer and nothing was sent, or a contract wallet's signature cannot be checked; `claims_paused` while the guardian has paused claims; `relay_budget_exhausted`, with `Retry-After`, when the service's relay gas budget for the hour is used up and nothing was sent; `not_replicated` when tribed runs with `--redis-min-replicas` and too few replicas confirmed an award in time, so it was not acknowledged — retry with the same Idempotency-Key, which replays it if it survived and makes it once if not). */
        Unavailable: {
            headers: {
                /** @description Seconds until a retry may succeed (`relay_budget_exhausted` only). */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        WebhookID: string;
        EventID: string;
        DeliveryLimit: number;
        /**
         * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
         *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
         *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
         *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
         */
        IdempotencyKey: string;
        CampaignID: string;
        /** @description A referral code (13 characters of a-z and 2-7). */
        ReferralCodeParam: string;
        PoolAddress: components["schemas"]["Address"];
        AccountAddress: components["schemas"]["Address"];
        /** @description The `next_cursor` of the previous page; absent or empty for the first. Opaque. */
        Cursor: string;
        /** @description The most entries a page holds. */
        PageLimit: number;
        EpochNumber: number;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
        /** @description Requests this platform may still make in the current second. */
        RateLimitRemaining: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
            /** @description Not ready (`not ready`) or Redis unavailable (`redis unavailable`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": {
                        openapi: string;
                        info: Record<string, never>;
                        paths: Record<string, never>;
                    };
                };
            };
        };
    };
    appRedirect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To /app/. */
            301: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    app: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such file. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deployment information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Info"];
                };
            };
        };
    };
    createNonce: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh nonce. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonce"];
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPlatform: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformRequest"];
            };
        };
        responses: {
            /** @description The platform and its token. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Platform"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityDraft"];
            };
        };
        responses: {
            /** @description What to sign, and the token's address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    createCommunity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunitySigned"];
            };
        };
        responses: {
            /** @description Accepted; the token creation is on its way. */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The community. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRequest"];
            };
        };
        responses: {
            /** @description The campaign. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLeaderboard: {
        parameters: {
            query?: {
                by?: "earned" | "referrals";
                limit?: number;
            };
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leaderboard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leaderboard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getCampaignStats: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportCampaignAwards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The awards, as a CSV file (`Content-Disposition` attachment). */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCampaignPlatforms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's platforms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPlatforms"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    createCampaignPlatform: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPlatformRequest"];
            };
        };
        responses: {
            /** @description The platform and its token. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPlatformCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeCampaignPlatform: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
                platform_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform, `revoked` on this campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPlatformResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEmbedOrigins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's embed origins, in the order the creator gave them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbedOrigins"];
                };
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    setEmbedOrigins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmbedOriginsRequest"];
            };
        };
        responses: {
            /** @description The origins now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbedOrigins"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCommunityCampaigns: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; absent or empty for the first. Opaque. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The most entries a page holds. */
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaigns"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCampaignGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignGrants"];
                };
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pool: components["parameters"]["PoolAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    setPoolAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pool: components["parameters"]["PoolAddress"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PoolAlertRequest"];
            };
        };
        responses: {
            /** @description The alert as now set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolAlert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    createGrant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                pool: components["parameters"]["PoolAddress"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantRequest"];
            };
        };
        responses: {
            /** @description The grant. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAccountCommunities: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; absent or empty for the first. Opaque. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The most entries a page holds. */
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path: {
                address: components["parameters"]["AccountAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The communities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Communities"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralRequest"];
            };
        };
        responses: {
            /** @description The referral is recorded. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventRequest"];
            };
        };
        responses: {
            /** @description The awards credited (possibly none). */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Awards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createAward: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardRequest"];
            };
        };
        responses: {
            /** @description The award credited. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Awards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createAwardBatch: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardBatchRequest"];
            };
        };
        responses: {
            /** @description The awards credited, in request order. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Awards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    linkIdentity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityRequest"];
            };
        };
        responses: {
            /** @description Already linked to this wallet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Linked now. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createLinkToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkTokenRequest"];
            };
        };
        responses: {
            /** @description The token and the link page's URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    redeemLinkToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRedeemRequest"];
            };
        };
        responses: {
            /** @description Already linked to this wallet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Linked now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewLinkToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRedeemRequest"];
            };
        };
        responses: {
            /** @description What the token links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    unlinkIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform_id: string;
                user: components["schemas"]["PlatformUser"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked; `account` is the wallet it was linked to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getUserRewards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user: components["schemas"]["PlatformUser"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's rewards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRewards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAccountRewards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address: components["parameters"]["AccountAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's rewards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountRewards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getAccountAwards: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                address: components["parameters"]["AccountAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The awards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountAwards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportAccountAwards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address: components["parameters"]["AccountAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The awards, as a CSV file (`Content-Disposition` attachment). */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    getClaims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address: components["parameters"]["AccountAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claims"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address: components["parameters"]["AccountAddress"];
                token: components["schemas"]["Address"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPendingProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address: components["parameters"]["AccountAddress"];
                token: components["schemas"]["Address"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending leaf and its proofs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingProof"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    relayClaim: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelayRequest"];
            };
        };
        responses: {
            /** @description The claim transaction is sent, or one is already in flight. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relay"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCampaignAwards: {
        parameters: {
            query: {
                status: "pending";
                /** @description The `next_cursor` of the previous page; absent or empty for the first. Opaque. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The most entries a page holds. */
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending awards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingAwards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    reviewCampaignAwards: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description The outcome per award. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCampaignBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The blocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blocks"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    blockCampaignAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockRequest"];
            };
        };
        responses: {
            /** @description The account is blocked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    unblockCampaignAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["CampaignID"];
                account: components["schemas"]["Address"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The block is lifted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The blocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blocks"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    blockAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockRequest"];
            };
        };
        responses: {
            /** @description The account is blocked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    unblockAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account: components["schemas"]["Address"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The block is lifted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    createReferralCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["CampaignID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReferralCodeRequest"];
            };
        };
        responses: {
            /** @description The referrer's code, as created before. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralCode"];
                };
            };
            /** @description The referrer's code, created now. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    referralCodeQR: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A referral code (13 characters of a-z and 2-7). */
                code: components["parameters"]["ReferralCodeParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code. */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    followReferralLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A referral code (13 characters of a-z and 2-7). */
                code: components["parameters"]["ReferralCodeParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the landing page. */
            302: {
                headers: {
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLatestEpoch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The epoch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Epoch"];
                };
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEpoch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                n: components["parameters"]["EpochNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The epoch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Epoch"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEpochTree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                n: components["parameters"]["EpochNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tree dump. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerkleTreeDump"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getEpochPendingTree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                n: components["parameters"]["EpochNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending tree dump. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingTreeDump"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhooks"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["Unavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["WebhookID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["WebhookID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["WebhookID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateSecretRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its new secret. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            503: components["responses"]["Unavailable"];
        };
    };
    enableWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["WebhookID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["WebhookID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventQueued"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
    webhookDeliveries: {
        parameters: {
            query?: {
                limit?: components["parameters"]["DeliveryLimit"];
            };
            header?: never;
            path: {
                id: components["parameters"]["WebhookID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the write happen at most once: once a request with this key has succeeded, a repeat gets
                 *     its response again, byte for byte, with `Idempotent-Replayed: true` — forever — and a repeat
                 *     with another body (or to another endpoint) is a 409 `idempotency_conflict`. A refused request
                 *     records nothing. Keys are scoped to the caller (the platform, the wallet or the admin).
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["WebhookID"];
                event_id: components["parameters"]["EventID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventQueued"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
        };
    };
}
