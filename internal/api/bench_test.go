package api

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
)

// The award benchmarks measure tribed's own cost of an award (router, JWT, rate limit, JSON, ledger script
// round trips) against a real Redis, without the network and the load generator of scripts/bench-awards.sh:
//
//	go test -run '^$' -bench Award -cpuprofile cpu.out ./internal/api/
//
// Each request has its own Idempotency-Key and account, as in production.

func BenchmarkAward(b *testing.B) { benchAward(b, false) }

func BenchmarkAwardParallel(b *testing.B) { benchAward(b, true) }

func benchAward(b *testing.B, parallel bool) {
	w := newWorld(b, "1000000000000000000000000000000", nil, quiet())
	handler := w.api.Handler()
	auth := "Bearer " + w.platform.Token
	var n atomic.Int64
	one := func() {
		i := n.Add(1)
		body := []byte(`{"campaign_id":"` + w.campaign.ID + `","account":"` + account(int(i%100_000)).Hex() +
			`","amount":"1","reason":"bench"}`)
		req := httptest.NewRequest(http.MethodPost, "/v1/awards", bytes.NewReader(body))
		req.Header.Set("Authorization", auth)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", "bench-"+strconv.FormatInt(i, 10))
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusCreated {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	if parallel {
		b.SetParallelism(16)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				one()
			}
		})
	} else {
		for b.Loop() {
			one()
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "awards/s")
}

// TestRateDraw guards how much allowance a replica draws from Redis at once: exact sharing up to 100
// requests per second, then 1% of the limit, never more than 100 (the docs quote these).
func TestRateDraw(t *testing.T) {
	for limit, want := range map[int]int{1: 1, 100: 1, 199: 1, 200: 2, 1000: 10, 10_000: 100, 1_000_000: 100} {
		if got := rateDraw(limit); got != want {
			t.Errorf("rateDraw(%d) = %d, want %d", limit, got, want)
		}
	}
}
