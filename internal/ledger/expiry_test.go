package ledger_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/webhooks"
	"github.com/tribe-rewards/tribe/internal/webhooks/webhookstest"
)

// expiringCampaign is newCampaign with unlinked_expiry_days set (and a hold, if hold > 0).
func expiringCampaign(t *testing.T, s *ledger.Store, id string, days, hold int64) *rewards.Campaign {
	t.Helper()
	c := newCampaign(t, s, id, tokenA, "1000", "")
	c.Rules.UnlinkedExpiryDays = &days
	if hold > 0 {
		c.Rules.HoldSeconds = &hold
	}
	return c
}

// expiredEvents returns the award.reversed events of tokenA's outbox with the note unlinked_expired.
func expiredEvents(t *testing.T, prefix string) []webhookstest.Entry {
	t.Helper()
	var out []webhookstest.Entry
	for _, e := range webhookstest.Outbox(t, ledgertest.Redis(t), prefix, hexLower(tokenA)) {
		if e.Type == webhooks.EventAwardReversed && e.Data["note"] == ledger.NoteUnlinkedExpired {
			out = append(out, e)
		}
	}
	return out
}

// TestUnlinkedExpiry: what a platform user holds unlinked in a campaign with unlinked_expiry_days goes back
// to the budget exactly at the boundary (not a millisecond before), claimable and pending alike, with one
// award.reversed event per award; a user linked a millisecond before keeps everything; a wallet's award and
// a campaign without expiry are untouched.
func TestUnlinkedExpiry(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk, prefix := newStorePrefix(t)
	ex := expiringCampaign(t, s, "ex", 30, 0)
	held := expiringCampaign(t, s, "exh", 30, 60*24*3600) // still pending at its expiry
	never := newCampaign(t, s, "never", tokenA, "1000", "")
	wallet, w2 := addr(2, 1), addr(2, 2)
	u1 := rewards.Address(ledger.UserAccount("plt", "u1"))

	must(t, awardUser(t, s, ex, "plt", "u1", "100"))
	must(t, awardUser(t, s, held, "plt", "u1", "40"))
	must(t, awardUser(t, s, never, "plt", "u1", "7"))
	must(t, awardUser(t, s, ex, "plt", "u2", "50"))
	_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "plt", Direct: true, Entries: []ledger.Entry{award(t, ex, wallet, "5")}})
	must(t, err)

	// A millisecond before: nothing expires; u2 links and keeps its 50.
	clk.Add(30*24*time.Hour - time.Millisecond)
	if n, err := s.ExpireAll(ctx); err != nil || n != 0 {
		t.Fatalf("expired %d before the boundary (%v)", n, err)
	}
	if bal, err := s.Mature(ctx, tokenA.Common(), u1.Common()); err != nil || bal.Cumulative.String() != "107" || bal.Pending.String() != "40" {
		t.Fatalf("u1 before the boundary: %+v (%v)", bal, err)
	}
	res, err := s.Link(ctx, "plt", "u2", w2.Common())
	must(t, err)
	if len(res.Moved) != 1 || res.Moved[0].Cumulative.String() != "50" {
		t.Fatalf("link before expiry moved %+v", res.Moved)
	}

	// At the boundary: u1's 100 (claimable) and 40 (pending) go back; the 7 without expiry stays.
	clk.Add(time.Millisecond)
	if n, err := s.ExpireAll(ctx); err != nil || n != 2 {
		t.Fatalf("expired %d at the boundary (%v), want 2", n, err)
	}
	for range 2 { // idempotent: a second pass, the worker and a read expire nothing more
		if n, err := s.ExpireAll(ctx); err != nil || n != 0 {
			t.Fatalf("expired %d again (%v)", n, err)
		}
		bal, err := s.Mature(ctx, tokenA.Common(), u1.Common())
		must(t, err)
		if bal.Cumulative.String() != "7" || bal.Pending.Sign() != 0 || bal.Debt.Sign() != 0 {
			t.Fatalf("u1 after expiry: %+v", bal)
		}
	}
	if v := cumulative(t, s, tokenA, w2); v != "50" {
		t.Fatalf("linked user's wallet %s, want 50", v)
	}
	if v := cumulative(t, s, tokenA, wallet); v != "5" {
		t.Fatalf("wallet %s, want 5", v)
	}
	// Budgets: exactly what expired is back, and shown as expired.
	for _, tc := range []struct {
		c                           *rewards.Campaign
		remaining, pending, expired string
	}{{ex, "945", "0", "100"}, {held, "1000", "0", "40"}, {never, "993", "0", "0"}} {
		st := stats(t, s, tc.c)
		if st.Remaining.String() != tc.remaining || st.Pending.String() != tc.pending || st.Expired.String() != tc.expired ||
			st.Reversed.Sign() != 0 {
			t.Errorf("%s: remaining %s pending %s expired %s reversed %s, want %s %s %s 0", tc.c.ID, st.Remaining,
				st.Pending, st.Expired, st.Reversed, tc.remaining, tc.pending, tc.expired)
		}
	}
	_, days, err := s.CampaignDaily(ctx, ex, clk.Now(), 1)
	must(t, err)
	if days[0].Expired.String() != "100" {
		t.Fatalf("today's expired %s", days[0].Expired)
	}
	lb, err := s.Leaderboard(ctx, ex, ledger.ByEarned, 10)
	must(t, err)
	for _, e := range lb {
		if e.Account == u1 {
			t.Fatalf("expired user on the leaderboard: %+v", lb)
		}
	}
	evs := expiredEvents(t, prefix)
	if len(evs) != 2 {
		t.Fatalf("%d expiry events, want 2: %+v", len(evs), evs)
	}
	got := []string{evs[0].Data["amount"].(string), evs[1].Data["amount"].(string)}
	if strings.Join(got, ",") != "100,40" && strings.Join(got, ",") != "40,100" {
		t.Fatalf("expiry events' amounts %v", got)
	}
	// The history shows them reversed, with the note.
	hist, err := s.AccountHistory(ctx, u1, 10)
	must(t, err)
	n := 0
	for _, a := range hist {
		if a.Status == ledger.StatusReversed && a.Note == ledger.NoteUnlinkedExpired {
			n++
		}
	}
	if n != 2 {
		t.Fatalf("%d expired awards in the history %+v", n, hist)
	}
	// Linking now moves only what is left (the 7); nothing expires or moves twice.
	res, err = s.Link(ctx, "plt", "u1", wallet.Common())
	must(t, err)
	if v := cumulative(t, s, tokenA, wallet); v != "12" {
		t.Fatalf("wallet after the late link %s, want 12", v)
	}
	if len(expiredEvents(t, prefix)) != 2 {
		t.Fatal("the link emitted expiry events again")
	}
	if len(res.Moved) != 1 || res.Moved[0].Cumulative.String() != "7" {
		t.Fatalf("late link moved %+v", res.Moved)
	}
	// The user's history joined the wallet's, newest first (the wallet's first at the same ms), naming the wallet.
	hist, err = s.AccountHistory(ctx, wallet, 10)
	must(t, err)
	var amounts []string
	for _, a := range hist {
		if a.Account != wallet {
			t.Fatalf("history entry names %s", a.Account)
		}
		amounts = append(amounts, a.Amount.String()+":"+a.Status)
	}
	if got := strings.Join(amounts, ","); got != "5:claimable,7:claimable,40:reversed,100:reversed" {
		t.Fatalf("wallet history %s", got)
	}
	if hist, err := s.AccountHistory(ctx, u1, 10); err != nil || len(hist) != 0 {
		t.Fatalf("the user's history after the link: %+v (%v)", hist, err)
	}
}

