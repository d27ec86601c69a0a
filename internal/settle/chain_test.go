package settle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/merkle"
	"github.com/tribe-rewards/tribe/internal/txmgr"
)

// automine seals a block whenever transactions are pending, until the returned stop is called (or the test
// ends).
func automine(t *testing.T, h *chaintest.Harness) (stop func()) {
	t.Helper()
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
				if n, err := h.Client.PendingTransactionCount(context.Background()); err == nil && n > 0 {
					h.Sim.Commit()
				}
			}
		}
	}()
	stopped := false
	stop = func() {
		if !stopped {
			stopped = true
			close(quit)
			<-done
		}
	}
	t.Cleanup(stop) // runs before the harness closes the chain
	return stop
}

// jsDump is what testdata/check-dump.js prints for one dump.
type jsDump struct {
	Root   common.Hash `json:"root"`
	Values []struct {
		Value [3]string     `json:"value"`
		Proof []common.Hash `json:"proof"`
	} `json:"values"`
}

// loadInNode loads dump with @openzeppelin/merkle-tree's StandardMerkleTree.load.
func loadInNode(t *testing.T, dump []byte) jsDump {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not in PATH: this test needs Node.js (>= 20) and `npm install` at the repository root to load the dump with @openzeppelin/merkle-tree: %v", err)
	}
	path := filepath.Join(t.TempDir(), "dump.json")
	if err := os.WriteFile(path, dump, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join("testdata", "check-dump.js"), path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node failed (is @openzeppelin/merkle-tree installed? run npm install at the repository root): %v\n%s", err, stderr.Bytes())
	}
	var res []jsDump
	if err := json.Unmarshal(out, &res); err != nil || len(res) != 1 {
		t.Fatalf("node output: %v: %.300s", err, out)
	}
	return res[0]
}

