package api

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// authorityTTL is how long a replica trusts what it read on-chain about who controls a token or a pool when
// deciding whether a campaign may award: an ownership transfer, a renounce or a withdrawal notice takes
// effect on every replica within it. Decisions that move control (creating a campaign, granting, managing
// platforms) always read the chain afresh.
const authorityTTL = 2 * time.Second

// tokenFacts is what the chain says of token (fresh: read now, else a copy at most authorityTTL old).
func (a *API) tokenFacts(ctx context.Context, token common.Address, fresh bool) (access.Token, error) {
	return a.tokens.get(token.Hex(), fresh, func() (access.Token, error) {
		t, err := a.Chain.Token(ctx, token)
		if err != nil {
			return access.Token{}, fmt.Errorf("read token %s: %w", token.Hex(), err)
		}
		return t, nil
	})
}

// poolFacts is what the distributor says of pool (fresh as for tokenFacts).
func (a *API) poolFacts(ctx context.Context, pool common.Address, fresh bool) (access.Pool, error) {
	return a.pools.get(pool.Hex(), fresh, func() (access.Pool, error) {
		p, err := a.Chain.Pool(ctx, pool)
		if err != nil {
			return access.Pool{}, fmt.Errorf("read pool %s: %w", pool.Hex(), err)
		}
		return p, nil
	})
}

// communityToken is the token whose creator controls camp: its community's token (campaigns stored before
// it was recorded pay that token themselves).
func communityToken(camp *rewards.Campaign) common.Address {
	if camp.CommunityToken != nil {
		return camp.CommunityToken.Common()
	}
	return camp.RewardToken.Common()
}

// manages reports whether the caller is a wallet that controls camp on-chain now: the creator() of its
// community's token, read afresh.
func (a *API) manages(c *gin.Context, camp *rewards.Campaign) error {
	cl := claimsOf(c)
	if cl == nil || cl.Role != auth.RoleWallet {
		return forbidden("only the creator of campaign %q's community may do this", camp.ID)
	}
	tok, err := a.tokenFacts(c, communityToken(camp), true)
	if err != nil {
		return err
	}
	return access.Manage(common.HexToAddress(cl.Subject), tok)
}

// mayAward checks that camp may still award for the calling platform, from what the chain said at most
// authorityTTL ago: its token still has a creator, a platform token issued by a creator works only while
// that creator controls the token, and a pooled campaign's pool is not under withdrawal notice.
func (a *API) mayAward(c *gin.Context, camp *rewards.Campaign) error {
	tok, err := a.tokenFacts(c, communityToken(camp), false)
	if err != nil {
		return err
	}
	var issuer *common.Address
	if cl := claimsOf(c); cl != nil && cl.Role == auth.RolePlatform {
		p, err := a.platform(c, cl.Subject)
		if err != nil {
			return fmt.Errorf("%w: platform: %w", errRedis, err)
		}
		if p.IssuedBy != "" {
			i := common.HexToAddress(p.IssuedBy)
			issuer = &i
		}
	}
	var pool *access.Pool
	if camp.Pool != nil {
		p, err := a.poolFacts(c, camp.Pool.Common(), false)
		if err != nil {
			return err
		}
		pool = &p
	}
	return access.Award(tok, issuer, pool)
}
