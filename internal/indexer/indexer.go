// Package indexer follows tribe's contracts on chain and keeps in Redis what they say: every account's
// cumulative claimed amount per reward token (from the distributor's Claimed events), every token the
// factory created (from TokenCreated) and the owner of each of those tokens (from the tokens'
// OwnershipTransferred), which it hands on to Config.Owners.
//
// It indexes only confirmed blocks, those at least Config.Confirmations below the head, in batches. Each
// batch's effects, the undo log of those effects, the hashes of its blocks and the cursor (last indexed
// block and its hash) are written by one Lua script, so the cursor never runs ahead of or behind what is
// stored, whatever crashes. A Claimed event carries the cumulative amount paid, and the indexer stores the
// largest one seen: applying a log twice changes nothing, so neither a retried batch nor a restart can count
// a claim twice.
//
// Reorgs: before each pass the indexer checks that the block at the cursor still has the stored hash. If
// not — a reorg deeper than Confirmations — it walks back through the hashes of the last ReorgDepth indexed
// blocks to the newest one the chain still has (the fork point), restores the values the orphaned blocks
// overwrote (newest first), moves the cursor to the fork point in the same script, and then indexes the new
// chain from there. A reorg deeper than ReorgDepth cannot be undone: the indexer stops with
// ErrReorgTooDeep until an operator re-indexes (delete the keys under "<prefix>:{idx}:", see keys.go;
// everything stored is a function of the chain, so re-indexing from StartBlock is always safe). A node
// whose head is behind the cursor (a lagging replica behind a load balancer) looks like a shorter chain:
// the blocks it lacks are undone, and indexed again once it has them.
//
// Owners: OwnershipTransferred is emitted by every Ownable contract, so the logs are asked for by topic from
// any address and only those of tokens the indexer knows are kept — tokens in the tokens hash, or created
// earlier in the same batch (in log order: the OwnershipTransferred a token's initialize emits comes before
// its TokenCreated, and TokenCreated already names that owner). An owner is indexed like everything else:
// in the batch's script, undo-logged, undone by a reorg. The ledger's community records are in other
// cluster slots, so they cannot be written by that script. Instead the same script adds every token whose
// owner or record it changes (and a rewind every token it restores) to the ownersync set, in the indexer's
// slot; after each pass, and so at once after a restart, the indexer tells Config.Owners the owner of each
// token in that set and takes the token off only if nothing changed it meanwhile (ownerSyncedScript). What
// Owners is told is a pure function of the indexed chain, so telling it twice is harmless; a crash between
// the two steps only means telling it again. A token whose creation was orphaned has no owner: Owners is
// not told anything (its communities keep the creator they had); if the token is created again, Owners is
// told its owner then.
//
// Run one indexer per deployment. More are safe — every script is a compare-and-set on the cursor, so the
// loser of a race writes nothing and gets ErrConflict — but they do the same work.
package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
)

// Errors of the indexer. They come wrapped with details; compare them with errors.Is.
var (
	// ErrConfig: the Config is not usable (see Config.Check).
	ErrConfig = errors.New("invalid indexer config")
	// ErrRPC: a call to the chain still failed after Config.RetryAttempts attempts. Nothing was written;
	// the next pass tries again.
	ErrRPC = errors.New("chain rpc failed")
	// ErrChainChanged: the chain changed while a batch was being read (a header's parent or a log's block
	// hash did not match). Nothing was written; the next pass checks for a reorg and goes on.
	ErrChainChanged = errors.New("chain changed while reading a batch")
	// ErrReorgTooDeep: the chain no longer has any of the blocks whose hashes the indexer kept, so the
	// effects of the orphaned blocks cannot be undone. The indexer stops advancing; re-index from scratch.
	ErrReorgTooDeep = errors.New("reorg deeper than the indexer can undo")
	// ErrConflict: another indexer moved the cursor between our read and our write. Nothing was written.
	ErrConflict = errors.New("cursor moved by another indexer")
	// ErrContractsMismatch: the Redis state was built for other contract addresses (the same Prefix used for
	// another deployment).
	ErrContractsMismatch = errors.New("indexer state belongs to other contracts")
	// ErrAlreadyStarted: Start was called twice.
	ErrAlreadyStarted = errors.New("indexer already started")
	// ErrOwners: Config.Owners failed to take a token's owner. What was indexed stays; the next pass tells it
	// again.
	ErrOwners = errors.New("passing token owners on failed")
)

