"""``optout simulate --provider ...`` signs like each provider: posted over real HTTP to the app
served on loopback, with the development secrets ``optout run`` would hand the server."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner
from werkzeug.serving import make_server

from app import create_app
from app.bootstrap import Services, build_services
from config import Settings
from config.dev import dev_environment
from tests.helpers import make_settings
from workers.jobs import use_services

# The module, not the click command that app.cli exports under the same name.
simulate_module = importlib.import_module("app.cli.simulate")
TEXTER = "+16175550123"
OURS = "+18005550100"


@pytest.fixture
def served(redis_client: redis.Redis, redis_url: str, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Services, str]]:
    """The app on a loopback port with dev secrets, and ``simulate`` pointed at it."""
    bare = Settings(_env_file=None, optout_data_dir=tmp_path / "data",  # type: ignore[call-arg]
                    redis_url=redis_url)
    env = dev_environment(bare)  # what `optout run` gives the web process on a dev machine
    assert {"TELNYX_PUBLIC_KEY", "VONAGE_SIGNATURE_SECRET", "PLIVO_AUTH_TOKEN"} <= set(env)
    server = make_server("127.0.0.1", 0, None, threaded=True)  # type: ignore[arg-type]
    base_url = f"http://127.0.0.1:{server.server_port}"
    svc = build_services(make_settings(
        redis_url, tmp_path, public_base_url=base_url, optout_data_dir=tmp_path / "data",
        twilio_auth_token=env["TWILIO_AUTH_TOKEN"],
        telnyx_public_key=env["TELNYX_PUBLIC_KEY"],
        vonage_signature_secret=env["VONAGE_SIGNATURE_SECRET"],
        plivo_auth_token=env["PLIVO_AUTH_TOKEN"],
        bandwidth_callback_username=env["BANDWIDTH_CALLBACK_USERNAME"],
        bandwidth_callback_password=env["BANDWIDTH_CALLBACK_PASSWORD"],
    ))
    server.app = create_app(svc.settings, svc)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    cli_settings = Settings(_env_file=None, optout_data_dir=tmp_path / "data",  # type: ignore[call-arg]
                            public_base_url=base_url)
    monkeypatch.setattr(simulate_module, "command_settings", lambda: cli_settings)
    use_services(svc)
    try:
        yield svc, base_url
    finally:
        use_services(None)
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()
        svc.close()


@pytest.mark.parametrize("provider", ["twilio", "telnyx", "vonage", "plivo", "bandwidth"])
def test_simulated_stop_is_accepted_and_enforced(served, provider):
    svc, _ = served
    result = CliRunner().invoke(simulate_module.simulate, [
        "--provider", provider, "--from", "(617) 555-0123", "--to", OURS, "--body", "STOP"])
    assert result.exit_code == 0, result.output
    assert svc.suppressions.lookup(TEXTER, OURS).suppressed
    if provider in ("twilio", "plivo"):
        assert "You have been unsubscribed" in result.output  # the reply is in the response


@pytest.mark.parametrize("provider,code", [("telnyx", "40300"), ("vonage", "1050"),
                                           ("plivo", "200"), ("twilio", "21610"),
                                           ("bandwidth", "4775")])
def test_simulated_status_opt_out_is_enforced(served, provider, code):
    svc, _ = served
    result = CliRunner().invoke(simulate_module.simulate, [
        "--provider", provider, "--from", TEXTER, "--to", OURS, "--status", code])
    assert result.exit_code == 0, result.output
    assert svc.suppressions.lookup(TEXTER, OURS).suppressed
