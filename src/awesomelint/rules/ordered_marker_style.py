"""Ordered list items use one delimiter, `.` or `)`, throughout the file.

Doc: rules/AL029-ordered-marker-style.md
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

META = RuleMeta(id="AL029", name="ordered-marker-style", summary="One ordered list delimiter (`.` or `)`).",
                fixable=True, aliases=("ordered-list-marker-style",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    style: Literal["consistent", ".", ")"] = "consistent"  # consistent: as the first ordered item


def check(doc: Document, options: Options) -> Iterator[Problem]:
    expected: str | None = None if options.style == "consistent" else str(options.style)
    for item in list_items(doc):
        if not item.ordered:
            continue
        delimiter = item.marker[-1]
        if expected is None:
            expected = delimiter
        elif delimiter != expected:
            at = item.column + len(item.marker) - 1
            yield Problem(item.line, at, f"Unexpected ordered list marker `{delimiter}`, expected `{expected}`",
                          fix=replace(item.line, at, at + 1, expected, f"use `{expected}`"))
