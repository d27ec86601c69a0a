package api

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/golang-jwt/jwt/v5"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
)

// hostileCase is one hostile request: what it sends, the exact status and error code it must get, and the
// keyspace of the ledger must be the same after it as before.
type hostileCase struct {
	name string
	// setup prepares state the case builds on (a first request to replay...); it runs before the digest.
	setup  func(t *testing.T)
	call   func(t *testing.T) call
	status int
	code   string
}

// TestHostileInput sends the bad inputs of DEVELOPERS.md and forged tokens through the real router on a real
// Redis. Each is refused with its exact status and error code, in the one error shape, and leaves every key
// of the ledger as it was (type, TTL or not, and DUMP of the value).
func TestHostileInput(t *testing.T) {
	t.Parallel()
	w, prefix := newKeyedWorld(t, "1000000", nil)
	cid := w.campaign.ID
	to := account(1)

	// Principals beyond the world's: a platform limited to another campaign, a campaign whose allow-list
	// names only that platform, a platform without awards:write, a revoked platform, another wallet.
	other := w.platform2(t, nil, []string{"cmp_0000000000000000"})
	restricted := w.campaign2(t, []string{other.ID})
	readOnly := w.platform2(t, []string{ScopeRewardsRead}, nil)
	revoked := w.platform2(t, nil, nil)
	if _, err := w.ledger.UpdatePlatform(t.Context(), revoked.ID, func(p *ledger.Platform) error { p.Revoked = true; return nil }); err != nil {
		t.Fatal(err)
	}
	stranger := w.wallet(t, "stranger")
	w.clock.Add(2 * time.Second) // past any cache of platform records (1 s)

	// Forged tokens: the claims of w.platform, signed or shaped wrongly one way each.
	now := w.clock.Now()
	claims := func(edit func(jwt.MapClaims)) jwt.MapClaims {
		c := jwt.MapClaims{"iss": testIssuer, "aud": []string{testAudience}, "sub": w.platform.ID, "role": "platform",
			"scopes": AllScopes, "campaigns": []string{"*"}, "iat": now.Unix(), "nbf": now.Unix(),
			"exp": now.Add(time.Hour).Unix(), "jti": "hostile"}
		if edit != nil {
			edit(c)
		}
		return c
	}
	sign := func(m jwt.SigningMethod, key any, c jwt.MapClaims) string {
		s, err := jwt.NewWithClaims(m, c).SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&rsaKey.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	publicPEM := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub})
	forged := map[string]string{
		"alg none":                       sign(jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, claims(nil)),
		"RS256 (HS/RS confusion)":        sign(jwt.SigningMethodRS256, rsaKey, claims(nil)),
		"ES256":                          sign(jwt.SigningMethodES256, ecKey, claims(nil)),
		"HS256 keyed with a public key":  sign(jwt.SigningMethodHS256, publicPEM, claims(nil)),
		"HS384 with the right secret":    sign(jwt.SigningMethodHS384, testSecret, claims(nil)),
		"HS256 with another secret":      sign(jwt.SigningMethodHS256, []byte(strings.Repeat("x", 40)), claims(nil)),
		"wrong aud":                      sign(jwt.SigningMethodHS256, testSecret, claims(func(c jwt.MapClaims) { c["aud"] = []string{"other-api"} })),
		"wrong iss":                      sign(jwt.SigningMethodHS256, testSecret, claims(func(c jwt.MapClaims) { c["iss"] = "someone-else" })),
		"no exp":                         sign(jwt.SigningMethodHS256, testSecret, claims(func(c jwt.MapClaims) { delete(c, "exp") })),
		"not yet valid (nbf in 1 h)":     sign(jwt.SigningMethodHS256, testSecret, claims(func(c jwt.MapClaims) { c["nbf"] = now.Add(time.Hour).Unix() })),
		"issued in the future (iat 1 h)": sign(jwt.SigningMethodHS256, testSecret, claims(func(c jwt.MapClaims) { c["iat"] = now.Add(time.Hour).Unix() })),
		"expired": sign(jwt.SigningMethodHS256, testSecret, claims(func(c jwt.MapClaims) {
			c["iat"], c["nbf"], c["exp"] = now.Add(-2*time.Hour).Unix(), now.Add(-2*time.Hour).Unix(), now.Add(-time.Hour).Unix()
		})),
		"unknown platform": sign(jwt.SigningMethodHS256, testSecret, claims(func(c jwt.MapClaims) { c["sub"] = "plt_forged" })),
	}
	// The control: the same claims signed as the issuer does are accepted, so every forgery fails for its flaw.
	w.post(t, "/v1/awards", sign(jwt.SigningMethodHS256, testSecret, claims(nil)), award(cid, account(99), "1", "control")).
		want(t, http.StatusCreated)

	awardBody := func(field, raw string) string { // a good award with one field's raw JSON replaced ("" drops it)
		parts := map[string]string{"campaign_id": `"` + cid + `"`, "account": `"` + to.Hex() + `"`, "amount": `"5"`, "reason": `"hostile"`}
		if raw == "" {
			delete(parts, field)
		} else {
			parts[field] = raw
		}
		var out []string
		for _, k := range []string{"campaign_id", "account", "amount", "reason"} {
			if v, ok := parts[k]; ok {
				out = append(out, `"`+k+`":`+v)
			}
		}
		return "{" + strings.Join(out, ",") + "}"
	}
	good := awardBody("", "")
	post := func(path, token, body string, header ...string) func(*testing.T) call {
		return func(*testing.T) call {
			c := call{method: http.MethodPost, path: path, token: token, body: body, header: map[string]string{}}
			for i := 0; i+1 < len(header); i += 2 {
				c.header[header[i]] = header[i+1]
			}
			return c
		}
	}
	pt := w.platform.Token
	awardCase := func(name, field, raw string) hostileCase {
		return hostileCase{name: name, call: post("/v1/awards", pt, awardBody(field, raw)), status: 400, code: "bad_request"}
	}
	lower := strings.ToLower(to.Hex())
	i := strings.IndexAny(to.Hex()[2:], "abcdefABCDEF") + 2
	badChecksum := to.Hex()[:i] + flipCase(to.Hex()[i:i+1]) + to.Hex()[i+1:] // one letter's case changed: mixed, not EIP-55
	if i < 2 || strings.ToLower(badChecksum) == badChecksum || strings.ToUpper(badChecksum[2:]) == badChecksum[2:] {
		t.Fatalf("%s is not mixed-case", badChecksum)
	}
	over := strings.Repeat("x", testMaxBody+1)

	// SIWE: a login made once, then replayed; and messages a wallet did not sign for this service.
	var firstLogin map[string]string
	siwe := func(edit func(*loginParts)) func(*testing.T) call {
		return func(t *testing.T) call {
			lp := loginParts{w: newWallet(t, "siwe"), nonce: w.nonce(t), h: w.testAPI}
			if edit != nil {
				edit(&lp)
			}
			return call{method: http.MethodPost, path: "/v1/auth/login", body: lp.body(t)}
		}
	}

	ref := func(a, b int) string {
		return `{"campaign_id":"` + cid + `","referrer":"` + account(a).Hex() + `","referee":"` + account(b).Hex() + `"}`
	}
	campaignBody := func(community, budget string) string {
		return `{"community_id":"` + community + `","budget":"` + budget + `","rules":{"contributions":{"post":"1"}}}`
	}

	cases := []hostileCase{
		// Malformed JSON and wrong types.
		{name: "empty body", call: post("/v1/awards", pt, ""), status: 400, code: "bad_request"},
		{name: "malformed JSON", call: post("/v1/awards", pt, `{"campaign_id":`), status: 400, code: "bad_request"},
		{name: "two objects", call: post("/v1/awards", pt, good+good), status: 400, code: "bad_request"},
		{name: "array body", call: post("/v1/awards", pt, "["+good+"]"), status: 400, code: "bad_request"},
		awardCase("invalid UTF-8 in a string", "reason", "\"\xff\xfe\""),
		awardCase("amount as a number", "amount", `5`),
		awardCase("amount as an object", "amount", `{"value":"5"}`),
		awardCase("account as a number", "account", `1`),
		awardCase("campaign_id as a list", "campaign_id", `["`+cid+`"]`),
		awardCase("reason as a number", "reason", `7`),
		awardCase("unknown field", "reason", `"hostile","memo":"x"`),
		awardCase("duplicate field with a bad value", "amount", `"5","amount":"-5"`),
		{name: "batch awards as a string", call: post("/v1/awards/batch", pt, `{"awards":"`+cid+`"}`), status: 400, code: "bad_request"},
		{name: "batch awards as an object", call: post("/v1/awards/batch", pt, `{"awards":`+good+`}`), status: 400, code: "bad_request"},
		{name: "batch of 1001", call: post("/v1/awards/batch", pt, `{"awards":[`+strings.TrimSuffix(strings.Repeat(good+",", 1001), ",")+`]}`), status: 400, code: "bad_request"},
		{name: "campaign platforms as a string", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"}},"platforms":"all"}`), status: 400, code: "bad_request"},
		{name: "campaign rules as a string", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":"all"}`), status: 400, code: "bad_request"},
		{name: "event value as a number", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"purchase","account":"`+to.Hex()+`","value":100}`), status: 400, code: "bad_request"},
		{name: "referral referee as a number", call: post("/v1/referrals", pt, `{"campaign_id":"`+cid+`","referrer":"`+to.Hex()+`","referee":2}`), status: 400, code: "bad_request"},

		// Platform users in place of accounts: exactly one of the two, bounded ids, no pseudo-accounts named
		// as wallets; identities and link tokens of users the ledger never saw.
		{name: "award to an account and a user", call: post("/v1/awards", pt, `{"campaign_id":"`+cid+`","account":"`+to.Hex()+`","user":"u1","amount":"5","reason":"x"}`), status: 400, code: "bad_request"},
		{name: "award user too long", call: post("/v1/awards", pt, `{"campaign_id":"`+cid+`","user":"`+strings.Repeat("u", 129)+`","amount":"5","reason":"x"}`), status: 400, code: "invalid_user"},
		{name: "award user empty", call: post("/v1/awards", pt, `{"campaign_id":"`+cid+`","user":"","amount":"5","reason":"x"}`), status: 400, code: "bad_request"},
		{name: "award user with a newline", call: post("/v1/awards", pt, `{"campaign_id":"`+cid+`","user":"a\nb","amount":"5","reason":"x"}`), status: 400, code: "invalid_user"},
		{name: "award user as a number", call: post("/v1/awards", pt, `{"campaign_id":"`+cid+`","user":42,"amount":"5","reason":"x"}`), status: 400, code: "bad_request"},
		{name: "award to a pseudo-account", call: post("/v1/awards", pt, `{"campaign_id":"`+cid+`","account":"`+ledger.UserAccount(w.platform.ID, "u1").Hex()+`","amount":"5","reason":"x"}`), status: 400, code: "reserved_account"},
		{name: "batch entry with account and user", call: post("/v1/awards/batch", pt, `{"awards":[`+good+`,{"campaign_id":"`+cid+`","account":"`+to.Hex()+`","user":"u1","amount":"5","reason":"x"}]}`), status: 400, code: "bad_request"},
		{name: "event with account and user", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"signup","account":"`+to.Hex()+`","user":"u1"}`), status: 400, code: "bad_request"},
		{name: "event user too long", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"signup","user":"`+strings.Repeat("é", 65)+`"}`), status: 400, code: "invalid_user"},
		{name: "referral with referrer and referrer_user", call: post("/v1/referrals", pt, `{"campaign_id":"`+cid+`","referrer":"`+to.Hex()+`","referrer_user":"u1","referee":"`+account(2).Hex()+`"}`), status: 400, code: "bad_request"},
		{name: "referral referee_user too long", call: post("/v1/referrals", pt, `{"campaign_id":"`+cid+`","referrer":"`+to.Hex()+`","referee_user":"`+strings.Repeat("x", 200)+`"}`), status: 400, code: "invalid_user"},
		{name: "referral code with referrer and referrer_user", call: post("/v1/campaigns/"+cid+"/referral-codes", pt, `{"referrer":"`+to.Hex()+`","referrer_user":"u1"}`), status: 400, code: "bad_request"},
		{name: "link an unknown user", call: post("/v1/identities", pt, `{"user":"never-seen","account":"`+to.Hex()+`"}`), status: 404, code: "unknown_user"},
		{name: "link a user to a pseudo-account", call: post("/v1/identities", pt, `{"user":"never-seen","account":"`+ledger.UserAccount("x", "y").Hex()+`"}`), status: 400, code: "reserved_account"},
		{name: "link user as a number", call: post("/v1/identities", pt, `{"user":7,"account":"`+to.Hex()+`"}`), status: 400, code: "bad_request"},
		{name: "link token for an unknown user", call: post("/v1/identities/link-tokens", pt, `{"user":"never-seen"}`), status: 404, code: "unknown_user"},
		{name: "link token without the scope", call: post("/v1/identities/link-tokens", readOnly.Token, `{"user":"never-seen"}`), status: 403, code: "forbidden"},
		{name: "redeem an unknown link token", call: post("/v1/identities/link", stranger.token, `{"token":"lnk_AAAA"}`), status: 404, code: "unknown_link_token"},
		{name: "redeem a link token as a platform", call: post("/v1/identities/link", pt, `{"token":"lnk_AAAA"}`), status: 403, code: "forbidden"},
		{name: "unlink as a platform", call: func(*testing.T) call {
			return call{method: http.MethodDelete, path: "/v1/identities/" + w.platform.ID + "/u1", token: pt}
		}, status: 403, code: "forbidden"},

		// Amounts: decimal strings of [1, 2^256-1] only.
		awardCase("amount negative", "amount", `"-5"`),
		awardCase("amount fractional", "amount", `"1.5"`),
		awardCase("amount 1e18", "amount", `"1e18"`),
		awardCase("amount hex", "amount", `"0x10"`),
		awardCase("amount 2^256", "amount", `"115792089237316195423570985008687907853269984665640564039457584007913129639936"`),
		awardCase("amount leading +", "amount", `"+5"`),
		awardCase("amount leading zero", "amount", `"05"`),
		awardCase("amount empty", "amount", `""`),
		awardCase("amount zero", "amount", `"0"`),
		awardCase("amount with a space", "amount", `"5 "`),
		{name: "budget negative", call: post("/v1/campaigns", w.creator.token, campaignBody(w.community.ID, "-1")), status: 400, code: "bad_request"},
		{name: "budget over 2^256-1", call: post("/v1/campaigns", w.creator.token, campaignBody(w.community.ID, strings.Repeat("9", 79))), status: 400, code: "bad_request"},
		{name: "budget zero", call: post("/v1/campaigns", w.creator.token, campaignBody(w.community.ID, "0")), status: 400, code: "invalid_campaign"},
		{name: "purchase value fractional", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"purchase","account":"`+to.Hex()+`","value":"2.5"}`), status: 400, code: "bad_request"},
		{name: "award over the budget", call: post("/v1/awards", pt, awardBody("amount", `"1000001"`)), status: 422, code: "budget_exhausted"},

		// Addresses: 0x and 40 hex digits, any single case, or mixed case with a valid EIP-55 checksum.
		awardCase("account short", "account", `"0x1234"`),
		awardCase("account not hex", "account", `"0x`+strings.Repeat("g", 40)+`"`),
		awardCase("account without 0x", "account", `"`+lower[2:]+`"`),
		awardCase("account 41 digits", "account", `"`+lower+`0"`),
		awardCase("account bad EIP-55 checksum", "account", `"`+badChecksum+`"`),
		awardCase("account zero address", "account", `"0x0000000000000000000000000000000000000000"`),
		{name: "referrer bad checksum", call: post("/v1/referrals", pt, `{"campaign_id":"`+cid+`","referrer":"`+badChecksum+`","referee":"`+account(2).Hex()+`"}`), status: 400, code: "bad_request"},

		// Oversized bodies, with and without a Content-Length.
		{name: "body over the limit", call: post("/v1/awards", pt, over), status: 413, code: "too_large"},
		{name: "chunked body over the limit", call: func(t *testing.T) call {
			c := post("/v1/awards/batch", pt, over)(t)
			c.chunked = true
			return c
		}, status: 413, code: "too_large"},

		// Idempotency-Key: malformed, or replayed with another body.
		{name: "idempotency key with a space", call: post("/v1/awards", pt, good, "Idempotency-Key", "a b"), status: 400, code: "bad_request"},
		{name: "idempotency key of 256 characters", call: post("/v1/awards", pt, good, "Idempotency-Key", strings.Repeat("k", 256)), status: 400, code: "bad_request"},
		{name: "award key replayed with another body",
			setup: func(t *testing.T) {
				w.post(t, "/v1/awards", pt, good, "Idempotency-Key", "hostile-1").want(t, http.StatusCreated)
			},
			call: post("/v1/awards", pt, awardBody("amount", `"6"`), "Idempotency-Key", "hostile-1"), status: 409, code: "idempotency_conflict"},
		{name: "award key replayed on the batch endpoint",
			call: post("/v1/awards/batch", pt, `{"awards":[`+good+`]}`, "Idempotency-Key", "hostile-1"), status: 409, code: "idempotency_conflict"},
		{name: "event key replayed with another body",
			setup: func(t *testing.T) {
				w.post(t, "/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"contribution","account":"`+to.Hex()+`","contribution_kind":"post"}`,
					"Idempotency-Key", "hostile-2").want(t, http.StatusCreated)
			},
			call:   post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"contribution","account":"`+to.Hex()+`","contribution_kind":"review"}`, "Idempotency-Key", "hostile-2"),
			status: 409, code: "idempotency_conflict"},
		{name: "referral key replayed with another body",
			setup: func(t *testing.T) {
				w.post(t, "/v1/referrals", pt, ref(10, 11), "Idempotency-Key", "hostile-3").want(t, http.StatusCreated)
			},
			call: post("/v1/referrals", pt, ref(10, 12), "Idempotency-Key", "hostile-3"), status: 409, code: "idempotency_conflict"},
		{name: "campaign key replayed with another body",
			setup: func(t *testing.T) {
				w.post(t, "/v1/campaigns", w.creator.token, campaignBody(w.community.ID, "10"), "Idempotency-Key", "hostile-4").want(t, http.StatusCreated)
			},
			call: post("/v1/campaigns", w.creator.token, campaignBody(w.community.ID, "11"), "Idempotency-Key", "hostile-4"), status: 409, code: "idempotency_conflict"},

		// Rule refusals.
		{name: "unknown campaign", call: post("/v1/awards", pt, awardBody("campaign_id", `"cmp_nope"`)), status: 404, code: "not_found"},
		{name: "unknown event kind", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"login","account":"`+to.Hex()+`"}`), status: 400, code: "invalid_event"},
		{name: "unknown contribution kind", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"contribution","account":"`+to.Hex()+`","contribution_kind":"spam"}`), status: 422, code: "unknown_contribution"},
		{name: "purchase without a value", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"purchase","account":"`+to.Hex()+`"}`), status: 400, code: "missing_value"},
		// The award lifecycle's fields.
		{name: "negative hold", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"hold_seconds":-1}}`), status: 400, code: "invalid_campaign"},
		{name: "fractional hold", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"hold_seconds":1.5}}`), status: 400, code: "bad_request"},
		{name: "hold as a string", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"hold_seconds":"60"}}`), status: 400, code: "bad_request"},
		{name: "negative revenue-share hold", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"revenue_share":{"bps":10,"window_days":1,"hold_seconds":-5}}}`), status: 400, code: "invalid_campaign"},
		{name: "negative unlinked expiry", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"unlinked_expiry_days":-1}}`), status: 400, code: "invalid_campaign"},
		{name: "fractional unlinked expiry", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"unlinked_expiry_days":0.5}}`), status: 400, code: "bad_request"},
		{name: "unlinked expiry as a string", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"unlinked_expiry_days":"30"}}`), status: 400, code: "bad_request"},
		{name: "unlinked expiry past 10 years", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"unlinked_expiry_days":3651}}`), status: 400, code: "invalid_campaign"},
		{name: "unlinked expiry past int64", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"unlinked_expiry_days":1e30}}`), status: 400, code: "bad_request"},
		{name: "unknown approval mode", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"1","rules":{"contributions":{"post":"1"},"approval":"later"}}`), status: 400, code: "invalid_campaign"},
		{name: "refund of an unknown event", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"refund","account":"`+to.Hex()+`","ref_event_id":"nope"}`), status: 422, code: "unknown_event"},
		{name: "refund larger than the purchase",
			setup: func(t *testing.T) {
				w.post(t, "/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"purchase","account":"`+to.Hex()+`","value":"100","event_id":"hostile-order"}`).want(t, http.StatusCreated)
			},
			call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"refund","account":"`+to.Hex()+`","ref_event_id":"hostile-order","value":"101"}`), status: 422, code: "refund_exceeds_purchase"},
		{name: "refund of another account's purchase", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"refund","account":"`+account(9).Hex()+`","ref_event_id":"hostile-order"}`), status: 422, code: "unknown_event"},
		{name: "refund value negative", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"refund","account":"`+to.Hex()+`","ref_event_id":"hostile-order","value":"-1"}`), status: 400, code: "bad_request"},
		{name: "refund value fractional", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"refund","account":"`+to.Hex()+`","ref_event_id":"hostile-order","value":"0.5"}`), status: 400, code: "bad_request"},
		{name: "event_id too long", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"signup","account":"`+to.Hex()+`","event_id":"`+strings.Repeat("e", 129)+`"}`), status: 400, code: "invalid_event"},
		{name: "review with nothing to review", call: post("/v1/campaigns/"+cid+"/awards/review", w.creator.token, `{}`), status: 400, code: "bad_request"},
		{name: "review by a platform without awards:review", call: post("/v1/campaigns/"+cid+"/awards/review", pt, `{"reject":["x"]}`), status: 403, code: "forbidden"},
		{name: "block in another campaign", call: func(t *testing.T) call {
			reviewer := w.platform2(t, []string{ScopeReview}, []string{restricted.ID})
			return post("/v1/campaigns/"+cid+"/blocks", reviewer.Token, `{"account":"`+to.Hex()+`","reason":"x"}`)(t)
		}, status: 403, code: "forbidden"},
		{name: "block without a reason", call: post("/v1/campaigns/"+cid+"/blocks", w.creator.token, `{"account":"`+to.Hex()+`"}`), status: 400, code: "bad_request"},
		{name: "block by a stranger", call: post("/v1/campaigns/"+cid+"/blocks", stranger.token, `{"account":"`+to.Hex()+`","reason":"x"}`), status: 403, code: "forbidden"},
		{name: "self-referral", call: post("/v1/referrals", pt, ref(20, 20)), status: 422, code: "self_referral"},
		{name: "second referrer", call: post("/v1/referrals", pt, ref(21, 11)), status: 409, code: "already_referred"},
		{name: "referral cycle", call: post("/v1/referrals", pt, ref(11, 10)), status: 422, code: "referral_cycle"},
		{name: "campaign on another's community", call: post("/v1/campaigns", stranger.token, campaignBody(w.community.ID, "10")), status: 403, code: "not_token_creator"},

		// Sign-in replays and forgeries.
		{name: "replayed SIWE login",
			setup: func(t *testing.T) {
				c := siwe(nil)(t)
				firstLogin = c.body.(map[string]string)
				w.do(t, c).want(t, http.StatusOK)
			},
			call:   func(*testing.T) call { return call{method: http.MethodPost, path: "/v1/auth/login", body: firstLogin} },
			status: 401, code: "unauthorized"},
		{name: "SIWE nonce the server never issued", call: siwe(func(lp *loginParts) { lp.nonce = "neverissued123" }), status: 401, code: "unauthorized"},
		{name: "SIWE signed by another wallet", call: siwe(func(lp *loginParts) { lp.signer = newWallet(t, "impostor") }), status: 401, code: "invalid_login"},
		{name: "SIWE for another domain", call: siwe(func(lp *loginParts) { lp.edit = func(m *auth.Message) { m.Domain = "evil.test" } }), status: 401, code: "invalid_login"},
		{name: "SIWE for another chain", call: siwe(func(lp *loginParts) { lp.edit = func(m *auth.Message) { m.ChainID = 1 } }), status: 401, code: "invalid_login"},
		{name: "SIWE expired", call: siwe(func(lp *loginParts) {
			lp.edit = func(m *auth.Message) {
				exp := m.IssuedAt.Add(-time.Second)
				m.IssuedAt, m.ExpirationTime = m.IssuedAt.Add(-5*time.Minute), &exp
			}
		}), status: 401, code: "invalid_login"},
		{name: "SIWE high-s signature", call: siwe(func(lp *loginParts) { lp.highS = true }), status: 401, code: "invalid_login"},
		{name: "SIWE malformed message", call: siwe(func(lp *loginParts) { lp.raw = "hello" }), status: 400, code: "invalid_siwe_message"},
		{name: "SIWE signature not hex", call: siwe(func(lp *loginParts) { lp.sigText = "zz" }), status: 400, code: "bad_request"},

		// Tokens that are not this platform's, or not a platform's.
		{name: "no token", call: post("/v1/awards", "", good), status: 401, code: "unauthorized"},
		{name: "Basic credentials", call: func(t *testing.T) call {
			c := post("/v1/awards", "", good)(t)
			c.header["Authorization"] = "Basic dHJpYmU6dHJpYmU="
			return c
		}, status: 401, code: "unauthorized"},
		{name: "wallet token on a platform endpoint", call: post("/v1/awards", w.creator.token, good), status: 403, code: "forbidden"},
		{name: "admin token on a platform endpoint", call: post("/v1/awards", w.admin, good), status: 403, code: "forbidden"},
		{name: "platform token on a wallet endpoint", call: post("/v1/campaigns", pt, campaignBody(w.community.ID, "10")), status: 403, code: "forbidden"},
		{name: "platform without awards:write", call: post("/v1/awards", readOnly.Token, good), status: 403, code: "forbidden"},
		{name: "revoked platform", call: post("/v1/awards", revoked.Token, good), status: 401, code: "unauthorized"},
		{name: "platform token on another platform's campaign", call: post("/v1/awards", other.Token, good), status: 403, code: "forbidden"},
		{name: "campaign whose allow-list excludes the platform", call: post("/v1/awards", pt, awardBody("campaign_id", `"`+restricted.ID+`"`)), status: 403, code: "forbidden"},
		{name: "batch mixing an allowed and a forbidden campaign", call: post("/v1/awards/batch", pt,
			`{"awards":[`+good+`,`+awardBody("campaign_id", `"`+restricted.ID+`"`)+`]}`), status: 403, code: "forbidden"},
	}
	cases = append(cases, referralHostileCases(t, w)...)
	for name, tok := range forged {
		tc := hostileCase{name: "forged token: " + name, call: post("/v1/awards", tok, good), status: 401, code: "invalid_token"}
		switch name {
		case "expired":
			tc.code = "token_expired"
		case "unknown platform":
			tc.code = "unauthorized"
		}
		cases = append(cases, tc)
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				tc.setup(t)
			}
			c := tc.call(t)
			before := keyspaceOf(t, prefix)
			r := w.do(t, c)
			r.wantError(t, tc.status, tc.code)
			wantErrorShape(t, r.Status, r.Body)
			if d := before.diff(keyspaceOf(t, prefix), preScriptWrites(prefix)); d != "" {
				t.Fatalf("refused with %d %s, but the ledger changed:\n%s", r.Status, r.Body, d)
			}
		})
	}

	// Without an Idempotency-Key (it is optional, openapi.yaml) a write is accepted and applied once per request;
	// and the digest sees what an accepted award writes, so an unchanged digest above means something.
	t.Run("no idempotency key", func(t *testing.T) {
		before := w.earned(t, account(30), w.community.TokenAddress, pt).Earned
		for range 2 {
			keys := keyspaceOf(t, prefix)
			w.post(t, "/v1/awards", pt, award(cid, account(30), "3", "no key")).want(t, http.StatusCreated)
			d := keys.diff(keyspaceOf(t, prefix), nil)
			for _, part := range []string{":cum", ":camp:" + cid, ":journal:" + cid} {
				if !strings.Contains(d, part+"\n") && !strings.HasSuffix(d, part) {
					t.Errorf("an accepted award did not change the key ending %s; digest diff:\n%s", part, d)
				}
			}
		}
		if after := w.earned(t, account(30), w.community.TokenAddress, pt).Earned; before != "0" || after != "6" {
			t.Fatalf("earned %s then %s, want 0 then 6", before, after)
		}
	})
}

// platform2 registers another platform through the API (as admin); nil scopes or campaigns mean all.
func (w *world) platform2(t *testing.T, scopes, campaigns []string) platformResponse {
	t.Helper()
	return w.testAPI.platform(t, scopes, campaigns)
}

// campaign2 creates another campaign on the world's community, limited to platforms.
func (w *world) campaign2(t *testing.T, platforms []string) campaignResponse {
	t.Helper()
	return w.testAPI.campaign(t, w.creator, w.community.ID, "1000", defaultRules(), platforms)
}

// loginParts builds a POST /v1/auth/login body for w with one flaw chosen by the case.
type loginParts struct {
	h       *testAPI
	w       *wallet
	signer  *wallet // signs instead of w, when set
	nonce   string
	edit    func(*auth.Message)
	highS   bool   // send the signature's malleable twin (s' = n - s)
	raw     string // send this text instead of the message, when set
	sigText string // send this instead of the hex signature, when set
}

func (lp *loginParts) body(t *testing.T) map[string]string {
	t.Helper()
	m := lp.h.siweMessage(lp.w, lp.nonce)
	if lp.edit != nil {
		lp.edit(&m)
	}
	text := m.String()
	if lp.raw != "" {
		text = lp.raw
	}
	signer := lp.w
	if lp.signer != nil {
		signer = lp.signer
	}
	sig := personalSign(t, signer.key, text)
	if lp.highS {
		s := new(big.Int).SetBytes(sig[32:64])
		s.Sub(crypto.S256().Params().N, s)
		s.FillBytes(sig[32:64])
		sig[64] = 27 + 28 - sig[64] // 27 <-> 28: the twin recovers the same key with the other parity
	}
	out := map[string]string{"message": text, "signature": hexutil.Encode(sig)}
	if lp.sigText != "" {
		out["signature"] = lp.sigText
	}
	return out
}

// referralHostileCases are the hostile inputs of referral codes, landing pages, velocity and fingerprints.
func referralHostileCases(t *testing.T, w *world) []hostileCase {
	t.Helper()
	cid, pt := w.campaign.ID, w.platform.Token
	fan := w.wallet(t, "hostile fan")
	limited := w.testAPI.campaign(t, w.creator, w.community.ID, "1000",
		map[string]any{"referral": map[string]any{"referrer_reward": "1", "max_per_day": 1}}, nil)
	var code referralCodeResponse
	w.post(t, "/v1/campaigns/"+cid+"/referral-codes", fan.token, nil).want(t, http.StatusCreated).decode(t, &code)
	w.post(t, "/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"contribution","account":"`+account(40).Hex()+
		`","contribution_kind":"post","fingerprint":"device-40"}`).want(t, http.StatusCreated)
	post := func(path, token, body string) func(*testing.T) call {
		return func(*testing.T) call { return call{method: http.MethodPost, path: path, token: token, body: body} }
	}
	get := func(path string) func(*testing.T) call {
		return func(*testing.T) call { return call{method: http.MethodGet, path: path} }
	}
	ref := func(fields string) string { return `{"referee":"` + account(41).Hex() + `",` + fields + `}` }
	campaign := func(fields string) string {
		return `{"community_id":"` + w.community.ID + `","budget":"10","rules":{"referral":{"referrer_reward":"1"` + fields + `}}}`
	}
	landing := func(u string) string {
		return `{"community_id":"` + w.community.ID + `","budget":"10","rules":{"contributions":{"post":"1"}},"landing_url":"` + u + `"}`
	}
	codes := "/v1/campaigns/" + cid + "/referral-codes"
	return []hostileCase{
		// Codes that do not exist, or are not the campaign's.
		{name: "referral by an unknown code", call: post("/v1/referrals", pt, ref(`"referrer_code":"aaaaaaaaaaaaa"`)), status: 422, code: "unknown_referral_code"},
		{name: "referral by a code with braces", call: post("/v1/referrals", pt, ref(`"referrer_code":"{x}:aaaaaaaaa"`)), status: 422, code: "unknown_referral_code"},
		{name: "referral by another campaign's code", call: post("/v1/referrals", pt, ref(`"campaign_id":"`+limited.ID+`","referrer_code":"`+code.Code+`"`)), status: 422, code: "unknown_referral_code"},
		{name: "referral code as a number", call: post("/v1/referrals", pt, ref(`"referrer_code":7`)), status: 400, code: "bad_request"},
		{name: "referral by referrer and code", call: post("/v1/referrals", pt, ref(`"campaign_id":"`+cid+`","referrer":"`+account(42).Hex()+`","referrer_code":"`+code.Code+`"`)), status: 400, code: "bad_request"},
		{name: "link of an unknown code", call: get("/r/aaaaaaaaaaaaa"), status: 404, code: "not_found"},
		{name: "link of a code with a hash tag", call: get("/r/%7Bx%7D"), status: 404, code: "not_found"},
		{name: "link of a campaign without a landing page", call: get("/r/" + code.Code), status: 404, code: "no_landing_url"},
		{name: "QR code of an unknown code", call: get("/v1/referral-codes/aaaaaaaaaaaaa/qr.png"), status: 404, code: "not_found"},
		{name: "code for an unknown campaign", call: post("/v1/campaigns/cmp_nope/referral-codes", pt, `{"referrer":"`+account(42).Hex()+`"}`), status: 404, code: "not_found"},
		{name: "code for the zero address", call: post(codes, pt, `{"referrer":"0x0000000000000000000000000000000000000000"}`), status: 400, code: "bad_request"},
		{name: "fan's code for someone else", call: post(codes, fan.token, `{"referrer":"`+account(42).Hex()+`"}`), status: 403, code: "forbidden"},
		{name: "code with an unknown field", call: post(codes, fan.token, `{"code":"mine"}`), status: 400, code: "bad_request"},

		// Landing pages.
		{name: "landing_url javascript:", call: post("/v1/campaigns", w.creator.token, landing("javascript:alert(1)")), status: 400, code: "invalid_campaign"},
		{name: "landing_url plain http", call: post("/v1/campaigns", w.creator.token, landing("http://shop.example/")), status: 400, code: "invalid_campaign"},
		{name: "landing_url relative", call: post("/v1/campaigns", w.creator.token, landing("/join")), status: 400, code: "invalid_campaign"},
		{name: "landing_url with credentials", call: post("/v1/campaigns", w.creator.token, landing("https://a:b@shop.example/")), status: 400, code: "invalid_campaign"},
		{name: "landing_url over 2048 bytes", call: post("/v1/campaigns", w.creator.token, landing("https://shop.example/"+strings.Repeat("a", 2048))), status: 400, code: "invalid_campaign"},
		{name: "landing_url as a number", call: post("/v1/campaigns", w.creator.token, `{"community_id":"`+w.community.ID+`","budget":"10","rules":{"contributions":{"post":"1"}},"landing_url":1}`), status: 400, code: "bad_request"},

		// Velocity.
		{name: "max_per_day negative", call: post("/v1/campaigns", w.creator.token, campaign(`,"max_per_day":-1`)), status: 400, code: "bad_request"},
		{name: "max_per_day fractional", call: post("/v1/campaigns", w.creator.token, campaign(`,"max_per_day":1.5`)), status: 400, code: "bad_request"},
		{name: "max_per_day zero", call: post("/v1/campaigns", w.creator.token, campaign(`,"max_per_day":0`)), status: 400, code: "invalid_campaign"},
		{name: "max_per_day over 2^32", call: post("/v1/campaigns", w.creator.token, campaign(`,"max_per_day":4294967297`)), status: 400, code: "bad_request"},
		{name: "referral over max_per_day",
			setup: func(t *testing.T) {
				w.post(t, "/v1/referrals", pt, referral(limited.ID, account(43), account(44))).want(t, http.StatusCreated)
			},
			call: post("/v1/referrals", pt, string(mustJSON(t, referral(limited.ID, account(43), account(45))))), status: 422, code: "velocity"},

		// Fingerprints.
		{name: "referral fingerprint with a space", call: post("/v1/referrals", pt, ref(`"campaign_id":"`+cid+`","referrer":"`+account(42).Hex()+`","fingerprint":"a b"`)), status: 400, code: "invalid_fingerprint"},
		{name: "referral fingerprint of 129 bytes", call: post("/v1/referrals", pt, ref(`"campaign_id":"`+cid+`","referrer":"`+account(42).Hex()+`","fingerprint":"`+strings.Repeat("f", 129)+`"`)), status: 400, code: "invalid_fingerprint"},
		{name: "referral fingerprint not ASCII", call: post("/v1/referrals", pt, ref(`"campaign_id":"`+cid+`","referrer":"`+account(42).Hex()+`","fingerprint":"caf\u00e9"`)), status: 400, code: "invalid_fingerprint"},
		{name: "referral fingerprint as an object", call: post("/v1/referrals", pt, ref(`"campaign_id":"`+cid+`","referrer":"`+account(42).Hex()+`","fingerprint":{"ip":"10.0.0.1"}`)), status: 400, code: "bad_request"},
		{name: "event fingerprint with a control character", call: post("/v1/events", pt, `{"campaign_id":"`+cid+`","kind":"signup","account":"`+account(41).Hex()+`","fingerprint":"a\u0000"}`), status: 400, code: "invalid_fingerprint"},
		{name: "referral sharing the referrer's fingerprint", call: post("/v1/referrals", pt, ref(`"campaign_id":"`+cid+`","referrer":"`+account(40).Hex()+`","fingerprint":"device-40"`)), status: 422, code: "self_referral"},
	}
}
