package chain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tribe-rewards/tribe/internal/chain"
)

// deadline bounds every wait on the dev chain. Mining takes milliseconds; this only keeps a broken miner from
// hanging the test run.
const deadline = 20 * time.Second

func startDevNet(t *testing.T) *chain.DevNet {
	t.Helper()
	d, err := chain.StartDevNet(chain.DevNetConfig{RPCAddr: "127.0.0.1:0", Logger: testLogger(t)})
	if err != nil {
		t.Fatalf("start dev chain: %v", err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

func dialHTTP(t *testing.T, d *chain.DevNet) *ethclient.Client {
	t.Helper()
	if !strings.HasPrefix(d.RPCURL(), "http://127.0.0.1:") || strings.HasSuffix(d.RPCURL(), ":0") {
		t.Fatalf("RPCURL = %q, want http://127.0.0.1:<bound port>", d.RPCURL())
	}
	c, err := ethclient.Dial(d.RPCURL())
	if err != nil {
		t.Fatalf("dial %s: %v", d.RPCURL(), err)
	}
	t.Cleanup(c.Close)
	return c
}

// waitReceipt polls for the receipt of hash until it appears or the deadline passes.
func waitReceipt(t *testing.T, c ethereum.TransactionReader, hash common.Hash) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	for {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		if ctx.Err() != nil {
			t.Fatalf("transaction %s not mined within %s (last error: %v)", hash, deadline, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func transfer(t *testing.T, c *ethclient.Client, key int, to common.Address, wei int64) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	k := chain.DevKeys()[key]
	nonce, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       21_000, To: &to, Value: big.NewInt(wei),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil { // eth_sendRawTransaction
		t.Fatalf("send: %v", err)
	}
	return tx
}

func TestDevNetServesJSONRPCOverHTTP(t *testing.T) {
	t.Parallel()
	d := startDevNet(t)
	c := dialHTTP(t, d)
	ctx := context.Background()

	var raw string
	if err := c.Client().CallContext(ctx, &raw, "eth_chainId"); err != nil {
		t.Fatal(err)
	}
	if raw != "0x539" {
		t.Errorf("eth_chainId = %s, want 0x539", raw)
	}
	if d.ChainID().Int64() != 1337 {
		t.Errorf("ChainID() = %v, want 1337", d.ChainID())
	}
	var version string
	if err := c.Client().CallContext(ctx, &version, "net_version"); err != nil || version != "1337" {
		t.Errorf("net_version = %q, %v; want 1337", version, err)
	}
	if err := c.Client().CallContext(ctx, &version, "web3_clientVersion"); err != nil {
		t.Errorf("web3_clientVersion: %v", err)
	}

	for i, k := range chain.DevKeys() {
		bal, err := c.BalanceAt(ctx, crypto.PubkeyToAddress(k.PublicKey), nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(chain.DevFunding) != 0 {
			t.Errorf("dev account %d holds %v wei, want %v", i, bal, chain.DevFunding)
		}
	}

	// A fresh chain answers "not found" for unknown transactions, not "indexing in progress", which clients
	// polling for receipts would take for a failure.
	if _, err := c.TransactionReceipt(ctx, common.Hash{0x01}); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("receipt of an unknown transaction: %v, want not found", err)
	}

	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	tx := transfer(t, c, 1, to, 12345)
	// Automine: eth_sendRawTransaction answered once the transaction was mined, so the receipt is there
	// already. Clients that wait by watching for blocks depend on it (see DevNet).
	r, err := c.TransactionReceipt(ctx, tx.Hash()) // eth_getTransactionReceipt over HTTP
	if err != nil {
		t.Fatalf("receipt right after eth_sendRawTransaction returned: %v; want it mined already", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: %+v", r)
	}
	if bal, err := c.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 12345 {
		t.Errorf("recipient balance = %v, %v; want 12345", bal, err)
	}
}

// TestDevNetBatchSend sends a transaction inside a JSON-RPC batch, as ethers does, and finds it mined when
// the batch is answered; a malformed transaction in the same batch gets its error.
func TestDevNetBatchSend(t *testing.T) {
	t.Parallel()
	d := startDevNet(t)
	c := dialHTTP(t, d)
	ctx := context.Background()

	k := chain.DevKeys()[4]
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{0x42}
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(d.ChainID()), &types.DynamicFeeTx{
		ChainID: d.ChainID(), Nonce: 0, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(big.NewInt(params.GWei), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       21_000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var hash common.Hash
	var bn, bad string
	batch := []rpc.BatchElem{
		{Method: "eth_blockNumber", Result: &bn},
		{Method: "eth_sendRawTransaction", Args: []any{hexutil.Encode(raw)}, Result: &hash},
		{Method: "eth_sendRawTransaction", Args: []any{"0x1234"}, Result: &bad},
	}
	if err := c.Client().BatchCallContext(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if batch[1].Error != nil || hash != tx.Hash() {
		t.Fatalf("send in batch: %v, hash %s", batch[1].Error, hash)
	}
	if batch[2].Error == nil {
		t.Errorf("a malformed transaction was accepted")
	}
	if _, err := c.TransactionReceipt(ctx, hash); err != nil {
		t.Errorf("receipt right after the batch was answered: %v; want it mined already", err)
	}
}

func TestDevNetMinesOnlyWhenTransactionsArrive(t *testing.T) {
	t.Parallel()
	d := startDevNet(t)
	c := dialHTTP(t, d)
	ctx := context.Background()

	start, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Several transactions sent at once from different accounts: all mined.
	var txs []*types.Transaction
	for k := 1; k <= 4; k++ {
		txs = append(txs, transfer(t, c, k, common.Address{0x01}, 1))
	}
	var last uint64
	for _, tx := range txs {
		r := waitReceipt(t, c, tx.Hash())
		last = max(last, r.BlockNumber.Uint64())
	}
	if last <= start {
		t.Fatalf("mined in block %d, not after the start block %d", last, start)
	}
	// Idle: no empty blocks. A generous pause, then the head must not have moved.
	time.Sleep(300 * time.Millisecond)
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head != last {
		t.Errorf("head moved from %d to %d with nothing pending: the miner seals empty blocks", last, head)
	}
}

func TestDevNetDeployAndLogs(t *testing.T) {
	t.Parallel()
	d := startDevNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()

	keys := chain.DevKeys()
	opts := bind.NewKeyedTransactor(keys[0], d.ChainID())
	dep, err := chain.Deploy(ctx, d.Client(), opts, chain.DeployConfig{
		RootProposer:  crypto.PubkeyToAddress(keys[1].PublicKey),
		Signers:       []common.Address{crypto.PubkeyToAddress(keys[3].PublicKey)},
		DisputeWindow: 3600,
	})
	if err != nil {
		t.Fatalf("deploy through the in-process client: %v", err)
	}
	if dep.ChainID.Int64() != 1337 {
		t.Errorf("deployment chain id = %v", dep.ChainID)
	}

	// Everything deployed in-process is visible over HTTP, logs included.
	c := dialHTTP(t, d)
	for name, addr := range map[string]common.Address{"distributor": dep.Distributor, "factory": dep.Factory,
		"implementation": dep.TokenImplementation} {
		code, err := c.CodeAt(ctx, addr, nil)
		if err != nil || len(code) == 0 {
			t.Errorf("%s at %s: %d bytes of code, %v", name, addr, len(code), err)
		}
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(dep.Block), Addresses: []common.Address{dep.Distributor},
	})
	if err != nil {
		t.Fatalf("eth_getLogs: %v", err)
	}
	if len(logs) < 2 { // RoleGranted for the admin and the proposer, SignerAdded, ...
		t.Errorf("eth_getLogs returned %d distributor logs, want the role and signer events", len(logs))
	}
	for _, l := range logs {
		r := waitReceipt(t, c, l.TxHash)
		if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) == 0 {
			t.Errorf("receipt of %s: status %d, %d logs", l.TxHash, r.Status, len(r.Logs))
		}
	}
}

func TestDevNetCORS(t *testing.T) {
	t.Parallel()
	d := startDevNet(t)
	req, err := http.NewRequest(http.MethodPost, d.RPCURL(),
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "http://localhost:5173")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got == "" {
		t.Errorf("no Access-Control-Allow-Origin for a browser origin (status %s)", resp.Status)
	}
}

func TestDevNetClose(t *testing.T) {
	t.Parallel()
	d, err := chain.StartDevNet(chain.DevNetConfig{RPCAddr: "127.0.0.1:0", Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	url := d.RPCURL()

	// The address is now taken: a second chain on it fails with an error, not a panic.
	if d2, err := chain.StartDevNet(chain.DevNetConfig{RPCAddr: strings.TrimPrefix(url, "http://")}); err == nil {
		_ = d2.Close()
		t.Errorf("second dev chain on %s started; want an address-in-use error", url)
	}

	if err := d.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	c, err := rpc.Dial(url)
	if err == nil {
		defer c.Close()
		var n string
		if err := c.Call(&n, "eth_blockNumber"); err == nil {
			t.Errorf("RPC still answers after Close")
		}
	}
}

func TestDevNetWithoutRPC(t *testing.T) {
	t.Parallel()
	d, err := chain.StartDevNet(chain.DevNetConfig{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.RPCURL() != "" {
		t.Errorf("RPCURL = %q with no RPC address", d.RPCURL())
	}
	id, err := d.Client().ChainID(context.Background())
	if err != nil || id.Int64() != 1337 {
		t.Errorf("in-process chain id = %v, %v", id, err)
	}
}

// TestDevNetWithEthers connects ethers' JsonRpcProvider, as a dapp would: it reads the chain id and a dev
// account's balance, then sends a transfer with a Wallet and waits for it. It needs node and node_modules
// (`npm ci`) and fails rather than skips without them.
func TestDevNetWithEthers(t *testing.T) {
	t.Parallel()
	node, root := requireNode(t)
	d := startDevNet(t)
	key := chain.DevKeys()[2]
	script := `
const { JsonRpcProvider, Wallet } = require("ethers");
(async () => {
  const [url, key, to] = process.argv.slice(1);
  const provider = new JsonRpcProvider(url);
  provider.pollingInterval = 50;
  const network = await provider.getNetwork();
  const wallet = new Wallet(key, provider);
  const balance = await provider.getBalance(wallet.address);
  const tx = await wallet.sendTransaction({ to, value: 7n });
  const receipt = await tx.wait();
  console.log(JSON.stringify({ chainId: network.chainId.toString(), balance: balance.toString(),
    status: receipt.status, received: (await provider.getBalance(to)).toString() }));
  provider.destroy();
})().catch((e) => { console.error(e); process.exit(1); });
`
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "-e", script, d.RPCURL(),
		"0x"+common.Bytes2Hex(crypto.FromECDSA(key)), "0x00000000000000000000000000000000000000ee")
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node (ethers against %s): %v\nstderr:\n%s", d.RPCURL(), err, stderr.String())
	}
	var got struct {
		ChainID  string `json:"chainId"`
		Balance  string `json:"balance"`
		Status   int    `json:"status"`
		Received string `json:"received"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("ethers output %q: %v", stdout.String(), err)
	}
	if got.ChainID != "1337" || got.Balance != chain.DevFunding.String() || got.Status != 1 || got.Received != "7" {
		t.Errorf("ethers saw %+v; want chain 1337, balance %v, status 1, received 7", got, chain.DevFunding)
	}
}

// TestDevNetEthersBackToBack is what an ethers v6 user does: many sends from one Wallet, each straight after
// the last (no nonce manager: every send asks for the pending nonce). None may fail with "nonce has already
// been used", and the chain's clock may lead the wall clock by at most the configured lead.
func TestDevNetEthersBackToBack(t *testing.T) {
	t.Parallel()
	node, root := requireNode(t)
	const lead = 2 * time.Second
	d, err := chain.StartDevNet(chain.DevNetConfig{RPCAddr: "127.0.0.1:0", MaxLead: lead, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	script := `
const { JsonRpcProvider, Wallet } = require("ethers");
(async () => {
  const [url, key, to, n] = process.argv.slice(1);
  const provider = new JsonRpcProvider(url); // as a user writes it: ethers' default 250 ms request cache
  const wallet = new Wallet(key, provider);
  let ahead = -Infinity;
  for (let i = 0; i < Number(n); i++) {
    await wallet.sendTransaction({ to, value: 1n });
    const head = await provider.getBlock("latest");
    ahead = Math.max(ahead, head.timestamp - Date.now() / 1000);
  }
  console.log(JSON.stringify({ received: (await provider.getBalance(to)).toString(), ahead }));
  provider.destroy();
})().catch((e) => { console.error(e); process.exit(1); });
`
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const sends = 12
	cmd := exec.CommandContext(ctx, node, "-e", script, d.RPCURL(),
		"0x"+common.Bytes2Hex(crypto.FromECDSA(chain.DevKeys()[3])), "0x00000000000000000000000000000000000000ef", strconv.Itoa(sends))
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node (ethers against %s): %v\nstderr:\n%s", d.RPCURL(), err, stderr.String())
	}
	var got struct {
		Received string  `json:"received"`
		Ahead    float64 `json:"ahead"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("ethers output %q: %v", stdout.String(), err)
	}
	if got.Received != strconv.Itoa(sends) {
		t.Errorf("received %s wei after %d sends of 1", got.Received, sends)
	}
	// A block is stamped with whole seconds: at most lead, plus the fraction of the second it was sealed in.
	if got.Ahead > lead.Seconds()+1 {
		t.Errorf("the chain's clock led the wall clock by %.1f s after %d quick sends; the bound is %s", got.Ahead, sends, lead)
	}
	t.Logf("%d back-to-back sends: the chain's clock led the wall clock by at most %.1f s", sends, got.Ahead)
}

// requireNode returns node's path and the repository root (where node_modules is), failing the test if
// either node or ethers is missing.
func requireNode(t *testing.T) (node, root string) {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	node, err = exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH: install Node.js >= 20 and run `npm ci` in %s (this check of the dev chain against ethers is required, not optional)", root)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "ethers", "package.json")); err != nil {
		t.Fatalf("ethers is not installed (%v): run `npm ci` in %s", err, root)
	}
	return node, root
}

// testLogger is a logger writing to t's log.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
