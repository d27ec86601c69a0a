package claims

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/go-redis/redis_rate/v10"

	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/txmgr"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

// TestDefaultMaxGas guards the relay's gas ceiling, like optimism's price_bump_test guards its bump: it must
// let the costliest real claim through with txmgr's headroom, and must stay close to it, since it is what a
// hostile token can make every relayed claim burn. Changing it means changing this test on purpose.
func TestDefaultMaxGas(t *testing.T) {
	t.Parallel()
	if DefaultMaxGas != 150_000 {
		t.Fatalf("DefaultMaxGas = %d: it bounds what every relayed claim may cost the service key; "+
			"re-measure (make gas) and update the comment and this test together", DefaultMaxGas)
	}
	// Measure the costliest relayed claim: a new holder's voucher claim in mint mode.
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[5], "GAS", new(big.Int))
	fan := h.Addr(h.NewKey())
	cum, deadline := big.NewInt(1_000_000), big.NewInt(int64(h.Now())+3600)
	data := VoucherCalldata(fan, token, cum, deadline, h.SignVoucher(h.Signer, fan, token, cum, deadline))
	dist := h.Deployment.Distributor
	estimate, err := h.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: h.Addr(h.Signer), To: &dist, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("new holder's voucher claim: estimated %d gas; ceiling %d", estimate, DefaultMaxGas)
	if limit, err := GasLimit(estimate, DefaultMaxGas); err != nil || limit < estimate*(100+txmgr.GasHeadroomPercent)/100 {
		t.Errorf("a real claim (%d gas) does not get its headroom under the ceiling: limit %d, %v", estimate, limit, err)
	}
	if DefaultMaxGas > 2*estimate {
		t.Errorf("ceiling %d is more than twice the costliest claim (%d): a hostile token could burn that much per relay", DefaultMaxGas, estimate)
	}
}

func TestGasLimit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		estimate, max, want uint64
		err                 error
	}{
		{100_000, 150_000, 120_000, nil},
		{125_000, 150_000, 150_000, nil}, // headroom clipped at the ceiling
		{150_000, 150_000, 150_000, nil},
		{150_001, 150_000, 0, ErrGasCeiling},
		{10_122_924, 150_000, 0, ErrGasCeiling}, // the attack
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.estimate), func(t *testing.T) {
			got, err := GasLimit(tt.estimate, tt.max)
			if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Fatalf("GasLimit(%d, %d) = %d, %v; want %d, %v", tt.estimate, tt.max, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestFromRevert(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_000_000, 0)
	tests := []struct {
		name string
		err  error
		want error
		wait time.Duration
	}{
		{"payout limit", &chain.RevertError{Name: "PayoutLimitExceeded", Args: map[string]any{"available": big.NewInt(5), "resetsAt": big.NewInt(1_000_090)}}, ErrPayoutLimit, 90 * time.Second},
		{"payout limit past", &chain.RevertError{Name: "PayoutLimitExceeded", Args: map[string]any{"resetsAt": big.NewInt(10)}}, ErrPayoutLimit, 0},
		{"nothing", &chain.RevertError{Name: "NothingToClaim"}, ErrNothingToClaim, 0},
		{"paused", fmt.Errorf("send: %w: %w", txmgr.ErrWouldRevert, &chain.RevertError{Name: "ClaimsPaused"}), ErrClaimsPaused, 0},
		{"pool", &chain.RevertError{Name: "InsufficientPool"}, ErrPoolEmpty, 0},
		{"minter", &chain.RevertError{Name: "NotMinter"}, ErrNotMinter, 0},
		{"other", &chain.RevertError{Name: "VoucherExpired"}, ErrClaimRefused, 0},
		{"not a revert", txmgr.ErrUnavailable, txmgr.ErrUnavailable, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FromRevert(tt.err, now)
			if !errors.Is(got, tt.want) {
				t.Fatalf("FromRevert = %v, want %v", got, tt.want)
			}
			var re *RetryError
			if errors.As(got, &re) != (tt.wait > 0 || tt.want == ErrPayoutLimit) || (re != nil && re.RetryAfter() != tt.wait) {
				t.Fatalf("retry %+v, want wait %s", re, tt.wait)
			}
		})
	}
}

