package ledger

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Community statuses.
const (
	// CommunityPending: the token creation is submitted (or about to be) and not yet confirmed.
	CommunityPending = "pending"
	// CommunityActive: the token exists on-chain.
	CommunityActive = "active"
	// CommunityFailed: the token creation failed for good (Error says why).
	CommunityFailed = "failed"
	// CommunityMismatch: a token exists at the community's address but it is not the one requested (its
	// name, symbol, cap or creator differ; Error says which): it is never used as the community's token.
	CommunityMismatch = "mismatch"
)

var communityStatuses = []string{CommunityPending, CommunityActive, CommunityFailed, CommunityMismatch}

// Community is a creator's token, from the request to create it to its deployment.
type Community struct {
	ID string `json:"id"`
	// Creator is the creator who asked for the community; once it is active, the token's owner as of the
	// indexed chain (SetCommunityCreator; the zero address once ownership is renounced).
	Creator           rewards.Address `json:"creator"`
	Name              string          `json:"name"`
	Symbol            string          `json:"symbol"`
	MaxSupply         rewards.Amount  `json:"max_supply"`
	CreatorAllocation rewards.Amount  `json:"creator_allocation"`
	// Salt is the CREATE2 salt (0x hex); Deadline and Signature are the creator's EIP-712 consent.
	Salt      string `json:"salt"`
	Deadline  int64  `json:"deadline"`
	Signature string `json:"signature"`
	// TokenAddress is the token's (predicted, then deployed) address.
	TokenAddress rewards.Address `json:"token_address"`
	// Status is CommunityPending, CommunityActive or CommunityFailed.
	Status    string    `json:"status"`
	TxHash    string    `json:"tx_hash,omitempty"`
	Error     string    `json:"error,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

func checkStatus(status string) error {
	if !slices.Contains(communityStatuses, status) {
		return fmt.Errorf("%w: community status %q", ErrInvalid, status)
	}
	return nil
}

// CreateCommunity stores c (Status CommunityPending if empty, CreatedAt now if zero) with its status,
// creator and token indexes in one script, or returns ErrExists if its id is taken. Safe for concurrent use.
func (s *Store) CreateCommunity(ctx context.Context, c Community) error {
	if c.ID == "" {
		return fmt.Errorf("create community: %w: no id", ErrInvalid)
	}
	if c.Status == "" {
		c.Status = CommunityPending
	}
	if err := checkStatus(c.Status); err != nil {
		return fmt.Errorf("create community: %w", err)
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = s.now().UTC()
	}
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("create community: %w", err)
	}
	ok, err := createCommunityScript.Run(ctx, s.rdb,
		[]string{s.k.community(c.ID), s.k.communityStatus(c.Status), s.k.creatorCommunities(c.Creator.Common()),
			s.k.tokenCommunities(c.TokenAddress.Common())},
		b, c.ID, c.CreatedAt.UnixMilli()).Int()
	if err != nil {
		return fmt.Errorf("create community: %w", err)
	}
	if ok == 0 {
		return fmt.Errorf("create community %s: %w", c.ID, ErrExists)
	}
	return nil
}

// GetCommunity returns the community with this id, or ErrNotFound. Safe for concurrent use.
func (s *Store) GetCommunity(ctx context.Context, id string) (*Community, error) {
	b, err := s.rdb.Get(ctx, s.k.community(id)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("community %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get community: %w", err)
	}
	var c Community
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("get community %s: %w", id, err)
	}
	return &c, nil
}

// UpdateCommunity applies fn to the stored community and stores the result with its status index, under
// WATCH/MULTI: fn may be called again if the community changed meanwhile, so it must have no other effect.
// Its error is returned wrapped and nothing is stored. The id cannot change. ErrNotFound if there is no
// such community. Safe for concurrent use.
func (s *Store) UpdateCommunity(ctx context.Context, id string, fn func(*Community) error) (*Community, error) {
	key := s.k.community(id)
	var out *Community
	err := s.watchRetry(ctx, func(tx *redis.Tx) error {
		b, err := tx.Get(ctx, key).Bytes()
		if errors.Is(err, redis.Nil) {
			return fmt.Errorf("community %s: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		var c Community
		if err := json.Unmarshal(b, &c); err != nil {
			return err
		}
		old := c.Status
		if err := fn(&c); err != nil {
			return err
		}
		c.ID = id
		if err := checkStatus(c.Status); err != nil {
			return err
		}
		nb, err := json.Marshal(c)
		if err != nil {
			return err
		}
		if _, err := tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, key, nb, 0)
			if old != c.Status {
				p.SRem(ctx, s.k.communityStatus(old), id)
				p.SAdd(ctx, s.k.communityStatus(c.Status), id)
			}
			if old != c.Status && c.Status == CommunityActive {
				// The event goes in the same MULTI as the change: both or neither.
				data, _ := json.Marshal(map[string]string{"community_id": c.ID, "token_address": c.TokenAddress.String(),
					"creator": c.Creator.String(), "tx_hash": c.TxHash})
				webhooks.Emit(ctx, p, s.k.communityOutbox(), webhooks.EventCommunityActive, "",
					webhooks.OwnerWallet(c.Creator.String()), data, s.now().UnixMilli())
			}
			return nil
		}); err != nil {
			return err
		}
		out = &c
		return nil
	}, key)
	if err != nil {
		return nil, fmt.Errorf("update community: %w", err)
	}
	return out, nil
}

// SetCommunityCreator records that token's owner on-chain is now creator (the zero address: ownership
// renounced). Every active community whose TokenAddress is token gets creator as its record's Creator and
// moves from the previous creator's index to creator's (to none for the zero address); a community already
// naming creator is left as it is, so applying the same owner again changes nothing. Communities in other
// statuses are left alone: a pending one's Creator is the signer of the consent its creation may still be
// re-sent with, and a failed or mismatched one does not use the token. applied is false if a community of
// token is still pending: call again later, once its creation has settled. Each record is changed under
// WATCH/MULTI with its indexes, so a concurrent UpdateCommunity is never lost. Safe for concurrent use.
func (s *Store) SetCommunityCreator(ctx context.Context, token, creator common.Address) (applied bool, err error) {
	ids, err := s.rdb.SMembers(ctx, s.k.tokenCommunities(token)).Result()
	if err != nil {
		return false, fmt.Errorf("set community creator: %w", err)
	}
	slices.Sort(ids)
	applied = true
	for _, id := range ids {
		key := s.k.community(id)
		err := s.watchRetry(ctx, func(tx *redis.Tx) error {
			b, err := tx.Get(ctx, key).Bytes()
			if errors.Is(err, redis.Nil) {
				return nil
			}
			if err != nil {
				return err
			}
			var c Community
			if err := json.Unmarshal(b, &c); err != nil {
				return err
			}
			if c.TokenAddress.Common() != token {
				return nil
			}
			if c.Status == CommunityPending {
				applied = false
				return nil
			}
			old := c.Creator.Common()
			if c.Status != CommunityActive || old == creator {
				return nil
			}
			c.Creator = rewards.Address(creator)
			nb, err := json.Marshal(c)
			if err != nil {
				return err
			}
			_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
				p.Set(ctx, key, nb, 0)
				if old != (common.Address{}) {
					p.ZRem(ctx, s.k.creatorCommunities(old), id)
				}
				if creator != (common.Address{}) {
					p.ZAdd(ctx, s.k.creatorCommunities(creator), redis.Z{Score: float64(c.CreatedAt.UnixMilli()), Member: id})
				}
				return nil
			})
			return err
		}, key)
		if err != nil {
			return false, fmt.Errorf("set community %s creator: %w", id, err)
		}
	}
	return applied, nil
}

// ListCommunities returns the communities in status ("" for all), oldest first: e.g. the pending ones to
// resume at start. Safe for concurrent use.
func (s *Store) ListCommunities(ctx context.Context, status string) ([]Community, error) {
	statuses := communityStatuses
	if status != "" {
		if err := checkStatus(status); err != nil {
			return nil, fmt.Errorf("list communities: %w", err)
		}
		statuses = []string{status}
	}
	var ids []string
	for _, st := range statuses {
		m, err := s.rdb.SMembers(ctx, s.k.communityStatus(st)).Result()
		if err != nil {
			return nil, fmt.Errorf("list communities: %w", err)
		}
		ids = append(ids, m...)
	}
	out := []Community{}
	for chunk := range slices.Chunk(ids, 500) {
		ks := make([]string, len(chunk))
		for i, id := range chunk {
			ks[i] = s.k.community(id)
		}
		vals, err := s.rdb.MGet(ctx, ks...).Result()
		if err != nil {
			return nil, fmt.Errorf("list communities: %w", err)
		}
		for _, v := range vals {
			b, ok := v.(string)
			if !ok {
				continue
			}
			var c Community
			if err := json.Unmarshal([]byte(b), &c); err != nil {
				return nil, fmt.Errorf("list communities: %w", err)
			}
			if status == "" || c.Status == status {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(a, b Community) int {
		return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}
