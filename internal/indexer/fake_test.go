package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tribe-rewards/tribe/bindings"
)

// Fake contract addresses for the fake chain.
var (
	fakeDistributor = common.HexToAddress("0xD157000000000000000000000000000000000001")
	fakeFactory     = common.HexToAddress("0xFAC7000000000000000000000000000000000002")
	otherContract   = common.HexToAddress("0x0BAD000000000000000000000000000000000003")
)

var (
	distABI    = bindings.NewRewardsDistributor().GetABI()
	factoryABI = bindings.NewCreatorTokenFactory().GetABI()
	tokenABI   = bindings.NewCreatorToken().GetABI()
)

// event is one log a fake block holds: a Claimed (cum set), a TokenCreated (name set), an
// OwnershipTransferred (transfer set), or noise.
type event struct {
	token, account common.Address // account is the creator for a TokenCreated, the new owner for a transfer
	cum            int64
	name, symbol   string
	transfer       bool // OwnershipTransferred emitted by token: counts only if token was created before
	noise          bool // a Claimed-shaped log from another contract: must be ignored
}

func claim(token, account common.Address, cum int64) event {
	return event{token: token, account: account, cum: cum}
}

func created(token, creator common.Address, name, symbol string) event {
	return event{token: token, account: creator, name: name, symbol: symbol}
}

// transferred is token's OwnershipTransferred to owner (the zero address: renounced).
func transferred(token, owner common.Address) event {
	return event{token: token, account: owner, transfer: true}
}

// fakeChain is a deterministic chain node: a canonical list of blocks that tests extend and reorg, calls
// that fail as a test scripts it, and a hook run before each call so a test can change the chain mid-pass.
// Safe for concurrent use.
type fakeChain struct {
	mu     sync.Mutex
	blocks []fakeBlock // blocks[i] is block i
	forks  int         // bumped by every reorg, so replaced blocks get new hashes
	fail   map[string]int
	calls  map[string]int
	before func(f *fakeChain, method string) // runs without the lock held

	seenClaims map[[2]common.Address]bool // every (token, account) any block ever had
	seenTokens map[common.Address]bool
}

type fakeBlock struct {
	hdr    *types.Header
	events []event
}

// newFakeChain returns a chain of genesis plus n empty blocks.
func newFakeChain(n int) *fakeChain {
	f := &fakeChain{fail: map[string]int{}, calls: map[string]int{},
		seenClaims: map[[2]common.Address]bool{}, seenTokens: map[common.Address]bool{}}
	f.blocks = []fakeBlock{{hdr: &types.Header{Number: new(big.Int), Difficulty: new(big.Int), Extra: []byte("genesis")}}}
	f.Empty(n)
	return f
}

// Add appends one block holding events.
func (f *fakeChain) Add(events ...event) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.add(events)
}

func (f *fakeChain) add(events []event) {
	parent := f.blocks[len(f.blocks)-1].hdr
	n := uint64(len(f.blocks))
	hdr := &types.Header{
		ParentHash: parent.Hash(), Number: new(big.Int).SetUint64(n), Difficulty: new(big.Int),
		Time: 1_700_000_000 + n, Extra: fmt.Appendf(nil, "fork %d", f.forks),
	}
	for _, e := range events {
		if e.noise || e.transfer {
			continue
		}
		if e.name != "" {
			f.seenTokens[e.token] = true
		} else {
			f.seenClaims[[2]common.Address{e.token, e.account}] = true
		}
	}
	f.blocks = append(f.blocks, fakeBlock{hdr: hdr, events: events})
}

// Empty appends n empty blocks.
func (f *fakeChain) Empty(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.add(nil)
	}
}

// Reorg drops the last k blocks; the blocks added next are on a new fork.
func (f *fakeChain) Reorg(k int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reorg(k)
}

func (f *fakeChain) reorg(k int) {
	f.blocks = f.blocks[:len(f.blocks)-k]
	f.forks++
}

// Head is the number of the last block.
func (f *fakeChain) Head() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return uint64(len(f.blocks) - 1)
}

// Hash is the hash of block n.
func (f *fakeChain) Hash(n uint64) common.Hash {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.blocks[n].hdr.Hash()
}

// Fail makes the next n calls of method fail.
func (f *fakeChain) Fail(method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[method] = n
}

// Calls is how many times method was called.
func (f *fakeChain) Calls(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

// SetBefore sets the hook run before each call.
func (f *fakeChain) SetBefore(hook func(f *fakeChain, method string)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.before = hook
}

// truth is what the indexer must hold once it has indexed blocks up to `to` of the canonical chain.
type truth struct {
	claimed     map[[2]common.Address]int64
	tokens      map[common.Address]event
	owners      map[common.Address]common.Address // every token's owner
	transferred map[common.Address]bool           // tokens with a transfer that counts
}

func (f *fakeChain) Truth(to uint64) truth {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := truth{claimed: map[[2]common.Address]int64{}, tokens: map[common.Address]event{},
		owners: map[common.Address]common.Address{}, transferred: map[common.Address]bool{}}
	for n := uint64(0); n <= to && n < uint64(len(f.blocks)); n++ {
		for _, e := range f.blocks[n].events {
			switch {
			case e.noise:
			case e.transfer:
				if _, ok := t.tokens[e.token]; ok {
					t.owners[e.token], t.transferred[e.token] = e.account, true
				}
			case e.name != "":
				t.tokens[e.token], t.owners[e.token] = e, e.account
			default:
				k := [2]common.Address{e.token, e.account}
				t.claimed[k] = max(t.claimed[k], e.cum)
			}
		}
	}
	return t
}

// Seen is every (token, account) and token any block ever held, canonical or not.
func (f *fakeChain) Seen() ([][2]common.Address, []common.Address) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var claims [][2]common.Address
	for k := range f.seenClaims {
		claims = append(claims, k)
	}
	var tokens []common.Address
	for k := range f.seenTokens {
		tokens = append(tokens, k)
	}
	return claims, tokens
}

