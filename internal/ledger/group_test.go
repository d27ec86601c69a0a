package ledger_test

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// inOneGroup applies reqs as one group, in this order, and returns each one's outcome.
func inOneGroup(t *testing.T, s *ledger.Store, token rewards.Address, reqs []ledger.ApplyRequest) ([]*ledger.ApplyResult, []error) {
	t.Helper()
	groups0, _ := s.GroupStats()
	waiting, release := ledger.HoldGroups(s, token.Common())
	res := make([]*ledger.ApplyResult, len(reqs))
	errs := make([]error, len(reqs))
	var wg sync.WaitGroup
	for i, r := range reqs {
		wg.Go(func() { res[i], errs[i] = s.Apply(context.Background(), r) })
		waitQueued(t, waiting, i+1) // one at a time: the group keeps this order
	}
	release()
	wg.Wait()
	if groups, _ := s.GroupStats(); groups != groups0+1 {
		t.Fatalf("%d script calls for one group", groups-groups0)
	}
	return res, errs
}

// waitQueued waits until n calls wait in a held group (HoldGroups).
func waitQueued(t *testing.T, waiting func() int, n int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); waiting() < n; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d calls queued", waiting(), n)
		}
	}
}

// A refused request in a group refuses only itself; the others are applied as if each had run alone, in
// arrival order, each with its own result.
func TestGroupRefusesOnlyTheRefused(t *testing.T) {
	t.Parallel()
	s, _ := newStore(t)
	c := newCampaign(t, s, "grp", tokenA, "10", "5")
	fan1, fan2, fan3 := addr(9, 1), addr(9, 2), addr(9, 3)
	req := func(key, body string, e ...ledger.Entry) ledger.ApplyRequest {
		return ledger.ApplyRequest{Platform: "plt", IdempotencyKey: key, RequestHash: hash(body), Direct: true, Entries: e}
	}
	res, errs := inOneGroup(t, s, tokenA, []ledger.ApplyRequest{
		req("k1", "a", award(t, c, fan1, "4")),                         // ok: 6 left
		req("k2", "b", award(t, c, fan2, "5"), award(t, c, fan3, "2")), // budget: 7 > 6, neither applied
		req("k3", "c", award(t, c, fan1, "2")),                         // cap: fan1 has 1 left of 5 today
		req("k4", "d", award(t, c, fan2, "5")),                         // ok: 1 left
		req("k1", "other", award(t, c, fan3, "1")),                     // conflict: k1 with another body
		req("k1", "a", award(t, c, fan1, "4")),                         // replay of the first
		req("k5", "e", award(t, c, fan3, "1")),                         // ok: 0 left
		req("k6", "f", award(t, c, fan3, "1")),                         // budget
	})
	var budget *ledger.BudgetError
	var capErr *ledger.DailyCapError
	switch {
	case errs[0] != nil || len(res[0].Awards) != 1 || res[0].Replayed:
		t.Fatalf("first: %v %+v", errs[0], res[0])
	case !errors.As(errs[1], &budget) || budget.Remaining.Cmp(big.NewInt(6)) != 0 || budget.Needed.Cmp(big.NewInt(7)) != 0:
		t.Fatalf("second: %v", errs[1])
	case !errors.As(errs[2], &capErr) || capErr.Left.Cmp(big.NewInt(1)) != 0 || capErr.Account != fan1:
		t.Fatalf("third: %v", errs[2])
	case errs[3] != nil || len(res[3].Awards) != 1:
		t.Fatalf("fourth: %v", errs[3])
	case !errors.Is(errs[4], ledger.ErrIdempotencyConflict):
		t.Fatalf("fifth: %v", errs[4])
	case errs[5] != nil || !res[5].Replayed || res[5].Awards[0].ID != res[0].Awards[0].ID:
		t.Fatalf("sixth: %v %+v", errs[5], res[5])
	case errs[6] != nil || len(res[6].Awards) != 1:
		t.Fatalf("seventh: %v", errs[6])
	case !errors.As(errs[7], &budget) || budget.Remaining.Sign() != 0:
		t.Fatalf("eighth: %v", errs[7])
	}
	for fan, want := range map[rewards.Address]string{fan1: "4", fan2: "5", fan3: "1"} {
		if got := cumulative(t, s, tokenA, fan); got != want {
			t.Errorf("cumulative of %s = %s, want %s", fan, got, want)
		}
	}
	if st := stats(t, s, c); st.Remaining.Sign() != 0 || st.Awards != 3 {
		t.Errorf("stats %+v", st)
	}
	// A refused request's key was not recorded: another body under it is refused for the budget, not as
	// a conflict.
	if _, err := s.Apply(context.Background(), req("k2", "b2", award(t, c, fan3, "1"))); !errors.As(err, &budget) {
		t.Fatalf("k2 again: %v", err)
	}
}

