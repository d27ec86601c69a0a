// Package rewards turns what platforms report into awards: campaigns and their rules, events in, awards
// out. It is pure logic — no Redis, no chain — so every rule is tested in isolation; the ledger applies its
// output atomically (budget, daily caps, idempotency, once-only referral payouts).
package rewards

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// Rule violations. The API maps them to 422.
var (
	ErrUnknownContribution = errors.New("the campaign has no reward for this contribution kind")
	ErrMissingValue        = errors.New("a purchase needs a value")
	ErrInvalidCampaign     = errors.New("invalid campaign")
	ErrInvalidEvent        = errors.New("invalid event")
)

// Event kinds platforms report. Any other kind is refused.
const (
	KindSignup       = "signup"
	KindContribution = "contribution"
	KindPurchase     = "purchase"
	// KindRefund reverses the revenue share a purchase paid (Event.RefEventID), in proportion to the value.
	KindRefund = "refund"
)

// Approval modes of a campaign.
const (
	// ApprovalAuto makes an award claimable when its hold ends (at once without one).
	ApprovalAuto = "auto"
	// ApprovalManual keeps every award pending until the creator, the sponsor or a reviewing platform
	// approves it, even after its hold.
	ApprovalManual = "manual"
)

// MaxHoldSeconds is the longest hold a campaign may set: 400 days, beyond every refund window in use.
const MaxHoldSeconds = 400 * 24 * 3600

// MaxUnlinkedExpiryDays is the longest a campaign may let a platform user's award wait for a wallet before it
// returns to the budget: 10 years.
const MaxUnlinkedExpiryDays = 3650

// Reasons recorded with awards.
const (
	ReasonReferrer     = "referral:referrer"
	ReasonReferee      = "referral:referee"
	ReasonContribution = "contribution"
	ReasonRevenueShare = "revenue_share"
	ReasonDirect       = "direct"
)

// MaxBPS is 100% in basis points.
const MaxBPS = 10_000

// Campaign is a creator's reward programme for one community. It pays either the community's own token,
// minted by the distributor (Pool nil), or an ERC-20 from a sponsor's pool (Pool set, RewardToken the pool's
// ERC-20), within the budget the pool's owner granted it.
type Campaign struct {
	ID          string  `json:"id"`
	CommunityID string  `json:"community_id"`
	Creator     Address `json:"creator"`
	RewardToken Address `json:"reward_token"`
	// CommunityToken is the community's token, whose on-chain creator() controls the campaign.
	CommunityToken *Address `json:"community_token,omitempty"`
	// Pool is the sponsor pool the campaign is paid from, if any.
	Pool *Address `json:"pool,omitempty"`
	// Budget is what the campaign may award: set at creation for a mint-mode campaign; for a pooled one, the
	// sum of its grants (0 at creation).
	Budget    Amount    `json:"budget"`
	Rules     Rules     `json:"rules"`
	Platforms []string  `json:"platforms"`
	CreatedAt time.Time `json:"created_at"`
	// LandingURL is where the campaign's referral links (GET /r/{code}) send people; see CheckLandingURL.
	LandingURL string `json:"landing_url,omitempty"`
}

// Rules are how a campaign turns events into awards. Every part is optional.
type Rules struct {
	// Referral pays both sides once, when the referee's qualifying event arrives.
	Referral *ReferralRule `json:"referral,omitempty"`
	// Contributions pays a fixed amount per contribution, by kind ("post", "review", ...).
	Contributions map[string]Amount `json:"contributions,omitempty"`
	// RevenueShare pays the referrer a share of the referee's purchases for a while after the referral.
	RevenueShare *RevenueShareRule `json:"revenue_share,omitempty"`
	// DailyCap bounds what one account can earn from this campaign per UTC day. Awards from events are cut
	// to what is left; direct awards over it are refused.
	DailyCap *Amount `json:"daily_cap,omitempty"`
	// HoldSeconds keeps every award pending that long before it becomes claimable (0, the default: at once).
	// ContributionsHoldSeconds, Referral.HoldSeconds and RevenueShare.HoldSeconds override it per kind.
	HoldSeconds              *int64 `json:"hold_seconds,omitempty"`
	ContributionsHoldSeconds *int64 `json:"contributions_hold_seconds,omitempty"`
	// Approval is ApprovalAuto ("" means auto) or ApprovalManual.
	Approval string `json:"approval,omitempty"`
	// UnlinkedExpiryDays returns to the budget what an award to a platform user (not yet linked to a wallet)
	// still holds that many days after it was made (nil or 0, the default: never); 0 to MaxUnlinkedExpiryDays.
	UnlinkedExpiryDays *int64 `json:"unlinked_expiry_days,omitempty"`
}

