package ledger

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/rewards"
)

// Listing limits.
const (
	// DefaultPageSize is the page size when a caller asks for none.
	DefaultPageSize = 50
	// MaxPageSize is the largest page a listing returns.
	MaxPageSize = 200
)

// ErrCursor: a listing's cursor is not one the listing returned.
var ErrCursor = errors.New("invalid cursor")

// cursor is the position after the last entry of a page: its score (creation time, unix ms) and member. It
// is opaque to callers: base64url of "<score>:<member>".
type cursor struct {
	score  int64
	member string
}

func (c cursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(c.score, 10) + ":" + c.member))
}

func parseCursor(s string) (*cursor, error) {
	if s == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) > 512 {
		return nil, ErrCursor
	}
	score, member, ok := strings.Cut(string(b), ":")
	n, err := strconv.ParseInt(score, 10, 64)
	if !ok || err != nil || member == "" {
		return nil, ErrCursor
	}
	return &cursor{score: n, member: member}, nil
}

// pageSize checks a requested page size: 0 is DefaultPageSize, otherwise 1 to MaxPageSize.
func pageSize(limit int) (int, error) {
	if limit == 0 {
		return DefaultPageSize, nil
	}
	if limit < 1 || limit > MaxPageSize {
		return 0, fmt.Errorf("%w: page size %d is not 1 to %d", ErrInvalid, limit, MaxPageSize)
	}
	return limit, nil
}

// page reads one page of the zset key, newest (highest score) first, ties by member descending, as ZREVRANGE
// orders them: the members after after (nil: from the start), at most limit, and the cursor of the next page
// ("" when this one reaches the end). It reads at most limit+1 entries plus those sharing the cursor's
// score (one millisecond's creations).
func (s *Store) page(ctx context.Context, key string, after *cursor, limit int) ([]string, string, error) {
	var entries []redis.Z
	max := "+inf"
	if after != nil {
		ties, err := s.rdb.ZRevRangeByScoreWithScores(ctx, key, &redis.ZRangeBy{
			Min: strconv.FormatInt(after.score, 10), Max: strconv.FormatInt(after.score, 10)}).Result()
		if err != nil {
			return nil, "", err
		}
		for _, z := range ties {
			if z.Member.(string) < after.member {
				entries = append(entries, z)
			}
		}
		max = "(" + strconv.FormatInt(after.score, 10)
	}
	if len(entries) <= limit {
		rest, err := s.rdb.ZRevRangeByScoreWithScores(ctx, key, &redis.ZRangeBy{
			Min: "-inf", Max: max, Count: int64(limit + 1 - len(entries))}).Result()
		if err != nil {
			return nil, "", err
		}
		entries = append(entries, rest...)
	}
	next := ""
	if len(entries) > limit {
		entries = entries[:limit]
		last := entries[limit-1]
		next = cursor{score: int64(last.Score), member: last.Member.(string)}.String()
	}
	ids := make([]string, len(entries))
	for i, z := range entries {
		ids[i] = z.Member.(string)
	}
	return ids, next, nil
}

// CreatorCommunities returns a page of the communities creator created, in any status, newest first: at
// most limit (0: DefaultPageSize; at most MaxPageSize) after cursor ("" for the first page), and the cursor
// of the next page ("" when done). It reads the creator's index, never the other communities. ErrCursor for
// a cursor it did not return. Safe for concurrent use.
func (s *Store) CreatorCommunities(ctx context.Context, creator common.Address, cur string, limit int) ([]Community, string, error) {
	limit, err := pageSize(limit)
	if err != nil {
		return nil, "", fmt.Errorf("creator communities: %w", err)
	}
	after, err := parseCursor(cur)
	if err != nil {
		return nil, "", fmt.Errorf("creator communities: %w", err)
	}
	ids, next, err := s.page(ctx, s.k.creatorCommunities(creator), after, limit)
	if err != nil {
		return nil, "", fmt.Errorf("creator communities: %w", err)
	}
	out := []Community{}
	if len(ids) == 0 {
		return out, next, nil
	}
	ks := make([]string, len(ids))
	for i, id := range ids {
		ks[i] = s.k.community(id)
	}
	vals, err := s.rdb.MGet(ctx, ks...).Result() // one slot: {community}
	if err != nil {
		return nil, "", fmt.Errorf("creator communities: %w", err)
	}
	for _, v := range vals {
		b, ok := v.(string)
		if !ok {
			continue
		}
		var c Community
		if err := json.Unmarshal([]byte(b), &c); err != nil {
			return nil, "", fmt.Errorf("creator communities: %w", err)
		}
		out = append(out, c)
	}
	return out, next, nil
}

