package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/tribe-rewards/tribe/internal/voucher"
)

// TestCommunityFlow: the creator asks for typed data, signs it in its wallet, and the service relays the
// creation: 202 with the token's predicted address.
func TestCommunityFlow(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator := h.wallet(t, "creator")

	var req communityRequestResponse
	h.post(t, "/v1/communities/request", creator.token, map[string]any{"name": "Night Owls", "symbol": "OWL",
		"max_supply": "1000000000000000000000000", "creator_allocation": "1000"}).want(t, http.StatusOK).decode(t, &req)
	r := req.Request
	if r.Name != "Night Owls" || r.Symbol != "OWL" || r.MaxSupply.String() != "1000000000000000000000000" ||
		r.CreatorAllocation.String() != "1000" || r.Deadline != testStart.Add(time.Hour).Unix() || len(r.Salt) != 66 || r.Signature != "" {
		t.Fatalf("request %+v", r)
	}
	salt := [32]byte(hexutil.MustDecode(r.Salt))
	if req.TokenAddress != predictToken(creator.addr, salt).Hex() {
		t.Fatalf("token address %s, want the factory's prediction", req.TokenAddress)
	}

	// The typed data is what eth_signTypedData_v4 hashes to the factory's CreateToken digest.
	raw, err := json.Marshal(req.TypedData)
	if err != nil {
		t.Fatal(err)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(raw, &td); err != nil {
		t.Fatal(err)
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatalf("typed data a wallet cannot hash: %v\n%s", err, raw)
	}
	ct := voucher.CreateToken{Creator: creator.addr, Name: r.Name, Symbol: r.Symbol, MaxSupply: r.MaxSupply.Big(),
		CreatorAllocation: r.CreatorAllocation.Big(), Salt: salt, Deadline: big.NewInt(r.Deadline)}
	if want := ct.Digest(voucher.FactoryDomainSeparator(testChainID, testFactory)); !bytes.Equal(digest, want[:]) {
		t.Fatalf("typed data digest %x, want %x", digest, want)
	}

	// Another key's signature is not the creator's consent.
	mallory := newWallet(t, "mallory")
	before := len(h.comms.submitted())
	h.post(t, "/v1/communities", creator.token, signedCommunity(t, creator, r, mallory.key)).
		wantError(t, http.StatusUnprocessableEntity, "invalid_signature")
	// Nor is the creator's signature of something else (another name).
	edited := signedCommunity(t, creator, r, creator.key)
	edited["name"] = "Night Owls 2"
	h.post(t, "/v1/communities", creator.token, edited).wantError(t, http.StatusUnprocessableEntity, "invalid_signature")
	// Nor is it someone else's to submit: mallory's session with the creator's signature.
	h.login(t, mallory)
	h.post(t, "/v1/communities", mallory.token, signedCommunity(t, creator, r, creator.key)).
		wantError(t, http.StatusUnprocessableEntity, "invalid_signature")
	if n := len(h.comms.submitted()); n != before {
		t.Fatalf("refused requests were relayed (%d calls)", n-before)
	}

	// The creator's own signature: 202, relayed.
	key := []string{"Idempotency-Key", "owl"}
	body := signedCommunity(t, creator, r, creator.key)
	first := h.post(t, "/v1/communities", creator.token, body, key...).want(t, http.StatusAccepted)
	var m communityResponse
	first.decode(t, &m)
	if !strings.HasPrefix(m.ID, "cmt_") || m.Creator != creator.addr.Hex() || m.TokenAddress != req.TokenAddress ||
		m.Status != "pending" || len(m.TxHash) != 66 || m.Name != "Night Owls" || m.Symbol != "OWL" ||
		m.MaxSupply != "1000000000000000000000000" || m.CreatorAllocation != "1000" {
		t.Fatalf("community %s", first.Body)
	}
	calls := h.comms.submitted()
	if len(calls) != 1 || calls[0].ID != m.ID || calls[0].Signature != body["signature"] || calls[0].Salt != r.Salt ||
		calls[0].Deadline != r.Deadline || calls[0].TokenAddress.String() != req.TokenAddress {
		t.Fatalf("relayed %+v", calls)
	}

	// A repeat is replayed, not relayed again; another body under the key is a conflict.
	again := h.post(t, "/v1/communities", creator.token, body, key...).want(t, http.StatusAccepted)
	if string(again.Body) != string(first.Body) || again.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("replay %s, first %s", again.Body, first.Body)
	}
	body["symbol"] = "OWL2"
	h.post(t, "/v1/communities", creator.token, body, key...).wantError(t, http.StatusConflict, "idempotency_conflict")
	if n := len(h.comms.submitted()); n != 1 {
		t.Fatalf("%d relays, want 1", n)
	}

	// Anyone can read it.
	var got communityResponse
	h.get(t, "/v1/communities/"+m.ID, "").want(t, http.StatusOK).decode(t, &got)
	if got != m {
		t.Fatalf("GET %+v, POST %+v", got, m)
	}
	h.get(t, "/v1/communities/cmt_nope", "").wantError(t, http.StatusNotFound, "not_found")

	// The caller may choose salt and deadline.
	mySalt := "0x" + strings.Repeat("5a", 32)
	deadline := testStart.Add(10 * time.Minute).Unix()
	h.post(t, "/v1/communities/request", creator.token, map[string]any{"name": "N", "symbol": "S", "salt": mySalt,
		"deadline": deadline}).want(t, http.StatusOK).decode(t, &req)
	if req.Request.Salt != mySalt || req.Request.Deadline != deadline || req.Request.MaxSupply.String() != "0" {
		t.Fatalf("request %+v", req.Request)
	}
}

