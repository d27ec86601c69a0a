package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"
	"github.com/go-redis/redis_rate/v10"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/settle"
	"github.com/tribe-rewards/tribe/internal/txmgr"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// Epochs serves settled epochs (the settle package's Settler).
type Epochs interface {
	Latest(ctx context.Context) (*settle.Epoch, error)
	Get(ctx context.Context, n uint64) (*settle.Epoch, error)
	WriteTree(ctx context.Context, n uint64, w io.Writer) error
	LatestProof(ctx context.Context, token, account common.Address) (epoch uint64, root common.Hash, cumulative *big.Int, proof []common.Hash, ok bool, err error)
}

// Sender sends transactions (the transaction manager).
type Sender interface {
	SendAsync(ctx context.Context, to common.Address, data []byte) (common.Hash, <-chan txmgr.Result, error)
}

// Relays remembers relayed claims in flight, so a second request does not send twice.
type Relays interface {
	// Begin records that a relay of (account, token) is in flight; it returns the tx hash of one already in
	// flight, if any (and then records nothing).
	Begin(ctx context.Context, account, token common.Address, ttl time.Duration) (inFlight string, err error)
	// Sent stores the relay's tx hash; Done forgets it.
	Sent(ctx context.Context, account, token common.Address, tx string, ttl time.Duration) error
	Done(ctx context.Context, account, token common.Address) error
}

type voucherJSON struct {
	Deadline  string `json:"deadline"`
	Signature string `json:"signature"`
}

type proofJSON struct {
	Epoch            uint64   `json:"epoch"`
	Root             string   `json:"root"`
	CumulativeAmount string   `json:"cumulative_amount"`
	Proof            []string `json:"proof"`
	Calldata         string   `json:"calldata"`
}

type claimResponse struct {
	Account          string      `json:"account"`
	Token            string      `json:"token"`
	CumulativeAmount string      `json:"cumulative_amount"`
	Claimed          string      `json:"claimed"`
	Claimable        string      `json:"claimable"`
	Voucher          voucherJSON `json:"voucher"`
	Proof            *proofJSON  `json:"proof"`
	To               string      `json:"to"`
	Calldata         string      `json:"calldata"`
	ChainID          string      `json:"chain_id"`
}

var distributorABI = bindings.NewRewardsDistributor()

// claimData builds everything a wallet needs to claim account's token rewards: a fresh voucher for the
// cumulative total, the latest active Merkle proof (if any), and the calldata of claimWithVoucher.
func (a *API) claimData(c *gin.Context, account, token common.Address) (*claimResponse, *big.Int, error) {
	cum, err := a.Ledger.Cumulative(c, token, account)
	if err != nil {
		return nil, nil, err
	}
	if cum.Sign() == 0 {
		return nil, nil, notFound("%s has earned nothing in %s", account.Hex(), token.Hex())
	}
	claimed, err := a.Chain.Claimed(c, token, account)
	if err != nil {
		return nil, nil, fmt.Errorf("claimed amount: %w", err)
	}
	claimable := new(big.Int).Sub(cum, claimed)
	if claimable.Sign() < 0 {
		claimable.SetInt64(0)
	}
	deadline := big.NewInt(a.Now().Add(a.Config.VoucherTTL).Unix())
	sig, err := a.Vouchers.Sign(voucher.Voucher{Account: account, Token: token, CumulativeAmount: cum, Deadline: deadline})
	if err != nil {
		return nil, nil, err
	}
	out := &claimResponse{
		Account: account.Hex(), Token: token.Hex(), CumulativeAmount: cum.String(), Claimed: claimed.String(),
		Claimable: claimable.String(), Voucher: voucherJSON{Deadline: deadline.String(), Signature: hexutil.Encode(sig)},
		To: a.Info.Distributor.Hex(), ChainID: a.Info.ChainID.String(),
		Calldata: hexutil.Encode(distributorABI.PackClaimWithVoucher(account, token, cum, deadline, sig)),
	}
	if a.Epochs != nil {
		n, root, pc, proof, ok, err := a.Epochs.LatestProof(c, token, account)
		if err != nil && !errors.Is(err, settle.ErrNotFound) {
			a.log(c).Warn("merkle proof unavailable", "err", err)
		}
		if err == nil && ok {
			p := &proofJSON{Epoch: n, Root: root.Hex(), CumulativeAmount: pc.String(), Proof: make([]string, len(proof))}
			raw := make([][32]byte, len(proof))
			for i, h := range proof {
				p.Proof[i], raw[i] = h.Hex(), h
			}
			p.Calldata = hexutil.Encode(distributorABI.PackClaim(account, token, pc, raw))
			out.Proof = p
		}
	}
	return out, cum, nil
}

