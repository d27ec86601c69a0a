package settle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/merkle"
)

// Settlement in proportion to change. The stored values of an epoch (token ‖ account ‖ cumulative, sorted)
// are a snapshot of the ledger's claimable totals, so the next epoch starts from them: it re-reads only the
// accounts the ledger recorded as changed (ledger.TakeChanges: every script that writes a cumulative total
// adds the account to its token's live set of changed accounts, in the same script), merges them into the
// previous epoch's values, and rebuilds the tree. Reading 10,000,000 stored values is a few hundred 4 MiB
// GETs; re-reading every total would be 10,000,000 HSCAN fields.
//
// Crash safety. An epoch first takes each token's live set (an atomic RENAME to a taken set with a new id),
// then reads every taken set not dropped yet — its own, and any a crashed or fenced-out settler took — and
// drops exactly those only after the new epoch is stored (state built). A change made after the take goes
// to the new live set, read by the next epoch. So a crash anywhere leaves every change since the last
// stored epoch in some set; at worst an account is re-read for nothing. The epoch that dropped a token's
// sets writes "<epoch>:<root>" to the token's base marker; an epoch whose base (the newest epoch) is older
// than a marker — settlement state lost or rolled back, say a failover of the {settle} slot's master only —
// does not trust it.
//
// Full rebuild. An epoch reads every total (ledger.Store.Snapshot) instead when there is no previous epoch,
// when the previous one was stored before this format (no "snap" field) or in another, when its tree was
// pruned or cannot be read whole, or when a base marker doubts it. It still takes the changed sets first,
// so that it is a base for the next epoch.
//
// Snapshots are no more point-in-time than before: each total is exact when read (unchanged accounts' when
// the previous epoch read them, changed accounts' now), and totals of claimable accounts only grow.
//
// The pending tree is rebuilt from the ledger's pending totals every epoch: it holds only what is on hold
// now, which is small next to the accounts.

// snapVersion is the epoch record's "snap": the format of its values as the next epoch's snapshot.
const snapVersion = "1"

// claimSnap is the claim tree's leaves of an epoch and the changed sets to drop once it is stored.
type claimSnap struct {
	recs    []leafRec // sorted by token ‖ account, without zero totals or the marker's key
	changes []ledger.Changes
	full    string // why every total was read ("": the epoch started from the previous one)
	changed int    // accounts re-read (incremental)
}

