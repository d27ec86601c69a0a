// Package chain connects tribe to an Ethereum chain: deploying the contracts, decoding their errors, and the
// embedded development chain.
package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
)

// Backend is what deploying needs: sending transactions, reading state and waiting for receipts.
// ethclient.Client and simulated.Client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deployment is where a tribe deployment lives. It is what `tribectl deploy` writes and `tribed` reads.
type Deployment struct {
	ChainID             *big.Int       `json:"chain_id"`
	Factory             common.Address `json:"factory"`
	Distributor         common.Address `json:"distributor"`
	TokenImplementation common.Address `json:"token_implementation"`
	// Block is the block of the first deployment transaction: indexers start there.
	Block uint64 `json:"block"`
}

// ReadDeployment reads a deployment file as `tribectl deploy` writes it.
func ReadDeployment(path string) (*Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	return &d, nil
}

// DeployConfig chooses who holds the distributor's roles. Zero addresses are left unset, except Admin,
// which defaults to the deployer.
type DeployConfig struct {
	Admin         common.Address
	RootProposer  common.Address
	Guardian      common.Address
	Signers       []common.Address
	DisputeWindow uint32 // seconds
	// WithdrawalNotice, in seconds, is set on the distributor when not 0 (else the contract's default).
	WithdrawalNotice uint32
}

// ErrReverted is returned when a transaction is mined but fails.
var ErrReverted = errors.New("transaction reverted")

// Deploy deploys the distributor and the factory (which deploys the CreatorToken implementation) with
// opts.From as the deployer, then grants the configured roles and signers. Roles can only be granted here
// when the deployer is the admin; otherwise the admin grants them later. Cancelling ctx stops waiting for
// receipts; transactions already sent stay sent.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, cfg DeployConfig) (*Deployment, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: chain id: %w", err)
	}
	if cfg.Admin == (common.Address{}) {
		cfg.Admin = opts.From
	}
	d := &Deployment{ChainID: chainID}

	dist := bindings.NewRewardsDistributor()
	distributor, receipt, err := deploy(ctx, b, opts, bindings.RewardsDistributorMetaData.Bin,
		dist.PackConstructor(cfg.Admin, cfg.DisputeWindow))
	if err != nil {
		return nil, fmt.Errorf("deploy distributor: %w", err)
	}
	d.Distributor, d.Block = distributor, receipt.BlockNumber.Uint64()

	f := bindings.NewCreatorTokenFactory()
	d.Factory, _, err = deploy(ctx, b, opts, bindings.CreatorTokenFactoryMetaData.Bin, f.PackConstructor(d.Distributor))
	if err != nil {
		return nil, fmt.Errorf("deploy factory: %w", err)
	}

	d.TokenImplementation, err = bind.Call(f.Instance(b, d.Factory), &bind.CallOpts{Context: ctx},
		f.PackImplementation(), f.UnpackImplementation)
	if err != nil {
		return nil, fmt.Errorf("deploy: read implementation: %w", err)
	}

	if cfg.Admin != opts.From {
		return d, nil
	}
	var calls [][]byte
	if cfg.RootProposer != (common.Address{}) {
		calls = append(calls, dist.PackGrantRole(roleID("ROOT_PROPOSER_ROLE"), cfg.RootProposer))
	}
	if cfg.Guardian != (common.Address{}) {
		calls = append(calls, dist.PackGrantRole(roleID("GUARDIAN_ROLE"), cfg.Guardian))
	}
	for _, s := range cfg.Signers {
		calls = append(calls, dist.PackAddSigner(s))
	}
	if cfg.WithdrawalNotice != 0 {
		calls = append(calls, dist.PackSetWithdrawalNotice(cfg.WithdrawalNotice))
	}
	inst := dist.Instance(b, d.Distributor)
	for _, data := range calls {
		if _, err := transactAndWait(ctx, b, inst, opts, data); err != nil {
			return nil, fmt.Errorf("deploy: configure distributor: %w", err)
		}
	}
	return d, nil
}

func deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, bin string, args []byte) (common.Address, *types.Receipt, error) {
	o := *opts
	o.Context = ctx
	addr, tx, err := bind.DeployContract(&o, common.FromHex(bin), b, args)
	if err != nil {
		return common.Address{}, nil, err
	}
	r, err := WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return common.Address{}, nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, nil, ErrReverted
	}
	return addr, r, nil
}

func transactAndWait(ctx context.Context, b Backend, c *bind.BoundContract, opts *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	o := *opts
	o.Context = ctx
	tx, err := bind.Transact(c, &o, data)
	if err != nil {
		return nil, err
	}
	r, err := WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, ErrReverted
	}
	return r, nil
}

// ReceiptReader reads transaction receipts (any Backend, ethclient, the simulated chain).
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// WaitMined polls for the receipt of hash every 100 ms until it is mined or ctx ends (bind.WaitMined polls once
// a second, which makes a deployment on a dev chain take seconds). It does not look at the receipt's status.
func WaitMined(ctx context.Context, b ReceiptReader, hash common.Hash) (*types.Receipt, error) {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		// Not mined yet, or a fresh node still indexing: both mean "ask again".
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}

// roleID is the AccessControl role identifier keccak256(name).
func roleID(name string) [32]byte {
	return [32]byte(crypto.Keccak256Hash([]byte(name)))
}
