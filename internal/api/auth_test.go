package api

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/golang-jwt/jwt/v5"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
)

// TestLogin drives Sign-In with Ethereum end to end: nonce, EIP-4361 message, personal_sign, login.
func TestLogin(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)

	t.Run("ok", func(t *testing.T) {
		w := newWallet(t, "fan")
		msg := h.siweMessage(w, h.nonce(t))
		text := msg.String()
		var out loginResponse
		h.post(t, "/v1/auth/login", "", map[string]string{"message": text, "signature": hexutil.Encode(personalSign(t, w.key, text))}).
			want(t, http.StatusOK).decode(t, &out)
		if out.Address != w.addr.Hex() {
			t.Fatalf("address %s, want %s", out.Address, w.addr.Hex())
		}
		// The session ends with the message (10 minutes), before the 24-hour session lifetime.
		if !out.ExpiresAt.Equal(msg.ExpirationTime.Truncate(time.Second)) {
			t.Fatalf("expires_at %s, want %s", out.ExpiresAt, msg.ExpirationTime)
		}
		cl, err := h.issuer.Verify(out.Token)
		if err != nil || cl.Role != auth.RoleWallet || cl.Subject != w.addr.Hex() {
			t.Fatalf("token claims %+v, %v", cl, err)
		}
		// The token works: the wallet reads its own rewards.
		h.get(t, "/v1/accounts/"+w.addr.Hex()+"/rewards", out.Token).want(t, http.StatusOK)

		// The nonce is single-use: the same login again is refused.
		h.post(t, "/v1/auth/login", "", map[string]string{"message": text, "signature": hexutil.Encode(personalSign(t, w.key, text))}).
			wantError(t, http.StatusUnauthorized, "unauthorized")
	})

	w := newWallet(t, "fan")
	other := newWallet(t, "mallory")
	tests := []struct {
		name   string
		edit   func(*auth.Message)
		sign   func(text string) string // the signature sent; personal_sign by w when nil
		send   func(text string) string // the text sent; the signed text when nil
		status int
		code   string
	}{
		{name: "unknown nonce", edit: func(m *auth.Message) { m.Nonce = "NeverIssued12345" }, status: 401, code: "unauthorized"},
		{name: "wrong domain", edit: func(m *auth.Message) { m.Domain = "evil.test" }, status: 401, code: "invalid_login"},
		{name: "wrong uri origin", edit: func(m *auth.Message) { m.URI = "https://evil.test/login" }, status: 401, code: "invalid_login"},
		{name: "wrong chain", edit: func(m *auth.Message) { m.ChainID = 1 }, status: 401, code: "invalid_login"},
		{name: "expired", edit: func(m *auth.Message) {
			m.IssuedAt = m.IssuedAt.Add(-5 * time.Minute)
			exp := m.IssuedAt.Add(4 * time.Minute)
			m.ExpirationTime = &exp
		}, status: 401, code: "invalid_login"},
		{name: "no expiration", edit: func(m *auth.Message) { m.ExpirationTime = nil }, status: 401, code: "invalid_login"},
		{name: "expires in half a second", edit: func(m *auth.Message) {
			exp := m.IssuedAt.Add(500 * time.Millisecond)
			m.ExpirationTime = &exp
		}, status: 401, code: "unauthorized"},
		{name: "not valid yet", edit: func(m *auth.Message) {
			nbf := m.IssuedAt.Add(5 * time.Minute)
			m.NotBefore = &nbf
		}, status: 401, code: "invalid_login"},
		{name: "issued too long ago", edit: func(m *auth.Message) { m.IssuedAt = m.IssuedAt.Add(-11 * time.Minute) }, status: 401, code: "invalid_login"},
		{name: "issued in the future", edit: func(m *auth.Message) { m.IssuedAt = m.IssuedAt.Add(5 * time.Minute) }, status: 401, code: "invalid_login"},
		{name: "signed by another key", sign: func(text string) string { return hexutil.Encode(personalSign(t, other.key, text)) },
			status: 401, code: "invalid_login"},
		{name: "text changed after signing", send: func(text string) string {
			return strings.Replace(text, "Sign in to tribe.", "Sign in to tribe!", 1)
		}, status: 401, code: "invalid_login"},
		{name: "signature not hex", sign: func(string) string { return "0xnothex" }, status: 400, code: "bad_request"},
		{name: "signature too short", sign: func(string) string { return "0x1234" }, status: 401, code: "invalid_login"},
		{name: "not a SIWE message", send: func(string) string { return "please let me in" }, status: 400, code: "invalid_siwe_message"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			nonce := h.nonce(t)
			msg := h.siweMessage(w, nonce)
			if tc.edit != nil {
				tc.edit(&msg)
			}
			text := msg.String()
			sig := hexutil.Encode(personalSign(t, w.key, text))
			if tc.sign != nil {
				sig = tc.sign(text)
			}
			sent := text
			if tc.send != nil {
				sent = tc.send(text)
			}
			h.post(t, "/v1/auth/login", "", map[string]string{"message": sent, "signature": sig}).wantError(t, tc.status, tc.code)

			// A refused login does not use up the nonce: the right message still signs in with it.
			good := h.siweMessage(w, nonce)
			text = good.String()
			h.post(t, "/v1/auth/login", "", map[string]string{"message": text, "signature": hexutil.Encode(personalSign(t, w.key, text))}).
				want(t, http.StatusOK)
		})
	}

	t.Run("bad body", func(t *testing.T) {
		for _, body := range []string{"", "{", `{"message":"x"}x`, `{"message":1,"signature":"0x"}`, `{"message":"x","signature":"0x","extra":1}`} {
			r := h.post(t, "/v1/auth/login", "", body)
			r.wantError(t, http.StatusBadRequest, "")
			if r.ReqErr == nil {
				t.Errorf("openapi.yaml accepts login body %q", body)
			}
		}
	})
}

