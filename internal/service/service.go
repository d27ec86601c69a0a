// Package service assembles tribed: the chain (embedded in dev mode, any JSON-RPC otherwise), Redis (embedded
// in dev mode), the ledger, auth, the transaction manager, the community relayer and the HTTP API, with a
// Start/Stop lifecycle.
package service

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/go-redis/redis_rate/v10"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/api"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/claims"
	"github.com/tribe-rewards/tribe/internal/communities"
	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/indexer"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/settle"
	"github.com/tribe-rewards/tribe/internal/txmgr"
	"github.com/tribe-rewards/tribe/internal/voucher"
	"github.com/tribe-rewards/tribe/internal/walletsig"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// DevInfo is what `tribed --dev` prints in its banner and writes with --dev-info.
type DevInfo struct {
	APIURL     string            `json:"api_url"`
	RPCURL     string            `json:"rpc_url"`
	ChainID    uint64            `json:"chain_id"`
	Contracts  map[string]string `json:"contracts"`
	AdminToken string            `json:"admin_token"`
	Accounts   []DevAccount      `json:"accounts"`
}

// DevAccount is one funded development account.
type DevAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"private_key"`
}

// Service is a running tribed. Start and Stop are not safe for concurrent use with each other.
type Service struct {
	cfg *config.Config
	log *slog.Logger

	devnet  *chain.DevNet
	mini    *miniredis.Miniredis
	rdb     redis.UniversalClient
	eth     *ethclient.Client
	api     *api.API
	relayer *communities.Relayer
	claims  *claims.Relayer
	indexer *indexer.Indexer
	settler *settle.Settler
	hooks   *webhooks.Dispatcher
	// stopMature ends the maturity and pool-alert workers; matureDone is closed when both have.
	stopMature context.CancelFunc
	matureDone chan struct{}
	txm        *txmgr.Manager
	srv        *http.Server
	lis        net.Listener
	serveCh    chan error

	// Dev is set in dev mode once started.
	Dev *DevInfo
}

// New returns a service for cfg, which must have passed Check.
func New(cfg *config.Config, log *slog.Logger) *Service {
	return &Service{cfg: cfg, log: log}
}

// poolAlertInterval is how often sponsors' low-balance alerts are checked.
const poolAlertInterval = 3 * time.Second

// Start brings everything up and starts serving. On failure it tears down what it built. Cancelling ctx
// aborts a start in progress.
func (s *Service) Start(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			_ = s.teardown(context.Background())
		}
	}()
	var (
		backend    *ethclient.Client
		deployment *chain.Deployment
		key        *ecdsa.PrivateKey
	)
	if s.cfg.Dev {
		backend, deployment, key, err = s.startDevChain(ctx)
	} else {
		backend, deployment, key, err = s.connectChain(ctx)
	}
	if err != nil {
		return err
	}
	if err := s.connectRedis(ctx); err != nil {
		return err
	}

	secret := []byte(s.cfg.JWTSecret)
	if s.cfg.Dev && len(secret) == 0 {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
	}
	issuer, err := auth.NewIssuer(secret, s.cfg.JWTIssuer, s.cfg.JWTAudience, time.Now)
	if err != nil {
		return fmt.Errorf("jwt: %w", err)
	}
	// One prefix for every store's keys (ledger, rate limits, journal, indexer, settlement).
	prefix := s.cfg.RedisPrefix
	store := ledger.New(s.rdb, ledger.Options{Prefix: prefix, MinReplicas: s.cfg.RedisMinReplicas,
		ReplicaTimeout: s.cfg.RedisReplicaTimeout})
	if n, err := store.IndexCreators(ctx); err != nil {
		return err
	} else if n > 0 {
		s.log.Info("indexed the communities stored before the per-creator index", "communities", n)
	}
	// Every transaction intent is journaled in Redis before it is sent; Resume finishes what a previous run
	// left (same nonce, same hash: never a duplicate) before anything new is sent.
	txm, err := txmgr.New(backend, txmgr.Config{ChainID: deployment.ChainID, Key: key, Confirmations: s.cfg.Confirmations,
		Logger:  s.log.With("component", "txmgr"),
		Journal: txmgr.NewRedisJournal(s.rdb, prefix, crypto.PubkeyToAddress(key.PublicKey))})
	if err != nil {
		return fmt.Errorf("transaction manager: %w", err)
	}
	s.txm = txm
	if err := txm.Resume(ctx); err != nil {
		return fmt.Errorf("transaction manager: %w", err)
	}
	// Let resumed transactions land before the relayer and the settler re-send their own pending work.
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	if err := txm.WaitResumed(wctx); err != nil {
		s.log.Warn("journaled transactions still pending; starting anyway", "err", err)
	}
	cancel()
	reader := chain.NewReader(backend, deployment)
	s.relayer = communities.New(store, txm, reader, deployment.Factory, s.log.With("component", "communities"))
	if err := s.relayer.Resume(ctx); err != nil {
		return err
	}
	poll := 2 * time.Second
	if s.cfg.Dev {
		poll = 200 * time.Millisecond
	}
	// The indexer tells the ledger each factory token's owner: the community follows its token's ownership.
	s.indexer = indexer.New(backend, s.rdb, indexer.Config{Distributor: deployment.Distributor, Factory: deployment.Factory,
		StartBlock: deployment.Block, Confirmations: s.cfg.Confirmations, PollInterval: poll, Logger: s.log, Prefix: prefix,
		Owners: store})
	if err := s.indexer.Start(ctx); err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	s.settler = settle.New(s.rdb, store, settle.NewChainProposer(txm, deployment.Distributor, backend),
		settle.Config{Interval: s.cfg.EpochInterval, Logger: s.log.With("component", "settle"), Prefix: prefix})
	// The loop outlives the start-up context; Stop ends it.
	if err := s.settler.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("settlement: %w", err)
	}

	s.lis, err = net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Listen, err)
	}
	apiURL := "http://" + s.lis.Addr().String()
	// With --listen on port 0 the defaults derived from it name port 0: name the port actually picked.
	domain, siweURI, publicURL := s.cfg.SIWEDomain, s.cfg.SIWEURI, s.cfg.PublicURL
	if port := fmt.Sprint(s.lis.Addr().(*net.TCPAddr).Port); strings.HasSuffix(s.cfg.Listen, ":0") {
		domain = strings.TrimSuffix(domain, ":0") + ":" + port
		siweURI = strings.Replace(siweURI, ":0", ":"+port, 1)
		if strings.HasSuffix(publicURL, ":0") {
			publicURL = strings.TrimSuffix(publicURL, ":0") + ":" + port
		}
	}
	rpcURL := ""
	if s.devnet != nil {
		rpcURL = s.devnet.RPCURL()
	}
	signer := voucher.NewSigner(key, deployment.ChainID, deployment.Distributor)
	registry := prometheus.NewRegistry() // this service's /metrics: the API's and the relay's
	// Relayed claims: only the factory's tokens and the distributor's sponsor pools that the
	// ledger knows, within a gas ceiling per claim and gas budgets per account and overall.
	sources := claims.NewFactorySources(store, backend, deployment.Factory)
	sources.IsPool = func(ctx context.Context, source common.Address) (bool, error) {
		p, err := reader.Pool(ctx, source)
		return p.Exists, err
	}
	s.claims, err = claims.New(claims.Config{
		Distributor: deployment.Distributor, From: txm.Address(), MaxGas: s.cfg.RelayMaxGas,
		MinAmount: s.cfg.RelayMinAmountInt(), PerMinute: s.cfg.RelayPerMinute, Prefix: prefix,
		Logger: s.log.With("component", "claims"), Registry: registry,
	}, claims.Deps{
		Ledger: store, InFlight: store, Signer: signer, Chain: backend, Sender: txm, Sources: sources,
		Budget:  claims.NewRedisBudget(s.rdb, prefix, s.cfg.RelayAccountGasPerHour, s.cfg.RelayGlobalGasPerHour),
		Limiter: redis_rate.NewLimiter(s.rdb),
	})
	if err != nil {
		return fmt.Errorf("claims relayer: %w", err)
	}
	hookStore := webhooks.NewStore(s.rdb, prefix, nil)
	s.api = api.New(api.Deps{
		Config: api.Config{SIWEDomain: domain, SIWEURI: siweURI, MaxBodyBytes: s.cfg.MaxBodyBytes, RateLimit: s.cfg.RateLimit,
			CommunitiesPerHour: s.cfg.LimitCommunities, CampaignsPerHour: s.cfg.LimitCampaigns,
			PlatformsPerHour: s.cfg.LimitPlatforms,
			CampaignCache:    s.cfg.CacheCampaigns, PlatformCache: s.cfg.CachePlatforms,
			WebhooksAllowPrivate: s.cfg.WebhooksAllowPrivate, PublicURL: publicURL},
		Webhooks: hookStore,
		Ledger:   store, Issuer: issuer,
		Chain: claimedFromIndex{reader, s.indexer}, Communities: s.relayer,
		Vouchers: signer, Epochs: s.settler, Relayer: s.claims,
		Info: api.ChainInfo{ChainID: deployment.ChainID, Factory: deployment.Factory, Distributor: deployment.Distributor,
			Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, RPCURL: rpcURL, DeploymentBlock: deployment.Block},
		Logger: s.log.With("component", "api"), Registry: registry, Gatherer: registry,
		Wallets: walletsig.New(backend), // contract wallets sign in and create communities (one eth_call, 2 s)
	})
	// Every replica delivers webhooks: they share the outboxes through a consumer group and each endpoint
	// through a lease.
	s.hooks = webhooks.NewDispatcher(hookStore, webhooks.Config{Timeout: s.cfg.WebhooksTimeout,
		AllowPrivate: s.cfg.WebhooksAllowPrivate, RetryFor: s.cfg.WebhooksRetryFor, DisableAfter: s.cfg.WebhooksDisableAfter,
		Logger: s.log.With("component", "webhooks"), Registry: registry})
	if err := s.hooks.Start(ctx); err != nil {
		return fmt.Errorf("webhooks: %w", err)
	}
	// Held awards mature on every read that counts them; this makes them claimable on time for webhooks.
	matureCtx, stopMature := context.WithCancel(context.WithoutCancel(ctx))
	s.matureDone = make(chan struct{})
	s.stopMature = stopMature
	// Sponsors' low-balance alerts (pool.low) are checked every few seconds, the owner read on-chain.
	var workers sync.WaitGroup
	workers.Add(3)
	// The projector folds the award journals into leaderboards, daily totals, histories and award.created
	// webhooks; its lag is a metric.
	projLag := prometheus.NewHistogram(prometheus.HistogramOpts{Name: "tribe_projection_lag_seconds",
		Help:    "How long an award's journal entry waited before the projector folded it (leaderboards, history, daily totals, award.created).",
		Buckets: []float64{.001, .002, .005, .01, .02, .05, .1, .2, .5, 1, 2, 5}})
	// A projector that keeps failing shows as errors here (and award.created webhooks stop), not as lag.
	projErrs := prometheus.NewCounter(prometheus.CounterOpts{Name: "tribe_projection_errors_total",
		Help: "Projector folds that failed (they are retried on the next sweep)."})
	registry.MustRegister(projLag, projErrs)
	go func() {
		defer workers.Done()
		jlog := s.log.With("component", "projector")
		store.RunProjector(matureCtx, func(d time.Duration) { projLag.Observe(d.Seconds()) },
			func(err error) {
				projErrs.Inc()
				jlog.Warn("projecting the journals", "err", err)
			})
	}()
	go func() {
		defer workers.Done()
		mlog := s.log.With("component", "maturity")
		store.RunMaturity(matureCtx, time.Second, func(err error) { mlog.Warn("maturing held awards", "err", err) })
	}()
	go func() {
		defer workers.Done()
		plog := s.log.With("component", "pool-alerts")
		ownerOf := func(ctx context.Context, pool common.Address) (common.Address, error) {
			p, err := reader.Pool(ctx, pool)
			return p.Owner, err
		}
		store.RunPoolAlerts(matureCtx, poolAlertInterval, ownerOf, func(err error) { plog.Warn("checking pool alerts", "err", err) })
	}()
	go func() { workers.Wait(); close(s.matureDone) }()
	s.srv = &http.Server{Handler: s.api.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute}
	s.serveCh = make(chan error, 1)
	go func() { s.serveCh <- s.srv.Serve(s.lis) }()
	s.api.SetReady(true)
	s.log.Info("tribed serving", "api", apiURL, "chain_id", deployment.ChainID, "distributor", deployment.Distributor)

	if s.cfg.Dev {
		token, _, err := issuer.Issue("admin", auth.RoleAdmin, nil, nil, 30*24*time.Hour)
		if err != nil {
			return err
		}
		s.Dev = &DevInfo{APIURL: apiURL, RPCURL: rpcURL, ChainID: deployment.ChainID.Uint64(),
			Contracts:  map[string]string{"factory": deployment.Factory.Hex(), "distributor": deployment.Distributor.Hex()},
			AdminToken: token}
		for _, k := range chain.DevKeys() {
			s.Dev.Accounts = append(s.Dev.Accounts, DevAccount{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(),
				PrivateKey: hexutil.Encode(crypto.FromECDSA(k))})
		}
		if s.cfg.DevInfo != "" {
			b, _ := json.MarshalIndent(s.Dev, "", "  ")
			if err := os.WriteFile(s.cfg.DevInfo, append(b, '\n'), 0o600); err != nil {
				return fmt.Errorf("write dev info: %w", err)
			}
		}
	}
	return nil
}

// startDevChain starts the embedded chain and deploys tribe with dev account 0, which is also the
// transaction sender, the voucher signer, the root proposer and the guardian.
func (s *Service) startDevChain(ctx context.Context) (*ethclient.Client, *chain.Deployment, *ecdsa.PrivateKey, error) {
	var err error
	s.devnet, err = chain.StartDevNet(chain.DevNetConfig{RPCAddr: s.cfg.DevRPC, IdleBlock: time.Second, MaxLead: s.cfg.DevMaxLead,
		Logger: s.log.With("component", "devchain")})
	if err != nil {
		return nil, nil, nil, err
	}
	key := chain.DevKeys()[0]
	from := crypto.PubkeyToAddress(key.PublicKey)
	d, err := chain.Deploy(ctx, s.devnet.Client(), bind.NewKeyedTransactor(key, s.devnet.ChainID()), chain.DeployConfig{
		RootProposer: from, Guardian: from, Signers: []common.Address{from}, DisputeWindow: uint32(s.cfg.DisputeWindow / time.Second),
		WithdrawalNotice: uint32(s.cfg.WithdrawalNotice / time.Second),
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("deploy to the dev chain: %w", err)
	}
	return s.devnet.EthClient(), d, key, nil
}

// connectChain dials the configured RPC, reads the deployment file and decrypts the signer key.
func (s *Service) connectChain(ctx context.Context) (*ethclient.Client, *chain.Deployment, *ecdsa.PrivateKey, error) {
	d, err := chain.ReadDeployment(s.cfg.Deployment)
	if err != nil {
		return nil, nil, nil, err
	}
	// config.Load has already read the password from --keystore-password-file or TRIBE_KEYSTORE_PASSWORD.
	key, err := chain.LoadKeystore(s.cfg.Keystore, s.cfg.KeystorePassword)
	if err != nil {
		return nil, nil, nil, err
	}
	s.eth, err = ethclient.DialContext(ctx, s.cfg.RPCURL)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("dial %s: %w", s.cfg.RPCURL, err)
	}
	id, err := s.eth.ChainID(ctx)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("chain id: %w", err)
	}
	if d.ChainID != nil && d.ChainID.Cmp(id) != 0 {
		return nil, nil, nil, fmt.Errorf("deployment %s is for chain %s, the RPC serves chain %s", s.cfg.Deployment, d.ChainID, id)
	}
	d.ChainID = id
	// Each root must activate before the next epoch proposes one, or settlement stalls behind RootPending.
	dist := bindings.NewRewardsDistributor()
	window, err := bind.Call(dist.Instance(s.eth, d.Distributor), &bind.CallOpts{Context: ctx}, dist.PackDisputeWindow(), dist.UnpackDisputeWindow)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read the distributor's dispute window: %w", err)
	}
	if w := time.Duration(window) * time.Second; w > s.cfg.EpochInterval {
		s.log.Warn("the distributor's dispute window is longer than --epoch-interval: epochs will wait for the previous root to activate",
			"dispute_window", w, "epoch_interval", s.cfg.EpochInterval)
	}
	notice, err := bind.Call(dist.Instance(s.eth, d.Distributor), &bind.CallOpts{Context: ctx}, dist.PackWithdrawalNotice(), dist.UnpackWithdrawalNotice)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read the distributor's withdrawal notice: %w", err)
	}
	if err := checkWithdrawalNotice(time.Duration(window)*time.Second, time.Duration(notice)*time.Second, s.cfg.EpochInterval); err != nil {
		return nil, nil, nil, err
	}
	return s.eth, d, key, nil
}

// checkWithdrawalNotice refuses a distributor whose sponsor-pool withdrawal notice is shorter than its dispute
// window plus the epoch interval. The service stops awarding from a pool once its withdrawal is announced; the
// awards made just before are committed by the next epoch's root, which is active one dispute window after it
// is proposed. A shorter notice lets the sponsor withdraw, as unowed, what those awards owe: the fans' claims
// then revert for lack of funds. (config.Check enforces the same bound on the dev chain it deploys.)
func checkWithdrawalNotice(window, notice, epochInterval time.Duration) error {
	if need := window + epochInterval; notice < need {
		return fmt.Errorf("the distributor's withdrawal notice %s is shorter than its dispute window %s plus --epoch-interval %s: "+
			"a sponsor could withdraw what the last awards from its pool owe before a root commits them; "+
			"raise it with setWithdrawalNotice (the admin) or shorten --epoch-interval", notice, window, epochInterval)
	}
	return nil
}

// connectRedis connects to --redis-url (a Redis Cluster if the URL says so, see redisClient) or, in dev mode
// without one, to an embedded Redis. It warns when the Redis keeps nothing on disk.
func (s *Service) connectRedis(ctx context.Context) error {
	url := s.cfg.RedisURL
	if url == "" {
		if !s.cfg.Dev {
			return errors.New("--redis-url is required outside --dev")
		}
		var err error
		s.mini, err = miniredis.Run()
		if err != nil {
			return fmt.Errorf("embedded redis: %w", err)
		}
		s.rdb = redis.NewClient(&redis.Options{Addr: s.mini.Addr()})
		s.log.Warn("using an embedded Redis that keeps nothing on disk: awards are lost when tribed stops (give --redis-url to keep them)")
		return s.rdb.Ping(ctx).Err()
	}
	rdb, addrs, err := redisClient(url)
	if err != nil {
		return err
	}
	s.rdb = rdb
	if c, ok := rdb.(*redis.ClusterClient); ok {
		// Every master must answer: a cluster with a slot range down fails awards for the tokens in it.
		err = c.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error { return m.Ping(ctx).Err() })
	} else {
		err = rdb.Ping(ctx).Err()
	}
	if err != nil {
		return fmt.Errorf("redis %s: %w", strings.Join(addrs, ","), err)
	}
	s.log.Info("connected to Redis", "cluster", isCluster(rdb), "addrs", addrs)
	s.warnIfVolatile(ctx)
	return nil
}

// redisClient builds the client for a --redis-url. A URL is a Redis Cluster when it lists more than one
// address with addr query parameters, or says cluster=true (one seed address is then enough):
//
//	redis://user:pass@host1:7001?addr=host2:7002&addr=host3:7003
//	rediss://host1:7001?cluster=true
//
// Cluster URLs take go-redis's ParseClusterURL options and have no database number (a cluster has only 0);
// any other URL is go-redis's ParseURL (redis://, rediss://, unix://). It returns the seed addresses too.
// Errors never contain the URL, which may hold a password.
func redisClient(raw string) (redis.UniversalClient, []string, error) {
	u, err := neturl.Parse(raw)
	if err != nil {
		return nil, nil, errors.New("redis url: not a URL")
	}
	q := u.Query()
	cluster := q.Has("addr")
	if q.Has("cluster") {
		v, err := strconv.ParseBool(q.Get("cluster"))
		if err != nil {
			return nil, nil, fmt.Errorf("redis url: cluster=%q is not true or false", q.Get("cluster"))
		}
		cluster = cluster || v
		q.Del("cluster")
		u.RawQuery = q.Encode()
	}
	if !cluster {
		opts, err := redis.ParseURL(u.String())
		if err != nil {
			return nil, nil, fmt.Errorf("redis url: %w", err)
		}
		return redis.NewClient(opts), []string{opts.Addr}, nil
	}
	if u.Scheme != "redis" && u.Scheme != "rediss" {
		return nil, nil, fmt.Errorf("redis url: a Redis Cluster needs scheme redis or rediss, not %q", u.Scheme)
	}
	if p := strings.Trim(u.Path, "/"); p != "" && p != "0" {
		return nil, nil, fmt.Errorf("redis url: a Redis Cluster has only database 0, not %q", p)
	}
	u.Path = ""
	opts, err := redis.ParseClusterURL(u.String())
	if err != nil {
		return nil, nil, fmt.Errorf("redis url: %w", err)
	}
	return redis.NewClusterClient(opts), opts.Addrs, nil
}

// isCluster reports whether rdb is a Redis Cluster client.
func isCluster(rdb redis.UniversalClient) bool {
	_, ok := rdb.(*redis.ClusterClient)
	return ok
}

// warnIfVolatile warns when Redis has neither AOF nor RDB snapshots: an acknowledged award could be lost.
func (s *Service) warnIfVolatile(ctx context.Context) {
	aof, err1 := s.rdb.ConfigGet(ctx, "appendonly").Result()
	save, err2 := s.rdb.ConfigGet(ctx, "save").Result()
	if err1 != nil || err2 != nil {
		s.log.Warn("could not read Redis persistence settings; make sure AOF is on (appendonly yes)")
		return
	}
	if aof["appendonly"] != "yes" {
		if save["save"] == "" {
			s.log.Warn("Redis keeps nothing on disk (appendonly no, save \"\"): acknowledged awards are lost if it restarts; run it with appendonly yes")
		} else {
			s.log.Warn("Redis has AOF off: awards since the last RDB snapshot are lost if it crashes; run it with appendonly yes")
		}
	}
}

// APIURL is where the API listens, once started.
func (s *Service) APIURL() string {
	if s.lis == nil {
		return ""
	}
	return "http://" + s.lis.Addr().String()
}

// Stop shuts down gracefully: readiness fails first, then in-flight requests finish (until ctx ends), then
// the relayer, the settler, the indexer and the transaction manager stop and are waited for, then the
// goroutines requests left (relayed claims waiting for their transaction), then Redis and the chain are
// closed. When it returns no goroutine of the service is left running.
func (s *Service) Stop(ctx context.Context) error {
	return s.teardown(ctx)
}

func (s *Service) teardown(ctx context.Context) error {
	var errs []error
	if s.api != nil {
		s.api.SetReady(false)
	}
	if s.srv != nil {
		if err := s.srv.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("http shutdown: %w", err))
		}
		if err := <-s.serveCh; err != nil && !errors.Is(err, http.ErrServerClosed) {
			errs = append(errs, err)
		}
		s.srv = nil
	} else if s.lis != nil {
		_ = s.lis.Close()
	}
	if s.hooks != nil {
		if err := s.hooks.Stop(ctx); err != nil {
			errs = append(errs, err)
		}
		s.hooks = nil
	}
	if s.stopMature != nil {
		s.stopMature()
		<-s.matureDone
		s.stopMature = nil
	}
	if s.claims != nil {
		if err := s.claims.Stop(ctx); err != nil {
			errs = append(errs, err)
		}
		s.claims = nil
	}
	if s.relayer != nil {
		s.relayer.Stop()
		s.relayer = nil
	}
	if s.settler != nil {
		s.settler.Stop()
		s.settler = nil
	}
	if s.indexer != nil {
		s.indexer.Stop()
		s.indexer = nil
	}
	if s.txm != nil {
		s.txm.Stop() // ends every send still waiting, so the requests' goroutines waiting on them end too
		s.txm = nil
	}
	if s.api != nil {
		s.api.Wait()
	}
	if s.rdb != nil {
		_ = s.rdb.Close()
		s.rdb = nil
	}
	if s.mini != nil {
		s.mini.Close()
		s.mini = nil
	}
	if s.eth != nil {
		s.eth.Close()
		s.eth = nil
	}
	if s.devnet != nil {
		if err := s.devnet.Close(); err != nil {
			errs = append(errs, err)
		}
		s.devnet = nil
	}
	return errors.Join(errs...)
}

// claimedFromIndex reads claimed amounts from the indexer (confirmed Claimed events), the rest from the chain.
type claimedFromIndex struct {
	*chain.Reader
	ix *indexer.Indexer
}

func (c claimedFromIndex) Claimed(ctx context.Context, token, account common.Address) (*big.Int, error) {
	return c.ix.Claimed(ctx, token, account)
}

// Banner is the dev-mode banner.
func (d *DevInfo) Banner() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n  tribe dev — the chain (and Redis, unless --redis-url) live in this process and are gone when it stops\n\n")
	fmt.Fprintf(&b, "  API          %s   (OpenAPI: %s/openapi.yaml)\n", d.APIURL, d.APIURL)
	fmt.Fprintf(&b, "  JSON-RPC     %s   chain id %d\n", d.RPCURL, d.ChainID)
	fmt.Fprintf(&b, "  factory      %s\n  distributor  %s\n\n", d.Contracts["factory"], d.Contracts["distributor"])
	fmt.Fprintf(&b, "  admin token  %s\n\n  dev accounts (10,000 ETH each; public keys, never use them on a real chain):\n", d.AdminToken)
	for i, a := range d.Accounts {
		fmt.Fprintf(&b, "  (%d) %s  %s\n", i, a.Address, a.PrivateKey)
	}
	return b.String()
}

// RedisClient is the client tribed would use for a --redis-url (see redisClient), for operator tools.
func RedisClient(raw string) (redis.UniversalClient, error) {
	rdb, _, err := redisClient(raw)
	return rdb, err
}
