// Package communities creates creators' community tokens on-chain: it records a community as pending,
// relays the creator-signed createTokenFor through the transaction manager, and marks the community active
// (or failed) once the transaction is mined.
package communities

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

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
)

// Sender sends a transaction and reports its outcome; txmgr.Manager is one.
type Sender interface {
	SendAsync(ctx context.Context, to common.Address, data []byte) (common.Hash, <-chan txmgr.Result, error)
}

// Relayer relays community creations. Safe for concurrent use; Stop waits for its goroutines.
type Relayer struct {
	store   *ledger.Store
	sender  Sender
	factory common.Address
	abi     *bindings.CreatorTokenFactory
	log     *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New returns a relayer that sends to the factory at factory.
func New(store *ledger.Store, sender Sender, factory common.Address, log *slog.Logger) *Relayer {
	ctx, cancel := context.WithCancel(context.Background())
	return &Relayer{store: store, sender: sender, factory: factory, abi: bindings.NewCreatorTokenFactory(),
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
				return r.activate(ctx, c.ID, "")
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
		_, _ = r.activate(r.ctx, id, res.Receipt.TxHash.Hex())
	}
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