// UnlinkedExpiry is how long an award to an unlinked platform user is kept for it (0: for ever).
func (r *Rules) UnlinkedExpiry() time.Duration {
	if r.UnlinkedExpiryDays == nil {
		return 0
	}
	return time.Duration(*r.UnlinkedExpiryDays) * 24 * time.Hour
}

// Manual reports whether the campaign's awards wait for approval.
func (r *Rules) Manual() bool { return r.Approval == ApprovalManual }

// Hold is how long an award with this reason stays pending before it can become claimable.
func (r *Rules) Hold(reason string) time.Duration {
	h := r.HoldSeconds
	kind, _, _ := strings.Cut(reason, ":")
	switch {
	case kind == "referral" && r.Referral != nil && r.Referral.HoldSeconds != nil:
		h = r.Referral.HoldSeconds
	case reason == ReasonRevenueShare && r.RevenueShare != nil && r.RevenueShare.HoldSeconds != nil:
		h = r.RevenueShare.HoldSeconds
	case kind == ReasonContribution && r.ContributionsHoldSeconds != nil:
		h = r.ContributionsHoldSeconds
	}
	if h == nil {
		return 0
	}
	return time.Duration(*h) * time.Second
}

// ReferralRule rewards the referrer and the referee.
type ReferralRule struct {
	ReferrerReward Amount `json:"referrer_reward"`
	RefereeReward  Amount `json:"referee_reward"`
	// QualifyingEvent is the referee's event kind that triggers the payout; default "signup".
	QualifyingEvent string `json:"qualifying_event,omitempty"`
	// HoldSeconds overrides Rules.HoldSeconds for referral rewards.
	HoldSeconds *int64 `json:"hold_seconds,omitempty"`
	// MaxPerDay bounds the referrals one referrer may record per UTC day (nil: no bound); 1 to MaxReferralsPerDay.
	MaxPerDay *uint32 `json:"max_per_day,omitempty"`
}

// RevenueShareRule pays BPS of a referee's purchase value to the referrer, for purchases within WindowDays
// of the referral. The value is in the reward token's base units (the platform converts).
type RevenueShareRule struct {
	BPS        uint32 `json:"bps"`
	WindowDays uint32 `json:"window_days"`
	// HoldSeconds overrides Rules.HoldSeconds for revenue-share awards (typically the merchant's refund window).
	HoldSeconds *int64 `json:"hold_seconds,omitempty"`
}

// Qualifying is the referral rule's qualifying event kind.
func (r *ReferralRule) Qualifying() string {
	if r.QualifyingEvent == "" {
		return KindSignup
	}
	return r.QualifyingEvent
}

// Source is what the campaign's awards are accounted in and claimed from on-chain: the sponsor pool's
// address for a pooled campaign, else the reward token. Vouchers, proofs and claimed amounts are per source.
func (c *Campaign) Source() Address {
	if c.Pool != nil {
		return *c.Pool
	}
	return c.RewardToken
}

