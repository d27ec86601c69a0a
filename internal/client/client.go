// Package client talks to a running tribed over HTTP: what tribectl and the end-to-end tests use, and a
// reference for integrators. Amounts are decimal strings, as on the wire.
package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// Client is a tribed API client. Safe for concurrent use if Token is not changed meanwhile.
type Client struct {
	BaseURL string
	Token   string
	HTTP    *http.Client
}

// New returns a client of the API at baseURL (e.g. http://127.0.0.1:8080) using token (may be empty).
func New(baseURL, token string) *Client {
	return &Client{BaseURL: strings.TrimRight(baseURL, "/"), Token: token, HTTP: &http.Client{Timeout: 30 * time.Second}}
}

// Error is an error response of the API.
type Error struct {
	Status  int
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

// Do sends a request with an optional JSON body and idempotency key and decodes a 2xx JSON response into out.
func (c *Client) Do(ctx context.Context, method, path string, body any, idemKey string, out any) error {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, r)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	if idemKey != "" {
		req.Header.Set("Idempotency-Key", idemKey)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		var e struct {
			Error Error `json:"error"`
		}
		_ = json.Unmarshal(data, &e)
		e.Error.Status = resp.StatusCode
		if e.Error.Code == "" {
			e.Error.Message = strings.TrimSpace(string(data))
		}
		return &e.Error
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(data, out)
}

// Info is GET /v1/info.
type Info struct {
	ChainID   string            `json:"chain_id"`
	Contracts map[string]string `json:"contracts"`
	Signers   []string          `json:"signers"`
	RPCURL    string            `json:"rpc_url"`
	Version   string            `json:"version"`
}

// Info returns the deployment the API serves.
func (c *Client) Info(ctx context.Context) (*Info, error) {
	var out Info
	return &out, c.Do(ctx, http.MethodGet, "/v1/info", nil, "", &out)
}

// Login signs in with Ethereum as key's address and stores the wallet token in c.Token. domain and uri are
// what the server expects (its host and URL by default).
func (c *Client) Login(ctx context.Context, key *ecdsa.PrivateKey, chainID uint64) (string, error) {
	var n struct {
		Nonce string `json:"nonce"`
	}
	if err := c.Do(ctx, http.MethodPost, "/v1/auth/nonce", nil, "", &n); err != nil {
		return "", err
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil {
		return "", err
	}
	now := time.Now().UTC().Truncate(time.Second)
	exp := now.Add(time.Hour)
	msg := auth.Message{Domain: u.Host, Address: crypto.PubkeyToAddress(key.PublicKey), Statement: "Sign in to tribe.",
		URI: c.BaseURL, Version: "1", ChainID: chainID, Nonce: n.Nonce, IssuedAt: now, ExpirationTime: &exp}
	text := msg.String()
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		return "", err
	}
	sig[64] += 27
	var out struct {
		Token string `json:"token"`
	}
	if err := c.Do(ctx, http.MethodPost, "/v1/auth/login", map[string]string{"message": text, "signature": hexutil.Encode(sig)}, "", &out); err != nil {
		return "", err
	}
	c.Token = out.Token
	return out.Token, nil
}

// Platform is the response of POST /v1/platforms.
type Platform struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Scopes    []string `json:"scopes"`
	Campaigns []string `json:"campaigns"`
	Token     string   `json:"token"`
}

// CreatePlatform registers a platform (admin token) and returns its token.
func (c *Client) CreatePlatform(ctx context.Context, name string, scopes, campaigns []string) (*Platform, error) {
	var out Platform
	body := map[string]any{"name": name}
	if len(scopes) > 0 {
		body["scopes"] = scopes
	}
	if len(campaigns) > 0 {
		body["campaigns"] = campaigns
	}
	return &out, c.Do(ctx, http.MethodPost, "/v1/platforms", body, "", &out)
}

