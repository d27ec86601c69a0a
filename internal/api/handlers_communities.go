package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/voucher"
	"github.com/tribe-rewards/tribe/internal/walletsig"
)

// communityRequest is a creator's request for a community token. Salt and deadline are optional in
// /communities/request (the service picks them) and required, as returned there, in /communities.
type communityRequest struct {
	Name              string         `json:"name"`
	Symbol            string         `json:"symbol"`
	MaxSupply         rewards.Amount `json:"max_supply"`
	CreatorAllocation rewards.Amount `json:"creator_allocation"`
	Salt              string         `json:"salt,omitempty"`
	Deadline          int64          `json:"deadline,omitempty"`
	Signature         string         `json:"signature,omitempty"`
}

// typedData is an EIP-712 request as eth_signTypedData_v4 takes it.
type typedData struct {
	Types       map[string][]typedField `json:"types"`
	PrimaryType string                  `json:"primaryType"`
	Domain      map[string]any          `json:"domain"`
	Message     map[string]any          `json:"message"`
}

type typedField struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

type communityRequestResponse struct {
	TokenAddress string           `json:"token_address"`
	Request      communityRequest `json:"request"`
	TypedData    typedData        `json:"typed_data"`
}

const maxSupplyBits = 248 // CreatorToken keeps the cap in 248 bits

func (a *API) checkCommunity(req *communityRequest, needSignature bool) (voucher.CreateToken, error) {
	var ct voucher.CreateToken
	if l := len([]rune(req.Name)); l == 0 || l > 64 {
		return ct, badRequest("name must be 1 to 64 characters")
	}
	if l := len([]rune(req.Symbol)); l == 0 || l > 11 {
		return ct, badRequest("symbol must be 1 to 11 characters")
	}
	maxSupply, alloc := req.MaxSupply.Big(), req.CreatorAllocation.Big()
	if maxSupply.BitLen() > maxSupplyBits {
		return ct, badRequest("max_supply must be below 2^248")
	}
	if maxSupply.Sign() != 0 && alloc.Cmp(maxSupply) > 0 {
		return ct, unprocessable("allocation_over_cap", "creator_allocation is over max_supply")
	}
	now := a.Now().Unix()
	if req.Salt == "" && !needSignature {
		var s [32]byte
		_, _ = rand.Read(s[:])
		req.Salt = hexutil.Encode(s[:])
	}
	salt, err := hexutil.Decode(req.Salt)
	if err != nil || len(salt) != 32 {
		return ct, badRequest("salt must be 32 bytes of 0x-prefixed hex")
	}
	if req.Deadline == 0 && !needSignature {
		req.Deadline = now + int64(time.Hour/time.Second)
	}
	if req.Deadline <= now {
		return ct, badRequest("deadline must be a future unix time")
	}
	ct = voucher.CreateToken{Name: req.Name, Symbol: req.Symbol, MaxSupply: maxSupply, CreatorAllocation: alloc,
		Salt: [32]byte(salt), Deadline: big.NewInt(req.Deadline)}
	return ct, nil
}

// communityRequest returns what the creator's wallet signs (EIP-712 typed data) and the token's address.
func (a *API) communityRequest(c *gin.Context) {
	var req communityRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.Signature != "" {
		a.abort(c, badRequest("signature belongs in POST /v1/communities"))
		return
	}
	ct, err := a.checkCommunity(&req, false)
	if err != nil {
		a.abort(c, err)
		return
	}
	creator := common.HexToAddress(claimsOf(c).Subject)
	ct.Creator = creator
	token, err := a.Chain.PredictToken(c, creator, ct.Salt)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, communityRequestResponse{TokenAddress: token.Hex(), Request: req, TypedData: a.createTokenTypedData(ct)})
}

func (a *API) createTokenTypedData(ct voucher.CreateToken) typedData {
	return typedData{
		Types: map[string][]typedField{
			"EIP712Domain": {{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}},
			"CreateToken": {{"creator", "address"}, {"name", "string"}, {"symbol", "string"}, {"maxSupply", "uint256"},
				{"creatorAllocation", "uint256"}, {"salt", "bytes32"}, {"deadline", "uint256"}},
		},
		PrimaryType: "CreateToken",
		Domain: map[string]any{"name": "TribeTokenFactory", "version": "1", "chainId": a.Info.ChainID.String(),
			"verifyingContract": a.Info.Factory.Hex()},
		Message: map[string]any{"creator": ct.Creator.Hex(), "name": ct.Name, "symbol": ct.Symbol,
			"maxSupply": ct.MaxSupply.String(), "creatorAllocation": ct.CreatorAllocation.String(),
			"salt": hexutil.Encode(ct.Salt[:]), "deadline": ct.Deadline.String()},
	}
}

