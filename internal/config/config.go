// Package config is tribed's one configuration: parsed from flags and TRIBE_* environment variables by Load,
// validated by Check before anything starts, and printed with its secrets masked.
package config

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"math/big"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tribe-rewards/tribe/internal/claims"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// EnvPrefix starts the name of every environment variable: flag --rpc-url is TRIBE_RPC_URL.
const EnvPrefix = "TRIBE_"

// MinJWTSecretBytes is the shortest JWT secret accepted: HS256 wants a key at least as long as its hash.
const MinJWTSecretBytes = 32

// Secret-carrying environment variables. Secrets are never taken from flags, which show in `ps` and in shell
// history; flags only name files holding them.
const (
	EnvJWTSecret        = EnvPrefix + "JWT_SECRET"
	EnvKeystorePassword = EnvPrefix + "KEYSTORE_PASSWORD"
)

// Config is everything tribed is configured with. Load fills it, Check validates it. Its String, GoString and
// LogValue mask the secrets, so it may be printed and logged whole.
type Config struct {
	// Dev runs the development setup: an embedded chain and Redis, contracts deployed at start, dev accounts.
	Dev bool
	// Listen is the HTTP API's address, e.g. "127.0.0.1:8080".
	Listen string
	// DevRPC is where the embedded chain serves JSON-RPC in dev mode, e.g. "127.0.0.1:8545"; "" serves none.
	DevRPC string
	// DevMaxLead bounds how far the embedded chain's clock may run ahead of the wall clock (chain.DevNetConfig
	// MaxLead); 0: no bound.
	DevMaxLead time.Duration
	// DevInfo is a file to which dev mode writes its URLs, contract addresses and accounts; "" writes none.
	DevInfo string

	// RPCURL is the Ethereum JSON-RPC endpoint (production).
	RPCURL string
	// RedisURL is the Redis (or Redis Cluster) URL; in dev mode, empty means an embedded Redis.
	RedisURL string
	// RedisPrefix starts every Redis key of every store (ledger, settlement, indexer, transaction journal,
	// rate limits): one deployment's state under one prefix ("tribe").
	RedisPrefix string
	// RedisMinReplicas, if set, acknowledges an award only once that many replicas of its Redis master have
	// it (WAIT; ledger.Options.MinReplicas); RedisReplicaTimeout bounds the wait (503 not_replicated after).
	RedisMinReplicas    int
	RedisReplicaTimeout time.Duration
	// Keystore is the encrypted keystore file (geth's format) of the service's signer key.
	Keystore string
	// KeystorePasswordFile is a file holding the keystore password; KeystorePassword holds what Load read.
	KeystorePasswordFile string
	// KeystorePassword is the keystore password, read from KeystorePasswordFile or TRIBE_KEYSTORE_PASSWORD.
	// Secret.
	KeystorePassword string
	// Deployment is the JSON file written by `tribectl deploy` (chain.Deployment).
	Deployment string

	// JWTSecretFile is a file holding the JWT signing secret; JWTSecret holds what Load read.
	JWTSecretFile string
	// JWTSecret signs the API's JWTs, read from JWTSecretFile or TRIBE_JWT_SECRET; random in dev mode if
	// neither is given (tokens then die with the process). Secret.
	JWTSecret string
	// JWTIssuer and JWTAudience are the iss and aud of issued JWTs, checked on every request.
	JWTIssuer   string
	JWTAudience string

	// SIWEDomain and SIWEURI are what Sign-In with Ethereum messages must name; by default the host of
	// PublicURL and PublicURL itself.
	SIWEDomain string
	SIWEURI    string
	// PublicURL is the URL clients reach the API at; by default http://<Listen> (with localhost for an
	// unspecified host).
	PublicURL string

	// EpochInterval is how often totals are committed on-chain as a Merkle root (1h; 10s in dev mode).
	EpochInterval time.Duration
	// Confirmations is how many blocks after inclusion a transaction is considered final (2; 0 in dev mode).
	Confirmations uint64
	// DisputeWindow is the time between a root's proposal and its activation (30m; 5s in dev mode). It must
	// not exceed EpochInterval, since a root must activate before the next can be proposed.
	DisputeWindow time.Duration
	// WithdrawalNotice is how long a sponsor waits between announcing a withdrawal from a pool and taking out
	// what no root commits (dev mode: the dispute window + the epoch interval + 5s — 20s by default — set on the dev deployment; in production the deployed
	// distributor's, set by tribectl deploy). It must be at least DisputeWindow + EpochInterval, so the last
	// root before the withdrawal has committed every award made from the pool.
	WithdrawalNotice time.Duration

	// RateLimit is the requests per second allowed per platform token; the platform tokens a creator issues
	// share one such allowance.
	RateLimit int
	// Per-wallet abuse limits, per hour: communities created (each costs the service a createTokenFor,
	// ~200k gas), campaigns created, and changes to a campaign's platforms (a platform token issued or one
	// taken off). Relayed claims have their own limits (Relay*).
	LimitCommunities int
	LimitCampaigns   int
	LimitPlatforms   int
	// Per-replica cache sizes (entries, least recently used evicted): campaign definitions, and platform
	// records (also the campaigns' platform lists and the rate-limit allowances drawn by this replica).
	CacheCampaigns int
	CachePlatforms int
	// MaxBodyBytes caps a request body (1 MiB, which holds a batch of 1,000 awards).
	MaxBodyBytes int64

	// RelayMaxGas is the most gas one relayed claim (POST /v1/claims/relay) may use: a claim estimated above it
	// is refused, and it caps the gas limit sent (claims.DefaultMaxGas, derived from the measured claim gas).
	RelayMaxGas uint64
	// RelayAccountGasPerHour and RelayGlobalGasPerHour are the relay gas budgets, per account and for the
	// whole service, in gas per hour (kept in Redis, shared by the replicas).
	RelayAccountGasPerHour uint64
	RelayGlobalGasPerHour  uint64
	// RelayMinAmount is the smallest claimable amount (base units, decimal) the service relays.
	RelayMinAmount string
	// RelayPerMinute is how many relays an account may ask for per minute.
	RelayPerMinute int

	// WebhooksAllowPrivate lets webhook endpoints be on private, loopback and link-local addresses and use
	// plain http (on in dev mode; off in production, where the dialer refuses such targets).
	WebhooksAllowPrivate bool
	// WebhooksTimeout bounds each webhook delivery request.
	WebhooksTimeout time.Duration
	// WebhooksRetryFor is how long one event is retried (at least 24 h); WebhooksDisableAfter is how long
	// an endpoint may fail before it is disabled.
	WebhooksRetryFor     time.Duration
	WebhooksDisableAfter time.Duration

	// LogLevel is debug, info, warn or error; LogFormat is text or json.
	LogLevel  string
	LogFormat string
}

