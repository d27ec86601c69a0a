package api

import (
	"bytes"
	"image/png"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3filter"
)

// The QR code endpoint answers image/png, which kin-openapi validates as opaque bytes.
func init() { openapi3filter.RegisterBodyDecoder("image/png", openapi3filter.FileBodyDecoder) }

// codeCampaign creates a campaign on the world's community with extra fields in its body (landing_url ...)
// and referral rules (rr added to the default referral rule).
func (w *world) codeCampaign(t *testing.T, extra map[string]any, rr map[string]any) campaignResponse {
	t.Helper()
	rules := defaultRules()
	ref := rules["referral"].(map[string]any)
	for k, v := range rr {
		ref[k] = v
	}
	body := map[string]any{"community_id": w.community.ID, "budget": "100000", "rules": rules}
	for k, v := range extra {
		body[k] = v
	}
	var out campaignResponse
	w.post(t, "/v1/campaigns", w.creator.token, body).want(t, http.StatusCreated).decode(t, &out)
	return out
}

func (w *world) referralCode(t *testing.T, campaignID, token string, body any, status int) referralCodeResponse {
	t.Helper()
	var out referralCodeResponse
	w.post(t, "/v1/campaigns/"+campaignID+"/referral-codes", token, body).want(t, status).decode(t, &out)
	return out
}

