package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// The award lifecycle. An award is pending while its campaign's hold runs (and, in a manual campaign, until
// it is approved), then claimable; a pending award can be rejected (by review, or because its account was
// blocked) and a refundable one — a purchase's revenue share — reversed in part or whole by a refund. The
// rules the scripts enforce, per source (a reward token or a sponsor pool) and campaign:
//
//   - the cumulative total a voucher or an epoch leaf covers only ever holds claimable amounts and never
//     decreases: a pending award is not in it, and a reversal of a claimable one becomes debt;
//   - per account: cumulative - debt = the sum of its claimable awards net of reversals;
//   - per campaign: budget = remaining + pending + claimable (net of reversals) + debt attributed to it.
//     A rejection or a reversal of a pending award gives the budget back at once; a reversal of a claimable
//     one gives it back as the debt is paid off by the account's later awards in the source (until then the
//     amount may already be in the fan's wallet, and the pool cannot promise it to someone else);
//   - maturity is exact without a background job: every read of a cumulative total first makes the
//     account's due awards claimable (Mature), and an epoch first matures every due award (MatureDue).

// matureBatch is how many due awards one MatureDue script call makes claimable.
const matureBatch = 500

// Balance is an account's position in one source.
type Balance struct {
	// Cumulative is the claimable total vouchers and epoch leaves cover (it never decreases).
	Cumulative *big.Int
	// Pending is what is held: awards whose hold runs or that wait for approval.
	Pending *big.Int
	// Debt is what reversals took back after it was claimable, to be netted against later awards.
	Debt *big.Int
	// NextMaturity is the earliest claimable_at among the pending awards (nil when none are pending).
	NextMaturity *time.Time
}

// Mature makes account's due awards in source claimable and returns its balance there, in one script.
// Safe for concurrent use.
func (s *Store) Mature(ctx context.Context, source, account common.Address) (Balance, error) {
	res, err := s.matureCmd(ctx, s.rdb, source, account).Slice()
	if err != nil {
		return Balance{}, fmt.Errorf("mature %s: %w", source, err)
	}
	return balanceOf(res)
}

func (s *Store) matureCmd(ctx context.Context, c redis.Scripter, source, account common.Address) *redis.Cmd {
	now := s.now()
	return matureScript.Run(ctx, c, []string{s.k.tokenKey(source)}, now.UnixMilli(), hexAddr(account), 0, now.UTC().Format("20060102"))
}

func balanceOf(res []any) (Balance, error) {
	if len(res) != 5 {
		return Balance{}, fmt.Errorf("mature: unexpected reply of %d values", len(res))
	}
	str := func(v any) string { s, _ := v.(string); return s }
	b := Balance{Cumulative: decimal(str(res[1])), Pending: decimal(str(res[2])), Debt: decimal(str(res[3]))}
	if first := str(res[4]); first != "" {
		ms, err := strconv.ParseFloat(first, 64)
		if err != nil {
			return Balance{}, fmt.Errorf("mature: earliest maturity %q", first)
		}
		t := time.UnixMilli(int64(ms)).UTC()
		b.NextMaturity = &t
	}
	return b, nil
}

// MatureDue makes every due award of source claimable, a batch per script call, and returns how many it
// matured. Safe for concurrent use (two callers never mature an award twice).
func (s *Store) MatureDue(ctx context.Context, source common.Address) (int, error) {
	total := 0
	for {
		res, err := matureScript.Run(ctx, s.rdb, []string{s.k.tokenKey(source)}, s.now().UnixMilli(), "", matureBatch, "").Int64Slice()
		if err != nil {
			return total, fmt.Errorf("mature due %s: %w", source, err)
		}
		total += int(res[0])
		if res[1] == 0 {
			return total, nil
		}
	}
}

