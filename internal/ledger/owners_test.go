package ledger_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// listed is the ids of creator's communities, newest first.
func listed(t testing.TB, s *ledger.Store, creator rewards.Address) []string {
	t.Helper()
	page, _, err := s.CreatorCommunities(context.Background(), creator.Common(), "", ledger.MaxPageSize)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, c := range page {
		ids = append(ids, c.ID)
	}
	return ids
}

// TestSetCommunityCreator: a token's new owner becomes the creator of its active communities, in the record
// and in both creators' indexes; the same owner again changes nothing; a renounce leaves the community in no
// index; pending communities are left alone and reported, other statuses and other tokens are untouched.
func TestSetCommunityCreator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	alice, bob, carol := addr(0xC1, 1), addr(0xC1, 2), addr(0xC1, 3)
	tokC := addr(0xC0, 3)
	for i, c := range []ledger.Community{
		{ID: "active", Creator: alice, TokenAddress: tokenA, Status: ledger.CommunityActive},
		{ID: "failed", Creator: alice, TokenAddress: tokenA, Status: ledger.CommunityFailed},
		{ID: "other", Creator: alice, TokenAddress: tokenB, Status: ledger.CommunityActive},
		{ID: "pending", Creator: carol, TokenAddress: tokC, Status: ledger.CommunityPending},
	} {
		c.CreatedAt = start.Add(time.Duration(i) * time.Millisecond)
		if err := s.CreateCommunity(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	creatorOf := func(id string) rewards.Address {
		t.Helper()
		c, err := s.GetCommunity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return c.Creator
	}

	for range 2 { // the second time changes nothing
		if applied, err := s.SetCommunityCreator(ctx, tokenA.Common(), bob.Common()); err != nil || !applied {
			t.Fatalf("SetCommunityCreator = %v, %v", applied, err)
		}
		if got := creatorOf("active"); got != bob {
			t.Errorf("active community's creator = %s, want %s", got, bob)
		}
		if got := creatorOf("failed"); got != alice {
			t.Errorf("failed community's creator = %s, want %s (unchanged)", got, alice)
		}
		if got := listed(t, s, alice); !slices.Equal(got, []string{"other", "failed"}) {
			t.Errorf("alice lists %v", got)
		}
		if got := listed(t, s, bob); !slices.Equal(got, []string{"active"}) {
			t.Errorf("bob lists %v", got)
		}
	}

	// Renounced: in nobody's index, the record names the zero address.
	if applied, err := s.SetCommunityCreator(ctx, tokenA.Common(), common.Address{}); err != nil || !applied {
		t.Fatalf("renounce = %v, %v", applied, err)
	}
	if got := creatorOf("active"); got != (rewards.Address{}) {
		t.Errorf("renounced community's creator = %s", got)
	}
	if got := listed(t, s, bob); len(got) != 0 {
		t.Errorf("bob still lists %v", got)
	}
	if got := listed(t, s, rewards.Address{}); len(got) != 0 {
		t.Errorf("the zero address lists %v", got)
	}
	// And back: a reorg that orphans the renounce.
	if _, err := s.SetCommunityCreator(ctx, tokenA.Common(), bob.Common()); err != nil {
		t.Fatal(err)
	}
	if got := listed(t, s, bob); !slices.Equal(got, []string{"active"}) || creatorOf("active") != bob {
		t.Errorf("after the renounce is undone bob lists %v", got)
	}

	// Pending: not applied, nothing changes.
	if applied, err := s.SetCommunityCreator(ctx, tokC.Common(), bob.Common()); err != nil || applied {
		t.Fatalf("pending: SetCommunityCreator = %v, %v; want false", applied, err)
	}
	if got := creatorOf("pending"); got != carol {
		t.Errorf("pending community's creator = %s, want %s", got, carol)
	}
	// A token without communities: nothing to do.
	if applied, err := s.SetCommunityCreator(ctx, addr(0xD0, 9).Common(), bob.Common()); err != nil || !applied {
		t.Fatalf("no community: SetCommunityCreator = %v, %v", applied, err)
	}
}

// TestIndexTokens: communities stored before the token index existed are found by SetCommunityCreator once
// IndexCreators ran, and a renounced community is put in no creator's index.
func TestIndexTokens(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _, prefix := newStorePrefix(t)
	alice, bob := addr(0xC1, 1), addr(0xC1, 2)
	for _, c := range []ledger.Community{
		{ID: "a", Creator: alice, TokenAddress: tokenA, Status: ledger.CommunityActive},
		{ID: "b", Creator: rewards.Address{}, TokenAddress: tokenB, Status: ledger.CommunityActive},
	} {
		if err := s.CreateCommunity(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	// As a Redis written by an older tribed: a creator index, no token index.
	rdb := ledgertest.Redis(t)
	zero := prefix + ":{community}:creator:0x" + strings.Repeat("0", 40)
	if err := rdb.Del(ctx, prefix+":{community}:token:"+strings.ToLower(tokenA.Common().Hex()), zero).Err(); err != nil {
		t.Fatal(err)
	}
	if err := rdb.Set(ctx, prefix+":{community}:creatorindex", "1", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if n, err := s.IndexCreators(ctx); err != nil || n != 2 {
		t.Fatalf("IndexCreators = %d, %v; want 2", n, err)
	}
	if n := rdb.Exists(ctx, zero).Val(); n != 0 {
		t.Error("the renounced community was indexed under the zero address")
	}
	if _, err := s.SetCommunityCreator(ctx, tokenA.Common(), bob.Common()); err != nil {
		t.Fatal(err)
	}
	if got := listed(t, s, bob); !slices.Equal(got, []string{"a"}) {
		t.Errorf("bob lists %v", got)
	}
}