// TestTokens covers the 401s: no token, malformed, unsigned, wrongly signed, expired, and tokens of
// platforms that do not exist or were revoked.
func TestTokens(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	body := award(w.campaign.ID, account(1), "1", "test")
	before := w.snapshot(t, w.campaign.ID, w.platform.Token, account(1))

	validClaims := func() jwt.MapClaims {
		now := w.clock.Now()
		return jwt.MapClaims{"iss": testIssuer, "aud": []string{testAudience}, "sub": w.platform.ID, "role": "platform",
			"scopes": AllScopes, "campaigns": []string{"*"}, "iat": now.Unix(), "nbf": now.Unix(),
			"exp": now.Add(time.Hour).Unix(), "jti": "test-jti"}
	}
	sign := func(method jwt.SigningMethod, key any, claims jwt.MapClaims) string {
		s, err := jwt.NewWithClaims(method, claims).SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	b64 := func(v any) string {
		b, _ := json.Marshal(v)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	wrongIssuer, err := auth.NewIssuer([]byte(strings.Repeat("k", 40)), testIssuer, testAudience, w.clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	wrongKey, _, err := wrongIssuer.Issue(w.platform.ID, auth.RolePlatform, AllScopes, []string{"*"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	otherAudience := validClaims()
	otherAudience["aud"] = []string{"someone-else"}
	noExp := validClaims()
	delete(noExp, "exp")
	unknownRole := validClaims()
	unknownRole["role"] = "superuser"
	unknownPlatform, _, err := w.issuer.Issue("plt_doesnotexist", auth.RolePlatform, AllScopes, []string{"*"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		header string
		code   string
	}{
		{"no token", "", "unauthorized"},
		{"not bearer", "Basic " + base64.StdEncoding.EncodeToString([]byte("a:b")), "unauthorized"},
		{"empty bearer", "Bearer ", "unauthorized"},
		{"garbage", "Bearer not.a.jwt", "invalid_token"},
		{"alg none", "Bearer " + b64(map[string]string{"alg": "none", "typ": "JWT"}) + "." + b64(validClaims()) + ".", "invalid_token"},
		{"HS512", "Bearer " + sign(jwt.SigningMethodHS512, testSecret, validClaims()), "invalid_token"},
		{"wrong key", "Bearer " + wrongKey, "invalid_token"},
		{"wrong audience", "Bearer " + sign(jwt.SigningMethodHS256, testSecret, otherAudience), "invalid_token"},
		{"no exp", "Bearer " + sign(jwt.SigningMethodHS256, testSecret, noExp), "invalid_token"},
		{"unknown role", "Bearer " + sign(jwt.SigningMethodHS256, testSecret, unknownRole), "invalid_token"},
		{"tampered", "Bearer " + tamper(t, w.platform.Token), "invalid_token"},
		{"unknown platform", "Bearer " + unknownPlatform, "unauthorized"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hdr := map[string]string{}
			if tc.header != "" {
				hdr["Authorization"] = tc.header
			}
			w.do(t, call{method: http.MethodPost, path: "/v1/awards", body: body, header: hdr}).
				wantError(t, http.StatusUnauthorized, tc.code)
			w.do(t, call{method: http.MethodGet, path: "/v1/accounts/" + account(1).Hex() + "/rewards", header: hdr}).
				wantError(t, http.StatusUnauthorized, tc.code)
		})
	}
	w.unchanged(t, before, w.campaign.ID, w.platform.Token, account(1))
	// The well-formed HS256 token signed with the right key is accepted: the cases above fail for their flaw.
	w.do(t, call{method: http.MethodGet, path: "/v1/accounts/" + account(1).Hex() + "/rewards",
		header: map[string]string{"Authorization": "Bearer " + sign(jwt.SigningMethodHS256, testSecret, validClaims())}}).
		want(t, http.StatusOK)

	t.Run("revoked platform", func(t *testing.T) {
		p := w.testAPI.platform(t, nil, nil)
		w.post(t, "/v1/awards", p.Token, award(w.campaign.ID, account(2), "1", "ok")).want(t, http.StatusCreated)
		before := w.snapshot(t, w.campaign.ID, w.platform.Token, account(2))
		if _, err := w.ledger.UpdatePlatform(t.Context(), p.ID, func(p *ledger.Platform) error { p.Revoked = true; return nil }); err != nil {
			t.Fatal(err)
		}
		// Replicas trust a platform record they read for PlatformCacheTTL (1 s): revoked by then.
		w.clock.Add(time.Second)
		w.post(t, "/v1/awards", p.Token, award(w.campaign.ID, account(2), "1", "revoked")).wantError(t, http.StatusUnauthorized, "unauthorized")
		w.unchanged(t, before, w.campaign.ID, w.platform.Token, account(2))
	})
}

// tamper flips a character of the token's payload, keeping it well-formed base64.
func tamper(t *testing.T, token string) string {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("token %q", token)
	}
	p := []byte(parts[1])
	if p[5] == 'A' {
		p[5] = 'B'
	} else {
		p[5] = 'A'
	}
	return parts[0] + "." + string(p) + "." + parts[2]
}

// TestTokenExpiry advances the clock past a token's expiry.
func TestTokenExpiry(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	w.get(t, "/v1/accounts/"+w.creator.addr.Hex()+"/rewards", w.creator.token).want(t, http.StatusOK)
	w.clock.Add(11 * time.Minute) // past the session, which ends with its SIWE message (10 min), and the leeway
	w.get(t, "/v1/accounts/"+w.creator.addr.Hex()+"/rewards", w.creator.token).wantError(t, http.StatusUnauthorized, "token_expired")
	w.post(t, "/v1/campaigns", w.creator.token, map[string]any{"community_id": w.community.ID, "budget": "1",
		"rules": defaultRules()}).wantError(t, http.StatusUnauthorized, "token_expired")
	// The platform token (30 days) still works.
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "1", "ok")).want(t, http.StatusCreated)
	w.clock.Add(30 * 24 * time.Hour)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "1", "late")).wantError(t, http.StatusUnauthorized, "token_expired")
}

