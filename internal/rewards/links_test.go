package rewards

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestCheckLandingURL(t *testing.T) {
	t.Parallel()
	for _, ok := range []string{
		"",
		"https://shop.example",
		"https://shop.example/join?utm_source=tribe&x=1#top",
		"https://shop.example:8443/a/b",
		"http://localhost:5173/landing",
		"http://127.0.0.1/",
		"http://[::1]:8080/x",
		"http://app.localhost/",
		"https://shop.example/" + strings.Repeat("a", MaxLandingURLLen-len("https://shop.example/")),
	} {
		if err := CheckLandingURL(ok); err != nil {
			t.Errorf("CheckLandingURL(%.60q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{
		"shop.example",
		"/relative/path",
		"//shop.example/x",
		"http://shop.example/",
		"ftp://shop.example/",
		"javascript:alert(1)",
		"data:text/html,hi",
		"https://user:pass@shop.example/",
		"https://",
		"https://:443/",
		"https://shop.example/a b",
		"https://shop.example/\x00",
		"https://shop.example\\@evil.example/",
		"https://shop.example/" + strings.Repeat("a", MaxLandingURLLen),
	} {
		if err := CheckLandingURL(bad); err == nil {
			t.Errorf("CheckLandingURL(%.60q) = nil, want an error", bad)
		}
	}
}

func TestCheckFingerprint(t *testing.T) {
	t.Parallel()
	for _, ok := range []string{"", "a", "fp_3f9a0c", "sha256:" + strings.Repeat("ab", 32), strings.Repeat("~", MaxFingerprintLen)} {
		if err := CheckFingerprint(ok); err != nil {
			t.Errorf("CheckFingerprint(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{" ", "a b", "tab\t", "nl\n", "\x7f", "é", strings.Repeat("x", MaxFingerprintLen+1)} {
		if err := CheckFingerprint(bad); !errors.Is(err, ErrFingerprint) {
			t.Errorf("CheckFingerprint(%q) = %v, want ErrFingerprint", bad, err)
		}
	}
}

func TestValidateLinksAndVelocity(t *testing.T) {
	t.Parallel()
	n := func(v uint32) *uint32 { return &v }
	for name, tc := range map[string]struct {
		mutate func(c *Campaign)
		ok     bool
	}{
		"landing url":          {func(c *Campaign) { c.LandingURL = "https://shop.example/join" }, true},
		"http landing url":     {func(c *Campaign) { c.LandingURL = "http://shop.example/join" }, false},
		"max_per_day 1":        {func(c *Campaign) { c.Rules.Referral.MaxPerDay = n(1) }, true},
		"max_per_day at most":  {func(c *Campaign) { c.Rules.Referral.MaxPerDay = n(MaxReferralsPerDay) }, true},
		"max_per_day 0":        {func(c *Campaign) { c.Rules.Referral.MaxPerDay = n(0) }, false},
		"max_per_day too many": {func(c *Campaign) { c.Rules.Referral.MaxPerDay = n(MaxReferralsPerDay + 1) }, false},
	} {
		c := campaign()
		tc.mutate(c)
		err := c.Validate()
		if tc.ok && err != nil {
			t.Errorf("%s: Validate() = %v", name, err)
		}
		if !tc.ok && !errors.Is(err, ErrInvalidCampaign) {
			t.Errorf("%s: Validate() = %v, want ErrInvalidCampaign", name, err)
		}
	}
	// Negative and fractional bounds are not numbers of the field's type: the JSON is refused.
	for _, raw := range []string{`{"referrer_reward":"1","max_per_day":-1}`, `{"referrer_reward":"1","max_per_day":1.5}`} {
		var r ReferralRule
		if err := json.Unmarshal([]byte(raw), &r); err == nil {
			t.Errorf("%s decoded to max_per_day %d", raw, *r.MaxPerDay)
		}
	}
}

func TestEvaluateRefusesBadFingerprint(t *testing.T) {
	t.Parallel()
	_, err := Evaluate(campaign(), Event{Kind: KindSignup, Account: addr("0x00000000000000000000000000000000000000a1"), Fingerprint: "has space"}, nil, time.Now())
	if !errors.Is(err, ErrFingerprint) {
		t.Fatalf("Evaluate = %v, want ErrFingerprint", err)
	}
}
