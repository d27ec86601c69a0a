package ledger

import (
	"context"
	"encoding/hex"
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

// Entry is one award of a campaign, as rewards.Evaluate or a direct award produces it.
type Entry struct {
	Campaign *rewards.Campaign
	Award    rewards.Award
}

// ApplyRequest is what Apply credits: one event's awards, or a batch of direct awards.
type ApplyRequest struct {
	// Platform is the caller; it scopes IdempotencyKey and is recorded in the journal.
	Platform string
	// IdempotencyKey makes the request apply once: a repeat with the same RequestHash returns the first
	// result, forever; with another hash, ErrIdempotencyConflict. "" means no idempotency.
	IdempotencyKey string
	// RequestHash identifies the request's content (e.g. SHA-256 of the body).
	RequestHash [32]byte
	// Entries are the awards, all of campaigns with the same RewardToken (else ErrMixedTokens), at most
	// MaxBatch, each with an amount above 0.
	Entries []Entry
	// Direct marks direct awards: one over what is left of its account's daily cap fails the whole request
	// with a *DailyCapError. Event awards are instead cut to what is left (Capped) and dropped at 0.
	Direct bool
	// QualifyReferee, if set, names the referee whose referral in campaign QualifyCampaign (one of the
	// entries' campaigns) this request qualifies: if that referral has already been qualified — or does not
	// exist — the entries whose Award.Referral is set are dropped; otherwise it is marked qualified.
	QualifyReferee  *rewards.Address
	QualifyCampaign string
	// Campaign, if set, is the campaign the request is about; every entry must share its reward token. It
	// lets a request that earns nothing (an event no rule pays) still record its IdempotencyKey.
	Campaign *rewards.Campaign
	// EventID is the platform's id of the event (requires Campaign): unique per campaign, a repeat returns
	// the first result whatever its IdempotencyKey.
	EventID string
	// Purchase, for a purchase event with an EventID, is what a refund needs later: the purchaser and the
	// value. Its revenue-share awards keep a state so that a refund can reverse them.
	Purchase *Purchase
	// Subject is the account the event is about: if it is blocked the request is refused (ErrBlocked), while
	// an award to another blocked account (a referrer, say) is dropped. Direct requests refuse any blocked
	// account.
	Subject *rewards.Address
}

// Purchase is what the ledger keeps of a purchase event for its refunds.
type Purchase struct {
	Account rewards.Address
	Value   rewards.Amount
}

// AppliedAward is an award the ledger credited.
type AppliedAward struct {
	// ID is unique across the ledger: the campaign id and the award's journal entry id.
	ID         string          `json:"id"`
	CampaignID string          `json:"campaign_id"`
	Token      rewards.Address `json:"token"`
	Account    rewards.Address `json:"account"`
	// Amount is what was credited: the award's amount, or less if Capped.
	Amount       rewards.Amount   `json:"amount"`
	Reason       string           `json:"reason"`
	Counterparty *rewards.Address `json:"counterparty,omitempty"`
	At           time.Time        `json:"at"`
	// Capped is set when the daily cap cut the award.
	Capped bool `json:"capped,omitempty"`
	// Status is StatusPending, StatusClaimable, StatusRejected or StatusReversed.
	Status string `json:"status"`
	// ClaimableAt is when a pending award's hold ends (a manual campaign's award also needs approval).
	ClaimableAt *time.Time `json:"claimable_at,omitempty"`
	// Reversed is how much refunds took back of it (all of it once Status is StatusReversed).
	Reversed *rewards.Amount `json:"reversed,omitempty"`
	// AwaitingApproval is set while a manual campaign's award waits for review.
	AwaitingApproval bool `json:"awaiting_approval,omitempty"`
	// Note says why it was rejected or reversed.
	Note string `json:"note,omitempty"`
}

// Award statuses.
const (
	StatusPending   = "pending"
	StatusClaimable = "claimable"
	StatusRejected  = "rejected"
	StatusReversed  = "reversed"
)

// ApplyResult is what Apply did.
type ApplyResult struct {
	// Awards are the credited awards, in request order (dropped ones left out). Never nil.
	Awards []AppliedAward
	// Replayed is set when the idempotency key had been used: Awards are the first request's.
	Replayed bool
}

// Apply credits awards atomically: in one Lua script it checks the idempotency key, the once-only referral
// payout, the daily caps and the campaigns' budgets, then appends each award to its campaign's journal and
// adds it to the account's cumulative total of the token, the account's earnings in the campaign, the
// campaign's leaderboard and the account's history. Either every award of the request is applied or none.
//
// Errors: ErrMixedTokens; ErrInvalid; a *BudgetError (ErrBudgetExhausted) if a campaign's remaining budget
// is less than the sum of its awards; a *DailyCapError (ErrDailyCap) for a direct award over the cap;
// ErrOverflow if a cumulative total would pass 2^256-1; ErrIdempotencyConflict. The campaigns are trusted to
// be the stored ones (their budget initialises the remaining budget if CreateCampaign did not get that far).
// Safe for concurrent use; see Store about cancellation.
func (s *Store) Apply(ctx context.Context, req ApplyRequest) (*ApplyResult, error) {
	if len(req.Entries) == 0 && (req.IdempotencyKey == "" && req.EventID == "" || req.Campaign == nil) {
		return &ApplyResult{Awards: []AppliedAward{}}, nil
	}
	if len(req.Entries) > MaxBatch {
		return nil, fmt.Errorf("apply: %w: %d entries, at most %d", ErrInvalid, len(req.Entries), MaxBatch)
	}
	token, known := common.Address{}, false
	if req.Campaign != nil {
		token, known = req.Campaign.Source().Common(), true
	}
	for i, e := range req.Entries {
		if e.Campaign == nil || e.Campaign.ID == "" {
			return nil, fmt.Errorf("apply: %w: entry %d has no campaign", ErrInvalid, i)
		}
		if !known {
			token, known = e.Campaign.Source().Common(), true
		} else if e.Campaign.Source().Common() != token {
			return nil, fmt.Errorf("apply: %w", ErrMixedTokens)
		}
		if e.Award.Amount.IsZero() {
			return nil, fmt.Errorf("apply: %w: entry %d has amount 0", ErrInvalid, i)
		}
	}
	if req.EventID != "" && req.Campaign == nil {
		return nil, fmt.Errorf("apply: %w: an event id needs the request's campaign", ErrInvalid)
	}
	tokenHex := hexAddr(token)

	// One round trip to the other slots: the operator's blocks, the token indexes, and the idempotency
	// key's binding to the token. Indexing is harmless if the request is then refused.
	pipe := s.rdb.Pipeline()
	var accts []string
	for _, e := range req.Entries {
		if a := hexAddr(e.Award.Account.Common()); !slices.Contains(accts, a) {
			accts = append(accts, a)
		}
	}
	var blocks *redis.SliceCmd
	if len(accts) > 0 {
		blocks = pipe.HMGet(ctx, s.k.blockedEverywhere(), accts...)
	}
	if _, ok := s.indexed.Load(token); !ok {
		pipe.SAdd(ctx, s.k.tokens(), tokenHex)
	}
	for _, a := range accts {
		pipe.SAdd(ctx, s.k.accountTokens(common.HexToAddress(a)), tokenHex)
	}
	// The award record lives in the token's slot; this binds the key to the token, so reusing it for another
	// token's awards is a conflict too. A binding made before buckets is its own key, still read.
	var oldBound, bound *redis.StringCmd
	var made *redis.BoolCmd
	var bucket, field string
	if req.IdempotencyKey != "" {
		bucket, field = s.k.awardBinding(req.Platform, req.IdempotencyKey)
		oldBound = pipe.Get(ctx, s.k.awardIdemToken(req.Platform, req.IdempotencyKey))
		made = pipe.HSetNX(ctx, bucket, field, tokenHex)
		bound = pipe.HGet(ctx, bucket, field)
	}
	cmds, err := pipe.Exec(ctx)
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("apply: index token: %w", err)
	}
	for _, c := range cmds {
		if err := c.Err(); err != nil && !errors.Is(err, redis.Nil) {
			return nil, fmt.Errorf("apply: index token: %w", err)
		}
	}
	s.indexed.Store(token, struct{}{})
	if oldBound != nil {
		if v := oldBound.Val(); v != "" && v != tokenHex {
			return nil, fmt.Errorf("apply: %w: key used for token %s", ErrIdempotencyConflict, v)
		}
		if v := bound.Val(); v != tokenHex {
			return nil, fmt.Errorf("apply: %w: key used for token %s", ErrIdempotencyConflict, v)
		}
	}
	// This call made the binding (there was none): a refusal releases it, so that a corrected request may
	// reuse the key for another token, as a refused request changes nothing.
	madeBinding := made != nil && made.Val() && errors.Is(oldBound.Err(), redis.Nil)
	release := func() {
		if madeBinding {
			// Only while it still names this token; a concurrent request with the same key and token that
			// succeeded in between keeps its record in the token's slot either way. Best effort: a binding
			// left behind only refuses the key's reuse for another token (409), it never credits anything.
			_ = releaseBindingScript.Run(ctx, s.rdb, []string{bucket}, field, tokenHex).Err()
		}
	}
	if blocks != nil {
		entries, err := dropBlocked(req, accts, blocks.Val())
		if err != nil {
			release()
			return nil, fmt.Errorf("apply: %w", err)
		}
		req.Entries = entries
	}
	if len(req.Entries) == 0 && (req.IdempotencyKey == "" && req.EventID == "" || req.Campaign == nil) {
		release()
		return &ApplyResult{Awards: []AppliedAward{}}, nil
	}
	now := s.now()
	nowMS := strconv.FormatInt(now.UnixMilli(), 10)
	day := now.UTC().Format("20060102")

	cum := s.k.cumulative(token)
	keyList := []string{cum, cum, cum}
	keyIndex := map[string]string{}
	key := func(k string) string {
		if i, ok := keyIndex[k]; ok {
			return i
		}
		keyList = append(keyList, k)
		i := strconv.Itoa(len(keyList))
		keyIndex[k] = i
		return i
	}
	reqHash := ""
	if req.IdempotencyKey != "" {
		keyList[0] = s.k.awardIdem(token, req.Platform, req.IdempotencyKey)
		reqHash = hex.EncodeToString(req.RequestHash[:])
	}
	qualify := ""
	if req.QualifyReferee != nil {
		if !slices.ContainsFunc(req.Entries, func(e Entry) bool { return e.Campaign.ID == req.QualifyCampaign }) {
			return nil, fmt.Errorf("apply: %w: qualify campaign %q is not among the entries'", ErrInvalid, req.QualifyCampaign)
		}
		keyList[2] = s.k.referrals(token, req.QualifyCampaign)
		qualify = hexAddr(req.QualifyReferee.Common())
	}

	type campaign struct {
		num string
		cap bool
	}
	campaigns := map[string]campaign{}
	var campArgs []any
	for _, e := range req.Entries {
		c := e.Campaign
		if _, ok := campaigns[c.ID]; ok {
			continue
		}
		campaigns[c.ID] = campaign{num: strconv.Itoa(len(campaigns) + 1), cap: c.Rules.DailyCap != nil}
		dailyCap := ""
		if c.Rules.DailyCap != nil {
			dailyCap = c.Rules.DailyCap.String()
		}
		manual := "0"
		if c.Rules.Manual() {
			manual = "1"
		}
		campArgs = append(campArgs, c.ID, c.Budget.String(), dailyCap,
			key(s.k.campaignState(token, c.ID)), key(s.k.journal(token, c.ID)),
			manual, key(s.k.blocks(token, c.ID)), c.Rules.UnlinkedExpiry().Milliseconds())
	}
	direct := "0"
	if req.Direct {
		direct = "1"
	}
	eventCamp, purchase := "", ""
	if req.EventID != "" {
		eventCamp = req.Campaign.ID
		if req.Purchase != nil {
			purchase = hexAddr(req.Purchase.Account.Common()) + "|" + req.Purchase.Value.String() + "|0|"
		}
	}
	args := make([]any, 0, 15+len(campArgs)+9*len(req.Entries))
	args = append(args, nowMS, reqHash, req.Platform, req.IdempotencyKey, direct, s.history,
		int64(DailyCapTTL/time.Second), qualify, len(campaigns), len(req.Entries), day, s.k.tokenKey(token),
		req.EventID, eventCamp, purchase)
	args = append(args, campArgs...)
	for _, e := range req.Entries {
		a := e.Award
		account := a.Account.Common()
		c := campaigns[e.Campaign.ID]
		counterparty, referral, capKey := "", "0", "0"
		if a.Counterparty != nil {
			counterparty = hexAddr(a.Counterparty.Common())
		}
		if a.Referral {
			referral = "1"
		}
		if c.cap {
			capKey = key(s.k.dailyCap(token, e.Campaign.ID, account, day))
		}
		at := "0"
		if h := e.Campaign.Rules.Hold(a.Reason); h > 0 {
			at = strconv.FormatInt(now.Add(h).UnixMilli(), 10)
		}
		flags := ""
		if purchase != "" && a.Reason == rewards.ReasonRevenueShare {
			flags += "r"
		}
		if req.Direct || req.Subject != nil && *req.Subject == a.Account {
			flags += "b"
		}
		args = append(args, c.num, hexAddr(account), a.Amount.String(), a.Reason, counterparty, referral, capKey,
			at, flags)
	}

	res, err := s.commit.apply(ctx, token, keyList, args)
	if err != nil {
		return nil, fmt.Errorf("apply: %w", err)
	}
	if res[0] != "ok" && res[0] != "replay" {
		release()
	}
	if res[0] == "ok" {
		s.proj.add(token)
	}
	switch res[0] {
	case "ok", "replay":
		awards, err := decodeAwards(token, res[1])
		if err != nil {
			return nil, fmt.Errorf("apply: %w", err)
		}
		return &ApplyResult{Awards: awards, Replayed: res[0] == "replay"}, nil
	case "conflict":
		return nil, fmt.Errorf("apply: %w", ErrIdempotencyConflict)
	case "budget":
		return nil, fmt.Errorf("apply: %w", &BudgetError{CampaignID: res[1], Remaining: decimal(res[2]), Needed: decimal(res[3])})
	case "cap":
		return nil, fmt.Errorf("apply: %w", &DailyCapError{CampaignID: res[1],
			Account: rewards.Address(common.HexToAddress(res[2])), Left: decimal(res[3]), Requested: decimal(res[4])})
	case "overflow":
		return nil, fmt.Errorf("apply: account %s: %w", common.HexToAddress(res[1]), ErrOverflow)
	case "blocked":
		return nil, fmt.Errorf("apply: account %s: %w", common.HexToAddress(res[1]), ErrBlocked)
	}
	return nil, fmt.Errorf("apply: unexpected script result %q", res[0])
}

