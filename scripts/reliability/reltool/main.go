// Command reltool drives and checks the reliability runs of scripts/reliability (durability.sh, cluster.sh):
// it sends awards over HTTP the way a platform would, records what the API acknowledged, and then checks the
// ledger (through the API and by reading Redis directly) and the chain.
//
//	reltool freeport                               a free TCP port on 127.0.0.1
//	reltool load    -api URL -campaign ID -n N -conns C -state FILE [-progress FILE]
//	                awards with distinct Idempotency-Keys, each to its own new account, amount 1 + i%9;
//	                un-acknowledged ones are retried with the same key and body until acknowledged
//	reltool verify  -api URL -campaign ID -state FILE -redis ADDRS
//	                every acknowledged award is in the ledger exactly once, none twice, budget arithmetic
//	reltool same    -api URL[,URL…] -campaign ID -keys K -copies M
//	                the same award (key and body) sent M times concurrently through every URL
//	reltool budget  -api URL[,URL…] -campaign ID -n N -amount A -redis ADDRS
//	                N awards of A through the URLs in turn; checks against the campaign's budget
//	reltool trickle -api URL[,URL…] -campaign ID -every D -duration D
//	                one award every D through the URLs in turn (so that every epoch has something to settle);
//	                a replica that is down is skipped
//	reltool keygen  DIR NAME…                      DIR/NAME.keystore.json, .password, .address, .key (hex)
//	reltool fund    -rpc URL -eth N ADDR…          send ETH from geth --dev's unlocked account
//	reltool grant   -rpc URL -keystore F -password-file F -deployment F ADDR…
//	                the admin adds ADDR as voucher signer and root proposer
//	reltool epochs  -rpc URL -deployment F [-names ADDR=NAME,…] [-min N]
//	                every RootProposed event: epochs consecutive, each proposed once, by whom
//
// The platform token comes from -token-file. ADDRS is host:port[,host:port…] (several: a Redis Cluster).
// Every check prints "CHECK <name> ok|FAIL …" and the command exits 1 if any failed.
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
)

var failed atomic.Bool

// check prints one check's outcome and remembers a failure.
func check(name string, ok bool, format string, args ...any) {
	status := "ok"
	if !ok {
		status = "FAIL"
		failed.Store(true)
	}
	fmt.Printf("CHECK %-38s %-4s %s\n", name, status, fmt.Sprintf(format, args...))
}

func main() {
	if len(os.Args) < 2 {
		fatal(errors.New("usage: reltool freeport|load|verify|same|budget|keygen|fund|grant|epochs ..."))
	}
	cmd, args := os.Args[1], os.Args[2:]
	var err error
	switch cmd {
	case "freeport":
		err = freeport()
	case "load":
		err = load(args)
	case "verify":
		err = verify(args)
	case "same":
		err = same(args)
	case "budget":
		err = budget(args)
	case "trickle":
		err = trickle(args)
	case "keygen":
		err = keygen(args)
	case "fund":
		err = fund(args)
	case "grant":
		err = grant(args)
	case "epochs":
		err = epochs(args)
	default:
		err = fmt.Errorf("unknown command %q", cmd)
	}
	if err != nil {
		fatal(err)
	}
	if failed.Load() {
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "reltool:", err)
	os.Exit(2)
}

func freeport() error {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	defer l.Close()
	fmt.Println(l.Addr().(*net.TCPAddr).Port)
	return nil
}

// --- HTTP -------------------------------------------------------------------------------------------------

type client struct {
	http  *http.Client
	apis  []string
	token string
	next  atomic.Uint64
}

func newClient(apis, tokenFile string, conns int, timeout time.Duration) (*client, error) {
	b, err := os.ReadFile(tokenFile)
	if err != nil {
		return nil, err
	}
	tr := &http.Transport{MaxIdleConns: conns * 4, MaxIdleConnsPerHost: conns, IdleConnTimeout: 90 * time.Second}
	c := &client{http: &http.Client{Transport: tr, Timeout: timeout}, token: "Bearer " + strings.TrimSpace(string(b))}
	for _, a := range strings.Split(apis, ",") {
		c.apis = append(c.apis, strings.TrimRight(a, "/"))
	}
	return c, nil
}

// pick is the round-robin choice of API base URL.
func (c *client) pick() (int, string) {
	i := int(c.next.Add(1)-1) % len(c.apis)
	return i, c.apis[i]
}

type awardBody struct {
	CampaignID string `json:"campaign_id"`
	Account    string `json:"account"`
	Amount     string `json:"amount"`
	Reason     string `json:"reason"`
}

type awardJSON struct {
	ID      string `json:"id"`
	Account string `json:"account"`
	Amount  string `json:"amount"`
	Capped  bool   `json:"capped"`
}

