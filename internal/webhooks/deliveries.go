package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Delivery is one attempt to deliver an event to an endpoint, as the delivery log keeps it.
type Delivery struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Attempt int    `json:"attempt"`
	// Outcome: delivered (a 2xx answer), retrying (failed, tried again later), gave_up (failed for
	// Config.RetryFor: off the queue, redeliverable by hand), disabled (failed, and the endpoint has failed
	// for Config.DisableAfter: it is disabled).
	Outcome    string    `json:"outcome"`
	StatusCode int       `json:"status_code"` // 0 when no HTTP answer came
	LatencyMs  int64     `json:"latency_ms"`
	Error      string    `json:"error,omitempty"`
	At         time.Time `json:"at"`
}

// Delivery outcomes.
const (
	OutcomeDelivered = "delivered"
	OutcomeRetrying  = "retrying"
	OutcomeGaveUp    = "gave_up"
	OutcomeDisabled  = "disabled"
)

// body is an event as delivered: the Standard Webhooks payload shape (type, timestamp, data) with its id.
type body struct {
	ID         string          `json:"id"`
	Type       string          `json:"type"`
	Timestamp  string          `json:"timestamp"`
	CampaignID string          `json:"campaign_id,omitempty"`
	Data       json.RawMessage `json:"data"`
}

func encodeBody(id, typ, campaign string, ts int64, data []byte) []byte {
	if !json.Valid(data) {
		data = []byte("null")
	}
	b, _ := json.Marshal(body{ID: id, Type: typ, Timestamp: time.UnixMilli(ts).UTC().Format("2006-01-02T15:04:05.000Z"),
		CampaignID: campaign, Data: data})
	return b
}

// score orders an endpoint's queue by event time; seq (the stream id's sequence) breaks ties within a
// millisecond of one outbox.
func score(ts int64, seq int64) float64 { return float64(ts)*1000 + float64(min(seq, 999)) }

func (s *Store) enqueue(ctx context.Context, onlyNew bool, eventID string, b []byte, sc float64, ids []string) (int, error) {
	keys := []string{s.k.event(eventID), s.k.due()}
	flag := "0"
	if onlyNew {
		flag = "1"
	}
	args := []any{b, EventTTL.Milliseconds(), strconv.FormatFloat(sc, 'f', -1, 64), eventID, s.now().UnixMilli(), flag}
	for _, id := range ids {
		keys = append(keys, s.k.endpoint(id), s.k.queue(id))
		args = append(args, id)
	}
	n, err := enqueueScript.Run(ctx, s.rdb, keys, args...).Int()
	if err != nil {
		return 0, fmt.Errorf("enqueue %s: %w", eventID, err)
	}
	return n, nil
}

// SendTest queues a webhook.test event for owner's endpoint id only and returns its id.
func (s *Store) SendTest(ctx context.Context, owner, id string) (string, error) {
	ep, err := s.Get(ctx, owner, id)
	if err != nil {
		return "", err
	}
	if ep.Disabled {
		return "", fmt.Errorf("%w: endpoint %s is disabled; enable it first", ErrInvalid, id)
	}
	eid, err := s.newID("evt_test_")
	if err != nil {
		return "", err
	}
	now := s.now().UnixMilli()
	data, _ := json.Marshal(map[string]string{"endpoint_id": id})
	if _, err := s.enqueue(ctx, false, eid, encodeBody(eid, EventWebhookTest, "", now, data), score(now, 0), []string{id}); err != nil {
		return "", err
	}
	return eid, nil
}

// Redeliver queues event eventID for owner's endpoint id again (in its place by event time), whatever
// happened to it before. The event must have been delivered or attempted to this endpoint, and be younger
// than EventTTL. Asked while that same event is being attempted, the redelivery is that attempt.
func (s *Store) Redeliver(ctx context.Context, owner, id, eventID string) error {
	ep, err := s.Get(ctx, owner, id)
	if err != nil {
		return err
	}
	if ep.Disabled {
		return fmt.Errorf("%w: endpoint %s is disabled; enable it first", ErrInvalid, id)
	}
	if !s.attempted(ctx, id, eventID) {
		return fmt.Errorf("event %s for endpoint %s: %w", eventID, id, ErrNotFound)
	}
	b, err := s.rdb.Get(ctx, s.k.event(eventID)).Bytes()
	if errors.Is(err, redis.Nil) {
		return fmt.Errorf("event %s (kept %s): %w", eventID, EventTTL, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("read event: %w", err)
	}
	var parsed body
	if err := json.Unmarshal(b, &parsed); err != nil {
		return fmt.Errorf("event %s: %w", eventID, err)
	}
	ts, _ := time.Parse(time.RFC3339Nano, parsed.Timestamp)
	if _, err := s.enqueue(ctx, false, eventID, b, score(ts.UnixMilli(), 999), []string{id}); err != nil {
		return err
	}
	return nil
}

// attempted reports whether the endpoint's delivery log (or queue) holds eventID.
func (s *Store) attempted(ctx context.Context, id, eventID string) bool {
	if _, err := s.rdb.ZScore(ctx, s.k.queue(id), eventID).Result(); err == nil {
		return true
	}
	entries, err := s.rdb.LRange(ctx, s.k.log(id), 0, -1).Result()
	if err != nil {
		return false
	}
	needle := `"event_id":` + strconv.Quote(eventID)
	for _, e := range entries {
		if strings.Contains(e, needle) {
			return true
		}
	}
	return false
}

// Deliveries returns the latest limit attempts of owner's endpoint id, newest first.
func (s *Store) Deliveries(ctx context.Context, owner, id string, limit int) ([]Delivery, error) {
	if _, err := s.Get(ctx, owner, id); err != nil {
		return nil, err
	}
	entries, err := s.rdb.LRange(ctx, s.k.log(id), 0, int64(limit)-1).Result()
	if err != nil {
		return nil, fmt.Errorf("read deliveries: %w", err)
	}
	out := make([]Delivery, 0, len(entries))
	for _, e := range entries {
		var d Delivery
		if err := json.Unmarshal([]byte(e), &d); err != nil {
			return nil, fmt.Errorf("delivery log: %w", err)
		}
		out = append(out, d)
	}
	return out, nil
}

// Pending is how many events wait in the endpoint's queue (for tests and operators).
func (s *Store) Pending(ctx context.Context, id string) (int64, error) {
	return s.rdb.ZCard(ctx, s.k.queue(id)).Result()
}
