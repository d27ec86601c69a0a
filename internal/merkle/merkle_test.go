package merkle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The fixtures in testdata/ are written by scripts/merkle-fixtures.mjs with
// @openzeppelin/merkle-tree (regenerate: node scripts/merkle-fixtures.mjs).
type fixture struct {
	Leaves []json.RawMessage `json:"leaves"` // each [account, token, amount] as given to StandardMerkleTree.of
	Root   common.Hash       `json:"root"`
	Proofs [][]common.Hash   `json:"proofs"` // tree.getProof(i) for each input index
	Dump   json.RawMessage   `json:"dump"`   // tree.dump()
}

type namedFixture struct {
	name   string
	fx     fixture
	leaves []Leaf
}

var (
	fixturesOnce sync.Once
	fixturesList []namedFixture
	fixturesErr  error
)

func loadFixtures(t testing.TB) []namedFixture {
	t.Helper()
	fixturesOnce.Do(func() {
		paths, err := filepath.Glob(filepath.Join("testdata", "*.json"))
		if err != nil || len(paths) == 0 {
			fixturesErr = fmt.Errorf("no fixtures in testdata (run node scripts/merkle-fixtures.mjs): %v", err)
			return
		}
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				fixturesErr = err
				return
			}
			nf := namedFixture{name: strings.TrimSuffix(filepath.Base(p), ".json")}
			if err := json.Unmarshal(raw, &nf.fx); err != nil {
				fixturesErr = fmt.Errorf("%s: %w", p, err)
				return
			}
			for i, l := range nf.fx.Leaves {
				var jl jsonLeaf
				if err := json.Unmarshal(l, &jl); err != nil {
					fixturesErr = fmt.Errorf("%s: leaf %d: %w", p, i, err)
					return
				}
				nf.leaves = append(nf.leaves, jl.leaf.leaf())
			}
			fixturesList = append(fixturesList, nf)
		}
	})
	if fixturesErr != nil {
		t.Fatal(fixturesErr)
	}
	return fixturesList
}

func TestFixtureCoverage(t *testing.T) {
	t.Parallel()
	want := []string{"tree-1", "tree-2", "tree-3", "tree-7", "tree-16", "tree-33", "tree-100", "tree-1000", "tree-lowercase-50"}
	var got []string
	for _, f := range loadFixtures(t) {
		got = append(got, f.name)
		if len(f.leaves) != len(f.fx.Proofs) {
			t.Errorf("%s: %d leaves, %d proofs", f.name, len(f.leaves), len(f.fx.Proofs))
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing fixture testdata/%s.json (have %v)", w, got)
		}
	}
}

// checkTreeMatchesFixture checks root, leaves, leaf hashes and every proof.
func checkTreeMatchesFixture(t *testing.T, tr *Tree, f namedFixture) {
	t.Helper()
	if got := tr.Root(); got != f.fx.Root {
		t.Fatalf("root = %s, JS root = %s", got, f.fx.Root)
	}
	if tr.Len() != len(f.leaves) {
		t.Fatalf("Len = %d, want %d", tr.Len(), len(f.leaves))
	}
	buf := make([]common.Hash, 0, tr.MaxProofLen())
	for i, l := range f.leaves {
		if got := tr.Leaf(i); !leafEqual(got, l) {
			t.Errorf("Leaf(%d) = %v, want %v", i, got, l)
		}
		lh := LeafHash(l)
		if tr.LeafHash(i) != lh {
			t.Errorf("Tree.LeafHash(%d) = %s, LeafHash = %s", i, tr.LeafHash(i), lh)
		}
		p := tr.Proof(i)
		if p == nil || !slices.Equal(p, f.fx.Proofs[i]) {
			t.Errorf("Proof(%d) = %v, JS proof = %v", i, p, f.fx.Proofs[i])
		}
		if tr.ProofLen(i) != len(p) {
			t.Errorf("ProofLen(%d) = %d, want %d", i, tr.ProofLen(i), len(p))
		}
		buf = tr.AppendProof(buf[:0], i)
		if !slices.Equal(buf, f.fx.Proofs[i]) {
			t.Errorf("AppendProof(%d) = %v, JS proof = %v", i, buf, f.fx.Proofs[i])
		}
		if !Verify(tr.Root(), lh, p) {
			t.Errorf("Verify rejects proof %d", i)
		}
	}
}

func leafEqual(a, b Leaf) bool {
	return a.Account == b.Account && a.Token == b.Token && a.CumulativeAmount.Cmp(b.CumulativeAmount) == 0
}

func TestFixturesNew(t *testing.T) {
	t.Parallel()
	for _, f := range loadFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			t.Parallel()
			tr, err := New(f.leaves)
			if err != nil {
				t.Fatal(err)
			}
			checkTreeMatchesFixture(t, tr, f)
			// The JS dump's treeIndex of each value must be ours too.
			var d struct {
				Values []struct {
					TreeIndex int `json:"treeIndex"`
				} `json:"values"`
			}
			if err := json.Unmarshal(f.fx.Dump, &d); err != nil {
				t.Fatal(err)
			}
			for i, v := range d.Values {
				if tr.TreeIndex(i) != v.TreeIndex {
					t.Errorf("TreeIndex(%d) = %d, JS treeIndex = %d", i, tr.TreeIndex(i), v.TreeIndex)
				}
			}
		})
	}
}

