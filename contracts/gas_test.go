package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/merkle"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// gasCeilings are the full transaction gas figures of `make gas`, each rounded up by about 1%. A change
// that costs more fails TestGas: look at why, then update this table and the README's gas table together.
var gasCeilings = []struct {
	name    string
	ceiling uint64
}{
	{"createToken", 195_100},
	{"createTokenWithAllocation", 241_900},
	{"createTokenFor", 205_000},
	{"claimWithVoucher.newHolder", 100_700},
	{"claimWithVoucher.existingHolder", 66_100},
	{"claimMerkle1M.newHolder", 111_700},
	{"claimMerkle1M.existingHolder", 77_100},
	{"claimMany100.perClaim", 60_700},
	{"fund", 39_800},
	{"claimWithVoucher.newHolder.escrow", 96_400},
	{"claimWithVoucher.existingHolder.escrow", 61_800},
	{"claimWithVoucher.newHolder.noLimit", 97_100},
	{"claimWithVoucher.existingHolder.noLimit", 62_600},
}

// TestGas measures the gas of every operation whose cost a user pays, in the configuration tribe runs:
// tokens with a cap and a daily payout limit, the distributor as minter, holders of a token that already has
// supply. Run `make gas` (go test -run TestGas -v) to print the table.
func TestGas(t *testing.T) {
	h := chaintest.New(t)
	got := map[string]uint64{}
	record := func(name string, gas uint64) { got[name] = gas }

	creator, relayer := h.Keys[4], h.Keys[5]
	supplyCap := new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(1e18))
	allocation := new(big.Int).Mul(big.NewInt(100_000_000), big.NewInt(1e18))
	zero := new(big.Int)

	r := h.MustTransact(creator, h.Deployment.Factory, h.Factory.PackCreateToken("Tribe Fan Token", "FAN", supplyCap, zero, salt("a")))
	record("createToken", r.GasUsed)
	r = h.MustTransact(creator, h.Deployment.Factory, h.Factory.PackCreateToken("Tribe Fan Token", "FAN", supplyCap, allocation, salt("b")))
	record("createTokenWithAllocation", r.GasUsed)
	token := h.PredictToken(h.Addr(creator), salt("b"))

	deadline := big.NewInt(int64(h.Now()) + 30*86_400)
	req := voucher.CreateToken{Creator: h.Addr(creator), Name: "Tribe Fan Token", Symbol: "FAN", MaxSupply: supplyCap,
		CreatorAllocation: zero, Salt: salt("c"), Deadline: deadline}
	sig, err := voucher.SignCreateToken(creator, voucher.FactoryDomainSeparator(h.ChainID, h.Deployment.Factory), req)
	if err != nil {
		t.Fatal(err)
	}
	r = h.MustTransact(relayer, h.Deployment.Factory, h.Factory.PackCreateTokenFor(req.Creator, req.Name, req.Symbol,
		req.MaxSupply, req.CreatorAllocation, req.Salt, req.Deadline, sig))
	record("createTokenFor", r.GasUsed)

	// Mint mode, with the daily limit a careful creator sets.
	h.MustTransact(creator, token, h.Token.PackSetMinter(h.Deployment.Distributor, true))
	h.MustTransact(creator, h.Deployment.Distributor, h.Distributor.PackSetPayoutLimit(token, supplyCap, 86_400))
	signer := voucher.NewSigner(h.Signer, h.ChainID, h.Deployment.Distributor)
	claimVoucher := func(account, token common.Address, amount *big.Int) uint64 {
		t.Helper()
		v := voucher.Voucher{Account: account, Token: token, CumulativeAmount: amount, Deadline: deadline}
		sig, err := signer.Sign(v)
		if err != nil {
			t.Fatal(err)
		}
		r := h.MustTransact(relayer, h.Deployment.Distributor,
			h.Distributor.PackClaimWithVoucher(v.Account, v.Token, v.CumulativeAmount, v.Deadline, sig))
		if ev := h.ClaimedEvents(r); len(ev) != 1 || ev[0].CumulativeAmount.Cmp(amount) != 0 {
			t.Fatalf("claim for %s: events %+v", account, ev)
		}
		return r.GasUsed
	}
	// The token's first payout ever also creates its payout-limit counters: claim once so the figures are
	// those of a token in use.
	claimVoucher(h.Addr(h.NewKey()), token, big.NewInt(1e18))
	fan := h.Addr(h.NewKey())
	record("claimWithVoucher.newHolder", claimVoucher(fan, token, big.NewInt(5e18)))
	record("claimWithVoucher.existingHolder", claimVoucher(fan, token, big.NewInt(8e18)))

	// The same without a payout limit.
	unlimited := h.MintModeToken(creator, "FREE", supplyCap)
	claimVoucher(h.Addr(h.NewKey()), unlimited, big.NewInt(1e18))
	free := h.Addr(h.NewKey())
	record("claimWithVoucher.newHolder.noLimit", claimVoucher(free, unlimited, big.NewInt(5e18)))
	record("claimWithVoucher.existingHolder.noLimit", claimVoucher(free, unlimited, big.NewInt(8e18)))

	// A 1,000,000-leaf tree in which the fan above (existing holder) and a new account have leaves whose
	// proofs are 20 hashes long.
	const leaves = 1_000_000
	newHolder := h.Addr(h.NewKey())
	tl := make([]merkle.Leaf, leaves)
	for i := range tl {
		tl[i] = merkle.Leaf{Account: common.BytesToAddress(crypto.Keccak256(big.NewInt(int64(i)).Bytes())[:20]),
			Token: token, CumulativeAmount: big.NewInt(int64(i) + 1)}
	}
	tl[leaves-1] = merkle.Leaf{Account: newHolder, Token: token, CumulativeAmount: big.NewInt(3e18)}
	tl[leaves-2] = merkle.Leaf{Account: fan, Token: token, CumulativeAmount: big.NewInt(9e18)}
	tree, err := merkle.New(tl)
	if err != nil {
		t.Fatal(err)
	}
	h.MustTransact(h.Proposer, h.Deployment.Distributor, h.Distributor.PackProposeRoot(tree.Root(), 1))
	h.AdvanceTime(chaintest.DisputeWindow * time.Second)
	claimMerkle := func(i int) uint64 {
		t.Helper()
		proof := tree.Proof(i)
		if len(proof) != 20 {
			t.Fatalf("leaf %d has a proof of %d hashes, want 20", i, len(proof))
		}
		l := tree.Leaf(i)
		r := h.MustTransact(relayer, h.Deployment.Distributor, h.Distributor.PackClaim(l.Account, l.Token, l.CumulativeAmount, hashes(proof)))
		if ev := h.ClaimedEvents(r); len(ev) != 1 {
			t.Fatalf("merkle claim %d: %d events", i, len(ev))
		}
		return r.GasUsed
	}
	record("claimMerkle1M.newHolder", claimMerkle(leaves-1))
	record("claimMerkle1M.existingHolder", claimMerkle(leaves-2))

	// 100 voucher claims for 100 new holders in one transaction.
	batch := make([]bindings.RewardsDistributorClaim, 100)
	for i := range batch {
		v := voucher.Voucher{Account: h.Addr(h.NewKey()), Token: token, CumulativeAmount: big.NewInt(1e18), Deadline: deadline}
		sig, err := signer.Sign(v)
		if err != nil {
			t.Fatal(err)
		}
		batch[i] = bindings.RewardsDistributorClaim{Account: v.Account, Token: v.Token, CumulativeAmount: v.CumulativeAmount,
			Deadline: v.Deadline, Signature: sig}
	}
	r = h.MustTransact(relayer, h.Deployment.Distributor, h.Distributor.PackClaimMany(batch))
	if n := len(h.ClaimedEvents(r)); n != 100 {
		t.Fatalf("claimMany paid %d of 100", n)
	}
	record("claimMany100.perClaim", r.GasUsed/100)

	// Escrow mode: a brand's ERC-20 already funded; "fund" is a top-up.
	funder := h.Keys[7]
	pool := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	brand := h.EscrowToken(funder, "BRAND", new(big.Int).Mul(pool, big.NewInt(2)))
	h.MustTransact(funder, h.Deployment.Distributor, h.Distributor.PackSetPayoutLimit(brand, pool, 86_400))
	h.MustTransact(funder, brand, h.ERC20.PackMint(h.Addr(funder), pool))
	h.MustTransact(funder, brand, h.ERC20.PackApprove(h.Deployment.Distributor, pool))
	r = h.MustTransact(funder, h.Deployment.Distributor, h.Distributor.PackFund(brand, pool))
	record("fund", r.GasUsed)
	claimVoucher(h.Addr(h.NewKey()), brand, big.NewInt(1e18))
	fan2 := h.Addr(h.NewKey())
	record("claimWithVoucher.newHolder.escrow", claimVoucher(fan2, brand, big.NewInt(5e18)))
	record("claimWithVoucher.existingHolder.escrow", claimVoucher(fan2, brand, big.NewInt(8e18)))

	for _, c := range gasCeilings {
		g, ok := got[c.name]
		if !ok {
			t.Errorf("no figure for %s", c.name)
			continue
		}
		if testing.Verbose() {
			fmt.Printf("gas %s %d\n", c.name, g)
		}
		if g > c.ceiling {
			t.Errorf("%s costs %d gas, over its ceiling of %d", c.name, g, c.ceiling)
		}
	}
}

func salt(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func hashes(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i := range p {
		out[i] = p[i]
	}
	return out
}
