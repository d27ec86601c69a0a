package ledger_test

import (
	"context"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/tribe-rewards/tribe/internal/ledger"
)

// BenchmarkApply is one direct award with an idempotency key per request, as POST /v1/awards makes it,
// against the real Redis (no persistence: see the brief for the AOF cost).
func BenchmarkApply(b *testing.B) {
	ctx := context.Background()
	s, _ := newStore(b)
	c := newCampaign(b, s, "bench", tokenA, maxU.String(), "")
	entries := []ledger.Entry{award(b, c, addr(6, 1), "1000000000000000000")}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		i++
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: strconv.Itoa(i), RequestHash: hash("x"),
			Direct: true, Entries: entries})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "awards/s")
}

// BenchmarkApplyParallel is BenchmarkApply from many goroutines (the service's view: many requests at once).
func BenchmarkApplyParallel(b *testing.B) {
	ctx := context.Background()
	s, _ := newStore(b)
	c := newCampaign(b, s, "bench", tokenA, maxU.String(), "")
	var n atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(16)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: strconv.FormatInt(i, 10), RequestHash: hash("x"),
				Direct: true, Entries: []ledger.Entry{award(b, c, addr(6, int(i%1000)), "1000000000000000000")}})
			if err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "awards/s")
}

// BenchmarkApplyBatch1000 is POST /v1/awards/batch at its limit: 1,000 awards to distinct accounts.
func BenchmarkApplyBatch1000(b *testing.B) {
	ctx := context.Background()
	s, _ := newStore(b)
	c := newCampaign(b, s, "bench", tokenA, maxU.String(), "")
	entries := make([]ledger.Entry, ledger.MaxBatch)
	for i := range entries {
		entries[i] = award(b, c, addr(7, i), "1000000000000000000")
	}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		i++
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: strconv.Itoa(i), RequestHash: hash("x"),
			Direct: true, Entries: entries})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*ledger.MaxBatch)/b.Elapsed().Seconds(), "awards/s")
}
