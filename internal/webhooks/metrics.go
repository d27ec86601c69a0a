package webhooks

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	deliveries *prometheus.CounterVec
	events     *prometheus.CounterVec
	latency    prometheus.Histogram
	lag        prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tribe_webhook_deliveries_total",
			Help: "Webhook delivery attempts by outcome (delivered, retrying, gave_up, disabled)."}, []string{"outcome"}),
		events: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tribe_webhook_events_total",
			Help: "Events fanned out from the outboxes to at least one endpoint, by type."}, []string{"type"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "tribe_webhook_delivery_seconds",
			Help: "Time endpoints took to answer a delivery.", Buckets: prometheus.DefBuckets}),
		lag: prometheus.NewGauge(prometheus.GaugeOpts{Name: "tribe_webhook_queue_lag_seconds",
			Help: "How far behind its due time the most overdue endpoint queue is."}),
	}
	if reg != nil {
		reg.MustRegister(m.deliveries, m.events, m.latency, m.lag)
	}
	return m
}
