package ledger

import "github.com/redis/go-redis/v9"

// identityBeginLua starts (or resumes) linking a user to a wallet on the user's identity record; shared by
// linkBeginScript and redeemLinkTokenScript, which run in the {ident} slot.
//
// begin_link(rec, wallet, now) -> nil | {'unknown'} | {'linked', other wallet}
const identityBeginLua = `
local function begin_link(rec, wallet, now)
  local cur = redis.call('HMGET', rec, 'platform', 'account')
  if not cur[1] then return {'unknown'} end
  if cur[2] and cur[2] ~= wallet then return {'linked', cur[2]} end
  if not cur[2] then
    redis.call('HSET', rec, 'account', wallet, 'state', 'linking', 'link_started', now)
  end
  return nil
end
`

// linkBeginScript records that a user is being linked to a wallet.
//
// KEYS[1] the user's identity record (keys.identity); ARGV[1] wallet (lower-case hex), ARGV[2] now (unix ms)
//
// Returns {"ok", state} | {"unknown"} | {"linked", other wallet}.
var linkBeginScript = redis.NewScript(identityBeginLua + `
local r = begin_link(KEYS[1], ARGV[1], ARGV[2])
if r then return r end
return {'ok', redis.call('HGET', KEYS[1], 'state')}
`)

// redeemLinkTokenScript spends a link token for a wallet and starts linking its user to that wallet, in the
// {ident} slot. A token names one user; it is spent once: a repeat by the wallet that spent it is "ok" again,
// by another wallet "used". A refusal spends nothing.
//
// KEYS[1] the link token (keys.linkToken: hash platform, user, pseudo, exp, used_by), KEYS[2] the common
// start of identity records (keys.identity(...) without the pseudo-account; the token names the user, so
// Go cannot), which carries the {ident} hash tag: the record is KEYS[2] .. pseudo
// ARGV[1] wallet (lower-case hex), ARGV[2] now (unix ms)
//
// Returns {"ok", platform, user} | {"unknown"} (no such token) | {"expired"} | {"used"} | {"unknown_user"} |
// {"linked", other wallet}.
var redeemLinkTokenScript = redis.NewScript(identityBeginLua + `
local t = redis.call('HMGET', KEYS[1], 'platform', 'user', 'pseudo', 'exp', 'used_by')
if not t[1] then return {'unknown'} end
if t[5] then
  if t[5] == ARGV[1] then return {'ok', t[1], t[2]} end
  return {'used'}
end
if tonumber(ARGV[2]) >= tonumber(t[4]) then return {'expired'} end
local r = begin_link(KEYS[2] .. t[3], ARGV[1], ARGV[2])
if r then
  if r[1] == 'unknown' then return {'unknown_user'} end
  return r
end
redis.call('HSET', KEYS[1], 'used_by', ARGV[1])
return {'ok', t[1], t[2]}
`)

// linkFinishScript marks a user linked once every slot is, and writes identity.linked to the {ident}
// outbox, addressed to the user's platform — once: a resumed link that finds it linked writes nothing.
//
// KEYS[1] the identity record, KEYS[2] the {ident} outbox
// ARGV[1] wallet, ARGV[2] now (unix ms), ARGV[3] the event's data JSON, ARGV[4] the event's owner
//
// Returns {"linked", linked_at, "1" if this call linked it else "0"} | {"changed"} (the record no longer names the wallet: unlinked meanwhile).
var linkFinishScript = redis.NewScript(`
local cur = redis.call('HMGET', KEYS[1], 'account', 'state', 'linked_at')
if cur[1] ~= ARGV[1] then return {'changed'} end
if cur[2] == 'linked' then return {'linked', cur[3], '0'} end
redis.call('HSET', KEYS[1], 'state', 'linked', 'linked_at', ARGV[2])
redis.call('XADD', KEYS[2], '*', 't', 'identity.linked', 'c', '', 'd', ARGV[3], 'ts', ARGV[2], 'o', ARGV[4])
return {'linked', ARGV[2], '1'}
`)

// unlinkScript forgets a user's link (an operator's act): later awards to the user are held for it again.
//
// KEYS[1] the identity record. Returns the wallet it was linked to, or false when it was not.
var unlinkScript = redis.NewScript(`
local w = redis.call('HGET', KEYS[1], 'account')
if not w then return false end
redis.call('HDEL', KEYS[1], 'account', 'state', 'link_started', 'linked_at')
return w
`)