func (a *API) claimParams(c *gin.Context) (common.Address, common.Address, error) {
	account, err := rewards.ParseAddress(c.Param("address"))
	if err != nil {
		return common.Address{}, common.Address{}, badRequest("address: %s", err)
	}
	token, err := rewards.ParseAddress(c.Param("token"))
	if err != nil {
		return common.Address{}, common.Address{}, badRequest("token: %s", err)
	}
	return account, token, nil
}

// claim is public: a voucher only ever pays its account, and the totals are public in the epoch trees anyway.
func (a *API) claim(c *gin.Context) {
	account, token, err := a.claimParams(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	out, _, err := a.claimData(c, account, token)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, out)
}

type relayRequest struct {
	Token rewards.Address `json:"token"`
}

type relayResponse struct {
	TxHash           string `json:"tx_hash"`
	CumulativeAmount string `json:"cumulative_amount"`
	Amount           string `json:"amount"`
	Status           string `json:"status"`
}

// relay submits the signed-in wallet's claim itself, paying the gas. Rate-limited per account; a second
// request while one is in flight returns the same transaction.
func (a *API) relay(c *gin.Context) {
	var req relayRequest
	if err := a.decode(c, &req); err != nil {
		a.abort(c, err)
		return
	}
	if req.Token == (rewards.Address{}) {
		a.abort(c, badRequest("token is required"))
		return
	}
	account, token := common.HexToAddress(claimsOf(c).Subject), req.Token.Common()
	if a.Config.RelayPerMinute > 0 {
		res, err := a.Ledger.AllowRate(c, limitRelays, account.Hex(), redis_rate.PerMinute(a.Config.RelayPerMinute), 1)
		if err != nil {
			a.abort(c, fmt.Errorf("%w: rate limit: %w", errRedis, err))
			return
		}
		if res.Allowed == 0 {
			e := newError(http.StatusTooManyRequests, "rate_limited", "at most %d relayed claims per minute", a.Config.RelayPerMinute)
			e.RetryAfter = max(1, int(res.RetryAfter/time.Second)+1)
			a.abort(c, e)
			return
		}
	}
	inFlight, err := a.Relays.Begin(c, account, token, relayTTL)
	if err != nil {
		a.abort(c, fmt.Errorf("%w: relay: %w", errRedis, err))
		return
	}
	if inFlight != "" {
		c.JSON(http.StatusAccepted, relayResponse{TxHash: inFlight, Status: "in_flight"})
		return
	}
	out, cum, err := a.claimData(c, account, token)
	if err == nil && out.Claimable == "0" {
		err = unprocessable("nothing_to_claim", "everything earned has been claimed")
	}
	if err != nil {
		_ = a.Relays.Done(c, account, token)
		a.abort(c, err)
		return
	}
	hash, done, err := a.Sender.SendAsync(context.WithoutCancel(c), a.Info.Distributor, hexutil.MustDecode(out.Calldata))
	if err != nil {
		_ = a.Relays.Done(c, account, token)
		a.abort(c, a.claimRevert(err))
		return
	}
	_ = a.Relays.Sent(c, account, token, hash.Hex(), relayTTL)
	a.goBackground(func() {
		<-done
		_ = a.Relays.Done(context.Background(), account, token)
	})
	c.JSON(http.StatusAccepted, relayResponse{TxHash: hash.Hex(), CumulativeAmount: cum.String(), Amount: out.Claimable, Status: "sent"})
}

