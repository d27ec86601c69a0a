package ledger_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

func secs(n int64) *int64 { return &n }

// heldCampaign creates a campaign of token with budget, a hold and an approval mode.
func heldCampaign(t testing.TB, s *ledger.Store, id string, token rewards.Address, budget string, hold int64, approval string) *rewards.Campaign {
	t.Helper()
	c := &rewards.Campaign{ID: id, CommunityID: "community-1", Creator: addr(0xCC, 1), RewardToken: token,
		Budget: amt(t, budget), Rules: rewards.Rules{Contributions: map[string]rewards.Amount{"post": rewards.AmountOf(1)},
			RevenueShare: &rewards.RevenueShareRule{BPS: 1000, WindowDays: 30}, HoldSeconds: secs(hold), Approval: approval}}
	if err := s.CreateCampaign(context.Background(), c); err != nil {
		t.Fatalf("create campaign: %v", err)
	}
	return c
}

func balance(t testing.TB, s *ledger.Store, token, account rewards.Address) ledger.Balance {
	t.Helper()
	b, err := s.Mature(context.Background(), token.Common(), account.Common())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func wantBalance(t testing.TB, s *ledger.Store, token, account rewards.Address, cum, pending, debt string) {
	t.Helper()
	b := balance(t, s, token, account)
	if b.Cumulative.String() != cum || b.Pending.String() != pending || b.Debt.String() != debt {
		t.Fatalf("balance of %s: cumulative %s pending %s debt %s, want %s %s %s", account, b.Cumulative, b.Pending, b.Debt, cum, pending, debt)
	}
}

func historyStatus(t testing.TB, s *ledger.Store, account rewards.Address, id string) ledger.AppliedAward {
	t.Helper()
	h, err := s.AccountHistory(context.Background(), account, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range h {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("award %s not in %s's history", id, account)
	return ledger.AppliedAward{}
}

// purchaseShare applies a purchase's revenue share to referrer, refundable under eventID.
func purchaseShare(t testing.TB, s *ledger.Store, c *rewards.Campaign, eventID string, buyer, referrer rewards.Address, value, share string) ledger.AppliedAward {
	t.Helper()
	res, err := s.Apply(context.Background(), ledger.ApplyRequest{Platform: "p1", Campaign: c, EventID: eventID,
		Purchase: &ledger.Purchase{Account: buyer, Value: amt(t, value)}, Subject: &buyer,
		Entries: []ledger.Entry{{Campaign: c, Award: rewards.Award{Account: referrer, Amount: amt(t, share),
			Reason: rewards.ReasonRevenueShare, Counterparty: &buyer}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Awards) != 1 {
		t.Fatalf("awards %+v", res.Awards)
	}
	return res.Awards[0]
}

func TestHoldMaturesWithoutAJob(t *testing.T) {
	s, clk := newStore(t)
	c := heldCampaign(t, s, "held", tokenA, "1000", 3600, "")
	fan := addr(1, 1)
	res := apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "40")}, Direct: true})
	a := res.Awards[0]
	if a.Status != ledger.StatusPending || a.ClaimableAt == nil || !a.ClaimableAt.Equal(start.Add(time.Hour).Truncate(time.Millisecond)) {
		t.Fatalf("award %+v, want pending until %v", a, start.Add(time.Hour))
	}
	wantBalance(t, s, tokenA, fan, "0", "40", "0")
	if st := stats(t, s, c); st.Remaining.String() != "960" || st.Pending.String() != "40" {
		t.Fatalf("stats %+v", st)
	}
	clk.Add(time.Hour - time.Millisecond)
	wantBalance(t, s, tokenA, fan, "0", "40", "0")
	if got := historyStatus(t, s, fan, a.ID); got.Status != ledger.StatusPending {
		t.Fatalf("a millisecond early: %+v", got)
	}
	clk.Add(time.Millisecond)
	// The history shows it claimable before anything matured it, and the first read of the total does.
	if got := historyStatus(t, s, fan, a.ID); got.Status != ledger.StatusClaimable || got.ClaimableAt != nil {
		t.Fatalf("at claimable_at: %+v", got)
	}
	if v := cumulative(t, s, tokenA, fan); v != "40" {
		t.Fatalf("cumulative %s, want 40", v)
	}
	wantBalance(t, s, tokenA, fan, "40", "0", "0")
	if st := stats(t, s, c); st.Pending.Sign() != 0 || st.Remaining.String() != "960" {
		t.Fatalf("stats %+v", st)
	}
}

func TestMatureDueForEpochs(t *testing.T) {
	s, clk := newStore(t)
	c := heldCampaign(t, s, "held", tokenA, "100000", 10, "")
	var entries []ledger.Entry
	for i := range 1200 { // more than one script batch
		entries = append(entries, award(t, c, addr(1, i%700), "1"))
	}
	for i := 0; i < len(entries); i += 600 {
		apply(t, s, ledger.ApplyRequest{Entries: entries[i : i+600], Direct: true})
	}
	seen := map[string]*big.Int{}
	snap := func() {
		clear(seen)
		must(t, s.Snapshot(context.Background(), func(_, a common.Address, v *big.Int) error { seen[a.Hex()] = v; return nil }))
	}
	snap()
	if len(seen) != 0 {
		t.Fatalf("before the hold ends the snapshot has %d accounts", len(seen))
	}
	clk.Add(10 * time.Second)
	snap()
	if len(seen) != 700 {
		t.Fatalf("after the hold the snapshot has %d accounts, want 700", len(seen))
	}
	if v := seen[addr(1, 0).Common().Hex()]; v.String() != "2" {
		t.Fatalf("account 0 has %s, want 2", v)
	}
}

func TestManualApproval(t *testing.T) {
	s, clk := newStore(t)
	c := heldCampaign(t, s, "manual", tokenA, "1000", 60, rewards.ApprovalManual)
	fan := addr(1, 1)
	res := apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "10"), award(t, c, fan, "20"), award(t, c, fan, "30")}, Direct: true})
	a, b, d := res.Awards[0].ID, res.Awards[1].ID, res.Awards[2].ID
	clk.Add(2 * time.Minute)
	wantBalance(t, s, tokenA, fan, "0", "60", "0") // past the hold, still waiting for review
	if got := historyStatus(t, s, fan, a); got.Status != ledger.StatusPending || !got.AwaitingApproval {
		t.Fatalf("%+v", got)
	}
	page, next, err := s.PendingAwards(context.Background(), c, "", 2)
	must(t, err)
	if len(page) != 2 || next == "" {
		t.Fatalf("page %+v next %q", page, next)
	}
	out, err := s.Review(context.Background(), c, []string{a, "manual-9-9"}, []string{b}, "duplicate order")
	must(t, err)
	want := []ledger.ReviewOutcome{{a, ledger.ReviewClaimable}, {"manual-9-9", ledger.ReviewNotFound}, {b, ledger.ReviewRejected}}
	if fmt.Sprint(out) != fmt.Sprint(want) {
		t.Fatalf("review %v, want %v", out, want)
	}
	wantBalance(t, s, tokenA, fan, "10", "30", "0")
	if got := historyStatus(t, s, fan, b); got.Status != ledger.StatusRejected || got.Note != "duplicate order" {
		t.Fatalf("%+v", got)
	}
	st := stats(t, s, c)
	if st.Remaining.String() != "960" || st.Rejected.String() != "20" || st.Pending.String() != "30" {
		t.Fatalf("stats %+v", st)
	}
	// Reviewing again changes nothing.
	out, err = s.Review(context.Background(), c, []string{a}, []string{b}, "")
	must(t, err)
	if fmt.Sprint(out) != fmt.Sprint([]ledger.ReviewOutcome{{a, ledger.ReviewNotPending}, {b, ledger.ReviewNotPending}}) {
		t.Fatalf("second review %v", out)
	}
	// Another campaign cannot review this one's awards.
	other := heldCampaign(t, s, "other", tokenA, "1000", 0, rewards.ApprovalManual)
	out, err = s.Review(context.Background(), other, []string{d}, nil, "")
	must(t, err)
	if out[0].Outcome != ledger.ReviewNotFound {
		t.Fatalf("foreign review %v", out)
	}
	_, err = s.Review(context.Background(), c, []string{d}, []string{d}, "")
	wantErr(t, err, ledger.ErrInvalid)
}

