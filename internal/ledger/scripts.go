package ledger

import (
	"github.com/redis/go-redis/v9"
)

// The Lua scripts. Each runs atomically and touches keys of one cluster slot only, all passed in KEYS.
// redis.NewScript sends EVALSHA and falls back to EVAL once per server when the script is not cached.

// decimalLua does exact uint256 arithmetic on canonical decimal strings (digits only, no leading zeros
// but "0"). Lua numbers are doubles, exact up to 2^53, so the work is done in base-1e14 limbs, least
// significant first: a limb sum stays below 2e14. Sums may exceed 2^256-1 (callers compare them with
// MAXU256); dsub needs a >= b. Accumulators stay in limbs (dlimbs, ladd, lcmp) and become strings once.
const decimalLua = `
local W = 14
local BASE = 100000000000000
local MAXU256 = '115792089237316195423570985008687907853269984665640564039457584007913129639935'

local function dlimbs(s)
  local t, i = {}, #s
  while i >= 1 do
    local j = i - W + 1
    if j < 1 then j = 1 end
    t[#t + 1] = tonumber(string.sub(s, j, i))
    i = j - 1
  end
  return t
end

local function dstr(t)
  local n = #t
  while n > 1 and t[n] == 0 do n = n - 1 end
  if n == 0 then return '0' end
  local parts = {string.format('%.0f', t[n])}
  for i = n - 1, 1, -1 do parts[#parts + 1] = string.format('%014.0f', t[i]) end
  return table.concat(parts)
end

local function dcmp(a, b)
  local la, lb = #a, #b
  if la ~= lb then
    if la < lb then return -1 end
    return 1
  end
  if a == b then return 0 end
  for i = 1, la, W do
    local x, y = tonumber(string.sub(a, i, i + W - 1)), tonumber(string.sub(b, i, i + W - 1))
    if x ~= y then
      if x < y then return -1 end
      return 1
    end
  end
  return 0
end

-- ladd adds limbs y to limbs x in place and returns x.
local function ladd(x, y)
  local carry, n = 0, math.max(#x, #y)
  for i = 1, n do
    local s = (x[i] or 0) + (y[i] or 0) + carry
    if s >= BASE then
      x[i] = s - BASE
      carry = 1
    else
      x[i] = s
      carry = 0
    end
  end
  if carry > 0 then x[n + 1] = carry end
  return x
end

-- lcmp compares limbs without leading zero limbs (as dlimbs and ladd make them).
local function lcmp(x, y)
  if #x ~= #y then
    if #x < #y then return -1 end
    return 1
  end
  for i = #x, 1, -1 do
    if x[i] ~= y[i] then
      if x[i] < y[i] then return -1 end
      return 1
    end
  end
  return 0
end

local function dadd(a, b)
  if a == '0' then return b end
  if b == '0' then return a end
  return dstr(ladd(dlimbs(a), dlimbs(b)))
end

local function dsub(a, b)
  if b == '0' then return a end
  local x, y = dlimbs(a), dlimbs(b)
  local r, borrow = {}, 0
  for i = 1, #x do
    local s = x[i] - (y[i] or 0) - borrow
    if s < 0 then
      r[i] = s + BASE
      borrow = 1
    else
      r[i] = s
      borrow = 0
    end
  end
  return dstr(r)
end

local function dmin(a, b)
  if dcmp(a, b) <= 0 then return a end
  return b
end

local function dpad(s)
  return string.rep('0', 78 - #s) .. s
end
`

