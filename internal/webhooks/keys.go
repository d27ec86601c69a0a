package webhooks

import (
	"strings"
)

// Every Redis key of the webhooks is built here. <p> is the deployment's key prefix (the ledger's).
//
// Each slot that changes state the webhooks tell of has its own outbox, written by the same script (or
// MULTI/EXEC) as the change:
//
//	<p>:{<tag>}:outbox               stream  t (type), c (campaign id or ""), d (data JSON), ts (unix ms),
//	                                         o (owner the event is addressed to, optional); consumer group
//	                                         "webhooks". <tag> is a reward token's or pool's lower-case
//	                                         0x address (the ledger's slot), or community, settle, idx,
//	                                         webhooks.
//
// The registry, the delivery queues and the logs share the {webhooks} slot, so one script keeps each
// delivery's invariants:
//
//	<p>:{webhooks}:eps               set     every endpoint id
//	<p>:{webhooks}:ep:<id>           hash    the Endpoint's fields and its secrets
//	<p>:{webhooks}:owner:<owner>     set     the endpoint ids of one owner (platform:<id> or wallet:<0x…>)
//	<p>:{webhooks}:ev:<event id>     string  the event's JSON body as delivered, kept EventTTL; its existence
//	                                         also marks the outbox entry as fanned out
//	<p>:{webhooks}:q:<id>            zset    the endpoint's undelivered event ids, by event time
//	<p>:{webhooks}:due               zset    endpoint id -> when its queue's head is next attempted (unix ms)
//	<p>:{webhooks}:st:<id>           hash    head, attempt, first (ms), failing (ms since it fails)
//	<p>:{webhooks}:lease:<id>        string  the replica delivering to the endpoint now, with a TTL
//	<p>:{webhooks}:log:<id>          list    Delivery JSON, newest first, at most LogSize
type keys struct{ p string }

const registryTag = "webhooks"

var escaper = strings.NewReplacer("%", "%25", ":", "%3A", "{", "%7B", "}", "%7D")

func esc(s string) string { return escaper.Replace(s) }

// OutboxKey is the outbox stream of the slot whose hash tag is tag (a lower-case 0x address for a reward
// token's or a pool's ledger slot, or "community", "settle", "idx").
func OutboxKey(prefix, tag string) string { return prefix + ":{" + tag + "}:outbox" }

func (k keys) reg() string               { return k.p + ":{" + registryTag + "}:" }
func (k keys) endpoints() string         { return k.reg() + "eps" }
func (k keys) endpoint(id string) string { return k.reg() + "ep:" + esc(id) }
func (k keys) owner(owner string) string { return k.reg() + "owner:" + esc(owner) }
func (k keys) event(id string) string    { return k.reg() + "ev:" + esc(id) }
func (k keys) queue(id string) string    { return k.reg() + "q:" + esc(id) }
func (k keys) due() string               { return k.reg() + "due" }
func (k keys) state(id string) string    { return k.reg() + "st:" + esc(id) }
func (k keys) lease(id string) string    { return k.reg() + "lease:" + esc(id) }
func (k keys) log(id string) string      { return k.reg() + "log:" + esc(id) }
func (k keys) ownOutbox() string         { return OutboxKey(k.p, registryTag) }
func (k keys) tokens() string            { return k.p + ":tokens" }
func (k keys) pools() string             { return k.p + ":pools" }
func (k keys) outbox(tag string) string  { return OutboxKey(k.p, tag) }
