package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/indexer"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

var (
	tokA, tokB, tokC       = addr(0xA0, 1), addr(0xB0, 2), addr(0xC0, 3)
	creator1, creator2     = addr(0xCC, 1), addr(0xCC, 2)
	fan1, fan2, fan3, fan4 = addr(0xF0, 1), addr(0xF0, 2), addr(0xF0, 3), addr(0xF0, 4)
)

// baseChain is ten blocks of token creations and claims (head 10).
func baseChain() *fakeChain {
	f := newFakeChain(0)
	f.Add(transferred(tokB, fan4), created(tokA, creator1, "Token A", "A")) // 1: tokB is no token yet
	f.Add(claim(tokA, fan1, 10), claim(tokA, fan2, 5))                      // 2
	f.Add(claim(tokA, fan1, 30), transferred(tokA, creator2))               // 3
	f.Empty(2)                                                              // 4, 5
	f.Add(created(tokB, creator2, "Token B", "B"), claim(tokA, fan3, 7))    // 6
	f.Add(claim(tokB, fan1, 100), transferred(tokA, fan1))                  // 7
	f.Add(claim(tokA, fan1, 45), claim(tokA, fan1, 60))                     // 8
	f.Add(event{token: tokA, account: fan1, cum: 999, noise: true},         // 9: another contract's logs
		transferred(otherContract, fan2), transferred(tokB, common.Address{})) //    and tokB renounced
	f.Add(claim(tokB, fan2, 8)) // 10
	return f
}

func TestReorg(t *testing.T) {
	t.Parallel()
	type step struct {
		change  func(f *fakeChain)
		wantErr error
	}
	tests := []struct {
		name                      string
		conf, depth, batch, start uint64
		steps                     []step
	}{
		{name: "within confirmations: nothing indexed is orphaned", conf: 3, steps: []step{{change: func(f *fakeChain) {
			f.Reorg(2)
			f.Add(claim(tokA, fan4, 1))
			f.Add(claim(tokB, fan2, 9))
		}}}},
		{name: "orphaned claims and token are undone", conf: 1, steps: []step{{change: func(f *fakeChain) {
			f.Reorg(6) // blocks 5-10: token B, fan3's claim, fan1's 100, 45 and 60, fan2's 8
			f.Add(claim(tokA, fan1, 35), claim(tokA, fan4, 3))
			f.Empty(5)
		}}}},
		{name: "new chain is shorter than the cursor", conf: 1, steps: []step{
			{change: func(f *fakeChain) { f.Reorg(6); f.Add(claim(tokA, fan1, 31)) }},
			{change: func(f *fakeChain) { f.Add(claim(tokA, fan1, 40)); f.Empty(3) }},
		}},
		{name: "token re-created in another block", steps: []step{{change: func(f *fakeChain) {
			f.Reorg(5)
			f.Empty(1)
			f.Add(created(tokB, creator1, "Other B", "OB"), claim(tokB, fan1, 50))
		}}}},
		{name: "same events again on the new fork", steps: []step{{change: func(f *fakeChain) {
			f.Reorg(3)
			f.Add(claim(tokA, fan1, 45), claim(tokA, fan1, 60))
			f.Empty(1)
			f.Add(claim(tokB, fan2, 8))
		}}}},
		{name: "everything since the start block", start: 1, steps: []step{{change: func(f *fakeChain) {
			f.Reorg(10)
			f.Add(created(tokA, creator2, "Token A2", "A2"))
			f.Add(claim(tokA, fan2, 1))
			f.Empty(2)
		}}}},
		{name: "small batches and successive reorgs", conf: 2, batch: 2, steps: []step{
			{change: func(f *fakeChain) { f.Reorg(4); f.Add(claim(tokA, fan1, 70)); f.Empty(4) }},
			{change: func(f *fakeChain) { f.Reorg(7); f.Add(claim(tokC, fan3, 2)); f.Empty(7) }},
			{change: func(f *fakeChain) { f.Reorg(3); f.Empty(1) }},
		}},
		{name: "deeper than the kept blocks", depth: 3, steps: []step{
			{change: func(f *fakeChain) { f.Reorg(5); f.Empty(6) }, wantErr: indexer.ErrReorgTooDeep},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := baseChain()
			cfg := fakeConfig(t)
			cfg.Confirmations, cfg.ReorgDepth, cfg.BatchBlocks = tc.conf, tc.depth, tc.batch
			if tc.start > 0 {
				cfg.StartBlock = tc.start
			}
			ix := indexer.New(f, ledgertest.Redis(t), cfg)
			mustSync(t, ix)
			checkTruth(t, ix, f, cfg)
			for i, s := range tc.steps {
				before := snapshot(t, cfg.Prefix)
				s.change(f)
				_, err := ix.SyncOnce(context.Background())
				if !errors.Is(err, s.wantErr) {
					t.Fatalf("step %d: sync error = %v, want %v", i, err, s.wantErr)
				}
				if err != nil {
					sameSnapshot(t, snapshot(t, cfg.Prefix), before) // nothing undone, nothing added
					continue
				}
				checkTruth(t, ix, f, cfg)
			}
		})
	}
}