// applyScript is Apply: a group of requests (applyGroupLua), each one's awards all or nothing. One
// request's keys and arguments (apply_one):
//
// KEYS[1]   award idempotency record (idem_get in lifecycleLua); any key of the slot when ARGV[2] is ""
// KEYS[2]   cumulative totals of the source (hash account -> decimal)
// KEYS[3]   referrals of the qualifying campaign; any key of the slot when ARGV[8] is ""
// KEYS[4..] campaign and account keys, referred to by their index in KEYS from ARGV
//
// ARGV[1]  now (unix ms)             ARGV[2]  request hash (hex), "" for no idempotency key
// ARGV[3]  platform                  ARGV[4]  idempotency key (recorded in the journal)
// ARGV[5]  "1" direct, "0" event     ARGV[6]  awards kept per account history list
// ARGV[7]  daily-cap TTL (seconds)   ARGV[8]  referee whose referral to qualify, or ""
// ARGV[9]  number of campaigns C     ARGV[10] number of entries N
// ARGV[11] the UTC day (yyyymmdd) of the campaigns' daily totals
// ARGV[12] the slot prefix P (see lifecycleLua)
// ARGV[13] the platform's event id, or ""; ARGV[14] its campaign id (the event record's campaign)
// ARGV[15] for a purchase with an event id, its record "<account>|<value>|0|" (the refundable award ids are
//
//	appended), else ""
//
// then C groups of 8: campaign id, budget, daily cap or "", index of the campaign state, journal, "1" if
// awards wait for approval, index of the campaign's blocks, the campaign's unlinked expiry in ms ("0":
// never; an award to an unlinked platform user keeps a state and is queued in P..'uexp' and
// P..'uexp:<user>' to expire then, see expireScript);
// then N groups of 9: campaign number (1..C), account, amount, reason, counterparty or "", "1" if paid once
// per referral, index of the daily-cap counter (0: no cap), claimable_at (unix ms, "0" for at once), flags
// ("r": refundable, keep its state; "b": a blocked account refuses the request rather than dropping the
// award).
//
// It writes what acknowledging the award promises — the idempotency and event records, the checks'
// counters, the budget, the account's totals and the award's state — and the journal entry; the earned
// totals, leaderboards, daily counts, history lists and award.created events are folded from the journal
// by the projection (fold in lifecycleLua, projector.go), the campaign being marked in P..'dirty'.
//
// Returns {"ok", awards JSON} | {"replay", awards JSON} | {"conflict"} |
// {"budget", campaign, remaining, needed} | {"cap", campaign, account, left, requested} |
// {"overflow", account} | {"blocked", account}. Awards JSON is an array of [id, campaign, account, amount,
// reason, counterparty, at ms, capped "1"|"0", status "p"|"a" (awaiting approval)|"c", claimable_at ms]. Only
// "ok" writes anything.
var applyScript = redis.NewScript(decimalLua + lifecycleLua + "local function apply_one(KEYS, ARGV)\n" + applyOneLua +
	"end\n" + applyGroupLua)

// applyGroupLua runs apply_one for each request of a group (group commit, see commit.go), in order, each
// on its own slice of KEYS and ARGV: ARGV[1] is the number of requests G, ARGV[2g] and ARGV[2g+1] the
// number of keys and of arguments of request g, then every request's arguments; KEYS are every request's
// keys, in the same order. A refused request writes nothing and does not affect the others; later ones
// see what earlier ones wrote, exactly as if each had run alone in that order. Returns one reply per
// request.
const applyGroupLua = `
local G = tonumber(ARGV[1])
local res, ko, ao = {}, 0, 1 + 2 * G
for g = 1, G do
  local nk, na = tonumber(ARGV[2 * g]), tonumber(ARGV[2 * g + 1])
  local k, a = {}, {}
  for i = 1, nk do k[i] = KEYS[ko + i] end
  for i = 1, na do a[i] = ARGV[ao + i] end
  ko, ao = ko + nk, ao + na
  res[g] = apply_one(k, a)
end
return res
`

