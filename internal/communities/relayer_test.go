package communities_test

import (
	"context"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/communities"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/txmgr"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

// TestRelayer: a signed request becomes an active token; re-sending a community whose token already exists
// (a restart after the transaction was mined) marks it active without a second token; a request the
// factory refuses (expired deadline) is marked failed with the reason.
func TestRelayer(t *testing.T) {
	h := chaintest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// The creator (key 4) makes a token with salt 3 directly on the factory, with other parameters than the
	// request cmt_other below will relay. (Sent before the miner starts: the simulated chain takes one
	// Commit at a time.)
	if _, err := h.Transact(h.Keys[4], h.Deployment.Factory, bindings.NewCreatorTokenFactory().PackCreateToken(
		"Other Coin", "OTH", big.NewInt(5), big.NewInt(0), [32]byte{3})); err != nil {
		t.Fatal(err)
	}
	mining, stopped := make(chan struct{}), make(chan struct{})
	go func() { // mine while the relayer waits for receipts
		defer close(stopped)
		for {
			select {
			case <-mining:
				return
			case <-time.After(20 * time.Millisecond):
				h.Sim.Commit()
			}
		}
	}()
	defer func() { close(mining); <-stopped }() // before the harness closes the chain
	store := ledger.New(ledgertest.Redis(t), ledger.Options{Prefix: ledgertest.Prefix(t)})
	txm, err := txmgr.New(h.Client, txmgr.Config{ChainID: h.ChainID, Key: h.Keys[6], PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	r := communities.New(store, txm, chain.NewReader(h.Client, h.Deployment), h.Deployment.Factory, slog.New(slog.DiscardHandler))
	defer r.Stop()

	creatorKey := h.Keys[4]
	creator := crypto.PubkeyToAddress(creatorKey.PublicKey)
	request := func(id string, salt byte, deadline int64) ledger.Community {
		t.Helper()
		req := voucher.CreateToken{Creator: creator, Name: "Relay Coin", Symbol: "RLY", MaxSupply: big.NewInt(0),
			CreatorAllocation: big.NewInt(0), Salt: [32]byte{salt}, Deadline: big.NewInt(deadline)}
		sig, err := voucher.SignCreateToken(creatorKey, voucher.FactoryDomainSeparator(h.ChainID, h.Deployment.Factory), req)
		if err != nil {
			t.Fatal(err)
		}
		return ledger.Community{ID: id, Creator: rewards.Address(creator), Name: req.Name, Symbol: req.Symbol,
			Salt: hexutil.Encode(req.Salt[:]), Deadline: deadline, Signature: hexutil.Encode(sig),
			TokenAddress: rewards.Address(h.PredictToken(creator, req.Salt)), CreatedAt: time.Now()}
	}
	wait := func(id, status string) *ledger.Community {
		t.Helper()
		for ctx.Err() == nil {
			m, err := store.GetCommunity(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if m.Status == status {
				return m
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("community %s never became %s", id, status)
		return nil
	}
	future := time.Now().Add(time.Hour).Unix()

	c := request("cmt_one", 1, future)
	m, err := r.Submit(ctx, c)
	if err != nil || m.Status != communities.StatusPending || m.TxHash == "" {
		t.Fatalf("submit: %+v %v", m, err)
	}
	m = wait("cmt_one", communities.StatusActive)
	if code, _ := h.Client.CodeAt(ctx, m.TokenAddress.Common(), nil); len(code) == 0 {
		t.Fatal("no token at the community's address")
	}

	// After a restart, a pending community whose token exists: Resume marks it active, no second token.
	dup := request("cmt_dup", 1, future)
	dup.Status = communities.StatusPending
	if err := store.CreateCommunity(ctx, dup); err != nil {
		t.Fatal(err)
	}
	if err := r.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	wait("cmt_dup", communities.StatusActive)

	// The creator made a token with the same salt directly on the factory, with other parameters: the
	// relayed createTokenFor finds it there (TokenExists), and the community is a mismatch, never active.
	// (That token was made at the start, before the miner runs: see above.)
	m, err = r.Submit(ctx, request("cmt_other", 3, future))
	if err != nil {
		t.Fatalf("submit over another token: %v", err)
	}
	m = wait("cmt_other", communities.StatusMismatch)
	for _, want := range []string{`name "Other Coin", requested "Relay Coin"`, `symbol "OTH"`, "max supply 5, requested 0"} {
		if !strings.Contains(m.Error, want) {
			t.Errorf("mismatch error %q lacks %q", m.Error, want)
		}
	}

	// An expired request is refused by the factory: failed, with the reason.
	m, err = r.Submit(ctx, request("cmt_late", 2, time.Now().Add(-time.Hour).Unix()))
	if err != nil || m.Status != communities.StatusFailed || m.Error == "" {
		t.Fatalf("expired request: %+v %v", m, err)
	}
}
