-- What is in force for each number, with the events that put it there (for export).
-- ARGV: 1 history key prefix, 2.. numbers. Returns one string a number:
-- "*=<id>" for every sender, "!<code>" for an exception to it, "<code>=<id>" for one sender,
-- "U=<id>" undeliverable; ";"-separated, "" when nothing applies.
local out = {}
for i = 2, #ARGV do
  local n = ARGV[i]
  local st = fold(redis.call("HGET", bucket_of(ARGV[1], n)))
  local parts = {}
  if st.all then
    parts[#parts + 1] = "*=" .. st.all_since
    for c in pairs(st.ex) do parts[#parts + 1] = "!" .. c end
  end
  for c in pairs(st.codes) do parts[#parts + 1] = c .. "=" .. st.since[c] end
  if st.undeliv then parts[#parts + 1] = "U=" .. st.undeliv_since end
  table.sort(parts)
  out[#out + 1] = table.concat(parts, ";")
end
return out
