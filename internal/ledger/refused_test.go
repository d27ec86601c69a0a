package ledger_test

import (
	"context"
	"errors"
	"testing"

	"github.com/tribe-rewards/tribe/internal/ledger"
)

// TestApplyRefusedReleasesKey: a refused request changes nothing, so its Idempotency-Key may be reused by a
// corrected request, for another token too; a key that was applied stays bound to its token.
func TestApplyRefusedReleasesKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	small := newCampaign(t, s, "small", tokenA, "10", "")
	other := newCampaign(t, s, "other", tokenB, "1000", "")
	a := addr(1, 1)

	req := ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k1", RequestHash: [32]byte{1},
		Entries: []ledger.Entry{award(t, small, a, "11")}}
	if _, err := s.Apply(ctx, req); !errors.Is(err, ledger.ErrBudgetExhausted) {
		t.Fatalf("over budget: %v", err)
	}
	// Corrected: same key, another campaign of another token.
	res := apply(t, s, ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k1", RequestHash: [32]byte{2},
		Entries: []ledger.Entry{award(t, other, a, "11")}})
	if res.Replayed || len(res.Awards) != 1 || cumulative(t, s, tokenB, a) != "11" || cumulative(t, s, tokenA, a) != "0" {
		t.Fatalf("corrected request: %+v, cumulative B %s", res, cumulative(t, s, tokenB, a))
	}
	// Applied now: the key belongs to token B; using it for token A is a conflict.
	_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k1", RequestHash: [32]byte{3},
		Entries: []ledger.Entry{award(t, small, a, "1")}})
	if !errors.Is(err, ledger.ErrIdempotencyConflict) {
		t.Fatalf("reuse of an applied key for another token: %v", err)
	}
}
