package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// MaxBatch is the most awards one POST /v1/awards/batch may carry.
const MaxBatch = 1000

type referralRequest struct {
	CampaignID string          `json:"campaign_id"`
	Referrer   rewards.Address `json:"referrer"`
	Referee    rewards.Address `json:"referee"`
	// ReferrerUser and RefereeUser name the platform's own users in place of wallets.
	ReferrerUser string `json:"referrer_user"`
	RefereeUser  string `json:"referee_user"`
	// ReferrerCode names the referrer (and the campaign) by its referral code, in place of referrer.
	ReferrerCode string `json:"referrer_code"`
	// Fingerprint is the platform's opaque device or household hash of the referee.
	Fingerprint string `json:"fingerprint"`
}

type referralResponse struct {
	CampaignID string    `json:"campaign_id"`
	Referrer   string    `json:"referrer"`
	Referee    string    `json:"referee"`
	At         time.Time `json:"at"`
}

// createReferral records who referred whom: first touch wins; self-referral (the same account, or a shared
// fingerprint), cycles and referrers over the campaign's referrals per day are refused.
func (a *API) createReferral(c *gin.Context) {
	var req referralRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	referrer := party{field: "referrer", account: req.Referrer, user: req.ReferrerUser}
	referee := party{field: "referee", account: req.Referee, user: req.RefereeUser}
	if err := referee.check(true); err != nil {
		a.abort(c, err)
		return
	}
	if req.ReferrerCode == "" {
		if err := referrer.check(true); err != nil {
			a.abort(c, err)
			return
		}
	} else if req.Referrer != (rewards.Address{}) || req.ReferrerUser != "" {
		a.abort(c, badRequest("give referrer, referrer_user or referrer_code, only one"))
		return
	}
	if err := rewards.CheckFingerprint(req.Fingerprint); err != nil {
		a.abort(c, err)
		return
	}
	if req.ReferrerCode != "" {
		rc, err := a.Ledger.ResolveReferralCode(c, req.ReferrerCode)
		if err != nil {
			a.abort(c, err)
			return
		}
		if req.CampaignID != "" && req.CampaignID != rc.CampaignID {
			a.abort(c, unprocessable("unknown_referral_code", "referral code %q is not one of campaign %q", rc.Code, req.CampaignID))
			return
		}
		req.CampaignID, referrer = rc.CampaignID, party{field: "referrer", account: rc.Referrer}
	}
	camp, err := a.awardingCampaign(c, req.CampaignID)
	if err != nil {
		a.abort(c, err)
		return
	}
	if err := a.resolveParties(c, camp.Source().Common(), &referrer, &referee); err != nil {
		a.abort(c, err)
		return
	}
	req.Referrer, req.Referee = referrer.account, referee.account
	for _, who := range []rewards.Address{req.Referrer, req.Referee} {
		if blocked, err := a.Ledger.IsBlocked(c, camp, who); err != nil || blocked {
			if err == nil {
				err = fmt.Errorf("%s: %w", who, ledger.ErrBlocked)
			}
			a.abort(c, err)
			return
		}
	}
	ref, err := a.Ledger.RecordReferralWith(c, camp, req.Referrer, req.Referee, ledger.ReferralSignals{Fingerprint: req.Fingerprint})
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusCreated, referralResponse{CampaignID: camp.ID, Referrer: ref.Referrer.String(), Referee: ref.Referee.String(), At: ref.At.UTC()})
}

type awardJSON struct {
	ID           string    `json:"id"`
	CampaignID   string    `json:"campaign_id"`
	Account      string    `json:"account"`
	Amount       string    `json:"amount"`
	Reason       string    `json:"reason"`
	Counterparty string    `json:"counterparty,omitempty"`
	Capped       bool      `json:"capped,omitempty"`
	At           time.Time `json:"at"`
	// Status is pending, claimable, rejected or reversed; ClaimableAt is when a pending award's hold ends.
	Status           string     `json:"status"`
	ClaimableAt      *time.Time `json:"claimable_at,omitempty"`
	AwaitingApproval bool       `json:"awaiting_approval,omitempty"`
	Reversed         string     `json:"reversed,omitempty"`
	Note             string     `json:"note,omitempty"`
}

// awardsResponse is the body of an award write. A replay must return the first body byte for byte, so
// whether it is a replay is said by the Idempotent-Replayed header only. The statuses are those the awards
// had when they were made.
type awardsResponse struct {
	Awards []awardJSON `json:"awards"`
}

