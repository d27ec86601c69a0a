package api

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// DefaultCacheSize is the entries each of a replica's caches keeps when Config gives no size.
const DefaultCacheSize = 10_000

// newLRU returns a bounded least-recently-used map of size entries (DefaultCacheSize if size ≤ 0). Safe for
// concurrent use.
func newLRU[K comparable, V any](size int) *lru.Cache[K, V] {
	if size <= 0 {
		size = DefaultCacheSize
	}
	c, err := lru.New[K, V](size)
	if err != nil {
		panic(err) // only for size ≤ 0
	}
	return c
}

// expiring is a replica's copy of values read from Redis, trusted for a time: platform records and the
// creators' changes to who may act on a campaign. It holds at most its size's keys, the least recently used
// evicted first. Readers of a current copy take only the LRU's lock; concurrent misses of one key share one
// read; failed reads are not kept. Safe for concurrent use.
type expiring[V any] struct {
	ttl time.Duration // ≤ 0: every get reads
	now func() time.Time
	m   *lru.Cache[string, *expiringEntry[V]]
}

func newExpiring[V any](size int, ttl time.Duration, now func() time.Time) *expiring[V] {
	return &expiring[V]{ttl: ttl, now: now, m: newLRU[string, *expiringEntry[V]](size)}
}

type expiringEntry[V any] struct {
	mu   sync.Mutex // held while reading, so that concurrent misses share one read
	copy atomic.Pointer[expiringCopy[V]]
}

type expiringCopy[V any] struct {
	v  V
	at time.Time
}

func (c *expiring[V]) current(cp *expiringCopy[V], now time.Time) bool {
	if cp == nil {
		return false
	}
	age := now.Sub(cp.at)
	return age >= 0 && age < c.ttl
}

// get returns key's copy if it is current and fresh is not set, else what read returns (kept if it succeeds).
func (c *expiring[V]) get(key string, fresh bool, read func() (V, error)) (V, error) {
	return c.read(key, fresh, false, read)
}

// getOrLast is get, except that when read fails and an earlier copy exists, that copy is returned (with
// stale true) and trusted for another ttl: a dependency that is down costs one failed read per key per ttl
// instead of failing every request.
func (c *expiring[V]) getOrLast(key string, read func() (V, error)) (v V, stale bool, err error) {
	v, err = c.read(key, false, true, read)
	var s *staleError
	if errors.As(err, &s) {
		return v, true, nil
	}
	return v, false, err
}

// staleError carries the read error that getOrLast answered with an earlier copy.
type staleError struct{ err error }

func (e *staleError) Error() string { return "stale: " + e.err.Error() }

func (c *expiring[V]) read(key string, fresh, keepLast bool, read func() (V, error)) (V, error) {
	if c.ttl <= 0 {
		return read()
	}
	e, ok := c.m.Get(key)
	if !ok {
		e = &expiringEntry[V]{}
		if prev, found, _ := c.m.PeekOrAdd(key, e); found {
			e = prev
		}
	}
	old := e.copy.Load()
	if !fresh && old != nil && c.current(old, c.now()) {
		return old.v, nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if cur := e.copy.Load(); cur != old && cur != nil && c.current(cur, c.now()) {
		return cur.v, nil // another request read it meanwhile
	}
	at := c.now()
	val, err := read()
	if err != nil {
		if last := e.copy.Load(); keepLast && last != nil {
			e.copy.Store(&expiringCopy[V]{v: last.v, at: at})
			return last.v, &staleError{err}
		}
		return val, err
	}
	e.copy.Store(&expiringCopy[V]{v: val, at: at})
	return val, nil
}

// forget drops key's copy, after this replica changed what it holds.
func (c *expiring[V]) forget(key string) { c.m.Remove(key) }

// len is how many keys are kept.
func (c *expiring[V]) len() int { return c.m.Len() }
