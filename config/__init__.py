"""Settings loaded from the environment (and an optional ``.env``), with defaults."""

from config.settings import ConfigError, Settings, get_settings

__all__ = ["ConfigError", "Settings", "get_settings"]
