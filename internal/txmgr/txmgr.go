// Package txmgr is the only sender of tribe's transactions. A Manager owns the nonce of one key: it estimates
// gas, prices EIP-1559 transactions under a fee cap, sends them, resubmits them with bumped fees when they are
// not mined, and waits for a configured number of confirmations.
//
// With a Journal (RedisJournal), every transaction intent and every signed version of it is written down
// before it is sent, and its outcome once known; Resume, at start, finishes what a previous process left in
// flight — by finding its receipt, or sending again the very transaction it signed (same nonce, same hash) —
// so that a restart never sends a duplicate.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tribe-rewards/tribe/internal/chain"
)

var (
	// ErrFeeCapExceeded is returned when a transaction cannot be priced, or repriced by PriceBumpPercent,
	// without going over Config.MaxFeePerGas. If it was already sent, its last version stays in the node's
	// pool at the highest fees allowed and may still be mined.
	ErrFeeCapExceeded = errors.New("fee cap exceeded")
	// ErrReverted is returned, with the receipt, when a transaction is mined but fails (status 0). It is
	// chain.ErrReverted, so either name matches.
	ErrReverted = chain.ErrReverted
	// ErrWouldRevert is returned when gas estimation shows the call would revert. Nothing is sent and no
	// nonce is used; the error also wraps the decoded *chain.RevertError when the node returned revert data.
	ErrWouldRevert = errors.New("call would revert")
	// ErrNonceTaken is the failure of an intent, resumed after a restart, whose nonce was used by a transaction
	// that is not one of its versions (see Config.ResendOnNonceTaken).
	ErrNonceTaken = errors.New("nonce used by another transaction")
	// ErrUnavailable wraps the failures to reach the node — connection refused or reset, no answer within
	// Config.RPCTimeout, an HTTP error status — of Send and SendAsync before the node accepted the
	// transaction: the node did not answer, so retry later. Nothing was sent, except after a timeout of
	// eth_sendRawTransaction itself, which may have reached the node; the transaction is then left to it.
	ErrUnavailable = errors.New("chain unavailable")
	// ErrNotResumed is returned by Send and SendAsync when Config.Journal is set and Resume has not run: a
	// nonce could otherwise be given to a new transaction while the journal holds an unsent one with it.
	ErrNotResumed = errors.New("journal not resumed: call Resume before sending")
	// ErrStopped is returned by Send and SendAsync after Stop.
	ErrStopped = errors.New("transaction manager stopped")
)

const (
	// PriceBumpPercent is by how much a resubmission raises both the tip and the fee cap. Geth, and most other
	// nodes, refuse a replacement that raises either by less than 10%, so lower values only produce
	// "replacement transaction underpriced".
	PriceBumpPercent = 10
	// GasHeadroomPercent is added to the gas estimate, so that state changing between estimation and
	// inclusion does not run the transaction out of gas.
	GasHeadroomPercent = 20

	// maxSendAttempts bounds how often one submission is retried after a nonce conflict or an underpriced
	// replacement before Send gives up.
	maxSendAttempts = 5
	// maxRetryDelay caps the back-off between Resume's attempts after RPC errors.
	maxRetryDelay = 30 * time.Second
)

// Defaults for the zero values of Config.
var (
	DefaultMaxFeePerGas  = big.NewInt(500 * params.GWei)
	DefaultRPCTimeout    = 10 * time.Second
	DefaultResubmitAfter = 30 * time.Second
	DefaultPollInterval  = 500 * time.Millisecond
)

