package merkle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func randomPending(rng *rand.Rand, n int) []PendingLeaf {
	out := make([]PendingLeaf, n)
	for i, l := range randomLeaves(rng, n) {
		m := rng.Uint64()
		switch rng.IntN(3) {
		case 0:
			m = 1_700_000_000 + rng.Uint64N(1<<24)
		case 1:
			m = math.MaxUint64 - rng.Uint64N(2)
		}
		out[i] = PendingLeaf{Account: l.Account, Source: l.Token, Pending: l.CumulativeAmount, EarliestMaturity: m}
	}
	return out
}

// TestPendingLeafHash: the leaf is keccak256(keccak256(abi.encode(address, address, uint256, uint64))),
// written out by hand here.
func TestPendingLeafHash(t *testing.T) {
	t.Parallel()
	l := PendingLeaf{Account: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Source: common.HexToAddress("0xdAC17F958D2ee523a2206206994597C13D831ec7"), Pending: big.NewInt(1234567),
		EarliestMaturity: 1_772_366_400}
	var enc []byte
	enc = append(enc, common.LeftPadBytes(l.Account[:], 32)...)
	enc = append(enc, common.LeftPadBytes(l.Source[:], 32)...)
	enc = append(enc, common.LeftPadBytes(l.Pending.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(int64(l.EarliestMaturity)).Bytes(), 32)...)
	want := crypto.Keccak256Hash(crypto.Keccak256(enc))
	if got := PendingLeafHash(l); got != want {
		t.Fatalf("PendingLeafHash = %s, want %s", got, want)
	}
	// A claim leaf of the same account, source and amount is another leaf: the trees cannot be confused.
	if LeafHash(Leaf{Account: l.Account, Token: l.Source, CumulativeAmount: l.Pending}) == want {
		t.Fatal("the pending leaf hashes like a claim leaf")
	}
	if err := (PendingLeaf{Pending: big.NewInt(-1)}).Validate(); !errors.Is(err, ErrInvalidAmount) {
		t.Fatalf("negative pending: %v", err)
	}
	if _, err := NewPending(nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("no leaves: %v", err)
	}
	if _, err := NewPending([]PendingLeaf{l, {}}); !errors.Is(err, ErrInvalidAmount) {
		t.Fatalf("nil pending: %v", err)
	}
}

// TestPendingProofs: every proof verifies against the root, and a leaf with another maturity does not.
func TestPendingProofs(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{1, 2, 3, 7, 100} {
		leaves := randomPending(rng, n)
		tr, err := NewPending(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range leaves {
			if got := tr.Leaf(i); got.Account != l.Account || got.Source != l.Source || got.Pending.Cmp(l.Pending) != 0 ||
				got.EarliestMaturity != l.EarliestMaturity {
				t.Fatalf("n=%d: leaf %d is %+v, want %+v", n, i, got, l)
			}
			if !Verify(tr.Root(), PendingLeafHash(l), tr.Proof(i)) {
				t.Fatalf("n=%d: proof %d does not verify", n, i)
			}
			l.EarliestMaturity--
			if n > 1 && Verify(tr.Root(), PendingLeafHash(l), tr.Proof(i)) {
				t.Fatalf("n=%d: proof %d verifies an earlier maturity", n, i)
			}
		}
	}
}

// TestMarkerLeaf: the marker is (0x0, 0x0, uint256(pendingRoot)).
func TestMarkerLeaf(t *testing.T) {
	t.Parallel()
	root := common.HexToHash("0x8000000000000000000000000000000000000000000000000000000000000001")
	m := MarkerLeaf(root)
	if m.Account != (common.Address{}) || m.Token != (common.Address{}) || common.BigToHash(m.CumulativeAmount) != root {
		t.Fatalf("marker %+v", m)
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
}

// jsPendingCheck loads each pending dump with StandardMerkleTree.load and rebuilds it with .of.
const jsPendingCheck = `
const fs = require('fs');
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');
const out = [];
for (const path of process.argv.slice(1)) {
  const dump = JSON.parse(fs.readFileSync(path, 'utf8'));
  const loaded = StandardMerkleTree.load(dump);
  const proofs = [];
  for (let i = 0; i < loaded.length; i++) proofs.push(loaded.getProof(i));
  const rebuilt = StandardMerkleTree.of(dump.values.map(v => v.value), ['address', 'address', 'uint256', 'uint64']);
  out.push({ root: loaded.root, proofs, rebuiltRoot: rebuilt.root, rebuiltDump: JSON.stringify(rebuilt.dump()) });
}
process.stdout.write(JSON.stringify(out));
`

// TestJSLoadsPendingDump runs Node: @openzeppelin/merkle-tree loads Go's pending dumps with the same root
// and proofs and, building from the same values, writes the same bytes.
func TestJSLoadsPendingDump(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not in PATH: this test needs Node.js (>= 20) and `npm install` in %s: %v", repoRoot(t), err)
	}
	rng := rand.New(rand.NewPCG(13, 14))
	dir := t.TempDir()
	args := []string{"-e", jsPendingCheck}
	var trees []*PendingTree
	var dumps [][]byte
	for i, n := range []int{1, 2, 5, 300} {
		tr, err := NewPending(randomPending(rng, n))
		if err != nil {
			t.Fatal(err)
		}
		d, err := tr.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var streamed bytes.Buffer
		if err := tr.WriteJSON(&streamed); err != nil || !bytes.Equal(streamed.Bytes(), d) {
			t.Fatalf("WriteJSON differs from MarshalJSON (%v)", err)
		}
		p := filepath.Join(dir, fmt.Sprintf("pending-%d.json", i))
		if err := os.WriteFile(p, d, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
		trees, dumps = append(trees, tr), append(dumps, d)
	}
	cmd := exec.Command(node, args...)
	cmd.Dir = repoRoot(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node failed (is @openzeppelin/merkle-tree installed? run npm install in %s): %v\n%s", cmd.Dir, err, stderr.Bytes())
	}
	var res []struct {
		Root        common.Hash     `json:"root"`
		Proofs      [][]common.Hash `json:"proofs"`
		RebuiltRoot common.Hash     `json:"rebuiltRoot"`
		RebuiltDump string          `json:"rebuiltDump"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res) != len(trees) {
		t.Fatalf("node output (%v): %.300s", err, out)
	}
	for i, tr := range trees {
		r := res[i]
		if r.Root != tr.Root() || r.RebuiltRoot != tr.Root() {
			t.Errorf("tree %d (%d leaves): JS load root %s, JS of root %s, Go root %s", i, tr.Len(), r.Root, r.RebuiltRoot, tr.Root())
		}
		for j := range tr.Len() {
			if !slices.Equal(r.Proofs[j], tr.Proof(j)) {
				t.Errorf("tree %d: JS proof %d differs", i, j)
			}
		}
		if r.RebuiltDump != string(dumps[i]) {
			t.Errorf("tree %d: JS dump differs from Go's:\n js: %.300s\n go: %.300s", i, r.RebuiltDump, dumps[i])
		}
	}
}
