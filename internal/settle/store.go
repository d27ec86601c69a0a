package settle

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
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
	// pendingSize is a pending tree's value record: source ‖ account ‖ pending ‖ earliest maturity (8) ‖
	// tree index.
	pendingSize = keySize + 32 + 8 + 4

	// chunkBytes bounds a chunk key: small enough that writing or deleting one never blocks Redis for long,
	// and a chunk is sized to fill a power-of-two allocation (jemalloc) with its header, wasting nothing.
	chunkBytes      = 4 << 20
	valuesPerChunk  = (chunkBytes - 64) / valueSize   // 55,187 records (4 MiB keys); stored in each record
	nodesPerChunk   = (chunkBytes/2 - 64) / nodeSize  // 65,534 nodes (2 MiB keys); stored in each record
	pendingPerChunk = (chunkBytes - 64) / pendingSize // 49,931 records (4 MiB keys); stored in each record
	maxLeaves       = (1<<32 - 1) / 2                 // tree indices are stored in 4 bytes
	layoutCache     = 64                              // layouts kept in memory
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
	// activated: the settler saw the root active on-chain and emitted epoch.active.
	activated bool
	// commitments are the sponsor pools' totals in the root, proposed with it.
	commitments []Commitment
	// pending is where the pending tree is stored (no leaves: the epoch commits nothing pending).
	pending part
	// snap is the format of the stored values as a snapshot the next epoch may start from (snapVersion;
	// "" for epochs stored before epochs were incremental, which the next epoch does not start from).
	snap string
}

// part is where one stored tree's chunks are: the claim tree's of a layout, or the pending tree's.
type part struct {
	root     common.Hash
	leaves   int
	vc, tc   int    // numbers of values and tree chunks
	vpc, npc int    // values and nodes per chunk
	dir      []byte // first search key of every values chunk
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
		State: r.state, TxHash: r.tx, PendingRoot: r.pending.root, PendingLeaves: r.pending.leaves}
}

func parseRecord(n uint64, m map[string]string) (*record, error) {
	r := &record{n: n, state: m["st"], root: common.HexToHash(m["root"]), dir: []byte(m["dir"]),
		tx: common.HexToHash(m["tx"]), pruned: m["pruned"] == "1", activated: m["activated"] != "", snap: m["snap"]}
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
	// Epochs stored before pending trees existed have none of the p* fields: no pending tree.
	r.pending = part{root: common.HexToHash(m["proot"]), leaves: atoi("pleaves"), vc: atoi("pvc"), tc: atoi("ptc"),
		vpc: atoi("pvpc"), npc: atoi("pnpc"), dir: []byte(m["pdir"])}
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
	if p := r.pending; p.leaves > 0 && (len(p.dir) != p.vc*keySize || p.vpc <= 0 || p.npc <= 0) {
		return nil, fmt.Errorf("epoch %d: malformed pending layout (%d chunks, directory of %d bytes)", n, p.vc, len(p.dir))
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

// moveEmit is move that also emits the webhook event etype with data, in the same script.
func (s *Settler) moveEmit(ctx context.Context, lease string, r *record, from []string, etype string, data map[string]any,
	kv ...any) error {
	allowed := " "
	for _, st := range from {
		allowed += st + " "
	}
	payload, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("epoch %d: event %s: %w", r.n, etype, err)
	}
	now := s.cfg.Now().UnixMilli()
	args := append([]any{lease, allowed, etype, payload, now}, s.fields(lease, kv...)...)
	if err := moveEmitScript.Run(ctx, s.rdb, []string{s.k.lease(), s.k.epoch(r.n), s.k.outbox()}, args...).Err(); err != nil {
		return s.scriptErr(lease, fmt.Sprintf("epoch %d", r.n), err)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i] == "st" {
			r.state = kv[i+1].(string)
		}
	}
	return nil
}