func TestApprovalBeforeHoldEnds(t *testing.T) {
	s, clk := newStore(t)
	c := heldCampaign(t, s, "manual", tokenA, "1000", 60, rewards.ApprovalManual)
	fan := addr(1, 1)
	id := apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "10")}, Direct: true}).Awards[0].ID
	out, err := s.Review(context.Background(), c, []string{id}, nil, "")
	must(t, err)
	if out[0].Outcome != ledger.ReviewApproved {
		t.Fatalf("%v", out)
	}
	wantBalance(t, s, tokenA, fan, "0", "10", "0")
	clk.Add(time.Minute)
	n, err := s.MatureDue(context.Background(), tokenA.Common())
	must(t, err)
	if n != 1 {
		t.Fatalf("matured %d", n)
	}
	wantBalance(t, s, tokenA, fan, "10", "0", "0")
}

func TestRefunds(t *testing.T) {
	s, clk := newStore(t)
	c := heldCampaign(t, s, "shop", tokenA, "1000", 3600, "")
	buyer, ref := addr(1, 1), addr(1, 2)
	ctx := context.Background()

	// Refunded while pending: removed, budget back at once, no debt.
	a := purchaseShare(t, s, c, "order-1", buyer, ref, "300", "30")
	r, err := s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: buyer, Value: ptr(amt(t, "100")), Note: "partial"})
	must(t, err)
	if len(r.Reversals) != 1 || r.Reversals[0].Amount.String() != "10" || r.Reversals[0].Status != ledger.StatusPending {
		t.Fatalf("first refund %+v", r)
	}
	wantBalance(t, s, tokenA, ref, "0", "20", "0")
	if st := stats(t, s, c); st.Remaining.String() != "980" || st.Reversed.String() != "10" {
		t.Fatalf("stats %+v", st)
	}
	// More than what is left, another buyer's, and an unknown order are refused and change nothing.
	_, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: buyer, Value: ptr(amt(t, "201"))})
	wantErr(t, err, ledger.ErrRefundTooLarge)
	_, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: ref})
	wantErr(t, err, ledger.ErrUnknownEvent)
	_, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-404", Account: buyer})
	wantErr(t, err, ledger.ErrUnknownEvent)
	r, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: buyer, EventID: "refund-1b"})
	must(t, err)
	if r.Reversals[0].Amount.String() != "20" || r.Reversals[0].Status != ledger.StatusReversed {
		t.Fatalf("rest of the refund %+v", r)
	}
	// The refund's own event id makes a repeat return the first result.
	again, err := s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: buyer, EventID: "refund-1b"})
	must(t, err)
	if !again.Replayed || fmt.Sprint(again.Reversals) != fmt.Sprint(r.Reversals) {
		t.Fatalf("replay %+v", again)
	}
	_, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: buyer})
	wantErr(t, err, ledger.ErrRefundTooLarge)
	if got := historyStatus(t, s, ref, a.ID); got.Status != ledger.StatusReversed || got.Reversed.String() != "30" {
		t.Fatalf("%+v", got)
	}
	wantBalance(t, s, tokenA, ref, "0", "0", "0")

	// Refunded after it matured (and may have been claimed): debt, paid off by the next award.
	purchaseShare(t, s, c, "order-2", buyer, ref, "500", "50")
	clk.Add(time.Hour)
	wantBalance(t, s, tokenA, ref, "50", "0", "0")
	_, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-2", Account: buyer})
	must(t, err)
	wantBalance(t, s, tokenA, ref, "50", "0", "50")
	st := stats(t, s, c)
	if st.Debt.String() != "50" || st.Remaining.String() != "950" {
		t.Fatalf("stats after refund of a claimable award %+v", st)
	}
	instant := heldCampaign(t, s, "instant", tokenA, "1000", 0, "")
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, instant, ref, "70")}, Direct: true})
	wantBalance(t, s, tokenA, ref, "70", "0", "0") // 50 paid the debt, 20 more claimable
	st = stats(t, s, c)
	if st.Debt.Sign() != 0 || st.Recovered.String() != "50" || st.Remaining.String() != "1000" {
		t.Fatalf("the debt's campaign after it was paid off %+v", st)
	}
}

