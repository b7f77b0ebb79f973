"""One typed settings object for the web app, the workers and the command line.

Names are the environment variables of ``../shared/CONTRACT.md``; pydantic-settings reads them
case-insensitively from the environment and from ``.env`` in the working directory.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ReplyMode = Literal["app", "carrier", "none"]
AmbiguousPolicy = Literal["review", "suppress"]


class ConfigError(RuntimeError):
    """The configuration cannot run safely (for example no Twilio auth token)."""


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _json_object(value: object) -> object:
    if isinstance(value, str):
        return json.loads(value) if value.strip() else {}
    return value


class Settings(BaseSettings):
    """Every setting of the service; see README.md for what each one does."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    # Storage. Unset REDIS_URL means the embedded redis-server kept in OPTOUT_DATA_DIR.
    redis_url: str | None = None
    suppression_redis_url: str | None = None
    optout_data_dir: Path = Path(".optout")
    queue_name: str = "optout"

    # HTTP.
    port: int = 8000
    public_base_url: str = ""
    max_request_bytes: int = 64 * 1024

    # Twilio.
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    # Secret of a Twilio Webhooks SharedKey, for requests carrying
    # X-Twilio-Webhooks-Signature-Settings (signed with it instead of the auth token).
    twilio_webhook_shared_key: str = ""
    # Development only: accept unsigned webhooks. Logged as a warning at every start.
    twilio_signature_validation: bool = True

    # Numbers and keywords.
    default_region: str = "US"
    ambiguous_policy: AmbiguousPolicy = "review"
    # {"<sender or *>": {"opt_out": ["NOMORE"], "opt_in": [...], "help": [...]}}
    custom_keywords: Annotated[dict[str, dict[str, list[str]]], NoDecode] = Field(
        default_factory=dict
    )

    # Replies.
    program_name: str = "Optout Demo"
    support_contact: str = "support@example.com"
    reply_mode: ReplyMode = "app"
    # {"es": {"opt_out": "..."}}: overrides of the built-in reply texts per language.
    reply_templates: Annotated[dict[str, dict[str, str]], NoDecode] = Field(default_factory=dict)

    # API and dashboard access.
    optout_api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    ops_username: str = "ops"
    ops_password: str = ""
    secret_key: str = ""

    # Jobs.
    job_retry_intervals: Annotated[list[int], NoDecode] = Field(
        default_factory=lambda: [2, 10, 60, 300, 900]
    )
    projection_lock_wait_seconds: float = 5.0
    # A worker starting up re-enqueues numbers whose events waited longer than this.
    requeue_stale_seconds: float = 60.0
    message_dedupe_seconds: int = 7 * 24 * 3600

    # The compliance archive (SQL). Unset ARCHIVE_URL = an SQLite file in OPTOUT_DATA_DIR.
    archive_url: str = ""
    # Archived events older than this many days are trimmed from Redis; 0 = once archived.
    ledger_hot_days: float = Field(default=30, ge=0)
    # How often the archive job runs (RQ's scheduler re-enqueues it).
    archive_interval_seconds: int = Field(default=60, ge=1)

    log_level: str = "INFO"

    _split = field_validator("optout_api_keys", "job_retry_intervals", mode="before")(_split_csv)
    _json = field_validator("custom_keywords", "reply_templates", mode="before")(_json_object)

    @field_validator("default_region")
    @classmethod
    def _region_upper(cls, value: str) -> str:
        return value.strip().upper()

    @property
    def base_url(self) -> str:
        """The public URL Twilio calls, without a trailing slash."""
        return (self.public_base_url or f"http://127.0.0.1:{self.port}").rstrip("/")

    @property
    def archive_database_url(self) -> str:
        """ARCHIVE_URL, or the SQLite file ``OPTOUT_DATA_DIR/archive.sqlite3``."""
        if self.archive_url:
            return self.archive_url
        return f"sqlite:///{(Path(self.optout_data_dir) / 'archive.sqlite3').resolve()}"

    def require_web_secrets(self) -> None:
        """Refuse to serve webhooks that anyone could forge.

        Raises:
            ConfigError: no TWILIO_AUTH_TOKEN while signature validation is on.
        """
        if self.twilio_signature_validation and not self.twilio_auth_token:
            raise ConfigError(
                "TWILIO_AUTH_TOKEN is required to validate X-Twilio-Signature "
                "(set TWILIO_SIGNATURE_VALIDATION=false only for local development)"
            )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
