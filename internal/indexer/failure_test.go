package indexer_test

import (
	"context"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/indexer"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

func TestRPCErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		method   string
		failures int
		wantErr  error
	}{
		{"logs fail twice, the third attempt works", "FilterLogs", 2, nil},
		{"head fails twice, the third attempt works", "BlockNumber", 2, nil},
		{"logs keep failing", "FilterLogs", 100, indexer.ErrRPC},
		{"head keeps failing", "BlockNumber", 100, indexer.ErrRPC},
		{"headers keep failing", "HeaderByNumber", 100, indexer.ErrRPC},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := baseChain()
			f.Reorg(5) // index half of it first
			cfg := fakeConfig(t)
			cfg.RetryAttempts = 3
			ix := indexer.New(f, ledgertest.Redis(t), cfg)
			mustSync(t, ix)
			f.Add(claim(tokA, fan1, 500))
			f.Add(claim(tokC, fan2, 1), created(tokC, creator2, "C", "C"))
			f.Empty(2)

			before := snapshot(t, cfg.Prefix)
			f.Fail(tc.method, tc.failures)
			calls := f.Calls(tc.method)
			_, err := ix.SyncOnce(context.Background())
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("sync error = %v, want %v", err, tc.wantErr)
			}
			if tc.wantErr == nil {
				if got := f.Calls(tc.method) - calls; got < tc.failures+1 {
					t.Errorf("%s called %d times, want at least %d", tc.method, got, tc.failures+1)
				}
				checkTruth(t, ix, f, cfg)
				return
			}
			if got := f.Calls(tc.method) - calls; got != cfg.RetryAttempts {
				t.Errorf("%s called %d times, want %d (RetryAttempts)", tc.method, got, cfg.RetryAttempts)
			}
			sameSnapshot(t, snapshot(t, cfg.Prefix), before) // the cursor did not move; nothing was written
			f.Fail(tc.method, 0)
			mustSync(t, ix)
			checkTruth(t, ix, f, cfg)
		})
	}
}

// TestStartStop runs the background loop against a node that fails at first: it retries with backoff and
// catches up, follows new blocks, and stops.
func TestStartStop(t *testing.T) {
	t.Parallel()
	f := baseChain()
	cfg := fakeConfig(t)
	cfg.RetryAttempts = 1
	f.Fail("FilterLogs", 4)
	ix := indexer.New(f, ledgertest.Redis(t), cfg)
	ctx := context.Background()
	if err := ix.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.Start(ctx); !errors.Is(err, indexer.ErrAlreadyStarted) {
		t.Errorf("second Start = %v, want ErrAlreadyStarted", err)
	}
	waitFor := func(block uint64) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			n, _, err := ix.Cursor(ctx)
			if err == nil && n == block {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("cursor at %d (%v), want %d", n, err, block)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitFor(f.Head())
	if f.Calls("FilterLogs") < 5 {
		t.Errorf("FilterLogs called %d times; the failures were not retried", f.Calls("FilterLogs"))
	}
	f.Add(claim(tokA, fan4, 9))
	waitFor(f.Head())
	ix.Stop()
	ix.Stop() // twice is fine
	checkTruth(t, ix, f, cfg)

	f.Add(claim(tokA, fan4, 10))
	time.Sleep(4 * cfg.PollInterval)
	if n, _, _ := ix.Cursor(ctx); n == f.Head() {
		t.Fatal("indexed after Stop")
	}
	if err := ix.Start(ctx); err != nil { // and again
		t.Fatal(err)
	}
	waitFor(f.Head())
	ix.Stop()
	checkTruth(t, ix, f, cfg)
}

// scriptHook makes the indexer's Redis fail around its scripts (EVALSHA, or EVAL when the script is not
// cached): before Redis sees the script (a crash or a network failure on the way), or after Redis ran it
// (the reply lost). It records every command name.
type scriptHook struct {
	mu       sync.Mutex
	failAt   int  // fail the failAt-th script that runs (1-based); 0 never
	after    bool // fail after Redis ran it rather than before
	scripts  int
	commands []string
}

func (h *scriptHook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *scriptHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		h.mu.Lock()
		for _, c := range cmds {
			h.commands = append(h.commands, "pipeline:"+c.Name())
		}
		h.mu.Unlock()
		return next(ctx, cmds)
	}
}

