package settle

import (
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// The Lua scripts. Each runs atomically and touches keys of the {settle} slot only, all passed in KEYS.
// Every script that writes epoch state first checks that the lease key still holds the caller's
// "<owner>:<fencing token>" and otherwise refuses with an error starting "FENCED": a replica whose lease
// expired (a long GC pause, a partition) or was taken over cannot write, even if it still believes it is
// the leader. Errors starting "STATE" report a record in an unexpected state, "CONFLICT" an epoch number
// that is already taken.

// fencedLua is the prelude of the writing scripts: KEYS[1] is the lease, ARGV[1] the caller's lease value.
const fencedLua = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return redis.error_reply('FENCED the settlement lease is no longer held with this fencing token')
end
`

// acquireScript takes the lease if it is free, or renews it if the owner already holds it.
//
// KEYS[1] lease, KEYS[2] fencing-token counter. ARGV[1] owner, ARGV[2] TTL in milliseconds.
// Returns the fencing token (a decimal string), or nil if another owner holds the lease.
var acquireScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v then
  local owner, token = string.match(v, '^(.*):(%d+)$')
  if owner == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return token
  end
  return false
end
local token = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. token, 'NX', 'PX', ARGV[2])
return tostring(token)
`)

// renewScript extends the lease if it still holds the caller's value.
//
// KEYS[1] lease. ARGV[1] lease value, ARGV[2] TTL in milliseconds. Returns 1 if renewed, 0 if not held.
var renewScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`)

// releaseScript deletes the lease if it still holds the caller's value.
//
// KEYS[1] lease. ARGV[1] lease value. Returns 1 if released, 0 if not held.
var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
`)

// createScript creates the record of a new epoch, in state building, and makes it the latest.
//
// KEYS[1] lease, KEYS[2] latest-epoch pointer, KEYS[3] the new epoch's record.
// ARGV[1] lease value, ARGV[2] the new epoch number, ARGV[3] the latest epoch number the caller saw ("0" for
// none), ARGV[4...] the record's field/value pairs.
var createScript = redis.NewScript(fencedLua + `
local cur = redis.call('GET', KEYS[2]) or '0'
if cur ~= ARGV[3] then
  return redis.error_reply('CONFLICT the latest epoch is ' .. cur .. ', not ' .. ARGV[3])
end
if redis.call('EXISTS', KEYS[3]) == 1 then
  return redis.error_reply('CONFLICT epoch ' .. ARGV[2] .. ' exists')
end
redis.call('HSET', KEYS[3], unpack(ARGV, 4))
redis.call('SET', KEYS[2], ARGV[2])
return 1
`)

// putScript stores one chunk of an epoch that is still building.
//
// KEYS[1] lease, KEYS[2] epoch record, KEYS[3] chunk. ARGV[1] lease value, ARGV[2] the chunk's bytes.
var putScript = redis.NewScript(fencedLua + `
local st = redis.call('HGET', KEYS[2], 'st')
if st ~= 'building' then
  return redis.error_reply('STATE epoch is ' .. tostring(st) .. ', not building')
end
redis.call('SET', KEYS[3], ARGV[2])
return 1
`)

// moveScript moves an epoch from one of the given states to another, setting fields.
//
// KEYS[1] lease, KEYS[2] epoch record. ARGV[1] lease value, ARGV[2] the allowed current states, each
// surrounded by spaces (" built sending "), ARGV[3...] field/value pairs to set (including st).
var moveScript = redis.NewScript(fencedLua + `
local st = redis.call('HGET', KEYS[2], 'st')
if not st or not string.find(ARGV[2], ' ' .. st .. ' ', 1, true) then
  return redis.error_reply('STATE epoch is ' .. tostring(st) .. ', expected one of' .. ARGV[2])
end
redis.call('HSET', KEYS[2], unpack(ARGV, 3))
return 1
`)

