// Package access decides who may spend what: which wallet may create and manage a community's campaigns,
// which sponsor may grant a campaign a budget from a pool, and whether a campaign may still award. Every
// decision is taken from facts read on-chain (a token's creator(), a pool's owner and state), never from what
// the caller or the ledger says, and is pure: the callers read the facts, this package only decides, so each
// rule is tested without HTTP, Redis or a chain.
package access

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Refusals. The API maps each to one status and code.
var (
	// ErrNotCreator: the caller is not the community token's creator() on-chain.
	ErrNotCreator = errors.New("not the token's creator on-chain")
	// ErrTokenNotLive: the community's token has no code on-chain yet (the community is pending).
	ErrTokenNotLive = errors.New("the community's token is not on-chain yet")
	// ErrRenounced: the token's creator renounced ownership, so nobody may spend it any more.
	ErrRenounced = errors.New("the token's creator renounced it")
	// ErrForeignToken: a campaign may pay only its community's own token, or a sponsor pool's grant.
	ErrForeignToken = errors.New("a campaign pays its community's own token or a sponsor pool's grant")
	// ErrUnknownPool: no sponsor pool at that address on-chain.
	ErrUnknownPool = errors.New("no such sponsor pool")
	// ErrNotPoolOwner: the caller is not the pool's owner on-chain.
	ErrNotPoolOwner = errors.New("not the pool's owner on-chain")
	// ErrPoolClosing: the pool's owner announced a withdrawal; nothing more is awarded or granted from it.
	ErrPoolClosing = errors.New("the pool is under withdrawal notice")
	// ErrNotPooled: the campaign is not paid from this pool.
	ErrNotPooled = errors.New("the campaign is not paid from this pool")
	// ErrGrantExceedsDeposits: the pool's grants would exceed what was ever deposited in it.
	ErrGrantExceedsDeposits = errors.New("grants would exceed the pool's deposits")
	// ErrIssuerReplaced: a platform token issued by a creator who no longer controls the token.
	ErrIssuerReplaced = errors.New("the platform token's issuer no longer controls the campaign's token")
)

// Token is what the chain says of a community's CreatorToken.
type Token struct {
	Address common.Address
	// Live is whether the token has code on-chain; a pending community's token does not.
	Live bool
	// Creator is the token's creator() (zero once renounced).
	Creator common.Address
}

// Pool is what the chain says of a sponsor pool.
type Pool struct {
	Address common.Address
	// Exists is whether the distributor knows the pool.
	Exists bool
	Token  common.Address // the ERC-20 it pays
	Owner  common.Address
	// Balance is what the pool holds now; Paid is what it has paid out. Balance + Paid is at least everything
	// ever granted and still owed (withdrawals come only from the unowed rest, after notice).
	Balance, Paid *big.Int
	// Committed is what the active root commits the pool to pay (the sum of its leaves' totals).
	Committed *big.Int
	// Closing is whether a withdrawal was announced (awarding and granting stop); WithdrawableAt, in Unix
	// seconds, is when the owner may withdraw (0 if none was announced).
	Closing        bool
	WithdrawableAt uint64
}

// Withdrawable is what the owner may take out once the notice is over: the balance less what the active
// root still commits (committed − paid), as the distributor's withdrawable() computes it.
func (p Pool) Withdrawable() *big.Int {
	if !p.Exists || p.Balance == nil {
		return new(big.Int)
	}
	owed := new(big.Int)
	if p.Committed != nil && p.Paid != nil && p.Committed.Cmp(p.Paid) > 0 {
		owed.Sub(p.Committed, p.Paid)
	}
	if owed.Cmp(p.Balance) >= 0 {
		return new(big.Int)
	}
	return owed.Sub(p.Balance, owed)
}

// Funding is how a new campaign asks to be paid.
type Funding struct {
	// RewardToken is the token the creator named, if any (nil: the community's token).
	RewardToken *common.Address
	// Pool is the sponsor pool the creator named, if any.
	Pool *common.Address
}