type response struct {
	status   int // 0: no response (transport error or client timeout)
	code     string
	awards   []awardJSON
	replayed bool
	elapsed  time.Duration
	err      error
}

// post sends one award to base.
func (c *client) post(ctx context.Context, base, key string, body []byte) response {
	t0 := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/awards", bytes.NewReader(body))
	if err != nil {
		return response{err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", c.token)
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.http.Do(req)
	if err != nil {
		return response{err: err, elapsed: time.Since(t0)}
	}
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	r := response{status: resp.StatusCode, replayed: resp.Header.Get("Idempotent-Replayed") != "", elapsed: time.Since(t0), err: err}
	if resp.StatusCode/100 == 2 {
		var out struct {
			Awards []awardJSON `json:"awards"`
		}
		if err := json.Unmarshal(data, &out); err != nil {
			r.err = fmt.Errorf("decode %d body: %w", resp.StatusCode, err)
		}
		r.awards = out.Awards
	} else {
		var e struct {
			Error struct {
				Code string `json:"code"`
			} `json:"error"`
		}
		_ = json.Unmarshal(data, &e)
		r.code = e.Error.Code
	}
	return r
}

// get decodes GET base+path into v.
func (c *client) get(ctx context.Context, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.apis[0]+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %d %s", path, resp.StatusCode, strings.TrimSpace(string(data)))
	}
	return json.Unmarshal(data, v)
}

type campaign struct {
	ID          string          `json:"id"`
	RewardToken string          `json:"reward_token"`
	Budget      json.RawMessage `json:"budget"`
	Remaining   string          `json:"remaining_budget"`
	Awarded     string          `json:"awarded"`
	Awards      int64           `json:"awards"`
}

func (c *client) campaign(ctx context.Context, id string) (*campaign, error) {
	var out campaign
	if err := c.get(ctx, "/v1/campaigns/"+id, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func bigOf(raw string) (*big.Int, error) {
	raw = strings.Trim(strings.TrimSpace(raw), `"`)
	v, ok := new(big.Int).SetString(raw, 10)
	if !ok {
		return nil, fmt.Errorf("not a decimal integer: %q", raw)
	}
	return v, nil
}

// --- Redis ------------------------------------------------------------------------------------------------

func redisClient(addrs string) redis.UniversalClient {
	list := strings.Split(addrs, ",")
	if len(list) > 1 {
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: list})
	}
	return redis.NewClient(&redis.Options{Addr: list[0]})
}

// ledgerState is what Redis holds for one campaign: the journal (the audit trail) and the budget hash.
type ledgerState struct {
	byIdem    map[string][]journalEntry
	entries   int
	sum       *big.Int
	budget    *big.Int
	remaining *big.Int
}

type journalEntry struct {
	id, account, amount string
}

// readLedger reads the campaign's journal stream and budget hash (key layout: internal/ledger/keys.go).
func readLedger(ctx context.Context, rdb redis.UniversalClient, token, campaignID string) (*ledgerState, error) {
	base := "tribe:{" + strings.ToLower(token) + "}:"
	st := &ledgerState{byIdem: map[string][]journalEntry{}, sum: new(big.Int)}
	start := "-"
	for {
		msgs, err := rdb.XRangeN(ctx, base+"journal:"+campaignID, start, "+", 10000).Result()
		if err != nil {
			return nil, fmt.Errorf("read journal: %w", err)
		}
		for _, m := range msgs {
			e := journalEntry{id: m.ID, account: fmt.Sprint(m.Values["account"]), amount: fmt.Sprint(m.Values["amount"])}
			amt, err := bigOf(e.amount)
			if err != nil {
				return nil, fmt.Errorf("journal %s: %w", m.ID, err)
			}
			st.sum.Add(st.sum, amt)
			idem := fmt.Sprint(m.Values["idem"])
			st.byIdem[idem] = append(st.byIdem[idem], e)
			st.entries++
		}
		if len(msgs) < 10000 {
			break
		}
		start = "(" + msgs[len(msgs)-1].ID
	}
	h, err := rdb.HGetAll(ctx, base+"camp:"+campaignID).Result()
	if err != nil {
		return nil, fmt.Errorf("read campaign budget: %w", err)
	}
	if st.budget, err = bigOf(h["budget"]); err != nil {
		return nil, fmt.Errorf("campaign budget: %w", err)
	}
	if st.remaining, err = bigOf(h["remaining"]); err != nil {
		return nil, fmt.Errorf("campaign remaining: %w", err)
	}
	return st, nil
}

// idemOf finds the journal entries of the award sent with Idempotency-Key key: the journal's idem field holds
// the key as the ledger stored it, which may carry a platform prefix.
func (st *ledgerState) idemOf(key string) []journalEntry {
	if es, ok := st.byIdem[key]; ok {
		return es
	}
	return nil
}

// --- load -------------------------------------------------------------------------------------------------

// sent is one award of a load run, as the state file records it.
type sent struct {
	Key      string `json:"key"`
	Account  string `json:"account"`
	Amount   string `json:"amount"`
	Acked    bool   `json:"acked"`
	AwardID  string `json:"award_id,omitempty"`
	Attempts int    `json:"attempts"`
	Replayed bool   `json:"replayed,omitempty"`
}

type loadStats struct {
	mu        sync.Mutex
	statuses  map[string]int
	max503    time.Duration
	maxAny    time.Duration
	firstBad  string
	bad       int
	acked     atomic.Int64
	retries   atomic.Int64
	replayed  atomic.Int64
	startedAt time.Time
}

func (s *loadStats) record(r response) {
	s.mu.Lock()
	defer s.mu.Unlock()
	label := strconv.Itoa(r.status)
	if r.status == 0 {
		label = "no-response"
	} else if r.code != "" {
		label += " " + r.code
	}
	s.statuses[label]++
	s.maxAny = max(s.maxAny, r.elapsed)
	if r.status == http.StatusServiceUnavailable {
		s.max503 = max(s.max503, r.elapsed)
	}
	// Anything but an acknowledgement or "dependency down, retry" is a fault for this run.
	if r.status/100 != 2 && r.status != http.StatusServiceUnavailable {
		s.bad++
		if s.firstBad == "" {
			s.firstBad = fmt.Sprintf("status %d %s err %v after %s", r.status, r.code, r.err, r.elapsed.Round(time.Millisecond))
		}
	}
}

func load(args []string) error {
	fs := flag.NewFlagSet("load", flag.ExitOnError)
	api := fs.String("api", "", "tribed API URL(s), comma-separated (round robin)")
	tokenFile := fs.String("token-file", "", "platform token file")
	campaignID := fs.String("campaign", "", "campaign id")
	n := fs.Int("n", 3000, "awards")
	conns := fs.Int("conns", 32, "concurrent clients")
	stateFile := fs.String("state", "", "write the awards sent and their outcome here (JSON)")
	progress := fs.String("progress", "", "keep the number of acknowledged awards in this file")
	timeout := fs.Duration("timeout", 10*time.Second, "per-request client timeout (longer than tribed's own)")
	maxDur := fs.Duration("max-duration", 3*time.Minute, "give up after this long")
	_ = fs.Parse(args)
	if *api == "" || *tokenFile == "" || *campaignID == "" || *stateFile == "" || *n < 1 || *conns < 1 {
		return errors.New("load needs -api, -token-file, -campaign, -state, -n ≥ 1, -conns ≥ 1")
	}
	c, err := newClient(*api, *tokenFile, *conns, *timeout)
	if err != nil {
		return err
	}
	run := randHex(4)
	awards := make([]sent, *n)
	bodies := make([][]byte, *n)
	for i := range awards {
		awards[i] = sent{Key: fmt.Sprintf("dur-%s-%d", run, i), Account: "0x" + randHex(20), Amount: strconv.Itoa(1 + i%9)}
		bodies[i], _ = json.Marshal(awardBody{*campaignID, awards[i].Account, awards[i].Amount, "durability"})
	}
	st := &loadStats{statuses: map[string]int{}, startedAt: time.Now()}
	ctx, cancel := context.WithTimeout(context.Background(), *maxDur)
	defer cancel()

	stopProgress := make(chan struct{})
	var progressDone sync.WaitGroup
	if *progress != "" {
		progressDone.Go(func() {
			t := time.NewTicker(50 * time.Millisecond)
			defer t.Stop()
			for {
				_ = os.WriteFile(*progress+".tmp", []byte(strconv.FormatInt(st.acked.Load(), 10)+"\n"), 0o644)
				_ = os.Rename(*progress+".tmp", *progress)
				select {
				case <-stopProgress:
					return
				case <-t.C:
				}
			}
		})
	}

	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(*conns, *n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= *n {
					return
				}
				a := &awards[i]
				for ctx.Err() == nil {
					a.Attempts++
					if a.Attempts > 1 {
						st.retries.Add(1)
					}
					_, base := c.pick()
					r := c.post(ctx, base, a.Key, bodies[i])
					if ctx.Err() != nil {
						break
					}
					st.record(r)
					if r.status/100 == 2 && len(r.awards) == 1 && r.err == nil {
						a.Acked, a.AwardID, a.Replayed = true, r.awards[0].ID, r.replayed
						if r.replayed {
							st.replayed.Add(1)
						}
						st.acked.Add(1)
						break
					}
					// 503 while Redis is down (or a lost connection): the same key and body again, a little later.
					time.Sleep(50 * time.Millisecond)
				}
			}
		})
	}
	wg.Wait()
	close(stopProgress)
	progressDone.Wait()
	elapsed := time.Since(st.startedAt)

	b, _ := json.MarshalIndent(awards, "", " ")
	if err := os.WriteFile(*stateFile, b, 0o600); err != nil {
		return err
	}
	labels := make([]string, 0, len(st.statuses))
	for l := range st.statuses {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	var parts []string
	for _, l := range labels {
		parts = append(parts, fmt.Sprintf("%s×%d", l, st.statuses[l]))
	}
	acked := st.acked.Load()
	fmt.Printf("load: %d awards, %d acknowledged in %.1fs over %d clients; %d retries (%d answered as replays)\n",
		*n, acked, elapsed.Seconds(), *conns, st.retries.Load(), st.replayed.Load())
	fmt.Printf("load: responses %s; slowest 503 %s, slowest response %s\n", strings.Join(parts, ", "),
		st.max503.Round(time.Millisecond), st.maxAny.Round(time.Millisecond))
	check("all acknowledged", acked == int64(*n), "%d of %d acknowledged (retries with the same key)", acked, *n)
	check("no 5xx but 503, no hang", st.bad == 0, "%d responses other than 2xx/503 %s", st.bad, st.firstBad)
	fmt.Printf("RESULT acked=%d n=%d retries=%d replayed=%d seconds=%.1f max503_ms=%d bad=%d\n", acked, *n,
		st.retries.Load(), st.replayed.Load(), elapsed.Seconds(), st.max503.Milliseconds(), st.bad)
	return nil
}

