package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// readCSV parses an export and checks its framing: RFC 4180 with CRLF line ends and the header row.
func readCSV(t testing.TB, r *result) [][]string {
	t.Helper()
	if ct := r.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Fatalf("Content-Type %q", ct)
	}
	if cd := r.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, `attachment; filename="awards-`) || !strings.HasSuffix(cd, `.csv"`) {
		t.Fatalf("Content-Disposition %q", cd)
	}
	if !bytes.HasSuffix(r.Body, []byte("\r\n")) || bytes.Count(r.Body, []byte("\n")) != bytes.Count(r.Body, []byte("\r\n")) {
		t.Fatalf("line ends are not CRLF: %q", r.Body)
	}
	rows, err := csv.NewReader(bytes.NewReader(r.Body)).ReadAll()
	if err != nil {
		t.Fatalf("parse CSV: %v\n%s", err, r.Body)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], exportColumns) {
		t.Fatalf("header row %v, want %v", rows, exportColumns)
	}
	return rows[1:]
}

func postAwards(t testing.TB, h *testAPI, path, token string, body any) []awardJSON {
	t.Helper()
	var out awardsResponse
	h.post(t, path, token, body).want(t, http.StatusCreated).decode(t, &out)
	return out.Awards
}

func TestCampaignAwardsCSV(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000000000000000000000000000000", nil)
	cid := w.campaign.ID
	token := common.HexToAddress(w.community.TokenAddress)
	w.chain.setDecimals(token, 6)
	path := "/v1/campaigns/" + cid + "/awards.csv"

	// Empty: the header row only.
	if rows := readCSV(t, w.get(t, path, w.creator.token).want(t, http.StatusOK)); len(rows) != 0 {
		t.Fatalf("no awards yet: %v", rows)
	}

	const huge = "123456789012345678901234567" // above 2^64
	a1 := postAwards(t, w.testAPI, "/v1/awards", w.platform.Token, award(cid, account(1), huge, `said "hi", twice`))
	w.clock.Add(1500 * time.Millisecond)
	w.post(t, "/v1/referrals", w.platform.Token, map[string]any{"campaign_id": cid, "referrer": account(1).Hex(),
		"referee": account(2).Hex()}).want(t, http.StatusCreated)
	ref := postAwards(t, w.testAPI, "/v1/events", w.platform.Token, event(cid, "signup", account(2)))
	if len(a1) != 1 || len(ref) != 2 {
		t.Fatalf("awards %+v %+v", a1, ref)
	}
	byAccount := map[string]awardJSON{}
	for _, a := range ref {
		byAccount[a.Account] = a
	}
	later := "2026-03-01T12:00:01.500Z"
	want := [][]string{
		{a1[0].ID, "2026-03-01T12:00:00.000Z", account(1).Hex(), cid, token.Hex(), "", huge, "123456789012345678901.234567",
			`direct:said "hi", twice`, "", w.platform.ID},
	}
	for _, a := range ref {
		other := account(1)
		reason, amount, tokens := "referral:referee", "50", "0.00005"
		if a.Account == account(1).Hex() {
			other, reason, amount, tokens = account(2), "referral:referrer", "100", "0.0001"
		}
		want = append(want, []string{a.ID, later, a.Account, cid, token.Hex(), "", amount, tokens, reason, other.Hex(), w.platform.ID})
	}

	reader := w.testAPI.platform(t, []string{ScopeLeaderboards}, []string{cid})
	for _, tok := range []string{w.creator.token, reader.Token} {
		got := readCSV(t, w.get(t, path, tok).want(t, http.StatusOK))
		if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Fatalf("rows\n got %q\nwant %q", got, want)
		}
	}
	// decimals() is read once per token, not per request.
	w.chain.mu.Lock()
	reads := w.chain.reads[token]
	w.chain.mu.Unlock()
	if reads != 1 {
		t.Fatalf("decimals read %d times", reads)
	}

	fan := w.wallet(t, "fan")
	noScope := w.testAPI.platform(t, []string{ScopeAwards, ScopeRewardsRead}, nil)
	elsewhere := w.testAPI.platform(t, []string{ScopeLeaderboards}, []string{"cmp_other"})
	for _, tc := range []struct {
		name, path, token string
		status            int
		code              string
	}{
		{"another wallet", path, fan.token, 403, "forbidden"},
		{"platform without the scope", path, noScope.Token, 403, "forbidden"},
		{"platform not on the campaign", path, elsewhere.Token, 403, "forbidden"},
		{"admin", path, w.admin, 403, "forbidden"},
		{"no token", path, "", 401, "unauthorized"},
		{"unknown campaign", "/v1/campaigns/cmp_nope/awards.csv", w.creator.token, 404, "not_found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.get(t, tc.path, tc.token).wantError(t, tc.status, tc.code)
		})
	}

	// The chain not answering: 503 in the error shape, before any byte of CSV.
	w.chain.fail(errors.New("rpc down"))
	w.get(t, path, w.creator.token).wantError(t, http.StatusServiceUnavailable, "unavailable")
}

