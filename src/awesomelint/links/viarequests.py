"""The requests transport: the checker's requests through a ``requests.Session``.

Used when a caller hands ``check_urls`` a session, and by the unit tests that mock requests with
``responses``; it answers and fails exactly as ``transport.Urllib3Transport`` does.
"""

from __future__ import annotations

import os
import urllib.request
from collections.abc import Mapping
from typing import Any

import requests

from awesomelint.linksettings import LinkSettings

from .safety import POOLS, ProxyNotice
from .transport import Answer, SendFailed, base_headers, describe


class CheckerSession(requests.Session):
    """A session that never looks at ``Location`` itself: the checker follows redirects step by step
    (``urls.redirect_target``), and requests' own look-ahead would decode a non-UTF-8 header and
    parse a malformed URL outside any error handling."""

    def get_redirect_target(self, resp: requests.Response) -> None:
        return None


class CheckerAdapter(requests.adapters.HTTPAdapter):
    """Connections that honour the deadline watchdog and, with ``guard``, refuse off-limits peers.

    Through a proxy the peer is the proxy, which may be on a private address: allowed, and said once.
    """

    def __init__(self, *args: Any, guard: bool = True, notice: ProxyNotice | None = None, **kwargs: Any) -> None:
        self.guard = guard
        self.notice = notice or ProxyNotice()
        super().__init__(*args, **kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(POOLS[self.guard])

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        fresh = proxy not in self.proxy_manager
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if fresh:
            manager.pool_classes_by_scheme = dict(POOLS[False])
            self.notice.say(proxy)
        return manager


def make_session(settings: LinkSettings) -> requests.Session:
    """A session set up as the urllib3 transport is (pools, guard, watchdog, headers, proxies once)."""
    session = CheckerSession()
    size = max(settings.per_host_concurrency, 4)
    notice = ProxyNotice()
    for prefix in ("http://", "https://"):
        session.mount(prefix, CheckerAdapter(pool_connections=1024, pool_maxsize=size, max_retries=0,
                                             guard=not settings.allow_private, notice=notice))
    if not urllib.request.getproxies():  # read the environment once: no proxies, no .netrc lookups
        session.trust_env = False
        session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
    session.headers.update(base_headers(settings))
    return session


class RequestsTransport:
    """The same requests, through a ``requests.Session`` (its adapters, proxies and cookies)."""

    def __init__(self, session: requests.Session) -> None:
        self.session = session
        self.headers = dict(session.headers)

    def send(self, method: str, url: str, headers: Mapping[str, str],
             timeout: tuple[float, float]) -> Answer:


        session = self.session
        prepared = requests.PreparedRequest()
        prepared.method = method
        try:
            prepared.prepare_url(url, None)
            prepared.prepare_headers({**self.headers, **headers})
            prepared.prepare_cookies(session.cookies)
            prepared.body = None
            prepared.hooks = {"response": []}
            proxies: Any = session.proxies
            if session.trust_env:  # proxies and no_proxy from the environment, as requests reads them
                proxies = session.merge_environment_settings(prepared.url, {}, True, None, None)["proxies"]
            adapter = session.get_adapter(url=prepared.url or url)
            verify = True if session.verify is None else session.verify
            response = adapter.send(prepared, stream=True, timeout=timeout, verify=verify, cert=session.cert,
                                    proxies=proxies)
        except requests.exceptions.RequestException as exc:
            raise _from_requests(exc) from exc
        requests.cookies.extract_cookies_to_jar(  # type: ignore[no-untyped-call]
            session.cookies, prepared, response.raw)
        return Answer(response.status_code, {k.lower(): v for k, v in response.headers.items()}, method,
                      response.raw)


def _from_requests(exc: Exception) -> SendFailed:
    e = requests.exceptions
    text = describe(exc)
    if isinstance(exc, e.ReadTimeout):
        return SendFailed("read-timeout", text)
    if isinstance(exc, e.SSLError):
        return SendFailed("tls", text)
    if "Temporary failure in name resolution" in str(exc):
        return SendFailed("dns-temporary", text)
    if "NameResolution" in repr(exc) or "Name or service not known" in text:
        return SendFailed("dns", text)
    if isinstance(exc, e.InvalidURL | e.InvalidSchema):
        return SendFailed("invalid", text)
    if isinstance(exc, e.ConnectTimeout):
        return SendFailed("connect-timeout", text)
    if "NewConnectionError" in repr(exc):
        return SendFailed("refused", text)
    return SendFailed("other", text)

