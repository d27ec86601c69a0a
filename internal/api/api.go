// Package api is tribe's HTTP API: the Gin router, its middleware, the handlers of every /v1 endpoint, the
// one map from domain errors to HTTP statuses, and the embedded OpenAPI document.
package api

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/voucher"
	"github.com/tribe-rewards/tribe/internal/web"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Version is the API version reported by /v1/info.
const Version = "0.1.0"

// ChainReader reads what the API shows from the chain. Implementations bound every call with a timeout.
type ChainReader interface {
	// Claimed is what account has been paid in token: tribed answers from the indexer (confirmed Claimed
	// events), so it may lag the chain by the configured confirmations.
	Claimed(ctx context.Context, token, account common.Address) (*big.Int, error)
	// PredictToken is the factory's predictTokenAddress(creator, salt).
	PredictToken(ctx context.Context, creator common.Address, salt [32]byte) (common.Address, error)
	// Token is what the chain says of a CreatorToken now: whether it has code, and its creator().
	Token(ctx context.Context, token common.Address) (access.Token, error)
	// Pool is what the distributor says of a sponsor pool now (Exists false if it knows none there).
	Pool(ctx context.Context, pool common.Address) (access.Pool, error)
	// Decimals is the ERC-20's decimals(); ok is false for a token that does not implement it.
	Decimals(ctx context.Context, token common.Address) (decimals uint8, ok bool, err error)
}

// Communities creates community tokens on-chain for creators.
type Communities interface {
	// Submit stores the community as pending and starts relaying createTokenFor; it returns once the
	// transaction is sent (or fails to send), with the community as stored.
	Submit(ctx context.Context, c ledger.Community) (*ledger.Community, error)
}

// ChainInfo is what /v1/info reports and what signatures are bound to.
type ChainInfo struct {
	ChainID     *big.Int
	Factory     common.Address
	Distributor common.Address
	Signers     []common.Address
	RPCURL      string // public JSON-RPC URL, if any (dev mode)
	// DeploymentBlock is the block the contracts were deployed in.
	DeploymentBlock uint64
}

// Config holds the API's settings.
type Config struct {
	SIWEDomain   string        // the domain SIWE messages must name
	SIWEURI      string        // the URI SIWE messages must name ("" = any)
	SessionTTL   time.Duration // wallet token lifetime
	PlatformTTL  time.Duration // platform token lifetime
	NonceTTL     time.Duration
	MaxBodyBytes int64
	RateLimit    int // requests per second per platform token (burst = the same)
	// VoucherTTL is how long a voucher served by the claims endpoint stays valid.
	VoucherTTL time.Duration
	// PlatformCacheTTL is how long a replica trusts a platform record it has read (default 1 s): revoking a
	// platform takes effect on every replica within it. Negative: read the record on every request.
	PlatformCacheTTL time.Duration
	// Per-wallet limits, per hour (0: the defaults, 5, 20 and 20): communities created (each a createTokenFor
	// the service pays for), campaigns created, and changes to a campaign's platforms (a platform token
	// issued, or one taken off). Over a limit: 429 rate_limited with Retry-After, and nothing is stored or
	// sent. An idempotent replay is not counted.
	CommunitiesPerHour int
	// LinkTokenTTL is how long a link token for a platform's user is valid (0: DefaultLinkTokenTTL);
	// LinkTokensPerHour how many one platform may issue per hour (0: DefaultLinkTokensPerHour).
	LinkTokenTTL      time.Duration
	LinkTokensPerHour int
	CampaignsPerHour  int
	PlatformsPerHour  int
	// CampaignCache and PlatformCache are the entries a replica keeps (0: DefaultCacheSize each) of campaign
	// definitions, and of platform records, campaigns' platform overrides and drawn rate-limit allowances.
	CampaignCache int
	PlatformCache int
	// WebhooksAllowPrivate accepts webhook URLs on private, loopback and link-local addresses and over plain
	// http (dev mode and tests).
	WebhooksAllowPrivate bool
	// PublicURL is the URL clients reach the API at, for referral links ("": the request's scheme and host).
	PublicURL string
}

