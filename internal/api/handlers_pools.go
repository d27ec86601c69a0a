package api

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Sponsor pools: a brand (or platform, or creator) creates and funds a pool on-chain with its own wallet,
// then grants campaigns budgets from it here. Who owns a pool, what it holds and whether it is under
// withdrawal notice are read from the distributor; the grants are kept in the ledger.

type poolResponse struct {
	Pool    string `json:"pool"`
	Token   string `json:"token"`
	Owner   string `json:"owner"`
	Balance string `json:"balance"`
	Paid    string `json:"paid"`
	// Granted is the sum of the pool's grants; Closing whether its owner announced a withdrawal.
	Granted string `json:"granted"`
	// Committed is what the active root commits the pool to pay; Withdrawable what its owner may take out
	// once a withdrawal notice is over (WithdrawableAt, Unix seconds; 0 when none was announced).
	Committed      string         `json:"committed"`
	Closing        bool           `json:"closing"`
	WithdrawableAt uint64         `json:"withdrawable_at"`
	Withdrawable   string         `json:"withdrawable"`
	Grants         []ledger.Grant `json:"grants"`
	// Remaining is what the pool's campaigns can still award (the sum of their remaining budgets);
	// LowBalance the owner's alert threshold ("0": none) and Low whether the alert has fired.
	Remaining  string `json:"remaining"`
	LowBalance string `json:"low_balance"`
	Low        bool   `json:"low"`
}

// poolAlertRequest sets a pool's low-balance alert: "0" turns it off.
type poolAlertRequest struct {
	LowBalance *rewards.Amount `json:"low_balance"`
}

type poolAlertResponse struct {
	Pool       string `json:"pool"`
	LowBalance string `json:"low_balance"`
	Remaining  string `json:"remaining"`
	Low        bool   `json:"low"`
}

// amountString is x in decimal, "0" for nil.
func amountString(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

type grantRequest struct {
	CampaignID string         `json:"campaign_id"`
	Amount     rewards.Amount `json:"amount"`
}

// poolParam parses the {pool} path parameter.
func poolParam(c *gin.Context) (common.Address, error) {
	p, err := rewards.ParseAddress(c.Param("pool"))
	if err != nil {
		return common.Address{}, badRequest("%s", err)
	}
	return p, nil
}

// getPool shows a pool as the chain and the ledger know it. Anyone may read it.
func (a *API) getPool(c *gin.Context) {
	addr, err := poolParam(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	p, err := a.poolFacts(c, addr)
	if err != nil {
		a.abort(c, err)
		return
	}
	if !p.Exists {
		a.abort(c, notFound("no sponsor pool %s", addr.Hex()))
		return
	}
	grants, granted, err := a.Ledger.PoolGrants(c, addr)
	if err != nil {
		a.abort(c, err)
		return
	}
	alert, err := a.Ledger.PoolAlertOf(c, addr)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, poolResponse{Pool: addr.Hex(), Token: p.Token.Hex(), Owner: p.Owner.Hex(),
		Balance: p.Balance.String(), Paid: p.Paid.String(), Granted: granted.String(), Committed: amountString(p.Committed),
		Closing: p.Closing, WithdrawableAt: p.WithdrawableAt, Withdrawable: p.Withdrawable().String(), Grants: grants,
		Remaining: alert.Remaining.String(), LowBalance: alert.Threshold.String(), Low: alert.Low})
}

// putPoolAlert sets the pool's low-balance alert: a pool.low webhook event goes to the owner's endpoints
// when what its campaigns can still award falls below low_balance. Only the pool's owner on-chain may.
func (a *API) putPoolAlert(c *gin.Context) {
	addr, err := poolParam(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	var req poolAlertRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.LowBalance == nil {
		a.abort(c, badRequest("low_balance is required (\"0\" turns the alert off)"))
		return
	}
	p, err := a.poolFacts(c, addr)
	if err != nil {
		a.abort(c, err)
		return
	}
	if err := access.OwnPool(common.HexToAddress(claimsOf(c).Subject), p); err != nil {
		a.abort(c, err)
		return
	}
	if err := a.Ledger.SetPoolLowThreshold(c, addr, req.LowBalance.Big()); err != nil {
		a.abort(c, err)
		return
	}
	alert, err := a.Ledger.PoolAlertOf(c, addr)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, poolAlertResponse{Pool: addr.Hex(), LowBalance: alert.Threshold.String(),
		Remaining: alert.Remaining.String(), Low: alert.Low})
}

// createGrant grants a campaign a budget from a pool. Only the pool's owner on-chain may; the campaign must
// have been created (by its community's creator) to be paid from this pool; the pool must not be under
// withdrawal notice; and all its grants together stay within what was deposited in it.
func (a *API) createGrant(c *gin.Context) {
	addr, err := poolParam(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	var req grantRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.Amount.IsZero() {
		a.abort(c, badRequest("amount must be greater than 0"))
		return
	}
	camp, err := a.campaign(c, req.CampaignID)
	if err != nil {
		a.abort(c, err)
		return
	}
	p, err := a.poolFacts(c, addr)
	if err != nil {
		a.abort(c, err)
		return
	}
	caller := common.HexToAddress(claimsOf(c).Subject)
	granted, err := a.Ledger.PoolGranted(c, addr)
	if err != nil {
		a.abort(c, err)
		return
	}
	var campPool *common.Address
	if camp.Pool != nil {
		cp := camp.Pool.Common()
		campPool = &cp
	}
	if err := access.Grant(caller, p, campPool, granted, req.Amount.Big()); err != nil {
		a.abort(c, err)
		return
	}
	var id [8]byte
	_, _ = rand.Read(id[:])
	g := ledger.Grant{ID: "grt_" + hex.EncodeToString(id[:]), Pool: rewards.Address(addr),
		Token: rewards.Address(p.Token), CampaignID: camp.ID, Amount: req.Amount, GrantedBy: rewards.Address(caller),
		CreatedAt: a.Now().UTC().Truncate(time.Millisecond)}
	deposits := new(big.Int).Add(p.Balance, p.Paid)
	if _, err := a.Ledger.AddGrant(c, camp, g, deposits); err != nil {
		switch {
		case errors.Is(err, ledger.ErrGrantOverDeposits):
			a.abort(c, unprocessable("grant_exceeds_deposits", "%v", err))
		case errors.Is(err, ledger.ErrTooManyGrants):
			a.abort(c, unprocessable("too_many_grants", "%v", err))
		default:
			a.abort(c, err)
		}
		return
	}
	c.JSON(http.StatusCreated, g)
}

type grantsResponse struct {
	CampaignID string         `json:"campaign_id"`
	Pool       *string        `json:"pool"`
	Granted    string         `json:"granted"`
	Grants     []ledger.Grant `json:"grants"`
}

// campaignGrants lists the grants a campaign received, so its creator (or anyone) sees who pays it. Anyone
// may read it.
func (a *API) campaignGrants(c *gin.Context) {
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	out := grantsResponse{CampaignID: camp.ID, Granted: "0", Grants: []ledger.Grant{}}
	if camp.Pool != nil {
		pool := camp.Pool.String()
		out.Pool = &pool
		all, _, err := a.Ledger.PoolGrants(c, camp.Pool.Common())
		if err != nil {
			a.abort(c, err)
			return
		}
		sum := new(big.Int)
		for _, g := range all {
			if g.CampaignID == camp.ID {
				out.Grants = append(out.Grants, g)
				sum.Add(sum, g.Amount.Big())
			}
		}
		out.Granted = sum.String()
	}
	c.JSON(http.StatusOK, out)
}