// Balances returns account's balance in every source it has awards in, after maturing what is due.
// Safe for concurrent use.
func (s *Store) Balances(ctx context.Context, account rewards.Address) (map[common.Address]Balance, error) {
	tokens, err := s.rdb.SMembers(ctx, s.k.accountTokens(account.Common())).Result()
	if err != nil {
		return nil, fmt.Errorf("balances: %w", err)
	}
	out := make(map[common.Address]Balance, len(tokens))
	if len(tokens) == 0 {
		return out, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.Cmd, len(tokens))
	for i, t := range tokens {
		cmds[i] = s.matureCmd(ctx, pipe, common.HexToAddress(t), account.Common())
	}
	_, _ = pipe.Exec(ctx) // errors are per command
	for i, c := range cmds {
		res, err := c.Slice()
		if err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") {
			// A pipeline sends EVALSHA only; once per server the script is not cached yet.
			res, err = s.matureCmd(ctx, s.rdb, common.HexToAddress(tokens[i]), account.Common()).Slice()
		}
		if err != nil {
			return nil, fmt.Errorf("balances: %w", err)
		}
		b, err := balanceOf(res)
		if err != nil {
			return nil, err
		}
		if b.Cumulative.Sign() == 0 && b.Pending.Sign() == 0 && b.Debt.Sign() == 0 {
			continue // indexed before an award that was then refused, or all rejected
		}
		out[common.HexToAddress(tokens[i])] = b
	}
	return out, nil
}

// dropBlocked applies the operator's blocks (vals: HMGET of the blocked-everywhere hash over accts, the
// request's accounts) to req: a blocked subject (or any blocked account of a direct request) refuses the
// request with ErrBlocked; another blocked account's awards are dropped. The campaigns' own blocks are
// checked by the apply script.
func dropBlocked(req ApplyRequest, accts []string, vals []any) ([]Entry, error) {
	blocked := map[rewards.Address]bool{}
	for i, v := range vals {
		if v != nil {
			blocked[rewards.Address(common.HexToAddress(accts[i]))] = true
		}
	}
	if len(blocked) == 0 {
		return req.Entries, nil
	}
	out := make([]Entry, 0, len(req.Entries))
	for _, e := range req.Entries {
		if !blocked[e.Award.Account] {
			out = append(out, e)
			continue
		}
		if req.Direct || req.Subject != nil && *req.Subject == e.Award.Account {
			return nil, fmt.Errorf("account %s: %w", e.Award.Account, ErrBlocked)
		}
	}
	return out, nil
}

// NoteUnlinkedExpired is the note of an award reversed because its platform user was not linked to a wallet
// within the campaign's unlinked_expiry_days.
const NoteUnlinkedExpired = "unlinked_expired"

// Review outcomes, per award id.
const (
	ReviewApproved   = "approved"    // approved; it becomes claimable when its hold ends
	ReviewClaimable  = "claimable"   // approved and claimable now
	ReviewRejected   = "rejected"    // rejected; its budget is back
	ReviewNotPending = "not_pending" // already claimable, rejected or reversed: nothing changed
	ReviewNotFound   = "not_found"   // no pending award of this campaign has this id
)

// ReviewOutcome is what a review did to one award.
type ReviewOutcome struct {
	ID      string `json:"id"`
	Outcome string `json:"outcome"`
}

// MaxReview is the most award ids one Review call takes.
const MaxReview = 1000

// Review approves and rejects pending awards of c, each in one script (approvals first). An id appearing
// in both lists is ErrInvalid. note is recorded with rejections. Safe for concurrent use.
func (s *Store) Review(ctx context.Context, c *rewards.Campaign, approve, reject []string, note string) ([]ReviewOutcome, error) {
	if len(approve)+len(reject) > MaxReview {
		return nil, fmt.Errorf("review: %w: at most %d award ids", ErrInvalid, MaxReview)
	}
	for _, id := range approve {
		if slices.Contains(reject, id) {
			return nil, fmt.Errorf("review: %w: award %s is both approved and rejected", ErrInvalid, id)
		}
	}
	out := []ReviewOutcome{}
	for _, step := range []struct {
		action string
		ids    []string
	}{{"approve", approve}, {"reject", reject}} {
		if len(step.ids) == 0 {
			continue
		}
		res, err := s.review(ctx, c, step.action, note, step.ids...)
		if err != nil {
			return nil, fmt.Errorf("review: %w", err)
		}
		out = append(out, res...)
	}
	return out, nil
}

