"""Ordered list items are numbered 1, 2, 3 … from the list's first number, so the source reads as rendered.

Doc: rules/AL030-ordered-marker-value.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.rule import RuleMeta
from awesomelint.rules._markdown import STYLE, replace, sibling_lists

META = RuleMeta(id="AL030", name="ordered-marker-value", summary="Ordered list numbers increase by one.",
                fixable=True, aliases=("ordered-list-marker-value",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    style: Literal["ordered", "one", "single"] = "ordered"  # one: every item is 1; single: all as the first


def check(doc: Document, options: Options) -> Iterator[Problem]:
    for run in sibling_lists(doc):
        if not run[0].ordered:
            continue
        start = int(run[0].marker[:-1])
        for index, item in enumerate(run):
            value = int(item.marker[:-1])
            expected = {"ordered": start + index, "one": 1}.get(options.style, start)
            if value != expected:
                end = item.column + len(item.marker) - 1
                yield Problem(item.line, item.column,
                              f"Unexpected ordered list item value `{value}`, expected `{expected}`",
                              fix=replace(item.line, item.column, end, str(expected), f"number it {expected}"))