func ptr[T any](v T) *T { return &v }

func TestRefundProportionsStayExact(t *testing.T) {
	s, _ := newStore(t)
	c := heldCampaign(t, s, "shop", tokenA, "1000000", 0, "")
	buyer, ref := addr(1, 1), addr(1, 2)
	purchaseShare(t, s, c, "o", buyer, ref, "7", "1000") // a share that 7 does not divide
	total := new(big.Int)
	for range 7 {
		r, err := s.Refund(context.Background(), c, ledger.RefundRequest{RefEventID: "o", Account: buyer, Value: ptr(amt(t, "1"))})
		must(t, err)
		total.Add(total, r.Reversals[0].Amount.Big())
	}
	if total.String() != "1000" {
		t.Fatalf("seven refunds of 1/7 reversed %s, want 1000", total)
	}
	wantBalance(t, s, tokenA, ref, "1000", "0", "1000")
}

func TestBlocks(t *testing.T) {
	s, _ := newStore(t)
	c := heldCampaign(t, s, "c", tokenA, "1000", 3600, "")
	fan, friend := addr(1, 1), addr(1, 2)
	ctx := context.Background()
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "10"), award(t, c, friend, "5")}, Direct: true})
	out, err := s.Block(ctx, c, fan, "fraud ring")
	must(t, err)
	if len(out) != 1 || out[0].Outcome != ledger.ReviewRejected {
		t.Fatalf("block rejected %v", out)
	}
	wantBalance(t, s, tokenA, fan, "0", "0", "0")
	wantBalance(t, s, tokenA, friend, "0", "5", "0")
	_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "1")}, Direct: true})
	wantErr(t, err, ledger.ErrBlocked)
	// An event about someone else drops the blocked account's award and pays the rest.
	res, err := s.Apply(ctx, ledger.ApplyRequest{Campaign: c, Subject: &friend, Entries: []ledger.Entry{award(t, c, fan, "1"), award(t, c, friend, "2")}})
	must(t, err)
	if len(res.Awards) != 1 || res.Awards[0].Account != friend {
		t.Fatalf("awards %+v", res.Awards)
	}
	_, err = s.Apply(ctx, ledger.ApplyRequest{Campaign: c, Subject: &fan, Entries: []ledger.Entry{award(t, c, fan, "1")}})
	wantErr(t, err, ledger.ErrBlocked)
	blocks, err := s.Blocks(ctx, c)
	must(t, err)
	if len(blocks) != 1 || blocks[0].Account != fan || blocks[0].Reason != "fraud ring" {
		t.Fatalf("blocks %+v", blocks)
	}
	ok, err := s.Unblock(ctx, c, fan)
	must(t, err)
	if !ok {
		t.Fatal("unblock found no block")
	}
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "1")}, Direct: true})

	// An operator's block reaches every campaign and source.
	d := heldCampaign(t, s, "d", tokenB, "1000", 3600, "")
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, d, friend, "7")}, Direct: true})
	out, err = s.BlockEverywhere(ctx, friend, "operator")
	must(t, err)
	if len(out) != 3 {
		t.Fatalf("operator block rejected %v, want 3 awards", out)
	}
	_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, d, friend, "1")}, Direct: true})
	wantErr(t, err, ledger.ErrBlocked)
	blocked, err := s.IsBlocked(ctx, c, friend)
	must(t, err)
	if !blocked {
		t.Fatal("IsBlocked is false after an operator's block")
	}
}

