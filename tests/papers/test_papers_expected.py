"""Issue 10: the entry parser against hand-checked entries, ten per paper list of both corpora
(tests/papers/expected/entries.tsv): title, venue and year as a reader sees them. At least nine of
each list's ten must match; every miss is printed."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from awesomelint.papers import Paper, papers
from tests.conftest import require_shared
from tests.papers.coverage import load, paper_lists

EXPECTED = Path(__file__).parent / "expected" / "entries.tsv"
MIN_MATCHES = 9


def _rows() -> dict[str, list[dict[str, str]]]:
    lines = [line for line in EXPECTED.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    by_list: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        by_list[row["list"]].append(row)
    return by_list


def _norm(text: str | None) -> str:
    """Markup and spacing a reader does not see: ``*Group Recommendations*: …``, ``_Object Detection_``."""
    return " ".join(re.sub(r"[*_\"“”]", "", text or "").split()).rstrip(".").casefold()


def _venue_matches(expected: str, found: str | None) -> bool:
    """The venue as written, or the named part of a bibliographic venue (``… (TCSVT), 32(9):5776``)."""
    want, got = _norm(expected), _norm(found)
    return want == got or bool(want and got and (want in got or got in want))


def _misses(paper: Paper | None, row: dict[str, str]) -> list[str]:
    if paper is None:
        return ["no entry at this line"]
    misses = []
    if _norm(paper.title.text if paper.title else "") != _norm(row["title"]):
        misses.append(f"title {paper.title.text if paper.title else None!r}")
    if not _venue_matches(row["venue"], paper.reading_venue):
        misses.append(f"venue {paper.reading_venue!r} (want {row['venue']!r})")
    if str(paper.reading_year or "") != row["year"]:
        misses.append(f"year {paper.reading_year} (want {row['year']})")
    return misses


def test_every_paper_list_has_ten_checked_entries() -> None:
    rows = _rows()
    assert sorted(rows) == sorted(paper_lists()) or not paper_lists()
    assert all(len(entries) == 10 for entries in rows.values())


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_rows()))
def test_entries_read_as_a_reader_sees_them(name: str) -> None:
    require_shared()
    by_line = {p.line: p for p in papers(load(name))}
    report = {row["line"]: _misses(by_line.get(int(row["line"])), row) for row in _rows()[name]}
    wrong = {line: misses for line, misses in report.items() if misses}
    assert len(report) - len(wrong) >= MIN_MATCHES, wrong
