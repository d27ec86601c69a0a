package webhooks

import "github.com/redis/go-redis/v9"

// The {webhooks} slot's scripts. Each checks what it needs and changes everything of one step at once.

// enqueueScript stores an event's body and queues it for endpoints.
//
// KEYS[1]: the event's body key; KEYS[2]: due; then for each endpoint its record key and its queue key.
// ARGV: body, body TTL (ms), score (event time), event id, now (ms), only-new ("1": do nothing if the body
// is already stored — the event was fanned out before; "0": queue it again), then the endpoint ids.
// An endpoint that no longer exists or is disabled is skipped. Returns how many queues took the event,
// or -1 when only-new found it fanned out.
var enqueueScript = redis.NewScript(`
local stored = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
if not stored and ARGV[6] == '1' then return -1 end
local n = 0
for i = 7, #ARGV do
  local j = 3 + 2 * (i - 7)
  local ek, qk = KEYS[j], KEYS[j + 1]
  if redis.call('EXISTS', ek) == 1 and not redis.call('HGET', ek, 'disabled') then
    redis.call('ZADD', qk, 'NX', ARGV[3], ARGV[4])
    redis.call('ZADD', KEYS[2], 'NX', ARGV[5], ARGV[i])
    n = n + 1
  end
end
return n
`)

// resultScript records the outcome of one delivery attempt of an endpoint's queue head, if the caller
// still holds the endpoint's lease.
//
// KEYS: lease, queue, due, state, log, endpoint, the {webhooks} outbox.
// ARGV[1] lease token, [2] event id, [3] outcome: ok (delivered: off the queue, failures forgotten), drop
// (given up: off the queue), retry (stays the head, next attempt at [5]), disable (the endpoint is disabled
// and a webhook.disabled event emitted); [4] now (ms), [5] next attempt (ms), [6] attempt, [7] first
// attempt of this head (ms), [8] failing since (ms), [9] the log entry, [10] log size, [11] endpoint id,
// [12] owner, [13] the webhook.disabled event's data.
// Returns 1, or 0 when the lease was lost (nothing changed).
var resultScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local o = ARGV[3]
redis.call('LPUSH', KEYS[5], ARGV[9])
redis.call('LTRIM', KEYS[5], 0, tonumber(ARGV[10]) - 1)
if o == 'ok' or o == 'drop' then
  redis.call('ZREM', KEYS[2], ARGV[2])
  if o == 'ok' then
    redis.call('DEL', KEYS[4])
  else
    redis.call('HDEL', KEYS[4], 'head', 'attempt', 'first')
    redis.call('HSET', KEYS[4], 'failing', ARGV[8])
  end
  if redis.call('ZCARD', KEYS[2]) > 0 then
    redis.call('ZADD', KEYS[3], ARGV[4], ARGV[11])
  else
    redis.call('ZREM', KEYS[3], ARGV[11])
  end
else
  redis.call('HSET', KEYS[4], 'head', ARGV[2], 'attempt', ARGV[6], 'first', ARGV[7], 'failing', ARGV[8])
  if o == 'retry' then
    redis.call('ZADD', KEYS[3], ARGV[5], ARGV[11])
  else
    redis.call('HSET', KEYS[6], 'disabled', ARGV[4])
    redis.call('ZREM', KEYS[3], ARGV[11])
    redis.call('XADD', KEYS[7], '*', 't', 'webhook.disabled', 'c', '', 'd', ARGV[13], 'ts', ARGV[4], 'o', ARGV[12])
  end
end
return 1
`)

// idleScript takes an endpoint off the due set when its queue is empty, if the caller holds its lease.
// KEYS: lease, queue, due. ARGV: lease token, endpoint id.
var idleScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if redis.call('ZCARD', KEYS[2]) == 0 then redis.call('ZREM', KEYS[3], ARGV[2]) end
return 1
`)

// releaseScript deletes a lease if it is still the caller's. KEYS: lease. ARGV: token.
var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)
