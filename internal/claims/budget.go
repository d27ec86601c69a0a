package claims

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// Budget bounds the gas the service spends on relays. Charge is called before anything is sent, with the most
// gas the transaction may use (its gas limit), so concurrent relays cannot overshoot a budget.
type Budget interface {
	// Charge takes gas from account's budget and from the global one, both or neither. Over a budget it
	// returns a *RetryError wrapping ErrAccountBudget or ErrGlobalBudget and charges nothing.
	Charge(ctx context.Context, account common.Address, gas uint64) error
	// Refund gives back what a Charge took, for a relay that was then not sent.
	Refund(ctx context.Context, account common.Address, gas uint64) error
}

// BudgetPeriod is the period of the relay gas budgets: they are in gas per hour.
const BudgetPeriod = time.Hour

// RedisBudget is a Budget in Redis, shared by every replica: two GCRA buckets (the generic cell rate
// algorithm of go-redis/redis_rate) of gas per hour, one per account and one for all, charged together by one
// Lua script. A bucket allows a burst of its whole hourly amount and refills continuously. Safe for concurrent
// use.
type RedisBudget struct {
	rdb redis.UniversalClient
	k   keys
	// AccountPerHour and GlobalPerHour are the budgets in gas per hour; 0 is unlimited.
	AccountPerHour, GlobalPerHour uint64
	// Now is the clock (time.Now if nil).
	Now func() time.Time
}

// NewRedisBudget returns the budgets kept in rdb under prefix (the ledger's key prefix; "tribe" if empty).
func NewRedisBudget(rdb redis.UniversalClient, prefix string, accountPerHour, globalPerHour uint64) *RedisBudget {
	if prefix == "" {
		prefix = "tribe"
	}
	if strings.ContainsAny(prefix, "{}") {
		panic("claims: the key prefix must not contain '{' or '}'")
	}
	return &RedisBudget{rdb: rdb, k: keys{p: prefix}, AccountPerHour: accountPerHour, GlobalPerHour: globalPerHour}
}

// budgetScript charges (or refunds) n gas against two GCRA buckets, all or nothing.
//
// KEYS[1] the account's bucket, KEYS[2] the global bucket: each holds its theoretical arrival time (TAT) in
// unix milliseconds.
// ARGV[1] now (unix ms), ARGV[2] n (gas), ARGV[3] the account's gas per period, ARGV[4] the global gas per
// period (0: unlimited), ARGV[5] the period (ms), ARGV[6] "charge" or "refund".
//
// A charge of n moves a bucket's TAT to max(TAT, now) + n*period/limit, and is allowed if the new TAT is at most
// now + period. It returns {0, 0} when charged, or {i, wait_ms} when bucket i (1: account, 2: global) refuses.
var budgetScript = redis.NewScript(`
local now = tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local period = tonumber(ARGV[5])
local limits = {tonumber(ARGV[3]), tonumber(ARGV[4])}
local function cost(i) return math.ceil(n * period / limits[i]) end
local function store(key, tat)
  if tat > now then
    redis.call('SET', key, string.format('%.0f', tat), 'PX', string.format('%.0f', tat - now))
  else
    redis.call('DEL', key)
  end
end
if ARGV[6] == 'refund' then
  for i = 1, 2 do
    local v = redis.call('GET', KEYS[i])
    if v and limits[i] > 0 then store(KEYS[i], tonumber(v) - cost(i)) end
  end
  return {0, 0}
end
local new = {}
for i = 1, 2 do
  if limits[i] > 0 then
    local tat = now
    local v = redis.call('GET', KEYS[i])
    if v and tonumber(v) > now then tat = tonumber(v) end
    tat = tat + cost(i)
    if tat - period > now then return {i, tat - period - now} end
    new[i] = tat
  end
end
for i = 1, 2 do
  if new[i] then store(KEYS[i], new[i]) end
end
return {0, 0}
`)

// Charge implements Budget.
func (b *RedisBudget) Charge(ctx context.Context, account common.Address, gas uint64) error {
	res, err := b.run(ctx, account, gas, "charge")
	if err != nil {
		return fmt.Errorf("charge relay gas: %w", err)
	}
	if len(res) != 2 || res[0] == 0 {
		return nil
	}
	wait := time.Duration(res[1]) * time.Millisecond
	if res[0] == 1 {
		return &RetryError{Err: ErrAccountBudget, Wait: wait,
			Msg: fmt.Sprintf("%v (%d gas per hour); retry in %s", ErrAccountBudget, b.AccountPerHour, wait.Round(time.Second))}
	}
	return &RetryError{Err: ErrGlobalBudget, Wait: wait,
		Msg: fmt.Sprintf("%v; retry in %s", ErrGlobalBudget, wait.Round(time.Second))}
}

// Refund implements Budget.
func (b *RedisBudget) Refund(ctx context.Context, account common.Address, gas uint64) error {
	if _, err := b.run(ctx, account, gas, "refund"); err != nil {
		return fmt.Errorf("refund relay gas: %w", err)
	}
	return nil
}

func (b *RedisBudget) run(ctx context.Context, account common.Address, gas uint64, mode string) ([]int64, error) {
	now := time.Now
	if b.Now != nil {
		now = b.Now
	}
	return budgetScript.Run(ctx, b.rdb, []string{b.k.accountGas(account), b.k.globalGas()},
		now().UnixMilli(), gas, b.AccountPerHour, b.GlobalPerHour, BudgetPeriod.Milliseconds(), mode).Int64Slice()
}
