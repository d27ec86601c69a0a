package ledger

import (
	"context"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Referral codes: one per (campaign, referrer), so that a link of a creator's or a fan's works on any platform.
// A code is 13 characters of lower-case base32 (a-z, 2-7) holding 64 random bits: short, URL-safe and not
// guessable from another code. The campaign's slot maps referrer -> code; a global record maps code ->
// (campaign, referrer), so a code resolves without knowing its campaign.

// ReferralCodeLen is the length of every referral code.
const ReferralCodeLen = 13

var codeEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// ReferralCode is a referrer's code in a campaign.
type ReferralCode struct {
	Code       string          `json:"-"`
	CampaignID string          `json:"campaign_id"`
	Referrer   rewards.Address `json:"referrer"`
}

// ValidReferralCode reports whether s has the shape of a referral code (not whether it exists).
func ValidReferralCode(s string) bool {
	if len(s) != ReferralCodeLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '2' && c <= '7') {
			return false
		}
	}
	return true
}

// EnsureReferralCode returns referrer's code in campaign c, creating it if there is none (created reports
// which). Concurrent calls for the same (campaign, referrer) all return the same code. Safe for concurrent use.
//
// The global record is written before the campaign's mapping, so a code handed out always resolves; a
// record written by a call that lost the race to another is deleted again (nobody else has its random code).
func (s *Store) EnsureReferralCode(ctx context.Context, c *rewards.Campaign, referrer rewards.Address) (code string, created bool, err error) {
	codesKey := s.k.referralCodes(c.Source().Common(), c.ID)
	who := hexAddr(referrer.Common())
	existing, err := s.rdb.HGet(ctx, codesKey, who).Result()
	if err == nil {
		return existing, false, nil
	}
	if !errors.Is(err, redis.Nil) {
		return "", false, fmt.Errorf("referral code: %w", err)
	}
	rec, err := json.Marshal(ReferralCode{CampaignID: c.ID, Referrer: referrer})
	if err != nil {
		return "", false, fmt.Errorf("referral code: %w", err)
	}
	for range 8 { // 64-bit codes: a collision is a one in 2^64/codes event; 8 in a row is the random source failing
		var b [8]byte
		if _, err := io.ReadFull(s.rand, b[:]); err != nil {
			return "", false, fmt.Errorf("referral code: random: %w", err)
		}
		code = codeEncoding.EncodeToString(b[:])
		ok, err := s.rdb.SetNX(ctx, s.k.referralCode(code), rec, 0).Result()
		if err != nil {
			return "", false, fmt.Errorf("referral code: %w", err)
		}
		if !ok {
			continue // taken by another (campaign, referrer)
		}
		res, err := referralCodeScript.Run(ctx, s.rdb, []string{codesKey}, who, code).StringSlice()
		if err != nil {
			// Whether the mapping was written is unknown: keep the record (it is harmless if unused).
			return "", false, fmt.Errorf("referral code: %w", err)
		}
		if res[0] == "new" {
			return code, true, nil
		}
		if err := s.rdb.Del(ctx, s.k.referralCode(code)).Err(); err != nil {
			return "", false, fmt.Errorf("referral code: %w", err)
		}
		return res[1], false, nil
	}
	return "", false, errors.New("referral code: no free code after 8 tries")
}

// ResolveReferralCode returns the campaign and referrer of code, or ErrUnknownCode (also for a string that
// is not shaped like a code). Safe for concurrent use.
func (s *Store) ResolveReferralCode(ctx context.Context, code string) (*ReferralCode, error) {
	if !ValidReferralCode(code) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownCode, code)
	}
	b, err := s.rdb.Get(ctx, s.k.referralCode(code)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownCode, code)
	}
	if err != nil {
		return nil, fmt.Errorf("resolve referral code: %w", err)
	}
	var rc ReferralCode
	if err := json.Unmarshal(b, &rc); err != nil || rc.CampaignID == "" || rc.Referrer == (rewards.Address{}) {
		return nil, fmt.Errorf("resolve referral code %s: malformed record %q", code, b)
	}
	rc.Code = code
	return &rc, nil
}