func (s *Store) review(ctx context.Context, c *rewards.Campaign, action, note string, ids ...string) ([]ReviewOutcome, error) {
	return s.reviewIn(ctx, c.Source().Common(), c.ID, action, note, ids...)
}

func (s *Store) reviewIn(ctx context.Context, source common.Address, campaign, action, note string, ids ...string) ([]ReviewOutcome, error) {
	now := s.now()
	args := []any{now.UnixMilli(), now.UTC().Format("20060102"), campaign, action, note}
	for _, id := range ids {
		args = append(args, id)
	}
	res, err := s.runAcked(ctx, reviewScript, []string{s.k.tokenKey(source)}, args...).StringSlice()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, err
	}
	out := make([]ReviewOutcome, len(res))
	for i, r := range res {
		j := strings.LastIndexByte(r, ':')
		out[i] = ReviewOutcome{ID: r[:j], Outcome: r[j+1:]}
	}
	return out, nil
}

// Block blocks account in c: its pending awards there are rejected (note recorded), and awards and referrals
// naming it are refused from now on. It returns the awards it rejected. Safe for concurrent use.
func (s *Store) Block(ctx context.Context, c *rewards.Campaign, account rewards.Address, note string) ([]ReviewOutcome, error) {
	res, err := s.review(ctx, c, "block", note, hexAddr(account.Common()))
	if err != nil {
		return nil, fmt.Errorf("block: %w", err)
	}
	return res, nil
}

// Unblock lifts c's block of account; false if it was not blocked. Rejected awards stay rejected.
func (s *Store) Unblock(ctx context.Context, c *rewards.Campaign, account rewards.Address) (bool, error) {
	n, err := s.rdb.HDel(ctx, s.k.blocks(c.Source().Common(), c.ID), hexAddr(account.Common())).Result()
	if err != nil {
		return false, fmt.Errorf("unblock: %w", err)
	}
	return n > 0, nil
}

// BlockEntry is one blocked account.
type BlockEntry struct {
	Account rewards.Address `json:"account"`
	Reason  string          `json:"reason"`
	At      time.Time       `json:"at"`
}

// Blocks lists c's blocked accounts, oldest first. Safe for concurrent use.
func (s *Store) Blocks(ctx context.Context, c *rewards.Campaign) ([]BlockEntry, error) {
	m, err := s.rdb.HGetAll(ctx, s.k.blocks(c.Source().Common(), c.ID)).Result()
	if err != nil {
		return nil, fmt.Errorf("blocks: %w", err)
	}
	return blockEntries(m), nil
}

func blockEntries(m map[string]string) []BlockEntry {
	out := make([]BlockEntry, 0, len(m))
	for a, v := range m {
		ms, reason, _ := strings.Cut(v, ":")
		n, _ := strconv.ParseInt(ms, 10, 64)
		out = append(out, BlockEntry{Account: rewards.Address(common.HexToAddress(a)), Reason: reason, At: time.UnixMilli(n).UTC()})
	}
	slices.SortFunc(out, func(a, b BlockEntry) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		return strings.Compare(a.Account.String(), b.Account.String())
	})
	return out
}

// IsBlocked reports whether account is blocked in c, or everywhere.
func (s *Store) IsBlocked(ctx context.Context, c *rewards.Campaign, account rewards.Address) (bool, error) {
	a := hexAddr(account.Common())
	pipe := s.rdb.Pipeline()
	here := pipe.HExists(ctx, s.k.blocks(c.Source().Common(), c.ID), a)
	everywhere := pipe.HExists(ctx, s.k.blockedEverywhere(), a)
	if _, err := pipe.Exec(ctx); err != nil {
		return false, fmt.Errorf("is blocked: %w", err)
	}
	return here.Val() || everywhere.Val(), nil
}

