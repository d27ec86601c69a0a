package api

import (
	"bytes"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

type tokenRewards struct {
	// Token is the ERC-20 paid; Pool, for rewards paid from a sponsor pool, is the pool — the address
	// vouchers, proofs, claims and relays name for them.
	Token     string `json:"token"`
	Pool      string `json:"pool,omitempty"`
	Earned    string `json:"earned"`
	Claimed   string `json:"claimed"`
	Claimable string `json:"claimable"`
}

type rewardsResponse struct {
	Account string         `json:"account"`
	Tokens  []tokenRewards `json:"tokens"`
}

// account parses the {address} path parameter and checks the caller may read it: the wallet itself, or a
// platform with rewards:read.
func (a *API) account(c *gin.Context) (common.Address, error) {
	addr, err := rewards.ParseAddress(c.Param("address"))
	if err != nil {
		return common.Address{}, badRequest("%s", err)
	}
	cl := claimsOf(c)
	switch cl.Role {
	case auth.RoleWallet:
		if cl.Subject != addr.Hex() {
			return common.Address{}, forbidden("a wallet may read only its own account")
		}
	case auth.RolePlatform:
		if !cl.HasScope(ScopeRewardsRead) {
			return common.Address{}, forbidden("the token lacks the %s scope", ScopeRewardsRead)
		}
	}
	return addr, nil
}

// accountRewards reports, per token, what the account earned (ledger), was paid (the distributor's claimed)
// and can claim now.
func (a *API) accountRewards(c *gin.Context) {
	addr, err := a.account(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	earned, err := a.Ledger.Earned(c, rewards.Address(addr))
	if err != nil {
		a.abort(c, err)
		return
	}
	out := rewardsResponse{Account: addr.Hex(), Tokens: []tokenRewards{}}
	for token, e := range earned {
		claimed, err := a.Chain.Claimed(c, token, addr)
		if err != nil {
			a.abort(c, fmt.Errorf("read claimed amounts from the chain: %w", err))
			return
		}
		claimable := new(big.Int).Sub(e, claimed)
		if claimable.Sign() < 0 {
			claimable.SetInt64(0)
		}
		r := tokenRewards{Token: token.Hex(), Earned: e.String(), Claimed: claimed.String(), Claimable: claimable.String()}
		paid, pooled, err := a.Ledger.PoolToken(c, token)
		if err != nil {
			a.abort(c, err)
			return
		}
		if pooled {
			r.Token, r.Pool = paid.Hex(), token.Hex()
		}
		out.Tokens = append(out.Tokens, r)
	}
	// By token, then the token's own (minted) rewards before its pools', then by pool.
	sort.Slice(out.Tokens, func(i, j int) bool {
		x, y := out.Tokens[i], out.Tokens[j]
		if x.Token != y.Token {
			return bytes.Compare(common.HexToAddress(x.Token).Bytes(), common.HexToAddress(y.Token).Bytes()) < 0
		}
		return x.Pool < y.Pool
	})
	c.JSON(http.StatusOK, out)
}

type historyResponse struct {
	Account string      `json:"account"`
	Awards  []awardJSON `json:"awards"`
}

// accountAwards is the account's most recent awards with their reasons, newest first.
func (a *API) accountAwards(c *gin.Context) {
	addr, err := a.account(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	limit, err := strconv.Atoi(c.DefaultQuery("limit", "50"))
	if err != nil || limit < 1 || limit > 100 {
		a.abort(c, badRequest("limit must be 1 to 100"))
		return
	}
	hist, err := a.Ledger.AccountHistory(c, rewards.Address(addr), limit)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, historyResponse{Account: addr.Hex(), Awards: awardsJSON(hist)})
}
