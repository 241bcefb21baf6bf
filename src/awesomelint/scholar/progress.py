"""A one-line status on a terminal while papers are looked up: requests sent per API, and which API
the run is waiting for (arXiv asks for 3 s between requests). Silent elsewhere and in CI."""

from __future__ import annotations

import os
import sys
import threading
from collections import Counter
from typing import TextIO


class PaperProgress:
    def __init__(self, lookups: int, *, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.lookups = lookups
        self.sent: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._width = 0
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = enabled and lookups > 0 and bool(isatty and isatty()) and not os.environ.get("CI")

    def line(self, waiting: str = "") -> str:
        apis = ", ".join(f"{api} {n}" for api, n in sorted(self.sent.items()))
        return f"papers: {self.lookups} lookups, requests: {apis or 'none yet'}" + (f" (waiting for {waiting})"
                                                                                   if waiting else "")

    def request(self, api: str, wait: float) -> None:
        """Called before each request; ``wait`` is how long the API's rate gate holds it."""
        with self._lock:
            self.sent[api] += 1
            if self.enabled:
                text = self.line(f"{api}, {wait:.1f} s" if wait >= 0.5 else "")
                self._width = max(self._width, len(text))
                self.stream.write("\r" + text.ljust(self._width))
                self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
