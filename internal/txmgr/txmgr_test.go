package txmgr

import (
	"context"
	"errors"
	"math/big"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
)

var (
	target   = common.HexToAddress("0x00000000000000000000000000000000000000AA")
	calldata = []byte{0xde, 0xad, 0xbe, 0xef}
	errConn  = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
)

// newFakeManager returns a Manager on f whose resubmission deadline (10 s of f's clock) passes after ten
// receipt polls, polling every millisecond of real time.
func newFakeManager(t *testing.T, f *fakeBackend, edit func(*Config)) *Manager {
	t.Helper()
	return newFakeManagerOn(t, f, f, edit)
}

// newFakeManagerOn is newFakeManager sending through b, a wrapper of f.
func newFakeManagerOn(t *testing.T, b Backend, f *fakeBackend, edit func(*Config)) *Manager {
	t.Helper()
	cfg := Config{
		ChainID:       big.NewInt(1337),
		Key:           chain.DevKeys()[0],
		MaxFeePerGas:  big.NewInt(100 * params.GWei),
		ResubmitAfter: 10 * time.Second,
		PollInterval:  time.Millisecond,
		Logger:        testLogger(t),
		Now:           f.clock.Now,
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

func sendWithDeadline(t *testing.T, m *Manager) (*types.Receipt, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r, err := m.Send(ctx, target, calldata)
	if ctx.Err() != nil {
		t.Fatalf("Send did not finish within the deadline: %v", err)
	}
	return r, err
}

// requireBumped fails unless next raised both the tip and the fee cap of prev by at least PriceBumpPercent
// and kept its nonce.
func requireBumped(t *testing.T, prev, next *types.Transaction) {
	t.Helper()
	if next.Nonce() != prev.Nonce() {
		t.Errorf("resubmission nonce %d, first submission %d: want the same", next.Nonce(), prev.Nonce())
	}
	atLeast := func(name string, old, new *big.Int) {
		min := new2(old, 100+PriceBumpPercent)
		if new.Cmp(min) < 0 || new.Cmp(old) <= 0 {
			t.Errorf("%s %v -> %v: want >= %v (+%d%%)", name, old, new, min, PriceBumpPercent)
		}
	}
	atLeast("tip", prev.GasTipCap(), next.GasTipCap())
	atLeast("fee cap", prev.GasFeeCap(), next.GasFeeCap())
}

// new2 is x*percent/100 rounded up.
func new2(x *big.Int, percent int64) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(percent))
	y.Add(y, big.NewInt(99))
	return y.Div(y, big.NewInt(100))
}