// Production defaults, and the dev-mode values of those that differ.
const (
	DefaultListen              = "127.0.0.1:8080"
	DefaultDevRPC              = "127.0.0.1:8545"
	DefaultDevMaxLead          = 3 * time.Second
	DefaultRedisReplicaTimeout = time.Second
	DefaultJWTIssuer           = "tribe"
	DefaultJWTAudience         = "tribe-api"
	DefaultEpochInterval       = time.Hour
	DefaultConfirmations       = 2
	DefaultDisputeWindow       = 30 * time.Minute
	DefaultRateLimit           = 100
	DefaultRedisPrefix         = "tribe"
	// DefaultLimitCommunities etc. are the per-wallet limits' defaults (per hour).
	DefaultLimitCommunities = 5
	DefaultLimitCampaigns   = 20
	DefaultLimitPlatforms   = 20
	DefaultCacheCampaigns   = 10_000
	DefaultCachePlatforms   = 10_000
	DefaultMaxBodyBytes     = 1 << 20
	DefaultLogLevel         = "info"
	DefaultLogFormat        = "text"

	DefaultRelayMaxGas            = claims.DefaultMaxGas
	DefaultRelayAccountGasPerHour = claims.DefaultAccountGasPerHour
	DefaultRelayGlobalGasPerHour  = claims.DefaultGlobalGasPerHour
	DefaultRelayMinAmount         = "1"
	DefaultRelayPerMinute         = claims.DefaultPerMinute

	DefaultWebhooksTimeout      = 10 * time.Second
	DefaultWebhooksRetryFor     = 72 * time.Hour
	DefaultWebhooksDisableAfter = 5 * 24 * time.Hour

	DevEpochInterval = 10 * time.Second
	DevConfirmations = 0
	DevDisputeWindow = 5 * time.Second
)

