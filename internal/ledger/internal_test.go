package ledger

import (
	"context"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

// decimalTestScript runs decimalLua on pairs: ARGV = a1, b1, a2, b2, ... and returns, per pair,
// add, sub (a-b, or "-" if a < b), cmp, min, pad(a), and cmp of their limbs.
var decimalTestScript = redis.NewScript(decimalLua + `
local out = {}
for i = 1, #ARGV, 2 do
  local a, b = ARGV[i], ARGV[i + 1]
  local c = dcmp(a, b)
  out[#out + 1] = dadd(a, b)
  if c >= 0 then out[#out + 1] = dsub(a, b) else out[#out + 1] = '-' end
  out[#out + 1] = tostring(c)
  out[#out + 1] = dmin(a, b)
  out[#out + 1] = dpad(a)
  out[#out + 1] = tostring(lcmp(dlimbs(a), dlimbs(b)))
end
return out
`)

func TestDecimalLua(t *testing.T) {
	t.Parallel()
	rdb := ledgertest.Redis(t)
	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	pow := func(e int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(e), nil) }
	sub1 := func(x *big.Int) *big.Int { return new(big.Int).Sub(x, big.NewInt(1)) }
	edges := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(9), big.NewInt(10), sub1(pow(13)), pow(13),
		sub1(pow(14)), pow(14), new(big.Int).Add(pow(14), big.NewInt(1)), sub1(pow(28)), pow(28), sub1(pow(42)),
		new(big.Int).Lsh(big.NewInt(1), 53), new(big.Int).Lsh(big.NewInt(1), 64), new(big.Int).Lsh(big.NewInt(1), 255),
		sub1(pow(77)), pow(77), sub1(maxU), maxU}
	var pairs [][2]*big.Int
	for _, a := range edges {
		for _, b := range edges {
			pairs = append(pairs, [2]*big.Int{a, b})
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	random := func() *big.Int {
		digits := 1 + rng.IntN(78)
		var sb strings.Builder
		for i := range digits {
			d := rng.IntN(10)
			if i == 0 && digits > 1 {
				d = 1 + rng.IntN(9)
			}
			// Runs of 9s and 0s make carries and borrows cross limbs.
			switch rng.IntN(4) {
			case 0:
				d = 9
			case 1:
				if i > 0 {
					d = 0
				}
			}
			sb.WriteByte(byte('0' + d))
		}
		v, _ := new(big.Int).SetString(sb.String(), 10)
		return v.Mod(v, new(big.Int).Add(maxU, big.NewInt(1)))
	}
	for range 2000 {
		a := random()
		b := random()
		pairs = append(pairs, [2]*big.Int{a, b}, [2]*big.Int{a, new(big.Int).Set(a)})
	}
	for chunk := 0; chunk < len(pairs); chunk += 500 {
		batch := pairs[chunk:min(chunk+500, len(pairs))]
		args := make([]any, 0, 2*len(batch))
		for _, p := range batch {
			args = append(args, p[0].String(), p[1].String())
		}
		res, err := decimalTestScript.Run(context.Background(), rdb, nil, args...).StringSlice()
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range batch {
			a, b := p[0], p[1]
			got := res[6*i : 6*i+6]
			if want := new(big.Int).Add(a, b).String(); got[0] != want {
				t.Errorf("%s + %s = %s, want %s", a, b, got[0], want)
			}
			wantSub := "-"
			if a.Cmp(b) >= 0 {
				wantSub = new(big.Int).Sub(a, b).String()
			}
			if got[1] != wantSub {
				t.Errorf("%s - %s = %s, want %s", a, b, got[1], wantSub)
			}
			if want := a.Cmp(b); got[2] != big.NewInt(int64(want)).String() {
				t.Errorf("cmp(%s, %s) = %s, want %d", a, b, got[2], want)
			}
			wantMin := a
			if b.Cmp(a) < 0 {
				wantMin = b
			}
			if got[3] != wantMin.String() {
				t.Errorf("min(%s, %s) = %s, want %s", a, b, got[3], wantMin)
			}
			if want := strings.Repeat("0", 78-len(a.String())) + a.String(); got[4] != want {
				t.Errorf("pad(%s) = %s", a, got[4])
			}
			if want := a.Cmp(b); got[5] != big.NewInt(int64(want)).String() {
				t.Errorf("lcmp(%s, %s) = %s, want %d", a, b, got[5], want)
			}
		}
	}
	// Sums past 2^256-1 stay exact (the scripts compare them with MAXU256 rather than wrap).
	res, err := decimalTestScript.Run(context.Background(), rdb, nil, maxU.String(), maxU.String()).StringSlice()
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Lsh(maxU, 1).String(); res[0] != want {
		t.Errorf("max + max = %s, want %s", res[0], want)
	}
}

// TestKeyLayout guards the key layout: changing it orphans every ledger in production.
func TestKeyLayout(t *testing.T) {
	t.Parallel()
	k := keys{p: "tribe"}
	tok := common.HexToAddress("0x00000000000000000000000000000000000000Ab")
	acct := common.HexToAddress("0x1111111111111111111111111111111111111111")
	const tag = "tribe:{0x00000000000000000000000000000000000000ab}:"
	cases := map[string]string{
		k.platform("p:1"):                       "tribe:platform:p%3A1",
		k.nonce("n"):                            "tribe:nonce:n",
		k.community("c{1}"):                     "tribe:{community}:rec:c%7B1%7D",
		k.communityStatus("pending"):            "tribe:{community}:status:pending",
		k.campaign("c1"):                        "tribe:campaign:c1",
		k.tokens():                              "tribe:tokens",
		k.accountTokens(acct):                   "tribe:account:0x1111111111111111111111111111111111111111:tokens",
		k.idem("campaigns", "a:b%"):             "tribe:idem:campaigns:a%3Ab%25",
		k.awardIdemToken("p1", "k"):             "tribe:awardidem:p1:k",
		k.cumulative(tok):                       tag + "cum",
		k.campaignState(tok, "c1"):              tag + "camp:c1",
		k.journal(tok, "c1"):                    tag + "journal:c1",
		k.earned(tok, "c1"):                     tag + "earned:c1",
		k.earnedBoard(tok, "c1"):                tag + "board:earned:c1",
		k.referralBoard(tok, "c1"):              tag + "board:referrals:c1",
		k.referrals(tok, "c1"):                  tag + "ref:c1",
		k.dailyCap(tok, "c1", acct, "20260301"): tag + "cap:c1:0x1111111111111111111111111111111111111111:20260301",
		k.history(tok, acct):                    tag + "hist:0x1111111111111111111111111111111111111111",
		k.daily(tok, "c1"):                      tag + "daily:c1",
		k.awardIdem(tok, "p1", "k:1"):           tag + "idem:p1:k%3A1",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("key %q, want %q", got, want)
		}
	}
}

