package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// devGasLimit is the block gas limit of the development chain (mainnet's current limit).
	devGasLimit = 60_000_000
	// devBatchWindow is how long the miner waits after the first new transaction for others sent at the same
	// time, so that a burst lands in one block rather than in one block per transaction.
	devBatchWindow = 10 * time.Millisecond
	// devIndexWait bounds how long StartDevNet waits for the transaction indexer to catch up.
	devIndexWait = 5 * time.Second
	// devSendWait bounds how long eth_sendRawTransaction over HTTP waits for its transaction to be mined.
	devSendWait = 2 * time.Second
	// devBodyLimit is the largest request the RPC proxy inspects: the node's own limit.
	devBodyLimit = 5 << 20
	// devNonceCache is how long ethers v6 (JsonRpcProvider's default cacheTimeout) reuses the answer to an
	// identical request, eth_getTransactionCount(addr, "pending") included. A send answered sooner than that
	// after its sender's nonce was read would leave the sender's next send with the cached, spent nonce
	// ("nonce has already been used"), so the proxy holds such an answer until the cache has expired.
	devNonceCache = 260 * time.Millisecond
)

// DevFunding is the balance of each dev account at genesis: 10,000 ETH.
var DevFunding = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// DevNet is an in-process Ethereum chain for development: go-ethereum's simulated backend with DevChainConfig
// (chain id 1337), the ten DevKeys accounts funded with 10,000 ETH each, a block mined as soon as transactions
// are pending, and JSON-RPC served over HTTP so wallets, ethers and viem can connect.
//
// It is assembled from the same parts as ethclient/simulated.Backend (a node, the eth service, the filter
// API and a simulated beacon), because simulated.Backend hides its node (and so the port its HTTP server
// bound) and panics, rather than failing, when that port is taken.
//
// Like Hardhat's and Anvil's automine, eth_sendRawTransaction over HTTP answers once the transaction is
// mined (or after devSendWait if it cannot be). Clients that wait for a receipt by watching for new blocks
// (ethers' tx.wait(), viem's waitForTransactionReceipt) otherwise miss a transaction mined between their
// first receipt check and their first block poll, and, as no further block comes on an idle chain, wait
// forever. To do this the node serves HTTP on a private loopback port, behind a proxy on RPCAddr.
//
// Its methods are safe for concurrent use.
type DevNet struct {
	node    *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client
	chainID *big.Int
	rpcURL  string
	rpc     *http.Server // nil without RPCAddr
	log     *slog.Logger

	idle time.Duration
	lead uint64 // MaxLead in whole seconds
	// nonceReads is when each account's transaction count was last asked over HTTP (see devNonceCache).
	nonceMu    sync.Mutex
	nonceReads map[common.Address]time.Time
	quit       chan struct{}
	loops      sync.WaitGroup
	closeOnce  sync.Once
	closeErr   error
}

// DevNetConfig configures StartDevNet.
type DevNetConfig struct {
	// RPCAddr is where JSON-RPC is served over HTTP, e.g. "127.0.0.1:8545". Port 0 picks a free port
	// (RPCURL tells which); an empty host means 127.0.0.1 (write "0.0.0.0:8545" to listen on every
	// interface); an empty RPCAddr serves no HTTP at all, only the in-process client.
	RPCAddr string
	// IdleBlock, if set, mines an empty block whenever no block was mined for that long, so the chain's time
	// (block.timestamp: voucher deadlines, dispute windows, payout periods) follows the wall clock even when
	// no transactions arrive — like anvil --block-time. 0 mines only for transactions.
	IdleBlock time.Duration
	// MaxLead bounds how far the chain's clock runs ahead of the wall clock. Every block is at least a second
	// after its parent (consensus requires a later timestamp), so quick successive transactions, each mined in
	// its own block, would otherwise push block.timestamp ahead by a second each. With MaxLead set, a block
	// that would be stamped more than MaxLead ahead waits for the wall clock: bursts of up to MaxLead blocks
	// are mined at once, longer ones at a block per second. 0: no bound (fastest; time drifts).
	MaxLead time.Duration
	// Logger receives the dev chain's own messages; nil discards them. go-ethereum's internal logging is
	// left as it is (discarded unless the program installed a go-ethereum root logger).
	Logger *slog.Logger
}

