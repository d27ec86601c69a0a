package api

import (
	"context"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/merkle"
)

// pendingTreeDump is a pending-tree dump as served.
type pendingTreeDump struct {
	Format       string        `json:"format"`
	LeafEncoding []string      `json:"leafEncoding"`
	Tree         []common.Hash `json:"tree"`
	Values       []struct {
		Value     [4]string `json:"value"`
		TreeIndex int       `json:"treeIndex"`
	} `json:"values"`
}

func hashesOf(t *testing.T, hs []string) []common.Hash {
	t.Helper()
	out := make([]common.Hash, len(hs))
	for i, h := range hs {
		if len(h) != 66 {
			t.Fatalf("proof element %q", h)
		}
		out[i] = common.HexToHash(h)
	}
	return out
}

// settleOnce runs one settlement step of the harness's settler.
func (h *testAPI) settleOnce(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := h.settler.SettleOnce(ctx); err != nil {
		t.Fatalf("settle: %v", err)
	}
}

// TestPendingProof: what is held for a fan is committed in the epoch and served with proofs that lead from
// their pending leaf to the pending root and from the marker leaf to the epoch's root; the pending tree's dump
// gives the pending root; once every hold ended, the next epoch commits nothing pending and says so.
func TestPendingProof(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", heldRules(3600, 7200, ""), withEpochs())
	instant := w.testAPI.campaign(t, w.creator, w.community.ID, "1000", defaultRules(), nil)
	token := common.HexToAddress(w.campaign.RewardToken.String())
	fan, other := account(1), account(2)
	proofPath := func(a, source common.Address) string {
		return "/v1/accounts/" + strings.ToLower(a.Hex()) + "/pending-proof/" + strings.ToLower(source.Hex())
	}

	// No epoch yet.
	w.get(t, proofPath(fan, token), "").wantError(t, http.StatusNotFound, "not_found")
	w.get(t, "/v1/epochs/1/pending-tree", "").wantError(t, http.StatusNotFound, "not_found")

	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, fan, "40", "bug bounty")).want(t, http.StatusCreated)
	w.clock.Add(90 * time.Second)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, fan, "2", "bug bounty")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", w.platform.Token, award(instant.ID, fan, "5", "thanks")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", w.platform.Token, award(instant.ID, other, "7", "thanks")).want(t, http.StatusCreated)
	w.settleOnce(t)

	var e epochResponse
	w.get(t, "/v1/epochs/latest", "").want(t, http.StatusOK).decode(t, &e)
	if e.Epoch != 1 || e.PendingLeaves != 1 || e.PendingRoot == "" || e.Leaves != 3 {
		t.Fatalf("epoch %+v: want 1 pending leaf, and 2 claim leaves + the marker", e)
	}

	var p pendingProofResponse
	w.get(t, proofPath(fan, token), "").want(t, http.StatusOK).decode(t, &p)
	wantMaturity := testStart.Add(time.Hour)
	if p.Epoch != 1 || p.Status != "proposed" || p.Root != e.Root || p.PendingRoot != e.PendingRoot ||
		p.Leaf.Account != fan.Hex() || p.Leaf.Source != token.Hex() || p.Leaf.Pending != "42" ||
		p.Leaf.EarliestMaturity != big.NewInt(wantMaturity.Unix()).String() || !p.Leaf.MaturesAt.Equal(wantMaturity) ||
		p.To != testDistributor.Hex() || p.ChainID != "1337" {
		t.Fatalf("pending proof %+v (epoch %+v)", p, e)
	}
	if !slices.Equal(p.LeafEncoding, merkle.PendingEncoding[:]) {
		t.Fatalf("leaf encoding %v", p.LeafEncoding)
	}
	pendingRoot := common.HexToHash(p.PendingRoot)
	leaf := merkle.PendingLeaf{Account: fan, Source: token, Pending: big.NewInt(42), EarliestMaturity: uint64(wantMaturity.Unix())}
	if !merkle.Verify(pendingRoot, merkle.PendingLeafHash(leaf), hashesOf(t, p.Proof)) {
		t.Fatal("the leaf's proof does not verify against pending_root")
	}
	marker := merkle.MarkerLeaf(pendingRoot)
	if p.MarkerLeaf != [3]string{common.Address{}.Hex(), common.Address{}.Hex(), marker.CumulativeAmount.String()} {
		t.Fatalf("marker leaf %v", p.MarkerLeaf)
	}
	if !merkle.Verify(common.HexToHash(p.Root), merkle.LeafHash(marker), hashesOf(t, p.MarkerProof)) {
		t.Fatal("the marker's proof does not verify against the epoch root")
	}
	// Nothing held for the other fan, nor in another token.
	w.get(t, proofPath(other, token), "").wantError(t, http.StatusNotFound, "nothing_pending")
	w.get(t, proofPath(fan, account(99)), "").wantError(t, http.StatusNotFound, "nothing_pending")
	w.get(t, "/v1/accounts/0x12/pending-proof/"+token.Hex(), "").wantError(t, http.StatusBadRequest, "bad_request")

	// The dumps: the pending tree gives pending_root, and the claim tree holds the marker.
	var d pendingTreeDump
	w.get(t, "/v1/epochs/1/pending-tree", "").want(t, http.StatusOK).decode(t, &d)
	if d.Format != "standard-v1" || !slices.Equal(d.LeafEncoding, merkle.PendingEncoding[:]) || len(d.Tree) != 1 ||
		d.Tree[0] != pendingRoot || len(d.Values) != 1 ||
		d.Values[0].Value != [4]string{fan.Hex(), token.Hex(), "42", p.Leaf.EarliestMaturity} {
		t.Fatalf("pending tree %+v", d)
	}
	claim, err := merkle.Load(w.get(t, "/v1/epochs/1/tree", "").want(t, http.StatusOK).Body)
	if err != nil || claim.Root() != common.HexToHash(e.Root) {
		t.Fatalf("claim tree: %v", err)
	}
	if m := claim.Leaf(0); m.Account != (common.Address{}) || m.Token != (common.Address{}) || common.BigToHash(m.CumulativeAmount) != pendingRoot {
		t.Fatalf("the claim tree's first value %+v is not the marker", m)
	}

	// After the hold, the next epoch has nothing pending.
	w.roots.activate()
	w.clock.Add(2 * time.Hour)
	w.settleOnce(t)
	var e2 epochResponse
	w.get(t, "/v1/epochs/2", "").want(t, http.StatusOK).decode(t, &e2)
	if e2.PendingRoot != "" || e2.PendingLeaves != 0 || e2.Leaves != 2 {
		t.Fatalf("epoch 2 %+v: want 2 claim leaves and nothing pending", e2)
	}
	w.get(t, "/v1/epochs/2/pending-tree", "").wantError(t, http.StatusNotFound, "nothing_pending")
	w.get(t, proofPath(fan, token), "").wantError(t, http.StatusNotFound, "nothing_pending")
	// Epoch 1's pending tree is still served.
	w.get(t, "/v1/epochs/1/pending-tree", "").want(t, http.StatusOK)
	w.get(t, "/v1/epochs/3/pending-tree", "").wantError(t, http.StatusNotFound, "not_found")
}
