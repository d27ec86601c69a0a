package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	"github.com/go-redis/redis_rate/v10"

	"github.com/tribe-rewards/tribe/internal/auth"
	"github.com/tribe-rewards/tribe/internal/ledger"
)

const (
	ctxLogger   = "tribe.logger"
	ctxClaims   = "tribe.claims"
	ctxPlatform = "tribe.platform"
)

// Scopes of the rate limits kept in Redis (ledger.Store.AllowRate): the per-wallet limits of writes, and the
// requests per second of platform tokens (an operator's token has its own bucket, the tokens a creator issued
// share the creator's).
const (
	limitCommunities   = "communities"
	limitCampaigns     = "campaigns"
	limitPlatforms     = "platforms"
	limitRelays        = "relays"
	limitPlatformRate  = "platform"
	limitCreatorTokens = "creator"
)

// perHour is n events per hour, n of them at once.
func perHour(n int) redis_rate.Limit { return redis_rate.Limit{Rate: n, Burst: n, Period: time.Hour} }

// limitWallet takes one of the signed-in wallet's allowance of limit (scope) before the handler runs; over it
// the request is refused with 429 rate_limited and Retry-After, before anything is read, stored or sent. It
// counts every request that reaches it, refused ones too: a limit counted only on success could be passed by
// sending many at once.
func (a *API) limitWallet(scope, what string, limit redis_rate.Limit) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := a.Ledger.Take(c, scope, claimsOf(c).Subject, what, limit); err != nil {
			if !errors.Is(err, ledger.ErrRateLimited) {
				err = fmt.Errorf("%w: %w", errRedis, err)
			}
			a.abort(c, err)
			return
		}
		c.Next()
	}
}

// requestContext gives every request an id (echoed as X-Request-Id) and a child logger carrying it.
func (a *API) requestContext(c *gin.Context) {
	id := c.GetHeader("X-Request-Id")
	if id == "" || len(id) > 64 {
		var b [8]byte
		_, _ = rand.Read(b[:])
		id = hex.EncodeToString(b[:])
	}
	c.Header("X-Request-Id", id)
	c.Set(ctxLogger, a.Logger.With("request_id", id, "method", c.Request.Method, "path", c.Request.URL.Path))
	c.Next()
}

func (a *API) log(c *gin.Context) *slog.Logger {
	if l, ok := c.Get(ctxLogger); ok {
		return l.(*slog.Logger)
	}
	return a.Logger
}

// recoverer turns a panic into a 500 and logs it; the process keeps serving.
func (a *API) recoverer(c *gin.Context) {
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler { //nolint:errorlint // the sentinel is panicked as is
				panic(p) // a handler ending a response it started (streamCSV): net/http drops the connection
			}
			a.log(c).Error("panic in handler", "panic", p)
			c.AbortWithStatusJSON(http.StatusInternalServerError,
				errorBody{Error: newError(http.StatusInternalServerError, "internal", "internal error")})
		}
	}()
	c.Next()
}

// limitBody refuses bodies over MaxBodyBytes with 413, whether or not they declare their length.
func (a *API) limitBody(c *gin.Context) {
	if c.Request.ContentLength > a.Config.MaxBodyBytes {
		a.abort(c, newError(http.StatusRequestEntityTooLarge, "too_large", "request body over %d bytes", a.Config.MaxBodyBytes))
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, a.Config.MaxBodyBytes)
	c.Next()
}

// readBody reads the whole (limited) body.
func (a *API) readBody(c *gin.Context) ([]byte, error) {
	if b, ok := c.Get("tribe.body"); ok {
		return b.([]byte), nil
	}
	b, err := io.ReadAll(c.Request.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, newError(http.StatusRequestEntityTooLarge, "too_large", "request body over %d bytes", a.Config.MaxBodyBytes)
		}
		return nil, badRequest("could not read the request body")
	}
	c.Set("tribe.body", b)
	return b, nil
}

// decode reads the body as exactly one JSON object into v, refusing unknown fields, wrong types and
// trailing data with a 400 that says what is wrong.
func (a *API) decode(c *gin.Context, v any) error {
	b, err := a.readBody(c)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return badRequest("the request body must be a JSON object")
	}
	// encoding/json would replace invalid UTF-8 with U+FFFD and store what the caller did not send.
	if !utf8.Valid(b) {
		return badRequest("the request body must be UTF-8 JSON")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn):
			return badRequest("malformed JSON at byte %d", syn.Offset)
		case errors.As(err, &typ):
			return badRequest("field %q must be %s", typ.Field, jsonKind(typ.Type.Kind().String()))
		case strings.HasPrefix(err.Error(), "json: unknown field"):
			return badRequest("%s", strings.TrimPrefix(err.Error(), "json: "))
		default:
			return badRequest("invalid request: %s", strings.TrimPrefix(err.Error(), "json: "))
		}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return badRequest("the request body must be a single JSON object")
	}
	return nil
}

