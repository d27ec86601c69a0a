package ledger

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Platform users: fans a platform names by its own user id before they have a wallet.
//
// A user is held in the ledger as a pseudo-account, UserAccount(platform, user): an address-shaped key that
// starts with the bytes "tribe" (0x7472696265) and stands wherever a wallet would in every per-source key, so
// budgets, caps, holds, approvals, reversals and leaderboards apply to it unchanged. It is never claimable:
// Snapshot (epoch leaves) skips it and the API signs no voucher for it. Linking moves it to a wallet:
//
//  1. the identity record ({ident} slot) is set to the wallet, state "linking" (from then on Go resolves
//     the user to the wallet before every award or referral);
//  2. in each source slot the user has anything in (its account-tokens index), linkSlotScript moves the
//     balances to the wallet and writes the slot's link marker (P..'link'), in one script: the award and
//     referral scripts redirect to the wallet any request that resolved the user before step 1;
//  3. linkFinishScript marks it "linked" and writes identity.linked to the {ident} outbox.
//
// Every request naming a user first adds the source to the user's account-tokens index, then reads the
// identity record; the linker writes the record, then reads the index. So either the request sees the
// link (and names the wallet), or the linker sees the source (and links its slot, before or after the
// request's script: the marker redirects, or the move takes it). A crash anywhere is resumed by the next
// link call for the same wallet (each slot's marker makes its move happen once); nothing is moved twice.

// MaxUserID is the longest platform user id, in bytes.
const MaxUserID = 128

// MaxUserSources is the most reward sources (tokens, pools) one user may hold awards in before it is linked,
// which bounds the scripts one link runs.
const MaxUserSources = 256

// userMagic starts every pseudo-account.
var userMagic = []byte("tribe")

var (
	// ErrUnknownUser: the ledger has no award or referral of this platform's user.
	ErrUnknownUser = errors.New("unknown platform user")
	// ErrAlreadyLinked: the user is linked to another wallet (an operator must unlink it first).
	ErrAlreadyLinked = errors.New("the user is linked to another wallet")
	// ErrUnknownLinkToken: no such link token.
	ErrUnknownLinkToken = errors.New("unknown link token")
	// ErrLinkTokenExpired: the link token's time is up.
	ErrLinkTokenExpired = errors.New("the link token has expired")
	// ErrLinkTokenUsed: another wallet spent the link token.
	ErrLinkTokenUsed = errors.New("the link token was used by another wallet")
	// ErrTooManySources: the user holds awards in MaxUserSources sources already.
	ErrTooManySources = errors.New("the user holds awards in too many reward sources")
	// ErrUserAccount: a pseudo-account was named where a wallet is needed.
	ErrUserAccount = errors.New("a platform user's pseudo-account is not a wallet")
)

// UserAccount is the pseudo-account that holds platform's user user: "tribe" followed by the first 15 bytes
// of keccak256("tribe user\x00" ‖ platform ‖ "\x00" ‖ user). Two platforms' same user id are two accounts.
func UserAccount(platform, user string) common.Address {
	h := crypto.Keccak256([]byte("tribe user\x00"), []byte(platform), []byte{0}, []byte(user))
	var a common.Address
	copy(a[:], userMagic)
	copy(a[len(userMagic):], h)
	return a
}

// IsUserAccount reports whether a is shaped as a pseudo-account (see UserAccount). A wallet address starts
// with these 5 bytes with probability 2^-40; the API refuses such an address as an account.
func IsUserAccount(a common.Address) bool { return bytes.HasPrefix(a[:], userMagic) }

// CheckUser validates a platform user id: 1 to MaxUserID bytes of UTF-8 with no control characters.
func CheckUser(user string) error {
	if user == "" || len(user) > MaxUserID {
		return fmt.Errorf("%w: user must be 1 to %d bytes", ErrInvalid, MaxUserID)
	}
	if !utf8.ValidString(user) {
		return fmt.Errorf("%w: user must be UTF-8", ErrInvalid)
	}
	for _, r := range user {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("%w: user must hold no control characters", ErrInvalid)
		}
	}
	return nil
}

// Identity is what the ledger knows of a platform's user.
type Identity struct {
	Platform string
	User     string
	// Pseudo is UserAccount(Platform, User).
	Pseudo common.Address
	// Account is the wallet it is linked (or being linked) to; nil when unlinked.
	Account *common.Address
	// Linked is set once every slot moved (State "linked"); Account set and Linked unset means a link is
	// under way (or was interrupted: the next Link resumes it).
	Linked   bool
	LinkedAt *time.Time
	// FirstSeen is when the ledger first saw the user.
	FirstSeen time.Time
}