// TestReorgDuringPass changes the chain between the reads of one pass: the pass must notice and write
// nothing inconsistent, and the next pass must end equal to the new chain.
func TestReorgDuringPass(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		method string
		call   int // the reorg happens before this call of method (1-based) in the pass
	}{
		{"before the reorg check", "HeaderByNumber", 1},
		{"between the headers of a batch", "HeaderByNumber", 3},
		{"between headers and logs", "FilterLogs", 1},
		{"before the last header check", "HeaderByNumber", 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := baseChain()
			cfg := fakeConfig(t)
			cfg.Confirmations = 1
			ix := indexer.New(f, ledgertest.Redis(t), cfg)
			mustSync(t, ix)
			f.Add(claim(tokA, fan1, 80))
			f.Add(claim(tokC, fan2, 3))
			f.Empty(3)
			calls := 0
			f.SetBefore(func(f *fakeChain, method string) {
				if method != tc.method {
					return
				}
				if calls++; calls == tc.call {
					f.Reorg(6) // orphans indexed blocks too
					f.Add(claim(tokA, fan4, 4))
					f.Add(claim(tokA, fan1, 65))
					f.Empty(4)
				}
			})
			_, err := ix.SyncOnce(context.Background())
			if err != nil && !errors.Is(err, indexer.ErrChainChanged) {
				t.Fatalf("pass during reorg: %v", err)
			}
			if calls < tc.call {
				t.Fatalf("the pass made %d %s calls; the reorg never happened", calls, tc.method)
			}
			mustSync(t, ix)
			checkTruth(t, ix, f, cfg)
		})
	}
}

