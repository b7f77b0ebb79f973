-- Compare-and-set one hash field (for rebuild: never overwrite an event recorded meanwhile).
-- KEYS: 1 hash. ARGV: 1 field, 2 value read earlier ("" = absent), 3 new value ("" deletes).
if (redis.call("HGET", KEYS[1], ARGV[1]) or "") ~= ARGV[2] then return 0 end
if ARGV[3] == "" then
  redis.call("HDEL", KEYS[1], ARGV[1])
else
  redis.call("HSET", KEYS[1], ARGV[1], ARGV[3])
end
return 1
