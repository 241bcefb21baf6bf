"""Paper lookups cached in the link checker's cache file, under its own ``"papers"`` section:
found records for a week, not-found answers for a day (each spread by +-10 %, stable per key),
failures never. Keys are lookup keys (``arxiv:…``, ``doi:…``, ``title:<normalised title>``)."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from awesomelint.links.cache import FORMAT, VERSION
from awesomelint.papers.record import PaperRecord

SECTION = "papers"
log = logging.getLogger("awesomelint.scholar")
_FIELDS = {f.name: f for f in dataclasses.fields(PaperRecord)}
Lookup = PaperRecord | None  # None: the sources answered that they do not know it


class PaperCache:
    def __init__(self, path: Path | None, ttl_found: float, ttl_not_found: float,
                 now: Callable[[], float] = time.time) -> None:
        self.path = path
        self.ttl = {True: ttl_found, False: ttl_not_found}
        self.now = now
        self.entries: dict[str, dict[str, Any]] = {}
        self.hits = 0
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError, ValueError):
            log.warning("cache %s is unreadable; paper lookups start afresh", path)
            return
        section = data.get(SECTION) if isinstance(data, dict) and data.get("format") == FORMAT else None
        if isinstance(section, dict):
            self.entries = {k: v for k, v in section.items() if isinstance(k, str) and _valid(v)}

    def _fresh(self, key: str, entry: dict[str, Any]) -> bool:
        spread = 0.9 + 0.2 * (zlib.crc32(key.encode()) % 1000) / 1000
        age = self.now() - float(entry["checked_at"])
        return 0 <= age < self.ttl[bool(entry["found"])] * spread

    def get(self, key: str) -> tuple[bool, Lookup]:
        """(hit, lookup): ``(False, None)`` when the cache does not answer."""
        entry = self.entries.get(key)
        if entry is None or not self._fresh(key, entry):
            return False, None
        self.hits += 1
        if not entry["found"]:
            return True, None
        raw = entry["record"]
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k in _FIELDS}
        return True, PaperRecord(**values)

    def put(self, key: str, lookup: Lookup) -> None:
        record = dataclasses.asdict(lookup) if lookup is not None else None
        self.entries[key] = {"found": lookup is not None, "record": record, "checked_at": self.now()}

    def save(self) -> None:
        """Rewrite the file's papers section, keeping the link results as they are on disk."""
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            data = None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            data = {"format": FORMAT, "version": VERSION, "entries": {}}
        data[SECTION] = dict(sorted(self.entries.items()))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".awesomelint-cache-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=0)
                handle.write("\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _valid(entry: Any) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("found"), bool)
            and isinstance(entry.get("checked_at"), int | float)
            and (_valid_record(entry.get("record")) if entry["found"] else entry.get("record") is None))


_OPTIONAL: dict[str, type] = {"title": str, "venue": str, "doi": str, "arxiv": str, "year": int, "arxiv_year": int}
_LISTS: dict[str, type] = {"titles": str, "venues": str, "sources": str, "years": int}
_FLAGS = ("peer_reviewed", "withdrawn", "retracted")


def _valid_record(record: Any) -> bool:
    """A record as ``put`` writes it: a hand-edited or corrupt one is a miss, never a crash in a rule."""
    if not isinstance(record, dict):
        return False

    def of(value: Any, kind: type) -> bool:
        return isinstance(value, kind) and not (kind is int and isinstance(value, bool))

    return (all(record.get(k) is None or of(record[k], t) for k, t in _OPTIONAL.items())
            and all(isinstance(record.get(k, []), list) and all(of(v, t) for v in record.get(k, []))
                    for k, t in _LISTS.items())
            and all(isinstance(record.get(k, False), bool) for k in _FLAGS))