// applyOneLua is one request of applyScript (the body of apply_one, KEYS and ARGV being the request's own).
const applyOneLua = `
local now, reqhash, platform, idemkey = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local direct, histlen, capttl, qreferee = ARGV[5] == '1', tonumber(ARGV[6]), ARGV[7], ARGV[8]
local nc, ne, day, P = tonumber(ARGV[9]), tonumber(ARGV[10]), ARGV[11], ARGV[12]
local eventid, eventcamp, purchase = ARGV[13], ARGV[14], ARGV[15]
local CF, EF, HEAD = 8, 9, 15

if reqhash ~= '' then
  local h, r = idem_get(KEYS[1])
  if h then
    if h == string.sub(reqhash, 1, 32) then return {'replay', r} end
    return {'conflict'}
  end
end
local evk
if eventid ~= '' then
  evk = P .. 'evt:' .. esc(eventcamp)
  local r = redis.call('HGET', evk, eventid)
  if r then
    if reqhash ~= '' then idem_put(KEYS[1], reqhash, r) end
    return {'replay', r}
  end
end

-- Once-only referral payout.
local dropReferral, qualified = false, nil
if qreferee ~= '' then
  qreferee = linked(P, qreferee) or qreferee
  local v = redis.call('HGET', KEYS[3], qreferee)
  if not v or string.sub(v, -1) == '1' then
    dropReferral = true
  else
    qualified = string.sub(v, 1, -2) .. '1'
  end
end

local camps = {}
for i = 1, nc do
  local o = HEAD + (i - 1) * CF
  local c = {id = ARGV[o + 1], budget = ARGV[o + 2], cap = ARGV[o + 3], state = KEYS[tonumber(ARGV[o + 4])],
    journal = KEYS[tonumber(ARGV[o + 5])], manual = ARGV[o + 6] == '1', blocks = KEYS[tonumber(ARGV[o + 7])],
    expiry = ARGV[o + 8], sum = {0}, pend = {0}, n = 0}
  local rem = redis.call('HGET', c.state, 'remaining')
  c.fresh = not rem
  c.remaining = rem or c.budget
  camps[i] = c
end

-- Blocked accounts, then daily caps, in request order.
local used, capKeys, accepted = {}, {}, {}
local eo = HEAD + nc * CF
for i = 1, ne do
  local o = eo + (i - 1) * EF
  local c = camps[tonumber(ARGV[o + 1])]
  local e = {c = c, account = ARGV[o + 2], amount = ARGV[o + 3], reason = ARGV[o + 4], cp = ARGV[o + 5],
    capped = '0', at = ARGV[o + 8], flags = ARGV[o + 9]}
  -- A platform user linked to a wallet in this slot (the link ran after Go resolved the user): the wallet.
  local lw, capk = linked(P, e.account), nil
  if lw then
    e.account = lw
    capk = P .. 'cap:' .. esc(c.id) .. ':' .. lw .. ':' .. day
  elseif is_user(e.account) then
    e.user = true
  end
  if e.cp ~= '' then e.cp = linked(P, e.cp) or e.cp end
  local blocked = redis.call('HEXISTS', c.blocks, e.account) == 1
  if blocked and string.find(e.flags, 'b', 1, true) then return {'blocked', e.account} end
  if not blocked and not (dropReferral and ARGV[o + 6] == '1') then
    local amt = e.amount
    if c.cap ~= '' then
      local ck = capk or KEYS[tonumber(ARGV[o + 7])]
      local u = used[ck]
      if not u then
        u = redis.call('GET', ck) or '0'
        capKeys[#capKeys + 1] = ck
      end
      local left = '0'
      if dcmp(c.cap, u) > 0 then left = dsub(c.cap, u) end
      if dcmp(amt, left) > 0 then
        if direct then return {'cap', c.id, e.account, left, amt} end
        amt = left
        e.capped = '1'
      end
      used[ck] = dadd(u, amt)
    end
    if amt ~= '0' then
      e.amt = amt
      e.l = dlimbs(amt)
      e.pending = c.manual or e.at ~= '0'
      ladd(c.sum, e.l)
      if e.pending then ladd(c.pend, e.l) end
      c.n = c.n + 1
      accepted[#accepted + 1] = e
    end
  end
end

-- Budgets.
for i = 1, nc do
  local c = camps[i]
  if lcmp(c.sum, dlimbs(c.remaining)) > 0 then return {'budget', c.id, c.remaining, dstr(c.sum)} end
  c.sum = dstr(c.sum)
  c.pend = dstr(c.pend)
end

-- Cumulative totals: refuse rather than wrap past 2^256-1, counting what is pending (it may mature).
local cum, cumAccts, claim = {}, {}, {}
for _, e in ipairs(accepted) do
  local v = cum[e.account]
  if not v then
    v = ladd(dlimbs(redis.call('HGET', KEYS[2], e.account) or '0'), dlimbs(redis.call('HGET', P .. 'pendt', e.account) or '0'))
    cum[e.account] = v
    cumAccts[#cumAccts + 1] = e.account
    claim[e.account] = {0}
  end
  ladd(v, e.l)
  if not e.pending then ladd(claim[e.account], e.l) end
end
local maxl = dlimbs(MAXU256)
for _, a in ipairs(cumAccts) do
  if lcmp(cum[a], maxl) > 0 then return {'overflow', a} end
end

-- Every check passed: write.
local out, refundable = {}, {}
for _, e in ipairs(accepted) do
  local c = e.c
  local status, at = 'c', '0'
  if e.pending then
    status = 'p'
    at = e.at
    if at == '0' then at = now end
  end
  -- The records say "a" for an award that waits for approval; its state says p with approved 0.
  local shown = status
  if c.manual then shown = 'a' end
  local sid = redis.call('XADD', c.journal, '*', 'account', e.account, 'amount', e.amt, 'reason', e.reason,
    'counterparty', e.cp, 'at', now, 'capped', e.capped, 'platform', platform, 'idem', idemkey, 'status', shown,
    'claimable_at', at)
  local id = c.id .. '-' .. sid
  c.first = c.first or sid
  -- Only the ids and the reason can hold characters JSON must escape.
  local rec = '[' .. cjson.encode(id) .. ',' .. cjson.encode(c.id) .. ',"' .. e.account .. '","' ..
    e.amt .. '",' .. cjson.encode(e.reason) .. ',"' .. e.cp .. '","' .. now .. '","' .. e.capped .. '","' ..
    shown .. '","' .. at .. '"]'
  out[#out + 1] = rec
  local refund = string.find(e.flags, 'r', 1, true)
  if e.user then redis.call('SADD', P .. 'ucamps:' .. e.account, esc(c.id)) end
  local expiring = e.user and c.expiry ~= '0'
  if e.pending or refund or expiring then
    if e.user then redis.call('SADD', P .. 'uaw:' .. e.account, id) end
    local approved = '1'
    if c.manual then approved = '0' end
    putst(P, {id = id, s = status, account = e.account, amount = e.amt, reversed = '0', at = at,
      approved = approved, campaign = c.id})
  end
  if expiring then
    local ex = string.format('%.0f', tonumber(now) + tonumber(c.expiry))
    redis.call('ZADD', P .. 'uexp', ex, id)
    redis.call('ZADD', P .. 'uexp:' .. e.account, ex, id)
  end
  if refund then refundable[#refundable + 1] = id end
  if e.pending then
    redis.call('ZADD', P .. 'pend:' .. e.account, at, id)
    if not c.manual then redis.call('ZADD', P .. 'due', at, id) end
    redis.call('ZADD', P .. 'cpend:' .. esc(c.id), now, id)
    hadd(P .. 'pendt', e.account, e.amt)
  end
end
for i = 1, nc do
  local c = camps[i]
  if c.fresh then redis.call('HSET', c.state, 'budget', c.budget) end
  if c.fresh or c.sum ~= '0' then redis.call('HSET', c.state, 'remaining', dsub(c.remaining, c.sum)) end
  hadd(c.state, 'pending', c.pend)
  -- Marking the campaign for the projection. A campaign's first award since projections exist (marked for
  -- the first time, and no cursor) starts its cursor just before this request's entries: the entries before
  -- them were written with their projections by the award script of before.
  if c.n > 0 and redis.call('HSET', P .. 'dirty', esc(c.id), histlen .. '|' .. c.id) == 1 and
      redis.call('HEXISTS', P .. 'proj', esc(c.id)) == 0 then
    local prev = redis.call('XREVRANGE', c.journal, '(' .. c.first, '-', 'COUNT', 1)
    local cur = '0-0'
    if prev[1] then cur = prev[1][1] end
    redis.call('HSET', P .. 'proj', esc(c.id), cur)
  end
end
-- Last, as paying off a debt gives budget back to the campaigns written above.
for _, a in ipairs(cumAccts) do credit(P, a, dstr(claim[a])) end
for _, ck in ipairs(capKeys) do redis.call('SET', ck, used[ck], 'EX', capttl) end
if qualified then redis.call('HSET', KEYS[3], qreferee, qualified) end
local result = '[' .. table.concat(out, ',') .. ']'
if reqhash ~= '' then idem_put(KEYS[1], reqhash, result) end
if eventid ~= '' then
  redis.call('HSET', evk, eventid, result)
  if purchase ~= '' then redis.call('HSET', P .. 'buy:' .. esc(eventcamp), eventid, purchase .. table.concat(refundable, ',')) end
end
return {'ok', result}
`