// Community is a community as the API returns it.
type Community struct {
	ID           string `json:"id"`
	Creator      string `json:"creator"`
	Name         string `json:"name"`
	Symbol       string `json:"symbol"`
	MaxSupply    string `json:"max_supply"`
	TokenAddress string `json:"token_address"`
	Status       string `json:"status"`
	TxHash       string `json:"tx_hash"`
	Error        string `json:"error"`
}

// CreateCommunity asks for the creation request, signs it with the creator's key (EIP-712, as a wallet's
// eth_signTypedData_v4 would) and submits it. The signed-in wallet (c.Token) must be key's address.
func (c *Client) CreateCommunity(ctx context.Context, key *ecdsa.PrivateKey, name, symbol, maxSupply, allocation string) (*Community, error) {
	var prep struct {
		TokenAddress string         `json:"token_address"`
		Request      map[string]any `json:"request"`
		TypedData    struct {
			Domain  map[string]any    `json:"domain"`
			Message map[string]string `json:"message"`
		} `json:"typed_data"`
	}
	body := map[string]any{"name": name, "symbol": symbol, "max_supply": maxSupply, "creator_allocation": allocation}
	if err := c.Do(ctx, http.MethodPost, "/v1/communities/request", body, "", &prep); err != nil {
		return nil, err
	}
	m := prep.TypedData.Message
	chainID, _ := new(big.Int).SetString(fmt.Sprint(prep.TypedData.Domain["chainId"]), 10)
	factory := common.HexToAddress(fmt.Sprint(prep.TypedData.Domain["verifyingContract"]))
	maxS, _ := new(big.Int).SetString(m["maxSupply"], 10)
	alloc, _ := new(big.Int).SetString(m["creatorAllocation"], 10)
	deadline, _ := new(big.Int).SetString(m["deadline"], 10)
	salt := common.HexToHash(m["salt"])
	req := voucher.CreateToken{Creator: common.HexToAddress(m["creator"]), Name: m["name"], Symbol: m["symbol"],
		MaxSupply: maxS, CreatorAllocation: alloc, Salt: salt, Deadline: deadline}
	sig, err := voucher.SignCreateToken(key, voucher.FactoryDomainSeparator(chainID, factory), req)
	if err != nil {
		return nil, err
	}
	prep.Request["signature"] = hexutil.Encode(sig)
	var out Community
	return &out, c.Do(ctx, http.MethodPost, "/v1/communities", prep.Request, "", &out)
}

// GetCommunity is GET /v1/communities/{id}.
func (c *Client) GetCommunity(ctx context.Context, id string) (*Community, error) {
	var out Community
	return &out, c.Do(ctx, http.MethodGet, "/v1/communities/"+url.PathEscape(id), nil, "", &out)
}

