package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// awardUser awards platform's user through ResolveUsers, as the API does.
func awardUser(t testing.TB, s *ledger.Store, c *rewards.Campaign, platform, user, amount string) error {
	t.Helper()
	ctx := context.Background()
	m, err := s.ResolveUsers(ctx, c.Source().Common(), platform, []string{user})
	if err != nil {
		return err
	}
	_, err = s.Apply(ctx, ledger.ApplyRequest{Platform: platform, Direct: true,
		Entries: []ledger.Entry{award(t, c, m[user], amount)}})
	return err
}

func TestUserAccount(t *testing.T) {
	t.Parallel()
	a, b := ledger.UserAccount("plt_a", "42"), ledger.UserAccount("plt_b", "42")
	if a == b {
		t.Fatal("two platforms' user 42 are one account")
	}
	if !ledger.IsUserAccount(a) || ledger.IsUserAccount(addr(1, 1).Common()) {
		t.Fatal("IsUserAccount")
	}
	if !strings.HasPrefix(strings.ToLower(a.Hex()), "0x7472696265") {
		t.Fatalf("pseudo-account %s does not start with \"tribe\"", a.Hex())
	}
	// The derivation is part of the stored data: changing it strands every unlinked user's balance.
	if got := strings.ToLower(ledger.UserAccount("plt_a", "42").Hex()); got != "0x7472696265"+got[12:] || len(got) != 42 {
		t.Fatalf("UserAccount = %s", got)
	}
	for _, bad := range []string{"", strings.Repeat("x", ledger.MaxUserID+1), "a\nb", "\xff"} {
		if ledger.CheckUser(bad) == nil {
			t.Errorf("CheckUser(%q) accepted", bad)
		}
	}
	must(t, ledger.CheckUser(strings.Repeat("é", ledger.MaxUserID/2)))
}

func TestLinkMovesEverythingOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk, prefix := newStorePrefix(t)
	a := newCampaign(t, s, "ca", tokenA, "1000", "")
	b := newCampaign(t, s, "cb", tokenB, "1000", "")
	hold := int64(3600)
	b.Rules.HoldSeconds = &hold
	wallet := addr(2, 1)
	must(t, awardUser(t, s, a, "plt", "u1", "100"))
	must(t, awardUser(t, s, b, "plt", "u1", "40")) // pending for an hour
	_, err := s.Apply(ctx, ledger.ApplyRequest{Platform: "plt", Direct: true,
		Entries: []ledger.Entry{award(t, a, wallet, "5")}})
	must(t, err)
	pseudo := rewards.Address(ledger.UserAccount("plt", "u1"))

	if _, err := s.Link(ctx, "plt", "nobody", wallet.Common()); !isErr(err, ledger.ErrUnknownUser) {
		t.Fatalf("unknown user: %v", err)
	}
	if _, err := s.Link(ctx, "other", "u1", wallet.Common()); !isErr(err, ledger.ErrUnknownUser) {
		t.Fatalf("another platform's user: %v", err)
	}
	res, err := s.Link(ctx, "plt", "u1", wallet.Common())
	must(t, err)
	if !res.Created || len(res.Moved) != 2 || !res.Identity.Linked || *res.Identity.Account != wallet.Common() {
		t.Fatalf("link result %+v", res)
	}
	if v := cumulative(t, s, tokenA, wallet); v != "105" {
		t.Fatalf("wallet cumulative %s, want 105", v)
	}
	if v := cumulative(t, s, tokenA, pseudo); v != "0" {
		t.Fatalf("user cumulative %s after link", v)
	}
	bal, err := s.Mature(ctx, tokenB.Common(), wallet.Common())
	must(t, err)
	if bal.Pending.String() != "40" || bal.Cumulative.Sign() != 0 {
		t.Fatalf("wallet in B: %+v", bal)
	}
	// Again: nothing moves twice; another wallet is refused.
	res, err = s.Link(ctx, "plt", "u1", wallet.Common())
	must(t, err)
	if res.Created || len(res.Moved) != 0 {
		t.Fatalf("second link %+v", res)
	}
	if _, err := s.Link(ctx, "plt", "u1", addr(2, 2).Common()); !isErr(err, ledger.ErrAlreadyLinked) {
		t.Fatalf("re-link to another wallet: %v", err)
	}
	// Later awards to the user go to the wallet; the held award matures on the wallet.
	must(t, awardUser(t, s, a, "plt", "u1", "7"))
	if v := cumulative(t, s, tokenA, wallet); v != "112" {
		t.Fatalf("wallet cumulative %s, want 112", v)
	}
	clk.Add(2 * time.Hour)
	if v := cumulative(t, s, tokenB, wallet); v != "40" {
		t.Fatalf("matured on the wallet: %s", v)
	}
	// The leaderboard names the wallet with the sum; the campaign's budget is intact.
	lb, err := s.Leaderboard(ctx, a, ledger.ByEarned, 10)
	must(t, err)
	if len(lb) != 1 || lb[0].Account != wallet || lb[0].Value != "112" {
		t.Fatalf("leaderboard %+v", lb)
	}
	if st := stats(t, s, a); st.Remaining.String() != "888" {
		t.Fatalf("remaining %s", st.Remaining)
	}
	// Epoch leaves never hold a pseudo-account.
	must(t, awardUser(t, s, a, "plt", "u2", "3"))
	must(t, s.Snapshot(ctx, func(_, account common.Address, _ *big.Int) error {
		if ledger.IsUserAccount(account) {
			return fmt.Errorf("snapshot holds user %s", account.Hex())
		}
		return nil
	}))
	// identity.linked was written once, to the platform.
	evs, err := ledgertest.Redis(t).XRange(ctx, prefix+":{ident}:outbox", "-", "+").Result()
	must(t, err)
	if len(evs) != 1 || evs[0].Values["t"] != "identity.linked" || evs[0].Values["o"] != "platform:plt" {
		t.Fatalf("outbox %+v", evs)
	}
}