// LinkResult is what Link did.
type LinkResult struct {
	Identity Identity
	// Created is set when this call made the link (false: it was linked to the wallet already).
	Created bool
	// Moved is, per source, what moved to the wallet: claimable and pending amounts.
	Moved []MovedBalance
	// ReversedReferrals counts the referrals linking made self-referrals or cycles, which were reversed.
	ReversedReferrals int
}

// MovedBalance is what one source's link moved.
type MovedBalance struct {
	Source     common.Address `json:"source"`
	Cumulative *big.Int       `json:"-"`
	Pending    *big.Int       `json:"-"`
}

// ResolveUsers prepares platform's users for requests in source: it records each user (first sight), adds
// source to its index (refusing ErrTooManySources), and returns the account each stands for — its wallet
// once linked, else its pseudo-account. The index is written before the identity records are read, which
// is what makes linking race-free (see the package comment above). Safe for concurrent use.
func (s *Store) ResolveUsers(ctx context.Context, source common.Address, platform string, users []string) (map[string]rewards.Address, error) {
	out := make(map[string]rewards.Address, len(users))
	var list []string
	for _, u := range users {
		if err := CheckUser(u); err != nil {
			return nil, fmt.Errorf("resolve users: %w", err)
		}
		if !slices.Contains(list, u) {
			list = append(list, u)
		}
	}
	if len(list) == 0 {
		return out, nil
	}
	src := hexAddr(source)
	pipe := s.rdb.Pipeline()
	adds := make([]*redis.IntCmd, len(list))
	for i, u := range list {
		adds[i] = pipe.SAdd(ctx, s.k.accountTokens(UserAccount(platform, u)), src)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("resolve users: %w", err)
	}
	// Bound the sources per user: a new one past the bound is taken out again and refused.
	pipe = s.rdb.Pipeline()
	cards := map[int]*redis.IntCmd{}
	for i, u := range list {
		if adds[i].Val() == 1 {
			cards[i] = pipe.SCard(ctx, s.k.accountTokens(UserAccount(platform, u)))
		}
	}
	if len(cards) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, fmt.Errorf("resolve users: %w", err)
		}
		for i, c := range cards {
			if c.Val() > MaxUserSources {
				_ = s.rdb.SRem(ctx, s.k.accountTokens(UserAccount(platform, list[i])), src).Err()
				return nil, fmt.Errorf("resolve users: user %q: %w (at most %d)", list[i], ErrTooManySources, MaxUserSources)
			}
		}
	}
	now := strconv.FormatInt(s.now().UnixMilli(), 10)
	pipe = s.rdb.Pipeline()
	gets := make([]*redis.StringCmd, len(list))
	for i, u := range list {
		rec := s.k.identity(UserAccount(platform, u))
		pipe.HSetNX(ctx, rec, "platform", platform)
		pipe.HSetNX(ctx, rec, "user", u)
		pipe.HSetNX(ctx, rec, "seen", now)
		gets[i] = pipe.HGet(ctx, rec, "account")
	}
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("resolve users: %w", err)
	}
	for i, u := range list {
		if w := gets[i].Val(); w != "" {
			out[u] = rewards.Address(common.HexToAddress(w))
		} else {
			out[u] = rewards.Address(UserAccount(platform, u))
		}
	}
	return out, nil
}

// GetIdentity returns platform's user, or ErrUnknownUser. Safe for concurrent use.
func (s *Store) GetIdentity(ctx context.Context, platform, user string) (*Identity, error) {
	if err := CheckUser(user); err != nil {
		return nil, fmt.Errorf("identity: %w", err)
	}
	pseudo := UserAccount(platform, user)
	m, err := s.rdb.HGetAll(ctx, s.k.identity(pseudo)).Result()
	if err != nil {
		return nil, fmt.Errorf("identity: %w", err)
	}
	if m["platform"] == "" {
		return nil, fmt.Errorf("identity: %w", ErrUnknownUser)
	}
	id := &Identity{Platform: m["platform"], User: m["user"], Pseudo: pseudo, Linked: m["state"] == "linked",
		FirstSeen: msTime(m["seen"])}
	if w := m["account"]; w != "" {
		a := common.HexToAddress(w)
		id.Account = &a
	}
	if v := m["linked_at"]; v != "" {
		t := msTime(v)
		id.LinkedAt = &t
	}
	return id, nil
}