// StartDevNet starts the development chain. It fails, having released everything it opened, if the RPC
// address cannot be listened on. Call Close when done.
func StartDevNet(cfg DevNetConfig) (*DevNet, error) {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	chainCfg := DevChainConfig()

	nodeConf := node.DefaultConfig
	nodeConf.DataDir = "" // in memory
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	var ln net.Listener
	if cfg.RPCAddr != "" {
		host, port, err := net.SplitHostPort(cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("start dev chain: rpc address %q: %w", cfg.RPCAddr, err)
		}
		if host == "" {
			host = "127.0.0.1"
		}
		// Listen first: a taken port fails here, before anything else is built.
		if ln, err = net.Listen("tcp", net.JoinHostPort(host, port)); err != nil {
			return nil, fmt.Errorf("start dev chain: rpc: %w", err)
		}
		nodeConf.HTTPHost = "127.0.0.1" // private; reached through the proxy on ln
		nodeConf.HTTPPort = 0
		nodeConf.HTTPModules = []string{"eth", "net", "web3"}
		nodeConf.HTTPCors = []string{"*"}
		nodeConf.HTTPVirtualHosts = []string{"*"}
	}
	closeLn := func() {
		if ln != nil {
			_ = ln.Close()
		}
	}

	alloc := core.SystemContractAllocs() // the forks enabled at genesis call into these
	maps.Copy(alloc, DevAlloc())
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: chainCfg, GasLimit: devGasLimit, Alloc: alloc}
	ethConf.Miner.GasCeil = devGasLimit
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// Refuse at submission what the miner would never include, rather than leaving it pending forever.
	ethConf.TxPool.PriceLimit = ethConf.Miner.GasPrice.Uint64()
	// No log index: eth_getLogs scans blocks, which is plenty for a development chain and keeps memory flat.
	ethConf.LogNoHistory = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		closeLn()
		return nil, fmt.Errorf("start dev chain: node: %w", err)
	}
	d := &DevNet{node: stack, chainID: new(big.Int).Set(chainCfg.ChainID), log: logger, idle: cfg.IdleBlock,
		lead: uint64(cfg.MaxLead / time.Second), nonceReads: map[common.Address]time.Time{}, quit: make(chan struct{})}
	if err := d.build(&ethConf); err != nil {
		closeLn()
		_ = stack.Close()
		return nil, fmt.Errorf("start dev chain: %w", err)
	}

	// Mine before serving, so that no transaction arrives unwatched.
	kick := make(chan struct{}, 1)
	txs := make(chan core.NewTxsEvent, 16)
	sub := d.eth.TxPool().SubscribeTransactions(txs, true)
	d.loops.Add(2)
	go d.watch(sub.Err(), txs, kick, sub.Unsubscribe)
	go d.mine(kick)

	if ln != nil {
		upstream, err := url.Parse(stack.HTTPEndpoint())
		if err != nil {
			closeLn()
			_ = d.Close()
			return nil, fmt.Errorf("start dev chain: node endpoint: %w", err)
		}
		d.rpc = &http.Server{Handler: d.rpcProxy(upstream), ReadHeaderTimeout: 10 * time.Second,
			ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelDebug)}
		go func() { _ = d.rpc.Serve(ln) }()
		d.rpcURL = "http://" + ln.Addr().String()
		if addr, ok := ln.Addr().(*net.TCPAddr); ok && addr.IP.IsUnspecified() {
			d.rpcURL = "http://" + net.JoinHostPort("127.0.0.1", strconv.Itoa(addr.Port))
		}
	}

	logger.Info("dev chain started", "chain_id", d.chainID, "rpc", d.rpcURL)
	return d, nil
}

