"""``optout run`` (what ``make run`` starts) and ``optout worker``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from types import FrameType

import click

from app.cli.archive import start_archive
from app.store.embedded import EmbeddedRedis
from config import get_settings
from config.dev import dev_environment, dev_secrets_path


@click.command()
@click.option("--burst", is_flag=True, help="Stop once the queue is empty.")
def worker(burst: bool) -> None:
    """Run one RQ worker (with its scheduler) on the optout queue."""
    from workers.worker import run_worker

    run_worker(burst=burst)


@click.command()
@click.option("--port", type=int, default=None, help="HTTP port (default: PORT or 8000).")
@click.option("--workers", type=click.IntRange(0, 32), default=1, show_default=True,
              help="RQ workers to start; 0 runs the web app alone.")
@click.option("--web-workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="gunicorn worker processes.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
def run(port: int | None, workers: int, web_workers: int, host: str) -> None:
    """Start Redis (embedded unless REDIS_URL is set), the web app and the workers.

    Ctrl-C stops them all.
    """
    settings = get_settings()
    port = port or settings.port
    env = dict(os.environ)
    embedded: EmbeddedRedis | None = None
    if not settings.redis_url:
        embedded = EmbeddedRedis(settings.optout_data_dir).acquire()
        env["REDIS_URL"] = embedded.url
    secrets = dev_environment(settings)
    env.update(secrets)
    env["PORT"] = str(port)
    env.setdefault("PUBLIC_BASE_URL", f"http://127.0.0.1:{port}")
    env.setdefault("PYTHONUNBUFFERED", "1")

    children: list[subprocess.Popen[bytes]] = []
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    status = 0
    try:
        start_archive(settings, env["REDIS_URL"])  # migrate the archive, schedule its job
        children.append(subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--bind", f"{host}:{port}",
             "--workers", str(web_workers), "--graceful-timeout", "10",
             "--log-level", "warning", "app:create_app()"],
            env=env,
        ))  # fmt: skip
        for _ in range(workers):
            children.append(subprocess.Popen([sys.executable, "-m", "workers.worker"], env=env))
        _wait_ready(f"http://127.0.0.1:{port}/readyz", children[0])
        _banner(env, port, embedded, secrets, workers, settings.optout_data_dir)
        while not stopping:
            if any(child.poll() is not None for child in children):
                click.echo("a child process exited; stopping everything", err=True)
                status = 1
                break
            time.sleep(0.2)
    except click.ClickException:
        status = 1
        raise
    finally:
        _stop_all(children)
        if embedded is not None:
            embedded.release()
        click.echo("optout stopped", err=True)
    sys.exit(status)


def _wait_ready(url: str, web: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if web.poll() is not None:
            raise click.ClickException("the web server exited during start-up (see above)")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise click.ClickException(f"{url} did not answer within {timeout:.0f}s")


def _stop_all(children: list[subprocess.Popen[bytes]], timeout: float = 15.0) -> None:
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for child in children:
        try:
            child.wait(max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _banner(env: dict[str, str], port: int, embedded: EmbeddedRedis | None,
            secrets: dict[str, str], workers: int, data_dir: object) -> None:
    base = f"http://127.0.0.1:{port}"
    api_key = env.get("OPTOUT_API_KEYS", "").split(",")[0]
    redis_line = f"embedded, data in {data_dir}" if embedded else env.get("REDIS_URL", "")
    lines = [
        "",
        f"optout is running ({workers} worker{'s' if workers != 1 else ''})",
        f"  webhook    {base}/webhooks/twilio/sms   (Twilio signs for {env['PUBLIC_BASE_URL']})",
        f"  status     {base}/webhooks/twilio/status",
        f"  carriers   {base}/webhooks/<telnyx|vonage|plivo|bandwidth>/sms and /status   "
        "(404 until a provider's secret is set)",
        f"  dashboard  {base}/ops   (user {env.get('OPS_USERNAME', 'ops')}, "
        f"password {env.get('OPS_PASSWORD', '(OPS_PASSWORD)')})",
        f"  API        {base}/v1/suppressions/...   (Authorization: Bearer {api_key})",
        f"  redis      {redis_line}",
    ]
    if secrets:
        lines.append(f"  dev secrets generated in {dev_secrets_path(get_settings())}")
    lines += [
        "",
        "Try:",
        '  .venv/bin/optout simulate --from "(617) 555-0123" --to +18005550100 --body STOP',
        '  .venv/bin/optout simulate --provider telnyx --from "(617) 555-0123" --body STOP',
        '  .venv/bin/optout check "617-555-0123" --sender +18005550100',
        "",
        "Ctrl-C stops everything.",
        "",
    ]
    click.echo("\n".join(lines))