// TestForbidden covers the 403s: a valid token that may not do this.
func TestForbidden(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	fan := w.wallet(t, "fan")
	eventsOnly := w.testAPI.platform(t, []string{ScopeEvents}, nil)
	otherCampaign := w.testAPI.platform(t, nil, []string{"cmp_other"})
	listed := w.testAPI.platform(t, nil, nil)
	restricted := w.testAPI.campaign(t, w.creator, w.community.ID, "1000", defaultRules(), []string{listed.ID})

	ev := func(campaignID string) map[string]any {
		return map[string]any{"campaign_id": campaignID, "kind": "signup", "account": account(1).Hex()}
	}
	ref := func(campaignID string) map[string]any {
		return map[string]any{"campaign_id": campaignID, "referrer": account(1).Hex(), "referee": account(2).Hex()}
	}
	accounts := []string{"/v1/accounts/" + account(1).Hex() + "/rewards", "/v1/accounts/" + account(1).Hex() + "/awards"}
	tests := []struct {
		name   string
		method string
		path   string
		token  string
		body   any
	}{
		{"wallet awards", "POST", "/v1/awards", fan.token, award(w.campaign.ID, account(1), "1", "x")},
		{"wallet batch", "POST", "/v1/awards/batch", fan.token, map[string]any{"awards": []any{award(w.campaign.ID, account(1), "1", "x")}}},
		{"wallet events", "POST", "/v1/events", fan.token, ev(w.campaign.ID)},
		{"wallet referrals", "POST", "/v1/referrals", fan.token, ref(w.campaign.ID)},
		{"admin awards", "POST", "/v1/awards", w.admin, award(w.campaign.ID, account(1), "1", "x")},
		{"wallet platforms", "POST", "/v1/platforms", fan.token, map[string]any{"name": "x"}},
		{"platform platforms", "POST", "/v1/platforms", w.platform.Token, map[string]any{"name": "x"}},
		{"platform campaigns", "POST", "/v1/campaigns", w.platform.Token, map[string]any{"community_id": w.community.ID, "budget": "1", "rules": defaultRules()}},
		{"admin campaigns", "POST", "/v1/campaigns", w.admin, map[string]any{"community_id": w.community.ID, "budget": "1", "rules": defaultRules()}},
		{"non-creator campaign", "POST", "/v1/campaigns", fan.token, map[string]any{"community_id": w.community.ID, "budget": "1", "rules": defaultRules()}},
		{"platform community request", "POST", "/v1/communities/request", w.platform.Token, map[string]any{"name": "x", "symbol": "X"}},
		{"missing scope awards", "POST", "/v1/awards", eventsOnly.Token, award(w.campaign.ID, account(1), "1", "x")},
		{"missing scope batch", "POST", "/v1/awards/batch", eventsOnly.Token, map[string]any{"awards": []any{award(w.campaign.ID, account(1), "1", "x")}}},
		{"missing scope referrals", "POST", "/v1/referrals", eventsOnly.Token, ref(w.campaign.ID)},
		{"missing scope rewards", "GET", accounts[0], eventsOnly.Token, nil},
		{"missing scope history", "GET", accounts[1], eventsOnly.Token, nil},
		{"missing scope leaderboard", "GET", "/v1/campaigns/" + w.campaign.ID + "/leaderboard", eventsOnly.Token, nil},
		{"token not for the campaign: award", "POST", "/v1/awards", otherCampaign.Token, award(w.campaign.ID, account(1), "1", "x")},
		{"token not for the campaign: event", "POST", "/v1/events", otherCampaign.Token, ev(w.campaign.ID)},
		{"token not for the campaign: referral", "POST", "/v1/referrals", otherCampaign.Token, ref(w.campaign.ID)},
		{"token not for the campaign: batch entry", "POST", "/v1/awards/batch", otherCampaign.Token, map[string]any{"awards": []any{award(w.campaign.ID, account(1), "1", "x")}}},
		{"not on the allow-list: award", "POST", "/v1/awards", w.platform.Token, award(restricted.ID, account(1), "1", "x")},
		{"not on the allow-list: event", "POST", "/v1/events", w.platform.Token, ev(restricted.ID)},
		{"not on the allow-list: referral", "POST", "/v1/referrals", w.platform.Token, ref(restricted.ID)},
		{"wallet reads another account", "GET", accounts[0], fan.token, nil},
		{"wallet reads another history", "GET", accounts[1], fan.token, nil},
		{"admin reads an account", "GET", accounts[0], w.admin, nil},
	}
	before := w.snapshot(t, w.campaign.ID, w.platform.Token, account(1), account(2))
	beforeRestricted := w.snapshot(t, restricted.ID, w.platform.Token)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code := "forbidden"
			if tc.name == "non-creator campaign" {
				code = "not_token_creator" // read on-chain
			}
			w.do(t, call{method: tc.method, path: tc.path, token: tc.token, body: tc.body}).wantError(t, http.StatusForbidden, code)
		})
	}
	w.unchanged(t, before, w.campaign.ID, w.platform.Token, account(1), account(2))
	w.unchanged(t, beforeRestricted, restricted.ID, w.platform.Token)

	// The allow-listed platform may act on the restricted campaign; the one limited to cmp_other may not.
	w.post(t, "/v1/awards", listed.Token, award(restricted.ID, account(1), "1", "listed")).want(t, http.StatusCreated)
}

