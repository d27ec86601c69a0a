package ledger

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Every Redis key the ledger uses is built here. <p> is Options.Prefix; <token> and <account> are
// lower-case 0x-hex addresses; ids, scopes and idempotency keys are escaped (see esc) so that no two
// records can share a key and no caller's string can open a hash tag.
//
// Global records (one slot per key, or the {community} slot):
//
//	<p>:platform:<id>                        string  Platform JSON
//	<p>:nonce:<nonce>                        string  SIWE nonce, with its TTL
//	<p>:{community}:rec:<id>                 string  Community JSON
//	<p>:{community}:status:<status>          set     ids of the communities in that status
//	<p>:{community}:outbox                   stream  webhook events of the slot (webhooks.OutboxKey)
//	<p>:campaign:<id>                        string  rewards.Campaign JSON (the definition)
//	<p>:tokens                               set     every reward token with awards
//	<p>:account:<account>:tokens             set     the tokens an account has awards in
//	<p>:idem:<scope>:<key>                   hash    generic idempotency record (h, s, st, b)
//	<p>:awardbind:<bucket>                   hash    <platform>:<key> -> the token an award idempotency key was first
//	                                                 used for (4,096 buckets; keys.awardBinding)
//	<p>:awardidem:<platform>:<key>           string  the same, as bindings made before buckets were kept (read only)
//	<p>:pools                                set     every sponsor pool that has granted a budget
//	<p>:blocked                              hash    account -> "<unix ms>:<reason>", blocked everywhere by an operator
//
// Everything about one reward token's ledger shares the slot of the hash tag {<token>}:
//
//	<p>:{<token>}:cum                        hash    account -> cumulative total of the token (decimal)
//	<p>:{<token>}:camp:<campaign>            hash    budget, remaining (decimal)
//	<p>:{<token>}:journal:<campaign>         stream  every award, in order (the audit trail)
//	<p>:{<token>}:earned:<campaign>          hash    account -> earned in the campaign (decimal; projected, as are
//	                                                 the earned board, hist and daily's n and amt)
//	<p>:{<token>}:board:earned:<campaign>    zset    score 0, member <earned padded to 78 digits>:<account>
//	<p>:{<token>}:board:referrals:<campaign> zset    referrer -> number of referrals
//	<p>:{<token>}:ref:<campaign>             hash    referee -> <referrer>:<unix ms>:<qualified 0|1>
//	<p>:{<token>}:cap:<campaign>:<account>:<yyyymmdd>  string  earned that UTC day (decimal), TTL 48 h
//	<p>:{<token>}:hist:<account>             list    the account's latest awards in the token, newest first
//	<p>:{<token>}:daily:<campaign>           hash    <yyyymmdd>:n -> awards that UTC day, <yyyymmdd>:amt -> amount (decimal)
//	<p>:{<token>}:idemb:<bucket>             hash    <platform>:<key> -> award or refund idempotency record: 32 hex
//	                                                 digits of the request hash, then the result (idem_loc)
//	<p>:{<token>}:idem:<platform>:<key>      hash    the same, as records made before buckets were kept (h, r; read only)
//	<p>:{<token>}:dirty                      hash    campaign (escaped) -> "<history length>|<raw id>": journal
//	                                                 entries the projection has not folded (projector.go)
//	<p>:{<token>}:proj                       hash    campaign (escaped) -> the last journal id folded
//	<p>:{<token>}:chg, chg:t:<id>, chg:idx, chg:seq, chg:base   accounts whose cumulative total changed since
//	                                                 settlement last took them (changes.go)
//	<p>:{<token>}:outbox                     stream  webhook events of the slot, written by the script that
//	                                                 makes the change (webhooks.OutboxLua, webhooks.OutboxKey)
//
// The award lifecycle (lifecycleLua derives these keys from the slot prefix <p>:{<token>}:):
//
//	<p>:{<token>}:aw                         hash    award id -> state (see lifecycleLua), for pending and refundable awards
//	<p>:{<token>}:awnote                     hash    award id -> why it was rejected or reversed
//	<p>:{<token>}:pendt                      hash    account -> pending total (decimal)
//	<p>:{<token>}:pend:<account>             zset    the account's pending award ids, score claimable_at (unix ms)
//	<p>:{<token>}:due                        zset    approved pending award ids, score claimable_at (unix ms)
//	<p>:{<token>}:cpend:<campaign>           zset    the campaign's pending award ids, score award time (unix ms)
//	<p>:{<token>}:debt:<account>             hash    campaign (escaped) -> what a reversal after maturity left owed
//	<p>:{<token>}:evt:<campaign>             hash    platform event id -> the event's result (awards or reversals JSON)
//	<p>:{<token>}:buy:<campaign>             hash    purchase event id -> <account>|<value>|<refunded>|<award ids,>
//	<p>:{<token>}:blocks:<campaign>          hash    account -> "<unix ms>:<reason>"
//	<p>:{<token>}:life:<campaign>            stream  lifecycle changes: award, event (approved, claimable, rejected, reversed), account, amount, at, note
//
// camp:<campaign> also holds pending (decimal), debt (reversed after maturity, not yet paid off), recovered,
// reversed, rejected and expired (unlinked users' awards returned to the budget) totals; daily:<campaign>
// also <yyyymmdd>:rev, <yyyymmdd>:rej and <yyyymmdd>:exp amounts.
//
// A sponsor pool's address stands for <token> in all of the above (a pooled campaign's awards are kept in
// its pool's slot), and the pool's own records share that slot:
//
//	<p>:{<pool>}:pool                        hash    granted (decimal total of its grants), token (its ERC-20),
//	                                                 low (the owner's low-balance threshold), lowsent (ms the
//	                                                 pool.low alert fired; absent: armed) — see poolalerts.go
//	<p>:{<pool>}:grants                      list    Grant JSON, oldest first
//
// Platform users (identities.go). <user> is a user's pseudo-account, UserAccount(platform, user id), which
// stands for <account> in every key above (and in <p>:account:<user>:tokens, the sources it has anything in).
// The identity records share the {ident} slot:
//
//	<p>:{ident}:user:<user>                  hash    platform, user (the raw id), seen (first seen, unix ms),
//	                                                 account (the wallet it is linked to), state linking|linked,
//	                                                 link_started, linked_at (unix ms)
//	<p>:{ident}:ltok:<sha256 of the token>   hash    platform, user, pseudo, exp (unix ms), used_by (wallet); TTL
//	<p>:{ident}:outbox                       stream  identity.linked events (webhooks.OutboxKey)
//
// and, in each source's slot:
//
//	<p>:{<token>}:link                       hash    user -> the wallet this slot's balances moved to (the
//	                                                 per-slot "moved" marker, and the award scripts' redirect)
//	<p>:{<token>}:ucamps:<user>              set     campaigns (escaped) the unlinked user has anything in
//	<p>:{<token>}:uaw:<user>                 set     ids of the unlinked user's awards that have a state (aw)
//	<p>:{<token>}:uexp                       zset    unlinked users' award ids in campaigns with
//	                                                 unlinked_expiry_days, score when they expire (unix ms)
//	<p>:{<token>}:uexp:<user>                zset    the same, of one user
type keys struct{ p string }

