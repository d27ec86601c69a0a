package ledger_test

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

func apply(t testing.TB, s *ledger.Store, req ledger.ApplyRequest) *ledger.ApplyResult {
	t.Helper()
	res, err := s.Apply(context.Background(), req)
	if err != nil {
		t.Fatalf("apply: %v", err)
	}
	return res
}

func amounts(awards []ledger.AppliedAward) []string {
	out := []string{}
	for _, a := range awards {
		out = append(out, a.Amount.String())
	}
	return out
}

func TestApplySingle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "camp", tokenA, "1000", "")
	fan, friend := addr(1, 1), addr(1, 2)
	res := apply(t, s, ledger.ApplyRequest{Platform: "p1", Entries: []ledger.Entry{{Campaign: c, Award: rewards.Award{
		Account: fan, Amount: amt(t, "42"), Reason: rewards.ReasonReferee, Counterparty: &friend}}}})
	if res.Replayed || len(res.Awards) != 1 {
		t.Fatalf("result %+v", res)
	}
	got := res.Awards[0]
	if !strings.HasPrefix(got.ID, "camp-") || len(got.ID) < len("camp-1-0") {
		t.Errorf("id %q", got.ID)
	}
	got.ID = ""
	want := ledger.AppliedAward{CampaignID: "camp", Token: tokenA, Account: fan, Amount: amt(t, "42"),
		Reason: rewards.ReasonReferee, Counterparty: &friend, At: start, Status: ledger.StatusClaimable}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("award %+v\nwant  %+v", got, want)
	}
	if v := cumulative(t, s, tokenA, fan); v != "42" {
		t.Errorf("cumulative %s", v)
	}
	if v := cumulative(t, s, tokenA, friend); v != "0" {
		t.Errorf("friend's cumulative %s", v)
	}
	earned, err := s.Earned(ctx, fan)
	must(t, err)
	if len(earned) != 1 || earned[tokenA.Common()].String() != "42" {
		t.Errorf("earned %v", earned)
	}
	hist, err := s.AccountHistory(ctx, fan, 10)
	must(t, err)
	if len(hist) != 1 || hist[0].ID != res.Awards[0].ID || !reflect.DeepEqual(hist[0], res.Awards[0]) {
		t.Errorf("history %+v", hist)
	}
	if st := stats(t, s, c); st.Remaining.String() != "958" || st.Awarded.String() != "42" || st.Awards != 1 || st.Holders != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestApplyBatch(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c1 := newCampaign(t, s, "c1", tokenA, "1000", "")
	c2 := newCampaign(t, s, "c2", tokenA, "500", "")
	a, b := addr(1, 1), addr(1, 2)
	res := apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{
		award(t, c1, a, "100"), award(t, c2, a, "50"), award(t, c1, b, "7"), award(t, c1, a, "1"), award(t, c2, b, "450")}})
	if got := amounts(res.Awards); !reflect.DeepEqual(got, []string{"100", "50", "7", "1", "450"}) {
		t.Errorf("amounts %v", got)
	}
	ids := map[string]bool{}
	for _, aw := range res.Awards {
		if ids[aw.ID] {
			t.Errorf("duplicate id %s", aw.ID)
		}
		ids[aw.ID] = true
	}
	if v := cumulative(t, s, tokenA, a); v != "151" {
		t.Errorf("a: %s", v)
	}
	if v := cumulative(t, s, tokenA, b); v != "457" {
		t.Errorf("b: %s", v)
	}
	if st := stats(t, s, c1); st.Remaining.String() != "892" || st.Awards != 3 || st.Holders != 2 {
		t.Errorf("c1 %+v", st)
	}
	if st := stats(t, s, c2); st.Remaining.String() != "0" || st.Awards != 2 || st.Holders != 2 {
		t.Errorf("c2 %+v", st)
	}
	board, err := s.Leaderboard(ctx, c1, ledger.ByEarned, 10)
	must(t, err)
	if want := []ledger.LeaderEntry{{Account: a, Value: "101"}, {Account: b, Value: "7"}}; !reflect.DeepEqual(board, want) {
		t.Errorf("board %+v", board)
	}
	// c2 is empty now: one more unit fails the whole request, c1's part too.
	_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c1, a, "1"), award(t, c2, a, "1")}})
	var be *ledger.BudgetError
	if !errors.As(err, &be) || be.CampaignID != "c2" || be.Remaining.Sign() != 0 || be.Needed.String() != "1" {
		t.Fatalf("error %v", err)
	}
	if v := cumulative(t, s, tokenA, a); v != "151" {
		t.Errorf("a after refusal: %s", v)
	}
}

