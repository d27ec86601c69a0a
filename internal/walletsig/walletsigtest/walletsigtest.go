// Package walletsigtest gives tests smart-contract wallets on a simulated chain (chaintest.Harness) — a
// deployed ERC-1271 wallet and a counterfactual one with its ERC-6492 factory call — a JSON-RPC endpoint
// over HTTP for that chain, and signatures made by viem (scripts/smart-wallet-sigs.mjs) and checked by
// viem's own verifiers on it.
package walletsigtest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
)

func init() { chain.RegisterErrors(&mocks.MockWalletFactoryMetaData) }

// Wallets are the contract wallets of a test chain. Owner signs for both; Stranger is another key.
type Wallets struct {
	H               *chaintest.Harness
	Owner, Stranger *ecdsa.PrivateKey
	// Deployed is a MockERC1271Wallet owned by Owner.
	Deployed common.Address
	// Factory is a MockWalletFactory; Counterfactual is the address its FactoryData (deploy(Owner, salt))
	// deploys a MockERC1271Wallet of Owner at. Nothing is there yet.
	Factory        common.Address
	Counterfactual common.Address
	FactoryData    []byte
	// RPCURL serves the chain's JSON-RPC over HTTP (for viem).
	RPCURL string
}

// New deploys the wallets on h and serves its JSON-RPC over HTTP until the test ends.
func New(t testing.TB, h *chaintest.Harness) *Wallets {
	t.Helper()
	w := &Wallets{H: h, Owner: mustKey("walletsigtest owner"), Stranger: mustKey("walletsigtest stranger")}
	owner := crypto.PubkeyToAddress(w.Owner.PublicKey)
	w.Deployed = h.DeployContract(h.Admin, mocks.MockERC1271WalletMetaData.Bin, mocks.NewMockERC1271Wallet().PackConstructor(owner))
	w.Factory = h.DeployContract(h.Admin, mocks.MockWalletFactoryMetaData.Bin, nil)
	f := mocks.NewMockWalletFactory()
	salt := [32]byte{31: 1}
	w.FactoryData = f.PackDeploy(owner, salt)
	cf, err := f.UnpackPredict(h.Call(w.Factory, f.PackPredict(owner, salt)))
	if err != nil {
		t.Fatal(err)
	}
	w.Counterfactual = cf
	if code, err := h.Client.CodeAt(context.Background(), cf, nil); err != nil || len(code) != 0 {
		t.Fatalf("counterfactual wallet %s: code %x, err %v; want none", cf, code, err)
	}
	w.RPCURL = serveRPC(t, h)
	return w
}

// Deploy deploys the counterfactual wallet (its factory call, sent by the admin).
func (w *Wallets) Deploy() {
	w.H.MustTransact(w.H.Admin, w.Factory, w.FactoryData)
}

func mustKey(seed string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		panic(err)
	}
	return k
}

// serveRPC serves, over HTTP on a loopback port, the JSON-RPC methods viem's signature verifiers use
// (eth_chainId, eth_blockNumber, eth_getCode, eth_call), answered by h's simulated client: the simulated
// backend keeps its node to itself.
func serveRPC(t testing.TB, h *chaintest.Harness) string {
	t.Helper()
	type request struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	type rpcErr struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    any    `json:"data,omitempty"`
	}
	type response struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  any             `json:"result,omitempty"`
		Error   *rpcErr         `json:"error,omitempty"`
	}
	type callArgs struct {
		From  *common.Address `json:"from"`
		To    *common.Address `json:"to"`
		Data  hexutil.Bytes   `json:"data"`
		Input hexutil.Bytes   `json:"input"`
		Gas   *hexutil.Uint64 `json:"gas"`
		Value *hexutil.Big    `json:"value"`
	}
	answer := func(ctx context.Context, r request) response {
		out := response{JSONRPC: "2.0", ID: r.ID}
		var (
			res any
			err error
		)
		switch r.Method {
		case "eth_chainId":
			res = (*hexutil.Big)(h.ChainID)
		case "eth_blockNumber":
			var n uint64
			n, err = h.Client.BlockNumber(ctx)
			res = hexutil.Uint64(n)
		case "eth_getCode":
			var addr common.Address
			if len(r.Params) == 0 {
				err = errors.New("missing address")
			} else if err = json.Unmarshal(r.Params[0], &addr); err == nil {
				var code []byte
				code, err = h.Client.CodeAt(ctx, addr, nil)
				res = hexutil.Bytes(code)
			}
		case "eth_call":
			var a callArgs
			if len(r.Params) == 0 {
				err = errors.New("missing call")
			} else if err = json.Unmarshal(r.Params[0], &a); err == nil {
				msg := ethereum.CallMsg{To: a.To, Data: a.Data}
				if len(msg.Data) == 0 {
					msg.Data = a.Input
				}
				if a.From != nil {
					msg.From = *a.From
				}
				if a.Gas != nil {
					msg.Gas = uint64(*a.Gas)
				}
				if a.Value != nil {
					msg.Value = a.Value.ToInt()
				}
				var ret []byte
				ret, err = h.Client.CallContract(ctx, msg, nil)
				res = hexutil.Bytes(ret)
			}
		default:
			out.Error = &rpcErr{Code: -32601, Message: "the method " + r.Method + " is not served here"}
			return out
		}
		if err != nil {
			e := &rpcErr{Code: -32000, Message: err.Error()}
			var re rpc.Error
			if errors.As(err, &re) {
				e.Code = re.ErrorCode()
			}
			var de rpc.DataError
			if errors.As(err, &de) {
				e.Data = de.ErrorData()
			}
			out.Error = e
			return out
		}
		out.Result = res
		return out
	}
	srv := &http.Server{ReadHeaderTimeout: 5 * time.Second, Handler: http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		rw.Header().Set("Content-Type", "application/json")
		if b := bytes.TrimSpace(body); len(b) > 0 && b[0] == '[' {
			var reqs []request
			if err := json.Unmarshal(b, &reqs); err != nil {
				http.Error(rw, err.Error(), http.StatusBadRequest)
				return
			}
			outs := make([]response, len(reqs))
			for i, q := range reqs {
				outs[i] = answer(r.Context(), q)
			}
			_ = json.NewEncoder(rw).Encode(outs)
			return
		}
		var q request
		if err := json.Unmarshal(body, &q); err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		_ = json.NewEncoder(rw).Encode(answer(r.Context(), q))
	})}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(func() { _ = srv.Close() })
	return "http://" + lis.Addr().String()
}