// Defaults of the per-wallet limits.
const (
	DefaultCommunitiesPerHour = 5
	DefaultCampaignsPerHour   = 20
	DefaultPlatformsPerHour   = 20
)

// Deps are what the API is built from.
type Deps struct {
	Config      Config
	Ledger      *ledger.Store
	Issuer      *auth.Issuer
	Chain       ChainReader
	Communities Communities
	Vouchers    *voucher.Signer // signs vouchers served by the claims endpoint
	Epochs      Epochs          // nil: no epoch endpoints data (404) and no Merkle proofs
	Relayer     Relayer         // relays claims; nil: POST /v1/claims/relay answers 503
	Webhooks    *webhooks.Store // webhook endpoints; nil: /v1/webhooks answers 503
	Info        ChainInfo
	Logger      *slog.Logger
	Registry    prometheus.Registerer // nil = a private registry
	Gatherer    prometheus.Gatherer
	Now         func() time.Time

	// Wallets checks contract wallets' signatures (ERC-1271, ERC-6492) on the chain, for sign-in and
	// creator requests; nil: EOAs only.
	Wallets auth.Wallets
}

// API is the HTTP API. Its handler is safe for concurrent use.
type API struct {
	Deps
	engine    *gin.Engine
	metrics   *metrics
	ready     atomic.Bool
	campaigns *lru.Cache[string, *rewards.Campaign] // id → definition: definitions are immutable
	platforms *expiring[*ledger.Platform]           // id → the platform record, for Config.PlatformCacheTTL
	quotas    *lru.Cache[string, *quota]            // rate-limit bucket → allowance drawn from Redis, not yet spent
	// platformACLs: campaign id → the creator's changes to who may act on it, for platformACLTTL
	platformACLs *expiring[map[string]string]
	// embeds: campaign id → the origins that may frame its fan widget, for embedOriginsTTL
	embeds *expiring[[]string]
	// tokens and pools: what the chain says of a token and a pool, for authorityTTL (see authority.go)
	tokens *expiring[access.Token]
	pools  *expiring[access.Pool]
	// decimals: each ERC-20's decimals() as read on-chain (an ERC-20's decimals never change)
	decimals *lru.Cache[common.Address, uint8]
	// vouchers: signatures already made, reused within a deadline slot (see vouchers.go)
	vouchers *lru.Cache[voucherKey, []byte]
	// bg tracks the goroutines requests leave behind (a relayed claim's wait); Wait waits for them.
	bg sync.WaitGroup
}

