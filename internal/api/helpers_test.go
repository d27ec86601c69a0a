package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/settle"
	"github.com/tribe-rewards/tribe/internal/voucher"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

// The test deployment.
const (
	testDomain   = "tribe.test"
	testURI      = "https://tribe.test"
	testMaxBody  = 256 << 10
	testIssuer   = "tribe-test"
	testAudience = "tribe-api"
)

var (
	testChainID     = big.NewInt(1337)
	testFactory     = common.HexToAddress("0xFAc7000000000000000000000000000000000001")
	testDistributor = common.HexToAddress("0xD157000000000000000000000000000000000002")
	testSignerKey   = mustKey("tribe api test voucher signer")
	testSigner      = crypto.PubkeyToAddress(testSignerKey.PublicKey)
	testSecret      = []byte("tribe-api-test-secret-0123456789abcdef")
	testStart       = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
)

func mustKey(seed string) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		panic(err)
	}
	return key
}

// ---------------------------------------------------------------------------
// The OpenAPI document every request and response of the tests is checked against.

var spec struct {
	once   sync.Once
	doc    *openapi3.T
	router routers.Router
	err    error
}

// openAPI loads, validates and routes openapi.yaml, once per test binary.
func openAPI(t testing.TB) (*openapi3.T, routers.Router) {
	t.Helper()
	spec.once.Do(func() {
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(openapiYAML)
		if err != nil {
			spec.err = fmt.Errorf("load openapi.yaml: %w", err)
			return
		}
		if err := doc.Validate(context.Background()); err != nil {
			spec.err = fmt.Errorf("openapi.yaml is not a valid OpenAPI document: %w", err)
			return
		}
		router, err := legacy.NewRouter(doc)
		if err != nil {
			spec.err = fmt.Errorf("route openapi.yaml: %w", err)
			return
		}
		spec.doc, spec.router = doc, router
	})
	if spec.err != nil {
		t.Fatal(spec.err)
	}
	return spec.doc, spec.router
}

var validationOptions = &openapi3filter.Options{
	AuthenticationFunc:    openapi3filter.NoopAuthenticationFunc, // the server checks tokens; the document only declares them
	IncludeResponseStatus: true,                                  // a status the document does not list is a mismatch
	MultiError:            false,
}

// ---------------------------------------------------------------------------
// Deterministic fakes.

// testClock is the settable clock of the API, the ledger and the token issuer.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// fakeChain answers Claimed from a map and predicts token addresses as keccak256(creator, salt); a predicted
// token is live with that creator (as if deployed at once) until setCreator changes it.
type fakeChain struct {
	mu       sync.Mutex
	claimed  map[[2]common.Address]*big.Int // (token, account) -> claimed
	creators map[common.Address]common.Address
	pools    map[common.Address]access.Pool
	decimals map[common.Address]uint8 // tokens that implement decimals(); the others do not
	reads    map[common.Address]int   // decimals() calls per token
	err      error                    // returned by every call when set
}

func (f *fakeChain) Decimals(_ context.Context, token common.Address) (uint8, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return 0, false, f.err
	}
	if f.reads == nil {
		f.reads = map[common.Address]int{}
	}
	f.reads[token]++
	d, ok := f.decimals[token]
	return d, ok, nil
}

// setDecimals makes token answer decimals() with d.
func (f *fakeChain) setDecimals(token common.Address, d uint8) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.decimals == nil {
		f.decimals = map[common.Address]uint8{}
	}
	f.decimals[token] = d
}

func (f *fakeChain) Token(_ context.Context, token common.Address) (access.Token, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return access.Token{}, f.err
	}
	c, ok := f.creators[token]
	return access.Token{Address: token, Live: ok, Creator: c}, nil
}

func (f *fakeChain) Pool(_ context.Context, pool common.Address) (access.Pool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return access.Pool{}, f.err
	}
	p, ok := f.pools[pool]
	if !ok {
		return access.Pool{Address: pool}, nil
	}
	return p, nil
}

// setCreator makes creator the token's creator() (zero: renounced).
func (f *fakeChain) setCreator(token, creator common.Address) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.creators[token] = creator
}

// setPool makes the distributor report p.
func (f *fakeChain) setPool(p access.Pool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pools[p.Address] = p
}

func (f *fakeChain) Claimed(_ context.Context, token, account common.Address) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if v, ok := f.claimed[[2]common.Address{token, account}]; ok {
		return new(big.Int).Set(v), nil
	}
	return new(big.Int), nil
}

