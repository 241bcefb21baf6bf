"""URL helpers: what is checkable, normal form (the cache key), remap, exclusion, host keys."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from .settings import LinkSettings

DEFAULT_PORTS = {"http": 80, "https": 443}


def is_http(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def normalise(url: str) -> str:
    """Lower-case scheme and host, drop a default port and the fragment; path and query stay as written."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = f"{parts.username or ''}{':' + parts.password if parts.password else ''}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def fragment(url: str) -> str:
    return urlsplit(url).fragment


def host_key(url: str) -> str:
    """Hosts are limited by name, whatever the port."""
    return (urlsplit(url).hostname or "").lower()


def remap(url: str, settings: LinkSettings) -> str:
    """Apply the first matching ``remap`` rule."""
    for pattern, replacement in settings.remap:
        if pattern.search(url):
            return pattern.sub(replacement, url, count=1)
    return url


def excluded_by(url: str, settings: LinkSettings) -> str | None:
    """The exclude pattern that matches ``url``, if any."""
    for pattern in settings.exclude:
        if pattern.search(url):
            return pattern.pattern
    return None


def unusable(url: str) -> str | None:
    """Why an http(s) URL cannot be requested at all, or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        return f"malformed URL: {exc}"
    if not parts.hostname:
        return "malformed URL: no host"
    if re.search(r"\s", url.strip()):
        return "malformed URL: contains white space"
    return None


_REPO = re.compile(r"^https?://(?:www\.)?github\.com/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/"
                   r"([A-Za-z0-9._-]+?)(?:\.git)?/?$", re.IGNORECASE)
RESERVED_OWNERS = frozenset({
    "about", "apps", "blog", "codespaces", "collections", "contact", "customer-stories", "enterprise",
    "events", "explore", "features", "issues", "join", "login", "marketplace", "new", "notifications",
    "orgs", "organizations", "pricing", "pulls", "readme", "resources", "search", "security", "settings",
    "site", "solutions", "sponsors", "team", "topics", "trending", "users",
})


@dataclass(frozen=True, slots=True)
class Repo:
    owner: str
    name: str

    @property
    def slug(self) -> str:
        return f"{self.owner}/{self.name}"


def repo_of(url: str) -> Repo | None:
    """The repository a URL names when it is a repository's root page, else None."""
    match = _REPO.match(url)
    if not match or match.group(1).lower() in RESERVED_OWNERS or match.group(2) in (".", ".."):
        return None
    return Repo(match.group(1), match.group(2))
