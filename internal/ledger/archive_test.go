package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

// Folded journal entries move to checksummed segment files and out of Redis; totals, stats and balances
// stay; what is not folded yet stays in Redis; a changed file is refused; restoring puts back the same
// entries with the same ids, and the journal is again what it was.
func TestArchiveAndRestoreJournal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	s, _, prefix := newStorePrefix(t)
	c := newCampaign(t, s, "arc:1", tokenA, "1000000", "")
	c2 := newCampaign(t, s, "arc-2", tokenA, "1000000", "")
	for i := range 25 {
		apply(t, s, ledger.ApplyRequest{Platform: "plt", IdempotencyKey: fmt.Sprint("k", i), RequestHash: hash(fmt.Sprint(i)),
			Direct: true, Entries: []ledger.Entry{award(t, c, addr(7, i%4), fmt.Sprint(1+i)), award(t, c2, addr(7, i%3), "2")}})
	}
	stats1, stats2 := stats(t, s, c), stats(t, s, c2) // reads that fold everything so far
	cum := cumulative(t, s, tokenA, addr(7, 1))
	// Five more that the projection has not folded: they must stay.
	for range 5 {
		apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, addr(7, 9), "100")}})
	}
	jk := func(id string) string {
		return prefix + ":{" + hexLower(tokenA) + "}:journal:" + strings.ReplaceAll(id, ":", "%3A")
	}
	// The raw reply: ids, and fields in the order Redis keeps them.
	journal := func(id string) []any {
		t.Helper()
		m, err := rdb.Do(ctx, "XRANGE", jk(id), "-", "+").Slice()
		must(t, err)
		return m
	}
	before1, before2 := journal("arc:1"), journal("arc-2")
	stats1.Awards += 5

	dir := t.TempDir()
	res, err := s.ArchiveJournals(ctx, dir, time.Now().Add(time.Hour))
	must(t, err)
	if res.Entries != 50 || len(res.Files) != 2 {
		t.Fatalf("archived %d entries in %v", res.Entries, res.Files)
	}
	if got := journal("arc:1"); len(got) != 5 || !reflect.DeepEqual(got, before1[25:]) {
		t.Fatalf("journal arc:1 after archival: %d entries", len(got))
	}
	if got := journal("arc-2"); len(got) != 0 {
		t.Fatalf("journal arc-2 after archival: %d entries", len(got))
	}
	// Stats count archived awards; projections do not change; balances neither.
	must(t, s.Project(ctx, tokenA.Common()))
	if st := stats(t, s, c); st.Awards != stats1.Awards || st.Remaining.Cmp(new(big.Int).Sub(stats1.Remaining, big.NewInt(500))) != 0 || st.Holders != stats1.Holders+1 {
		t.Fatalf("stats after archival %+v, before %+v", st, stats1)
	}
	if st := stats(t, s, c2); st.Awards != stats2.Awards {
		t.Fatalf("stats arc-2 after archival %+v", st)
	}
	if got := cumulative(t, s, tokenA, addr(7, 1)); got != cum {
		t.Fatalf("cumulative %s, was %s", got, cum)
	}
	// The five are folded now (the stats read folded them): archiving again moves them, and a third time
	// nothing.
	again, err := s.ArchiveJournals(ctx, dir, time.Now().Add(time.Hour))
	must(t, err)
	if again.Entries != 5 || len(journal("arc:1")) != 0 {
		t.Fatalf("second archival: %d entries", again.Entries)
	}
	third, err := s.ArchiveJournals(ctx, dir, time.Now().Add(time.Hour))
	must(t, err)
	if third.Entries != 0 {
		t.Fatalf("archived %d entries twice", third.Entries)
	}
	for _, f := range append(res.Files, again.Files...) {
		h, n, err := ledger.VerifySegment(f)
		if err != nil || n == 0 || h.Token != hexLower(tokenA) || (h.Campaign != "arc:1" && h.Campaign != "arc-2") {
			t.Fatalf("verify %s: %+v %d %v", f, h, n, err)
		}
	}
	// A changed byte is refused, and restore stops before writing anything.
	data, err := os.ReadFile(res.Files[0])
	must(t, err)
	tampered := t.TempDir()
	bad := strings.Replace(string(data), `"amount","2"`, `"amount","3"`, 1)
	if bad == string(data) {
		bad = strings.Replace(string(data), `"amount","1"`, `"amount","9"`, 1)
	}
	must(t, os.WriteFile(filepath.Join(tampered, filepath.Base(res.Files[0])), []byte(bad), 0o644))
	if _, _, err := ledger.VerifySegment(filepath.Join(tampered, filepath.Base(res.Files[0]))); !errors.Is(err, ledger.ErrArchive) {
		t.Fatalf("a changed segment verified: %v", err)
	}
	if _, err := s.RestoreJournal(ctx, tampered); !errors.Is(err, ledger.ErrArchive) {
		t.Fatalf("restore of a changed segment: %v", err)
	}
	// An award after archival, then the restore: the journals are what they were, plus that award.
	apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c2, addr(7, 1), "5")}})
	n, err := s.RestoreJournal(ctx, dir)
	must(t, err)
	if n != 55 {
		t.Fatalf("restored %d entries", n)
	}
	if got := journal("arc:1"); !reflect.DeepEqual(got, before1) {
		t.Fatalf("journal arc:1 after restore differs: %d entries, %d before", len(got), len(before1))
	}
	got2 := journal("arc-2")
	if len(got2) != len(before2)+1 || !reflect.DeepEqual(got2[:len(before2)], before2) {
		t.Fatalf("journal arc-2 after restore: %d entries, %d before", len(got2), len(before2))
	}
	if st := stats(t, s, c); st.Awards != stats1.Awards {
		t.Fatalf("stats after restore %+v", st)
	}
	if st := stats(t, s, c2); st.Awards != stats2.Awards+1 {
		t.Fatalf("stats arc-2 after restore %+v", st)
	}
	// Restoring twice puts nothing back twice; a new award still gets a later id.
	if n, err := s.RestoreJournal(ctx, dir); err != nil || n != 0 {
		t.Fatalf("second restore: %d %v", n, err)
	}
	a := apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c2, addr(7, 1), "5")}})
	last := journal("arc-2")
	if id := last[len(last)-1].([]any)[0]; id != strings.TrimPrefix(a.Awards[0].ID, "arc-2-") {
		t.Fatalf("new award %s is not the journal's last entry %s", a.Awards[0].ID, id)
	}
}
