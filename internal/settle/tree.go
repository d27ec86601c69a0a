package settle

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/merkle"
)

// The claim tree, built compactly. merkle.New takes one *big.Int per leaf and keeps a packed copy of every
// leaf besides the nodes: at 10,000,000 leaves that alone is over 2 GB. An epoch needs only the stored form
// of its leaves (leafRec, 72 bytes) and the 2n-1 nodes, so it builds the same StandardMerkleTree from those:
// leaf = keccak256(keccak256(abi.encode(account, token, amount))), leaf hashes sorted ascending (ties in
// input order), the k-th sorted leaf at node 2n-2-k, internal node i = hashPair(node 2i+1, node 2i+2).
// TestClaimTreeMatchesMerkle checks it against merkle.New.

// leafRec is a claim leaf as stored, without its tree index: token ‖ account ‖ cumulative (32 bytes,
// big-endian). Records sort by token ‖ account, the leaves' input order.
type leafRec [keySize + 32]byte

func (r *leafRec) token() common.Address   { return common.Address(r[:20]) }
func (r *leafRec) account() common.Address { return common.Address(r[20:40]) }
func (r *leafRec) key() []byte             { return r[:keySize] }
func (r *leafRec) amount() []byte          { return r[keySize:] }

// isMarker reports whether r has the marker leaf's key (token 0x0, account 0x0).
func (r *leafRec) isMarker() bool { return [keySize]byte(r[:keySize]) == [keySize]byte{} }

// recOf is l's record; ok is false if its amount is not a uint256.
func recOf(l merkle.Leaf) (r leafRec, ok bool) {
	if l.CumulativeAmount == nil || l.CumulativeAmount.Sign() < 0 || l.CumulativeAmount.BitLen() > 256 {
		return r, false
	}
	copy(r[:20], l.Token[:])
	copy(r[20:40], l.Account[:])
	l.CumulativeAmount.FillBytes(r[keySize:])
	return r, true
}

func compareRecs(a, b leafRec) int { return bytes.Compare(a.key(), b.key()) }

// claimTree is the StandardMerkleTree of a []leafRec: its 2n-1 nodes in the OpenZeppelin layout (nodes[0]
// is the root) and index[i], the node of leaf i (input order).
type claimTree struct {
	nodes []common.Hash
	index []uint32
}

func (t *claimTree) root() common.Hash { return t.nodes[0] }

// newClaimTree builds the tree of recs (at least one), hashing on GOMAXPROCS goroutines. It allocates
// 2n hashes, n indices and, while it sorts, 16 bytes per leaf.
func newClaimTree(recs []leafRec) *claimTree {
	n := len(recs)
	// As in merkle.New: full[:n] holds the leaf hashes in input order, full[1:] is the tree; the leaves go to
	// full[n:], which the hashes do not overlap, before the internal nodes overwrite full[1:n].
	full := make([]common.Hash, 2*n)
	hashes := full[:n]
	spread(n, func(lo, hi int) {
		k := crypto.NewKeccakState()
		var buf [96]byte
		for i := lo; i < hi; i++ {
			r := &recs[i]
			copy(buf[12:32], r[20:40]) // account
			copy(buf[44:64], r[:20])   // token
			copy(buf[64:96], r[keySize:])
			k.Reset()
			k.Write(buf[:])
			k.Read(hashes[i][:])
			k.Reset()
			k.Write(hashes[i][:])
			k.Read(hashes[i][:])
		}
	})
	order := sortHashes(hashes)
	nodes := full[1:]
	index := make([]uint32, n)
	last := len(nodes) - 1
	for k, i := range order {
		nodes[last-k] = hashes[i]
		index[i] = uint32(last - k)
	}
	internal := n - 1
	for d := bits.Len(uint(internal)) - 1; internal > 0 && d >= 0; d-- {
		lo := 1<<d - 1
		hi := min(2*lo+1, internal)
		spread(hi-lo, func(a, b int) {
			k := crypto.NewKeccakState()
			var buf [64]byte
			for i := lo + a; i < lo+b; i++ {
				l, r := &nodes[2*i+1], &nodes[2*i+2]
				if bytes.Compare(l[:], r[:]) > 0 {
					l, r = r, l
				}
				copy(buf[:32], l[:])
				copy(buf[32:], r[:])
				k.Reset()
				k.Write(buf[:])
				k.Read(nodes[i][:])
			}
		})
	}
	return &claimTree{nodes: nodes, index: index}
}

// sortHashes returns the indices of hashes in ascending hash order, ties in ascending index order (the JS
// library's stable sort): a counting pass on the leading 16 bits (leaf hashes are uniform), then each bucket
// sorted on its own, in parallel.
func sortHashes(hashes []common.Hash) []uint32 {
	type key struct {
		prefix uint64
		idx    uint32
	}
	n := len(hashes)
	keys := make([]key, n)
	prefix := func(i int) uint64 { return binary.BigEndian.Uint64(hashes[i][:8]) }
	const shift = 64 - 16
	start := make([]int, 1<<16+1)
	for i := range hashes {
		start[prefix(i)>>shift+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	next := slices.Clone(start[:1<<16])
	for i := range hashes {
		p := prefix(i)
		keys[next[p>>shift]] = key{p, uint32(i)}
		next[p>>shift]++
	}
	spread(1<<16, func(lo, hi int) {
		for b := lo; b < hi; b++ {
			slices.SortFunc(keys[start[b]:start[b+1]], func(x, y key) int {
				if c := cmp.Compare(x.prefix, y.prefix); c != 0 {
					return c
				}
				if c := bytes.Compare(hashes[x.idx][:], hashes[y.idx][:]); c != 0 {
					return c
				}
				return cmp.Compare(x.idx, y.idx)
			})
		}
	})
	out := make([]uint32, n)
	for k := range keys {
		out[k] = keys[k].idx
	}
	return out
}

// spread calls fn on contiguous parts [lo, hi) of [0, n), on GOMAXPROCS goroutines when n is large.
func spread(n int, fn func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 4096 || workers < 2 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { fn(lo, hi) })
	}
	wg.Wait()
}
