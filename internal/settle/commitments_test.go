package settle

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// pooled makes f award from a sponsor pool of usdc: a pooled campaign granted a large budget.
func (f *fixture) pooled(pool, token common.Address) {
	f.t.Helper()
	ctx := context.Background()
	p := rewards.Address(pool)
	c := &rewards.Campaign{ID: "c-" + pool.Hex(), CommunityID: "community", Creator: rewards.Address(addr(0xCC, 1)),
		RewardToken: rewards.Address(token), Pool: &p}
	if err := f.store.CreateCampaign(ctx, c); err != nil {
		f.t.Fatal(err)
	}
	budget := new(big.Int).Lsh(big.NewInt(1), 200)
	g := ledger.Grant{ID: "g-" + pool.Hex(), Pool: p, Token: rewards.Address(token), CampaignID: c.ID,
		Amount: rewards.NewAmount(budget)}
	if _, err := f.store.AddGrant(ctx, c, g, budget); err != nil {
		f.t.Fatal(err)
	}
	f.campaigns[pool] = c
}

// TestCommitments: each root is proposed with every pool's total among its leaves — and only pools' (a
// minted token's total commits nobody's deposit) — also when the proposal is resumed after a crash.
func TestCommitments(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	usdc := addr(0x5D, 1)
	poolA, poolB := addr(0xFA, 1), addr(0xFB, 2)
	f.pooled(poolA, usdc)
	f.pooled(poolB, usdc)
	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)

	f.award(tokenA, 10, accounts(1, 5)...) // minted: no commitment
	f.award(poolA, 7, accounts(1, 3)...)
	f.award(poolB, 2, accounts(2, 4)...)
	f.award(poolA, 1, accounts(1, 1)...)
	wantEpoch(t, 1)(s.SettleOnce(ctx))
	want := map[common.Address]int64{poolA: 3*7 + 1, poolB: 4 * 2}
	check := func(n uint64, want map[common.Address]int64) {
		t.Helper()
		calls := ch.acceptedCalls()
		last := calls[len(calls)-1]
		if last.epoch != n || len(last.commitments) != len(want) {
			t.Fatalf("epoch %d proposed with %+v, want %v", last.epoch, last.commitments, want)
		}
		for _, c := range last.commitments {
			if w, ok := want[c.Pool]; !ok || c.Total.Int64() != w {
				t.Fatalf("epoch %d commits %s to %s, want %v", n, c.Total, c.Pool.Hex(), want)
			}
		}
	}
	check(1, want)

	// A crash after the record is built: the next settler proposes the stored commitments.
	ch.advance(time.Hour)
	f.award(poolB, 5, accounts(3, 2)...)
	s.hook = func(p string) error {
		if p == "sending" {
			return errCrash
		}
		return nil
	}
	if _, err := s.SettleOnce(ctx); !errors.Is(err, errCrash) {
		t.Fatalf("crash: %v", err)
	}
	// s is dead (its lease is not released); b waits for the lease and sends the stored proposal.
	b := f.newSettler(&fakeProposer{c: ch, who: "b"}, "b", nil)
	eventually(t, 10*time.Second, "b to settle epoch 2", func() bool {
		e, err := b.SettleOnce(ctx)
		if errors.Is(err, ErrNotLeader) {
			return false
		}
		mustEpoch(t, e, err, 2)
		return true
	})
	check(2, map[common.Address]int64{poolA: 22, poolB: 8 + 10})
}

// TestCommitmentsCountUnlinkedUsers: what a pool's unlinked platform users are owed has no leaf, yet it is in
// the pool's commitment (a pool only its users were awarded from included), so its sponsor cannot withdraw
// it; once the user is linked the same amount is committed through the wallet's leaf, not twice.
func TestCommitmentsCountUnlinkedUsers(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	usdc := addr(0x5D, 1)
	poolA, poolB := addr(0xFA, 1), addr(0xFB, 2)
	f.pooled(poolA, usdc)
	f.pooled(poolB, usdc)
	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	for _, pool := range []common.Address{poolA, poolB} {
		if _, err := f.store.ResolveUsers(ctx, pool, "plt", []string{"u1"}); err != nil {
			t.Fatal(err)
		}
	}
	u1 := ledger.UserAccount("plt", "u1")
	f.award(poolA, 7, accounts(1, 3)...)
	f.award(poolA, 50, u1)
	f.award(poolB, 4, u1) // poolB: users only, no leaf at all
	check := func(n uint64, want map[common.Address]int64) {
		t.Helper()
		calls := ch.acceptedCalls()
		last := calls[len(calls)-1]
		if last.epoch != n || len(last.commitments) != len(want) {
			t.Fatalf("epoch %d proposed with %+v, want %v", last.epoch, last.commitments, want)
		}
		for _, c := range last.commitments {
			if w, ok := want[c.Pool]; !ok || c.Total.Int64() != w {
				t.Fatalf("epoch %d commits %s to %s, want %v", n, c.Total, c.Pool.Hex(), want)
			}
		}
	}
	wantEpoch(t, 1)(s.SettleOnce(ctx))
	check(1, map[common.Address]int64{poolA: 3*7 + 50, poolB: 4})

	// Linked: the wallet's leaf carries it; the commitment is the same.
	ch.advance(time.Hour)
	wallet := addr(0xEE, 1)
	if _, err := f.store.Link(ctx, "plt", "u1", wallet); err != nil {
		t.Fatal(err)
	}
	f.award(poolA, 1, accounts(1, 1)...)
	wantEpoch(t, 2)(s.SettleOnce(ctx))
	check(2, map[common.Address]int64{poolA: 3*7 + 50 + 1, poolB: 4})
}
