package settle

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// acquire takes the lease, or renews it if this Settler holds it, and returns its value
// "<owner>:<fencing token>". ErrNotLeader if another owner holds it.
func (s *Settler) acquire(ctx context.Context) (string, error) {
	token, err := acquireScript.Run(ctx, s.rdb, []string{s.k.lease(), s.k.fence()},
		s.cfg.Owner, s.cfg.LeaseTTL.Milliseconds()).Text()
	if errors.Is(err, redis.Nil) {
		s.setLease("")
		return "", ErrNotLeader
	}
	if err != nil {
		return "", fmt.Errorf("acquire lease: %w", err)
	}
	v := s.cfg.Owner + ":" + token
	if prev := s.setLease(v); prev != v {
		s.log.Info("settlement lease acquired", "fencing_token", token, "ttl", s.cfg.LeaseTTL)
	}
	return v, nil
}

// renew extends the lease held with value v; it reports false (and forgets the lease) if it is no longer
// held. A Redis error is logged and reported as held: the next renewal or fenced write decides.
func (s *Settler) renew(ctx context.Context, v string) bool {
	n, err := renewScript.Run(ctx, s.rdb, []string{s.k.lease()}, v, s.cfg.LeaseTTL.Milliseconds()).Int()
	if err != nil {
		if ctx.Err() == nil {
			s.log.Warn("lease renewal failed", "err", err)
		}
		return true
	}
	if n == 0 {
		s.lost(v)
		return false
	}
	return true
}

// release gives the lease up if this Settler holds it.
func (s *Settler) release(ctx context.Context) {
	v := s.setLease("")
	if v == "" {
		return
	}
	if err := releaseScript.Run(ctx, s.rdb, []string{s.k.lease()}, v).Err(); err != nil {
		s.log.Warn("lease release failed; it expires by itself", "err", err)
		return
	}
	s.log.Info("settlement lease released")
}

// hold renews the lease every LeaseTTL/3 while a step runs. The returned context is cancelled with cause
// ErrLeaseLost when a renewal finds the lease gone; stop ends the renewals.
func (s *Settler) hold(ctx context.Context, v string) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(s.cfg.LeaseTTL / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if !s.renew(ctx, v) {
				cancel(ErrLeaseLost)
				return
			}
		}
	})
	return ctx, func() {
		close(done)
		wg.Wait()
		cancel(nil)
	}
}

func (s *Settler) setLease(v string) (prev string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev, s.lease = s.lease, v
	return prev
}

func (s *Settler) heldLease() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lease
}

// lost forgets the lease v, if it is still the one this Settler believes it holds.
func (s *Settler) lost(v string) {
	s.mu.Lock()
	was := s.lease == v
	if was {
		s.lease = ""
	}
	s.mu.Unlock()
	if was {
		s.log.Warn("settlement lease lost")
	}
}

// scriptErr maps the errors of the writing scripts: FENCED to ErrLeaseLost (forgetting the lease),
// CONFLICT to ErrConflict.
func (s *Settler) scriptErr(v, what string, err error) error {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "FENCED"):
		s.lost(v)
		return fmt.Errorf("%s: %w: the write was refused", what, ErrLeaseLost)
	case strings.HasPrefix(msg, "CONFLICT"):
		return fmt.Errorf("%s: %w: %s", what, ErrConflict, msg)
	}
	return fmt.Errorf("%s: %w", what, err)
}
