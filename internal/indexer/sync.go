package indexer

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/redis/go-redis/v9"
)

// maxEffects bounds the effects one commit script applies, so one script never holds Redis for long: a
// batch with more is committed in several scripts, split at block boundaries.
const maxEffects = 2048

// effect is one write of a batch: kind "c" (claimed, value kept only if larger), "t" (tokens) or "o" (owners).
type effect struct {
	kind  string
	block uint64
	field string
	value string
	event string // the data of the webhook event a change emits, "" for none
}

// SyncOnce runs one pass: it checks the cursor's block against the chain (undoing a reorg if it was
// orphaned), then indexes every block up to the current head − Confirmations, batch by batch. It returns
// the last indexed block (0 before the first batch), also on error: batches committed before the error
// stay, and nothing is written for a batch whose reads failed. Calls to the chain are retried
// RetryAttempts times. If the chain got shorter, blocks indexed above the new head − Confirmations stay as
// long as the chain still has them. Cancelling ctx stops the pass between or during calls; a script
// already sent applies entirely or not at all. Last, also after an error, Config.Owners is told the owners
// that changed (an error of its own wraps ErrOwners and is returned if the pass had none). Safe for
// concurrent use: passes take turns.
func (ix *Indexer) SyncOnce(ctx context.Context) (indexedTo uint64, err error) {
	if ix.err != nil {
		return 0, ix.err
	}
	ix.syncMu.Lock()
	defer ix.syncMu.Unlock()

	indexedTo, err = ix.pass(ctx)
	if ctx.Err() != nil {
		return indexedTo, err
	}
	if oerr := ix.syncOwners(ctx); oerr != nil {
		if err == nil {
			return indexedTo, oerr
		}
		ix.log.Warn("passing token owners on failed", "err", oerr)
	}
	return indexedTo, err
}

// pass is SyncOnce's indexing, under syncMu.
func (ix *Indexer) pass(ctx context.Context) (uint64, error) {
	cur, err := ix.loadCursor(ctx)
	if err != nil {
		return 0, err
	}
	head, err := ix.blockNumber(ctx)
	if err != nil {
		return cur.n, err
	}
	if cur.ok {
		canonical, err := ix.hasBlock(ctx, cur.n, cur.h)
		if err != nil {
			return cur.n, err
		}
		if !canonical {
			if cur, err = ix.rewind(ctx, cur); err != nil {
				return cur.n, err
			}
		}
	}
	if head < ix.cfg.Confirmations {
		return cur.n, nil
	}
	target := head - ix.cfg.Confirmations
	next := ix.cfg.StartBlock
	if cur.ok {
		next = cur.n + 1
	}
	for next <= target {
		to := min(target, next+ix.cfg.BatchBlocks-1)
		if cur, err = ix.syncRange(ctx, cur, next, to, target); err != nil {
			return cur.n, err
		}
		next = to + 1
	}
	return cur.n, nil
}

