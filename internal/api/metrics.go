package api

import (
	"math/big"
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
	budget   *prometheus.GaugeVec
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
		budget: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tribe_campaign_budget_remaining", Help: "Remaining budget of a campaign in base units (approximate float), as last seen.",
		}, []string{"campaign"}),
	}
	reg.MustRegister(m.requests, m.latency, m.awards, m.budget)
	return m
}

// observe counts and times every request by its route pattern (not its raw path: bounded cardinality).
func (a *API) observe(c *gin.Context) {
	start := time.Now()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	a.metrics.requests.WithLabelValues(route, c.Request.Method, strconv.Itoa(c.Writer.Status())).Inc()
	a.metrics.latency.WithLabelValues(route, c.Request.Method).Observe(time.Since(start).Seconds())
}

func (a *API) metricsHandler() gin.HandlerFunc {
	h := promhttp.HandlerFor(a.Gatherer, promhttp.HandlerOpts{})
	return gin.WrapH(h)
}

func toFloat(x *big.Int) float64 {
	f, _ := new(big.Float).SetInt(x).Float64()
	return f
}