// build registers the eth service and the filter API on d.node, starts the node and sets up the beacon.
func (d *DevNet) build(ethConf *ethconfig.Config) error {
	backend, err := eth.New(d.node, ethConf)
	if err != nil {
		return fmt.Errorf("eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	d.node.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if err := d.node.Start(); err != nil {
		return err
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return fmt.Errorf("beacon: %w", err)
	}
	if err := beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
		return fmt.Errorf("beacon: %w", err)
	}
	d.eth, d.beacon = backend, beacon
	d.client = ethclient.NewClient(d.node.Attach())
	// On a chain that is only its genesis the transaction indexer has not run, and eth_getTransactionReceipt
	// answers "transaction indexing is in progress" instead of null, which clients waiting for a receipt
	// (ethers, viem, bind.WaitMined) may take for a failure. One empty block starts the indexer; wait for it
	// to finish (milliseconds). The chain therefore starts at block 1.
	beacon.Commit()
	start := time.Now()
	for !backend.BlockChain().TxIndexDone() {
		if time.Since(start) > devIndexWait {
			d.log.Warn("dev chain: transaction indexer still catching up", "waited", time.Since(start))
			break
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

// DevAlloc is the genesis allocation of the development chain: each of DevKeys holds DevFunding.
func DevAlloc() types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for _, k := range DevKeys() {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Set(DevFunding)}
	}
	return alloc
}

// watch turns the pool's new-transaction events, whatever their source (in-process or HTTP), into kicks for
// the miner. It never blocks on the miner: the pool sends its events while holding up its own reset, which
// the miner waits for when it seals a block.
func (d *DevNet) watch(errc <-chan error, txs <-chan core.NewTxsEvent, kick chan<- struct{}, unsubscribe func()) {
	defer d.loops.Done()
	defer unsubscribe()
	for {
		select {
		case <-d.quit:
			return
		case err := <-errc:
			if err != nil {
				d.log.Warn("dev chain: transaction subscription ended", "err", err)
			}
			return
		case <-txs:
			select {
			case kick <- struct{}{}:
			default: // a kick is already waiting
			}
		}
	}
}

// mine seals blocks while executable transactions are pending, once kicked. It never seals a block when
// nothing is pending, and stops after a block that included nothing (a pending transaction the miner will
// not take, say one whose fee cap is below the base fee) until the next transaction arrives.
func (d *DevNet) mine(kick <-chan struct{}) {
	defer d.loops.Done()
	pool := d.eth.TxPool()
	var idle <-chan time.Time
	if d.idle > 0 {
		t := time.NewTicker(d.idle)
		defer t.Stop()
		idle = t.C
	}
	for {
		select {
		case <-d.quit:
			return
		case <-idle:
			if head := d.eth.BlockChain().CurrentBlock(); time.Since(time.Unix(int64(head.Time), 0)) >= d.idle {
				d.beacon.Commit()
			}
			continue
		case <-kick:
		}
		select { // let a burst of transactions gather into one block
		case <-d.quit:
			return
		case <-time.After(devBatchWindow):
		}
		for {
			if err := pool.Sync(); err != nil {
				d.log.Warn("dev chain: transaction pool sync", "err", err)
				break
			}
			if pending, _ := pool.Stats(); pending == 0 {
				break
			}
			if !d.waitClock() {
				return
			}
			d.beacon.Commit()
			head := d.eth.BlockChain().CurrentBlock()
			if head.TxHash == types.EmptyTxsHash {
				pending, _ := pool.Stats()
				d.log.Warn("dev chain: pending transactions could not be mined (fee cap below base fee?)",
					"pending", pending, "block", head.Number)
				break
			}
			d.log.Debug("dev chain: mined block", "number", head.Number, "gas_used", head.GasUsed)
		}
	}
}

// waitClock waits, when a lead is set, until the next block would be stamped at most lead seconds after the
// wall clock: the beacon stamps it max(now, parent + 1). It reports false if d is closing.
func (d *DevNet) waitClock() bool {
	for {
		select {
		case <-d.quit:
			return false
		default:
		}
		if d.lead == 0 {
			return true
		}
		next := d.eth.BlockChain().CurrentBlock().Time + 1
		catchUp := time.Until(time.Unix(int64(next-d.lead), 0))
		if catchUp <= 0 {
			return true
		}
		select {
		case <-d.quit:
			return false
		case <-time.After(catchUp):
		}
	}
}

// rpcProxy forwards JSON-RPC over HTTP to the node and, for eth_sendRawTransaction, answers only once the
// transaction is mined (see DevNet).
func (d *DevNet) rpcProxy(upstream *url.URL) http.Handler {
	proxy := httputil.NewSingleHostReverseProxy(upstream)
	proxy.ErrorLog = slog.NewLogLogger(d.log.Handler(), slog.LevelDebug)
	proxy.ModifyResponse = func(resp *http.Response) error {
		sent, _ := resp.Request.Context().Value(sentTxsKey{}).([]common.Hash)
		if len(sent) == 0 {
			return nil
		}
		body, err := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
		if err != nil {
			return err
		}
		var accepted []common.Hash // those the node answered with their hash, not an error
		for _, h := range sent {
			if bytes.Contains(body, []byte(h.Hex())) {
				accepted = append(accepted, h)
			}
		}
		d.waitMined(resp.Request.Context(), accepted)
		senders, _ := resp.Request.Context().Value(sendersKey{}).([]common.Address)
		d.waitNonceCache(resp.Request.Context(), senders)
		return nil
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.Body != nil {
			body, err := io.ReadAll(io.LimitReader(r.Body, devBodyLimit+1))
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), r.Body))
			d.noteNonceReads(body)
			if hashes, senders := d.rawTxs(body); len(hashes) > 0 {
				ctx := context.WithValue(r.Context(), sentTxsKey{}, hashes)
				r = r.WithContext(context.WithValue(ctx, sendersKey{}, senders))
				r.Header.Del("Accept-Encoding") // a plain response, to find the hashes in
			}
		}
		proxy.ServeHTTP(w, r)
	})
}

type (
	sentTxsKey struct{}
	sendersKey struct{}
)

