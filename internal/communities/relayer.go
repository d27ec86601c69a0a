// Package communities creates creators' community tokens on-chain: it records a community as pending,
// relays the creator-signed createTokenFor through the transaction manager, and once the transaction is
// mined marks the community active — after checking that the token at its address is the one requested —
// or failed, or mismatch.
package communities

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/txmgr"
)

// Status values of a community.
const (
	StatusPending = "pending"
	StatusActive  = "active"
	StatusFailed  = "failed"
	// StatusMismatch: the token at the community's address is not the one requested (another name,
	// symbol, cap or creator: e.g. the creator made one with the same salt directly on the factory).
	StatusMismatch = ledger.CommunityMismatch
)

// Tokens reads deployed community tokens; chain.Reader is one.
type Tokens interface {
	TokenInfo(ctx context.Context, addr common.Address) (chain.TokenInfo, error)
}

// verifyAttempts and verifyDelay bound how long a community waits for its token to be readable before it is
// left pending (Resume checks it again).
const (
	verifyAttempts = 5
	verifyDelay    = time.Second
)

// Sender sends a transaction and reports its outcome; txmgr.Manager is one.
type Sender interface {
	SendAsync(ctx context.Context, to common.Address, data []byte) (common.Hash, <-chan txmgr.Result, error)
}