func TestFixturesLoadJSDump(t *testing.T) {
	t.Parallel()
	for _, f := range loadFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			t.Parallel()
			tr, err := Load(f.fx.Dump)
			if err != nil {
				t.Fatal(err)
			}
			checkTreeMatchesFixture(t, tr, f)
		})
	}
}

// normalizeDump decodes a dump for comparison modulo address case and amount
// notation: addresses are lowercased and amounts rewritten in decimal.
func normalizeDump(t *testing.T, dump []byte) map[string]any {
	t.Helper()
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(dump))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	values, _ := m["values"].([]any)
	for _, v := range values {
		val := v.(map[string]any)["value"].([]any)
		for k := 0; k < 2; k++ {
			val[k] = strings.ToLower(val[k].(string))
		}
		raw, err := json.Marshal(val[2])
		if err != nil {
			t.Fatal(err)
		}
		var amt [32]byte
		if err := parseAmount(raw, &amt); err != nil {
			t.Fatalf("amount %s: %v", raw, err)
		}
		val[2] = new(big.Int).SetBytes(amt[:]).String()
	}
	return m
}

func TestFixturesMarshalJSON(t *testing.T) {
	t.Parallel()
	for _, f := range loadFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			t.Parallel()
			tr, err := New(f.leaves)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tr.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(got) {
				t.Fatalf("MarshalJSON output is not valid JSON: %.200s", got)
			}
			if g, w := normalizeDump(t, got), normalizeDump(t, f.fx.Dump); !reflect.DeepEqual(g, w) {
				t.Fatalf("Go dump differs from JS dump (modulo address case):\n go: %.300s\n js: %.300s", got, f.fx.Dump)
			}
			// Our dump uses EIP-55 checksummed addresses and decimal amounts.
			var d struct {
				Values []struct {
					Value []string `json:"value"`
				} `json:"values"`
			}
			if err := json.Unmarshal(got, &d); err != nil {
				t.Fatal(err)
			}
			for i, v := range d.Values {
				l := f.leaves[i]
				want := []string{l.Account.Hex(), l.Token.Hex(), l.CumulativeAmount.String()}
				if !slices.Equal(v.Value, want) {
					t.Errorf("value %d = %q, want %q", i, v.Value, want)
				}
			}
			// Other ways to get the same bytes.
			var w bytes.Buffer
			if err := tr.WriteJSON(&w); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(w.Bytes(), got) {
				t.Error("WriteJSON differs from MarshalJSON")
			}
			if m, err := json.Marshal(tr); err != nil || !bytes.Equal(m, got) {
				t.Errorf("json.Marshal(tree) differs from MarshalJSON (err %v)", err)
			}
			if a := tr.AppendJSON([]byte("x")); !bytes.Equal(a[1:], got) || a[0] != 'x' {
				t.Error("AppendJSON differs from MarshalJSON")
			}
			// And it loads back to the same tree.
			back, err := Load(got)
			if err != nil {
				t.Fatal(err)
			}
			checkTreeMatchesFixture(t, back, f)
		})
	}
}

func TestLowercaseFixtureIsLowercase(t *testing.T) {
	t.Parallel()
	for _, f := range loadFixtures(t) {
		if !strings.HasPrefix(f.name, "tree-lowercase-") {
			continue
		}
		var d struct {
			Values []struct {
				Value []json.RawMessage `json:"value"`
			} `json:"values"`
		}
		if err := json.Unmarshal(f.fx.Dump, &d); err != nil {
			t.Fatal(err)
		}
		kinds := map[string]bool{}
		for i, v := range d.Values {
			for k := 0; k < 2; k++ {
				if s := string(v.Value[k]); s != strings.ToLower(s) {
					t.Errorf("value %d: address %s is not lowercase", i, s)
				}
			}
			switch a := string(v.Value[2]); {
			case strings.HasPrefix(a, `"0x`):
				kinds["hex"] = true
			case strings.HasPrefix(a, `"`):
				kinds["decimal"] = true
			default:
				kinds["number"] = true
			}
		}
		if len(kinds) != 3 {
			t.Errorf("%s: amount notations %v, want hex, decimal and number", f.name, kinds)
		}
	}
}

// repoRoot returns the directory holding go.mod (where node_modules is).
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// jsCheck loads each Go dump with StandardMerkleTree.load and rebuilds it
// with StandardMerkleTree.of from the dump's values.
const jsCheck = `
const fs = require('fs');
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');
const out = [];
for (const path of process.argv.slice(1)) {
  const text = fs.readFileSync(path, 'utf8');
  const dump = JSON.parse(text);
  const loaded = StandardMerkleTree.load(dump);
  const proofs = [];
  for (let i = 0; i < loaded.length; i++) proofs.push(loaded.getProof(i));
  const rebuilt = StandardMerkleTree.of(dump.values.map(v => v.value), dump.leafEncoding);
  out.push({ root: loaded.root, proofs, rebuiltRoot: rebuilt.root, rebuiltDump: JSON.stringify(rebuilt.dump()) });
}
process.stdout.write(JSON.stringify(out));
`