func TestApplyRefused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "100", "")
	cb := newCampaign(t, s, "cb", tokenB, "100", "")
	a := addr(1, 1)
	many := make([]ledger.Entry, ledger.MaxBatch+1)
	for i := range many {
		many[i] = award(t, c, a, "1")
	}
	tests := []struct {
		name string
		req  ledger.ApplyRequest
		err  error
	}{
		{"mixed tokens", ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, a, "1"), award(t, cb, a, "1")}}, ledger.ErrMixedTokens},
		{"too many", ledger.ApplyRequest{Entries: many}, ledger.ErrInvalid},
		{"zero amount", ledger.ApplyRequest{Entries: []ledger.Entry{{Campaign: c, Award: rewards.Award{Account: a}}}}, ledger.ErrInvalid},
		{"no campaign", ledger.ApplyRequest{Entries: []ledger.Entry{{Award: rewards.Award{Account: a, Amount: rewards.AmountOf(1)}}}}, ledger.ErrInvalid},
		{"qualify another campaign", ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, a, "1")}, QualifyReferee: &a, QualifyCampaign: "x"}, ledger.ErrInvalid},
		{"over budget", ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, a, "60"), award(t, c, addr(1, 2), "41")}}, ledger.ErrBudgetExhausted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res, err := s.Apply(ctx, tc.req)
			if res != nil {
				t.Errorf("result %+v", res)
			}
			wantErr(t, err, tc.err)
		})
	}
	t.Run("budget error details", func(t *testing.T) {
		t.Parallel()
		_, err := s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, cb, a, "60"), award(t, cb, a, "41")}})
		var be *ledger.BudgetError
		if !errors.As(err, &be) || be.CampaignID != "cb" || be.Remaining.String() != "100" || be.Needed.String() != "101" {
			t.Errorf("error %v", err)
		}
	})
	t.Run("empty", func(t *testing.T) {
		t.Parallel()
		res, err := s.Apply(ctx, ledger.ApplyRequest{})
		must(t, err)
		if res.Awards == nil || len(res.Awards) != 0 {
			t.Errorf("result %+v", res)
		}
	})
	t.Cleanup(func() {
		// Nothing of the refused requests was applied.
		for _, cm := range []*rewards.Campaign{c, cb} {
			if st := stats(t, s, cm); st.Remaining.String() != "100" || st.Awards != 0 || st.Holders != 0 {
				t.Errorf("%s: %+v", cm.ID, st)
			}
		}
		if v := cumulative(t, s, tokenA, a); v != "0" {
			t.Errorf("cumulative %s", v)
		}
		hist, err := s.AccountHistory(ctx, a, 0)
		must(t, err)
		if len(hist) != 0 {
			t.Errorf("history %+v", hist)
		}
	})
}

