package settle

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// hangingProposer is a fakeProposer whose reads, once hang is called, never answer until release.
type hangingProposer struct {
	fakeProposer
	mu      sync.Mutex
	blocked chan struct{} // nil: reads answer
}

func (p *hangingProposer) hang() {
	p.mu.Lock()
	p.blocked = make(chan struct{})
	p.mu.Unlock()
}

func (p *hangingProposer) release() {
	p.mu.Lock()
	if p.blocked != nil {
		close(p.blocked)
		p.blocked = nil
	}
	p.mu.Unlock()
}

func (p *hangingProposer) wait(ctx context.Context) error {
	p.mu.Lock()
	b := p.blocked
	p.mu.Unlock()
	if b == nil {
		return nil
	}
	select {
	case <-b:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (p *hangingProposer) OnChainEpoch(ctx context.Context) (uint64, uint64, common.Hash, error) {
	if err := p.wait(ctx); err != nil {
		return 0, 0, common.Hash{}, err
	}
	return p.fakeProposer.OnChainEpoch(ctx)
}

func (p *hangingProposer) ActiveRoot(ctx context.Context) (common.Hash, error) {
	if err := p.wait(ctx); err != nil {
		return common.Hash{}, err
	}
	return p.fakeProposer.ActiveRoot(ctx)
}

// TestLatestProofChainHangs: while the chain's RPC hangs, LatestProof answers from the active epoch it read
// last (the claims endpoint must not wait for a chain its vouchers do not need), and says it does not know
// when it never read one; once the chain answers again, it follows the chain.
func TestLatestProofChainHangs(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(time.Hour)
	p := &hangingProposer{fakeProposer: fakeProposer{c: ch, who: "a"}}
	t.Cleanup(p.release)
	var mu sync.Mutex
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	s := f.newSettler(p, "a", func(c *Config) { c.Now = clock })

	f.award(tokenA, 10, addr(1, 1))
	e1 := wantEpoch(t, 1)(s.SettleOnce(ctx))
	ch.advance(time.Hour) // epoch 1 activates
	advance(time.Minute)
	if n, root, cum, _, ok, err := s.LatestProof(ctx, tokenA, addr(1, 1)); err != nil || !ok || n != 1 || root != e1.Root || cum.Int64() != 10 {
		t.Fatalf("latest proof: epoch %d root %s cumulative %v ok=%v err=%v", n, root, cum, ok, err)
	}

	// The chain hangs; epoch 2 is proposed and activates meanwhile (by something this Settler cannot see).
	p.hang()
	f.award(tokenA, 5, addr(1, 1))
	if err := ch.propose("other", common.Hash{2}, 2, nil); err != nil {
		t.Fatal(err)
	}
	ch.advance(time.Hour)
	advance(time.Minute) // the cached read is stale
	for range 3 {
		n, root, cum, _, ok, err := s.LatestProof(ctx, tokenA, addr(1, 1))
		if err != nil || !ok || n != 1 || root != e1.Root || cum.Int64() != 10 {
			t.Fatalf("latest proof while the chain hangs: epoch %d root %s cumulative %v ok=%v err=%v", n, root, cum, ok, err)
		}
	}
	// A Settler that never read the chain has nothing to answer from: an error, not a hang.
	fresh := f.newSettler(p, "b", func(c *Config) { c.Now = clock })
	if _, _, _, _, ok, err := fresh.LatestProof(ctx, tokenA, addr(1, 1)); err == nil || ok {
		t.Fatalf("latest proof without a chain read: ok=%v err=%v, want an error", ok, err)
	}

	// The chain answers again: LatestProof follows it (epoch 2 is not stored here: a conflict, reported).
	p.release()
	eventually(t, 10*time.Second, "the new active epoch read", func() bool {
		advance(2 * time.Second)
		n, _, _, _, _, err := s.LatestProof(ctx, tokenA, addr(1, 1))
		return n == 2 && err != nil
	})
}
