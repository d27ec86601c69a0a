package ledger

import (
	"context"
	"encoding/hex"
	"fmt"
	"strconv"
)

// StoredResponse is the response to a write, kept for repeats of its idempotency key.
type StoredResponse struct {
	Status int
	Body   []byte
}

// IdemBegin claims (scope, key) for a write other than awards (communities, campaigns, referrals,
// platforms) whose request has hash. It returns nil, nil when the caller now owns the key — it must then
// call IdemFinish or IdemAbort; the claim lapses after IdemPendingTTL otherwise. It returns the stored
// response if the write was done; ErrInProgress while another caller owns the key; ErrIdempotencyConflict
// if the key was used with another hash. Safe for concurrent use: exactly one of racing callers owns it.
func (s *Store) IdemBegin(ctx context.Context, scope, key string, hash [32]byte) (*StoredResponse, error) {
	res, err := idemBeginScript.Run(ctx, s.rdb, []string{s.k.idem(scope, key)}, hex.EncodeToString(hash[:]),
		IdemPendingTTL.Milliseconds()).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("idempotency begin: %w", err)
	}
	switch res[0] {
	case "own":
		return nil, nil
	case "pending":
		return nil, fmt.Errorf("idempotency begin: %w", ErrInProgress)
	case "conflict":
		return nil, fmt.Errorf("idempotency begin: %w", ErrIdempotencyConflict)
	case "done":
		status, err := strconv.Atoi(res[1])
		if err != nil {
			return nil, fmt.Errorf("idempotency begin: stored status %q", res[1])
		}
		return &StoredResponse{Status: status, Body: []byte(res[2])}, nil
	}
	return nil, fmt.Errorf("idempotency begin: unexpected script result %q", res[0])
}

// IdemFinish stores the response for (scope, key), forever. If a response is already stored, the first one
// is kept. ErrIdempotencyConflict if the key now belongs to a request with another hash (the claim had
// lapsed). Safe for concurrent use.
func (s *Store) IdemFinish(ctx context.Context, scope, key string, hash [32]byte, status int, body []byte) error {
	res, err := idemFinishScript.Run(ctx, s.rdb, []string{s.k.idem(scope, key)}, hex.EncodeToString(hash[:]),
		status, body).Text()
	if err != nil {
		return fmt.Errorf("idempotency finish: %w", err)
	}
	if res == "conflict" {
		return fmt.Errorf("idempotency finish: %w", ErrIdempotencyConflict)
	}
	return nil
}

// IdemAbort releases a claim on (scope, key) without storing a response (e.g. after a 5xx), so a retry can
// run again. A stored response is never removed. Safe for concurrent use.
func (s *Store) IdemAbort(ctx context.Context, scope, key string) error {
	if err := idemAbortScript.Run(ctx, s.rdb, []string{s.k.idem(scope, key)}).Err(); err != nil {
		return fmt.Errorf("idempotency abort: %w", err)
	}
	return nil
}
