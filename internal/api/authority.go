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

// authorityReadTimeout bounds each read of who controls a token or pool. When awarding, a read that fails
// (the chain's RPC endpoint is down or hangs) falls back to what was read last, for another authorityTTL:
// awards keep being acknowledged through an outage, under the authority last seen (which, the chain being
// unreachable, nobody can have changed in a way this replica could see).
const authorityReadTimeout = time.Second

// tokenFacts is what the chain says of token now, read afresh (and kept for awarding, see mayAct).
func (a *API) tokenFacts(ctx context.Context, token common.Address) (access.Token, error) {
	return a.tokens.get(token.Hex(), true, a.readToken(ctx, token))
}

// poolFacts is what the distributor says of pool now, read afresh (and kept for awarding).
func (a *API) poolFacts(ctx context.Context, pool common.Address) (access.Pool, error) {
	return a.pools.get(pool.Hex(), true, a.readPool(ctx, pool))
}

func (a *API) readToken(ctx context.Context, token common.Address) func() (access.Token, error) {
	return func() (access.Token, error) {
		ctx, cancel := context.WithTimeout(ctx, authorityReadTimeout)
		defer cancel()
		t, err := a.Chain.Token(ctx, token)
		if err != nil {
			return access.Token{}, fmt.Errorf("read token %s: %w", token.Hex(), err)
		}
		return t, nil
	}
}

func (a *API) readPool(ctx context.Context, pool common.Address) func() (access.Pool, error) {
	return func() (access.Pool, error) {
		ctx, cancel := context.WithTimeout(ctx, authorityReadTimeout)
		defer cancel()
		p, err := a.Chain.Pool(ctx, pool)
		if err != nil {
			return access.Pool{}, fmt.Errorf("read pool %s: %w", pool.Hex(), err)
		}
		return p, nil
	}
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
	tok, err := a.tokenFacts(c, communityToken(camp))
	if err != nil {
		return err
	}
	return access.Manage(common.HexToAddress(cl.Subject), tok)
}

// mayAct checks, from what the chain said at most authorityTTL ago, that the calling platform may act on camp
// — for awarding (awarding set): its token still has a creator, a platform token issued by a creator works
// only while that creator controls the token, and a pooled campaign's pool is not under withdrawal notice;
// for reading, only the issuer's.
func (a *API) mayAct(c *gin.Context, camp *rewards.Campaign, awarding bool) error {
	if awarding && camp.Pool == nil && camp.RewardToken.Common() != communityToken(camp) {
		// Only a campaign stored before authority was checked can pay another token than its community's.
		return fmt.Errorf("%w: campaign %s pays %s, its community's token is %s", access.ErrForeignToken, camp.ID,
			camp.RewardToken, communityToken(camp).Hex())
	}
	ct := communityToken(camp)
	tok, stale, err := a.tokens.getOrLast(ct.Hex(), a.readToken(c, ct))
	if err != nil {
		return err
	}
	if stale {
		a.log(c).Warn("the chain does not answer: awarding under the authority last read", "token", ct.Hex())
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
	if !awarding {
		return access.Read(tok, issuer)
	}
	var pool *access.Pool
	if camp.Pool != nil {
		addr := camp.Pool.Common()
		p, _, err := a.pools.getOrLast(addr.Hex(), a.readPool(c, addr))
		if err != nil {
			return err
		}
		pool = &p
	}
	return access.Award(tok, issuer, pool)
}
