package ledger_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// changedSince takes token's changed accounts (every taken set), drops them, and returns them: what changed
// since the previous call.
func changedSince(t testing.TB, s *ledger.Store, token rewards.Address) []common.Address {
	t.Helper()
	ctx := context.Background()
	c, err := s.TakeChanges(ctx, token.Common())
	must(t, err)
	var out []common.Address
	must(t, s.ChangedAccounts(ctx, c, func(a common.Address) error {
		out = append(out, a)
		return nil
	}))
	must(t, s.DropChanges(ctx, c, "test"))
	return out
}

func wantChanged(t testing.TB, s *ledger.Store, token rewards.Address, want ...rewards.Address) {
	t.Helper()
	got := changedSince(t, s, token)
	for _, w := range want {
		if !slices.Contains(got, w.Common()) {
			t.Errorf("%s not among the changed accounts %v", w.Common().Hex(), got)
		}
	}
	if len(want) == 0 && len(got) > 0 {
		t.Errorf("changed accounts %v, want none", got)
	}
}

// Every writer of a cumulative total marks the account changed, in its own script: an award, maturity, a
// refund (which matures what is due first), unlinked expiry and linking. Each case starts from an empty set,
// so it fails if its writer stops marking.
func TestChangedAccounts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	wallet := addr(2, 1)

	t.Run("award", func(t *testing.T) {
		t.Parallel()
		s, _ := newStore(t)
		c := newCampaign(t, s, "c", tokenA, "1000", "")
		wantChanged(t, s, tokenA)
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", Direct: true, Entries: []ledger.Entry{award(t, c, wallet, "5")}})
		must(t, err)
		wantChanged(t, s, tokenA, wallet)
		wantChanged(t, s, tokenA) // taken: the next take starts empty
	})
	t.Run("maturity", func(t *testing.T) {
		t.Parallel()
		s, clk := newStore(t)
		c := heldCampaign(t, s, "held", tokenA, "1000", 3600, "")
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", Direct: true, Entries: []ledger.Entry{award(t, c, wallet, "5")}})
		must(t, err)
		wantChanged(t, s, tokenA) // pending: no cumulative total changed
		clk.Add(time.Hour)
		if n, err := s.MatureDue(ctx, tokenA.Common()); err != nil || n != 1 {
			t.Fatalf("matured %d (%v)", n, err)
		}
		wantChanged(t, s, tokenA, wallet)
	})
	t.Run("refund", func(t *testing.T) {
		t.Parallel()
		s, clk := newStore(t)
		c := heldCampaign(t, s, "shop", tokenA, "1000", 3600, "")
		buyer, ref := addr(1, 1), addr(1, 2)
		purchaseShare(t, s, c, "order-1", buyer, ref, "300", "30")
		wantChanged(t, s, tokenA)
		clk.Add(time.Hour) // due, not matured by anyone: the refund matures it before taking part back
		_, err := s.Refund(ctx, c, ledger.RefundRequest{RefEventID: "order-1", Account: buyer, Value: ptr(amt(t, "100"))})
		must(t, err)
		wantBalance(t, s, tokenA, ref, "30", "0", "10")
		wantChanged(t, s, tokenA, ref)
	})
	t.Run("expiry", func(t *testing.T) {
		t.Parallel()
		s, clk := newStore(t)
		ex := expiringCampaign(t, s, "ex", 30, 0)
		must(t, awardUser(t, s, ex, "plt", "u1", "100"))
		u1 := rewards.Address(ledger.UserAccount("plt", "u1"))
		wantChanged(t, s, tokenA, u1)
		clk.Add(30 * 24 * time.Hour)
		if n, err := s.ExpireAll(ctx); err != nil || n != 1 {
			t.Fatalf("expired %d (%v)", n, err)
		}
		wantChanged(t, s, tokenA, u1)
	})
	t.Run("link", func(t *testing.T) {
		t.Parallel()
		s, _ := newStore(t)
		c := newCampaign(t, s, "c", tokenA, "1000", "")
		must(t, awardUser(t, s, c, "plt", "u1", "100"))
		u1 := rewards.Address(ledger.UserAccount("plt", "u1"))
		wantChanged(t, s, tokenA, u1)
		_, err := s.Link(ctx, "plt", "u1", wallet.Common())
		must(t, err)
		// The wallet is credited; the user's total leaves it (a pseudo-account is no leaf, but its total did change).
		wantChanged(t, s, tokenA, wallet, u1)
	})
}

// TestDropChangesKeepsLaterTakes: a drop deletes only the taken sets it names; what was taken after (by a
// settler that then crashed, say) is read again.
func TestDropChangesKeepsLaterTakes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000", "")
	a1, a2 := addr(2, 1), addr(2, 2)
	apply := func(a rewards.Address) {
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", Direct: true, Entries: []ledger.Entry{award(t, c, a, "5")}})
		must(t, err)
	}
	apply(a1)
	first, err := s.TakeChanges(ctx, tokenA.Common())
	must(t, err)
	apply(a2)
	second, err := s.TakeChanges(ctx, tokenA.Common())
	must(t, err)
	if len(first.IDs) != 1 || len(second.IDs) != 2 || first.Base != "" {
		t.Fatalf("takes %+v then %+v", first, second)
	}
	must(t, s.DropChanges(ctx, first, "7:0xroot"))
	third, err := s.TakeChanges(ctx, tokenA.Common())
	must(t, err)
	if third.Base != "7:0xroot" || len(third.IDs) != 1 {
		t.Fatalf("after the drop: %+v", third)
	}
	wantChanged(t, s, tokenA, a2)
	if got := changedSince(t, s, tokenA); len(got) != 0 {
		t.Fatalf("after dropping everything: %v", got)
	}
}