func msTime(v string) time.Time {
	ms, _ := strconv.ParseInt(v, 10, 64)
	return time.UnixMilli(ms).UTC()
}

// Link links platform's user to wallet and moves everything the user holds to it: ErrUnknownUser for a user
// the ledger never saw, ErrAlreadyLinked (wrapped with the other wallet) if it is linked to another one.
// Idempotent: linking to the same wallet again moves nothing new (and finishes an interrupted link).
// Cancelling ctx may leave the link under way; calling Link again resumes it. Safe for concurrent use.
func (s *Store) Link(ctx context.Context, platform, user string, wallet common.Address) (*LinkResult, error) {
	if err := CheckUser(user); err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	if IsUserAccount(wallet) || wallet == (common.Address{}) {
		return nil, fmt.Errorf("link: %w", ErrUserAccount)
	}
	pseudo := UserAccount(platform, user)
	res, err := s.runAcked(ctx, linkBeginScript, []string{s.k.identity(pseudo)}, hexAddr(wallet), s.now().UnixMilli()).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	switch res[0] {
	case "unknown":
		return nil, fmt.Errorf("link: %w", ErrUnknownUser)
	case "linked":
		return nil, fmt.Errorf("link: %w (%s)", ErrAlreadyLinked, common.HexToAddress(res[1]))
	}
	return s.finishLink(ctx, platform, user, wallet)
}

// finishLink moves every slot of a user whose identity record names wallet, then marks it linked.
func (s *Store) finishLink(ctx context.Context, platform, user string, wallet common.Address) (*LinkResult, error) {
	pseudo := UserAccount(platform, user)
	sources, err := s.rdb.SMembers(ctx, s.k.accountTokens(pseudo)).Result()
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	slices.Sort(sources)
	if len(sources) > MaxUserSources {
		sources = sources[:MaxUserSources] // ResolveUsers keeps it within the bound
	}
	out := &LinkResult{Moved: []MovedBalance{}}
	now := s.now()
	day := now.UTC().Format("20060102")
	type moved struct {
		Source     string `json:"source"`
		Cumulative string `json:"cumulative"`
		Pending    string `json:"pending"`
	}
	var data []moved
	for _, src := range sources {
		source := common.HexToAddress(src)
		// The wallet's index first: once the marker exists the slot's awards land on the wallet.
		if err := s.rdb.SAdd(ctx, s.k.accountTokens(wallet), src).Err(); err != nil {
			return nil, fmt.Errorf("link %s: %w", source, err)
		}
		r, err := s.runAcked(ctx, linkSlotScript, []string{s.k.tokenKey(source)}, hexAddr(pseudo), hexAddr(wallet),
			now.UnixMilli(), day, int64(DailyCapTTL/time.Second), s.history).StringSlice()
		if err != nil {
			return nil, fmt.Errorf("link %s: %w", source, err)
		}
		if r[0] != "moved" {
			continue
		}
		n, _ := strconv.Atoi(r[3])
		out.ReversedReferrals += n
		out.Moved = append(out.Moved, MovedBalance{Source: source, Cumulative: decimal(r[1]), Pending: decimal(r[2])})
		data = append(data, moved{Source: source.Hex(), Cumulative: r[1], Pending: r[2]})
	}
	if data == nil {
		data = []moved{}
	}
	ev, err := json.Marshal(map[string]any{"platform_id": platform, "user": user, "account": wallet.Hex(), "moved": data})
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	fin, err := s.runAcked(ctx, linkFinishScript, []string{s.k.identity(pseudo), s.k.identOutbox()}, hexAddr(wallet),
		now.UnixMilli(), string(ev), webhooks.OwnerPlatform(platform)).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	if fin[0] == "changed" {
		return nil, fmt.Errorf("link: %w: unlinked while linking", ErrAlreadyLinked)
	}
	out.Created = fin[2] == "1"
	id, err := s.GetIdentity(ctx, platform, user)
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	out.Identity = *id
	return out, nil
}

