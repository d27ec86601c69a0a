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
	// IssuedBy is the creator (checksummed address) who issued the platform's token for a campaign of theirs,
	// "" for a platform issued by an operator. The platforms a creator issues share the creator's rate limit.
	IssuedBy string `json:"issued_by,omitempty"`
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

// A campaign's platform overrides, as its creator manages them. They add to what the campaign's definition
// (rewards.Campaign.Platforms, immutable) and the platforms' tokens allow.
const (
	// PlatformAllowed: the creator added the platform; it may act on the campaign even if the campaign's
	// definition has an allow-list that does not name it.
	PlatformAllowed = "allow"
	// PlatformRemoved: the creator took the platform off the campaign; it may no longer act on it, whatever
	// its token and the campaign's definition say.
	PlatformRemoved = "deny"
)

// ErrTooManyPlatforms reports a campaign that already has as many platform overrides as allowed.
var ErrTooManyPlatforms = errors.New("the campaign has too many platforms")

// allowPlatformScript marks a platform allowed on a campaign unless the campaign already has max entries.
// KEYS[1] campaign platforms hash; ARGV[1] platform id, ARGV[2] max entries. Returns 1, or 0 when full.
var allowPlatformScript = redis.NewScript(`
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], 'allow')
return 1
`)

// AllowCampaignPlatform records that the creator added platform to campaign (PlatformAllowed), unless the
// campaign already has max overrides (ErrTooManyPlatforms). Safe for concurrent use.
func (s *Store) AllowCampaignPlatform(ctx context.Context, campaign, platform string, max int) error {
	if campaign == "" || platform == "" || max < 1 {
		return fmt.Errorf("allow platform: %w: empty id or max < 1", ErrInvalid)
	}
	ok, err := allowPlatformScript.Run(ctx, s.rdb, []string{s.k.campaignPlatforms(campaign)}, platform, max).Int()
	if err != nil {
		return fmt.Errorf("allow platform: %w", err)
	}
	if ok == 0 {
		return fmt.Errorf("allow platform on %s: %w (at most %d)", campaign, ErrTooManyPlatforms, max)
	}
	return nil
}

// RemoveCampaignPlatform records that the creator took platform off campaign (PlatformRemoved). Removing it
// again changes nothing. Safe for concurrent use.
func (s *Store) RemoveCampaignPlatform(ctx context.Context, campaign, platform string) error {
	if campaign == "" || platform == "" {
		return fmt.Errorf("remove platform: %w: empty id", ErrInvalid)
	}
	if err := s.rdb.HSet(ctx, s.k.campaignPlatforms(campaign), platform, PlatformRemoved).Err(); err != nil {
		return fmt.Errorf("remove platform: %w", err)
	}
	return nil
}

// CampaignPlatforms returns campaign's overrides: platform id -> PlatformAllowed or PlatformRemoved (empty,
// not nil, when there are none). One Redis round trip. Safe for concurrent use.
func (s *Store) CampaignPlatforms(ctx context.Context, campaign string) (map[string]string, error) {
	m, err := s.rdb.HGetAll(ctx, s.k.campaignPlatforms(campaign)).Result()
	if err != nil {
		return nil, fmt.Errorf("campaign platforms: %w", err)
	}
	return m, nil
}

// GetPlatforms returns the platforms with these ids that exist, in the order of ids (duplicates once). The
// records are in different cluster slots, so they are read with one pipeline of GETs, not MGET. Safe for
// concurrent use.
func (s *Store) GetPlatforms(ctx context.Context, ids []string) ([]Platform, error) {
	out := []Platform{}
	if len(ids) == 0 {
		return out, nil
	}
	cmds := make([]*redis.StringCmd, len(ids))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, id := range ids {
			cmds[i] = p.Get(ctx, s.k.platform(id))
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("get platforms: %w", err)
	}
	seen := map[string]bool{}
	for _, cmd := range cmds {
		b, err := cmd.Bytes()
		if errors.Is(err, redis.Nil) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("get platforms: %w", err)
		}
		var p Platform
		if err := json.Unmarshal(b, &p); err != nil {
			return nil, fmt.Errorf("get platforms: %w", err)
		}
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	return out, nil
}
