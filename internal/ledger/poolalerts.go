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

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Low-balance alerts. A pool's owner sets a threshold; the pool is low while what its campaigns can still
// award (the sum of their remaining budgets, all of it granted from the pool) is below it. Crossing below
// emits one pool.low webhook event to the owner's endpoints; the alert re-arms once the remaining budget is
// back at or above the threshold (a new grant), so the next crossing tells again. The check is a script in
// the pool's slot: whichever replicas run it, a crossing is told once.

// PoolAlert is a pool's low-balance alert as the ledger last computed it.
type PoolAlert struct {
	// Threshold is the owner's threshold in base units of the pool's token; zero: no alert.
	Threshold *big.Int
	// Remaining is what the pool's campaigns can still award: the sum of their remaining budgets.
	Remaining *big.Int
	// Low is whether the alert fired and has not re-armed.
	Low bool
}

// poolLowScript computes a pool's remaining budget and fires or re-arms its alert.
//
// KEYS[1] the pool's record (hash: granted, token, low = threshold, lowsent = when the alert fired, ms)
// KEYS[2] the pool's slot's outbox; KEYS[3..] the states of the campaigns the pool granted to
// ARGV[1] now (Unix ms), ARGV[2] the pool (0x hex), ARGV[3] the owner to address the event to
// ("wallet:0x…"), ARGV[4] "1" to only read
//
// Returns {threshold, remaining, low ("1"/"0"), fired ("1"/"0")}.
var poolLowScript = redis.NewScript(decimalLua + `
local th = redis.call('HGET', KEYS[1], 'low') or '0'
local rem = '0'
for i = 3, #KEYS do rem = dadd(rem, redis.call('HGET', KEYS[i], 'remaining') or '0') end
local sent = redis.call('HGET', KEYS[1], 'lowsent')
if ARGV[4] == '1' or th == '0' then
  return {th, rem, sent and '1' or '0', '0'}
end
if dcmp(rem, th) < 0 then
  if sent then return {th, rem, '1', '0'} end
  redis.call('HSET', KEYS[1], 'lowsent', ARGV[1])
  local data = cjson.encode({pool = ARGV[2], token = redis.call('HGET', KEYS[1], 'token') or '',
    remaining = rem, threshold = th})
  redis.call('XADD', KEYS[2], '*', 't', 'pool.low', 'c', '', 'd', data, 'ts', ARGV[1], 'o', ARGV[3])
  return {th, rem, '1', '1'}
end
if sent then redis.call('HDEL', KEYS[1], 'lowsent') end
return {th, rem, '0', '0'}
`)

// SetPoolLowThreshold sets pool's low-balance threshold (zero turns the alert off) and re-arms it: the next
// check fires if the pool is below the new threshold. Safe for concurrent use.
func (s *Store) SetPoolLowThreshold(ctx context.Context, pool common.Address, threshold *big.Int) error {
	if threshold == nil || threshold.Sign() < 0 {
		return fmt.Errorf("set pool threshold: %w", ErrInvalid)
	}
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, s.k.pool(pool), "low", threshold.String())
		p.HDel(ctx, s.k.pool(pool), "lowsent")
		p.SAdd(ctx, s.k.pools(), hexAddr(pool)) // the webhook dispatcher reads the outboxes of these slots
		return nil
	})
	if err != nil {
		return fmt.Errorf("set pool threshold: %w", err)
	}
	return nil
}

// PoolAlertOf returns pool's alert without changing it. Safe for concurrent use.
func (s *Store) PoolAlertOf(ctx context.Context, pool common.Address) (PoolAlert, error) {
	a, _, err := s.checkPool(ctx, pool, common.Address{}, true)
	return a, err
}

// CheckPoolLow fires pool's alert if it is below its threshold and has not fired since it was last above,
// addressing the pool.low event to owner (the pool's owner on-chain); it re-arms the alert if the pool is
// at or above it. fired reports whether this call emitted the event.
func (s *Store) CheckPoolLow(ctx context.Context, pool, owner common.Address) (a PoolAlert, fired bool, err error) {
	return s.checkPool(ctx, pool, owner, false)
}

func (s *Store) checkPool(ctx context.Context, pool, owner common.Address, readOnly bool) (PoolAlert, bool, error) {
	raw, err := s.rdb.LRange(ctx, s.k.grants(pool), 0, MaxGrantsPerPool-1).Result()
	if err != nil {
		return PoolAlert{}, false, fmt.Errorf("pool alert: %w", err)
	}
	keys := []string{s.k.pool(pool), s.k.outbox(pool)}
	seen := map[string]bool{}
	for _, r := range raw {
		var g Grant
		if err := json.Unmarshal([]byte(r), &g); err != nil {
			return PoolAlert{}, false, fmt.Errorf("pool alert: %w", err)
		}
		if !seen[g.CampaignID] {
			seen[g.CampaignID] = true
			keys = append(keys, s.k.campaignState(pool, g.CampaignID))
		}
	}
	ro := "0"
	if readOnly {
		ro = "1"
	}
	res, err := poolLowScript.Run(ctx, s.rdb, keys, s.now().UnixMilli(), pool.Hex(),
		webhooks.OwnerWallet(owner.Hex()), ro).StringSlice()
	if err != nil {
		return PoolAlert{}, false, fmt.Errorf("pool alert: %w", err)
	}
	if len(res) != 4 {
		return PoolAlert{}, false, fmt.Errorf("pool alert: unexpected reply %v", res)
	}
	return PoolAlert{Threshold: decimal(res[0]), Remaining: decimal(res[1]), Low: res[2] == "1"}, res[3] == "1", nil
}

// CheckPoolsLow runs CheckPoolLow on every pool with an alert; ownerOf reads a pool's owner on-chain.
// It returns how many alerts fired.
func (s *Store) CheckPoolsLow(ctx context.Context, ownerOf func(context.Context, common.Address) (common.Address, error)) (int, error) {
	pools, err := s.rdb.SMembers(ctx, s.k.pools()).Result()
	if err != nil {
		return 0, fmt.Errorf("pool alerts: %w", err)
	}
	pipe := s.rdb.Pipeline()
	th := make([]*redis.StringCmd, len(pools))
	for i, p := range pools {
		th[i] = pipe.HGet(ctx, s.k.pool(common.HexToAddress(p)), "low")
	}
	if len(pools) > 0 {
		if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
			return 0, fmt.Errorf("pool alerts: %w", err)
		}
	}
	fired := 0
	var errs []error
	for i, p := range pools {
		if v, _ := th[i].Result(); v == "" || v == "0" {
			continue
		}
		pool := common.HexToAddress(p)
		owner, err := ownerOf(ctx, pool)
		if err != nil {
			errs = append(errs, fmt.Errorf("pool %s: owner: %w", pool.Hex(), err))
			continue
		}
		if _, f, err := s.CheckPoolLow(ctx, pool, owner); err != nil {
			errs = append(errs, err)
		} else if f {
			fired++
		}
	}
	return fired, errors.Join(errs...)
}

// RunPoolAlerts calls CheckPoolsLow every interval until ctx ends; errors go to onErr.
func (s *Store) RunPoolAlerts(ctx context.Context, interval time.Duration,
	ownerOf func(context.Context, common.Address) (common.Address, error), onErr func(error)) {
	every(ctx, interval, func() error { _, err := s.CheckPoolsLow(ctx, ownerOf); return err }, onErr)
}