// TestJSLoadsGoDump runs Node: the JS library must load Go's dumps, get the
// same root and proofs, and, rebuilding from the same values, write exactly
// the bytes Go wrote.
func TestJSLoadsGoDump(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not in PATH: this test needs Node.js (>= 20) and `npm install` in %s to cross-check Go dumps with @openzeppelin/merkle-tree: %v", repoRoot(t), err)
	}
	var trees []*Tree
	for _, f := range loadFixtures(t) {
		tr, err := New(f.leaves)
		if err != nil {
			t.Fatal(err)
		}
		trees = append(trees, tr)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 2, 5, 1000} {
		tr, err := New(randomLeaves(rng, n))
		if err != nil {
			t.Fatal(err)
		}
		trees = append(trees, tr)
	}
	dir := t.TempDir()
	args := []string{"-e", jsCheck}
	dumps := make([][]byte, len(trees))
	for i, tr := range trees {
		dumps[i], _ = tr.MarshalJSON()
		p := filepath.Join(dir, fmt.Sprintf("dump-%d.json", i))
		if err := os.WriteFile(p, dumps[i], 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
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
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node output: %v: %.300s", err, out)
	}
	if len(res) != len(trees) {
		t.Fatalf("node checked %d dumps, want %d", len(res), len(trees))
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
			t.Errorf("tree %d: JS dump of the same values differs from Go's:\n js: %.300s\n go: %.300s", i, r.RebuiltDump, dumps[i])
		}
	}
}

