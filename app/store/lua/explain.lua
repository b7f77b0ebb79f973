-- Why is (or isn't) a number suppressed for a sender? Read from its history, which holds
-- every acknowledged event, so it is exact even before a worker has applied anything.
-- KEYS: 1 history bucket. ARGV: 1 history field, 2.. sender codes ("" for no sender).
-- Returns {scope or "", ruling ledger id or "", undeliverable 0/1, undeliverable since or "", last id or ""}.
local st = fold(redis.call("HGET", KEYS[1], ARGV[1]))
local codes = {}
for i = 2, #ARGV do if ARGV[i] ~= "" then codes[ARGV[i]] = true end end
local scope, id = ruling(st, codes)
return {scope or "", id or "", st.undeliv and 1 or 0, st.undeliv_since or "", st.last or ""}