var escaper = strings.NewReplacer("%", "%25", ":", "%3A", "{", "%7B", "}", "%7D")

// esc makes a caller's string safe inside a key: ':' cannot split it into two parts and braces cannot open a
// hash tag. Strings without '%', ':', '{', '}' are unchanged.
func esc(s string) string { return escaper.Replace(s) }

// hexAddr is the lower-case 0x-hex form of a, as used in keys and in the Lua scripts.
func hexAddr(a common.Address) string {
	var b [42]byte
	b[0], b[1] = '0', 'x'
	hex.Encode(b[2:], a[:])
	return string(b[:])
}

func (k keys) platform(id string) string  { return k.p + ":platform:" + esc(id) }
func (k keys) nonce(nonce string) string  { return k.p + ":nonce:" + esc(nonce) }
func (k keys) community(id string) string { return k.p + ":{community}:rec:" + esc(id) }
func (k keys) communityStatus(status string) string {
	return k.p + ":{community}:status:" + esc(status)
}
func (k keys) campaign(id string) string { return k.p + ":campaign:" + esc(id) }

// relay marks a relayed claim of (account, token) in flight.
func (k keys) relay(account, token common.Address) string {
	return k.p + ":relay:" + hexAddr(account) + ":" + hexAddr(token)
}
func (k keys) tokens() string { return k.p + ":tokens" }
func (k keys) pools() string  { return k.p + ":pools" }
func (k keys) pool(pool common.Address) string {
	return k.tokenKey(pool) + "pool"
}
func (k keys) grants(pool common.Address) string { return k.tokenKey(pool) + "grants" }
func (k keys) accountTokens(account common.Address) string {
	return k.p + ":account:" + hexAddr(account) + ":tokens"
}
func (k keys) idem(scope, key string) string { return k.p + ":idem:" + esc(scope) + ":" + esc(key) }

