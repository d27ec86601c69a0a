package api

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"runtime"
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

// BenchmarkCampaignAwardsCSV measures the export of a campaign's journal of 100,000 awards through the
// router against a real Redis, in rows per second and bytes allocated per row:
//
//	go test -run '^$' -bench CampaignAwardsCSV -benchtime 5x ./internal/api/
func BenchmarkCampaignAwardsCSV(b *testing.B) {
	const n = 100_000
	w := newWorld(b, "1000000000", nil, quiet())
	bigJournal(b, w, n)
	handler := w.api.Handler()
	auth := "Bearer " + w.creator.token
	b.ReportAllocs()
	b.ResetTimer()
	var allocs runtime.MemStats
	runtime.ReadMemStats(&allocs)
	before := allocs.TotalAlloc
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "/v1/campaigns/"+w.campaign.ID+"/awards.csv", nil)
		req.Header.Set("Authorization", auth)
		rw := &countingWriter{header: http.Header{}}
		handler.ServeHTTP(rw, req)
		if rw.status != http.StatusOK || rw.lines != n+1 {
			b.Fatalf("status %d, %d lines", rw.status, rw.lines)
		}
	}
	runtime.ReadMemStats(&allocs)
	rows := float64(b.N) * n
	b.ReportMetric(rows/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(allocs.TotalAlloc-before)/rows, "B/row")
}

// countingWriter is a ResponseWriter that keeps nothing of the body but its number of lines.
type countingWriter struct {
	header http.Header
	status int
	lines  int
}

func (c *countingWriter) Header() http.Header { return c.header }
func (c *countingWriter) WriteHeader(code int) {
	if c.status == 0 {
		c.status = code
	}
}
func (c *countingWriter) Write(p []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}
func (c *countingWriter) Flush() {}