// TestPooledCampaignAwardsCSV: the sponsor whose pool pays a campaign may export its awards; the pool
// column names it and amount_tokens uses the pool's ERC-20 (18 decimals: it has no decimals()).
func TestPooledCampaignAwardsCSV(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator, brand, rival := h.wallet(t, "creator"), h.wallet(t, "brand"), h.wallet(t, "rival brand")
	community := h.community(t, creator)
	pool := h.sponsorPool(t, 1, brand, 1000)
	h.sponsorPool(t, 2, rival, 1000)
	camp := h.pooledCampaign(t, creator, community.ID, pool)
	h.post(t, "/v1/pools/"+pool.Hex()+"/grants", brand.token, h.grant(pool, camp.ID, "600")).want(t, http.StatusCreated)
	platform := h.platform(t, nil, nil)
	a := postAwards(t, h, "/v1/awards", platform.Token, award(camp.ID, account(1), "250", "x"))

	path := "/v1/campaigns/" + camp.ID + "/awards.csv"
	want := [][]string{{a[0].ID, "2026-03-01T12:00:00.000Z", account(1).Hex(), camp.ID, usdc.Hex(), pool.Hex(), "250",
		"0.00000000000000025", "direct:x", "", platform.ID}}
	for _, tok := range []string{brand.token, creator.token} {
		if got := readCSV(t, h.get(t, path, tok).want(t, http.StatusOK)); !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Fatalf("rows\n got %q\nwant %q", got, want)
		}
	}
	h.get(t, path, rival.token).wantError(t, http.StatusForbidden, "forbidden")
	// The pool changes hands on-chain: the old owner loses access at once.
	h.chain.setPool(poolFactsWithOwner(h, pool, rival.addr))
	h.get(t, path, brand.token).wantError(t, http.StatusForbidden, "forbidden")
	h.get(t, path, rival.token).want(t, http.StatusOK)
}

func poolFactsWithOwner(h *testAPI, pool, owner common.Address) (p access.Pool) {
	h.chain.mu.Lock()
	defer h.chain.mu.Unlock()
	p = h.chain.pools[pool]
	p.Owner = owner
	return p
}

