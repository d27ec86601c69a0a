package settle

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/merkle"
)

// Commitment is what an epoch's root commits a sponsor pool to pay: the sum of the cumulative amounts of
// its leaves. It is proposed with the root (proposeRootWithCommitments) and becomes the pool's committed
// total on-chain exactly when the root activates, so that a sponsor who announced a withdrawal can take out
// only what no leaf is still owed.
type Commitment struct {
	Pool  common.Address
	Total *big.Int
}

// commitments sums the leaves of every pool the ledger knows (leaves are sorted by token, so each pool's
// are contiguous). Pools without leaves are left out: their committed total stays what it was, and totals
// only grow.
func (s *Settler) commitments(ctx context.Context, leaves []merkle.Leaf) ([]Commitment, error) {
	pools, err := s.store.Pools(ctx)
	if err != nil {
		return nil, fmt.Errorf("commitments: %w", err)
	}
	var out []Commitment
	for _, l := range leaves {
		if _, ok := pools[l.Token]; !ok {
			continue
		}
		if len(out) == 0 || out[len(out)-1].Pool != l.Token {
			out = append(out, Commitment{Pool: l.Token, Total: new(big.Int)})
		}
		out[len(out)-1].Total.Add(out[len(out)-1].Total, l.CumulativeAmount)
	}
	return out, nil
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
