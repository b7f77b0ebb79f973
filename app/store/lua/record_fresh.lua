-- Record plain opt-outs of numbers that have no history yet, many at a time, and apply them
-- in the same step: the lean twin of record.lua for bulk imports. For such a number the fold
-- of its one event is the same for every row of the same history entries (folded once
-- here), so no pending mark, unapplied entry or apply job is needed: the projection and
-- membership are written with the ledger entry and the history, atomically. A number that
-- has history is folded with and without the row's entries: when they change nothing checks
-- read (the projection), it records nothing, as record.lua with only_changes; any other is
-- left alone and reported back, for record.lua to decide.
--
-- KEYS: 1 ledger, 2 metrics, 3 hourly counts, then the shard's membership sets in order of
--       their bucket, then the history and projection buckets the groups name by index.
-- ARGV: 1 JSON {rows: n; groups: flat list of (history key index, first row, last row,
--       membership set index among the shard's, 0-based, bucket // 4096): rows of one bucket, whose
--       projection key comes right after its history key; entries: lists of history entries
--       after the id ("|O*", "|O5#m"...); templates: list of [entries index (1-based),
--       ledger field/value pairs with "" where the number goes]: what the rows of one kind
--       write (event_entries and ConsentEvent.ledger_fields of their event, then status
--       "new")};
--       then the rows column by column: n history fields (n // 32768 of each number n, in its
--       bucket b), n numbers, and, when there is more than one template, n template indexes
--       (1-based; else every row has 1). A number's member of its membership set,
--       n // 4096, is its field * 8 + b // 4096 (exact in Lua's doubles: under 2^53).
-- Returns one character a row: "n" recorded (and applied), "=" in force (nothing recorded),
-- "?" it has history (record it the usual way).

local arg = cjson.decode(ARGV[1])
local n, groups, kinds, templates = arg.rows, arg.groups, arg.entries, arg.templates
local FIELD, NUMBER, TEMPLATE = 1, 1 + n, 1 + 2 * n
local per_row = #templates > 1
local out = {}
local members, member_count = {}, {}
local recorded = 0
local PROBE = "99999999999999-0"  -- after any real id: the row's entries, folded last
for _, e in ipairs(kinds) do
  local probe = {}
  for i, suffix in ipairs(e) do probe[i] = PROBE .. suffix end
  e.probe = table.concat(probe, " ")
  e.proj = projection(fold(e.probe))
end
for _, t in ipairs(templates) do
  t.e = kinds[t[1]]
  t.n = #t[2]
  t.one = #t.e == 1 and t.e[1]  -- one entry (most rows): no table to join
  for i = 1, t.n do if t[2][i] == "" then t.slot = i end end
end

local function call_in_slices(command, key, values, count)
  for s = 1, count, 4000 do
    redis.call(command, key, unpack(values, s, math.min(s + 3999, count)))
  end
end

local function in_force(history, e)
  return projection(fold(history)) == projection(fold(history .. " " .. e.probe))
end

for g = 1, #groups, 5 do
  local index, first, last = groups[g], groups[g + 1], groups[g + 2]
  local set, high = 4 + groups[g + 3], groups[g + 4]
  local names = {}
  for row = first, last do names[row - first + 1] = ARGV[FIELD + row] end
  local existing = redis.call("HMGET", KEYS[index], unpack(names))
  local history, projected, n_h = {}, {}, 0
  local count = member_count[set] or 0
  local list = members[set]
  if not list then list = {}; members[set] = list end
  for row = first, last do
    local t = templates[per_row and tonumber(ARGV[TEMPLATE + row]) or 1]
    local had = existing[row - first + 1]
    if had then
      out[row] = in_force(had, t.e) and "=" or "?"
    else
      local entry = t[2]
      entry[t.slot] = ARGV[NUMBER + row]
      local id = redis.call("XADD", KEYS[1], "*", unpack(entry, 1, t.n))
      out[row] = "n"
      local written
      if t.one then
        written = id .. t.one
      else
        written = {}
        for i, suffix in ipairs(t.e) do written[i] = id .. suffix end
        written = table.concat(written, " ")
      end
      local field = ARGV[FIELD + row]
      history[n_h + 1] = field
      history[n_h + 2] = written
      projected[n_h + 1] = field
      projected[n_h + 2] = t.e.proj
      n_h = n_h + 2
      count = count + 1
      list[count] = tonumber(field) * 8 + high
      recorded = recorded + 1
    end
  end
  member_count[set] = count
  if n_h > 0 then
    call_in_slices("HSET", KEYS[index], history, n_h)
    call_in_slices("HSET", KEYS[index + 1], projected, n_h)
  end
end
for set, list in pairs(members) do
  if member_count[set] > 0 then call_in_slices("SADD", KEYS[set], list, member_count[set]) end
end
if recorded > 0 then
  redis.call("HINCRBY", KEYS[2], "events:opt_out:new", recorded)
  redis.call("HINCRBY", KEYS[3], "opt_out", recorded)
  redis.call("EXPIRE", KEYS[3], 172800)
end
return table.concat(out)