func TestAccountAwardsCSV(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000000000000000000000", nil)
	fan := w.wallet(t, "fan")
	token := common.HexToAddress(w.community.TokenAddress) // no decimals(): 18
	// Another community's campaign pays the fan in another token.
	other := w.wallet(t, "other creator")
	oc := w.testAPI.community(t, other)
	ocamp := w.testAPI.campaign(t, other, oc.ID, "1000000", defaultRules(), nil)
	otherToken := common.HexToAddress(oc.TokenAddress)
	w.chain.setDecimals(otherToken, 0)

	a1 := postAwards(t, w.testAPI, "/v1/awards", w.platform.Token, award(w.campaign.ID, fan.addr, "1500000000000000000", "first"))
	w.clock.Add(time.Second)
	a2 := postAwards(t, w.testAPI, "/v1/awards", w.platform.Token, award(w.campaign.ID, fan.addr, "2000000000000000000", "second"))
	a3 := postAwards(t, w.testAPI, "/v1/awards", w.platform.Token, award(ocamp.ID, fan.addr, "7", "elsewhere"))
	postAwards(t, w.testAPI, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(5), "1", "not the fan's"))

	row := func(a awardJSON, at string, tok common.Address, tokens string) []string {
		return []string{a.ID, at, fan.addr.Hex(), a.CampaignID, tok.Hex(), "", a.Amount, tokens, a.Reason, "", w.platform.ID}
	}
	t1, t2 := "2026-03-01T12:00:00.000Z", "2026-03-01T12:00:01.000Z"
	byToken := map[common.Address][][]string{
		token:      {row(a2[0], t2, token, "2"), row(a1[0], t1, token, "1.5")},
		otherToken: {row(a3[0], t2, otherToken, "7")},
	}
	first, second := token, otherToken
	if first.Cmp(second) > 0 {
		first, second = second, first
	}
	want := append(slices.Clone(byToken[first]), byToken[second]...)
	path := "/v1/accounts/" + fan.addr.Hex() + "/awards.csv"
	reader := w.testAPI.platform(t, []string{ScopeRewardsRead}, nil)
	for _, tok := range []string{fan.token, reader.Token} {
		res := w.get(t, path, tok).want(t, http.StatusOK)
		if got := readCSV(t, res); !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Fatalf("rows\n got %q\nwant %q", got, want)
		}
		if cd := res.Header.Get("Content-Disposition"); cd != `attachment; filename="awards-`+fan.addr.Hex()+`.csv"` {
			t.Fatalf("Content-Disposition %q", cd)
		}
	}
	nobody := w.wallet(t, "nobody")
	if rows := readCSV(t, w.get(t, "/v1/accounts/"+nobody.addr.Hex()+"/awards.csv", nobody.token).want(t, http.StatusOK)); len(rows) != 0 {
		t.Fatalf("no awards: %v", rows)
	}
	noScope := w.testAPI.platform(t, []string{ScopeLeaderboards}, nil)
	for _, tc := range []struct {
		name, path, token string
		status            int
	}{
		{"another wallet", path, w.creator.token, 403},
		{"platform without rewards:read", path, noScope.Token, 403},
		{"no token", path, "", 401},
		{"bad address", "/v1/accounts/0x1234/awards.csv", fan.token, 400},
	} {
		t.Run(tc.name, func(t *testing.T) { w.get(t, tc.path, tc.token).wantError(t, tc.status, "") })
	}
}

func TestTokenAmount(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		amount string
		dec    uint8
		want   string
	}{
		{"0", 18, "0"}, {"1", 18, "0.000000000000000001"}, {"1000000000000000000", 18, "1"},
		{"1500000000000000000", 18, "1.5"}, {"123", 0, "123"}, {"120", 1, "12"}, {"125", 1, "12.5"},
		{"5", 1, "0.5"}, {"115792089237316195423570985008687907853269984665640564039457584007913129639935", 18,
			"115792089237316195423570985008687907853269984665640564039457.584007913129639935"},
		{"7", 255, "0." + strings.Repeat("0", 254) + "7"},
	} {
		if got := tokenAmount(tc.amount, tc.dec); got != tc.want {
			t.Errorf("tokenAmount(%s, %d) = %s, want %s", tc.amount, tc.dec, got, tc.want)
		}
	}
}

// ---------------------------------------------------------------------------
// Streaming.

