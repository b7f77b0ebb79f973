-- The fast check behind the bulk API and the campaign filter.
-- KEYS: 1 pending (read only when ARGV[2] is "1"). ARGV: 1 projection key prefix ("" = skip),
--       2 read pending, 3 sender codes ("," separated, "" = no sender), 4.. E.164 numbers.
-- Returns one integer a number: bit 1 suppressed, bit 2 undeliverable.
local prefix, with_pending = ARGV[1], ARGV[2] == "1"
local senders, any_sender = {}, false
for c in string.gmatch(ARGV[3], "[^,]+") do senders[c] = true; any_sender = true end

local function covers(value)
  local star, excepted, hit, undeliv = false, false, false, false
  for mark in string.gmatch(value, "[^,]+") do
    local code = string.match(mark, "^([^@]+)")
    if code == "*" then star = true
    elseif code == "U" then undeliv = true
    elseif string.sub(code, 1, 1) == "!" then
      if senders[string.sub(code, 2)] then excepted = true end
    elseif not any_sender or senders[code] then hit = true end
  end
  return hit or (star and (not any_sender or not excepted)), undeliv
end

local out = {}
for i = 4, #ARGV do
  local n = ARGV[i]
  local flags = 0
  if with_pending then
    local p = redis.call("HGET", KEYS[1], n)
    if p and covers(p) then flags = 1 end
  end
  local v = prefix ~= "" and redis.call("HGET", prefix .. string.sub(n, -4), string.sub(n, 2, -5))
  if v then
    local s, u = covers(v)
    if s then flags = bit.bor(flags, 1) end
    if u then flags = bit.bor(flags, 2) end
  end
  out[#out + 1] = flags
end
return out