// syncRange indexes blocks [from, to] (from is the block after the cursor) and returns the new cursor.
//
// The blocks of the batch within ReorgDepth of target keep their hashes and undo logs; the reads check
// that they form one chain continuing the cursor, and that every log of theirs comes from that chain.
// Older blocks are final by assumption and are read without those checks.
func (ix *Indexer) syncRange(ctx context.Context, cur cursor, from, to, target uint64) (cursor, error) {
	log := ix.log.With("from", from, "to", to)
	undoFrom := from
	if target >= ix.cfg.ReorgDepth && target-ix.cfg.ReorgDepth+1 > from {
		undoFrom = target - ix.cfg.ReorgDepth + 1
	}
	hashes := make(map[uint64]common.Hash)
	var toHash common.Hash
	if undoFrom <= to {
		parent, linked := cur.h, cur.ok && undoFrom == cur.n+1
		for n := undoFrom; n <= to; n++ {
			h, err := ix.header(ctx, n)
			if err != nil {
				return cur, shrunk(err)
			}
			if linked && h.ParentHash != parent {
				return cur, fmt.Errorf("%w: block %d's parent is %s, not %s", ErrChainChanged, n, h.ParentHash, parent)
			}
			parent, linked = h.Hash(), true
			hashes[n] = parent
		}
		toHash = hashes[to]
	} else {
		h, err := ix.header(ctx, to)
		if err != nil {
			return cur, shrunk(err)
		}
		toHash = h.Hash()
	}

	logs, err := ix.filterLogs(ctx, from, to)
	if err != nil {
		return cur, err
	}
	if undoFrom <= to {
		// The logs were read after the headers: if block `to` is unchanged, so is its chain.
		h, err := ix.header(ctx, to)
		if err != nil {
			return cur, shrunk(err)
		}
		if h.Hash() != toHash {
			return cur, fmt.Errorf("%w: block %d changed during the batch", ErrChainChanged, to)
		}
	}
	known, err := ix.knownTokens(ctx, logs)
	if err != nil {
		return cur, err
	}
	effects, err := ix.decode(logs, from, to, hashes, known)
	if err != nil {
		return cur, err
	}

	// Commit, in several scripts if there are many effects, each ending at a block boundary.
	start := from
	for len(effects) > 0 || start <= to {
		end, endHash, n := to, toHash, len(effects)
		if n > maxEffects {
			n = maxEffects
			for n < len(effects) && effects[n].block == effects[n-1].block {
				n++
			}
			if n < len(effects) {
				end = effects[n-1].block
				endHash = logHash(logs, end)
				if h, ok := hashes[end]; ok {
					endHash = h
				}
			}
		}
		next, err := ix.commit(ctx, cur, start, end, endHash, undoFrom, hashes, effects[:n])
		if err != nil {
			return cur, err
		}
		log.Debug("indexed blocks", "through", end, "effects", n)
		cur, effects, start = next, effects[n:], end+1
	}
	return cur, nil
}

// shrunk turns "no such block" while reading a batch below the head into ErrChainChanged: the chain got
// shorter since BlockNumber.
func shrunk(err error) error {
	if errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("%w: %w", ErrChainChanged, err)
	}
	return err
}

// logHash is the block hash that the logs of block n carry.
func logHash(logs []types.Log, n uint64) common.Hash {
	for i := range logs {
		if logs[i].BlockNumber == n {
			return logs[i].BlockHash
		}
	}
	return common.Hash{}
}

// knownTokens is which of the addresses that emitted OwnershipTransferred in logs are tokens already indexed.
// Read before the batch's commit, it stays true for it: the tokens hash changes only with the cursor, and
// the commit is a compare-and-set on the cursor read before this.
func (ix *Indexer) knownTokens(ctx context.Context, logs []types.Log) (map[common.Address]bool, error) {
	known := map[common.Address]bool{}
	var addrs []common.Address
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) > 0 && l.Topics[0] == ix.ownershipID {
			if _, seen := known[l.Address]; !seen {
				known[l.Address] = false
				addrs = append(addrs, l.Address)
			}
		}
	}
	for chunk := range slices.Chunk(addrs, 1000) {
		fields := make([]string, len(chunk))
		for i, a := range chunk {
			fields[i] = tokenField(a)
		}
		vals, err := ix.rdb.HMGet(ctx, ix.k.tokens(), fields...).Result()
		if err != nil {
			return nil, fmt.Errorf("read tokens: %w", err)
		}
		for i, a := range chunk {
			known[a] = vals[i] != nil
		}
	}
	return known, nil
}