func TestApplyDailyCap(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk, prefix := newStorePrefix(t)
	c := newCampaign(t, s, "c", tokenA, "1000000", "100")
	a, b := addr(1, 1), addr(1, 2)

	// Event awards are cut to what is left, and dropped at 0.
	res := apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, a, "60"), award(t, c, a, "60"), award(t, c, a, "5"), award(t, c, b, "100")}})
	if got := amounts(res.Awards); !reflect.DeepEqual(got, []string{"60", "40", "100"}) {
		t.Fatalf("amounts %v", got)
	}
	if res.Awards[0].Capped || !res.Awards[1].Capped || res.Awards[2].Capped {
		t.Errorf("capped flags %+v", res.Awards)
	}
	res = apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, a, "1")}})
	if len(res.Awards) != 0 {
		t.Errorf("awards over the cap: %+v", res.Awards)
	}

	// Direct awards over the cap are refused with the details, nothing applied.
	_, err := s.Apply(ctx, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, addr(1, 3), "70"), award(t, c, a, "1")}})
	var ce *ledger.DailyCapError
	if !errors.As(err, &ce) || ce.CampaignID != "c" || ce.Account != a || ce.Left.Sign() != 0 || ce.Requested.String() != "1" {
		t.Fatalf("error %v", err)
	}
	wantErr(t, err, ledger.ErrDailyCap)
	_, err = s.Apply(ctx, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, addr(1, 3), "60"), award(t, c, addr(1, 3), "41")}})
	if !errors.As(err, &ce) || ce.Account != addr(1, 3) || ce.Left.String() != "40" || ce.Requested.String() != "41" {
		t.Fatalf("error %v", err)
	}
	if v := cumulative(t, s, tokenA, addr(1, 3)); v != "0" {
		t.Errorf("refused direct awards applied: %s", v)
	}
	res = apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, addr(1, 3), "100")}})
	if got := amounts(res.Awards); !reflect.DeepEqual(got, []string{"100"}) {
		t.Errorf("direct within the cap: %v", got)
	}

	// The counter expires within 48 h.
	day := start.UTC().Format("20060102")
	ttl, err := redisTTL(t, prefix+":{"+hexLower(tokenA)+"}:cap:c:"+hexLower(a)+":"+day)
	must(t, err)
	if ttl <= 47*time.Hour || ttl > ledger.DailyCapTTL {
		t.Errorf("cap TTL %v", ttl)
	}

	// A new UTC day, a new cap.
	clk.Add(12 * time.Hour)
	res = apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, a, "150")}})
	if got := amounts(res.Awards); !reflect.DeepEqual(got, []string{"100"}) || !res.Awards[0].Capped {
		t.Errorf("next day: %+v", res.Awards)
	}
	if v := cumulative(t, s, tokenA, a); v != "200" {
		t.Errorf("cumulative %s", v)
	}
}

func TestApplyReferralQualification(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000", "")
	referrer, referee, stranger := addr(1, 1), addr(1, 2), addr(1, 3)
	_, err := s.RecordReferral(ctx, c, referrer, referee)
	must(t, err)
	event := func(account rewards.Address) []ledger.Entry {
		return []ledger.Entry{
			{Campaign: c, Award: rewards.Award{Account: account, Amount: amt(t, "5"), Reason: "contribution:post"}},
			{Campaign: c, Award: rewards.Award{Account: account, Amount: amt(t, "10"), Reason: rewards.ReasonReferee, Counterparty: &referrer, Referral: true}},
			{Campaign: c, Award: rewards.Award{Account: referrer, Amount: amt(t, "20"), Reason: rewards.ReasonReferrer, Counterparty: &account, Referral: true}},
		}
	}
	res := apply(t, s, ledger.ApplyRequest{Entries: event(referee), QualifyReferee: &referee, QualifyCampaign: "c"})
	if got := amounts(res.Awards); !reflect.DeepEqual(got, []string{"5", "10", "20"}) {
		t.Fatalf("first event %v", got)
	}
	r, err := s.GetReferral(ctx, c, referee)
	must(t, err)
	if !r.Qualified || r.Referrer != referrer {
		t.Errorf("referral %+v", r)
	}
	res = apply(t, s, ledger.ApplyRequest{Entries: event(referee), QualifyReferee: &referee, QualifyCampaign: "c"})
	if got := amounts(res.Awards); !reflect.DeepEqual(got, []string{"5"}) {
		t.Errorf("second event %v", got)
	}
	// No referral at all: the referral awards are dropped.
	res = apply(t, s, ledger.ApplyRequest{Entries: event(stranger), QualifyReferee: &stranger, QualifyCampaign: "c"})
	if got := amounts(res.Awards); !reflect.DeepEqual(got, []string{"5"}) {
		t.Errorf("stranger %v", got)
	}
	// A refused request does not qualify the referral.
	other := addr(1, 4)
	_, err = s.RecordReferral(ctx, c, referrer, other)
	must(t, err)
	heavy := event(other)
	heavy[0].Award.Amount = amt(t, "1000")
	_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: heavy, QualifyReferee: &other, QualifyCampaign: "c"})
	wantErr(t, err, ledger.ErrBudgetExhausted)
	if r, _ := s.GetReferral(ctx, c, other); r.Qualified {
		t.Error("refused request qualified the referral")
	}
	if v := cumulative(t, s, tokenA, referrer); v != "20" {
		t.Errorf("referrer %s", v)
	}
	if v := cumulative(t, s, tokenA, referee); v != "20" {
		t.Errorf("referee %s", v)
	}
}