// awardBinding is where an award idempotency key's token binding lives: one of 4,096 bucket hashes (by the
// first 3 hex digits of the SHA-1 of the field, as idem_loc buckets the records) and its field.
func (k keys) awardBinding(platform, key string) (bucket, field string) {
	field = esc(platform) + ":" + esc(key)
	sum := sha1.Sum([]byte(field))
	return k.p + ":awardbind:" + hex.EncodeToString(sum[:2])[:3], field
}

func (k keys) awardIdemToken(platform, key string) string {
	return k.p + ":awardidem:" + esc(platform) + ":" + esc(key)
}

// outbox is the webhook outbox of token's (or pool's) slot: pass it in KEYS to a script that calls
// emit_event (webhooks.OutboxLua).
func (k keys) outbox(token common.Address) string { return webhooks.OutboxKey(k.p, hexAddr(token)) }

// communityOutbox is the webhook outbox of the {community} slot.
func (k keys) communityOutbox() string { return webhooks.OutboxKey(k.p, "community") }

// tokenKey starts every key of token's slot.
func (k keys) tokenKey(token common.Address) string { return k.p + ":{" + hexAddr(token) + "}:" }

func (k keys) cumulative(token common.Address) string { return k.tokenKey(token) + "cum" }
func (k keys) campaignState(token common.Address, campaign string) string {
	return k.tokenKey(token) + "camp:" + esc(campaign)
}
func (k keys) journal(token common.Address, campaign string) string {
	return k.tokenKey(token) + "journal:" + esc(campaign)
}
func (k keys) earned(token common.Address, campaign string) string {
	return k.tokenKey(token) + "earned:" + esc(campaign)
}
func (k keys) earnedBoard(token common.Address, campaign string) string {
	return k.tokenKey(token) + "board:earned:" + esc(campaign)
}
func (k keys) referralBoard(token common.Address, campaign string) string {
	return k.tokenKey(token) + "board:referrals:" + esc(campaign)
}
func (k keys) referrals(token common.Address, campaign string) string {
	return k.tokenKey(token) + "ref:" + esc(campaign)
}
func (k keys) dailyCap(token common.Address, campaign string, account common.Address, day string) string {
	return k.tokenKey(token) + "cap:" + esc(campaign) + ":" + hexAddr(account) + ":" + day
}
func (k keys) daily(token common.Address, campaign string) string {
	return k.tokenKey(token) + "daily:" + esc(campaign)
}
func (k keys) history(token common.Address, account common.Address) string {
	return k.tokenKey(token) + "hist:" + hexAddr(account)
}
func (k keys) blocks(token common.Address, campaign string) string {
	return k.tokenKey(token) + "blocks:" + esc(campaign)
}
func (k keys) blockedEverywhere() string { return k.p + ":blocked" }
func (k keys) life(token common.Address, campaign string) string {
	return k.tokenKey(token) + "life:" + esc(campaign)
}
func (k keys) awardIdem(token common.Address, platform, key string) string {
	return k.tokenKey(token) + "idem:" + esc(platform) + ":" + esc(key)
}

func (k keys) identity(user common.Address) string { return k.identityPrefix() + hexAddr(user) }
func (k keys) identityPrefix() string              { return k.p + ":{ident}:user:" }
func (k keys) linkToken(token string) string       { return k.p + ":{ident}:ltok:" + linkTokenHash(token) }
func (k keys) identOutbox() string                 { return webhooks.OutboxKey(k.p, "ident") }
