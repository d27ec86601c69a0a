package ledger_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// TestJournalPage pages a campaign's journal in order, each award once, with what Apply returned.
func TestJournalPage(t *testing.T) {
	t.Parallel()
	s, clk := newStore(t)
	ctx := context.Background()
	c := newCampaign(t, s, "cmp-1", tokenA, "1000000000000000000000000000000", "")
	other := newCampaign(t, s, "cmp-2", tokenA, "1000", "")
	var want []ledger.AppliedAward
	for i := range 7 {
		e := award(t, c, addr(1, i), strconv.Itoa(i+1)+"000000000000000000000") // above 2^64
		if i == 3 {
			cp := addr(2, 9)
			e.Award.Counterparty = &cp
		}
		res, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "plt-" + strconv.Itoa(i%2), Entries: []ledger.Entry{e}})
		must(t, err)
		want = append(want, res.Awards...)
		clk.Add(time.Second)
	}
	_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "x", Entries: []ledger.Entry{award(t, other, addr(1, 1), "5")}})
	must(t, err)

	var got []ledger.JournalAward
	after, pages := "", 0
	for {
		page, next, err := s.JournalPage(ctx, c, after, 3)
		must(t, err)
		got = append(got, page...)
		pages++
		if next == "" {
			break
		}
		after = next
	}
	if len(got) != len(want) || pages != 3 {
		t.Fatalf("%d awards in %d pages, want %d in 3", len(got), pages, len(want))
	}
	for i, g := range got {
		w := want[i]
		if g.ID != w.ID || g.Account != w.Account || g.Amount.String() != w.Amount.String() || g.Reason != w.Reason ||
			!g.At.Equal(w.At) || g.CampaignID != c.ID || g.Token != tokenA || g.Platform != "plt-"+strconv.Itoa(i%2) ||
			(g.Counterparty == nil) != (i != 3) || (i == 3 && *g.Counterparty != addr(2, 9)) {
			t.Fatalf("award %d\n got %+v\nwant %+v", i, g, w)
		}
	}
	for _, bad := range []string{"x", "1-", "-1", "1-2-3", "(1-2"} {
		_, _, err := s.JournalPage(ctx, c, bad, 3)
		wantErr(t, err, ledger.ErrCursor)
	}
	_, _, err = s.JournalPage(ctx, c, "", 0)
	wantErr(t, err, ledger.ErrInvalid)
	page, next, err := s.JournalPage(ctx, newCampaign(t, s, "cmp-empty", tokenB, "1", ""), "", 10)
	must(t, err)
	if len(page) != 0 || next != "" {
		t.Fatalf("empty journal: %v %q", page, next)
	}
}

// TestAccountHistoryPage pages an account's history per source, newest first, with the journal's platform.
func TestAccountHistoryPage(t *testing.T) {
	t.Parallel()
	s, clk := newStore(t)
	ctx := context.Background()
	ca := newCampaign(t, s, "cmp-a", tokenA, "1000", "")
	cb := newCampaign(t, s, "cmp-b", tokenB, "1000", "")
	fan := addr(1, 1)
	for i := range 5 {
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p" + strconv.Itoa(i), Entries: []ledger.Entry{award(t, ca, fan, strconv.Itoa(i+1))}})
		must(t, err)
		clk.Add(time.Second)
	}
	_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "pb", Entries: []ledger.Entry{award(t, cb, fan, "9")}})
	must(t, err)

	sources, err := s.AccountSources(ctx, fan)
	must(t, err)
	if len(sources) != 2 || sources[0] != tokenA.Common() || sources[1] != tokenB.Common() {
		t.Fatalf("sources %v", sources)
	}
	var amounts, platforms []string
	for off := 0; ; off += 2 {
		page, err := s.AccountHistoryPage(ctx, fan, tokenA.Common(), off, 2)
		must(t, err)
		for _, a := range page {
			amounts, platforms = append(amounts, a.Amount.String()), append(platforms, a.Platform)
		}
		if len(page) < 2 {
			break
		}
	}
	if got := rewards.Address(fan); len(amounts) != 5 || amounts[0] != "5" || amounts[4] != "1" || platforms[0] != "p4" || platforms[4] != "p0" {
		t.Fatalf("history of %s: amounts %v platforms %v", got, amounts, platforms)
	}
	page, err := s.AccountHistoryPage(ctx, fan, tokenB.Common(), 0, 10)
	must(t, err)
	if len(page) != 1 || page[0].Platform != "pb" || page[0].CampaignID != "cmp-b" {
		t.Fatalf("token B: %+v", page)
	}
	_, err = s.AccountHistoryPage(ctx, fan, tokenA.Common(), -1, 10)
	wantErr(t, err, ledger.ErrInvalid)
}