// referralScript is RecordReferral: first touch wins, no self-referral (the same account, or a fingerprint
// the referrer and the referee share), no cycle, at most the campaign's referrals per referrer per UTC day.
// Only "ok" writes anything.
//
// KEYS[1] referrals of the campaign (hash referee -> <referrer>:<unix ms>:<qualified 0|1>)
// KEYS[2] referrals leaderboard of the campaign (zset referrer -> count)
// KEYS[3] the referrer's referrals today (string counter; any key of the slot when ARGV[5] is "0")
// KEYS[4] the referrer's fingerprints in the campaign (zset hash -> last seen ms)
// KEYS[5] the referee's fingerprints in the campaign (zset hash -> last seen ms)
// ARGV[1] referrer, ARGV[2] referee (lower-case hex), ARGV[3] now (unix ms), ARGV[4] max chain depth
// ARGV[5] most referrals per referrer per day ("0": no bound), ARGV[6] TTL of the day's counter (seconds)
// ARGV[7] the referee's fingerprint hash given with the referral, or "", ARGV[8] fingerprints kept per account
// KEYS[6] the slot's webhook outbox (referral.created); ARGV[9] the campaign id
// ARGV[10] the slot prefix P: a platform user linked to a wallet in the slot stands for that wallet (in the
// referral and along the chain the cycle check walks); an unlinked one has the campaign added to its
// P..'ucamps:<user>' set, so that linking moves the referral
//
// Returns {"ok"} | {"self"} | {"exists", existing record} | {"cycle"} | {"fingerprint"} | {"velocity", count}.
var referralScript = redis.NewScript(decimalLua + lifecycleLua + `
local P = ARGV[10]
local referrer, referee = linked(P, ARGV[1]) or ARGV[1], linked(P, ARGV[2]) or ARGV[2]
if referrer == referee then return {'self'} end
local existing = redis.call('HGET', KEYS[1], referee)
if existing then return {'exists', existing} end
local cur = referrer
for _ = 1, tonumber(ARGV[4]) do
  local v = redis.call('HGET', KEYS[1], cur)
  if not v then break end
  cur = string.sub(v, 1, 42)
  cur = linked(P, cur) or cur
  if cur == referee then return {'cycle'} end
end
for _, a in ipairs({referrer, referee}) do
  if is_user(a) then redis.call('SADD', P .. 'ucamps:' .. a, esc(ARGV[9])) end
end
local fp = ARGV[7]
if fp ~= '' and redis.call('ZSCORE', KEYS[4], fp) then return {'fingerprint'} end
for _, h in ipairs(redis.call('ZRANGE', KEYS[5], 0, -1)) do
  if redis.call('ZSCORE', KEYS[4], h) then return {'fingerprint'} end
end
local maxPerDay = tonumber(ARGV[5])
if maxPerDay > 0 then
  local n = tonumber(redis.call('GET', KEYS[3]) or '0')
  if n >= maxPerDay then return {'velocity', tostring(n)} end
end
redis.call('HSET', KEYS[1], referee, referrer .. ':' .. ARGV[3] .. ':0')
redis.call('ZINCRBY', KEYS[2], 1, referrer)
if maxPerDay > 0 then
  redis.call('INCR', KEYS[3])
  redis.call('EXPIRE', KEYS[3], ARGV[6])
end
if fp ~= '' then
  redis.call('ZADD', KEYS[5], ARGV[3], fp)
  redis.call('ZREMRANGEBYRANK', KEYS[5], 0, -(tonumber(ARGV[8]) + 1))
end
emit_event(KEYS[6], 'referral.created', ARGV[9], cjson.encode({campaign_id = ARGV[9], referrer = referrer,
  referee = referee, at = ARGV[3]}), ARGV[3])
return {'ok', referrer, referee}
`)

