package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/redis/go-redis/v9"
)

const (
	// DefaultJournalPrefix starts every key of a RedisJournal whose prefix is empty: the ledger's, so that
	// one Redis holds one deployment's state under one prefix.
	DefaultJournalPrefix = "tribe"
	// DefaultJournalRetention is how long a RedisJournal keeps a finished intent, for Intents.
	DefaultJournalRetention = 7 * 24 * time.Hour
	// maxListedFinished bounds how many finished intents RedisJournal.Intents returns.
	maxListedFinished = 1000
)

// ErrUnknownIntent is returned by RedisJournal.Finish for an intent it does not hold (never recorded, or
// finished longer than Retention ago).
var ErrUnknownIntent = errors.New("unknown intent")

// RedisJournal is a Journal in Redis (a single server, Sentinel or a Cluster): the intents of one sender,
// under keys that share one hash tag (see keys.go). Every write is one Lua script, so it happens entirely or
// not at all; how durable it is then depends on the server's persistence (appendonly yes, appendfsync
// always for no loss at all). Safe for concurrent use. Every method passes its context to Redis.
type RedisJournal struct {
	rdb  redis.UniversalClient
	k    journalKeys
	from common.Address

	// Retention is how long a finished intent is kept (DefaultJournalRetention if 0). Set it before use.
	Retention time.Duration
}

// NewRedisJournal returns the journal of the transactions sent from from, under keys starting with prefix
// (DefaultJournalPrefix if empty). It panics if prefix contains a brace, which would break the hash tag.
func NewRedisJournal(rdb redis.UniversalClient, prefix string, from common.Address) *RedisJournal {
	if strings.ContainsAny(prefix, "{}") {
		panic("txmgr: journal prefix must not contain '{' or '}'")
	}
	if prefix == "" {
		prefix = DefaultJournalPrefix
	}
	return &RedisJournal{rdb: rdb, k: newJournalKeys(prefix, from), from: from}
}

// Sender is the address whose intents the journal holds. New refuses a journal of another address.
func (j *RedisJournal) Sender() common.Address { return j.from }

// recordScript adds a signed version to an intent, creating the intent if needed.
//
// KEYS[1] the intent, KEYS[2] the pending set. ARGV[1] id, ARGV[2] the signed transaction (0x-hex), ARGV[3]
// its nonce, ARGV[4] to, ARGV[5] data, ARGV[6] value, ARGV[7] gas, ARGV[8] now (unix ms). Returns the number
// of versions recorded, or an error starting "FINISHED" if the intent is finished.
var recordScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'status')
if st and st ~= 'pending' then
  return redis.error_reply('FINISHED intent ' .. ARGV[1] .. ' is ' .. st)
end
if not st then
  redis.call('HSET', KEYS[1], 'id', ARGV[1], 'status', 'pending', 'to', ARGV[4], 'data', ARGV[5],
    'value', ARGV[6], 'created', ARGV[8], 'ntx', '0')
end
local n = redis.call('HINCRBY', KEYS[1], 'ntx', 1)
redis.call('HSET', KEYS[1], 'tx:' .. (n - 1), ARGV[2], 'nonce', ARGV[3], 'gas', ARGV[7], 'updated', ARGV[8])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return n
`)

// finishScript records an intent's outcome and moves it from the pending set to the finished one.
//
// KEYS[1] the intent, KEYS[2] the pending set, KEYS[3] the finished set. ARGV[1] id, ARGV[2] status,
// ARGV[3] now (unix ms), ARGV[4] retention (ms), ARGV[5] oldest finish time kept (unix ms), ARGV[6] hash
// mined, ARGV[7] block, ARGV[8] gas used, ARGV[9] error. Returns 1 if recorded, 0 if the intent keeps an
// earlier outcome (a receipt is never replaced; a failure only by a receipt), or an error starting
// "NOINTENT" if there is no such intent.
var finishScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'status')
if not st then
  return redis.error_reply('NOINTENT ' .. ARGV[1])
end
if st == 'mined' or st == 'reverted' or (st == 'failed' and ARGV[2] == 'failed') then
  return 0
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updated', ARGV[3], 'mined', ARGV[6], 'block', ARGV[7],
  'gas_used', ARGV[8], 'err', ARGV[9])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[5])
return 1
`)

// Record implements Journal.
func (j *RedisJournal) Record(ctx context.Context, id string, tx *types.Transaction, at time.Time) error {
	if err := checkID(id); err != nil {
		return err
	}
	if tx.To() == nil {
		return fmt.Errorf("journal intent %s: contract creation is not journaled", id)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("journal intent %s: encode transaction: %w", id, err)
	}
	err = recordScript.Run(ctx, j.rdb, []string{j.k.intent(id), j.k.pending()},
		id, hexutil.Encode(raw), tx.Nonce(), strings.ToLower(tx.To().Hex()), hexutil.Encode(tx.Data()),
		tx.Value().String(), tx.Gas(), at.UnixMilli()).Err()
	if err != nil {
		return fmt.Errorf("journal intent %s: %w", id, err)
	}
	return nil
}

