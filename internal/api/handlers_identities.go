package api

import (
	"math/big"
	"net/http"
	"net/url"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Platform users: a platform names its own user ("user") wherever it could name a wallet; the ledger holds
// what the user earns under a pseudo-account until the user is linked to a wallet (ledger/identities.go).

// Defaults of the link tokens.
const (
	// DefaultLinkTokenTTL is how long a link token is valid.
	DefaultLinkTokenTTL = 15 * time.Minute
	// DefaultLinkTokensPerHour is how many link tokens one platform may issue per hour.
	DefaultLinkTokensPerHour = 1000
)

const limitLinkTokens = "link-tokens"

// party is one side of a request: a wallet (account) or a platform's user, exactly one of them.
type party struct {
	field   string // the JSON field of the account, for messages ("account", "referrer"...)
	account rewards.Address
	user    string
}

// check validates a party: exactly one of account and user, a user id within bounds, and never an account
// shaped as a pseudo-account (a platform cannot name another platform's user by its address).
func (p party) check(required bool) error {
	uf := p.field + "_user"
	if p.field == "account" {
		uf = "user"
	}
	switch {
	case p.account != (rewards.Address{}) && p.user != "":
		return badRequest("give %s or %s, not both", p.field, uf)
	case p.account == (rewards.Address{}) && p.user == "":
		if required {
			return badRequest("%s or %s is required", p.field, uf)
		}
		return nil
	case p.user != "":
		if err := ledger.CheckUser(p.user); err != nil {
			return newError(http.StatusBadRequest, "invalid_user", "%s must be 1 to %d bytes of UTF-8 without control characters", uf, ledger.MaxUserID)
		}
	case ledger.IsUserAccount(p.account.Common()):
		return newError(http.StatusBadRequest, "reserved_account", "%s %s is in the range tribe keeps for platform users' pseudo-accounts", p.field, p.account)
	}
	return nil
}

// resolveParties replaces every user party by the account it stands for in source (its wallet once linked,
// else its pseudo-account); see ledger.Store.ResolveUsers.
func (a *API) resolveParties(c *gin.Context, source common.Address, ps ...*party) error {
	var users []string
	for _, p := range ps {
		if p.user != "" {
			users = append(users, p.user)
		}
	}
	if len(users) == 0 {
		return nil
	}
	m, err := a.Ledger.ResolveUsers(c, source, claimsOf(c).Subject, users)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if p.user != "" {
			p.account = m[p.user]
		}
	}
	return nil
}

type identityRequest struct {
	User    string          `json:"user"`
	Account rewards.Address `json:"account"`
}

type identityResponse struct {
	PlatformID string     `json:"platform_id"`
	User       string     `json:"user"`
	Status     string     `json:"status"` // unlinked | linking | linked
	Account    string     `json:"account,omitempty"`
	LinkedAt   *time.Time `json:"linked_at,omitempty"`
}

func identityJSON(id ledger.Identity) identityResponse {
	out := identityResponse{PlatformID: id.Platform, User: id.User, Status: "unlinked", LinkedAt: id.LinkedAt}
	if id.Account != nil {
		out.Account, out.Status = id.Account.Hex(), "linking"
		if id.Linked {
			out.Status = "linked"
		}
	}
	return out
}

func checkUserField(user string) error {
	if user == "" {
		return badRequest("user is required")
	}
	if err := ledger.CheckUser(user); err != nil {
		return newError(http.StatusBadRequest, "invalid_user", "user must be 1 to %d bytes of UTF-8 without control characters", ledger.MaxUserID)
	}
	return nil
}

// linkIdentity links the platform's user to a wallet: 201 when this call linked it, 200 when it was linked
// to that wallet already (an interrupted link is finished), 409 when it is linked to another.
func (a *API) linkIdentity(c *gin.Context) {
	var req identityRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if err := checkUserField(req.User); err != nil {
		a.abort(c, err)
		return
	}
	if err := (party{field: "account", account: req.Account}).check(true); err != nil {
		a.abort(c, err)
		return
	}
	res, err := a.Ledger.Link(c, claimsOf(c).Subject, req.User, req.Account.Common())
	if err != nil {
		a.abort(c, err)
		return
	}
	a.linked(c, res)
}

func (a *API) linked(c *gin.Context, res *ledger.LinkResult) {
	status := http.StatusOK
	if res.Created {
		status = http.StatusCreated
		a.log(c).Info("platform user linked", "platform", res.Identity.Platform, "account", res.Identity.Account.Hex(),
			"sources", len(res.Moved), "reversed_referrals", res.ReversedReferrals)
	}
	c.JSON(status, identityJSON(res.Identity))
}

type linkTokenRequest struct {
	User string `json:"user"`
}

type linkTokenResponse struct {
	Token     string    `json:"token"`
	URL       string    `json:"url"`
	ExpiresAt time.Time `json:"expires_at"`
}

// createLinkToken issues a short-lived, single-use token by which the platform's user links a wallet
// itself: the fan opens url (the web app's link page), signs in with Ethereum and confirms.
func (a *API) createLinkToken(c *gin.Context) {
	var req linkTokenRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if err := checkUserField(req.User); err != nil {
		a.abort(c, err)
		return
	}
	lt, err := a.Ledger.CreateLinkToken(c, claimsOf(c).Subject, req.User, a.Config.LinkTokenTTL)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusCreated, linkTokenResponse{Token: lt.Token, ExpiresAt: lt.ExpiresAt,
		URL: a.publicBase(c) + "/app/link?token=" + url.QueryEscape(lt.Token)})
}