func TestCommunityBadInput(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator := h.wallet(t, "creator")
	var req communityRequestResponse
	h.post(t, "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A"}).
		want(t, http.StatusOK).decode(t, &req)
	signed := func(edit func(m map[string]any)) map[string]any {
		m := signedCommunity(t, creator, req.Request, creator.key)
		if edit != nil {
			edit(m)
		}
		return m
	}
	over248 := new(big.Int).Lsh(big.NewInt(1), 248).String()
	past := testStart.Add(-time.Minute).Unix()
	tests := []struct {
		name       string
		path       string
		token      string
		body       any
		status     int
		code       string
		docRefuses bool
	}{
		{"no token", "/v1/communities/request", "", map[string]any{"name": "A", "symbol": "A"}, 401, "unauthorized", false},
		{"no name", "/v1/communities/request", creator.token, map[string]any{"symbol": "A"}, 400, "bad_request", true},
		{"name too long", "/v1/communities/request", creator.token, map[string]any{"name": strings.Repeat("n", 65), "symbol": "A"}, 400, "bad_request", true},
		{"symbol too long", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "ABCDEFGHIJKL"}, 400, "bad_request", true},
		{"max supply too big", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A", "max_supply": over248}, 400, "bad_request", false},
		{"max supply a number", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A", "max_supply": 5}, 400, "bad_request", true},
		{"allocation over cap", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A", "max_supply": "10", "creator_allocation": "11"}, 422, "allocation_over_cap", false},
		{"bad salt", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A", "salt": "0x1234"}, 400, "bad_request", true},
		{"past deadline", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A", "deadline": past}, 400, "bad_request", false},
		{"signature in request", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A", "signature": "0x00"}, 400, "bad_request", true},
		{"unknown field", "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A", "decimals": 18}, 400, "bad_request", true},
		{"create: no signature", "/v1/communities", creator.token, signed(func(m map[string]any) { delete(m, "signature") }), 400, "bad_request", true},
		{"create: no salt", "/v1/communities", creator.token, signed(func(m map[string]any) { delete(m, "salt") }), 400, "bad_request", true},
		{"create: no deadline", "/v1/communities", creator.token, signed(func(m map[string]any) { delete(m, "deadline") }), 400, "bad_request", true},
		{"create: past deadline", "/v1/communities", creator.token, signed(func(m map[string]any) { m["deadline"] = past }), 400, "bad_request", false},
		{"create: signature not hex", "/v1/communities", creator.token, signed(func(m map[string]any) { m["signature"] = "0xzz" }), 400, "bad_request", true},
		{"create: short signature", "/v1/communities", creator.token, signed(func(m map[string]any) { m["signature"] = "0x1234" }), 422, "invalid_signature", false},
		{"create: deadline a string", "/v1/communities", creator.token, signed(func(m map[string]any) { m["deadline"] = strconv.FormatInt(past, 10) }), 400, "bad_request", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := h.post(t, tc.path, tc.token, tc.body).wantError(t, tc.status, tc.code)
			if tc.docRefuses && r.ReqErr == nil {
				t.Errorf("openapi.yaml accepts %v", tc.body)
			}
		})
	}
	if n := len(h.comms.submitted()); n != 0 {
		t.Fatalf("%d refused requests relayed", n)
	}

	// The chain is down: 503, nothing relayed.
	h.chain.fail(errors.New("rpc: connection refused"))
	h.post(t, "/v1/communities/request", creator.token, map[string]any{"name": "A", "symbol": "A"}).
		wantError(t, http.StatusServiceUnavailable, "unavailable")
	h.post(t, "/v1/communities", creator.token, signed(nil), "Idempotency-Key", "k").wantError(t, http.StatusServiceUnavailable, "unavailable")
	h.chain.fail(nil)
	if n := len(h.comms.submitted()); n != 0 {
		t.Fatalf("%d requests relayed while the chain was down", n)
	}
	// The key of the request that failed can be used again.
	h.post(t, "/v1/communities", creator.token, signed(nil), "Idempotency-Key", "k").want(t, http.StatusAccepted)
}
