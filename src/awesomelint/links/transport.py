"""How one request reaches a server: urllib3 directly (the default), or a requests session.

The checker sends ten thousand HEADs, each with no body, no auth, no hooks and no redirects
followed; requests' session machinery (prepare, merge settings, adapters, cookie mock objects,
``Response`` building) cost as much CPU again as urllib3 itself, so the hot path asks urllib3's
pools directly. A ``requests.Session`` still works (``check_urls(session=...)``, and the unit tests
that mock requests with ``responses``). Both transports answer the same ``Answer`` and raise the
same ``SendFailed`` kinds, so the checker's decisions do not depend on which one ran.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import threading
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol
from urllib.parse import unquote, urlsplit

import urllib3
from urllib3 import exceptions as u3
from urllib3.util import Retry

from awesomelint.linksettings import LinkSettings

from .safety import POOLS, ProxyNotice

Kind = Literal["read-timeout", "connect-timeout", "tls", "dns-temporary", "dns", "invalid", "refused", "other"]
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
NO_RETRIES = Retry(False, redirect=False)  # what urllib3 makes of retries=False each time: errors raise as they are


class SendFailed(Exception):
    """A request that got no HTTP answer. ``kind`` is what the checker decides on; ``connected``
    says whether a connection was made (a server that took it but choked on HEAD gets a GET)."""

    def __init__(self, kind: Kind, text: str) -> None:
        super().__init__(text)
        self.kind = kind
        self.text = text

    @property
    def connected(self) -> bool:
        return self.kind not in ("connect-timeout", "refused", "dns", "dns-temporary")


@dataclass(slots=True)
class Answer:
    status: int
    headers: dict[str, str]  # lower-case names, repeated headers joined with ", "
    method: str
    raw: Any  # a urllib3 response: read(amount, decode_content=False)

    def read(self, amount: int | None = None) -> bytes:
        return bytes(self.raw.read(amount, decode_content=False) or b"")

    def close(self) -> None:
        """Hand the connection back: reused when nothing is left on the wire, else closed first.

        An answer to HEAD has no body: its ``http.client`` response is closed as it is (urllib3's
        read machinery for an empty body cost as much CPU as parsing the headers).
        """
        raw = self.raw
        if self.method == "HEAD" and not raw.closed:
            inner = getattr(raw, "_original_response", None)
            if inner is not None:
                inner.close()
        if not raw.closed:
            raw.close()
        raw.release_conn()


class Transport(Protocol):
    def send(self, method: str, url: str, headers: Mapping[str, str],
             timeout: tuple[float, float]) -> Answer: ...


def base_headers(settings: LinkSettings) -> dict[str, str]:
    """The headers of every request (as requests' session sends them; bodies are never decoded)."""
    encoding = urllib3.util.make_headers(accept_encoding=True)["accept-encoding"].replace(",", ", ")
    return {"User-Agent": settings.user_agent, "Accept-Encoding": encoding, "Accept": ACCEPT,
            "Accept-Language": "en-US,en;q=0.9"}  # HTTP/1.1 keeps the connection open unasked


def ca_bundle() -> dict[str, str]:
    """The CA certificates requests would use: its environment variables, else certifi's bundle."""
    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if not bundle:
        import certifi

        bundle = certifi.where()
    return {"ca_cert_dir" if os.path.isdir(bundle) else "ca_certs": bundle}


class Urllib3Transport:
    """Pools per host from urllib3, with the proxies of the environment read once per run.

    Proxies are chosen as requests chooses them (``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY``,
    ``NO_PROXY``), per scheme and host, once. Cookies a site sets are kept and sent back (some
    sites set one, then redirect to check it); the jar is consulted only once a site has set one.
    """

    def __init__(self, settings: LinkSettings) -> None:
        self.headers = base_headers(settings)
        self._tls: dict[str, Any] = {"cert_reqs": "CERT_REQUIRED", **ca_bundle()}
        self._size = max(settings.per_host_concurrency, 4)
        self.pools = urllib3.PoolManager(num_pools=1024, maxsize=self._size, block=False, **self._tls)
        self.pools.pool_classes_by_scheme = dict(POOLS[not settings.allow_private])
        self.proxies = {k: v for k, v in urllib.request.getproxies().items() if v}
        self.notice = ProxyNotice()
        self._via: dict[tuple[str, str], urllib3.PoolManager] = {}
        self._proxy_managers: dict[str, urllib3.PoolManager] = {}
        self._lock = threading.Lock()
        self.cookies = http.cookiejar.CookieJar()
        self._has_cookies = False
        self._timeouts: dict[tuple[float, float], urllib3.Timeout] = {}
        self._origins: dict[str, tuple[Any, dict[str, Any]]] = {}  # origin -> (pool key, pool context)

    def send(self, method: str, url: str, headers: Mapping[str, str],
             timeout: tuple[float, float]) -> Answer:
        manager = self._manager(url) if self.proxies else self.pools
        sent = {**self.headers, **headers}
        if self._has_cookies:
            request = urllib.request.Request(url)
            self.cookies.add_cookie_header(request)
            cookie = request.get_header("Cookie")
            if cookie:
                sent["Cookie"] = cookie
        wait = self._timeouts.get(timeout)
        if wait is None:  # most requests have the full time-outs: one object for them
            wait = urllib3.Timeout(connect=timeout[0], read=timeout[1])
            if len(self._timeouts) < 16:
                self._timeouts[timeout] = wait
        try:
            plain = _plain(url) if manager is self.pools else None
            if plain is not None:  # the pool straight from its origin: no URL parsing, no pool key
                origin, scheme, host, port, target = plain
                pool = self._pool(origin, scheme, host, port)
                raw = pool.urlopen(method, target, headers=sent, redirect=False, retries=NO_RETRIES,
                                   assert_same_host=False, preload_content=False, decode_content=False,
                                   timeout=wait)
            else:
                raw = manager.urlopen(method, url, headers=sent, redirect=False, retries=NO_RETRIES,
                                      preload_content=False, decode_content=False, timeout=wait)
        except u3.HTTPError as exc:
            raise _from_urllib3(exc) from exc
        if "set-cookie" in raw.headers or "set-cookie2" in raw.headers:
            self.cookies.extract_cookies(_CookieSource(raw.headers), urllib.request.Request(url))  # type: ignore[arg-type]
            self._has_cookies = True
        return Answer(raw.status, {k.lower(): v for k, v in raw.headers.itermerged()}, method, raw)

    def _pool(self, origin: str, scheme: str, host: str, port: str | None) -> Any:
        """The pool of ``origin`` from the pool manager, by a key computed once (the manager still
        evicts and closes pools past its ``num_pools``, and makes a fresh one when asked again)."""
        known = self._origins.get(origin)
        if known is None:
            context = {**self.pools.connection_pool_kw, "scheme": scheme, "host": host,
                       "port": int(port) if port else (443 if scheme == "https" else 80)}
            known = self._origins[origin] = (self.pools.key_fn_by_scheme[scheme](context), context)
        return self.pools.connection_from_pool_key(*known)

    def _manager(self, url: str) -> urllib3.PoolManager:
        """The pools for ``url``: through the proxy the environment names for its scheme and host, if any."""
        from requests.utils import select_proxy, should_bypass_proxies

        parts = urlsplit(url)
        key = (parts.scheme.lower(), parts.netloc.lower())
        found = self._via.get(key)
        if found is not None:
            return found
        proxy = None
        if not should_bypass_proxies(url, self.proxies.get("no")):
            proxy = select_proxy(url, self.proxies)
        with self._lock:
            manager = self.pools if not proxy else self._proxy_manager(proxy)
            self._via[key] = manager
        return manager

    def _proxy_manager(self, proxy: str) -> urllib3.PoolManager:
        manager = self._proxy_managers.get(proxy)
        if manager is not None:
            return manager
        try:
            parsed = urllib3.util.parse_url(proxy if "://" in proxy else f"http://{proxy}")
        except u3.LocationParseError as exc:
            raise SendFailed("invalid", f"the proxy URL is malformed ({exc})") from exc
        if (parsed.scheme or "").startswith("socks"):
            try:
                from urllib3.contrib.socks import SOCKSProxyManager
            except ImportError as exc:
                raise SendFailed("invalid", "a SOCKS proxy needs PySocks installed") from exc
            manager = SOCKSProxyManager(parsed.url, num_pools=1024, maxsize=self._size, block=False, **self._tls)
        else:
            auth = {}
            if parsed.auth:
                user, _, password = parsed.auth.partition(":")
                auth = urllib3.make_headers(proxy_basic_auth=f"{unquote(user)}:{unquote(password)}")
            manager = urllib3.ProxyManager(parsed.url, proxy_headers=auth or None, num_pools=1024,
                                           maxsize=self._size, block=False, **self._tls)
        manager.pool_classes_by_scheme = dict(POOLS[False])  # the peer is the proxy
        self.notice.say(proxy)
        self._proxy_managers[proxy] = manager
        return manager


_ORIGIN = re.compile(r"(https?)://([a-z0-9.-]+)(?::([0-9]{1,5}))?(?=[/?]|$)", re.ASCII)


def _plain(url: str) -> tuple[str, str, str, str | None, str] | None:
    """(origin, scheme, host, port, target) of a URL that urllib3 would send as it is: lower-case
    scheme and host name (no user info, IPv6 literal or IDN) and a printable ASCII target without
    dot segments; None for anything else (urllib3 parses and normalises those)."""
    found = _ORIGIN.match(url)
    if found is None:
        return None
    target = url[found.end():] or "/"
    if target[0] == "?":
        target = "/" + target
    if not (target.isascii() and target.isprintable()) or " " in target or "#" in target:
        return None
    if "/." in target.partition("?")[0]:
        return None
    return found[0], found[1], found[2], found[3], target


class _CookieSource:
    """What ``CookieJar.extract_cookies`` reads from a response: ``info().get_all(name)``."""

    def __init__(self, headers: Any) -> None:
        self._headers = headers

    def info(self) -> _CookieSource:
        return self

    def get_all(self, name: str, default: list[str] | None = None) -> list[str] | None:
        return list(self._headers.getlist(name)) or default


def _from_urllib3(exc: Exception) -> SendFailed:
    text = describe(exc)
    cause = exc.original_error if isinstance(exc, u3.ProxyError) else exc
    if isinstance(exc, u3.ReadTimeoutError):
        return SendFailed("read-timeout", text)
    if isinstance(exc, u3.SSLError):
        return SendFailed("tls", text)
    if isinstance(cause, u3.NameResolutionError):
        temporary = "Temporary failure in name resolution" in str(cause)
        return SendFailed("dns-temporary" if temporary else "dns", text)
    if isinstance(cause, u3.NewConnectionError):
        return SendFailed("refused", text)
    if isinstance(cause, u3.ConnectTimeoutError):
        return SendFailed("connect-timeout", text)
    if isinstance(exc, u3.LocationValueError | u3.URLSchemeUnknown):
        return SendFailed("invalid", text)
    return SendFailed("other", text)


def describe(exc: Exception) -> str:
    """A short, secret-free description of a request error."""
    text = str(exc)
    for marker in ("Connection refused", "Connection reset", "Connection aborted",
                   "Name or service not known", "Temporary failure in name resolution", "timed out",
                   "certificate verify failed", "RemoteDisconnected", "BadStatusLine"):
        if marker in text:
            return f"{type(exc).__name__}: {marker}"
    return f"{type(exc).__name__}: {text[:200]}"

