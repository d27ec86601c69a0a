package api

import (
	"bytes"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

type tokenRewards struct {
	// Token is the ERC-20 paid; Pool, for rewards paid from a sponsor pool, is the pool — the address
	// vouchers, proofs, claims and relays name for them.
	Token string `json:"token"`
	Pool  string `json:"pool,omitempty"`
	// Earned is every award not rejected or reversed: claimable (cumulative - debt) plus pending.
	Earned string `json:"earned"`
	// Pending is held (a hold running, or waiting for approval); PendingUntil is the earliest claimable_at.
	Pending      string     `json:"pending"`
	PendingUntil *time.Time `json:"pending_until,omitempty"`
	// Cumulative is what vouchers and epoch leaves cover; Claimable = Cumulative - Claimed.
	Cumulative string `json:"cumulative"`
	Claimed    string `json:"claimed"`
	Claimable  string `json:"claimable"`
	// Debt is what refunds took back after it was claimable; later awards pay it off first.
	Debt string `json:"debt"`
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
	balances, err := a.Ledger.Balances(c, rewards.Address(addr))
	if err != nil {
		a.abort(c, err)
		return
	}
	out := rewardsResponse{Account: addr.Hex(), Tokens: []tokenRewards{}}
	for token, b := range balances {
		claimed := new(big.Int)
		if b.Cumulative.Sign() > 0 {
			if claimed, err = a.Chain.Claimed(c, token, addr); err != nil {
				a.abort(c, fmt.Errorf("read claimed amounts from the chain: %w", err))
				return
			}
		}
		claimable := new(big.Int).Sub(b.Cumulative, claimed)
		if claimable.Sign() < 0 {
			claimable.SetInt64(0)
		}
		earned := new(big.Int).Sub(b.Cumulative, b.Debt)
		earned.Add(earned, b.Pending)
		r := tokenRewards{Token: token.Hex(), Earned: earned.String(), Pending: b.Pending.String(), PendingUntil: b.NextMaturity,
			Cumulative: b.Cumulative.String(), Claimed: claimed.String(), Claimable: claimable.String(), Debt: b.Debt.String()}
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
