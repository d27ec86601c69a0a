package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// MaxExportPage is the most awards one JournalPage or AccountHistoryPage returns.
const MaxExportPage = 10_000

// JournalAward is an award as its campaign's journal records it.
type JournalAward struct {
	AppliedAward
	// Platform is the platform that made the award ("" if the journal does not say).
	Platform string
}

// JournalPage returns up to count (1 to MaxExportPage) awards of c's journal, oldest first, that follow
// after: "" starts at the first award, otherwise it is a next a previous call returned (else ErrCursor).
// next is where the following page starts, "" once the journal has no more awards; awards appended while
// a caller pages are read by a later page. Each award's Token is c.Source(). Safe for concurrent use; see
// Store about cancellation.
func (s *Store) JournalPage(ctx context.Context, c *rewards.Campaign, after string, count int) ([]JournalAward, string, error) {
	if count < 1 || count > MaxExportPage {
		return nil, "", fmt.Errorf("journal page: %w: count %d, 1 to %d", ErrInvalid, count, MaxExportPage)
	}
	start := "-"
	if after != "" {
		if !streamID(after) {
			return nil, "", fmt.Errorf("journal page: %w", ErrCursor)
		}
		start = "(" + after
	}
	token := c.Source().Common()
	msgs, err := s.rdb.XRangeN(ctx, s.k.journal(token, c.ID), start, "+", int64(count)).Result()
	if err != nil {
		return nil, "", fmt.Errorf("journal page: %w", err)
	}
	out := make([]JournalAward, len(msgs))
	for i, m := range msgs {
		a, err := journalAward(c.ID, token, m)
		if err != nil {
			return nil, "", fmt.Errorf("journal page: %w", err)
		}
		out[i] = a
	}
	if err := s.overlayJournal(ctx, token, out); err != nil {
		return nil, "", fmt.Errorf("journal page: %w", err)
	}
	next := ""
	if len(msgs) == count {
		next = msgs[len(msgs)-1].ID
	}
	return out, next, nil
}

// journalAward decodes one entry of campaign's journal, as the apply script writes it.
func journalAward(campaign string, token common.Address, m redis.XMessage) (JournalAward, error) {
	field := func(k string) string { v, _ := m.Values[k].(string); return v }
	amount, err := rewards.ParseAmount(field("amount"))
	if err != nil {
		return JournalAward{}, fmt.Errorf("journal entry %s: %w", m.ID, err)
	}
	at, err := strconv.ParseInt(field("at"), 10, 64)
	if err != nil {
		return JournalAward{}, fmt.Errorf("journal entry %s: time: %w", m.ID, err)
	}
	a := JournalAward{AppliedAward: AppliedAward{ID: campaign + "-" + m.ID, CampaignID: campaign,
		Token: rewards.Address(token), Account: rewards.Address(common.HexToAddress(field("account"))),
		Amount: rewards.NewAmount(amount), Reason: field("reason"), At: time.UnixMilli(at).UTC(),
		Capped: field("capped") == "1"}, Platform: field("platform")}
	if cp := field("counterparty"); cp != "" {
		addr := rewards.Address(common.HexToAddress(cp))
		a.Counterparty = &addr
	}
	a.Status = StatusClaimable
	if st := field("status"); st == "p" || st == "a" {
		a.Status, a.AwaitingApproval = StatusPending, st == "a"
		n, err := strconv.ParseInt(field("claimable_at"), 10, 64)
		if err != nil {
			return JournalAward{}, fmt.Errorf("journal entry %s: claimable_at: %w", m.ID, err)
		}
		t := time.UnixMilli(n).UTC()
		a.ClaimableAt = &t
	}
	return a, nil
}

// streamID reports whether s is a Redis stream id, <ms>-<seq>.
func streamID(s string) bool {
	ms, seq, ok := strings.Cut(s, "-")
	if !ok || ms == "" || seq == "" || len(s) > 41 {
		return false
	}
	for _, p := range []string{ms, seq} {
		if _, err := strconv.ParseUint(p, 10, 64); err != nil {
			return false
		}
	}
	return true
}

// AccountSources returns the payout sources (reward tokens, and sponsor pools standing for theirs) account
// has awards in, in byte order. Safe for concurrent use.
func (s *Store) AccountSources(ctx context.Context, account rewards.Address) ([]common.Address, error) {
	tokens, err := s.rdb.SMembers(ctx, s.k.accountTokens(account.Common())).Result()
	if err != nil {
		return nil, fmt.Errorf("account sources: %w", err)
	}
	out := make([]common.Address, len(tokens))
	for i, t := range tokens {
		out[i] = common.HexToAddress(t)
	}
	slices.SortFunc(out, func(x, y common.Address) int { return x.Cmp(y) })
	return out, nil
}

// AccountHistoryPage returns up to count (1 to MaxExportPage) of account's awards in source, from the
// offset-th (0: the newest), newest first, each with the platform its campaign's journal records. The list
// keeps the account's latest Options.AccountHistory awards per source; an award made while a caller pages
// shifts the list by one, so a page read after it may repeat the previous page's last award. Safe for
// concurrent use.
func (s *Store) AccountHistoryPage(ctx context.Context, account rewards.Address, source common.Address, offset, count int) ([]JournalAward, error) {
	if count < 1 || count > MaxExportPage || offset < 0 {
		return nil, fmt.Errorf("account history page: %w: offset %d, count %d (1 to %d)", ErrInvalid, offset, count, MaxExportPage)
	}
	if err := s.catchUp(ctx, source); err != nil {
		return nil, fmt.Errorf("account history page: %w", err)
	}
	recs, err := s.rdb.LRange(ctx, s.k.history(source, account.Common()), int64(offset), int64(offset+count-1)).Result()
	if err != nil {
		return nil, fmt.Errorf("account history page: %w", err)
	}
	out := make([]JournalAward, len(recs))
	if len(recs) == 0 {
		return out, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.XMessageSliceCmd, len(recs))
	for i, rec := range recs {
		var w []string
		if err := json.Unmarshal([]byte(rec), &w); err != nil {
			return nil, fmt.Errorf("account history page: %w", err)
		}
		a, err := decodeAward(source, w)
		if err != nil {
			return nil, fmt.Errorf("account history page: %w", err)
		}
		out[i].AppliedAward = a
		// The id is <campaign>-<stream id>, and a stream id is <ms>-<seq>.
		if sid := strings.TrimPrefix(a.ID, a.CampaignID+"-"); sid != a.ID && streamID(sid) {
			cmds[i] = pipe.XRangeN(ctx, s.k.journal(source, a.CampaignID), sid, sid, 1)
		}
	}
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("account history page: journal: %w", err)
	}
	for i, cmd := range cmds {
		if cmd == nil {
			continue
		}
		if msgs := cmd.Val(); len(msgs) == 1 {
			out[i].Platform, _ = msgs[0].Values["platform"].(string)
		}
	}
	return out, nil
}
