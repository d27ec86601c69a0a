package service_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/client"
	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/service"
)

// prodEnv is what a production tribed needs, built for a test: a DevNet chain with tribe deployed (dispute
// window 1 s), a FaultProxy in front of its JSON-RPC that tribed's --rpc-url points at, a Redis database of
// its own, a keystore, a deployment file and a JWT secret.
type prodEnv struct {
	t        *testing.T
	net      *chain.DevNet
	eth      *ethclient.Client // the chain directly, never through the proxy
	proxy    *chaintest.FaultProxy
	d        *chain.Deployment
	key      *ecdsa.PrivateKey // tribed's signer, sender and root proposer
	from     common.Address
	redisURL string
	rdb      *redis.Client
	args     []string
	env      map[string]string
	admin    string // an admin JWT
}

// nextDB hands each prodEnv its own Redis database (8 to 15, flushed before and after use): tribed's keys
// have no per-test prefix.
var nextDB atomic.Int32

const (
	firstTestDB = 8
	lastTestDB  = 15
)

func newProdEnv(t *testing.T, epoch time.Duration) *prodEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := t.TempDir()

	dn, err := chain.StartDevNet(chain.DevNetConfig{RPCAddr: "127.0.0.1:0", IdleBlock: time.Second,
		Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dn.Close() })
	key := chain.DevKeys()[0]
	from := crypto.PubkeyToAddress(key.PublicKey)
	d, err := chain.Deploy(ctx, dn.Client(), bind.NewKeyedTransactor(key, dn.ChainID()), chain.DeployConfig{
		RootProposer: from, Guardian: from, Signers: []common.Address{from}, DisputeWindow: 1})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	deployment := filepath.Join(dir, "deployment.json")
	raw, _ := json.Marshal(d)
	if err := os.WriteFile(deployment, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	const password = "chain-fault-test"
	ks := keystore.NewKeyStore(filepath.Join(dir, "keystore"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(key, password)
	if err != nil {
		t.Fatal(err)
	}

	shared, ok := ledgertest.Redis(t).(*redis.Client)
	if !ok {
		t.Fatalf("the chain fault tests need a single Redis (tribed has no key prefix, so each test takes a database of its own), not %T", ledgertest.Redis(t))
	}
	db := firstTestDB + int(nextDB.Add(1)-1)
	if db == shared.Options().DB { // never the database the other tests share: it is flushed
		db = firstTestDB + int(nextDB.Add(1)-1)
	}
	if db > lastTestDB {
		t.Fatalf("more than %d production environments in one test binary", lastTestDB-firstTestDB+1)
	}
	opts := *shared.Options()
	opts.DB, opts.PoolSize = db, 0
	rdb := redis.NewClient(&opts)
	if err := rdb.FlushDB(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rdb.FlushDB(context.Background()).Err(); _ = rdb.Close() })
	redisURL := fmt.Sprintf("redis://%s/%d", opts.Addr, db)
	if opts.Password != "" {
		redisURL = fmt.Sprintf("redis://%s:%s@%s/%d", opts.Username, opts.Password, opts.Addr, db)
	}

	eth, err := ethclient.DialContext(ctx, dn.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	proxy := chaintest.NewFaultProxy(t, dn.RPCURL())
	secret := strings.Repeat("s", config.MinJWTSecretBytes)
	issuer, err := auth.NewIssuer([]byte(secret), config.DefaultJWTIssuer, config.DefaultJWTAudience, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	admin, _, err := issuer.Issue("admin", auth.RoleAdmin, nil, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return &prodEnv{t: t, net: dn, eth: eth, proxy: proxy, d: d, key: key, from: from, redisURL: redisURL, rdb: rdb,
		admin: admin,
		args: []string{"--listen", "127.0.0.1:0", "--rpc-url", proxy.URL(), "--redis-url", redisURL,
			"--keystore", acct.URL.Path, "--deployment", deployment, "--epoch-interval", epoch.String(),
			"--confirmations", "0", "--log-level", "warn"},
		env: map[string]string{config.EnvKeystorePassword: password, config.EnvJWTSecret: secret}}
}

// start starts tribed in production mode in this process, against the proxy; the test stops it when it
// ends, unless stop was called.
func (e *prodEnv) start() *service.Service {
	e.t.Helper()
	cfg, err := config.Load(e.args, func(k string) string { return e.env[k] })
	if err != nil {
		e.t.Fatal(err)
	}
	if err := cfg.Check(); err != nil {
		e.t.Fatal(err)
	}
	svc := service.New(cfg, slog.New(slog.NewTextHandler(testWriter{e.t}, &slog.HandlerOptions{Level: slog.LevelWarn})))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := svc.Start(ctx); err != nil {
		e.t.Fatalf("start: %v", err)
	}
	e.t.Cleanup(func() { e.stop(svc) })
	return svc
}

// stop stops svc gracefully; stopping it again does nothing.
func (e *prodEnv) stop(svc *service.Service) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := svc.Stop(ctx); err != nil {
		e.t.Errorf("stop: %v", err)
	}
}

// startProcess starts tribed in production mode in a child process (this test binary, see TestMain) and
// returns its API URL and the command, which the caller kills.
func (e *prodEnv) startProcess() (string, *exec.Cmd) {
	e.t.Helper()
	args, _ := json.Marshal(e.args)
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), envChild+"="+string(args))
	for k, v := range e.env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stderr = testWriter{e.t}
	out, err := cmd.StdoutPipe()
	if err != nil {
		e.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line := make(chan string, 1)
	go func() {
		s := bufio.NewScanner(out)
		if s.Scan() {
			line <- s.Text()
		}
		close(line)
		_, _ = io.Copy(io.Discard, out)
	}()
	select {
	case url, ok := <-line:
		if !ok || !strings.HasPrefix(url, "http://") {
			e.t.Fatalf("tribed child did not start (%q)", url)
		}
		return url, cmd
	case <-time.After(2 * time.Minute):
		e.t.Fatal("tribed child did not start within 2 minutes")
	}
	return "", nil
}

// community is a community token with a campaign paying contributions, the distributor a minter of it.
type community struct {
	token    common.Address
	campaign string
	platform *client.Client
}

// setUp creates, through the API at api, a platform, a community (creator: dev key 1) and a campaign, and
// makes the distributor a minter of the token.
func (e *prodEnv) setUp(ctx context.Context, api string) community {
	e.t.Helper()
	plat, err := client.New(api, e.admin).CreatePlatform(ctx, "acme", nil, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	creatorKey := chain.DevKeys()[1]
	creator := client.New(api, "")
	if _, err := creator.Login(ctx, creatorKey, 1337); err != nil {
		e.t.Fatal(err)
	}
	m, err := creator.CreateCommunity(ctx, creatorKey, "Fault Coin", "FLT", "0", "0")
	if err != nil {
		e.t.Fatal(err)
	}
	if m, err = creator.WaitCommunity(ctx, m.ID); err != nil {
		e.t.Fatal(err)
	}
	camp, err := creator.CreateCampaign(ctx, map[string]any{"community_id": m.ID, "budget": "1000000000",
		"rules": map[string]any{"contributions": map[string]string{"post": "1"}}}, "")
	if err != nil {
		e.t.Fatal(err)
	}
	token := common.HexToAddress(m.TokenAddress)
	sendFrom(e.t, ctx, e.eth, creatorKey, token, bindings.NewCreatorToken().PackSetMinter(e.d.Distributor, true))
	return community{token: token, campaign: camp.ID, platform: client.New(api, plat.Token)}
}

// award awards amount to account and returns the HTTP status.
func (c community) award(ctx context.Context, t *testing.T, account common.Address, amount, reason string) int {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"campaign_id": c.campaign, "account": account.Hex(), "amount": amount,
		"reason": reason})
	return doJSON(ctx, t, http.MethodPost, c.platform.BaseURL+"/v1/awards", c.platform.Token, string(body), nil)
}

// doJSON makes a request and decodes a JSON answer into out (if not nil); it returns the status.
func doJSON(ctx context.Context, t *testing.T, method, url, token, body string, out any) int {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	if out != nil {
		_ = json.NewDecoder(resp.Body).Decode(out)
	}
	return resp.StatusCode
}

// relayAnswer is POST /v1/claims/relay's answer, success or error.
type relayAnswer struct {
	TxHash string `json:"tx_hash"`
	Amount string `json:"amount"`
	Status string `json:"status"`
	Error  struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// relay asks the API at api to relay the claim of fan (signed in with key) and returns the status and answer.
func relay(ctx context.Context, t *testing.T, api string, fan *client.Client, token common.Address) (int, relayAnswer) {
	t.Helper()
	var a relayAnswer
	st := doJSON(ctx, t, http.MethodPost, api+"/v1/claims/relay", fan.Token, `{"token":"`+token.Hex()+`"}`, &a)
	return st, a
}

// chainEpochs reads the distributor's active epoch and pending epoch, directly from the chain.
func (e *prodEnv) chainEpochs(ctx context.Context) (active, pending uint64) {
	e.t.Helper()
	dist := bindings.NewRewardsDistributor()
	inst := dist.Instance(e.eth, e.d.Distributor)
	a, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, dist.PackEpoch(), dist.UnpackEpoch)
	if err != nil {
		e.t.Fatal(err)
	}
	info, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, dist.PackPendingRootInfo(), dist.UnpackPendingRootInfo)
	if err != nil {
		e.t.Fatal(err)
	}
	return a, info.PendingEpoch
}

// balance is account's balance of token, read from the chain.
func (e *prodEnv) balance(ctx context.Context, token, account common.Address) *big.Int {
	e.t.Helper()
	tok := bindings.NewCreatorToken()
	b, err := bind.Call(tok.Instance(e.eth, token), &bind.CallOpts{Context: ctx}, tok.PackBalanceOf(account), tok.UnpackBalanceOf)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// nonce is the number of transactions tribed's key has had mined.
func (e *prodEnv) nonce(ctx context.Context) uint64 {
	e.t.Helper()
	n, err := e.eth.NonceAt(ctx, e.from, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}