// enter counts a call, runs the hook and reports an injected failure.
func (f *fakeChain) enter(method string) error {
	f.mu.Lock()
	f.calls[method]++
	hook := f.before
	f.mu.Unlock()
	if hook != nil {
		hook(f, method)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail[method] > 0 {
		f.fail[method]--
		return fmt.Errorf("injected %s failure", method)
	}
	return nil
}

// BlockNumber implements indexer.Backend.
func (f *fakeChain) BlockNumber(ctx context.Context) (uint64, error) {
	if err := f.enter("BlockNumber"); err != nil {
		return 0, err
	}
	return f.Head(), ctx.Err()
}

// HeaderByNumber implements indexer.Backend.
func (f *fakeChain) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if err := f.enter("HeaderByNumber"); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	n := uint64(len(f.blocks) - 1)
	if number != nil {
		if !number.IsUint64() || number.Uint64() > n {
			return nil, ethereum.NotFound
		}
		n = number.Uint64()
	}
	return types.CopyHeader(f.blocks[n].hdr), ctx.Err()
}

// FilterLogs implements indexer.Backend: the range, addresses and first topic of q are honoured.
func (f *fakeChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := f.enter("FilterLogs"); err != nil {
		return nil, err
	}
	if q.BlockHash != nil || q.FromBlock == nil || q.ToBlock == nil {
		return nil, errors.New("fake: only ranges are supported")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []types.Log
	for n := q.FromBlock.Uint64(); n <= q.ToBlock.Uint64() && n < uint64(len(f.blocks)); n++ {
		b := f.blocks[n]
		for i, e := range b.events {
			l := eventLog(e)
			l.BlockNumber, l.BlockHash, l.Index = n, b.hdr.Hash(), uint(i)
			l.TxHash = common.BigToHash(big.NewInt(int64(n*1000) + int64(i)))
			if matches(q, l) {
				out = append(out, l)
			}
		}
	}
	return out, ctx.Err()
}

func matches(q ethereum.FilterQuery, l types.Log) bool {
	addrOK := len(q.Addresses) == 0
	for _, a := range q.Addresses {
		addrOK = addrOK || a == l.Address
	}
	topicOK := len(q.Topics) == 0 || len(q.Topics[0]) == 0
	if !topicOK {
		for _, t := range q.Topics[0] {
			topicOK = topicOK || t == l.Topics[0]
		}
	}
	return addrOK && topicOK
}

// eventLog encodes e as the contracts would.
func eventLog(e event) types.Log {
	if e.transfer {
		ev := tokenABI.Events["OwnershipTransferred"]
		return types.Log{Address: e.token,
			Topics: []common.Hash{ev.ID, common.BytesToHash(creator1[:]), common.BytesToHash(e.account[:])}}
	}
	if e.name != "" {
		ev := factoryABI.Events["TokenCreated"]
		data, err := ev.Inputs.NonIndexed().Pack(e.name, e.symbol, big.NewInt(1_000_000))
		if err != nil {
			panic(err)
		}
		return types.Log{Address: fakeFactory, Data: data,
			Topics: []common.Hash{ev.ID, common.BytesToHash(e.token[:]), common.BytesToHash(e.account[:])}}
	}
	ev := distABI.Events["Claimed"]
	data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(1), big.NewInt(e.cum))
	if err != nil {
		panic(err)
	}
	addr := fakeDistributor
	if e.noise {
		addr = otherContract
	}
	return types.Log{Address: addr, Data: data,
		Topics: []common.Hash{ev.ID, common.BytesToHash(e.account[:]), common.BytesToHash(e.token[:])}}
}

// recordOwners is an indexer.Owners that remembers the last owner it was told of each token, and can be
// told to refuse (applied false) or fail. Safe for concurrent use.
type recordOwners struct {
	mu     sync.Mutex
	owners map[common.Address]common.Address
	calls  int
	refuse map[common.Address]bool
	err    error
}

func newRecordOwners() *recordOwners {
	return &recordOwners{owners: map[common.Address]common.Address{}, refuse: map[common.Address]bool{}}
}

// SetCommunityCreator implements indexer.Owners.
func (r *recordOwners) SetCommunityCreator(_ context.Context, token, creator common.Address) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	if r.err != nil {
		return false, r.err
	}
	if r.refuse[token] {
		return false, nil
	}
	r.owners[token] = creator
	return true, nil
}

// Get is the last owner told of token.
func (r *recordOwners) Get(token common.Address) (common.Address, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	o, ok := r.owners[token]
	return o, ok
}

// Calls is how many times SetCommunityCreator was called.
func (r *recordOwners) Calls() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.calls
}

// Set configures refusals and failures.
func (r *recordOwners) Set(f func(r *recordOwners)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(r)
}
