package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-redis/redis_rate/v10"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// TestCreatorCommunitiesPages: a creator's communities are listed from its own index, newest first, in pages
// that together hold each community exactly once, also when several were created in the same millisecond;
// another creator's communities never appear.
func TestCreatorCommunitiesPages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	alice, bob := addr(0xC1, 1), addr(0xC1, 2)
	var want []string
	for i := range 23 {
		at := start.Add(time.Duration(i/3) * time.Millisecond) // three per millisecond: ties
		id := fmt.Sprintf("cmt_%02d", i)
		if err := s.CreateCommunity(ctx, ledger.Community{ID: id, Creator: rewards.Address(alice), CreatedAt: at}); err != nil {
			t.Fatal(err)
		}
		want = append(want, id)
		if err := s.CreateCommunity(ctx, ledger.Community{ID: "bob_" + id, Creator: rewards.Address(bob), CreatedAt: at}); err != nil {
			t.Fatal(err)
		}
	}
	slices.Reverse(want)
	for _, size := range []int{1, 2, 3, 5, 22, 23, 200} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			var got []string
			cursor := ""
			for pages := 0; ; pages++ {
				if pages > 30 {
					t.Fatal("pagination does not end")
				}
				page, next, err := s.CreatorCommunities(ctx, alice.Common(), cursor, size)
				if err != nil {
					t.Fatal(err)
				}
				if len(page) > size {
					t.Fatalf("page of %d for limit %d", len(page), size)
				}
				for _, c := range page {
					got = append(got, c.ID)
				}
				if next == "" {
					break
				}
				cursor = next
			}
			if !slices.Equal(got, want) {
				t.Fatalf("pages:\n got %v\nwant %v", got, want)
			}
		})
	}
	for _, bad := range []string{"nope!", "MTIz", strings.Repeat("A", 1000)} {
		if _, _, err := s.CreatorCommunities(ctx, alice.Common(), bad, 10); !errors.Is(err, ledger.ErrCursor) {
			t.Errorf("cursor %q: %v, want ErrCursor", bad, err)
		}
	}
	for _, limit := range []int{-1, ledger.MaxPageSize + 1} {
		if _, _, err := s.CreatorCommunities(ctx, alice.Common(), "", limit); !errors.Is(err, ledger.ErrInvalid) {
			t.Errorf("limit %d: %v, want ErrInvalid", limit, err)
		}
	}
}

// TestIndexCreators: communities stored before the creator index existed are indexed once at start.
func TestIndexCreators(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _, prefix := newStorePrefix(t)
	alice := addr(0xC1, 1)
	for i := range 3 {
		if err := s.CreateCommunity(ctx, ledger.Community{ID: fmt.Sprint("c", i), Creator: rewards.Address(alice)}); err != nil {
			t.Fatal(err)
		}
	}
	// As a Redis written by an older tribed: no creator index.
	rdb := ledgertest.Redis(t)
	if err := rdb.Del(ctx, prefix+":{community}:creator:"+strings.ToLower(alice.Common().Hex())).Err(); err != nil {
		t.Fatal(err)
	}
	if page, _, _ := s.CreatorCommunities(ctx, alice.Common(), "", 0); len(page) != 0 {
		t.Fatalf("index still there: %d", len(page))
	}
	if n, err := s.IndexCreators(ctx); err != nil || n != 3 {
		t.Fatalf("IndexCreators = %d, %v; want 3", n, err)
	}
	if n, err := s.IndexCreators(ctx); err != nil || n != 0 {
		t.Fatalf("IndexCreators again = %d, %v; want 0 (ran already)", n, err)
	}
	if page, _, _ := s.CreatorCommunities(ctx, alice.Common(), "", 0); len(page) != 3 {
		t.Fatalf("after IndexCreators: %d communities, want 3", len(page))
	}
}

// TestAllowRateKeys: rate limits live under the Store's prefix, with nothing under redis_rate's own "rate:".
func TestAllowRateKeys(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _, prefix := newStorePrefix(t)
	limit := redis_rate.Limit{Rate: 2, Burst: 2, Period: time.Hour}
	subject := "0xAbC:{x}" // escaped in the key
	for i, want := range []int{1, 1, 0} {
		res, err := s.AllowRate(ctx, "communities", subject, limit, 1)
		if err != nil {
			t.Fatal(err)
		}
		if res.Allowed != want {
			t.Fatalf("call %d allowed %d, want %d", i, res.Allowed, want)
		}
	}
	rdb := ledgertest.Redis(t)
	keys, err := rdb.Keys(ctx, prefix+":rl:*").Result()
	if err != nil {
		t.Fatal(err)
	}
	if want := prefix + ":rl:communities:0xAbC%3A%7Bx%7D"; !slices.Equal(keys, []string{want}) {
		t.Fatalf("rate limit keys %v, want [%s]", keys, want)
	}
	if n, _ := rdb.Exists(ctx, "rate:"+prefix+":rl:communities:0xAbC%3A%7Bx%7D").Result(); n != 0 {
		t.Fatal("a key under redis_rate's own prefix")
	}
}
