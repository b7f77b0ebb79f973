"""Where ERASURE_PEPPER comes from: the environment, else the development secrets `optout
run` wrote, else nowhere (never invented by a one-off command); too short is refused."""

from __future__ import annotations

import pytest

from app.archive import Pepper
from config import Settings
from config.dev import dev_environment, erasure_pepper


def settings(tmp_path, **values: object) -> Settings:
    return Settings(_env_file=None, optout_data_dir=tmp_path, **values)  # type: ignore[call-arg]


def test_the_environment_wins_then_the_dev_secrets_then_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("ERASURE_PEPPER", raising=False)
    bare = settings(tmp_path, twilio_auth_token="prod-token", optout_api_keys=["k"],
                    ops_password="p", secret_key="s")
    assert erasure_pepper(bare) == ""  # production without one: nothing made up
    assert not (tmp_path / "dev-secrets.json").exists()
    generated = dev_environment(bare)  # what `optout run` passes to web and workers
    assert list(generated) == ["ERASURE_PEPPER"] and len(generated["ERASURE_PEPPER"]) == 64
    assert erasure_pepper(bare) == generated["ERASURE_PEPPER"]  # a command by hand finds it
    mine = "x" * 40
    assert erasure_pepper(settings(tmp_path, erasure_pepper=mine)) == mine


def test_a_short_pepper_is_refused():
    with pytest.raises(ValueError, match="at least 32"):
        Pepper.of("too-short")
    assert Pepper.of("") is None
    pepper = Pepper.of("p" * 32)
    assert pepper is not None and len(pepper.key_id) == 16
    assert pepper.digest("number", "+16175550123") != pepper.digest("body", "+16175550123")
