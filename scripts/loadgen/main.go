// Command loadgen drives POST /v1/awards (or /v1/awards/batch) of a running tribed over C concurrent
// keep-alive connections and reports awards per second, latency percentiles and errors.
//
//	go run ./scripts/loadgen -api http://127.0.0.1:8080 -campaign cmp_… -conns 64 -requests 20000
//	go run ./scripts/loadgen ... -batch 1000 -requests 100
//	go run ./scripts/loadgen -freeport        # print a free TCP port on 127.0.0.1 and exit
//
// The platform token comes from $TRIBE_TOKEN (or -token-file). Every request carries a unique Idempotency-Key
// and random fan addresses with amount "1". A warm-up of -warmup requests (not counted) runs first. The last
// line is machine-readable: "RESULT mode=… requests=… awards=… seconds=… awards_per_s=… p50_ms=… p99_ms=…
// errors=…". Exit status 1 if any request failed.
package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	api := flag.String("api", "http://127.0.0.1:8080", "tribed API URL")
	campaign := flag.String("campaign", "", "campaign id")
	tokenFile := flag.String("token-file", "", "file holding the platform token (default: $TRIBE_TOKEN)")
	conns := flag.Int("conns", 64, "concurrent keep-alive connections")
	requests := flag.Int("requests", 20000, "measured requests")
	warmup := flag.Int("warmup", 1000, "warm-up requests, not counted")
	batch := flag.Int("batch", 0, "awards per request via /v1/awards/batch (0: single awards via /v1/awards)")
	timeout := flag.Duration("timeout", 30*time.Second, "per-request timeout")
	maxDur := flag.Duration("max-duration", 10*time.Minute, "give up (and fail) after this long")
	freeport := flag.Bool("freeport", false, "print a free TCP port on 127.0.0.1 and exit")
	flag.Parse()

	if *freeport {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			fatal(err)
		}
		fmt.Println(l.Addr().(*net.TCPAddr).Port)
		l.Close()
		return
	}
	token := os.Getenv("TRIBE_TOKEN")
	if *tokenFile != "" {
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			fatal(err)
		}
		token = strings.TrimSpace(string(b))
	}
	if token == "" || *campaign == "" || *conns < 1 || *requests < 1 || *batch < 0 {
		fatal(fmt.Errorf("need -campaign, a token ($TRIBE_TOKEN or -token-file), -conns ≥ 1, -requests ≥ 1"))
	}

	tr := &http.Transport{
		MaxIdleConns:        *conns,
		MaxIdleConnsPerHost: *conns,
		MaxConnsPerHost:     *conns,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
	g := &gen{
		client:   &http.Client{Transport: tr, Timeout: *timeout},
		api:      strings.TrimRight(*api, "/"),
		token:    "Bearer " + token,
		campaign: *campaign,
		batch:    *batch,
		runID:    randHex(6),
	}

	deadline := time.Now().Add(*maxDur)
	if *warmup > 0 {
		w := g.run(*warmup, *conns, "warmup", deadline)
		if w.errors > 0 {
			fmt.Fprintf(os.Stderr, "loadgen: warm-up: %d errors, first: %s\n", w.errors, w.firstErr)
			os.Exit(1)
		}
	}
	r := g.run(*requests, *conns, "run", deadline)

	mode := "single"
	per := 1
	if *batch > 0 {
		mode = fmt.Sprintf("batch%d", *batch)
		per = *batch
	}
	okReqs := *requests - int(r.errors)
	awards := okReqs * per
	secs := r.elapsed.Seconds()
	slices.Sort(r.lat)
	p50, p99 := pct(r.lat, 0.50), pct(r.lat, 0.99)
	fmt.Printf("mode=%s conns=%d requests=%d awards=%d elapsed=%.3fs\n", mode, *conns, *requests, awards, secs)
	fmt.Printf("  requests/s: %.0f   awards/s: %.0f\n", float64(okReqs)/secs, float64(awards)/secs)
	fmt.Printf("  latency p50: %.2fms  p99: %.2fms  max: %.2fms\n", ms(p50), ms(p99), ms(pct(r.lat, 1)))
	fmt.Printf("  errors: %d\n", r.errors)
	if r.errors > 0 {
		fmt.Printf("  first error: %s\n", r.firstErr)
	}
	fmt.Printf("RESULT mode=%s requests=%d awards=%d seconds=%.3f awards_per_s=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
		mode, *requests, awards, secs, float64(awards)/secs, ms(p50), ms(p99), r.errors)
	if r.errors > 0 {
		os.Exit(1)
	}
}

type gen struct {
	client   *http.Client
	api      string
	token    string
	campaign string
	batch    int
	runID    string
	seq      atomic.Int64
}

type result struct {
	lat      []time.Duration
	errors   int64
	firstErr string
	elapsed  time.Duration
}

type award struct {
	CampaignID string `json:"campaign_id"`
	Account    string `json:"account"`
	Amount     string `json:"amount"`
	Reason     string `json:"reason"`
}

// body builds one request body: a single award, or a batch of g.batch awards, each to a random fan.
func (g *gen) body() []byte {
	if g.batch == 0 {
		b, _ := json.Marshal(award{g.campaign, randAddr(), "1", "bench"})
		return b
	}
	as := make([]award, g.batch)
	for i := range as {
		as[i] = award{g.campaign, randAddr(), "1", "bench"}
	}
	b, _ := json.Marshal(map[string]any{"awards": as})
	return b
}

// run sends n requests over conns workers; bodies are built before the clock starts.
func (g *gen) run(n, conns int, phase string, deadline time.Time) *result {
	path := "/v1/awards"
	if g.batch > 0 {
		path = "/v1/awards/batch"
	}
	bodies := make([][]byte, n)
	keys := make([]string, n)
	for i := range bodies {
		bodies[i] = g.body()
		keys[i] = fmt.Sprintf("bench-%s-%s-%d", g.runID, phase, g.seq.Add(1))
	}
	res := &result{lat: make([]time.Duration, n)}
	var next atomic.Int64
	var errOnce sync.Once
	var wg sync.WaitGroup
	start := time.Now()
	for range min(conns, n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if time.Now().After(deadline) {
					atomic.AddInt64(&res.errors, 1)
					errOnce.Do(func() { res.firstErr = "max duration exceeded" })
					continue
				}
				t0 := time.Now()
				err := g.do(path, bodies[i], keys[i])
				res.lat[i] = time.Since(t0)
				if err != nil {
					atomic.AddInt64(&res.errors, 1)
					errOnce.Do(func() { res.firstErr = err.Error() })
				}
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

func (g *gen) do(path string, body []byte, key string) error {
	req, err := http.NewRequest(http.MethodPost, g.api+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", g.token)
	req.Header.Set("Idempotency-Key", key)
	resp, err := g.client.Do(req)
	if err != nil {
		return err
	}
	data, err := io.ReadAll(resp.Body) // read to the end so the connection is reused
	resp.Body.Close()
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("%d: %s", resp.StatusCode, strings.TrimSpace(string(data)))
	}
	if resp.Header.Get("Idempotent-Replayed") != "" {
		return fmt.Errorf("unexpected replay for key %s", key)
	}
	return nil
}

func pct(s []time.Duration, p float64) time.Duration {
	if len(s) == 0 {
		return 0
	}
	i := int(p*float64(len(s))+0.5) - 1
	return s[max(0, min(i, len(s)-1))]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func randAddr() string { return "0x" + randHex(20) }

func randHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "loadgen:", err)
	os.Exit(2)
}