func TestEventIDReplaysWhateverTheKey(t *testing.T) {
	s, _ := newStore(t)
	c := heldCampaign(t, s, "c", tokenA, "1000", 0, "")
	fan := addr(1, 1)
	req := func(key string) ledger.ApplyRequest {
		return ledger.ApplyRequest{Platform: "p1", Campaign: c, EventID: "order-7", IdempotencyKey: key, RequestHash: hash(key),
			Entries: []ledger.Entry{{Campaign: c, Award: rewards.Award{Account: fan, Amount: amt(t, "5"), Reason: "contribution:post"}}}}
	}
	first := apply(t, s, req("k1"))
	second := apply(t, s, req("k2"))
	third := apply(t, s, req(""))
	if !second.Replayed || !third.Replayed || fmt.Sprint(second.Awards) != fmt.Sprint(first.Awards) || fmt.Sprint(third.Awards) != fmt.Sprint(first.Awards) {
		t.Fatalf("repeats %+v %+v of %+v", second, third, first)
	}
	if v := cumulative(t, s, tokenA, fan); v != "5" {
		t.Fatalf("cumulative %s", v)
	}
}

// model is an independent account of what the lifecycle rules say, for the property test.
type model struct {
	awards   []*mAward
	debt     map[rewards.Address]*big.Int
	cum      map[rewards.Address]*big.Int
	purchase map[string]*mPurchase
}

