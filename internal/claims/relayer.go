package claims

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/go-redis/redis_rate/v10"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/txmgr"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// DefaultMaxGas is the most gas one relayed claim may use, and the gas limit it is sent with at most.
//
// Where it comes from: `make gas` (contracts/gas_test.go, full transaction gas, solc 0.8.x via-IR, runs
// 10000) measures claimWithVoucher at 99,628 gas used for a new holder and 65,428 for an existing one in mint
// mode (95,377 / 61,189 from an escrow pool). What a relay sends is the estimate, which is above the gas used
// (the 63/64 rule for the token's mint call, refunds): 115,061 for a new holder (TestDefaultMaxGas measures
// it), plus txmgr.GasHeadroomPercent (20%): 138,073. 150,000 takes that with ~8% to spare and bounds what a
// hostile token can make one relay burn to 1.5% of the 10,122,924 gas a single relayed 1-unit claim burnt
// before the ceiling existed. TestDefaultMaxGas guards it: raising it raises what every relayed claim may
// cost the service key.
const DefaultMaxGas = 150_000

// Defaults of the other limits.
const (
	// DefaultAccountGasPerHour: an account may have about eight new-holder claims relayed an hour.
	DefaultAccountGasPerHour = 1_000_000
	// DefaultGlobalGasPerHour bounds what the service key spends on relays: ~420 claims an hour, about
	// 0.05 ETH at 1 gwei.
	DefaultGlobalGasPerHour = 50_000_000
	// DefaultPerMinute is how many relays an account may ask for per minute.
	DefaultPerMinute = 10
	// DefaultVoucherTTL is the validity of the voucher a relay sends.
	DefaultVoucherTTL = time.Hour
	// DefaultInFlightTTL bounds how long a relay counts as in flight if tribed dies before it is mined.
	DefaultInFlightTTL = 2 * time.Minute
	// DefaultRPCTimeout bounds each chain read of a relay.
	DefaultRPCTimeout = 10 * time.Second
)

// Relay statuses.
const (
	StatusSent     = "sent"      // the transaction was sent by this request
	StatusInFlight = "in_flight" // one was already in flight: TxHash is its hash
	StatusSending  = "sending"   // another request is sending one right now: no hash yet
)

// markerSending is the marker InFlight.Begin returns while a relay is being sent, before Sent stores its own.
const markerSending = "pending"

// sentMarker is the marker of a relay sent: its transaction hash and the cumulative total it claims, so that
// a later request can tell a marker that outlived its mined transaction (see Relayer.Relay).
func sentMarker(tx common.Hash, cumulative *big.Int) string {
	return tx.Hex() + " " + cumulative.String()
}

// parseMarker splits a sent marker; cumulative is nil if the marker holds none (a bare hash).
func parseMarker(m string) (tx string, cumulative *big.Int) {
	tx, cum, ok := strings.Cut(m, " ")
	if !ok {
		return m, nil
	}
	c, ok := new(big.Int).SetString(cum, 10)
	if !ok {
		return tx, nil
	}
	return tx, c
}

// Ledger is what a relay reads of the ledger (ledger.Store is one).
type Ledger interface {
	// Cumulative is account's cumulative total of source (0 if none).
	Cumulative(ctx context.Context, source, account common.Address) (*big.Int, error)
}

// InFlight remembers relays in flight, so a second request does not send twice (ledger.Store is one).
type InFlight interface {
	// Begin records that a relay of (account, source) is in flight; it returns the marker of one already in
	// flight, if any (and then records nothing): "pending" while it is being sent, then what Sent stored.
	Begin(ctx context.Context, account, source common.Address, ttl time.Duration) (inFlight string, err error)
	// Sent stores the relay's marker; Done forgets the relay, Forget only if its marker is still marker.
	Sent(ctx context.Context, account, source common.Address, marker string, ttl time.Duration) error
	Done(ctx context.Context, account, source common.Address) error
	Forget(ctx context.Context, account, source common.Address, marker string) (bool, error)
}

// Signer signs vouchers (voucher.Signer is one).
type Signer interface {
	Sign(v voucher.Voucher) ([]byte, error)
}