func TestSend(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(f *fakeBackend)
		cfg   func(c *Config)
		check func(t *testing.T, f *fakeBackend, r *types.Receipt, err error)
	}{{
		name: "mined on first submission",
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if len(sent) != 1 || sent[0].Nonce() != 7 || r.TxHash != sent[0].Hash() {
				t.Fatalf("sent %d transactions (first nonce %d), receipt %s", len(sent), sent[0].Nonce(), r.TxHash)
			}
			tx := sent[0]
			if tx.Gas() != 60_000 { // 50,000 estimated + 20%
				t.Errorf("gas %d, want 60000", tx.Gas())
			}
			if tx.GasTipCap().Int64() != params.GWei || tx.GasFeeCap().Int64() != 3*params.GWei {
				t.Errorf("tip %v cap %v, want 1 gwei and 2*base+tip = 3 gwei", tx.GasTipCap(), tx.GasFeeCap())
			}
			if tx.Type() != types.DynamicFeeTxType || tx.ChainId().Int64() != 1337 || *tx.To() != target {
				t.Errorf("tx type %d chain %v to %v", tx.Type(), tx.ChainId(), tx.To())
			}
		},
	}, {
		name: "configured priority fee and fee cap clamp",
		cfg: func(c *Config) {
			c.PriorityFee = big.NewInt(2 * params.GWei)
			c.MaxFeePerGas = big.NewInt(3 * params.GWei)
		},
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			tx := f.sends()[0]
			if tx.GasTipCap().Int64() != 2*params.GWei || tx.GasFeeCap().Int64() != 3*params.GWei {
				t.Errorf("tip %v cap %v, want 2 gwei under a 3 gwei cap", tx.GasTipCap(), tx.GasFeeCap())
			}
		},
	}, {
		name: "dropped submission is resubmitted with the same nonce and bumped fees",
		setup: func(f *fakeBackend) {
			f.onSend = func(_ *fakeBackend, call int, _ *types.Transaction) (bool, error) {
				return call != 0, nil // the node says yes to the first, then loses it
			}
		},
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if len(sent) != 2 {
				t.Fatalf("%d submissions, want 2", len(sent))
			}
			requireBumped(t, sent[0], sent[1])
			if r.TxHash != sent[1].Hash() {
				t.Errorf("receipt of %s, want the resubmission %s", r.TxHash, sent[1].Hash())
			}
		},
	}, {
		name: "nonce too low on first submission re-syncs and uses a fresh nonce",
		setup: func(f *fakeBackend) {
			f.onSend = func(f *fakeBackend, call int, _ *types.Transaction) (bool, error) {
				if call == 0 {
					f.pendingNonce = 9 // something else sent nonces 7 and 8 from this key
					return false, errors.New("nonce too low: next nonce 9, tx nonce 7")
				}
				return true, nil
			}
		},
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if len(sent) != 2 || sent[0].Nonce() != 7 || sent[1].Nonce() != 9 || r.TxHash != sent[1].Hash() {
				t.Fatalf("nonces %v, want 7 then 9", nonces(sent))
			}
		},
	}, {
		name: "already known is treated as sent",
		setup: func(f *fakeBackend) {
			f.onSend = func(*fakeBackend, int, *types.Transaction) (bool, error) {
				return true, errors.New("already known")
			}
		},
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatalf("already known: %v, want success", err)
			}
			if sent := f.sends(); len(sent) != 1 || r.TxHash != sent[0].Hash() {
				t.Fatalf("%d submissions", len(sent))
			}
		},
	}, {
		name: "replacement underpriced bumps again",
		setup: func(f *fakeBackend) {
			f.onSend = func(_ *fakeBackend, call int, _ *types.Transaction) (bool, error) {
				if call == 1 {
					return false, errors.New("replacement transaction underpriced")
				}
				return true, nil
			}
			f.mineIf = func(f *fakeBackend, tx *types.Transaction) bool { return len(f.sent) == 3 && tx == f.sent[2] }
		},
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if len(sent) != 3 {
				t.Fatalf("%d submissions, want 3", len(sent))
			}
			requireBumped(t, sent[0], sent[1])
			requireBumped(t, sent[1], sent[2])
			if r.TxHash != sent[2].Hash() {
				t.Errorf("receipt of %s, want the third submission", r.TxHash)
			}
		},
	}, {
		name: "fee cap reached",
		setup: func(f *fakeBackend) {
			f.mineIf = func(*fakeBackend, *types.Transaction) bool { return false }
		},
		cfg: func(c *Config) { c.MaxFeePerGas = big.NewInt(3_500_000_000) }, // first cap 3 gwei; one bump fits
		check: func(t *testing.T, f *fakeBackend, _ *types.Receipt, err error) {
			if !errors.Is(err, ErrFeeCapExceeded) {
				t.Fatalf("err = %v, want ErrFeeCapExceeded", err)
			}
			sent := f.sends()
			if len(sent) != 2 {
				t.Fatalf("%d submissions, want 2 (one bump fits under the cap)", len(sent))
			}
			requireBumped(t, sent[0], sent[1])
			for _, tx := range sent {
				if tx.GasFeeCap().Cmp(big.NewInt(3_500_000_000)) > 0 {
					t.Errorf("fee cap %v above the configured cap", tx.GasFeeCap())
				}
			}
		},
	}, {
		name:  "base fee above the cap sends nothing",
		setup: func(f *fakeBackend) { f.baseFee = big.NewInt(200 * params.GWei) },
		check: func(t *testing.T, f *fakeBackend, _ *types.Receipt, err error) {
			if !errors.Is(err, ErrFeeCapExceeded) {
				t.Fatalf("err = %v, want ErrFeeCapExceeded", err)
			}
			if n := len(f.sends()); n != 0 {
				t.Fatalf("%d submissions, want none", n)
			}
		},
	}, {
		name: "unknown send error returns and hands the nonce back",
		setup: func(f *fakeBackend) {
			f.onSend = func(*fakeBackend, int, *types.Transaction) (bool, error) { return false, errConn }
		},
		check: func(t *testing.T, f *fakeBackend, _ *types.Receipt, err error) {
			if !errors.Is(err, errConn) {
				t.Fatalf("err = %v, want the connection error", err)
			}
		},
	}, {
		name:  "mined but reverted",
		setup: func(f *fakeBackend) { f.status = types.ReceiptStatusFailed },
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if !errors.Is(err, ErrReverted) || r == nil || r.Status != types.ReceiptStatusFailed {
				t.Fatalf("receipt %v, err %v; want the failed receipt and ErrReverted", r, err)
			}
		},
	}, {
		name:  "waits for confirmations",
		setup: func(f *fakeBackend) { f.advanceHead = true },
		cfg:   func(c *Config) { c.Confirmations = 3 },
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			f.mu.Lock()
			head := f.head
			f.mu.Unlock()
			if head < r.BlockNumber.Uint64()+3 {
				t.Errorf("returned at head %d for a receipt in block %d: want 3 confirmations", head, r.BlockNumber)
			}
		},
	}, {
		name: "nonce used by someone else while pending: fresh nonce",
		setup: func(f *fakeBackend) {
			f.onSend = func(f *fakeBackend, call int, _ *types.Transaction) (bool, error) {
				if call == 1 {
					f.pendingNonce = 8
					return false, errors.New("nonce too low")
				}
				return true, nil
			}
			f.mineIf = func(f *fakeBackend, tx *types.Transaction) bool { return tx.Nonce() == 8 }
		},
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if len(sent) != 3 || sent[2].Nonce() != 8 || r.TxHash != sent[2].Hash() {
				t.Fatalf("nonces %v, receipt %s: want 7, 7, then a fresh 8", nonces(sent), r.TxHash)
			}
		},
	}, {
		name: "nonce too low because our first version was mined",
		setup: func(f *fakeBackend) {
			f.onSend = func(_ *fakeBackend, call int, _ *types.Transaction) (bool, error) {
				if call == 1 {
					return false, errors.New("nonce too low")
				}
				return true, nil
			}
			// Mined, but the receipt shows up only after the resubmission was tried.
			f.mineIf = func(f *fakeBackend, _ *types.Transaction) bool { return len(f.sent) >= 2 }
		},
		check: func(t *testing.T, f *fakeBackend, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if len(sent) != 2 || r.TxHash != sent[0].Hash() {
				t.Fatalf("%d submissions, receipt %s: want the first version's receipt and no fresh nonce", len(sent), r.TxHash)
			}
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFake()
			if tc.setup != nil {
				tc.setup(f)
			}
			m := newFakeManager(t, f, tc.cfg)
			r, err := sendWithDeadline(t, m)
			tc.check(t, f, r, err)
		})
	}
}

