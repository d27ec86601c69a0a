package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Sponsor pools and their grants. A pool is a sponsor's deposit of one ERC-20 in the distributor, paying only
// the campaigns its owner granted a budget; its address stands where a token's would in the ledger (the
// campaign's Source), so a pooled campaign's awards, totals and vouchers are kept in the pool's slot, apart
// from every other pool of the same ERC-20.

// ErrGrantOverDeposits: the pool's grants would pass what was deposited in it (checked again atomically).
var ErrGrantOverDeposits = errors.New("grants would exceed the pool's deposits")

// ErrTooManyGrants: the pool already has MaxGrantsPerPool grants.
var ErrTooManyGrants = errors.New("too many grants from this pool")

// MaxGrantsPerPool bounds what a pool's grant list holds (and what listing it returns).
const MaxGrantsPerPool = 1000

// Grant is a budget a pool's owner gave a campaign.
type Grant struct {
	ID         string          `json:"id"`
	Pool       rewards.Address `json:"pool"`
	Token      rewards.Address `json:"token"`
	CampaignID string          `json:"campaign_id"`
	Amount     rewards.Amount  `json:"amount"`
	// GrantedBy is the pool's owner on-chain when the grant was made.
	GrantedBy rewards.Address `json:"granted_by"`
	CreatedAt time.Time       `json:"created_at"`
}

// grantScript adds a grant to a pool, atomically with the campaign's budget, within the pool's deposits.
//
// KEYS[1] the pool's record (hash: granted, token)
// KEYS[2] the pool's grants (list of Grant JSON, oldest first)
// KEYS[3] the campaign's state (hash: budget, remaining)
// ARGV[1] amount (decimal), ARGV[2] the deposits the chain reported (balance + paid), ARGV[3] the grant JSON,
// ARGV[4] the pool's token (lower-case hex), ARGV[5] MaxGrantsPerPool
//
// Returns the pool's new granted total, or an error reply: "over <granted>" past the deposits, "full".
var grantScript = redis.NewScript(decimalLua + `
if redis.call('LLEN', KEYS[2]) >= tonumber(ARGV[5]) then return redis.error_reply('full') end
local granted = redis.call('HGET', KEYS[1], 'granted') or '0'
local after = dadd(granted, ARGV[1])
if dcmp(after, ARGV[2]) > 0 then return redis.error_reply('over ' .. granted) end
redis.call('HSET', KEYS[1], 'granted', after, 'token', ARGV[4])
redis.call('RPUSH', KEYS[2], ARGV[3])
local st = redis.call('HMGET', KEYS[3], 'budget', 'remaining')
redis.call('HSET', KEYS[3], 'budget', dadd(st[1] or '0', ARGV[1]), 'remaining', dadd(st[2] or '0', ARGV[1]))
return after
`)

// AddGrant records g: the campaign's budget and remaining budget grow by g.Amount, and the pool's granted
// total too, refused with ErrGrantOverDeposits if that total would pass deposits (the pool's balance plus
// what it has paid, as the chain reported it) — so concurrent grants can never promise more than the pool
// holds. The campaign must be paid from g.Pool. Safe for concurrent use.
func (s *Store) AddGrant(ctx context.Context, c *rewards.Campaign, g Grant, deposits *big.Int) (*big.Int, error) {
	if c.Pool == nil || *c.Pool != g.Pool || g.Amount.IsZero() || g.ID == "" {
		return nil, fmt.Errorf("add grant: %w", ErrInvalid)
	}
	if g.CreatedAt.IsZero() {
		g.CreatedAt = s.now().UTC()
	}
	b, err := json.Marshal(g)
	if err != nil {
		return nil, fmt.Errorf("add grant: %w", err)
	}
	pool := g.Pool.Common()
	v, err := s.runAcked(ctx, grantScript, []string{s.k.pool(pool), s.k.grants(pool), s.k.campaignState(pool, c.ID)},
		g.Amount.String(), deposits.String(), b, hexAddr(g.Token.Common()), MaxGrantsPerPool).Text()
	if err != nil {
		var granted string
		if _, e := fmt.Sscanf(err.Error(), "over %s", &granted); e == nil {
			return nil, fmt.Errorf("add grant: %w: %s granted of %s deposited", ErrGrantOverDeposits, granted, deposits)
		}
		if err.Error() == "full" {
			return nil, fmt.Errorf("add grant: %w (%d)", ErrTooManyGrants, MaxGrantsPerPool)
		}
		return nil, fmt.Errorf("add grant: %w", err)
	}
	if err := s.rdb.SAdd(ctx, s.k.pools(), hexAddr(pool)).Err(); err != nil {
		return nil, fmt.Errorf("add grant: index pool: %w", err)
	}
	return decimal(v), nil
}

// PoolGrants returns the pool's grants, oldest first, and its granted total. Safe for concurrent use.
func (s *Store) PoolGrants(ctx context.Context, pool common.Address) ([]Grant, *big.Int, error) {
	var list *redis.StringSliceCmd
	var granted *redis.StringCmd
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		list = p.LRange(ctx, s.k.grants(pool), 0, MaxGrantsPerPool-1)
		granted = p.HGet(ctx, s.k.pool(pool), "granted")
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, nil, fmt.Errorf("pool grants: %w", err)
	}
	out := make([]Grant, 0, len(list.Val()))
	for _, raw := range list.Val() {
		var g Grant
		if err := json.Unmarshal([]byte(raw), &g); err != nil {
			return nil, nil, fmt.Errorf("pool grants: %w", err)
		}
		out = append(out, g)
	}
	total := new(big.Int)
	if v, err := granted.Result(); err == nil {
		total = decimal(v)
	}
	return out, total, nil
}

// PoolGranted returns the sum of the pool's grants (what AddGrant checks against the deposits). Safe for
// concurrent use.
func (s *Store) PoolGranted(ctx context.Context, pool common.Address) (*big.Int, error) {
	v, err := s.rdb.HGet(ctx, s.k.pool(pool), "granted").Result()
	if errors.Is(err, redis.Nil) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, fmt.Errorf("pool granted: %w", err)
	}
	return decimal(v), nil
}

// Pools returns every pool that has granted a budget, with the ERC-20 it pays. Safe for concurrent use.
func (s *Store) Pools(ctx context.Context) (map[common.Address]common.Address, error) {
	members, err := s.rdb.SMembers(ctx, s.k.pools()).Result()
	if err != nil {
		return nil, fmt.Errorf("pools: %w", err)
	}
	out := make(map[common.Address]common.Address, len(members))
	for _, m := range members {
		pool := common.HexToAddress(m)
		token, err := s.rdb.HGet(ctx, s.k.pool(pool), "token").Result()
		if err != nil {
			return nil, fmt.Errorf("pools: %s: %w", m, err)
		}
		out[pool] = common.HexToAddress(token)
	}
	return out, nil
}

// PoolToken returns the ERC-20 a pool that has granted a budget pays, and whether source is such a pool (a
// token's address is not). Safe for concurrent use.
func (s *Store) PoolToken(ctx context.Context, source common.Address) (common.Address, bool, error) {
	v, err := s.rdb.HGet(ctx, s.k.pool(source), "token").Result()
	if errors.Is(err, redis.Nil) {
		return common.Address{}, false, nil
	}
	if err != nil {
		return common.Address{}, false, fmt.Errorf("pool token: %w", err)
	}
	return common.HexToAddress(v), true, nil
}
