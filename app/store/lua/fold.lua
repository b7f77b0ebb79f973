-- The consent fold: the one definition of what a number's history means now.
-- Prepended to the scripts that need it (record, apply, fold_many).
-- app/consent/history.py is its Python twin; a property test checks the two agree.
--
-- A history entry is "<ledger id>|<kind><code>", entries separated by spaces, oldest first.
-- Kinds: O opt-out, I opt-in, P consent pending confirmation, Y / E that consent confirmed /
-- expired (code: the ledger id of the P), C a carrier's word on a confirmation (no effect), U undeliverable, D deliverable again, R review (no
-- effect), X retract (code: the ledger id of the opt-out it cancels, "#<letters>" for only
-- those categories of it).
-- Codes: "<sender>" or "<sender>#<letters>"; sender "*" is every sender, else the interned
-- code of one; letters m i t are message categories, none meaning all three. A cell is
-- (sender, category), kept in tables under the key "<sender>#<letter>".

local LETTERS = "mit"

local function id_less(a, b)
  local am, as = string.match(a, "^(%d+)%-(%d+)$")
  local bm, bs = string.match(b, "^(%d+)%-(%d+)$")
  am, bm = tonumber(am), tonumber(bm)
  if am ~= bm then return am < bm end
  return tonumber(as) < tonumber(bs)
end

local function split_code(code)
  local base, letters = string.match(code, "^([^#]*)#(.*)$")
  if not base then return code, LETTERS end
  return base, letters
end

local function drop_letter(st, letter)
  for _, tbl in ipairs({st.rev, st.pend, st.ex}) do
    for key in pairs(tbl) do
      if string.sub(key, -1) == letter then tbl[key] = nil end
    end
  end
end

local function cell_event(st, kind, base, letter, id)
  if base == "*" then
    if kind == "O" then
      if not st.stars[letter] then st.stars[letter] = id end
      drop_letter(st, letter)
    elseif kind == "I" then
      st.stars[letter] = nil
      drop_letter(st, letter)
    end
    return
  end
  local key = base .. "#" .. letter
  if kind == "O" then
    st.pend[key] = nil
    if st.stars[letter] then st.ex[key] = nil
    elseif not st.rev[key] then st.rev[key] = id end
  elseif kind == "P" then
    st.pend[key] = id
  else
    st.rev[key], st.pend[key] = nil, nil
    if st.stars[letter] and not st.ex[key] then st.ex[key] = id end
  end
end

local function fold(entries)
  local st = {stars = {}, rev = {}, pend = {}, ex = {}, undeliv = false, undeliv_since = false}
  if not entries then return st end
  local retracted = {}
  for code in string.gmatch(entries, "|X(%S*)") do
    local target, letters = split_code(code)
    retracted[target] = (retracted[target] or "") .. letters
  end
  for id, kind, code in string.gmatch(entries, "(%d+%-%d+)|(%u)(%S*)") do
    if kind == "O" or kind == "P" or kind == "I" then
      local base, letters = split_code(code)
      local gone = kind == "O" and retracted[id] or ""
      for letter in string.gmatch(letters, ".") do
        -- a reviewer said this was not an opt-out, or an answer narrowed it
        if not string.find(gone, letter, 1, true) then cell_event(st, kind, base, letter, id) end
      end
    elseif kind == "Y" or kind == "E" then
      for key, pid in pairs(st.pend) do
        if pid == code then
          local letter = string.sub(key, -1)
          st.pend[key] = nil
          if kind == "Y" then
            st.rev[key] = nil
            if st.stars[letter] and not st.ex[key] then st.ex[key] = id end
          elseif st.stars[letter] then
            st.ex[key] = nil
          elseif not st.rev[key] then
            st.rev[key] = id
          end
        end
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

local function join_code(base, set)
  local letters = ""
  for letter in string.gmatch(LETTERS, ".") do
    if set[letter] then letters = letters .. letter end
  end
  if letters == LETTERS then return base end
  return base .. "#" .. letters
end

-- The projection value kept for fast checks: "*" or "*#<letters>", codes, "?code" for a
-- consent pending confirmation, "!code" for an exception to a star, "U" for undeliverable;
-- sorted. "" means nothing applies.
local function projection(st)
  local out = {}
  if next(st.stars) then out[#out + 1] = join_code("*", st.stars) end
  for _, part in ipairs({{"", st.rev}, {"?", st.pend}, {"!", st.ex}}) do
    local grouped = {}
    for key in pairs(part[2]) do
      local base, letter = string.match(key, "^(.*)#(.)$")
      grouped[base] = grouped[base] or {}
      grouped[base][letter] = true
    end
    for base, set in pairs(grouped) do out[#out + 1] = part[1] .. join_code(base, set) end
  end
  if st.undeliv then out[#out + 1] = "U" end
  table.sort(out)
  return table.concat(out, ",")
end

-- What decides a check for the sender codes in `codes` (a set) and the category letters of
-- `letters` (a string)? With an empty set, the cautious answer: ruled if any opt-out covers
-- the number. An opt-out rules before a consent pending confirmation; of several, the
-- oldest, the first category of `letters` on a tie. Returns scope, ruling id, letter and
-- whether it is pending (or false, false, false, false).
local function ruling(st, codes, letters)
  local b_scope, b_id, b_letter, b_pending = false, false, false, false
  local function consider(scope, since, letter, pending)
    if not b_id or id_less(since, b_id) then
      b_scope, b_id, b_letter, b_pending = scope, since, letter, pending
    end
  end
  if next(codes) == nil then
    for letter in string.gmatch(letters, ".") do
      if st.stars[letter] then consider("all", st.stars[letter], letter, false) end
    end
    if b_scope then return b_scope, b_id, b_letter, b_pending end
    for letter in string.gmatch(letters, ".") do
      for key, since in pairs(st.rev) do
        if string.sub(key, -1) == letter then consider("sender", since, letter, false) end
      end
    end
  else
    for letter in string.gmatch(letters, ".") do
      for c in pairs(codes) do
        local since = st.rev[c .. "#" .. letter]
        if since then consider("sender", since, letter, false) end
      end
    end
    if b_scope then return b_scope, b_id, b_letter, b_pending end
    for letter in string.gmatch(letters, ".") do
      if st.stars[letter] then
        local excepted = false
        for c in pairs(codes) do
          if st.ex[c .. "#" .. letter] then excepted = true end
        end
        if not excepted then consider("all", st.stars[letter], letter, false) end
      end
    end
  end
  if b_scope then return b_scope, b_id, b_letter, b_pending end
  for letter in string.gmatch(letters, ".") do
    for key, pid in pairs(st.pend) do
      local base = string.match(key, "^(.*)#.$")
      if string.sub(key, -1) == letter and (next(codes) == nil or codes[base]) then
        consider("sender", pid, letter, true)
      end
    end
  end
  return b_scope, b_id, b_letter, b_pending
end
