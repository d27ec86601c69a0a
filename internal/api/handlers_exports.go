package api

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// CSV exports of awards: a campaign's journal, and an account's history. Both stream: the ledger is read
// a page at a time and each page is written and flushed before the next is read, so memory does not grow
// with the export.

const (
	// exportPage is how many awards an export reads from Redis and writes per flush.
	exportPage = 1000
	// defaultDecimals is the decimals of an ERC-20 that does not implement decimals().
	defaultDecimals = 18
	// decimalsReadTimeout bounds each read of a token's decimals().
	decimalsReadTimeout = 2 * time.Second
	// exportWriteTimeout is how long the client has to take each page: the server's WriteTimeout would
	// otherwise end a long export, so each page moves the connection's write deadline this far on.
	exportWriteTimeout = 30 * time.Second
)

// exportColumns is the header row of every awards export.
var exportColumns = []string{"award_id", "time", "account", "campaign_id", "token", "pool", "amount",
	"amount_tokens", "reason", "counterparty", "platform"}

// exportSource is what an export says of one payout source: its ERC-20, the sponsor pool if the awards are
// paid from one, and the ERC-20's decimals.
type exportSource struct {
	token    string
	pool     string
	decimals uint8
}

// tokenDecimals is token's decimals(), read on-chain once per replica (defaultDecimals if it has none).
func (a *API) tokenDecimals(ctx context.Context, token common.Address) (uint8, error) {
	if d, ok := a.decimals.Get(token); ok {
		return d, nil
	}
	ctx, cancel := context.WithTimeout(ctx, decimalsReadTimeout)
	defer cancel()
	d, ok, err := a.Chain.Decimals(ctx, token)
	if err != nil {
		return 0, fmt.Errorf("read decimals of %s: %w", token.Hex(), err)
	}
	if !ok {
		d = defaultDecimals
	}
	a.decimals.Add(token, d)
	return d, nil
}

// mayReadAwards checks that the caller may export camp's awards: the wallet that controls its community's
// token, the wallet that owns its sponsor pool on-chain, or a platform allowed on it with
// leaderboards:read (as for its stats).
func (a *API) mayReadAwards(c *gin.Context, camp *rewards.Campaign) error {
	return a.mayReadCampaign(c, camp, "export its awards")
}

// mayReadCampaign lets through the callers who may read camp's figures (its awards, its stats): its
// creator or the owner of its sponsor pool on-chain, or a platform allowed on it with leaderboards:read.
// what says, for the refusal, what was asked ("read its stats").
func (a *API) mayReadCampaign(c *gin.Context, camp *rewards.Campaign, what string) error {
	cl := claimsOf(c)
	if cl.Role == auth.RolePlatform {
		if !cl.HasScope(ScopeLeaderboards) {
			return forbidden("the token lacks the %s scope", ScopeLeaderboards)
		}
		_, err := a.platformCampaign(c, camp.ID)
		return err
	}
	if ok, err := a.creatorOrSponsor(c, camp); err != nil || ok {
		return err
	}
	return forbidden("only the creator of campaign %q's community or the sponsor of its pool may %s", camp.ID, what)
}

// creatorOrSponsor reports whether the calling wallet controls camp on-chain now: the creator() of its
// community's token, or the owner of its sponsor pool.
func (a *API) creatorOrSponsor(c *gin.Context, camp *rewards.Campaign) (bool, error) {
	if ok, err := a.isCreator(c, camp); err != nil || ok {
		return ok, err
	}
	if camp.Pool == nil {
		return false, nil
	}
	p, err := a.poolFacts(c, camp.Pool.Common())
	if err != nil {
		return false, err
	}
	return access.OwnPool(common.HexToAddress(claimsOf(c).Subject), p) == nil, nil
}

// campaignAwardsCSV exports every award of the campaign's journal, oldest first, as CSV.
func (a *API) campaignAwardsCSV(c *gin.Context) {
	camp, err := a.campaign(c, c.Param("id"))
	if err != nil {
		a.abort(c, err)
		return
	}
	if err := a.mayReadAwards(c, camp); err != nil {
		a.abort(c, err)
		return
	}
	dec, err := a.tokenDecimals(c, camp.RewardToken.Common())
	if err != nil {
		a.abort(c, err)
		return
	}
	src := &exportSource{token: camp.RewardToken.String(), decimals: dec}
	if camp.Pool != nil {
		src.pool = camp.Pool.String()
	}
	after, done := "", false
	a.streamCSV(c, "awards-"+fileSafe(camp.ID)+".csv", func() ([]ledger.JournalAward, *exportSource, error) {
		if done {
			return nil, nil, nil
		}
		page, next, err := a.Ledger.JournalPage(c, camp, after, exportPage)
		after, done = next, next == ""
		return page, src, err
	})
}

