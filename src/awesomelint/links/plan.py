"""Plan a check (pure, no I/O): which URLs are skipped and why, and the distinct keys to look up.

Each URL as given maps to one key (remapped, normalised, fragment dropped), so a URL written ten
times, or with two anchors, is checked once; ``api`` are the keys the GitHub API answers (repository
roots, when a token may be used). A distributed checker shards ``keys`` by ``urls.host_key``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from awesomelint.linkresult import LinkResult
from awesomelint.linksettings import LinkSettings

from .urls import excluded_by, is_http, normalise, remap, repo_of, unusable


@dataclass(frozen=True)
class Plan:
    given: tuple[str, ...]  # distinct URLs as written, in order
    skipped: dict[str, LinkResult] = field(default_factory=dict)  # URL as given -> why it is not checked
    key_of: dict[str, str] = field(default_factory=dict)  # URL as given -> key
    api: frozenset[str] = frozenset()  # keys for the GitHub API

    @property
    def keys(self) -> list[str]:
        """The distinct keys to check, in the order their URLs were given."""
        return list(dict.fromkeys(self.key_of.values()))

    def store_key(self, key: str, github: bool | None = None) -> str:
        """The key a result is stored under: an API answer and an HTTP one are kept apart."""
        return f"github:{key}" if (key in self.api if github is None else github) else key


def plan(urls: Iterable[str], settings: LinkSettings, *, use_api: bool = False) -> Plan:
    given = tuple(dict.fromkeys(urls))
    skipped: dict[str, LinkResult] = {}
    key_of: dict[str, str] = {}
    for url in given:
        reason = skip_reason(url, settings)
        if reason:
            skipped[url] = LinkResult(url, "skipped", error=reason)
        else:
            key = normalise(remap(url, settings))
            key_of[url] = url if key == url else key  # one string, not two equal ones, per URL
    api = frozenset(k for k in key_of.values() if use_api and repo_of(k))
    return Plan(given, skipped, key_of, api)


def skip_reason(url: str, settings: LinkSettings) -> str | None:
    """Why ``url`` is not requested at all (not http, malformed, excluded), or None."""
    if not is_http(url):
        return "not an http(s) URL"
    bad = unusable(url)
    if bad:
        return bad
    pattern = excluded_by(url, settings) or excluded_by(remap(url, settings), settings)
    if pattern:
        return f"excluded by pattern {pattern!r}"
    return None
