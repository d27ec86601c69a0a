package settle

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/merkle"
	"github.com/tribe-rewards/tribe/internal/txmgr"
)

// pendingProofJSON is a PendingProof as GET /v1/accounts/{a}/pending-proof/{token} shows it, which
// testdata/check-pending.js reads.
func pendingProofJSON(p *PendingProof) map[string]any {
	hexes := func(hs []common.Hash) []string {
		out := make([]string, len(hs))
		for i, h := range hs {
			out[i] = h.Hex()
		}
		return out
	}
	return map[string]any{"epoch": p.Epoch, "root": p.Root.Hex(), "pending_root": p.PendingRoot.Hex(),
		"leaf": map[string]any{"account": p.Leaf.Account.Hex(), "source": p.Leaf.Source.Hex(), "pending": p.Leaf.Pending.String(),
			"earliest_maturity": strconv.FormatUint(p.Leaf.EarliestMaturity, 10)},
		"proof": hexes(p.Proof), "marker_proof": hexes(p.MarkerProof),
		"leaf_encoding": merkle.PendingEncoding[:],
		"marker_leaf":   []string{common.Address{}.Hex(), common.Address{}.Hex(), new(big.Int).SetBytes(p.PendingRoot[:]).String()}}
}

// jsPendingCheck is what testdata/check-pending.js prints.
type jsPendingCheck struct {
	ClaimRoot      common.Hash   `json:"claimRoot"`
	PendingRoot    common.Hash   `json:"pendingRoot"`
	Markers        []common.Hash `json:"markers"`
	LeafVerifies   bool          `json:"leafVerifies"`
	MarkerVerifies bool          `json:"markerVerifies"`
	LeafInDump     bool          `json:"leafInDump"`
}