// BlockEverywhere is an operator's block: account's pending awards in every source are rejected and every
// campaign refuses it from now on. It returns the awards it rejected.
func (s *Store) BlockEverywhere(ctx context.Context, account rewards.Address, note string) ([]ReviewOutcome, error) {
	a := hexAddr(account.Common())
	if err := s.rdb.HSet(ctx, s.k.blockedEverywhere(), a, strconv.FormatInt(s.now().UnixMilli(), 10)+":"+note).Err(); err != nil {
		return nil, fmt.Errorf("block everywhere: %w", err)
	}
	tokens, err := s.rdb.SMembers(ctx, s.k.accountTokens(account.Common())).Result()
	if err != nil {
		return nil, fmt.Errorf("block everywhere: %w", err)
	}
	out := []ReviewOutcome{}
	for _, t := range tokens {
		res, err := s.reviewIn(ctx, common.HexToAddress(t), "", "blockall", note, a)
		if err != nil {
			return nil, fmt.Errorf("block everywhere: %w", err)
		}
		out = append(out, res...)
	}
	return out, nil
}

// UnblockEverywhere lifts an operator's block; false if there was none.
func (s *Store) UnblockEverywhere(ctx context.Context, account rewards.Address) (bool, error) {
	n, err := s.rdb.HDel(ctx, s.k.blockedEverywhere(), hexAddr(account.Common())).Result()
	if err != nil {
		return false, fmt.Errorf("unblock everywhere: %w", err)
	}
	return n > 0, nil
}

// BlockedEverywhere lists the operator's blocks, oldest first.
func (s *Store) BlockedEverywhere(ctx context.Context) ([]BlockEntry, error) {
	m, err := s.rdb.HGetAll(ctx, s.k.blockedEverywhere()).Result()
	if err != nil {
		return nil, fmt.Errorf("blocked everywhere: %w", err)
	}
	return blockEntries(m), nil
}

// RefundRequest is a refund event.
type RefundRequest struct {
	Platform       string
	IdempotencyKey string
	RequestHash    [32]byte
	// EventID is the refund's own event id ("" for none): a repeat returns the first result.
	EventID string
	// RefEventID is the purchase's event id; Account must be its purchaser.
	RefEventID string
	Account    rewards.Address
	// Value is the part refunded; nil refunds what is left of the purchase.
	Value *rewards.Amount
	// Note is recorded with the reversals.
	Note string
}

// Reversal is what a refund took back of one award.
type Reversal struct {
	AwardID string         `json:"award_id"`
	Amount  rewards.Amount `json:"amount"`
	// Status is the award's status after the refund.
	Status string `json:"status"`
}

// RefundResult is what Refund did.
type RefundResult struct {
	Reversals []Reversal
	Replayed  bool
}

// Refund reverses the revenue share the purchase RefEventID of c paid, in proportion to the value refunded:
// after refunds totalling r of a purchase of value v, an award of amount a has had floor(a*r/v) reversed
// (all of it once the whole purchase is refunded). A purchase made by a platform user before it was linked is
// its wallet's to refund (Account the wallet), and reverses from wherever its awards moved.
// ErrUnknownEvent if c has no such purchase by Account;
// ErrRefundTooLarge if Value is more than what is left to refund (or nothing is left). Safe for concurrent
// use: concurrent refunds of one purchase are serialised by a compare-and-set on its record.
func (s *Store) Refund(ctx context.Context, c *rewards.Campaign, req RefundRequest) (*RefundResult, error) {
	if req.RefEventID == "" {
		return nil, fmt.Errorf("refund: %w: no ref_event_id", ErrInvalid)
	}
	source := c.Source().Common()
	idemKey := s.k.cumulative(source)
	reqHash := ""
	if req.IdempotencyKey != "" {
		idemKey = s.k.awardIdem(source, req.Platform, req.IdempotencyKey)
		reqHash = fmt.Sprintf("%x", req.RequestHash)
	}
	buyKey := s.k.tokenKey(source) + "buy:" + esc(c.ID)
	for attempt := 0; attempt < 16; attempt++ {
		// A repeat returns the first result even once nothing is left to refund.
		if done, err := s.refundDone(ctx, c, idemKey, reqHash, req.EventID); err != nil || done != nil {
			return done, err
		}
		rec, err := s.rdb.HGet(ctx, buyKey, req.RefEventID).Result()
		if errors.Is(err, redis.Nil) {
			rec = ""
		} else if err != nil {
			return nil, fmt.Errorf("refund: %w", err)
		}
		if rec == "" {
			return nil, fmt.Errorf("refund: %w: %s", ErrUnknownEvent, req.RefEventID)
		}
		pairs, next, err := s.refundPlan(ctx, source, rec, req)
		if err != nil {
			return nil, fmt.Errorf("refund: %w", err)
		}
		now := s.now()
		args := append([]any{now.UnixMilli(), now.UTC().Format("20060102"), c.ID, req.RefEventID, rec, next,
			req.EventID, reqHash, req.Note}, pairs...)
		res, err := s.runAcked(ctx, refundScript, []string{s.k.tokenKey(source), idemKey}, args...).StringSlice()
		if err != nil {
			return nil, fmt.Errorf("refund: %w", err)
		}
		switch res[0] {
		case "ok", "replay":
			return refundResult(res[1], res[0] == "replay")
		case "conflict":
			return nil, fmt.Errorf("refund: %w", ErrIdempotencyConflict)
		case "changed":
			continue // another refund of the purchase came first (or it was recorded after the read): again
		}
		return nil, fmt.Errorf("refund: unexpected script result %q", res[0])
	}
	return nil, fmt.Errorf("refund: %w: the purchase kept changing", ErrInProgress)
}

