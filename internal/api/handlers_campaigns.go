package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

type campaignRequest struct {
	CommunityID string           `json:"community_id"`
	RewardToken *rewards.Address `json:"reward_token,omitempty"`
	// Pool names the sponsor pool that pays the campaign; its owner grants the budget.
	Pool      *rewards.Address `json:"pool,omitempty"`
	Budget    rewards.Amount   `json:"budget"`
	Rules     rewards.Rules    `json:"rules"`
	Platforms []string         `json:"platforms"`
	// LandingURL is where the campaign's referral links send people (optional).
	LandingURL string `json:"landing_url"`
}

type campaignResponse struct {
	*rewards.Campaign
	RemainingBudget string `json:"remaining_budget"`
	Awarded         string `json:"awarded"`
	Awards          int64  `json:"awards"`
	Referrals       int64  `json:"referrals"`
	Holders         int64  `json:"holders"`
	// The lifecycle's totals: budget = remaining + pending + claimable + debt.
	Pending  string `json:"pending"`
	Debt     string `json:"debt"`
	Reversed string `json:"reversed"`
	Rejected string `json:"rejected"`
	Expired  string `json:"expired"`
}

// createCampaign creates a campaign on a community whose token the signed-in wallet controls on-chain. The
// campaign pays the community's own token (minted) or, when it names a sponsor pool, that pool's ERC-20
// within what the pool's owner grants it; any other token is refused before anything is stored.
func (a *API) createCampaign(c *gin.Context) {
	var req campaignRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.CommunityID == "" {
		a.abort(c, badRequest("community_id is required"))
		return
	}
	community, err := a.Ledger.GetCommunity(c, req.CommunityID)
	if errors.Is(err, ledger.ErrNotFound) {
		a.abort(c, notFound("no community %q", req.CommunityID))
		return
	}
	if err != nil {
		a.abort(c, err)
		return
	}
	caller := common.HexToAddress(claimsOf(c).Subject)
	tok, err := a.tokenFacts(c, community.TokenAddress.Common())
	if err != nil {
		a.abort(c, err)
		return
	}
	var f access.Funding
	var pool access.Pool
	if req.RewardToken != nil {
		t := req.RewardToken.Common()
		f.RewardToken = &t
	}
	if req.Pool != nil {
		p := req.Pool.Common()
		f.Pool = &p
		if tok.Creator == caller { // read the pool only for the token's creator
			if pool, err = a.poolFacts(c, p); err != nil {
				a.abort(c, err)
				return
			}
		}
	}
	pays, err := access.CreateCampaign(caller, tok, f, pool)
	if err != nil {
		a.abort(c, err)
		return
	}
	var id [8]byte
	_, _ = rand.Read(id[:])
	ct := community.TokenAddress
	camp := &rewards.Campaign{
		ID: "cmp_" + hex.EncodeToString(id[:]), CommunityID: community.ID, Creator: rewards.Address(caller),
		RewardToken: rewards.Address(pays), CommunityToken: &ct, Pool: req.Pool, Budget: req.Budget,
		Rules: req.Rules, Platforms: req.Platforms, CreatedAt: a.Now().UTC(), LandingURL: req.LandingURL,
	}
	if camp.Platforms == nil {
		camp.Platforms = []string{}
	}
	if err := camp.Validate(); err != nil {
		a.abort(c, err)
		return
	}
	// Indexed first: an entry whose campaign was never stored is skipped when listing.
	if err := a.Ledger.IndexCampaign(c, camp.CommunityID, camp.ID, camp.CreatedAt); err != nil {
		a.abort(c, err)
		return
	}
	if err := a.Ledger.CreateCampaign(c, camp); err != nil {
		a.abort(c, err)
		return
	}
	a.writeCampaign(c, http.StatusCreated, camp)
}

func (a *API) writeCampaign(c *gin.Context, status int, camp *rewards.Campaign) {
	r, err := a.campaignJSON(c, camp)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(status, r)
}

// campaignJSON is camp with its totals from the ledger, as every campaign endpoint shows it.
func (a *API) campaignJSON(ctx context.Context, camp *rewards.Campaign) (campaignResponse, error) {
	st, err := a.Ledger.CampaignStats(ctx, camp)
	if err != nil {
		return campaignResponse{}, err
	}
	if camp.Pool != nil { // a pooled campaign's budget is what its grants add up to
		cp := *camp
		cp.Budget = rewards.NewAmount(st.Budget)
		camp = &cp
	}
	return campaignResponse{Campaign: camp, RemainingBudget: st.Remaining.String(), Awarded: st.Awarded.String(),
		Pending: st.Pending.String(), Debt: st.Debt.String(), Reversed: st.Reversed.String(), Rejected: st.Rejected.String(),
		Expired: st.Expired.String(), Awards: st.Awards, Referrals: st.Referrals, Holders: st.Holders}, nil
}

