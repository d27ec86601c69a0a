package claims

import (
	"bytes"
	"container/list"
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/bindings"
)

// Sources decides which payout sources the service pays the gas of a claim for.
type Sources interface {
	// Relayable reports whether claims of source may be relayed. An error means it could not tell.
	Relayable(ctx context.Context, source common.Address) (bool, error)
}

// Known is the ledger's side of a payout source (ledger.Store is one).
type Known interface {
	// IsRewardToken reports whether source is the reward token of some campaign of the ledger.
	IsRewardToken(ctx context.Context, source common.Address) (bool, error)
}

// DefaultSourceCacheSize is how many relayable sources a FactorySources remembers.
const DefaultSourceCacheSize = 10_000

// FactorySources relays for a source the ledger knows as a campaign's reward token that is, on-chain, either a
// CreatorToken clone of the factory (its code is exactly the EIP-1167 minimal proxy of factory.implementation())
// or a sponsor pool (IsPool). Anything else — a contract of an attacker's whose mint burns the relayer's gas, an
// EOA, a clone of some other implementation — is refused. Positive answers are cached (a clone's code never
// changes and the ledger never forgets a token); negative ones are not, so a pool registered later is relayed
// at once. Safe for concurrent use.
type FactorySources struct {
	Known   Known
	Chain   bind.ContractCaller // eth_getCode and eth_call
	Factory common.Address
	// IsPool reports whether source is a sponsor pool registered with the distributor (a pseudo-address
	// without code). nil: there are no pools. To be wired to the distributor's isPool(address).
	IsPool func(ctx context.Context, source common.Address) (bool, error)
	// Timeout bounds each RPC call (10 s if 0).
	Timeout time.Duration

	mu   sync.Mutex
	impl common.Address // factory.implementation(), once read (it is immutable)
	seen *lru
}

// NewFactorySources returns the sources of the factory's tokens that known knows, read through c.
func NewFactorySources(known Known, c bind.ContractCaller, factory common.Address) *FactorySources {
	return &FactorySources{Known: known, Chain: c, Factory: factory, seen: newLRU(DefaultSourceCacheSize)}
}

// Relayable implements Sources.
func (s *FactorySources) Relayable(ctx context.Context, source common.Address) (bool, error) {
	if s.seen.has(source) {
		return true, nil
	}
	known, err := s.Known.IsRewardToken(ctx, source)
	if err != nil {
		return false, err
	}
	if !known {
		return false, nil
	}
	ok, err := s.onChain(ctx, source)
	if err != nil || !ok {
		return false, err
	}
	s.seen.add(source)
	return true, nil
}

func (s *FactorySources) onChain(ctx context.Context, source common.Address) (bool, error) {
	rctx, cancel := context.WithTimeout(ctx, s.timeout())
	defer cancel()
	code, err := s.Chain.CodeAt(rctx, source, nil)
	if err != nil {
		return false, fmt.Errorf("code of %s: %w", source, err)
	}
	if len(code) == 0 {
		if s.IsPool == nil {
			return false, nil
		}
		ok, err := s.IsPool(ctx, source)
		if err != nil {
			return false, fmt.Errorf("is %s a pool: %w", source, err)
		}
		return ok, nil
	}
	impl, err := s.implementation(ctx)
	if err != nil {
		return false, err
	}
	return bytes.Equal(code, CloneCode(impl)), nil
}

var factoryABI = bindings.NewCreatorTokenFactory()

func (s *FactorySources) implementation(ctx context.Context) (common.Address, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.impl != (common.Address{}) {
		return s.impl, nil
	}
	rctx, cancel := context.WithTimeout(ctx, s.timeout())
	defer cancel()
	out, err := s.Chain.CallContract(rctx, ethereum.CallMsg{To: &s.Factory, Data: factoryABI.PackImplementation()}, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("factory implementation: %w", err)
	}
	impl, err := factoryABI.UnpackImplementation(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("factory implementation: %w", err)
	}
	if impl == (common.Address{}) {
		return common.Address{}, fmt.Errorf("factory %s has no implementation", s.Factory)
	}
	s.impl = impl
	return impl, nil
}

func (s *FactorySources) timeout() time.Duration {
	if s.Timeout > 0 {
		return s.Timeout
	}
	return 10 * time.Second
}

// CloneCode is the runtime code of an EIP-1167 minimal proxy delegating to impl, as OpenZeppelin's Clones
// deploys it: 363d3d373d3d3d363d73 <impl> 5af43d82803e903d91602b57fd5bf3.
func CloneCode(impl common.Address) []byte {
	code := make([]byte, 0, 45)
	code = append(code, 0x36, 0x3d, 0x3d, 0x37, 0x3d, 0x3d, 0x3d, 0x36, 0x3d, 0x73)
	code = append(code, impl[:]...)
	return append(code, 0x5a, 0xf4, 0x3d, 0x82, 0x80, 0x3e, 0x90, 0x3d, 0x91, 0x60, 0x2b, 0x57, 0xfd, 0x5b, 0xf3)
}

// lru is a set of addresses bounded to size, the least recently used dropped first. Safe for concurrent use.
type lru struct {
	mu    sync.Mutex
	size  int
	order *list.List // front: most recent
	items map[common.Address]*list.Element
}

func newLRU(size int) *lru {
	return &lru{size: size, order: list.New(), items: make(map[common.Address]*list.Element)}
}

func (c *lru) has(a common.Address) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[a]
	if ok {
		c.order.MoveToFront(e)
	}
	return ok
}

func (c *lru) add(a common.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[a]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.items[a] = c.order.PushFront(a)
	for c.order.Len() > c.size {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(common.Address))
	}
}

func (c *lru) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