// checkPendingInNode runs testdata/check-pending.js on epoch n's dumps and p.
func checkPendingInNode(t *testing.T, s *Settler, n uint64, p *PendingProof) jsPendingCheck {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not in PATH: this test needs Node.js (>= 20) and `npm install` at the repository root: %v", err)
	}
	dir := t.TempDir()
	var claim, pending bytes.Buffer
	if err := s.WriteTree(context.Background(), n, &claim); err != nil {
		t.Fatal(err)
	}
	if err := s.WritePendingTree(context.Background(), n, &pending); err != nil {
		t.Fatal(err)
	}
	proof, err := json.Marshal(pendingProofJSON(p))
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{filepath.Join(dir, "claim.json"), filepath.Join(dir, "pending.json"), filepath.Join(dir, "proof.json")}
	for i, b := range [][]byte{claim.Bytes(), pending.Bytes(), proof} {
		if err := os.WriteFile(paths[i], b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(node, append([]string{filepath.Join("testdata", "check-pending.js")}, paths...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node failed (is @openzeppelin/merkle-tree installed? run npm install at the repository root): %v\n%s", err, stderr.Bytes())
	}
	var res jsPendingCheck
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node output: %v: %.300s", err, out)
	}
	return res
}

// TestPendingOnChain settles an epoch with holds on the simulated chain: @openzeppelin/merkle-tree finds the
// pending root as the claim tree's marker leaf and verifies a fan's pending leaf up to the root that is
// active on-chain; the marker leaf cannot be claimed (the transaction reverts, nothing is paid), and the
// real leaves of the same epoch are paid by claim().
func TestPendingOnChain(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	h := chaintest.New(t)
	creator := h.Keys[4]
	token := h.MintModeToken(creator, "HLD", new(big.Int))
	fans := []common.Address{h.Addr(h.NewKey()), h.Addr(h.NewKey()), h.Addr(h.NewKey())}
	stopMining := automine(t, h)
	m, err := txmgr.New(h.Client, txmgr.Config{ChainID: h.ChainID, Key: h.Proposer, PollInterval: 5 * time.Millisecond,
		ResubmitAfter: time.Minute, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	p := NewChainProposer(m, h.Deployment.Distributor, h.Client)

	clk := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	f := newFixtureAt(t, clk.Now)
	f.award(token, 1_000, fans...)
	f.awardHeld(token, 250, 7*24*time.Hour, false, fans[0], fans[2])
	s := f.newSettler(p, "chain", nil)
	e := wantEpoch(t, 1)(s.SettleOnce(ctx))
	if e.Leaves != 4 || e.PendingLeaves != 2 {
		t.Fatalf("epoch 1: %+v", e)
	}
	stopMining()
	h.AdvanceTime((chaintest.DisputeWindow + 1) * time.Second)
	active, err := h.Distributor.UnpackActiveRoot(h.Call(h.Deployment.Distributor, h.Distributor.PackActiveRoot()))
	if err != nil || common.Hash(active) != e.Root {
		t.Fatalf("active root %x (%v), want %s", active, err, e.Root)
	}

	// A fan checks their hold against the active root, with the library alone.
	pp := wantPending(t, s, token, fans[0], 250, clk.Now().Add(7*24*time.Hour))
	js := checkPendingInNode(t, s, 1, pp)
	if js.ClaimRoot != common.Hash(active) || js.PendingRoot != e.PendingRoot || len(js.Markers) != 1 ||
		js.Markers[0] != js.PendingRoot || !js.LeafVerifies || !js.MarkerVerifies || !js.LeafInDump {
		t.Fatalf("node: %+v; on-chain root %x, pending root %s", js, active, e.PendingRoot)
	}

	// Nobody can claim the marker: the call reverts (token 0x0 has no code to mint with), and a transaction
	// sent anyway fails and pays nothing.
	relayer := h.Keys[5]
	zero := common.Address{}
	marker := new(big.Int).SetBytes(pp.PendingRoot[:])
	claimMarker := h.Distributor.PackClaim(zero, zero, marker, hashes32(pp.MarkerProof))
	if _, err := h.Client.EstimateGas(ctx, ethereum.CallMsg{From: h.Addr(relayer), To: &h.Deployment.Distributor, Data: claimMarker}); err == nil {
		t.Fatal("claim of the marker leaf would succeed")
	}
	if r := sendAnyway(t, h, relayer, h.Deployment.Distributor, claimMarker); r.Status != types.ReceiptStatusFailed || len(r.Logs) != 0 {
		t.Fatalf("claim of the marker leaf mined with status %d and %d logs", r.Status, len(r.Logs))
	}
	if got := h.Claimed(zero, zero); got.Sign() != 0 {
		t.Fatalf("claimed(0x0, 0x0) = %s after the marker claim", got)
	}

	// The same epoch pays every real leaf.
	for _, fan := range fans {
		n, root, cum, proof, ok, err := s.LatestProof(ctx, token, fan)
		if err != nil || !ok || n != 1 || root != e.Root || cum.Int64() != 1_000 {
			t.Fatalf("latest proof of %s: epoch %d %v ok=%v err=%v", fan, n, cum, ok, err)
		}
		h.MustTransact(relayer, h.Deployment.Distributor, h.Distributor.PackClaim(fan, token, cum, hashes32(proof)))
		if got := h.BalanceOf(token, fan); got.Int64() != 1_000 {
			t.Fatalf("%s holds %s after claiming, want 1000 (the held 250 is not claimable)", fan, got)
		}
	}
}

// sendAnyway sends data with a fixed gas limit, skipping the estimate that would refuse it, and returns the
// receipt, failed or not.
func sendAnyway(t *testing.T, h *chaintest.Harness, key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	nonce, err := h.Client.PendingNonceAt(ctx, h.Addr(key))
	if err != nil {
		t.Fatal(err)
	}
	head, err := h.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(h.ChainID), &types.DynamicFeeTx{ChainID: h.ChainID,
		Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 300_000, To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	h.Sim.Commit()
	r, err := h.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return r
}
