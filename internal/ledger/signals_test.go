package ledger_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// referralCampaign creates a campaign that pays referrals, at most maxPerDay per referrer per day (0: no bound).
func referralCampaign(t *testing.T, s *ledger.Store, id string, maxPerDay uint32) *rewards.Campaign {
	t.Helper()
	c := &rewards.Campaign{ID: id, CommunityID: "community-1", Creator: addr(0xCC, 1), RewardToken: tokenA,
		Budget: amt(t, "1000"), Rules: rewards.Rules{Referral: &rewards.ReferralRule{ReferrerReward: rewards.AmountOf(1)}}}
	if maxPerDay > 0 {
		c.Rules.Referral.MaxPerDay = &maxPerDay
	}
	must(t, c.Validate())
	must(t, s.CreateCampaign(context.Background(), c))
	return c
}

// TestReferralVelocity: at most max_per_day referrals per referrer per UTC day, even when they arrive at once;
// a refused one changes nothing; the next UTC day starts again; other referrers are apart.
func TestReferralVelocity(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk, prefix := newStorePrefix(t)
	rdb := ledgertest.Redis(t)
	c := referralCampaign(t, s, "vel-1", 3)
	referrer := addr(1, 1)

	var wg sync.WaitGroup
	errs := make([]error, 10)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.RecordReferral(ctx, c, referrer, addr(2, i))
		}()
	}
	wg.Wait()
	ok, refused := 0, 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, ledger.ErrVelocity):
			refused++
		default:
			t.Fatalf("unexpected error: %v", err)
		}
	}
	if ok != 3 || refused != 7 {
		t.Fatalf("%d recorded and %d refused, want 3 and 7", ok, refused)
	}
	if st := stats(t, s, c); st.Referrals != 3 {
		t.Fatalf("campaign shows %d referrals, want 3", st.Referrals)
	}

	before := keyspace(t, rdb, prefix)
	_, err := s.RecordReferral(ctx, c, referrer, addr(3, 1))
	wantErr(t, err, ledger.ErrVelocity)
	if !strings.Contains(err.Error(), "3 of at most 3") {
		t.Errorf("error %q does not say the count", err)
	}
	if after := keyspace(t, rdb, prefix); after != before {
		t.Fatalf("a refused referral changed the ledger:\nbefore %s\nafter  %s", before, after)
	}
	// Another referrer has its own allowance.
	_, err = s.RecordReferral(ctx, c, addr(1, 2), addr(3, 2))
	must(t, err)

	// The next UTC day (from 12:00 to 00:00 the day after) starts again.
	clk.Add(12 * time.Hour)
	_, err = s.RecordReferral(ctx, c, referrer, addr(3, 1))
	must(t, err)

	// Without a bound, nothing is counted.
	free := referralCampaign(t, s, "vel-free", 0)
	for i := range 5 {
		_, err := s.RecordReferral(ctx, free, referrer, addr(4, i))
		must(t, err)
	}
	if keys, _ := rdb.Keys(ctx, prefix+":*vel:vel-free*").Result(); len(keys) != 0 {
		t.Fatalf("an unbounded campaign keeps counters: %v", keys)
	}
}

// TestReferralFingerprints: a referral is refused as a self-referral when the referrer and the referee share
// a fingerprint — the referral's own, or one an event recorded for the referee; only hashes are stored, and
// at most ledger.MaxFingerprints per account.
func TestReferralFingerprints(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk, prefix := newStorePrefix(t)
	rdb := ledgertest.Redis(t)
	c := referralCampaign(t, s, "fp-1", 0)
	other := referralCampaign(t, s, "fp-2", 0)
	alice, bob, carol, dave := addr(1, 1), addr(1, 2), addr(1, 3), addr(1, 4)

	must(t, s.RecordFingerprint(ctx, c, alice, "device-alice"))
	// Bob's referral carries Alice's device: the same person twice.
	before := keyspace(t, rdb, prefix)
	_, err := s.RecordReferralWith(ctx, c, alice, bob, ledger.ReferralSignals{Fingerprint: "device-alice"})
	wantErr(t, err, ledger.ErrSelfReferral)
	if !strings.Contains(err.Error(), "fingerprint") {
		t.Errorf("error %q does not say why", err)
	}
	if keyspace(t, rdb, prefix) != before {
		t.Fatal("a refused referral changed the ledger")
	}
	// Carol was seen on Alice's device in an event before the referral.
	must(t, s.RecordFingerprint(ctx, c, carol, "device-alice"))
	_, err = s.RecordReferral(ctx, c, alice, carol)
	wantErr(t, err, ledger.ErrSelfReferral)

	// Another device is fine, and is recorded for the referee: Bob cannot refer someone on it later.
	_, err = s.RecordReferralWith(ctx, c, alice, bob, ledger.ReferralSignals{Fingerprint: "device-bob"})
	must(t, err)
	_, err = s.RecordReferralWith(ctx, c, bob, dave, ledger.ReferralSignals{Fingerprint: "device-bob"})
	wantErr(t, err, ledger.ErrSelfReferral)
	// Campaigns are apart: in another campaign, Alice's device says nothing.
	_, err = s.RecordReferralWith(ctx, other, alice, bob, ledger.ReferralSignals{Fingerprint: "device-alice"})
	must(t, err)

	// Only hashes are stored.
	keys, err := rdb.Keys(ctx, prefix+":*").Result()
	must(t, err)
	dump := ""
	for _, k := range keys {
		if typ, _ := rdb.Type(ctx, k).Result(); typ == "zset" {
			m, err := rdb.ZRange(ctx, k, 0, -1).Result()
			must(t, err)
			dump += strings.Join(m, ",")
		}
	}
	if strings.Contains(dump, "device") || strings.Contains(strings.Join(keys, ","), "device") {
		t.Fatalf("a fingerprint is stored in the clear: %s", dump)
	}

	// Bounded: the newest MaxFingerprints are kept; the oldest is forgotten.
	erin := addr(1, 5)
	for i := range ledger.MaxFingerprints + 1 {
		clk.Add(time.Second)
		must(t, s.RecordFingerprint(ctx, c, erin, "erin-"+string(rune('a'+i))))
	}
	fpKeys, err := rdb.Keys(ctx, prefix+":*fp:fp-1:"+strings.ToLower(erin.Common().Hex())).Result()
	must(t, err)
	if len(fpKeys) != 1 {
		t.Fatalf("fingerprint keys %v", fpKeys)
	}
	if n, _ := rdb.ZCard(ctx, fpKeys[0]).Result(); n != ledger.MaxFingerprints {
		t.Fatalf("%d fingerprints kept, want %d", n, ledger.MaxFingerprints)
	}
	must(t, s.RecordFingerprint(ctx, c, alice, "erin-a")) // Erin's forgotten first device
	_, err = s.RecordReferral(ctx, c, alice, erin)
	must(t, err)

	// Bad fingerprints are refused before anything is written.
	for _, bad := range []string{"has space", strings.Repeat("x", 129), "\x00"} {
		if err := s.RecordFingerprint(ctx, c, alice, bad); !errors.Is(err, ledger.ErrInvalid) {
			t.Errorf("RecordFingerprint(%q) = %v", bad, err)
		}
		if _, err := s.RecordReferralWith(ctx, c, alice, addr(9, 9), ledger.ReferralSignals{Fingerprint: bad}); !errors.Is(err, ledger.ErrInvalid) {
			t.Errorf("RecordReferralWith(%q) = %v", bad, err)
		}
	}
}