// TestUnlinkedExpiryLazy: with no worker, a read of the user's balance and a link at the boundary expire what
// is due first (exact without a job); an award made after a link never expires.
func TestUnlinkedExpiryLazy(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk, prefix := newStorePrefix(t)
	ex := expiringCampaign(t, s, "ex", 1, 0)
	u1 := rewards.Address(ledger.UserAccount("plt", "u1"))
	must(t, awardUser(t, s, ex, "plt", "u1", "10"))
	must(t, awardUser(t, s, ex, "plt", "u2", "20"))
	clk.Add(24 * time.Hour)
	bal, err := s.Mature(ctx, tokenA.Common(), u1.Common())
	must(t, err)
	if bal.Cumulative.Sign() != 0 {
		t.Fatalf("read at the boundary: %+v", bal)
	}
	wallet := addr(2, 1)
	res, err := s.Link(ctx, "plt", "u2", wallet.Common())
	must(t, err)
	if len(res.Moved) != 1 || res.Moved[0].Cumulative.Sign() != 0 || cumulative(t, s, tokenA, wallet) != "0" {
		t.Fatalf("a link at the boundary moved %+v", res.Moved)
	}
	if st := stats(t, s, ex); st.Remaining.String() != "1000" || st.Expired.String() != "30" {
		t.Fatalf("stats %+v", st)
	}
	if len(expiredEvents(t, prefix)) != 2 {
		t.Fatal("want one event per expired award")
	}
	// Awarded after the link: the wallet's, for good.
	must(t, awardUser(t, s, ex, "plt", "u2", "5"))
	clk.Add(48 * time.Hour)
	if n, err := s.ExpireAll(ctx); err != nil || n != 0 {
		t.Fatalf("expired %d after the link (%v)", n, err)
	}
	if v := cumulative(t, s, tokenA, wallet); v != "5" {
		t.Fatalf("wallet %s", v)
	}
}