// CreateCampaign decides whether caller may create a campaign on the community whose token is tok, paid as
// f asks; pool is what the chain says of f.Pool (ignored when f.Pool is nil). A campaign pays its community's
// own token (minted) or a sponsor pool's grant (whose budget the pool's owner grants later): any other token
// is refused. It returns the token the campaign pays out.
func CreateCampaign(caller common.Address, tok Token, f Funding, pool Pool) (common.Address, error) {
	if err := Manage(caller, tok); err != nil {
		return common.Address{}, err
	}
	if f.Pool == nil {
		if f.RewardToken != nil && *f.RewardToken != tok.Address {
			return common.Address{}, fmt.Errorf("%w: %s is not the community's token %s", ErrForeignToken,
				f.RewardToken.Hex(), tok.Address.Hex())
		}
		return tok.Address, nil
	}
	if !pool.Exists || pool.Address != *f.Pool {
		return common.Address{}, fmt.Errorf("%w: %s", ErrUnknownPool, f.Pool.Hex())
	}
	if f.RewardToken != nil && *f.RewardToken != pool.Token {
		return common.Address{}, fmt.Errorf("%w: pool %s pays %s, not %s", ErrForeignToken, pool.Address.Hex(),
			pool.Token.Hex(), f.RewardToken.Hex())
	}
	if pool.Closing {
		return common.Address{}, fmt.Errorf("%w: %s", ErrPoolClosing, pool.Address.Hex())
	}
	return pool.Token, nil
}

// Manage decides whether caller controls the community whose token is tok, and so its campaigns: it must
// be the token's creator() on-chain. An ownership transfer moves control to the new creator at once.
func Manage(caller common.Address, tok Token) error {
	switch {
	case !tok.Live:
		return fmt.Errorf("%w: %s", ErrTokenNotLive, tok.Address.Hex())
	case tok.Creator == (common.Address{}):
		return fmt.Errorf("%w: %s", ErrRenounced, tok.Address.Hex())
	case tok.Creator != caller:
		return fmt.Errorf("%w: %s is not the creator of %s", ErrNotCreator, caller.Hex(), tok.Address.Hex())
	}
	return nil
}

// OwnPool decides whether caller controls pool: the distributor knows it and caller is its owner on-chain.
func OwnPool(caller common.Address, pool Pool) error {
	switch {
	case !pool.Exists:
		return fmt.Errorf("%w: %s", ErrUnknownPool, pool.Address.Hex())
	case pool.Owner != caller:
		return fmt.Errorf("%w: %s does not own %s", ErrNotPoolOwner, caller.Hex(), pool.Address.Hex())
	}
	return nil
}

// Grant decides whether caller may grant amount from pool to a campaign paid from campaignPool, given what
// the pool has granted so far: the caller must own the pool on-chain, the pool must not be closing, and its
// grants must stay within what was ever deposited in it (balance + paid), so every award they allow can be
// paid.
func Grant(caller common.Address, pool Pool, campaignPool *common.Address, granted, amount *big.Int) error {
	if err := OwnPool(caller, pool); err != nil {
		return err
	}
	switch {
	case campaignPool == nil || *campaignPool != pool.Address:
		return fmt.Errorf("%w: %s", ErrNotPooled, pool.Address.Hex())
	case pool.Closing:
		return fmt.Errorf("%w: %s", ErrPoolClosing, pool.Address.Hex())
	}
	deposits := new(big.Int).Add(pool.Balance, pool.Paid)
	if after := new(big.Int).Add(granted, amount); after.Cmp(deposits) > 0 {
		return fmt.Errorf("%w: %s granted, %s more asked, %s deposited", ErrGrantExceedsDeposits, granted, amount,
			deposits)
	}
	return nil
}

// Read decides whether a platform may read a campaign (its stats, its export): a platform token a creator
// issued works only while that creator controls the token (issuer nil: an operator issued it). Unlike Award,
// a renounced token or a closing pool does not stop reading what was.
func Read(tok Token, issuer *common.Address) error {
	if issuer != nil && *issuer != tok.Creator {
		return fmt.Errorf("%w: issued by %s, creator is %s", ErrIssuerReplaced, issuer.Hex(), tok.Creator.Hex())
	}
	return nil
}

// Award decides whether a campaign may still award: its community's token must still have a creator (a
// renounced token pays nobody any more); a platform token a creator issued works only while that creator
// controls the token (issuer nil: an operator issued it); a pooled campaign's pool must exist and not be
// closing.
func Award(tok Token, issuer *common.Address, pool *Pool) error {
	if !tok.Live {
		return fmt.Errorf("%w: %s", ErrTokenNotLive, tok.Address.Hex())
	}
	if tok.Creator == (common.Address{}) {
		return fmt.Errorf("%w: %s", ErrRenounced, tok.Address.Hex())
	}
	if issuer != nil && *issuer != tok.Creator {
		return fmt.Errorf("%w: issued by %s, creator is %s", ErrIssuerReplaced, issuer.Hex(), tok.Creator.Hex())
	}
	if pool != nil {
		if !pool.Exists {
			return fmt.Errorf("%w: %s", ErrUnknownPool, pool.Address.Hex())
		}
		if pool.Closing {
			return fmt.Errorf("%w: %s", ErrPoolClosing, pool.Address.Hex())
		}
	}
	return nil
}