// mutate decodes dump, applies fn and re-encodes it.
func mutate(t *testing.T, dump []byte, fn func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(dump))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	fn(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLoadRejects(t *testing.T) {
	t.Parallel()
	var base namedFixture
	for _, f := range loadFixtures(t) {
		if f.name == "tree-7" {
			base = f
		}
	}
	if base.leaves == nil {
		t.Fatal("fixture tree-7 missing")
	}
	const zeroHash = "0x0000000000000000000000000000000000000000000000000000000000000000"
	tree := func(m map[string]any) []any { return m["tree"].([]any) }
	values := func(m map[string]any) []any { return m["values"].([]any) }
	value := func(m map[string]any, i int) map[string]any { return values(m)[i].(map[string]any) }
	flip := func(s any) string { // change one hex digit
		b := []byte(s.(string))
		if b[10] == '0' {
			b[10] = '1'
		} else {
			b[10] = '0'
		}
		return string(b)
	}
	cases := []struct {
		name string
		fn   func(m map[string]any)
		raw  string // used instead of fn when set
		want []error
	}{
		{name: "not json", raw: "{", want: []error{ErrMalformedDump}},
		{name: "not an object", raw: "[]", want: []error{ErrMalformedDump}},
		{name: "null", raw: "null", want: []error{ErrUnknownFormat}},
		{name: "wrong format", fn: func(m map[string]any) { m["format"] = "standard-v2" }, want: []error{ErrUnknownFormat}},
		{name: "simple format", fn: func(m map[string]any) { m["format"] = "simple-v1" }, want: []error{ErrUnknownFormat}},
		{name: "no format", fn: func(m map[string]any) { delete(m, "format") }, want: []error{ErrUnknownFormat}},
		{name: "wrong format and bad tree", fn: func(m map[string]any) { m["format"] = "x"; m["tree"] = 5 }, want: []error{ErrUnknownFormat}},
		{name: "no leafEncoding", fn: func(m map[string]any) { delete(m, "leafEncoding") }, want: []error{ErrLeafEncoding}},
		{name: "short leafEncoding", fn: func(m map[string]any) { m["leafEncoding"] = []string{"address", "uint256"} }, want: []error{ErrLeafEncoding}},
		{name: "other leafEncoding", fn: func(m map[string]any) { m["leafEncoding"] = []string{"address", "address", "uint128"} }, want: []error{ErrLeafEncoding}},
		{name: "changed root", fn: func(m map[string]any) { tree(m)[0] = flip(tree(m)[0]) }, want: []error{ErrInvalidTree}},
		{name: "changed internal node", fn: func(m map[string]any) { tree(m)[2] = flip(tree(m)[2]) }, want: []error{ErrInvalidTree}},
		{name: "changed leaf node", fn: func(m map[string]any) { tree(m)[len(tree(m))-1] = flip(tree(m)[len(tree(m))-1]) }, want: []error{ErrValueMismatch}},
		{name: "changed amount", fn: func(m map[string]any) { value(m, 3)["value"].([]any)[2] = "12345" }, want: []error{ErrValueMismatch}},
		{name: "changed account", fn: func(m map[string]any) { value(m, 3)["value"].([]any)[0] = "0x" + strings.Repeat("ab", 20) }, want: []error{ErrValueMismatch}},
		{name: "swapped treeIndex", fn: func(m map[string]any) {
			a, b := value(m, 0), value(m, 1)
			a["treeIndex"], b["treeIndex"] = b["treeIndex"], a["treeIndex"]
		}, want: []error{ErrValueMismatch}},
		{name: "treeIndex out of range", fn: func(m map[string]any) { value(m, 0)["treeIndex"] = len(tree(m)) }, want: []error{ErrTreeIndex}},
		{name: "treeIndex negative", fn: func(m map[string]any) { value(m, 0)["treeIndex"] = -1 }, want: []error{ErrTreeIndex}},
		{name: "treeIndex internal", fn: func(m map[string]any) { value(m, 0)["treeIndex"] = 0 }, want: []error{ErrTreeIndex}},
		{name: "treeIndex duplicate", fn: func(m map[string]any) { value(m, 0)["treeIndex"] = value(m, 1)["treeIndex"] }, want: []error{ErrTreeIndex}},
		{name: "treeIndex missing", fn: func(m map[string]any) { delete(value(m, 0), "treeIndex") }, want: []error{ErrTreeIndex}},
		{name: "treeIndex string", fn: func(m map[string]any) { value(m, 0)["treeIndex"] = "7" }, want: []error{ErrMalformedDump}},
		{name: "value missing", fn: func(m map[string]any) { m["values"] = values(m)[1:] }, want: []error{ErrTreeIndex}},
		{name: "values missing", fn: func(m map[string]any) { delete(m, "values") }, want: []error{ErrTreeIndex}},
		{name: "extra value", fn: func(m map[string]any) { m["values"] = append(values(m), values(m)[0]) }, want: []error{ErrTreeIndex}},
		{name: "empty tree", fn: func(m map[string]any) { m["tree"] = []any{}; m["values"] = []any{} }, want: []error{ErrInvalidTree}},
		{name: "even tree", fn: func(m map[string]any) { m["tree"] = tree(m)[:len(tree(m))-1] }, want: []error{ErrInvalidTree}},
		{name: "short node", fn: func(m map[string]any) { tree(m)[1] = "0x1234" }, want: []error{ErrMalformedDump}},
		{name: "node without 0x", fn: func(m map[string]any) { tree(m)[1] = tree(m)[1].(string)[2:] }, want: []error{ErrMalformedDump}},
		{name: "null node", fn: func(m map[string]any) { tree(m)[1] = nil }, want: []error{ErrMalformedDump}},
		{name: "zero node", fn: func(m map[string]any) { tree(m)[1] = zeroHash }, want: []error{ErrInvalidTree}},
		{name: "two-element value", fn: func(m map[string]any) { value(m, 0)["value"] = value(m, 0)["value"].([]any)[:2] }, want: []error{ErrMalformedDump}},
		{name: "four-element value", fn: func(m map[string]any) { value(m, 0)["value"] = append(value(m, 0)["value"].([]any), "1") }, want: []error{ErrMalformedDump}},
		{name: "null value", fn: func(m map[string]any) { value(m, 0)["value"] = nil }, want: []error{ErrMalformedDump}},
		{name: "short address", fn: func(m map[string]any) { value(m, 0)["value"].([]any)[0] = "0x1234" }, want: []error{ErrMalformedDump}},
		{name: "amount overflow", fn: func(m map[string]any) {
			value(m, 0)["value"].([]any)[2] = new(big.Int).Lsh(big.NewInt(1), 256).String()
		}, want: []error{ErrMalformedDump, ErrInvalidAmount}},
		{name: "amount negative", fn: func(m map[string]any) { value(m, 0)["value"].([]any)[2] = "-1" }, want: []error{ErrMalformedDump}},
		{name: "amount unsafe number", fn: func(m map[string]any) { value(m, 0)["value"].([]any)[2] = json.Number("9007199254740992") }, want: []error{ErrMalformedDump}},
		{name: "amount float", fn: func(m map[string]any) { value(m, 0)["value"].([]any)[2] = json.Number("1.5") }, want: []error{ErrMalformedDump}},
		{name: "amount empty", fn: func(m map[string]any) { value(m, 0)["value"].([]any)[2] = "" }, want: []error{ErrMalformedDump}},
		{name: "amount bool", fn: func(m map[string]any) { value(m, 0)["value"].([]any)[2] = true }, want: []error{ErrMalformedDump}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dump := []byte(c.raw)
			if c.raw == "" {
				dump = mutate(t, base.fx.Dump, c.fn)
			}
			tr, err := Load(dump)
			if err == nil {
				t.Fatalf("Load accepted %s: root %s", c.name, tr.Root())
			}
			for _, w := range c.want {
				if !errors.Is(err, w) {
					t.Errorf("Load error %q does not wrap %q", err, w)
				}
			}
		})
	}
}

func TestLoadAcceptsWhitespace(t *testing.T) {
	t.Parallel()
	for _, f := range loadFixtures(t) {
		if f.name != "tree-lowercase-50" && f.name != "tree-7" {
			continue
		}
		var pretty bytes.Buffer
		if err := json.Indent(&pretty, f.fx.Dump, " ", "\t  "); err != nil {
			t.Fatal(err)
		}
		tr, err := Load(pretty.Bytes())
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		checkTreeMatchesFixture(t, tr, f)
	}
}

