package settle

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/merkle"
)

// Binary layout of a stored tree (see keys.go).
const (
	keySize   = 2 * common.AddressLength // token ‖ account: the search key of a value record
	valueSize = keySize + 32 + 4         // ‖ amount ‖ tree index; searchScript hard-codes 76
	nodeSize  = common.HashLength

	// chunkBytes bounds a chunk key: small enough that writing or deleting one never blocks Redis for long,
	// and a chunk is sized to fill a power-of-two allocation (jemalloc) with its header, wasting nothing.
	chunkBytes     = 4 << 20
	valuesPerChunk = (chunkBytes - 64) / valueSize  // 55,187 records (4 MiB keys); stored in each record
	nodesPerChunk  = (chunkBytes/2 - 64) / nodeSize // 65,534 nodes (2 MiB keys); stored in each record
	maxLeaves      = (1<<32 - 1) / 2                // tree indices are stored in 4 bytes
	layoutCache    = 64                             // layouts kept in memory
)

// record is an epoch record as stored.
type record struct {
	n       uint64
	state   string
	root    common.Hash
	leaves  int
	created time.Time
	tx      common.Hash
	sends   int
	vc, tc  int    // numbers of values and tree chunks
	vpc     int    // values per chunk
	npc     int    // nodes per chunk
	dir     []byte // first search key of every values chunk
	pruned  bool
	// commitments are the sponsor pools' totals in the root, proposed with it.
	commitments []Commitment
}

// epoch is r as the API shows it (nil for nil).
func (r *record) epoch() *Epoch {
	if r == nil {
		return nil
	}
	status := StatusBuilt
	switch r.state {
	case StateProposed:
		status = StatusProposed
	case StateRejected:
		status = StatusRejected
	}
	return &Epoch{Number: r.n, Root: r.root, Leaves: r.leaves, CreatedAt: r.created, Status: status,
		State: r.state, TxHash: r.tx}
}

func parseRecord(n uint64, m map[string]string) (*record, error) {
	r := &record{n: n, state: m["st"], root: common.HexToHash(m["root"]), dir: []byte(m["dir"]),
		tx: common.HexToHash(m["tx"]), pruned: m["pruned"] == "1"}
	var err error
	atoi := func(field string) int {
		v, e := strconv.Atoi(m[field])
		if e != nil && m[field] != "" {
			err = fmt.Errorf("epoch %d: field %s: %w", n, field, e)
		}
		return v
	}
	r.leaves, r.vc, r.tc, r.sends = atoi("leaves"), atoi("vc"), atoi("tc"), atoi("sends")
	r.vpc, r.npc = atoi("vpc"), atoi("npc")
	ms, e := strconv.ParseInt(m["created"], 10, 64)
	if e != nil {
		return nil, fmt.Errorf("epoch %d: field created: %w", n, e)
	}
	r.created = time.UnixMilli(ms).UTC()
	if err != nil {
		return nil, err
	}
	if r.commitments, err = decodeCommitments(m["pools"]); err != nil {
		return nil, fmt.Errorf("epoch %d: field pools: %w", n, err)
	}
	if len(r.dir) != r.vc*keySize || r.vpc <= 0 || r.npc <= 0 {
		return nil, fmt.Errorf("epoch %d: malformed layout (%d chunks, directory of %d bytes, %d values and %d nodes per chunk)",
			n, r.vc, len(r.dir), r.vpc, r.npc)
	}
	return r, nil
}

// record reads epoch n's record (nil if there is none).
func (s *Settler) record(ctx context.Context, n uint64) (*record, error) {
	m, err := s.rdb.HGetAll(ctx, s.k.epoch(n)).Result()
	if err != nil {
		return nil, fmt.Errorf("read epoch %d: %w", n, err)
	}
	if len(m) == 0 {
		return nil, nil
	}
	return parseRecord(n, m)
}

