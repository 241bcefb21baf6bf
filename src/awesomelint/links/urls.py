"""URL helpers: what is checkable, normal form (the cache key), remap, exclusion, host keys."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from awesomelint.linksettings import LinkSettings
from awesomelint.urlkey import DEFAULT_PORTS, Repo, normalise, repo_of, split
from awesomelint.urlkey import RESERVED_GITHUB_OWNERS as RESERVED_OWNERS

__all__ = ["DEFAULT_PORTS", "RESERVED_OWNERS", "Repo", "excluded_by", "fragment", "host_key", "host_problem",
           "is_http", "normalise", "redirect_target", "remap", "repo_of", "split", "unusable"]



def is_http(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def fragment(url: str) -> str:
    parts = split(url)
    return parts.fragment if parts is not None else ""


def host_key(url: str) -> str:
    """Hosts are limited by name, whatever the port."""
    parts = split(url)
    return (parts.hostname or "").lower() if parts is not None else ""


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
    if re.search(r"\s", url.strip()):
        return "malformed URL: contains white space"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        return f"malformed URL: {exc}"
    why = host_problem(parts.hostname or "")
    return f"malformed URL: {why}" if why else None


def host_problem(host: str) -> str | None:
    """Why ``host`` (as ``urlsplit`` gives it) cannot be looked up, or None: the checks urllib3 and
    requests would otherwise fail with inside a request."""
    if not host:
        return "no host"
    if ":" in host:
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return f"invalid IPv6 address {host!r}"
        return None
    if not host.isascii():
        import idna  # requests' own dependency: the IDNA 2008 rules it encodes hosts with

        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError) as exc:
            return f"invalid international host name {host!r} ({exc})"
    labels = host.rstrip(".").split(".")
    if len(host) > 253 or any(not 0 < len(label) < 64 for label in labels):
        return f"invalid host name {host[:80]!r} (a label is empty or longer than 63 characters)"
    if not host.isprintable() or " " in host:
        return f"invalid host name {host!r}"
    return None


# Bytes kept as they are when a Location header is re-encoded: reserved and unreserved characters
# and "%" (existing escapes stay); everything else (space, controls, non-ASCII) is percent-encoded.
_KEEP = "!#$%&'()*+,/:;=?@[]~"


def redirect_target(current: str, location: str) -> tuple[str | None, str]:
    """Where a ``Location`` header leads from ``current``: (URL, "") or (None, why it is malformed).

    ``location`` is the header as ``http.client`` decoded it (Latin-1); the raw bytes are recovered,
    so a non-UTF-8 header keeps its bytes (percent-encoded) as a browser would, and spaces or
    control characters are encoded instead of reaching the request line. The fragment is dropped.
    """
    try:
        raw = location.encode("latin-1")
    except UnicodeEncodeError:
        raw = location.encode("utf-8", "surrogateescape")
    raw = raw.strip(bytes(range(0x21))).replace(b"\t", b"").replace(b"\r", b"").replace(b"\n", b"")
    text = raw.decode("utf-8", "surrogateescape")
    try:
        parts = urlsplit(urljoin(current, text))
        parts.port  # noqa: B018
    except ValueError as exc:
        return None, f"malformed URL ({exc})"
    if parts.scheme.lower() not in DEFAULT_PORTS:
        return urlunsplit(parts._replace(fragment="")), ""  # the caller skips non-http targets
    netloc = parts.netloc
    if any("\ud800" <= c <= "\udfff" for c in netloc):
        return None, "malformed URL (host is not valid UTF-8)"
    if not netloc.isprintable() or " " in netloc:
        return None, "malformed URL (white space or control characters in the host)"
    why = host_problem(parts.hostname or "")
    if why:
        return None, f"malformed URL ({why})"
    path = quote(parts.path.encode("utf-8", "surrogateescape"), safe=_KEEP)
    query = quote(parts.query.encode("utf-8", "surrogateescape"), safe=_KEEP)
    return urlunsplit((parts.scheme, netloc, path or "/", query, "")), ""