type rpcCall struct {
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// rpcCalls parses a JSON-RPC request or batch if it mentions method; nil otherwise.
func rpcCalls(body []byte, method string) []rpcCall {
	if !bytes.Contains(body, []byte(method)) {
		return nil
	}
	var calls []rpcCall
	if body = bytes.TrimSpace(body); len(body) > 0 && body[0] == '[' {
		if json.Unmarshal(body, &calls) != nil {
			return nil
		}
	} else {
		var c rpcCall
		if json.Unmarshal(body, &c) != nil {
			return nil
		}
		calls = []rpcCall{c}
	}
	return calls
}

// rawTxs returns the hashes and senders of the transactions in the eth_sendRawTransaction calls of a
// JSON-RPC request or batch.
func (d *DevNet) rawTxs(body []byte) (hashes []common.Hash, senders []common.Address) {
	signer := types.LatestSignerForChainID(d.chainID)
	for _, c := range rpcCalls(body, "eth_sendRawTransaction") {
		if c.Method != "eth_sendRawTransaction" || len(c.Params) == 0 {
			continue
		}
		var raw hexutil.Bytes
		var tx types.Transaction
		if json.Unmarshal(c.Params[0], &raw) == nil && tx.UnmarshalBinary(raw) == nil {
			hashes = append(hashes, tx.Hash())
			if from, err := types.Sender(signer, &tx); err == nil {
				senders = append(senders, from)
			}
		}
	}
	return hashes, senders
}

// noteNonceReads records when the eth_getTransactionCount calls in body asked for each account.
func (d *DevNet) noteNonceReads(body []byte) {
	now := time.Now()
	for _, c := range rpcCalls(body, "eth_getTransactionCount") {
		var a common.Address
		if c.Method != "eth_getTransactionCount" || len(c.Params) == 0 || json.Unmarshal(c.Params[0], &a) != nil {
			continue
		}
		d.nonceMu.Lock()
		d.nonceReads[a] = now
		if len(d.nonceReads) > 10_000 { // a bound, whatever clients do; forgetting only costs the wait
			clear(d.nonceReads)
		}
		d.nonceMu.Unlock()
	}
}

// waitNonceCache holds a send's answer until devNonceCache after its senders' nonces were last read.
func (d *DevNet) waitNonceCache(ctx context.Context, senders []common.Address) {
	var until time.Time
	d.nonceMu.Lock()
	for _, a := range senders {
		if t, ok := d.nonceReads[a]; ok && t.Add(devNonceCache).After(until) {
			until = t.Add(devNonceCache)
		}
	}
	d.nonceMu.Unlock()
	if wait := time.Until(until); wait > 0 {
		select {
		case <-time.After(wait):
		case <-ctx.Done():
		case <-d.quit:
		}
	}
}

// waitMined waits until every transaction in hashes is in the canonical chain, for at most devSendWait.
func (d *DevNet) waitMined(ctx context.Context, hashes []common.Hash) {
	deadline := time.NewTimer(devSendWait)
	defer deadline.Stop()
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for len(hashes) > 0 {
		if found, _, _, _, _ := d.eth.APIBackend.GetCanonicalTransaction(hashes[0]); found {
			hashes = hashes[1:]
			continue
		}
		select {
		case <-tick.C:
		case <-deadline.C:
			d.log.Debug("dev chain: answering eth_sendRawTransaction before its transaction was mined", "hash", hashes[0])
			return
		case <-ctx.Done():
			return
		case <-d.quit:
			return
		}
	}
}

// Client returns an in-process client of the chain (go-ethereum's ethclient over the node's in-process
// RPC). It stops working after Close.
func (d *DevNet) Client() Backend { return d.client }

// EthClient is Client with its concrete type, for callers that need more than Backend (nonces at a block,
// block numbers, pending counts).
func (d *DevNet) EthClient() *ethclient.Client { return d.client }

// RPCURL is the URL of the HTTP JSON-RPC endpoint with the port actually bound, e.g.
// "http://127.0.0.1:8545"; "" if DevNetConfig.RPCAddr was empty.
func (d *DevNet) RPCURL() string { return d.rpcURL }

// ChainID is the chain id, 1337.
func (d *DevNet) ChainID() *big.Int { return new(big.Int).Set(d.chainID) }

// Close stops mining, the RPC server and the node. Calling it again returns the first call's result.
func (d *DevNet) Close() error {
	d.closeOnce.Do(func() {
		var err error
		if d.rpc != nil {
			err = d.rpc.Close()
		}
		close(d.quit)
		d.loops.Wait()
		d.client.Close()
		d.closeErr = errors.Join(err, d.beacon.Stop(), d.node.Close())
		d.log.Info("dev chain stopped")
	})
	return d.closeErr
}
