package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/access"
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

// Token is what the chain says of a CreatorToken now: whether it has code (a pending community's token does
// not) and its creator() — zero once renounced, and zero for a contract that answers creator() with
// anything but an address.
func (r *Reader) Token(ctx context.Context, token common.Address) (access.Token, error) {
	ctx, cancel := context.WithTimeout(ctx, r.Timeout)
	defer cancel()
	code, err := r.backend.CodeAt(ctx, token, nil)
	if err != nil {
		return access.Token{}, fmt.Errorf("token code: %w", err)
	}
	out := access.Token{Address: token, Live: len(code) > 0}
	if !out.Live {
		return out, nil
	}
	ct := bindings.NewCreatorToken()
	creator, err := bind.Call(ct.Instance(r.backend, token), &bind.CallOpts{Context: ctx}, ct.PackCreator(),
		ct.UnpackCreator)
	if err != nil {
		if notACreatorToken(err) {
			return out, nil // nobody may spend it as a CreatorToken
		}
		return access.Token{}, fmt.Errorf("token creator: %w", err)
	}
	out.Creator = creator
	return out, nil
}

// Pool is what the distributor says of a sponsor pool now (Exists false if it knows none at that address).
func (r *Reader) Pool(ctx context.Context, pool common.Address) (access.Pool, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	v, err := bind.Call(r.distributor.Instance(r.backend, r.deployment.Distributor), o,
		r.distributor.PackPoolInfo(pool), r.distributor.UnpackPoolInfo)
	if err != nil {
		return access.Pool{}, fmt.Errorf("pool info: %w", err)
	}
	if v.Token == (common.Address{}) {
		return access.Pool{Address: pool}, nil
	}
	return access.Pool{Address: pool, Exists: true, Token: v.Token, Owner: v.Owner, Balance: v.Balance, Paid: v.Paid,
		Committed: v.Committed, Closing: v.WithdrawableAt.Sign() != 0, WithdrawableAt: v.WithdrawableAt.Uint64()}, nil
}

// Decimals is the ERC-20's decimals(); ok is false when token has no code or does not answer it with a
// uint8 (decimals() is optional in ERC-20).
func (r *Reader) Decimals(ctx context.Context, token common.Address) (decimals uint8, ok bool, err error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	ct := bindings.NewCreatorToken()
	v, err := bind.Call(ct.Instance(r.backend, token), o, ct.PackDecimals(), ct.UnpackDecimals)
	if err != nil {
		if notACreatorToken(err) {
			return 0, false, nil
		}
		return 0, false, fmt.Errorf("token decimals: %w", err)
	}
	return v, true, nil
}

// notACreatorToken reports whether err says the contract answered creator() with a revert or with something
// that is not an address, rather than that the call did not get through.
func notACreatorToken(err error) bool {
	var de rpc.DataError
	msg := err.Error()
	return errors.As(err, &de) || strings.Contains(msg, "execution reverted") || strings.Contains(msg, "abi:")
}

// TokenInfo is what a CreatorToken says of itself.
type TokenInfo struct {
	Name, Symbol string
	MaxSupply    *big.Int
	Creator      common.Address
}

// TokenInfo reads the CreatorToken at addr: name, symbol, maxSupply and creator (four calls, each bounded by
// Timeout). An address without such a token is an error.
func (r *Reader) TokenInfo(ctx context.Context, addr common.Address) (TokenInfo, error) {
	ct := bindings.NewCreatorToken()
	c := ct.Instance(r.backend, addr)
	var out TokenInfo
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