// Load parses args (without the program name) and the TRIBE_* environment read through getenv. Every flag
// --some-name can also be set by TRIBE_SOME_NAME; a flag on the command line wins over the environment.
// Secrets come only from files named by flags (--jwt-secret-file, --keystore-password-file) or from the
// environment (TRIBE_JWT_SECRET, TRIBE_KEYSTORE_PASSWORD); Load reads those files. In dev mode, defaults that
// differ are applied and a missing JWT secret is generated. Load does not validate: call Check. For -h or
// --help it returns an error matching flag.ErrHelp whose text is the usage.
func Load(args []string, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	if err := rejectSecretFlags(args); err != nil {
		return nil, err
	}
	c := &Config{}
	fs := flagSet(c)
	var usage bytes.Buffer
	fs.SetOutput(&usage)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, fmt.Errorf("%w\n%s", flag.ErrHelp, Usage())
		}
		return nil, fmt.Errorf("config: %w", err)
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("config: unexpected argument %q", fs.Arg(0))
	}

	explicit := map[string]bool{} // set on the command line or in the environment
	fs.Visit(func(f *flag.Flag) { explicit[f.Name] = true })
	onCommandLine := maps.Clone(explicit)
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		if explicit[f.Name] {
			return
		}
		env := EnvName(f.Name)
		v := getenv(env)
		if v == "" {
			return
		}
		if err := fs.Set(f.Name, v); err != nil {
			errs = append(errs, fmt.Errorf("%s=%q: %w", env, v, err))
			return
		}
		explicit[f.Name] = true
	})
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}

	if c.Dev {
		if !explicit["epoch-interval"] {
			c.EpochInterval = DevEpochInterval
		}
		if !explicit["confirmations"] {
			c.Confirmations = DevConfirmations
		}
		if !explicit["dispute-window"] {
			c.DisputeWindow = DevDisputeWindow
		}
		if !explicit["webhooks-allow-private"] {
			c.WebhooksAllowPrivate = true
		}
		if !explicit["withdrawal-notice"] {
			c.WithdrawalNotice = c.DisputeWindow + c.EpochInterval + 5*time.Second
		}
	}
	if c.PublicURL == "" && c.Listen != "" {
		c.PublicURL = "http://" + c.Listen
		// Listening on every interface: the one address sure to reach it is the machine itself.
		if host, port, err := net.SplitHostPort(c.Listen); err == nil {
			if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
				c.PublicURL = "http://" + net.JoinHostPort("localhost", port)
			}
		}
	}
	if u, err := url.Parse(c.PublicURL); err == nil {
		if c.SIWEDomain == "" {
			c.SIWEDomain = u.Host
		}
		if c.SIWEURI == "" {
			c.SIWEURI = c.PublicURL
		}
	}

	var err error
	if c.JWTSecret, err = secret("jwt-secret-file", c.JWTSecretFile, onCommandLine["jwt-secret-file"],
		EnvJWTSecret, getenv, strings.TrimSpace); err != nil {
		return nil, err
	}
	if c.KeystorePassword, err = secret("keystore-password-file", c.KeystorePasswordFile,
		onCommandLine["keystore-password-file"], EnvKeystorePassword, getenv, trimNewline); err != nil {
		return nil, err
	}
	if c.Dev && c.JWTSecret == "" {
		b := make([]byte, MinJWTSecretBytes)
		if _, err := rand.Read(b); err != nil {
			return nil, fmt.Errorf("config: dev jwt secret: %w", err)
		}
		c.JWTSecret = hex.EncodeToString(b)
	}
	return c, nil
}

