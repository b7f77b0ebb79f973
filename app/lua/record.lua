-- Record one consent event: the webhook's acknowledgement, in one atomic step.
-- Appends to the ledger stream and the number's history, marks an opt-out pending (so every
-- check says suppressed before any worker runs) and notes the number as not yet applied.
--
-- KEYS: 1 ledger, 2 history bucket, 3 pending, 4 unapplied, 5 sender codes, 6 sender names,
--       7 services, 8 service members, 9 dedupe, 10 metrics, 11 hourly counts, 12 review
-- ARGV: 1 number, 2 history field, 3 kind (O I U R X), 4 scope (sender|all), 5 scope sender,
--       6 service sid to learn, 7 number of that service to learn, 8 dedupe ttl (0 = none),
--       9 inbound (1 clears undeliverable), 10 retract target id, 11 review item json,
--       12 metric name, 13 reply counter ("" none), 14 statuses that get that reply (csv),
--       15.. ledger field/value pairs
-- Returns {status, ledger id}: status is new, repeat (already in force) or duplicate.

local number, field, kind, scope = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local dedupe_ttl = tonumber(ARGV[8])

if dedupe_ttl > 0 then
  local seen = redis.call("GET", KEYS[9])
  if seen then
    redis.call("HINCRBY", KEYS[10], "duplicates", 1)
    return {"duplicate", seen}
  end
end

if ARGV[6] ~= "" and ARGV[7] ~= "" then
  redis.call("HSET", KEYS[7], ARGV[7], ARGV[6])
  redis.call("SADD", KEYS[8], ARGV[7])
end

local function code_for(sender)
  local code = redis.call("HGET", KEYS[5], sender)
  if not code then
    code = tostring(redis.call("HINCRBY", KEYS[5], "#seq", 1))
    redis.call("HSET", KEYS[5], sender, code)
    redis.call("HSET", KEYS[6], code, sender)
  end
  return code
end

local code
if kind == "X" then
  code = ARGV[10]
elseif kind == "U" or scope == "all" then
  code = "*"
else
  code = code_for(ARGV[5])
end

local history = redis.call("HGET", KEYS[2], field)
local st = fold(history)

local status = "new"
if kind == "O" then
  local codes = {}
  if code ~= "*" then codes[code] = true end
  local in_force = ruling(st, codes)
  if code == "*" then in_force = st.all and next(st.ex) == nil end
  if in_force then status = "repeat" end
elseif kind == "I" then
  local codes = {}
  if code ~= "*" then codes[code] = true end
  if not ruling(st, codes) then status = "repeat" end
elseif kind == "U" then
  if st.undeliv then status = "repeat" end
end

local clears = ARGV[9] == "1" and st.undeliv and kind ~= "U"
local fields = {}
for i = 15, #ARGV do fields[#fields + 1] = ARGV[i] end
fields[#fields + 1] = "status"
fields[#fields + 1] = status
if clears then
  fields[#fields + 1] = "clears"
  fields[#fields + 1] = "undeliverable"
end
local id = redis.call("XADD", KEYS[1], "*", unpack(fields))

local entry = id .. "|" .. kind .. code
if clears then entry = entry .. " " .. id .. "|D" end
if history then entry = history .. " " .. entry end
redis.call("HSET", KEYS[2], field, entry)

if kind == "O" then
  local pending = redis.call("HGET", KEYS[3], number)
  local mark = code .. "@" .. id
  if pending then mark = pending .. "," .. mark end
  redis.call("HSET", KEYS[3], number, mark)
end
if kind ~= "R" then
  redis.call("ZADD", KEYS[4], "NX", string.match(id, "^(%d+)"), number)
end
if ARGV[11] ~= "" then redis.call("HSET", KEYS[12], id, ARGV[11]) end

redis.call("HINCRBY", KEYS[10], "events:" .. ARGV[12] .. ":" .. status, 1)
if ARGV[13] ~= "" and string.find("," .. ARGV[14] .. ",", "," .. status .. ",", 1, true) then
  redis.call("HINCRBY", KEYS[10], "replies:" .. ARGV[13], 1)
end
redis.call("HINCRBY", KEYS[11], ARGV[12], 1)
redis.call("EXPIRE", KEYS[11], 172800)
if dedupe_ttl > 0 then redis.call("SET", KEYS[9], id, "EX", dedupe_ttl) end
return {status, id}