// claimSnapshot takes the ledger's changed sets and returns every (token, account, cumulative): prev's
// values plus the changed accounts' totals, or, if prev cannot be trusted as a base, a full snapshot.
func (s *Settler) claimSnapshot(ctx context.Context, prev *record) (*claimSnap, error) {
	tokens, err := s.store.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(tokens, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	cs := &claimSnap{}
	for _, token := range tokens {
		// What is due matures first, as Snapshot does: its totals are then among the changes.
		if _, err := s.store.MatureDue(ctx, token); err != nil {
			return nil, fmt.Errorf("snapshot: %w", err)
		}
		c, err := s.store.TakeChanges(ctx, token)
		if err != nil {
			return nil, fmt.Errorf("snapshot: %w", err)
		}
		cs.changes = append(cs.changes, c)
	}
	if err := s.crashAt("taken"); err != nil {
		return nil, err
	}
	if cs.full = baseDoubt(prev, cs.changes); cs.full == "" {
		recs, changed, err := s.incremental(ctx, prev, cs.changes)
		if err == nil {
			cs.recs, cs.changed = recs, changed
			return cs, s.crashAt("from-previous")
		}
		if ctx.Err() != nil {
			return nil, err
		}
		cs.full = err.Error()
	}
	if cs.recs, err = s.snapshotRecs(ctx); err != nil {
		return nil, err
	}
	return cs, s.crashAt("from-every-total")
}

// baseMarker is what an epoch that dropped changed sets says of itself (ledger.DropChanges).
func baseMarker(r *record) string { return strconv.FormatUint(r.n, 10) + ":" + r.root.Hex() }

// baseDoubt says why prev is no base for the next epoch ("" if it is).
func baseDoubt(prev *record, changes []ledger.Changes) string {
	switch {
	case prev == nil:
		return "first epoch"
	case prev.snap != snapVersion:
		return fmt.Sprintf("epoch %d was stored in snapshot format %q, not %q", prev.n, prev.snap, snapVersion)
	case prev.pruned:
		return fmt.Sprintf("epoch %d was pruned", prev.n)
	case prev.state == StateBuilding:
		return fmt.Sprintf("epoch %d is still building", prev.n)
	}
	for _, c := range changes {
		if c.Base == "" || c.Base == baseMarker(prev) {
			continue
		}
		ns, _, _ := strings.Cut(c.Base, ":")
		n, err := strconv.ParseUint(ns, 10, 64)
		// An older marker is the epoch before a drop that did not finish; its sets are still there.
		if err != nil || n >= prev.n {
			return fmt.Sprintf("token %s's changes were dropped by epoch %s, which is not epoch %d's base", c.Token.Hex(),
				c.Base, prev.n)
		}
	}
	return ""
}

// errBase: the previous epoch's values cannot serve as the base (missing, malformed).
var errBase = errors.New("the previous epoch's values are no base")

// incremental reads the changed accounts' totals and merges them into prev's stored values. It returns the
// records and how many accounts it re-read.
func (s *Settler) incremental(ctx context.Context, prev *record, changes []ledger.Changes) ([]leafRec, int, error) {
	var ch []leafRec // changed accounts' current records; a zero amount drops the leaf
	for _, c := range changes {
		seen := map[common.Address]struct{}{}
		var accounts []common.Address
		err := s.store.ChangedAccounts(ctx, c, func(a common.Address) error {
			if _, ok := seen[a]; ok || ledger.IsUserAccount(a) {
				return nil // a platform user's pseudo-account is never a leaf (Snapshot skips them too)
			}
			seen[a] = struct{}{}
			accounts = append(accounts, a)
			return nil
		})
		if err != nil {
			return nil, 0, fmt.Errorf("snapshot: %w", err)
		}
		cums, err := s.store.Cumulatives(ctx, c.Token, accounts)
		if err != nil {
			return nil, 0, fmt.Errorf("snapshot: %w", err)
		}
		for i, a := range accounts {
			r, ok := recOf(leaf(c.Token, a, cums[i]))
			if !ok {
				return nil, 0, fmt.Errorf("snapshot: %s of %s: total %s is not a uint256", a.Hex(), c.Token.Hex(), cums[i])
			}
			if !r.isMarker() {
				ch = append(ch, r)
			}
		}
	}
	slices.SortFunc(ch, compareRecs)

	out := make([]leafRec, 0, prev.leaves+len(ch))
	j, read := 0, 0
	var last leafRec
	emit := func(r *leafRec) {
		if !isZero(r.amount()) {
			out = append(out, *r)
		}
	}
	for c := range prev.vc {
		b, err := s.rdb.Get(ctx, s.k.values(prev.n, c)).Bytes()
		if errors.Is(err, redis.Nil) {
			return nil, 0, fmt.Errorf("%w: epoch %d has no values chunk %d", errBase, prev.n, c)
		}
		if err != nil {
			return nil, 0, fmt.Errorf("snapshot: read epoch %d: %w", prev.n, err)
		}
		if len(b)%valueSize != 0 {
			return nil, 0, fmt.Errorf("%w: epoch %d's values chunk %d has %d bytes", errBase, prev.n, c, len(b))
		}
		for o := 0; o < len(b); o += valueSize {
			r := leafRec(b[o : o+len(leafRec{})])
			if read > 0 && compareRecs(last, r) >= 0 {
				return nil, 0, fmt.Errorf("%w: epoch %d's values are not sorted at %d", errBase, prev.n, read)
			}
			last = r
			read++
			if r.isMarker() {
				continue
			}
			for j < len(ch) && compareRecs(ch[j], r) < 0 {
				emit(&ch[j])
				j++
			}
			if j < len(ch) && compareRecs(ch[j], r) == 0 {
				emit(&ch[j])
				j++
				continue
			}
			out = append(out, r)
		}
	}
	if read != prev.leaves {
		return nil, 0, fmt.Errorf("%w: epoch %d has %d values, want %d", errBase, prev.n, read, prev.leaves)
	}
	for ; j < len(ch); j++ {
		emit(&ch[j])
	}
	return out, len(ch), nil
}

// snapshotRecs is snapshot in records: every (token, account, cumulative) of the ledger, sorted, without zero
// totals and without the marker's key.
func (s *Settler) snapshotRecs(ctx context.Context) ([]leafRec, error) {
	tokens, err := s.store.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	size := 0
	for _, token := range tokens {
		n, err := s.store.Accounts(ctx, token)
		if err != nil {
			return nil, fmt.Errorf("snapshot: %w", err)
		}
		size += n
	}
	// Sized once: growing by appends would hold up to twice the records at 72 bytes each.
	recs := make([]leafRec, 0, size+size/100)
	err = s.store.Snapshot(ctx, func(token, account common.Address, cumulative *big.Int) error {
		r, ok := recOf(leaf(token, account, cumulative))
		if !ok {
			return fmt.Errorf("snapshot: %s of %s: total %s is not a uint256", account.Hex(), token.Hex(), cumulative)
		}
		if cumulative.Sign() > 0 && !r.isMarker() {
			recs = append(recs, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(recs, compareRecs)
	return recs, nil
}

// dropChanges drops the changed sets cs read, now that epoch r (which holds what they named, or the same
// root) is stored. A failure only leaves them to be read again.
func (s *Settler) dropChanges(ctx context.Context, cs *claimSnap, r *record) {
	marker := baseMarker(r)
	for _, c := range cs.changes {
		if len(c.IDs) == 0 && c.Base == marker {
			continue
		}
		if err := s.store.DropChanges(ctx, c, marker); err != nil {
			s.log.Warn("dropping changed accounts failed; the next epoch reads them again", "epoch", r.n, "err", err)
		}
	}
}

func leaf(token, account common.Address, cumulative *big.Int) merkle.Leaf {
	return merkle.Leaf{Token: token, Account: account, CumulativeAmount: cumulative}
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