// knownSet is a Known from a set.
type knownSet map[common.Address]bool

func (k knownSet) IsRewardToken(_ context.Context, a common.Address) (bool, error) { return k[a], nil }

// countingCaller counts eth_getCode calls.
type countingCaller struct {
	chaintestCaller
	mu    sync.Mutex
	codes int
}

type chaintestCaller interface {
	CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error)
	CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error)
}

func (c *countingCaller) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	c.mu.Lock()
	c.codes++
	c.mu.Unlock()
	return c.chaintestCaller.CodeAt(ctx, a, n)
}

// TestFactorySources: relayable iff the ledger knows the source and it is the factory's clone or a pool.
func TestFactorySources(t *testing.T) {
	t.Parallel()
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[5], "SRC", new(big.Int))
	unknownToken := h.MintModeToken(h.Keys[5], "UNK", new(big.Int))
	guzzler := h.DeployContract(h.Keys[6], mocks.GasGuzzlerMetaData.Bin, mocks.NewGasGuzzler().PackConstructor(big.NewInt(1)))
	erc20 := h.DeployContract(h.Keys[6], mocks.MockERC20MetaData.Bin, h.ERC20.PackConstructor("Mock", "MCK"))
	// A clone of another implementation (the guzzler) at an address of its own: right shape, wrong target.
	otherClone := h.DeployContract(h.Keys[6], "0x602d8060093d393df3"+common.Bytes2Hex(CloneCode(guzzler)), nil)
	pool, eoa := common.HexToAddress("0x9001"), h.Addr(h.Keys[7])
	known := knownSet{token: true, guzzler: true, erc20: true, otherClone: true, pool: true, eoa: true}
	isPool := func(_ context.Context, a common.Address) (bool, error) { return a == pool, nil }

	tests := []struct {
		name   string
		source common.Address
		pools  bool
		want   bool
	}{
		{"factory token", token, false, true},
		{"factory token the ledger does not know", unknownToken, false, false},
		{"hostile contract", guzzler, false, false},
		{"some ERC-20", erc20, false, false},
		{"clone of another implementation", otherClone, false, false},
		{"pool without the hook", pool, false, false},
		{"pool", pool, true, true},
		{"an EOA is no pool", eoa, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewFactorySources(known, h.Client, h.Deployment.Factory)
			if tt.pools {
				s.IsPool = isPool
			}
			got, err := s.Relayable(context.Background(), tt.source)
			if err != nil || got != tt.want {
				t.Fatalf("Relayable(%s) = %v, %v; want %v", tt.source, got, err, tt.want)
			}
		})
	}

	t.Run("positive answers cached, bounded", func(t *testing.T) {
		c := &countingCaller{chaintestCaller: h.Client}
		s := NewFactorySources(known, c, h.Deployment.Factory)
		s.seen = newLRU(1)
		for range 3 {
			if ok, err := s.Relayable(context.Background(), token); !ok || err != nil {
				t.Fatal(ok, err)
			}
			if ok, _ := s.Relayable(context.Background(), guzzler); ok {
				t.Fatal("guzzler relayable")
			}
		}
		if c.codes != 4 { // the token once, the guzzler every time
			t.Fatalf("%d eth_getCode calls, want 4", c.codes)
		}
		s.Relayable(context.Background(), pool) // not relayable: not cached
		if s.seen.len() != 1 {
			t.Fatalf("cache holds %d", s.seen.len())
		}
	})
}

