package merkle

import (
	"bytes"
	"cmp"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// parallelThreshold is the smallest amount of work (leaves or nodes) that is
// split across goroutines; below it the goroutine overhead outweighs the gain.
const parallelThreshold = 4096

// parallelFor calls fn on contiguous chunks [lo, hi) covering [0, n), on up
// to runtime.GOMAXPROCS(0) goroutines when n >= parallelThreshold and on the
// calling goroutine otherwise. Every call gets a hasher of its own.
func parallelFor(n int, fn func(h *hasher, lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelThreshold || workers < 2 {
		h := getHasher()
		fn(h, 0, n)
		putHasher(h)
		return
	}
	workers = min(workers, n/(parallelThreshold/4))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() {
			h := getHasher()
			fn(h, lo, hi)
			putHasher(h)
		})
	}
	wg.Wait()
}

// firstError records the error of the lowest failing index among concurrent
// workers, so parallel validation reports the same error as a sequential one.
type firstError struct {
	mu  sync.Mutex
	idx int
	err error
}

func (f *firstError) set(i int, err error) {
	f.mu.Lock()
	if f.err == nil || i < f.idx {
		f.idx, f.err = i, err
	}
	f.mu.Unlock()
}

// New builds the StandardMerkleTree of leaves, exactly as the JS library's
// StandardMerkleTree.of(leaves, ["address","address","uint256"]) does (with the
// default sortLeaves: true). Duplicate leaves are allowed and, like in the
// library, each gets its own position.
//
// It returns an error wrapping ErrEmpty for zero leaves, ErrInvalidAmount
// (naming the first offending index) for an amount that is not a uint256, and
// ErrTooManyLeaves beyond MaxLeaves. New copies what it needs: the caller may
// reuse leaves afterwards. For large inputs it hashes on
// runtime.GOMAXPROCS(0) goroutines.
func New(leaves []Leaf) (*Tree, error) {
	n := len(leaves)
	if n == 0 {
		return nil, fmt.Errorf("%w: expected a non-zero number of leaves", ErrEmpty)
	}
	if n > MaxLeaves {
		return nil, fmt.Errorf("%w: %d > %d", ErrTooManyLeaves, n, MaxLeaves)
	}
	// One allocation of 2n hashes serves as both the leaf-hash scratch space
	// (full[:n], input order) and the tree (full[1:], 2n-1 nodes): the sorted
	// leaves are copied to the tree's leaf positions, full[n:], which do not
	// overlap the scratch space, and only then are the internal nodes,
	// full[1:n], overwritten.
	full := make([]common.Hash, 2*n)
	hashes := full[:n]
	packed := make([]packedLeaf, n)
	var fail firstError
	parallelFor(n, func(h *hasher, lo, hi int) {
		for i := lo; i < hi; i++ {
			p, err := packLeaf(leaves[i])
			if err != nil {
				fail.set(i, fmt.Errorf("%w: leaf %d: %w", ErrInvalidAmount, i, err))
				return
			}
			packed[i] = p
			h.leafHash(&packed[i], &hashes[i])
		}
	})
	if fail.err != nil {
		return nil, fail.err
	}
	nodes, index := placeLeaves(full)
	return &Tree{nodes: nodes, leaves: packed, index: index}, nil
}

// placeLeaves turns full — 2n hashes whose first n are the leaf hashes in input order — into the tree:
// the 2n-1 nodes (full[1:]) with the leaves sorted into place and the internal nodes hashed, and the
// position of every input leaf among them.
func placeLeaves(full []common.Hash) ([]common.Hash, []uint32) {
	n := len(full) / 2
	hashes := full[:n]
	keys := sortedOrder(hashes)
	nodes := full[1:]
	index := make([]uint32, n)
	last := len(nodes) - 1
	parallelFor(n, func(_ *hasher, lo, hi int) {
		for k := lo; k < hi; k++ {
			i := keys[k].idx
			nodes[last-k] = hashes[i]
			index[i] = uint32(last - k)
		}
	})
	hashInternalNodes(nodes)
	return nodes, index
}

