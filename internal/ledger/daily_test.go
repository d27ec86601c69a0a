package ledger_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// TestApplyDailyTotals checks the per-campaign daily totals the projection keeps (the creator page's
// "awards per day" and "budget used over time"): counts and amounts per UTC day, refused requests and
// replays counting nothing, a capped event award counting what was credited.
func TestApplyDailyTotals(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk, prefix := newStorePrefix(t)
	c1 := newCampaign(t, s, "d1", tokenA, "100000000000000000000000000000", "")
	c2 := newCampaign(t, s, "d2", tokenA, "1000", "60")
	a, b := addr(1, 1), addr(1, 2)
	daily := func(id string) map[string]string {
		t.Helper()
		key := prefix + ":{" + strings.ToLower(tokenA.Common().Hex()) + "}:daily:" + id
		v, err := ledgertest.Redis(t).HGetAll(ctx, key).Result()
		must(t, err)
		return v
	}

	day1 := clk.Now().UTC().Format("20060102")
	apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{
		award(t, c1, a, "99999999999999999999"), award(t, c1, b, "1"), award(t, c2, a, "50")}})
	apply(t, s, ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k", RequestHash: [32]byte{1},
		Entries: []ledger.Entry{award(t, c1, a, "5")}})
	// A replay and a refusal count nothing.
	apply(t, s, ledger.ApplyRequest{Platform: "p", IdempotencyKey: "k", RequestHash: [32]byte{1},
		Entries: []ledger.Entry{award(t, c1, a, "5")}})
	if _, err := s.Apply(ctx, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c2, b, "61")}}); err == nil {
		t.Fatal("an award over the daily cap was applied")
	}
	// An event award is cut to the cap: what was credited counts.
	ev := award(t, c2, a, "30")
	ev.Award.Reason = rewards.ReasonContribution + ":post"
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{ev}})

	clk.Add(24 * time.Hour)
	day2 := clk.Now().UTC().Format("20060102")
	apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c1, b, "7")}})

	must(t, s.Project(ctx, tokenA.Common()))
	if got, want := daily("d1"), map[string]string{day1 + ":n": "3", day1 + ":amt": "100000000000000000005",
		day2 + ":n": "1", day2 + ":amt": "7"}; !reflect.DeepEqual(got, want) {
		t.Errorf("d1 daily totals %v, want %v", got, want)
	}
	if got, want := daily("d2"), map[string]string{day1 + ":n": "2", day1 + ":amt": "60"}; !reflect.DeepEqual(got, want) {
		t.Errorf("d2 daily totals %v, want %v", got, want)
	}
}
