package ledger

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// relayPending is the value of a relay marker before its transaction hash is known.
const relayPending = "pending"

// Begin marks a relayed claim of (account, token) as in flight for at most ttl. If one is already in flight it
// returns its transaction hash ("pending" while it is being sent) and marks nothing. Safe for concurrent use
// across replicas: exactly one caller gets "".
func (s *Store) Begin(ctx context.Context, account, token common.Address, ttl time.Duration) (string, error) {
	key := s.k.relay(account, token)
	prev, err := s.rdb.SetArgs(ctx, key, relayPending, redis.SetArgs{Mode: "NX", Get: true, TTL: ttl}).Result()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("relay begin: %w", err)
	}
	return prev, nil
}

// Sent records the transaction hash of the relay in flight.
func (s *Store) Sent(ctx context.Context, account, token common.Address, tx string, ttl time.Duration) error {
	if err := s.rdb.Set(ctx, s.k.relay(account, token), tx, ttl).Err(); err != nil {
		return fmt.Errorf("relay sent: %w", err)
	}
	return nil
}

// Done forgets the relay of (account, token): the next request may send again.
func (s *Store) Done(ctx context.Context, account, token common.Address) error {
	if err := s.rdb.Del(ctx, s.k.relay(account, token)).Err(); err != nil {
		return fmt.Errorf("relay done: %w", err)
	}
	return nil
}

// Forget forgets the relay of (account, token) if its marker is still marker (a value Begin returned or Sent
// stored), and reports whether it did. Safe for concurrent use across replicas.
func (s *Store) Forget(ctx context.Context, account, token common.Address, marker string) (bool, error) {
	n, err := relayForgetScript.Run(ctx, s.rdb, []string{s.k.relay(account, token)}, marker).Int()
	if err != nil {
		return false, fmt.Errorf("relay forget: %w", err)
	}
	return n == 1, nil
}
