// Package claims relays claims for their claimants: the service sends claimWithVoucher and pays the gas. It
// owns the rules of a relay — which payout sources the service pays gas for, the gas ceiling of one claim, the
// per-account and global gas budgets, the minimum amount worth relaying, the relays per minute — the calldata
// of the distributor's claim functions, and the meaning of the distributor's reverts as domain errors.
//
// Every refusal is a sentinel error below (wrapped with context; a *RetryError says when to retry). Nothing is
// sent, and nothing is charged to a budget, unless every rule allows the relay.
package claims

import (
	"errors"
	"time"
)

var (
	// ErrNothingEarned: the account has earned nothing in the payout source.
	ErrNothingEarned = errors.New("nothing earned in this token")
	// ErrNothingToClaim: everything the account earned has been paid.
	ErrNothingToClaim = errors.New("everything earned has been claimed")
	// ErrBelowMinimum: what the account could claim is less than the smallest amount the service relays.
	ErrBelowMinimum = errors.New("the claimable amount is below the smallest amount the service relays; claim it from your own wallet or wait until you have earned more")
	// ErrSourceNotRelayable: the payout source is not one the service pays gas for: not a reward token of the
	// ledger, or neither a CreatorToken made by the service's factory nor a registered sponsor pool.
	ErrSourceNotRelayable = errors.New("the service does not relay claims of this token: only its own community tokens and sponsor pools")
	// ErrGasCeiling: the claim would use more gas than one relayed claim may (Config.MaxGas).
	ErrGasCeiling = errors.New("the claim would use more gas than a relayed claim may")
	// ErrRateLimited: the account asked for more relays per minute than allowed (a *RetryError).
	ErrRateLimited = errors.New("too many relayed claims")
	// ErrAccountBudget: the account's relay gas budget for the hour is used up (a *RetryError).
	ErrAccountBudget = errors.New("the account's relay gas budget is used up")
	// ErrGlobalBudget: the service's relay gas budget for the hour, shared by every account, is used up (a
	// *RetryError).
	ErrGlobalBudget = errors.New("the service's relay gas budget is used up for now")
	// ErrStopped: the relayer is stopping and sends nothing more.
	ErrStopped = errors.New("the relayer is stopping")

	// The distributor's refusals (see FromRevert).

	// ErrPayoutLimit: the token's payout limit for the period is reached (a *RetryError when the period's
	// end is known).
	ErrPayoutLimit = errors.New("the token's payout limit for this period is reached")
	// ErrClaimsPaused: the guardian has paused claims.
	ErrClaimsPaused = errors.New("claims are paused by the guardian")
	// ErrPoolEmpty: the escrow pool holds less than the claim.
	ErrPoolEmpty = errors.New("the token's reward pool holds less than the claim")
	// ErrNotMinter: the token's creator has not made the distributor a minter.
	ErrNotMinter = errors.New("the token's creator has not made the distributor a minter yet")
	// ErrClaimRefused: the distributor refuses the claim for another reason, named in the error.
	ErrClaimRefused = errors.New("the distributor refuses the claim")
)

// RetryError is a refusal that says when to retry. errors.Is matches Err; RetryAfter is the wait (0: unknown).
type RetryError struct {
	Err  error
	Wait time.Duration
	Msg  string // the whole message; Err's text when empty
}

func (e *RetryError) Error() string {
	if e.Msg == "" {
		return e.Err.Error()
	}
	return e.Msg
}

// Unwrap returns Err.
func (e *RetryError) Unwrap() error { return e.Err }

// RetryAfter is how long to wait before retrying.
func (e *RetryError) RetryAfter() time.Duration { return e.Wait }