// --- verify -----------------------------------------------------------------------------------------------

func verify(args []string) error {
	fs := flag.NewFlagSet("verify", flag.ExitOnError)
	api := fs.String("api", "", "tribed API URL")
	tokenFile := fs.String("token-file", "", "platform token file")
	campaignID := fs.String("campaign", "", "campaign id")
	stateFile := fs.String("state", "", "state file written by load")
	addrs := fs.String("redis", "", "Redis host:port[,…]")
	history := fs.Bool("history", true, "also check every account's award history through the API")
	_ = fs.Parse(args)
	if *api == "" || *tokenFile == "" || *campaignID == "" || *stateFile == "" || *addrs == "" {
		return errors.New("verify needs -api, -token-file, -campaign, -state, -redis")
	}
	var awards []sent
	b, err := os.ReadFile(*stateFile)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &awards); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c, err := newClient(*api, *tokenFile, 16, 30*time.Second)
	if err != nil {
		return err
	}
	camp, err := c.campaign(ctx, *campaignID)
	if err != nil {
		return err
	}
	rdb := redisClient(*addrs)
	defer rdb.Close()
	led, err := readLedger(ctx, rdb, camp.RewardToken, *campaignID)
	if err != nil {
		return err
	}

	// The journal's idem field: find how the ledger stores a key (it may add the platform) from one entry.
	idemFor := idemMatcher(led, awards)
	var acked, once, lost, twice, wrongID, wrongAmount, unackedApplied int
	var ackedSum = new(big.Int)
	for _, a := range awards {
		es := led.idemOf(idemFor(a.Key))
		if len(es) > 1 {
			twice++
		}
		if !a.Acked {
			if len(es) > 0 {
				unackedApplied++
			}
			continue
		}
		acked++
		amt, _ := bigOf(a.Amount)
		ackedSum.Add(ackedSum, amt)
		switch {
		case len(es) == 0:
			lost++
		case len(es) == 1:
			once++
			if !strings.HasSuffix(a.AwardID, "-"+es[0].id) {
				wrongID++
			}
			if es[0].amount != a.Amount || !strings.EqualFold(es[0].account, a.Account) {
				wrongAmount++
			}
		}
	}
	fmt.Printf("verify: journal holds %d awards summing to %s; budget %s, remaining %s (API: remaining %s, awarded %s)\n",
		led.entries, led.sum, led.budget, led.remaining, camp.Remaining, camp.Awarded)
	check("acknowledged awards in journal", lost == 0 && once == acked, "%d of %d acknowledged awards in the journal exactly once; %d lost", once, acked, lost)
	check("no award twice", twice == 0, "%d idempotency keys with more than one journal entry", twice)
	check("award ids match journal", wrongID == 0 && wrongAmount == 0, "%d ids, %d account/amounts differ from what the API acknowledged", wrongID, wrongAmount)
	spent := new(big.Int).Sub(led.budget, led.remaining)
	check("budget - remaining = journal sum", spent.Cmp(led.sum) == 0, "%s - %s = %s, journal sum %s", led.budget, led.remaining, spent, led.sum)
	apiRemaining, _ := bigOf(camp.Remaining)
	check("API remaining = Redis remaining", apiRemaining != nil && apiRemaining.Cmp(led.remaining) == 0, "API %s, Redis %s", camp.Remaining, led.remaining)
	extra := led.entries - once - unackedApplied
	check("journal holds only awards sent", extra == 0, "%d journal entries not from this run", extra)

	if *history {
		// Through the API as a platform would: each account's history and its cumulative total.
		var mu sync.Mutex
		var histBad int
		var firstBad string
		var next atomic.Int64
		var wg sync.WaitGroup
		for range 16 {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(awards) {
						return
					}
					a := awards[i]
					var h struct {
						Awards []awardJSON `json:"awards"`
					}
					err := c.get(ctx, "/v1/accounts/"+a.Account+"/awards?limit=10", &h)
					want := 0
					if a.Acked {
						want = 1
					}
					ok := err == nil && (len(h.Awards) == want || (!a.Acked && len(h.Awards) <= 1))
					if ok && a.Acked {
						ok = h.Awards[0].ID == a.AwardID && h.Awards[0].Amount == a.Amount
					}
					if !ok {
						mu.Lock()
						histBad++
						if firstBad == "" {
							firstBad = fmt.Sprintf("%s: %d awards in its history, err %v", a.Account, len(h.Awards), err)
						}
						mu.Unlock()
					}
				}
			})
		}
		wg.Wait()
		check("account histories (API)", histBad == 0, "%d of %d accounts differ from what was acknowledged %s", histBad, len(awards), firstBad)
	}
	fmt.Printf("RESULT acked=%d in_journal_once=%d lost=%d doubled=%d unacked_applied=%d journal=%d journal_sum=%s spent=%s\n",
		acked, once, lost, twice, unackedApplied, led.entries, led.sum, spent)
	return nil
}

