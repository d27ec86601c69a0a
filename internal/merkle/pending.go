package merkle

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// PendingLeaf is one entry of an epoch's pending tree: what account has pending (held, or awaiting
// approval) in a source (a token or a sponsor pool), and when the earliest of those awards matures. Its
// StandardMerkleTree leaf encoding is ["address","address","uint256","uint64"] =
// (account, source, pending, earliestMaturity).
type PendingLeaf struct {
	Account common.Address // the fan
	Source  common.Address // the token, or the sponsor pool, the awards are paid from
	Pending *big.Int       // the pending total, a uint256
	// EarliestMaturity is the unix time, in seconds, from which the earliest pending award can be claimable.
	EarliestMaturity uint64
}

// PendingEncoding is the StandardMerkleTree leaf encoding of a PendingLeaf, as a dump's "leafEncoding".
var PendingEncoding = [4]string{"address", "address", "uint256", "uint64"}

// packedPending is a PendingLeaf in fixed-size form.
type packedPending struct {
	packedLeaf        // account, source (in token), pending (in amount)
	maturity   uint64 // EarliestMaturity
}

func packPending(l PendingLeaf) (packedPending, error) {
	p, err := packLeaf(Leaf{Account: l.Account, Token: l.Source, CumulativeAmount: l.Pending})
	return packedPending{packedLeaf: p, maturity: l.EarliestMaturity}, err
}

// Validate reports whether l can be encoded: it returns an error wrapping ErrInvalidAmount if Pending is
// nil, negative or larger than 2^256-1. Safe for concurrent use.
func (l PendingLeaf) Validate() error {
	if _, err := packPending(l); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidAmount, err)
	}
	return nil
}

// PendingLeafHash returns the StandardMerkleTree leaf hash of l,
// keccak256(keccak256(abi.encode(account, source, pending, earliestMaturity))). It panics if l fails
// Validate. Safe for concurrent use.
func PendingLeafHash(l PendingLeaf) common.Hash {
	p, err := packPending(l)
	if err != nil {
		panic(fmt.Errorf("%w: %w", ErrInvalidAmount, err))
	}
	h := getHasher()
	defer putHasher(h)
	var out common.Hash
	h.pendingHash(&p, &out)
	return out
}

// pendingHash writes the leaf hash of p to out.
func (h *hasher) pendingHash(p *packedPending, out *common.Hash) {
	b := &h.buf
	clear(b[0:12])
	copy(b[12:32], p.account[:])
	clear(b[32:44])
	copy(b[44:64], p.token[:])
	copy(b[64:96], p.amount[:])
	clear(b[96:120])
	binary.BigEndian.PutUint64(b[120:128], p.maturity)
	h.sum(b[:128], &h.digest)
	h.sum(h.digest[:], out)
}

// MarkerLeaf is the claim-tree leaf that commits an epoch's pending tree inside its claim root:
// (account 0x0, token 0x0, cumulativeAmount = uint256(pendingRoot)). It has the claim tree's own leaf type,
// so the claim root, the contract and the wallets do not change. Nobody can be paid through it: a claim of
// token 0x0 makes the distributor call mint on the zero address, which holds no code, and reverts.
func MarkerLeaf(pendingRoot common.Hash) Leaf {
	return Leaf{CumulativeAmount: new(big.Int).SetBytes(pendingRoot[:])}
}

// PendingTree is a StandardMerkleTree over ["address","address","uint256","uint64"] leaves (PendingLeaf),
// built exactly as the JS library's StandardMerkleTree.of(values, PendingEncoding). Immutable once built,
// so safe for concurrent use.
type PendingTree struct {
	nodes  []common.Hash // 2n-1 nodes, OpenZeppelin layout; nodes[0] is the root
	leaves []packedPending
	index  []uint32
}

// NewPending builds the pending tree of leaves, like New: ErrEmpty for none, ErrInvalidAmount for a
// pending total that is not a uint256, ErrTooManyLeaves beyond MaxLeaves. Duplicates are kept.
func NewPending(leaves []PendingLeaf) (*PendingTree, error) {
	n := len(leaves)
	if n == 0 {
		return nil, fmt.Errorf("%w: expected a non-zero number of leaves", ErrEmpty)
	}
	if n > MaxLeaves {
		return nil, fmt.Errorf("%w: %d > %d", ErrTooManyLeaves, n, MaxLeaves)
	}
	full := make([]common.Hash, 2*n)
	packed := make([]packedPending, n)
	var fail firstError
	parallelFor(n, func(h *hasher, lo, hi int) {
		for i := lo; i < hi; i++ {
			p, err := packPending(leaves[i])
			if err != nil {
				fail.set(i, fmt.Errorf("%w: leaf %d: %w", ErrInvalidAmount, i, err))
				return
			}
			packed[i] = p
			h.pendingHash(&packed[i], &full[i])
		}
	})
	if fail.err != nil {
		return nil, fail.err
	}
	nodes, index := placeLeaves(full)
	return &PendingTree{nodes: nodes, leaves: packed, index: index}, nil
}

