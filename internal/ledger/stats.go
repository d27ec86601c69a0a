package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// MaxStatsDays is the longest window CampaignDaily reads.
const MaxStatsDays = 366

// CampaignDay is one UTC day of a campaign's awards.
type CampaignDay struct {
	// Day is the day's midnight, UTC.
	Day time.Time
	// Awards is the number of awards credited that day, Amount their sum.
	Awards int64
	Amount *big.Int
	// Reversed is what refunds took back that day, Rejected what review and blocks rejected that day, Expired
	// what went back to the budget that day from platform users left unlinked too long (of awards from any day).
	Reversed, Rejected, Expired *big.Int
}

// CampaignDaily returns c's totals (as CampaignStats does) and its awards per UTC day for the days days
// ending with the UTC day of last, oldest first, days without awards included. Totals and days are read
// in one transaction (they share the token's slot), so they agree with each other. days must be 1 to
// MaxStatsDays. Safe for concurrent use.
func (s *Store) CampaignDaily(ctx context.Context, c *rewards.Campaign, last time.Time, days int) (CampaignStats, []CampaignDay, error) {
	if c == nil || days < 1 || days > MaxStatsDays {
		return CampaignStats{}, nil, fmt.Errorf("campaign daily: %w: days must be 1 to %d", ErrInvalid, MaxStatsDays)
	}
	token := c.Source().Common()
	y, m, d := last.UTC().Date()
	first := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -(days - 1))
	out := make([]CampaignDay, days)
	const per = 5
	fields := make([]string, 0, per*days)
	for i := range out {
		out[i].Day = first.AddDate(0, 0, i)
		day := out[i].Day.Format("20060102")
		fields = append(fields, day+":n", day+":amt", day+":rev", day+":rej", day+":exp")
	}
	if err := s.catchUp(ctx, token, c.ID); err != nil {
		return CampaignStats{}, nil, fmt.Errorf("campaign daily %s: %w", c.ID, err)
	}
	var (
		state, daily               *redis.SliceCmd
		holders, awards, referrals *redis.IntCmd
	)
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		state = p.HMGet(ctx, s.k.campaignState(token, c.ID), "budget", "remaining", "pending", "debt", "recovered",
			"reversed", "rejected", "expired", "archived")
		holders = p.HLen(ctx, s.k.earned(token, c.ID))
		awards = p.XLen(ctx, s.k.journal(token, c.ID))
		referrals = p.HLen(ctx, s.k.referrals(token, c.ID))
		daily = p.HMGet(ctx, s.k.daily(token, c.ID), fields...)
		return nil
	})
	if err != nil {
		return CampaignStats{}, nil, fmt.Errorf("campaign daily %s: %w", c.ID, err)
	}
	budget, remaining := c.Budget.Big(), c.Budget.Big()
	v := state.Val()
	if b, ok := v[0].(string); ok {
		budget = decimal(b)
	}
	if r, ok := v[1].(string); ok {
		remaining = decimal(r)
	}
	vals := daily.Val()
	amount := func(i int) (*big.Int, error) {
		n := new(big.Int)
		if a, ok := vals[i].(string); ok {
			if _, ok := n.SetString(a, 10); !ok {
				return nil, fmt.Errorf("campaign daily %s: amount of %s is %q", c.ID, fields[i], a)
			}
		}
		return n, nil
	}
	for i := range out {
		if n, ok := vals[per*i].(string); ok {
			if out[i].Awards, err = strconv.ParseInt(n, 10, 64); err != nil {
				return CampaignStats{}, nil, fmt.Errorf("campaign daily %s: awards of %s: %w", c.ID, fields[per*i], err)
			}
		}
		for j, dst := range []**big.Int{&out[i].Amount, &out[i].Reversed, &out[i].Rejected, &out[i].Expired} {
			if *dst, err = amount(per*i + 1 + j); err != nil {
				return CampaignStats{}, nil, err
			}
		}
	}
	field := func(i int) *big.Int { s, _ := v[i].(string); return decimal(s) }
	st := CampaignStats{Budget: budget, Remaining: remaining, Awarded: new(big.Int).Sub(budget, remaining),
		Awards: awards.Val() + field(8).Int64(), Referrals: referrals.Val(), Holders: holders.Val(),
		Pending: field(2), Debt: field(3), Recovered: field(4), Reversed: field(5), Rejected: field(6), Expired: field(7)}
	return st, out, nil
}

// IndexCampaign records that campaign belongs to community, created at created, for CommunityCampaigns.
// Call it before CreateCampaign: an entry whose campaign was never stored is skipped when listing, while a
// campaign stored without its entry would be missing from the list. Safe for concurrent use.
func (s *Store) IndexCampaign(ctx context.Context, community, campaign string, created time.Time) error {
	if community == "" || campaign == "" {
		return fmt.Errorf("index campaign: %w: empty id", ErrInvalid)
	}
	err := s.rdb.ZAdd(ctx, s.k.communityCampaigns(community), redis.Z{Score: float64(created.UnixMilli()), Member: campaign}).Err()
	if err != nil {
		return fmt.Errorf("index campaign: %w", err)
	}
	return nil
}

// CommunityCampaigns returns the campaigns of community, newest first (empty, not nil, if none). Safe for
// concurrent use.
func (s *Store) CommunityCampaigns(ctx context.Context, community string) ([]*rewards.Campaign, error) {
	ids, err := s.rdb.ZRevRange(ctx, s.k.communityCampaigns(community), 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("community campaigns: %w", err)
	}
	out := []*rewards.Campaign{}
	if len(ids) == 0 {
		return out, nil
	}
	// The definitions are in different cluster slots: one pipeline of GETs, not MGET.
	cmds := make([]*redis.StringCmd, len(ids))
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, id := range ids {
			cmds[i] = p.Get(ctx, s.k.campaign(id))
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("community campaigns: %w", err)
	}
	for _, cmd := range cmds {
		b, err := cmd.Bytes()
		if errors.Is(err, redis.Nil) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("community campaigns: %w", err)
		}
		var c rewards.Campaign
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, fmt.Errorf("community campaigns: %w", err)
		}
		if c.CommunityID == community {
			out = append(out, &c)
		}
	}
	return out, nil
}
