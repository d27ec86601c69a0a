package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/bindings/mocks"
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
	{"claimWithVoucher.newHolder.noLimit", 97_100},
	{"claimWithVoucher.existingHolder.noLimit", 62_600},
	{"createPool", 96_500},
	{"fundPool", 50_000},
	{"fundPoolWithPermit", 83_000},
	{"claimWithVoucher.newHolder.pool", 103_600},
	{"claimWithVoucher.existingHolder.pool", 69_000},
	{"claimMerkle1M.newHolder.pool", 114_600},
	{"claimMerkle1M.existingHolder.pool", 80_100},
	{"claimMany100.perClaim.pool", 61_000},
	{"withdraw", 75_900},
}

// TestGas measures the gas of every operation whose cost a user pays, in the configuration tribe runs:
// tokens with a cap and a daily payout limit, the distributor as minter, holders of a token that already has
// supply; sponsor pools with a daily payout limit, paying holders of an ERC-20 that already has supply.
// Run `make gas` (go test -run TestGas -v) to print the table.
//
// Every account is derived from a fixed seed (gasKey) so the figures are the same on every run: calldata
// gas depends on the addresses' zero bytes, and a Merkle proof's length on where the leaf sorts.
func TestGas(t *testing.T) {
	h := chaintest.New(t)
	keys := 0
	newKey := func() *ecdsa.PrivateKey { keys++; return gasKey(keys) }
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

	// A fixed deadline (2100-01-01 + 1 s, four non-zero bytes like a timestamp of today): signatures, and so
	// their calldata gas, do not depend on the wall clock.
	deadline := big.NewInt(4_102_444_801)
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
	// A brand's sponsor pool of an ERC-20 that already has supply, with the daily limit a careful sponsor sets.
	sponsor := h.Keys[7]
	brand := h.DeployContract(h.Admin, mocks.MockERC20MetaData.Bin, h.ERC20.PackConstructor("Brand", "BRAND"))
	r = h.MustTransact(sponsor, h.Deployment.Distributor, h.Distributor.PackCreatePool(brand, salt("pool")))
	record("createPool", r.GasUsed)
	pool, err := h.Distributor.UnpackPredictPoolAddress(h.Call(h.Deployment.Distributor,
		h.Distributor.PackPredictPoolAddress(h.Addr(sponsor), brand, salt("pool"))))
	if err != nil {
		t.Fatal(err)
	}
	deposit := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	h.FundPool(sponsor, brand, pool, deposit)
	h.MustTransact(sponsor, h.Deployment.Distributor, h.Distributor.PackSetPayoutLimit(pool, deposit, 86_400))

	// The accounts whose Merkle leaves are measured, chosen (deterministically) so that each proof in the
	// 1,000,000-leaf tree below is 20 hashes long.
	const leaves = 1_000_000
	base := make([]merkle.Leaf, leaves-4)
	for i := range base {
		base[i] = merkle.Leaf{Account: common.BytesToAddress(crypto.Keccak256(big.NewInt(int64(i)).Bytes())[:20]),
			Token: token, CumulativeAmount: big.NewInt(int64(i) + 1)}
	}
	pick := gasFullDepthPicker(base, leaves)
	fan := h.Addr(pick(newKey, token, big.NewInt(9e18)))
	newHolder := h.Addr(pick(newKey, token, big.NewInt(3e18)))
	poolFan := h.Addr(pick(newKey, pool, big.NewInt(9e18)))
	poolNewHolder := h.Addr(pick(newKey, pool, big.NewInt(3e18)))

	// The token's first payout ever also creates its payout-limit counters: claim once so the figures are
	// those of a token in use.
	claimVoucher(h.Addr(newKey()), token, big.NewInt(1e18))
	record("claimWithVoucher.newHolder", claimVoucher(fan, token, big.NewInt(5e18)))
	record("claimWithVoucher.existingHolder", claimVoucher(fan, token, big.NewInt(8e18)))

	// The same without a payout limit.
	unlimited := h.MintModeToken(creator, "FREE", supplyCap)
	claimVoucher(h.Addr(newKey()), unlimited, big.NewInt(1e18))
	free := h.Addr(newKey())
	record("claimWithVoucher.newHolder.noLimit", claimVoucher(free, unlimited, big.NewInt(5e18)))
	record("claimWithVoucher.existingHolder.noLimit", claimVoucher(free, unlimited, big.NewInt(8e18)))

	// Pool claims: the pool's first payout creates its limit counters; the existing holder holds the ERC-20
	// and has claimed from the pool before.
	claimVoucher(h.Addr(newKey()), pool, big.NewInt(1e18))
	fan2 := h.Addr(newKey())
	record("claimWithVoucher.newHolder.pool", claimVoucher(fan2, pool, big.NewInt(5e18)))
	record("claimWithVoucher.existingHolder.pool", claimVoucher(fan2, pool, big.NewInt(8e18)))
	claimVoucher(poolFan, pool, big.NewInt(5e18))

	// A 1,000,000-leaf tree in which the fans above (existing holders) and new accounts have leaves, of the
	// token and of the pool, whose proofs are 20 hashes long.
	tl := append(base,
		merkle.Leaf{Account: poolNewHolder, Token: pool, CumulativeAmount: big.NewInt(3e18)},
		merkle.Leaf{Account: poolFan, Token: pool, CumulativeAmount: big.NewInt(9e18)},
		merkle.Leaf{Account: fan, Token: token, CumulativeAmount: big.NewInt(9e18)},
		merkle.Leaf{Account: newHolder, Token: token, CumulativeAmount: big.NewInt(3e18)},
	)
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
		data := h.Distributor.PackClaim(l.Account, l.Token, l.CumulativeAmount, hashes(proof))
		r := h.MustTransact(relayer, h.Deployment.Distributor, data)
		if ev := h.ClaimedEvents(r); len(ev) != 1 {
			t.Fatalf("merkle claim %d: %d events", i, len(ev))
		}
		return r.GasUsed
	}
	record("claimMerkle1M.newHolder", claimMerkle(leaves-1))
	record("claimMerkle1M.existingHolder", claimMerkle(leaves-2))
	record("claimMerkle1M.newHolder.pool", claimMerkle(leaves-4))
	record("claimMerkle1M.existingHolder.pool", claimMerkle(leaves-3))

	// 100 voucher claims for 100 new holders in one transaction, of the token and of the pool.
	claimMany100 := func(token common.Address) uint64 {
		t.Helper()
		batch := make([]bindings.RewardsDistributorClaim, 100)
		for i := range batch {
			v := voucher.Voucher{Account: h.Addr(newKey()), Token: token, CumulativeAmount: big.NewInt(1e18), Deadline: deadline}
			sig, err := signer.Sign(v)
			if err != nil {
				t.Fatal(err)
			}
			batch[i] = bindings.RewardsDistributorClaim{Account: v.Account, Token: v.Token, CumulativeAmount: v.CumulativeAmount,
				Deadline: v.Deadline, Signature: sig}
		}
		r := h.MustTransact(relayer, h.Deployment.Distributor, h.Distributor.PackClaimMany(batch))
		if n := len(h.ClaimedEvents(r)); n != 100 {
			t.Fatalf("claimMany paid %d of 100", n)
		}
		return r.GasUsed / 100
	}
	record("claimMany100.perClaim", claimMany100(token))
	record("claimMany100.perClaim.pool", claimMany100(pool))

	// Top-ups of a funded pool: approve + fundPool (fundPool measured), and one signed permit.
	h.MustTransact(sponsor, brand, h.ERC20.PackMint(h.Addr(sponsor), new(big.Int).Mul(deposit, big.NewInt(2))))
	h.MustTransact(sponsor, brand, h.ERC20.PackApprove(h.Deployment.Distributor, deposit))
	r = h.MustTransact(sponsor, h.Deployment.Distributor, h.Distributor.PackFundPool(pool, deposit))
	record("fundPool", r.GasUsed)
	v, rr, ss := gasPermit(t, h, sponsor, brand, deposit, deadline)
	r = h.MustTransact(sponsor, h.Deployment.Distributor, h.Distributor.PackFundPoolWithPermit(pool, deposit, deadline, v, rr, ss))
	record("fundPoolWithPermit", r.GasUsed)

	// A withdrawal after notice, to the sponsor's own (already funded) account.
	h.MustTransact(sponsor, h.Deployment.Distributor, h.Distributor.PackAnnounceWithdrawal(pool))
	notice, err := h.Distributor.UnpackWithdrawalNotice(h.Call(h.Deployment.Distributor, h.Distributor.PackWithdrawalNotice()))
	if err != nil {
		t.Fatal(err)
	}
	h.AdvanceTime(time.Duration(notice) * time.Second)
	r = h.MustTransact(sponsor, h.Deployment.Distributor, h.Distributor.PackWithdraw(pool, h.Addr(sponsor), deposit))
	record("withdraw", r.GasUsed)

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