// Case is one signature for viem to make (see scripts/smart-wallet-sigs.mjs).
type Case struct {
	Name      string `json:"name"`
	Sign      string `json:"sign"` // "message", "typed" or "siwe"
	Key       string `json:"key"`  // "owner" or "stranger"
	Address   string `json:"address"`
	Wrap      *Wrap  `json:"wrap,omitempty"`
	Message   string `json:"message,omitempty"`
	TypedData any    `json:"typedData,omitempty"`
	SIWE      *SIWE  `json:"siwe,omitempty"`
}

// Wrap asks for an ERC-6492 signature with this factory call.
type Wrap struct {
	Factory string `json:"factory"`
	Data    string `json:"data"`
}

// WrapWith is the Wrap of the counterfactual wallet's factory call.
func (w *Wallets) WrapWith() *Wrap {
	return &Wrap{Factory: w.Factory.Hex(), Data: hexutil.Encode(w.FactoryData)}
}

// SIWE are the fields of a Sign-In with Ethereum message viem's createSiweMessage writes.
type SIWE struct {
	Domain         string `json:"domain"`
	URI            string `json:"uri"`
	Nonce          string `json:"nonce"`
	ChainID        uint64 `json:"chainId"`
	IssuedAt       string `json:"issuedAt"`
	ExpirationTime string `json:"expirationTime"`
	Statement      string `json:"statement,omitempty"`
}

// Signed is viem's signature for a Case, and what viem's verifier said of it on the chain.
type Signed struct {
	Name      string `json:"name"`
	Signature string `json:"signature"`
	Message   string `json:"message"`
	ViemValid bool   `json:"viemValid"`
}

// Sig is s's signature as bytes.
func (s Signed) Sig() []byte { return common.FromHex(s.Signature) }

// Viem has viem sign and verify cases, by name. It fails the test without node or node_modules (npm ci).
func (w *Wallets) Viem(t testing.TB, cases ...Case) map[string]Signed {
	t.Helper()
	node, root := requireNode(t)
	in, err := json.Marshal(map[string]any{
		"rpcUrl": w.RPCURL, "chainId": w.H.ChainID.String(),
		"keys":  map[string]string{"owner": hexutil.Encode(crypto.FromECDSA(w.Owner)), "stranger": hexutil.Encode(crypto.FromECDSA(w.Stranger))},
		"cases": cases,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join(root, "scripts", "smart-wallet-sigs.mjs"))
	cmd.Dir = root
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node scripts/smart-wallet-sigs.mjs: %v\n%s", err, stderr.String())
	}
	var outs []Signed
	if err := json.Unmarshal(stdout.Bytes(), &outs); err != nil {
		t.Fatalf("smart-wallet-sigs.mjs output: %v\n%s", err, stdout.String())
	}
	m := make(map[string]Signed, len(outs))
	for _, o := range outs {
		m[o.Name] = o
	}
	return m
}

// requireNode finds node and the repository root with viem installed; it fails (never skips) without them.
func requireNode(t testing.TB) (node, root string) {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root = filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", ".."))
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repository root not found at %s: %v", root, err)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH: install Node.js >= 20 and run `npm ci` in %s (the cross-check against viem is required)", root)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "viem", "package.json")); err != nil {
		t.Fatalf("viem is not installed (%v): run `npm ci` in %s", err, root)
	}
	return node, root
}