// Owners is told the owner of the factory's tokens as the indexed chain has it. ledger.Store is one.
type Owners interface {
	// SetCommunityCreator records that token is owned by creator (the zero address: ownership renounced).
	// It must be idempotent: the indexer may tell it the same owner again, and an older owner again after
	// a reorg. applied false asks to be told again after the next pass (something of token's is not ready
	// to take it yet).
	SetCommunityCreator(ctx context.Context, token, creator common.Address) (applied bool, err error)
}

// Backend is what the indexer reads from a chain. ethclient.Client and simulated.Client satisfy it.
type Backend interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Config configures an Indexer. Zero values take the defaults documented on each field.
type Config struct {
	// Distributor is the RewardsDistributor whose Claimed events are indexed. Required.
	Distributor common.Address
	// Factory is the CreatorTokenFactory whose TokenCreated events are indexed; zero indexes none.
	Factory common.Address
	// StartBlock is the first block indexed (the deployment block: Deployment.Block).
	StartBlock uint64
	// Confirmations: a block is indexed once it is this many blocks below the head (0: at once).
	Confirmations uint64
	// BatchBlocks is the most blocks one eth_getLogs asks for (default 2000).
	BatchBlocks uint64
	// ReorgDepth is how many of the highest indexed block numbers keep their hash and undo log. A reorg can
	// be undone if its fork point is one of them: one that orphans up to ReorgDepth−1 indexed blocks, less
	// the depth of any earlier reorg not yet indexed past. Default 2×Confirmations+64; must exceed
	// Confirmations.
	ReorgDepth uint64
	// PollInterval is the pause between passes once caught up (default 2 s).
	PollInterval time.Duration
	// RPCTimeout bounds each call to the chain (default 10 s).
	RPCTimeout time.Duration
	// RetryAttempts is how many times one pass tries each call to the chain (default 3).
	RetryAttempts int
	// RetryDelay is the first pause between attempts, doubled after each failure; a failed pass waits
	// like this too before the next (default 250 ms).
	RetryDelay time.Duration
	// MaxRetryDelay caps the doubling (default 30 s).
	MaxRetryDelay time.Duration
	// Owners is told the owner of each token whenever it changes (see the package doc); nil tells no one
	// (owners are indexed anyway, and told once Owners is set).
	Owners Owners
	// Prefix starts every Redis key (default "tribe").
	Prefix string
	// Logger receives progress and errors (default: discard).
	Logger *slog.Logger
}

// ConfigFor is a Config for deployment d, with defaults for the rest.
func ConfigFor(d *chain.Deployment) Config {
	return Config{Distributor: d.Distributor, Factory: d.Factory, StartBlock: d.Block}
}

