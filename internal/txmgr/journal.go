package txmgr

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Journal keeps a Manager's transaction intents, so that a Manager started after a crash finishes what the
// previous one left in flight (Resume) instead of sending it a second time. An intent is one logical
// transaction: one call of Send, with every version signed for it (the first, each resubmission with higher
// fees, and a version with a fresh nonce if its nonce was taken).
//
// A Journal holds the intents of one sender. The Manager writes a version before it sends it: when Record
// returns nil, the version must be as durable as the Journal can make it. Implementations must be safe for
// concurrent use; RedisJournal is one.
type Journal interface {
	// Record adds tx, signed for the intent id, as that intent's newest version, creating the intent on its
	// first call. The intent's nonce becomes tx's. It fails, recording nothing, if the intent is finished.
	Record(ctx context.Context, id string, tx *types.Transaction, at time.Time) error
	// Finish records the outcome of the intent id, which is then no longer pending. A finished intent keeps
	// its first outcome, except that a receipt (IntentMined, IntentReverted) replaces IntentFailed: the chain
	// has the last word.
	Finish(ctx context.Context, id string, out Outcome) error
	// Pending returns the unfinished intents, lowest nonce first, each with every version recorded.
	Pending(ctx context.Context) ([]Intent, error)
	// Intents returns the pending intents, lowest nonce first, then recently finished ones, newest first.
	Intents(ctx context.Context) ([]Intent, error)
}

// IntentStatus is where an intent stands.
type IntentStatus string

// The statuses of an intent.
const (
	// IntentPending: recorded, and possibly sent; not known to be mined. Includes intents whose caller
	// stopped waiting (a cancelled context, the fee cap reached): the next Resume finishes them.
	IntentPending IntentStatus = "pending"
	// IntentMined: a version was mined and succeeded, with the configured confirmations.
	IntentMined IntentStatus = "mined"
	// IntentReverted: a version was mined and failed (receipt status 0).
	IntentReverted IntentStatus = "reverted"
	// IntentFailed: no version was or will be mined. Either the node refused the first one (Send returned
	// the error to its caller), or its nonce was used by another transaction (ErrNonceTaken).
	IntentFailed IntentStatus = "failed"
)

// Intent is a journaled transaction intent, as a Journal returns it.
type Intent struct {
	// ID names the intent in its journal. To, Data, Value and Gas are the call every version makes.
	ID    string         `json:"id"`
	To    common.Address `json:"to"`
	Data  hexutil.Bytes  `json:"data"`
	Value *big.Int       `json:"value"`
	Gas   uint64         `json:"gas"`
	// Nonce is the nonce of the newest version.
	Nonce uint64 `json:"nonce"`
	// Txs are the signed versions, oldest first, each recorded before it was sent (some may never have
	// reached a node).
	Txs    []*types.Transaction `json:"txs"`
	Status IntentStatus         `json:"status"`
	// Created is when the first version was recorded, Updated when the newest version or the outcome was.
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	// TxHash, Block and GasUsed describe the version that was mined (IntentMined, IntentReverted).
	TxHash  common.Hash `json:"tx_hash,omitzero"`
	Block   uint64      `json:"block,omitempty"`
	GasUsed uint64      `json:"gas_used,omitempty"`
	// Error says why the intent failed (IntentFailed).
	Error string `json:"error,omitempty"`
}

// Outcome is how an intent finished, as the Manager records it with Journal.Finish.
type Outcome struct {
	// Status is IntentMined, IntentReverted or IntentFailed.
	Status IntentStatus
	// TxHash, Block and GasUsed come from the receipt of the version mined.
	TxHash  common.Hash
	Block   uint64
	GasUsed uint64
	// Error says why the intent failed.
	Error string
	// At is when the outcome was known.
	At time.Time
}

// minedOutcome is the outcome that r, the receipt of one of an intent's versions, gives it.
func minedOutcome(r *types.Receipt) Outcome {
	out := Outcome{Status: IntentMined, TxHash: r.TxHash, GasUsed: r.GasUsed}
	if r.BlockNumber != nil {
		out.Block = r.BlockNumber.Uint64()
	}
	if r.Status != types.ReceiptStatusSuccessful {
		out.Status = IntentReverted
	}
	return out
}