// fingerprintScript is RecordFingerprint: remember that an account was seen with a fingerprint, keeping its
// newest ones only.
//
// KEYS[1] the account's fingerprints in the campaign (zset hash -> last seen ms)
// ARGV[1] the fingerprint hash, ARGV[2] now (unix ms), ARGV[3] fingerprints kept per account
var fingerprintScript = redis.NewScript(`
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
return 1
`)

// referralCodeScript stores a referrer's code in a campaign unless it has one.
//
// KEYS[1] the campaign's codes (hash referrer -> code); ARGV[1] referrer (lower-case hex), ARGV[2] the new code
//
// Returns {"new"} | {"existing", code}.
var referralCodeScript = redis.NewScript(`
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then return {'existing', existing} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return {'new'}
`)

// createCommunityScript stores a new community and indexes it by status, by creator and by token.
//
// KEYS[1] community record, KEYS[2] its status index (set), KEYS[3] its creator's index (zset), KEYS[4] its
// token's index (set)
// ARGV[1] community JSON, ARGV[2] community id, ARGV[3] creation time (unix ms)
//
// Returns 1, or 0 when the id exists.
var createCommunityScript = redis.NewScript(`
if not redis.call('SET', KEYS[1], ARGV[1], 'NX') then return 0 end
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[2])
redis.call('SADD', KEYS[4], ARGV[2])
return 1
`)