// withDefaults fills the zero fields.
func (c Config) withDefaults() Config {
	if c.BatchBlocks == 0 {
		c.BatchBlocks = 2000
	}
	if c.ReorgDepth == 0 {
		c.ReorgDepth = 2*c.Confirmations + 64
	}
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.RPCTimeout == 0 {
		c.RPCTimeout = 10 * time.Second
	}
	if c.RetryAttempts == 0 {
		c.RetryAttempts = 3
	}
	if c.RetryDelay == 0 {
		c.RetryDelay = 250 * time.Millisecond
	}
	if c.MaxRetryDelay == 0 {
		c.MaxRetryDelay = 30 * time.Second
	}
	if c.Prefix == "" {
		c.Prefix = "tribe"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return c
}

// Check reports whether c, with its defaults filled, is usable. The error wraps ErrConfig.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.Distributor == (common.Address{}):
		return fmt.Errorf("%w: no distributor address", ErrConfig)
	case c.ReorgDepth <= c.Confirmations:
		return fmt.Errorf("%w: reorg depth %d must exceed confirmations %d", ErrConfig, c.ReorgDepth, c.Confirmations)
	case c.RetryAttempts < 0 || c.PollInterval < 0 || c.RPCTimeout < 0 || c.RetryDelay < 0 || c.MaxRetryDelay < 0:
		return fmt.Errorf("%w: negative durations or attempts", ErrConfig)
	}
	return nil
}