func TestUnlinkThenRelink(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	a := newCampaign(t, s, "ca", tokenA, "1000", "")
	w1, w2 := addr(2, 1), addr(2, 2)
	must(t, awardUser(t, s, a, "plt", "u", "10"))
	_, err := s.Link(ctx, "plt", "u", w1.Common())
	must(t, err)
	prev, err := s.Unlink(ctx, "plt", "u")
	must(t, err)
	if prev != w1.Common() {
		t.Fatalf("unlinked from %s", prev.Hex())
	}
	if _, err := s.Unlink(ctx, "plt", "u"); !isErr(err, ledger.ErrNotFound) {
		t.Fatalf("second unlink: %v", err)
	}
	must(t, awardUser(t, s, a, "plt", "u", "4")) // held for the user again
	_, err = s.Link(ctx, "plt", "u", w2.Common())
	must(t, err)
	if v1, v2 := cumulative(t, s, tokenA, w1), cumulative(t, s, tokenA, w2); v1 != "10" || v2 != "4" {
		t.Fatalf("w1 %s (want 10: nothing moves back), w2 %s (want 4)", v1, v2)
	}
}

func TestLinkReversesSelfReferral(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000", "")
	wallet := addr(2, 1)
	m, err := s.ResolveUsers(ctx, tokenA.Common(), "plt", []string{"u"})
	must(t, err)
	if _, err := s.RecordReferral(ctx, c, wallet, m["u"]); err != nil {
		t.Fatal(err)
	}
	res, err := s.Link(ctx, "plt", "u", wallet.Common())
	must(t, err)
	if res.ReversedReferrals != 1 {
		t.Fatalf("reversed %d referrals, want 1", res.ReversedReferrals)
	}
	if r, err := s.GetReferral(ctx, c, wallet); err != nil || r != nil {
		t.Fatalf("the wallet's referral %+v, %v: want none", r, err)
	}
	lb, err := s.Leaderboard(ctx, c, ledger.ByReferrals, 10)
	must(t, err)
	if len(lb) != 0 {
		t.Fatalf("referrals board %+v", lb)
	}
	// A user referred by another wallet keeps its referral, now the wallet's.
	m, err = s.ResolveUsers(ctx, tokenA.Common(), "plt", []string{"v"})
	must(t, err)
	_, err = s.RecordReferral(ctx, c, addr(3, 1), m["v"])
	must(t, err)
	_, err = s.Link(ctx, "plt", "v", addr(2, 9).Common())
	must(t, err)
	if r, err := s.GetReferral(ctx, c, addr(2, 9)); err != nil || r == nil || r.Referrer != addr(3, 1) {
		t.Fatalf("moved referral %+v, %v", r, err)
	}
	// After linking, the wallet stands for the user in the self-referral and cycle checks.
	m, err = s.ResolveUsers(ctx, tokenA.Common(), "plt", []string{"v"})
	must(t, err)
	if _, err := s.RecordReferral(ctx, c, m["v"], addr(3, 1)); !isErr(err, ledger.ErrReferralCycle) {
		t.Fatalf("cycle through a linked user: %v", err)
	}
}