// linkSlotScript moves what a user's pseudo-account holds in one source's slot to a wallet, and marks the
// slot linked (P..'link': user -> wallet), so that the award and referral scripts send anything later for
// the user to the wallet. Exactly once: a slot already marked for the wallet moves nothing.
//
// KEYS[1] the slot prefix P
// ARGV[1] user (pseudo-account, lower-case hex), ARGV[2] wallet, ARGV[3] now (unix ms), ARGV[4] UTC day,
// ARGV[5] daily-cap TTL (seconds), ARGV[6] awards kept per account history list
//
// First, the user's awards in the slot whose unlinked expiry is up by now are expired (see expire); the
// others leave the expiry queue and move. The user's history list is merged into the wallet's (newest
// first, at most ARGV[6], the records rewritten to name the wallet).
//
// What moves, per the accounting rules (lifecycle.go): the awards' states (P..'uaw:<user>') name the wallet;
// pending ids and the pending total; the user's debt is paid off from its own cumulative total (it never
// claimed: the budget gets it back), and the rest is credited to the wallet (paying the wallet's debt
// first, as any award would); per campaign (P..'ucamps:<user>'): earned and its leaderboard entry, the
// day's cap use, the campaign's block, the referrals board entry, and the user's referral as referee. A
// referral that linking would make a self-referral or a cycle (its referrer is, or is referred down from,
// the wallet) is reversed: the record is deleted and the referrer's board count lowered, so it pays
// nothing from then on (referral awards already paid stay paid; see README).
//
// Returns {"done"} (already linked to the wallet) | {"moved", cumulative moved, pending moved, reversed
// referrals, awards expired}.
var linkSlotScript = redis.NewScript(decimalLua + lifecycleLua + `
local P, u, w, now, day, capttl, histlen = KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], tonumber(ARGV[6])
local lk = P .. 'link'
if redis.call('HGET', lk, u) == w then return {'done'} end
-- The user's awards not yet projected are projected under the user first, then move with the rest.
catch_up_all(P)

-- What stayed unlinked past its campaign's unlinked expiry by now goes back to the budget first; the rest
-- moves, and leaves the expiry queue (linking wins).
local expired = expire_due(P, u, now, day)
for _, id in ipairs(redis.call('ZRANGE', P .. 'uexp:' .. u, 0, -1)) do redis.call('ZREM', P .. 'uexp', id) end
redis.call('DEL', P .. 'uexp:' .. u)

-- The user's history joins the wallet's, newest first, its records naming the wallet.
local uh, wh = P .. 'hist:' .. u, P .. 'hist:' .. w
local ul = redis.call('LRANGE', uh, 0, -1)
if #ul > 0 then
  local wl = redis.call('LRANGE', wh, 0, -1)
  local function at(r) return tonumber(cjson.decode(r)[7]) or 0 end
  local merged, i, j = {}, 1, 1
  while #merged < histlen and (i <= #ul or j <= #wl) do
    if j > #wl or (i <= #ul and at(ul[i]) > at(wl[j])) then
      merged[#merged + 1] = (string.gsub(ul[i], '"' .. u .. '"', '"' .. w .. '"'))
      i = i + 1
    else
      merged[#merged + 1] = wl[j]
      j = j + 1
    end
  end
  redis.call('DEL', wh, uh)
  for k = 1, #merged, 500 do redis.call('RPUSH', wh, unpack(merged, k, math.min(k + 499, #merged))) end
end

for _, id in ipairs(redis.call('SMEMBERS', P .. 'uaw:' .. u)) do
  local st = getst(P, id)
  if st and st.account == u then
    st.account = w
    putst(P, st)
  end
end
redis.call('DEL', P .. 'uaw:' .. u)
local pk = P .. 'pend:' .. u
local pe = redis.call('ZRANGE', pk, 0, -1, 'WITHSCORES')
for i = 1, #pe, 2 do redis.call('ZADD', P .. 'pend:' .. w, pe[i + 1], pe[i]) end
redis.call('DEL', pk)
local pend = redis.call('HGET', P .. 'pendt', u) or '0'
if pend ~= '0' then
  hadd(P .. 'pendt', w, pend)
  redis.call('HDEL', P .. 'pendt', u)
end

local reversedRefs = 0
-- reverse_ref deletes campaign ce's referral of referee (its record r) and lowers its referrer's count.
local function reverse_ref(ce, referee, r)
  redis.call('HDEL', P .. 'ref:' .. ce, referee)
  local rb = P .. 'board:referrals:' .. ce
  local by = string.sub(r, 1, 42)
  if redis.call('ZSCORE', rb, by) then
    if tonumber(redis.call('ZINCRBY', rb, -1, by)) <= 0 then redis.call('ZREM', rb, by) end
  end
  reversedRefs = reversedRefs + 1
end

for _, ce in ipairs(redis.call('SMEMBERS', P .. 'ucamps:' .. u)) do
  local ek, bk = P .. 'earned:' .. ce, P .. 'board:earned:' .. ce
  local ue = redis.call('HGET', ek, u)
  if ue then
    redis.call('HDEL', ek, u)
    redis.call('ZREM', bk, dpad(ue) .. ':' .. u)
    local old = redis.call('HGET', ek, w) or '0'
    local new = dadd(old, ue)
    if old ~= '0' then redis.call('ZREM', bk, dpad(old) .. ':' .. w) end
    redis.call('HSET', ek, w, new)
    redis.call('ZADD', bk, 0, dpad(new) .. ':' .. w)
  end
  local ck = P .. 'cap:' .. ce .. ':' .. u .. ':' .. day
  local cu = redis.call('GET', ck)
  if cu then
    local wk = P .. 'cap:' .. ce .. ':' .. w .. ':' .. day
    redis.call('SET', wk, dadd(redis.call('GET', wk) or '0', cu), 'EX', capttl)
    redis.call('DEL', ck)
  end
  local blk = redis.call('HGET', P .. 'blocks:' .. ce, u)
  if blk then redis.call('HSETNX', P .. 'blocks:' .. ce, w, blk) end
  local rb = P .. 'board:referrals:' .. ce
  local n = redis.call('ZSCORE', rb, u)
  if n then
    redis.call('ZREM', rb, u)
    redis.call('ZINCRBY', rb, n, w)
  end
  local rk = P .. 'ref:' .. ce
  -- The wallet's own referral naming the user as referrer: the wallet would have referred itself.
  local rw = redis.call('HGET', rk, w)
  if rw and string.sub(rw, 1, 42) == u then
    redis.call('ZINCRBY', rb, -1, w)
    if tonumber(redis.call('ZSCORE', rb, w) or '0') <= 0 then redis.call('ZREM', rb, w) end
    redis.call('HDEL', rk, w)
    reversedRefs = reversedRefs + 1
    rw = nil
  end
  local r = redis.call('HGET', rk, u)
  if r then
    redis.call('HDEL', rk, u)
    -- Walk up from the referrer (as the cycle check does): reaching the wallet means self-referral.
    local cur, bad = string.sub(r, 1, 42), false
    for _ = 1, 64 do
      cur = linked(P, cur) or cur
      if cur == w or cur == u then bad = true break end
      local v = redis.call('HGET', rk, cur)
      if not v then break end
      cur = string.sub(v, 1, 42)
    end
    if bad or rw then
      -- Self-referral or cycle after linking, or the wallet already had a referrer (first touch wins).
      redis.call('HSET', rk, u, r)
      reverse_ref(ce, u, r)
    else
      redis.call('HSET', rk, w, r)
    end
  end
end
redis.call('DEL', P .. 'ucamps:' .. u)

-- The user never claimed: its debt is paid off from its own cumulative total, the rest is the wallet's.
local cum = redis.call('HGET', P .. 'cum', u) or '0'
local dk = P .. 'debt:' .. u
local d = redis.call('HGETALL', dk)
for i = 1, #d, 2 do
  local ce, owed = d[i], d[i + 1]
  local p = dmin(owed, cum)
  cum = dsub(cum, p)
  local sk = P .. 'camp:' .. ce
  hsub(sk, 'debt', p)
  hadd(sk, 'remaining', p)
  hadd(sk, 'recovered', p)
  if p ~= owed then hadd(P .. 'debt:' .. w, ce, dsub(owed, p)) end
end
redis.call('DEL', dk)
redis.call('HDEL', P .. 'cum', u)
changed(P, u)
credit(P, w, cum)
redis.call('HSET', lk, u, w)
return {'moved', cum, pend, tostring(reversedRefs), tostring(expired)}
`)
