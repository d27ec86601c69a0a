package main

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// The journal commands archive a ledger's folded journal into files, verify them and restore them.
func TestJournalCommands(t *testing.T) {
	ctx := context.Background()
	prefix := ledgertest.Prefix(t)
	rdb := ledgertest.Redis(t)
	store := ledger.New(rdb, ledger.Options{Prefix: prefix})
	token := rewards.Address(common.HexToAddress("0x00000000000000000000000000000000000000a7"))
	c := &rewards.Campaign{ID: "cmp_j", CommunityID: "cmt_j", Creator: token, Budget: rewards.AmountOf(1000), RewardToken: token,
		Rules: rewards.Rules{Contributions: map[string]rewards.Amount{"post": rewards.AmountOf(1)}}}
	if err := store.CreateCampaign(ctx, c); err != nil {
		t.Fatal(err)
	}
	one := rewards.AmountOf(1)
	for i := range 12 {
		fan := rewards.Address(common.BigToAddress(new(big.Int).Lsh(big.NewInt(1), uint(i+8))))
		if _, err := store.Apply(ctx, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{{Campaign: c,
			Award: rewards.Award{Account: fan, Amount: one, Reason: "post"}}}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.Project(ctx, token.Common()); err != nil {
		t.Fatal(err)
	}
	ctl := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		if err := run(args, &out); err != nil {
			t.Fatalf("tribectl %s: %v", strings.Join(args, " "), err)
		}
		return out.String()
	}
	dir := t.TempDir()
	url := ledgertest.URL(t)
	if out := ctl("journal", "archive", "--redis-url", url, "--prefix", prefix, "--dir", dir, "--older-than", "0s"); !strings.Contains(out, "archived 12 journal entries into 1 segment") {
		t.Fatalf("archive: %s", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) != 1 {
		t.Fatalf("segment files %v", files)
	}
	if out := ctl("journal", "verify", files[0]); !strings.Contains(out, "ok, 12 entries of campaign \"cmp_j\"") {
		t.Fatalf("verify: %s", out)
	}
	if st, err := store.CampaignStats(ctx, c); err != nil || st.Awards != 12 {
		t.Fatalf("stats after archival %+v %v", st, err)
	}
	if out := ctl("journal", "restore", "--redis-url", url, "--prefix", prefix, "--dir", dir); !strings.Contains(out, "restored 12 journal entries") {
		t.Fatalf("restore: %s", out)
	}
	if page, _, err := store.JournalPage(ctx, c, "", 100); err != nil || len(page) != 12 {
		t.Fatalf("journal after restore: %d entries, %v", len(page), err)
	}
}