// Chain is the part of an Ethereum client a relay reads: claimed amounts and gas estimates (and code, for
// FactorySources). ethclient.Client and the simulated backend's client are ones.
type Chain interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
}

// Sender sends a transaction with a fixed gas limit (txmgr.Manager is one).
type Sender interface {
	SendAsyncGas(ctx context.Context, to common.Address, data []byte, gas uint64) (common.Hash, <-chan txmgr.Result, error)
}

// RateLimiter is go-redis/redis_rate's Limiter.
type RateLimiter interface {
	Allow(ctx context.Context, key string, limit redis_rate.Limit) (*redis_rate.Result, error)
}

// Config configures a Relayer. Distributor and From are required; zero values of the rest take the defaults.
type Config struct {
	// Distributor is the RewardsDistributor claims are sent to.
	Distributor common.Address
	// From is the address relays are sent from (the Sender's key): gas is estimated as from it.
	From common.Address
	// MaxGas is the most gas one relayed claim may use (DefaultMaxGas).
	MaxGas uint64
	// MinAmount is the smallest claimable amount relayed (1: anything claimable).
	MinAmount *big.Int
	// PerMinute bounds the relays an account may ask for per minute (DefaultPerMinute; negative: no limit).
	PerMinute int
	// Prefix starts the keys of the per-minute limit (the ledger's prefix; "tribe" if empty).
	Prefix string
	// VoucherTTL is the validity of the voucher sent (DefaultVoucherTTL).
	VoucherTTL time.Duration
	// InFlightTTL bounds how long a relay counts as in flight (DefaultInFlightTTL).
	InFlightTTL time.Duration
	// RPCTimeout bounds each chain read (DefaultRPCTimeout).
	RPCTimeout time.Duration
	// Logger gets a line per relay sent and per receipt; nil discards.
	Logger *slog.Logger
	// Now is the clock of voucher deadlines and payout-limit retries (time.Now if nil).
	Now func() time.Time
	// Registry receives the relay metrics (nil: a private registry).
	Registry prometheus.Registerer
}

// Deps are what a Relayer is built from. Limiter may be nil (no per-minute limit); the rest are required.
type Deps struct {
	Ledger   Ledger
	InFlight InFlight
	Signer   Signer
	Chain    Chain
	Sender   Sender
	Sources  Sources
	Budget   Budget
	Limiter  RateLimiter
}

// Relay is the outcome of a relay request.
type Relay struct {
	TxHash string // of the transaction sent, or of the one in flight; "" when Status is StatusSending
	Status string // StatusSent, StatusInFlight or StatusSending
	// CumulativeAmount and Amount (what the transaction pays) are nil unless Status is StatusSent.
	CumulativeAmount, Amount *big.Int
	// Gas is the gas limit sent, the most the transaction can use (0 when in flight).
	Gas uint64
}

// Relayer relays claims. It owns the goroutines that follow relayed transactions until they are mined: Stop
// ends them. Safe for concurrent use.
type Relayer struct {
	cfg     Config
	d       Deps
	k       keys
	log     *slog.Logger
	metrics *metrics

	base   context.Context // sends and follow-ups; cancelled by Stop
	cancel context.CancelFunc

	mu      sync.Mutex // guards stopped and wg.Add
	stopped bool
	wg      sync.WaitGroup
}

