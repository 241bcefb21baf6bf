"""A two-digit year (``CVPR'19``, ``SIGIR 24``) in a list that writes its years in four digits: a
reader must guess the century, and sorting and searching by year miss it.
Doc: rules/AL218-two-digit-year.md
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import Form
from awesomelint.options import Range
from awesomelint.papers import Paper, VenueYear, papers
from awesomelint.papers.rulekit import edit, in_link, problem
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL218",
    name="two-digit-year",
    summary="Years are written in four digits where the list writes them so.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)
DOMINANT = 0.6  # the share of venue-years in four digits that makes it the list's form
EARLIEST = 1950  # the first plausible year of a paper in a list
_APOSTROPHES = "'’‘"
_SEPARATORS = (" ", ", ", ",", "-")  # separators a fix may copy from the list's four-digit years


@dataclass(frozen=True, slots=True)
class Options:
    # "dominant": report two-digit years only where four digits are the list's form; "four-digit": always
    style: Literal["dominant", "four-digit"] = "dominant"
    max_year: Annotated[int, Range(1900, 2999, also=(0,))] = 0  # latest plausible year; 0: next year


def _written(paper: Paper) -> VenueYear | None:
    """The entry's venue-year when it is a venue and a year as written: not a date with a month
    (``arXiv 2023.05``, ``Mar. 2024``), and not inside a link (``[FL-IJCAI'23](u)`` names an event)."""
    vy = paper.venue_year
    if vy is None or vy.venue is None or vy.month is not None or vy.separator == "month":
        return None
    return None if in_link(paper, vy.year_part) else vy


def century(yy: int, latest: int) -> int | None:
    """The four-digit year ``yy`` stands for when only one century gives a plausible year, else None."""
    years = [y for y in (1900 + yy, 2000 + yy) if EARLIEST <= y <= latest]
    return years[0] if len(years) == 1 else None


def check(doc: Document, options: Options) -> Iterator[Problem]:
    latest = options.max_year or datetime.datetime.now(datetime.UTC).year + 1
    written = [(p, vy) for p in papers(doc) if (vy := _written(p)) is not None]
    short, long = [], []
    for paper, vy in written:
        if len(vy.year_part.text) != 2:
            long.append((paper, vy))
        elif any(c in _APOSTROPHES for c in vy.separator) or century(int(vy.year_part.text), latest):
            short.append((paper, vy))  # "AAAI 35(2)": a bare number after a venue is a year only if plausible
    if not short:
        return
    total = len(short) + len(long)
    if options.style == "dominant" and len(long) < DOMINANT * total:
        return  # two-digit years are the list's form (or it has none): not a deviation
    form = Form("four digits", len(long), total, "dominant" if options.style == "dominant" else "configured")
    separator = _separator(long)
    for paper, vy in short:
        yield _report(paper, vy, century(int(vy.year_part.text), latest), separator, form)


def _separator(long: list[tuple[Paper, VenueYear]]) -> str:
    """The list's separator between venue and a four-digit year, when a fix can copy it."""
    counts = Counter(vy.separator for _, vy in long if vy.where != "badge")
    best = max(counts, key=lambda s: counts[s], default=" ")
    return best if best in _SEPARATORS else " "


def _report(paper: Paper, vy: VenueYear, year: int | None, separator: str, form: Form[str]) -> Problem:
    source = paper.source
    start, end = source.start_of(vy.whole), source.start_of(vy.year_part) + 2
    why = form.why("venue-years")
    if year is None:
        return problem(source, start, end, f"two-digit year in '{vy.whole.text}': write the year in four digits {why}")
    assert vy.venue is not None
    # keep every word between venue and year ("CVPR Workshop' 18"): only the apostrophe and spaces go
    between_start = source.start_of(vy.venue) + len(vy.venue.text)
    cut = source.start_of(vy.year_part)
    while cut > between_start and not source.text[cut - 1].isalnum():
        cut -= 1
    written = source.text[start:cut] + separator + str(year)
    message = f"two-digit year in '{vy.whole.text}': write '{written}' {why}"
    if vy.where == "badge" or "\n" in source.text[start:end]:
        return problem(source, start, end, message)  # a badge's URL is not text to rewrite
    return problem(source, start, end, message, [edit(source, cut, end, separator + str(year))], f"write '{written}'")
