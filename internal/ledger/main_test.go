package ledger_test

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

// clock is a settable clock for Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var start = time.Date(2026, 3, 1, 12, 0, 0, 123_000_000, time.UTC)

// newStore returns a Store over the test Redis with a fresh prefix and a clock at start.
func newStore(t testing.TB, opts ...func(*ledger.Options)) (*ledger.Store, *clock) {
	t.Helper()
	s, clk, _ := newStorePrefix(t, opts...)
	return s, clk
}

// newStorePrefix is newStore that also returns the key prefix, for tests that look at the keys.
func newStorePrefix(t testing.TB, opts ...func(*ledger.Options)) (*ledger.Store, *clock, string) {
	t.Helper()
	clk := &clock{t: start}
	o := ledger.Options{Prefix: ledgertest.Prefix(t), Now: clk.Now}
	for _, f := range opts {
		f(&o)
	}
	return ledger.New(ledgertest.Redis(t), o), clk, o.Prefix
}

// addr returns a distinct address per (kind, n).
func addr(kind byte, n int) rewards.Address {
	var a common.Address
	a[0] = kind
	binary.BigEndian.PutUint64(a[12:], uint64(n))
	return rewards.Address(a)
}

var (
	tokenA = addr(0xA0, 1)
	tokenB = addr(0xB0, 2)
	maxU   = rewards.MaxUint256()
)

func amt(t testing.TB, s string) rewards.Amount {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad amount %q", s)
	}
	return rewards.NewAmount(v)
}

func bigOf(t testing.TB, s string) *big.Int { return amt(t, s).Big() }

// newCampaign creates a campaign of token with budget and the given daily cap ("" for none).
func newCampaign(t testing.TB, s *ledger.Store, id string, token rewards.Address, budget, dailyCap string) *rewards.Campaign {
	t.Helper()
	c := &rewards.Campaign{ID: id, CommunityID: "community-1", Creator: addr(0xCC, 1), RewardToken: token,
		Budget: amt(t, budget), Rules: rewards.Rules{Contributions: map[string]rewards.Amount{"post": rewards.AmountOf(1)}}}
	if dailyCap != "" {
		capAmt := amt(t, dailyCap)
		c.Rules.DailyCap = &capAmt
	}
	if err := s.CreateCampaign(context.Background(), c); err != nil {
		t.Fatalf("create campaign: %v", err)
	}
	return c
}

func award(t testing.TB, c *rewards.Campaign, account rewards.Address, amount string) ledger.Entry {
	t.Helper()
	return ledger.Entry{Campaign: c, Award: rewards.Award{Account: account, Amount: amt(t, amount), Reason: rewards.ReasonDirect + ":test"}}
}

func cumulative(t testing.TB, s *ledger.Store, token, account rewards.Address) string {
	t.Helper()
	v, err := s.Cumulative(context.Background(), token.Common(), account.Common())
	if err != nil {
		t.Fatalf("cumulative: %v", err)
	}
	return v.String()
}

func stats(t testing.TB, s *ledger.Store, c *rewards.Campaign) ledger.CampaignStats {
	t.Helper()
	st, err := s.CampaignStats(context.Background(), c)
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	return st
}

func wantErr(t testing.TB, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error = %v, want %v", err, want)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func hash(s string) (h [32]byte) {
	copy(h[:], s)
	return h
}

func hexLower(a rewards.Address) string { return strings.ToLower(a.Common().Hex()) }

func redisTTL(t testing.TB, key string) (time.Duration, error) {
	return ledgertest.Redis(t).TTL(context.Background(), key).Result()
}