// New builds the API and its router. The API reports not ready until SetReady(true).
func New(d Deps) *API {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Config.MaxBodyBytes == 0 {
		d.Config.MaxBodyBytes = 2 << 20
	}
	if d.Config.SessionTTL == 0 {
		d.Config.SessionTTL = 24 * time.Hour
	}
	if d.Config.PlatformTTL == 0 {
		d.Config.PlatformTTL = 365 * 24 * time.Hour
	}
	if d.Config.NonceTTL == 0 {
		d.Config.NonceTTL = 10 * time.Minute
	}
	if d.Config.VoucherTTL == 0 {
		d.Config.VoucherTTL = time.Hour
	}
	if d.Config.PlatformCacheTTL == 0 {
		d.Config.PlatformCacheTTL = time.Second
	}
	if d.Config.LinkTokenTTL <= 0 {
		d.Config.LinkTokenTTL = DefaultLinkTokenTTL
	}
	if d.Config.LinkTokensPerHour == 0 {
		d.Config.LinkTokensPerHour = DefaultLinkTokensPerHour
	}
	if d.Config.CommunitiesPerHour == 0 {
		d.Config.CommunitiesPerHour = DefaultCommunitiesPerHour
	}
	if d.Config.CampaignsPerHour == 0 {
		d.Config.CampaignsPerHour = DefaultCampaignsPerHour
	}
	if d.Config.PlatformsPerHour == 0 {
		d.Config.PlatformsPerHour = DefaultPlatformsPerHour
	}
	if d.Registry == nil {
		reg := prometheus.NewRegistry()
		d.Registry, d.Gatherer = reg, reg
	}
	a := &API{Deps: d}
	a.campaigns = newLRU[string, *rewards.Campaign](d.Config.CampaignCache)
	a.platforms = newExpiring[*ledger.Platform](d.Config.PlatformCache, d.Config.PlatformCacheTTL, d.Now)
	a.platformACLs = newExpiring[map[string]string](d.Config.CampaignCache, platformACLTTL, d.Now)
	a.embeds = newExpiring[[]string](d.Config.CampaignCache, embedOriginsTTL, d.Now)
	a.quotas = newLRU[string, *quota](d.Config.PlatformCache)
	a.tokens = newExpiring[access.Token](d.Config.CampaignCache, authorityTTL, d.Now)
	a.pools = newExpiring[access.Pool](d.Config.CampaignCache, authorityTTL, d.Now)
	a.vouchers = newLRU[voucherKey, []byte](d.Config.PlatformCache)
	a.decimals = newLRU[common.Address, uint8](d.Config.CampaignCache)
	a.metrics = newMetrics(d.Registry)
	a.engine = a.routes()
	return a
}

// Handler is the HTTP handler of the whole API.
func (a *API) Handler() http.Handler { return a.engine }

// Wait waits for the goroutines requests started (relayed claims waiting for their transaction, which end
// when the transaction manager stops). Call it after the HTTP server has shut down.
func (a *API) Wait() { a.bg.Wait() }

// goBackground runs f in a goroutine that Wait waits for.
func (a *API) goBackground(f func()) {
	a.bg.Add(1)
	go func() {
		defer a.bg.Done()
		f()
	}()
}

// SetReady sets what /readyz reports; tribed clears it first when shutting down, so a load balancer stops
// sending requests before in-flight ones finish.
func (a *API) SetReady(ready bool) { a.ready.Store(ready) }