// Unlink forgets platform's user's link (an operator's act): what moved stays with the wallet; what the user
// earns from now on is held for it again, and it may be linked to another wallet. Returns the wallet it was
// linked to; ErrUnknownUser, or ErrNotFound when it was not linked. Safe for concurrent use.
func (s *Store) Unlink(ctx context.Context, platform, user string) (common.Address, error) {
	if err := CheckUser(user); err != nil {
		return common.Address{}, fmt.Errorf("unlink: %w", err)
	}
	if _, err := s.GetIdentity(ctx, platform, user); err != nil {
		return common.Address{}, fmt.Errorf("unlink: %w", err)
	}
	pseudo := UserAccount(platform, user)
	w, err := unlinkScript.Run(ctx, s.rdb, []string{s.k.identity(pseudo)}).Text()
	if errors.Is(err, redis.Nil) {
		return common.Address{}, fmt.Errorf("unlink: %w: the user is not linked", ErrNotFound)
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("unlink: %w", err)
	}
	sources, err := s.rdb.SMembers(ctx, s.k.accountTokens(pseudo)).Result()
	if err != nil {
		return common.Address{}, fmt.Errorf("unlink: %w", err)
	}
	for _, src := range sources {
		if err := s.rdb.HDel(ctx, s.k.tokenKey(common.HexToAddress(src))+"link", hexAddr(pseudo)).Err(); err != nil {
			return common.Address{}, fmt.Errorf("unlink %s: %w", src, err)
		}
	}
	return common.HexToAddress(w), nil
}

// LinkToken is a short-lived, single-use token by which a fan links a platform's user to its wallet.
type LinkToken struct {
	Token     string
	ExpiresAt time.Time
}

var linkTokenEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// CreateLinkToken issues a link token for platform's user, valid for ttl: ErrUnknownUser, or
// ErrAlreadyLinked when the user is linked already. Only a hash of the token is stored. Safe for
// concurrent use.
func (s *Store) CreateLinkToken(ctx context.Context, platform, user string, ttl time.Duration) (*LinkToken, error) {
	id, err := s.GetIdentity(ctx, platform, user)
	if err != nil {
		return nil, fmt.Errorf("link token: %w", err)
	}
	if id.Account != nil {
		return nil, fmt.Errorf("link token: %w (%s)", ErrAlreadyLinked, id.Account.Hex())
	}
	var b [20]byte
	if _, err := io.ReadFull(s.rand, b[:]); err != nil {
		return nil, fmt.Errorf("link token: %w", err)
	}
	tok := "lnk_" + linkTokenEncoding.EncodeToString(b[:])
	exp := s.now().Add(ttl)
	key := s.k.linkToken(tok)
	pipe := s.rdb.TxPipeline()
	pipe.HSet(ctx, key, "platform", platform, "user", user, "pseudo", hexAddr(id.Pseudo), "exp", exp.UnixMilli())
	// Kept a day past its expiry so that a late attempt is told "expired", not "unknown".
	pipe.PExpire(ctx, key, ttl+24*time.Hour)
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("link token: %w", err)
	}
	return &LinkToken{Token: tok, ExpiresAt: exp.UTC()}, nil
}

// RedeemLinkToken spends a link token for wallet and links its user to it (see Link). A repeat by the same
// wallet is the same link again; ErrUnknownLinkToken, ErrLinkTokenExpired, ErrLinkTokenUsed (another wallet
// spent it), ErrAlreadyLinked (the user is linked to another wallet). Safe for concurrent use.
func (s *Store) RedeemLinkToken(ctx context.Context, token string, wallet common.Address) (*LinkResult, error) {
	if IsUserAccount(wallet) || wallet == (common.Address{}) {
		return nil, fmt.Errorf("redeem link token: %w", ErrUserAccount)
	}
	if len(token) > 64 {
		return nil, fmt.Errorf("redeem link token: %w", ErrUnknownLinkToken)
	}
	res, err := s.runAcked(ctx, redeemLinkTokenScript, []string{s.k.linkToken(token), s.k.identityPrefix()},
		hexAddr(wallet), s.now().UnixMilli()).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("redeem link token: %w", err)
	}
	switch res[0] {
	case "ok":
		return s.finishLink(ctx, res[1], res[2], wallet)
	case "unknown":
		return nil, fmt.Errorf("redeem link token: %w", ErrUnknownLinkToken)
	case "expired":
		return nil, fmt.Errorf("redeem link token: %w", ErrLinkTokenExpired)
	case "used":
		return nil, fmt.Errorf("redeem link token: %w", ErrLinkTokenUsed)
	case "unknown_user":
		return nil, fmt.Errorf("redeem link token: %w", ErrUnknownUser)
	case "linked":
		return nil, fmt.Errorf("redeem link token: %w (%s)", ErrAlreadyLinked, common.HexToAddress(res[1]))
	}
	return nil, fmt.Errorf("redeem link token: unexpected script result %q", res[0])
}

