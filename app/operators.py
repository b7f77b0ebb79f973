"""Named console operators: who may log in to /ops, with which role.

``OPS_USERS="alice:viewer:<hash>,bob:editor:<hash>"`` and/or ``OPS_USERS_FILE`` (one
``name:role:hash`` a line, ``#`` comments) name the accounts; hashes come from
``optout hash-password`` (werkzeug's ``generate_password_hash``). The single development
login ``OPS_USERNAME``/``OPS_PASSWORD`` stays, as an editor. A ``viewer`` sees; an ``editor``
may also change things (record opt-outs, upload lists, requeue jobs, decide reviews).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from werkzeug.security import check_password_hash, generate_password_hash

Role = Literal["viewer", "editor"]
ROLES: tuple[Role, ...] = ("viewer", "editor")
# Checked when the user name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password of anyone's")


@dataclass(frozen=True)
class Operator:
    """A console account. ``password_hash`` is empty for the development login, whose
    password is compared as configured (``plain_password``)."""

    name: str
    role: Role
    password_hash: str = ""
    plain_password: str = ""

    @property
    def can_edit(self) -> bool:
        return self.role == "editor"

    @property
    def recorded_by(self) -> str:
        """How this operator's actions are attributed in the ledger's notes."""
        return f"operator:{self.name}"

    def password_matches(self, password: str) -> bool:
        """Compare in constant time (hash check, or the development password)."""
        if self.password_hash:
            return check_password_hash(self.password_hash, password)
        return bool(self.plain_password) and hmac.compare_digest(
            password.encode(), self.plain_password.encode())


def parse_operators(text: str, origin: str = "OPS_USERS") -> dict[str, Operator]:
    """Accounts from ``name:role:hash`` entries (commas or new lines between entries).

    Raises:
        ValueError: an entry is malformed, names an unknown role or repeats a name.
    """
    accounts: dict[str, Operator] = {}
    entries = [e.strip() for line in text.splitlines() for e in line.split(",")]
    for number, entry in enumerate(entries, start=1):
        if not entry or entry.startswith("#"):
            continue
        name, _, rest = entry.partition(":")
        role, _, password_hash = rest.partition(":")
        name, role = name.strip(), role.strip().lower()
        if not name or not password_hash.strip():
            raise ValueError(f"{origin} entry {number}: expected name:role:hash")
        if role not in ROLES:
            raise ValueError(f"{origin} entry {number}: role must be viewer or editor, "
                             f"not {role!r}")
        if name in accounts:
            raise ValueError(f"{origin}: the name {name!r} appears twice")
        accounts[name] = Operator(name, role, password_hash.strip())  # type: ignore[arg-type]
    return accounts


def load_operators(ops_users: str, ops_users_file: Path | None, dev_username: str,
                   dev_password: str) -> dict[str, Operator]:
    """Every account: OPS_USERS, OPS_USERS_FILE, and the development login (an editor).

    Raises:
        ValueError: a malformed entry, or a name given twice.
    """
    accounts = parse_operators(ops_users)
    if ops_users_file is not None:
        from_file = parse_operators(ops_users_file.read_text(encoding="utf-8"),
                                    str(ops_users_file))
        twice = accounts.keys() & from_file.keys()
        if twice:
            raise ValueError(f"OPS_USERS and {ops_users_file} both name {sorted(twice)}")
        accounts.update(from_file)
    if dev_password and dev_username not in accounts:
        accounts[dev_username] = Operator(dev_username, "editor", plain_password=dev_password)
    return accounts


def authenticate(accounts: dict[str, Operator], name: str, password: str) -> Operator | None:
    """The operator whose name and password these are, else None (same cost either way)."""
    operator = accounts.get(name)
    if operator is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return operator if operator.password_matches(password) else None
