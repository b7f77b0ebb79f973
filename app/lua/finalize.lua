-- After the projection holds everything up to ledger id ARGV[3]: clear the pending opt-outs
-- it covers, record their STOP-to-enforced latency, and forget the number as unapplied when
-- no newer event arrived meanwhile.
-- KEYS: 1 pending, 2 unapplied, 3 history bucket, 4 metrics, 5 latency samples
-- ARGV: 1 number, 2 history field, 3 last applied id, 4 now ms, 5 window ms, 6.. bucket bounds (s)
local number, last, now = ARGV[1], ARGV[3], tonumber(ARGV[4])
local applied_ms = tonumber(string.match(last, "^(%d+)"))

local cleared = 0
local pending = redis.call("HGET", KEYS[1], number)
if pending then
  local keep = {}
  for mark in string.gmatch(pending, "[^,]+") do
    local ms, seq = string.match(mark, "@(%d+)%-(%d+)$")
    local id = ms .. "-" .. seq
    if id == last or id_less(id, last) then
      local seconds = math.max(now - tonumber(ms), 0) / 1000
      cleared = cleared + 1
      redis.call("ZADD", KEYS[5], now, string.format("%s:%.3f", id, seconds))
      redis.call("HINCRBYFLOAT", KEYS[4], "latency:sum", seconds)
      redis.call("HINCRBY", KEYS[4], "latency:count", 1)
      for i = 6, #ARGV do
        if seconds <= tonumber(ARGV[i]) then redis.call("HINCRBY", KEYS[4], "latency:le:" .. ARGV[i], 1) end
      end
    else
      keep[#keep + 1] = mark
    end
  end
  if #keep == 0 then
    redis.call("HDEL", KEYS[1], number)
  else
    redis.call("HSET", KEYS[1], number, table.concat(keep, ","))
  end
end
redis.call("ZREMRANGEBYSCORE", KEYS[5], "-inf", now - tonumber(ARGV[5]))

local st = fold(redis.call("HGET", KEYS[3], ARGV[2]))
if st.last == last or not st.last then redis.call("ZREM", KEYS[2], number) end
redis.call("HINCRBY", KEYS[4], "jobs:applied", 1)
return cleared
