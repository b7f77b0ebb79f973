-- Release locks we still own. ARGV: 1 lock key prefix, 2 token, 3.. numbers.
local released = 0
for i = 3, #ARGV do
  local key = ARGV[1] .. ARGV[i]
  if redis.call("GET", key) == ARGV[2] then released = released + redis.call("DEL", key) end
end
return released