// decode turns the logs of blocks [from, to] into effects, sorted into chain order (nodes return them so;
// this does not trust it). A log of a block in hashes must carry that block's hash. known is which
// OwnershipTransferred emitters are indexed tokens; decode adds the tokens the logs create, so a transfer
// counts if its token was created before it.
func (ix *Indexer) decode(logs []types.Log, from, to uint64, hashes map[uint64]common.Hash, known map[common.Address]bool) ([]effect, error) {
	slices.SortStableFunc(logs, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
	})
	effects := make([]effect, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("%w: asked for the logs of blocks %d-%d, got one of block %d", ErrChainChanged, from, to, l.BlockNumber)
		}
		if h, ok := hashes[l.BlockNumber]; ok && l.BlockHash != h {
			return nil, fmt.Errorf("%w: log of block %d from block %s, not %s", ErrChainChanged, l.BlockNumber, l.BlockHash, h)
		}
		switch {
		case l.Address == ix.cfg.Distributor && l.Topics[0] == ix.claimedID:
			ev, err := ix.distributor.UnpackClaimedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("decode Claimed in tx %s: %w", l.TxHash, err)
			}
			data, err := json.Marshal(claimPaid{Account: ev.Account.Hex(), Token: ev.Token.Hex(), Amount: ev.Amount.String(),
				Cumulative: ev.CumulativeAmount.String(), Tx: l.TxHash.Hex(), Block: l.BlockNumber, LogIndex: l.Index})
			if err != nil {
				return nil, err
			}
			effects = append(effects, effect{"c", l.BlockNumber, claimedField(ev.Token, ev.Account), ev.CumulativeAmount.String(), string(data)})
		case ix.cfg.Factory != (common.Address{}) && l.Address == ix.cfg.Factory && l.Topics[0] == ix.createdID:
			ev, err := ix.factory.UnpackTokenCreatedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("decode TokenCreated in tx %s: %w", l.TxHash, err)
			}
			rec, err := json.Marshal(tokenRecord{
				Creator: ev.Creator.Hex(), Name: ev.Name, Symbol: ev.Symbol, MaxSupply: ev.MaxSupply.String(),
				Block: l.BlockNumber, Tx: l.TxHash.Hex(),
			})
			if err != nil {
				return nil, err
			}
			effects = append(effects, effect{"t", l.BlockNumber, tokenField(ev.Token), string(rec), ""})
			known[ev.Token] = true
		case ix.cfg.Factory != (common.Address{}) && l.Topics[0] == ix.ownershipID && known[l.Address]:
			ev, err := ix.token.UnpackOwnershipTransferredEvent(l)
			if err != nil {
				return nil, fmt.Errorf("decode OwnershipTransferred in tx %s: %w", l.TxHash, err)
			}
			effects = append(effects, effect{"o", l.BlockNumber, tokenField(l.Address), hexAddr(ev.NewOwner), ""})
		}
	}
	return effects, nil
}

// commit runs commitScript for blocks [from, to] ending with block `to` of hash toHash.
func (ix *Indexer) commit(ctx context.Context, cur cursor, from, to uint64, toHash common.Hash, undoFrom uint64,
	hashes map[uint64]common.Hash, effects []effect) (cursor, error) {
	curN, curH := cur.args()
	keepFrom := uint64(0)
	if to >= ix.cfg.ReorgDepth {
		keepFrom = to - ix.cfg.ReorgDepth + 1
	}
	args := make([]any, 0, 10+2*len(hashes)+5*len(effects))
	args = append(args, curN, curH, ix.contracts, from, to, toHash.Hex(), keepFrom, undoFrom, time.Now().UnixMilli(), 0)
	nh := 0
	for n := max(from, undoFrom); n <= to; n++ {
		if h, ok := hashes[n]; ok {
			args = append(args, n, h.Hex())
			nh++
		}
	}
	args[9] = nh
	for _, e := range effects {
		args = append(args, e.kind, e.block, e.field, e.value, e.event)
	}
	res, err := commitScript.Run(ctx, ix.rdb, append(ix.k.all(), ix.k.outbox()), args...).Text()
	if err != nil {
		return cur, fmt.Errorf("commit blocks %d-%d: %w", from, to, err)
	}
	if res != "OK" {
		return cur, fmt.Errorf("commit blocks %d-%d: %w", from, to, ErrConflict)
	}
	return cursor{ok: true, n: to, h: toHash}, nil
}