func (a *API) routes() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.HandleMethodNotAllowed = true
	r.ContextWithFallback = true
	r.Use(a.recoverer, a.requestContext, a.observe, a.limitBody)
	r.NoRoute(func(c *gin.Context) {
		a.abort(c, notFound("no such endpoint: %s %s", c.Request.Method, c.Request.URL.Path))
	})
	r.NoMethod(func(c *gin.Context) {
		a.abort(c, newError(http.StatusMethodNotAllowed, "method_not_allowed", "%s is not allowed here", c.Request.Method))
	})

	r.GET("/healthz", a.healthz)
	r.GET("/readyz", a.readyz)
	r.GET("/metrics", a.metricsHandler())
	r.GET("/openapi.yaml", a.openapi)
	r.GET("/app/*path", gin.WrapH(web.New(web.Config{Connect: []string{a.Info.RPCURL}, EmbedOrigins: a.embedOrigins})))
	r.GET("/app", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "/app/") })

	v1 := r.Group("/v1")
	v1.GET("/info", a.info)
	v1.POST("/auth/nonce", a.nonce)
	v1.POST("/auth/login", a.login)

	v1.POST("/platforms", a.authenticate(auth.RoleAdmin), a.idempotent("platforms"), a.createPlatform)

	v1.POST("/communities/request", a.authenticate(auth.RoleWallet), a.communityRequest)
	// Every wallet write that makes the service pay gas or store data is limited per wallet (limitWallet),
	// after the idempotency check so that a replay is not counted.
	v1.POST("/communities", a.authenticate(auth.RoleWallet), a.idempotent("communities"),
		a.limitWallet(limitCommunities, "communities per wallet", perHour(a.Config.CommunitiesPerHour)), a.createCommunity)
	v1.GET("/communities/:id", a.getCommunity)

	v1.POST("/campaigns", a.authenticate(auth.RoleWallet), a.idempotent("campaigns"),
		a.limitWallet(limitCampaigns, "campaigns per wallet", perHour(a.Config.CampaignsPerHour)), a.createCampaign)
	v1.GET("/campaigns/:id", a.getCampaign)
	v1.GET("/campaigns/:id/leaderboard", a.authenticate(auth.RolePlatform, auth.RoleWallet), a.leaderboard)
	v1.GET("/campaigns/:id/stats", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.campaignStats)
	v1.GET("/campaigns/:id/awards.csv", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.campaignAwardsCSV)
	v1.GET("/campaigns/:id/platforms", a.authenticate(auth.RoleWallet), a.campaignPlatforms)
	platformChanges := a.limitWallet(limitPlatforms, "platform changes per wallet", perHour(a.Config.PlatformsPerHour))
	v1.POST("/campaigns/:id/platforms", a.authenticate(auth.RoleWallet), a.idempotent("campaign-platforms"),
		platformChanges, a.createCampaignPlatform)
	v1.DELETE("/campaigns/:id/platforms/:platform_id", a.authenticate(auth.RoleWallet), platformChanges, a.deleteCampaignPlatform)
	v1.GET("/campaigns/:id/embed-origins", a.getEmbedOrigins)
	v1.PUT("/campaigns/:id/embed-origins", a.authenticate(auth.RoleWallet), platformChanges, a.putEmbedOrigins)
	v1.GET("/communities/:id/campaigns", a.communityCampaigns)
	v1.GET("/campaigns/:id/grants", a.campaignGrants)
	v1.GET("/pools/:pool", a.getPool)
	v1.POST("/pools/:pool/grants", a.authenticate(auth.RoleWallet), a.idempotent("grants"), a.createGrant)
	v1.PUT("/pools/:pool/alert", a.authenticate(auth.RoleWallet), a.putPoolAlert)
	v1.GET("/accounts/:address/communities", a.authenticate(auth.RoleWallet), a.accountCommunities)

	platform := v1.Group("", a.authenticate(auth.RolePlatform), a.rateLimit)
	platform.POST("/referrals", a.requireScope(ScopeReferrals), a.idempotent("referrals"), a.createReferral)
	// Events also take the generic record: an event that earns nothing (a repeated signup) never reaches the
	// ledger's atomic step, so its key would otherwise be neither replayed nor held against another body.
	platform.POST("/events", a.requireScope(ScopeEvents), a.createEvent)
	platform.POST("/awards", a.requireScope(ScopeAwards), a.createAward)
	platform.POST("/awards/batch", a.requireScope(ScopeAwards), a.createAwardBatch)
	platform.POST("/identities", a.requireScope(ScopeIdentities), a.idempotent("identities"), a.linkIdentity)
	platform.POST("/identities/link-tokens", a.requireScope(ScopeIdentities),
		a.limitWallet(limitLinkTokens, "link tokens per platform", perHour(a.Config.LinkTokensPerHour)),
		a.idempotent("link-tokens"), a.createLinkToken)
	platform.GET("/platforms/me/users/:user/rewards", a.requireScope(ScopeRewardsRead), a.userRewards)
	v1.POST("/identities/link", a.authenticate(auth.RoleWallet), a.idempotent("identities-link"), a.redeemLinkToken)
	v1.POST("/identities/link-preview", a.previewLinkToken)
	v1.DELETE("/identities/:platform_id/:user", a.authenticate(auth.RoleAdmin), a.unlinkIdentity)

	v1.GET("/accounts/:address/rewards", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.accountRewards)
	v1.GET("/accounts/:address/awards", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.accountAwards)
	v1.GET("/accounts/:address/awards.csv", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.accountAwardsCSV)
	v1.GET("/accounts/:address/claims", a.claimAll)
	v1.GET("/accounts/:address/claims/:token", a.claim)
	v1.GET("/accounts/:address/pending-proof/:token", a.pendingProof)
	v1.POST("/claims/relay", a.authenticate(auth.RoleWallet), a.relay)
	v1.GET("/campaigns/:id/awards", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.campaignAwards)
	v1.POST("/campaigns/:id/awards/review", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.idempotent("review"), a.reviewAwards)
	v1.GET("/campaigns/:id/blocks", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.campaignBlocks)
	v1.POST("/campaigns/:id/blocks", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.idempotent("blocks"), a.blockAccount)
	v1.DELETE("/campaigns/:id/blocks/:account", a.authenticate(auth.RoleWallet, auth.RolePlatform), a.unblockAccount)
	v1.GET("/blocks", a.authenticate(auth.RoleAdmin), a.operatorBlocks)
	v1.POST("/blocks", a.authenticate(auth.RoleAdmin), a.idempotent("operator-blocks"), a.operatorBlock)
	v1.DELETE("/blocks/:account", a.authenticate(auth.RoleAdmin), a.operatorUnblock)
	v1.GET("/epochs/latest", a.getEpoch)
	v1.GET("/epochs/:n", a.getEpoch)
	v1.GET("/epochs/:n/tree", a.epochTree)
	v1.GET("/epochs/:n/pending-tree", a.epochPendingTree)

	hooks := v1.Group("/webhooks", a.authenticate(auth.RolePlatform, auth.RoleWallet))
	hooks.POST("", a.idempotent("webhooks"), a.createWebhook)
	hooks.GET("", a.listWebhooks)
	hooks.GET("/:id", a.getWebhook)
	hooks.DELETE("/:id", a.deleteWebhook)
	hooks.POST("/:id/rotate-secret", a.idempotent("webhooks-rotate"), a.rotateWebhookSecret)
	hooks.POST("/:id/enable", a.idempotent("webhooks-enable"), a.enableWebhook)
	hooks.POST("/:id/test", a.idempotent("webhooks-test"), a.testWebhook)
	hooks.GET("/:id/deliveries", a.webhookDeliveries)
	hooks.POST("/:id/deliveries/:event_id/redeliver", a.idempotent("webhooks-redeliver"), a.redeliverWebhook)
	// Referral codes: platforms (rate-limited like their other writes) and fans themselves.
	v1.POST("/campaigns/:id/referral-codes", a.authenticate(auth.RolePlatform, auth.RoleWallet), a.platformRateLimit,
		a.idempotent("referral-codes"), a.createReferralCode)
	v1.GET("/referral-codes/:code/qr.png", a.referralQR)
	r.GET("/r/:code", a.referralRedirect)
	return r
}

// Platform token scopes.
const (
	ScopeAwards       = "awards:write"
	ScopeEvents       = "events:write"
	ScopeReferrals    = "referrals:write"
	ScopeRewardsRead  = "rewards:read"
	ScopeLeaderboards = "leaderboards:read"
	ScopeWebhooks     = "webhooks:write"
	// ScopeReview lets a platform approve and reject a campaign's pending awards and block accounts in it.
	// It is never given by default: a platform (or a creator issuing a token) asks for it.
	ScopeReview = "awards:review"
	// ScopeIdentities lets a platform link its users to wallets and issue link tokens for them.
	ScopeIdentities = "identities:write"
)

// AllScopes are the scopes a platform token gets when none are asked for.
var AllScopes = []string{ScopeAwards, ScopeEvents, ScopeReferrals, ScopeRewardsRead, ScopeLeaderboards, ScopeWebhooks,
	ScopeIdentities}

// KnownScopes are every scope a token may hold: AllScopes and those given only when asked for.
var KnownScopes = append(slices.Clone(AllScopes), ScopeReview)