// TestReferralCodes: one stable code per (campaign, referrer), for a platform or the fan itself; its link
// sends people to the landing page with tribe_ref; platforms record referrals by code.
func TestReferralCodes(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	camp := w.codeCampaign(t, map[string]any{"landing_url": "https://shop.example/join?utm_source=tribe&tribe_ref=old#top"}, nil)
	if camp.LandingURL != "https://shop.example/join?utm_source=tribe&tribe_ref=old#top" {
		t.Fatalf("campaign landing_url %q", camp.LandingURL)
	}
	pt := w.platform.Token
	a := account(1)

	first := w.referralCode(t, camp.ID, pt, map[string]any{"referrer": a.Hex()}, http.StatusCreated)
	if len(first.Code) != 13 || first.Referrer != a.Hex() || first.CampaignID != camp.ID ||
		first.URL != "http://example.com/r/"+first.Code || first.QRURL != "http://example.com/v1/referral-codes/"+first.Code+"/qr.png" {
		t.Fatalf("code %+v", first)
	}
	if again := w.referralCode(t, camp.ID, pt, map[string]any{"referrer": strings.ToLower(a.Hex())}, http.StatusOK); again != first {
		t.Fatalf("repeat gave %+v, want %+v", again, first)
	}
	// The same referrer in another campaign, and another referrer, get other codes.
	if other := w.referralCode(t, w.campaign.ID, pt, map[string]any{"referrer": a.Hex()}, http.StatusCreated); other.Code == first.Code {
		t.Fatal("one code for two campaigns")
	}

	// The fan asks for its own, with its wallet token and no body (or a body naming itself).
	fan := w.wallet(t, "fan")
	mine := w.referralCode(t, camp.ID, fan.token, nil, http.StatusCreated)
	if mine.Referrer != fan.addr.Hex() || mine.Code == first.Code {
		t.Fatalf("fan's code %+v", mine)
	}
	if again := w.referralCode(t, camp.ID, fan.token, map[string]any{"referrer": fan.addr.Hex()}, http.StatusOK); again != mine {
		t.Fatalf("fan's repeat %+v", again)
	}
	if again := w.referralCode(t, camp.ID, fan.token, "{}", http.StatusOK); again != mine {
		t.Fatalf("fan's repeat with {} %+v", again)
	}

	// The link: 302 to the landing page, its parameters kept, tribe_ref replaced.
	r := w.get(t, "/r/"+first.Code, "").want(t, http.StatusFound)
	if loc := r.Header.Get("Location"); loc != "https://shop.example/join?utm_source=tribe&tribe_ref="+first.Code+"#top" {
		t.Fatalf("Location %q", loc)
	}
	w.get(t, "/r/"+strings.Repeat("a", 13), "").wantError(t, http.StatusNotFound, "not_found")
	w.get(t, "/r/nope", "").wantError(t, http.StatusNotFound, "not_found")
	noLanding := w.referralCode(t, w.campaign.ID, pt, map[string]any{"referrer": account(2).Hex()}, http.StatusCreated)
	w.get(t, "/r/"+noLanding.Code, "").wantError(t, http.StatusNotFound, "no_landing_url")

	// Its QR code: a 256×256 PNG.
	q := w.get(t, "/v1/referral-codes/"+mine.Code+"/qr.png", "").want(t, http.StatusOK)
	img, err := png.Decode(bytes.NewReader(q.Body))
	if err != nil || q.Header.Get("Content-Type") != "image/png" {
		t.Fatalf("QR code: %v, Content-Type %q", err, q.Header.Get("Content-Type"))
	}
	if b := img.Bounds(); b.Dx() != 256 || b.Dy() != 256 {
		t.Fatalf("QR code is %v", b)
	}
	w.get(t, "/v1/referral-codes/"+strings.Repeat("b", 13)+"/qr.png", "").wantError(t, http.StatusNotFound, "not_found")

	// A platform records a referral by the code: the code names the referrer and the campaign.
	var ref referralResponse
	w.post(t, "/v1/referrals", pt, map[string]any{"referrer_code": mine.Code, "referee": account(3).Hex()}).
		want(t, http.StatusCreated).decode(t, &ref)
	if ref.CampaignID != camp.ID || ref.Referrer != fan.addr.Hex() || ref.Referee != account(3).Hex() {
		t.Fatalf("referral by code %+v", ref)
	}
	w.post(t, "/v1/referrals", pt, map[string]any{"campaign_id": camp.ID, "referrer_code": first.Code, "referee": account(4).Hex()}).
		want(t, http.StatusCreated)
	// The referral pays the code's referrer when the referee signs up.
	w.post(t, "/v1/events", pt, event(camp.ID, "signup", account(3))).want(t, http.StatusCreated)
	if got := w.earned(t, fan.addr, w.community.TokenAddress, pt).Earned; got != "100" {
		t.Fatalf("the code's referrer earned %s, want 100", got)
	}

	before := w.snapshot(t, camp.ID, pt, a, fan.addr, account(5))
	for _, tc := range []struct {
		name   string
		token  string
		path   string
		body   any
		status int
		code   string
	}{
		{"code of another campaign", pt, "/v1/referrals", map[string]any{"campaign_id": w.campaign.ID, "referrer_code": mine.Code, "referee": account(5).Hex()}, 422, "unknown_referral_code"},
		{"unknown code", pt, "/v1/referrals", map[string]any{"referrer_code": strings.Repeat("c", 13), "referee": account(5).Hex()}, 422, "unknown_referral_code"},
		{"malformed code", pt, "/v1/referrals", map[string]any{"referrer_code": "../x", "referee": account(5).Hex()}, 422, "unknown_referral_code"},
		{"referrer and code", pt, "/v1/referrals", map[string]any{"campaign_id": camp.ID, "referrer": a.Hex(), "referrer_code": mine.Code, "referee": account(5).Hex()}, 400, "bad_request"},
		{"neither referrer nor code", pt, "/v1/referrals", map[string]any{"campaign_id": camp.ID, "referee": account(5).Hex()}, 400, "bad_request"},
		{"self-referral by code", pt, "/v1/referrals", map[string]any{"referrer_code": mine.Code, "referee": fan.addr.Hex()}, 422, "self_referral"},
		{"platform code without referrer", pt, "/v1/campaigns/" + camp.ID + "/referral-codes", map[string]any{}, 400, "bad_request"},
		{"platform code without body", pt, "/v1/campaigns/" + camp.ID + "/referral-codes", nil, 400, "bad_request"},
		{"code for an unknown campaign", pt, "/v1/campaigns/cmp_nope/referral-codes", map[string]any{"referrer": a.Hex()}, 404, "not_found"},
		{"fan asks another's code", fan.token, "/v1/campaigns/" + camp.ID + "/referral-codes", map[string]any{"referrer": a.Hex()}, 403, "forbidden"},
		{"fan code for an unknown campaign", fan.token, "/v1/campaigns/cmp_nope/referral-codes", nil, 404, "not_found"},
		{"no token", "", "/v1/campaigns/" + camp.ID + "/referral-codes", nil, 401, "unauthorized"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.post(t, tc.path, tc.token, tc.body).wantError(t, tc.status, tc.code)
		})
	}
	w.unchanged(t, before, camp.ID, pt, a, fan.addr, account(5))

	// Platforms allowed elsewhere, or without referrals:write, get no codes.
	elsewhere := w.platform2(t, nil, []string{"cmp_0000000000000000"})
	w.post(t, "/v1/campaigns/"+camp.ID+"/referral-codes", elsewhere.Token, map[string]any{"referrer": a.Hex()}).wantError(t, http.StatusForbidden, "forbidden")
	readOnly := w.platform2(t, []string{ScopeRewardsRead}, nil)
	w.post(t, "/v1/campaigns/"+camp.ID+"/referral-codes", readOnly.Token, map[string]any{"referrer": a.Hex()}).wantError(t, http.StatusForbidden, "forbidden")
}