// accountAwardsCSV exports the awards the account's history keeps (its latest per token, see
// ledger.Options.AccountHistory), token by token in address order, newest first within a token, as CSV.
func (a *API) accountAwardsCSV(c *gin.Context) {
	addr, err := a.account(c)
	if err != nil {
		a.abort(c, err)
		return
	}
	account := rewards.Address(addr)
	sources, err := a.Ledger.AccountSources(c, account)
	if err != nil {
		a.abort(c, err)
		return
	}
	// Every source's token and decimals first: a failure is answered before the first byte.
	srcs := make([]*exportSource, len(sources))
	for i, s := range sources {
		token, pooled, err := a.Ledger.PoolToken(c, s)
		if err != nil {
			a.abort(c, err)
			return
		}
		src := &exportSource{token: s.Hex()}
		if pooled {
			src.token, src.pool = token.Hex(), s.Hex()
		} else {
			token = s
		}
		if src.decimals, err = a.tokenDecimals(c, token); err != nil {
			a.abort(c, err)
			return
		}
		srcs[i] = src
	}
	i, offset := 0, 0
	a.streamCSV(c, "awards-"+addr.Hex()+".csv", func() ([]ledger.JournalAward, *exportSource, error) {
		for i < len(sources) {
			page, err := a.Ledger.AccountHistoryPage(c, account, sources[i], offset, exportPage)
			if err != nil {
				return nil, nil, err
			}
			src := srcs[i]
			if offset += len(page); len(page) < exportPage {
				i, offset = i+1, 0
			}
			if len(page) > 0 {
				return page, src, nil
			}
		}
		return nil, nil, nil
	})
}

// streamCSV writes the pages next returns (nil, nil, nil once done) as a CSV file (RFC 4180, CRLF), each
// page flushed to the client before the next is read. The headers and the header row go out with the first
// page, so an error until then is answered in the API's error shape; an error after it aborts the
// connection, so that the client sees a broken transfer rather than a file that looks complete.
func (a *API) streamCSV(c *gin.Context, filename string, next func() ([]ledger.JournalAward, *exportSource, error)) {
	page, src, err := next()
	if err != nil {
		a.abort(c, err)
		return
	}
	h := c.Writer.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	c.Status(http.StatusOK)
	rc := http.NewResponseController(c.Writer)
	w := csv.NewWriter(c.Writer)
	w.UseCRLF = true
	_ = w.Write(exportColumns)
	row := make([]string, len(exportColumns))
	rows := 0
	for {
		for i := range page {
			exportRow(row, &page[i], src)
			_ = w.Write(row) // a write error is the connection's; Flush reports it
		}
		rows += len(page)
		_ = rc.SetWriteDeadline(time.Now().Add(exportWriteTimeout)) // not supported by every writer: then none is set
		w.Flush()
		if err := w.Error(); err != nil {
			a.log(c).Debug("export: the client went away", "rows", rows, "err", err)
			return
		}
		c.Writer.Flush()
		if page == nil {
			return
		}
		if page, src, err = next(); err != nil {
			a.log(c).Error("export failed after it started: aborting the response", "rows", rows, "err", err)
			panic(http.ErrAbortHandler)
		}
	}
}

// exportRow fills row with award's columns.
func exportRow(row []string, award *ledger.JournalAward, src *exportSource) {
	amount := award.Amount.String()
	row[0] = award.ID
	row[1] = award.At.UTC().Format("2006-01-02T15:04:05.000Z07:00")
	row[2] = award.Account.String()
	row[3] = award.CampaignID
	row[4] = src.token
	row[5] = src.pool
	row[6] = amount
	row[7] = tokenAmount(amount, src.decimals)
	row[8] = award.Reason
	row[9] = ""
	if award.Counterparty != nil {
		row[9] = award.Counterparty.String()
	}
	row[10] = award.Platform
}

// tokenAmount is amount (base units, decimal digits) in whole tokens of decimals decimals, exact: no
// trailing zeros after the point, and no point for a whole number.
func tokenAmount(amount string, decimals uint8) string {
	d := int(decimals)
	if d == 0 {
		return amount
	}
	if len(amount) <= d {
		amount = strings.Repeat("0", d-len(amount)+1) + amount
	}
	whole, frac := amount[:len(amount)-d], strings.TrimRight(amount[len(amount)-d:], "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// fileSafe is s with every byte but letters, digits, '-', '_' and '.' replaced by '_', for a filename.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '.' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			return r
		}
		return '_'
	}, s)
}