// Indexer indexes one deployment's events into Redis. Its methods are safe for concurrent use; passes
// (SyncOnce, and the loop Start runs) take turns.
type Indexer struct {
	b   Backend
	rdb redis.UniversalClient
	cfg Config
	err error // from cfg.Check, returned by Start and SyncOnce
	k   keys
	log *slog.Logger

	contracts   string // <distributor>:<factory>, stored in the cursor
	claimedID   common.Hash
	createdID   common.Hash
	ownershipID common.Hash
	distributor *bindings.RewardsDistributor
	factory     *bindings.CreatorTokenFactory
	token       *bindings.CreatorToken

	syncMu sync.Mutex // one pass at a time

	runMu  sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

// New returns an Indexer of cfg's contracts on b into rdb. It does nothing until Start or SyncOnce; a bad
// cfg is reported by them.
func New(b Backend, rdb redis.UniversalClient, cfg Config) *Indexer {
	cfg = cfg.withDefaults()
	dist, fac, tok := bindings.NewRewardsDistributor(), bindings.NewCreatorTokenFactory(), bindings.NewCreatorToken()
	return &Indexer{
		b: b, rdb: rdb, cfg: cfg, err: cfg.Check(), k: keys{cfg.Prefix},
		log:         cfg.Logger.With("component", "indexer"),
		contracts:   hexAddr(cfg.Distributor) + ":" + hexAddr(cfg.Factory),
		claimedID:   dist.GetABI().Events[bindings.RewardsDistributorClaimedEventName].ID,
		createdID:   fac.GetABI().Events[bindings.CreatorTokenFactoryTokenCreatedEventName].ID,
		ownershipID: tok.GetABI().Events[bindings.CreatorTokenOwnershipTransferredEventName].ID,
		distributor: dist,
		factory:     fac,
		token:       tok,
	}
}

// Start checks the config and Redis, then indexes in the background until Stop: a pass every PollInterval,
// and after a failed pass a wait that doubles from RetryDelay up to MaxRetryDelay. ctx bounds only the
// checks; cancelling it later does not stop the loop.
func (ix *Indexer) Start(ctx context.Context) error {
	if ix.err != nil {
		return fmt.Errorf("start indexer: %w", ix.err)
	}
	ix.runMu.Lock()
	defer ix.runMu.Unlock()
	if ix.cancel != nil {
		return ErrAlreadyStarted
	}
	cur, err := ix.loadCursor(ctx)
	if err != nil {
		return fmt.Errorf("start indexer: %w", err)
	}
	if cur.ok && !cur.owners && ix.cfg.Factory != (common.Address{}) {
		ix.log.Warn("the index was built before owners were indexed: ownership transfers up to the cursor are "+
			"missing; re-index (delete the keys under <prefix>:{idx}:) to follow them", "indexed_to", cur.n)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	ix.cancel, ix.done = cancel, make(chan struct{})
	go ix.run(runCtx, ix.done)
	return nil
}

// Stop stops the loop Start began and waits for it. A pass under way is cancelled; a script it already
// sent applies entirely or not at all. It does nothing if the indexer is not running.
func (ix *Indexer) Stop() {
	ix.runMu.Lock()
	defer ix.runMu.Unlock()
	if ix.cancel == nil {
		return
	}
	ix.cancel()
	<-ix.done
	ix.cancel, ix.done = nil, nil
}

func (ix *Indexer) run(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	failures := 0
	var wait time.Duration
	for {
		if wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
		to, err := ix.SyncOnce(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err == nil:
			failures, wait = 0, ix.cfg.PollInterval
			continue
		case errors.Is(err, ErrConflict): // another replica indexes: not a fault
			ix.log.Info("another indexer moved the cursor", "indexed_to", to)
			failures, wait = 0, ix.cfg.PollInterval
			continue
		}
		failures++
		wait = ix.backoff(failures)
		level := slog.LevelWarn
		if errors.Is(err, ErrReorgTooDeep) || errors.Is(err, ErrContractsMismatch) {
			level, wait = slog.LevelError, ix.cfg.MaxRetryDelay // needs an operator
		}
		ix.log.Log(ctx, level, "indexer pass failed", "indexed_to", to, "failures", failures, "retry_in", wait, "err", err)
	}
}

// backoff is the wait after the n-th consecutive failure (n ≥ 1).
func (ix *Indexer) backoff(n int) time.Duration {
	d := ix.cfg.RetryDelay
	for i := 1; i < n && d < ix.cfg.MaxRetryDelay; i++ {
		d *= 2
	}
	return min(d, ix.cfg.MaxRetryDelay)
}

// Claimed is account's cumulative claimed amount of token according to the indexed (confirmed) blocks:
// the largest cumulativeAmount of its Claimed events, zero if none. Safe for concurrent use.
func (ix *Indexer) Claimed(ctx context.Context, token, account common.Address) (*big.Int, error) {
	v, err := ix.rdb.HGet(ctx, ix.k.claimed(), claimedField(token, account)).Result()
	if errors.Is(err, redis.Nil) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, fmt.Errorf("claimed: %w", err)
	}
	return parseAmount(v)
}

// ClaimedMany is Claimed of account for each of tokens, in one round trip. Every token is in the map.
func (ix *Indexer) ClaimedMany(ctx context.Context, account common.Address, tokens []common.Address) (map[common.Address]*big.Int, error) {
	out := make(map[common.Address]*big.Int, len(tokens))
	if len(tokens) == 0 {
		return out, nil
	}
	fields := make([]string, len(tokens))
	for i, t := range tokens {
		fields[i] = claimedField(t, account)
	}
	vals, err := ix.rdb.HMGet(ctx, ix.k.claimed(), fields...).Result()
	if err != nil {
		return nil, fmt.Errorf("claimed: %w", err)
	}
	for i, t := range tokens {
		s, _ := vals[i].(string)
		if s == "" {
			out[t] = new(big.Int)
			continue
		}
		if out[t], err = parseAmount(s); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func parseAmount(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("claimed: corrupt amount %q", s)
	}
	return v, nil
}

// tokenRecord is a token's entry in the tokens hash.
type tokenRecord struct {
	Creator   string `json:"creator"`
	Name      string `json:"name"`
	Symbol    string `json:"symbol"`
	MaxSupply string `json:"max_supply"`
	Block     uint64 `json:"block"`
	Tx        string `json:"tx"`
}

// Token is what the factory's TokenCreated event said about token, if the indexed blocks have one
// (ok false otherwise). Safe for concurrent use.
func (ix *Indexer) Token(ctx context.Context, token common.Address) (creator common.Address, name, symbol string, ok bool, err error) {
	v, err := ix.rdb.HGet(ctx, ix.k.tokens(), tokenField(token)).Result()
	if errors.Is(err, redis.Nil) {
		return common.Address{}, "", "", false, nil
	}
	if err != nil {
		return common.Address{}, "", "", false, fmt.Errorf("token: %w", err)
	}
	var r tokenRecord
	if err := json.Unmarshal([]byte(v), &r); err != nil {
		return common.Address{}, "", "", false, fmt.Errorf("token: corrupt record: %w", err)
	}
	return common.HexToAddress(r.Creator), r.Name, r.Symbol, true, nil
}

// Owner is token's owner according to the indexed blocks (the zero address once renounced), ok false if the
// factory did not create token in them. Safe for concurrent use.
func (ix *Indexer) Owner(ctx context.Context, token common.Address) (owner common.Address, ok bool, err error) {
	rec, own, err := ix.readOwners(ctx, []common.Address{token})
	if err != nil {
		return common.Address{}, false, fmt.Errorf("owner: %w", err)
	}
	owner, ok, err = resolveOwner(rec[0], own[0])
	if err != nil {
		return common.Address{}, false, fmt.Errorf("owner: %w", err)
	}
	return owner, ok, nil
}

// readOwners is the tokens record and owners value ("" when absent) of each of tokens, in one round trip.
func (ix *Indexer) readOwners(ctx context.Context, tokens []common.Address) (records, owners []string, err error) {
	if len(tokens) == 0 {
		return nil, nil, nil
	}
	fields := make([]string, len(tokens))
	for i, t := range tokens {
		fields[i] = tokenField(t)
	}
	var recs, owns *redis.SliceCmd
	if _, err := ix.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		recs = p.HMGet(ctx, ix.k.tokens(), fields...)
		owns = p.HMGet(ctx, ix.k.owners(), fields...)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	records, owners = make([]string, len(tokens)), make([]string, len(tokens))
	for i := range tokens {
		records[i], _ = recs.Val()[i].(string)
		owners[i], _ = owns.Val()[i].(string)
	}
	return records, owners, nil
}

// resolveOwner is a token's owner from its tokens record and owners value ("" when absent): the last
// transfer's new owner, else the record's creator; ok false without a record.
func resolveOwner(record, owner string) (common.Address, bool, error) {
	if record == "" {
		return common.Address{}, false, nil
	}
	if owner != "" {
		return common.HexToAddress(owner), true, nil
	}
	var r tokenRecord
	if err := json.Unmarshal([]byte(record), &r); err != nil {
		return common.Address{}, false, fmt.Errorf("corrupt token record: %w", err)
	}
	return common.HexToAddress(r.Creator), true, nil
}

// Cursor is the last indexed block and its hash; (0, zero hash) before the first batch. Safe for
// concurrent use.
func (ix *Indexer) Cursor(ctx context.Context) (block uint64, hash common.Hash, err error) {
	c, err := ix.loadCursor(ctx)
	if err != nil {
		return 0, common.Hash{}, err
	}
	return c.n, c.h, nil
}

// cursor is the stored cursor; ok is false before the first batch. owners: the index has followed owners
// since its first block.
type cursor struct {
	ok     bool
	n      uint64
	h      common.Hash
	owners bool
}

// args are the cursor's ARGV for the scripts' compare-and-set.
func (c cursor) args() (string, string) {
	if !c.ok {
		return "", ""
	}
	return strconv.FormatUint(c.n, 10), c.h.Hex()
}

func (ix *Indexer) loadCursor(ctx context.Context) (cursor, error) {
	m, err := ix.rdb.HGetAll(ctx, ix.k.cursor()).Result()
	if err != nil {
		return cursor{}, fmt.Errorf("read cursor: %w", err)
	}
	if len(m) == 0 {
		return cursor{}, nil
	}
	n, err := strconv.ParseUint(m["n"], 10, 64)
	if err != nil {
		return cursor{}, fmt.Errorf("read cursor: corrupt block %q", m["n"])
	}
	if c := m["c"]; c != "" && c != ix.contracts {
		return cursor{}, fmt.Errorf("%w: stored %s, configured %s", ErrContractsMismatch, c, ix.contracts)
	}
	return cursor{ok: true, n: n, h: common.HexToHash(m["h"]), owners: m["o"] == "1"}, nil
}
