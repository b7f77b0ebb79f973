-- Write a projection value, only while the caller still holds the number's lock (fencing:
-- a worker that stalled past its lock's expiry must not overwrite a newer value).
-- KEYS: 1 lock, 2 projection bucket. ARGV: 1 lock token, 2 field, 3 value ("" deletes).
if redis.call("GET", KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[3] == "" then
  redis.call("HDEL", KEYS[2], ARGV[2])
else
  redis.call("HSET", KEYS[2], ARGV[2], ARGV[3])
end
return 1
