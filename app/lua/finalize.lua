-- After the projection holds each number's events up to a ledger id: clear the pending
-- opt-outs it covers, record their STOP-to-enforced latency, and forget the number as
-- unapplied when no newer event arrived meanwhile.
-- KEYS: 1 pending, 2 unapplied, 3 metrics, 4 latency samples
-- ARGV: 1 history key prefix, 2 now ms, 3 window ms, 4 bucket count k, 5..4+k bucket bounds (s),
--       then number, last applied id pairs. Returns the number of pending marks cleared.
local now = tonumber(ARGV[2])
local nbounds = tonumber(ARGV[4])
local cleared = 0
for i = 5 + nbounds, #ARGV, 2 do
  local number, last = ARGV[i], ARGV[i + 1]
  local pending = redis.call("HGET", KEYS[1], number)
  if pending then
    local keep = {}
    for mark in string.gmatch(pending, "[^,]+") do
      local ms, seq = string.match(mark, "@(%d+)%-(%d+)$")
      local id = ms .. "-" .. seq
      if id == last or id_less(id, last) then
        local seconds = math.max(now - tonumber(ms), 0) / 1000
        cleared = cleared + 1
        redis.call("ZADD", KEYS[4], now, string.format("%s:%.3f", id, seconds))
        redis.call("HINCRBYFLOAT", KEYS[3], "latency:sum", seconds)
        redis.call("HINCRBY", KEYS[3], "latency:count", 1)
        for b = 5, 4 + nbounds do
          if seconds <= tonumber(ARGV[b]) then redis.call("HINCRBY", KEYS[3], "latency:le:" .. ARGV[b], 1) end
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
  local st = fold(redis.call("HGET", bucket_of(ARGV[1], number)))
  if st.last == last or not st.last then redis.call("ZREM", KEYS[2], number) end
  redis.call("HINCRBY", KEYS[3], "jobs:applied", 1)
end
redis.call("ZREMRANGEBYSCORE", KEYS[4], "-inf", now - tonumber(ARGV[3]))
return cleared
