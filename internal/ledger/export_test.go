package ledger

import "github.com/ethereum/go-ethereum/common"

// HoldGroups makes token's next Apply calls wait, as they do while its groups are in Redis, until release
// sends every waiting call as one group (in arrival order); waiting is how many wait.
func HoldGroups(s *Store, token common.Address) (waiting func() int, release func()) {
	c := s.commit
	c.mu.Lock()
	q := c.queues[token]
	if q == nil {
		q = &commitQueue{}
		c.queues[token] = q
	}
	q.inFlight = groupsInFlight
	c.mu.Unlock()
	waiting = func() int {
		c.mu.Lock()
		defer c.mu.Unlock()
		return len(q.waiting)
	}
	release = func() {
		c.mu.Lock()
		q.inFlight = 1
		group := c.take(q)
		c.mu.Unlock()
		go c.run(token, q, group)
	}
	return waiting, release
}