// newest reads the newest epoch's record, in whatever state (nil if there is none).
func (s *Settler) newest(ctx context.Context) (*record, error) {
	n, err := s.rdb.Get(ctx, s.k.latest()).Uint64()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read latest epoch: %w", err)
	}
	r, err := s.record(ctx, n)
	if err == nil && r == nil {
		err = fmt.Errorf("latest epoch %d has no record", n)
	}
	return r, err
}

// fields are the bookkeeping fields every write sets.
func (s *Settler) fields(lease string, kv ...any) []any {
	_, token, _ := cutLast(lease, ':')
	return append(kv, "fence", token, "owner", s.cfg.Owner, "updated", s.cfg.Now().UnixMilli())
}

func cutLast(s string, sep byte) (before, after string, found bool) {
	if i := strings.LastIndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:], true
	}
	return s, "", false
}

// move moves r from one of the states from to the state and fields of kv (which include "st").
func (s *Settler) move(ctx context.Context, lease string, r *record, from []string, kv ...any) error {
	allowed := " "
	for _, st := range from {
		allowed += st + " "
	}
	args := append([]any{lease, allowed}, s.fields(lease, kv...)...)
	if err := moveScript.Run(ctx, s.rdb, []string{s.k.lease(), s.k.epoch(r.n)}, args...).Err(); err != nil {
		return s.scriptErr(lease, fmt.Sprintf("epoch %d", r.n), err)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i] == "st" {
			r.state = kv[i+1].(string)
		}
	}
	return nil
}

// abort discards r, left building; the latest-epoch pointer goes back to the epoch before, if there is one
// (the first stored epoch may follow the chain's numbering rather than 1).
func (s *Settler) abort(ctx context.Context, lease string, r *record) error {
	var prev uint64
	if r.n > 1 {
		p, err := s.record(ctx, r.n-1)
		if err != nil {
			return err
		}
		if p != nil {
			prev = p.n
		}
	}
	ks := append([]string{s.k.lease(), s.k.latest(), s.k.epoch(r.n)}, s.k.chunks(r.n, r.vc, r.tc)...)
	if err := abortScript.Run(ctx, s.rdb, ks, lease, r.n, prev).Err(); err != nil {
		return s.scriptErr(lease, fmt.Sprintf("discard epoch %d", r.n), err)
	}
	s.forget(r.n)
	return nil
}

// prune deletes the trees of the epochs before n-Retain+1 that are not the active one, newest first,
// stopping at the first one already pruned.
func (s *Settler) prune(ctx context.Context, lease string, n, active uint64) error {
	if n <= uint64(s.cfg.Retain) {
		return nil
	}
	for m, i := n-uint64(s.cfg.Retain), 0; m >= 1 && i < 64; m, i = m-1, i+1 {
		if m == active {
			continue
		}
		r, err := s.record(ctx, m)
		if err != nil {
			return err
		}
		if r == nil || r.pruned {
			return nil
		}
		ks := append([]string{s.k.lease(), s.k.epoch(m)}, s.k.chunks(m, r.vc, r.tc)...)
		args := append([]any{lease}, s.fields(lease, "pruned", "1")...)
		if err := pruneScript.Run(ctx, s.rdb, ks, args...).Err(); err != nil {
			return s.scriptErr(lease, fmt.Sprintf("prune epoch %d", m), err)
		}
		s.forget(m)
		s.log.Info("epoch tree pruned", "epoch", m)
	}
	return nil
}