// Relayer relays community creations. Safe for concurrent use; Stop waits for its goroutines.
type Relayer struct {
	store   *ledger.Store
	sender  Sender
	tokens  Tokens
	factory common.Address
	abi     *bindings.CreatorTokenFactory
	log     *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New returns a relayer that sends to the factory at factory and checks created tokens through tokens.
func New(store *ledger.Store, sender Sender, tokens Tokens, factory common.Address, log *slog.Logger) *Relayer {
	ctx, cancel := context.WithCancel(context.Background())
	return &Relayer{store: store, sender: sender, tokens: tokens, factory: factory, abi: bindings.NewCreatorTokenFactory(),
		log: log, ctx: ctx, cancel: cancel}
}

// Submit stores c as pending and sends its createTokenFor. It returns once the transaction is sent, with the
// community as stored (tx_hash set), or with status failed if the chain refused it outright (the error
// says why: an expired deadline, a salt already used). Cancelling ctx abandons waiting for the send only.
func (r *Relayer) Submit(ctx context.Context, c ledger.Community) (*ledger.Community, error) {
	c.Status = StatusPending
	if err := r.store.CreateCommunity(ctx, c); err != nil {
		return nil, fmt.Errorf("store community: %w", err)
	}
	return r.send(ctx, c)
}

func (r *Relayer) send(ctx context.Context, c ledger.Community) (*ledger.Community, error) {
	data, err := r.calldata(c)
	if err != nil {
		return r.fail(ctx, c.ID, err)
	}
	hash, done, err := r.sender.SendAsync(r.ctx, r.factory, data)
	if err != nil {
		if rev := chain.AsRevert(err); rev != nil {
			if rev.Name == "TokenExists" {
				return r.settle(ctx, c, "")
			}
			return r.fail(ctx, c.ID, err)
		}
		return nil, fmt.Errorf("send createTokenFor: %w", err)
	}
	stored, err := r.store.UpdateCommunity(ctx, c.ID, func(m *ledger.Community) error {
		m.TxHash = hash.Hex()
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.wg.Add(1)
	go r.await(c.ID, done)
	return stored, nil
}

func (r *Relayer) await(id string, done <-chan txmgr.Result) {
	defer r.wg.Done()
	var res txmgr.Result
	select {
	case res = <-done:
	case <-r.ctx.Done():
		return // Resume finishes it after a restart.
	}
	log := r.log.With("community", id)
	switch {
	case res.Err != nil:
		log.Warn("community token creation failed", "err", res.Err)
		_, _ = r.fail(r.ctx, id, res.Err)
	case res.Receipt.Status != types.ReceiptStatusSuccessful:
		_, _ = r.fail(r.ctx, id, fmt.Errorf("createTokenFor reverted in block %s", res.Receipt.BlockNumber))
	default:
		log.Info("community token created", "tx", res.Receipt.TxHash)
		c, err := r.store.GetCommunity(r.ctx, id)
		if err != nil {
			log.Warn("community token created, but the community cannot be read; left pending", "err", err)
			return
		}
		if _, err := r.settle(r.ctx, *c, res.Receipt.TxHash.Hex()); err != nil {
			log.Warn("community token created, not checked; left pending", "err", err)
		}
	}
}

// settle marks c active if the token at its address is the one it requested, mismatch (saying what differs)
// if it is another. If the token cannot be read (the RPC fails) c stays pending and the error is returned:
// Resume checks it again.
func (r *Relayer) settle(ctx context.Context, c ledger.Community, tx string) (*ledger.Community, error) {
	var (
		got chain.TokenInfo
		err error
	)
	for i := range verifyAttempts {
		if got, err = r.tokens.TokenInfo(ctx, c.TokenAddress.Common()); err == nil {
			break
		}
		if i+1 < verifyAttempts {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(verifyDelay):
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("check community token: %w", err)
	}
	if diff := tokenDiff(c, got); diff != "" {
		r.log.Warn("the token at the community's address is not the one requested", "community", c.ID, "diff", diff)
		return r.store.UpdateCommunity(ctx, c.ID, func(m *ledger.Community) error {
			m.Status, m.Error = StatusMismatch, "the token at "+c.TokenAddress.String()+" is not the one requested: "+diff
			if tx != "" {
				m.TxHash = tx
			}
			return nil
		})
	}
	return r.activate(ctx, c.ID, tx)
}

// tokenDiff says how the token on-chain differs from c's request ("" if it does not).
func tokenDiff(c ledger.Community, got chain.TokenInfo) string {
	var diffs []string
	if got.Name != c.Name {
		diffs = append(diffs, fmt.Sprintf("name %q, requested %q", got.Name, c.Name))
	}
	if got.Symbol != c.Symbol {
		diffs = append(diffs, fmt.Sprintf("symbol %q, requested %q", got.Symbol, c.Symbol))
	}
	if got.MaxSupply == nil || got.MaxSupply.Cmp(c.MaxSupply.Big()) != 0 {
		diffs = append(diffs, fmt.Sprintf("max supply %v, requested %s", got.MaxSupply, c.MaxSupply.Big()))
	}
	if got.Creator != c.Creator.Common() {
		diffs = append(diffs, fmt.Sprintf("creator %s, requested %s", got.Creator.Hex(), c.Creator.Common().Hex()))
	}
	return strings.Join(diffs, "; ")
}

func (r *Relayer) activate(ctx context.Context, id, tx string) (*ledger.Community, error) {
	return r.store.UpdateCommunity(ctx, id, func(m *ledger.Community) error {
		m.Status, m.Error = StatusActive, ""
		if tx != "" {
			m.TxHash = tx
		}
		return nil
	})
}

func (r *Relayer) fail(ctx context.Context, id string, cause error) (*ledger.Community, error) {
	return r.store.UpdateCommunity(ctx, id, func(m *ledger.Community) error {
		m.Status, m.Error = StatusFailed, cause.Error()
		return nil
	})
}

func (r *Relayer) calldata(c ledger.Community) ([]byte, error) {
	salt, err := hexutil.Decode(c.Salt)
	if err != nil || len(salt) != 32 {
		return nil, fmt.Errorf("bad salt %q", c.Salt)
	}
	sig, err := hexutil.Decode(c.Signature)
	if err != nil {
		return nil, fmt.Errorf("bad signature: %w", err)
	}
	return r.abi.PackCreateTokenFor(c.Creator.Common(), c.Name, c.Symbol, c.MaxSupply.Big(), c.CreatorAllocation.Big(),
		[32]byte(salt), big.NewInt(c.Deadline), sig), nil
}

// Resume re-sends the communities left pending by a previous run. Sending again is safe: a token that was
// created already makes createTokenFor revert with TokenExists, which marks the community active.
func (r *Relayer) Resume(ctx context.Context) error {
	pending, err := r.store.ListCommunities(ctx, StatusPending)
	if err != nil {
		return fmt.Errorf("list pending communities: %w", err)
	}
	for _, c := range pending {
		if _, err := r.send(ctx, c); err != nil {
			r.log.Warn("resume community", "community", c.ID, "err", err)
		}
	}
	return nil
}

// Stop stops waiting for outcomes (pending communities stay pending until Resume) and waits for the
// relayer's goroutines.
func (r *Relayer) Stop() {
	r.cancel()
	r.wg.Wait()
}
