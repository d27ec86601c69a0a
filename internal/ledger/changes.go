package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// Changed accounts, for settlement in proportion to change. Every script that writes a cumulative total
// (<p>:{<token>}:cum) also adds the account to its slot's live set of changed accounts (lifecycleLua's
// changed), in the same script. Settlement takes that set when it starts an epoch (TakeChanges: an atomic
// RENAME to a taken set with a new id), rebuilds the epoch from the previous one plus the accounts of every
// taken set, and drops exactly the taken sets it read once the new epoch is stored (DropChanges). A set
// taken by anyone — a settler that crashed, one whose lease expired — stays until an epoch that read it is
// stored, so no change is lost between epochs, whatever crashes where.
//
// The keys, all in the token's slot (keys.go's table names them; they are built here, next to their only
// users):
//
//	<p>:{<token>}:chg                        set     accounts whose cumulative total changed since the last take
//	<p>:{<token>}:chg:t:<id>                 set     a taken set (id from chg:seq), until an epoch that read it is stored
//	<p>:{<token>}:chg:idx                    set     the ids of the taken sets
//	<p>:{<token>}:chg:seq                    string  taken-set id counter (INCR)
//	<p>:{<token>}:chg:base                   string  what the epoch that last dropped taken sets said of itself
//	                                                 ("<epoch>:<root>"): settlement checks its base against it
func (k keys) changed(token common.Address) string      { return k.tokenKey(token) + "chg" }
func (k keys) changedIndex(token common.Address) string { return k.tokenKey(token) + "chg:idx" }
func (k keys) changedSeq(token common.Address) string   { return k.tokenKey(token) + "chg:seq" }
func (k keys) changedBase(token common.Address) string  { return k.tokenKey(token) + "chg:base" }
func (k keys) changedTaken(token common.Address, id string) string {
	return k.changed(token) + ":t:" + id
}

// takeChangesScript moves the live set of changed accounts aside, under a new id, and lists every taken set.
//
// KEYS[1] the live set (keys.changed; a taken set is KEYS[1] .. ':t:' .. id), KEYS[2] the index of taken
// sets, KEYS[3] the id counter, KEYS[4] the base marker.
//
// Returns {base marker or "", id, id, ...}.
var takeChangesScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then
  local id = tostring(redis.call('INCR', KEYS[3]))
  redis.call('RENAME', KEYS[1], KEYS[1] .. ':t:' .. id)
  redis.call('SADD', KEYS[2], id)
