package api

import (
	"bytes"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	qrcode "github.com/skip2/go-qrcode"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Referral codes: a referrer's stable code per campaign, its link (/r/{code}, which sends people to the
// campaign's landing_url with tribe_ref=<code>) and the link's QR code.

// qrSize is the side of the QR code images, in pixels.
const qrSize = 256

type referralCodeRequest struct {
	Referrer rewards.Address `json:"referrer"`
	// ReferrerUser names the platform's own user in place of Referrer (platforms only).
	ReferrerUser string `json:"referrer_user"`
}

type referralCodeResponse struct {
	CampaignID string `json:"campaign_id"`
	Referrer   string `json:"referrer"`
	Code       string `json:"code"`
	URL        string `json:"url"`
	QRURL      string `json:"qr_url"`
}

// createReferralCode returns the referrer's code in the campaign, creating it the first time (201; 200 after).
// A platform names the referrer and must be allowed on the campaign; a wallet gets its own code (no body, or
// a body naming itself).
func (a *API) createReferralCode(c *gin.Context) {
	cl := claimsOf(c)
	var referrer rewards.Address
	var camp *rewards.Campaign
	var err error
	if cl.Role == auth.RolePlatform {
		if !cl.HasScope(ScopeReferrals) {
			a.abort(c, forbidden("the token lacks the %s scope", ScopeReferrals))
			return
		}
		var req referralCodeRequest
		if err := a.decode(c, &req); err != nil {
			a.abort(c, err)
			return
		}
		p := party{field: "referrer", account: req.Referrer, user: req.ReferrerUser}
		if err := p.check(true); err != nil {
			a.abort(c, err)
			return
		}
		if camp, err = a.platformCampaign(c, c.Param("id")); err != nil {
			a.abort(c, err)
			return
		}
		// A user's code names its pseudo-account (or its wallet once linked); the referral script redirects.
		if err := a.resolveParties(c, camp.Source().Common(), &p); err != nil {
			a.abort(c, err)
			return
		}
		referrer = p.account
	} else {
		referrer = rewards.Address(common.HexToAddress(cl.Subject))
		body, err := a.readBody(c)
		if err != nil {
			a.abort(c, err)
			return
		}
		if len(bytes.TrimSpace(body)) > 0 {
			var req referralCodeRequest
			if err := a.decode(c, &req); err != nil {
				a.abort(c, err)
				return
			}
			if req.Referrer != (rewards.Address{}) && req.Referrer != referrer || req.ReferrerUser != "" {
				a.abort(c, forbidden("a wallet may get its own referral code only"))
				return
			}
		}
		if camp, err = a.campaign(c, c.Param("id")); err != nil {
			a.abort(c, err)
			return
		}
	}
	code, created, err := a.Ledger.EnsureReferralCode(c, camp, referrer)
	if err != nil {
		a.abort(c, err)
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	base := a.publicBase(c)
	c.JSON(status, referralCodeResponse{CampaignID: camp.ID, Referrer: referrer.String(), Code: code,
		URL: base + "/r/" + code, QRURL: base + "/v1/referral-codes/" + code + "/qr.png"})
}

// publicBase is the URL clients reach the API at: Config.PublicURL, else the request's scheme and host.
func (a *API) publicBase(c *gin.Context) string {
	if a.Config.PublicURL != "" {
		return strings.TrimSuffix(a.Config.PublicURL, "/")
	}
	scheme := "http"
	if c.Request.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + c.Request.Host
}

// referralCampaign resolves a code from the path to its campaign: 404 for a code that does not exist.
func (a *API) referralCampaign(c *gin.Context) (*ledger.ReferralCode, *rewards.Campaign, error) {
	rc, err := a.Ledger.ResolveReferralCode(c, c.Param("code"))
	if errors.Is(err, ledger.ErrUnknownCode) {
		return nil, nil, notFound("no referral code %q", c.Param("code"))
	}
	if err != nil {
		return nil, nil, err
	}
	camp, err := a.campaign(c, rc.CampaignID)
	if err != nil {
		return nil, nil, err
	}
	return rc, camp, nil
}

// referralRedirect sends the holder of a referral link to the campaign's landing page, with tribe_ref=<code>
// added to its query (the landing page's own parameters kept as they are; a tribe_ref it had is replaced).
func (a *API) referralRedirect(c *gin.Context) {
	rc, camp, err := a.referralCampaign(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	if camp.LandingURL == "" {
		a.abort(c, newError(http.StatusNotFound, "no_landing_url", "campaign %q has no landing_url to send referral links to", camp.ID))
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Header("Referrer-Policy", "no-referrer")
	c.Redirect(http.StatusFound, withTribeRef(camp.LandingURL, rc.Code))
}

// withTribeRef returns landing with tribe_ref=code in its query, keeping its other parameters byte for byte.
func withTribeRef(landing, code string) string {
	u, err := url.Parse(landing)
	if err != nil { // validated when the campaign was created
		return landing
	}
	var parts []string
	for _, p := range strings.Split(u.RawQuery, "&") {
		if p == "" {
			continue
		}
		k, _, _ := strings.Cut(p, "=")
		if key, err := url.QueryUnescape(k); err == nil && key == "tribe_ref" {
			continue
		}
		parts = append(parts, p)
	}
	u.RawQuery = strings.Join(append(parts, "tribe_ref="+url.QueryEscape(code)), "&")
	u.ForceQuery = false
	return u.String()
}

// referralQR is the PNG QR code of a referral code's link (public: the link is meant to be shared).
func (a *API) referralQR(c *gin.Context) {
	rc, _, err := a.referralCampaign(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	png, err := qrcode.Encode(a.publicBase(c)+"/r/"+rc.Code, qrcode.Medium, qrSize)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.Header("Cache-Control", "public, max-age=86400")
	c.Data(http.StatusOK, "image/png", png)
}

// platformRateLimit is rateLimit for a platform's request; a wallet's passes.
func (a *API) platformRateLimit(c *gin.Context) {
	if cl := claimsOf(c); cl != nil && cl.Role == auth.RolePlatform {
		a.rateLimit(c)
		return
	}
	c.Next()
}

// recordEventFingerprint remembers an accepted event's fingerprint for its account (see
// ledger.RecordFingerprint), after the response: a refused or replayed event records nothing, and a failure
// here is logged, not the event's (its awards are credited).
func (a *API) recordEventFingerprint(c *gin.Context, camp *rewards.Campaign, ev rewards.Event) {
	if ev.Fingerprint == "" || c.Writer.Status() != http.StatusCreated || c.Writer.Header().Get("Idempotent-Replayed") != "" {
		return
	}
	if err := a.Ledger.RecordFingerprint(c, camp, ev.Account, ev.Fingerprint); err != nil {
		a.log(c).Warn("event fingerprint not recorded", "campaign", camp.ID, "err", err)
	}
}
