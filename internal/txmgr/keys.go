package txmgr

import (
	"encoding/hex"

	"github.com/ethereum/go-ethereum/common"
)

// Every Redis key RedisJournal uses is built here. <p> is the prefix given to NewRedisJournal (default
// "tribe", the ledger's); <from> is the sender's lower-case 0x-hex address, and <id> an intent id (letters,
// digits, '-' and '_' only). All the keys of one sender carry the hash tag {<from>}, so that one Lua script
// can update an intent and the sender's indexes atomically on a Redis Cluster: a sender's journal lives in
// one slot, and two senders' journals never touch each other.
//
//	<p>:txmgr:{<from>}:intent:<id>   hash  the intent (fields below); expires Retention after it finished
//	<p>:txmgr:{<from>}:pending       zset  id -> nonce of the newest version, for every unfinished intent
//	<p>:txmgr:{<from>}:done          zset  id -> when it finished (unix ms), for Retention
//
// Intent fields: id, status (pending|mined|reverted|failed), to (0x-hex), data (0x-hex), value (decimal wei),
// gas, nonce, created and updated (unix ms), ntx (number of versions), tx:0 ... tx:<ntx-1> (each version as
// signed, 0x-hex of its binary encoding, oldest first), and once finished: mined (0x-hex hash of the
// version mined), block, gas_used, err.
type journalKeys struct{ base string }

func newJournalKeys(prefix string, from common.Address) journalKeys {
	return journalKeys{base: prefix + ":txmgr:{0x" + hex.EncodeToString(from[:]) + "}:"}
}

func (k journalKeys) intent(id string) string { return k.base + "intent:" + id }
func (k journalKeys) pending() string         { return k.base + "pending" }
func (k journalKeys) done() string            { return k.base + "done" }
