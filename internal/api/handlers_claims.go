package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/claims"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/settle"
)

// Epochs serves settled epochs (the settle package's Settler).
type Epochs interface {
	Latest(ctx context.Context) (*settle.Epoch, error)
	Get(ctx context.Context, n uint64) (*settle.Epoch, error)
	WriteTree(ctx context.Context, n uint64, w io.Writer) error
	LatestProof(ctx context.Context, token, account common.Address) (epoch uint64, root common.Hash, cumulative *big.Int, proof []common.Hash, ok bool, err error)
	// PendingProof is account's pending leaf of source in the latest epoch with its proofs (settle.ErrNoPending
	// when there is none); WritePendingTree writes an epoch's pending-tree dump.
	PendingProof(ctx context.Context, source, account common.Address) (*settle.PendingProof, error)
	WritePendingTree(ctx context.Context, n uint64, w io.Writer) error
}

// Relayer submits claims for their claimants, paying the gas (claims.Relayer). Its errors are the claims
// package's sentinels, mapped by errorMap.
type Relayer interface {
	Relay(ctx context.Context, account, source common.Address) (*claims.Relay, error)
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
	deadline := a.voucherDeadline()
	sig, err := a.signVoucher(account, token, cum, deadline)
	if err != nil {
		return nil, nil, err
	}
	out := &claimResponse{
		Account: account.Hex(), Token: token.Hex(), CumulativeAmount: cum.String(), Claimed: claimed.String(),
		Claimable: claimable.String(), Voucher: voucherJSON{Deadline: deadline.String(), Signature: hexutil.Encode(sig)},
		To: a.Info.Distributor.Hex(), ChainID: a.Info.ChainID.String(),
		Calldata: hexutil.Encode(claims.VoucherCalldata(account, token, cum, deadline, sig)),
	}
	if a.Epochs != nil {
		n, root, pc, proof, ok, err := a.Epochs.LatestProof(c, token, account)
		if err != nil && !errors.Is(err, settle.ErrNotFound) {
			a.log(c).Warn("merkle proof unavailable", "err", err)
		}
		if err == nil && ok {
			p := &proofJSON{Epoch: n, Root: root.Hex(), CumulativeAmount: pc.String(), Proof: make([]string, len(proof)),
				Calldata: hexutil.Encode(claims.ProofCalldata(account, token, pc, proof))}
			for i, h := range proof {
				p.Proof[i] = h.Hex()
			}
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
	if ledger.IsUserAccount(account) {
		return common.Address{}, common.Address{}, notFound("%s is a platform user's pseudo-account: it is never claimable; its rewards move to the wallet it is linked to", account.Hex())
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
	TxHash           string `json:"tx_hash,omitempty"` // none while another request is sending (status sending)
	CumulativeAmount string `json:"cumulative_amount"`
	Amount           string `json:"amount"`
	Status           string `json:"status"`
}

// errNoRelayer answers relays on a server built without a Relayer.
var errNoRelayer = errors.New("this server relays no claims")

// relay has the service submit the signed-in wallet's claim, paying the gas; the claims package decides
// whether it may (see claims.Relayer.Relay).
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
	if a.Relayer == nil {
		a.abort(c, errNoRelayer)
		return
	}
	account := common.HexToAddress(claimsOf(c).Subject)
	r, err := a.Relayer.Relay(c, account, req.Token.Common())
	if err != nil {
		a.abort(c, err)
		return
	}
	out := relayResponse{TxHash: r.TxHash, Status: r.Status}
	if r.CumulativeAmount != nil {
		out.CumulativeAmount = r.CumulativeAmount.String()
	}
	if r.Amount != nil {
		out.Amount = r.Amount.String()
	}
	c.JSON(http.StatusAccepted, out)
}

type epochResponse struct {
	Epoch     uint64    `json:"epoch"`
	Root      string    `json:"root"`
	Leaves    int       `json:"leaves"`
	Status    string    `json:"status"`
	TxHash    string    `json:"tx_hash,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	// PendingRoot is the pending tree's root (the marker leaf's value), omitted when nothing was pending.
	PendingRoot   string `json:"pending_root,omitempty"`
	PendingLeaves int    `json:"pending_leaves"`
}

func epochJSON(e *settle.Epoch) epochResponse {
	out := epochResponse{Epoch: e.Number, Root: e.Root.Hex(), Leaves: e.Leaves, Status: e.Status, CreatedAt: e.CreatedAt.UTC(),
		PendingLeaves: e.PendingLeaves}
	if e.TxHash != (common.Hash{}) {
		out.TxHash = e.TxHash.Hex()
	}
	if e.PendingRoot != (common.Hash{}) {
		out.PendingRoot = e.PendingRoot.Hex()
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

// epochPendingTree streams the dump of an epoch's pending tree (StandardMerkleTree.load reads it); 404
// nothing_pending if the epoch committed nothing pending.
func (a *API) epochPendingTree(c *gin.Context) {
	e, err := a.epoch(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	if e.PendingLeaves == 0 {
		a.abort(c, fmt.Errorf("epoch %d: %w", e.Number, settle.ErrNoPending))
		return
	}
	c.Header("Content-Type", "application/json")
	c.Status(http.StatusOK)
	// The tree is rebuilt and checked before its first byte is written: a failure until then (a pruned
	// tree) is still a clean error response.
	if err := a.Epochs.WritePendingTree(c, e.Number, c.Writer); err != nil {
		if !c.Writer.Written() {
			c.Header("Content-Type", "")
			a.abort(c, a.epochErr(err))
			return
		}
		a.log(c).Error("write pending tree", "epoch", e.Number, "err", err)
	}
}

// maxJSONTime is 9999-12-31T23:59:59Z in unix seconds, the last time encoding/json can write.
const maxJSONTime = 253402300799

// pendingLeafEncoding is merkle.PendingEncoding (a test checks), the pending tree's leaf types.
var pendingLeafEncoding = []string{"address", "address", "uint256", "uint64"}

type pendingLeafJSON struct {
	Account string `json:"account"`
	Source  string `json:"source"`
	Pending string `json:"pending"`
	// EarliestMaturity is the leaf's uint64, unix seconds; MaturesAt the same as a time.
	EarliestMaturity string    `json:"earliest_maturity"`
	MaturesAt        time.Time `json:"matures_at"`
}

type pendingProofResponse struct {
	Epoch        uint64          `json:"epoch"`
	Status       string          `json:"status"`
	Root         string          `json:"root"`
	PendingRoot  string          `json:"pending_root"`
	LeafEncoding []string        `json:"leaf_encoding"`
	Leaf         pendingLeafJSON `json:"leaf"`
	Proof        []string        `json:"proof"`
	MarkerLeaf   [3]string       `json:"marker_leaf"`
	MarkerProof  []string        `json:"marker_proof"`
	To           string          `json:"to"`
	ChainID      string          `json:"chain_id"`
}

func hexes(hs []common.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Hex()
	}
	return out
}

// pendingProof serves what the latest epoch commits as pending to an account in a token or pool: the
// pending leaf, its proof to the pending root, and the marker leaf's proof to the epoch's root. Public, as
// the trees are.
func (a *API) pendingProof(c *gin.Context) {
	account, source, err := a.claimParams(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	if a.Epochs == nil {
		a.abort(c, a.epochErr(errNoEpochs))
		return
	}
	p, err := a.Epochs.PendingProof(c, source, account)
	if err != nil {
		a.abort(c, a.epochErr(err))
		return
	}
	c.JSON(http.StatusOK, pendingProofResponse{
		Epoch: p.Epoch, Status: p.Status, Root: p.Root.Hex(), PendingRoot: p.PendingRoot.Hex(),
		LeafEncoding: pendingLeafEncoding,
		Leaf: pendingLeafJSON{Account: p.Leaf.Account.Hex(), Source: p.Leaf.Source.Hex(), Pending: p.Leaf.Pending.String(),
			EarliestMaturity: strconv.FormatUint(p.Leaf.EarliestMaturity, 10),
			MaturesAt:        time.Unix(int64(min(p.Leaf.EarliestMaturity, maxJSONTime)), 0).UTC()},
		Proof: hexes(p.Proof),
		MarkerLeaf: [3]string{common.Address{}.Hex(), common.Address{}.Hex(),
			new(big.Int).SetBytes(p.PendingRoot[:]).String()}, // merkle.MarkerLeaf(PendingRoot)
		MarkerProof: hexes(p.MarkerProof),
		To:          a.Info.Distributor.Hex(), ChainID: a.Info.ChainID.String(),
	})
}

type claimAllEntry struct {
	Token            string      `json:"token"`
	Pool             string      `json:"pool,omitempty"`
	Source           string      `json:"source"`
	CumulativeAmount string      `json:"cumulative_amount"`
	Claimed          string      `json:"claimed"`
	Claimable        string      `json:"claimable"`
	Voucher          voucherJSON `json:"voucher"`
}

type claimAllResponse struct {
	Account string          `json:"account"`
	Claims  []claimAllEntry `json:"claims"`
	To      string          `json:"to"`
	ChainID string          `json:"chain_id"`
	// Calldata is claimMany over every entry with something to claim ("" when there is none): one
	// transaction pays the account in every token and pool at once.
	Calldata string `json:"calldata"`
}

// claimAll is every source (token or sponsor pool) the account has something to claim in, each with a fresh
// voucher, and the calldata of one claimMany paying them all. Public, as claim is.
func (a *API) claimAll(c *gin.Context) {
	addr, err := rewards.ParseAddress(c.Param("address"))
	if err != nil {
		a.abort(c, badRequest("address: %s", err))
		return
	}
	if ledger.IsUserAccount(addr) {
		a.abort(c, notFound("%s is a platform user's pseudo-account: it is never claimable", addr.Hex()))
		return
	}
	earned, err := a.Ledger.Earned(c, rewards.Address(addr))
	if err != nil {
		a.abort(c, err)
		return
	}
	out := claimAllResponse{Account: addr.Hex(), Claims: []claimAllEntry{}, To: a.Info.Distributor.Hex(),
		ChainID: a.Info.ChainID.String()}
	var batch []claims.Entry
	deadline := a.voucherDeadline()
	sources := slices.SortedFunc(maps.Keys(earned), func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	for _, source := range sources {
		cum := earned[source]
		claimed, err := a.Chain.Claimed(c, source, addr)
		if err != nil {
			a.abort(c, fmt.Errorf("claimed amount: %w", err))
			return
		}
		if cum.Cmp(claimed) <= 0 {
			continue
		}
		sig, err := a.signVoucher(addr, source, cum, deadline)
		if err != nil {
			a.abort(c, err)
			return
		}
		e := claimAllEntry{Token: source.Hex(), Source: source.Hex(), CumulativeAmount: cum.String(),
			Claimed: claimed.String(), Claimable: new(big.Int).Sub(cum, claimed).String(),
			Voucher: voucherJSON{Deadline: deadline.String(), Signature: hexutil.Encode(sig)}}
		token, pooled, err := a.Ledger.PoolToken(c, source)
		if err != nil {
			a.abort(c, err)
			return
		}
		if pooled {
			e.Token, e.Pool = token.Hex(), source.Hex()
		}
		out.Claims = append(out.Claims, e)
		batch = append(batch, claims.Entry{Account: addr, Source: source, Cumulative: cum, Deadline: deadline, Signature: sig})
	}
	if len(batch) > 0 {
		out.Calldata = hexutil.Encode(claims.ClaimManyCalldata(batch))
	}
	c.JSON(http.StatusOK, out)
}