// Backend is the part of an Ethereum client the Manager uses. ethclient.Client and the simulated backend's
// client satisfy it.
type Backend interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Config configures a Manager. ChainID and Key are required; every other zero value takes a default.
type Config struct {
	ChainID *big.Int
	Key     *ecdsa.PrivateKey
	// Confirmations is how many blocks must follow the including block before Send returns; 0 returns as
	// soon as the transaction is included.
	Confirmations uint64
	// MaxFeePerGas caps the fee cap of every transaction and resubmission (DefaultMaxFeePerGas if nil).
	MaxFeePerGas *big.Int
	// PriorityFee is the tip offered on first submission; nil asks the node (eth_maxPriorityFeePerGas).
	PriorityFee *big.Int
	// RPCTimeout bounds every call to the Backend (DefaultRPCTimeout if 0).
	RPCTimeout time.Duration
	// ResubmitAfter is how long a transaction may stay unmined before it is resubmitted with higher fees
	// (DefaultResubmitAfter if 0).
	ResubmitAfter time.Duration
	// PollInterval is how often receipts are polled (DefaultPollInterval if 0).
	PollInterval time.Duration
	// Logger receives a line per submission, inclusion and resubmission; nil discards them.
	Logger *slog.Logger
	// Now is the clock that decides when to resubmit, and dates journal records (time.Now if nil).
	Now func() time.Time
	// Journal, if set, records every intent and every signed version of it before it is sent, and its
	// outcome once known, so that Resume can finish after a restart what an earlier process left in flight.
	// Resume must then run before the first send. Its writes are bounded by RPCTimeout; a version whose
	// write fails is not sent. It must hold this key's intents only (New checks a RedisJournal's Sender).
	// nil journals nothing: a transaction in flight when the process stops is then left to the node.
	Journal Journal
	// ResendOnNonceTaken decides what Resume does with an intent none of whose versions was mined although
	// the account's nonce moved past its nonce — something else sent from this key. false (the default) marks
	// it failed with ErrNonceTaken and sends nothing: its caller is gone, and tribe's callers re-derive their
	// work at start (the relayer resends pending communities, the settler re-proposes), so resending would do
	// the work twice. true sends its calldata again under a fresh nonce; set it only if every call this key
	// sends is idempotent. It does not apply to a live Send, whose waiting caller gets its transaction sent
	// with a fresh nonce, as without a journal.
	ResendOnNonceTaken bool
}

// Manager sends transactions from one key. It owns the key's nonce: nothing else may send from that key
// while a Manager is in use (if something does, the Manager re-syncs on "nonce too low"), and, with a
// Journal, no other Manager may use the same journal at the same time. Safe for concurrent use.
type Manager struct {
	b       Backend
	cfg     Config
	from    common.Address
	signer  types.Signer
	log     *slog.Logger
	journal Journal

	mu         sync.Mutex // held from choosing a nonce until the node accepted the transaction using it
	nonce      uint64     // the next nonce to use, if nonceValid
	nonceValid bool
	floor      uint64 // no nonce below it is handed out: intents taken over by Resume own them

	// Every SendAsync's waiting goroutine is counted in waits and ends when stopSends is cancelled (Stop).
	sendsMu   sync.Mutex // guards stopped and the Add of waits against Stop's Wait
	stopped   bool
	waits     sync.WaitGroup
	stopSends context.Context
	endSends  context.CancelFunc

	resumed    atomic.Bool
	resumeMu   sync.Mutex         // guards the fields below
	stopResume context.CancelFunc // ends the watching of resumed intents
	resumeDone chan struct{}      // closed when no resumed intent is watched any more
}

// Result is the outcome of a transaction sent by SendAsync: the same values Send returns.
type Result struct {
	Receipt *types.Receipt
	Err     error
}

