package merkle

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// benchLeaves makes n distinct-looking leaves cheaply and deterministically.
func benchLeaves(n int) []Leaf {
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	tokens := []common.Address{common.HexToAddress("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"), common.HexToAddress("0xdAC17F958D2ee523a2206206994597C13D831ec7")}
	leaves := make([]Leaf, n)
	for i := range leaves {
		var a common.Address
		for k := 0; k < len(a); k += 8 {
			v := rng.Uint64()
			for j := k; j < min(k+8, len(a)); j++ {
				a[j] = byte(v)
				v >>= 8
			}
		}
		amt := new(big.Int).SetUint64(rng.Uint64())
		amt.Mul(amt, big.NewInt(1e12))
		leaves[i] = Leaf{Account: a, Token: tokens[i%len(tokens)], CumulativeAmount: amt}
	}
	return leaves
}

func benchNew(b *testing.B, n int) {
	leaves := benchLeaves(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := New(leaves); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/leaf")
}

func BenchmarkNew10k(b *testing.B) { benchNew(b, 10_000) }
func BenchmarkNew1M(b *testing.B)  { benchNew(b, 1_000_000) }

// BenchmarkAllProofs1M computes every proof of a 1,000,000-leaf tree.
func BenchmarkAllProofs1M(b *testing.B) {
	tr, err := New(benchLeaves(1_000_000))
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]common.Hash, 0, tr.MaxProofLen())
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range tr.Len() {
			buf = tr.AppendProof(buf[:0], i)
		}
	}
}

// BenchmarkRootAndAllProofs1M is the workload compared with the JS library:
// build the tree of 1,000,000 leaves, then get every proof.
func BenchmarkRootAndAllProofs1M(b *testing.B) {
	leaves := benchLeaves(1_000_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tr, err := New(leaves)
		if err != nil {
			b.Fatal(err)
		}
		_ = tr.Root()
		buf := make([]common.Hash, 0, tr.MaxProofLen())
		for i := range tr.Len() {
			buf = tr.AppendProof(buf[:0], i)
		}
	}
}

func BenchmarkWriteJSON100k(b *testing.B) {
	tr, err := New(benchLeaves(100_000))
	if err != nil {
		b.Fatal(err)
	}
	var w bytes.Buffer
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		w.Reset()
		if err := tr.WriteJSON(&w); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(w.Len()))
}

func BenchmarkLoad100k(b *testing.B) {
	tr, err := New(benchLeaves(100_000))
	if err != nil {
		b.Fatal(err)
	}
	dump, _ := tr.MarshalJSON()
	b.SetBytes(int64(len(dump)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(dump); err != nil {
			b.Fatal(err)
		}
	}
}