// TestLoadAcceptsUnsortedLeaves: leaves need not be sorted (the JS library
// loads trees built with sortLeaves: false). Swapping two sibling leaves keeps
// every internal node, so the dump stays valid.
func TestLoadAcceptsUnsortedLeaves(t *testing.T) {
	t.Parallel()
	f := loadFixtures(t)[0]
	for _, g := range loadFixtures(t) {
		if g.name == "tree-7" {
			f = g
		}
	}
	dump := mutate(t, f.fx.Dump, func(m map[string]any) {
		tree := m["tree"].([]any)
		last := len(tree) - 1
		tree[last], tree[last-1] = tree[last-1], tree[last]
		for _, v := range m["values"].([]any) {
			v := v.(map[string]any)
			switch v["treeIndex"].(json.Number).String() {
			case fmt.Sprint(last):
				v["treeIndex"] = last - 1
			case fmt.Sprint(last - 1):
				v["treeIndex"] = last
			}
		}
	})
	tr, err := Load(dump)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Root() != f.fx.Root {
		t.Fatalf("root changed")
	}
	for i, l := range f.leaves {
		if !Verify(tr.Root(), LeafHash(l), tr.Proof(i)) {
			t.Errorf("proof %d does not verify", i)
		}
	}
}

func TestLoadNullNodeRejected(t *testing.T) {
	t.Parallel()
	tr, err := New(randomLeaves(rand.New(rand.NewPCG(1, 1)), 3))
	if err != nil {
		t.Fatal(err)
	}
	dump, _ := tr.MarshalJSON()
	dump = bytes.Replace(dump, []byte(`"`+tr.Root().Hex()+`"`), []byte("null"), 1)
	if _, err := Load(dump); !errors.Is(err, ErrMalformedDump) {
		t.Fatalf("Load with a null root: %v", err)
	}
}

func TestNewErrors(t *testing.T) {
	t.Parallel()
	if _, err := New(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("New(nil) = %v, want ErrEmpty", err)
	}
	if _, err := New([]Leaf{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("New([]) = %v, want ErrEmpty", err)
	}
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	bad := []*big.Int{nil, big.NewInt(-1), new(big.Int).Add(maxU256, big.NewInt(1)), new(big.Int).Lsh(big.NewInt(1), 300)}
	for _, amt := range bad {
		leaves := randomLeaves(rand.New(rand.NewPCG(2, 2)), 5000) // parallel path too
		for _, n := range []int{1, 10, 5000} {
			ls := slices.Clone(leaves[:n])
			ls[n/2].CumulativeAmount = amt
			_, err := New(ls)
			if !errors.Is(err, ErrInvalidAmount) {
				t.Errorf("New with amount %v (n=%d) = %v, want ErrInvalidAmount", amt, n, err)
			} else if !strings.Contains(err.Error(), fmt.Sprintf("leaf %d:", n/2)) {
				t.Errorf("error %q does not name leaf %d", err, n/2)
			}
		}
		if err := (Leaf{CumulativeAmount: amt}).Validate(); !errors.Is(err, ErrInvalidAmount) {
			t.Errorf("Validate(%v) = %v", amt, err)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("LeafHash with amount %v did not panic", amt)
				}
			}()
			LeafHash(Leaf{CumulativeAmount: amt})
		}()
	}
	// The lowest failing index is reported even when several chunks fail.
	leaves := randomLeaves(rand.New(rand.NewPCG(3, 3)), 20000)
	leaves[15000].CumulativeAmount = nil
	leaves[7].CumulativeAmount = big.NewInt(-5)
	if _, err := New(leaves); err == nil || !strings.Contains(err.Error(), "leaf 7:") {
		t.Errorf("New = %v, want an error naming leaf 7", err)
	}
	if _, err := New([]Leaf{{CumulativeAmount: maxU256}}); err != nil {
		t.Errorf("New with 2^256-1: %v", err)
	}
}

func TestSmallTrees(t *testing.T) {
	t.Parallel()
	l1 := Leaf{common.HexToAddress("0x01"), common.HexToAddress("0x02"), big.NewInt(3)}
	l2 := Leaf{common.HexToAddress("0x04"), common.HexToAddress("0x05"), big.NewInt(6)}
	one, err := New([]Leaf{l1})
	if err != nil {
		t.Fatal(err)
	}
	if one.Root() != LeafHash(l1) || one.Len() != 1 || one.TreeIndex(0) != 0 || one.MaxProofLen() != 0 {
		t.Errorf("1-leaf tree: root %s, len %d, index %d", one.Root(), one.Len(), one.TreeIndex(0))
	}
	if p := one.Proof(0); p == nil || len(p) != 0 {
		t.Errorf("1-leaf proof = %#v, want empty non-nil", p)
	}
	if !Verify(one.Root(), LeafHash(l1), nil) {
		t.Error("1-leaf: empty proof rejected")
	}
	two, err := New([]Leaf{l1, l2})
	if err != nil {
		t.Fatal(err)
	}
	h1, h2 := LeafHash(l1), LeafHash(l2)
	if two.Root() != naiveNode(h1, h2) || two.Root() != naiveNode(h2, h1) {
		t.Error("2-leaf root is not the sorted pair hash")
	}
	if p := two.Proof(0); len(p) != 1 || p[0] != h2 {
		t.Errorf("2-leaf proof(0) = %v", p)
	}
	// Duplicate leaves get distinct positions, like in the JS library.
	dup, err := New([]Leaf{l1, l1, l1})
	if err != nil {
		t.Fatal(err)
	}
	if dup.TreeIndex(0) != 4 || dup.TreeIndex(1) != 3 || dup.TreeIndex(2) != 2 {
		t.Errorf("duplicate leaves at %d %d %d, want 4 3 2", dup.TreeIndex(0), dup.TreeIndex(1), dup.TreeIndex(2))
	}
	// Leaf returns a copy.
	two.Leaf(0).CumulativeAmount.SetInt64(99)
	if two.Leaf(0).CumulativeAmount.Int64() != 3 {
		t.Error("Leaf exposes internal state")
	}
	// New copies its input.
	in := []Leaf{{CumulativeAmount: big.NewInt(1)}}
	tr, _ := New(in)
	in[0].CumulativeAmount.SetInt64(2)
	if tr.Leaf(0).CumulativeAmount.Int64() != 1 {
		t.Error("New keeps a reference to the caller's amounts")
	}
}