// Finish implements Journal. Finishing an intent it does not hold returns ErrUnknownIntent.
func (j *RedisJournal) Finish(ctx context.Context, id string, out Outcome) error {
	if err := checkID(id); err != nil {
		return err
	}
	switch out.Status {
	case IntentMined, IntentReverted, IntentFailed:
	default:
		return fmt.Errorf("journal intent %s: cannot finish with status %q", id, out.Status)
	}
	retention := j.Retention
	if retention <= 0 {
		retention = DefaultJournalRetention
	}
	var mined, block, gasUsed string
	if out.Status != IntentFailed {
		mined, block, gasUsed = out.TxHash.Hex(), strconv.FormatUint(out.Block, 10), strconv.FormatUint(out.GasUsed, 10)
	}
	err := finishScript.Run(ctx, j.rdb, []string{j.k.intent(id), j.k.pending(), j.k.done()},
		id, string(out.Status), out.At.UnixMilli(), retention.Milliseconds(), out.At.Add(-retention).UnixMilli(),
		mined, block, gasUsed, out.Error).Err()
	if err != nil {
		if strings.HasPrefix(err.Error(), "NOINTENT") {
			return fmt.Errorf("journal intent %s: %w", id, ErrUnknownIntent)
		}
		return fmt.Errorf("journal intent %s: %w", id, err)
	}
	return nil
}

// Pending implements Journal.
func (j *RedisJournal) Pending(ctx context.Context) ([]Intent, error) {
	ids, err := j.rdb.ZRange(ctx, j.k.pending(), 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("journal: pending intents: %w", err)
	}
	return j.load(ctx, ids)
}

// Intents implements Journal: the pending intents, then at most 1,000 of those finished within Retention.
func (j *RedisJournal) Intents(ctx context.Context) ([]Intent, error) {
	pending, err := j.Pending(ctx)
	if err != nil {
		return nil, err
	}
	ids, err := j.rdb.ZRevRange(ctx, j.k.done(), 0, maxListedFinished-1).Result()
	if err != nil {
		return nil, fmt.Errorf("journal: finished intents: %w", err)
	}
	done, err := j.load(ctx, ids)
	if err != nil {
		return nil, err
	}
	return append(pending, done...), nil
}

// load reads the intents ids, in that order, skipping those that expired meanwhile.
func (j *RedisJournal) load(ctx context.Context, ids []string) ([]Intent, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	cmds := make([]*redis.MapStringStringCmd, len(ids))
	// One slot: a pipeline, even on a Cluster, is one round trip to one node.
	_, err := j.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, id := range ids {
			cmds[i] = p.HGetAll(ctx, j.k.intent(id))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("journal: read intents: %w", err)
	}
	out := make([]Intent, 0, len(ids))
	for i, cmd := range cmds {
		h := cmd.Val()
		if len(h) == 0 {
			continue
		}
		in, err := parseIntent(h)
		if err != nil {
			return nil, fmt.Errorf("journal intent %s: %w", ids[i], err)
		}
		out = append(out, in)
	}
	return out, nil
}

// parseIntent decodes an intent hash. Versions recorded twice (the same signed transaction) appear once.
func parseIntent(h map[string]string) (Intent, error) {
	var (
		in   = Intent{ID: h["id"], Status: IntentStatus(h["status"]), Error: h["err"]}
		errs []error
	)
	num := func(field string) uint64 {
		s := h[field]
		if s == "" {
			return 0
		}
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("field %s: %w", field, err))
		}
		return n
	}
	millis := func(field string) time.Time {
		if n := num(field); n > 0 {
			return time.UnixMilli(int64(n))
		}
		return time.Time{}
	}
	in.To = common.HexToAddress(h["to"])
	var err error
	if in.Data, err = hexutil.Decode(h["data"]); err != nil {
		errs = append(errs, fmt.Errorf("field data: %w", err))
	}
	var ok bool
	if in.Value, ok = new(big.Int).SetString(h["value"], 10); !ok {
		errs = append(errs, fmt.Errorf("field value: %q", h["value"]))
	}
	in.Gas, in.Nonce, in.Block, in.GasUsed = num("gas"), num("nonce"), num("block"), num("gas_used")
	in.Created, in.Updated = millis("created"), millis("updated")
	if s := h["mined"]; s != "" {
		in.TxHash = common.HexToHash(s)
	}
	seen := make(map[common.Hash]bool)
	for i := range num("ntx") {
		raw, err := hexutil.Decode(h["tx:"+strconv.FormatUint(i, 10)])
		if err != nil {
			errs = append(errs, fmt.Errorf("version %d: %w", i, err))
			continue
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			errs = append(errs, fmt.Errorf("version %d: %w", i, err))
			continue
		}
		if !seen[tx.Hash()] {
			seen[tx.Hash()] = true
			in.Txs = append(in.Txs, tx)
		}
	}
	switch in.Status {
	case IntentPending, IntentMined, IntentReverted, IntentFailed:
	default:
		errs = append(errs, fmt.Errorf("status %q", in.Status))
	}
	return in, errors.Join(errs...)
}

// checkID refuses an id that could break a key: only letters, digits, '-' and '_', at most 64.
func checkID(id string) error {
	if id == "" || len(id) > 64 {
		return fmt.Errorf("invalid intent id %q", id)
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return fmt.Errorf("invalid intent id %q", id)
		}
	}
	return nil
}