// New returns a Manager sending from cfg.Key through b. It makes no calls to b.
func New(b Backend, cfg Config) (*Manager, error) {
	if b == nil {
		return nil, errors.New("txmgr: nil backend")
	}
	if cfg.ChainID == nil || cfg.ChainID.Sign() <= 0 {
		return nil, errors.New("txmgr: chain id required")
	}
	if cfg.Key == nil {
		return nil, errors.New("txmgr: key required")
	}
	if cfg.MaxFeePerGas == nil {
		cfg.MaxFeePerGas = DefaultMaxFeePerGas
	}
	if cfg.MaxFeePerGas.Sign() <= 0 {
		return nil, errors.New("txmgr: max fee per gas must be positive")
	}
	if cfg.PriorityFee != nil && cfg.PriorityFee.Sign() < 0 {
		return nil, errors.New("txmgr: negative priority fee")
	}
	if cfg.RPCTimeout <= 0 {
		cfg.RPCTimeout = DefaultRPCTimeout
	}
	if cfg.ResubmitAfter <= 0 {
		cfg.ResubmitAfter = DefaultResubmitAfter
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	if s, ok := cfg.Journal.(interface{ Sender() common.Address }); ok && s.Sender() != from {
		return nil, fmt.Errorf("txmgr: the journal is %s's, the key is %s's", s.Sender(), from)
	}
	stopSends, endSends := context.WithCancel(context.Background())
	return &Manager{
		b: b, cfg: cfg, from: from, stopSends: stopSends, endSends: endSends,
		signer:  types.LatestSignerForChainID(cfg.ChainID),
		log:     logger.With("from", from),
		journal: cfg.Journal,
	}, nil
}

// Address is the address the Manager sends from.
func (m *Manager) Address() common.Address { return m.from }

// Send estimates gas (plus GasHeadroomPercent), assigns the next nonce, signs an EIP-1559 transaction with
// fees under Config.MaxFeePerGas, sends it, and waits until it is mined with Config.Confirmations. If it is not
// mined within Config.ResubmitAfter it is re-signed with the same nonce and fees bumped by PriceBumpPercent,
// and sent again, until the fee cap is reached (ErrFeeCapExceeded).
//
// A call that would revert is reported before sending, wrapping ErrWouldRevert and the decoded
// *chain.RevertError, and uses no nonce. A mined transaction that failed returns its receipt and ErrReverted.
// Cancelling ctx stops waiting and returns ctx's error; a transaction already sent may still be mined.
// Safe for concurrent use: concurrent calls get consecutive nonces.
//
// With a Journal, the intent and each version are recorded before they are sent (a failed write returns
// its error, or, for a resubmission, delays it), and the outcome when Send returns: mined or reverted with
// the receipt, failed if the node refused the first version. An intent whose wait ended otherwise (ctx, the
// fee cap) stays pending for the next Resume. Until Resume has run, it returns ErrNotResumed.
func (m *Manager) Send(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	_, done, err := m.SendAsync(ctx, to, data)
	if err != nil {
		return nil, err
	}
	res := <-done
	return res.Receipt, res.Err
}

// SendAsync is Send without waiting: it returns once the node accepted the first submission, with that
// submission's hash (a resubmission has another hash), and a channel that delivers the final result once.
// ctx also governs the wait: cancelling it delivers ctx's error on the channel.
//
// Stop ends the wait as cancelling ctx does (the intent stays pending for the next Resume); after Stop it
// returns ErrStopped.
func (m *Manager) SendAsync(ctx context.Context, to common.Address, data []byte) (common.Hash, <-chan Result, error) {
	return m.sendAsync(ctx, to, data, 0)
}

// SendAsyncGas is SendAsync with a gas limit chosen by the caller instead of an estimate: the caller has
// estimated the call itself and bounds what it may burn (a relayed claim, say). Nothing is estimated, so a
// call that reverts is sent, and mined as a failure using at most gas. gas must be positive.
func (m *Manager) SendAsyncGas(ctx context.Context, to common.Address, data []byte, gas uint64) (common.Hash, <-chan Result, error) {
	if gas == 0 {
		return common.Hash{}, nil, fmt.Errorf("send to %s: zero gas limit", to)
	}
	return m.sendAsync(ctx, to, data, gas)
}

// sendAsync sends with gas, or with an estimate when gas is 0.
func (m *Manager) sendAsync(ctx context.Context, to common.Address, data []byte, gas uint64) (common.Hash, <-chan Result, error) {
	if m.journal != nil && !m.resumed.Load() {
		return common.Hash{}, nil, fmt.Errorf("send to %s: %w", to, ErrNotResumed)
	}
	m.sendsMu.Lock()
	if m.stopped {
		m.sendsMu.Unlock()
		return common.Hash{}, nil, fmt.Errorf("send to %s: %w", to, ErrStopped)
	}
	m.waits.Add(1)
	m.sendsMu.Unlock()
	waiting := false
	defer func() {
		if !waiting {
			m.waits.Done()
		}
	}()
	if gas == 0 {
		var err error
		if gas, err = m.estimateGas(ctx, to, data); err != nil {
			return common.Hash{}, nil, err
		}
	}
	st := &sendState{to: to, data: data, gas: gas}
	if m.journal != nil {
		st.id = newIntentID()
	}
	if err := m.publish(ctx, st); err != nil {
		// The node accepted no version: the caller gets the error, and the journal must not leave the intent
		// to a later Resume, which would send what its caller was told failed.
		m.finish(ctx, st, Outcome{Status: IntentFailed, Error: "not sent: " + err.Error()})
		return common.Hash{}, nil, err
	}
	first := st.current().Hash()
	done := make(chan Result, 1)
	wctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(m.stopSends, cancel)
	waiting = true
	go func() {
		defer m.waits.Done()
		defer stop()
		defer cancel()
		r, err := m.wait(wctx, st)
		m.conclude(ctx, st, r, err)
		done <- Result{Receipt: r, Err: err}
	}()
	return first, done, nil
}

// newIntentID returns a random intent id: 32 hex digits.
func newIntentID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}

