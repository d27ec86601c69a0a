package indexer

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

// TestKeyLayout guards the key names: other tools (and operators re-indexing by deleting "<p>:{idx}:*")
// rely on them, and every one must carry the {idx} hash tag so each script touches one cluster slot.
func TestKeyLayout(t *testing.T) {
	t.Parallel()
	k := keys{"tribe"}
	want := []string{"tribe:{idx}:cursor", "tribe:{idx}:hashes", "tribe:{idx}:undo", "tribe:{idx}:claimed", "tribe:{idx}:tokens",
		"tribe:{idx}:owners", "tribe:{idx}:ownersync"}
	got := k.all()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("keys = %v, want %v", got, want)
	}
	for _, key := range got {
		open, close := strings.IndexByte(key, '{'), strings.IndexByte(key, '}')
		if open < 0 || close < open || key[open+1:close] != "idx" {
			t.Errorf("%s: hash tag is not {idx}", key)
		}
	}
	token, account := common.HexToAddress("0xABCDEF0000000000000000000000000000000001"), common.HexToAddress("0x00000000000000000000000000000000000000Ff")
	if f := claimedField(token, account); f != "0xabcdef0000000000000000000000000000000001:0x00000000000000000000000000000000000000ff" {
		t.Errorf("claimed field = %s", f)
	}
}

// TestDefaults guards the defaults: the undo window must stay well beyond twice the confirmations.
func TestDefaults(t *testing.T) {
	t.Parallel()
	c := Config{Distributor: common.Address{1}, Confirmations: 12}.withDefaults()
	if c.BatchBlocks != 2000 || c.ReorgDepth != 2*12+64 || c.Prefix != "tribe" || c.PollInterval != 2*time.Second ||
		c.RPCTimeout != 10*time.Second || c.RetryAttempts != 3 || c.RetryDelay != 250*time.Millisecond ||
		c.MaxRetryDelay != 30*time.Second || c.Logger == nil {
		t.Fatalf("defaults changed: %+v", c)
	}
	for _, conf := range []uint64{0, 1, 12, 64, 1000} {
		if d := (Config{Confirmations: conf}).withDefaults().ReorgDepth; d < 2*conf+32 {
			t.Errorf("confirmations %d: default reorg depth %d leaves too little room", conf, d)
		}
	}
}

const maxU256 = "115792089237316195423570985008687907853269984665640564039457584007913129639935"

// TestCommitAndRewindScripts runs the scripts directly: claimed amounts are the larger of two decimals of
// any length, each changed value is undo-logged with what it replaced, a rewind restores it, and a script
// given a stale cursor changes nothing.
func TestCommitAndRewindScripts(t *testing.T) {
	t.Parallel()
	tests := []struct{ prev, val, want string }{
		{"", "5", "5"},
		{"5", "4", "5"},
		{"5", "5", "5"},
		{"9", "10", "10"},
		{"10", "9", "10"},
		{"99999999999999999999", "100000000000000000000", "100000000000000000000"},
		{"12345678901234567891", "12345678901234567890", "12345678901234567891"}, // last limb decides
		{"12345678901234567890", "12345678901234567891", "12345678901234567891"},
		{"22345678901234567890", "12345678901234567891", "22345678901234567890"}, // first limb decides
		{"115792089237316195423570985008687907853269984665640564039457584007913129639934", maxU256, maxU256},
		{maxU256, "1", maxU256},
		{"0", "0", "0"},
	}
	for _, tc := range tests {
		t.Run(tc.prev+"→"+tc.val, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			rdb := ledgertest.Redis(t)
			k := keys{ledgertest.Prefix(t)}
			field := claimedField(common.Address{0xA}, common.Address{0xF})
			if tc.prev != "" {
				rdb.HSet(ctx, k.claimed(), field, tc.prev)
			}
			hash := common.Hash{7}.Hex()
			// A stale cursor: nothing happens.
			commitKeys := append(k.all(), k.outbox())
			const paid = `{"amount":"1"}`
			res, err := commitScript.Run(ctx, rdb, commitKeys, "3", hash, "c", 4, 4, hash, 0, 4, 1000, 0, "c", 4, field, tc.val, paid).Text()
			if err != nil || res != "STALE" {
				t.Fatalf("stale commit = %q %v", res, err)
			}
			if n := rdb.Exists(ctx, k.cursor(), k.undo(), k.hashes(), k.outbox()).Val(); n != 0 {
				t.Fatalf("a stale commit wrote %d keys", n)
			}

			res, err = commitScript.Run(ctx, rdb, commitKeys, "", "", "c", 4, 4, hash, 0, 4, 1000, 1, 4, hash, "c", 4, field, tc.val, paid).Text()
			if err != nil || res != "OK" {
				t.Fatalf("commit = %q %v", res, err)
			}
			if got := rdb.HGet(ctx, k.claimed(), field).Val(); got != tc.want {
				t.Errorf("claimed = %s, want %s", got, tc.want)
			}
			undo := rdb.ZRange(ctx, k.undo(), 0, -1).Val()
			if changed := tc.want != tc.prev; changed != (len(undo) == 1) {
				t.Errorf("undo log %v; value changed: %v", undo, changed)
			}
			if len(undo) == 1 && !strings.Contains(undo[0], `"c|`+field+`":"`+tc.prev+`"`) {
				t.Errorf("undo log %s does not record %q", undo[0], tc.prev)
			}
			// A claim that raised the cumulative amount is told of; one that did not (seen before) is not.
			if n := rdb.XLen(ctx, k.outbox()).Val(); (n == 1) != (tc.want != tc.prev) || n > 1 {
				t.Errorf("%d claim.paid events; value changed: %v", n, tc.want != tc.prev)
			}
			// The same effect again changes nothing, and keeps the first undo record.
			res, err = commitScript.Run(ctx, rdb, commitKeys, "4", hash, "c", 4, 4, hash, 0, 4, 1000, 1, 4, hash, "c", 4, field, tc.val, paid).Text()
			if err != nil || res != "OK" || rdb.HGet(ctx, k.claimed(), field).Val() != tc.want {
				t.Fatalf("second commit = %q %v", res, err)
			}
			if again := rdb.ZRange(ctx, k.undo(), 0, -1).Val(); strings.Join(again, "") != strings.Join(undo, "") {
				t.Errorf("undo log changed to %v", again)
			}
			if n := rdb.XLen(ctx, k.outbox()).Val(); n > 1 {
				t.Errorf("the same claim again emitted claim.paid again: %d events", n)
			}

			if res, err := rewindScript.Run(ctx, rdb, k.all(), "3", hash, "", "").Text(); err != nil || res != "STALE" {
				t.Fatalf("stale rewind = %q %v", res, err)
			}
			if _, err := rewindScript.Run(ctx, rdb, k.all(), "4", hash, "", "").Result(); err != nil {
				t.Fatal(err)
			}
			got, err := rdb.HGet(ctx, k.claimed(), field).Result()
			if tc.prev == "" && err == nil || tc.prev != "" && got != tc.prev {
				t.Errorf("after the rewind: claimed = %q (%v), want %q", got, err, tc.prev)
			}
			if n := rdb.Exists(ctx, k.cursor(), k.undo(), k.hashes()).Val(); n != 0 {
				t.Errorf("a rewind of everything left %d keys", n)
			}
		})
	}
}