// idemBeginScript claims an idempotency key, or reports what holds it.
//
// KEYS[1] idempotency record (hash h: request hash, s: "pending"|"done", st: status, b: body)
// ARGV[1] request hash (hex), ARGV[2] pending TTL (ms)
//
// Returns {"own"} | {"conflict"} | {"pending"} | {"done", status, body}.
var idemBeginScript = redis.NewScript(`
local rec = redis.call('HMGET', KEYS[1], 'h', 's', 'st', 'b')
if not rec[1] then
  redis.call('HSET', KEYS[1], 'h', ARGV[1], 's', 'pending')
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {'own'}
end
if rec[1] ~= ARGV[1] then return {'conflict'} end
if rec[2] ~= 'done' then return {'pending'} end
return {'done', rec[3], rec[4]}
`)

// idemFinishScript stores a response forever. The first stored response wins.
//
// KEYS[1] idempotency record; ARGV[1] request hash, ARGV[2] status, ARGV[3] body
//
// Returns "ok" | "conflict" (the key now belongs to another request) | "done" (already stored).
var idemFinishScript = redis.NewScript(`
local rec = redis.call('HMGET', KEYS[1], 'h', 's')
if rec[1] and rec[1] ~= ARGV[1] then return 'conflict' end
if rec[2] == 'done' then return 'done' end
redis.call('HSET', KEYS[1], 'h', ARGV[1], 's', 'done', 'st', ARGV[2], 'b', ARGV[3])
redis.call('PERSIST', KEYS[1])
return 'ok'
`)

// idemAbortScript releases a pending claim; a stored response is kept.
//
// KEYS[1] idempotency record. Returns 1 if a claim was released, else 0.
var idemAbortScript = redis.NewScript(`
if redis.call('HGET', KEYS[1], 's') == 'pending' then return redis.call('DEL', KEYS[1]) end
return 0
`)

// releaseBindingScript deletes an award idempotency key's token binding if it still names the token.
//
// KEYS[1] the binding's bucket (keys.awardBinding), ARGV[1] its field, ARGV[2] the token (lower-case hex).
// Returns 1 if deleted.
var releaseBindingScript = redis.NewScript(`
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0
`)

// relayForgetScript deletes a relay marker only if it still holds the value the caller saw, so that a
// relay's own clean-up never forgets a later relay's marker.
//
//	KEYS[1] the relay marker (keys.relay)
//	ARGV[1] the marker value to forget
//
// Returns 1 if it deleted the marker, 0 if the marker held another value or none.
var relayForgetScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)