// gasKey is the i-th key of TestGas, derived from a fixed seed.
func gasKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("tribe gas key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// gasFullDepthPicker returns a function that draws keys from next until the leaf (key's address, token,
// amount) is sure to get a full-depth proof in a tree of n leaves made of base and n-len(base) such picked
// leaves. StandardMerkleTree sorts leaves by hash and puts the k-th smallest at node 2n-2-k; nodes from
// 2^d-1 on (d the tree's full depth) are the deepest, so the leaf needs rank at most 2n-1-2^d among all n
// hashes: it is enough that fewer than that minus the other picked leaves of base's hashes are smaller.
func gasFullDepthPicker(base []merkle.Leaf, n int) func(next func() *ecdsa.PrivateKey, token common.Address, amount *big.Int) *ecdsa.PrivateKey {
	hashes := make([]common.Hash, len(base))
	for i, l := range base {
		hashes[i] = merkle.LeafHash(l)
	}
	slices.SortFunc(hashes, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	depth := bits.Len(uint(2*n-1)) - 1
	maxRank := 2*n - 1 - 1<<depth
	bound := hashes[maxRank-(n-len(base)-1)] // a hash below it has rank <= maxRank whatever the others are
	return func(next func() *ecdsa.PrivateKey, token common.Address, amount *big.Int) *ecdsa.PrivateKey {
		for {
			k := next()
			h := merkle.LeafHash(merkle.Leaf{Account: crypto.PubkeyToAddress(k.PublicKey), Token: token, CumulativeAmount: amount})
			if bytes.Compare(h[:], bound[:]) < 0 {
				return k
			}
		}
	}
}

// gasPermit signs an EIP-2612 permit of owner's MockERC20 token for the distributor.
func gasPermit(t *testing.T, h *chaintest.Harness, owner *ecdsa.PrivateKey, token common.Address, value, deadline *big.Int) (uint8, [32]byte, [32]byte) {
	t.Helper()
	return rdPermit(h, owner, token, h.Deployment.Distributor, value, deadline)
}

func salt(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func hashes(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i := range p {
		out[i] = p[i]
	}
	return out
}
