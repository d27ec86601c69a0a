package ledger_test

import (
	"context"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
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

// BenchmarkAwardMemory reports the Redis memory (MEMORY USAGE) per award of what an award keeps for ever —
// its idempotency record and key binding (bucket hashes) — and of its journal entry before and after
// archival, over b.N awards with a key each (use -benchtime 100000x for the README's figures):
//
//	go test -run '^$' -bench AwardMemory -benchtime 100000x ./internal/ledger/
func BenchmarkAwardMemory(b *testing.B) {
	ctx := context.Background()
	rdb := ledgertest.Redis(b)
	s, _, prefix := newStorePrefix(b)
	c := newCampaign(b, s, "mem", tokenA, maxU.String(), "")
	for i := range b.N {
		_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "plt_2431037a25f28e01", IdempotencyKey: "wrk-1-1796695560-" + strconv.Itoa(i),
			RequestHash: hash(strconv.Itoa(i)), Direct: true, Entries: []ledger.Entry{award(b, c, addr(6, i%2500), "1000000000000000000")}})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if err := s.Project(ctx, tokenA.Common()); err != nil {
		b.Fatal(err)
	}
	usage := func(pattern string) float64 {
		keys, err := rdb.Keys(ctx, prefix+pattern).Result()
		if err != nil {
			b.Fatal(err)
		}
		var sum int64
		for _, k := range keys {
			sum += rdb.MemoryUsage(ctx, k).Val()
		}
		return float64(sum) / float64(b.N)
	}
	slot := ":{" + hexLower(tokenA) + "}:"
	b.ReportMetric(usage(slot+"idemb:*"), "idem-B/award")
	b.ReportMetric(usage(":awardbind:*"), "binding-B/award")
	b.ReportMetric(usage(slot+"journal:*"), "journal-B/award")
	if _, err := s.ArchiveJournals(ctx, b.TempDir(), time.Now().Add(time.Hour)); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(usage(slot+"journal:*"), "archived-journal-B/award")
}
