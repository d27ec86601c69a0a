package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// The award lifecycle's endpoints: the review queue, approvals and rejections, blocks.
//
// Who may review a campaign's awards and block accounts in it: the wallet that is its community token's
// creator() on-chain, the wallet that owns its sponsor pool on-chain, or a platform allowed on the campaign
// whose token has the awards:review scope. An operator (admin token) may block an account everywhere.

// reviewer loads the {id} campaign for a caller that may review it.
func (a *API) reviewer(c *gin.Context) (*rewards.Campaign, error) {
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		return nil, err
	}
	cl := claimsOf(c)
	if cl.Role == auth.RolePlatform {
		if !cl.HasScope(ScopeReview) {
			return nil, forbidden("the token lacks the %s scope", ScopeReview)
		}
		return a.platformCampaign(c, camp.ID)
	}
	if ok, err := a.creatorOrSponsor(c, camp); err != nil || ok {
		return camp, err
	}
	return nil, forbidden("only the creator of campaign %q's community, the sponsor of its pool or a platform with %s may review its awards", camp.ID, ScopeReview)
}

type pendingAwardsResponse struct {
	CampaignID string      `json:"campaign_id"`
	Awards     []awardJSON `json:"awards"`
	Next       string      `json:"next,omitempty"`
}

// campaignAwards lists the campaign's pending awards (status=pending), newest first, paginated.
func (a *API) campaignAwards(c *gin.Context) {
	camp, err := a.reviewer(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	if st := c.Query("status"); st != ledger.StatusPending {
		a.abort(c, badRequest("status must be %q (the awards that wait; the CSV export has them all)", ledger.StatusPending))
		return
	}
	cur, limit, err := pageQuery(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	awards, next, err := a.Ledger.PendingAwards(c, camp, cur, limit)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, pendingAwardsResponse{CampaignID: camp.ID, Awards: awardsJSON(awards), Next: next})
}

type reviewRequest struct {
	Approve []string `json:"approve"`
	Reject  []string `json:"reject"`
	Reason  string   `json:"reason"`
}

type reviewResponse struct {
	CampaignID string                 `json:"campaign_id"`
	Results    []ledger.ReviewOutcome `json:"results"`
}

// reviewAwards approves and rejects pending awards. Each id gets its own outcome; reviewing again changes
// nothing, so a retry is safe without an idempotency key.
func (a *API) reviewAwards(c *gin.Context) {
	var req reviewRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if n := len(req.Approve) + len(req.Reject); n == 0 || n > ledger.MaxReview {
		a.abort(c, badRequest("approve and reject must name 1 to %d award ids in all", ledger.MaxReview))
		return
	}
	for _, id := range append(append([]string{}, req.Approve...), req.Reject...) {
		if id == "" || len(id) > 128 {
			a.abort(c, badRequest("award ids must be 1 to 128 characters"))
			return
		}
	}
	if len(req.Reason) > 200 {
		a.abort(c, badRequest("reason must be at most 200 characters"))
		return
	}
	camp, err := a.reviewer(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	out, err := a.Ledger.Review(c, camp, req.Approve, req.Reject, req.Reason)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, reviewResponse{CampaignID: camp.ID, Results: out})
}

type blockRequest struct {
	Account rewards.Address `json:"account"`
	Reason  string          `json:"reason"`
}

type blockJSON struct {
	Account string    `json:"account"`
	Reason  string    `json:"reason"`
	At      time.Time `json:"at"`
}

type blockResponse struct {
	CampaignID string `json:"campaign_id,omitempty"`
	Account    string `json:"account"`
	// Rejected are the pending awards the block rejected.
	Rejected []string `json:"rejected"`
}

type blocksResponse struct {
	CampaignID string      `json:"campaign_id,omitempty"`
	Blocks     []blockJSON `json:"blocks"`
}

func (a *API) blockBody(c *gin.Context) (blockRequest, error) {
	var req blockRequest
	if err := a.decode(c, &req); err != nil {
		return req, err
	}
	if req.Account == (rewards.Address{}) {
		return req, badRequest("account is required")
	}
	if req.Reason == "" || len(req.Reason) > 200 {
		return req, badRequest("reason must be 1 to 200 characters")
	}
	return req, nil
}

func rejectedIDs(out []ledger.ReviewOutcome) []string {
	ids := []string{}
	for _, o := range out {
		if o.Outcome == ledger.ReviewRejected {
			ids = append(ids, o.ID)
		}
	}
	return ids
}

func blocksJSON(bs []ledger.BlockEntry) []blockJSON {
	out := make([]blockJSON, len(bs))
	for i, b := range bs {
		out[i] = blockJSON{Account: b.Account.String(), Reason: b.Reason, At: b.At}
	}
	return out
}

// blockAccount blocks an account in the campaign: its pending awards are rejected, new awards and referrals
// naming it are refused (422 blocked).
func (a *API) blockAccount(c *gin.Context) {
	req, err := a.blockBody(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	camp, err := a.reviewer(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	out, err := a.Ledger.Block(c, camp, req.Account, req.Reason)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusCreated, blockResponse{CampaignID: camp.ID, Account: req.Account.String(), Rejected: rejectedIDs(out)})
}

// unblockAccount lifts a block; 404 if the account was not blocked. Rejected awards stay rejected.
func (a *API) unblockAccount(c *gin.Context) {
	account, err := rewards.ParseAddress(c.Param("account"))
	if err != nil {
		a.abort(c, badRequest("%s", err))
		return
	}
	camp, err := a.reviewer(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	ok, err := a.Ledger.Unblock(c, camp, rewards.Address(account))
	if err != nil {
		a.abort(c, err)
		return
	}
	if !ok {
		a.abort(c, notFound("%s is not blocked in campaign %q", account.Hex(), camp.ID))
		return
	}
	c.Status(http.StatusNoContent)
}

// campaignBlocks lists the campaign's blocked accounts.
func (a *API) campaignBlocks(c *gin.Context) {
	camp, err := a.reviewer(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	bs, err := a.Ledger.Blocks(c, camp)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, blocksResponse{CampaignID: camp.ID, Blocks: blocksJSON(bs)})
}

// operatorBlock blocks an account in every campaign.
func (a *API) operatorBlock(c *gin.Context) {
	req, err := a.blockBody(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	out, err := a.Ledger.BlockEverywhere(c, req.Account, req.Reason)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusCreated, blockResponse{Account: req.Account.String(), Rejected: rejectedIDs(out)})
}

// operatorUnblock lifts an operator's block.
func (a *API) operatorUnblock(c *gin.Context) {
	account, err := rewards.ParseAddress(c.Param("account"))
	if err != nil {
		a.abort(c, badRequest("%s", err))
		return
	}
	ok, err := a.Ledger.UnblockEverywhere(c, rewards.Address(account))
	if err != nil {
		a.abort(c, err)
		return
	}
	if !ok {
		a.abort(c, notFound("%s is not blocked", account.Hex()))
		return
	}
	c.Status(http.StatusNoContent)
}

// operatorBlocks lists the operator's blocks.
func (a *API) operatorBlocks(c *gin.Context) {
	bs, err := a.Ledger.BlockedEverywhere(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, blocksResponse{Blocks: blocksJSON(bs)})
}
