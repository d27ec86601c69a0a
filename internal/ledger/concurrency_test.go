package ledger_test

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Concurrency: hundreds of goroutines against one Redis, with exact expected totals.

func TestConcurrentSameIdempotencyKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000000", "")
	a := addr(1, 1)
	req := ledger.ApplyRequest{Platform: "p", IdempotencyKey: "same", RequestHash: hash("body"),
		Entries: []ledger.Entry{award(t, c, a, "25"), award(t, c, addr(1, 2), "5")}}
	const n = 300
	results := make([]*ledger.ApplyResult, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			res, err := s.Apply(ctx, req)
			if err != nil {
				t.Error(err)
				return
			}
			results[i] = res
		})
	}
	wg.Wait()
	fresh := 0
	for _, r := range results {
		if r == nil {
			t.FailNow()
		}
		if !r.Replayed {
			fresh++
		}
		if !reflect.DeepEqual(r.Awards, results[0].Awards) {
			t.Fatalf("results differ:\n%+v\n%+v", r.Awards, results[0].Awards)
		}
	}
	if fresh != 1 {
		t.Errorf("%d requests applied, want 1", fresh)
	}
	if v := cumulative(t, s, tokenA, a); v != "25" {
		t.Errorf("cumulative %s, want 25", v)
	}
	if st := stats(t, s, c); st.Awards != 2 || st.Remaining.String() != "999970" {
		t.Errorf("stats %+v", st)
	}
}

func TestConcurrentBudget(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	// a = 10^70 + 3 and B = 321a + 5: exactly 321 of 500 awards fit and 5 is left.
	a := new(big.Int).Add(new(big.Int).Exp(big.NewInt(10), big.NewInt(70), nil), big.NewInt(3))
	budget := new(big.Int).Add(new(big.Int).Mul(a, big.NewInt(321)), big.NewInt(5))
	c := newCampaign(t, s, "c", tokenA, budget.String(), "")
	const n = 500
	var ok, exhausted atomic.Int64
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			_, err := s.Apply(ctx, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, addr(4, i%50), a.String())}})
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ledger.ErrBudgetExhausted):
				exhausted.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	want := new(big.Int).Div(budget, a).Int64()
	if ok.Load() != want || exhausted.Load() != n-want {
		t.Errorf("%d applied, %d exhausted; want %d and %d", ok.Load(), exhausted.Load(), want, n-want)
	}
	st := stats(t, s, c)
	if st.Remaining.Cmp(new(big.Int).Mod(budget, a)) != 0 || st.Awards != want {
		t.Errorf("stats %+v", st)
	}
	total := new(big.Int)
	for i := range 50 {
		v, err := s.Cumulative(ctx, tokenA.Common(), addr(4, i).Common())
		must(t, err)
		total.Add(total, v)
	}
	if total.Cmp(new(big.Int).Mul(a, big.NewInt(want))) != 0 || new(big.Int).Add(total, st.Remaining).Cmp(budget) != 0 {
		t.Errorf("cumulative totals %s + remaining %s != budget %s", total, st.Remaining, budget)
	}
}

func TestConcurrentDailyCap(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000000", "1000")
	fan := addr(1, 1)
	const n = 200
	var capped atomic.Int64
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			res, err := s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "7")}})
			if err != nil {
				t.Error(err)
				return
			}
			for _, a := range res.Awards {
				if a.Capped {
					capped.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if v := cumulative(t, s, tokenA, fan); v != "1000" {
		t.Errorf("cumulative %s, want the cap 1000", v)
	}
	// 142 awards of 7, one cut to 6, the rest dropped.
	if st := stats(t, s, c); st.Awards != 143 || capped.Load() != 1 {
		t.Errorf("%d awards, %d capped", st.Awards, capped.Load())
	}
	var refused atomic.Int64
	for range 50 {
		wg.Go(func() {
			_, err := s.Apply(ctx, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, fan, "1")}})
			if errors.Is(err, ledger.ErrDailyCap) {
				refused.Add(1)
			} else {
				t.Errorf("direct over the cap: %v", err)
			}
		})
	}
	wg.Wait()
	if refused.Load() != 50 || cumulative(t, s, tokenA, fan) != "1000" {
		t.Errorf("%d direct awards refused", refused.Load())
	}
}

func TestConcurrentReferrals(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1", "")
	referee := addr(1, 0)
	const n = 200
	var wins atomic.Int64
	winners := make([]rewards.Address, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r, err := s.RecordReferral(ctx, c, addr(5, i+1), referee)
			switch {
			case err == nil:
				wins.Add(1)
				winners[i] = r.Referrer
			case errors.Is(err, ledger.ErrAlreadyReferred):
				winners[i] = r.Referrer
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d referrals recorded, want 1", wins.Load())
	}
	stored, err := s.GetReferral(ctx, c, referee)
	must(t, err)
	for i, w := range winners {
		if w != stored.Referrer {
			t.Fatalf("caller %d was told the referrer is %s, stored %s", i, w, stored.Referrer)
		}
	}
	board, err := s.Leaderboard(ctx, c, ledger.ByReferrals, 10)
	must(t, err)
	if len(board) != 1 || board[0].Account != stored.Referrer || board[0].Value != "1" {
		t.Errorf("board %+v", board)
	}
}

func TestConcurrentReferralQualification(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000000", "")
	referrer, referee := addr(1, 1), addr(1, 2)
	_, err := s.RecordReferral(ctx, c, referrer, referee)
	must(t, err)
	const n = 200
	var paid atomic.Int64
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			res, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: big.NewInt(int64(i)).String(), RequestHash: hash("e"),
				QualifyReferee: &referee, QualifyCampaign: "c", Entries: []ledger.Entry{
					{Campaign: c, Award: rewards.Award{Account: referee, Amount: amt(t, "1"), Reason: "contribution:post"}},
					{Campaign: c, Award: rewards.Award{Account: referee, Amount: amt(t, "100"), Reason: rewards.ReasonReferee, Counterparty: &referrer, Referral: true}},
					{Campaign: c, Award: rewards.Award{Account: referrer, Amount: amt(t, "300"), Reason: rewards.ReasonReferrer, Counterparty: &referee, Referral: true}},
				}})
			if err != nil {
				t.Error(err)
				return
			}
			if len(res.Awards) == 3 {
				paid.Add(1)
			} else if len(res.Awards) != 1 {
				t.Errorf("awards %+v", res.Awards)
			}
		})
	}
	wg.Wait()
	if paid.Load() != 1 {
		t.Errorf("referral paid %d times", paid.Load())
	}
	if v := cumulative(t, s, tokenA, referrer); v != "300" {
		t.Errorf("referrer %s, want 300", v)
	}
	if v := cumulative(t, s, tokenA, referee); v != "300" { // 100 once + 1 per event
		t.Errorf("referee %s, want 300", v)
	}
}
