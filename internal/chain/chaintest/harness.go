// Package chaintest runs tribe's contracts on go-ethereum's simulated backend for tests: a chain with the
// dev accounts funded and the contracts deployed, and helpers that send transactions and decode reverts.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain"
)

// DisputeWindow is the dispute window of the harness's distributor.
const DisputeWindow = 3600

func init() {
	chain.RegisterErrors(&mocks.MockERC20MetaData, &mocks.MockFeeTokenMetaData, &mocks.ReentrantTokenMetaData,
		&mocks.MockERC1271WalletMetaData)
}

// Harness is one simulated chain with tribe deployed. Keys[0] deployed it and is the admin; Keys[1] may
// propose roots; Keys[2] is the guardian; Keys[3] signs vouchers. Every method fails the test on an
// unexpected error. Not safe for concurrent use.
type Harness struct {
	T          testing.TB
	Sim        *simulated.Backend
	Client     simulated.Client
	ChainID    *big.Int
	Keys       []*ecdsa.PrivateKey
	Deployment *chain.Deployment

	Admin, Proposer, Guardian, Signer *ecdsa.PrivateKey

	// ABI packers/unpackers (not bound to an address).
	Factory     *bindings.CreatorTokenFactory
	Distributor *bindings.RewardsDistributor
	Token       *bindings.CreatorToken
	ERC20       *mocks.MockERC20
}

// New starts a simulated chain (chain id 1337), funds the ten dev accounts and deploys tribe.
func New(t testing.TB) *Harness {
	t.Helper()
	keys := chain.DevKeys()
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, eth *ethconfig.Config) { eth.Genesis.Config = chain.DevChainConfig() })
	t.Cleanup(func() { _ = sim.Close() })
	h := &Harness{
		T: t, Sim: sim, Client: sim.Client(), Keys: keys,
		Admin: keys[0], Proposer: keys[1], Guardian: keys[2], Signer: keys[3],
		Factory:     bindings.NewCreatorTokenFactory(),
		Distributor: bindings.NewRewardsDistributor(),
		Token:       bindings.NewCreatorToken(),
		ERC20:       mocks.NewMockERC20(),
	}
	var err error
	if h.ChainID, err = h.Client.ChainID(context.Background()); err != nil {
		t.Fatalf("chain id: %v", err)
	}
	opts := bind.NewKeyedTransactor(h.Admin, h.ChainID)
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() { h.mineUntil(done); close(stopped) }() // Deploy waits for receipts; mine meanwhile.
	h.Deployment, err = chain.Deploy(context.Background(), h.Client, opts, chain.DeployConfig{
		RootProposer:  h.Addr(h.Proposer),
		Guardian:      h.Addr(h.Guardian),
		Signers:       []common.Address{h.Addr(h.Signer)},
		DisputeWindow: DisputeWindow,
	})
	close(done)
	<-stopped // the test's own Commits must not race with the miner's last one
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return h
}

// mineUntil mines a block every 20 ms until done. The simulated pool reports pending transactions with a
// delay, so it mines unconditionally; empty blocks during deployment are harmless.
func (h *Harness) mineUntil(done chan struct{}) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
			h.Sim.Commit()
		}
	}
}

// Addr is the address of key.
func (h *Harness) Addr(key *ecdsa.PrivateKey) common.Address {
	return crypto.PubkeyToAddress(key.PublicKey)
}

// NewKey returns a fresh key whose address holds nothing (a new fan, say).
func (h *Harness) NewKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		h.T.Fatal(err)
	}
	return k
}

// Fund sends 10 ETH from the admin to addr.
func (h *Harness) Fund(addr common.Address) {
	h.T.Helper()
	h.send(h.Admin, &addr, nil, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)), 21_000)
}

// Transact sends data from key to `to` and mines it. If the call would revert it sends nothing and returns
// the decoded *chain.RevertError; otherwise it returns the successful receipt.
func (h *Harness) Transact(key *ecdsa.PrivateKey, to common.Address, data []byte) (*types.Receipt, error) {
	h.T.Helper()
	ctx := context.Background()
	msg := ethereum.CallMsg{From: h.Addr(key), To: &to, Data: data}
	gas, err := h.Client.EstimateGas(ctx, msg)
	if err != nil {
		if rev := chain.DecodeRevert(err); rev != nil {
			return nil, rev
		}
		h.T.Fatalf("estimate gas: %v", err)
	}
	return h.send(key, &to, data, nil, gas), nil
}

