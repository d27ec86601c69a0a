package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/web"
)

// The fan widget (/app/embed?campaign=<id>) may be framed by the origins the campaign's creator lists here;
// internal/web puts them in the widget's frame-ancestors.

const (
	// maxEmbedOrigins bounds the origins a campaign lists.
	maxEmbedOrigins = 20
	// embedOriginsTTL is how long a replica trusts its copy of a campaign's embed origins: an origin the
	// creator removes stops being able to frame the widget within this time on every replica (at once on the
	// replica that served the change).
	embedOriginsTTL = 5 * time.Second
	// maxCampaignIDLen bounds the campaign ids the widget's policy looks up: longer ones exist nowhere.
	maxCampaignIDLen = 200
)

type embedOriginsRequest struct {
	Origins []string `json:"origins"`
}

type embedOriginsResponse struct {
	CampaignID string   `json:"campaign_id"`
	Origins    []string `json:"origins"`
}

// getEmbedOrigins lists the origins that may frame the campaign's fan widget (public: they are in the
// widget's Content-Security-Policy anyway).
func (a *API) getEmbedOrigins(c *gin.Context) {
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	origins, err := a.Ledger.EmbedOrigins(c, camp.ID)
	if err != nil {
		a.abort(c, fmt.Errorf("%w: %w", errRedis, err))
		return
	}
	c.JSON(http.StatusOK, embedOriginsResponse{CampaignID: camp.ID, Origins: origins})
}

// putEmbedOrigins replaces the origins that may frame the campaign's fan widget, for its creator. Each is
// normalized by web.ParseOrigin; duplicates count once; an empty list lets nobody frame it.
func (a *API) putEmbedOrigins(c *gin.Context) {
	camp, err := a.creatorCampaign(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	var req embedOriginsRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.Origins == nil {
		a.abort(c, badRequest("origins is required (an empty list lets no site embed the widget)"))
		return
	}
	origins := []string{}
	for _, o := range req.Origins {
		n, err := web.ParseOrigin(o)
		if err != nil {
			a.abort(c, badRequest("%s", err))
			return
		}
		if !slices.Contains(origins, n) {
			origins = append(origins, n)
		}
	}
	if len(origins) > maxEmbedOrigins {
		a.abort(c, badRequest("at most %d origins may embed a campaign's widget", maxEmbedOrigins))
		return
	}
	if err := a.Ledger.SetEmbedOrigins(c, camp.ID, origins); err != nil {
		a.abort(c, fmt.Errorf("%w: %w", errRedis, err))
		return
	}
	a.embeds.forget(camp.ID)
	c.JSON(http.StatusOK, embedOriginsResponse{CampaignID: camp.ID, Origins: origins})
}

// embedOrigins is web.EmbedOrigins for the widget's policy: campaign's origins from this replica's copy
// (at most embedOriginsTTL old). A campaign that does not exist has none.
func (a *API) embedOrigins(ctx context.Context, campaign string) ([]string, error) {
	if len(campaign) > maxCampaignIDLen {
		return nil, errors.New("campaign id too long")
	}
	return a.embeds.get(campaign, false, func() ([]string, error) {
		return a.Ledger.EmbedOrigins(ctx, campaign)
	})
}