func TestApplyIdempotent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000", "")
	cb := newCampaign(t, s, "cb", tokenB, "1000", "")
	a := addr(1, 1)
	req := ledger.ApplyRequest{Platform: "p1", IdempotencyKey: "k1", RequestHash: hash("r1"),
		Entries: []ledger.Entry{award(t, c, a, "10"), award(t, c, addr(1, 2), "20")}}
	first := apply(t, s, req)
	if first.Replayed {
		t.Fatal("first replayed")
	}
	clk.Add(time.Hour)
	again := apply(t, s, req)
	if !again.Replayed || !reflect.DeepEqual(again.Awards, first.Awards) {
		t.Errorf("repeat %+v\nfirst %+v", again, first)
	}
	if v := cumulative(t, s, tokenA, a); v != "10" {
		t.Errorf("cumulative %s", v)
	}
	if st := stats(t, s, c); st.Awards != 2 || st.Remaining.String() != "970" {
		t.Errorf("stats %+v", st)
	}

	changed := req
	changed.RequestHash = hash("r2")
	_, err := s.Apply(ctx, changed)
	wantErr(t, err, ledger.ErrIdempotencyConflict)
	// The same key for another token's awards is a conflict too.
	_, err = s.Apply(ctx, ledger.ApplyRequest{Platform: "p1", IdempotencyKey: "k1", RequestHash: hash("r1"), Entries: []ledger.Entry{award(t, cb, a, "1")}})
	wantErr(t, err, ledger.ErrIdempotencyConflict)
	// Another platform's key space is apart.
	res := apply(t, s, ledger.ApplyRequest{Platform: "p2", IdempotencyKey: "k1", RequestHash: hash("r9"), Entries: []ledger.Entry{award(t, c, a, "1")}})
	if res.Replayed {
		t.Error("other platform replayed")
	}
	// A refused request records nothing: a retry after the cause is gone applies.
	over := ledger.ApplyRequest{Platform: "p1", IdempotencyKey: "k2", RequestHash: hash("r3"), Entries: []ledger.Entry{award(t, c, a, "970")}}
	_, err = s.Apply(ctx, over)
	wantErr(t, err, ledger.ErrBudgetExhausted)
	over.Entries[0] = award(t, c, a, "969")
	over.RequestHash = hash("r3")
	res = apply(t, s, over)
	if res.Replayed || len(res.Awards) != 1 {
		t.Errorf("retry %+v", res)
	}
	// A result with every award dropped is remembered too.
	capped := newCampaign(t, s, "capped", tokenA, "1000", "1")
	req3 := ledger.ApplyRequest{Platform: "p1", IdempotencyKey: "k3", RequestHash: hash("r4"), Entries: []ledger.Entry{award(t, capped, a, "1")}}
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, capped, a, "1")}})
	res = apply(t, s, req3)
	if res.Replayed || len(res.Awards) != 0 {
		t.Errorf("dropped %+v", res)
	}
	res = apply(t, s, req3)
	if !res.Replayed || res.Awards == nil || len(res.Awards) != 0 {
		t.Errorf("dropped, replayed %+v", res)
	}
}

