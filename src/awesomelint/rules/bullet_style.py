"""Unordered list items use one bullet character throughout the file.

Doc: rules/AL036-bullet-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.markdown import list_items, replace
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL036", name="bullet-style", summary="One bullet character (`-`, `*` or `+`) for all lists.",
                fixable=True, aliases=("unordered-list-marker-style",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    style: Literal["consistent", "-", "*", "+"] = "consistent"  # consistent: as the first bullet


def check(doc: Document, options: Options) -> Iterator[Problem]:
    expected: str | None = None if options.style == "consistent" else str(options.style)
    for item in list_items(doc):
        if item.ordered:
            continue
        if expected is None:
            expected = item.marker
        elif item.marker != expected:
            yield Problem(item.line, item.column, f"Unexpected unordered list marker `{item.marker}`, "
                          f"expected `{expected}`",
                          fix=replace(item.line, item.column, item.column + 1, expected, f"use `{expected}`"))
