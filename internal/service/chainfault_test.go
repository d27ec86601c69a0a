package service_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net/http"
	"os/exec"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/client"
)

// Chain faults: tribed in production mode (internal/service, --rpc-url, a real Redis) against a DevNet whose
// JSON-RPC it reaches through a chaintest.FaultProxy.
//
//	go test ./internal/service/ -run 'TestChainOutage|TestDroppedTransaction|TestRestartInFlight' -v
//	go test ./internal/service/ -run TestChainOutage -chainfault.outage=10s   # a shorter outage

// clientTimeout is the timeout of an API client during the outage: generous, but shorter than an RPC timeout.
const clientTimeout = 5 * time.Second

var outageFlag = flag.Duration("chainfault.outage", time.Minute, "how long the chain's RPC stays down in TestChainOutage")

var (
	distributorABI = bindings.NewRewardsDistributor()
	proposeRootSel = distributorABI.PackProposeRoot([32]byte{}, 0)[:4]
	claimSel       = distributorABI.PackClaimWithVoucher(common.Address{}, common.Address{}, new(big.Int), new(big.Int), nil)[:4]
)

// calls reports whether tx calls the function with selector sel of the contract at to.
func calls(tx *types.Transaction, to common.Address, sel []byte) bool {
	return tx.To() != nil && *tx.To() == to && bytes.HasPrefix(tx.Data(), sel)
}

// claimOf is GET /v1/accounts/{fan}/claims/{token}, with its status.
func claimOf(ctx context.Context, t *testing.T, api string, fan, token common.Address) (int, claimData) {
	t.Helper()
	var d claimData
	st := doJSON(ctx, t, http.MethodGet, api+"/v1/accounts/"+fan.Hex()+"/claims/"+token.Hex(), "", "", &d)
	return st, d
}

// settledAt waits until the active root gives fan a proof of exactly cumulative, and returns its epoch.
func settledAt(ctx context.Context, t *testing.T, api string, fan, token common.Address, cumulative string) uint64 {
	t.Helper()
	var epoch uint64
	eventually(t, ctx, "a root with "+fan.Hex()+"'s total "+cumulative+" active", func() bool {
		st, d := claimOf(ctx, t, api, fan, token)
		if st == http.StatusOK && d.Proof != nil && d.Proof.CumulativeAmount == cumulative {
			epoch = d.Proof.Epoch
			return true
		}
		return false
	})
	return epoch
}

// TestChainOutage: the RPC endpoint goes away for -chainfault.outage (a minute) while awards keep arriving,
// with the connection refused and with every request hanging. Throughout, awards are accepted (201), the
// claims endpoint serves vouchers for the new totals (signing needs no chain), /readyz stays 200 (tribed
// still takes awards and serves vouchers; readiness is not the chain's health), and a relayed claim, which
// needs the chain, is refused with 503 and sends nothing. When the RPC returns, settlement resumes by itself:
// a root holding every award made during the outage is proposed and activates; a relay then pays exactly once,
// and the indexer catches up with it.
func TestChainOutage(t *testing.T) {
	t.Parallel()
	for _, fault := range []chaintest.Fault{chaintest.Refused, chaintest.Hang} {
		t.Run(fault.String(), func(t *testing.T) {
			t.Parallel()
			testOutage(t, fault, *outageFlag)
		})
	}
}