// MustTransact is Transact for calls that must succeed.
func (h *Harness) MustTransact(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	h.T.Helper()
	r, err := h.Transact(key, to, data)
	if err != nil {
		h.T.Fatalf("transaction to %s reverted: %v", to, err)
	}
	return r
}

// ExpectRevert sends data from key to `to` and fails the test unless it reverts with the custom error `name`.
// It returns the decoded error for assertions on its arguments.
func (h *Harness) ExpectRevert(key *ecdsa.PrivateKey, to common.Address, data []byte, name string) *chain.RevertError {
	h.T.Helper()
	r, err := h.Transact(key, to, data)
	if err == nil {
		h.T.Fatalf("expected revert %s, but the transaction succeeded (gas %d)", name, r.GasUsed)
	}
	rev, ok := err.(*chain.RevertError)
	if !ok || rev.Name != name {
		h.T.Fatalf("expected revert %s, got %v", name, err)
	}
	return rev
}

func (h *Harness) send(key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int, gas uint64) *types.Receipt {
	h.T.Helper()
	ctx := context.Background()
	from := h.Addr(key)
	nonce, err := h.Client.PendingNonceAt(ctx, from)
	if err != nil {
		h.T.Fatal(err)
	}
	head, err := h.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		h.T.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(h.ChainID), &types.DynamicFeeTx{
		ChainID: h.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data,
	})
	if err != nil {
		h.T.Fatal(err)
	}
	if err := h.Client.SendTransaction(ctx, tx); err != nil {
		h.T.Fatalf("send: %v", err)
	}
	h.Sim.Commit()
	r, err := h.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		h.T.Fatalf("receipt: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		h.T.Fatalf("transaction %s failed after a successful estimate (gas used %d of %d)", tx.Hash(), r.GasUsed, gas)
	}
	return r
}

// Call runs a read-only call against the latest block.
func (h *Harness) Call(to common.Address, data []byte) []byte {
	h.T.Helper()
	out, err := h.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		h.T.Fatalf("call %s: %v", to, err)
	}
	return out
}

// DeployContract deploys bytecode (hex, as in a binding's MetaData.Bin) with ABI-encoded constructor args.
func (h *Harness) DeployContract(key *ecdsa.PrivateKey, bin string, args []byte) common.Address {
	h.T.Helper()
	code := append(common.FromHex(bin), args...)
	gas, err := h.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: h.Addr(key), Data: code})
	if err != nil {
		h.T.Fatalf("estimate deployment: %v", err)
	}
	r := h.send(key, nil, code, nil, gas)
	return r.ContractAddress
}

// Now is the timestamp of the latest block. The next transaction is mined at least one second later.
func (h *Harness) Now() uint64 {
	h.T.Helper()
	head, err := h.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		h.T.Fatal(err)
	}
	return head.Time
}

