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
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/merkle"
)

// The pending tree. Vouchers and claim leaves cover only what is claimable; what is held (a hold, or a
// manual campaign's approval) is committed too, so that a fan can check against a public root what is owed
// to them before it matures. Every epoch in which something is pending also builds the StandardMerkleTree of
// (account, source, pending, earliestMaturity) — ["address","address","uint256","uint64"], one leaf per
// account and source (token or sponsor pool) with a pending total — and commits its root inside the claim
// root as one marker leaf of the claim tree's own type, (0x0, 0x0, uint256(pendingRoot)) (merkle.MarkerLeaf).
// The contract and the wallets see a claim tree like any other; the marker cannot be claimed (token 0x0 is
// no contract: the distributor's payout call reverts). An epoch with nothing pending has no marker, so its
// root is what it was before pending trees existed.
//
// earliestMaturity is the unix second from which the account's earliest pending award in the source may
// be claimable (its claimable_at rounded up to the second): a manual campaign's award also needs approval,
// and a pending award may still be rejected or reversed, so the leaf is what is held, not a promise to pay.

// PendingProof is what lets a fan check their pending leaf against the chain: the leaf, its proof to the
// pending root, and the marker leaf's proof to the epoch's claim root — the root proposed on-chain.
type PendingProof struct {
	// Epoch is the epoch the proof is from (the latest stored one), with its claim root and status.
	Epoch  uint64
	Root   common.Hash
	Status string
	// PendingRoot is the pending tree's root, the marker leaf's cumulativeAmount.
	PendingRoot common.Hash
	Leaf        merkle.PendingLeaf
	// Proof proves merkle.PendingLeafHash(Leaf) against PendingRoot.
	Proof []common.Hash
	// MarkerProof proves merkle.LeafHash(merkle.MarkerLeaf(PendingRoot)) against Root.
	MarkerProof []common.Hash
}

// pendingSnapshot reads every account's pending total and earliest maturity per source, sorted by source
// then account, without zero totals.
func (s *Settler) pendingSnapshot(ctx context.Context) ([]merkle.PendingLeaf, error) {
	var out []merkle.PendingLeaf
	err := s.store.PendingSnapshot(ctx, func(source, account common.Address, pending *big.Int, earliest time.Time) error {
		if pending.Sign() > 0 {
			out = append(out, merkle.PendingLeaf{Account: account, Source: source, Pending: pending,
				EarliestMaturity: maturitySeconds(earliest)})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b merkle.PendingLeaf) int {
		if c := bytes.Compare(a.Source[:], b.Source[:]); c != 0 {
			return c
		}
		return bytes.Compare(a.Account[:], b.Account[:])
	})
	return out, nil
}

// maturitySeconds is t in unix seconds, rounded up (0 for the zero time).
func maturitySeconds(t time.Time) uint64 {
	if t.IsZero() || t.Before(time.Unix(0, 0)) {
		return 0
	}
	ms := t.UnixMilli()
	return uint64((ms + 999) / 1000)
}

// PendingProof returns account's pending leaf of source in the latest stored epoch, with its proof to the
// pending root and the marker leaf's proof to the epoch's root. ErrNotFound if no epoch is stored,
// ErrNoPending if the latest epoch commits nothing pending for the account, ErrPruned. Three Redis round
// trips after the first call per epoch. Safe for concurrent use.
func (s *Settler) PendingProof(ctx context.Context, source, account common.Address) (*PendingProof, error) {
	e, err := s.Latest(ctx)
	if err != nil {
		return nil, err
	}
	l, err := s.layout(ctx, e.Number)
	if err != nil {
		return nil, err
	}
	if l.pending.leaves == 0 {
		return nil, fmt.Errorf("epoch %d: %w", e.Number, ErrNoPending)
	}
	rec, proof, ok, err := s.find(ctx, l, &l.pending, pendingSize, s.k.pendingValues, s.k.pendingNodes, source, account)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("epoch %d: %s in %s: %w", e.Number, account.Hex(), source.Hex(), ErrNoPending)
	}
	marker, markerProof, ok, err := s.proof(ctx, l, common.Address{}, common.Address{})
	if err != nil {
		return nil, err
	}
	if !ok || common.BigToHash(marker) != l.pending.root {
		return nil, fmt.Errorf("epoch %d: the claim tree does not hold the marker of pending root %s", e.Number, l.pending.root)
	}
	return &PendingProof{Epoch: e.Number, Root: l.root, Status: e.Status, PendingRoot: l.pending.root,
		Leaf: merkle.PendingLeaf{Account: account, Source: source, Pending: new(big.Int).SetBytes(rec[:32]),
			EarliestMaturity: binary.BigEndian.Uint64(rec[32:40])},
		Proof: proof, MarkerProof: markerProof}, nil
}

// WritePendingTree writes epoch n's pending tree as a StandardMerkleTree "standard-v1" dump with
// leafEncoding ["address","address","uint256","uint64"] (account, source, pending, earliestMaturity), in
// (source, account) order, which StandardMerkleTree.load reads, giving the marker leaf's value. It rebuilds
// the tree from the stored values and checks its root first. ErrNotFound, ErrPruned, ErrNoPending (the epoch
// has no pending tree). Safe for concurrent use.
func (s *Settler) WritePendingTree(ctx context.Context, n uint64, w io.Writer) error {
	t, err := s.pendingTree(ctx, n)
	if err != nil {
		return err
	}
	return t.WriteJSON(w)
}

// pendingTree rebuilds epoch n's stored pending tree and checks its root.
func (s *Settler) pendingTree(ctx context.Context, n uint64) (*merkle.PendingTree, error) {
	l, err := s.layout(ctx, n)
	if err != nil {
		return nil, err
	}
	p := l.pending
	if p.leaves == 0 {
		return nil, fmt.Errorf("epoch %d: %w", n, ErrNoPending)
	}
	leaves := make([]merkle.PendingLeaf, 0, p.leaves)
	for c := range p.vc {
		b, err := s.rdb.Get(ctx, s.k.pendingValues(n, c)).Bytes()
		if errors.Is(err, redis.Nil) {
			s.forget(n)
			return nil, fmt.Errorf("epoch %d: %w", n, ErrPruned)
		}
		if err != nil {
			return nil, fmt.Errorf("epoch %d: read pending values: %w", n, err)
		}
		if len(b)%pendingSize != 0 {
			return nil, fmt.Errorf("epoch %d: pending values chunk %d has %d bytes", n, c, len(b))
		}
		for o := 0; o < len(b); o += pendingSize {
			leaves = append(leaves, merkle.PendingLeaf{
				Source:           common.BytesToAddress(b[o : o+20]),
				Account:          common.BytesToAddress(b[o+20 : o+40]),
				Pending:          new(big.Int).SetBytes(b[o+40 : o+72]),
				EarliestMaturity: binary.BigEndian.Uint64(b[o+72 : o+80]),
			})
		}
	}
	if len(leaves) != p.leaves {
		return nil, fmt.Errorf("epoch %d: %d stored pending values, want %d", n, len(leaves), p.leaves)
	}
	t, err := merkle.NewPending(leaves)
	if err != nil {
		return nil, fmt.Errorf("epoch %d: rebuild pending tree: %w", n, err)
	}
	if t.Root() != p.root {
		return nil, fmt.Errorf("epoch %d: stored pending values give root %s, want %s", n, t.Root(), p.root)
	}
	return t, nil
}