// Validate checks a campaign a creator submits.
func (c *Campaign) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidCampaign, fmt.Sprintf(format, args...))
	}
	switch {
	case c.Pool == nil && c.Budget.IsZero():
		return bad("budget must be greater than 0")
	case c.Pool != nil && !c.Budget.IsZero():
		return bad("a pooled campaign's budget comes from its pool's grants: omit budget")
	}
	r := c.Rules
	if r.Referral == nil && len(r.Contributions) == 0 && r.RevenueShare == nil {
		return bad("rules need at least one of referral, contributions, revenue_share")
	}
	if ref := r.Referral; ref != nil {
		if ref.ReferrerReward.IsZero() && ref.RefereeReward.IsZero() {
			return bad("referral rewards are both 0")
		}
		switch ref.Qualifying() {
		case KindSignup, KindContribution, KindPurchase:
		default:
			return bad("referral.qualifying_event must be signup, contribution or purchase")
		}
		if m := ref.MaxPerDay; m != nil && (*m == 0 || *m > MaxReferralsPerDay) {
			return bad("referral.max_per_day must be 1 to %d (omit it for no bound)", MaxReferralsPerDay)
		}
	}
	for kind, amt := range r.Contributions {
		if err := checkName("contribution kind", kind); err != nil {
			return bad("%v", err)
		}
		if amt.IsZero() {
			return bad("contribution %q pays 0", kind)
		}
	}
	if rs := r.RevenueShare; rs != nil {
		if rs.BPS == 0 || rs.BPS > MaxBPS {
			return bad("revenue_share.bps must be 1 to %d", MaxBPS)
		}
		if rs.WindowDays == 0 || rs.WindowDays > 3650 {
			return bad("revenue_share.window_days must be 1 to 3650")
		}
	}
	holds := map[string]*int64{"hold_seconds": r.HoldSeconds, "contributions_hold_seconds": r.ContributionsHoldSeconds}
	if r.Referral != nil {
		holds["referral.hold_seconds"] = r.Referral.HoldSeconds
	}
	if r.RevenueShare != nil {
		holds["revenue_share.hold_seconds"] = r.RevenueShare.HoldSeconds
	}
	for name, h := range holds {
		if h != nil && (*h < 0 || *h > MaxHoldSeconds) {
			return bad("%s must be an integer from 0 to %d", name, MaxHoldSeconds)
		}
	}
	if d := r.UnlinkedExpiryDays; d != nil && (*d < 0 || *d > MaxUnlinkedExpiryDays) {
		return bad("unlinked_expiry_days must be an integer from 0 to %d (0 or absent: never)", MaxUnlinkedExpiryDays)
	}
	switch r.Approval {
	case "", ApprovalAuto, ApprovalManual:
	default:
		return bad("approval must be %q or %q", ApprovalAuto, ApprovalManual)
	}
	if r.DailyCap != nil && r.DailyCap.IsZero() {
		return bad("daily_cap must be greater than 0 (omit it for no cap)")
	}
	if len(c.Platforms) > 100 {
		return bad("at most 100 platforms")
	}
	for _, p := range c.Platforms {
		if p == "" || len(p) > 64 {
			return bad("platform ids must be 1 to 64 characters")
		}
	}
	if err := CheckLandingURL(c.LandingURL); err != nil {
		return bad("%v", err)
	}
	return nil
}

// Event is what a platform reports about an account.
type Event struct {
	CampaignID       string  `json:"campaign_id"`
	Kind             string  `json:"kind"`
	Account          Address `json:"account"`
	ContributionKind string  `json:"contribution_kind,omitempty"`
	Value            *Amount `json:"value,omitempty"`
	// Fingerprint is the platform's opaque device or household hash of Account, if any (see CheckFingerprint).
	Fingerprint string `json:"fingerprint,omitempty"`
	// EventID is the platform's own id of the event (an order id, say): unique per campaign, a repeat
	// returns the first result whatever its Idempotency-Key. A purchase needs one to be refundable.
	EventID string `json:"event_id,omitempty"`
	// RefEventID is, for a refund, the event_id of the purchase refunded.
	RefEventID string `json:"ref_event_id,omitempty"`
}

// MaxEventID is the longest event_id accepted, in bytes.
const MaxEventID = 128

// CheckEventID validates a platform's event id: 1 to MaxEventID printable ASCII characters.
func CheckEventID(field, id string) error {
	if id == "" || len(id) > MaxEventID {
		return fmt.Errorf("%w: %s must be 1 to %d characters", ErrInvalidEvent, field, MaxEventID)
	}
	for i := 0; i < len(id); i++ {
		if id[i] < 0x21 || id[i] > 0x7e {
			return fmt.Errorf("%w: %s must be printable ASCII without spaces", ErrInvalidEvent, field)
		}
	}
	return nil
}

