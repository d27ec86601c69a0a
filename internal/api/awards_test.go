package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/auth"
)

func TestDirectAward(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	to := account(1)

	// Any case is accepted; the response is checksummed.
	var out awardsResponse
	w.post(t, "/v1/awards", w.platform.Token, map[string]any{"campaign_id": w.campaign.ID,
		"account": strings.ToLower(to.Hex()), "amount": "40", "reason": "bug bounty"}).want(t, http.StatusCreated).decode(t, &out)
	if len(out.Awards) != 1 {
		t.Fatalf("awards %+v", out.Awards)
	}
	a := out.Awards[0]
	if a.ID == "" || a.CampaignID != w.campaign.ID || a.Account != to.Hex() || a.Amount != "40" ||
		a.Reason != "direct:bug bounty" || a.Capped || a.Counterparty != "" || !a.At.Equal(testStart) {
		t.Fatalf("award %+v", a)
	}

	var c campaignResponse
	w.get(t, "/v1/campaigns/"+w.campaign.ID, "").want(t, http.StatusOK).decode(t, &c)
	if c.RemainingBudget != "960" || c.Awarded != "40" || c.Awards != 1 || c.Holders != 1 {
		t.Fatalf("campaign after the award %+v", c)
	}
	if got := w.earned(t, to, w.community.TokenAddress, w.platform.Token); got.Earned != "40" || got.Claimable != "40" {
		t.Fatalf("rewards %+v", got)
	}

	// The largest amount there is: refused for the budget, not the parser.
	max := "115792089237316195423570985008687907853269984665640564039457584007913129639935"
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, to, max, "max")).wantError(t, http.StatusUnprocessableEntity, "budget_exhausted")
}