func (f *fakeChain) PredictToken(_ context.Context, creator common.Address, salt [32]byte) (common.Address, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return common.Address{}, f.err
	}
	token := predictToken(creator, salt)
	f.creators[token] = creator
	return token, nil
}

func predictToken(creator common.Address, salt [32]byte) common.Address {
	return common.BytesToAddress(crypto.Keccak256(creator[:], salt[:])[12:])
}

func (f *fakeChain) setClaimed(token, account common.Address, v int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.claimed[[2]common.Address{token, account}] = big.NewInt(v)
}

func (f *fakeChain) fail(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.err = err
}

// fakeRoots is the distributor's root bookkeeping as a settle.Proposer sees it: a proposed root is pending
// until activate.
type fakeRoots struct {
	mu                          sync.Mutex
	active, pending             uint64
	activeRoot, pendingRootHash common.Hash
}

func (f *fakeRoots) ProposeRoot(_ context.Context, root common.Hash, epoch uint64, _ []settle.Commitment) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.pending != 0 {
		return nil, fmt.Errorf("fake chain: epoch %d is pending", f.pending)
	}
	f.pending, f.pendingRootHash = epoch, root
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: crypto.Keccak256Hash(root[:])}, nil
}

func (f *fakeRoots) OnChainEpoch(context.Context) (uint64, uint64, common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.active, f.pending, f.pendingRootHash, nil
}

func (f *fakeRoots) ActiveRoot(context.Context) (common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.activeRoot, nil
}

// activate ends the pending root's dispute window.
func (f *fakeRoots) activate() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.pending != 0 {
		f.active, f.activeRoot, f.pending, f.pendingRootHash = f.pending, f.pendingRootHash, 0, common.Hash{}
	}
}

// fakeCommunities stores a submitted community as pending with a made-up transaction hash, as the relayer
// does once it has sent the transaction, and records the call.
type fakeCommunities struct {
	store *ledger.Store
	mu    sync.Mutex
	calls []ledger.Community
}

func (f *fakeCommunities) Submit(ctx context.Context, c ledger.Community) (*ledger.Community, error) {
	c.Status = ledger.CommunityPending
	c.TxHash = crypto.Keccak256Hash([]byte("tx:" + c.ID)).Hex()
	if err := f.store.CreateCommunity(ctx, c); err != nil {
		return nil, err
	}
	f.mu.Lock()
	f.calls = append(f.calls, c)
	f.mu.Unlock()
	return &c, nil
}

func (f *fakeCommunities) submitted() []ledger.Community {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]ledger.Community(nil), f.calls...)
}

// ---------------------------------------------------------------------------
// The harness.

type harnessConfig struct {
	rateLimit    int
	walletLimits [3]int // communities, campaigns, platform changes per wallet per hour
	caches       int    // per-replica cache sizes (0: the default)
	quiet        bool
	relayer      func(store *ledger.Store, rdb redis.UniversalClient, prefix string) Relayer
	epochs       bool
}

type harnessOption func(*harnessConfig)

// withRateLimit sets the platforms' requests per second.
func withRateLimit(n int) harnessOption { return func(c *harnessConfig) { c.rateLimit = n } }

// withRelayer builds the API's claim relayer over the harness's ledger, Redis and key prefix.
func withRelayer(fn func(store *ledger.Store, rdb redis.UniversalClient, prefix string) Relayer) harnessOption {
	return func(c *harnessConfig) { c.relayer = fn }
}

// withEpochs serves epochs from a real settle.Settler over the harness's ledger, proposing to a fake chain
// (testAPI.settler, testAPI.roots).
func withEpochs() harnessOption { return func(c *harnessConfig) { c.epochs = true } }

// withWalletLimits sets the per-wallet limits per hour: communities, campaigns, platform changes.
func withWalletLimits(communities, campaigns, platforms int) harnessOption {
	return func(c *harnessConfig) { c.walletLimits = [3]int{communities, campaigns, platforms} }
}

// withCacheSize sets every per-replica cache's size.
func withCacheSize(n int) harnessOption { return func(c *harnessConfig) { c.caches = n } }

// quiet discards the API's log (fuzz targets may not log through their *testing.F).
func quiet() harnessOption { return func(c *harnessConfig) { c.quiet = true } }

