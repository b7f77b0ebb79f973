-- Pure fold for `optout rebuild` and the tests: ARGV are history values; returns, for each,
-- its projection value and its ruling for the sender codes in ARGV[1] (comma-separated, ""
-- for the cautious any-sender check) as "scope|ruling id".
local codes = {}
for c in string.gmatch(ARGV[1], "[^,]+") do codes[c] = true end
local out = {}
for i = 2, #ARGV do
  local st = fold(ARGV[i])
  local scope, id = ruling(st, codes)
  out[#out + 1] = projection(st)
  out[#out + 1] = (scope or "") .. "|" .. (id or "")
end
return out
