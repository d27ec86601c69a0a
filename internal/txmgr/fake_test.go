package txmgr

import (
	"context"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// fakeClock is a clock that moves only when told to.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// fakeBackend is a deterministic node: a pool that accepts, drops or refuses each submission as a test
// scripts it, a miner that includes an accepted transaction when its receipt is first asked for (if mineIf
// allows), and a clock that moves by step on every receipt query, so that resubmission deadlines pass
// after a fixed number of polls whatever the machine's speed. fault injects RPC errors and timeouts into any
// call.
type fakeBackend struct {
	mu    sync.Mutex
	clock *fakeClock
	step  time.Duration

	baseFee, tip *big.Int
	pendingNonce uint64 // the node's idea of the next nonce
	minedNonce   uint64 // the account's nonce at the latest block (NonceAt): past every mined transaction
	head         uint64
	advanceHead  bool // BlockNumber moves the head one block per call
	status       uint64
	estimate     uint64
	estimateErr  error

	// onSend decides what happens to submission number call (0-based): whether the pool keeps the
	// transaction and what SendTransaction returns. nil accepts everything.
	onSend func(f *fakeBackend, call int, tx *types.Transaction) (keep bool, err error)
	// mineIf decides whether an accepted transaction is mined when its receipt is asked for. nil mines all.
	mineIf func(f *fakeBackend, tx *types.Transaction) bool
	// fault, if set, runs before every call (outside the lock) with the method's name and how many calls
	// of it came before; an error it returns is the call's, which then does nothing (a SendTransaction
	// never reaches the pool). It may block until ctx ends to play a timeout.
	fault func(ctx context.Context, method string, n int) error
	calls map[string]int

	sent     []*types.Transaction // every SendTransaction call, in order
	errs     []error              // what each returned
	pool     map[common.Hash]*types.Transaction
	receipts map[common.Hash]*types.Receipt
}

func newFake() *fakeBackend {
	return &fakeBackend{
		clock:        &fakeClock{now: time.Unix(1_700_000_000, 0)},
		step:         time.Second,
		baseFee:      big.NewInt(params.GWei),
		tip:          big.NewInt(params.GWei),
		pendingNonce: 7,
		minedNonce:   7,
		head:         100,
		status:       types.ReceiptStatusSuccessful,
		estimate:     50_000,
		pool:         make(map[common.Hash]*types.Transaction),
		receipts:     make(map[common.Hash]*types.Receipt),
		calls:        make(map[string]int),
	}
}

// inject runs f.fault for a call of method.
func (f *fakeBackend) inject(ctx context.Context, method string) error {
	f.mu.Lock()
	fault, n := f.fault, f.calls[method]
	f.calls[method]++
	f.mu.Unlock()
	if fault == nil {
		return nil
	}
	return fault(ctx, method, n)
}

func (f *fakeBackend) PendingNonceAt(ctx context.Context, _ common.Address) (uint64, error) {
	if err := f.inject(ctx, "PendingNonceAt"); err != nil {
		return 0, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.pendingNonce, nil
}

func (f *fakeBackend) NonceAt(ctx context.Context, _ common.Address, _ *big.Int) (uint64, error) {
	if err := f.inject(ctx, "NonceAt"); err != nil {
		return 0, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.minedNonce, nil
}

func (f *fakeBackend) HeaderByNumber(ctx context.Context, _ *big.Int) (*types.Header, error) {
	if err := f.inject(ctx, "HeaderByNumber"); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return &types.Header{Number: new(big.Int).SetUint64(f.head), BaseFee: new(big.Int).Set(f.baseFee)}, nil
}

func (f *fakeBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if err := f.inject(ctx, "SuggestGasTipCap"); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return new(big.Int).Set(f.tip), nil
}

func (f *fakeBackend) EstimateGas(ctx context.Context, _ ethereum.CallMsg) (uint64, error) {
	if err := f.inject(ctx, "EstimateGas"); err != nil {
		return 0, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.estimate, f.estimateErr
}

func (f *fakeBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.inject(ctx, "SendTransaction"); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	call := len(f.sent)
	f.sent = append(f.sent, tx)
	keep, err := true, error(nil)
	if f.onSend != nil {
		keep, err = f.onSend(f, call, tx)
	}
	f.errs = append(f.errs, err)
	if keep {
		f.pool[tx.Hash()] = tx
		f.pendingNonce = max(f.pendingNonce, tx.Nonce()+1)
	}
	return err
}

func (f *fakeBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := f.inject(ctx, "TransactionReceipt"); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.clock.Advance(f.step)
	if r, ok := f.receipts[h]; ok {
		return r, nil
	}
	tx, ok := f.pool[h]
	if !ok || (f.mineIf != nil && !f.mineIf(f, tx)) {
		return nil, ethereum.NotFound
	}
	f.head++
	f.minedNonce = max(f.minedNonce, tx.Nonce()+1)
	r := &types.Receipt{Status: f.status, TxHash: h, BlockNumber: new(big.Int).SetUint64(f.head), GasUsed: 21_000}
	f.receipts[h] = r
	return r, nil
}

func (f *fakeBackend) BlockNumber(ctx context.Context) (uint64, error) {
	if err := f.inject(ctx, "BlockNumber"); err != nil {
		return 0, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.advanceHead {
		f.head++
	}
	return f.head, nil
}

// heal removes the faults a test injected, keeping the chain's history.
func (f *fakeBackend) heal() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.baseFee, f.estimateErr, f.status = big.NewInt(params.GWei), nil, types.ReceiptStatusSuccessful
	f.onSend, f.mineIf, f.fault = nil, nil, nil
}

// sends returns a copy of every submission so far.
func (f *fakeBackend) sends() []*types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*types.Transaction(nil), f.sent...)
}

// revertError is an execution error as a node returns it from eth_estimateGas: code 3 with the revert data.
type revertError struct{ data string }

func (e revertError) Error() string          { return "execution reverted" }
func (e revertError) ErrorCode() int         { return 3 }
func (e revertError) ErrorData() interface{} { return e.data }

// testLogger is a logger writing to t's log.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
