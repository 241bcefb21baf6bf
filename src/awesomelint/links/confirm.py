"""Dead only when confirmed: a transient failure must persist across runs before it fails a build.

Link-rot checks in CI are flaky because sites go down for an hour. A definitive answer (404, 410,
no such domain) is ``dead`` at once. A transient one (``unreachable``: 5xx after the retries,
refused or reset connections, TLS failures; ``timeout``) stays a warning until the same link has
failed on two runs at least ``interval`` seconds apart; the cache remembers since when each link
fails (``LinkCache.failing``). An interval of 0 turns this off: ``unreachable`` is ``dead`` at once.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TypedDict

from awesomelint.linkresult import TRANSIENT, LinkResult, stamp
from awesomelint.linksettings import parse_duration

__all__ = ["Failing", "confirm", "iso", "parse_duration", "stamp"]


class Failing(TypedDict):
    since: float  # epoch seconds of the first run in which the link failed
    last: float  # epoch seconds of the latest run in which it failed


def confirm(result: LinkResult, record: Failing | None, now: float,
            interval: float) -> tuple[LinkResult, Failing | None]:
    """The result as this run reports it, and the failure record to keep (None: forget it)."""
    if result.verdict in ("alive", "redirect"):
        return result, None
    if result.provisional or result.verdict not in TRANSIENT | {"dead"}:
        return result, record  # unknown, refused, skipped: says nothing about the link's health
    since = record["since"] if record is not None else now
    kept: Failing = {"since": since, "last": now}
    if result.verdict == "dead":
        return replace(result, failing_since=since), kept
    if interval <= 0:
        verdict = "dead" if result.verdict == "unreachable" else result.verdict
        return replace(result, verdict=verdict, failing_since=since), kept
    if record is not None and now - since >= interval:
        why = f"{result.error or result.verdict}; failing since {stamp(since)}"
        return replace(result, verdict="dead", error=why, failing_since=since), kept
    return replace(result, failing_since=since), kept


def iso(epoch: float | None) -> str | None:
    """ISO 8601 in UTC for reports (``2026-12-01T04:10:00Z``)."""
    return None if epoch is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
