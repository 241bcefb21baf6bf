"""One real ``awesomelint check --format json LIST`` per shared list per test session, read by every
test that needs a whole list's report (the corpus JSON test, the precision ledger replay).

A full lint of the shared corpora is the dearest thing the full tier does; the reports do not depend on
which test asks, so each list is linted once, by a real process (as a user runs it), two at a time.
Under pytest-xdist the tests asking may run in different workers: a report is then kept on disk in the
run's folder (``REPORTS_ENV``, made by tests/conftest.py before the workers start) and a worker that
finds a list being linted by another waits for it (a lock file per list) instead of linting it again.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.conftest import REPORTS_ENV, SHARED


@functools.cache
def lint_report(rel: str) -> dict[str, Any]:
    """The JSON report on ``../shared/REL`` (exit 0 or 1 expected; anything else is a crash)."""
    folder = os.environ.get(REPORTS_ENV)
    if not folder:
        return _lint(rel)
    kept = Path(folder) / (rel.replace("/", "__") + ".json")
    with open(kept.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker linting this list: wait for its report
        if kept.is_file():
            report: dict[str, Any] = json.loads(kept.read_text(encoding="utf-8"))
            return report
        report = _lint(rel)
        kept.write_text(json.dumps(report), encoding="utf-8")
        return report


def _lint(rel: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    proc = subprocess.run([sys.executable, "-m", "awesomelint", "check", "--format", "json", str(SHARED / rel)],
                          capture_output=True, text=True, check=False, env={**env, "NO_COLOR": "1"}, timeout=600)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{rel}: exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def prefetch(rels: Iterable[str]) -> None:
    """Lint these lists up front, two at a time (two cores; the runs are processes)."""
    todo = sorted({rel for rel in rels if (SHARED / rel).is_file()})
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lint_report, todo))
