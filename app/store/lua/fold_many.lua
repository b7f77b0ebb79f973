-- Pure fold for `optout rebuild` and the tests: ARGV are history values; returns, for each,
-- its projection value and its ruling as "scope|ruling id|letter|pending" ("" parts when
-- nothing rules) for the check in ARGV[1]: comma-separated sender codes ("" for the cautious
-- any-sender check), then optionally ";" and the category letters (default: all).
local spec_codes, spec_letters = string.match(ARGV[1], "^([^;]*);(.*)$")
if not spec_codes then spec_codes, spec_letters = ARGV[1], LETTERS end
local codes = {}
for c in string.gmatch(spec_codes, "[^,]+") do codes[c] = true end
local out = {}
for i = 2, #ARGV do
  local st = fold(ARGV[i])
  local scope, id, letter, pending = ruling(st, codes, spec_letters)
  out[#out + 1] = projection(st)
  out[#out + 1] = (scope or "") .. "|" .. (id or "") .. "|" .. (letter or "") .. "|"
    .. (pending and "p" or "")
end
return out
