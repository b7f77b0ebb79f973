-- Write projection values, each only while the caller still holds that number's lock
-- (fencing: a worker that stalled past its lock's expiry must not overwrite a newer value).
-- The set of numbers with a value (ARGV[4]) is kept in step, for the bulk checks.
-- ARGV: 1 projection key prefix, 2 lock key prefix, 3 lock token, 4 key of that set,
--       5.. number, value pairs ("" deletes). Returns one 1/0 a number: written, or lost lock.
local out = {}
for i = 5, #ARGV, 2 do
  local n, value = ARGV[i], ARGV[i + 1]
  if redis.call("GET", ARGV[2] .. n) == ARGV[3] then
    local key, field = bucket_of(ARGV[1], n)
    if value == "" then
      redis.call("HDEL", key, field)
      redis.call("SREM", ARGV[4], n)
    else
      redis.call("HSET", key, field, value)
      redis.call("SADD", ARGV[4], n)
    end
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
