package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/indexer"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/webhooks"
	"github.com/tribe-rewards/tribe/internal/webhooks/webhookstest"
)

// chainConfig is a Config for h's deployment with a fresh prefix.
func chainConfig(t testing.TB, h *chaintest.Harness) indexer.Config {
	cfg := indexer.ConfigFor(h.Deployment)
	cfg.Prefix, cfg.Logger = ledgertest.Prefix(t), testLogger(t)
	cfg.RetryDelay, cfg.MaxRetryDelay = time.Millisecond, 5*time.Millisecond
	return cfg
}

// claimOnChain has relayer submit account's voucher for a cumulative amount of token, signed by the
// harness's signer; the contract pays account the difference. It returns the block of the claim.
func claimOnChain(t testing.TB, h *chaintest.Harness, relayer *ecdsa.PrivateKey, account, token common.Address, cum *big.Int) uint64 {
	t.Helper()
	return claimReceipt(t, h, relayer, account, token, cum).BlockNumber.Uint64()
}

// claimedLogIndex is the log index of r's Claimed event.
func claimedLogIndex(h *chaintest.Harness, r *types.Receipt) uint {
	for _, l := range r.Logs {
		if _, err := h.Distributor.UnpackClaimedEvent(l); err == nil && l.Address == h.Deployment.Distributor {
			return l.Index
		}
	}
	h.T.Fatalf("no Claimed event in tx %s", r.TxHash)
	return 0
}

// claimReceipt is claimOnChain returning the claim's receipt.
func claimReceipt(t testing.TB, h *chaintest.Harness, relayer *ecdsa.PrivateKey, account, token common.Address, cum *big.Int) *types.Receipt {
	t.Helper()
	deadline := new(big.Int).SetUint64(h.Now() + 3600)
	sig := h.SignVoucher(h.Signer, account, token, cum, deadline)
	r := h.MustTransact(relayer, h.Deployment.Distributor, h.Distributor.PackClaimWithVoucher(account, token, cum, deadline, sig))
	if evs := h.ClaimedEvents(r); len(evs) != 1 || evs[0].CumulativeAmount.Cmp(cum) != 0 {
		t.Fatalf("claim of %s: events %v", cum, evs)
	}
	return r
}

// checkChain fails t unless ix's claimed amounts of every (token, fan) equal the distributor's claimed().
func checkChain(t testing.TB, h *chaintest.Harness, ix *indexer.Indexer, tokens, fans []common.Address) {
	t.Helper()
	for _, tok := range tokens {
		for _, fan := range fans {
			got, err := ix.Claimed(context.Background(), tok, fan)
			if err != nil {
				t.Fatal(err)
			}
			if want := h.Claimed(tok, fan); got.Cmp(want) != 0 {
				t.Errorf("claimed(%s, %s) = %s, chain says %s", tok, fan, got, want)
			}
		}
	}
}