// bigJournal fills the world's campaign's journal with n awards of 1 through the ledger, in full batches.
func bigJournal(t testing.TB, w *world, n int) {
	t.Helper()
	ctx := context.Background()
	camp, err := w.ledger.GetCampaign(ctx, w.campaign.ID)
	if err != nil {
		t.Fatal(err)
	}
	for done := 0; done < n; {
		k := min(ledger.MaxBatch, n-done)
		entries := make([]ledger.Entry, k)
		for i := range entries {
			entries[i] = ledger.Entry{Campaign: camp, Award: rewards.Award{Account: rewards.Address(account(done + i)),
				Amount: rewards.AmountOf(1), Reason: "direct:bulk"}}
		}
		if _, err := w.ledger.Apply(ctx, ledger.ApplyRequest{Platform: w.platform.ID, Entries: entries, Direct: true}); err != nil {
			t.Fatal(err)
		}
		done += k
	}
}

// pipeWriter is a ResponseWriter whose body goes into a pipe, so the test reads it as it is written, and
// which counts the handler's flushes.
type pipeWriter struct {
	header  http.Header
	status  int
	pw      *io.PipeWriter
	mu      sync.Mutex
	flushes int
	written int64
}

func (p *pipeWriter) Header() http.Header { return p.header }
func (p *pipeWriter) WriteHeader(code int) {
	if p.status == 0 {
		p.status = code
	}
}
func (p *pipeWriter) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = http.StatusOK
	}
	n, err := p.pw.Write(b)
	p.mu.Lock()
	p.written += int64(n)
	p.mu.Unlock()
	return n, err
}
func (p *pipeWriter) Flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.flushes++
}

// TestCampaignAwardsCSVStreams exports 100,000 awards and reads the response as it arrives: every row is
// there, and the handler wrote them in a flush per page, never more than a page ahead of the reader.
func TestCampaignAwardsCSVStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 awards")
	}
	t.Parallel()
	const n = 100_000
	w := newWorld(t, "1000000000", nil)
	bigJournal(t, w, n)

	pr, pw := io.Pipe()
	rw := &pipeWriter{header: http.Header{}, pw: pw}
	req := httptest.NewRequest(http.MethodGet, "/v1/campaigns/"+w.campaign.ID+"/awards.csv", nil)
	req.Header.Set("Authorization", "Bearer "+w.creator.token)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		defer pw.Close()
		w.api.Handler().ServeHTTP(rw, req)
	}()
	r := csv.NewReader(pr)
	header, err := r.Read()
	if err != nil || !slices.Equal(header, exportColumns) {
		t.Fatalf("header %v (%v)", header, err)
	}
	rows, last := 0, [2]uint64{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("row %d: %v", rows, err)
		}
		rows++
		id := journalID(t, rec[0], w.campaign.ID)
		if rec[6] != "1" || rec[3] != w.campaign.ID || (rows > 1 && !(id[0] > last[0] || id[0] == last[0] && id[1] > last[1])) {
			t.Fatalf("row %d: %q, not after %v", rows, rec, last)
		}
		last = id
		if rows == 2*exportPage {
			select {
			case <-finished:
				t.Fatal("the handler finished before the client read its third page: the body was buffered")
			default:
			}
		}
	}
	if rw.status != http.StatusOK {
		t.Fatalf("status %d", rw.status)
	}
	if rows != n {
		t.Fatalf("%d rows, want %d", rows, n)
	}
	rw.mu.Lock()
	flushes := rw.flushes
	rw.mu.Unlock()
	if want := n / exportPage; flushes < want {
		t.Fatalf("%d flushes for %d rows: not written a page at a time (want at least %d)", flushes, n, want)
	}
}

// journalID parses an award id, <campaign>-<ms>-<seq>.
func journalID(t testing.TB, id, campaign string) [2]uint64 {
	t.Helper()
	ms, seq, ok := strings.Cut(strings.TrimPrefix(id, campaign+"-"), "-")
	a, err1 := strconv.ParseUint(ms, 10, 64)
	b, err2 := strconv.ParseUint(seq, 10, 64)
	if !ok || err1 != nil || err2 != nil {
		t.Fatalf("award id %q", id)
	}
	return [2]uint64{a, b}
}
