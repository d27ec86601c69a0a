package api

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/go-redis/redis_rate/v10"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/claims"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/txmgr"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// guzzlerRounds makes GasGuzzler's mint burn about 10M gas (450 fresh storage slots), as in the attack: a
// campaign naming it as its token made each relayed 1-unit claim burn ~10.3M gas of the service key.
const guzzlerRounds = 450

// relayWorld is the API over a simulated chain with tribe deployed, a real transaction manager sending from
// the service key (the harness's voucher signer), and the claims relayer, all through the real router.
type relayWorld struct {
	*testAPI
	h        *chaintest.Harness
	relayer  *claims.Relayer
	registry *prometheus.Registry
	service  common.Address
	plat     platformResponse
}

// relaySetup adjusts the relayer of a relayWorld.
type relaySetup struct {
	cfg                claims.Config
	accountGas, global uint64
	sources            func(*claims.FactorySources) claims.Sources // nil: the factory's
	poll               time.Duration                               // txmgr's receipt polling (10 ms if 0)
}

func newRelayWorld(t *testing.T, edit func(*relaySetup)) *relayWorld {
	t.Helper()
	h := chaintest.New(t)
	set := relaySetup{accountGas: claims.DefaultAccountGasPerHour, global: claims.DefaultGlobalGasPerHour}
	if edit != nil {
		edit(&set)
	}
	w := &relayWorld{h: h, registry: prometheus.NewRegistry(), service: h.Addr(h.Signer)}
	if set.poll == 0 {
		set.poll = 10 * time.Millisecond
	}
	txm, err := txmgr.New(h.Client, txmgr.Config{ChainID: h.ChainID, Key: h.Signer, PollInterval: set.poll,
		RPCTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	w.testAPI = newTestAPI(t, withRelayer(func(store *ledger.Store, rdb redis.UniversalClient, prefix string) Relayer {
		var sources claims.Sources = claims.NewFactorySources(store, h.Client, h.Deployment.Factory)
		if set.sources != nil {
			sources = set.sources(sources.(*claims.FactorySources))
		}
		cfg := set.cfg
		cfg.Distributor, cfg.From, cfg.Prefix, cfg.Registry = h.Deployment.Distributor, w.service, prefix, w.registry
		cfg.Logger = slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
		r, err := claims.New(cfg, claims.Deps{
			Ledger: store, InFlight: store, Chain: h.Client, Sender: txm, Sources: sources,
			Signer:  voucher.NewSigner(h.Signer, h.ChainID, h.Deployment.Distributor),
			Budget:  claims.NewRedisBudget(rdb, prefix, set.accountGas, set.global),
			Limiter: redis_rate.NewLimiter(rdb),
		})
		if err != nil {
			t.Fatal(err)
		}
		w.relayer = r
		return r
	}))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := w.relayer.Stop(ctx); err != nil {
			t.Errorf("relayer stop: %v", err)
		}
	})
	w.plat = w.platform(t, nil, nil)
	return w
}

