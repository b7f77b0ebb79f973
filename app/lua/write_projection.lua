-- Write projection values, each only while the caller still holds that number's lock
-- (fencing: a worker that stalled past its lock's expiry must not overwrite a newer value).
-- ARGV: 1 projection key prefix, 2 lock key prefix, 3 lock token, 4.. number, value pairs
-- ("" deletes). Returns one 1/0 a number: written, or the lock was lost.
local out = {}
for i = 4, #ARGV, 2 do
  local n, value = ARGV[i], ARGV[i + 1]
  if redis.call("GET", ARGV[2] .. n) == ARGV[3] then
    local key, field = ARGV[1] .. string.sub(n, -4), string.sub(n, 2, -5)
    if value == "" then redis.call("HDEL", key, field) else redis.call("HSET", key, field, value) end
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