// Root returns the pending root, the value of the epoch's MarkerLeaf.
func (t *PendingTree) Root() common.Hash { return t.nodes[0] }

// Len returns the number of leaves.
func (t *PendingTree) Len() int { return len(t.leaves) }

// Leaf returns leaf i (input order). It panics if i is out of range.
func (t *PendingTree) Leaf(i int) PendingLeaf {
	p := &t.leaves[i]
	return PendingLeaf{Account: p.account, Source: p.token, Pending: new(big.Int).SetBytes(p.amount[:]),
		EarliestMaturity: p.maturity}
}

// LeafHash returns the hash of leaf i (input order). It panics if i is out of range.
func (t *PendingTree) LeafHash(i int) common.Hash { return t.nodes[t.index[i]] }

// TreeIndex returns the position of leaf i (input order) among the nodes, the dump's "treeIndex".
func (t *PendingTree) TreeIndex(i int) int { return int(t.index[i]) }

// MaxProofLen returns the length of the longest proof.
func (t *PendingTree) MaxProofLen() int { return depth(len(t.nodes) - 1) }

// Proof returns the proof of leaf i (input order), the JS library's getProof(i).
func (t *PendingTree) Proof(i int) []common.Hash {
	return t.AppendProof(make([]common.Hash, 0, depth(int(t.index[i]))), i)
}

// AppendProof appends the proof of leaf i (input order) to dst.
func (t *PendingTree) AppendProof(dst []common.Hash, i int) []common.Hash {
	j := int(t.index[i])
	for j > 0 {
		dst = append(dst, t.nodes[j-1+2*(j&1)])
		j = (j - 1) >> 1
	}
	return dst
}

// MarshalJSON returns the tree's standard-v1 dump, with leafEncoding PendingEncoding, values
// [account, source, pending, earliestMaturity] (checksummed addresses, decimal strings), which the JS
// library's StandardMerkleTree.load accepts, giving the same root and proofs.
func (t *PendingTree) MarshalJSON() ([]byte, error) {
	var b bytesWriter
	err := t.WriteJSON(&b)
	return b, err
}

type bytesWriter []byte

func (b *bytesWriter) Write(p []byte) (int, error) {
	*b = append(*b, p...)
	return len(p), nil
}

// WriteJSON writes the dump (as MarshalJSON) to w, streaming. Safe for concurrent use.
func (t *PendingTree) WriteJSON(w io.Writer) error {
	const flushAt = 64 << 10
	buf := make([]byte, 0, flushAt+512)
	flush := func(force bool) error {
		if len(buf) < flushAt && !force {
			return nil
		}
		_, err := w.Write(buf)
		buf = buf[:0]
		return err
	}
	e := newEncoder()
	buf = append(buf, `{"format":"`+formatV1+`","leafEncoding":["address","address","uint256","uint64"],"tree":[`...)
	for i := range t.nodes {
		buf = e.appendNode(buf, i, &t.nodes[i])
		if err := flush(false); err != nil {
			return err
		}
	}
	buf = e.appendMid(buf)
	for i := range t.leaves {
		p := &t.leaves[i]
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"value":["`...)
		buf = e.appendChecksumAddress(buf, &p.account)
		buf = append(buf, `","`...)
		buf = e.appendChecksumAddress(buf, &p.token)
		buf = append(buf, `","`...)
		buf = e.appendAmount(buf, &p.amount)
		buf = append(buf, `","`...)
		buf = strconv.AppendUint(buf, p.maturity, 10)
		buf = append(buf, `"],"treeIndex":`...)
		buf = strconv.AppendUint(buf, uint64(t.index[i]), 10)
		buf = append(buf, '}')
		if err := flush(false); err != nil {
			return err
		}
	}
	buf = e.appendTail(buf)
	return flush(true)
}
