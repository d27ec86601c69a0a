package ledger_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

func TestRecordReferral(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "ref-1", tokenA, "1000", "")
	other := newCampaign(t, s, "ref-2", tokenA, "1000", "")
	a, b, cc, d, e := addr(1, 1), addr(1, 2), addr(1, 3), addr(1, 4), addr(1, 5)

	// A chain: a → b → cc → d (a referred b, ...).
	for _, p := range [][2]rewards.Address{{a, b}, {b, cc}, {cc, d}} {
		r, err := s.RecordReferral(ctx, c, p[0], p[1])
		must(t, err)
		want := &rewards.Referral{Referrer: p[0], Referee: p[1], At: start}
		if !reflect.DeepEqual(r, want) {
			t.Fatalf("referral = %+v, want %+v", r, want)
		}
	}

	tests := []struct {
		name              string
		c                 *rewards.Campaign
		referrer, referee rewards.Address
		err               error
		existing          rewards.Address // the referrer returned with ErrAlreadyReferred
	}{
		{"self", c, e, e, ledger.ErrSelfReferral, rewards.Address{}},
		{"already referred", c, e, b, ledger.ErrAlreadyReferred, a},
		{"already referred by the same", c, a, b, ledger.ErrAlreadyReferred, a},
		{"direct cycle", c, b, a, ledger.ErrReferralCycle, rewards.Address{}},
		{"long cycle", c, d, a, ledger.ErrReferralCycle, rewards.Address{}},
		{"middle cycle", c, d, b, ledger.ErrAlreadyReferred, a},
		{"new referee", c, d, e, nil, rewards.Address{}},
		{"other campaign is apart", other, b, a, nil, rewards.Address{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := s.RecordReferral(ctx, tc.c, tc.referrer, tc.referee)
			if tc.err == nil {
				must(t, err)
				if r.Referrer != tc.referrer || r.Referee != tc.referee {
					t.Errorf("referral = %+v", r)
				}
				return
			}
			wantErr(t, err, tc.err)
			if tc.existing != (rewards.Address{}) {
				if r == nil || r.Referrer != tc.existing || r.Referee != tc.referee || !r.At.Equal(start) {
					t.Errorf("existing referral = %+v, want referrer %s", r, tc.existing)
				}
			} else if r != nil {
				t.Errorf("referral = %+v, want nil", r)
			}
		})
	}

	t.Run("get", func(t *testing.T) {
		r, err := s.GetReferral(ctx, c, cc)
		must(t, err)
		if want := (&rewards.Referral{Referrer: b, Referee: cc, At: start}); !reflect.DeepEqual(r, want) {
			t.Errorf("referral = %+v, want %+v", r, want)
		}
		r, err = s.GetReferral(ctx, c, a)
		if r != nil || err != nil {
			t.Errorf("no referral: got %+v, %v", r, err)
		}
	})
	t.Run("leaderboard", func(t *testing.T) {
		got, err := s.Leaderboard(ctx, c, ledger.ByReferrals, 10)
		must(t, err)
		// a, b, cc and d referred one each; ties come in reverse byte order.
		want := []ledger.LeaderEntry{{Account: d, Value: "1"}, {Account: cc, Value: "1"}, {Account: b, Value: "1"}, {Account: a, Value: "1"}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("leaderboard = %+v, want %+v", got, want)
		}
		if st := stats(t, s, c); st.Referrals != 4 {
			t.Errorf("referrals = %d", st.Referrals)
		}
	})
}

func TestReferralCycleDepth(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := newStore(t)
	c := newCampaign(t, s, "deep", tokenA, "1", "")
	// n0 → n1 → ... → nD: closing the loop from nD back to n0 needs MaxReferralDepth steps up the chain.
	for i := range ledger.MaxReferralDepth {
		_, err := s.RecordReferral(ctx, c, addr(2, i), addr(2, i+1))
		must(t, err)
	}
	_, err := s.RecordReferral(ctx, c, addr(2, ledger.MaxReferralDepth), addr(2, 0))
	wantErr(t, err, ledger.ErrReferralCycle)
}
