"""``optout run`` (what ``make run`` starts) and ``optout worker``."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType

import click

from app.cli.archive import start_archive
from app.cli.supervise import Child, Supervisor
from app.logs import configure_logging
from app.store.embedded import EmbeddedRedis, make_private_dir
from config import Settings, get_settings
from config.dev import dev_environment, dev_secrets_path


@click.command()
@click.option("--burst", is_flag=True, help="Stop once the queue is empty.")
def worker(burst: bool) -> None:
    """Run one RQ worker (with its scheduler) on the optout queue."""
    from workers.worker import run_worker

    run_worker(burst=burst)


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("gunicorn_args", nargs=-1, type=click.UNPROCESSED)
def serve(gunicorn_args: tuple[str, ...]) -> None:
    """Serve the web app alone with gunicorn, as the Procfile and the container do (settings
    in app/web/serving.py: PORT, WEB_CONCURRENCY, WEB_THREADS, HEADER_TIMEOUT_SECONDS); any
    further arguments go to gunicorn."""
    command = [sys.executable, "-m", "gunicorn", "--config", "python:app.web.serving",
               *gunicorn_args, "app:create_app()"]
    os.execv(sys.executable, command)  # gunicorn takes this process (PID 1 in a container)


@click.command()
@click.option("--port", type=int, default=None, help="HTTP port (default: PORT or 8000).")
@click.option("--workers", type=click.IntRange(0, 32), default=1, show_default=True,
              help="RQ workers to start; 0 runs the web app alone.")
@click.option("--web-workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="gunicorn worker processes (each with WEB_THREADS threads, default 16).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
def run(port: int | None, workers: int, web_workers: int, host: str) -> None:
    """Start Redis (embedded unless REDIS_URL is set), the web app and the workers.

    A process that dies is started again (with back-off, logged at WARNING), the embedded
    Redis included. Ctrl-C stops them all.
    """
    os.umask(0o077)  # the data folder holds numbers and message bodies: files are 0600
    settings = get_settings()
    configure_logging(settings.log_level)
    port = port or settings.port
    env = dict(os.environ)
    embedded: EmbeddedRedis | None = None
    if not settings.redis_url:
        embedded = EmbeddedRedis(settings.optout_data_dir).acquire()
        env["REDIS_URL"] = embedded.url
    else:
        make_private_dir(Path(settings.optout_data_dir))
    secrets = dev_environment(settings)
    env.update(secrets)
    env["PORT"] = str(port)
    env.setdefault("PUBLIC_BASE_URL", f"http://127.0.0.1:{port}")
    env.setdefault("PYTHONUNBUFFERED", "1")

    supervisor = Supervisor(embedded)
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    status = 0
    retry = None
    try:
        # Migrate the archive (or keep trying in the background), schedule its job.
        retry = start_archive(settings, env["REDIS_URL"])
        web = supervisor.spawn("web", [
            sys.executable, "-m", "gunicorn", "--config", "python:app.web.serving",
            "--bind", f"{host}:{port}", "--workers", str(web_workers),
            "--log-level", "warning", "app:create_app()"], env)
        for i in range(workers):
            supervisor.spawn(f"worker {i + 1}", [sys.executable, "-m", "workers.worker"], env)
        _wait_ready(f"http://127.0.0.1:{port}/readyz", web)
        _banner(env, port, embedded, secrets, workers, settings)
        while not stopping:
            supervisor.check()
            time.sleep(0.2)
    except click.ClickException:
        status = 1
        raise
    finally:
        if retry is not None:
            retry.stop()
        supervisor.stop_all()
        if embedded is not None:
            embedded.release()
        click.echo("optout stopped", err=True)
    sys.exit(status)


def _wait_ready(url: str, web: Child, timeout: float = 30.0) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if web.process is None or web.process.poll() is not None:
            raise click.ClickException("the web server exited during start-up (see above)")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise click.ClickException(f"{url} did not answer within {timeout:.0f}s")


def _banner(env: dict[str, str], port: int, embedded: EmbeddedRedis | None,
            secrets: dict[str, str], workers: int, settings: Settings) -> None:
    """What is running and how to reach it. Shows only secrets this command generated (they
    are in the dev secrets file); secrets from the environment are named, never printed."""
    base = f"http://127.0.0.1:{port}"
    password = secrets.get("OPS_PASSWORD", "from OPS_PASSWORD")
    api_key = secrets.get("OPTOUT_API_KEYS", "a key from OPTOUT_API_KEYS")
    redis_line = (f"embedded, data in {settings.optout_data_dir}" if embedded
                  else "REDIS_URL (from the environment)")
    lines = [
        "",
        f"optout is running ({workers} worker{'s' if workers != 1 else ''})",
        f"  webhook    {base}/webhooks/twilio/sms   (Twilio signs for {env['PUBLIC_BASE_URL']})",
        f"  status     {base}/webhooks/twilio/status",
        f"  carriers   {base}/webhooks/<telnyx|vonage|plivo|bandwidth>/sms and /status   "
        "(404 until a provider's secret is set)",
        f"  dashboard  {base}/ops   (user {env.get('OPS_USERNAME', 'ops')}, "
        f"password {password})",
        f"  API        {base}/v1/suppressions/...   (Authorization: Bearer {api_key})",
        f"  redis      {redis_line}",
    ]
    if secrets:
        lines.append(f"  generated secrets ({', '.join(sorted(secrets))}) are in "
                     f"{dev_secrets_path(settings)}")
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
