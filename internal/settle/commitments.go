package settle

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Commitment is what an epoch's root commits a sponsor pool to pay: the sum of the cumulative amounts of
// its leaves. It is proposed with the root (proposeRootWithCommitments) and becomes the pool's committed
// total on-chain exactly when the root activates, so that a sponsor who announced a withdrawal can take out
// only what no leaf is still owed.
type Commitment struct {
	Pool  common.Address
	Total *big.Int
}

// unlinkedHeld reads, per sponsor pool, what its unlinked platform users are owed (ledger.Store.UnlinkedHeld):
// they have no leaves, yet a pool must stay committed to them. It is read before the leaves, so that a user
// linked in between is counted twice (committing a little more for one epoch), never missed.
func (s *Settler) unlinkedHeld(ctx context.Context) (map[common.Address]*big.Int, error) {
	pools, err := s.store.Pools(ctx)
	if err != nil {
		return nil, fmt.Errorf("commitments: %w", err)
	}
	out := make(map[common.Address]*big.Int, len(pools))
	for pool := range pools {
		held, err := s.store.UnlinkedHeld(ctx, pool)
		if err != nil {
			return nil, fmt.Errorf("commitments: %w", err)
		}
		out[pool] = held
	}
	return out, nil
}

// commitments sums, per pool (held's keys, from unlinkedHeld), the leaves of the pool (leaves are sorted by
// token, so each pool's are contiguous) and what its unlinked users are owed. Pools with neither are left
// out: their committed total stays what it was. Sorted by pool.
func (s *Settler) commitments(recs []leafRec, held map[common.Address]*big.Int) []Commitment {
	totals := map[common.Address]*big.Int{}
	for pool, h := range held {
		if h.Sign() > 0 {
			totals[pool] = new(big.Int).Set(h)
		}
	}
	var amount big.Int
	for i := range recs {
		token := recs[i].token()
		if _, ok := held[token]; !ok {
			continue
		}
		if totals[token] == nil {
			totals[token] = new(big.Int)
		}
		totals[token].Add(totals[token], amount.SetBytes(recs[i].amount()))
	}
	out := make([]Commitment, 0, len(totals))
	for pool, t := range totals {
		out = append(out, Commitment{Pool: pool, Total: t})
	}
	slices.SortFunc(out, func(a, b Commitment) int { return bytes.Compare(a.Pool[:], b.Pool[:]) })
	return out
}

// encodeCommitments is the record's "pools" field: per commitment, the pool's 20 bytes and the total's 32.
func encodeCommitments(cs []Commitment) []byte {
	b := make([]byte, 0, len(cs)*52)
	for _, c := range cs {
		b = append(b, c.Pool[:]...)
		b = append(b, common.BigToHash(c.Total).Bytes()...)
	}
	return b
}

func decodeCommitments(s string) ([]Commitment, error) {
	if len(s)%52 != 0 {
		return nil, fmt.Errorf("%d bytes is not a whole number of commitments", len(s))
	}
	var out []Commitment
	for i := 0; i < len(s); i += 52 {
		out = append(out, Commitment{Pool: common.BytesToAddress([]byte(s[i : i+20])),
			Total: new(big.Int).SetBytes([]byte(s[i+20 : i+52]))})
	}
	return out, nil
}
