"""One typed settings object for the web app, the workers and the command line.

Names are the environment variables the README documents; pydantic-settings reads them
case-insensitively from the environment and from ``.env`` in the working directory.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ReplyMode = Literal["app", "carrier", "none"]
RevokeScope = Literal["sender", "all"]
RevocationPolicy = Literal["sender", "all-marketing", "all"]
Category = Literal["marketing", "informational", "transactional"]
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
    # Shards of the consent store (a power of two), fixed when the store is first used.
    store_shards: int | None = None
    # Replicas that must hold a record before a 2xx (unset: 1 while the master has one).
    store_min_replicas: int | None = None
    store_wait_ms: int = 1000
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

    # Other carriers. A provider whose verifying secret is unset answers 404.
    # Telnyx: the account's Ed25519 public key (base64 of the raw 32 bytes, as the portal
    # shows it) verifies webhooks; the API key sends the HELP and confirmation replies.
    telnyx_public_key: str = ""
    telnyx_api_key: SecretStr = SecretStr("")
    # Vonage Messages API: the signature secret verifies the webhook JWT; the API key and
    # secret (Basic auth) send replies.
    vonage_signature_secret: SecretStr = SecretStr("")
    vonage_api_key: str = ""
    vonage_api_secret: SecretStr = SecretStr("")
    # Plivo: the auth token signs X-Plivo-Signature-V3 (replies go back in the webhook's XML).
    plivo_auth_id: str = ""
    plivo_auth_token: SecretStr = SecretStr("")
    # Bandwidth (Messaging V2) signs nothing: its callbacks carry the HTTP Basic credentials
    # set on the messaging application. The API credentials send replies.
    bandwidth_callback_username: str = ""
    bandwidth_callback_password: SecretStr = SecretStr("")
    bandwidth_account_id: str = ""
    bandwidth_application_id: str = ""
    bandwidth_api_username: str = ""
    bandwidth_api_password: SecretStr = SecretStr("")
    # How old a signed timestamp (Telnyx, Vonage's iat) may be before it counts as a replay.
    webhook_timestamp_tolerance_seconds: int = 300

    # Numbers and keywords.
    default_region: str = "US"
    ambiguous_policy: AmbiguousPolicy = "review"
    # A bare YES / Y / SÍ counts as an opt-in only when this is true (a salon customer's "Yes"
    # to a reminder must not resubscribe them); in REPLY_MODE=carrier Twilio's OptOutType decides.
    opt_in_yes: bool = False
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
    # Named operators: "alice:viewer:<hash>,bob:editor:<hash>" (hashes from
    # `optout hash-password`), and/or a file with one "name:role:hash" a line.
    ops_users: str = ""
    ops_users_file: Path | None = None
    # A console login lasts this long; logout ends it at once (the session id lives in Redis).
    ops_session_hours: float = 8.0
    # Failed logins allowed per user name and per client address (Flask-Limiter syntax).
    ops_login_limit_user: str = "5 per 5 minutes"
    ops_login_limit_address: str = "20 per 5 minutes"

    # Send-time rules. QUIET_HOURS is the window in which texting is NOT allowed, in the
    # recipient's local time ("21:00-08:00"; empty = off). REVOKE_SCOPE=all makes every
    # opt-out, to any sender, cover every sender of the business.
    quiet_hours: str = ""
    revoke_scope: RevokeScope = "sender"
    # A rule pack of federal and state sending hours and frequency caps ("us"; empty = off),
    # applied to marketing texts by the recipient's state (app/lists/rulepacks/).
    send_policy: str = ""

    # Consent and categories. SENDER_CATEGORIES: {"<sender>": ["marketing", ...]}.
    # REVOCATION_POLICY (REVOKE_SCOPE=all is its older alias): whom an opt-out covers;
    # REVOKE_ALL_FROM: the date from which `all` applies. EXEMPT_CATEGORIES: categories an
    # opt-out leaves alone unless the person's words say otherwise (comma-separated; empty:
    # none). CLARIFY_SCOPE: the one confirmation asks which messages to stop.
    sender_categories: Annotated[dict[str, list[Category]], NoDecode] = Field(
        default_factory=dict)
    revocation_policy: RevocationPolicy | None = None
    revoke_all_from: date | None = None
    exempt_categories: Annotated[list[Category], NoDecode] = Field(
        default_factory=lambda: list[Category](["transactional"]))
    clarify_scope: bool = False
    # A double opt-in not confirmed within this many hours expires.
    double_opt_in_hours: float = Field(default=48.0, gt=0)

    # Jobs.
    job_retry_intervals: Annotated[list[int], NoDecode] = Field(
        default_factory=lambda: [2, 10, 60, 300, 900]
    )
    # Workers sweep the store and re-enqueue numbers whose events waited longer than this.
    requeue_stale_seconds: float = 3.0
    sweep_interval_seconds: float = 2.0
    message_dedupe_seconds: int = 7 * 24 * 3600

    # The compliance archive (SQL). Unset ARCHIVE_URL = an SQLite file in OPTOUT_DATA_DIR.
    archive_url: str = ""
    # Archived events older than this many days are trimmed from Redis; 0 = once archived.
    ledger_hot_days: float = Field(default=30, ge=0)
    # How often the archive job runs (RQ's scheduler re-enqueues it).
    archive_interval_seconds: int = Field(default=60, ge=1)
    # Keys the digests of personal fields in the archive's hash chain and the hashes an
    # erasure keeps instead of a number; set once, never changed. Unset on a development
    # machine: `optout run` generates one (config/dev.py).
    erasure_pepper: SecretStr = SecretStr("")

    # Consent events pushed out: [{"id"?, "url", "secret", "events": ["consent.*"]}] (more
    # endpoints come through PUT /v1/webhooks/<id>). A failing endpoint is retried after
    # each of these many seconds in turn (about 27.6 h in all), then dead-lettered.
    event_webhooks: Annotated[list[dict[str, Any]], NoDecode] = Field(default_factory=list)
    event_retry_seconds: Annotated[list[float], NoDecode] = Field(
        default_factory=lambda: [5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0]
    )
    # Providers' own opt-out lists kept in step: twilio (pushed), aws (pushed and read),
    # telnyx (read). AWS_OPTOUT_LIST names the AWS list (boto3 reads AWS_ENDPOINT_URL, the
    # region and credentials itself); the base URLs point the clients elsewhere (tests,
    # proxies): scheme and host only, paths stay the provider's.
    sync_providers: Annotated[list[str], NoDecode] = Field(default_factory=list)
    aws_optout_list: str = "default"
    twilio_api_base_url: str = ""
    telnyx_api_base_url: str = ""

    log_level: str = "INFO"

    _split = field_validator("optout_api_keys", "job_retry_intervals", "exempt_categories",
                             "sync_providers", "event_retry_seconds", mode="before")(_split_csv)
    _json = field_validator("custom_keywords", "reply_templates", "sender_categories",
                            mode="before")(_json_object)

    @field_validator("event_webhooks", mode="before")
    @classmethod
    def _json_list(cls, value: object) -> object:
        if isinstance(value, str):
            return json.loads(value) if value.strip() else []
        return value

    @field_validator("sync_providers")
    @classmethod
    def _known_providers(cls, value: list[str]) -> list[str]:
        chosen = [p.lower() for p in value]
        unknown = sorted(set(chosen) - {"twilio", "aws", "telnyx"})
        if unknown:
            raise ValueError(f"SYNC_PROVIDERS: unknown provider(s) {unknown}; choose from "
                             "twilio, aws, telnyx")
        return list(dict.fromkeys(chosen))

    @field_validator("telnyx_public_key")
    @classmethod
    def _raw_ed25519_key(cls, value: str) -> str:
        value = value.strip()
        if value:
            try:
                raw = base64.b64decode(value, validate=True)
            except binascii.Error:
                message = "TELNYX_PUBLIC_KEY must be base64, as the portal shows it"
                raise ValueError(message) from None
            if len(raw) != 32:
                raise ValueError("TELNYX_PUBLIC_KEY must be a raw 32-byte Ed25519 key in base64")
        return value

    @field_validator("default_region")
    @classmethod
    def _region_upper(cls, value: str) -> str:
        return value.strip().upper()

    @property
    def revocation(self) -> RevocationPolicy:
        """REVOCATION_POLICY, or REVOKE_SCOPE (its older name) when it is unset."""
        return self.revocation_policy or self.revoke_scope

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
