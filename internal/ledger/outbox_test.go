package ledger_test

import (
	"context"
	"errors"
	"testing"

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