// hashInternalNodes fills nodes[0 : len(nodes)/2] from the leaves at the end
// of nodes, one depth at a time (deepest first) so each depth can be hashed in
// parallel: the children of the nodes at depth d all lie at depth d+1.
func hashInternalNodes(nodes []common.Hash) {
	internal := len(nodes) / 2 // = n-1
	if internal == 0 {
		return
	}
	for d := depth(internal - 1); d >= 0; d-- {
		lo := 1<<d - 1
		hi := min(2*lo+1, internal) // exclusive
		parallelFor(hi-lo, func(h *hasher, a, b int) {
			for i := lo + a; i < lo+b; i++ {
				h.nodeHash(&nodes[2*i+1], &nodes[2*i+2], &nodes[i])
			}
		})
	}
}

// checkInternalNodes checks, in parallel, that every internal node is the
// hashPair of its children; it reports the lowest node that is not.
func checkInternalNodes(nodes []common.Hash) error {
	var fail firstError
	parallelFor(len(nodes)/2, func(h *hasher, lo, hi int) {
		var got common.Hash
		for i := lo; i < hi; i++ {
			h.nodeHash(&nodes[2*i+1], &nodes[2*i+2], &got)
			if got != nodes[i] {
				fail.set(i, fmt.Errorf("%w: node %d is not the hash of nodes %d and %d", ErrInvalidTree, i, 2*i+1, 2*i+2))
				return
			}
		}
	})
	return fail.err
}

// sortKey is the sort record of one leaf: the first 8 bytes of its hash
// (which decide almost every comparison) and its input index.
type sortKey struct {
	prefix uint64
	idx    uint32
}

// maxBucketBits bounds the number of leading hash bits used by the
// counting-sort pass of sortedOrder.
const maxBucketBits = 16

// sortedOrder returns the sort keys of hashes in ascending hash order,
// ties (duplicate leaves) in ascending index order: the order the JS library's
// stable Array.prototype.sort produces.
//
// Leaf hashes are uniformly distributed, so a stable counting sort on their
// leading bits spreads them evenly over up to 65536 buckets of about 8 keys;
// each bucket is then sorted by (prefix, full hash, index). Small inputs skip
// the bucket pass. (Duplicate leaves all land in one bucket, which is then
// sorted by slices.SortFunc in O(k log k).)
func sortedOrder(hashes []common.Hash) []sortKey {
	n := len(hashes)
	keys := make([]sortKey, n)
	cmpKey := func(a, b sortKey) int {
		if a.prefix != b.prefix {
			return cmp.Compare(a.prefix, b.prefix)
		}
		if c := bytes.Compare(hashes[a.idx][:], hashes[b.idx][:]); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	}
	if n < parallelThreshold {
		for i := range hashes {
			keys[i] = sortKey{hashPrefix(&hashes[i]), uint32(i)}
		}
		slices.SortFunc(keys, cmpKey)
	} else {
		// About 8 keys per bucket, at most 2^maxBucketBits buckets.
		shift := 64 - min(maxBucketBits, bits.Len(uint(n))-3)
		buckets := int(1 << (64 - shift))
		start := make([]int, buckets+1)
		for i := range hashes {
			start[hashPrefix(&hashes[i])>>shift+1]++
		}
		for b := 1; b <= buckets; b++ {
			start[b] += start[b-1]
		}
		next := slices.Clone(start[:buckets]) // next free slot of each bucket
		for i := range hashes {
			p := hashPrefix(&hashes[i])
			b := p >> shift
			keys[next[b]] = sortKey{p, uint32(i)}
			next[b]++
		}
		parallelFor(buckets, func(_ *hasher, lo, hi int) {
			for b := lo; b < hi; b++ {
				switch bucket := keys[start[b]:start[b+1]]; {
				case len(bucket) <= 32:
					insertionSort(bucket, hashes)
				default:
					slices.SortFunc(bucket, cmpKey)
				}
			}
		})
	}
	return keys
}

// insertionSort sorts a small bucket of keys like cmpKey in sortedOrder.
func insertionSort(keys []sortKey, hashes []common.Hash) {
	for i := 1; i < len(keys); i++ {
		k := keys[i]
		j := i
		for ; j > 0 && keyLess(k, keys[j-1], hashes); j-- {
			keys[j] = keys[j-1]
		}
		keys[j] = k
	}
}

// keyLess reports whether a sorts before b: by hash, then by input index.
func keyLess(a, b sortKey, hashes []common.Hash) bool {
	if a.prefix != b.prefix {
		return a.prefix < b.prefix
	}
	if c := bytes.Compare(hashes[a.idx][:], hashes[b.idx][:]); c != 0 {
		return c < 0
	}
	return a.idx < b.idx
}
