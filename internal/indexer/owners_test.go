package indexer_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/indexer"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// TestOwnersOnChain follows a factory token's two-step ownership transfer and its renounce on the simulated
// chain into the ledger: the community's Creator and both creators' listings; re-telling the ledger (a crash
// between the batch and the ledger write, a restart) changes nothing; a reorg that orphans the transfer
// gives the community back to its first creator.
func TestOwnersOnChain(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	h := chaintest.New(t)
	rdb := ledgertest.Redis(t)
	cfg := chainConfig(t, h)
	store := ledger.New(rdb, ledger.Options{Prefix: cfg.Prefix})
	cfg.Owners = store
	ix := indexer.New(h.Client, rdb, cfg)

	alice, bob := h.Keys[4], h.Keys[5]
	tok := h.CreateToken(alice, "Owned", "OWN", new(big.Int), new(big.Int), [32]byte{9})
	// The community as the relayer leaves it once its token is created.
	if err := store.CreateCommunity(ctx, ledger.Community{ID: "cmt_owned", Creator: rewards.Address(h.Addr(alice)),
		Name: "Owned", Symbol: "OWN", TokenAddress: rewards.Address(tok), Status: ledger.CommunityActive}); err != nil {
		t.Fatal(err)
	}
	// Another Ownable contract's transfer, of an address the factory never created: ignored.
	other := h.CreateToken(bob, "Other", "OTH", new(big.Int), new(big.Int), [32]byte{1})
	h.MustTransact(bob, other, h.Token.PackTransferOwnership(h.Addr(alice)))

	check := func(step string, creator common.Address, lists map[common.Address][]string) {
		t.Helper()
		c, err := store.GetCommunity(ctx, "cmt_owned")
		if err != nil {
			t.Fatal(err)
		}
		if c.Creator.Common() != creator {
			t.Errorf("%s: community creator = %s, want %s", step, c.Creator, creator)
		}
		if owner, ok, err := ix.Owner(ctx, tok); err != nil || !ok || owner != creator {
			t.Errorf("%s: indexed owner = %s %v %v, want %s", step, owner, ok, err, creator)
		}
		for who, want := range lists {
			page, _, err := store.CreatorCommunities(ctx, who, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range page {
				got = append(got, c.ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: %s lists %v, want %v", step, who, got, want)
			}
		}
	}
	a, b, zero := h.Addr(alice), h.Addr(bob), common.Address{}

	mustSync(t, ix)
	check("created", a, map[common.Address][]string{a: {"cmt_owned"}, b: nil})

	// Step one only starts the transfer: nothing moves.
	h.MustTransact(alice, tok, h.Token.PackTransferOwnership(b))
	mustSync(t, ix)
	check("transfer started", a, map[common.Address][]string{a: {"cmt_owned"}, b: nil})

	accepted := h.MustTransact(bob, tok, h.Token.PackAcceptOwnership())
	mustSync(t, ix)
	check("accepted", b, map[common.Address][]string{a: nil, b: {"cmt_owned"}})

	// As if the process died after the batch and before the ledger write: the token is told again, and
	// nothing changes; nor does a restarted indexer.
	record := func() string { return rdb.Get(ctx, cfg.Prefix+":{community}:rec:cmt_owned").Val() }
	before, snap := record(), snapshot(t, cfg.Prefix)
	rdb.SAdd(ctx, cfg.Prefix+":{idx}:ownersync", strings.ToLower(tok.Hex()))
	mustSync(t, ix)
	restarted := indexer.New(h.Client, rdb, cfg)
	mustSync(t, restarted)
	if got := record(); got != before {
		t.Errorf("told again: record %s, was %s", got, before)
	}
	sameSnapshot(t, snapshot(t, cfg.Prefix), snap)
	check("told again", b, map[common.Address][]string{a: nil, b: {"cmt_owned"}})

	// A reorg orphans the acceptance: the chain goes back to its parent, the pool forgets it, and the new
	// fork grows past the old head.
	parent, err := h.Client.HeaderByNumber(ctx, new(big.Int).Sub(accepted.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	h.Sim.Rollback()
	h.Sim.Commit()
	h.Sim.Commit()
	if got, err := h.Token.UnpackCreator(h.Call(tok, h.Token.PackCreator())); err != nil || got != a {
		t.Fatalf("after the reorg the chain says creator %s (%v), want %s", got, err, a)
	}
	mustSync(t, ix)
	check("acceptance orphaned", a, map[common.Address][]string{a: {"cmt_owned"}, b: nil})

	// Renounced: the record names the zero address, and no listing has the community.
	h.MustTransact(alice, tok, h.Token.PackRenounceOwnership())
	mustSync(t, ix)
	check("renounced", zero, map[common.Address][]string{a: nil, b: nil, zero: nil})
	if n := rdb.SCard(ctx, cfg.Prefix+":{idx}:ownersync").Val(); n != 0 {
		t.Errorf("%d tokens still to pass on", n)
	}
}

// TestOwnersRetold: when Owners fails, or is not ready for a token, the batch stays committed and the token
// is told again after the next pass, until it takes it.
func TestOwnersRetold(t *testing.T) {
	t.Parallel()
	f := baseChain()
	cfg := fakeConfig(t)
	rec := cfg.Owners.(*recordOwners)
	rec.Set(func(r *recordOwners) { r.err = errors.New("ledger down") })
	ix := indexer.New(f, ledgertest.Redis(t), cfg)
	if _, err := ix.SyncOnce(context.Background()); !errors.Is(err, indexer.ErrOwners) {
		t.Fatalf("sync with a failing ledger = %v, want ErrOwners", err)
	}
	if n, _, _ := ix.Cursor(context.Background()); n != f.Head() {
		t.Fatalf("cursor %d, want %d: the batch must stay committed", n, f.Head())
	}
	rec.Set(func(r *recordOwners) { r.err, r.refuse[tokA] = nil, true })
	mustSync(t, ix)
	if _, ok := rec.Get(tokA); ok {
		t.Fatal("a refused owner was recorded")
	}
	if got, _ := rec.Get(tokB); got != (common.Address{}) {
		t.Errorf("tokB's owner = %s, want renounced", got)
	}
	calls := rec.Calls()
	mustSync(t, ix) // tokA only is told again
	if rec.Calls() != calls+1 {
		t.Errorf("%d calls in a pass, want 1 (the refused token)", rec.Calls()-calls)
	}
	rec.Set(func(r *recordOwners) { delete(r.refuse, tokA) })
	mustSync(t, ix)
	checkTruth(t, ix, f, cfg)
}
