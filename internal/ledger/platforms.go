package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Platform is a server-to-server API client.
type Platform struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Scopes are what the platform's token allows; Campaigns are the campaigns it may act on.
	Scopes    []string  `json:"scopes"`
	Campaigns []string  `json:"campaigns"`
	CreatedAt time.Time `json:"created_at"`
	Revoked   bool      `json:"revoked"`
}

// CreatePlatform stores p (CreatedAt set to now if zero), or returns ErrExists if its id is taken. Safe for
// concurrent use.
func (s *Store) CreatePlatform(ctx context.Context, p Platform) error {
	if p.ID == "" {
		return fmt.Errorf("create platform: %w: no id", ErrInvalid)
	}
	if p.CreatedAt.IsZero() {
		p.CreatedAt = s.now().UTC()
	}
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("create platform: %w", err)
	}
	ok, err := s.rdb.SetNX(ctx, s.k.platform(p.ID), b, 0).Result()
	if err != nil {
		return fmt.Errorf("create platform: %w", err)
	}
	if !ok {
		return fmt.Errorf("create platform %s: %w", p.ID, ErrExists)
	}
	return nil
}

// GetPlatform returns the platform with this id, or ErrNotFound. Safe for concurrent use.
func (s *Store) GetPlatform(ctx context.Context, id string) (*Platform, error) {
	b, err := s.rdb.Get(ctx, s.k.platform(id)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("platform %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get platform: %w", err)
	}
	var p Platform
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("get platform %s: %w", id, err)
	}
	return &p, nil
}

// UpdatePlatform applies fn to the stored platform (e.g. to revoke it) and stores the result, under
// WATCH/MULTI: fn may be called again if the platform changed meanwhile, so it must have no other effect. Its
// error is returned wrapped. The id cannot change. ErrNotFound if there is no such platform. Safe for
// concurrent use.
func (s *Store) UpdatePlatform(ctx context.Context, id string, fn func(*Platform) error) (*Platform, error) {
	key := s.k.platform(id)
	var out *Platform
	err := s.watchRetry(ctx, func(tx *redis.Tx) error {
		b, err := tx.Get(ctx, key).Bytes()
		if errors.Is(err, redis.Nil) {
			return fmt.Errorf("platform %s: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		var p Platform
		if err := json.Unmarshal(b, &p); err != nil {
			return err
		}
		if err := fn(&p); err != nil {
			return err
		}
		p.ID = id
		nb, err := json.Marshal(p)
		if err != nil {
			return err
		}
		if _, err := tx.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
			pipe.Set(ctx, key, nb, 0)
			return nil
		}); err != nil {
			return err
		}
		out = &p
		return nil
	}, key)
	if err != nil {
		return nil, fmt.Errorf("update platform: %w", err)
	}
	return out, nil
}

// watchRetry runs fn under WATCH keys until its transaction commits without another client having changed
// the keys (at most 100 attempts).
func (s *Store) watchRetry(ctx context.Context, fn func(*redis.Tx) error, keys ...string) error {
	for range 100 {
		err := s.rdb.Watch(ctx, fn, keys...)
		if !errors.Is(err, redis.TxFailedErr) {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return errors.New("too much contention, try again")
}

// PutNonce stores a Sign-In with Ethereum nonce for ttl (> 0). ErrExists if it is already stored. Safe
// for concurrent use.
func (s *Store) PutNonce(ctx context.Context, nonce string, ttl time.Duration) error {
	if nonce == "" || ttl <= 0 {
		return fmt.Errorf("put nonce: %w: empty nonce or ttl <= 0", ErrInvalid)
	}
	ok, err := s.rdb.SetNX(ctx, s.k.nonce(nonce), "1", ttl).Result()
	if err != nil {
		return fmt.Errorf("put nonce: %w", err)
	}
	if !ok {
		return fmt.Errorf("put nonce: %w", ErrExists)
	}
	return nil
}

// TakeNonce consumes a nonce: true if it was stored and had not expired, exactly once however many
// callers race for it (GETDEL). Safe for concurrent use.
func (s *Store) TakeNonce(ctx context.Context, nonce string) (bool, error) {
	err := s.rdb.GetDel(ctx, s.k.nonce(nonce)).Err()
	if errors.Is(err, redis.Nil) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("take nonce: %w", err)
	}
	return true, nil
}