// flagSet declares every flag, bound to c's fields with their defaults.
func flagSet(c *Config) *flag.FlagSet {
	fs := flag.NewFlagSet("tribed", flag.ContinueOnError)
	fs.BoolVar(&c.Dev, "dev", false, "development mode: embedded chain and Redis, contracts deployed at start")
	fs.StringVar(&c.Listen, "listen", DefaultListen, "HTTP API address")
	fs.StringVar(&c.DevRPC, "dev-rpc", DefaultDevRPC, "dev mode: where the embedded chain serves JSON-RPC (empty: nowhere)")
	fs.DurationVar(&c.DevMaxLead, "dev-max-lead", DefaultDevMaxLead, "dev mode: how far block timestamps may run ahead of the wall clock (0: no bound; quick transactions each add a second)")
	fs.StringVar(&c.DevInfo, "dev-info", "", "dev mode: file to write URLs, contract addresses and accounts to")
	fs.StringVar(&c.RPCURL, "rpc-url", "", "Ethereum JSON-RPC URL")
	fs.StringVar(&c.RedisURL, "redis-url", "", "Redis URL (redis://, rediss://, unix://); a Redis Cluster: redis://h1:7001?addr=h2:7002&addr=h3:7003 or ?cluster=true; dev mode: empty embeds one")
	fs.StringVar(&c.RedisPrefix, "redis-prefix", DefaultRedisPrefix, "prefix of every Redis key (letters, digits, '.', '_', '-')")
	fs.IntVar(&c.RedisMinReplicas, "redis-min-replicas", 0, "acknowledge an award only once this many replicas of its Redis master have it (WAIT); 0: once the master has it")
	fs.DurationVar(&c.RedisReplicaTimeout, "redis-replica-timeout", DefaultRedisReplicaTimeout, "with --redis-min-replicas: how long to wait for the replicas before answering 503 not_replicated")
	fs.StringVar(&c.Keystore, "keystore", "", "encrypted keystore file of the signer key")
	fs.StringVar(&c.KeystorePasswordFile, "keystore-password-file", "", "file holding the keystore password (or set "+EnvKeystorePassword+")")
	fs.StringVar(&c.Deployment, "deployment", "", "deployment file written by `tribectl deploy`")
	fs.StringVar(&c.JWTSecretFile, "jwt-secret-file", "", "file holding the JWT secret, at least 32 bytes (or set "+EnvJWTSecret+")")
	fs.StringVar(&c.JWTIssuer, "jwt-issuer", DefaultJWTIssuer, "iss of issued JWTs")
	fs.StringVar(&c.JWTAudience, "jwt-audience", DefaultJWTAudience, "aud of issued JWTs")
	fs.StringVar(&c.SIWEDomain, "siwe-domain", "", "domain Sign-In with Ethereum messages must name (default: host of --public-url)")
	fs.StringVar(&c.SIWEURI, "siwe-uri", "", "URI Sign-In with Ethereum messages must name (default: --public-url)")
	fs.StringVar(&c.PublicURL, "public-url", "", "URL clients reach the API at (default: http://<listen>)")
	fs.DurationVar(&c.EpochInterval, "epoch-interval", DefaultEpochInterval, "how often a Merkle root is committed (dev: 10s)")
	fs.Uint64Var(&c.Confirmations, "confirmations", DefaultConfirmations, "blocks after inclusion before a transaction is final (dev: 0)")
	fs.DurationVar(&c.WithdrawalNotice, "withdrawal-notice", 0, "dev mode: a sponsor pool's withdrawal notice on the dev deployment (20s); in production the deployed distributor's (tribectl deploy --withdrawal-notice)")
	fs.DurationVar(&c.DisputeWindow, "dispute-window", DefaultDisputeWindow, "dev mode: the dispute window of the dev deployment (5s); in production the deployed distributor's applies (tribectl deploy --dispute-window)")
	fs.IntVar(&c.RateLimit, "rate-limit", DefaultRateLimit, "requests per second per platform token (shared by the tokens one creator issues)")
	fs.IntVar(&c.LimitCommunities, "limit-communities", DefaultLimitCommunities, "communities a wallet may create per hour")
	fs.IntVar(&c.LimitCampaigns, "limit-campaigns", DefaultLimitCampaigns, "campaigns a wallet may create per hour")
	fs.IntVar(&c.LimitPlatforms, "limit-platforms", DefaultLimitPlatforms, "platform tokens a wallet may issue or take off its campaigns per hour")
	fs.IntVar(&c.CacheCampaigns, "cache-campaigns", DefaultCacheCampaigns, "campaign definitions a replica keeps")
	fs.IntVar(&c.CachePlatforms, "cache-platforms", DefaultCachePlatforms, "platform records (and their rate-limit allowances) a replica keeps")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", DefaultMaxBodyBytes, "largest request body accepted")
	fs.Uint64Var(&c.RelayMaxGas, "relay-max-gas", DefaultRelayMaxGas, "most gas one relayed claim may use: estimated above it, the relay is refused; it caps the gas limit sent")
	fs.Uint64Var(&c.RelayAccountGasPerHour, "relay-account-gas-per-hour", DefaultRelayAccountGasPerHour, "relay gas budget of one account, in gas per hour")
	fs.Uint64Var(&c.RelayGlobalGasPerHour, "relay-global-gas-per-hour", DefaultRelayGlobalGasPerHour, "relay gas budget of the whole service, in gas per hour")
	fs.StringVar(&c.RelayMinAmount, "relay-min-amount", DefaultRelayMinAmount, "smallest claimable amount relayed, in base units")
	fs.IntVar(&c.RelayPerMinute, "relay-per-minute", DefaultRelayPerMinute, "relays an account may ask for per minute")
	fs.BoolVar(&c.WebhooksAllowPrivate, "webhooks-allow-private", false, "send webhooks to private, loopback and link-local addresses and over http (dev: on)")
	fs.DurationVar(&c.WebhooksTimeout, "webhooks-timeout", DefaultWebhooksTimeout, "timeout of each webhook delivery request")
	fs.DurationVar(&c.WebhooksRetryFor, "webhooks-retry-for", DefaultWebhooksRetryFor, "how long a webhook event is retried before it is given up (at least 24h)")
	fs.DurationVar(&c.WebhooksDisableAfter, "webhooks-disable-after", DefaultWebhooksDisableAfter, "how long an endpoint may fail before it is disabled")
	fs.StringVar(&c.LogLevel, "log-level", DefaultLogLevel, "debug, info, warn or error")
	fs.StringVar(&c.LogFormat, "log-format", DefaultLogFormat, "text or json")
	return fs
}