func hashes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// TestOnChain settles on the simulated chain through txmgr: the dump loads in Node with the on-chain root,
// every proof verifies and is paid by claim() once the dispute window is over, and a replica that crashed
// after its proposal was mined is reconciled from the chain's own view.
func TestOnChain(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	h := chaintest.New(t)
	creator := h.Keys[4]
	tokens := []common.Address{
		h.MintModeToken(creator, "AAA", new(big.Int)),
		h.MintModeToken(creator, "BBB", new(big.Int)),
	}
	fans := make([]common.Address, 6)
	for i := range fans {
		fans[i] = h.Addr(h.NewKey())
	}
	stopMining := automine(t, h)
	m, err := txmgr.New(h.Client, txmgr.Config{ChainID: h.ChainID, Key: h.Proposer, PollInterval: 5 * time.Millisecond,
		ResubmitAfter: time.Minute, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	p := NewChainProposer(m, h.Deployment.Distributor, h.Client)

	f := newFixture(t)
	f.award(tokens[0], 1_000_000_000_000_000_000, fans...)
	f.award(tokens[1], 250, fans[:3]...)
	f.award(tokens[0], 7, fans[0])
	s := f.newSettler(p, "chain", nil)
	e1 := wantEpoch(t, 1)(s.SettleOnce(ctx))
	if e1.Leaves != 9 || e1.TxHash == (common.Hash{}) {
		t.Fatalf("epoch 1: %+v", e1)
	}
	pendingRoot, err := h.Distributor.UnpackPendingRoot(h.Call(h.Deployment.Distributor, h.Distributor.PackPendingRoot()))
	if err != nil || pendingRoot != e1.Root {
		t.Fatalf("on-chain pending root %x (%v), want %s", pendingRoot, err, e1.Root)
	}
	active, pending, root, err := p.OnChainEpoch(ctx)
	if err != nil || active != 0 || pending != 1 || root != e1.Root {
		t.Fatalf("OnChainEpoch = %d, %d, %s, %v", active, pending, root, err)
	}
	f.checkProofs(s, 1)

	// The dump, in Node.
	var dump bytes.Buffer
	if err := s.WriteTree(ctx, 1, &dump); err != nil {
		t.Fatal(err)
	}
	js := loadInNode(t, dump.Bytes())
	if js.Root != e1.Root || len(js.Values) != e1.Leaves {
		t.Fatalf("StandardMerkleTree.load: root %s with %d values, on-chain %s with %d", js.Root, len(js.Values), e1.Root, e1.Leaves)
	}
	for _, v := range js.Values {
		account, token := common.HexToAddress(v.Value[0]), common.HexToAddress(v.Value[1])
		cum, proof, ok, err := s.Proof(ctx, 1, token, account)
		if err != nil || !ok || cum.String() != v.Value[2] || !slices.Equal(proof, v.Proof) {
			t.Fatalf("%s/%s: Go says %v %v (ok=%v, %v), JS says %s %v", token, account, cum, proof, ok, err, v.Value[2], v.Proof)
		}
	}

	// Nothing is active yet: LatestProof has nothing, and claim() would refuse.
	if _, _, _, _, ok, err := s.LatestProof(ctx, tokens[0], fans[0]); ok || err != nil {
		t.Fatalf("latest proof before activation: ok=%v err=%v", ok, err)
	}

	// After the dispute window, claim() pays every leaf with its proof.
	stopMining()
	h.AdvanceTime((chaintest.DisputeWindow + 1) * time.Second)
	_, err = s.SettleOnce(ctx) // reads the chain: epoch 1 is active now
	wantErr(t, err, ErrUnchanged)
	relayer := h.Keys[5]
	for _, v := range js.Values {
		account, token := common.HexToAddress(v.Value[0]), common.HexToAddress(v.Value[1])
		n, root, cum, proof, ok, err := s.LatestProof(ctx, token, account)
		if err != nil || !ok || n != 1 || root != e1.Root {
			t.Fatalf("latest proof of %s/%s: epoch %d root %s ok=%v err=%v", token, account, n, root, ok, err)
		}
		h.MustTransact(relayer, h.Deployment.Distributor, h.Distributor.PackClaim(account, token, cum, hashes32(proof)))
		if got := h.BalanceOf(token, account); got.Cmp(cum) != 0 {
			t.Fatalf("%s holds %s of %s after claiming, want %s", account, got, token, cum)
		}
	}
	_, proof250, _, err := s.Proof(ctx, 1, tokens[1], fans[0])
	if err != nil {
		t.Fatal(err)
	}
	h.ExpectRevert(relayer, h.Deployment.Distributor, h.Distributor.PackClaim(fans[0], tokens[1], big.NewInt(251),
		hashes32(proof250)), "InvalidProof")

	// Epoch 2: its proposer crashes once the proposal is mined, before marking it; another replica finds it
	// on-chain and marks it, without sending again.
	automine(t, h)
	f.award(tokens[1], 50, fans[5])
	s.hook = func(point string) error {
		if point == "mined" {
			return errCrash
		}
		return nil
	}
	_, err = s.SettleOnce(ctx)
	wantErr(t, err, errCrash)
	b := f.newSettler(p, "chain-b", nil)
	var e2 *Epoch
	eventually(t, 10*time.Second, "b to reconcile epoch 2", func() bool {
		e, err := b.SettleOnce(ctx)
		if errors.Is(err, ErrNotLeader) {
			return false
		}
		e2 = wantEpoch(t, 2)(e, err)
		return true
	})
	_, pending, root, err = p.OnChainEpoch(ctx)
	if err != nil || pending != 2 || root != e2.Root {
		t.Fatalf("chain pending %d %s (%v), want 2 %s", pending, root, err, e2.Root)
	}
	if nonce, err := h.Client.NonceAt(ctx, h.Addr(h.Proposer), nil); err != nil || nonce != 2 {
		t.Fatalf("the proposer sent %d transactions (%v), want 2: one per epoch", nonce, err)
	}
	// Sending again is refused by the contract: a duplicate send cannot change the epoch's root.
	_, err = p.ProposeRoot(ctx, common.Hash{1}, 2, nil)
	var rev *chain.RevertError
	if !errors.Is(err, txmgr.ErrWouldRevert) || !errors.As(err, &rev) || rev.Name != "RootPending" {
		t.Fatalf("second proposal of epoch 2: %v", err)
	}
	// The active root is still epoch 1's: LatestProof says so while epoch 2 is pending.
	n, root, cum, _, ok, err := b.LatestProof(ctx, tokens[1], fans[0])
	if err != nil || !ok || n != 1 || root != e1.Root || cum.Int64() != 250 {
		t.Fatalf("latest proof with epoch 2 pending: epoch %d root %s %v ok=%v err=%v", n, root, cum, ok, err)
	}
	if l, err := b.Latest(ctx); err != nil || l.Number != 2 {
		t.Fatalf("latest: %+v %v", l, err)
	}
	leaf := merkle.LeafHash(merkle.Leaf{Account: fans[5], Token: tokens[1], CumulativeAmount: big.NewInt(50)})
	cum, proof, ok, err := b.Proof(ctx, 2, tokens[1], fans[5])
	if err != nil || !ok || cum.Int64() != 50 || !merkle.Verify(e2.Root, leaf, proof) {
		t.Fatalf("proof in epoch 2: %v %v %v", cum, ok, err)
	}
}
