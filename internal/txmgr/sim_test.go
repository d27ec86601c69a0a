package txmgr

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
)

// The tests below run the Manager against go-ethereum's own transaction pool and EVM (the simulated
// backend), with tribe deployed. Keys[0] is the distributor's admin.

// automine seals a block whenever transactions are pending (or every few milliseconds if always), until the
// test ends.
func automine(t *testing.T, h *chaintest.Harness, always bool) {
	t.Helper()
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if n, err := h.Client.PendingTransactionCount(context.Background()); always || (err == nil && n > 0) {
					h.Sim.Commit()
				}
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done }) // runs before the harness closes the chain
}

func newSimManager(t *testing.T, h *chaintest.Harness, b Backend, edit func(*Config)) *Manager {
	t.Helper()
	cfg := Config{
		ChainID:       h.ChainID,
		Key:           h.Admin,
		ResubmitAfter: time.Minute,
		PollInterval:  5 * time.Millisecond,
		Logger:        testLogger(t),
	}
	if edit != nil {
		edit(&cfg)
	}
	m, err := New(b, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestConcurrentSendsGetConsecutiveNonces(t *testing.T) {
	t.Parallel()
	h := chaintest.New(t)
	automine(t, h, false)
	m := newSimManager(t, h, h.Client, nil)
	ctx := testCtx(t)
	start, err := h.Client.PendingNonceAt(ctx, m.Address())
	if err != nil {
		t.Fatal(err)
	}

	const n = 24
	signers := make([]common.Address, n)
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		signers[i] = crypto.PubkeyToAddress(h.NewKey().PublicKey)
		wg.Go(func() {
			receipts[i], errs[i] = m.Send(ctx, h.Deployment.Distributor, h.Distributor.PackAddSigner(signers[i]))
		})
	}
	wg.Wait()

	var got []uint64
	for i, r := range receipts {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		tx, _, err := h.Client.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, tx.Nonce())
	}
	slices.Sort(got)
	for i, nonce := range got {
		if nonce != start+uint64(i) {
			t.Fatalf("nonces %v: want %d..%d, each once", got, start, start+n-1)
		}
	}
	for _, s := range signers {
		ok, err := h.Distributor.UnpackIsSigner(h.Call(h.Deployment.Distributor, h.Distributor.PackIsSigner(s)))
		if err != nil || !ok {
			t.Errorf("signer %s not added: %v", s, err)
		}
	}
}

func TestRevertOnChainUsesNoNonce(t *testing.T) {
	t.Parallel()
	h := chaintest.New(t)
	automine(t, h, false)
	m := newSimManager(t, h, h.Client, nil)
	ctx := testCtx(t)
	before, err := h.Client.PendingNonceAt(ctx, m.Address())
	if err != nil {
		t.Fatal(err)
	}

	// The admin is not a root proposer.
	_, err = m.Send(ctx, h.Deployment.Distributor, h.Distributor.PackProposeRoot([32]byte{1}, 1))
	var rev *chain.RevertError
	if !errors.Is(err, ErrWouldRevert) || !errors.As(err, &rev) || rev.Name != "AccessControlUnauthorizedAccount" {
		t.Fatalf("err = %v, want ErrWouldRevert with the decoded AccessControlUnauthorizedAccount", err)
	}
	if rev.Args["account"] != m.Address() {
		t.Errorf("decoded account %v, want %s", rev.Args["account"], m.Address())
	}

	r, err := m.Send(ctx, h.Deployment.Distributor, h.Distributor.PackAddSigner(common.Address{9}))
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := h.Client.TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != before {
		t.Errorf("the send after a revert used nonce %d, want %d: the revert must not use a nonce", tx.Nonce(), before)
	}
}

// recordingBackend records what the node answered to each submission.
type recordingBackend struct {
	Backend
	mu   sync.Mutex
	sent []*types.Transaction
	errs []error
}

func (b *recordingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := b.Backend.SendTransaction(ctx, tx)
	b.mu.Lock()
	b.sent, b.errs = append(b.sent, tx), append(b.errs, err)
	b.mu.Unlock()
	return err
}

func (b *recordingBackend) snapshot() ([]*types.Transaction, []error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.sent), slices.Clone(b.errs)
}

// TestGethAcceptsResubmission checks the bump against go-ethereum's own pool: a transaction left unmined is
// replaced (same nonce, higher fees) without "replacement transaction underpriced", and the replacement is
// what gets mined.
func TestGethAcceptsResubmission(t *testing.T) {
	t.Parallel()
	h := chaintest.New(t)
	rec := &recordingBackend{Backend: h.Client}
	m := newSimManager(t, h, rec, func(c *Config) { c.ResubmitAfter = 20 * time.Millisecond })
	ctx := testCtx(t)

	_, done, err := m.SendAsync(ctx, h.Deployment.Distributor, h.Distributor.PackAddSigner(common.Address{7}))
	if err != nil {
		t.Fatal(err)
	}
	for { // no block is mined until the node has accepted a replacement
		sent, errs := rec.snapshot()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("submission %d refused by geth: %v", i, err)
			}
		}
		if len(sent) >= 2 {
			requireBumped(t, sent[0], sent[1])
			break
		}
		if ctx.Err() != nil {
			t.Fatal("no resubmission")
		}
		time.Sleep(5 * time.Millisecond)
	}
	automine(t, h, false)
	res := <-done
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	sent, _ := rec.snapshot()
	if res.Receipt.TxHash == sent[0].Hash() {
		t.Errorf("the first version was mined: geth did not take the replacement")
	}
}

func TestConfirmationsOnChain(t *testing.T) {
	t.Parallel()
	h := chaintest.New(t)
	automine(t, h, true)
	m := newSimManager(t, h, h.Client, func(c *Config) { c.Confirmations = 2 })
	ctx := testCtx(t)
	r, err := m.Send(ctx, h.Deployment.Distributor, h.Distributor.PackAddSigner(common.Address{8}))
	if err != nil {
		t.Fatal(err)
	}
	head, err := h.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head < r.BlockNumber.Uint64()+2 {
		t.Errorf("returned at head %d for block %d: want 2 confirmations", head, r.BlockNumber)
	}
	if r.Status != types.ReceiptStatusSuccessful || r.GasUsed == 0 || r.GasUsed > tx(t, h, r).Gas() {
		t.Errorf("receipt %+v", r)
	}
}

func tx(t *testing.T, h *chaintest.Harness, r *types.Receipt) *types.Transaction {
	t.Helper()
	tx, _, err := h.Client.TransactionByHash(context.Background(), r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// Both clients tribe uses are Backends.
var (
	_ Backend = (*ethclient.Client)(nil)
	_ Backend = simulated.Client(nil)
)
