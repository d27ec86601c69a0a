package auth

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/walletsig"
)

// fakeWallets answers every contract-wallet check with err, recording what it was asked.
type fakeWallets struct {
	err    error
	signer common.Address
	hash   common.Hash
	calls  int
}

func (f *fakeWallets) Verify(_ context.Context, signer common.Address, hash common.Hash, _ []byte) (walletsig.Result, error) {
	f.calls++
	f.signer, f.hash = signer, hash
	if f.err != nil {
		return walletsig.Result{}, f.err
	}
	return walletsig.Result{Kind: walletsig.Contract}, nil
}

// TestSIWEContractWallets: with Expect.Wallets, a signature that is not the address's key's is the wallet's
// to judge (for the personal_sign hash of the signed text); its "no" is ErrSIWESignature, a chain that does
// not answer is not; an EOA's signature never asks the chain. (The real wallets, against viem, are in
// internal/walletsig and internal/api.)
func TestSIWEContractWallets(t *testing.T) {
	key := hardhatKey0
	other, _ := crypto.ToECDSA(crypto.Keccak256([]byte("another key")))
	wallet := common.HexToAddress("0x5afe000000000000000000000000000000000001")
	atWallet := func(m *Message) { m.Address = wallet }

	eoaMsg, eoaSig := signedMessage(t, key, nil)
	w := &fakeWallets{err: errors.New("must not be asked")}
	e := siweExpect()
	e.Wallets = w
	if err := eoaMsg.VerifyContext(context.Background(), eoaSig, e); err != nil || w.calls != 0 {
		t.Fatalf("EOA: err %v, chain asked %d times; want nil without asking", err, w.calls)
	}

	msg, sig := signedMessage(t, other, atWallet)
	for _, c := range []struct {
		name    string
		wallets error
		want    error
	}{
		{"wallet accepts", nil, nil},
		{"wallet refuses", fmt.Errorf("%w: no", walletsig.ErrInvalid), ErrSIWESignature},
		{"chain down", fmt.Errorf("%w: connection refused", walletsig.ErrUnavailable), walletsig.ErrUnavailable},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := &fakeWallets{err: c.wallets}
			e := siweExpect()
			e.Wallets = w
			err := msg.VerifyContext(context.Background(), sig, e)
			if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if c.want == walletsig.ErrUnavailable && errors.Is(err, ErrSIWESignature) {
				t.Fatalf("a chain that does not answer made the signature invalid: %v", err)
			}
			if w.calls != 1 || w.signer != wallet || w.hash != common.BytesToHash(personalHash(msg.raw)) {
				t.Fatalf("asked %d times for %s, hash %s; want once for the wallet and the text's personal_sign hash", w.calls, w.signer, w.hash)
			}
		})
	}
	// Without Wallets, the same signature is refused as before: EOAs only.
	if err := msg.Verify(sig, siweExpect()); !errors.Is(err, ErrSIWESignature) {
		t.Fatalf("without Wallets: %v, want ErrSIWESignature", err)
	}
}
