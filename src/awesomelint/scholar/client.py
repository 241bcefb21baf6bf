"""HTTP for the scholarly APIs: one request at a time per API, spaced by its documented interval,
``Retry-After`` honoured, and the link checker's SSRF guard on every connection.

The link checker's adaptive per-host scheduler is built for thousands of hosts answering as fast
as they can; these APIs publish fixed rates, so each gets a gate that starts a request no sooner
than ``interval`` after the previous one was answered (so that requests arrive at least an interval
apart whatever the network's delays), and closes for the ``Retry-After`` window of a 429 or 503.
A request the gate would have to wait more than ``retry_after_cap`` for is given up.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests

from awesomelint.links.safety import ForbiddenAddress, Resolver
from awesomelint.links.viarequests import CheckerAdapter

from .settings import PaperSettings

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class Unavailable(Exception):
    """An API did not answer usefully (network failure, persisting 5xx/429, refused address)."""


@dataclass
class Gate:
    interval: float
    next_start: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


class Client:
    def __init__(self, settings: PaperSettings, *, session: requests.Session | None = None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
                 gates: dict[str, Gate] | None = None) -> None:
        """``gates`` shared between clients keep one pace per API across them (one run, several configs)."""
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self.session = session if session is not None else self._session()
        self.gates = gates if gates is not None else {}
        for api in settings.endpoints:
            self.gates.setdefault(api, Gate(_spaced(settings.interval(api))))
        self.resolver = Resolver()
        self.requests: Counter[str] = Counter()
        self.throttled: Counter[str] = Counter()
        self.answered = 0  # responses received, any status: the network is there
        self.on_request: Callable[[str, float], None] | None = None  # (api, seconds the gate holds it)

    def _session(self) -> requests.Session:
        session = requests.Session()
        adapter = CheckerAdapter(pool_connections=8, pool_maxsize=len(self.settings.endpoints), max_retries=0,
                                 guard=not self.settings.allow_private)
        for prefix in ("http://", "https://"):
            session.mount(prefix, adapter)
        session.headers.update({"User-Agent": self.settings.user_agent, "Accept": "application/json"})
        return session

    def call(self, api: str, method: str, url: str, *, params: Mapping[str, str] | None = None,
             body: Any = None, headers: Mapping[str, str] | None = None) -> requests.Response:
        """Send one request through ``api``'s gate; retried after 429/5xx and connection errors.

        Returns the final response (any status that is not retried); raises ``Unavailable``.
        """
        s = self.settings
        if not s.allow_private:
            refusal = self.resolver.refusal(url)
            if refusal:
                raise Unavailable(f"private address refused: {refusal} (use --allow-private)")
        gate = self.gates.setdefault(api, Gate(_spaced(s.interval(api))))
        last = ""
        with gate.lock:  # one request in flight per API
            for attempt in range(s.retries + 1):
                wait = gate.next_start - self.clock()
                if self.on_request is not None:
                    self.on_request(api, wait)
                if wait > s.retry_after_cap:
                    raise Unavailable(f"{api} asked to wait {wait:.0f} s (over the cap of {s.retry_after_cap:g} s)")
                if wait > 0:
                    self.sleep(wait)
                started = self.clock()
                gate.next_start = started + gate.interval
                self.requests[api] += 1
                try:
                    response = self.session.request(method, url, params=params, json=body, headers=dict(headers or {}),
                                                    timeout=(min(5.0, s.timeout), s.timeout), allow_redirects=True)
                except ForbiddenAddress as exc:
                    raise Unavailable(f"private address refused: {exc} (use --allow-private)") from None
                except requests.exceptions.RequestException as exc:
                    last = f"{type(exc).__name__}"
                    gate.next_start = max(gate.next_start, self.clock() + gate.interval * (2 ** attempt))
                    continue
                self.answered += 1
                # the next request starts an interval after this answer came back, not after this request
                # left: arrivals at the API are then an interval apart however the network delays them
                gate.next_start = max(gate.next_start, self.clock() + gate.interval)
                if response.status_code not in RETRY_STATUSES:
                    return response
                last = f"HTTP {response.status_code}"
                delay = retry_after(response.headers.get("Retry-After"), time.time())
                if response.status_code == 429:
                    self.throttled[api] += 1
                backoff = max(gate.interval, 1.0) * (2 ** attempt)
                gate.next_start = max(gate.next_start, self.clock() + (delay if delay is not None else backoff))
                response.close()
        raise Unavailable(f"{api}: {last} after {s.retries + 1} attempts")


def _spaced(interval: float) -> float:
    """A 5 % margin over the documented interval: arrival times at the API jitter with the network."""
    return interval * 1.05


def answer_items(api: str, response: requests.Response, *path: str,
                 absent_is_empty: bool = False) -> list[dict[str, Any]]:
    """The objects listed at ``path`` in a 200 JSON answer; ``Unavailable`` for another status or shape,
    so that an odd answer reads as "could not check", never as "not found". ``absent_is_empty`` for an API
    that leaves the last key out when nothing matched (DBLP)."""
    if response.status_code != 200:
        raise Unavailable(f"{api}: HTTP {response.status_code}")
    try:
        value: Any = response.json()
        for i, key in enumerate(path):
            if absent_is_empty and i == len(path) - 1 and isinstance(value, dict) and key not in value:
                return []
            value = value[key]
    except (ValueError, KeyError, TypeError, IndexError):
        raise Unavailable(f"{api}: unexpected answer") from None
    if value is None and absent_is_empty:
        return []
    if not isinstance(value, list):
        raise Unavailable(f"{api}: unexpected answer")
    return [item for item in value if isinstance(item, dict)]