func refundResult(s string, replayed bool) (*RefundResult, error) {
	var wire [][3]string
	if err := json.Unmarshal([]byte(s), &wire); err != nil {
		return nil, fmt.Errorf("refund: stored result: %w", err)
	}
	out := &RefundResult{Reversals: make([]Reversal, len(wire)), Replayed: replayed}
	for i, w := range wire {
		out.Reversals[i] = Reversal{AwardID: w[0], Amount: rewards.NewAmount(decimal(w[1])), Status: statusName(w[2])}
	}
	return out, nil
}

// refundDone returns the stored result of a refund already made with this idempotency key or event id, or
// nil; ErrIdempotencyConflict if the key was used for another request.
func (s *Store) refundDone(ctx context.Context, c *rewards.Campaign, idemKey, reqHash, eventID string) (*RefundResult, error) {
	if reqHash != "" {
		rec, err := idemGetScript.Run(ctx, s.rdb, []string{idemKey}).StringSlice()
		if err != nil && !errors.Is(err, redis.Nil) {
			return nil, fmt.Errorf("refund: %w", err)
		}
		if len(rec) == 2 {
			if rec[0] != reqHash[:32] {
				return nil, fmt.Errorf("refund: %w", ErrIdempotencyConflict)
			}
			return refundResult(rec[1], true)
		}
	}
	if eventID == "" {
		return nil, nil
	}
	r, err := s.rdb.HGet(ctx, s.k.tokenKey(c.Source().Common())+"evt:"+esc(c.ID), eventID).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("refund: %w", err)
	}
	return refundResult(r, true)
}

