package ledger_test

import (
	"context"
	"testing"

	"github.com/tribe-rewards/tribe/internal/ledger"
)

// TestApplyNoEntriesRecordsKey: a request that earns nothing (an event no rule pays) still records its
// idempotency key when it names its campaign: a repeat replays, another body under the key conflicts.
func TestApplyNoEntriesRecordsKey(t *testing.T) {
	t.Parallel()
	s, _ := newStore(t)
	ctx := context.Background()
	token := addr('t', 1)
	c := newCampaign(t, s, "c-empty", token, "1000", "")
	req := ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k", RequestHash: hash("a"), Campaign: c}
	res, err := s.Apply(ctx, req)
	if err != nil || res.Replayed || len(res.Awards) != 0 {
		t.Fatalf("first: %+v %v", res, err)
	}
	res, err = s.Apply(ctx, req)
	if err != nil || !res.Replayed || len(res.Awards) != 0 {
		t.Fatalf("repeat: %+v %v", res, err)
	}
	other := req
	other.RequestHash = hash("b")
	other.Entries = []ledger.Entry{award(t, c, addr('a', 1), "5")}
	_, err = s.Apply(ctx, other)
	wantErr(t, err, ledger.ErrIdempotencyConflict)
	if got := cumulative(t, s, token, addr('a', 1)); got != "0" {
		t.Fatalf("a conflicting request credited %s", got)
	}
	// Without a campaign nothing can be recorded: such a request simply does nothing.
	res, err = s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k2", RequestHash: hash("a")})
	if err != nil || len(res.Awards) != 0 {
		t.Fatalf("no campaign: %+v %v", res, err)
	}
}