func TestApplyUint256(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	maxS := maxU.String()
	maxMinus := func(n int64) string { return new(big.Int).Sub(maxU, big.NewInt(n)).String() }
	c1 := newCampaign(t, s, "c1", tokenA, maxS, "")
	c2 := newCampaign(t, s, "c2", tokenA, maxS, "")
	a, b := addr(1, 1), addr(1, 2)

	res := apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c1, a, maxMinus(5))}})
	if res.Awards[0].Amount.String() != maxMinus(5) {
		t.Errorf("amount %s", res.Awards[0].Amount)
	}
	// Past 2^256-1: refused, nothing applied, whatever else is in the request.
	_, err := s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c2, b, "1"), award(t, c2, a, "6")}})
	wantErr(t, err, ledger.ErrOverflow)
	_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c2, a, "3"), award(t, c2, a, "3")}})
	wantErr(t, err, ledger.ErrOverflow)
	if v := cumulative(t, s, tokenA, b); v != "0" {
		t.Errorf("b %s", v)
	}
	if st := stats(t, s, c2); st.Remaining.String() != maxS || st.Awards != 0 {
		t.Errorf("c2 %+v", st)
	}
	// Up to 2^256-1 exactly.
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c2, a, "2"), award(t, c2, a, "3")}})
	if v := cumulative(t, s, tokenA, a); v != maxS {
		t.Errorf("a %s, want %s", v, maxS)
	}
	// Budgets near 2^256-1, exhausted exactly.
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c1, b, "5")}})
	if st := stats(t, s, c1); st.Remaining.Sign() != 0 || st.Awarded.String() != maxS {
		t.Errorf("c1 %+v", st)
	}
	_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c1, addr(1, 3), "1")}})
	wantErr(t, err, ledger.ErrBudgetExhausted)
	// Two awards of 2^256-1 for one campaign: the sum passes 2^256 and is still compared exactly.
	c3 := newCampaign(t, s, "c3", tokenA, maxS, "")
	_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c3, addr(1, 4), maxS), award(t, c3, addr(1, 5), maxS)}})
	var be *ledger.BudgetError
	if !errors.As(err, &be) || be.Needed.Cmp(new(big.Int).Lsh(maxU, 1)) != 0 {
		t.Errorf("error %v", err)
	}

	earned, err := s.Earned(ctx, a)
	must(t, err)
	if earned[tokenA.Common()].Cmp(maxU) != 0 {
		t.Errorf("earned %v", earned)
	}
	board, err := s.Leaderboard(ctx, c2, ledger.ByEarned, 10)
	must(t, err)
	if want := []ledger.LeaderEntry{{Account: a, Value: "5"}}; !reflect.DeepEqual(board, want) {
		t.Errorf("board %+v", board)
	}
	board, err = s.Leaderboard(ctx, c1, ledger.ByEarned, 10)
	must(t, err)
	if want := []ledger.LeaderEntry{{Account: a, Value: maxMinus(5)}, {Account: b, Value: "5"}}; !reflect.DeepEqual(board, want) {
		t.Errorf("board %+v", board)
	}
}

func TestLeaderboardEarnedExact(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, maxU.String(), "")
	e70 := new(big.Int).Exp(big.NewInt(10), big.NewInt(70), nil)
	plus := func(n int64) string { return new(big.Int).Add(e70, big.NewInt(n)).String() }
	// As doubles these are all equal; the board still orders them exactly.
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, addr(1, 9), plus(1)), award(t, c, addr(1, 1), plus(0)),
		award(t, c, addr(1, 5), plus(2)), award(t, c, addr(1, 7), "3")}})
	// An account that moves up is re-ranked (its old entry removed).
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, addr(1, 7), plus(0))}})
	tests := []struct {
		by    string
		limit int
		want  []ledger.LeaderEntry
		err   error
	}{
		{ledger.ByEarned, 10, []ledger.LeaderEntry{{Account: addr(1, 7), Value: plus(3)}, {Account: addr(1, 5), Value: plus(2)},
			{Account: addr(1, 9), Value: plus(1)}, {Account: addr(1, 1), Value: plus(0)}}, nil},
		{ledger.ByEarned, 2, []ledger.LeaderEntry{{Account: addr(1, 7), Value: plus(3)}, {Account: addr(1, 5), Value: plus(2)}}, nil},
		{ledger.ByEarned, 0, nil, nil}, // default length: all 4
		{ledger.ByReferrals, 10, []ledger.LeaderEntry{}, nil},
		{"likes", 10, nil, ledger.ErrInvalid},
	}
	for _, tc := range tests {
		got, err := s.Leaderboard(ctx, c, tc.by, tc.limit)
		if tc.err != nil {
			wantErr(t, err, tc.err)
			continue
		}
		must(t, err)
		if tc.want == nil {
			if len(got) != 4 {
				t.Errorf("%s/%d: %d entries", tc.by, tc.limit, len(got))
			}
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s/%d: %+v\nwant %+v", tc.by, tc.limit, got, tc.want)
		}
	}
}

