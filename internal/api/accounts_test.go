package api

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestAccountRewards: per token, earned from the ledger, claimed from the chain, claimable the difference.
func TestAccountRewards(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	fan := w.wallet(t, "fan")
	token := common.HexToAddress(w.community.TokenAddress)
	brand := w.wallet(t, "brand")
	escrow := w.sponsorPool(t, 1, brand, 1000)
	oc := w.pooledCampaign(t, w.creator, w.community.ID, escrow)
	w.post(t, "/v1/pools/"+escrow.Hex()+"/grants", brand.token, w.grant(escrow, oc.ID, "1000")).want(t, http.StatusCreated)

	self := "/v1/accounts/" + fan.addr.Hex() + "/rewards"
	var r rewardsResponse
	w.get(t, self, fan.token).want(t, http.StatusOK).decode(t, &r)
	if r.Account != fan.addr.Hex() || r.Tokens == nil || len(r.Tokens) != 0 {
		t.Fatalf("before any award %+v", r)
	}

	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, fan.addr, "100", "a")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", w.platform.Token, award(oc.ID, fan.addr, "7", "b")).want(t, http.StatusCreated)
	w.chain.setClaimed(token, fan.addr, 30)
	w.chain.setClaimed(escrow, fan.addr, 9) // more than earned (e.g. paid from an older root): claimable 0

	// The wallet itself, by any case of its address.
	for _, path := range []string{self, "/v1/accounts/" + strings.ToLower(fan.addr.Hex()) + "/rewards"} {
		w.get(t, path, fan.token).want(t, http.StatusOK).decode(t, &r)
		want := []tokenRewards{
			{Token: token.Hex(), Earned: "100", Pending: "0", Cumulative: "100", Claimed: "30", Claimable: "70", Debt: "0"},
			{Token: usdc.Hex(), Pool: escrow.Hex(), Earned: "7", Pending: "0", Cumulative: "7", Claimed: "9", Claimable: "0", Debt: "0"},
		}
		if token.Cmp(usdc) > 0 {
			want[0], want[1] = want[1], want[0]
		}
		if r.Account != fan.addr.Hex() || len(r.Tokens) != 2 || r.Tokens[0] != want[0] || r.Tokens[1] != want[1] {
			t.Fatalf("rewards %+v, want %+v", r, want)
		}
	}
	// A platform with rewards:read sees the same.
	var p rewardsResponse
	w.get(t, self, w.platform.Token).want(t, http.StatusOK).decode(t, &p)
	if len(p.Tokens) != 2 {
		t.Fatalf("platform view %+v", p)
	}

	// History, newest first.
	var hist historyResponse
	w.get(t, "/v1/accounts/"+fan.addr.Hex()+"/awards", fan.token).want(t, http.StatusOK).decode(t, &hist)
	if hist.Account != fan.addr.Hex() || len(hist.Awards) != 2 {
		t.Fatalf("history %+v", hist)
	}
	w.get(t, "/v1/accounts/"+fan.addr.Hex()+"/awards?limit=1", w.platform.Token).want(t, http.StatusOK).decode(t, &hist)
	if len(hist.Awards) != 1 {
		t.Fatalf("limit=1: %+v", hist)
	}

	for _, tc := range []struct {
		name, path, token string
		status            int
		code              string
		docRefuses        bool
	}{
		{"short address", "/v1/accounts/0x1234/rewards", w.platform.Token, 400, "bad_request", true},
		{"not hex", "/v1/accounts/0x" + strings.Repeat("g", 40) + "/rewards", w.platform.Token, 400, "bad_request", true},
		{"bad checksum", "/v1/accounts/" + badChecksum(t, fan.addr) + "/rewards", w.platform.Token, 400, "bad_request", false},
		{"history limit 0", "/v1/accounts/" + fan.addr.Hex() + "/awards?limit=0", fan.token, 400, "bad_request", true},
		{"history limit 101", "/v1/accounts/" + fan.addr.Hex() + "/awards?limit=101", fan.token, 400, "bad_request", true},
		{"no token", self, "", 401, "unauthorized", false},
		{"another wallet", "/v1/accounts/" + w.creator.addr.Hex() + "/rewards", fan.token, 403, "forbidden", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := w.get(t, tc.path, tc.token).wantError(t, tc.status, tc.code)
			if tc.docRefuses && r.ReqErr == nil {
				t.Errorf("openapi.yaml accepts %s", tc.path)
			}
		})
	}

	// The chain is down: 503, not a wrong claimable amount.
	w.chain.fail(errors.New("rpc: timeout"))
	w.get(t, self, fan.token).wantError(t, http.StatusServiceUnavailable, "unavailable")
	w.chain.fail(nil)
	w.get(t, self, fan.token).want(t, http.StatusOK)
}

// badChecksum writes a in mixed case with one letter's case flipped.
func badChecksum(t testing.TB, a common.Address) string {
	t.Helper()
	s := a.Hex()
	i := strings.IndexAny(s[2:], "abcdefABCDEF") + 2
	if i < 2 {
		t.Fatalf("%s has no letter", s)
	}
	out := s[:i] + flipCase(s[i:i+1]) + s[i+1:]
	if strings.ToLower(out) == out || strings.ToUpper(out[2:]) == out[2:] {
		t.Fatalf("%s is not mixed-case", out)
	}
	return out
}