func nonces(txs []*types.Transaction) []uint64 {
	out := make([]uint64, len(txs))
	for i, tx := range txs {
		out[i] = tx.Nonce()
	}
	return out
}

// TestFailedSendsUseNoNonce checks that a transaction that never reached the node leaves its nonce to the
// next one: a revert found by estimation, a fee cap below the base fee, an RPC failure.
func TestFailedSendsUseNoNonce(t *testing.T) {
	t.Parallel()
	dist, err := bindings.RewardsDistributorMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	nothing := dist.Errors["NothingToClaim"]
	args, err := nothing.Inputs.Pack(target, target, big.NewInt(5), big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	revertData := hexutil.Encode(append(nothing.ID[:4:4], args...))

	tests := []struct {
		name    string
		breakIt func(f *fakeBackend)
		check   func(t *testing.T, err error)
	}{{
		name:    "would revert",
		breakIt: func(f *fakeBackend) { f.estimateErr = revertError{data: revertData} },
		check: func(t *testing.T, err error) {
			var rev *chain.RevertError
			if !errors.Is(err, ErrWouldRevert) || !errors.As(err, &rev) || rev.Name != "NothingToClaim" || errors.Is(err, ErrUnavailable) {
				t.Fatalf("err = %v, want ErrWouldRevert wrapping the decoded NothingToClaim", err)
			}
			if rev.Args["cumulativeAmount"].(*big.Int).Int64() != 5 {
				t.Errorf("decoded args %v", rev.Args)
			}
		},
	}, {
		name:    "would revert without data",
		breakIt: func(f *fakeBackend) { f.estimateErr = errors.New("execution reverted") },
		check: func(t *testing.T, err error) {
			if !errors.Is(err, ErrWouldRevert) {
				t.Fatalf("err = %v, want ErrWouldRevert", err)
			}
		},
	}, {
		name:    "base fee above cap",
		breakIt: func(f *fakeBackend) { f.baseFee = big.NewInt(1000 * params.GWei) },
		check: func(t *testing.T, err error) {
			if !errors.Is(err, ErrFeeCapExceeded) {
				t.Fatalf("err = %v, want ErrFeeCapExceeded", err)
			}
		},
	}, {
		name: "rpc failure",
		breakIt: func(f *fakeBackend) {
			f.onSend = func(*fakeBackend, int, *types.Transaction) (bool, error) { return false, errConn }
		},
		check: func(t *testing.T, err error) {
			if !errors.Is(err, errConn) || !errors.Is(err, ErrUnavailable) {
				t.Fatalf("err = %v, want ErrUnavailable wrapping the connection error", err)
			}
		},
	}, {
		name: "node unreachable",
		breakIt: func(f *fakeBackend) {
			f.estimateErr = &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
		},
		check: func(t *testing.T, err error) {
			if !errors.Is(err, ErrUnavailable) || errors.Is(err, ErrWouldRevert) {
				t.Fatalf("err = %v, want ErrUnavailable", err)
			}
		},
	}, {
		name: "node answers with an error",
		breakIt: func(f *fakeBackend) {
			f.estimateErr = rpcAnswer{code: -32000, msg: "insufficient funds for gas * price + value"}
		},
		check: func(t *testing.T, err error) {
			if err == nil || errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "insufficient funds") {
				t.Fatalf("err = %v, want the node's answer, not ErrUnavailable", err)
			}
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFake()
			m := newFakeManager(t, f, nil)
			if _, err := sendWithDeadline(t, m); err != nil {
				t.Fatal(err) // nonce 7
			}
			f.mu.Lock()
			tc.breakIt(f)
			f.mu.Unlock()
			_, err := sendWithDeadline(t, m)
			tc.check(t, err)

			f.heal()
			if _, err := sendWithDeadline(t, m); err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if last := sent[len(sent)-1]; last.Nonce() != 8 {
				t.Errorf("next transaction has nonce %d, want 8: the failed one must not use a nonce", last.Nonce())
			}
		})
	}
}

