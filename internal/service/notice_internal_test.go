package service

import (
	"strings"
	"testing"
	"time"
)

// TestCheckWithdrawalNotice guards the bound: a sponsor's notice must cover the epoch that commits the last
// awards from its pool and that root's dispute window.
func TestCheckWithdrawalNotice(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name                  string
		window, notice, epoch time.Duration
		ok                    bool
	}{
		{"the script's: 5s + 10s under 20s", 5 * time.Second, 20 * time.Second, 10 * time.Second, true},
		{"exactly window + epoch", 5 * time.Second, 15 * time.Second, 10 * time.Second, true},
		{"one second short", 5 * time.Second, 14 * time.Second, 10 * time.Second, false},
		{"the contract's minimum (the window) is not enough", 30 * time.Minute, 30 * time.Minute, time.Minute, false},
		{"the contract's default (2 windows + 1h)", 30 * time.Minute, 2 * time.Hour, time.Hour, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := checkWithdrawalNotice(tc.window, tc.notice, tc.epoch)
			if tc.ok != (err == nil) {
				t.Fatalf("checkWithdrawalNotice(%s, %s, %s) = %v, want ok %v", tc.window, tc.notice, tc.epoch, err, tc.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "setWithdrawalNotice") {
				t.Fatalf("the refusal does not say how to fix it: %v", err)
			}
		})
	}
}