func jsonKind(k string) string {
	switch k {
	case "string", "struct", "ptr":
		return "a string or object as documented"
	case "slice", "array":
		return "an array"
	case "map":
		return "an object"
	default:
		return "a " + k
	}
}

// authenticate requires a bearer token of one of roles. Platform tokens must belong to a platform that
// exists and is not revoked.
func (a *API) authenticate(roles ...auth.Role) gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.GetHeader("Authorization")
		token, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || token == "" {
			a.abort(c, unauthorized("missing bearer token"))
			return
		}
		claims, err := a.Issuer.Verify(token)
		if err != nil {
			a.abort(c, err)
			return
		}
		if !slices.Contains(roles, claims.Role) {
			a.abort(c, forbidden("a %s token cannot do this", claims.Role))
			return
		}
		if claims.Role == auth.RolePlatform {
			p, err := a.platform(c, claims.Subject)
			if errors.Is(err, ledger.ErrNotFound) || (err == nil && p.Revoked) {
				a.abort(c, unauthorized("platform token revoked"))
				return
			}
			if err != nil {
				a.abort(c, fmt.Errorf("%w: platform: %w", errRedis, err))
				return
			}
			c.Set(ctxPlatform, p)
		}
		c.Set(ctxClaims, claims)
		c.Set(ctxLogger, a.log(c).With("principal", claims.Subject, "role", claims.Role))
		c.Next()
	}
}

func claimsOf(c *gin.Context) *auth.Claims {
	if v, ok := c.Get(ctxClaims); ok {
		return v.(*auth.Claims)
	}
	return nil
}

// requireScope requires a platform token with scope.
func (a *API) requireScope(scope string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if cl := claimsOf(c); cl == nil || !cl.HasScope(scope) {
			a.abort(c, forbidden("the token lacks the %s scope", scope))
			return
		}
		c.Next()
	}
}

// platform returns the platform record, from this replica's copy if it was read less than
// Config.PlatformCacheTTL ago: one Redis round trip less per platform request, at the price of a revocation
// taking up to that long to reach every replica. Unknown platforms are not kept.
func (a *API) platform(ctx context.Context, id string) (*ledger.Platform, error) {
	return a.platforms.get(id, false, func() (*ledger.Platform, error) { return a.Ledger.GetPlatform(ctx, id) })
}

// forgetPlatform drops a platform from this replica's cache, after this replica changed it.
func (a *API) forgetPlatform(id string) { a.platforms.forget(id) }

// quota is the part of one platform's rate limit this replica has drawn from Redis and not yet spent.
type quota struct {
	mu        sync.Mutex
	left      int
	until     time.Time // what is left expires then: it was allowed for this moment, not for later
	remaining int       // the shared limit's remaining allowance at the last draw
}

// quotaWindow is how long an allowance drawn from Redis may be spent. Drawn allowance is never returned, so
// the shared limit is never exceeded; a replica holding an unspent draw can refuse at most one draw less.
const quotaWindow = 100 * time.Millisecond

// rateDraw is how many requests' allowance a replica takes from Redis at once for a limit of perSecond:
// one per request up to 100/s (exact sharing between replicas), then 1% of the limit, at most 100, so a
// busy platform costs one Redis call per up to 100 requests instead of one per request.
func rateDraw(perSecond int) int { return min(max(1, perSecond/100), 100) }

// rateBucket is the rate limit a platform request draws from: the creator's, for a token a creator issued
// (so that issuing more tokens gives no more rate), else the platform's own.
func rateBucket(c *gin.Context) (scope, subject string) {
	if v, ok := c.Get(ctxPlatform); ok {
		if p := v.(*ledger.Platform); p.IssuedBy != "" {
			return limitCreatorTokens, p.IssuedBy
		}
	}
	return limitPlatformRate, claimsOf(c).Subject
}