type mAward struct {
	id               string
	campaign         string
	account          rewards.Address
	amount, reversed *big.Int
	status           string
	at               time.Time
	approved         bool
}

type mPurchase struct {
	buyer           rewards.Address
	value, refunded *big.Int
	award           *mAward
}

func (m *model) credit(a rewards.Address, x *big.Int) {
	d := m.debt[a]
	if d == nil {
		d = new(big.Int)
		m.debt[a] = d
	}
	pay := new(big.Int).Set(x)
	if d.Cmp(pay) < 0 {
		pay.Set(d)
	}
	d.Sub(d, pay)
	if m.cum[a] == nil {
		m.cum[a] = new(big.Int)
	}
	m.cum[a].Add(m.cum[a], new(big.Int).Sub(x, pay))
}

// mature makes every due award claimable, in order of maturity.
func (m *model) mature(now time.Time) {
	for _, w := range m.awards {
		if w.status == ledger.StatusPending && w.approved && !w.at.After(now) {
			w.status = ledger.StatusClaimable
			m.credit(w.account, new(big.Int).Sub(w.amount, w.reversed))
		}
	}
}

func (m *model) reverse(w *mAward, x *big.Int) {
	if w.status != ledger.StatusPending && w.status != ledger.StatusClaimable {
		return
	}
	w.reversed.Add(w.reversed, x)
	if w.status == ledger.StatusClaimable {
		if m.debt[w.account] == nil {
			m.debt[w.account] = new(big.Int)
		}
		m.debt[w.account].Add(m.debt[w.account], x)
	}
	if w.reversed.Cmp(w.amount) == 0 {
		w.status = ledger.StatusReversed
	}
}

// TestLifecycleProperty runs random sequences of award / purchase / refund / approve / reject / block /
// maturity / claim on a real Redis and checks, after every step, the identities the ledger promises:
//
//	per account and source: cumulative - debt = sum of its claimable awards net of reversals, pending = sum of
//	its pending awards net of reversals, and the cumulative total never decreases;
//	per campaign: budget = remaining + pending + claimable + debt, never remaining < 0;
//	a claim (of the whole cumulative total) never pays more in all than the account's awards that were
//	ever claimable: claimed <= sum over its claimable and reversed-after-claimable awards.
func TestLifecycleProperty(t *testing.T) {
	for seed := range uint64(16) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { lifecycleRun(t, seed) })
	}
}