// TestRandomChains drives the indexer through seeded random chains: growth, reorgs of any depth it can
// undo, reorgs in the middle of a pass, RPC failures and restarts. After every settled pass it must hold
// exactly the canonical chain's truth, and keep no more than ReorgDepth blocks of hashes and undo logs.
func TestRandomChains(t *testing.T) {
	t.Parallel()
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			t.Parallel()
			rng := rand.New(rand.NewPCG(seed, 42))
			cfg := fakeConfig(t)
			cfg.Logger = nil // thousands of lines otherwise
			cfg.Confirmations = rng.Uint64N(4)
			cfg.ReorgDepth = cfg.Confirmations + 2 + rng.Uint64N(8)
			cfg.BatchBlocks = 1 + rng.Uint64N(5)
			cfg.RetryAttempts = 2
			f := newFakeChain(0)
			tokens := []common.Address{tokA, tokB, tokC}
			fans := []common.Address{fan1, fan2, fan3, fan4}
			grow := func(n int) {
				for range n {
					head := f.Truth(f.Head())
					var evs []event
					for range rng.IntN(4) {
						tok := tokens[rng.IntN(len(tokens))]
						if rng.IntN(5) == 0 { // known or not, to a fan or renounced
							owner := common.Address{}
							if rng.IntN(3) > 0 {
								owner = fans[rng.IntN(len(fans))]
							}
							evs = append(evs, transferred(tok, owner))
							continue
						}
						if _, ok := head.tokens[tok]; !ok && rng.IntN(2) == 0 {
							evs = append(evs, created(tok, fans[rng.IntN(len(fans))], "T", "S"))
							head.tokens[tok] = event{}
							continue
						}
						k := [2]common.Address{tok, fans[rng.IntN(len(fans))]}
						head.claimed[k] += 1 + rng.Int64N(50) // cumulative amounts only grow on one chain
						evs = append(evs, claim(k[0], k[1], head.claimed[k]))
					}
					f.Add(evs...)
				}
			}
			grow(5)
			rdb := ledgertest.Redis(t)
			ix := indexer.New(f, rdb, cfg)
			mustSync(t, ix)
			// maxReorg is the deepest reorg the indexer can undo: its fork point must be a kept block, or the
			// block before the start block if that one is kept.
			maxReorg := func() int {
				kept := rdb.ZRangeWithScores(context.Background(), cfg.Prefix+":{idx}:hashes", 0, 0).Val()
				if len(kept) == 0 {
					t.Fatal("no kept blocks")
				}
				lowest := uint64(kept[0].Score)
				if lowest == cfg.StartBlock {
					lowest--
				}
				return int(f.Head() - lowest)
			}
			for step := range 120 {
				fired := false
				switch r := rng.IntN(20); {
				case r < 10 || r < 17 && maxReorg() < 1:
					grow(1 + rng.IntN(4))
				case r < 15:
					k := 1 + rng.IntN(maxReorg())
					t.Logf("step %d: head %d: reorg %d", step, f.Head(), k)
					f.Reorg(k)
					grow(max(1, k+rng.IntN(5)-2))
				case r < 17:
					k := 1 + rng.IntN(maxReorg())
					t.Logf("step %d: head %d: reorg %d during the pass", step, f.Head()+1, k)
					call := 1 + rng.IntN(4)
					method := []string{"HeaderByNumber", "FilterLogs"}[rng.IntN(2)]
					calls, g := 0, rng.IntN(5)
					f.SetBefore(func(f *fakeChain, m string) {
						if m == method {
							if calls++; calls == call {
								fired = true
								f.Reorg(k)
								f.Empty(k + g)
							}
						}
					})
					grow(1)
				case r < 19:
					m, n := []string{"BlockNumber", "HeaderByNumber", "FilterLogs"}[rng.IntN(3)], 1+rng.IntN(3)
					t.Logf("step %d: %d failures of %s", step, n, m)
					f.Fail(m, n)
				default:
					t.Logf("step %d: restart", step)
					ix = indexer.New(f, rdb, cfg)
				}
				var err error
				for try := 0; try < 3; try++ {
					if _, err = ix.SyncOnce(context.Background()); err == nil {
						break
					}
					if !errors.Is(err, indexer.ErrChainChanged) && !errors.Is(err, indexer.ErrRPC) {
						t.Fatalf("step %d: %v", step, err)
					}
					f.SetBefore(nil)
				}
				if err != nil {
					t.Fatalf("step %d: still failing: %v", step, err)
				}
				f.SetBefore(nil)
				f.Fail("BlockNumber", 0)
				f.Fail("HeaderByNumber", 0)
				f.Fail("FilterLogs", 0)
				if fired { // the chain grew after the pass chose its target
					mustSync(t, ix)
				}
				checkTruth(t, ix, f, cfg)
				for _, key := range []string{"hashes", "undo"} {
					if n := rdb.ZCard(context.Background(), cfg.Prefix+":{idx}:"+key).Val(); uint64(n) > cfg.ReorgDepth {
						t.Fatalf("step %d: %s keeps %d blocks, more than the reorg depth %d", step, key, n, cfg.ReorgDepth)
					}
				}
				if t.Failed() {
					t.Fatalf("step %d: head %d", step, f.Head())
				}
			}
		})
	}
}