// eventData is the data of an epoch's webhook events.
func (r *record) eventData() map[string]any {
	d := map[string]any{"epoch": r.n, "root": r.root.Hex(), "leaves": r.leaves, "pending_leaves": r.pending.leaves}
	if r.pending.leaves > 0 {
		d["pending_root"] = r.pending.root.Hex()
	}
	if r.tx != (common.Hash{}) {
		d["tx_hash"] = r.tx.Hex()
	}
	return d
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
	ks = append(ks, s.k.pendingChunks(r.n, r.pending.vc, r.pending.tc)...)
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
		ks = append(ks, s.k.pendingChunks(m, r.pending.vc, r.pending.tc)...)
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
// zero totals and without the marker leaf's key (token 0x0, account 0x0), which nothing can be paid in.
func (s *Settler) snapshot(ctx context.Context) ([]merkle.Leaf, error) {
	var leaves []merkle.Leaf
	err := s.store.Snapshot(ctx, func(token, account common.Address, cumulative *big.Int) error {
		if cumulative.Sign() > 0 && (token != common.Address{} || account != common.Address{}) {
			leaves = append(leaves, merkle.Leaf{Account: account, Token: token, CumulativeAmount: cumulative})
		}
		return nil
	})
	if err != nil {
		return nil, err
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
	root common.Hash
	recs []leafRec // sorted by token ‖ account: the tree's input order (the marker first, if any)
	tree *claimTree
	// commitments are the pools' totals among the leaves.
	commitments []Commitment
	// pending is the pending tree (nil: nothing pending), its leaves sorted by source ‖ account.
	pending       *merkle.PendingTree
	pendingLeaves []merkle.PendingLeaf
}

// buildTree is buildRecs of leaves (sorted by token ‖ account).
func buildTree(leaves []merkle.Leaf, pending []merkle.PendingLeaf) (*builtTree, error) {
	recs := make([]leafRec, len(leaves))
	for i, l := range leaves {
		r, ok := recOf(l)
		if !ok {
			return nil, fmt.Errorf("build tree: leaf %d: %w", i, merkle.ErrInvalidAmount)
		}
		recs[i] = r
	}
	return buildRecs(recs, pending)
}

// buildRecs builds the pending tree of pending (if any), puts its marker leaf before recs — first, as token
// 0x0 and account 0x0 sort first — and builds the claim tree. recs, sorted by token ‖ account without the
// marker's key, may be reused for the records. ErrEmpty if both are empty.
func buildRecs(recs []leafRec, pending []merkle.PendingLeaf) (*builtTree, error) {
	b := &builtTree{pendingLeaves: pending}
	if len(pending) > 0 {
		if len(pending) > maxLeaves {
			return nil, fmt.Errorf("build pending tree: %d leaves, at most %d", len(pending), maxLeaves)
		}
		pt, err := merkle.NewPending(pending)
		if err != nil {
			return nil, fmt.Errorf("build pending tree: %w", err)
		}
		b.pending = pt
		marker, _ := recOf(merkle.MarkerLeaf(pt.Root()))
		recs = slices.Insert(recs, 0, marker)
	}
	if len(recs) == 0 {
		return nil, ErrEmpty
	}
	if len(recs) > maxLeaves {
		return nil, fmt.Errorf("build tree: %d leaves, at most %d", len(recs), maxLeaves)
	}
	b.tree = newClaimTree(recs)
	b.root, b.recs = b.tree.root(), recs
	return b, nil
}

// shapedTree is what treeNodes reads of a merkle.PendingTree (the claim tree is built with its nodes).
type shapedTree interface {
	Len() int
	Root() common.Hash
	TreeIndex(i int) int
	LeafHash(i int) common.Hash
	MaxProofLen() int
	AppendProof(dst []common.Hash, i int) []common.Hash
}

// treeNodes returns the tree's 2n-1 nodes in the OpenZeppelin layout. Every node but the root is the
// sibling of a node on the path of some leaf, so the proofs name them all; a walk stops where a previous
// leaf's proof already filled the rest of the path.
func treeNodes(t shapedTree) []common.Hash {
	n := t.Len()
	nodes := make([]common.Hash, 2*n-1)
	filled := make([]bool, 2*n-1)
	nodes[0], filled[0] = t.Root(), true
	proof := make([]common.Hash, 0, t.MaxProofLen())
	for i := range n {
		j := t.TreeIndex(i)
		nodes[j], filled[j] = t.LeafHash(i), true
		proof = t.AppendProof(proof[:0], i)
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

// write stores t as epoch n: the record in state building, the chunks (the claim tree's, then the pending
// tree's), then state built.
func (s *Settler) write(ctx context.Context, lease string, n uint64, prev *record, t *builtTree, created time.Time) (*record, error) {
	claim := shape(len(t.recs), s.valuesPerChunk, s.nodesPerChunk, func(i int) (common.Address, common.Address) {
		return t.recs[i].token(), t.recs[i].account()
	})
	claim.root = t.root
	var pend part
	if t.pending != nil {
		pend = shape(len(t.pendingLeaves), s.pendingPerChunk, s.nodesPerChunk, func(i int) (common.Address, common.Address) {
			return t.pendingLeaves[i].Source, t.pendingLeaves[i].Account
		})
		pend.root = t.pending.Root()
	}
	r := &record{n: n, state: StateBuilding, root: t.root, leaves: claim.leaves, created: created.UTC().Truncate(time.Millisecond),
		vc: claim.vc, tc: claim.tc, vpc: claim.vpc, npc: claim.npc, dir: claim.dir, commitments: t.commitments, pending: pend,
		snap: snapVersion}
	var prevN uint64
	if prev != nil {
		prevN = prev.n
	}
	kv := []any{"st", StateBuilding, "root", t.root.Hex(), "leaves", claim.leaves, "created", r.created.UnixMilli(),
		"vc", claim.vc, "tc", claim.tc, "vpc", claim.vpc, "npc", claim.npc, "dir", claim.dir, "sends", 0,
		"pools", encodeCommitments(t.commitments), "snap", snapVersion}
	if pend.leaves > 0 {
		kv = append(kv, "proot", pend.root.Hex(), "pleaves", pend.leaves, "pvc", pend.vc, "ptc", pend.tc,
			"pvpc", pend.vpc, "pnpc", pend.npc, "pdir", pend.dir)
	}
	args := append([]any{lease, n, prevN}, s.fields(lease, kv...)...)
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
	// putTree stores one tree's values (record i appended by value) and nodes.
	putTree := func(p part, size int, value func(dst []byte, i int) []byte, nodes []common.Hash,
		valuesKey, nodesKey func(uint64, int) string) error {
		buf := make([]byte, 0, min(p.leaves, p.vpc)*size)
		for c := range p.vc {
			buf = buf[:0]
			for i := c * p.vpc; i < min(p.leaves, (c+1)*p.vpc); i++ {
				buf = value(buf, i)
			}
			if err := put(valuesKey(n, c), buf); err != nil {
				return err
			}
		}
		for c := range p.tc {
			buf = buf[:0]
			for _, h := range nodes[c*p.npc : min(len(nodes), (c+1)*p.npc)] {
				buf = append(buf, h[:]...)
			}
			if err := put(nodesKey(n, c), buf); err != nil {
				return err
			}
		}
		return nil
	}
	err := putTree(claim, valueSize, func(dst []byte, i int) []byte {
		dst = append(dst, t.recs[i][:]...)
		return binary.BigEndian.AppendUint32(dst, t.tree.index[i])
	}, t.tree.nodes, s.k.values, s.k.nodes)
	if err != nil {
		return nil, err
	}
	if t.pending != nil {
		err := putTree(pend, pendingSize, func(dst []byte, i int) []byte {
			return appendPending(dst, t.pendingLeaves[i], uint32(t.pending.TreeIndex(i)))
		}, treeNodes(t.pending), s.k.pendingValues, s.k.pendingNodes)
		if err != nil {
			return nil, err
		}
	}
	if err := s.move(ctx, lease, r, []string{StateBuilding}, "st", StateBuilt); err != nil {
		return nil, err
	}
	return r, nil
}

// shape lays out count values, vpc per chunk, and their tree's 2·count-1 nodes, npc per chunk; key(i) is
// value i's search key (sorted).
func shape(count, vpc, npc int, key func(i int) (common.Address, common.Address)) part {
	p := part{leaves: count, vpc: vpc, npc: npc, vc: (count + vpc - 1) / vpc, tc: (2*count - 1 + npc - 1) / npc}
	p.dir = make([]byte, 0, p.vc*keySize)
	for c := range p.vc {
		a, b := key(c * vpc)
		p.dir = append(append(p.dir, a[:]...), b[:]...)
	}
	return p
}

func appendPending(dst []byte, l merkle.PendingLeaf, treeIndex uint32) []byte {
	dst = append(dst, l.Source[:]...)
	dst = append(dst, l.Account[:]...)
	var amount [32]byte
	l.Pending.FillBytes(amount[:])
	dst = append(dst, amount[:]...)
	dst = binary.BigEndian.AppendUint64(dst, l.EarliestMaturity)
	return binary.BigEndian.AppendUint32(dst, treeIndex)
}

// layout is what reading a stored tree needs; it never changes once the tree is built.
type layout struct {
	n    uint64
	part // the claim tree: root is the epoch's root
	// pending is the pending tree's part (no leaves: none).
	pending part
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
	l = &layout{n: n, part: part{root: r.root, leaves: r.leaves, vc: r.vc, tc: r.tc, vpc: r.vpc, npc: r.npc, dir: r.dir},
		pending: r.pending}
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

// proof finds (token, account) in l's claim tree and fetches its proof.
func (s *Settler) proof(ctx context.Context, l *layout, token, account common.Address) (*big.Int, []common.Hash, bool, error) {
	rec, proof, ok, err := s.find(ctx, l, &l.part, valueSize, s.k.values, s.k.nodes, token, account)
	if err != nil || !ok {
		return nil, nil, ok, err
	}
	return new(big.Int).SetBytes(rec[:32]), proof, true, nil
}

// find binary-searches p's values for the key source ‖ account and fetches the proof of the record it finds.
// It returns the record after the key (with its 4-byte tree index at the end).
func (s *Settler) find(ctx context.Context, l *layout, p *part, size int, valuesKey, nodesKey func(uint64, int) string,
	source, account common.Address) ([]byte, []common.Hash, bool, error) {
	var key [keySize]byte
	copy(key[:], source[:])
	copy(key[common.AddressLength:], account[:])
	// The values chunk that may hold key: the last whose first key is <= key.
	c := sort.Search(p.vc, func(i int) bool {
		return bytes.Compare(p.dir[i*keySize:(i+1)*keySize], key[:]) > 0
	}) - 1
	if c < 0 {
		return nil, nil, false, nil
	}
	res, err := searchScript.Run(ctx, s.rdb, []string{s.k.epoch(l.n), valuesKey(l.n, c)}, l.root.Hex(), key[:], size).Slice()
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
	if len(found) != size-keySize {
		return nil, nil, false, fmt.Errorf("epoch %d: search: malformed record", l.n)
	}
	j := int(binary.BigEndian.Uint32([]byte(found[len(found)-4:])))

	var cmds []*redis.StringCmd
	pipe := s.rdb.Pipeline()
	for j > 0 {
		sib := j - 1 + 2*(j&1)
		off := int64(sib%p.npc) * nodeSize
		cmds = append(cmds, pipe.GetRange(ctx, nodesKey(l.n, sib/p.npc), off, off+nodeSize-1))
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
	return []byte(found), proof, true, nil
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
