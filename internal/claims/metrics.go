package claims

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tribe-rewards/tribe/internal/txmgr"
)

type metrics struct {
	charged prometheus.Counter
	used    prometheus.Counter
	relays  *prometheus.CounterVec
	refusal *prometheus.CounterVec
}

// refusalReasons are the label values of tribe_relay_refusals_total, by the error they stand for (first match
// wins); anything else is "other". A bounded set: no label per account or token.
var refusalReasons = []struct {
	err    error
	reason string
}{
	{ErrRateLimited, "rate_limited"},
	{ErrAccountBudget, "account_budget"},
	{ErrGlobalBudget, "global_budget"},
	{ErrGasCeiling, "gas_ceiling"},
	{ErrSourceNotRelayable, "unknown_source"},
	{ErrBelowMinimum, "below_minimum"},
	{ErrNothingEarned, "nothing_earned"},
	{ErrNothingToClaim, "nothing_to_claim"},
	{ErrPayoutLimit, "distributor"},
	{ErrClaimsPaused, "distributor"},
	{ErrPoolEmpty, "distributor"},
	{ErrNotMinter, "distributor"},
	{ErrClaimRefused, "distributor"},
	{txmgr.ErrUnavailable, "chain_unavailable"},
	{ErrStopped, "stopping"},
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		charged: prometheus.NewCounter(prometheus.CounterOpts{Name: "tribe_relay_gas_charged_total",
			Help: "Gas charged to the relay budgets: the gas limits of relayed claims sent."}),
		used: prometheus.NewCounter(prometheus.CounterOpts{Name: "tribe_relay_gas_used_total",
			Help: "Gas used by relayed claims, from their receipts."}),
		relays: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tribe_relays_total",
			Help: "Relayed claims by outcome: sent, then mined, reverted or failed (not mined)."}, []string{"outcome"}),
		refusal: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tribe_relay_refusals_total",
			Help: "Relay requests refused before anything was sent, by reason."}, []string{"reason"}),
	}
	for _, c := range []prometheus.Collector{m.charged, m.used, m.relays, m.refusal} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	for _, o := range []string{"sent", "mined", "reverted", "failed"} {
		m.relays.WithLabelValues(o)
	}
	for _, r := range refusalReasons {
		m.refusal.WithLabelValues(r.reason)
	}
	m.refusal.WithLabelValues("other")
	return m, nil
}

// Reason is the refusal reason of err, as counted by tribe_relay_refusals_total.
func Reason(err error) string {
	for _, r := range refusalReasons {
		if errors.Is(err, r.err) {
			return r.reason
		}
	}
	return "other"
}

func (m *metrics) refused(err error) { m.refusal.WithLabelValues(Reason(err)).Inc() }
