package ledger

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Acknowledging only what the replicas have. Redis replicates asynchronously: a master that dies before its
// replica received a write takes the write with it, and the replica promoted in its place never had it. With
// Options.MinReplicas set, the award script runs in one pipeline with WAIT on the master of its slot (one
// connection, so WAIT covers exactly that script's writes); an award is acknowledged only once WAIT reports
// that many replicas have it. If fewer confirm within ReplicaTimeout the write may still survive — or not —
// so Apply answers ErrNotReplicated: a retry with the same idempotency key replays it (if it survived) or
// makes it (if it did not), exactly once either way.

// ErrNotReplicated: the write was made on the master, but fewer than Options.MinReplicas replicas confirmed
// it within Options.ReplicaTimeout. It was not acknowledged; retry with the same idempotency key.
var ErrNotReplicated = errors.New("the write was not confirmed by enough replicas")

// DefaultReplicaTimeout is how long WAIT waits for the replicas when Options.ReplicaTimeout is 0.
const DefaultReplicaTimeout = time.Second

// nodeRetries is how often runAcked tries again when the slot's master changed under it (a failover).
const nodeRetries = 3

// runAcked runs script like script.Run, and, with MinReplicas set, returns only once that many replicas
// have its writes (else ErrNotReplicated). keys[0] names the slot.
func (s *Store) runAcked(ctx context.Context, script *redis.Script, keys []string, args ...any) *redis.Cmd {
	if s.minReplicas <= 0 {
		return script.Run(ctx, s.rdb, keys, args...)
	}
	out := redis.NewCmd(ctx)
	var err error
	for attempt := 0; attempt < nodeRetries; attempt++ {
		var val any
		val, err = s.evalWait(ctx, script, keys, args)
		if err == nil {
			out.SetVal(val)
			return out
		}
		if !retryableNode(err) || ctx.Err() != nil {
			break
		}
		if cc, ok := s.rdb.(*redis.ClusterClient); ok {
			cc.ReloadState(ctx)
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Duration(attempt+1) * 100 * time.Millisecond):
		}
	}
	out.SetErr(err)
	return out
}

// evalWait runs script and WAIT in one pipeline on the master of keys[0]'s slot.
func (s *Store) evalWait(ctx context.Context, script *redis.Script, keys []string, args []any) (any, error) {
	node := redis.Cmdable(s.rdb)
	if cc, ok := s.rdb.(*redis.ClusterClient); ok {
		m, err := cc.MasterForKey(ctx, keys[0])
		if err != nil {
			return nil, err
		}
		node = m
	}
	pipeliner, ok := node.(interface {
		Pipeline() redis.Pipeliner
	})
	if !ok {
		return nil, fmt.Errorf("ledger: MinReplicas needs a single, Sentinel or Cluster client, not %T", s.rdb)
	}
	timeout := s.replicaTimeout.Milliseconds()
	for loaded := false; ; loaded = true {
		p := pipeliner.Pipeline()
		eval := p.EvalSha(ctx, script.Hash(), keys, args...)
		wait := p.Do(ctx, "WAIT", s.minReplicas, timeout)
		_, _ = p.Exec(ctx)
		if err := eval.Err(); err != nil && !errors.Is(err, redis.Nil) {
			if !loaded && strings.HasPrefix(err.Error(), "NOSCRIPT") {
				if err := script.Load(ctx, node.(redis.Scripter)).Err(); err != nil {
					return nil, err
				}
				continue
			}
			return nil, err
		}
		n, err := wait.Int64()
		if err != nil {
			return nil, fmt.Errorf("wait for replicas: %w", err)
		}
		if n < int64(s.minReplicas) {
			return nil, fmt.Errorf("%w: %d of %d replicas within %s", ErrNotReplicated, n, s.minReplicas, s.replicaTimeout)
		}
		return eval.Val(), eval.Err()
	}
}

// retryableNode reports whether err means the slot's master moved or went away, so that asking the
// cluster again may find the new one.
func retryableNode(err error) bool {
	if errors.Is(err, ErrNotReplicated) {
		return false
	}
	msg := err.Error()
	for _, p := range []string{"MOVED", "ASK", "CLUSTERDOWN", "TRYAGAIN", "LOADING", "READONLY", "connection refused", "EOF",
		"connection reset", "broken pipe", "i/o timeout"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
