package ledger_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

func TestPing(t *testing.T) {
	t.Parallel()
	s, _ := newStore(t)
	must(t, s.Ping(context.Background()))
}

func TestPlatforms(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	p := ledger.Platform{ID: "acme", Name: "Acme", Scopes: []string{"awards", "referrals"}, Campaigns: []string{"c1"}}
	must(t, s.CreatePlatform(ctx, p))

	tests := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"get", func(t *testing.T) {
			got, err := s.GetPlatform(ctx, "acme")
			must(t, err)
			want := p
			want.CreatedAt = start
			if !reflect.DeepEqual(*got, want) {
				t.Errorf("got %+v, want %+v", *got, want)
			}
		}},
		{"create existing", func(t *testing.T) { wantErr(t, s.CreatePlatform(ctx, p), ledger.ErrExists) }},
		{"create without id", func(t *testing.T) { wantErr(t, s.CreatePlatform(ctx, ledger.Platform{}), ledger.ErrInvalid) }},
		{"get missing", func(t *testing.T) {
			_, err := s.GetPlatform(ctx, "nobody")
			wantErr(t, err, ledger.ErrNotFound)
		}},
		{"update missing", func(t *testing.T) {
			_, err := s.UpdatePlatform(ctx, "nobody", func(*ledger.Platform) error { return nil })
			wantErr(t, err, ledger.ErrNotFound)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.run)
	}

	t.Run("revoke", func(t *testing.T) {
		got, err := s.UpdatePlatform(ctx, "acme", func(p *ledger.Platform) error {
			p.Revoked = true
			p.ID = "renamed"
			return nil
		})
		must(t, err)
		if !got.Revoked || got.ID != "acme" {
			t.Errorf("updated %+v", got)
		}
		got, err = s.GetPlatform(ctx, "acme")
		must(t, err)
		if !got.Revoked {
			t.Error("revocation not stored")
		}
	})
	t.Run("update error stores nothing", func(t *testing.T) {
		boom := errors.New("boom")
		_, err := s.UpdatePlatform(ctx, "acme", func(p *ledger.Platform) error {
			p.Name = "changed"
			return boom
		})
		wantErr(t, err, boom)
		got, err := s.GetPlatform(ctx, "acme")
		must(t, err)
		if got.Name != "Acme" {
			t.Errorf("name = %q", got.Name)
		}
	})
}

func TestNonces(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	tests := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"taken once", func(t *testing.T) {
			must(t, s.PutNonce(ctx, "n1", time.Minute))
			for i, want := range []bool{true, false} {
				ok, err := s.TakeNonce(ctx, "n1")
				must(t, err)
				if ok != want {
					t.Errorf("take %d = %v, want %v", i, ok, want)
				}
			}
		}},
		{"unknown", func(t *testing.T) {
			ok, err := s.TakeNonce(ctx, "never")
			must(t, err)
			if ok {
				t.Error("took an unknown nonce")
			}
		}},
		{"duplicate", func(t *testing.T) {
			must(t, s.PutNonce(ctx, "n2", time.Minute))
			wantErr(t, s.PutNonce(ctx, "n2", time.Minute), ledger.ErrExists)
		}},
		{"invalid", func(t *testing.T) {
			wantErr(t, s.PutNonce(ctx, "n3", 0), ledger.ErrInvalid)
			wantErr(t, s.PutNonce(ctx, "", time.Minute), ledger.ErrInvalid)
		}},
		{"expired", func(t *testing.T) {
			must(t, s.PutNonce(ctx, "n4", 30*time.Millisecond))
			time.Sleep(150 * time.Millisecond)
			ok, err := s.TakeNonce(ctx, "n4")
			must(t, err)
			if ok {
				t.Error("took an expired nonce")
			}
		}},
		{"concurrent takes", func(t *testing.T) {
			must(t, s.PutNonce(ctx, "n5", time.Minute))
			var wins atomic.Int32
			var wg sync.WaitGroup
			for range 100 {
				wg.Go(func() {
					ok, err := s.TakeNonce(ctx, "n5")
					if err != nil {
						t.Error(err)
					}
					if ok {
						wins.Add(1)
					}
				})
			}
			wg.Wait()
			if wins.Load() != 1 {
				t.Errorf("%d takes succeeded, want 1", wins.Load())
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.run(t)
		})
	}
}

