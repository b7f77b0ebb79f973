-- Record one consent event: the acknowledgement, in one atomic step on the number's shard.
-- Appends to the shard's ledger stream and the number's history, marks an opt-out pending
-- (so every check says suppressed before any worker runs) and notes the number as not yet
-- applied. A duplicate (same dedupe key: same message, number and kind) records nothing.
--
-- KEYS: 1 ledger, 2 history bucket, 3 pending, 4 unapplied, 5 dedupe, 6 metrics,
--       7 hourly counts, 8 review queue, 9 apply-requested flag (all in the number's shard)
-- ARGV: 1 JSON {number, field, kind (O I U R X), code ("*", a sender code or the target id
--       of a retraction), dedupe_ttl (0 = none), inbound (the number texted us: clears
--       undeliverable), review (JSON of a review item or ""), metric, reply, reply_on (list
--       of statuses that get that reply), reply_fields (ledger field/value pairs written
--       only with such a status: the reply sent, and when it was handed over), only_changes (record nothing when the event is
--       already in force; an opt-out of every sender counts as in force while the codes
--       re-subscribed under it are among `exceptions`), exceptions, fields (ledger
--       field/value pairs)}
--       2 seconds the apply-requested flag lives (0: ask for no job; a lost job is found
--       by the sweep).
-- Returns {status, ledger id, enqueue}: status is new, repeat (already in force), duplicate
-- or in_force (already in force, and only_changes: nothing recorded, id ""); enqueue is 1
-- when this record took the shard's apply-requested flag, so the caller enqueues the job.

local ev = cjson.decode(ARGV[1])
local kind, code = ev.kind, ev.code

if ev.dedupe_ttl > 0 then
  local seen = redis.call("GET", KEYS[5])
  if seen then
    -- A write all the same, so that WAIT after it also covers the original record.
    redis.call("HINCRBY", KEYS[6], "duplicates", 1)
    return {"duplicate", seen, 0}
  end
end

local history = redis.call("HGET", KEYS[2], ev.field)
local st = fold(history)

local status = "new"
if kind == "O" or kind == "I" then
  local codes = {}
  if code ~= "*" then codes[code] = true end
  local in_force = ruling(st, codes)
  if kind == "O" and code == "*" then
    local allowed = {}
    if ev.only_changes then
      for _, c in ipairs(ev.exceptions) do allowed[c] = true end
    end
    in_force = st.all
    for c in pairs(st.ex) do
      if not allowed[c] then in_force = false end
    end
  end
  if (kind == "O") == (in_force and true or false) then status = "repeat" end
elseif kind == "U" then
  if st.undeliv then status = "repeat" end
end

if status == "repeat" and ev.only_changes then return {"in_force", "", 0} end

local clears = ev.inbound and st.undeliv and kind ~= "U"
local replied = false
for _, s in ipairs(ev.reply_on) do
  if s == status then replied = true end
end
local fields = ev.fields
fields[#fields + 1] = "status"
fields[#fields + 1] = status
if replied then
  for _, value in ipairs(ev.reply_fields) do fields[#fields + 1] = value end
end
if clears then
  fields[#fields + 1] = "clears"
  fields[#fields + 1] = "undeliverable"
end
local id = redis.call("XADD", KEYS[1], "*", unpack(fields))

local entry = id .. "|" .. kind .. code
if clears then entry = entry .. " " .. id .. "|D" end
if history then entry = history .. " " .. entry end
redis.call("HSET", KEYS[2], ev.field, entry)

local enqueue = 0
-- R (review) and C (a confirmation's fate) change nothing a check answers: nothing to apply.
if clears or (status == "new" and kind ~= "R" and kind ~= "C") then
  redis.call("ZADD", KEYS[4], "NX", string.match(id, "^(%d+)"), ev.number)
  if tonumber(ARGV[2]) > 0 and redis.call("SET", KEYS[9], "1", "NX", "EX", ARGV[2]) then
    enqueue = 1
  end
end
if kind == "O" and status == "new" then
  local pending = redis.call("HGET", KEYS[3], ev.number)
  local mark = code .. "@" .. id
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
return {status, id, enqueue}
