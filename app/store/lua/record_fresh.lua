-- Record plain opt-outs of numbers that have no history yet, many at a time, and apply them
-- in the same step: the lean twin of record.lua for bulk imports. For such a number the fold
-- of its one event is known without folding (the projection is the event's code), so no
-- pending mark, unapplied entry or apply job is needed: the projection and membership are
-- written with the ledger entry and the history, atomically. A number that has any history
-- is left alone and reported back, for record.lua to decide (in force, repeat...).
--
-- KEYS: 1 ledger, 2 metrics, 3 hourly counts, then the history and projection buckets and
--       the membership sets the rows name by index (all in one shard).
-- ARGV: 1 JSON {groups: flat list of (history key index, first row, last row)}: rows of one
--       bucket, whose projection key comes right after its history key;
--       then 11 values a row: history field, code, membership key index, member, number,
--       scope, sender, source, channel, occurred_at, note ("" = none). The ledger entry
--       gets the fields ConsentEvent.ledger_fields gives such an event, and status "new".
-- Returns one ledger id per row, "" for a row whose number has history.

local STRIDE = 11
local groups = cjson.decode(ARGV[1]).groups
local out = {}
local members, member_count = {}, {}
local recorded = 0
-- The ledger entry of a row, in ConsentEvent.ledger_fields' order; slots 4 and 6 vary.
local entry = {"kind", "opt_out", "number", "", "scope", ""}

local function call_in_slices(command, key, values, count)
  for s = 1, count, 4000 do
    redis.call(command, key, unpack(values, s, math.min(s + 3999, count)))
  end
end

for g = 1, #groups, 3 do
  local index, first, last = groups[g], groups[g + 1], groups[g + 2]
  local names = {}
  for row = first, last do names[row - first + 1] = ARGV[1 + (row - 1) * STRIDE + 1] end
  local existing = redis.call("HMGET", KEYS[index], unpack(names))
  local history, projection, n_h = {}, {}, 0
  for row = first, last do
    local base = 1 + (row - 1) * STRIDE
    if existing[row - first + 1] then
      out[row] = ""
    else
      entry[4], entry[6] = ARGV[base + 5], ARGV[base + 6]
      local n = 6
      local sender, note, at = ARGV[base + 7], ARGV[base + 11], ARGV[base + 10]
      if sender ~= "" then entry[7], entry[8], n = "sender", sender, 8 end
      entry[n + 1], entry[n + 2], entry[n + 3], entry[n + 4] =
        "source", ARGV[base + 8], "channel", ARGV[base + 9]
      n = n + 4
      if note ~= "" then entry[n + 1], entry[n + 2], n = "note", note, n + 2 end
      if at ~= "" then entry[n + 1], entry[n + 2], n = "occurred_at", at, n + 2 end
      entry[n + 1], entry[n + 2] = "status", "new"
      local id = redis.call("XADD", KEYS[1], "*", unpack(entry, 1, n + 2))
      out[row] = id
      history[n_h + 1] = ARGV[base + 1]
      history[n_h + 2] = id .. "|O" .. ARGV[base + 2]
      projection[n_h + 1] = ARGV[base + 1]
      projection[n_h + 2] = ARGV[base + 2]
      n_h = n_h + 2
      local set = tonumber(ARGV[base + 3])
      local count = (member_count[set] or 0) + 1
      if count == 1 then members[set] = {} end
      members[set][count] = ARGV[base + 4]
      member_count[set] = count
      recorded = recorded + 1
    end
  end
  if n_h > 0 then
    call_in_slices("HSET", KEYS[index], history, n_h)
    call_in_slices("HSET", KEYS[index + 1], projection, n_h)
  end
end
for set, list in pairs(members) do call_in_slices("SADD", KEYS[set], list, member_count[set]) end
if recorded > 0 then
  redis.call("HINCRBY", KEYS[2], "events:opt_out:new", recorded)
  redis.call("HINCRBY", KEYS[3], "opt_out", recorded)
  redis.call("EXPIRE", KEYS[3], 172800)
end
return out
