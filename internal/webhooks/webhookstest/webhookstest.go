// Package webhookstest helps the tests of packages that emit webhook events: it reads what a change wrote
// to its slot's outbox, so a test can assert that a change emitted exactly the events it should — and a
// refused change none.
package webhookstest

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Entry is one event in an outbox, as the dispatcher will read it.
type Entry struct {
	ID         string         // the event id deliveries carry (webhook-id)
	Type       string         // e.g. webhooks.EventAwardCreated
	CampaignID string         // "" for none
	Owner      string         // the owner it is addressed to, if any
	TimeMs     string         // the change's time, Unix ms
	Data       map[string]any // the event's data object
}

// Outbox returns every event waiting in the outbox of the slot tagged tag (a lower-case 0x address, or
// "community", "settle", "idx") under prefix, oldest first. It fails t on a Redis error or an entry whose
// data is not a JSON object.
//
//	evs := webhookstest.Outbox(t, rdb, prefix, "0xabc…")
//	if len(evs) != 1 || evs[0].Type != webhooks.EventAwardCreated { … }
func Outbox(t testing.TB, rdb redis.UniversalClient, prefix, tag string) []Entry {
	t.Helper()
	key := webhooks.OutboxKey(prefix, tag)
	msgs, err := rdb.XRange(context.Background(), key, "-", "+").Result()
	if err != nil {
		t.Fatalf("read outbox %s: %v", key, err)
	}
	out := make([]Entry, 0, len(msgs))
	for _, m := range msgs {
		s := func(f string) string { v, _ := m.Values[f].(string); return v }
		e := Entry{ID: webhooks.EventID(key, m.ID), Type: s("t"), CampaignID: s("c"), Owner: s("o"), TimeMs: s("ts")}
		if err := json.Unmarshal([]byte(s("d")), &e.Data); err != nil {
			t.Fatalf("outbox %s entry %s: data is not a JSON object: %v (%q)", key, m.ID, err, s("d"))
		}
		out = append(out, e)
	}
	return out
}