// TestRefundAfterLink: a purchase a platform user made before linking is refunded after both the buyer and
// its referrer (also a user) were linked: the buyer's wallet refunds it, and the revenue share is reversed
// from the referrer's wallet — as debt, as it had become claimable there — and netted from its next award.
func TestRefundAfterLink(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk := newStore(t)
	c := heldCampaign(t, s, "shop", tokenA, "1000", 3600, "")
	m, err := s.ResolveUsers(ctx, tokenA.Common(), "p1", []string{"buyer", "ref"})
	must(t, err)
	buyer, ref := m["buyer"], m["ref"]
	share := purchaseShare(t, s, c, "order-1", buyer, ref, "300", "30")
	held := purchaseShare(t, s, c, "order-2", buyer, ref, "100", "10")
	clk.Add(time.Hour) // both shares claimable (on the pseudo-account)
	bw, rw := addr(3, 1), addr(3, 2)
	_, err = s.Link(ctx, "p1", "buyer", bw.Common())
	must(t, err)
	_, err = s.Link(ctx, "p1", "ref", rw.Common())
	must(t, err)
	wantBalance(t, s, tokenA, rw, "40", "0", "0")

	// The pseudo-account is not the purchaser any more, nor is a stranger; the buyer's wallet is.
	_, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: addr(9, 9), Value: ptr(amt(t, "100"))})
	wantErr(t, err, ledger.ErrUnknownEvent)
	r, err := s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: bw, Value: ptr(amt(t, "100"))})
	must(t, err)
	if len(r.Reversals) != 1 || r.Reversals[0].AwardID != share.ID || r.Reversals[0].Amount.String() != "10" ||
		r.Reversals[0].Status != ledger.StatusClaimable {
		t.Fatalf("refund after link %+v", r)
	}
	wantBalance(t, s, tokenA, rw, "40", "0", "10")
	r, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-2", Account: bw})
	must(t, err)
	if len(r.Reversals) != 1 || r.Reversals[0].AwardID != held.ID || r.Reversals[0].Status != ledger.StatusReversed {
		t.Fatalf("whole refund after link %+v", r)
	}
	wantBalance(t, s, tokenA, rw, "40", "0", "20")
	if st := stats(t, s, c); st.Reversed.String() != "20" || st.Debt.String() != "20" || st.Remaining.String() != "960" {
		t.Fatalf("stats %+v", st)
	}
	// The wallet's next award pays the debt off first; the budget gets it back.
	_, err = s.Apply(ctx, ledger.ApplyRequest{Platform: "p1", Direct: true, Entries: []ledger.Entry{award(t, c, rw, "25")}})
	must(t, err)
	clk.Add(time.Hour)
	wantBalance(t, s, tokenA, rw, "45", "0", "0")
	if st := stats(t, s, c); st.Debt.Sign() != 0 || st.Remaining.String() != "955" {
		t.Fatalf("stats after pay-off %+v", st)
	}
}