// Usage is the flag reference, each flag with its environment variable.
func Usage() string {
	var b strings.Builder
	b.WriteString("Usage: tribed [flags]\n\nEvery flag can also be set by the environment variable shown; flags win.\n" +
		"Secrets: " + EnvJWTSecret + " and " + EnvKeystorePassword + " (or the -file flags).\n\n")
	flagSet(&Config{}).VisitAll(func(f *flag.Flag) {
		fmt.Fprintf(&b, "  --%s (%s)\n    \t%s", f.Name, EnvName(f.Name), f.Usage)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(&b, " (default %s)", f.DefValue)
		}
		b.WriteByte('\n')
	})
	return b.String()
}

// EnvName is the environment variable of flag name: "rpc-url" → "TRIBE_RPC_URL".
func EnvName(flagName string) string {
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// secret reads a secret from file, or from the environment variable env. A file named on the command line
// wins over env (flags win); a file named in the environment conflicts with env, as nothing says which wins.
func secret(flagName, file string, fileFromFlag bool, env string, getenv func(string) string, clean func(string) string) (string, error) {
	direct := getenv(env)
	if file == "" {
		return direct, nil
	}
	if direct != "" && !fileFromFlag {
		return "", fmt.Errorf("config: both %s and %s are set; set one", EnvName(flagName), env)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("config: --%s (%s): %w", flagName, EnvName(flagName), err)
	}
	return clean(string(b)), nil
}

func trimNewline(s string) string { return strings.TrimRight(s, "\r\n") }

// rejectSecretFlags refuses secrets passed as flags, with a message saying where they go instead.
func rejectSecretFlags(args []string) error {
	for _, a := range args {
		if a == "--" {
			return nil
		}
		name := strings.TrimLeft(a, "-")
		if name == a {
			continue
		}
		name, _, _ = strings.Cut(name, "=")
		switch name {
		case "jwt-secret":
			return fmt.Errorf("config: secrets are not taken from flags (they show in ps and shell history): use --jwt-secret-file or %s", EnvJWTSecret)
		case "keystore-password":
			return fmt.Errorf("config: secrets are not taken from flags (they show in ps and shell history): use --keystore-password-file or %s", EnvKeystorePassword)
		}
	}
	return nil
}

// Check validates c: in every mode the addresses, URLs, durations, limits and log settings; without Dev also
// that the chain, Redis, signer key and its password, deployment and a JWT secret of at least
// MinJWTSecretBytes are configured. It returns every problem at once, each naming its flag and environment
// variable.
func (c *Config) Check() error {
	var errs []error
	bad := func(flagName, format string, args ...any) {
		errs = append(errs, fmt.Errorf("--%s (%s) %s", flagName, EnvName(flagName), fmt.Sprintf(format, args...)))
	}
	required := func(flagName, value string) {
		if value == "" {
			bad(flagName, "is required without --dev")
		}
	}

	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		bad("listen", "%q is not host:port: %v", c.Listen, err)
	}
	if c.Dev && c.DevRPC != "" {
		if _, _, err := net.SplitHostPort(c.DevRPC); err != nil {
			bad("dev-rpc", "%q is not host:port: %v", c.DevRPC, err)
		}
	}
	if c.RPCURL != "" {
		checkURL(bad, "rpc-url", c.RPCURL, "http", "https", "ws", "wss")
	}
	if c.RedisURL != "" {
		checkURL(bad, "redis-url", c.RedisURL, "redis", "rediss", "unix")
		checkRedisCluster(bad, c.RedisURL)
	}
	if c.PublicURL != "" {
		checkURL(bad, "public-url", c.PublicURL, "http", "https")
	}
	if c.SIWEDomain == "" {
		bad("siwe-domain", "is empty (and no --public-url to take it from)")
	}
	if c.SIWEURI == "" {
		bad("siwe-uri", "is empty (and no --public-url to take it from)")
	}
	if c.JWTIssuer == "" {
		bad("jwt-issuer", "is empty")
	}
	if c.JWTAudience == "" {
		bad("jwt-audience", "is empty")
	}
	if c.EpochInterval <= 0 {
		bad("epoch-interval", "must be positive, got %s", c.EpochInterval)
	}
	switch {
	case c.DisputeWindow < 0 || c.DisputeWindow%time.Second != 0 || c.DisputeWindow/time.Second > math.MaxUint32:
		bad("dispute-window", "must be whole seconds between 0 and %d, got %s", uint32(math.MaxUint32), c.DisputeWindow)
	case c.Dev && c.EpochInterval > 0 && c.DisputeWindow > c.EpochInterval: // production: the deployed window, checked at start
		bad("dispute-window", "(%s) exceeds --epoch-interval (%s): each root must activate before the next is proposed",
			c.DisputeWindow, c.EpochInterval)
	}
	switch {
	case c.WithdrawalNotice < 0 || c.WithdrawalNotice%time.Second != 0 || c.WithdrawalNotice/time.Second > math.MaxUint32:
		bad("withdrawal-notice", "must be whole seconds between 0 and %d, got %s", uint32(math.MaxUint32), c.WithdrawalNotice)
	case c.Dev && c.WithdrawalNotice < c.DisputeWindow+c.EpochInterval:
		bad("withdrawal-notice", "(%s) is shorter than --dispute-window + --epoch-interval (%s): a root would not yet commit every award when the sponsor withdraws",
			c.WithdrawalNotice, c.DisputeWindow+c.EpochInterval)
	}
	if c.RateLimit <= 0 {
		bad("rate-limit", "must be positive, got %d", c.RateLimit)
	}
	if c.RedisPrefix == "" || strings.IndexFunc(c.RedisPrefix, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-')
	}) >= 0 || len(c.RedisPrefix) > 64 {
		bad("redis-prefix", "must be 1 to 64 letters, digits, '.', '_' or '-', got %q", c.RedisPrefix)
	}
	if c.RedisMinReplicas < 0 || c.RedisMinReplicas > 16 {
		bad("redis-min-replicas", "must be 0 to 16, got %d", c.RedisMinReplicas)
	}
	if c.RedisReplicaTimeout <= 0 {
		bad("redis-replica-timeout", "must be positive, got %s", c.RedisReplicaTimeout)
	}
	for _, l := range []struct {
		flag string
		v    int
	}{{"limit-communities", c.LimitCommunities}, {"limit-campaigns", c.LimitCampaigns},
		{"limit-platforms", c.LimitPlatforms}} {
		if l.v < 1 || l.v > 1_000_000 {
			bad(l.flag, "must be 1 to 1000000, got %d", l.v)
		}
	}
	for _, l := range []struct {
		flag string
		v    int
	}{{"cache-campaigns", c.CacheCampaigns}, {"cache-platforms", c.CachePlatforms}} {
		if l.v < 16 || l.v > 10_000_000 {
			bad(l.flag, "must be 16 to 10000000 entries, got %d", l.v)
		}
	}
	if c.MaxBodyBytes < 1024 {
		bad("max-body-bytes", "must be at least 1024, got %d", c.MaxBodyBytes)
	}
	c.checkRelay(bad)
	if _, ok := logLevels[strings.ToLower(c.LogLevel)]; !ok {
		bad("log-level", "must be debug, info, warn or error, got %q", c.LogLevel)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		bad("log-format", "must be text or json, got %q", c.LogFormat)
	}

	if !c.Dev {
		required("rpc-url", c.RPCURL)
		required("redis-url", c.RedisURL)
		required("keystore", c.Keystore)
		if c.KeystorePassword == "" {
			errs = append(errs, fmt.Errorf("the keystore password is required without --dev: set --keystore-password-file (%s) or %s",
				EnvName("keystore-password-file"), EnvKeystorePassword))
		}
		required("deployment", c.Deployment)
		if c.JWTSecret == "" {
			errs = append(errs, fmt.Errorf("a JWT secret is required without --dev: set --jwt-secret-file (%s) or %s",
				EnvName("jwt-secret-file"), EnvJWTSecret))
		}
	}
	if c.JWTSecret != "" && len(c.JWTSecret) < MinJWTSecretBytes {
		errs = append(errs, fmt.Errorf("the JWT secret (--jwt-secret-file, %s, %s) is %d bytes; at least %d are required",
			EnvName("jwt-secret-file"), EnvJWTSecret, len(c.JWTSecret), MinJWTSecretBytes))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	return nil
}

