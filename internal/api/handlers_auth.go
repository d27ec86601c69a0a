package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
)

type nonceResponse struct {
	Nonce     string    `json:"nonce"`
	ExpiresAt time.Time `json:"expires_at"`
}

// nonce issues a single-use SIWE nonce, stored in Redis until it is used or expires.
func (a *API) nonce(c *gin.Context) {
	n := auth.NewNonce()
	if err := a.Ledger.PutNonce(c, n, a.Config.NonceTTL); err != nil {
		a.abort(c, fmt.Errorf("%w: nonce: %w", errRedis, err))
		return
	}
	c.JSON(http.StatusOK, nonceResponse{Nonce: n, ExpiresAt: a.Now().Add(a.Config.NonceTTL).UTC()})
}

type loginRequest struct {
	Message   string `json:"message"`
	Signature string `json:"signature"`
}

type loginResponse struct {
	Token     string    `json:"token"`
	Address   string    `json:"address"`
	ExpiresAt time.Time `json:"expires_at"`
}

// login verifies a Sign-In with Ethereum message (domain, URI, chain id, expiry, signature) and consumes its
// nonce, then issues a wallet token. A replayed login fails: the nonce is gone. A contract wallet's signature
// (ERC-1271, or ERC-6492 for one not deployed yet) is checked with one eth_call; if the chain does not
// answer the login is 503 and the nonce stays usable.
func (a *API) login(c *gin.Context) {
	var req loginRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	msg, err := auth.ParseMessage(req.Message)
	if err != nil {
		a.abort(c, err)
		return
	}
	sig, err := hexutil.Decode(req.Signature)
	if err != nil {
		a.abort(c, badRequest("signature must be 0x-prefixed hex"))
		return
	}
	err = msg.VerifyContext(c, sig, auth.Expect{
		Domain: a.Config.SIWEDomain, URI: a.Config.SIWEURI, ChainID: a.Info.ChainID.Uint64(), Now: a.Now(),
		MaxAge: a.Config.NonceTTL, RequireExpiration: true, Wallets: a.Wallets,
	})
	if err != nil {
		a.abort(c, err)
		return
	}
	ttl := a.Config.SessionTTL
	if msg.ExpirationTime != nil {
		ttl = min(ttl, msg.ExpirationTime.Sub(a.Now()))
	}
	if ttl < time.Second { // the issuer's shortest token
		a.abort(c, unauthorized("the sign-in message expires in less than a second"))
		return
	}
	fresh, err := a.Ledger.TakeNonce(c, msg.Nonce)
	if err != nil {
		a.abort(c, fmt.Errorf("%w: nonce: %w", errRedis, err))
		return
	}
	if !fresh {
		a.abort(c, unauthorized("unknown, expired or already used nonce"))
		return
	}
	token, exp, err := a.Issuer.Issue(msg.Address.Hex(), auth.RoleWallet, nil, nil, ttl)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, loginResponse{Token: token, Address: msg.Address.Hex(), ExpiresAt: exp.UTC()})
}

type platformRequest struct {
	Name      string   `json:"name"`
	Scopes    []string `json:"scopes"`
	Campaigns []string `json:"campaigns"`
}

type platformResponse struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Scopes    []string  `json:"scopes"`
	Campaigns []string  `json:"campaigns"`
	Token     string    `json:"token"`
	ExpiresAt time.Time `json:"expires_at"`
}

// createPlatform registers a platform and issues its token (admin only). Without scopes it gets all; without
// campaigns it may act on any ("*").
func (a *API) createPlatform(c *gin.Context) {
	var req platformRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	p, token, exp, err := a.issuePlatform(c, req.Name, req.Scopes, req.Campaigns)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusCreated, platformResponse{ID: p.ID, Name: p.Name, Scopes: p.Scopes, Campaigns: p.Campaigns,
		Token: token, ExpiresAt: exp.UTC()})
}

// issuePlatform registers a platform and issues its token.
func (a *API) issuePlatform(ctx context.Context, name string, scopes, campaigns []string) (*ledger.Platform, string, time.Time, error) {
	p, err := a.newPlatform(name, scopes, campaigns)
	if err != nil {
		return nil, "", time.Time{}, err
	}
	token, exp, err := a.registerPlatform(ctx, p)
	if err != nil {
		return nil, "", time.Time{}, err
	}
	return p, token, exp, nil
}

// newPlatform checks a platform's name, scopes (none: all) and campaigns (none: any) and gives it an id;
// nothing is stored.
func (a *API) newPlatform(name string, scopes, campaigns []string) (*ledger.Platform, error) {
	if n := utf8.RuneCountInString(name); n == 0 || n > 100 {
		return nil, badRequest("name must be 1 to 100 characters")
	}
	if len(scopes) == 0 {
		scopes = AllScopes
	}
	for _, s := range scopes {
		if !validScope(s) {
			return nil, badRequest("unknown scope %q (known: %v)", s, KnownScopes)
		}
	}
	if len(campaigns) == 0 {
		campaigns = []string{"*"}
	}
	if len(campaigns) > 1000 {
		return nil, badRequest("at most 1000 campaigns")
	}
	for _, id := range campaigns {
		if id == "" || len(id) > 64 {
			return nil, badRequest("campaign ids must be 1 to 64 characters")
		}
	}
	var id [8]byte
	_, _ = rand.Read(id[:])
	return &ledger.Platform{ID: "plt_" + hex.EncodeToString(id[:]), Name: name, Scopes: scopes, Campaigns: campaigns,
		CreatedAt: a.Now().UTC()}, nil
}

// registerPlatform stores p and issues its token.
func (a *API) registerPlatform(ctx context.Context, p *ledger.Platform) (string, time.Time, error) {
	if err := a.Ledger.CreatePlatform(ctx, *p); err != nil {
		return "", time.Time{}, fmt.Errorf("%w: platform: %w", errRedis, err)
	}
	return a.Issuer.Issue(p.ID, auth.RolePlatform, p.Scopes, p.Campaigns, a.Config.PlatformTTL)
}

func validScope(s string) bool {
	for _, k := range KnownScopes {
		if s == k {
			return true
		}
	}
	return false
}
