package voucher

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func benchVoucher() Voucher {
	return Voucher{
		Account:          common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		Token:            common.HexToAddress("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"),
		CumulativeAmount: new(big.Int).Mul(big.NewInt(123456789), big.NewInt(1e18)),
		Deadline:         big.NewInt(1767225600),
	}
}

func reportRate(b *testing.B, unit string) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(b.N)/s, unit)
	}
}

// BenchmarkSign measures Signer.Sign (validate + hash + libsecp256k1 sign) on
// one goroutine; the amount changes every iteration as it would in practice.
func BenchmarkSign(b *testing.B) {
	s := NewSigner(fixedKey(b), big.NewInt(8453), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	v := benchVoucher()
	base := new(big.Int).Set(v.CumulativeAmount)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		v.CumulativeAmount.Add(base, big.NewInt(int64(i)))
		if _, err := s.Sign(v); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, "sigs/s")
}

// BenchmarkSignParallel measures one shared Signer used from GOMAXPROCS
// goroutines.
func BenchmarkSignParallel(b *testing.B) {
	s := NewSigner(fixedKey(b), big.NewInt(8453), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		v := benchVoucher()
		base := new(big.Int).Set(v.CumulativeAmount)
		for i := int64(0); pb.Next(); i++ {
			v.CumulativeAmount.Add(base, big.NewInt(i))
			if _, err := s.Sign(v); err != nil {
				b.Error(err)
				return
			}
		}
	})
	reportRate(b, "sigs/s")
}

// BenchmarkRecover measures Recover (checks + libsecp256k1 recover + keccak).
func BenchmarkRecover(b *testing.B) {
	s := NewSigner(fixedKey(b), big.NewInt(8453), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	v := benchVoucher()
	sig, err := s.Sign(v)
	if err != nil {
		b.Fatal(err)
	}
	d := s.Digest(v)
	b.ReportAllocs()
	for b.Loop() {
		if addr, err := Recover(d, sig); err != nil || addr != s.Address() {
			b.Fatal(addr, err)
		}
	}
	reportRate(b, "recovers/s")
}

// BenchmarkDigest measures the hand-written EIP-712 encoding alone.
func BenchmarkDigest(b *testing.B) {
	ds := RewardsDomainSeparator(big.NewInt(8453), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	v := benchVoucher()
	b.ReportAllocs()
	for b.Loop() {
		_ = v.Digest(ds)
	}
}

// BenchmarkCreateTokenDigest measures the CreateToken encoding.
func BenchmarkCreateTokenDigest(b *testing.B) {
	ds := FactoryDomainSeparator(big.NewInt(8453), common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"))
	c := CreateToken{
		Creator: common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
		Name:    "Tribe Creator Token", Symbol: "TRIBE",
		MaxSupply: big.NewInt(1e18), CreatorAllocation: big.NewInt(1e17),
		Salt: [32]byte{1}, Deadline: big.NewInt(1767225600),
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Digest(ds)
	}
}

// BenchmarkDigestAPITypes is the reflective go-ethereum implementation, for
// comparison with BenchmarkDigest (it is what the hot path avoids).
func BenchmarkDigestAPITypes(b *testing.B) {
	chainID, contract := big.NewInt(8453), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	v := benchVoucher()
	b.ReportAllocs()
	for b.Loop() {
		_ = apitypesVoucherDigest(b, chainID, contract, v)
	}
}
