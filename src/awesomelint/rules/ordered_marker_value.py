"""Ordered list items are numbered 1, 2, 3 … from the list's first number, so the source reads as rendered.

Doc: rules/AL030-ordered-marker-value.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document, Entry
from awesomelint.finding import Problem
from awesomelint.markup.markdown import replace, sibling_lists
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL030", name="ordered-marker-value", summary="Ordered list numbers increase by one.",
                fixable=True, aliases=("ordered-list-marker-value",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    # ordered: 1, 2, 3 …; one: every item is 1; single: all as the first; consistent: as the first list
    style: Literal["ordered", "one", "single", "consistent"] = "ordered"


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
    style = _infer(runs) if options.style == "consistent" else options.style
    for run in runs:
        if not run[0].ordered:
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