// MinRelayMaxGas and MaxRelayMaxGas bound --relay-max-gas: below a transaction's intrinsic gas nothing can
// be relayed; above 10M a single relay costs what the ceiling exists to prevent.
const (
	MinRelayMaxGas = 21_000
	MaxRelayMaxGas = 10_000_000
)

// checkRelay validates the relay limits: a ceiling in [MinRelayMaxGas, MaxRelayMaxGas], budgets that fit at
// least one relay (account ≥ ceiling, global ≥ account), a positive minimum amount and per-minute limit.
func (c *Config) checkRelay(bad func(string, string, ...any)) {
	if c.RelayMaxGas < MinRelayMaxGas || c.RelayMaxGas > MaxRelayMaxGas {
		bad("relay-max-gas", "must be between %d and %d, got %d", MinRelayMaxGas, MaxRelayMaxGas, c.RelayMaxGas)
	}
	if c.RelayAccountGasPerHour < c.RelayMaxGas {
		bad("relay-account-gas-per-hour", "(%d) is below --relay-max-gas (%d): no claim could be relayed", c.RelayAccountGasPerHour, c.RelayMaxGas)
	}
	if c.RelayGlobalGasPerHour < c.RelayAccountGasPerHour {
		bad("relay-global-gas-per-hour", "(%d) is below --relay-account-gas-per-hour (%d)", c.RelayGlobalGasPerHour, c.RelayAccountGasPerHour)
	}
	if v, err := rewards.ParseAmount(c.RelayMinAmount); err != nil || v.Sign() <= 0 {
		bad("relay-min-amount", "must be a positive decimal amount in base units, got %q", c.RelayMinAmount)
	}
	if c.RelayPerMinute <= 0 {
		bad("relay-per-minute", "must be positive, got %d", c.RelayPerMinute)
	}
	if c.WebhooksTimeout <= 0 || c.WebhooksTimeout > 5*time.Minute {
		bad("webhooks-timeout", "must be between 1ns and 5m, got %s", c.WebhooksTimeout)
	}
	if c.WebhooksRetryFor < 24*time.Hour {
		bad("webhooks-retry-for", "must be at least 24h, got %s", c.WebhooksRetryFor)
	}
	if c.WebhooksDisableAfter < c.WebhooksRetryFor {
		bad("webhooks-disable-after", "(%s) is shorter than --webhooks-retry-for (%s)", c.WebhooksDisableAfter, c.WebhooksRetryFor)
	}
}

