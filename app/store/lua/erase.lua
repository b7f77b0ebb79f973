-- Erase a number's personal data from its shard, keeping it suppressed: one atomic step, so
-- no check ever finds the number neither opted out nor erased. Deletes its history (and the
-- details kept beside it), projection value and membership, pending mark, unapplied mark, its
-- ledger entries and review items, its send log, the dedupe keys named and the digests of its
-- carrier messages kept for good (named too: the caller computes them from its events);
-- keeps the keyed hash and the prefilter bit; and appends an `erased` ledger entry that
-- carries no number.
-- KEYS: 1 ledger, 2 history bucket, 3 projection bucket, 4 membership set, 5 pending,
--       6 unapplied, 7 review queue, 8 erased hash, 9 erased bits, 10 kept messages of the
--       number's bucket, then the send-log keys (hashes and membership sets, see ARGV) and
--       the dedupe keys to delete.
-- ARGV: 1 JSON {number, field, member, digest, bit, at (ISO time of the erasure),
--       fields (ledger field/value pairs of the erased entry), sends (count of send-log
--       hashes after KEY 10, each followed by its membership set), sent_member (the number
--       in those sets), kept (the digests to delete from KEY 10)}.
-- Returns {ledger id of the erased entry ("" when the number was erased before), ledger
-- entries deleted}.
local ev = cjson.decode(ARGV[1])
local history = redis.call("HGET", KEYS[2], ev.field)
local deleted = 0
if history then
  for id in string.gmatch(history, "(%d+%-%d+)|") do
    deleted = deleted + redis.call("XDEL", KEYS[1], id)
  end
end
-- Review items awaiting a person: their events may be archived and trimmed already, so
-- they are found by the number they hold (the queue is short: messages a person must read).
local items = redis.call("HGETALL", KEYS[7])
for i = 1, #items, 2 do
  local ok, item = pcall(cjson.decode, items[i + 1])
  if ok and type(item) == "table" and item.number == ev.number then
    redis.call("HDEL", KEYS[7], items[i])
  end
end
redis.call("HDEL", KEYS[2], ev.field, ev.field .. "r")
redis.call("HDEL", KEYS[3], ev.field)
redis.call("SREM", KEYS[4], ev.member)
redis.call("HDEL", KEYS[5], ev.number)
redis.call("ZREM", KEYS[6], ev.number)
for _, digest in ipairs(ev.kept) do redis.call("HDEL", KEYS[10], digest) end
local first = 11
for i = 0, ev.sends - 1 do
  -- the send log's hashes key a number by the same field as its history
  redis.call("HDEL", KEYS[first + 2 * i], ev.field)
  redis.call("SREM", KEYS[first + 2 * i + 1], ev.sent_member)
end
for i = first + 2 * ev.sends, #KEYS do
  redis.call("DEL", KEYS[i])
end
local id = ""
if redis.call("HSETNX", KEYS[8], ev.digest, ev.at) == 1 then
  redis.call("SADD", KEYS[9], ev.bit)
  id = redis.call("XADD", KEYS[1], "*", unpack(ev.fields))
end
return {id, deleted}
