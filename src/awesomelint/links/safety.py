"""Refuse to send requests to loopback, private, link-local or multicast addresses.

Checked twice: before a request (the URL's host, resolved through DNS) and after the TCP connect
(the peer address actually reached), so a redirect or a DNS answer that changes between the two
cannot smuggle a request to an internal address. ``allow_private`` lifts both checks.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from typing import Any
from urllib.parse import urlsplit

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .watchdog import WATCHDOG
from .wire import FastHeadersResponse, QuickHeaders

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
log = logging.getLogger("awesomelint.links")


class ForbiddenAddress(ValueError):
    """A connection reached an address that is off limits."""


def forbidden_ip(address: str) -> str | None:
    """Why ``address`` is off limits (``"loopback"``, ``"private"``...), or None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_private or ip in _CGNAT or ip.is_reserved:
        return "private"
    return None


class Resolver:
    """Resolve each host once per run and say whether any of its addresses is off limits."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[str, str | None] = {}

    def refusal(self, url: str) -> str | None:
        """A reason to refuse ``url`` ("resolves to a loopback address ..."), or None."""
        try:
            host = (urlsplit(url).hostname or "").lower().rstrip(".")
        except ValueError:
            return None  # a malformed URL is reported as such, not as an address
        with self._lock:
            if host in self._seen:
                return self._seen[host]
        reason = self._judge(host)
        with self._lock:
            self._seen[host] = reason
        return reason

    @staticmethod
    def _judge(host: str) -> str | None:
        if host == "localhost" or host.endswith(".localhost"):
            return f"{host} is a loopback name"
        literal = forbidden_ip(host)
        if literal:
            return f"{host} is a {literal} address"
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None  # let the request fail and report the DNS error
        for info in infos:
            address = str(info[4][0])
            kind = forbidden_ip(address)
            if kind:
                return f"{host} resolves to a {kind} address ({address})"
        return None


def _check_peer(sock: socket.socket) -> None:
    peer = sock.getpeername()[0]
    kind = forbidden_ip(str(peer))
    if kind:
        sock.close()
        raise ForbiddenAddress(f"connected to a {kind} address ({peer})")


class _WatchedHTTPConnection(HTTPConnection, QuickHeaders):
    """Arms the deadline watchdog when it sends a request."""

    response_class = FastHeadersResponse

    def request(self, *args: Any, **kwargs: Any) -> None:
        super().request(*args, **kwargs)
        if self.sock is not None:
            WATCHDOG.arm(self.sock)


class _WatchedHTTPSConnection(HTTPSConnection, QuickHeaders):
    response_class = FastHeadersResponse

    def request(self, *args: Any, **kwargs: Any) -> None:
        super().request(*args, **kwargs)
        if self.sock is not None:
            WATCHDOG.arm(self.sock)


class _GuardedHTTPConnection(_WatchedHTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _check_peer(sock)
        return sock


class _GuardedHTTPSConnection(_WatchedHTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _check_peer(sock)
        return sock


def _pool(base: type[HTTPConnectionPool], conn: type[HTTPConnection]) -> type[HTTPConnectionPool]:
    return type(f"{conn.__name__}Pool", (base,), {"ConnectionCls": conn})


POOLS: dict[bool, dict[str, type[HTTPConnectionPool]]] = {  # guarded or not -> scheme -> pool class
    True: {"http": _pool(HTTPConnectionPool, _GuardedHTTPConnection),
           "https": _pool(HTTPSConnectionPool, _GuardedHTTPSConnection)},
    False: {"http": _pool(HTTPConnectionPool, _WatchedHTTPConnection),
            "https": _pool(HTTPSConnectionPool, _WatchedHTTPSConnection)},
}


class ProxyNotice:
    """Says once per run and proxy that requests go through it, and whether it is a private address
    (allowed for a proxy: corporate and CI proxies are)."""

    def __init__(self) -> None:
        self._said: set[str] = set()
        self._lock = threading.Lock()

    def say(self, proxy: str) -> None:
        try:
            parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
            host = (parts.hostname or "").lower()
            shown = f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")
        except ValueError:
            host, shown = "", "a malformed proxy URL"
        with self._lock:
            if shown in self._said:
                return
            self._said.add(shown)
        kind = Resolver._judge(host) if host else None
        where = f" ({kind}: allowed for a proxy)" if kind else ""
        log.warning("link checker: requests go through the proxy %s%s", shown, where)
