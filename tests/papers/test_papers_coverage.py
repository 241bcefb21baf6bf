"""Issue 10's reading target: on every paper list of both corpora, a title for at least 90 % of the
paper entries, a venue for 90 % of those that name one, a year for 90 % of those that give one.
``python -m tests.papers.coverage`` prints the table."""

from __future__ import annotations

import pytest

from tests.conftest import require_shared
from tests.papers.coverage import coverage, paper_lists

TARGET = 0.9


@pytest.mark.slow
@pytest.mark.parametrize("name", paper_lists() or ["<no corpus>"])
def test_reading_coverage(name: str) -> None:
    require_shared()
    found = coverage(name)
    assert found.entries >= 20, f"only {found.entries} paper entries read"
    assert found.share(found.titles, found.entries) >= TARGET
    assert found.share(found.venues, found.venues_given) >= TARGET
    assert found.share(found.years, found.years_given) >= TARGET


def test_both_corpora_are_listed() -> None:
    require_shared()
    names = paper_lists()
    assert len(names) == 33 and len({n.split("/")[0] for n in names}) == 2