// campaignOf stores a campaign paying token straight in the ledger — as a campaign of an attacker's would be
// stored before campaign authority is checked — and returns its id.
func (w *relayWorld) campaignOf(t *testing.T, token common.Address) string {
	t.Helper()
	id := "camp-" + token.Hex()[2:10]
	c := &rewards.Campaign{ID: id, CommunityID: "com-" + id, Creator: rewards.Address(account(99)),
		RewardToken: rewards.Address(token), Budget: mustAmount(t, "1000000000000")}
	if err := w.ledger.CreateCampaign(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	// Stored as a campaign made before campaigns were checked on-chain was, whose token answers creator().
	w.chain.setCreator(token, account(99))
	return id
}

// earn awards amount of the campaign's token to fan through POST /v1/awards.
func (w *relayWorld) earn(t *testing.T, campaign string, fan common.Address, amount string) {
	t.Helper()
	w.post(t, "/v1/awards", w.plat.Token, award(campaign, fan, amount, "post")).want(t, http.StatusCreated)
}

// factoryToken is a CreatorToken made by the factory, in mint mode, with a campaign paying it.
func (w *relayWorld) factoryToken(t *testing.T, symbol string) (common.Address, string) {
	t.Helper()
	token := w.h.MintModeToken(w.h.Keys[5], symbol, new(big.Int))
	return token, w.campaignOf(t, token)
}

// keyState is what a refused relay must leave unchanged: the service key's nonces and ETH balance.
type keyState struct {
	nonce, pending uint64
	balance        string
}

func (w *relayWorld) keyState(t *testing.T) keyState {
	t.Helper()
	ctx := context.Background()
	n, err := w.h.Client.NonceAt(ctx, w.service, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := w.h.Client.PendingNonceAt(ctx, w.service)
	if err != nil {
		t.Fatal(err)
	}
	b, err := w.h.Client.BalanceAt(ctx, w.service, nil)
	if err != nil {
		t.Fatal(err)
	}
	return keyState{nonce: n, pending: p, balance: b.String()}
}

// nothingSent fails t unless the service key is as it was: no transaction sent, no gas paid.
func (w *relayWorld) nothingSent(t *testing.T, before keyState) {
	t.Helper()
	w.h.Sim.Commit() // anything sent would now be mined and paid for
	if after := w.keyState(t); after != before {
		t.Fatalf("a refused relay sent a transaction: service key %+v, then %+v", before, after)
	}
}

// relay asks for fan's claim of token to be relayed.
func (w *relayWorld) relay(t *testing.T, fan *wallet, token common.Address) *result {
	t.Helper()
	return w.post(t, "/v1/claims/relay", fan.token, map[string]string{"token": token.Hex()})
}

// mined commits a block and waits for the relayed transaction, which must succeed.
func (w *relayWorld) mined(t *testing.T, r *result) relayResponse {
	t.Helper()
	var out relayResponse
	r.want(t, http.StatusAccepted).decode(t, &out)
	if out.Status != claims.StatusSent {
		t.Fatalf("relay %+v, want sent", out)
	}
	w.h.Sim.Commit()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rec, err := bind.WaitMined(ctx, w.h.Client, common.HexToHash(out.TxHash))
	if err != nil || rec.Status != 1 {
		t.Fatalf("relayed transaction %s: %+v %v", out.TxHash, rec, err)
	}
	tx, _, err := w.h.Client.TransactionByHash(ctx, rec.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Gas() > claims.DefaultMaxGas || rec.GasUsed > tx.Gas() {
		t.Fatalf("a relayed claim was sent with gas limit %d (used %d): over the ceiling", tx.Gas(), rec.GasUsed)
	}
	return out
}

// refusals is tribe_relay_refusals_total{reason}.
func (w *relayWorld) refusals(reason string) float64 {
	return counter(w.registry, "tribe_relay_refusals_total", "reason", reason)
}

// counter is the value of the counter name (with label=value, if label is set) in reg; 0 if absent.
func counter(reg prometheus.Gatherer, name, label, value string) float64 {
	mfs, _ := reg.Gather()
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if label == "" {
				return m.GetCounter().GetValue()
			}
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

// TestRelayRefusesHostileToken is the attack: a campaign names a contract of the attacker's as its token, the
// attacker earns 1 unit and asks for the claim to be relayed. The token's mint burns ~10M gas; before the
// relay checked its payout sources, the service sent the claim and paid for it all. Now it is refused with
// source_not_relayable, nothing is sent, and the service key's nonce and balance are unchanged.
func TestRelayRefusesHostileToken(t *testing.T) {
	t.Parallel()
	w := newRelayWorld(t, nil)
	attacker := w.wallet(t, "attacker")
	guzzler := w.h.DeployContract(w.h.Keys[6], mocks.GasGuzzlerMetaData.Bin,
		mocks.NewGasGuzzler().PackConstructor(big.NewInt(guzzlerRounds)))
	w.earn(t, w.campaignOf(t, guzzler), attacker.addr, "1")

	before := w.keyState(t)
	w.relay(t, attacker, guzzler).wantError(t, http.StatusUnprocessableEntity, "source_not_relayable")
	w.nothingSent(t, before)
	if n := w.refusals("unknown_source"); n != 1 {
		t.Errorf("tribe_relay_refusals_total{reason=unknown_source} = %v, want 1", n)
	}
	// Nothing is left in flight: the next request is refused again, not answered with a transaction.
	w.relay(t, attacker, guzzler).wantError(t, http.StatusUnprocessableEntity, "source_not_relayable")
	w.nothingSent(t, before)
}

// allSources relays for anything: a payout-source check that let a hostile token through.
type allSources struct{}

func (allSources) Relayable(context.Context, common.Address) (bool, error) { return true, nil }

// TestRelayGasCeiling: a claim estimated above the ceiling is refused before anything is sent — a hostile
// token that got past the source check, and a factory token under a ceiling set below what it costs.
func TestRelayGasCeiling(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		setup  func(*relaySetup)
		token  func(w *relayWorld) common.Address
		amount string
	}{
		{"hostile token past the source check",
			func(s *relaySetup) {
				s.sources = func(*claims.FactorySources) claims.Sources { return allSources{} }
			},
			func(w *relayWorld) common.Address {
				return w.h.DeployContract(w.h.Keys[6], mocks.GasGuzzlerMetaData.Bin,
					mocks.NewGasGuzzler().PackConstructor(big.NewInt(guzzlerRounds)))
			}, "1"},
		{"factory token over a low ceiling",
			func(s *relaySetup) { s.cfg.MaxGas = 60_000 },
			func(w *relayWorld) common.Address {
				return w.h.MintModeToken(w.h.Keys[5], "LOW", new(big.Int))
			}, "1000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newRelayWorld(t, tt.setup)
			fan := w.wallet(t, "fan")
			token := tt.token(w)
			w.earn(t, w.campaignOf(t, token), fan.addr, tt.amount)
			before := w.keyState(t)
			w.relay(t, fan, token).wantError(t, http.StatusUnprocessableEntity, "relay_gas_ceiling")
			w.nothingSent(t, before)
			if n := w.refusals("gas_ceiling"); n != 1 {
				t.Errorf("tribe_relay_refusals_total{reason=gas_ceiling} = %v, want 1", n)
			}
		})
	}
}

// TestRelayBudgets: once a relay has used an account's gas budget, the next relay of that account is 429 with
// Retry-After; once the service's budget is used, any account's is 503 relay_budget_exhausted with
// Retry-After. Nothing is sent either way.
func TestRelayBudgets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name               string
		accountGas, global uint64
		otherFan           bool // the second relay is another fan's
		status             int
		code, reason       string
	}{
		{"account", 200_000, 50_000_000, false, http.StatusTooManyRequests, "relay_account_budget_exhausted", "account_budget"},
		{"global", 1_000_000, 200_000, true, http.StatusServiceUnavailable, "relay_budget_exhausted", "global_budget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := newRelayWorld(t, func(s *relaySetup) { s.accountGas, s.global = tt.accountGas, tt.global })
			fan, other := w.wallet(t, "fan"), w.wallet(t, "other fan")
			tokenA, campA := w.factoryToken(t, "BGA")
			tokenB, campB := w.factoryToken(t, "BGB")
			w.earn(t, campA, fan.addr, "500")
			w.earn(t, campB, fan.addr, "700")
			w.earn(t, campB, other.addr, "900")

			w.mined(t, w.relay(t, fan, tokenA))
			second := fan
			if tt.otherFan {
				second = other
			}
			before := w.keyState(t)
			r := w.relay(t, second, tokenB).wantError(t, tt.status, tt.code)
			if s, err := strconv.Atoi(r.Header.Get("Retry-After")); err != nil || s < 1 || s > 3600 {
				t.Fatalf("Retry-After %q", r.Header.Get("Retry-After"))
			}
			w.nothingSent(t, before)
			if n := w.refusals(tt.reason); n != 1 {
				t.Errorf("tribe_relay_refusals_total{reason=%s} = %v, want 1", tt.reason, n)
			}
			if b := w.h.BalanceOf(tokenB, second.addr); b.Sign() != 0 {
				t.Fatalf("refused relay paid %s", b)
			}
		})
	}
}

