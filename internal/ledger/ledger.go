// Package ledger is tribe's ledger in Redis: platforms, SIWE nonces, communities, campaigns and their
// budgets, referrals, awards and every account's cumulative total per reward token, leaderboards, and
// idempotency records for the API's writes.
//
// Everything about one reward token lives in one Redis Cluster slot (hash tag "{0x<token>}"), so each
// multi-key invariant — budget, daily cap, idempotency, once-only referral payout, cumulative total — is
// kept by one Lua script that runs atomically. Amounts are uint256 values stored as decimal strings and
// added, subtracted and compared as decimal strings in Lua: a float never touches money. Keys are built in
// keys.go; the Lua scripts, with their KEYS and ARGV, are in scripts.go.
package ledger

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Errors returned by the Store. Compare them with errors.Is: most come wrapped with details.
var (
	// ErrNotFound: the platform, community or campaign does not exist.
	ErrNotFound = errors.New("not found")
	// ErrExists: a platform, community, campaign or nonce with this id already exists.
	ErrExists = errors.New("already exists")
	// ErrSelfReferral: an account cannot refer itself.
	ErrSelfReferral = errors.New("an account cannot refer itself")
	// ErrAlreadyReferred: the referee already has a referrer in this campaign (first touch wins).
	ErrAlreadyReferred = errors.New("the referee already has a referrer in this campaign")
	// ErrReferralCycle: the referee is among the referrer's own referrers.
	ErrReferralCycle = errors.New("the referee is among the referrer's referrers")
	// ErrVelocity: the referrer has recorded the campaign's referral.max_per_day referrals this UTC day.
	ErrVelocity = errors.New("the referrer is over the campaign's referrals per day")
	// ErrUnknownCode: no referral code is this string.
	ErrUnknownCode = errors.New("no such referral code")
	// ErrBudgetExhausted: a campaign's remaining budget is less than what the awards need. It comes wrapped
	// in a *BudgetError.
	ErrBudgetExhausted = errors.New("campaign budget exhausted")
	// ErrDailyCap: a direct award is over what is left of its account's daily cap. It comes wrapped in a
	// *DailyCapError.
	ErrDailyCap = errors.New("daily cap reached")
	// ErrOverflow: an account's cumulative total of a token would exceed 2^256-1, the most the distributor
	// contract can pay out. Nothing is applied: a total must never wrap.
	ErrOverflow = errors.New("cumulative total would exceed 2^256-1")
	// ErrIdempotencyConflict: the idempotency key was used before with a different request.
	ErrIdempotencyConflict = errors.New("idempotency key reused with a different request")
	// ErrInProgress: a request with this idempotency key is still being processed.
	ErrInProgress = errors.New("a request with this idempotency key is in progress")
	// ErrMixedTokens: one Apply request holds awards of campaigns with different reward tokens.
	ErrMixedTokens = errors.New("awards of one request must all be in the same reward token")
	// ErrInvalid: a request the ledger cannot take as it is (a caller's bug more than a client's mistake:
	// a zero amount, too many entries, an unknown leaderboard...).
	ErrInvalid = errors.New("invalid ledger request")
	// ErrBlocked: the account is blocked in the campaign (or everywhere, by an operator).
	ErrBlocked = errors.New("the account is blocked")
	// ErrUnknownEvent: a refund names an event id the campaign has no purchase for, or another account's.
	ErrUnknownEvent = errors.New("no purchase with this event id for this account in the campaign")
	// ErrRefundTooLarge: a refund's value is more than what is left of the purchase to refund.
	ErrRefundTooLarge = errors.New("the refund is more than what is left of the purchase")
)

// BudgetError says which campaign's budget is short, and by how much. It unwraps to ErrBudgetExhausted.
type BudgetError struct {
	CampaignID string
	// Remaining is the campaign's remaining budget; Needed is the sum of the request's awards for it.
	Remaining, Needed *big.Int
}

// Error says which campaign is short and by how much.
func (e *BudgetError) Error() string {
	return fmt.Sprintf("campaign %s: %v: %s left, %s needed", e.CampaignID, ErrBudgetExhausted, e.Remaining, e.Needed)
}

// Unwrap returns ErrBudgetExhausted.
func (e *BudgetError) Unwrap() error { return ErrBudgetExhausted }

// DailyCapError says which account's daily cap a direct award is over. It unwraps to ErrDailyCap.
type DailyCapError struct {
	CampaignID string
	Account    rewards.Address
	// Left is what the account may still earn from the campaign today (UTC); Requested is the award that
	// did not fit (after the request's earlier awards to the same account).
	Left, Requested *big.Int
}