// moveEmitScript is moveScript that also writes a webhook event to the settlement slot's outbox, in the same
// script: the event is emitted exactly when the move is made (a fenced or refused move emits none).
//
// KEYS[1] lease, KEYS[2] epoch record, KEYS[3] outbox. ARGV[1] lease value, ARGV[2] the allowed current
// states (as moveScript), ARGV[3] event type, ARGV[4] event data (a JSON object), ARGV[5] the time in unix
// ms, ARGV[6...] field/value pairs to set.
var moveEmitScript = redis.NewScript(fencedLua + webhooks.OutboxLua + `
local st = redis.call('HGET', KEYS[2], 'st')
if not st or not string.find(ARGV[2], ' ' .. st .. ' ', 1, true) then
  return redis.error_reply('STATE epoch is ' .. tostring(st) .. ', expected one of' .. ARGV[2])
end
redis.call('HSET', KEYS[2], unpack(ARGV, 6))
emit_event(KEYS[3], ARGV[3], '', ARGV[4], ARGV[5])
return 1
`)

// abortScript discards an epoch that was left building (its builder died): its chunks, its record, and
// the latest-epoch pointer goes back to the previous epoch.
//
// KEYS[1] lease, KEYS[2] latest-epoch pointer, KEYS[3] epoch record, KEYS[4...] the epoch's chunks.
// ARGV[1] lease value, ARGV[2] the epoch number, ARGV[3] the previous epoch number ("0" for none).
var abortScript = redis.NewScript(fencedLua + `
local st = redis.call('HGET', KEYS[3], 'st')
if st ~= 'building' then
  return redis.error_reply('STATE epoch is ' .. tostring(st) .. ', not building')
end
for i = 4, #KEYS do
  redis.call('UNLINK', KEYS[i])
end
redis.call('DEL', KEYS[3])
if redis.call('GET', KEYS[2]) == ARGV[2] then
  if ARGV[3] == '0' then
    redis.call('DEL', KEYS[2])
  else
    redis.call('SET', KEYS[2], ARGV[3])
  end
end
return 1
`)

// pruneScript deletes the chunks of a settled (proposed or rejected) epoch, keeping its record.
//
// KEYS[1] lease, KEYS[2] epoch record, KEYS[3...] the epoch's chunks. ARGV[1] lease value, ARGV[2...]
// field/value pairs to set (pruned, fence...).
var pruneScript = redis.NewScript(fencedLua + `
local st = redis.call('HGET', KEYS[2], 'st')
if st ~= 'proposed' and st ~= 'rejected' then
  return redis.error_reply('STATE epoch is ' .. tostring(st) .. ', not settled')
end
for i = 3, #KEYS do
  redis.call('UNLINK', KEYS[i])
end
redis.call('HSET', KEYS[2], unpack(ARGV, 2))
return 1
`)

// searchScript binary-searches one values chunk for a (token, account) and returns the rest of its record:
// the amount and tree index of a claim tree's record (76 bytes), the pending total, earliest maturity and
// tree index of a pending tree's (84 bytes). Record keys are compared byte by byte (Lua's < on strings
// follows the server's locale).
//
// KEYS[1] epoch record, KEYS[2] values chunk. ARGV[1] the root the caller expects ("0x..."), ARGV[2] the
// 40-byte search key token ‖ account, ARGV[3] the record size.
// Returns {"ok", the record after its key}, {"miss"}, {"stale"} if the record's root is not ARGV[1] (the
// caller's cached layout is out of date), or {"gone"} if the chunks were pruned.
var searchScript = redis.NewScript(`
local root = redis.call('HGET', KEYS[1], 'root')
if root ~= ARGV[1] then
  return {'stale'}
end
local size = redis.call('STRLEN', KEYS[2])
if size == 0 or redis.call('HEXISTS', KEYS[1], 'pruned') == 1 then
  return {'gone'}
end
local key = ARGV[2]
local function cmp(a)
  if a == key then return 0 end
  for i = 1, 40 do
    local x, y = string.byte(a, i), string.byte(key, i)
    if x ~= y then
      if x < y then return -1 end
      return 1
    end
  end
  return 0
end
local rs = tonumber(ARGV[3])
local lo, hi = 0, math.floor(size / rs) - 1
while lo <= hi do
  local mid = math.floor((lo + hi) / 2)
  local rec = redis.call('GETRANGE', KEYS[2], mid * rs, mid * rs + rs - 1)
  local c = cmp(string.sub(rec, 1, 40))
  if c == 0 then
    return {'ok', string.sub(rec, 41, rs)}
  elseif c < 0 then
    lo = mid + 1
  else
    hi = mid - 1
  end
end
return {'miss'}
`)
