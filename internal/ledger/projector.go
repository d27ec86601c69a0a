package ledger

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// Projections. The award script does only what its acknowledgement promises; what an award implies
// beyond that — the campaign's earned totals and leaderboard, its daily counts and amounts, the account's
// history list, the award.created webhook event — is folded from the campaign's journal by fold (see
// lifecycleLua), with the fold's cursor moved in the same script as its writes: every journal entry is
// folded exactly once, by whichever replica gets there first, and a crash or restart resumes from the
// cursor. RunProjector folds what Apply calls in this process wrote as soon as they return, and sweeps every
// token's slot once a second for what another (maybe crashed) replica left. The reads that come from a
// projection (Leaderboard, AccountHistory, AccountHistoryPage, CampaignStats, Campaigns' holders) fold their
// slot first, so a client reads its own writes; webhooks see award.created once the projector folded it
// (the lag metric tribe_projection_lag_seconds).

// projectBatch is how many journal entries one projectScript call folds at most.
const projectBatch = 2000

// projectScript folds the slot's unfolded journal entries, at most ARGV[1] of them: the campaigns ARGV[2..]
// (escaped ids), or every campaign marked in P..'dirty' when none is given.
//
// KEYS[1] the slot prefix P. Returns {folded, first stream id folded or "", "1" if more are left or "0"}.
var projectScript = redis.NewScript(decimalLua + lifecycleLua + `
local P, limit = KEYS[1], tonumber(ARGV[1])
local camps = {}
for i = 2, #ARGV do camps[#camps + 1] = ARGV[i] end
if #camps == 0 then camps = redis.call('HKEYS', P .. 'dirty') end
local total, first, more = 0, '', '0'
for _, ce in ipairs(camps) do
  local left = limit - total
  if left <= 0 then
    more = '1'
    break
  end
  local n, sid = fold(P, ce, left)
  total = total + n
  if sid and (first == '' or sid < first) then first = sid end
  if n == left and redis.call('HEXISTS', P .. 'dirty', ce) == 1 then more = '1' end
end
return {total, first, more}
`)

// project folds token's slot (campaigns, or every marked one) up to projectBatch entries. It returns how
// many it folded, when the first of them was journaled (zero if none), and whether more wait.
func (s *Store) project(ctx context.Context, token common.Address, campaigns ...string) (int, time.Time, bool, error) {
	args := make([]any, 0, 1+len(campaigns))
	args = append(args, projectBatch)
	for _, c := range campaigns {
		args = append(args, esc(c))
	}
	res, err := s.runAcked(ctx, projectScript, []string{s.k.tokenKey(token)}, args...).Slice()
	if err != nil {
		return 0, time.Time{}, false, fmt.Errorf("project %s: %w", hexAddr(token), err)
	}
	n, _ := res[0].(int64)
	var first time.Time
	if sid, _ := res[1].(string); sid != "" {
		ms, err := strconv.ParseInt(sid[:strings.IndexByte(sid, '-')], 10, 64)
		if err == nil {
			first = time.UnixMilli(ms)
		}
	}
	more, _ := res[2].(string)
	return int(n), first, more == "1", nil
}

// catchUp folds everything token's slot (campaigns, or all of it) has not folded yet: a read of a
// projection calls it first.
func (s *Store) catchUp(ctx context.Context, token common.Address, campaigns ...string) error {
	for {
		_, _, more, err := s.project(ctx, token, campaigns...)
		if err != nil || !more {
			return err
		}
	}
}

// projQueue is the tokens Apply wrote to in this process that the projector has not folded since.
type projQueue struct {
	mu     sync.Mutex
	tokens map[common.Address]struct{}
	wake   chan struct{}
}

func newProjQueue() *projQueue {
	return &projQueue{tokens: map[common.Address]struct{}{}, wake: make(chan struct{}, 1)}
}

func (q *projQueue) add(token common.Address) {
	q.mu.Lock()
	q.tokens[token] = struct{}{}
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

func (q *projQueue) take() []common.Address {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]common.Address, 0, len(q.tokens))
	for t := range q.tokens {
		out = append(out, t)
	}
	clear(q.tokens)
	return out
}

// ProjectorSweep is how often RunProjector looks at every token's slot for entries another replica left.
const ProjectorSweep = time.Second

// RunProjector folds the journals into the projections until ctx ends: what this process's Apply calls
// wrote at once, and every slot once per ProjectorSweep. observe, if not nil, gets each fold's lag (how
// long its oldest entry waited). Errors go to onErr.
func (s *Store) RunProjector(ctx context.Context, observe func(time.Duration), onErr func(error)) {
	sweep := time.NewTicker(ProjectorSweep)
	defer sweep.Stop()
	run := func(tokens []common.Address) {
		for _, t := range tokens {
			for {
				n, first, more, err := s.project(ctx, t)
				if err != nil {
					if ctx.Err() == nil {
						onErr(err)
					}
					break
				}
				if n > 0 && observe != nil && !first.IsZero() {
					observe(time.Since(first))
				}
				if !more {
					break
				}
			}
		}
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.proj.wake:
			run(s.proj.take())
		case <-sweep.C:
			tokens, err := s.dirtyTokens(ctx)
			if err != nil {
				if ctx.Err() == nil {
					onErr(err)
				}
				continue
			}
			run(tokens)
		}
	}
}

// dirtyTokens is every token whose slot has campaigns to fold.
func (s *Store) dirtyTokens(ctx context.Context) ([]common.Address, error) {
	tokens, err := s.rdb.SMembers(ctx, s.k.tokens()).Result()
	if err != nil || len(tokens) == 0 {
		return nil, err
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.IntCmd, len(tokens))
	for i, t := range tokens {
		cmds[i] = pipe.HLen(ctx, s.k.tokenKey(common.HexToAddress(t))+"dirty")
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("projector sweep: %w", err)
	}
	var out []common.Address
	for i, c := range cmds {
		if c.Val() > 0 {
			out = append(out, common.HexToAddress(tokens[i]))
		}
	}
	return out, nil
}

// Project folds everything token's slot has not folded into its projections yet (RunProjector does it in
// the background; reads of projections do it first).
func (s *Store) Project(ctx context.Context, token common.Address) error {
	return s.catchUp(ctx, token)
}
