"""A JSON file of link results between runs, keyed by normalised URL, with a time to live per verdict.

Dead links are never cached (they are always checked again); alive ones live longest. Each entry's
TTL is spread by up to +-10 % (stable per URL) so entries do not all expire in the same run. The
file is written atomically; a corrupt or foreign file is ignored with a warning. Only results are
stored: no headers, no token.

A path that cannot hold the cache (a folder, a file in the way of its folder, no write permission)
is a usage error raised before any request (``unusable``); a broken file (not JSON, nested too deep,
another program's file) is moved aside to ``NAME.broken`` with a warning and the cache starts afresh;
a failed write at the end is a warning, so the run's report is never lost to the cache.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from awesomelint.errors import UsageError
from awesomelint.linkresult import LinkResult

from .confirm import Failing

FORMAT = "awesomelint-link-cache"
VERSION = 1
log = logging.getLogger("awesomelint.links")


class LinkCache:
    def __init__(self, path: Path, ttl: Mapping[str, float], *, now: Callable[[], float] = time.time) -> None:
        self.path = path
        self.ttl = dict(ttl)
        self.now = now
        self.entries: dict[str, dict[str, Any]] = {}
        self.hits = 0
        self.other: dict[str, Any] = {}  # other sections of the file (paper lookups), written back as read
        self.failing: dict[str, Failing] = {}  # key -> since when the link fails (see links/confirm.py)

    @classmethod
    def load(cls, path: Path, ttl: Mapping[str, float], *, now: Callable[[], float] = time.time) -> LinkCache:
        """The cache at ``path`` (empty when there is none); raises ``UsageError`` if it cannot be used."""
        problem = unusable(path)
        if problem:
            raise UsageError(f"link cache {path}: {problem} (use --cache PATH or --no-cache)")
        cache = cls(path, ttl, now=now)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cache
        except OSError as exc:
            raise UsageError(f"link cache {path}: cannot read it ({exc.strerror or exc})") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            cache._move_aside("is not valid JSON")
            return cache
        ours = isinstance(data, dict) and data.get("format") == FORMAT and data.get("version") == VERSION
        if not ours or not isinstance(data.get("entries"), dict):
            cache._move_aside(f"is not an awesomelint link cache (v{VERSION})")
            return cache
        cache.other = {k: v for k, v in data.items() if k not in ("format", "version", "entries", "failing")}
        failing = data.get("failing")
        for key, record in (failing if isinstance(failing, dict) else {}).items():
            if isinstance(record, dict) and all(isinstance(record.get(k), int | float) for k in ("since", "last")):
                cache.failing[str(key)] = {"since": float(record["since"]), "last": float(record["last"])}
        for key, entry in data["entries"].items():
            if isinstance(key, str) and _valid(entry) and cache._fresh(key, entry):
                cache.entries[key] = entry
        return cache

    def _move_aside(self, why: str) -> None:
        aside = self.path.with_name(self.path.name + ".broken")
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            log.warning("link cache %s %s and could not be moved aside (%s); it will be replaced",
                        self.path, why, exc.strerror or exc)
            return
        log.warning("link cache %s %s; moved it to %s and started a new one", self.path, why, aside.name)

    def _fresh(self, key: str, entry: Mapping[str, Any]) -> bool:
        ttl = self.ttl.get(str(entry["verdict"]), 0.0)
        spread = 0.9 + 0.2 * (zlib.crc32(key.encode()) % 1000) / 1000
        age = self.now() - float(entry["checked_at"])
        return ttl > 0 and 0 <= age < ttl * spread

    def get(self, key: str) -> LinkResult | None:
        entry = self.entries.get(key)
        if entry is None or not self._fresh(key, entry):
            return None
        self.hits += 1
        return LinkResult.from_dict({**entry, "url": key})

    def put(self, key: str, result: LinkResult) -> None:
        if self.ttl.get(result.verdict, 0.0) <= 0:
            self.entries.pop(key, None)  # dead, skipped, or a verdict whose TTL is 0: check again next time
            return
        entry = result.to_dict()
        del entry["url"]  # the key says it
        self.entries[key] = {**entry, "checked_at": self.now()}

    def save(self) -> None:
        """Write the file atomically (a temporary file in the same folder, then a rename).

        A failure (disk full, permissions changed during the run) is a warning: the results of
        this run are still reported, and the next run checks again."""
        data = {"format": FORMAT, "version": VERSION, "entries": dict(sorted(self.entries.items())), **self.other}
        if self.failing:
            data["failing"] = dict(sorted(self.failing.items()))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".awesomelint-cache-", suffix=".tmp", dir=self.path.parent)
        except OSError as exc:
            log.warning("link cache %s not written: %s", self.path, exc.strerror or exc)
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=0, sort_keys=False)
                handle.write("\n")
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            log.warning("link cache %s not written: %s", self.path, exc.strerror or exc)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def unusable(path: Path) -> str | None:
    """Why ``path`` cannot hold the link cache, or None (missing folders are created on save)."""
    if path.is_dir():
        return "is a folder, not a file"
    if path.exists() and not path.is_file():
        return "is not a regular file"
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return "is not readable and writable"
    folder = path.parent
    while not folder.exists():
        if folder.parent == folder:
            break
        folder = folder.parent
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"folder {folder} is not writable"
    return None


def _valid(entry: Any) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("checked_at"), int | float)
            and LinkResult.from_dict({**entry, "url": ""}) is not None)