func TestVerifyRejects(t *testing.T) {
	t.Parallel()
	leaves := randomLeaves(rand.New(rand.NewPCG(4, 4)), 37)
	tr, err := New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	root := tr.Root()
	for i := range leaves {
		lh := LeafHash(leaves[i])
		p := tr.Proof(i)
		if !Verify(root, lh, p) {
			t.Fatalf("valid proof %d rejected", i)
		}
		wrongLeaf := LeafHash(leaves[(i+1)%len(leaves)])
		if Verify(root, wrongLeaf, p) {
			t.Errorf("proof %d accepted for another leaf", i)
		}
		bumped := leaves[i]
		if bumped.CumulativeAmount.Sign() == 0 {
			bumped.CumulativeAmount = big.NewInt(1)
		} else {
			bumped.CumulativeAmount = new(big.Int).Sub(bumped.CumulativeAmount, big.NewInt(1))
		}
		if Verify(root, LeafHash(bumped), p) {
			t.Errorf("proof %d accepted for another amount", i)
		}
		for k := range p {
			bad := slices.Clone(p)
			bad[k][31] ^= 1
			if Verify(root, lh, bad) {
				t.Errorf("proof %d accepted with element %d changed", i, k)
			}
		}
		if Verify(root, lh, p[:len(p)-1]) {
			t.Errorf("truncated proof %d accepted", i)
		}
		if Verify(root, lh, append(slices.Clone(p), root)) {
			t.Errorf("extended proof %d accepted", i)
		}
		if Verify(common.Hash{}, lh, p) {
			t.Errorf("proof %d accepted for a zero root", i)
		}
	}
}

func TestChecksumAddress(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 5))
	e := newEncoder()
	for range 2000 {
		var a common.Address
		for i := range a {
			a[i] = byte(rng.Uint32())
		}
		if got := string(e.appendChecksumAddress(nil, &a)); got != a.Hex() {
			t.Fatalf("checksum %s, want %s", got, a.Hex())
		}
	}
}

func TestParseAmount(t *testing.T) {
	t.Parallel()
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	good := map[string]*big.Int{
		`"0"`:                                 big.NewInt(0),
		`"00"`:                                big.NewInt(0),
		`"123"`:                               big.NewInt(123),
		`"0x0"`:                               big.NewInt(0),
		`"0xff"`:                              big.NewInt(255),
		`"0XFF"`:                              big.NewInt(255),
		`0`:                                   big.NewInt(0),
		`9007199254740991`:                    big.NewInt(1<<53 - 1),
		`"` + maxU256.String() + `"`:          maxU256,
		`"0x` + strings.Repeat("f", 64) + `"`: maxU256,
	}
	for in, want := range good {
		var out [32]byte
		if err := parseAmount([]byte(in), &out); err != nil {
			t.Errorf("parseAmount(%s): %v", in, err)
		} else if got := new(big.Int).SetBytes(out[:]); got.Cmp(want) != 0 {
			t.Errorf("parseAmount(%s) = %s, want %s", in, got, want)
		}
	}
	for _, in := range []string{``, `""`, `"0x"`, `" 1"`, `"-1"`, `"+1"`, `"1e3"`, `"0b1"`, `"1.0"`, `"abc"`, `"0xg"`, `-1`, `1.5`, `1e3`,
		`9007199254740992`, `null`, `true`, `"` + new(big.Int).Add(maxU256, big.NewInt(1)).String() + `"`, `"0x1` + strings.Repeat("0", 64) + `"`} {
		var out [32]byte
		if err := parseAmount([]byte(in), &out); err == nil {
			t.Errorf("parseAmount(%s) accepted", in)
		}
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestWriteJSONError(t *testing.T) {
	t.Parallel()
	tr, err := New(randomLeaves(rand.New(rand.NewPCG(6, 6)), 3000))
	if err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{0, 70000, 1 << 30} {
		err := tr.WriteJSON(&failWriter{n: limit})
		if limit == 1<<30 {
			if err != nil {
				t.Errorf("WriteJSON: %v", err)
			}
		} else if err == nil {
			t.Errorf("WriteJSON ignored a write error after %d bytes", limit)
		}
	}
}

func TestConcurrentReads(t *testing.T) {
	t.Parallel()
	leaves := randomLeaves(rand.New(rand.NewPCG(9, 9)), 5000)
	tr, err := New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := tr.MarshalJSON()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			buf := make([]common.Hash, 0, tr.MaxProofLen())
			for i := g; i < len(leaves); i += 8 {
				buf = tr.AppendProof(buf[:0], i)
				if !Verify(tr.Root(), LeafHash(tr.Leaf(i)), buf) {
					t.Errorf("proof %d rejected", i)
				}
			}
			if g == 0 {
				if got, _ := tr.MarshalJSON(); !bytes.Equal(got, want) {
					t.Error("concurrent MarshalJSON differs")
				}
			}
		})
	}
	wg.Wait()
}

