-- Append sends to the send log of one shard (frequency caps), atomically, so two writers
-- never lose each other's sends.
-- KEYS: for each send, three keys: its day's send hash, its day's membership set and the next
--       day's membership set (a cap check on either day asks one set).
-- ARGV: 1 JSON {sends: list of [field, entry, member]; expire: list of [key index, seconds
--       to live]}.
-- Returns the number of sends appended.
local arg = cjson.decode(ARGV[1])
for i, send in ipairs(arg.sends) do
  local hash = KEYS[3 * i - 2]
  local old = redis.call("HGET", hash, send[1])
  if old then
    redis.call("HSET", hash, send[1], old .. " " .. send[2])
  else
    redis.call("HSET", hash, send[1], send[2])
  end
  redis.call("SADD", KEYS[3 * i - 1], send[3])
  redis.call("SADD", KEYS[3 * i], send[3])
end
for _, pair in ipairs(arg.expire) do
  redis.call("EXPIRE", KEYS[pair[1]], math.max(pair[2], 1))
end
return #arg.sends
