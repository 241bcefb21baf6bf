"""A small GitHub REST client: token auth, pagination, rate limits, and a token that is never printed.

The base URL comes from ``GITHUB_API_URL`` (set by the runner, also for GitHub Enterprise; tests point
it at a fake server on 127.0.0.1); there is no option for it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from awesomelint import __version__
from awesomelint.errors import UsageError

DEFAULT_URL = "https://api.github.com"
MAX_WAIT = 60.0  # seconds to wait for a rate limit to lift before giving up
RETRIES = 3


class ApiError(Exception):
    """A request GitHub refused; ``status`` 403/404 on a write usually means a read-only token."""

    def __init__(self, method: str, path: str, status: int, message: str) -> None:
        super().__init__(f"GitHub API {method} {path}: {status} {message}")
        self.status = status


class GitHub:
    """Calls relative to the API root; a pause between writes keeps clear of secondary rate limits."""

    def __init__(self, token: str, base_url: str | None = None, *, pause: float = 1.0,
                 sleep: Callable[[float], None] = time.sleep, timeout: float = 30.0) -> None:
        if not token:
            raise UsageError("no GitHub token: pass github-token (GITHUB_TOKEN)")
        self.base = (base_url or DEFAULT_URL).rstrip("/")
        self._token = token
        self.pause = pause
        self._sleep = sleep
        self._timeout = timeout
        self._last_write = 0.0
        self._next: str | None = None  # the last response's Link rel="next"
        self._session = requests.Session()
        self._session.headers.update({
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": f"awesomelint/{__version__}",
        })

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> GitHub:
        env = os.environ if env is None else env
        return cls(env.get("GITHUB_TOKEN", ""), env.get("GITHUB_API_URL") or DEFAULT_URL, **kwargs)

    def _hide(self, text: str) -> str:
        return text.replace(self._token, "***") if self._token else text

    def request(self, method: str, path: str, body: Any = None, params: Mapping[str, Any] | None = None) -> Any:
        url = path if path.startswith("http") else f"{self.base}{path}"
        if not _same_origin(url, self.base):  # a Link: rel="next" elsewhere must not get the token
            raise ApiError(method, path, 0, f"refused: not under the API root {self.base}")
        writing = method != "GET"
        for attempt in range(RETRIES + 1):
            if writing and self.pause:
                wait = self._last_write + self.pause - time.monotonic()
                if wait > 0:
                    self._sleep(wait)
            try:
                response = self._session.request(method, url, json=body, params=params, timeout=self._timeout,
                                                 headers={"Authorization": f"Bearer {self._token}"})
            except requests.RequestException as exc:
                raise ApiError(method, path, 0, self._hide(str(exc))) from None
            if writing:
                self._last_write = time.monotonic()
            limited = _rate_limit_wait(response)
            if limited is not None and attempt < RETRIES and limited <= MAX_WAIT:
                self._sleep(limited)
                continue
            if response.status_code >= 400:
                raise ApiError(method, path, response.status_code, self._hide(_message(response)))
            self._next = response.links.get("next", {}).get("url")
            return response.json() if response.content else None
        raise AssertionError("unreachable")

    def paginate(self, path: str) -> Iterator[Any]:
        """Every item of a list endpoint, following ``Link: rel="next"``."""
        url: str | None = path
        params: Mapping[str, Any] | None = {"per_page": 100}
        while url:
            page = self.request("GET", url, params=params)
            yield from page or ()
            url, params = self._next, None


def _same_origin(url: str, base: str) -> bool:
    try:
        a, b = urlsplit(url), urlsplit(base)
        return (a.scheme.lower(), a.hostname, a.port) == (b.scheme.lower(), b.hostname, b.port)
    except ValueError:
        return False


def _rate_limit_wait(response: requests.Response) -> float | None:
    """Seconds to wait before retrying, when GitHub says the rate limit was hit; else None."""
    if response.status_code not in (403, 429):
        return None
    if retry := response.headers.get("Retry-After"):
        try:
            return max(float(retry), 1.0)
        except ValueError:
            return MAX_WAIT
    if response.headers.get("X-RateLimit-Remaining") == "0":
        reset = response.headers.get("X-RateLimit-Reset", "")
        return max(float(reset) - time.time(), 1.0) if reset.isdigit() else MAX_WAIT
    if "secondary rate limit" in response.text.lower():
        return MAX_WAIT
    return None


def _message(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.reason or ""
    return str(data.get("message", "")) if isinstance(data, dict) else ""
