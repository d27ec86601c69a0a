package ledger_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// TestReferralCodes: one stable code per (campaign, referrer), resolvable without knowing the campaign.
func TestReferralCodes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c1 := newCampaign(t, s, "codes-1", tokenA, "1000", "")
	c2 := newCampaign(t, s, "codes-2", tokenB, "1000", "")
	a, b := addr(1, 1), addr(1, 2)

	code, created, err := s.EnsureReferralCode(ctx, c1, a)
	must(t, err)
	if !created || !ledger.ValidReferralCode(code) {
		t.Fatalf("first code %q created=%v", code, created)
	}
	again, created, err := s.EnsureReferralCode(ctx, c1, a)
	must(t, err)
	if again != code || created {
		t.Fatalf("repeat gave %q created=%v, want %q not created", again, created, code)
	}
	other, _, err := s.EnsureReferralCode(ctx, c1, b)
	must(t, err)
	elsewhere, _, err := s.EnsureReferralCode(ctx, c2, a)
	must(t, err)
	if other == code || elsewhere == code || other == elsewhere {
		t.Fatalf("codes are not distinct: %s %s %s", code, other, elsewhere)
	}
	for _, tc := range []struct {
		code     string
		campaign string
		referrer rewards.Address
	}{{code, c1.ID, a}, {other, c1.ID, b}, {elsewhere, c2.ID, a}} {
		rc, err := s.ResolveReferralCode(ctx, tc.code)
		must(t, err)
		if rc.Code != tc.code || rc.CampaignID != tc.campaign || rc.Referrer != tc.referrer {
			t.Errorf("resolve %s = %+v, want %s %s", tc.code, rc, tc.campaign, tc.referrer)
		}
	}
	for _, bad := range []string{"", "aaaaaaaaaaaaa", strings.ToUpper(code), code + "a", code[:12], "../../etc/pas", "aaaaaaaaaaaa{"} {
		if _, err := s.ResolveReferralCode(ctx, bad); !errors.Is(err, ledger.ErrUnknownCode) {
			t.Errorf("resolve %q: %v, want ErrUnknownCode", bad, err)
		}
	}
}

// TestReferralCodeConcurrent: however many ask at once, one code wins and every caller gets it; the losers'
// records are gone.
func TestReferralCodeConcurrent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _, prefix := newStorePrefix(t)
	c := newCampaign(t, s, "codes-race", tokenA, "1000", "")
	a := addr(1, 7)
	const n = 16
	codes := make([]string, n)
	var created int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, isNew, err := s.EnsureReferralCode(ctx, c, a)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			codes[i] = code
			if isNew {
				created++
			}
		}()
	}
	wg.Wait()
	if len(slices.Compact(slices.Sorted(slices.Values(codes)))) != 1 || created != 1 {
		t.Fatalf("codes %v, %d created; want one code created once", codes, created)
	}
	keys, err := ledgertest.Redis(t).Keys(ctx, prefix+":refcode:*").Result()
	must(t, err)
	if len(keys) != 1 {
		t.Fatalf("%d global code records, want 1: %v", len(keys), keys)
	}
}

// TestReferralCodeCollision: a random code already taken by another referrer is never handed out twice.
func TestReferralCodeCollision(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// The same 8 bytes twice, then others: the second referrer's first draw collides with the first's code.
	stream := append(append(bytes.Repeat([]byte{7}, 8), bytes.Repeat([]byte{7}, 8)...), bytes.Repeat([]byte{9}, 8)...)
	s, _ := newStore(t, func(o *ledger.Options) { o.Rand = bytes.NewReader(stream) })
	c := newCampaign(t, s, "codes-collide", tokenA, "1000", "")
	first, _, err := s.EnsureReferralCode(ctx, c, addr(1, 1))
	must(t, err)
	second, _, err := s.EnsureReferralCode(ctx, c, addr(1, 2))
	must(t, err)
	if first == second {
		t.Fatalf("two referrers share code %s", first)
	}
	rc, err := s.ResolveReferralCode(ctx, first)
	must(t, err)
	if rc.Referrer != addr(1, 1) {
		t.Fatalf("the first code now resolves to %s", rc.Referrer)
	}
	// A random source that fails is an error, not a code.
	if _, _, err := s.EnsureReferralCode(ctx, c, addr(1, 3)); err == nil {
		t.Fatal("a code from an exhausted random source")
	}
}

// keyspace is every key under prefix with its DUMP, to check that a refusal wrote nothing.
func keyspace(t *testing.T, rdb redis.UniversalClient, prefix string) string {
	t.Helper()
	ctx := context.Background()
	keys, err := rdb.Keys(ctx, prefix+":*").Result()
	must(t, err)
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		v, err := rdb.Dump(ctx, k).Result()
		must(t, err)
		ttl, err := rdb.PTTL(ctx, k).Result()
		must(t, err)
		fmt.Fprintf(&b, "%s ttl=%v %x\n", k, ttl > 0, v)
	}
	return b.String()
}
