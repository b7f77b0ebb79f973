-- The consent fold: the one definition of what a number's history means now.
-- Prepended to the scripts that need it (record, apply, fold_many).
-- app/consent/history.py is its Python twin; a property test checks the two agree.
--
-- A history entry is "<ledger id>|<kind><code>", entries separated by spaces, oldest first.
-- Kinds: O opt-out, I opt-in, U undeliverable, D deliverable again, R review (no effect),
-- X retract (its code is the ledger id of the opt-out it cancels; only that O entry is undone),
-- N reassigned (held back until a later opt-in), Q another answer of the RND (no effect).
-- Codes: "*" every sender, otherwise the interned code of one sender.

local function id_less(a, b)
  local am, as = string.match(a, "^(%d+)%-(%d+)$")
  local bm, bs = string.match(b, "^(%d+)%-(%d+)$")
  am, bm = tonumber(am), tonumber(bm)
  if am ~= bm then return am < bm end
  return tonumber(as) < tonumber(bs)
end

local function fold(entries)
  local st = {all = false, all_since = false, codes = {}, since = {}, ex = {},
              undeliv = false, undeliv_since = false, reass_since = false}
  if not entries then return st end
  local retracted = {}
  for target in string.gmatch(entries, "|X(%d+%-%d+)") do retracted[target] = true end
  for id, kind, code in string.gmatch(entries, "(%d+%-%d+)|(%u)(%S*)") do
    if kind == "O" and retracted[id] then
      -- a reviewer said this message was not an opt-out
    elseif kind == "O" then
      if code == "*" then
        if not st.all then st.all_since = id end
        st.all = true
        st.codes, st.since, st.ex = {}, {}, {}
      elseif st.all then
        st.ex[code] = nil
      elseif not st.codes[code] then
        st.codes[code] = true
        st.since[code] = id
      end
    elseif kind == "N" then
      if not st.reass_since then st.reass_since = id end
    elseif kind == "I" then
      st.reass_since = false
      if code == "*" then
        st.all, st.all_since = false, false
        st.codes, st.since, st.ex = {}, {}, {}
      else
        st.codes[code], st.since[code] = nil, nil
        if st.all then st.ex[code] = true end
      end
    elseif kind == "U" then
      if not st.undeliv then st.undeliv_since = id end
      st.undeliv = true
    elseif kind == "D" then
      st.undeliv, st.undeliv_since = false, false
    end
  end
  return st
end

-- The projection value kept for fast checks: sorted codes, "!c" for an exception to "*",
-- "U" for undeliverable, "N" for reassigned. "" means nothing applies.
local function projection(st)
  local out = {}
  if st.all then
    out[#out + 1] = "*"
    for c in pairs(st.ex) do out[#out + 1] = "!" .. c end
  else
    for c in pairs(st.codes) do out[#out + 1] = c end
  end
  if st.undeliv then out[#out + 1] = "U" end
  if st.reass_since then out[#out + 1] = "N" end
  table.sort(out)
  return table.concat(out, ",")
end

-- Is the number suppressed for any of the sender codes in `codes` (a set)? With an empty set,
-- the cautious answer: suppressed if any opt-out covers it. Returns scope, ruling id or false;
-- of several opt-outs in force, the ruling is the oldest.
local function ruling(st, codes)
  if next(codes) == nil then
    if st.all then return "all", st.all_since end
    local best = false
    for c in pairs(st.codes) do
      if not best or id_less(st.since[c], best) then best = st.since[c] end
    end
    if best then return "sender", best end
    return false, false
  end
  local best = false
  for c in pairs(codes) do
    if st.codes[c] and (not best or id_less(st.since[c], best)) then best = st.since[c] end
  end
  if best then return "sender", best end
  if st.all then
    for c in pairs(codes) do
      if st.ex[c] then return false, false end
    end
    return "all", st.all_since
  end
  return false, false
end
