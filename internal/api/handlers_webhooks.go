package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Webhooks: a platform (scope webhooks:write), a creator or a sponsor registers endpoints for the campaigns
// it may see; the events are delivered by internal/webhooks. Endpoints are private to their owner: anyone
// else's id is 404.

type webhookRequest struct {
	URL       string   `json:"url"`
	Events    []string `json:"events"`
	Campaigns []string `json:"campaigns"`
}

type webhookResponse struct {
	webhooks.Endpoint
	// Secret is the signing secret, shown once: on creation and on rotation.
	Secret string `json:"secret,omitempty"`
}

// webhookOwner is the caller as an endpoint owner; a platform needs the webhooks:write scope.
func (a *API) webhookOwner(c *gin.Context) (string, error) {
	if a.Webhooks == nil {
		return "", newError(http.StatusServiceUnavailable, "unavailable", "webhooks are not enabled on this server")
	}
	cl := claimsOf(c)
	if cl.Role == auth.RolePlatform {
		if !cl.HasScope(ScopeWebhooks) {
			return "", forbidden("the token lacks the %s scope", ScopeWebhooks)
		}
		return webhooks.OwnerPlatform(cl.Subject), nil
	}
	return webhooks.OwnerWallet(cl.Subject), nil
}

// mayWatch checks that the caller may receive campaign id's events: a platform allowed on it, the wallet
// that controls its community's token on-chain now, or the wallet that owns its sponsor pool.
func (a *API) mayWatch(c *gin.Context, id string) error {
	cl := claimsOf(c)
	if cl.Role == auth.RolePlatform {
		_, err := a.platformCampaign(c, id)
		return err
	}
	camp, err := a.campaign(c, id)
	if err != nil {
		return err
	}
	if ok, err := a.creatorOrSponsor(c, camp); err != nil || ok {
		return err
	}
	return forbidden("only the creator of campaign %q's community, the sponsor of its pool or a platform allowed on it may receive its events", id)
}

// createWebhook registers an endpoint; its signing secret is in this answer only.
func (a *API) createWebhook(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	var req webhookRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if err := webhooks.CheckURL(req.URL, a.Config.WebhooksAllowPrivate); err != nil {
		a.abort(c, err)
		return
	}
	for _, id := range req.Campaigns {
		if err := a.mayWatch(c, id); err != nil {
			a.abort(c, err)
			return
		}
	}
	ep, secret, err := a.Webhooks.Create(c, webhooks.NewEndpoint{Owner: owner, URL: req.URL, Events: req.Events,
		Campaigns: req.Campaigns})
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusCreated, webhookResponse{Endpoint: *ep, Secret: secret})
}

func (a *API) listWebhooks(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	eps, err := a.Webhooks.List(c, owner)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"webhooks": eps})
}

func (a *API) getWebhook(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	ep, err := a.Webhooks.Get(c, owner, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, ep)
}

func (a *API) deleteWebhook(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	if err := a.Webhooks.Delete(c, owner, c.Param("id")); err != nil {
		a.abort(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

type rotateRequest struct {
	// GraceSeconds is how long the previous secret keeps signing (0: a day).
	GraceSeconds int64 `json:"grace_seconds"`
}

// rotateWebhookSecret gives an endpoint a new secret (shown once); the old one signs too for the grace period.
func (a *API) rotateWebhookSecret(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	var req rotateRequest
	if err := a.decodeOptional(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.GraceSeconds < 0 || req.GraceSeconds > int64(webhooks.MaxGrace/time.Second) {
		a.abort(c, badRequest("grace_seconds must be between 0 and %d", int64(webhooks.MaxGrace/time.Second)))
		return
	}
	ep, secret, err := a.Webhooks.Rotate(c, owner, c.Param("id"), time.Duration(req.GraceSeconds)*time.Second)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, webhookResponse{Endpoint: *ep, Secret: secret})
}

// decodeOptional decodes a JSON body into v, accepting an empty body.
func (a *API) decodeOptional(c *gin.Context, v any) error {
	if c.Request.ContentLength == 0 {
		return nil
	}
	return a.decode(c, v)
}

func (a *API) enableWebhook(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	ep, err := a.Webhooks.Enable(c, owner, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, ep)
}

// testWebhook queues a webhook.test event for this endpoint only.
func (a *API) testWebhook(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	id, err := a.Webhooks.SendTest(c, owner, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"event_id": id})
}

// webhookDeliveries is the endpoint's delivery log, newest first.
func (a *API) webhookDeliveries(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	limit, err := strconv.Atoi(c.DefaultQuery("limit", "50"))
	if err != nil || limit < 1 || limit > webhooks.LogSize {
		a.abort(c, badRequest("limit must be 1 to %d", webhooks.LogSize))
		return
	}
	ds, err := a.Webhooks.Deliveries(c, owner, c.Param("id"), limit)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"deliveries": ds})
}

// redeliverWebhook queues an event the endpoint was sent (or attempted) again.
func (a *API) redeliverWebhook(c *gin.Context) {
	owner, err := a.webhookOwner(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	event := c.Param("event_id")
	if err := a.Webhooks.Redeliver(c, owner, c.Param("id"), event); err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusAccepted, gin.H{"event_id": event})
}