func (h *scriptHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		name := strings.ToLower(cmd.Name())
		h.mu.Lock()
		h.commands = append(h.commands, name)
		isScript := name == "evalsha" || name == "eval"
		fail := false
		if isScript && !h.after && h.failAt == h.scripts+1 {
			fail = true
			h.scripts++ // this one "ran" as far as counting goes, but never reached Redis
		}
		h.mu.Unlock()
		if fail {
			return &net.OpError{Op: "write", Net: "tcp", Err: errors.New("connection reset (injected)")}
		}
		err := next(ctx, cmd)
		if !isScript || err != nil { // NOSCRIPT: the client retries with EVAL
			return err
		}
		h.mu.Lock()
		h.scripts++
		lose := h.after && h.scripts == h.failAt
		h.mu.Unlock()
		if lose {
			return &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset (injected)")}
		}
		return nil
	}
}

// TestCrashAroundCommit shows a batch's effects and its cursor cannot be separated: a failure before the
// commit script reaches Redis leaves neither, a failure after it ran (reply lost) leaves both, and a
// restarted indexer ends equal to the chain either way.
func TestCrashAroundCommit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		failAt    int
		after     bool
		wantBlock uint64 // the cursor after the failed pass (batches of 3 blocks from block 1)
	}{
		{"first batch, before Redis", 1, false, 0},
		{"first batch, reply lost", 1, true, 3},
		{"third batch, before Redis", 3, false, 6},
		{"third batch, reply lost", 3, true, 9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := baseChain()
			cfg := fakeConfig(t)
			cfg.BatchBlocks = 3
			hook := &scriptHook{failAt: tc.failAt, after: tc.after}
			crashing := newClient(t)
			crashing.AddHook(hook)
			ix := indexer.New(f, crashing, cfg)
			if _, err := ix.SyncOnce(context.Background()); err == nil {
				t.Fatal("sync succeeded through an injected failure")
			}
			n, h, err := ix.Cursor(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.wantBlock {
				t.Fatalf("cursor after the failure = %d, want %d", n, tc.wantBlock)
			}
			if n > 0 {
				if h != f.Hash(n) {
					t.Fatalf("cursor hash %s, want %s", h, f.Hash(n))
				}
				checkAt(t, ix, f, cfg, n) // the effects are exactly those up to the cursor
			} else if len(snapshot(t, cfg.Prefix)) != 0 {
				t.Fatalf("state after a failed first commit: %v", snapshot(t, cfg.Prefix))
			}

			restarted := indexer.New(f, ledgertest.Redis(t), cfg)
			mustSync(t, restarted)
			checkTruth(t, restarted, f, cfg)
		})
	}
}

// TestPassWritesOnlyThroughScripts records the commands of passes (including a reorg): every write is a
// script, one per batch, so there is no moment where effects are stored but the cursor is not.
func TestPassWritesOnlyThroughScripts(t *testing.T) {
	t.Parallel()
	f := baseChain()
	cfg := fakeConfig(t)
	cfg.BatchBlocks = 4
	cfg.Owners = nil // passing owners on is a script per token (ownerSyncedScript), after the batches
	hook := &scriptHook{}
	rdb := newClient(t)
	rdb.AddHook(hook)
	ix := indexer.New(f, rdb, cfg)
	mustSync(t, ix) // blocks 1-10: batches 1-4, 5-8, 9-10
	f.Reorg(3)
	f.Add(claim(tokA, fan1, 61))
	mustSync(t, ix) // a rewind script, then one batch 8-8
	hook.mu.Lock()
	commands := hook.commands
	hook.mu.Unlock()
	checkTruth(t, ix, f, cfg)

	// hgetall: the cursor; zrevrangebyscore: the kept hashes; hmget: which transfers are of known tokens;
	// hello, client: connection set-up.
	readOnly := map[string]bool{"hgetall": true, "zrevrangebyscore": true, "hmget": true, "hello": true, "pipeline:client": true}
	for _, c := range commands {
		if c != "evalsha" && c != "eval" && !readOnly[c] {
			t.Errorf("a pass sent %q outside a script", c)
		}
	}
	if hook.scripts != 5 {
		t.Errorf("%d scripts ran, want 5 (3 batches, 1 rewind, 1 batch)", hook.scripts)
	}
}

