package settle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/txmgr"
)

// DefaultReadTimeout bounds each read of ChainProposer when its ReadTimeout is 0.
const DefaultReadTimeout = 10 * time.Second

// ChainProposer is the Proposer of a deployed RewardsDistributor: it sends proposeRoot through the
// txmgr.Manager of a key with ROOT_PROPOSER_ROLE and reads the distributor through a ContractCaller. Safe for
// concurrent use.
type ChainProposer struct {
	sender      *txmgr.Manager
	distributor common.Address
	reader      bind.ContractCaller
	abi         *bindings.RewardsDistributor
	// ReadTimeout bounds each read call (DefaultReadTimeout if 0).
	ReadTimeout time.Duration
}

// NewChainProposer returns the Proposer of the distributor at address distributor. reader is any client of
// the chain (ethclient.Client, the simulated backend's client); if it also has BlockNumber, as both do, the
// reads of one OnChainEpoch are made at one block, so that they are consistent with each other.
func NewChainProposer(sender *txmgr.Manager, distributor common.Address, reader bind.ContractCaller) *ChainProposer {
	return &ChainProposer{sender: sender, distributor: distributor, reader: reader,
		abi: bindings.NewRewardsDistributor()}
}

// ProposeRoot sends proposeRoot(root, epoch) — proposeRootWithCommitments when pools are committed — and waits until it is mined with the Manager's confirmations.
// A call that would revert (RootPending, EpochNotIncreasing...) returns an error wrapping txmgr.ErrWouldRevert
// and the decoded *chain.RevertError, and sends nothing. Cancelling ctx stops waiting; a transaction already
// sent may still be mined.
func (p *ChainProposer) ProposeRoot(ctx context.Context, root common.Hash, epoch uint64, commitments []Commitment) (*types.Receipt, error) {
	data := p.abi.PackProposeRoot(root, epoch)
	if len(commitments) > 0 {
		pools, totals := make([]common.Address, len(commitments)), make([]*big.Int, len(commitments))
		for i, c := range commitments {
			pools[i], totals[i] = c.Pool, c.Total
		}
		data = p.abi.PackProposeRootWithCommitments(root, epoch, pools, totals)
	}
	r, err := p.sender.Send(ctx, p.distributor, data)
	if err != nil {
		return r, fmt.Errorf("propose root %s for epoch %d: %w", root, epoch, err)
	}
	return r, nil
}

// blockNumberer is the part of a client that gives the head's number.
type blockNumberer interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// OnChainEpoch reads epoch(), pendingRootInfo() and pendingRoot() — at one block when the reader can tell
// the head's number.
func (p *ChainProposer) OnChainEpoch(ctx context.Context) (active uint64, pending uint64, pendingRoot common.Hash, err error) {
	var block *big.Int
	if bn, ok := p.reader.(blockNumberer); ok {
		rctx, cancel := p.timeout(ctx)
		n, err := bn.BlockNumber(rctx)
		cancel()
		if err != nil {
			return 0, 0, common.Hash{}, fmt.Errorf("block number: %w", err)
		}
		block = new(big.Int).SetUint64(n)
	}
	// Without a block, a root may be proposed or activate between two calls; a pending epoch without a pending
	// root shows that, and the reads are made again.
	for attempt := 0; ; attempt++ {
		info, err := call(ctx, p, block, p.abi.PackPendingRootInfo(), p.abi.UnpackPendingRootInfo)
		if err != nil {
			return 0, 0, common.Hash{}, fmt.Errorf("pendingRootInfo: %w", err)
		}
		root, err := call(ctx, p, block, p.abi.PackPendingRoot(), p.abi.UnpackPendingRoot)
		if err != nil {
			return 0, 0, common.Hash{}, fmt.Errorf("pendingRoot: %w", err)
		}
		active, err := call(ctx, p, block, p.abi.PackEpoch(), p.abi.UnpackEpoch)
		if err != nil {
			return 0, 0, common.Hash{}, fmt.Errorf("epoch: %w", err)
		}
		if (info.PendingEpoch == 0) == (root == [32]byte{}) {
			return active, info.PendingEpoch, common.Hash(root), nil
		}
		if block != nil || attempt == 2 {
			return 0, 0, common.Hash{}, errors.New("inconsistent pending root: pending epoch and pending root disagree")
		}
	}
}

// ActiveRoot reads activeRoot().
func (p *ChainProposer) ActiveRoot(ctx context.Context) (common.Hash, error) {
	root, err := call(ctx, p, nil, p.abi.PackActiveRoot(), p.abi.UnpackActiveRoot)
	if err != nil {
		return common.Hash{}, fmt.Errorf("activeRoot: %w", err)
	}
	return root, nil
}

func (p *ChainProposer) timeout(ctx context.Context) (context.Context, context.CancelFunc) {
	d := p.ReadTimeout
	if d <= 0 {
		d = DefaultReadTimeout
	}
	return context.WithTimeout(ctx, d)
}

// call runs a read-only call of the distributor at block (nil: latest) and unpacks its result.
func call[T any](ctx context.Context, p *ChainProposer, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	rctx, cancel := p.timeout(ctx)
	defer cancel()
	to := p.distributor
	out, err := p.reader.CallContract(rctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

var _ Proposer = (*ChainProposer)(nil)