// TestRedisBudget: both budgets are charged together or not at all, refill over the hour, and refunds give
// back what a charge took.
func TestRedisBudget(t *testing.T) {
	t.Parallel()
	rdb := ledgertest.Redis(t)
	now := time.Unix(1_700_000_000, 0)
	clock := func() time.Time { return now }
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	ctx := context.Background()
	type step struct {
		advance time.Duration
		account common.Address
		gas     uint64
		refund  bool
		want    error
	}
	tests := []struct {
		name            string
		account, global uint64
		steps           []step
	}{
		{"account budget", 300_000, 10_000_000, []step{
			{0, a, 150_000, false, nil}, {0, a, 150_000, false, nil}, {0, a, 1, false, ErrAccountBudget},
			{0, b, 150_000, false, nil}, // another account's own budget
			{30 * time.Minute, a, 150_000, false, nil}, {0, a, 150_000, false, ErrAccountBudget},
		}},
		{"global budget, and the account is not charged when it refuses", 300_000, 400_000, []step{
			{0, a, 200_000, false, nil}, {0, b, 200_000, false, nil}, {0, a, 100_000, false, ErrGlobalBudget},
			{15 * time.Minute, a, 100_000, false, nil}, // a's bucket took nothing from the refused charge
		}},
		{"refund", 300_000, 10_000_000, []step{
			{0, a, 300_000, false, nil}, {0, a, 1, false, ErrAccountBudget}, {0, a, 300_000, true, nil},
			{0, a, 300_000, false, nil},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bud := NewRedisBudget(rdb, ledgertest.Prefix(t), tt.account, tt.global)
			bud.Now = clock
			start := now
			defer func() { now = start }()
			for i, s := range tt.steps {
				now = now.Add(s.advance)
				var err error
				if s.refund {
					err = bud.Refund(ctx, s.account, s.gas)
				} else {
					err = bud.Charge(ctx, s.account, s.gas)
				}
				if !errors.Is(err, s.want) || (s.want == nil) != (err == nil) {
					t.Fatalf("step %d: %v, want %v", i, err, s.want)
				}
				var re *RetryError
				if s.want != nil && (!errors.As(err, &re) || re.RetryAfter() <= 0 || re.RetryAfter() > BudgetPeriod) {
					t.Fatalf("step %d: no retry time in %v", i, err)
				}
			}
		})
	}
}

// Fakes of the relayer's dependencies.

type fakeLedger map[common.Address]*big.Int // account → cumulative

func (f fakeLedger) Cumulative(_ context.Context, _, account common.Address) (*big.Int, error) {
	if v, ok := f[account]; ok {
		return new(big.Int).Set(v), nil
	}
	return new(big.Int), nil
}

type fakeInFlight struct {
	mu sync.Mutex
	m  map[common.Address]string
}

func (f *fakeInFlight) Begin(_ context.Context, account, _ common.Address, _ time.Duration) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if v, ok := f.m[account]; ok {
		return v, nil
	}
	f.m[account] = "pending"
	return "", nil
}
func (f *fakeInFlight) Sent(_ context.Context, account, _ common.Address, tx string, _ time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.m[account] = tx
	return nil
}
func (f *fakeInFlight) Forget(_ context.Context, account, _ common.Address, marker string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m[account] != marker {
		return false, nil
	}
	delete(f.m, account)
	return true, nil
}
func (f *fakeInFlight) Done(_ context.Context, account, _ common.Address) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.m, account)
	return nil
}

// fakeChain answers claimed() with 0 and estimates with gas or err.
type fakeChain struct {
	gas uint64
	err error
}

func (f fakeChain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return make([]byte, 32), nil
}
func (f fakeChain) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	return f.gas, f.err
}

type fakeSender struct {
	mu   sync.Mutex
	sent []uint64 // gas limits
	done chan txmgr.Result
	err  error
}