// refundPlan works out, from a purchase record "<account>|<value>|<refunded>|<award ids,>" as read, the
// record after this refund and the (award id, amount) pairs to reverse.
func (s *Store) refundPlan(ctx context.Context, source common.Address, rec string, req RefundRequest) ([]any, string, error) {
	parts := strings.SplitN(rec, "|", 4)
	if len(parts) != 4 {
		return nil, "", fmt.Errorf("malformed purchase record %q", rec)
	}
	if parts[0] != hexAddr(req.Account.Common()) {
		// A purchase a platform user made before it was linked names its pseudo-account; the user now stands
		// for its wallet (the slot's link marker), whose refund it is. The awards it paid were moved to their
		// accounts' wallets with their states, so the reversal takes from those (debt once claimable).
		linked := ""
		if IsUserAccount(common.HexToAddress(parts[0])) {
			w, err := s.rdb.HGet(ctx, s.k.tokenKey(source)+"link", parts[0]).Result()
			if err != nil && !errors.Is(err, redis.Nil) {
				return nil, "", err
			}
			linked = w
		}
		if linked != hexAddr(req.Account.Common()) {
			return nil, "", fmt.Errorf("%w: %s", ErrUnknownEvent, req.RefEventID)
		}
	}
	value, refunded := decimal(parts[1]), decimal(parts[2])
	left := new(big.Int).Sub(value, refunded)
	amount := left
	if req.Value != nil {
		amount = req.Value.Big()
	}
	if left.Sign() == 0 || amount.Sign() == 0 || amount.Cmp(left) > 0 {
		return nil, "", fmt.Errorf("%w: %s of %s left to refund", ErrRefundTooLarge, left, value)
	}
	after := new(big.Int).Add(refunded, amount)
	next := parts[0] + "|" + parts[1] + "|" + after.String() + "|" + parts[3]
	var pairs []any
	if parts[3] == "" {
		return pairs, next, nil
	}
	ids := strings.Split(parts[3], ",")
	states, err := s.rdb.HMGet(ctx, s.k.tokenKey(source)+"aw", ids...).Result()
	if err != nil {
		return nil, "", err
	}
	for i, v := range states {
		st, ok := v.(string)
		if !ok {
			continue
		}
		state, ok := parseState(st)
		if !ok {
			return nil, "", fmt.Errorf("malformed award state %q", st)
		}
		a := decimal(state.amount)
		// floor(a*after/value) - floor(a*refunded/value): the total reversed stays exact whatever the steps.
		x := new(big.Int).Quo(new(big.Int).Mul(a, after), value)
		x.Sub(x, new(big.Int).Quo(new(big.Int).Mul(a, refunded), value))
		if x.Sign() > 0 {
			pairs = append(pairs, ids[i], x.String())
		}
	}
	return pairs, next, nil
}

func statusName(s string) string {
	switch s {
	case "p":
		return StatusPending
	case "c":
		return StatusClaimable
	case "x":
		return StatusRejected
	case "r":
		return StatusReversed
	}
	return s
}

// awardState is an award's lifecycle state as the scripts keep it.
type awardState struct {
	status, account, amount, reversed string
	at                                int64
	approved                          bool
}

func parseState(v string) (awardState, bool) {
	f := strings.SplitN(v, "|", 7)
	if len(f) != 7 {
		return awardState{}, false
	}
	at, err := strconv.ParseInt(f[4], 10, 64)
	if err != nil {
		return awardState{}, false
	}
	return awardState{status: statusName(f[0]), account: f[1], amount: f[2], reversed: f[3], at: at, approved: f[5] == "1"}, true
}

// overlay sets the current status of awards of source from their lifecycle state; awards without one keep
// what their record says. An award still pending whose hold has ended and that needs no approval is shown
// claimable (reads mature it before they count it).
func (s *Store) overlay(ctx context.Context, source common.Address, awards []AppliedAward) error {
	if len(awards) == 0 {
		return nil
	}
	ids := make([]string, len(awards))
	for i, a := range awards {
		ids[i] = a.ID
	}
	pipe := s.rdb.Pipeline()
	states := pipe.HMGet(ctx, s.k.tokenKey(source)+"aw", ids...)
	notes := pipe.HMGet(ctx, s.k.tokenKey(source)+"awnote", ids...)
	if _, err := pipe.Exec(ctx); err != nil {
		return err
	}
	now := s.now().UnixMilli()
	for i, v := range states.Val() {
		str, ok := v.(string)
		if !ok {
			continue
		}
		st, ok := parseState(str)
		if !ok {
			return fmt.Errorf("malformed award state %q", str)
		}
		a := &awards[i]
		a.Status, a.ClaimableAt, a.AwaitingApproval = st.status, nil, false
		if st.status == StatusPending {
			if st.approved && st.at <= now {
				a.Status = StatusClaimable
			} else {
				t := time.UnixMilli(st.at).UTC()
				a.ClaimableAt = &t
				a.AwaitingApproval = !st.approved
			}
		}
		if st.reversed != "0" {
			r := rewards.NewAmount(decimal(st.reversed))
			a.Reversed = &r
		}
		if n, ok := notes.Val()[i].(string); ok {
			a.Note = n
		}
	}
	return nil
}