// rateLimit allows each bucket (rateBucket) RateLimit requests per second: GCRA in Redis, shared by replicas;
// each replica draws allowance in small batches (rateDraw) and spends it within quotaWindow.
func (a *API) rateLimit(c *gin.Context) {
	if a.Config.RateLimit <= 0 {
		c.Next()
		return
	}
	scope, subject := rateBucket(c)
	q, ok := a.quotas.Get(scope + "\x00" + subject)
	if !ok {
		q = &quota{}
		if prev, found, _ := a.quotas.PeekOrAdd(scope+"\x00"+subject, q); found {
			q = prev
		}
	}
	q.mu.Lock()
	now := time.Now()
	if q.left == 0 || now.After(q.until) {
		res, err := a.Ledger.AllowRate(c, scope, subject, redis_rate.PerSecond(a.Config.RateLimit), rateDraw(a.Config.RateLimit))
		if err != nil {
			q.mu.Unlock()
			a.abort(c, fmt.Errorf("%w: rate limit: %w", errRedis, err))
			return
		}
		q.left, q.until, q.remaining = res.Allowed, now.Add(quotaWindow), res.Remaining
		if res.Allowed == 0 {
			q.mu.Unlock()
			c.Header("X-RateLimit-Remaining", "0")
			e := newError(http.StatusTooManyRequests, "rate_limited", "over %d requests per second; retry in %s", a.Config.RateLimit, res.RetryAfter.Round(time.Millisecond))
			e.RetryAfter = max(1, int((res.RetryAfter+time.Second-1)/time.Second))
			a.abort(c, e)
			return
		}
	}
	q.left--
	remaining := q.remaining + q.left
	q.mu.Unlock()
	c.Header("X-RateLimit-Remaining", strconv.Itoa(remaining))
	c.Next()
}

// idempotencyKey returns the request's Idempotency-Key ("" if none) or a 400 for a malformed one.
func idempotencyKey(c *gin.Context) (string, error) {
	k := c.GetHeader("Idempotency-Key")
	if k == "" {
		return "", nil
	}
	if len(k) > 255 {
		return "", badRequest("Idempotency-Key is longer than 255 characters")
	}
	for _, r := range k {
		if r < 0x21 || r > 0x7e {
			return "", badRequest("Idempotency-Key must be printable ASCII without spaces")
		}
	}
	return k, nil
}

// requestHash identifies a request's content for idempotency: same key, same hash = same request.
func requestHash(c *gin.Context, body []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte(c.Request.Method + " " + c.FullPath() + "\n"))
	for _, p := range c.Params {
		h.Write([]byte(p.Key + "=" + p.Value + "\n"))
	}
	h.Write(body)
	return [32]byte(h.Sum(nil))
}

// capture keeps a copy of what a handler writes, for the idempotency record.
type capture struct {
	gin.ResponseWriter
	body bytes.Buffer
}

func (w *capture) Write(b []byte) (int, error) {
	w.body.Write(b)
	return w.ResponseWriter.Write(b)
}

// idempotent makes a write repeatable with an Idempotency-Key: the first successful (2xx) response is stored
// forever and replayed for a repeat; a repeat with a different body is 409. A refused request (4xx, 5xx)
// releases the key, as the award endpoints' atomic step does, so it can be retried once corrected. Keys are
// per principal. (Direct awards do this inside the ledger's atomic step instead.)
func (a *API) idempotent(scope string) gin.HandlerFunc {
	return func(c *gin.Context) {
		key, err := idempotencyKey(c)
		if err != nil {
			a.abort(c, err)
			return
		}
		if key == "" {
			c.Next()
			return
		}
		body, err := a.readBody(c)
		if err != nil {
			a.abort(c, err)
			return
		}
		hash := requestHash(c, body)
		scope := scope + ":" + claimsOf(c).Subject
		stored, err := a.Ledger.IdemBegin(c, scope, key, hash)
		if err != nil {
			a.abort(c, err)
			return
		}
		if stored != nil {
			c.Header("Idempotent-Replayed", "true")
			c.Data(stored.Status, "application/json; charset=utf-8", stored.Body)
			c.Abort()
			return
		}
		w := &capture{ResponseWriter: c.Writer}
		c.Writer = w
		c.Next()
		if status := w.Status(); status >= 200 && status < 300 {
			err = a.Ledger.IdemFinish(c, scope, key, hash, status, w.body.Bytes())
		} else {
			err = a.Ledger.IdemAbort(c, scope, key)
		}
		if err != nil {
			a.log(c).Error("idempotency record not saved", "err", err)
		}
	}
}
