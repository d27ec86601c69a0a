// Package merkle builds Merkle trees that are bit-for-bit identical to
// OpenZeppelin's StandardMerkleTree (@openzeppelin/merkle-tree 1.x) for leaves
// of type ["address", "address", "uint256"], serves their proofs, and reads and
// writes the library's "standard-v1" JSON dump.
//
// The construction, matching the JS library and OpenZeppelin's Solidity
// MerkleProof.verify:
//
//   - leaf = keccak256(keccak256(abi.encode(account, token, cumulativeAmount)))
//   - the leaf hashes are sorted ascending (ties keep input order);
//   - the tree is a flat array of 2n-1 nodes: the k-th sorted leaf is node
//     2n-2-k (so the leaves fill the end of the array in reverse sorted order)
//     and internal node i = hashPair(node[2i+1], node[2i+2]);
//   - hashPair(a, b) = keccak256(min(a, b) ‖ max(a, b)) (commutative);
//   - a proof lists the sibling of every node on the path from a leaf up to,
//     excluding, the root.
package merkle

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	// ErrEmpty is returned when building a tree from zero leaves (the JS
	// library throws "Expected non-zero number of leaves").
	ErrEmpty = errors.New("merkle: no leaves")
	// ErrInvalidAmount is returned for a nil, negative or larger than
	// 2^256-1 cumulative amount, which abi.encode cannot encode as uint256.
	ErrInvalidAmount = errors.New("merkle: invalid uint256 amount")
	// ErrTooManyLeaves is returned when there are more than MaxLeaves leaves.
	ErrTooManyLeaves = errors.New("merkle: too many leaves")
	// ErrMalformedDump is returned by Load for input that is not a
	// well-formed standard-v1 dump: bad JSON, a node that is not a 32-byte hex
	// string, a value that is not [address, address, uint256], and so on.
	ErrMalformedDump = errors.New("merkle: malformed dump")
	// ErrUnknownFormat is returned by Load when "format" is not "standard-v1".
	ErrUnknownFormat = errors.New("merkle: unknown dump format")
	// ErrLeafEncoding is returned by Load when "leafEncoding" is missing or
	// is not exactly ["address","address","uint256"].
	ErrLeafEncoding = errors.New("merkle: unsupported leaf encoding")
	// ErrInvalidTree is returned by Load when the node array is not a valid
	// tree: empty, of even length, or with an internal node that is not the
	// hash of its two children.
	ErrInvalidTree = errors.New("merkle: merkle tree is invalid")
	// ErrTreeIndex is returned by Load when a value's treeIndex is missing,
	// out of range, not a leaf position or shared with another value, or when
	// the number of values differs from the number of leaves.
	ErrTreeIndex = errors.New("merkle: invalid tree index")
	// ErrValueMismatch is returned by Load when the node at a value's
	// treeIndex is not that value's leaf hash.
	ErrValueMismatch = errors.New("merkle: tree does not contain the expected value")
)

// MaxLeaves is the largest number of leaves a Tree can hold (tree indices are
// stored as uint32).
const MaxLeaves = 1<<31 - 1

// leafEncoding is the StandardMerkleTree leaf encoding this package
// implements, as written in a dump's "leafEncoding" field.
var leafEncoding = [3]string{"address", "address", "uint256"}

// maxUint256Bits is the bit length limit of a uint256.
const maxUint256Bits = 256

// Leaf is one (account, token, cumulative amount) entry of a distribution.
type Leaf struct {
	Account          common.Address // the claimant
	Token            common.Address // the reward token
	CumulativeAmount *big.Int       // total claimable so far, a uint256 (0 <= amount < 2^256)
}

// Validate reports whether l can be encoded as (address, address, uint256):
// it returns an error wrapping ErrInvalidAmount if CumulativeAmount is nil,
// negative or larger than 2^256-1. It is safe for concurrent use.
func (l Leaf) Validate() error {
	if _, err := packLeaf(l); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidAmount, err)
	}
	return nil
}

// LeafHash returns the StandardMerkleTree leaf hash of l,
// keccak256(keccak256(abi.encode(account, token, cumulativeAmount))), which is
// also what the distributor contract computes on-chain. It panics if l fails
// Validate; check with Validate (or build with New, which returns an error)
// when the amount is untrusted. It does not allocate and is safe for
// concurrent use.
func LeafHash(l Leaf) common.Hash {
	p, err := packLeaf(l)
	if err != nil {
		panic(fmt.Errorf("%w: %w", ErrInvalidAmount, err))
	}
	h := getHasher()
	defer putHasher(h)
	var out common.Hash
	h.leafHash(&p, &out)
	return out
}

// Verify reports whether proof proves that leaf (a LeafHash) is in the tree
// with the given root, using OpenZeppelin's MerkleProof.verify algorithm
// (fold the proof with the commutative hashPair). It is safe for concurrent
// use.
func Verify(root common.Hash, leaf common.Hash, proof []common.Hash) bool {
	h := getHasher()
	defer putHasher(h)
	cur := leaf
	for i := range proof {
		h.nodeHash(&cur, &proof[i], &cur)
	}
	return cur == root
}

// Tree is a StandardMerkleTree over ["address","address","uint256"] leaves.
//
// A Tree is immutable once returned by New or Load, so all its methods are
// safe for concurrent use by multiple goroutines. The zero Tree is not
// usable: get trees from New or Load. Its nodes are kept in one
// flat array of 2n-1 hashes; proofs are computed on demand in O(log n).
type Tree struct {
	nodes  []common.Hash // 2n-1 nodes, OpenZeppelin layout; nodes[0] is the root
	leaves []packedLeaf  // leaves in input order
	index  []uint32      // index[i] = position in nodes of input leaf i
}