// RelayMinAmountInt is RelayMinAmount as a number (1 if it does not parse; Check rejects that).
func (c *Config) RelayMinAmountInt() *big.Int {
	v, err := rewards.ParseAmount(c.RelayMinAmount)
	if err != nil || v.Sign() <= 0 {
		return big.NewInt(1)
	}
	return v
}

var logLevels = map[string]slog.Level{
	"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError,
}

// SlogLevel is LogLevel as a slog.Level (info if unknown; Check rejects unknown levels).
func (c *Config) SlogLevel() slog.Level {
	return logLevels[strings.ToLower(c.LogLevel)]
}

func checkURL(bad func(string, string, ...any), flagName, raw string, schemes ...string) {
	u, err := url.Parse(raw)
	if err != nil {
		bad(flagName, "is not a URL: %v", redactErr(err))
		return
	}
	for _, s := range schemes {
		if u.Scheme == s {
			if u.Host == "" && s != "unix" {
				bad(flagName, "has no host")
			}
			return
		}
	}
	bad(flagName, "has scheme %q; want one of %s", u.Scheme, strings.Join(schemes, ", "))
}

// checkRedisCluster checks the cluster part of a --redis-url: a Redis Cluster is named by several addresses
// (redis://h1:7001?addr=h2:7002&addr=h3:7003, each host:port) or by cluster=true with one seed address; it
// needs scheme redis or rediss and has only database 0. Other problems are checkURL's.
func checkRedisCluster(bad func(string, string, ...any), raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		return
	}
	q := u.Query()
	cluster := q.Has("addr")
	if v := q.Get("cluster"); q.Has("cluster") {
		on, err := strconv.ParseBool(v)
		if err != nil {
			bad("redis-url", "has cluster=%q; want true or false", v)
			return
		}
		cluster = cluster || on
	}
	if !cluster {
		return
	}
	if u.Scheme != "redis" && u.Scheme != "rediss" {
		bad("redis-url", "names a Redis Cluster, which needs scheme redis or rediss, not %q", u.Scheme)
	}
	if p := strings.Trim(u.Path, "/"); p != "" && p != "0" {
		bad("redis-url", "names a Redis Cluster, which has only database 0, not %q", p)
	}
	for _, a := range q["addr"] {
		if h, p, err := net.SplitHostPort(a); err != nil || h == "" || p == "" {
			bad("redis-url", "has addr=%q; want host:port", a)
		}
	}
}

// redactErr drops the URL that url.Parse puts in its errors, which may hold credentials.
func redactErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

const masked = "***"