func TestAppendProofNoAlloc(t *testing.T) {
	tr, err := New(randomLeaves(rand.New(rand.NewPCG(10, 10)), 1000))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]common.Hash, 0, tr.MaxProofLen())
	allocs := testing.AllocsPerRun(100, func() {
		for i := range tr.Len() {
			buf = tr.AppendProof(buf[:0], i)
		}
	})
	if allocs != 0 {
		t.Errorf("AppendProof allocates %v times per run", allocs)
	}
	if a := testing.AllocsPerRun(100, func() { Verify(tr.Root(), tr.LeafHash(0), buf) }); a != 0 {
		t.Errorf("Verify allocates %v times", a)
	}
	l := tr.Leaf(0)
	if a := testing.AllocsPerRun(100, func() { LeafHash(l) }); a != 0 {
		t.Errorf("LeafHash allocates %v times", a)
	}
}

// --- independent reference implementation ---------------------------------

var naiveArgs = func() abi.Arguments {
	addr, _ := abi.NewType("address", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	return abi.Arguments{{Type: addr}, {Type: addr}, {Type: u256}}
}()

// naiveLeafHash encodes with go-ethereum's ABI packer.
func naiveLeafHash(t *testing.T, l Leaf) common.Hash {
	enc, err := naiveArgs.Pack(l.Account, l.Token, l.CumulativeAmount)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256Hash(crypto.Keccak256(enc))
}

func naiveNode(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// naiveTree follows the JS code literally: hash, stable sort, place leaves
// reversed at the end, compute node i recursively from 2i+1 and 2i+2.
type naiveTree struct {
	nodes     []common.Hash
	treeIndex []int
}

func newNaiveTree(t *testing.T, leaves []Leaf) naiveTree {
	type hv struct {
		h common.Hash
		i int
	}
	hs := make([]hv, len(leaves))
	for i, l := range leaves {
		hs[i] = hv{naiveLeafHash(t, l), i}
	}
	sort.SliceStable(hs, func(a, b int) bool { return bytes.Compare(hs[a].h[:], hs[b].h[:]) < 0 })
	nt := naiveTree{nodes: make([]common.Hash, 2*len(leaves)-1), treeIndex: make([]int, len(leaves))}
	isSet := make([]bool, len(nt.nodes))
	for k, v := range hs {
		j := len(nt.nodes) - 1 - k
		nt.nodes[j], isSet[j] = v.h, true
		nt.treeIndex[v.i] = j
	}
	var node func(i int) common.Hash
	node = func(i int) common.Hash {
		if !isSet[i] {
			nt.nodes[i], isSet[i] = naiveNode(node(2*i+1), node(2*i+2)), true
		}
		return nt.nodes[i]
	}
	node(0)
	return nt
}

func (nt naiveTree) proof(i int) []common.Hash {
	p := []common.Hash{}
	for j := nt.treeIndex[i]; j > 0; j = (j - 1) / 2 {
		s := j + 1
		if j%2 == 0 {
			s = j - 1
		}
		p = append(p, nt.nodes[s])
	}
	return p
}

// randomLeaves makes n leaves with repeated accounts, some exact duplicates,
// and edge amounts.
func randomLeaves(rng *rand.Rand, n int) []Leaf {
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	accounts := make([]common.Address, max(1, n/2))
	for i := range accounts {
		for k := range accounts[i] {
			accounts[i][k] = byte(rng.Uint32())
		}
	}
	tokens := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0xdAC17F958D2ee523a2206206994597C13D831ec7"), {0xff}}
	leaves := make([]Leaf, n)
	for i := range leaves {
		if i > 0 && rng.IntN(20) == 0 {
			d := leaves[rng.IntN(i)]
			d.CumulativeAmount = new(big.Int).Set(d.CumulativeAmount)
			leaves[i] = d
			continue
		}
		var amt *big.Int
		switch rng.IntN(6) {
		case 0:
			amt = big.NewInt(0)
		case 1:
			amt = new(big.Int).Sub(maxU256, big.NewInt(rng.Int64N(3)))
		case 2:
			b := make([]byte, 32)
			for k := range b {
				b[k] = byte(rng.Uint32())
			}
			amt = new(big.Int).SetBytes(b)
		default:
			amt = new(big.Int).SetUint64(rng.Uint64())
		}
		leaves[i] = Leaf{accounts[rng.IntN(len(accounts))], tokens[rng.IntN(len(tokens))], amt}
	}
	return leaves
}

func TestAgainstNaive(t *testing.T) {
	t.Parallel()
	sizes := []int{}
	for n := 1; n <= 300; n++ {
		sizes = append(sizes, n)
	}
	// Around the parallel thresholds (leaf hashing, counting sort, levels).
	sizes = append(sizes, parallelThreshold-1, parallelThreshold, parallelThreshold+1, 2*parallelThreshold+1, 20000)
	for _, n := range sizes {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			t.Parallel()
			leaves := randomLeaves(rand.New(rand.NewPCG(uint64(n), 42)), n)
			nt := newNaiveTree(t, leaves)
			tr, err := New(leaves)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(tr.nodes, nt.nodes) {
				t.Fatalf("nodes differ from the naive tree; root %s vs %s", tr.Root(), nt.nodes[0])
			}
			for i, l := range leaves {
				if tr.TreeIndex(i) != nt.treeIndex[i] {
					t.Fatalf("TreeIndex(%d) = %d, naive %d", i, tr.TreeIndex(i), nt.treeIndex[i])
				}
				if LeafHash(l) != naiveLeafHash(t, l) {
					t.Fatalf("LeafHash(%d) differs from the ABI packer's", i)
				}
				if p := tr.Proof(i); !slices.Equal(p, nt.proof(i)) {
					t.Fatalf("Proof(%d) differs from the naive proof", i)
				}
			}
			if n%50 == 0 || n > 300 {
				dump, _ := tr.MarshalJSON()
				back, err := Load(dump)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(back.nodes, tr.nodes) || !slices.Equal(back.index, tr.index) || !slices.Equal(back.leaves, tr.leaves) {
					t.Fatal("Load(MarshalJSON) differs")
				}
			}
		})
	}
}

