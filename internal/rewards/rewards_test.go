package rewards

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

func amt(s string) Amount {
	v, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return NewAmount(v)
}

func addr(s string) Address {
	a, err := ParseAddress(s)
	if err != nil {
		panic(err)
	}
	return Address(a)
}

func TestParseAmount(t *testing.T) {
	t.Parallel()
	max := "115792089237316195423570985008687907853269984665640564039457584007913129639935"
	for _, tc := range []struct {
		in   string
		want string // "" = refused
	}{
		{"0", "0"}, {"1", "1"}, {"1000000000000000000", "1000000000000000000"}, {max, max},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936", ""}, // 2^256
		{"", ""}, {"-1", ""}, {"+1", ""}, {"1.5", ""}, {"1e18", ""}, {"01", ""}, {" 1", ""}, {"1 ", ""},
		{"0x10", ""}, {"١", ""}, {strings.Repeat("9", 79), ""},
	} {
		got, err := ParseAmount(tc.in)
		if tc.want == "" {
			if !errors.Is(err, ErrAmount) {
				t.Errorf("ParseAmount(%q) = %v, %v; want ErrAmount", tc.in, got, err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestAmountJSON(t *testing.T) {
	t.Parallel()
	var a Amount
	for _, bad := range []string{`1`, `1.0`, `"1.0"`, `"-5"`, `null`, `true`, `"abc"`, `{}`} {
		if err := json.Unmarshal([]byte(bad), &a); err == nil {
			t.Errorf("Unmarshal(%s) accepted", bad)
		}
	}
	if err := json.Unmarshal([]byte(`"12345678901234567890123"`), &a); err != nil || a.String() != "12345678901234567890123" {
		t.Fatalf("Unmarshal: %v %s", err, a)
	}
	out, _ := json.Marshal(a)
	if string(out) != `"12345678901234567890123"` {
		t.Fatalf("Marshal = %s", out)
	}
	b := a.Big()
	b.SetInt64(0) // the copy is independent
	if a.String() != "12345678901234567890123" {
		t.Fatal("Big() aliases the amount")
	}
}

func TestParseAddress(t *testing.T) {
	t.Parallel()
	const checksummed = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	for _, tc := range []struct {
		in  string
		err error
	}{
		{checksummed, nil},
		{strings.ToLower(checksummed), nil},
		{"0x" + strings.ToUpper(checksummed[2:]), nil},
		{"0X" + strings.ToLower(checksummed[2:]), nil},
		{"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266", ErrChecksum},
		{checksummed[2:], ErrAddress},
		{checksummed[:41], ErrAddress},
		{checksummed + "0", ErrAddress},
		{"0xg39Fd6e51aad88F6F4ce6aB8827279cffFb92266", ErrAddress},
		{"", ErrAddress},
	} {
		a, err := ParseAddress(tc.in)
		if !errors.Is(err, tc.err) {
			t.Errorf("ParseAddress(%q) error %v, want %v", tc.in, err, tc.err)
		}
		if err == nil && a.Hex() != checksummed {
			t.Errorf("ParseAddress(%q) = %s", tc.in, a.Hex())
		}
	}
	var x Address
	if err := json.Unmarshal([]byte(`"`+strings.ToLower(checksummed)+`"`), &x); err != nil {
		t.Fatal(err)
	}
	if out, _ := json.Marshal(x); string(out) != `"`+checksummed+`"` {
		t.Fatalf("address JSON = %s, want checksummed", out)
	}
}

func campaign() *Campaign {
	cap := amt("1000")
	return &Campaign{
		ID: "c1", Budget: amt("1000000"),
		Rules: Rules{
			Referral:      &ReferralRule{ReferrerReward: amt("100"), RefereeReward: amt("50")},
			Contributions: map[string]Amount{"post": amt("10"), "review": amt("25")},
			RevenueShare:  &RevenueShareRule{BPS: 500, WindowDays: 30},
			DailyCap:      &cap,
		},
	}
}

func TestCampaignValidate(t *testing.T) {
	t.Parallel()
	if err := campaign().Validate(); err != nil {
		t.Fatalf("valid campaign refused: %v", err)
	}
	for _, d := range []int64{0, 1, MaxUnlinkedExpiryDays} {
		c := campaign()
		c.Rules.UnlinkedExpiryDays = &d
		if err := c.Validate(); err != nil {
			t.Fatalf("unlinked_expiry_days %d refused: %v", d, err)
		}
		if got, want := c.Rules.UnlinkedExpiry(), time.Duration(d)*24*time.Hour; got != want {
			t.Fatalf("UnlinkedExpiry() = %v, want %v", got, want)
		}
	}
	zero := Amount{}
	for name, mutate := range map[string]func(c *Campaign){
		"zero budget":         func(c *Campaign) { c.Budget = Amount{} },
		"no rules":            func(c *Campaign) { c.Rules = Rules{} },
		"referral pays 0":     func(c *Campaign) { c.Rules.Referral = &ReferralRule{} },
		"bad qualifying":      func(c *Campaign) { c.Rules.Referral.QualifyingEvent = "login" },
		"bps 0":               func(c *Campaign) { c.Rules.RevenueShare.BPS = 0 },
		"bps over 100%":       func(c *Campaign) { c.Rules.RevenueShare.BPS = MaxBPS + 1 },
		"window 0":            func(c *Campaign) { c.Rules.RevenueShare.WindowDays = 0 },
		"contribution pays 0": func(c *Campaign) { c.Rules.Contributions["post"] = Amount{} },
		"bad kind":            func(c *Campaign) { c.Rules.Contributions["Bad Kind"] = amt("1") },
		"cap 0":               func(c *Campaign) { c.Rules.DailyCap = &zero },
		"empty platform":      func(c *Campaign) { c.Platforms = []string{""} },
		"negative expiry":     func(c *Campaign) { d := int64(-1); c.Rules.UnlinkedExpiryDays = &d },
		"expiry over bound":   func(c *Campaign) { d := int64(MaxUnlinkedExpiryDays + 1); c.Rules.UnlinkedExpiryDays = &d },
	} {
		c := campaign()
		mutate(c)
		if err := c.Validate(); !errors.Is(err, ErrInvalidCampaign) {
			t.Errorf("%s: Validate() = %v, want ErrInvalidCampaign", name, err)
		}
	}
}

func TestEvaluate(t *testing.T) {
	t.Parallel()
	referrer := addr("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	fan := addr("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	ref := &Referral{Referrer: referrer, Referee: fan, At: at}
	qualified := &Referral{Referrer: referrer, Referee: fan, At: at, Qualified: true}
	v := amt("2000")
	odd := amt("39")  // 5% of 39 = 1.95 → 1
	tiny := amt("19") // 5% of 19 = 0.95 → 0: no award
	type want struct {
		account Address
		amount  string
		reason  string
		ref     bool
	}
	for _, tc := range []struct {
		name      string
		event     Event
		ref       *Referral
		now       time.Time
		awards    []want
		qualifies bool
		err       error
	}{
		{"signup with referral pays both", Event{Kind: KindSignup, Account: fan}, ref, at,
			[]want{{fan, "50", ReasonReferee, true}, {referrer, "100", ReasonReferrer, true}}, true, nil},
		{"signup already qualified pays nothing", Event{Kind: KindSignup, Account: fan}, qualified, at, nil, false, nil},
		{"signup without referral pays nothing", Event{Kind: KindSignup, Account: fan}, nil, at, nil, false, nil},
		{"contribution", Event{Kind: KindContribution, Account: fan, ContributionKind: "review"}, nil, at,
			[]want{{fan, "25", "contribution:review", false}}, false, nil},
		{"unknown contribution", Event{Kind: KindContribution, Account: fan, ContributionKind: "like"}, nil, at, nil, false, ErrUnknownContribution},
		{"contribution without kind", Event{Kind: KindContribution, Account: fan}, nil, at, nil, false, ErrInvalidEvent},
		{"purchase in window", Event{Kind: KindPurchase, Account: fan, Value: &v}, qualified, at.Add(29 * 24 * time.Hour),
			[]want{{referrer, "100", ReasonRevenueShare, false}}, false, nil},
		{"purchase on the window's last second", Event{Kind: KindPurchase, Account: fan, Value: &v}, qualified, at.Add(30 * 24 * time.Hour),
			[]want{{referrer, "100", ReasonRevenueShare, false}}, false, nil},
		{"purchase after window", Event{Kind: KindPurchase, Account: fan, Value: &v}, qualified, at.Add(30*24*time.Hour + time.Second), nil, false, nil},
		{"purchase rounds down", Event{Kind: KindPurchase, Account: fan, Value: &odd}, qualified, at, []want{{referrer, "1", ReasonRevenueShare, false}}, false, nil},
		{"purchase share rounds to 0", Event{Kind: KindPurchase, Account: fan, Value: &tiny}, qualified, at, nil, false, nil},
		{"purchase without referral", Event{Kind: KindPurchase, Account: fan, Value: &v}, nil, at, nil, false, nil},
		{"purchase without value", Event{Kind: KindPurchase, Account: fan}, qualified, at, nil, false, ErrMissingValue},
		{"unknown kind", Event{Kind: "login", Account: fan}, nil, at, nil, false, ErrInvalidEvent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, err := Evaluate(campaign(), tc.event, tc.ref, tc.now)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if out.QualifiesReferral != tc.qualifies {
				t.Errorf("QualifiesReferral = %v", out.QualifiesReferral)
			}
			if len(out.Awards) != len(tc.awards) {
				t.Fatalf("awards = %+v, want %+v", out.Awards, tc.awards)
			}
			for i, w := range tc.awards {
				a := out.Awards[i]
				if a.Account != w.account || a.Amount.String() != w.amount || a.Reason != w.reason || a.Referral != w.ref {
					t.Errorf("award %d = %+v (amount %s), want %+v", i, a, a.Amount, w)
				}
			}
		})
	}
}

func TestEvaluatePurchaseQualifies(t *testing.T) {
	t.Parallel()
	c := campaign()
	c.Rules.Referral.QualifyingEvent = KindPurchase
	referrer := addr("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	fan := addr("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	now := time.Now()
	v := NewAmount(big.NewInt(1000))
	out, err := Evaluate(c, Event{Kind: KindPurchase, Account: fan, Value: &v}, &Referral{Referrer: referrer, Referee: fan, At: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	// revenue share (5% of 1000) + both referral rewards
	if len(out.Awards) != 3 || !out.QualifiesReferral || out.Awards[0].Amount.String() != "50" {
		t.Fatalf("outcome %+v", out)
	}
}
