-- Fold numbers' histories into their projection values.
-- ARGV: 1 history key prefix, 2.. E.164 numbers.
-- Returns {value, last ledger id or "", value, last id, ...}, two per number.
local out = {}
for i = 2, #ARGV do
  local n = ARGV[i]
  local st = fold(redis.call("HGET", bucket_of(ARGV[1], n)))
  out[#out + 1] = projection(st)
  out[#out + 1] = st.last or ""
end
return out
