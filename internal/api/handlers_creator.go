package api

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// The endpoints of the creator's page: a wallet's communities, a community's campaigns, a campaign's
// figures per day, and the platforms a creator allows on a campaign.

// CreatorScopes are the scopes a creator may give the platforms it adds to a campaign: they act on that
// campaign only. rewards:read (any account's rewards) stays with the operator.
var CreatorScopes = []string{ScopeAwards, ScopeEvents, ScopeReferrals, ScopeLeaderboards, ScopeReview, ScopeIdentities}

// CreatorDefaultScopes are what a creator's platform token gets when the creator names none.
var CreatorDefaultScopes = []string{ScopeAwards, ScopeEvents, ScopeReferrals, ScopeLeaderboards}

const (
	// maxCampaignPlatforms bounds the platforms a creator may add to or remove from one campaign.
	maxCampaignPlatforms = 100
	// platformACLTTL is how long a replica trusts its copy of a campaign's platform overrides: a platform
	// the creator removes stops being able to act on the campaign within this time on every replica.
	platformACLTTL = time.Second
	// Default and longest window of the stats endpoint, in days.
	defaultStatsDays = 30
)

type communitiesResponse struct {
	Communities []communityResponse `json:"communities"`
	// NextCursor fetches the next page (?cursor=); "" when this is the last.
	NextCursor string `json:"next_cursor"`
}

// pageQuery reads a listing's ?cursor= and ?limit= (1 to ledger.MaxPageSize; default ledger.DefaultPageSize).
func pageQuery(c *gin.Context) (string, int, error) {
	limit := ledger.DefaultPageSize
	if s, ok := c.GetQuery("limit"); ok {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > ledger.MaxPageSize {
			return "", 0, badRequest("limit must be 1 to %d", ledger.MaxPageSize)
		}
		limit = n
	}
	return c.Query("cursor"), limit, nil
}

