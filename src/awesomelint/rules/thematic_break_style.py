"""Thematic breaks (horizontal rules) are written one way, `---` by default.

Doc: rules/AL031-thematic-break-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.markdown import replace
from awesomelint.options import FullMatch
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL031", name="thematic-break-style", summary="Thematic breaks are `---`.",
                fixable=True, aliases=("rule-style",), profiles=STYLE)


STYLE_TEXT = FullMatch(r"consistent|([-*_])(?:[ \t]*\1){2,}",
                       "'consistent' or a thematic break such as '---' or '* * *'", "---", ("", "--", "-*-", "==="))


@dataclass(frozen=True, slots=True)
class Options:
    style: Annotated[str, STYLE_TEXT] = "---"  # the exact text, or "consistent" for the first one's


def check(doc: Document, options: Options) -> Iterator[Problem]:
    expected: str | None = None if options.style == "consistent" else str(options.style)
    for block in doc.blocks:
        if block.type != "thematic_break":
            continue
        line = doc.line_text(block.line)
        text = line.strip()
        start = line.index(text[:1]) + 1
        if expected is None:
            expected = text
        elif text != expected:
            yield Problem(block.line, start, f"Unexpected thematic rule `{text}`, expected `{expected}`",
                          fix=replace(block.line, start, start + len(text), expected, f"use `{expected}`"))
