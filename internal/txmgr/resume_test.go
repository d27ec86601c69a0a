package txmgr

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// newJournalManager returns a resumed Manager on f with journal j; every transaction it sends is checked to
// be in base (the journal j writes to) first. It is stopped when t ends.
func newJournalManager(t *testing.T, f *fakeBackend, j, base Journal, edit func(*Config)) *Manager {
	t.Helper()
	m := newFakeManagerOn(t, journaledFirst{Backend: f, t: t, j: base}, f, func(c *Config) {
		c.Journal = j
		c.RPCTimeout = time.Second
		if edit != nil {
			edit(c)
		}
	})
	t.Cleanup(m.Stop)
	if err := m.Resume(context.Background()); err != nil {
		t.Fatal(err)
	}
	return m
}

// waitResumed waits for m's resumed intents, failing t after a deadline.
func waitResumed(t *testing.T, m *Manager) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := m.WaitResumed(ctx); err != nil {
		t.Fatalf("resumed intents not finished: %v", err)
	}
}

func intents(t *testing.T, j Journal) []Intent {
	t.Helper()
	all, err := j.Intents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func TestSendJournals(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(f *fakeBackend)
		cfg   func(c *Config)
		check func(t *testing.T, f *fakeBackend, in Intent, r *types.Receipt, err error)
	}{{
		name: "mined",
		check: func(t *testing.T, f *fakeBackend, in Intent, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if in.Status != IntentMined || in.TxHash != r.TxHash || in.Block != r.BlockNumber.Uint64() ||
				in.Nonce != 7 || !slices.Equal(hashes(in.Txs), hashes(sent)) || in.To != target {
				t.Errorf("intent %+v, sent %v", in, hashes(sent))
			}
		},
	}, {
		name: "every resubmission is journaled",
		setup: func(f *fakeBackend) {
			f.onSend = func(_ *fakeBackend, call int, _ *types.Transaction) (bool, error) { return call != 0, nil }
		},
		check: func(t *testing.T, f *fakeBackend, in Intent, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			sent := f.sends()
			if len(sent) != 2 || !slices.Equal(hashes(in.Txs), hashes(sent)) || in.TxHash != sent[1].Hash() {
				t.Errorf("journaled %v, sent %v, mined %s", hashes(in.Txs), hashes(sent), in.TxHash)
			}
		},
	}, {
		name: "a fresh nonce is journaled",
		setup: func(f *fakeBackend) {
			f.onSend = func(f *fakeBackend, call int, _ *types.Transaction) (bool, error) {
				if call == 0 {
					f.pendingNonce = 9
					return false, errors.New("nonce too low")
				}
				return true, nil
			}
		},
		check: func(t *testing.T, f *fakeBackend, in Intent, r *types.Receipt, err error) {
			if err != nil {
				t.Fatal(err)
			}
			if in.Nonce != 9 || len(in.Txs) != 2 || in.Status != IntentMined {
				t.Errorf("intent nonce %d, %d versions, %s: want nonce 9, both versions, mined", in.Nonce, len(in.Txs), in.Status)
			}
		},
	}, {
		name:  "reverted",
		setup: func(f *fakeBackend) { f.status = types.ReceiptStatusFailed },
		check: func(t *testing.T, f *fakeBackend, in Intent, r *types.Receipt, err error) {
			if !errors.Is(err, ErrReverted) || in.Status != IntentReverted || in.TxHash != r.TxHash {
				t.Errorf("err %v, intent %+v: want reverted with the receipt", err, in)
			}
		},
	}, {
		name: "refused by the node",
		setup: func(f *fakeBackend) {
			f.onSend = func(*fakeBackend, int, *types.Transaction) (bool, error) { return false, errConn }
		},
		check: func(t *testing.T, f *fakeBackend, in Intent, r *types.Receipt, err error) {
			if !errors.Is(err, errConn) || in.Status != IntentFailed || !strings.Contains(in.Error, "not sent") {
				t.Errorf("err %v, intent %+v: want failed, not sent", err, in)
			}
		},
	}, {
		name: "fee cap reached: stays pending for the next Resume",
		setup: func(f *fakeBackend) {
			f.mineIf = func(*fakeBackend, *types.Transaction) bool { return false }
		},
		cfg: func(c *Config) { c.MaxFeePerGas = big.NewInt(3_500_000_000) }, // one bump fits
		check: func(t *testing.T, f *fakeBackend, in Intent, r *types.Receipt, err error) {
			if !errors.Is(err, ErrFeeCapExceeded) || in.Status != IntentPending || len(in.Txs) != 2 {
				t.Errorf("err %v, intent %+v: want pending with both versions", err, in)
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
			j := newTestJournal(t, devAddr)
			m := newJournalManager(t, f, j, j, tc.cfg)
			r, err := sendWithDeadline(t, m)
			all := intents(t, j)
			if len(all) != 1 {
				t.Fatalf("%d intents journaled, want 1", len(all))
			}
			tc.check(t, f, all[0], r, err)
		})
	}
}

func TestJournalWriteFailureSendsNothing(t *testing.T) {
	t.Parallel()
	f := newFake()
	j := newTestJournal(t, devAddr)
	cj := &crashJournal{Journal: j}
	m := newJournalManager(t, f, cj, j, nil)
	cj.kill() // Redis is gone
	if _, err := sendWithDeadline(t, m); !errors.Is(err, errCrashed) {
		t.Fatalf("err = %v, want the journal's", err)
	}
	if n := len(f.sends()); n != 0 {
		t.Fatalf("%d transactions sent without being journaled", n)
	}
	cj.mu.Lock()
	cj.dead = false // Redis is back
	cj.mu.Unlock()
	r, err := sendWithDeadline(t, m)
	if err != nil {
		t.Fatal(err)
	}
	if sent := f.sends(); len(sent) != 1 || sent[0].Nonce() != 7 || r.TxHash != sent[0].Hash() {
		t.Errorf("nonces %v, want 7: a send that could not be journaled uses no nonce", nonces(sent))
	}
}

func TestSendBeforeResume(t *testing.T) {
	t.Parallel()
	f := newFake()
	m := newFakeManager(t, f, func(c *Config) { c.Journal = newTestJournal(t, devAddr) })
	if _, err := sendWithDeadline(t, m); !errors.Is(err, ErrNotResumed) {
		t.Fatalf("err = %v, want ErrNotResumed", err)
	}
	if n := len(f.sends()); n != 0 {
		t.Fatalf("%d transactions sent", n)
	}

	// Without a journal there is nothing to resume, wait for or stop.
	plain := newFakeManager(t, f, nil)
	if err := plain.Resume(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := plain.WaitResumed(context.Background()); err != nil {
		t.Fatal(err)
	}
	plain.Stop()
	if all, err := plain.Intents(context.Background()); all != nil || err != nil {
		t.Fatalf("Intents without a journal: %v, %v", all, err)
	}
}

// TestResume runs a Manager with a journal until its process "dies" at a given point (its journal stops
// accepting anything, so it can send nothing more), then starts a second Manager on the same journal and
// node, and checks what Resume makes of it.
func TestResume(t *testing.T) {
	t.Parallel()
	type run struct {
		f      *fakeBackend
		m2     *Manager
		in     Intent               // the one intent journaled
		before []*types.Transaction // what the first process sent
		after  []*types.Transaction // what the second one sent
	}
	// sentAgain fails unless the second process sent exactly want, the journaled version number v.
	sentAgain := func(t *testing.T, r run, v int) {
		t.Helper()
		if len(r.after) != 1 || len(r.in.Txs) <= v || r.after[0].Hash() != r.in.Txs[v].Hash() {
			t.Fatalf("resumed process sent %v, want only the journaled version %d (%v)", hashes(r.after), v, hashes(r.in.Txs))
		}
	}
	mined := func(t *testing.T, r run, v int) {
		t.Helper()
		if r.in.Status != IntentMined || len(r.in.Txs) <= v || r.in.TxHash != r.in.Txs[v].Hash() {
			t.Fatalf("intent %+v, want mined by version %d", r.in, v)
		}
		if got := r.f.minedNonce; got != r.in.Txs[v].Nonce()+1 {
			t.Errorf("account nonce %d after the intent was mined with nonce %d", got, r.in.Txs[v].Nonce())
		}
	}
	neverMined := func(f *fakeBackend, _ *types.Transaction) bool { return false }
	dropAll := func(*fakeBackend, int, *types.Transaction) (bool, error) { return false, nil }

	tests := []struct {
		name string
		// The first process: its journal dies right after Record number crashAt, or, with killAfterSend,
		// as soon as SendAsync returns; else setup kills it (through cj).
		crashAt       int
		killAfterSend bool
		setup         func(f *fakeBackend, cj *crashJournal)
		first         func(c *Config)
		between       func(f *fakeBackend) // while no process runs; after f.heal()
		second        func(c *Config)
		check         func(t *testing.T, r run)
	}{{
		name:    "crash after journaling, before sending: sent once",
		crashAt: 1,
		check: func(t *testing.T, r run) {
			if len(r.before) != 0 || len(r.in.Txs) != 1 {
				t.Fatalf("first process sent %d, journaled %d versions", len(r.before), len(r.in.Txs))
			}
			sentAgain(t, r, 0)
			mined(t, r, 0)
		},
	}, {
		name:          "crash after sending, before the receipt: found mined",
		killAfterSend: true,
		setup:         func(f *fakeBackend, _ *crashJournal) { f.mineIf = neverMined },
		check: func(t *testing.T, r run) {
			if len(r.after) != 0 {
				t.Errorf("resumed process sent %v: the transaction was already mined", hashes(r.after))
			}
			mined(t, r, 0)
		},
	}, {
		name:          "crash after sending, the node lost it: the same transaction again",
		killAfterSend: true,
		setup:         func(f *fakeBackend, _ *crashJournal) { f.onSend, f.mineIf = dropAll, neverMined },
		check: func(t *testing.T, r run) {
			sentAgain(t, r, 0)
			mined(t, r, 0)
		},
	}, {
		name:    "crash while resubmitting, after journaling the new version",
		crashAt: 2,
		setup:   func(f *fakeBackend, _ *crashJournal) { f.onSend, f.mineIf = dropAll, neverMined },
		first:   func(c *Config) { c.ResubmitAfter = 10 * time.Second },
		check: func(t *testing.T, r run) {
			if len(r.before) != 1 || len(r.in.Txs) != 2 {
				t.Fatalf("first process sent %d, journaled %d versions; want 1 and 2", len(r.before), len(r.in.Txs))
			}
			requireBumped(t, r.in.Txs[0], r.in.Txs[1])
			sentAgain(t, r, 1)
			mined(t, r, 1)
		},
	}, {
		name: "crash while resubmitting, after sending the new version",
		setup: func(f *fakeBackend, cj *crashJournal) {
			f.mineIf = neverMined
			f.onSend = func(_ *fakeBackend, call int, _ *types.Transaction) (bool, error) {
				if call == 1 {
					cj.kill()
				}
				return call != 0, nil
			}
		},
		first: func(c *Config) { c.ResubmitAfter = 10 * time.Second },
		check: func(t *testing.T, r run) {
			if len(r.before) != 2 || len(r.after) != 0 {
				t.Fatalf("sent %d then %d, want 2 then 0", len(r.before), len(r.after))
			}
			mined(t, r, 1)
		},
	}, {
		name:    "nonce taken by another party: failed, nothing sent",
		crashAt: 1,
		between: func(f *fakeBackend) { f.minedNonce, f.pendingNonce = 8, 8 },
		check: func(t *testing.T, r run) {
			if len(r.after) != 0 || r.in.Status != IntentFailed || !strings.Contains(r.in.Error, ErrNonceTaken.Error()) {
				t.Fatalf("sent %v, intent %+v: want failed with ErrNonceTaken and nothing sent", hashes(r.after), r.in)
			}
			if _, err := sendWithDeadline(t, r.m2); err != nil {
				t.Fatal(err)
			}
			if sent := r.f.sends(); sent[len(sent)-1].Nonce() != 8 {
				t.Errorf("next transaction has nonce %d, want 8", sent[len(sent)-1].Nonce())
			}
		},
	}, {
		name:    "nonce taken by another party: resent with ResendOnNonceTaken",
		crashAt: 1,
		between: func(f *fakeBackend) { f.minedNonce, f.pendingNonce = 8, 8 },
		second:  func(c *Config) { c.ResendOnNonceTaken = true },
		check: func(t *testing.T, r run) {
			if len(r.after) != 1 || r.after[0].Nonce() != 8 || string(r.after[0].Data()) != string(calldata) ||
				*r.after[0].To() != target {
				t.Fatalf("resumed process sent %v, want the same call with nonce 8", nonces(r.after))
			}
			if r.in.Nonce != 8 || len(r.in.Txs) != 2 || r.in.Txs[1].Hash() != r.after[0].Hash() {
				t.Errorf("intent %+v: want the fresh version journaled", r.in)
			}
			mined(t, r, 1)
		},
	}, {
		name:          "RPC errors and timeouts during Resume are retried",
		killAfterSend: true,
		setup:         func(f *fakeBackend, _ *crashJournal) { f.onSend, f.mineIf = dropAll, neverMined },
		between: func(f *fakeBackend) {
			f.calls = make(map[string]int)
			f.fault = func(ctx context.Context, method string, n int) error {
				switch {
				case method == "TransactionReceipt" && n < 3, method == "SendTransaction" && n < 2:
					return errConn
				case method == "NonceAt" && n < 2:
					<-ctx.Done() // the node does not answer
					return ctx.Err()
				}
				return nil
			}
		},
		second: func(c *Config) { c.RPCTimeout = 20 * time.Millisecond },
		check: func(t *testing.T, r run) {
			sentAgain(t, r, 0)
			mined(t, r, 0)
			r.f.mu.Lock()
			defer r.f.mu.Unlock()
			if r.f.calls["NonceAt"] < 3 || r.f.calls["SendTransaction"] < 3 {
				t.Errorf("calls %v: the faults were not all hit", r.f.calls)
			}
		},
	}, {
		name:          "mined, but receipts lag behind the nonce: not taken for a failure",
		killAfterSend: true,
		setup:         func(f *fakeBackend, _ *crashJournal) { f.mineIf = neverMined },
		between: func(f *fakeBackend) {
			f.minedNonce = 8
			f.calls = make(map[string]int)
			f.fault = func(_ context.Context, method string, n int) error {
				if method == "TransactionReceipt" && n < 5 {
					return errors.New("transaction indexing is in progress")
				}
				return nil
			}
		},
		check: func(t *testing.T, r run) {
			if len(r.after) != 0 {
				t.Errorf("resumed process sent %v", hashes(r.after))
			}
			mined(t, r, 0)
		},
	}, {
		name:    "crash while resubmitting, the old version still pending: replaced by the journaled one",
		crashAt: 2,
		setup:   func(f *fakeBackend, _ *crashJournal) { f.mineIf = neverMined },
		first:   func(c *Config) { c.ResubmitAfter = 10 * time.Second },
		between: func(f *fakeBackend) {
			// As a node would: the replacement, once it arrives, is what gets mined.
			f.mineIf = func(f *fakeBackend, tx *types.Transaction) bool { return len(f.sent) >= 2 && tx == f.sent[1] }
		},
		check: func(t *testing.T, r run) {
			sentAgain(t, r, 1)
			mined(t, r, 1)
			for _, tx := range append(r.before, r.after...) {
				if tx.Nonce() != 7 {
					t.Errorf("a transaction with nonce %d was sent: want only nonce 7", tx.Nonce())
				}
			}
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newFake()
			j := newTestJournal(t, devAddr)
			cj := &crashJournal{Journal: j, crashAt: tc.crashAt}
			if tc.setup != nil {
				f.mu.Lock()
				tc.setup(f, cj)
				f.mu.Unlock()
			}

			// The first process.
			m1 := newJournalManager(t, f, cj, j, func(c *Config) {
				c.ResubmitAfter = time.Hour
				if tc.first != nil {
					tc.first(c)
				}
			})
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			ctx1, kill := context.WithCancel(ctx)
			defer kill()
			_, done, err := m1.SendAsync(ctx1, target, calldata)
			if tc.crashAt == 1 {
				if !errors.Is(err, errCrashed) {
					t.Fatalf("first send: %v, want a crash", err)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				if tc.killAfterSend {
					cj.kill()
				}
				for !cj.isDead() && ctx.Err() == nil {
					time.Sleep(time.Millisecond)
				}
				kill()
				<-done
			}
			before := f.sends()

			// No process runs.
			f.heal()
			if tc.between != nil {
				f.mu.Lock()
				tc.between(f)
				f.mu.Unlock()
			}

			// The second process, on the same journal and node.
			m2 := newJournalManager(t, f, j, j, tc.second)
			waitResumed(t, m2)
			all := intents(t, j)
			if len(all) != 1 {
				t.Fatalf("%d intents journaled, want 1", len(all))
			}
			f.mu.Lock()
			r := run{f: f, m2: m2, in: all[0], before: before, after: f.sent[len(before):len(f.sent):len(f.sent)]}
			f.mu.Unlock()
			tc.check(t, r)
		})
	}
}

// gatedBackend holds every submission with nonce gate.nonce until gate.open is closed.
type gatedBackend struct {
	journaledFirst
	nonce uint64
	open  chan struct{}
}

func (b gatedBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if tx.Nonce() == b.nonce {
		select {
		case <-b.open:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return b.journaledFirst.SendTransaction(ctx, tx)
}

// TestNewSendsGetNoncesAboveResumedIntents checks the nonce floor: an intent journaled with nonce 7 but not
// yet with the node must not lose its nonce to a transaction sent meanwhile.
func TestNewSendsGetNoncesAboveResumedIntents(t *testing.T) {
	t.Parallel()
	f := newFake()
	j := newTestJournal(t, devAddr)
	m1 := newJournalManager(t, f, &crashJournal{Journal: j, crashAt: 1}, j, nil)
	if _, err := sendWithDeadline(t, m1); !errors.Is(err, errCrashed) {
		t.Fatalf("first send: %v, want a crash", err)
	}

	gate := gatedBackend{journaledFirst: journaledFirst{Backend: f, t: t, j: j}, nonce: 7, open: make(chan struct{})}
	m2 := newFakeManagerOn(t, gate, f, func(c *Config) { c.Journal = j })
	t.Cleanup(m2.Stop)
	if err := m2.Resume(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The resumed intent is stuck at the gate: the node's pending nonce is still 7.
	r, err := sendWithDeadline(t, m2)
	if err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	tx := f.pool[r.TxHash]
	f.mu.Unlock()
	if tx == nil || tx.Nonce() != 8 {
		t.Fatalf("new transaction %v: want nonce 8, above the journaled 7", tx)
	}
	close(gate.open)
	waitResumed(t, m2)
	all := intents(t, j)
	if len(all) != 2 || all[0].Status != IntentMined || all[1].Status != IntentMined {
		t.Fatalf("intents %+v: want both mined", all)
	}
	got := []uint64{all[0].Nonce, all[1].Nonce}
	slices.Sort(got)
	if !slices.Equal(got, []uint64{7, 8}) {
		t.Errorf("nonces %v, want 7 and 8", got)
	}
}

// TestResumeReusedNonce covers two pending intents with one nonce: the older one's first send failed and its
// failure could not be written, so its nonce went to the newer one. The newer one is resumed; the older one
// is never sent again, and fails once the nonce is used.
func TestResumeReusedNonce(t *testing.T) {
	t.Parallel()
	f := newFake()
	j := newTestJournal(t, devAddr)
	ctx := context.Background()
	older, newer := signed(t, 7, 1), signed(t, 7, 2)
	if err := j.Record(ctx, "older", older, f.clock.Now()); err != nil {
		t.Fatal(err)
	}
	if err := j.Record(ctx, "newer", newer, f.clock.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	m := newJournalManager(t, f, j, j, nil)
	waitResumed(t, m)
	if sent := f.sends(); len(sent) != 1 || sent[0].Hash() != newer.Hash() {
		t.Fatalf("sent %v, want only the newer intent's transaction", hashes(sent))
	}
	for _, in := range intents(t, j) {
		want := map[string]IntentStatus{"older": IntentFailed, "newer": IntentMined}[in.ID]
		if in.Status != want {
			t.Errorf("intent %s is %s (%s), want %s", in.ID, in.Status, in.Error, want)
		}
	}
}

// TestStopLeavesIntentsPending checks that Stop ends the background work of Resume without finishing
// anything, and that the next process picks the intent up.
func TestStopLeavesIntentsPending(t *testing.T) {
	t.Parallel()
	f := newFake()
	j := newTestJournal(t, devAddr)
	if _, err := sendWithDeadline(t, newJournalManager(t, f, &crashJournal{Journal: j, crashAt: 1}, j, nil)); !errors.Is(err, errCrashed) {
		t.Fatalf("first send: %v, want a crash", err)
	}
	f.mu.Lock()
	f.fault = func(_ context.Context, method string, _ int) error {
		if method == "SendTransaction" {
			return errConn // the node is down
		}
		return nil
	}
	f.mu.Unlock()
	m2 := newJournalManager(t, f, j, j, nil)
	time.Sleep(20 * time.Millisecond) // let it retry a few times
	m2.Stop()
	if err := m2.WaitResumed(context.Background()); err != nil {
		t.Fatal(err)
	}
	if all := intents(t, j); len(all) != 1 || all[0].Status != IntentPending {
		t.Fatalf("intents %+v after Stop: want still pending", all)
	}

	f.heal()
	m3 := newJournalManager(t, f, j, j, nil)
	waitResumed(t, m3)
	if all := intents(t, j); len(all) != 1 || all[0].Status != IntentMined {
		t.Fatalf("intents %+v: want mined by the next process", all)
	}
	if sent := f.sends(); len(sent) != 1 {
		t.Errorf("%d transactions sent, want 1", len(sent))
	}
}