// TestPlatforms covers POST /v1/platforms.
func TestPlatforms(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)

	var p platformResponse
	h.post(t, "/v1/platforms", h.admin, map[string]any{"name": "Acme"}).want(t, http.StatusCreated).decode(t, &p)
	if !strings.HasPrefix(p.ID, "plt_") || p.Name != "Acme" || len(p.Scopes) != len(AllScopes) ||
		len(p.Campaigns) != 1 || p.Campaigns[0] != "*" {
		t.Fatalf("platform %+v", p)
	}
	cl, err := h.issuer.Verify(p.Token)
	if err != nil || cl.Role != auth.RolePlatform || cl.Subject != p.ID || !cl.MayActOn("anything") {
		t.Fatalf("token claims %+v, %v", cl, err)
	}
	stored, err := h.ledger.GetPlatform(t.Context(), p.ID)
	if err != nil || stored.Name != "Acme" || stored.Revoked {
		t.Fatalf("stored %+v, %v", stored, err)
	}

	var q platformResponse
	h.post(t, "/v1/platforms", h.admin, map[string]any{"name": "Narrow", "scopes": []string{ScopeEvents, ScopeRewardsRead},
		"campaigns": []string{"cmp_a", "cmp_b"}}).want(t, http.StatusCreated).decode(t, &q)
	if cl, err := h.issuer.Verify(q.Token); err != nil || !cl.HasScope(ScopeEvents) || cl.HasScope(ScopeAwards) ||
		!cl.MayActOn("cmp_b") || cl.MayActOn("cmp_c") {
		t.Fatalf("narrow claims %+v, %v", cl, err)
	}

	t.Run("bad input", func(t *testing.T) {
		for _, tc := range []struct {
			body       string
			docRefuses bool
		}{
			{`{}`, true},
			{`{"name":""}`, true},
			{`{"name":"` + strings.Repeat("n", 101) + `"}`, true},
			{`{"name":"x","scopes":["awards:delete"]}`, true},
			{`{"name":"x","scopes":"awards:write"}`, true},
			{`{"name":"x","campaigns":[""]}`, true},
			{`{"name":"x","campaigns":["` + strings.Repeat("c", 65) + `"]}`, true},
			{`{"name":"x","admin":true}`, true},
			{`{"name":"x"}{"name":"y"}`, false},
			{`null`, true},
		} {
			r := h.post(t, "/v1/platforms", h.admin, tc.body).wantError(t, http.StatusBadRequest, "")
			if tc.docRefuses && r.ReqErr == nil {
				t.Errorf("openapi.yaml accepts %s", tc.body)
			}
		}
	})

	t.Run("idempotency", func(t *testing.T) {
		first := h.post(t, "/v1/platforms", h.admin, map[string]any{"name": "Once"}, "Idempotency-Key", "plt-1").want(t, http.StatusCreated)
		again := h.post(t, "/v1/platforms", h.admin, map[string]any{"name": "Once"}, "Idempotency-Key", "plt-1").want(t, http.StatusCreated)
		if string(again.Body) != string(first.Body) || again.Header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("replay %s (replayed %q), first %s", again.Body, again.Header.Get("Idempotent-Replayed"), first.Body)
		}
		h.post(t, "/v1/platforms", h.admin, map[string]any{"name": "Twice"}, "Idempotency-Key", "plt-1").
			wantError(t, http.StatusConflict, "idempotency_conflict")
	})
}