// accountCommunities lists the communities the wallet created, in any status, newest first, a page at a
// time, from the ledger's index of the creator's communities.
func (a *API) accountCommunities(c *gin.Context) {
	addr, err := rewards.ParseAddress(c.Param("address"))
	if err != nil {
		a.abort(c, badRequest("%s", err))
		return
	}
	if claimsOf(c).Subject != addr.Hex() {
		a.abort(c, forbidden("a wallet may list only the communities it created"))
		return
	}
	cursor, limit, err := pageQuery(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	page, next, err := a.Ledger.CreatorCommunities(c, addr, cursor, limit)
	if err != nil {
		a.abort(c, err)
		return
	}
	out := communitiesResponse{Communities: make([]communityResponse, len(page)), NextCursor: next}
	for i := range page {
		out.Communities[i] = communityJSON(&page[i])
	}
	c.JSON(http.StatusOK, out)
}

type campaignsResponse struct {
	Campaigns []campaignResponse `json:"campaigns"`
	// NextCursor fetches the next page (?cursor=); "" when this is the last.
	NextCursor string `json:"next_cursor"`
}

// communityCampaigns lists a community's campaigns, newest first, as GET /v1/campaigns/{id} shows them, a
// page at a time.
func (a *API) communityCampaigns(c *gin.Context) {
	id := c.Param("id")
	if _, err := a.Ledger.GetCommunity(c, id); errors.Is(err, ledger.ErrNotFound) {
		a.abort(c, notFound("no community %q", id))
		return
	} else if err != nil {
		a.abort(c, err)
		return
	}
	cursor, limit, err := pageQuery(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	camps, next, err := a.Ledger.CommunityCampaignsPage(c, id, cursor, limit)
	if err != nil {
		a.abort(c, err)
		return
	}
	out := campaignsResponse{Campaigns: make([]campaignResponse, 0, len(camps)), NextCursor: next}
	for _, camp := range camps {
		r, err := a.campaignJSON(c, camp)
		if err != nil {
			a.abort(c, err)
			return
		}
		out.Campaigns = append(out.Campaigns, r)
	}
	c.JSON(http.StatusOK, out)
}

// isCreator reports whether the caller is a wallet that controls camp's community on-chain now.
func (a *API) isCreator(c *gin.Context, camp *rewards.Campaign) (bool, error) {
	err := a.manages(c, camp)
	if err != nil && a.toError(err).Status < http.StatusInternalServerError {
		return false, nil // refused: not (or no longer) the creator
	}
	return err == nil, err
}

// creatorCampaign loads the {id} campaign for the wallet that controls its community's token on-chain: 404
// if there is no such campaign, 403 for anyone else.
func (a *API) creatorCampaign(c *gin.Context) (*rewards.Campaign, error) {
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		return nil, err
	}
	if err := a.manages(c, camp); err != nil {
		if errors.Is(err, access.ErrNotCreator) {
			return nil, forbidden("only the creator of campaign %q's community may do this", camp.ID)
		}
		return nil, err
	}
	return camp, nil
}

type campaignDay struct {
	Day          string `json:"day"`
	Awards       int64  `json:"awards"`
	Amount       string `json:"amount"`
	Reversed     string `json:"reversed"`
	Rejected     string `json:"rejected"`
	Expired      string `json:"expired"`
	AwardedTotal string `json:"awarded_total"`
}

type campaignStatsResponse struct {
	CampaignID string        `json:"campaign_id"`
	Budget     string        `json:"budget"`
	Awarded    string        `json:"awarded"`
	Remaining  string        `json:"remaining"`
	Awards     int64         `json:"awards"`
	Referrals  int64         `json:"referrals"`
	Holders    int64         `json:"holders"`
	Pending    string        `json:"pending"`
	Debt       string        `json:"debt"`
	Reversed   string        `json:"reversed"`
	Rejected   string        `json:"rejected"`
	Expired    string        `json:"expired"`
	Days       []campaignDay `json:"days"`
}

// campaignStats reports a campaign's totals and its awards, reversals and rejections per UTC day over the
// last days days (today included), for its creator, the owner of its sponsor pool, or a platform allowed on
// it with leaderboards:read.
func (a *API) campaignStats(c *gin.Context) {
	days := defaultStatsDays
	if s, ok := c.GetQuery("days"); ok {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > ledger.MaxStatsDays {
			a.abort(c, badRequest("days must be 1 to %d", ledger.MaxStatsDays))
			return
		}
		days = n
	}
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	if err := a.mayReadCampaign(c, camp, "read its stats"); err != nil {
		a.abort(c, err)
		return
	}
	st, perDay, err := a.Ledger.CampaignDaily(c, camp, a.Now(), days)
	if err != nil {
		a.abort(c, err)
		return
	}
	out := campaignStatsResponse{CampaignID: camp.ID, Budget: new(big.Int).Add(st.Awarded, st.Remaining).String(),
		Awarded: st.Awarded.String(), Remaining: st.Remaining.String(), Awards: st.Awards, Referrals: st.Referrals,
		Holders: st.Holders, Pending: st.Pending.String(), Debt: st.Debt.String(), Reversed: st.Reversed.String(),
		Rejected: st.Rejected.String(), Expired: st.Expired.String(), Days: make([]campaignDay, len(perDay))}
	// The series ends at what the campaign has awarded: each day's total is that less the later days' net
	// (their amount less what was rejected, reversed and expired on them), never below 0.
	total := new(big.Int).Set(st.Awarded)
	for i := len(perDay) - 1; i >= 0; i-- {
		d := perDay[i]
		out.Days[i] = campaignDay{Day: d.Day.Format(time.DateOnly), Awards: d.Awards, Amount: d.Amount.String(),
			Reversed: d.Reversed.String(), Rejected: d.Rejected.String(), Expired: d.Expired.String(), AwardedTotal: total.String()}
		total.Sub(total, d.Amount).Add(total, d.Reversed).Add(total, d.Rejected).Add(total, d.Expired)
		if total.Sign() < 0 {
			total.SetInt64(0)
		}
	}
	c.JSON(http.StatusOK, out)
}

// ---------------------------------------------------------------------------
// Platforms managed by the creator.
//
// Who may act on a campaign is decided, in this order, by:
//  1. the platform's token, which must list the campaign or "*" (auth.Claims.MayActOn);
//  2. the creator's overrides, kept in Redis (ledger.CampaignPlatforms): a platform the creator removed may
//     not act on the campaign; one the creator added may, even if
//  3. the campaign's definition has an allow-list (rewards.Campaign.Platforms, immutable) that does not
//     name it; an empty allow-list lets any platform whose token allows it.
//
// Each replica keeps a copy of a campaign's overrides for at most platformACLTTL, so the award path reads
// them from Redis at most once a second per campaign, not once per request. A platform that would be
// refused is looked up again at once, so one the creator just added can act at once on every replica;
// a removal takes effect within platformACLTTL everywhere (at once on the replica that served it).

// platformOverrides returns campaign's overrides, from the replica's copy unless it is older than
// platformACLTTL or fresh is set. Concurrent callers share one read.
func (a *API) platformOverrides(c *gin.Context, campaign string, fresh bool) (map[string]string, error) {
	state, err := a.platformACLs.get(campaign, fresh, func() (map[string]string, error) {
		return a.Ledger.CampaignPlatforms(c, campaign)
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errRedis, err)
	}
	return state, nil
}

// forgetOverrides drops this replica's copy of campaign's overrides after the creator changed them.
func (a *API) forgetOverrides(campaign string) { a.platformACLs.forget(campaign) }

// platformAllowed reports whether platform (whose token may act on camp) may act on camp by the creator's
// overrides and the campaign's allow-list.
func (a *API) platformAllowed(c *gin.Context, camp *rewards.Campaign, platform string) (bool, error) {
	for _, fresh := range []bool{false, true} {
		state, err := a.platformOverrides(c, camp.ID, fresh)
		if err != nil {
			return false, err
		}
		switch state[platform] {
		case ledger.PlatformRemoved:
			return false, nil
		case ledger.PlatformAllowed:
			return true, nil
		}
		if len(camp.Platforms) == 0 || slices.Contains(camp.Platforms, platform) {
			return true, nil
		}
		// Refused by the copy: the creator may have added it since; look in Redis once.
	}
	return false, nil
}

// campaignPlatform is a platform as the creator sees it on one campaign. Revoked is true when the platform
// may no longer act on the campaign: its token was revoked, or the creator took it off the campaign.
type campaignPlatform struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Scopes    []string  `json:"scopes"`
	Campaigns []string  `json:"campaigns"`
	CreatedAt time.Time `json:"created_at"`
	Revoked   bool      `json:"revoked"`
}

