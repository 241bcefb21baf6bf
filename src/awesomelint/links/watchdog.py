"""The hard per-link deadline: a thread that shuts the socket of a request that has run out of time.

Read timeouts apply to each ``recv``; a server that trickles a byte now and then never trips them.
Before a request the checker says how long it may take (``limit``); the connection arms the
watchdog with its socket when it sends the request; the checker disarms it once the response is
read and closed. An expired socket is shut down, which makes the blocked read fail at once.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

_local = threading.local()


class Watchdog:
    def __init__(self, tick: float = 0.05) -> None:
        self.tick = tick
        self._lock = threading.Lock()
        self._armed: dict[int, tuple[socket.socket, float]] = {}
        self._expired: set[int] = set()  # threads whose request was cut off
        self._thread: threading.Thread | None = None
        self.fired = 0

    def arm(self, sock: socket.socket) -> None:
        """Called by a connection as it sends a request on ``sock`` from the current thread."""
        deadline = getattr(_local, "deadline", None)
        if deadline is None:
            return
        with self._lock:
            self._armed[threading.get_ident()] = (sock, deadline)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="awesomelint-deadline", daemon=True)
                self._thread.start()

    def disarm(self) -> bool:
        """Stop watching this thread's request; True when the watchdog had cut it off."""
        ident = threading.get_ident()
        with self._lock:
            self._armed.pop(ident, None)
            if ident in self._expired:
                self._expired.discard(ident)
                return True
            return False

    def _watch(self) -> None:
        while True:
            time.sleep(self.tick)
            now = time.monotonic()
            with self._lock:
                if not self._armed:
                    self._thread = None
                    return
                expired = [(k, s) for k, (s, d) in self._armed.items() if now >= d]
                for key, _ in expired:
                    del self._armed[key]
                    self._expired.add(key)
                self.fired += len(expired)
            for _, sock in expired:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


WATCHDOG = Watchdog()


class Limit:
    """``with limit(seconds) as guard``: requests sent by this thread inside the block are cut off
    after ``seconds`` (real time); ``guard.expired`` says whether the watchdog cut one off.
    (A class, not a generator context manager: it is entered once per request.)"""

    __slots__ = ("expired", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False

    def __enter__(self) -> Limit:
        WATCHDOG.disarm()
        _local.deadline = time.monotonic() + self.seconds
        return self

    def __exit__(self, *exc: object) -> None:
        _local.deadline = None
        self.check()

    def check(self) -> bool:
        self.expired = WATCHDOG.disarm() or self.expired
        return self.expired


limit = Limit