// idemMatcher returns how a client's Idempotency-Key appears in the journal's idem field: as it is, or with a
// prefix the ledger adds (such as the platform id), found from the keys present.
func idemMatcher(led *ledgerState, awards []sent) func(string) string {
	var prefix string
	for _, a := range awards {
		if _, ok := led.byIdem[a.Key]; ok {
			return func(k string) string { return k }
		}
	}
	for idem := range led.byIdem {
		for _, a := range awards {
			if strings.HasSuffix(idem, a.Key) {
				prefix = strings.TrimSuffix(idem, a.Key)
				return func(k string) string { return prefix + k }
			}
		}
		break
	}
	return func(k string) string { return k }
}

// --- same -------------------------------------------------------------------------------------------------

func same(args []string) error {
	fs := flag.NewFlagSet("same", flag.ExitOnError)
	api := fs.String("api", "", "tribed API URLs, comma-separated")
	tokenFile := fs.String("token-file", "", "platform token file")
	campaignID := fs.String("campaign", "", "campaign id")
	nkeys := fs.Int("keys", 20, "distinct awards")
	copies := fs.Int("copies", 10, "copies of each award sent through each URL at once")
	addrs := fs.String("redis", "", "Redis host:port[,…]")
	_ = fs.Parse(args)
	if *api == "" || *tokenFile == "" || *campaignID == "" || *addrs == "" {
		return errors.New("same needs -api, -token-file, -campaign, -redis")
	}
	c, err := newClient(*api, *tokenFile, 64, 30*time.Second)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	run := randHex(4)
	var sameIDs, created, replays, other, total int
	var firstOther string
	keys := make([]string, *nkeys)
	for k := range *nkeys {
		key := fmt.Sprintf("same-%s-%d", run, k)
		keys[k] = key
		body, _ := json.Marshal(awardBody{*campaignID, "0x" + randHex(20), "7", "same"})
		var mu sync.Mutex
		ids := map[string]int{}
		var wg sync.WaitGroup
		for _, base := range c.apis {
			for range *copies {
				wg.Go(func() {
					var r response
					for range 50 { // 409 in_progress: another copy holds the key this instant
						r = c.post(ctx, base, key, body)
						if r.status != http.StatusConflict || r.code != "in_progress" {
							break
						}
						time.Sleep(20 * time.Millisecond)
					}
					mu.Lock()
					defer mu.Unlock()
					total++
					if r.status == http.StatusCreated && len(r.awards) == 1 {
						ids[r.awards[0].ID]++
						if r.replayed {
							replays++
						} else {
							created++
						}
						return
					}
					other++
					if firstOther == "" {
						firstOther = fmt.Sprintf("%d %s %v", r.status, r.code, r.err)
					}
				})
			}
		}
		wg.Wait()
		if len(ids) == 1 {
			sameIDs++
		}
	}
	rdb := redisClient(*addrs)
	defer rdb.Close()
	camp, err := c.campaign(ctx, *campaignID)
	if err != nil {
		return err
	}
	led, err := readLedger(ctx, rdb, camp.RewardToken, *campaignID)
	if err != nil {
		return err
	}
	var probe []sent
	for _, k := range keys {
		probe = append(probe, sent{Key: k})
	}
	idemFor := idemMatcher(led, probe)
	var inJournalOnce int
	for _, k := range keys {
		if len(led.idemOf(idemFor(k))) == 1 {
			inJournalOnce++
		}
	}
	fmt.Printf("same: %d awards × %d copies × %d replicas = %d requests: %d created, %d replays, %d other\n",
		*nkeys, *copies, len(c.apis), total, created, replays, other)
	check("same award: one creation each", created == *nkeys, "%d created (not replays) for %d awards", created, *nkeys)
	check("same award: same id everywhere", sameIDs == *nkeys && other == 0, "%d of %d awards answered one id to every copy; %d non-201 (%s)", sameIDs, *nkeys, other, firstOther)
	check("same award: once in journal", inJournalOnce == *nkeys, "%d of %d awards in the journal exactly once", inJournalOnce, *nkeys)
	return nil
}

