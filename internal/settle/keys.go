package settle

import (
	"strconv"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Every Redis key the settler uses is built here. <p> is Config.Prefix (default "tribe", the ledger's: the
// "{settle}" hash tag keeps the two apart). Every key carries the hash tag {settle}, so that one Lua script
// can check the lease and write an epoch atomically on a Redis Cluster: settlement state lives in one slot.
//
//	<p>:{settle}:lease               string  "<owner>:<fencing token>", SET NX PX Config.LeaseTTL
//	<p>:{settle}:fence               string  fencing-token counter (INCR), never reset
//	<p>:{settle}:latest              string  number of the newest epoch record
//	<p>:{settle}:epoch:<n>           hash    epoch record (fields below)
//	<p>:{settle}:epoch:<n>:v:<c>     string  values chunk c: valuesPerChunk records of valueSize bytes
//	<p>:{settle}:epoch:<n>:t:<c>     string  tree chunk c: nodesPerChunk nodes of 32 bytes
//	<p>:{settle}:outbox              stream  webhook events of settlement (epoch.proposed, epoch.active)
//	<p>:{settle}:epoch:<n>:pv:<c>    string  pending tree values chunk c: pvpc records of pendingSize bytes
//	<p>:{settle}:epoch:<n>:pt:<c>    string  pending tree chunk c: pnpc nodes of 32 bytes
//
// Epoch record fields: st (state: building|built|sending|proposed|rejected), root (0x-hex), leaves, created
// (unix ms), vc and tc (numbers of values and tree chunks), dir (the first 40-byte search key of every values
// chunk, concatenated), tx (0x-hex hash of the proposing transaction, once known), sends (proposeRoot
// attempts), activated (unix ms when the settler saw the root active on-chain and emitted epoch.active),
// pruned ("1" once the chunks were deleted), fence and owner (the lease of the last write),
// updated (unix ms of the last write). An epoch that commits something pending also has proot (the pending
// tree's root, 0x-hex), pleaves, pvc, ptc, pvpc, pnpc and pdir, the same for its pending tree.
//
// A value record is token (20 bytes) ‖ account (20) ‖ cumulative amount (32, big-endian) ‖ tree index (4,
// big-endian): the records are sorted by token ‖ account, which is also the order of the leaves given to
// merkle.New ("values" of the dump). Tree chunks hold the tree's 2n-1 nodes in the OpenZeppelin layout
// (node 0 is the root). A pending value record is source (20) ‖ account (20) ‖ pending (32) ‖ earliest
// maturity (8, unix seconds) ‖ tree index (4), sorted by source ‖ account, the order given to
// merkle.NewPending.
type keys struct{ p string }

func (k keys) base() string   { return k.p + ":{settle}:" }
func (k keys) lease() string  { return k.base() + "lease" }
func (k keys) fence() string  { return k.base() + "fence" }
func (k keys) latest() string { return k.base() + "latest" }
func (k keys) outbox() string { return webhooks.OutboxKey(k.p, "settle") }

func (k keys) epoch(n uint64) string { return k.base() + "epoch:" + strconv.FormatUint(n, 10) }

func (k keys) values(n uint64, c int) string { return k.epoch(n) + ":v:" + strconv.Itoa(c) }
func (k keys) nodes(n uint64, c int) string  { return k.epoch(n) + ":t:" + strconv.Itoa(c) }

func (k keys) pendingValues(n uint64, c int) string { return k.epoch(n) + ":pv:" + strconv.Itoa(c) }
func (k keys) pendingNodes(n uint64, c int) string  { return k.epoch(n) + ":pt:" + strconv.Itoa(c) }

// pendingChunks returns the keys of every pending values chunk and pending tree chunk of epoch n.
func (k keys) pendingChunks(n uint64, vc, tc int) []string {
	out := make([]string, 0, vc+tc)
	for c := range vc {
		out = append(out, k.pendingValues(n, c))
	}
	for c := range tc {
		out = append(out, k.pendingNodes(n, c))
	}
	return out
}

// chunks returns the keys of every values chunk and tree chunk of epoch n.
func (k keys) chunks(n uint64, vc, tc int) []string {
	out := make([]string, 0, vc+tc)
	for c := range vc {
		out = append(out, k.values(n, c))
	}
	for c := range tc {
		out = append(out, k.nodes(n, c))
	}
	return out
}