func awardsJSON(res []ledger.AppliedAward) []awardJSON {
	out := make([]awardJSON, len(res))
	for i, w := range res {
		out[i] = awardJSON{ID: w.ID, CampaignID: w.CampaignID, Account: w.Account.String(), Amount: w.Amount.String(),
			Reason: w.Reason, Capped: w.Capped, At: w.At.UTC(), Status: w.Status, ClaimableAt: w.ClaimableAt,
			AwaitingApproval: w.AwaitingApproval, Note: w.Note}
		if w.Counterparty != nil {
			out[i].Counterparty = w.Counterparty.String()
		}
		if w.Reversed != nil {
			out[i].Reversed = w.Reversed.String()
		}
	}
	return out
}

// apply runs the ledger's atomic award step with the request's idempotency key and writes 201 (or the first
// response again, for a repeat).
func (a *API) apply(c *gin.Context, req ledger.ApplyRequest) {
	key, err := idempotencyKey(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	body, err := a.readBody(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	req.Platform = claimsOf(c).Subject
	req.IdempotencyKey = key
	req.RequestHash = requestHash(c, body)
	res, err := a.Ledger.Apply(c, req)
	if err != nil {
		a.abort(c, err)
		return
	}
	if res.Replayed {
		c.Header("Idempotent-Replayed", "true")
	} else {
		for _, w := range res.Awards {
			a.metrics.awards.WithLabelValues(reasonKind(w.Reason)).Inc()
		}
	}
	c.JSON(http.StatusCreated, awardsResponse{Awards: awardsJSON(res.Awards)})
}

// eventRequest is an event whose subject may be the platform's own user instead of an account.
type eventRequest struct {
	rewards.Event
	User string `json:"user"`
}

// createEvent turns a platform's event into awards by the campaign's rules.
func (a *API) createEvent(c *gin.Context) {
	var body eventRequest
	if err := a.decode(c, &body); err != nil {
		a.abort(c, err)
		return
	}
	ev := body.Event
	subj := party{field: "account", account: ev.Account, user: body.User}
	if err := subj.check(true); err != nil {
		a.abort(c, err)
		return
	}
	if ev.EventID != "" {
		if err := rewards.CheckEventID("event_id", ev.EventID); err != nil {
			a.abort(c, err)
			return
		}
	}
	camp, err := a.awardingCampaign(c, ev.CampaignID)
	if err != nil {
		a.abort(c, err)
		return
	}
	if err := a.resolveParties(c, camp.Source().Common(), &subj); err != nil {
		a.abort(c, err)
		return
	}
	ev.Account = subj.account
	if ev.Kind == rewards.KindRefund {
		a.refund(c, camp, ev)
		return
	}
	if ev.RefEventID != "" {
		a.abort(c, badRequest("ref_event_id is for refunds only"))
		return
	}
	ref, err := a.Ledger.GetReferral(c, camp, ev.Account)
	if err != nil {
		a.abort(c, err)
		return
	}
	out, err := rewards.Evaluate(camp, ev, ref, a.Now())
	if err != nil {
		a.abort(c, err)
		return
	}
	subject := ev.Account
	req := ledger.ApplyRequest{Campaign: camp, Entries: make([]ledger.Entry, len(out.Awards)), EventID: ev.EventID,
		Subject: &subject}
	if ev.Kind == rewards.KindPurchase && ev.EventID != "" {
		req.Purchase = &ledger.Purchase{Account: ev.Account, Value: *ev.Value}
	}
	for i, w := range out.Awards {
		req.Entries[i] = ledger.Entry{Campaign: camp, Award: w}
	}
	if out.QualifiesReferral {
		referee := ev.Account
		req.QualifyReferee, req.QualifyCampaign = &referee, camp.ID
	}
	a.apply(c, req)
	a.recordEventFingerprint(c, camp, ev)
}

type reversalJSON struct {
	AwardID string `json:"award_id"`
	Amount  string `json:"amount"`
	Status  string `json:"status"`
}

// refundResponse is the body of a refund event: what it took back of each award the purchase paid.
type refundResponse struct {
	Awards    []awardJSON    `json:"awards"`
	Reversals []reversalJSON `json:"reversals"`
}

// refund reverses the revenue share a purchase paid, in proportion to the value refunded.
func (a *API) refund(c *gin.Context, camp *rewards.Campaign, ev rewards.Event) {
	if err := rewards.CheckEventID("ref_event_id", ev.RefEventID); err != nil {
		a.abort(c, err)
		return
	}
	if ev.Value != nil && ev.Value.IsZero() {
		a.abort(c, badRequest("value must be greater than 0 (omit it to refund the whole purchase)"))
		return
	}
	if ev.ContributionKind != "" {
		a.abort(c, badRequest("contribution_kind is not for refunds"))
		return
	}
	key, err := idempotencyKey(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	body, err := a.readBody(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	res, err := a.Ledger.Refund(c, camp, ledger.RefundRequest{Platform: claimsOf(c).Subject, IdempotencyKey: key,
		RequestHash: requestHash(c, body), EventID: ev.EventID, RefEventID: ev.RefEventID, Account: ev.Account,
		Value: ev.Value, Note: "refund of " + ev.RefEventID})
	if err != nil {
		a.abort(c, err)
		return
	}
	if res.Replayed {
		c.Header("Idempotent-Replayed", "true")
	}
	out := refundResponse{Awards: []awardJSON{}, Reversals: make([]reversalJSON, len(res.Reversals))}
	for i, r := range res.Reversals {
		out.Reversals[i] = reversalJSON{AwardID: r.AwardID, Amount: r.Amount.String(), Status: r.Status}
		if !res.Replayed {
			a.metrics.reversed.Add(float64(1))
		}
	}
	c.JSON(http.StatusCreated, out)
}

type awardRequest struct {
	CampaignID string          `json:"campaign_id"`
	Account    rewards.Address `json:"account"`
	// User names the platform's own user in place of Account.
	User   string         `json:"user"`
	Amount rewards.Amount `json:"amount"`
	Reason string         `json:"reason"`
}

func (a *API) directEntry(c *gin.Context, w awardRequest, cache map[string]*rewards.Campaign) (ledger.Entry, error) {
	if err := (party{field: "account", account: w.Account, user: w.User}).check(true); err != nil {
		return ledger.Entry{}, err
	}
	if w.Amount.IsZero() {
		return ledger.Entry{}, badRequest("amount must be greater than 0")
	}
	reason, err := rewards.DirectReason(w.Reason)
	if err != nil {
		return ledger.Entry{}, err
	}
	camp, ok := cache[w.CampaignID]
	if !ok {
		if camp, err = a.awardingCampaign(c, w.CampaignID); err != nil {
			return ledger.Entry{}, err
		}
		cache[w.CampaignID] = camp
	}
	return ledger.Entry{Campaign: camp, Award: rewards.Award{Account: w.Account, Amount: w.Amount, Reason: reason}}, nil
}

// createAward credits one account directly.
func (a *API) createAward(c *gin.Context) {
	var w awardRequest
	if err := a.decode(c, &w); err != nil {
		a.abort(c, err)
		return
	}
	e, err := a.directEntry(c, w, map[string]*rewards.Campaign{})
	if err != nil {
		a.abort(c, err)
		return
	}
	entries := []ledger.Entry{e}
	if err := a.resolveUsers(c, entries, []string{w.User}); err != nil {
		a.abort(c, err)
		return
	}
	a.apply(c, ledger.ApplyRequest{Entries: entries, Direct: true})
}

type batchRequest struct {
	Awards []awardRequest `json:"awards"`
}

// createAwardBatch credits up to MaxBatch awards in one atomic step: all or none. All awards must pay the
// same reward token (one ledger slot).
func (a *API) createAwardBatch(c *gin.Context) {
	var req batchRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if len(req.Awards) == 0 || len(req.Awards) > MaxBatch {
		a.abort(c, badRequest("awards must hold 1 to %d entries", MaxBatch))
		return
	}
	cache := map[string]*rewards.Campaign{}
	entries := make([]ledger.Entry, len(req.Awards))
	users := make([]string, len(req.Awards))
	for i, w := range req.Awards {
		e, err := a.directEntry(c, w, cache)
		if err != nil {
			var ae *Error
			if errors.As(err, &ae) {
				ae.Message = fmt.Sprintf("awards[%d]: %s", i, ae.Message)
			}
			a.abort(c, err)
			return
		}
		entries[i] = e
		users[i] = w.User
	}
	if err := a.resolveUsers(c, entries, users); err != nil {
		a.abort(c, err)
		return
	}
	a.apply(c, ledger.ApplyRequest{Entries: entries, Direct: true})
}

// resolveUsers sets the account of every entry named by a user (users[i], "" for an account) to what the
// user stands for in the entries' source. Entries of several sources are left to Apply to refuse.
func (a *API) resolveUsers(c *gin.Context, entries []ledger.Entry, users []string) error {
	var list []string
	for _, u := range users {
		if u != "" {
			list = append(list, u)
		}
	}
	if len(list) == 0 {
		return nil
	}
	m, err := a.Ledger.ResolveUsers(c, entries[0].Campaign.Source().Common(), claimsOf(c).Subject, list)
	if err != nil {
		return err
	}
	for i, u := range users {
		if u != "" {
			entries[i].Award.Account = m[u]
		}
	}
	return nil
}

func reasonKind(reason string) string {
	switch kind, _, _ := strings.Cut(reason, ":"); kind {
	case "referral":
		if reason == rewards.ReasonReferrer || reason == rewards.ReasonReferee {
			return reason
		}
	case rewards.ReasonContribution, rewards.ReasonRevenueShare, rewards.ReasonDirect:
		return kind
	}
	return "other" // a metric label takes a bounded set of values
}