// fields lists c's settings for printing, secrets masked.
func (c Config) fields() []slog.Attr {
	mask := func(s string) string {
		if s == "" {
			return ""
		}
		return masked
	}
	return []slog.Attr{
		slog.Bool("dev", c.Dev),
		slog.String("listen", c.Listen),
		slog.String("dev_rpc", c.DevRPC),
		slog.Duration("dev_max_lead", c.DevMaxLead),
		slog.String("dev_info", c.DevInfo),
		slog.String("rpc_url", redactURL(c.RPCURL, true)),
		slog.String("redis_url", redactURL(c.RedisURL, false)),
		slog.String("redis_prefix", c.RedisPrefix),
		slog.Int("redis_min_replicas", c.RedisMinReplicas),
		slog.Duration("redis_replica_timeout", c.RedisReplicaTimeout),
		slog.String("keystore", c.Keystore),
		slog.String("keystore_password_file", c.KeystorePasswordFile),
		slog.String("keystore_password", mask(c.KeystorePassword)),
		slog.String("deployment", c.Deployment),
		slog.String("jwt_secret_file", c.JWTSecretFile),
		slog.String("jwt_secret", mask(c.JWTSecret)),
		slog.String("jwt_issuer", c.JWTIssuer),
		slog.String("jwt_audience", c.JWTAudience),
		slog.String("siwe_domain", c.SIWEDomain),
		slog.String("siwe_uri", c.SIWEURI),
		slog.String("public_url", c.PublicURL),
		slog.Duration("epoch_interval", c.EpochInterval),
		slog.Uint64("confirmations", c.Confirmations),
		slog.Duration("dispute_window", c.DisputeWindow),
		slog.Duration("withdrawal_notice", c.WithdrawalNotice),
		slog.Int("rate_limit", c.RateLimit),
		slog.Int("limit_communities", c.LimitCommunities),
		slog.Int("limit_campaigns", c.LimitCampaigns),
		slog.Int("limit_platforms", c.LimitPlatforms),
		slog.Int("cache_campaigns", c.CacheCampaigns),
		slog.Int("cache_platforms", c.CachePlatforms),
		slog.Int64("max_body_bytes", c.MaxBodyBytes),
		slog.Uint64("relay_max_gas", c.RelayMaxGas),
		slog.Uint64("relay_account_gas_per_hour", c.RelayAccountGasPerHour),
		slog.Uint64("relay_global_gas_per_hour", c.RelayGlobalGasPerHour),
		slog.String("relay_min_amount", c.RelayMinAmount),
		slog.Int("relay_per_minute", c.RelayPerMinute),
		slog.Bool("webhooks_allow_private", c.WebhooksAllowPrivate),
		slog.Duration("webhooks_timeout", c.WebhooksTimeout),
		slog.Duration("webhooks_retry_for", c.WebhooksRetryFor),
		slog.Duration("webhooks_disable_after", c.WebhooksDisableAfter),
		slog.String("log_level", c.LogLevel),
		slog.String("log_format", c.LogFormat),
	}
}

// String prints c on one line for logs, secrets masked as "***" (and the credentials, path and query of
// URLs, where RPC providers put API keys).
func (c Config) String() string {
	var b strings.Builder
	for i, a := range c.fields() {
		if i > 0 {
			b.WriteByte(' ')
		}
		v := a.Value.String()
		if v == "" || strings.ContainsAny(v, " \"=") {
			v = fmt.Sprintf("%q", v)
		}
		b.WriteString(a.Key + "=" + v)
	}
	return b.String()
}

// GoString is String, so that %#v masks the secrets too.
func (c Config) GoString() string { return "config.Config{" + c.String() + "}" }

// LogValue logs c as a group, secrets masked as in String.
func (c Config) LogValue() slog.Value { return slog.GroupValue(c.fields()...) }

// redactURL masks the password of raw's user info and its query; with hidePath, also its path (RPC
// providers put API keys there). A URL it cannot take apart is masked whole.
func redactURL(raw string, hidePath bool) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Opaque != "" || u.Scheme == "" {
		return masked
	}
	var b strings.Builder
	b.WriteString(u.Scheme + "://")
	if u.User != nil {
		b.WriteString(u.User.Username())
		if _, has := u.User.Password(); has {
			b.WriteString(":" + masked)
		}
		b.WriteByte('@')
	}
	b.WriteString(u.Host)
	if path := u.EscapedPath(); hidePath && path != "" && path != "/" {
		b.WriteString("/" + masked)
	} else {
		b.WriteString(path)
	}
	if u.RawQuery != "" || u.ForceQuery {
		b.WriteString("?" + masked)
	}
	if u.Fragment != "" {
		b.WriteString("#" + masked)
	}
	return b.String()
}