// TestAwardBadInput sends malformed award requests: each is a 400 that changes nothing, and (where a schema
// can say so) openapi.yaml refuses it too.
func TestAwardBadInput(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	to := account(1)
	cid := w.campaign.ID
	good := func(field, value string) string { // a valid request with one field's raw JSON replaced
		m := map[string]string{"campaign_id": `"` + cid + `"`, "account": `"` + to.Hex() + `"`, "amount": `"5"`, "reason": `"r"`}
		if value == "" {
			delete(m, field)
		} else {
			m[field] = value
		}
		var parts []string
		for _, k := range []string{"campaign_id", "account", "amount", "reason"} {
			if v, ok := m[k]; ok {
				parts = append(parts, fmt.Sprintf("%q:%s", k, v))
			}
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	mixed := to.Hex()
	i := strings.IndexAny(mixed[2:], "abcdefABCDEF") + 2
	badChecksum := mixed[:i] + flipCase(mixed[i:i+1]) + mixed[i+1:] // one letter's case changed
	if i < 2 || strings.ToLower(badChecksum) == badChecksum || strings.ToUpper(badChecksum[2:]) == badChecksum[2:] {
		t.Fatalf("%s is not mixed-case", badChecksum)
	}
	tests := []struct {
		name       string
		body       string
		code       string
		docRefuses bool
	}{
		{"empty body", "", "bad_request", true},
		{"whitespace body", "  \n", "bad_request", true},
		{"null", "null", "bad_request", true},
		{"array", "[]", "bad_request", true},
		{"string", `"award"`, "bad_request", true},
		{"malformed JSON", `{"campaign_id":`, "bad_request", true},
		{"single quotes", `{'campaign_id':'x'}`, "bad_request", true},
		{"trailing object", good("amount", `"5"`) + `{}`, "bad_request", false},
		{"trailing brace", good("amount", `"5"`) + `}`, "bad_request", false},
		{"trailing garbage", good("amount", `"5"`) + ` x`, "bad_request", false},
		{"unknown field", strings.TrimSuffix(good("amount", `"5"`), "}") + `,"memo":"hi"}`, "bad_request", true},
		{"amount as a number", good("amount", `5`), "bad_request", true},
		{"amount as a float", good("amount", `5.0`), "bad_request", true},
		{"amount null", good("amount", `null`), "bad_request", true},
		{"amount missing", good("amount", ""), "bad_request", true},
		{"amount negative", good("amount", `"-5"`), "bad_request", true},
		{"amount fractional", good("amount", `"1.5"`), "bad_request", true},
		{"amount exponent", good("amount", `"1e18"`), "bad_request", true},
		{"amount hex", good("amount", `"0x10"`), "bad_request", true},
		{"amount leading zero", good("amount", `"05"`), "bad_request", true},
		{"amount plus sign", good("amount", `"+5"`), "bad_request", true},
		{"amount spaces", good("amount", `" 5"`), "bad_request", true},
		{"amount empty", good("amount", `""`), "bad_request", true},
		{"amount zero", good("amount", `"0"`), "bad_request", true},
		// 2^256: 78 digits like 2^256-1, so only the server can tell.
		{"amount 2^256", good("amount", `"115792089237316195423570985008687907853269984665640564039457584007913129639936"`), "bad_request", false},
		{"amount 79 digits", good("amount", `"`+strings.Repeat("9", 79)+`"`), "bad_request", true},
		{"account missing", good("account", ""), "bad_request", true},
		{"account short", good("account", `"0x1234"`), "bad_request", true},
		{"account not hex", good("account", `"0x`+strings.Repeat("z", 40)+`"`), "bad_request", true},
		{"account no 0x", good("account", `"`+strings.Repeat("a", 40)+`"`), "bad_request", true},
		{"account number", good("account", `12`), "bad_request", true},
		// A mixed-case address with a wrong EIP-55 checksum: a pattern cannot check it.
		{"account bad checksum", good("account", `"`+badChecksum+`"`), "bad_request", false},
		{"account zero", good("account", `"0x0000000000000000000000000000000000000000"`), "bad_request", false},
		{"reason missing", good("reason", ""), "invalid_event", true},
		{"reason empty", good("reason", `""`), "invalid_event", true},
		{"reason too long", good("reason", `"`+strings.Repeat("r", 201)+`"`), "invalid_event", true},
		{"reason number", good("reason", `7`), "bad_request", true},
		{"campaign missing", good("campaign_id", ""), "bad_request", true},
		{"campaign number", good("campaign_id", `7`), "bad_request", true},
		{"bad idempotency key", "", "bad_request", true}, // body replaced below
	}
	before := w.snapshot(t, cid, w.platform.Token, to)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := call{method: http.MethodPost, path: "/v1/awards", token: w.platform.Token, body: tc.body}
			if tc.name == "bad idempotency key" {
				c.body = good("amount", `"5"`)
				c.header = map[string]string{"Idempotency-Key": "has space"}
			}
			r := w.do(t, c).wantError(t, http.StatusBadRequest, tc.code)
			if tc.docRefuses && r.ReqErr == nil {
				t.Errorf("openapi.yaml accepts %s", tc.body)
			}
			// The same body in a batch is refused as a whole too.
			if strings.HasPrefix(tc.body, "{") && tc.name != "bad idempotency key" && !strings.HasPrefix(tc.name, "trailing") &&
				tc.name != "malformed JSON" {
				batch := `{"awards":[` + good("amount", `"1"`) + "," + tc.body + `]}`
				w.post(t, "/v1/awards/batch", w.platform.Token, batch).wantError(t, http.StatusBadRequest, "")
			}
		})
	}
	w.post(t, "/v1/awards", w.platform.Token, good("amount", `"5"`), "Idempotency-Key", strings.Repeat("k", 256)).
		wantError(t, http.StatusBadRequest, "bad_request")
	w.unchanged(t, before, cid, w.platform.Token, to)
}

func flipCase(s string) string {
	if strings.ToUpper(s) == s {
		return strings.ToLower(s)
	}
	return strings.ToUpper(s)
}

