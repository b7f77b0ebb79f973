-- Codes of senders, allocating any missing one (atomic: two processes never give one sender
-- two codes). KEYS: 1 sender codes, 2 sender names. ARGV: senders. Returns their codes.
local out = {}
for i, sender in ipairs(ARGV) do
  local code = redis.call("HGET", KEYS[1], sender)
  if not code then
    code = tostring(redis.call("HINCRBY", KEYS[1], "#seq", 1))
    redis.call("HSET", KEYS[1], sender, code)
    redis.call("HSET", KEYS[2], code, sender)
  end
  out[i] = code
end
return out