// sendState is one logical transaction: every version sent for it, newest last. Only its own goroutine
// touches it after publish returns.
type sendState struct {
	to   common.Address
	data []byte
	gas  uint64

	id       string // the intent's journal id ("" without a journal)
	recorded bool   // a version was (perhaps) written to the journal
	resumed  bool   // taken over by Resume from an earlier process
	passive  bool   // resumed, but a newer intent reused its nonce: watched, never sent again
	taken    int    // consecutive checks by Resume that found its nonce used and no version mined

	nonce    uint64
	tip, cap *big.Int             // fees of the newest version sent (or refused as underpriced)
	txs      []*types.Transaction // versions sent, all with nonce (resumed: every version journaled, any nonce)
	lastSent time.Time
	log      *slog.Logger
}

func (s *sendState) current() *types.Transaction { return s.txs[len(s.txs)-1] }

func (m *Manager) estimateGas(ctx context.Context, to common.Address, data []byte) (uint64, error) {
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	gas, err := m.b.EstimateGas(rctx, ethereum.CallMsg{From: m.from, To: &to, Data: data})
	if err != nil {
		if rev := chain.DecodeRevert(err); rev != nil {
			return 0, fmt.Errorf("send to %s: %w: %w", to, ErrWouldRevert, rev)
		}
		if strings.Contains(strings.ToLower(err.Error()), "execution reverted") {
			return 0, fmt.Errorf("send to %s: %w: %w", to, ErrWouldRevert, err)
		}
		return 0, fmt.Errorf("send to %s: estimate gas: %w", to, unavailable(ctx, err))
	}
	return gas + gas*GasHeadroomPercent/100, nil
}

