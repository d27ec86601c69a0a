package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	awards   *prometheus.CounterVec
	vouchers prometheus.Counter
	reversed prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tribe_http_requests_total", Help: "HTTP requests by route, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "tribe_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"route", "method"}),
		awards: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tribe_awards_total", Help: "Awards credited, by kind of reason.",
		}, []string{"reason"}),
		vouchers: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tribe_vouchers_signed_total", Help: "Vouchers signed (a voucher served again is not signed again).",
		}),
		reversed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tribe_award_reversals_total", Help: "Awards a refund took back part or all of.",
		}),
	}
	// No label may take a value per campaign, account, token or path: each value is a series kept forever.
	// (A campaign's remaining budget is in GET /v1/campaigns/{id}, not here.)
	reg.MustRegister(m.requests, m.latency, m.awards, m.vouchers, m.reversed)
	return m
}

// observe counts and times every request by its route pattern (not its raw path) and method (one of the
// standard ones, else "other"): bounded cardinality whatever clients send.
func (a *API) observe(c *gin.Context) {
	start := time.Now()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	method := c.Request.Method
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions:
	default:
		method = "other"
	}
	a.metrics.requests.WithLabelValues(route, method, strconv.Itoa(c.Writer.Status())).Inc()
	a.metrics.latency.WithLabelValues(route, method).Observe(time.Since(start).Seconds())
}

func (a *API) metricsHandler() gin.HandlerFunc {
	h := promhttp.HandlerFor(a.Gatherer, promhttp.HandlerOpts{})
	return gin.WrapH(h)
}