func TestCommunities(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk := newStore(t)
	c1 := ledger.Community{ID: "com-1", Creator: addr(0xCC, 1), Name: "Fans", Symbol: "FAN",
		MaxSupply: amt(t, "1000000000000000000000000"), CreatorAllocation: amt(t, "5"), Salt: "0x01", Deadline: 1790000000,
		Signature: "0xsig", TokenAddress: addr(0xA0, 9)}
	must(t, s.CreateCommunity(ctx, c1))
	clk.Add(time.Second)
	must(t, s.CreateCommunity(ctx, ledger.Community{ID: "com-2", Name: "Two", Status: ledger.CommunityActive}))
	clk.Add(time.Second)
	must(t, s.CreateCommunity(ctx, ledger.Community{ID: "com-3", Name: "Three"}))

	t.Run("get", func(t *testing.T) {
		got, err := s.GetCommunity(ctx, "com-1")
		must(t, err)
		want := c1
		want.Status, want.CreatedAt = ledger.CommunityPending, start
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("got %+v\nwant %+v", *got, want)
		}
	})
	t.Run("errors", func(t *testing.T) {
		wantErr(t, s.CreateCommunity(ctx, c1), ledger.ErrExists)
		wantErr(t, s.CreateCommunity(ctx, ledger.Community{}), ledger.ErrInvalid)
		wantErr(t, s.CreateCommunity(ctx, ledger.Community{ID: "x", Status: "odd"}), ledger.ErrInvalid)
		_, err := s.GetCommunity(ctx, "nope")
		wantErr(t, err, ledger.ErrNotFound)
		_, err = s.UpdateCommunity(ctx, "nope", func(*ledger.Community) error { return nil })
		wantErr(t, err, ledger.ErrNotFound)
		_, err = s.UpdateCommunity(ctx, "com-1", func(c *ledger.Community) error { c.Status = "odd"; return nil })
		wantErr(t, err, ledger.ErrInvalid)
		_, err = s.ListCommunities(ctx, "odd")
		wantErr(t, err, ledger.ErrInvalid)
	})
	list := func(t *testing.T, status string) []string {
		t.Helper()
		cs, err := s.ListCommunities(ctx, status)
		must(t, err)
		var ids []string
		for _, c := range cs {
			ids = append(ids, c.ID)
		}
		return ids
	}
	t.Run("list", func(t *testing.T) {
		if got := list(t, ledger.CommunityPending); !reflect.DeepEqual(got, []string{"com-1", "com-3"}) {
			t.Errorf("pending = %v", got)
		}
		if got := list(t, ""); !reflect.DeepEqual(got, []string{"com-1", "com-2", "com-3"}) {
			t.Errorf("all = %v", got)
		}
		if got := list(t, ledger.CommunityFailed); got != nil {
			t.Errorf("failed = %v", got)
		}
	})
	t.Run("update moves the status index", func(t *testing.T) {
		got, err := s.UpdateCommunity(ctx, "com-1", func(c *ledger.Community) error {
			c.Status, c.TxHash = ledger.CommunityActive, "0xabc"
			return nil
		})
		must(t, err)
		if got.Status != ledger.CommunityActive || got.TxHash != "0xabc" {
			t.Errorf("updated %+v", got)
		}
		if got := list(t, ledger.CommunityPending); !reflect.DeepEqual(got, []string{"com-3"}) {
			t.Errorf("pending = %v", got)
		}
		if got := list(t, ledger.CommunityActive); !reflect.DeepEqual(got, []string{"com-1", "com-2"}) {
			t.Errorf("active = %v", got)
		}
	})
	t.Run("concurrent updates all land", func(t *testing.T) {
		var wg sync.WaitGroup
		for range 50 {
			wg.Go(func() {
				_, err := s.UpdateCommunity(ctx, "com-3", func(c *ledger.Community) error {
					c.Error += "x"
					return nil
				})
				if err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		got, err := s.GetCommunity(ctx, "com-3")
		must(t, err)
		if got.Error != strings.Repeat("x", 50) {
			t.Errorf("%d of 50 updates landed", len(got.Error))
		}
	})
}

func TestCampaigns(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "camp-1", tokenA, "1000", "50")

	t.Run("get", func(t *testing.T) {
		got, err := s.GetCampaign(ctx, "camp-1")
		must(t, err)
		if got.ID != c.ID || got.Budget.String() != "1000" || got.RewardToken != tokenA || !got.CreatedAt.Equal(start) ||
			got.Rules.DailyCap == nil || got.Rules.DailyCap.String() != "50" {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("errors", func(t *testing.T) {
		wantErr(t, s.CreateCampaign(ctx, &rewards.Campaign{ID: "camp-1", RewardToken: tokenB, Budget: amt(t, "1")}), ledger.ErrExists)
		wantErr(t, s.CreateCampaign(ctx, &rewards.Campaign{}), ledger.ErrInvalid)
		_, err := s.GetCampaign(ctx, "nope")
		wantErr(t, err, ledger.ErrNotFound)
	})
	t.Run("stats", func(t *testing.T) {
		st := stats(t, s, c)
		if st.Remaining.String() != "1000" || st.Awarded.Sign() != 0 || st.Awards != 0 || st.Referrals != 0 || st.Holders != 0 {
			t.Errorf("fresh stats %+v", st)
		}
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", Entries: []ledger.Entry{
			award(t, c, addr(1, 1), "10"), award(t, c, addr(1, 2), "20"), award(t, c, addr(1, 1), "5")}})
		must(t, err)
		_, err = s.RecordReferral(ctx, c, addr(1, 1), addr(1, 3))
		must(t, err)
		st = stats(t, s, c)
		if st.Remaining.String() != "965" || st.Awarded.String() != "35" || st.Awards != 3 || st.Referrals != 1 || st.Holders != 2 {
			t.Errorf("stats %+v", st)
		}
	})
	t.Run("budget opened lazily", func(t *testing.T) {
		// A campaign whose budget was never opened (CreateCampaign stopped after the definition).
		lazy := &rewards.Campaign{ID: "lazy", RewardToken: tokenA, Budget: amt(t, "100")}
		if st := stats(t, s, lazy); st.Remaining.String() != "100" || st.Awarded.Sign() != 0 {
			t.Errorf("stats %+v", st)
		}
		_, err := s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, lazy, addr(1, 1), "30")}})
		must(t, err)
		if st := stats(t, s, lazy); st.Remaining.String() != "70" || st.Awarded.String() != "30" {
			t.Errorf("stats %+v", st)
		}
		_, err = s.Apply(ctx, ledger.ApplyRequest{Entries: []ledger.Entry{award(t, lazy, addr(1, 1), "71")}})
		wantErr(t, err, ledger.ErrBudgetExhausted)
	})
}