// rewind finds the newest kept block the chain still has and undoes everything above it. It returns the
// new cursor (not ok if everything was undone).
func (ix *Indexer) rewind(ctx context.Context, cur cursor) (cursor, error) {
	ring, err := ix.rdb.ZRevRangeByScoreWithScores(ctx, ix.k.hashes(),
		&redis.ZRangeBy{Min: "-inf", Max: "+inf"}).Result()
	if err != nil {
		return cur, fmt.Errorf("read block hashes: %w", err)
	}
	// Walk down from the cursor through consecutive kept blocks to the newest the chain still has.
	fork, found, want := cursor{}, false, cur.n
	var lowest uint64 // the lowest orphaned block seen, if orphaned
	orphaned := false
	for _, z := range ring {
		member, _ := z.Member.(string)
		if uint64(z.Score) != want {
			break // a gap: the blocks below were not kept
		}
		h := common.HexToHash(member)
		ok, err := ix.hasBlock(ctx, want, h)
		if err != nil {
			return cur, err
		}
		if ok {
			fork, found = cursor{ok: true, n: want, h: h}, true
			break
		}
		lowest, orphaned = want, true
		if want == 0 {
			break
		}
		want--
	}
	// Not found but orphaned down to the first indexed block: undo everything.
	if !found && !(orphaned && lowest == ix.cfg.StartBlock) {
		return cur, fmt.Errorf("%w: block %d (%s) is orphaned and no kept block down to %d is on the chain",
			ErrReorgTooDeep, cur.n, cur.h, want)
	}
	curN, curH := cur.args()
	forkN, forkH := fork.args()
	res, err := rewindScript.Run(ctx, ix.rdb, ix.k.all(), curN, curH, forkN, forkH).Result()
	if err != nil {
		return cur, fmt.Errorf("undo orphaned blocks: %w", err)
	}
	undone, ok := res.(int64)
	if !ok {
		return cur, fmt.Errorf("undo orphaned blocks: %w", ErrConflict)
	}
	ix.log.Warn("reorg: undid orphaned blocks", "from_block", cur.n, "from_hash", cur.h,
		"fork_block", fork.n, "fork_hash", fork.h, "blocks_with_effects", undone)
	return fork, nil
}

// hasBlock reports whether the chain's block n has hash h (false if the chain is shorter).
func (ix *Indexer) hasBlock(ctx context.Context, n uint64, h common.Hash) (bool, error) {
	hdr, err := ix.header(ctx, n)
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return hdr.Hash() == h, nil
}

func (ix *Indexer) blockNumber(ctx context.Context) (uint64, error) {
	var n uint64
	err := ix.retry(ctx, "block number", func(ctx context.Context) (err error) {
		n, err = ix.b.BlockNumber(ctx)
		return err
	})
	return n, err
}

// header is block n's header; the error wraps ethereum.NotFound if the chain has no block n.
func (ix *Indexer) header(ctx context.Context, n uint64) (*types.Header, error) {
	var h *types.Header
	err := ix.retry(ctx, "header "+strconv.FormatUint(n, 10), func(ctx context.Context) (err error) {
		h, err = ix.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err == nil && (h == nil || h.Number == nil || h.Number.Uint64() != n) {
			err = fmt.Errorf("node returned a header other than %d", n)
		}
		return err
	})
	return h, err
}