func TestMatchesChain(t *testing.T) {
	t.Parallel()
	for _, batch := range []uint64{1, 4, 2000} {
		t.Run("batch "+big.NewInt(int64(batch)).String(), func(t *testing.T) {
			t.Parallel()
			h := chaintest.New(t)
			cfg := chainConfig(t, h)
			cfg.BatchBlocks = batch
			ix := indexer.New(h.Client, ledgertest.Redis(t), cfg)
			ctx := context.Background()

			creatorA, creatorB, creatorC, relayer := h.Keys[4], h.Keys[5], h.Keys[6], h.Keys[7]
			tokA := h.MintModeToken(creatorA, "AAA", new(big.Int))
			tokB := h.MintModeToken(creatorB, "BBB", new(big.Int))
			tokC := h.CreateToken(creatorC, "Plain", "PLN", new(big.Int), big.NewInt(5), [32]byte{7})
			fans := []common.Address{h.Addr(h.NewKey()), h.Addr(h.NewKey()), h.Addr(h.NewKey())}
			tokens := []common.Address{tokA, tokB, tokC}

			huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10) // beyond a double, and 14-digit limbs
			for _, c := range []struct {
				fan, token common.Address
				cum        *big.Int
			}{
				{fans[0], tokA, big.NewInt(100)},
				{fans[1], tokA, big.NewInt(40)},
				{fans[0], tokA, big.NewInt(250)}, // a second claim: the cumulative grows, nothing is added twice
				{fans[0], tokB, big.NewInt(7)},
				{fans[2], tokB, big.NewInt(99_999)},
				{fans[2], tokB, big.NewInt(100_000)}, // one more digit
				{fans[1], tokB, huge},
				{fans[1], tokB, new(big.Int).Add(huge, big.NewInt(1))},
			} {
				claimOnChain(t, h, relayer, c.fan, c.token, c.cum)
			}
			if got := mustSync(t, ix); got == 0 {
				t.Fatal("nothing indexed")
			}
			checkChain(t, h, ix, tokens, fans)

			many, err := ix.ClaimedMany(ctx, fans[1], tokens)
			if err != nil {
				t.Fatal(err)
			}
			for _, tok := range tokens {
				if want := h.Claimed(tok, fans[1]); many[tok] == nil || many[tok].Cmp(want) != 0 {
					t.Errorf("ClaimedMany[%s] = %v, want %s", tok, many[tok], want)
				}
			}

			for _, tc := range []struct {
				token        common.Address
				creator      common.Address
				name, symbol string
				ok           bool
			}{
				{tokA, h.Addr(creatorA), "Token AAA", "AAA", true},
				{tokC, h.Addr(creatorC), "Plain", "PLN", true},
				{fans[0], common.Address{}, "", "", false},
			} {
				creator, name, symbol, ok, err := ix.Token(ctx, tc.token)
				if err != nil || creator != tc.creator || name != tc.name || symbol != tc.symbol || ok != tc.ok {
					t.Errorf("Token(%s) = %s %q %q %v %v, want %s %q %q %v", tc.token, creator, name, symbol, ok, err,
						tc.creator, tc.name, tc.symbol, tc.ok)
				}
			}

			head, err := h.Client.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			n, hash, err := ix.Cursor(ctx)
			if err != nil || n != head.Number.Uint64() || hash != head.Hash() {
				t.Errorf("cursor = %d %s %v, want the head %d %s", n, hash, err, head.Number, head.Hash())
			}
		})
	}
}

func TestConfirmations(t *testing.T) {
	t.Parallel()
	for _, conf := range []uint64{1, 3} {
		t.Run("confirmations "+big.NewInt(int64(conf)).String(), func(t *testing.T) {
			t.Parallel()
			h := chaintest.New(t)
			cfg := chainConfig(t, h)
			cfg.Confirmations = conf
			rdb := ledgertest.Redis(t)
			ix := indexer.New(h.Client, rdb, cfg)
			tok := h.MintModeToken(h.Keys[4], "CNF", new(big.Int))
			fan := h.Addr(h.NewKey())
			rcpt := claimReceipt(t, h, h.Keys[5], fan, tok, big.NewInt(500))
			block := rcpt.BlockNumber.Uint64()
			for extra := uint64(0); extra <= conf; extra++ {
				// The head is block+extra: the claim has extra confirmations.
				to := mustSync(t, ix)
				if want := block + extra - conf; to != want {
					t.Errorf("%d blocks on top: indexed to %d, want %d", extra, to, want)
				}
				got, err := ix.Claimed(context.Background(), tok, fan)
				if err != nil {
					t.Fatal(err)
				}
				want := int64(0)
				if extra == conf {
					want = 500
				}
				if got.Int64() != want {
					t.Errorf("%d blocks on top: claimed = %s, want %d", extra, got, want)
				}
				// claim.paid goes out with the claim's indexing: not before its confirmations, then once.
				evs := webhookstest.Outbox(t, rdb, cfg.Prefix, "idx")
				if extra < conf && len(evs) != 0 {
					t.Errorf("%d blocks on top: %d events before the claim is confirmed: %v", extra, len(evs), evs)
				}
				if extra == conf {
					if len(evs) != 1 || evs[0].Type != webhooks.EventClaimPaid {
						t.Fatalf("confirmed: events %v, want one claim.paid", evs)
					}
					d := evs[0].Data
					if d["account"] != fan.Hex() || d["token"] != tok.Hex() || d["amount"] != "500" || d["cumulative"] != "500" ||
						d["tx"] != rcpt.TxHash.Hex() || d["block"] != float64(block) || d["log_index"] != float64(claimedLogIndex(h, rcpt)) {
						t.Errorf("claim.paid data %v, want the claim of tx %s in block %d", d, rcpt.TxHash.Hex(), block)
					}
				}
				h.Sim.Commit()
			}
		})
	}
}