// relayTTL bounds how long a relay counts as in flight if tribed dies before it is mined.
const relayTTL = 2 * time.Minute

// claimRevert explains a claim the distributor would refuse; a payout limit says when to retry.
func (a *API) claimRevert(err error) error {
	rev := chain.AsRevert(err)
	if rev == nil {
		return err
	}
	switch rev.Name {
	case "PayoutLimitExceeded":
		resets, _ := rev.Args["resetsAt"].(*big.Int)
		e := unprocessable("payout_limit", "the token's payout limit for this period is reached (%v left)", rev.Args["available"])
		if resets != nil {
			if wait := resets.Int64() - a.Now().Unix(); wait > 0 {
				e.RetryAfter = int(wait)
				e.Message += fmt.Sprintf("; retry after %s", time.Unix(resets.Int64(), 0).UTC().Format(time.RFC3339))
			}
		}
		return e
	case "NothingToClaim":
		return unprocessable("nothing_to_claim", "everything earned has been claimed")
	case "ClaimsPaused":
		return newError(http.StatusServiceUnavailable, "claims_paused", "claims are paused by the guardian")
	case "InsufficientPool":
		return unprocessable("pool_empty", "the token's reward pool holds less than the claim")
	case "NotMinter":
		return unprocessable("not_minter", "the token's creator has not made the distributor a minter yet")
	}
	return unprocessable("claim_refused", "the distributor refuses the claim: %s", rev.Name)
}

type epochResponse struct {
	Epoch     uint64    `json:"epoch"`
	Root      string    `json:"root"`
	Leaves    int       `json:"leaves"`
	Status    string    `json:"status"`
	TxHash    string    `json:"tx_hash,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

func epochJSON(e *settle.Epoch) epochResponse {
	out := epochResponse{Epoch: e.Number, Root: e.Root.Hex(), Leaves: e.Leaves, Status: e.Status, CreatedAt: e.CreatedAt.UTC()}
	if e.TxHash != (common.Hash{}) {
		out.TxHash = e.TxHash.Hex()
	}
	return out
}

var errNoEpochs = errors.New("this server settles no epochs")

func (a *API) epochErr(err error) error {
	if errors.Is(err, settle.ErrNotFound) || errors.Is(err, errNoEpochs) {
		return notFound("no such epoch")
	}
	return err
}

// epoch loads the epoch named by the {n} path parameter, or the latest one without it.
func (a *API) epoch(c *gin.Context) (*settle.Epoch, error) {
	p := c.Param("n")
	n, err := strconv.ParseUint(p, 10, 64)
	if p != "" && err != nil {
		return nil, badRequest("epoch must be a number")
	}
	if a.Epochs == nil {
		return nil, a.epochErr(errNoEpochs)
	}
	var e *settle.Epoch
	if p == "" {
		e, err = a.Epochs.Latest(c)
	} else {
		e, err = a.Epochs.Get(c, n)
	}
	if err != nil {
		return nil, a.epochErr(err)
	}
	return e, nil
}

// getEpoch serves GET /v1/epochs/latest and /v1/epochs/{n}.
func (a *API) getEpoch(c *gin.Context) {
	e, err := a.epoch(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	c.JSON(http.StatusOK, epochJSON(e))
}

// epochTree streams the StandardMerkleTree dump of an epoch (load it with StandardMerkleTree.load).
func (a *API) epochTree(c *gin.Context) {
	e, err := a.epoch(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	n := e.Number
	c.Header("Content-Type", "application/json")
	c.Status(http.StatusOK)
	if err := a.Epochs.WriteTree(c, n, c.Writer); err != nil {
		a.log(c).Error("write epoch tree", "epoch", n, "err", err)
	}
}
