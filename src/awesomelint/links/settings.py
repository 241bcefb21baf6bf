"""Moved to ``awesomelint.linksettings`` (parsed with the config, outside the network package);
these names stay importable from here."""

from awesomelint.linksettings import (
    BROWSER_UA,
    DAY,
    DEFAULT_CACHE_NAME,
    DEFAULT_GITHUB_API,
    DEFAULT_TTL,
    KEYS,
    LinkSettings,
    parse_duration,
)

__all__ = ["BROWSER_UA", "DAY", "DEFAULT_CACHE_NAME", "DEFAULT_GITHUB_API", "DEFAULT_TTL", "KEYS", "LinkSettings",
           "parse_duration"]
