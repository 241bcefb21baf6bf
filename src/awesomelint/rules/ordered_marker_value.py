"""Ordered list items are numbered 1, 2, 3 … from the list's first number, so the source reads as rendered.

Doc: rules/AL030-ordered-marker-value.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from awesomelint.document import Document, Entry
from awesomelint.finding import Problem, Severity
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
    runs = sibling_lists(doc)
    if options.style == DOMINANT:
        form = dominant(kind for run in runs if (kind := _kind(run)))
        style = form.form if form else "ordered"
    else:
        style = _infer(runs) if options.style == "consistent" else options.style
    for run in runs:
        if not run[0].ordered or (options.style == DOMINANT and _kind(run)):
            continue  # a list numbered cleanly in any style is a consistent choice
        start = int(run[0].marker[:-1])
        for index, item in enumerate(run):
            value = int(item.marker[:-1])
            expected = {"ordered": start + index, "one": 1}.get(style, start)
            if value != expected:
                end = item.column + len(item.marker) - 1  # the delimiter, where awesome-lint reports
                yield Problem(item.line, end,
                              f"Unexpected ordered list item value `{value}`, expected `{expected}`",
                              fix=replace(item.line, item.column, end, str(expected), f"number it {expected}"))