// rpcAnswer is a JSON-RPC error answered by the node (an rpc.Error).
type rpcAnswer struct {
	code int
	msg  string
}

func (e rpcAnswer) Error() string  { return e.msg }
func (e rpcAnswer) ErrorCode() int { return e.code }

func TestSendAsync(t *testing.T) {
	t.Parallel()
	f := newFake()
	m := newFakeManager(t, f, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	hash, done, err := m.SendAsync(ctx, target, calldata)
	if err != nil {
		t.Fatal(err)
	}
	if sent := f.sends(); len(sent) != 1 || sent[0].Hash() != hash {
		t.Fatalf("SendAsync returned %s before/without sending it", hash)
	}
	res := <-done
	if res.Err != nil || res.Receipt.TxHash != hash {
		t.Fatalf("result %+v", res)
	}
}

func TestCancelStopsWaiting(t *testing.T) {
	t.Parallel()
	f := newFake()
	f.mineIf = func(*fakeBackend, *types.Transaction) bool { return false }
	m := newFakeManager(t, f, func(c *Config) { c.ResubmitAfter = time.Hour })
	ctx, cancel := context.WithCancel(context.Background())
	_, done, err := m.SendAsync(ctx, target, calldata)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case res := <-done:
		if !errors.Is(res.Err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", res.Err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("cancelling ctx did not stop the wait")
	}
}

func TestNewValidates(t *testing.T) {
	t.Parallel()
	key := chain.DevKeys()[0]
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no chain id", Config{Key: key}},
		{"no key", Config{ChainID: big.NewInt(1)}},
		{"zero cap", Config{ChainID: big.NewInt(1), Key: key, MaxFeePerGas: new(big.Int)}},
		{"negative tip", Config{ChainID: big.NewInt(1), Key: key, PriorityFee: big.NewInt(-1)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if _, err := New(newFake(), tc.cfg); err == nil {
				t.Fatal("New accepted an invalid config")
			}
		})
	}
	m, err := New(newFake(), Config{ChainID: big.NewInt(1), Key: key})
	if err != nil {
		t.Fatal(err)
	}
	if m.Address() != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Errorf("Address() = %s, want dev account 0", m.Address())
	}
}

// TestPriceBumpConstant guards PriceBumpPercent: geth (txpool.DefaultConfig.PriceBump) and most nodes refuse
// a replacement that raises the tip or the fee cap by less than 10%, so a lower value turns every
// resubmission into "replacement transaction underpriced" and stuck transactions stay stuck.
func TestPriceBumpConstant(t *testing.T) {
	t.Parallel()
	if PriceBumpPercent < 10 {
		t.Fatalf("PriceBumpPercent = %d: nodes refuse replacements bumped by less than 10%%", PriceBumpPercent)
	}
	for _, old := range []int64{0, 1, 9, 10, 11, 99, 1_000_000_007, params.GWei, 123 * params.GWei} {
		o := big.NewInt(old)
		// geth's legacypool: threshold = old * (100 + priceBump) / 100, and new must be strictly above old.
		threshold := new(big.Int).Div(new(big.Int).Mul(o, big.NewInt(110)), big.NewInt(100))
		got := bump(o)
		if got.Cmp(threshold) < 0 || got.Cmp(o) <= 0 {
			t.Errorf("bump(%d) = %v, below geth's replacement threshold %v", old, got, threshold)
		}
	}
}
