"""An entry breaks its section's year order: the direction (ascending or descending) comes from the
section's majority, or the whole list's when a section does not say; undated entries are skipped.
Doc: rules/AL212-year-order.md
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import Paper, papers
from awesomelint.papers.rulekit import problem, scope
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL212",
    name="year-order",
    summary="Entries of a section follow the section's year order.",
    severity=Severity.WARNING,
    profiles=PAPERS,
)
CLEAR = 2  # a direction needs this many more steps one way than the other
STRONG = 4  # ... and this many times as many
NUMBERED = re.compile(r"\s*\*\*\[\d+\]\*\*")
ORDERED = 0.8  # a section is ordered when this share of its dated entries is in order
NESTED = "/"  # in a group key: the siblings nested under the item of that line


@dataclass(frozen=True, slots=True)
class Options:
    direction: Literal["auto", "ascending", "descending"] = "auto"


def _steps(years: list[int]) -> tuple[int, int]:
    """(ascending, descending) steps between neighbours."""
    pairs = list(itertools.pairwise(years))
    return sum(b > a for a, b in pairs), sum(b < a for a, b in pairs)


def _direction(up: int, down: int) -> int:
    """+1 or -1 when the steps clearly go one way (the other way at most 1 in STRONG), else 0."""
    if up - down >= CLEAR and up >= STRONG * down:
        return 1
    if down - up >= CLEAR and down >= STRONG * up:
        return -1
    return 0


def _kept(years: list[int]) -> set[int]:
    """Indices of a longest non-decreasing subsequence (the entries in order)."""
    best = [1] * len(years)
    back = [-1] * len(years)
    for i, year in enumerate(years):
        for j in range(i):
            if years[j] <= year and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    i = max(range(len(years)), key=lambda k: best[k], default=-1)
    kept = set()
    while i >= 0:
        kept.add(i)
        i = back[i]
    return kept


def _conflict(dated: list[tuple[Paper, int]], kept: set[int], index: int, sign: int) -> tuple[Paper, int]:
    """The nearest entry in order that this one conflicts with: a later year before it or an earlier
    one after it (naming an entry it is in order with, as "line 130 has 2021" after a 2020 did, is no
    reason)."""
    year = sign * dated[index][1]
    before = (dated[k] for k in range(index - 1, -1, -1) if k in kept and sign * dated[k][1] > year)
    after = (dated[k] for k in range(index + 1, len(dated)) if k in kept and sign * dated[k][1] < year)
    found = next(before, None) or next(after, None)
    if found is not None:
        return found
    return next((dated[k] for k in range(index + 1, len(dated)) if k in kept), None) or next(
        dated[k] for k in range(index - 1, -1, -1) if k in kept)


def _parents(doc: Document) -> dict[int, int]:
    """The line of each nested list item's parent item: order is a property of siblings, and a list
    that nests a follow-up paper or an earlier version under its parent does not date it in sequence."""
    return {child.line: entry.line for entry in doc.entries for child in entry.children}


def check(doc: Document, options: Options) -> Iterator[Problem]:
    sections: dict[str, list[tuple[Paper, int]]] = defaultdict(list)
    parents = _parents(doc)
    for paper in papers(doc):
        key = paper.order_key
        if key is not None and not NUMBERED.match(paper.source.text):  # bibliographies go by number
            group = scope(doc, paper)
            if paper.kind == "list_item" and paper.line in parents:
                group += f"{NESTED}{parents[paper.line]}"  # siblings under one parent item
            sections[group].append((paper, key[0]))
    steps = [_steps([y for _, y in dated]) for dated in sections.values()]
    overall = _direction(sum(u for u, _ in steps), sum(d for _, d in steps))
    for group, dated, (up, down) in zip(sections, sections.values(), steps, strict=True):
        years = [y for _, y in dated]
        if options.direction != "auto":
            sign = 1 if options.direction == "ascending" else -1
        elif up + down >= CLEAR:
            sign = _direction(up, down)
        elif NESTED in group:
            continue  # a journal version with its earlier paper nested under it: no order of its own
        else:
            sign = overall  # too few steps to say: the list's direction
        if sign == 0:
            continue
        kept = _kept([sign * y for y in years])
        if options.direction == "auto" and len(years) - len(kept) > max(1, (1 - ORDERED) * len(years)):
            continue  # not ordered by year at all: nothing to enforce
        word = "ascending" if sign > 0 else "descending"
        for index, (paper, year) in enumerate(dated):
            if index in kept:
                continue
            neighbour = _conflict(dated, kept, index, sign)
            vy = paper.venue_year
            part = vy.year_part if vy is not None and vy.year == year else paper.title
            start = paper.source.start_of(part) if part else 0
            yield problem(paper.source, start, start + len(part.text) if part else 1,
                          f"{year} breaks the section's {word} year order "
                          f"(line {neighbour[0].line} has {neighbour[1]})")
