-- Append sends to the send log of one shard (frequency caps), atomically, so two writers
-- never lose each other's sends; and mark the numbers a cap could hold: texted at least
-- `threshold` times over two consecutive days (a check asks those marks first).
-- KEYS: for each send, five keys: the send hashes of its day, the day before and the day
--       after, and the mark sets of its day and of the next day.
-- ARGV: 1 JSON {threshold; sends: list of [field, entry, member]; expire: list of [key
--       index, seconds to live]}.
-- Returns the number of sends appended.
local arg = cjson.decode(ARGV[1])
local function count(entries)
  if not entries then return 0 end
  local n = 0
  for _ in string.gmatch(entries, "%S+") do n = n + 1 end
  return n
end
for i, send in ipairs(arg.sends) do
  local base = 5 * (i - 1)
  local day, before, after = KEYS[base + 1], KEYS[base + 2], KEYS[base + 3]
  local old = redis.call("HGET", day, send[1])
  local entries = old and (old .. " " .. send[2]) or send[2]
  redis.call("HSET", day, send[1], entries)
  local today = count(entries)
  if today + count(redis.call("HGET", before, send[1])) >= arg.threshold then
    redis.call("SADD", KEYS[base + 4], send[3])
  end
  if today + count(redis.call("HGET", after, send[1])) >= arg.threshold then
    redis.call("SADD", KEYS[base + 5], send[3])
  end
end
for _, pair in ipairs(arg.expire) do
  redis.call("EXPIRE", KEYS[pair[1]], math.max(pair[2], 1))
end
return #arg.sends
