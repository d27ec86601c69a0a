package ledger

import (
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// idemLua reads and writes the idempotency records of awards and refunds (the award and refund scripts,
// idemGetScript).
const idemLua = `
-- Idempotency records of awards and refunds. k is the record's own key, <P>idem:<platform>:<key> (escaped):
-- the record lives in one of the slot's 4,096 bucket hashes, P..'idemb:'..<first 3 hex digits of the SHA-1
-- of "<platform>:<key>">, field "<platform>:<key>", value the first 32 hex digits (128 bits) of the request's
-- hash then the result. A record written before buckets is a hash at k {h = request hash, r = result}, read
-- as well.
local function idem_loc(k)
  local i = string.find(k, '}:idem:', 1, true)
  local field = string.sub(k, i + 7)
  return string.sub(k, 1, i + 1) .. 'idemb:' .. string.sub(redis.sha1hex(field), 1, 3), field
end
local function idem_get(k)
  local b, f = idem_loc(k)
  local v = redis.call('HGET', b, f)
  if v then return string.sub(v, 1, 32), string.sub(v, 33) end
  local rec = redis.pcall('HMGET', k, 'h', 'r')
  if type(rec) ~= 'table' or rec.err or not rec[1] then return nil end
  return string.sub(rec[1], 1, 32), rec[2]
end
local function idem_put(k, h, r)
  local b, f = idem_loc(k)
  redis.call('HSET', b, f, string.sub(h, 1, 32) .. r)
end
`

// lifecycleLua is what every script that moves an award through its lifecycle shares (after decimalLua).
//
// The keys of one source's slot are derived here from P, the slot's key prefix "<p>:{<source>}:" that Go
// passes as KEYS[1]: every one of them carries the slot's hash tag, so a script never leaves its slot.
// Campaign ids go into keys escaped as keys.go escapes them (esc).
//
// An award's state (hash P..'aw', field award id) is "<status>|<account>|<amount>|<reversed>|<at>|<approved>|
// <campaign>": status p (pending), c (claimable), x (rejected), r (reversed); amount and reversed are
// decimals (reversed <= amount); at is claimable_at in unix ms; approved is 1 or 0 (a manual campaign's award
// before review); campaign is the raw id, last, so that it may hold any character. A note (why it was
// rejected or reversed) lives in P..'awnote'. Awards that are claimable at once and cannot be refunded have
// no state: their history record says all there is.
//
// Every change also writes its webhook event to the slot's outbox (webhooks.OutboxLua), in the same script.
const lifecycleLua = webhooks.OutboxLua + idemLua + `
local ESC = {['%'] = '%25', [':'] = '%3A', ['{'] = '%7B', ['}'] = '%7D'}
local function esc(s) return (string.gsub(s, '[%%:{}]', function(ch) return ESC[ch] end)) end

-- is_user reports whether an account is a platform user's pseudo-account (ledger.UserAccount: "tribe" then
-- 15 bytes of hash), which holds what the user earns until it is linked to a wallet and is never claimable.
local function is_user(a) return string.sub(a, 1, 12) == '0x7472696265' end

-- linked is the wallet a user's pseudo-account is linked to in this slot (P..'link'), or nil.
local function linked(P, a)
  if not is_user(a) then return nil end
  local w = redis.call('HGET', P .. 'link', a)
  if w then return w end
  return nil
end


local function getst(P, id)
  local v = redis.call('HGET', P .. 'aw', id)
  if not v then return nil end
  local s, a, amt, rev, at, ap, c = string.match(v, '^(%a)|([^|]*)|(%d+)|(%d+)|(%d+)|([01])|(.*)$')
  if not s then return nil end
  return {id = id, s = s, account = a, amount = amt, reversed = rev, at = at, approved = ap, campaign = c}
end

local function putst(P, st)
  redis.call('HSET', P .. 'aw', st.id, st.s .. '|' .. st.account .. '|' .. st.amount .. '|' .. st.reversed .. '|' ..
    st.at .. '|' .. st.approved .. '|' .. st.campaign)
end

-- hadd adds a decimal to a hash field; hsub subtracts one (the field holds at least that), deleting at 0.
local function hadd(key, field, amt)
  if amt == '0' then return end
  redis.call('HSET', key, field, dadd(redis.call('HGET', key, field) or '0', amt))
end
local function hsub(key, field, amt)
  if amt == '0' then return end
  local v = dsub(redis.call('HGET', key, field) or '0', amt)
  if v == '0' then redis.call('HDEL', key, field) else redis.call('HSET', key, field, v) end
end

-- changed records that account's cumulative total (P..'cum') changed: it joins the slot's set of accounts
-- changed since settlement last took it (P..'chg', see changes.go). Every write of P..'cum' calls it in the
-- same script, so an epoch rebuilt from the previous one plus that set misses nothing.
local function changed(P, account) redis.call('SADD', P .. 'chg', account) end

-- credit makes amt claimable for account: it first pays off the account's debt in the source (campaign by
-- campaign, each getting that much of its budget back), then raises the cumulative total by what is left.
local function credit(P, account, amt)
  local dk = P .. 'debt:' .. account
  local d = redis.call('HGETALL', dk)
  for i = 1, #d, 2 do
    if amt == '0' then break end
    local ce, owed = d[i], d[i + 1]
    local p = dmin(owed, amt)
    amt = dsub(amt, p)
    hsub(dk, ce, p)
    local sk = P .. 'camp:' .. ce
    hsub(sk, 'debt', p)
    hadd(sk, 'remaining', p)
    hadd(sk, 'recovered', p)
  end
  if amt ~= '0' then
    hadd(P .. 'cum', account, amt)
    changed(P, account)
  end
end

-- The projection (projector.go). The award script appends to a campaign's journal and marks the campaign
-- in P..'dirty' (field: escaped campaign id, value "<history length>|<raw id>"); fold reads the journal from
-- the campaign's cursor (P..'proj', field: escaped id -> last folded stream id) and writes what the awards
-- imply beyond the acknowledgement: the campaign's earned totals and leaderboard, its daily counts and
-- amounts, the accounts' history lists and the award.created webhook events. The cursor moves in the same
-- script as the writes, so each entry is folded exactly once whoever runs it. Every script that changes
-- those projections otherwise (a reversal lowers earned, a link moves history) or emits a later event of
-- an award folds its campaign first, so that they always apply to an up-to-date projection, in order.

-- civil_day is the UTC day (yyyymmdd) of a unix ms time (H. Hinnant's civil_from_days).
local function civil_day(ms)
  local z = math.floor(tonumber(ms) / 86400000) + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m, y = mp + 3, yoe + era * 400
  if m > 12 then m = m - 12 end
  if m <= 2 then y = y + 1 end
  return string.format('%04d%02d%02d', y, m, d)
end

-- fold folds at most limit of campaign ce's unfolded journal entries. Returns how many, and the stream id
-- of the first (its time is how long it waited), or 0 when the campaign had nothing to fold.
local function fold(P, ce, limit)
  local dk = P .. 'dirty'
  local d = redis.call('HGET', dk, ce)
  if not d then return 0 end
  local histlen, raw = string.match(d, '^(%d+)|(.*)$')
  histlen = tonumber(histlen)
  local es = redis.call('XRANGE', P .. 'journal:' .. ce, '(' .. (redis.call('HGET', P .. 'proj', ce) or '0-0'), '+',
    'COUNT', limit)
  local totals, accts, days, dayList, hists, histKeys = {}, {}, {}, {}, {}, {}
  for _, x in ipairs(es) do
    local sid, f, e = x[1], x[2], {}
    for i = 1, #f, 2 do e[f[i]] = f[i + 1] end
    local id, a = raw .. '-' .. sid, e.account
    local rec = '[' .. cjson.encode(id) .. ',' .. cjson.encode(raw) .. ',"' .. a .. '","' .. e.amount .. '",' ..
      cjson.encode(e.reason) .. ',"' .. e.counterparty .. '","' .. e.at .. '","' .. e.capped .. '","' ..
      e.status .. '","' .. e.claimable_at .. '"]'
    local hk = P .. 'hist:' .. a
    redis.call('LPUSH', hk, rec)
    if not hists[hk] then
      hists[hk] = true
      histKeys[#histKeys + 1] = hk
    end
    local l = dlimbs(e.amount)
    local t = totals[a]
    if not t then
      t = {0}
      totals[a] = t
      accts[#accts + 1] = a
    end
    ladd(t, l)
    local day = civil_day(e.at)
    local dt = days[day]
    if not dt then
      dt = {n = 0, sum = {0}}
      days[day] = dt
      dayList[#dayList + 1] = day
    end
    dt.n = dt.n + 1
    ladd(dt.sum, l)
    local ev = {award_id = id, campaign_id = raw, account = a, amount = e.amount, reason = e.reason,
      counterparty = e.counterparty, status = 'claimable', platform = e.platform}
    if e.status ~= 'c' then
      ev.status = 'pending'
      ev.claimable_at = e.claimable_at
      ev.awaiting_approval = e.status == 'a'
    end
    emit_event(P .. 'outbox', 'award.created', raw, cjson.encode(ev), e.at)
  end
  local ek, bk, yk = P .. 'earned:' .. ce, P .. 'board:earned:' .. ce, P .. 'daily:' .. ce
  for _, a in ipairs(accts) do
    local old = redis.call('HGET', ek, a) or '0'
    local new = dstr(ladd(dlimbs(old), totals[a]))
    redis.call('HSET', ek, a, new)
    if old ~= '0' then redis.call('ZREM', bk, dpad(old) .. ':' .. a) end
    redis.call('ZADD', bk, 0, dpad(new) .. ':' .. a)
  end
  for _, day in ipairs(dayList) do
    local dt = days[day]
    redis.call('HINCRBY', yk, day .. ':n', dt.n)
    redis.call('HSET', yk, day .. ':amt', dadd(redis.call('HGET', yk, day .. ':amt') or '0', dstr(dt.sum)))
  end
  for _, hk in ipairs(histKeys) do redis.call('LTRIM', hk, 0, histlen - 1) end
  if #es > 0 then redis.call('HSET', P .. 'proj', ce, es[#es][1]) end
  if #es < limit then redis.call('HDEL', dk, ce) end
  if #es == 0 then return 0 end
  return #es, es[1][1]
end

-- FOLD_BATCH is how many entries catch_up folds per step.
local FOLD_BATCH = 1000

-- catch_up folds everything campaign ce's journal holds (before a change the projection must include).
local function catch_up(P, ce)
  while fold(P, ce, FOLD_BATCH) == FOLD_BATCH do end
end

-- catch_up_all folds every campaign of the slot.
local function catch_up_all(P)
  for _, ce in ipairs(redis.call('HKEYS', P .. 'dirty')) do catch_up(P, ce) end
end

-- earnedSub lowers what account earned in campaign ce by amt, on its earned hash and leaderboard.
local function earnedSub(P, ce, account, amt)
  if amt == '0' then return end
  catch_up(P, ce)
  local ek, bk = P .. 'earned:' .. ce, P .. 'board:earned:' .. ce
  local old = redis.call('HGET', ek, account) or '0'
  local new = dsub(old, amt)
  redis.call('ZREM', bk, dpad(old) .. ':' .. account)
  if new == '0' then
    redis.call('HDEL', ek, account)
  else
    redis.call('HSET', ek, account, new)
    redis.call('ZADD', bk, 0, dpad(new) .. ':' .. account)
  end
end

local function unpend(P, st, ce)
  redis.call('ZREM', P .. 'pend:' .. st.account, st.id)
  redis.call('ZREM', P .. 'due', st.id)
  redis.call('ZREM', P .. 'cpend:' .. ce, st.id)
end

local function lifelog(P, ce, st, event, amt, now, note)
  catch_up(P, ce)
  redis.call('XADD', P .. 'life:' .. ce, '*', 'award', st.id, 'event', event, 'account', st.account,
    'amount', amt, 'at', now, 'note', note or '')
  local etype = 'award.' .. event
  if event == 'approved' then return end
  emit_event(P .. 'outbox', etype, st.campaign, cjson.encode({award_id = st.id, campaign_id = st.campaign,
    account = st.account, amount = amt, reversed = st.reversed, status = ({p = 'pending', c = 'claimable',
    x = 'rejected', r = 'reversed'})[st.s], note = note or ''}), now)
end

-- mature makes a pending, approved award claimable.
local function mature(P, st, now)
  local ce = esc(st.campaign)
  local net = dsub(st.amount, st.reversed)
  st.s = 'c'
  putst(P, st)
  unpend(P, st, ce)
  hsub(P .. 'pendt', st.account, net)
  hsub(P .. 'camp:' .. ce, 'pending', net)
  credit(P, st.account, net)
  lifelog(P, ce, st, 'claimable', net, now)
end

-- due reports whether a pending award is claimable by now (approved, hold over): every script treats it
-- as claimable, making it so first, as if a job had matured it on time.
local function due(st, now)
  return st.s == 'p' and st.approved == '1' and tonumber(st.at) <= tonumber(now)
end

-- flush matures every due award of account, before a script creates debt for it: awards that were due
-- earlier are then in the cumulative total before the debt exists, exactly as if matured on time.
local function flush(P, account, now)
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'pend:' .. account, '-inf', now)) do
    local st = getst(P, id)
    if st and due(st, now) then mature(P, st, now) end
  end
end

-- reject drops a pending award: the budget gets it back.
local function reject(P, st, now, day, note)
  local ce = esc(st.campaign)
  local net = dsub(st.amount, st.reversed)
  st.s = 'x'
  putst(P, st)
  if note ~= '' then redis.call('HSET', P .. 'awnote', st.id, note) end
  unpend(P, st, ce)
  local sk = P .. 'camp:' .. ce
  hsub(P .. 'pendt', st.account, net)
  hsub(sk, 'pending', net)
  hadd(sk, 'remaining', net)
  hadd(sk, 'rejected', net)
  earnedSub(P, ce, st.account, net)
  hadd(P .. 'daily:' .. ce, day .. ':rej', net)
  lifelog(P, ce, st, 'rejected', net, now, note)
end

-- reverse takes back up to amt of an award (pending or claimable) and returns what it took. A pending
-- award's part leaves the pending total and goes back to the budget; a claimable one's becomes the account's
-- debt in the source, which goes back to the budget as later awards pay it off.
local function reverse(P, st, amt, now, day, note)
  if st.s ~= 'p' and st.s ~= 'c' then return '0' end
  amt = dmin(amt, dsub(st.amount, st.reversed))
  if amt == '0' then return '0' end
  local ce = esc(st.campaign)
  local sk = P .. 'camp:' .. ce
  st.reversed = dadd(st.reversed, amt)
  if st.s == 'p' then
    hsub(P .. 'pendt', st.account, amt)
    hsub(sk, 'pending', amt)
    hadd(sk, 'remaining', amt)
  else
    hadd(P .. 'debt:' .. st.account, ce, amt)
    hadd(sk, 'debt', amt)
  end
  hadd(sk, 'reversed', amt)
  if st.reversed == st.amount then
    if st.s == 'p' then unpend(P, st, ce) end
    st.s = 'r'
  end
  putst(P, st)
  if note ~= '' then redis.call('HSET', P .. 'awnote', st.id, note) end
  earnedSub(P, ce, st.account, amt)
  hadd(P .. 'daily:' .. ce, day .. ':rev', amt)
  lifelog(P, ce, st, 'reversed', amt, now, note)
  return amt
end

-- NOTE_EXPIRED is the note of an award reversed because its platform user stayed unlinked too long.
local NOTE_EXPIRED = 'unlinked_expired'

-- expire returns to its campaign's budget what an unlinked platform user's award still holds (it has been
-- waiting for a wallet longer than the campaign's unlinked_expiry_days): a pending award leaves the pending
-- total, a claimable one the user's cumulative total (a pseudo-account never claims, so that total may fall;
-- cumulative - debt = its claimable awards, so it holds the award's net), and the user's debt in the campaign
-- is paid off from what it still holds. The award ends reversed (note NOTE_EXPIRED, award.reversed webhook);
-- the campaign's expired total grows. Returns what went back to the budget.
local function expire(P, st, now, day)
  if not is_user(st.account) or (st.s ~= 'p' and st.s ~= 'c') then return '0' end
  local ce = esc(st.campaign)
  local sk = P .. 'camp:' .. ce
  local net = dsub(st.amount, st.reversed)
  if st.s == 'p' then
    unpend(P, st, ce)
    hsub(P .. 'pendt', st.account, net)
    hsub(sk, 'pending', net)
  else
    local ck = P .. 'cum'
    local cum = redis.call('HGET', ck, st.account) or '0'
    net = dmin(net, cum)
    cum = dsub(cum, net)
    local dk = P .. 'debt:' .. st.account
    local owed = redis.call('HGET', dk, ce)
    if owed then
      local p = dmin(owed, cum)
      cum = dsub(cum, p)
      hsub(dk, ce, p)
      hsub(sk, 'debt', p)
      hadd(sk, 'remaining', p)
      hadd(sk, 'recovered', p)
    end
    if cum == '0' then redis.call('HDEL', ck, st.account) else redis.call('HSET', ck, st.account, cum) end
    changed(P, st.account)
  end
  hadd(sk, 'remaining', net)
  hadd(sk, 'expired', net)
  st.reversed = st.amount
  st.s = 'r'
  putst(P, st)
  redis.call('HSET', P .. 'awnote', st.id, NOTE_EXPIRED)
  redis.call('SREM', P .. 'uaw:' .. st.account, st.id)
  earnedSub(P, ce, st.account, net)
  hadd(P .. 'daily:' .. ce, day .. ':exp', net)
  lifelog(P, ce, st, 'reversed', net, now, NOTE_EXPIRED)
  return net
end

-- expire_due expires the unlinked user's awards whose time is up by now (its queue P..'uexp:<user>'); they
-- leave the slot's queue P..'uexp' too. Returns how many.
local function expire_due(P, user, now, day)
  local n = 0
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'uexp:' .. user, '-inf', now)) do
    redis.call('ZREM', P .. 'uexp:' .. user, id)
    redis.call('ZREM', P .. 'uexp', id)
    local st = getst(P, id)
    if st and st.account == user then
      expire(P, st, now, day)
      n = n + 1
    end
  end
  return n
end
`

// idemGetScript reads an award or refund idempotency record (idem_get): {request hash (32 hex digits),
// result}, or an empty array when there is none. KEYS[1] the record.
var idemGetScript = redis.NewScript(idemLua + `
local h, r = idem_get(KEYS[1])
if not h then return {} end
return {h, r}
`)

// matureScript makes claimable the pending, approved awards whose hold has ended: one account's (ARGV[2]
// set), or the source's earliest due ones (ARGV[2] "", at most ARGV[3]).
//
// KEYS[1] the slot prefix P; ARGV[1] now (unix ms), ARGV[2] account or "", ARGV[3] limit, ARGV[4] the UTC
// day (yyyymmdd). An unlinked platform user's awards whose unlinked expiry is up are expired first.
//
// Returns {matured, cumulative, pending, debt, earliest claimable_at of its pending awards or ""} for an
// account; {matured, more (1|0)} for the source.
var matureScript = redis.NewScript(decimalLua + lifecycleLua + `
local P, now, account, limit = KEYS[1], ARGV[1], ARGV[2], tonumber(ARGV[3])
local n = 0
if account ~= '' then
  if is_user(account) then expire_due(P, account, now, ARGV[4]) end
  local ids = redis.call('ZRANGEBYSCORE', P .. 'pend:' .. account, '-inf', now)
  for _, id in ipairs(ids) do
    local st = getst(P, id)
    if st and st.s == 'p' and st.approved == '1' then
      mature(P, st, now)
      n = n + 1
    end
  end
  local debt = '0'
  local d = redis.call('HVALS', P .. 'debt:' .. account)
  for _, v in ipairs(d) do debt = dadd(debt, v) end
  local first = redis.call('ZRANGE', P .. 'pend:' .. account, 0, 0, 'WITHSCORES')
  return {n, redis.call('HGET', P .. 'cum', account) or '0', redis.call('HGET', P .. 'pendt', account) or '0', debt,
    first[2] or ''}
end
local ids = redis.call('ZRANGEBYSCORE', P .. 'due', '-inf', now, 'LIMIT', 0, limit)
for _, id in ipairs(ids) do
  local st = getst(P, id)
  if st and st.s == 'p' and st.approved == '1' then
    mature(P, st, now)
  else
    redis.call('ZREM', P .. 'due', id)
  end
  n = n + 1
end
local more = 0
if #ids == limit then more = 1 end
return {n, more}
`)

// reviewScript approves or rejects pending awards of one campaign.
//
// KEYS[1] the slot prefix P
// ARGV[1] now (unix ms), ARGV[2] UTC day, ARGV[3] campaign id, ARGV[4] "approve" | "reject" | "block" |
// "blockall", ARGV[5] note, then award ids (approve, reject) or one account (block: every pending award of the
// account in the campaign is rejected, and the account is added to the campaign's blocks with the note;
// blockall: every pending award of the account in the source is rejected, ARGV[3] unused).
//
// Returns, per award, "<id>:<outcome>" with outcome approved | claimable | rejected | not_pending | not_found.
var reviewScript = redis.NewScript(decimalLua + lifecycleLua + `
local P, now, day, campaign, action, note = KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local out = {}
local ids = {}
if action == 'block' or action == 'blockall' then
  local account = ARGV[6]
  if action == 'block' then redis.call('HSET', P .. 'blocks:' .. esc(campaign), account, now .. ':' .. note) end
  for _, id in ipairs(redis.call('ZRANGE', P .. 'pend:' .. account, 0, -1)) do ids[#ids + 1] = id end
else
  for i = 6, #ARGV do ids[#ids + 1] = ARGV[i] end
end
for _, id in ipairs(ids) do
  local st = getst(P, id)
  if st and due(st, now) then mature(P, st, now) end
  if not st or (action ~= 'blockall' and st.campaign ~= campaign) then
    if action ~= 'block' then out[#out + 1] = id .. ':not_found' end
  elseif st.s ~= 'p' then
    out[#out + 1] = id .. ':not_pending'
  elseif action ~= 'approve' then
    reject(P, st, now, day, note)
    out[#out + 1] = id .. ':rejected'
  elseif tonumber(st.at) <= tonumber(now) then
    st.approved = '1'
    mature(P, st, now)
    out[#out + 1] = id .. ':claimable'
  else
    if st.approved == '0' then
      st.approved = '1'
      putst(P, st)
      redis.call('ZADD', P .. 'due', st.at, st.id)
      lifelog(P, esc(st.campaign), st, 'approved', dsub(st.amount, st.reversed), now, note)
    end
    out[#out + 1] = id .. ':approved'
  end
end
return out
`)

// refundScript reverses what a purchase paid, in proportion to the value refunded.
//
// KEYS[1] the slot prefix P; KEYS[2] the refund's idempotency record (or any key of the slot)
// ARGV[1] now (unix ms), ARGV[2] UTC day, ARGV[3] campaign id, ARGV[4] the purchase's event id,
// ARGV[5] the purchase record as read (compare-and-set), ARGV[6] the purchase record to write,
// ARGV[7] the refund's own event id or "", ARGV[8] request hash or "" (idempotency), ARGV[9] note,
// then pairs: award id, amount to reverse.
//
// Returns {"ok", result JSON} | {"replay", result JSON} | {"conflict"} | {"changed"} (the purchase record is
// no longer what Go read: read again). Result JSON: [[award id, reversed amount, status after], ...].
var refundScript = redis.NewScript(decimalLua + lifecycleLua + `
local P, now, day, campaign = KEYS[1], ARGV[1], ARGV[2], ARGV[3]
local ce = esc(campaign)
local evk = P .. 'evt:' .. ce
if ARGV[8] ~= '' then
  local h, r = idem_get(KEYS[2])
  if h then
    if h == string.sub(ARGV[8], 1, 32) then return {'replay', r} end
    return {'conflict'}
  end
end
if ARGV[7] ~= '' then
  local r = redis.call('HGET', evk, ARGV[7])
  if r then
    if ARGV[8] ~= '' then idem_put(KEYS[2], ARGV[8], r) end
    return {'replay', r}
  end
end
local bk = P .. 'buy:' .. ce
if (redis.call('HGET', bk, ARGV[4]) or '') ~= ARGV[5] then return {'changed'} end
local out = {}
for i = 10, #ARGV, 2 do
  local st = getst(P, ARGV[i])
  local took, status = '0', 'gone'
  if st then
    flush(P, st.account, now)
    st = getst(P, ARGV[i])
    took = reverse(P, st, ARGV[i + 1], now, day, ARGV[9])
    status = st.s
  end
  out[#out + 1] = '["' .. ARGV[i] .. '","' .. took .. '","' .. status .. '"]'
end
redis.call('HSET', bk, ARGV[4], ARGV[6])
local result = '[' .. table.concat(out, ',') .. ']'
if ARGV[7] ~= '' then redis.call('HSET', evk, ARGV[7], result) end
if ARGV[8] ~= '' then idem_put(KEYS[2], ARGV[8], result) end
return {'ok', result}
`)

// expireScript returns to their budgets the source's unlinked platform users' awards whose unlinked expiry
// (rules.unlinked_expiry_days) is up by now, the earliest first, at most ARGV[3] (see expire). An award whose
// user was linked in the meantime left the queue when it was linked (linking wins), and one whose state no
// longer names a pseudo-account is dropped from the queue.
//
// KEYS[1] the slot prefix P; ARGV[1] now (unix ms), ARGV[2] UTC day, ARGV[3] limit.
//
// Returns {expired, more (1|0)}.
var expireScript = redis.NewScript(decimalLua + lifecycleLua + `
local P, now, day, limit = KEYS[1], ARGV[1], ARGV[2], tonumber(ARGV[3])
local ids = redis.call('ZRANGEBYSCORE', P .. 'uexp', '-inf', now, 'LIMIT', 0, limit)
local n = 0
for _, id in ipairs(ids) do
  redis.call('ZREM', P .. 'uexp', id)
  local st = getst(P, id)
  if st then
    redis.call('ZREM', P .. 'uexp:' .. st.account, id)
    if is_user(st.account) and not linked(P, st.account) and expire(P, st, now, day) ~= '0' then n = n + 1 end
  end
end
local more = 0
if #ids == limit then more = 1 end
return {n, more}
`)