// TestLargeBatchIsSplit has more effects in one batch than one script applies: the batch is committed in
// several scripts at block boundaries, including ones whose hash comes from the logs (blocks older than
// ReorgDepth), and a crash between them loses nothing.
func TestLargeBatchIsSplit(t *testing.T) {
	t.Parallel()
	f := newFakeChain(0)
	for b := range 6 {
		evs := make([]event, 0, 700)
		for i := range 700 {
			evs = append(evs, claim(tokA, addr(0xF1, i), int64(b*1000+i+1)))
		}
		f.Add(evs...)
	}
	f.Empty(1)
	cfg := fakeConfig(t)
	cfg.ReorgDepth = 2
	hook := &scriptHook{failAt: 1, after: true} // the first script runs; its reply is lost
	rdb := newClient(t)
	rdb.AddHook(hook)
	ix := indexer.New(f, rdb, cfg)
	if _, err := ix.SyncOnce(context.Background()); err == nil {
		t.Fatal("sync succeeded through an injected failure")
	}
	n, h, _ := ix.Cursor(context.Background())
	if n != 3 || h != f.Hash(n) {
		t.Fatalf("cursor after the first script = %d %s; want block 3 (%s), the first block boundary after 2048 effects",
			n, h, f.Hash(3))
	}
	checkAt(t, ix, f, cfg, n)
	mustSync(t, indexer.New(f, ledgertest.Redis(t), cfg))
	checkTruth(t, ix, f, cfg)
}

func TestConfig(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		change  func(*indexer.Config)
		wantErr error
	}{
		{"defaults", func(*indexer.Config) {}, nil},
		{"no distributor", func(c *indexer.Config) { c.Distributor = [20]byte{} }, indexer.ErrConfig},
		{"reorg depth not above confirmations", func(c *indexer.Config) { c.Confirmations, c.ReorgDepth = 5, 5 }, indexer.ErrConfig},
		{"negative attempts", func(c *indexer.Config) { c.RetryAttempts = -1 }, indexer.ErrConfig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := indexer.Config{Distributor: fakeDistributor}
			tc.change(&cfg)
			if err := cfg.Check(); !errors.Is(err, tc.wantErr) {
				t.Fatalf("Check = %v, want %v", err, tc.wantErr)
			}
			if tc.wantErr == nil {
				return
			}
			ix := indexer.New(newFakeChain(1), ledgertest.Redis(t), cfg)
			if _, err := ix.SyncOnce(context.Background()); !errors.Is(err, tc.wantErr) {
				t.Errorf("SyncOnce = %v, want %v", err, tc.wantErr)
			}
			if err := ix.Start(context.Background()); !errors.Is(err, tc.wantErr) {
				t.Errorf("Start = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

// TestOtherContracts refuses state built for another deployment under the same prefix.
func TestOtherContracts(t *testing.T) {
	t.Parallel()
	f := baseChain()
	cfg := fakeConfig(t)
	mustSync(t, indexer.New(f, ledgertest.Redis(t), cfg))
	cfg.Distributor = otherContract
	_, err := indexer.New(f, ledgertest.Redis(t), cfg).SyncOnce(context.Background())
	if !errors.Is(err, indexer.ErrContractsMismatch) {
		t.Fatalf("sync = %v, want ErrContractsMismatch", err)
	}
}

// TestTwoIndexers interleaves two indexers on the same Redis: the one whose cursor moved under it writes
// nothing and reports ErrConflict; both end equal to the chain.
func TestTwoIndexers(t *testing.T) {
	t.Parallel()
	f := baseChain()
	cfg := fakeConfig(t)
	a, b := indexer.New(f, ledgertest.Redis(t), cfg), indexer.New(f, ledgertest.Redis(t), cfg)
	done := false // only a's and b's passes call the hook, one after the other
	f.SetBefore(func(f *fakeChain, method string) {
		if method == "FilterLogs" && !done {
			done = true
			mustSync(t, b) // b indexes everything while a is reading its first batch
		}
	})
	if _, err := a.SyncOnce(context.Background()); !errors.Is(err, indexer.ErrConflict) {
		t.Fatalf("sync = %v, want ErrConflict", err)
	}
	checkTruth(t, b, f, cfg)
	f.Add(claim(tokA, fan2, 77))
	mustSync(t, a)
	checkTruth(t, a, f, cfg)
}
