-- Replace a number's history with its compacted form (after its oldest events were archived
-- and trimmed), only if nobody changed it meanwhile; keep what lookups need of the trimmed
-- rulings (source, time) beside it.
-- KEYS: 1 history bucket, 2 the shard's rulings hash.
-- ARGV: 1 history field, 2 history read earlier, 3 compacted history, 4 E.164 number,
--       5 JSON of the trimmed rulings' details ("" deletes).
-- Returns 1 when written, 0 when the history had changed.
if (redis.call("HGET", KEYS[1], ARGV[1]) or "") ~= ARGV[2] then return 0 end
redis.call("HSET", KEYS[1], ARGV[1], ARGV[3])
if ARGV[5] == "" then
  redis.call("HDEL", KEYS[2], ARGV[4])
else
  redis.call("HSET", KEYS[2], ARGV[4], ARGV[5])
end
return 1
