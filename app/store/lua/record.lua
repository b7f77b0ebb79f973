-- Record one consent event: the acknowledgement, in one atomic step on the number's shard.
-- Appends to the shard's ledger stream and the number's history, marks an opt-out (or a
-- consent pending confirmation) pending (so every check honours it before any worker runs)
-- and notes the number as not yet applied. A duplicate (same dedupe key: same message,
-- number and kind; a carrier's message that changes consent: same message and number)
-- records nothing.
--
-- KEYS: 1 ledger, 2 history bucket, 3 pending, 4 unapplied, 5 dedupe, 6 metrics,
--       7 hourly counts, 8 review queue, 9 apply-requested flag, 10 erased numbers,
--       11 kept messages of the number's bucket (all in the number's shard)
-- ARGV: 1 JSON {number, field, entries (list of [kind letter, code]: O I P Y E U R X C N Q, see
--       fold.lua), dedupe_ttl (0 = none, -1 = for good: a carrier's message that changes
--       consent, kept as field `kept` of KEY 11 rather than as KEY 5), kept (the digest
--       of such a message, else ""), message_sid and provider (of such a message, else
--       ""), inbound (the number texted us: clears
--       undeliverable), review (JSON of a review item or ""), metric, reply, reply_on (list
--       of statuses that get that reply), reply_fields (ledger field/value pairs written
--       only with such a status: the reply sent), own_status (the event's own `status`
--       field, else the record's status), only_changes (record nothing when the event is
--       already in force; an opt-out of every sender counts as in force while the cells
--       re-subscribed under it are among `exceptions`), exceptions (codes), fields (ledger
--       field/value pairs), digest (the number's keyed hash, "" without a pepper)}
--       2 seconds the apply-requested flag lives (0: ask for no job; a lost job is found
--       by the sweep).
-- Returns {status, ledger id, enqueue}: status is new, repeat (already in force), duplicate,
-- in_force (already in force, and only_changes: nothing recorded, id "") or erased (the
-- number was erased at its owner's request: nothing recorded, id ""); enqueue is 1
-- when this record took the shard's apply-requested flag, so the caller enqueues the job.

local ev = cjson.decode(ARGV[1])

local function duplicate(seen)
  -- A write all the same, so that WAIT after it also covers the original record.
  redis.call("HINCRBY", KEYS[6], "duplicates", 1)
  return {"duplicate", seen, 0}
end

if ev.dedupe_ttl < 0 then
  if redis.call("HEXISTS", KEYS[11], ev.kept) == 1 then return duplicate("") end
elseif ev.dedupe_ttl > 0 then
  local seen = redis.call("GET", KEYS[5])
  if seen then return duplicate(seen) end
end

local history = redis.call("HGET", KEYS[2], ev.field)

-- A carrier's message that changed consent is never recorded twice, however old (a signed
-- START replayed after its dedupe key expired must not re-subscribe): its key is kept for
-- good (dedupe_ttl -1: a short digest in the bucket's hash, about 10 B a message), and an
-- event recorded before keys were kept is found in the number's history by its message id
-- and provider.
if ev.dedupe_ttl < 0 and history and ev.message_sid ~= "" then
  local checked = {}
  for id in string.gmatch(history, "([%d]+%-[%d]+)|") do
    if not checked[id] then
      checked[id] = true
      local found = redis.call("XRANGE", KEYS[1], id, id)
      if found[1] then
        local f, sid, provider = found[1][2], nil, nil
        for i = 1, #f, 2 do
          if f[i] == "message_sid" then sid = f[i + 1] end
          if f[i] == "provider" then provider = f[i + 1] end
        end
        if sid == ev.message_sid and (provider or "twilio") == ev.provider then
          redis.call("HSET", KEYS[11], ev.kept, "")
          return duplicate(id)
        end
      end
    end
  end
end
-- An erased number has no history; it must not get one back (nor any personal data).
if not history and ev.digest ~= "" and redis.call("HEXISTS", KEYS[10], ev.digest) == 1 then
  return {"erased", "", 0}
end
local st = fold(history)

local allowed = {}
if ev.only_changes then
  for _, code in ipairs(ev.exceptions) do
    local base, letters = split_code(code)
    for letter in string.gmatch(letters, ".") do allowed[base .. "#" .. letter] = true end
  end
end

-- Is one entry already in force (recording it would change no cell)?
local function in_force(kind, code)
  if kind == "N" then return st.reass_since and true or false end
  -- a consent after the number changed hands lifts the reassigned mark
  if (kind == "I" or kind == "Y") and st.reass_since then return false end
  if kind == "Y" or kind == "E" then
    for _, pid in pairs(st.pend) do
      if pid == code then return false end
    end
    return true
  end
  local base, letters = split_code(code)
  for letter in string.gmatch(letters, ".") do
    local key = base .. "#" .. letter
    if base == "*" then
      if kind == "O" then
        if not st.stars[letter] then return false end
        for k in pairs(st.ex) do
          if string.sub(k, -1) == letter and not allowed[k] then return false end
        end
        for k in pairs(st.pend) do
          if string.sub(k, -1) == letter then return false end
        end
      elseif kind == "I" then
        if st.stars[letter] then return false end
        for _, tbl in ipairs({st.rev, st.pend}) do
          for k in pairs(tbl) do
            if string.sub(k, -1) == letter then return false end
          end
        end
      end
    elseif kind == "O" then
      if st.pend[key] or not (st.rev[key] or (st.stars[letter] and not st.ex[key])) then
        return false
      end
    elseif kind == "P" then
      if not st.pend[key] then return false end
    elseif kind == "I" then
      if st.rev[key] or st.pend[key] or (st.stars[letter] and not st.ex[key]) then
        return false
      end
    end
  end
  return true
end

local status = "new"
local counted, forced, effect, undeliverable = 0, 0, false, false
for _, entry in ipairs(ev.entries) do
  local kind = entry[1]
  if kind ~= "R" and kind ~= "C" and kind ~= "Q" then effect = true end  -- R, C, Q: none
  if kind == "U" then undeliverable = true end
  if kind == "O" or kind == "P" or kind == "I" or kind == "Y" or kind == "E" or kind == "N" then
    counted = counted + 1
    if in_force(kind, entry[2]) then forced = forced + 1 end
  elseif kind == "X" then
    counted = counted + 1  -- a retraction always changes something: never a repeat
  end
end
if counted > 0 and forced == counted then status = "repeat" end
if undeliverable and st.undeliv then status = "repeat" end

if status == "repeat" and ev.only_changes then return {"in_force", "", 0} end

local clears = ev.inbound and st.undeliv and not undeliverable
local fields = ev.fields
local replied = false
for _, s in ipairs(ev.reply_on) do
  if s == status then replied = true end
end
if replied then
  for _, value in ipairs(ev.reply_fields) do fields[#fields + 1] = value end
end
fields[#fields + 1] = "status"
fields[#fields + 1] = ev.own_status ~= "" and ev.own_status or status
if clears then
  fields[#fields + 1] = "clears"
  fields[#fields + 1] = "undeliverable"
end
local id = redis.call("XADD", KEYS[1], "*", unpack(fields))

local written, marks = {}, {}
for _, entry in ipairs(ev.entries) do
  written[#written + 1] = id .. "|" .. entry[1] .. entry[2]
  if status == "new" and entry[1] == "O" then marks[#marks + 1] = entry[2] .. "@" .. id end
  if status == "new" and entry[1] == "P" then marks[#marks + 1] = "?" .. entry[2] .. "@" .. id end
end
if clears then written[#written + 1] = id .. "|D" end
local entry = table.concat(written, " ")
if history then entry = history .. " " .. entry end
redis.call("HSET", KEYS[2], ev.field, entry)

local enqueue = 0
if clears or (status == "new" and effect) then
  redis.call("ZADD", KEYS[4], "NX", string.match(id, "^(%d+)"), ev.number)
  if tonumber(ARGV[2]) > 0 and redis.call("SET", KEYS[9], "1", "NX", "EX", ARGV[2]) then
    enqueue = 1
  end
end
if #marks > 0 then
  local pending = redis.call("HGET", KEYS[3], ev.number)
  local mark = table.concat(marks, ",")
  if pending then mark = pending .. "," .. mark end
  redis.call("HSET", KEYS[3], ev.number, mark)
end
if ev.review ~= "" then redis.call("HSET", KEYS[8], id, ev.review) end

redis.call("HINCRBY", KEYS[6], "events:" .. ev.metric .. ":" .. status, 1)
if ev.reply ~= "" and replied then
  redis.call("HINCRBY", KEYS[6], "replies:" .. ev.reply, 1)
end
redis.call("HINCRBY", KEYS[7], ev.metric, 1)
redis.call("EXPIRE", KEYS[7], 172800)
if ev.dedupe_ttl > 0 then redis.call("SET", KEYS[5], id, "EX", ev.dedupe_ttl) end
if ev.dedupe_ttl < 0 then redis.call("HSET", KEYS[11], ev.kept, "") end
return {status, id, enqueue}