// testAPI is an API over a real Redis (a fresh key prefix), a real token issuer, a fake chain and relayer,
// and a settable clock.
type testAPI struct {
	api    *API
	ledger *ledger.Store
	issuer *auth.Issuer
	clock  *testClock
	chain  *fakeChain
	comms  *fakeCommunities
	admin  string // an admin token
	rdb    redis.UniversalClient
	prefix string // the ledger's key prefix
	// settler and roots are set by withEpochs.
	settler *settle.Settler
	roots   *fakeRoots
}

func newTestAPI(t testing.TB, opts ...harnessOption) *testAPI {
	t.Helper()
	// The per-wallet limits are out of the way unless a test sets them.
	cfg := harnessConfig{rateLimit: 1_000_000, walletLimits: [3]int{1_000_000, 1_000_000, 1_000_000}}
	for _, o := range opts {
		o(&cfg)
	}
	openAPI(t)
	rdb := ledgertest.Redis(t)
	clk := &testClock{t: testStart}
	prefix := ledgertest.Prefix(t)
	store := ledger.New(rdb, ledger.Options{Prefix: prefix, Now: clk.Now})
	issuer, err := auth.NewIssuer(testSecret, testIssuer, testAudience, clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	logger := slog.New(slog.DiscardHandler)
	if !cfg.quiet {
		logger = slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	h := &testAPI{
		ledger: store, issuer: issuer, clock: clk, rdb: rdb, prefix: prefix,
		chain: &fakeChain{claimed: map[[2]common.Address]*big.Int{}, creators: map[common.Address]common.Address{},
			pools: map[common.Address]access.Pool{}},
		comms: &fakeCommunities{store: store},
	}
	var relayer Relayer
	if cfg.relayer != nil {
		relayer = cfg.relayer(store, rdb, prefix)
	}
	var epochs Epochs
	if cfg.epochs {
		h.roots = &fakeRoots{}
		h.settler = settle.New(rdb, store, h.roots, settle.Config{Prefix: prefix, Now: clk.Now, Owner: "api-test", Logger: logger})
		t.Cleanup(h.settler.Stop)
		epochs = h.settler
	}
	h.api = New(Deps{
		Config: Config{SIWEDomain: testDomain, SIWEURI: testURI, MaxBodyBytes: testMaxBody, RateLimit: cfg.rateLimit,
			SessionTTL: 24 * time.Hour, PlatformTTL: 30 * 24 * time.Hour, NonceTTL: 10 * time.Minute,
			CommunitiesPerHour: cfg.walletLimits[0], CampaignsPerHour: cfg.walletLimits[1], PlatformsPerHour: cfg.walletLimits[2],
			CampaignCache: cfg.caches, PlatformCache: cfg.caches, WebhooksAllowPrivate: true},
		Webhooks:    webhooks.NewStore(rdb, prefix, clk.Now),
		Ledger:      store,
		Issuer:      issuer,
		Chain:       h.chain,
		Communities: h.comms,
		Info: ChainInfo{ChainID: testChainID, Factory: testFactory, Distributor: testDistributor,
			Signers: []common.Address{testSigner}, RPCURL: "http://127.0.0.1:8545"},
		Vouchers: voucher.NewSigner(testSignerKey, testChainID, testDistributor),
		Relayer:  relayer,
		Epochs:   epochs,
		Logger:   logger,
		Now:      clk.Now,
	})
	h.admin, _, err = issuer.Issue("admin", auth.RoleAdmin, nil, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// tWriter sends log lines to t.Log, so they show with the failing test.
type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

// ---------------------------------------------------------------------------
// Requests.

// call is one HTTP request to the API.
type call struct {
	method, path string
	token        string            // bearer token, if any
	body         any               // nil: no body; string or []byte: sent as is; anything else: JSON
	header       map[string]string // extra headers
	chunked      bool              // send the body without a Content-Length
}

// result is a response, with the document's verdict on the request.
type result struct {
	Status int
	Header http.Header
	Body   []byte
	// ReqErr is why openapi.yaml refuses the request (nil if it accepts it).
	ReqErr error
}

// do sends c through the real router and checks the exchange against openapi.yaml: the response must match
// the document (status listed, headers and body matching their schemas), and a request the server accepts
// (2xx) must be one the document accepts. An undocumented route must be answered 404 or 405 in the error
// shape.
func (h *testAPI) do(t testing.TB, c call) *result {
	t.Helper()
	var raw []byte
	switch b := c.body.(type) {
	case nil:
	case string:
		raw = []byte(b)
	case []byte:
		raw = b
	default:
		var err error
		if raw, err = json.Marshal(b); err != nil {
			t.Fatalf("marshal request body: %v", err)
		}
	}
	newRequest := func(chunked bool) *http.Request {
		var body io.Reader
		if c.body != nil {
			body = bytes.NewReader(raw)
			if chunked {
				body = io.MultiReader(body) // hides the length: ContentLength -1
			}
		}
		req := httptest.NewRequest(c.method, c.path, body)
		if c.body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		if c.token != "" {
			req.Header.Set("Authorization", "Bearer "+c.token)
		}
		for k, v := range c.header {
			req.Header.Set(k, v)
		}
		return req
	}
	req := newRequest(c.chunked)
	if c.chunked && req.ContentLength != -1 {
		t.Fatalf("chunked request has ContentLength %d", req.ContentLength)
	}
	rec := httptest.NewRecorder()
	h.api.Handler().ServeHTTP(rec, req)
	res := &result{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	res.ReqErr = checkExchange(t, newRequest(false), res)
	return res
}

// checkExchange validates req and res against openapi.yaml and returns the document's verdict on req.
func checkExchange(t testing.TB, req *http.Request, res *result) error {
	t.Helper()
	doc, router := openAPI(t)
	ctx := context.Background()
	route, params, err := router.FindRoute(req)
	if err != nil {
		// Not an operation of the document: the server must say so, in the error shape.
		if res.Status != http.StatusNotFound && res.Status != http.StatusMethodNotAllowed {
			t.Errorf("%s %s is not in openapi.yaml but answered %d", req.Method, req.URL, res.Status)
		}
		var v any
		if err := json.Unmarshal(res.Body, &v); err != nil {
			t.Errorf("%s %s: error body is not JSON: %v: %s", req.Method, req.URL, err, res.Body)
			return err
		}
		if err := doc.Components.Schemas["Error"].Value.VisitJSON(v); err != nil {
			t.Errorf("%s %s: error body does not match the Error schema: %v", req.Method, req.URL, err)
		}
		return err
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: validationOptions}
	reqErr := openapi3filter.ValidateRequest(ctx, in)
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.Status, Header: res.Header,
		Options: validationOptions}
	out.SetBodyBytes(res.Body)
	if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
		t.Errorf("%s %s → %d: the response does not match openapi.yaml: %v\nbody: %s", req.Method, req.URL, res.Status, err, res.Body)
	}
	if res.Status < 300 && reqErr != nil {
		t.Errorf("%s %s → %d: the server accepted a request openapi.yaml refuses: %v", req.Method, req.URL, res.Status, reqErr)
	}
	return reqErr
}

func (h *testAPI) get(t testing.TB, path, token string) *result {
	t.Helper()
	return h.do(t, call{method: http.MethodGet, path: path, token: token})
}

func (h *testAPI) post(t testing.TB, path, token string, body any, header ...string) *result {
	t.Helper()
	c := call{method: http.MethodPost, path: path, token: token, body: body, header: map[string]string{}}
	for i := 0; i+1 < len(header); i += 2 {
		c.header[header[i]] = header[i+1]
	}
	return h.do(t, c)
}

func (h *testAPI) put(t testing.TB, path, token string, body any) *result {
	t.Helper()
	return h.do(t, call{method: http.MethodPut, path: path, token: token, body: body})
}

// want fails t unless the response has status, and returns it for chaining.
func (r *result) want(t testing.TB, status int) *result {
	t.Helper()
	if r.Status != status {
		t.Fatalf("status %d, want %d; body: %s", r.Status, status, r.Body)
	}
	return r
}

// wantError fails t unless the response is the error shape with status and code.
func (r *result) wantError(t testing.TB, status int, code string) *result {
	t.Helper()
	r.want(t, status)
	var e errorBody
	if err := json.Unmarshal(r.Body, &e); err != nil || e.Error == nil {
		t.Fatalf("not an error body (%v): %s", err, r.Body)
	}
	if code != "" && e.Error.Code != code {
		t.Fatalf("error code %q, want %q; body: %s", e.Error.Code, code, r.Body)
	}
	return r
}

func (r *result) decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("decode %s: %v", r.Body, err)
	}
}

// ---------------------------------------------------------------------------
// Principals.

// wallet is a test account with its key and, once signed in, its token.
type wallet struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	token string
}

