"""Check http(s) URLs with requests: HEAD first, GET when HEAD is refused, retries, redirects, deadlines.

Every request is one step of a ``_Task``; the ``Scheduler`` decides when a step may run, so a
worker never sleeps while holding a host's slot. Bodies are not read, except a small one
(at most ``max_body`` and 64 KiB) to spot a bot wall or to keep the connection reusable.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import os
import random
import threading
import time
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import requests

from awesomelint.linkresult import LinkResult, Verdict
from awesomelint.linksettings import LinkSettings

from .classify import PERMANENT_REDIRECTS, decide, retry_after
from .safety import CheckerAdapter, ForbiddenAddress, Resolver
from .scheduler import Scheduler
from .urls import host_key, redirect_target
from .watchdog import limit

MAX_REDIRECTS = 10
SNIFF_BYTES = 64 * 1024
BACKOFF_BASE = 0.5
MAX_THROTTLES = 4  # 429s tolerated for one link beyond ``retries`` before it is "unknown"
Clock = Callable[[], float]
log = logging.getLogger("awesomelint.links")


@dataclass(slots=True)
class _Task:
    url: str  # the URL requested first (normalised, no fragment)
    current: str = ""
    method: str = "HEAD"
    visited: set[str] = field(default_factory=set)
    hops: int = 0
    permanent_target: str | None = None  # end of the leading run of permanent redirects
    only_permanent: bool = True
    attempts: int = 0  # retries used
    throttles: int = 0
    spent: float = 0.0  # seconds spent in requests


class CheckerSession(requests.Session):
    """A session that never looks at ``Location`` itself: the checker follows redirects step by step
    (``urls.redirect_target``), and requests' own look-ahead would decode a non-UTF-8 header and
    parse a malformed URL outside any error handling."""

    def get_redirect_target(self, resp: requests.Response) -> None:
        return None


def make_session(settings: LinkSettings) -> requests.Session:
    session = CheckerSession()
    size = max(settings.per_host_concurrency, 4)
    for prefix in ("http://", "https://"):  # a pool per host, kept for many hosts: connections are reused
        session.mount(prefix, CheckerAdapter(pool_connections=1024, pool_maxsize=size, max_retries=0,
                                             guard=not settings.allow_private))
    # requests re-reads the environment (proxies, no_proxy, .netrc, CA bundle) on every request,
    # which cost more CPU than the rest of a request; read it once here. Without proxies the
    # environment is not consulted again (and no .netrc credentials go to listed hosts).
    if not urllib.request.getproxies():
        session.trust_env = False
        session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
    session.headers.update({
        "User-Agent": settings.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language": "en-US,en;q=0.9",
    })
    return session


class HttpChecker:
    def __init__(self, settings: LinkSettings, *, session: requests.Session | None = None,
                 clock: Clock | None = None, sleep: Callable[[float], None] | None = None,
                 rng: random.Random | None = None) -> None:
        self.settings = settings
        self.session = session if session is not None else make_session(settings)
        self._base_headers = dict(self.session.headers)
        self.clock = clock or time.monotonic
        run_deadline = self.clock() + settings.total_timeout if settings.total_timeout else None
        self.sched: Scheduler[_Task] = Scheduler(settings.per_host_concurrency, self.clock, sleep,
                                                 host_budget=settings.host_budget, run_deadline=run_deadline)
        self.resolver = Resolver()
        self.rng = rng or random.Random()
        self.results: dict[str, LinkResult] = {}
        self._lock = threading.Lock()

    def check(self, keys: list[str], on_result: Callable[[LinkResult], None]) -> dict[str, LinkResult]:
        """The ``Checker`` seam: the same as ``run``."""
        return self.run(keys, on_result)

    def run(self, urls: Iterable[str], on_result: Callable[[LinkResult], None] | None = None,
            ) -> dict[str, LinkResult]:
        """Check each URL (already normalised, no fragment); returns url -> result."""
        self._on_result = on_result
        tasks = [_Task(url=u, current=u) for u in dict.fromkeys(urls)]
        if not tasks:
            return {}
        for task in tasks:
            task.visited.add(task.current)
            self.sched.add(host_key(task.current), task)
        workers = max(1, min(self.settings.max_concurrency, len(tasks)))
        if workers == 1:
            self._work()
        else:
            with ThreadPoolExecutor(workers, thread_name_prefix="awesomelint-link") as pool:
                for future in [pool.submit(self._work) for _ in range(workers)]:
                    future.result()
        return self.results

    def _work(self) -> None:
        while (got := self.sched.take()) is not None:
            host, task = got
            ok, follow, started = True, None, self.clock()
            try:
                ok, follow = self._step(host, task)
            except Exception as exc:
                log.warning("link checker failed on %s: %s", task.url, _describe(exc), exc_info=True)
                self._finish(task, "unknown", error=f"internal error while checking: {_describe(exc)}")
                ok, follow = True, None
            finally:  # even when a step fails, so that the other workers are not left waiting
                elapsed = self.clock() - started if ok else None
                self.sched.done(host, task, ok=ok, follow=follow, elapsed=elapsed)

    def _finish(self, task: _Task, verdict: Verdict, status: int | None = None,
                final_url: str | None = None, error: str | None = None, provisional: bool = False) -> None:
        result = LinkResult(task.url, verdict, status, final_url, error, provisional=provisional)
        with self._lock:
            self.results[task.url] = result
        if self._on_result is not None:
            self._on_result(result)

    def _headers(self, url: str) -> dict[str, str]:
        extra: dict[str, str] = {}
        extra.update(self.settings.headers.get("*", {}))
        extra.update(self.settings.headers.get(host_key(url), {}))
        return extra

    def _step(self, host: str, task: _Task) -> tuple[bool, tuple[str, _Task, float] | None]:
        """Send one request for ``task``; return (host answered normally, next step or None)."""
        s = self.settings
        spent = self.sched.spent(host)
        if spent:
            self._finish(task, "unknown", error=f"not checked: {spent}", provisional=True)
            return True, None
        if not s.allow_private:
            refusal = self.resolver.refusal(task.current)
            if refusal:
                why = refusal if task.hops == 0 else f"redirects to {task.current}, where {refusal}"
                self._finish(task, "refused", error=why)
                return True, None
        remaining = s.deadline - task.spent
        if self.sched.run_deadline is not None:
            remaining = min(remaining, max(0.01, self.sched.run_deadline - self.clock()))
        if remaining <= 0:
            self._finish(task, "timeout", error=f"deadline of {s.deadline:g} s reached")
            return True, None
        started = self.clock()
        with limit(remaining) as guard:
            try:
                response = self._send(task.method, task.current,
                                      (min(s.connect_timeout, remaining), min(s.timeout, remaining)))
            except ForbiddenAddress as exc:
                where = "" if task.hops == 0 else f"redirects to {task.current}, where it "
                self._finish(task, "refused", error=f"{where}{exc}")
                return True, None
            except requests.exceptions.RequestException as exc:
                took = self.clock() - started
                task.spent += took
                self.sched.charge(host, took)
                if guard.check():
                    return self._cut_off(task)
                return False, self._failed(host, task, exc)
            except (ValueError, UnicodeError, http.client.HTTPException) as exc:
                # raised below requests (urllib3's host checks, http.client's URL checks)
                where = "the link" if task.hops == 0 else f"the redirect to {task.current}"
                self._finish(task, "skipped" if task.hops == 0 else "dead",
                             error=f"not checkable: {where} is malformed ({_describe(exc)})")
                return True, None
            try:
                body = self._sniff(response)
            finally:
                response.close()
        took = self.clock() - started
        task.spent += took
        if guard.expired:
            self.sched.charge(host, took)
            return self._cut_off(task)
        return self._answered(host, task, response, body)

    def _send(self, method: str, url: str, timeout: tuple[float, float]) -> requests.Response:
        """One request, straight to the session's adapter (stream, no redirects).

        ``Session.request`` merges settings, hooks and the environment on every call, which cost
        more CPU than the request itself; the checker needs none of it: the session's headers are
        merged once, cookies are still sent and kept (some sites set one, then redirect to check it).
        """
        session = self.session
        prepared = requests.PreparedRequest()
        prepared.method = method
        prepared.prepare_url(url, None)
        prepared.prepare_headers({**self._base_headers, **self._headers(url)})
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
        requests.cookies.extract_cookies_to_jar(  # type: ignore[no-untyped-call]
            session.cookies, prepared, response.raw)
        return response

    def _cut_off(self, task: _Task) -> tuple[bool, None]:
        if self.sched.run_over():
            self._finish(task, "unknown", error="not checked: the run's time budget is spent", provisional=True)
            return True, None
        self._finish(task, "timeout", error=f"deadline of {self.settings.deadline:g} s reached")
        return False, None

    def _sniff(self, response: requests.Response) -> bytes:
        """Read a small body (bot-wall pages, keep-alive); never more than the cap.

        A body read to its end (always for HEAD) hands the connection back to the pool, so the next
        request to the host reuses it instead of opening a new one.
        """
        if response.request.method == "HEAD":
            with contextlib.suppress(requests.exceptions.RequestException, OSError, ValueError):
                response.raw.read(decode_content=False)
            return b""
        length = response.headers.get("content-length", "")
        cap = min(self.settings.max_body, SNIFF_BYTES)
        if length.isdigit():
            if int(length) > cap:
                return b""
            size = int(length)  # small enough: read it all, so the connection can be reused
        elif response.status_code in (403, 429, 503):
            size = cap  # no length: a capped look for a challenge page
        else:
            return b""
        try:
            return bytes(response.raw.read(size, decode_content=False) or b"")
        except (requests.exceptions.RequestException, OSError, ValueError):
            return b""

    def _failed(self, host: str, task: _Task, exc: Exception) -> tuple[str, _Task, float] | None:
        s = self.settings
        text = _describe(exc)
        if isinstance(exc, requests.exceptions.ReadTimeout):
            if s.deadline - task.spent >= s.timeout and task.attempts < s.retries:
                return self._again(host, task, self._backoff(task))
            self._finish(task, "timeout", error=f"no answer within {min(s.timeout, s.deadline):g} s")
            return None
        if isinstance(exc, requests.exceptions.SSLError):
            self._finish(task, "unreachable", error=f"TLS failure: {text}")
            return None
        if "Temporary failure in name resolution" in str(exc):
            self._finish(task, "unreachable", error=f"DNS failure: {text}")
            return None
        if "NameResolution" in repr(exc) or "Name or service not known" in text:
            self._finish(task, "dead", error=f"DNS failure: {text}")  # no such domain: definitive
            return None
        if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
            self._finish(task, "skipped", error=f"not checkable: {text}")
            return None
        if isinstance(exc, requests.exceptions.ConnectTimeout) and s.deadline - task.spent <= 0:
            self._finish(task, "timeout", error=f"connect timed out: {text}")
            return None
        connected = not isinstance(exc, requests.exceptions.ConnectTimeout) and (
            "NewConnectionError" not in repr(exc))
        if task.method == "HEAD" and connected:
            task.method = "GET"  # the server took the connection but choked on HEAD: ask with GET now
            return self._again(host, task, 0.0, count=False)
        if task.attempts < s.retries:
            task.method = "GET"
            return self._again(host, task, self._backoff(task))
        verdict: Verdict = "timeout" if isinstance(exc, requests.exceptions.Timeout) else "unreachable"
        self._finish(task, verdict, error=text)
        return None

    def _answered(self, host: str, task: _Task, response: requests.Response,
                  body: bytes) -> tuple[bool, tuple[str, _Task, float] | None]:
        s, status = self.settings, response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        decision = decide(status, task.method, headers, s.accept, body)
        if decision.action == "done":
            if decision.verdict == "alive" and task.hops:
                if task.permanent_target is not None:
                    self._finish(task, "redirect", status, task.permanent_target)
                else:
                    self._finish(task, "alive", status, task.current)
            else:
                self._finish(task, decision.verdict, status,  # type: ignore[arg-type]
                             task.current if task.hops else None, decision.reason or None)
            return True, None
        if decision.action == "redirect":
            return True, self._redirect(task, status, headers["location"])
        if decision.action == "fallback":
            task.method = "GET"
            return True, (host, task, 0.0)
        # retry: 429, 5xx, 408, 425
        wait = retry_after(headers)
        if wait is not None and wait > s.retry_after_cap:
            self._finish(task, "unknown", status, error=f"HTTP {status} with Retry-After {wait:g} s "
                         f"(over the cap of {s.retry_after_cap:g} s)")
            return status != 429, None
        if status == 429:
            task.throttles += 1
            delay = wait if wait is not None else self._backoff(task, task.throttles)
            self.sched.throttle(host, delay)
            if task.throttles > s.retries + MAX_THROTTLES:
                self._finish(task, "unknown", status, error=f"HTTP 429 persisted ({task.throttles} times)")
                return False, None
            return False, (host, task, self.clock() + delay)
        if wait is not None and status == 503:
            self.sched.throttle(host, wait)
        if task.attempts < s.retries:
            task.method = "GET"
            return True, self._again(host, task, wait if wait is not None else self._backoff(task))
        verdict: Verdict = "unreachable" if status >= 500 else "timeout"
        self._finish(task, verdict, status, error=f"{decision.reason} (after {task.attempts + 1} attempts)")
        return True, None

    def _redirect(self, task: _Task, status: int, location: str) -> tuple[str, _Task, float] | None:
        target, malformed = redirect_target(task.current, location)
        if target is None:
            shown = location.strip()[:200].encode("latin-1", "backslashreplace").decode("ascii", "backslashreplace")
            self._finish(task, "dead", status, None, f"redirects to a {malformed}: {shown!r}")
            return None
        if target in task.visited:
            self._finish(task, "dead", status, target, f"redirect loop at {target}")
            return None
        if task.hops >= MAX_REDIRECTS:
            self._finish(task, "dead", status, target, f"more than {MAX_REDIRECTS} redirects")
            return None
        if not target.lower().startswith(("http://", "https://")):
            self._finish(task, "skipped", status, target, f"redirects to a non-http URL: {target}")
            return None
        task.hops += 1
        task.visited.add(target)
        if status in PERMANENT_REDIRECTS and task.only_permanent:
            task.permanent_target = target
        else:
            task.only_permanent = False
        if status == 303:
            task.method = "GET"
        task.current = target
        return host_key(target), task, 0.0

    def _again(self, host: str, task: _Task, delay: float, count: bool = True) -> tuple[str, _Task, float]:
        if count:
            task.attempts += 1
        return host, task, self.clock() + delay

    def _backoff(self, task: _Task, n: int | None = None) -> float:
        step = (task.attempts + 1) if n is None else n
        return float(BACKOFF_BASE * 2 ** (step - 1) * (0.5 + self.rng.random()))


def _describe(exc: Exception) -> str:
    """A short, secret-free description of a request error."""
    text = str(exc)
    for marker in ("Connection refused", "Connection reset", "Connection aborted",
                   "Name or service not known", "Temporary failure in name resolution", "timed out",
                   "certificate verify failed", "RemoteDisconnected", "BadStatusLine"):
        if marker in text:
            return f"{type(exc).__name__}: {marker}"
    return f"{type(exc).__name__}: {text[:200]}"
