package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/webhooks"
	"github.com/tribe-rewards/tribe/internal/webhooks/webhookstest"
)

// A community turning active emits community.active in the same MULTI; any other update, or a refused
// one, emits nothing.
func TestCommunityActiveEmitsOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	prefix := ledgertest.Prefix(t)
	s := ledger.New(rdb, ledger.Options{Prefix: prefix})
	creator, _ := rewards.ParseAddress("0x00000000000000000000000000000000000000c1")
	tok, _ := rewards.ParseAddress("0x00000000000000000000000000000000000000d1")
	c := ledger.Community{ID: "cmt_1", Creator: rewards.Address(creator), Name: "n", Symbol: "S",
		TokenAddress: rewards.Address(tok), Status: ledger.CommunityPending}
	if err := s.CreateCommunity(ctx, c); err != nil {
		t.Fatal(err)
	}
	refused := errors.New("refused")
	if _, err := s.UpdateCommunity(ctx, "cmt_1", func(c *ledger.Community) error {
		c.Status = ledger.CommunityActive
		return refused
	}); !errors.Is(err, refused) {
		t.Fatal(err)
	}
	if evs := webhookstest.Outbox(t, rdb, prefix, "community"); len(evs) != 0 {
		t.Fatalf("a refused update emitted %+v", evs)
	}
	for range 2 {
		if _, err := s.UpdateCommunity(ctx, "cmt_1", func(c *ledger.Community) error {
			c.Status, c.TxHash = ledger.CommunityActive, "0xabc"
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	evs := webhookstest.Outbox(t, rdb, prefix, "community")
	if len(evs) != 1 || evs[0].Type != webhooks.EventCommunityActive || evs[0].Data["community_id"] != "cmt_1" ||
		evs[0].Data["token_address"] != tok.String() || evs[0].Owner != webhooks.OwnerWallet(creator.String()) {
		t.Fatalf("outbox: %+v", evs)
	}
}

// The lifecycle's events go to the source's outbox in the script that makes each change: award.created,
// award.claimable when a hold ends, award.rejected, award.reversed; a refused award emits nothing.
func TestLifecycleEvents(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	prefix := ledgertest.Prefix(t)
	clk := &clock{t: start}
	s := ledger.New(rdb, ledger.Options{Prefix: prefix, Now: clk.Now})
	c := heldCampaign(t, s, "c", tokenA, "100", 60, "")
	fan, buyer := addr(1, 1), addr(1, 2)
	tag := hexLower(tokenA)
	types := func() []string {
		var out []string
		for _, e := range webhookstest.Outbox(t, rdb, prefix, tag) {
			out = append(out, e.Type)
		}
		return out
	}
	_, err := s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "101")}, Direct: true})
	wantErr(t, err, ledger.ErrBudgetExhausted)
	if got := types(); len(got) != 0 {
		t.Fatalf("a refused award emitted %v", got)
	}
	a := apply(t, s, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, c, fan, "10"), award(t, c, fan, "5")}, Direct: true})
	purchaseShare(t, s, c, "o1", buyer, fan, "100", "10")
	_, err = s.Review(ctx, c, nil, []string{a.Awards[1].ID}, "dup")
	must(t, err)
	_, err = s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "o1", Account: buyer})
	must(t, err)
	clk.Add(time.Minute)
	_ = balance(t, s, tokenA, fan)
	want := []string{webhooks.EventAwardCreated, webhooks.EventAwardCreated, webhooks.EventAwardCreated,
		webhooks.EventAwardRejected, webhooks.EventAwardReversed, webhooks.EventAwardClaimable}
	if got := types(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	evs := webhookstest.Outbox(t, rdb, prefix, tag)
	if d := evs[0].Data; d["award_id"] != a.Awards[0].ID || d["status"] != "pending" || d["amount"] != "10" || d["campaign_id"] != "c" {
		t.Fatalf("award.created data %+v", d)
	}
	if d := evs[5].Data; d["award_id"] != a.Awards[0].ID || d["status"] != "claimable" {
		t.Fatalf("award.claimable data %+v", d)
	}
}

// A recorded referral emits referral.created; a refused one emits nothing.
func TestReferralEvents(t *testing.T) {
	t.Parallel()
	rdb := ledgertest.Redis(t)
	prefix := ledgertest.Prefix(t)
	s := ledger.New(rdb, ledger.Options{Prefix: prefix})
	c := newCampaign(t, s, "c", tokenA, "100", "")
	a, b := addr(1, 1), addr(1, 2)
	_, err := s.RecordReferral(context.Background(), c, a, a)
	wantErr(t, err, ledger.ErrSelfReferral)
	if evs := webhookstest.Outbox(t, rdb, prefix, hexLower(tokenA)); len(evs) != 0 {
		t.Fatalf("a refused referral emitted %+v", evs)
	}
	_, err = s.RecordReferral(context.Background(), c, a, b)
	must(t, err)
	evs := webhookstest.Outbox(t, rdb, prefix, hexLower(tokenA))
	if len(evs) != 1 || evs[0].Type != webhooks.EventReferralCreated || evs[0].Data["referee"] != hexLower(b) || evs[0].CampaignID != "c" {
		t.Fatalf("outbox %+v", evs)
	}
}
