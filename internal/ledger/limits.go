package ledger

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"
)

// AllowRate takes up to n events' allowance from the rate limit (scope, subject) — e.g. ("communities",
// a wallet) — under limit: GCRA in Redis (go-redis/redis_rate), shared by every replica, kept under the
// Store's prefix (keys_limits.go). Res.Allowed is how many were allowed (0: over the limit; RetryAfter says
// when one will be). Safe for concurrent use.
func (s *Store) AllowRate(ctx context.Context, scope, subject string, limit redis_rate.Limit, n int) (*redis_rate.Result, error) {
	if scope == "" || subject == "" || n < 1 || limit.Rate < 1 || limit.Burst < 1 || limit.Period <= 0 {
		return nil, fmt.Errorf("rate limit: %w: empty scope or subject, n < 1 or no limit", ErrInvalid)
	}
	res, err := s.limiter.AllowAtMost(ctx, s.k.rateLimit(scope, subject), limit, n)
	if err != nil {
		return nil, fmt.Errorf("rate limit %s: %w", scope, err)
	}
	return res, nil
}

// rateKeyPrefix is what redis_rate puts before every key it is given.
const rateKeyPrefix = "rate:"

// unprefixed gives redis_rate the client with its own key prefix taken off again, so that the limiter's keys
// are exactly the Store's (keys_limits.go), under the one configured prefix.
type unprefixed struct{ redis.UniversalClient }

func trimRate(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = strings.TrimPrefix(k, rateKeyPrefix)
	}
	return out
}

func (u unprefixed) Eval(ctx context.Context, script string, keys []string, args ...any) *redis.Cmd {
	return u.UniversalClient.Eval(ctx, script, trimRate(keys), args...)
}

func (u unprefixed) EvalSha(ctx context.Context, sha1 string, keys []string, args ...any) *redis.Cmd {
	return u.UniversalClient.EvalSha(ctx, sha1, trimRate(keys), args...)
}

func (u unprefixed) EvalRO(ctx context.Context, script string, keys []string, args ...any) *redis.Cmd {
	return u.UniversalClient.EvalRO(ctx, script, trimRate(keys), args...)
}

func (u unprefixed) EvalShaRO(ctx context.Context, sha1 string, keys []string, args ...any) *redis.Cmd {
	return u.UniversalClient.EvalShaRO(ctx, sha1, trimRate(keys), args...)
}

func (u unprefixed) Del(ctx context.Context, keys ...string) *redis.IntCmd {
	return u.UniversalClient.Del(ctx, trimRate(keys)...)
}

// ErrRateLimited: a rate limit refuses the request. It comes wrapped in a *RateLimitError.
var ErrRateLimited = errors.New("rate limit exceeded")

// RateLimitError says which limit refused a request and when to retry. It unwraps to ErrRateLimited.
type RateLimitError struct {
	// What is limited, in words: "communities per wallet".
	What  string
	Limit redis_rate.Limit
	// RetryAfter is when the limit allows one more.
	RetryAfter time.Duration
}

// Error says the limit and when to retry.
func (e *RateLimitError) Error() string {
	per := "hour"
	switch e.Limit.Period {
	case time.Second:
		per = "second"
	case time.Minute:
		per = "minute"
	case time.Hour:
	default:
		per = e.Limit.Period.String()
	}
	return fmt.Sprintf("%v: at most %d %s per %s; retry in %s", ErrRateLimited, e.Limit.Rate, e.What, per,
		e.RetryAfter.Round(time.Second))
}

// Unwrap returns ErrRateLimited.
func (e *RateLimitError) Unwrap() error { return ErrRateLimited }

// Take takes one event's allowance from the rate limit (scope, subject) under limit, or returns a
// *RateLimitError (what names the limit in it) when none is left: nothing is taken then. Safe for
// concurrent use.
func (s *Store) Take(ctx context.Context, scope, subject, what string, limit redis_rate.Limit) error {
	res, err := s.AllowRate(ctx, scope, subject, limit, 1)
	if err != nil {
		return err
	}
	if res.Allowed == 0 {
		return &RateLimitError{What: what, Limit: limit, RetryAfter: res.RetryAfter}
	}
	return nil
}