// cappedBackend hides the blocks above cap: a node that has not seen them yet.
type cappedBackend struct {
	indexer.Backend
	cap atomic.Uint64
}

func (b *cappedBackend) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := b.Backend.BlockNumber(ctx)
	return min(n, b.cap.Load()), err
}

// TestRestart indexes part of the chain, then lets a new Indexer on the same Redis continue: nothing is
// counted twice and nothing is missed. Then it rewinds the cursor by hand, so every log is applied a second
// time, and nothing changes.
func TestRestart(t *testing.T) {
	t.Parallel()
	h := chaintest.New(t)
	cfg := chainConfig(t, h)
	cfg.BatchBlocks = 2
	rdb := ledgertest.Redis(t)
	ctx := context.Background()

	tok := h.MintModeToken(h.Keys[4], "RST", new(big.Int))
	fans := []common.Address{h.Addr(h.NewKey()), h.Addr(h.NewKey())}
	relayer := h.Keys[5]
	claimOnChain(t, h, relayer, fans[0], tok, big.NewInt(10))
	mid := claimOnChain(t, h, relayer, fans[1], tok, big.NewInt(20))
	claimOnChain(t, h, relayer, fans[0], tok, big.NewInt(35))
	claimOnChain(t, h, relayer, fans[1], tok, big.NewInt(21))

	capped := &cappedBackend{Backend: h.Client}
	capped.cap.Store(mid)
	first := indexer.New(capped, rdb, cfg)
	if to := mustSync(t, first); to != mid {
		t.Fatalf("first indexer stopped at %d, want %d", to, mid)
	}
	for i, want := range []int64{10, 20} {
		if got, _ := first.Claimed(ctx, tok, fans[i]); got.Int64() != want {
			t.Errorf("before the restart: claimed by fan %d = %s, want %d", i, got, want)
		}
	}

	second := indexer.New(h.Client, rdb, cfg) // a restart, on the real head
	mustSync(t, second)
	checkChain(t, h, second, []common.Address{tok}, fans)
	if got := h.Claimed(tok, fans[0]); got.Int64() != 35 {
		t.Fatalf("chain says %s", got) // summing amounts would give 45; cumulative says 35
	}

	// Rewind the cursor to the start block: every log is applied again.
	before := snapshot(t, cfg.Prefix)
	start, err := h.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(cfg.StartBlock))
	if err != nil {
		t.Fatal(err)
	}
	rdb.HSet(ctx, cfg.Prefix+":{idx}:cursor", "n", cfg.StartBlock, "h", start.Hash().Hex())
	third := indexer.New(h.Client, rdb, cfg)
	mustSync(t, third)
	checkChain(t, h, third, []common.Address{tok}, fans)
	after := snapshot(t, cfg.Prefix)
	// Applying the logs again changed nothing, so it told no one anything new: one claim.paid per claim.
	if evs := webhookstest.Outbox(t, rdb, cfg.Prefix, "idx"); len(evs) != 4 {
		t.Errorf("%d claim.paid events after indexing 4 claims, one of them twice over", len(evs))
	}
	for k, v := range before {
		if k[:8] == "claimed." || k[:7] == "tokens." || k[:7] == "cursor." {
			if after[k] != v {
				t.Errorf("after applying every log twice: %s = %q, was %q", k, after[k], v)
			}
		}
	}
}