// AdvanceTime mines an empty block d later than the latest one.
func (h *Harness) AdvanceTime(d time.Duration) {
	h.T.Helper()
	// The pool drops mined transactions in the background; until it has, AdjustTime refuses to seal.
	var err error
	for range 200 {
		if err = h.Sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	h.T.Fatal(err)
}

// CreateToken creates a CreatorToken owned by creator (sent by the creator itself) and returns its address.
func (h *Harness) CreateToken(creator *ecdsa.PrivateKey, name, symbol string, maxSupply, allocation *big.Int, salt [32]byte) common.Address {
	h.T.Helper()
	h.MustTransact(creator, h.Deployment.Factory, h.Factory.PackCreateToken(name, symbol, maxSupply, allocation, salt))
	return h.PredictToken(h.Addr(creator), salt)
}

// PredictToken is the factory's predictTokenAddress.
func (h *Harness) PredictToken(creator common.Address, salt [32]byte) common.Address {
	h.T.Helper()
	out, err := h.Factory.UnpackPredictTokenAddress(h.Call(h.Deployment.Factory, h.Factory.PackPredictTokenAddress(creator, salt)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

// MintModeToken creates a token owned by creator and makes the distributor one of its minters.
func (h *Harness) MintModeToken(creator *ecdsa.PrivateKey, symbol string, maxSupply *big.Int) common.Address {
	h.T.Helper()
	token := h.CreateToken(creator, "Token "+symbol, symbol, maxSupply, new(big.Int), crypto.Keccak256Hash([]byte(symbol)))
	h.MustTransact(creator, token, h.Token.PackSetMinter(h.Deployment.Distributor, true))
	return token
}

// SponsorPool deploys a MockERC20 named after symbol, mints `amount` to owner, creates a sponsor pool of it owned
// by owner (salt: keccak256(symbol)) and deposits it all (approve, then fundPool; nothing if amount is 0). It
// returns the ERC-20 and the pool.
func (h *Harness) SponsorPool(owner *ecdsa.PrivateKey, symbol string, amount *big.Int) (token, pool common.Address) {
	h.T.Helper()
	token = h.DeployContract(h.Admin, mocks.MockERC20MetaData.Bin, h.ERC20.PackConstructor("Mock "+symbol, symbol))
	pool = h.CreatePool(owner, token, crypto.Keccak256Hash([]byte(symbol)))
	if amount.Sign() != 0 {
		h.FundPool(owner, token, pool, amount)
	}
	return token, pool
}

// CreatePool creates a sponsor pool of the ERC-20 token owned by owner and returns its address.
func (h *Harness) CreatePool(owner *ecdsa.PrivateKey, token common.Address, salt [32]byte) common.Address {
	h.T.Helper()
	h.MustTransact(owner, h.Deployment.Distributor, h.Distributor.PackCreatePool(token, salt))
	pool, err := h.Distributor.UnpackPredictPoolAddress(h.Call(h.Deployment.Distributor,
		h.Distributor.PackPredictPoolAddress(h.Addr(owner), token, salt)))
	if err != nil {
		h.T.Fatal(err)
	}
	return pool
}

// FundPool mints amount of the MockERC20 token to from, approves the distributor and deposits it into pool.
func (h *Harness) FundPool(from *ecdsa.PrivateKey, token, pool common.Address, amount *big.Int) {
	h.T.Helper()
	h.MustTransact(from, token, h.ERC20.PackMint(h.Addr(from), amount))
	h.MustTransact(from, token, h.ERC20.PackApprove(h.Deployment.Distributor, amount))
	h.MustTransact(from, h.Deployment.Distributor, h.Distributor.PackFundPool(pool, amount))
}

// BalanceOf is token.balanceOf(account) for any ERC-20.
func (h *Harness) BalanceOf(token, account common.Address) *big.Int {
	h.T.Helper()
	out, err := h.Token.UnpackBalanceOf(h.Call(token, h.Token.PackBalanceOf(account)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

// Claimed is distributor.claimed(token, account).
func (h *Harness) Claimed(token, account common.Address) *big.Int {
	h.T.Helper()
	out, err := h.Distributor.UnpackClaimed(h.Call(h.Deployment.Distributor, h.Distributor.PackClaimed(token, account)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

// SignVoucher signs a voucher with key for the harness's distributor, using the digest the contract itself
// computes (voucherDigest), so tests of the contract do not depend on the Go EIP-712 encoder.
func (h *Harness) SignVoucher(key *ecdsa.PrivateKey, account, token common.Address, cumulative, deadline *big.Int) []byte {
	h.T.Helper()
	digest, err := h.Distributor.UnpackVoucherDigest(h.Call(h.Deployment.Distributor,
		h.Distributor.PackVoucherDigest(account, token, cumulative, deadline)))
	if err != nil {
		h.T.Fatal(err)
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		h.T.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// ClaimedEvents decodes the distributor's Claimed events in r, in log order.
func (h *Harness) ClaimedEvents(r *types.Receipt) []*bindings.RewardsDistributorClaimed {
	h.T.Helper()
	var out []*bindings.RewardsDistributorClaimed
	for _, l := range r.Logs {
		if l.Address != h.Deployment.Distributor {
			continue
		}
		if ev, err := h.Distributor.UnpackClaimedEvent(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}
