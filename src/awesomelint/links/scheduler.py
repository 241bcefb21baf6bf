"""Who may send the next request: a global pool of workers and an adaptive limit per host.

Each host starts with one request in flight until it has answered a few requests (the probe), then
grows its limit by one per round of successes (additive increase) up to ``per_host_concurrency``.
Request starts on one host are paced over the host's smoothed response time (``srtt / limit``
apart), so a burst never lands on a host at once and a fast 429 is read before the next request. A 429 (or a 503 with
Retry-After) closes the host until the window ends - no request is started inside it - and drops
the host back to one request in flight until it has gone a cool-down without another throttle.
One request in flight means the next request is sent only after the previous answer was read,
so a throttled host never receives a request inside a window that it has already announced. A
request that has been waiting longer than ``max(3 x srtt, 0.25 s)`` no longer blocks that single
slot (a throttle answer comes back fast), so one hanging URL cannot stall a cautious host.
There is no fixed delay between requests.

Waits are bounded. Each host has a budget (``host_budget`` seconds): the windows it closed itself
(429, 503 with Retry-After) and the time its failed requests took count against it; once spent, the
host is ``exhausted`` and its queued work is handed out at once, for the checker to close without a
request. Past the run's ``run_deadline`` every queued item is handed out at once the same way, so
no host can hold the run, and the run has an end.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
PROBE_ANSWERS = 8  # a new host gets one request at a time until it has answered this many ...
PROBE_SECONDS = 2.0  # ... or this long has passed since its first request
COOLDOWN_MIN = 2.0  # after a throttle, one at a time for max(this, COOLDOWN_FACTOR x window)
COOLDOWN_FACTOR = 2.0


@dataclass
class HostState:
    limit: int = 1
    in_flight: int = 0
    blocked_until: float = 0.0
    first_start: float | None = None
    started: dict[int, float] = field(default_factory=dict)  # id(item) -> start of its request
    serial_until: float = 0.0  # after a throttle: one request at a time until then
    answers: int = 0
    next_start: float = 0.0  # pacing: no request starts before this
    srtt: float | None = None  # smoothed response time (seconds) of answered requests
    successes: int = 0
    throttles: int = 0
    peak: int = 0
    cost: float = 0.0  # seconds counted against the host's budget
    exhausted: str | None = None  # why the host's budget is spent, once it is


@dataclass(order=True, slots=True)
class _Queued(Generic[T]):
    not_before: float
    seq: int
    item: T = field(compare=False)


class Scheduler(Generic[T]):
    """Hands out work items (one request each) when their host may take another request."""

    def __init__(self, per_host: int, clock: Callable[[], float],
                 sleep: Callable[[float], None] | None = None, *, host_budget: float = float("inf"),
                 run_deadline: float | None = None) -> None:
        self.per_host = per_host
        self.clock = clock
        self.host_budget = host_budget
        self.run_deadline = run_deadline
        self._sleep = sleep
        self._cond = threading.Condition()
        self._queues: dict[str, list[_Queued[T]]] = {}
        self.hosts: dict[str, HostState] = {}
        self._seq = itertools.count()
        self._open = 0  # items queued or being worked on
        self._turn = 0

    def add(self, host: str, item: T, not_before: float = 0.0) -> None:
        with self._cond:
            self._push(host, item, not_before)
            self._cond.notify()

    def _push(self, host: str, item: T, not_before: float) -> None:
        self.hosts.setdefault(host, HostState())
        heapq.heappush(self._queues.setdefault(host, []), _Queued(not_before, next(self._seq), item))
        self._open += 1

    def take(self) -> tuple[str, T] | None:
        """Block until some host may take a request; None when all work is done."""
        with self._cond:
            while True:
                if self._open == 0:
                    return None
                now = self.clock()
                wake: float | None = None
                names = list(self._queues)  # hosts with queued work (an emptied queue is removed)
                self._turn += 1
                over = self.run_over(now)
                hosts, count = self.hosts, len(names)
                for i in range(count):
                    host = names[(self._turn + i) % count]
                    state = hosts[host]
                    serial = self._serial(state, now)
                    if not (serial or over or state.exhausted) and state.in_flight >= state.limit:
                        continue  # the common case with many hosts busy: decided before any other work
                    queue = self._queues[host]
                    if over or state.exhausted:  # hand it out now: the checker closes it unasked
                        entry = self._pop(host, queue)
                        state.started[id(entry.item)] = now
                        state.in_flight += 1
                        return host, entry.item
                    start = max(state.blocked_until, queue[0].not_before, state.next_start)
                    if serial:
                        grace = max(3 * (state.srtt or 0.0), 0.25)
                        young = [t + grace for t in state.started.values() if now < t + grace]
                        if young:
                            start = max(start, min(young))
                    if start <= now:
                        entry = self._pop(host, queue)
                        state.started[id(entry.item)] = now
                        state.in_flight += 1
                        state.peak = max(state.peak, state.in_flight)
                        if state.first_start is None:
                            state.first_start = now
                        if state.srtt is not None:
                            state.next_start = now + state.srtt / max(1, self._limit(state, now))
                        return host, entry.item
                    wake = start if wake is None else min(wake, start)
                if wake is not None and self.run_deadline is not None:
                    wake = min(wake, self.run_deadline)
                if wake is not None and self._sleep is not None:
                    self._cond.release()
                    try:
                        self._sleep(wake - now)
                    finally:
                        self._cond.acquire()
                else:
                    self._cond.wait(None if wake is None else max(0.0, wake - now))

    def _pop(self, host: str, queue: list[_Queued[T]]) -> _Queued[T]:
        entry = heapq.heappop(queue)
        if not queue:
            del self._queues[host]
        return entry

    def run_over(self, now: float | None = None) -> bool:
        """Whether the run's deadline has passed."""
        return self.run_deadline is not None and (self.clock() if now is None else now) >= self.run_deadline

    def spent(self, host: str) -> str | None:
        """Why ``host`` may take no more requests (its budget, or the run's), or None."""
        with self._cond:
            state = self.hosts.get(host)
            if state is not None and state.exhausted:
                return state.exhausted
        if self.run_over():
            return "the run's time budget is spent"
        return None

    def charge(self, host: str, seconds: float) -> None:
        """A request to ``host`` failed after ``seconds`` (time-out, refused, reset): count it against
        the host's budget, shared with the requests in flight beside it."""
        with self._cond:
            state = self.hosts.setdefault(host, HostState())
            self._charge(host, state, seconds / max(1, state.in_flight), "slow or failing answers")

    def _charge(self, host: str, state: HostState, seconds: float, why: str) -> None:
        state.cost += seconds
        if state.exhausted is None and state.cost > self.host_budget:
            state.exhausted = f"{host} used up its budget of {self.host_budget:g} s ({why})"
            self._cond.notify_all()

    @staticmethod
    def _serial(state: HostState, now: float) -> bool:
        """One request at a time: while probing a new host, and in the cool-down after a throttle."""
        if state.first_start is None or now < state.serial_until:
            return True
        return state.answers < PROBE_ANSWERS and now < state.first_start + PROBE_SECONDS

    def _limit(self, state: HostState, now: float) -> int:
        return 1 if self._serial(state, now) else state.limit

    def done(self, host: str, item: T, *, ok: bool, follow: tuple[str, T, float] | None = None,
             elapsed: float | None = None) -> None:
        """One request for ``host`` finished; ``follow`` = (host, item, not_before) queues the next one.

        ``elapsed`` is the request's response time when the host answered normally (not a 429).
        """
        with self._cond:
            state = self.hosts[host]
            now = self.clock()
            state.started.pop(id(item), None)
            state.in_flight -= 1
            if elapsed is not None:
                state.answers += 1
                sample = elapsed if state.srtt is None else min(elapsed, 2 * state.srtt)
                state.srtt = sample if state.srtt is None else 0.875 * state.srtt + 0.125 * sample
            freed = 1  # this request's slot ...
            if ok and not self._serial(state, now):
                state.successes += 1
                if state.successes >= state.limit and state.limit < self.per_host:
                    state.limit += 1
                    state.successes = 0
                    freed += 1  # ... and one more under the raised limit
            if follow is not None:
                self._push(*follow)
                freed += 1
            self._open -= 1
            if self._open == 0:
                self._cond.notify_all()  # every worker returns
            else:
                self._cond.notify(freed)  # wake as many workers as can start now, not all of them

    def throttle(self, host: str, seconds: float) -> None:
        """The host asked us to wait: close it for ``seconds`` and go back to one request at a time."""
        with self._cond:
            state = self.hosts.setdefault(host, HostState())
            now = self.clock()
            self._charge(host, state, max(0.0, now + seconds - max(state.blocked_until, now)),
                         "it asked us to wait: rate limited")
            state.blocked_until = max(state.blocked_until, now + seconds)
            state.serial_until = max(state.serial_until, now + max(COOLDOWN_MIN, COOLDOWN_FACTOR * seconds))
            state.limit = max(1, state.limit // 2)
            state.successes = 0
            state.throttles += 1