func (f *fakeSender) SendAsyncGas(_ context.Context, _ common.Address, _ []byte, gas uint64) (common.Hash, <-chan txmgr.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return common.Hash{}, nil, f.err
	}
	f.sent = append(f.sent, gas)
	return common.BigToHash(big.NewInt(int64(len(f.sent)))), f.done, nil
}

type fakeBudget struct {
	mu       sync.Mutex
	err      error
	charged  uint64
	refunded uint64
}

func (f *fakeBudget) Charge(_ context.Context, _ common.Address, gas uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	f.charged += gas
	return nil
}
func (f *fakeBudget) Refund(_ context.Context, _ common.Address, gas uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refunded += gas
	return nil
}

type fakeSources bool

func (f fakeSources) Relayable(context.Context, common.Address) (bool, error) { return bool(f), nil }

type fakeLimiter struct{ allowed int }

func (f fakeLimiter) Allow(context.Context, string, redis_rate.Limit) (*redis_rate.Result, error) {
	return &redis_rate.Result{Allowed: f.allowed, RetryAfter: 3 * time.Second}, nil
}

// TestRelayRules: each rule refuses before anything is sent or charged (a refused charge sends nothing); a
// send that fails gives the charge back; the relay that passes is sent with the estimate plus headroom.
func TestRelayRules(t *testing.T) {
	t.Parallel()
	fan, source := common.HexToAddress("0xfa"), common.HexToAddress("0x70")
	key, _ := crypto.GenerateKey()
	type setup struct {
		ledger  fakeLedger
		sources fakeSources
		chain   fakeChain
		budget  error
		sendErr error
		limiter int
		min     int64
	}
	ok := func() setup {
		return setup{ledger: fakeLedger{fan: big.NewInt(100)}, sources: true, chain: fakeChain{gas: 100_000}, limiter: 1}
	}
	tests := []struct {
		name    string
		edit    func(*setup)
		want    error
		charged bool
		gas     uint64
	}{
		{"relayed", func(*setup) {}, nil, true, 120_000},
		{"rate limited", func(s *setup) { s.limiter = 0 }, ErrRateLimited, false, 0},
		{"nothing earned", func(s *setup) { s.ledger = fakeLedger{} }, ErrNothingEarned, false, 0},
		{"unknown source", func(s *setup) { s.sources = false }, ErrSourceNotRelayable, false, 0},
		{"below minimum", func(s *setup) { s.min = 101 }, ErrBelowMinimum, false, 0},
		{"distributor refuses", func(s *setup) { s.chain.err = &chain.RevertError{Name: "NotMinter"} }, ErrNotMinter, false, 0},
		{"over the ceiling", func(s *setup) { s.chain.gas = 10_122_924 }, ErrGasCeiling, false, 0},
		{"chain down", func(s *setup) { s.chain.err = errors.New("connection refused") }, txmgr.ErrUnavailable, false, 0},
		{"account budget", func(s *setup) { s.budget = &RetryError{Err: ErrAccountBudget, Wait: time.Minute} }, ErrAccountBudget, false, 0},
		{"global budget", func(s *setup) { s.budget = &RetryError{Err: ErrGlobalBudget, Wait: time.Minute} }, ErrGlobalBudget, false, 0},
		{"send fails, charge refunded", func(s *setup) { s.sendErr = txmgr.ErrUnavailable }, txmgr.ErrUnavailable, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := ok()
			tt.edit(&s)
			sender := &fakeSender{done: make(chan txmgr.Result, 1), err: s.sendErr}
			budget := &fakeBudget{err: s.budget}
			inflight := &fakeInFlight{m: map[common.Address]string{}}
			r, err := New(Config{Distributor: common.HexToAddress("0xd1"), From: common.HexToAddress("0x5e"),
				MinAmount: big.NewInt(s.min)}, Deps{
				Ledger: s.ledger, InFlight: inflight, Signer: voucher.NewSigner(key, big.NewInt(1337), common.HexToAddress("0xd1")),
				Chain: s.chain, Sender: sender, Sources: s.sources, Budget: budget, Limiter: fakeLimiter{s.limiter},
			})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Stop(context.Background())
			out, err := r.Relay(context.Background(), fan, source)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Relay = %+v, %v; want %v", out, err, tt.want)
			}
			if got := budget.charged > 0; got != tt.charged {
				t.Fatalf("charged %d", budget.charged)
			}
			if tt.want != nil {
				if len(sender.sent) != 0 {
					t.Fatalf("refused relay sent %v", sender.sent)
				}
				if budget.charged != budget.refunded {
					t.Fatalf("charged %d, refunded %d", budget.charged, budget.refunded)
				}
				if len(inflight.m) != 0 {
					t.Fatalf("refused relay left in flight: %v", inflight.m)
				}
				return
			}
			if out.Status != StatusSent || out.Gas != tt.gas || len(sender.sent) != 1 || sender.sent[0] != tt.gas || budget.charged != tt.gas {
				t.Fatalf("relay %+v, sent %v, charged %d", out, sender.sent, budget.charged)
			}
			// A second request while it is in flight sends nothing.
			again, err := r.Relay(context.Background(), fan, source)
			if err != nil || again.Status != StatusInFlight || again.TxHash != out.TxHash || len(sender.sent) != 1 {
				t.Fatalf("second relay %+v, %v", again, err)
			}
		})
	}
}