// linkTokenHash is what keys a link token: hex SHA-256 of it, so a dump of Redis gives away no token.
func linkTokenHash(token string) string {
	h := sha256.Sum256([]byte("tribe link token\x00" + token))
	return hex.EncodeToString(h[:])
}

// LinkTokenInfo is what a link token stands for, for the page that asks the fan to confirm.
type LinkTokenInfo struct {
	Platform, User string
	ExpiresAt      time.Time
	// UsedBy is the wallet that redeemed it, nil if none has.
	UsedBy *common.Address
}

// PeekLinkToken returns what token links without spending it: ErrUnknownLinkToken if there is no such token
// (or it is long expired), ErrLinkTokenExpired once it is past its expiry and unused. Safe for concurrent
// use.
func (s *Store) PeekLinkToken(ctx context.Context, token string) (*LinkTokenInfo, error) {
	if len(token) > 64 {
		return nil, fmt.Errorf("link token: %w", ErrUnknownLinkToken)
	}
	v, err := s.rdb.HMGet(ctx, s.k.linkToken(token), "platform", "user", "exp", "used_by").Result()
	if err != nil {
		return nil, fmt.Errorf("link token: %w", err)
	}
	str := func(i int) string { x, _ := v[i].(string); return x }
	if str(0) == "" {
		return nil, fmt.Errorf("link token: %w", ErrUnknownLinkToken)
	}
	exp, err := strconv.ParseInt(str(2), 10, 64)
	if err != nil {
		return nil, fmt.Errorf("link token: expiry %q: %w", str(2), err)
	}
	info := &LinkTokenInfo{Platform: str(0), User: str(1), ExpiresAt: time.UnixMilli(exp).UTC()}
	if u := str(3); u != "" {
		a := common.HexToAddress(u)
		info.UsedBy = &a
	} else if !s.now().Before(info.ExpiresAt) {
		return nil, fmt.Errorf("link token: %w", ErrLinkTokenExpired)
	}
	return info, nil
}

// UnlinkedHeld returns what source's unlinked platform users are owed in all: the sum over pseudo-accounts of
// their cumulative total less their debt (what linking would credit their wallets), after maturing and
// expiring what is due. Epoch leaves leave pseudo-accounts out (they cannot claim), so a sponsor pool's
// commitment adds this, lest its sponsor withdraw what unlinked users are owed. The total is exact per
// account as it is read (HSCAN); an award linking moves to a wallet in the meantime is at worst counted
// twice (once here, once in the wallet's leaf when read later), never missed by a caller that reads this
// before the leaves. Safe for concurrent use.
func (s *Store) UnlinkedHeld(ctx context.Context, source common.Address) (*big.Int, error) {
	if _, err := s.MatureDue(ctx, source); err != nil {
		return nil, fmt.Errorf("unlinked held: %w", err)
	}
	if _, err := s.ExpireDue(ctx, source); err != nil {
		return nil, fmt.Errorf("unlinked held: %w", err)
	}
	total := new(big.Int)
	match := "0x" + hex.EncodeToString(userMagic) + "*"
	seen := map[string]bool{} // HSCAN may return a field twice
	var cursor uint64
	for {
		kv, next, err := s.rdb.HScan(ctx, s.k.cumulative(source), cursor, match, 1000).Result()
		if err != nil {
			return nil, fmt.Errorf("unlinked held %s: %w", source, err)
		}
		pipe := s.rdb.Pipeline()
		type row struct {
			cum  *big.Int
			debt *redis.StringSliceCmd
		}
		var rows []row
		for i := 0; i+1 < len(kv); i += 2 {
			if seen[kv[i]] || !IsUserAccount(common.HexToAddress(kv[i])) {
				continue
			}
			seen[kv[i]] = true
			rows = append(rows, row{decimal(kv[i+1]), pipe.HVals(ctx, s.k.tokenKey(source)+"debt:"+kv[i])})
		}
		if len(rows) > 0 {
			if _, err := pipe.Exec(ctx); err != nil {
				return nil, fmt.Errorf("unlinked held %s: %w", source, err)
			}
		}
		for _, r := range rows {
			debt := new(big.Int)
			for _, d := range r.debt.Val() {
				debt.Add(debt, decimal(d))
			}
			if r.cum.Cmp(debt) > 0 {
				total.Add(total, r.cum.Sub(r.cum, debt))
			}
		}
		if cursor = next; cursor == 0 {
			return total, nil
		}
	}
}
