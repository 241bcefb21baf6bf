"""Where results live between runs: the ``ResultStore`` seam. ``cache.LinkCache`` (a JSON file) is one
implementation, ``MemoryStore`` (nothing kept) another; a shared store for a distributed checker
(a database, a key-value service) would be a third. A store also remembers since when each link
fails, which ``confirm`` needs to call a transient failure dead."""

from __future__ import annotations

import time
from collections.abc import Callable, MutableMapping
from typing import Protocol

from awesomelint.linkresult import LinkResult

from .confirm import Failing


class ResultStore(Protocol):
    @property
    def failing(self) -> MutableMapping[str, Failing]:
        """Store key -> since when the link fails."""

    @property
    def now(self) -> Callable[[], float]:
        """Wall-clock seconds (epoch) for freshness and failure records."""

    def get(self, key: str) -> LinkResult | None:
        """A fresh stored result for ``key``, or None."""

    def put(self, key: str, result: LinkResult) -> None:
        """Keep ``result`` (a store may decline, e.g. a verdict it never caches)."""

    def save(self) -> None:
        """Make the puts durable."""


class MemoryStore:
    """No persistence (``--no-cache``): nothing is found, transient failures are never confirmed."""

    def __init__(self, now: Callable[[], float] = time.time) -> None:
        self.failing: dict[str, Failing] = {}
        self.now = now

    def get(self, key: str) -> LinkResult | None:
        return None

    def put(self, key: str, result: LinkResult) -> None:
        pass

    def save(self) -> None:
        pass


class Checker(Protocol):
    """Answers keys: ``http.HttpChecker``, ``github.GitHubChecker``; a remote or sharded one fits too.

    ``check`` returns a result for the keys it could decide (GitHub leaves the rest to HTTP) and
    calls ``on_result`` as each is known (the progress bar)."""

    def check(self, keys: list[str], on_result: Callable[[LinkResult], None]) -> dict[str, LinkResult]: ...