// New returns a Relayer. It makes no calls.
func New(cfg Config, d Deps) (*Relayer, error) {
	if cfg.Distributor == (common.Address{}) || cfg.From == (common.Address{}) {
		return nil, errors.New("claims: distributor and sender address required")
	}
	if d.Ledger == nil || d.InFlight == nil || d.Signer == nil || d.Chain == nil || d.Sender == nil ||
		d.Sources == nil || d.Budget == nil {
		return nil, errors.New("claims: ledger, in-flight store, signer, chain, sender, sources and budget required")
	}
	if cfg.MaxGas == 0 {
		cfg.MaxGas = DefaultMaxGas
	}
	if cfg.MinAmount == nil || cfg.MinAmount.Sign() <= 0 {
		cfg.MinAmount = big.NewInt(1)
	}
	if cfg.PerMinute == 0 {
		cfg.PerMinute = DefaultPerMinute
	}
	if cfg.Prefix == "" {
		cfg.Prefix = "tribe"
	}
	if cfg.VoucherTTL <= 0 {
		cfg.VoucherTTL = DefaultVoucherTTL
	}
	if cfg.InFlightTTL <= 0 {
		cfg.InFlightTTL = DefaultInFlightTTL
	}
	if cfg.RPCTimeout <= 0 {
		cfg.RPCTimeout = DefaultRPCTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	m, err := newMetrics(cfg.Registry)
	if err != nil {
		return nil, err
	}
	r := &Relayer{cfg: cfg, d: d, k: keys{p: cfg.Prefix}, log: cfg.Logger, metrics: m}
	r.base, r.cancel = context.WithCancel(context.Background())
	return r, nil
}

// Relay sends account's claim of source, the service paying the gas, once every rule allows it: at most
// Config.PerMinute requests a minute, one relay in flight per (account, source) (a second request returns
// the first's hash, or StatusSending before it has one; a relay whose claim the chain already shows paid is
// no longer in flight, even if its follower has not forgotten it yet), a source Sources relays for, a claimable amount of at least Config.MinAmount, a gas
// estimate within Config.MaxGas, and the gas limit charged to the account's and the global budget. It returns
// once the transaction is sent; the Relayer follows it until it is mined. Any refusal is one of the package's
// errors and sends nothing. Cancelling ctx abandons the request, but not a transaction already sent.
func (r *Relayer) Relay(ctx context.Context, account, source common.Address) (*Relay, error) {
	if err := r.rateLimit(ctx, account); err != nil {
		r.metrics.refused(err)
		return nil, err
	}
	for retried := false; ; retried = true {
		inFlight, err := r.d.InFlight.Begin(ctx, account, source, r.cfg.InFlightTTL)
		if err != nil {
			return nil, fmt.Errorf("relay: %w", err)
		}
		if inFlight == "" {
			break
		}
		if inFlight == markerSending {
			return &Relay{Status: StatusSending}, nil
		}
		tx, cum := parseMarker(inFlight)
		if !retried && cum != nil {
			// The follower forgets a relay once txmgr reports its receipt, which can be after the client saw it
			// mined. If the chain already shows the marked total claimed, the marker is stale: forget it (unless
			// another request did, or replaced it) and decide afresh.
			if claimed, err := r.claimed(ctx, source, account); err == nil && claimed.Cmp(cum) >= 0 {
				if _, err := r.d.InFlight.Forget(ctx, account, source, inFlight); err != nil {
					return nil, fmt.Errorf("relay: %w", err)
				}
				continue
			}
		}
		return &Relay{TxHash: tx, Status: StatusInFlight}, nil
	}
	out, err := r.relay(ctx, account, source)
	if err != nil {
		_ = r.d.InFlight.Done(context.WithoutCancel(ctx), account, source)
		r.metrics.refused(err)
		return nil, err
	}
	return out, nil
}

func (r *Relayer) rateLimit(ctx context.Context, account common.Address) error {
	if r.d.Limiter == nil || r.cfg.PerMinute < 0 {
		return nil
	}
	res, err := r.d.Limiter.Allow(ctx, r.k.perMinute(account), redis_rate.PerMinute(r.cfg.PerMinute))
	if err != nil {
		return fmt.Errorf("relay rate limit: %w", err)
	}
	if res.Allowed > 0 {
		return nil
	}
	return &RetryError{Err: ErrRateLimited, Wait: res.RetryAfter,
		Msg: fmt.Sprintf("at most %d relayed claims per minute", r.cfg.PerMinute)}
}

func (r *Relayer) relay(ctx context.Context, account, source common.Address) (*Relay, error) {
	cum, err := r.d.Ledger.Cumulative(ctx, source, account)
	if err != nil {
		return nil, fmt.Errorf("relay: %w", err)
	}
	if cum.Sign() == 0 {
		return nil, fmt.Errorf("%w: %s has earned nothing in %s", ErrNothingEarned, account.Hex(), source.Hex())
	}
	ok, err := r.d.Sources.Relayable(ctx, source)
	if err != nil {
		return nil, fmt.Errorf("relay: payout source %s: %w", source.Hex(), r.unavailable(err))
	}
	if !ok {
		return nil, fmt.Errorf("%w (%s)", ErrSourceNotRelayable, source.Hex())
	}
	claimed, err := r.claimed(ctx, source, account)
	if err != nil {
		return nil, err
	}
	amount := new(big.Int).Sub(cum, claimed)
	if amount.Sign() <= 0 {
		return nil, ErrNothingToClaim
	}
	if amount.Cmp(r.cfg.MinAmount) < 0 {
		return nil, fmt.Errorf("%w (%s claimable, the minimum is %s)", ErrBelowMinimum, amount, r.cfg.MinAmount)
	}
	deadline := big.NewInt(r.cfg.Now().Add(r.cfg.VoucherTTL).Unix())
	sig, err := r.d.Signer.Sign(voucher.Voucher{Account: account, Token: source, CumulativeAmount: cum, Deadline: deadline})
	if err != nil {
		return nil, fmt.Errorf("relay: sign voucher: %w", err)
	}
	data := VoucherCalldata(account, source, cum, deadline, sig)

	estimate, err := r.estimate(ctx, data)
	if err != nil {
		return nil, err
	}
	gas, err := GasLimit(estimate, r.cfg.MaxGas)
	if err != nil {
		return nil, err
	}
	if err := r.d.Budget.Charge(ctx, account, gas); err != nil {
		return nil, err
	}
	r.mu.Lock()
	if r.stopped {
		r.mu.Unlock()
		r.refund(account, gas)
		return nil, ErrStopped
	}
	r.wg.Add(1)
	r.mu.Unlock()
	hash, done, err := r.d.Sender.SendAsyncGas(r.base, r.cfg.Distributor, data, gas)
	if err != nil {
		r.wg.Done()
		r.refund(account, gas)
		return nil, FromRevert(err, r.cfg.Now())
	}
	log := r.log.With("account", account, "source", source, "tx", hash, "gas_limit", gas)
	log.Info("claim relayed", "cumulative", cum, "amount", amount, "estimate", estimate)
	r.metrics.charged.Add(float64(gas))
	r.metrics.relays.WithLabelValues("sent").Inc()
	marker := sentMarker(hash, cum)
	_ = r.d.InFlight.Sent(ctx, account, source, marker, r.cfg.InFlightTTL)
	go r.follow(log, account, source, marker, done)
	return &Relay{TxHash: hash.Hex(), Status: StatusSent, CumulativeAmount: cum, Amount: amount, Gas: gas}, nil
}

// GasLimit is the gas limit a claim estimated at estimate is sent with: the estimate plus
// txmgr.GasHeadroomPercent, never above maxGas. An estimate above maxGas is ErrGasCeiling.
func GasLimit(estimate, maxGas uint64) (uint64, error) {
	if estimate > maxGas {
		return 0, fmt.Errorf("%w (estimated %d gas, the ceiling is %d)", ErrGasCeiling, estimate, maxGas)
	}
	return min(estimate+estimate*txmgr.GasHeadroomPercent/100, maxGas), nil
}

// follow waits for the relayed transaction's outcome, then forgets the relay in flight if its marker is still
// there (a later request may have forgotten it already and sent another). Stop ends it early, leaving the
// marker to expire (the transaction may still be mined).
func (r *Relayer) follow(log *slog.Logger, account, source common.Address, marker string, done <-chan txmgr.Result) {
	defer r.wg.Done()
	var res txmgr.Result
	select {
	case res = <-done:
	case <-r.base.Done():
		return
	}
	switch {
	case res.Receipt != nil && res.Err == nil:
		r.metrics.used.Add(float64(res.Receipt.GasUsed))
		r.metrics.relays.WithLabelValues("mined").Inc()
		log.Info("relayed claim mined", "gas_used", res.Receipt.GasUsed, "block", res.Receipt.BlockNumber)
	case res.Receipt != nil:
		r.metrics.used.Add(float64(res.Receipt.GasUsed))
		r.metrics.relays.WithLabelValues("reverted").Inc()
		log.Warn("relayed claim reverted", "gas_used", res.Receipt.GasUsed, "err", res.Err)
	default:
		if r.base.Err() != nil {
			return // stopping: the journal keeps the transaction; the marker expires
		}
		r.metrics.relays.WithLabelValues("failed").Inc()
		log.Warn("relayed claim not mined", "err", res.Err)
	}
	ctx, cancel := context.WithTimeout(r.base, r.cfg.RPCTimeout)
	defer cancel()
	if _, err := r.d.InFlight.Forget(ctx, account, source, marker); err != nil && r.base.Err() == nil {
		log.Warn("forget relay in flight", "err", err)
	}
}

func (r *Relayer) refund(account common.Address, gas uint64) {
	ctx, cancel := context.WithTimeout(context.Background(), r.cfg.RPCTimeout)
	defer cancel()
	if err := r.d.Budget.Refund(ctx, account, gas); err != nil {
		r.log.Warn("refund relay gas", "account", account, "gas", gas, "err", err)
	}
}

// claimed reads distributor.claimed(source, account) from the chain: the relay must know what it pays.
func (r *Relayer) claimed(ctx context.Context, source, account common.Address) (*big.Int, error) {
	rctx, cancel := context.WithTimeout(ctx, r.cfg.RPCTimeout)
	defer cancel()
	out, err := r.d.Chain.CallContract(rctx, ethereum.CallMsg{To: &r.cfg.Distributor, Data: distributor.PackClaimed(source, account)}, nil)
	if err != nil {
		return nil, fmt.Errorf("relay: claimed: %w", r.unavailable(err))
	}
	v, err := distributor.UnpackClaimed(out)
	if err != nil {
		return nil, fmt.Errorf("relay: claimed: %w", err)
	}
	return v, nil
}

// estimate is eth_estimateGas of the claim as the service would send it. A revert is the domain error it
// means.
func (r *Relayer) estimate(ctx context.Context, data []byte) (uint64, error) {
	rctx, cancel := context.WithTimeout(ctx, r.cfg.RPCTimeout)
	defer cancel()
	// Not capped at MaxGas: a token's mint that runs out of gas inside the claim makes the claim revert without
	// data, which would hide that it is the gas that is refused.
	gas, err := r.d.Chain.EstimateGas(rctx, ethereum.CallMsg{From: r.cfg.From, To: &r.cfg.Distributor, Data: data})
	if err == nil {
		return gas, nil
	}
	if chain.AsRevert(err) != nil {
		return 0, FromRevert(err, r.cfg.Now())
	}
	if strings.Contains(strings.ToLower(err.Error()), "execution reverted") {
		return 0, fmt.Errorf("%w: %v", ErrClaimRefused, err)
	}
	// A call that runs out of the node's gas cap cannot be estimated: it costs more than any ceiling.
	if strings.Contains(strings.ToLower(err.Error()), "gas required exceeds allowance") {
		return 0, fmt.Errorf("%w (%v)", ErrGasCeiling, err)
	}
	return 0, fmt.Errorf("relay: estimate gas: %w", r.unavailable(err))
}

// unavailable marks a failed chain read as the chain being unavailable (nothing was sent), unless the request
// itself ended.
func (r *Relayer) unavailable(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, txmgr.ErrUnavailable) {
		return err
	}
	return fmt.Errorf("%w: %w", txmgr.ErrUnavailable, err)
}

// Stop ends the goroutines following relayed transactions and waits for them (until ctx ends); the
// transactions themselves stay with the node and the transaction manager's journal. A Relay after Stop
// refuses with ErrStopped. Safe to call more than once.
func (r *Relayer) Stop(ctx context.Context) error {
	r.mu.Lock()
	r.stopped = true
	r.mu.Unlock()
	r.cancel()
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop relayer: %w", ctx.Err())
	}
}
