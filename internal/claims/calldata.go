package claims

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/bindings"
)

var distributor = bindings.NewRewardsDistributor()

// VoucherCalldata is the calldata of distributor.claimWithVoucher(account, source, cumulative, deadline,
// signature).
func VoucherCalldata(account, source common.Address, cumulative, deadline *big.Int, signature []byte) []byte {
	return distributor.PackClaimWithVoucher(account, source, cumulative, deadline, signature)
}

// ProofCalldata is the calldata of distributor.claim(account, source, cumulative, proof): the Merkle path.
func ProofCalldata(account, source common.Address, cumulative *big.Int, proof []common.Hash) []byte {
	raw := make([][32]byte, len(proof))
	for i, h := range proof {
		raw[i] = h
	}
	return distributor.PackClaim(account, source, cumulative, raw)
}

// Entry is one claim of a claimMany batch: a voucher (Signature set) or a Merkle proof (Signature empty).
type Entry struct {
	Account, Source common.Address
	Cumulative      *big.Int
	Deadline        *big.Int // voucher only; nil is 0
	Signature       []byte
	Proof           []common.Hash
}

// ClaimManyCalldata is the calldata of distributor.claimMany(entries).
func ClaimManyCalldata(entries []Entry) []byte {
	out := make([]bindings.RewardsDistributorClaim, len(entries))
	for i, e := range entries {
		deadline := e.Deadline
		if deadline == nil {
			deadline = new(big.Int)
		}
		proof := make([][32]byte, len(e.Proof))
		for j, h := range e.Proof {
			proof[j] = h
		}
		sig := e.Signature
		if sig == nil {
			sig = []byte{}
		}
		out[i] = bindings.RewardsDistributorClaim{Account: e.Account, Token: e.Source, CumulativeAmount: e.Cumulative,
			Deadline: deadline, Signature: sig, Proof: proof}
	}
	return distributor.PackClaimMany(out)
}