// publish prices st, gives it the next nonce and sends it. It holds m.mu until the node has accepted the
// transaction, so that nonces reach the node in order and a failed send can hand its nonce back.
func (m *Manager) publish(ctx context.Context, st *sendState) error {
	tip, feeCap, err := m.initialFees(ctx)
	if err != nil {
		return fmt.Errorf("send to %s: %w", st.to, unavailable(ctx, err))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for attempt := 1; ; attempt++ {
		nonce, err := m.nextNonce(ctx)
		if err != nil {
			return fmt.Errorf("send to %s: %w", st.to, unavailable(ctx, err))
		}
		tx, err := m.sign(st, nonce, tip, feeCap)
		if err != nil {
			return fmt.Errorf("send to %s: %w", st.to, err)
		}
		if err := m.record(ctx, st, tx); err != nil {
			return fmt.Errorf("send to %s: nonce %d: %w", st.to, nonce, err)
		}
		log := m.intentLog(st, nonce)
		err = m.sendTx(ctx, tx)
		switch {
		case err == nil || isAlreadyKnown(err):
			m.nonce = nonce + 1
			st.nonce, st.tip, st.cap = nonce, tip, feeCap
			st.txs = []*types.Transaction{tx}
			st.lastSent = m.cfg.Now()
			st.log = log
			log.Info("transaction sent", "hash", tx.Hash(), "gas", st.gas, "tip", tip, "fee_cap", feeCap)
			return nil
		case (isNonceTooLow(err) || isReplacementUnderpriced(err)) && attempt < maxSendAttempts:
			// The nonce is taken, by a transaction sent from this key by something else (or by an earlier
			// process): learn the next free one from the node.
			log.Warn("nonce taken, re-syncing", "err", err)
			m.nonceValid = false
		default:
			// Give the nonce back: the next transaction asks the node, which knows whether this one arrived.
			m.nonceValid = false
			return fmt.Errorf("send to %s: nonce %d: %w", st.to, nonce, unavailable(ctx, err))
		}
	}
}

// nextNonce is the cached next nonce, or after a reset the node's pending nonce — but never below the
// nonces of the intents Resume took over, which the node may not have seen yet. Called with m.mu held.
func (m *Manager) nextNonce(ctx context.Context) (uint64, error) {
	if m.nonceValid {
		return m.nonce, nil
	}
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	n, err := m.b.PendingNonceAt(rctx, m.from)
	if err != nil {
		return 0, fmt.Errorf("pending nonce: %w", err)
	}
	n = max(n, m.floor)
	m.nonce, m.nonceValid = n, true
	return n, nil
}

// intentLog is the logger of st's transactions with nonce.
func (m *Manager) intentLog(st *sendState, nonce uint64) *slog.Logger {
	if st.id != "" {
		return m.log.With("intent", st.id, "nonce", nonce, "to", st.to)
	}
	return m.log.With("nonce", nonce, "to", st.to)
}

func (m *Manager) sign(st *sendState, nonce uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	to := st.to
	tx, err := types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID: m.cfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: st.gas, To: &to, Data: st.data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return tx, nil
}

func (m *Manager) sendTx(ctx context.Context, tx *types.Transaction) error {
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	return m.b.SendTransaction(rctx, tx)
}

// initialFees prices a first submission: the configured (or suggested) tip, and a fee cap of twice the base
// fee plus the tip, which survives six full blocks of base fee increases; both clamped to MaxFeePerGas.
func (m *Manager) initialFees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	baseFee, err := m.baseFee(ctx)
	if err != nil {
		return nil, nil, err
	}
	if baseFee.Cmp(m.cfg.MaxFeePerGas) > 0 {
		return nil, nil, fmt.Errorf("%w: base fee %v above cap %v", ErrFeeCapExceeded, baseFee, m.cfg.MaxFeePerGas)
	}
	if tip, err = m.tip(ctx); err != nil {
		return nil, nil, err
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
	feeCap = bigMin(feeCap, m.cfg.MaxFeePerGas)
	return bigMin(tip, feeCap), feeCap, nil
}

func (m *Manager) baseFee(ctx context.Context) (*big.Int, error) {
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	head, err := m.b.HeaderByNumber(rctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest header: %w", err)
	}
	if head.BaseFee == nil {
		return nil, errors.New("chain has no base fee (pre-London): EIP-1559 transactions unsupported")
	}
	return head.BaseFee, nil
}

func (m *Manager) tip(ctx context.Context) (*big.Int, error) {
	if m.cfg.PriorityFee != nil {
		return new(big.Int).Set(m.cfg.PriorityFee), nil
	}
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	tip, err := m.b.SuggestGasTipCap(rctx)
	if err != nil {
		return nil, fmt.Errorf("suggest tip: %w", err)
	}
	return tip, nil
}

// bump raises x by PriceBumpPercent, plus one wei: nodes require a replacement's fees to be at least
// old*(100+10)/100 (rounded down) and strictly above the old ones.
func bump(x *big.Int) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(100+PriceBumpPercent))
	y.Div(y, big.NewInt(100))
	return y.Add(y, big.NewInt(1))
}