func TestIdempotency(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	h1, h2 := hash("one"), hash("two")

	t.Run("lifecycle", func(t *testing.T) {
		t.Parallel()
		got, err := s.IdemBegin(ctx, "communities", "k1", h1)
		if got != nil || err != nil {
			t.Fatalf("begin = %v, %v; want ownership", got, err)
		}
		_, err = s.IdemBegin(ctx, "communities", "k1", h1)
		wantErr(t, err, ledger.ErrInProgress)
		_, err = s.IdemBegin(ctx, "communities", "k1", h2)
		wantErr(t, err, ledger.ErrIdempotencyConflict)
		must(t, s.IdemFinish(ctx, "communities", "k1", h1, 202, []byte(`{"id":"c1"}`)))
		for range 2 {
			got, err = s.IdemBegin(ctx, "communities", "k1", h1)
			must(t, err)
			if got == nil || got.Status != 202 || string(got.Body) != `{"id":"c1"}` {
				t.Fatalf("stored = %+v", got)
			}
		}
		_, err = s.IdemBegin(ctx, "communities", "k1", h2)
		wantErr(t, err, ledger.ErrIdempotencyConflict)
		// The first stored response wins; abort never removes it.
		must(t, s.IdemFinish(ctx, "communities", "k1", h1, 500, nil))
		must(t, s.IdemAbort(ctx, "communities", "k1"))
		got, err = s.IdemBegin(ctx, "communities", "k1", h1)
		must(t, err)
		if got == nil || got.Status != 202 {
			t.Fatalf("stored = %+v", got)
		}
		wantErr(t, s.IdemFinish(ctx, "communities", "k1", h2, 200, nil), ledger.ErrIdempotencyConflict)
	})
	t.Run("scopes are apart", func(t *testing.T) {
		t.Parallel()
		for _, scope := range []string{"a", "b", "a:x"} {
			got, err := s.IdemBegin(ctx, scope, "x:k", h1)
			if got != nil || err != nil {
				t.Fatalf("scope %s: begin = %v, %v", scope, got, err)
			}
		}
	})
	t.Run("abort lets a retry run", func(t *testing.T) {
		t.Parallel()
		_, err := s.IdemBegin(ctx, "campaigns", "k2", h1)
		must(t, err)
		must(t, s.IdemAbort(ctx, "campaigns", "k2"))
		got, err := s.IdemBegin(ctx, "campaigns", "k2", h2)
		if got != nil || err != nil {
			t.Fatalf("begin after abort = %v, %v", got, err)
		}
	})
	t.Run("empty body", func(t *testing.T) {
		t.Parallel()
		_, err := s.IdemBegin(ctx, "referrals", "k3", h1)
		must(t, err)
		must(t, s.IdemFinish(ctx, "referrals", "k3", h1, 204, nil))
		got, err := s.IdemBegin(ctx, "referrals", "k3", h1)
		must(t, err)
		if got == nil || got.Status != 204 || len(got.Body) != 0 {
			t.Fatalf("stored = %+v", got)
		}
	})
	t.Run("concurrent begins: one owner", func(t *testing.T) {
		t.Parallel()
		var owners, pending atomic.Int32
		var wg sync.WaitGroup
		for i := range 200 {
			wg.Go(func() {
				got, err := s.IdemBegin(ctx, "platforms", "k4", h1)
				switch {
				case err == nil && got == nil:
					owners.Add(1)
				case errors.Is(err, ledger.ErrInProgress):
					pending.Add(1)
				default:
					t.Errorf("begin %d = %v, %v", i, got, err)
				}
			})
		}
		wg.Wait()
		if owners.Load() != 1 || pending.Load() != 199 {
			t.Errorf("owners %d, pending %d", owners.Load(), pending.Load())
		}
	})
	t.Run("stored forever", func(t *testing.T) {
		t.Parallel()
		s, _, prefix := newStorePrefix(t)
		_, err := s.IdemBegin(ctx, "platforms", "k5", h1)
		must(t, err)
		ttl, err := ledgertest.Redis(t).TTL(ctx, prefix+":idem:platforms:k5").Result()
		must(t, err)
		if ttl <= 0 || ttl > ledger.IdemPendingTTL {
			t.Errorf("pending claim TTL = %v, want up to %v", ttl, ledger.IdemPendingTTL)
		}
		must(t, s.IdemFinish(ctx, "platforms", "k5", h1, 201, []byte("{}")))
		ttl, err = ledgertest.Redis(t).TTL(ctx, prefix+":idem:platforms:k5").Result()
		must(t, err)
		if ttl != -1 {
			t.Errorf("stored response TTL = %v, want none", ttl)
		}
	})
}