// TestAwardRefusals covers the 404 and 422s of direct awards; none changes anything.
func TestAwardRefusals(t *testing.T) {
	t.Parallel()
	rules := defaultRules()
	rules["daily_cap"] = "50"
	w := newWorld(t, "100", rules)
	to := account(1)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, to, "30", "first")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(4), "30", "first")).want(t, http.StatusCreated)
	// Left: 20 today for account 1 (cap 50), 40 in the budget.
	before := w.snapshot(t, w.campaign.ID, w.platform.Token, to, account(2), account(3))

	tests := []struct {
		name   string
		path   string
		body   any
		status int
		code   string
	}{
		{"unknown campaign", "/v1/awards", award("cmp_nope", to, "1", "x"), 404, "not_found"},
		{"unknown campaign in a batch", "/v1/awards/batch", map[string]any{"awards": []any{
			award(w.campaign.ID, to, "1", "x"), award("cmp_nope", to, "1", "x")}}, 404, "not_found"},
		{"over the daily cap", "/v1/awards", award(w.campaign.ID, to, "21", "x"), 422, "daily_cap_reached"},
		{"over the daily cap in a batch", "/v1/awards/batch", map[string]any{"awards": []any{
			award(w.campaign.ID, account(2), "1", "x"), award(w.campaign.ID, to, "15", "x"), award(w.campaign.ID, to, "15", "x")}},
			422, "daily_cap_reached"},
		{"over the budget", "/v1/awards", award(w.campaign.ID, account(2), "41", "x"), 422, "budget_exhausted"},
		{"over the budget in a batch", "/v1/awards/batch", map[string]any{"awards": []any{
			award(w.campaign.ID, account(2), "25", "x"), award(w.campaign.ID, account(3), "25", "x")}}, 422, "budget_exhausted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w.post(t, tc.path, w.platform.Token, tc.body).wantError(t, tc.status, tc.code)
			w.unchanged(t, before, w.campaign.ID, w.platform.Token, to, account(2), account(3))
		})
	}

	// What is left fits exactly: 20 more today for account 1, then the last 20 of the budget.
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, to, "20", "rest of today")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards/batch", w.platform.Token, map[string]any{"awards": []any{
		award(w.campaign.ID, account(2), "19", "x"), award(w.campaign.ID, account(3), "1", "x")}}).want(t, http.StatusCreated)
	var c campaignResponse
	w.get(t, "/v1/campaigns/"+w.campaign.ID, "").want(t, http.StatusOK).decode(t, &c)
	if c.RemainingBudget != "0" || c.Awarded != "100" {
		t.Fatalf("campaign %+v", c)
	}
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(3), "1", "x")).wantError(t, 422, "budget_exhausted")
}