// bumpedFees prices a resubmission: at least PriceBumpPercent above tip and feeCap, and at least what a
// first submission would get now. ErrFeeCapExceeded if the bump does not fit under MaxFeePerGas.
func (m *Manager) bumpedFees(ctx context.Context, tip, feeCap *big.Int) (*big.Int, *big.Int, error) {
	minTip, minCap := bump(tip), bump(feeCap)
	if minCap.Cmp(m.cfg.MaxFeePerGas) > 0 || minTip.Cmp(m.cfg.MaxFeePerGas) > 0 {
		return nil, nil, fmt.Errorf("%w: resubmission needs fee cap %v, cap is %v", ErrFeeCapExceeded, minCap, m.cfg.MaxFeePerGas)
	}
	newTip, newCap := minTip, minCap
	if suggested, err := m.tip(ctx); err == nil && suggested.Cmp(newTip) > 0 {
		newTip = suggested
	}
	if baseFee, err := m.baseFee(ctx); err == nil {
		market := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), newTip)
		if market.Cmp(newCap) > 0 {
			newCap = market
		}
	}
	newCap = bigMin(newCap, m.cfg.MaxFeePerGas)
	newTip = bigMin(newTip, newCap)
	return newTip, newCap, nil
}

// wait polls for a receipt of any version of st until it has Config.Confirmations, resubmitting when a
// version stays unmined for ResubmitAfter.
func (m *Manager) wait(ctx context.Context, st *sendState) (*types.Receipt, error) {
	timer := time.NewTimer(m.cfg.PollInterval)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for transaction %s (nonce %d; it may still be mined): %w",
				st.current().Hash(), st.nonce, ctx.Err())
		case <-timer.C:
		}
		if r := m.receipt(ctx, st); r != nil {
			if done, err := m.confirmed(ctx, r); err != nil {
				st.log.Debug("block number", "err", err)
			} else if done {
				log := st.log.With("hash", r.TxHash, "block", r.BlockNumber, "gas_used", r.GasUsed)
				if r.Status != types.ReceiptStatusSuccessful {
					log.Info("transaction reverted")
					return r, fmt.Errorf("transaction %s in block %v: %w", r.TxHash, r.BlockNumber, ErrReverted)
				}
				log.Info("transaction mined")
				return r, nil
			}
		} else if m.cfg.Now().Sub(st.lastSent) >= m.cfg.ResubmitAfter {
			if err := m.resubmit(ctx, st); err != nil {
				if errors.Is(err, ErrNonceTaken) {
					return nil, fmt.Errorf("transaction %s (nonce %d) not mined: %w", st.current().Hash(), st.nonce, err)
				}
				if errors.Is(err, ErrFeeCapExceeded) {
					st.log.Warn("not resubmitting: fee cap reached", "hash", st.current().Hash(), "err", err)
					return nil, fmt.Errorf("transaction %s (nonce %d) not mined: %w", st.current().Hash(), st.nonce, err)
				}
				if ctx.Err() == nil {
					st.log.Warn("resubmission failed; will retry", "err", err)
				}
				st.lastSent = m.cfg.Now() // back off a full interval
			}
		}
		timer.Reset(m.cfg.PollInterval)
	}
}

// receipt returns the receipt of whichever version of st was mined, or nil.
func (m *Manager) receipt(ctx context.Context, st *sendState) *types.Receipt {
	r, _ := m.lookup(ctx, st)
	return r
}

// lookup returns the receipt of whichever version of st was mined, or nil and whether it is sure that none
// was: every version was looked up and not found, with no error.
func (m *Manager) lookup(ctx context.Context, st *sendState) (r *types.Receipt, sure bool) {
	sure = true
	for i := len(st.txs) - 1; i >= 0; i-- {
		rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
		r, err := m.b.TransactionReceipt(rctx, st.txs[i].Hash())
		cancel()
		if err == nil && r != nil {
			return r, true
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			sure = false
			if ctx.Err() == nil {
				// Includes a fresh node's "transaction indexing is in progress": ask again later.
				st.log.Debug("receipt", "hash", st.txs[i].Hash(), "err", err)
			}
		}
	}
	return nil, sure
}

// confirmed reports whether r's block is followed by Config.Confirmations blocks.
func (m *Manager) confirmed(ctx context.Context, r *types.Receipt) (bool, error) {
	if m.cfg.Confirmations == 0 {
		return true, nil
	}
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	head, err := m.b.BlockNumber(rctx)
	if err != nil {
		return false, err
	}
	return head >= r.BlockNumber.Uint64()+m.cfg.Confirmations, nil
}

