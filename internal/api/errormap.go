package api

import (
	"net/http"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/claims"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/settle"
	"github.com/tribe-rewards/tribe/internal/txmgr"
	"github.com/tribe-rewards/tribe/internal/walletsig"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// errorMap is the one place where domain errors become HTTP statuses. Order matters: the first match wins. An
// error that also has a RetryAfter() time.Duration method (claims.RetryError) sends Retry-After.
var errorMap = []mapping{
	// Bad input.
	{rewards.ErrAmount, http.StatusBadRequest, "invalid_amount", same},
	{rewards.ErrAddress, http.StatusBadRequest, "invalid_address", same},
	{rewards.ErrChecksum, http.StatusBadRequest, "invalid_address", same},
	{rewards.ErrInvalidCampaign, http.StatusBadRequest, "invalid_campaign", same},
	{rewards.ErrFingerprint, http.StatusBadRequest, "invalid_fingerprint", same},
	{rewards.ErrInvalidEvent, http.StatusBadRequest, "invalid_event", same},
	{rewards.ErrMissingValue, http.StatusBadRequest, "missing_value", same},
	{ledger.ErrMixedTokens, http.StatusBadRequest, "mixed_tokens", same},
	{ledger.ErrCursor, http.StatusBadRequest, "invalid_cursor", func(error) string { return "cursor is not one a listing returned" }},
	{ledger.ErrInvalid, http.StatusBadRequest, "bad_request", same},
	{auth.ErrSIWEMalformed, http.StatusBadRequest, "invalid_siwe_message", same},
	{webhooks.ErrInvalid, http.StatusBadRequest, "invalid_webhook", same},
	{webhooks.ErrTargetRefused, http.StatusUnprocessableEntity, "webhook_target_refused", same},
	{webhooks.ErrNotFound, http.StatusNotFound, "not_found", same},

	// Authentication.
	{auth.ErrTokenExpired, http.StatusUnauthorized, "token_expired", func(error) string { return "the token has expired" }},
	{auth.ErrInvalidToken, http.StatusUnauthorized, "invalid_token", func(error) string { return "the token is not valid" }},
	{auth.ErrSIWESignature, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWEDomain, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWEURI, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWEChainID, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWEExpired, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWEExpirationRequired, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWENotYetValid, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWEIssuedInFuture, http.StatusUnauthorized, "invalid_login", same},
	{auth.ErrSIWETooOld, http.StatusUnauthorized, "invalid_login", same},

	// Authority: who may spend a token or a pool is what the chain says.
	{access.ErrNotCreator, http.StatusForbidden, "not_token_creator", same},
	{access.ErrNotPoolOwner, http.StatusForbidden, "not_pool_owner", same},
	{access.ErrIssuerReplaced, http.StatusForbidden, "issuer_not_creator", same},
	{access.ErrForeignToken, http.StatusUnprocessableEntity, "reward_token_not_allowed", same},
	{access.ErrTokenNotLive, http.StatusConflict, "token_not_live", same},
	{access.ErrRenounced, http.StatusUnprocessableEntity, "token_renounced", same},
	{access.ErrUnknownPool, http.StatusUnprocessableEntity, "unknown_pool", same},
	{access.ErrPoolClosing, http.StatusUnprocessableEntity, "pool_closing", same},
	{access.ErrNotPooled, http.StatusUnprocessableEntity, "campaign_not_pooled", same},
	{access.ErrGrantExceedsDeposits, http.StatusUnprocessableEntity, "grant_exceeds_deposits", same},

	// Not found, conflicts.
	{ledger.ErrNotFound, http.StatusNotFound, "not_found", same},
	{claims.ErrNothingEarned, http.StatusNotFound, "not_found", same},
	{settle.ErrNoPending, http.StatusNotFound, "nothing_pending", same},
	{settle.ErrPruned, http.StatusNotFound, "epoch_pruned", same},
	{ledger.ErrExists, http.StatusConflict, "exists", same},
	{ledger.ErrAlreadyReferred, http.StatusConflict, "already_referred", same},
	{ledger.ErrUnknownUser, http.StatusNotFound, "unknown_user", same},
	{ledger.ErrUnknownLinkToken, http.StatusNotFound, "unknown_link_token", same},
	{ledger.ErrAlreadyLinked, http.StatusConflict, "already_linked", same},
	{ledger.ErrLinkTokenUsed, http.StatusConflict, "link_token_used", same},
	{ledger.ErrLinkTokenExpired, http.StatusUnprocessableEntity, "link_token_expired", same},
	{ledger.ErrTooManySources, http.StatusUnprocessableEntity, "too_many_sources", same},
	{ledger.ErrUserAccount, http.StatusBadRequest, "reserved_account", same},
	{ledger.ErrIdempotencyConflict, http.StatusConflict, "idempotency_conflict", same},
	{ledger.ErrInProgress, http.StatusConflict, "in_progress", same},

	// Rule violations.
	{ledger.ErrSelfReferral, http.StatusUnprocessableEntity, "self_referral", same},
	{ledger.ErrBlocked, http.StatusUnprocessableEntity, "blocked", same},
	{ledger.ErrUnknownEvent, http.StatusUnprocessableEntity, "unknown_event", same},
	{ledger.ErrRefundTooLarge, http.StatusUnprocessableEntity, "refund_exceeds_purchase", same},
	{ledger.ErrReferralCycle, http.StatusUnprocessableEntity, "referral_cycle", same},
	{ledger.ErrVelocity, http.StatusUnprocessableEntity, "velocity", same},
	{ledger.ErrUnknownCode, http.StatusUnprocessableEntity, "unknown_referral_code", same},
	{ledger.ErrBudgetExhausted, http.StatusUnprocessableEntity, "budget_exhausted", same},
	{ledger.ErrDailyCap, http.StatusUnprocessableEntity, "daily_cap_reached", same},
	{ledger.ErrOverflow, http.StatusUnprocessableEntity, "amount_overflow", same},
	{ledger.ErrRateLimited, http.StatusTooManyRequests, "rate_limited", same}, // Retry-After from *ledger.RateLimitError
	{rewards.ErrUnknownContribution, http.StatusUnprocessableEntity, "unknown_contribution", same},

	// Relayed claims: the relay's rules, then the distributor's refusals. Nothing was sent.
	{claims.ErrSourceNotRelayable, http.StatusUnprocessableEntity, "source_not_relayable", same},
	{claims.ErrGasCeiling, http.StatusUnprocessableEntity, "relay_gas_ceiling", same},
	{claims.ErrBelowMinimum, http.StatusUnprocessableEntity, "below_relay_minimum", same},
	{claims.ErrNothingToClaim, http.StatusUnprocessableEntity, "nothing_to_claim", same},
	{claims.ErrPayoutLimit, http.StatusUnprocessableEntity, "payout_limit", same},
	{claims.ErrPoolEmpty, http.StatusUnprocessableEntity, "pool_empty", same},
	{claims.ErrNotMinter, http.StatusUnprocessableEntity, "not_minter", same},
	{claims.ErrClaimRefused, http.StatusUnprocessableEntity, "claim_refused", same},
	{claims.ErrRateLimited, http.StatusTooManyRequests, "rate_limited", same},
	{claims.ErrAccountBudget, http.StatusTooManyRequests, "relay_account_budget_exhausted", same},
	{claims.ErrGlobalBudget, http.StatusServiceUnavailable, "relay_budget_exhausted", same},
	{claims.ErrClaimsPaused, http.StatusServiceUnavailable, "claims_paused", same},
	{claims.ErrStopped, http.StatusServiceUnavailable, "unavailable", same},
	{errNoRelayer, http.StatusServiceUnavailable, "unavailable", same},

	// Dependencies.
	{ledger.ErrNotReplicated, http.StatusServiceUnavailable, "not_replicated", same},
	{walletsig.ErrUnavailable, http.StatusServiceUnavailable, "chain_unavailable",
		func(error) string {
			return "the chain's RPC endpoint does not answer, so the contract wallet's signature cannot be checked; retry later"
		}},
	{txmgr.ErrUnavailable, http.StatusServiceUnavailable, "chain_unavailable",
		func(error) string { return "the chain's RPC endpoint does not answer; nothing was sent, retry later" }},
}
