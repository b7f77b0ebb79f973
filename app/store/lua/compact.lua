-- Replace a number's history with its compacted form (after its oldest events were archived
-- and trimmed), only if nobody changed it meanwhile; keep what lookups need of the trimmed
-- rulings (source, time) beside it, in the same bucket.
-- KEYS: 1 history bucket.
-- ARGV: 1 history field, 2 history read earlier, 3 compacted history, 4 the field of the
--       trimmed rulings' details, 5 their JSON ("" deletes).
-- Returns 1 when written, 0 when the history had changed.
if (redis.call("HGET", KEYS[1], ARGV[1]) or "") ~= ARGV[2] then return 0 end
redis.call("HSET", KEYS[1], ARGV[1], ARGV[3])
if ARGV[5] == "" then
  redis.call("HDEL", KEYS[1], ARGV[4])
else
  redis.call("HSET", KEYS[1], ARGV[4], ARGV[5])
end
return 1