// IndexCreators adds every stored community to its creator's index and to its token's index, once per Redis
// (a marker key per index records that it ran): communities stored before an index existed are found
// through it too. Communities stored meanwhile are indexed by CreateCommunity itself; adding one twice
// changes nothing. A community whose token was renounced (creator zero) is in no creator's index. It
// returns how many it indexed (0 when both had run before). Run it before anything moves communities
// between creators (SetCommunityCreator): it indexes each community under the creator its record named when
// it was read. Safe for concurrent use.
func (s *Store) IndexCreators(ctx context.Context) (int, error) {
	n, err := s.rdb.Exists(ctx, s.k.creatorIndexDone()).Result()
	if err != nil {
		return 0, fmt.Errorf("index creators: %w", err)
	}
	m, err := s.rdb.Exists(ctx, s.k.tokenIndexDone()).Result()
	if err != nil {
		return 0, fmt.Errorf("index creators: %w", err)
	}
	if n > 0 && m > 0 {
		return 0, nil
	}
	all, err := s.ListCommunities(ctx, "")
	if err != nil {
		return 0, fmt.Errorf("index creators: %w", err)
	}
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, c := range all {
			if c.Creator != (rewards.Address{}) {
				p.ZAdd(ctx, s.k.creatorCommunities(c.Creator.Common()), redis.Z{Score: float64(c.CreatedAt.UnixMilli()), Member: c.ID})
			}
			p.SAdd(ctx, s.k.tokenCommunities(c.TokenAddress.Common()), c.ID)
		}
		p.Set(ctx, s.k.creatorIndexDone(), "1", 0)
		p.Set(ctx, s.k.tokenIndexDone(), "1", 0)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("index creators: %w", err)
	}
	return len(all), nil
}

// CommunityCampaignsPage returns a page of community's campaigns, newest first, as CreatorCommunities pages:
// at most limit after cursor, and the next page's cursor ("" when done). An index entry whose campaign was
// never stored is skipped, so a page may hold fewer than limit even when another follows. Safe for
// concurrent use.
func (s *Store) CommunityCampaignsPage(ctx context.Context, community, cur string, limit int) ([]*rewards.Campaign, string, error) {
	limit, err := pageSize(limit)
	if err != nil {
		return nil, "", fmt.Errorf("community campaigns: %w", err)
	}
	after, err := parseCursor(cur)
	if err != nil {
		return nil, "", fmt.Errorf("community campaigns: %w", err)
	}
	ids, next, err := s.page(ctx, s.k.communityCampaigns(community), after, limit)
	if err != nil {
		return nil, "", fmt.Errorf("community campaigns: %w", err)
	}
	out := []*rewards.Campaign{}
	if len(ids) == 0 {
		return out, next, nil
	}
	// The definitions are in different cluster slots: one pipeline of GETs, not MGET.
	cmds := make([]*redis.StringCmd, len(ids))
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, id := range ids {
			cmds[i] = p.Get(ctx, s.k.campaign(id))
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, "", fmt.Errorf("community campaigns: %w", err)
	}
	for _, cmd := range cmds {
		b, err := cmd.Bytes()
		if errors.Is(err, redis.Nil) {
			continue
		}
		if err != nil {
			return nil, "", fmt.Errorf("community campaigns: %w", err)
		}
		var c rewards.Campaign
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, "", fmt.Errorf("community campaigns: %w", err)
		}
		if c.CommunityID == community {
			out = append(out, &c)
		}
	}
	return out, next, nil
}
