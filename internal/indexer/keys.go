package indexer

import (
	"encoding/hex"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Every Redis key the indexer uses is built here. <p> is Config.Prefix; <token> and <account> are lower-case
// 0x-hex addresses. All of them share the hash tag {idx}, so each Lua script touches one cluster slot:
//
//	<p>:{idx}:cursor    hash  n: last indexed block, h: its 0x hash, c: the contracts indexed
//	                          (<distributor>:<factory>); absent until the first batch
//	<p>:{idx}:hashes    zset  score n, member the 0x hash of block n: the indexed blocks of the last
//	                          ReorgDepth, walked back to find a fork point
//	<p>:{idx}:undo      zset  score n, member JSON {"n":"<n>","e":{"<kind>|<field>":"<previous value>"}}:
//	                          what block n overwrote (kind c: claimed, t: tokens; "" = the field was absent),
//	                          for the same blocks as hashes
//	<p>:{idx}:claimed   hash  <token>:<account> -> cumulative claimed (decimal), the largest Claimed
//	                          cumulativeAmount of the indexed chain
//	<p>:{idx}:tokens    hash  <token> -> token record JSON (from TokenCreated)
//	<p>:{idx}:owners    hash  <token> -> its owner (0x hex; the zero address once renounced) from the token's
//	                          last OwnershipTransferred, for tokens in tokens; absent: no transfer since
//	                          TokenCreated, the owner is the record's creator
//	<p>:{idx}:ownersync set   tokens whose owner (or record) a commit or a rewind changed and Config.Owners
//	                          may not have been told yet (see syncOwners)
//	<p>:{idx}:outbox    stream claim.paid webhook events, written by the commit that indexes the claim
//	                          (see internal/webhooks)
//
// One tag for everything is a trade-off. For: the effects of a batch (claimed and tokens, across any number
// of reward tokens), its undo log, the block-hash ring and the cursor are written by one script, so a crash
// can never separate them and no two-phase protocol is needed. Against: all of it lives on one Redis Cluster
// node. That bounds the indexer's memory (roughly 150 bytes per (token, account) that ever claimed: ten
// million claimants ≈ 1.5 GB on one shard) and its write rate — which is the chain's claim rate, far below
// what one node takes. Sharding it (a slot per reward token, each with its own cursor) would need every
// token's cursor to advance separately, or a cross-slot commit protocol; neither is worth it at this scale.
type keys struct{ p string }

func (k keys) tag() string     { return k.p + ":{idx}:" }
func (k keys) cursor() string  { return k.tag() + "cursor" }
func (k keys) hashes() string  { return k.tag() + "hashes" }
func (k keys) undo() string    { return k.tag() + "undo" }
func (k keys) claimed() string { return k.tag() + "claimed" }
func (k keys) tokens() string  { return k.tag() + "tokens" }
func (k keys) owners() string  { return k.tag() + "owners" }

func (k keys) ownerSync() string { return k.tag() + "ownersync" }

// outbox is the {idx} slot's webhook outbox: claim.paid events, written by the commit that indexes the claim.
func (k keys) outbox() string { return webhooks.OutboxKey(k.p, "idx") }

// all is the KEYS of the commit and rewind scripts, in the order they document.
func (k keys) all() []string {
	return []string{k.cursor(), k.hashes(), k.undo(), k.claimed(), k.tokens(), k.owners(), k.ownerSync()}
}

// claimedField is the field of (token, account) in the claimed hash.
func claimedField(token, account common.Address) string {
	return hexAddr(token) + ":" + hexAddr(account)
}

// tokenField is the field of token in the tokens and owners hashes and its member in ownersync.
func tokenField(token common.Address) string { return hexAddr(token) }

// hexAddr is the lower-case 0x-hex form of a.
func hexAddr(a common.Address) string {
	var b [42]byte
	b[0], b[1] = '0', 'x'
	hex.Encode(b[2:], a[:])
	return string(b[:])
}
