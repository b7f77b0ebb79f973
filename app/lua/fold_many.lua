-- Pure fold for `optout rebuild`: ARGV are history values; returns their projection values.
local out = {}
for i = 1, #ARGV do out[i] = projection(fold(ARGV[i])) end
return out
