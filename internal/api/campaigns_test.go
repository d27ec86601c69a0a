package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestCampaigns(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator := h.wallet(t, "creator")
	community := h.community(t, creator)
	rules := defaultRules()
	rules["daily_cap"] = "500"
	rules["referral"] = map[string]any{"referrer_reward": "100", "referee_reward": "0", "qualifying_event": "purchase"}

	first := h.post(t, "/v1/campaigns", creator.token, map[string]any{"community_id": community.ID, "budget": "1000000",
		"rules": rules, "platforms": []string{"plt_a"}}).want(t, http.StatusCreated)
	var c campaignResponse
	first.decode(t, &c)
	if !strings.HasPrefix(c.ID, "cmp_") || c.CommunityID != community.ID || c.Creator.String() != creator.addr.Hex() ||
		c.RewardToken.String() != community.TokenAddress || c.Budget.String() != "1000000" || c.RemainingBudget != "1000000" ||
		c.Awarded != "0" || c.Awards != 0 || c.Referrals != 0 || c.Holders != 0 || len(c.Platforms) != 1 ||
		!c.CreatedAt.Equal(testStart) {
		t.Fatalf("campaign %s", first.Body)
	}
	if c.Rules.DailyCap == nil || c.Rules.DailyCap.String() != "500" || c.Rules.Referral.Qualifying() != "purchase" ||
		c.Rules.RevenueShare.BPS != 500 || c.Rules.Contributions["review"].String() != "25" {
		t.Fatalf("rules %+v", c.Rules)
	}
	// GET returns what POST did.
	if got := h.get(t, "/v1/campaigns/"+c.ID, "").want(t, http.StatusOK); !jsonEqual(t, got.Body, first.Body) {
		t.Fatalf("GET %s\nPOST %s", got.Body, first.Body)
	}

	// The community's token may be named, in any case; another token may not (TestCampaignAuthority).
	var named campaignResponse
	h.post(t, "/v1/campaigns", creator.token, map[string]any{"community_id": community.ID, "budget": "5",
		"rules": defaultRules(), "reward_token": "0X" + strings.ToUpper(community.TokenAddress[2:])}).
		want(t, http.StatusCreated).decode(t, &named)
	if want := common.HexToAddress(community.TokenAddress).Hex(); named.RewardToken.String() != want {
		t.Fatalf("reward token %s, want %s", named.RewardToken, want)
	}

	t.Run("refused", func(t *testing.T) {
		fan := h.wallet(t, "fan")
		body := func(edit func(m map[string]any)) map[string]any {
			m := map[string]any{"community_id": community.ID, "budget": "1000", "rules": defaultRules()}
			if edit != nil {
				edit(m)
			}
			return m
		}
		for _, tc := range []struct {
			name       string
			token      string
			body       any
			status     int
			code       string
			docRefuses bool
		}{
			{"not the creator", fan.token, body(nil), 403, "not_token_creator", false},
			{"unknown community", creator.token, body(func(m map[string]any) { m["community_id"] = "cmt_nope" }), 404, "not_found", false},
			{"no community", creator.token, body(func(m map[string]any) { delete(m, "community_id") }), 400, "bad_request", true},
			{"no budget", creator.token, body(func(m map[string]any) { delete(m, "budget") }), 400, "invalid_campaign", false}, // optional for pooled campaigns
			{"budget 0", creator.token, body(func(m map[string]any) { m["budget"] = "0" }), 400, "invalid_campaign", false},
			{"budget a number", creator.token, body(func(m map[string]any) { m["budget"] = 1000 }), 400, "bad_request", true},
			{"budget negative", creator.token, body(func(m map[string]any) { m["budget"] = "-1000" }), 400, "bad_request", true},
			{"no rules", creator.token, body(func(m map[string]any) { delete(m, "rules") }), 400, "invalid_campaign", true},
			{"empty rules", creator.token, body(func(m map[string]any) { m["rules"] = map[string]any{} }), 400, "invalid_campaign", true},
			{"only a daily cap", creator.token, body(func(m map[string]any) { m["rules"] = map[string]any{"daily_cap": "5"} }), 400, "invalid_campaign", true},
			{"daily cap 0", creator.token, body(func(m map[string]any) { m["rules"].(map[string]any)["daily_cap"] = "0" }), 400, "invalid_campaign", true},
			{"referral pays nothing", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"referral": map[string]any{"referrer_reward": "0", "referee_reward": "0"}}
			}), 400, "invalid_campaign", false},
			{"bad qualifying event", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"referral": map[string]any{"referrer_reward": "1", "qualifying_event": "login"}}
			}), 400, "invalid_campaign", true},
			{"bps 0", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"revenue_share": map[string]any{"bps": 0, "window_days": 30}}
			}), 400, "invalid_campaign", true},
			{"bps over 100%", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"revenue_share": map[string]any{"bps": 10001, "window_days": 30}}
			}), 400, "invalid_campaign", true},
			{"bps a string", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"revenue_share": map[string]any{"bps": "500", "window_days": 30}}
			}), 400, "bad_request", true},
			{"window 0", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"revenue_share": map[string]any{"bps": 5, "window_days": 0}}
			}), 400, "invalid_campaign", true},
			{"contribution pays 0", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"contributions": map[string]any{"post": "0"}}
			}), 400, "invalid_campaign", true},
			{"bad contribution kind", creator.token, body(func(m map[string]any) {
				m["rules"] = map[string]any{"contributions": map[string]any{"Post!": "1"}}
			}), 400, "invalid_campaign", false},
			{"unknown rule", creator.token, body(func(m map[string]any) { m["rules"].(map[string]any)["streak"] = "1" }), 400, "bad_request", true},
			{"unknown field", creator.token, body(func(m map[string]any) { m["name"] = "x" }), 400, "bad_request", true},
			{"bad reward token", creator.token, body(func(m map[string]any) { m["reward_token"] = "0x12" }), 400, "bad_request", true},
			{"empty platform id", creator.token, body(func(m map[string]any) { m["platforms"] = []string{""} }), 400, "invalid_campaign", true},
			{"trailing data", creator.token, `{"community_id":"` + community.ID + `","budget":"1","rules":{"contributions":{"post":"1"}}}]`, 400, "bad_request", false},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := h.post(t, "/v1/campaigns", tc.token, tc.body).wantError(t, tc.status, tc.code)
				if tc.docRefuses && r.ReqErr == nil {
					t.Errorf("openapi.yaml accepts %v", tc.body)
				}
			})
		}
	})

	t.Run("idempotency", func(t *testing.T) {
		key := []string{"Idempotency-Key", "campaign-1"}
		b := map[string]any{"community_id": community.ID, "budget": "77", "rules": defaultRules()}
		r1 := h.post(t, "/v1/campaigns", creator.token, b, key...).want(t, http.StatusCreated)
		r2 := h.post(t, "/v1/campaigns", creator.token, b, key...).want(t, http.StatusCreated)
		if string(r1.Body) != string(r2.Body) || r2.Header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("replay %s, first %s", r2.Body, r1.Body)
		}
		b["budget"] = "78"
		h.post(t, "/v1/campaigns", creator.token, b, key...).wantError(t, http.StatusConflict, "idempotency_conflict")
		// The first campaign is unchanged; the refused one was not created.
		var c campaignResponse
		r1.decode(t, &c)
		h.get(t, "/v1/campaigns/"+c.ID, "").want(t, http.StatusOK).decode(t, &c)
		if c.Budget.String() != "77" || c.RemainingBudget != "77" {
			t.Fatalf("campaign %+v", c)
		}
		// Keys are per caller: another creator's "campaign-1" is its own.
		other := h.wallet(t, "other creator")
		oc := h.community(t, other)
		h.post(t, "/v1/campaigns", other.token, map[string]any{"community_id": oc.ID, "budget": "78", "rules": defaultRules()}, key...).
			want(t, http.StatusCreated)
	})

	t.Run("unknown", func(t *testing.T) {
		h.get(t, "/v1/campaigns/cmp_nope", "").wantError(t, http.StatusNotFound, "not_found")
	})
}

func TestLeaderboardErrors(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	base := "/v1/campaigns/" + w.campaign.ID + "/leaderboard"
	var l leaderboardResponse
	w.get(t, base, w.creator.token).want(t, http.StatusOK).decode(t, &l)
	if l.By != "earned" || len(l.Entries) != 0 || l.Entries == nil {
		t.Fatalf("empty leaderboard %s", mustJSON(t, l))
	}
	for _, q := range []string{"?by=likes", "?limit=0", "?limit=101", "?limit=ten", "?by=earned&limit=-1"} {
		r := w.get(t, base+q, w.platform.Token).wantError(t, http.StatusBadRequest, "bad_request")
		if r.ReqErr == nil {
			t.Errorf("openapi.yaml accepts %s", q)
		}
	}
	w.get(t, "/v1/campaigns/cmp_nope/leaderboard", w.platform.Token).wantError(t, http.StatusNotFound, "not_found")
	w.get(t, base, "").wantError(t, http.StatusUnauthorized, "unauthorized")
	w.get(t, base, w.admin).wantError(t, http.StatusForbidden, "forbidden")
}

func jsonEqual(t testing.TB, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return string(mustJSON(t, x)) == string(mustJSON(t, y))
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
