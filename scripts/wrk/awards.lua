-- wrk script for scripts/bench-awards.sh --loadgen wrk: single awards (POST /v1/awards), each with its own
-- Idempotency-Key, spread over 10,000 accounts, so every request is a fresh award (no replays).
--
--   wrk -t2 -c64 -d20s -s scripts/wrk/awards.lua http://127.0.0.1:8080 -- <campaign id> <platform token>
--
-- done() prints one line the bench script parses:
--   RESULT requests=… non2xx=… errors=… awards=… awards_per_s=… p50_ms=… p99_ms=…
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  campaign, token = args[1], args[2]
  n, bad = 0, 0
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
end

function request()
  n = n + 1
  headers["Idempotency-Key"] = string.format("wrk-%d-%d-%d", tid, os.time(), n)
  local body = string.format('{"campaign_id":"%s","account":"0x%040x","amount":"1","reason":"bench"}',
    campaign, (tid * 7919 + n) % 10000 + 1)
  return wrk.format("POST", "/v1/awards", headers, body)
end

function response(status, hdrs, body)
  if status ~= 201 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + (t:get("bad") or 0) end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local awards = summary.requests - non2xx
  io.write(string.format("RESULT requests=%d non2xx=%d errors=%d awards=%d awards_per_s=%.0f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, non2xx, errors, awards, awards / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
