package ledger

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// RecordReferral records that referrer brought referee into campaign c, and counts it on c's referrals
// leaderboard, in one script. First touch wins: if referee already has a referrer, it returns that
// referral with ErrAlreadyReferred. ErrSelfReferral if they are the same account; ErrReferralCycle if
// referee is among referrer's own referrers (looking up to MaxReferralDepth levels up). Safe for
// concurrent use.
func (s *Store) RecordReferral(ctx context.Context, c *rewards.Campaign, referrer, referee rewards.Address) (*rewards.Referral, error) {
	token := c.Source().Common()
	now := time.UnixMilli(s.now().UnixMilli()).UTC()
	res, err := referralScript.Run(ctx, s.rdb,
		[]string{s.k.referrals(token, c.ID), s.k.referralBoard(token, c.ID)},
		hexAddr(referrer.Common()), hexAddr(referee.Common()), now.UnixMilli(), MaxReferralDepth).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("record referral: %w", err)
	}
	switch res[0] {
	case "ok":
		return &rewards.Referral{Referrer: referrer, Referee: referee, At: now}, nil
	case "self":
		return nil, fmt.Errorf("record referral: %w", ErrSelfReferral)
	case "cycle":
		return nil, fmt.Errorf("record referral: %w", ErrReferralCycle)
	case "exists":
		r, err := parseReferral(referee, res[1])
		if err != nil {
			return nil, fmt.Errorf("record referral: %w", err)
		}
		return r, fmt.Errorf("record referral: %w (by %s)", ErrAlreadyReferred, r.Referrer)
	}
	return nil, fmt.Errorf("record referral: unexpected script result %q", res[0])
}

// GetReferral returns referee's referral in campaign c, or nil, nil if it has none. Safe for concurrent use.
func (s *Store) GetReferral(ctx context.Context, c *rewards.Campaign, referee rewards.Address) (*rewards.Referral, error) {
	v, err := s.rdb.HGet(ctx, s.k.referrals(c.Source().Common(), c.ID), hexAddr(referee.Common())).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("get referral: %w", err)
	}
	r, err := parseReferral(referee, v)
	if err != nil {
		return nil, fmt.Errorf("get referral: %w", err)
	}
	return r, nil
}

// parseReferral reads "<referrer>:<unix ms>:<qualified 0|1>".
func parseReferral(referee rewards.Address, v string) (*rewards.Referral, error) {
	parts := strings.Split(v, ":")
	if len(parts) != 3 || !common.IsHexAddress(parts[0]) {
		return nil, fmt.Errorf("malformed referral record %q", v)
	}
	ms, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil {
		return nil, fmt.Errorf("malformed referral record %q", v)
	}
	return &rewards.Referral{Referrer: rewards.Address(common.HexToAddress(parts[0])), Referee: referee,
		At: time.UnixMilli(ms).UTC(), Qualified: parts[2] == "1"}, nil
}
