"""Replay the precision ledgers (tests/precision/ledger*.tsv) against the linter.

Each row is a judged finding: (list, line, rule) on a list of ../shared, with a verdict read by a
person as the list's maintainer would. The linter runs once per list (JSON, as a user runs it) and:

- a TRUE row must still be reported (recall: silence is not bought with blindness), unless its status is
  `traded`: a true finding given up on purpose, the reason saying for what (it is counted as lost in
  the figures, and the test fails if it comes back, so the row is set to `-` again);
- a FALSE row with status `fixed` must not come back;
- a FALSE row with status `open` (a known false alarm, not yet fixed) may still be reported, but once
  it is no longer reported the test fails until the row is flipped to `fixed`, so a fix is recorded
  and enforced from then on instead of passing silently.

The rows' rule ids are matched exactly; a rule renamed or split must update the ledger rows.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import SHARED, require_shared
from tests.corpusruns import lint_report
from tests.precision.ledger_tools import LEDGER_FIELDS, findings_of, read_ledger

HERE = Path(__file__).resolve().parent
# Every ledger*.tsv is replayed (ledger.tsv, and e.g. ledger-papers.tsv); other TSVs here are figures.
LEDGERS = sorted(HERE.glob("ledger*.tsv"))
ROWS = read_ledger(LEDGERS)
BY_LIST: dict[str, list[dict[str, str]]] = defaultdict(list)
for _row in ROWS:
    BY_LIST[_row["list"]].append(_row)


@functools.cache
def _reported(rel: str) -> frozenset[tuple[int, str]]:
    """(line, rule) of every finding on one list: one linter run per list per session (tests/corpusruns.py,
    shared with the corpus JSON test)."""
    return frozenset((f.line, f.rule) for f in findings_of(rel, lint_report(rel)))


@pytest.fixture(scope="session")
def prefetched(request: pytest.FixtureRequest) -> None:
    """Run the linter on every selected list up front, two at a time (the runs are subprocesses)."""
    selected = {
        item.callspec.params["rel"]
        for item in request.session.items
        if isinstance(item, pytest.Function) and item.originalname == "test_ledger_replays"
    }
    if SHARED.is_dir():
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(_reported, sorted(r for r in selected if (SHARED / r).is_file())))


def test_ledgers_exist_and_are_well_formed() -> None:
    """Runs without ../shared: the ledgers parse, every row is complete, and keys are unique."""
    assert any(p.name == "ledger.tsv" for p in LEDGERS), "tests/precision/ledger.tsv is missing"
    seen: set[tuple[str, str, str]] = set()
    for path in LEDGERS:
        header = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
        assert tuple(header) == LEDGER_FIELDS, f"{path.name}: header must be {LEDGER_FIELDS}"
    for row in ROWS:
        where = f"{row.get('list')}:{row.get('line')} {row.get('rule')}"
        assert row["list"].startswith(("corpus/", "corpus-wide/")) and row["list"].endswith(".md"), where
        assert row["line"].isdigit() and int(row["line"]) >= 1, where
        assert row["rule"].startswith("AL") and row["rule"][2:].isdigit(), where
        assert row["verdict"] in ("TRUE", "FALSE"), where
        expected_status = ("-", "traded") if row["verdict"] == "TRUE" else ("open", "fixed")
        assert row["status"] in expected_status, f"{where}: status {row['status']!r} not in {expected_status}"
        assert row["sample"].strip(), f"{where}: say which judged sample the row belongs to"
        assert row["reason"].strip(), f"{where}: a verdict needs its one-line reason"
        key = (row["list"], row["line"], row["rule"])
        assert key not in seen, f"{where}: judged twice"
        seen.add(key)


def replay_problems(rows: list[dict[str, str]], reported: frozenset[tuple[int, str]]) -> list[str]:
    """What is wrong with one list's rows given the (line, rule) pairs the linter reported there."""
    problems: list[str] = []
    for row in rows:
        key = (int(row["line"]), row["rule"])
        label = f"{row['list']}:{row['line']} {row['rule']} ({row['reason']})"
        if row["verdict"] == "TRUE" and row["status"] == "-" and key not in reported:
            problems.append(f"TRUE finding no longer reported: {label}")
        elif row["verdict"] == "TRUE" and row["status"] == "traded" and key in reported:
            problems.append(f"traded finding is reported again: set its status to '-': {label}")
        elif row["verdict"] == "FALSE" and row["status"] == "fixed" and key in reported:
            problems.append(f"fixed false alarm is back: {label}")
        elif row["verdict"] == "FALSE" and row["status"] == "open" and key not in reported:
            problems.append(f"false alarm no longer reported: flip its status to 'fixed' in the ledger: {label}")
    return problems


def test_replay_catches_lost_returned_and_stale_rows() -> None:
    def row(line: str, verdict: str, status: str) -> dict[str, str]:
        return {
            "list": "corpus/x.md",
            "line": line,
            "rule": "AL001",
            "verdict": verdict,
            "status": status,
            "reason": "r",
        }

    rows = [row("1", "TRUE", "-"), row("2", "FALSE", "fixed"), row("3", "FALSE", "open"), row("4", "FALSE", "open")]
    assert replay_problems(rows, frozenset({(1, "AL001"), (3, "AL001"), (4, "AL001")})) == []
    traded = [row("5", "TRUE", "traded")]
    assert replay_problems(traded, frozenset()) == []
    assert [p.split(":")[0] for p in replay_problems(traded, frozenset({(5, "AL001")}))] == [
        "traded finding is reported again"]
    problems = replay_problems(rows, frozenset({(2, "AL001"), (4, "AL001"), (1, "AL002")}))
    assert [p.split(":")[0] for p in problems] == [
        "TRUE finding no longer reported",
        "fixed false alarm is back",
        "false alarm no longer reported",
    ]
    assert "corpus/x.md:3 AL001" in problems[2]


@pytest.mark.slow
@pytest.mark.parametrize("rel", sorted(BY_LIST) or ["<no ledger>"])
def test_ledger_replays(rel: str, prefetched: None) -> None:
    require_shared()
    assert (SHARED / rel).is_file(), f"{rel}: a ledger row names a list that ../shared does not have"
    problems = replay_problems(BY_LIST[rel], _reported(rel))
    assert not problems, "\n".join(problems)
