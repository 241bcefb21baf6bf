"""``LinkSettings``: every knob of the link checker, with defaults, built from a ``[links]`` table."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from awesomelint.errors import UsageError

BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
DAY = 86400.0
DEFAULT_TTL: Mapping[str, float] = {"alive": 7 * DAY, "redirect": 7 * DAY, "unknown": DAY, "timeout": 0.0}
DEFAULT_CACHE_NAME = ".awesomelint-cache.json"
DEFAULT_GITHUB_API = "https://api.github.com"
log = logging.getLogger("awesomelint.links")


@dataclass(frozen=True)
class LinkSettings:
    """Times are in seconds. ``deadline`` bounds the time all requests for one link may take together."""

    timeout: float = 10.0  # read timeout of one request
    connect_timeout: float = 5.0
    deadline: float = 15.0
    retries: int = 1  # extra attempts after a 5xx, 429 or connection error
    max_concurrency: int = 64  # requests in flight in all
    per_host_concurrency: int = 8  # requests in flight per host name (adapts down after a 429)
    user_agent: str = BROWSER_UA
    headers: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # host -> {header: value}
    accept: frozenset[int] = frozenset(range(200, 300))
    exclude: tuple[re.Pattern[str], ...] = ()
    remap: tuple[tuple[re.Pattern[str], str], ...] = ()
    allow_private: bool = False
    cache: Path | None = None
    cache_ttl: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_TTL))
    max_body: int = 1024 * 1024  # bytes: no response body larger than this is ever read
    retry_after_cap: float = 60.0  # a longer Retry-After makes the link "unknown" instead of waiting
    strict: bool = False  # unknown and timeout fail the build too
    github_token: str | None = field(default=None, repr=False)
    github_api: str = DEFAULT_GITHUB_API  # the token goes here only if it is this, or set by CLI/env

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], *, source: str, base_dir: Path | None = None, **overrides: Any
    ) -> LinkSettings:
        """Build settings from a ``[links]`` table (kebab-case keys); raise ``UsageError`` naming the key.

        A relative ``cache`` path is taken relative to ``base_dir`` (the config's folder); when the
        table has no ``cache`` key the cache is ``.awesomelint-cache.json`` there. ``cache = false``
        turns it off. ``overrides`` (snake_case field names) win over the table.
        """
        known = {f.name.replace("_", "-"): f.name for f in fields(cls) if f.name != "github_token"}
        values: dict[str, Any] = {}
        for key, raw in data.items():
            name = known.get(str(key))
            if name is None:
                choices = ", ".join(sorted(known))
                raise UsageError(f"{source}: unknown key {key!r} in [links] (known: {choices})")
            try:
                values[name] = _CONVERT[name](raw, base_dir or Path.cwd())
            except (TypeError, ValueError, re.error) as exc:
                raise UsageError(f"{source}: invalid value for [links] {key!r}: {exc}") from None
        if "cache" not in values:
            values["cache"] = (base_dir or Path.cwd()) / DEFAULT_CACHE_NAME
        configured_api = values.get("github_api")
        values.update(overrides)
        if (configured_api not in (None, DEFAULT_GITHUB_API) and "github_api" not in overrides
                and values.get("github_token")):
            # a committed config must not be able to send the user's token to a host it names
            log.warning("%s: github-api %s is not used with GITHUB_TOKEN (set GITHUB_API_URL to trust "
                        "a GitHub Enterprise host); github.com links are checked over HTTP",
                        source, configured_api)
            values["github_token"] = None
        return cls(**values)


def _number(raw: Any, _: Path, *, minimum: float = 0.0, integer: bool = False) -> Any:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise TypeError(f"expected a number, got {raw!r}")
    if integer and not isinstance(raw, int):
        raise TypeError(f"expected a whole number, got {raw!r}")
    if raw < minimum:
        raise ValueError(f"must be at least {minimum:g}, got {raw!r}")
    return raw


def _positive(raw: Any, base: Path) -> float:
    value = _number(raw, base)
    if value <= 0:
        raise ValueError(f"must be more than 0, got {raw!r}")
    return float(value)


def _count(minimum: int) -> Any:
    return lambda raw, base: _number(raw, base, minimum=minimum, integer=True)


def _bool(raw: Any, _: Path) -> bool:
    if not isinstance(raw, bool):
        raise TypeError(f"expected true or false, got {raw!r}")
    return raw


def _str(raw: Any, _: Path) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise TypeError(f"expected a non-empty string, got {raw!r}")
    return raw


def _headers(raw: Any, _: Path) -> dict[str, dict[str, str]]:
    if not isinstance(raw, Mapping):
        raise TypeError("expected a table of host = {header = value}")
    out: dict[str, dict[str, str]] = {}
    for host, table in raw.items():
        if not isinstance(table, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in table.items()
        ):
            raise TypeError(f"headers for {host!r} must be a table of strings")
        out[str(host).lower()] = dict(table)
    return out


def _accept(raw: Any, _: Path) -> frozenset[int]:
    """Status codes as numbers or ranges: ``[200, 206, "400..403"]``."""
    if not isinstance(raw, list):
        raise TypeError("expected a list of status codes or 'A..B' ranges")
    codes: set[int] = set()
    for item in raw:
        if isinstance(item, int) and not isinstance(item, bool) and 100 <= item <= 999:
            codes.add(item)
        elif isinstance(item, str) and re.fullmatch(r"\d{3}\.\.=?\d{3}", item.strip()):
            low, high = (int(x) for x in re.split(r"\.\.=?", item.strip()))
            codes.update(range(low, high + 1))
        else:
            raise ValueError(f"not a status code or range: {item!r}")
    return frozenset(codes)


def _patterns(raw: Any, _: Path) -> tuple[re.Pattern[str], ...]:
    if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
        raise TypeError("expected a list of regular expressions")
    return tuple(re.compile(p) for p in raw)


def _remap(raw: Any, _: Path) -> tuple[tuple[re.Pattern[str], str], ...]:
    if not isinstance(raw, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in raw
    ):
        raise TypeError("expected a list of [regex, replacement] pairs")
    return tuple((re.compile(p), r) for p, r in raw)


def _cache(raw: Any, base: Path) -> Path | None:
    if raw is False:
        return None
    if not isinstance(raw, str) or not raw:
        raise TypeError(f"expected a path or false, got {raw!r}")
    path = Path(raw).expanduser()
    return path if path.is_absolute() else base / path


def _ttl(raw: Any, base: Path) -> dict[str, float]:
    if not isinstance(raw, Mapping):
        raise TypeError("expected a table of verdict = seconds")
    out = dict(DEFAULT_TTL)
    for verdict, seconds in raw.items():
        if verdict not in DEFAULT_TTL:
            cached = ", ".join(DEFAULT_TTL)
            raise ValueError(f"no TTL for {verdict!r}: only {cached} are cached (dead never is)")
        out[verdict] = float(_number(seconds, base))
    return out


_CONVERT: dict[str, Any] = {
    "timeout": _positive,
    "connect_timeout": _positive,
    "deadline": _positive,
    "retries": _count(0),
    "max_concurrency": _count(1),
    "per_host_concurrency": _count(1),
    "user_agent": _str,
    "headers": _headers,
    "accept": _accept,
    "exclude": _patterns,
    "remap": _remap,
    "allow_private": _bool,
    "cache": _cache,
    "cache_ttl": _ttl,
    "max_body": _count(0),
    "retry_after_cap": lambda raw, base: float(_number(raw, base)),
    "strict": _bool,
    "github_api": _str,
}