// resubmit sends st again with bumped fees and the same nonce. If the nonce turns out to be used by a
// transaction that is not one of st's versions, st is sent again with a fresh nonce.
func (m *Manager) resubmit(ctx context.Context, st *sendState) error {
	tip, feeCap := st.tip, st.cap
	for attempt := 1; attempt <= maxSendAttempts; attempt++ {
		var err error
		if tip, feeCap, err = m.bumpedFees(ctx, tip, feeCap); err != nil {
			return err
		}
		tx, err := m.sign(st, st.nonce, tip, feeCap)
		if err != nil {
			return err
		}
		if err := m.record(ctx, st, tx); err != nil {
			return fmt.Errorf("resubmit: %w", err)
		}
		err = m.sendTx(ctx, tx)
		switch {
		case err == nil || isAlreadyKnown(err):
			st.log.Warn("transaction not mined, resubmitted with higher fees", "old_hash", st.current().Hash(),
				"hash", tx.Hash(), "tip", tip, "fee_cap", feeCap, "after", m.cfg.Now().Sub(st.lastSent))
			st.tip, st.cap = tip, feeCap
			st.txs = append(st.txs, tx)
			st.lastSent = m.cfg.Now()
			return nil
		case isReplacementUnderpriced(err):
			// The node wants more than our bump (another version of ours, or someone else's, is priced
			// higher): bump again from what was refused.
			st.log.Warn("replacement underpriced, bumping again", "tip", tip, "fee_cap", feeCap)
			st.tip, st.cap = tip, feeCap
		case isNonceTooLow(err):
			return m.nonceUsed(ctx, st)
		default:
			return fmt.Errorf("resubmit: %w", err)
		}
	}
	return fmt.Errorf("resubmit: replacement still underpriced after %d bumps", maxSendAttempts)
}

// nonceUsed handles "nonce too low" on resubmission. Either a version of st was mined (the next poll finds its
// receipt), or something else used the nonce, and st gets a fresh one — unless st was resumed after a
// restart and Config.ResendOnNonceTaken is off, or its nonce was reused by a newer intent: ErrNonceTaken.
func (m *Manager) nonceUsed(ctx context.Context, st *sendState) error {
	// Look twice, a poll interval apart, before concluding the nonce is not ours: sending st under a new
	// nonce when a version of it was in fact mined would execute it twice. A lookup that failed proves
	// nothing: try again later.
	for i := 0; i < 2; i++ {
		r, sure := m.lookup(ctx, st)
		if r != nil {
			return nil
		}
		if !sure {
			return errors.New("nonce used, and the receipts of its versions could not be read")
		}
		if i == 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(m.cfg.PollInterval):
			}
		}
	}
	if st.passive || (st.resumed && !m.cfg.ResendOnNonceTaken) {
		return fmt.Errorf("nonce %d: %w", st.nonce, ErrNonceTaken)
	}
	st.log.Warn("nonce used by another transaction; sending with a fresh nonce", "hash", st.current().Hash())
	m.mu.Lock()
	m.nonceValid = false
	m.mu.Unlock()
	return m.publish(ctx, st)
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// unavailable wraps err with ErrUnavailable if it is a failure to reach the node rather than the node's
// answer (a JSON-RPC error) or the caller giving up (ctx ended).
func unavailable(ctx context.Context, err error) error {
	if err == nil || ctx.Err() != nil {
		return err
	}
	var answered rpc.Error
	if errors.As(err, &answered) {
		return err
	}
	var status rpc.HTTPError
	var netErr net.Error
	if errors.As(err, &status) || errors.As(err, &netErr) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || errContains(err, "connection refused", "connection reset") {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}

// The errors below are recognised by message, as they cross JSON-RPC as strings. The first of each list is
// go-ethereum's wording, which most nodes (and L2s built on geth) share.

func isAlreadyKnown(err error) bool {
	return errContains(err, "already known", "known transaction", "alreadyknown", "already imported")
}

func isNonceTooLow(err error) bool {
	return errContains(err, "nonce too low", "oldnonce", "nonce is too low", "invalid transaction nonce")
}

func isReplacementUnderpriced(err error) bool {
	return errContains(err, "replacement transaction underpriced", "replacement fee too low", "replacementnotallowed")
}

func errContains(err error, subs ...string) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range subs {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
