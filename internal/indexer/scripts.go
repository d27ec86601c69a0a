package indexer

import (
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// The Lua scripts. commitScript and rewindScript take the same KEYS (keys.all): cursor, hashes, undo,
// claimed, tokens, owners, ownersync — one slot. Both are compare-and-set on the cursor: they change nothing
// and return "STALE" unless the cursor is still what the caller read, so two indexers on the same Redis
// cannot interleave their batches. Both add to ownersync every token whose record or owner they change.

// dcmpLua compares two canonical decimal strings (digits only, no leading zeros but "0") as numbers. Lua
// numbers are doubles, so equal-length strings are compared 14 digits at a time.
const dcmpLua = `
local function dcmp(a, b)
  if #a ~= #b then
    if #a < #b then return -1 end
    return 1
  end
  for i = 1, #a, 14 do
    local x, y = tonumber(string.sub(a, i, i + 13)), tonumber(string.sub(b, i, i + 13))
    if x ~= y then
      if x < y then return -1 end
      return 1
    end
  end
  return 0
end
`

// commitScript applies one batch of blocks [from, to]: its effects, their undo log, the blocks' hashes and
// the new cursor, all at once. A crash, a timeout or a lost reply leaves either all of it or none.
//
// KEYS: cursor, hashes, undo, claimed, tokens, owners, ownersync, then the {idx} outbox.
// ARGV[1], ARGV[2]: the cursor's block and hash the caller read ("" and "" for no cursor).
// ARGV[3]: the contracts id. ARGV[4], ARGV[5]: from, to. ARGV[6]: the hash of block to.
// ARGV[7]: keepFrom — hashes and undo entries of blocks below it are dropped.
// ARGV[8]: undoFrom — effects of blocks from it on are undo-logged (those below are final).
// ARGV[9]: now, Unix ms (the time of the events emitted).
// ARGV[10]: H, then H pairs (block, hash) to add to the hash ring.
// Then effects, five arguments each, in log order: kind ("c" claimed: field <token>:<account>, value the
// cumulative amount, kept only if larger; "t" tokens: field <token>, value the record; "o" owners: field
// <token>, value its new owner), block, field, value, and the data of the webhook event the effect emits
// when it changes anything ("" for none: a claim emits claim.paid).
//
// A new cursor gets o=1: the index has followed owners since its first block (an index built before it
// did lacks the field).
//
// Returns "OK" or "STALE".
var commitScript = redis.NewScript(dcmpLua + webhooks.OutboxLua + `
local cur = redis.call('HMGET', KEYS[1], 'n', 'h')
if (cur[1] or '') ~= ARGV[1] or (cur[2] or '') ~= ARGV[2] then return 'STALE' end

local undoFrom = tonumber(ARGV[8])
local nh = tonumber(ARGV[10])
local hashOf = {c = KEYS[4], t = KEYS[5], o = KEYS[6]}
local undo, order = {}, {}
local i = 11 + 2 * nh
while i <= #ARGV do
  local kind, b, field, val, ev = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4]
  local key = hashOf[kind]
  local prev = redis.call('HGET', key, field)
  local changed
  if kind == 'c' then
    changed = (not prev) or dcmp(val, prev) > 0
  else
    changed = prev ~= val
  end
  if changed then
    if tonumber(b) >= undoFrom then
      local u = undo[b]
      if not u then
        u = {}
        undo[b] = u
        order[#order + 1] = b
      end
      local uk = kind .. '|' .. field
      if u[uk] == nil then u[uk] = prev or '' end
    end
    redis.call('HSET', key, field, val)
    if kind ~= 'c' then redis.call('SADD', KEYS[7], field) end
    if ev ~= '' then emit_event(KEYS[8], 'claim.paid', '', ev, ARGV[9]) end
  end
  i = i + 5
end

for _, b in ipairs(order) do
  local u = undo[b]
  -- A block applied before (a rewound cursor) keeps the values it first overwrote.
  local old = redis.call('ZRANGEBYSCORE', KEYS[3], b, b)
  for _, m in ipairs(old) do
    for k, v in pairs(cjson.decode(m).e) do u[k] = v end
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[3], b, b)
  redis.call('ZADD', KEYS[3], b, cjson.encode({n = b, e = u}))
end

redis.call('ZREMRANGEBYSCORE', KEYS[2], ARGV[4], ARGV[5])
for j = 0, nh - 1 do
  redis.call('ZADD', KEYS[2], ARGV[11 + 2 * j], ARGV[12 + 2 * j])
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[7])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[7])
if ARGV[1] == '' then redis.call('HSET', KEYS[1], 'o', '1') end
redis.call('HSET', KEYS[1], 'n', ARGV[5], 'h', ARGV[6], 'c', ARGV[3])
return 'OK'
`)

// rewindScript undoes every block above a fork point, newest first, and moves the cursor to the fork
// point — or deletes it when the fork is below the first indexed block.
//
// KEYS: cursor, hashes, undo, claimed, tokens, owners, ownersync.
// ARGV[1], ARGV[2]: the cursor's block and hash the caller read. ARGV[3], ARGV[4]: the fork point's block
// and hash ("" and "" to undo everything).
//
// Returns the number of blocks whose effects were undone, or "STALE".
var rewindScript = redis.NewScript(`
local cur = redis.call('HMGET', KEYS[1], 'n', 'h')
if (cur[1] or '') ~= ARGV[1] or (cur[2] or '') ~= ARGV[2] then return 'STALE' end

local hashOf = {c = KEYS[4], t = KEYS[5], o = KEYS[6]}
local above = '-inf'
if ARGV[3] ~= '' then above = '(' .. ARGV[3] end
local entries = redis.call('ZREVRANGEBYSCORE', KEYS[3], '+inf', above)
for _, m in ipairs(entries) do
  for k, prev in pairs(cjson.decode(m).e) do
    local kind, field = string.sub(k, 1, 1), string.sub(k, 3)
    local key = hashOf[kind]
    if prev == '' then
      redis.call('HDEL', key, field)
    else
      redis.call('HSET', key, field, prev)
    end
    if kind ~= 'c' then redis.call('SADD', KEYS[7], field) end
  end
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], above, '+inf')
redis.call('ZREMRANGEBYSCORE', KEYS[2], above, '+inf')
if ARGV[3] == '' then
  redis.call('DEL', KEYS[1])
else
  redis.call('HSET', KEYS[1], 'n', ARGV[3], 'h', ARGV[4])
end
return #entries
`)

// ownerSyncedScript takes token off ownersync once Config.Owners has its owner — unless a commit or a
// rewind changed the token since the caller read it (then it stays, for the next syncOwners).
//
// KEYS: tokens, owners, ownersync.
// ARGV[1]: the token's field. ARGV[2], ARGV[3]: its tokens record and owners value as the caller read
// them ("" for absent).
//
// Returns 1 if it was taken off, 0 if not.
var ownerSyncedScript = redis.NewScript(`
if (redis.call('HGET', KEYS[1], ARGV[1]) or '') ~= ARGV[2] then return 0 end
if (redis.call('HGET', KEYS[2], ARGV[1]) or '') ~= ARGV[3] then return 0 end
return redis.call('SREM', KEYS[3], ARGV[1])
`)
