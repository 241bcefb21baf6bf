"""A one-line progress bar on a terminal: checked/total and failures so far. Silent elsewhere and in CI."""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import TextIO

from awesomelint.linkresult import TRANSIENT, LinkResult, failing


class Progress:
    def __init__(self, total: int, *, stream: TextIO | None = None, enabled: bool = True,
                 interval: float = 0.1, strict: bool = False) -> None:
        self.strict = strict
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.done = 0
        self.failing = 0
        self.interval = interval
        self._last = 0.0
        self._lock = threading.Lock()
        self.enabled = enabled and total > 0 and _is_terminal(self.stream) and not os.environ.get("CI")

    def update(self, result: LinkResult) -> None:
        with self._lock:
            self.done += 1
            if failing(result.verdict, self.strict) or result.verdict in TRANSIENT:  # what may fail now or later
                self.failing += 1
            now = time.monotonic()
            if self.enabled and (now - self._last >= self.interval or self.done == self.total):
                self._last = now
                self.stream.write("\r" + self.line())
                self.stream.flush()

    def line(self) -> str:
        width = 24
        filled = width * self.done // max(1, self.total)
        bar = "#" * filled + "-" * (width - filled)
        return f"links [{bar}] {self.done}/{self.total} checked, {self.failing} failing"

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * len(self.line()) + "\r")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
