package txmgr

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
)

// TestResumeOnChain kills a Manager with a journal on go-ethereum's own pool and EVM, starts a second one on
// the same Redis and key, and checks that the transaction is mined exactly once: the account's nonce moves
// by one, and the second Manager carries on with the next nonce.
func TestResumeOnChain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name            string
		crashBeforeSend bool
	}{
		{"killed after sending, before it was mined", false},
		{"crashed after journaling, before sending", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := chaintest.New(t)
			ctx := testCtx(t)
			admin := h.Addr(h.Admin)
			j := newTestJournal(t, admin)
			start, err := h.Client.NonceAt(ctx, admin, nil)
			if err != nil {
				t.Fatal(err)
			}

			// The first process. No block is mined while it runs.
			cj := &crashJournal{Journal: j}
			if tc.crashBeforeSend {
				cj.crashAt = 1
			}
			m1 := newSimManager(t, h, journaledFirst{Backend: h.Client, t: t, j: j}, func(c *Config) { c.Journal = cj })
			t.Cleanup(m1.Stop)
			if err := m1.Resume(ctx); err != nil {
				t.Fatal(err)
			}
			signer := common.Address{0x51}
			ctx1, kill := context.WithCancel(ctx)
			defer kill()
			hash, done, err := m1.SendAsync(ctx1, h.Deployment.Distributor, h.Distributor.PackAddSigner(signer))
			if tc.crashBeforeSend {
				if !errors.Is(err, errCrashed) {
					t.Fatalf("first send: %v, want a crash", err)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				cj.kill()
				kill()
				<-done
			}

			// The second process, on the same Redis and key.
			m2 := newSimManager(t, h, journaledFirst{Backend: h.Client, t: t, j: j}, func(c *Config) { c.Journal = j })
			t.Cleanup(m2.Stop)
			if err := m2.Resume(ctx); err != nil {
				t.Fatal(err)
			}
			automine(t, h, false)
			if err := m2.WaitResumed(ctx); err != nil {
				t.Fatal(err)
			}

			if nonce, err := h.Client.NonceAt(ctx, admin, nil); err != nil || nonce != start+1 {
				t.Fatalf("account nonce %d (%v), want %d: the intent must be mined exactly once", nonce, err, start+1)
			}
			all := intents(t, j)
			if len(all) != 1 || all[0].Status != IntentMined || all[0].Nonce != start {
				t.Fatalf("intents %+v: want one, mined with nonce %d", all, start)
			}
			if !tc.crashBeforeSend && all[0].TxHash != hash {
				t.Errorf("mined %s, want the first process's transaction %s", all[0].TxHash, hash)
			}
			ok, err := h.Distributor.UnpackIsSigner(h.Call(h.Deployment.Distributor, h.Distributor.PackIsSigner(signer)))
			if err != nil || !ok {
				t.Errorf("signer not added: %v", err)
			}

			r, err := m2.Send(ctx, h.Deployment.Distributor, h.Distributor.PackAddSigner(common.Address{0x52}))
			if err != nil {
				t.Fatal(err)
			}
			if n := tx(t, h, r).Nonce(); n != start+1 {
				t.Errorf("next transaction has nonce %d, want %d", n, start+1)
			}
		})
	}
}