// Referral is who brought whom into a campaign, and when.
type Referral struct {
	Referrer Address   `json:"referrer"`
	Referee  Address   `json:"referee"`
	At       time.Time `json:"at"`
	// Qualified is set once the referee's qualifying event has paid the referral rewards.
	Qualified bool `json:"qualified"`
}

// Award is one credit to an account's cumulative total of the campaign's reward token.
type Award struct {
	Account Address `json:"account"`
	Amount  Amount  `json:"amount"`
	// Reason is one of the Reason constants, with a detail after a colon for contributions and direct awards
	// ("contribution:post", "direct:bug bounty").
	Reason string `json:"reason"`
	// Counterparty is the other account of a referral or revenue-share award (zero otherwise).
	Counterparty *Address `json:"counterparty,omitempty"`
	// Referral marks the awards paid once per referee; the ledger drops them if the referral has already paid.
	Referral bool `json:"-"`
}

// Outcome is what an event earns.
type Outcome struct {
	Awards []Award
	// QualifiesReferral asks the ledger to mark the referee's referral as paid, atomically with the awards
	// whose Referral flag is set (and to drop those awards if it was already marked).
	QualifiesReferral bool
}

// Evaluate applies c's rules to e. ref is the referral whose referee is e.Account, or nil. now is the event's
// time (revenue-share windows). It checks the event's shape, not budgets or caps: those are the ledger's.
func Evaluate(c *Campaign, e Event, ref *Referral, now time.Time) (Outcome, error) {
	var out Outcome
	if err := CheckFingerprint(e.Fingerprint); err != nil {
		return out, err
	}
	account := e.Account
	switch e.Kind {
	case KindSignup:
	case KindContribution:
		if e.ContributionKind == "" {
			return out, fmt.Errorf("%w: contribution_kind is required for a contribution", ErrInvalidEvent)
		}
		amt, ok := c.Rules.Contributions[e.ContributionKind]
		if !ok {
			return out, fmt.Errorf("%w: %q", ErrUnknownContribution, e.ContributionKind)
		}
		out.Awards = append(out.Awards, Award{Account: account, Amount: amt, Reason: ReasonContribution + ":" + e.ContributionKind})
	case KindPurchase:
		if e.Value == nil {
			return out, ErrMissingValue
		}
		if rs := c.Rules.RevenueShare; rs != nil && ref != nil && ref.Referrer != account &&
			!now.Before(ref.At) && now.Sub(ref.At) <= time.Duration(rs.WindowDays)*24*time.Hour {
			share := new(big.Int).Mul(e.Value.Big(), big.NewInt(int64(rs.BPS)))
			share.Quo(share, big.NewInt(MaxBPS))
			if share.Sign() > 0 {
				referee := account
				out.Awards = append(out.Awards, Award{Account: ref.Referrer, Amount: NewAmount(share),
					Reason: ReasonRevenueShare, Counterparty: &referee})
			}
		}
	default:
		return out, fmt.Errorf("%w: kind must be signup, contribution, purchase or refund", ErrInvalidEvent)
	}
	if rr := c.Rules.Referral; rr != nil && ref != nil && !ref.Qualified && e.Kind == rr.Qualifying() {
		referrer, referee := ref.Referrer, account
		if !rr.RefereeReward.IsZero() {
			out.Awards = append(out.Awards, Award{Account: referee, Amount: rr.RefereeReward, Reason: ReasonReferee,
				Counterparty: &referrer, Referral: true})
		}
		if !rr.ReferrerReward.IsZero() {
			out.Awards = append(out.Awards, Award{Account: referrer, Amount: rr.ReferrerReward, Reason: ReasonReferrer,
				Counterparty: &referee, Referral: true})
		}
		out.QualifiesReferral = true
	}
	return out, nil
}

// DirectReason validates the reason a platform gives for a direct award and returns the recorded reason.
func DirectReason(reason string) (string, error) {
	if reason == "" || len(reason) > 200 {
		return "", fmt.Errorf("%w: reason must be 1 to 200 characters", ErrInvalidEvent)
	}
	return ReasonDirect + ":" + reason, nil
}