// PendingAwards returns a page of c's pending awards, newest first: at most limit (0: DefaultPageSize; at
// most MaxPageSize) after cursor ("" for the first page), and the next page's cursor ("" when done).
func (s *Store) PendingAwards(ctx context.Context, c *rewards.Campaign, cur string, limit int) ([]AppliedAward, string, error) {
	after, err := parseCursor(cur)
	if err != nil {
		return nil, "", fmt.Errorf("pending awards: %w", err)
	}
	if limit, err = pageSize(limit); err != nil {
		return nil, "", fmt.Errorf("pending awards: %w", err)
	}
	source := c.Source().Common()
	ids, next, err := s.page(ctx, s.k.tokenKey(source)+"cpend:"+esc(c.ID), after, limit)
	if err != nil {
		return nil, "", fmt.Errorf("pending awards: %w", err)
	}
	out := make([]AppliedAward, 0, len(ids))
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.XMessageSliceCmd, len(ids))
	prefix := c.ID + "-"
	for i, id := range ids {
		sid := strings.TrimPrefix(id, prefix)
		cmds[i] = pipe.XRange(ctx, s.k.journal(source, c.ID), sid, sid)
	}
	if len(ids) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, "", fmt.Errorf("pending awards: %w", err)
		}
	}
	for _, cmd := range cmds {
		msgs := cmd.Val()
		if len(msgs) != 1 {
			continue // trimmed from the journal: not expected while pending
		}
		a, err := journalAward(c.ID, source, msgs[0])
		if err != nil {
			return nil, "", fmt.Errorf("pending awards: %w", err)
		}
		out = append(out, a.AppliedAward)
	}
	if err := s.overlay(ctx, source, out); err != nil {
		return nil, "", fmt.Errorf("pending awards: %w", err)
	}
	return out, next, nil
}

// PendingSnapshot calls fn with every account's pending total and earliest maturity in every source, after
// maturing what is due, until fn returns an error (returned as is). It scans with SSCAN and HSCAN.
func (s *Store) PendingSnapshot(ctx context.Context, fn func(source, account common.Address, pending *big.Int, earliest time.Time) error) error {
	var cursor uint64
	seen := map[string]bool{}
	for {
		tokens, next, err := s.rdb.SScan(ctx, s.k.tokens(), cursor, "", 100).Result()
		if err != nil {
			return fmt.Errorf("pending snapshot: %w", err)
		}
		for _, t := range tokens {
			if seen[t] {
				continue
			}
			seen[t] = true
			if err := s.pendingSource(ctx, common.HexToAddress(t), fn); err != nil {
				return err
			}
		}
		if cursor = next; cursor == 0 {
			return nil
		}
	}
}

func (s *Store) pendingSource(ctx context.Context, source common.Address, fn func(source, account common.Address, pending *big.Int, earliest time.Time) error) error {
	if _, err := s.MatureDue(ctx, source); err != nil {
		return err
	}
	seen := map[string]bool{}
	var cursor uint64
	for {
		kv, next, err := s.rdb.HScan(ctx, s.k.tokenKey(source)+"pendt", cursor, "", 500).Result()
		if err != nil {
			return fmt.Errorf("pending snapshot %s: %w", source, err)
		}
		pipe := s.rdb.Pipeline()
		type row struct {
			account string
			pending *big.Int
			first   *redis.ZSliceCmd
		}
		var rows []row
		for i := 0; i+1 < len(kv); i += 2 {
			if seen[kv[i]] {
				continue
			}
			seen[kv[i]] = true
			rows = append(rows, row{kv[i], decimal(kv[i+1]), pipe.ZRangeWithScores(ctx, s.k.tokenKey(source)+"pend:"+kv[i], 0, 0)})
		}
		if len(rows) > 0 {
			if _, err := pipe.Exec(ctx); err != nil {
				return fmt.Errorf("pending snapshot %s: %w", source, err)
			}
		}
		for _, r := range rows {
			var earliest time.Time
			if z := r.first.Val(); len(z) == 1 {
				earliest = time.UnixMilli(int64(z[0].Score)).UTC()
			}
			if err := fn(source, common.HexToAddress(r.account), r.pending, earliest); err != nil {
				return err
			}
		}
		if cursor = next; cursor == 0 {
			return nil
		}
	}
}