// --- budget -----------------------------------------------------------------------------------------------

func budget(args []string) error {
	fs := flag.NewFlagSet("budget", flag.ExitOnError)
	api := fs.String("api", "", "tribed API URLs, comma-separated")
	tokenFile := fs.String("token-file", "", "platform token file")
	campaignID := fs.String("campaign", "", "campaign id (its budget is what is tested)")
	n := fs.Int("n", 300, "awards")
	amount := fs.Int64("amount", 7, "amount of each award")
	conns := fs.Int("conns", 48, "concurrent clients")
	addrs := fs.String("redis", "", "Redis host:port[,…]")
	_ = fs.Parse(args)
	if *api == "" || *tokenFile == "" || *campaignID == "" || *addrs == "" {
		return errors.New("budget needs -api, -token-file, -campaign, -redis")
	}
	c, err := newClient(*api, *tokenFile, *conns, 30*time.Second)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	camp, err := c.campaign(ctx, *campaignID)
	if err != nil {
		return err
	}
	budgetV, err := bigOf(string(camp.Budget))
	if err != nil {
		return fmt.Errorf("campaign budget: %w", err)
	}
	run := randHex(4)
	var mu sync.Mutex
	accepted := new(big.Int)
	var ok2xx, exhausted, other, capped int
	var firstOther string
	perReplica := make([]int, len(c.apis))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range *conns {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= *n {
					return
				}
				body, _ := json.Marshal(awardBody{*campaignID, "0x" + randHex(20), strconv.FormatInt(*amount, 10), "budget"})
				ri, base := c.pick()
				r := c.post(ctx, base, fmt.Sprintf("budget-%s-%d", run, i), body)
				mu.Lock()
				switch {
				case r.status == http.StatusCreated && len(r.awards) == 1:
					ok2xx++
					perReplica[ri]++
					v, err := bigOf(r.awards[0].Amount)
					if err == nil {
						accepted.Add(accepted, v)
					}
					if r.awards[0].Capped {
						capped++
					}
				case r.status == http.StatusUnprocessableEntity && r.code == "budget_exhausted":
					exhausted++
				default:
					other++
					if firstOther == "" {
						firstOther = fmt.Sprintf("%d %s %v", r.status, r.code, r.err)
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	rdb := redisClient(*addrs)
	defer rdb.Close()
	led, err := readLedger(ctx, rdb, camp.RewardToken, *campaignID)
	if err != nil {
		return err
	}
	asked := new(big.Int).Mul(big.NewInt(int64(*n)), big.NewInt(*amount))
	fmt.Printf("budget: budget %s, asked %d × %d = %s through %d replicas (accepted per replica %v): %d accepted (%d capped) summing to %s, %d budget_exhausted, %d other\n",
		budgetV, *n, *amount, asked, len(c.apis), perReplica, ok2xx, capped, accepted, exhausted, other)
	check("budget: asked more than budget", asked.Cmp(budgetV) > 0, "asked %s > budget %s", asked, budgetV)
	check("budget: journal = accepted", led.sum.Cmp(accepted) == 0 && led.entries == ok2xx, "journal %d awards summing to %s; accepted %d summing to %s", led.entries, led.sum, ok2xx, accepted)
	check("budget: never exceeded", led.sum.Cmp(budgetV) <= 0, "awarded %s ≤ budget %s", led.sum, budgetV)
	spent := new(big.Int).Sub(led.budget, led.remaining)
	check("budget: remaining arithmetic", spent.Cmp(led.sum) == 0, "budget %s - remaining %s = %s = journal sum %s", led.budget, led.remaining, spent, led.sum)
	check("budget: rest budget_exhausted", other == 0 && ok2xx+exhausted == *n, "%d budget_exhausted, %d other (%s)", exhausted, other, firstOther)
	return nil
}

// --- trickle ----------------------------------------------------------------------------------------------

func trickle(args []string) error {
	fs := flag.NewFlagSet("trickle", flag.ExitOnError)
	api := fs.String("api", "", "tribed API URLs, comma-separated")
	tokenFile := fs.String("token-file", "", "platform token file")
	campaignID := fs.String("campaign", "", "campaign id")
	every := fs.Duration("every", 500*time.Millisecond, "one award this often")
	duration := fs.Duration("duration", time.Minute, "for this long")
	_ = fs.Parse(args)
	c, err := newClient(*api, *tokenFile, 4, 5*time.Second)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), *duration)
	defer cancel()
	run := randHex(4)
	var okN, failN int
	t := time.NewTicker(*every)
	defer t.Stop()
	for i := 0; ; i++ {
		body, _ := json.Marshal(awardBody{*campaignID, "0x" + randHex(20), "3", "trickle"})
		key := fmt.Sprintf("trickle-%s-%d", run, i)
		acked := false
		for range c.apis { // a replica that is down: the next one, same key
			_, base := c.pick()
			if r := c.post(ctx, base, key, body); r.status == http.StatusCreated {
				acked = true
				break
			}
		}
		if acked {
			okN++
		} else {
			failN++
		}
		select {
		case <-ctx.Done():
			fmt.Printf("trickle: %d awards acknowledged, %d not\n", okN, failN)
			return nil
		case <-t.C:
		}
	}
}

// --- chain ------------------------------------------------------------------------------------------------

func keygen(args []string) error {
	if len(args) < 2 {
		return errors.New("keygen DIR NAME…")
	}
	dir := args[0]
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for _, name := range args[1:] {
		key, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		password := randHex(16)
		k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
		// Light scrypt parameters: these keys live for one test run.
		blob, err := keystore.EncryptKey(k, password, keystore.LightScryptN, keystore.LightScryptP)
		if err != nil {
			return err
		}
		base := filepath.Join(dir, name)
		if err := os.WriteFile(base+".keystore.json", blob, 0o600); err != nil {
			return err
		}
		if err := os.WriteFile(base+".password", []byte(password+"\n"), 0o600); err != nil {
			return err
		}
		if err := os.WriteFile(base+".key", []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
			return err
		}
		if err := os.WriteFile(base+".address", []byte(k.Address.Hex()+"\n"), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s %s\n", name, k.Address.Hex())
	}
	return nil
}

func fund(args []string) error {
	fs := flag.NewFlagSet("fund", flag.ExitOnError)
	rpcURL := fs.String("rpc", "", "geth --dev JSON-RPC URL")
	eth := fs.Int64("eth", 10, "ETH for each address")
	_ = fs.Parse(args)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rc, err := rpc.DialContext(ctx, *rpcURL)
	if err != nil {
		return err
	}
	defer rc.Close()
	var accts []common.Address
	if err := rc.CallContext(ctx, &accts, "eth_accounts"); err != nil || len(accts) == 0 {
		return fmt.Errorf("geth --dev account: %v (%d accounts)", err, len(accts))
	}
	ec := ethclient.NewClient(rc)
	value := new(big.Int).Mul(big.NewInt(*eth), big.NewInt(1e18))
	var hashes []common.Hash
	for _, a := range fs.Args() {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("bad address %q", a)
		}
		var h common.Hash
		tx := map[string]any{"from": accts[0], "to": common.HexToAddress(a), "value": (*hexutil.Big)(value)}
		if err := rc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return fmt.Errorf("fund %s: %w", a, err)
		}
		hashes = append(hashes, h)
	}
	for _, h := range hashes {
		if _, err := waitReceipt(ctx, ec, h); err != nil {
			return err
		}
	}
	return nil
}

