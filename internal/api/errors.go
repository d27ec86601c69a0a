package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/tribe-rewards/tribe/internal/ledger"
)

// Error is an error with the HTTP status and machine-readable code a client sees. Handlers return domain
// errors; toError is the one place that maps them to statuses.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// RetryAfter, in seconds, is sent as the Retry-After header when set.
	RetryAfter int `json:"retry_after,omitempty"`
	err        error
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }
func (e *Error) Unwrap() error { return e.err }

func newError(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// Constructors for the statuses of the brief.
func badRequest(format string, args ...any) *Error {
	return newError(http.StatusBadRequest, "bad_request", format, args...)
}
func unauthorized(format string, args ...any) *Error {
	return newError(http.StatusUnauthorized, "unauthorized", format, args...)
}
func forbidden(format string, args ...any) *Error {
	return newError(http.StatusForbidden, "forbidden", format, args...)
}
func notFound(format string, args ...any) *Error {
	return newError(http.StatusNotFound, "not_found", format, args...)
}
func conflict(code, format string, args ...any) *Error {
	return newError(http.StatusConflict, code, format, args...)
}
func unprocessable(code, format string, args ...any) *Error {
	return newError(http.StatusUnprocessableEntity, code, format, args...)
}

// errorBody is the one error shape of the API.
type errorBody struct {
	Error *Error `json:"error"`
}

// abort writes err as the API's error response. Client errors are logged at debug level; anything that maps
// to 5xx is a fault of the system and is logged at error level.
func (a *API) abort(c *gin.Context, err error) {
	e := a.toError(err)
	if e.Status >= 500 {
		a.log(c).Error("request failed", "status", e.Status, "err", err)
	} else {
		a.log(c).Debug("request refused", "status", e.Status, "code", e.Code, "err", err)
	}
	if e.RetryAfter > 0 {
		c.Header("Retry-After", fmt.Sprint(e.RetryAfter))
	}
	c.AbortWithStatusJSON(e.Status, errorBody{Error: e})
}

// toError maps any error to an *Error: API errors as they are, known domain errors by errorMap, the rest to
// 503 (a dependency failed) without leaking internals.
func (a *API) toError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	for _, m := range errorMap {
		if errors.Is(err, m.target) {
			out := newError(m.status, m.code, "%s", m.message(err))
			out.err = err
			var rl *ledger.RateLimitError
			if errors.As(err, &rl) {
				out.Message = rl.Error()
				out.RetryAfter = max(1, int((rl.RetryAfter+time.Second-1)/time.Second))
			} else if retry := (interface{ RetryAfter() time.Duration })(nil); errors.As(err, &retry) && retry.RetryAfter() > 0 {
				out.RetryAfter = int((retry.RetryAfter() + time.Second - 1) / time.Second)
			}
			return out
		}
	}
	if errors.Is(err, errRedis) {
		return &Error{Status: http.StatusServiceUnavailable, Code: "unavailable", Message: "the ledger is unavailable; retry later", err: err}
	}
	return &Error{Status: http.StatusServiceUnavailable, Code: "unavailable", Message: "a dependency failed; retry later", err: err}
}

// errRedis marks failures talking to Redis.
var errRedis = errors.New("redis")

type mapping struct {
	target  error
	status  int
	code    string
	message func(error) string
}

func same(err error) string { return err.Error() }
