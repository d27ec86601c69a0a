package access

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var (
	creator  = common.HexToAddress("0x00000000000000000000000000000000000c0001")
	attacker = common.HexToAddress("0x00000000000000000000000000000000000a0001")
	brand    = common.HexToAddress("0x00000000000000000000000000000000000b0001")
	own      = common.HexToAddress("0x0000000000000000000000000000000000070001") // the community's token
	foreign  = common.HexToAddress("0x0000000000000000000000000000000000070002") // another creator's token
	usdc     = common.HexToAddress("0x0000000000000000000000000000000000070003")
	poolA    = common.HexToAddress("0x00000000000000000000000000000000000f0001")
	poolB    = common.HexToAddress("0x00000000000000000000000000000000000f0002")
)

func live(c common.Address) Token { return Token{Address: own, Live: true, Creator: c} }

func pool(addr common.Address, balance, paid int64) Pool {
	return Pool{Address: addr, Exists: true, Token: usdc, Owner: brand, Balance: big.NewInt(balance),
		Paid: big.NewInt(paid)}
}

func ptr(a common.Address) *common.Address { return &a }

func TestCreateCampaign(t *testing.T) {
	t.Parallel()
	closing := pool(poolA, 100, 0)
	closing.Closing = true
	for _, tc := range []struct {
		name      string
		caller    common.Address
		tok       Token
		f         Funding
		pool      Pool
		want      error
		wantToken common.Address
	}{
		{"own token by default", creator, live(creator), Funding{}, Pool{}, nil, own},
		{"own token named", creator, live(creator), Funding{RewardToken: ptr(own)}, Pool{}, nil, own},
		{"another creator's token", creator, live(creator), Funding{RewardToken: ptr(foreign)}, Pool{}, ErrForeignToken, common.Address{}},
		{"a plain ERC-20 without a pool", creator, live(creator), Funding{RewardToken: ptr(usdc)}, Pool{}, ErrForeignToken, common.Address{}},
		{"caller is not the creator on-chain", attacker, live(creator), Funding{}, Pool{}, ErrNotCreator, common.Address{}},
		{"ownership moved on-chain", creator, live(attacker), Funding{}, Pool{}, ErrNotCreator, common.Address{}},
		{"pending community", creator, Token{Address: own}, Funding{}, Pool{}, ErrTokenNotLive, common.Address{}},
		{"renounced", creator, live(common.Address{}), Funding{}, Pool{}, ErrRenounced, common.Address{}},
		{"a pool", creator, live(creator), Funding{Pool: ptr(poolA)}, pool(poolA, 0, 0), nil, usdc},
		{"a pool and its token", creator, live(creator), Funding{Pool: ptr(poolA), RewardToken: ptr(usdc)}, pool(poolA, 0, 0), nil, usdc},
		{"a pool and another token", creator, live(creator), Funding{Pool: ptr(poolA), RewardToken: ptr(own)}, pool(poolA, 0, 0), ErrForeignToken, common.Address{}},
		{"an unknown pool", creator, live(creator), Funding{Pool: ptr(poolA)}, Pool{Address: poolA}, ErrUnknownPool, common.Address{}},
		{"facts of another pool", creator, live(creator), Funding{Pool: ptr(poolA)}, pool(poolB, 0, 0), ErrUnknownPool, common.Address{}},
		{"a closing pool", creator, live(creator), Funding{Pool: ptr(poolA)}, closing, ErrPoolClosing, common.Address{}},
		{"a pool, not the creator", attacker, live(creator), Funding{Pool: ptr(poolA)}, pool(poolA, 0, 0), ErrNotCreator, common.Address{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := CreateCampaign(tc.caller, tc.tok, tc.f, tc.pool)
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if got != tc.wantToken {
				t.Fatalf("pays %s, want %s", got.Hex(), tc.wantToken.Hex())
			}
		})
	}
}

func TestGrant(t *testing.T) {
	t.Parallel()
	closing := pool(poolA, 1000, 0)
	closing.Closing = true
	for _, tc := range []struct {
		name     string
		caller   common.Address
		pool     Pool
		campPool *common.Address
		granted  int64
		amount   int64
		want     error
	}{
		{"within deposits", brand, pool(poolA, 1000, 0), ptr(poolA), 0, 1000, nil},
		{"paid out counts as deposited", brand, pool(poolA, 400, 600), ptr(poolA), 500, 500, nil},
		{"over deposits", brand, pool(poolA, 1000, 0), ptr(poolA), 600, 401, ErrGrantExceedsDeposits},
		{"not the owner", attacker, pool(poolA, 1000, 0), ptr(poolA), 0, 1, ErrNotPoolOwner},
		{"the campaign names another pool", brand, pool(poolA, 1000, 0), ptr(poolB), 0, 1, ErrNotPooled},
		{"a mint-mode campaign", brand, pool(poolA, 1000, 0), nil, 0, 1, ErrNotPooled},
		{"closing", brand, closing, ptr(poolA), 0, 1, ErrPoolClosing},
		{"unknown pool", brand, Pool{Address: poolA}, ptr(poolA), 0, 1, ErrUnknownPool},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := Grant(tc.caller, tc.pool, tc.campPool, big.NewInt(tc.granted), big.NewInt(tc.amount))
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestAward(t *testing.T) {
	t.Parallel()
	open := pool(poolA, 10, 0)
	closing := pool(poolA, 10, 0)
	closing.Closing = true
	for _, tc := range []struct {
		name   string
		tok    Token
		issuer *common.Address
		pool   *Pool
		want   error
	}{
		{"operator's platform", live(creator), nil, nil, nil},
		{"the creator's own platform", live(creator), ptr(creator), nil, nil},
		{"the old creator's platform after a transfer", live(brand), ptr(creator), nil, ErrIssuerReplaced},
		{"renounced", live(common.Address{}), nil, nil, ErrRenounced},
		{"not on-chain", Token{Address: own}, nil, nil, ErrTokenNotLive},
		{"open pool", live(creator), nil, &open, nil},
		{"closing pool", live(creator), nil, &closing, ErrPoolClosing},
		{"vanished pool", live(creator), nil, &Pool{Address: poolA}, ErrUnknownPool},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := Award(tc.tok, tc.issuer, tc.pool)
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	t.Parallel()
	if err := Read(live(common.Address{}), nil); err != nil {
		t.Errorf("an operator's platform reading a renounced token's campaign: %v", err)
	}
	if err := Read(live(creator), ptr(creator)); err != nil {
		t.Errorf("the creator's own platform: %v", err)
	}
	if err := Read(live(brand), ptr(creator)); !errors.Is(err, ErrIssuerReplaced) {
		t.Errorf("the old creator's platform after a transfer: %v", err)
	}
}

func TestWithdrawable(t *testing.T) {
	t.Parallel()
	p := func(balance, paid, committed int64) Pool {
		x := pool(poolA, balance, paid)
		x.Committed = big.NewInt(committed)
		return x
	}
	for _, tc := range []struct {
		name string
		pool Pool
		want int64
	}{
		{"nothing committed", p(1000, 0, 0), 1000},
		{"committed, partly paid", p(830, 170, 189), 811},
		{"paid ahead of the root", p(800, 200, 150), 800},
		{"owes more than it holds", p(10, 0, 50), 0},
		{"unknown pool", Pool{Address: poolA}, 0},
	} {
		if got := tc.pool.Withdrawable(); got.Int64() != tc.want {
			t.Errorf("%s: withdrawable %s, want %d", tc.name, got, tc.want)
		}
	}
}