// TestReferralVelocity: referral.max_per_day referrals per referrer per UTC day; the next one is a 422
// velocity that changes nothing; the next day starts again.
func TestReferralVelocity(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	camp := w.codeCampaign(t, nil, map[string]any{"max_per_day": 2})
	if camp.Rules.Referral.MaxPerDay == nil || *camp.Rules.Referral.MaxPerDay != 2 {
		t.Fatalf("campaign rules %+v", camp.Rules.Referral)
	}
	pt := w.platform.Token
	a := account(1)
	w.post(t, "/v1/referrals", pt, referral(camp.ID, a, account(2))).want(t, http.StatusCreated)
	w.post(t, "/v1/referrals", pt, referral(camp.ID, a, account(3))).want(t, http.StatusCreated)
	before := w.snapshot(t, camp.ID, pt, a, account(4))
	w.post(t, "/v1/referrals", pt, referral(camp.ID, a, account(4))).wantError(t, http.StatusUnprocessableEntity, "velocity")
	w.unchanged(t, before, camp.ID, pt, a, account(4))
	// Another referrer is apart; the referee can still be referred by someone else.
	w.post(t, "/v1/referrals", pt, referral(camp.ID, account(5), account(4))).want(t, http.StatusCreated)
	for _, tc := range []struct {
		name, raw, code string
	}{
		{"zero", `0`, "invalid_campaign"},
		{"negative", `-1`, "bad_request"},
		{"fractional", `1.5`, "bad_request"},
		{"a string", `"2"`, "bad_request"},
		{"too many", `1000001`, "invalid_campaign"},
	} {
		t.Run("max_per_day "+tc.name, func(t *testing.T) {
			body := `{"community_id":"` + w.community.ID + `","budget":"10","rules":{"referral":{"referrer_reward":"1","max_per_day":` + tc.raw + `}}}`
			w.post(t, "/v1/campaigns", w.creator.token, body).wantError(t, http.StatusBadRequest, tc.code)
		})
	}
	// The next UTC day (12:00 → 00:00 the day after).
	w.clock.Add(12 * time.Hour)
	w.post(t, "/v1/referrals", pt, referral(camp.ID, a, account(6))).want(t, http.StatusCreated)
}

// TestReferralFingerprints: a referral whose referrer and referee share a fingerprint is a self-referral —
// the referrer's from its events, the referee's from the referral or its own events.
func TestReferralFingerprints(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	cid, pt := w.campaign.ID, w.platform.Token
	alice, bob, carol := account(1), account(2), account(3)
	withFP := func(m map[string]any, fp string) map[string]any { m["fingerprint"] = fp; return m }

	// Alice posts from her phone.
	w.post(t, "/v1/events", pt, withFP(event(cid, "contribution", alice, "contribution_kind", "post"), "phone-alice")).
		want(t, http.StatusCreated)
	before := w.snapshot(t, cid, pt, alice, bob)
	w.post(t, "/v1/referrals", pt, withFP(referral(cid, alice, bob), "phone-alice")).wantError(t, http.StatusUnprocessableEntity, "self_referral")
	w.unchanged(t, before, cid, pt, alice, bob)
	// Carol signed up on Alice's phone before Alice referred her.
	w.post(t, "/v1/events", pt, withFP(event(cid, "signup", carol), "phone-alice")).want(t, http.StatusCreated)
	w.post(t, "/v1/referrals", pt, referral(cid, alice, carol)).wantError(t, http.StatusUnprocessableEntity, "self_referral")
	// Bob's own phone is fine.
	w.post(t, "/v1/referrals", pt, withFP(referral(cid, alice, bob), "phone-bob")).want(t, http.StatusCreated)

	for _, fp := range []string{"has space", strings.Repeat("f", 129), "caf\u00e9", "tab\there"} {
		w.post(t, "/v1/referrals", pt, withFP(referral(cid, alice, account(9)), fp)).wantError(t, http.StatusBadRequest, "invalid_fingerprint")
		w.post(t, "/v1/events", pt, withFP(event(cid, "signup", account(9)), fp)).wantError(t, http.StatusBadRequest, "invalid_fingerprint")
	}
}

// TestLandingURL: a campaign's landing_url is an absolute https URL (http for localhost), at most 2048 bytes.
func TestLandingURL(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	for _, ok := range []string{"https://shop.example", "http://localhost:3000/x?y=1"} {
		if c := w.codeCampaign(t, map[string]any{"landing_url": ok}, nil); c.LandingURL != ok {
			t.Fatalf("landing_url %q stored as %q", ok, c.LandingURL)
		}
	}
	for _, bad := range []string{"shop.example", "http://shop.example/", "javascript:alert(1)", "https://u:p@shop.example/",
		"https://shop.example/" + strings.Repeat("a", 2048)} {
		body := map[string]any{"community_id": w.community.ID, "budget": "10", "rules": defaultRules(), "landing_url": bad}
		w.post(t, "/v1/campaigns", w.creator.token, body).wantError(t, http.StatusBadRequest, "invalid_campaign")
	}
}