func TestLinkTokens(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, clk := newStore(t)
	c := newCampaign(t, s, "c", tokenA, "1000", "")
	must(t, awardUser(t, s, c, "plt", "u", "9"))
	if _, err := s.CreateLinkToken(ctx, "plt", "nobody", time.Hour); !isErr(err, ledger.ErrUnknownUser) {
		t.Fatalf("unknown user: %v", err)
	}
	lt, err := s.CreateLinkToken(ctx, "plt", "u", time.Hour)
	must(t, err)
	if _, err := s.RedeemLinkToken(ctx, "lnk_nope", addr(2, 1).Common()); !isErr(err, ledger.ErrUnknownLinkToken) {
		t.Fatalf("unknown token: %v", err)
	}
	res, err := s.RedeemLinkToken(ctx, lt.Token, addr(2, 1).Common())
	must(t, err)
	if !res.Created || cumulative(t, s, tokenA, addr(2, 1)) != "9" {
		t.Fatalf("redeem %+v", res)
	}
	if res, err := s.RedeemLinkToken(ctx, lt.Token, addr(2, 1).Common()); err != nil || res.Created {
		t.Fatalf("replay by the same wallet: %+v %v", res, err)
	}
	if _, err := s.RedeemLinkToken(ctx, lt.Token, addr(2, 2).Common()); !isErr(err, ledger.ErrLinkTokenUsed) {
		t.Fatalf("used by another wallet: %v", err)
	}
	if _, err := s.CreateLinkToken(ctx, "plt", "u", time.Hour); !isErr(err, ledger.ErrAlreadyLinked) {
		t.Fatalf("token for a linked user: %v", err)
	}
	must(t, awardUser(t, s, c, "plt", "x", "1"))
	lt, err = s.CreateLinkToken(ctx, "plt", "x", time.Minute)
	must(t, err)
	clk.Add(time.Minute)
	if _, err := s.RedeemLinkToken(ctx, lt.Token, addr(2, 1).Common()); !isErr(err, ledger.ErrLinkTokenExpired) {
		t.Fatalf("expired: %v", err)
	}
	if v := cumulative(t, s, tokenA, rewards.Address(ledger.UserAccount("plt", "x"))); v != "1" {
		t.Fatalf("a refused redeem moved something: %s", v)
	}
}

// TestLinkWhileAwarding: awards to a user in two tokens arrive while it is linked; every unit lands exactly
// once, on the wallet, whatever the interleaving. Several rounds, each with a fresh user.
func TestLinkWhileAwarding(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	const rounds, workers, each = 8, 8, 25
	a := newCampaign(t, s, "ca", tokenA, "100000000", "")
	b := newCampaign(t, s, "cb", tokenB, "100000000", "")
	for r := range rounds {
		user := fmt.Sprintf("user-%d", r)
		wallet := addr(4, r)
		must(t, awardUser(t, s, a, "plt", user, "1")) // known before the link starts
		var wg sync.WaitGroup
		start := make(chan struct{})
		for w := range workers {
			wg.Go(func() {
				<-start
				c := a
				if w%2 == 1 {
					c = b
				}
				for range each {
					if err := awardUser(t, s, c, "plt", user, "1"); err != nil {
						t.Error(err)
						return
					}
				}
			})
		}
		wg.Go(func() {
			<-start
			if _, err := s.Link(ctx, "plt", user, wallet.Common()); err != nil {
				t.Error(err)
			}
		})
		close(start)
		wg.Wait()
		pseudo := rewards.Address(ledger.UserAccount("plt", user))
		wantA, wantB := 1+workers/2*each, workers/2*each
		gotA, gotB := cumulative(t, s, tokenA, wallet), cumulative(t, s, tokenB, wallet)
		if gotA != fmt.Sprint(wantA) || gotB != fmt.Sprint(wantB) {
			t.Fatalf("round %d: wallet holds %s/%s, want %d/%d", r, gotA, gotB, wantA, wantB)
		}
		if ua, ub := cumulative(t, s, tokenA, pseudo), cumulative(t, s, tokenB, pseudo); ua != "0" || ub != "0" {
			t.Fatalf("round %d: user still holds %s/%s", r, ua, ub)
		}
	}
	sa, sb := stats(t, s, a), stats(t, s, b)
	wantA := rounds * (1 + workers/2*each)
	if got := new(big.Int).Sub(bigOf(t, "100000000"), sa.Remaining); got.Int64() != int64(wantA) {
		t.Fatalf("campaign A spent %s, want %d", got, wantA)
	}
	if got := new(big.Int).Sub(bigOf(t, "100000000"), sb.Remaining); got.Int64() != int64(rounds*workers/2*each) {
		t.Fatalf("campaign B spent %s", got)
	}
}

func isErr(err, want error) bool { return errors.Is(err, want) }
