"""The Lua scripts in ``app/store/lua``, with the consent fold prepended where it is used."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Scripts that use the shared prelude (the fold, the projection and the ruling).
_NEEDS_FOLD = frozenset({"record", "record_fresh", "apply", "fold_many"})


@cache
def lua_source(name: str) -> str:
    """Source of ``app/store/lua/<name>.lua``, prefixed with ``fold.lua`` when it uses it."""
    folder = files("app.store") / "lua"
    body = (folder / f"{name}.lua").read_text(encoding="utf-8")
    if name in _NEEDS_FOLD:
        body = (folder / "fold.lua").read_text(encoding="utf-8") + "\n" + body
    return body
