package ledger_test

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/webhooks"
	"github.com/tribe-rewards/tribe/internal/webhooks/webhookstest"
)

// The award script writes no projection: awards applied with no projector running leave the outbox empty
// until something folds them, and a read of a projection folds first (it reads its own writes).
func TestAwardPathWritesNoProjection(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	prefix := ledgertest.Prefix(t)
	s := ledger.New(rdb, ledger.Options{Prefix: prefix})
	c := newCampaign(t, s, "lean", tokenA, "1000", "")
	fan := addr(3, 1)
	apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, fan, "7"), award(t, c, fan, "8")}})
	if evs := webhookstest.Outbox(t, rdb, prefix, hexLower(tokenA)); len(evs) != 0 {
		t.Fatalf("the award script emitted %d events itself", len(evs))
	}
	board, err := s.Leaderboard(ctx, c, ledger.ByEarned, 10)
	must(t, err)
	if len(board) != 1 || board[0].Value != "15" {
		t.Fatalf("leaderboard %+v", board)
	}
	evs := webhookstest.Outbox(t, rdb, prefix, hexLower(tokenA))
	if len(evs) != 2 || evs[0].Type != webhooks.EventAwardCreated || evs[0].Data["amount"] != "7" || evs[1].Data["amount"] != "8" {
		t.Fatalf("outbox after the read %+v", evs)
	}
	// Folding again finds nothing.
	must(t, s.Project(ctx, tokenA.Common()))
	if n := len(webhookstest.Outbox(t, rdb, prefix, hexLower(tokenA))); n != 2 {
		t.Fatalf("%d events after a second fold", n)
	}
}

// Two replicas award and project at once, one of them restarting halfway: every award is folded exactly
// once — one award.created each, earned totals, leaderboard, histories and daily counts exact.
func TestProjectorExactlyOnceAcrossReplicas(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	prefix := ledgertest.Prefix(t)
	newReplica := func() *ledger.Store {
		return ledger.New(rdb, ledger.Options{Prefix: prefix, AccountHistory: 5, Now: func() time.Time { return start }})
	}
	a, b := newReplica(), newReplica()
	c1 := newCampaign(t, a, "p1", tokenA, "1000000", "")
	c2 := newCampaign(t, a, "p2", tokenA, "1000000", "")
	var observed atomic.Int64
	project := func(s *ledger.Store) (stop func()) {
		pctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			s.RunProjector(pctx, func(time.Duration) { observed.Add(1) }, func(err error) { t.Error(err) })
		}()
		return func() { cancel(); <-done }
	}
	stopA, stopB := project(a), project(b)

	const perReplica, accounts = 300, 12
	want := map[rewards.Address]*big.Int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for r, s := range []*ledger.Store{a, b} {
		wg.Go(func() {
			for i := range perReplica {
				if r == 0 && i == perReplica/2 {
					// Replica a restarts: its projector stops and a new process's starts.
					stopA()
					a = newReplica()
					s = a
					stopA = project(a)
				}
				c, fan := c1, addr(4, (i+r)%accounts)
				if i%3 == 0 {
					c = c2
				}
				amount := int64(1 + i%5)
				if _, err := s.Apply(ctx, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, fan, big.NewInt(amount).String())}}); err != nil {
					t.Error(err)
					return
				}
				if c == c1 {
					mu.Lock()
					if want[fan] == nil {
						want[fan] = new(big.Int)
					}
					want[fan].Add(want[fan], big.NewInt(amount))
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	// The background projectors alone fold everything (the outbox is read raw, folding nothing).
	const total = 2 * perReplica
	var evs []webhookstest.Entry
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if evs = webhookstest.Outbox(t, rdb, prefix, hexLower(tokenA)); len(evs) >= total || time.Now().After(deadline) {
			break
		}
	}
	stopA()
	stopB()
	seen := map[string]bool{}
	for _, e := range evs {
		id, _ := e.Data["award_id"].(string)
		if e.Type != webhooks.EventAwardCreated || seen[id] {
			t.Fatalf("event %s %s twice or unexpected", e.Type, id)
		}
		seen[id] = true
	}
	if len(seen) != total {
		t.Fatalf("%d award.created events for %d awards", len(seen), total)
	}
	if observed.Load() == 0 {
		t.Fatal("the projectors observed no lag")
	}
	board, err := a.Leaderboard(ctx, c1, ledger.ByEarned, 100)
	must(t, err)
	if len(board) != len(want) {
		t.Fatalf("leaderboard has %d accounts, want %d", len(board), len(want))
	}
	for _, e := range board {
		if want[e.Account] == nil || want[e.Account].String() != e.Value {
			t.Fatalf("earned of %s = %s, want %v", e.Account, e.Value, want[e.Account])
		}
	}
	st, days, err := a.CampaignDaily(ctx, c1, start, 1)
	must(t, err)
	if st.Holders != int64(len(want)) || days[0].Awards != st.Awards {
		t.Fatalf("stats %+v, day %+v", st, days[0])
	}
	for fan := range want {
		h, err := b.AccountHistory(ctx, fan, 0)
		must(t, err)
		ids := map[string]bool{}
		for _, aw := range h {
			ids[aw.ID] = true
		}
		if len(h) != 5 || len(ids) != 5 {
			t.Fatalf("history of %s: %d records, %d distinct (want 5)", fan, len(h), len(ids))
		}
	}
}

// A campaign whose journal began before projections existed (its earned totals, board, history and events
// written by the award script itself) is projected from its first new award on, never twice.
func TestProjectionStartsAfterOldJournal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	s, _, prefix := newStorePrefix(t)
	c := newCampaign(t, s, "old", tokenA, "1000", "")
	fan := addr(3, 7)
	slot := prefix + ":{" + hexLower(tokenA) + "}:"
	// What the award script of before left for one award of 5: its journal entry and its projections.
	must(t, rdb.XAdd(ctx, &redis.XAddArgs{Stream: slot + "journal:old", Values: []string{"account", hexLower(fan),
		"amount", "5", "reason", "post", "counterparty", "", "at", "1772366400123", "capped", "0", "platform", "",
		"idem", "", "status", "c", "claimable_at", "0"}}).Err())
	must(t, rdb.HSet(ctx, slot+"earned:old", hexLower(fan), "5").Err())
	must(t, rdb.ZAdd(ctx, slot+"board:earned:old", redis.Z{Member: strings.Repeat("0", 77) + "5:" + hexLower(fan)}).Err())
	apply(t, s, ledger.ApplyRequest{Direct: true, Entries: []ledger.Entry{award(t, c, fan, "7")}})
	board, err := s.Leaderboard(ctx, c, ledger.ByEarned, 10)
	must(t, err)
	if len(board) != 1 || board[0].Value != "12" {
		t.Fatalf("leaderboard %+v, want 12", board)
	}
	if evs := webhookstest.Outbox(t, rdb, prefix, hexLower(tokenA)); len(evs) != 1 || evs[0].Data["amount"] != "7" {
		t.Fatalf("outbox %+v", evs)
	}
}