// WaitCommunity polls until the community is active (or failed, an error).
func (c *Client) WaitCommunity(ctx context.Context, id string) (*Community, error) {
	for {
		m, err := c.GetCommunity(ctx, id)
		if err != nil {
			return nil, err
		}
		switch m.Status {
		case "active":
			return m, nil
		case "failed":
			return m, fmt.Errorf("community %s failed: %s", id, m.Error)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Campaign is a campaign as the API returns it.
type Campaign struct {
	ID              string          `json:"id"`
	CommunityID     string          `json:"community_id"`
	RewardToken     string          `json:"reward_token"`
	Budget          string          `json:"budget"`
	Rules           json.RawMessage `json:"rules"`
	Platforms       []string        `json:"platforms"`
	RemainingBudget string          `json:"remaining_budget"`
	Awarded         string          `json:"awarded"`
	Awards          int64           `json:"awards"`
	Referrals       int64           `json:"referrals"`
	Holders         int64           `json:"holders"`
}

// CreateCampaign is POST /v1/campaigns; body is the request object (community_id, budget, rules, ...).
func (c *Client) CreateCampaign(ctx context.Context, body any, idemKey string) (*Campaign, error) {
	var out Campaign
	return &out, c.Do(ctx, http.MethodPost, "/v1/campaigns", body, idemKey, &out)
}

// GetCampaign is GET /v1/campaigns/{id}.
func (c *Client) GetCampaign(ctx context.Context, id string) (*Campaign, error) {
	var out Campaign
	return &out, c.Do(ctx, http.MethodGet, "/v1/campaigns/"+url.PathEscape(id), nil, "", &out)
}

// Award is one award in a response.
type Award struct {
	ID           string `json:"id"`
	CampaignID   string `json:"campaign_id"`
	Account      string `json:"account"`
	Amount       string `json:"amount"`
	Reason       string `json:"reason"`
	Counterparty string `json:"counterparty"`
	Capped       bool   `json:"capped"`
}

// Awards is the response of the award and event endpoints. A repeat with the same Idempotency-Key returns
// the first response unchanged.
type Awards struct {
	Awards []Award `json:"awards"`
}

// Referral is POST /v1/referrals.
func (c *Client) Referral(ctx context.Context, campaign, referrer, referee string) error {
	return c.Do(ctx, http.MethodPost, "/v1/referrals", map[string]string{"campaign_id": campaign, "referrer": referrer, "referee": referee}, "", nil)
}

// Event is POST /v1/events; event holds campaign_id, kind, account and the optional fields.
func (c *Client) Event(ctx context.Context, event map[string]string, idemKey string) (*Awards, error) {
	var out Awards
	return &out, c.Do(ctx, http.MethodPost, "/v1/events", event, idemKey, &out)
}

// Award is POST /v1/awards.
func (c *Client) Award(ctx context.Context, campaign, account, amount, reason, idemKey string) (*Awards, error) {
	var out Awards
	body := map[string]string{"campaign_id": campaign, "account": account, "amount": amount, "reason": reason}
	return &out, c.Do(ctx, http.MethodPost, "/v1/awards", body, idemKey, &out)
}

// TokenRewards is one token of GET /v1/accounts/{address}/rewards.
type TokenRewards struct {
	Token     string `json:"token"`
	Earned    string `json:"earned"`
	Claimed   string `json:"claimed"`
	Claimable string `json:"claimable"`
}

// Rewards is GET /v1/accounts/{address}/rewards.
func (c *Client) Rewards(ctx context.Context, account string) ([]TokenRewards, error) {
	var out struct {
		Tokens []TokenRewards `json:"tokens"`
	}
	return out.Tokens, c.Do(ctx, http.MethodGet, "/v1/accounts/"+account+"/rewards", nil, "", &out)
}

// LeaderEntry is one row of a leaderboard.
type LeaderEntry struct {
	Rank    int    `json:"rank"`
	Account string `json:"account"`
	Value   string `json:"value"`
}

// Leaderboard is GET /v1/campaigns/{id}/leaderboard.
func (c *Client) Leaderboard(ctx context.Context, campaign, by string, limit int) ([]LeaderEntry, error) {
	var out struct {
		Entries []LeaderEntry `json:"entries"`
	}
	path := fmt.Sprintf("/v1/campaigns/%s/leaderboard?by=%s&limit=%d", url.PathEscape(campaign), url.QueryEscape(by), limit)
	return out.Entries, c.Do(ctx, http.MethodGet, path, nil, "", &out)
}

// AccountCommunities is GET /v1/accounts/{address}/communities: the communities the signed-in wallet
// created, newest first, every page of them.
func (c *Client) AccountCommunities(ctx context.Context, account string) ([]Community, error) {
	return pages[Community](ctx, c, "/v1/accounts/"+url.PathEscape(account)+"/communities", "communities")
}

// CommunityCampaigns is GET /v1/communities/{id}/campaigns: the community's campaigns, newest first, every
// page of them.
func (c *Client) CommunityCampaigns(ctx context.Context, community string) ([]Campaign, error) {
	return pages[Campaign](ctx, c, "/v1/communities/"+url.PathEscape(community)+"/campaigns", "campaigns")
}

// pages reads every page of a paged listing at path (200 entries a page, following next_cursor): the
// entries under key.
func pages[T any](ctx context.Context, c *Client, path, key string) ([]T, error) {
	out := []T{}
	cursor := ""
	for {
		var page map[string]json.RawMessage
		if err := c.Do(ctx, http.MethodGet, path+"?limit=200&cursor="+url.QueryEscape(cursor), nil, "", &page); err != nil {
			return out, err
		}
		var entries []T
		if err := json.Unmarshal(page[key], &entries); err != nil {
			return out, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, entries...)
		if err := json.Unmarshal(page["next_cursor"], &cursor); err != nil || cursor == "" {
			return out, nil
		}
	}
}

// CampaignDay is one UTC day of CampaignStats.
type CampaignDay struct {
	Day          string `json:"day"` // 2006-01-02
	Awards       int64  `json:"awards"`
	Amount       string `json:"amount"`
	AwardedTotal string `json:"awarded_total"` // awarded by the end of the day
}

// CampaignStats is GET /v1/campaigns/{id}/stats.
type CampaignStats struct {
	CampaignID string        `json:"campaign_id"`
	Budget     string        `json:"budget"`
	Awarded    string        `json:"awarded"`
	Remaining  string        `json:"remaining"`
	Awards     int64         `json:"awards"`
	Referrals  int64         `json:"referrals"`
	Holders    int64         `json:"holders"`
	Days       []CampaignDay `json:"days"`
}

// CampaignStats returns a campaign's totals and its last days UTC days (0: the server's default, 30), for
// its creator's wallet or a platform allowed on it with leaderboards:read.
func (c *Client) CampaignStats(ctx context.Context, campaign string, days int) (*CampaignStats, error) {
	path := "/v1/campaigns/" + url.PathEscape(campaign) + "/stats"
	if days > 0 {
		path += fmt.Sprintf("?days=%d", days)
	}
	var out CampaignStats
	return &out, c.Do(ctx, http.MethodGet, path, nil, "", &out)
}

// CampaignPlatform is a platform as a campaign's creator sees it; Revoked: it may no longer act on the
// campaign.
type CampaignPlatform struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Scopes    []string  `json:"scopes"`
	Campaigns []string  `json:"campaigns"`
	CreatedAt time.Time `json:"created_at"`
	Revoked   bool      `json:"revoked"`
}

// CampaignPlatforms is GET /v1/campaigns/{id}/platforms (the creator's wallet).
func (c *Client) CampaignPlatforms(ctx context.Context, campaign string) ([]CampaignPlatform, error) {
	var out struct {
		Platforms []CampaignPlatform `json:"platforms"`
	}
	return out.Platforms, c.Do(ctx, http.MethodGet, "/v1/campaigns/"+url.PathEscape(campaign)+"/platforms", nil, "", &out)
}

// CampaignPlatformToken is the response of POST /v1/campaigns/{id}/platforms.
type CampaignPlatformToken struct {
	Platform  CampaignPlatform `json:"platform"`
	Token     string           `json:"token"`
	ExpiresAt time.Time        `json:"expires_at"`
}

// AddCampaignPlatform registers a platform that may act on the campaign only and returns its token (the
// creator's wallet). No scopes: every scope a creator may give.
func (c *Client) AddCampaignPlatform(ctx context.Context, campaign, name string, scopes []string, idemKey string) (*CampaignPlatformToken, error) {
	body := map[string]any{"name": name}
	if len(scopes) > 0 {
		body["scopes"] = scopes
	}
	var out CampaignPlatformToken
	return &out, c.Do(ctx, http.MethodPost, "/v1/campaigns/"+url.PathEscape(campaign)+"/platforms", body, idemKey, &out)
}

// RemoveCampaignPlatform is DELETE /v1/campaigns/{id}/platforms/{platform_id} (the creator's wallet).
func (c *Client) RemoveCampaignPlatform(ctx context.Context, campaign, platform string) (*CampaignPlatform, error) {
	var out struct {
		Platform CampaignPlatform `json:"platform"`
	}
	path := "/v1/campaigns/" + url.PathEscape(campaign) + "/platforms/" + url.PathEscape(platform)
	return &out.Platform, c.Do(ctx, http.MethodDelete, path, nil, "", &out)
}