// waitReceipt waits for h to be mined and fails if it reverted.
func waitReceipt(ctx context.Context, ec *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	r, err := chain.WaitMined(ctx, ec, h)
	if err != nil {
		return nil, fmt.Errorf("waiting for %s: %w", h, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", h)
	}
	return r, nil
}

func grant(args []string) error {
	fs := flag.NewFlagSet("grant", flag.ExitOnError)
	rpcURL := fs.String("rpc", "", "JSON-RPC URL")
	ks := fs.String("keystore", "", "the admin's (deployer's) keystore")
	pwFile := fs.String("password-file", "", "its password file")
	depFile := fs.String("deployment", "", "deployment.json")
	_ = fs.Parse(args)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	pw, err := os.ReadFile(*pwFile)
	if err != nil {
		return err
	}
	key, err := chain.LoadKeystore(*ks, strings.TrimRight(string(pw), "\r\n"))
	if err != nil {
		return err
	}
	d, err := chain.ReadDeployment(*depFile)
	if err != nil {
		return err
	}
	ec, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return err
	}
	defer ec.Close()
	dist := bindings.NewRewardsDistributor()
	bc := dist.Instance(ec, d.Distributor)
	opts := bind.NewKeyedTransactor(key, d.ChainID)
	opts.Context = ctx
	role := [32]byte(crypto.Keccak256Hash([]byte("ROOT_PROPOSER_ROLE")))
	for _, a := range fs.Args() {
		addr := common.HexToAddress(a)
		for _, data := range [][]byte{dist.PackAddSigner(addr), dist.PackGrantRole(role, addr)} {
			tx, err := bind.Transact(bc, opts, data)
			if err != nil {
				return fmt.Errorf("grant %s: %w", addr, err)
			}
			if _, err := waitReceipt(ctx, ec, tx.Hash()); err != nil {
				return fmt.Errorf("grant %s: %w", addr, err)
			}
		}
		fmt.Printf("granted signer and ROOT_PROPOSER_ROLE to %s\n", addr)
	}
	return nil
}