type redeemRequest struct {
	Token string `json:"token"`
}

// redeemLinkToken links the link token's user to the signed-in wallet.
func (a *API) redeemLinkToken(c *gin.Context) {
	var req redeemRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.Token == "" {
		a.abort(c, badRequest("token is required"))
		return
	}
	res, err := a.Ledger.RedeemLinkToken(c, req.Token, common.HexToAddress(claimsOf(c).Subject))
	if err != nil {
		a.abort(c, err)
		return
	}
	a.linked(c, res)
}

type linkPreviewResponse struct {
	PlatformID   string    `json:"platform_id"`
	PlatformName string    `json:"platform_name"`
	ExpiresAt    time.Time `json:"expires_at"`
	// Status is "open" (the token can be redeemed) or "used" (a wallet redeemed it: Account).
	Status  string       `json:"status"`
	Account string       `json:"account,omitempty"`
	Tokens  []userReward `json:"tokens"`
}

// previewLinkToken shows the holder of a link token what it would link, before it signs in: the platform
// and what waits for its user there. It spends nothing. The token is in the body, not the URL, so it is in
// no access log.
func (a *API) previewLinkToken(c *gin.Context) {
	var req redeemRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.Token == "" {
		a.abort(c, badRequest("token is required"))
		return
	}
	info, err := a.Ledger.PeekLinkToken(c, req.Token)
	if err != nil {
		a.abort(c, err)
		return
	}
	p, err := a.Ledger.GetPlatform(c, info.Platform)
	if err != nil {
		a.abort(c, err)
		return
	}
	id, err := a.Ledger.GetIdentity(c, info.Platform, info.User)
	if err != nil {
		a.abort(c, err)
		return
	}
	out := linkPreviewResponse{PlatformID: p.ID, PlatformName: p.Name, ExpiresAt: info.ExpiresAt, Status: "open",
		Tokens: []userReward{}}
	if info.UsedBy != nil {
		out.Status, out.Account = "used", info.UsedBy.Hex()
	}
	if id.Account == nil { // once linked, what waited is the wallet's: its own rewards page shows it
		r, err := a.userRewardsOf(c, *id)
		if err != nil {
			a.abort(c, err)
			return
		}
		out.Tokens = r.Tokens
	}
	c.JSON(http.StatusOK, out)
}

// unlinkIdentity is the operator's: it forgets a user's link so that it may be linked to another wallet.
// What moved stays with the wallet it moved to.
func (a *API) unlinkIdentity(c *gin.Context) {
	user := c.Param("user")
	if err := checkUserField(user); err != nil {
		a.abort(c, err)
		return
	}
	prev, err := a.Ledger.Unlink(c, c.Param("platform_id"), user)
	if err != nil {
		a.abort(c, err)
		return
	}
	a.log(c).Info("platform user unlinked", "platform", c.Param("platform_id"), "account", prev.Hex())
	c.JSON(http.StatusOK, identityResponse{PlatformID: c.Param("platform_id"), User: user, Status: "unlinked",
		Account: prev.Hex()})
}

type userReward struct {
	Token        string     `json:"token"`
	Pool         string     `json:"pool,omitempty"`
	Earned       string     `json:"earned"`
	Pending      string     `json:"pending"`
	PendingUntil *time.Time `json:"pending_until,omitempty"`
	// Held is what waits for a wallet: claimable once linked (Cumulative - Debt of the pseudo-account).
	Held string `json:"held"`
}

type userRewardsResponse struct {
	identityResponse
	Tokens []userReward `json:"tokens"`
}

// userRewards shows the platform what its user has waiting (before linking), and to which wallet it went.
func (a *API) userRewards(c *gin.Context) {
	user := c.Param("user")
	if err := checkUserField(user); err != nil {
		a.abort(c, err)
		return
	}
	id, err := a.Ledger.GetIdentity(c, claimsOf(c).Subject, user)
	if err != nil {
		a.abort(c, err)
		return
	}
	out, err := a.userRewardsOf(c, *id)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, out)
}

func (a *API) userRewardsOf(c *gin.Context, id ledger.Identity) (userRewardsResponse, error) {
	balances, err := a.Ledger.Balances(c, rewards.Address(id.Pseudo))
	if err != nil {
		return userRewardsResponse{}, err
	}
	out := userRewardsResponse{identityResponse: identityJSON(id), Tokens: []userReward{}}
	for source, b := range balances {
		held := new(big.Int).Sub(b.Cumulative, b.Debt)
		r := userReward{Token: source.Hex(), Held: held.String(), Pending: b.Pending.String(),
			Earned: new(big.Int).Add(held, b.Pending).String(), PendingUntil: b.NextMaturity}
		paid, pooled, err := a.Ledger.PoolToken(c, source)
		if err != nil {
			return userRewardsResponse{}, err
		}
		if pooled {
			r.Token, r.Pool = paid.Hex(), source.Hex()
		}
		out.Tokens = append(out.Tokens, r)
	}
	sort.Slice(out.Tokens, func(i, j int) bool {
		return out.Tokens[i].Pool+out.Tokens[i].Token < out.Tokens[j].Pool+out.Tokens[j].Token
	})
	return out, nil
}
