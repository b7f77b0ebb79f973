-- What is in force for each history (for export). Pure: ARGV are history values.
-- Returns one string each: "*=<id>" for every sender, "!<code>" for an exception to it,
-- "<code>=<id>" for one sender, "U=<id>" undeliverable; ";"-separated, "" when none applies.
local out = {}
for i = 1, #ARGV do
  local st = fold(ARGV[i])
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