func TestAccountHistory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk := newStore(t, func(o *ledger.Options) { o.AccountHistory = 3 })
	ca := newCampaign(t, s, "ca", tokenA, "1000", "")
	cb := newCampaign(t, s, "cb", tokenB, "1000", "")
	a := addr(1, 1)
	for i, c := range []*rewards.Campaign{ca, cb, ca, cb, ca} {
		clk.Add(time.Second)
		apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, a, big.NewInt(int64(i+1)).String())}})
	}
	tests := []struct {
		limit int
		want  []string
	}{
		{0, []string{"5", "4", "3"}},
		{2, []string{"5", "4"}},
		{100, []string{"5", "4", "3"}},
	}
	for _, tc := range tests {
		got, err := s.AccountHistory(ctx, a, tc.limit)
		must(t, err)
		if !reflect.DeepEqual(amounts(got), tc.want) {
			t.Errorf("limit %d: %v, want %v", tc.limit, amounts(got), tc.want)
		}
		for i := 1; i < len(got); i++ {
			if got[i].At.After(got[i-1].At) {
				t.Errorf("not newest first: %+v", got)
			}
		}
	}
	got, err := s.AccountHistory(ctx, a, 3)
	must(t, err)
	if got[0].Token != tokenA || got[1].Token != tokenB || got[0].CampaignID != "ca" || !got[0].At.Equal(start.Add(5*time.Second)) {
		t.Errorf("history %+v", got)
	}
	none, err := s.AccountHistory(ctx, addr(9, 9), 3)
	must(t, err)
	if none == nil || len(none) != 0 {
		t.Errorf("no history: %+v", none)
	}
}

func TestEarnedAndSnapshot(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	ca := newCampaign(t, s, "ca", tokenA, "1000000", "")
	cb := newCampaign(t, s, "cb", tokenB, "1000000", "")
	want := map[[2]common.Address]string{}
	for i := range 300 {
		account := addr(3, i)
		apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, ca, account, big.NewInt(int64(i+1)).String())}})
		want[[2]common.Address{tokenA.Common(), account.Common()}] = big.NewInt(int64(i + 1)).String()
		if i%3 == 0 {
			apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, cb, account, "7"), award(t, cb, account, "8")}})
			want[[2]common.Address{tokenB.Common(), account.Common()}] = "15"
		}
	}
	earned, err := s.Earned(ctx, addr(3, 3))
	must(t, err)
	if len(earned) != 2 || earned[tokenA.Common()].String() != "4" || earned[tokenB.Common()].String() != "15" {
		t.Errorf("earned %v", earned)
	}
	earned, err = s.Earned(ctx, addr(9, 9))
	must(t, err)
	if len(earned) != 0 {
		t.Errorf("earned %v", earned)
	}

	got := map[[2]common.Address]string{}
	must(t, s.Snapshot(ctx, func(token, account common.Address, cum *big.Int) error {
		k := [2]common.Address{token, account}
		if _, dup := got[k]; dup {
			t.Errorf("%v twice", k)
		}
		got[k] = cum.String()
		return nil
	}))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("snapshot has %d entries, want %d", len(got), len(want))
	}
	stop := errors.New("stop")
	n := 0
	err = s.Snapshot(ctx, func(common.Address, common.Address, *big.Int) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("stopped snapshot: %v after %d", err, n)
	}
}

// TestIsRewardToken: a token is known as a payout source once a campaign paying it has had an award; a
// campaign alone, or another token, is not.
func TestIsRewardToken(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "camp", tokenA, "1000", "")
	newCampaign(t, s, "idle", tokenB, "1000", "")
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, addr(1, 1), "5")}})
	for _, tt := range []struct {
		token rewards.Address
		want  bool
	}{{tokenA, true}, {tokenB, false}, {addr(9, 9), false}} {
		got, err := s.IsRewardToken(ctx, tt.token.Common())
		if err != nil || got != tt.want {
			t.Errorf("IsRewardToken(%s) = %v, %v; want %v", tt.token.Common(), got, err, tt.want)
		}
	}
}