type communityResponse struct {
	ID                string    `json:"id"`
	Creator           string    `json:"creator"`
	Name              string    `json:"name"`
	Symbol            string    `json:"symbol"`
	MaxSupply         string    `json:"max_supply"`
	CreatorAllocation string    `json:"creator_allocation"`
	TokenAddress      string    `json:"token_address"`
	Status            string    `json:"status"`
	TxHash            string    `json:"tx_hash,omitempty"`
	Error             string    `json:"error,omitempty"`
	CreatedAt         time.Time `json:"created_at"`
}

func communityJSON(m *ledger.Community) communityResponse {
	return communityResponse{ID: m.ID, Creator: m.Creator.String(), Name: m.Name, Symbol: m.Symbol,
		MaxSupply: m.MaxSupply.String(), CreatorAllocation: m.CreatorAllocation.String(),
		TokenAddress: m.TokenAddress.String(), Status: m.Status, TxHash: m.TxHash, Error: m.Error, CreatedAt: m.CreatedAt}
}

// createCommunity accepts the creator's signed request and relays createTokenFor: 202, then the community
// becomes active when the transaction is mined.
func (a *API) createCommunity(c *gin.Context) {
	var req communityRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.Salt == "" || req.Deadline == 0 || req.Signature == "" {
		a.abort(c, badRequest("salt, deadline and signature are required (get them from POST /v1/communities/request)"))
		return
	}
	ct, err := a.checkCommunity(&req, true)
	if err != nil {
		a.abort(c, err)
		return
	}
	creator := common.HexToAddress(claimsOf(c).Subject)
	ct.Creator = creator
	sig, err := hexutil.Decode(req.Signature)
	if err != nil {
		a.abort(c, badRequest("signature must be 0x-prefixed hex"))
		return
	}
	sig, err = a.creatorConsent(c, creator, ct.Digest(voucher.FactoryDomainSeparator(a.Info.ChainID, a.Info.Factory)), sig)
	if err != nil {
		a.abort(c, err)
		return
	}
	req.Signature = hexutil.Encode(sig)
	token, err := a.Chain.PredictToken(c, creator, ct.Salt)
	if err != nil {
		a.abort(c, err)
		return
	}
	var id [8]byte
	_, _ = rand.Read(id[:])
	m := ledger.Community{
		ID: "cmt_" + hex.EncodeToString(id[:]), Creator: rewards.Address(creator), Name: req.Name, Symbol: req.Symbol,
		MaxSupply: req.MaxSupply, CreatorAllocation: req.CreatorAllocation, Salt: req.Salt, Deadline: req.Deadline,
		Signature: req.Signature, TokenAddress: rewards.Address(token), Status: "pending", CreatedAt: a.Now().UTC(),
	}
	stored, err := a.Communities.Submit(c, m)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusAccepted, communityJSON(stored))
}

// creatorConsent checks that sig is creator's signature of the CreateToken digest as the factory will check
// it on-chain (OpenZeppelin SignatureChecker: ECDSA for an EOA, ERC-1271 for a deployed contract wallet), and
// returns the signature to relay: sig itself, or the inner signature of an ERC-6492 wrapper of a deployed
// wallet. A wallet that is not deployed yet cannot consent on-chain: its valid ERC-6492 signature is a 422
// wallet_not_deployed (the service does not pay to deploy wallets), anything not the creator's a 422
// invalid_signature; a chain that does not answer is a 503 and nothing is stored.
func (a *API) creatorConsent(ctx context.Context, creator common.Address, digest common.Hash, sig []byte) ([]byte, error) {
	invalid := unprocessable("invalid_signature", "the signature is not the signed-in creator's for this request, factory and chain")
	if signer, err := voucher.Recover(digest, sig); err == nil && signer == creator {
		return sig, nil
	}
	if a.Wallets == nil {
		return nil, invalid
	}
	res, err := a.Wallets.Verify(ctx, creator, digest, sig)
	switch {
	case errors.Is(err, walletsig.ErrInvalid):
		return nil, invalid
	case err != nil:
		return nil, err
	}
	switch res.Kind {
	case walletsig.Contract:
		return res.Signature, nil
	case walletsig.Counterfactual:
		return nil, unprocessable("wallet_not_deployed", "the signature is valid for %s once the wallet is deployed (ERC-6492), "+
			"but the factory checks it on-chain (ERC-1271) and the wallet has no code yet: deploy the wallet (its first "+
			"transaction does), then send this request again", creator.Hex())
	}
	// An ECDSA form the factory does not take (v of 0 or 1): voucher.Recover refused it above.
	return nil, invalid
}

func (a *API) getCommunity(c *gin.Context) {
	m, err := a.Ledger.GetCommunity(c, c.Param("id"))
	if errors.Is(err, ledger.ErrNotFound) {
		a.abort(c, notFound("no community %q", c.Param("id")))
		return
	}
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, communityJSON(m))
}