// snapshot reads every (token, account, cumulative) of the ledger, sorted by token then account, without
// zero totals.
func (s *Settler) snapshot(ctx context.Context) ([]merkle.Leaf, error) {
	var leaves []merkle.Leaf
	err := s.store.Snapshot(ctx, func(token, account common.Address, cumulative *big.Int) error {
		if cumulative.Sign() > 0 {
			leaves = append(leaves, merkle.Leaf{Account: account, Token: token, CumulativeAmount: cumulative})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	slices.SortFunc(leaves, func(a, b merkle.Leaf) int {
		if c := bytes.Compare(a.Token[:], b.Token[:]); c != 0 {
			return c
		}
		return bytes.Compare(a.Account[:], b.Account[:])
	})
	return leaves, nil
}

// builtTree is a tree with what storing it needs.
type builtTree struct {
	root   common.Hash
	leaves []merkle.Leaf // sorted by token ‖ account: the tree's input order
	tree   *merkle.Tree
	// commitments are the pools' totals among the leaves.
	commitments []Commitment
}

func buildTree(leaves []merkle.Leaf) (*builtTree, error) {
	if len(leaves) > maxLeaves {
		return nil, fmt.Errorf("build tree: %d leaves, at most %d", len(leaves), maxLeaves)
	}
	t, err := merkle.New(leaves)
	if err != nil {
		return nil, fmt.Errorf("build tree: %w", err)
	}
	return &builtTree{root: t.Root(), leaves: leaves, tree: t}, nil
}

// nodes returns the tree's 2n-1 nodes in the OpenZeppelin layout. Every node but the root is the sibling of
// a node on the path of some leaf, so the proofs name them all; a walk stops where a previous leaf's proof
// already filled the rest of the path.
func (b *builtTree) nodes() []common.Hash {
	n := b.tree.Len()
	nodes := make([]common.Hash, 2*n-1)
	filled := make([]bool, 2*n-1)
	nodes[0], filled[0] = b.tree.Root(), true
	proof := make([]common.Hash, 0, b.tree.MaxProofLen())
	for i := range n {
		j := b.tree.TreeIndex(i)
		nodes[j], filled[j] = b.tree.LeafHash(i), true
		proof = b.tree.AppendProof(proof[:0], i)
		for _, h := range proof {
			sib := j - 1 + 2*(j&1)
			if filled[sib] {
				break
			}
			nodes[sib], filled[sib] = h, true
			j = (j - 1) / 2
		}
	}
	return nodes
}

// write stores t as epoch n: the record in state building, the chunks, then state built.
func (s *Settler) write(ctx context.Context, lease string, n uint64, prev *record, t *builtTree, created time.Time) (*record, error) {
	count, vpc, npc := len(t.leaves), s.valuesPerChunk, s.nodesPerChunk
	vc := (count + vpc - 1) / vpc
	tc := (2*count - 1 + npc - 1) / npc
	dir := make([]byte, 0, vc*keySize)
	for c := range vc {
		l := t.leaves[c*vpc]
		dir = append(append(dir, l.Token[:]...), l.Account[:]...)
	}
	r := &record{n: n, state: StateBuilding, root: t.root, leaves: count, created: created.UTC().Truncate(time.Millisecond),
		vc: vc, tc: tc, vpc: vpc, npc: npc, dir: dir, commitments: t.commitments}
	var prevN uint64
	if prev != nil {
		prevN = prev.n
	}
	args := append([]any{lease, n, prevN}, s.fields(lease, "st", StateBuilding, "root", t.root.Hex(),
		"leaves", count, "created", r.created.UnixMilli(), "vc", vc, "tc", tc, "vpc", vpc, "npc", npc, "dir", dir, "sends", 0, "pools", encodeCommitments(t.commitments))...)
	if err := createScript.Run(ctx, s.rdb, []string{s.k.lease(), s.k.latest(), s.k.epoch(n)}, args...).Err(); err != nil {
		return nil, s.scriptErr(lease, fmt.Sprintf("create epoch %d", n), err)
	}
	s.forget(n)
	if err := s.crashAt("storing"); err != nil {
		return nil, err
	}

	put := func(key string, chunk []byte) error {
		if err := putScript.Run(ctx, s.rdb, []string{s.k.lease(), s.k.epoch(n), key}, lease, chunk).Err(); err != nil {
			return s.scriptErr(lease, fmt.Sprintf("store epoch %d", n), err)
		}
		return nil
	}
	buf := make([]byte, 0, min(count, vpc)*valueSize)
	for c := range vc {
		buf = buf[:0]
		for i := c * vpc; i < min(count, (c+1)*vpc); i++ {
			buf = appendValue(buf, t.leaves[i], uint32(t.tree.TreeIndex(i)))
		}
		if err := put(s.k.values(n, c), buf); err != nil {
			return nil, err
		}
	}
	nodes := t.nodes()
	for c := range tc {
		buf = buf[:0]
		for _, h := range nodes[c*npc : min(len(nodes), (c+1)*npc)] {
			buf = append(buf, h[:]...)
		}
		if err := put(s.k.nodes(n, c), buf); err != nil {
			return nil, err
		}
	}
	if err := s.move(ctx, lease, r, []string{StateBuilding}, "st", StateBuilt); err != nil {
		return nil, err
	}
	return r, nil
}

func appendValue(dst []byte, l merkle.Leaf, treeIndex uint32) []byte {
	dst = append(dst, l.Token[:]...)
	dst = append(dst, l.Account[:]...)
	var amount [32]byte
	l.CumulativeAmount.FillBytes(amount[:])
	dst = append(dst, amount[:]...)
	return binary.BigEndian.AppendUint32(dst, treeIndex)
}

// layout is what reading a stored tree needs; it never changes once the tree is built.
type layout struct {
	n        uint64
	root     common.Hash
	leaves   int
	vc, tc   int
	vpc, npc int
	dir      []byte
}

// layout returns epoch n's layout, cached. ErrNotFound if the epoch has no stored tree, ErrPruned if it
// was deleted.
func (s *Settler) layout(ctx context.Context, n uint64) (*layout, error) {
	s.mu.Lock()
	l := s.layouts[n]
	s.mu.Unlock()
	if l != nil {
		return l, nil
	}
	r, err := s.record(ctx, n)
	switch {
	case err != nil:
		return nil, err
	case r == nil || r.state == StateBuilding:
		return nil, fmt.Errorf("epoch %d: %w", n, ErrNotFound)
	case r.pruned:
		return nil, fmt.Errorf("epoch %d: %w", n, ErrPruned)
	}
	l = &layout{n: n, root: r.root, leaves: r.leaves, vc: r.vc, tc: r.tc, vpc: r.vpc, npc: r.npc, dir: r.dir}
	s.mu.Lock()
	if len(s.layouts) >= layoutCache {
		delete(s.layouts, minKey(s.layouts)) // the oldest epoch: readers mostly want the newest
	}
	s.layouts[n] = l
	s.mu.Unlock()
	return l, nil
}

func minKey(m map[uint64]*layout) uint64 {
	first := true
	var out uint64
	for k := range m {
		if first || k < out {
			out, first = k, false
		}
	}
	return out
}

// forget drops epoch n's cached layout.
func (s *Settler) forget(n uint64) {
	s.mu.Lock()
	delete(s.layouts, n)
	s.mu.Unlock()
}

// proof finds (token, account) in l's values and fetches its proof.
func (s *Settler) proof(ctx context.Context, l *layout, token, account common.Address) (*big.Int, []common.Hash, bool, error) {
	var key [keySize]byte
	copy(key[:], token[:])
	copy(key[common.AddressLength:], account[:])
	// The values chunk that may hold key: the last whose first key is <= key.
	c := sort.Search(l.vc, func(i int) bool {
		return bytes.Compare(l.dir[i*keySize:(i+1)*keySize], key[:]) > 0
	}) - 1
	if c < 0 {
		return nil, nil, false, nil
	}
	res, err := searchScript.Run(ctx, s.rdb, []string{s.k.epoch(l.n), s.k.values(l.n, c)}, l.root.Hex(), key[:]).Slice()
	if err != nil {
		return nil, nil, false, fmt.Errorf("epoch %d: search: %w", l.n, err)
	}
	switch res[0] {
	case "ok":
	case "miss":
		return nil, nil, false, nil
	case "gone":
		s.forget(l.n)
		return nil, nil, false, fmt.Errorf("epoch %d: %w", l.n, ErrPruned)
	case "stale": // the epoch was rebuilt since the layout was cached (a Redis reset): start over
		s.forget(l.n)
		return nil, nil, false, fmt.Errorf("epoch %d: %w: stored tree changed", l.n, ErrNotFound)
	default:
		return nil, nil, false, fmt.Errorf("epoch %d: search: unexpected reply %v", l.n, res[0])
	}
	found, _ := res[1].(string)
	if len(found) != 36 {
		return nil, nil, false, fmt.Errorf("epoch %d: search: malformed record", l.n)
	}
	cumulative := new(big.Int).SetBytes([]byte(found[:32]))
	j := int(binary.BigEndian.Uint32([]byte(found[32:])))

	var cmds []*redis.StringCmd
	pipe := s.rdb.Pipeline()
	for j > 0 {
		sib := j - 1 + 2*(j&1)
		off := int64(sib%l.npc) * nodeSize
		cmds = append(cmds, pipe.GetRange(ctx, s.k.nodes(l.n, sib/l.npc), off, off+nodeSize-1))
		j = (j - 1) / 2
	}
	if len(cmds) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, nil, false, fmt.Errorf("epoch %d: read proof: %w", l.n, err)
		}
	}
	proof := make([]common.Hash, len(cmds))
	for i, cmd := range cmds {
		b := cmd.Val()
		if len(b) != nodeSize {
			s.forget(l.n)
			return nil, nil, false, fmt.Errorf("epoch %d: %w", l.n, ErrPruned)
		}
		proof[i] = common.BytesToHash([]byte(b))
	}
	return cumulative, proof, true, nil
}

// WriteTree writes epoch n's tree as a StandardMerkleTree "standard-v1" dump (JSON), which
// @openzeppelin/merkle-tree's StandardMerkleTree.load accepts, giving the epoch's root. The leaves are
// ["address","address","uint256"] = (account, token, cumulative), in (token, account) order. It rebuilds the
// tree from the stored values and checks its root before writing: for 1,000,000 leaves, about a second and
// a few hundred MB of memory. ErrNotFound, ErrPruned. Safe for concurrent use; cancelling ctx stops reading
// Redis (not a write to w under way).
func (s *Settler) WriteTree(ctx context.Context, n uint64, w io.Writer) error {
	l, err := s.layout(ctx, n)
	if err != nil {
		return err
	}
	leaves := make([]merkle.Leaf, 0, l.leaves)
	for c := range l.vc {
		b, err := s.rdb.Get(ctx, s.k.values(n, c)).Bytes()
		if errors.Is(err, redis.Nil) {
			s.forget(n)
			return fmt.Errorf("epoch %d: %w", n, ErrPruned)
		}
		if err != nil {
			return fmt.Errorf("epoch %d: read values: %w", n, err)
		}
		if len(b)%valueSize != 0 {
			return fmt.Errorf("epoch %d: values chunk %d has %d bytes", n, c, len(b))
		}
		for o := 0; o < len(b); o += valueSize {
			leaves = append(leaves, merkle.Leaf{
				Token:            common.BytesToAddress(b[o : o+20]),
				Account:          common.BytesToAddress(b[o+20 : o+40]),
				CumulativeAmount: new(big.Int).SetBytes(b[o+40 : o+72]),
			})
		}
	}
	if len(leaves) != l.leaves {
		return fmt.Errorf("epoch %d: %d stored values, want %d", n, len(leaves), l.leaves)
	}
	t, err := merkle.New(leaves)
	if err != nil {
		return fmt.Errorf("epoch %d: rebuild tree: %w", n, err)
	}
	if t.Root() != l.root {
		return fmt.Errorf("epoch %d: stored values give root %s, want %s", n, t.Root(), l.root)
	}
	return t.WriteJSON(w)
}
