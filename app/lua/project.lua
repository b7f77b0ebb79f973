-- Fold one number's history into its projection value.
-- KEYS: 1 history bucket. ARGV: 1 history field.
-- Returns {projection value, last ledger id or ""}.
local st = fold(redis.call("HGET", KEYS[1], ARGV[1]))
return {projection(st), st.last or ""}
