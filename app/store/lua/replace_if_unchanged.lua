-- Compare-and-set one hash field, and write fields beside it in the same step, only if
-- nobody changed it meanwhile: rebuild never overwrites an event recorded while it ran, and
-- compaction (after a number's oldest events were archived and trimmed) keeps, beside the
-- compacted history, what lookups need of the trimmed rulings.
-- KEYS: 1 hash. ARGV: 1 field, 2 value read earlier ("" = absent), 3 new value ("" deletes),
--       then pairs of another field and its value ("" deletes), written with it.
-- Returns 1 when written, 0 when the field had changed.
if (redis.call("HGET", KEYS[1], ARGV[1]) or "") ~= ARGV[2] then return 0 end
local function put(field, value)
  if value == "" then
    redis.call("HDEL", KEYS[1], field)
  else
    redis.call("HSET", KEYS[1], field, value)
  end
end
put(ARGV[1], ARGV[3])
for i = 4, #ARGV, 2 do put(ARGV[i], ARGV[i + 1]) end
return 1
