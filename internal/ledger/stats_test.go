package ledger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// newTestStore is a Store over the test Redis with a fresh prefix and a fixed clock.
func newTestStore(t *testing.T, now time.Time) *Store {
	t.Helper()
	return New(ledgertest.Redis(t), Options{Prefix: ledgertest.Prefix(t), Now: func() time.Time { return now }})
}

func statsCampaign(t *testing.T, s *Store, id, community string, created time.Time) *rewards.Campaign {
	t.Helper()
	c := &rewards.Campaign{ID: id, CommunityID: community, Creator: rewards.Address(common.HexToAddress("0xcc")),
		RewardToken: rewards.Address(common.HexToAddress("0xa0")), Budget: rewards.AmountOf(1000),
		Rules: rewards.Rules{Contributions: map[string]rewards.Amount{"post": rewards.AmountOf(1)}}, CreatedAt: created}
	if err := s.CreateCampaign(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCampaignDaily(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := time.Date(2026, 11, 22, 23, 59, 59, 0, time.UTC)
	s := newTestStore(t, now)
	c := statsCampaign(t, s, "cmp_daily", "cmt_1", now)
	huge := new(big.Int).Lsh(big.NewInt(1), 200) // far past a float's precision
	// What the award script keeps, written directly: the day before the window, its first day, a day in the
	// middle, and its last day (today).
	key := s.k.daily(c.Source().Common(), c.ID)
	if err := s.rdb.HSet(ctx, key, "20261117:n", "9", "20261117:amt", "900",
		"20261118:n", "2", "20261118:amt", "30",
		"20261120:n", "1", "20261120:amt", huge.String(),
		"20261122:n", "4", "20261122:amt", "7").Err(); err != nil {
		t.Fatal(err)
	}
	// Totals move as awards do: 100 of the 1000 spent.
	if err := s.rdb.HSet(ctx, s.k.campaignState(c.Source().Common(), c.ID), "remaining", "900").Err(); err != nil {
		t.Fatal(err)
	}

	st, days, err := s.CampaignDaily(ctx, c, now, 5)
	if err != nil {
		t.Fatal(err)
	}
	if st.Awarded.String() != "100" || st.Remaining.String() != "900" {
		t.Fatalf("totals: awarded %s remaining %s", st.Awarded, st.Remaining)
	}
	want := []struct {
		day    string
		awards int64
		amount string
	}{{"2026-11-18", 2, "30"}, {"2026-11-19", 0, "0"}, {"2026-11-20", 1, huge.String()}, {"2026-11-21", 0, "0"}, {"2026-11-22", 4, "7"}}
	if len(days) != len(want) {
		t.Fatalf("%d days, want %d", len(days), len(want))
	}
	for i, w := range want {
		d := days[i]
		if got := d.Day.Format(time.DateOnly); got != w.day || d.Day.Location() != time.UTC || d.Day.Hour() != 0 ||
			d.Awards != w.awards || d.Amount.String() != w.amount {
			t.Errorf("day %d: %s %d %s, want %s %d %s", i, got, d.Awards, d.Amount, w.day, w.awards, w.amount)
		}
	}

	// The window ends with last's UTC day, whatever its zone.
	_, days, err = s.CampaignDaily(ctx, c, time.Date(2026, 11, 18, 1, 0, 0, 0, time.FixedZone("UTC+3", 3*3600)), 2)
	if err != nil {
		t.Fatal(err)
	}
	if days[0].Day.Format(time.DateOnly) != "2026-11-16" || days[1].Day.Format(time.DateOnly) != "2026-11-17" ||
		days[1].Awards != 9 || days[1].Amount.String() != "900" {
		t.Fatalf("window in another zone: %+v", days)
	}

	// A whole year.
	if _, days, err = s.CampaignDaily(ctx, c, now, MaxStatsDays); err != nil || len(days) != MaxStatsDays ||
		days[0].Day.Format(time.DateOnly) != "2025-11-22" {
		t.Fatalf("366 days: %d days from %v, %v", len(days), days[0].Day, err)
	}

	for _, n := range []int{0, -1, MaxStatsDays + 1} {
		if _, _, err := s.CampaignDaily(ctx, c, now, n); !errors.Is(err, ErrInvalid) {
			t.Errorf("days=%d: %v, want ErrInvalid", n, err)
		}
	}

	// A corrupt field is an error, not a silent 0.
	if err := s.rdb.HSet(ctx, key, "20261121:amt", "1.5").Err(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.CampaignDaily(ctx, c, now, 5); err == nil {
		t.Fatal("a corrupt amount was read without an error")
	}
}

func TestCampaignPlatformOverrides(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, time.Now())
	got, err := s.CampaignPlatforms(ctx, "cmp_1")
	if err != nil || got == nil || len(got) != 0 {
		t.Fatalf("no overrides: %v %v", got, err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.AllowCampaignPlatform(ctx, "cmp_1", "plt_a", 3))
	must(s.AllowCampaignPlatform(ctx, "cmp_1", "plt_b", 3))
	must(s.RemoveCampaignPlatform(ctx, "cmp_1", "plt_b"))
	must(s.RemoveCampaignPlatform(ctx, "cmp_1", "plt_b")) // again: no change
	must(s.RemoveCampaignPlatform(ctx, "cmp_1", "plt_admin"))
	must(s.AllowCampaignPlatform(ctx, "cmp_2", "plt_c", 3)) // another campaign
	got, err = s.CampaignPlatforms(ctx, "cmp_1")
	must(err)
	if fmt.Sprint(got) != "map[plt_a:allow plt_admin:deny plt_b:deny]" {
		t.Fatalf("overrides %v", got)
	}
	// Full: a new platform is refused and nothing changes; one already there may be allowed again.
	if err := s.AllowCampaignPlatform(ctx, "cmp_1", "plt_d", 3); !errors.Is(err, ErrTooManyPlatforms) {
		t.Fatalf("over the limit: %v", err)
	}
	must(s.AllowCampaignPlatform(ctx, "cmp_1", "plt_a", 3))
	if got, _ := s.CampaignPlatforms(ctx, "cmp_1"); len(got) != 3 || got["plt_d"] != "" {
		t.Fatalf("after a refused add: %v", got)
	}
	// Ids are escaped: one cannot reach another campaign's key.
	must(s.AllowCampaignPlatform(ctx, "cmp_1:x", "plt_e", 3))
	if got, _ := s.CampaignPlatforms(ctx, "cmp_1"); got["plt_e"] != "" {
		t.Fatalf("cmp_1:x wrote into cmp_1: %v", got)
	}
	for _, err := range []error{s.AllowCampaignPlatform(ctx, "", "p", 3), s.AllowCampaignPlatform(ctx, "c", "", 3),
		s.AllowCampaignPlatform(ctx, "c", "p", 0), s.RemoveCampaignPlatform(ctx, "c", "")} {
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("bad arguments: %v, want ErrInvalid", err)
		}
	}
}

func TestGetPlatforms(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newTestStore(t, time.Now())
	for _, id := range []string{"plt_a", "plt_b", "plt_c"} {
		if err := s.CreatePlatform(ctx, Platform{ID: id, Name: "name of " + id, Scopes: []string{"awards:write"}, Campaigns: []string{"*"}}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.GetPlatforms(ctx, []string{"plt_c", "plt_missing", "plt_a", "plt_c"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range got {
		ids = append(ids, p.ID+"="+p.Name)
	}
	if !slices.Equal(ids, []string{"plt_c=name of plt_c", "plt_a=name of plt_a"}) {
		t.Fatalf("platforms %v", ids)
	}
	if got, err := s.GetPlatforms(ctx, nil); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("none: %v %v", got, err)
	}
}

func TestCommunityCampaigns(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	t0 := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	s := newTestStore(t, t0)
	for i, id := range []string{"cmp_old", "cmp_new", "cmp_mid"} {
		created := t0.Add(map[int]time.Duration{0: 0, 1: 2 * time.Hour, 2: time.Hour}[i])
		if err := s.IndexCampaign(ctx, "cmt_1", id, created); err != nil {
			t.Fatal(err)
		}
		statsCampaign(t, s, id, "cmt_1", created)
	}
	// Indexed, then never stored (the creation failed): skipped.
	if err := s.IndexCampaign(ctx, "cmt_1", "cmp_lost", t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.IndexCampaign(ctx, "cmt_2", "cmp_other", t0); err != nil {
		t.Fatal(err)
	}
	statsCampaign(t, s, "cmp_other", "cmt_2", t0)

	got, err := s.CommunityCampaigns(ctx, "cmt_1")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range got {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []string{"cmp_new", "cmp_mid", "cmp_old"}) {
		t.Fatalf("campaigns %v, want newest first", ids)
	}
	if got[0].Budget.String() != "1000" || got[0].CommunityID != "cmt_1" {
		t.Fatalf("campaign %+v", got[0])
	}
	if got, err := s.CommunityCampaigns(ctx, "cmt_none"); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("no campaigns: %v %v", got, err)
	}
	if err := s.IndexCampaign(ctx, "", "x", t0); !errors.Is(err, ErrInvalid) {
		t.Fatalf("empty community: %v", err)
	}
}