func campaignPlatformJSON(p *ledger.Platform, override string) campaignPlatform {
	return campaignPlatform{ID: p.ID, Name: p.Name, Scopes: nonNil(p.Scopes),
		Campaigns: nonNil(p.Campaigns), CreatedAt: p.CreatedAt, Revoked: p.Revoked || override == ledger.PlatformRemoved}
}

// nonNil is s, or an empty slice for nil (a JSON [] rather than null).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

type campaignPlatformsResponse struct {
	Platforms []campaignPlatform `json:"platforms"`
}

// campaignPlatforms lists the platforms named by the campaign's allow-list and those its creator added or
// removed, newest first.
func (a *API) campaignPlatforms(c *gin.Context) {
	camp, err := a.creatorCampaign(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	state, err := a.Ledger.CampaignPlatforms(c, camp.ID)
	if err != nil {
		a.abort(c, err)
		return
	}
	ids := slices.Clone(camp.Platforms)
	for id := range state {
		ids = append(ids, id)
	}
	ps, err := a.Ledger.GetPlatforms(c, ids)
	if err != nil {
		a.abort(c, err)
		return
	}
	slices.SortFunc(ps, func(x, y ledger.Platform) int {
		return cmp.Or(y.CreatedAt.Compare(x.CreatedAt), cmp.Compare(y.ID, x.ID))
	})
	out := campaignPlatformsResponse{Platforms: make([]campaignPlatform, len(ps))}
	for i := range ps {
		out.Platforms[i] = campaignPlatformJSON(&ps[i], state[ps[i].ID])
	}
	c.JSON(http.StatusOK, out)
}

type campaignPlatformRequest struct {
	Name   string   `json:"name"`
	Scopes []string `json:"scopes"`
}

type campaignPlatformCreated struct {
	Platform  campaignPlatform `json:"platform"`
	Token     string           `json:"token"`
	ExpiresAt time.Time        `json:"expires_at"`
}

// createCampaignPlatform registers a platform that may act on this campaign only, allows it on the
// campaign, and issues its token.
func (a *API) createCampaignPlatform(c *gin.Context) {
	camp, err := a.creatorCampaign(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	var req campaignPlatformRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	scopes := CreatorDefaultScopes
	if len(req.Scopes) > 0 {
		scopes = []string{}
		for _, s := range req.Scopes {
			if validScope(s) && !slices.Contains(CreatorScopes, s) {
				a.abort(c, forbidden("a creator may not give the %s scope (only %v)", s, CreatorScopes))
				return
			}
			if !slices.Contains(scopes, s) {
				scopes = append(scopes, s)
			}
		}
	}
	p, err := a.newPlatform(req.Name, scopes, []string{camp.ID}) // refuses unknown scopes
	if err != nil {
		a.abort(c, err)
		return
	}
	p.IssuedBy = claimsOf(c).Subject // shares the creator's rate limit (rateBucket) and works only while it controls the token (mayAward)
	// Allowed first: it is what may be refused (too many platforms), and without the record it allows nothing.
	if err := a.Ledger.AllowCampaignPlatform(c, camp.ID, p.ID, maxCampaignPlatforms); err != nil {
		if errors.Is(err, ledger.ErrTooManyPlatforms) {
			a.abort(c, unprocessable("too_many_platforms", "campaign %q already has %d platforms", camp.ID, maxCampaignPlatforms))
			return
		}
		a.abort(c, err)
		return
	}
	a.forgetOverrides(camp.ID)
	token, exp, err := a.registerPlatform(c, p)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusCreated, campaignPlatformCreated{Platform: campaignPlatformJSON(p, ledger.PlatformAllowed),
		Token: token, ExpiresAt: exp.UTC()})
}

type campaignPlatformResponse struct {
	Platform campaignPlatform `json:"platform"`
}

// deleteCampaignPlatform takes a platform off the campaign. A platform that may act on this campaign only
// (as the ones the creator adds) is revoked outright; one that may act on other campaigns too keeps its
// token and loses this campaign only. Removing it again answers the same.
func (a *API) deleteCampaignPlatform(c *gin.Context) {
	camp, err := a.creatorCampaign(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	id := c.Param("platform_id")
	p, err := a.Ledger.GetPlatform(c, id)
	if errors.Is(err, ledger.ErrNotFound) {
		a.abort(c, notFound("no platform %q", id))
		return
	}
	if err != nil {
		a.abort(c, fmt.Errorf("%w: platform: %w", errRedis, err))
		return
	}
	state, err := a.Ledger.CampaignPlatforms(c, camp.ID)
	if err != nil {
		a.abort(c, err)
		return
	}
	_, overridden := state[id]
	open := len(camp.Platforms) == 0 && (slices.Contains(p.Campaigns, auth.AnyCampaign) || slices.Contains(p.Campaigns, camp.ID))
	if !overridden && !open && !slices.Contains(camp.Platforms, id) {
		a.abort(c, notFound("platform %q is not on campaign %q", id, camp.ID))
		return
	}
	if err := a.Ledger.RemoveCampaignPlatform(c, camp.ID, id); err != nil {
		a.abort(c, err)
		return
	}
	a.forgetOverrides(camp.ID)
	if slices.Equal(p.Campaigns, []string{camp.ID}) && !p.Revoked {
		if p, err = a.Ledger.UpdatePlatform(c, id, func(p *ledger.Platform) error {
			p.Revoked = true
			return nil
		}); err != nil {
			a.abort(c, fmt.Errorf("%w: platform: %w", errRedis, err))
			return
		}
		a.forgetPlatform(id)
	}
	c.JSON(http.StatusOK, campaignPlatformResponse{Platform: campaignPlatformJSON(p, ledger.PlatformRemoved)})
}