// TestRelaySending: while another request is sending (its marker holds no hash yet), a relay answers
// StatusSending without a hash and sends nothing.
func TestRelaySending(t *testing.T) {
	t.Parallel()
	fan, source := common.HexToAddress("0xfa"), common.HexToAddress("0x70")
	key, _ := crypto.GenerateKey()
	sender := &fakeSender{done: make(chan txmgr.Result)}
	r, err := New(Config{Distributor: common.HexToAddress("0xd1"), From: common.HexToAddress("0x5e")}, Deps{
		Ledger: fakeLedger{fan: big.NewInt(5)}, InFlight: &fakeInFlight{m: map[common.Address]string{fan: markerSending}},
		Signer: voucher.NewSigner(key, big.NewInt(1337), common.HexToAddress("0xd1")), Chain: fakeChain{gas: 70_000},
		Sender: sender, Sources: fakeSources(true), Budget: &fakeBudget{},
	})
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Relay(context.Background(), fan, source)
	if err != nil || out.Status != StatusSending || out.TxHash != "" || len(sender.sent) != 0 {
		t.Fatalf("relay while another is sending: %+v, %v; sent %v", out, err, sender.sent)
	}
}

// TestRelayerStop: Stop ends the goroutine following a sent relay and waits for it; nothing is sent after.
func TestRelayerStop(t *testing.T) {
	t.Parallel()
	fan, source := common.HexToAddress("0xfa"), common.HexToAddress("0x70")
	key, _ := crypto.GenerateKey()
	sender := &fakeSender{done: make(chan txmgr.Result)} // never delivers: the transaction is never mined
	r, err := New(Config{Distributor: common.HexToAddress("0xd1"), From: common.HexToAddress("0x5e")}, Deps{
		Ledger: fakeLedger{fan: big.NewInt(5), common.HexToAddress("0xfb"): big.NewInt(5)}, InFlight: &fakeInFlight{m: map[common.Address]string{}},
		Signer: voucher.NewSigner(key, big.NewInt(1337), common.HexToAddress("0xd1")), Chain: fakeChain{gas: 70_000},
		Sender: sender, Sources: fakeSources(true), Budget: &fakeBudget{},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Relay(context.Background(), fan, source); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := r.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if _, err := r.Relay(context.Background(), common.HexToAddress("0xfb"), source); !errors.Is(err, ErrStopped) {
		t.Fatalf("Relay after Stop: %v", err)
	}
	if len(sender.sent) != 1 {
		t.Fatalf("sent %d", len(sender.sent))
	}
}
