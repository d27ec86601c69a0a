// Command merklebench is the Go side of scripts/bench-merkle.sh: it writes a deterministic set of leaves, or
// builds tribe's Merkle tree over a leaves file and computes every proof, timing both and printing the root
// so the script can compare it with @openzeppelin/merkle-tree's.
//
//	merklebench -gen 1000000 -out leaves.json   # [[account, token, cumulativeAmount], ...]
//	merklebench -in leaves.json                 # RESULT impl=go leaves=… root=… build_s=… proofs_s=…
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/merkle"
)

func main() {
	gen := flag.Int("gen", 0, "write this many leaves to -out and exit")
	out := flag.String("out", "leaves.json", "leaves file to write (with -gen)")
	in := flag.String("in", "", "leaves file to build the tree from")
	flag.Parse()
	var err error
	switch {
	case *gen > 0:
		err = generate(*gen, *out)
	case *in != "":
		err = run(*in)
	default:
		err = fmt.Errorf("give -gen N -out FILE or -in FILE")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "merklebench:", err)
		os.Exit(1)
	}
}

// generate writes n leaves: distinct pseudo-random accounts over three tokens, amounts up to ~10^31.
func generate(n int, path string) error {
	rng := rand.New(rand.NewPCG(uint64(n), 0x7269be))
	tokens := []common.Address{common.HexToAddress("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"),
		common.HexToAddress("0xdAC17F958D2ee523a2206206994597C13D831ec7"), common.HexToAddress("0x6B175474E89094C44Da98b954EedeAC495271d0F")}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("[")
	for i := range n {
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
		if i > 0 {
			w.WriteString(",\n")
		}
		fmt.Fprintf(w, `["%s","%s","%s"]`, a.Hex(), tokens[i%len(tokens)].Hex(), amt)
	}
	w.WriteString("]\n")
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func run(path string) error {
	leaves, err := readLeaves(path)
	if err != nil {
		return err
	}
	runtime.GC() // what parsing left behind is not the tree's memory

	start := time.Now()
	tree, err := merkle.New(leaves)
	if err != nil {
		return err
	}
	built := time.Since(start)
	start = time.Now()
	proofs, buf := 0, make([]common.Hash, 0, tree.MaxProofLen())
	for i := range tree.Len() {
		buf = tree.AppendProof(buf[:0], i)
		proofs += len(buf)
	}
	proved := time.Since(start)
	fmt.Printf("RESULT impl=go leaves=%d root=%s build_s=%.3f proofs_s=%.3f proof_hashes=%d\n",
		tree.Len(), tree.Root().Hex(), built.Seconds(), proved.Seconds(), proofs)
	return nil
}

// readLeaves streams the leaves file, one value at a time, so that the process's peak memory is the tree's
// and not the parsed file's.
func readLeaves(path string) ([]merkle.Leaf, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return nil, fmt.Errorf("%s: not a JSON array", path)
	}
	var leaves []merkle.Leaf
	for dec.More() {
		var v [3]string
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("%s: leaf %d: %w", path, len(leaves), err)
		}
		amt, ok := new(big.Int).SetString(v[2], 10)
		if !ok || !common.IsHexAddress(v[0]) || !common.IsHexAddress(v[1]) {
			return nil, fmt.Errorf("leaf %d: bad value %v", len(leaves), v)
		}
		leaves = append(leaves, merkle.Leaf{Account: common.HexToAddress(v[0]), Token: common.HexToAddress(v[1]), CumulativeAmount: amt})
	}
	return leaves, nil
}
