"""Ordered list items are numbered 1, 2, 3 … from the list's first number, so the source reads as rendered.

Doc: rules/AL030-ordered-marker-value.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from awesomelint.document import Document, Entry
from awesomelint.finding import Fix, Problem, Severity
from awesomelint.markup.dominant import DOMINANT, dominant
from awesomelint.markup.markdown import replace, sibling_lists
from awesomelint.profiles import HYGIENE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL030", name="ordered-marker-value", summary="Ordered list numbers increase by one.",
                severity=Severity.WARNING, fixable=True, aliases=("ordered-list-marker-value",), profiles=HYGIENE,
                presets={"awesome-lint": {"style": "ordered"}})


@dataclass(frozen=True, slots=True)
class Options:
    # ordered: 1, 2, 3 …; one: every item is 1; single: all as the first; consistent: as the first list;
    # dominant: the numbering most of the file's lists use
    style: Literal["dominant", "ordered", "one", "single", "consistent"] = "dominant"


def _kind(run: list[Entry]) -> str | None:
    """The numbering a list of two or more items uses, or None when it uses none cleanly."""
    if not run[0].ordered or len(run) < 2:
        return None
    values = [int(item.marker[:-1]) for item in run]
    if all(b == a + 1 for a, b in pairwise(values)):
        return "ordered"
    if all(v == values[0] for v in values):
        return "one" if values[0] == 1 else "single"
    return None


def _infer(runs: list[list[Entry]]) -> str:
    for run in runs:
        if run[0].ordered and len(run) > 1:
            first, second = int(run[0].marker[:-1]), int(run[1].marker[:-1])
            if second == first + 1:
                return "ordered"
            if second == first:
                return "single"
            break
    return "ordered"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    # a list whose items the parser could not all place on their numbers has nothing to count
    runs = [run for run in sibling_lists(doc) if all(item.marker[:-1].isdigit() for item in run)]
    if options.style == DOMINANT:
        form = dominant(kind for run in runs if (kind := _kind(run)))
        style = form.form if form else "ordered"
    else:
        style = _infer(runs) if options.style == "consistent" else options.style
    for run in runs:
        if not run[0].ordered or (options.style == DOMINANT and _kind(run)):
            continue  # a list numbered cleanly in any style is a consistent choice
        if options.style == DOMINANT and style == "ordered":
            yield from _breaks(run)
            continue
        start = int(run[0].marker[:-1])
        for index, item in enumerate(run):
            value = int(item.marker[:-1])
            expected = {"ordered": start + index, "one": 1}.get(style, start)
            if value != expected:
                end = item.column + len(item.marker) - 1  # the delimiter, where awesome-lint reports
                yield Problem(item.line, end,
                              f"Unexpected ordered list item value `{value}`, expected `{expected}`",
                              fix=replace(item.line, item.column, end, str(expected), f"number it {expected}"))


def _breaks(run: list[Entry]) -> Iterator[Problem]:
    """One finding where the count breaks (a number skipped or repeated), not one for every item after
    it: the items after a skip follow each other, and a maintainer renumbers them in one go, which is
    the fix. (A configured style keeps the item-by-item report that markdownlint and awesome-lint give.)"""
    values = [int(item.marker[:-1]) for item in run]
    odd_one = False  # the item before was reported
    for index in range(1, len(run)):
        expected = values[index - 1] + 1
        if values[index] == expected or (odd_one and values[index] == values[index - 2] + 2):
            odd_one = False  # follows the item before it, or the one before a lone odd number ('1. 1. 3.')
            continue
        odd_one = True
        edits = []
        for offset, item in enumerate(run[index:]):
            number = expected + offset
            if int(item.marker[:-1]) != number:
                end = item.column + len(item.marker) - 1
                edits.append(replace(item.line, item.column, end, str(number), "").edits[0])
        item = run[index]
        end = item.column + len(item.marker) - 1
        value = values[index]
        if value == expected + 1:
            why = f"`{expected}` is skipped"
        elif value > expected:
            why = f"`{expected}` to `{value - 1}` are skipped"
        else:
            why = f"`{value}` is repeated" if value == values[index - 1] else "the count goes back"
        yield Problem(item.line, end, f"Unexpected ordered list item value `{value}`, expected `{expected}` ({why})",
                      fix=Fix(tuple(edits), f"renumber from {expected}"))
