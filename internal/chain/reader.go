package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/bindings"
)

// Reader reads tribe's contracts. Every call is bounded by Timeout. Safe for concurrent use.
type Reader struct {
	backend     bind.ContractBackend
	deployment  *Deployment
	distributor *bindings.RewardsDistributor
	factory     *bindings.CreatorTokenFactory
	// Timeout bounds each RPC call (default 5 s).
	Timeout time.Duration
}

// NewReader reads the contracts of d through b.
func NewReader(b bind.ContractBackend, d *Deployment) *Reader {
	return &Reader{backend: b, deployment: d, distributor: bindings.NewRewardsDistributor(),
		factory: bindings.NewCreatorTokenFactory(), Timeout: 5 * time.Second}
}

func (r *Reader) opts(ctx context.Context) (*bind.CallOpts, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(ctx, r.Timeout)
	return &bind.CallOpts{Context: ctx}, cancel
}

// Claimed is distributor.claimed(token, account).
func (r *Reader) Claimed(ctx context.Context, token, account common.Address) (*big.Int, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	v, err := bind.Call(r.distributor.Instance(r.backend, r.deployment.Distributor), o,
		r.distributor.PackClaimed(token, account), r.distributor.UnpackClaimed)
	if err != nil {
		return nil, fmt.Errorf("claimed: %w", err)
	}
	return v, nil
}

// PredictToken is factory.predictTokenAddress(creator, salt).
func (r *Reader) PredictToken(ctx context.Context, creator common.Address, salt [32]byte) (common.Address, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	v, err := bind.Call(r.factory.Instance(r.backend, r.deployment.Factory), o,
		r.factory.PackPredictTokenAddress(creator, salt), r.factory.UnpackPredictTokenAddress)
	if err != nil {
		return common.Address{}, fmt.Errorf("predict token address: %w", err)
	}
	return v, nil
}

// Token is what a CreatorToken says of itself.
type Token struct {
	Name, Symbol string
	MaxSupply    *big.Int
	Creator      common.Address
}

// Token reads the CreatorToken at addr: name, symbol, maxSupply and creator (four calls, each bounded by
// Timeout). An address without such a token is an error.
func (r *Reader) Token(ctx context.Context, addr common.Address) (Token, error) {
	ct := bindings.NewCreatorToken()
	c := ct.Instance(r.backend, addr)
	var out Token
	var err error
	call := func(what string, f func(o *bind.CallOpts) error) {
		if err != nil {
			return
		}
		o, cancel := r.opts(ctx)
		defer cancel()
		if e := f(o); e != nil {
			err = fmt.Errorf("read token %s: %s: %w", addr, what, e)
		}
	}
	call("name", func(o *bind.CallOpts) (e error) { out.Name, e = bind.Call(c, o, ct.PackName(), ct.UnpackName); return })
	call("symbol", func(o *bind.CallOpts) (e error) {
		out.Symbol, e = bind.Call(c, o, ct.PackSymbol(), ct.UnpackSymbol)
		return
	})
	call("maxSupply", func(o *bind.CallOpts) (e error) {
		out.MaxSupply, e = bind.Call(c, o, ct.PackMaxSupply(), ct.UnpackMaxSupply)
		return
	})
	call("creator", func(o *bind.CallOpts) (e error) {
		out.Creator, e = bind.Call(c, o, ct.PackCreator(), ct.UnpackCreator)
		return
	})
	return out, err
}
