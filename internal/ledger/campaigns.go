package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// CreateCampaign stores c's definition and opens its remaining budget (c.Budget) in its token's slot. It
// sets c.CreatedAt to now if it is zero. ErrExists if the id is taken. The two writes are in different
// slots: if the second one does not happen, Apply opens the budget from the definition later, so a
// campaign is never left without one. Safe for concurrent use.
func (s *Store) CreateCampaign(ctx context.Context, c *rewards.Campaign) error {
	if c == nil || c.ID == "" {
		return fmt.Errorf("create campaign: %w: no id", ErrInvalid)
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = s.now().UTC()
	}
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("create campaign: %w", err)
	}
	ok, err := s.rdb.SetNX(ctx, s.k.campaign(c.ID), b, 0).Result()
	if err != nil {
		return fmt.Errorf("create campaign: %w", err)
	}
	if !ok {
		return fmt.Errorf("create campaign %s: %w", c.ID, ErrExists)
	}
	if err := s.openBudget(ctx, c); err != nil {
		return fmt.Errorf("create campaign %s: %w", c.ID, err)
	}
	return nil
}

func (s *Store) openBudget(ctx context.Context, c *rewards.Campaign) error {
	key := s.k.campaignState(c.Source().Common(), c.ID)
	budget := c.Budget.String()
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSetNX(ctx, key, "budget", budget)
		p.HSetNX(ctx, key, "remaining", budget)
		return nil
	})
	return err
}

// GetCampaign returns the campaign with this id, or ErrNotFound. Safe for concurrent use.
func (s *Store) GetCampaign(ctx context.Context, id string) (*rewards.Campaign, error) {
	b, err := s.rdb.Get(ctx, s.k.campaign(id)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("campaign %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get campaign: %w", err)
	}
	var c rewards.Campaign
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("get campaign %s: %w", id, err)
	}
	return &c, nil
}

// CampaignStats are a campaign's running totals.
type CampaignStats struct {
	// Budget is what the campaign may award (a pooled campaign's grants); Remaining is the budget left;
	// Awarded is what the campaign has credited (budget - remaining).
	Budget, Remaining, Awarded *big.Int
	// Awards is the number of awards credited, Referrals the number of referrals recorded.
	Awards, Referrals int64
	// Holders is the number of accounts with awards from the campaign.
	Holders int64
	// Pending is what the campaign's pending awards hold; Debt what reversals took back after maturity and
	// later awards have not yet paid off; Recovered what they have paid off (back in Remaining); Reversed and
	// Rejected the totals taken back by refunds and by review or blocks. Budget = Remaining + Pending +
	// Claimable + Debt, where Claimable (= Awarded - Pending - Debt) is the claimable awards net of reversals.
	Pending, Debt, Recovered, Reversed, Rejected *big.Int
	// Expired is what went back to the budget because the platform users it was awarded to were not linked to
	// a wallet within the campaign's unlinked_expiry_days (in Remaining, not in Reversed).
	Expired *big.Int
}

// CampaignStats returns c's totals, read together in one transaction. Safe for concurrent use.
func (s *Store) CampaignStats(ctx context.Context, c *rewards.Campaign) (CampaignStats, error) {
	token := c.Source().Common()
	if err := s.catchUp(ctx, token, c.ID); err != nil {
		return CampaignStats{}, fmt.Errorf("campaign stats %s: %w", c.ID, err)
	}
	var (
		state                      *redis.SliceCmd
		holders, awards, referrals *redis.IntCmd
	)
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		state = p.HMGet(ctx, s.k.campaignState(token, c.ID), "budget", "remaining", "pending", "debt", "recovered",
			"reversed", "rejected", "expired", "archived")
		holders = p.HLen(ctx, s.k.earned(token, c.ID))
		awards = p.XLen(ctx, s.k.journal(token, c.ID))
		referrals = p.HLen(ctx, s.k.referrals(token, c.ID))
		return nil
	})
	if err != nil {
		return CampaignStats{}, fmt.Errorf("campaign stats %s: %w", c.ID, err)
	}
	budget, remaining := c.Budget.Big(), c.Budget.Big()
	v := state.Val()
	if b, ok := v[0].(string); ok {
		budget = decimal(b)
	}
	if r, ok := v[1].(string); ok {
		remaining = decimal(r)
	}
	field := func(i int) *big.Int { s, _ := v[i].(string); return decimal(s) }
	return CampaignStats{Budget: budget, Remaining: remaining, Awarded: new(big.Int).Sub(budget, remaining),
		Awards: awards.Val() + field(8).Int64(), Referrals: referrals.Val(), Holders: holders.Val(),
		Pending: field(2), Debt: field(3), Recovered: field(4), Reversed: field(5), Rejected: field(6), Expired: field(7)}, nil
}
