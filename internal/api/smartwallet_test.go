package api

import (
	"context"
	"math/big"
	"net/http"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/walletsig"
	"github.com/tribe-rewards/tribe/internal/walletsig/walletsigtest"
)

// downCaller is a chain whose RPC endpoint refuses connections.
type downCaller struct{}

func (downCaller) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, syscall.ECONNREFUSED
}

// smartWalletAPI is a test API whose contract-wallet checks run on a simulated chain with tribe deployed and
// the walletsigtest wallets (a deployed ERC-1271 wallet, a counterfactual one), its factory the chain's.
func smartWalletAPI(t *testing.T) (*testAPI, *walletsigtest.Wallets) {
	t.Helper()
	ch := chaintest.New(t)
	w := walletsigtest.New(t, ch)
	h := newTestAPI(t)
	h.api.Wallets = walletsig.New(ch.Client)
	h.api.Info.Factory = ch.Deployment.Factory
	return h, w
}

// TestSmartWalletLogin: Sign-In with Ethereum for contract wallets, with messages and signatures made by viem
// (createSiweMessage; the owner's signature, ERC-6492-wrapped for the undeployed wallet) and checked by viem's
// verifySiweMessage on the same chain: tribe signs in exactly those viem accepts, as the wallet's address.
func TestSmartWalletLogin(t *testing.T) {
	h, w := smartWalletAPI(t)
	siwe := func(nonce string) *walletsigtest.SIWE {
		now := h.clock.Now()
		return &walletsigtest.SIWE{Domain: testDomain, URI: testURI + "/login", Nonce: nonce, ChainID: testChainID.Uint64(),
			IssuedAt: now.Format(time.RFC3339), ExpirationTime: now.Add(10 * time.Minute).Format(time.RFC3339),
			Statement: "Sign in to tribe."}
	}
	cases := []struct {
		name   string
		wallet common.Address
		key    string
		wrap   bool
		status int
	}{
		{"deployed wallet, its owner", w.Deployed, "owner", false, http.StatusOK},
		{"deployed wallet, a stranger", w.Deployed, "stranger", false, http.StatusUnauthorized},
		{"undeployed wallet, its owner (ERC-6492)", w.Counterfactual, "owner", true, http.StatusOK},
		{"undeployed wallet, a stranger (ERC-6492)", w.Counterfactual, "stranger", true, http.StatusUnauthorized},
		{"undeployed wallet, its owner, unwrapped", w.Counterfactual, "owner", false, http.StatusUnauthorized},
		{"chain down", w.Deployed, "owner", false, http.StatusServiceUnavailable},
	}
	var vc []walletsigtest.Case
	for _, c := range cases {
		wc := walletsigtest.Case{Name: c.name, Sign: "siwe", Key: c.key, Address: c.wallet.Hex(), SIWE: siwe(h.nonce(t))}
		if c.wrap {
			wc.Wrap = w.WrapWith()
		}
		vc = append(vc, wc)
	}
	signed := w.Viem(t, vc...)
	verifier := h.api.Wallets
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := signed[c.name]
			if want := c.status != http.StatusUnauthorized; s.ViemValid != want {
				t.Fatalf("viem's verifySiweMessage says %v, the test expects %v", s.ViemValid, want)
			}
			body := map[string]string{"message": s.Message, "signature": s.Signature}
			switch c.status {
			case http.StatusOK:
				var out loginResponse
				h.post(t, "/v1/auth/login", "", body).want(t, http.StatusOK).decode(t, &out)
				cl, err := h.issuer.Verify(out.Token)
				if out.Address != c.wallet.Hex() || err != nil || cl.Subject != c.wallet.Hex() || cl.Role != auth.RoleWallet {
					t.Fatalf("signed in as %s (token %+v, %v), want %s", out.Address, cl, err, c.wallet.Hex())
				}
				h.get(t, "/v1/accounts/"+c.wallet.Hex()+"/rewards", out.Token).want(t, http.StatusOK)
			case http.StatusUnauthorized:
				h.post(t, "/v1/auth/login", "", body).wantError(t, http.StatusUnauthorized, "invalid_login")
			case http.StatusServiceUnavailable:
				h.api.Wallets = walletsig.New(downCaller{})
				h.post(t, "/v1/auth/login", "", body).wantError(t, http.StatusServiceUnavailable, "chain_unavailable")
				// Nothing was decided: once the chain answers, the same sign-in (its nonce unused) succeeds.
				h.api.Wallets = verifier
				h.post(t, "/v1/auth/login", "", body).want(t, http.StatusOK)
			}
		})
	}
	// Checking the ERC-6492 signature deployed nothing.
	if code, err := w.H.Client.CodeAt(context.Background(), w.Counterfactual, nil); err != nil || len(code) != 0 {
		t.Fatalf("the counterfactual wallet has %d bytes of code (%v); checking a signature must not deploy it", len(code), err)
	}
}