func lifecycleRun(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x7157))
	s, clk := newStore(t)
	ctx := context.Background()
	camps := []*rewards.Campaign{
		heldCampaign(t, s, "instant", tokenA, "5000", 0, ""),
		heldCampaign(t, s, "held", tokenA, "5000", 30, ""),
		heldCampaign(t, s, "manual", tokenA, "5000", 10, rewards.ApprovalManual),
	}
	budget := map[string]*big.Int{}
	for _, c := range camps {
		budget[c.ID] = c.Budget.Big()
	}
	accounts := []rewards.Address{addr(1, 1), addr(1, 2), addr(1, 3), addr(1, 4)}
	m := &model{debt: map[rewards.Address]*big.Int{}, cum: map[rewards.Address]*big.Int{}, purchase: map[string]*mPurchase{}}
	blocked := map[string]bool{}
	claimed := map[rewards.Address]*big.Int{}
	lastCum := map[rewards.Address]*big.Int{}
	byID := map[string]*mAward{}
	add := func(c *rewards.Campaign, w ledger.AppliedAward) *mAward {
		x := &mAward{id: w.ID, campaign: c.ID, account: w.Account, amount: w.Amount.Big(), reversed: new(big.Int),
			status: w.Status, approved: !c.Rules.Manual(), at: clk.Now()}
		if w.ClaimableAt != nil {
			x.at = *w.ClaimableAt
		}
		if !c.Rules.Manual() && c.Rules.Hold(w.Reason) == 0 {
			if w.Status != ledger.StatusClaimable {
				t.Fatalf("instant award %+v is %s", w, w.Status)
			}
			m.credit(w.Account, w.Amount.Big())
		}
		m.awards = append(m.awards, x)
		byID[x.id] = x
		return x
	}
	for step := range 300 {
		now := clk.Now()
		m.mature(now)
		c := camps[rng.IntN(len(camps))]
		acct := accounts[rng.IntN(len(accounts))]
		op := rng.IntN(8)
		switch op {
		case 0, 1: // a direct award
			x := fmt.Sprint(1 + rng.IntN(300))
			res, err := s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, acct, x)}, Direct: true})
			if blocked[c.ID+acct.String()] {
				wantErr(t, err, ledger.ErrBlocked)
				break
			}
			if err != nil {
				wantErr(t, err, ledger.ErrBudgetExhausted)
				break
			}
			add(c, res.Awards[0])
		case 2: // a purchase paying a revenue share
			buyer := accounts[rng.IntN(len(accounts))]
			id := fmt.Sprint("order-", step)
			value := int64(1 + rng.IntN(3000))
			share := fmt.Sprint(value / 10)
			if value/10 == 0 || blocked[c.ID+acct.String()] || blocked[c.ID+buyer.String()] {
				break
			}
			res, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", Campaign: c, EventID: id, Subject: &buyer,
				Purchase: &ledger.Purchase{Account: buyer, Value: rewards.AmountOf(uint64(value))},
				Entries:  []ledger.Entry{{Campaign: c, Award: rewards.Award{Account: acct, Amount: amt(t, share), Reason: rewards.ReasonRevenueShare, Counterparty: &buyer}}}})
			if err != nil {
				wantErr(t, err, ledger.ErrBudgetExhausted)
				break
			}
			w := add(c, res.Awards[0])
			m.purchase[c.ID+"/"+id] = &mPurchase{buyer: buyer, value: big.NewInt(value), refunded: new(big.Int), award: w}
		case 3: // a refund of part or all of a purchase
			var keys []string
			for k := range m.purchase {
				if len(k) > len(c.ID) && k[:len(c.ID)+1] == c.ID+"/" {
					keys = append(keys, k)
				}
			}
			if len(keys) == 0 {
				break
			}
			slices.Sort(keys)
			k := keys[rng.IntN(len(keys))]
			p, id := m.purchase[k], k[len(c.ID)+1:]
			left := new(big.Int).Sub(p.value, p.refunded)
			var value *rewards.Amount
			if left.Sign() > 0 && rng.IntN(2) == 0 {
				v := rewards.NewAmount(big.NewInt(1 + rng.Int64N(left.Int64())))
				value = &v
			}
			_, err := s.Refund(ctx, c, ledger.RefundRequest{RefEventID: id, Account: p.buyer, Value: value})
			if left.Sign() == 0 {
				wantErr(t, err, ledger.ErrRefundTooLarge)
				break
			}
			must(t, err)
			r := left
			if value != nil {
				r = value.Big()
			}
			after := new(big.Int).Add(p.refunded, r)
			w := p.award
			x := new(big.Int).Quo(new(big.Int).Mul(w.amount, after), p.value)
			x.Sub(x, new(big.Int).Quo(new(big.Int).Mul(w.amount, p.refunded), p.value))
			p.refunded = after
			if x.Sign() > 0 {
				m.reverse(w, x)
			}
		case 4: // review: approve or reject a pending award
			var pend []*mAward
			for _, w := range m.awards {
				if w.campaign == c.ID && w.status == ledger.StatusPending {
					pend = append(pend, w)
				}
			}
			if len(pend) == 0 {
				break
			}
			w := pend[rng.IntN(len(pend))]
			if rng.IntN(2) == 0 {
				_, err := s.Review(ctx, c, []string{w.id}, nil, "")
				must(t, err)
				w.approved = true
				m.mature(now)
			} else {
				_, err := s.Review(ctx, c, nil, []string{w.id}, "no")
				must(t, err)
				w.status = ledger.StatusRejected
			}
		case 5: // block (rarely) or unblock
			if rng.IntN(4) == 0 {
				_, err := s.Block(ctx, c, acct, "test")
				must(t, err)
				blocked[c.ID+acct.String()] = true
				for _, w := range m.awards {
					if w.campaign == c.ID && w.account == acct && w.status == ledger.StatusPending {
						w.status = ledger.StatusRejected
					}
				}
			} else if blocked[c.ID+acct.String()] {
				_, err := s.Unblock(ctx, c, acct)
				must(t, err)
				delete(blocked, c.ID+acct.String())
			}
		case 6: // time passes
			clk.Add(time.Duration(1+rng.IntN(20)) * time.Second)
		case 7: // the account claims everything its cumulative total covers
			v := cumulative(t, s, tokenA, acct)
			claimed[acct] = bigOf(t, v)
		}
		m.mature(clk.Now())
		// Reads mature what is due, so check now and then only: in between, the ledger must behave as if
		// every award had matured on time although nothing read it.
		if rng.IntN(6) == 0 || step == 299 {
			checkLifecycle(t, s, step, m, camps, budget, accounts, claimed, lastCum, byID)
		}
	}
}

