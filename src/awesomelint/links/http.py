"""Check http(s) URLs: HEAD first, GET when HEAD is refused, retries, redirects, deadlines.

Every request is one step of a ``_Task``; the ``Scheduler`` decides when a step may run, so a
worker never sleeps while holding a host's slot. Bodies are not read, except a small one
(at most ``max_body`` and 64 KiB) to spot a bot wall or to keep the connection reusable.
Requests go through a ``transport.Transport`` (urllib3 directly; a requests session if given).
"""

from __future__ import annotations

import http.client
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from urllib3.exceptions import HTTPError as Urllib3Error

from awesomelint.linkresult import LinkResult, Verdict
from awesomelint.linksettings import LinkSettings

from .classify import PERMANENT_REDIRECTS, decide, retry_after
from .safety import ForbiddenAddress, Resolver
from .scheduler import Scheduler
from .transport import Answer, SendFailed, Transport, Urllib3Transport, describe
from .urls import host_key, redirect_target
from .watchdog import limit

if TYPE_CHECKING:
    import requests

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
    visited: set[str] | None = None  # URLs requested, once the link redirects (a set per link costs 200 B)
    hops: int = 0
    permanent_target: str | None = None  # end of the leading run of permanent redirects
    only_permanent: bool = True
    attempts: int = 0  # retries used
    throttles: int = 0
    spent: float = 0.0  # seconds spent in requests


def default_transport(settings: LinkSettings) -> Transport:
    return Urllib3Transport(settings)


class HttpChecker:
    def __init__(self, settings: LinkSettings, *, session: requests.Session | None = None,
                 clock: Clock | None = None, sleep: Callable[[float], None] | None = None,
                 rng: random.Random | None = None) -> None:
        self.settings = settings
        if session is not None:
            from .viarequests import RequestsTransport

            self.transport: Transport = RequestsTransport(session)
        else:
            self.transport = default_transport(settings)
        self._extra: dict[str, dict[str, str]] = {}  # host -> configured headers
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
                log.warning("link checker failed on %s: %s", task.url, describe(exc), exc_info=True)
                self._finish(task, "unknown", error=f"internal error while checking: {describe(exc)}")
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

    def _headers(self, host: str) -> dict[str, str]:
        extra = self._extra.get(host)
        if extra is None:
            extra = {**self.settings.headers.get("*", {}), **self.settings.headers.get(host, {})}
            self._extra[host] = extra
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
                response = self.transport.send(task.method, task.current, self._headers(host),
                                               (min(s.connect_timeout, remaining), min(s.timeout, remaining)))
            except ForbiddenAddress as exc:
                where = "" if task.hops == 0 else f"redirects to {task.current}, where it "
                self._finish(task, "refused", error=f"{where}{exc}")
                return True, None
            except SendFailed as exc:
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
                             error=f"not checkable: {where} is malformed ({describe(exc)})")
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

    def _cut_off(self, task: _Task) -> tuple[bool, None]:
        if self.sched.run_over():
            self._finish(task, "unknown", error="not checked: the run's time budget is spent", provisional=True)
            return True, None
        self._finish(task, "timeout", error=f"deadline of {self.settings.deadline:g} s reached")
        return False, None

    def _sniff(self, response: Answer) -> bytes:
        """Read a small body (bot-wall pages, keep-alive); never more than the cap.

        A body read to its end (and any answer to HEAD) hands the connection back to the pool, so the
        next request to the host reuses it instead of opening a new one.
        """
        if response.method == "HEAD":  # no body: ``Answer.close`` hands the connection back
            return b""
        length = response.headers.get("content-length", "")
        cap = min(self.settings.max_body, SNIFF_BYTES)
        if length.isdigit():
            if int(length) > cap:
                return b""
            size = int(length)  # small enough: read it all, so the connection can be reused
        elif response.status in (403, 429, 503):
            size = cap  # no length: a capped look for a challenge page
        else:
            return b""
        try:
            return response.read(size)
        except (Urllib3Error, OSError, ValueError):
            return b""

    def _failed(self, host: str, task: _Task, exc: SendFailed) -> tuple[str, _Task, float] | None:
        s, kind, text = self.settings, exc.kind, exc.text
        if kind == "read-timeout":
            if s.deadline - task.spent >= s.timeout and task.attempts < s.retries:
                return self._again(host, task, self._backoff(task))
            self._finish(task, "timeout", error=f"no answer within {min(s.timeout, s.deadline):g} s")
            return None
        if kind == "tls":
            self._finish(task, "unreachable", error=f"TLS failure: {text}")
            return None
        if kind == "dns-temporary":
            self._finish(task, "unreachable", error=f"DNS failure: {text}")
            return None
        if kind == "dns":
            self._finish(task, "dead", error=f"DNS failure: {text}")  # no such domain: definitive
            return None
        if kind == "invalid":
            self._finish(task, "skipped", error=f"not checkable: {text}")
            return None
        if kind == "connect-timeout" and s.deadline - task.spent <= 0:
            self._finish(task, "timeout", error=f"connect timed out: {text}")
            return None
        if task.method == "HEAD" and exc.connected:
            task.method = "GET"  # the server took the connection but choked on HEAD: ask with GET now
            return self._again(host, task, 0.0, count=False)
        if task.attempts < s.retries:
            task.method = "GET"
            return self._again(host, task, self._backoff(task))
        self._finish(task, "timeout" if kind == "connect-timeout" else "unreachable", error=text)
        return None

    def _answered(self, host: str, task: _Task, response: Answer,
                  body: bytes) -> tuple[bool, tuple[str, _Task, float] | None]:
        s, status, headers = self.settings, response.status, response.headers
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
        if target == task.url or (task.visited is not None and target in task.visited):
            self._finish(task, "dead", status, target, f"redirect loop at {target}")
            return None
        if task.hops >= MAX_REDIRECTS:
            self._finish(task, "dead", status, target, f"more than {MAX_REDIRECTS} redirects")
            return None
        if not target.lower().startswith(("http://", "https://")):
            self._finish(task, "skipped", status, target, f"redirects to a non-http URL: {target}")
            return None
        task.hops += 1
        if task.visited is None:
            task.visited = {task.url}
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