// Error says which account's cap the award is over.
func (e *DailyCapError) Error() string {
	return fmt.Sprintf("campaign %s, account %s: %v: %s left today, %s requested", e.CampaignID, e.Account,
		ErrDailyCap, e.Left, e.Requested)
}

// Unwrap returns ErrDailyCap.
func (e *DailyCapError) Unwrap() error { return ErrDailyCap }

// Defaults and limits.
const (
	// DefaultPrefix starts every key when Options.Prefix is empty.
	DefaultPrefix = "tribe"
	// DefaultAccountHistory is how many awards per account and token are kept for AccountHistory.
	DefaultAccountHistory = 100
	// MaxBatch is the most entries one Apply takes.
	MaxBatch = 1000
	// MaxReferralDepth is how far up the referrer's chain RecordReferral looks for the referee.
	MaxReferralDepth = 256
	// MaxFingerprints is how many fingerprints (the newest) are kept per account and campaign.
	MaxFingerprints = 16
	// DailyCapTTL is how long a daily-cap counter lives after its last award: long enough to outlive its
	// UTC day from any time zone's point of view, short enough not to pile up.
	DailyCapTTL = 48 * time.Hour
	// IdemPendingTTL is how long IdemBegin's claim on a key lasts if neither IdemFinish nor IdemAbort
	// follows (a crashed replica), after which a retry may run.
	IdemPendingTTL = 60 * time.Second
)

// Options configure a Store. The zero value is usable.
type Options struct {
	// Prefix starts every key ("tribe" when empty). It must not contain '{' or '}'.
	Prefix string
	// Now is the clock (time.Now when nil): award and referral times, and the UTC day of daily caps.
	Now func() time.Time
	// AccountHistory is how many awards per account and token are kept for AccountHistory (100 when 0).
	AccountHistory int
	// Rand is where referral codes come from (crypto/rand when nil).
	Rand io.Reader
	// MinReplicas, if set, acknowledges an award only once that many replicas of its slot's master have it
	// (WAIT after the award script, on the same connection; see replicas.go): a master failover then loses
	// nothing acknowledged. 0 acknowledges as soon as the master has it.
	MinReplicas int
	// ReplicaTimeout bounds the WAIT (DefaultReplicaTimeout when 0).
	ReplicaTimeout time.Duration
	// MaxGroup is how many concurrent Apply calls of one token one script call carries at most (group
	// commit, see commit.go; DefaultMaxGroup when 0, 1 sends every call alone).
	MaxGroup int
}

// Store is tribe's ledger in Redis. Safe for concurrent use. Every method passes its context to Redis:
// cancelling it abandons the call, but a Lua script that reached Redis runs to completion (all or nothing),
// so a cancelled Apply may or may not have been applied — retry it with the same idempotency key.
type Store struct {
	rdb     redis.UniversalClient
	k       keys
	now     func() time.Time
	history int
	limiter *redis_rate.Limiter // over unprefixed(rdb): keys from keys_limits.go
	rand    io.Reader           // referral codes

	minReplicas    int
	replicaTimeout time.Duration
	commit         *committer
	indexed        sync.Map // tokens known to be in the tokens index (it never loses one)
	proj           *projQueue
}

// New returns a Store over rdb (a single Redis, a Sentinel group or a Redis Cluster). It panics if
// opts.Prefix contains a brace, which would break the hash tags.
func New(rdb redis.UniversalClient, opts Options) *Store {
	if strings.ContainsAny(opts.Prefix, "{}") {
		panic("ledger: Options.Prefix must not contain '{' or '}'")
	}
	if opts.Prefix == "" {
		opts.Prefix = DefaultPrefix
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.AccountHistory <= 0 {
		opts.AccountHistory = DefaultAccountHistory
	}
	if opts.Rand == nil {
		opts.Rand = rand.Reader
	}
	if opts.ReplicaTimeout <= 0 {
		opts.ReplicaTimeout = DefaultReplicaTimeout
	}
	s := &Store{rdb: rdb, k: keys{p: opts.Prefix}, now: opts.Now, history: opts.AccountHistory,
		limiter: redis_rate.NewLimiter(unprefixed{rdb}), rand: opts.Rand,
		minReplicas: opts.MinReplicas, replicaTimeout: opts.ReplicaTimeout}
	s.commit = newCommitter(s, opts.MaxGroup)
	s.proj = newProjQueue()
	return s
}

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("ping redis: %w", err)
	}
	return nil
}