// newWallet derives a wallet from name, so tests are deterministic.
func newWallet(t testing.TB, name string) *wallet {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("tribe api test wallet " + name)))
	if err != nil {
		t.Fatal(err)
	}
	return &wallet{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// personalSign is EIP-191 personal_sign, as a wallet does it (v = 27 or 28).
func personalSign(t testing.TB, key *ecdsa.PrivateKey, text string) []byte {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// nonce gets a sign-in nonce.
func (h *testAPI) nonce(t testing.TB) string {
	t.Helper()
	var n nonceResponse
	h.post(t, "/v1/auth/nonce", "", nil).want(t, http.StatusOK).decode(t, &n)
	return n.Nonce
}

// siweMessage is the sign-in message a wallet would sign for this API now.
func (h *testAPI) siweMessage(w *wallet, nonce string) auth.Message {
	now := h.clock.Now()
	exp := now.Add(10 * time.Minute)
	return auth.Message{Scheme: "https", Domain: testDomain, Address: w.addr, Statement: "Sign in to tribe.",
		URI: testURI + "/login", Version: "1", ChainID: testChainID.Uint64(), Nonce: nonce, IssuedAt: now,
		ExpirationTime: &exp}
}

// login signs w in with Ethereum (nonce, EIP-4361 message, personal_sign, login) and keeps its token.
func (h *testAPI) login(t testing.TB, w *wallet) *wallet {
	t.Helper()
	msg := h.siweMessage(w, h.nonce(t))
	text := msg.String()
	var out loginResponse
	h.post(t, "/v1/auth/login", "", map[string]string{"message": text, "signature": hexutil.Encode(personalSign(t, w.key, text))}).
		want(t, http.StatusOK).decode(t, &out)
	if out.Address != w.addr.Hex() {
		t.Fatalf("logged in as %s, want %s", out.Address, w.addr.Hex())
	}
	w.token = out.Token
	return w
}

// wallet returns a signed-in wallet.
func (h *testAPI) wallet(t testing.TB, name string) *wallet {
	t.Helper()
	return h.login(t, newWallet(t, name))
}

// platform registers a platform through the API (as admin) and returns it with its token. nil scopes or
// campaigns mean all.
func (h *testAPI) platform(t testing.TB, scopes, campaigns []string) platformResponse {
	t.Helper()
	body := map[string]any{"name": "test platform"}
	if scopes != nil {
		body["scopes"] = scopes
	}
	if campaigns != nil {
		body["campaigns"] = campaigns
	}
	var p platformResponse
	h.post(t, "/v1/platforms", h.admin, body).want(t, http.StatusCreated).decode(t, &p)
	return p
}

// community creates a community for w through the API: request, EIP-712 signature, creation.
func (h *testAPI) community(t testing.TB, w *wallet) communityResponse {
	t.Helper()
	var req communityRequestResponse
	h.post(t, "/v1/communities/request", w.token, map[string]any{"name": "Fans of " + w.addr.Hex()[:8],
		"symbol": "FAN", "max_supply": "0", "creator_allocation": "0"}).want(t, http.StatusOK).decode(t, &req)
	var out communityResponse
	h.post(t, "/v1/communities", w.token, signedCommunity(t, w, req.Request, w.key)).
		want(t, http.StatusAccepted).decode(t, &out)
	return out
}

// signedCommunity is r with key's EIP-712 CreateToken signature for creator w, as a wallet would send it.
func signedCommunity(t testing.TB, w *wallet, r communityRequest, key *ecdsa.PrivateKey) map[string]any {
	t.Helper()
	salt, err := hexutil.Decode(r.Salt)
	if err != nil || len(salt) != 32 {
		t.Fatalf("salt %q", r.Salt)
	}
	ct := voucher.CreateToken{Creator: w.addr, Name: r.Name, Symbol: r.Symbol, MaxSupply: r.MaxSupply.Big(),
		CreatorAllocation: r.CreatorAllocation.Big(), Salt: [32]byte(salt), Deadline: big.NewInt(r.Deadline)}
	sig, err := voucher.SignCreateToken(key, voucher.FactoryDomainSeparator(testChainID, testFactory), ct)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]any{"name": r.Name, "symbol": r.Symbol, "max_supply": r.MaxSupply.String(),
		"creator_allocation": r.CreatorAllocation.String(), "salt": r.Salt, "deadline": r.Deadline,
		"signature": hexutil.Encode(sig)}
}

// defaultRules pay referrals (100 to the referrer, 50 to the referee), contributions (post 10, review 25)
// and a 5% revenue share for 30 days.
func defaultRules() map[string]any {
	return map[string]any{
		"referral":      map[string]any{"referrer_reward": "100", "referee_reward": "50"},
		"contributions": map[string]any{"post": "10", "review": "25"},
		"revenue_share": map[string]any{"bps": 500, "window_days": 30},
	}
}

// campaign creates a campaign on community as its creator w.
func (h *testAPI) campaign(t testing.TB, w *wallet, communityID, budget string, rules map[string]any, platforms []string) campaignResponse {
	t.Helper()
	body := map[string]any{"community_id": communityID, "budget": budget, "rules": rules}
	if platforms != nil {
		body["platforms"] = platforms
	}
	var out campaignResponse
	h.post(t, "/v1/campaigns", w.token, body).want(t, http.StatusCreated).decode(t, &out)
	return out
}

// world is a harness with a creator, a community, a campaign and a platform allowed on everything.
type world struct {
	*testAPI
	creator   *wallet
	community communityResponse
	campaign  campaignResponse
	platform  platformResponse
}

// newWorld builds a world whose campaign has budget and rules (defaultRules when nil).
func newWorld(t testing.TB, budget string, rules map[string]any, opts ...harnessOption) *world {
	t.Helper()
	h := newTestAPI(t, opts...)
	if rules == nil {
		rules = defaultRules()
	}
	w := &world{testAPI: h, creator: h.wallet(t, "creator")}
	w.community = h.community(t, w.creator)
	w.campaign = h.campaign(t, w.creator, w.community.ID, budget, rules, nil)
	w.platform = h.platform(t, nil, nil)
	return w
}

// account is a deterministic test address.
func account(n int) common.Address {
	return common.BigToAddress(new(big.Int).Add(big.NewInt(0xACC0000000), big.NewInt(int64(n))))
}

// award is a direct award request body.
func award(campaignID string, to common.Address, amount, reason string) map[string]any {
	return map[string]any{"campaign_id": campaignID, "account": to.Hex(), "amount": amount, "reason": reason}
}

// snapshot is what a refused write must leave unchanged: the campaign's totals and accounts' rewards.
type snapshot struct {
	Campaign string
	Rewards  map[string]string
}

// snapshot reads the campaign (GET /v1/campaigns/{id}) and each account's rewards (with a rewards:read
// platform token).
func (h *testAPI) snapshot(t testing.TB, campaignID, readToken string, accounts ...common.Address) snapshot {
	t.Helper()
	var c campaignResponse
	h.get(t, "/v1/campaigns/"+campaignID, "").want(t, http.StatusOK).decode(t, &c)
	s := snapshot{Campaign: fmt.Sprintf("remaining=%s awarded=%s awards=%d referrals=%d holders=%d",
		c.RemainingBudget, c.Awarded, c.Awards, c.Referrals, c.Holders), Rewards: map[string]string{}}
	for _, a := range accounts {
		s.Rewards[a.Hex()] = string(h.get(t, "/v1/accounts/"+a.Hex()+"/rewards", readToken).want(t, http.StatusOK).Body)
	}
	return s
}

// unchanged fails t if the state differs from before.
func (h *testAPI) unchanged(t testing.TB, before snapshot, campaignID, readToken string, accounts ...common.Address) {
	t.Helper()
	after := h.snapshot(t, campaignID, readToken, accounts...)
	if after.Campaign != before.Campaign || !maps.Equal(after.Rewards, before.Rewards) {
		t.Fatalf("a refused request changed the state:\nbefore %+v\nafter  %+v", before, after)
	}
}

// earned returns what GET /v1/accounts/{a}/rewards says a earned of token ("0" if nothing).
func (h *testAPI) earned(t testing.TB, a common.Address, token, readToken string) tokenRewards {
	t.Helper()
	var r rewardsResponse
	h.get(t, "/v1/accounts/"+a.Hex()+"/rewards", readToken).want(t, http.StatusOK).decode(t, &r)
	for _, tr := range r.Tokens {
		if tr.Token == token {
			return tr
		}
	}
	return tokenRewards{Token: token, Earned: "0", Pending: "0", Cumulative: "0", Claimed: "0", Claimable: "0", Debt: "0"}
}

func mustAmount(t testing.TB, s string) rewards.Amount {
	t.Helper()
	v, err := rewards.ParseAmount(s)
	if err != nil {
		t.Fatalf("amount %q: %v", s, err)
	}
	return rewards.NewAmount(v)
}