func checkLifecycle(t *testing.T, s *ledger.Store, step int, m *model, camps []*rewards.Campaign, budget map[string]*big.Int,
	accounts []rewards.Address, claimed, lastCum map[rewards.Address]*big.Int, byID map[string]*mAward) {
	t.Helper()
	for _, a := range accounts {
		b := balance(t, s, tokenA, a)
		claimable, pending, everClaimable := new(big.Int), new(big.Int), new(big.Int)
		for _, w := range m.awards {
			if w.account != a {
				continue
			}
			net := new(big.Int).Sub(w.amount, w.reversed)
			switch w.status {
			case ledger.StatusClaimable:
				claimable.Add(claimable, net)
			case ledger.StatusPending:
				pending.Add(pending, net)
			}
		}
		mc, md := m.cum[a], m.debt[a]
		if mc == nil {
			mc = new(big.Int)
		}
		if md == nil {
			md = new(big.Int)
		}
		if b.Cumulative.Cmp(mc) != 0 || b.Debt.Cmp(md) != 0 || b.Pending.Cmp(pending) != 0 {
			t.Fatalf("step %d, %s: ledger cumulative %s debt %s pending %s; model %s %s %s", step, a, b.Cumulative, b.Debt, b.Pending, mc, md, pending)
		}
		if new(big.Int).Sub(b.Cumulative, b.Debt).Cmp(claimable) != 0 {
			t.Fatalf("step %d, %s: cumulative %s - debt %s != claimable awards %s", step, a, b.Cumulative, b.Debt, claimable)
		}
		if last := lastCum[a]; last != nil && b.Cumulative.Cmp(last) < 0 {
			t.Fatalf("step %d, %s: cumulative fell from %s to %s", step, a, last, b.Cumulative)
		}
		lastCum[a] = b.Cumulative
		everClaimable.Add(claimable, b.Debt)
		if c := claimed[a]; c != nil && c.Cmp(everClaimable) > 0 {
			t.Fatalf("step %d, %s: claimed %s, more than ever claimable %s", step, a, c, everClaimable)
		}
		h, err := s.AccountHistory(context.Background(), a, 0)
		must(t, err)
		for _, w := range h {
			mw := byID[w.ID]
			if mw == nil {
				t.Fatalf("step %d: ledger has award %s the model does not", step, w.ID)
			}
			if w.Status != mw.status {
				t.Fatalf("step %d: award %s is %s, model says %s", step, w.ID, w.Status, mw.status)
			}
		}
	}
	for _, c := range camps {
		st := stats(t, s, c)
		claimable, pending := new(big.Int), new(big.Int)
		for _, w := range m.awards {
			if w.campaign != c.ID {
				continue
			}
			net := new(big.Int).Sub(w.amount, w.reversed)
			switch w.status {
			case ledger.StatusClaimable:
				claimable.Add(claimable, net)
			case ledger.StatusPending:
				pending.Add(pending, net)
			}
		}
		sum := new(big.Int).Add(st.Remaining, pending)
		sum.Add(sum, claimable).Add(sum, st.Debt)
		if sum.Cmp(budget[c.ID]) != 0 || st.Pending.Cmp(pending) != 0 || st.Remaining.Sign() < 0 {
			t.Fatalf("step %d, campaign %s: remaining %s + pending %s (ledger %s) + claimable %s + debt %s = %s, budget %s",
				step, c.ID, st.Remaining, pending, st.Pending, claimable, st.Debt, sum, budget[c.ID])
		}
	}
	total := new(big.Int)
	for _, c := range camps {
		total.Add(total, stats(t, s, c).Debt)
	}
	md := new(big.Int)
	for _, d := range m.debt {
		md.Add(md, d)
	}
	if total.Cmp(md) != 0 {
		t.Fatalf("step %d: campaigns' debt %s, accounts' debt %s", step, total, md)
	}
}

func TestMatureAll(t *testing.T) {
	s, clk := newStore(t)
	a := heldCampaign(t, s, "a", tokenA, "100", 10, "")
	b := heldCampaign(t, s, "b", tokenB, "100", 20, "")
	fan := addr(1, 1)
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, a, fan, "3")}, Direct: true})
	apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, b, fan, "4")}, Direct: true})
	n, err := s.MatureAll(context.Background())
	must(t, err)
	if n != 0 {
		t.Fatalf("matured %d before any hold ended", n)
	}
	clk.Add(10 * time.Second)
	if n, err = s.MatureAll(context.Background()); err != nil || n != 1 {
		t.Fatalf("matured %d (%v), want the one of token A", n, err)
	}
	clk.Add(10 * time.Second)
	if n, err = s.MatureAll(context.Background()); err != nil || n != 1 {
		t.Fatalf("matured %d (%v), want the one of token B", n, err)
	}
	wantBalance(t, s, tokenB, fan, "4", "0", "0")
}
