package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// SetEmbedOrigins stores the origins that may frame campaign's fan widget, replacing what was stored; an
// empty list removes the entry. The origins are stored as given: the caller validates them. Safe for
// concurrent use (the last write wins).
func (s *Store) SetEmbedOrigins(ctx context.Context, campaign string, origins []string) error {
	if campaign == "" {
		return fmt.Errorf("set embed origins: %w: empty campaign id", ErrInvalid)
	}
	key := s.k.embedOrigins(campaign)
	if len(origins) == 0 {
		if err := s.rdb.Del(ctx, key).Err(); err != nil {
			return fmt.Errorf("set embed origins: %w", err)
		}
		return nil
	}
	b, err := json.Marshal(origins)
	if err != nil {
		return fmt.Errorf("set embed origins: %w", err)
	}
	if err := s.rdb.Set(ctx, key, b, 0).Err(); err != nil {
		return fmt.Errorf("set embed origins: %w", err)
	}
	return nil
}

// EmbedOrigins returns the origins that may frame campaign's fan widget (empty, not nil, when none are
// stored). One Redis round trip. Safe for concurrent use.
func (s *Store) EmbedOrigins(ctx context.Context, campaign string) ([]string, error) {
	b, err := s.rdb.Get(ctx, s.k.embedOrigins(campaign)).Bytes()
	if errors.Is(err, redis.Nil) {
		return []string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("embed origins: %w", err)
	}
	out := []string{}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("embed origins of %s: %w", campaign, err)
	}
	return out, nil
}