// decimal parses a decimal string the scripts wrote; they write canonical ones only.
func decimal(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// decodeAward reads one award as the apply script encodes it: [id, campaign, account, amount, reason,
// counterparty, at ms, capped, status "p"|"c", claimable_at ms] (records written before holds existed end
// at capped, and were claimable at once).
func decodeAward(token common.Address, w []string) (AppliedAward, error) {
	if len(w) != 8 && len(w) != 10 {
		return AppliedAward{}, fmt.Errorf("stored award has %d fields", len(w))
	}
	amount, err := rewards.ParseAmount(w[3])
	if err != nil {
		return AppliedAward{}, fmt.Errorf("stored award %s: %w", w[0], err)
	}
	at, err := strconv.ParseInt(w[6], 10, 64)
	if err != nil {
		return AppliedAward{}, fmt.Errorf("stored award %s: time: %w", w[0], err)
	}
	a := AppliedAward{ID: w[0], CampaignID: w[1], Token: rewards.Address(token),
		Account: rewards.Address(common.HexToAddress(w[2])), Amount: rewards.NewAmount(amount), Reason: w[4],
		At: time.UnixMilli(at).UTC(), Capped: w[7] == "1"}
	if w[5] != "" {
		cp := rewards.Address(common.HexToAddress(w[5]))
		a.Counterparty = &cp
	}
	a.Status = StatusClaimable
	if len(w) == 10 && (w[8] == "p" || w[8] == "a") {
		a.Status, a.AwaitingApproval = StatusPending, w[8] == "a"
		ms, err := strconv.ParseInt(w[9], 10, 64)
		if err != nil {
			return AppliedAward{}, fmt.Errorf("stored award %s: claimable_at: %w", w[0], err)
		}
		t := time.UnixMilli(ms).UTC()
		a.ClaimableAt = &t
	}
	return a, nil
}

func decodeAwards(token common.Address, s string) ([]AppliedAward, error) {
	var wire [][]string
	if err := json.Unmarshal([]byte(s), &wire); err != nil {
		return nil, fmt.Errorf("stored awards: %w", err)
	}
	out := make([]AppliedAward, 0, len(wire))
	for _, w := range wire {
		a, err := decodeAward(token, w)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Earned returns account's cumulative (claimable) total per token it has awards in, after maturing what is
// due. Safe for concurrent use.
func (s *Store) Earned(ctx context.Context, account rewards.Address) (map[common.Address]*big.Int, error) {
	bal, err := s.Balances(ctx, account)
	if err != nil {
		return nil, fmt.Errorf("earned: %w", err)
	}
	out := make(map[common.Address]*big.Int, len(bal))
	for t, b := range bal {
		if b.Cumulative.Sign() > 0 {
			out[t] = b.Cumulative
		}
	}
	return out, nil
}

// Cumulative returns account's cumulative (claimable) total of token (0 if none), after maturing what is due.
// Safe for concurrent use.
func (s *Store) Cumulative(ctx context.Context, token, account common.Address) (*big.Int, error) {
	b, err := s.Mature(ctx, token, account)
	if err != nil {
		return nil, fmt.Errorf("cumulative: %w", err)
	}
	return b.Cumulative, nil
}

// AccountHistory returns account's latest awards across tokens, newest first: at most limit, and at most
// Options.AccountHistory (also when limit <= 0). Safe for concurrent use.
func (s *Store) AccountHistory(ctx context.Context, account rewards.Address, limit int) ([]AppliedAward, error) {
	if limit <= 0 || limit > s.history {
		limit = s.history
	}
	tokens, err := s.rdb.SMembers(ctx, s.k.accountTokens(account.Common())).Result()
	if err != nil {
		return nil, fmt.Errorf("account history: %w", err)
	}
	out := []AppliedAward{}
	if len(tokens) == 0 {
		return out, nil
	}
	slices.Sort(tokens) // a stable order among awards of the same millisecond
	for _, t := range tokens {
		if err := s.catchUp(ctx, common.HexToAddress(t)); err != nil {
			return nil, fmt.Errorf("account history: %w", err)
		}
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.StringSliceCmd, len(tokens))
	for i, t := range tokens {
		cmds[i] = pipe.LRange(ctx, s.k.history(common.HexToAddress(t), account.Common()), 0, int64(limit-1))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("account history: %w", err)
	}
	for i, c := range cmds {
		token := common.HexToAddress(tokens[i])
		var mine []AppliedAward
		for _, rec := range c.Val() {
			var w []string
			if err := json.Unmarshal([]byte(rec), &w); err != nil {
				return nil, fmt.Errorf("account history: %w", err)
			}
			a, err := decodeAward(token, w)
			if err != nil {
				return nil, fmt.Errorf("account history: %w", err)
			}
			mine = append(mine, a)
		}
		if err := s.overlay(ctx, token, mine); err != nil {
			return nil, fmt.Errorf("account history: %w", err)
		}
		out = append(out, mine...)
	}
	// Each list is newest first; a stable sort by time keeps that order within a token.
	slices.SortStableFunc(out, func(a, b AppliedAward) int { return b.At.Compare(a.At) })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Leaderboards.
const (
	// ByReferrals ranks a campaign's referrers by number of referrals.
	ByReferrals = "referrals"
	// ByEarned ranks a campaign's accounts by what they earned in it.
	ByEarned = "earned"
	// MaxLeaderboard is the longest leaderboard Leaderboard returns.
	MaxLeaderboard = 1000
	// DefaultLeaderboard is the length Leaderboard returns for a limit <= 0.
	DefaultLeaderboard = 10
)

// LeaderEntry is one rank of a leaderboard.
type LeaderEntry struct {
	Account rewards.Address `json:"account"`
	// Value is the decimal amount earned (ByEarned) or the number of referrals (ByReferrals).
	Value string `json:"value"`
}

// Leaderboard returns c's top accounts by ByReferrals or ByEarned (else ErrInvalid), best first, at most
// limit (DefaultLeaderboard when limit <= 0, MaxLeaderboard at most). The earned ranking is exact: its
// members carry the exact amount, zero-padded so that their byte order is the numeric order. Safe for
// concurrent use.
func (s *Store) Leaderboard(ctx context.Context, c *rewards.Campaign, by string, limit int) ([]LeaderEntry, error) {
	if limit <= 0 {
		limit = DefaultLeaderboard
	}
	limit = min(limit, MaxLeaderboard)
	token := c.Source().Common()
	out := []LeaderEntry{}
	switch by {
	case ByReferrals:
		zs, err := s.rdb.ZRevRangeWithScores(ctx, s.k.referralBoard(token, c.ID), 0, int64(limit-1)).Result()
		if err != nil {
			return nil, fmt.Errorf("leaderboard: %w", err)
		}
		for _, z := range zs {
			m, _ := z.Member.(string)
			out = append(out, LeaderEntry{Account: rewards.Address(common.HexToAddress(m)),
				Value: strconv.FormatInt(int64(z.Score), 10)})
		}
	case ByEarned:
		if err := s.catchUp(ctx, token, c.ID); err != nil {
			return nil, fmt.Errorf("leaderboard: %w", err)
		}
		ms, err := s.rdb.ZRevRangeByLex(ctx, s.k.earnedBoard(token, c.ID),
			&redis.ZRangeBy{Max: "+", Min: "-", Count: int64(limit)}).Result()
		if err != nil {
			return nil, fmt.Errorf("leaderboard: %w", err)
		}
		for _, m := range ms {
			amount, account, ok := strings.Cut(m, ":")
			if !ok {
				return nil, fmt.Errorf("leaderboard: malformed member %q", m)
			}
			if amount = strings.TrimLeft(amount, "0"); amount == "" {
				amount = "0"
			}
			out = append(out, LeaderEntry{Account: rewards.Address(common.HexToAddress(account)), Value: amount})
		}
	default:
		return nil, fmt.Errorf("leaderboard: %w: by must be %q or %q", ErrInvalid, ByReferrals, ByEarned)
	}
	return out, nil
}

// Snapshot calls fn with every account's cumulative total of every token, token by token, until fn returns
// an error (returned as is). It iterates with SSCAN and HSCAN, so Redis is never blocked; each total is
// exact as of when it was read, and totals only grow, so a total read later is merely newer. Each (token,
// account) is passed once (remembering a token's accounts while it is scanned). Cancelling ctx stops it.
func (s *Store) Snapshot(ctx context.Context, fn func(token, account common.Address, cumulative *big.Int) error) error {
	seenTokens := map[common.Address]struct{}{}
	var cursor uint64
	for {
		tokens, next, err := s.rdb.SScan(ctx, s.k.tokens(), cursor, "", 100).Result()
		if err != nil {
			return fmt.Errorf("snapshot: %w", err)
		}
		for _, t := range tokens {
			token := common.HexToAddress(t)
			if _, ok := seenTokens[token]; ok {
				continue
			}
			seenTokens[token] = struct{}{}
			if _, err := s.MatureDue(ctx, token); err != nil {
				return fmt.Errorf("snapshot: %w", err)
			}
			if err := s.snapshotToken(ctx, token, fn); err != nil {
				return err
			}
		}
		if cursor = next; cursor == 0 {
			return nil
		}
	}
}

func (s *Store) snapshotToken(ctx context.Context, token common.Address, fn func(token, account common.Address, cumulative *big.Int) error) error {
	seen := map[common.Address]struct{}{}
	var cursor uint64
	for {
		kv, next, err := s.rdb.HScan(ctx, s.k.cumulative(token), cursor, "", 1000).Result()
		if err != nil {
			return fmt.Errorf("snapshot %s: %w", token, err)
		}
		for i := 0; i+1 < len(kv); i += 2 {
			account := common.HexToAddress(kv[i])
			if _, ok := seen[account]; ok || IsUserAccount(account) {
				continue // a platform user's pseudo-account is never a leaf: it is not claimable
			}
			seen[account] = struct{}{}
			if err := fn(token, account, decimal(kv[i+1])); err != nil {
				return err
			}
		}
		if cursor = next; cursor == 0 {
			return nil
		}
	}
}

// IsRewardToken reports whether token is known to the ledger as a payout source: the reward token of a campaign
// that has had awards (the tokens index Apply keeps; an entry is never removed). Safe for concurrent use.
func (s *Store) IsRewardToken(ctx context.Context, token common.Address) (bool, error) {
	ok, err := s.rdb.SIsMember(ctx, s.k.tokens(), hexAddr(token)).Result()
	if err != nil {
		return false, fmt.Errorf("reward token: %w", err)
	}
	return ok, nil
}