func (ix *Indexer) filterLogs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{ix.cfg.Distributor},
		Topics:    [][]common.Hash{{ix.claimedID}},
	}
	if ix.cfg.Factory != (common.Address{}) {
		q.Addresses = append(q.Addresses, ix.cfg.Factory)
		q.Topics[0] = append(q.Topics[0], ix.createdID)
	}
	var logs []types.Log
	err := ix.retry(ctx, fmt.Sprintf("logs %d-%d", from, to), func(ctx context.Context) (err error) {
		logs, err = ix.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil || ix.cfg.Factory == (common.Address{}) {
		return logs, err
	}
	// The factory's tokens are many addresses: ask by topic alone, decode keeps the known tokens'.
	q.Addresses, q.Topics = nil, [][]common.Hash{{ix.ownershipID}}
	var owned []types.Log
	err = ix.retry(ctx, fmt.Sprintf("ownership logs %d-%d", from, to), func(ctx context.Context) (err error) {
		owned, err = ix.b.FilterLogs(ctx, q)
		return err
	})
	return append(logs, owned...), err
}

// syncOwners tells Config.Owners the owner of every token in ownersync, and takes each off once told,
// unless it changed meanwhile. A token without a record (its creation was orphaned) is taken off untold.
func (ix *Indexer) syncOwners(ctx context.Context) error {
	if ix.cfg.Owners == nil {
		return nil
	}
	var scan uint64
	for {
		members, next, err := ix.rdb.SScan(ctx, ix.k.ownerSync(), scan, "", 256).Result()
		if err != nil {
			return fmt.Errorf("%w: read %s: %w", ErrOwners, ix.k.ownerSync(), err)
		}
		tokens := make([]common.Address, len(members))
		for i, m := range members {
			tokens[i] = common.HexToAddress(m)
		}
		recs, owns, err := ix.readOwners(ctx, tokens)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrOwners, err)
		}
		for i, token := range tokens {
			owner, ok, err := resolveOwner(recs[i], owns[i])
			if err != nil {
				return fmt.Errorf("%w: token %s: %w", ErrOwners, token, err)
			}
			if ok {
				applied, err := ix.cfg.Owners.SetCommunityCreator(ctx, token, owner)
				if err != nil {
					return fmt.Errorf("%w: token %s: %w", ErrOwners, token, err)
				}
				if !applied {
					ix.log.Debug("token owner not taken yet; told again after the next pass", "token", token, "owner", owner)
					continue
				}
				ix.log.Debug("token owner passed on", "token", token, "owner", owner)
			}
			err = ownerSyncedScript.Run(ctx, ix.rdb, []string{ix.k.tokens(), ix.k.owners(), ix.k.ownerSync()},
				members[i], recs[i], owns[i]).Err()
			if err != nil {
				return fmt.Errorf("%w: token %s: %w", ErrOwners, token, err)
			}
		}
		if next == 0 {
			return nil
		}
		scan = next
	}
}

// retry calls f up to RetryAttempts times, each bounded by RPCTimeout, pausing RetryDelay, then twice
// that, and so on. ethereum.NotFound is an answer, not a failure: it is returned at once.
func (ix *Indexer) retry(ctx context.Context, op string, f func(context.Context) error) error {
	var err error
	for attempt := 1; ; attempt++ {
		callCtx, cancel := context.WithTimeout(ctx, ix.cfg.RPCTimeout)
		err = f(callCtx)
		cancel()
		if err == nil || errors.Is(err, ethereum.NotFound) {
			return err
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", op, ctx.Err())
		}
		if attempt >= ix.cfg.RetryAttempts {
			break
		}
		ix.log.Debug("chain call failed; retrying", "op", op, "attempt", attempt, "err", err)
		t := time.NewTimer(ix.backoff(attempt))
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s: %w", op, ctx.Err())
		case <-t.C:
		}
	}
	return fmt.Errorf("%w: %s: %w", ErrRPC, op, err)
}

// claimPaid is the data of a claim.paid webhook event: one Claimed event of the distributor, sent once the
// block holding it is Confirmations deep (when the indexer indexes it). Amount is what that claim paid,
// Cumulative the account's total claimed of token after it; Tx and LogIndex identify the log on-chain (a
// receiver deduplicates on them as well as on the event id: a reorg deeper than Confirmations that drops and
// re-mines the claim sends it again).
type claimPaid struct {
	Account    string `json:"account"`
	Token      string `json:"token"`
	Amount     string `json:"amount"`
	Cumulative string `json:"cumulative"`
	Tx         string `json:"tx"`
	Block      uint64 `json:"block"`
	LogIndex   uint   `json:"log_index"`
}