// TestRelayMinimum: a claimable amount below the relay minimum is 422 below_relay_minimum, nothing sent;
// at the minimum it is relayed.
func TestRelayMinimum(t *testing.T) {
	t.Parallel()
	w := newRelayWorld(t, func(s *relaySetup) { s.cfg.MinAmount = big.NewInt(100) })
	fan := w.wallet(t, "fan")
	token, camp := w.factoryToken(t, "MIN")
	w.earn(t, camp, fan.addr, "99")
	before := w.keyState(t)
	w.relay(t, fan, token).wantError(t, http.StatusUnprocessableEntity, "below_relay_minimum")
	w.nothingSent(t, before)

	w.earn(t, camp, fan.addr, "1")
	w.mined(t, w.relay(t, fan, token))
	if b := w.h.BalanceOf(token, fan.addr); b.Cmp(big.NewInt(100)) != 0 {
		t.Fatalf("balance %s, want 100", b)
	}
}

// TestRelayFactoryToken: a relay of the factory's token works end to end: 202 with the transaction, the fan's
// balance on-chain, gas used counted; once it is mined, a new relay has nothing to claim; after Stop nothing
// is sent.
func TestRelayFactoryToken(t *testing.T) {
	t.Parallel()
	w := newRelayWorld(t, nil)
	fan := w.wallet(t, "fan")
	token, camp := w.factoryToken(t, "OK")
	w.earn(t, camp, fan.addr, "60")

	out := w.mined(t, w.relay(t, fan, token))
	if out.Amount != "60" || out.CumulativeAmount != "60" {
		t.Fatalf("relay %+v", out)
	}
	if b := w.h.BalanceOf(token, fan.addr); b.Cmp(big.NewInt(60)) != 0 {
		t.Fatalf("fan balance %s, want 60", b)
	}
	// The relayer forgets the relay once it has seen the receipt; then there is nothing left to claim.
	deadline := time.Now().Add(10 * time.Second)
	for {
		r := w.relay(t, fan, token)
		if r.Status == http.StatusUnprocessableEntity {
			r.wantError(t, http.StatusUnprocessableEntity, "nothing_to_claim")
			break
		}
		r.want(t, http.StatusAccepted)
		if time.Now().After(deadline) {
			t.Fatal("the relay stayed in flight after it was mined")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The gas used is counted when the relayer sees the receipt, which may be after the chain showed the claim.
	for used := counter(w.registry, "tribe_relay_gas_used_total", "", ""); used == 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		used = counter(w.registry, "tribe_relay_gas_used_total", "", "")
	}
	if used := counter(w.registry, "tribe_relay_gas_used_total", "", ""); used < 40_000 || used > claims.DefaultMaxGas {
		t.Errorf("tribe_relay_gas_used_total = %v", used)
	}

	// Stopped: nothing more is sent.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := w.relayer.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	w.earn(t, camp, fan.addr, "5")
	before := w.keyState(t)
	w.relay(t, fan, token).wantError(t, http.StatusServiceUnavailable, "unavailable")
	w.nothingSent(t, before)
}

// TestRelayRightAfterMined asks for a relay as soon as the previous one is mined, before the relayer has seen
// its receipt (txmgr polls for it only every few seconds here): the answer is what is true on the chain — the
// new claim when more was earned, nothing_to_claim when not — never the old transaction as in flight.
func TestRelayRightAfterMined(t *testing.T) {
	t.Parallel()
	w := newRelayWorld(t, func(s *relaySetup) { s.poll = 5 * time.Second })
	fan := w.wallet(t, "fan")
	token, camp := w.factoryToken(t, "NOW")
	w.earn(t, camp, fan.addr, "60")
	first := w.mined(t, w.relay(t, fan, token))

	// Mined, and nothing new earned: nothing to claim.
	w.relay(t, fan, token).wantError(t, http.StatusUnprocessableEntity, "nothing_to_claim")

	// More earned: the new claim is sent, for the difference.
	w.earn(t, camp, fan.addr, "5")
	second := w.mined(t, w.relay(t, fan, token))
	if second.TxHash == first.TxHash || second.Amount != "5" || second.CumulativeAmount != "65" {
		t.Fatalf("relay after the first was mined: %+v (first %+v); want a new transaction paying 5 of 65", second, first)
	}
	if b := w.h.BalanceOf(token, fan.addr); b.Cmp(big.NewInt(65)) != 0 {
		t.Fatalf("fan balance %s, want 65", b)
	}

	// While the second is in flight (sent, not mined), a request gets it, and sends nothing.
	w.earn(t, camp, fan.addr, "7")
	var third relayResponse
	w.relay(t, fan, token).want(t, http.StatusAccepted).decode(t, &third)
	if third.Status != claims.StatusSent {
		t.Fatalf("third relay %+v", third)
	}
	var again relayResponse
	w.relay(t, fan, token).want(t, http.StatusAccepted).decode(t, &again)
	if again.Status != claims.StatusInFlight || again.TxHash != third.TxHash || again.Amount != "" {
		t.Fatalf("relay while one is in flight: %+v; want in_flight %s", again, third.TxHash)
	}
}