func epochs(args []string) error {
	fs := flag.NewFlagSet("epochs", flag.ExitOnError)
	rpcURL := fs.String("rpc", "", "JSON-RPC URL")
	depFile := fs.String("deployment", "", "deployment.json")
	names := fs.String("names", "", "ADDR=NAME,… to name the proposers")
	minEpochs := fs.Int("min", 1, "fail with fewer proposed epochs")
	after := fs.Int64("killed-at", 0, "unix time a replica was killed: report the first epoch proposed after it")
	_ = fs.Parse(args)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := chain.ReadDeployment(*depFile)
	if err != nil {
		return err
	}
	ec, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return err
	}
	defer ec.Close()
	who := map[common.Address]string{}
	for _, kv := range strings.Split(*names, ",") {
		if a, n, ok := strings.Cut(kv, "="); ok {
			who[common.HexToAddress(a)] = n
		}
	}
	dist := bindings.NewRewardsDistributor()
	topic := dist.GetABI().Events["RootProposed"].ID
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.Block),
		Addresses: []common.Address{d.Distributor}, Topics: [][]common.Hash{{topic}}})
	if err != nil {
		return err
	}
	count := map[uint64]int{}
	var seq []uint64
	var firstAfter string
	fmt.Printf("%-6s %-8s %-10s %-12s %s\n", "epoch", "block", "time", "proposer", "root")
	for _, l := range logs {
		ev, err := dist.UnpackRootProposedEvent(&l)
		if err != nil {
			return err
		}
		tx, _, err := ec.TransactionByHash(ctx, l.TxHash)
		if err != nil {
			return err
		}
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			return err
		}
		hdr, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			return err
		}
		name := who[from]
		if name == "" {
			name = from.Hex()[:10]
		}
		count[ev.Epoch]++
		seq = append(seq, ev.Epoch)
		if *after > 0 && firstAfter == "" && int64(hdr.Time) >= *after {
			firstAfter = fmt.Sprintf("epoch %d by %s %ds after the kill", ev.Epoch, name, int64(hdr.Time)-*after)
		}
		fmt.Printf("%-6d %-8d %-10s %-12s %s\n", ev.Epoch, l.BlockNumber, time.Unix(int64(hdr.Time), 0).UTC().Format("15:04:05"),
			name, hexutil.Encode(ev.Root[:])[:18]+"…")
	}
	data, err := ec.CallContract(ctx, ethereum.CallMsg{To: &d.Distributor, Data: dist.PackEpoch()}, nil)
	if err != nil {
		return err
	}
	active, err := dist.UnpackEpoch(data)
	if err != nil {
		return err
	}
	dup, gaps := 0, 0
	for i, e := range seq {
		if count[e] > 1 {
			dup++
		}
		if i > 0 && e != seq[i-1]+1 {
			gaps++
		}
	}
	fmt.Printf("epochs: %d RootProposed events, epochs %v, active epoch() %d\n", len(seq), seq, active)
	if firstAfter != "" {
		fmt.Printf("epochs: first proposal after the kill: %s\n", firstAfter)
	}
	check("epochs proposed", len(seq) >= *minEpochs, "%d epochs proposed (want ≥ %d)", len(seq), *minEpochs)
	check("epochs each once", dup == 0, "%d epochs proposed more than once", dup)
	check("epochs consecutive", gaps == 0 && (len(seq) == 0 || seq[0] == 1), "%d gaps; first epoch %v", gaps, seq)
	if *after > 0 {
		check("epochs after the kill", firstAfter != "", "%s", firstAfter)
	}
	return nil
}

func randHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
