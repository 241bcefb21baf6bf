"""``LinkSettings``: every knob of the link checker, with defaults, built from a ``[links]`` table.

Parsed once, when the config is read (``Config.link_settings``), outside the network package: the
config never imports the checker. The command line's values are applied with ``with_overrides``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from awesomelint.errors import UsageError
from awesomelint.options import (
    AtLeast,
    FullMatch,
    Invalid,
    NonBlank,
    Positive,
    Range,
    Regex,
    Substitution,
    Url,
    UserPath,
    check,
    show,
)

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
    host_budget: float = 60.0  # rate-limit waits and failed requests one host may cost; then its links are unknown
    total_timeout: float = 0.0  # the whole check's budget (0: none); then the links not yet checked are unknown
    confirm_dead: float = DAY  # a transient failure is dead when it fails on two runs this far apart (0: at once)
    strict: bool = False  # unknown and timeout fail the build too
    github_token: str | None = field(default=None, repr=False)
    github_api: str = DEFAULT_GITHUB_API  # the token goes here only if it is this, or set by CLI/env
    source: str = field(default="", compare=False)  # where the [links] table came from, for messages

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], *, source: str, base_dir: Path | None = None, **overrides: Any
    ) -> LinkSettings:
        """Build settings from a ``[links]`` table (kebab-case keys); raise ``UsageError`` naming the key.

        Every value is checked against its declaration in ``KEYS`` first. A relative ``cache`` path is
        taken relative to ``base_dir`` (the config's folder); when the table has no ``cache`` key the
        cache is ``.awesomelint-cache.json`` there. ``cache = false`` turns it off. ``overrides``
        (snake_case field names) win over the table.
        """
        base = base_dir or Path.cwd()
        values: dict[str, Any] = {}
        for key, raw in data.items():
            hint = KEYS.get(str(key))
            if hint is None:
                raise UsageError(f"{source}: unknown key {key!r} in [links] (known: {', '.join(sorted(KEYS))})")
            name = str(key).replace("-", "_")
            try:
                values[name] = _CONVERT.get(name, _same)(check(hint, raw), base)
            except Invalid as exc:
                raise UsageError(f"{source}: {exc.describe(str(key))}") from None
            except ValueError as exc:
                raise UsageError(f"{source}: {key} = {show(raw)} {exc}") from None
        if "cache" not in values:
            values["cache"] = base / DEFAULT_CACHE_NAME
        return cls(source=source, **values).with_overrides(**overrides)

    def with_overrides(self, **overrides: Any) -> LinkSettings:
        """These settings with the command line's values (snake_case field names) on top.

        A ``github_api`` that came from the config is never trusted with the token: only one named
        by the command line or the environment (``GITHUB_API_URL``) is.
        """
        settings = replace(self, **overrides)
        if (self.github_api != DEFAULT_GITHUB_API and "github_api" not in overrides and settings.github_token):
            # a committed config must not be able to send the user's token to a host it names
            log.warning("%s: github-api %s is not used with GITHUB_TOKEN (set GITHUB_API_URL to trust "
                        "a GitHub Enterprise host); github.com links are checked over HTTP",
                        self.source, self.github_api)
            settings = replace(settings, github_token=None)
        return settings


_SECONDS = Annotated[float, Positive()]
_HEADER_VALUE = FullMatch(r"[^\x00-\x08\x0a-\x1f\x7f]*", "a header value without line breaks or control characters",
                          "awesomelint", ("a\nb", "a\rb"))
_HEADER_NAME = FullMatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", "a header name such as 'Authorization'", "X-Token",
                         ("", "X Token", "X:Y"))
_HOST = FullMatch(r"\*|[A-Za-z0-9_.-]+|[0-9A-Fa-f]*:[0-9A-Fa-f:]*",
                  "a host name such as 'api.example.com' (no port), or '*'", "example.com",
                  ("", "https://example.com", "example.com/x", "example.com:8080"))
_HEADERS = dict[Annotated[str, _HEADER_NAME], Annotated[str, _HEADER_VALUE]]
_STATUS_RANGE = FullMatch(r"[1-9]\d\d\.\.=?[1-9]\d\d", "a status code or a range such as '400..403'", "400..403",
                          ("abc", "200", "200..2000", "2xx"))

_DURATION = FullMatch(r"\d+(\.\d+)?[smhd]?", "a duration such as '24h', '90m' or '2d' (a number alone is hours)",
                      "24h", ("1 day", "-1h", "h"))

# The [links] table: key -> type and form (awesomelint.options), checked before any file is linted.
KEYS: dict[str, Any] = {
    "timeout": _SECONDS,
    "connect-timeout": _SECONDS,
    "deadline": _SECONDS,
    "retries": Annotated[int, AtLeast(0)],
    "max-concurrency": Annotated[int, AtLeast(1)],
    "per-host-concurrency": Annotated[int, AtLeast(1)],
    "user-agent": Annotated[str, NonBlank(), _HEADER_VALUE],
    "headers": dict[Annotated[str, _HOST], _HEADERS],
    "accept": tuple[Annotated[int, Range(100, 999)] | Annotated[str, _STATUS_RANGE], ...],
    "exclude": tuple[Annotated[str, Regex()], ...],
    "remap": tuple[Annotated[tuple[Annotated[str, Regex()], str], Substitution()], ...],  # [regex, replacement]
    "allow-private": bool,
    "cache": Annotated[str, UserPath()] | Literal[False],
    "cache-ttl": dict[Literal["alive", "redirect", "unknown", "timeout"], Annotated[float, AtLeast(0)]],
    "max-body": Annotated[int, AtLeast(0)],
    "retry-after-cap": Annotated[float, AtLeast(0)],
    "host-budget": _SECONDS,
    "total-timeout": Annotated[float, AtLeast(0)],
    "confirm-dead": Annotated[float, AtLeast(0)] | Annotated[str, _DURATION],  # hours, or "24h", "90m", "2d"
    "strict": bool,
    "github-api": Annotated[str, Url()],
}


def _same(value: Any, _: Path) -> Any:
    return value


def _headers(raw: Mapping[str, Mapping[str, str]], _: Path) -> dict[str, dict[str, str]]:
    return {host.lower(): dict(table) for host, table in raw.items()}


def _accept(raw: tuple[int | str, ...], _: Path) -> frozenset[int]:
    """Status codes as numbers or ranges: ``[200, 206, "400..403"]``."""
    codes: set[int] = set()
    for item in raw:
        if isinstance(item, int):
            codes.add(item)
            continue
        low, high = (int(x) for x in re.split(r"\.\.=?", item))
        if low > high:
            raise ValueError(f"has an empty range {item!r} (write the lower code first)")
        codes.update(range(low, high + 1))
    return frozenset(codes)


def _patterns(raw: tuple[str, ...], _: Path) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in raw)


def _remap(raw: tuple[tuple[str, str], ...], _: Path) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p), r) for p, r in raw)


def _cache(raw: str | bool, base: Path) -> Path | None:
    if raw is False:
        return None
    path = Path(str(raw)).expanduser()
    path = path if path.is_absolute() else base / path
    if path.is_dir():
        raise ValueError("is a folder: the link cache is a file (e.g. .awesomelint-cache.json)")
    return path


def _ttl(raw: Mapping[str, float], _: Path) -> dict[str, float]:
    return {**DEFAULT_TTL, **raw}


_CONVERT: dict[str, Any] = {
    "confirm_dead": lambda raw, _: parse_duration(raw),
    "headers": _headers,
    "accept": _accept,
    "exclude": _patterns,
    "remap": _remap,
    "cache": _cache,
    "cache_ttl": _ttl,
}


def parse_duration(text: str | float) -> float:
    """Seconds in ``"24h"``, ``"90m"``, ``"2d"``, ``"3600s"``; a bare number is hours (``0`` is off)."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        value, unit = float(text), "h"
    else:
        raw = str(text).strip().lower()
        unit = raw[-1] if raw and raw[-1] in "smhd" else "h"
        value = float(raw[:-1] if raw and raw[-1] in "smhd" else raw)
    if value < 0 or value != value or value == float("inf"):
        raise ValueError(f"must be 0 or more, got {text!r}")
    return value * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