func TestAwardBatch(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "100000", nil)

	var out awardsResponse
	w.post(t, "/v1/awards/batch", w.platform.Token, map[string]any{"awards": []any{
		award(w.campaign.ID, account(1), "1", "a"), award(w.campaign.ID, account(2), "2", "b"),
		award(w.campaign.ID, account(1), "3", "c")}}).want(t, http.StatusCreated).decode(t, &out)
	if len(out.Awards) != 3 {
		t.Fatalf("awards %+v", out.Awards)
	}
	for i, want := range []struct{ account, amount, reason string }{
		{account(1).Hex(), "1", "direct:a"}, {account(2).Hex(), "2", "direct:b"}, {account(1).Hex(), "3", "direct:c"}} {
		if a := out.Awards[i]; a.Account != want.account || a.Amount != want.amount || a.Reason != want.reason {
			t.Fatalf("award %d: %+v, want %+v", i, a, want)
		}
	}
	if got := w.earned(t, account(1), w.community.TokenAddress, w.platform.Token); got.Earned != "4" {
		t.Fatalf("earned %+v", got)
	}

	batch := func(n int) map[string]any {
		awards := make([]any, n)
		for i := range awards {
			awards[i] = award(w.campaign.ID, account(100+i), "1", "bulk")
		}
		return map[string]any{"awards": awards}
	}
	before := w.snapshot(t, w.campaign.ID, w.platform.Token, account(100))
	for _, tc := range []struct {
		name string
		body any
	}{
		{"empty", batch(0)},
		{"1001 awards", batch(MaxBatch + 1)},
		{"no awards field", map[string]any{}},
		{"awards not an array", map[string]any{"awards": award(w.campaign.ID, account(1), "1", "x")}},
		{"awards null", `{"awards":null}`},
		{"unknown field", `{"awards":[],"dry_run":true}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := w.post(t, "/v1/awards/batch", w.platform.Token, tc.body).wantError(t, http.StatusBadRequest, "")
			if r.ReqErr == nil {
				t.Error("openapi.yaml accepts it")
			}
		})
	}
	t.Run("one bad entry refuses all", func(t *testing.T) {
		b := batch(5)
		b["awards"].([]any)[3] = award(w.campaign.ID, account(103), "-1", "bad")
		var e errorBody
		w.post(t, "/v1/awards/batch", w.platform.Token, b).wantError(t, http.StatusBadRequest, "").decode(t, &e)
		b["awards"].([]any)[3] = award(w.campaign.ID, account(103), "0", "zero")
		w.post(t, "/v1/awards/batch", w.platform.Token, b).wantError(t, http.StatusBadRequest, "").decode(t, &e)
		if !strings.HasPrefix(e.Error.Message, "awards[3]: ") {
			t.Fatalf("message %q does not name the entry", e.Error.Message)
		}
	})
	w.unchanged(t, before, w.campaign.ID, w.platform.Token, account(100))

	t.Run("mixed reward tokens", func(t *testing.T) {
		other := w.testAPI.campaign(t, w.creator, w.community.ID, "1000", defaultRules(), nil)
		brand := w.wallet(t, "brand")
		pool := w.sponsorPool(t, 1, brand, 1000)
		esc := w.pooledCampaign(t, w.creator, w.community.ID, pool)
		w.post(t, "/v1/pools/"+pool.Hex()+"/grants", brand.token, w.grant(pool, esc.ID, "1000")).want(t, http.StatusCreated)
		// Two campaigns of the same token may share a batch; another token may not.
		w.post(t, "/v1/awards/batch", w.platform.Token, map[string]any{"awards": []any{
			award(w.campaign.ID, account(7), "1", "x"), award(other.ID, account(7), "1", "x")}}).want(t, http.StatusCreated)
		before := w.snapshot(t, esc.ID, w.platform.Token, account(8))
		w.post(t, "/v1/awards/batch", w.platform.Token, map[string]any{"awards": []any{
			award(w.campaign.ID, account(8), "1", "x"), award(esc.ID, account(8), "1", "x")}}).wantError(t, http.StatusBadRequest, "mixed_tokens")
		w.unchanged(t, before, esc.ID, w.platform.Token, account(8))
	})

	t.Run("1000 awards", func(t *testing.T) {
		var out awardsResponse
		w.post(t, "/v1/awards/batch", w.platform.Token, batch(MaxBatch)).want(t, http.StatusCreated).decode(t, &out)
		if len(out.Awards) != MaxBatch {
			t.Fatalf("%d awards", len(out.Awards))
		}
		var c campaignResponse
		w.get(t, "/v1/campaigns/"+w.campaign.ID, "").want(t, http.StatusOK).decode(t, &c)
		if c.Holders < MaxBatch {
			t.Fatalf("holders %d", c.Holders)
		}
	})
}

// TestAwardIdempotency: a repeat returns the first response byte for byte, forever; a repeat with another
// body is a 409; neither changes anything.
func TestAwardIdempotency(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	to := account(1)
	key := func(k string) []string { return []string{"Idempotency-Key", k} }
	body := award(w.campaign.ID, to, "7", "once")

	first := w.post(t, "/v1/awards", w.platform.Token, body, key("award-1")...).want(t, http.StatusCreated)
	if first.Header.Get("Idempotent-Replayed") != "" {
		t.Fatal("first response marked replayed")
	}

	// More than a year passes (the key does not expire; the platform gets a new token), the same request
	// comes again.
	w.clock.Add(400 * 24 * time.Hour)
	token, _, err := w.issuer.Issue(w.platform.ID, auth.RolePlatform, AllScopes, []string{"*"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	w.platform.Token = token
	if w.admin, _, err = w.issuer.Issue("admin", auth.RoleAdmin, nil, nil, time.Hour); err != nil {
		t.Fatal(err)
	}
	before := w.snapshot(t, w.campaign.ID, w.platform.Token, to)
	again := w.post(t, "/v1/awards", w.platform.Token, body, key("award-1")...).want(t, http.StatusCreated)
	if string(again.Body) != string(first.Body) {
		t.Fatalf("replay body\n%s\nfirst\n%s", again.Body, first.Body)
	}
	if again.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatal("replay not marked Idempotent-Replayed: true")
	}
	// The same JSON written differently is another body: a conflict, like a different amount.
	for _, other := range []any{
		award(w.campaign.ID, to, "8", "once"),
		award(w.campaign.ID, account(2), "7", "once"),
		`{"campaign_id":"` + w.campaign.ID + `", "account":"` + to.Hex() + `","amount":"7","reason":"once"}`,
	} {
		w.post(t, "/v1/awards", w.platform.Token, other, key("award-1")...).wantError(t, http.StatusConflict, "idempotency_conflict")
	}
	// The same key on another endpoint is a conflict too.
	w.post(t, "/v1/awards/batch", w.platform.Token, map[string]any{"awards": []any{body}}, key("award-1")...).
		wantError(t, http.StatusConflict, "idempotency_conflict")
	w.post(t, "/v1/events", w.platform.Token, map[string]any{"campaign_id": w.campaign.ID, "kind": "contribution",
		"account": to.Hex(), "contribution_kind": "post"}, key("award-1")...).wantError(t, http.StatusConflict, "idempotency_conflict")
	w.unchanged(t, before, w.campaign.ID, w.platform.Token, to)

	// Keys are per platform: another platform's "award-1" is its own.
	other := w.testAPI.platform(t, nil, nil)
	w.post(t, "/v1/awards", other.Token, body, key("award-1")...).want(t, http.StatusCreated)

	// A refused award records nothing: the key can be used again once the request is right.
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, to, "5000", "big"), key("award-2")...).
		wantError(t, http.StatusUnprocessableEntity, "budget_exhausted")
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, to, "5", "smaller"), key("award-2")...).want(t, http.StatusCreated)

	// Batches replay the same way.
	b := map[string]any{"awards": []any{award(w.campaign.ID, account(3), "1", "a"), award(w.campaign.ID, account(4), "2", "b")}}
	fb := w.post(t, "/v1/awards/batch", w.platform.Token, b, key("batch-1")...).want(t, http.StatusCreated)
	rb := w.post(t, "/v1/awards/batch", w.platform.Token, b, key("batch-1")...).want(t, http.StatusCreated)
	if string(fb.Body) != string(rb.Body) || rb.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("batch replay %s, first %s", rb.Body, fb.Body)
	}
	if got := w.earned(t, account(4), w.community.TokenAddress, w.platform.Token); got.Earned != "2" {
		t.Fatalf("a replayed batch paid again: %+v", got)
	}
}

// FuzzAwardJSON sends arbitrary bodies to POST /v1/awards: whatever they hold, the answer is never a 5xx
// (a panic would be a 500) and always matches openapi.yaml.
func FuzzAwardJSON(f *testing.F) {
	w := newWorld(f, "1000000", nil, quiet())
	to := account(1)
	for _, s := range []string{
		`{"campaign_id":"` + w.campaign.ID + `","account":"` + to.Hex() + `","amount":"1","reason":"seed"}`,
		`{"campaign_id":"` + w.campaign.ID + `","account":"` + to.Hex() + `","amount":1,"reason":"seed"}`,
		`{"campaign_id":"` + w.campaign.ID + `","account":"` + strings.ToUpper(to.Hex()[2:]) + `","amount":"1","reason":"x"}`,
		`{"campaign_id":"` + w.campaign.ID + `","account":"` + to.Hex() + `","amount":"` + strings.Repeat("9", 78) + `","reason":"x"}`,
		`{"campaign_id":"cmp_nope","account":"` + to.Hex() + `","amount":"1","reason":"x"}`,
		`{"campaign_id":"` + w.campaign.ID + `","account":"` + to.Hex() + `","amount":"1","reason":"x"} {}`,
		`{"campaign_id":{"$gt":""},"account":[],"amount":{},"reason":null}`,
		`{"campaign_id":"` + w.campaign.ID + `","campaign_id":"x"}`,
		`{"amount":"1e3"}`, `{"amount":"-0"}`, `{"amount":"0x1"}`, `{"reason":"\u0000"}`,
		``, `null`, `[]`, `"x"`, `{`, `}`, `{"a":1}`, "\xff\xfe", `{"campaign_id":"\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		r := w.do(t, call{method: http.MethodPost, path: "/v1/awards", token: w.platform.Token, body: body})
		if r.Status >= 500 {
			t.Fatalf("%q → %d: %s", body, r.Status, r.Body)
		}
		if r.Status != http.StatusCreated {
			var e errorBody
			if err := json.Unmarshal(r.Body, &e); err != nil || e.Error == nil || e.Error.Code == "" {
				t.Fatalf("%q → %d without the error shape: %s", body, r.Status, r.Body)
			}
		}
	})
}
