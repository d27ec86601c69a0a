package api

import (
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/tribe-rewards/tribe/internal/voucher"
)

// TestClaim: GET /v1/accounts/{address}/claims/{token} gives a voucher for the cumulative total, signed by
// the service's signer for this chain and distributor, and the calldata to send.
func TestClaim(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	fan := account(1)
	token := common.HexToAddress(w.community.TokenAddress)
	path := "/v1/accounts/" + fan.Hex() + "/claims/" + token.Hex()

	w.get(t, path, "").wantError(t, http.StatusNotFound, "not_found") // nothing earned yet
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, fan, "100", "a")).want(t, http.StatusCreated)
	w.chain.setClaimed(token, fan, 40)

	var c claimResponse
	w.get(t, "/v1/accounts/"+strings.ToLower(fan.Hex())+"/claims/"+strings.ToLower(token.Hex()), "").
		want(t, http.StatusOK).decode(t, &c)
	if c.Account != fan.Hex() || c.Token != token.Hex() || c.CumulativeAmount != "100" || c.Claimed != "40" ||
		c.Claimable != "60" || c.To != testDistributor.Hex() || c.ChainID != "1337" || c.Proof != nil {
		t.Fatalf("claim %+v", c)
	}
	deadline, ok := new(big.Int).SetString(c.Voucher.Deadline, 10)
	if !ok || deadline.Int64() <= testStart.Unix() || deadline.Int64() > testStart.Add(24*time.Hour).Unix() {
		t.Fatalf("voucher deadline %q", c.Voucher.Deadline)
	}
	v := voucher.Voucher{Account: fan, Token: token, CumulativeAmount: big.NewInt(100), Deadline: deadline}
	signer, err := voucher.Recover(v.Digest(voucher.RewardsDomainSeparator(testChainID, testDistributor)), hexutil.MustDecode(c.Voucher.Signature))
	if err != nil || signer != testSigner {
		t.Fatalf("voucher signed by %s (%v), want %s", signer.Hex(), err, testSigner.Hex())
	}
	if !strings.Contains(c.Calldata, strings.TrimPrefix(c.Voucher.Signature, "0x")) {
		t.Fatal("calldata does not carry the voucher's signature")
	}

	// The endpoint is public: however often a stranger asks, a balance is signed once per deadline slot.
	signed := counter(w.api.Gatherer, "tribe_vouchers_signed_total", "", "")
	for range 20 {
		var again claimResponse
		w.get(t, path, "").want(t, http.StatusOK).decode(t, &again)
		if again.Voucher != c.Voucher {
			t.Fatalf("voucher %+v, then %+v within one slot", c.Voucher, again.Voucher)
		}
		w.get(t, "/v1/accounts/"+fan.Hex()+"/claims", "").want(t, http.StatusOK)
	}
	if now := counter(w.api.Gatherer, "tribe_vouchers_signed_total", "", ""); now != signed {
		t.Fatalf("40 more requests signed %v more vouchers, want 0", now-signed)
	}
	w.clock.Add(voucherSlot)
	var later claimResponse
	w.get(t, path, "").want(t, http.StatusOK).decode(t, &later)
	if later.Voucher.Deadline == c.Voucher.Deadline || counter(w.api.Gatherer, "tribe_vouchers_signed_total", "", "") != signed+1 {
		t.Fatalf("a slot later: deadline %s (was %s)", later.Voucher.Deadline, c.Voucher.Deadline)
	}

	for _, bad := range []string{"/v1/accounts/0x12/claims/" + token.Hex(), "/v1/accounts/" + fan.Hex() + "/claims/0x12"} {
		w.get(t, bad, "").wantError(t, http.StatusBadRequest, "bad_request")
	}
}

// TestEpochsWithoutSettlement: a server that settles no epochs says so with 404s.
func TestEpochsWithoutSettlement(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	h.get(t, "/v1/epochs/latest", "").wantError(t, http.StatusNotFound, "not_found")
	h.get(t, "/v1/epochs/1", "").wantError(t, http.StatusNotFound, "not_found")
	h.get(t, "/v1/epochs/1/tree", "").wantError(t, http.StatusNotFound, "not_found")
	h.get(t, "/v1/epochs/1/pending-tree", "").wantError(t, http.StatusNotFound, "not_found")
	h.get(t, "/v1/accounts/"+account(1).Hex()+"/pending-proof/"+account(2).Hex(), "").wantError(t, http.StatusNotFound, "not_found")
	r := h.get(t, "/v1/epochs/one", "").wantError(t, http.StatusBadRequest, "bad_request")
	if r.ReqErr == nil {
		t.Error("openapi.yaml accepts epoch \"one\"")
	}
}