// packedLeaf is a Leaf in its fixed-size form: the uint256 amount is stored
// as 32 big-endian bytes so a tree needs no per-leaf allocation.
type packedLeaf struct {
	account common.Address
	token   common.Address
	amount  [32]byte
}

// packLeaf converts a Leaf, failing (with the reason, for the caller to wrap
// in ErrInvalidAmount) if its amount is not a uint256.
func packLeaf(l Leaf) (packedLeaf, error) {
	p := packedLeaf{account: l.Account, token: l.Token}
	a := l.CumulativeAmount
	switch {
	case a == nil:
		return p, errors.New("nil amount")
	case a.Sign() < 0:
		return p, fmt.Errorf("negative amount %s", a)
	case a.BitLen() > maxUint256Bits:
		return p, fmt.Errorf("amount %s exceeds 2^256-1", a)
	}
	a.FillBytes(p.amount[:])
	return p, nil
}

// leaf converts p back to a Leaf with a freshly allocated amount.
func (p *packedLeaf) leaf() Leaf {
	return Leaf{
		Account:          p.account,
		Token:            p.token,
		CumulativeAmount: new(big.Int).SetBytes(p.amount[:]),
	}
}

// Root returns the Merkle root, the value the distributor contract stores.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.leaves) }

// Leaf returns leaf i, where i is the index in the input order given to New
// (or the position in the dump's "values" for a loaded tree). The returned
// amount is a copy the caller may modify. It panics if i is out of range.
func (t *Tree) Leaf(i int) Leaf { return t.leaves[i].leaf() }

// LeafHash returns the leaf hash of leaf i (input order), without rehashing.
// It panics if i is out of range.
func (t *Tree) LeafHash(i int) common.Hash { return t.nodes[t.index[i]] }

// TreeIndex returns the position of leaf i (input order) in the node array,
// the "treeIndex" of the dump. It panics if i is out of range.
func (t *Tree) TreeIndex(i int) int { return int(t.index[i]) }

// ProofLen returns the number of hashes in the proof of leaf i (input order).
// It panics if i is out of range.
func (t *Tree) ProofLen(i int) int { return depth(int(t.index[i])) }

// MaxProofLen returns the length of the longest proof in the tree; a buffer of
// this capacity makes every AppendProof call allocation-free.
func (t *Tree) MaxProofLen() int { return depth(len(t.nodes) - 1) }

// Proof returns the proof of leaf i (input order), equal to the JS library's
// tree.getProof(i): the sibling hashes from the leaf up to the root. The
// proof of a single-leaf tree is empty (not nil). It panics if i is out of
// range.
func (t *Tree) Proof(i int) []common.Hash {
	return t.AppendProof(make([]common.Hash, 0, t.ProofLen(i)), i)
}

// AppendProof appends the proof of leaf i (input order) to dst and returns
// the extended slice. It does not allocate when cap(dst)-len(dst) is at least
// ProofLen(i) (MaxProofLen() suffices for every leaf). It panics if i is out
// of range.
func (t *Tree) AppendProof(dst []common.Hash, i int) []common.Hash {
	j := int(t.index[i])
	for j > 0 {
		// Siblings: an odd node's sibling is on its right, an even one's on its left.
		dst = append(dst, t.nodes[j-1+2*(j&1)])
		j = (j - 1) >> 1
	}
	return dst
}

// depth returns the depth of node j in the OpenZeppelin layout (the root has
// depth 0), which is also the length of its proof.
func depth(j int) int { return bits.Len(uint(j)+1) - 1 }

// hasher is a reusable keccak256 state with scratch space; it is not safe for
// concurrent use, so every goroutine gets its own.
type hasher struct {
	k      crypto.KeccakState
	buf    [128]byte   // abi.encode of the widest leaf (PendingLeaf)
	digest common.Hash // Read target: passing caller memory to the interface would make it escape
}

func newHasher() *hasher { return &hasher{k: crypto.NewKeccakState()} }

var hasherPool = sync.Pool{New: func() any { return newHasher() }}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

// sum writes keccak256(data) to out.
func (h *hasher) sum(data []byte, out *common.Hash) {
	h.k.Reset()
	h.k.Write(data)
	h.k.Read(h.digest[:])
	*out = h.digest
}

// leafHash writes keccak256(keccak256(abi.encode(p.account, p.token, p.amount))) to out.
func (h *hasher) leafHash(p *packedLeaf, out *common.Hash) {
	b := &h.buf
	clear(b[0:12])
	copy(b[12:32], p.account[:])
	clear(b[32:44])
	copy(b[44:64], p.token[:])
	copy(b[64:96], p.amount[:])
	h.sum(b[:96], &h.digest)
	h.sum(h.digest[:], out)
}

// nodeHash writes keccak256(sorted(a, b)) to out; out may alias a or b.
func (h *hasher) nodeHash(a, b, out *common.Hash) {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.buf[0:32], a[:])
	copy(h.buf[32:64], b[:])
	h.sum(h.buf[:64], out)
}

// hashPrefix returns the first 8 bytes of h as a big-endian integer, so that
// comparing prefixes orders hashes like bytes.Compare does.
func hashPrefix(h *common.Hash) uint64 { return binary.BigEndian.Uint64(h[:8]) }