// TestSmartWalletCommunity: a deployed contract wallet (a Safe, say) creates a community through the API with
// its ERC-1271 signature of the CreateToken typed data — made by viem and accepted by viem's verifyTypedData —
// and the factory accepts the relayed signature on-chain. A stranger's signature is refused; an undeployed
// wallet's valid ERC-6492 signature is a 422 wallet_not_deployed (the factory could not check it), accepted
// once the wallet exists; a chain that does not answer is a 503. Nothing refused is stored or relayed.
func TestSmartWalletCommunity(t *testing.T) {
	h, w := smartWalletAPI(t)
	ch := w.H
	token := func(addr common.Address) string {
		tok, _, err := h.issuer.Issue(addr.Hex(), auth.RoleWallet, nil, nil, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	// The factory checks the deadline against the chain's clock, the API against its own.
	deadline := max(int64(ch.Now()), h.clock.Now().Unix()) + 3600
	request := func(creator common.Address, symbol string) communityRequestResponse {
		var req communityRequestResponse
		h.post(t, "/v1/communities/request", token(creator), map[string]any{"name": "Safe Owls", "symbol": symbol,
			"max_supply": "1000000", "creator_allocation": "100", "deadline": deadline}).want(t, http.StatusOK).decode(t, &req)
		return req
	}
	body := func(r communityRequest, sig string) map[string]any {
		return map[string]any{"name": r.Name, "symbol": r.Symbol, "max_supply": r.MaxSupply.String(),
			"creator_allocation": r.CreatorAllocation.String(), "salt": r.Salt, "deadline": r.Deadline, "signature": sig}
	}
	deployedReq := request(w.Deployed, "SAFE")
	cfReq := request(w.Counterfactual, "CF")
	signed := w.Viem(t,
		walletsigtest.Case{Name: "owner", Sign: "typed", Key: "owner", Address: w.Deployed.Hex(), TypedData: deployedReq.TypedData},
		walletsigtest.Case{Name: "stranger", Sign: "typed", Key: "stranger", Address: w.Deployed.Hex(), TypedData: deployedReq.TypedData},
		walletsigtest.Case{Name: "undeployed owner", Sign: "typed", Key: "owner", Address: w.Counterfactual.Hex(),
			TypedData: cfReq.TypedData, Wrap: w.WrapWith()},
	)
	for name, want := range map[string]bool{"owner": true, "stranger": false, "undeployed owner": true} {
		if signed[name].ViemValid != want {
			t.Fatalf("viem's verifyTypedData says %v for %q, the test expects %v", signed[name].ViemValid, name, want)
		}
	}

	h.post(t, "/v1/communities", token(w.Deployed), body(deployedReq.Request, signed["stranger"].Signature)).
		wantError(t, http.StatusUnprocessableEntity, "invalid_signature")
	verifier := h.api.Wallets
	h.api.Wallets = walletsig.New(downCaller{})
	h.post(t, "/v1/communities", token(w.Deployed), body(deployedReq.Request, signed["owner"].Signature)).
		wantError(t, http.StatusServiceUnavailable, "chain_unavailable")
	h.api.Wallets = verifier
	h.post(t, "/v1/communities", token(w.Counterfactual), body(cfReq.Request, signed["undeployed owner"].Signature)).
		wantError(t, http.StatusUnprocessableEntity, "wallet_not_deployed")
	if n := len(h.comms.submitted()); n != 0 {
		t.Fatalf("%d refused requests were relayed", n)
	}

	// relayedOnChain sends the relayed createTokenFor on the chain's factory, as the relayer would: the
	// factory's own ERC-1271 check must accept what the API accepted.
	relayedOnChain := func(t *testing.T, m communityResponse) {
		t.Helper()
		subs := h.comms.submitted()
		c := subs[len(subs)-1]
		if c.ID != m.ID || c.Creator.Common() != common.HexToAddress(m.Creator) {
			t.Fatalf("relayed %+v, want community %s", c, m.ID)
		}
		salt := [32]byte(hexutil.MustDecode(c.Salt))
		ch.MustTransact(ch.Admin, ch.Deployment.Factory, ch.Factory.PackCreateTokenFor(c.Creator.Common(), c.Name, c.Symbol,
			c.MaxSupply.Big(), c.CreatorAllocation.Big(), salt, big.NewInt(c.Deadline), hexutil.MustDecode(c.Signature)))
		creator, err := ch.Token.UnpackCreator(ch.Call(ch.PredictToken(c.Creator.Common(), salt), ch.Token.PackCreator()))
		if err != nil || creator != c.Creator.Common() {
			t.Fatalf("the token's creator() is %s (%v), want the wallet %s", creator, err, c.Creator.Common())
		}
	}

	t.Run("deployed wallet", func(t *testing.T) {
		var m communityResponse
		h.post(t, "/v1/communities", token(w.Deployed), body(deployedReq.Request, signed["owner"].Signature)).
			want(t, http.StatusAccepted).decode(t, &m)
		if m.Creator != w.Deployed.Hex() || m.Status != "pending" {
			t.Fatalf("community %+v", m)
		}
		relayedOnChain(t, m)
	})
	t.Run("ERC-6492 signature once the wallet is deployed", func(t *testing.T) {
		w.Deploy()
		var m communityResponse
		h.post(t, "/v1/communities", token(w.Counterfactual), body(cfReq.Request, signed["undeployed owner"].Signature)).
			want(t, http.StatusAccepted).decode(t, &m)
		subs := h.comms.submitted()
		inner, err := walletsig.Unwrap(hexutil.MustDecode(signed["undeployed owner"].Signature))
		if err != nil || subs[len(subs)-1].Signature != hexutil.Encode(inner.Signature) {
			t.Fatalf("relayed signature %s, want the ERC-6492 wrapper's inner signature (%v)", subs[len(subs)-1].Signature, err)
		}
		relayedOnChain(t, m)
	})
}
