-- Apply numbers of one shard: fold each history into its projection value, clear the pending
-- opt-outs that value now covers (recording their STOP-to-enforced latency) and forget the
-- number as unapplied. Atomic per call, so no lock is needed: a later event either came
-- before (and is folded in) or after (and marks the number unapplied again).
-- KEYS: 1 pending, 2 unapplied, 3 metrics, 4 latency counts, then for each number its
--       history bucket, its projection bucket and its membership set.
-- ARGV: 1 JSON {now (ms), window (ms), bounds (latency histogram upper bounds, seconds, as
--       strings), per_decade (latency slots a power of ten), numbers: list of
--       [E.164, field, member]}.
-- Latency counts: a hash "<minute>:<slot>" -> count, where minute is now // 60000 and slot
-- ceil(per_decade * log10(milliseconds)), so its size is bounded by the window's minutes times
-- the slots, whatever the rate; field "minute" is the last minute it was pruned in.
-- Returns {numbers applied, pending marks cleared}.
local arg = cjson.decode(ARGV[1])
local now = arg.now
local minute = math.floor(now / 60000)
local cleared = 0
if redis.call("TYPE", KEYS[4]).ok == "zset" then redis.call("DEL", KEYS[4]) end -- samples, as kept before
for i, pair in ipairs(arg.numbers) do
  local number, field, member = pair[1], pair[2], pair[3]
  local hkey, pkey, mkey = KEYS[2 + 3 * i], KEYS[3 + 3 * i], KEYS[4 + 3 * i]
  local st = fold(redis.call("HGET", hkey, field))
  local value = projection(st)
  if value == "" then
    redis.call("HDEL", pkey, field)
    redis.call("SREM", mkey, member)
  else
    redis.call("HSET", pkey, field, value)
    redis.call("SADD", mkey, member)
  end
  local pending = redis.call("HGET", KEYS[1], number)
  if pending then
    -- One latency sample per opt-out event (an event may mark several codes); a consent
    -- pending confirmation ("?") is no opt-out.
    local seen = {}
    for mark in string.gmatch(pending, "[^,]+") do
      local event = string.match(mark, "@(.+)$")
      if string.sub(mark, 1, 1) ~= "?" and not seen[event] then
        seen[event] = true
        local ms = tonumber(string.match(mark, "@(%d+)%-%d+$"))
        local seconds = math.max(now - ms, 0) / 1000
        cleared = cleared + 1
        local slot = math.ceil(arg.per_decade * math.log10(math.max(seconds * 1000, 1)) - 1e-9)
        redis.call("HINCRBY", KEYS[4], minute .. ":" .. slot, 1)
        redis.call("HINCRBYFLOAT", KEYS[3], "latency:sum", seconds)
        redis.call("HINCRBY", KEYS[3], "latency:count", 1)
        for _, bound in ipairs(arg.bounds) do
          if seconds <= tonumber(bound) then redis.call("HINCRBY", KEYS[3], "latency:le:" .. bound, 1) end
        end
      end
    end
    redis.call("HDEL", KEYS[1], number)
  end
  redis.call("ZREM", KEYS[2], number)
end
redis.call("HINCRBY", KEYS[3], "jobs:applied", #arg.numbers)
if tonumber(redis.call("HGET", KEYS[4], "minute") or "0") ~= minute then
  local oldest = minute - math.floor(arg.window / 60000)
  for _, field in ipairs(redis.call("HKEYS", KEYS[4])) do
    local m = tonumber(string.match(field, "^(%d+):"))
    if m and m < oldest then redis.call("HDEL", KEYS[4], field) end
  end
  redis.call("HSET", KEYS[4], "minute", minute)
end
return {#arg.numbers, cleared}
