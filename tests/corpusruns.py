"""One real ``awesomelint check --format json LIST`` per shared list per test session, read by every
test that needs a whole list's report (the corpus JSON test, the precision ledger replay).

A full lint of the shared corpora is the dearest thing the full tier does; the reports do not depend on
which test asks, so each list is linted once, by a real process (as a user runs it), two at a time.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tests.conftest import SHARED


@functools.cache
def lint_report(rel: str) -> dict[str, Any]:
    """The JSON report on ``../shared/REL`` (exit 0 or 1 expected; anything else is a crash)."""
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
