package ledger

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// RecordReferral records that referrer brought referee into campaign c; see RecordReferralWith.
func (s *Store) RecordReferral(ctx context.Context, c *rewards.Campaign, referrer, referee rewards.Address) (*rewards.Referral, error) {
	return s.RecordReferralWith(ctx, c, referrer, referee, ReferralSignals{})
}

// ReferralSignals are what a platform may say about a referral beyond who referred whom.
type ReferralSignals struct {
	// Fingerprint is the referee's fingerprint (rewards.CheckFingerprint), or "".
	Fingerprint string
}

// RecordReferralWith records that referrer brought referee into campaign c, and counts it on c's referrals
// leaderboard, in one script. First touch wins: if referee already has a referrer, it returns that
// referral with ErrAlreadyReferred. ErrSelfReferral if they are the same account, or if they share a
// fingerprint (the one given, or one recorded for the referee, is one recorded for the referrer);
// ErrReferralCycle if referee is among referrer's own referrers (looking up to MaxReferralDepth levels up);
// ErrVelocity if the campaign's referral.max_per_day referrals of referrer are recorded this UTC day. A
// refused referral changes nothing; a recorded one also records the referee's fingerprint. Safe for
// concurrent use: the bound holds however many referrals arrive at once.
func (s *Store) RecordReferralWith(ctx context.Context, c *rewards.Campaign, referrer, referee rewards.Address, sig ReferralSignals) (*rewards.Referral, error) {
	if err := rewards.CheckFingerprint(sig.Fingerprint); err != nil {
		return nil, fmt.Errorf("record referral: %w: %w", ErrInvalid, err)
	}
	token := c.Source().Common()
	now := time.UnixMilli(s.now().UnixMilli()).UTC()
	var maxPerDay uint32
	if r := c.Rules.Referral; r != nil && r.MaxPerDay != nil {
		maxPerDay = *r.MaxPerDay
	}
	velocityKey := s.k.referrals(token, c.ID) // any key of the slot when there is no bound
	if maxPerDay > 0 {
		velocityKey = s.k.velocity(token, c.ID, referrer.Common(), now.Format("20060102"))
	}
	fp := ""
	if sig.Fingerprint != "" {
		fp = fingerprintHash(c.ID, sig.Fingerprint)
	}
	res, err := s.runAcked(ctx, referralScript,
		[]string{s.k.referrals(token, c.ID), s.k.referralBoard(token, c.ID), velocityKey,
			s.k.fingerprints(token, c.ID, referrer.Common()), s.k.fingerprints(token, c.ID, referee.Common()),
			s.k.outbox(token)},
		hexAddr(referrer.Common()), hexAddr(referee.Common()), now.UnixMilli(), MaxReferralDepth,
		maxPerDay, int64(DailyCapTTL/time.Second), fp, MaxFingerprints, c.ID, s.k.tokenKey(token)).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("record referral: %w", err)
	}
	switch res[0] {
	case "ok":
		// The script names the parties as recorded: a user linked in the slot meanwhile is its wallet.
		return &rewards.Referral{Referrer: rewards.Address(common.HexToAddress(res[1])),
			Referee: rewards.Address(common.HexToAddress(res[2])), At: now}, nil
	case "self":
		return nil, fmt.Errorf("record referral: %w", ErrSelfReferral)
	case "fingerprint":
		return nil, fmt.Errorf("record referral: %w: the referrer and the referee share a fingerprint", ErrSelfReferral)
	case "cycle":
		return nil, fmt.Errorf("record referral: %w", ErrReferralCycle)
	case "velocity":
		return nil, fmt.Errorf("record referral: %w: %s recorded %s of at most %d referrals today (UTC)",
			ErrVelocity, referrer, res[1], maxPerDay)
	case "exists":
		r, err := parseReferral(referee, res[1])
		if err != nil {
			return nil, fmt.Errorf("record referral: %w", err)
		}
		return r, fmt.Errorf("record referral: %w (by %s)", ErrAlreadyReferred, r.Referrer)
	}
	return nil, fmt.Errorf("record referral: unexpected script result %q", res[0])
}

// RecordFingerprint remembers that account was seen in campaign c with fingerprint fp (an event's), so that
// a later referral between account and an account sharing fp is refused; only a hash of fp is stored, and
// only the account's newest MaxFingerprints. An empty fp records nothing. Safe for concurrent use.
func (s *Store) RecordFingerprint(ctx context.Context, c *rewards.Campaign, account rewards.Address, fp string) error {
	if fp == "" {
		return nil
	}
	if err := rewards.CheckFingerprint(fp); err != nil {
		return fmt.Errorf("record fingerprint: %w: %w", ErrInvalid, err)
	}
	err := fingerprintScript.Run(ctx, s.rdb, []string{s.k.fingerprints(c.Source().Common(), c.ID, account.Common())},
		fingerprintHash(c.ID, fp), s.now().UnixMilli(), MaxFingerprints).Err()
	if err != nil {
		return fmt.Errorf("record fingerprint: %w", err)
	}
	return nil
}

// fingerprintHash is what the ledger keeps of a fingerprint: the first 128 bits of SHA-256 over a domain tag,
// the campaign id and the fingerprint, so the same device is a different hash in every campaign.
func fingerprintHash(campaign, fp string) string {
	h := sha256.New()
	h.Write([]byte("tribe fingerprint\x00"))
	h.Write([]byte(campaign))
	h.Write([]byte{0})
	h.Write([]byte(fp))
	return hex.EncodeToString(h.Sum(nil)[:16])
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
