-- wrk script for S1: every request books 2 fresh seats of a show; each wrk thread takes its own
-- shows (the file named by the first script argument holds one show id per line), so no two
-- requests ever want the same seat. Requests are signed in: the third argument names a file of
-- bearer tokens (one account each, made before the run); each thread takes its own share of them
-- and sends them in turn (wrk does not say which connection a request goes out on). Every request
-- carries a new Idempotency-Key, as the web app's do (unless the fourth argument is "nokeys").
-- Prints one JSON line: counts by status and latency percentiles.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("number", #threads)
end

function init(args)
  local all = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(all, line) end
  end
  local count = tonumber(args[2])
  mine, next_seat, turn = {}, {}, 0
  for i = number, #all, count do
    table.insert(mine, all[i])
    table.insert(next_seat, 1)
  end
  tokens, token_turn = {}, 0
  local t = 0
  for line in io.lines(args[3]) do
    if line ~= "" then
      t = t + 1
      if t % count == number % count then table.insert(tokens, line) end
    end
  end
  created, other = 0, 0
  keyed = args[4] ~= "nokeys"
  math.randomseed(os.time() * 100 + number)
  key_prefix, key_count = string.format("%08x%04x", math.random(0, 0x7fffffff), number), 0
end

function request()
  turn = turn % #mine + 1
  local seat = next_seat[turn]
  next_seat[turn] = seat + 2
  token_turn = token_turn % #tokens + 1
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[token_turn] }
  if keyed then
    key_count = key_count + 1
    headers["Idempotency-Key"] = key_prefix .. "-" .. key_count
  end
  return wrk.format("POST", "/shows/" .. mine[turn] .. "/bookings", headers,
    '{"seats":[' .. seat .. ',' .. (seat + 1) .. '],"userName":"bench"}')
end

function response(status)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("created")
    bad = bad + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local ms = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format('{"requests":%d,"seconds":%.2f,"requestsPerSecond":%d,"confirmedPerSecond":%d,'
    .. '"byStatus":{"201":%d,"other":%d},"errors":%d,"latencyMs":{"all":{"p50":%.2f,"p90":%.2f,"p99":%.2f,"max":%.2f}}}\n',
    summary.requests, seconds, summary.requests / seconds, ok / seconds, ok, bad, errors,
    ms(50), ms(90), ms(99), latency.max / 1000))
end