func (a *API) getCampaign(c *gin.Context) {
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	a.writeCampaign(c, http.StatusOK, camp)
}

// campaign loads a campaign, as a 404 if it does not exist.
func (a *API) campaign(c *gin.Context, id string) (*rewards.Campaign, error) {
	if id == "" {
		return nil, badRequest("campaign_id is required")
	}
	// A campaign's definition never changes once created (its remaining budget lives in the ledger), so
	// every replica may keep it: one Redis round trip less per award. Misses are not cached.
	if v, ok := a.campaigns.Get(id); ok {
		return v, nil
	}
	camp, err := a.Ledger.GetCampaign(c, id)
	if errors.Is(err, ledger.ErrNotFound) {
		return nil, notFound("no campaign %q", id)
	}
	if err != nil {
		return nil, err
	}
	if camp.CommunityToken == nil {
		// Stored before campaigns recorded their community's token: take it from the community, so that
		// authority is decided by that token's creator (and a campaign that pays another token is refused).
		community, err := a.Ledger.GetCommunity(c, camp.CommunityID)
		if err != nil && !errors.Is(err, ledger.ErrNotFound) {
			return nil, err
		}
		if err == nil {
			ct := community.TokenAddress
			camp.CommunityToken = &ct
		}
	}
	a.campaigns.Add(id, camp)
	return camp, nil
}

// awardingCampaign is platformCampaign for a write that awards: the campaign must also still be able to
// award (see mayAct).
func (a *API) awardingCampaign(c *gin.Context, id string) (*rewards.Campaign, error) {
	return a.platformCampaignFor(c, id, true)
}

// platformCampaign loads a campaign the calling platform may act on: its token must list the campaign (or
// "*"), the creator must not have taken it off the campaign, the campaign's allow-list, if any, must name it
// unless the creator added it (see platformAllowed), and a token a creator issued must still be its
// creator's.
func (a *API) platformCampaign(c *gin.Context, id string) (*rewards.Campaign, error) {
	return a.platformCampaignFor(c, id, false)
}

func (a *API) platformCampaignFor(c *gin.Context, id string, awarding bool) (*rewards.Campaign, error) {
	camp, err := a.campaign(c, id)
	if err != nil {
		return nil, err
	}
	cl := claimsOf(c)
	if !cl.MayActOn(camp.ID) {
		return nil, forbidden("this platform may not act on campaign %q", camp.ID)
	}
	ok, err := a.platformAllowed(c, camp, cl.Subject)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, forbidden("this platform may not act on campaign %q", camp.ID)
	}
	if err := a.mayAct(c, camp, awarding); err != nil {
		return nil, err
	}
	return camp, nil
}

type leaderboardResponse struct {
	CampaignID string             `json:"campaign_id"`
	By         string             `json:"by"`
	Entries    []leaderboardEntry `json:"entries"`
}

type leaderboardEntry struct {
	Rank    int    `json:"rank"`
	Account string `json:"account"`
	Value   string `json:"value"`
}

// leaderboard ranks a campaign's accounts by referrals or by amount earned.
func (a *API) leaderboard(c *gin.Context) {
	if cl := claimsOf(c); cl.Role == "platform" && !cl.HasScope(ScopeLeaderboards) {
		a.abort(c, forbidden("the token lacks the %s scope", ScopeLeaderboards))
		return
	}
	by := c.DefaultQuery("by", "earned")
	if by != "earned" && by != "referrals" {
		a.abort(c, badRequest("by must be earned or referrals"))
		return
	}
	limit, err := strconv.Atoi(c.DefaultQuery("limit", "10"))
	if err != nil || limit < 1 || limit > 100 {
		a.abort(c, badRequest("limit must be 1 to 100"))
		return
	}
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	rows, err := a.Ledger.Leaderboard(c, camp, by, limit)
	if err != nil {
		a.abort(c, err)
		return
	}
	out := leaderboardResponse{CampaignID: camp.ID, By: by, Entries: make([]leaderboardEntry, len(rows))}
	for i, r := range rows {
		out.Entries[i] = leaderboardEntry{Rank: i + 1, Account: r.Account.String(), Value: r.Value}
	}
	c.JSON(http.StatusOK, out)
}
