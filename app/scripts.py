"""The Lua scripts in ``app/lua``, with the consent fold prepended where it is used."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Scripts that use the shared prelude (the fold and the bucket layout).
_NEEDS_FOLD = frozenset({"record", "project", "finalize", "explain", "fold_many", "state",
                         "write_projection"})


@cache
def lua_source(name: str) -> str:
    """Source of ``app/lua/<name>.lua``, prefixed with ``fold.lua`` when it uses the fold."""
    folder = files("app") / "lua"
    body = (folder / f"{name}.lua").read_text(encoding="utf-8")
    if name in _NEEDS_FOLD:
        body = (folder / "fold.lua").read_text(encoding="utf-8") + "\n" + body
    return body