func ExampleNew() {
	tree, err := New([]Leaf{
		{Account: common.HexToAddress("0x1111111111111111111111111111111111111111"), Token: common.HexToAddress("0x2222222222222222222222222222222222222222"), CumulativeAmount: big.NewInt(5000)},
		{Account: common.HexToAddress("0x3333333333333333333333333333333333333333"), Token: common.HexToAddress("0x2222222222222222222222222222222222222222"), CumulativeAmount: big.NewInt(2500)},
	})
	if err != nil {
		panic(err)
	}
	proof := tree.Proof(1)
	fmt.Println(len(proof), Verify(tree.Root(), LeafHash(tree.Leaf(1)), proof))
	// Output: 1 true
}

func TestUint256Text(t *testing.T) {
	t.Parallel()
	one := big.NewInt(1)
	pow := func(b, e int64) *big.Int { return new(big.Int).Exp(big.NewInt(b), big.NewInt(e), nil) }
	maxU256 := new(big.Int).Sub(pow(2, 256), one)
	vals := []*big.Int{big.NewInt(0), one, big.NewInt(9), big.NewInt(10), new(big.Int).Sub(pow(2, 64), one), pow(2, 64),
		new(big.Int).Sub(pow(10, 19), one), pow(10, 19), new(big.Int).Add(pow(10, 19), one), pow(10, 38), pow(10, 57), pow(10, 76), pow(10, 77),
		pow(2, 255), maxU256}
	rng := rand.New(rand.NewPCG(11, 11))
	for range 3000 {
		b := make([]byte, 1+rng.IntN(32))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		vals = append(vals, new(big.Int).SetBytes(b))
	}
	for _, v := range vals {
		var a, back [32]byte
		v.FillBytes(a[:])
		dec := string(appendDecimal256(nil, &a))
		if dec != v.String() {
			t.Fatalf("appendDecimal256(%s) = %s", v, dec)
		}
		if !parseDecimal256([]byte(dec), &back) || back != a {
			t.Fatalf("parseDecimal256(%s) = %x", dec, back)
		}
		if !parseDecimal256([]byte("000000000000000000000000000000"+dec), &back) || back != a {
			t.Fatalf("parseDecimal256(000..%s) = %x", dec, back)
		}
		hex := v.Text(16)
		if !parseHex256([]byte(hex), &back) || back != a {
			t.Fatalf("parseHex256(%s) = %x", hex, back)
		}
		if !parseHex256([]byte(strings.Repeat("0", 70)+strings.ToUpper(hex)), &back) || back != a {
			t.Fatalf("parseHex256(0..%s) = %x", hex, back)
		}
	}
	var out [32]byte
	for _, v := range []*big.Int{pow(2, 256), new(big.Int).Add(maxU256, pow(10, 20)), pow(10, 78), pow(10, 100)} {
		if parseDecimal256([]byte(v.String()), &out) {
			t.Errorf("parseDecimal256(%s) accepted", v)
		}
		if parseHex256([]byte(v.Text(16)), &out) {
			t.Errorf("parseHex256(%x) accepted", v)
		}
	}
}

// TestManyDuplicates: thousands of equal leaves fall in one sort bucket; ties
// must still keep input order, as the JS library's stable sort does.
func TestManyDuplicates(t *testing.T) {
	t.Parallel()
	distinct := randomLeaves(rand.New(rand.NewPCG(12, 12)), 3)
	for _, n := range []int{100, 3 * parallelThreshold} {
		leaves := make([]Leaf, n)
		for i := range leaves {
			leaves[i] = distinct[i%len(distinct)]
		}
		nt := newNaiveTree(t, leaves)
		tr, err := New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(tr.nodes, nt.nodes) {
			t.Fatalf("n=%d: nodes differ from the naive tree", n)
		}
		for i := range leaves {
			if tr.TreeIndex(i) != nt.treeIndex[i] {
				t.Fatalf("n=%d: TreeIndex(%d) = %d, naive %d", n, i, tr.TreeIndex(i), nt.treeIndex[i])
			}
		}
	}
}