// overlayJournal is overlay for journal awards.
func (s *Store) overlayJournal(ctx context.Context, source common.Address, awards []JournalAward) error {
	plain := make([]AppliedAward, len(awards))
	for i := range awards {
		plain[i] = awards[i].AppliedAward
	}
	if err := s.overlay(ctx, source, plain); err != nil {
		return err
	}
	for i := range awards {
		awards[i].AppliedAward = plain[i]
	}
	return nil
}

// MatureAll makes every due award of every source claimable (only sources with something due cost more
// than one pipelined read). It is what the maturity worker runs every second so that award.claimable
// webhooks go out on time; correctness never depends on it (reads mature what they count).
func (s *Store) MatureAll(ctx context.Context) (int, error) {
	return s.eachDue(ctx, "mature all", "due", s.MatureDue)
}

// eachDue runs fn on every source whose queue (the sorted set <source's slot>+suffix, scored by due time in
// Unix ms) holds something due now, and sums what fn returns; the other sources cost one pipelined read.
func (s *Store) eachDue(ctx context.Context, what, suffix string, fn func(context.Context, common.Address) (int, error)) (int, error) {
	tokens, err := s.rdb.SMembers(ctx, s.k.tokens()).Result()
	if err != nil || len(tokens) == 0 {
		return 0, err
	}
	now := strconv.FormatInt(s.now().UnixMilli(), 10)
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.StringSliceCmd, len(tokens))
	for i, t := range tokens {
		cmds[i] = pipe.ZRangeByScore(ctx, s.k.tokenKey(common.HexToAddress(t))+suffix, &redis.ZRangeBy{Min: "-inf", Max: now, Count: 1})
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	total := 0
	for i, c := range cmds {
		if len(c.Val()) == 0 {
			continue
		}
		n, err := fn(ctx, common.HexToAddress(tokens[i]))
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// expireBatch is how many expired awards one ExpireDue script call returns to their budgets.
const expireBatch = 500

// ExpireDue returns to their campaigns' budgets the awards of source's unlinked platform users whose
// campaign's unlinked_expiry_days are up (see rewards.Rules.UnlinkedExpiryDays), a batch per script call, and
// returns how many it expired. Each becomes reversed with the note NoteUnlinkedExpired and an award.reversed
// webhook, once: the queue entry is taken in the same script. An award whose user was linked before its
// expiry moved to the wallet and stays there. Safe for concurrent use.
func (s *Store) ExpireDue(ctx context.Context, source common.Address) (int, error) {
	total := 0
	for {
		now := s.now()
		res, err := expireScript.Run(ctx, s.rdb, []string{s.k.tokenKey(source)}, now.UnixMilli(), now.UTC().Format("20060102"),
			expireBatch).Int64Slice()
		if err != nil {
			return total, fmt.Errorf("expire due %s: %w", source, err)
		}
		total += int(res[0])
		if res[1] == 0 {
			return total, nil
		}
	}
}

// ExpireAll is ExpireDue for every source with something to expire (the others cost one pipelined read).
// Reads of a user's balance, links and epochs expire what is due themselves; this makes the webhooks and the
// campaign's totals follow on time.
func (s *Store) ExpireAll(ctx context.Context) (int, error) {
	return s.eachDue(ctx, "expire all", "uexp", s.ExpireDue)
}

// RunMaturity calls MatureAll, then ExpireAll, every interval until ctx ends; errors go to onErr.
func (s *Store) RunMaturity(ctx context.Context, interval time.Duration, onErr func(error)) {
	every(ctx, interval, func() error {
		if _, err := s.MatureAll(ctx); err != nil {
			return err
		}
		_, err := s.ExpireAll(ctx)
		return err
	}, onErr)
}

// every calls fn every interval until ctx ends, passing its errors (but none caused by ctx ending) to onErr.
func every(ctx context.Context, interval time.Duration, fn func() error, onErr func(error)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := fn(); err != nil && ctx.Err() == nil {
				onErr(err)
			}
		}
	}
}