func testOutage(t *testing.T, fault chaintest.Fault, outage time.Duration) {
	e := newProdEnv(t, 2*time.Second)
	api := e.start().APIURL()
	ctx, cancel := context.WithTimeout(context.Background(), outage+5*time.Minute)
	defer cancel()
	c := e.setUp(ctx, api)
	keys := chain.DevKeys()
	fanA, fanBKey := crypto.PubkeyToAddress(keys[2].PublicKey), keys[3]
	fanB := crypto.PubkeyToAddress(fanBKey.PublicKey)
	fb := client.New(api, "")
	if _, err := fb.Login(ctx, fanBKey, 1337); err != nil {
		t.Fatal(err)
	}
	for fan, amount := range map[common.Address]string{fanA: "100", fanB: "40"} {
		if st := c.award(ctx, t, fan, amount, "before"); st != http.StatusCreated {
			t.Fatalf("award before the outage: %d", st)
		}
	}
	base := settledAt(ctx, t, api, fanA, c.token, "100")

	e.proxy.SetFault(fault)
	down := time.Now()
	total, refused := 100, false
	var slowest time.Duration
	for i := 0; time.Since(down) < outage; i++ {
		// Each request gets a client's timeout: an endpoint that waits for the hanging chain fails it.
		rctx, rcancel := context.WithTimeout(ctx, clientTimeout)
		start := time.Now()
		if st := c.award(rctx, t, fanA, "1", fmt.Sprintf("during %d", i)); st != http.StatusCreated {
			t.Fatalf("award %s into the outage: %d, want 201", time.Since(down), st)
		}
		total++
		st, d := claimOf(rctx, t, api, fanA, c.token)
		if st != http.StatusOK || d.CumulativeAmount != fmt.Sprint(total) || d.Calldata == "" || d.To != e.d.Distributor.Hex() {
			t.Fatalf("claim %s into the outage: %d %+v, want a voucher for %d", time.Since(down), st, d, total)
		}
		if st := doJSON(rctx, t, http.MethodGet, api+"/readyz", "", "", nil); st != http.StatusOK {
			t.Fatalf("/readyz %s into the outage: %d, want 200", time.Since(down), st)
		}
		slowest = max(slowest, time.Since(start))
		rcancel()
		if !refused && time.Since(down) > 3*time.Second {
			start := time.Now()
			st, a := relay(ctx, t, api, fb, c.token)
			// "unavailable" is the API's generic 503; "chain_unavailable" once it maps txmgr.ErrUnavailable.
			if st != http.StatusServiceUnavailable || (a.Error.Code != "unavailable" && a.Error.Code != "chain_unavailable") || a.TxHash != "" {
				t.Fatalf("relay during the outage: %d %+v, want 503 unavailable", st, a)
			}
			t.Logf("%s: relay during the outage refused with 503 %q after %s", fault, a.Error.Message, time.Since(start).Round(time.Millisecond))
			refused = true
		}
		time.Sleep(time.Second)
	}
	if !refused {
		t.Fatalf("the outage (%s) was too short to try a relay", outage)
	}
	if a, p := e.chainEpochs(ctx); max(a, p) != base {
		t.Fatalf("the chain moved from epoch %d to %d/%d during the outage", base, a, p)
	}

	e.proxy.SetFault(chaintest.Up)
	back := time.Now()
	eventually(t, ctx, "a root proposed after the outage", func() bool { a, p := e.chainEpochs(ctx); return max(a, p) > base })
	proposed := time.Since(back)
	epoch := settledAt(ctx, t, api, fanA, c.token, fmt.Sprint(total))
	active := time.Since(back)
	if epoch != base+1 {
		t.Fatalf("the awards of the outage are in epoch %d, want %d (the next one)", epoch, base+1)
	}
	t.Logf("%s: slowest award + claim + readyz round during the outage: %s", fault, slowest.Round(time.Millisecond))
	t.Logf("%s: outage %s, %d awards accepted; root proposed %s after the RPC returned, active (proof served) after %s",
		fault, outage, total-100, proposed.Round(time.Millisecond), active.Round(time.Millisecond))

	// The refused relay sent nothing; asked again, it pays fan B exactly once.
	if b := e.balance(ctx, c.token, fanB); b.Sign() != 0 {
		t.Fatalf("fan B holds %s after a refused relay", b)
	}
	st, a := relay(ctx, t, api, fb, c.token)
	if st != http.StatusAccepted || a.Status != "sent" || a.Amount != "40" {
		t.Fatalf("relay after the outage: %d %+v", st, a)
	}
	eventually(t, ctx, "fan B paid", func() bool { return e.balance(ctx, c.token, fanB).Cmp(big.NewInt(40)) == 0 })
	t.Logf("%s: relay paid %s after the RPC returned", fault, time.Since(back).Round(time.Millisecond))
	// The indexer, which failed throughout the outage, catches up: the claim shows as claimed.
	eventually(t, ctx, "fan B's claim indexed", func() bool {
		st, d := claimOf(ctx, t, api, fanB, c.token)
		return st == http.StatusOK && d.Claimed == "40" && d.Claimable == "0"
	})
}