// TestLimits guards constants the API and the docs rely on.
func TestLimits(t *testing.T) {
	t.Parallel()
	if MaxBatch != 1000 {
		t.Errorf("MaxBatch = %d: the API documents batches of up to 1,000 awards", MaxBatch)
	}
	if DailyCapTTL < 25*time.Hour {
		t.Errorf("DailyCapTTL = %v: a cap counter must outlive its UTC day", DailyCapTTL)
	}
	if DefaultPrefix != "tribe" {
		t.Errorf("DefaultPrefix = %q: changing it orphans existing ledgers", DefaultPrefix)
	}
}

func TestNewPanicsOnBraces(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("New accepted a prefix with a brace")
		}
	}()
	New(nil, Options{Prefix: "a{b"})
}

// civilDayScript returns civil_day of each ARGV (unix ms).
var civilDayScript = redis.NewScript(decimalLua + lifecycleLua + `
local out = {}
for i = 1, #ARGV do out[i] = civil_day(ARGV[i]) end
return out
`)

// TestCivilDay checks the projection's UTC day of a unix ms time against Go's calendar, across leap days,
// century years, year ends and the last millisecond of days.
func TestCivilDay(t *testing.T) {
	t.Parallel()
	rdb := ledgertest.Redis(t)
	var ms []any
	var want []string
	add := func(tm time.Time) {
		ms = append(ms, tm.UnixMilli())
		want = append(want, tm.UTC().Format("20060102"))
	}
	for _, d := range []time.Time{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2100, 2, 28, 0, 0, 0, 0, time.UTC), time.Date(2100, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)} {
		add(d)
		add(d.Add(24*time.Hour - time.Millisecond))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		add(time.UnixMilli(rng.Int64N(int64(200 * 365 * 24 * time.Hour / time.Millisecond))))
	}
	got, err := civilDayScript.Run(context.Background(), rdb, []string{"x"}, ms...).StringSlice()
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("civil_day(%d) = %s, want %s", ms[i], got[i], want[i])
		}
	}
}
