"""A per-file time budget (``--max-time``): a runaway parse, rule or fix pass becomes one clear error
naming what was running, never a hang.

The runner opens ``limit`` around each file; the parser, engine and fixer name what they are doing
with ``phase``. Where the platform has ``SIGALRM`` and we are on the main thread, an alarm interrupts
whatever is running (Python code and regular expressions alike); elsewhere the budget is checked
when a phase starts.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

DEFAULT_MAX_TIME = 600.0  # seconds per file: generous, so only a runaway reaches it

_phase = "reading"
_deadline: float | None = None
_seconds = 0.0


class OutOfTime(BaseException):  # not an Exception: the engine's rule isolation must not catch it
    """The file's budget ran out; ``phase`` is what was running."""

    def __init__(self, phase: str, seconds: float) -> None:
        super().__init__(phase)
        self.phase = phase
        self.seconds = seconds

    def message(self, path: Path | str) -> str:
        return (f"{path}: stopped after {self.seconds:g} s in {self.phase} (--max-time), so its findings are "
                "not reported; report the file if it is ordinary Markdown, or raise --max-time")


@contextmanager
def phase(name: str) -> Iterator[None]:
    """Name what runs inside the block, for the error; check the deadline when it starts."""
    global _phase
    outer = _phase
    _phase = name
    if _deadline is not None and time.monotonic() > _deadline:
        raise OutOfTime(name, _seconds)
    try:
        yield
    finally:
        _phase = outer


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise OutOfTime(_phase, _seconds)


def _can_alarm() -> bool:
    return hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()


@contextmanager
def limit(seconds: float | None, spent: float = 0.0) -> Iterator[None]:
    """Allow the block ``seconds - spent`` of wall time (``None`` or 0: no limit), ``spent`` being what
    earlier blocks for the same file used; raises ``OutOfTime``."""
    global _deadline, _seconds, _phase
    if not seconds or _deadline is not None:  # no budget, or already inside one
        yield
        return
    left = max(seconds - spent, 1e-3)
    _deadline, _seconds, _phase = time.monotonic() + left, seconds, "reading"
    armed = _can_alarm()
    previous = signal.signal(signal.SIGALRM, _alarm) if armed else None
    if armed:
        signal.setitimer(signal.ITIMER_REAL, left)
    try:
        yield
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _deadline = None


@contextmanager
def suspended() -> Iterator[None]:
    """No alarm inside the block (writing a file must not stop half-way); the clock keeps running."""
    if _deadline is None or not _can_alarm():
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, max(_deadline - time.monotonic(), 1e-3))