// TestDroppedTransaction: the node acknowledges a root proposal and a relayed claim (eth_sendRawTransaction
// returns their hashes) but loses them. txmgr sees no receipt after its resubmission interval and sends each
// again with the same nonce and fees raised by at least 10%; each confirms exactly once, and tribed's nonce
// advances by exactly one per transaction.
func TestDroppedTransaction(t *testing.T) {
	t.Parallel()
	e := newProdEnv(t, 2*time.Second)
	api := e.start().APIURL()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c := e.setUp(ctx, api)
	keys := chain.DevKeys()
	fanA, fanBKey := crypto.PubkeyToAddress(keys[2].PublicKey), keys[3]
	fanB := crypto.PubkeyToAddress(fanBKey.PublicKey)
	fb := client.New(api, "")
	if _, err := fb.Login(ctx, fanBKey, 1337); err != nil {
		t.Fatal(err)
	}
	for fan, amount := range map[common.Address]string{fanA: "100", fanB: "40"} {
		if st := c.award(ctx, t, fan, amount, "before"); st != http.StatusCreated {
			t.Fatalf("award: %d", st)
		}
	}
	base := settledAt(ctx, t, api, fanA, c.token, "100")
	head, err := e.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n0 := e.nonce(ctx)

	dist := e.d.Distributor
	e.proxy.DropNext(func(tx *types.Transaction) bool { return calls(tx, dist, proposeRootSel) })
	e.proxy.DropNext(func(tx *types.Transaction) bool { return calls(tx, dist, claimSel) })
	if st := c.award(ctx, t, fanA, "5", "after"); st != http.StatusCreated {
		t.Fatalf("award: %d", st)
	}
	st, a := relay(ctx, t, api, fb, c.token)
	if st != http.StatusAccepted || a.Status != "sent" {
		t.Fatalf("relay: %d %+v", st, a)
	}
	eventually(t, ctx, "both transactions dropped", func() bool { return len(e.proxy.Dropped()) == 2 })
	dropped := time.Now()
	epoch := settledAt(ctx, t, api, fanA, c.token, "105")
	eventually(t, ctx, "fan B paid", func() bool { return e.balance(ctx, c.token, fanB).Cmp(big.NewInt(0)) != 0 })
	t.Logf("both dropped transactions confirmed %s after they were dropped (root active, claim paid)", time.Since(dropped).Round(time.Millisecond))

	if epoch != base+1 {
		t.Fatalf("root landed as epoch %d, want %d", epoch, base+1)
	}
	if b := e.balance(ctx, c.token, fanB); b.Cmp(big.NewInt(40)) != 0 {
		t.Fatalf("fan B holds %s, want exactly 40", b)
	}
	if n := e.nonce(ctx); n != n0+2 {
		t.Fatalf("tribed's nonce went from %d to %d, want +2 (one root proposal, one claim)", n0, n)
	}
	mined := minedFrom(ctx, t, e, head+1)
	for _, lost := range e.proxy.Dropped() {
		if _, err := e.eth.TransactionReceipt(ctx, lost.Hash()); !errors.Is(err, ethereum.NotFound) {
			t.Errorf("dropped transaction %s has a receipt (%v)", lost.Hash(), err)
		}
		var again []*types.Transaction
		for _, tx := range mined {
			if bytes.Equal(tx.Data(), lost.Data()) {
				again = append(again, tx)
			}
		}
		if len(again) != 1 {
			t.Fatalf("the dropped transaction with nonce %d was mined %d times, want once", lost.Nonce(), len(again))
		}
		re := again[0]
		minCap := new(big.Int).Div(new(big.Int).Mul(lost.GasFeeCap(), big.NewInt(110)), big.NewInt(100))
		minTip := new(big.Int).Div(new(big.Int).Mul(lost.GasTipCap(), big.NewInt(110)), big.NewInt(100))
		if re.Nonce() != lost.Nonce() || re.GasFeeCap().Cmp(minCap) < 0 || re.GasTipCap().Cmp(minTip) < 0 {
			t.Fatalf("re-sent as nonce %d, fee cap %s, tip %s; dropped: nonce %d, fee cap %s, tip %s (want the same nonce, fees +10%%)",
				re.Nonce(), re.GasFeeCap(), re.GasTipCap(), lost.Nonce(), lost.GasFeeCap(), lost.GasTipCap())
		}
		t.Logf("nonce %d: dropped %s (fee cap %s), re-sent %s (fee cap %s)", lost.Nonce(), lost.Hash(), lost.GasFeeCap(), re.Hash(), re.GasFeeCap())
	}
	// A relay now sends nothing more.
	if st, a := relay(ctx, t, api, fb, c.token); st == http.StatusAccepted && a.Status == "sent" {
		t.Fatalf("a second relay sent another transaction: %+v", a)
	}
}

// minedFrom returns the transactions from tribed's key mined from block from to the head.
func minedFrom(ctx context.Context, t *testing.T, e *prodEnv, from uint64) []*types.Transaction {
	t.Helper()
	head, err := e.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(e.d.ChainID)
	var out []*types.Transaction
	for n := from; n <= head; n++ {
		b, err := e.eth.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if s, err := types.Sender(signer, tx); err == nil && s == e.from {
				out = append(out, tx)
			}
		}
	}
	return out
}

// TestRestartInFlight: tribed stops while a root proposal and a relayed claim are sent but not mined (the
// proxy acknowledges them and holds them back), gracefully (Stop) or by SIGKILL of its process. A new tribed on
// the same Redis and chain resumes the journaled transactions: each confirms once (the nonce advances by
// exactly two, fan B is paid exactly once), the relay never sends a second claim, and the next epoch proceeds.
// The node then receives the held copies too, as a node that had them in its pool would: they change nothing.
func TestRestartInFlight(t *testing.T) {
	t.Parallel()
	for _, kill := range []bool{false, true} {
		name := map[bool]string{false: "stop", true: "kill"}[kill]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			testRestart(t, kill)
		})
	}
}

