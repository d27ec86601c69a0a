package webhooks

import (
	"context"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"
)

// Event types. Every event is delivered with a stable id (the webhook-id header and the body's "id"), so a
// receiver that sees one twice (delivery is at least once) can tell.
const (
	EventAwardCreated    = "award.created"    // an award was recorded
	EventAwardClaimable  = "award.claimable"  // a held award matured
	EventAwardReversed   = "award.reversed"   // an award was reversed
	EventAwardRejected   = "award.rejected"   // a held award was rejected
	EventReferralCreated = "referral.created" // a referral was recorded
	EventClaimPaid       = "claim.paid"       // a confirmed Claimed event, with tx hash and block
	EventCommunityActive = "community.active" // a community's token was created on-chain
	EventEpochProposed   = "epoch.proposed"   // an epoch's Merkle root was proposed on-chain
	EventEpochActive     = "epoch.active"     // an epoch's root became active
	EventPoolLow         = "pool.low"         // a sponsor pool fell below its threshold
	EventWebhookDisabled = "webhook.disabled" // an endpoint failed for too long and was disabled
	EventWebhookTest     = "webhook.test"     // sent by POST /v1/webhooks/{id}/test, to that endpoint only
	EventIdentityLinked  = "identity.linked"  // a platform's user was linked to a wallet (to that platform only)
)

// EventTypes are the types an endpoint may subscribe to.
var EventTypes = []string{EventAwardCreated, EventAwardClaimable, EventAwardReversed, EventAwardRejected,
	EventReferralCreated, EventClaimPaid, EventCommunityActive, EventEpochProposed, EventEpochActive,
	EventPoolLow, EventWebhookDisabled, EventIdentityLinked}

// OutboxLua defines emit_event for Lua scripts that change state webhooks tell of. Prepend it to the
// script (as the ledger does with its decimal helpers) and call it in the same script as the change, after
// every check that can refuse it, so that a change and its event are written together or not at all:
//
//	emit_event(outbox_key, type, campaign_id, payload_json, now_ms) -> event id
//
// outbox_key is OutboxKey(prefix, tag) for the script's own slot (pass it in KEYS: it shares the slot of
// every key with the hash tag {tag}); type is one of the Event* constants; campaign_id is the campaign the
// event belongs to ("" for none: such events go to endpoints that filter on no campaign); payload_json is
// the event's "data" object, a JSON object as a string (cjson.encode of a table); now_ms is the change's
// time in Unix milliseconds, as a string or number (the order of delivery to each endpoint). The event id
// is "evt_<tag>_<stream id>": the same for every replica and every retry of its delivery.
const OutboxLua = `
local function emit_event(outbox_key, etype, campaign_id, payload_json, now_ms)
  local sid = redis.call('XADD', outbox_key, '*', 't', etype, 'c', campaign_id or '', 'd', payload_json,
    'ts', tostring(now_ms))
  return 'evt_' .. string.match(outbox_key, '{(.-)}') .. '_' .. sid
end
`

// EventID is the id of the event stored at stream id sid of the outbox with key outboxKey.
func EventID(outboxKey, sid string) string {
	tag := outboxKey
	if i := strings.IndexByte(tag, '{'); i >= 0 {
		tag = tag[i+1:]
		if j := strings.IndexByte(tag, '}'); j >= 0 {
			tag = tag[:j]
		}
	}
	return "evt_" + tag + "_" + sid
}

// Emit queues an XADD of an event to outboxKey on pipe: use it inside a MULTI/EXEC (TxPipelined) that
// makes the change in the same slot, so both are applied or neither. dataJSON is the event's data object;
// owner ("" for none) additionally addresses the event to that owner's endpoints (OwnerWallet,
// OwnerPlatform) whatever their campaign filter.
func Emit(ctx context.Context, pipe redis.Pipeliner, outboxKey, eventType, campaignID, owner string, dataJSON []byte,
	nowMs int64) *redis.StringCmd {
	values := []any{"t", eventType, "c", campaignID, "d", string(dataJSON), "ts", strconv.FormatInt(nowMs, 10)}
	if owner != "" {
		values = append(values, "o", owner)
	}
	return pipe.XAdd(ctx, &redis.XAddArgs{Stream: outboxKey, Values: values})
}
