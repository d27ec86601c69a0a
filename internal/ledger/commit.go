package ledger

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Group commit. Concurrent Apply calls for one token (one cluster slot) are coalesced into one call of
// applyScript: the round trip, the script's start-up (defining its Lua functions costs more than a short
// award's own work) and, with MinReplicas, the WAIT are paid once per group. There is no timer: a group
// is sent at once when none of the token's groups is in flight, and while MaxInFlight groups are, the
// calls that arrive wait and go together in the next one — so an idle ledger adds no latency and a busy
// one forms groups as large as its load (up to Options.MaxGroup calls). The script applies the group's
// requests one after another in arrival order, each with its own result: a refused request writes
// nothing and refuses only itself. Redis runs the script atomically and the AOF holds its effects as one
// transaction, so a crash keeps the whole group or none of it, and no call is answered before its group
// returned — nothing acknowledged is lost that a lone call would have kept.

// DefaultMaxGroup is how many Apply calls one script call carries at most when Options.MaxGroup is 0.
const DefaultMaxGroup = 64

// maxGroupArgs bounds a group's arguments (a batch of MaxBatch awards has about 10 per award): a call
// over it goes alone.
const maxGroupArgs = 12 * MaxBatch

// groupsInFlight is how many groups of one token may be in Redis at once: two keep the connection busy
// while the next group forms.
const groupsInFlight = 2

type committer struct {
	s        *Store
	maxGroup int
	mu       sync.Mutex
	queues   map[common.Address]*commitQueue
	// groups and calls count script calls sent and the Apply calls they carried (GroupStats).
	groups, calls atomic.Int64
}

type commitQueue struct {
	waiting  []*applyCall
	inFlight int
}

type applyCall struct {
	keys []string
	args []any
	res  []string
	err  error
	done chan struct{}
}

func newCommitter(s *Store, maxGroup int) *committer {
	if maxGroup <= 0 {
		maxGroup = DefaultMaxGroup
	}
	return &committer{s: s, maxGroup: maxGroup, queues: map[common.Address]*commitQueue{}}
}

// apply runs one request's keys and arguments (as apply_one takes them) in a group of token's and returns
// its reply. If ctx ends first it returns ctx's error; the request may still be applied (see Store).
func (c *committer) apply(ctx context.Context, token common.Address, keys []string, args []any) ([]string, error) {
	call := &applyCall{keys: keys, args: args, done: make(chan struct{})}
	c.mu.Lock()
	q := c.queues[token]
	if q == nil {
		q = &commitQueue{}
		c.queues[token] = q
	}
	q.waiting = append(q.waiting, call)
	var group []*applyCall
	if q.inFlight < groupsInFlight {
		q.inFlight++
		group = c.take(q)
	}
	c.mu.Unlock()
	if group != nil {
		go c.run(token, q, group)
	}
	select {
	case <-call.done:
		return call.res, call.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// take removes the next group from q's waiting calls. Called with c.mu held.
func (c *committer) take(q *commitQueue) []*applyCall {
	n, args := 0, 0
	for n < len(q.waiting) && n < c.maxGroup {
		a := len(q.waiting[n].args) + 2
		if n > 0 && args+a > maxGroupArgs {
			break
		}
		args += a
		n++
	}
	group := q.waiting[:n:n]
	q.waiting = q.waiting[n:]
	if len(q.waiting) == 0 {
		q.waiting = nil
	}
	return group
}

// run sends group, answers its calls, and goes on with the calls that arrived meanwhile until none wait.
func (c *committer) run(token common.Address, q *commitQueue, group []*applyCall) {
	for group != nil {
		c.send(group)
		c.mu.Lock()
		group = nil
		if len(q.waiting) > 0 {
			group = c.take(q)
		} else {
			q.inFlight--
			if q.inFlight == 0 {
				delete(c.queues, token)
			}
		}
		c.mu.Unlock()
	}
}

// send runs one group's script call. Its context is none of the callers': a caller that gives up must not
// abandon the others' requests.
func (c *committer) send(group []*applyCall) {
	nk, na := 0, 1+2*len(group)
	for _, g := range group {
		nk += len(g.keys)
		na += len(g.args)
	}
	keys := make([]string, 0, nk)
	args := make([]any, 0, na)
	args = append(args, len(group))
	for _, g := range group {
		keys = append(keys, g.keys...)
		args = append(args, len(g.keys), len(g.args))
	}
	for _, g := range group {
		args = append(args, g.args...)
	}
	c.groups.Add(1)
	c.calls.Add(int64(len(group)))
	ctx, cancel := context.WithTimeout(context.Background(), groupTimeout)
	defer cancel()
	val, err := c.s.runAcked(ctx, applyScript, keys, args...).Slice()
	if err == nil && len(val) != len(group) {
		err = fmt.Errorf("group of %d got %d replies", len(group), len(val))
	}
	for i, g := range group {
		if err != nil {
			g.err = err
		} else {
			g.res, g.err = replyStrings(val[i])
		}
		close(g.done)
	}
}

// groupTimeout bounds one group's script call (and WAIT) when no caller's context does.
const groupTimeout = 30 * time.Second

// replyStrings is one apply_one reply: an array of strings.
func replyStrings(v any) ([]string, error) {
	a, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("apply reply %T, want an array", v)
	}
	out := make([]string, len(a))
	for i, x := range a {
		switch x := x.(type) {
		case string:
			out[i] = x
		case int64:
			out[i] = strconv.FormatInt(x, 10)
		default:
			return nil, fmt.Errorf("apply reply element %T", x)
		}
	}
	return out, nil
}

// GroupStats reports how many script calls Apply has sent since the Store was made, and how many Apply
// calls they carried: calls / groups is the mean group size.
func (s *Store) GroupStats() (groups, calls int64) {
	return s.commit.groups.Load(), s.commit.calls.Load()
}