// Many concurrent calls held and sent as groups of at most MaxGroup never overdraw a budget, and each
// caller gets its own award.
func TestGroupsKeepTheBudget(t *testing.T) {
	t.Parallel()
	s, _ := newStore(t, func(o *ledger.Options) { o.MaxGroup = 16 })
	c := newCampaign(t, s, "grp", tokenA, "1000", "")
	const n = 300
	waiting, release := ledger.HoldGroups(s, tokenA.Common())
	ids := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r, err := s.Apply(context.Background(), ledger.ApplyRequest{Direct: true,
				Entries: []ledger.Entry{award(t, c, addr(8, i%40), "7")}})
			if errs[i] = err; err == nil {
				ids[i] = r.Awards[0].ID
			}
		})
	}
	waitQueued(t, waiting, n)
	groups0, calls0 := s.GroupStats()
	release()
	wg.Wait()
	groups, calls := s.GroupStats()
	if calls-calls0 != n || groups-groups0 != (n+15)/16 {
		t.Fatalf("%d calls in %d groups, want %d in %d", calls-calls0, groups-groups0, n, (n+15)/16)
	}
	seen, ok := map[string]bool{}, 0
	for i, err := range errs {
		switch {
		case err == nil:
			if seen[ids[i]] {
				t.Fatalf("award id %s given twice", ids[i])
			}
			seen[ids[i]] = true
			ok++
		case !errors.Is(err, ledger.ErrBudgetExhausted):
			t.Fatal(err)
		}
	}
	if ok != 1000/7 {
		t.Fatalf("%d awards of 7 applied from a budget of 1000, want %d", ok, 1000/7)
	}
	if st := stats(t, s, c); st.Remaining.Cmp(big.NewInt(1000%7)) != 0 || st.Awards != int64(ok) {
		t.Fatalf("stats %+v", st)
	}
}

// Idempotency records and key bindings live in bucket hashes now; a record or binding written before in
// the old form (a hash of the request hash and the result at the key's own key; a string binding) still
// replays and still refuses another body or another token.
func TestOldIdempotencyRecordsStillHold(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _, prefix := newStorePrefix(t)
	rdb := ledgertest.Redis(t)
	c := newCampaign(t, s, "idem", tokenA, "1000", "")
	first := apply(t, s, ledger.ApplyRequest{Platform: "plt", IdempotencyKey: "new", RequestHash: hash("a"), Direct: true,
		Entries: []ledger.Entry{award(t, c, addr(5, 1), "3")}})
	slot := prefix + ":{" + hexLower(tokenA) + "}:"
	bucket := func(field string) string { sum := sha1.Sum([]byte(field)); return hex.EncodeToString(sum[:2])[:3] }
	v, err := rdb.HGet(ctx, slot+"idemb:"+bucket("plt:new"), "plt:new").Result()
	must(t, err)
	h := hash("a")
	if want := hex.EncodeToString(h[:16]); !strings.HasPrefix(v, want) || len(v) > 32+400 {
		t.Fatalf("record %q", v)
	}
	if b, err := rdb.HGet(ctx, prefix+":awardbind:"+bucket("plt:new"), "plt:new").Result(); err != nil || b != hexLower(tokenA) {
		t.Fatalf("binding %q %v", b, err)
	}
	// The same record in the old form, under another key, and its binding in the old form.
	must(t, rdb.HSet(ctx, slot+"idem:plt:old", "h", hex.EncodeToString(h[:]), "r", v[32:]).Err())
	must(t, rdb.Set(ctx, prefix+":awardidem:plt:old", hexLower(tokenA), 0).Err())
	again := apply(t, s, ledger.ApplyRequest{Platform: "plt", IdempotencyKey: "old", RequestHash: h, Direct: true,
		Entries: []ledger.Entry{award(t, c, addr(5, 1), "3")}})
	if !again.Replayed || again.Awards[0].ID != first.Awards[0].ID {
		t.Fatalf("old record: %+v", again)
	}
	_, err = s.Apply(ctx, ledger.ApplyRequest{Platform: "plt", IdempotencyKey: "old", RequestHash: hash("b"), Direct: true,
		Entries: []ledger.Entry{award(t, c, addr(5, 1), "4")}})
	wantErr(t, err, ledger.ErrIdempotencyConflict)
	// An old binding to another token refuses the key here.
	must(t, rdb.Set(ctx, prefix+":awardidem:plt:elsewhere", hexLower(tokenB), 0).Err())
	_, err = s.Apply(ctx, ledger.ApplyRequest{Platform: "plt", IdempotencyKey: "elsewhere", RequestHash: hash("c"), Direct: true,
		Entries: []ledger.Entry{award(t, c, addr(5, 1), "4")}})
	wantErr(t, err, ledger.ErrIdempotencyConflict)
	if st := stats(t, s, c); st.Awards != 1 {
		t.Fatalf("stats %+v", st)
	}
}

// A refund's idempotency key replays the refund and refuses another body, with records in either form.
func TestRefundIdempotencyKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := heldCampaign(t, s, "c", tokenA, "100", 60, "")
	buyer, fan := addr(1, 2), addr(1, 1)
	purchaseShare(t, s, c, "o1", buyer, fan, "100", "10")
	req := ledger.RefundRequest{Platform: "p1", IdempotencyKey: "r1", RequestHash: hash("r1"), RefEventID: "o1", Account: buyer}
	first, err := s.Refund(ctx, c, req)
	must(t, err)
	again, err := s.Refund(ctx, c, req)
	must(t, err)
	if !again.Replayed || fmt.Sprint(again.Reversals) != fmt.Sprint(first.Reversals) {
		t.Fatalf("replay %+v, first %+v", again, first)
	}
	other := req
	other.RequestHash = hash("r2")
	_, err = s.Refund(ctx, c, other)
	wantErr(t, err, ledger.ErrIdempotencyConflict)
	// An award's key is taken for refunds too.
	apply(t, s, ledger.ApplyRequest{Platform: "p1", IdempotencyKey: "a1", RequestHash: hash("a1"), Direct: true,
		Entries: []ledger.Entry{award(t, c, fan, "1")}})
	purchaseShare(t, s, c, "o2", buyer, fan, "100", "10")
	_, err = s.Refund(ctx, c, ledger.RefundRequest{Platform: "p1", IdempotencyKey: "a1", RequestHash: hash("x"), RefEventID: "o2", Account: buyer})
	wantErr(t, err, ledger.ErrIdempotencyConflict)
}
