-- Record plain opt-outs of numbers that have no history yet, many at a time, and apply them
-- in the same step: the lean twin of record.lua for bulk imports. For such a number the fold
-- of its one event is the same for every row of a template (folded once here), so no
-- pending mark, unapplied entry or apply job is needed: the projection and membership are
-- written with the ledger entry and the history, atomically. A number that has history is
-- folded with and without the row's entries: when they change nothing checks read (the
-- projection), it records nothing, as record.lua with only_changes; any other is left alone
-- and reported back, for record.lua to decide.
--
-- KEYS: 1 ledger, 2 metrics, 3 hourly counts, then the shard's membership sets in order of
--       their bucket, then the history and projection buckets the groups name by index.
-- ARGV: 1 JSON {groups: flat list of (history key index, first row, last row): rows of one
--       bucket, whose projection key comes right after its history key; templates: list of
--       [history entries after the id ("|O*", "|O5#m"...), ledger field/value pairs with ""
--       where the number goes]}: what the rows of one kind write (event_entries and
--       ConsentEvent.ledger_fields of their event, then status "new");
--       then 5 values a row: history field, member, membership set (0-based, among the
--       shard's), template (1-based), number.
-- Returns one reply per row: its new ledger id, "=" (in force: nothing recorded) or ""
-- (it has history: record it the usual way).

local STRIDE = 5
local arg = cjson.decode(ARGV[1])
local groups, templates = arg.groups, arg.templates
local out = {}
local members, member_count = {}, {}
local recorded = 0
local PROBE = "99999999999999-0"  -- after any real id: the row's entries, folded last
for _, t in ipairs(templates) do
  t.n = #t[2]
  for i = 1, t.n do if t[2][i] == "" then t.slot = i end end
  local probe = {}
  for i, suffix in ipairs(t[1]) do probe[i] = PROBE .. suffix end
  t.probe = table.concat(probe, " ")
  t.proj = projection(fold(t.probe))
end

local function call_in_slices(command, key, values, count)
  for s = 1, count, 4000 do
    redis.call(command, key, unpack(values, s, math.min(s + 3999, count)))
  end
end

local function in_force(history, t)
  return projection(fold(history)) == projection(fold(history .. " " .. t.probe))
end

for g = 1, #groups, 3 do
  local index, first, last = groups[g], groups[g + 1], groups[g + 2]
  local names = {}
  for row = first, last do names[row - first + 1] = ARGV[1 + (row - 1) * STRIDE + 1] end
  local existing = redis.call("HMGET", KEYS[index], unpack(names))
  local history, projected, n_h = {}, {}, 0
  for row = first, last do
    local base = 1 + (row - 1) * STRIDE
    local t = templates[tonumber(ARGV[base + 4])]
    local had = existing[row - first + 1]
    if had then
      out[row] = in_force(had, t) and "=" or ""
    else
      local entry = t[2]
      entry[t.slot] = ARGV[base + 5]
      local id = redis.call("XADD", KEYS[1], "*", unpack(entry, 1, t.n))
      out[row] = id
      local written = {}
      for i, suffix in ipairs(t[1]) do written[i] = id .. suffix end
      history[n_h + 1] = ARGV[base + 1]
      history[n_h + 2] = table.concat(written, " ")
      projected[n_h + 1] = ARGV[base + 1]
      projected[n_h + 2] = t.proj
      n_h = n_h + 2
      local set = 4 + tonumber(ARGV[base + 3])
      local count = (member_count[set] or 0) + 1
      if count == 1 then members[set] = {} end
      members[set][count] = ARGV[base + 2]
      member_count[set] = count
      recorded = recorded + 1
    end
  end
  if n_h > 0 then
    call_in_slices("HSET", KEYS[index], history, n_h)
    call_in_slices("HSET", KEYS[index + 1], projected, n_h)
  end
end
for set, list in pairs(members) do call_in_slices("SADD", KEYS[set], list, member_count[set]) end
if recorded > 0 then
  redis.call("HINCRBY", KEYS[2], "events:opt_out:new", recorded)
  redis.call("HINCRBY", KEYS[3], "opt_out", recorded)
  redis.call("EXPIRE", KEYS[3], 172800)
end
return out