end
local out = {redis.call('GET', KEYS[4]) or ''}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do out[#out + 1] = id end
return out
`)

// dropChangesScript deletes taken sets and records the base marker.
//
// KEYS[1] the live set, KEYS[2] the index of taken sets, KEYS[3] the base marker. ARGV[1] the marker, then
// the ids of the taken sets to delete.
var dropChangesScript = redis.NewScript(`
for i = 2, #ARGV do
  redis.call('UNLINK', KEYS[1] .. ':t:' .. ARGV[i])
  redis.call('SREM', KEYS[2], ARGV[i])
end
redis.call('SET', KEYS[3], ARGV[1])
return 1
`)

// Tokens returns every reward token (and sponsor pool) the ledger holds cumulative totals of: the set Snapshot
// iterates. Safe for concurrent use.
func (s *Store) Tokens(ctx context.Context) ([]common.Address, error) {
	ms, err := s.rdb.SMembers(ctx, s.k.tokens()).Result()
	if err != nil {
		return nil, fmt.Errorf("tokens: %w", err)
	}
	out := make([]common.Address, len(ms))
	for i, m := range ms {
		out[i] = common.HexToAddress(m)
	}
	return out, nil
}

// Changes is what TakeChanges found of one token: the taken sets not dropped yet, and the base marker the
// last DropChanges left.
type Changes struct {
	Token common.Address
	// IDs names the taken sets (for ChangedAccounts and DropChanges).
	IDs []string
	// Base is the marker the last DropChanges of the token wrote ("" if none).
	Base string
}

// TakeChanges atomically moves token's live set of changed accounts aside as a new taken set, so that every
// later change goes to a new live set, and returns every taken set not yet dropped (including ones taken
// before by a settler that then failed). Safe for concurrent use: a concurrent take gets a set of its own.
func (s *Store) TakeChanges(ctx context.Context, token common.Address) (Changes, error) {
	res, err := takeChangesScript.Run(ctx, s.rdb, []string{s.k.changed(token), s.k.changedIndex(token),
		s.k.changedSeq(token), s.k.changedBase(token)}).StringSlice()
	if err != nil {
		return Changes{}, fmt.Errorf("take changes %s: %w", token, err)
	}
	if len(res) == 0 {
		return Changes{}, fmt.Errorf("take changes %s: empty reply", token)
	}
	return Changes{Token: token, Base: res[0], IDs: res[1:]}, nil
}

// ChangedAccounts calls fn with every account of c's taken sets (an account may come more than once), until
// fn returns an error (returned as is). It iterates with SSCAN, so Redis is never blocked. Cancelling ctx
// stops it.
func (s *Store) ChangedAccounts(ctx context.Context, c Changes, fn func(account common.Address) error) error {
	for _, id := range c.IDs {
		var cursor uint64
		for {
			ms, next, err := s.rdb.SScan(ctx, s.k.changedTaken(c.Token, id), cursor, "", 5000).Result()
			if err != nil {
				return fmt.Errorf("changed accounts %s: %w", c.Token, err)
			}
			for _, m := range ms {
				if err := fn(common.HexToAddress(m)); err != nil {
					return err
				}
			}
			if cursor = next; cursor == 0 {
				break
			}
		}
	}
	return nil
}

// Cumulatives returns the cumulative totals of token of accounts, in order (zero for an account with none),
// read with pipelined HMGETs. Safe for concurrent use.
func (s *Store) Cumulatives(ctx context.Context, token common.Address, accounts []common.Address) ([]*big.Int, error) {
	const batch = 2000
	out := make([]*big.Int, 0, len(accounts))
	key := s.k.cumulative(token)
	for lo := 0; lo < len(accounts); lo += 50 * batch {
		pipe := s.rdb.Pipeline()
		var cmds []*redis.SliceCmd
		for b := lo; b < min(len(accounts), lo+50*batch); b += batch {
			fields := make([]string, 0, batch)
			for _, a := range accounts[b:min(len(accounts), b+batch)] {
				fields = append(fields, hexAddr(a))
			}
			cmds = append(cmds, pipe.HMGet(ctx, key, fields...))
		}
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, fmt.Errorf("cumulatives %s: %w", token, err)
		}
		for _, cmd := range cmds {
			for _, v := range cmd.Val() {
				str, _ := v.(string)
				if str == "" {
					out = append(out, new(big.Int))
					continue
				}
				out = append(out, decimal(str))
			}
		}
	}
	return out, nil
}

// DropChanges deletes c's taken sets, once an epoch that read them all is stored, and records base (what the
// epoch says of itself) as the token's base marker. Safe for concurrent use: sets taken since c are kept.
func (s *Store) DropChanges(ctx context.Context, c Changes, base string) error {
	args := make([]any, 0, len(c.IDs)+1)
	args = append(args, base)
	for _, id := range c.IDs {
		args = append(args, id)
	}
	err := dropChangesScript.Run(ctx, s.rdb, []string{s.k.changed(c.Token), s.k.changedIndex(c.Token),
		s.k.changedBase(c.Token)}, args...).Err()
	if err != nil {
		return fmt.Errorf("drop changes %s: %w", c.Token, err)
	}
	return nil
}

// Accounts returns how many accounts have a cumulative total of token (platform users' pseudo-accounts
// included): what a full snapshot of the token reads, to size it. Safe for concurrent use.
func (s *Store) Accounts(ctx context.Context, token common.Address) (int, error) {
	n, err := s.rdb.HLen(ctx, s.k.cumulative(token)).Result()
	if err != nil {
		return 0, fmt.Errorf("accounts %s: %w", token, err)
	}
	return int(n), nil
}
