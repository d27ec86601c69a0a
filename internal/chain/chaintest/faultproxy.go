package chaintest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Fault is what a FaultProxy does to the requests it receives.
type Fault int

const (
	// Up forwards every request to the node.
	Up Fault = iota
	// Refused closes the proxy's port: connections are refused, open ones are closed.
	Refused
	// Hang accepts requests and never answers them, not even after the fault changes: only the client giving
	// up ends them.
	Hang
	// Reset accepts connections and resets them (TCP RST) without answering.
	Reset
)

func (f Fault) String() string {
	switch f {
	case Up:
		return "up"
	case Refused:
		return "refused"
	case Hang:
		return "hang"
	case Reset:
		return "reset"
	}
	return fmt.Sprintf("Fault(%d)", int(f))
}

// FaultProxy is an HTTP JSON-RPC proxy in front of a node that can be switched to a Fault, and that can
// acknowledge an eth_sendRawTransaction with the transaction's hash without forwarding it — a node that
// lost the transaction (DropNext) or has not mined it yet (Hold). Safe for concurrent use.
type FaultProxy struct {
	t        testing.TB
	upstream *url.URL
	proxy    *httputil.ReverseProxy
	addr     string

	mu      sync.Mutex
	fault   Fault
	srv     *http.Server // nil while Refused
	drops   []func(*types.Transaction) bool
	dropped []*types.Transaction
	hold    bool
	held    [][]byte // raw transactions acknowledged while holding, in arrival order
	sent    map[common.Hash]int
}

// NewFaultProxy starts a proxy to the JSON-RPC endpoint upstream on a free loopback port. It is closed
// when t ends.
func NewFaultProxy(t testing.TB, upstream string) *FaultProxy {
	t.Helper()
	u, err := url.Parse(upstream)
	if err != nil {
		t.Fatalf("fault proxy: upstream %q: %v", upstream, err)
	}
	p := &FaultProxy{t: t, upstream: u, proxy: httputil.NewSingleHostReverseProxy(u),
		sent: map[common.Hash]int{}}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("fault proxy: %v", err)
	}
	p.addr = lis.Addr().String()
	p.serve(lis)
	t.Cleanup(func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.srv != nil {
			_ = p.srv.Close()
			p.srv = nil
		}
	})
	return p
}

// URL is the proxy's JSON-RPC URL; it stays the same across faults.
func (p *FaultProxy) URL() string { return "http://" + p.addr }

func (p *FaultProxy) serve(lis net.Listener) {
	p.srv = &http.Server{Handler: http.HandlerFunc(p.handle), ReadHeaderTimeout: 10 * time.Second}
	go func(srv *http.Server) { _ = srv.Serve(lis) }(p.srv)
}

// SetFault switches the proxy to f. Leaving Refused listens on the same port again; requests left hanging
// by Hang stay unanswered.
func (p *FaultProxy) SetFault(f Fault) {
	p.t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if f == p.fault {
		return
	}
	if f == Refused {
		_ = p.srv.Close() // the listener and every open connection
		p.srv = nil
	} else if p.srv == nil {
		var lis net.Listener
		var err error
		for range 50 { // the port was just released; another process could hold it for a moment
			if lis, err = net.Listen("tcp", p.addr); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			p.t.Fatalf("fault proxy: listen again on %s: %v", p.addr, err)
		}
		p.serve(lis)
	}
	p.fault = f
}

// DropNext makes the proxy acknowledge the next eth_sendRawTransaction whose transaction matches with its
// hash, and never forward it: the node never sees it. Each call drops one transaction.
func (p *FaultProxy) DropNext(match func(*types.Transaction) bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.drops = append(p.drops, match)
}

// Dropped returns the transactions dropped so far.
func (p *FaultProxy) Dropped() []*types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]*types.Transaction(nil), p.dropped...)
}

// Hold, while on, makes the proxy acknowledge every eth_sendRawTransaction with its hash and keep it instead
// of forwarding it: the transaction is sent but not mined. Release forwards what was held.
func (p *FaultProxy) Hold(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hold = on
}

// Held returns the transactions held and not yet released.
func (p *FaultProxy) Held() []*types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]*types.Transaction, 0, len(p.held))
	for _, raw := range p.held {
		var tx types.Transaction
		if tx.UnmarshalBinary(raw) == nil {
			out = append(out, &tx)
		}
	}
	return out
}

// Release stops holding and forwards the held transactions to the node in arrival order, returning the
// node's answer to each (nil if it accepted it).
func (p *FaultProxy) Release(ctx context.Context) []error {
	p.mu.Lock()
	held := p.held
	p.held, p.hold = nil, false
	p.mu.Unlock()
	var errs []error
	for _, raw := range held {
		errs = append(errs, p.forwardRaw(ctx, raw))
	}
	return errs
}

// Forwarded reports how many times the transaction with hash h reached the node (including answers such
// as "already known").
func (p *FaultProxy) Forwarded(h common.Hash) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.sent[h]
}

func (p *FaultProxy) forwardRaw(ctx context.Context, raw []byte) error {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return err
	}
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "eth_sendRawTransaction",
		"params": []string{hexutil.Encode(raw)}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream.String(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	p.mu.Lock()
	p.sent[tx.Hash()]++
	p.mu.Unlock()
	var out struct {
		Error *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if out.Error != nil {
		return errors.New(out.Error.Message)
	}
	return nil
}

type rpcCall struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func (p *FaultProxy) handle(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	fault := p.fault
	p.mu.Unlock()
	switch fault {
	case Hang:
		// A black hole: the request is never answered, even after the outage; only the client giving up (or
		// the proxy closing) ends it.
		<-r.Context().Done()
		return
	case Reset:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				if tcp, ok := conn.(*net.TCPConn); ok {
					_ = tcp.SetLinger(0)
				}
				_ = conn.Close()
				return
			}
		}
		http.Error(w, "reset", http.StatusBadGateway)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	var call rpcCall
	if bytes.Contains(body, []byte("eth_sendRawTransaction")) && json.Unmarshal(body, &call) == nil &&
		call.Method == "eth_sendRawTransaction" && len(call.Params) == 1 {
		var raw hexutil.Bytes
		var tx types.Transaction
		if json.Unmarshal(call.Params[0], &raw) == nil && tx.UnmarshalBinary(raw) == nil {
			if p.intercept(&tx, raw) {
				w.Header().Set("Content-Type", "application/json")
				_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": call.ID, "result": tx.Hash()})
				return
			}
			p.mu.Lock()
			p.sent[tx.Hash()]++
			p.mu.Unlock()
		}
	}
	p.proxy.ServeHTTP(w, r)
}

// intercept reports whether tx is acknowledged without being forwarded: dropped or held.
func (p *FaultProxy) intercept(tx *types.Transaction, raw []byte) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, match := range p.drops {
		if match(tx) {
			p.drops = append(p.drops[:i:i], p.drops[i+1:]...)
			p.dropped = append(p.dropped, tx)
			return true
		}
	}
	if p.hold {
		p.held = append(p.held, bytes.Clone(raw))
		return true
	}
	return false
}