func testRestart(t *testing.T, kill bool) {
	e := newProdEnv(t, 2*time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var api string
	var stopFirst func()
	if kill {
		var cmd *exec.Cmd
		api, cmd = e.startProcess()
		stopFirst = func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }
	} else {
		svc := e.start()
		api = svc.APIURL()
		stopFirst = func() { e.stop(svc) }
	}
	c := e.setUp(ctx, api)
	keys := chain.DevKeys()
	fanA, fanBKey := crypto.PubkeyToAddress(keys[2].PublicKey), keys[3]
	fanB := crypto.PubkeyToAddress(fanBKey.PublicKey)
	fb := client.New(api, "")
	if _, err := fb.Login(ctx, fanBKey, 1337); err != nil {
		t.Fatal(err)
	}
	for fan, amount := range map[common.Address]string{fanA: "100", fanB: "40"} {
		if st := c.award(ctx, t, fan, amount, "before"); st != http.StatusCreated {
			t.Fatalf("award: %d", st)
		}
	}
	base := settledAt(ctx, t, api, fanA, c.token, "100")
	n0 := e.nonce(ctx)

	e.proxy.Hold(true)
	if st := c.award(ctx, t, fanA, "5", "in flight"); st != http.StatusCreated {
		t.Fatalf("award: %d", st)
	}
	st, sent := relay(ctx, t, api, fb, c.token)
	if st != http.StatusAccepted || sent.Status != "sent" {
		t.Fatalf("relay: %d %+v", st, sent)
	}
	dist := e.d.Distributor
	var held []*types.Transaction
	eventually(t, ctx, "a root proposal and a claim sent", func() bool {
		held = e.proxy.Held()
		var p, c int
		for _, tx := range held {
			if calls(tx, dist, proposeRootSel) {
				p++
			}
			if calls(tx, dist, claimSel) {
				c++
			}
		}
		return p == 1 && c == 1
	})
	stopFirst()
	if len(e.proxy.Held()) != 2 {
		t.Fatalf("held %d transactions, want 2", len(e.proxy.Held()))
	}

	e.proxy.Hold(false)
	restarted := time.Now()
	svc := e.start()
	api = svc.APIURL()
	c.platform.BaseURL = api
	// The node gets the copies it would have held in its pool: already known, or nonce too low once mined.
	for i, err := range e.proxy.Release(ctx) {
		t.Logf("held transaction %s released: %v", held[i].Hash(), err)
	}
	epoch := settledAt(ctx, t, api, fanA, c.token, "105")
	eventually(t, ctx, "fan B paid", func() bool { return e.balance(ctx, c.token, fanB).Sign() != 0 })
	t.Logf("after the restart the root is active and the claim paid in %s", time.Since(restarted).Round(time.Millisecond))
	if epoch != base+1 {
		t.Fatalf("the in-flight root landed as epoch %d, want %d", epoch, base+1)
	}
	if b := e.balance(ctx, c.token, fanB); b.Cmp(big.NewInt(40)) != 0 {
		t.Fatalf("fan B holds %s, want exactly 40", b)
	}
	if n := e.nonce(ctx); n != n0+2 {
		t.Fatalf("tribed's nonce went from %d to %d, want +2 (one root proposal, one claim)", n0, n)
	}
	for _, tx := range held {
		r, err := e.eth.TransactionReceipt(ctx, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("held transaction %s (nonce %d): receipt %+v, %v; want it mined, as resent byte for byte", tx.Hash(), tx.Nonce(), r, err)
		}
	}
	if sent.TxHash != "" && sent.TxHash != heldClaim(held, dist).Hash().Hex() {
		t.Fatalf("the relay answered %s, the claim sent was %s", sent.TxHash, heldClaim(held, dist).Hash())
	}
	// The relay never sends a second claim: it answers the claim in flight, or that nothing is left.
	st, again := relay(ctx, t, api, fb, c.token)
	switch {
	case st == http.StatusAccepted && again.Status == "in_flight" && again.TxHash == sent.TxHash:
		t.Logf("relay after the restart: still in flight (%s), although mined", again.TxHash)
	case st == http.StatusUnprocessableEntity && again.Error.Code == "nothing_to_claim":
	default:
		t.Fatalf("relay after the restart: %d %+v", st, again)
	}
	// The next epoch proceeds.
	if st := c.award(ctx, t, fanA, "7", "after"); st != http.StatusCreated {
		t.Fatalf("award: %d", st)
	}
	if epoch := settledAt(ctx, t, api, fanA, c.token, "112"); epoch != base+2 {
		t.Fatalf("next root landed as epoch %d, want %d", epoch, base+2)
	}
}

func heldClaim(held []*types.Transaction, dist common.Address) *types.Transaction {
	for _, tx := range held {
		if calls(tx, dist, claimSel) {
			return tx
		}
	}
	return nil
}
